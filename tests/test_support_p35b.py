"""holdout35/36's false passes of structure and of CJK opposing predicates (issue 13): a
count's period named on each side ("jeden Monat 300" against "300 … each year"), in any
language and across two; look-alikes that keep passing."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A count per month against the same count per year, the period before or after it.
        ("Every month about 40 ships dock at the new pier.",
         "About 40 ships reach the new pier every year.", "en", "en", "fail"),
        ("Every year about 40 ships dock at the new pier.",
         "About 40 ships reach the new pier every year.", "en", "en", "pass"),
        ("Jeden Monat legen rund 40 Schiffe am neuen Pier an.",
         "Around 40 ships call at the new pier each year.", "de", "en", "fail"),
        ("Jedes Jahr legen rund 40 Schiffe am neuen Pier an.",
         "Around 40 ships call at the new pier each year.", "de", "en", "pass"),
        ("Chaque semaine, 40 navires accostent à la nouvelle jetée.",
         "Cada mes atracan 40 barcos en el nuevo muelle.", "fr", "es", "fail"),
        ("Chaque mois, 40 navires accostent à la nouvelle jetée.",
         "Cada mes atracan 40 barcos en el nuevo muelle.", "fr", "es", "pass"),
        ("每月约有40艘船停靠新码头。",
         "About 40 ships reach the new pier every year.", "zh", "en", "fail"),
        ("毎年約40隻の船が新しい桟橋に寄港する。",
         "About 40 ships reach the new pier every year.", "ja", "en", "pass"),
        # Two rates are compared converted: 600 a minute are 10 a second.
        ("The queue handles 600 jobs a minute.",
         "The queue handles 10 jobs per second.", "en", "en", "pass"),
        ("Die Warteschlange verarbeitet jeden Tag 600 Aufträge.",
         "The queue handles 600 jobs per hour.", "de", "en", "fail"),
        # A year after the words names no period; a span is no period either.
        ("Im Jahr 2019 legten 40 Schiffe am Pier an.",
         "In 2019, 40 ships docked at the pier.", "de", "en", "pass"),
        ("A year later 40 ships docked at the pier.",
         "A year later 40 ships docked at the pier.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_rate_period(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
