"""A name's figure in a gapped coordination across languages: "Jones 51" after "Smith won
49 seats" counts seats; a statement giving Jones 51 votes ("voix", "Stimmen", "votos")
counts another kind ([tallies] votes, seats) and is not passed; the same kind passes.
Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # Votes for the quote's seats, across languages: not passed.
        ("fr", "Okafor a obtenu 37 voix.",
         "Lindqvist won 28 seats and Okafor 37.", "en", "unverified"),
        ("de", "Okafor erhielt 37 Stimmen.",
         "Lindqvist won 28 seats and Okafor 37.", "en", "unverified"),
        ("es", "Okafor obtuvo 37 votos.",
         "Lindqvist won 28 seats and Okafor 37.", "en", "unverified"),
        ("en", "Okafor received 37 votes.",
         "Lindqvist a obtenu 28 sièges et Okafor 37.", "fr", "unverified"),
        ("en", "Okafor won 37 seats.",
         "Lindqvist erhielt 28 Stimmen, Okafor 37.", "de", "unverified"),
        # The same kind: pass.
        ("fr", "Okafor a obtenu 37 sièges.",
         "Lindqvist won 28 seats and Okafor 37.", "en", "pass"),
        ("de", "Okafor erhielt 37 Sitze.",
         "Lindqvist won 28 seats and Okafor 37.", "en", "pass"),
        ("en", "Okafor won 37 seats.",
         "Lindqvist a obtenu 28 sièges et Okafor 37.", "fr", "pass"),
        ("es", "Okafor obtuvo 37 votos.",
         "Lindqvist erhielt 28 Stimmen, Okafor 37.", "de", "pass"),
    ],
)  # fmt: skip
def test_a_gapped_figure_counts_its_lead_noun_across_languages(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
