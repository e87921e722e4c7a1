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


@lru_cache(maxsize=64)
def _holder_sets(lang: str | None) -> dict[str, dict[str, re.Pattern[str]]] | None:
    """The language's closed sets ([holder_sets]): for each set, a pattern per member.
    A Latin-script word is matched whole and without case (with its case when written
    after "=": "=UN" is no French "un", "=WHO" no English "who"); one ending in "*" also
    with any letters after it ("Mondland*": "Mondlandeprogramms"); a Chinese or Japanese
    word anywhere. None when the language has no table."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") if rules is not None else None
    if not table:
        return None
    sets: dict[str, dict[str, re.Pattern[str]]] = {}
    for name, members in table.items():
        sets[name] = {member: _member_pattern(words) for member, words in members.items() if words}
    return sets


#: A word, for `_member_gate`.
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _member_gate(lang: str | None) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What a text must hold for a member of the language's closed sets to be named in
    it: one of the first words of its Latin-script words, lower-cased (whole, or as the
    start of a word for a starred one), or one of its Chinese or Japanese words."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") or {} if rules is not None else {}
    words = [w for members in table.values() for ws in members.values() for w in ws]
    whole: set[str] = set()
    starts: set[str] = set()
    for w in words:
        first = w.removeprefix("=").split()[0].lower()
        token = _WORD.match(first)
        if _has_cjk(w) or token is None:
            continue
        # "Mondland*" opens a word; "Herz-Kreislauf-Erkrankung*" holds "herz" whole; "l'or"
        # holds "or" (its longest word, not the "l" of every French text).
        if first.endswith("*") and token.group() == first[:-1]:
            starts.add(token.group())
        elif first.endswith("*"):
            whole.add(token.group())
        else:
            whole.add(max(_WORD.findall(first), key=len))
    return frozenset(whole), tuple(sorted(starts)), tuple(w for w in words if _has_cjk(w))


def _may_name_member(text: str, lang: str | None) -> bool:
    """Whether `text` may name a member of the language's closed sets (`_member_gate`):
    most statements name none, read with one pass over their words."""
    whole, starts, cjk = _member_gate(lang)
    if any(w in text for w in cjk):
        return True
    return any(t in whole or t.startswith(starts) for t in _WORD.findall(text.lower()))


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


def _members(text: str, lang: str | None, name: str) -> dict[str, str] | None:
    """The members of the closed set ``name`` that ``text`` names, each with the words
    naming it first; None when its language has no such set."""
    sets = _holder_sets(_base(lang))
    if sets is None or name not in sets:
        return None
    found = {}
    for member, pattern in sets[name].items():
        m = pattern.search(text)
        if m is not None:
            found[member] = m.group()
    return found


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
