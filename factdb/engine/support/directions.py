"""Directions compared: rose/fell, superlatives and degrees, a level against a count,
wins, and the amount or start of a change."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .clauses import _CLAUSE_BREAK
from .modifiers import _DIRECTED, _change_role
from .negation import _SENTENCE_END
from .patterns import _DIGIT, _alt
from .results import Reading, Value, _close, _owner
from .rules import Rules, rules_for
from .sentences import _bounds, _sentence


def _maybe_won(s: Value, rules: Rules | None) -> bool:
    """Whether the value's direction word may mean "won", as it does before a count
    ("gagné 3 matchs"): a quantity that rises is a percentage, points, a unit, money."""
    return (
        rules is not None
        and (s.kind == "number" or s.label == "duration")  # "a gagné en 8 minutes": won in
        and (s.direction_text or "").lower() in rules.directions_or_won
    )


def _level_against_count(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: Sequence[str | None],
    statement_lang: str | None,
) -> str | None:
    """Why a figure one side adds or takes with a verb of a count ("closed 120 stores") is
    not the level the other side's change ends or starts at ("the count fell to 120"): the
    count is the change itself, so which figure is which a person reads. None when neither
    side says so."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    mine, theirs = rules_for(statement_lang), rules_for(lang)
    if _count_verb(s, mine) == _count_verb(q, theirs):
        return None  # both counts changed ("despedirá a 640" for "hire 640"), or neither
    if _count_verb(s, mine):
        role = _change_role(owner.text, q, lang, owner.directions)
        if role is not None:
            return f"{s.shown!r} is a count changed, the quote's {q.shown!r} where a change {role}s"
    if _count_verb(q, theirs):
        role = _change_role(stated.text, s, statement_lang, stated.directions)
        if role is not None:
            return f"the quote's {q.shown!r} is a count changed, {s.shown!r} where a change {role}s"
    return None


def _count_verb(s: Value, rules: Rules | None) -> bool:
    """Whether the value's direction is a verb of a count ("shed 100,000 jobs"), or a
    direction word governing a bare count as its object ([directions] count_verbs: "cut 120
    stores", "slashed 500 jobs", "added 300 staff")."""
    return rules is not None and (
        s.count_changed or (s.direction_text or "").lower() in rules.directions_count_only
    )


@lru_cache(maxsize=16)
def _degree_res(lang: str | None) -> dict[str, re.Pattern[str]]:
    """A superlative's degrees in the language ([polarity.degree] most and least: "le plus
    apprécié", "la más vista", "most loved"), a pattern for each; empty without them."""
    rules = rules_for(lang)
    table = rules.data.get("polarity", {}).get("degree", {}) if rules is not None else {}
    return {
        key: re.compile("|".join(f"(?:{w})" for w in table[key]), re.I)
        for key in ("most", "least")
        if table.get(key)
    }


def _superlative_degree(text: str, word: str | None, lang: str | None) -> str | None:
    """The degree ("most", "least") of the superlative that every use of the direction word
    `word` in `text` stands inside ("plus" in "le plus apprécié"; never "plus de 15 %" or
    "21 étapes de plus"); None when a use stands outside one, or inside both."""
    if not word:
        return None
    uses = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I))
    if not uses:
        return None
    found = None
    for key, pattern in _degree_res(lang).items():
        spans = [m.span() for m in pattern.finditer(text)]
        if all(any(a <= u.start() and u.end() <= b for a, b in spans) for u in uses):
            if found is not None:
                return None
            found = key
    return found


def _quote_degrees(readings: list[Reading], langs: list[str | None]) -> set[str]:
    """The superlative degrees ("most", "least") the quote's texts hold."""
    return {
        key
        for r, lang in zip(readings, langs, strict=False)
        for key, pattern in _degree_res(lang).items()
        if pattern.search(r.text)
    }


def _directions_for(
    q: Value, readings: list[Reading], directions: list[tuple[int, str, int]]
) -> list[tuple[int, str, int]]:
    """The quotes' `directions` that may be quote figure `q`'s own: all but those of its
    reading in another sentence than q's that holds another figure of q's kind, whose
    direction it is ("eine Wiederverwertung von 96 Prozent. … reduzieren den
    CO2-Fußabdruck um 40 Prozent": the reduction is the 40 percent's, none of the 96)."""
    owner = _owner(q, readings)
    if owner is None or not owner.directions:
        return directions
    bounds = _bounds(owner)
    here = _sentence(bounds, q.start, q.end)
    others = {
        _sentence(bounds, v.start, v.end)
        for v in owner.values
        if v is not q and v.kind == q.kind and not _close(v.value, q.value)
    }
    others.discard(here)
    if not others:
        return directions
    theirs = {id(d) for d in owner.directions}
    return [
        d
        for d in directions
        if id(d) not in theirs or _sentence(bounds, d[2], d[2] + len(d[1])) not in others
    ]


def _compare_direction(
    s: Value, q: Value, quote_directions: list[tuple[int, str, int]], verdict: str, note: str
) -> tuple[str, str]:
    if q.direction:
        if q.direction == s.direction:
            return verdict, note
        return "contradicted", f"{s.direction_text!r} against {q.direction_text!r}"
    same = [w for sg, w, _ in quote_directions if sg == s.direction]
    opposite = [w for sg, w, _ in quote_directions if sg == -s.direction]
    if same:
        return verdict, note
    if opposite:
        return "contradicted", f"{s.direction_text!r} against {opposite[0]!r}"
    return "missing", f"the quote gives no direction to compare with {s.direction_text!r}"


@lru_cache(maxsize=16)
def _change_amount_re(lang: str | None) -> re.Pattern[str] | None:
    """The language's [change_roles] by words ("by", "um") ending a text: what stands
    before a change's amount."""
    rules = rules_for(lang)
    words = rules.data.get("change_roles", {}).get("by", []) if rules is not None else []
    # A currency sign may stand between ("by $80 million": the figure starts at "80").
    return re.compile(rf"(?<!\w)(?:{_alt(words)})\s+[^\w\s]?$", re.I) if words else None


def _change_amount(text: str, v: Value, lang: str | None) -> bool:
    """Whether `v` is a change's amount ("rose by $80 million", "stieg um 80 Millionen"):
    a [change_roles] by word right before it, in a clause with a direction."""
    if v.kind not in _DIRECTED:
        return False
    by = _change_amount_re(lang)
    return by is not None and by.search(text, max(0, v.start - 12), v.start) is not None


@lru_cache(maxsize=32)
def _start_named_re(lang: str | None, key: str = "start_named") -> re.Pattern[str] | None:
    """The language's [change_roles] start_named words ("old", "previous", "alte"), whole
    (not "year-old"), or with `key` "end_named" those naming where a change ends ("new",
    "neue"; lowercase only: not "New Zealand"); None without them."""
    rules = rules_for(lang)
    words = rules.data.get("change_roles", {}).get(key, []) if rules else []
    if not words:
        return None
    flags = re.I if key == "start_named" else 0
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", flags)


def _start_named(text: str, v: Value, lang: str | None, key: str = "start_named") -> str | None:
    """The word naming figure `v` as where a change starts, before it in its clause with no
    figure between ([change_roles] start_named: "The old 'very low' to 'very high' settings
    spanned a factor of 6", "das alte Limit lag bei 5"), or with `key` "end_named" where it
    ends ("Spain's new marrying age is 16"); None without one."""
    pattern = _start_named_re(lang, key)
    if pattern is None:
        return None
    lo = max(0, v.start - _START_NAMED_REACH)
    for m in _CLAUSE_BREAK.finditer(text, lo, v.start):
        lo = m.end()
    for m in _SENTENCE_END.finditer(text, lo, v.start):
        lo = m.end()
    found = pattern.search(text, lo, v.start)
    if found is None or _DIGIT.search(text, found.end(), v.start):
        return None
    return found.group()


#: How far (in characters) before its figure `_start_named` looks for its word.
_START_NAMED_REACH = 64


def _verb(singular: str, src: str) -> str:
    """The verb agreeing with "the quote" or "the quotes".

    >>> _verb("says", "the quote"), _verb("says", "the quotes"), _verb("has", "the quotes")
    ('says', 'say', 'have')
    """
    if src == "the quote":
        return singular
    return "have" if singular == "has" else singular[:-1]


def _change_as_share(
    s: Value, quoted: Sequence[Value], readings: list[Reading], langs: Sequence[str | None]
) -> tuple[Value, Value] | None:
    """A statement's factor of change ("halved", "doubled", "halbiert" of [multipliers]
    change_words) as the share it changes by (a half fewer: 50 %; twice as many: 100 %
    more), with the quote's change of a share said the same way ("fell by half", "rose
    100 %"; a figure a change ends at, "fell to 50 %", or a bound it passes, "increased
    beyond 3.67 percent", is none), where the quote has no factor: (the statement's figure
    as that share, the quote's). None otherwise."""
    if s.kind != "multiplier" or s.value <= 0 or _close(s.value, 1.0):
        return None
    if any(q.kind == "multiplier" for q in quoted):
        return None
    up = s.value > 1
    for q in quoted:
        if q.kind != "percent" or not q.direction or (q.direction > 0) != up:
            continue
        if q.threshold or q.hedge not in (None, "about", "nearly"):
            continue  # "increased beyond 3.67 percent": a level passed, no share of change
        owner = _owner(q, readings)
        if owner is None:
            continue
        lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
        if _change_role(owner.text, q, lang, owner.directions) is not None:
            continue  # "fell to 50 %": where the change ends, not by how much
        share = (s.value - 1.0 if up else 1.0 - s.value) * 100.0
        return replace(
            s, kind="percent", value=share, precision=0.0, dim=q.dim, direction=q.direction
        ), q
    return None
