"""Classes of holdout33/holdout34 false passes where a figure matches but what it is said
of does not. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A currency word glued to the figure by a hyphen ("a 20-euro pass") names the
        # figure's currency as one written apart does: another currency fails.
        ("The museum sells a 20-euro day pass.", "The museum sells a $20 day pass.",
         "en", "en", "fail"),
        ("The museum sells a 20-dollar day pass.",
         "Das Museum verkauft eine Tageskarte für 20 Euro.", "en", "de", "fail"),
        ("Das Museum verkauft eine 20-Euro-Tageskarte.", "The museum sells a $20 day pass.",
         "de", "en", "fail"),
        ("Le musée vend un pass journée à 20 euros.",
         "The museum sells a 20-dollar day pass.", "fr", "en", "fail"),
        ("El museo vende un pase de 20 dólares.", "The museum sells a 20-euro day pass.",
         "es", "en", "fail"),
        ("美術館は20ドルの一日券を売っている。", "The museum sells a 20-euro day pass.",
         "ja", "en", "fail"),
        # The same currency, glued or apart, passes.
        ("The museum sells a 20-euro day pass.",
         "Das Museum verkauft eine Tageskarte für 20 Euro.", "en", "de", "pass"),
        ("Das Museum verkauft eine 20-Euro-Tageskarte.", "The museum sells a €20 day pass.",
         "de", "en", "pass"),
        ("Le musée vend un pass journée à 20 dollars.",
         "The museum sells a 20-dollar day pass.", "fr", "en", "pass"),
        ("El museo vende un pase de 20 euros.", "The museum sells a 20-euro day pass.",
         "es", "en", "pass"),
        ("美術館は20ユーロの一日券を売っている。", "The museum sells a 20-euro day pass.",
         "ja", "en", "pass"),
        ("The club raised a 5,000-dollar grant in 2019.",
         "In 2019 the club raised a $5,000 grant.", "en", "en", "pass"),
        # A weight or a count glued the same way is no currency.
        ("The 200-pound safe was stolen.", "The 200-pound safe was stolen.", "en", "en",
         "pass"),
        ("The club sold 5,000-seat tickets.", "The club sold 5,000-seat tickets.", "en",
         "en", "pass"),
    ],
)  # fmt: skip
def test_a_hyphenated_currency_is_read(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status
