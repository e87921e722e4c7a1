"""A figure of one of two contrasted clauses given to the other clause's thing (issue E):
"Sales in Asia climbed 7%" for "Sales in Europe climbed 7% …, while sales in Asia slipped
3%" passed on the figure alone. The quote's sentence joined by a contrast word
([contrast_clauses]: "while", "während", "tandis que", "mientras que", "enquanto") gives
each clause its own thing; a statement naming more of the other clause's own words than of
the figure's clause's fails (the other clause has another figure of the kind) or goes
unverified. A pronoun subject ("while it fell") speaks of the other clause's thing and
decides nothing; the right paraphrase still passes."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str | None = None) -> str:
    return claim_supported(
        statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang
    ).status


EN = "Sales in Europe climbed 7% to €4.1 billion, while sales in Asia slipped 3% to €2.6 billion."
DE = (
    "Die Exporte nach Frankreich stiegen um 6 Prozent auf 12 Milliarden Euro, während die "
    "Exporte nach Italien um 2 Prozent auf 8 Milliarden Euro sanken."
)
FR = (
    "Le trafic de l'aéroport de Nantes a progressé de 9 % à 7,2 millions de passagers, "
    "tandis que celui de Rennes a reculé de 4 % à 0,9 million."
)
ES = (
    "La producción de trigo creció un 12 % hasta 8 millones de toneladas, mientras que la "
    "de maíz cayó un 5 % hasta 3 millones de toneladas."
)
PT = (
    "O consumo de energia no Nordeste aumentou 6 % para 90 terawatts-hora, enquanto no Sul "
    "recuou 2 % para 70 terawatts-hora."
)
DE_PEOPLE = (
    "Während Anna Kessler im Hochsprung mit 1,78 m siegte, gewann Jonas Brandt den "
    "Weitsprung mit 7,02 m."
)


@pytest.mark.parametrize(
    ("statement", "quote", "lang"),
    [
        ("Sales in Asia climbed 7%.", EN, "en"),
        ("Sales in Asia reached €4.1 billion.", EN, "en"),
        ("Sales in Europe slipped 3% to €2.6 billion.", EN, "en"),
        ("Die Exporte nach Italien stiegen um 6 Prozent.", DE, "de"),
        ("Die Exporte nach Frankreich sanken auf 8 Milliarden Euro.", DE, "de"),
        ("Le trafic de l'aéroport de Rennes a progressé de 9 %.", FR, "fr"),
        ("O consumo de energia no Sul aumentou 6 %.", PT, "pt"),
    ],
)
def test_the_other_clauses_thing_fails(statement: str, quote: str, lang: str) -> None:
    assert _status(statement, quote, lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "quote", "lang"),
    [
        # The figure's clause has no other figure of the kind: whose it is goes unsaid.
        ("Anna Kessler gewann den Weitsprung mit 7,02 m.", DE_PEOPLE, "de"),
        # As many words of each clause, the subject the figure's clause's: unsaid.
        (
            "As vendas de bicicletas usadas subiram 30 %.",
            "As vendas de bicicletas novas subiram 30 %, enquanto as de bicicletas usadas "
            "caíram 9 %.",
            "pt",
        ),
        # Another rule reads "maíz" beside the other figure first.
        ("La producción de maíz creció un 12 %.", ES, "es"),
    ],
)
def test_the_other_clauses_thing_never_passes(statement: str, quote: str, lang: str) -> None:
    assert _status(statement, quote, lang) != "pass"


@pytest.mark.parametrize(
    ("statement", "quote", "lang"),
    [
        ("European sales rose by seven percent to 4.1 billion euros.", EN, "en"),
        ("Sales in Asia fell 3 percent.", EN, "en"),
        ("Die Ausfuhren nach Italien gingen um 2 % zurück.", DE, "de"),
        ("Le trafic de l'aéroport de Nantes a augmenté de 9 %.", FR, "fr"),
        ("La producción de trigo aumentó un 12 por ciento.", ES, "es"),
        ("O consumo de energia no Nordeste cresceu 6 %.", PT, "pt"),
        ("Jonas Brandt gewann den Weitsprung mit 7,02 Metern.", DE_PEOPLE, "de"),
        # A clause the contrast word opens ends at a comma and a space, not at "40,000".
        (
            "Lindqvist's appeal for the harbour raised at least 40,000 kronor.",
            "while Lindqvist raised 40,000 kronor for an appeal to rebuild the harbour",
            "en",
        ),
        # A pronoun subject is the other clause's thing: the figure is the statement's.
        ("Profit fell 1% in 2023.", "Profit rose 4% in 2022, while it fell 1% in 2023.", "en"),
    ],
)
def test_the_right_clause_still_passes(statement: str, quote: str, lang: str) -> None:
    assert _status(statement, quote, lang) == "pass"


def test_a_statement_comparing_itself_is_left_to_other_rules() -> None:
    # The statement sets the two clauses against each other too: each figure its own.
    statement = "Sales in Europe climbed 7%, while sales in Asia slipped 3%."
    assert _status(statement, EN, "en") == "pass"


# A figure the quote's sentence gives to the place it opens with ([place_leads]: "In the
# United States, …"), said of another place the quote names nowhere: unverified.
PLACE_EN = "In Norway, electric cars made up 82% of new registrations last year."
PLACE_ES = "En Chile, las exportaciones de cobre sumaron 45.000 millones de dólares."
PLACE_FR = "Au Portugal, le tourisme représente 15 % du produit intérieur brut."
PLACE_PT = "Na Argentina, a inflação anual chegou a 94 % em dezembro."


@pytest.mark.parametrize(
    ("statement", "quote", "lang"),
    [
        ("In Sweden, electric cars made up 82% of new registrations last year.", PLACE_EN, "en"),
        ("En Perú, las exportaciones de cobre sumaron 45.000 millones de dólares.", PLACE_ES, "es"),
        ("En Espagne, le tourisme représente 15 % du produit intérieur brut.", PLACE_FR, "fr"),
        ("No Brasil, a inflação anual chegou a 94 % em dezembro.", PLACE_PT, "pt"),
    ],
)
def test_another_opening_place_never_passes(statement: str, quote: str, lang: str) -> None:
    assert _status(statement, quote, lang) == "unverified"


@pytest.mark.parametrize(
    ("statement", "quote", "lang"),
    [
        ("In Norway, 82 percent of new cars registered last year were electric.", PLACE_EN, "en"),
        ("En Chile, el cobre exportado sumó 45.000 millones de dólares.", PLACE_ES, "es"),
        ("Au Portugal, le tourisme pèse 15 % du PIB.", PLACE_FR, "fr"),
        ("Na Argentina, a inflação anual atingiu 94 % em dezembro.", PLACE_PT, "pt"),
        # Initials of the quote's place, and a time opening the sentence, are no other place.
        (
            "In the US, reservations cover 80,000 square kilometres.",
            "In the United States, reservations cover 80,000 square kilometres.",
            "en",
        ),
        (
            "In March, electric cars made up 82% of new registrations.",
            "In Norway, electric cars made up 82% of new registrations in March.",
            "en",
        ),
    ],
)
def test_the_same_opening_place_still_passes(statement: str, quote: str, lang: str) -> None:
    assert _status(statement, quote, lang) == "pass"


# A change from one figure to another, each with its year ("de 61 000 habitants en 1990 à
# 74 000 en 2020"), is a pair in its order: the statement's pair the other way round fails.
CHANGE = {
    "en": "The town grew from 61,000 residents in 1990 to 74,000 in 2020.",
    "fr": "La commune est passée de 61 000 habitants en 1990 à 74 000 en 2020.",
    "es": "El municipio pasó de 61.000 habitantes en 1990 a 74.000 en 2020.",
    "pt": "O município passou de 61 mil habitantes em 1990 para 74 mil em 2020.",
    "de": "Die Gemeinde wuchs von 61.000 Einwohnern im Jahr 1990 auf 74.000 im Jahr 2020.",
}


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("The town went from 74,000 to 61,000 residents.", "en"),
        ("La commune est passée de 74 000 à 61 000 habitants.", "fr"),
        ("El municipio pasó de 74.000 a 61.000 habitantes.", "es"),
        ("O município passou de 74 mil para 61 mil habitantes.", "pt"),
        ("Die Gemeinde ging von 74.000 auf 61.000 Einwohner zurück.", "de"),
    ],
)
def test_a_yeared_change_the_other_way_round_fails(statement: str, lang: str) -> None:
    assert _status(statement, CHANGE[lang], lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("The town went from 61,000 to 74,000 residents.", "en"),
        ("La commune est passée de 61 000 à 74 000 habitants.", "fr"),
        ("El municipio pasó de 61.000 a 74.000 habitantes.", "es"),
        ("O município passou de 61 mil para 74 mil habitantes.", "pt"),
    ],
)
def test_a_yeared_change_in_its_order_passes(statement: str, lang: str) -> None:
    assert _status(statement, CHANGE[lang], lang) == "pass"
