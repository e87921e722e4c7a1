"""What the engine reads and returns: a `Value` read from a text, the `Reading` of one
text, the `Element` and `Support` of a verdict, and a few helpers on values (`_close`,
a value's family and the reading that holds it)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

_INF = math.inf


@dataclass(frozen=True)
class Element:
    """One element of a statement and what became of it in the quotes.

    ``kind`` is what it is (quantity, percent, money, unit, date, year, decade, century,
    rank, fraction, multiplier, duration, direction, negation, language, place); ``statement``
    and ``quote`` the words on each side (``quote`` None when the quote has none);
    ``verdict`` one of match, overstated, contradicted, missing, unreadable.
    """

    kind: str
    statement: str
    quote: str | None
    verdict: str
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "statement": self.statement,
            "quote": self.quote,
            "verdict": self.verdict,
            "note": self.note,
        }


@dataclass(frozen=True)
class Support:
    """The verdict: ``pass``, ``warn``, ``fail`` or ``unverified``, why, and the elements."""

    status: str
    reason: str
    elements: tuple[Element, ...] = ()


@dataclass(slots=True)
class Value:
    """A value read from a text.

    ``kind``: number, percent, points, money, unit, multiplier, rank, date, year, decade,
    century. ``value`` is in base units (SI for units, the fraction ×100 for fractions
    read as percent); ``dim`` the currency code or unit dimension; ``precision`` half the
    last written digit in the same units; ``lo``/``hi`` the interval its hedge allows.
    """

    kind: str
    value: float
    text: str
    start: int
    end: int
    dim: str | None = None
    precision: float = 0.0
    hedge: str | None = None
    hedge_text: str | None = None
    ymd: tuple[int | None, int | None, int | None] | None = None
    part: str | None = None  # early/mid/late of a decade
    direction: int = 0
    direction_text: str | None = None
    label: str = ""  # the kind shown to people (quantity, fraction, duration, ...)
    hedge_span: tuple[int, int] | None = None
    unit: str | None = None  # the unit as named in the data files ("kilometer / hour")
    factor: float = 1.0  # value = written × factor (+ an offset, for temperatures)
    span: tuple[float, float] | None = None  # a range such as "hundreds": [200, 1000)
    context_years: frozenset[int] = frozenset()  # years written elsewhere in its text
    #: A date without a year said of a coming event (1: "is scheduled for Feb. 14") or of
    #: a past one (-1: "took place on Dec. 3"), by [date_tense]; 0 when its words say neither.
    tense: int = 0
    offset: float = 0.0
    #: The comparator names a threshold ("beyond the 3.67% limit"), not a bound.
    threshold: bool = False
    #: The higher end of a range the text states ("from $500 to $2,400"): its maximum.
    range_top: bool = False
    #: A collective numeral with its unit ("une trentaine de kilomètres"): a figure said
    #: roughly, compared as one, unlike "a few months".
    collective: bool = False
    #: Its direction is a word of up/down governing it as a bare count ("cut 120 stores",
    #: [directions] count_verbs): the count changed, not a level.
    count_changed: bool = False
    #: A range said by a bare plural of a unit ("for decades", "spent months", "多年来",
    #: [vague_durations]): a figure inside it is more precise than the quote; one outside
    #: it is not compared (the plural may not be a measure at all: "opening hours").
    loose: bool = False

    @property
    def shown(self) -> str:
        words = self.text
        inside = self.hedge_span is not None and self.start <= self.hedge_span[0] < self.end
        if self.hedge_text and not inside:  # not "vor knapp einem Jahr" twice
            before = self.hedge_text.endswith("\x00")
            words = (
                f"{self.hedge_text[:-1]} {words}" if before else f"{words} {self.hedge_text[:-1]}"
            )
        if self.direction_text:
            words = f"{self.direction_text} … {words}"
        return words.strip()

    def year_like(self) -> bool:
        """A bare four-digit figure from 1000 to 2100, not a round hundred, written with no
        separator: "around 2001", "circa 2011" hedge a year (a count would be "about 2,000")."""
        return (
            self.kind == "number"
            and self.text.isdigit()
            and len(self.text) == 4
            and 1000 <= self.value <= 2100
            and self.value % 100 != 0
        )

    def interval(self) -> tuple[float, float, bool, bool]:
        """(lo, hi, lo_open, hi_open): what the value allows given its hedge and rounding."""
        v, p = self.value, self.precision
        h = self.hedge
        if self.span is not None:
            return self.span[0], self.span[1], False, True
        # A hedged year is a year or two either way, not a tenth of two millennia.
        tenth = _YEAR_HEDGE if self.kind == "year" or self.year_like() else abs(v) * 0.1
        if h == "about":
            digits, step = _written_digits(v, p)
            if tenth != _YEAR_HEDGE and digits >= 3:
                # "about 213 million": an estimate written to three digits or more reaches
                # a few steps of its last digit other than zero, not a tenth (231.5 million
                # is another figure); "about 210 million" keeps its tenth.
                tenth = min(tenth, _ABOUT_STEPS * step)
            if p > tenth:
                # "about two years" reaches its rounding, but a tie is no rounding: 18
                # months is not "about two years", as 1.5 years is not "two years".
                return v - p, v + p, True, True
            return v - tenth, v + tenth, False, False
        if h == "nearly":
            if self.kind == "number" and p == 0.5 and v == int(v):
                # A count is whole: "nearly 30 whales" is at most 29, as "fewer than 30" is.
                return v - max(tenth, p), v - p, False, False
            return v - max(tenth, p), v, False, True
        if h == "odd":
            # "100多人", "100人余り": a hundred and some, short of the next hundred ("10多年"
            # is 10 to 19 years, "3000多" 3000 to 3999).
            written = (v - self.offset) / self.factor if self.factor else v
            whole = round(written)
            if whole > 0 and _close(written, whole):
                step = 1
                while whole % (step * 10) == 0:
                    step *= 10
                return v, v + step * self.factor, False, True
            h = "just_over"
        if h == "just_over":
            # "gut ein Jahr", "a little over 500", "1年強": the figure or a little more.
            return v - p, v + max(tenth, p), False, False
        if h in ("up_to", "at_most", "within", "maximum"):
            return 0.0 if v >= 0 else -_INF, v + p, False, False
        if h in ("at_least", "from"):
            return v - p, _INF, False, False
        # A count is whole: "more than one" is "two or more", "fewer than 3" "at most 2".
        count = self.kind == "number" and p == 0.5 and v == int(v)
        if h == "more_than":
            return (v + p, _INF, False, False) if count else (v, _INF, True, False)
        if h == "less_than":
            low = 0.0 if v >= 0 else -_INF
            return (low, v - p, False, False) if count else (low, v, False, True)
        return v - p, v + p, False, False


#: How far "about", "around", "circa" reach from a year, in years (either way).
_YEAR_HEDGE = 2.0


#: How many steps of its last written digit "about" reaches from a figure written with
#: three significant digits or more ("about 213 million": 208 to 218 million).
_ABOUT_STEPS = 5


def _written_digits(value: float, precision: float) -> tuple[int, float]:
    """How many significant digits a figure is written with, trailing zeros left out ("213
    million" 3, "2,980" 3, "210 million" 2), and the step of its last one other than zero
    (1 million, 10), from its value and its precision (half its last written digit); (0,
    0.0) when the precision is unknown."""
    if precision <= 0 or not value:
        return 0, 0.0
    steps = round(abs(value) / (2 * precision))
    if not 0 < steps < 10**15:
        return 0, 0.0
    written = str(steps)
    digits = written.rstrip("0")
    return len(digits), 2 * precision * 10 ** (len(written) - len(digits))


@dataclass(slots=True)
class Reading:
    """Everything read from one text in one language."""

    values: list[Value] = field(default_factory=list)
    negation: str | None = None
    negations: list[tuple[int, str]] = field(default_factory=list)  # (pos, word)
    negations_back: set[int] = field(default_factory=set)  # those that may govern before
    modals: list[tuple[int, str]] = field(default_factory=list)  # "may", "可能": (pos, word)
    bounds: list[int] = field(default_factory=list)  # ends of sentences, when negated
    text: str = ""  # the text as read: positions refer to it
    directions: list[tuple[int, str, int]] = field(default_factory=list)  # (sign, word, pos)
    unreadable: list[str] = field(default_factory=list)
    #: Figures before a capitalized unit word, left unread as names ("Ninety Mile Beach").
    named_units: list[str] = field(default_factory=list)
    no_rules: str | None = None
    #: `_regions` of this reading, once found (a reading is compared value by value).
    regions: tuple[dict[int, set[str]], dict[int, set[str]]] | None = field(
        default=None, repr=False, compare=False
    )


def _family(v: Value) -> tuple[str, str | None]:
    """What a figure measures, for pairing: money by currency, units by dimension."""
    return v.kind, v.dim if v.kind in ("unit", "money") else None


def _owner(q: Value, readings: list[Reading]) -> Reading | None:
    """The reading (quote) that holds value `q`, or None."""
    for r in readings:
        for v in r.values:
            if v is q:
                return r
    return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
