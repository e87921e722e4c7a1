"""Speed steps of issue T give what the code they replace gave: `_may_hold` and
`_may_match` read each pattern's words once (kept by the pattern's id, the pattern beside
them) and lower a text once for the checks that read it in turn (`_lowered`); their
answers must be those of reading the words and lowering the text on every call."""

from __future__ import annotations

import json
import re
from pathlib import Path

from factdb.engine.support.numerals import _number_rewrites
from factdb.engine.support.patterns import (
    _DIGIT,
    _HOLD_GATES,
    _any_required_words,
    _holds_folded,
    _lazy,
    _lowered,
    _may_hold,
    _may_match,
    _needs_digit,
    _required_words,
)
from factdb.engine.support.polarity import _polarity_groups
from factdb.engine.support.roles import (
    _SWAPPED_KEYS,
    _acquire_res,
    _names_no_agent,
    _stated_agents,
)

PAIRS = Path(__file__).parent / "data" / "support" / "pairs.jsonl"
LANGS = ("en", "de", "es", "fr", "pt", "zh", "ja")
KEYS = ("verbs", "giving", "defeating", "attacking", "urging", "sanctioning")


def _pair_texts() -> list[str]:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line]
    return [t for r in rows for t in (r["statement"], r["quote"])]


def _patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for lang in LANGS:
        for key in KEYS:
            words = _acquire_res(lang, key)
            if words is not None:
                found += [p for p in (words.verbs, words.converse, words.nouns) if p is not None]
        found += [p for _, sides, _ in _polarity_groups(lang) for _, p in sides]
        found += [p for p, _ in _number_rewrites(lang)]
    return found


def _held_every_time(words: tuple[str, ...] | None, text: str) -> bool:
    """`_may_hold` as it read a pattern's words (`words`) and lowered the text each time."""
    if words is None or _holds_folded(text):
        return True
    return any(w in text.lower() for w in words)


def _matched_every_time(needs: tuple[bool, tuple[str, ...]], text: str) -> bool:
    """`_may_match` as it read a pattern's needs (`needs`) and lowered the text each time."""
    if needs[0] and _DIGIT.search(text) is None:
        return False
    if needs[1] and text.isascii():
        return all(w in text.lower() for w in needs[1])
    return True


def test_may_hold_and_may_match_answer_as_reading_every_time_in_the_pairs() -> None:
    patterns = _patterns()
    assert len(patterns) > 100
    texts = _pair_texts()[::4]  # a quarter of them: every language, a few seconds
    words = [_any_required_words(p.pattern, p.flags) for p in patterns]
    needs = [
        (_needs_digit(p.pattern, p.flags), _required_words(p.pattern, p.flags)) for p in patterns
    ]
    # Each text against every pattern, as the engine asks (one text after another), then
    # each pattern against every text (the texts alternating): the kept lowercase and
    # words must never answer for another text or pattern.
    held = [_may_hold(p, t) for t in texts for p in patterns]
    assert held == [_held_every_time(w, t) for t in texts for w in words]
    assert [_may_hold(p, t) for p, _ in zip(patterns, words, strict=True) for t in texts] == [
        _held_every_time(w, t) for w in words for t in texts
    ]
    assert [_may_match(p, t) for t in texts for p in patterns] == [
        _matched_every_time(n, t) for t in texts for n in needs
    ]
    assert any(held) and not all(held)


def test_lowered_answers_for_the_text_asked() -> None:
    a, b = "Google ACQUIRED DeepMind", "İstanbul ſold"
    assert _lowered(a) == a.lower()
    assert _lowered(b) == b.lower()
    assert _lowered(a) == a.lower()
    c = "".join(["Google ", "ACQUIRED DeepMind"])  # equal to a, another object
    assert _lowered(c) == a.lower()


def test_a_pattern_made_anew_is_read_anew() -> None:
    # Patterns made and dropped one after another may take one another's id: the table
    # keeps each pattern it has read, so that an id it holds is never another's.
    for word in ("acquired", "beaten", "donated", "gewann"):
        pattern = re.compile(rf"(?<!\w){word}(?!\w)", re.I)
        assert _may_hold(pattern, f"They {word.upper()} it")
        assert not _may_hold(pattern, "nothing of the kind")
        assert _HOLD_GATES[id(pattern)][0] is pattern
    lazy = _lazy(r"(?<!\w)(?:sold|bought)\s+\d+", re.I)
    assert _may_hold(lazy, "She SOLD 3 shares") and not _may_hold(lazy, "She kept 3 shares")
    assert _may_match(lazy, "She sold 3 shares") and not _may_match(lazy, "She sold shares")


_AGENT_TEXTS = [
    ("Google acquired DeepMind in 2014 for $500 million.", "en"),
    ("Cannon donated $500 to Yagan.", "en"),
    ("Chelsea were beaten by Arsenal in the 2017 final.", "en"),
    ("the killing of Trayvon Martin by George Zimmerman", "en"),
    ("Tite sagte, Lula habe ihm 2012 den Pokal gebracht.", "de"),
    ("DeepMind übernahm 2014 Google.", "de"),
    ("Lula llevó la copa a Tite en 2012.", "es"),
    ("谷歌在2014年收购了DeepMind。", "zh"),
    ("2014年にDeepMindがGoogleを買収した。", "ja"),
    ("The recycling rate is 25 percent.", "en"),
    ("İstanbul'da 3 kişi ſtarb", "de"),
]


def test_names_no_agent_only_where_no_key_reads_an_agent() -> None:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line]
    texts = [(r["statement"], r["lang"]) for r in rows] + _AGENT_TEXTS
    skipped = 0
    for text, lang in texts:
        if not _names_no_agent(text, lang):
            continue
        skipped += 1
        for key in _SWAPPED_KEYS:
            assert _stated_agents(text, lang, key) is None, (text, key)
    assert skipped > len(rows) // 2
    for text, lang in _AGENT_TEXTS[:9]:
        assert not _names_no_agent(text, lang), text
    assert _names_no_agent("The recycling rate is 25 percent.", "en")
    assert not _names_no_agent("İstanbul'da 3 kişi ſtarb", "de")  # "ſ": read as "s"
