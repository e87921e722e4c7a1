""" "over" before a distance run names the race after more nouns of winning ([races]
after_words: "rush", "triumph", "podium"; holdout9's en-leichtathletik-h9-007): "A silver
rush over 800 metres" is the 800 metres race, not more than 800 metres. Another distance
still fails."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang="en", quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "quote", "quote_lang"),
    [
        ("A silver rush over 800 metres.", "Silberregen über 800 Meter", "de"),
        ("A triumph over 5,000 metres for the club.", "Triomphe du club sur 5000 mètres", "fr"),
        ("Two podiums over 400 metres.", "Dos podios en los 400 metros", "es"),
        ("A silver rush over 800 metres.", "A silver rush in the 800 metres", "en"),
    ],
)
def test_over_names_the_race(statement: str, quote: str, quote_lang: str) -> None:
    assert _status(statement, quote, quote_lang) == "pass"


@pytest.mark.parametrize(
    ("statement", "quote", "quote_lang"),
    [
        ("A silver rush over 800 metres.", "Silberregen über 1500 Meter", "de"),
        ("A triumph over 5,000 metres for the club.", "Triomphe du club sur 10 000 mètres", "fr"),
        ("Two podiums over 400 metres.", "Dos podios en los 200 metros", "es"),
        ("A silver rush over 800 metres.", "A silver rush in the 400 metres", "en"),
    ],
)
def test_another_race_still_fails(statement: str, quote: str, quote_lang: str) -> None:
    assert _status(statement, quote, quote_lang) == "fail"
