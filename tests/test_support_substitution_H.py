"""A word replaced by another member of a closed set while the figures are kept (issue-H):
a set member ending the statement where the quote goes on, the hero against the villain,
an award named otherwise (across languages), what is drunk or eaten said otherwise."""

from __future__ import annotations

import pytest

from factdb.engine.support.awards import _award_named_otherwise, _awards_in
from factdb.engine.support.consumption import _consumed, _consumed_otherwise
from factdb.engine.support.verdict import claim_supported

WHISKY_EN = "Seventeen men drank whisky in a room simulating 3.7 km of altitude."
WHISKY_DE = "17 Männer tranken Whisky in einem Raum, der 3,7 km Höhe simulierte."
WHISKY_FR = "17 hommes ont bu du whisky dans une pièce simulant 3,7 km d'altitude."
WHISKY_JA = "17人の男性が標高3.7キロを再現した部屋でウイスキーを飲んだ。"
ROOM_ZH = "17名男子被要求在地面和一间模拟海拔3.7公里的房间内喝下一些"

FAILS = [
    # A set member ending the statement, replaced where the quote goes on.
    (
        "Felicia Sanders hid with her 11-year-old grandson.",
        "cowering with her 11-year-old granddaughter who was with her",
        "en",
        "en",
    ),
    (
        "Sie versteckte sich mit ihrem 11-jährigen Enkel.",
        "sie versteckte sich mit ihrem 11-jährigen Enkelin, die bei ihr war",
        "de",
        "de",
    ),
    (
        "La mujer de 70 años se escondió con su nieto.",
        "La mujer de 70 años se escondió con su nieta, que estaba con ella",
        "es",
        "es",
    ),
    (
        "Elle avait 60 ans et vivait avec sa fille.",
        "Elle avait 60 ans et vivait avec son fils, qui travaille",
        "fr",
        "fr",
    ),
    # The hero against the villain.
    (
        "Heath Ledger won a posthumous Oscar in 2009 for playing a comic book hero.",
        "referring to the actor who won a posthumous Oscar in 2009 for his turn playing the "
        "comic book villain",
        "en",
        "en",
    ),
    ("Er spielte 2008 einen Helden.", "Er spielte 2008 einen Bösewicht.", "de", "de"),
    ("Il a joué en 2008 un héros.", "Il a joué en 2008 un méchant.", "fr", "fr"),
    (
        "Ledger ganó un Óscar póstumo en 2009 por interpretar a un héroe.",
        "Ledger ganó un Óscar póstumo en 2009 por interpretar a un villano",
        "es",
        "es",
    ),
    # An award named otherwise, in one language and across languages.
    (
        "Parasite won the Oscar for best picture in 2020.",
        "Parasite won the Golden Globe for best foreign film in 2020.",
        "en",
        "en",
    ),
    ("Parasite gewann 2020 den Oscar.", "Parasite gewann 2020 den Golden Globe.", "de", "de"),
    ("Parasite ganó el Óscar en 2020.", "Parasite ganó el Globo de Oro en 2020.", "es", "es"),
    (
        "Parasite est le premier film en langue étrangère à remporter l'Oscar du meilleur "
        "film en 26 ans.",
        "the first film in a foreign language to win the top prize of best cast ensemble in "
        "the 26 year-history of the SAG awards",
        "fr",
        "en",
    ),
    (
        "Parasite won the Oscar for best picture in 2020.",
        "《寄生虫》在2020年获得金球奖。",
        "en",
        "zh",
    ),
    # What is drunk said otherwise, in one language and across languages.
    (WHISKY_EN, WHISKY_EN.replace("whisky", "vodka"), "en", "en"),
    (WHISKY_DE, WHISKY_DE.replace("Whisky", "Wodka"), "de", "de"),
    (WHISKY_FR, WHISKY_FR.replace("du whisky", "de la vodka"), "fr", "fr"),
    (WHISKY_EN, ROOM_ZH + "伏特加", "en", "zh"),
    (WHISKY_FR, WHISKY_DE.replace("Whisky", "Wodka"), "fr", "de"),
    (WHISKY_JA, WHISKY_EN.replace("whisky", "vodka"), "ja", "en"),
]

PASSES = [
    (
        "Felicia Sanders hid with her 11-year-old granddaughter.",
        "cowering with her 11-year-old granddaughter who was with her",
        "en",
        "en",
    ),
    (
        "Sie versteckte sich mit ihrem 11-jährigen Enkel.",
        "sie versteckte sich mit ihrem 11-jährigen Enkel, der bei ihr war",
        "de",
        "de",
    ),
    (
        "La mujer de 70 años se escondió con su nieto.",
        "La mujer de 70 años se escondió con su nieto, que estaba con ella",
        "es",
        "es",
    ),
    (
        "Heath Ledger won a posthumous Oscar in 2009 for playing a comic book villain.",
        "referring to the actor who won a posthumous Oscar in 2009 for his turn playing the "
        "comic book villain",
        "en",
        "en",
    ),
    ("Er spielte 2008 einen Helden.", "Er spielte 2008 einen Helden.", "de", "de"),
    (
        "Parasite won the Oscar for best picture in 2020.",
        "Parasite won the Academy Award for best picture in 2020.",
        "en",
        "en",
    ),
    (
        "Parasite ganó el Óscar en 2020.",
        "Parasite ganó el premio de la Academia en 2020.",
        "es",
        "es",
    ),
    (
        "Parasite est le premier film en langue étrangère à remporter l'Oscar du meilleur "
        "film en 26 ans.",
        "the first film in a foreign language to win the Academy Award for best picture in 26 "
        "years",
        "fr",
        "en",
    ),
    (
        "Parasite won the Oscar for best picture in 2020.",
        "《寄生虫》在2020年获得奥斯卡最佳影片。",
        "en",
        "zh",
    ),
    ("Oscar Isaac won a Golden Globe in 2016.", "Isaac won a Golden Globe in 2016.", "en", "en"),
    (WHISKY_EN, ROOM_ZH + "威士忌", "en", "zh"),
    (WHISKY_FR, WHISKY_DE, "fr", "de"),
    (WHISKY_JA, WHISKY_EN, "ja", "en"),
]


@pytest.mark.parametrize(("statement", "quote", "s_lang", "q_lang"), FAILS)
def test_replaced_member_fails(statement: str, quote: str, s_lang: str, q_lang: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=s_lang, quote_lang=q_lang)
    assert got.status == "fail", got


@pytest.mark.parametrize(("statement", "quote", "s_lang", "q_lang"), PASSES)
def test_same_member_passes(statement: str, quote: str, s_lang: str, q_lang: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=s_lang, quote_lang=q_lang)
    assert got.status == "pass", got


def test_awards_named_alike_across_languages() -> None:
    assert set(_awards_in("il a remporté l'Oscar et la Palme d'Or")) == {"oscar", "palme_dor"}
    assert set(_awards_in("Oscar Wilde and Tony Blair")) == set()
    assert set(_awards_in("获得奥斯卡和金熊奖")) == {"oscar", "golden_bear"}
    # Another award away from the figures both give says nothing.
    assert (
        _award_named_otherwise(
            "She won the Oscar in 2020.", "She won in 2020. Earlier, a BAFTA.", ["2020"]
        )
        is None
    )


def test_consumed_object_beside_its_verb_only() -> None:
    assert _consumed("Sie tranken Whisky.", "de") == {"whisky": "Whisky"}
    assert _consumed("A whisky distillery employs 17 people.", "en") == {}
    # The quote names the statement's drink too: no other drink said.
    assert (
        _consumed_otherwise("They drank whisky.", "en", "They drank vodka and whisky.", "en")
        is None
    )
