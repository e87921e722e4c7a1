"""`_counted_nouns_in` tries its pattern only where one of its words can start; it must find
exactly what scanning every position finds (the false-friend filter aside)."""

from __future__ import annotations

import pytest

from factdb.engine.support.roles import (
    _counted_false_friends,
    _counted_nouns_in,
    _counted_nouns_pattern,
    _false_friend,
)
from factdb.engine.support.rules import _load_toml
from factdb.engine.support.sentences import _has_cjk


def _scanned(text: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    pattern = _counted_nouns_pattern()
    assert pattern is not None
    friends = _counted_false_friends()
    return [
        (m.start(), m.end(), m.lastgroup)
        for m in pattern.finditer(text, lo, hi)
        if not (friends and _false_friend(text, m, friends))
    ]


def _words() -> list[str]:
    table = _load_toml("common")["counted_nouns"]
    return [w for words in table.values() for w in words]


def _texts() -> list[str]:
    words = _words()
    latin = [w for w in words if not _has_cjk(w)]
    cjk = [w for w in words if _has_cjk(w)]
    return [
        "Die Nein-Stimmen und 12 " + latin[0].upper() + " sowie " + latin[1].title(),
        " ".join(f"{n} {w}" for n, w in enumerate(latin[::7])),
        ", ".join(w.upper() for w in latin[3::11]),
        "".join(f"{n}{w}と" for n, w in enumerate(cjk[::3])),
        "Über " + " und ".join(latin[5::13]) + " – 稚内の" + "、".join(cjk[1::5]),
        "x" + latin[2] + " " + latin[2] + "s " + latin[4] + "-" + latin[6],
        "Kelvin sign K and long s ſ beside " + latin[8],
    ]


@pytest.mark.parametrize("text", _texts())
def test_counted_nouns_found_as_a_full_scan_finds_them(text: str) -> None:
    found = [(m.start(), m.end(), m.lastgroup) for m in _counted_nouns_in(text)]
    assert found == _scanned(text, 0, len(text))
    assert found  # every text holds at least one of the table's words
    lo, hi = len(text) // 4, 3 * len(text) // 4
    part = [(m.start(), m.end(), m.lastgroup) for m in _counted_nouns_in(text, lo, hi)]
    assert part == _scanned(text, lo, hi)


def test_a_text_without_their_words_finds_none() -> None:
    assert list(_counted_nouns_in("nothing here at all, 42")) == []
