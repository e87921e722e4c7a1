"""Pairs of figures: wins and places, years and periods paired with figures, crossed
items, references and changes, multipliers and pronouns standing apart."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from .clauses import _cognate_keys
from .holders import _TIED_KINDS
from .modifiers import _YEAR_APART, _change_role
from .names import _RANGE_LINK
from .negated_sides import _sentence_span
from .negation import _LETTERS, _SENTENCE_END
from .numerals import _NAMED_HINT, _NAMED_NUMBER, _hide, _last_end
from .patterns import _TOKEN, _alt, _lazy, _led
from .periods import _KATAKANA_RUN, _LATIN_WORD, _kana_skeleton, _latin_skeleton
from .readers import _REGION_END
from .reading import _DIFFERENCE_KINDS, _number_word
from .results import Reading, Value, _close, _family, _owner
from .roles import _is_cjk_word, _reference_words
from .rules import Rules, _base, _load_toml, rules_for
from .sentences import _has_cjk, _title_case
from .values import _compare, _holds_value
from .votes import _pairs
from .words import _same_word, _unaccented


def _named_numbers(text: str, lang: str | None) -> list[tuple[Value, str, str, int]]:
    """The number words of `text` that :func:`_named_number` hides, each read alone, with
    the word written, the name word after it and where it starts: "the Fifth Amendment"
    gives (5th, "Fifth", "amendment", 4)."""
    rules = rules_for(lang)
    if rules is None or not rules.names_capitalized or rules.cjk:
        return []
    if _NAMED_HINT.search(text) is None:
        return []
    found = []
    for m in _NAMED_NUMBER.finditer(text):
        values = _number_word(m, text, rules)
        if values and not _title_case(text, m.start()):
            name = _TOKEN.match(text, m.end() + 1)
            if name is not None:
                found.append((values[0], m.group(), name.group().lower(), m.start()))
    return found


@lru_cache(maxsize=64)
def _win_words(lang: str | None, key: str = "win") -> re.Pattern[str] | None:
    """A language's words that say someone won (its data file's ``ranks.win``), or with
    `key` "place" the nouns of a place in a ranking."""
    rules = rules_for(lang)
    words = rules.data.get("ranks", {}).get(key) if rules is not None else None
    if not words:
        return None
    if key == "place":
        return re.compile(rf"[\s\u00a0]*(?:{_alt(words)})(?!\w)", re.I)
    if rules is not None and rules.cjk:
        return re.compile(_alt(words))  # "13メートル15で優勝した": no spaces part words
    return re.compile(rf"{_led(words)}(?!\w)", re.I)


def _place(reading: Reading, v: Value, lang: str | None) -> bool:
    """Whether a rank is a place in a ranking: its noun within a few words after it."""
    pattern = _win_words(lang, "place")
    return pattern is not None and pattern.match(reading.text, v.end, v.end + 16) is not None


def _won(text: str, lang: str | None) -> str | None:
    """The word that says someone won, if the text has one ("gewann", "won")."""
    pattern = _win_words(lang)
    m = pattern.search(text) if pattern is not None else None
    return m.group() if m else None


def _lost_place(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    matched: list[Value],
) -> tuple[str, Value] | None:
    """A win the statement claims ("gewann das Finale") where the quotes give only other
    places and no win ("holte … in 6,82 sek den 3. Platz"), the place beside a figure the
    statement matched with no year or date between them ("second place in 2016 after her
    gold in 2012" is another event): (the statement's word, the quote's place)."""
    if any(v.kind == "rank" for v in stated.values):
        return None  # the statement says the place: compared as a rank
    if not any(v.kind == "rank" for r in readings for v in r.values):
        return None  # no place in the quotes (most): the statement is not scanned
    pattern = _win_words(statement_lang)
    m = pattern.search(stated.text) if pattern is not None else None
    if m is None or any(
        v.kind == "number" and m.end() <= v.start < m.end() + 12 for v in stated.values
    ):
        return None  # "won two awards" counts what was won; it is no first place
    won = m.group()
    places = [
        v
        for r, lang in zip(readings, langs, strict=False)
        for v in r.values
        if v.kind == "rank" and _place(r, v, lang)
    ]
    if not places or any(_close(v.value, 1.0) for v in places):
        return None
    if any(_won(r.text, lang) for r, lang in zip(readings, langs, strict=False)):
        return None  # someone wins in the quote: whose place is whose is for a person
    place_ids, matched_ids = {id(p) for p in places}, {id(x) for x in matched}
    for r in readings:
        for place in (v for v in r.values if id(v) in place_ids):
            for said in (v for v in r.values if id(v) in matched_ids):
                lo, hi = sorted((said.start, place.start))
                between = [v for v in r.values if lo < v.start < hi]
                if hi - lo <= 80 and not any(v.kind in ("year", "date") for v in between):
                    return won, place
    return None


def _partner(values: list[Value], text: str, i: int, step: int, mine: Any, theirs: Any) -> Any:
    """The nearest figure of the family `theirs` from ``values[i]`` on, in direction
    `step`, within its sentence and before any other figure of the family `mine`."""
    j = i + step
    while 0 <= j < len(values):
        v = values[j]
        lo, hi = (values[i].end, v.start) if step > 0 else (v.end, values[i].start)
        if _REGION_END.search(text, lo, hi) is not None:
            return None
        if _family(v) == mine:
            return None
        if _family(v) == theirs:
            return v
        j += step
    return None


def _paired_otherwise(
    pairs: list[tuple[Value, Value]],
    readings: list[Reading],
    published: date | None,
    stated: Reading | None = None,
) -> tuple[tuple[Value, Value], tuple[Value, Value]] | None:
    """Two figures of the statement that the quote gives, each with another figure:
    "the 2-year licence costs 2900 yen" for "the 1-year licence costs 2900 yen, the 2-year
    licence 5000 yen" (2 years goes with 5000 yen, and 2900 yen with 1 year); "7% in
    2019" for "5% in 2019 and 7% in 2020". ((the first figure, its match), (the second,
    the quote's figure it goes with)), or None. A year of a span of the statement
    (`_in_year_span`: "from 40 to 55 million between 2018 and 2019") goes with no one
    figure beside it."""
    for (s1, q1), (s2, q2) in itertools.pairwise(sorted(pairs, key=lambda p: p[0].start)):
        one, two = _family(q1), _family(q2)
        if one == two or _family(s1) == _family(s2) or q1 is q2:
            continue
        if stated is not None and any(
            x.kind == "year" and _in_year_span(stated.text, stated.values, x) for x in (s1, s2)
        ):
            continue
        owner = _owner(q1, readings)
        if owner is None or not any(v is q2 for v in owner.values):
            continue
        values = owner.values
        families = [_family(v) for v in values]
        if families.index(one) > families.index(two):
            continue  # the quote gives them the other way round: "in 2019, 5%; in 2020, 7%"
        i = next(k for k, v in enumerate(values) if v is q1)
        j = next(k for k, v in enumerate(values) if v is q2)
        after = _partner(values, owner.text, i, 1, one, two)
        before = _partner(values, owner.text, j, -1, two, one)
        if after is None or before is None or after is q2 or before is q1:
            continue
        if (
            _compare(s2, after, published)[0] == "contradicted"
            and _compare(s1, before, published)[0] == "contradicted"
        ):
            return (s1, q1), (s2, after)
    return None


#: Between two years of one span: "between 2010 and 2011", "entre 2010 et 2011", "2010-2011".
_YEAR_SPAN_LINK = _lazy(r"\s*(?:and|et|und|y|e|to|à|bis|a|al|até|-|–)\s*", re.I)


#: What may join a Chinese or Japanese word of [date_roles] to the date after it: "于",
#: "日" ("公開日"), "时间" ("发布时间"), "日時".
_CJK_ROLE_LINK = "[于於]|日時|日|时间|時間"


@lru_cache(maxsize=1)
def _date_roles() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The words that say which event of a page a date is (common.toml's [date_roles]:
    "published", "mis à jour le"): ending a text, opening one (a verb after its date, "am
    4. Mai aktualisiert"), and each word's role."""
    table = _load_toml("common").get("date_roles", {})
    roles = {_unaccented(w.lower()): name for name, words in table.items() for w in words}
    if not roles:
        return None
    latin = [w for ws in table.values() for w in ws if not _has_cjk(w)]
    cjk = [w for ws in table.values() for w in ws if _has_cjk(w)]
    # "published the article on", "Last modified on Wed": an object, and a weekday's
    # name, may stand between the word and its date. Chinese and Japanese words stand
    # anywhere, a particle or "date"/"time" after them ("发表于", "公開日：", "更新时间："),
    # or after the date ("2019年1月16日に公開", "于2019年1月16日发布").
    before = (
        rf"(?:(?<!\w)({_alt(latin)})"
        r"(?:\s+(?:the|an?|its|this|der|die|das|den|le|la|l'|el|o|a)\s+\w+)?"
        r"(?:\s+(?:on|am|le|el|em|o|the))?(?:\s+(?-i:[A-Z][a-z]{1,8})\.?,?)?"
        + (rf"|({_alt(cjk)})(?:{_CJK_ROLE_LINK})?" if cjk else "")
        + r")\s*[:,：]?\s*$"
    )
    # After the date, a Chinese or Japanese word may follow its weekday in brackets and its
    # time ("3/9(木) 18:45配信").
    after = rf"\s+({_alt(latin)})(?!\w)" + (
        rf"|\s*(?:[(（][^)）]{{1,4}}[)）])?\s*(?:\d{{1,2}}[:：]\d{{2}}\s*)?(?:[にで]|[于於])?"
        rf"({_alt(cjk)})"
        if cjk
        else ""
    )
    return re.compile(before, re.I), re.compile(after, re.I), roles


#: How far before or after a date its role's word may stand ("Mis à jour le 05.05.2015").
_DATE_ROLE_REACH = 32


def _date_role(text: str, v: Value, values: list[Value]) -> tuple[str, str] | None:
    """The role of date `v` in `text` ([date_roles]: published, updated), said by a word
    right before it, else right after it unless that word opens the next date's ("Fri 2
    May 2020 Updated on Mon 9 May 2020"), and that word; None without one."""
    found = _date_roles()
    if found is None:
        return None
    before, after, roles = found
    lo = max([v.start - _DATE_ROLE_REACH, *(u.end for u in values if u.end <= v.start)])
    m = before.search(text, max(0, lo), v.start)
    if m is None:
        later = [u.start for u in values if u.start >= v.end]
        hi = min([v.end + _DATE_ROLE_REACH, *later])
        m = after.match(text, v.end, max(v.end, hi))
        group = 1 if m is not None and m.group(1) else 2
        if m is not None and later and before.match(text, m.start(group), min(later)):
            return None  # "Fri 2 May 2020 Updated on Mon 9 May 2020": the next date's word
    if m is None:
        return None
    word = m.group(1) or m.group(2)
    return roles.get(_unaccented(word.lower()), ""), word


def _date_role_swapped(
    stated: Reading, met: list[tuple[Value, Value]], readings: list[Reading]
) -> tuple[Value, Value, str, str] | None:
    """A date the statement gives to one event of a page ("updated on 4 May") that the
    quote gives to another ("04.05.2015 … Mis à jour le 05.05.2015": 4 May is when it was
    published, the date no role word names beside one that names "updated"): (the
    statement's date, the quote's, the statement's role word, the quote's), or None."""
    for s, q in met:
        if s.kind != "date":
            continue
        mine = _date_role(stated.text, s, stated.values)
        owner = _owner(q, readings) if mine is not None else None
        if mine is None or owner is None:
            continue
        theirs = _date_role(owner.text, q, owner.values)
        if theirs is not None:
            if theirs[0] != mine[0]:
                return s, q, mine[1], theirs[1]
            continue
        # No word beside the quote's date: another date's word names that other event.
        for u in owner.values:
            if u is q or u.kind != "date":
                continue
            other = _date_role(owner.text, u, owner.values)
            if other is not None and other[0] == mine[0]:
                return s, q, mine[1], f"not {other[1]}"
    return None


def _same_date_role(stated: Reading, s: Value, q: Value, readings: list[Reading]) -> bool:
    """Whether the statement's date `s` and the quote's `q` are said of one event of a page
    by their role words ([date_roles]: "aktualisiert", "Last modified", "更新")."""
    mine = _date_role(stated.text, s, stated.values)
    owner = _owner(q, readings) if mine is not None else None
    theirs = _date_role(owner.text, q, owner.values) if owner is not None else None
    return mine is not None and theirs is not None and mine[0] == theirs[0]


def _in_year_span(text: str, values: list[Value], y: Value) -> bool:
    """Whether year `y` is one end of a span of years, another year joined to it
    (`_YEAR_SPAN_LINK`: "between 2010 and 2011", "entre 2010 et 2011", "2010-2011")."""
    return any(
        u is not y and u.kind == "year" and _YEAR_SPAN_LINK.fullmatch(text, *span) is not None
        for u in values
        for span in ((y.end, u.start), (u.end, y.start))
        if span[0] <= span[1]
    )


def _tied_year(text: str, values: list[Value], v: Value) -> Value | None:
    """The year a figure goes with: the nearest year of its clause ("$123 million in
    2011", "revenue for 2011 was $163 million") with no other figure between; or None."""
    best: tuple[int, Value] | None = None
    for y in values:
        if y.kind != "year" or y is v:
            continue
        lo, hi = (v.end, y.start) if y.start >= v.end else (y.end, v.start)
        if hi < lo or hi - lo > 30 or _YEAR_APART.search(text, lo, hi) is not None:
            continue
        if y.end <= v.start and _RANGE_LINK.fullmatch(text, lo, hi) is not None:
            continue  # "de 123 millions en 2010 à 163 millions": 2010 is the range start's
        if _in_year_span(text, values, y):
            continue  # "between 2010 and 2011": a span of years, each one no figure's own
        if any(u is not v and u is not y and lo <= u.start < hi for u in values):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, y)
    return best[1] if best is not None else None


def _year_otherwise(
    stated: Reading, met: list[tuple[Value, Value]], readings: list[Reading], published: date | None
) -> tuple[Value, Value, Value, Value] | None:
    """A figure the statement gives to one year that the quote gives to another, giving
    the statement's year another figure: "$123 million in 2011" for "revenue for 2011 was
    $163 million, … from $123 million in 2010". (The statement's figure, its year, the
    quote's figure for that year, the quote's year of the statement's figure), or None."""
    for s, q in met:
        if s.kind not in _TIED_KINDS:
            continue
        mine = _tied_year(stated.text, stated.values, s)
        owner = _owner(q, readings) if mine is not None else None
        if mine is None or owner is None:
            continue
        theirs = _tied_year(owner.text, owner.values, q)
        if theirs is None or theirs.value == mine.value:
            continue
        for other in owner.values:
            if (
                other is not q
                and _family(other) == _family(q)
                and (year := _tied_year(owner.text, owner.values, other)) is not None
                and year.value == mine.value
                and _compare(s, other, published)[0] == "contradicted"
            ):
                return s, mine, other, theirs
    return None


@lru_cache(maxsize=64)
def _period_words(lang: str | None) -> re.Pattern[str] | None:
    """The language's words that say a year is the period a figure is for ([figure_period]
    before: "for", "für", "pour"), as a pattern ending right before the year."""
    rules = rules_for(lang)
    words = rules.data.get("figure_period", {}).get("before", []) if rules is not None else []
    if not words or rules is None or rules.cjk:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+$", re.I)


def _period_led(text: str, year: Value, lang: str | None) -> bool:
    """Whether a year is said as the period a figure is for ("for 2011", "für 2011")."""
    words = _period_words(lang)
    return words is not None and words.search(text, max(0, year.start - 40), year.start) is not None


@lru_cache(maxsize=64)
def _figure_year_link(lang: str | None) -> re.Pattern[str] | None:
    """The language's words that join a year right after a figure as the figure's time
    ([figure_period] after_figure: "$163 million in 2012", "163 millones en 2012")."""
    rules = rules_for(lang)
    words = rules.data.get("figure_period", {}).get("after_figure", []) if rules else []
    if not words or rules is None or rules.cjk:
        return None
    return re.compile(rf"[ \u00a0]+(?:{_alt(words)})[ \u00a0]+", re.I)


def _year_of_figure(text: str, figure: Value, year: Value, lang: str | None) -> bool:
    """Whether a year is said as the period of the figure right before it ("revenue of
    $163 million in 2012", "ingresos de 163 millones de dólares en 2012")."""
    link = _figure_year_link(lang)
    return (
        link is not None
        and figure.end <= year.start
        and link.fullmatch(text, figure.end, year.start) is not None
    )


def _period_otherwise(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, Value, Value, Value] | None:
    """A figure the statement gives for one period ("revenue of $163 million for 2012")
    that the quote gives for another ("revenue for 2011 was $163 million"), each year said
    as the figure's period ([figure_period]; the statement's also a year right after its
    figure, "$163 million in 2012"): the statement's year may stand in the quote in another
    role only ("a report released in November 2012"). (The statement's figure,
    its year, the quote's figure, the quote's year), or None."""
    for s, q in met:
        if s.kind not in _TIED_KINDS:
            continue
        mine = _tied_year(stated.text, stated.values, s)
        if mine is None or not (
            _period_led(stated.text, mine, lang) or _year_of_figure(stated.text, s, mine, lang)
        ):
            continue
        at = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
        if at is None:
            continue
        owner = readings[at]
        theirs = _tied_year(owner.text, owner.values, q)
        if (
            theirs is not None
            and not _close(theirs.value, mine.value)
            and _period_led(owner.text, theirs, langs[at] if at < len(langs) else None)
        ):
            return s, mine, q, theirs
    return None


#: Kinds of figure that place a thing in time; an item of a list pairs one with another figure.
_ITEM_TIME_KINDS = frozenset({"date", "year", "decade", "century"})


def _item_key(v: Value) -> tuple[str, str | None] | None:
    """The sort of figure `v` is, for `_crossed_items`: a time, or a figure of one kind and
    dimension; None for ranks and others no item is made of."""
    if v.kind in _ITEM_TIME_KINDS:
        return ("time", None)
    if v.kind in _TIED_KINDS:
        return (v.kind, v.dim)
    return None


def _crossed_items(
    stated: Reading, met: list[tuple[Value, Value]], readings: list[Reading]
) -> tuple[Value, Value, Value] | None:
    """A statement that joins the figures of two items of the quote's list: the quote's
    sentence alternates two sorts of figure, each item one of each ("12,000 teachers were
    hired in 2015 and 8,000 nurses in 2016"; "40.000 vidas en los años 90 y … más de 2000
    desde … 2015"), and the statement's sentence says one figure of each sort, met by
    figures of two items ("12,000 teachers were hired in 2016"). Gives the statement's
    figure said of the wrong item, its counterpart, and the figure of its sort that the
    quote gives in the other's item."""
    for i, (s1, q1) in enumerate(met):
        k1 = _item_key(s1)
        if k1 is None or _item_key(q1) != k1:
            continue
        for s2, q2 in met[i + 1 :]:
            k2 = _item_key(s2)
            if k2 is None or k2 == k1 or _item_key(q2) != k2 or q1 is q2:
                continue
            if [_item_key(v) for v in stated.values].count(k1) != 1:
                continue
            if [_item_key(v) for v in stated.values].count(k2) != 1:
                continue
            lo, hi = _sentence_span(stated.text, min(s1.start, s2.start), max(s1.end, s2.end))
            if _SENTENCE_END.search(stated.text, min(s1.end, s2.end), max(s1.start, s2.start)):
                continue  # two sentences of the statement: each says its own
            owner = _owner(q1, readings)
            if owner is None or not _holds_value(owner.values, q2):
                continue
            first, last = min(q1.start, q2.start), max(q1.end, q2.end)
            lo, hi = _sentence_span(owner.text, first, last)
            if _SENTENCE_END.search(owner.text, first, last) and not (lo <= first and last <= hi):
                continue
            if _SENTENCE_END.search(owner.text, min(q1.end, q2.end), max(q1.start, q2.start)):
                continue
            inside = sorted(
                (v for v in owner.values if lo <= v.start and v.end <= hi), key=lambda v: v.start
            )
            keys = [_item_key(v) for v in inside]
            listed = [j for j, k in enumerate(keys) if k in (k1, k2)]
            if not listed or listed != list(range(listed[0], listed[-1] + 1)):
                continue  # another sort of figure inside the list: no plain items
            items = [inside[j] for j in listed]
            sorts = [keys[j] for j in listed]
            if (
                len(items) < 4
                or len(items) % 2
                or any(sorts[j] == sorts[j + 1] for j in range(len(items) - 1))
            ):
                continue
            at1 = next(j for j, v in enumerate(items) if v is q1) // 2
            at2 = next(j for j, v in enumerate(items) if v is q2) // 2
            if at1 == at2:
                continue
            ones = [v for v in items if _item_key(v) == k1]
            twos = [v for v in items if _item_key(v) == k2]
            if any(_close(a.value, b.value) for a in ones for b in ones if a is not b) or any(
                _close(a.value, b.value) for a in twos for b in twos if a is not b
            ):
                continue  # a figure given twice: which item is meant, a person reads
            # The figure of the sort that places in time, or the later one, is said of the
            # wrong item.
            wrong, right, anchor = (s2, q2, q1) if k1 != ("time", None) else (s1, q1, q2)
            at = next(j for j, v in enumerate(items) if v is anchor) // 2
            rival = next(v for v in items[2 * at : 2 * at + 2] if v is not anchor)
            return wrong, right, rival
    return None


def _swapped_pair(
    stated: Reading,
    readings: list[Reading],
    rules: Rules | None = None,
    langs: Sequence[str | None] = (),
) -> tuple[str, str] | None:
    """A pair of the statement that the quotes give the other way round only ("86 zu 438"
    or "86 voix pour et 438 contre" for "438 contre 86"): the statement's pair and the
    quote's, as written."""
    if len(stated.values) < 2:
        return None  # no pair in the statement
    theirs = [
        p
        for i, r in enumerate(readings)
        for p in _pairs(r, rules_for(langs[i]) if i < len(langs) else None)
    ]
    if not theirs:
        return None
    for a, b in _pairs(stated, rules):
        if _close(a.value, b.value):
            continue
        same = any(_close(a.value, x.value) and _close(b.value, y.value) for x, y in theirs)
        other = next(
            ((x, y) for x, y in theirs if _close(a.value, y.value) and _close(b.value, x.value)),
            None,
        )
        if other is not None and not same:
            said = stated.text[min(a.start, b.start) : max(a.end, b.end)]
            return said, f"{other[0].text} … {other[1].text}"
    return None


_QUOTE_CLAUSE = _lazy(r"[、，;；。！？]|[,.!?](?=\s)")


def _clause_of(text: str, v: Value) -> tuple[int, int]:
    start = _last_end(_QUOTE_CLAUSE, text, v.start)
    stop = _QUOTE_CLAUSE.search(text, v.end)
    return start, stop.start() if stop else len(text)


def _against(
    s: Value, q: Value, clause: tuple[int, int], owner: Reading, published: date | None
) -> bool:
    """Whether the clause holds a figure of `q`'s kind that contradicts `s`."""
    return any(
        clause[0] <= v.start < clause[1]
        and (v.kind, v.dim) == (q.kind, q.dim)
        and _compare(s, v, published)[0] == "contradicted"
        for v in owner.values
    )


def _crossed_pair(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    published: date | None,
    lang: str | None = None,
) -> tuple[str, str] | None:
    """Two figures the statement pairs ("2年版 … 2900円") that the quote gives in two
    clauses, each beside a figure of the other's kind that contradicts it ("1年版…2900円、
    2年版…5000円"): the statement's pair and the quote's two figures, or None. Only a
    statement with one figure of each of the two kinds is read so (a range "from 2018 to
    2020, 5 to 7 million" pairs nothing)."""
    if len(met) < 2:
        return None
    kinds: dict[tuple[str, str | None], int] = {}
    for v in stated.values:
        kinds[(v.kind, v.dim)] = kinds.get((v.kind, v.dim), 0) + 1
    single = [(s, q) for s, q in met if kinds.get((s.kind, s.dim)) == 1]
    for i, (s1, q1) in enumerate(single):
        for s2, q2 in single[i + 1 :]:
            if (s1.kind, s1.dim) == (s2.kind, s2.dim) or (q1.kind, q1.dim) == (q2.kind, q2.dim):
                continue
            owner = _owner(q1, readings)
            if owner is None or not any(v is q2 for v in owner.values):
                continue
            one, two = _clause_of(owner.text, q1), _clause_of(owner.text, q2)
            if one == two:
                continue

            if _against(s1, q1, two, owner, published) and _against(s2, q2, one, owner, published):
                if _change_against(stated, (s1, q1), (s2, q2), met, owner, lang):
                    continue
                first, last = sorted((s1, s2), key=lambda v: v.start)
                return stated.text[first.start : last.end], f"{q1.text} … {q2.text}"
    return None


#: What stands between a change and its reference said after it: "33% more than 2010",
#: "up 33% from 2010", "33 Prozent mehr als im Jahr 2010" (no figure, no clause break).
_REFERENCE_GAP = _lazy(r"[^\d.,;:!?()]{1,24}")


def _names_reference(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the words between a change (ending at `start`) and a figure (at `end`) name
    the figure as the change's reference: a short stretch with no figure or clause break
    that holds a word of `_reference_words` ("33% more than 2010", "mehr als im Jahr
    2010"; not "grew by a third in 2011")."""
    words = _reference_words(lang)
    return (
        words is not None
        and _REFERENCE_GAP.fullmatch(text, start, end) is not None
        and words.search(text, start, end) is not None
    )


def _reference_otherwise(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    published: date | None,
    lang: str | None,
) -> tuple[Value, Value, Value, Value] | None:
    """A change of the statement with its reference year said right after it ("33% more
    than 2012") whose counterpart the quote gives in a clause with other years only ("up
    33% from $123 million in 2010"): (the change, the statement's year, the quote's
    change, the quote's year); or None."""
    text = stated.text
    values = stated.values
    for c, qc in met:
        if c.kind not in _DIFFERENCE_KINDS:
            continue
        ref = next((v for v in values if v.start >= c.end), None)
        if (
            ref is None
            or ref.kind != "year"
            or not _names_reference(text, c.end, ref.start, lang)
            or (owner := _owner(qc, readings)) is None
        ):
            continue
        lo, hi = _clause_of(owner.text, qc)
        years = [v for v in owner.values if lo <= v.start < hi and v.kind in ("year", "date")]
        if years and all(_compare(ref, y, published)[0] == "contradicted" for y in years):
            return c, ref, qc, years[0]
    return None


#: What stands between a value and its change said right after it: "$163 million, 33%
#: more than 2010", "163 Millionen Dollar, ein Plus von 33 Prozent" (no figure or break).
_VALUE_THEN_CHANGE = _lazy(r"[^\d.;:!?()]{0,16}")


def _start_as_value(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, Value] | None:
    """A statement value said with its change and the change's reference after it ("$123
    million, 33% more than 2010": what the change reaches) that the quote gives as where
    its change starts ("$163 million, which was up 33% from $123 million in 2010"): the
    statement's value and the quote's; or None."""
    values = stated.values
    text = stated.text
    for c, _ in met:
        if c.kind not in _DIFFERENCE_KINDS:
            continue
        at = next((k for k, v in enumerate(values) if v is c), None)
        if at is None or at == 0 or at + 1 >= len(values):
            continue
        value, ref = values[at - 1], values[at + 1]
        if (
            ref.kind != "year"
            or not _names_reference(text, c.end, ref.start, lang)
            or not _VALUE_THEN_CHANGE.fullmatch(text, value.end, c.start)
        ):
            continue
        for s, q in met:
            if s is not value:
                continue
            at_q = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
            if at_q is None:
                continue
            owner = readings[at_q]
            q_lang = langs[at_q] if at_q < len(langs) else None
            if _change_role(owner.text, q, q_lang, owner.directions) == "start":
                return s, q
    return None


def _change_against(
    stated: Reading,
    one: tuple[Value, Value],
    two: tuple[Value, Value],
    met: list[tuple[Value, Value]],
    owner: Reading,
    lang: str | None,
) -> bool:
    """Whether the later of two statement figures is the reference of a change said
    between them, which the quote gives in the reference's own clause: "$163 million, 33%
    more than 2010" for "$163 million, which was up 33% from $123 million in 2010" pairs
    the value with its change, not with the reference's year. The change met in another
    clause than the reference's keeps the pair crossed."""
    (first, _), (last, q_last) = sorted((one, two), key=lambda pair: pair[0].start)
    text = stated.text
    for c, qc in met:
        if (
            c.kind in _DIFFERENCE_KINDS
            and first.end <= c.start
            and c.end < last.start
            and _names_reference(text, c.end, last.start, lang)
            and _holds_value(owner.values, qc)
        ):
            return _clause_of(owner.text, qc) == _clause_of(owner.text, q_last)
    return False


def _other_names(
    mine: list[tuple[Value, str, str, int]], quotes: Sequence[str], langs: list[str | None]
) -> list[tuple[Value, str, str, str]]:
    """The statement's number words inside names (`mine`, its `_named_numbers`) whose name
    the quotes give with other numbers only: (its value, its word, the quote's word, the
    name word)."""
    theirs = [
        n for text, lang in zip(quotes, langs, strict=False) for n in _named_numbers(text, lang)
    ]
    if not theirs:
        return []
    found = []
    for value, word, name, _ in mine:
        same = [(w, x) for x, w, n, _ in theirs if n == name]
        if same and not any(_close(x.value, value.value) for _, x in same):
            found.append((value, word, same[0][0], name))
    return found


def _unnamed(statement: str, named: list[tuple[Value, str, str, int]]) -> str:
    """The statement with its number words inside names (`named`, its `_named_numbers`)
    hidden from every reader: "the Second Amendment" names a text, it states no rank (a
    quote's are left to be read)."""
    for _, word, _, start in reversed(named):
        statement = statement[:start] + _hide(word) + statement[start + len(word) :]
    return statement


#: The reference of a multiplier right before it, and the subject opening its clause, in
#: Japanese ("AはBの200倍") and Chinese ("A是B的200倍"); the reference after it in English
#: ("200 times that of B", "200 times higher than B").
_MULTIPLIER_REFERENCE_CJK = {
    "ja": (
        _lazy(r"([^\s、。はがの]{1,12})の(?:約|およそ|ほぼ)?$"),
        _lazy(r"([^\s、。]{1,16}?)(?:は|が)"),
    ),
    "zh": (
        _lazy(r"([^\s，。是为為的]{1,12})的(?:约|大约|近)?$"),
        _lazy(r"([^\s，。]{1,16}?)(?:是|为|為)"),
    ),
}


_MULTIPLIER_REFERENCE_EN = _lazy(
    r"\s*(?:(?:higher|greater|more|larger|bigger|lower|smaller)\s+than|that\s+of|as\s+\w+\s+as)?"
    r"\s*(?:the\s+|a\s+|an\s+)?([^\W\d_][\w'’ -]{0,44}?)\s*(?:[.,;:]|$)",
    re.I,
)


_MULTIPLIER_SUBJECT_EN = _lazy(
    r"^(?:the\s+|a\s+|an\s+)?([\w' -]{1,30}?)\s+"
    r"(?:is|are|was|were|pay|pays|paid|has|had|have|costs|cost)(?!\w)",
    re.I,
)


def _multiplier_roles(text: str, v: Value, lang: str | None) -> tuple[str, str] | None:
    """The subject and the reference of multiplier `v` in its sentence ("定期預金の金利は
    ソフトバンク社債の200倍": the interest of the deposits, the SoftBank bond), in Japanese,
    Chinese or English; None where either is not found (a bounded look)."""
    if lang in _MULTIPLIER_REFERENCE_CJK:
        reference_re, subject_re = _MULTIPLIER_REFERENCE_CJK[lang]
        lo = max(0, v.start - 40)
        ref = reference_re.search(text, lo, v.start)
        if ref is None:
            return None
        head = text[lo : ref.start()]
        cut = max((head.rfind(c) for c in "、。，,！？ "), default=-1)
        subject = subject_re.search(head, cut + 1)
        if subject is None:
            return None
        return subject.group(1), ref.group(1)
    if lang == "en":
        ref = _MULTIPLIER_REFERENCE_EN.match(text[v.end : v.end + 60])
        lo = max(0, v.start - 60)
        head = text[lo : v.start]
        cut = max((head.rfind(c) for c in ".;:!?"), default=-1)
        subject = _MULTIPLIER_SUBJECT_EN.search(head[cut + 1 :].lstrip())
        if ref is None or subject is None:
            return None
        return subject.group(1), ref.group(1)
    return None


def _multiplier_swapped(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether statement and quote, in one language, give a multiplier's sides the other
    way round: what the quote measures against (its reference) is the statement's subject,
    and the statement's reference is another ("定期預金の金利はソフトバンク社債の200倍" for
    "その金利は定期預金の200倍"; "Savings pay 200 times the bond's rate" for "The bond pays
    200 times the rate of savings")."""
    i = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if i is None or langs[i] != statement_lang:
        return False
    mine = _multiplier_roles(stated.text, s, statement_lang)
    theirs = _multiplier_roles(readings[i].text, q, langs[i])
    if mine is None or theirs is None:
        return False
    subject, reference = (x.lower().strip() for x in mine)
    other = theirs[1].lower().strip()

    def alike(a: str, b: str) -> bool:
        # Whole words in English ("it" is not in "profits"); characters in CJK.
        if statement_lang == "en":
            a, b = f" {a} ", f" {b} "
            return min(len(a), len(b)) >= 5 and (a in b or b in a)
        return len(a) >= 2 and len(b) >= 2 and (a in b or b in a)

    return alike(other, subject) and not alike(other, reference)


def _multiplier_named_apart(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether a quote in another language measures its multiplier against something else
    than the statement does: a name of the statement's reference (a capitalized word, or
    Latin letters in Chinese or Japanese) is said in the quote's sentence, as written or in
    katakana ("SoftBank", "ソフトバンク"), but not in the quote's reference ("Time deposits
    pay 200 times the interest of SoftBank's bond" for "ソフトバンクの社債…その金利は定期預金の
    200倍"). Which side is which, words in another language do not tell."""
    i = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if i is None or _base(langs[i]) == _base(statement_lang):
        return False
    mine = _multiplier_roles(stated.text, s, statement_lang)
    theirs = _multiplier_roles(readings[i].text, q, langs[i])
    if mine is None or theirs is None:
        return False
    names = [
        m.group()
        for m in _LATIN_WORD.finditer(mine[1])
        if len(m.group()) >= 3 and (m.group()[0].isupper() or _has_cjk(stated.text))
    ]
    text, reference = readings[i].text, theirs[1]
    lo = max(0, q.start - _MULTIPLIER_SENTENCE_REACH)
    sentence = text[lo : q.end]
    kana = {k for m in _KATAKANA_RUN.finditer(sentence) if len(k := _kana_skeleton(m.group())) >= 3}
    latin = {_latin_skeleton(m.group()) for m in _LATIN_WORD.finditer(sentence)}
    in_reference = {_kana_skeleton(k) for k in _KATAKANA_RUN.findall(reference)} | {
        _latin_skeleton(m.group()) for m in _LATIN_WORD.finditer(reference)
    }
    for name in names:
        said = re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", sentence, re.I)
        skeleton = _latin_skeleton(name)
        written = said is not None or skeleton in kana
        if written and name.lower() not in reference.lower() and skeleton not in in_reference:
            return True
    # A quote whose subject a demonstrative opens ("その金利は定期預金の200倍") names not
    # what it measures: a name of the statement's reference ("A time deposit pays 200
    # times the interest of SoftBank's bond") its reference does not hold may be it.
    if names and _demonstrative_subject(theirs[0], langs[i]):
        if not any(
            name.lower() in reference.lower() or _latin_skeleton(name) in in_reference
            for name in names
        ):
            return True
    # A katakana name of the statement's reference ("テスラ債") the quote writes in Latin
    # letters ("Tesla") outside its reference.
    for m in _KATAKANA_RUN.finditer(mine[1]):
        skeleton = _kana_skeleton(m.group())
        if len(skeleton) >= 3 and skeleton in latin and skeleton not in in_reference:
            return True
    return False


@lru_cache(maxsize=64)
def _demonstratives(lang: str | None) -> tuple[str, ...]:
    """A language's demonstratives opening a subject ([anaphora] demonstratives: "その")."""
    rules = rules_for(lang)
    words = rules.data.get("anaphora", {}).get("demonstratives", []) if rules is not None else []
    return tuple(words)


def _demonstrative_subject(subject: str, lang: str | None) -> bool:
    """Whether a subject opens with one of the language's demonstratives ("その金利")."""
    words = _demonstratives(lang)
    return bool(words) and subject.strip().startswith(words)


@lru_cache(maxsize=64)
def _pronoun_figure(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's pronoun right before a figure ("it's", "c'est", "beträgt sie") and the
    copulas ending a sentence's subject ([anaphora] pronoun_figure, copulas); None without."""
    rules = rules_for(lang)
    words = rules.data.get("anaphora", {}) if rules is not None else {}
    if not words.get("pronoun_figure") or not words.get("copulas"):
        return None
    return (
        re.compile("|".join(f"(?:{p})" for p in words["pronoun_figure"]), re.I),
        re.compile("|".join(f"(?:{p})" for p in words["copulas"]), re.I),
    )


#: How far before a figure its pronoun, and before that the sentence it stands for, are read.
_PRONOUN_REACH = (40, 200)


def _pronoun_stands_apart(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """The subject a pronoun right before the quote's figure stands for ("Standard deviation
    is the square root of the variance … In this case it's 3.08": "Standard deviation"),
    when the statement names another thing of that sentence ("The variance is 3.08") and
    nothing of that subject: a word of the statement (in another language, a cognate) said
    in the sentence before but not in its subject. None otherwise."""
    i = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if i is None:
        return None
    patterns = _pronoun_figure(langs[i])
    if patterns is None:
        return None
    pronoun, copula = patterns
    text = readings[i].text
    lo = max(0, q.start - _PRONOUN_REACH[0])
    head = text[lo : q.start]
    if q.hedge_span and q.hedge_span[0] < q.start:
        head = text[lo : max(lo, q.hedge_span[0])]
    cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    if not pronoun.search(head, cut):
        return None
    here = lo + cut  # the figure's sentence starts here (or before the reach)
    if cut == 0:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, here - 80), here)]
        if not ends:
            return None
        here = ends[-1]
    before = text[max(0, here - _PRONOUN_REACH[1]) : here]
    starts = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    sentence = before[starts[-1] if starts else 0 :]
    if not starts and here > _PRONOUN_REACH[1]:
        return None  # the sentence before is longer than the reach: its start unseen
    verb = copula.search(sentence)
    if verb is None:
        return None
    subject = sentence[: verb.start()].strip()
    rest = sentence[verb.end() :]
    if not subject or len(subject) > 40:
        return None
    same = _base(langs[i]) == _base(statement_lang)
    rules = rules_for(statement_lang)
    function_words = (rules.function_words if rules is not None else None) or frozenset()
    mine = [
        w.lower()
        for w in _LETTERS.findall(stated.text)
        if len(w) >= 4 and w.lower() not in function_words
    ]

    def met(words: list[str], segment: str) -> bool:
        theirs = [w.lower() for w in _LETTERS.findall(segment) if len(w) >= 4]
        if same:
            return any(_same_word(a, b) for a in words for b in theirs)
        keys = frozenset().union(*(_cognate_keys(w) for w in words))
        return any(_cognate_keys(b) & keys for b in theirs)

    if met(mine, subject) or not met(mine, rest):
        return None
    return subject


#: How far before a multiplier its sentence is read for the names of its sides.
_MULTIPLIER_SENTENCE_REACH = 120


@lru_cache(maxsize=1)
def _side_meanings_pattern() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """What a multiplier's sides name, in every language ([multiplier_sides] of common.toml
    and the meanings of [counted_nouns]), as one pattern with a group per meaning, and the
    meanings in group order; Latin-script words whole, Chinese and Japanese ones anywhere."""
    data = _load_toml("common")
    table: dict[str, list[str]] = {}
    for source in (data.get("multiplier_sides", {}), data.get("counted_nouns", {})):
        for meaning, words in source.items():
            if isinstance(words, list):
                table.setdefault(meaning, []).extend(w for w in words if isinstance(w, str) and w)
    meanings = tuple(m for m, words in table.items() if words)
    if not meanings:
        return None

    def alt(words: list[str]) -> str:
        latin = [w for w in dict.fromkeys(words) if not _is_cjk_word(w)]
        cjk = [w for w in dict.fromkeys(words) if _is_cjk_word(w)]
        parts = [rf"(?<![\w-])(?:{_alt(latin)})(?![\w-])"] if latin else []
        return "|".join(parts + ([_alt(cjk)] if cjk else []))

    groups = "|".join(f"(?P<m{k}>{alt(table[m])})" for k, m in enumerate(meanings))
    return re.compile(groups, re.I), meanings


def _multiplier_side_meanings(side: str) -> set[str]:
    """The meanings of [multiplier_sides] (and [counted_nouns]) a multiplier's side names."""
    found = _side_meanings_pattern()
    if found is None:
        return set()
    pattern, meanings = found
    return {meanings[int(m.lastgroup[1:])] for m in pattern.finditer(side) if m.lastgroup}


def _multiplier_sides_crossed(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether a quote in another language gives a multiplier's sides the other way round,
    by their meanings ([multiplier_sides]): what the quote measures against is what the
    statement says is the multiple, and the statement's reference is not ("a time deposit
    pays 200 times the bond's rate" for "その金利は定期預金の200倍": the bond's rate is 200
    times the time deposit's); or the quote's multiple is the statement's reference and not
    its subject."""
    i = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if i is None or _base(langs[i]) == _base(statement_lang):
        return False
    mine = _multiplier_roles(stated.text, s, statement_lang)
    theirs = _multiplier_roles(readings[i].text, q, langs[i])
    if mine is None or theirs is None:
        return False
    subject, reference = (_multiplier_side_meanings(x) for x in mine)
    their_subject, their_reference = (_multiplier_side_meanings(x) for x in theirs)
    if subject & reference:
        return False
    return bool(
        (their_reference & subject and not their_reference & reference)
        or (their_subject & reference and not their_subject & subject)
    )
