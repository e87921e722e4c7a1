"""Two readings: a month's name that starts a person's hyphenated first name is no date,
and Japanese "近い" after a figure (and its counter) is "nearly", as "近く" is."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def _result(statement: str, quote: str, s_lang: str, q_lang: str) -> tuple[str, str]:
    r = claim_supported(statement, [quote], None, statement_lang=s_lang, quote_lang=q_lang)
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        (
            "Lena Vogt finished second, ahead of Jan-Ole Berger in third.",
            "Lena Vogt holte den 2. Platz, gefolgt von Jan-Ole Berger auf dem 3. Platz.",
            "en",
            "de",
        ),
        (
            "Ines Roy came second, ahead of May-Britt Olsen in third.",
            "Ines Roy a pris la 2e place, devant May-Britt Olsen, 3e.",
            "en",
            "fr",
        ),
        (
            "Lena Vogt wurde Zweite vor Jan-Ole Berger.",
            "Lena Vogt came second, ahead of Jan-Ole Berger.",
            "de",
            "en",
        ),
    ],
)
def test_a_month_that_starts_a_hyphenated_first_name_is_no_date(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    status, reason = _result(statement, quote, s_lang, q_lang)
    assert status == "pass", reason
    assert "date" not in reason


def test_two_months_joined_by_a_hyphen_are_still_read() -> None:
    status, reason = _result(
        "The survey ran in February 2019.", "The survey ran Jan-Feb 2019 in Oslo.", "en", "en"
    )
    assert status == "pass", reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        (
            "このサービスは200種類近いプランを用意している。",
            "The service offers nearly 200 plans.",
            "ja",
            "en",
            "pass",
        ),
        (
            "The service offers nearly 200 plans.",
            "このサービスは200種類近いプランを用意している。",
            "en",
            "ja",
            "pass",
        ),
        (
            "The service offers 200 plans.",
            "このサービスは200種類近いプランを用意している。",
            "en",
            "ja",
            "warn",
        ),
        (
            "Der Dienst bietet fast 300 Tarife an.",
            "このサービスは200種類近いプランを用意している。",
            "de",
            "ja",
            "fail",
        ),
    ],
)
def test_chikai_after_a_figure_is_nearly(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    status, reason = _result(statement, quote, s_lang, q_lang)
    assert status == expected, reason
