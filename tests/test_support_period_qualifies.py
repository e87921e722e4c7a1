"""A century or decade used as an adjective qualifies the noun after it: "a 19th-century
palace" dates the palace, and a statement that gives the century to another thing the quote
names ("its 19th-century mosaics" for "… famous for its Roman mosaics") is wrong. Read where
the noun follows the period, as in English; the right pairing still passes."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

QUOTE = (
    "Set in an 18th-century farmhouse, the inn is known for its Flemish tapestries "
    "and its 1920s jazz records."
)


def _result(statement: str, quote: str = QUOTE) -> tuple[str, str]:
    r = claim_supported(statement, [quote], None, statement_lang="en", quote_lang="en")
    return r.status, r.reason


@pytest.mark.parametrize(
    "statement",
    [
        "The inn is known for its 18th-century tapestries.",
        "The inn is set in a 1920s farmhouse.",
    ],
)
def test_a_period_given_to_another_noun_of_the_quote_fails(statement: str) -> None:
    status, reason = _result(statement)
    assert status == "fail", reason
    assert "qualifies" in reason


@pytest.mark.parametrize(
    ("statement", "quote"),
    [
        ("The inn is set in an 18th-century farmhouse.", QUOTE),
        ("The inn is known for its 1920s jazz records.", QUOTE),
        # The noun named within the few words after the period is still its noun.
        (
            "The inn is set in an 18th-century farmhouse.",
            "Set in an 18th-century Flemish farmhouse, the inn is known for its tapestries.",
        ),
        # A noun the quote does not name elsewhere is left to the other checks.
        ("The inn is set in an 18th-century building.", QUOTE),
    ],
)
def test_the_period_s_own_noun_passes(statement: str, quote: str) -> None:
    status, reason = _result(statement, quote)
    assert status == "pass", reason
