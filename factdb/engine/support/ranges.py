"""Ranges: a range's start or end said as a figure of its own, turned ranges, "between"
ranges, and universal bounds."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .clauses import _data_patterns
from .names import _RANGE_LINK
from .negation import _SENTENCE_END
from .parts import _counted_whole_res
from .patterns import _alt
from .results import Reading, Value, _family, _owner
from .rules import _base, _load_toml, rules_for
from .sentences import _has_cjk
from .values import _compare


@lru_cache(maxsize=64)
def _range_start_res(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A language's words that say where a range or span starts ([range_start]): those
    before a figure, a few words apart at most ("began in", "start at $"), and those right
    after it ("2011年起")."""
    rules = rules_for(lang)
    words = rules.data.get("range_start", {}) if rules is not None else {}
    before, after = words.get("before") or [], words.get("after") or []
    lead = "" if _base(lang) in ("zh", "ja") else r"(?<!\w)"
    return (
        re.compile(rf"{lead}(?:{_alt(before)})(?:\s+[^\W\d_]+){{0,2}}\s*[^\w\s]{{0,2}}\s*$", re.I)
        if before
        else None,
        re.compile(rf"\s*(?:{_alt(after)})", re.I) if after else None,
    )


def _range_start_top(
    stated: Reading, s: Value, q: Value, readings: list[Reading], lang: str | None
) -> Value | None:
    """The lower end of the quote's range when the statement says its figure starts it
    and `q` is the range's top ("rates start at $2,400" for "from $500 to $2,400", "began
    in September 2014" for "2011年9月至2014年9月"): the figure to compare instead. A date
    the quote bounds right after another ("von März 2009 bis Juni 2013") is a span's end."""
    if not q.range_top and q.hedge != "by":
        return None
    before, after = _range_start_res(lang)
    text = stated.text
    lo = max([s.start - 40, *(v.end for v in stated.values if v.end <= s.start)])
    said = (before is not None and before.search(text, max(0, lo), s.start) is not None) or (
        after is not None and after.match(text, s.end, s.end + 8) is not None
    )
    owner = _owner(q, readings) if said else None
    if owner is None:
        return None
    # The range's lower end is the figure right before its top (`_read` set `range_top`);
    # a bare one ("von 35 bis 120 Dollar") counts what the top counts.
    low = max(
        (v for v in owner.values if v.end <= q.start and v.start >= q.start - 60),
        key=lambda v: v.end,
        default=None,
    )
    if (
        low is not None
        and not q.range_top
        and (low.hedge is not None or low.kind not in ("date", "year") or q.start - low.end > 8)
    ):
        return None  # "bis Juni 2013" with no date right before it is a deadline
    if low is not None and low.kind == "number" and q.kind != "number":
        low = replace(low, kind=q.kind, dim=q.dim, unit=q.unit, factor=q.factor)
    return low


#: How far before a statement's figure a word naming one end of a range is read ("the
#: most expensive suites cost $500"), and after it in Chinese and Japanese ("500元起").
_RANGE_END_WORD_REACH = (60, 4)


def _range_end_named(
    stated: Reading, s: Value, q: Value, readings: list[Reading], lang: str | None
) -> Value | None:
    """The other end of the quote's range that `q` ends, when the statement names the end
    its figure is ([counted_whole] range_high_words, range_low_words) before it in its
    sentence (after it in Chinese and Japanese) and `q` is the range's other end: "The most
    expensive suites cost $500" for "rates range from $500 to $2,400" (the top is $2,400),
    "the cheapest rooms cost $2,400" (the low end is $500). `_read` marks a range's top
    (`range_top`), the figure right after its low end. None otherwise."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    at = next(i for i, v in enumerate(owner.values) if v is q)
    if q.range_top and at > 0:
        other, name = owner.values[at - 1], "range_low_words"
    elif at + 1 < len(owner.values) and owner.values[at + 1].range_top:
        other, name = owner.values[at + 1], "range_high_words"
    else:
        return None
    if q.direction or other.direction:
        return None  # a change from one figure to another ("raises the age from 14 to 16")
    mine = next((i for i, v in enumerate(stated.values) if v is s), None)
    if (
        mine is None
        or s.range_top
        or (mine + 1 < len(stated.values) and stated.values[mine + 1].range_top)
    ):
        return None  # the statement gives a range of its own ("2012年から2013年まで")
    if any(
        v is not s and _compare(v, other, None)[0] == "match" for v in stated.values
    ) and not _range_ends_crossed(stated, s, other, name, lang):
        return None  # the statement gives the other end too ("to 16 from 14")
    named = _counted_whole_res(lang).get(name)
    if named is None:
        return None
    text = stated.text
    lo = max(
        [
            0,
            s.start - _RANGE_END_WORD_REACH[0],
            *(v.end for v in stated.values if v.end <= s.start),
            *(m.end() for m in _SENTENCE_END.finditer(text, 0, s.start)),
        ]
    )
    rules = rules_for(lang)
    before = named.search(text, lo, s.start)
    if (
        before is not None
        and any(v.end == lo for v in stated.values)
        and not (text[lo : before.start()] + text[before.end() : s.start]).strip()
    ):
        return None  # the word joins the statement's own range ("2012年から2013年まで")
    said = before is not None or (
        rules is not None
        and rules.cjk
        and named.match(text, s.end, s.end + _RANGE_END_WORD_REACH[1]) is not None
    )
    if not said:
        return None
    if other.kind == "number" and q.kind != "number":
        other = replace(other, kind=q.kind, dim=q.dim, unit=q.unit, factor=q.factor)
    return other


def _range_turned(
    stated: Reading, s: Value, q: Value, readings: list[Reading], published: date | None
) -> Value | None:
    """The low end of the quote's range topped by `q` when the statement's figure `s`
    opens a span of its own ("from 600% to 17%", a range link between them) that ends at a
    smaller figure agreeing with that low end; None otherwise (a change with a direction is
    judged by its direction)."""
    at = next((i for i, v in enumerate(stated.values) if v is s), None)
    if at is None or at + 1 >= len(stated.values) or s.direction:
        return None
    end = stated.values[at + 1]
    if end.value >= s.value or end.direction or end.hedge is not None:
        return None
    if _RANGE_LINK.fullmatch(stated.text, s.end, end.start) is None:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    k = next(i for i, v in enumerate(owner.values) if v is q)
    if k == 0 or owner.values[k - 1].direction or q.direction:
        return None
    low = owner.values[k - 1]
    return low if _compare(end, low, published)[0] == "match" else None


#: Bounds from above and from below, for a range's other end (`_range_end_beyond`).
_UPPER_BOUNDS = frozenset({"at_most", "up_to", "less_than", "maximum"})


_LOWER_BOUNDS = frozenset({"at_least", "more_than"})


def _range_end_beyond(
    s: Value, q: Value, readings: list[Reading], stated: Reading, lang: str | None
) -> Value | None:
    """The other end of the quote's range that `q` ends, when the statement's bound `s`
    is judged by `q`, or None: "No room costs more than $500" (at most 500) met by the low
    end of "range from $500 to $2,400" is judged by its top too; "at least $2,000" met by
    the top, by its low end. `_read` marks a range's top (`range_top`). A statement that
    names the end its bound is of ("the cheapest rooms cost less than $600", "the priciest
    suite costs over $2,000", [counted_whole] range_low_words, range_high_words) is not."""
    upper = s.hedge in _UPPER_BOUNDS
    if not upper and s.hedge not in _LOWER_BOUNDS:
        return None
    named = _counted_whole_res(lang).get("range_low_words" if upper else "range_high_words")
    if named is not None and named.search(stated.text) is not None:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    values = owner.values
    at = next((i for i, v in enumerate(values) if v is q), None)
    if at is None:
        return None
    if upper:
        other = values[at + 1] if at + 1 < len(values) else None
    else:
        other = values[at - 1] if at else None
    if other is None:
        return None
    low, top = (q, other) if upper else (other, q)
    if top.start - low.end > _RANGE_END_GAP:
        return None
    if not top.range_top and not _between_range(owner.text, low, top):
        return None
    if upper and q.range_top:
        return None
    if _family(low) != _family(top):
        if low.kind != "number":
            return None
        if other is low:
            # "zwischen 500 und 2.400 Euro": the bare low end counts what the top counts.
            return replace(low, kind=top.kind, dim=top.dim, unit=top.unit, factor=top.factor)
    return other


#: How far apart the two ends of a range stand: "$500 to $2,400", "de 500 à 2 400 euros".
_RANGE_END_GAP = 16


@lru_cache(maxsize=1)
def _between_range_res() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words of a range said by "between" and "and" ([between_range] opening, link)."""
    words = _load_toml("common").get("between_range", {})
    if not words.get("opening") or not words.get("link"):
        return None
    return (
        re.compile(rf"(?<!\w)(?:{_alt(words['opening'])})\s+\W?\s*$", re.I),
        re.compile(rf"\s*(?:{_alt(words['link'])})\s+\W?\s*", re.I),
    )


def _between_range(text: str, low: Value, top: Value) -> bool:
    """Whether `low` and `top` are the two ends of a range said by "between … and …"
    ("zwischen 500 und 2.400 Euro"), the low end the smaller."""
    res = _between_range_res()
    if res is None or not low.value < top.value:
        return False
    opening, link = res
    at = low.start
    if low.hedge_span is not None and low.hedge_span[0] < low.start:
        at = low.hedge_span[0]  # "between about 300 and 1,900"
    return (
        opening.search(text, max(0, at - 16), at) is not None
        and link.fullmatch(text, low.end, top.start) is not None
    )


def _universal_bound(s: Value, lang: str | None) -> bool:
    """Whether the statement's bound `s` is said of every one of what it bounds: a negation
    determining the subject before the comparator ("No room costs less than", "Kein Zimmer
    kostet weniger als", [negation] determiners), which `_negated_comparators` turned."""
    if not (s.hedge_text or "").endswith("\x00"):
        return False
    determiner = _data_patterns(lang, "negation", "determiners", re.I)
    return determiner is not None and determiner.match(s.hedge_text or "") is not None


def _range_end_word(text: str, values: list[Value], v: Value, named: re.Pattern[str]) -> bool:
    """Whether a word of ``named`` ([counted_whole] range_low_words, range_high_words) names
    the end of a range figure `v` of ``values`` is: before it in its sentence, after the
    figure before it ("the dearest $500"), or right after it in Chinese and Japanese
    ("500元起")."""
    lo = max(
        [
            0,
            v.start - _RANGE_END_WORD_REACH[0],
            *(w.end for w in values if w.end <= v.start),
            *(m.end() for m in _SENTENCE_END.finditer(text, 0, v.start)),
        ]
    )
    if named.search(text, lo, v.start) is not None:
        return True
    return _has_cjk(text) and named.match(text, v.end, v.end + _RANGE_END_WORD_REACH[1]) is not None


def _range_ends_crossed(
    stated: Reading, s: Value, other: Value, name: str, lang: str | None
) -> bool:
    """Whether the statement gives both ends of the quote's range, each named as the other
    end ("the cheapest room costs $2,400 and the dearest $500" for "range from $500 to
    $2,400"): the statement's figure agreeing with `other` (the end `s` is not) is named by
    the words of the end opposite ``name``."""
    words = _counted_whole_res(lang)
    opposite = words.get("range_high_words" if name == "range_low_words" else "range_low_words")
    if opposite is None:
        return False
    return any(
        v is not s
        and _compare(v, other, None)[0] == "match"
        and _range_end_word(stated.text, stated.values, v, opposite)
        for v in stated.values
    )
