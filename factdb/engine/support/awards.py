"""Awards a statement and a quote name: the names of prizes are the same, or nearly, in
every language ("Oscar", "Academy Award", "Óscar", "奥斯卡"), so a statement naming one
prize where the quote names another beside the figures both give says another prize."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from .patterns import _any_required_words, _holds_any, _holds_folded
from .rules import _load_toml
from .sentences import _has_cjk, _sentence

#: Where a quote's sentence ends: a period, a question or an exclamation mark before a
#: space, or a Chinese or Japanese one.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？]")


@lru_cache(maxsize=1)
def _award_patterns() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...]:
    """[award_names] of common.toml: each award with one pattern of its names, Latin-script
    ones whole, and the lowercase words of which each of its matches holds one
    (`_any_required_words`; None: no such words)."""
    table = _load_toml("common").get("award_names", {})
    out = []
    for name, forms in table.items():
        parts = [f if _has_cjk(f) else rf"(?<!\w)(?:{f})(?!\w)" for f in forms]
        pattern = re.compile("|".join(parts))
        out.append((name, pattern, _any_required_words(pattern.pattern, pattern.flags)))
    return tuple(out)


def _awards_in(text: str) -> dict[str, str]:
    """The awards `text` names ([award_names]): each with the words naming it first. An
    award none of whose words the text's lowercase holds is not searched for (`_may_hold`,
    the text lowered once for all of them): most texts name no award."""
    found: dict[str, str] = {}
    lowered = None if _holds_folded(text) else text.lower()
    for name, pattern, words in _award_patterns():
        if words is not None and lowered is not None and not _holds_any(lowered, words):
            continue
        m = pattern.search(text)
        if m is not None:
            found[name] = m.group().strip()
    return found


#: How many of the figures both give `_sentences_holding` looks for: each is a search of the
#: whole quote, so a statement of thousands of figures would make it quadratic.
_MAX_FIGURES = 32


def _sentences_holding(text: str, said: Iterable[str]) -> str:
    """The sentences of `text` that hold one of the words of `said` (its first
    `_MAX_FIGURES`), joined. A figure written otherwise than it is said ("quinto" read as
    "5º") is in the quote's one sentence when the quote holds only one."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    kept: list[str] = []
    for words in itertools.islice(said, _MAX_FIGURES):
        at = text.find(words) if words else -1
        if at < 0:
            if words and not any(end < len(text.rstrip()) for end in ends):
                return text
            continue
        lo, hi = _sentence(ends, at, at + 1)
        kept.append(text[int(lo) : int(min(hi, len(text)))])
    return " ".join(kept)


def _award_named_otherwise(
    statement: str, quote: str, figures: Iterable[str], every: str | None = None
) -> tuple[str, str] | None:
    """(the statement's award, the quote's) when the statement names an award
    ([award_names]) the quote (or `every` quote, when given) names nowhere, and a sentence
    of the quote holding one of the figures both give (`figures`, as the quote says them)
    names another: "l'Oscar du meilleur film en 26 ans" against "in the 26 year-history of
    the SAG awards". None otherwise."""
    mine = _awards_in(statement)
    if not mine:
        return None
    if set(mine) & set(_awards_in(quote if every is None else every)):
        return None
    theirs = _awards_in(_sentences_holding(quote, figures))
    if not theirs:
        return None
    return next(iter(mine.values())), next(iter(theirs.values()))
