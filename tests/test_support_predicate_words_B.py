"""Words of opposing predicates and directions that were missing (issue-B): a rate cut
against a hike ("0.1%の利下げ", "加息0.1%"), resigning a post against taking it ("辞去总裁职务"),
an election lost against won ("落選", "落选", "当選", "当选"), suspects released against
arrested ("liberó a", "释放了"), talks begun against ended with the noun before its verb
("Les pourparlers ont commencé", "Las conversaciones comenzaron", "As negociações
começaram"), hostages killed against freed ([polarity] custody.killed, new in pt zh ja:
"decapitaram", "杀害", "殺害"), staff obliged against forbidden ([polarity] duty, new in pt
ja: "tiveram que", "proibidos de", "義務付け", "禁止され"), in one language or across two.
The same predicate on both sides passes."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "日銀は2023年に0.1%の利下げを決めた。",
            "The Bank of Japan raised rates by 0.1% in 2023.",
            "ja",
            "en",
            "fail",
        ),
        (
            "日銀は2023年に0.1%の利上げを決めた。",
            "The Bank of Japan raised rates by 0.1% in 2023.",
            "ja",
            "en",
            "pass",
        ),
        (
            "Die Zentralbank senkte 2023 den Zins um 0,1 %.",
            "日銀は2023年に0.1%の利上げを決めた。",
            "de",
            "ja",
            "fail",
        ),
        ("央行2023年加息0.1%。", "The central bank cut rates by 0.1% in 2023.", "zh", "en", "fail"),
        (
            "央行2023年加息0.1%。",
            "The central bank raised rates by 0.1% in 2023.",
            "zh",
            "en",
            "pass",
        ),
        ("他于2019年辞去总裁职务。", "He became president in 2019.", "zh", "en", "fail"),
        (
            "Il a démissionné de la présidence en 2019.",
            "他于2019年辞去总裁职务。",
            "fr",
            "zh",
            "pass",
        ),
        ("彼は2019年の選挙で落選した。", "He won the 2019 election.", "ja", "en", "fail"),
        ("他在2019年的选举中落选。", "He won the 2019 election.", "zh", "en", "fail"),
        ("彼は2019年の選挙で当選した。", "He lost the 2019 election.", "ja", "en", "fail"),
        ("他在2019年的选举中当选。", "He won the 2019 election.", "zh", "en", "pass"),
        ("彼は2019年の選挙で当選した。", "Er gewann die Wahl 2019.", "ja", "de", "pass"),
        (
            "La policía liberó a 12 sospechosos el 3 de mayo de 2021.",
            "Police arrested 12 suspects on 3 May 2021.",
            "es",
            "en",
            "fail",
        ),
        (
            "La policía detuvo a 12 sospechosos el 3 de mayo de 2021.",
            "Police arrested 12 suspects on 3 May 2021.",
            "es",
            "en",
            "pass",
        ),
        (
            "警方于2021年5月3日释放了12名嫌疑人。",
            "Police arrested 12 suspects on 3 May 2021.",
            "zh",
            "en",
            "fail",
        ),
        ("Les pourparlers ont commencé en 2019.", "The talks ended in 2019.", "fr", "en", "fail"),
        ("Las conversaciones comenzaron en 2019.", "The talks ended in 2019.", "es", "en", "fail"),
        ("As negociações começaram em 2019.", "The talks ended in 2019.", "pt", "en", "fail"),
        (
            "As negociações terminaram em 2019.",
            "Les pourparlers ont commencé en 2019.",
            "pt",
            "fr",
            "fail",
        ),
        ("As negociações terminaram em 2019.", "The talks ended in 2019.", "pt", "en", "pass"),
        (
            "Les pourparlers ont commencé en 2019.",
            "Las conversaciones comenzaron en 2019.",
            "fr",
            "es",
            "pass",
        ),
        (
            "Em 2015, os militantes decapitaram 21 reféns.",
            "In 2015, militants freed 21 hostages.",
            "pt",
            "en",
            "fail",
        ),
        (
            "2015年，武装分子杀害了21名人质。",
            "In 2015, militants freed 21 hostages.",
            "zh",
            "en",
            "fail",
        ),
        (
            "2015年、武装勢力は人質21人を殺害した。",
            "In 2015, militants freed 21 hostages.",
            "ja",
            "en",
            "fail",
        ),
        (
            "Em 2015, os militantes decapitaram 21 reféns.",
            "In 2015, militants beheaded 21 hostages.",
            "pt",
            "en",
            "pass",
        ),
        (
            "Em 2019, os funcionários tiveram que trabalhar 50 horas.",
            "In 2019, staff were forbidden to work 50 hours.",
            "pt",
            "en",
            "fail",
        ),
        (
            "Em 2019, os funcionários foram proibidos de trabalhar 50 horas.",
            "In 2019, staff were required to work 50 hours.",
            "pt",
            "en",
            "fail",
        ),
        (
            "Em 2019, os funcionários foram proibidos de trabalhar 50 horas.",
            "In 2019, staff were forbidden to work 50 hours.",
            "pt",
            "en",
            "pass",
        ),
        (
            "2019年、職員は週50時間の勤務を禁止された。",
            "In 2019, staff were required to work 50 hours a week.",
            "ja",
            "en",
            "fail",
        ),
    ],
)
def test_predicate_words(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status
