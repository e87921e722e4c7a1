"""A quote's "one" before the word it counts is the figure 1 (issue-J):

- inside a sentence, lowercase, "one" before a word it counts ("each worker host has one
  controller process", "flipping one flag", "just one entry", "one standard deviation") is
  a count of one, as "a single" is (en.toml [numbers] one_count_not_after,
  one_count_not_before);
- not the pronoun or an idiom: "the one who", "no one", "one of", "one must", "one day", "at
  one point", nor "One" opening a sentence;
- in the quote only: a statement's "one" stays a word, since its figure would be held to
  the article of a quote in another language ("one technical expert" and "d'un expert").

Each with a misstated count that must fail, within and across languages."""

import pytest

from factdb.engine.support import claim_supported, read_values
from factdb.engine.support.numerals import _prepare
from factdb.engine.support.rules import rules_for

QUOTE_HOST = "Each worker host has one controller process responsible for polling tasks."
QUOTE_FLAG = "That's very easy as it's just flipping one flag!"
QUOTE_SD = "The range we defined is one standard deviation from the mean."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "status", "fragment"),
    [
        ("Every worker host runs a single controller process.", QUOTE_HOST, "en", "pass", ""),
        ("Each worker host runs two controller processes.", QUOTE_HOST, "en", "fail", "'1'"),
        ("Switching takes flipping two flags.", QUOTE_FLAG, "en", "fail", "'1'"),
        ("The range was set at 1 SD from the mean.", QUOTE_SD, "en", "pass", "'1'"),
        ("The range was two standard deviations from the mean.", QUOTE_SD, "en", "fail", "'2'"),
        # Across languages: the statement in German, French, Spanish, the quote in English.
        ("Jeder Worker-Host hat zwei Controller-Prozesse.", QUOTE_HOST, "de", "fail", "'1'"),
        ("Il suffit de basculer trois drapeaux.", QUOTE_FLAG, "fr", "fail", "'1'"),
        (
            "Cada proceso ejecutor está ligado a dos lambdas.",
            "Each executor process is bound to one lambda.",
            "es",
            "fail",
            "'1'",
        ),
        (
            "Das Intervall betrug 1 Standardabweichung vom Mittelwert.",
            QUOTE_SD,
            "de",
            "pass",
            "",
        ),
    ],
)
def test_quote_one_is_a_count(
    statement: str, quote: str, lang: str, status: str, fragment: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang="en")
    assert got.status == status, got.reason
    assert fragment in got.reason


@pytest.mark.parametrize(
    "text",
    [
        "She is the one who came first.",
        "No one knows the answer.",
        "It is one of the best.",
        "One must try harder.",
        "One day he left.",
        "At one point the server stopped.",
        "He chose this one instead.",
        "It was their number one hit.",
        "They helped one another daily.",
    ],
)
def test_pronoun_one_stays_a_word(text: str) -> None:
    rules = rules_for("en")
    assert rules is not None
    prepared = _prepare(text, rules, True)
    assert "one" in prepared.lower() and "1" not in prepared, prepared


def test_counted_one_in_the_quote_only() -> None:
    rules = rules_for("en")
    assert rules is not None
    assert _prepare(QUOTE_HOST, rules, True).startswith("Each worker host has 1 controller")
    assert "has one controller" in _prepare(QUOTE_HOST, rules, False)


def test_statement_one_stays_a_word() -> None:
    # The statement's "one" is not read: it would meet the French quote's article.
    assert read_values("The body will include one technical expert.", "en").values == []
    got = claim_supported(
        "The body will include six judges and one technical expert.",
        ["composée de six magistrats et d'un expert technique."],
        statement_lang="en",
        quote_lang="fr",
    )
    assert got.status == "pass", got.reason
