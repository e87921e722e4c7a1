"""Probes for the false fails fixed by helper N (read sets' false fails, issue-N)."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

NETSCAPE = (
    "first, that Netscape Communicator will be free; "
    "second, that the source code will also be free."
)
CITATION = 'Hazewinkel, Michiel, ed. (2001) [1994], "Hermitian matrix", Encyclopedia of Mathematics'
MARS = "火星之旅可能一去不复返并要三年时间才能完成"


def _status(statement: str, quote: str, sl: str = "en", ql: str | None = None) -> tuple[str, str]:
    r = claim_supported(statement, [quote], statement_lang=sl, quote_lang=ql or sl)
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "quote", "sl", "ql", "expected"),
    [
        # A difference in percentage points against a level in percent: no counterpart.
        (
            "The rate is 71 percentage points higher than the old one.",
            "The rate is 96 percent.",
            "en",
            "en",
            "unverified",
        ),
        (
            "Die Quote liegt 71 Prozentpunkte höher.",
            "Die Quote liegt bei 96 Prozent.",
            "de",
            "de",
            "unverified",
        ),
        (
            "La tasa es 71 puntos porcentuales más alta.",
            "La tasa es del 96 por ciento.",
            "es",
            "es",
            "unverified",
        ),
        (
            "The rate is 71 percentage points higher.",
            "Die Quote liegt bei 96 Prozent.",
            "en",
            "de",
            "unverified",
        ),
        # The same figure in points for percent stays the misstatement it is.
        (
            "Unemployment rose 5 percentage points.",
            "Unemployment rose 5 percent.",
            "en",
            "en",
            "fail",
        ),
        (
            "La tasa subió 5 puntos porcentuales.",
            "La tasa subió un 5 por ciento.",
            "es",
            "es",
            "fail",
        ),
    ],
)
def test_points_against_percent(
    statement: str, quote: str, sl: str, ql: str, expected: str
) -> None:
    assert _status(statement, quote, sl, ql)[0] == expected


@pytest.mark.parametrize(
    ("statement", "quote", "sl", "ql", "expected"),
    [
        ("12 members voted for it.", "12 of 15 members voted for it.", "en", "en", "pass"),
        (
            "12 Mitglieder stimmten dafür.",
            "12 von 15 Mitgliedern stimmten dafür.",
            "de",
            "de",
            "pass",
        ),
        ("12 membres ont voté pour.", "12 sur 15 membres ont voté pour.", "fr", "fr", "pass"),
        ("Douze membres ont voté pour.", "12 of 15 members voted for it.", "fr", "en", "pass"),
        # Another count, or the total, is still compared as before.
        ("13 members voted for it.", "12 of 15 members voted for it.", "en", "en", "fail"),
        (
            "13 Mitglieder stimmten dafür.",
            "12 von 15 Mitgliedern stimmten dafür.",
            "de",
            "de",
            "fail",
        ),
        ("5 were infected.", "4 of the 5 were infected.", "en", "en", "fail"),
    ],
)
def test_count_of_a_share(statement: str, quote: str, sl: str, ql: str, expected: str) -> None:
    assert _status(statement, quote, sl, ql)[0] == expected


@pytest.mark.parametrize(
    ("statement", "sl", "expected"),
    [
        ("The entry first appeared in 1994 and was reissued in 2001.", "en", "pass"),
        ("The entry first appeared in 1995.", "en", "fail"),
        ("Der Eintrag erschien zuerst 1994.", "de", "pass"),
        ("L'article est paru en 1994.", "fr", "pass"),
        ("El artículo apareció en 1996.", "es", "fail"),
    ],
)
def test_bracketed_year_of_a_citation(statement: str, sl: str, expected: str) -> None:
    assert _status(statement, CITATION, sl, "en")[0] == expected


def test_footnote_mark_is_still_none() -> None:
    status, reason = _status("There were 23 donations.", "The fund got US$1,000.[23]")
    assert status == "unverified" and "footnote" in reason


@pytest.mark.parametrize(
    ("statement", "sl", "expected"),
    [
        ("The first announcement was that Netscape Communicator would be free.", "en", "pass"),
        ("The second announcement was that the source would be free.", "en", "pass"),
        ("The third announcement was that the source would be free.", "en", "fail"),
        ("La primera noticia fue que Netscape Communicator sería gratuito.", "es", "unverified"),
        (
            "Die erste Ankündigung war, dass Netscape Communicator kostenlos sein würde.",
            "de",
            "unverified",
        ),
    ],
)
def test_enumeration_first(statement: str, sl: str, expected: str) -> None:
    assert _status(statement, NETSCAPE, sl, "en")[0] == expected


def test_first_alone_opening_a_sentence_is_no_rank() -> None:
    assert (
        _status("She finished third.", "First, she trained hard, then she raced.")[0]
        == "unverified"
    )


@pytest.mark.parametrize(
    ("statement", "sl", "expected"),
    [
        ("火星之旅可能需要三年。", "zh", "pass"),
        ("火星之旅可能不需要三年。", "zh", "fail"),
        ("A trip to Mars could take three years.", "en", "pass"),
        ("Eine Reise zum Mars könnte drei Jahre dauern.", "de", "pass"),
    ],
)
def test_gone_for_good_negates_no_figure(statement: str, sl: str, expected: str) -> None:
    assert _status(statement, MARS, sl, "zh")[0] == expected
