"""A statement that gives its figure to one member of a closed set of holders where the
quote names only another member of the same set ([holder_sets] of each language: causes
of death, sectors of an economy, space programmes), in one language or across two:
terrorism for gun violence, the Moon programme for the ISS, tourism for agriculture,
malaria for the flu. The quote's other member holds the figure: fail. A quote that names no
member says nothing either way (its holder is said on the page before it: "accounting for
15 percent of its gross domestic product" is tourism's in right paraphrases and
agriculture's in none), so the rule does not touch it. Right paraphrases naming the same
member in other words or languages still pass."""

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.closed_sets import _holder_sets, _may_name_member, _members
from factdb.engine.support.rules import rules_for


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # English.
        (
            "Tourism accounted for 12 percent of GDP in 2015.",
            "Agriculture accounted for 12 percent of GDP in 2015.",
            "en",
            "en",
            "fail",
        ),
        (
            "Fewer than 100 Americans have been killed by gun violence since 9/11.",
            "If you look at the number of Americans killed since 9/11 by terrorism, "
            "it's less than 100.",
            "en",
            "en",
            "fail",
        ),
        (
            "Farming accounted for 12 percent of GDP in 2015.",
            "Agriculture accounted for 12 percent of GDP in 2015.",
            "en",
            "en",
            "pass",
        ),
        # The quote names no member: left as the other rules read it.
        (
            "Tourism accounted for 15 percent of GDP in 2013.",
            "accounting for 15 percent of its gross domestic product in 2013",
            "en",
            "en",
            "pass",
        ),
        # French.
        (
            "Le paludisme a tué 400 000 personnes en 2019.",
            "La grippe a tué 400 000 personnes en 2019.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Le paludisme a tué 400 000 personnes en 2019.",
            "En 2019, le paludisme a tué 400 000 personnes.",
            "fr",
            "fr",
            "pass",
        ),
        # German.
        (
            "Der Bau der Internationalen Raumstation kostete 150 Milliarden Dollar.",
            "Das Apollo-Programm kostete 150 Milliarden Dollar.",
            "de",
            "de",
            "fail",
        ),
        (
            "Die ISS kostete 150 Milliarden Dollar.",
            "Der Bau der Internationalen Raumstation kostete 150 Milliarden Dollar.",
            "de",
            "de",
            "pass",
        ),
        # Across languages.
        (
            "Según Obama, el terrorismo ha matado a decenas de miles de estadounidenses.",
            "If you look at the number that have been killed by gun violence, it's in the "
            "tens of thousands",
            "es",
            "en",
            "fail",
        ),
        (
            "Según Obama, la violencia con armas de fuego ha matado a decenas de miles de "
            "estadounidenses.",
            "If you look at the number that have been killed by gun violence, it's in the "
            "tens of thousands",
            "es",
            "en",
            "pass",
        ),
        (
            "Der Bau des Mondlandeprogramms kostete 150 Milliarden Dollar.",
            "毕竟国际空间站的造价高达1500亿美元",
            "de",
            "zh",
            "fail",
        ),
        (
            "Der Bau der Internationalen Raumstation kostete 150 Milliarden Dollar.",
            "毕竟国际空间站的造价高达1500亿美元",
            "de",
            "zh",
            "pass",
        ),
        (
            "2019年にマラリアで40万人が死亡した。",
            "Influenza killed 400,000 people in 2019.",
            "ja",
            "en",
            "fail",
        ),
        (
            "2019年にマラリアで40万人が死亡した。",
            "Malaria killed 400,000 people in 2019.",
            "ja",
            "en",
            "pass",
        ),
        (
            "La pesca representó el 8 % del PIB en 2010.",
            "Tourism made up 8 percent of GDP in 2010.",
            "es",
            "en",
            "fail",
        ),
        (
            "El turismo representó el 8 % del PIB en 2010.",
            "Tourism made up 8 percent of GDP in 2010.",
            "es",
            "en",
            "pass",
        ),
        (
            "Herzkrankheiten töteten 2019 rund 650.000 Amerikaner.",
            "Cancer killed about 650,000 Americans in 2019.",
            "de",
            "en",
            "fail",
        ),
        (
            "Herzkrankheiten töteten 2019 rund 650.000 Amerikaner.",
            "Heart disease killed about 650,000 Americans in 2019.",
            "de",
            "en",
            "pass",
        ),
        (
            "El programa Artemis costará 93.000 millones de dólares.",
            "Apollo cost 93 billion dollars.",
            "es",
            "en",
            "fail",
        ),
        (
            "Opioid overdoses killed 70,000 Americans in 2019.",
            "2019年、7万人の米国人が交通事故で死亡した。",
            "en",
            "ja",
            "fail",
        ),
    ],
)
def test_closed_set_members(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


def test_members_are_read_in_their_own_language() -> None:
    # German "war" is "was", no English war; a starred word takes its endings.
    assert _members("Die Zahl war 130 im Jahr 2015.", "de", "causes") == {}
    assert _members("War killed 130 people.", "en", "causes") == {"war": "War"}
    assert _members("des Mondlandeprogramms", "de", "space_programmes") == {
        "moon": "Mondlandeprogramms"
    }
    assert _members("text", "ko", "causes") is None
    # Japanese "がん" is read only as a word of cancer ("乳がん"), not inside "がんばった".
    assert _members("がんばった選手", "ja", "causes") == {}
    assert _members("米国の乳がん死亡率", "ja", "causes") == {"cancer": "乳がん"}


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pt", "zh", "ja"])
def test_the_gate_lets_every_member_through(lang: str) -> None:
    # Each word of [holder_sets], said alone (a starred one with an ending), passes the
    # cheap gate and is read as its member.
    sets = _holder_sets(lang)
    assert sets
    rules = rules_for(lang)
    assert rules is not None
    for name, members in rules.data["holder_sets"].items():
        for member, words in members.items():
            for word in words:
                text = f"In 2015 {word.replace('*', 'en')} 12"
                assert _may_name_member(text, lang), (lang, word)
                assert member in (_members(text, lang, name) or {}), (lang, word)
