"""The readers of the other kinds of value: dates, relative dates, durations, clock times,
frequencies, decades, fractions, ranges said in words ("hundreds") and word values."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .clauses import _data_patterns
from .modifiers import _hedge
from .names import _CLAUSE_CLOSE
from .numbers import _JOINER, _date_side, _week_of
from .numerals import _digits, _holds_all, _roman, _small_number
from .patterns import _CLOCK_DIGITS, _TOKEN, _alt, _lazy
from .results import Reading, Value
from .rules import _NEVER, Rules, _is_time, _key, _load_toml, _units, rules_for
from .sentences import _sentence_ends


def _read_relative(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    """Times counted from the page's date: "last year", "next month", "去年" (`value` the
    offset in `dim` units, `unit` "calendar"), "two years ago", "vor einem Jahr", "3年前"
    (`value` minus the count, `unit` "ago")."""
    for m in rules.relative_re.finditer(text, *g):
        if free(m.start(), m.end()):
            offset, unit = rules.relative_words[_key(m.group())]
            v = Value("relative", float(offset), m.group(), m.start(), m.end(), unit)
            v.unit, v.label = "calendar", "relative time"
            add(v)
    for gate in rules.relative_ago:
        for m in gate.finditer(text, *g):
            if not free(m.start(), m.end()):
                continue
            written = m.group("n")
            if written[0].isdigit():
                count, precision = _digits(written, rules) or (0.0, 0.0)
            else:
                count, precision = 1.0, 0.0
            if not count or rules.cjk and count >= 1000:
                continue  # "2019年前": before a year, not 2019 years ago
            unit = rules.units[_key(m.group("unit"))]
            # The hedge before the figure: "about two years ago", "vor knapp einem Jahr".
            figure = Value("relative", -count, m.group(), m.start("n"), m.end())
            _hedge(figure, text, rules)
            v = replace(figure, start=m.start(), dim=unit, precision=precision)
            v.unit, v.label = "ago", "relative time"
            add(v)


def _read_frequencies(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    units = _units()
    for m in rules.frequency_re.finditer(text, *g):
        # "twice a week", "once every two seconds": a count per unit of time.
        if not free(m.start(), m.end()):
            continue
        per = rules.units[_key(m.group("per"))]
        p_factor, _, p_dim = units[per]
        if m.group("n"):
            # "every 2,000 milliseconds": once in that period.
            parsed = _digits(m.group("n"), rules)
            if parsed is None or not parsed[0]:
                continue
            every, count = parsed[0], 1
        else:
            every = int(m.group("k")) if m.group("k") else 1
            count = rules.frequency_words[m.group("w").lower()]
        v = Value("unit", count / (every * p_factor), m.group(), m.start(), m.end(), f"1 / {p_dim}")
        v.unit, v.label, v.factor = f"count / {per}", "unit", 1 / (every * p_factor)
        add(v)


#: A number shortly before, in the same clause: "10,000 tasks a second" is a rate.
_NUMBER_BEFORE = _lazy(r"\d[^.;:,!?\d]{0,32}$")


def _read_phrases(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    units = _units()
    for m in rules.phrase_re.finditer(text, *g):
        amount, unit, hedge = rules.phrases[_key(m.group())]
        factor, offset, dim = units[unit]
        v = Value("unit", amount * factor, m.group(), m.start(), m.end(), dim, 0.0)
        v.unit, v.label, v.factor, v.offset = unit, "duration", factor, offset
        if hedge:
            v.hedge, v.hedge_text = hedge, "\x01"
        else:
            _hedge(v, text, rules)
        add(_duration_rate(v, text, rules))
    for m in rules.one_unit_re.finditer(text, *g):
        if not free(m.start(), m.end()):
            continue
        before = _NUMBER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and rules.rate_breaks.isdisjoint(
            _TOKEN.findall(text[before.start() + 1 : m.start()].lower())
        ):
            continue  # "10,000 tasks a second": a rate, read with its number
        unit = rules.units[_key(m.group("unit"))]
        factor, offset, dim = units[unit]
        v = Value("unit", factor, m.group(), m.start(), m.end(), dim, 0.0, label="duration")
        v.unit, v.factor, v.offset = unit, factor, offset
        _hedge(v, text, rules)
        add(_duration_rate(v, text, rules))


def _duration_rate(v: Value, text: str, rules: Rules) -> Value:
    """A duration said in words ("half an hour", "a third of an hour") before the period it
    recurs in ("each week", "a day"): that much per period, as "30 minutes each week" is
    read; not across a word of [rates] breaks ("half an hour over a week"), nor a duration
    as long as its period."""
    if v.kind != "unit" or v.dim != "second" or not v.factor:
        return v
    ra = rules.rate_after_re.match(text[v.end : v.end + 64])
    if ra is None:
        return v
    gap = _TOKEN.findall(text[v.end : v.end + ra.start("per")].lower())
    if not rules.rate_breaks.isdisjoint(gap[:-1]):
        return v
    per = rules.rate_per[_key(ra.group("per"))]
    p_factor, _, p_dim = _units()[per]
    if v.value >= p_factor:
        return v
    end = v.end + ra.end()
    return replace(
        v,
        value=v.value / p_factor,
        precision=v.precision / p_factor,
        text=text[v.start : end],
        end=end,
        dim=f"{v.dim} / {p_dim}",
        unit=f"{v.unit} / {per}",
        factor=v.factor / p_factor,
        label="unit",
    )


def _year(y: str | None) -> int | None:
    """A date's year as written; two digits are this century's up to 50 ("7/27/17" is
    2017), else the last's ("3/1/98" is 1998)."""
    if not y:
        return None
    year = int(y)
    return year if len(y) > 2 else year + (2000 if year <= 50 else 1900)


#: A digit before a separator or three more digits: the digit shared by both alternatives
#: comes first, so the scan skips to digits (an alternation at the start is tried at every
#: position).
_DATE_HINT = _lazy(r"\d(?:[./\-年月日]|\d{3})")


#: A word joined by a hyphen right after a month's name, then a capitalised word: "Jan-Niklas
#: Gwizdek", "May-Britt Moser" (a person's names), unless it is a month too ("Jan-Feb");
#: not a compound ("die Juli-Ausgabe des Magazins").
_NAME_AFTER_MONTH = _lazy(r"[-‐]([^\W\d_]+)[ \u00a0]+[^\W\d_a-zß-ÿ]")


def _read_dates(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    # Patterns without month names need digits joined by a separator or a year's four
    # digits: one look spares a scan by each when the text has neither.
    hint = g[1] and _DATE_HINT.search(text) is not None
    tokens = g[0]
    if not hint and (not tokens or tokens.isdisjoint(rules.date_triggers)):
        return  # every gate is shut, as the loop below would find each
    for pattern in rules.date_gates:
        if pattern.triggers is None:
            if not hint:
                continue
        elif not tokens or tokens.isdisjoint(pattern.triggers):
            continue  # the gate is shut (as `_Gate.open` finds it), without the call
        for m in pattern.finditer(text, *g):
            if not free(m.start(), m.end()):
                continue
            groups = m.groupdict()
            if groups.get("a"):
                # "6/18/2015" or "30/11/2016": read only when one part cannot be a month.
                a, b = int(groups["a"]), int(groups["b"])
                if a > 12 >= b:
                    groups["d"], groups["m"] = groups["a"], groups["b"]
                elif b > 12 >= a or a == b or rules.slash_month_first:
                    # "3/9/2017" in English: March 9, the month first ([dates]
                    # slash_month_first), as "6/18/2015" can only be read.
                    groups["m"], groups["d"] = groups["a"], groups["b"]
                else:
                    continue  # "3/9/2017": March 9 or 3 September? Never a guess.
            month_word = groups.get("m")
            if month_word and rules.months_capitalized and month_word[0].islower():
                continue  # "three may have escaped": "may" is no month
            if month_word and m.group().rstrip().endswith(month_word):
                joined = _NAME_AFTER_MONTH.match(text, m.end())
                if joined and joined.group(1).lower() not in rules.months:
                    continue  # "ahead of Jan-Niklas Gwizdek", "May-Britt": a name
            if month_word is not None and not month_word.isdigit():
                month = rules.months.get(month_word.lower().rstrip("."))
                if month is None:
                    continue
            else:
                month = int(month_word) if month_word else None
            day = int(groups["d"]) if groups.get("d") else None
            year = _year(groups.get("y"))
            if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
                continue
            kind = "date" if month else "year"
            # A quarter's number as text2num writes it ("2. Quartal", "3º trimestre"): `pn`.
            part_word = _key(groups.get("part") or groups.get("pn") or "").strip()
            part = rules.decade_parts.get(part_word) or rules.year_part_words.get(part_word)
            if day is not None and month is not None and part is None:
                # "the week starting 25th February": a week, its first day named.
                part = "week" if _week_of(text, m.start(), m.end(), rules.lang) else None
            v = Value(
                kind,
                float(year or 0),
                m.group().strip(),
                m.start(),
                m.end(),
                ymd=(year, month, day),
                part=part,
            )
            bound = rules.date_bound_re.search(text[max(0, m.start() - 24) : m.start()])
            side = _date_side(text, m.start(), m.end(), rules.lang) if not bound else None
            if bound:
                # "bis spätestens März 2015", "no later than June": a deadline, not a date.
                v.hedge, v.hedge_text = "by", bound.group("h") + "\x00"
            elif side is not None:
                v.hedge, v.hedge_text = side
            elif kind == "year":
                _hedge(v, text, rules)
                if v.hedge != "about":
                    v.hedge = v.hedge_text = None  # only "about" hedges a year: "大约1986年"
            add(v)


def _join_durations(values: list[Value], text: str, rules: Rules) -> list[Value]:
    """One duration of parts said in a row: "4年11か月", "1 year and 6 months", "2 Stunden
    und 30 Minuten" (a larger unit, then a smaller one, joined by nothing, a space, a comma
    or the language's "and"); a hedge before the first part bounds the whole ("less than
    eight minutes and forty seconds"). A bare count of one or two digits, under 60, that
    closes its clause after minutes or hours is the next unit down: "8 minutes 30" (and
    30 seconds), "2 heures 15" (and 15 minutes)."""
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.label != "duration"
            or prev.kind != "unit"
            or prev.dim != "second"
            or (prev.hedge_span is not None and prev.hedge_span[1] > prev.start)
            or (
                # A hedge after the last part bounds the whole ("8分40秒未満"), unless the
                # first part has its own.
                v.hedge is not None
                and (prev.hedge is not None or v.hedge_span is None or v.hedge_span[0] < v.end)
            )
            or prev.direction
            or not rules.duration_joiner_re.fullmatch(text[prev.end : v.start])
        ):
            out.append(v)
            continue
        if v.label == "duration" and v.kind == "unit" and v.dim == "second":
            # A part is less than one of the unit before it: "1 hour and 90 minutes" is
            # no one duration (a range's ends, "between 1 hour and 90 minutes").
            if prev.factor > v.factor and v.value < prev.factor:
                out[-1] = replace(
                    prev,
                    value=prev.value + v.value,
                    text=text[prev.start : v.end],
                    end=v.end,
                    precision=v.precision,
                    unit=None,
                    factor=1.0,
                )
                if v.hedge is not None:
                    out[-1].hedge, out[-1].hedge_text = v.hedge, v.hedge_text
                    out[-1].hedge_span = v.hedge_span
                continue
        elif (
            v.kind == "number"
            and v.hedge is None
            and not v.direction
            and prev.unit in ("minute", "hour")
            and v.text.isdigit()
            and len(v.text) <= 2
            and v.value < 60
            and _CLAUSE_CLOSE.match(text, v.end)
        ):
            part = prev.factor / 60  # "8 minutes 30": seconds; "2 heures 15": minutes
            out[-1] = replace(
                prev,
                value=prev.value + v.value * part,
                text=text[prev.start : v.end],
                end=v.end,
                precision=0.5 * part,
                unit=None,
                factor=1.0,
            )
            continue
        out.append(v)
    return out


def _read_clock(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    # A time taken, as a clock shows it: "3:53,99 min" is 233.99 seconds; or with unit
    # marks and no colon ([clock] glued): "8min36s51", "2 h 15 min".
    colon = ":" in text and _CLOCK_DIGITS.search(text) is not None  # every `clock` gate's `pre`
    for gate in itertools.chain(rules.clock if colon else (), rules.clock_glued):
        for m in gate.finditer(text, g[0], g[1], pre_seen=True):
            if not free(m.start(), m.end()):
                continue
            found = m.groupdict()
            frac = found.get("f") or found.get("mf") or ""
            seconds = (
                int(found.get("h") or 0) * 3600
                + int(found.get("m") or 0) * 60
                + int(found.get("s") or 0)
            )
            # A fraction after the seconds is of a second; after "3:53" hours, of a minute.
            tick = 1 if found.get("s") is not None or found.get("h") is None else 60
            value = seconds + (tick * int(frac) / 10 ** len(frac) if frac else 0.0)
            # To the half of its last part: a hundredth, a second, or a minute ("2 h 15 min").
            if frac:
                precision = tick * 0.5 * 10 ** -len(frac)
            else:
                precision = 0.5 if found.get("s") is not None else 30.0
            v = Value("unit", value, m.group(), m.start(), m.end(), "second", precision)
            v.unit, v.label = "second", "duration"
            _hedge(v, text, rules)
            add(v)


@lru_cache(maxsize=1)
def _glued_metres_re() -> re.Pattern[str] | None:
    """Metres and centimetres with the metre's mark between them (common.toml
    [glued_metres]): "13m15", "1m80", "13 m 15"; not a time ("3m20s", "3 m 20 s"), an area
    ("2m²") or a longer number ("13m150"), nor a figure inside a word or a number."""
    data = _load_toml("common").get("glued_metres", {})
    if not data.get("mark"):
        return None
    latin = r"A-Za-zÀ-ÖØ-öø-ÿ"
    not_after = data.get("not_after", [])
    time = rf"|[ \u00a0\u202f]?(?:{_alt(not_after)})(?![{latin}])" if not_after else ""
    marks = [data["mark"], *data.get("marks", [])]
    return re.compile(
        rf"(?<![0-9{latin}.,])(?P<n>[0-9]{{1,3}})(?P<gap>[ \u00a0\u202f]?)"
        rf"(?:{_alt(marks)})(?P=gap)(?P<c>[0-9]{{2}})"
        rf"(?![0-9{latin}²³]|[.,][0-9]{time})"
    )


@lru_cache(maxsize=1)
def _glued_metres_marks() -> tuple[str, ...]:
    """The metre's marks of [glued_metres] ("m", "メートル", "米"): a text holds glued
    metres only where it holds one."""
    data = _load_toml("common").get("glued_metres", {})
    return tuple(m for m in [data.get("mark"), *data.get("marks", [])] if m)


@lru_cache(maxsize=1)
def _glued_metres_time() -> re.Pattern[str] | None:
    """A word just before glued metres that makes them a time taken (common.toml
    [glued_metres] times_before): "couru en 2m35", "in 3m20"."""
    words = _load_toml("common").get("glued_metres", {}).get("times_before", [])
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0\u202f]$", re.I) if words else None


def _read_glued_metres(text: str, add: Any, free: Any) -> None:
    # "13m15" is 13.15 m, to half a centimetre.
    pattern = _glued_metres_re()
    if pattern is None or not any(mark in text for mark in _glued_metres_marks()):
        return
    before = _glued_metres_time()
    for m in pattern.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if before is not None and before.search(text, max(0, m.start() - 8), m.start()):
            continue  # a time taken: "couru en 2m35", "in 3m20"
        value = int(m["n"]) + int(m["c"]) / 100
        v = Value("unit", value, m.group(), m.start(), m.end(), "meter", 0.005)
        v.unit, v.label = "meter", "unit"
        add(v)


@lru_cache(maxsize=16)
def _joined_unit_re(lang: str | None) -> re.Pattern[str] | None:
    """A unit's symbol after a joiner ([unit_joiners] words): " de km", " d'ha"."""
    rules = rules_for(lang)
    if rules is None or not rules.unit_exact:
        return None
    joiners = rules.data.get("unit_joiners", {}).get("words")
    if not joiners:
        return None
    return re.compile(
        rf"[ \u00a0\u202f](?:{_alt(joiners)})[ \u00a0\u202f]?(?P<u>{_alt(rules.unit_exact)})"
        r"(?![\w/²³])"
    )


_CJK_NUMERAL_BEFORE = _lazy(r"[0-9〇零一二两兩三四五六七八九十百千万萬亿億]")


#: The comparators that make a collective numeral after them their bound on its round
#: figure (`_vague_bound`).
_VAGUE_BOUNDS = frozenset({"more_than", "less_than", "at_least", "at_most", "up_to", "nearly"})


def _vague_bound(written: str, text: str, start: int, end: int, rules: Rules) -> Value | None:
    """A collective numeral after a comparator as the comparator's bound on the numeral's
    round figure ([vague] bounds: "moins d'une centaine" is fewer than 100, "más de una
    veintena" more than 20, "mehr als ein Dutzend" more than 12); None without one (then
    "une centaine" alone is a range about 100)."""
    figure = rules.data.get("vague_bounds", {}).get(_key(written))
    if figure is None:
        return None
    v = Value("number", float(figure), written, start, end, precision=0.0)
    _hedge(v, text, rules)
    return v if v.hedge in _VAGUE_BOUNDS else None


def _read_vague(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    # "hundreds", "Tausende", "des milliers", "数千": a range, never one figure.
    guard = _data_patterns(rules.lang, "vague_guard", "patterns")
    joined = _joined_unit_re(rules.lang)
    for m in rules.vague_re.finditer(text, *g):
        if rules.cjk and m.start() and _CJK_NUMERAL_BEFORE.match(text, m.start() - 1):
            continue  # "10多场" is "more than ten", not "several"
        if guard is not None and guard.match(text, m.start()):
            continue  # "差不多所有": the 多 of "almost", then "all"
        lo, hi = rules.vague[_key(m.group())]
        um = rules.unit_word_re.match(text, m.end(), m.end() + 32)
        name = None
        if um:
            written = um.group().strip(" \u00a0\u202f-")
            name = rules.units.get(_key(written)) or rules.units.get(
                _key(_JOINER.sub("", written, count=1))
            )
        elif joined is not None:
            # "une vingtaine de km": the symbol after the joiner.
            um = joined.match(text, m.end(), m.end() + 16)
            name = rules.unit_exact.get(um.group("u")) if um else None
        if name and free(m.start(), um.end()):  # type: ignore[union-attr]
            # "une trentaine de kilomètres", "una treintena de kilómetros": a range of the unit.
            factor, offset, dim = _units()[name]
            end = um.end()  # type: ignore[union-attr]
            v = Value("unit", lo * factor + offset, text[m.start() : end], m.start(), end, dim)
            v.hedge, v.span = "range", (lo * factor + offset, hi * factor + offset)
            v.unit, v.factor, v.collective = name, factor, True
            v.label = "duration" if _is_time(name) else "unit"
            add(v)
        elif free(m.start(), m.end()):
            bound = _vague_bound(m.group(), text, m.start(), m.end(), rules)
            add(
                bound
                or Value("number", lo, m.group(), m.start(), m.end(), hedge="range", span=(lo, hi))
            )
    for m in rules.vague_unit_re.finditer(text, *g):
        # "a few months": a duration of two to nine months, never one figure.
        before_m = rules.vague_unit_context[0].search(text, max(0, m.start() - 12), m.start())
        after_m = rules.vague_unit_context[1].match(text, m.end())
        start = m.start() - len(before_m.group()) if before_m else m.start()
        end = after_m.end() if after_m else m.end()
        if not free(start, end):
            continue
        lo, hi = rules.vague_units[_key(m.group("w"))]
        unit = rules.units[_key(m.group("unit"))]
        if before_m or after_m:
            # "a few years ago", "vor einigen Jahren", "几年前": a time counted back, by a
            # count of two to nine.
            v = Value("relative", -lo, text[start:end], start, end, unit, hedge="range")
            v.span, v.unit, v.label = (-hi, -lo), "ago", "relative time"
            add(v)
            continue
        factor = _units()[unit][0]
        v = Value("unit", lo * factor, m.group(), m.start(), m.end(), "second", hedge="range")
        v.span, v.unit, v.factor, v.label = (lo * factor, hi * factor), unit, factor, "duration"
        add(v)
    for m in rules.vague_duration_re.finditer(text, *g):
        # "for decades", "spent months", "多年来": a range a figure may lie in, no figure.
        if not free(m.start(), m.end()):
            continue
        lo, hi, unit = rules.vague_durations[_key(m.group())]
        factor = _units()[unit][0]
        v = Value("unit", lo * factor, m.group(), m.start(), m.end(), "second", hedge="range")
        v.span, v.unit, v.factor, v.label = (lo * factor, hi * factor), unit, factor, "duration"
        v.loose = True
        add(v)


def _read_decades(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    gate = rules.decade_word_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(text, *g):
        if free(m.start(), m.end()):
            part = rules.decade_parts.get(_key(m.group("part") or "").strip())
            decade = float(rules.decade_words[_key(m.group("word"))])
            add(Value("decade", decade, m.group().strip(), m.start(), m.end(), part=part))
    gate = rules.century_word_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(text, *g):
        if free(m.start(), m.end()):
            century = float(rules.century_words[_key(m.group("word"))])
            add(Value("century", century, m.group().strip(), m.start(), m.end()))
    decades = rules.decades
    # Every decade gate needs digits and shares one `pre`: it is searched once, and only in
    # a text that holds the characters its every match holds ("0" of "1990s").
    if (
        decades
        and g[1]
        and (
            not _holds_all(text, rules.decade_needs) or decades[0].pre.search(text) is None  # type: ignore[union-attr]
        )
    ):
        decades = []
    for pattern in decades:
        for m in pattern.finditer(text, g[0], g[1], pre_seen=True):
            if not free(m.start(), m.end()):
                continue
            found = m.groupdict()
            if found.get("decade"):
                decade = int(found["decade"])
            elif found.get("cshort") and found.get("century"):
                # "19世纪40年代": the 40s of the 19th century, the 1840s.
                decade = (int(found["century"]) - 1) * 100 + int(found["cshort"])
            elif found.get("short"):
                decade = 1900 + int(found["short"])
            else:
                continue
            part = rules.decade_parts.get(_key(found.get("part") or "").strip())
            add(Value("decade", float(decade), m.group().strip(), m.start(), m.end(), part=part))
    for pattern in rules.centuries:
        if pattern.triggers is not None and g[0].isdisjoint(pattern.triggers):
            continue
        for m in pattern.finditer(text, *g):
            if not free(m.start(), m.end()):
                continue
            written = m.group("century")
            number = int(written) if written.isdigit() else _roman(written)
            if not number:
                continue
            part = rules.decade_parts.get(_key(m.groupdict().get("part") or "").strip())
            add(Value("century", float(number), m.group().strip(), m.start(), m.end(), part=part))


def _read_fractions(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    gate = rules.number_words_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(text, *g):
        if free(m.start(), m.end()):
            value = float(rules.number_words[m.group().lower()])
            v = Value("number", value, m.group(), m.start(), m.end(), precision=0.5)
            _hedge(v, text, rules)  # "more than a dozen"
            add(v)
    for gate in rules.fraction_patterns:
        if gate.triggers is not None and g[0].isdisjoint(gate.triggers):
            continue
        for m in gate.finditer(text, *g):
            if not free(m.start(), m.end()):
                continue
            found = m.groupdict()
            precision = 0.0
            if found.get("tenths"):
                # "七成" is seven tenths, said to the nearest tenth.
                share, precision = int(found["tenths"]) / 10, 5.0
            else:
                written = (found.get("num") or "").lower()
                num = int(written) if written.isdigit() else rules.fraction_numerators.get(written)
                den_word = (found.get("w") or "").lower()
                den = (
                    int(found["den"])
                    if found.get("den")
                    else rules.fraction_denominators.get(den_word)
                )
                if not num or not den or num >= den or (den > 100 and not den_word):
                    continue  # "2 of 2019" is no share; "3 thousandths" is one
                share = num / den
            v = _fraction(share, m.group(), m.start(), m.end())
            v.precision = precision
            _hedge(v, text, rules)
            add(v)
    gate = rules.one_in_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(text, *g):
        den = int(m.group("den"))
        if den > 0 and free(m.start(), m.end()):
            v = _fraction(1 / den, m.group(), m.start(), m.end())
            _hedge(v, text, rules)
            add(v)
    gate = rules.fraction_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(text, *g):
        if free(m.start(), m.end()):
            v = _fraction(rules.fractions[_key(m.group())], m.group(), m.start(), m.end())
            _hedge(v, text, rules)
            add(v)


#: A share written as two counts: "12 des 15", "4 of the 5".
_TWO_COUNTS = _lazy(r"(\d{1,3})\D+?(\d{1,3})")


#: ... ending what is written, after any hedge: "about 14 of the 64".
_LAST_TWO_COUNTS = _lazy(r"(?<!\d)(\d{1,3})\D+?(\d{1,3})$")


def _counts_of(v: Value, readings: list[Reading]) -> list[Value]:
    """A share written as two counts ("12 des 15") as the two counts, when a quote gives
    both within a few words of each other in one sentence ("12 députés (sur 15)", "21
    Christians — 20 of them"); else the share itself."""
    m = _TWO_COUNTS.fullmatch(v.text) if v.label == "fraction" and not v.hedge else None
    if m is None:
        return [v]
    counts = [
        Value(
            "number",
            float(m.group(i)),
            m.group(i),
            v.start + m.start(i),
            v.start + m.end(i),
            precision=0.5,
            label="share",  # what it counts is said once, after the second
        )
        for i in (1, 2)
    ]
    for r in readings:
        found = [[q for q in r.values if q.kind == "number" and q.value == c.value] for c in counts]
        for a in found[0]:
            for b in found[1]:
                lo, hi = sorted((a, b), key=lambda x: x.start)
                if hi.start - lo.end <= 40 and not _REGION_END.search(r.text, lo.end, hi.start):
                    return counts
    return [v]


@lru_cache(maxsize=1)
def _rate_words() -> re.Pattern[str]:
    """The words between two counts that make them a rate ([shares] rates: "1 in 10")."""
    words = _load_toml("common").get("shares", {}).get("rates", [])
    return re.compile(rf"\W+(?:{_alt(words)})\W+", re.I)


@lru_cache(maxsize=1)
def _fraction_marks() -> tuple[str, ...]:
    """The marks of a fraction written as one (common.toml's [shares] fraction_marks:
    "四分之三", "4分の3", "3/4")."""
    return tuple(_load_toml("common").get("shares", {}).get("fraction_marks", []))


def _out_of(v: Value) -> tuple[int, int] | None:
    """The count and the total of a share written as two counts in figures ("14 sur 64",
    "14 out of 64", "14 von 64", "about 14 of the 64"); None for any other share, for a
    rate ("1 in 10", "3 de cada 10") and for a fraction written as one ("四分之三",
    "4分の3": a share, which meets "3 von 4" by the share they make)."""
    if v.label != "fraction" or any(mark in v.text for mark in _fraction_marks()):
        return None
    m = _LAST_TWO_COUNTS.search(v.text)
    if m is None or _rate_words().fullmatch(v.text, m.end(1), m.start(2)):
        return None
    return int(m.group(1)), int(m.group(2))


def _rate_share(v: Value) -> bool:
    """Whether `v` is a share written as a rate of two counts ("4 in 5", "4 de cada 5":
    [shares] rates between them), one a reader works out against other counts ("8 (sur
    10)"), not a fraction word ("half", "four fifths")."""
    m = _LAST_TWO_COUNTS.search(v.text) if v.label == "fraction" else None
    return m is not None and _rate_words().fullmatch(v.text, m.end(1), m.start(2)) is not None


def _fraction(share: float, words: str, start: int, end: int) -> Value:
    # A fraction in words is exact ("half" is 50%), compared as a percentage; a statement's
    # rounded percentage ("33%" for "a third") matches by its own rounding.
    return Value("percent", share * 100, words, start, end, "percent", 0.0, label="fraction")


#: A count joined by a hyphen before a word: the "two-" of "two-hundredfold".
_COUNT_JOINED = _lazy(r"(?<![\w-])([^\W_]+)-$")


def _read_word_values(text: str, rules: Rules, add: Any, free: Any, g: Any) -> None:
    for m in rules.multiplier_words_re.finditer(text, *g):
        if free(m.start(), m.end()):
            times, start = rules.multiplier_words[m.group().lower()], m.start()
            # "two-hundredfold": a count joined before the word multiplies it.
            count = _COUNT_JOINED.search(text, max(0, start - 16), start)
            if count is not None and free(count.start(), start):
                n = _small_number(count.group(1), rules.text2num)
                if count.group(1).isdigit():
                    n = int(count.group(1))
                if n:
                    times, start = times * n, count.start()
            add(
                Value(
                    "multiplier",
                    times,
                    text[start : m.end()],
                    start,
                    m.end(),
                    "times",
                    0.0,
                    label="multiplier",
                )
            )
    pos = 0
    gate = rules.rank_number_word_re
    while gate.open(*g) and (m := gate.pattern.search(text, pos)) is not None:
        number = _small_number(m.group("w"), rules.text2num)
        if number is None:
            pos = m.start("w")
            continue
        pos = m.end()
        if free(m.start("w"), m.end("w")):
            add(Value("rank", float(number), m.group(), m.start(), m.end(), label="rank"))
    # "En primer lugar, …", "Em segundo lugar, …": an enumeration's item at the opening of
    # a clause ranks nothing ([ranks] enumerations), "terminó en primer lugar" does.
    listed = None if "," not in text else _data_patterns(rules.lang, "ranks", "enumerations", re.I)
    items = [] if listed is None else [m.span() for m in listed.finditer(text)]

    def enumerated(at: int) -> bool:
        return any(lo <= at < hi for lo, hi in items)

    for m in rules.rank_before_noun_re.finditer(text, *g):
        if enumerated(m.start("w")):
            continue
        if free(m.start("w"), m.end("w")):
            rank = float(rules.rank_words[m.group("w").lower()])
            add(Value("rank", rank, m.group("w"), m.start("w"), m.end("w"), label="rank"))
    for m in rules.rank_prefix_re.finditer(text, *g):
        if free(m.start("w"), m.end()):
            rank = float(rules.rank_prefixes[m.group("w").lower()])
            add(Value("rank", rank, m.group(), m.start(), m.end(), label="rank"))
    enumeration = _data_patterns(rules.lang, "ranks", "enumeration_first", re.I)
    if enumeration is not None and "," in text:
        # "first, that …; second, that …": an enumeration's first item, as its second is.
        for m in enumeration.finditer(text):
            if free(m.start(), m.end()):
                add(Value("rank", 1.0, m.group(), m.start(), m.end(), label="rank"))
    for m in rules.rank_word_re.finditer(text, *g):
        around = text[max(0, m.start() - 16) : m.end() + 16]
        if rules.rank_idiom_re is not None and rules.rank_idiom_re.search(around):
            continue  # "de la première heure" ranks nothing
        if enumerated(m.start("w")):
            continue
        if free(m.start("w"), m.end("w")):
            add(
                Value(
                    "rank",
                    float(rules.rank_words[m.group("w").lower()]),
                    m.group("w"),
                    m.start("w"),
                    m.end("w"),
                    label="rank",
                )
            )


# A comma glued to a word is a typo's missing space ("Mathematics,1998"), not a separator.
#: The readers by their names in `Rules.readers` (all but `_read_numbers`).
_READERS: dict[str, Any] = {
    "relative": _read_relative,
    "frequencies": _read_frequencies,
    "phrases": _read_phrases,
    "dates": _read_dates,
    "clock": _read_clock,
    "decades": _read_decades,
    "fractions": _read_fractions,
    "word_values": _read_word_values,
    "vague": _read_vague,
}


#: What stands for a yearless date in the patterns of [date_tense] ("{date}").
_DATE_MARK = "\ue000"


#: How far before and after a yearless date its tense words are looked for.
_TENSE_BEFORE, _TENSE_AFTER = 60, 30


@lru_cache(maxsize=16)
def _date_tense_res(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's [date_tense] patterns, future and past, each one pattern with "{date}"
    standing for the date; None when it has neither."""
    rules = rules_for(lang)
    data = rules.data.get("date_tense", {}) if rules is not None else {}
    if not data.get("future") and not data.get("past"):
        return None

    def one(patterns: list[str]) -> re.Pattern[str]:
        if not patterns:
            return _NEVER
        return re.compile(
            "|".join(f"(?:{p.replace('{date}', _DATE_MARK)})" for p in patterns), re.I
        )

    return one(data.get("future", [])), one(data.get("past", []))


def _date_tense(text: str, v: Value, tense: tuple[re.Pattern[str], re.Pattern[str]]) -> int:
    """Whether the words around a yearless date say a coming event (1: "is scheduled for
    Feb. 14", "soll am 14. Februar", "est prévu le 14 février", "2月14日に予定") or a past
    one (-1: "took place on Dec. 3"), 0 for neither or both; read in a bounded window with
    the date itself as one mark."""
    lo, hi = max(0, v.start - _TENSE_BEFORE), min(len(text), v.end + _TENSE_AFTER)
    window = f"{text[lo : v.start]}{_DATE_MARK}{text[v.end : hi]}"
    future = tense[0].search(window) is not None
    past = tense[1].search(window) is not None
    return 1 if future and not past else -1 if past and not future else 0


#: Sentence ends (an abbreviation's period aside) and table cells: what a figure's region
#: never crosses.
_REGION_END = _sentence_ends(r"[.!?;](?=\s|$)|[\n│|。！？；]")
