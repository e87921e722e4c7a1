"""A month the quote names alone, without a preposition before it (issue-J):

- a month as a heading over a count of things, a blog's archive ("► December (5)",
  "► Juni (2)", "► mars (2)"): the month the things are of ([dates] month_only of en, de,
  fr, es, pt);
- in English, a month as the subject opening its sentence ("November marked the beginning
  of the season", "November saw ..."): the month the sentence is about.

Each with a misstated month that must fail, within and across languages; a lowercase "may"
stays a verb, and a count in brackets after a non-month word stays no date."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status", "fragment"),
    [
        # A blog's archive: the month over its count of posts.
        ("Five posts appeared in December.", "► December (5)", "en", "en", "pass", "December"),
        ("Five posts appeared in November.", "► December (5)", "en", "en", "fail", "November"),
        ("Im Juni gab es zwei Beiträge.", "► Juni (2)", "de", "de", "pass", "Juni"),
        ("Im Juli gab es zwei Beiträge.", "► Juni (2)", "de", "de", "fail", "Juli"),
        ("Deux billets ont paru en mars.", "► mars (2)", "fr", "fr", "pass", "mars"),
        ("Deux billets ont paru en avril.", "► mars (2)", "fr", "fr", "fail", "avril"),
        ("Se publicaron dos entradas en marzo.", "► marzo (2)", "es", "es", "pass", "marzo"),
        # Across languages, both ways.
        ("Im Dezember erschienen fünf Beiträge.", "► December (5)", "de", "en", "pass", ""),
        ("Cinq billets ont paru en novembre.", "► December (5)", "fr", "en", "fail", ""),
        ("Five posts appeared in December.", "► Dezember (5)", "en", "de", "pass", ""),
        ("Five posts appeared in November.", "► Dezember (5)", "en", "de", "fail", ""),
        ("Foram publicados dois posts em abril.", "► marzo (2)", "pt", "es", "fail", ""),
        # A month opening its sentence as the subject.
        (
            "It started in November.",
            "November marked the beginning of the season.",
            "en",
            "en",
            "pass",
            "November",
        ),
        (
            "It started in October.",
            "November marked the beginning of the season.",
            "en",
            "en",
            "fail",
            "October",
        ),
        (
            "Die Saison begann im November.",
            "November marked the beginning of the season.",
            "de",
            "en",
            "pass",
            "",
        ),
        (
            "La temporada empezó en octubre.",
            "The season ended. November saw the first strandings.",
            "es",
            "en",
            "fail",
            "",
        ),
    ],
)
def test_month_alone(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, fragment: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason
    assert fragment in got.reason


@pytest.mark.parametrize(
    ("statement", "quote"),
    [
        # A lowercase "may" is a verb, a count in brackets after it no archive.
        ("It was decided in May.", "Some may (2) have decided."),
        # A month's name in the middle of a sentence, with no preposition: still unread.
        ("It started in November.", "The report on November weather was late."),
    ],
)
def test_month_alone_stays_unread(statement: str, quote: str) -> None:
    got = claim_supported(statement, [quote], statement_lang="en", quote_lang="en")
    assert got.status == "unverified", got.reason


def test_archive_month_with_day_is_less_precise() -> None:
    got = claim_supported(
        "It was published on December 5.", ["► December (5)"], statement_lang="en", quote_lang="en"
    )
    assert got.status == "warn", got.reason
