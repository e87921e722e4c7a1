"""False passes on dates, years, ranks and ranges (issue f3): a hedge before a range's first
figure estimates the whole range ("approximately 10-11%", "etwa 20 bis 25 Euro"), so a
statement that gives its top without the hedge drops it (warn), and the Japanese wave dash
("10〜11%") joins a range as "～" does; a plural rank is a rank ("les deuxièmes places",
"las segundas plazas", "os primeiros lugares") against a German numbered place ("die 1.
Plätze"); a year right after a figure ("$80 million in 2015") is the figure's period, against
a quote that gives the figure for another year ("revenue for 2014 was $80 million") while
the statement's year stands there in another role ("a filing released in March 2015").
A date the statement gives to an event ("am 4. Mai festgenommen", "于5月4日被捕") that the quote
dates otherwise by the same [polarity] predicate ("was detained in June over the May 4
protest") is contradicted. Right paraphrases keep passing."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A hedged range: its top without the hedge is overstated, with it a paraphrase.
        ("The app had 7% of the phone market.",
         "The app holds roughly 6-7% of the phone market.", "en", "en", "warn"),
        ("The app had about 7% of the phone market.",
         "The app holds roughly 6-7% of the phone market.", "en", "en", "pass"),
        ("The app had roughly 6-7% of the phone market.",
         "The app holds roughly 6-7% of the phone market.", "en", "en", "pass"),
        ("The app had 12% of the phone market.",
         "The app holds roughly 6-7% of the phone market.", "en", "en", "fail"),
        ("Eine Karte kostet 35 Euro.",
         "Eine Karte kostet etwa 30 bis 35 Euro.", "de", "de", "warn"),
        ("Eine Karte kostet rund 35 Euro.",
         "Eine Karte kostet etwa 30 bis 35 Euro.", "de", "de", "pass"),
        ("Une place coûte 35 euros.",
         "Une place coûte environ 30 à 35 euros.", "fr", "fr", "warn"),
        ("Une place coûte environ 35 euros.",
         "Une place coûte environ 30 à 35 euros.", "fr", "fr", "pass"),
        # Across languages, and a range joined by the wave dash.
        ("La aplicación tenía el 7% del mercado.",
         "The app holds roughly 6-7% of the phone market.", "es", "en", "warn"),
        ("La aplicación tenía alrededor del 7% del mercado.",
         "The app holds roughly 6-7% of the phone market.", "es", "en", "pass"),
        ("アプリの市場シェアは約6〜7%だった。",
         "The app holds roughly 6-7% of the phone market.", "ja", "en", "pass"),
        ("The app had 7% of the phone market.",
         "アプリの市場シェアは約6〜7%だ。", "en", "ja", "warn"),
    ],
)  # fmt: skip
def test_a_hedged_range(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang)[0] == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Les premières places du 800 mètres sont revenues au club.",
         "Die 1. Plätze über 800 Meter gingen an den Club.", "fr", "de", "pass"),
        ("Les deuxièmes places du 800 mètres sont revenues au club.",
         "Die 1. Plätze über 800 Meter gingen an den Club.", "fr", "de", "fail"),
        ("Las segundas plazas de los 800 metros fueron para el club.",
         "Die 2. Plätze über 800 Meter gingen an den Club.", "es", "de", "pass"),
        ("Las segundas plazas de los 800 metros fueron para el club.",
         "Die 3. Plätze über 800 Meter gingen an den Club.", "es", "de", "fail"),
        ("Os terceiros lugares dos 800 metros ficaram com o clube.",
         "Die 3. Plätze über 800 Meter gingen an den Club.", "pt", "de", "pass"),
        ("Os primeiros lugares dos 800 metros ficaram com o clube.",
         "Die 3. Plätze über 800 Meter gingen an den Club.", "pt", "de", "fail"),
        ("The club took second place in both 800 metres races.",
         "Le club a pris les deuxièmes places des deux courses de 800 mètres.", "en", "fr", "pass"),
        ("The club took third place in both 800 metres races.",
         "Le club a pris les deuxièmes places des deux courses de 800 mètres.", "en", "fr", "fail"),
        ("Los primeros puestos de los 800 metros fueron para el club.",
         "The club took first place in both 800 metres races.", "es", "en", "pass"),
        ("Los cuartos puestos de los 800 metros fueron para el club.",
         "The club took first place in both 800 metres races.", "es", "en", "fail"),
    ],
)  # fmt: skip
def test_a_plural_rank(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    assert _status(statement, quote, lang, quote_lang)[0] == status


_FILING_EN = (
    "In a filing released in March 2015, the company said its revenue for 2014 was $80 million."
)
_FILING_FR = (
    "Dans un rapport publié en mars 2015, l'entreprise a indiqué que son chiffre d'affaires "
    "pour 2014 était de 80 millions de dollars."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("The company's revenue was $80 million in 2015.", _FILING_EN, "en", "en", "fail"),
        ("The company's revenue was $80 million in 2014.", _FILING_EN, "en", "en", "pass"),
        ("In March 2015 the company reported revenue of $80 million for 2014.",
         _FILING_EN, "en", "en", "pass"),
        ("Los ingresos de la empresa fueron de 80 millones de dólares en 2015.",
         _FILING_EN, "es", "en", "fail"),
        ("Los ingresos de la empresa fueron de 80 millones de dólares en 2014.",
         _FILING_EN, "es", "en", "pass"),
        ("Le chiffre d'affaires de l'entreprise était de 80 millions de dollars en 2015.",
         _FILING_FR, "fr", "fr", "fail"),
        ("Le chiffre d'affaires de l'entreprise était de 80 millions de dollars en 2014.",
         _FILING_FR, "fr", "fr", "pass"),
        ("A receita da empresa foi de 80 milhões de dólares em 2015.",
         _FILING_EN, "pt", "en", "fail"),
        ("A receita da empresa foi de 80 milhões de dólares em 2014.",
         _FILING_EN, "pt", "en", "pass"),
        ("The company's revenue was $80 million in 2015.", _FILING_FR, "en", "fr", "fail"),
    ],
)  # fmt: skip
def test_a_year_right_after_a_figure_is_its_period(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang)[0] == status


_DETAINED_EN = "She was detained in June over the May 4 protest at the embassy."
_DETAINED_FR = "Elle a été arrêtée en juin pour la manifestation du 4 mai devant l'ambassade."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("She was detained on May 4.", _DETAINED_EN, "en", "en", "fail"),
        ("She was detained in June.", _DETAINED_EN, "en", "en", "pass"),
        ("The protest at the embassy took place on May 4.", _DETAINED_EN, "en", "en", "pass"),
        ("Sie wurde am 4. Mai festgenommen.", _DETAINED_EN, "de", "en", "fail"),
        ("Sie wurde im Juni festgenommen.", _DETAINED_EN, "de", "en", "pass"),
        # Two dates in the statement: the verb closing the clause dates neither alone.
        ("Sie wurde im Juni wegen des Protests vom 4. Mai festgenommen.",
         _DETAINED_EN, "de", "en", "pass"),
        ("Elle a été arrêtée le 4 mai.", _DETAINED_EN, "fr", "en", "fail"),
        ("Elle a été arrêtée en juin.", _DETAINED_EN, "fr", "en", "pass"),
        ("Fue detenida el 4 de mayo.", _DETAINED_EN, "es", "en", "fail"),
        ("Fue detenida en junio.", _DETAINED_EN, "es", "en", "pass"),
        ("她于5月4日被捕。", _DETAINED_EN, "zh", "en", "fail"),
        ("她于6月被捕。", _DETAINED_EN, "zh", "en", "pass"),
        ("Sie wurde am 4. Mai festgenommen.", _DETAINED_FR, "de", "fr", "fail"),
        ("Sie wurde im Juni festgenommen.", _DETAINED_FR, "de", "fr", "pass"),
    ],
)  # fmt: skip
def test_an_event_dated_otherwise(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang)[0] == status
