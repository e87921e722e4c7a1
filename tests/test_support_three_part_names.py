"""A person named by three words ("María José Ortega") is one person: the last word of the
name is not read as another person standing before the figure, so a result the quote gives
to someone else fails for her in every language, and her own still passes."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

QUOTE = (
    "Im Finale siegte die Titelverteidigerin Lena Marie Brandt (TSV) mit 5,92m. "
    "Zweite wurde María José Ortega (SC Süd)."
)


def _result(statement: str, s_lang: str) -> tuple[str, str]:
    r = claim_supported(statement, [QUOTE], None, statement_lang=s_lang, quote_lang="de")
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "s_lang"),
    [
        ("María José Ortega won the final with 5.92 m.", "en"),
        ("María José Ortega gewann den Weitsprung mit 5,92 m.", "de"),
        ("María José Ortega a remporté la finale avec 5,92 m.", "fr"),
        ("María José Ortega ganó la final con 5,92 m.", "es"),
    ],
)
def test_another_person_s_result_fails_for_a_three_part_name(statement: str, s_lang: str) -> None:
    status, reason = _result(statement, s_lang)
    assert status == "fail", reason
    assert "Brandt" in reason


def test_the_winner_s_own_result_passes() -> None:
    status, reason = _result("Lena Marie Brandt won the final with 5.92 m.", "en")
    assert status == "pass", reason
