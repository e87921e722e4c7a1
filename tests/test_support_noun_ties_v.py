"""Two figures of one kind, each tied to its noun by a [noun_ties] pattern ("cuts costs by
30%", "60 percent less water", "die Emissionen um 60 Prozent", "35 % d'énergie en moins"),
given the other way round from the quote (issue 13): the nearest-word rule needed two words
of proof and read the verb, so the swapped figures passed. Each noun now ties its figure,
in one language by its words and across languages by its [counted_nouns] or [activities]
meaning; a statement that swaps both fails, right paraphrases keep passing."""

import pytest

from factdb.engine.support import claim_supported

SOLAR_EN = "Solar power reduces emissions by 30 percent and lowers costs by 60 percent."
PLANT_EN = "The plant uses 60 percent less water and cuts waste by 30 percent."
SOLAR_DE = "Solarstrom senkt die Emissionen um 30 Prozent und die Kosten um 60 Prozent."
SOLAR_FR = "Le solaire réduit les émissions de 30 % et les coûts de 60 %."
PLANT_DE = "Die Anlage braucht 60 Prozent weniger Wasser und senkt die Kosten um 30 Prozent."
PLANT_FR = "L'usine consomme 60 % d'eau en moins et réduit ses coûts de 30 %."


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang",
    [
        # English, "NOUN by X%" on both sides.
        ("Solar power cuts costs by 30% and emissions by 60%.", SOLAR_EN, "en", "en"),
        # "X% less NOUN" against "NOUN by X%".
        ("The plant cuts water use by 30% and waste by 60%.", PLANT_EN, "en", "en"),
        # German, and German on an English quote (Kosten = costs, Emissionen = emissions).
        ("Die Kosten sinken um 30 Prozent, die Emissionen um 60 Prozent.", SOLAR_DE, "de", "de"),
        ("Die Kosten sinken um 30 Prozent, die Emissionen um 60 Prozent.", SOLAR_EN, "de", "en"),
        (
            "Die Anlage senkt die Kosten um 60 Prozent und den Wasserverbrauch um 30 Prozent.",
            PLANT_DE,
            "de",
            "de",
        ),
        # French, and English on a French quote.
        ("Le solaire réduit les coûts de 30 % et les émissions de 60 %.", SOLAR_FR, "fr", "fr"),
        ("L'usine réduit ses coûts de 60 % et consomme 30 % d'eau en moins.", PLANT_FR, "fr", "fr"),
        ("Solar power cuts costs by 30% and emissions by 60%.", SOLAR_FR, "en", "fr"),
        # French and German on English quotes.
        ("Le solaire réduit les coûts de 30 % et les émissions de 60 %.", SOLAR_EN, "fr", "en"),
        (
            "Die Anlage braucht 30 Prozent weniger Wasser und senkt die Kosten um 60 Prozent.",
            "The plant uses 60 percent less water and cuts costs by 30 percent.",
            "de",
            "en",
        ),
        # English on a German quote ("X Prozent weniger Wasser").
        ("The plant cuts costs by 60% and uses 30% less water.", PLANT_DE, "en", "de"),
    ],
)
def test_swapped_noun_ties_fail(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang",
    [
        ("Solar power lowers costs by 60% and cuts emissions by 30%.", SOLAR_EN, "en", "en"),
        ("Emissions fall 30 percent and costs 60 percent.", SOLAR_EN, "en", "en"),
        ("The plant cuts water use by 60% and waste by 30%.", PLANT_EN, "en", "en"),
        ("Die Kosten sinken um 60 Prozent, die Emissionen um 30 Prozent.", SOLAR_EN, "de", "en"),
        ("Die Emissionen sinken um 30 Prozent und die Kosten um 60 Prozent.", SOLAR_DE, "de", "de"),
        ("Le solaire réduit les coûts de 60 % et les émissions de 30 %.", SOLAR_FR, "fr", "fr"),
        ("Les coûts baissent de 60 % et les émissions de 30 %.", SOLAR_EN, "fr", "en"),
        (
            "Die Anlage braucht 60 Prozent weniger Wasser und senkt die Kosten um 30 Prozent.",
            "The plant uses 60 percent less water and cuts costs by 30 percent.",
            "de",
            "en",
        ),
        ("Solar power cuts costs by 60% and emissions by 30%.", SOLAR_FR, "en", "fr"),
        ("The plant uses 60% less water and cuts costs by 30%.", PLANT_DE, "en", "de"),
        ("L'usine réduit ses coûts de 30 % et consomme 60 % d'eau en moins.", PLANT_FR, "fr", "fr"),
    ],
)
def test_right_noun_ties_pass(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "pass"
