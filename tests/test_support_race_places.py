"""A place in a race before "over" and a distance run names the race, not "more than".

"LG Nord took first place over 400m" (holdout46's en-leichtathletik-h46-078, against "Die 1.
Plätze der 400 Meter") was a false fail: "over 400m" was read as the comparator "more than
400 m". A place word ([races] after_words: "place", "spot", "won") or a digit ordinal (the text
reads "second" as "2nd") before "over" and a distance of a race is the race's name.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def _check(statement: str, quote: str, lang: str = "en", quote_lang: str = "en") -> tuple:
    s = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        # The race's distance, in the statement and in the quote: both compared as the race.
        ("LG Nord took first place over 400m in the women's races.",
         "Die 1. Plätze der 400 Meter gingen bei den Frauen zur LG Nord.", "en", "de", "pass"),
        ("She took second place over 800 metres.", "She finished second over 800 metres.",
         "en", "en", "pass"),
        ("Sie wurde Zweite über 800 Meter.", "She finished second over 800 metres.",
         "de", "en", "pass"),
        ("She won over 1500 metres.", "She won the 1500 metres.", "en", "en", "pass"),
        # A wrong place or a wrong race still fails.
        ("She was third over 400m.", "She finished second over 400m.", "en", "en", "fail"),
        ("She took second place over 800 metres.", "She finished 2nd over 1500 metres.",
         "en", "en", "fail"),
        # Not after a place: "over" keeps its meaning "more than".
        ("The tower rises over 400 m.", "The tower is 380 m tall.", "en", "en", "fail"),
    ],
)  # fmt: skip
def test_place_over_a_distance_names_the_race(statement, quote, lang, quote_lang, expected):
    status, reason = _check(statement, quote, lang, quote_lang)
    assert status == expected, reason


def test_the_race_is_not_read_as_a_comparator():
    status, reason = _check("She took second place over 800 metres.",
                            "She finished second over 800 metres.")  # fmt: skip
    assert status == "pass"
    assert "over" not in reason
