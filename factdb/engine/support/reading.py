"""Reading a text: `read_values` and `_read`, which run each reader of a language's rules
and bind hedges, directions and negations to the values found."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import replace
from functools import lru_cache

from .modifiers import _bind_directions, _bind_separable
from .names import _CLAUSE_CLOSES, _RANGE_LINK, _gapped_name
from .negation import (
    _LABEL,
    _START,
    _negated_cjk_comparators,
    _negated_comparators,
    _not_a_direction,
    _read_denials,
)
from .numbers import _read_numbers
from .numerals import _digits, _prepare
from .patterns import _ASCII_DIGITS, _ASCII_WORDS, _DIGIT, _OPS, _PARSER, _TOKEN, _alt, _lazy
from .readers import (
    _READERS,
    _date_tense,
    _date_tense_res,
    _duration_rate,
    _join_durations,
    _read_clock,
    _read_dates,
    _read_decades,
    _read_fractions,
    _read_frequencies,
    _read_glued_metres,
    _read_phrases,
    _read_relative,
    _read_vague,
    _read_word_values,
)
from .results import Reading, Value, _close, _family
from .rules import Rules, _base, _is_time, _key, _open_question, _units, rules_for
from .sentences import _CLAUSE_END, _TITLE


def _number_word(m: re.Match[str], text: str, rules: Rules) -> list[Value]:
    """The values read from the word `m` matched, after the word before it ("the First")."""
    prior = _TOKEN.findall(text, max(0, m.start() - 16), m.start())
    lead = prior[-1].lower() + " " if prior else ""
    return [v for v in _read(lead + m.group().lower(), rules.lang).values if v.end > len(lead)]


def read_values(text: str, lang: str | None = None) -> Reading:
    """Read a text's values, directions and negation in a language.

    >>> [(v.kind, v.value, v.dim) for v in read_values("Iran passed 3.67% in 2019", "en").values]
    [('percent', 3.67, 'percent'), ('year', 2019.0, None)]
    >>> [(v.kind, v.value, v.dim) for v in read_values("23,7 Milliarden Euro", "de").values]
    [('money', 23700000000.0, 'EUR')]
    """
    return _read(text, lang)


def _dimension_products(values: list[Value], text: str, rules: Rules) -> None:
    """Give the length unit of a product of dimensions to its bare factors: in "22×80mm"
    or "22 x 80 mm" the 22 is millimetres too, not a count (nor "22 cm")."""
    for i in range(len(values) - 2, -1, -1):
        a, b = values[i], values[i + 1]
        if a.kind not in ("number", "multiplier") or a.hedge:
            continue
        if b.kind != "unit" or b.dim != "meter" or b.hedge:
            continue
        written = a.text.rstrip(" \u00a0\u202f")
        sign = written[-1:].lower() if written[-1:].lower() in rules.multiplier_signs else ""
        between = text[a.end : b.start].strip(" \u00a0\u202f").lower()
        if not (sign or between in rules.multiplier_signs) or (sign and between):
            continue
        if a.kind == "multiplier" and not sign:
            continue
        if b.offset or not b.factor or a.value != a.value:
            continue
        digits = written[: len(written) - len(sign)].rstrip(" \u00a0\u202f")
        values[i] = replace(
            a,
            kind="unit",
            text=digits,
            end=a.start + len(digits),
            value=a.value * b.factor,
            precision=a.precision * b.factor,
            dim=b.dim,
            unit=b.unit,
            factor=b.factor,
            label="unit",
        )


#: Kinds of figure whose unit a gapped clause's bare figure shares ("Smith won 49% and
#: Jones 51": 51 %).
_GAPPED_KINDS = frozenset({"percent", "points", "money", "unit"})


_FIRST_DIGITS = _lazy(r"\d[\d.,\u00a0\u202f]*\d|\d")


def _gapped_kinds(values: list[Value], text: str, rules: Rules) -> None:
    """Give a bare figure closing a gapped clause (`_gapped_name`) the unit, currency and
    scale of the figure coordinated before it: "Smith won 49% and Jones 51" (51 %), "raised
    $49 million and Jones 51" ($51 million), "lief 12 km und Weber 15" (15 km)."""
    for i in range(1, len(values)):
        a, b = values[i - 1], values[i]
        if a.kind not in _GAPPED_KINDS or b.kind != "number" or b.hedge or b.unit:
            continue
        if a.value != a.value or _gapped_name(text, a, b, rules) is None:
            continue
        written = _FIRST_DIGITS.search(text, a.start, a.end)
        parsed = _digits(written.group(), rules) if written is not None else None
        own = _digits(b.text, rules) if _FIRST_DIGITS.fullmatch(b.text) else None
        if parsed is None or not parsed[0] or own is None or own[0] != b.value:
            continue  # no digits to scale by, or a scale of its own ("and Jones 51 million")
        ratio = (a.value - a.offset) / parsed[0]
        values[i] = replace(
            b,
            kind=a.kind,
            value=b.value * ratio + a.offset,
            precision=b.precision * ratio,
            dim=a.dim,
            unit=a.unit,
            factor=a.factor,
            offset=a.offset,
            label=a.label,
        )


#: The marks after a number that designates something in Chinese or Japanese ("8号", "8號"):
#: the needles of [identifiers] designations.
_DESIGNATION_MARKS = ("号", "號")


def _named_spans(text: str, rules: Rules, key: str, needle: str) -> list[tuple[int, int]]:
    """The spans of `text` that its data's ``identifiers.<key>`` patterns say name
    something rather than count it (none without `needle` in the text): ``acceleration``,
    "0 to 60" before "in 2.8 seconds" whole and the "0 to" of "0-100 km/h" (the top speed
    is a figure); ``per_one``, "one" and its counter before another figure ("1匹10万ドル",
    "1人100元": per one, not a count)."""
    if needle not in text:
        return []
    sources = tuple(rules.data.get("identifiers", {}).get(key, []))
    if not sources:
        return []
    spans = []
    for pattern, lead in _compiled_each(sources):
        if lead is None:
            spans += [m.span() for m in pattern.finditer(text)]
            continue
        # Every match opens with `lead`: tried only where it stands (a pattern that opens
        # with a lookbehind is otherwise tried at every position), with the matches and
        # the order `finditer` gives (each is one character long at least).
        at = text.find(lead)
        while at >= 0:
            m = pattern.match(text, at)
            if m is not None:
                spans.append(m.span())
                at = text.find(lead, m.end())
            else:
                at = text.find(lead, at + 1)
    return spans


@lru_cache(maxsize=16)
def _compiled_each(sources: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str | None], ...]:
    """Each pattern compiled (re.I), with the character every match of it opens with
    (`_lead_character`), or None."""
    return tuple((re.compile(s, re.I), _lead_character(s, re.I)) for s in sources)


def _lead_character(pattern: str, flags: int) -> str | None:
    r"""The character every match of the pattern opens with: its first item that takes a
    character, after assertions (a lookbehind, a lookahead, an anchor), when that is a
    literal without a case; None otherwise.

    >>> _lead_character(r"(?<![\w.,])0\s*to", re.I), _lead_character(r"a|0", re.I)
    ('0', None)
    """
    try:
        items = _PARSER.parse(pattern, flags).data
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return None
    for op, av in items:
        if op in (_OPS.ASSERT, _OPS.ASSERT_NOT, _OPS.AT):
            continue
        if op is _OPS.LITERAL:
            c = chr(av)
            return c if c.lower() == c == c.upper() == c.casefold() else None
        return None
    return None


@lru_cache(maxsize=16)
def _fraction_of(lang: str | None) -> re.Pattern[str] | None:
    """What joins a fraction to the unit it takes a share of, then the unit's word: its
    data's ``fraction_of.joiner`` ("of a", "de", "d'"), or None."""
    rules = rules_for(lang)
    joiner = rules.data.get("fraction_of", {}).get("joiner") if rules is not None else None
    return re.compile(rf"(?:{joiner})(?P<unit>[^\W\d_]+)(?!\w)", re.I) if joiner else None


def _fractions_of_units(values: list[Value], text: str, rules: Rules) -> list[Value]:
    """A fraction of a unit as that much of the unit: "two hundredths of a second" is
    0.02 seconds, "un quart d'heure" 15 minutes, "una décima de segundo" 0.1 seconds (not
    2 %, 25 %, 10 %). The value read from the unit's word alone ("a second") goes. Returns
    the values made."""
    pattern = _fraction_of(rules.lang)
    if pattern is None:
        return []
    units = _units()
    made = []
    for i, v in enumerate(values):
        if v.label != "fraction" or v.kind != "percent" or v.span is not None:
            continue
        m = pattern.match(text, v.end)
        name = rules.units.get(_key(m.group("unit"))) if m else None
        end = m.end() if m is not None and name is not None else v.end
        if end == v.end and _bare_seconds(text, v, rules):
            name = "second"  # "trennten lediglich zwei Hundertstel.": of a second
        if name is None or name not in units:
            continue
        factor, offset, dim = units[name]
        if offset:
            continue  # no share of a degree Fahrenheit
        values[i] = made_value = replace(
            v,
            kind="unit",
            value=v.value / 100 * factor,
            text=text[v.start : end],
            end=end,
            dim=dim,
            unit=name,
            factor=factor,
            precision=v.precision / 100 * factor,
            label="duration" if _is_time(name) else "unit",
        )
        values[i] = made_value = _duration_rate(made_value, text, rules)
        made.append(made_value)
    if made:
        values[:] = [
            w
            for w in values
            if any(w is n for n in made)
            or not any(w.start < n.end and n.start < w.end for n in made)
        ]
    return made


def _bare_seconds(text: str, v: Value, rules: Rules) -> bool:
    """Whether a fraction of hundredths or thousandths said of nothing is of a second, as
    in a race ("zwei Hundertstel." "by two hundredths", "deux centièmes d'avance"): its
    word is one of ``fraction_of.seconds`` and the clause ends after it, or one of
    ``fraction_of.seconds_after`` follows."""
    data = rules.data.get("fraction_of", {})
    words = data.get("seconds", [])
    tokens = _TOKEN.findall(v.text.lower())
    if not words or not tokens or tokens[-1] not in {w.lower() for w in words}:
        return False
    if _CLAUSE_CLOSES.match(text, v.end):
        return True
    after = data.get("seconds_after", [])
    return bool(after) and re.match(rf"\s*(?:{_alt(after)})(?!\w)", text[v.end :], re.I) is not None


#: Comparators that a difference before them makes a reference ("33% higher than").
_COMPARATORS = frozenset({"more_than", "less_than", "at_least", "at_most", "up_to"})


_DIFFERENCE_KINDS = frozenset({"percent", "multiplier", "money", "points"})


#: The hedges a date's own bound words give it (`_read_dates`, `_date_side`).
_DATE_SIDES = frozenset({"by", "not_before"})


#: How far from a date its bound words may stand (the readers look 24 characters back).
_DATE_BOUND_REACH = 32


def _date_bound_span(text: str, v: Value) -> tuple[int, int]:
    """Where the bound words of date `v` stand (`v.hedge_text`, marked "\x00" before the
    date or "\x01" after it): the nearest such words within `_DATE_BOUND_REACH`
    characters, else an empty span."""
    assert v.hedge_text is not None
    words = re.compile(re.escape(v.hedge_text[:-1]), re.I)
    if v.hedge_text.endswith("\x00"):
        found = list(words.finditer(text, max(0, v.start - _DATE_BOUND_REACH), v.start))
        m = found[-1] if found else None
    else:
        m = words.search(text, v.end, v.end + _DATE_BOUND_REACH + len(v.hedge_text))
    return m.span() if m is not None else (v.start, v.start)


#: The figure a range's top is written with ("163 millions de dollars"): its scale.
_FIRST_FIGURE = _lazy(r"\d[\d.,\u00a0\u202f ]*\d|\d")


def _scale_range_start(a: Value, b: Value, rules: Rules) -> None:
    """A bare number opening a range whose top has a scale ("de 123 à 163 millions de
    dollars", "von 123 auf 163 Millionen Dollar") is of that scale, and that currency: 123
    million dollars. Not where the scaled start would pass the top."""
    m = _FIRST_FIGURE.search(b.text)
    parsed = _digits(m.group().strip(), rules) if m is not None else None
    if parsed is None or not parsed[0] or b.factor != 1.0 or b.offset:
        return
    scale = b.value / parsed[0]
    if scale < 1000 or not _close(scale, 10 ** round(math.log10(scale))):
        return
    if a.value * scale >= b.value:
        return
    a.value *= scale
    a.precision *= scale
    if b.kind == "money":
        a.kind, a.dim, a.label = "money", b.dim, b.label


@lru_cache(maxsize=8192)
def _read(text: str, lang: str | None, quote: bool = False) -> Reading:
    """The values of `text`; a `quote` is also read for the counts only a quote's are read
    for (`_prepare`)."""
    rules = rules_for(lang)
    if rules is None:
        reading = Reading(no_rules=_base(lang))
        return reading
    prepared = _prepare(text, rules, quote)
    reading = Reading()
    lowered = prepared.lower()
    # The text's tokens that are some gate's trigger: gates test nothing else, and a text
    # holding none of them (most, without digits) skips every triggered reader at once.
    if rules.cjk:
        g = (rules.all_triggers.intersection(lowered), _DIGIT.search(prepared) is not None)
    elif lowered.isascii():
        # An ASCII text's words and digits, read from its bytes: the regex engine's scans
        # ("\w+", "\d") cost several times as much. Its words are the runs of word
        # characters ([A-Za-z0-9_]) between the others, which become spaces.
        raw = lowered.encode("ascii")
        words = rules.ascii_triggers.intersection(raw.translate(_ASCII_WORDS).split())
        g = (
            frozenset([w.decode("ascii") for w in words]),
            len(raw.translate(None, _ASCII_DIGITS)) != len(raw),
        )
    else:
        g = (
            rules.all_triggers.intersection(_TOKEN.findall(lowered)),
            _DIGIT.search(prepared) is not None,
        )
    # One byte per character marks what a value already took: checks cost the span's
    # length, never the number of values read so far.
    taken = bytearray(len(prepared) + 1)

    def free(start: int, end: int) -> bool:
        # Bytes are 0 or 1: a 1 in the span (found without copying it) is a value there.
        return taken.find(1, start, end) == -1

    def add(v: Value) -> None:
        taken[v.start : v.end] = b"\x01" * (v.end - v.start)
        reading.values.append(v)

    if g[1]:
        # "0 to 60 in 2.8 seconds": the test of a car's acceleration, named by its speeds.
        for lo, hi in _named_spans(prepared, rules, "acceleration", "0"):
            taken[lo:hi] = b"\x01" * (hi - lo)
        # "1匹10万ドル": per one, no count.
        for lo, hi in _named_spans(prepared, rules, "per_one", "1"):
            taken[lo:hi] = b"\x01" * (hi - lo)
        # "9·11以来", "9.11以降", "depuis le 11-Septembre": the attacks, named by their date.
        for lo, hi in _named_spans(prepared, rules, "event_dates", "11"):
            taken[lo:hi] = b"\x01" * (hi - lo)
        # "提案8号", "台風8号", "嫦娥4号": a number that designates, no count.
        for mark in _DESIGNATION_MARKS:
            for lo, hi in _named_spans(prepared, rules, "designations", mark):
                taken[lo:hi] = b"\x01" * (hi - lo)

    if not g[0] and not g[1]:
        # No trigger and no digit: only the readers with an untriggered gate can read.
        for name in rules.always_readers:
            _READERS[name](prepared, rules, add, free, g)
    else:
        # The readers whose gates may open (as `_Reader.open` finds them), found from the
        # text's few trigger words rather than asked of each reader.
        opened = set(rules.always_readers)
        for token in g[0]:
            opened.update(rules.reader_words.get(token, ()))
        if g[1]:
            opened.update(rules.digit_readers)
            for token in g[0]:
                opened.update(rules.reader_digit_words.get(token, ()))
        if "relative" in opened:
            _read_relative(prepared, rules, add, free, g)
        if "frequencies" in opened:
            _read_frequencies(prepared, rules, add, free, g)
        if "phrases" in opened:
            _read_phrases(prepared, rules, add, free, g)
        if "dates" in opened:
            _read_dates(prepared, rules, add, free, g)
        if "clock" in opened:
            _read_clock(prepared, rules, add, free, g)
        if "decades" in opened:
            _read_decades(prepared, rules, add, free, g)
        if "fractions" in opened:
            _read_fractions(prepared, rules, add, free, g)
        if g[1]:
            _read_glued_metres(prepared, add, free)
            _read_numbers(prepared, rules, add, free, reading)
        if "word_values" in opened:
            _read_word_values(prepared, rules, add, free, g)
        if "vague" in opened:
            _read_vague(prepared, rules, add, free, g)
    reading.values.sort(key=_START)
    if reading.values and rules.rank_idiom_re is not None:
        # "Bolsonaro's first-tier cabinet", "a second-hand car", "de 2ª mano", "the triple
        # jump": a word of rank or a multiplier in an idiom ([ranks] idioms, [multipliers]
        # idioms) ranks, counts and measures nothing.
        spans = [m.span() for m in rules.rank_idiom_re.finditer(prepared)]
        if spans:
            # The spans do not overlap: the first ending after a value's start is the one
            # that may hold it.
            ends = [b for _, b in spans]
            reading.values = [
                v
                for v in reading.values
                if (i := bisect.bisect_right(ends, v.start)) == len(spans) or spans[i][0] >= v.end
            ]
    if "fraction" in map(_LABEL, reading.values):
        for v in _fractions_of_units(reading.values, prepared, rules):
            taken[v.start : v.end] = b"\x01" * (v.end - v.start)
    if len(reading.values) > 1:
        reading.values = _join_durations(reading.values, prepared, rules)
        _dimension_products(reading.values, prepared, rules)
        _gapped_kinds(reading.values, prepared, rules)
        for a, b in itertools.pairwise(reading.values):
            # "from $500 to $2,400", "von 20 bis 85 Euro", "20至85元": b is the range's top.
            if (
                a.hedge is None
                and b.hedge is None
                and a.value < b.value
                and (_family(a) == _family(b) or (a.kind == "number" and b.kind == "money"))
                and _RANGE_LINK.fullmatch(prepared, a.end, b.start) is not None
            ):
                b.range_top = True
                if a.kind == "number":
                    _scale_range_start(a, b, rules)
            elif (
                a.hedge == "about"
                and b.hedge is None
                and a.value < b.value
                and (_family(a) == _family(b) or a.kind == "number")
                and _RANGE_LINK.fullmatch(prepared, a.end, b.start) is not None
            ):
                # "approximately 10-11%", "etwa 20 bis 25 Euro", "环比约3至5个百分点": an
                # estimate of the whole range; its top is no more certain than its start.
                b.hedge, b.hedge_text, b.hedge_span = a.hedge, a.hedge_text, a.hedge_span
            if (
                b.hedge in _COMPARATORS
                and b.hedge_span is not None
                and (b.hedge_text or "").endswith("\x00")
                and a.kind in _DIFFERENCE_KINDS
                and a.start < b.hedge_span[0]
                and (a.end > b.hedge_span[0] or not prepared[a.end : b.hedge_span[0]].strip())
            ):
                # "a third higher than the $123 million", "33 % mehr als", "twice as high
                # as": a difference or a factor before the comparator names b as the
                # reference, no bound on it.
                b.hedge = b.hedge_text = None
                if b.year_like() and _CLAUSE_CLOSES.match(prepared, b.end):
                    # "33% more than 2010.", "33 Prozent mehr als 2010,": the reference is
                    # a year (its bound alone made it a count: "mehr als 2010 Menschen").
                    b.kind, b.ymd = "year", (int(b.value), None, None)
    # Hedge words ("more than", "不到") are no directions or negations: mark them as taken.
    for v in reading.values:
        if v.hedge_span:
            taken[v.hedge_span[0] : v.hedge_span[1]] = b"\x01" * (v.hedge_span[1] - v.hedge_span[0])
        elif v.hedge in _DATE_SIDES and v.hedge_text:
            # A date's bound ("no later than June", "au plus tard en juin", "March 2015 at
            # the latest") is no negation or direction either; its words stand right before
            # the date ("\x00") or right after it ("\x01").
            lo, hi = _date_bound_span(prepared, v)
            taken[lo:hi] = b"\x01" * (hi - lo)
    # A gate's trigger check, inlined here and in the readers: most texts shut most gates.
    gate = rules.direction_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(prepared, *g):
        if free(m.start(), m.end()) and not _not_a_direction(prepared, m, rules):
            reading.directions.append((rules.directions[m.group().lower()], m.group(), m.start()))
    split: dict[int, tuple[int, str, int]] = {}
    # The separable verbs of any figure's direction, by position: where their particle starts.
    particles: dict[int, int] = {}
    for pattern, sign, verbs in rules.direction_separable:
        if not any(verb in lowered for verb in verbs):
            continue  # a look for each verb costs less than the pattern's scan
        for m in pattern.finditer(prepared):
            if free(m.start(), m.end()):
                split[m.start()] = (sign, m.group(), m.start())
                particles[m.start()] = m.start("p")
    if rules.count_separable and g[1]:
        for pattern, sign, verbs in rules.count_separable:
            if not any(verb in lowered for verb in verbs):
                continue  # a look for each verb costs less than the pattern's scan
            for m in pattern.finditer(prepared):
                at = m.start("v") if "v" in pattern.groupindex else m.start()
                verb = m.group("v") if "v" in pattern.groupindex else m.group()
                if free(at, at + len(verb)):
                    split[at] = (sign, verb, at)
    if split:
        # "schafft 3 Modelle ab" takes away what "schafft 3 Modelle" makes.
        kept = [d for d in reading.directions if d[2] not in split]
        reading.directions = sorted([*kept, *split.values()], key=lambda d: d[2])
    if particles:
        _bind_separable(reading, particles)
    _bind_directions(reading, prepared, rules, frozenset(particles))
    if rules.negation_re is not None and rules.negation_re.open(*g):
        if rules.cjk:
            for t in _TITLE.finditer(prepared):
                taken[t.start() : t.end()] = b"\x01" * (t.end() - t.start())
        only = rules.negation_restrictive
        for m in rules.negation_re.pattern.finditer(prepared):
            if free(m.start(), m.end()) and not (only and only.match(prepared, m.start())):
                reading.negations.append((m.start(), m.group()))
                if m.group().lower() in rules.negation_back:
                    reading.negations_back.add(m.start())
        if reading.negations and reading.values and not rules.cjk:
            _negated_comparators(reading, prepared, lang)
        elif reading.negations and reading.values:
            _negated_cjk_comparators(reading, prepared)
        if reading.negations:
            reading.negation = reading.negations[0][1]
    _read_denials(reading, prepared, lowered, lang, free)
    years = (
        frozenset([int(v.value) for v in reading.values if v.kind == "year"])
        if reading.values
        else None
    )
    if years:
        for v in reading.values:
            if v.kind == "date" and v.ymd and v.ymd[0] is None:
                v.context_years = years
    if reading.values and (tense := _date_tense_res(rules.lang)) is not None:
        for v in reading.values:
            if v.kind == "date" and v.ymd and v.ymd[0] is None and v.ymd[1] is not None:
                v.tense = _date_tense(prepared, v, tense)
    gate = rules.modal_re
    shut = gate.triggers is not None and g[0].isdisjoint(gate.triggers)
    for m in () if shut else gate.finditer(prepared, *g):
        if free(m.start(), m.end()) and not _open_question(prepared, m.start(), m.end(), rules):
            reading.modals.append((m.start(), m.group()))
    if reading.negations or reading.modals:
        reading.bounds = [m.end() for m in _CLAUSE_END.finditer(prepared)]
    reading.text = prepared
    return reading
