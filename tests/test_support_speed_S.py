"""Speed gates of issue S give what the scans they spare give: `_awards_in` searches only
the awards one of whose words the text holds, and must find what searching every award
finds; `_counted_nouns_at` tries only the words that can start where it looks, and must
match what the whole pattern matches there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdb.engine.support.awards import _award_patterns, _awards_in
from factdb.engine.support.roles import (
    _counted_false_friends,
    _counted_nouns_in,
    _counted_nouns_pattern,
    _false_friend,
)

PAIRS = Path(__file__).parent / "data" / "support" / "pairs.jsonl"


def _every_award(text: str) -> dict[str, str]:
    found = {}
    for name, pattern, _ in _award_patterns():
        m = pattern.search(text)
        if m is not None:
            found[name] = m.group().strip()
    return found


_TEXTS = [
    "She won the Oscar for best actress and two Golden Globes.",
    "Ganó el Óscar y el Premio Goya en 2020.",
    "ÓSCAR winner; the BAFTAs; SAG-AFTRA Awards; a Tony for Hamilton.",
    "Il a reçu la Palme d’Or et le Lion d'or, puis le Nobel.",
    "Sie gewann den Goldenen Bären und den Nobelpreisträger-Titel.",
    "他获得了金熊奖和奥斯卡最佳影片。アカデミー賞とノーベル賞。",
    "İstanbul's Oscar night; ſag awards; the Emmys",
    "No award is named here at all, 42 people.",
]


def _pair_texts() -> list[str]:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line]
    return [t for r in rows for t in (r["statement"], r["quote"])]


@pytest.mark.parametrize("text", _TEXTS)
def test_awards_in_finds_what_every_search_finds(text: str) -> None:
    assert _awards_in(text) == _every_award(text)


def test_awards_in_finds_what_every_search_finds_in_the_pairs() -> None:
    texts = _pair_texts()
    assert [_awards_in(t) for t in texts] == [_every_award(t) for t in texts]
    assert any(_awards_in(t) for t in texts)


def test_counted_nouns_found_in_the_pairs_as_a_full_scan_finds_them() -> None:
    pattern = _counted_nouns_pattern()
    assert pattern is not None
    friends = _counted_false_friends()
    for text in _pair_texts():
        found = [(m.span(), m.lastgroup) for m in _counted_nouns_in(text)]
        scanned = [
            (m.span(), m.lastgroup)
            for m in pattern.finditer(text)
            if not (friends and _false_friend(text, m, friends))
        ]
        assert found == scanned
