"""A quarter of a year is a part of it ("the first quarter of 2017", "Q3 2017", "im ersten
Quartal 2017", "au 3e trimestre 2017", "en el primer trimestre de 2017", "no 4º trimestre de
2017"): a part of the year the statement names that holds the quote's quarter passes ("early
2017" for "the first quarter of 2017"), a quarter inside the statement's coarser part is more
precise than the quote, and a month or part outside it fails."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("Maintenance releases start in early 2017.", "en",
         "Maintenance releases will follow starting in the first quarter of 2017.", "en", "pass"),
        ("Die Wartungsversionen beginnen Anfang 2017.", "de",
         "Maintenance releases will follow starting in the first quarter of 2017.", "en", "pass"),
        ("Les ventes ont progressé fin 2017.", "fr",
         "Sales rose in the fourth quarter of 2017.", "en", "pass"),
        ("As vendas subiram no terceiro trimestre de 2017.", "pt", "Sales rose in Q3 2017.", "en",
         "pass"),
        ("Der Umsatz stieg im ersten Quartal 2017.", "de",
         "Der Umsatz stieg im ersten Quartal 2017.", "de", "pass"),
        ("保守リリースは2017年第1四半期から始まる。", "ja",
         "Maintenance releases will follow starting in the first quarter of 2017.", "en", "pass"),
        ("销售额在2017年第一季度增长。", "zh", "Sales rose in the first quarter of 2017.", "en",
         "pass"),
        ("Las ventas subieron en el segundo trimestre de 2017.", "es",
         "Las ventas subieron a mediados de 2017.", "es", "warn"),
        ("Sales rose in August 2017.", "en", "Sales rose in Q3 2017.", "en", "warn"),
        ("Releases start in the first quarter of 2017.", "en",
         "Releases start in early 2017.", "en", "warn"),
    ],
)  # fmt: skip
def test_a_quarter_held_by_a_part_of_the_year(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("Releases start in late 2017.", "en",
         "Releases start in the first quarter of 2017.", "en"),
        ("销售额在2017年第二季度增长。", "zh", "Sales rose in the first quarter of 2017.", "en"),
        ("As vendas subiram no quarto trimestre de 2017.", "pt", "Sales rose in Q3 2017.", "en"),
        ("Der Umsatz stieg im zweiten Quartal 2017.", "de",
         "Der Umsatz stieg im ersten Quartal 2017.", "de"),
        ("Les ventes ont progressé au 3e trimestre 2017.", "fr",
         "Les ventes ont progressé au premier trimestre 2017.", "fr"),
        ("Sales rose in May 2017.", "en", "Sales rose in Q3 2017.", "en"),
        ("Las ventas subieron en el primer trimestre de 2018.", "es",
         "Sales rose in the first quarter of 2017.", "en"),
    ],
)  # fmt: skip
def test_a_quarter_outside_fails(statement: str, slang: str, quote: str, qlang: str) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "fail", result.reason
