"""A total the reader works out from a quote's list of counts (issue ff2): a hedged total
("around 200 … in all") holds a sum within its bounds, and a total's count of the list's
items ("in these three floods combined") counts the quote's counts. Both are `unverified`,
never `pass`; a hedged total far from the sum, an unhedged wrong sum and a count of the
quote's own noun still fail. Every sentence is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

_EN = (
    "The floods destroyed 312 houses in Ashford, 45 bridges near Kelby and 90 barns "
    "along the river."
)
_DE = "Das Feuer zerstörte 72 Häuser in Ahlen, 15 Scheunen bei Lünen und 8 Ställe am Fluss."
_FR = "La tempête a abattu 230 arbres à Caen, 41 poteaux près de Vire et 12 pylônes au port."
_ES = "El terremoto dañó 118 escuelas en Lorca, 27 iglesias cerca de Totana y 9 puentes."


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # A hedged total within its bounds of the sum (312 + 45 + 90 = 447).
        ("en", "en", "Around 450 structures were destroyed in all.", _EN, "unverified"),
        ("en", "en", "Around 900 structures were destroyed in all.", _EN, "fail"),
        ("en", "en", "Around 450 houses were destroyed in Ashford.", _EN, "fail"),
        ("en", "en", "The floods destroyed about 312 houses in Ashford.", _EN, "pass"),
        # A count of the list's items, with a total said.
        ("en", "en", "The three sites combined lost 447 structures.", _EN, "unverified"),
        ("en", "en", "The five sites combined lost 447 structures.", _EN, "fail"),
        ("en", "en", "The floods destroyed 312 houses in Ashford.", _EN, "pass"),
        ("en", "en", "The floods struck three places in all.", _EN, "unverified"),
        ("en", "en", "The floods struck four places in all.", _EN, "fail"),
        # A count of the quote's own noun is a total of it, not a count of the items.
        (
            "en",
            "en",
            "In all, 3 houses were lost.",
            "Fire destroyed 12 houses in Leigh, 5 houses in Orton and 20 houses in Hale.",
            "fail",
        ),
        ("de", "de", "Das Feuer wütete insgesamt an drei Orten.", _DE, "unverified"),
        ("de", "de", "Das Feuer wütete insgesamt an vier Orten.", _DE, "fail"),
        ("de", "de", "Insgesamt wurden an drei Orten rund 95 Gebäude zerstört.", _DE, "unverified"),
        ("de", "de", "Insgesamt wurden an drei Orten rund 190 Gebäude zerstört.", _DE, "fail"),
        ("de", "de", "Das Feuer zerstörte 72 Häuser in Ahlen.", _DE, "pass"),
        ("de", "de", "Das Feuer zerstörte 27 Häuser in Ahlen.", _DE, "fail"),
        ("fr", "fr", "Au total, environ 280 structures sont tombées.", _FR, "unverified"),
        ("fr", "fr", "Au total, environ 560 structures sont tombées.", _FR, "fail"),
        ("fr", "fr", "La tempête a abattu 230 arbres à Caen.", _FR, "pass"),
        ("fr", "fr", "La tempête a abattu 320 arbres à Caen.", _FR, "fail"),
        # Across languages: a statement's total of a quote's list.
        ("en", "es", "In all, some 150 buildings were damaged at three sites.", _ES, "unverified"),
        ("en", "es", "In all, some 300 buildings were damaged at three sites.", _ES, "fail"),
        ("en", "es", "The earthquake damaged 118 schools in Lorca.", _ES, "pass"),
        ("en", "es", "The earthquake damaged 181 schools in Lorca.", _ES, "fail"),
    ],
)
def test_worked_total_of_a_list(
    lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


_EN_SHARE = "About 70% of the firm's sales come from Europe."
_DE_SHARE = "Rund 60 Prozent des Stroms stammen aus Kohle."
_ES_SHARE = "El 80% de los ingresos procede de la publicidad."


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # The rest of a quote's share, taken by "other than": 100 % less the quote's share,
        # worked out by the reader; another rest, or the share itself said of the rest,
        # still fails.
        (
            "en",
            "en",
            "Only about 30% of the firm's sales come from markets other than Europe.",
            _EN_SHARE,
            "unverified",
        ),
        (
            "en",
            "en",
            "Only about 45% of the firm's sales come from markets other than Europe.",
            _EN_SHARE,
            "fail",
        ),
        ("en", "en", "About 70% of the firm's sales come from Europe.", _EN_SHARE, "pass"),
        (
            "en",
            "en",
            "About 70% of sales come from markets other than Europe.",
            "About 30% of sales come from markets other than Europe.",
            "fail",
        ),
        (
            "de",
            "de",
            "Rund 40 Prozent des Stroms stammen aus anderen Quellen außer Kohle.",
            _DE_SHARE,
            "unverified",
        ),
        (
            "de",
            "de",
            "Rund 50 Prozent des Stroms stammen aus anderen Quellen außer Kohle.",
            _DE_SHARE,
            "fail",
        ),
        ("de", "de", "Rund 60 Prozent des Stroms stammen aus Kohle.", _DE_SHARE, "pass"),
        (
            "es",
            "es",
            "El 20% de los ingresos procede de fuentes distintas de la publicidad.",
            _ES_SHARE,
            "unverified",
        ),
        (
            "es",
            "es",
            "El 35% de los ingresos procede de fuentes distintas de la publicidad.",
            _ES_SHARE,
            "fail",
        ),
        # Across languages.
        (
            "fr",
            "en",
            "Environ 30 % des ventes viennent de marchés autres que l'Europe.",
            _EN_SHARE,
            "unverified",
        ),
        (
            "fr",
            "en",
            "Environ 45 % des ventes viennent de marchés autres que l'Europe.",
            _EN_SHARE,
            "fail",
        ),
        ("fr", "en", "Environ 70 % des ventes viennent d'Europe.", _EN_SHARE, "pass"),
    ],
)
def test_rest_of_a_share(
    lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


_EN_YEAR = "The bridge was opened in 1987."
_DE_YEAR = "Die Brücke wurde 1987 eröffnet."
_ES_YEAR = "El puente se inauguró en 1987."


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # A year the statement sets by its own span from a quote's year it does not give:
        # worked out, not said. Another span, or a statement giving the quote's year too,
        # still fails.
        (
            "en",
            "en",
            "The bridge opened thirty years before the 2017 flood.",
            _EN_YEAR,
            "unverified",
        ),
        ("en", "en", "The bridge opened twenty years before the 2017 flood.", _EN_YEAR, "fail"),
        ("en", "en", "The bridge opened in 2017, thirty years after 1987.", _EN_YEAR, "fail"),
        ("en", "en", "The bridge was opened in 1987.", _EN_YEAR, "pass"),
        (
            "de",
            "de",
            "Die Brücke wurde dreißig Jahre vor der Flut von 2017 eröffnet.",
            _DE_YEAR,
            "unverified",
        ),
        (
            "de",
            "de",
            "Die Brücke wurde zwanzig Jahre vor der Flut von 2017 eröffnet.",
            _DE_YEAR,
            "fail",
        ),
        ("de", "de", "Die Brücke wurde im Jahr 1987 eröffnet.", _DE_YEAR, "pass"),
        (
            "es",
            "es",
            "El puente se inauguró treinta años antes de la riada de 2017.",
            _ES_YEAR,
            "unverified",
        ),
        (
            "es",
            "es",
            "El puente se inauguró veinte años antes de la riada de 2017.",
            _ES_YEAR,
            "fail",
        ),
        # Across languages.
        ("fr", "en", "Le pont a ouvert trente ans avant la crue de 2017.", _EN_YEAR, "unverified"),
        ("fr", "en", "Le pont a ouvert vingt ans avant la crue de 2017.", _EN_YEAR, "fail"),
        ("fr", "en", "Le pont a ouvert en 1987.", _EN_YEAR, "pass"),
    ],
)
def test_year_from_the_statements_span(
    lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


_EN_VOLS = "The box set collects volumes 4-9 of the series."
_DE_VOLS = "Die Box enthält die Bände 4–9 der Reihe."
_JA_VOLS = "このセットには第4～9巻が収録されている。"


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # A count of a range of numbered items: the items from one end to the other,
        # counted by the reader. Another count still fails.
        ("en", "en", "The box set collects six volumes.", _EN_VOLS, "unverified"),
        ("en", "en", "The box set collects seven volumes.", _EN_VOLS, "fail"),
        ("en", "en", "The box set collects volumes 4-9 of the series.", _EN_VOLS, "pass"),
        ("de", "de", "Die Box enthält sechs Bände.", _DE_VOLS, "unverified"),
        ("de", "de", "Die Box enthält sieben Bände.", _DE_VOLS, "fail"),
        ("ja", "ja", "このセットには6冊が収録されている。", _JA_VOLS, "unverified"),
        ("ja", "ja", "このセットには7冊が収録されている。", _JA_VOLS, "fail"),
        # Across languages.
        ("es", "en", "La caja reúne seis volúmenes.", _EN_VOLS, "unverified"),
        ("es", "en", "La caja reúne siete volúmenes.", _EN_VOLS, "fail"),
    ],
)
def test_range_of_numbered_items_counted(
    lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # A count of a quote's list of bare figures: its items, counted by the reader.
        # Another count still fails.
        (
            "en",
            "en",
            "The sample holds seven readings.",
            "The readings were 14, 9, 22, 9, 31, 17, 8.",
            "unverified",
        ),
        (
            "en",
            "en",
            "The sample holds six readings.",
            "The readings were 14, 9, 22, 9, 31, 17, 8.",
            "fail",
        ),
        (
            "de",
            "de",
            "Die Reihe besteht aus sieben Zahlen.",
            "Die Reihe lautet 14, 9, 22, 9, 31, 17, 8.",
            "unverified",
        ),
        (
            "de",
            "de",
            "Die Reihe besteht aus sechs Zahlen.",
            "Die Reihe lautet 14, 9, 22, 9, 31, 17, 8.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "La série compte sept valeurs.",
            "La série donne 14, 9, 22, 9, 31, 17, 8.",
            "unverified",
        ),
        (
            "fr",
            "fr",
            "La série compte six valeurs.",
            "La série donne 14, 9, 22, 9, 31, 17, 8.",
            "fail",
        ),
        # Across languages.
        (
            "es",
            "en",
            "La muestra tiene siete lecturas.",
            "The readings were 14, 9, 22, 9, 31, 17, 8.",
            "unverified",
        ),
        (
            "es",
            "en",
            "La muestra tiene seis lecturas.",
            "The readings were 14, 9, 22, 9, 31, 17, 8.",
            "fail",
        ),
    ],
)
def test_list_of_figures_counted(
    lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason
