"""Bounds said after the figure (issue-B): "15 minutes at the most", "15 Minuten oder
weniger", "15 minutes ou moins", "15 minutos o menos", "15 minutos no máximo" are ceilings
as "at most 15 minutes" is, and "at a minimum", "como mínimo", "no mínimo" floors
([hedges.after]): a ceiling against the quote's floor fails, in one language or across two,
and the same bound passes. "oder weniger", "ou moins" are no direction of the figure."""

import pytest

from factdb.engine.support import claim_supported

_FLOOR = "All quotes delayed a minimum of 15 minutes."
_CEILING = "All quotes are delayed 15 minutes or less."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Quotes are delayed 15 minutes at the most.", _FLOOR, "en", "en", "fail"),
        ("Die Kurse sind 15 Minuten oder weniger verzögert.", _FLOOR, "de", "en", "fail"),
        ("Les cours sont retardés de 15 minutes ou moins.", _FLOOR, "fr", "en", "fail"),
        ("Las cotizaciones se retrasan 15 minutos o menos.", _FLOOR, "es", "en", "fail"),
        ("As cotações atrasam 15 minutos ou menos.", _FLOOR, "pt", "en", "fail"),
        ("Die Kurse sind 15 Minuten oder mehr verzögert.", _CEILING, "de", "en", "fail"),
        ("Quotes are delayed 15 minutes at a minimum.", _FLOOR, "en", "en", "pass"),
        ("As cotações atrasam 15 minutos no mínimo.", _FLOOR, "pt", "en", "pass"),
        ("Las cotizaciones se retrasan 15 minutos como mínimo.", _FLOOR, "es", "en", "pass"),
        ("Die Kurse sind 15 Minuten oder weniger verzögert.", _CEILING, "de", "en", "pass"),
        (
            "Les cours sont retardés de 15 minutes ou moins.",
            "Las cotizaciones se retrasan 15 minutos como máximo.",
            "fr",
            "es",
            "pass",
        ),
        ("Quotes are delayed 15 minutes at the most.", _CEILING, "en", "en", "pass"),
    ],
)
def test_postposed_bounds(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    status_got = claim_supported(
        statement, [quote], statement_lang=lang, quote_lang=quote_lang
    ).status
    assert status_got == status
