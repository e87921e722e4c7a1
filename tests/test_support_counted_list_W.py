"""A counted noun the quote gives another figure, in a list, across languages (issue-W).

In a quote that lists counts of nouns ("deux députés et quatre sénateurs"), the one word
tying the statement's figure to another figure is the noun both count, right after each,
while the quote's figure equal to the statement's counts a noun of its own: the quote
gives the statement's counted thing another figure, and the statement's is contradicted.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

QUOTE_FR = "Le conseil compte deux députés et quatre sénateurs."
QUOTE_EN = "The council has two deputies and four senators."
QUOTE_DE = "Der Rat hat zwei Abgeordnete und vier Senatoren."


@pytest.mark.parametrize(
    ("statement", "quote", "langs", "status", "fragment"),
    [
        # The statement's noun is the quote's noun of another figure: contradicted.
        ("The council has two senators.", QUOTE_FR, ("en", "fr"), "fail", "goes with '4'"),
        ("Le conseil compte deux sénateurs.", QUOTE_EN, ("fr", "en"), "fail", "goes with '4'"),
        ("The council has two senators.", QUOTE_DE, ("en", "de"), "fail", "goes with '4'"),
        ("Le conseil compte deux sénateurs.", QUOTE_DE, ("fr", "de"), "fail", "goes with '4'"),
        ("Der Rat hat zwei Senatoren.", QUOTE_FR, ("de", "fr"), "fail", "goes with '4'"),
        ("El consejo tiene dos senadores.", QUOTE_EN, ("es", "en"), "fail", ""),
        (
            "The zoo has 12 elephants.",
            "Le zoo compte 12 girafes et 5 éléphants.",
            ("en", "fr"),
            "fail",
            "goes with '5'",
        ),
        (
            "Le zoo compte 12 éléphants.",
            "The zoo has 12 giraffes and 5 elephants.",
            ("fr", "en"),
            "fail",
            "goes with '5'",
        ),
        (
            "The committee has six senators.",
            "Le comité compte six membres, dont trois sénateurs.",
            ("en", "fr"),
            "fail",
            "goes with '3'",
        ),
        # The figure the noun goes with is the statement's: verified.
        ("Le conseil compte quatre sénateurs.", QUOTE_EN, ("fr", "en"), "pass", ""),
        ("The council has four senators.", QUOTE_FR, ("en", "fr"), "pass", ""),
        ("El consejo tiene cuatro senadores.", QUOTE_EN, ("es", "en"), "pass", ""),
        (
            "El zoo tiene 5 elefantes.",
            "The zoo has 12 giraffes and 5 elephants.",
            ("es", "en"),
            "pass",
            "",
        ),
    ],
)
def test_a_counted_noun_given_another_figure_in_a_list(
    statement: str, quote: str, langs: tuple[str, str], status: str, fragment: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=langs[0], quote_lang=langs[1])
    assert result.status == status, result.reason
    assert fragment in result.reason
