"""Contrasts: partitives, contrasted pairs ("rather than", "not … but"), denied sides and
changes said of one side of a contrast."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .negation import _END, _SENTENCE_END, _START
from .patterns import _alt, _holds_any, _lazy
from .results import Reading, Value
from .rules import rules_for
from .sentences import _has_cjk


def _ends_outside(
    text: str, values: list[Value], pattern: re.Pattern[str] | None = None
) -> list[int]:
    """The ends of `pattern`'s matches (sentence ends by default) that start outside every
    one of `values` ("den 2. Platz" ends no sentence), in order."""
    mask = _figure_mask(values, len(text))
    found = (pattern or _SENTENCE_END).finditer(text)
    return [m.end() for m in found if not mask[m.start()]]


def _figure_mask(values: list[Value], length: int) -> bytearray:
    """A byte per position of a text of `length` characters (and one past it): 1 where the
    position falls inside one of `values` ("den 2. Platz" ends no sentence), for a look
    per position instead of a scan of the values."""
    mask = bytearray(length + 1)
    for v in values:
        if v.end > v.start:
            mask[v.start : v.end] = b"\x01" * (v.end - v.start)
    return mask


@lru_cache(maxsize=64)
def _partitive_words(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's words that make a figure a part of a count said before it ("20 of
    them", "dont 20", "其中20", [partitive] in its data): (after the figure, before it)."""
    rules = rules_for(lang)
    words = rules.data.get("partitive", {}) if rules is not None else {}
    cjk = rules is not None and rules.cjk
    left, right = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    gap = r"[ \u00a0\u202f]*"
    after = (
        re.compile(rf"{gap}(?:{_alt(words['after'])}){right}", re.I) if words.get("after") else None
    )
    before = (
        re.compile(rf"{left}(?:{_alt(words['before'])}){gap}$", re.I)
        if words.get("before")
        else None
    )
    return after, before


def _quote_parts(readings: list[Reading], langs: list[str | None]) -> set[int]:
    """The ids of the quotes' figures that are parts of a count (`_partitive`)."""
    return {
        id(q)
        for r, lang in zip(readings, langs, strict=False)
        for q in r.values
        if _partitive(r.text, q, lang)
    }


def _partitive(text: str, v: Value, lang: str | None) -> bool:
    """Whether figure `v` of `text` is a part of a count ("20 of them Copts")."""
    after, before = _partitive_words(lang)
    if v.kind != "number":
        return False
    if after is not None and after.match(text, v.end, min(len(text), v.end + 24)):
        return True
    return before is not None and before.search(text[max(0, v.start - 16) : v.start]) is not None


@lru_cache(maxsize=64)
def _contrast_words(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's words of a contrast ([contrast] in its data): those said before the
    figure they deny ("instead of 2,400", "statt 2.400", "而不是2400") and those said after
    it ("2400個のはずの…", "2400個ではなく")."""
    rules = rules_for(lang)
    words = rules.data.get("contrast", {}) if rules is not None else {}
    cjk = rules is not None and rules.cjk
    left, right = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    before = (
        re.compile(rf"{left}(?:{_alt(words['before'])}){right}", re.I)
        if words.get("before")
        else None
    )
    after = re.compile(f"(?:{_alt(words['after'])})", re.I) if words.get("after") else None
    return before, after


@lru_cache(maxsize=64)
def _contrast_keys(lang: str | None) -> tuple[str, ...]:
    """Lower-case words of which a text must hold one to hold a contrast ([contrast]):
    each word's first part, up to its first space."""
    rules = rules_for(lang)
    words = rules.data.get("contrast", {}) if rules is not None else {}
    found = [*words.get("before", []), *words.get("after", []), *words.get("negated", [])]
    found += [first for first, _ in words.get("pairs", [])]
    return tuple(sorted({w.lower().split()[0] for w in found if w.strip()}))


@lru_cache(maxsize=64)
def _contrast_pairs(lang: str | None) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The language's pairs of words around a change ([contrast] pairs: "把…成"), each
    as two patterns."""
    rules = rules_for(lang)
    pairs = rules.data.get("contrast", {}).get("pairs", []) if rules is not None else []
    return tuple((re.compile(re.escape(a)), re.compile(re.escape(b))) for a, b in pairs)


#: What may stand between a contrast's word and the figure it denies: a few words
#: ("instead of the planned 2,400", "原本只需240个") and a sign ("instead of €20"), a
#: counter ("2400個のはず"), no other figure or clause.
_CONTRAST_GAP = _lazy(r"(?:[ \u00a0\u202f]*[^\W\d]+){0,3}[ \u00a0\u202f]*[^\w\s.,;:!?]?")


_CONTRAST_COUNTER = _lazy(r"[ \u00a0\u202f]*[^\W\d]{0,3}")


_CONTRAST_REACH = 24


def _alike(a: Value, b: Value) -> bool:
    """Whether two figures may be the two sides of a contrast: of one kind and dimension,
    or a bare number beside an amount whose unit is said once ("30 statt 20 Euro")."""
    if (a.kind, a.dim) == (b.kind, b.dim):
        return True
    return "number" in (a.kind, b.kind) and {a.kind, b.kind} <= {"number", "money", "unit"}


def _denied(reading: Reading, lang: str | None) -> set[int]:
    """The ids of the figures of `reading` that a contrast denies ("240 cakes instead of
    2,400": 2,400; "240個のはずのケーキを2400個": 240; "meant to order 240 but ordered
    2,400": 240), each in a sentence that asserts another figure of its kind and dimension
    (its other side, `_alike`). Empty when the text holds no such contrast."""
    text, values = reading.text, reading.values
    if len(values) < 2 or not _holds_any(text.lower(), _contrast_keys(lang)):
        return set()  # a contrast has two sides; most texts hold none of its words
    before, after = _contrast_words(lang)
    pairs = _contrast_pairs(lang)
    found: list[Value] = []
    # The figures by start and by end (sorted stably: figures alike keep their order, as
    # `sorted`, `min` and `max` of the figures after or before a word take them), so
    # that those after or before a word are looked up, not looked for among them all.
    by_start = sorted(values, key=_START)
    starts = [v.start for v in by_start]
    by_end = sorted(values, key=_END)
    ends_at = [v.end for v in by_end]
    for first, second in pairs:
        # "把240个蛋糕误订成2400个": denied after the first word, asserted after the second.
        for m in first.finditer(text):
            at = bisect.bisect_left(starts, m.end())
            ahead = by_start[at : at + 2]  # the first two to start after it
            if (
                len(ahead) > 1
                and ahead[0].start - m.end() <= 4
                and _CONTRAST_GAP.fullmatch(text, m.end(), ahead[0].start)
                and second.search(text, ahead[0].end, ahead[1].start)
                and ahead[1].start - ahead[0].end <= _CONTRAST_REACH
                and not _CJK_CLAUSE_CUT.search(text, ahead[0].end, ahead[1].start)
            ):
                found.append(ahead[0])
    for m in before.finditer(text) if before is not None else ():
        at = bisect.bisect_left(starts, m.end())
        nxt = by_start[at] if at < len(by_start) else None  # the first to start after it
        if (
            nxt is not None
            and nxt.start - m.end() <= (4 if _has_cjk(m.group()) else _CONTRAST_REACH)
            and _CONTRAST_GAP.fullmatch(text, m.end(), nxt.start)
        ):
            found.append(nxt)
    for m in after.finditer(text) if after is not None else ():
        at = bisect.bisect_right(ends_at, m.start())
        # The first of those ending last at or before it (as `max` takes the first).
        prev = by_end[bisect.bisect_left(ends_at, ends_at[at - 1])] if at else None
        if prev is not None and _CONTRAST_COUNTER.fullmatch(text, prev.end, m.start()):
            found.append(prev)
    if not found:
        return set()
    ends = _ends_outside(text, values)
    denied = {id(v) for v in found}
    # Per sentence, the kinds and (kind, dimension) of its figures no contrast denies: a
    # denied figure's other side (`_alike`) is looked up there, not among all figures.
    kinds: dict[int, set[str]] = {}
    shapes: dict[int, set[tuple[str, str | None]]] = {}
    for w in values:
        if id(w) not in denied:
            k = bisect.bisect_right(ends, w.start)
            kinds.setdefault(k, set()).add(w.kind)
            shapes.setdefault(k, set()).add((w.kind, w.dim))
    return {id(v) for v in found if _alike_in(v, kinds, shapes, bisect.bisect_right(ends, v.start))}


#: Before a negation that opens a contrast's denied side ("100%, not just 99%"): the words
#: after the asserted figure, a comma, no figure.
_NEGATED_OPENING = _lazy(r"(?:[ \u00a0\u202f]*[^\W\d]+){0,4}[ \u00a0\u202f]*,[ \u00a0\u202f]*")


@lru_cache(maxsize=64)
def _negated_contrast_words(lang: str | None) -> re.Pattern[str] | None:
    """The language's negations that open the denied side of a contrast after a comma
    ([contrast] negated: "not just", "nicht nur", "pas seulement")."""
    rules = rules_for(lang)
    words = rules.data.get("contrast", {}).get("negated", []) if rules is not None else []
    if not words or rules is None or rules.cjk:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I)


def _negated_contrasts(reading: Reading, lang: str | None) -> list[tuple[int, Value]]:
    """The negations of `reading` that open a contrast's denied side, each with the figure
    they deny: a figure, a few words and a comma, the negation ([contrast] negated), and a
    figure of the first's kind right after it ("covering 100% of the conditions, not just
    99%"). The negation denies the second figure as the whole, not the sentence's verb."""
    pattern = _negated_contrast_words(lang)
    if pattern is None or not reading.negations:
        return []
    text, values = reading.text, sorted(reading.values, key=_START)
    starts = [v.start for v in values]
    found = []
    for pos, _ in reading.negations:
        m = pattern.match(text, pos)
        if m is None:
            continue
        at = bisect.bisect_left(starts, m.end())
        nxt = values[at] if at < len(values) else None
        prev = next((v for v in reversed(values[:at]) if v.end <= pos and v.end >= pos - 48), None)
        if (
            nxt is not None
            and prev is not None
            and (nxt.kind, nxt.dim) == (prev.kind, prev.dim)
            and nxt.start - m.end() <= _CONTRAST_REACH
            and _CONTRAST_GAP.fullmatch(text, m.end(), nxt.start)
            and _NEGATED_OPENING.fullmatch(text, prev.end, pos)
        ):
            found.append((pos, nxt))
    return found


def _contrast_negated(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
    in_quote: bool,
) -> bool:
    """Whether every negation of one side (the quote's when `in_quote`, else the
    statement's) opens a contrast's denied side (`_negated_contrasts`: "100%, not just
    99%"), and each figure it denies is matched (`met`) with a figure the other side's
    contrast words deny ("rather than 99%", `_denied`): the same contrast both ways."""
    pairs = [(q, s) for s, q in met] if in_quote else list(met)
    sides = list(zip(readings, langs, strict=False)) if in_quote else [(stated, statement_lang)]
    denied_by: set[int] = set()
    if in_quote:
        denied_by = _denied(stated, statement_lang)
    else:
        for r, lang in zip(readings, langs, strict=False):
            denied_by |= _denied(r, lang)
    if not denied_by:
        return False
    found = False
    for r, lang in sides:
        if not r.negations:
            continue
        spots = dict(_negated_contrasts(r, lang))
        if any(p not in spots for p, _ in r.negations):
            return False
        for v in spots.values():
            if not any(mine is v and id(other) in denied_by for mine, other in pairs):
                return False
            found = True
    return found


def _alike_in(
    v: Value,
    kinds: dict[int, set[str]],
    shapes: dict[int, set[tuple[str, str | None]]],
    sentence: int,
) -> bool:
    """Whether a figure of the sentence, of those whose `kinds` and (kind, dimension)
    `shapes` are given by sentence, is `_alike` `v`: of its kind and dimension, or a bare
    number beside an amount (either way round)."""
    if (v.kind, v.dim) in shapes.get(sentence, ()):
        return True
    there = kinds.get(sentence, set())
    if v.kind == "number":
        return not there.isdisjoint(("number", "money", "unit"))
    return v.kind in ("money", "unit") and "number" in there


@lru_cache(maxsize=64)
def _change_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's words of a change's old and new figures ([change_roles] from, to:
    "from 2 to 6", "von 20 auf 30"); the second as it ends the text before the new figure.
    None for a language that has none or puts them after the figure (Japanese)."""
    rules = rules_for(lang)
    words = rules.data.get("change_roles", {}) if rules is not None else {}
    if not words.get("from") or not words.get("to"):
        return None
    return (
        re.compile(rf"(?<!\w)(?:{_alt(words['from'])})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{_alt(words['to'])})(?!\w)[^\d.;:!?]{{0,24}}\Z", re.I),
    )


_CHANGE_GAP = _lazy(r"[^\d.;:!?]{0,24}")


def _changed(reading: Reading, lang: str | None) -> set[int]:
    """The ids of the old figures of a change said with a direction ("expanding their range
    from ± a factor of 2 … to ± a factor of 6": 2): what a contrast of the other side
    denies ("Faktor 6 statt 2"). A range without a direction ("from 20 to 30 people") is
    none."""
    words = _change_words(lang)
    if words is None or not reading.directions:
        return set()
    from_re, to_re = words
    text, values = reading.text, reading.values
    found: set[int] = set()
    # Looked up, not looked for, before each word: the directions and the sentence ends
    # (`_SENTENCE_END`, one character each) by position, the figures by start (stably).
    directions = sorted(p for _, _, p in reading.directions)
    breaks = [b.start() for b in _SENTENCE_END.finditer(text)]
    by_start = sorted(values, key=_START)
    starts = [v.start for v in by_start]
    for m in from_re.finditer(text):
        # A direction before the word in its sentence: the nearest one before it has no
        # sentence end between (if any has none, so has the nearest). A search that stops
        # at the word finds the ends of the whole text's before it, and a full stop right
        # before the word (the word's position ends the search as the text's end would).
        end = m.start()
        i = bisect.bisect_left(directions, end)
        if not i:
            continue
        j = bisect.bisect_left(breaks, directions[i - 1])
        if (j < len(breaks) and breaks[j] < end - 1) or text[end - 1] in ".!?。！？\n":
            continue
        at = bisect.bisect_left(starts, m.end())  # the figures after the word, in order
        if at == len(by_start) or not _CHANGE_GAP.fullmatch(text, m.end(), by_start[at].start):
            continue
        old = by_start[at]
        new = next(
            (by_start[k] for k in range(at + 1, len(by_start)) if _alike(by_start[k], old)), None
        )
        if new is not None and to_re.search(text, max(old.end, new.start - 30), new.start):
            found.add(id(old))
    return found


def _contrast_clash(
    stated: Reading,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
) -> tuple[str, Value, Value, bool, bool] | None:
    """A matched pair of figures whose roles in a contrast differ ("240 instead of 2,400"
    for "240個のはずのケーキを2400個": the statement asserts what the quote denies): with
    "contradicted" when both sides hold a contrast, "missing" when only one does (which
    figure the other side asserts, its words do not tell). With whether each is denied."""
    if not met:
        return None  # no pair to judge (what is denied is read for the pairs alone)
    mine = _denied(stated, lang)
    theirs = [_denied(r, quote_lang) for r, quote_lang in zip(readings, langs, strict=False)]
    if not mine and not any(theirs):
        return None
    # A negation opening a contrast's denied side ("100%, not just 99%") denies as
    # "rather than" does, where the other side holds a contrast.
    if not mine:
        mine = {id(v) for _, v in _negated_contrasts(stated, lang)}
    if mine:
        theirs = [
            t or {id(v) for _, v in _negated_contrasts(r, quote_lang)}
            for t, r, quote_lang in zip(theirs, readings, langs, strict=False)
        ]
    unsure = None
    for s, q in met:
        at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
        if at is None:
            continue
        if mine and not theirs[at]:
            # "Faktor 6 statt 2" for "expanding … from ± a factor of 2 … to ± a factor of
            # 6": a change's old figure is what the contrast denies.
            theirs[at] = _changed(readings[at], langs[at] if at < len(langs) else None)
        ds, dq = id(s) in mine, id(q) in theirs[at]
        if mine and theirs[at]:
            if ds != dq:
                return "contradicted", s, q, ds, dq
        elif (ds or dq) and unsure is None:
            unsure = ("missing", s, q, ds, dq)
    return unsure


#: What ends a clause of Chinese or Japanese: "第二个在月球上行走的人，但他是第一个…".
_CJK_CLAUSE_CUT = _lazy(r"[、，,;；:：。！？()（）]|[.!?](?=\s|$)")
