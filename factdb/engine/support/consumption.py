"""What is drunk or eaten: the object of a verb of drinking or eating ([consume_verbs] of
each language) that a statement and a quote both name among the [consumed_apart] meanings
of [counted_nouns], compared across languages too ("drank whisky" is no "喝下一些伏特加")."""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import _alt, _may_hold
from .roles import _counted_nouns_in
from .rules import _load_toml, rules_for
from .sentences import _has_cjk

#: How many characters before and after a verb of drinking or eating its object may stand
#: ("drank some whisky", "Whisky tranken", "ウォッカを飲んだ").
_OBJECT_BEFORE = 24
_OBJECT_AFTER = 40


@lru_cache(maxsize=16)
def _consume_verbs(lang: str | None) -> re.Pattern[str] | None:
    """A language's [consume_verbs] as one pattern: Latin-script words whole, without case,
    Chinese and Japanese ones anywhere."""
    rules = rules_for(lang)
    words = rules.data.get("consume_verbs", {}).get("words", []) if rules is not None else []
    if not words:
        return None
    latin = sorted((w for w in words if not _has_cjk(w)), key=len, reverse=True)
    cjk = sorted((w for w in words if _has_cjk(w)), key=len, reverse=True)
    parts = [rf"(?<!\w)(?:{_alt(latin)})(?!\w)"] if latin else []
    parts += [_alt(cjk)] if cjk else []
    return re.compile("|".join(parts), re.I)


@lru_cache(maxsize=1)
def _consumed_groups() -> tuple[frozenset[str], ...]:
    """[consumed_apart] of common.toml: groups of meanings drunk or eaten, no thing of two."""
    groups = _load_toml("common").get("consumed_apart", {}).get("groups", [])
    return tuple(frozenset(g) for g in groups)


def _consumed(text: str, lang: str | None) -> dict[str, str]:
    """The [consumed_apart] meanings `text` names beside a verb of drinking or eating: each
    with its word."""
    verbs = _consume_verbs(lang)
    if verbs is None or not _may_hold(verbs, text):
        return {}  # most texts hold none of the words each verb's match holds one of
    kinds = frozenset().union(*_consumed_groups())
    found: dict[str, str] = {}
    for verb in verbs.finditer(text):
        lo, hi = max(0, verb.start() - _OBJECT_BEFORE), min(len(text), verb.end() + _OBJECT_AFTER)
        for m in _counted_nouns_in(text, lo, hi):
            if m.lastgroup in kinds:
                found.setdefault(m.lastgroup, m.group())
    return found


def _named(text: str) -> set[str]:
    """The [consumed_apart] meanings `text` names anywhere."""
    kinds = frozenset().union(*_consumed_groups())
    return {m.lastgroup for m in _counted_nouns_in(text) if m.lastgroup in kinds}


def _consumed_otherwise(
    statement: str,
    statement_lang: str | None,
    quote: str,
    quote_lang: str | None,
    every: str | None = None,
) -> tuple[str, str] | None:
    """(the statement's word, the quote's) when the statement says one thing is drunk or
    eaten and the quote another of its [consumed_apart] group, naming none of the
    statement's anywhere (nor `every` quote, when given): "drank whisky" against
    "喝下一些伏特加". None otherwise."""
    mine = _consumed(statement, statement_lang)
    if not mine:
        return None
    theirs = _consumed(quote, quote_lang)
    if not theirs or set(mine) & _named(quote if every is None else every):
        return None
    for group in _consumed_groups():
        said = [k for k in mine if k in group]
        told = [k for k in theirs if k in group]
        if said and told:
            return mine[said[0]], theirs[told[0]]
    return None
