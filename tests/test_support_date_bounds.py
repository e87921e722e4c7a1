"""A date's own bound words ("no later than June 2021", "au plus tard en juin", "a más tardar
en marzo") are no negation and no direction: the "no" of "no later than" once failed a
statement that gave the same deadline ("the quote contains the negation 'no'"), and the
"plus" of "au plus tard" asked the quote for a direction."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("The law takes effect by June 2021.", "en",
         "The law takes effect no later than June 2021", "en"),
        ("The report was due no later than June 2021.", "en",
         "The report was due by June 2021", "en"),
        ("Le rapport doit être remis au plus tard en juin 2021.", "fr",
         "The report is due no later than June 2021", "en"),
        ("El informe debe entregarse a más tardar en junio de 2021.", "es",
         "The report must be handed in no later than June 2021", "en"),
        ("The report is due by June 2021.", "en",
         "Le rapport doit être remis au plus tard en juin 2021", "fr"),
        ("Die Frist endet März 2015 spätestens.", "de",
         "The deadline is March 2015 at the latest", "en"),
    ],
)  # fmt: skip
def test_a_date_bound_is_no_negation_or_direction(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "pass", result.reason
    assert {e.kind for e in result.elements} == {"date"}


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        # A negation of the verb still counts beside the bound.
        ("The law did not take effect by June 2021.", "en",
         "The law took effect no later than June 2021", "en"),
        ("La loi n'est pas entrée en vigueur au plus tard en juin 2021.", "fr",
         "The law took effect no later than June 2021", "en"),
        # Another month under the same bound.
        ("The report was due no later than July 2021.", "en",
         "The report was due no later than June 2021", "en"),
        ("El informe vence a más tardar en julio de 2021.", "es",
         "The report is due no later than June 2021", "en"),
    ],
)  # fmt: skip
def test_a_date_bound_leaves_other_elements_compared(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "fail", result.reason
