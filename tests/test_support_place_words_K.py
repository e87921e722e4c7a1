"""Places in a ranking said in a word, not a figure (issue-K):

- "runner-up" is the second place, as "2nd" is (en.toml [numbers] rewrites);
- "亚军"/"亞軍" (the runner-up) and "季军"/"季軍" (third place) are "第2名" and "第3名"
  (zh.toml [ranks] rewrites); not "冠军", a champion, which is also counted
  ("四个冠军中有三个");
- "準優勝" (the runner-up) is "第2位" (ja.toml [ranks] rewrites), and no win
  ("準優勝した" is no "優勝した").

Each place is compared as the figure would be: a pass when the quote gives the same
place, a fail for another place of the same person, unverified when the quote gives
several people's places and the names cannot be tied across scripts. The same place said
again of another person in an absolute construction ("Mouaha was runner-up, with Gwizdek
second") is a rank of its own, no repeat. In English and in other languages, and across
languages in both directions."""

import pytest

from factdb.engine.support import claim_supported

U20 = (
    "Bei der U20 holte Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek auf dem 3. Platz."
)
FINAL = "Im Finale der Männer holte James Adebola (SCC) in 6,82 sek den 3. Platz."
KUDLA_EN = "Kudla was runner-up in the triple jump."
KUDLA_ZH = "库德拉获得三级跳远亚军。"
KUDLA_JA = "クドラは三段跳びで準優勝した。"

CASES = [
    # English "runner-up".
    ("Joseph Mouaha was runner-up in the U20 race.", U20, "en", "de", "pass", "2nd"),
    ("Jan-Niklas Gwizdek was runner-up in the U20 race.", U20, "en", "de", "fail", "'3.'"),
    ("Adebola was runner-up in the men's final.", FINAL, "en", "de", "fail", "'3.'"),
    ("Runner-up was Kudla.", "Kudla finished second.", "en", "en", "pass", "2nd"),
    (KUDLA_EN, KUDLA_ZH, "en", "zh", "pass", "2nd"),
    (KUDLA_EN, KUDLA_JA, "en", "ja", "pass", "2nd"),
    ("Kudla finished third in the triple jump.", KUDLA_EN, "en", "en", "fail", "3rd"),
    ("Kudla fue la segunda en el triple salto.", KUDLA_EN, "es", "en", "pass", "2"),
    ("Kudla wurde Dritte im Dreisprung.", KUDLA_EN, "de", "en", "fail", "'3.'"),
    # Chinese 亚军 and 季军.
    ("阿德博拉在男子决赛中获得亚军。", FINAL, "zh", "de", "fail", "'3.'"),
    ("阿德博拉在男子决赛中获得季军。", FINAL, "zh", "de", "pass", "3"),
    ("阿德博拉在男子决赛中获得亞軍。", "阿德博拉在男子决赛中获得亚军。", "zh", "zh", "pass", "2"),
    (KUDLA_ZH, KUDLA_EN, "zh", "en", "pass", "2"),
    ("库德拉获得三级跳远季军。", KUDLA_EN, "zh", "en", "fail", "'2nd'"),
    ("Kudla finished third in the triple jump.", KUDLA_ZH, "en", "zh", "fail", "3rd"),
    # Japanese 準優勝.
    ("アデボラ選手は決勝で準優勝した。", FINAL, "ja", "de", "fail", "'3.'"),
    (KUDLA_JA, "Kudla finished third in the triple jump.", "ja", "en", "fail", "3rd"),
    (KUDLA_JA, KUDLA_EN, "ja", "en", "pass", "2"),
    # Several people's places, names not tied across scripts: for a person to read.
    ("穆阿哈在U20比赛中获得亚军。", U20, "zh", "de", "unverified", "whose"),
    ("ムアハ選手はU20で準優勝した。", U20, "ja", "de", "unverified", "whose"),
    # The same place again, of another person: compared on its own.
    ("Mouaha was runner-up in the U20, with Gwizdek second.", U20, "en", "de", "fail", "'3.'"),
    ("Mouaha was second in the U20, with Gwizdek second.", U20, "en", "de", "fail", "'3.'"),
    (
        "Mouaha fue segundo en la sub-20, con Gwizdek en segundo lugar.",
        U20,
        "es",
        "de",
        "fail",
        "'3.'",
    ),
    ("Mouaha wurde bei der U20 Zweiter, mit Gwizdek als Zweitem.", U20, "de", "de", "fail", "'3.'"),
    ("Mouaha was runner-up in the U20, with Gwizdek third.", U20, "en", "de", "pass", "3rd"),
    # A champion is no place read: nothing compared.
    ("库德拉获得三级跳远冠军。", KUDLA_ZH, "zh", "zh", "unverified", "nothing"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "status", "fragment"), CASES)
def test_place_words(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, fragment: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason
    assert fragment in got.reason


# Counts said in a word the readers missed besides places (issue-K): the German dative
# plurals of the vague counts ("bei Zehntausenden", de.toml [vague]) and the Chinese
# counter "把" after a numeral ("两把霰弹枪", common.toml [cjk_numerals] counters).
GUNS = "possessed a loaded .45-caliber handgun, three rifles, two shotguns"
DEATHS_EN = "If you look at the number killed by gun violence, it's in the tens of thousands."
DEATHS_DE = "Die Zahl der Schusswaffentoten liege bei Zehntausenden, so Obama."

COUNTS = [
    ("他持有两把霰弹枪。", GUNS, "zh", "en", "pass", "'2'"),
    ("He possessed two shotguns.", "他持有两把霰弹枪和三支步枪。", "en", "zh", "pass", "'2'"),
    ("He possessed three shotguns.", "他持有两把霰弹枪。", "en", "zh", "fail", "'3'"),
    ("他买了十把椅子。", "他买了十把椅子。", "zh", "zh", "pass", "'10'"),
    ("他买了十把椅子。", "他买了八把椅子。", "zh", "zh", "fail", "'8'"),
    (DEATHS_DE, DEATHS_EN, "de", "en", "pass", "Zehntausenden"),
    (
        "Die Zahl der Schusswaffentoten liege bei Hunderten.",
        DEATHS_EN,
        "de",
        "en",
        "fail",
        "Hunderten",
    ),
    ("Gun deaths number in the tens of thousands.", DEATHS_DE, "en", "de", "pass", "tens of"),
    ("Gun deaths number in the hundreds.", DEATHS_DE, "en", "de", "fail", "Zehntausenden"),
    (
        "Die Zahl der Toten liegt bei Tausenden.",
        "Die Zahl der Toten liegt bei Tausenden.",
        "de",
        "de",
        "pass",
        "Tausenden",
    ),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "status", "fragment"), COUNTS)
def test_count_words(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, fragment: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason
    assert fragment in got.reason
