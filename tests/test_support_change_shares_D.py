"""A factor of change said by a verb ("halved", "doubled", "halbiert", "verdoppelt",
"doublé", "duplicó") is compared with the quote's change of a share said the same way when
the quote gives no factor ("fell by half", "rose 100 %", "gestiegen um 100 Prozent"): a half
fewer is 50 % fewer, twice as many 100 % more. A quote's hedge dropped warns, another share
fails, a change the other way still fails, and a level a change ends at ("fell to 50 %") is
no share of change: the factor stays unverified."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("Mortality has halved.", "en", "Mortality has fallen by half.", "en", "pass"),
        ("Mortality has halved.", "en", "Mortality has fallen by 50%.", "en", "pass"),
        ("Der Umsatz hat sich verdoppelt.", "de", "Der Umsatz stieg um 100 Prozent.", "de", "pass"),
        ("Las ventas se duplicó.", "es", "Las ventas subieron un 100 %.", "es", "pass"),
        ("Sales doubled.", "en", "Der Umsatz stieg um 100 Prozent.", "de", "pass"),
        ("Breast cancer mortality in the US has halved.", "en",
         "breast cancer mortality rates have fallen by approximately half in the United States",
         "en", "warn"),
        ("Die Brustkrebssterblichkeit in den USA hat sich halbiert.", "de",
         "breast cancer mortality rates have fallen by approximately half in the United States",
         "en", "warn"),
        ("Les ventes ont doublé.", "fr", "Sales rose by about 100%.", "en", "warn"),
    ],
)  # fmt: skip
def test_a_factor_of_change_as_the_share_it_changes_by(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("Mortality has halved.", "en", "Mortality has fallen by 30%.", "en", "fail"),
        ("Sales tripled.", "en", "Sales rose 100%.", "en", "fail"),
        ("Der Umsatz hat sich verdoppelt.", "de", "Sales rose by 50%.", "en", "fail"),
        ("Sales doubled.", "en", "Sales fell by half.", "en", "fail"),
        ("Les ventes ont doublé.", "fr", "Les ventes ont baissé de moitié.", "fr", "fail"),
        ("Mortality has halved.", "en", "Mortality has fallen to 50%.", "en", "unverified"),
        ("Iran has doubled its level of enrichment.", "en",
         "It increased its level of enrichment beyond 3.67 percent", "en", "unverified"),
    ],
)  # fmt: skip
def test_another_share_or_way_is_no_paraphrase(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason
