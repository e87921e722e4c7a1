"""Numbers in digits: the language's separators, scale words, currencies and units beside
them, and four-digit figures that are years or counts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .modifiers import _PRE, _hedge
from .names import (
    _QUOTE_OPEN,
    _currency,
    _identifier,
    _in_quoted_name,
    _named_rank,
    _pieces_of,
    _series_year,
    _time_of_day,
    _version_after,
)
from .numerals import _MARK_SCALE, _digits
from .patterns import _TOKEN, _alt, _holds_any, _lazy
from .results import Reading, Value
from .rules import Rules, _is_time, _key, _units, rules_for
from .sentences import _title_case


def _numbers(rules: Rules, text: str) -> Any:
    """The matches of `rules.number` in `text`, as its `finditer` finds them: tried only
    where a match can start (a digit, or a decimal point where one may lead), which a
    search for that one character finds faster than the pattern's own scan (its last
    alternative starts with a lookbehind, so the pattern is tried at every position)."""
    number, start = rules.number, rules.number_start
    pos = 0
    while (c := start.search(text, pos)) is not None:
        m = number.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()  # never empty: every alternative takes a character


@lru_cache(maxsize=16)
def _date_side_res(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """A language's words that bound a date on one side, other than [dates] bounds_before:
    ``bounds_after`` after it ("March 2015 at the latest", "2015年3月前", "までに"), a
    deadline; ``earliest_before`` before it ("frühestens im", "no earlier than") and
    ``earliest_after`` after it ("at the earliest"), the other side."""
    rules = rules_for(lang)
    data = rules.data.get("dates", {}) if rules is not None else {}
    cjk = rules is not None and rules.cjk
    left, right = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")

    def after(key: str) -> re.Pattern[str] | None:
        words = data.get(key, [])
        return re.compile(rf"\s*,?\s*(?P<h>{_alt(words)}){right}", re.I) if words else None

    words = data.get("earliest_before", [])
    before = re.compile(rf"{left}(?P<h>{_alt(words)})\s*$", re.I) if words else None
    return after("bounds_after"), before, after("earliest_after")


def _date_side(text: str, start: int, end: int, lang: str | None) -> tuple[str, str] | None:
    """The bound a date's own words put on it other than a deadline before it (`_date_side_res`):
    ("by", words) or ("not_before", words), each with the mark of where the words stand."""
    deadline_after, earliest_before, earliest_after = _date_side_res(lang)
    if earliest_before is not None:
        m = earliest_before.search(text[max(0, start - 24) : start])
        if m:
            return "not_before", m.group("h") + "\x00"
    for hedge, pattern in (("by", deadline_after), ("not_before", earliest_after)):
        if pattern is not None:
            m = pattern.match(text[end : end + 24])
            if m:
                return hedge, m.group("h") + "\x01"
    return None


@lru_cache(maxsize=16)
def _week_res(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A language's words that make a day the first of a week ([dates] week_before,
    week_after): "the week starting 25th February", "la semaine du 25 février", "2月25日の週"."""
    rules = rules_for(lang)
    data = rules.data.get("dates", {}) if rules is not None else {}
    cjk = rules is not None and rules.cjk
    left, right = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    words = data.get("week_before", [])
    before = re.compile(rf"{left}(?:{_alt(words)})\s*$", re.I) if words else None
    words = data.get("week_after", [])
    after = re.compile(rf"\s*(?:{_alt(words)}){right}", re.I) if words else None
    return before, after


def _week_of(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the words around a day (`_week_res`) say the week it opens, not the day."""
    before, after = _week_res(lang)
    return bool(
        (before is not None and before.search(text[max(0, start - 32) : start]))
        or (after is not None and after.match(text[end : end + 12]))
    )


#: What may stand between a Chinese figure and its scale: "540多万", "30余亿" (and some).
_ODD_BEFORE_SCALE = frozenset("多余餘")


_BAD_BEFORE = _lazy(r"(?:[A-Za-z]-?|[\w./:]|(?<![^\W\d_]),|\d[.,])$")


_BAD_BEFORE_CJK = _lazy(r"(?:[A-Za-z]-?|[A-Za-z0-9_./:]|(?<![^\W\d_]),|\d[.,])$")


_OPENERS = ('"', "«", "„", "「", "《", "[")


_FOUR_DIGITS = _lazy(r"\d{4}")


@lru_cache(maxsize=16)
def _year_count_res(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """[year_counts] of a language's data: one pattern of its nouns after a figure's end
    (spaces, then the noun as a whole word) and one of its words of not_after ending a
    text (the word, then spaces); None when it lists no nouns."""
    rules = rules_for(lang)
    data = rules.data.get("year_counts", {}) if rules is not None else {}
    if not data.get("nouns"):
        return None
    nouns = re.compile(rf"[ \u00a0]+(?:{_alt(data['nouns'])})(?!\w)", re.I)
    words = data.get("not_after") or ["(?!)"]
    before = re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+$", re.I)
    return nouns, before


def _four_digit_count(text: str, pre: str, stop: int, lang: str | None) -> bool:
    """Whether a bare four-digit figure ending at `stop` counts the noun right after it
    ("2000 Menschen aus 90 Ländern", "1200 personnes"), by [year_counts] nouns, rather
    than naming a year; not after a word of not_after ("in 2013 people gathered")."""
    res = _year_count_res(lang)
    if res is None or res[0].match(text, stop) is None:
        return False
    return res[1].search(pre[-24:]) is None


_A_OR_ONE = _lazy(r"(?<!\w)(?:a|one)\s$")


# A copyright notice's years ("Copyright © 1998 - 2016", "©2020"): years in any language,
# also where a year otherwise takes its word ("1998年"). Tested on the last 24 characters.
_COPYRIGHT_BEFORE = _lazy(
    r"(?:©|\([cC]\)|(?i:copyright))[\s\u00a0]*(?:\d{4}[\s\u00a0]*[-–—~～][\s\u00a0]*)?$"
)


_CLOSERS = ('"', "»", "“", "」", "》", "]")


def _cited_year(text: str, start: int, end: int) -> bool:
    """Whether the bracketed figure at ``start:end`` is a citation's first edition right
    after its year in parentheses ("(2001) [1994]"), not a footnote mark."""
    if end - start != 4 or text[start - 1 : start] != "[" or not text[start:end].isdigit():
        return False
    return 1000 <= int(text[start:end]) <= 2099 and text[
        max(0, start - 8) : start - 1
    ].rstrip().endswith(")")


#: A clock time just before a sign: what follows is its offset from UTC ("18:00:00+00").
_CLOCK_BEFORE = _lazy(r"\d:\d\d(?::\d\d(?:\.\d+)?)?[+-]$")


#: The joiner leading a unit word ("de hectáreas", "d'hectares"), see [unit_joiners].
_JOINER = _lazy(r"^(?:[^\s'’]+['’]|\S+\s+)")


def _read_numbers(text: str, rules: Rules, add: Any, free: Any, reading: Reading) -> None:
    units = _units()
    may_quote = rules.quoted_name_before_re is not None and (
        '"' in text if text.isascii() else _holds_any(text, _QUOTE_OPEN)  # '"' is its ASCII one
    )
    bad_before = _BAD_BEFORE_CJK if rules.cjk else _BAD_BEFORE
    for m in _numbers(rules, text):
        start, end = m.start(), m.end()
        if not free(start, end):
            continue
        # The text before the number, taken once: the windows looked at below are its ends
        # (`pre[-k:]` is `text[max(0, start - k) : start]` for k <= _PRE). A window of k
        # characters ends with `last` (its last character other than whitespace) when
        # `trail` (its whitespace at the end) < k, else holds whitespace only.
        pre = text[start - _PRE if start > _PRE else 0 : start]
        stripped = pre.rstrip()
        last, trail = stripped[-1:], len(pre) - len(stripped)
        cb = rules.currency_before_re.search_ending(pre[-6:], last if trail < 6 else "")
        before = pre[-2:]
        # A space before the number matches no branch of `bad_before` (none ends in one).
        if before and before[-1] != " " and bad_before.search(before) and not cb:
            continue
        if (
            before.endswith(_OPENERS)
            and text[end : end + 2].lstrip(",")[:1] in _CLOSERS
            and not _cited_year(text, start, end)
        ):
            continue  # a title ("1917") or a footnote mark ([23]) is no quantity
        if before[-1:] in ("+", "-") and _CLOCK_BEFORE.search(text, max(0, start - 16), start):
            continue  # "18:00:00+00": a time zone's offset, no figure
        if may_quote and _in_quoted_name(text, start, end, rules):
            continue  # 'known as "the road of 1,000 bends"': a name, not a count
        if rules.name_after_re is not None and rules.name_after_re.match(text, end):
            continue  # part of a name: "TSV Berlin-Wittenau 1896 e.V.", "mock 1.0 alpha"
        parsed = _digits(m.group(), rules)
        if parsed is None:
            reading.unreadable.append(m.group())
            continue
        value, precision = parsed
        rest = text[end : end + 48]
        kind, dim, label = "number", None, "quantity"
        unit_name: str | None = None
        consumed = 0
        odd = ""

        # A scale word: "1.5 million", "23,7 Milliarden", the marks left for text2num's.
        sm = _MARK_SCALE.match(rest) if rest.startswith("\x01e") else None
        if sm:
            scale = 10.0 ** int(sm.group(1))
            consumed = sm.end()
        else:
            sm = rules.scale_re.match(rest)
            scale = 1.0
            if sm is None and rules.cjk and rest[:1] in _ODD_BEFORE_SCALE:
                # "540多万", "30余亿": the figure and some of the scale after it.
                sm = rules.scale_re.match(rest, 1)
                odd = rest[0] if sm is not None else ""
            if sm:
                scale = rules.scales[_key(sm.group().strip(" \u00a0\u202f-"))]
                consumed = sm.end()
        value *= scale
        precision = precision * scale if scale >= 1000 else precision  # "2 dozen" is 24
        after = rest[consumed:]
        plus = after[:1] == "+" and after[1:2] in (" ", "\u00a0")
        if plus:
            # "40+ years": at least forty years.
            consumed += 1
            after = rest[consumed:]

        currency = None
        if cb:
            currency = _currency(cb.group().strip(), rules)
            if currency and scale == 1.0:
                cs = rules.currency_scale_re.match(after)
                if cs:
                    factor = rules.currency_scales[cs.group().strip().lower()]
                    value *= factor
                    precision *= factor
                    consumed += cs.end()
                    after = rest[consumed:]
        if currency is None and after[:1] == "¢":
            currency, value, precision = "USD", value / 100, precision / 100
            consumed += 1
            after = rest[consumed:]
        elif currency is None and rules.cents_re is not None:
            cm = rules.cents_re.match(after)
            if cm:
                # "99 cents" is "99¢" (taken as US cents, as "¢" is).
                currency, value, precision = "USD", value / 100, precision / 100
                consumed += cm.end()
                after = rest[consumed:]
        if currency is None:
            ca = rules.currency_after_re.match(after)
            if ca:
                currency = _currency(ca.group().strip().lstrip("-"), rules)
                consumed += ca.end()
                after = rest[consumed:]
        if currency:
            kind, dim = "money", currency
        elif (am := rules.after_number_re.match(after)) is not None:
            # What follows the number: the first of points, percent, a unit, a multiplier or
            # an ordinal's suffix that matches there, named by the group it matched.
            found = am.lastgroup
            if found == "points":
                kind, dim = "points", "points"
                consumed += am.end()
            elif found == "percent":
                kind, dim = "percent", "percent"
                consumed += am.end()
            elif found in ("unit_exact", "unit_word"):
                if found == "unit_exact":
                    name, unit_end = rules.unit_exact[am.group().strip().lstrip("-")], am.end()
                else:
                    written = am.group().strip(" \u00a0\u202f-")
                    if (
                        rules.names_capitalized
                        and written[:1].isupper()
                        and written[1:2].islower()
                        and not _title_case(text, start)
                    ):
                        reading.named_units.append(text[start : end + am.end()].strip())
                        continue  # "Ninety Mile Beach", "Eight Mile Road": a name
                    unit_key = _key(written)
                    if unit_key not in rules.units:
                        unit_key = _key(_JOINER.sub("", written, count=1))  # "de hectáreas"
                    name, unit_end = rules.units[unit_key], am.end()
                    pieces = _pieces_of(rules.base)
                    if pieces is not None and pieces.match(after, am.end() - len(written)):
                        name = ""  # "1,000 bits of plastic": pieces counted, no data size
                if name:
                    factor, offset, dim = units[name]
                    value = value * factor + offset
                    precision *= factor
                    kind, label = "unit", ("duration" if _is_time(name) else "unit")
                    unit_name = name
                    consumed += unit_end
            elif found == "multiplier":
                consumed += am.end()
                how_often = rules.data.get("multipliers", {}).get("how_often")
                if (
                    (
                        rules.ratio_re is None
                        and not _done_times(text, start, rest[consumed:], rules)
                    )
                    or (rules.ratio_re is not None and rules.ratio_re.match(rest[consumed:]))
                    or (how_often and am.group().strip(" \u00a0\u202f") not in how_often)
                ):
                    # "-fach" is always a ratio; "-mal" only before a comparison.
                    kind, dim, label = "multiplier", "times", "multiplier"
                elif am.group().strip().lower() not in rules.multiplier_signs:
                    # "returned a 400 status 24 times": how often, not how many times more.
                    label = "frequency"
            elif found == "ordinal":
                kind, label = "rank", "rank"
                consumed += am.end()
        if kind == "number" and rules.multiplier_before_re.search_ending(
            pre[-16:], last if trail < 16 else ""
        ):
            kind, dim, label = "multiplier", "times", "multiplier"
        stop = end + consumed
        tail = text[stop : stop + 1]
        if tail and (tail.isalnum() or tail == "_") and not rules.cjk:
            continue  # "3172a", "5G", "10:30"-like glued forms are no quantities
        rate_factor: float | None = None
        if kind in ("number", "unit"):
            # A rate: "10,000 tasks per second", "每小时27680公里", "時速300キロ".
            per = None
            rb = rules.rate_before_re.search(pre[-10:]) if rules.rate_before else None
            if rb:
                per = rules.rate_before[rb.group()[: len(rb.group()) - len(rb.group("gap"))]]
            else:
                ra = rules.rate_after_re.match(text[stop : stop + 64])
                if ra and rules.rate_breaks:
                    # "30 witnesses across almost a week" spans a week; it is no rate.
                    gap = _TOKEN.findall(text[stop : stop + ra.start("per")].lower())
                    if not rules.rate_breaks.isdisjoint(gap[:-1]):
                        ra = None

                if ra and kind == "unit" and dim == "second":
                    # "8 hours a day" is a rate; "15 years showed signs of consciousness a
                    # month" two spans: no span lasts longer than the period it recurs in.
                    p_factor = units[rules.rate_per[_key(ra.group("per"))]][0]
                    if factor >= p_factor:
                        ra = None
                if ra:
                    per = rules.rate_per[_key(ra.group("per"))]
                    if (
                        kind == "number"
                        and rules.decimal in text[start:stop]
                        and (series := _version_after(rules.base)) is not None
                        and series.match(text, stop)
                    ):
                        continue  # "the 2.9 series will ship every month": no count a month
                    stop += ra.end()
            if per is not None:
                p_factor, _, p_dim = units[per]
                u_factor, u_dim = (factor, dim) if kind == "unit" else (1.0, "1")
                rate_factor = u_factor / p_factor
                value /= p_factor
                precision /= p_factor
                dim = f"{u_dim} / {p_dim}"
                unit_name = f"{unit_name or 'count'} / {per}"
                kind, label = "unit", "unit"
        if kind == "number":
            if rules.rank_before_re.search_ending(pre[-16:], last if trail < 16 else ""):
                kind, label = "rank", "rank"
                if _named_rank(text, start, rules):
                    continue  # "Friday Facts #282", "Route number 66": a name's number
                idiom = rules.rank_idiom_re
                if idiom is not None and idiom.search(text[max(0, start - 16) : stop + 16]):
                    continue  # "第三者" (a third party) ranks nothing
            elif (
                1000 <= value <= 2100
                and scale == 1.0
                and precision == 0.5
                and _FOUR_DIGITS.fullmatch(m.group())
                and not (value == 1000 and _A_OR_ONE.search(pre[-4:]))
                and not (
                    rules.cjk
                    and not rest.startswith("年")
                    and not _COPYRIGHT_BEFORE.search(pre[-24:])
                )
                and not _four_digit_count(text, pre, stop, rules.lang)
            ):
                kind = "year"
        if kind == "number" and _identifier(text, start, stop, rules):
            continue  # "Python 3.6.0", "Integer 32", "Absatz 4", "M.2 2280", "93(01)班"
        if kind == "year" and _series_year(text, start):
            continue  # "Office 2021", "Windows 2000", "Euro 2016": the series' edition
        if kind == "number" and text[stop : stop + 2] in (":0", ":1", ":2", ":3", ":4", ":5"):
            continue  # a time of day
        after_re, before_re = rules.time_after_re, rules.time_before_re
        if kind in ("number", "unit") and (
            (after_re and after_re.match(text, end))
            or (before_re and before_re.search(text, max(0, start - 6), start))
        ):
            continue  # a time of day: "um 18 Uhr", "à 17 h 58", "at 6 p.m."
        if rules.hour_marks and _time_of_day(text, start, end, rules.hour_marks):
            continue  # "11時30分", "10点30分": a time of day, not a count or a duration
        if (
            kind == "number"
            and text[stop : stop + 1] == "/"
            and text[stop + 1 : stop + 2].isdigit()
        ):
            continue  # "8/25", a fraction or a slashed date we do not read
        v = Value(kind, value, text[start:stop].strip(), start, stop, dim, precision, label=label)
        v.unit = unit_name
        if rate_factor is not None:
            v.factor = rate_factor
        elif unit_name is not None:
            v.factor, v.offset = units[unit_name][0], units[unit_name][1]
        if kind in ("number", "percent", "points", "money", "unit", "multiplier"):
            _hedge(v, text, rules, pre, last)
            if plus and v.hedge is None:
                v.hedge, v.hedge_text = "at_least", "+\x01"
            if odd and v.hedge is None:
                v.hedge, v.hedge_text = "odd", odd + "\x01"
                v.hedge_span = (end, end + 1)
        elif kind == "year":
            v.ymd = (int(value), None, None)
            if rules.year_word_re.search_ending(pre[-12:], last if trail < 12 else ""):
                v.label = "year"  # "en el año 2000": a year, never a count
            bound = rules.date_bound_re.search_ending(pre[-24:], last if trail < 24 else "")
            _hedge(v, text, rules, pre, last)
            year_hedge = (
                rules.year_hedge_re.search(text, max(0, start - 16), start)
                if rules.year_hedge_re is not None and v.hedge is None
                else None
            )
            if v.hedge is not None and v.label != "year":
                v.kind, v.ymd = "number", None  # "más de 2000" counts, it dates nothing
            elif bound:
                v.hedge, v.hedge_text = "by", bound.group("h") + "\x00"
            elif (side := _date_side(text, start, v.end, rules.lang)) is not None:
                v.hedge, v.hedge_text = side
            elif v.hedge == "about":
                pass  # "大约1986年", "in about the year 1990": two years either way
            elif year_hedge is not None:
                # "um 1999", "c. 1850": words that hedge a year only ("um 5 Prozent" is "by").
                v.hedge, v.hedge_text = "about", year_hedge.group().strip() + "\x00"
            else:
                v.hedge = v.hedge_text = None
        add(v)


@lru_cache(maxsize=64)
def _done_times_words(
    lang: str | None,
) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None] | None:
    """The language's verbs of doing or happening after which "N fois", "N veces", "N
    vezes" say how often, what may not follow the figure then (a comparison: "3 fois
    plus"), and what after the figure makes it how often with any verb (the clause's end:
    "visitaron la planta dos veces."): [multipliers] how_often_verbs,
    how_often_not_before, how_often_at_end. None without verbs."""
    rules = rules_for(lang)
    table = rules.data.get("multipliers", {}) if rules is not None else {}
    verbs, not_before = table.get("how_often_verbs"), table.get("how_often_not_before")
    if not verbs:
        return None
    at_end = table.get("how_often_at_end")
    return (
        re.compile(verbs, re.I),
        re.compile(not_before, re.I) if not_before else None,
        re.compile(at_end, re.I) if at_end else None,
    )


#: How far before "N fois" (in characters) the verb of doing may end, and what may stand
#: between: words and figures of its object, no clause's end ("devolvimos un código 400 24
#: veces").
_DONE_TIMES_REACH = 40


_DONE_TIMES_GAP = _lazy(r"[^,;:.!?()\[\]\n]*\Z")

#: A figure shortly before "N veces" in its clause: "de 4 fois à 12 fois", "de 4 a 12 veces"
#: (the end of a range or pair, read as the first is), not how often said at a clause's end.
_FIGURE_JUST_BEFORE = _lazy(r"\d[^\d,;:.!?()\n]*\Z")
_FIGURE_BEFORE_REACH = 24


def _done_times(text: str, start: int, after: str, rules: Rules) -> bool:
    """Whether "N fois" (a multiplier word after the number at `start`, `after` the text
    past it) says how often, after a verb of doing or happening of the language
    (`_done_times_words`: "nous avons renvoyé 24 fois un code 400", "ocurrió 24 veces"):
    a count, as "returned … 24 times" is, not a multiplier of something."""
    words = _done_times_words(rules.lang)
    if words is None:
        return False
    verbs, not_before, at_end = words
    if not_before is not None and not_before.match(after):
        return False
    lo = max(0, start - _DONE_TIMES_REACH)
    if (
        at_end is not None
        and at_end.match(after)
        and not _FIGURE_JUST_BEFORE.search(text, max(0, start - _FIGURE_BEFORE_REACH), start)
    ):
        # Nothing a multiplier could be of follows: the clause ends ("dos veces."); not
        # the end of a range or pair of factors ("passe de 4 fois à 12 fois").
        return True
    return any(_DONE_TIMES_GAP.match(text, m.end(), start) for m in verbs.finditer(text, lo, start))
