"""A count given to another noun: the line its stops are ridden on, the kind of gun it
counts, in Chinese and Japanese (counters "站", "駅", "支", "把") and across languages."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

ZH_ROUTE = "从贝克街出发，沿着中央线坐1站，环线坐4站，然后转朱比利线坐两站。"
ZH_ROUTE_WORDS = "沿着中央线坐一站，环线坐四站，然后转朱比利线坐两站"
JA_ROUTE = "中央線で1駅、環状線で4駅乗り、ジュビリー線で2駅乗る。"
EN_ROUTE = "Ride one stop on the Central line, four on the Circle line and two on the Jubilee line."
EN_GUNS = "Police found three rifles, two shotguns and a pistol."
ZH_GUNS = "警方发现了三支步枪和两支霰弹枪。"
DE_GUNS = "Die Polizei fand drei Gewehre und zwei Schrotflinten."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status", "fragment"),
    [
        # The same language: the figure's own clause names its line.
        ("沿中央线坐4站。", ZH_ROUTE, "zh", "zh", "fail", "'环线'"),
        ("沿中央线坐四站。", ZH_ROUTE_WORDS, "zh", "zh", "fail", "'中央线'"),
        ("环线坐四站。", ZH_ROUTE, "zh", "zh", "pass", ""),
        ("乘环线坐4站，再转朱比利线坐两站。", ZH_ROUTE, "zh", "zh", "pass", ""),
        ("沿中央线坐一站。", ZH_ROUTE_WORDS, "zh", "zh", "pass", ""),
        ("沿环线坐两站。", ZH_ROUTE_WORDS, "zh", "zh", "fail", ""),
        ("中央線で4駅乗る。", JA_ROUTE, "ja", "ja", "fail", ""),
        ("環状線で四駅乗る。", JA_ROUTE, "ja", "ja", "pass", ""),
        # "one" is not read in English: the Central line has no figure of the quote's,
        # which gives the four to another line.
        ("Four stops on the Central line.", EN_ROUTE, "en", "en", "unverified", "Circle line"),
        ("Four stops on the Circle line.", EN_ROUTE, "en", "en", "pass", ""),
        # Across languages, both directions.
        ("Four stops on the Central line.", ZH_ROUTE_WORDS, "en", "zh", "fail", "'中央线'"),
        ("The route takes four stops on the Circle line.", ZH_ROUTE_WORDS, "en", "zh", "pass", ""),
        (
            "Two stops on the Circle line, then four on the Jubilee line.",
            ZH_ROUTE,
            "en",
            "zh",
            "fail",
            "",
        ),
        (
            "One stop on the Central line and two on the Jubilee line.",
            ZH_ROUTE,
            "en",
            "zh",
            "pass",
            "",
        ),
        ("Man fährt vier Stationen mit der Central Line.", ZH_ROUTE, "de", "zh", "fail", ""),
        ("Man fährt vier Stationen mit der Circle Line.", ZH_ROUTE, "de", "zh", "pass", ""),
        ("Il faut faire deux arrêts sur la ligne Circle.", ZH_ROUTE, "fr", "zh", "fail", ""),
        (
            "Hay que recorrer cuatro paradas en la línea Central.",
            ZH_ROUTE,
            "es",
            "zh",
            "fail",
            "'1' to '中央线'",
        ),
        ("São quatro estações na linha Circle.", ZH_ROUTE, "pt", "zh", "pass", ""),
        (
            "two stops on the Central line, then four on the Jubilee line",
            ZH_ROUTE,
            "en",
            "zh",
            "fail",
            "'朱比利线'",
        ),
        ("沿中央线坐四站。", EN_ROUTE, "zh", "en", "unverified", "'Circle line'"),
        ("环线坐四站。", EN_ROUTE, "zh", "en", "pass", ""),
        ("セントラル線で4駅乗る。", EN_ROUTE, "ja", "en", "unverified", ""),
        ("Four stops on the Central line.", ZH_ROUTE, "en", "zh", "fail", "'1' to '中央线'"),
        ("ジュビリー線で2駅乗る。", ZH_ROUTE, "ja", "zh", "pass", ""),
        # The kind of gun a Chinese or Japanese count counts.
        ("他们发现了三支霰弹枪。", EN_GUNS, "zh", "en", "fail", "霰弹枪"),
        ("他们发现了三把霰弹枪。", EN_GUNS, "zh", "en", "fail", "霰弹枪"),
        ("他们发现了3支霰弹枪。", EN_GUNS, "zh", "en", "fail", "霰弹枪"),
        ("他们发现了两支霰弹枪。", EN_GUNS, "zh", "en", "pass", ""),
        ("他们发现了三支步枪。", EN_GUNS, "zh", "en", "pass", ""),
        ("警察はショットガンを3丁見つけた。", EN_GUNS, "ja", "en", "fail", "ショットガン"),
        ("Police found three shotguns.", ZH_GUNS, "en", "zh", "fail", "步枪"),
        # Two counts joined by "と" or "和": each counts its own noun.
        ("警察はライフル3丁とショットガン2丁を見つけた。", EN_GUNS, "ja", "en", "pass", ""),
        ("警察はライフル2丁とショットガン3丁を見つけた。", EN_GUNS, "ja", "en", "fail", "ライフル"),
        ("警方发现了三支步枪和两支霰弹枪。", EN_GUNS, "zh", "en", "pass", ""),
        ("警方发现了两支步枪和三支霰弹枪。", EN_GUNS, "zh", "en", "fail", "步枪"),
        (
            "Police found three rifles and two shotguns.",
            "警方发现了两支步枪和三支霰弹枪。",
            "en",
            "zh",
            "fail",
            "霰弹枪",
        ),
        # A sentence's end closes a figure's clause: the next sentence's line is not its.
        (
            "Four stops on the Circle line.",
            "You ride four stops on the Circle line. Then take the Jubilee line for 2 stops.",
            "en",
            "en",
            "pass",
            "",
        ),
        (
            "Man fährt vier Stationen mit der Circle Line.",
            "You ride four stops on the Circle line. Then take the Jubilee line for 2 stops.",
            "de",
            "en",
            "pass",
            "",
        ),
        ("Police found two shotguns.", ZH_GUNS, "en", "zh", "pass", ""),
        ("Die Polizei fand drei Schrotflinten.", ZH_GUNS, "de", "zh", "fail", ""),
        ("他们发现了三支霰弹枪。", DE_GUNS, "zh", "de", "fail", ""),
        ("他们发现了两支霰弹枪。", DE_GUNS, "zh", "de", "pass", ""),
    ],
)
def test_count_of_another_noun(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, fragment: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason
    assert fragment in got.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [("一站式服务", "zh"), ("一站到底", "zh"), ("统一站台", "zh")],
)
def test_one_stop_words_stay_words(text: str, lang: str) -> None:
    from factdb.engine.support.reading import read_values

    assert read_values(text, lang).values == []
