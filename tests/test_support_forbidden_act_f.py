"""Across languages, a prohibition in the sentence of a compared figure, in a clause
coordinated with the figure's ("She was fined in 2011 and was then banned from owning a
rifle"), agrees with the other side's negation when the words right after each say one
act by their [event_meanings] (holdout35's fr-nbcnews-h35-003: "n'avait pas le droit de
posséder une arme" for "was legally barred from possessing a firearm"). A negation of
another act still fails, and a permission still contradicts the prohibition."""

import pytest

from factdb.engine.support import claim_supported

QUOTE = "She was fined in 2011 and was then banned from owning a rifle for ten years."


def _status(statement: str, quote: str, lang: str, quote_lang: str = "en") -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Verurteilt 2011, durfte sie keine Waffe besitzen.", "de"),
        ("Multada en 2011, no podía tener un arma.", "es"),
        ("Multada em 2011, não podia ter uma arma.", "pt"),
        ("Condamnée à une amende en 2011, elle n'avait pas le droit de détenir une arme.", "fr"),
    ],
)
def test_a_negation_of_the_forbidden_act_agrees(statement: str, lang: str) -> None:
    assert _status(statement, QUOTE, lang) == "pass"


def test_the_same_in_english_against_german() -> None:
    quote = "Sie wurde 2011 verurteilt und durfte danach zehn Jahre lang keine Waffe besitzen."
    assert (
        _status("Convicted in 2011, she was barred from owning a gun.", quote, "en", "de") == "pass"
    )


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Verurteilt 2011, durfte sie nicht wählen.", "de"),
        ("Multada en 2011, no pagó la multa.", "es"),
        ("Condamnée à une amende en 2011, elle avait le droit de détenir une arme.", "fr"),
    ],
)
def test_another_act_or_a_permission_still_fails(statement: str, lang: str) -> None:
    assert _status(statement, QUOTE, lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "quote", "expected"),
    [
        # "had the right to" is a permission ([negation] permissions): against a ban it
        # contradicts; negated, it agrees; against another permission it agrees.
        (
            "In 2010, he had the right to own a gun.",
            "In 2010 he was banned from owning a gun.",
            "fail",
        ),
        (
            "He did not have the right to vote in 2010.",
            "In 2010 he was barred from voting.",
            "pass",
        ),
        ("She has the right to 30 days of leave.", "She is entitled to 30 days of leave.", "pass"),
    ],
)
def test_having_the_right_to_is_a_permission(statement: str, quote: str, expected: str) -> None:
    assert _status(statement, quote, "en", "en") == expected
