"""A statement's figure that is the number of a name the quote writes alike (issue-J):

"Integer 32" of a German, French, Spanish or Japanese statement, whose reader takes the
figure for a count, is the name "Integer 32" the English quote writes the same way and
reads as a name: nothing to compare (`names._name_repeated`), so the rest of the
statement is compared. Another number after the name ("Integer 33"), a figure the quote
reads as a value, or a name the quote does not write stay as before."""

import pytest

from factdb.engine.support import claim_supported

QUOTE = "Jake is the co-founder of Integer 32, the world's first Rust consultancy."


@pytest.mark.parametrize(
    ("statement", "lang", "status", "fragment"),
    [
        ("Integer 32 is the first Rust consultancy.", "en", "pass", "first"),
        ("Integer 32 ist die erste Rust-Beratung der Welt.", "de", "pass", "erste"),
        ("Integer 32 est le premier cabinet de conseil Rust au monde.", "fr", "pass", "premier"),
        ("Integer 32 es la primera consultora de Rust del mundo.", "es", "pass", "primera"),
        # The rank is still compared: a wrong one fails.
        ("Integer 32 ist die zweite Rust-Beratung der Welt.", "de", "fail", "first"),
        ("Integer 32 es la segunda consultora de Rust del mundo.", "es", "fail", "first"),
        # Another number after the name is no name the quote writes: unread as before.
        ("Integer 33 ist die erste Rust-Beratung der Welt.", "de", "unverified", "'33'"),
        # A figure of its own beside the name is still to be found in the quote.
        ("Integer 32 hat 12 Mitarbeiter.", "de", "unverified", "'12'"),
    ],
)
def test_name_written_alike(statement: str, lang: str, status: str, fragment: str) -> None:
    got = claim_supported(statement, [QUOTE], statement_lang=lang, quote_lang="en")
    assert got.status == status, got.reason
    assert fragment in got.reason


def test_figure_the_quote_reads_is_compared() -> None:
    # The German quote reads "Integer 32" as a count (its nouns are capitalized): compared.
    got = claim_supported(
        "Integer 33 ist die erste Rust-Beratung.",
        ["Integer 32 ist die erste Rust-Beratung."],
        statement_lang="de",
        quote_lang="de",
    )
    assert got.status != "pass", got.reason
