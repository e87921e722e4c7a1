"""Durations equal by the calendar's convention: a month of 30 days, a year of 365 days or
of 52 weeks ("a 180-day review period" for "a six-month review period", "120-day blocks" for
"par tranche de quatre mois"). Without the convention, 180 days read as more precise than six
months of 30.44 days each (``warn``); with it, they are the same period. Figures not so
equal are judged as before."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("The order comes with a 180-day review period.", "en",
         "The order will have a six-month review period.", "en"),
        ("The prime minister authorises the scheme in 120-day blocks.", "en",
         "autorisé par le premier ministre par tranche de quatre mois", "fr"),
        ("Die Prüfung dauert 90 Tage.", "de", "La revisión dura tres meses.", "es"),
        ("审查期为180天。", "zh", "The order will have a six-month review period.", "en"),
        ("La période d'essai est de 60 jours.", "fr", "La période d'essai est de deux mois.", "fr"),
        ("Der Vertrag läuft 365 Tage.", "de", "The contract runs for one year.", "en"),
    ],
)  # fmt: skip
def test_days_for_months_by_the_calendar(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "pass", result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("The order comes with a 170-day review period.", "en",
         "The order will have a six-month review period.", "en", "warn"),
        ("The order comes with a 240-day review period.", "en",
         "The order will have a six-month review period.", "en", "fail"),
        ("La période d'essai est de 90 jours.", "fr", "La période d'essai est de deux mois.", "fr",
         "fail"),
        ("审查期为150天。", "zh", "The order will have a six-month review period.", "en", "fail"),
        # A hedged quote still warns of its hedge dropped.
        ("The review period is 180 days.", "en", "The review period is about six months.", "en",
         "warn"),
    ],
)  # fmt: skip
def test_other_durations_as_before(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason
