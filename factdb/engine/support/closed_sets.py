"""Closed sets of holders: the members of a set such as the causes of death (terrorism,
gun violence, cancer, war …), the sectors of an economy (agriculture, tourism …), the
space programmes (the Moon landings, the ISS …), buildings (a mosque, a palace …), sea
animals, drinks, who is at a school (teachers, pupils), who investigates (the local
police, the FBI), a film prize's categories, kinds of stored data or kinships by sex (a
father, a mother …), named in each language ([holder_sets] of each language's table). A
statement that gives its figure to one member where the quote names another member of the
same set, and none of the statement's, says whose figure it is wrongly: "el terrorismo ha
matado a decenas de miles" for "killed by gun violence, it's in the tens of thousands";
"Der Bau des Mondlandeprogramms kostete 150 Milliarden Dollar" for "国际空间站的造价高达
1500亿美元"; "a perdu son père et deux cousins" for "whose mother and two cousins were
killed"; "获奖啤酒" for "获奖的威士忌".

A quote that names no member is read as saying nothing either way: its holder is often
said on the page before it ("accounting for 15 percent of its gross domestic product"),
and a person reads the page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .results import Reading
from .rules import _base, rules_for
from .sentences import _has_cjk

#: A member's pattern and what a text must hold for it to match (`_word_key`): words whole,
#: word starts, Chinese or Japanese words.
_Member = tuple[re.Pattern[str], frozenset[str], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=64)
def _holder_sets(lang: str | None) -> dict[str, dict[str, _Member]] | None:
    """The language's closed sets ([holder_sets]): for each set, a pattern per member.
    A Latin-script word is matched whole and without case (with its case when written
    after "=": "=UN" is no French "un", "=WHO" no English "who"); one ending in "*" also
    with any letters after it ("Mondland*": "Mondlandeprogramms"); a Chinese or Japanese
    word anywhere. None when the language has no table."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") if rules is not None else None
    if not table:
        return None
    sets: dict[str, dict[str, _Member]] = {}
    for name, members in table.items():
        sets[name] = {}
        for member, words in members.items():
            if not words:
                continue
            keys = [_word_key(w) for w in words]
            sets[name][member] = (
                _member_pattern(words),
                frozenset(k for kind, k in keys if kind == "whole"),
                tuple(k for kind, k in keys if kind == "start"),
                tuple(k for kind, k in keys if kind == "cjk"),
            )
    return sets


#: A word, for `_member_gate`.
_WORD = re.compile(r"[^\W\d_]+")


def _word_key(w: str) -> tuple[str, str]:
    """What a text must hold for a member's word ``w`` to be named in it: ("whole", the
    longest run of letters the word holds whole, lower-cased: "at night": "night", "l'or":
    "or", "Herz-Kreislauf-Erkrankung*": "kreislauf"), or, when it holds none, ("start",
    the letters its first starred word opens with: "Mondland*", "Olympische* Spiele*"); or
    ("cjk", a Chinese or Japanese word)."""
    if _has_cjk(w):
        return "cjk", w
    parts = w.removeprefix("=").lower().split()
    # Each word's letters read whole: all of a word without "*", all but the last run of
    # letters of one with it ("herz", "kreislauf" of "herz-kreislauf-erkrankung*").
    held = [t for part in parts for t in _WORD.findall(part)[: -1 if part.endswith("*") else None]]
    if held:
        return "whole", max(held, key=len)
    token = _WORD.match(parts[0]) if parts else None
    return "start", token.group() if token is not None else ""


@lru_cache(maxsize=64)
def _member_gate(lang: str | None) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What a text must hold for a member of the language's closed sets to be named in
    it (`_word_key` of each of their words)."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") or {} if rules is not None else {}
    keys = [_word_key(w) for members in table.values() for ws in members.values() for w in ws]
    return (
        frozenset(k for kind, k in keys if kind == "whole"),
        tuple(sorted({k for kind, k in keys if kind == "start"})),
        tuple(k for kind, k in keys if kind == "cjk"),
    )


@lru_cache(maxsize=256)
def _tokens(text: str) -> frozenset[str]:
    """The runs of letters of `text`, lower-cased (`_word_key`'s words)."""
    return frozenset(_WORD.findall(text.lower()))


def _may_name_member(text: str, lang: str | None) -> bool:
    """Whether `text` may name a member of the language's closed sets (`_member_gate`):
    most statements name none, read with one pass over their words."""
    whole, starts, cjk = _member_gate(lang)
    if any(w in text for w in cjk):
        return True
    return any(t in whole or t.startswith(starts) for t in _tokens(text))


def _member_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """One member's words as a pattern (`_holder_sets`)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        if _has_cjk(word):
            parts.append(re.escape(word))
            continue
        core = r"\s+".join(
            re.escape(w.rstrip("*")) + (r"[^\W\d_]*" if w.endswith("*") else "")
            for w in word.removeprefix("=").split()
        )
        if word.startswith("="):
            # "=UN", "=WHO": with its case, never the French "un" nor the English "who".
            core = f"(?-i:{core})"
        parts.append(rf"(?<!\w){core}(?!\w)")
    return re.compile("|".join(parts), re.I)


@lru_cache(maxsize=64)
def _member_index(
    lang: str | None,
) -> tuple[
    dict[str, list[tuple[str, str]]], list[tuple[str, str, str]], list[tuple[str, str, str]]
]:
    """The language's members by what a text must hold for each (`_word_key`): a word
    whole -> its (set, member)s; and (start, set, member), (Chinese or Japanese word, set,
    member) lists."""
    whole: dict[str, list[tuple[str, str]]] = {}
    starts: list[tuple[str, str, str]] = []
    cjk: list[tuple[str, str, str]] = []
    for name, members in (_holder_sets(lang) or {}).items():
        for member, (_pattern, words, opens, chars) in members.items():
            for w in words:
                whole.setdefault(w, []).append((name, member))
            starts.extend((o, name, member) for o in opens)
            cjk.extend((c, name, member) for c in chars)
    return whole, starts, cjk


@lru_cache(maxsize=256)
def _named(text: str, lang: str | None) -> dict[str, dict[str, str]]:
    """The members of the language's closed sets that ``text`` names: set -> member ->
    the words naming it first. Only members whose words the text may hold (`_member_index`,
    read from its words once) are searched for."""
    sets = _holder_sets(lang) or {}
    whole, starts, cjk = _member_index(lang)
    tokens = _tokens(text)
    maybe = {pair for t in tokens for pair in whole.get(t, ())}
    maybe.update((n, m) for o, n, m in starts if any(t.startswith(o) for t in tokens))
    maybe.update((n, m) for c, n, m in cjk if c in text)
    found: dict[str, dict[str, str]] = {}
    # The table's order of sets and members, as a search of each in turn gives.
    for name, members in sets.items():
        for member, (pattern, *_keys) in members.items():
            if (name, member) not in maybe:
                continue
            hit = pattern.search(text)
            if hit is not None:
                found.setdefault(name, {})[member] = hit.group()
    return found


def _members(text: str, lang: str | None, name: str) -> dict[str, str] | None:
    """The members of the closed set ``name`` that ``text`` names, each with the words
    naming it first; None when its language has no such set."""
    sets = _holder_sets(_base(lang))
    if sets is None or name not in sets:
        return None
    return dict(_named(text, _base(lang)).get(name, {}))


def _other_member(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: Sequence[str | None],
) -> tuple[str, str, str] | None:
    """A closed set whose members the statement names where the quotes name only others
    of it (a quote whose language has no such set is passed over): (the set's name, the
    statement's words for its members, the quotes'), each joined by ", "; else None."""
    sets = _holder_sets(_base(statement_lang))
    if not sets or not _may_name_member(stated.text, _base(statement_lang)):
        return None
    for name in sets:
        mine = _members(stated.text, statement_lang, name)
        if not mine:
            continue
        theirs: dict[str, str] = {}
        for r, lang in zip(readings, langs, strict=False):
            theirs.update(_members(r.text, lang, name) or {})
        if theirs and not mine.keys() & theirs.keys():
            return name.replace("_", " "), ", ".join(mine.values()), ", ".join(theirs.values())
    return None
