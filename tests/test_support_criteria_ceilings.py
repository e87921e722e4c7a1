"""Two kinds of bound that are figures, not estimates.

A criterion ("values with a z-score greater than 3", "people 65 and older") names the line
that decides what is counted: another line ("greater than 2") is another criterion, not a
weaker bound the quote implies. And a stated maximum ("as much as $1.5 trillion") names a
figure near it: a quote's exact figure a tenth of it or less contradicts it, one under half
of it needs a person.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, s_lang: str = "en", q_lang: str = "en") -> str:
    return claim_supported(
        statement, [quote], None, statement_lang=s_lang, quote_lang=q_lang
    ).status


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        (
            "Readings higher than 40 were flagged as faults.",
            "The service flags readings higher than 50 as faults.",
            "en",
            "en",
        ),
        (
            "The discount applies to visitors 60 and older.",
            "The discount applies to visitors 70 and older.",
            "en",
            "en",
        ),
        (
            "Les fichiers supérieurs à 5 Mo sont refusés.",
            "Les fichiers supérieurs à 8 Mo sont refusés par le serveur.",
            "fr",
            "fr",
        ),
        (
            "Se rechazan los archivos superiores a 5 MB.",
            "El servidor rechaza los archivos superiores a 8 MB.",
            "es",
            "es",
        ),
        (
            "Dateien größer als 5 MB werden abgelehnt.",
            "Files larger than 8 MB are rejected by the server.",
            "de",
            "en",
        ),
    ],
)
def test_another_criterion_is_not_implied(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        (
            "Readings higher than 50 were flagged as faults.",
            "The service flags readings higher than 50 as faults.",
            "en",
            "en",
        ),
        (
            "Les fichiers supérieurs à 8 Mo sont refusés.",
            "Les fichiers supérieurs à 8 Mo sont refusés par le serveur.",
            "fr",
            "fr",
        ),
        # An estimate's bound is still implied by a stronger one.
        ("More than 200 people attended.", "More than 300 people attended.", "en", "en"),
    ],
)
def test_the_same_criterion_and_an_estimate_still_pass(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == "pass"


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        (
            "The bridge cost as much as $2 billion.",
            "The bridge cost $180 million.",
            "en",
            "en",
            "fail",
        ),
        (
            "Die Brücke kostete bis zu 2 Milliarden Dollar.",
            "The bridge cost $180 million.",
            "de",
            "en",
            "fail",
        ),
        (
            "La multa puede llegar hasta 1.000 euros.",
            "La multa fue de 400 euros.",
            "es",
            "es",
            "unverified",
        ),
        (
            "The bridge cost as much as $2 billion.",
            "The bridge cost $1.9 billion.",
            "en",
            "en",
            "pass",
        ),
        (
            "Le pont a coûté jusqu'à 2 milliards de dollars.",
            "The bridge cost $1.9 billion.",
            "fr",
            "en",
            "pass",
        ),
    ],
)
def test_a_stated_maximum_names_a_figure_near_it(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == expected
