"""The "claim supported" check: does the quote say what the statement says?

Pure: strings and language tags in, a :class:`Support` out; no database, no I/O beyond
reading this package's data files once. Each side is read in its own language (the
statement in the claim's, each quote in its source's), so "23,7 Milliarden Euro" on a
German page supports "23.7 billion euros" in an English statement.

What is read (each an *element* of the text):

- **values**: numbers in digits with the language's separators (CLDR, through Babel) and
  in words (text2num from "two" up; Chinese and Japanese numerals through cn2an), with
  scale words ("1.5 million", "23,7 Milliarden", "3万"); percentages and percentage
  points; money (symbols, ISO codes, currency words, 元/円, cents); physical and data
  units compared by dimension (the factors come from pint, through ``units.json``, which
  ``scripts/gen_units.py`` writes), and rates ("per second", "每小时", "時速"); durations
  ("18 months", "a year and a half", "3:53,99 min"); multipliers ("20x", "20 times
  slower", "twentyfold", "a factor of 6"); fractions ("half", "one in four", "4 of 5",
  "jeder vierte", "3分の2", "七成"), compared with percentages; ranges said in words
  ("hundreds", "Tausende", "une dizaine", "数千"), compared as intervals; dates (a month
  alone takes its year from the page's date), parts of years, decades ("early 1990s",
  "the eighties", "1990er Jahre") and centuries ("19th century", "XIXe siècle"); ranks
  ("third", "No. 2", "2nd", "Platz 2", "vierthäufigste", "第4回");
- **not values**: numbers that name something (versions "3.6.0", "Integer 32", "§ 230",
  "M.2 2280", a title "“1917”", a footnote mark "[23]", "Year 5", "Years 1-4", "Friday
  Facts #282", "in 0.12" beside "Factorio 0.17"; the attacks named by their date: "9/11",
  "9·11", "9.11以降", "le 11-Septembre", "el 11-S"); a statement's number word inside a name
  ("the Second Amendment", "Half-Blood Prince") is none either, but the same name with
  another number in the quote fails ("the Fifth Amendment" for "the First Amendment");
- **modifiers**: hedges and comparators before or after a value ("nearly", "up to a",
  "50% or more", "rund", "plus de", "hasta", "以上", "～"), deadlines before dates ("bis
  spätestens"), directions (rose/fell, larger/smaller, up from/down from), each bound to
  the nearest value, words of uncertainty beside a value ("may be", "可能"), and negation.

Verdicts, element by element: each value of the statement is compared with the quotes'
values of the same kind (and dimension); the best counterpart decides it:

- ``match``: the quote's value lies within the statement's interval (its hedge, or the
  rounding of its last written digit); units are converted first.
- ``overstated``: the values agree but the statement is more certain than the quote (it
  drops the quote's hedge, or is more precise than the quote).
- ``contradicted``: every comparable value of the quote differs (another number, another
  order of magnitude of the unit, another currency, date, decade or rank; a bound on the
  wrong side; an opposite direction), or the quote ties the figure to another subject: the
  words after the statement's figure go with only another figure of the quote ("Roof
  murdered 33 people" for "guilty on all 33 federal hate crime counts for murdering nine
  people"; read in the same language only, not in Chinese or Japanese), or the words
  around the statement's figure that the quote says once stand in another figure's clause
  or sentence and not in the compared one's ("Die Messe hält 51 Prozent" for "zu 51 Prozent
  durch die Stadtwerke und zu 49 Prozent von der Messe"; any language, cognates without
  accents across languages, character pairs in Chinese and Japanese; one lowercase word
  alone makes it ``missing``, a hint for a person; figures given "respectively" are left
  to their order). A list that says its noun once ("140 pilot whales …, 30 stranded")
  reads as such a tie: ``fail``, for a person to review, never a quiet ``pass``. Also
  contradicted: a win ("gewann", "won") where the quote gives another place beside the
  matched figure, or puts the statement's winner behind another ("Y won" for "X siegte …
  vor Y"); a figure said for one year that the quote gives for another ("$163 million for
  2012" for "revenue for 2011 was $163 million", the words of [figure_period]); a pair
  said the other way round ("86 zu 438" for "438 contre 86"); the quote's figure with
  another unit under a bound ("over 1,500 yards" for "1500 Metern").
- ``missing``: the quote has nothing of that kind to compare with, or, in the statement's
  language, gives its participle another agent, no word shared ("killed by gun violence"
  for "killed since 9/11 by terrorism"; [agent]): which cause is meant, a person reads.
- ``unreadable``: the engine cannot read it (an ambiguous "10.000" in a language it has
  no rules for, or a language without rules).

The status: ``fail`` when an element is contradicted, or negation differs beside a
compared value; else ``warn`` when one is overstated; else ``unverified`` when one is
missing or unreadable, or the statement holds no value at all (directions, hedges and
negation alone compare nothing: "Ces données seraient conservées" against "ne seraient pas
conservées" needs review, since a quote's negation may belong to another clause); else
``pass``. Never ``pass`` for what was not compared. A quote's negation counts only in the
sentences the statement cites: those holding a compared value, or sharing words with it.

Ranges said in words ("hundreds", "Tausende", "数千") are intervals [low, high): a figure
inside one is ``overstated`` (more precise than the quote), outside it ``contradicted``.
A quote's bare plural of a unit of time ("for decades", "spent months", "des siècles",
"多年来") is such a range for a figure inside it only (``overstated``); a figure outside it
is not compared with it (the plural may measure nothing), and a statement's is no claim.

Tolerance of hedges and comparators (``v`` is the value as written; the quote's exact
value must lie in the interval for a hedged statement to pass):

============================  ==========================  ======================
hedge kind                    words (English; see data)    interval
============================  ==========================  ======================
about                         about, around, roughly, ~    [0.9·v, 1.1·v]
about (a year)                around 2001, circa 2011      [y − 2, y + 2]
nearly                        nearly, almost, close to     [0.9·v, v)
nearly (a year)               almost 2000                  [y − 2, y)
just_over                     just over, a little over     [v, 1.1·v]
odd                           100多, 100人余り, 10余家       [v, v + its last place)
up_to                         up to, as much as            [v/2, v] against an exact
                                                           quote (a tenth of v or
                                                           less contradicts, the
                                                           rest needs review);
                                                           [0, v] against a bound
at_most                       at most, no more than        [0, v]
at_least                      at least, or more            [v, ∞)
from                          starting at, à partir de,    v against an exact quote
                              から (a range's start)       or a range's start; [v, ∞)
                                                           against a bound
more_than                     more than, over, above       (v, ∞)
less_than                     less than, under, below      [0, v)
(none)                        —                            v ± half its last digit
============================  ==========================  ======================

A count is whole: "nearly 30 whales" is at most 29, so "fewer than 30" holds it (a
``match``). A bound on the other side of a quote's estimate ("more than 90%" for "roughly
85%") is ``contradicted``, not an overstatement.

A value without a hedge matches a quote value that rounds to it at the precision it is
written with ("3.7%" for 3.67%, "1.5 million" for 1,512,000); values in different units
match when their rounding intervals overlap after conversion ("250 km/h" and "155 mph").
A hedged quote and an unhedged statement with the same value is ``overstated`` (the
statement dropped the hedge); a hedged statement whose interval holds the quote's whole
interval is a ``match``. A bound implied by the quote's bound on the same side is a
``match`` ("at least 15" for "at least 17", "less than 48 hours" for "less than twenty-four
hours"); another ceiling is ``contradicted`` ("up to 15 years" for "up to 10 years": a
stated maximum is a figure, not a bound on an unknown one). Numbers from 100 to 599 next to
"error", "status (code)", "response" or "HTTP" are status codes, not quantities.

Languages: rules exist for those with a data file in ``support_data/`` (``en``, ``de``,
``fr``, ``es``, ``pt``, ``zh``, ``ja``); for any other the result is ``unverified`` with
"no number rules for language xx". With no language at all, words are read with the
English lists and digits are read, but a number whose separators are ambiguous ("10.000",
"10,000") is unreadable, never a guess.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import json
import math
import operator
import re
import tomllib
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..errors import UnknownLanguage

__all__ = [
    "Element",
    "Support",
    "Value",
    "claim_supported",
    "has_rules",
    "normalize_language",
    "read_values",
    "warm",
]

_DATA = Path(__file__).with_name("support_data")
#: At most this many values of a statement are compared (the rest make it unverified).
MAX_STATEMENT_VALUES = 50
_INF = math.inf


# --- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class Element:
    """One element of a statement and what became of it in the quotes.

    ``kind`` is what it is (quantity, percent, money, unit, date, year, decade, century,
    rank, fraction, multiplier, duration, direction, negation, language); ``statement``
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
        if h in ("up_to", "at_most", "within"):
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


# --- language rules -------------------------------------------------------------------


def normalize_language(tag: str) -> str:
    """A BCP 47 tag in canonical case; :class:`UnknownLanguage` for a tag CLDR does not know.

    >>> normalize_language("pt-br"), normalize_language("DE")
    ('pt-BR', 'de')
    """
    from babel import Locale, UnknownLocaleError

    cleaned = (tag or "").strip().replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", cleaned):
        raise UnknownLanguage(f"unknown language tag {tag!r} (use a tag such as en, de, pt-BR)")
    try:
        Locale.parse(cleaned.replace("-", "_"))
    except (ValueError, UnknownLocaleError, TypeError):
        try:
            Locale.parse(cleaned.split("-")[0])
        except (ValueError, UnknownLocaleError, TypeError):
            raise UnknownLanguage(
                f"unknown language tag {tag!r} (use a tag such as en, de, pt-BR)"
            ) from None
    parts = cleaned.split("-")
    rest = [p.upper() if len(p) == 2 else (p.title() if len(p) == 4 else p) for p in parts[1:]]
    return "-".join([parts[0].lower(), *rest])


@lru_cache(maxsize=64)
def _base(lang: str | None) -> str | None:
    """The language of a tag ("pt-BR" -> "pt"), kept per tag: it is asked for each value."""
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None


def has_rules(lang: str | None) -> bool:
    """Whether the engine can read numbers in this language (no language: digits only)."""
    base = _base(lang)
    return base is None or (_DATA / f"{base}.toml").is_file()


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[float, float, str]]:
    raw = json.loads((_DATA / "units.json").read_text(encoding="utf-8"))
    return {k: (v["factor"], v["offset"], v["dimension"]) for k, v in raw.items()}


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace.

    Words are grouped by their first character, which each group writes once: the regex
    engine tries an alternation's branches one by one at every position, and a group whose
    first character fails there is passed in one try, not one per word ("k(?:ilo|m)"
    for "kilo|km"). The matches are the same: only words whose first character can match
    a position can match there, whatever the flags, and those keep their order (longest
    first), since a group holds every word whose first character matches what its own
    does under case folding (words whose first characters differ but fold alike, such as
    "K" and "k", are written out in one group without factoring).

    >>> _alt(["kilo", "km", "m"]), _alt(["kilo", "Km"])
    ('k(?:ilo|m)|m', 'kilo|Km')
    """
    parts = _alt_parts(words)
    if parts is None:
        ordered = sorted({w for w in words if w}, key=len, reverse=True)
        return "|".join(_escape_word(w) for w in ordered)
    return "|".join(re.escape(first) + rest for first, rest in parts) or "(?!)"


def _scale_alt(scales: Any) -> str:
    """`_alt` of scale words, those written in capitals ("M": "3,5 M") matched in capitals
    only: "800 m" is metres, "5 M" five million."""
    capitals = [w for w in scales if w.isupper()]
    rest = _alt([w for w in scales if not w.isupper()])
    if not capitals:
        return rest
    return f"(?-i:{_alt(capitals)})" + (f"|{rest}" if rest else "")


def _alt_parts(words: Any) -> list[tuple[str, str]] | None:
    """`_alt`'s branches, in order, each as its first character and the pattern of what
    follows it; None when a word opens with whitespace (whose pattern is no character)."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    if any(w[0].isspace() for w in ordered):
        return None
    groups: dict[int, list[str]] = {}
    for w in ordered:
        groups.setdefault(_fold_class(w[0]), []).append(w)
    parts = []
    for group in groups.values():
        if len(group) > 1 and len({w[0] for w in group}) == 1:
            rests = "|".join(_escape_word(w[1:]) for w in group)
            parts.append((group[0][0], f"(?:{rests})"))
        else:
            parts.extend((w[0], _escape_word(w[1:])) for w in group)
    return parts


def _led(words: Any, group: str | None = None) -> str:
    r"""``(?<!\w)(?:{_alt(words)})`` written to open with a class of the words' first
    characters, the word boundary looked for behind the character taken, and each branch
    checking its own first character behind it (with `group`, the words in a group of that
    name, ``(?<!\w)(?P<group>...)``): the regex engine tries a class at every
    position of a text at a fraction of the cost of a lookbehind and an alternation (which
    it then tries only where the class matches). The matches are the same: a branch
    matches from the class's character on exactly when it matched from before it.

    >>> _led(["one", "an", "a"])
    '[oa](?<!\\w.)(?:(?<=o)ne|(?<=a)(?:n|))'
    """
    opening = f"(?P<{group}>" if group else "(?:"
    parts = _alt_parts(words)
    if parts is None:
        return rf"(?<!\w){opening}{_alt(words)})"
    if not parts:
        return f"{opening}(?!))"
    firsts = "".join(re.escape(f) for f in dict.fromkeys(f for f, _ in parts))
    branches = "|".join(rf"(?<={re.escape(first)}){rest}" for first, rest in parts)
    if group:
        # The group opens with the class's character, as it opened with the word's.
        return rf"{opening}[{firsts}](?<!\w.)(?:{branches}))"
    return rf"[{firsts}](?<!\w.)(?:{branches})"


def _fill(template: str, words: Any) -> str:
    """A `_Gate.of_words` template with its words: `_LED_WORDS` as `_led` writes them,
    `_WORDS` as `_alt` does."""
    if _LED_WORDS in template:
        return template.replace(_LED_WORDS, _led(words))
    return template.replace(_WORDS, _alt(words))


def _escape_word(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


_SRE: Any = importlib.import_module("_sre")
_CASEFIX: Any = importlib.import_module("re._casefix")


def _fold_class(c: str) -> int:
    """The characters that match `c` under re.I, as the regex engine folds them: their
    least lowercase code point (its extra cases too: "s" and "ſ", "k" and the Kelvin sign)."""
    lower = _SRE.unicode_tolower(ord(c))
    return int(min((lower, *_CASEFIX._EXTRA_CASES.get(lower, ()))))


def _word_re(words: Any, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", flags)


class _LazyPattern:
    """A regular expression compiled on first use: a language's rules hold some two hundred
    patterns, and a text needs few of them (compiling them all was most of `rules_for`'s
    cost, paid by every command that checks a claim). The first use of a method compiles
    the pattern and keeps the compiled pattern's bound methods in its slots, so later uses
    cost what the compiled pattern's do."""

    __slots__ = (
        "pattern",
        "flags",
        "groups",
        "groupindex",
        "search",
        "match",
        "fullmatch",
        "finditer",
        "findall",
        "sub",
        "subn",
        "split",
        "_given",
    )

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self._given = pattern, flags

    def __getattr__(self, name: str) -> Any:
        # Reached only while a slot is empty, that is before the first compilation.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._given)
        for slot in _LazyPattern.__slots__[1:-1]:
            setattr(self, slot, getattr(compiled, slot))
        return getattr(self, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the pattern's first use (see `_LazyPattern`): the rules'
    patterns and this module's own (many of which a text in English never needs, such as
    the CJK numerals')."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]


_TOKEN = _lazy(r"\w+")
#: Each ASCII byte that `_TOKEN` matches kept, any other a space: the words of an ASCII
#: text are the runs this leaves between spaces.
_ASCII_WORDS = bytes(c if re.fullmatch(r"\w", chr(c)) else 32 for c in range(256))
_ASCII_DIGITS = b"0123456789"
#: Lowercase ASCII letters kept, every other byte a space: a text's runs of letters.
_ASCII_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_CLOCK_DIGITS = _lazy(r"\d:\d\d")
_LETTER = _lazy(r"[^\W\d_]")
_DIGIT = _lazy(r"\d")


class _Gate:
    """A pattern run only when the text has one of its trigger tokens (and digits, if asked).

    Most quotes hold none of a table's words; testing a set of the text's tokens first
    keeps a long alternation from scanning every text.
    """

    __slots__ = (
        "pattern",
        "triggers",
        "digits",
        "pre",
        "needs",
        "template",
        "flags",
        "by_key",
        "subsets",
        "words",
    )

    def __init__(
        self,
        pattern: re.Pattern[str],
        triggers: frozenset[str] | None,
        digits: bool = False,
        pre: re.Pattern[str] | None = None,
    ) -> None:
        if isinstance(pattern, _LazyPattern):
            pattern = _lazy(_digit_led(pattern.pattern), pattern._given)
        self.pattern, self.triggers, self.digits, self.pre = pattern, triggers, digits, pre
        #: Characters every match holds ("-" of "2019-05-01"): a text without one of them
        #: is not scanned. Found on the gate's first scan (parsing the pattern costs).
        self.needs: tuple[str, ...] | None = None
        #: Lowercase runs of ASCII letters and digits every match holds (`_required_words`):
        #: a text whose lowercase lacks one is not scanned. Found with `needs`.
        self.words: tuple[str, ...] = ()
        self.template: str | None = None
        self.flags = 0
        self.by_key: dict[str, list[str]] = {}
        #: The alternations of word subsets, each with the characters its matches hold.
        self.subsets: dict[frozenset[str], tuple[re.Pattern[str], tuple[str, ...]]] = {}

    @classmethod
    def of_words(
        cls, template: str, words: Any, cjk: bool, flags: int = re.I, digits: bool = False
    ) -> _Gate:
        """A gate over `template` with `_WORDS` standing for the alternation of `words`
        (keyed as `_triggers` keys them). A text holding the keys of a few words only is
        scanned with the alternation of those words: a word matches only where its key is
        one of the text's tokens, and the alternation keeps its order (longest first), so
        the matches are the same as the whole list's, found without trying every word at
        every position."""
        gate = cls(
            _lazy(_fill(template, words), flags),
            _triggers(words, cjk),
            digits,
        )
        if gate.triggers is not None:
            gate.template, gate.flags = _digit_led(template), flags
            for word in words:
                if word:
                    gate.by_key.setdefault(_trigger_of(word, cjk), []).append(word)
        return gate

    def open(self, tokens: frozenset[str], has_digit: bool, text: str = "") -> bool:
        if self.digits and not has_digit:
            return False
        if self.triggers is not None and tokens.isdisjoint(self.triggers):
            return False
        return self.pre is None or self.pre.search(text) is not None

    def finditer(
        self, text: str, tokens: frozenset[str], has_digit: bool, pre_seen: bool = False
    ) -> Any:
        """The pattern's matches in `text`, or () when the gate is shut; `pre_seen`: the
        caller found `pre` in the text already (gates sharing one `pre` search it once)."""
        # `open`, inlined: this runs for every gate of every open reader.
        if self.digits and not has_digit:
            return ()
        triggers = self.triggers
        if triggers is not None and (not tokens or tokens.isdisjoint(triggers)):
            return ()
        if self.template is None or triggers is None:
            needs = self.needs
            if needs is None:
                needs = self.needs = _required_characters(self.pattern.pattern, self._flags())
                self.words = _required_words(self.pattern.pattern, self._flags())
            # A look for a character costs less than a search for `pre`: it comes first.
            for c in needs:
                if c not in text:
                    return ()
            if self.words and not _holds_folded(text):
                # The lowercase of a match holds each word (re.I matches an ASCII letter
                # with no other character but those of `_FOLDED_TO_ASCII` and the Kelvin
                # sign, which lowercases to "k"): so does the text's ("min" of "8min36s").
                lowered = text.lower()
                for w in self.words:
                    if w not in lowered:
                        return ()
            if not pre_seen and self.pre is not None and self.pre.search(text) is None:
                return ()
            return self.pattern.finditer(text)
        if not pre_seen and self.pre is not None and self.pre.search(text) is None:
            return ()
        keys = triggers & tokens
        subset = self.subsets.get(keys)
        if subset is None:
            if len(self.subsets) >= _MAX_SUBSETS:
                self.subsets.clear()  # bounded: a new set of keys is compiled again
            words = [w for k in keys for w in self.by_key.get(k, ())]
            source = _fill(self.template, words)
            # The characters the subset's matches hold: a text without one has no match of
            # the subset, as of the whole list (its matches are the same).
            subset = _compiled_and_required(source, self.flags)
            self.subsets[keys] = subset
        for c in subset[1]:
            if c not in text:
                return ()
        return subset[0].finditer(text)

    def _flags(self) -> int:
        """The flags the gate's pattern was given (a `_LazyPattern` keeps them uncompiled)."""
        pattern = self.pattern
        if isinstance(pattern, _LazyPattern):
            return pattern._given
        return pattern.flags


_PARSER: Any = importlib.import_module("re._parser")  # the re module's own parser
_OPS: Any = importlib.import_module("re._constants")
_COMPILER: Any = importlib.import_module("re._compiler")


#: A pattern that opens with a lookbehind and then a group of digits only:
#: "(?<![\w.,])(?P<num>\d{1,2})" (the lookbehind holds no group).
_LEAD_BEHIND = re.compile(r"\(\?<([!=])((?:[^()\\]|\\.)+)\)\(\?P<(\w+)>\\d\{(\d+)(?:,(\d+))?\}\)")


def _digit_led(source: str) -> str:
    r"""A pattern that opens with a lookbehind and then a group of digits, written to open
    with the first digit and look behind from after it: the regex engine skips from digit
    to digit to a pattern that opens with one, but tries one that opens with a lookbehind
    at every position of a text. The matches and groups are the same: the lookbehind held
    before a digit exactly when it holds, one digit longer, after it. Other patterns are
    returned as they are.

    >>> _digit_led(r"(?<![\w.,])(?P<num>\d{1,2})\s+von")
    '(?P<num>\\d(?<!(?:[\\w.,])\\d)\\d{0,1})\\s+von'
    >>> _digit_led(r"(?<!\w)(?P<m>1[0-2])")
    '(?<!\\w)(?P<m>1[0-2])'
    """
    m = _LEAD_BEHIND.match(source)
    if m is None or int(m.group(4)) < 1:
        return source
    sign, behind, name, low, high = m.groups()
    more = f"{int(low) - 1},{int(high or low) - 1}"
    return rf"(?P<{name}>\d(?<{sign}(?:{behind})\d)\d{{{more}}})" + source[m.end() :]


def _required_characters(pattern: str, flags: int) -> tuple[str, ...]:
    r"""The characters every match of the pattern (compiled with `flags`) holds: the
    literals of its top-level sequence, of its groups and of what they repeat at least
    once; a literal with a case counts only when the pattern is case-sensitive (re.I
    matches "A" for "a").

    >>> _required_characters(r"(?<!\w)(?P<y>\d{4})-(?P<m>\d{2})(?:/x)?", re.I)
    ('-',)
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return ()
    return _required_of_parsed(parsed)


def _compiled_and_required(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[str, ...]]:
    r"""`re.compile(pattern, flags)` and `_required_characters(pattern, flags)`, the pattern
    parsed once for both (parsing is most of a compilation's cost, paid for each new subset
    of a gate's words); `re.compile` itself when the parsed pattern cannot be compiled here.

    >>> compiled, needs = _compiled_and_required(r"(?P<n>\d+)-(?:a|b)", re.I)
    >>> compiled == re.compile(r"(?P<n>\d+)-(?:a|b)", re.I), needs, compiled.findall("1-A 2-c")
    (True, ('-',), ['1'])
    """
    flags = int(flags)  # as re.compile passes them on
    try:
        parsed = _PARSER.parse(pattern, flags)
        needs = _required_of_parsed(parsed)
        state = parsed.state
        code = _COMPILER._code(parsed, flags)
        names = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        compiled = _SRE.compile(
            pattern, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(names)
        )
    except Exception:  # noqa: BLE001 - the parser or compiler of another Python: as re does
        return re.compile(pattern, flags), _required_characters(pattern, flags)
    return compiled, needs


def _required_of_parsed(parsed: Any) -> tuple[str, ...]:
    """`_required_characters` of a pattern parsed by the re module's parser."""
    # The flags as compiled: those given and those the pattern sets inline ("(?i)").
    ignore_case = bool(parsed.state.flags & re.I)
    out: list[str] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op is _OPS.LITERAL:
                c = chr(av)
                if not ignore_case or c.lower() == c == c.upper() == c.casefold():
                    if c not in out:
                        out.append(c)
            elif op is _OPS.SUBPATTERN:
                _, add_flags, del_flags, sub = av
                if not add_flags and not del_flags:
                    walk(sub.data if hasattr(sub, "data") else sub)
            elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1:
                walk(av[2].data if hasattr(av[2], "data") else av[2])

    try:
        walk(parsed.data)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return ()
    return tuple(out)


@lru_cache(maxsize=256)
def _needs_digit(pattern: str, flags: int) -> bool:
    r"""Whether every match of the pattern (compiled with `flags`) holds a digit (``\d``):
    then a text without one has no match, and is not scanned.

    >>> _needs_digit(r"(?<!\w)(?:in|by\s+(?:19|20)\d\d)\s+x", re.I), _needs_digit(r"a\d|\d+b", 0)
    (False, True)
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return False

    def needs(items: Any) -> bool:
        for op, av in items:
            if op is _OPS.IN and list(av) == [(_OPS.CATEGORY, _OPS.CATEGORY_DIGIT)]:
                return True
            if op is _OPS.SUBPATTERN and needs(av[3]):
                return True
            if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1 and needs(av[2]):
                return True
            if op is _OPS.BRANCH and all(needs(branch) for branch in av[1]):
                return True
        return False

    try:
        return needs(parsed)
    except Exception:  # noqa: BLE001 - a parse tree of another Python: no shortcut
        return False


@lru_cache(maxsize=256)
def _required_words(pattern: str, flags: int) -> tuple[str, ...]:
    r"""Runs of ASCII letters and digits (lowercase) that every match of the pattern
    (compiled with `flags`) holds, in any case: a text in ASCII whose lowercase lacks one
    has no match (with or without re.I, an ASCII letter of the pattern matches no other
    character of an ASCII text than itself in either case).

    >>> _required_words(r"(?<!\w)(?:in|by)\s+\d\d\s+(?:thousand)(?!\w)|\d+ Thousand", re.I)
    ('thousand',)
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return ()

    def runs(items: Any) -> set[str]:
        out: set[str] = set()
        word = ""
        for op, av in items:
            c = chr(av) if op is _OPS.LITERAL else ""
            if c.isascii() and c.isalnum():
                word += c.lower()
                continue
            if word:
                out.add(word)
                word = ""
            if op is _OPS.SUBPATTERN:
                out |= runs(av[3])
            elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1:
                out |= runs(av[2])
            elif op is _OPS.BRANCH:
                out |= set.intersection(*(runs(branch) for branch in av[1]))
        if word:
            out.add(word)
        return out

    try:
        return tuple(sorted(runs(parsed)))
    except Exception:  # noqa: BLE001 - a parse tree of another Python: no shortcut
        return ()


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when `pattern` surely has no match in `text`: every match needs a digit and
    the text has none, or (in an ASCII text) a word the text lacks (`_required_words`)."""
    source, flags = pattern.pattern, pattern.flags
    if _needs_digit(source, flags) and _DIGIT.search(text) is None:
        return False
    words = _required_words(source, flags)
    if words and text.isascii():
        lowered = text.lower()
        return all(w in lowered for w in words)
    return True


def _may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """False when `pattern` surely has no match in `text`: its lowercase holds none of the
    pattern's `_any_required_words` and the text none of `_FOLDED_TO_ASCII` ("tausend" of
    "2008 tausend" or "eintausend", in a German text with or without "ü")."""
    words = _any_required_words(pattern.pattern, pattern.flags)
    if words is None or _holds_folded(text):
        return True
    return _holds_any(text.lower(), words)


def _run_character(c: str) -> str:
    """The lowercase of a pattern's literal character that `_any_required_words` may put
    in a word, else "": an ASCII character, one without case (re.I matches it alone:
    "有", "罪"), or a letter of Latin-1 or Latin Extended-A but for "ı", "İ" and "ſ",
    the three that re.I matches with an ASCII letter. Every character that re.I matches
    with such a letter has the letter's lowercase as its own (`str.lower` lowers every
    character but "İ" as re.I does)."""
    if c.isascii():
        return c.lower()
    if not _SRE.unicode_iscased(ord(c)):
        return c
    if "\u00c0" <= c <= "\u017e" and c not in "\u0130\u0131" and c.isalpha():
        lower = c.lower()
        return lower if len(lower) == 1 else ""
    return ""


#: The characters of a text that `_any_required_words`' test cannot lowercase alike:
#: re.I matches "ı" and "İ" with "i", and "ſ" with "s".
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f")


def _holds_folded(text: str) -> bool:
    """Whether `text` holds a character of `_FOLDED_TO_ASCII`: none is ASCII, so an ASCII
    text (most texts) holds none, known from one quick test rather than a scan for each."""
    return not text.isascii() and _holds_any(text, _FOLDED_TO_ASCII)


@lru_cache(maxsize=1024)
def _any_required_words(pattern: str, flags: int) -> tuple[str, ...] | None:
    r"""Lowercase words of which every match of the pattern (compiled with `flags`) holds
    one, in any case: runs of its literal characters (`_run_character`), the union of a
    branching's; None when some match may hold none. A text whose lowercase holds none of
    them has no match, if it holds none of `_FOLDED_TO_ASCII` (`_WordIndex`).

    >>> _any_required_words(r"(?<!\w)(?:won|wins|beat)\s+\w+|(?:lost)\s+to", re.I)
    ('beat', 'lost', 'wins', 'won')
    >>> _any_required_words(r"(?<!\w)(?:won|\w+)", re.I) is None
    True
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return None

    def lead(items: Any) -> str:
        # The run of literal characters a sequence opens with.
        word = ""
        for op, av in items:
            c = _run_character(chr(av)) if op is _OPS.LITERAL else ""
            if not c:
                break
            word += c
        return word

    def best(items: Any) -> frozenset[str] | None:
        # The words a sequence's matches hold one of: of its parts' sets, the one whose
        # shortest word is longest (the fewest texts hold one), then the smallest.
        options: list[frozenset[str]] = []
        word = ""
        for op, av in items:
            c = _run_character(chr(av)) if op is _OPS.LITERAL else ""
            if c:
                word += c
                continue
            if word and op is _OPS.BRANCH:
                # The parser draws a prefix the branches share before them ("w(?:on|ins)"
                # for "won|wins"): the run goes on into each branch's.
                options.append(frozenset(word + lead(branch) for branch in av[1]))
            if word:
                options.append(frozenset([word]))
                word = ""
            sub = None
            if op is _OPS.SUBPATTERN:
                sub = best(av[3])
            elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1:
                sub = best(av[2])
            elif op is _OPS.BRANCH:
                subs = [best(branch) for branch in av[1]]
                if all(s is not None for s in subs):
                    sub = frozenset().union(*subs)  # type: ignore[arg-type]
            if sub is not None:
                options.append(sub)
        if word:
            options.append(frozenset([word]))
        return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None

    try:
        found = best(parsed)
    except Exception:  # noqa: BLE001 - a parse tree of another Python: no shortcut
        return None
    if found is None:
        return None
    # A word that holds another is held where that one is: the other is enough.
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


#: Stands for ``(?<!\w)(?:`` a word alternation ``)`` in a `_Gate.of_words` template (see
#: `_led`).
_LED_WORDS = "\x00LED\x00"
#: Stands for a word alternation in a `_Gate.of_words` template.
_WORDS = "\x00WORDS\x00"
#: Alternations of word subsets kept per gate (compiled on first use; cleared when full).
_MAX_SUBSETS = 512


def _trigger_of(word: str, cjk: bool) -> str:
    """The token `_triggers` keys a word or phrase on."""
    if cjk:
        return word[0].lower()
    return max(_TOKEN.findall(word.lower()), key=_rarity)


def _rarity(token: str) -> tuple[bool, int]:
    """How rare a token of a phrase is, to key the phrase on: a number ("1 in" keys on "1",
    not on "in", which nearly every English text holds), then the longest word."""
    return token.isdigit(), len(token)


class _Reader:
    """Whether any gate of a reader may open on a text: a reader whose gates are all shut
    is not called (most texts hold none of its words, and a call per gate adds up)."""

    __slots__ = ("always", "with_digits", "words", "digit_words")

    def __init__(self, gates: Sequence[_Gate]) -> None:
        #: A gate with no trigger opens on every text (given digits, if it needs them).
        self.always = any(g.triggers is None and not g.digits for g in gates)
        self.with_digits = any(g.triggers is None and g.digits for g in gates)
        words: set[str] = set()
        digit_words: set[str] = set()
        for g in gates:
            if g.triggers is not None:
                (digit_words if g.digits else words).update(g.triggers)
        self.words, self.digit_words = frozenset(words), frozenset(digit_words)

    def open(self, tokens: frozenset[str], has_digit: bool) -> bool:
        if self.always or not self.words.isdisjoint(tokens):
            return True
        return has_digit and (self.with_digits or not self.digit_words.isdisjoint(tokens))


def _triggers(words: Any, cjk: bool, extra: Any = ()) -> frozenset[str] | None:
    """One token of each word or phrase, its longest (lowercase; the first character in
    CJK); None (always run) when a phrase has no word character to key on."""
    out: set[str] = set(extra)
    for word in words:
        if cjk:
            if not word:
                return None
            out.add(word[0].lower())
            continue
        tokens = _TOKEN.findall(word.lower())
        if not tokens:
            return None
        # Any token of the phrase must be present; key on its rarest one.
        out.add(max(tokens, key=_rarity))
    return frozenset(out)


class _Tail:
    """A pattern searched for at the end of a window (``words\\s*$``), run only when the
    window's last character other than whitespace can end one of its words.

    Most windows before a number end with a word no list holds; a look at one character
    spares a search that tries every position of the window.
    """

    __slots__ = ("pattern", "ends", "reach")

    def __init__(
        self, pattern: re.Pattern[str], words: Any, flags: int = re.I, slack: int | None = None
    ) -> None:
        self.pattern = pattern
        #: The ASCII characters a word can end with under ``flags``; None: any character.
        self.ends: frozenset[str] | None = _last_characters(words, flags)
        #: The most characters a match spans, when its words hold no space and at most
        #: `slack` characters follow the word ("[ ]?$" is one, and "$" passes a final
        #: newline): the search starts that far from the end. None: from the start.
        self.reach: int | None = None
        listed = [w for w in words if w]
        if slack is not None and listed and not any(c.isspace() for w in listed for c in w):
            self.reach = max(len(w) for w in listed) + slack

    def search(self, window: str) -> re.Match[str] | None:
        return self.search_ending(window, window.rstrip()[-1:])

    def search_ending(self, window: str, last: str) -> re.Match[str] | None:
        """`search`, told the window's last character other than whitespace ("" if none):
        the caller found it once for several windows ending at one place."""
        ends = self.ends
        if ends is not None and (not last or (last.isascii() and last not in ends)):
            return None
        if self.reach is not None and len(window) > self.reach:
            # Every match starts within `reach` of the end, so the leftmost is found
            # there; a lookbehind still sees the characters before the start.
            return self.pattern.search(window, len(window) - self.reach)
        return self.pattern.search(window)


def _last_characters(words: Any, flags: int) -> frozenset[str] | None:
    """The ASCII characters that match the last character of one of the words (under the
    pattern's flags, so "K" for a word ending in "k" with re.I); None when a word ends in
    whitespace (``_alt`` makes its space match any run of whitespace)."""
    last = set()
    for word in words:
        if not word:
            continue
        if word[-1].isspace():
            return None
        last.add(word[-1])
    if not last:
        return frozenset()
    # One class of the last characters, tried on each ASCII character: under re.I a class
    # matches what each of its characters would ("k" and "K" for the Kelvin sign).
    ends = re.compile("[" + "".join(re.escape(c) for c in sorted(last)) + "]", flags)
    return frozenset(a for a in _ASCII if ends.fullmatch(a))


_ASCII = tuple(map(chr, range(128)))


def _ascii_keys(words: Sequence[str]) -> tuple[str, ...] | None:
    """The lowercase words (without spaces) that can match an ASCII text under re.I: those
    written in ASCII, since no other character matches an ASCII one, but for the four that
    re.I folds to ASCII ("ſ", the Kelvin sign, "ı", "İ"): None when a word holds one, or
    holds a space (which `_alt` makes match any whitespace)."""
    keys = []
    for word in words:
        if any(c.isspace() for c in word):
            return None
        if word.isascii():
            keys.append(word.lower())
        elif any(_ascii_equivalents(c) for c in word if not c.isascii()):
            return None
    return tuple(sorted(set(keys)))


def _ascii_equivalents(c: str) -> frozenset[str]:
    """The ASCII characters that match character `c` under re.I."""
    one = re.compile(re.escape(c), re.I)
    return frozenset(a for a in _ASCII if one.fullmatch(a))


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


#: A pattern that matches nothing.
_NEVER = _lazy("(?!)")


@dataclass
class Rules:
    """A language's reading rules: its data file plus CLDR separators and month names."""

    lang: str | None
    base: str | None
    cjk: bool
    data: dict[str, Any]
    number: re.Pattern[str]
    #: What a match of `number` starts with (see `_numbers`).
    number_start: re.Pattern[str]
    ambiguous_groups: bool
    decimal: str
    groups: str
    months: dict[str, int]
    months_capitalized: bool
    not_names: frozenset[str]
    function_words: frozenset[str] | None
    identifier_word_re: _Tail | None
    #: Words after (or before) a number in 100-599 that make it an HTTP status code
    #: ("500 errors", "status code 404").
    status_code_re: re.Pattern[str] | None
    status_code_before_re: re.Pattern[str] | None
    #: Words after a number that make it part of a name ("TSV Berlin 1896 e.V.").
    name_after_re: re.Pattern[str] | None
    #: Words that introduce a quoted name ("known as", "surnommé", "被称为") and, in
    #: Chinese and Japanese, that follow one ("と呼ばれる", "之称").
    quoted_name_before_re: re.Pattern[str] | None
    quoted_name_after_re: re.Pattern[str] | None
    #: Words after a number that make it cents of a dollar ("99 cents", as "99¢").
    cents_re: re.Pattern[str] | None
    names_capitalized: bool
    latin_names: bool
    dates: list[_Gate]
    scales: dict[str, float]
    scale_re: re.Pattern[str]
    scale_after_digits: re.Pattern[str]
    #: The words of `scale_after_digits` that can match an ASCII text, lowercase: an ASCII
    #: text holding none of them has no match (None: a word may match otherwise).
    scale_keys: tuple[str, ...] | None
    currency_scales: dict[str, float]
    currency_scale_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    points_re: re.Pattern[str]
    currencies: dict[str, str]
    currency_after_re: re.Pattern[str]
    currency_before_re: _Tail
    units: dict[str, str]
    unit_word_re: re.Pattern[str]
    unit_exact: dict[str, str]
    unit_exact_re: re.Pattern[str]
    multiplier_after_re: re.Pattern[str]
    multiplier_words: dict[str, float]
    multiplier_before_re: _Tail
    multiplier_signs: frozenset[str]
    ratio_re: re.Pattern[str] | None
    multiplier_words_re: _Gate
    hedges_before: dict[str, str]
    no_article: frozenset[str]
    race_words: frozenset[str]
    race_not_before: frozenset[str]
    race_metres: frozenset[float]
    hour_marks: str
    hedge_before_re: re.Pattern[str]
    hedge_triggers: frozenset[str]
    hedge_symbols: tuple[str, ...]
    hedges_after: dict[str, str]
    hedge_after_re: re.Pattern[str]
    not_after: dict[str, set[str]]
    directions: dict[str, int]
    direction_not_after: dict[str, set[str]]
    direction_names: bool
    #: Direction words that also mean "won" ("gagné"): a direction only beside a quantity
    #: that rises ("gagné 5 %"); beside a count or alone, one that agrees or disagrees
    #: with the quote's but is never missing from it.
    directions_or_won: frozenset[str]
    #: Verbs that add to or take from a count ("hire", "shed", "ouvrir", "streichen"): a
    #: direction only of a bare count next to them ("shed 100,000 jobs", "4.000 Stellen
    #: streichen"), never missing from the quote; elsewhere no direction ("opened in 1995").
    directions_count_only: frozenset[str]
    #: Words that part such a verb from a count it does not govern ("closes at 6").
    count_gap_stops: frozenset[str]
    #: Words that open such a verb's own object ("450 athletes created a good mood"): the
    #: count before the verb is its subject, not what it adds or takes.
    count_objects: frozenset[str]
    count_verbs: frozenset[str]
    #: Nouns (and gerunds) of such a change ("the closure of 120 stores", "la suppression de
    #: 4 000 emplois"), with the words that join them to their count ([directions]
    #: count_noun_joiners: "of", "de", "von").
    count_nouns: frozenset[str]
    count_noun_joiners: frozenset[str]
    #: Separable verbs of a count ("baut … ab", "stellt … ein"), each with its sign.
    count_separable: list[tuple[re.Pattern[str], int, tuple[str, ...]]]
    direction_re: _Gate
    negation_re: _Gate | None
    negation_back: frozenset[str]
    #: Frames a negation word stands in without negating, matched at that word: a
    #: restrictive frame ("no es sino 87 bytes": only 87 bytes), a vote's side ("voted
    #: no": against).
    negation_restrictive: re.Pattern[str] | None
    modal_re: _Gate
    fractions: dict[str, float]
    fraction_re: _Gate
    one_in_re: _Gate
    phrases: dict[str, tuple[float, str, str | None]]
    fraction_patterns: list[_Gate]
    rate_after_re: re.Pattern[str]
    rate_breaks: frozenset[str]
    rate_before_re: re.Pattern[str]
    rate_before: dict[str, str]
    #: Units of time read only after a rate's word ("por segundo": "segundo" alone is
    #: second in rank), each with its unit; every other unit of time as ``units`` has it.
    rate_per: dict[str, str]
    fraction_numerators: dict[str, int]
    fraction_denominators: dict[str, int]
    phrase_re: _Gate
    one_unit_re: _Gate
    rank_before_re: _Tail
    ordinal_re: re.Pattern[str]
    rank_number_word_re: _Gate
    rank_words: dict[str, int]
    rank_prefixes: dict[str, int]
    number_words: dict[str, int]
    number_words_re: _Gate
    rank_before_noun_re: _Gate
    rank_idiom_re: re.Pattern[str] | None
    rank_prefix_re: _Gate
    rank_word_re: _Gate
    decades: list[_Gate]
    decade_parts: dict[str, str]
    #: Parts of a year by their words ("Herbst" -> autumn, "end" -> late).
    year_part_words: dict[str, str]
    centuries: list[_Gate]
    text2num: str | None
    #: text2num's number words in its language, lowercase ASCII (`[text2num] words`): an
    #: ASCII text without one is not handed to text2num. None: every text with letters is.
    text2num_words: frozenset[bytes] | None
    not_numbers: re.Pattern[str] | None
    #: "one" after a comparator is the figure 1 ("more than one").
    one_after_re: re.Pattern[str] | None
    fraction_scales: dict[str, str]
    fraction_scale_re: re.Pattern[str] | None
    fraction_scale_keys: tuple[str, ...]
    #: A number word glued before a duration adjective ("dreistündig"): split off by a hyphen
    #: so that it reads as "3-stündig" does.
    glued_number_re: re.Pattern[str] | None
    year_hedge_re: re.Pattern[str] | None
    time_after_re: re.Pattern[str] | None
    time_before_re: re.Pattern[str] | None
    not_number_keys: tuple[str, ...]
    vague: dict[str, tuple[float, float]]
    vague_re: _Gate
    month_only: list[_Gate]
    year_parts: list[_Gate]
    date_bound_re: _Tail
    year_word_re: _Tail
    clock: list[_Gate]
    #: Race times written with unit marks and no colon ("8min36s51", "2 h 15 min").
    clock_glued: list[_Gate]
    frequency_words: dict[str, int]
    frequency_re: _Gate
    duration_joiner_re: re.Pattern[str]
    decade_words: dict[str, int]
    decade_word_re: _Gate
    century_words: dict[str, int]
    century_word_re: _Gate
    #: What may follow a number, tried in this order (the first that matches wins): the
    #: matches of `points_re`, `percent_re`, `unit_exact_re`, `unit_word_re`,
    #: `multiplier_after_re` and `ordinal_re` in one pattern, each in a group named for it.
    after_number_re: re.Pattern[str] = field(default_factory=lambda: _lazy("(?!)"))
    #: Each reader's gates as one (see `_Reader`), by the reader's name.
    readers: dict[str, _Reader] = field(default_factory=dict)
    #: The readers (in reading order) with a gate that opens without a trigger or digits.
    always_readers: tuple[str, ...] = ()
    #: The readers with a gate that opens given digits alone.
    digit_readers: tuple[str, ...] = ()
    #: The readers each trigger may open: with or without digits, and given digits.
    reader_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reader_digit_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Every trigger of every gate: a text's tokens are kept only when they are one.
    all_triggers: frozenset[str] = frozenset()
    #: Those of `all_triggers` written in ASCII, as bytes (see `_read`).
    ascii_triggers: frozenset[bytes] = frozenset()
    #: Those of `hedge_triggers` written in ASCII, as bytes (see `_hedge`).
    hedge_ascii: frozenset[bytes] = frozenset()
    #: The characters every match of the decade gates' shared `pre` holds.
    decade_needs: tuple[str, ...] = ()
    #: The gates `_read_dates` runs, in order: parts of years, dates, months alone.
    date_gates: tuple[_Gate, ...] = ()
    #: The trigger words of the triggered `date_gates`: a text holding none of them opens
    #: none of those gates.
    date_triggers: frozenset[str] = frozenset()
    #: Each of `text2num_words` that ends in no "s" with one "s" added ("tens", "thousands").
    text2num_plurals: frozenset[bytes] = frozenset()
    #: The words between a vote's two counts and after the second ("86 voix pour et 438
    #: contre"), as (between, after) patterns.
    votes: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    #: The same, against first: "438 contre et 86 pour" (the pair is 86 for, 438 against).
    votes_against_first: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    #: Words that name a race only right after a time: "7.52 seconds over 60 metres".
    race_after_time: frozenset[str] = frozenset()
    #: Between a pair's figures when each is counted in votes: "86 voix contre 438".
    vote_versus: re.Pattern[str] | None = None
    #: Vague counts of a time unit ("a few months"): [low, high) by word, and their gate.
    vague_units: dict[str, tuple[float, float]] = field(default_factory=dict)
    vague_unit_re: _Gate = field(default_factory=lambda: _Gate(_lazy("(?!)"), frozenset()))
    #: Words before and after one that make it a time counted back ("a few years ago").
    vague_unit_context: tuple[re.Pattern[str], re.Pattern[str]] = (_NEVER, _NEVER)
    #: Bare plurals of a unit of time ([vague_durations]: "for decades", "多年"), and their
    #: ranges by word, in the unit's name.
    vague_duration_re: _Gate = field(default_factory=lambda: _Gate(_lazy("(?!)"), frozenset()))
    vague_durations: dict[str, tuple[float, float, str]] = field(default_factory=dict)
    #: What a counter word after a count counts ("名": people, "台": machines).
    counters: dict[str, str] = field(default_factory=dict)
    #: Times counted from the page's date ("last year", "去年"): (offset, unit) by words.
    relative_words: dict[str, tuple[int, str]] = field(default_factory=dict)
    relative_re: _Gate = field(default_factory=lambda: _Gate(_lazy("(?!)"), frozenset()))
    #: Durations counted back from the page's date ("two years ago", "vor zwei Jahren").
    relative_ago: list[_Gate] = field(default_factory=list)


_TEXT2NUM = {"en", "de", "fr", "es", "pt", "it", "nl"}
# Full-width digits, percent and decimal point; the full-width comma stays punctuation.
_CJK_DIGITS = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
_FOLD = str.maketrans(
    {
        # Letters that a case-blind pattern takes for i, s, k or å ("mıllıon", "ſeconds"):
        # folded, so the word lists' keys find them.
        "\u0131": "i",
        "\u0130": "I",
        "\u017f": "s",
        "\u212a": "K",
        "\u212b": "\u00c5",
        "\u2019": "'",
        "\u2018": "'",
        # Apostrophes typed otherwise: "havenʼt" (a modifier letter), "n´ont" (an acute
        # accent), "don＇t" (full width): the negation lists write "'".
        "\u02bc": "'",
        "\u00b4": "'",
        "\uff07": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)


#: Any character `_FOLD` changes: most texts hold none, and a translation costs a look-up
#: per character.
_FOLDED = _lazy("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")


def _load_toml(name: str) -> dict[str, Any]:
    path = _DATA / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for key, value in b.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _month_names(locale: str) -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                name = name.lower()
                names[name] = number
                names[name.rstrip(".")] = number
    return {n: m for n, m in names.items() if n and not n[0].isdigit()}


def _modal_gate(modal: dict[str, Any], gate: Any, cjk: bool) -> _Gate:
    """Words of uncertainty ([modal] words), and patterns with the words that key them
    ("影響か": `patterns`, `triggers`)."""
    words, patterns = modal.get("words", []), modal.get("patterns", [])
    if not patterns:
        words_gate: _Gate = gate(words)
        return words_gate
    source = "|".join([*([f"(?:{_alt(words)})"] if words else []), *patterns])
    triggers = _triggers([*words, *modal.get("triggers", [])], cjk)
    return _Gate(_lazy(source, re.I), triggers)


def _open_question(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the modal at start..end asks what happens ([modal] open_question: "no-one
    could predict what might happen at the Oscars on Feb. 9"): the happening is unknown, not
    the date or the place said of what it happens at."""
    source = rules.data.get("modal", {}).get("open_question")
    if not source:
        return False
    pattern = _open_question_re(source)
    lo = max(0, start - 40)
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, lo, end + 40))


@lru_cache(maxsize=16)
def _open_question_re(source: str) -> re.Pattern[str]:
    return re.compile(source, re.I)


#: The units a relative time counts in ("two years ago"; not "two hours ago", which no
#: date places).
_RELATIVE_UNITS = ("day", "week", "month", "year")


def _relative_rules(rules: Rules, data: dict[str, Any], units: dict[str, str], gate: Any) -> None:
    """The words of times counted from the page's date ([relative] of the data files)."""
    relative = data.get("relative", {})
    rules.relative_words = {
        _key(k): (int(v[0]), str(v[1])) for k, v in relative.get("words", {}).items()
    }
    if rules.relative_words:
        rules.relative_re = gate(rules.relative_words)
    counted = [k for k, u in units.items() if u in _RELATIVE_UNITS]
    ones = data.get("one", {}).get("words", [])
    n = rf"(?P<n>\d+|{_alt(ones)})" if ones else r"(?P<n>\d+)"
    hedges = data.get("hedges", {}).get("before", {})
    hedge = rf"(?:(?:{_alt(hedges)})\s+)?" if hedges else ""
    gates = []
    for pattern in relative.get("ago", []) if counted else []:
        source = pattern.replace("{n}", n).replace("{hedge}", hedge)
        source = source.replace("{unit}", f"(?P<unit>{_alt(counted)})")
        # Keyed on the pattern's own words ("ago", "vor", "前"): the figure may be a word.
        fixed = re.sub(r"\{\w+\}|\(\?<?[!=][^)]*\)|\\[swdSWD]|[\\()?*+|:\[\]]", " ", pattern)
        words = [w for w in fixed.split() if _TOKEN.search(w)]
        triggers = _triggers(words[-1:] if rules.cjk else words, rules.cjk)
        gates.append(_Gate(_lazy(source, re.I), triggers))
    rules.relative_ago = gates


@lru_cache(maxsize=64)
def rules_for(lang: str | None) -> Rules | None:
    """The rules of a language, or None when there is no data file for it."""
    base = _base(lang)
    if base is not None and not (_DATA / f"{base}.toml").is_file():
        return None
    # With no language known, words are read with the English lists (a hedge or
    # negation of another language simply goes unseen), but digits whose separators
    # could be groups or decimals ("10.000") are left unread: never a guess.
    data = _merge(_load_toml("common"), _load_toml(base or "en"))
    cjk = bool(data.get("cjk", {}).get("enabled"))
    if base is None:
        decimal, groups, months, ambiguous = ".", ",", _month_names("en"), True
    else:
        from babel import Locale, UnknownLocaleError
        from babel.numbers import get_decimal_symbol, get_group_symbol

        locale = (lang or base).replace("-", "_")
        try:
            Locale.parse(locale)
        except (ValueError, UnknownLocaleError):
            locale = base
        decimal = get_decimal_symbol(locale)
        group = get_group_symbol(locale)
        groups = group
        if group in ("\u202f", "\u00a0", " "):
            groups = "\u202f\u00a0 "
        else:
            groups = group + "\u202f\u00a0"
        groups += "".join(data.get("numbers", {}).get("extra_groups", []))
        months = _month_names(locale) if not cjk else {}
        months.update({k.lower(): v for k, v in data.get("months", {}).items()})
        ambiguous = False
    g = re.escape(groups).replace(r"\ ", " ")
    d = re.escape(decimal)
    lead = ""
    if ambiguous:
        number = _lazy(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
    else:
        # A leading decimal point counts where it is the decimal sign: ".45-caliber".
        lead = r"|(?<![\w.,])\.\d+(?![.,]\d)" if decimal == "." else ""
        # A group is three digits and no more ("Q1 2017" is no "1 201" and a 7).
        number = _lazy(rf"\d{{1,3}}(?:[{g}]\d{{3}}(?!\d))+(?:{d}\d+)?|\d+(?:{d}\d+)?{lead}")

    dates = [
        _Gate.of_words(p.replace("{month}", f"(?P<m>{_WORDS})"), months, cjk, digits=True)
        if "{month}" in p
        else _Gate(_lazy(p, re.I), None, digits=True)
        for p in data.get("dates", {}).get("patterns", [])
    ]
    scales = {k.lower(): float(v) for k, v in data.get("scales", {}).items()}
    # "half a million", "eine halbe Million": the fraction as digits before the scale word.
    fraction_scales = data.get("numbers", {}).get("fraction_scales", {})
    cur_scales = {k.lower(): float(v) for k, v in data.get("currency_scales", {}).items()}
    pct = data.get("percent", {})
    currencies = {k.lower(): v for k, v in data.get("currencies", {}).items()}
    symbols = dict(data.get("currency_symbols", {}))
    codes = data.get("currency_codes", {}).get("codes", [])
    units = {k.lower(): v for k, v in data.get("units", {}).items()}
    unit_exact = dict(data.get("units_exact", {}))
    mult = data.get("multipliers", {})
    hedges = data.get("hedges", {})
    directions: dict[str, int] = {}
    for word in data.get("directions", {}).get("up", []):
        directions[word.lower()] = 1
    for word in data.get("directions", {}).get("down", []):
        directions[word.lower()] = -1
    count_only: set[str] = set()
    for key, sign in (
        ("count_up", 1),
        ("count_down", -1),
        ("count_nouns_up", 1),
        ("count_nouns_down", -1),
    ):
        for word in data.get("directions", {}).get(key, []):
            if word.lower() not in directions:
                directions[word.lower()] = sign
                count_only.add(word.lower())
    separable: list[tuple[re.Pattern[str], int, tuple[str, ...]]] = []
    for entry in data.get("directions", {}).get("count_separable", []):
        if "pattern" in entry:
            # A verb of a count only with the words it takes ("500 Mitarbeiter
            # einstellen"): the pattern's group "v" is the verb; `keys` are looked for first.
            count_only.update(w.lower() for w in entry["words"])
            separable.append(
                (
                    re.compile(entry["pattern"], re.I),
                    int(entry["sign"]),
                    tuple(w.lower() for w in entry["keys"]),
                )
            )
            continue
        # "baut 4.000 Stellen ab": the verb, then its particle a few words on.
        count_only.update(w.lower() for w in entry["verbs"])
        separable.append(
            (
                re.compile(
                    rf"(?<!\w)(?:{_alt(entry['verbs'])})(?=\s+(?:(?:[^\s,.;:!?]|[.,](?=\d))+\s+){{0,5}}"
                    rf"(?:{_alt(entry['particles'])})(?![\w-]))",
                    re.I,
                ),
                int(entry["sign"]),
                tuple(w.lower() for w in entry["verbs"]),
            )
        )
    neg = data.get("negation", {})
    neg_words = [w for w in neg.get("words", [])]
    neg_parts = []
    if neg_words:
        neg_parts.append(
            rf"(?<!\w)(?:{_alt(neg_words)})(?![\w-])(?!\s*\.\s*\d)"
            + (rf"(?!\s+(?:{_alt(neg['not_before'])})(?!\w))" if neg.get("not_before") else "")
            if not cjk
            else f"(?:{_alt(neg_words)})"
        )
    for suffix in neg.get("suffixes", []):
        neg_parts.append(rf"\w{re.escape(suffix)}(?!\w)")
    for pattern in neg.get("patterns", []):
        neg_parts.append(pattern)
    fractions_raw = data.get("fractions", {})
    fractions = {k.lower(): float(v) for k, v in fractions_raw.items() if not isinstance(v, str)}
    # [amount, unit] or [amount, unit, hedge] ("半个多月": more than half a month).
    phrases = {
        k.lower(): (float(v[0]), str(v[1]), str(v[2]) if len(v) > 2 else None)
        for k, v in data.get("phrases", {}).items()
    }
    rates = data.get("rates", {})
    number_words = data.get("numbers", {}).get("words", {})
    vague = data.get("vague", {})
    frequency = data.get("frequency", {})
    frequency_every = rates.get("every", [])
    decade_words = {k.lower(): int(v) for k, v in data.get("decades", {}).get("words", {}).items()}
    # "los noventa" is a decade: text2num must not make it "los 90" first.
    decade_phrases = [
        f"{b} {w}" for b in data.get("decades", {}).get("word_before", []) for w in decade_words
    ]
    # "por ciento", "por cento", "pour cent": a percent sign in words, not the number 100.
    percent_words = [w for w in data.get("percent", {}).get("words", []) if " " in w]
    not_number_words = [
        *data.get("numbers", {}).get("not_words", []),
        *vague,
        *decade_phrases,
        *percent_words,
    ]
    century_words = {
        k.lower(): int(v) for k, v in data.get("centuries", {}).get("ordinals", {}).items()
    }
    frac_nums = {k.lower(): int(v) for k, v in data.get("fraction_numerators", {}).items()}
    frac_dens = {k.lower(): int(v) for k, v in data.get("fraction_denominators", {}).items()}
    ranks = data.get("ranks", {})
    rank_words = {k.lower(): int(v) for k, v in ranks.get("words", {}).items()}
    ordinal_after = ranks.get("ordinal_word_after", [])
    # "Obama's first visit": after any possessive ([ranks] ordinal_after_possessive).
    possessive = r"|[^\W\d_]+['’]s" if ranks.get("ordinal_after_possessive") else ""
    time_units = [u for u, n in units.items() if _is_time(n)]
    rank_before_words = [w for w in ranks.get("before", []) if _TOKEN.search(w)]
    decade_trigger = (
        _lazy(data["decades"]["trigger"], re.I) if data.get("decades", {}).get("patterns") else None
    )
    word_re_flags = re.I
    boundary_l, boundary_r = (r"(?<!\w)", r"(?!\w)") if not cjk else ("", "")

    def words_re(words: Any) -> re.Pattern[str]:
        if not cjk:
            return _lazy(rf"{_led(words)}{boundary_r}", word_re_flags)
        return _lazy(rf"{boundary_l}(?:{_alt(words)}){boundary_r}", word_re_flags)

    def words_gate(words: Any) -> _Gate:
        if not cjk:
            return _Gate.of_words(rf"{_LED_WORDS}{boundary_r}", words, cjk, word_re_flags)
        return _Gate.of_words(rf"{boundary_l}(?:{_WORDS}){boundary_r}", words, cjk, word_re_flags)

    rules = Rules(
        lang=lang,
        base=base,
        cjk=cjk,
        data=data,
        number=number,
        # A decimal point starts a match only before a digit (`lead`): one elsewhere (a
        # sentence's full stop) is not tried.
        number_start=_lazy(r"[\d.](?<=\d|\.(?=\d))" if lead else r"\d"),
        ambiguous_groups=ambiguous,
        decimal=decimal,
        groups=groups,
        months=months,
        months_capitalized=bool(data.get("dates", {}).get("months_capitalized")),
        names_capitalized=bool(data.get("identifiers", {}).get("names_capitalized")),
        latin_names=bool(data.get("identifiers", {}).get("latin_names")),
        identifier_word_re=_Tail(
            _lazy(rf"(?:^|(?<![\w.]))(?:{_alt(data['identifiers']['before'])})\s?$", re.I),
            data["identifiers"]["before"],
            slack=2,  # "\s?" and a final newline
        )
        if data.get("identifiers", {}).get("before")
        else None,
        status_code_re=_lazy(
            rf"[ \u00a0]?(?:{_alt(data['identifiers']['status_code_after'])})(?!\w)", re.I
        )
        if data.get("identifiers", {}).get("status_code_after")
        else None,
        name_after_re=_lazy(rf"[ \u00a0]?(?:{_alt(data['identifiers']['name_after'])})(?!\w)", re.I)
        if data.get("identifiers", {}).get("name_after")
        else None,
        quoted_name_before_re=_lazy(
            rf"{boundary_l}(?:{_alt(data['quoted_names']['before'])})\s*[,:]?\s*$", re.I
        )
        if data.get("quoted_names", {}).get("before")
        else None,
        quoted_name_after_re=_lazy(
            rf"\s*(?:{_alt(data['quoted_names']['after'])}){boundary_r}", re.I
        )
        if data.get("quoted_names", {}).get("after")
        else None,
        status_code_before_re=_lazy(
            rf"(?<!\w)(?:{_alt(data['identifiers']['status_code_before'])})[ \u00a0]?$", re.I
        )
        if data.get("identifiers", {}).get("status_code_before")
        else None,
        cents_re=_lazy(rf"[ \u00a0]?(?:{_alt(data['cents']['words'])})(?!\w)", re.I)
        if data.get("cents", {}).get("words")
        else None,
        function_words=frozenset(
            [
                *(w.lower() for w in data["identifiers"]["function_words"]),
                *(w.lower() for w in hedges.get("before", {})),
                *directions,
            ]
        )
        if data.get("identifiers", {}).get("function_words")
        else None,
        # Capitalized words a number may follow and still count: months, units, ranks.
        not_names=frozenset(
            [
                *months,
                # A time word before a number labels a part: "Year 5", "Day 3", "Week 12".
                *(k.lower() for k, n in units.items() if not (_is_time(n) and k.isalpha())),
                *(k.lower() for k in ranks.get("before", [])),
                *(k.lower() for k in currencies),
                *(k.lower() for k in data.get("identifiers", {}).get("not_names", [])),
                # A hedge's last word, capitalized in a headline or in capitals, names
                # nothing: "More Than 1", "AT LEAST 3", "Nearly 40".
                *(k.split()[-1].lower() for k in hedges.get("before", {}) if k.split()),
            ]
        ),
        dates=dates,
        scales=scales,
        scale_re=_lazy(
            rf"[ \u00a0\u202f-]?(?:{_scale_alt(data.get('scales', {}))}){boundary_r}", re.I
        ),
        scale_keys=_ascii_keys([k for k in scales if k.isalpha()]),
        scale_after_digits=_lazy(
            rf"(\d[ \u00a0\u202f-]?)((?:{_alt([k for k in scales if k.isalpha()])}))(?!\w)", re.I
        ),
        currency_scales=cur_scales,
        currency_scale_re=_lazy(rf"\s?(?:{_alt(cur_scales)})(?!\w)", re.I),
        percent_re=_lazy(
            rf"\s?%|[ \u00a0\u202f]?(?:{_alt(pct.get('words', []))}){boundary_r}", re.I
        ),
        points_re=_lazy(rf"[ \u00a0\u202f]?(?:{_alt(pct.get('points', []))}){boundary_r}", re.I),
        currencies=currencies,
        currency_after_re=_lazy(
            # "a 250,000-euro fine": a currency word glued by a hyphen names the figure's
            # currency as one written apart does.
            rf"(?:[ \u00a0\u202f]?(?:(?:{_alt(data.get('currency_joiners', {}).get('words', []))})"
            rf"\s*)?|-)(?:{_alt(currencies)}){boundary_r}"
            rf"|[ \u00a0\u202f]?(?-i:{_alt(codes)})(?!\w)|[ \u00a0\u202f]?(?:{_alt(symbols)})",
            re.I,
        ),
        currency_before_re=_Tail(
            _lazy(
                rf"(?:(?<![\w$])(?:{_alt(codes)})[ \u00a0\u202f]?"
                rf"|(?:{_alt(symbols)})[ \u00a0\u202f]?)$"
            ),
            [*codes, *symbols],
            0,
            slack=2,
        ),
        units=units,
        # "8 millones de hectáreas", "8 millions d'hectares": a joiner may lead the unit.
        unit_word_re=_lazy(
            r"[ \u00a0\u202f-]?"
            + (
                rf"(?:(?:{_alt(data['unit_joiners']['words'])})[ \u00a0\u202f]?)?"
                if data.get("unit_joiners", {}).get("words")
                else ""
            )
            + rf"(?:{_alt(units)}){boundary_r}",
            re.I,
        ),
        unit_exact=unit_exact,
        unit_exact_re=_lazy(
            # "60 m", "60m", and a symbol in a compound: "the 10-km race", "60-m-Finale"; not
            # a letter elided before a word ("en 2010 l'usine", "2012 s'est tenu").
            rf"(?:[ \u00a0\u202f]|-(?=(?:{_alt(unit_exact)})(?:-[^\W\d_]|[ \u00a0\u202f])))?"
            rf"(?:{_alt(unit_exact)})"
            + (r"(?![A-Za-z0-9_/²³])" if cjk else r"(?![\w/²³]|['’][^\W\d_])")
        ),
        multiplier_after_re=_lazy(
            rf"(?:[ \u00a0\u202f]?(?:{_alt(data.get('multiplier_signs', {}).get('signs', []))})"
            rf"(?![\w])|[ \u00a0\u202f-]?(?:{_alt(mult.get('after', []))}){boundary_r})"
        ),
        multiplier_words={k.lower(): float(v) for k, v in mult.get("words", {}).items()},
        multiplier_signs=frozenset(
            x.lower() for x in data.get("multiplier_signs", {}).get("signs", [])
        ),
        ratio_re=_lazy(mult["ratio_after"], re.I) if mult.get("ratio_after") else None,
        multiplier_before_re=_Tail(
            _lazy(rf"{boundary_l}(?:{_alt(mult.get('before', []))})\s*$", re.I),
            mult.get("before", []),
        ),
        multiplier_words_re=words_gate(mult.get("words", {})),
        hedges_before={k.lower(): v for k, v in hedges.get("before", {}).items()},
        no_article=frozenset(w.lower() for w in hedges.get("no_article", [])),
        race_words=frozenset(w.lower() for w in data.get("races", {}).get("words", [])),
        race_not_before=frozenset(w.lower() for w in data.get("races", {}).get("not_before", [])),
        race_after_time=frozenset(w.lower() for w in data.get("races", {}).get("after_time", [])),
        race_metres=frozenset(float(x) for x in data.get("races", {}).get("metres", [])),
        hour_marks="".join(data.get("clock", {}).get("hour_marks", [])),
        hedge_before_re=_lazy(
            (
                _led(hedges.get("before", {}), "h")
                if not cjk
                else f"(?P<h>{_alt(hedges.get('before', {}))})"
            )
            # A negation between a verb of comparison and its figure ("ne dépasse jamais
            # 2 400 $", "übersteigt nie 2.400 Dollar"): [hedges] negated_after.
            + (
                rf"(?:\s+(?P<neg>{_alt(hedges['negated_after'])}))?"
                if hedges.get("negated_after")
                else ""
            )
            + r"(?:\s+(?:a|an|un|une|ein|eine|einen|um|uma|una|de|d'|the|der|die|das|le|la|les"
            r"|el|los|las|o|os|as)(?:\s+[\w.-]+'s)?)?"
            rf"(?:\s*(?:{_alt(data.get('hedge_fillers', {}).get('words', []))})){{0,2}}\s*$",
            re.I,
        ),
        hedge_triggers=_triggers([h for h in hedges.get("before", {}) if _TOKEN.search(h)], cjk)
        or frozenset(),
        hedge_symbols=tuple(h for h in hedges.get("before", {}) if not _TOKEN.search(h)),
        hedges_after={k.lower(): v for k, v in hedges.get("after", {}).items()},
        hedge_after_re=_lazy(
            # A counter between the figure and its bound: "100人以上", "100種類以上".
            (r"^(?:種類|种类|[件人名个個台家次回本枚匹头頭只条條项項種种])?" if cjk else "^")
            + rf",?\s*(?P<h>{_alt(hedges.get('after', {}))}){boundary_r}",
            re.I,
        ),
        not_after={
            k.lower(): {w.lower() for w in v} for k, v in hedges.get("not_after", {}).items()
        },
        directions=directions,
        direction_names=bool(data.get("directions", {}).get("skip_capitalized")),
        directions_or_won=frozenset(
            w.lower() for w in data.get("directions", {}).get("or_won", [])
        ),
        directions_count_only=frozenset(count_only),
        count_gap_stops=frozenset(
            w.lower() for w in data.get("directions", {}).get("count_gap_stops", [])
        ),
        count_objects=frozenset(
            w.lower() for w in data.get("directions", {}).get("count_objects", [])
        ),
        count_verbs=frozenset(
            w.lower()
            for w in data.get("directions", {}).get("count_verbs", [])
            if w.lower() in directions
        ),
        count_nouns=frozenset(
            w.lower()
            for key in ("count_nouns_up", "count_nouns_down", "count_gerunds")
            for w in data.get("directions", {}).get(key, [])
        ),
        count_noun_joiners=frozenset(
            w.lower() for w in data.get("directions", {}).get("count_noun_joiners", [])
        ),
        count_separable=separable,
        direction_not_after={
            k.lower(): {w.lower() for w in v}
            for k, v in data.get("directions", {}).get("not_after", {}).items()
        },
        direction_re=words_gate(directions),
        modal_re=_modal_gate(data.get("modal", {}), words_gate, cjk),
        negation_re=_Gate(
            _lazy("|".join(neg_parts), re.I),
            _triggers(neg_words, cjk, [t.lower() for t in neg.get("triggers", [])]),
        )
        if neg_parts
        else None,
        negation_back=frozenset(w.lower() for w in neg.get("back", [])),
        negation_restrictive=_lazy(
            "|".join([*neg.get("restrictive", []), *neg.get("vote_sides", [])]), re.I
        )
        if neg.get("restrictive") or neg.get("vote_sides")
        else None,
        fractions=fractions,
        fraction_re=words_gate(fractions),
        one_in_re=_Gate(
            _lazy(
                rf"{boundary_l}(?:{_alt(data.get('one_in', {}).get('patterns', []))})\s+"
                rf"(?P<den>\d+)(?:\.|{ranks.get('ordinal_suffix', '(?!)')})?(?!\d)",
                re.I,
            ),
            _triggers(data.get("one_in", {}).get("patterns", []), cjk),
            digits=True,
        ),
        phrases=phrases,
        fraction_patterns=[
            _Gate(
                _lazy(
                    p.replace("{den_word}", f"(?P<w>{_alt(frac_dens)})").replace(
                        "{num_word}", _alt(frac_nums) if frac_nums else "(?!)"
                    ),
                    re.I,
                ),
                _triggers(frac_dens, cjk) if "{den_word}" in p else None,
                digits="{num_word}" not in p and "{den_word}" not in p,
            )
            for p in data.get("fraction_patterns", {}).get("patterns", [])
        ],
        rate_after_re=_lazy(
            rf"^[^.;:!?,\d\n]{{0,32}}?{boundary_l}(?:{_alt(rates.get('after', []))})\s+"
            rf"(?P<per>{_alt([*time_units, *rates.get('per', {})])}){boundary_r}",
            re.I,
        ),
        rate_before_re=_lazy(
            rf"(?:{_alt(rates.get('before', {}))})(?P<gap>[^\d\s，。、,.;]{{0,4}})$"
        ),
        rate_before={k: v for k, v in rates.get("before", {}).items()},
        rate_per={
            **{u: units[u] for u in time_units},
            **{_key(k): v for k, v in rates.get("per", {}).items()},
        },
        rate_breaks=frozenset(w.lower() for w in rates.get("breaks", [])),
        fraction_numerators=frac_nums,
        fraction_denominators=frac_dens,
        phrase_re=words_gate(phrases),
        one_unit_re=_Gate.of_words(
            (
                _led(data.get("one", {}).get("words", []))
                if not cjk
                else f"(?:{_alt(data.get('one', {}).get('words', []))})"
            )
            + r"[\s-]+"
            rf"(?P<unit>{_WORDS}){boundary_r}",
            time_units,
            cjk,
        ),
        rank_before_re=_Tail(
            _lazy(rf"{boundary_l}(?:{_alt(ranks.get('before', []))})\s*$", re.I),
            ranks.get("before", []),
        ),
        rank_number_word_re=_Gate(
            _lazy(rf"{boundary_l}(?:{_alt(rank_before_words)})\s+(?P<w>[^\W\d_]+)", re.I)
            if rank_before_words and not cjk
            else _lazy("(?!)"),
            _triggers(rank_before_words, cjk),
        ),
        ordinal_re=_lazy(
            rf"^(?:{ranks.get('ordinal_suffix', '(?!)')})" + ("" if cjk else r"(?!\w)"), re.I
        ),
        rank_words=rank_words,
        rank_prefixes={k.lower(): int(v) for k, v in ranks.get("prefixes", {}).items()},
        number_words={k.lower(): int(v) for k, v in number_words.items()},
        number_words_re=_Gate(
            _lazy(rf"{boundary_l}(?:{_alt(number_words)})(?![\w-])", re.I),
            _triggers(number_words, cjk),
        )
        if number_words
        else _Gate(_lazy("(?!)"), frozenset()),
        rank_before_noun_re=_Gate(
            _lazy(
                rf"(?<!\w)(?P<w>{_alt(rank_words)})[\s-]+(?:{_alt(ranks['before_nouns'])})(?!\w)",
                re.I,
            ),
            _triggers(rank_words, cjk),
        )
        if ranks.get("before_nouns") and rank_words
        else _Gate(_lazy("(?!)"), frozenset()),
        # [ranks] idioms ("first aid"), [multipliers] idioms ("triple jump") and [numbers]
        # not_counts ("a pair of scissors"): a word of rank, a multiplier or a number that
        # names something, and counts nothing.
        rank_idiom_re=words_re(
            [
                *ranks.get("idioms", ()),
                *mult.get("idioms", ()),
                *data.get("numbers", {}).get("not_counts", ()),
            ]
        )
        if ranks.get("idioms") or mult.get("idioms") or data.get("numbers", {}).get("not_counts")
        else None,
        rank_prefix_re=_Gate(
            _lazy(_led(ranks.get("prefixes", {}), "w") + ranks["prefix_rest"], re.I),
            None,  # a prefix of a word ("vierthäufigste"): no token to key on
        )
        if ranks.get("prefixes")
        else _Gate(_lazy("(?!)"), frozenset()),
        rank_word_re=_Gate(
            # After a word of `ordinal_word_after` ("den Dritten"), or, where the language
            # lists `ordinal_word_end`, alone before a clause's end ("wurde Kudla Erste.").
            _lazy(
                rf"(?<!\w)(?:(?P<pre>{_alt(ordinal_after)}{possessive})\s+)?"
                rf"(?P<w>{_alt(rank_words)})(?!\w)"
                rf"(?(pre)|(?={ranks.get('ordinal_word_end', '(?!)')}))",
                re.I,
            )
            if ordinal_after and rank_words
            else _lazy("(?!)"),
            _triggers(rank_words, cjk),
        ),
        # One trigger for all decade patterns, searched once per text (`_read_decades`).
        decades=[
            _Gate(_lazy(p, re.I), None, True, decade_trigger)
            for p in data.get("decades", {}).get("patterns", [])
        ],
        decade_parts={k.lower(): v for k, v in data.get("decades", {}).get("parts", {}).items()},
        year_part_words={
            k.lower(): v for k, v in data.get("dates", {}).get("part_words", {}).items()
        },
        centuries=[
            _Gate(_lazy(p, re.I), _triggers(data.get("centuries", {}).get("words", []), cjk))
            for p in data.get("centuries", {}).get("patterns", [])
        ],
        text2num=(base or "en") if (base or "en") in _TEXT2NUM else None,
        text2num_words=frozenset(w.encode("ascii") for w in data["text2num"]["words"])
        if data.get("text2num", {}).get("words")
        else None,
        not_numbers=words_re(not_number_words) if not_number_words else None,
        one_after_re=_lazy(
            rf"((?<!\w)(?:{_alt(data['numbers']['one_after'])})\s+)one(?!\w)"
            + (
                rf"(?!\s+(?:{_alt(data['numbers']['one_not_before'])})(?!\w))"
                if data["numbers"].get("one_not_before")
                else ""
            ),
            re.I,
        )
        if data.get("numbers", {}).get("one_after")
        else None,
        fraction_scales={k.lower(): str(v) for k, v in fraction_scales.items()},
        fraction_scale_re=_lazy(
            rf"(?<!\w)(?P<f>{_alt(fraction_scales)})(?P<gap>\s+)(?=(?:{_alt(scales)})(?!\w))",
            re.I,
        )
        if fraction_scales and scales
        else None,
        fraction_scale_keys=tuple(
            sorted({max(_TOKEN.findall(k.lower()), key=len) for k in fraction_scales})
        ),
        glued_number_re=_lazy(
            rf"(?<![\w-])({_alt(data['numbers']['glued'])})"
            rf"(?=(?:{_alt(data['numbers']['glued_before'])})(?!\w))",
            re.I,
        )
        if data.get("numbers", {}).get("glued") and data["numbers"].get("glued_before")
        else None,
        year_hedge_re=_lazy(rf"(?<!\w)(?:{_alt(data['year_hedges']['before'])})\s*$", re.I)
        if data.get("year_hedges", {}).get("before")
        else None,
        time_after_re=_lazy(data["clock"]["time_after"], re.I)
        if data.get("clock", {}).get("time_after")
        else None,
        time_before_re=_lazy(data["clock"]["time_before"], re.I)
        if data.get("clock", {}).get("time_before")
        else None,
        not_number_keys=tuple(
            sorted({max(_TOKEN.findall(w.lower()) or [""], key=len) for w in not_number_words})
        ),
        vague={k.lower(): (float(v[0]), float(v[1])) for k, v in vague.items()},
        vague_re=words_gate(vague),
        month_only=[
            _Gate.of_words(p.replace("{month}", f"(?P<m>{_WORDS})"), months, cjk)
            if "{month}" in p
            else _Gate(_lazy(p, re.I), None, digits=True)
            for p in data.get("dates", {}).get("month_only", [])
        ],
        date_bound_re=_Tail(
            _lazy(
                rf"{boundary_l}(?P<h>{_alt(data.get('dates', {}).get('bounds_before', []))})\s*$",
                re.I,
            ),
            data.get("dates", {}).get("bounds_before", []),
        ),
        year_word_re=_Tail(
            _lazy(
                rf"{boundary_l}(?:{_alt(data.get('dates', {}).get('year_words', []))})\s*$", re.I
            ),
            data.get("dates", {}).get("year_words", []),
        ),
        year_parts=[
            _Gate(
                _lazy(p, re.I),
                _triggers(
                    [
                        *data.get("decades", {}).get("parts", {}),
                        *data.get("dates", {}).get("part_words", {}),
                    ],
                    cjk,
                ),
                digits=True,
            )
            for p in data.get("dates", {}).get("year_parts", [])
        ],
        frequency_words={k.lower(): int(v) for k, v in frequency.items()},
        frequency_re=_Gate(
            _lazy(
                rf"{boundary_l}(?:(?P<w>{_alt(frequency)})\s+(?:{_alt(rates.get('after', []))})\s+"
                rf"(?:(?P<k>\d+)\s+)?|(?:{_alt(frequency_every)})\s+(?P<n>{number.pattern})\s*)"
                rf"(?P<per>{_alt(time_units)}){boundary_r}",
                re.I,
            )
            if frequency and time_units
            else _lazy("(?!)"),
            _triggers([*frequency, *frequency_every], cjk),
        ),
        duration_joiner_re=_lazy(
            rf"\s*,?\s*(?:(?:{_alt(data.get('durations', {}).get('joiners', []))})\s+)?",
            re.I,
        ),
        clock=[
            _Gate(_lazy(p, re.I), None, digits=True, pre=_CLOCK_DIGITS)
            for p in data.get("clock", {}).get("patterns", [])
        ],
        clock_glued=[
            _Gate(_lazy(p, re.I), None, digits=True) for p in data.get("clock", {}).get("glued", [])
        ],
        decade_words=decade_words,
        decade_word_re=_Gate(
            _lazy(
                rf"{boundary_l}(?:(?P<part>{_alt(data.get('decades', {}).get('parts', {}))})"
                rf"[\s-]+)?(?:{_alt(data.get('decades', {}).get('word_before', []))})?\s*"
                rf"(?P<word>{_alt(decade_words)}){boundary_r}",
                re.I,
            ),
            _triggers(decade_words, cjk),
        ),
        century_words=century_words,
        century_word_re=_Gate(
            _lazy(
                rf"{boundary_l}(?P<word>{_alt(century_words)})[\s-]+"
                rf"(?:{_alt(data.get('centuries', {}).get('words', []))}){boundary_r}",
                re.I,
            )
            if century_words
            else _lazy("(?!)"),
            _triggers(century_words, cjk),
        ),
    )
    _relative_rules(rules, data, units, words_gate)
    rules.counters = dict(data.get("counters", {}).get("classes", {}))
    vague_units = data.get("vague_units", {})
    counted = [k for k, u in units.items() if u in _RELATIVE_UNITS]
    if vague_units and counted:
        rules.vague_units = {_key(k): (float(v[0]), float(v[1])) for k, v in vague_units.items()}
        gap, left, right = ("", "", "") if rules.cjk else (r"\s+", r"(?<!\w)", r"(?!\w)")
        counter = "(?:个|か|ヶ|カ)?" if rules.cjk else ""
        rules.vague_unit_re = _Gate.of_words(
            rf"{left}(?P<w>{_WORDS}){gap}{counter}(?P<unit>{_alt(counted)}){right}",
            list(vague_units),
            rules.cjk,
        )
        context = data.get("vague_units_context", {})
        rules.vague_unit_context = (
            _lazy(rf"(?<!\w)(?:{_alt(context['before'])})\s*$", re.I)
            if context.get("before")
            else _NEVER,
            _lazy(rf"\s*(?:{_alt(context['after'])}){right}", re.I)
            if context.get("after")
            else _NEVER,
        )
    loose = data.get("vague_durations", {})
    if loose:
        for word, (lo, hi, unit_word) in loose.items():
            unit = rules.units.get(_key(unit_word))
            if unit is not None:
                rules.vague_durations[_key(word)] = (float(lo), float(hi), unit)
        left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
        rules.vague_duration_re = _Gate.of_words(
            rf"{left}(?:{_WORDS}){right}", list(loose), rules.cjk
        )
    votes = data.get("votes", {})
    if votes.get("for") and votes.get("against") and votes.get("and"):
        # Up to three words before the first side: "86 députés ont voté pour et 438 contre".
        rules.votes, rules.votes_against_first = (
            (
                _lazy(
                    rf"\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{_alt(votes[one])})\s*,?\s*"
                    rf"(?:{_alt(votes['and'])})\s+",
                    re.I,
                ),
                _lazy(rf"\s*(?:[^\W\d_]+\s+)?(?:{_alt(votes[other])})(?!\w)", re.I),
            )
            for one, other in (("for", "against"), ("against", "for"))
        )
    if votes.get("nouns"):
        versus = votes.get("versus", []) + votes.get("against", [])
        rules.vote_versus = _lazy(
            rf"\s*(?:{_alt(votes['nouns'])})\s*(?:{_alt(versus)}|{_VERSUS_WORDS})\s*",
            re.I,
        )
    rules.readers = {
        "relative": _Reader([rules.relative_re, *rules.relative_ago]),
        "frequencies": _Reader([rules.frequency_re]),
        "phrases": _Reader([rules.phrase_re, rules.one_unit_re]),
        "dates": _Reader([*rules.year_parts, *rules.dates, *rules.month_only]),
        "clock": _Reader([*rules.clock, *rules.clock_glued]),
        "decades": _Reader(
            [rules.decade_word_re, rules.century_word_re, *rules.decades, *rules.centuries]
        ),
        "fractions": _Reader(
            [rules.number_words_re, *rules.fraction_patterns, rules.one_in_re, rules.fraction_re]
        ),
        "word_values": _Reader(
            [
                rules.multiplier_words_re,
                rules.rank_number_word_re,
                rules.rank_before_noun_re,
                rules.rank_prefix_re,
                rules.rank_word_re,
            ]
        ),
        "vague": _Reader([rules.vague_re, rules.vague_unit_re, rules.vague_duration_re]),
    }
    rules.after_number_re = _first_of(
        points=rules.points_re,
        percent=rules.percent_re,
        unit_exact=rules.unit_exact_re,
        unit_word=rules.unit_word_re,
        multiplier=rules.multiplier_after_re,
        ordinal=rules.ordinal_re,
    )
    rules.always_readers = tuple(name for name, r in rules.readers.items() if r.always)
    rules.digit_readers = tuple(name for name, r in rules.readers.items() if r.with_digits)
    for name, r in rules.readers.items():
        for word in r.words:
            rules.reader_words[word] = (*rules.reader_words.get(word, ()), name)
        for word in r.digit_words:
            rules.reader_digit_words[word] = (*rules.reader_digit_words.get(word, ()), name)
    rules.date_gates = (*rules.year_parts, *rules.dates, *rules.month_only)
    rules.date_triggers = frozenset(
        word for g in rules.date_gates if g.triggers is not None for word in g.triggers
    )
    if rules.text2num_words is not None:
        rules.text2num_plurals = frozenset(
            w + b"s" for w in rules.text2num_words if not w.endswith(b"s")
        )
    assert all(g.pre is _CLOCK_DIGITS for g in rules.clock), "_read_clock looks once"
    assert all(
        g.pre is decade_trigger and g.digits and g.triggers is None for g in rules.decades
    ), "_read_decades looks once"
    gates: list[_Gate] = []
    for value in vars(rules).values():
        if isinstance(value, _Gate):
            gates.append(value)
        elif isinstance(value, list):
            gates.extend(x for x in value if isinstance(x, _Gate))
    rules.all_triggers = frozenset().union(*(g.triggers for g in gates if g.triggers is not None))
    rules.hedge_ascii = frozenset(t.encode() for t in rules.hedge_triggers if t.isascii())
    if decade_trigger is not None:
        rules.decade_needs = _required_characters(decade_trigger.pattern, re.I)
    rules.ascii_triggers = frozenset(t.encode("ascii") for t in rules.all_triggers if t.isascii())
    return rules


def _first_of(**patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern whose `match` finds what matching the patterns one after another finds
    (the first that matches, as it matches), in one call; its `lastgroup` names that one.
    An alternation is tried in order, each pattern keeping its own flags.

    >>> p = _first_of(pct=re.compile("%|percent", re.I), unit=re.compile("km|m"))
    >>> [(m.lastgroup, m.group()) for m in map(p.match, ["PERCENT", "km", "KM"]) if m]
    [('pct', 'PERCENT'), ('unit', 'km')]
    """
    parts = []
    for name, pattern in patterns.items():
        flags = pattern._given if isinstance(pattern, _LazyPattern) else pattern.flags
        assert not flags & ~(re.I | re.U), "only re.I carries over"
        parts.append(f"(?P<{name}>(?{'i' if flags & re.I else '-i'}:{pattern.pattern}))")
    return _lazy("|".join(parts))


def _is_time(unit: str) -> bool:
    return unit in {
        "millisecond",
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "century",
        "millennium",
    }


# --- reading --------------------------------------------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "M": 1000}


def _roman(text: str) -> int | None:
    """The value of a Roman numeral, or None.

    >>> _roman("XIX"), _roman("XXI"), _roman("IIII")
    (19, 21, None)
    """
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 40 and _to_roman(total) == text.upper() else None


def _to_roman(n: int) -> str:
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def _digits(written: str, rules: Rules) -> tuple[float, float] | None:
    """(value, precision) of digits written with the language's separators.

    >>> en = rules_for("en")
    >>> _digits("1,200", en), _digits("3.67", en)
    ((1200.0, 0.5), (3.67, 0.005))
    >>> _digits("23,7", rules_for("de")), _digits("10.000", rules_for("de"))
    ((23.7, 0.05), (10000.0, 0.5))
    >>> _digits("10.000", rules_for(None)) is None
    True
    """
    if written.isdigit():
        return float(written), 0.5  # digits alone (the number pattern's \d): no separator
    if rules.ambiguous_groups:
        seps = [c for c in written if c in ".,"]
        if seps:
            last = written.rfind(seps[-1])
            tail = written[last + 1 :]
            if len(set(seps)) == 1 and (len(seps) > 1 or len(tail) == 3):
                if len(seps) == 1:
                    return None  # "10.000" or "10,000": a decimal or a group? Never guess.
                cleaned = written.replace(seps[0], "")
                return float(cleaned), 0.5
            if len(set(seps)) == 2:
                head = written[:last].replace(",", "").replace(".", "")
                return float(f"{head}.{tail}"), 0.5 * 10 ** -len(tail)
            return float(written.replace(",", ".")), 0.5 * 10 ** -len(tail)
        return float(written), 0.5
    integer, _, frac = written.partition(rules.decimal)
    for g in rules.groups:
        integer = integer.replace(g, "")
    value = float(f"{integer}.{frac}" if frac else integer)
    return value, 0.5 * 10 ** -len(frac) if frac else 0.5


def _holds_any(text: str, parts: Sequence[str]) -> bool:
    """`any(p in text for p in parts)`, without a generator (this runs for every text)."""
    for part in parts:
        if part in text:
            return True
    return False


def _holds_all(text: str, parts: Sequence[str]) -> bool:
    """`all(p in text for p in parts)`, without a generator (this runs for every text)."""
    for part in parts:
        if part not in text:
            return False
    return True


def _stripped_end(text: str, pos: int) -> int:
    r"""`len(text[:pos].rstrip())`, found by stepping back over the whitespace before `pos`
    (not by copying the text before it, which per figure is quadratic on a long quote).

    >>> _stripped_end("ab  \n 1", 6), _stripped_end("  1", 2)
    (2, 0)
    """
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _last_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    r"""`max((m.end() for m in pattern.finditer(text, 0, pos)), default=0)` for a pattern
    whose every match is one character, decided by it and what follows it up to `pos` (a
    lookahead, no lookbehind): those matches are the same from any start, so the last is
    looked for back from `pos` in windows that double, at a cost of its distance from `pos`
    rather than of the whole text before it.

    >>> _last_end(re.compile(r"[.!?](?=\s)"), "A. B. C", 7), _last_end(re.compile(r","), "ab", 2)
    (5, 0)
    """
    lo, step = pos, 64
    while lo > 0:
        lo = max(0, lo - step)
        end = -1
        for m in pattern.finditer(text, lo, pos):
            end = m.end()
        if end >= 0:
            return end
        step *= 2
    return 0


def _prepare(text: str, rules: Rules) -> str:
    """The text as read: typography folded, full-width digits plain, number words digits."""
    if not text.isascii() and _FOLDED.search(text) is not None:  # none is ASCII
        text = text.translate(_FOLD)
    if "&" in text:
        # A page that escaped its entities twice shows "&euro;150 million" as text.
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group().lower()], text)
    if rules.one_after_re is not None and "one" in text.lower():
        # "more than one accumulator": text2num reads from two up, but after a comparator
        # "one" is the figure, not an article. Tested in any case, as the substitution
        # is: "More than One", "AT LEAST ONE".
        text = rules.one_after_re.sub(lambda m: m.group(1) + "1", text)
    lowered = None
    times = _times_after_re(rules.lang)
    if times is not None:
        lowered = text.lower()
        if _holds_any(lowered, times[1]):
            # "at least once" is "at least 1 times", as "at least 2 times" is read.
            counts = {k.lower(): v for k, v in rules.data["times"]["words"].items()}
            text = times[0].sub(
                lambda m: f"{m.group('lead')}{counts[m.group('w').lower()]}{times[2]}", text
            )
            lowered = None
    one_unit = _one_before_unit_re(rules.lang)
    if one_unit is not None:
        lowered = text.lower() if lowered is None else lowered
        if _holds_any(lowered, one_unit[1]):
            # "starts at one euro", "à partir d'un euro", "ein Terabyte": the figure 1.
            text = one_unit[0].sub("1", text)
            lowered = None
    halves = _halves_re(rules.lang)
    if halves is not None:
        lowered = text.lower() if lowered is None else lowered
        if _holds_any(lowered, halves[1]):
            # "eight and a half minutes" is 8.5 minutes, "deux ans et demi" 2,5 ans: before
            # the fraction scales, which would read "a half million" as 0.5 million alone.
            text = halves[0].sub(lambda m: _half_added(m, rules, halves[2]), text)
            lowered = None
    if rules.fraction_scale_re is not None:
        lowered = text.lower() if lowered is None else lowered
        if _holds_any(lowered, rules.fraction_scale_keys):
            # "half a million" is 500,000, not "half" and "a million".
            text = rules.fraction_scale_re.sub(
                lambda m: rules.fraction_scales[_key(m.group("f"))] + m.group("gap"), text
            )
    if rules.cjk:
        text = text.translate(_CJK_DIGITS)
        if "半" in text:
            half = _half_re(rules.lang)
            if half is not None:
                # "1年半" is 1.5年, "一个半小时" 1.5小时.
                text = half[0].sub(lambda m: _half_more(m, half[1]), text)
        if "秒" in text:
            fraction = _race_time_re(rules.lang)
            if fraction is not None:
                # "7秒52" is 7.52秒, "1分2秒3" 1分2.3秒: a race time's fraction after 秒.
                text = fraction.sub(r"\1.\2秒", text)
        parts = _race_time_re(rules.lang, "metre_parts")
        if parts is not None:
            # "13メートル15", "2米05": metres and centimetres, 13.15メートル, 2.05米.
            text = parts.sub(r"\g<n>.\g<f>\g<u>", text)
        if "分" in text:
            minutes = _race_time_re(rules.lang, "minute_mark")
            if minutes is not None:
                # "8分30秒", "2小时15分": 分 is the minute there, not a point or a cent.
                text = minutes.sub("分钟", text)
        ranks = rules.data.get("ranks", {}).get("rewrites")
        if ranks and any(w in text for w in ranks):
            for word, rank in ranks.items():
                text = text.replace(word, rank)  # "首位" is "第1位": the first
        if _CJK_NUMERAL_CHAR.search(text) or _CJK_MIXED.search(text):
            idioms = [w for w in rules.data.get("numbers", {}).get("idioms", ()) if w in text]
            for idiom in idioms:
                text = text.replace(idiom, _hide(idiom))  # "五輪" is the Olympics, not 5輪
            words = _data_patterns(rules.lang, "numbers", "idiom_patterns")
            if words is not None and words.search(text) is not None:
                # "十分坚固" is "very solid", not ten minutes.
                text = words.sub(lambda m: _hide(m.group()), text)
                idioms.append("")
            text = _cjk_numerals(text)  # "三千万", and "1億6300万" (one number)
            if idioms:
                text = _UNHIDE.sub(lambda m: _unhide(m.group()), text)
    if rules.glued_number_re is not None and _may_hold(rules.glued_number_re, text):
        text = rules.glued_number_re.sub(r"\1-", text)  # "dreistündig" as "drei-stündig"
    folds = _glued_fold_re(rules.lang)
    if folds is not None and folds[1] in text:
        # "two hundredfold", "zweihundertfach": the number before the multiplier's ending,
        # as digits joined to it by a hyphen ("200-fold", "200-fach").
        text = folds[0].sub(lambda m: _glued_fold(m, rules), text)
    for pattern, replacement in _number_rewrites(rules.lang):
        if _may_match(pattern, text):
            # "11m inhabitants": 11 million, no 11 metres ([numbers] rewrites).
            text = pattern.sub(replacement, text)
    article = _data_patterns(rules.lang, "numbers", "article_as_one", re.I)
    if article is not None and _may_match(article, text):
        # "A hundred and forty whales": text2num makes it "A 140", a name's letter then.
        text = article.sub(r"one\g<rest>", text)
    year_then = _data_patterns(rules.lang, "numbers", "year_then_thousand", re.I)
    if year_then is not None and _may_match(year_then, text) and _may_hold(year_then, text):
        # "hatte 2008 tausend US-Dollar": the year, then 1000 dollars; not 2,008,000.
        text = year_then.sub(lambda m: next(g for g in m.groups() if g) + " 1000", text)
    respell = _respell_re(rules.lang)
    if respell is not None and _holds_any(text.lower(), respell[2]):
        # "Veintiún cachalotes": 21, spelt as text2num reads it ("veintiuno").
        text = respell[0].sub(lambda m: respell[1][m.group().lower()], text)
    # text2num costs ~10 µs a call; only text with letters can hold number words.
    if rules.text2num and _LETTER.search(text):
        text = _alpha2digit(text, rules, rules.text2num)
        if "-" in text and _HYPHEN_HINT.search(text) is not None:
            # "a six-month review": text2num leaves number words joined by a hyphen.
            text = _HYPHENATED.sub(lambda m: _hyphen_number(m, rules), text)
    return text


@lru_cache(maxsize=128)
def _data_patterns(
    lang: str | None, section: str, key: str, flags: int = 0
) -> re.Pattern[str] | None:
    """A list of patterns in a language's data (``[section] key``) as one alternation, or
    None: ``numbers.idiom_patterns`` (CJK numerals that are words: "十分" before what is no
    word of time), ``numbers.not_word_patterns`` ("segundo" after "um décimo de" is a
    second), ``vague_guard.patterns`` (where a vague word is part of another: "差不多所有"),
    ``negation.prohibitions`` ("banned", "verboten", "禁止")."""
    rules = rules_for(lang)
    words = rules.data.get(section, {}).get(key, []) if rules is not None else []
    return re.compile("|".join(f"(?:{w})" for w in words), flags) if words else None


@lru_cache(maxsize=16)
def _glued_fold_re(lang: str | None) -> tuple[re.Pattern[str], str] | None:
    """A number written in words before the ending of a multiplier ("two hundredfold",
    "zweihundertfach", "das Dreifache"), by [multipliers] glued (a pattern with the groups
    ``n``, the words, and ``fold``, the ending) and glued_key (a substring of every match,
    in lowercase as the ending is written: "Hundredfold", "Dreifache")."""
    rules = rules_for(lang)
    mult = rules.data.get("multipliers", {}) if rules is not None else {}
    if not mult.get("glued"):
        return None
    return re.compile(mult["glued"], re.I), mult["glued_key"]


def _glued_fold(m: re.Match[str], rules: Rules) -> str:
    """The multiplier of `_glued_fold_re` as digits and its ending ("200-fold"), from the
    longest tail of its words that is a number above one; unchanged if none is. Of several
    words the last alone is no such tail: "a hundredfold" is left to the multiplier words."""
    words = m.group("n")
    parts = words.split()
    for i in range(max(1, len(parts) - 1)):
        tail = " ".join(parts[i:])
        number = _small_number(tail.lower(), rules.text2num)
        if number is not None and number > 1:
            return words[: len(words) - len(tail)] + f"{number}-" + m.group("fold")
    return m.group()


@lru_cache(maxsize=16)
def _race_time_re(lang: str | None, key: str = "race_time") -> re.Pattern[str] | None:
    """A race time written with its fraction after 秒 ("7秒52"), by [clock] race_time; or
    its minutes' mark before the seconds ("8分30秒"), by [clock] minute_mark; or metres
    with their centimetres after the metre's mark ("13メートル15"), by [clock] metre_parts."""
    rules = rules_for(lang)
    pattern = rules.data.get("clock", {}).get(key) if rules is not None else None
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=16)
def _halves_re(lang: str | None) -> tuple[re.Pattern[str], tuple[str, ...], str] | None:
    """A number with a half of its unit added, said in words ([halves] in the language's
    data: "eight and a half minutes", "achteinhalb Minuten", "huit minutes et demie",
    "ocho minutos y medio", "dois anos e meio"): the pattern (groups ``n``, the number in
    digits or a word, and ``unit``, a word kept after it), the lower-case substrings one of
    which a text must hold, and the language's decimal mark."""
    rules = rules_for(lang)
    half: dict[str, Any] = rules.data.get("halves", {}) if rules is not None else {}
    if not half.get("pattern"):
        return None
    keys = tuple(k.lower() for k in half.get("keys", []))
    return re.compile(half["pattern"], re.I), keys, half.get("decimal", ".")


@lru_cache(maxsize=16)
def _one_before_unit_re(lang: str | None) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The word for one before a unit of money or measure it counts ([one] figure before
    [one] figure_units in the language's data: "one euro", "un euro", "einem Euro", "ein
    Terabyte"), as the pattern of the word (group ``one``, the unit kept after it) and the
    lower-case units one of which a text must hold; time units are read as durations
    ("a year") by the phrase reader. A unit followed by a hyphen ("ein Euro-Land") names."""
    rules = rules_for(lang)
    one: dict[str, Any] = rules.data.get("one", {}) if rules is not None else {}
    if not one.get("figure") or not one.get("figure_units"):
        return None
    units = tuple(u.lower() for u in one["figure_units"])
    # "un euro fort", "un dólar débil", "un euro numérique": the currency named, no figure.
    named = one.get("figure_not_before")
    tail = rf"(?![ \u00a0]+(?:{_alt(named)})(?!\w))" if named else ""
    pattern = (
        rf"(?<![\w-])(?P<one>{_alt(one['figure'])})"
        rf"(?=[ \u00a0]+(?:{_alt(units)})(?![\w-]){tail})"
    )
    return re.compile(pattern, re.I), units


@lru_cache(maxsize=16)
def _times_after_re(lang: str | None) -> tuple[re.Pattern[str], tuple[str, ...], str] | None:
    """How often said in one word after a comparator ([times] words after [times] after in
    the language's data: "at least once", "at most twice", "mindestens einmal"): the
    pattern (groups ``lead``, the comparator and its space, and ``w``, the word), the
    lower-case words one of which a text must hold, and the count's unit ([times] unit:
    " times", "-mal"), written after the count in digits. Alone the word may be no count
    ("once upon a time", "once he left", "noch einmal")."""
    rules = rules_for(lang)
    times: dict[str, Any] = rules.data.get("times", {}) if rules is not None else {}
    if not times.get("words") or not times.get("after"):
        return None
    words = tuple(w.lower() for w in times["words"])
    pattern = rf"(?<!\w)(?P<lead>(?:{_alt(times['after'])})\s+)(?P<w>{_alt(words)})(?![\w-])"
    return re.compile(pattern, re.I), words, times.get("unit", " times")


@lru_cache(maxsize=16)
def _number_rewrites(lang: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A language's [numbers] rewrites: [pattern, replacement] pairs applied to the text
    before its numbers are read ("11m inhabitants" as "11 million inhabitants")."""
    rules = rules_for(lang)
    pairs = rules.data.get("numbers", {}).get("rewrites", ()) if rules is not None else ()
    return tuple((re.compile(p, re.I), r) for p, r in pairs)


@lru_cache(maxsize=16)
def _respell_re(
    lang: str | None,
) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]] | None:
    """Number words text2num does not know, as the spelling it reads ([numbers] respell:
    "veintiún" as "veintiuno"): the pattern of the words, the lower-case mapping and its
    words, one of which a text must hold."""
    rules = rules_for(lang)
    respell = rules.data.get("numbers", {}).get("respell") if rules is not None else None
    if not respell:
        return None
    words = {k.lower(): v for k, v in respell.items()}
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", re.I), words, tuple(words)


def _half_added(m: re.Match[str], rules: Rules, decimal: str) -> str:
    """`_halves_re`'s match as its number plus a half in digits, its unit kept after it
    ("8.5 minutes", "2,5 ans"); unchanged when the number is no number word or the words
    are one of the language's [phrases] ("una década y media", "a decade and a half")."""
    if m.group().lower() in rules.phrases:
        return m.group()  # "una década y media" is the data's 15 years, not 1,5 décadas
    written = m.group("n")
    number = int(written) if written.isdigit() else _small_number(written.lower(), rules.text2num)
    if number is None:
        return m.group()
    unit = m.groupdict().get("unit") or ""
    return f"{number}{decimal}5{unit}"


_HALF_NUMERAL = "[0-9.〇零一二两兩三四五六七八九十百千]{1,8}"


@lru_cache(maxsize=16)
def _half_re(lang: str | None) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A figure, its unit and 半 after it ("1年半", "2時間半", "两年半") or, in Chinese, 半
    between the counter and the unit ("一个半小时", "两个半月"): half a unit more ([half]
    units; inner, each with the unit as read after a figure; not before the words of
    not_after: "2019年半ば" is mid-2019). The pattern and the inner units."""
    rules = rules_for(lang)
    half: dict[str, Any] = rules.data.get("half", {}) if rules is not None else {}
    if not half.get("units"):
        return None
    after = f"(?!{_alt(half['not_after'])})" if half.get("not_after") else ""
    pattern = rf"(?P<n>{_HALF_NUMERAL})(?P<unit>{_alt(half['units'])})半{after}"
    inner: dict[str, str] = dict(half.get("inner", {}))
    if inner:
        pattern += rf"|(?P<n2>{_HALF_NUMERAL})[个個]半(?P<inner>{_alt(list(inner))})"
    return re.compile(pattern), inner


def _half_more(m: re.Match[str], inner: dict[str, str]) -> str:
    """The figure of `_half_re`'s match with a half added, before its unit ("一个半小时" is
    "1.5小时"); a year ("2019年半") or a numeral not read is left as written."""
    written = m.group("n") or m.group("n2")
    value: float | None
    if re.fullmatch(r"\d+(?:\.\d+)?", written):
        value = float(written)
    else:
        read = _cn2an(written.translate(_CJK_FOLD))
        value = None if read is None else float(read)
    unit = m.group("unit") or inner[m.group("inner")]
    if value is None or (unit.startswith("年") and value >= 1000):
        return m.group()
    return f"{value + 0.5:g}{unit}"


#: A capitalized word inside a sentence before another capitalized word: part of a name
#: when it is a number word ("the Second Amendment", "Half-Blood Prince", "Three Rivers").
_NAMED_NUMBER = _lazy(r"(?<=[a-z,] )[A-Z][a-z]{2,11}(?=[ -][A-Z][a-z])")
#: The same from the space on, the letter or comma before it looked behind: the regex engine
#: skips from space to space (a pattern opening with a class of letters is tried at nearly
#: every position); found wherever `_NAMED_NUMBER` has a match.
_NAMED_HINT = _lazy(r" (?<=[a-z,] )[A-Z][a-z]{2,11}[ -][A-Z][a-z]")


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


#: What joins the two figures of a vote or a score, in any language: "438 contre 86",
#: "86 zu 438", "310 to 95", "3-1". A pair said the other way round is another result.
_VERSUS_WORDS = r"to|against|vs\.?|versus|zu|gegen|contre|contra|a|à|-|–|:"
_VERSUS = _lazy(rf"\s*(?:{_VERSUS_WORDS})\s*", re.I)


def _family(v: Value) -> tuple[str, str | None]:
    """What a figure measures, for pairing: money by currency, units by dimension."""
    return v.kind, v.dim if v.kind in ("unit", "money") else None


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


def _owner(q: Value, readings: list[Reading]) -> Reading | None:
    """The reading (quote) that holds value `q`, or None."""
    for r in readings:
        for v in r.values:
            if v is q:
                return r
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


#: What parts a figure from the year it goes with: a clause's end, or a sentence's.
_YEAR_APART = _lazy(r"[,;:!?()，、；：。！？（）]|[.](?!\d)")


#: Between two years of one span: "between 2010 and 2011", "entre 2010 et 2011", "2010-2011".
_YEAR_SPAN_LINK = _lazy(r"\s*(?:and|et|und|y|e|to|à|bis|a|al|até|-|–)\s*", re.I)


@lru_cache(maxsize=1)
def _date_roles() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The words that say which event of a page a date is (common.toml's [date_roles]:
    "published", "mis à jour le"): ending a text, opening one (a verb after its date, "am
    4. Mai aktualisiert"), and each word's role."""
    table = _load_toml("common").get("date_roles", {})
    roles = {_unaccented(w.lower()): name for name, words in table.items() for w in words}
    if not roles:
        return None
    words = [w for ws in table.values() for w in ws]
    # "published the article on", "Last modified on Wed": an object, and a weekday's
    # name, may stand between the word and its date.
    before = (
        rf"(?<!\w)({_alt(words)})"
        r"(?:\s+(?:the|an?|its|this|der|die|das|den|le|la|l'|el|o|a)\s+\w+)?"
        r"(?:\s+(?:on|am|le|el|em|o|the))?(?:\s+(?-i:[A-Z][a-z]{1,8})\.?,?)?\s*[:,]?\s*$"
    )
    after = rf"\s+({_alt(words)})(?!\w)"
    return re.compile(before, re.I), re.compile(after, re.I), roles


#: How far before or after a date its role's word may stand ("Mis à jour le 05.05.2015").
_DATE_ROLE_REACH = 32


def _date_role(text: str, v: Value, values: list[Value]) -> tuple[str, str] | None:
    """The role of date `v` in `text` ([date_roles]: published, updated), said by a word
    right before it, else right after it, and that word; None without one."""
    found = _date_roles()
    if found is None:
        return None
    before, after, roles = found
    lo = max([v.start - _DATE_ROLE_REACH, *(u.end for u in values if u.end <= v.start)])
    m = before.search(text, max(0, lo), v.start)
    if m is None:
        hi = min([v.end + _DATE_ROLE_REACH, *(u.start for u in values if u.start >= v.end)])
        m = after.match(text, v.end, max(v.end, hi))
    if m is None:
        return None
    return roles.get(_unaccented(m.group(1).lower()), ""), m.group(1)


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


def _pairs(
    reading: Reading, rules: Rules | None = None, *, worded: bool = False
) -> list[tuple[Value, Value]]:
    """The figures of a reading said as a pair, in their order ("438 contre 86", and with
    the language's vote words "86 voix pour et 438 contre"); a vote said against first
    ("438 contre et 86 pour") is given for first, as a tally is written. With `worded`,
    only the pairs whose side words say which count is which ("86 pour et 438 contre")."""
    values = [v for v in reading.values if v.kind == "number" and not v.hedge]
    votes = rules.votes if rules is not None else None
    reversed_votes = rules.votes_against_first if rules is not None else None
    pairs = []
    for a, b in itertools.pairwise(values):
        if (
            (not worded and _VERSUS.fullmatch(reading.text, a.end, b.start) is not None)
            or (
                not worded
                and rules is not None
                and rules.vote_versus is not None
                and rules.vote_versus.fullmatch(reading.text, a.end, b.start) is not None
            )
            or (
                votes is not None
                and votes[0].fullmatch(reading.text, a.end, b.start) is not None
                and votes[1].match(reading.text, b.end) is not None
            )
        ):
            pairs.append((a, b))
        elif (
            reversed_votes is not None
            and reversed_votes[0].fullmatch(reading.text, a.end, b.start) is not None
            and reversed_votes[1].match(reading.text, b.end) is not None
        ):
            pairs.append((b, a))
        elif rules is not None and rules.cjk and (side := _cjk_vote(reading.text, a, b, rules)):
            pairs.append((a, b) if side > 0 else (b, a))
    return pairs


@lru_cache(maxsize=16)
def _cjk_vote_words(lang: str) -> tuple[tuple[re.Pattern[str], ...], ...] | None:
    """For a language written without spaces, the words of a vote said as two counts
    ([votes] for and against in its data), as (between, after, before) patterns for each
    order, for first then against first: "86票赞成、438票反对", "賛成86票、反対438票"."""
    rules = rules_for(lang)
    votes = rules.data.get("votes", {}) if rules is not None else {}
    if not votes.get("for") or not votes.get("against"):
        return None
    gap = r"[^\d。；！？]"
    orders = []
    for one, other in ((votes["for"], votes["against"]), (votes["against"], votes["for"])):
        first, second = _alt(one), _alt(other)
        orders.append(
            (
                # "86票赞成、438票反对": each count before its word.
                re.compile(rf"{gap}{{0,4}}?(?:{first}){gap}{{0,4}}"),
                re.compile(rf"{gap}{{0,4}}?(?:{second})"),
                # "赞成86票，反对438票": each count after its word.
                re.compile(rf"(?:{first})$"),
                re.compile(rf"{gap}{{0,4}}?(?:{second}){gap}{{0,2}}"),
            )
        )
    return tuple(orders)


def _cjk_vote(text: str, a: Value, b: Value, rules: Rules) -> int:
    """Whether counts `a` and `b` are a vote said with its words, for first (1) or against
    first (-1), in a language written without spaces; else 0."""
    words = _cjk_vote_words(rules.base) if rules.base else None
    if words is None or b.start - a.end > 12:
        return 0
    for side, (between, after, before, between_words) in zip((1, -1), words, strict=True):
        if between.fullmatch(text, a.end, b.start) and after.match(text, b.end):
            return side
        if before.search(text, max(0, a.start - 4), a.start) and between_words.fullmatch(
            text, a.end, b.start
        ):
            return side
    return 0


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


@lru_cache(maxsize=64)
def _reference_words(lang: str | None) -> re.Pattern[str] | None:
    """The language's words before a change's reference ([change_roles] reference_before:
    "than", "from", "als", "que", "par rapport à")."""
    rules = rules_for(lang)
    words = rules.data.get("change_roles", {}).get("reference_before") if rules else None
    if not words or rules is None or rules.cjk:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I)


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


def _number_word(m: re.Match[str], text: str, rules: Rules) -> list[Value]:
    """The values read from the word `m` matched, after the word before it ("the First")."""
    prior = _TOKEN.findall(text, max(0, m.start() - 16), m.start())
    lead = prior[-1].lower() + " " if prior else ""
    return [v for v in _read(lead + m.group().lower(), rules.lang).values if v.end > len(lead)]


#: Currency entities a page may show as text (escaped twice), and what they stand for.
_ENTITIES = {"&euro;": "€", "&pound;": "£", "&yen;": "¥", "&dollar;": "$", "&cent;": "¢"}
_ENTITY = _lazy("|".join(_ENTITIES), re.I)

# A number word, or two joined by a hyphen ("twenty-two"), before a hyphen and a word.
_HYPHENATED = _lazy(r"(?<![\w-])([^\W\d_]{3,12}(?:-[^\W\d_]{3,5})?)(?=-[^\W\d_])")
#: A hyphen between three letters and a letter: every match of `_HYPHENATED` stands before
#: one (a search from the hyphen is fast; `_HYPHENATED` tries every position).
_HYPHEN_HINT = _lazy(r"-(?<=[^\W\d_]{3}-)[^\W\d_]")


def _hyphen_number(m: re.Match[str], rules: Rules) -> str:
    """`_HYPHENATED`'s match as digits when it is a number word before a unit word
    ("six-month", "twenty-two-year-old"); else the match unchanged. A match of two words
    that is no number before a unit ("twelve-year" of "twelve-year-old") is tried as its
    first word alone."""
    word = m.group(1)
    tries = [word] if "-" not in word else [word, word[: word.index("-")]]
    for written in tries:
        end = m.start(1) + len(written)
        if not rules.unit_word_re.match(m.string, end, end + 24):
            continue
        number = _small_number(written.lower(), rules.text2num)
        if number is not None and number > 1:
            return str(number) + word[len(written) :]
    return m.group()


#: After "一" these make it the figure one: a span of time ("超过一个月", "一年间").
_CJK_ONE_SPAN = _lazy(
    "[个個]?(?:月|星期|小时|小時|礼拜|禮拜)|年[间間]|[个個]?(?:世纪|世紀)|か月|ヶ月|カ月|時間"
)
#: The longest run of numeral characters read as one number ("一千二百三十四万五千六百七十八"
#: has 16); a longer run is no figure anyone writes, and its value could be huge.
_MAX_NUMERAL = 24
_CJK_NUMERAL_CHAR = _lazy("[〇零一二两兩三四五六七八九十百千]")
_CJK_MIXED = _lazy(r"\d[万萬亿億]\d")
_CJK_RUN = _lazy(r"[0-9.〇零一二两兩三四五六七八九十百千万萬亿億]+")
_CJK_FOLD = str.maketrans({"萬": "万", "億": "亿", "兩": "二", "两": "二"})
# A lone numeral character is a number only before a counter or unit ("一个", "五届",
# "两名", "三碗" three bowls, "两支" two (rifles), "五棵" five (trees), "十米" ten metres,
# "十英尺" ten feet), or after 第; "一起" (together), "统一" (unify), "一些" (some) are words.
_CJK_COUNTER = _lazy(
    "[个個名位场場届屆次回年月日天人倍成层件项項条條只頭头匹台家本辆輛岁歳分秒周週度点つ版号號大"
    "字章篇所座枚册冊期轮輪届種种类類組组队隊张張元円亿億万萬千百十碗支根棵米]"
    "|英[尺里寸]|公[里斤顷頃]|[厘毫]米"
)


@lru_cache(maxsize=4096)
def _cjk_numerals(text: str) -> str:
    """Chinese and Japanese numerals as digits ("三千万" -> "3000万", "第五届" -> "第5届",
    "3万5千" -> "3.5万"), through cn2an; scale characters after a number are kept."""

    def convert(m: re.Match[str]) -> str:
        run = m.group()
        if len(run) > _MAX_NUMERAL:
            return run  # no figure is written with that many characters: left unread
        if not _CJK_NUMERAL_CHAR.search(run) and not re.search(r"\d[万萬亿億]\d", run):
            return run  # digits and scales only ("3000万"): read as they are
        core = run.translate(_CJK_FOLD)
        scale = ""
        tail = re.search(r"(?:万亿|亿|万)$", core)
        if tail and len(core) > len(tail.group()):
            head = core[: tail.start()]
            if not re.search("[万亿]", head):
                core, scale = head, tail.group()
        lone = len(core) == 1 and not core.isdigit()
        before = text[max(0, m.start() - 1) : m.start()]
        if lone and not scale and not (_CJK_COUNTER.match(text, m.end()) or before == "第"):
            return run
        if lone and before and before in "统統唯万萬":
            return run
        if (
            lone
            and not scale
            and core in "一壹"
            and before != "第"
            and not _CJK_ONE_SPAN.match(text, m.end())
        ):
            return run  # "一位老人", "一个": "a", as text2num leaves "one" (from two up)
        if core.strip(".") == "" or core.startswith("."):
            return run
        if (
            lone
            and core == "千"
            and ((before and before in "数數几幾上成") or text.startswith("米", m.end()))
        ):
            return run  # "数千公里", "上千人": thousands, a vague count; "千米" is km
        # "千个", "近千天": a thousand, as "一千"; not before a scale ("千万不要": must not).
        value = _cn2an("一千" if lone and core == "千" and not scale else core)
        if value is None:
            return run
        if not scale and value >= 10000 and re.search(r"\d", core) and core.endswith(("千", "百")):
            # "3万5千": written to the thousand, so "3.5万" keeps its precision.
            return f"{value / 10000:g}万"
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return number + scale

    text = _CJK_FRACTION.sub(_cjk_fraction, text)
    return _CJK_RUN.sub(convert, text)


#: A fraction in numerals: "十分之七" (Chinese), "十分の七" (Japanese): seven tenths.
_CJK_FRACTION = _lazy(
    "([〇零一二两兩三四五六七八九十百]{1,8})分([之の])([〇零一二两兩三四五六七八九十百]{1,8})"
)


def _cjk_fraction(m: re.Match[str]) -> str:
    den, num = _cn2an(m.group(1).translate(_CJK_FOLD)), _cn2an(m.group(3).translate(_CJK_FOLD))
    return m.group() if den is None or num is None else f"{den}分{m.group(2)}{num}"


@lru_cache(maxsize=4096)
def _cn2an(numeral: str) -> int | float | None:
    """A Chinese or Japanese numeral's value through cn2an ("三千" -> 3000), or None (kept
    per numeral: few numerals recur in every text, and a call costs some tens of µs)."""
    import cn2an

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # cn2an warns on what it cannot read
            value: int | float = cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return value


def _alpha2digit(text: str, rules: Rules, lang: str) -> str:
    """Number words as digits, through text2num in `lang` (`rules.text2num`), from two up;
    scale words after digits and the words it would misread are kept from it. Not cached:
    `_read` keeps whole readings, and a text read again is read there."""
    words = rules.text2num_words
    if words is not None and text.isascii():
        # text2num reads a number only from a token (letters, digits, "-" and "'") whose
        # parts between hyphens, lowercase and without trailing "s", are number words of its
        # vocabulary: each such part is a whole run of letters of the text. A text with no
        # run that is one would come back unchanged.
        letters = text.lower().encode("ascii").translate(_ASCII_LETTERS)
        runs = frozenset(letters.split())
        # A run ending in one "s" is a plural of a word when it is in `text2num_plurals`;
        # only runs ending in "ss" are stripped one by one.
        if (
            words.isdisjoint(runs)
            and rules.text2num_plurals.isdisjoint(runs)
            and not (
                (b"ss " in letters or letters.endswith(b"ss"))
                and any([r for r in runs if r.endswith(b"ss") and r.rstrip(b"s") in words])
            )
        ):
            return text
    alpha2digit = _text2num()
    protect, not_numbers, keys = rules.scale_after_digits, rules.not_numbers, rules.not_number_keys
    scale_keys = rules.scale_keys

    # text2num would turn "23.7 billion" into "23.7 1000000000": hide scale words that
    # follow digits from it (as private-use characters, one per letter) and restore them.
    if text.isascii():
        raw = text.encode("ascii")
        has_digit = len(raw.translate(None, _ASCII_DIGITS)) != len(raw)
    else:
        has_digit = _DIGIT.search(text) is not None
    lowered = text.lower()
    if has_digit and (
        # An ASCII text without a scale word's letters has no match (`Rules.scale_keys`),
        # nor another without one of the pattern's required words (`_may_hold`).
        scale_keys is None
        or (_holds_any(lowered, scale_keys) if text.isascii() else _may_hold(protect, text))
    ):
        hidden = protect.sub(lambda m: m.group(1) + _hide(m.group(2)), text)
    else:
        hidden = text
    if "." in text and has_digit and _DOTTED_MONTH_HINT.search(hidden) is not None:
        # A word between dotted digits is a month, not a number ("21.dez.2018": December);
        # only a text with digits can hold one.
        hidden = _DOTTED_MONTH.sub(lambda m: _hide(m.group()), hidden)
    if not_numbers is not None:
        # Words text2num reads as numbers that are none ("unas tres horas": some three).
        # A substring test of each phrase's key word spares the long alternation's scan.
        if _holds_any(lowered, keys):
            hidden = not_numbers.sub(lambda m: _hide(m.group()), hidden)
    patterns = _data_patterns(rules.lang, "numbers", "not_word_patterns", re.I)
    if patterns is not None and _may_hold(patterns, hidden):
        hidden = patterns.sub(lambda m: _hide(m.group()), hidden)
    try:
        # From two up: "two gunmen", "dos hechos"; "one"/"un" are mostly articles.
        out = alpha2digit(hidden, lang, threshold=2)
    except Exception:  # noqa: BLE001 - the library's parser must never sink a check
        return text
    if out == hidden:
        return text
    out = _UNHIDE.sub(lambda m: _unhide(m.group()), out)
    if " 1000" not in out:
        return out  # every match of `_GLUED_SCALE` holds it
    # Scale words after number words ("dreiundzwanzig Milliarden") come back as digits.
    return _GLUED_SCALE.sub(lambda m: m.group(1) + _SCALE_NAMES[m.group(2)], out)


_DOTTED_MONTH = _lazy(r"(?<=\d\.)[^\W\d_]{3,9}(?=\.\d)")
#: The same place with its dots taken: found (from its first dot, a fast scan) wherever
#: `_DOTTED_MONTH` has a match, so a text without one is not scanned by it.
_DOTTED_MONTH_HINT = _lazy(r"\.(?<=\d\.)[^\W\d_]{3,9}\.\d")


@lru_cache(maxsize=1)
def _text2num() -> Any:
    """text2num's alpha2digit, imported on first use (it is not needed to start a command)."""
    from text_to_num import alpha2digit

    return alpha2digit


@lru_cache(maxsize=1024)
def _small_number(word: str, lang: str | None) -> int | None:
    """A number word alone ("two", "zwei") as an int, through text2num; None otherwise."""
    if lang is None:
        return None
    from text_to_num import alpha2digit

    try:
        out = alpha2digit(word, lang, threshold=0)
    except Exception:  # noqa: BLE001
        return None
    return int(out) if out.isdigit() else None


def _hide(word: str) -> str:
    return "".join(chr(0xF0000 + ord(c)) for c in word)


def _unhide(hidden: str) -> str:
    return "".join(chr(ord(c) - 0xF0000) for c in hidden)


_UNHIDE = _lazy("[\U000f0000-\U000fffff]+")
_SCALE_NAMES = {
    "1000": "\x01e3",
    "1000000": "\x01e6",
    "1000000000": "\x01e9",
    "1000000000000": "\x01e12",
}
_GLUED_SCALE = _lazy(r"(\d) (1000|1000000|1000000000|1000000000000)(?!\d)")
_MARK_SCALE = _lazy(r"\x01e(\d+)")


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
def _read(text: str, lang: str | None) -> Reading:
    rules = rules_for(lang)
    if rules is None:
        reading = Reading(no_rules=_base(lang))
        return reading
    prepared = _prepare(text, rules)
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
    if rules.count_separable and g[1]:
        split: dict[int, tuple[int, str, int]] = {}
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
    _bind_directions(reading, prepared, rules)
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


@lru_cache(maxsize=64)
def _denial_words(lang: str | None) -> tuple[tuple[str, ...], re.Pattern[str], bool] | None:
    """A language's verbs of denial and of refusal with the complement that makes them
    negate an act ([negation] denials, patterns: "denied making", "refused to seek", "nié
    avoir", "negó haber", "bestritt, … zu haben", "拒绝接受"), the lowercase strings one of
    which every match holds ([negation] denial_keys), and whether they govern what stands
    before them ([negation] denials_back: "面会を拒否した"); None without them."""
    rules = rules_for(lang)
    data = rules.data.get("negation", {}) if rules is not None else {}
    patterns, keys = data.get("denials", []), data.get("denial_keys", [])
    if not patterns or not keys:
        return None
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    return tuple(keys), pattern, bool(data.get("denials_back"))


def _read_denials(
    reading: Reading, text: str, lowered: str, lang: str | None, free: Callable[[int, int], bool]
) -> None:
    """Read a verb of denial or refusal on an act as a negation of that act ("Carlineo
    denied threatening", "refused to seek asylum", "a refusé tout entretien", "negou ter
    errado"): the verb is added to the reading's negations, which then govern as "did
    not" does. "was denied bail" (a thing withheld) and "refused to deny" are left alone
    by the patterns."""
    found = _denial_words(lang)
    if found is None or not _holds_any(lowered, found[0]):
        return
    spots = {pos for pos, _ in reading.negations}
    added = [
        (m.start(), m.group())
        for m in found[1].finditer(text)
        if m.start() not in spots and free(m.start(), m.end())
    ]
    if added:
        reading.negations = sorted([*reading.negations, *added])
        if found[2]:
            reading.negations_back.update(pos for pos, _ in added)
        reading.negation = reading.negations[0][1]


#: A comparator a negation governs, and what the two say together: "no room costs less than
#: $500" says "at least $500", "kostet nicht mehr als 20 Euro" says "at most 20 euros".
_NEGATED_COMPARATOR = {
    "less_than": "at_least",
    "more_than": "at_most",
    "at_least": "less_than",
    "at_most": "more_than",
}
#: How many words may stand between a negation and the comparator it governs: after a
#: negation of the verb, the verb ("do not cost less than", "no cuesta menos de"); after a
#: negation determining the subject, the subject's words and the verb ("None of the flats
#: costs less than", "No room at the resort costs less than"), of them at most
#: `_NEGATED_COMPARATOR_WORDS[2]` words of four letters or more that follow no article or
#: preposition (the subject's noun and the verb: "No analyst expected prices under" holds
#: an object). No more than `_NEGATED_COMPARATOR_REACH` characters between.
_NEGATED_COMPARATOR_WORDS = (1, 8, 2)
_NEGATED_COMPARATOR_REACH = 60


@lru_cache(maxsize=64)
def _noun_openers(lang: str | None) -> frozenset[str]:
    """A language's words after which a noun follows in a phrase: its articles ([subjects]
    articles) and prepositions ([adverbial] openers), lowercased, one word each."""
    rules = rules_for(lang)
    data = rules.data if rules is not None else {}
    words = [
        *data.get("subjects", {}).get("articles", []),
        *data.get("adverbial", {}).get("openers", []),
        # A noun coordinated with the one before it ("No room or suite costs"): one subject.
        *data.get("negation", {}).get("subject_coordinators", []),
    ]
    return frozenset(w.lower().rstrip("'’") for w in words if " " not in w)


def _subject_and_verb(gap: str, lang: str | None) -> bool:
    """Whether the words between a negation determining a noun and a comparator are a
    subject and its verb: at most `_NEGATED_COMPARATOR_WORDS[1]` words, of them at most
    `_NEGATED_COMPARATOR_WORDS[2]` of four letters or more after no article or preposition
    ("room at the resort costs"), the last (the verb) after none ("expected the prices")."""
    words = [w.lower() for w in _TOKEN.findall(gap)]
    if not words or len(words) > _NEGATED_COMPARATOR_WORDS[1]:
        return False
    openers = _noun_openers(lang)
    after = [i > 0 and words[i - 1] in openers for i in range(len(words))]
    heads = sum(1 for w, a in zip(words, after, strict=True) if len(w) >= 4 and not a)
    return heads <= _NEGATED_COMPARATOR_WORDS[2] and not after[-1]


#: How many words may stand between the first part of a two-part negation and the
#: second one, or the comparator after it: "n'a pas", "n'excède jamais".
_COMPANION_WORDS = 2


@lru_cache(maxsize=64)
def _comparator_passives(
    lang: str | None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A language's words of a passive that may stand between a negation and the
    comparator it turns ([negation] comparator_passives, comparator_modals,
    comparator_links), lowercased: a passive auxiliary and its participle, perhaps after a
    modal and before a preposition ("cannot be fined more than", "ne peuvent pas être
    condamnés à plus de", "no pueden ser multados con más de")."""
    rules = rules_for(lang)
    table = rules.data.get("negation", {}) if rules is not None else {}
    return (
        frozenset(w.lower() for w in table.get("comparator_passives", [])),
        frozenset(w.lower() for w in table.get("comparator_modals", [])),
        frozenset(w.lower() for w in table.get("comparator_links", [])),
    )


def _passive_gap(tokens: list[str], lang: str | None) -> bool:
    """Whether `tokens` are a passive between a negation and its comparator
    (`_comparator_passives`): [modal] auxiliary participle [preposition]."""
    passives, modals, links = _comparator_passives(lang)
    words = [t.lower() for t in tokens]
    if words and words[0] in modals:
        words = words[1:]
    if words and words[-1] in links:
        words = words[:-1]
    return len(words) == 2 and words[0] in passives


@lru_cache(maxsize=64)
def _negation_companions(lang: str | None) -> frozenset[str]:
    """A language's first parts of a two-part negation ([negation] companions: "n'" of
    "n'a pas dépassé"), lowercased, with a straight apostrophe."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}).get("companions", []) if rules is not None else []
    return frozenset(w.lower().replace("’", "'") for w in words)


def _companions_before(
    reading: Reading, text: str, at: int, companions: frozenset[str]
) -> list[int]:
    """The positions of the negations of `companions` standing before `at` in its clause,
    at most `_COMPANION_WORDS` words before it: the "n'" of "n'a pas", "n'excède jamais"."""
    if not companions:
        return []
    found = []
    i = bisect.bisect_left(reading.negations, (at, "")) - 1
    while i >= 0 and at - reading.negations[i][0] <= _NEGATED_COMPARATOR_REACH:
        p, w = reading.negations[i]
        i -= 1
        gap = text[p + len(w) : at]
        if _CLAUSE_BREAK.search(gap) or len(_TOKEN.findall(gap)) > _COMPANION_WORDS:
            break
        if w.lower().replace("’", "'") in companions:
            found.append(p)
    return found


def _negated_comparators(reading: Reading, text: str, lang: str | None) -> None:
    """Turn a comparator a negation governs into the bound the two say together, the
    negation taken by it: "No room costs less than $500", "Kein Zimmer kostet weniger als
    500 Euro", "Aucune chambre ne coûte moins de 500 euros" say "at least 500"; "The ride
    does not cost more than €15" says "at most 15". The negation stands before the
    comparator in its clause: on the verb, at most `_NEGATED_COMPARATOR_WORDS[0]` words
    before it, or determining the subject that opens the clause ([negation] determiners),
    with no direction ("did not fall below"), word opening another clause ([modal]
    clause_openers) or verb of saying ([negation] reported) between."""
    spots = [pos for pos, _ in reading.negations]
    determiner: re.Pattern[str] | None = None
    opener: re.Pattern[str] | None = None
    reported: re.Pattern[str] | None = None
    looked = False
    taken: set[int] = set()
    companions = _negation_companions(lang)
    for v in reading.values:
        flipped = _NEGATED_COMPARATOR.get(v.hedge or "")
        if flipped is None or not v.hedge_text:
            continue
        if v.hedge_span is not None and _negated_after_verb(v, lang):
            # "ne dépasse jamais 2 400 $": read as one bound by `_hedge`, the negation after
            # the verb taken by it, and the "n'" of "n'excède jamais" before it.
            taken.update(p for p in spots if v.hedge_span[0] < p < v.hedge_span[1])
            taken.update(_companions_before(reading, text, v.hedge_span[0], companions))
            continue
        before = v.hedge_text.endswith("\x00")
        at = v.hedge_span[0] if before and v.hedge_span is not None else v.start
        i = bisect.bisect_left(spots, at) - 1
        if i < 0 or spots[i] in taken:
            continue
        pos = spots[i]
        word = reading.negations[i][1]
        end = pos + len(word)
        if end > at or at - end > _NEGATED_COMPARATOR_REACH:
            continue
        gap = text[end:at]
        if _clause_break(lang).search(gap) or any(end <= d[2] < at for d in reading.directions):
            continue
        tokens = _TOKEN.findall(gap)
        if len(tokens) > _NEGATED_COMPARATOR_WORDS[0] and not (
            # A passive auxiliary and its participle: "cannot be fined more than".
            _passive_gap(tokens, lang)
        ):
            if not _subject_and_verb(gap, lang):
                continue
            if not looked:
                looked = True
                determiner = _data_patterns(lang, "negation", "determiners", re.I)
                opener = _clause_opener(lang)
                reported = _data_patterns(lang, "negation", "reported", re.I)
            if determiner is None or determiner.match(text, pos) is None:
                continue
            lo = _clause_bounds(text, pos, end, lang)[0]
            if text[lo:pos].strip(" \"“„«‘'([") or any(
                p is not None and p.search(gap) for p in (opener, reported)
            ):
                continue
        if before and v.hedge_span is not None:
            # The words from the negation to the comparator: "doesn't cost more than".
            head = pos
            while head > max(0, pos - 20) and text[head - 1].isalpha():
                head -= 1
            v.hedge_text = text[head : v.hedge_span[1]] + "\x00"
        else:
            v.hedge_text = f"{word} … {v.hedge_text[:-1]}\x01"
        v.hedge = flipped
        taken.add(pos)
        # "n'a pas dépassé 2 400 $": the "n'" opening the two-part negation goes with it.
        taken.update(_companions_before(reading, text, pos, companions))
    if taken:
        reading.negations = [(p, w) for p, w in reading.negations if p not in taken]
        reading.negations_back -= taken


#: How many characters (one verb: "造成", "导致") may stand between a Chinese or Japanese
#: negation and the comparator before a figure it governs ("没有造成超过200人死亡").
_CJK_NEGATED_COMPARATOR_GAP = 2
_CJK_GAP = _lazy(r"[\u4e00-\u9fff]{0,2}")


def _negated_cjk_comparators(reading: Reading, text: str) -> None:
    """Turn a comparator before a figure that a Chinese or Japanese negation governs into
    the bound the two say together, the negation taken by it: "没有造成超过200人死亡"
    says "at most 200". The negation stands right before the comparator, or before one
    verb of at most `_CJK_NEGATED_COMPARATOR_GAP` characters before it; nothing else."""
    spots = [pos for pos, _ in reading.negations]
    taken: set[int] = set()
    for v in reading.values:
        flipped = _NEGATED_COMPARATOR.get(v.hedge or "")
        if flipped is None or not v.hedge_text or v.hedge_span is None:
            continue
        if not v.hedge_text.endswith("\x00"):
            continue  # a comparator after its figure ("200人以上")
        at = v.hedge_span[0]
        i = bisect.bisect_left(spots, at) - 1
        if i < 0 or spots[i] in taken:
            continue
        pos, word = reading.negations[i]
        end = pos + len(word)
        if end > at or at - end > _CJK_NEGATED_COMPARATOR_GAP:
            continue
        if _CJK_GAP.fullmatch(text, end, at) is None:
            continue
        v.hedge_text = text[pos : v.hedge_span[1]] + "\x00"
        v.hedge = flipped
        taken.add(pos)
    if taken:
        reading.negations = [(p, w) for p, w in reading.negations if p not in taken]
        reading.negations_back -= taken


#: How far (in characters) a word of uncertainty may stand before or after a value to
#: hedge it: "which may be 2,000 years old", "three others may have escaped".
_MODAL_REACH = (45, 20)


_COUNT_BEFORE = _lazy(r"(?<![\d.,])\d+\s+$")


#: A value's start, as a sort key.
_START = attrgetter("start")
#: A value's end, as a sort key.
_END = attrgetter("end")
#: A value's label: ``"fraction" in map(_LABEL, values)`` asks whether one is a fraction
#: without a generator (a long quote's table holds hundreds of values).
_LABEL = attrgetter("label")


#: A figure, a percentage or a factor ending right before a word: "70％", "3倍", "2割".
_FIGURE_BEFORE = _lazy(r"[\d０-９][\d０-９.,]*\s*(?:[%％割倍]|パーセント)?\s*$")
#: A figure starting right after a word: "少70%".
_FIGURE_AFTER = _lazy(r"\s*[\d０-９]")


#: How far (in characters) before and after a direction word a negation of going on that
#: holds it is read ("n'était plus", "no longer than").
_CESSATION_REACH = (40, 12)


@lru_cache(maxsize=64)
def _direction_cessations(lang: str | None) -> dict[str, re.Pattern[str]]:
    """A language's direction words that a negation before them makes a negation of going
    on ([directions] after_negation: "longer" of "no longer", "plus" of "n'était plus"),
    each with its patterns, which end at the word."""
    rules = rules_for(lang)
    table = rules.data.get("directions", {}).get("after_negation", {}) if rules else {}
    return {
        k.lower(): re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in table.items() if v
    }


#: A figure opening its sentence's subject: at most this many words before it ("Around
#: 85% of readers"), at most `_SUBJECT_FIGURE_WORDS[1]` words from it to the negation on
#: its verb ("of readers did not").
_SUBJECT_FIGURE_WORDS = (2, 4)
#: How many characters of words a quote's figure must have after it in its clause: its
#: predicate ("回答者の約85％が" has none).
_PREDICATE_CHARS = 6


def _negated_figure_subject(
    stated: Reading,
    lang: str | None,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
) -> str | None:
    """The statement's negation on the verb whose subject a compared figure opens
    ("Around 85% of readers did not pay": at most `_SUBJECT_FIGURE_WORDS` words before the
    figure in its sentence and from it to the negation, in one clause), when the quote's
    counterpart has a predicate after it in its clause (`_PREDICATE_CHARS`). Not a
    preposition ("sans source") nor a negation of an adjective ("diputados no inscritos")."""
    text = stated.text
    bounds = _bounds(stated)
    for p, w in stated.negations:
        if w.lower() in _prepositions() or _adjectival(text, p, lang):
            continue
        here = _sentence(bounds, p, p + 1)
        for s, q in met:
            if s.end > p or _sentence(bounds, s.start, s.end) != here:
                continue
            start = max(int(here[0]), p - 200)
            if len(_TOKEN.findall(text, start, s.start)) > _SUBJECT_FIGURE_WORDS[0]:
                continue
            gap = text[s.end : p]
            if (
                _clause_break(lang).search(gap)
                or len(_TOKEN.findall(gap)) > _SUBJECT_FIGURE_WORDS[1]
            ):
                continue
            quote = next((r for r in readings if any(x is q for x in r.values)), None)
            if quote is None:
                continue
            hi = _clause_bounds(quote.text, q.end, q.end, lang)[1]
            if len("".join(_TOKEN.findall(quote.text, q.end, hi))) >= _PREDICATE_CHARS:
                return w
    return None


def _going_on(text: str, lang: str | None) -> str | None:
    """The first negation of going on in a text ("no longer", "n'était plus", "nicht
    mehr": [directions] after_negation), as written; None without one."""
    corrective = _corrective_re(lang)
    found = [
        m
        for p in _direction_cessations(lang).values()
        for m in p.finditer(text)
        # "nicht mehr, sondern weniger": a comparative the corrective replaces.
        if corrective is None or not corrective.match(text, m.end())
    ]
    return min(found, key=lambda m: m.start()).group() if found else None


@lru_cache(maxsize=64)
def _main_negation_frame(
    lang: str | None,
) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A language's negations on a main predicate ([negation] main_verb: "not", "niemand",
    "n'"), the words opening a clause they do not reach ([negation] outside_openers:
    "although", "obwohl", "bien que"), the articles that open a subject ([subjects] articles,
    possessives, indefinite) and its finite verbs ([subjects] finite); None without them."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    negation = rules.data.get("negation", {})
    subjects = rules.data.get("subjects", {})
    if not negation.get("main_verb") or not negation.get("outside_openers"):
        return None
    heads = [*subjects.get("articles", []), *subjects.get("possessives", [])]
    heads += subjects.get("indefinite", [])
    if not heads or not subjects.get("finite"):
        return None
    outside = re.compile(rf"(?<!\w)(?:{'|'.join(negation['outside_openers'])})(?!\w)", re.I)
    article = re.compile(rf"[\s\"“„«‘]*(?:{_alt(heads)})(?:(?<=['’])|\s)", re.I)
    finite = _word_re(subjects["finite"])
    return frozenset(w.lower() for w in negation["main_verb"]), outside, article, finite


#: How far (in characters) before a clause's start a word opening it may end (a
#: conjunction that is its clause break: "although"), and after it begin (", obwohl").
_OUTSIDE_OPENER_REACH = 24


def _opens_outside(text: str, lo: int, outside: re.Pattern[str]) -> bool:
    """Whether the clause starting at `lo` is opened by a word of `outside` ([negation]
    outside_openers): its first word, or the conjunction breaking it off ending at `lo`."""
    first = _TOKEN.search(text, lo, lo + _OUTSIDE_OPENER_REACH)
    if first is not None and outside.match(text, first.start()):
        return True
    return any(
        m.end() == lo for m in outside.finditer(text, max(0, lo - _OUTSIDE_OPENER_REACH), lo)
    )


def _main_negation_outside(stated: Reading, lang: str | None, values: list[Value]) -> str | None:
    """The statement's negation on the main predicate of its sentence ([negation]
    main_verb: on its finite verb, or a person as its subject: "kam niemand ums Leben",
    "n'a montré aucun signe") when a compared figure stands outside its reach: in a
    subordinate clause ([negation] outside_openers: "…, obwohl mehr als 200 Menschen dort
    waren", "Although 200 people were inside, nobody died"), in an adverbial phrase
    closing the negated clause (`_adverbial_scope`: "did not adopt the bill, by 438 votes
    to 86"), or in another sentence only (or after a semicolon: "X no pide la pena de
    muerte; su juicio empieza el 17 de enero"). Not a negation in a relative
    or subordinate clause of its own, a preposition ("sans source"), nor before an
    adjective ("diputados no inscritos"). None elsewhere."""
    if not values:
        return None
    rules = rules_for(lang)
    if rules is not None and rules.cjk:
        return _cjk_negation_outside(stated, rules, values)
    frame = _main_negation_frame(lang)
    if frame is None:
        return None
    words, outside, _, _ = frame
    text = stated.text
    bounds = _bounds(stated)
    subject = _subject_frame(lang)
    opener = subject[2] if subject is not None else None
    for pos, w in stated.negations:
        if w.lower() not in words or _adjectival(text, pos, lang):
            continue
        end = pos + len(w)
        lo, _ = _clause_bounds(text, pos, end, lang)
        if _opens_outside(text, lo, outside):
            continue  # the negation's own clause is subordinate
        if opener is not None and opener.search(text, max(lo, pos - _RELATIVE_REACH), pos):
            continue  # in a relative clause: "the man who did not"
        here = _sentence(bounds, pos, end)
        if all(_sentence(bounds, v.start, v.end) != here for v in values):
            return w  # "Carolina del Sur no pide la pena de muerte; su juicio … el 17 de enero"
        for v in values:
            if _sentence(bounds, v.start, v.end) != here:
                continue
            if v.start >= end:
                if v.start - end <= 2 * _SUBJECT_REACH and outside.search(text, end, v.start):
                    return w  # "kam niemand ums Leben, obwohl mehr als 200 …"
                scope = _adverbial_scope(text, v, lang)
                if scope is not None and scope[0] <= pos < scope[1]:
                    return w  # "did not adopt the bill, by 438 votes to 86"
                continue
            if v.end > pos:
                continue
            flo, fhi = _clause_bounds(text, v.start, v.end, lang)
            if fhi <= pos and _opens_outside(text, flo, outside):
                return w  # "Although 200 people were inside, nobody died"
    return None


def _cjk_negation_outside(stated: Reading, rules: Rules, values: list[Value]) -> str | None:
    """In Chinese or Japanese, the statement's negation in a main clause when a compared
    figure stands in a concessive clause beside it, a comma between: the figure's clause
    opens with a concessive word ([negation] outside_openers: "虽然", "尽管") or ends with
    one ([adverbial] concessive_after: "が", "けど"), or the main clause opens with one
    ([adverbial] concessive_before: "但", "却"): "虽然当时有300名客人在酒店，但没有人受伤",
    "…中无人死亡，尽管当时有200多人在场". Within `_CONCESSIVE_REACH` of the comma."""
    adverbial = rules.data.get("adverbial", {})
    after = tuple(adverbial.get("concessive_after", []))
    before = tuple(adverbial.get("concessive_before", []))
    openers = tuple(rules.data.get("negation", {}).get("outside_openers", []))
    text = stated.text
    for pos, w in stated.negations:
        end = pos + len(w)
        for v in values:
            if v.end <= pos:
                lo, hi = v.end, pos
            elif v.start >= end:
                lo, hi = end, v.start
            else:
                continue
            if hi - lo > 2 * _CONCESSIVE_REACH[1] or _CJK_SENTENCE_END.search(text, lo, hi):
                continue
            commas = list(_CJK_COMMA.finditer(text, lo, hi))
            if len(commas) != 1:
                continue  # one comma between the figure's clause and the negation's
            comma = commas[0]
            opens = text[comma.end() : comma.end() + 4].lstrip()
            if v.end <= pos:
                starts = [m.end() for m in _CJK_COMMA.finditer(text, max(0, v.start - 40), v.start)]
                ends = [
                    m.end() for m in _CJK_SENTENCE_END.finditer(text, max(0, v.start - 40), v.start)
                ]
                start = max([*starts, *ends], default=max(0, v.start - 40))
                clause = text[start : comma.start()].strip()
                if (
                    (openers and any(o in clause[:4] for o in openers))
                    or (after and clause.endswith(after))
                    or (before and opens.startswith(before))
                ) and not (openers and opens.startswith(openers)):
                    return w
            elif openers and opens.startswith(openers):
                return w  # "…中无人死亡，尽管当时有200多人在场"
    return None


def _figureless_subordinate(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the quote's negation `word` at `pos` stands in a subordinate clause
    ([negation] outside_openers, temporal_openers) with a subject of its own (an article
    after the opener: "when the ward did not have enough staff") that holds none of the
    compared `values`: it negates another thing than the figure's clause, which a
    statement negating that clause ("About 40% did not feel tired") cannot meet. "…,
    although they did not sleep" (a pronoun, the figure's own subject) is not one."""
    frame = _main_negation_frame(lang)
    subject = _subject_frame(lang)
    if frame is None or subject is None or not values:
        return False
    text = reading.text
    lo, hi = _clause_bounds(text, pos, pos + len(word), lang)
    first = _TOKEN.search(text, lo, lo + _OUTSIDE_OPENER_REACH)
    opened = frame[1].match(text, first.start()) if first is not None else None
    when = _data_patterns(lang, "negation", "temporal_openers", re.I)
    timed = when.match(text, max(0, lo - 1)) if when is not None else None
    if opened is not None:
        after = opened.end()
    elif timed is not None:
        after = timed.end()  # ", when the ward did not have"
    elif _opens_outside(text, lo, frame[1]):
        after = lo  # the opener is the clause's break: "…, während die Station"
    else:
        return False
    if subject[0].match(text, after) is None:
        return False
    return not any(lo <= v.start and v.end <= hi for v in values)


def _negates_subject_modifier(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the main predicate ([negation]
    main_verb) of a subject holding a compared figure in a phrase on its noun, a
    participle or a relative clause (`_subject_modifier`: "Un patient resté 15 ans dans un
    état végétatif n'a montré", "The man who spent 15 years in a coma did not wake"; an
    indefinite article too, which `_in_subject` does not read). Against a quote whose figure
    stands in its subject too, the negation denies the predicate the quote says."""
    frame = _main_negation_frame(lang)
    if frame is None or word.lower() not in frame[0] or _adjectival(reading.text, pos, lang):
        return False
    _, outside, article, finite = frame
    text = reading.text
    lo, _ = _clause_bounds(text, pos, pos + len(word), lang)
    subject = _subject_frame(lang)
    opener = subject[2] if subject is not None else None
    if _opens_outside(text, lo, outside) or (
        opener is not None and opener.search(text, max(lo, pos - _RELATIVE_REACH), pos)
    ):
        return False
    start = int(_sentence(_bounds(reading), pos, pos + 1)[0])
    return any(
        v.end <= pos and _subject_modifier(text, v, pos, start, article, finite, opener, lang)
        for v in values
    )


def _subject_modifier(
    text: str,
    v: Value,
    pos: int,
    start: int,
    article: re.Pattern[str],
    finite: re.Pattern[str],
    opener: re.Pattern[str] | None,
    lang: str | None,
) -> bool:
    """Whether figure `v` stands in a phrase on the noun of the subject that opens its
    sentence at `start` (an article, a possessive or an indefinite article, then the noun
    before the figure), the negation at `pos` on the subject's verb: "Un patient resté 15
    ans dans un état végétatif n'a", "The man who spent 15 years in a coma did not". A
    finite verb before the figure only after a relative pronoun; no clause break but a
    comma from the article to the negation, within `_SUBJECT_REACH` either side."""
    if v.start - start > _SUBJECT_REACH or pos - v.end > _SUBJECT_REACH:
        return False
    head = article.match(text, start, v.start)
    if head is None or not _WORD3.search(text, head.end(), v.start):
        return False  # no noun before the figure: "The 42 deputies" counts the subject
    relative = opener.search(text, head.end(), v.start) if opener is not None else None
    if finite.search(text, head.end(), relative.start() if relative else v.start):
        return False  # "The man was 15": the figure in the predicate
    subject_break = _with_conjunctions(_SUBJECT_MARKS, "", lang)
    return not any(
        m.group() != "," for m in subject_break.finditer(text, head.end(), pos)
    ) and not _MODAL_SENTENCE_END.search(text, head.end(), pos)


def _not_a_direction(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "Paws Up" (a name inside a sentence), "made up" (a particle) and "runner-up" (a
    compound noun) are no directions."""
    word = m.group()
    if rules.direction_names and word[:1].isupper() and m.start() > 0:
        before = _stripped_end(text, m.start())
        if before and text[before - 1] not in ".!?:;\"'(" and not _title_case(text, m.start()):
            return True
    if (
        m.start() > 1
        and text[m.start() - 1] == "-"
        and text[m.start() - 2].isalpha()
        and word.lower() in rules.data.get("directions", {}).get("compound_ends", ())
    ):
        return True  # "runner-up", "line-up": the end of a compound noun
    if word.lower() in rules.data.get("directions", {}).get("after_count_only", ()):
        # "50 other people", "three others": more of the same kind, as "50 more people";
        # elsewhere no direction ("in other news", "further details").
        return not _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())
    table = rules.data.get("directions", {})
    if word in table.get("after_figure_only", ()):
        # "エネルギー消費が70％多い": a comparative right after its figure; elsewhere no
        # direction ("利用者が多い").
        return not _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if word in table.get("before_figure_only", ()):
        # "能耗少70%": a comparative right before its figure, not after a word that makes
        # it a bound ("至少70%", "最多70%"); elsewhere no direction ("很多").
        return (
            not _FIGURE_AFTER.match(text, m.end())
            or text[m.start() - 1 : m.start()] in table.get("before_figure_not_after", ())
            and m.start() > 0
        )
    cessation = _direction_cessations(rules.lang).get(word.lower())
    if cessation is not None:
        # "no longer charges", "n'était plus", "nicht mehr": a negation of going on, no
        # direction (a comparator after it, "no longer than", stays one).
        lo = max(0, m.start() - _CESSATION_REACH[0])
        hi = min(len(text), m.end() + _CESSATION_REACH[1])
        if any(c.end() == m.end() for c in cessation.finditer(text, lo, hi)):
            return True
    blocked = rules.direction_not_after.get(word.lower())
    if blocked:
        prior = re.findall(r"[\w']+", text[max(0, m.start() - 24) : m.start()])
        return bool(prior) and prior[-1].lower() in blocked
    return False


def _title_case(text: str, pos: int) -> bool:
    """Whether the text around `pos` is a headline in title case ("Revenue Up 33% To
    $163M"): every word of four letters or more capitalized, at least four of them."""
    window = text[max(0, pos - 80) : pos + 80]
    words = [w for w in _LONG_WORD.findall(window) if not w.isdigit()]
    return len(words) >= 4 and all(w[:1].isupper() for w in words)


_LONG_WORD = _lazy(r"[^\W\d_]{4,}")


def _sentence(bounds: list[int], start: int, end: int) -> tuple[float, float]:
    """The sentence (between two of `bounds`, the ends of sentences) around start..end."""
    i = bisect.bisect_right(bounds, start)
    j = bisect.bisect_left(bounds, end)
    return (bounds[i - 1] if i else 0), (bounds[j] if j < len(bounds) else math.inf)


def _modal_near(reading: Reading, values: list[Value]) -> str | None:
    """A word of uncertainty ("may", "可能") beside one of these values, in its sentence."""
    for v in values:
        lo, hi = _sentence(reading.bounds, v.start, v.end)
        lo, hi = max(lo, v.start - _MODAL_REACH[0]), min(hi, v.end + _MODAL_REACH[1])
        for pos, word in reading.modals:
            if lo <= pos < hi and not _OPENING.search(reading.text, pos, v.start):
                return word  # not a figure in brackets after it: "影響か （2022年08月09日）"
    return None


def _modal_on_said_word(
    reading: Reading, values: list[Value], statement: str, lang: str | None
) -> str | None:
    """A word of uncertainty in the sentence of one of these values, farther from it than
    :func:`_modal_near` reaches, whose verb the statement says without it: "Hermione used
    the spell at a 1995 meeting" for "She may have used ... during a D.A. meeting in 1995".
    The verb is the first word after the modal over [modal] `skip` words (auxiliaries:
    "have", "been"), matched by its first five letters; not for Chinese or Japanese."""
    rules = rules_for(lang)
    if rules is None or rules.cjk or not reading.modals or _has_cjk(reading.text):
        return None
    skip = {w.lower() for w in rules.data.get("modal", {}).get("skip", [])}
    said = {t.lower()[:5] for t in _TOKEN.findall(statement) if len(t) >= 4}
    opener = _clause_opener(lang)
    text = reading.text
    for pos, word in reading.modals:
        verb = None
        for i, m in enumerate(_TOKEN.finditer(text, pos + len(word), pos + len(word) + 60)):
            token = m.group().lower()
            if token in skip or token.isdigit() or len(token) < 4:
                if i >= 3:
                    break
                continue
            verb = token
            break
        if verb is None:
            continue
        for v in values:
            lo, hi = (pos, v.start) if pos < v.start else (v.end, pos)
            if _MODAL_SENTENCE_END.search(text, lo, hi) or _OPENING.search(text, lo, hi):
                continue
            if verb[:5] in said or (
                pos < v.start
                and not _MODAL_CLAUSE_BREAK.search(text, lo, hi)
                and (opener is None or not opener.search(text, lo, hi))
                and not _subordinate(text, pos, opener)
            ):
                # The statement says the modal's verb, or the figure stands in the clause
                # the modal's verb opens ("She may have used a version of this spell during a
                # D.A. meeting in 1995"), whatever words the statement puts to it.
                return word
    return None


@lru_cache(maxsize=64)
def _clause_opener(lang: str | None) -> re.Pattern[str] | None:
    """Words that open another clause ([modal] clause_openers): "no-one could predict what
    might happen at the Oscars on Feb. 9" hedges the predicting, not the date."""
    rules = rules_for(lang)
    words = rules.data.get("modal", {}).get("clause_openers") if rules is not None else None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?:(?<=')|(?!\w))", re.I) if words else None


def _subordinate(text: str, pos: int, opener: re.Pattern[str] | None) -> bool:
    """Whether the modal at `pos` stands in a clause that a word opens ("speculation that a
    summit might take place"): what is reported, whose words the statement may report."""
    start = max(0, pos - 80)
    for m in _MODAL_SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    for m in _MODAL_CLAUSE_BREAK.finditer(text, start, pos):
        start = m.end()
    return opener is not None and opener.search(text, start, pos) is not None


#: What ends a clause between a modal and a figure after it: "the engine, which may
#: have failed".
_MODAL_CLAUSE_BREAK = _lazy(r"[,;:()\[\]—–]|\s-\s")


#: An opening bracket: what follows it stands apart from the words before.
_OPENING = _lazy(r"[(（\[【]")


#: What ends a sentence or clause, periods after an abbreviation aside (see `_SentenceEnds`).
_CLAUSE_END_RAW = _lazy(r"[.!?;](?=\s|$)|[。！？；，]")


@dataclass(frozen=True)
class _AbbreviationWords:
    """Every language's [sentences] lists together (the ends of sentences are found where
    no language is known): see `_ends_no_sentence`."""

    always: frozenset[str]
    abbreviations: frozenset[str]
    #: Each multiword abbreviation ("z. B.") with the offsets of its periods.
    phrases: tuple[tuple[str, tuple[int, ...]], ...]
    ordinal_nouns: frozenset[str]
    #: `phrases` as (phrase, offset of a period) by the character before that period ("B"
    #: for the second of "z. B."; "" for a period that opens its phrase).
    by_before: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _abbreviation_words() -> _AbbreviationWords:
    lists: dict[str, set[str]] = {"always": set(), "abbreviations": set(), "phrases": set()}
    lists["ordinal_nouns"] = set()
    for path in sorted(_DATA.glob("*.toml")):
        table = _load_toml(path.stem).get("sentences", {})
        for key, words in lists.items():
            words.update(table.get(key, []))
    phrases = tuple(
        (p, tuple(i for i, c in enumerate(p) if c == ".")) for p in sorted(lists["phrases"])
    )
    by_before: dict[str, list[tuple[str, int]]] = {}
    for p, dots in phrases:
        for dot in dots:
            by_before.setdefault(p[dot - 1] if dot else "", []).append((p, dot))
    return _AbbreviationWords(
        frozenset(lists["always"]),
        frozenset(lists["abbreviations"]),
        phrases,
        frozenset(lists["ordinal_nouns"]),
        {c: tuple(found) for c, found in by_before.items()},
    )


#: How far back (in characters) a word before a period is read (at most three spaces after it
#: are read, and a word of at most 16 letters after them).
_ABBREVIATION_REACH = 12
#: A word of one or two capitals, or dotted capitals: "J", "EE", "U.S", "EE.UU", "S.C".
_DOTTED_CAPITALS = _lazy(r"(?:[A-ZÀ-ÖØ-Þ]{1,2}\.)*[A-ZÀ-ÖØ-Þ]{1,2}")
#: Another dotted capital after a period: "EE. UU.", "J. K. Rowling".
_NEXT_CAPITAL_DOT = _lazy(r"[A-ZÀ-ÖØ-Þ]{1,2}\.")
#: Roman numerals of one letter: "World War I. The" is an end.
_ROMAN_LETTERS = frozenset("IVX")


def _ends_no_sentence(text: str, i: int) -> bool:
    """Whether the period at `i` (followed by a space) ends an abbreviation and no sentence:
    "EE. UU. mantendrá", "U.S. officials", "Mr. Smith", "J. K. Rowling", "z. B. Kinder",
    "No. 5", "am 3. Oktober". Conservative: an abbreviation of the lists' second kind, or
    dotted capitals, before a capitalized word keep the end ("... in the U.S. The ...")."""
    k, stop = i + 1, min(len(text), i + 4)
    while k < stop and text[k].isspace():
        k += 1
    if k >= len(text) or text[k].isspace():
        return False
    words = _abbreviation_words()
    # A phrase holds the text's period at `i` only where the character before its own
    # period is the text's before `i` (`by_before`): the others are not tried.
    for key in ("", text[i - 1] if i else ""):
        for phrase, dot in words.by_before.get(key, ()):
            start = i - dot
            if (
                start >= 0
                and text.startswith(phrase, start)
                and not text[start - 1 : start].isalpha()
            ):
                return True
    lo = max(0, i - _ABBREVIATION_REACH)
    j = i
    while j > lo and (text[j - 1].isalpha() or text[j - 1] in ".°º"):
        j -= 1
    if j < i and j > 0 and text[j - 1].isalnum():
        return False  # a word with a figure: "4B."
    word = text[j:i]
    after = text[k]
    small = after.islower() or after.isdigit()
    if not word:
        # An ordinal: "am 3. Oktober", "im 20. Jahrhundert".
        d = i
        while d > max(0, i - 3) and text[d - 1].isdigit():
            d -= 1
        if d == i or i - d > 2 or (d > 0 and (text[d - 1].isalnum() or text[d - 1] in ".,")):
            return False
        e = k
        while e < min(len(text), k + 16) and text[e].isalpha():
            e += 1
        return text[k:e] in words.ordinal_nouns
    if word in words.always:
        return True
    if word in words.abbreviations:
        return small
    if _DOTTED_CAPITALS.fullmatch(word) is None:
        return False
    if small or _NEXT_CAPITAL_DOT.match(text, k):
        return True
    if len(word) != 1 or word in _ROMAN_LETTERS or not after.isupper():
        return False
    # A single initial before a name: after a first name ("John F. Kennedy") or opening
    # the text.
    b = j
    while b > max(0, j - 3) and text[b - 1] == " ":
        b -= 1
    if b == 0:
        return True
    if b == j:
        return False
    if text[b - 1] == "." and b >= 2 and text[b - 2].isupper():
        return b == 2 or not text[b - 3].isalnum()  # after another initial: "J. K. Rowling"
    w = b
    while w > max(0, b - 20) and text[w - 1].isalpha():
        w -= 1
    return w < b and text[w].isupper() and (w == 0 or not text[w - 1].isalnum())


class _SentenceEnds:
    """A pattern of sentence or clause ends, less a period ending an abbreviation
    (`_ends_no_sentence`), with the pattern's `search` and `finditer`. Each of the pattern's
    matches is tested once, in bounded windows: linear in the text."""

    __slots__ = ("raw",)

    def __init__(self, raw: re.Pattern[str]) -> None:
        self.raw = raw

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        for m in self.raw.finditer(text, pos, end):
            if m.group() != "." or not _ends_no_sentence(text, m.start()):
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def _sentence_ends(pattern: str) -> re.Pattern[str]:
    """`pattern`'s matches less a period ending an abbreviation (`_SentenceEnds`)."""
    return _SentenceEnds(_lazy(pattern))  # type: ignore[return-value]


_CLAUSE_END = _sentence_ends(_CLAUSE_END_RAW.pattern)

#: The end of a sentence: a full stop before a capital ("D.A. meeting" and "Mr. Smith" go on).
_MODAL_SENTENCE_END = _sentence_ends(r"[.!?;](?=\s+[\"“]?[A-ZÀ-ÖØ-Þ])|[!?;](?=\s)")


def _content(text: str) -> set[str]:
    """Words of three letters or more (character pairs in CJK text), lowercased."""
    if _CJK_CHAR.search(text) is None:
        # No CJK character: no pairs to add, and no word to test for one.
        return {w for w in _TOKEN.findall(text.lower()) if len(w) >= 3 and not w.isdigit()}
    words = {
        w
        for w in _TOKEN.findall(text.lower())
        if len(w) >= 3 and not w.isdigit() and not _CJK_CHAR.search(w)
    }
    cjk = [c for c in text if "\u3040" <= c <= "\u9fff"]
    words.update(a + b for a, b in zip(cjk, cjk[1:], strict=False))
    return words


_CJK_CHAR = _lazy("[\u3040-\u9fff]")
#: Brackets that hold a title: a negation inside one ("《约定无期限》") negates nothing said.
_TITLE = _lazy(r"《[^》]*》|『[^』]*』")


def _has_cjk(text: str) -> bool:
    """Whether the text holds a Chinese or Japanese character (`_CJK_CHAR`); an ASCII text
    (most texts) holds none, which costs no scan to know."""
    return not text.isascii() and _CJK_CHAR.search(text) is not None


def _cites(shared: set[str]) -> bool:
    """Whether a sentence shares enough with the statement to be what it cites: two words,
    one long word, or four CJK character pairs."""
    pairs = sum(1 for w in shared if _CJK_CHAR.search(w))
    words = len(shared) - pairs
    return (
        words >= 2
        or words + pairs / 2 >= 2
        or any(len(w) >= 7 and w.isalpha() and not _CJK_CHAR.search(w) for w in shared)
    )


@lru_cache(maxsize=64)
def _relative_words(lang: str | None) -> re.Pattern[str] | None:
    """A figure's noun and then a relative clause holding a negation, up to the negation
    ("97% of users who have", "les 30 % d'électeurs qui", "die 40 % der Befragten, die
    Rust"): the language's relative pronouns ([negation] relative in its data; with the
    comma where the language always writes one, as German does: "About 40% of voters
    backed him, which was not a surprise" negates no figure), at most four words after the
    figure, at most three between the pronoun and the negation."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}).get("relative", []) if rules is not None else []
    if not words or (rules is not None and rules.cjk):
        return None
    word = r"[^\W\d_][\w'-]*"
    return re.compile(
        rf"(?:\s+{word}){{0,4}}(?:\s+|(?=,))(?:{_alt(words)})(?:(?<=')|(?!\w))"
        rf"(?:\s*{word}){{0,3}}\s*(?<!\w)\w*",
        re.I,
    )


def _negates_by_relative(reading: Reading, pos: int, values: list[Value], lang: str | None) -> bool:
    """Whether the negation at `pos` stands in a relative clause on a compared figure's
    noun: "the 97% of respondents who haven't used Rust" counts those who have not, and
    negates the figure in any language the statement is written in."""
    pattern = _relative_words(lang)
    if pattern is None:
        return False
    return any(
        0 < pos - v.end <= _NEGATION_REACH and pattern.fullmatch(reading.text, v.end, pos)
        for v in values
    )


@lru_cache(maxsize=64)
def _conditional_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's words that open a condition and its auxiliaries before a negation
    ([negation] conditionals and auxiliaries in its data; none where the subject stands
    right before the negation): "If we change 12 to 120, the median will not"."""
    rules = rules_for(lang)
    data = rules.data.get("negation", {}) if rules is not None else {}
    if not data.get("conditionals"):
        return None
    # Without auxiliaries, the subject stands right before the negation: "la mediana no".
    auxiliaries = _alt(data["auxiliaries"]) if data.get("auxiliaries") else ""
    return (
        re.compile(rf"(?:^|[,;:]\s*|\s-\s)(?:{_alt(data['conditionals'])})\s", re.I),
        re.compile(rf"(?<!\w)(?:{auxiliaries})\s*$", re.I),
    )


def _negated_consequence(
    reading: Reading, pos: int, values: list[Value], prefixes: frozenset[str], lang: str | None
) -> bool:
    """Whether the negation at `pos` denies the consequence of a condition that holds a
    compared figure, said of a word of the statement: "If we change the value of 12 to 120,
    the median will not be affected" (the condition opens the figure's clause, the negation
    follows an auxiliary in the next clause, whose subject the statement names)."""
    words = _conditional_words(lang)
    if words is None:
        return False
    condition, auxiliary = words
    text = reading.text
    aux = auxiliary.search(text, max(0, pos - 16), pos)
    if aux is None:
        return False
    lo = _clause_bounds(text, aux.start(), pos, lang)[0]
    subject = [m.group().lower() for m in _WORD3.finditer(text, lo, aux.start())][-2:]
    if not any(len(w) >= 4 and w[:4] in prefixes for w in subject):
        return False
    for v in values:
        if v.end > lo:
            continue
        start, stop = _clause_bounds(text, v.start, v.end, lang)
        if stop > lo or _clause_break(lang).search(text, stop + 1, lo):
            continue  # not the clause just before the negation's
        if condition.match(text, start) or condition.search(text, max(0, start - 4), v.start):
            return True
    return False


def _negation_near(
    reading: Reading,
    values: list[Value],
    words: set[str],
    directions: bool,
    same_language: bool,
    lang: str | None = None,
    subject: bool = False,
    relative: bool = True,
) -> str | None:
    """The first negation of the quote that touches what the statement says: one that
    governs a compared value, a direction or a word of the statement (`_governs`), within
    a sentence the statement cites (one holding a compared value, or sharing two words with
    it). A negation elsewhere ("we talked to a dozen newsrooms and weren't surprised"), or
    one governing other words of the sentence ("the Oscars on Feb. 9 ... were not
    nominated", "no longer a priority"), does not count. Across languages, where words
    cannot be compared, a negation counts when it governs a compared value or a direction
    (in Chinese or Japanese: in a compared value's clause), or in a clause sharing a word
    with the statement. With `subject` (the statement's figure stands in its sentence's
    subject), in any language, one on the main verb after a subject holding a compared
    value (`_negates_predicate`): "The bridge built in 2019 did not survive the flood".
    With `relative` (the statement has no relative clause before its figure,
    `_relative_before`), a negation in a relative clause governs only that clause
    (`_relative_end`): "The bridge that did not collapse | was built in 2019"."""
    spans = [_sentence(reading.bounds, v.start, v.end) for v in values]
    own = lang if relative else None  # the language whose relative clauses are cut
    cited: dict[tuple[float, float], bool] = {}  # each sentence is judged once
    prefixes = _prefixes(words)
    # Across languages a word of the statement is met by its cognate ("Präsident" for
    # "não era presidente"), in any sentence of the quote.
    cognates = (
        frozenset().union(*(_cognate_keys(w) for w in words)) if not same_language else frozenset()
    )
    for pos, word in reading.negations:
        in_value_sentence = any(lo <= pos < hi for lo, hi in spans)
        if not same_language and in_value_sentence:
            # A figure in the subject of the negated verb ("The bridge built in 2019 did not
            # survive") is no figure the negation governs, unless the statement's figure
            # stands in its subject too (`subject`): "The bridge was built in 2019".
            free = values if subject else _unheld(reading.text, pos, values, lang)
            if _CJK_CHAR.match(reading.text, pos):
                if any(_same_clause(reading.text, pos, v, lang) for v in values):
                    return word
            elif _governs(
                reading, pos, pos + len(word), free, set(), frozenset(), directions, lang=own
            ) or _negates_by_relative(reading, pos, values, lang):
                # Words are not compared across languages: the negation must govern a
                # compared value or a direction ("the Oscars on Feb. 9 were not nominated"
                # negates the nomination, not the date).
                return word
            elif _negates_figure_clause(reading, pos, pos + len(word), free, lang) or (
                subject and _negates_predicate(reading, pos, pos + len(word), values, lang, True)
            ):
                # The negation is on the verb of the figure's own clause ("In 2019 the
                # project did not succeed", "The bridge built in 2019 did not survive"), not
                # on one that opens another clause.
                return word
        if not in_value_sentence and _negates_other_figure(reading, pos, values):
            # "約85％が「見分けられない」と回答。さらに、約65％が不安を感じている" for the
            # 65%: the negation is the predicate of another figure of the same kind, in a
            # sentence holding no compared value.
            continue
        if not in_value_sentence:
            sentence = _sentence(reading.bounds, pos, pos + 1)
            if sentence not in cited:
                lo, hi = int(sentence[0]), int(min(sentence[1], len(reading.text)))
                cited[sentence] = _cites(words & _content(reading.text[lo:hi]))
            if not cited[sentence]:
                if cognates and _governs(
                    reading, pos, pos + len(word), [], set(), frozenset(), False, cognates
                ):
                    # "Em 2012 eu errei. Ele não era presidente" for "2012 war Lula
                    # Präsident": the negation governs the statement's word.
                    return word
                continue
        if not same_language:
            if in_value_sentence and not _CJK_CHAR.match(reading.text, pos):
                # It governs no compared value (above): only a word of the statement in
                # its scope makes it the statement's. "no-one could predict what might
                # happen at the Oscars on Feb. 9" negates the predicting, not the date.
                if _governs(reading, pos, pos + len(word), [], words, prefixes, False, cognates):
                    return word
                continue
            if _clause_shares(reading.text, pos, words, lang):
                return word
        elif _governs(
            reading, pos, pos + len(word), values, words, prefixes, directions, lang=own
        ) or (
            in_value_sentence
            and (
                _negates_by_relative(reading, pos, values, lang)
                or _negated_consequence(reading, pos, values, prefixes, lang)
                or (
                    subject
                    and _negates_predicate(reading, pos, pos + len(word), values, lang, True)
                )
            )
        ):
            return word
    return None


def _negates_other_figure(reading: Reading, pos: int, values: list[Value]) -> bool:
    """Whether the negation at `pos` stands in the clause of a figure of the reading that
    is none of the compared `values` but of a kind of theirs (another percentage)."""
    kinds = {v.kind for v in values}
    return any(
        x.kind in kinds and all(x is not v for v in values) and _same_clause(reading.text, pos, x)
        for x in reading.values
    )


#: The most sentences a quote may have for `_negated_next_sentence` to read it, and the
#: most words (CJK characters) a figure's sentence may hold besides its figures for it to
#: say little more than them ("Em 2012 eu errei.").
_NEXT_SENTENCE_QUOTE = 3
_SHORT_SENTENCE = (5, 10)


def _negated_next_sentence(reading: Reading, values: list[Value]) -> str | None:
    """The negation of the sentence right after the one sentence holding all of `values`,
    in a quote of at most `_NEXT_SENTENCE_QUOTE` sentences, where that sentence is short
    (`_SHORT_SENTENCE`) and has no negation, and the next has no figure: "Em 2012 eu errei.
    Ele não era presidente" ('não'); None otherwise."""
    text = reading.text
    ends = []
    for m in _SENTENCE_END.finditer(text):
        ends.append(m.end())
        if len(ends) > _NEXT_SENTENCE_QUOTE:
            return None
    if not text[ends[-1] if ends else 0 :].strip():
        ends.pop()  # the last sentence's own end
    if not values or len(ends) >= _NEXT_SENTENCE_QUOTE:
        return None
    spans = list(zip([0, *ends], [*ends, len(text)], strict=True))
    held = {i for v in values for i, (lo, hi) in enumerate(spans) if lo <= v.start and v.end <= hi}
    if len(held) != 1 or any(
        not any(lo <= v.start and v.end <= hi for lo, hi in spans) for v in values
    ):
        return None
    i = held.pop()
    if i + 1 >= len(spans):
        return None
    (lo, hi), (nlo, nhi) = spans[i], spans[i + 1]
    if any(lo <= pos < hi for pos, _ in reading.negations):
        return None
    rest, at = [], lo
    for v in sorted((v for v in reading.values if lo <= v.start < hi), key=_START):
        rest.append(text[at : v.start])
        at = max(at, v.end)
    rest.append(text[at:hi])
    words = " ".join(rest)
    if (
        len(_CJK_CHAR.findall(words)) > _SHORT_SENTENCE[1]
        or len(_LETTERS.findall(_CJK_CHAR.sub(" ", words))) > _SHORT_SENTENCE[0]
    ):
        return None  # a sentence that says more than its figure
    if any(v.start < nhi and v.end > nlo for v in reading.values):
        return None
    return next((w for pos, w in reading.negations if nlo <= pos < nhi), None)


def _other_figures_only(
    reading: Reading, pos: int, values: list[Value], lang: str | None = None
) -> bool:
    """Whether the negation at `pos` belongs to another figure than the compared `values`:
    it stands in the clause of none of them but in that of another figure ("About 40% felt
    tired, while 25% did not sleep", "…, while 3 nurses did not sleep"), or in a sentence
    holding none of them but another figure ("About 40% felt tired. Another 25% did not
    sleep"; a sentence without a figure, "They did not feel rested", may speak of them).
    A list's or a section's number ("4 パジャマはもういらない") is no figure of its own."""
    if not values:
        return False
    bounds = reading.bounds
    here = _sentence(bounds, pos, pos + 1)

    def near(v: Value) -> bool:
        # In the clause of `v`, in its sentence ("40% felt tired. 25% did not" is two).
        return _sentence(bounds, v.start, v.end) == here and _same_clause(reading.text, pos, v)

    if any(near(v) for v in values):
        return False
    others = [
        x
        for x in reading.values
        if all(x is not v for v in values)
        and not _list_position(reading.text, x, lang)
        and not _section_number(reading.text, x, lang)
    ]
    if any(near(x) for x in others):
        return True
    return all(_sentence(bounds, v.start, v.end) != here for v in values) and any(
        _sentence(bounds, x.start, x.end) == here for x in others
    )


def _figureless_aside(
    reading: Reading,
    pos: int,
    word: str,
    values: list[Value],
    lang: str | None,
    words: set[str],
    cognates: frozenset[str],
    same_language: bool,
) -> bool:
    """Whether the negation `word` at `pos` negates a clause of its own, apart from the
    compared `values` of its sentence: it stands in a clause of that sentence holding no
    figure of the text, after a figure's clause that opens with no preposition (after "In
    2019," the clause is the main one), and governs none of the statement's `words`
    (across languages, none of their `cognates`). "About 40% felt tired in 2019, when the
    ward did not have enough staff" negates the staff, not what "About 40% did not feel
    tired" denies; one governing a word of the statement may speak of the figure's
    subject ("About 40% felt tired, because they did not sleep" for "About 40% did not
    sleep"). Across languages, where few words are shared, only a clause that a word of
    its own opens (a conjunction, [negation] temporal_openers, [modal] clause_openers:
    ", when", "weil", ", qui") counts; a bare comma may run on the figure's clause. Not in
    CJK text, whose commas part a sentence's phrases."""
    text = reading.text
    if _CJK_CHAR.match(text, pos):
        return False
    end = pos + len(word)
    lo, hi = _clause_bounds(text, pos, end)
    if any(v.start < hi and v.end > lo for v in reading.values):
        return False
    here = _sentence(reading.bounds, pos, end)
    own = [v for v in values if _sentence(reading.bounds, v.start, v.end) == here]
    if not own or any(v.start > pos for v in own):
        return False
    if any(
        _opened_by_preposition(text, _clause_bounds(text, v.start, v.end)[0], v, lang) for v in own
    ):
        return False
    if not same_language and not _opens_clause(text, lo, lang):
        return False
    return not _governs(reading, pos, end, [], words, _prefixes(words), False, cognates)


def _opens_clause(text: str, lo: int, lang: str | None) -> bool:
    """Whether the clause starting at `lo` (after a clause break) is opened by a word of its
    own: the conjunction that breaks it off ("because", "weil", "pero"), a clause of time
    after a comma ([negation] temporal_openers: ", when", ", als", ", quand") or a word
    opening another clause ([modal] clause_openers: "who", "qui", "que")."""
    if _CONJUNCTION_BEFORE.search(text, max(0, lo - 12), lo):
        return True
    when = _data_patterns(lang, "negation", "temporal_openers", re.I)
    if when is not None and lo and text[lo - 1] == "," and when.match(text, lo - 1):
        return True
    first = _TOKEN.search(text, lo)
    opener = _clause_opener(lang)
    return (
        first is not None and opener is not None and opener.match(text, first.start()) is not None
    )


def _adverbial_negation(
    reading: Reading,
    pos: int,
    word: str,
    lang: str | None,
    values: list[Value],
    words: set[str],
    cognates: frozenset[str],
) -> bool:
    """Whether the negation at `pos` is a preposition before a noun phrase in a clause of
    its own, an adverbial aside: "Les députés ont, sans surprise, adopté", "Without fuss,
    the 40 members voted". It negates no verb: not a verb that follows it ([negation]
    verb_after: "sans avoir lu", "without reading", "ohne zu zögern"), nor its clause's
    verb where a compared value stands in that clause ("Los 20 alumnos están sin libros"),
    nor does it leave out a word of the statement (`words`, or across languages their
    `cognates`: "without windows" for "have no windows"). A language with no verb forms in
    its data keeps every negation."""
    if word.lower() not in _prepositions():
        return False
    verb = _data_patterns(lang, "negation", "verb_after", re.I)
    if verb is None:
        return False
    text = reading.text
    end = pos + len(word)
    start = end
    while start < len(text) and start - end < 3 and text[start].isspace():
        start += 1
    if verb.match(text, start):
        return False
    lo, hi = _clause_bounds(text, pos, end, lang)
    if any(v.start < hi and v.end > lo for v in values):
        return False
    return not _governs(reading, pos, end, [], words, _prefixes(words), False, cognates)


#: Words a negation governs: up to this many words of three letters or more after it in
#: its clause ("not nominated for best movie"); a negation ending its clause ("won
#: nothing", "die Grenze nicht") governs the words just before it instead.
_GOVERNED_WORDS = 4
_GOVERNED_BEFORE = 2
#: In CJK text, characters governed before and after the negation ("知らない", "没有超过").
_GOVERNED_CJK = (3, 4)
_WORD3 = _lazy(r"[^\W\d_]{3,}")


def _prefixes(words: set[str]) -> frozenset[str]:
    """The first four letters of each word of four letters or more: "nominated" and
    "nominations", "überschritt" and "überschritten" share theirs."""
    return frozenset(w[:4] for w in words if len(w) >= 4 and not _CJK_CHAR.search(w))


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=8192)
def _cognate_keys(word: str) -> frozenset[str]:
    """What a word of another language must share with `word` to be its cognate, by a
    conservative rule: its first six letters without accents ("presid…"), or for words of
    seven letters or more its first five consonants ("Präsident" and "presidente" both
    "prsdn")."""
    folded = _unaccented(word.lower())
    if len(folded) < 6 or not folded.isalpha() or _CJK_CHAR.search(folded):
        return frozenset()
    keys = {"p" + folded[:6]}
    if len(folded) >= 7:
        skeleton = "".join(
            c for i, c in enumerate(folded) if c not in _VOWELS and folded[i - 1 : i] != c
        )
        if len(skeleton) >= 5:
            keys.add("c" + skeleton[:5])
    return frozenset(keys)


def _prepositional_spans(reading: Reading, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the negations between lo and hi that are prepositions ("ohne", "sans",
    "without"), each with the one word after it: "ohne Publikum"."""
    spans = []
    for p, w in reading.negations:
        if lo <= p < hi and w.lower() in _prepositions():
            noun = _WORD3.search(reading.text, p + len(w), hi)
            spans.append((p, noun.end() if noun is not None else p + len(w)))
    return spans


def _governs(
    reading: Reading,
    pos: int,
    end: int,
    values: list[Value],
    words: set[str],
    prefixes: frozenset[str],
    directions: bool,
    cognates: frozenset[str] = frozenset(),
    lang: str | None = None,
) -> bool:
    """Whether the negation at pos..end governs something the statement says: a compared
    value among the words it governs, a direction (when the statement gives one), or one
    of the statement's words of four letters or more (by its first four letters;
    character pairs in CJK), or across languages one of its `cognates` (`_cognate_keys`).
    With the text's `lang`, a negation in a relative clause governs nothing past the
    clause's end at the main verb (`_relative_end`): "The bridge that did not collapse |
    was built in 2019"."""
    text = reading.text
    lo_clause, hi_clause = _clause_bounds(text, pos, end, lang)
    if lang is not None:
        hi_clause = _relative_end(text, pos, end, lo_clause, hi_clause, lang)
        corrective = _corrective_re(lang)
        if corrective is not None and corrective.match(text, hi_clause):
            # "braucht nicht mehr, sondern 70 Prozent weniger": the negation denies only
            # the word its clause ends on, which the corrective after the comma replaces
            # with what the statement asserts; it negates no verb.
            return False
    if _CJK_CHAR.match(text, pos):
        lo = max(lo_clause, pos - _GOVERNED_CJK[0])
        hi = min(hi_clause, end + _GOVERNED_CJK[1])
        window = text[lo:pos] + "\x00" + text[end:hi]
        pairs = {a + b for a, b in zip(window, window[1:], strict=False) if "\x00" not in a + b}
        shared = bool(pairs & words)
    else:
        after = []
        # A preposition ("ohne Publikum", "sans source") governs the noun after it only;
        # a negation between a noun and its adjective ("jogos não livres", `_adjectival`)
        # the adjective only.
        reach = (
            1
            if text[pos:end].lower() in _prepositions()
            or (lang is not None and _adjectival(text, pos, lang))
            else _GOVERNED_WORDS
        )
        for m in _WORD3.finditer(text, end, hi_clause):
            after.append(m)
            if len(after) == reach:
                break
        if after:
            # Up to the fourth word, or to the clause's end when it comes first ("not just 99%").
            lo, hi = end, (after[-1].end() if len(after) == reach else hi_clause)
            governed = [m.group().lower() for m in after]
        else:
            # No word after it in its clause: the figure after it is governed ("100%, not
            # 99%").
            lo, hi, governed = end, hi_clause, []
        if not after or pos in reading.negations_back:
            # A negation ending its clause, or one that may govern what stands before it
            # ("er taucht nicht auf"): the words just before it are governed too.
            # Auxiliaries and short words ("wurden sie nicht") are passed over: the verb
            # before them is governed ("gegossen wurden sie nicht").
            auxiliaries = _auxiliaries()
            # A negation that is a preposition and its noun ("ohne Publikum nicht an") is an
            # adverbial: the verb before it is governed.
            adverbial = _prepositional_spans(reading, lo_clause, pos)
            before = [
                m
                for m in _WORD3.finditer(text, lo_clause, pos)
                if len(m.group()) >= 4
                and m.group().lower()[:5] not in auxiliaries
                and not any(a <= m.start() < b for a, b in adverbial)
            ][-_GOVERNED_BEFORE:]
            if before:
                lo = min(lo, before[0].start())
            governed += [m.group().lower() for m in before]
        # Words of four letters or more: "the", "was" and their like are shared by anything;
        # so are auxiliaries ("wurden", "would").
        auxiliaries = _auxiliaries()
        shared = any(
            len(w) >= 4 and w[:4] in prefixes and w[:5] not in auxiliaries for w in governed
        ) or (bool(cognates) and any(_cognate_keys(w) & cognates for w in governed))
    if shared:
        return True
    if pos in reading.negations_back:
        # "der 3. Oktober taucht nicht auf": the clause before it is governed too.
        lo = min(lo, max(lo_clause, pos - _NEGATION_REACH))
    if any(v.start < hi and v.end > lo for v in values):
        return True
    return directions and any(lo <= p < hi for _, _, p in reading.directions)


@lru_cache(maxsize=64)
def _corrective_re(lang: str | None) -> re.Pattern[str] | None:
    """A language's corrective conjunctions after a comma ([contrast] correctives:
    "sondern", "sino", "but rather"), which end what a negation before them denies."""
    rules = rules_for(lang)
    words = rules.data.get("contrast", {}).get("correctives", []) if rules is not None else []
    return re.compile(rf"\s*,\s*(?:{_alt(words)})(?!\w)", re.I) if words else None


#: How far (in characters) before a negation the word opening its relative clause stands:
#: "that did not", "que no", "qui n'".
_RELATIVE_REACH = 16


def _relative_end(text: str, pos: int, end: int, lo: int, hi: int, lang: str | None) -> int:
    """Where the clause of the negation at pos..end ends (`hi`, its clause's end), or, when
    a word opening a relative clause stands just before the negation ([modal]
    clause_openers, [negation] relative), at the first finite verb ([subjects] finite) after
    the word that follows the negation (its own verb: "no-one could predict"): the main
    clause's verb ("The bridge that did not collapse | was built in 2019", "El puente que
    no se derrumbó | fue construido en 2019")."""
    frame = _subject_frame(lang)
    if frame is None:
        return hi
    _, finite, opener = frame
    if opener is None or opener.search(text, max(lo, pos - _RELATIVE_REACH), pos) is None:
        return hi
    # Past the negation's own verb, the first word after it ("no-one could predict").
    own = _WORD3.search(text, end, hi)
    verb = finite.search(text, own.end(), hi) if own is not None else None
    return verb.start() if verb is not None else hi


def _unheld(text: str, pos: int, values: list[Value], lang: str | None) -> list[Value]:
    """The `values` that do not stand in the subject of the verb a negation at `pos` stands
    on (`_in_subject`): "The bridge built in 2019 did not survive" holds 2019 in its
    subject."""
    return [v for v in values if v.end > pos or not _in_subject(text, v, lang, pos)]


def _relative_before(text: str, v: Value, lang: str | None) -> bool:
    """Whether a word opening another clause ([modal] clause_openers, [negation] relative)
    stands before figure `v` in its sentence, within `_SUBJECT_REACH`: "The bridge that
    collapsed was built in 2019"."""
    frame = _subject_frame(lang)
    if frame is None or frame[2] is None:
        return False
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    return frame[2].search(text, ends[-1] if ends else lo, v.start) is not None


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """Negations that are prepositions (common.toml): they govern the noun after them."""
    words = _load_toml("common").get("negation", {}).get("prepositions", [])
    return frozenset(w.lower() for w in words)


def _clause_bounds(text: str, pos: int, end: int, lang: str | None = None) -> tuple[int, int]:
    """The clause around pos..end: between clause breaks (`_clause_break`), never across a
    sentence's end, at most 200 characters either side."""
    brk = _clause_break(lang)
    lo = max(0, pos - 200)
    breaks = [m.end() for m in brk.finditer(text, lo, pos)]
    start = breaks[-1] if breaks else lo
    ends_before = [m.end() for m in _CLAUSE_END.finditer(text, start, pos)]
    if ends_before:
        start = ends_before[-1]
    stop = min(len(text), end + 200)
    found = brk.search(text, end, stop)
    sentence_end = _CLAUSE_END.search(text, end, stop)
    hi = min(m.start() for m in (found, sentence_end) if m) if (found or sentence_end) else stop
    return start, hi


#: How far (in characters) a negation may stand from a value in its clause to negate it.
_NEGATION_REACH = 80
#: What ends a clause inside a sentence: punctuation and the commonest conjunctions.
_CONJUNCTIONS = (
    r"(?<!\w)(?:and|but|while|whereas|although|though|because|"
    r"und|aber|doch|weil|während|et|mais|car|tandis|y|pero|aunque|porque|mientras|e|mas|"
    r"porém|enquanto)(?!\w)"
)
#: What ends a clause inside a sentence, conjunctions aside.
_CLAUSE_PUNCTUATION = r"[,;:()\[\]–—―、，（）]|\s-\s"
_CLAUSE_BREAK = _lazy(_CLAUSE_PUNCTUATION + "|" + _CONJUNCTIONS, re.I)
#: A conjunction ending the text before a clause: "…, because" opens it.
_CONJUNCTION_BEFORE = _lazy(r"(?:" + _CONJUNCTIONS + r")$", re.I)


@lru_cache(maxsize=32)
def _conjunctions(lang: str | None) -> str:
    """The conjunctions that end a clause in `lang` ([clause] conjunctions of its data
    file), as one pattern: French "mais" ("but") ends a clause, Portuguese "mais" ("more",
    "mais de 12.000") does not. With no language known, or none listed, every language's
    (`_CONJUNCTIONS`)."""
    rules = rules_for(lang) if _base(lang) is not None else None
    words = rules.data.get("clause", {}).get("conjunctions", []) if rules is not None else []
    if not words:
        return _CONJUNCTIONS
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return r"(?<!\w)(?:" + alternation + r")(?!\w)"


@lru_cache(maxsize=64)
def _with_conjunctions(before: str, after: str, lang: str | None) -> re.Pattern[str]:
    """`before`, `lang`'s conjunctions (`_conjunctions`), `after`, as one pattern."""
    return re.compile(before + _conjunctions(lang) + after, re.I)


@lru_cache(maxsize=32)
def _clause_break(lang: str | None) -> re.Pattern[str]:
    """`_CLAUSE_BREAK` in `lang`: punctuation and that language's conjunctions."""
    conjunctions = _conjunctions(lang)
    if conjunctions == _CONJUNCTIONS:
        return _CLAUSE_BREAK
    return re.compile(_CLAUSE_PUNCTUATION + "|" + conjunctions, re.I)


def _clause_shares(text: str, pos: int, words: set[str], lang: str | None = None) -> bool:
    """Whether the clause around `pos` shares a word of five letters or more (or two CJK
    character pairs) with the statement's `words`."""
    brk = _clause_break(lang)
    lo = max(0, pos - 200)
    breaks = [m.end() for m in brk.finditer(text, lo, pos)]
    start = breaks[-1] if breaks else lo
    ends = brk.search(text, pos, pos + 200)
    end = ends.start() if ends else min(len(text), pos + 200)
    ends_before = [m.end() for m in _CLAUSE_END.finditer(text, start, pos)]
    if ends_before:
        start = ends_before[-1]  # not across the end of a sentence
    shared = words & _content(text[start:end])
    cjk = sum(1 for w in shared if _CJK_CHAR.search(w))
    return cjk >= 2 or any(len(w) >= 5 and not _CJK_CHAR.search(w) for w in shared)


#: Words of three letters or more an opening phrase may say before its figure: "In 2019",
#: "Im Jahr 2019".
_OPENING_WORDS = 2


def _adjectival(text: str, pos: int, lang: str | None) -> bool:
    """Whether the negation at `pos` stands between a noun and the participle agreeing with
    it, one word with it ([negation] adjectival: "diputados no inscritos", "países não
    alinhados"): it negates no verb, so across languages it is no negation of the figure's
    clause (in one language, its participle is a word the quote may share)."""
    pattern = _data_patterns(lang, "negation", "adjectival", re.I)
    return pattern is not None and pattern.match(text, pos) is not None


def _negates_figure_clause(
    reading: Reading, pos: int, end: int, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation at pos..end stands on the verb of the clause a compared value
    stands in: in the same clause with no word opening another clause ([modal]
    clause_openers) before the value or between them ("The project did not succeed despite
    huge investment in 2019"), or after an opening phrase holding the value ("In 2019, the
    project did not succeed"). "no-one could predict what might happen at the Oscars on
    Feb. 9" negates the predicting, not what happens on the date; "The team that won 12
    games did not reach the final" negates the reaching."""
    text = reading.text
    if _adjectival(text, pos, lang):
        return False
    opener = _clause_opener(lang)
    lo, hi = _clause_bounds(text, pos, end, lang)
    sentence_start = int(_sentence(reading.bounds, pos, end)[0])
    if sentence_start == lo and text[lo - 1 : lo] == "，":
        # A Chinese or Japanese reading's sentences end at a comma: the opening phrase
        # ("2015年，政府没有…") is the clause before it.
        sentence_start = _clause_bounds(text, lo - 1, lo - 1, lang)[0]
    for v in values:
        if v.end <= pos and len(_WORD3.findall(text, lo, v.start)) > _OPENING_WORDS:
            # A figure before the negation counts in an opening phrase only ("In 2019 the
            # project did not succeed"), not inside the subject ("Several exhibitors at the
            # fair on March 4 were not invited").
            continue
        if v.start >= lo and v.end <= hi:
            start = lo
        elif v.end <= lo and v.start >= sentence_start and text[lo - 1 : lo] in ",，":
            # An opening phrase: from the sentence's start to the comma before the clause.
            if _clause_break(lang).search(text, sentence_start, lo - 1) or (
                len(_WORD3.findall(text, sentence_start, v.start)) > _OPENING_WORDS
            ):
                continue
            start = sentence_start
        elif v.end <= lo and _measure_phrase_before(text, v, lo, end, lang):
            # "ATFは99.9％の時間、要求を受け付けない。": a phrase of measure after the topic,
            # the circumstance of the predicate a negation closing the sentence denies.
            start = v.start
        else:
            continue
        a, b = min(v.start, pos), max(v.end, end)
        if opener is not None and (opener.search(text, a, b) or opener.search(text, start, a)):
            continue
        if _OPENING.search(text, a, b):
            continue
        return True
    return False


def _measure_phrase_before(text: str, v: Value, lo: int, end: int, lang: str | None) -> bool:
    """In Japanese, whether figure `v` closes a phrase of measure ([adverbial]
    measure_tails after it: "99.9％の時間", "9割の確率で") right before the comma at `lo`,
    the phrase opening its sentence or right after the sentence's topic ([adverbial]
    topic_ends: "ATFは"), and the negation ending at `end` closes the sentence (only
    closing marks after it): the phrase is the circumstance of the sentence's predicate,
    which the negation denies ("ATFは99.9％の時間、要求を受け付けない"). Not a clause of its
    own before the comma ("1998年に有罪となり、"), nor a negation before a noun it
    modifies ("進まなかった分野")."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk or text[lo - 1 : lo] != "、":
        return False
    adverbial = rules.data.get("adverbial", {})
    tails = adverbial.get("measure_tails", [])
    if not tails or text[v.end : lo - 1].strip() not in tails:
        return False
    if not _opens_cjk_sentence(text, v.start, [], adverbial.get("topic_ends", [])):
        return False
    close = _CJK_SENTENCE_END.search(text, end)
    return not text[end : close.start() if close is not None else len(text)].strip('」』）)"” ')


#: Words (three letters or more) that may stand between a main clause's start and the
#: negation on its verb: its subject and an auxiliary ("o presidente Clinton não", "President
#: Bill Clinton did not").
_MAIN_VERB_WORDS = 4
#: Words (three letters or more) that may stand between a compared figure opening its
#: clause without a comma ("Im Jahr 2012 gab der Minister vor seinem Rücktritt keine") and
#: the negation on the clause's verb, in a language that names what may not stand right
#: before such a negation ([negation] wide_reach_not_after).
_OPENING_CLAUSE_WORDS = 8


def _wide_reach(reading: Reading, lo: int, pos: int, values: list[Value], lang: str | None) -> bool:
    """Whether the negation at `pos` may stand farther than `_MAIN_VERB_WORDS` words into
    its clause: the clause opens with a compared figure's phrase, no comma after it ("Im
    Jahr 2012 gab der Minister vor seinem Rücktritt keine Interviews", "In 2012 the
    minister of the small country gave no interviews"), at most `_OPENING_CLAUSE_WORDS`
    words follow the figure before the negation, and the word right before it is none of
    the language's articles and prepositions ([negation] wide_reach_not_after: "eine nicht
    barrierefreie Brücke", "a bridge with no ramp" negate a noun's attribute). A language
    whose negation before an adjective reads as one before a verb ("juegos no libres",
    "ponte não acessível") lists none: there the reach stays near the clause's start. Nor
    after another negation of the clause ("un pont sans rampe ni ascenseur")."""
    text = reading.text
    rules = rules_for(lang) if _base(lang) is not None else None
    guard = rules.data.get("negation", {}).get("wide_reach_not_after") if rules else None
    if not guard:
        return False
    inside = [v.end for v in values if lo < v.start and v.end <= pos]
    if not inside or len(_WORD3.findall(text, max(inside), pos)) > _OPENING_CLAUSE_WORDS:
        return False
    if any(max(inside) <= p < pos for p, _ in reading.negations):
        return False
    before = _TOKEN.findall(text, max(max(inside), pos - 40), pos)
    return bool(before) and before[-1].lower() not in guard


def _negates_after_opening(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the main verb of a clause that an
    opening phrase holding a compared value opens: "Em 1997, o presidente Clinton não impôs
    um embargo", "In 1997, President Bill Clinton did not impose" (`_negates_figure_clause`
    on the values before its clause), near the clause's start (at most `_MAIN_VERB_WORDS`
    words before it: its subject, an auxiliary; "En 2013, Mozilla anunció fondos para
    juegos no libres" negates an adjective). Not a preposition ("sans source"), nor a
    negation quantifying a noun ([negation] quantifiers, patterns) or the verb's after one
    in its clause: "En 26 ans, aucun film n'avait remporté le prix" says what "the first film to
    win in 26 years" says."""
    end = pos + len(word)
    if word.lower() in _prepositions():
        return False
    text = reading.text
    lo, _ = _clause_bounds(text, pos, end, lang)
    if len(_WORD3.findall(text, lo, pos)) > _MAIN_VERB_WORDS and not _wide_reach(
        reading, lo, pos, values, lang
    ):
        return False
    frame = _subject_frame(lang)
    if frame is not None and frame[2] is not None and frame[2].search(text, max(0, lo - 2), pos):
        return False  # in a relative clause: "Die 2019 gebaute Brücke, die nicht gesperrt wurde"
    # An opening phrase before the clause's comma ("Em 1997, o presidente não"), or one
    # without a comma opened by a preposition ([adverbial] openers: "In 1997 the president
    # did not", "Since 2019 the museum does not"; `_negates_figure_clause` bounds its words),
    # not a subject ("Around 85% of respondents could not").
    opening = [
        v
        for v in values
        if v.end <= lo
        or (lo < v.start and v.end <= pos and _opened_by_preposition(text, lo, v, lang))
    ]
    quantifier = _data_patterns(lang, "negation", "quantifiers", re.I)
    if (
        quantifier is not None
        and any(
            lo <= p <= pos
            and quantifier.match(text, p)
            and (_opens_main_clause(text, lo, opening, p) or _in_cessation(text, p, lang))
            for p, _ in reading.negations
        )
        and (not opening or _in_adverbial_opening(text, opening, lang))
    ):
        return False
    return bool(opening) and _negates_figure_clause(reading, pos, end, opening, lang)


#: How many words may stand between an opening phrase and a quantifying negation that
#: quantifies its main clause's subject: a noun of the phrase ("In the 2019 season no
#: team won"), a verb before its subject ("Im Jahr 2019 hat kein Film gewonnen").
_QUANTIFIER_OPENING_GAP = 1
#: A word, for `_opens_main_clause`.
_GAP_WORD = _lazy(r"[^\W\d_]+")


def _opens_main_clause(text: str, lo: int, opening: list[Value], p: int) -> bool:
    """Whether the quantifying negation at `p` opens the main clause after an opening
    phrase holding `opening` (its clause starting at `lo`): the subject's quantifier ("In
    26 years, no film had won"), at most `_QUANTIFIER_OPENING_GAP` words after the phrase;
    not an object's after the clause's subject and verb ("In 1969 Aldrin drank no wine",
    which negates the verb)."""
    start = max([lo, *(v.end for v in opening if v.end <= p)])
    return len(_GAP_WORD.findall(text, start, p)) <= _QUANTIFIER_OPENING_GAP


#: How far before and after a negation a negation of going on holding it is looked for.
_CESSATION_AROUND = (24, 40)


def _in_cessation(text: str, p: int, lang: str | None) -> bool:
    """Whether the negation at `p` is part of a negation of going on ("no longer",
    `_direction_cessations`), which the statement's check of going on reads."""
    lo, hi = max(0, p - _CESSATION_AROUND[0]), min(len(text), p + _CESSATION_AROUND[1])
    return any(
        m.start() <= p < m.end()
        for pattern in _direction_cessations(lang).values()
        for m in pattern.finditer(text, lo, hi)
    )


def _in_adverbial_opening(text: str, values: list[Value], lang: str | None) -> bool:
    """Whether one of `values` stands in an adverbial phrase opening its sentence
    (`_adverbial_scope`: "En 26 ans, aucun film…", "En 2019, ningún equipo…", the first
    to do so in that time), not in a phrase naming what the clause is about ("De la
    façade originale du XVIIIe siècle, rien n'a été conservé": nothing of it is left); a
    language without adverbial openers has every opening phrase taken as adverbial."""
    if _adverbial_frame(lang) is None:
        return True
    return any(_adverbial_scope(text, v, lang) is not None for v in values)


def _main_verb_negation(
    reading: Reading, pos: int, word: str, lang: str | None
) -> tuple[int, int] | None:
    """The clause (lo, hi) of the negation `word` at `pos` when it stands on the verb of a
    clause near the clause's start (at most `_MAIN_VERB_WORDS` words before it: its
    subject, an auxiliary): not a preposition ("sans source"), nor before an adjective
    ("diputados no inscritos"), nor in a relative clause, nor after a negation quantifying
    a noun in its clause ("aucun film n'avait"); None elsewhere, and in Chinese or Japanese
    (no words to count: `_negates_predicate` reads their clauses)."""
    if _CJK_CHAR.match(reading.text, pos):
        return None
    if word.lower() in _prepositions() or _adjectival(reading.text, pos, lang):
        return None
    text = reading.text
    lo, hi = _clause_bounds(text, pos, pos + len(word), lang)
    if len(_WORD3.findall(text, lo, pos)) > _MAIN_VERB_WORDS:
        return None
    frame = _subject_frame(lang)
    if frame is not None and frame[2] is not None and frame[2].search(text, max(0, lo - 2), pos):
        return None
    quantifier = _data_patterns(lang, "negation", "quantifiers", re.I)
    if quantifier is not None and any(
        lo <= p <= pos and quantifier.match(text, p) for p, _ in reading.negations
    ):
        return None
    return lo, hi


def _negates_main_verb(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the verb of a sentence's main clause
    (`_main_verb_negation`, the clause opening the sentence) and a compared value stands
    after it in that clause, within `_NEGATION_REACH`, with no word opening another clause
    between (`_negates_figure_clause`): "Le jury n'a jamais reconnu Roof coupable des 33
    chefs", "Tite denied making a mistake by taking the 2012 trophy", "Roof a refusé tout
    entretien … dans les 24 heures". Across languages the words it governs are not read:
    the figure of its clause is."""
    found = _main_verb_negation(reading, pos, word, lang)
    if found is None:
        return False
    lo, _ = found
    text = reading.text
    if text[max(0, lo - 2) : lo].strip() and not _CLAUSE_END.search(text, max(0, lo - 2), lo):
        return False  # the clause opens after a comma or a conjunction: no sentence's start
    end = pos + len(word)
    after = [v for v in values if v.start >= end and v.start - end <= _NEGATION_REACH]
    return bool(after) and _negates_figure_clause(reading, pos, end, after, lang)


#: A conjunction, as a word, in any language.
_JOINING_WORD = _lazy(_CONJUNCTIONS, re.I)


def _negates_coordinated(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on a verb coordinated, by a conjunction
    right before it (its subject the previous clause's), with the main clause that an
    opening phrase holding a compared value opens: "In November 1998, Ocalan arrived in
    Italy but refused to seek asylum", "En 2019, el equipo llegó a la final y no ganó".
    At most one word (an auxiliary: "but did not") between the conjunction and the
    negation. Not after a subject holding the figure: "Die 2019 gebaute Brücke überstand
    die Flut, wurde aber nicht wieder geöffnet" says nothing against its survival."""
    found = _main_verb_negation(reading, pos, word, lang)
    if found is None:
        return False
    lo, _ = found
    text = reading.text
    if len(_WORD3.findall(text, lo, pos)) > 1:
        return False
    # A conjunction joining a verb to the one before it, with the same subject: "arrived
    # in Italy but refused", "llegó y no pidió".
    joined = _with_conjunctions(r",?\s*", r"\s*$", lang).search(text, max(0, lo - 12), lo)
    if joined is None or not joined.group().strip(" ,"):
        return False
    before = joined.start()
    plo, _ = _clause_bounds(text, max(0, before - 1), before, lang)
    # An adverbial phrase ("In November 1998,", `_adverbial_scope`), not a subject holding
    # the figure ("Die 2019 gebaute Brücke überstand die Flut, wurde aber nicht …").
    opening = [v for v in values if v.end <= plo and _adverbial_scope(text, v, lang) is not None]
    return bool(opening) and _negates_figure_clause(reading, plo, plo + 1, opening, lang)


def _coordinated_after(readings: list[Reading], values: list[list[Value]]) -> bool:
    """Whether a quote joins another verb by a conjunction after a compared value, in its
    sentence (within `_NEGATION_REACH`): "desembarcó en Italia en noviembre de 1998 y pidió
    asilo" says a second thing, which a negated verb the statement coordinates may deny
    (`_negates_coordinated`); "En 2022, el senador firmó el presupuesto" says none, and
    "… but refused to comment" adds to it."""
    for r, mine in zip(readings, values, strict=True):
        for v in mine:
            stop = min(len(r.text), v.end + _NEGATION_REACH)
            end = _CLAUSE_END.search(r.text, v.end, stop)
            if _JOINING_WORD.search(r.text, v.end, end.start() if end else stop):
                return True
    return False


@lru_cache(maxsize=64)
def _opening_prepositions(lang: str | None) -> frozenset[str]:
    """A language's one-word prepositions that open an adverbial phrase ([adverbial]
    openers: "in", "since", "seit", "depuis"), lowercased."""
    rules = rules_for(lang)
    words = rules.data.get("adverbial", {}).get("openers", []) if rules is not None else []
    return frozenset(w.lower() for w in words if " " not in w)


def _opened_by_preposition(text: str, lo: int, v: Value, lang: str | None) -> bool:
    """Whether the words from a clause's start `lo` to figure `v` open with a preposition
    (`_opening_prepositions`): "Since 2019", "Im Jahr 2019"."""
    first = _TOKEN.search(text, lo, v.start)
    return first is not None and first.group().lower() in _opening_prepositions(lang)


#: How far (in characters) before a negation a verb of saying and its conjunction may
#: stand ("affirme qu'il n'a pas", "sagte, dass er nicht"), and after it the figure of its
#: clause.
_REPORTED_REACH = (60, 150)


def _negates_reported(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the verb of a reported clause
    ([negation] reported: a verb of saying and its conjunction, "affirme qu'", "sagt,
    dass", "says that") holding a compared value, near the clause's start (at most
    `_MAIN_VERB_WORDS` words between: its subject, an auxiliary) and with no word opening
    another clause between: "Tite affirme qu'il n'a pas commis d'erreur … en 2012" denies
    what "Tite diz que errou … em 2012" says. Not a preposition ("sans"), nor a negation in
    a relative clause of the reported clause ("dit que le joueur qui n'a pas joué…") or on
    the verb of a clause the figure stands in after another opener. A clause of time after
    the reported clause's comma ([negation] temporal_openers: "sagte, er habe nichts falsch
    gemacht, als er 2012 …") holds the verb's circumstance: its figure is negated too."""
    end = pos + len(word)
    if word.lower() in _prepositions():
        return False
    pattern = _data_patterns(lang, "negation", "reported", re.I)
    if pattern is None or _adjectival(reading.text, pos, lang):
        return False
    text = reading.text
    lo, hi = _clause_bounds(text, pos, end, lang)
    said = None
    for m in pattern.finditer(text, max(0, pos - _REPORTED_REACH[0]), pos):
        said = m
    if said is None:  # (a match found before `pos` ends there at the latest)
        return False
    if len(_WORD3.findall(text, said.end(), pos)) > _MAIN_VERB_WORDS:
        return False
    opener = _clause_opener(lang)
    if _clause_break(lang).search(text, said.end(), pos) or (
        opener is not None and opener.search(text, said.end(), pos)
    ):
        return False
    when = _data_patterns(lang, "negation", "temporal_openers", re.I)
    for v in values:
        if said.end() <= v.start and v.end <= pos:
            return True  # "sagt, dass er 2012 nicht …"
        if (
            when is not None
            and hi <= v.start
            and v.end <= end + _REPORTED_REACH[1]
            and (opened := when.match(text, hi)) is not None
            and _clause_break(lang).search(text, opened.end(), v.start) is None
            and _CLAUSE_END.search(text, opened.end(), v.start) is None
        ):
            # "sagte, er habe nichts falsch gemacht, als er 2012 den Pokal … brachte": the
            # clause of time holding the figure is the negated verb's circumstance.
            return True
        if v.start < end or v.end > min(hi, end + _REPORTED_REACH[1]):
            continue
        if (opener is not None and opener.search(text, end, v.start)) or _OPENING.search(
            text, end, v.start
        ):
            continue
        return True
    return False


#: A figure standing this many words (four letters or more) before a negation that ends
#: its clause is the clause's subject: "42 deputies did not vote".
_SUBJECT_WORDS = 2


#: How many characters may follow a negation that ends its clause in Chinese or Japanese:
#: the rest of its predicate ("無罪とした", "没有投票").
_CJK_PREDICATE_TAIL = 5


def _object_tail(text: str, pos: int, end: int, hi: int, lang: str | None) -> bool:
    """Whether the negation at pos..end is a determiner ([negation] determiners: "keinen",
    "aucun", "ningún") on the noun after it, and that noun is followed, to the clause's end
    `hi`, only by a phrase on it ([negation] object_tail: "keinen Oscar für die Rolle",
    "aucun prix pour ce film"): the negation still ends its clause's predicate."""
    determiner = _data_patterns(lang, "negation", "determiners", re.I)
    tail = _data_patterns(lang, "negation", "object_tail", re.I)
    if determiner is None or tail is None or not determiner.match(text, pos):
        return False
    return tail.match(text, end, hi) is not None


def _negates_predicate(
    reading: Reading,
    pos: int,
    end: int,
    values: list[Value],
    lang: str | None,
    subject: bool = False,
) -> bool:
    """Whether the negation at pos..end negates the predicate of a figure's clause: it ends
    the clause (at most the verb after it), the figure stands just before it as the
    subject, with no word opening another clause between ("42 deputies did not vote",
    "42名の議員は投票しなかった"). Not a preposition ("sans source depuis 2019"), nor a
    negation before an adjective the clause goes on after ("nueve diputados no inscritos
    votaron en contra"). With `subject` (the other side's figure stands in its sentence's
    subject too, `_in_subject`), also a negation on the main verb after a subject holding
    the figure, whatever follows it: "The bridge built in 2019 did not survive the flood"
    against "The bridge, built in 2019, survived the flood"."""
    text = reading.text
    if _CJK_CHAR.match(text, pos):
        # Chinese or Japanese: a negation ending the clause (its predicate: "…について無罪と
        # した", "42名议员没有投票") after a compared value in the clause.
        lo, hi = _clause_bounds(text, pos, end, lang)
        return hi - end <= _CJK_PREDICATE_TAIL and any(
            lo <= v.start and v.end <= pos for v in values
        )
    if text[pos:end].lower() in _prepositions() or _adjectival(text, pos, lang):
        return False
    lo, hi = _clause_bounds(text, pos, end, lang)
    ends = len(_WORD3.findall(text, end, hi)) <= 1 or _object_tail(text, pos, end, hi, lang)
    opener = _clause_opener(lang)
    for v in values:
        if v.end > pos:
            continue
        if subject and (_in_subject(text, v, lang, pos) or _in_apposition(text, v, lang, pos)):
            return True
        # A clause taken to open inside the figure opens before it: the dot of an ordinal
        # ("des 17. Jahrhunderts ist nichts erhalten") ends no sentence.
        if not ends or v.end <= lo or v.start < lo and not v.start <= lo - 2 < v.end:
            continue
        between = [w for w in _WORD3.findall(text, v.end, pos) if len(w) >= 4]
        if len(between) > _SUBJECT_WORDS:
            continue
        if opener is not None and opener.search(text, lo, pos):
            continue
        return True
    return False


#: How far (in characters) a sentence's subject reaches before the figure it holds, and
#: from the figure to the negation on its verb.
_SUBJECT_REACH = 100
#: What may stand in a subject between its figure and its verb: a comma closing an
#: apposition ("The bridge, built in 2019, did not"), no other clause break.
_SUBJECT_MARKS = r"[;:()\[\]–—―、，（）]|\s-\s|"


@lru_cache(maxsize=64)
def _subject_frame(
    lang: str | None,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """A sentence opening with an article ([subjects] articles), a possessive ([subjects]
    possessives: "His 22-year-old son") or a quantifier ([subjects] quantifiers: "Several of
    the contenders"), either after a name joined to it ([subjects]
    name_joiners: "Parata and his 22-year-old son"), the finite verbs that put a figure
    after them in the predicate ([subjects] finite), and the words that open another clause
    ([modal] clause_openers, [negation] relative); None without them."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    data = rules.data.get("subjects", {})
    if not data.get("articles") or not data.get("finite"):
        return None
    heads = _alt([*data["articles"], *data.get("possessives", []), *data.get("quantifiers", [])])
    joined = ""
    if data.get("name_joiners"):
        # A name of one to four capitalised words, then the word joining it: "Parata and".
        name = r"(?-i:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’]s)?)"
        joined = rf"(?:{name}(?:\s+{name}){{0,3}}\s+(?-i:{_alt(data['name_joiners'])})\s+)?"
    article = re.compile(rf"[\s\"“„«‘]*{joined}(?:{heads})(?:(?<=['’])|\s)", re.I)
    finite = re.compile(rf"(?<!\w)(?:{_alt(data['finite'])})(?!\w)", re.I)
    openers = [
        *rules.data.get("modal", {}).get("clause_openers", []),
        *rules.data.get("negation", {}).get("relative", []),
    ]
    # Whole words ("que", not the end of "banque"), or a word after a comma (", die").
    opener = (
        re.compile(rf"(?:(?<!\w)|(?=\W))(?:{_alt(openers)})(?:(?<=['’])|(?!\w))", re.I)
        if openers
        else None
    )
    return article, finite, opener


#: A name of one to five capitalised words (initials and "Jr." too) opening a sentence,
#: then the comma of an apposition: "Patrick W. Carlineo Jr., ".
_NAME_APPOSITION = _lazy(
    r"[\s\"“„«‘]*[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?){0,4},\s*"
)


@lru_cache(maxsize=64)
def _indefinite_head(lang: str | None) -> re.Pattern[str] | None:
    """A sentence opening with an indefinite article ([subjects] indefinite: "A woman",
    "Une femme"); None without them."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("indefinite", []) if rules is not None else []
    return re.compile(rf"[\s\"“„«‘]*(?:{_alt(words)})\s", re.I) if words else None


def _in_subject(
    text: str,
    v: Value,
    lang: str | None,
    negation: int | None = None,
    indefinite: bool = False,
) -> bool:
    """Whether figure `v` stands in the subject of its sentence: the sentence opens with an
    article, and no finite verb, clause opener or clause break but a comma stands before
    the figure ("The bridge built in 2019", "Le pont, construit en 2019,", "Die 2019
    gebaute Brücke"; not "The bridge was built in 2019", "The bridge that did not collapse
    was built in 2019"). With `negation` (a position after the figure), the subject runs on
    to it with no clause opener or clause break but a comma ("The bridge built in 2019 did
    not survive"; not "... survived, but did not reopen"); without, the sentence goes on
    after the figure with two words at least (the predicate: "... survived the flood").
    With `indefinite`, an indefinite article may open the subject too ([subjects]
    indefinite: "Une femme restée 12 ans dans le coma a repris conscience")."""
    frame = _subject_frame(lang)
    if frame is None:
        return False
    article, finite, opener = frame
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    if ends:
        start = ends[-1]
    elif lo == 0:
        start = 0
    else:
        return False  # the sentence opens farther back: no subject of bounded length
    head = article.match(text, start)
    if head is None and indefinite and (pattern := _indefinite_head(lang)) is not None:
        head = pattern.match(text, start)  # "Une femme restée 12 ans dans le coma a …"
    if head is None:
        # A name opening the sentence, the figure its apposition: "Patrick W. Carlineo Jr.,
        # 55, of Addison, pleaded guilty".
        head = _NAME_APPOSITION.match(text, start, v.start)
        if head is None or head.end() != v.start or text[v.end : v.end + 1] != ",":
            return False
    if head.end() > v.start:
        return False
    subject_break = _with_conjunctions(_SUBJECT_MARKS, "", lang)
    for pattern in (finite, opener, subject_break):
        if pattern is not None and pattern.search(text, head.end(), v.start):
            return False
    if negation is None:
        stop = min(len(text), v.end + _SUBJECT_REACH)
        after = _MODAL_SENTENCE_END.search(text, v.end, stop) or _CLAUSE_END.search(
            text, v.end, stop
        )
        return len(_WORD3.findall(text, v.end, after.start() if after else stop)) >= 2
    if negation - v.end > _SUBJECT_REACH or _MODAL_SENTENCE_END.search(text, v.end, negation):
        return False
    return not any(
        pattern is not None and pattern.search(text, v.end, negation)
        for pattern in (opener, subject_break)
    )


#: How many words (three letters or more) an apposition on a name opening its sentence may
#: hold before its figure and after it ("Roof, alors âgé de 21 ans,", "Roof, who was 21 at
#: the time,").
_APPOSITION_WORDS = 4


def _in_apposition(text: str, v: Value, lang: str | None, negation: int | None = None) -> bool:
    """Whether figure `v` stands in an apposition, between commas, on the name that opens
    its sentence, with a few words before and after it (`_APPOSITION_WORDS`): "Roof, alors
    âgé de 21 ans, n'a pas été arrêté", "Roof, who was 21 at the time, was arrested" (a
    bare figure, "Carlineo, 55, pleaded", is `_in_subject`'s). The sentence's predicate
    follows the closing comma: with `negation` (a position after the figure), the negation
    stands on it (at most `_MAIN_VERB_WORDS` words after the comma, no clause break
    between); without, two words at least follow the comma."""
    if rules_for(lang) is None or _CJK_CHAR.match(text, v.start):
        return False
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    if ends:
        start = ends[-1]
    elif lo == 0:
        start = 0
    else:
        return False
    head = _NAME_APPOSITION.match(text, start, v.start)
    if head is None or head.end() == v.start:
        return False  # no name, or a bare figure (`_in_subject`)
    if _clause_break(lang).search(text, head.end(), v.start) or (
        len(_WORD3.findall(text, head.end(), v.start)) > _APPOSITION_WORDS
    ):
        return False
    stop = min(len(text), v.end + _SUBJECT_REACH)
    close = _clause_break(lang).search(text, v.end, stop)
    if (
        close is None
        or close.group() != ","
        or len(_WORD3.findall(text, v.end, close.start())) > _APPOSITION_WORDS
        or _MODAL_SENTENCE_END.search(text, v.end, close.start())
    ):
        return False
    if negation is None:
        after = _MODAL_SENTENCE_END.search(text, close.end(), stop) or _CLAUSE_END.search(
            text, close.end(), stop
        )
        return len(_WORD3.findall(text, close.end(), after.start() if after else stop)) >= 2
    if negation < close.end() or _clause_break(lang).search(text, close.end(), negation):
        return False
    return len(_WORD3.findall(text, close.end(), negation)) <= _MAIN_VERB_WORDS


#: How many words (three letters or more) may stand before a relative pronoun opening a
#: subject's clause ("a patient who"), between it and the figure ("who had spent 15 years"),
#: and after the figure at least (the rest of the clause, the main verb and what follows).
_RELATIVE_SUBJECT_WORDS = (2, 2, 2)


def _in_relative_subject(text: str, v: Value, lang: str | None) -> bool:
    """Whether figure `v` stands in a relative clause on the subject opening its sentence or
    the main clause after an opening phrase's comma: "One month after the surgery, a
    patient who had spent 15 years in a coma showed signs of consciousness". The subject's
    noun (at most `_RELATIVE_SUBJECT_WORDS[0]` words, no finite verb) before the relative
    pronoun ([negation] relative), at most `_RELATIVE_SUBJECT_WORDS[1]` words between it
    and the figure ("The bridge that collapsed was rebuilt in 2019" holds the figure in
    the predicate), and after the figure at least `_RELATIVE_SUBJECT_WORDS[2]` words to
    the sentence's end, no clause break between."""
    frame = _subject_frame(lang)
    if frame is None:
        return False
    _, finite, opener = frame
    if opener is None:
        return False
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    breaks = [m.end() for m in _clause_break(lang).finditer(text, lo, v.start)]
    start = max([*ends, *breaks], default=lo)
    if start == lo and lo > 0:
        return False  # no sentence's start or comma within reach
    if breaks and start == breaks[-1] and text[start - 1 : start] != ",":
        return False  # a clause that a conjunction or another break opens
    relative = opener.search(text, start, v.start)
    if relative is None:
        return False
    if len(_WORD3.findall(text, start, relative.start())) > _RELATIVE_SUBJECT_WORDS[0] or (
        finite.search(text, start, relative.start())
    ):
        return False
    if len(_WORD3.findall(text, relative.end(), v.start)) > _RELATIVE_SUBJECT_WORDS[1]:
        return False
    stop = min(len(text), v.end + _SUBJECT_REACH)
    after = _MODAL_SENTENCE_END.search(text, v.end, stop) or _CLAUSE_END.search(text, v.end, stop)
    hi = after.start() if after else stop
    if _clause_break(lang).search(text, v.end, hi):
        return False
    return len(_WORD3.findall(text, v.end, hi)) >= _RELATIVE_SUBJECT_WORDS[2]


def _both_end_negated(stated: Reading, quoted: Reading, word: str) -> bool:
    """Whether, in Chinese or Japanese, the statement and the quote whose negation `word`
    meets the statement's values both end a clause with a negative verb ending ([negation]
    back): "区別できないと答えた" for "「見分けられない」と回答". The statement's negation
    governs none of the quote's words (its verb is another), yet says what the quote's
    does."""
    return any(
        p in stated.negations_back and _CJK_CHAR.match(stated.text, p) for p, _ in stated.negations
    ) and any(
        w == word and p in quoted.negations_back and _CJK_CHAR.match(quoted.text, p)
        for p, w in quoted.negations
    )


def _same_clause(text: str, pos: int, v: Value, lang: str | None = None) -> bool:
    """Whether the negation at `pos` stands in the clause of value `v`, near it."""
    lo, hi = (pos, v.start) if pos < v.start else (v.end, pos)
    if hi - lo > _NEGATION_REACH:
        return False
    return _clause_break(lang).search(text, lo, hi) is None


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
        add(v)
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
        add(v)


def _key(words: str) -> str:
    lowered = words.lower()
    if lowered.isalpha():
        return lowered  # one word (most keys): no whitespace for `_ODD_SPACE` to find
    return _SPACES.sub(" ", lowered) if _ODD_SPACE.search(lowered) else lowered


_SPACES = _lazy(r"\s+")
_ODD_SPACE = _lazy(r"\s\s|[^\S ]")


def _year(y: str | None) -> int | None:
    return int(y) if y else None


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
                elif b > 12 >= a or a == b:
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
            part_word = _key(groups.get("part") or "").strip()
            part = rules.decade_parts.get(part_word) or rules.year_part_words.get(part_word)
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


def _fraction(share: float, words: str, start: int, end: int) -> Value:
    # A fraction in words is exact ("half" is 50%), compared as a percentage; a statement's
    # rounded percentage ("33%" for "a third") matches by its own rounding.
    return Value("percent", share * 100, words, start, end, "percent", 0.0, label="fraction")


#: What may stand between a Chinese figure and its scale: "540多万", "30余亿" (and some).
_ODD_BEFORE_SCALE = frozenset("多余餘")

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
    for m in rules.rank_before_noun_re.finditer(text, *g):
        if free(m.start("w"), m.end("w")):
            rank = float(rules.rank_words[m.group("w").lower()])
            add(Value("rank", rank, m.group("w"), m.start("w"), m.end("w"), label="rank"))
    for m in rules.rank_prefix_re.finditer(text, *g):
        if free(m.start("w"), m.end()):
            rank = float(rules.rank_prefixes[m.group("w").lower()])
            add(Value("rank", rank, m.group(), m.start(), m.end(), label="rank"))
    for m in rules.rank_word_re.finditer(text, *g):
        around = text[max(0, m.start() - 16) : m.end() + 16]
        if rules.rank_idiom_re is not None and rules.rank_idiom_re.search(around):
            continue  # "de la première heure" ranks nothing
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

_BAD_BEFORE = _lazy(r"(?:[A-Za-z]-?|[\w./:]|(?<![^\W\d_]),|\d[.,])$")
_BAD_BEFORE_CJK = _lazy(r"(?:[A-Za-z]-?|[A-Za-z0-9_./:]|(?<![^\W\d_]),|\d[.,])$")


_OPENERS = ('"', "«", "„", "「", "《", "[")
#: How far `_read_numbers` takes the text before a number at once (`_hedge`'s window).
_PRE = 40
_FOUR_DIGITS = _lazy(r"\d{4}")
_A_OR_ONE = _lazy(r"(?<!\w)(?:a|one)\s$")
# A copyright notice's years ("Copyright © 1998 - 2016", "©2020"): years in any language,
# also where a year otherwise takes its word ("1998年"). Tested on the last 24 characters.
_COPYRIGHT_BEFORE = _lazy(
    r"(?:©|\([cC]\)|(?i:copyright))[\s\u00a0]*(?:\d{4}[\s\u00a0]*[-–—~～][\s\u00a0]*)?$"
)
_CLOSERS = ('"', "»", "“", "」", "》", "]")


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
        if before.endswith(_OPENERS) and text[end : end + 2].lstrip(",")[:1] in _CLOSERS:
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
                    rules.ratio_re is None
                    or rules.ratio_re.match(rest[consumed:])
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


#: What follows a version's number: its next part ("3.6.0", "1.7.x": a series), or a
#: bracketed build ("2.1(3)").
_VERSION_TAIL = _lazy(r"\.\d|\.[xX](?!\w)|\(\d+\)")
#: A code with a digit and an opening bracket ("M.2（", "M.2 ("), and what closes the
#: number after it: a colon or the closing bracket ("M.2（2280：22×80mm）", "M.2 (2280)").
_CODE_OPENS = _lazy(r"(?:^|[\s(（]|(?<=[\u3040-\u9fff]))[A-Za-z]+\.?\d[A-Za-z0-9.]*\s?[(（]$")
_CODE_CLOSES = _lazy(r"\s?[:：)）]")
#: A figure glued to a times sign before another ("3.0×" of "PCI Express 3.0×4").
_GLUED_TIMES = _lazy(r"(?<![\d.,])(\d+(?:[.,]\d+)?)[×xX]$")
_DOTTED_VERSION = _lazy(r"\d{1,2}\.\d{1,2}")
_NAME_BEFORE = _lazy(
    r"(?:^|[\s(（]|(?<=[\u3040-\u9fff]))"
    r"([A-ZÄÖÜ][A-Za-zÀ-ÿ0-9.-]*|[A-Za-z]+\.?\d[A-Za-z0-9.]*|[a-z]{1,2}[A-Z][A-Za-z]+)\s?$"
)


_QUOTE_OPEN = '"“„«「『'
# Closing marks, with the straight quote that reading may have put for a curly one.
_QUOTE_CLOSE = {'"': '"', "“": '”"', "„": '“”"', "«": "»", "「": "」", "『": "』"}
_QUOTED_REACH = 60


def _in_quoted_name(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the number stands inside quotation marks that a naming word introduces
    ('also known as "the road of 1,000 bends"', 'surnommée « la ville aux 100 clochers »',
    "被称为“千湖之国”", "「百名山」と呼ばれる"): the quoted words are a name."""
    if rules.quoted_name_before_re is None and rules.quoted_name_after_re is None:
        return False
    left = text[max(0, start - _QUOTED_REACH) : start]
    at = max(left.rfind(c) for c in _QUOTE_OPEN)
    if at < 0:
        return False
    opener = left[at]
    inside = left[at + 1 :]
    if any(c in inside for c in _QUOTE_OPEN + "”»」』") or _CLAUSE_END.search(inside):
        return False
    right = text[end : end + _QUOTED_REACH]
    close = min((i for c in _QUOTE_CLOSE[opener] if (i := right.find(c)) >= 0), default=-1)
    if close < 0 or any(c in right[:close] for c in _QUOTE_OPEN.replace(opener, "")):
        return False
    opened = max(0, start - _QUOTED_REACH) + at
    if rules.quoted_name_before_re is not None and rules.quoted_name_before_re.search(
        text, max(0, opened - 40), opened
    ):
        return True
    return rules.quoted_name_after_re is not None and bool(
        rules.quoted_name_after_re.match(text, end + close + 1)
    )


def _time_of_day(text: str, start: int, end: int, marks: str) -> bool:
    """Whether the digits at start..end are the hour or the minutes of a CJK time of day:
    "11時30分", "上午10点30分" (an hour mark between two numbers, minutes after it)."""
    after = text[end : end + 1]
    if after and after in marks:
        return re.match(r"\d{1,2}分?", text[end + 1 : end + 4]) is not None
    before = text[max(0, start - 3) : start]
    return len(before) >= 2 and before[-1] in marks and before[-2].isdigit()


#: Undivided digits this many or more are a code (ISBN, id), never a count: people group
#: the digits of large counts ("1,371,310") or give them a scale ("1.4 million").
_CODE_DIGITS = 7
_ADDRESS = _lazy(r"://|^www\.|[?&][\w-]+=", re.I)


def _in_address(text: str, start: int) -> bool:
    """Whether the characters before start (back to a space, at most 120) hold a web
    address: a scheme ("https://"), "www." or a query ("?oldid=")."""
    lo = max(0, start - 120)
    space = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start))
    token = text[max(lo, space + 1) : start]
    return ("/" in token or "=" in token) and _ADDRESS.search(token) is not None


#: Between the two figures of a range: "from $500 to $2,400", "von 123 auf 163", "3至5天",
#: "3～5日", "10〜11%" (the wave dash).
_RANGE_LINK = _lazy(r"\s*(?:to|bis|auf|à|au|a|al|até|-|–|~|～|〜|至|到)\s*[^\w\s]?\s*", re.I)

#: A number that closes a range opened by another: "1-4", "5 to 7".
_RANGE_END = _lazy(r"(?<![\d.,])(\d{1,4})(?:[-–]|\s(?:to|bis|à|a|al|até)\s)$")


def _named_rank(text: str, start: int, rules: Rules) -> bool:
    """Whether "#", "No." or "number" before a number follows a name inside a sentence
    ("Friday Facts #282"): the name's number, no rank ("ranked No. 2")."""
    if not rules.names_capitalized:
        return False
    lo = max(0, start - 16)
    window = text[lo:start]
    m = rules.rank_before_re.search(window)
    if m is None:
        return False
    cut = lo + m.start()
    if (
        m.group().strip() == "#"
        and rules.identifier_word_re is not None
        and rules.identifier_word_re.search(
            text[max(0, cut - _INSIDE_NAME_REACH) : cut].rstrip()[-24:] + " "
        )
    ):
        return True  # "Issue #282", "Bug #4512": the issue's number, no rank
    return not _title_case(text, start) and _inside_name(text, cut)


#: How far back `_inside_name` looks for a name (and over spaces): a bounded window per
#: figure keeps a long text's reading linear.
_INSIDE_NAME_REACH = 100
#: A capitalized word closing the text searched (`_inside_name`).
_NAME_AT_END = _lazy(r"(?<![\w.])[A-Z][a-z]+$")


def _inside_name(text: str, end: int) -> bool:
    """Whether the text before `end` ends, after spaces, with a capitalized word that does
    not open its sentence (within `_INSIDE_NAME_REACH` characters)."""
    stop = end
    while stop > 0 and end - stop < _INSIDE_NAME_REACH and text[stop - 1].isspace():
        stop -= 1
    name = _NAME_AT_END.search(text, max(0, stop - _INSIDE_NAME_REACH), stop)
    if name is None:
        return False
    i = name.start()
    while i > 0 and name.start() - i < _INSIDE_NAME_REACH and text[i - 1].isspace():
        i -= 1
    return i > 0 and not text[i - 1].isspace() and text[i - 1] not in ".!?:;\"'("


#: At most this many version-like figures of a text are looked at as siblings.
_MAX_SIBLINGS = 16
#: A version-like figure: a digit, a point and one to three digits ("0.17", "3.6").
_VERSION_LIKE = _lazy(r"(?<![\d.,])(\d)\.(\d{1,3})(?![\d.,]|\s?%)")


@lru_cache(maxsize=64)
def _first_version_likes(text: str) -> tuple[re.Match[str], ...]:
    """The first `_MAX_SIBLINGS` version-like figures of the text: found once per text, where
    a search for them from its start before each figure crossed a text that holds none
    (or fewer) whole, each time."""
    return tuple(itertools.islice(_VERSION_LIKE.finditer(text), _MAX_SIBLINGS))


def _version_sibling(text: str, start: int, stop: int, rules: Rules) -> bool:
    """Whether a version-like figure ("in 0.12") has a sibling of its shape in the text that
    names a version ("Factorio 0.17", "version 0.17"): then it is a version too."""
    m = _VERSION_LIKE.fullmatch(text, start, stop)
    if m is None:
        return False
    # Bounded work: the siblings nearest the text's start, a few at most.
    for o in _first_version_likes(text):
        if o.start() == start or o.group(1) != m.group(1) or len(o.group(2)) != len(m.group(2)):
            continue
        if _identifier(text, o.start(), o.end(), rules, siblings=False):
            return True
    return False


#: A figure with one decimal part, and the end of a clause right after a figure.
_DECIMAL_FIGURE = _lazy(r"\d+[.,]\d+")
_CLAUSE_CLOSE = _lazy(r"\s*(?:[.;,!?)]|$)")
_MEASURED = _lazy(r"\d\s*([^\W\d_]+)")


@lru_cache(maxsize=64)
def _first_measured(text: str, lang: str | None) -> int:
    """Where the first figure of `text` followed by a unit of the language's rules ("8.8
    seconds", a `_MEASURED` match) starts; the text's length when none is. Found once per
    text: a figure asks whether one stands before it, which its start tells (a match before
    a digit ends before it: neither whitespace nor a letter is a digit)."""
    rules = rules_for(lang)
    units = rules.units if rules is not None else {}
    for m in _MEASURED.finditer(text):
        if units.get(_key(m.group(1))):
            return m.start()
    return len(text)


@lru_cache(maxsize=64)
def _version_before(lang: str | None) -> re.Pattern[str] | None:
    """The prepositions after which a decimal figure that closes its clause names a
    release ([identifiers] version_before): "new in 0.17.", "seit 1.5," — a count or a
    measure would be followed by what it counts."""
    rules = rules_for(lang)
    words = rules.data.get("identifiers", {}).get("version_before") if rules is not None else None
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+$", re.I)


@lru_cache(maxsize=64)
def _pieces_of(lang: str | None) -> re.Pattern[str] | None:
    """A unit word that counts pieces ([units_counted] pattern, matched where the word
    starts): "1,000 bits of plastic" is no data size; "the first 24 bits of the name" is."""
    rules = rules_for(lang)
    pattern = rules.data.get("units_counted", {}).get("pattern") if rules is not None else None
    return re.compile(pattern, re.I) if pattern else None


@lru_cache(maxsize=64)
def _version_after(lang: str | None) -> re.Pattern[str] | None:
    """The words after which a decimal figure names a version ([identifiers] version_after)."""
    rules = rules_for(lang)
    words = rules.data.get("identifiers", {}).get("version_after") if rules is not None else None
    if not words:
        return None
    assert rules is not None
    right = "" if rules.cjk else r"(?!\w)"
    # One word may stand between: "the 3.6 maintenance releases" (not a scale: "2.5 million
    # updates" counts them).
    scale = _alt(list(rules.scales)) if rules.scales else None
    not_scale = rf"(?!(?:{scale})[ \u00a0-])" if scale else ""
    between = "" if rules.cjk else rf"(?:{not_scale}[^\W\d_]+[ \u00a0-])?"
    return re.compile(rf"[ \u00a0\u202f-]?{between}(?:{_alt(words)}){right}", re.I)


@lru_cache(maxsize=64)
def _release_said(lang: str | None) -> re.Pattern[str] | None:
    """The words after which a version-like figure names a release ([identifiers]
    release_said): "0.17 is out", "0.17 in sight", "0.17 ist erschienen", "0.17发布"."""
    rules = rules_for(lang)
    words = rules.data.get("identifiers", {}).get("release_said") if rules is not None else None
    if not words:
        return None
    right = "" if rules is not None and rules.cjk else r"(?!\w)"
    return re.compile(rf"[ \u00a0]*(?:{_alt(words)}){right}", re.I)


def _identifier(
    text: str, start: int, stop: int, rules: Rules, siblings: bool = True, gapped: int = 2
) -> bool:
    """Whether a bare number names something rather than counts it: a version ("3.6.0"),
    a number after a name inside a sentence ("Integer 32", "Firefox 3.6", "Absatz 4") or
    after a code ("M.2 2280"), the end of a range that a name opens ("Years 1-4"), or a
    class code ("93(01)")."""
    # Each pattern below is tried only where the character it must see is: "." after a
    # version-like figure's first digit; before the number, "-", "–" or whitespace (which
    # ends a range's "1-" or "5 to "; "$" also matches before a final newline), "+", "-"
    # or a newline (a time zone's sign); after it, "." or "(" (a version's tail).
    dotted = text[start + 1 : start + 2] == "."
    if siblings and dotted and _version_sibling(text, start, stop, rules):
        return True
    prior = text[start - 1 : start] if start else ""
    if start >= 2 and prior in "×xX" and text[start - 2].isdigit():
        lanes = _GLUED_TIMES.search(text, max(0, start - 12), start)
        if lanes is not None and (
            # "PCIe 4.0×16" where a decimal is written "4,0": a version, as in English.
            (rules.decimal == "," and _DOTTED_VERSION.fullmatch(lanes.group(1)))
            or _identifier(text, lanes.start(1), lanes.end(1), rules)
        ):
            return True  # "PCI Express 3.0×4": the lanes of a named interface, no count
    r = (
        _RANGE_END.search(text, max(0, start - 10), start)
        if prior and (prior in "-–" or prior.isspace())
        else None
    )
    if (
        r is not None
        and (r.group().endswith(("-", "–")) or _inside_name(text, r.start(1)))
        and _identifier(text, r.start(1), r.end(1), rules)
    ):
        return True
    if text[stop : stop + 1] in (".", "(") and _VERSION_TAIL.match(text, stop):
        return True
    digits = text[start:stop]
    if (
        ("." in digits or "," in digits)
        and _DECIMAL_FIGURE.fullmatch(digits)
        and (prep := _version_before(rules.base)) is not None
        and prep.search(text, max(0, start - 16), start)
        and (_CLAUSE_CLOSE.match(text, stop) or _JOINED_AFTER.match(text, stop))
        # "Lee won in 8.8 seconds, Ana in 9.1.": its unit said once before.
        and _first_measured(text, rules.lang) >= start
    ):
        return True  # "can be put into the quick bar in 0.17.": a release, nothing counted
    if (
        dotted
        and _VERSION_LIKE.fullmatch(text, start, stop)
        and (said := _release_said(rules.base)) is not None
        and said.match(text, stop)
    ):
        return True  # "0.17 is out", "- 0.17 in sight": a release, nothing counted
    if rules.decimal in digits and (after := _version_after(rules.base)) is not None:
        if after.match(text, stop):
            return True  # "the 0.17 releases": a version; no count has a part of a release
    if len(digits) >= 3 and digits[0] == "0" and digits.isdigit():
        return True  # a code, never a count: "08008.HK", "007"
    if len(digits) >= _CODE_DIGITS and digits.isdigit() and not digits.endswith("000"):
        # An ISBN, a revision or an article id: counts this long are grouped or scaled.
        # (Number words come here as round digits: "a million" is "1000000".)
        return True
    if _in_address(text, start):
        return True  # part of a web address: "heise.de/-4451133", "?oldid=942460710"
    if prior in ("+", "-", "\n") and _UTC_OFFSET.search(text, max(0, start - 7), start):
        return True  # a time zone's offset: "18:00:00+00", "09:30-0800"
    if start >= 2 and prior == "(" and text[start - 2].isdigit():
        return True  # the "01" of "93(01)"
    if (
        stop - start == 3
        and "100" <= text[start:stop] <= "599"
        and (
            (rules.status_code_re is not None and rules.status_code_re.match(text, stop))
            or (
                rules.status_code_before_re is not None
                and rules.status_code_before_re.search(text, max(0, start - 12), start)
            )
        )
    ):
        return True  # an HTTP status code: "500 errors", "a 404 status code", "HTTP 503"
    window = text[max(0, start - 24) : start]
    if rules.identifier_word_re is not None and rules.identifier_word_re.search(window):
        return True  # "§ 230", "version 0.12", "Absatz 2"
    if prior in ("(", "（", "\n") and _CODE_OPENS.search(window) and _CODE_CLOSES.match(text, stop):
        return True  # "M.2（2280：22×80mm）", "M.2 (2280)": the code's form factor
    # A match is a name of no whitespace (the last word of the window) and the character
    # before it: looked for from there, not from every position of the window.
    last = window.rsplit(None, 1)[-1:]
    m = _NAME_BEFORE.search(window, max(0, len(window.rstrip()) - len(last[0]) - 1) if last else 0)
    if m is not None and rules.latin_names and not m.group(1).islower():
        # A Latin-script name in Chinese or Japanese: "Windows 11を", "华为Mate 8"; but
        # "Smith获得49席和Jones 51席" counts Jones's seats.
        return _key(m.group(1)) in _series_names() or not _elided_count(
            text, m.start(1) - len(window) + start, stop, rules, gapped
        )
    if (
        m is not None
        and not rules.names_capitalized
        and m.group(1).isupper()
        and len(m.group(1)) >= 2
    ):
        pass  # a model in capitals names in every language: "NVME SSD 2018"
    elif (
        m is not None
        and m.group(1)[0].isupper()  # a holder, no product ("and iPhone 15")
        and _key(m.group(1)) not in _series_names()
        and _elided_count(text, m.start(1) - len(window) + start, stop, rules, gapped)
    ):
        return False  # "Labour won 20 seats and the Greens 12.", "and Jones 51.": their count
    elif m is None or not rules.names_capitalized and not re.search(r"\d", m.group(1)):
        if m is not None and _club_name(window[: m.start(1)], rules):
            return True  # "LAC Olympia 88": a noun after a name in capitals names on
        return False  # German capitalizes every noun: "19 Menschen" after "Nationalmuseum"
    if (
        len(m.group(1)) >= 2
        and m.group(1).isupper()
        and m.group(1).isalpha()
        and _key(m.group(1)) not in rules.not_names
    ):
        return True  # a model or code in capitals, in a headline too: "ISBN 9780521839402"
    if not re.search(r"\d", m.group(1)) and _title_case(text, start):
        return False  # a headline capitalizes every word: "Amazon to Add 100,000 Jobs"
    name = m.group(1)
    if re.search(r"\d", name):
        return True  # "M.2 2280", "U20 2"
    if len(name) >= 2 and name.isupper() and name.isalpha() and _key(name) not in rules.not_names:
        return True  # a model in capitals: "WD BLACK NVME SSD 2018", "RTX 4090"
    key = _key(name.rstrip("."))
    if key in rules.not_names:
        return False
    before = _stripped_end(text, start - len(m.group(0)) + (m.group(0)[:1] in " (（"))
    if not before or text[before - 1] in ".!?:;\"'(":
        # The sentence's first word: "In 2019", "About 50" count; "Integer 32" names.
        return rules.function_words is not None and key not in rules.function_words
    return True


@lru_cache(maxsize=1)
def _series_names() -> frozenset[str]:
    """The names of numbered series (common.toml [series]): "Windows", "Apollo", "Ligue"."""
    return frozenset(_key(w) for w in _load_toml("common").get("series", {}).get("names", []))


#: A numbered series' name right before a year-like figure (common.toml [series]).
_SERIES_BEFORE = _lazy(r"(?<![\w.-])([^\W\d_]+)[ \u00a0]$")


def _series_year(text: str, start: int) -> bool:
    """Whether the year-like figure at `start` follows a numbered series' name, one space
    between ("Microsoft Office 2021", "Windows 2000", "Euro 2016"): it names the series'
    edition, no year said of the claim."""
    m = _SERIES_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and _key(m.group(1)) in _series_names()


@lru_cache(maxsize=32)
def _elided_before(
    lang: str | None, key: str = "elided_before", after: bool = False
) -> re.Pattern[str] | None:
    """The language's ``identifiers.elided_before`` (a conjunction and an article) or
    ``identifiers.gapped_before`` (a conjunction alone) closing the text before a name, as
    a pattern; with `after`, one opening the text after a figure ("51 and Brown 12")."""
    rules = rules_for(lang)
    words = rules.data.get("identifiers", {}).get(key, []) if rules else []
    if not words:
        return None
    if after:
        return re.compile(rf"\s*(?:{_alt(words)})(?!\w)", re.I)
    # A word after a boundary ("and"); a mark as it stands (", Jones 51").
    marks = [w for w in words if not w[:1].isalnum()]
    alts = (
        [rf"(?:^|\W)(?:{_alt([w for w in words if w[:1].isalnum()])})"]
        if len(marks) < len(words)
        else []
    )
    alts += [rf"(?:{_alt(marks)})"] if marks else []
    return re.compile(rf"(?:{'|'.join(alts)})\s+$", re.I)


#: What may follow a count said after its subject alone: the clause's end.
_CLAUSE_CLOSES = _lazy(r"\s*(?:[.,;:!?)]|$)")
#: At most this many words stand between a gapped clause's first figure and the
#: conjunction ("49 seats in all and Jones 51").
_GAP_WORDS = 4
#: A figure written in digits (`_elided_count` takes the last of its bounded window).
_DIGIT_RUN = _lazy(r"\d(?:[\d.,]*\d)?")


def _elided_count(text: str, name_start: int, stop: int, rules: Rules, gapped: int = 2) -> bool:
    """Whether the number ending at `stop` after a name is a count said with its subject
    alone, the verb and noun left to the clause before ("Labour won 20 seats and the
    Greens 12", "et les Verts 12", "y los Verdes 12"): a conjunction and an article before
    the name, the clause's end after the number, a figure before them in the sentence.
    With `gapped` (how many figures back this may be asked in turn: 0 when asked of that
    figure's figure before), that figure, the nearest, must count (no name's number: "la
    Ligue 1 et la Formule 1", "Apollo 8 and Apollo 11" stay names), and a conjunction or a
    comma alone before the name will do ("Smith won 49 seats and Jones 51", "et Martin 51",
    "49 seats, Jones 51 and Brown 12") where the figure has its person before it and only
    its noun after."""
    if rules.cjk:
        return gapped > 0 and _glued_gap(text, name_start, stop, rules, gapped)
    pattern = _elided_before(rules.lang)
    if pattern is None:
        return False
    lo = max(0, name_start - 120)
    before = text[lo:name_start]
    ends = list(_MODAL_SENTENCE_END.finditer(before))
    opened = ends[-1].end() if ends else 0
    article = pattern.search(before) is not None
    alone = _elided_before(rules.lang, "gapped_before") if gapped and not article else None
    joined = alone.search(before) if alone is not None else None
    runs = list(_DIGIT_RUN.finditer(before, opened))
    last = runs[-1] if runs else None
    if last is None or not (article or joined):
        return False
    after = _elided_before(rules.lang, "gapped_before", after=True)
    if _CLAUSE_CLOSES.match(text, stop) is None and (after is None or not after.match(text, stop)):
        # Or the number takes the figure's noun again: "49 seats and Jones 51 seats".
        noun, again = _NOUN_AFTER.match(before, last.end()), _NOUN_AFTER.match(text, stop)
        if noun is None or again is None or noun.group(1).lower() != again.group(1).lower():
            return False
    if not gapped:
        return True
    if _identifier(
        text, lo + last.start(), lo + last.end(), rules, siblings=False, gapped=gapped - 1
    ):
        return False
    if joined is None:
        return True
    # Between the figure and the conjunction, its noun only ("49 seats in all and"), no
    # name ("3 astronauts from Gemini and Apollo 11"); before the figure, its person.
    words = _TOKEN.findall(before, last.end(), joined.start())
    if len(words) > _GAP_WORDS or (rules.names_capitalized and any(w[:1].isupper() for w in words)):
        return False
    return _person_before(text, lo + last.start(), rules, lo + opened) is not None


#: A capitalized Latin-script word in Chinese or Japanese: a name ("Smith获得").
_LATIN_NAME = _lazy(r"(?<![A-Za-z])[A-Z][A-Za-z]+")


def _glued_gap(text: str, name_start: int, stop: int, rules: Rules, gapped: int) -> bool:
    """`_elided_count` in Chinese or Japanese: a conjunction of [identifiers] gapped_before
    glued before the Latin-script name ("和Jones 51席"), a counted figure before it in the
    sentence (no name's number: "Windows 10和Windows 11") with a Latin-script name before
    it ("Smith获得49席") and none after it, and that figure's counter after the number
    ("49席 … 51席")."""
    words = [w for w in rules.data.get("identifiers", {}).get("gapped_before", []) if w]
    joined = next((w for w in words if text.startswith(w, name_start - len(w))), None)
    if joined is None:
        return False
    lo = max(0, name_start - 60)
    opened = max(lo, max(text.rfind(mark, lo, name_start) for mark in "。！？；") + 1)
    runs = list(_DIGIT_RUN.finditer(text, opened, name_start))
    if not runs:
        return False
    last = runs[-1]
    counter = text[last.end() : last.end() + 1]
    if not counter or counter.isspace() or counter.isascii() or text[stop : stop + 1] != counter:
        return False
    if _LATIN_NAME.search(text, opened, last.start()) is None or _LATIN_NAME.search(
        text, last.end(), name_start - len(joined)
    ):
        return False
    return not _identifier(text, last.start(), last.end(), rules, siblings=False, gapped=gapped - 1)


#: A word in capitals (two letters or more) closing a text, before a space.
_CAPITALS_BEFORE = _lazy(r"(?:^|[\s(（])([A-ZÄÖÜ]{2,})\s$")


def _club_name(before: str, rules: Rules) -> bool:
    """Whether the capitalized word before a number follows a name in capitals, where every
    noun is capitalized: "LAC Olympia 88", "SV Werder 1899" name a club; "EU 27" is left
    to the rules for capitals."""
    m = _CAPITALS_BEFORE.search(before)
    return m is not None and _key(m.group(1)) not in rules.not_names


#: A clock time and the sign of its time zone's offset, before the offset's digits.
_UTC_OFFSET = _lazy(r"\d:\d\d[+-]$")


def _currency(written: str, rules: Rules) -> str | None:
    key = written.strip().lower()
    joiners = rules.data.get("currency_joiners", {}).get("words", [])
    for joiner in joiners:
        glued = joiner.endswith("'")  # "d'euros": the elided joiner runs into the word
        if key.startswith(joiner.lower()) and (
            glued or key[len(joiner) :][:1] in (" ", "\u00a0", "'")
        ):
            key = key[len(joiner) :].strip()
            written = written.strip()[len(joiner) :].strip()
            break
    if key in rules.currencies:
        return rules.currencies[key]
    symbols = rules.data.get("currency_symbols", {})
    for sym, code in symbols.items():
        if sym.lower() == key:
            return code
    codes = rules.data.get("currency_codes", {}).get("codes", [])
    upper = written.strip().upper()
    if upper in codes:
        return "CNY" if upper == "RMB" else upper
    return None


def _hedge(
    v: Value, text: str, rules: Rules, window: str | None = None, last: str | None = None
) -> None:
    """Attach the hedge or comparator written before or after a value. `window`: the text's
    `_PRE` characters before it, if the caller has them, and `last` their last character
    other than whitespace."""
    offset = max(0, v.start - _PRE)
    if window is None or last is None:
        window = text[offset : v.start]
        last = window.rstrip()[-1:]
    # Skip a currency symbol or code written before the number.
    cb = rules.currency_before_re.search_ending(window, last)
    if cb:
        window = window[: cb.start()]
    m = None
    tail = window[-32:]
    if (
        rules.cjk
        or (
            # An ASCII tail's words read from its bytes, as `_read` reads a text's.
            not rules.hedge_ascii.isdisjoint(tail.lower().encode().translate(_ASCII_WORDS).split())
            if tail.isascii()
            else not rules.hedge_triggers.isdisjoint(_TOKEN.findall(tail.lower()))
        )
        or _holds_any(tail, rules.hedge_symbols)
    ):
        m = rules.hedge_before_re.search(window)
    if m:
        word = _key(m.group("h"))
        if word in rules.no_article and _a_preposition(v, text, m.group(), rules):
            m = None  # "over a 30-minute window": a preposition; "under a hundred" compares
    if m:
        word = _key(m.group("h"))
        blocked = rules.not_after.get(word)
        if word in rules.race_words and _a_race(v, text, rules):
            return  # "Über 3000 Meter siegte Hüttig": the race, not "more than 3000 metres"
        if (
            word in rules.race_after_time
            and _a_race(v, text, rules)
            and (
                _after_a_time(text, offset + m.start("h"), rules)
                or _after_a_race_word(text, offset + m.start("h"), rules)
            )
        ):
            # "7.52 seconds over 60 metres", "three wins over 1.5 km": the race run.
            return
        if v.value == 0 and word in _not_after_zero(rules):
            # "has won over zero members": a phrasal verb before nothing, no comparator
            # ([hedges.not_after_zero]); "won over 60%" compares.
            blocked = (blocked or set()) | set(_not_after_zero(rules)[word])
        prior = re.findall(r"[\w']+", window[: m.start()]) if blocked else None
        negated = m.groupdict().get("neg")
        if negated and not _negated_verb(word, rules):
            pass  # a negation after no verb of comparison: no comparator read
        elif not (prior and blocked and _said_after(prior, blocked)):
            v.hedge = rules.hedges_before[word]
            v.hedge_text = m.group("h") + "\x00"
            # "beyond the JCPOA's 3.67% limit": a definite article or a possessive between
            # comparator and number names a threshold, a figure in its own right.
            rest = m.end("neg") if negated else m.end("h")
            v.threshold = _THRESHOLD.search(
                m.group()[rest - m.start() :]
            ) is not None or word in _criteria(rules.lang)
            v.hedge_span = (offset + m.start("h"), offset + m.end("h"))
            if negated:
                # "ne dépasse jamais 2 400 $" says "at most 2 400 $" (`_negated_comparators`
                # takes the negation): the span runs to the negation.
                v.hedge = _NEGATED_COMPARATOR.get(v.hedge, v.hedge)
                v.hedge_text = m.group()[: m.end("neg") - m.start()] + "\x00"
                v.hedge_span = (offset + m.start("h"), offset + m.end("neg"))
            if v.hedge != "about":
                return
            # "some 100-odd", "some two dozen-plus": an estimate's floor after the figure
            # is the bound it says.
            after = rules.hedge_after_re.match(text[v.end : v.end + 24])
            if after and rules.hedges_after[_key(after.group("h"))] in ("at_least", "odd"):
                v.hedge = rules.hedges_after[_key(after.group("h"))]
                v.hedge_text = after.group("h") + "\x01"
                v.hedge_span = (v.end + after.start("h"), v.end + after.end("h"))
            return
    m = rules.hedge_after_re.match(text[v.end : v.end + 24])
    if m and rules.cjk:
        roles = _change_role_res(rules.lang)
        if roles is not None and roles[0] is None and roles[1].match(text, v.end):
            return  # "30キロから50キロに引き上げ": where a change starts, no bound
    if m:
        v.hedge = rules.hedges_after[_key(m.group("h"))]
        v.hedge_text = m.group("h") + "\x01"
        v.hedge_span = (v.end + m.start("h"), v.end + m.end("h"))
        v.threshold = _key(m.group("h")) in _criteria(rules.lang)


@lru_cache(maxsize=64)
def _criteria(lang: str | None) -> frozenset[str]:
    """A language's comparators that state a criterion ([hedges] criteria: "greater than",
    "and older"), lowercased: the bound they make is a threshold, not an estimate."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    return frozenset(w.lower() for w in hedges.get("criteria", []))


@lru_cache(maxsize=64)
def _negated_verbs(lang: str | None) -> frozenset[str]:
    """A language's verbs of comparison a negation may follow before their figure ([hedges]
    negated_verbs: "dépasse" of "ne dépasse jamais 2 400 $"), lowercased."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    return frozenset(w.lower() for w in hedges.get("negated_verbs", []))


def _negated_after_verb(v: Value, lang: str | None) -> bool:
    """Whether `v`'s comparator is a verb of comparison and the negation after it, read as
    one bound by `_hedge` ("dépasse jamais", [hedges] negated_after)."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    words = (v.hedge_text or "").rstrip("\x00\x01").split()
    return len(words) > 1 and words[-1].lower() in {
        w.lower() for w in hedges.get("negated_after", [])
    }


def _negated_verb(word: str, rules: Rules) -> bool:
    """Whether `word` (a comparator, lowercased) is a verb of comparison a negation may
    follow before its figure in the language of `rules` (`_negated_verbs`)."""
    return word in _negated_verbs(rules.lang)


def _said_after(prior: list[str], words: set[str]) -> bool:
    """Whether the words `prior` end with one of `words`, each one word or several
    ("took", "erstreckt sich")."""
    last = prior[-1].lower()
    return last in words or any(
        " " in w and " ".join(prior[-len(w.split()) :]).lower() == w for w in words
    )


@lru_cache(maxsize=16)
def _article_re(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The articles after which a comparator of [hedges] no_article is a preposition before
    a figure that qualifies a noun: ``no_article_words`` (indefinite) and
    ``no_article_definite``, each as a pattern closing the text before the figure."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    if not hedges.get("no_article_words"):
        return None
    return (
        re.compile(rf"\s(?:{_alt(hedges['no_article_words'])})\s*$", re.I),
        re.compile(rf"\s(?:{_alt(hedges.get('no_article_definite', []))})\s*$", re.I),
    )


#: A year written as a figure alone ("2019"), with a word after it: "the 2019 rules".
_YEAR_BEFORE_WORD = _lazy(r"(?:1[89]|20)\d\d\s+[^\W\d_]")


def _a_preposition(v: Value, text: str, before: str, rules: Rules) -> bool:
    """Whether a comparator of [hedges] no_article before `v` (`before` ends with it and the
    words up to the figure) is a preposition: an article stands between them and the figure
    qualifies a noun, joined to it by a hyphen ("over a 30-minute window", "over the
    1,000-acre island", "über die 500-Meter-Strecke") or, after a definite article, as a
    year ("under the 2019 rules"). "under a hundred", "über die Hälfte" compare."""
    articles = _article_re(rules.lang)
    if articles is None or not articles[0].search(before):
        return False
    if "-" in v.text or text[v.end : v.end + 1] == "-":
        return True
    return bool(articles[1].search(before)) and _YEAR_BEFORE_WORD.match(text, v.start) is not None


def _not_after_zero(rules: Rules) -> dict[str, list[str]]:
    """The verbs after which a comparator before zero is part of the verb ("won over")."""
    words: dict[str, list[str]] = rules.data.get("hedges", {}).get("not_after_zero", {})
    return words


def _after_a_time(text: str, end: int, rules: Rules) -> bool:
    """Whether the text before `end` ends with a figure and a time unit ("7.52 seconds ").
    A match opens with the last digit before `end` (nothing after it is one): looked for
    there, back to that digit only, not over the whole text before `end`."""
    digit = end
    while digit > 0 and not text[digit - 1].isdecimal():  # `\d`: a decimal digit
        digit -= 1
    m = _AFTER_A_TIME.match(text, digit - 1, end) if digit else None
    if m is None:
        return False
    unit = rules.units.get(_key(m.group(1)))
    return unit is not None and _is_time(unit)


#: A figure and a unit closing the text before a comparator ("7.52 seconds over").
_AFTER_A_TIME = _lazy(r"\d\s*([^\W\d_]+\.?)\s*$")


def _after_a_race_word(text: str, end: int, rules: Rules) -> bool:
    r"""Whether the text before `end` ends with a word that names a race or its winning
    ([races] after_words: "wins ", "the race "): its last run of letters ([^\W\d_]),
    found back from `end`, not over the whole text before it."""
    words = rules.data.get("races", {}).get("after_words", [])
    if not words:
        return False
    stop = _stripped_end(text, end)
    start = stop
    while start > 0 and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1  # `[^\W\d_]`: alphanumeric ("_" is not), no decimal digit
    return start < stop and text[start:stop].lower() in words


def _a_race(v: Value, text: str, rules: Rules) -> bool:
    """Whether a distance after "über"/"over" names a race ("über 60 Meter Hürden"): one
    of the distances run, with no measure word after it ("über 3000 Meter hoch")."""
    if v.kind != "unit" or v.dim != "meter" or v.value not in rules.race_metres:
        return False
    after = _TOKEN.findall(text[v.end : v.end + 24].lower())
    return not (after and after[0] in rules.race_not_before)


_THRESHOLD = _lazy(r"(?<!\w)(?:the|der|die|das|den|dem|le|la|les|l'|el|los|las)(?!\w)|\w's\b", re.I)

_DIRECTED = {"number", "percent", "points", "money", "unit", "multiplier"}


def _bind_directions(reading: Reading, text: str, rules: Rules | None = None) -> None:
    """Give each value the direction word nearest to it in its clause, if any.

    Values are sorted by position; each direction looks only at its neighbours on either
    side (bisect), so binding is linear in the text, not directions × values. A verb of a
    count ([directions] count_up, count_down: "shed", "ouvrir") binds only a bare count
    close to it (`_count_gap`) and is no direction of the text otherwise.
    """
    if not reading.directions or not reading.values:
        if rules is not None and rules.directions_count_only and reading.directions:
            only = rules.directions_count_only
            reading.directions = [d for d in reading.directions if d[1].lower() not in only]
        return
    values = reading.values
    starts = [v.start for v in values]
    only = rules.directions_count_only if rules is not None else frozenset()
    for sign, word, pos in reading.directions:
        end = pos + len(word)
        i = bisect.bisect_left(starts, end)
        neighbours = values[max(0, i - 1) : i + 1]
        best, best_gap = None, 60
        lw = word.lower()
        counted = lw in only
        for v in neighbours:
            if v.kind not in _DIRECTED:
                continue
            if counted and (v.kind != "number" or not _count_gap(text, pos, end, v, rules, lw)):
                continue
            gap = v.start - end if pos < v.start else pos - v.end
            if 0 <= gap < best_gap and not re.search(r"[;.!?]\s", _between(text, pos, v)):
                best, best_gap = v, gap
        if best is not None and not best.direction:
            best.direction, best.direction_text = sign, word
            if (
                rules is not None
                and best.kind == "number"
                and lw in rules.count_verbs
                # a count verb's best count has passed `_count_gap` already
                and (counted or _count_gap(text, pos, end, best, rules, lw))
            ):
                best.count_changed = True  # "cut 120 stores": the change itself
    if only:
        reading.directions = [d for d in reading.directions if d[1].lower() not in only]


#: The words between a verb of a count and its count: at most three, in one clause.
_COUNT_GAP_WORDS = _lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_COUNT_OBJECT = _lazy(r"\s+([^\W\d_]+['’]?)")
_COUNT_GAP_BREAK = _lazy(r"[,;:.!?()\[\]\"“”«»、，。；：！？（）]")


def _count_gap(
    text: str, pos: int, end: int, v: Value, rules: Rules | None, word: str = ""
) -> bool:
    """Whether a verb of a count (at pos..end) governs the count `v`: "shed 100,000",
    "ouvrir près de 120", "4.000 Stellen streichen", "4000人を削減": at most three words
    apart (a few characters in Chinese and Japanese), with no break of the clause and no
    word of [directions] count_gap_stops ("closes at 6", "open until 6") between."""
    if pos < v.start:
        lo, hi = end, v.start
        if v.hedge_span and end <= v.hedge_span[0] < v.start:
            hi = v.hedge_span[0]
    else:
        lo, hi = v.end, pos
    if hi - lo > 40:
        return False  # looked at only when near: no slice of a long stretch
    gap = text[lo:hi]
    if _COUNT_GAP_BREAK.search(gap):
        return False
    if pos > v.start:
        after = _COUNT_OBJECT.match(text, end, end + 24)
        if after and rules is not None and after.group(1).lower() in rules.count_objects:
            return False  # "450 athletes created a good mood": the count is the subject
    if rules is not None and rules.cjk:
        return len(gap.strip()) <= 6
    words = _COUNT_GAP_WORDS.findall(gap)
    if len(words) > 3:
        return False
    if rules is None:
        return True
    stops = rules.count_gap_stops
    if pos < v.start and word in rules.count_nouns:
        stops = stops - rules.count_noun_joiners  # "the closure of 120 stores"
    return not any(w.lower() in stops for w in words)


def _between(text: str, pos: int, v: Value) -> str:
    return text[pos : v.start] if pos < v.start else text[v.end : pos]


# --- comparison -----------------------------------------------------------------------

_COMPATIBLE = {
    "number": {"number", "year", "percent", "money", "unit", "points", "multiplier"},
    "year": {"year", "date", "number", "decade"},
    "date": {"date", "year"},
    "decade": {"decade", "year", "date", "century"},
    "century": {"century", "year", "date", "decade"},
    "percent": {"percent"},
    "points": {"points", "percent"},
    "money": {"money"},
    "unit": {"unit"},
    "multiplier": {"multiplier"},
    "rank": {"rank"},
}
_NO_PERIOD = "the quote gives no period for its figure"


def _far_period(q: Value, readings: list[Reading], langs: list[str | None]) -> str | None:
    """The period a rate word names later in ``q``'s clause ("300 individual animals
    beaching themselves each year": "year"), too far from the figure to be read with it."""
    i = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if i is None:
        return None
    rules = rules_for(langs[i])
    if rules is None:
        return None
    text = readings[i].text
    clause = re.split(r"[.;:!?,\d\n]", text[q.end : q.end + 96], maxsplit=1)[0]
    for m in re.finditer(r"(?<!\w)\w", clause):
        ra = rules.rate_after_re.match(clause[m.start() :])
        if ra:
            gap = _TOKEN.findall(clause[: m.start() + ra.start("per")].lower())
            if rules.rate_breaks and not rules.rate_breaks.isdisjoint(gap[:-1]):
                return None  # "over almost a week": a span, no rate
            return rules.rate_per[_key(ra.group("per"))]
    return None


#: How far (in characters) before and after a count a word of its period may stand in its
#: clause (`_clause_period`: "jeden Monat 300 Tiere", "300 animals beaching themselves each
#: year").
_PERIOD_REACH = (40, 96)


@lru_cache(maxsize=64)
def _periodic_words(lang: str | None) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A language's words naming the period a count recurs in, wherever they stand in its
    clause ([rates] periodic: "each year", "jeden Monat", "chaque année", "每月", "毎年"):
    their pattern and the period each names; None without them."""
    rules = rules_for(lang)
    words = rules.data.get("rates", {}).get("periodic", {}) if rules is not None else {}
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in ordered)
    if rules is not None and rules.cjk:
        pattern = re.compile(f"(?:{alternation})")
    else:
        # Not "im Jahr 2019", "en el año 2000": a year after the words names no period.
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)(?!\s*\d)", re.I)
    return pattern, {w.lower(): p for w, p in words.items()}


def _clause_period(reading: Reading, v: Value, lang: str | None) -> str | None:
    """The one period a bare count `v` recurs in, named in its clause before or after it
    ([rates] periodic, or a rate's word after it: "jeden Monat 300 Tiere" is 300 a month,
    "300 individual animals beaching themselves each year" 300 a year); None where the
    clause names none, or more than one. Bounded by `_PERIOD_REACH`."""
    text = reading.text
    found: set[str] = set()
    words = _periodic_words(lang)
    lo = max(0, v.start - _PERIOD_REACH[0])
    before = text[lo : v.start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    cut = max([cut, *(m.end() for m in _CLAUSE_END.finditer(before))])
    hi = min(len(text), v.end + _PERIOD_REACH[1])
    after = text[v.end : hi]
    stop = min(
        [
            len(after),
            *(m.start() for m in [_CLAUSE_BREAK.search(after), _CLAUSE_END.search(after)] if m),
        ]
    )
    if words is not None:
        pattern, periods = words
        for m in pattern.finditer(before):
            # "Every month, 40 ships…": the comma closing the phrase opening the clause.
            rest = before[m.end() :]
            rest = rest[1:] if rest[:1] in ",，、" else rest
            if m.start() >= cut or (
                _CLAUSE_BREAK.search(rest) is None and _CLAUSE_END.search(rest) is None
            ):
                found.add(periods[m.group().lower()])
        for m in pattern.finditer(after, 0, stop):
            found.add(periods[m.group().lower()])
    rules = rules_for(lang)
    if rules is not None and not rules.cjk:
        clause = re.split(r"[\d\n]", after[:stop], maxsplit=1)[0]
        for m in re.finditer(r"(?<!\w)\w", clause):
            ra = rules.rate_after_re.match(clause[m.start() :])
            if ra:
                gap = _TOKEN.findall(clause[: m.start() + ra.start("per")].lower())
                if not rules.rate_breaks or rules.rate_breaks.isdisjoint(gap[:-1]):
                    found.add(rules.rate_per[_key(ra.group("per"))])
                break
    return found.pop() if len(found) == 1 else None


def _is_count(v: Value) -> bool:
    """Whether `v` is a bare count or a count per period ("300", "300 a year")."""
    return v.kind == "number" or (v.unit or "").startswith("count / ")


def _count_period(reading: Reading, v: Value, lang: str | None) -> str | None:
    """The period count `v` recurs in: a rate's own ("300 a year"), else the one its clause
    names (`_clause_period`)."""
    if (v.unit or "").startswith("count / "):
        return (v.unit or "").split(" / ", 1)[1]
    return _clause_period(reading, v, lang)


#: A year's four digits (`_unread_month_years`).
_YEAR_DIGITS = _lazy(r"(?<![\d.,])(?:1[0-9]|20)\d{2}(?![\d.,]\d|\d)")
#: A word right before or after a year, joined by at most two separators ("Juli-2022",
#: "2022/July", "July, 2022").
_WORD_BEFORE_YEAR = _lazy(r"([^\W\d_]+)\.?[\s,/-]{0,2}$")
_WORD_AFTER_YEAR = _lazy(r"[\s,/-]{0,2}([^\W\d_]+)")


def _unread_month_years(reading: Reading, rules: Rules | None) -> list[str]:
    """The years of the statement beside a month's name ("Juli/2022-Update") that no value
    read covers: a date the language's rules do not read, which must not be left out
    silently. Not in CJK languages (their dates are read by characters)."""
    if rules is None or rules.cjk or not rules.months:
        return []
    text = reading.text
    out = []
    for m in _YEAR_DIGITS.finditer(text):
        if any(v.start <= m.start() < v.end for v in reading.values):
            continue
        before = _WORD_BEFORE_YEAR.search(text, max(0, m.start() - 16), m.start())
        after = _WORD_AFTER_YEAR.match(text, m.end())
        word = next(
            (
                w.group(1)
                for w in (before, after)
                if w is not None and w.group(1).lower() in rules.months
            ),
            None,
        )
        if word is not None:
            lo = before.start() if before is not None and before.group(1) == word else m.start()
            hi = after.end() if after is not None and after.group(1) == word else m.end()
            out.append(text[lo:hi])
    return out


#: A token in Latin letters and digits, with the dots, slashes, colons and hyphens inside it
#: ("Statale 163", "M.2", "9/11", "13h55", "Q4", "X1"): how a name's or a code's number is
#: written alike in every language.
_CODE_TOKEN = _lazy(r"(?<![A-Za-z0-9_])[A-Za-z0-9_](?:[A-Za-z0-9_./:-]*[A-Za-z0-9_])?")


#: A word right before a code token ("Statale" of "Statale 163", "Gen" of "Gen 10").
_WORD_BEFORE_CODE = _lazy(r"([^\W\d_]{2,})[\s\u00a0]*$")


def _code_shape(token: str) -> str:
    """A code token with its digits as ``#`` ("M.2" and "M.3" give "m.#")."""
    return re.sub(r"\d+", "#", token.lower())


#: The characters `_written_apart` wants on neither side of a token: a lowercase text's
#: ASCII letters and digits.
_LOWER_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _written_apart(token: str, text: str) -> bool:
    """Whether `text` holds `token` with no ASCII lowercase letter or digit right before or
    right after it: ``re.search(rf"(?<![a-z0-9]){re.escape(token)}(?![a-z0-9])", text)``,
    by string searches (no pattern compiled for each token).

    >>> _written_apart("m.2", "the m.2 slot"), _written_apart("m.2", "am.2 or m.25")
    (True, False)
    """
    at = text.find(token)
    while at != -1:
        end = at + len(token)
        if text[at - 1 : at] not in _LOWER_ALNUM and text[end : end + 1] not in _LOWER_ALNUM:
            return True
        at = text.find(token, at + 1)
    return False


def _unread_codes(reading: Reading, quotes: Sequence[str]) -> tuple[list[tuple[str, str]], bool]:
    """The statement's tokens with a digit that no value read covers and that no quote
    writes alike, where a quote writes another of the same name: the same letters or
    separators around other digits ("M.3" for "M.2", "13h56" for "13h55", "19:45" for
    "18:45", "nov.2019" for "nov.2018") or,
    for digits alone, other digits after the same word ("Strada Statale 164" for "Strada
    Statale 163", "since 9/12" for "since 9/11"). A name's or a code's number is compared
    by no reader, and must not be passed over silently when the quote gives another. Each
    with the quote's token; and whether more than `MAX_STATEMENT_VALUES` such tokens were
    left unlooked-up (each is looked up in the whole quote: the cap keeps the work linear)."""
    text = reading.text
    out: list[tuple[str, str]] = []
    # The positions the values read cover, found once (not each token against each value).
    covered: set[int] | None = None
    theirs: list[tuple[str, str, str, int]] | None = None  # the quotes' tokens, read once
    lowered: list[str] | None = None
    looked_up = 0
    for m in _CODE_TOKEN.finditer(text):
        token = m.group()
        if not _DIGIT.search(token):
            continue
        if covered is None:
            covered = {i for v in reading.values for i in range(v.start, v.end)}
        if all(d.start() in covered for d in _DIGIT.finditer(text, m.start(), m.end())):
            continue  # every digit read ("2012-08-21" as a date), not "2012" of "2012-21-08"
        if looked_up == MAX_STATEMENT_VALUES:
            return out, True
        looked_up += 1
        low = token.lower()
        if lowered is None:
            lowered = [q.lower() for q in quotes]
        if any(_written_apart(low, q) for q in lowered):
            continue
        if theirs is None:
            theirs = [
                (t.group(), _code_shape(t.group()), q, t.start())
                for q in quotes
                for t in _CODE_TOKEN.finditer(q)
            ]
        shape = _code_shape(token)
        # Letters or a separator inside the token make its shape a name's own ("M.#",
        # "#h#", "#:#" of a time of day, "#-#-#" of an ISBN); digits alone need the word.
        lettered = any(ch.isalpha() or ch in ".:/-" for ch in token)
        before = _WORD_BEFORE_CODE.search(text, max(0, m.start() - 24), m.start())
        word = before.group(1).lower() if before is not None else None
        for other, other_shape, q, at in theirs:
            if other_shape != shape:
                continue
            if not lettered:
                prior = _WORD_BEFORE_CODE.search(q, max(0, at - 24), at)
                if word is None or prior is None or prior.group(1).lower() != word:
                    continue
            out.append((token, other))
            break
    return out, False


#: A capitalised word (a name's, perhaps) in the words before a figure (`_persons_unmatched`).
_CAPITALISED = _lazy(r"(?<![\w-])(?-i:[A-Z])[^\W\d_]+(?:-[^\W\d_]+)*(?!\w)")
#: A word in Latin letters (a name the quote may write alike), not a code ("U20").
_LATIN_WORD = _lazy(r"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])")
#: How far before a figure its person's name may stand in its clause.
_NAMED_FIGURE_REACH = 40


def _persons_unmatched(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether a statement in Chinese or Japanese script, no Latin word in it, meets a
    quote in Latin script whose sentence gives two or more figures of `q`'s kind (ranks, or
    times), each after a capitalised word in its clause that is no function word: the
    figures of several named people ("Shelton siegte in 7,81 sek, Julian in 8,15 sek"),
    of which a transliterated name ("尤利安") cannot say whose the statement's is."""
    if not _has_cjk(stated.text) or _LATIN_WORD.search(stated.text):
        return False
    i = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if i is None or _has_cjk(readings[i].text):
        return False
    owner = readings[i]
    rules = rules_for(langs[i])
    function_words = (rules.function_words if rules is not None else None) or frozenset()
    text = owner.text
    # Sentence ends, not an ordinal's point ("den 2. Platz").
    ends = [
        m
        for m in _CLAUSE_END.finditer(text)
        if m.group() in ".!?;。！？；" and not (m.start() and text[m.start() - 1].isdigit())
    ]
    start = max((m.end() for m in ends if m.end() <= q.start), default=0)
    stop = min((m.start() for m in ends if m.start() >= q.end), default=len(text))
    named = 0
    # The skeletons of the statement's katakana names ("シェルトン": "srtn"), which a Latin
    # name may match ("Shelton"): then the figure beside that name is the person's.
    kana = {
        k for m in _KATAKANA_RUN.finditer(stated.text) if len(k := _kana_skeleton(m.group())) >= 3
    }
    own = False
    for v in owner.values:
        if not start <= v.start < stop or v.kind != q.kind or v.dim != q.dim:
            continue
        lo = max(start, v.start - _NAMED_FIGURE_REACH)
        cut = max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, v.start)), default=lo)
        words = [
            m.group()
            for m in _CAPITALISED.finditer(text, cut, v.start)
            if m.group().lower() not in function_words
        ]
        if words:
            named += 1
        if v is q and kana and any(_latin_skeleton(w) in kana for w in words):
            own = True
    return named >= 2 and not own


#: A run of katakana (a transliterated name, perhaps), its long vowel mark and middle dot.
_KATAKANA_RUN = _lazy(r"[ァ-ヺー・]{2,}")
#: Each katakana's consonant, as a Latin name's is written after `_latin_skeleton`'s
#: folding (l as r, w as v, z and ts as s, j as y; h and the vowels silent).
_KANA_CONSONANTS = {
    **dict.fromkeys("カキクケコ", "k"),
    **dict.fromkeys("ガギグゲゴ", "g"),
    **dict.fromkeys("サシスセソザズゼゾジツ", "s"),
    **dict.fromkeys("タテトチ", "t"),
    **dict.fromkeys("ダデドヂヅ", "d"),
    **dict.fromkeys("ナニヌネノン", "n"),
    **dict.fromkeys("フ", "f"),
    **dict.fromkeys("バビブベボ", "b"),
    **dict.fromkeys("パピプペポ", "p"),
    **dict.fromkeys("マミムメモ", "m"),
    **dict.fromkeys("ヤユヨ", "y"),
    **dict.fromkeys("ラリルレロ", "r"),
    **dict.fromkeys("ヴワ", "v"),
}


def _kana_skeleton(kana: str) -> str:
    """A katakana name's consonants ("シェルトン": "srtn", "グヴィズデク": "gvsdk"), repeats
    run together."""
    out = [_KANA_CONSONANTS.get(c, "") for c in kana]
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def _latin_skeleton(word: str) -> str:
    """A Latin name's consonants folded as `_KANA_CONSONANTS` writes them ("Shelton":
    "srtn", "Gwizdek": "gvsdk", "Lorenz": "rns"), repeats run together."""
    w = word.lower()
    for a, b in (("sch", "s"), ("ck", "k"), ("tz", "s"), ("ts", "s"), ("ph", "f")):
        w = w.replace(a, b)
    w = w.translate(_LATIN_FOLD)
    # The vowels, h and a y inside the name are silent; a y opening it is a consonant
    # ("Julian": "yrn", as "ユリアン").
    head = "y" if w.startswith("y") else ""
    w = head + re.sub(r"[aeiouhäöüéèy-]", "", w[len(head) :])
    return re.sub(r"(.)\1+", r"\1", w)


#: The letters `_latin_skeleton` folds, as katakana write their sounds.
_LATIN_FOLD = str.maketrans("lwzcqj", "rvskky")


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


def _compare_far_period(
    s: Value, q: Value, readings: list[Reading], langs: list[str | None]
) -> tuple[str, str]:
    """A count per period (``s``) against a bare count whose period, if any, is said
    further on in the quote ("300 individual animals beaching themselves each year")."""
    per = _far_period(q, readings, langs)
    owner = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if per is None and owner is not None:
        # "Each year, 300 animals…": the period before the figure in its clause.
        per = _clause_period(readings[owner], q, langs[owner])
    if per is None:
        return "missing", _NO_PERIOD
    mine = (s.unit or "").split(" / ", 1)[1]
    written = replace(s, value=(s.value - s.offset) / s.factor, precision=s.precision / s.factor)
    verdict, note = _compare_numbers(written, q, same_unit=True)
    if per != mine:
        days = (_PERIOD_DAYS.get(mine), _PERIOD_DAYS.get(per))
        if days[0] and days[1]:
            scaled = replace(q, value=q.value * days[0] / days[1], precision=0.0)
            if _compare_numbers(written, scaled, same_unit=True)[0] in ("match", "overstated"):
                # "about 3,000 every decade" for "300 … each year": the rate converted, a
                # figure the reader works out.
                return "missing", f"the quote's figure is per {per}; per {mine} it is worked out"
        return "contradicted", f"the quote's figure is per {per}, not {mine}"
    return verdict, note


#: The length of a period in days, for a rate per one period against a rate per another.
_PERIOD_DAYS = {
    "day": 1.0,
    "week": 7.0,
    "month": 30.4375,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}


_RANK = {"match": 0, "overstated": 1, "missing": 2, "contradicted": 3}


def _moved(
    s: Value, q: Value, other: Value, word: str, published: date | None, otherwise: str
) -> tuple[Value, str, str]:
    """The comparison moved from ``q`` to ``other``, the figure a word of the statement
    (``word``) goes with in the quote: ``(other, verdict, note)`` when ``other`` meets
    ``s``; else ``otherwise`` ("contradicted": against ``other``; "missing": left to a
    person, ``q`` kept) with a note naming the tie."""
    verdict, note = _compare(s, other, published)
    if verdict in ("match", "overstated"):
        return other, verdict, note
    note = f"in the quote {word!r} goes with {other.shown!r}, not {q.shown!r}"
    return (other if otherwise == "contradicted" else q), otherwise, note


#: Characters of a time unit or an age after a bare figure in Chinese or Japanese text.
_CJK_TIME_CHARS = frozenset("年月日天周週时時小分秒岁歲歳才")


def _bare_figure_counts(q: Value, readings: list[Reading], langs: list[str | None]) -> str | None:
    """The word a bare quote figure counts, when a word stands right after it that is no
    word an age or a time may be followed by ([ages] after: "21 at the time", "21 when"):
    "7 characters", "5 times", "7 Zeichen", "7名". None when the figure ends its clause,
    such a word, a name or an abbreviation follows it ("16 BBC", "4 Min"; a capitalized
    word but in German, whose nouns are), or the quote's language has no such list."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[readings.index(owner)] if owner in readings else None
    after = owner.text[q.end : q.end + 40]
    if _has_cjk(after[:1]):
        return None if after[:1] in _CJK_TIME_CHARS else after[:1]
    m = _WORD_AFTER_BARE.match(after)
    if m is None:
        return None
    allowed = _word_list_re(lang, "ages", "after")
    if allowed is None:
        return None
    word = m.group(1)
    if word.isupper() or (word[0].isupper() and _base(lang) != "de"):
        return None  # a name ("16 BBC"), or an abbreviation ("4 Min"): no noun it counts
    return None if allowed.fullmatch(word) else word


#: A word of three letters or more right after a figure, one space or none between.
_WORD_AFTER_BARE = re.compile(r"[ \u00a0\u202f]?([^\W\d_]{3,})")


def _compare(s: Value, q: Value, published: date | None) -> tuple[str, str]:
    """How quote value ``q`` stands to statement value ``s``: (verdict, note)."""
    if s.kind == "unit" and q.kind == "number" and (s.unit or "").startswith("count / "):
        # "300 animals a month" for a bare "300": the count per period against a count
        # leaves the period uncompared (see _far_period for one said further on).
        return "missing", _NO_PERIOD
    if s.kind == "unit" and q.kind == "number" and not _is_time(s.dim or ""):
        # "87 kilobytes" for a bare "87": which magnitude the quote means, it does not say.
        return "missing", f"the quote's figure has no unit ({s.unit})"
    if s.kind == "unit" and q.kind == "number":
        # "Roof tinha 21 anos" for "Roof, who was 21": the unit as written, the same figure.
        written = replace(
            s, value=(s.value - s.offset) / s.factor, precision=s.precision / s.factor
        )
        return _compare_numbers(written, q, same_unit=True)
    if s.kind in ("decade", "century"):
        return _compare_periods(s, q)
    if s.kind == "relative":
        return _compare_relative(s, q, published)
    if s.kind == "year" and q.kind == "number" and q.text.isdigit() and s.label != "year":
        # "murieron 2000 personas" against "más de 2000": a count, whatever its digits.
        return _compare_numbers(replace(s, kind="number"), q, same_unit=True)
    if s.kind in ("date", "year") or q.kind == "date":
        return _compare_dates(s, q, published)
    if s.kind == "rank":
        return ("match", "") if s.value == q.value else ("contradicted", "")
    if s.kind == "number" and q.kind in ("unit", "money") and q.kind != s.kind:
        # An unqualified number in the statement ("23.7 billion") against "23,7 Milliarden
        # Euro" or "40 years": compare what is written, before any unit conversion.
        if q.factor != 1.0 or q.offset:
            q = replace(
                q,
                value=(q.value - q.offset) / q.factor,
                precision=q.precision / q.factor,
                factor=1.0,
                offset=0.0,
            )
        return _compare_numbers(s, q, same_unit=True)
    if s.dim != q.dim and s.kind != "number":
        if s.kind == "points" and q.kind == "percent":
            return "contradicted", "percentage points are not percent"
        return "contradicted", f"{s.dim} is not {q.dim}"
    counts, quoted_counts = _out_of(s), _out_of(q)
    if counts and quoted_counts and (counts[1] != quoted_counts[1] or not (s.hedge or q.hedge)):
        # "14 sur 64" for "7 out of 32": a count out of a total is two counts, not the share
        # they make (which meets a percentage only: "22 %"). Out of one total, a hedged
        # count is compared as the share, which compares the counts ("about 14 of 64").
        if counts == quoted_counts:
            return "match", ""
        return "contradicted", "a count out of a total is compared as two counts"
    verdict = _compare_numbers(s, q, same_unit=s.kind != "unit" or s.unit == q.unit)
    if verdict[0] in ("match", "overstated") and _unit_swapped(s, q):
        # "over 1,500 yards" for "1500 Metern": true by conversion, but the figure is the
        # quote's with another unit put to it.
        return "contradicted", f"the quote's figure is in {q.unit}, not {s.unit}"
    return verdict


def _compare_relative(s: Value, q: Value, published: date | None) -> tuple[str, str]:
    """A time counted from the page's date ("last year", "vor zwei Jahren") against the
    quote's same kind of words, or against its date placed by the page's date."""
    if q.kind == "relative":
        if s.unit != q.unit or s.unit == "calendar" and s.dim != q.dim:
            return "missing", f"{q.text!r} counts otherwise than {s.text!r}"
        if s.unit == "calendar":
            return ("match", "") if s.value == q.value else ("contradicted", "")
        # "vor elf Monaten" for "vor knapp einem Jahr": the durations counted back.
        ds, dq = _ago_duration(s), _ago_duration(q)
        assert ds is not None and dq is not None
        return _compare(ds, dq, published)
    if published is None:
        return "missing", f"the page's date is unknown: {s.text!r} names no date"
    qy, qm, qd = q.ymd or (None, None, None)
    if q.kind == "year" and qy is None:
        qy = int(q.value)
    n, unit = int(s.value), s.dim
    place = f"{s.text!r} on a page dated {published.isoformat()}"
    if s.hedge is not None or s.value != n:
        return "missing", f"{place} is no one date"
    if unit == "year":
        year = published.year + n
        if qy is None:
            return "missing", "the quote gives no year"
        if qy == year:
            return "match", f"{place} is {year}"
        if s.unit == "ago" and abs(qy - year) == 1:
            return "missing", f"{place} is about {year}"
        return "contradicted", f"{place} is {year}"
    if unit == "month":
        months = published.year * 12 + published.month - 1 + n
        year, month = divmod(months, 12)
        month += 1
        if qm is None:
            if qy is not None and qy != year:
                return "contradicted", f"{place} is {year}-{month:02d}"
            return "missing", "the quote gives no month"
        if qy is None:
            qy = year if q.context_years in (frozenset(), frozenset({year})) else None
        if qy is None:
            return "missing", "the quote gives no year"
        off = (qy * 12 + qm - 1) - (year * 12 + month - 1)
        if off == 0:
            return "match", f"{place} is {year}-{month:02d}"
        if s.unit == "ago" and abs(off) == 1:
            return "missing", f"{place} is about {year}-{month:02d}"
        return "contradicted", f"{place} is {year}-{month:02d}"
    if unit in ("week", "day"):
        target = published + timedelta(days=n * (7 if unit == "week" else 1))
        if qy is None and q.context_years in (frozenset(), frozenset({target.year})):
            qy = target.year  # "Feb. 29" on a page of March 2020: its year
        if qy is None or qm is None or qd is None:
            if qm is not None:
                off = ((qy or target.year) - target.year) * 12 + qm - target.month
                if abs(off) > 1:
                    return "contradicted", f"{place} is {target.isoformat()}"
            return "missing", "the quote gives no day"
        try:
            day = date(qy, qm, qd)
        except ValueError:
            return "missing", ""
        if unit == "day" or s.unit == "calendar":
            same = (
                day == target
                if unit == "day"
                else day.isocalendar()[:2] == target.isocalendar()[:2]
            )
            if same:
                return "match", f"{place} is {target.isoformat()}"
            return "contradicted", f"{place} is {target.isoformat()}"
        gap = abs((day - target).days)
        if gap <= 3:
            return "match", f"{place} is about {target.isoformat()}"
        if gap <= 7:
            return "missing", f"{place} is about {target.isoformat()}"
        return "contradicted", f"{place} is about {target.isoformat()}"
    return "missing", f"{place} names no date"


def _unit_swapped(s: Value, q: Value) -> bool:
    """Whether a hedged or compared measurement of the statement writes the quote's figure
    with another unit of its dimension ("über 1.500 Yards" for "1500 Metern")."""
    if s.kind != "unit" or q.kind != "unit" or s.hedge is None or s.unit == q.unit:
        return False
    if not s.unit or not q.unit or not s.factor or not q.factor or s.offset or q.offset:
        return False
    written_s, written_q = s.value / s.factor, q.value / q.factor
    return _close(written_s, written_q) and not _close(s.value, q.value)


def _inside(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Interval a within interval b."""
    alo, ahi, alo_open, ahi_open = a
    blo, bhi, blo_open, bhi_open = b
    lo_ok = alo > blo or (alo == blo and (not blo_open or alo_open))
    hi_ok = ahi < bhi or (ahi == bhi and (not bhi_open or ahi_open))
    return lo_ok and hi_ok


def _overlap(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    alo, ahi, alo_open, ahi_open = a
    blo, bhi, blo_open, bhi_open = b
    if ahi < blo or bhi < alo:
        return False
    if ahi == blo and (ahi_open or blo_open):
        return False
    if bhi == alo and (bhi_open or alo_open):
        return False
    return True


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _compare_numbers(s: Value, q: Value, *, same_unit: bool) -> tuple[str, str]:
    si, qi = s.interval(), q.interval()
    if s.hedge in ("more_than", "less_than") and 0 < q.precision < 0.5:
        # "above 3" for "3.4388": a bound on a measure, not "4 or more" of a count.
        si = replace(s, precision=0.0).interval()
    if s.hedge is None and q.hedge is None:
        if _close(s.value, q.value):
            step = 2 * q.precision
            round_figure = (
                s.precision >= 0.5 and step > 0 and _close(s.value / step, round(s.value / step))
            )
            if same_unit and 0 < s.precision < q.precision and not round_figure:
                # "35,012" for "3.5万" adds digits the quote lacks; "35,000" only zeros.
                return "overstated", "the statement is more precise than the quote"
            return "match", ""
        gap = abs(s.value - q.value)
        # Rounding half up: 3.65 rounds to 3.7, but 1.5 years is not "2 years" (a tie is
        # no rounding a reader would accept), so the gap must be strictly inside.
        slack = s.precision * (1 - 1e-9) if same_unit else (s.precision + q.precision) * (1 + 1e-9)
        if not same_unit and gap >= s.precision and gap > 0.01 * max(abs(s.value), abs(q.value)):
            # "250 km/h" is "155 mph" (0.2% apart), but "two years" is not "18 months":
            # both roundings together may bridge a conversion, never a quarter of it.
            slack = 0.0
        if gap and s.kind == "percent" and q.kind == "percent" and s.value in (0.0, 100.0):
            # "available 100% of the time" for "99.9% available": all (or none) is never
            # the rounding of a share short of it.
            return "contradicted", _magnitude(s, q)
        if gap < slack:
            return "match", "rounded" if same_unit else "converted and rounded"
        if gap <= q.precision * (1 + 1e-9):
            if s.label == "fraction":
                return "match", "rounded"  # "a third" for "33%"
            return "overstated", "the statement is more precise than the quote"
        return "contradicted", _magnitude(s, q)
    if q.hedge is None and s.hedge == "from":
        # "rates start at $50" states the lowest rate: a figure, not a bound ($500 is no
        # rate "starting at $50").
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None and s.hedge == "within":
        # "within 24 hours before the flight" names a period: 12 hours is another one,
        # though less than 24 ("within two standard deviations" is not one).
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None and s.hedge in ("up_to", "at_most") and q.range_top:
        # "up to $4,200" for "from $500 to $2,400": the quote states the maximum, and a
        # stated maximum is a figure (see the module's table), not a bound on it.
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None:
        point = (q.value - q.precision, q.value + q.precision, False, False)
        if _inside((q.value, q.value, False, False), si) or (q.precision and _inside(point, si)):
            if s.hedge == "up_to" and abs(q.value) * 2 < abs(s.value):
                # "as much as $1.5 trillion" for "$150 billion": a stated maximum names a
                # figure near it (see the module's table); a tenth of it or less is another
                # figure, and one under half of it is a person's call.
                if abs(q.value) * 10 <= abs(s.value):
                    return "contradicted", _magnitude(s, q)
                return "missing", f"far below {s.hedge_text[:-1]!r}"  # type: ignore[index]
            return "match", f"within {s.hedge_text[:-1]!r}" if s.hedge_text else ""
        return "contradicted", _magnitude(s, q)
    # The quote is hedged.
    if s.label == "fraction" and q.label != "fraction" and abs(s.value - q.value) <= q.precision:
        # "up to two thirds" for "最大67%": the fraction is the quote's rounded figure.
        s = replace(s, value=q.value)
        si = s.interval()
    if (
        s.hedge is not None
        and not _close(s.value, q.value)
        and _HEDGE_FAMILY.get(s.hedge) == _HEDGE_FAMILY.get(q.hedge or "")
        and _HEDGE_FAMILY.get(s.hedge) in ("above", "below")
    ):
        if _inside(qi, si) and _inside(si, qi):
            return "match", ""  # the same bound in other words: "at most 2", "fewer than 3"
        # "at least 15" against "at least 17", "less than 48 hours" against "less than
        # twenty-four": the quote's bound implies the statement's, which is true; a bound
        # the quote's does not imply ("more than 20" for "more than 15") is contradicted,
        # and so is another maximum ("up to 15 years" for "up to 10 years": a ceiling
        # is a stated figure, not a bound on an unknown one), and so is another threshold
        # ("beyond the 3.5% limit" for "beyond 3.67 percent").
        if (
            _inside(qi, si)
            and not (s.threshold or q.threshold)
            and "up_to" not in (s.hedge, q.hedge)
            and "at_most" not in (s.hedge, q.hedge)
            # "within 48 hours" for "less than 24 hours": a period's bound implied by the
            # quote's bound on an unknown time; the quote's own "within 5 seconds" is a
            # stated ceiling, a figure, as above.
            and ("within" not in (s.hedge, q.hedge) or (s.hedge, q.hedge) == _WITHIN_IMPLIED)
        ):
            said = q.hedge_text[:-1] if q.hedge_text else ""
            low, high = sorted((abs(s.value), abs(q.value)))
            if high <= 2 * low:
                return "match", f"implied by {said!r}"
            if _same_written_other_unit(s, q):
                # "at least 15 seconds" for "a minimum of 15 minutes", "mehr als 40 Monate"
                # for "超过40年": the quote's figure, written with another unit of its
                # dimension; the weaker bound is a misstatement, not a paraphrase.
                return "contradicted", "the same figure in another unit"
            # "fewer than 100" for "less than 10": implied, but so much weaker that it may
            # be another figure (a threshold, a criterion): a person decides.
            return "missing", f"implied by {said!r}, but far weaker than the quote's bound"
        return "contradicted", _magnitude(s, q)
    if q.loose and not (
        s.hedge in (None, "about") and _inside((s.value, s.value, False, False), qi)
    ):
        # "five years" for "for decades": the plural may measure nothing; not compared.
        return "missing", f"the quote says only {q.text!r}"
    if q.span is not None and s.hedge in (None, "about"):
        # "300" against "hundreds": inside the range, but more precise than the quote. The
        # figure itself is what must be inside: "20,000" is among "tens of thousands". An
        # estimate ("about 300", "some 40,000") still names a figure the quote does not.
        if _inside((s.value, s.value, False, False), qi):
            return "overstated", f"the quote says only {q.text!r}"
        return "contradicted", ""
    family, q_family = _HEDGE_FAMILY.get(s.hedge or ""), _HEDGE_FAMILY.get(q.hedge or "")
    if _close(s.value, q.value) and {family, q_family} == {"above", "below"}:
        # "at least 10 years" against "a maximum of 10 years": opposite bounds.
        return "contradicted", f"{s.hedge_text[:-1]!r} against {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if (
        s.hedge in ("at_least", "more_than", "just_over", "odd")
        and q.hedge == "nearly"
        and s.value >= q.value * (1 - 1e-9)
        or s.hedge == "nearly"
        and q.hedge in ("at_least", "more_than", "just_over", "odd")
        and q.value >= s.value * (1 - 1e-9)
    ):
        # "5年以上" against "ほぼ5年": at least five against just under five; "vor gut
        # einem Jahr" (a little over a year) against "vor knapp einem Jahr" (just under).
        return "contradicted", f"{s.hedge_text[:-1]!r} against {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if s.hedge is None and _close(s.value, q.value):
        # "5年" for "ほぼ5年": within its rounding, but the quote was less sure.
        return "overstated", f"the statement drops the quote's {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if _inside(qi, si):
        return "match", ""
    if family == q_family == "about" and _inside((q.value, q.value, False, False), si):
        return "match", ""  # "about 29 km" and "about 18 miles": the same estimate
    if _close(s.value, q.value) and s.hedge == "just_over" != q.hedge:
        # "just over 500" for "more than 500": the quote does not say by how much.
        return "overstated", "the statement is more precise than the quote"
    if _close(s.value, q.value) and (s.hedge == q.hedge or family == q_family):
        return "match", ""  # "up to a decade" is "a maximum of 10 years"
    if s.hedge is None and q_family in ("above", "below"):
        # "20 hours" for "less than twenty-four hours": inside the bound, more precise.
        if _inside(si, qi):
            return "overstated", "the statement is more precise than the quote"
        return "contradicted", _magnitude(s, q)
    if (
        family in ("above", "below")
        and q_family == "about"
        and not _close(s.value, q.value)
        and not _inside((q.value, q.value, False, False), si)
    ):
        # "more than 90%" for "roughly 85%": the quote's estimate itself lies on the other
        # side of the statement's bound; near it, but the bound is not what the quote says.
        return "contradicted", f"{q.hedge_text[:-1]!r} is outside the statement's bound"  # type: ignore[index]
    if _overlap(qi, si) and abs(s.value - q.value) <= 0.1 * max(abs(s.value), abs(q.value)):
        return "overstated", "the statement is more certain than the quote"
    return "contradicted", _magnitude(s, q)


#: A statement's "within" and the quote's bound that implies it (`_compare_numbers`).
_WITHIN_IMPLIED = ("within", "less_than")

_HEDGE_FAMILY = {
    "about": "about",
    "nearly": "nearly",
    "up_to": "below",
    "at_most": "below",
    "within": "below",
    "less_than": "below",
    "at_least": "above",
    "more_than": "above",
    "just_over": "above",
    "odd": "above",
    "from": "above",
}


def _bound_met(s: Value, q: Value, other: Value) -> bool:
    """Whether a measurement's bound ("within a day", "under 2 km") meets the quote's bound
    of the same side on the same amount ("less than 24 hours"), which `other`, a figure
    without that bound, does not: no word beside `other` makes it the statement's."""
    side = _HEDGE_FAMILY.get(s.hedge or "")
    return (
        s.kind == "unit"
        and s.hedge in _BOUNDS
        and q.kind == "unit"
        and q.dim == s.dim
        and side is not None
        and _HEDGE_FAMILY.get(q.hedge or "") == side
        and _close(q.value, s.value)
        and _HEDGE_FAMILY.get(other.hedge or "") != side
    )


def _same_written_other_unit(s: Value, q: Value) -> bool:
    """Whether `s` and `q` are measurements of one dimension written with the same figure
    but different units ("15 seconds", "15 minutes"; "40個月", "40年")."""
    if s.kind != "unit" or q.kind != "unit" or s.dim != q.dim or not (s.factor and q.factor):
        return False
    if _close(s.factor, q.factor):
        return False
    return _close((s.value - s.offset) / s.factor, (q.value - q.offset) / q.factor)


def _magnitude(s: Value, q: Value) -> str:
    if s.value and q.value and s.kind == "unit" and s.dim == q.dim:
        ratio = q.value / s.value
        if ratio >= 10 or ratio <= 0.1:
            return f"{ratio:g}× the statement's value" if ratio >= 1 else f"1/{1 / ratio:g} of it"
    return ""


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


def _compare_dates(s: Value, q: Value, published: date | None) -> tuple[str, str]:
    sy, sm, sd = s.ymd or (None, None, None)
    if q.kind == "decade":
        if sy is not None and q.value <= sy < q.value + 10:
            # "in 1985" against "in the 80s": the quote does not say which year.
            return "missing", "the quote gives only the decade"
        return "contradicted", ""
    qy, qm, qd = q.ymd or (None, None, None)
    note = ""
    if qy is None and sy is not None and (qm is not None):
        if published is not None:
            # A day and month on a dated page: its year, the next (a coming date earlier
            # in the year) or the last (a date later in the year than the page).
            years = {published.year}
            if (qm, qd or 1) < (published.month, published.day):
                years.add(published.year + 1)
            if (qm, qd or 1) > (published.month, published.day):
                years.add(published.year - 1)
            # Wholly before or after the page's day (a month alone: the whole month).
            today = (published.month, published.day)
            before = ((qm, qd) if qd is not None else (qm, 32)) < today
            after = ((qm, qd) if qd is not None else (qm, 0)) > today
            shifted = (
                published.year + 1
                if q.tense > 0 and before
                else published.year - 1
                if q.tense < 0 and after
                else None
            )
            if shifted is not None:
                # "is scheduled for Feb. 14" on a page of November: the coming February,
                # next year; "took place on Dec. 3" on a page of March: last December.
                tense = "coming" if shifted > published.year else "past"
                if sy == shifted:
                    qy = sy
                    note = f"the year {sy} of {q.text!r}, a {tense} date, comes from the page"
                elif sy in q.context_years:
                    return "missing", f"the quote gives no year for {q.text!r}"
                else:
                    return (
                        "contradicted",
                        f"the page, dated {published.isoformat()}, puts {tense} {q.text!r} "
                        f"in {shifted}",
                    )
            elif sy == published.year:
                qy, note = sy, f"the year {sy} of {q.text!r} comes from the publication date"
            elif sy in years and sy not in q.context_years:
                return (
                    "missing",
                    f"the quote gives no year, and {sy} is only a guess from the page's date",
                )
            elif sy not in q.context_years:
                return (
                    "contradicted",
                    f"the page, dated {published.isoformat()}, puts it in {published.year}",
                )
        if qy is None and sy in q.context_years:
            # "the 2015 season on 17 April": the year stands elsewhere in the same quote.
            qy, note = sy, f"the year {sy} of {q.text!r} stands elsewhere in the quote"
    if sy is not None and qy is not None and "about" in (s.hedge, q.hedge) and s.kind == "year":
        # "around 2001", "大约1986年", "circa 2011": a year or two either way.
        if abs(sy - qy) > _YEAR_HEDGE:
            return "contradicted", ""
        if s.hedge == "about":
            return "match", f"within {_YEAR_HEDGE:g} years of {sy}"
        return "overstated", f"the quote says only about {qy}"
    if sy is not None and qy is not None and sy != qy:
        return "contradicted", ""
    if sm is not None and qm is not None and sm != qm:
        return "contradicted", ""
    if sd is not None and qd is not None and sd != qd:
        return "contradicted", ""
    if s.part and q.part and s.part != q.part:
        if _PART_MONTHS.get(s.part, frozenset()) & _PART_MONTHS.get(q.part, frozenset()):
            # "early 2019" and "spring 2019" overlap in March and April: not the same words.
            return "missing", f"{s.part} and {q.part} overlap only in part"
        return "contradicted", f"{s.part} is not {q.part}"
    if s.part and qm is not None and not _in_part(qm, s.part):
        return "contradicted", f"month {qm} is not {s.part} in the year"
    if q.part and sm is not None and not _in_part(sm, q.part):
        return "contradicted", f"month {sm} is not {q.part} in the year"
    if s.part and not q.part and qm is None:
        return "overstated", "the quote does not say which part of the year"
    if {s.hedge, q.hedge} == {"by", "not_before"}:
        # "frühestens im März 2015" for "bis spätestens März 2015": opposite sides of the date.
        return "contradicted", f"{s.hedge_text[:-1]!r} against {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if q.hedge == "by" and s.hedge != "by":
        return "overstated", f"the quote gives {q.hedge_text[:-1]!r} the date"  # type: ignore[index]
    # Agreeing so far: does the quote say all the statement says?
    if (
        (sy is not None and qy is None)
        or (sm is not None and qm is None)
        or (sd is not None and qd is None)
    ):
        if sy is not None and qy is None:
            return "missing", "the quote gives no year"
        return "overstated", "the statement is more precise than the quote"
    return "match", note


#: The months of each part of a year: early (Jan-Apr), mid (Apr-Sep), late (Sep-Dec), and
#: the seasons as the northern hemisphere counts them (winter is December to February).
_PART_MONTHS = {
    "early": frozenset(range(1, 5)),
    "mid": frozenset(range(4, 10)),
    "late": frozenset(range(9, 13)),
    "spring": frozenset((3, 4, 5)),
    "summer": frozenset((6, 7, 8)),
    "autumn": frozenset((9, 10, 11)),
    "winter": frozenset((12, 1, 2)),
}


def _in_part(month: int, part: str) -> bool:
    """Whether a month lies in a part of the year (early, mid, late, or a season)."""
    months = _PART_MONTHS.get(part)
    return months is None or month in months


#: The years of a century each of its parts reaches: early, mid, late (overlapping).
_CENTURY_PARTS = {"early": (0, 40), "mid": (30, 70), "late": (60, 100)}


def _in_century_part(offset: float, part: str) -> bool:
    """Whether the year `offset` years into a century lies in its part ("mid": 30 to 69)."""
    lo, hi = _CENTURY_PARTS.get(part, (0, 100))
    return lo <= offset < hi


def _compare_periods(s: Value, q: Value) -> tuple[str, str]:
    if s.kind == "century":
        start = (int(s.value) - 1) * 100
        if q.kind == "century":
            if s.value != q.value or (s.part and q.part and s.part != q.part):
                return "contradicted", ""
            if s.part and not q.part:
                return "overstated", "the quote does not say which part of the century"
            return "match", ""
        year = q.value if q.kind != "date" else float((q.ymd or (0,))[0] or 0)
        if q.kind == "decade":
            year = q.value
        if not (start < year <= start + 100 or start <= year < start + 100):
            return "contradicted", ""
        if s.part and q.kind != "decade" and not _in_century_part(year - start, s.part):
            # "Anfang des 19. Jahrhunderts" for 1885: the century, not its part.
            return "contradicted", f"{int(year)} is not in the {s.part} part of the century"
        return "match", ""
    decade = int(s.value)
    if q.kind == "century":
        if decade % 100 == 0 and not s.part:
            # "the 1600s" is the 17th century.
            return ("match", "") if decade // 100 + 1 == q.value else ("contradicted", "")
        if (int(q.value) - 1) * 100 <= decade < int(q.value) * 100:
            return "overstated", "the quote gives only the century"
        return "contradicted", ""
    if decade % 100 == 0 and decade < 2000 and q.kind in ("decade", "year", "date"):
        # "the mid-1800s" is the middle of the century, not of its first decade: a year
        # of the century in the part named matches ("1855"); one of the first decade does
        # in any case.
        year = q.value if q.kind != "date" else float((q.ymd or (0,))[0] or 0)
        if decade + 10 <= year < decade + 100 and (q.kind != "decade" or not q.part):
            if s.part and not _in_century_part(year - decade, s.part):
                return "contradicted", f"{int(year)} is not the {s.part} {decade}s"
            return "match", ""
    if q.kind == "decade":
        if int(q.value) != decade:
            return "contradicted", ""
        if s.part and q.part and s.part != q.part:
            return "contradicted", ""
        if s.part and not q.part:
            return "overstated", "the quote does not say which part of the decade"
        return "match", ""
    year = q.value if q.kind != "date" else float((q.ymd or (0,))[0] or 0)
    if not decade <= year < decade + 10:
        return "contradicted", ""
    offset = year - decade
    if s.part == "early" and offset > 4 or s.part == "late" and offset < 5:
        return "contradicted", f"{int(year)} is not the {s.part} {decade}s"
    if s.part == "mid" and not 2 <= offset <= 7:
        return "contradicted", f"{int(year)} is not the mid-{decade}s"
    return "match", ""


#: At most this many of the statement's names are looked for in the quote.
_MAX_NAMES = 12
_NAME = _lazy(r"(?<!\w)[^\W\d_][^\W_]*[^\W\d_](?!\w)")


def _rank_of_the_named(
    statement: str, q: Value, candidates: list[Value], readings: list[Reading]
) -> Value | None:
    """Another rank of the quote that stands far nearer than `q` to the names the statement
    and the quote share (capitalized words of three letters or more), or None."""
    others = [c for c in candidates if c.kind == "rank" and not _close(c.value, q.value)]
    if not others:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    text = owner.text
    said, spots = _name_spots(statement, text)
    if not spots:
        return None

    ordered = sorted(spots)

    def distance(v: Value) -> int:
        # The nearest spot, on either side of the figure's start (a look, not a scan).
        i = bisect.bisect_left(ordered, v.start)
        return min(abs(spot - v.start) for spot in ordered[max(0, i - 1) : i + 1])

    in_owner = {id(v) for v in owner.values}
    same_text = [c for c in others if id(c) in in_owner]
    if not same_text:
        return None
    nearest = min(same_text, key=distance)
    if distance(q) > 2 * distance(nearest) + 20:
        return nearest
    if distance(q) <= distance(nearest):
        return None
    # "Moreau a pris la 2e place, devant Claire Petit, 3e", "holte Joseph Mouaha den 2.
    # Platz, gefolgt von Jan-Niklas Gwizdek": `q` stands beside the full name of a person the
    # statement does not name, nearer than to the statement's names; the nearer rank is
    # the subject's.
    return nearest if _another_full_name_beside(q, text, said, distance(q)) else None


def _value_of_the_named(
    statement: str,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    rules: Rules | None,
    person: re.Match[str] | None = None,
) -> Value | None:
    """The figure of the quote holding `q` that stands with the person the statement opens
    with (or `person`, the figure's own of several, `_person_of`), when the quote names
    other people beside figures of the kind too: "Gwizdek wurde
    Zweiter" for "holte Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek auf dem
    3. Platz" gives 3.; "Brill won in under four minutes" for "… in 04:03,40 min. Thilo
    Brill (LG Nord) … siegte in 3:53,99 min" gives 3:53,99; `q` itself when it is the
    person's. The person is the statement's subject: its opening name (not a possessor,
    "Erfurt's utility", nor a function word of the language, "Im Finale"), which the quote
    writes in a full name ("Jan-Niklas Gwizdek"). Each
    figure goes with the nearest person of its sentence (a club in brackets after a name is
    that person's). None when no figure goes with another person, or none with the
    statement's."""
    owner = _owner(q, readings)
    if owner is None or _has_cjk(owner.text):
        return None
    text = owner.text
    ids = {id(x) for x in candidates}  # a set: a look per figure, not a scan of them all
    figures = [c for c in owner.values if id(c) in ids]
    if len(figures) < 2:
        return None
    subject = person or _FULL_NAME.match(statement) or _NAME.match(statement)
    if subject is None or not subject.group()[:1].isupper() or len(subject.group()) < 3:
        return None
    if statement[subject.end() : subject.end() + 2] in ("'s", "’s"):
        return None
    opening = subject.group().split()[0].lower()
    if rules is not None and rules.function_words and opening in rules.function_words:
        return None
    surname = re.split(r"[ -]", subject.group())[-1]
    inside = _figure_mask(owner.values, len(text))  # 1: a position inside a figure
    fulls = [
        m
        for m in _full_names(text)[0]
        if not _in_brackets(text, m.start()) and not inside[m.start()]
    ]
    if not any(m.group().split()[-1] == surname for m in fulls):
        return None  # the quote does not name the statement's subject as a person
    # (start, end, the statement's person?) of each person the quote names.
    people = [
        (m.start(), m.end(), False)
        for m in fulls
        if surname not in re.split(r"[ -]", m.group()) and _mid_sentence(text, m.start())
    ]
    people += [(at, at + len(surname), True) for at in _word_starts(surname, text)]
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text) if not inside[m.start()]]

    def sentence(pos: int) -> int:
        return bisect.bisect_right(ends, pos)  # the sentence ends at or before `pos`

    # The people of each sentence, by where they end and where they start (with their
    # order among all people): a figure's nearest is looked up, not looked for among all.
    groups: dict[int, tuple[list[tuple[int, int, bool]], list[tuple[int, int, bool]]]] = {}
    for i, (start, end, stated_person) in enumerate(people):
        group = groups.setdefault(sentence(start), ([], []))
        group[0].append((end, i, stated_person))
        group[1].append((start, i, stated_person))
    for by_end, by_start in groups.values():
        by_end.sort()
        by_start.sort()

    def holder(c: Value) -> tuple[int, bool] | None:
        """The distance to the person nearest `c` in its sentence, before (ending at or
        before it) or after it (starting at or after its end), the statement's person
        first at one distance, then the first named; whether it is the statement's."""
        group = groups.get(sentence(c.start))
        if group is None:
            return None
        by_end, by_start = group
        near: list[tuple[int, bool, int]] = []  # (distance, not the statement's, order)
        k = bisect.bisect_right(by_end, (c.start, math.inf))
        last = by_end[k - 1][0] if k else None
        while k and by_end[k - 1][0] == last:  # each person ending nearest before `c`
            k -= 1
            near.append((c.start - by_end[k][0], not by_end[k][2], by_end[k][1]))
        j = bisect.bisect_left(by_start, (c.end, -1))
        first = by_start[j][0] if j < len(by_start) else None
        while j < len(by_start) and by_start[j][0] == first:  # each starting nearest after
            near.append((by_start[j][0] - c.end, not by_start[j][2], by_start[j][1]))
            j += 1
        if not near:
            return None
        distance, other, _ = min(near)
        return distance, not other

    held = {id(c): holder(c) for c in figures}
    mine = [c for c in figures if (held[id(c)] or (0, False))[1]]
    if not mine:
        return None
    if any(c is q for c in mine):
        # Only where another person has a figure too: none, and the words decide.
        return q if any(not (held[id(c)] or (0, True))[1] for c in figures) else None
    return min(mine, key=lambda c: held[id(c)][0])  # type: ignore[index]


#: How far back `_person_before` looks for a figure's person.
_PERSON_REACH = 200


def _person_before(text: str, at: int, rules: Rules | None, after: int = 0) -> re.Match[str] | None:
    """The person of the figure starting at `at`: the name nearest before it in its
    sentence, after `after` (the end of a figure of its kind before it) and within
    `_PERSON_REACH` characters, a capitalized word of three letters or more that is no
    function word of the language (in Chinese or Japanese, a Latin-script name); or None."""
    lo = max(0, at - _PERSON_REACH, after)
    start = max(lo, max(text.rfind(mark, lo, at) for mark in ".!?;") + 1)
    # Chinese and Japanese write no spaces: their names here are in Latin script.
    pattern = _LATIN_NAME if rules is not None and rules.cjk else _NAME
    names = [
        m
        for m in pattern.finditer(text, start, at)
        if m.group()[:1].isupper()
        and len(m.group()) >= 3
        and not (rules and rules.function_words and m.group().lower() in rules.function_words)
    ]
    joins = rules.data.get("identifiers", {}).get("gapped_before", []) if rules else []
    if len(names) >= 2 and text[names[-2].end() : names[-1].start()].strip().lower() in joins:
        return None  # "García y López obtuvieron 49 y 51": two people, neither the figure's
    return names[-1] if names else None


def _person_of(
    statement: str, s: Value, kin: list[Value], rules: Rules | None
) -> re.Match[str] | None:
    """The person of `s`, one of the statement's figures of a kind (`kin`), when each of
    them has its own (`_person_before`: "Mouaha fue segundo y Gwizdek, tercero": Mouaha's
    2nd, Gwizdek's 3rd). None when a figure has no person or two figures share one."""

    def person(v: Value) -> re.Match[str] | None:
        after = max((k.end for k in kin if k.end <= v.start), default=0)
        return _person_before(statement, v.start, rules, after)

    mine = person(s)
    if mine is None:
        return None
    others = [person(v) for v in kin if v is not s]
    if any(o is None or o.group() == mine.group() for o in others):
        return None
    return mine


#: A word closing a text, before a gapped figure: its holder ("and Jones 51"); in Chinese
#: or Japanese, a Latin-script name ("和Jones 51席").
_HOLDER_BEFORE = _lazy(r"(?<![\w'’])([^\W\d_]{2,})\s+$")
_LATIN_HOLDER = _lazy(r"(?<![A-Za-z])([A-Z][A-Za-z]+)\s*$")


def _gapped_name(text: str, e: Value, g: Value, rules: Rules) -> re.Match[str] | None:
    """The holder before figure `g` when `g` closes a gapped clause coordinated with the
    figure `e` before it (`_elided_count`: "Smith won 49 seats and Jones 51", "und Weber
    45", "and the Greens 12", "y los camioneros 700"; a word in small letters after an
    article only), its group 1 the holder; else None."""
    holder = _LATIN_HOLDER if rules.cjk else _HOLDER_BEFORE
    name = holder.search(text, max(0, g.start - 40), g.start)
    if name is None or name.start(1) < e.end:
        return None
    if not name.group(1)[:1].isupper():
        article = _elided_before(rules.lang)
        if article is None or not article.search(text, max(0, name.start(1) - 24), name.start(1)):
            return None
    return name if _elided_count(text, name.start(1), g.end, rules) else None


#: Kinds of figure that stand beside the coordinated figure of a gapped clause, not for it
#: ("Smith won 49 seats in 2019 and Jones 51": 49 is coordinated with 51).
_BESIDE_KINDS = frozenset({"year", "date", "relative"})


def _gapped_holders(
    text: str, values: list[Value], i: int, rules: Rules
) -> tuple[tuple[Value, str], tuple[Value, str]] | None:
    """The two figures of a gapped coordination whose second is figure i of `values`
    (`_gapped_name`), each with its holder: the second is the name's, the first (the
    figure before, over a date beside it) its person's (`_person_before`: Smith's 49 in
    "Smith won 49 seats and Jones 51"). Names without accents, or None."""
    g = values[i]
    j = i - 1
    if j > 0 and values[j].kind in _BESIDE_KINDS and g.kind not in _BESIDE_KINDS:
        j -= 1
    e = values[j]
    name = _gapped_name(text, values[i - 1], g, rules)
    if name is None or not name.group(1)[:1].isupper():
        return None
    first = _person_before(text, e.start, rules, values[j - 1].end if j >= 1 else 0)
    if first is None or first.group() == name.group(1):
        return None
    return (e, _unaccented(first.group())), (g, _unaccented(name.group(1)))


def _holder_figure(
    stated: Reading,
    s: Value,
    after: int,
    q: Value,
    readings: list[Reading],
    langs: Sequence[str | None],
    rules: Rules | None,
) -> Value | None:
    """The figure of `q`'s gapped coordination (`_gapped_holders`) that the statement's
    person holds: "Jones won 49 seats" for "Smith won 49 seats and Jones 51" (or "Jones a
    obtenu 51 sièges et Smith 49") gives 51. The statement's person is the name nearest
    before `s` after `after` (`_person_before`). `q` itself when it is the person's; None
    when it stands in no such coordination or the person holds neither figure."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    k = next(n for n, r in enumerate(readings) if r is owner)
    theirs = rules_for(langs[k] if k < len(langs) else None)
    i = next((n for n, v in enumerate(owner.values) if v is q), None)
    if theirs is None or i is None:
        return None
    for at in (i, i + 1, i + 2):
        held = (
            _gapped_holders(owner.text, owner.values, at, theirs)
            if 0 < at < len(owner.values)
            else None
        )
        if held is None or not any(v is q for v, _ in held):
            continue
        mine = _person_before(stated.text, s.start, rules, after)
        name = _unaccented(mine.group()) if mine is not None else None
        return next((v for v, holder in held if holder == name), None)
    return None if rules is None else _holder_said(stated, s, owner, i, rules, theirs)


def _holder_said(
    stated: Reading, s: Value, owner: Reading, i: int, rules: Rules, theirs: Rules
) -> Value | None:
    """For `_holder_figure`, the statement's gapped coordination instead of the quote's:
    "Smith won 49 seats and Jones 51" for "Jones获得49席，Smith获得51席" or "Jones won 49
    seats; Smith won 51": the quote's figure near figure i (`q`) whose person
    (`_person_before`) is the holder of `s`, when `q`'s person is the statement's other
    holder; else None (never `q`: a person read in the quote's own words confirms
    nothing)."""
    j = next((n for n, v in enumerate(stated.values) if v is s), None)
    if j is None:
        return None
    values = owner.values

    def person(n: int) -> str | None:
        m = _person_before(owner.text, values[n].start, theirs, values[n - 1].end if n else 0)
        return _unaccented(m.group()) if m is not None else None

    for at in (j, j + 1, j + 2):
        held = (
            _gapped_holders(stated.text, stated.values, at, rules)
            if 0 < at < len(stated.values)
            else None
        )
        name = next((h for v, h in held if v is s), None) if held is not None else None
        if name is None or held is None:
            continue
        # `q`'s person must be the statement's other holder ("Jones获得49席"), no name the
        # statement does not hold ("According to Reuters, 49 seats went to Smith").
        if person(i) not in {h for _, h in held} - {name}:
            return None
        near = [
            n
            for n in range(max(0, i - 2), min(len(values), i + 3))
            if n != i and abs(values[n].start - values[i].start) <= _PERSON_REACH
        ]
        return next((values[n] for n in near if person(n) == name), None)
    return None


def _gapped_noun(
    statement: str,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: Sequence[str | None],
    lang: str | None,
) -> str | None:
    """The noun the quote's figure `q` of a gapped coordination counts, when the statement's
    figure counts another: "Jones won 51 votes" for "Smith won 49 seats and Jones 51" gives
    "seats" (the second figure shares the first's noun). Nouns are the words right after
    the figures, no function words; across languages, the kinds of [tallies] they say."""
    owner = _owner(q, readings)
    k = next((n for n, r in enumerate(readings) if r is owner), len(langs))
    rules = rules_for(lang)
    if owner is None or rules is None or k >= len(langs):
        return None
    if _base(langs[k]) != _base(lang):
        # Across languages, the nouns' kinds ([counted]) tell them apart: "Jones a obtenu
        # 51 voix" for "Smith won 49 seats and Jones 51" (votes, not seats).
        i = next(n for n, v in enumerate(owner.values) if v is q)
        lead = q
        if not _counted_kind(owner.text, q, langs[k], "tallies")[0] and i > 0:
            lead = owner.values[i - 1]
        mine_kinds = _counted_kind(statement, s, lang, "tallies")[0]
        their_kinds, their_word = _counted_kind(owner.text, lead, langs[k], "tallies")
        if mine_kinds and their_kinds and not mine_kinds & their_kinds:
            return their_word
        return None
    skip = rules.function_words or frozenset()
    mine = _NOUN_AFTER.match(statement, s.end)
    if mine is None or mine.group(1).lower() in skip:
        return None
    i = next(n for n, v in enumerate(owner.values) if v is q)
    lead = q
    if _NOUN_AFTER.match(owner.text, q.end) is None and i > 0:
        lead = owner.values[i - 1]  # "and Jones 51.": the noun of the figure before
    theirs = _NOUN_AFTER.match(owner.text, lead.end)
    if theirs is None or theirs.group(1).lower() in skip:
        return None
    if _same_word(mine.group(1).lower(), theirs.group(1).lower()):
        return None
    return theirs.group(1)


def _in_brackets(text: str, pos: int) -> bool:
    """Whether `pos` stands inside round brackets ("Thilo Brill (LG Nord)")."""
    # The last round bracket before it opens one: looked up among the text's brackets
    # (found once per text), where `text.rfind` scanned back over the text before each.
    positions, brackets = _round_brackets(text)
    at = bisect.bisect_left(positions, pos)
    return at > 0 and brackets[at - 1] == "("


@lru_cache(maxsize=64)
def _round_brackets(text: str) -> tuple[list[int], str]:
    """The positions of the text's round brackets, and the brackets in order."""
    found = [(m.start(), m.group()) for m in _ROUND_BRACKET.finditer(text)]
    return [at for at, _ in found], "".join(c for _, c in found)


_ROUND_BRACKET = _lazy(r"[()]")


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


def _activity(text: str, v: Value) -> set[str]:
    """What a rank ranks: the words after it to the end of its clause ("the first [man to
    walk on the moon]"; "第一个[在月球上行走的人]"), as word keys, or character pairs in
    Chinese and Japanese."""
    window = text[v.end : v.end + 48]
    cut = _TIE_BREAK.search(window) if not _has_cjk(window) else _CLAUSE_END.search(window)
    if cut:
        window = window[: cut.start()]
    if _has_cjk(window):
        chars = [c for c in window if not c.isspace()]
        return {a + b for a, b in zip(chars, chars[1:], strict=False)}
    return {_unaccented(t.lower()[:5]) for t in _TOKEN.findall(window) if len(t) >= 3}


def _rank_of_the_activity(
    stated: Reading, s: Value, q: Value, candidates: list[Value], readings: list[Reading]
) -> Value | None:
    """Another rank of the quote that ranks what the statement's rank ranks, when `q` ranks
    something else: "the first man to walk on the moon" for "the second to walk on the
    moon, but the first to drink there" ("第一个在月球上行走的人" for "第二个在月球上行走的
    人，但他是第一个在月球上喝酒的人")."""
    mine = _activity(stated.text, s)
    owner = _owner(q, readings)
    if len(mine) < 2 or owner is None:
        return None
    ids = {id(x) for x in candidates}
    ranks = [c for c in owner.values if c.kind == "rank" and id(c) in ids]
    if len(ranks) < 2:
        return None
    scores = {id(c): len(mine & _activity(owner.text, c)) for c in ranks}
    best = max(ranks, key=lambda c: scores[id(c)])
    if _close(best.value, q.value) or scores[id(best)] < 2:
        return None
    return best if scores[id(best)] > scores[id(q)] + 1 else None


def _title_of(text: str, v: Value, rules: Rules | None) -> str | None:
    """The title a rank is part of: "第5版" glued to a title's last character
    ("小学国語辞典第5版", not "辞典の第5版"), for the counters of [identifiers]
    `title_counters` (版, 巻, 卷, 号); the title's kanji and katakana before it."""
    counters = rules.data.get("identifiers", {}).get("title_counters", "") if rules else ""
    if not counters or v.start < 2 or text[v.start - 1] != "第" or v.end >= len(text):
        return None
    if text[v.end] not in counters:
        return None
    start = v.start - 1
    while start > max(0, v.start - 17) and _TITLE_CHAR.match(text[start - 1]):
        start -= 1
    return text[start : v.start - 1] or None


#: A character of a title in Chinese or Japanese: kanji, katakana and the long vowel mark.
_TITLE_CHAR = _lazy(r"[\u4e00-\u9fff\u30a0-\u30ff]")


def _rank_of_another(statement: str, q: Value, readings: list[Reading]) -> bool:
    """Whether quote rank `q` is another person's: the statement's names stand in the
    quote, but a full name the statement does not give stands nearer to `q` ("2. wurde
    Julieta Gallego Gamez, gefolgt von Sarah Schäfer" for "Sarah Schäfer wurde Dritte":
    the quote gives no place of hers to compare)."""
    owner = _owner(q, readings)
    if owner is None:
        return False
    text = owner.text
    # Only a person the statement names in full ("Sarah Schäfer") and the quote names too.
    if not any(m.group() in text for m in _FULL_NAME.finditer(statement)):
        return False
    said, spots = _name_spots(statement, text)
    if not spots:
        return False
    mine = min(abs(spot - q.start) for spot in spots)
    return _another_full_name_beside(q, text, said, mine)


@lru_cache(maxsize=1)
def _behind_words() -> re.Pattern[str]:
    words = _load_toml("common").get("rank_behind", {}).get("words", [])
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+$", re.I)


def _named_behind(statement: str, q: Value, readings: list[Reading]) -> bool:
    """Whether the quote puts the person the statement names in full behind the person
    beside rank `q`, in its sentence ("2. wurde Julieta Gamez (LG Nord), gefolgt von Sarah
    Schäfer", "The 2nd place went to Maria Lopez, ahead of Anna Weber"): that rank is not
    the statement's person's."""
    owner = _owner(q, readings)
    if owner is None:
        return False
    text = owner.text
    behind = _behind_words()
    for m in _FULL_NAME.finditer(statement):
        name = re.compile(rf"(?<!\w){re.escape(m.group())}(?!\w)")
        # Only starts within 120 characters after the rank; one character more for (?!\w).
        for at in name.finditer(text, q.end, q.end + 120 + len(m.group()) + 1):
            if at.start() > q.end + 120:
                continue
            between = text[q.end : at.start()]
            if re.search(r"[.!?](?=\s)", between) or any(
                v.kind == "rank" and q.end <= v.start < at.start() for v in owner.values
            ):
                continue
            if behind.search(text, q.end, at.start()):
                return True
    return False


def _word_starts(word: str, text: str) -> list[int]:
    r"""Where `text` writes `word` (not empty) whole, with no word character right before or
    after it: the starts of ``re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)``, by
    string searches (no pattern compiled for each word). A word character is what ``\w``
    matches: ``c.isalnum()`` or "_".

    >>> _word_starts("Ann", "Ann, Anna and ANN; Ann_ or Ann")
    [0, 27]
    """
    out = []
    size = len(word)
    at = text.find(word)
    while at != -1:
        before, after = text[at - 1 : at], text[at + size : at + size + 1]
        if (before.isalnum() or before == "_") or (after.isalnum() or after == "_"):
            at = text.find(word, at + 1)
        else:
            out.append(at)
            at = text.find(word, at + size)  # the matches do not overlap
    return out


def _name_spots(statement: str, text: str) -> tuple[set[str], list[int]]:
    """The statement's capitalized words (lowercased) and where `text` says them. The
    statement's first word counts as a name ("Mouaha wurde Dritter") only where the quote
    writes it inside a sentence, not at a sentence's start."""
    names = {
        (m.group(), m.start() == 0)
        for m in _NAME.finditer(statement)
        if m.group()[0].isupper() and len(m.group()) >= 3
    }
    names = set(sorted(names)[:_MAX_NAMES])  # bounded work: names x quote length
    spots = [
        at
        for name, first in names
        for at in _word_starts(name, text)
        if not first or _mid_sentence(text, at)
    ]
    return {name.lower() for name, _ in names}, spots


def _another_full_name_beside(q: Value, text: str, said: set[str], reach: int) -> bool:
    """Whether a full name none of whose words the statement says stands within
    `_NAME_REACH` of `q` (inside a sentence) and nearer than `reach`. The names within
    reach are looked up among the text's (found once per text), not looked for in it."""
    names, starts, ends = _full_names(text)
    # Those ending at most `_NAME_REACH` before `q`, then those starting as far after it.
    before = range(
        bisect.bisect_left(ends, q.start - _NAME_REACH), bisect.bisect_right(ends, q.start)
    )
    after = range(
        bisect.bisect_left(starts, q.end), bisect.bisect_right(starts, q.end + _NAME_REACH)
    )
    for m in (names[i] for i in itertools.chain(before, after)):
        gap = q.start - m.end() if m.end() <= q.start else m.start() - q.end
        if (
            0 <= gap <= _NAME_REACH
            and gap < reach
            and _mid_sentence(text, m.start())
            and not {w.lower() for w in re.split(r"[ -]", m.group())} & said
        ):
            return True
    return False


@lru_cache(maxsize=64)
def _full_names(text: str) -> tuple[tuple[re.Match[str], ...], list[int], list[int]]:
    """The text's `_FULL_NAME` matches, their starts and their ends (both ascending)."""
    names = tuple(_FULL_NAME.finditer(text))
    return names, [m.start() for m in names], [m.end() for m in names]


#: How far a rank may stand from a person's name to be that person's.
_NAME_REACH = 30
#: A person's full name: two capitalized words ("Claire Petit", "Jan-Niklas Gwizdek").
_FULL_NAME = _lazy(r"(?<!\w)[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)? [A-ZÀ-Þ][^\W\d_]+(?!\w)")


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether `pos` is inside a sentence: a word before it, no sentence end between."""
    before = _stripped_end(text, pos)
    return before > 0 and text[before - 1] not in ".!?:;\"'“”„«»()[]-–—。！？"


#: What a figure counts stands in the few words after it, up to the next figure or the end
#: of its clause: "33 [federal hate crime counts]", "nine [people]", "10 [députés socialistes]".
_TIE_REACH = 4
#: Words joining two items of a list: "300 Autos [und] 50 Lastwagen".
_TIE_WORDS = "and or but und oder sowie aber et ou mais y o e pero mas".split()
#: A clause break or a word joining two items of a list ends what a figure counts: "300
#: Autos [und] 50 Lastwagen", "killed 40 people [and] injured 12". The words as `_led`
#: writes them, led by a class of their first letters: the regex engine tries a class at
#: every position of a text faster than a lookbehind and an alternation.
_TIE_BREAK = re.compile(
    r"[.;:!?()\[\]{}|│—–]|,(?=\s)|\s-\s|" + _led(_TIE_WORDS) + r"(?!\w)",
    re.I,
)
#: A word joining the next item of a list right after a figure: "in 0.16 and want …".
_JOINED_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(_TIE_WORDS) + r")(?!\w)", re.I)


#: Figures whose counted thing the binding check reads: amounts, not dates or ranks.
_TIED_KINDS = frozenset({"number", "percent", "points", "money", "unit", "multiplier"})


def _words(tokens: list[str]) -> dict[str, str]:
    """Words of four letters or more and acronyms ("UMP"), keyed by their first five letters."""
    return {
        w.lower()[:5]: w
        for w in tokens
        if (len(w) >= 4 or (len(w) >= 2 and w.isupper())) and not w.isdigit()
    }


def _counted(text: str, end: int, stop: int) -> dict[str, str]:
    """The words among the few after a figure, up to `stop` (the next figure) or the end of
    its clause: what it counts. One word between two figures joins them ("438 contre 86",
    "3 of 5"); it counts nothing."""
    window = text[end : min(stop, end + 64)]
    cut = _TIE_BREAK.search(window)
    if cut:
        window = window[: cut.start()]
    tokens = _TOKEN.findall(window)
    if not cut and end + 64 >= stop and stop < len(text) and len(tokens) <= 1:
        return {}
    return _words(tokens[:_TIE_REACH])


def _leading(text: str, start: int, stop: int) -> dict[str, str]:
    """The words among the few before a figure, back to `stop` (the previous figure's end)
    or the start of its clause."""
    window = text[max(stop, start - 64) : start]
    cuts = list(_TIE_BREAK.finditer(window))
    if cuts:
        window = window[cuts[-1].end() :]
    tokens = _TOKEN.findall(window)
    if not cuts and start - 64 <= stop and stop > 0 and len(tokens) <= 1:
        return {}
    return _words(tokens[-_TIE_REACH:])


def _neighbours(starts: list[int], values: list[Value], v: Value, length: int) -> tuple[int, int]:
    """The end of the figure before `v` and the start of the figure after it (`starts`: the
    sorted starts of `values`)."""
    i = bisect.bisect_left(starts, v.end)
    j = bisect.bisect_left(starts, v.start)
    return (values[j - 1].end if j else 0), (values[i].start if i < len(values) else length)


def _tied_in(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """:func:`_tied_elsewhere` in the quote that holds `q`, when it is in the statement's
    language and not in Chinese or Japanese (whose words are not read apart)."""
    for r, lang in zip(readings, langs, strict=False):
        if _holds_value(r.values, q):
            if _base(lang) != _base(statement_lang) or _has_cjk(r.text):
                return None
            return _tied_elsewhere(stated, s, q, candidates, r)
    return None


#: How far (in characters) a date may stand from the predicate of the event it dates
#: ("was arrested in April", "于3月21日被捕", "am 21. März festgenommen").
_EVENT_DATE_REACH = 25
#: What ends a sentence, between an event's predicate and a date of another sentence.
_EVENT_SENTENCE_END = re.compile(r"[.!?;]\s|[。！？；]")


def _event_date(text: str, values: list[Value], start: int, end: int) -> tuple[int, Value] | None:
    """The date nearest a predicate at ``start:end`` in its sentence, within
    `_EVENT_DATE_REACH`, with its distance; None when none is or two are as near."""
    best: list[tuple[int, Value]] = []
    for v in values:
        if v.kind != "date":
            continue
        lo, hi = (v.end, start) if v.end <= start else (end, v.start) if v.start >= end else (0, 0)
        if hi - lo > _EVENT_DATE_REACH or _EVENT_SENTENCE_END.search(text, lo, hi):
            continue
        best.append((max(0, hi - lo), v))
    best.sort(key=lambda t: t[0])
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0]


def _event_date_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """The quote's date of the event the statement dates with `s`, when it is not `q`: a
    predicate of a [polarity] side ("festgenommen", "被捕", custody.arrested) whose nearest
    date in the statement is `s`, and whose side's predicate in the quote has another
    date nearest ("He was arrested in April for the March 21 call": March 21 dates the
    call). A statement that gives two dates ("wurde im April wegen des Anrufs vom 21. März
    festgenommen": the verb ends the clause of both) is not read so. (That date, the
    quote's predicate), or None."""
    if sum(v.kind == "date" for v in stated.values) != 1:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    at = readings.index(owner)
    lang = langs[at] if at < len(langs) else None
    theirs = {
        (name, side): pattern
        for name, sides, _ in _polarity_groups(lang)
        for side, pattern in sides
        if side != "neutral"
    }
    # The patterns that may match each text (`_WordIndex`; None: any): a pattern the
    # statement cannot match dates nothing, one the quote cannot match finds no other date.
    mine_live = _polarity_index(statement_lang).live(stated.text)
    their_live = _polarity_index(lang).live(owner.text)
    for name, sides, _ in _polarity_groups(statement_lang):
        for side, pattern in sides:
            other = theirs.get((name, side))
            if side == "neutral" or other is None:
                continue
            if (mine_live is not None and id(pattern) not in mine_live) or (
                their_live is not None and id(other) not in their_live
            ):
                continue
            for m in pattern.finditer(stated.text):
                mine = _event_date(stated.text, stated.values, m.start(), m.end())
                if mine is None or mine[1] is not s:
                    continue
                for n in other.finditer(owner.text):
                    found = _event_date(owner.text, owner.values, n.start(), n.end())
                    if found is not None and found[1] is not q:
                        return found[1], n.group().strip()
    return None


@lru_cache(maxsize=1)
def _counted_nouns_pattern() -> re.Pattern[str] | None:
    """[counted_nouns] of common.toml as one pattern, a group per meaning: Latin-script
    words whole, Chinese and Japanese ones anywhere. The meanings with the longest words
    come first, so that a phrase is read before a word inside it ("votes in favour",
    "Ja-Stimmen" before "votes", "Stimmen")."""
    table = _load_toml("common").get("counted_nouns", {})
    groups = []
    for meaning, words in sorted(table.items(), key=lambda kv: (-max(map(len, kv[1])), kv[0])):
        latin = sorted((w for w in words if not _has_cjk(w)), key=len, reverse=True)
        cjk = sorted((w for w in words if _has_cjk(w)), key=len, reverse=True)
        parts = [rf"(?<!\w)(?:{_alt(latin)})(?!\w)"] if latin else []
        parts += [_alt(cjk)] if cjk else []
        groups.append(f"(?P<{meaning}>{'|'.join(parts)})")
    return re.compile("|".join(groups), re.I) if groups else None


@lru_cache(maxsize=1)
def _counted_nouns_gate() -> tuple[frozenset[str], frozenset[str]]:
    """What a text must hold for `_counted_nouns_pattern` to match in it: the first word,
    lower-cased, of one of its Latin-script words (they match whole words, so that word
    stands whole in the text), or the first character of one of its Chinese or Japanese
    words."""
    table = _load_toml("common").get("counted_nouns", {})
    words = [w for ws in table.values() for w in ws]
    first = frozenset(
        m.group() for w in words if not _has_cjk(w) for m in [_TOKEN.match(w.lower())] if m
    )
    cjk = frozenset(w[0] for w in words if _has_cjk(w))
    return first, cjk


#: Characters that a case-blind regex matches other than `str.lower` says ("ſ" for "s",
#: the Kelvin sign for "k"): a text holding one skips `_counted_nouns_gate`.
_CASE_ODD = frozenset("ſKÅİıẞß")


def _counted_nouns_in(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """`_counted_nouns_pattern`'s matches in text[lo:hi], found only where
    `_counted_nouns_gate` lets one be (most texts hold none of its words)."""
    pattern = _counted_nouns_pattern()
    if pattern is None:
        return iter(())
    hi = len(text) if hi is None else hi
    part = text[lo:hi]
    first, cjk = _counted_nouns_gate()
    if (part.isascii() or _CASE_ODD.isdisjoint(part)) and not (
        any(m.group() in first for m in _TOKEN.finditer(part.lower()))
        or (not part.isascii() and not cjk.isdisjoint(part))
    ):
        return iter(())
    return pattern.finditer(text, lo, hi)


@lru_cache(maxsize=1)
def _counted_axes() -> tuple[dict[str, str], frozenset[str]]:
    """Each meaning of [counted_nouns] with its axis ([counted_noun_axes]; "what" when in
    none), and the meanings that count people ([counted_noun_persons])."""
    common = _load_toml("common")
    axes = {m: axis for axis, ms in common.get("counted_noun_axes", {}).items() for m in ms}
    persons = frozenset(common.get("counted_noun_persons", {}).get("meanings", []))
    return axes, persons


def _on_axis(meanings: Iterable[str], axis: str) -> set[str]:
    """The meanings of `meanings` on `axis` of [counted_noun_axes]."""
    axes = _counted_axes()[0]
    return {m for m in meanings if axes.get(m, "what") == axis}


def _meanings_apart(mine: Iterable[str], theirs: Iterable[str]) -> list[str]:
    """The axes on which two figures' meanings ([counted_nouns]) both say something and
    nothing alike: "foreigners" and "people" (what is counted), "dead" and "infected" (what
    befell it); "dead" and "foreigners" stand on two axes and may be said of one figure.
    A statement's "people" is said of any group of people ([counted_noun_persons]), and
    "people" beside such a group is that group."""
    persons = _counted_axes()[1]
    mine, theirs = set(mine), set(theirs)
    # "People" beside a group of people is that group: "19名外国人" (a counter, then the
    # foreigners), "19 foreign people".
    mine -= {"people"} if mine & persons else set()
    theirs -= {"people"} if theirs & persons else set()
    apart = []
    for axis in sorted({a for m in mine for a in [_axis_of(m)]}):
        a, b = _on_axis(mine, axis), _on_axis(theirs, axis)
        if not b or a & b or (a == {"people"} and b <= persons):
            continue
        apart.append(axis)
    return apart


def _axis_of(meaning: str) -> str:
    """The axis ([counted_noun_axes]) of a meaning of [counted_nouns]."""
    return _counted_axes()[0].get(meaning, "what")


#: What ends a clause in Chinese or Japanese text (`_TIE_BREAK` reads the other scripts).
_CJK_CLAUSE_END = _lazy(r"[，。；：、！？（）「」]")
#: How many characters after a figure in Chinese or Japanese text may say what it counts
#: ("名外国人").
_CJK_NOUN_REACH = 8
#: A colon (or its CJK form) right before a figure: "Deaths: 19", "死者：19".
_COLON_BEFORE = re.compile(r"\s*[:：]\s*$")


#: How many words before a figure may say what it counts (`_lead_window`): "Der Umsatz
#: des Unternehmens lag bei 4,5 Milliarden".
_LEAD_REACH = 6


def _lead_window(text: str, v: Value, values: list[Value]) -> str:
    """The few words right before figure `v` that may say what it counts ("Deaths: 19",
    "die Zahl der Toten stieg auf 34", "净利润为45亿元"): back to its clause's start, a colon
    right before it read through, and never into the words right after the amount before
    it, which are that amount's ("33 federal hate crime counts for murdering nine": "for
    murdering"); a date between is read through ("starben gestern 120 Menschen")."""
    begin = max(0, v.start - 48)
    for u in values:
        if u.end <= v.start and u.kind in _TIED_KINDS and u.end > begin - 1:
            after = text[u.end : v.start]
            for cut in (_TIE_BREAK.search(after), _CJK_CLAUSE_END.search(after)):
                if cut is not None:
                    after = after[: cut.start()]
            if _has_cjk(after[:3]):
                begin = max(begin, u.end + len(after[:_CJK_NOUN_REACH]))
            else:
                words = list(itertools.islice(_TOKEN.finditer(after), _COUNTED_REACH))
                begin = max(begin, u.end + (words[-1].end() if words else 0))
    lead = text[begin : v.start]
    colon = _COLON_BEFORE.search(lead)
    if colon is not None:
        lead = lead[: colon.start()]
    for brk in (_TIE_BREAK, _CJK_CLAUSE_END, _CLAUSE_BREAK):
        cuts = list(brk.finditer(lead))
        if cuts:
            lead = lead[cuts[-1].end() :]
    if _has_cjk(lead[-3:]):
        return lead[-_CJK_NOUN_REACH:]
    words = list(_TOKEN.finditer(lead))
    if len(words) > _LEAD_REACH:
        lead = lead[words[-_LEAD_REACH].start() :]
    return lead


def _nouns_counted(
    text: str, v: Value, values: list[Value], lead_too: bool = True
) -> tuple[dict[str, str], bool]:
    """The meanings ([counted_nouns]) said among the few words right after figure `v`, up
    to its clause's end or the next figure, each with its word as written; and whether any
    word stands there at all (a figure that counts something). An axis of meanings
    ([counted_noun_axes]) that the words after it leave unsaid is read among the few words
    right before it, back to its clause's start or the amount before (a date between is
    read through: "starben gestern 120 Menschen"): "Deaths: 19", "die
    Zahl der Toten stieg auf 34", "净利润为45亿元", "killing at least 19 people"."""
    pattern = _counted_nouns_pattern()
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 48])
    window = text[v.end : stop]
    # A clause's conjunction ends it too: "$12 billion while imports fell".
    for cut in (
        _TIE_BREAK.search(window),
        _CJK_CLAUSE_END.search(window),
        _CLAUSE_BREAK.search(window),
    ):
        if cut is not None:
            window = window[: cut.start()]
    if _has_cjk(window[:3]):
        window = window[:_CJK_NOUN_REACH]
    else:
        words = list(_TOKEN.finditer(window))
        if len(words) > _COUNTED_REACH:
            window = window[: words[_COUNTED_REACH - 1].end()]
    said = _TOKEN.search(window) is not None
    if pattern is None:
        return {}, said
    found: dict[str, str] = {}
    # The figure's own words first: a rate's unit ("300 voitures par jour").
    for m in itertools.chain(_counted_nouns_in(text, v.start, v.end), _counted_nouns_in(window)):
        found.setdefault(m.lastgroup or "", m.group())
    if not lead_too:
        return found, said
    lead = _lead_window(text, v, values)
    # "People" after a figure leaves the group before it to say ("吸引游客300万人次").
    said_axes = {_axis_of(m) for m in found if m != "people"}
    for m in _counted_nouns_in(lead):
        meaning = m.lastgroup or ""
        if _axis_of(meaning) not in said_axes:
            found.setdefault(meaning, m.group())
    return found, said


def _noun_tied_across(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """The figure of a quote in another language that the statement's noun goes with, when
    it is not `q`: the words around the statement's figure have a meaning of
    [counted_nouns] that those around `q` do not say (they count something else, on the
    same axis of [counted_noun_axes]) and that those around one other figure of `q`'s kind
    in the quote say. "Au moins 19 étrangers" for "killing at least 19 people, including
    17 foreigners" gives (17, "foreigners"); "120 deaths" for "120人の感染者 ... 3人が死亡"
    gives (3, "死亡"). None when the statement says that figure too, of the same noun or of
    none ("17 of the 19 foreigners"; of another noun the two are swapped), or when the
    words before `q` in its clause say the noun ("foreigners: 19")."""
    mine, _ = _nouns_counted(stated.text, s, stated.values)
    if not mine:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) == _base(statement_lang):
        return None
    at_q, _ = _nouns_counted(owner.text, q, owner.values)
    apart = _meanings_apart(mine, at_q)
    if not apart:
        # The words around `q` say no counted noun ("while 3 died": the passengers the
        # statement names, left unsaid), or the statement's: `q` may count it.
        return None
    wanted = {m for m in mine if _axis_of(m) in apart}
    if any(
        m.lastgroup in wanted for m in _counted_nouns_in(_lead_window(owner.text, q, owner.values))
    ):
        return None
    own = {id(v) for v in owner.values}
    found = []
    for c in candidates:
        if c is q or id(c) not in own or (c.kind, c.dim) not in ((q.kind, q.dim), (s.kind, s.dim)):
            # Of `q`'s kind, or of the statement's: "9000个工程团队" for "9,000 async tasks
            # scheduled per second and in use by 28 engineering teams" (a rate and a count).
            continue
        theirs, _ = _nouns_counted(owner.text, c, owner.values)
        both = theirs.keys() & wanted
        if both and {_axis_of(m) for m in both} >= set(apart) and not _meanings_apart(mine, theirs):
            found.append((c, theirs[min(both)]))
    if len(found) != 1:
        return None
    other = found[0][0]
    for v in stated.values:
        if v is not s and _close(v.value, other.value):
            # The statement says that figure too: of the same noun or of none, it is the
            # quote's ("17 of the 19 foreigners"); of another noun, the two are swapped
            # ("trois soldats et deux civils" for "three civilians and two soldiers").
            nouns = _nouns_counted(stated.text, v, stated.values)[0]
            if not nouns or not _meanings_apart(mine, nouns):
                return None
    return found[0]


@lru_cache(maxsize=1)
def _near_meanings() -> tuple[frozenset[str], ...]:
    """The groups of [counted_nouns] meanings one may say for another ([counted_noun_near])."""
    groups = _load_toml("common").get("counted_noun_near", {}).get("groups", [])
    return tuple(frozenset(g) for g in groups)


def _other_thing_counted(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[str, str] | None:
    """The statement's and the quote's words for what a matching figure counts when, in
    two languages, the words right after the two figures say two meanings of one axis
    ([counted_noun_axes]) that are no group of people and none near the other
    ([counted_noun_near]): "Die Partei erhielt 23 Stimmen" for "won 23 seats", "40 million
    teams" for "40 millones de usuarios". Two groups of people are left alone: one person
    is often of many ("17 tourists" for "17 foreigners"), and so are shares (the noun
    after one is its whole's) and Chinese or Japanese text (a counter counts many things,
    a noun nearby is often another's). None otherwise."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) == _base(statement_lang):
        return None
    if s.kind == "percent" or q.kind == "percent":
        return None  # "10% der Schüler": the noun after a share is its whole's
    if _has_cjk(stated.text) or _has_cjk(owner.text):
        # Counters and nouns around a figure in Chinese or Japanese are often another's
        # ("200人以上が死亡した事件", "人口三万五千的最北端城市", "10万人の雇用").
        return None
    mine = _nouns_counted(stated.text, s, stated.values)[0]
    theirs = _nouns_counted(owner.text, q, owner.values)[0]
    if not mine or not theirs:
        return None
    persons = _counted_axes()[1] | {"people"}
    near = _near_meanings()
    for axis in _meanings_apart(mine, theirs):
        if axis != "what":
            # What befell it ("injured" for "killed") and a vote's side are opposite
            # predicates: the [polarity] groups fail them, a guess here would not.
            continue
        a, b = _on_axis(mine, axis), _on_axis(theirs, axis)
        if a <= persons and b <= persons:
            continue
        if any(a & g and b & g for g in near):
            continue
        return mine[min(a)], theirs[min(b)]
    return None


def _holds_value(values: list[Value], q: Value) -> bool:
    """Whether `q` itself is one of `values` (`any(v is q ...)` without a generator)."""
    for v in values:
        if v is q:
            return True
    return False


def _tied_elsewhere(
    stated: Reading, s: Value, q: Value, candidates: list[Value], owner: Reading
) -> tuple[Value, str] | None:
    """The figure of the quote that the statement's words say its figure is, when it is not
    `q`: the words after the statement's figure name what only that figure of the quote
    counts, nothing that only `q` counts, and `q` stands with words of its own; with the
    statement's word that says so. "Roof murdered 33 people" for "guilty on all 33 federal
    hate crime counts for murdering nine people" gives (nine, "people"). None for "51
    whales died" against "140 pilot whales …, 51 stranded" ("whales" goes with no one
    figure), for "35 députés UMP" against "10 députés socialistes (sur 288), 35 UMP" ("UMP"
    goes with 35) and for "dix des 288 députés" against "(sur 288)" (nothing is said of 288
    but its brackets)."""
    own = {id(v) for v in owner.values}
    figures = [c for c in candidates if id(c) in own]
    if len(figures) < 2 or not any(c is q for c in figures):
        return None
    if _coordinated_with_one_before(stated, s):
        return None  # "2 and 12 were flagged": the words after 12 are said of both
    said = [v.start for v in stated.values]
    around = _neighbours(said, stated.values, s, len(stated.text))
    mine = _counted(stated.text, s.end, around[1])
    starts, length = [v.start for v in owner.values], len(owner.text)
    if not mine:
        # A figure closing its clause is said of the words before it: "senkt den
        # CO2-Fußabdruck der Batterie um 70 Prozent".
        return _tied_before(
            _leading(stated.text, s.start, around[0]), q, figures, owner.text, starts, owner.values
        )
    words = {
        id(c): _counted(owner.text, c.end, _neighbours(starts, owner.values, c, length)[1])
        for c in figures
    }
    counts = _word_counts(words)
    # The words before `q` that no figure counts: "killed 40 people and injured 12" says
    # what the 12 are; "33 federal hate crime counts for murdering nine" gives "murdering".
    before = _neighbours(starts, owner.values, q, length)[0]
    leading = {w for w in _leading(owner.text, q.start, before) if w not in counts}
    if mine.keys() & leading:
        return None
    if not words[id(q)] and not leading:
        return None  # nothing says what `q` counts
    if not words[id(q)] and _subject_of(stated, s, around[0], leading, owner, q, figures):
        return None
    told = _told(mine, q, figures, words, counts, proof=1)
    if told is None:
        told = _head_told(mine, q, figures, words, counts)
    if told is not None and _shared_by_coordination(stated, s, owner.text, q, told[0]):
        return None
    if (
        told is not None
        and next(iter(_words([told[1]])), None) != next(iter(words[id(told[0])]), None)
        and _gapped_item_said(stated, s, q, told[0], owner)
    ):
        # Not when the word that ties is the other figure's own noun, right after it ("12
        # députés écologistes" for "11 écologistes (sur 18), …, 12 députés Front de gauche").
        return None
    return told


def _gapped_item_said(stated: Reading, s: Value, q: Value, other: Value, owner: Reading) -> bool:
    """Whether `q`, a figure after `other` in an item whose verb is left out, said once
    before it ("140 pilot whales died on Stewart Island and 51 on the Chatham Islands"), is
    the item the statement's words place its figure in: they say a word of `q`'s region
    that `other`'s does not ("51 whales died on the Chatham Islands"). The verb the two
    items share then ties the figure to `other` no more than to `q`."""
    if not other.end <= q.start:
        return False
    mine_own, mine_shared = _regions(stated)
    mine = mine_own.get(id(s), set()) | mine_shared.get(id(s), set())
    own, _ = _regions(owner)
    return bool(mine & (own.get(id(q), set()) - own.get(id(other), set())) - _auxiliaries())


def _head_told(
    mine: dict[str, str],
    q: Value,
    figures: list[Value],
    windows: dict[int, dict[str, str]],
    counts: dict[str, int],
) -> tuple[Value, str] | None:
    """The figure other than `q` that the statement's noun, the word right after its figure,
    is the noun of in the quote, when `q` has a noun of its own that the statement does not
    say: the words further on (a verb the quote says once and leaves out of the next item,
    "12,000 teachers were hired in 2015 and 8,000 nurses in 2016") are said of both items,
    and tie the figure to `q` no more than the noun ties it to the other ("12,000 nurses
    were hired"). None when the noun is shared, an auxiliary, or in `q`'s words."""
    head = next(iter(mine), None)
    theirs = windows[id(q)]
    if head is None or counts.get(head) != 1 or head in _auxiliaries() or head in theirs:
        return None
    own = next(iter(theirs), None)
    if own is None or own in mine or own in _auxiliaries():
        return None
    for c in figures:
        if c is q or _close(c.value, q.value):
            continue
        if next(iter(windows[id(c)]), None) == head:
            return c, mine[head]
    return None


@lru_cache(maxsize=1)
def _noun_then_coordinated() -> re.Pattern[str]:
    """What joins a figure and its noun to a figure coordinated after it ("90 countries
    and"): one word, then a comma or a word of coordination ([coordinated] in
    common.toml)."""
    words = _load_toml("common").get("coordinated", {}).get("words", [])
    spelled = [w for w in words if w.isalpha()]
    marks = [w for w in words if not w.isalpha()]
    return re.compile(rf"\s+[^\W\d_]+(?:\s*(?:{_alt(marks)})\s*|\s+(?:{_alt(spelled)})\s+)", re.I)


def _shared_by_coordination(stated: Reading, s: Value, text: str, q: Value, other: Value) -> bool:
    """Whether `other` is coordinated right after `q`, each with its noun ("90 countries
    and 114 languages gathered in Santa Clara"), and the statement's figure `s` counts
    `q`'s noun ("90 countries gathered in Santa Clara"): what follows the coordination is
    said of both figures, and ties `s` to `other` no more than to `q`."""
    if other.start < q.end or _noun_then_coordinated().fullmatch(text, q.end, other.start) is None:
        return False
    noun = _WORD3.search(text, q.end, other.start)
    mine = _WORD3.match(stated.text, s.end + 1) if stated.text[s.end : s.end + 1] == " " else None
    return (
        noun is not None
        and mine is not None
        and _unaccented(mine.group().lower()[:5]) == _unaccented(noun.group().lower()[:5])
    )


#: How far (in characters) an item of a list may stand after the item whose noun it leaves
#: out ("11 integrantes do Sudeste, 8 do Sul, 2 do Centro-Oeste").
_ELIDED_REACH = 120


def _elided_item(
    stated: Reading,
    q: Value,
    other: Value,
    word: str,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> bool | None:
    """Whether `q`, a count the statement's `word` ties to `other` (`_tied_in`), is an item
    of a list that leaves out the noun `word` that `other` counts: `other` stands before it
    in its sentence, `word` right after `other`, and `q` is followed by a word of "others"
    ([worked] others: "Two gunmen died, and three others") or by a word opening its item's
    place with no noun ([worked] elided: "11 integrantes do Sudeste, 8 do Sul, 2 do
    Centro-Oeste"). Then the noun ties nothing: True when a word of the statement stands
    in `q`'s item only ("vêm do Centro-Oeste"), False when none does (a person reads).
    None when `q` is no such item, or when a word of the statement stands in `other`'s item
    only ("Two gunmen died" for "Three gunmen died"; "for murdering nine people and
    attempting to kill three others" for "murdered three"): the tie holds."""
    if q.kind != "number" or other.kind != "number" or not other.end <= q.start:
        return None
    if q.start - other.end > _ELIDED_REACH:
        return None
    for r, lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        text = r.text
        if _base(lang) != _base(statement_lang) or _MODAL_SENTENCE_END.search(
            text, other.end, q.start
        ):
            return None
        noun = _WORD3.match(text, other.end + 1)
        if (
            noun is None
            or not text[other.end : noun.start()].isspace()
            or not _same_word(_unaccented(noun.group().lower()), _unaccented(word.lower()))
        ):
            return None
        others = _worked_words(lang)[2]
        mark = others.match(text, q.end) if others is not None else None
        if mark is None:
            mark = _elided_words(lang).match(text, q.end)
        if mark is None:
            return None
        # `q`'s item: the words after its mark, to the next figure or clause break, and
        # those before it back to the break after `other`'s item ("attempting to kill").
        stop = min([*(v.start for v in r.values if v.start >= q.end), q.end + 64])
        brk = _CLAUSE_BREAK.search(text, mark.end(), stop)
        mine = _marks(text[mark.end() : brk.start() if brk else stop])
        brk = _CLAUSE_BREAK.search(text, other.end, q.start)
        between = brk.end() if brk else q.start
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, between, q.start)]
        ahead = _marks(text[breaks[-1] if breaks else between : q.start])
        mine |= ahead
        # `other`'s item: its words after its noun, and, when `q` has words of its own
        # before it, those before `other` (else they are the whole list's: "Na equipe há").
        theirs = _marks(text[noun.end() : brk.start() if brk else q.start])
        if ahead:
            lo = max(0, other.start - 40)
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, other.start)]
            theirs |= _marks(text[breaks[-1] if breaks else lo : other.start])
        said = _marks(stated.text)

        def shared(a: set[str], b: set[str]) -> set[str]:
            return {w for w in a if any(_same_word(w, t) for t in b)}

        only_theirs, only_mine = theirs - shared(theirs, mine), mine - shared(mine, theirs)
        if shared(said, only_theirs):
            return None
        return bool(shared(said, only_mine))
    return None


@lru_cache(maxsize=64)
def _elided_words(lang: str | None) -> re.Pattern[str]:
    """Words that follow a count whose noun a list leaves out ("8 do Sul", "3 from
    Ohio"): the language's ``[worked] elided``, matched right after the count."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}).get("elided", []) if rules is not None else []
    if not words or rules is None or rules.cjk:
        return _NEVER
    return re.compile(rf"[ \u00a0]+(?:{_alt(words)})[ \u00a0]+(?=[^\W\d_])", re.I)


def _coordinated_with_one_before(stated: Reading, s: Value) -> bool:
    """Whether the statement's figure before `s` is joined to it by a comma or a word of
    coordination alone ("2 and 12 were flagged as anomalies"): the words after `s` are
    said of both, and tie `s` to no one figure of the quote."""
    before = [v.end for v in stated.values if v.end <= s.start]
    return bool(before) and _coordinated().fullmatch(stated.text, max(before), s.start) is not None


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern[str]:
    """What stands between two coordinated figures ([coordinated] in common.toml): a comma
    or a word of coordination, alone between spaces."""
    words = _load_toml("common").get("coordinated", {}).get("words", [])
    return re.compile(rf"\s*(?:{_alt(words)})\s*", re.I)


def _figure_words(
    text: str,
    figures: list[Value],
    values: list[Value],
    loose: bool = False,
    after: set[tuple[int, str]] | None = None,
    loose_too: dict[int, dict[str, str]] | None = None,
) -> tuple[dict[int, dict[str, str]], dict[int, Value]]:
    """The words of `text` given to the figure each stands nearest, by id of the figure:
    a figure of the same stretch between clause breaks first, else the nearest in the same
    sentence ("by terrorism, it's less than 100"); none across a sentence's end. Words
    inside a value or its hedge count nothing. Keys are a word's first five letters,
    unaccented; words of four letters or more and capitalized names of three. `after`
    collects (id of the figure, key) of the words that follow their figure. `loose_too`, a
    dict, is filled as the words with `loose` would be (one reading for both)."""
    order = sorted(figures, key=lambda v: v.start)
    starts = [v.start for v in order]
    breaks = [m.start() for m in _TIE_BREAK.finditer(text)]
    ends = (
        [m.start() for m in _MODAL_SENTENCE_END.finditer(text)]
        if loose or loose_too is not None
        else []
    )
    taken = sorted(
        (a, b)
        for v in values
        for a, b in ((v.start, v.end), v.hedge_span or (v.start, v.start))
        if b > a
    )
    taken_starts = [a for a, _ in taken]
    out: dict[int, dict[str, str]] = {id(v): {} for v in order}
    if loose_too is not None:
        loose_too.update({id(v): {} for v in order})

    def apart(marks: list[int], a: int, b: int) -> bool:
        i = bisect.bisect_left(marks, a)
        return i < len(marks) and marks[i] < b

    compass_words = _meanings("compass")
    # The tokens (`_TOKEN`) of three characters or more: no shorter word counts.
    for m in _LONG_TOKEN.finditer(text):
        word = m.group()
        if word.isdigit():
            continue
        compass = compass_words.get(_unaccented(word.lower()))
        if not (len(word) >= 4 or (word[:1].isupper() and (compass or word not in _SHORT))):
            continue
        i = bisect.bisect_right(taken_starts, m.start()) - 1
        if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
            continue
        j = bisect.bisect_left(starts, m.start())
        near: list[tuple[int, Value]] = []
        if j and not apart(breaks, order[j - 1].end, m.start()):
            near.append((m.start() - order[j - 1].end, order[j - 1]))
        if j < len(order) and (
            not apart(breaks, m.end(), order[j].start)
            or _BRACKETED.fullmatch(text, m.end(), order[j].start)
        ):
            # "private Anbieter (20 Prozent)": the figure in brackets after a name is its.
            near.append((order[j].start - m.end(), order[j]))
        if not near and loose and j and not apart(ends, order[j - 1].end, m.start()):
            # `loose`: a stretch with no figure goes with the figure before it in its
            # sentence ("51 stranded and dead on the Chatham Islands").
            near.append((m.start() - order[j - 1].end, order[j - 1]))
        if near:
            # The nearer of at most two, the first when both are as near (as `min` takes).
            owner = near[1][1] if len(near) > 1 and near[1][0] < near[0][0] else near[0][1]
            key = compass or _unaccented(word.lower()[:5])
            out[id(owner)][key] = word
            if loose_too is not None:
                loose_too[id(owner)][key] = word
            if after is not None and owner.end <= m.start():
                after.add((id(owner), key))
        elif loose_too is not None and j and not apart(ends, order[j - 1].end, m.start()):
            # As `loose` reads it (above).
            loose_too[id(order[j - 1])][compass or _unaccented(word.lower()[:5])] = word
    return out, {id(v): v for v in order}


#: A word with its hyphened parts ("Centro-Oeste"), or a run of Chinese or Japanese.
_COMPASS_TOKEN = _lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def _compass_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """[compass] by word (unaccented, lower case), and its Chinese and Japanese words as
    one pattern, longest first ("东南部" before "南部")."""
    table = _meanings("compass")
    return table, re.compile(_alt([w for w in table if _has_cjk(w)]) or "(?!)")


@lru_cache(maxsize=256)
def _says_compass(text: str) -> bool:
    return _any_compass().search(text) is not None


@lru_cache(maxsize=1)
def _any_compass() -> re.Pattern[str]:
    """Any word of [compass] (a part of one too: "Centro-Oeste"), a quick test."""
    raw = [w for words in _load_toml("common").get("compass", {}).values() for w in words]
    latin = [p for w in raw if not _has_cjk(w) for p in w.split("-")]
    cjk = [w for w in raw if _has_cjk(w)]
    return re.compile(rf"(?<!\w)(?:{_alt(latin)})(?!\w)|{_alt(cjk)}", re.I)


def _compass_said(text: str, v: Value, values: list[Value]) -> dict[str, str]:
    """The points of the compass said in figure `v`'s clause, not past the figures beside
    it, each with its word: "8 do Sul" is south, "11人来自南部" south, "2 do Centro-Oeste"
    centre-west (a compound before its parts)."""
    lo = max([v.start - _CLAUSE_REACH, *(u.end for u in values if u.end <= v.start)])
    hi = min([v.end + _CLAUSE_REACH, *(u.start for u in values if u.start >= v.end)])
    before, after = _clause_around(text, v, lo, hi)
    table, cjk = _compass_words()
    found: dict[str, str] = {}
    for part in (before, after):
        for m in _COMPASS_TOKEN.finditer(part):
            token = m.group()
            whole = table.get(_unaccented(token.lower()))
            if whole is not None:
                found.setdefault(whole, token)
            elif not _has_cjk(token):
                for piece in token.split("-"):
                    meaning = table.get(_unaccented(piece.lower()))
                    if meaning is not None:
                        found.setdefault(meaning, piece)
        for m in cjk.finditer(part):
            found.setdefault(table[m.group()], m.group())
    return found


def _compass_rival(
    stated: Reading, s: Value, q: Value, readings: list[Reading]
) -> tuple[Value, str] | None:
    """Another figure of `q`'s sentence whose clause names the statement's point of the
    compass when `q`'s names another ([compass] of common.toml, in every language): "11人来
    自南部" for "11 integrantes do Sudeste, 8 do Sul" gives (8, "Sul"); or None."""
    if not _says_compass(stated.text):
        return None
    mine = _compass_said(stated.text, s, stated.values)
    if not mine:
        return None
    for r in readings:
        if not _holds_value(r.values, q):
            continue
        at_q = _compass_said(r.text, q, r.values)
        if not at_q or set(mine) & set(at_q):
            return None
        for v in r.values:
            if v is q or v.kind != q.kind or v.dim != q.dim:
                continue
            if _REGION_END.search(r.text, min(v.end, q.end), max(v.start, q.start)):
                continue  # another sentence
            at_v = _compass_said(r.text, v, r.values)
            both = set(mine) & set(at_v)
            if both:
                return v, at_v[min(both)]
        return None
    return None


#: A token (`_TOKEN`) of three characters or more: `\w{3,}` matches the runs of `\w+`
#: that are that long, from their first character.
_LONG_TOKEN = _lazy(r"\w{3,}")
#: Only an opening bracket between a word and the figure after it.
_BRACKETED = _lazy(r"\s*[(（]\s*")


@lru_cache(maxsize=64)
def _meanings(section: str) -> dict[str, str]:
    """Each word of a common.toml section (unaccented, lower case) and its meaning: in
    [compass] "sudeste" and "south-east" are "southeast"; in [tally] a count that
    "abstentions" or "Enthaltungen" follows is the abstentions."""
    return {
        _unaccented(w.lower()): meaning
        for meaning, words in _load_toml("common").get(section, {}).items()
        for w in words
    }


#: The word right after a count: "86 abstentions".
_WORD_AFTER = _lazy(r"[ \u00a0]*([^\W\d_]+)")


def _tallied(reading: Reading) -> list[tuple[Value, str]]:
    """The counts of a reading that a tally word follows, with the word's meaning."""
    words = _meanings("tally")
    found = []
    for v in reading.values:
        if v.kind != "number" or v.hedge:
            continue
        m = _WORD_AFTER.match(reading.text, v.end)
        meaning = words.get(_unaccented(m.group(1).lower())) if m else None
        if meaning is not None:
            found.append((v, meaning))
    return found


def _tally_swapped(stated: Reading, readings: list[Reading]) -> tuple[str, str] | None:
    """A count the statement ties to a tally word ("with 86 abstentions") that the quote
    gives too, but with that word after another count only ("438 contre 86 et 42
    abstentions"): the statement's count and the quote's, as written; or None."""
    own = _tallied(stated)
    if not own:
        return None
    theirs = [t for r in readings for t in _tallied(r)]
    for v, meaning in own:
        tied = [u for u, m in theirs if m == meaning]
        if not tied or any(_close(u.value, v.value) for u in tied):
            continue
        if any(_close(x.value, v.value) for r in readings for x in r.values if x.kind == "number"):
            return f"{v.text} {meaning}", f"{tied[0].text} {meaning}"
    return None


#: Where a clause ends, for the words of a vote's side beside a count.
_SIDE_CLAUSE = _lazy(r"[,;:()（）、，；：。！？]|[.!?](?=\s|$)")


@lru_cache(maxsize=1)
def _side_words() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """[vote_sides] by word (unaccented, lower case), a pattern of its words, and one of
    [vote_said]."""
    sides = _meanings("vote_sides")
    said = _load_toml("common").get("vote_said", {}).get("words", [])

    def words_re(words: list[str]) -> re.Pattern[str]:
        latin = [w for w in words if not _has_cjk(w)]
        cjk = [w for w in words if _has_cjk(w)]
        return re.compile(rf"(?<!\w)(?:{_alt(latin)})(?!\w)|{_alt(cjk)}", re.I)

    raw = [w for words in _load_toml("common").get("vote_sides", {}).values() for w in words]
    return sides, words_re([*raw, *sides]), words_re(said)


@lru_cache(maxsize=1)
def _side_before() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """[vote_sides_before] by phrase (unaccented, lower case), a pattern of one of them
    ending right before a count ("opposed by 438"), and one of them anywhere."""
    before = _meanings("vote_sides_before")
    raw = [w for words in _load_toml("common").get("vote_sides_before", {}).values() for w in words]
    phrase = rf"(?<!\w)({_alt([*raw, *before])})"
    return before, re.compile(rf"{phrase}[ \u00a0]+$", re.I), re.compile(phrase, re.I)


def _vote_sides(reading: Reading, rules: Rules | None, pairs: bool) -> list[tuple[Value, str]]:
    """The counts of a reading tied to a side of a vote: by the word right after it ("438
    against", "42 abstentions"), else by the one side word of its clause (after it, "438
    deputies voted against"; in Chinese or Japanese on either side, "反对该法案的议员有438人");
    with `pairs`, in a text that says a vote, by its place in a pair ("438 contre 86": for,
    then against)."""
    sides, side_words, said = _side_words()
    found: list[tuple[Value, str]] = []
    text = reading.text
    paired = _pairs(reading, rules)
    in_pairs = {id(v) for pair in paired for v in pair}
    # Where the figures end and start, in order: the one nearest before or after a figure
    # is looked up, not looked for among them all.
    value_ends = sorted(u.end for u in reading.values)
    value_starts = sorted(u.start for u in reading.values)
    for v in reading.values:
        if v.kind != "number" or v.hedge or id(v) in in_pairs:
            continue  # "438 contre 86": the word between a pair's counts is no side
        m = _WORD_AFTER.match(text, v.end)
        side = sides.get(_unaccented(m.group(1).lower())) if m else None
        if side is None and not pairs:
            # The statement's passive: "opposed by 438 deputies", "rejeté par 86 voix".
            before, before_re, _ = _side_before()
            hit = before_re.search(text, max(0, v.start - 30), v.start)
            phrase = " ".join(hit.group(1).lower().split()) if hit else ""
            side = before.get(_unaccented(phrase)) if hit else None
        if side is None:
            # Its clause, not past the figures beside it: "86 en contra y 42 abstenciones".
            lo = _last_end(_SIDE_CLAUSE, text, v.start)
            end = _SIDE_CLAUSE.search(text, v.end)
            hi = end.start() if end is not None else len(text)
            at = bisect.bisect_right(value_ends, v.start)  # those ending at or before it
            lo = max(lo, value_ends[at - 1]) if at else lo
            at = bisect.bisect_left(value_starts, v.end)  # those starting at or after its end
            hi = min(hi, value_starts[at]) if at < len(value_starts) else hi
            if rules is None or not rules.cjk:
                lo = v.end  # "86 votaram contra e 42 se abstiveram": the words after it
            said_sides = {sides[_unaccented(w.lower())] for w in side_words.findall(text, lo, hi)}
            side = said_sides.pop() if len(said_sides) == 1 else None
        if side is not None:
            found.append((v, side))
    if pairs and said.search(text):
        for a, b in paired:
            found += [(a, "for"), (b, "against")]
    elif not pairs:
        # The statement's pair said with its side words ("438 votes in favour and 42
        # against", "赞成438票、反对42票"): each count is its word's side.
        for a, b in _pairs(reading, rules, worded=True):
            found += [(a, "for"), (b, "against")]
    return found


@lru_cache(maxsize=256)
def _says_a_side(text: str) -> bool:
    if _side_words()[1].search(text) is not None:
        return True
    return _side_before()[2].search(text) is not None


@lru_cache(maxsize=64)
def _agent_re(lang: str | None) -> re.Pattern[str] | None:
    """The language's agent of a participle ([agent]: "killed … by terrorism", "tués par
    le terrorisme"): the participle (group 1), at most three tokens, the agent word and up
    to three words after it (group 2), none a digit."""
    rules = rules_for(lang)
    data = rules.data.get("agent", {}) if rules is not None else {}
    words, participle = data.get("before") or [], data.get("participle")
    if not words or not participle or rules is None or rules.cjk:
        return None
    # A lookahead, so that matches overlap: "ont été blessés par …" gives "été" and "blessés".
    return re.compile(
        rf"(?<!\w)(?=({participle})(?!\w)(?:[ \u00a0]+[^\s,;:.!?]+){{0,3}}?[ \u00a0]+"
        rf"(?:{_alt(words)})[ \u00a0]+((?:[^\W\d_]+[ \u00a0]+){{0,2}}[^\W\d_]+)(?!\w)"
        rf"(?![ \u00a0]*\d))",
        re.I,
    )


def _agent_words(phrase: str, rules: Rules) -> set[str]:
    """The content words of an agent phrase: four letters or more, no function word."""
    skip = (rules.function_words or frozenset()) | _agent_skip(rules.base)
    return {w.lower() for w in _WORD4.findall(phrase) if w.lower() not in skip}


@lru_cache(maxsize=16)
def _agent_skip(lang: str | None) -> frozenset[str]:
    """Words of an agent phrase that name no agent ([agent] skip: "dans", "since")."""
    rules = rules_for(lang)
    words = rules.data.get("agent", {}).get("skip", []) if rules is not None else []
    return frozenset(w.lower() for w in words)


_WORD4 = _lazy(r"[^\W\d_]{4,}")


def _agent_otherwise(
    stated: Reading, readings: list[Reading], langs: Sequence[str | None], lang: str | None
) -> tuple[str, str] | None:
    """The agent the statement gives a participle ("killed by gun violence") where a quote
    in its language gives the same participle another agent ("killed since 9/11 by
    terrorism"), no content word of either found on the other side: (the statement's
    words, the quote's); else None. Which cause is meant, a person reads."""
    pattern = _agent_re(lang)
    rules = rules_for(lang)
    if pattern is None or rules is None or not stated.values:
        return None
    mine = [
        (m.group(1).lower(), stated.text[m.start() : m.end(2)], m.group(2))
        for m in pattern.finditer(stated.text)
    ]
    if not mine:
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        if _base(quote_lang) != _base(lang):
            continue
        for m in pattern.finditer(r.text):
            for verb, said, agent in mine:
                if m.group(1).lower() != verb:
                    continue
                ours, theirs = _agent_words(agent, rules), _agent_words(m.group(2), rules)
                if not ours or not theirs:
                    continue
                if any(_shares_stem(a, b) for a in ours for b in theirs):
                    continue
                quoted = {w.lower() for w in _WORD4.findall(r.text)}
                said_words = {w.lower() for w in _WORD4.findall(stated.text)}
                if ours & quoted or theirs & said_words:
                    continue
                return said, r.text[m.start() : m.end(2)]
    return None


def _shares_stem(a: str, b: str) -> bool:
    """Whether two words share their first four letters ("terrorists", "terrorism";
    "rockfalls", "rocks")."""
    return a[:4] == b[:4]


def _vote_side_swapped(
    stated: Reading,
    rules: Rules | None,
    readings: list[Reading],
    langs: Sequence[str | None],
) -> tuple[str, str] | None:
    """A count the statement ties to a side of a vote ("反对该法案的议员有438人": 438
    against) that the quote gives to another side only ("438 contre 86": 438 for): the
    statement's count and the quote's, with their sides; or None."""
    # Only a bare count can be tied to a side (`_vote_sides`): a statement without one,
    # most, is not scanned for the side words.
    if not any(v.kind == "number" and not v.hedge for v in stated.values):
        return None
    if not _says_a_side(stated.text):
        return None
    own = _vote_sides(stated, rules, pairs=False)
    if not own:
        return None
    said = _side_words()[2]
    if not any(said.search(r.text) for r in readings):
        return None  # "counts against him" for "counts … for murdering": no vote
    theirs = [
        t
        for i, r in enumerate(readings)
        for t in _vote_sides(r, rules_for(langs[i]) if i < len(langs) else None, pairs=True)
    ]
    for v, side in own:
        same = [u for u, m in theirs if _close(u.value, v.value)]
        if same and all(m != side for u, m in theirs if _close(u.value, v.value)):
            other = next(m for u, m in theirs if _close(u.value, v.value))
            return f"{v.text} {side}", f"{same[0].text} {other}"
    return None


def _subject_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    comparable: list[Value],
    readings: list[Reading],
    langs: list[str | None] | None = None,
    statement_lang: str | None = None,
) -> tuple[Value, str, str] | None:
    """Another figure of the quote holding `q` that the statement's subject goes with, the
    word that says so, and the verdict when that figure does not meet the statement's
    ("missing": a hint for a person, who reads the sentence). (1) A name or place of the
    statement stands in that figure's stretch only, and `q` with a name of its own ("51
    whales on Ninety Mile Beach" for "10 pygmy whales on Ninety Mile beach, 51 stranded … on
    the Chatham Islands"; "O Sul terá 11" for "11 … do Sudeste, 8 do Sul"). (2) Figures each
    alone in a sentence: the word nearest before `q` is none of the statement's, the word
    nearest before the other figure is ("by terrorism, it's less than 100 … by gun violence,
    it's in the tens of thousands"). (3) A statement giving words to each of its figures: a
    word it gives its figure follows only the other figure ("70 Prozent weniger Energie und
    … um 40 Prozent" for "energy use by 40%"). Not for Chinese or Japanese, whose words are
    not read apart."""
    if _has_cjk(stated.text) or _coordinated_with_one_before(stated, s):
        return None
    owner = next((r for r in readings if _holds_value(r.values, q)), None)
    if owner is None or _has_cjk(owner.text):
        return None
    ids = {id(c) for c in comparable}
    figures = [v for v in owner.values if id(v) in ids or v is q]
    # In a language that capitalizes only names, a capitalized word the quote gives several
    # figures ("Island" in "on Stewart Island, … on the Chatham Islands") is part of their
    # names and ties the statement to none of them; a German noun is no name.
    rules = rules_for(langs[readings.index(owner)]) if langs is not None else None
    names_only = rules is not None and rules.names_capitalized
    if len(figures) < 2:
        return None
    stated_loose: dict[int, dict[str, str]] = {}
    mine_all, _ = _figure_words(
        stated.text,
        [v for v in stated.values if v.kind in _TIED_KINDS or v is s],
        stated.values,
        loose_too=stated_loose,
    )
    # An auxiliary verb ("were", "wurden") ties a figure to no subject.
    mine = {k: w for k, w in mine_all.get(id(s), {}).items() if k not in _auxiliaries()}
    if not mine:
        return None
    following: set[tuple[int, str]] = set()
    loose: dict[int, dict[str, str]] = {}
    theirs, by_id = _figure_words(
        owner.text, figures, owner.values, after=following, loose_too=loose
    )
    said = set().union(*mine_all.values())
    seen: dict[str, int] = {}
    for words in theirs.values():
        for k in words:
            seen[k] = seen.get(k, 0) + 1
    own = {k for k, n in seen.items() if n == 1}
    first = _TOKEN.search(stated.text)
    opening = first.group().lower()[:5] if first else ""
    names = {
        k
        for k, w in mine.items()
        if k != opening and (w[:1].isupper() or (len(w) >= 2 and w.isupper()))
    }
    q_words = theirs[id(q)]
    # 1. A name of the statement beside another figure, `q` beside another name.
    q_names = {
        k for k, w in loose[id(q)].items() if w[:1].isupper() and seen.get(k, 0) <= (k in q_words)
    }
    for fid, words in theirs.items():
        if fid == id(q):
            continue
        hit = names & words.keys() & own
        shared = names & q_words.keys() & (own if names_only else seen.keys())
        if hit and not shared and q_names - mine.keys():
            return by_id[fid], words[min(hit)], "missing"
    # 1b. The same, the name further on in the other figure's stretch ("51 stranded and
    # dead on the Chatham Islands" for "10 pygmy whales … on the Chatham Islands"), none
    # in `q`'s, which names a place of its own: the name's figure is the statement's, and
    # one that does not meet it contradicts, whatever common noun `q` shares.
    loose_seen: dict[str, int] = {}
    for words in loose.values():
        for k in words:
            loose_seen[k] = loose_seen.get(k, 0) + 1
    loose_own = {k for k, n in loose_seen.items() if n == 1 or not names_only}
    # The statement's names further on in its figure's sentence count here too, in a
    # language that capitalizes only names: "51 whales stranded and died on Stewart Island"
    # names the place of the quote's "140 pilot whales … on Stewart Island".
    # So do, in a statement whose one tied figure this is, the names before it in its
    # sentence ("On Stewart Island, 51 whales died").
    stated_rules = rules_for(statement_lang)
    far = set(names)
    if names_only and stated_rules is not None and stated_rules.names_capitalized:
        far |= {
            k
            for k, w in stated_loose.get(id(s), {}).items()
            if k != opening and k not in _auxiliaries() and w[:1].isupper()
        }
        if len(mine_all) == 1:
            ends = [m.end() for m in _SENTENCE_END.finditer(stated.text, 0, s.start)]
            for m in _LONG_TOKEN.finditer(stated.text, ends[-1] if ends else 0, s.start):
                key = _unaccented(m.group().lower()[:5])
                if m.group()[:1].isupper() and key != opening and key not in _auxiliaries():
                    far.add(key)
    if q_names - mine.keys() and not (far & loose[id(q)].keys() & loose_own):
        for fid, words in loose.items():
            if fid == id(q):
                continue
            hit = {k for k in far & words.keys() if loose_seen[k] == 1}
            if hit:
                return by_id[fid], words[min(hit)], "contradicted"
    # 2. Figures each alone in its sentence: the word nearest before `q` is not the
    # statement's, the word nearest before another figure is.
    alone = _alone_in_sentences(owner.text, figures)
    if alone:
        ends = sorted(v.end for v in owner.values)
        nearest = {id(c): _nearest_word(owner.text, c, ends) for c in figures}
        q_near = nearest[id(q)]
        if q_near is not None and q_near[0] not in said:
            for fid, near in nearest.items():
                # Not the statement's subject opening it ("Sales rose 15%" for "Sales rose
                # 10% in 2022. … they rose 15%").
                if fid != id(q) and near is not None and near[0] in mine and near[0] != opening:
                    return by_id[fid], near[1], "missing"
    # 4. The quote's sentence says the statement's words before `q` of another subject
    # ("Writers made up 95%" for "Designers made up 95%"), and the statement's subject
    # stands beside another figure ("The other 5% were designers").
    other = _other_subject(stated, s, owner, q, opening, theirs)
    if other is not None:
        return by_id[other[0]], other[1], "missing"
    # 3. A statement pairing words with each of its figures ("energy use by 40% and the
    # carbon footprint by 70%"): a word it gives its figure stands only beside another
    # figure of the quote, none beside `q`.
    if len(mine_all) < 2 or mine.keys() & q_words.keys() & own:
        return None
    if not (q_words.keys() & own) - said:
        return None
    for fid, words in theirs.items():
        if fid != id(q) and _joined(owner.text, q, by_id[fid]):
            continue  # a tally: "(290 zu 52 Stimmen)"
        # What the other figure counts, after it ("70 Prozent weniger Energie"), not a
        # verb before it that the whole sentence shares ("possessed a .45-caliber …").
        hit = {
            k
            for k in mine.keys() & words.keys() & own
            if mine[k][:1].islower() and (fid, k) in following
        }
        if fid != id(q) and hit:
            return by_id[fid], words[min(hit)], "missing"
    return None


@lru_cache(maxsize=16)
def _subject_words(lang: str | None) -> re.Pattern[str] | None:
    """A subject's noun after an article ("les socialistes", "los camioneros", "the
    nurses"): the language's ``[subjects] articles``, then the word; None without them."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("articles", []) if rules is not None else []
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})\s*(?<=\s|'|’)([^\W\d_]{{3,}})", re.I)


def _subjects(text: str, lo: int, hi: int, lang: str | None) -> set[str]:
    """The subjects named in text[lo:hi]: nouns after an article, and in a language that
    capitalizes only names, capitalized words that do not open the sentence; lowercased,
    without accents."""
    pattern = _subject_words(lang)
    found = set()
    if pattern is not None:
        found = {_unaccented(m.group(1).lower()) for m in pattern.finditer(text, lo, hi)}
    rules = rules_for(lang)
    if rules is not None and rules.names_capitalized:
        for m in _TOKEN.finditer(text, lo, hi):
            word = m.group()
            if len(word) >= 2 and word[:1].isupper() and not word.isdigit():
                head = text[max(0, m.start() - 3) : m.start()]
                if m.start() and not _SENTENCE_START.search(head):
                    found.add(_unaccented(word.lower()))
    return found


#: What stands before a sentence's first word: its start, or an end of sentence.
_SENTENCE_START = _lazy(r"(?:^|[.!?:;\"“«]\s*)$")


def _stretch_subjects(text: str, v: Value, values: list[Value], lang: str | None) -> set[str]:
    """The subjects of the stretch before figure `v` (`_stretch`)."""
    lo = _stretch(text, v, values)
    return _subjects(text, lo, v.start, lang)


def _stretch(text: str, v: Value, values: list[Value]) -> int:
    """Where the stretch before figure `v` begins: after the figure of its family before
    it, its sentence's start and the last clause break ("and the teachers 3%"; "zu 49
    Prozent" is no stretch of "die Erfurter Stadtwerke" before it)."""
    lo = _last_end(_MODAL_SENTENCE_END, text, v.start)
    for w in values:
        if w is not v and _family(w) == _family(v) and lo <= w.end <= v.start:
            lo = w.end
    taken = [(w.start, w.end) for w in values if w.start < v.start and w.end > lo]
    for m in _CLAUSE_BREAK.finditer(text, lo, v.start):
        if not any(a <= m.start() < b for a, b in taken):
            lo = m.end()
    return lo


def _long_words(text: str, lo: int, hi: int, first: bool = False) -> set[str]:
    """The words of four letters or more of text[lo:hi], lowercased, without accents (with
    `first`, the first of them only)."""
    found = set()
    for m in _TOKEN.finditer(text, lo, hi):
        if len(m.group()) >= 4 and not m.group().isdigit():
            found.add(_unaccented(m.group().lower()))
            if first:
                break
    return found


def _shared(a: set[str], b: set[str]) -> int:
    """How many words of `a` `b` holds in some form (`_same_word`)."""
    return sum(1 for x in a if any(_same_word(x, y) for y in b))


#: At most this many other figures of `q`'s sentence are asked for their subjects.
_MAX_RIVALS = 16


def _subject_swapped(
    stated: Reading,
    s: Value,
    q: Value,
    comparable: list[Value],
    readings: list[Reading],
    statement_lang: str | None,
    langs: list[str | None],
) -> tuple[Value, str] | None:
    """Another figure of `q`'s sentence that the statement's subject goes with, when `q`
    goes with a subject of its own: "Les socialistes ont obtenu 12 sièges" for "Les Verts
    ont obtenu 12 sièges et les socialistes 20", "The teachers got a 5% raise" for "The
    nurses got a 5% raise and the teachers 3%". Subjects are nouns after an article and
    names (`_subjects`), in the stretch before each figure; the statement's subject must
    stand before that other figure only, and `q` with a subject the statement does not
    name. With the statement's word."""
    i = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None or _has_cjk(readings[i].text) or _base(langs[i]) != _base(statement_lang):
        return None
    owner, lang = readings[i], langs[i]
    ids = {id(c) for c in comparable}
    # The other figures of `q`'s sentence; a bare count may be one said with its unit
    # once ("900 euros y los camioneros 700").
    others = [
        c
        for c in owner.values
        if c is not q
        and (id(c) in ids or (c.kind == "number" and c.dim is None and c.span is None))
    ]
    if not others:
        return None
    mine = _stretch_subjects(stated.text, s, stated.values, statement_lang)
    if not mine:
        return None
    ours = _stretch_subjects(owner.text, q, owner.values, lang)
    if not ours - mine or any(_same_word(a, b) for a in mine for b in ours):
        return None
    sentence = _sentence(
        [m.end() for m in _MODAL_SENTENCE_END.finditer(owner.text)], q.start, q.end
    )
    found = None
    # The nearest of the sentence's figures only: each stretch costs the text's figures,
    # and a sentence of thousands of figures would make it quadratic.
    near = sorted(
        (c for c in others if sentence[0] <= c.start < sentence[1]),
        key=lambda c: abs(c.start - q.start),
    )
    for c in near[:_MAX_RIVALS]:
        theirs = _stretch_subjects(owner.text, c, owner.values, lang)
        hit = [a for a in mine if any(_same_word(a, b) for b in theirs)]
        if hit:
            if found is not None:
                return None  # the subject goes with two figures
            found = (c, hit[0])
    if found is not None:
        # The statement's head, its first word when that is no subject, must not stand
        # before `q` only: "Stable async/await support in Rust is two months old" is said
        # of "stable async / await support … is only a few months old", not of "Rust has
        # had asynchronous futures for over three years".
        lo = _stretch(stated.text, s, stated.values)
        head = next(iter(_long_words(stated.text, lo, s.start, first=True)), None)
        if head is not None and not any(_same_word(head, a) for a in mine):
            c = found[0]
            at_q = _long_words(owner.text, _stretch(owner.text, q, owner.values), q.start)
            at_c = _long_words(owner.text, _stretch(owner.text, c, owner.values), c.start)
            if _shared({head}, at_q) > _shared({head}, at_c):
                return None
    return found


def _other_subject(
    stated: Reading,
    s: Value,
    owner: Reading,
    q: Value,
    opening: str,
    theirs: dict[int, dict[str, str]],
) -> tuple[int, str] | None:
    """For `_subject_elsewhere` (4): the id of the quote's other figure that the
    statement's first word stands beside, and that word, when the statement and the
    sentence of `q` say the same words before their figures after another first word."""
    first = _TOKEN.search(stated.text)
    if first is None or not opening or opening in theirs.get(id(q), {}):
        return None
    mine = stated.text[first.end() : s.start].lower().split()
    if not mine or not all(_TOKEN.search(w) for w in mine):
        return None
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(owner.text, 0, q.start)]
    begin = ends[-1] if ends else 0
    head = _TOKEN.search(owner.text, begin, q.start)
    if head is None or head.group().lower()[:5] == opening:
        return None
    if owner.text[head.end() : q.start].lower().split() != mine:
        return None
    for fid, words in theirs.items():
        if fid != id(q) and opening in words:
            return fid, words[opening]
    return None


def _joined(text: str, a: Value, b: Value) -> bool:
    """Whether two figures stand joined by one word at most ("290 zu 52", "438 contre 86")."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return len(_TOKEN.findall(text, lo, hi)) <= 1 if hi - lo < 24 else False


def _alone_in_sentences(text: str, figures: list[Value]) -> bool:
    """Whether no two of the figures share a sentence."""
    ends = [m.start() for m in _MODAL_SENTENCE_END.finditer(text)]
    spots = [bisect.bisect_left(ends, v.start) for v in figures]
    return len(set(spots)) == len(spots)


def _nearest_word(text: str, v: Value, ends: list[int]) -> tuple[str, str] | None:
    """The nearest word of five letters or more before a figure, over shorter ones ("by
    terrorism, it's less than 100"), in its sentence and after the value before it ("costs
    $200 and 700 g" gives none): (its key, the word)."""
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    i = bisect.bisect_right(ends, start)  # `ends`: the sorted ends of the text's values
    stop = max(0, start - 48, ends[i - 1] if i else 0)
    window = text[stop:start]
    cut = list(_MODAL_SENTENCE_END.finditer(window))
    if cut:
        window = window[cut[-1].end() :]
    for token in reversed(_TOKEN.findall(window)):
        if len(token) >= 5 and not token.isdigit():
            return _unaccented(token.lower()[:5]), token
    return None


def _named_instead(
    stated: Reading, s: Value, same: list[Value], candidates: list[Value], readings: list[Reading]
) -> list[Value] | None:
    """The quote's figures named by a name the statement gives its bounded figure ("UDI" in
    "fewer than a dozen UDI deputies"), when the quote's figures equal to it (`same`) are
    named otherwise ("12 députés Front de gauche"): the figures to judge the bound by."""
    said = [v.start for v in stated.values]
    around = _neighbours(said, stated.values, s, len(stated.text))
    mine = _counted(stated.text, s.end, around[1])
    # Names: acronyms and capitalised words, never the first word of the statement.
    names = {k for k, w in mine.items() if w[:1].isupper() and stated.text.find(w) > 0}
    if not names:
        return None
    found: list[Value] = []
    ids = {id(c) for c in candidates}
    for r in readings:
        starts, length = [v.start for v in r.values], len(r.text)
        for c in r.values:
            if id(c) not in ids:
                continue
            words = _counted(r.text, c.end, _neighbours(starts, r.values, c, length)[1])
            if names & words.keys():
                if any(c is x for x in same):
                    return None  # the equal figure is named alike: it stays
                found.append(c)
    return found or None


def _subject_of(
    stated: Reading,
    s: Value,
    stop: int,
    leading: set[str],
    owner: Reading,
    q: Value,
    figures: list[Value],
) -> bool:
    """Whether the statement's words before its figure name the subject that only `q` stands
    with, `q` saying its noun once for a list: "Das Dorf hat 800 Einwohner" for "Die Stadt hat
    12.000 Einwohner, das Dorf nebenan nur 800" (the village's 800, not the town's 12.000)."""
    subject = _leading(stated.text, s.start, stop).keys() & leading
    if not subject:
        return False
    starts, length = [v.start for v in owner.values], len(owner.text)
    for c in figures:
        if c is q:
            continue
        before = _neighbours(starts, owner.values, c, length)[0]
        if subject & _leading(owner.text, c.start, before).keys():
            return False  # the subject goes with another figure too
    return True


def _word_before(text: str, start: int, stop: int) -> str | None:
    """The nearest word of four letters or more before a figure, over at most two shorter
    ones ("arrested in", "modified on Wed"), back to `stop` (the figure before) or a break;
    by its first five letters."""
    window = text[max(stop, start - 40) : start]
    cuts = list(_TIE_BREAK.finditer(window))
    if cuts:
        window = window[cuts[-1].end() :]
    for i, token in enumerate(reversed(_TOKEN.findall(window))):
        if len(token) >= 4 and not token.isdigit():
            return token.lower()[:5]
        if i >= 2:
            break
    return None


#: A date in brackets closing a text: a headline's dateline, "（2022年08月10日）".
_DATELINE = _lazy(r"\s*[)）]\s*$")


def _is_dateline(text: str, v: Value) -> bool:
    """Whether `v` is a dateline: a date in brackets closing the text ("（2022年08月08日）",
    "(12 May 2021)")."""
    if v.kind != "date" or not _DATELINE.match(text, v.end):
        return False
    before = _stripped_end(text, v.start)
    return bool(before) and text[before - 1] in "(（"


@lru_cache(maxsize=256)
def _word_list_re(lang: str | None, section: str, key: str) -> re.Pattern[str] | None:
    """A language's word list ``[section] key`` as one pattern of whole words (of any
    characters in Chinese and Japanese, whose words are not spaced), ignoring case; None
    when the list is empty or the language has no rules."""
    rules = rules_for(lang)
    words = rules.data.get(section, {}).get(key, []) if rules is not None else []
    if not words or rules is None:
        return None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{left}(?:{_alt(words)}){right}", re.I)


def _says_dated(text: str, lang: str | None) -> bool:
    """Whether a statement says its date is a text's own ("is dated 8 August 2022")."""
    words = _word_list_re(lang, "dates", "dated")
    return words is not None and words.search(text) is not None


def _dateline_only(s: Value, q: Value, owner: Reading, published: date | None) -> Value | None:
    """Another date of the quote, contradicting the statement's, when the statement's date
    matched only the dateline in brackets closing the quote."""
    text = owner.text
    before = _stripped_end(text, q.start)  # the quote's text before `q`, without spaces
    if not _DATELINE.match(text, q.end) or not before or text[before - 1] not in "(（":
        return None
    for other in owner.values:
        if other is not q and other.kind == "date" and other.end <= q.start:
            if _compare(s, other, published)[0] == "contradicted":
                return other
    return None


def _date_of_another_event(
    stated: Reading, s: Value, q: Value, owner: Reading, published: date | None
) -> tuple[Value, str] | None:
    """Another date of the quote that the word before the statement's date stands before:
    "Carlineo was arrested in March" for "He was arrested in April for the March 21 call"
    gives (April, "arrested"); "last modified on 3 January" for "3 Jan 2019 … Last modified
    on Wed 16 Jan 2019" gives (16 Jan 2019, "modified"). None when that word stands before
    `q` too ("elected in 2012 and re-elected in 2016")."""
    said = [v.start for v in stated.values]
    word = _word_before(stated.text, s.start, _neighbours(said, stated.values, s, 0)[0])
    if word is None:
        return None
    starts = [v.start for v in owner.values]
    length = len(owner.text)

    def before(v: Value) -> str | None:
        return _word_before(owner.text, v.start, _neighbours(starts, owner.values, v, length)[0])

    if before(q) == word:
        return None
    for other in owner.values:
        if other is q or other.kind not in ("date", "year") or before(other) != word:
            continue
        if _compare(s, other, published)[0] == "contradicted":
            found = _TOKEN.findall(owner.text[max(0, other.start - 40) : other.start])
            shown = next((t for t in reversed(found) if t.lower()[:5] == word), word)
            return other, shown
    return None


#: Where one sentence of a quote ends and the next begins: an end mark after a lowercase
#: letter, a digit or a closing bracket or quote, then a capital ("Netscape. It became"; not
#: "the U.S. Embassy"), or after two capitals, then a capital ("the role of CEO. This"),
#: or after a word of five letters or more, then a digit
#: ("freigegeben. 1985 ersetzten"; not "Nov. 7"), or a Chinese or Japanese end mark.
_SENTENCE_GAP = _lazy(
    r"(?<=[^\W\dA-Z_][.!?])\s+(?=[\"“‘'(]?[A-Z])|(?<=[\d)\"”’][.!?])\s+(?=[A-Z])"
    r"|(?<=[^\W\d_]{5}[.!?])\s+(?=\d)|(?<=[A-Z]{2}[.!?])\s+(?=[A-Z])|(?<=[。！？])"
)


@lru_cache(maxsize=1)
def _event_stop_words() -> frozenset[str]:
    """[event_words] stop of common.toml, keyed as `_words` keys words."""
    words = _load_toml("common").get("event_words", {}).get("stop", [])
    return frozenset(w.lower()[:5] for w in words)


def _sentence_bounds(text: str) -> list[int]:
    """Where each sentence of `text` starts (`_SENTENCE_GAP`), the first at 0, and its end."""
    return [0, *(m.end() for m in _SENTENCE_GAP.finditer(text)), len(text)]


def _event_keys(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> dict[str, str]:
    """The words of `text[lo:hi]` outside `spans` (its figures, sorted) by their keys
    (`_words`), less [event_words] stop. One pass over words and figures together."""
    stop = _event_stop_words()
    keys: dict[str, str] = {}
    j = bisect.bisect_left(spans, (lo, -1))
    for m in _TOKEN.finditer(text, lo, hi):
        while j < len(spans) and spans[j][1] <= m.start():
            j += 1
        if j < len(spans) and spans[j][0] <= m.start():
            continue  # a figure's word ("March 18, 2015", "hundreds")
        for k, w in _words([m.group()]).items():
            if k not in stop:
                keys.setdefault(k, w)
    return keys


def _told_of_another_date(
    stated: Reading, s: Value, q: Value, owner: Reading, published: date | None
) -> tuple[Value, list[str], bool] | None:
    """Another date of the quote, in another sentence, whose sentence tells what the
    statement tells with `s` rather than `q`'s: "Mozilla inherited Netscape's code base in
    2011" for "… when Mozilla inherited Netscape's code-base in 1998. In 2011, Eich
    transferred …" gives (1998, ["Mozilla", "Netscape", "base", "inherited"], True). The
    statement's words (four letters or more, by their first five, figures and [event_words]
    stop left out) are looked for in both sentences: two or more found only in the
    other's, and more than twice as many as only in `q`'s, make it the other date's event
    (True); as many or more, a person's call (False). Not when the statement tells all that
    `q`'s sentence does ("retrieved on 12 October 2007" for "… (1996). "nscp dorm".
    Retrieved 2007-10-12."). (The other date, the statement's words found only in its
    sentence, whether it contradicts) or None. Linear: each sentence is read once."""
    if len(owner.values) < 2:
        return None
    bounds = _sentence_bounds(owner.text)

    def sentence(pos: int) -> tuple[int, int]:
        at = bisect.bisect_right(bounds, pos, 1, len(bounds) - 1)
        return bounds[at - 1], bounds[at]

    q_lo, q_hi = sentence(q.start)
    others = [
        o
        for o in owner.values
        if o is not q
        and o.kind in ("date", "year")
        and not q_lo <= o.start < q_hi
        and _compare(s, o, published)[0] == "contradicted"
    ]
    if not others:
        return None
    mine = _event_keys(
        stated.text, 0, len(stated.text), sorted((v.start, v.end) for v in stated.values)
    )
    if len(mine) < 2:
        return None
    spans = sorted((v.start, v.end) for v in owner.values)
    read: dict[tuple[int, int], dict[str, str]] = {}

    def told(lo: int, hi: int) -> dict[str, str]:
        if (lo, hi) not in read:
            read[lo, hi] = _event_keys(owner.text, lo, hi, spans)
        return read[lo, hi]

    q_all = told(q_lo, q_hi)
    q_keys = mine.keys() & q_all.keys()
    if q_keys and q_keys == q_all.keys():
        return None  # "Retrieved 2007-10-12.": all that `q`'s sentence tells, the statement does
    best: tuple[Value, set[str], set[str]] | None = None
    for o in others:
        o_keys = mine.keys() & told(*sentence(o.start)).keys()
        only = o_keys - q_keys
        if len(only) >= 2 and (best is None or len(only) > len(best[1])):
            best = o, only, q_keys - o_keys
    if best is None or len(best[1]) < len(best[2]):
        return None
    o, only, q_only = best
    return o, sorted(mine[k] for k in only), len(only) > 2 * len(q_only)


#: The word right after a count: "2,400 residents".
_NOUN_AFTER = _lazy(r"[ \u00a0]+([^\W\d_]+)")


def _counter(text: str, end: int, rules: Rules | None) -> str | None:
    """The counter word right after a count ("40名员工": "名"), if the rules class it."""
    if rules is None or not rules.counters:
        return None
    if not rules.cjk:
        # "2,400 residents": the noun after the count, as the data file classes it.
        noun = _NOUN_AFTER.match(text, end)
        return noun.group(1).lower() if noun and noun.group(1).lower() in rules.counters else None
    for size in (2, 1):
        word = text[end : end + size]
        if word in rules.counters:
            return word
    return None


def _counted_otherwise(
    stated: Reading,
    s: Value,
    q: Value,
    owner: Reading,
    rules: tuple[Rules | None, Rules | None],
    published: date | None,
) -> tuple[str, str, Value] | None:
    """A count whose counter word says it counts other things than the quote's figure:
    "40名员工" (people) for "40台机器" (machines). With another figure of the quote counted
    as the statement's is ("人口3.5万人，卖出2400个蛋糕" for "2400人"), the statement's
    count is that one's: (verdict, note, that figure); else (missing, note, `q`)."""
    mine = _counter(stated.text, s.end, rules[0])
    if mine is None or rules[0] is None:
        return None
    kind = rules[0].counters[mine]
    theirs = _counter(owner.text, q.end, rules[1]) if q.kind == "number" else None
    if theirs is not None and rules[1] is not None and rules[1].counters[theirs] == kind:
        return None
    for other in owner.values:
        word = _counter(owner.text, other.end, rules[1]) if other.kind == "number" else None
        if other is q or word is None or rules[1] is None or rules[1].counters[word] != kind:
            continue
        if _compare(s, other, published)[0] not in ("match", "overstated"):
            note = f"in the quote the {kind} are {other.shown + word!r}"
            if theirs is None and q.kind == "number":
                # "2400个" may count people too: for a person to read.
                return "missing", f"{note}, and {q.shown!r} is counted with no {mine!r}", q
            return "contradicted", note, other
    if q.kind == "number" and theirs is None:
        return None  # "个", "個", or no counter: it may count anything
    said = f"{q.shown}{theirs}" if theirs else q.shown
    return "missing", f"{s.shown}{mine} counts {kind}, {said!r} does not", q


def _tied_before(
    mine: dict[str, str],
    q: Value,
    figures: list[Value],
    text: str,
    starts: list[int],
    values: list[Value],
) -> tuple[Value, str] | None:
    """:func:`_tied_elsewhere` for a statement's figure that closes its clause: the words
    before it (`mine`) against the words before each figure of the quote. "Duesenfeld
    senkt den CO2-Fußabdruck der Batterie um 70 Prozent" for "70 Prozent weniger Energie
    und reduzieren den CO2-Fußabdruck der Batterie um 40 Prozent" gives (40 Prozent,
    "Batterie"): two words that go with that figure only. Nothing before `q` ("10% in 2022
    and 15% in 2023"), or one word: None."""
    if not mine:
        return None
    lead = {
        id(c): _leading(text, c.start, _neighbours(starts, values, c, len(text))[0])
        for c in figures
    }
    if not lead[id(q)]:
        return None
    # Subjects said once before two figures are common ("siegte in 7,81 sek, … Wencke … in
    # 8,71 sek"): one word is no proof; two are.
    return _told(mine, q, figures, lead, _word_counts(lead), proof=2)


#: Sentence ends (an abbreviation's period aside) and table cells: what a figure's region
#: never crosses.
_REGION_END = _sentence_ends(r"[.!?;](?=\s|$)|[\n│|。！？；]")
#: Breaks inside a sentence between two figures: what stands before the first one goes
#: with the earlier figure, what stands after the last one with the later ("51 % durch die
#: Stadtwerke und zu 49 % von der Messe").
_REGION_SPLIT = re.compile(_TIE_BREAK.pattern + r"|→|,(?=[\"”»’'])|[、，（）「」]", re.I)
#: A word that sets a figure against the one before it, after a comma: "7,5 %, contre
#: 7,9 % un an plus tôt", "12%, versus 9%": the second figure is said of the same subject.
_AGAINST = _lazy(r"contre|against|versus|vs|gegenüber|contra|frente", re.I)
#: "Respectively": figures given in the order of names said before them.
_RESPECTIVELY = _lazy(r"respectiv", re.I)
#: The same said before the figures it orders ("後者はそれぞれ3400MB/s、2800MB/s").
_RESPECTIVELY_BEFORE = _lazy(r"jeweils|それぞれ|分别|各自", re.I)


def _in_order(text: str, q: Value) -> bool:
    """Whether `q` is one of figures its sentence gives "respectively": the word after it
    ("3400 and 2800 MB/s respectively") or, in German, Chinese and Japanese, before it."""
    before = _RESPECTIVELY_BEFORE.search(text, 0, q.start)
    if before and not _REGION_END.search(text, before.end(), q.start):
        return True
    after = _RESPECTIVELY.search(text, q.end)
    return after is not None and not _REGION_END.search(text, q.end, after.start())


_SENTENCE_END = _sentence_ends(r"[.!?](?=\s|$)|[。！？\n]")


@lru_cache(maxsize=64)
def _anaphora(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's words for "the former" and "the latter" ([anaphora] in its data)."""
    rules = rules_for(lang)
    words = rules.data.get("anaphora", {}) if rules is not None else {}
    if not words.get("former") or not words.get("latter"):
        return None
    if rules is not None and rules.cjk:
        return (
            re.compile(f"(?:{_alt(words['former'])})", re.I),
            re.compile(f"(?:{_alt(words['latter'])})", re.I),
        )
    # `_led`: the same matches as "(?<!\w)(?:...)", found without a lookbehind tried at
    # every position of the text.
    return (
        re.compile(rf"{_led(words['former'])}(?!\w)", re.I),
        re.compile(rf"{_led(words['latter'])}(?!\w)", re.I),
    )


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


@lru_cache(maxsize=64)
def _whole_words(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's words that make a figure a whole, every one of its count ("all 21",
    "alle 21", "21人全員", [partitive] whole_before and whole_after in its data): (before
    the figure, after it, a few characters on in CJK; the words that make "all" less,
    "nearly all", before it, whole_not_after)."""
    rules = rules_for(lang)
    words = rules.data.get("partitive", {}) if rules is not None else {}
    left = "" if rules is not None and rules.cjk else r"(?<!\w)"
    before, after, hedged = (
        re.compile(template.format(_alt(words[key])), re.I) if words.get(key) else None
        for key, template in (
            ("whole_before", left + r"(?:{})\s*$"),
            ("whole_after", r"[^\W\d]{{0,4}}?(?:{})"),
            ("whole_not_after", left + r"(?:{})\s*$"),
        )
    )
    return before, after, hedged


#: How far after a quote's whole its part may stand: "21 Christians — 20 of them".
_PART_REACH = 40
#: What ends what a part is said to be: "20 of them Egyptian Copts — along the coast".
_PART_END = _sentence_ends(r"[—–()（）、，,;；。！？]|[.!?](?=\s|$)|\s-\s")


def _all_but_a_part(
    s: Value, q: Value, stated: Reading, lang: str | None, owner: Reading, quote_lang: str | None
) -> tuple[Value, bool] | None:
    """A part of the quote's count `q` that the statement says all of: "all 21 of the
    Christians ... were Copts" for "21 Christians — 20 of them Copts" (the part, 20), or
    None. The part is the next figure after `q` in its sentence, a partitive ("20 of them",
    "dont 20", "其中20") smaller than `q`. With it, whether the statement says of all what
    the quote says of the part: a word of four letters or more (or a CJK character pair)
    shared with what follows the part ("Copts"); across languages, where words cannot be
    compared, False ("all 21 were beheaded" is what the quote says of the 21)."""
    if s.kind != "number" or q.kind != "number":
        return None
    statement = stated.text
    before, after, hedged = _whole_words(lang)
    lead = statement[max(0, s.start - 32) : s.start]
    found = before.search(lead) if before is not None else None
    if found is not None and hedged is not None and hedged.search(lead, 0, found.start()):
        return None  # "nearly all of the 21": not all
    if found is None and (after is None or not after.match(statement, s.end, s.end + 8)):
        return None
    nxt = next((v for v in owner.values if v.start >= q.end), None)
    if (
        nxt is None
        or nxt.kind != "number"
        or nxt.start - q.end > _PART_REACH
        or _REGION_END.search(owner.text, q.end, nxt.start) is not None
        or not nxt.value < q.value
        or not _partitive(owner.text, nxt, quote_lang)
    ):
        return None
    if any(v.kind == "number" and _close(v.value, nxt.value) for v in stated.values):
        return None  # the statement gives the part too: "all 21 Christians — 20 — were Copts"
    if _base(lang) != _base(quote_lang):
        return nxt, False
    stop = _PART_END.search(owner.text, nxt.end, nxt.end + 80)
    said = _content(owner.text[nxt.end : stop.start() if stop else nxt.end + 80])
    shared = {w for w in _content(statement) & said if len(w) >= 4 or _CJK_CHAR.search(w)}
    return nxt, bool(shared)


@lru_cache(maxsize=16)
def _counted_whole_res(lang: str | None) -> dict[str, re.Pattern[str]]:
    """The language's quantifiers over a counted whole ([counted_whole], with [partitive]
    whole_before and whole_after for all of it), by name: `all`, `some`, `none` at a text's
    end, before a figure; `all_after`, `some_after`, `none_after` after the figure and a few
    letters of its noun ("33件の罪状のうち一部"); `one_of_them`, `one_of_the`, `one_words`,
    `zero_words` as phrases."""
    rules = rules_for(lang)
    if rules is None:
        return {}
    words = rules.data.get("counted_whole", {})
    part = rules.data.get("partitive", {})
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    lists = {
        "all": [*part.get("whole_before", []), *words.get("all_before", [])],
        "some": words.get("some_before", []),
        "none": words.get("none_before", []),
        "all_after": [*part.get("whole_after", []), *words.get("all_after", [])],
        "some_after": words.get("some_after", []),
        "none_after": words.get("none_after", []),
    }
    out: dict[str, re.Pattern[str]] = {}
    for name, found in lists.items():
        if not found:
            continue
        if name.endswith("_after"):
            out[name] = re.compile(rf"[^\W\d]{{0,8}}?((?:{_alt(found)}))", re.I)
        else:
            out[name] = re.compile(rf"{left}(?:{_alt(found)})\s*$", re.I)
    if words.get("one_not_after"):
        out["one_not_after"] = re.compile(rf"{left}(?:{_alt(words['one_not_after'])})\s*$", re.I)
    for name in (
        "one_of_them",
        "one_of_the",
        "one_words",
        "zero_words",
        "range_low_words",
        "range_high_words",
    ):
        if words.get(name):
            out[name] = re.compile(rf"{left}(?:{_alt(words[name])}){right}", re.I)
    return out


#: How far before a figure its quantifier is looked for: "some, but not all, of the 33".
_QUANTIFIER_REACH = 48


def _quantifier_of(text: str, v: Value, lang: str | None) -> tuple[str, str, int] | None:
    """What the words around the count `v` say of its whole, with those words: ("all",
    "all") for "all 33 counts", ("some", "some, but not all, of the") for "some, but not
    all, of the 33", ("none", "none of the") for "none of the ten", ("some", "のうち一部")
    for "33件の罪状のうち一部", or None. "Nearly all" is no quantifier here ([partitive]
    whole_not_after)."""
    res = _counted_whole_res(lang)
    if not res:
        return None
    lo = max(0, v.start - _QUANTIFIER_REACH)
    lead = text[lo : v.start]
    for name in ("none", "some", "all"):
        found = res[name].search(lead) if name in res else None
        if found is not None:
            if name == "all":
                hedged = _whole_words(lang)[2]
                if hedged is not None and hedged.search(lead, 0, found.start()):
                    return None  # "nearly all of the 21"
            return name, found.group(0).strip(), lo + found.start()
        after = res.get(f"{name}_after")
        tail = after.match(text, v.end, v.end + 24) if after is not None else None
        if tail is not None:
            return name, tail.group(1), tail.start(1)
    return None


def _part_taken(reading: Reading, v: Value, lang: str | None) -> tuple[str, str, int] | None:
    """("some", the part's words, where they start) when count `v` is the whole of a
    smaller part said right before it ("10 von 198", `_part_whole_pairs`; or a share of two
    counts read apart, "3 das 33 acusações", `_shares_apart`): a part says some of the
    whole, not all of it, as "some of the 33" does (`_quantifier_of`). None otherwise."""
    for part, whole in _part_whole_pairs(reading, lang):
        if whole is v and part.end <= v.start and part.value < v.value:
            return "some", reading.text[part.start : v.start].strip(), part.start
    for f in reading.values:
        if f.start < v.start and v.end <= f.end and (counts := _out_of(f)) is not None:
            if counts[0] < counts[1] and _close(float(counts[1]), v.value):
                return "some", reading.text[f.start : v.start].strip(), f.start
    return None


def _quantifier_clash(
    s: Value, q: Value, stated: Reading, lang: str | None, owner: Reading, quote_lang: str | None
) -> tuple[str, str] | None:
    """The statement's and the quote's quantifiers over the same counted figure when they
    differ: "some, but not all, of the 33 counts" for "guilty on all 33 counts", "none of
    the ten" for "all ten", "全部" for "some of the 12" (each side read in its language),
    or None. Only a figure each side quantifies is compared: "33 counts" says neither."""
    if s.kind != "number" or q.kind != "number" or not _close(s.value, q.value):
        return None
    said = _quantifier_of(stated.text, s, lang) or _part_taken(stated, s, lang)
    theirs = (
        _quantifier_of(owner.text, q, quote_lang) or _part_taken(owner, q, quote_lang)
        if said is not None
        else None
    )
    if said is None or theirs is None or said[0] == theirs[0]:
        return None
    for (name, _, at), reading in ((said, stated), (theirs, owner)):
        if name == "none" and any(
            at - _QUANTIFIER_REACH * 2 <= pos < at for pos, _ in reading.negations
        ):
            # "no fue absuelto de ninguno de los 33": a negation before "none" (negative
            # concord, or two negations that cancel) is for the negation check to read.
            return None
    sides = _polarity_sides(stated, lang, [s])
    if sides:
        other = _polarity_sides(owner, quote_lang, [q])
        if any(other.get(g, (side,))[0] != side for g, (side, _) in sides.items()):
            # "acquitted on none of the 33" for "guilty on all 33": opposite predicates
            # turn the quantifier; the polarity check reads them.
            return None
    return said[1], theirs[1]


def _one_of_counts(stated: Reading, lang: str | None) -> list[str]:
    """The statement's counts of one of a whole it gives ("four nominations and won one of
    them", "one of the four", "l'un d'eux", "其中一项") that no value it reads holds: a
    count the quote must give too ([counted_whole] one_of_them after a figure of the
    statement, one_of_the right before one)."""
    res = _counted_whole_res(lang)
    text = stated.text
    found: list[str] = []
    for name in ("one_of_them", "one_of_the"):
        pattern = res.get(name)
        for m in pattern.finditer(text) if pattern is not None else ():
            a, b = m.span()
            if any(v.start < b and a < v.end for v in stated.values):
                continue  # "einen davon" read as a figure: compared as one
            lead = res.get("one_not_after")
            if lead is not None and lead.search(text, max(0, a - 20), a) is not None:
                continue  # "every one of the 33", "all but one of the 21": no count of one
            if name == "one_of_them":
                ok = any(v.kind == "number" and v.end <= a for v in stated.values)
            else:
                ok = any(
                    v.kind == "number" and b <= v.start and not text[b : v.start].strip()
                    for v in stated.values
                )
            if ok:
                found.append(m.group(0))
    return found


def _one_in_quotes(
    readings: list[Reading], langs: list[str | None]
) -> tuple[str | None, str | None]:
    """What in the quotes gives a count of one (a figure 1, "one of them", "one of the",
    [counted_whole] one_words) and what gives none of a whole ([counted_whole] zero_words:
    "emerged empty-handed", "bredouille", "空手而归"): (the one's words, the zero's words)."""
    one = weak = zero = None
    for r, lang in zip(readings, langs, strict=False):
        res = _counted_whole_res(lang)
        figure = next((v for v in r.values if v.kind == "number" and v.value == 1), None)
        if figure is not None:
            one = one or figure.text
        for name in ("one_of_them", "one_of_the"):
            m = res[name].search(r.text) if name in res else None
            if m is not None:
                one = one or m.group(0)
        m = res["one_words"].search(r.text) if "one_words" in res else None
        weak = weak or (m.group(0) if m is not None else None)
        m = res["zero_words"].search(r.text) if "zero_words" in res else None
        zero = zero or (m.group(0) if m is not None else None)
    if one is None and zero is None:
        one = weak
    return one, zero


def _none_against_a_count(
    stated: Reading, lang: str | None, quoted: list[Value], langs: list[str | None]
) -> tuple[str, str] | None:
    """A statement's "no X" ([negation] determiners: "no climber", "kein Bergsteiger",
    "aucun alpiniste") that gives no count of its own, against quotes in other languages that
    give a count of one or more ("all ten climbers", "至少有两名宇航员"): (the negation's
    words, the count), or None. Whether the count is of what the statement denies, words in
    another language do not tell."""
    if not stated.negations or any(v.kind == "number" for v in stated.values):
        return None
    if _base(lang) in {_base(x) for x in langs}:
        return None
    determiner = _data_patterns(lang, "negation", "determiners", re.I)
    if determiner is None:
        return None
    word = next((w for pos, w in stated.negations if determiner.match(stated.text, pos)), None)
    count = next((q for q in quoted if q.kind == "number" and q.value >= 1), None)
    if word is None or count is None:
        return None
    return word, count.shown


@lru_cache(maxsize=64)
def _whole_lead(lang: str | None) -> re.Pattern[str] | None:
    """What says the figure after it is a whole, in the language's [partitive] data ("of
    the 9", "out of 9", "sur 9", "von 9", "de un total de 9", "has 9", "il y a 9"): the words
    before a whole (of_whole, whole_in_brackets, part_of_whole, whole_verbs) at a text's
    end."""
    rules = rules_for(lang)
    if rules is None:
        return None
    words = rules.data.get("partitive", {})
    if rules.cjk:
        # "该厂有30名工人": only the words of a group's size, not after a whole's word
        # ("议员中有9人" is a part: "中有" stands before the part).
        verbs = words.get("whole_verbs", [])
        after = "".join(f"(?<!{re.escape(w)})" for w in words.get("of_whole", []))
        return re.compile(rf"{after}(?:{_alt(verbs)})\s*$") if verbs else None
    found = [
        *words.get("of_whole", []),
        *words.get("whole_in_brackets", []),
        *words.get("part_of_whole", []),
        *words.get("whole_verbs", []),
    ]
    return re.compile(rf"(?<!\w)(?:{_alt(found)})\s*$", re.I) if found else None


#: How far before a statement's figure the words that make it a whole are looked for.
_WHOLE_LEAD_REACH = 24


def _given_as_whole(stated: Reading, s: Value, lang: str | None) -> bool:
    """Whether the statement gives its count `s` as a whole, not as the count of what a
    part did: the whole of a part said with it ("seven of the 9", "7 sur 9", "9名中7名"), a
    figure after the words of a whole ("out of 9", "de un total de 9"), every one of it
    ("all 9", "alle 9"), a statement that says it counts a total ("9 in all", "insgesamt
    9"), or a count with a part said after it ("9 deputies, seven of whom")."""
    if s.label == "share" or any(w is s for _, w in _part_whole_pairs(stated, lang)):
        return True
    text = stated.text
    lead = text[max(0, s.start - _WHOLE_LEAD_REACH) : s.start]
    found = _whole_lead(lang)
    if found is not None and found.search(lead):
        return True
    before, after, _ = _whole_words(lang)
    if (before is not None and before.search(lead)) or (
        after is not None and after.match(text, s.end, s.end + 8)
    ):
        return True
    total = _worked_words(lang)[0]
    if total is not None and total.search(text):
        return True
    return any(
        v.start > s.end and v.kind == "number" and v.value < s.value and _partitive(text, v, lang)
        for v in stated.values
    )


def _whole_of_a_part(
    s: Value, candidates: list[Value], wholes: dict[int, Value]
) -> list[Value] | None:
    """The quote's counterparts for a statement's count `s` not given as a whole
    (`_given_as_whole`) when only a whole of a part matches it ("Nine non-attached deputies
    voted against" for "7 non-inscrits (sur 9)"): the whole's part (what the statement's
    count is of: 7), else None. ``wholes`` maps the id of each quote whole to its part."""
    same = [q for q in candidates if _close(q.value, s.value)]
    if not same or not all(id(q) in wholes for q in same):
        return None
    return [wholes[id(same[0])]]


@lru_cache(maxsize=64)
def _part_whole_words(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str], re.Pattern[str] | None]:
    """What ties a part to its whole ([partitive] of_whole and whole_in_brackets in the
    language's data): between the whole and the part said after it ("Of the 18 Greens,
    12", "Von den 18 Grünen stimmten 12", "18名议员中有12名"), and between a part and the
    whole in brackets after it ("12 députés (sur 15)", "12 MPs (out of 15)"); and the words
    that join two wholes instead ("Of the 300 houses and 20 cars", [partitive] joined); and
    between a part and its whole said right after it ("10 of the 198", "10 sur 198",
    [partitive] part_of_whole)."""
    rules = rules_for(lang)
    words = rules.data.get("partitive", {}) if rules is not None else {}
    cjk = rules is not None and rules.cjk
    between = None
    joined = (
        re.compile(rf"(?<!\w)(?:{_alt(words['joined'])})(?!\w)", re.I)
        if words.get("joined")
        else _NEVER
    )
    if words.get("of_whole"):
        if cjk:
            between = re.compile(rf"[^\d。；！？]{{0,16}}(?:{_alt(words['of_whole'])})\S{{0,2}}")
        else:
            # The whole opens its clause ("Of the 18 Greens"): "one of the 18 ..." is no whole;
            # without an article, its sentence ("Of 30 deputies, 12"; not "(of 30), 12").
            opening = words.get("of_whole_opening")
            alone = rf"|(?:^|[.!?]\s+)(?:{_alt(opening)})" if opening else ""
            between = re.compile(
                rf"(?:(?:^|[.!?,;:(]\s*)(?:{_alt(words['of_whole'])}){alone})\s+$", re.I
            )
    brackets = (
        re.compile(
            rf"[^\d.;!?()（）]{{0,40}}[(（]\s*(?:{_alt(words['whole_in_brackets'])})\s*", re.I
        )
        if words.get("whole_in_brackets")
        else None
    )
    part_of = (
        re.compile(rf"\s+(?:{_alt(words['part_of_whole'])})\s+", re.I)
        if words.get("part_of_whole") and not cjk
        else None
    )
    return between, brackets, joined, part_of


#: How far a whole's part may follow it: "Of the 18 Greens, 12 voted no".
_WHOLE_REACH = 40


def _part_whole_pairs(reading: Reading, lang: str | None) -> list[tuple[Value, Value]]:
    """The counts of a reading said as a part of a whole, as (part, whole): "Of the 18
    Greens, 12", "18名议员中有12名", "12 députés Front de gauche (sur 15)"."""
    between, brackets, joined, part_of = _part_whole_words(lang)
    if between is None and brackets is None and part_of is None:
        return []
    text = reading.text
    cjk = between is not None and not between.flags & re.I
    pairs = []
    for a, b in itertools.pairwise(reading.values):
        if a.kind != "number" or b.kind != "number" or a.hedge or b.hedge:
            continue
        if b.start - a.end > _WHOLE_REACH or _REGION_END.search(text, a.end, b.start):
            continue
        if brackets is not None and a.value < b.value and brackets.fullmatch(text, a.end, b.start):
            pairs.append((a, b))
        elif part_of is not None and a.value < b.value and part_of.fullmatch(text, a.end, b.start):
            pairs.append((a, b))  # "10 of the 198 deputies", "10 von 198 Abgeordneten"
        elif between is not None and b.value < a.value:
            if cjk:
                if between.fullmatch(text, a.end, b.start):
                    pairs.append((b, a))
            elif (
                between.search(text, max(0, a.start - 24), a.start)
                and not _DIGIT.search(text, a.end, b.start)
                and not joined.search(text, a.end, b.start)
            ):
                pairs.append((b, a))
    return pairs


@lru_cache(maxsize=64)
def _part_of_whole_named(lang: str | None) -> re.Pattern[str] | None:
    """Between a part and its whole with the part's noun between them ("Elf
    UDI-Abgeordnete von 198", "11 députés UDI sur 198"): at most two words, then a word of
    [partitive] part_of_whole."""
    rules = rules_for(lang)
    words = rules.data.get("partitive", {}) if rules is not None else {}
    if not words.get("part_of_whole") or (rules is not None and rules.cjk):
        return None
    return re.compile(
        rf"(?:\s+[^\W\d_][^\W\d]*(?:-[^\W\d]+)?){{1,2}}\s+(?:{_alt(words['part_of_whole'])})\s+",
        re.I,
    )


def _named_part_pairs(reading: Reading, lang: str | None) -> list[tuple[Value, Value]]:
    """A statement's counts said as a part of a whole with the part's noun between them,
    as (part, whole): "Elf UDI-Abgeordnete von 198" (`_part_whole_pairs` reads "11 von
    198")."""
    between = _part_of_whole_named(lang)
    if between is None:
        return []
    return [
        (a, b)
        for a, b in itertools.pairwise(reading.values)
        if a.kind == b.kind == "number"
        and not a.hedge
        and not b.hedge
        and a.value < b.value
        and b.start - a.end <= _WHOLE_REACH
        and between.fullmatch(reading.text, a.end, b.start) is not None
    ]


def _other_whole(
    pairs: list[tuple[Value, Value]], theirs: list[tuple[Value, Value]]
) -> tuple[tuple[Value, Value], tuple[Value, Value]] | None:
    """A part and whole of the statement that the quote gives with another whole or part
    ("12 of the 18" for "11 (sur 18) ... 12 (sur 15)"), and the quote's pair; or None."""
    for part, whole in pairs:
        if any(_close(a.value, part.value) and _close(b.value, whole.value) for a, b in theirs):
            continue
        other = next(
            (
                (a, b)
                for a, b in theirs
                if _close(b.value, whole.value) or _close(a.value, part.value)
            ),
            None,
        )
        if other is not None:
            return (part, whole), other
    return None


def _named_whole(
    pairs: list[tuple[Value, Value]],
    theirs: list[tuple[tuple[Value, Value], str]],
    statement: str,
) -> tuple[tuple[Value, Value], tuple[Value, Value]] | None:
    """A part and whole of the statement that the quote gives, but for another group than
    the one the statement names, which has its own pair ("Eleven of the 18 UDI deputies"
    for "11 écologistes (sur 18), 11 UDI (sur 30)"), and that group's pair; or None.
    ``theirs`` holds each of the quote's pairs with its text."""
    said = _content(statement)
    named = []
    for (a, b), text in theirs:
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        label = text[lo:hi].split("(")[0].split("\uff08")[0]
        named.append(((a, b), _content(label) & said))
    for part, whole in pairs:
        same = [
            words
            for (a, b), words in named
            if _close(a.value, part.value) and _close(b.value, whole.value)
        ]
        if not same or any(same):
            continue  # the quote's own pair names the statement's group, or no pair is met
        other = next(
            ((a, b) for (a, b), words in named if words and not _close(b.value, whole.value)),
            None,
        )
        if other is not None:
            return (part, whole), other
    return None


#: A name in capitals ("UDI", "UMP", "SPD"): the same in every language, as words are not.
_ACRONYM = _lazy(r"(?<![^\W\d_])[A-Z][A-Z0-9]*[A-Z](?![^\W\d_])")
#: A word right after a figure ("30 Greens", "30-köpfigen"): what the figure counts.
_GROUP_WORD_AFTER = _lazy(r"[ \u00a0-]*[^\W\d_]{3}")


def _pair_named_otherwise(
    pairs: list[tuple[Value, Value]],
    theirs: list[tuple[tuple[Value, Value], str]],
    statement: str,
) -> tuple[tuple[Value, Value], str] | None:
    """Across languages, a part and whole of the statement that one of the quote's several
    pairs gives, where the quote names that pair's group by a name in capitals the
    statement does not hold while it names a group of its own ("Eleven of the 30 Greens"
    for "11 écologistes (sur 18), 11 UDI (sur 30)"): whose pair it is, words in another
    language do not tell. The statement's pair and the quote's name; or None. ``theirs``
    holds each of the quote's pairs with its text (of another language than the
    statement's)."""
    for part, whole in pairs:
        same = [
            ((a, b), text)
            for (a, b), text in theirs
            if _close(a.value, part.value) and _close(b.value, whole.value)
        ]
        if len(same) != 1:
            continue
        (a, b), text = same[0]
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        label = text[lo:hi].split("(")[0].split("\uff08")[0]
        names = _ACRONYM.findall(label)
        if not names or any(
            re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", statement) for n in names
        ):
            continue
        first, last = sorted((part, whole), key=_START)
        named = (
            _has_cjk(statement)
            or _GROUP_WORD_AFTER.match(statement, last.end) is not None
            or len(_WORD3.findall(statement, first.end, last.start)) >= 2
        )
        if named:
            return (part, whole), names[0]
    return None


@lru_cache(maxsize=256)
def _has_anaphora(text: str, lang: str | None) -> bool:
    """Whether the text holds both "the former" and "the latter" (read once a text)."""
    words = _anaphora(lang)
    return words is not None and all(w.search(text) for w in words)


def _kind_listed_before(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[str, str] | None:
    """(the statement's word, the quote's) when the statement's figure and the quote's are
    each followed by a kind and one noun ("27 humpback whales", "27 pilot whales"; "27
    baleines franches", "27 baleines pilotes" where the kind follows the noun,
    `_kind_and_noun`), the two kinds differ, and the quote says the statement's kind before
    its figure, across a list's break in the same sentence ("Humpback whale and 27 pilot
    whales", "Une baleine franche et 27 baleines pilotes"): another item of the list, not
    the figure's."""
    for r, lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        if _has_cjk(r.text) or _has_cjk(stated.text):
            return None
        if _base(lang) != _base(statement_lang):
            return _kind_listed_across(s, q, r, lang)
        mine = _kind_and_noun(stated.text, s.end, statement_lang)
        theirs = _kind_and_noun(r.text, q.end, lang)
        if mine is None or theirs is None:
            return None
        (word, noun), (other, their_noun) = mine[:2], theirs[:2]
        if _same_word(_key(word), _key(other)) or _key(noun[:5]) != _key(their_noun[:5]):
            return None
        lo = int(_sentence(r.bounds, q.start, q.end)[0])
        before = r.text[lo : q.start]
        after = _adjective_after(lang)
        previous = ""
        for m in _TOKEN.finditer(before):
            token = m.group()
            if (
                _same_word(_key(token), _key(word))
                # Said after its noun, the kind is the list's item with that noun only
                # ("baleine franche et 27", not "(sur 288)" for "12 députés sur 15").
                and (not after or _same_word(_key(previous), _key(noun)))
                and _TIE_BREAK.search(before, m.end())
            ):
                return word, other
            previous = token
        return None
    return None


def _kind_listed_across(s: Value, q: Value, r: Reading, lang: str | None) -> tuple[str, str] | None:
    """Across languages, (the kind the quote lists, the kind it counts) when the quote's
    figure is followed by a kind and a noun ("27 pilot whales", "27 baleines pilotes") and
    the list gives right before it, with no figure of its own, another kind of that noun
    ("Humpback whale and 27 pilot whales", "Une baleine franche et 27 baleines pilotes"):
    which of the two the statement's count is, words in another language do not tell."""
    theirs = _kind_and_noun(r.text, q.end, lang)
    if theirs is None or s.kind != "number":
        return None
    kind, noun, written = _key(theirs[0]), _key(theirs[1]), theirs[2]
    after = _adjective_after(lang)
    lo = int(_sentence(r.bounds, q.start, q.end)[0])
    if any(v is not q and lo <= v.start and v.end <= q.start for v in r.values):
        return None  # the kind before has a figure of its own
    before = r.text[lo : q.start]
    tokens = list(_TOKEN.finditer(before))
    for a, b in itertools.pairwise(tokens):
        listed, m = (b, a) if after else (a, b)  # the listed kind and its noun
        if (
            _key(listed.group()) != kind
            and 3 <= (n := min(len(m.group()), len(noun), 5))
            and _key(m.group())[:n] == noun[:n]
            and ((gap := before[b.end() :].strip()) == "," or _TIE_BREAK.fullmatch(gap))
        ):
            # The item just before the figure, joined to it by the list ("… whale and 27").
            return f"{a.group()} {b.group()}", written
    return None


@lru_cache(maxsize=64)
def _adjective_after(lang: str | None) -> bool:
    """Whether the language says a kind after its noun ([kinds] adjective_after: "ours
    noirs", "osos negros")."""
    rules = rules_for(lang)
    return bool(rules is not None and rules.data.get("kinds", {}).get("adjective_after"))


def _kind_and_noun(text: str, end: int, lang: str | None) -> tuple[str, str, str] | None:
    """The kind and the noun of the two words after a figure, and the two as written: "27
    [pilot] [whales]"; "27 [baleines] [pilotes]" in a language that says the kind after
    the noun (`_adjective_after`)."""
    m = _KIND_AND_NOUN.match(text, end)
    if m is None:
        return None
    kind, noun = (m.group(2), m.group(1)) if _adjective_after(lang) else (m.group(1), m.group(2))
    return kind, noun, f"{m.group(1)} {m.group(2)}"


#: A figure's next two words, a kind and a noun: "27 [pilot] [whales]".
_KIND_AND_NOUN = _lazy(r"\s+([^\W\d_]{3,})\s+([^\W\d_]{3,})")


def _anaphora_side(q: Value, readings: list[Reading], langs: list[str | None]) -> int | None:
    """Whose figure `q` is in a sentence that shares its figures out by "the former" and
    "the latter" (both words in it): 0 the former's, 1 the latter's, by the nearest of the
    two words before it; None in any other sentence, or before both."""
    for r, quote_lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        words = _anaphora(quote_lang)
        if words is None or not _has_anaphora(r.text, quote_lang):
            return None
        text = r.text
        start = _last_end(_SENTENCE_END, text, q.start)
        stop = _SENTENCE_END.search(text, q.end)
        end = stop.end() if stop else len(text)
        if any(w.search(text, start, end) is None for w in words):
            return None
        before = [
            (m.start(), i) for i, w in enumerate(words) for m in w.finditer(text, start, q.start)
        ]
        return max(before)[1] if before else None
    return None


def _anaphora_word(readings: list[Reading], langs: list[str | None], side: int) -> str | None:
    """The quote's word for "the former" (`side` 0) or "the latter" (1), in a quote that
    holds both, or None."""
    for r, quote_lang in zip(readings, langs, strict=False):
        words = _anaphora(quote_lang)
        if words is not None and _has_anaphora(r.text, quote_lang):
            found = words[side].search(r.text)
            if found is not None:
                return found.group()
    return None


def _stated_side(stated: Reading, lang: str | None) -> int | None:
    """Which of "the former" (0) and "the latter" (1) the statement names: by the words
    of its language ("le second", "ce dernier", "the latter"), or by a rank of 1 or 2
    ("The second SSD", "das zweite Modell"); None when it names neither, or both."""
    own = _anaphora(lang)
    said = {i for i, w in enumerate(own) if w.search(stated.text)} if own is not None else set()
    said |= {int(v.value) - 1 for v in stated.values if v.kind == "rank" and v.value in (1, 2)}
    return next(iter(said)) if len(said) == 1 else None


def _former_or_latter(
    q: Value, readings: list[Reading], langs: list[str | None], side: int | None
) -> bool:
    """Whether `q` stands in a sentence that shares its figures out by "the former" and
    "the latter" ("前者", "後者"; "ersterer", "letzterer"), both words in the sentence,
    and the statement does not name the same one (`side`, `_stated_side`: "前者のリードは…"
    for a figure after "前者" and before "後者" is the quote's own attribution; "the second
    SSD" names the latter)."""
    for r, quote_lang in zip(readings, langs, strict=False):
        if not any(v is q for v in r.values):
            continue
        words = _anaphora(quote_lang)
        if words is None or not _has_anaphora(r.text, quote_lang):
            return False
        text = r.text
        start = _last_end(_SENTENCE_END, text, q.start)
        stop = _SENTENCE_END.search(text, q.end)
        end = stop.end() if stop else len(text)
        former, latter = (w.search(text, start, end) for w in words)
        if former is None or latter is None:
            return False
        # Whose figure `q` is, by the word before it: 0 the former's, 1 the latter's.
        before = [
            (m.start(), i) for i, w in enumerate(words) for m in w.finditer(text, start, q.start)
        ]
        if not before or side is None:
            return True
        return max(before)[1] != side
    return False


#: A figure set off by commas after a name ("Jessica Lawson, 12,", "Carlineo Jr., 55,"):
#: what stands before it, and after it.
_APPOSED_BEFORE = _lazy(r"[^\W\d_]\.?,\s?$")
_APPOSED_AFTER = _lazy(r"\s?,")
#: How far (in characters) from a statement's age the person's name may stand.
_AGE_NAME_REACH = 40
#: Words of a name's end that are no name ("Jr.", "Sr.").
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})


def _apposed_age(
    stated: Reading,
    s: Value,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> Value | None:
    """The quote's bare figure set off by commas after a name the statement gives ("Jessica
    Lawson, 12, dies"), or said by a relative clause right after the name ([ages] relative:
    "Roof, who was 21 at the time"), when the statement's `s` is an age ([ages] patterns:
    "13-year-old", "13-jährige", "âgé de 13 ans", "tenía 12 años") and its only one; None
    otherwise."""
    pattern = _data_patterns(lang, "ages", "patterns", re.I)
    if pattern is None:
        return None
    ages = [
        m
        for m in pattern.finditer(stated.text)
        if any(m.start() <= v.start and v.end <= m.end() for v in stated.values)
    ]
    if len(ages) != 1 or not (ages[0].start() <= s.start and s.end <= ages[0].end()):
        return None
    # The person's name stands near the age ("the 45-year-old Carlineo", "Roof avait 12 ans").
    near = ages[0]
    said = set(
        _TOKEN.findall(
            stated.text, max(0, near.start() - _AGE_NAME_REACH), near.end() + _AGE_NAME_REACH
        )
    )
    found = []
    for r, quote_lang in zip(readings, langs, strict=False):
        rules = rules_for(quote_lang)
        relative = rules.data.get("ages", {}).get("relative", []) if rules is not None else []
        for q in r.values:
            if q.kind != "number" or not (1 <= q.value <= 125) or q.value != int(q.value):
                continue
            apposed = _APPOSED_BEFORE.search(
                r.text, max(0, q.start - 4), q.start
            ) and _APPOSED_AFTER.match(r.text, q.end)
            if not apposed and not any(
                re.search(rf"[^\W\d_],\s{re.escape(w)}\s$", r.text[max(0, q.start - 24) : q.start])
                for w in relative
            ):
                continue
            names = [
                w
                for w in _TOKEN.findall(r.text, max(0, q.start - 40), q.start)
                if w[:1].isupper() and len(w) >= 3 and w not in _NAME_SUFFIXES
            ]
            if names and names[-1] in said:
                found.append(q)
    return found[0] if len(found) == 1 else None


#: How far (in characters) a statement's duration may stand from its words of "the first
#: time in" ("first time in almost 5 years": the duration's hedge is in the gap).
_FIRST_TIME_GAP = 12


def _first_time_since(
    stated: Reading,
    s: Value,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    published: date | None,
) -> str | None:
    """The quote's words that give the statement's rank 1 of "the first time in" a duration
    ([ranks] first_time: "for the first time in five days", "zum ersten Mal seit fünf
    Jahren", "五年来首次"), by a word of "the first time since" right after a duration that
    meets the statement's ([ranks] since_marks: "5日ぶり"); None otherwise."""
    pattern = _data_patterns(lang, "ranks", "first_time", re.I)
    if pattern is None:
        return None
    text = stated.text
    phrase = next(
        (m for m in pattern.finditer(text) if m.start() <= s.start and s.end <= m.end()), None
    )
    if phrase is None:
        return None
    durations = [v for v in stated.values if v.kind == "unit" and v.label == "duration"]
    spans = [(v, v.hedge_span[0] if v.hedge_span else v.start) for v in durations]
    said = next(
        (
            v
            for v, start in spans
            if (
                0 <= start - phrase.end() <= _FIRST_TIME_GAP
                and not text[phrase.end() : start].strip()
            )
            or (0 <= phrase.start() - v.end <= 1)
        ),
        None,
    )
    if said is None:
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        rules = rules_for(quote_lang)
        marks = rules.data.get("ranks", {}).get("since_marks", []) if rules is not None else []
        for q in r.values:
            mark = next((w for w in marks if r.text.startswith(w, q.end)), None)
            if (
                mark is not None
                and q.kind == "unit"
                and q.label == "duration"
                and _compare(said, q, published)[0] in ("match", "overstated")
            ):
                return r.text[q.start : q.end] + mark
    return None


def _side_figures(
    q: Value, candidates: list[Value], readings: list[Reading], langs: list[str | None], side: int
) -> list[Value]:
    """The figures of `q`'s kind and dimension among `candidates` that the quote's "the
    former" (`side` 0) or "the latter" (1) gives (`_anaphora_side`); none when more than
    four (a table's worth is for a person to read)."""
    own = [
        c
        for c in candidates
        if c.kind == q.kind and c.dim == q.dim and _anaphora_side(c, readings, langs) == side
    ]
    return own if len(own) <= 4 else []


#: Kinds of figure of which two in one sentence compete for one attribute (two places, two
#: speeds, two areas); a bare count or share may count anything.
_RIVAL_KINDS = frozenset({"rank", "unit"})
#: Kinds of figure of which two in one sentence compete only where words of [activities]
#: tie the statement's to the other ("能耗低40%" for "70 Prozent weniger Energie und …
#: den CO2-Fußabdruck um 40 Prozent": the energy's share is 70).
_TIED_RIVAL_KINDS = frozenset({"percent"})


def _untied_across(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, str] | None:
    """Another figure of `q`'s kind and dimension in `q`'s sentence, when the quote is in
    another language than the statement and nothing ties the statement's figure to `q`:
    "the first man to walk on the Moon" for "第二个在月球上行走的人，但他是第一个在月球上喝
    酒的人", "writes at up to 3.47 GB/s" for "リードが最大3470MB/s、ライトは最大3000MB/s"
    (words that say which is which are compared across languages only as [activities] and
    [compass] of common.toml and names). With the quote's word that ties the other figure
    to the statement's, or "" when nothing ties either. A figure the statement gives too is
    no rival; nor is one beside another person's name; a name of the statement beside `q`
    and far from the other ties `q`."""
    if q.kind not in _RIVAL_KINDS | _TIED_RIVAL_KINDS or (
        q.kind == "unit" and q.label == "duration"
    ):
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        if _base(quote_lang) == _base(lang):
            return None
        text = r.text
        ends = _ends_outside(text, r.values)
        sentence = bisect.bisect_right(ends, q.start)
        said, spots = _name_spots(stated.text, text)
        mine = _clause_meanings(stated.text, s)
        at_q = _clause_meanings(text, q)
        near_q = [p for p in spots if _gap(q, p) <= _NAME_REACH]
        ordered = sorted(spots)
        for v in r.values:
            if (
                v is q
                or v.kind != q.kind
                or v.dim != q.dim
                or _close(v.value, q.value)
                or bisect.bisect_right(ends, v.start) != sentence
                or any(_close(x.value, w) for x in stated.values for w in _as_said(v))
            ):
                continue
            if _another_full_name_beside(v, text, said, _NAME_REACH + 1):
                continue  # "Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek"
            if v.kind == "rank" and _rank_of_a_group(v, text, r.values):
                continue  # "den ersten drei Plätzen": a group of places, no one's place
            # A spot within reach of `v` stands from `_NAME_REACH` before it to as far after.
            i = bisect.bisect_left(ordered, v.start - _NAME_REACH)
            if near_q and not (i < len(ordered) and ordered[i] <= v.end + _NAME_REACH):
                continue  # "James Adebola (SCC) in 6,82 sek den 3. Platz"
            at_v = _clause_meanings(text, v)
            if set(mine) & set(at_q) and not set(mine) & set(at_v):
                continue  # "writes at 3 GB/s" for "…、シーケンシャルライトは最大3000MB/s"
            if set(mine) & set(at_v) and not set(mine) & set(at_q):
                return v, at_v[min(set(mine) & set(at_v))]
            if q.kind in _TIED_RIVAL_KINDS:
                continue  # a share may be of anything: a rival only where words tie it
            return v, ""
        return None
    return None


def _rank_of_a_group(v: Value, text: str, values: list[Value]) -> bool:
    """Whether the rank `v` opens or closes a count of places, nothing but space between
    ("den ersten drei Plätzen", "the first three places", "les trois premiers"): the places
    of a group, no one's place."""
    for w in values:
        if w.kind != "number":
            continue
        gap = text[v.end : w.start] if w.start >= v.end else text[w.end : v.start]
        if len(gap) <= 2 and not gap.strip():
            return True
    return False


#: Kinds of figures whose order a quote in another language may swap ("two rifles and three
#: shotguns" for "three rifles, two shotguns"): counts, shares and measures.
_SWAP_KINDS = frozenset({"number", "percent", "unit"})
#: What parts two figures of one sentence, each with its own noun or holder.
_SWAP_CUT = _lazy(r"[,;、，；]|(?<!\w)(?:and|und|et|y|e|while|whereas|während)(?!\w)", re.I)


def _sides(text: str, a: Value, b: Value, lo: int, hi: int, wide: bool) -> tuple[str, str]:
    """The words of two figures of a sentence (``text[lo:hi]``), each its own, parted at
    the last cut between them ("and", a comma): after each figure ("zu 51 Prozent durch die
    Stadtwerke | und zu 49 Prozent von der Messe"), or before each when a name or a
    [holders] word stands between the cut and the second ("the utilities hold 49 % | and
    the fair 51 %", "見本市が55%を保有し、| 連邦が45%"); else what comes before the first
    is both's ("Roof killed three and tried to kill nine"). `wide`: all of the sentence,
    parted at the cut only."""
    cut = next(reversed(list(_SWAP_CUT.finditer(text, a.end, b.start))), None)
    mid = (cut.start(), cut.end()) if cut is not None else (a.end, a.end)
    between, gap = text[a.end : mid[0]], text[mid[1] : b.start]
    holders = _meanings("holders")
    if (
        wide
        or any(t[0].isupper() or _unaccented(t.lower()) in holders for t in _LETTERS.findall(gap))
        or _cjk_holders_in(gap)
    ):
        return text[lo : a.start] + " " + between, gap + " " + (text[b.end : hi] if wide else "")
    return between, text[b.end : hi]


def _nouns_own(stated: Reading, a: Value, b: Value, owner: Reading, qa: Value, qb: Value) -> bool:
    """Whether the meanings ([counted_nouns]) around two figures of the statement are each
    those around its own figure of the quote and not the other's: "12 Menschen verletzt
    und 5 getötet" for "5人死亡，12人受伤" (the injured are 12 in both, the dead 5), words in
    two languages that tie each figure to its own whatever their order."""
    ma = _nouns_counted(stated.text, a, stated.values)[0]
    mb = _nouns_counted(stated.text, b, stated.values)[0]
    mqa = _nouns_counted(owner.text, qa, owner.values)[0]
    mqb = _nouns_counted(owner.text, qb, owner.values)[0]
    return bool(
        ma
        and mb
        and mqa.keys() & ma.keys()
        and mqb.keys() & mb.keys()
        and not _meanings_apart(ma, mqa)
        and not _meanings_apart(mb, mqb)
        and _meanings_apart(ma, mqb)
        and _meanings_apart(mb, mqa)
    )


def _swapped_across(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[str, str, bool] | None:
    """Two figures of one kind of the statement met by two figures of one sentence of a
    quote in another language that stand the other way round ("zwei Gewehre und drei
    Schrotflinten" for "three rifles, two shotguns"; "hold 49 % and the fair 51 %" for "zu
    51 Prozent durch die Stadtwerke … und zu 49 Prozent von der Messe"): a swap keeps the
    nouns' order and swaps the numbers, and nouns of another language are not compared. None
    when words tie each figure to its own (names, [holders], cognates); else the statement's
    figures, the quote's, and whether the ties prove the swap."""
    pairs = [
        (s, q)
        for s, q in met
        if s.kind in _SWAP_KINDS and s.hedge is None and not (s.kind == "unit" and s.label)
    ]
    for i, (s1, q1) in enumerate(pairs):
        for s2, q2 in pairs[i + 1 :]:
            if (s1.kind, s1.dim) != (s2.kind, s2.dim) or (q1.kind, q1.dim) != (q2.kind, q2.dim):
                continue
            if q1 is q2 or _close(s1.value, s2.value) or _close(q1.value, q2.value):
                continue
            a, b = (s1, s2) if s1.start < s2.start else (s2, s1)
            qa, qb = (q1, q2) if a is s1 else (q2, q1)
            if qa.start < qb.start:
                # The same order: only a crossing its own words prove ("The fair holds 51 %,
                # the utility 49 %" for "zu 51 Prozent durch die Stadtwerke und zu 49
                # Prozent von der Messe") is a swap.
                crossed_same = _crossed_in_order(stated, a, b, qa, qb, readings, langs, lang)
                if crossed_same is not None:
                    return crossed_same
                continue
            owner = _owner(qa, readings)
            if owner is None or not any(v is qb for v in owner.values):
                continue
            quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
            if _base(quote_lang) == _base(lang):
                continue
            text = owner.text
            ends = _ends_outside(text, owner.values)
            sentence = bisect.bisect_right(ends, qa.start)
            if bisect.bisect_right(ends, qb.start) != sentence:
                continue
            lo = ends[sentence - 1] if sentence else 0
            hi = ends[sentence] if sentence < len(ends) else len(text)
            if not _SWAP_CUT.search(stated.text, a.end, b.start) or not _SWAP_CUT.search(
                text, qb.end, qa.start
            ):
                continue  # "2,400 cakes instead of 240", "Of the 18 Greens, 11": no list
            if any(
                (x is a and y is b) or (x is b and y is a)
                for x, y in _part_whole_pairs(stated, lang)
            ):
                continue  # a part and its whole (values are compared by identity)
            if _nouns_own(stated, a, b, owner, qa, qb):
                continue  # "12 Menschen verletzt und 5 getötet" for "5人死亡，12人受伤"
            # Loosely, each figure's side of the cut ties it to its own ("CO2 … 40 %" for
            # "70 Prozent weniger Energie und … CO2-Fußabdruck … um 40 Prozent"); a swap is
            # proven by its own words only (in the quote qb comes first).
            ties = [
                [_tie_words(side) for side in _sides(stated.text, a, b, 0, len(stated.text), w)]
                for w in (True, False)
            ]
            loose_b, loose_a = _sides(text, qb, qa, lo, hi, True)
            strict_b, strict_a = _sides(text, qb, qa, lo, hi, False)
            own = _holder_tied(ties[0][0], loose_a) or _holder_tied(ties[0][1], loose_b)
            crossed = _holder_tied(ties[1][0], strict_b) or _holder_tied(ties[1][1], strict_a)
            if own and not crossed:
                continue
            said = stated.text[a.start : b.end]
            return said, f"{qb.text} … {qa.text}", crossed and not own
    return None


def _crossed_in_order(
    stated: Reading,
    a: Value,
    b: Value,
    qa: Value,
    qb: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[str, str, bool] | None:
    """Two figures of the statement (``a`` before ``b``) met in the same order by two
    figures of one sentence of a quote in another language, whose own words (names,
    [holders], cognates) each stand on the other figure's side: "The fair holds 51 %, the
    utility 49 %" for "zu 51 Prozent durch die Stadtwerke und zu 49 Prozent von der Messe";
    "trois revolvers et deux pistolets" for "three pistols and two revolvers". Then the
    statement's figures, the quote's, and True (the words prove the swap); else None (a
    noun of another language that no word ties keeps its pass)."""
    owner = _owner(qa, readings)
    if owner is None or not any(v is qb for v in owner.values):
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    if _base(quote_lang) == _base(lang):
        return None
    text = owner.text
    ends = _ends_outside(text, owner.values)
    sentence = bisect.bisect_right(ends, qa.start)
    if bisect.bisect_right(ends, qb.start) != sentence:
        return None
    lo = ends[sentence - 1] if sentence else 0
    hi = ends[sentence] if sentence < len(ends) else len(text)
    if not _SWAP_CUT.search(stated.text, a.end, b.start) or not _SWAP_CUT.search(
        text, qa.end, qb.start
    ):
        return None
    if any((x is a and y is b) or (x is b and y is a) for x, y in _part_whole_pairs(stated, lang)):
        return None
    mine = [_tie_words(side) for side in _sides(stated.text, a, b, 0, len(stated.text), False)]
    theirs = _sides(text, qa, qb, lo, hi, False)
    # Each side's own words only: a word on both sides of the statement ties neither.
    own = _holder_tied(mine[0], theirs[0]) or _holder_tied(mine[1], theirs[1])
    crossed = _holder_tied(mine[0], theirs[1]) and _holder_tied(mine[1], theirs[0])
    if own or not crossed:
        return None
    return stated.text[a.start : b.end], f"{qa.text} … {qb.text}", True


#: Kinds of figures a quote in another language may give one to each holder ("zu 51 Prozent
#: durch A und zu 49 Prozent von B"); a count's noun says what it counts ("six magistrats
#: …, trois députés"), a share's holder only its frame.
_FRAME_KINDS = frozenset({"percent"})
_LETTERS = _lazy(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _frame_joiners(lang: str | None) -> re.Pattern[str] | None:
    """The words that join two figures, each with its holder ([rival_frames] joiners)."""
    rules = rules_for(lang)
    words = rules.data.get("rival_frames", {}).get("joiners") if rules is not None else None
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I)


def _tie_words(statement: str) -> tuple[set[str], frozenset[str]]:
    """What may tie a statement's figure to a holder in another language: its names
    (capitalized words, without accents, met only as written), the meanings of its words in
    [holders] (common.toml: "foire" and "Messe" are the fair), and its words' cognate keys."""
    tokens = [m.group() for m in _LETTERS.finditer(statement)]
    holders = _meanings("holders")
    names = {_unaccented(t) for t in tokens if t[0].isupper()}
    names |= {"=" + m for t in tokens if (m := holders.get(_unaccented(t.lower()))) is not None}
    names |= _cjk_holders_in(statement)
    keys = frozenset().union(*(_cognate_keys(t) for t in tokens))
    return names, keys


@lru_cache(maxsize=1)
def _cjk_holders() -> tuple[tuple[str, str], ...]:
    """The Chinese and Japanese words of [holders] with their meanings."""
    return tuple((w, m) for w, m in _meanings("holders").items() if _CJK_CHAR.search(w))


def _cjk_holders_in(text: str) -> set[str]:
    """The [holders] meanings ("=private") of the Chinese or Japanese words in a text,
    which stand between other words with no space ("私营企业（20%）")."""
    if _CJK_CHAR.search(text) is None:
        return set()
    return {"=" + m for w, m in _cjk_holders() if w in text}


def _holder_tied(ties: tuple[set[str], frozenset[str]], segment: str) -> bool:
    """Whether a segment of the quote holds one of the statement's `_tie_words`."""
    names, keys = ties
    if _cjk_holders_in(segment) & names:
        return True
    holders = _meanings("holders")
    for t in _LETTERS.findall(segment):
        if _unaccented(t) in names or _cognate_keys(t) & keys:
            return True
        meaning = holders.get(_unaccented(t.lower()))
        if meaning is not None and "=" + meaning in names:
            return True
    return False


_FRAME_BEFORE = _lazy(r"([^\W\d_]+)[ \u00a0\u202f]*\Z")
_FRAME_AFTER = _lazy(r"[ \u00a0\u202f]*([^\W\d_]+)")


def _parallel(text: str, a: Value, b: Value) -> bool:
    """Whether two figures stand in one frame: the same word just before both ("zu 51
    Prozent … und zu 49 Prozent", "A with 51% and B with 49%") or just after both ("51%
    for A and 49% for B")."""
    before_a = _FRAME_BEFORE.search(text, max(0, a.start - 20), a.start)
    before_b = _FRAME_BEFORE.search(text, max(0, b.start - 20), b.start)
    if before_a and before_b and before_a.group(1).lower() == before_b.group(1).lower():
        return True
    after_a = _FRAME_AFTER.match(text, a.end)
    after_b = _FRAME_AFTER.match(text, b.end)
    return bool(after_a and after_b and after_a.group(1).lower() == after_b.group(1).lower())


#: How far before a bracket `_bracket_holder` reads its holder, and how far around a figure
#: it looks for the list's other bracketed figures.
_BRACKET_HOLDER_REACH = 60
_BRACKET_LIST_REACH = 200
#: What ends a holder before its bracket ("…, private Anbieter (20 Prozent)").
_HOLDER_CUT = _lazy(r"[,;:.!?()\[\]，；：。！？（）、]")


def _bracket_opened(text: str, v: Value) -> int | None:
    """Where the round bracket a figure opens stands ("Unternehmen (80 Prozent …)",
    "企業（80%）", "(about 80 %)": its hedge with it), or None when the figure does not
    open a bracket."""
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    k = start
    while k > 0 and k > start - 3 and text[k - 1] in " \u00a0\u202f":
        k -= 1
    return k - 1 if k > 0 and text[k - 1] in "(（" else None


def _holder_words(text: str, lo: int, hi: int) -> str:
    """The words of text[lo:hi] after the last cut (a comma, a bracket, a sentence's end)."""
    cut = next(reversed(list(_HOLDER_CUT.finditer(text, lo, hi))), None)
    return text[cut.end() if cut is not None else lo : hi]


def _holder_tie(
    statement: str, segment: str, same: bool, skip: frozenset[str] = frozenset()
) -> bool:
    """Whether a holder's words (`segment`) hold the statement's: in one language a word in
    some form (`_ties`; not the words of `skip`), across languages a name, a [holders]
    meaning or a cognate (`_holder_tied`)."""
    if same:
        return bool(_ties(segment, _marks(statement) - skip)[0])
    return _holder_tied(_tie_words(statement), segment)


def _bracket_holder(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, str] | None:
    """Another figure of a quote that lists holders each with its figure in brackets
    ("Kommunale Unternehmen (80 Prozent der Versorger) …, private Anbieter (20 Prozent)"),
    whose holder the statement names, when it does not name `q`'s ("Private Anbieter machen
    80 Prozent der Versorger aus"): a figure in brackets is the noun's before the bracket.
    With the word that ties it; None when `q` opens no bracket or no such list is given."""
    owner = _owner(q, readings)
    if owner is None or s.kind != q.kind:
        return None
    text = owner.text
    at = _bracket_opened(text, q)
    if at is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    same = _base(quote_lang) == _base(lang)
    # The statement's words for the whole ("80 Prozent der Versorger") tie it to no holder.
    whole = _share_of(False).match(stated.text, s.end, s.end + 40)
    stated_words = stated.text[: s.start] + " " + stated.text[whole.end() if whole else s.end :]
    bracketed = [(q, at)]
    # The figures within reach of `q`, looked up among the reading's (sorted by start).
    values = owner.values
    lo = bisect.bisect_left(values, q.start - _BRACKET_LIST_REACH, key=_START)
    hi = bisect.bisect_right(values, q.start + _BRACKET_LIST_REACH, key=_START)
    for v in values[lo:hi]:
        if v is q:
            continue
        if v.kind != q.kind or v.dim != q.dim or _close(v.value, q.value):
            continue
        opened = _bracket_opened(text, v)
        if opened is not None:
            bracketed.append((v, opened))
    if len(bracketed) < 2:
        return None
    segments = [
        _holder_words(text, max(0, opened - _BRACKET_HOLDER_REACH), opened)
        for _, opened in bracketed
    ]
    if not _LETTERS.search(segments[0]):
        # "VALUES (200), (400), (404)": a bracket with no words of its own before it names
        # no holder of `q`, so no holder of the statement's can be another figure's.
        return None
    # The words every holder shares ("Urban schools (65 %) …, rural schools (35 %)") tie
    # the statement to no holder.
    skip: set[str] = set()
    if same:
        shared = [_ties(segment, _marks(stated_words))[0] for segment in segments]
        skip = set.intersection(*shared)
    ties = [_holder_tie(stated_words, seg, same, frozenset(skip)) for seg in segments]
    if ties[0]:
        return None
    found = [
        (v, segment.strip())
        for (v, _), segment, tie in zip(bracketed[1:], segments[1:], ties[1:], strict=True)
        if tie
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=64)
def _others_words(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's [others] words: one ending a text before a share ("The other 5%"),
    one right after a share ("les 5 % restants"), and either anywhere (a statement's)."""
    rules = rules_for(lang)
    data = rules.data.get("others", {}) if rules is not None else {}
    before, after = data.get("before", []), data.get("after", [])
    # Chinese and Japanese words stand between others, with no space.
    cjk = rules is not None and rules.cjk
    edge, end = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    return (
        re.compile(rf"{edge}(?:{_alt(before)})[ \u00a0]*\Z", re.I) if before else None,
        re.compile(rf"[ \u00a0\u202f]*(?:{_alt(after)}){end}", re.I) if after else None,
        re.compile(rf"{edge}(?:{_alt(before + after)}){end}", re.I) if before or after else None,
    )


#: How far `_others_share` reads around a share for its holder, and back for the share
#: the others' complements.
_OTHERS_REACH = 80
_OTHERS_BACK = 300
_SENTENCE_CUT = _lazy(r"[.!?。！？]")


def _others_of(text: str, v: Value, lang: str | None) -> bool:
    """Whether a share is given to "the others" ("The other 5%", "les 5 % restants")."""
    before, after, _ = _others_words(lang)
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    if before is not None and before.search(text, max(0, start - 24), start):
        return True
    return after is not None and after.match(text, v.end, v.end + 24) is not None


def _sentence_around(text: str, lo: int, hi: int) -> str:
    """text[lo:hi] widened by `_OTHERS_REACH` characters each way within its sentence."""
    cut = next(reversed(list(_SENTENCE_CUT.finditer(text, max(0, lo - _OTHERS_REACH), lo))), None)
    start = cut.end() if cut is not None else max(0, lo - _OTHERS_REACH)
    end = _SENTENCE_CUT.search(text, hi, hi + _OTHERS_REACH)
    return text[start : end.start() if end is not None else min(len(text), hi + _OTHERS_REACH)]


def _others_share(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, str, str] | None:
    """The share the quote gives a holder when `q` is its complement, given to "the others"
    ("Writers made up 95% of the staff. The other 5% were designers", "其余5%是设计师"), and
    the statement does not speak of the others: the statement's bound is its own holder's
    ("Writers were less than half": 95%, not 5%). With the word that ties the statement to
    that share and "contradicted"; with no word and "missing" when the statement names
    neither holder (nor the others') and the share does not meet it as `q` does; None when
    the statement names the others' holder ("designers") or `q` is no complement."""
    if q.kind != "percent" or s.kind != "percent":
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    text = owner.text
    if not _others_of(text, q, quote_lang):
        return None
    said = _others_words(lang)[2]
    if said is not None and said.search(stated.text):
        return None  # the statement speaks of the others too
    i = next(n for n, v in enumerate(owner.values) if v is q)
    share = next(
        (
            v
            for v in reversed(owner.values[max(0, i - 4) : i])
            if v.kind == "percent"
            and q.start - v.end <= _OTHERS_BACK
            and abs(v.value + q.value - 100) <= 0.6
            and not _others_of(text, v, quote_lang)
        ),
        None,
    )
    if share is None:
        return None
    theirs = _sentence_around(text, share.start, share.end)
    others = _sentence_around(text, q.start, q.end)
    whole = _share_of(False).match(stated.text, s.end, s.end + 40)
    mine = stated.text[: s.start] + " " + stated.text[whole.end() if whole else s.end :]
    if _base(quote_lang) == _base(lang):
        marks = _marks(mine)
        to_theirs, to_others = _ties(theirs, marks)[0], _ties(others, marks)[0]
        only_theirs = to_theirs - to_others
        own, other = bool(only_theirs), bool(to_others - to_theirs)
        word = min(only_theirs) if only_theirs else ""
    else:
        ties = _tie_words(mine)
        own_tie, other_tie = _holder_tied(ties, theirs), _holder_tied(ties, others)
        own, other = own_tie and not other_tie, other_tie and not own_tie
        word = theirs.strip() if own else ""
    if other:
        return None  # "Designers were under half of the staff": the others' share
    if own:
        return share, word, "contradicted"
    return share, "", "missing"


def _whole_of_the_others(
    stated: Reading,
    s: Value,
    q: Value,
    tied: tuple[Value, str],
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether the word that ties the statement's share to another share of the quote
    (`tied`) names the whole both are of ("half of the staff", "95% of the staff"), when
    `q` is the others' share ("The other 5%") or one of a list of shares in brackets
    ("Urban clinics (70% of cases) …, rural clinics (30%)"), which is of that whole too."""
    other, word = tied
    owner = _owner(q, readings)
    if owner is None or s.kind != "percent" or other.kind != "percent":
        return False
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    key = _unaccented(word.lower()[:5])
    listed = (
        _bracket_opened(owner.text, q) is not None
        and _bracket_opened(owner.text, other) is not None
        and abs(other.start - q.start) <= _BRACKET_LIST_REACH
    )
    return (
        (listed or _others_of(owner.text, q, quote_lang))
        and _whole_of_share(owner.text, other, key, False)
        and _whole_of_share(stated.text, s, key, True)
    )


def _framed_rival(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, bool] | None:
    """Another share or count of `q`'s kind in its sentence, joined to it by a word that
    gives each its own holder ("zu 51 Prozent durch die Stadtwerke und zu 49 Prozent von der
    Messe", "Smith with 51% and Jones with 49%"), when the quote is in another language
    than the statement and nothing ties the statement's figure to `q`'s holder: a name of
    the statement or a cognate of its words said on `q`'s side of the joiner and not on the
    other's. The holder's side is after each figure ("51 % par A et 49 % par B"), or before
    it when a capitalized word stands between the joiner and the second ("A 51 %, and B
    49 %"); what comes before both ("Die Arena GmbH wird zu 51 …") is no one's. With
    whether the statement's words tie it to the other figure's holder alone."""
    if q.kind not in _FRAME_KINDS or s.kind != q.kind:
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        if _base(quote_lang) == _base(lang):
            return None
        joiner = _frame_joiners(quote_lang)
        if joiner is None:
            return None
        text = r.text
        ends = _ends_outside(text, r.values)
        sentence = bisect.bisect_right(ends, q.start)
        lo = ends[sentence - 1] if sentence else 0
        hi = ends[sentence] if sentence < len(ends) else len(text)
        ties = None
        for v in r.values:
            if (
                v is q
                or v.kind != q.kind
                or v.dim != q.dim
                or _close(v.value, q.value)
                or not lo <= v.start < hi
                or any(_close(x.value, w) for x in stated.values for w in _as_said(v))
            ):
                continue
            a, b = (q, v) if q.start < v.start else (v, q)
            if any(a.end <= w.start and w.end <= b.start for w in r.values if w.kind == q.kind):
                continue
            cut = next(reversed(list(joiner.finditer(text, a.end, b.start))), None)
            if cut is None:
                continue
            if not _parallel(text, a, b):
                continue
            gap = text[cut.end() : b.start]
            if any(t[0].isupper() for t in _LETTERS.findall(gap)):
                sides = (text[lo : a.start] + " " + text[a.end : cut.start()], gap)
            else:
                sides = (text[a.end : cut.start()], text[b.end : hi])
            if ties is None:
                ties = _tie_words(stated.text)
            mine, theirs = (sides[0], sides[1]) if a is q else (sides[1], sides[0])
            tied_mine, tied_theirs = _holder_tied(ties, mine), _holder_tied(ties, theirs)
            if tied_mine and not tied_theirs:
                continue
            return v, tied_theirs and not tied_mine
        return None
    return None


#: What ends a clause of Chinese or Japanese: "第二个在月球上行走的人，但他是第一个…".
_CJK_CLAUSE_CUT = _lazy(r"[、，,;；:：。！？()（）]|[.!?](?=\s|$)")
_CLAUSE_REACH = 80


def _clause_around(text: str, v: Value, lo: int, hi: int) -> tuple[str, str]:
    """The text of figure `v`'s clause before and after it, within ``text[lo:hi]``: cut at
    the last clause mark before it and the first after it (a Chinese or Japanese comma,
    bracket or full stop where either side is CJK)."""
    before, after = text[max(0, lo) : v.start], text[v.end : hi]
    cut = _CJK_CLAUSE_CUT if _has_cjk(before + after) else _TIE_BREAK
    cuts = list(cut.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    end = cut.search(after)
    if end:
        after = after[: end.start()]
    return before, after


def _meaning_apart(
    stated: Reading, s: Value, q: Value, other: Value, readings: list[Reading]
) -> bool:
    """Whether the clause of the statement's figure `s` and that of the quote's `other`
    say one meaning of [activities] (common.toml) that the clause of the quote's `q` does
    not, `q`'s saying another instead ("uses 20% less energy" for "consomme 35 % d'énergie
    en moins et réduit ses émissions de 20 %": the 20 % measures emissions)."""
    owner = _owner(q, readings)
    if owner is None or _owner(other, readings) is not owner:
        return False
    mine = set(_clause_meanings(stated.text, s))
    at_q = set(_clause_meanings(owner.text, q))
    at_other = set(_clause_meanings(owner.text, other))
    return bool(mine & at_other) and not mine & at_q and bool(at_q - at_other)


def _clause_meanings(text: str, v: Value) -> dict[str, str]:
    """The meanings of [activities] and [compass] (common.toml) said in the clause of
    figure `v`, each with the word that says it: "the first man [to walk] on the Moon" is
    walk, "シーケンシャル[ライト]は最大3000MB/s" write."""
    before, after = _clause_around(text, v, v.start - _CLAUSE_REACH, v.end + _CLAUSE_REACH)
    clause = f"{before} {after}"
    found: dict[str, str] = {}
    for section in ("activities", "compass"):
        table = _meanings(section)
        for token in _TOKEN.findall(clause):
            meaning = table.get(_unaccented(token.lower()))
            if meaning is not None:
                found.setdefault(meaning, token)
    if _CJK_CHAR.search(clause):
        for word, meaning in _cjk_meanings():
            if word in clause:
                found.setdefault(meaning, word)
    return found


@lru_cache(maxsize=1)
def _cjk_meanings() -> tuple[tuple[str, str], ...]:
    """The Chinese and Japanese words of [activities] and [compass], as written (their
    kana keep their voicing marks: "リード" is no "リート"), with their meanings."""
    data = _load_toml("common")
    return tuple(
        (w, meaning)
        for section in ("activities", "compass")
        for meaning, words in data.get(section, {}).items()
        for w in words
        if _CJK_CHAR.search(w)
    )


#: What parts the cells of a table's row: box-drawing bars, pipes, tabs.
_CELL_BAR = _lazy(r"[│┃║|\t]")
_DECIMAL_PART = _lazy(r"\d[.,]\d")


def _table_rival(
    stated: Reading, s: Value, q: Value, readings: list[Reading], published: date | None
) -> Value | None:
    """Another cell of the table row that holds `q` that could be the statement's figure
    and contradicts it: a row ("400 │ 24 │ 0.733 │ 3.4388 │ 6.765") has no column heads
    to tie "the z-score" to one cell. Only cells of `q`'s kind, dimension and form (whole
    or decimal: a count's column is no score's) are rivals; none the statement gives too,
    nor one that agrees with it as well ("über 3" for 6.82 and 24)."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    text = owner.text
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    if len(_CELL_BAR.findall(text, start, end)) < 2:
        return None
    # The first cell names the row ("400 │ 24 │ …", "| 2020-08-01 17:59 | 400 | 12 |"): a
    # statement's figure found there finds the row, and it is never another's rival.
    cell, key = start, None
    for bar in _CELL_BAR.finditer(text, start, end):
        if text[cell : bar.start()].strip():
            key = bar.start()
            break
        cell = bar.end()
    if key is None or q.start < key:
        return None
    decimal = _DECIMAL_PART.search(q.text) is not None
    others = [x for x in stated.values if x is not s]
    for v in owner.values:
        if (
            v is q
            or not key <= v.start < end
            or v.kind != q.kind
            or v.dim != q.dim
            or (_DECIMAL_PART.search(v.text) is not None) != decimal
            or any(_close(x.value, w) for x in stated.values for w in _as_said(v))
            or re.search(rf"(?<![\d.,]){re.escape(v.text)}(?![\d.,]\d)", stated.text)
            or any(_compare(x, v, published)[0] in ("match", "overstated") for x in others)
            or _compare(s, v, published)[0] in ("match", "overstated")
        ):
            continue  # "status 400" for the cell "400"; "rund 5.000" for "5001"
        return v
    return None


def _as_said(v: Value) -> tuple[float, float]:
    """A figure's value and the number written for it ("50MiB": 50), which a statement
    that reads no unit there gives ("50 Mio")."""
    return v.value, (v.value - v.offset) / v.factor if v.factor else v.value


def _gap(v: Value, pos: int) -> int:
    """How far position `pos` stands from figure `v`."""
    return max(v.start - pos, pos - v.end, 0)


@lru_cache(maxsize=64)
def _counted_kinds(lang: str | None, section: str = "counted") -> re.Pattern[str] | None:
    """The language's words for things counted that are never one another ([counted]:
    page views, visitors, visits; the dead, the injured; or [tallies]: votes, seats): one
    pattern, a group per kind."""
    rules = rules_for(lang)
    if rules is None:
        return None
    kinds = [(kind, words) for kind, words in sorted(rules.data.get(section, {}).items()) if words]
    if not kinds:
        return None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    groups = "|".join(f"(?P<{kind}>{_alt(words)})" for kind, words in kinds)
    return re.compile(rf"{left}(?:{groups}){right}", re.I)


_COUNTED_REACH = 4
#: Punctuation that closes a Chinese or Japanese phrase (`_counted_kind`).
_CJK_PHRASE_END = re.compile(r"[、，。；：！？（）]")


def _counted_kind(
    text: str, v: Value, lang: str | None, section: str = "counted"
) -> tuple[set[str], str]:
    """The kinds of thing counted in the few words after `v` (up to its clause's end), and
    the first word that says one."""
    pattern = _counted_kinds(lang, section)
    if pattern is None:
        return set(), ""
    window = text[v.end : v.end + 48]
    cut = _TIE_BREAK.search(window)
    if cut:
        window = window[: cut.start()]
    rules = rules_for(lang)
    if rules is not None and not rules.cjk:
        words = list(_TOKEN.finditer(window))
        if len(words) > _COUNTED_REACH:
            window = window[: words[_COUNTED_REACH - 1].end()]
    else:
        # A Chinese or Japanese count's noun stands before it or right after its counter,
        # not past the punctuation closing its phrase ("負傷者は約50人、死亡した銃撃犯は2人":
        # the 50 count the wounded).
        window = _CJK_PHRASE_END.split(window[:8], maxsplit=1)[0]
        if not pattern.search(window):
            # Else the topic or subject before it in its phrase ("死亡した鉱夫は約30人").
            window = _CJK_PHRASE_END.split(text[max(0, v.start - 8) : v.start])[-1]
    found = [(m.lastgroup or "", m.group()) for m in pattern.finditer(window)]
    return {kind for kind, _ in found}, found[0][1] if found else ""


def _count_noun(text: str, v: Value, values: list[Value]) -> str | None:
    """The noun right after the count `v` (of `_marks`), what it counts: its first word,
    lowercased, of four letters or more, or the word after an abbreviation in capitals
    ("two US embassies"); None when a word of another form follows it ("three of the",
    "7 Verbände" in German capitals is left to other rules)."""
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 40])
    brk = _CLAUSE_BREAK.search(text, v.end, stop)
    tokens = list(itertools.islice(_TOKEN.finditer(text, v.end, brk.start() if brk else stop), 2))
    if not tokens or not text[v.end : tokens[0].start()].isspace():
        return None
    if tokens[0].group().isupper() and len(tokens[0].group()) <= 4:
        tokens = tokens[1:]  # "US", "EU", "UN"
    if not tokens:
        return None
    word = tokens[0].group()
    if len(word) < 4 or not word.isalpha():
        return None
    return _unaccented(word.lower())


#: How many words after a count may name what it counts (`_counted_nouns`).
_COUNTED_NOUN_WORDS = 3


def _counted_nouns(text: str, v: Value, values: list[Value], lang: str | None) -> list[str]:
    """The words (four letters or more, alphabetic, lowercased) among the first
    `_COUNTED_NOUN_WORDS` right after the count `v`, before the next figure or a clause
    break: what it counts ("17 Tunisians", "17 foreign tourists"); [] when another word
    form or nothing follows it."""
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 48])
    brk = _clause_break(lang).search(text, v.end, stop)
    found = _TOKEN.finditer(text, v.end, brk.start() if brk else stop)
    tokens = list(itertools.islice(found, _COUNTED_NOUN_WORDS))
    if not tokens or not text[v.end : tokens[0].start()].isspace():
        return []
    return [
        _unaccented(t.group().lower())
        for t in tokens
        if len(t.group()) >= 4 and t.group().isalpha()
    ]


def _other_group_counted(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[str, str] | None:
    """The statement's and the quote's words for what a matching count counts when the
    statement counts a named group, the quote a common noun, and they share no word or
    stem (first five letters): "including 17 Tunisians" for "including 17 foreigners",
    "dont 17 Tunisiens" for "dont 17 étrangers". The named group is a capitalized word
    right after the statement's figure (neither an abbreviation in capitals nor in a
    language that capitalizes every noun, [identifiers] nouns_capitalized), the quote's word
    right after its figure in lowercase. In one language only; None otherwise. Two common nouns
    that share no stem are left alone: they are mostly synonyms ("inhabitants" for
    "people", "pictures" for "images")."""
    owner = _owner(q, readings)
    if owner is None or _has_cjk(owner.text) or _has_cjk(stated.text):
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) != _base(statement_lang):
        return None
    rules = rules_for(lang) if _base(lang) is not None else None
    if rules is None or rules.data.get("identifiers", {}).get("nouns_capitalized"):
        return None
    first = _TOKEN.search(stated.text, s.end, s.end + 48)
    quoted = _TOKEN.search(owner.text, q.end, q.end + 48)
    if (
        first is None
        or quoted is None
        or not first.group()[:1].isupper()
        or first.group().isupper()
        or not quoted.group()[:1].islower()
    ):
        return None
    mine = _counted_nouns(stated.text, s, stated.values, statement_lang)
    theirs = _counted_nouns(owner.text, q, owner.values, lang)
    if not mine or not theirs or mine[0] != first.group().lower():
        return None
    if {w[:5] for w in mine} & {w[:5] for w in theirs}:
        return None
    return first.group(), theirs[0]


#: At most this many of a quote's words for what the statement counts are looked at.
_MAX_NAMED = 8


def _named_one_by_one(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> str | None:
    """The quote's word for what the statement's count `s` counts when the quote names it
    with no count, in another clause than its figure `q` ("the United States Embassies in
    Kenya and Tanzania, killing more than 200 people" for "two US embassies"), and `q`
    counts something else right after it ("people"): the count is the reader's to work
    out. None when the quote counts that noun anywhere, names it in `q`'s clause, or when
    either figure has no noun right after it."""
    mine = _count_noun(stated.text, s, stated.values)
    owner = _owner(q, readings)
    if mine is None or owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) != _base(statement_lang) or _has_cjk(owner.text):
        return None
    text = owner.text
    theirs = _count_noun(text, q, owner.values)
    if theirs is None or _same_word(mine, theirs):
        return None
    lo, hi = _clause_bounds(text, q.start, q.end)
    ends = sorted(u.end for u in owner.values)
    named = None
    for m in itertools.islice(
        (m for m in _WORD3.finditer(text) if _same_word(_unaccented(m.group().lower()), mine)),
        _MAX_NAMED,
    ):
        if lo <= m.start() < hi:
            return None  # said in the figure's clause: "visitors: 35,681,468"
        # The figure just before the word counts it ("3 embassies", "three US embassies").
        i = bisect.bisect_right(ends, m.start())
        if i and len(_TOKEN.findall(text, ends[i - 1], m.start())) < 2:
            return None
        if named is None and _names_listed(text, m.end(), lang) == s.value:
            named = m.group()
    return named


#: What may stand between a noun and the names it is listed by: spaces, or a short word
#: and an article ("Embassies in Kenya", "the provinces of Aceh", "les régions de").
_NAMES_OPENING = r"\s+(?:[^\W\d_]{1,4}\s+(?:the\s+)?)?"

#: What ends the names listed after a noun.
_NAMES_END = _lazy(r"[;:()\[\].!?]")

#: How far (in characters) after a noun the names it is listed by may run ("Embassies in
#: Kenya and Tanzania").
_NAMES_REACH = 80


def _names_listed(text: str, end: int, lang: str | None) -> int:
    """How many capitalized names the words right after a noun (at `end`) list, joined by
    commas and the language's "and" ([worked] one_noun): "the Embassies in Kenya and
    Tanzania" gives 2; 0 when no such list follows within its clause."""
    rules = rules_for(lang)
    joins = rules.data.get("worked", {}).get("one_noun", []) if rules is not None else []
    if not joins:
        return 0
    stop = min(len(text), end + _NAMES_REACH)
    brk = _NAMES_END.search(text, end, stop)
    window = text[end : brk.start() if brk else stop]
    # A name, after a short word of its own ("de Murcia", "d'Aceh"), none needed.
    name = r"(?:[^\W\d_]{1,3}(?:\s+|['’]))?[A-ZÀ-ÖØ-Þ][^\W\d_]+"
    listed = re.compile(
        rf"{_NAMES_OPENING}({name}(?:\s*,\s*{name})*\s*,?\s+(?:{_alt(joins)})\s+{name})(?!\w)"
    )
    found = listed.match(window)
    if found is None:
        return 0
    return len(re.findall(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+", found.group(1)))


def _counts_another(
    s: Value,
    q: Value,
    comparable: list[Value],
    stated: Reading,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """(the statement's word, the quote's) when the statement counts one thing ("page
    views") and the quote's same figure another ("visitors"), or None."""
    mine, word = _counted_kind(stated.text, s, lang)
    if not mine:
        return None
    theirs = None
    # The quote of each figure, by id: a look per figure, not a scan of every quote's.
    # (A quote given twice in one language is one reading: its figures answer alike.)
    where = {id(v): (r, ql) for r, ql in zip(readings, langs, strict=False) for v in r.values}
    for c in comparable:
        if c is not q and not _close(c.value, q.value):
            continue
        found = where.get(id(c))
        if found is not None:
            kinds, said = _counted_kind(found[0].text, c, found[1])
            if not kinds or kinds & mine:
                return None  # a figure of the quote that says it, or says nothing
            theirs = theirs or said
    return (word, theirs) if theirs else None


#: Capitalized three-letter words that open sentences rather than name anything.
_SHORT = frozenset(
    "The Die Der Das Den Dem Des Les Los Las Une Uno Una Ein Und And But For Por Con Com Sur "
    "Aux Von Mit Its His Her Our Who Was Has Are Not Nos Non Ces Sie Wir Ihr Ils".split()
)


def _region_words(text: str) -> set[str]:
    """A region's words: those :func:`_words` keeps, and capitalized words of three letters
    ("8 do Sul"), by their first five letters."""
    if not _has_cjk(text):
        # Each token's words, kept per token: without Chinese or Japanese characters (whose
        # pairs run across tokens), a text's words are its tokens' words.
        words: set[str] = set()
        for token in _TOKEN.findall(text):
            words |= _token_words(token)
        return words
    return _words_of(text)


def _words_of(text: str) -> set[str]:
    """:func:`_region_words`, read from the whole text."""
    tokens = _TOKEN.findall(text)
    found = set(_words(tokens))
    found.update(w.lower() for w in tokens if len(w) == 3 and w.istitle() and w not in _SHORT)
    words = {_unaccented(w) for w in found}
    if _CJK_CHAR.search(text) is not None:
        # Chinese and Japanese words are not read apart: their character pairs stand in.
        chars = [c for c in text if "\u3040" <= c <= "\u9fff"]
        words.update(a + b for a, b in zip(chars, chars[1:], strict=False))
    return words


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    """A word without its accents, so that a cognate in another language meets it:
    "sénateurs" and "senators" both begin "senat"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _token_words(token: str) -> frozenset[str]:
    """:func:`_region_words` of one token (a word recurs across texts: read once)."""
    return frozenset(_words_of(token))


@lru_cache(maxsize=256)
def _occurrences(text: str) -> dict[str, int]:
    """How often each of :func:`_region_words`' words stands in the text."""
    counts: dict[str, int] = {}
    for token in _TOKEN.findall(text):
        for w in _token_words(token):
            counts[w] = counts.get(w, 0) + 1
    if _CJK_CHAR.search(text) is not None:
        # A pair across two tokens or two characters apart: the pairs of the whole text.
        chars = [c for c in text if "\u3040" <= c <= "\u9fff"]
        pairs: dict[str, int] = {}
        for a, b in zip(chars, chars[1:], strict=False):
            pairs[a + b] = pairs.get(a + b, 0) + 1
        counts.update(pairs)
    return counts


def _regions(reading: Reading) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each figure's region of its text, as words, keyed by the figure's id: in its sentence,
    what stands between it and the breaks ("and", a comma) nearest to it on each side, back
    to the figure before and on to the figure after, or to the sentence's end after the
    last figure; the words before the first figure too when it is its sentence's only one.
    Words between two figures and no break go with neither ("a single function that adds
    two numbers"); two figures joined by one word or none ("from 17% to 600%", "438 contre
    86") share theirs. Second, per figure, the words said before the first figure of its
    sentence when that holds several: a subject said once for all, no figure's own."""
    if reading.regions is None:
        reading.regions = _find_regions(reading)
    return reading.regions


def _find_regions(reading: Reading) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    text, values = reading.text, reading.values
    # The point of an ordinal ("den 3. Platz") ends no sentence.
    ends = _ends_outside(text, values, _REGION_END)
    own: dict[int, set[str]] = {id(v): set() for v in values}
    shared: dict[int, set[str]] = {}
    joined: list[tuple[Value, Value]] = []
    sentence_of = [bisect.bisect_right(ends, v.start) for v in values]
    preamble: set[str] = set()
    for i, v in enumerate(values):
        k = sentence_of[i]
        first = i == 0 or sentence_of[i - 1] != k
        last = i == len(values) - 1 or sentence_of[i + 1] != k
        if first:
            preamble = _region_words(text[ends[k - 1] if k else 0 : v.start])
            if last:
                own[id(v)] |= preamble
                preamble = set()
        shared[id(v)] = preamble
        if last:
            tail = text[v.end : ends[k] if k < len(ends) else len(text)]
            cut = _REGION_SPLIT.search(tail)
            own[id(v)] |= _region_words(tail[: cut.start()] if cut else tail)
            continue
        nxt = values[i + 1]
        between = text[v.end : nxt.start]
        cuts = list(_REGION_SPLIT.finditer(between))
        tokens = _TOKEN.findall(between)
        if v.kind == nxt.kind and (
            (len(between.strip()) <= 2 if _has_cjk(between) else len(tokens) <= 1)
            if not cuts
            else len(tokens) == 1 and _AGAINST.fullmatch(tokens[0]) is not None
        ):
            # "438 contre 86", "7,5 %, contre 7,9 % un an plus tôt": one subject for both.
            joined.append((v, nxt))
            own[id(v)] |= _region_words(between)
        elif cuts:
            own[id(v)] |= _region_words(between[: cuts[0].start()])
            own[id(nxt)] |= _region_words(between[cuts[-1].end() :])
    for a, b in joined:
        own[id(a)] = own[id(b)] = own[id(a)] | own[id(b)]
    _parallel_preambles(text, ends, values, sentence_of, own, shared)
    return own, shared


def _framed_alike(text: str, a: Value, b: Value) -> bool:
    """Whether the same word stands just before two figures ("Shelton siegte in 7,81 sek,
    Julian in 8,15 sek"): the second item leaves out what the first said before it."""
    before_a = _FRAME_BEFORE.search(text, max(0, a.start - 20), a.start)
    before_b = _FRAME_BEFORE.search(text, max(0, b.start - 20), b.start)
    return bool(before_a and before_b and before_a.group(1).lower() == before_b.group(1).lower())


def _parallel_preambles(
    text: str,
    ends: list[int],
    values: list[Value],
    sentence_of: list[int],
    own: dict[int, set[str]],
    shared: dict[int, set[str]],
) -> None:
    """A preamble that the words leading to the sentence's second figure (after the break
    before it) say again in part, with a word of their own, is the first item of a parallel
    list, not a subject said once for all: "Sequential read speed is up to 3,470 MB/s and
    sequential write speed up to 3,000 MB/s" (the second item repeats "sequential" and
    "speed", and says "write"), or that stand after the same word as it ("Shelton siegte
    in 7,81 sek, Julian in 8,15 sek"). The preamble's words that no other figure's region says
    ("read") are the first figure's own; the rest stay shared. In Chinese or Japanese, only
    those of the preamble's end as long as the leading characters ("前者の" of
    "前者のシーケンシャルリードが…、シーケンシャルライトは…" is said of all). In place."""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sentence_of[j + 1] == sentence_of[i]:
            j += 1
        if j > i:
            first, second = values[i], values[i + 1]
            preamble = shared.get(id(first), set())
            others = set().union(*(own[id(v)] for v in values[i + 1 : j + 1]))
            cuts = list(_REGION_SPLIT.finditer(text, first.end, second.start))
            lead = _region_words(text[cuts[-1].end() : second.start]) if cuts else set()
            framed = _framed_alike(text, first, second)
            if (framed or lead & preamble - _auxiliaries()) and lead - preamble - _auxiliaries():
                moved = preamble - others
                said = text[cuts[-1].end() : second.start].strip()
                if not lead & preamble - _auxiliaries():
                    # Framed alike only: the second item's names stand for the opening's
                    # first as many, names too ("Julian" for "Shelton"); the verb after
                    # them is left out of it, said of both ("siegte").
                    k = sentence_of[i]
                    tokens = _TOKEN.findall(text[ends[k - 1] if k else 0 : first.start])
                    names = _TOKEN.findall(said)[:-1]  # less the word of the frame
                    heads = tokens[: len(names)]
                    named = bool(names) and all(w[:1].isupper() for w in names + heads)
                    moved &= _region_words(" ".join(heads)) if named else set()
                if _has_cjk(said):
                    # Characters, not words: the preamble's end as long as the lead.
                    k = sentence_of[i]
                    opening = text[ends[k - 1] if k else 0 : first.start].rstrip()
                    moved &= _region_words(opening[-len(said) :])
                if moved:
                    own[id(first)] = own[id(first)] | moved
                    for v in values[i : j + 1]:
                        shared[id(v)] = preamble - moved
        i = j + 1


def _tied_by_region(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    owner: Reading,
    inner: bool = False,
) -> tuple[Value, str, bool] | None:
    """Another figure of the quote that the statement's words go with, when they do not go
    with `q`: the words of the statement around its figure (its region, and the subject said
    before it) that the quote says once, in that figure's words (its region and the subject
    said before its sentence's figures) and not in `q`'s, more of them than the other way
    round. "Die Messe hält 51 Prozent" for "zu 51 Prozent durch die Stadtwerke und zu 49
    Prozent von der Messe" gives (49 Prozent, "Messe")."""
    own = {id(v) for v in owner.values}
    figures = [c for c in candidates if id(c) in own]
    if not any(not _close(c.value, q.value) for c in figures):
        return None
    mine_own, mine_shared = _regions(stated)
    mine = mine_own.get(id(s), set()) | mine_shared.get(id(s), set())
    if not mine:
        return None
    # Only a word the quote says once tells figures apart ("Mozilla reported …; Mozilla
    # noted …" ties nothing to either sentence). With none, no figure is told (below):
    # known before the quote's regions are read.
    occurrences = _occurrences(owner.text)
    mine = {w for w in mine if occurrences.get(w) == 1 and w not in _auxiliaries()}
    if not mine:
        return None
    if _in_order(owner.text, q):
        # "…, the latter 3400 and 2800 MB/s respectively": the order of the figures says
        # which is which, not the words beside them.
        return None
    own_words, shared = _regions(owner)
    # A figure's words: its region and the subject said before all figures of its sentence
    # (which tells sentences apart, not the figures of one sentence).
    theirs = {i: words | shared.get(i, set()) for i, words in own_words.items()}
    at_q = set().union(*(theirs[id(c)] for c in figures if _close(c.value, q.value)))
    # Character pairs are weaker proof than words: two at least; and one word more than
    # `q` is no proof unless nothing at all goes with `q`.
    cjk = _has_cjk(owner.text)
    best: Value | None = None
    told: set[str] = set()
    for c in figures:
        if _close(c.value, q.value):
            continue
        for_c = mine & (theirs[id(c)] - at_q)
        for_q = mine & (at_q - theirs[id(c)])
        least = 2 if for_q or cjk else 1
        # A subject said before another sentence's figures may be the one a pronoun takes
        # up ("Sales rose 10% in 2022. In 2023 … they rose 15%"): one such word is no proof.
        said_before = len(for_c - own_words[id(c)])
        proven = said_before < len(for_c) or said_before >= 2
        if proven and len(for_c) >= len(for_q) + least and len(for_c) > len(told):
            best, told = c, for_c
    if best is None:
        return None
    also = next((v for v in stated.values if v is not s and _close(v.value, best.value)), None)
    if also is not None and not inner:
        # The statement says that figure too: "12 of the 15 deputies". Unless its words go
        # with `q` as this one's go with the other: the two are swapped ("read speed up to
        # 3,000 MB/s and write speed up to 3,470 MB/s" for "read speed up to 3,470 MB/s and
        # write speed up to 3,000 MB/s"; `inner`: the check of the other one, once).
        back = _tied_by_region(stated, also, best, candidates, owner, inner=True)
        if back is None or not _close(back[0].value, q.value):
            return None
    # What the statement's figure counts, in the words right after it, goes with `q` and
    # not with the other: "20 hours after the massacre" is the quote's "24 hours after the
    # massacre", whatever else the sentence retells of its "two-hour interview".
    said = [v.start for v in stated.values]
    counted = set(
        _counted(stated.text, s.end, _neighbours(said, stated.values, s, len(stated.text))[1])
    )
    if counted & at_q and not counted & theirs[id(best)]:
        return None
    key = sorted(told)[0]
    spelled = {_unaccented(w.lower()[:5]): w for w in _TOKEN.findall(stated.text)}
    # One word is a hint, not a proof, unless it is a name or a noun written with a capital
    # inside the statement ("die Messe"): a verb may stand in another clause ("Anna lief
    # 12,1 Sekunden" for "… Anna in 12,1 sek …, vor Ella, die 12,4 sek lief").
    word = spelled.get(key, key)
    if (
        s.kind == "percent"
        and best.kind == "percent"
        and _whole_of_share(owner.text, best, key, False)
        and _whole_of_share(stated.text, s, key, True)
    ):
        # "Jeder fünfte Versorger" for "80 Prozent der Versorger …, private Anbieter (20
        # Prozent)": the word is the whole both shares are of, not what either counts.
        return None
    named = word[:1].isupper() and not stated.text.startswith(word)
    return best, word, len(told) < 2 and not named


@lru_cache(maxsize=2)
def _share_of(bare: bool) -> re.Pattern[str]:
    """The words after a share that name its whole ("80 Prozent der Versorger", "20% of
    the voters"; [shares] of in common.toml), and the word of the whole; with `bare`, the
    word may follow the share directly ("jeder fünfte Versorger", "one in five clinics")."""
    words = _load_toml("common").get("shares", {}).get("of", [])
    of = rf"(?:{_alt(words)})[ \u00a0]+"
    return re.compile(rf"[ \u00a0]*{f'(?:{of})?' if bare else of}([^\W\d_]+)", re.I)


def _whole_of_share(text: str, v: Value, key: str, bare: bool) -> bool:
    """Whether the word `key` (five letters, unaccented) names the whole of share `v`."""
    m = _share_of(bare).match(text, v.end, v.end + 40)
    return m is not None and _unaccented(m.group(1).lower()[:5]) == key


def _tied_in_region(
    stated: Reading, s: Value, q: Value, candidates: list[Value], readings: list[Reading]
) -> tuple[Value, str, bool] | None:
    """:func:`_tied_by_region` in the quote that holds `q`, in any language but Chinese or
    Japanese (whose words are not read apart): a cognate without its accents meets its
    kin ("senators", "sénateurs")."""
    for r in readings:
        if _holds_value(r.values, q):
            found = _tied_by_region(stated, s, q, candidates, r)
            if found is not None and _shared_by_coordination(stated, s, r.text, q, found[0]):
                return None  # "90 countries and 114 languages gathered in Santa Clara"
            return found
    return None


def _tied_to_another_kind(
    stated: Reading, s: Value, q: Value, readings: list[Reading]
) -> tuple[Value, str, bool] | None:
    """:func:`_tied_in_region` among the quote's figures of other kinds, when a name proves
    it: "1,3 % de la superficie de Buenos Aires" for "el 1,3% de la superficie del país (y
    400 veces la superficie de la ciudad de Buenos Aires)" (Buenos Aires goes with the 400
    times, not the 1.3%)."""
    for r in readings:
        if _holds_value(r.values, q):
            others = [v for v in r.values if v.kind != q.kind]
            if not others or _has_cjk(r.text):
                return None
            found = _tied_by_region(stated, s, q, [q, *others], r)
            if found is None or not found[1][:1].isupper() or stated.text.startswith(found[1]):
                return None
            # The name says what the statement's figure is of, after it ("de Buenos Aires"),
            # not a subject before it ("Roof sat with the Bible study group for an hour").
            nxt = min((v.start for v in stated.values if v.start >= s.end), default=None)
            after = _region_words(stated.text[s.end : nxt])
            if _unaccented(found[1].lower()[:5]) not in after:
                return None
            return found[0], found[1], False
    return None


#: A figure opening its sentence glued to Chinese characters: "58赶集进入了新赛道".
_GLUED_NAME = _lazy(r"(?:^|(?<=[。！？；：\n“「《（]))\d{1,4}(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=64)
def _not_glued_names(lang: str | None) -> re.Pattern[str] | None:
    """The characters after a figure that count, bound or scale it, so that it opens no
    name ([identifiers] glued_not_names in the language's data: counters, units, "余")."""
    rules = rules_for(lang)
    chars = rules.data.get("identifiers", {}).get("glued_not_names") if rules else None
    return re.compile(f"[{re.escape(chars)}]") if chars else None


def _glued_name(text: str, v: Value, lang: str | None) -> str | None:
    """The name a figure opens, glued to the Chinese characters after it, at its sentence's
    start ("58赶集", "360公司" — not "58个", "10余家", "3亿", "5国"): the figure and the two
    characters, or None."""
    if v.kind != "number" or v.end >= len(text) or not _GLUED_NAME.match(text, v.start):
        return None
    counted = _not_glued_names(lang)
    if counted is None or text[v.start : v.end] != v.text or counted.match(text, v.end):
        return None
    return text[v.start : v.end + 2]


def _glued_name_in(
    s: Value,
    q: Value,
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether the statement's figure `s` and the quote's `q` open the same name."""
    name = _glued_name(stated.text, s, statement_lang)
    if name is None:
        return False
    at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if at is None:
        return False
    return _glued_name(readings[at].text, q, langs[at] if at < len(langs) else None) == name


def _word_counts(windows: dict[int, dict[str, str]]) -> dict[str, int]:
    """How many of the figures' windows hold each word."""
    counts: dict[str, int] = {}
    for found in windows.values():
        for w in found:
            counts[w] = counts.get(w, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    """The auxiliary verbs of every language's [negation] auxiliaries, as `_counted` keys
    (five letters, lowercased): no word to tie a figure to one of the quote's."""
    words = set()
    for name in ("en", "de", "fr", "es", "pt"):
        for w in _load_toml(name).get("negation", {}).get("auxiliaries", []):
            words.add(w.lower()[:5])
    return frozenset(words)


def _told(
    mine: dict[str, str],
    q: Value,
    figures: list[Value],
    windows: dict[int, dict[str, str]],
    counts: dict[str, int],
    *,
    proof: int,
) -> tuple[Value, str] | None:
    """The figure other than `q` (another value) whose window holds `proof` or more of the
    statement's words (`mine`) that no other window holds, with the first such word; None
    when a figure of `q`'s value holds one of them (the statement's words go with it)."""
    # Words that go with one figure only say which figure is meant; shared ones do not,
    # nor does an auxiliary verb ("Two attackers were killed" for "Two gunmen died …
    # About 50 other people were wounded").
    telling = {w for w in mine if counts.get(w) == 1 and w not in _auxiliaries()}
    for c in figures:
        if _close(c.value, q.value) and telling & windows[id(c)].keys():
            return None
    for c in figures:
        hit = sorted(telling & windows[id(c)].keys())
        if len(hit) >= proof and not _close(c.value, q.value):
            return c, mine[hit[0]]
    return None


#: At most this many of a quote's percentages are tried in pairs for a difference.
_MAX_WORKED = 24


def _worked_out(s: Value, quoted: list[Value], change: bool = False) -> str | None:
    """How the statement's figure could be worked out from the quote's: the total of
    three or more figures of its kind and dimension ("11 do Sudeste, 8 do Sul, 2 … e 1"
    for 22), or percentage points as the difference of two percentages (51 % and 49 %
    for 2 points), or the sum or difference of two figures when the statement's figure has
    three significant digits or more ("a majority of 352" for "438 to 86"); None when it
    cannot. Two small or round figures are not tried: too many pairs add up to those; but
    a `change` (a figure said to be how much one thing rose or is more than another: "rose
    by $40 million", "2100円高い") is tried as the difference of two figures of its kind
    and dimension ("$163 million, up from $123 million")."""
    if s.kind == "points":
        same = [q for q in quoted if q.kind == "percent" and q.hedge is None][:_MAX_WORKED]
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if _close(abs(a.value - b.value), s.value):
                    return f"the difference of the quote's {a.text} and {b.text}"
        return None
    same = [
        q
        for q in quoted
        if q.kind == s.kind and q.dim == s.dim and q.hedge is None and q.span is None
    ]
    if s.kind in ("number", "money", "unit") and len(same) >= 3:
        if _close(sum(q.value for q in same), s.value):
            return "the sum of the quote's " + " + ".join(q.text for q in same)
    if s.kind in ("number", "money", "unit") and _significant_digits(s.value) >= 3:
        pair = same[:_MAX_WORKED]
        for i, a in enumerate(pair):
            for b in pair[i + 1 :]:
                if _close(a.value + b.value, s.value):
                    return f"the sum of the quote's {a.text} and {b.text}"
                if _close(abs(a.value - b.value), s.value):
                    return f"the difference of the quote's {a.text} and {b.text}"
    elif change and s.kind in ("number", "money", "unit"):
        pair = same[:_MAX_WORKED]
        for i, a in enumerate(pair):
            for b in pair[i + 1 :]:
                if _close(abs(a.value - b.value), s.value):
                    return f"the difference of the quote's {a.text} and {b.text}"
    if change and s.kind in ("number", "money", "unit"):
        # "rose by $40 million" for "up 33% from $123 million": the quote's rate of
        # change times its base, within the rate's rounding and the statement's.
        rates = [
            q
            for q in quoted
            if q.kind == "percent"
            and q.hedge is None
            and q.direction
            and q.direction == (s.direction or q.direction)
        ]
        for rate in rates[:_MAX_WORKED]:
            step = rate.precision or 0.5
            for base in same[:_MAX_WORKED]:
                low = base.value * (rate.value - step) / 100 - s.precision
                high = base.value * (rate.value + step) / 100 + s.precision
                if low <= s.value <= high:
                    return f"the quote's {rate.text} of its {base.text}"
    return None


def _ratio_of(s: Value, quoted: list[Value]) -> str | None:
    """How the statement's multiplier ("tripled", "verdreifacht") is the ratio of two of the
    quote's factors ("from a factor of 2 … to a factor of 6"): worked out by the reader.
    None when no two factors of the quote make it."""
    if s.kind != "multiplier" or s.value <= 1:
        return None
    factors = [q for q in quoted if q.kind == "multiplier" and q.value > 0][:_MAX_WORKED]
    for i, a in enumerate(factors):
        for b in factors[i + 1 :]:
            low, high = sorted((a.value, b.value))
            if _close(high / low, s.value):
                return f"the ratio of the quote's {b.text} to {a.text}"
    return None


#: At most this many words, and characters, between a count and the measure it multiplies
#: ("two four-year terms", "deux mandats de six ans", "zwei Amtszeiten zu je sechs Jahren").
_PRODUCT_GAP = (3, 28)
#: What a count never multiplies a measure across: a clause's punctuation.
_PRODUCT_BREAK = _lazy(r"[,;:()\[\]]")


def _product_of(s: Value, said: list[Value], text: str, quoted: list[Value]) -> str | None:
    """How the statement's figure and another of its own multiply to one of the quote's:
    "two four-year terms" for "eight years", "six times ten minutes" for "60 minutes" (a
    count right before a measure or an amount, the product in the measure's unit): a
    figure the reader works out, neither contradicted. None when no such product of the
    statement's figures meets a quote's figure."""
    for t in said[:_MAX_WORKED]:
        if t is s or t.hedge is not None:
            continue
        count, measure = (s, t) if s.kind in ("number", "multiplier") else (t, s)
        if count.kind not in ("number", "multiplier") or measure.kind not in ("unit", "money"):
            continue
        # The count stands just before the measure it multiplies, a few words between at
        # most ("deux mandats de six ans", "zwei Amtszeiten zu je sechs Jahren").
        if not 0 <= measure.start - count.end <= _PRODUCT_GAP[1]:
            continue
        gap = text[count.end : measure.start]
        if len(_TOKEN.findall(gap)) > _PRODUCT_GAP[0] or _PRODUCT_BREAK.search(gap):
            continue
        if count.value != int(count.value) or count.value < 2:
            continue
        product = count.value * measure.value
        for q in quoted[:_MAX_WORKED]:
            if q.kind == measure.kind and q.dim == measure.dim and _close(product, q.value):
                return f"the product of the statement's {count.text} and {measure.text}"
    return None


@lru_cache(maxsize=64)
def _difference_words(lang: str | None) -> re.Pattern[str] | None:
    """The language's words right after a figure that make it a difference between two
    things ([worked] difference: "2,100 yen more than", "2100円高い", "2100 Yen teurer
    als"), matched after the figure and a space."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}).get("difference", []) if rules is not None else []
    if not words or rules is None:
        return None
    right = "" if rules.cjk else r"(?!\w)"
    return re.compile(rf"[ \u00a0]*(?:{_alt(words)}){right}", re.I)


def _a_change(stated: Reading, s: Value, lang: str | None) -> bool:
    """Whether the statement's figure is how much something changed or differs from
    another: a direction ("rose by $40 million") or [worked] difference words after it,
    with no other figure of its kind and dimension, nor a bare number, in the statement
    ("from 60 to 300 minutes" gives both levels, no difference)."""
    if any(
        v is not s and (v.kind == s.kind and v.dim == s.dim or v.kind == "number")
        for v in stated.values
    ):
        return False
    if s.direction:
        return True
    words = _difference_words(lang)
    return words is not None and words.match(stated.text, s.end) is not None


@lru_cache(maxsize=64)
def _worked_words(lang: str | None) -> tuple[re.Pattern[str] | None, ...]:
    """The language's [worked] words, as patterns: those saying a count is a total ("in
    all", "合计"); those before a part of the count said just before ("including 17",
    "dont 17"); "others" after a count, which counts what the count before it counts
    ("two gunmen … three others"); a list's item said with an article ("tres
    agricultores y un carabinero"), one more to add; "each" after a count ("1基ずつ",
    "two each"); a noun before "and" and a count ("mother and two cousins"); and a list's
    first item said with an article ("a handgun, three rifles")."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}) if rules is not None else {}
    cjk = rules is not None and rules.cjk
    left, right = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    gap = r"[ \u00a0]*"

    def made(key: str, template: str) -> re.Pattern[str] | None:
        return re.compile(template.format(_alt(words[key])), re.I) if words.get(key) else None

    return (
        made("total", rf"{left}(?:{{}}){right}"),
        made("part_before", rf"{left}(?:{{}}){gap}$"),
        made("others", rf"{gap}(?:{{}}){right}"),
        made("one", rf"{left}(?:{{}})[ \u00a0]+(?=[^\W\d_])"),
        made("each", rf"[^\d,.;、，。]{{{{0,3}}}}?(?:{{}}){right}"),
        made("one_noun", rf"{left}[^\W\d_]{{{{3,}}}}(?=[ \u00a0]+(?:{{}})[ \u00a0]+\d)"),
        made("one_first", rf"{left}(?:{{}})[ \u00a0]+(?=[^,;\d][^,;]{{{{0,40}}}},[ \u00a0]*\d)"),
    )


def _marks(text: str) -> set[str]:
    """A text's words of four letters or more, lowercased and without accents, and its CJK
    character pairs: what ties a statement's count to one item of a quote's list (words
    are matched by `_same_word`)."""
    return {
        w if _CJK_CHAR.search(w) else _unaccented(w)
        for w in _content(text)
        if len(w) >= 4 or _CJK_CHAR.search(w)
    }


#: Two words are one when they share this many letters from the start at least, and what
#: follows in each is an ending of common.toml's ``[inflections]``: "murdered" and
#: "murdering", "camión" and "camiones", "Lastwagen" and "Lastwagens" are one word;
#: "camions" and "camionnettes", "camiones" and "camionetas" are two.
_STEM = 4


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    return frozenset(_load_toml("common").get("inflections", {}).get("endings", [])) | {""}


def _same_word(a: str, b: str) -> bool:
    """Whether two words (of `_marks`) are forms of one word: an ending apart."""
    if a == b:
        return True
    if _CJK_CHAR.search(a) or _CJK_CHAR.search(b):
        return False
    if a[: _STEM - 1] != b[: _STEM - 1]:
        return False
    endings = _endings()
    for k in range(_STEM, min(len(a), len(b)) + 1):
        if a[k - 1] != b[k - 1]:
            return False
        if a[k:] in endings and b[k:] in endings:
            return True
    return False


def _ties(text: str, said: set[str]) -> tuple[set[str], bool]:
    """The statement's words (`said`, by `_marks`) that a text holds in some form, and
    whether the text holds any word of `_marks` at all."""
    words = _marks(text)
    return {w for w in said if any(_same_word(w, t) for t in words)}, bool(words)


def _tied_to_one(
    run: list[Value],
    text: str,
    lo: int,
    hi: int,
    said: set[str],
    others: re.Pattern[str] | None,
) -> bool:
    """Whether a word of the statement (`said`, by `_marks`) stands beside some items of
    the run but not all: "murdered 12" for "murdering nine people and attempting to kill
    three others", "six députés" for "trois députés et trois sénateurs". An item of
    "others" counts what the item before it counts ("Two gunmen died, and three others")."""
    seen: list[set[str]] = []
    counted: set[str] = set()
    lead: set[str] = set()
    start = max(lo, run[0].start - 60)
    for i, v in enumerate(run):
        stop = run[i + 1].start if i + 1 < len(run) else min(hi, v.end + 40)
        brk = _CLAUSE_BREAK.search(text, v.end, stop)
        end = brk.start() if brk else stop
        # What the item counts: two words at most ("cousins were killed at Emanuel" tells
        # what the list's items share, not what the last one counts).
        noun = [m.end() for m in itertools.islice(_WORD3.finditer(text, v.end, end), 2)]
        if len(noun) == 2 and i + 1 == len(run):
            end = noun[-1]
        after = _ties(text[v.end : end], said)[0]
        if others is not None and others.match(text, v.end, end):
            after |= counted
        # An item with no words of its own before it ("cuatro vecinos y un policía") shares
        # what the item before it follows ("Resultaron heridos").
        tied, worded = _ties(text[start : v.start], said)
        lead = tied if worded else lead
        seen.append(lead | after)
        counted = after
        start = end
    common = seen[0].intersection(*seen[1:])
    return any(marks - common for marks in seen)


#: Marks between the two ends of a range of numbered items ("Years 5-7", "第5～7巻").
_LABEL_RANGE = re.compile(r"[ \u00a0]?[-\u2013\u2014~\uff5e\u301c][ \u00a0]?")
#: How many items a range of numbered items may hold for its count to be worked out.
_LABEL_RANGE_MAX = 30


def _labels_counted(s: Value, readings: list[Reading]) -> str | None:
    """A count the quote gives as a range of numbered items, a label before it and no unit
    after ("LEGO Harry Potter: Years 5-7" for "three school years", "Kapitel 3–9"): the
    items from one end to the other, counted by the reader. None otherwise."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 2 or s.hedge is not None:
        return None
    for r in readings:
        values = r.values[:_MAX_WORKED]
        for a, b in itertools.pairwise(values):
            if not (
                a.kind in ("number", "rank")
                and b.kind in ("number", "rank")
                and a.dim is None
                and b.dim is None
                and a.value == int(a.value) >= 1
                and b.value == int(b.value)
                and 0 < b.value - a.value < _LABEL_RANGE_MAX
                and _close(b.value - a.value + 1, s.value)
                and _LABEL_RANGE.fullmatch(r.text, a.end, b.start)
            ):
                continue
            before = r.text[max(0, a.start - 2) : a.start].rstrip(" \u00a0")
            if before and (before[-1].isalpha() or before[-1] == "第"):
                return f"the quote's items {a.text} to {b.text}, counted"
    return None


#: How far (in characters) after a quote's count its noun is looked for (`_words_counted`).
_COUNTED_NOUN_REACH = 30


@lru_cache(maxsize=1)
def _listed_words_re() -> re.Pattern[str] | None:
    """A list of three or more items of one or two words, joined by commas and, before the
    last, a word of common.toml's [word_lists] last ("luta, dança e música"): group 1 the
    items before the last, each after a comma."""
    words = _load_toml("common").get("word_lists", {}).get("last", [])
    if not words:
        return None
    item = r"[^\W\d_]+(?:[ \u00a0][^\W\d_]+)?"
    return re.compile(
        rf"(?<![\w,]){item}((?:,[ \u00a0]+{item})+),?"
        rf"[ \u00a0]+(?:{_alt(words)})[ \u00a0]+{item}(?!\w)"
    )


def _words_counted(
    s: Value, stated: Reading, lang: str | None, readings: list[Reading]
) -> str | None:
    """A count of the items of a quote's list of words ("aulas de luta, dança e música" for
    "three kinds of classes"): counted by the reader. None otherwise, or where the quote
    counts the statement's noun itself ("two 'choice targets' - namely, left or right")."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 3 or s.hedge is not None:
        return None
    pattern = _listed_words_re()
    if pattern is None:
        return None
    nouns = {w[:5] for w in _counted_nouns(stated.text, s, stated.values, lang)}
    for r in readings:
        if any(
            t.lower()[:5] in nouns
            for q in r.values
            if q.kind == "number"
            for t in _TOKEN.findall(r.text, q.end, q.end + _COUNTED_NOUN_REACH)[:3]
        ):
            continue  # the quote counts what the statement counts: its count is said
        for m in pattern.finditer(r.text):
            if m.group(1).count(",") + 2 == s.value:
                return f"the quote's list of {int(s.value)} items, counted"
    return None


#: What stands between two items of a list of bare figures ("ARRAY[2, 3, 5]").
_FIGURE_LIST_GAP = re.compile(r"[ \u00a0]*[,，、][ \u00a0]*")


def _figures_counted(s: Value, readings: list[Reading]) -> str | None:
    """A count of the items of a quote's list of bare figures, three or more said with
    nothing but commas between them ("unnest(ARRAY[2, 3, 5, 2, 3, 120, 5, 3, 4])" for "an
    array of nine integers"): the items counted by the reader. None otherwise."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 3 or s.hedge is not None:
        return None
    for r in readings:
        values = r.values[: _MAX_WORKED * 4]
        # Each gap between two figures: whether it joins them in one list.
        joined = [
            a.kind == b.kind == "number"
            and a.dim is None
            and b.dim is None
            and _FIGURE_LIST_GAP.fullmatch(r.text, a.end, b.start) is not None
            for a, b in itertools.pairwise(values)
        ]
        run = 1
        for join in [*joined, False]:
            if join:
                run += 1
                continue
            if run == s.value:
                return f"the quote's {run} listed figures, counted"
            run = 1
    return None


def _year_of_span(s: Value, stated: Reading, quoted: list[Value]) -> str | None:
    """A year of the statement's two ("from 1999 to 2014") that the quote gives only as
    its other year and a span of years ("en 2014 … a lo largo de 15 años"): a year the
    reader works out, which the quote does not say. None otherwise."""
    if s.kind != "year":
        return None
    mine = [v.value for v in stated.values if v.kind == "year" and v is not s]
    ends = [y for y in quoted if y.kind == "year" and y.value in mine][:_MAX_WORKED]
    spans = [
        d
        for d in quoted
        if d.kind == "unit" and d.unit == "year" and not d.hedge and not d.span and d.factor
    ][:_MAX_WORKED]
    for y in ends:
        for d in spans:
            years = d.value / d.factor
            if _close(abs(s.value - y.value), years):
                return f"{s.text} is the quote's {y.text} and {d.text} apart: worked out"
    # "won his Oscar eleven years before the 2020 awards" for "won an Oscar in 2009": the
    # statement's own span of years from a quote's year the statement does not give.
    own = [
        d
        for d in stated.values
        if d.kind == "unit" and d.unit == "year" and not d.hedge and not d.span and d.factor
    ][:_MAX_WORKED]
    if own:
        given = {v.value for v in stated.values if v.kind == "year"}
        for y in [y for y in quoted if y.kind == "year" and y.value not in given][:_MAX_WORKED]:
            for d in own:
                if _close(abs(s.value - y.value), d.value / d.factor):
                    return f"{s.text} is the quote's {y.text} and the statement's {d.text} apart"
    return None


#: How many words after a count may name what it counts ("two American embassies"), and
#: how many after a figure of the quote make a word counted by it.
_UNCOUNTED_WORDS = 2
_UNCOUNTED_REACH = 3
#: How many of the quote's words naming it are tried, and how far a clause's break is
#: looked for between one and the figure.
_UNCOUNTED_TRIES = 8
_UNCOUNTED_GAP = 400


def _words_after(text: str, v: Value, n: int) -> list[re.Match[str]]:
    """The first `n` words right after a value, in its clause."""
    end = _CLAUSE_BREAK.search(text, v.end, v.end + 80)
    hi = end.start() if end is not None else min(len(text), v.end + 80)
    return list(itertools.islice(_LETTERS.finditer(text, v.end, hi), n))


def _named_uncounted(
    s: Value,
    q: Value,
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """A bare count of the statement ("two American embassies") whose noun the quote, in
    the same language, names with no count in another clause ("the United States
    Embassies in Kenya and Tanzania, killing more than 200 people"), while the quote's
    figure counts something else right after it ("200 people"): the quote does not give
    the statement's count; the reader counts what it names. The noun is one of the two
    words after the count, of five letters or more, no function word (nor a name, where
    names are capitalized); the quote's word is that word, not among the words after any
    of its figures nor after a word of one ("an embassy"). None otherwise."""
    if s.kind != "number" or q.kind != "number" or s.hedge or _has_cjk(stated.text):
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    rules = rules_for(lang)
    if rules is None or _base(lang) != _base(statement_lang) or _has_cjk(owner.text):
        return None
    function = rules.function_words or frozenset()

    def noun(word: str) -> bool:
        return (
            len(word) >= 5
            and word.lower() not in function
            and not (rules.names_capitalized and word[:1].isupper())
        )

    mine = {
        m.group().lower() for m in _words_after(stated.text, s, _UNCOUNTED_WORDS) if noun(m.group())
    }
    theirs = _words_after(owner.text, q, _UNCOUNTED_REACH)
    if not mine or not theirs:
        return None
    counts = theirs[0].group()
    stems = {w[:5] for w in mine}
    if (
        len(counts) < 4
        or counts.lower() in function
        or any(m.group().lower()[:5] in stems for m in theirs)
    ):
        return None  # the quote's figure may count the statement's noun ("12 parāoa whales")
    counted = {
        m.start() for v in owner.values for m in _words_after(owner.text, v, _UNCOUNTED_REACH)
    }
    ones = {w.lower() for w in rules.data.get("one", {}).get("words", [])}
    text = owner.text
    tried = 0
    for m in _LETTERS.finditer(text):
        if m.group().lower() not in mine or m.start() in counted:
            continue
        tried += 1
        if tried > _UNCOUNTED_TRIES:
            return None
        before = _LETTERS.findall(text, max(0, m.start() - 30), m.start())[-2:]
        if any(w.lower() in ones for w in before):
            continue  # "an embassy": counted by its article
        lo, hi = (m.end(), q.start) if m.end() <= q.start else (q.end, m.start())
        if _CLAUSE_BREAK.search(text, lo, min(hi, lo + _UNCOUNTED_GAP)) is None:
            continue  # in the figure's clause: "Kommentare lesen 128 Beiträge"
        listed = _names_listed(text, m.end(), lang)
        if listed and listed != s.value:
            return None  # "the provinces of Aceh, Riau and Jambi" are three, not two
        return (
            f"the quote names {m.group()!r} with no count, and its {q.shown!r} counts "
            f"{counts!r}: the reader counts what it names"
        )
    return None


def _listed_sum(
    s: Value,
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """The counts of one sentence of a quote that, added up in a row, give the statement's
    count ("nine people and … three others" for "In all, … 12 people"; "10 socialistes (sur
    288), 35 UMP (sur 198) …" for their total, the wholes in brackets left out), or the
    difference of a count and its part said after it ("19 people, including 17
    foreigners" for 2): a figure the reader works out, never one the quote says. A sum
    counts when the statement says it is a total ([worked] total) or, in the quote's
    language, ties its count by no word to some of the items only ("murdered 12" for
    "murdering nine … and attempting to kill three others" stays contradicted). None when
    no run or pair of the quote's counts gives it."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 2:
        return None
    total_words = _worked_words(statement_lang)[0]
    total = total_words is not None and total_words.search(stated.text) is not None
    if s.hedge is not None and (s.hedge != "about" or not total):
        return None
    # "Around 200 whales … in all" for "140 …, 10 …, 51 …": a hedged total holds a sum in
    # its bounds; an unhedged one only the sum itself.
    lo_s, hi_s = s.interval()[:2]
    # "in these three strandings combined" for a sentence of three counts of whales: with a
    # total said, a count whose noun no count of the quote's sentence counts may count them.
    counted = _noun_marks(stated.text, s, stated.values) if total and s.hedge is None else set()
    # A statement that names a part of its count ("28 whales, a humpback among them") says
    # it is a total as "in all" does.
    total = total or _names_a_part(stated.text, statement_lang)
    said: set[str] | None = None
    for r, lang in zip(readings, langs, strict=False):
        same_language = _base(lang) == _base(statement_lang)
        if not total and not same_language:
            continue
        _, part_before, others, one, each, one_noun, one_first = _worked_words(lang)
        if each is not None:
            # "合計2基" for "1基ずつ", "four in all" for "two each": a count times the
            # items it is given for; without a word of a total, a multiple of it ("2基ある"
            # for "SATAとM.2のコネクタが1基ずつ").
            for v in r.values:
                if (
                    v.kind == "number"
                    and 0 < v.value < s.value
                    and (
                        total
                        or (
                            (s.value / v.value).is_integer()
                            and not _names_an_item(stated.text, r.text, v.start)
                        )
                    )
                    and each.match(r.text, v.end)
                ):
                    return f"the quote's {v.text} each, times the items it is given for"
        wholes = {id(w) for _, w in _part_whole_pairs(r, lang)}
        counts = [
            v
            for v in r.values
            if v.kind == "number"
            and v.dim is None
            and v.span is None
            and v.hedge != "range"
            and v.value == int(v.value)
            and id(v) not in wholes
        ]
        if one_first is not None and counts:
            # "a loaded handgun, three rifles, two shotguns": the list's first item is one.
            head = one_first.search(r.text, max(0, counts[0].start - 48), counts[0].end)
            if head is not None:
                counts.insert(
                    0, Value("number", 1.0, head.group().strip(), head.start(), head.end())
                )
        if one_noun is not None and counts:
            # "whose mother and two cousins": a noun with no count before "and" and a
            # count is one; "three rifles and two shotguns" has none ("rifles" is counted).
            noun = one_noun.search(r.text, max(0, counts[0].start - 40), counts[0].end)
            if noun is not None and not _DIGIT.search(
                r.text, max(0, noun.start() - 16), noun.start()
            ):
                counts.insert(0, Value("number", 1.0, noun.group(), noun.start(), noun.end()))
        if one is not None and counts:
            # "tres agricultores y un carabinero": the item said with an article is one.
            counts += [
                Value("number", 1.0, m.group().split()[-1], m.start(), m.end())
                for m in one.finditer(r.text, counts[0].start, counts[-1].end + 80)
            ]
            counts.sort(key=_START)
        counts = counts[:_MAX_WORKED]
        first = 0
        for i in range(1, len(counts) + 1):
            if i < len(counts) and not _SENTENCE_END.search(
                r.text, counts[i - 1].end, counts[i].start
            ):
                continue
            sentence, first = counts[first:i], i
            lo = 0 if first - len(sentence) == 0 else counts[first - len(sentence) - 1].end
            hi = sentence[-1].end + 80
            if (
                counted
                and len(sentence) == s.value
                and not any(
                    a.rstrip("s") == b.rstrip("s")
                    for v in sentence
                    for a in _noun_marks(r.text, v, r.values)
                    for b in counted
                )
            ):
                return f"the quote's {len(sentence)} counts, counted"
            for j, a in enumerate(sentence):
                added = a.value
                for k, b in enumerate(sentence[j + 1 :], j + 1):
                    added += b.value
                    if (
                        k == j + 1
                        and part_before is not None
                        and _close(a.value - b.value, s.value)
                        and part_before.search(r.text[max(0, b.start - 24) : b.start])
                    ):
                        return f"the difference of the quote's {a.text} and its part {b.text}"
                    if not (_close(added, s.value) if s.hedge is None else lo_s <= added <= hi_s):
                        continue
                    run = sentence[j : k + 1]
                    if not total:
                        # Auxiliaries ("were") tie a count to no one item.
                        said = (
                            {w for w in _marks(stated.text) if w[:5] not in _auxiliaries()}
                            if said is None
                            else said
                        )
                        if _tied_to_one(run, r.text, lo, hi, said, others):
                            continue
                    return "the sum of the quote's " + " + ".join(v.text for v in run)
    return None


#: A name in Latin letters (with digits and dots: "M.2", "SATA").
_LATIN_TOKEN = _lazy(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]")


def _names_an_item(statement: str, text: str, at: int) -> bool:
    """Whether the statement names one of the items a count given for each of them stands
    for ("M.2コネクタが2基" for "Serial ATAとM.2のコネクタが1基ずつ"): a name in Latin
    letters of the quote's clause before the count at `at` that the statement writes too;
    then its count is an item's, not their total."""
    lo = _clause_bounds(text, at, at)[0]
    names = {m.group().lower() for m in _LATIN_TOKEN.finditer(text, lo, at)}
    return any(m.group().lower() in names for m in _LATIN_TOKEN.finditer(statement))


def _noun_marks(text: str, v: Value, values: list[Value]) -> set[str]:
    """The words (of `_marks`) among the `_NOUN_WORDS` right after `v`, before the next
    figure and its clause's end: what it counts ("500 stranding incidents")."""
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 40])
    brk = _CLAUSE_BREAK.search(text, v.end, stop)
    tokens = itertools.islice(
        _TOKEN.finditer(text, v.end, brk.start() if brk else stop), _NOUN_WORDS
    )
    return _marks(" ".join(m.group() for m in tokens))


#: How many words right after a count say what it counts.
_NOUN_WORDS = 2


def _counting_alike(
    stated: Reading, s: Value, candidates: list[Value], readings: list[Reading]
) -> list[Value]:
    """The candidates whose words right after them share a word with those after the
    statement's `s` (what it counts), when some do and some do not; else empty."""
    mine = _noun_marks(stated.text, s, stated.values)
    if not mine or len(candidates) > _MAX_WORKED:
        return []
    alike = []
    for q in candidates:
        owner = _owner(q, readings)
        if owner is None or q.kind != "number":
            continue
        theirs = _noun_marks(owner.text, q, owner.values)
        if any(_same_word(w, t) for w in mine for t in theirs):
            alike.append(q)
    return alike if 0 < len(alike) < len(candidates) else []


def _names_a_part(text: str, lang: str | None) -> bool:
    """Whether a statement names a part of its count ("a humpback among them")."""
    words = _word_list_re(lang, "worked", "part_before")
    return words is not None and words.search(text) is not None


#: Comparators that bound a figure from one side: what a quote's share leaves on the other.
_BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most", "up_to", "within"})


def _complement(values: list[Value], quoted: list[Value]) -> bool:
    """Whether the statement gives the rest of a share of the quote on the other side of a
    bound: "5% of tasks start more than five seconds late" for "95% of tasks begin within
    five seconds": a share of the statement is 100 % less one of the quote's, and a bounded
    figure of the statement is one of the quote's figures, bounded otherwise or not at all.
    The figures are worked out; neither contradicts."""
    if not values:
        return False
    shares = {round(q.value, 1) for q in quoted if q.kind == "percent" and q.span is None}
    figures = {(q.kind, q.dim, round(q.value, 3), q.hedge) for q in quoted}
    rest = any(
        v.kind == "percent" and v.hedge is None and round(100.0 - v.value, 1) in shares
        for v in values
    )
    return rest and any(
        v.hedge in _BOUNDS
        and v.kind != "percent"
        and any(
            (v.kind, v.dim, round(v.value, 3), h) in figures for h in (_BOUNDS - {v.hedge}) | {None}
        )
        for v in values
    )


@lru_cache(maxsize=32)
def _other_than_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's [worked] ``other_than`` words ("other than", "außer", "以外"), as one
    pattern."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}).get("other_than", []) if rules is not None else []
    if not words:
        return None
    left, right = ("", "") if rules is not None and rules.cjk else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{left}(?:{_alt(words)}){right}", re.I)


def _other_than(
    stated: Reading, statement_lang: str | None, readings: list[Reading], langs: list[str | None]
) -> bool:
    """Whether the statement takes the rest of what the quotes share out ("15% from sources
    other than Google" for "85% of its revenue from Google"), which no quote says: its share
    is 100 % less one of theirs (`_rest_of`)."""
    mine = _other_than_words(statement_lang)
    if mine is None or mine.search(stated.text) is None:
        return False
    for r, lang in zip(readings, langs, strict=False):
        theirs = _other_than_words(lang)
        if theirs is not None and theirs.search(r.text) is not None:
            return False
    return True


def _rest_of(
    s: Value, candidates: list[Value], negated: bool, published: date | None
) -> Value | None:
    """The quote's percentage whose rest of 100 % the statement gives, after a fall ("nur 30
    Prozent der Energie" for "70 Prozent weniger Energie") or with a negation on one side
    only ("about 3% have used Rust" for "roughly 97% … who haven't used Rust"): a figure
    worked out, for a person to check. A share's other part ("51 % … 49 %") is another."""
    for q in candidates[:_MAX_WORKED]:
        if q.kind != "percent" or q.label == "fraction" or q.span is not None:
            continue
        if not (negated or (q.direction < 0 and s.direction == 0)):
            continue
        rest = replace(q, value=100.0 - q.value, direction=0)
        if _compare(s, rest, published)[0] in ("match", "overstated"):
            return q
    return None


def _named_figure(s: Value, readings: list[Reading]) -> str | None:
    """The quote's name that holds the statement's figure, glued to letters and read as no
    value ("Threadripper PRO 5000WX" for "5,000 chips", "A380" for "380 seats"), or its
    footnote mark ("US$1,000[23]" for "23 donations"): the statement may have taken it for
    a count; a person reads it."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 10:
        return None
    digits = str(int(s.value))
    # Both patterns hold the digits: a quote without them is skipped unscanned.
    readings = [r for r in readings if digits in r.text]
    if not readings:
        return None
    glued = re.compile(rf"(?<![\d.,]){digits}(?=[A-Za-z])|(?<=[A-Za-z]){digits}(?![\d.,])")
    note = re.compile(rf"\[{digits}\]")
    for r in readings:
        if note.search(r.text) and not any(v.value == s.value for v in r.values):
            return f"in the quote [{digits}] is a footnote mark"
        for m in glued.finditer(r.text):
            if not any(v.start <= m.start() < v.end for v in r.values):
                name = re.search(r"[\w-]*$", r.text[: m.start()])
                rest = re.match(r"[\w-]*", r.text[m.end() :])
                whole = (name.group() if name else "") + m.group() + (rest.group() if rest else "")
                return f"in the quote {digits} is part of the name {whole!r}"
    return None


def _version_named(s: Value, readings: list[Reading]) -> bool:
    """Whether the statement's version-like figure ("3.6") stands in the quote as a name,
    read there as no value ("the 3.6 series", "3.6.1"): the statement names the release
    too ("maintenance releases for 3.6"), and nothing is compared. Only version-like
    figures are looked for, each once in each quote."""
    if s.kind != "number" or s.hedge is not None or not _VERSION_LIKE.fullmatch(s.text):
        return False
    for r in readings:
        for m in re.finditer(rf"(?<![\d.,]){re.escape(s.text)}(?!\d|,\d|\.(?![\dxX]))", r.text):
            if not any(v.start <= m.start() < v.end for v in r.values):
                return True
    return False


def _significant_digits(value: float) -> int:
    """Digits of a whole figure without its trailing zeros: 352 has 3, 3,500 has 2."""
    digits = str(int(abs(value))).rstrip("0")
    return len(digits)


_GLUED_M = _lazy(r"\dm$")


def _ago_duration(v: Value) -> Value | None:
    """A time counted back ("two years ago", "vor knapp einem Jahr") as the duration it
    counts, to compare with a statement's duration ("two years earlier") or its own."""
    if v.kind != "relative" or v.unit != "ago":
        return None
    factor = _units()[v.dim or ""][0]
    return replace(
        v,
        kind="unit",
        value=-v.value * factor,
        dim="second",
        unit=v.dim,
        factor=factor,
        precision=v.precision * factor,
        label="duration",
        span=(-v.span[1] * factor, -v.span[0] * factor) if v.span else None,
    )


def _placed(v: Value, published: date) -> Value | None:
    """A quote's calendar word ("last year", "letzten Monat", "yesterday") as the year or
    date it names on a page of `published`; None for other values."""
    if v.kind != "relative" or v.unit != "calendar":
        return None
    n = int(v.value)
    if v.dim == "year":
        year = published.year + n
        return replace(v, kind="year", value=float(year), ymd=(year, None, None), dim=None)
    if v.dim == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + n, 12)
        return replace(v, kind="date", value=float(year), ymd=(year, month + 1, None), dim=None)
    if v.dim == "day":
        day = published + timedelta(days=n)
        ymd = (day.year, day.month, day.day)
        return replace(v, kind="date", value=float(day.year), ymd=ymd, dim=None)
    return None


def _million_or_metres(v: Value) -> Value | None:
    """A quote's "1.4m" glued to its digits is metres or millions ("1.4m car recall"): the
    million reading, compared beside the metres, so a statement of either matches."""
    if v.kind != "unit" or v.dim != "meter" or v.hedge or not _GLUED_M.search(v.text):
        return None
    written = v.value / v.factor if v.factor else v.value
    return replace(
        v,
        kind="number",
        value=written * 1e6,
        dim=None,
        unit=None,
        factor=1e6,
        precision=v.precision / (v.factor or 1.0) * 1e6,
        label="",
    )


#: A list's position: one or two digits opening the quote before a capitalized word of a
#: headline in sentence case ("4 US students go to Germany") or a CJK one ("2 稚内の…"), or
#: before ")" at the start of a sentence ("1) Simply enter their name. 2) View …").
_LIST_NUMBER = re.compile(r"\d{1,2}(?:\)|[ \t\u00a0\u3000]+(?=[^\W\d_]))")


def _list_position(text: str, v: Value, lang: str | None = None) -> bool:
    """Whether a quote's bare number is the position of a list item, not a count. In a
    language that capitalizes its nouns ([identifiers] nouns_capitalized: "40 Passagiere
    überlebten"), a capitalized word after the number is its noun, no title's."""
    if v.kind != "number" or not v.text.isdigit():
        return False
    m = _LIST_NUMBER.match(text, v.start)
    if m is None:
        return False
    if m.group().endswith(")"):
        before = _stripped_end(text, v.start)
        return not before or text[before - 1] in ".!?:"
    if _stripped_end(text, v.start):
        return False  # a headline's list number opens the quote
    word = text[m.end() : m.end() + 1]
    if _CJK_CHAR.match(word):
        return True
    # "4 US students go to Germany" is item 4 of a list; "12 Dogs Who Are Smothering The
    # Cat" (a headline in title case) counts twelve dogs.
    rules = rules_for(lang)
    if rules is not None and rules.data.get("identifiers", {}).get("nouns_capitalized"):
        return False
    words = _LONG_WORD.findall(text, m.end(), m.end() + 80)
    return word.isupper() and any(w[:1].islower() for w in words)


#: A section's number opening a heading line: "3 Examples", "2.1 Definition", "4 Siehe auch".
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t\u00a0\u3000]+")
#: The title of a heading: a few words, the first capitalized (or Chinese or Japanese),
#: no figure and no sentence's punctuation, to the end of its line.
_SECTION_TITLE = re.compile(
    r"(?:[A-ZÀ-Þ][^\W\d_]*|[\u3040-\u9fff]+)(?:[ \u00a0-][^\W\d_]+){0,3}[ \t]*(?:\n|$)"
)


def _section_number(text: str, v: Value, lang: str | None) -> bool:
    """Whether a quote's bare number numbers the section whose heading opens a line of the
    quote ("3 Examples", "2.1 Definition", "4 Siehe auch"): a name of the section, no count.
    A unit opening the title measures ("4 Min Read")."""
    if v.kind != "number" or (
        v.start and text[v.start - 1] != "\n" and _stripped_end(text, v.start)
    ):
        return False
    m = _SECTION_NUMBER.match(text, v.start)
    if m is None or m.end() < v.end or not _SECTION_TITLE.match(text, m.end()):
        return False
    rules = rules_for(lang)
    if rules is None:
        return False
    word = _TOKEN.match(text, m.end())
    first = word.group() if word else ""
    return not any(w in rules.units or w in rules.unit_exact for w in (first, first.lower()))


#: How far apart (in characters) two figures joined by "and" may stand for one bound
#: before the first to bound the second ("up to 10 years in prison and $250,000").
_SHARED_BOUND_GAP = 40
#: What ends a clause between two figures: no bound is shared across it.
_CLAUSE_MARKS = frozenset(",;:，；：、。.!?！？")


@lru_cache(maxsize=16)
def _coordinators(lang: str | None) -> re.Pattern[str] | None:
    """A language's words that join two figures under one bound ([hedges] coordinators:
    "and", "et", "和"), as a pattern found between them; None when it has none."""
    rules = rules_for(lang)
    words = rules.data.get("hedges", {}).get("coordinators", []) if rules is not None else []
    if rules is None or not words:
        return None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{left}(?:{_alt(words)}){right}", re.I)


def _shared_bound(stated: Reading, s: Value, q: Value, lang: str | None) -> Value | None:
    """The statement's figure right before `s` whose bound (on the same side as the quote's
    bound on `q`) governs `s` too: the two joined by a coordinator ([hedges] coordinators)
    within `_SHARED_BOUND_GAP` characters, with no clause mark and no other figure between
    them, at most an article after the coordinator, and `s` itself unbounded."""
    joiner = _coordinators(lang)
    side = _HEDGE_FAMILY.get(q.hedge or "")
    if joiner is None or side is None:
        return None
    before = [v for v in stated.values if v.end <= s.start]
    if not before:
        return None
    prev = max(before, key=attrgetter("end"))
    if prev.hedge is None or _HEDGE_FAMILY.get(prev.hedge) != side:
        return None
    between = stated.text[prev.end : s.start]
    if len(between) > _SHARED_BOUND_GAP or not _CLAUSE_MARKS.isdisjoint(between):
        return None
    joins = list(joiner.finditer(between))
    if not joins:
        return None
    # After the coordinator at most an article ("and a $250,000 fine"): any other word may
    # say the second figure's own bound ("and a minimum fine of $250,000").
    rest = re.findall(r"[^\W\d_]+", between[joins[-1].end() :])
    return prev if len(rest) <= 1 and all(len(w) <= 3 for w in rest) else None


def _candidates(s: Value, quoted: list[Value]) -> list[Value]:
    allowed = _COMPATIBLE.get(s.kind, {s.kind})
    out = [
        q
        for q in quoted
        if q.kind in allowed
        and (
            # "for decades" is a counterpart only of a figure inside it, unhedged or about:
            # the plural may measure nothing ("spent months planning" beside "six days").
            not q.loose
            or s.hedge in (None, "about")
            and q.span is not None
            and q.span[0] <= s.value < q.span[1]
        )
    ]
    if s.kind == "number":
        # A bare number is compared with bare numbers first, then with written amounts; a
        # measurement only when the quote has no bare number ("Ninety pygmy whales" is not
        # the "Ninety Mile" beach of a quote that counts "10 rare pygmy whales").
        # A year is a candidate only for a figure that could be one ("3" is no 1925).
        could_be_year = 1000 <= s.value <= 2100
        bare = [q for q in out if q.kind == "number" or (q.kind == "year" and could_be_year)]
        rest = [q for q in out if q.kind not in ("number", "year", "unit")]
        units = [q for q in out if q.kind == "unit"]
        same = [q for q in units if q.factor and _close((q.value - q.offset) / q.factor, s.value)]
        if [q for q in bare if q.kind == "number"]:
            # "16" for "de 14 a 16 años": the same figure with its unit said is one still.
            units = same
        else:
            # A measure of another figure is no count ("dos unidades" against "22×80mm"); a
            # time may be ("aged 27" against "22-year-old").
            same_ids = {id(x) for x in same}
            units = [q for q in units if _is_time(q.dim or "") or id(q) in same_ids]
        out = bare + rest + units
        if s.span is not None:
            # "Thousands" is an order of magnitude, never met by a year ("in 2012, hundreds
            # of ...": the quote's "hundreds" is what it is compared with).
            out = [q for q in out if q.kind != "year" and not q.year_like()]
    if s.kind == "year":
        dated = [q for q in out if q.kind in ("year", "date", "decade")]
        same = [q for q in out if q.kind == "number" and _close(q.value, s.value)]
        out = dated + same
    if s.kind == "date" and s.ymd is not None and s.ymd[1] is not None:
        # "17 May 2015" against "the 2015 season on 17 April": the day of that year is the
        # counterpart, not the year alone, which would only make the statement more precise.
        year = s.ymd[0]
        if any(
            q.kind == "date"
            and q.ymd is not None
            and q.ymd[1] is not None
            and (q.ymd[0] == year or (q.ymd[0] is None and year in q.context_years))
            for q in out
        ):
            out = [q for q in out if q.kind != "year"]
    if s.kind == "relative":
        # "last year": the quote's same words, else its dates (placed by the page's date).
        same = [q for q in quoted if q.kind == "relative"]
        return same or [q for q in quoted if q.kind in ("year", "date")]
    if s.kind == "unit":
        # Seconds are not compared with metres: another dimension is nothing to compare.
        out = [q for q in out if q.kind != "unit" or q.dim == s.dim]
        written = (s.value - s.offset) / s.factor if s.factor else s.value
        out += [
            q
            for q in quoted
            if q.kind == "number"
            and (_close(q.value, written) or (s.unit or "").startswith("count / "))
        ]
    return out


#: How far (in characters) apart two counts of a quote may stand to make a share
#: (`_shares_apart`: "12 députés Front de gauche (sur 15)").
_SHARE_PAIR_REACH = 40


def _shares_apart(s: Value, quoted: list[Value], rules: Rules) -> list[Value]:
    """A share said with an article ("10 des 20 députés", "3 der 4 Siege": [fraction_patterns]
    apart) against quotes with no share at all is its two counts, as read before such
    shares were: the quote may give them apart ("10 députés verts (sur 20)")."""
    apart = rules.data.get("fraction_patterns", {}).get("apart")
    if not apart or s.label != "fraction" or any(q.kind == "percent" for q in quoted):
        return [s]
    if not re.search(apart, s.text, re.I):
        return [s]
    figures = list(re.finditer(r"\d+", s.text))
    if len(figures) != 2:
        return [s]
    part, whole = sorted(int(m.group()) for m in figures)
    counts = [q for q in quoted if q.kind == "number" and q.hedge is None]
    if any(
        a.value < b.value
        and b.start - a.end <= _SHARE_PAIR_REACH
        and _close(a.value / b.value, part / whole)
        and (a.value, b.value) != (part, whole)
        for a, b in itertools.pairwise(counts)
    ):
        # "quatre députés sur cinq" for "12 députés (sur 15)": the same share of other
        # counts, which the reader works out; the share is kept.
        return [s]
    return [
        Value(
            "number",
            float(m.group()),
            m.group(),
            s.start + m.start(),
            s.start + m.end(),
            precision=0.5,
            label="quantity",
        )
        for m in figures
    ]


def _change_turned(
    stated: Reading, s: Value, quoted: Sequence[Value], rules: Rules | None
) -> Value | None:
    """The quote's change of a share that goes the other way from a statement's factor
    of change ("doubled", "verdoppelt", "halved" of [multipliers] change_words): when
    every change of a share the quote gives ("fell by half", "rose 30 %") goes the other
    way, the quote has no factor, and the statement says no change the other way itself."""
    if rules is None or s.value == 1:
        return None
    words = rules.data.get("multipliers", {}).get("change_words") or ()
    if s.text.lower() not in {w.lower() for w in words}:
        return None
    up = s.value > 1
    if any(d and (d > 0) != up for d, _word, _at in stated.directions):
        return None
    if any(q.kind == "multiplier" for q in quoted):
        return None
    changes = [q for q in quoted if q.kind == "percent" and q.direction]
    if not changes or any((q.direction > 0) == up for q in changes):
        return None
    return changes[0]


_KIND_WORDS = {
    "number": "number",
    "year": "year",
    "date": "date",
    "decade": "decade",
    "century": "century",
    "percent": "percentage",
    "points": "percentage-point figure",
    "money": "amount of money",
    "unit": "measurement",
    "multiplier": "multiplier",
    "rank": "rank",
    "relative": "relative time or date",
}


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
    if any(v is not s and _compare(v, other, None)[0] == "match" for v in stated.values):
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


#: Bounds from above and from below, for a range's other end (`_range_end_beyond`).
_UPPER_BOUNDS = frozenset({"at_most", "up_to", "less_than"})
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


@lru_cache(maxsize=1)
def _ahead_words() -> re.Pattern[str]:
    """The words that put one person ahead of another ([rank_behind]: "A vor B") or, in
    the group `behind`, behind ([rank_after]: "A hinter B")."""
    toml = _load_toml("common")
    ahead = toml.get("rank_behind", {}).get("words", [])
    behind = toml.get("rank_after", {}).get("words", [])
    return re.compile(
        rf"(?<!\w)(?:(?P<behind>{_alt(behind)})|{_alt(ahead)})(?!\w)"
        if behind
        else rf"(?<!\w)(?:{_alt(ahead)})(?!\w)",
        re.I,
    )


#: How far a figure and the word putting one person ahead of another may stand apart.
_AHEAD_REACH = 120


def _capitalized(text: str, start: int, end: int) -> set[str]:
    """The capitalized words of three letters or more in text[start:end]."""
    return {
        m.group()
        for m in _NAME.finditer(text, max(0, start), end)
        if m.group()[0].isupper() and len(m.group()) >= 3
    }


#: How many names joined after an "ahead of" word `_ahead_sides` reads; the words that
#: join them ("and", "und", a comma), and a name after one (a capitalized word).
_NAMES_JOINED = 3
_NAME_JOINER = _lazy(r",|and|und|et|y|e", re.I)
_NAME_NEXT = _lazy(r"\s+[A-ZÀ-Þ][^\W\d_]{2,}")


def _ahead_sides(text: str, start: int, end: int) -> tuple[set[str], set[str]] | None:
    """The names put ahead and those put behind by the first "ahead of" word ("vor",
    "devant", "followed by") near start..end in its sentence: the names from the sentence's
    start up to the word, and those in the clause after it; the other way round for a word
    that puts them behind ("hinter", "behind")."""
    m = _ahead_words().search(text, max(0, start - _AHEAD_REACH), end + _AHEAD_REACH)
    if m is None:
        return None
    lo, hi = sorted((end, m.start()))
    if _SENTENCE_END.search(text, lo, hi):
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 200), m.start())]
    first = ends[-1] if ends else max(0, m.start() - 200)
    stop = _TIE_BREAK.search(text, m.end(), m.end() + 60)
    for _ in range(_NAMES_JOINED):
        # "vor Fabian Clarkson und Robin Schilff": names joined after the word, each on
        # its side.
        if stop is None or _NAME_JOINER.fullmatch(stop.group()) is None:
            break
        if _NAME_NEXT.match(text, stop.end()) is None:
            break
        stop = _TIE_BREAK.search(text, stop.end(), stop.end() + 60)
    last = stop.start() if stop else min(len(text), m.end() + 60)
    before, after = _capitalized(text, first, m.start()), _capitalized(text, m.end(), last)
    return (after, before) if m.groupdict().get("behind") else (before, after)


def _ahead_swapped(stated: Reading, s: Value, q: Value, readings: list[Reading]) -> bool:
    """Whether the statement puts ahead ("Clarkson won in 8:36.51, ahead of Hüttig") whom
    the quote beside the same figure puts behind ("Hüttig siegte in 8:36,51 min vor
    Clarkson"), and the other way round."""
    mine = _ahead_sides(stated.text, s.start, s.end)
    owner = _owner(q, readings) if mine else None
    theirs = _ahead_sides(owner.text, q.start, q.end) if owner is not None else None
    if mine is None or theirs is None:
        return False
    (ahead, behind), (their_ahead, their_behind) = mine, theirs
    ahead, behind = ahead - behind, behind - ahead
    return (
        bool(ahead & their_behind)
        and bool(behind & their_ahead)
        and not ahead & their_ahead
        and not behind & their_behind
    )


def _winner_beaten(
    stated: Reading, s: Value, q: Value, readings: list[Reading], lang: str | None
) -> bool:
    """Whether the statement says its sentence's names won ("Clarkson won the 3000 m in
    8:36.51", "Clarkson siegte in 8:36,51 min") where the quote beside the same figure puts
    one of them behind the winner and none ahead ("Hüttig siegte in 8:36,51 min vor
    Clarkson"): the winner swapped with one he beat. A statement that itself puts names
    ahead of others ("Clarkson won, ahead of Schilff") names its winners on that side."""
    pattern = _win_words(lang)
    if pattern is None:
        return False
    text = stated.text
    lo, hi = _between_breaks(text, s.start, s.end, _STRONG_BREAK)
    if pattern.search(text, lo, hi) is None:
        return False
    owner = _owner(q, readings)
    theirs = _ahead_sides(owner.text, q.start, q.end) if owner is not None else None
    if theirs is None:
        return False
    sides = _ahead_sides(text, s.start, s.end)
    mine = sides[0] - sides[1] if sides is not None else _capitalized(text, lo, hi)
    their_ahead, their_behind = theirs
    # Someone else must be named ahead: "ließ die Konkurrenz hinter sich" names none.
    return (
        bool(their_ahead) and bool(mine & (their_behind - their_ahead)) and not mine & their_ahead
    )


#: What parts a statement's clauses for `_rank_in_another_clause`: a semicolon or a
#: sentence's end ("Kudla came second; Gallego Gamez won").
_STRONG_BREAK = _lazy(r"[;；]|[.!?。！？](?=\s|$)")


def _between_breaks(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The stretch around start..end between two of `breaks`, at most 200 characters either
    side."""
    ends = [m.end() for m in breaks.finditer(text, max(0, start - 200), start)]
    after = breaks.search(text, end, end + 200)
    return (
        ends[-1] if ends else max(0, start - 200),
        after.start() if after else min(len(text), end + 200),
    )


def _rank_in_another_clause(stated: Reading, s: Value, q: Value, readings: list[Reading]) -> bool:
    """Whether the quote's rank `q` stands in a sentence with a name the statement gives
    in another clause, and none of the names of the statement's own clause ("Kudla came
    second; Gallego Gamez won" for "setzte sich Kudla … durch. 2. wurde Gallego Gamez")."""
    owner = _owner(q, readings)
    if owner is None:
        return False
    text = stated.text
    lo, hi = _between_breaks(text, s.start, s.end, _STRONG_BREAK)
    mine = _capitalized(text, lo, hi)
    others = (_capitalized(text, 0, lo) | _capitalized(text, hi, len(text))) - mine
    if not mine or not others:
        return False
    lo, hi = _between_breaks(owner.text, q.start, q.end, _SENTENCE_END)
    theirs = _capitalized(owner.text, lo, hi)
    near = _capitalized(owner.text, q.start - _NAME_REACH, q.end + _NAME_REACH)
    elsewhere = _capitalized(owner.text, 0, lo) | _capitalized(owner.text, hi, len(owner.text))
    return bool(near & others) and not theirs & mine and bool(elsewhere & mine)


def _share_of_the_others(
    stated: Reading, s: Value, q: Value, readings: list[Reading], langs: list[str | None]
) -> tuple[Value, str] | None:
    """The share the quote gives "the others" right after `q` ("Writers made up 95% of
    the staff. The other 5% were designers") when the statement's holder, the words before
    its share in its clause ("Designer stellten 95 Prozent"), is said beside the others'
    share and not beside `q`: that share and the holder's word; else None."""
    if q.kind != "percent" or s.kind != "percent":
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    text = owner.text
    if _others_of(text, q, quote_lang):
        return None
    i = next(n for n, v in enumerate(owner.values) if v is q)
    other = next(
        (
            v
            for v in owner.values[i + 1 : i + 5]
            if v.kind == "percent"
            and v.start - q.end <= _OTHERS_BACK
            and _others_of(text, v, quote_lang)
        ),
        None,
    )
    if other is None:
        return None
    lo, _ = _clause_bounds(stated.text, s.start, s.end)
    holder = [m.group() for m in _LETTERS.finditer(stated.text, max(lo, s.start - 60), s.start)]
    mine = _sentence_around(text, q.start, q.end)
    theirs = _sentence_around(text, other.start, other.end)
    tied = [w for w in holder if _holder_tied(_tie_words(w), theirs)]
    if not tied or any(_holder_tied(_tie_words(w), mine) for w in holder):
        return None
    return other, tied[0]


#: How far `_listed_group_rival` reads a list around a figure, and a group's words after
#: its figure.
_GROUP_LIST_REACH = 300
_GROUP_REACH = 40
_GROUP_CUT = _lazy(r"[,;:.!?()\[\]，；：。！？（）、]|\d")


def _group_meanings(text: str, start: int) -> set[str]:
    """The [groups] meanings (common.toml) of the words right after a count, up to the next
    clause mark or figure: "11 écologistes (sur 18)" is the Greens'."""
    cut = _GROUP_CUT.search(text, start, start + _GROUP_REACH)
    end = cut.start() if cut is not None else min(len(text), start + _GROUP_REACH)
    groups = _meanings("groups")
    return {
        meaning
        for t in _LETTERS.findall(text, start, end)
        if (meaning := groups.get(_unaccented(t.lower()))) is not None
    }


def _listed_group_rival(
    stated: Reading, s: Value, q: Value, readings: list[Reading], langs: list[str | None]
) -> tuple[Value, str] | None:
    """Another count of the quote's list that its words give the group the statement's
    count is of ("12 Green deputies" for "11 écologistes (sur 18), … 12 députés Front de
    gauche (sur 15)"), where `q`'s words give it to no such group: that count and the
    group's meaning; else None. Groups by meaning across languages ([groups])."""
    if s.kind != "number" or q.kind != "number":
        return None
    mine = _group_meanings(stated.text, s.end)
    owner = _owner(q, readings) if mine else None
    if owner is None or _group_meanings(owner.text, q.end) & mine:
        return None
    # A group's whole ("(sur 18)") is no count of what its words after it name.
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    wholes = {id(w) for _, w in _part_whole_pairs(owner, quote_lang)}
    if id(q) in wholes:
        return None
    for v in owner.values:
        if (
            v is q
            or id(v) in wholes
            or v.kind != "number"
            or abs(v.start - q.start) > _GROUP_LIST_REACH
            or _close(v.value, q.value)
        ):
            continue
        shared = _group_meanings(owner.text, v.end) & mine
        if shared:
            return v, next(iter(shared))
    return None


@lru_cache(maxsize=64)
def _acquire_res(
    lang: str | None, key: str = "verbs"
) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """A language's verbs of buying a company (``key`` "verbs"), of giving to a
    recipient ("giving": "donated $500 to") or of beating a rival ("defeating": "beat"),
    and its words of the passive beside them ([acquire] verbs, giving, defeating and
    passive); None without such verbs, or for a language whose object stands before its
    verb ([acquire] object_first)."""
    rules = rules_for(lang)
    data = rules.data.get("acquire", {}) if rules is not None else {}
    if not data.get(key) or data.get("object_first"):
        return None
    edge, end = ("", "") if rules is not None and rules.cjk else (r"(?<!\w)", r"(?!\w)")
    passive = data.get("passive") or []
    return (
        re.compile(rf"{edge}(?:{_alt(data[key])}){end}", re.I),
        re.compile(rf"{edge}(?:{_alt(passive)}){end}", re.I) if passive else None,
    )


#: How far before and after a verb of buying `_buyer_swapped` reads its buyer and target,
#: and how many of a quote's verbs it reads.
_BUYER_BEFORE = 60
_BUYER_AFTER = 40
_PASSIVE_REACH = 12
_MAX_VERBS = 8
#: How many capitalized words a giver's name may hold (`_buyer_swapped`: "Chris Cannon"),
#: and how far after a verb of giving its recipient may stand ("donated $500[29] to
#: Republican candidate Chris Cannon").
_GIVER_WORDS = 3
_GIVER_AFTER = 60


def _latin_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])")


def _buyer_swapped(
    stated: Reading,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
    key: str = "verbs",
) -> str | None:
    """The name the statement gives as a buyer ("DeepMind acquired Google") that the quote
    gives only as what was bought, after its verb in the active voice ("谷歌在2014年收购的
    人工智能公司DeepMind"); else None. With ``key`` "giving", the name the statement gives
    as a giver ("Cannon donated $500 to Yagan") that the quote gives only as the
    recipient ("Yagan donated $500 to Cannon"); with ``key`` "defeating", the winner
    ("Chelsea beat Arsenal in the 2017 final") that the quote gives only as the one beaten
    ("Arsenal beat Chelsea in the 2017 final")."""
    words = _acquire_res(lang, key)
    m = words[0].search(stated.text) if words is not None else None
    if words is None or m is None:
        return None
    passive = words[1]
    text = stated.text
    if passive is not None and passive.search(
        text, max(0, m.start() - _PASSIVE_REACH), m.end() + 6
    ):
        return None
    lo, _ = _clause_bounds(text, m.start(), m.end(), lang)
    buyers = [
        n
        for n in _capitalized(text, lo, m.start())
        if not _latin_name(n).search(text, m.end())  # said after the verb too: no buyer
    ]
    # A company is named in one word; a giver may be a person's first and last names, each
    # of which the quote must give as the recipient.
    if not 1 <= len(buyers) <= (_GIVER_WORDS if key != "verbs" else 1):
        return None
    names = [_latin_name(n) for n in sorted(buyers)]
    after = _GIVER_AFTER if key != "verbs" else _BUYER_AFTER
    bought = False
    for r, quote_lang in zip(readings, langs, strict=False):
        theirs = _acquire_res(quote_lang, key)
        if theirs is None or not all(name.search(r.text) for name in names):
            continue
        for v in itertools.islice(theirs[0].finditer(r.text), _MAX_VERBS):
            start = max(0, v.start() - _BUYER_BEFORE)
            cut = [e.end() for e in _SENTENCE_END.finditer(r.text, start, v.start())]
            start = cut[-1] if cut else start
            stop = _SENTENCE_END.search(r.text, v.end(), v.end() + after)
            end = stop.start() if stop else min(len(r.text), v.end() + after)
            p = (
                theirs[1].search(r.text, max(start, v.start() - _PASSIVE_REACH), v.end() + 6)
                if theirs[1] is not None
                else None
            )
            # Active, the buyer stands before the verb and what was bought after it;
            # passive, what was bought before the passive's word ("Moonton was acquired
            # by", "Moonton被字节跳动收购") and the buyer after it.
            if p is None:
                buyer_zone, bought_zone = (start, v.start()), (v.end(), end)
            else:
                edge = min(p.start(), v.start())
                buyer_zone, bought_zone = (edge, end), (start, edge)
            if any(name.search(r.text, *buyer_zone) for name in names):
                return None  # the quote gives the name as a buyer too
            bought = bought or all(name.search(r.text, *bought_zone) for name in names)
    return " ".join(sorted(buyers, key=lambda n: text.find(n))) if bought else None


def _element_kind(s: Value) -> str:
    if s.label in ("fraction", "duration", "multiplier", "rank"):
        return s.label
    return {
        "number": "quantity",
        "percent": "percent",
        "points": "percent",
        "money": "money",
        "unit": "unit",
    }.get(s.kind, s.kind)


def claim_supported(
    statement: str,
    quotes: Sequence[str],
    published: date | None = None,
    *,
    statement_lang: str | None = None,
    quote_lang: str | Sequence[str | None] | None = None,
) -> Support:
    """Whether the quotes, read in their language, say what the statement says.

    ``quote_lang`` is one tag for every quote or one per quote; it defaults to the
    statement's language. ``published`` lends its year to a quote's "August 25".

    >>> claim_supported("Contracts rose by 16.1%.", ["Contracts declined by 16.1%"], \
statement_lang="en").status
    'fail'
    >>> claim_supported("Revenue reached nearly $5 billion.", ["Revenue reached $4.8 billion"], \
statement_lang="en").status
    'pass'
    >>> claim_supported("Khamenei scuttled the deal.", ["Khamenei scuttled it"]).status
    'unverified'
    """
    if isinstance(quote_lang, str) or quote_lang is None:
        langs: list[str | None] = [quote_lang if quote_lang is not None else statement_lang] * len(
            quotes
        )
    else:
        langs = [lang if lang is not None else statement_lang for lang in quote_lang]
    src = "the quote" if len(quotes) == 1 else "the quotes"
    # The statement's number words inside names, found once for `_unnamed` and `_other_names`.
    named_here = _named_numbers(statement, statement_lang)
    stated = _read(_unnamed(statement, named_here), statement_lang)
    if any(v.loose for v in stated.values):
        # A statement's "for decades" is read in no claim: only a quote's bounds a figure.
        stated = replace(stated, values=[v for v in stated.values if not v.loose])
    stated_rules = rules_for(statement_lang)
    if stated.no_rules:
        return Support(
            "unverified",
            f"no number rules for language {stated.no_rules}",
            (Element("language", statement_lang or "", None, "unreadable"),),
        )
    readings = [_read(q, lang) for q, lang in zip(quotes, langs, strict=False)]
    missing_rules = next(iter([r.no_rules for r in readings if r.no_rules]), None)
    quoted: list[Value] = []
    positions: set[str] = set()  # the quotes' list and section numbers, as written
    for r, lang in zip(readings, langs, strict=False):
        for v in r.values:
            if _list_position(r.text, v, lang) or _section_number(r.text, v, lang):
                positions.add(v.text)
            else:
                quoted.append(v)
    if positions:
        # "1 Jeep hack prompts 1.4m car recall" copied with its list number: the statement's
        # number that a quote numbers its item or section with, and that opens an item or a
        # heading in the statement as well, is the same position, no count to compare.
        stated = replace(
            stated,
            values=[
                v
                for v in stated.values
                if v.text not in positions
                or not (
                    _list_position(stated.text, v, statement_lang)
                    or _section_number(stated.text, v, statement_lang)
                )
            ],
        )
    quoted += [alt for v in quoted if (alt := _million_or_metres(v)) is not None]
    # "four years ago" meets a statement's "four years earlier"; "a few years ago" no span.
    quoted += [alt for v in quoted if v.span is None and (alt := _ago_duration(v)) is not None]
    if published is not None:
        # The quote's "last year" on a page of 2020 is 2019, for a statement's year.
        quoted += [alt for v in quoted if (alt := _placed(v, published)) is not None]
    quote_negation = next(iter([r.negation for r in readings if r.negation]), None)
    quote_directions = [d for r in readings for d in r.directions]

    elements: list[Element] = []
    fails: list[str] = []
    warns: list[str] = []
    unverified: list[str] = []
    notes: list[str] = []
    for text in stated.unreadable:
        elements.append(Element("quantity", text, None, "unreadable", "ambiguous separators"))
        unverified.append(
            f"{text!r} is ambiguous without the statement's language (a decimal or a group?)"
        )
    stated_cjk = _has_cjk(stated.text)
    for text in stated.named_units:
        unit = text.rsplit(None, 1)[-1].lower()
        if not any(unit in r.text.lower() for r in readings):
            # "39,4 Go/s" once read as a name: a figure and a unit word the quote does not
            # name alike is no name the engine may leave unread for a pass.
            elements.append(Element("unit", text, None, "unreadable", "read as a name"))
            unverified.append(f"{text!r} is read as a name, which {src} does not give")
    for text in _foreign_units(stated, stated_rules):
        # "87 kilobytes" in a language whose tables lack the word: the figure's unit is
        # unread, and a figure without its unit passes nothing.
        elements.append(Element("unit", text, None, "unreadable", "unit not read"))
        unverified.append(f"the unit of {text!r} is not read in the statement's language")
    for text in _unread_month_years(stated, stated_rules):
        # "Juli/2022-Update": a month and year the date rules do not read is no element the
        # engine may leave unread for a pass.
        elements.append(Element("date", text, None, "unreadable", "date not read"))
        unverified.append(f"the date {text!r} is not read in the statement's language")
    codes, codes_left = _unread_codes(stated, quotes)
    for text, other_code in codes:
        # "Strada Statale 164" for "Strada Statale 163": a name's or a code's number no
        # reader compares is no element a pass may leave out.
        elements.append(Element("identifier", text, other_code, "missing", "not compared"))
        unverified.append(
            f"the statement's {text!r} is not in {src}, which {_verb('has', src)} "
            f"{other_code!r} (a name's or a code's number: a person must compare them)"
        )
    if codes_left:
        unverified.append(
            f"the statement holds more than {MAX_STATEMENT_VALUES} names' or codes' numbers; "
            "only the first were looked up"
        )
    seen: set[tuple[Any, ...]] = set()
    compared_values = 0

    def contradicted(kind: str, said: str, theirs: str, note: str, why: str) -> None:
        """An element the quotes contradict: compared, listed and a reason to fail."""
        nonlocal compared_values
        compared_values += 1
        elements.append(Element(kind, said, theirs, "contradicted", note))
        fails.append(why)

    matched: list[Value] = []
    met: list[tuple[Value, Value]] = []  # each matched statement value and its counterpart
    rest_negated = False  # a statement's share, negated, is the rest of the quote's
    values = stated.values
    if len(values) > MAX_STATEMENT_VALUES:
        # Each statement value is compared with every quote value: a cap keeps the work
        # linear in the quotes' length. A statement this long is no single claim anyway.
        unverified.append(
            f"the statement holds {len(values)} values; only the first "
            f"{MAX_STATEMENT_VALUES} were compared"
        )
        values = values[:MAX_STATEMENT_VALUES]
    if stated_rules is not None and "fraction" in map(_LABEL, values):
        shares_apart = [part for s in values for part in _shares_apart(s, quoted, stated_rules)]
        # A share written whole first ("30人中13人") is read as it was before such shares
        # were: its two counts stand in the statement's reading too, where the ties of
        # figures to their nouns and of parts to their wholes (read part first: "12 des
        # 18") are read.
        split_ids = {id(s) for s in values} - {id(p) for p in shares_apart}
        kept_ids = {id(s) for s in values}
        counts_apart = [p for p in shares_apart if id(p) not in kept_ids]
        if split_ids and all(
            a.value > b.value for a, b in zip(counts_apart[::2], counts_apart[1::2], strict=True)
        ):
            stated = replace(
                stated,
                values=sorted(
                    [v for v in stated.values if id(v) not in split_ids] + counts_apart,
                    key=lambda v: v.start,
                ),
            )
        values = shares_apart
    if not any(q.kind == "percent" for q in quoted):
        # "douze des quinze" for "12 députés (sur 15)": with no share in the quote, a share
        # of two counts is the two counts.
        values = [c for v in values for c in _counts_of(v, readings)]
    elif not any(v.kind == "percent" for v in values) and any(_out_of(q) for q in quoted):
        # "4勝のうち3勝", "Of the 18 Greens, 12" for "3 von 4", "12 of the 18": with no share
        # in the statement, a quote's share of two counts the statement gives as its part
        # and whole is the two counts.
        stated_shares = {
            (int(p.value), int(w.value))
            for p, w in _part_whole_pairs(stated, statement_lang)
            + _named_part_pairs(stated, statement_lang)
        }
        quoted = [
            c
            for q in quoted
            for c in (_counts_of(q, [stated]) if _out_of(q) in stated_shares else [q])
        ]
    # A part of a count ("21 Christians, 20 of them Copts") is compared with the quote's
    # parts, never passed by the whole it shares a figure with.
    # Read when a statement value first needs them: one that is a part or has a bound.
    parts: set[int] = set()
    parts_read = False
    quote_wholes: dict[int, Value] | None = None  # each quote whole's id: its part
    complement = not missing_rules and _complement(values, quoted)
    buyer = None if missing_rules else _buyer_swapped(stated, readings, langs, statement_lang)
    giver = (
        None
        if missing_rules or buyer is not None
        else _buyer_swapped(stated, readings, langs, statement_lang, "giving")
    )
    winner = (
        None
        if missing_rules or buyer is not None or giver is not None
        else _buyer_swapped(stated, readings, langs, statement_lang, "defeating")
    )
    for s in values:
        part = _partitive(stated.text, s, statement_lang)
        key = (s.kind, s.value, s.dim, s.hedge, s.ymd, s.part, s.direction, part)
        if key in seen:
            continue
        seen.add(key)
        if _version_named(s, readings):
            continue  # "for 3.6" where the quote names "the 3.6 series": a name on both sides
        kind = _element_kind(s)
        if missing_rules:
            elements.append(Element(kind, s.shown, None, "unreadable", "no number rules"))
            unverified.append(f"no number rules for language {missing_rules}")
            continue
        comparable = candidates = _candidates(s, quoted)
        if not parts_read and (part or s.hedge is not None):
            parts, parts_read = _quote_parts(readings, langs), True
        if part and any(id(q) in parts for q in candidates):
            comparable = candidates = [q for q in candidates if id(q) in parts]
        if s.kind == "number" and s.hedge is None and candidates:
            if quote_wholes is None:
                quote_wholes = {
                    id(w): p
                    for r, lang in zip(readings, langs, strict=False)
                    for p, w in _part_whole_pairs(r, lang)
                }
            instead = (
                _whole_of_a_part(s, candidates, quote_wholes)
                if quote_wholes and not _given_as_whole(stated, s, statement_lang)
                else None
            )
            if instead is not None:
                # "Nine non-attached deputies voted against" for "7 non-inscrits (sur 9)":
                # the quote's 9 is the group's whole; what the 9 are said to do, the
                # quote says of 7.
                candidates = instead
        bound = False
        if s.hedge is not None:
            # A bound ("fewer than 500") is judged against the quote's same figure when it
            # has one, not passed by any smaller number that happens to be nearby.
            same = [q for q in candidates if _close(q.value, s.value)]
            wholes = [q for q in candidates if id(q) not in parts]
            if (
                same
                and not part
                and wholes
                and s.hedge not in ("about", "nearly", "just_over", "odd")
                and all(id(q) in parts for q in same)
            ):
                # "more than 20 Christians" for "21 Christians, 20 of them Copts": a bound
                # the quote's part merely repeats is a bound on its whole.
                candidates, same = wholes, []
            alike = _named_instead(stated, s, same, candidates, readings) if same else None
            if alike:
                # "fewer than a dozen UDI deputies" for "11 UDI (sur 30), 12 députés Front
                # de gauche": the bound is on the figure named as the statement names it.
                candidates, same = alike, []
            bound = (
                not same
                and s.hedge in _HEDGE_FAMILY
                and s.hedge not in ("about", "nearly", "just_over", "odd")
            )
            candidates = same or candidates
            if bound and s.kind == "number":
                # "More than 500 stranding incidents" for "more than 5,000 incidents …, and
                # an average of 300 individual animals": the bound is judged by the figure
                # that counts what the statement counts, when some do and some do not.
                counting = _counting_alike(stated, s, candidates, readings)
                if counting:
                    candidates = counting
        if not candidates and s.kind == "unit" and s.unit == "year":
            # "The 45-year-old Carlineo" for "Patrick W. Carlineo Jr., 55, of Addison": the
            # figure set off by commas after the person's name is the person's age.
            age = _apposed_age(stated, s, statement_lang, readings, langs)
            if age is not None:
                candidates = [age]
        if not candidates and s.kind == "rank" and s.value == 1:
            since = _first_time_since(stated, s, statement_lang, readings, langs, published)
            if since is not None:
                # "for the first time in almost five years" for "ほぼ5年ぶりに": the quote
                # gives the rank by its word of "the first time since" after the same
                # duration (the duration is compared as itself).
                elements.append(Element(kind, s.shown, since, "match"))
                continue
        if not candidates and s.kind == "rank" and s.value in (1, 2):
            # "The second SSD" for a quote that shares its figures out by "the former" and
            # "the latter": the rank names one of the two; the figures it gives are
            # compared on that side (`_former_or_latter`). It is no compared value itself.
            shared = _anaphora_word(readings, langs, int(s.value) - 1)
            if shared is not None:
                elements.append(Element(kind, s.shown, shared, "match"))
                continue
        turned = (
            _change_turned(stated, s, quoted, stated_rules)
            if not candidates and s.kind == "multiplier"
            else None
        )
        if turned is not None:
            # "Sales doubled" for "sales fell by half": the quote's every change of a share
            # goes the other way from the statement's factor of change.
            elements.append(Element(kind, s.shown, turned.shown, "contradicted", "other way"))
            fails.append(
                f"the statement says {s.shown!r} but {src} {_verb('says', src)} "
                f"{turned.shown!r}: a change the other way"
            )
            continue
        if not candidates:
            elements.append(Element(kind, s.shown, None, "missing"))
            unverified.append(
                f"{src} {_verb('has', src)} no {_KIND_WORDS.get(s.kind, s.kind)} to compare "
                f"with {s.shown!r}"
            )
            continue
        best: tuple[tuple[float, float], Value, str, str] | None = None
        years = sorted(c.value for c in candidates if c.kind == "year") if s.kind == "year" else []
        for q in candidates:
            verdict, note = _compare(s, q, published)
            if note == _NO_PERIOD:
                verdict, note = _compare_far_period(s, q, readings, langs)
            elif s.kind == "unit" and q.kind == "number" and verdict != "missing":
                noun = _bare_figure_counts(q, readings, langs)
                if noun is not None:
                    # "The deadline is 7 days" for "the password needs 7 characters": a
                    # time is met by a bare figure only where the figure counts nothing
                    # ("Roof, who was 21 at the time").
                    verdict, note = "missing", f"the quote's figure counts {noun!r}"
            # A counterpart of the same kind that agrees as far as it goes ("in April"
            # for "April 2019", the year unsaid) is nearer than a contradicting one
            # ("March 21"); one of another kind ("2,000" for the year 2000) is not.
            # A decade that holds the statement's year ("in 1995" for "en los años 90") is
            # such a counterpart too, when the quote gives no year of that decade ("上世纪
            # 八十年代 … 1985年" for 1986: the year is the figure to compare).
            akin = q.kind == s.kind or (
                s.kind == "year"
                and q.kind == "decade"
                and bisect.bisect_left(years, q.value) == bisect.bisect_left(years, q.value + 10)
            )
            rank = _RANK[verdict] if verdict != "missing" or akin else 4
            distance = abs(q.value - s.value) / (abs(s.value) + 1.0)
            # The best verdict, then the nearest figure; but a bound ("moins de 400") is
            # judged by the quote's nearest figure (438), not passed by any smaller number
            # that happens to stand nearby (86).
            order = (distance, rank) if bound else (rank, distance)
            if best is None or order < best[0]:
                best = (order, q, verdict, note)
        assert best is not None
        _, q, verdict, note = best
        if (
            verdict in ("match", "overstated")
            and _is_count(s)
            and _is_count(q)
            and "number" in (s.kind, q.kind)
        ):
            # "jeden Monat 300 Tiere" for "300 individual animals beaching themselves each
            # year": one count, each side's clause naming another period it recurs in.
            q_at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
            s_per = _count_period(stated, s, statement_lang)
            q_per = (
                _count_period(readings[q_at], q, langs[q_at])
                if s_per is not None and q_at is not None
                else None
            )
            if q_per is not None and q_per != s_per:
                verdict = "contradicted"
                note = f"the statement's figure is per {s_per}, {src}'s per {q_per}"
        if verdict == "match" and s.kind == q.kind == "multiplier":
            if _multiplier_swapped(stated, s, q, statement_lang, readings, langs):
                # "定期預金の金利はソフトバンク社債の200倍" for "その金利は定期預金の200倍":
                # what the quote measures against is what the statement says is the greater.
                verdict = "contradicted"
                note = "the multiplier's two sides are swapped"
            elif _multiplier_named_apart(stated, s, q, statement_lang, readings, langs):
                # "Time deposits pay 200 times the interest of SoftBank's bond" for "ソフト
                # バンクの社債…その金利は定期預金の200倍": the quote measures against another
                # thing.
                verdict = "missing"
                note = "the quote measures the multiplier against another thing than the statement"
        if verdict in ("match", "overstated") and s.kind in ("number", "unit", "percent"):
            standing = _pronoun_stands_apart(stated, s, q, statement_lang, readings, langs)
            if standing is not None:
                # "The variance is 3.08" for "Standard deviation is the square root of the
                # variance … In this case it's 3.08": the pronoun stands for another thing.
                verdict = "missing"
                note = f"in the quote {q.shown!r} is said of {standing!r}"
        named = None
        held_by = False  # a gapped coordination gives `q` to the statement's person
        by_holder = False  # a gapped coordination's holder decided `q` (`_holder_figure`)
        kin = [v for v in stated.values if v.kind == s.kind]
        person = None if len(kin) == 1 else _person_of(stated.text, s, kin, stated_rules)
        if (
            verdict != "missing"
            and (s.kind == "rank" or (s.kind == "unit" and _is_time(s.dim or "")))
            and (len(kin) == 1 or person is not None)
        ):
            # A place or a time is a person's: the statement's one figure of its kind, or
            # each of its figures of the kind, each with its own person.
            named = other = _value_of_the_named(
                stated.text, q, candidates, readings, stated_rules, person
            )
            if other is not None and other is not q:
                # "Gwizdek wurde Zweiter" for "holte Joseph Mouaha den 2. Platz, gefolgt
                # von Jan-Niklas Gwizdek auf dem 3. Platz": the figure of the statement's
                # person decides, another's never passes.
                q = other
                verdict, note = _compare(s, q, published)
                note = note or "the figure beside the statement's person"
        if (
            verdict in ("match", "overstated")
            and named is None
            and (s.kind == "rank" or (s.kind == "unit" and _is_time(s.dim or "")))
            and _persons_unmatched(stated, s, q, readings, langs)
        ):
            # "尤利安的成绩是7.81秒" for "Shelton siegte in 7,81 sek, Julian in 8,15 sek":
            # the quote gives several people's figures of the kind, and a statement in
            # another script cannot name one of them as the quote does.
            verdict = "missing"
            note = "the quote gives several people's figures; whose is the statement's?"
        if verdict != "missing" and named is None and s.kind in _TIED_KINDS:
            after = max((k.end for k in kin if k.end <= s.start), default=0)
            other = _holder_figure(stated, s, after, q, readings, langs, stated_rules)
            held_by, by_holder = other is q, other is not None
            if other is not None and not held_by:
                # "Jones won 49 seats" for "Smith won 49 seats and Jones 51": the figure
                # of the statement's person decides, another's never passes.
                named = q = other
                verdict, note = _compare(s, q, published)
                note = note or "the figure beside the statement's person"
            noun = (
                _gapped_noun(stated.text, s, q, readings, langs, statement_lang)
                if other is not None and s.kind == "number" and verdict in ("match", "overstated")
                else None
            )
            if noun is not None:
                # "Jones won 51 votes" for "Smith won 49 seats and Jones 51": 51 seats.
                verdict, note = "missing", f"in the quote {q.shown!r} counts {noun!r}"
        if verdict == "match" and s.kind == "rank" and named is None:
            other = _rank_of_the_named(stated.text, q, candidates, readings)
            if other is not None:
                # "Mouaha wurde Dritter" for "holte Mouaha den 2. Platz, gefolgt von
                # Gwizdek auf dem 3. Platz": the rank beside the statement's names.
                q = other
                verdict, note = _compare(s, q, published)
                note = note or "the rank beside the statement's names"
        if verdict == "match" and s.kind == "rank":
            title = _title_of(stated.text, s, stated_rules)
            owner = _owner(q, readings) if title else None
            if title and owner is not None:
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                theirs = _title_of(owner.text, q, rules_for(lang))
                if theirs is None or not title.endswith(theirs):
                    # "小学国語辞典第5版" for "『例解小学国語辞典第5版』": an edition inside a
                    # title is a name, compared only as the whole name (a Chinese statement's
                    # run may hold the words before the title: "使用现代汉语词典第7版").
                    verdict = "missing"
                    note = f"{title!r} … is a title, not the quote's {theirs or ''!r}"
        if verdict == "match" and s.kind == "rank":
            other = _rank_of_the_activity(stated, s, q, candidates, readings)
            if other is not None:
                # "the first to walk on the moon" for "the second to walk on the moon, but
                # the first to drink there": the rank of the statement's activity.
                q = other
                verdict, note = _compare(s, q, published)
                note = note or "the rank of what the statement ranks"
        if (
            verdict == "contradicted"
            and s.kind == "rank"
            and _rank_of_another(stated.text, q, readings)
        ):
            verdict, note = "missing", "the quote's rank is another person's"
        if verdict == "match" and s.kind == "rank" and _rank_of_another(stated.text, q, readings):
            # "Sarah Schäfer a terminé deuxième" for "2. wurde Julieta Gallego Gamez,
            # gefolgt von Sarah Schäfer": the rank is another person's, and the statement's
            # comes behind it.
            if _named_behind(stated.text, q, readings):
                verdict = "contradicted"
                note = "the quote's rank is another person's, and the statement's comes behind"
            else:
                verdict, note = "missing", "the quote's rank is another person's"
        if verdict == "match" and s.kind == "rank" and named is None:
            if _rank_in_another_clause(stated, s, q, readings):
                # "Kudla came second; Gallego Gamez won" for "setzte sich Kudla … durch.
                # 2. wurde Gallego Gamez": the quote's rank is the other clause's person's.
                verdict, note = "contradicted", "the quote's rank is another person's"
        if verdict in ("match", "overstated") and _ahead_swapped(stated, s, q, readings):
            # "Clarkson won in 8:36.51, ahead of Hüttig" for "Hüttig siegte in 8:36,51 min
            # vor Clarkson": who is ahead of whom, the quote says the other way round.
            verdict, note = "contradicted", "the quote puts the names the other way round"
        if verdict in ("match", "overstated") and _winner_beaten(
            stated, s, q, readings, statement_lang
        ):
            # "Clarkson won in 8:36.51" for "Hüttig siegte in 8:36,51 min vor Clarkson": the
            # quote's winner beat the statement's.
            verdict, note = "contradicted", "in the quote the statement's winner comes behind"
        if verdict in ("match", "overstated") and buyer is not None:
            # "DeepMind acquired Google" for "谷歌在2014年收购的人工智能公司DeepMind": the
            # quote gives the statement's buyer as what was bought.
            verdict, note = "contradicted", f"in the quote {buyer!r} is what was bought"
        if verdict in ("match", "overstated") and giver is not None:
            # "Cannon donated $500 to Yagan" for "Yagan donated $500 to Cannon": the quote
            # gives the statement's giver as the recipient.
            verdict, note = "contradicted", f"in the quote {giver!r} is the recipient"
        if verdict in ("match", "overstated") and winner is not None:
            # "Chelsea beat Arsenal in 2017" for "Arsenal beat Chelsea in 2017": the quote
            # gives the statement's winner as the one beaten.
            verdict, note = "contradicted", f"in the quote {winner!r} is the one beaten"
        beyond = (
            _range_end_beyond(s, q, readings, stated, statement_lang)
            if verdict in ("match", "overstated") and s.hedge is not None
            else None
        )
        if beyond is not None and _compare(s, beyond, published)[0] == "contradicted":
            # "No room costs more than $500 a night" for "rates range from $500 to
            # $2,400": a bound on every figure of the range is judged by its other end too.
            # One from below said of some ("Suites cost more than $2,000") a person reads.
            upper = s.hedge in _UPPER_BOUNDS
            note = f"the quote's range goes {'up' if upper else 'down'} to {beyond.shown!r}"
            verdict = "contradicted" if upper or _universal_bound(s, statement_lang) else "missing"
            q = beyond
        elif (
            verdict == "contradicted"
            and s.hedge in _UPPER_BOUNDS
            and (
                q.range_top
                or _range_end_beyond(
                    replace(s, hedge="at_least"), q, readings, stated, statement_lang
                )
            )
            and q.value <= s.value
            and _universal_bound(s, statement_lang)
        ):
            # "No room costs more than $3,000" for "range from $500 to $2,400": said of
            # every room, the bound is one, not the stated maximum "up to $3,000" is.
            verdict, note = "match", f"the quote's range stays within {s.shown!r}"
        if verdict in ("match", "overstated", "contradicted") and (q.range_top or q.hedge == "by"):
            low = _range_start_top(stated, s, q, readings, statement_lang)
            if low is not None:
                again, again_note = _compare(s, low, published)
                if again in ("match", "overstated"):
                    q, verdict, note = low, again, again_note
                else:
                    # "rates start at $2,400" for "range from $500 to $2,400".
                    note = f"the quote's range starts at {low.shown!r}; {q.shown!r} is its top"
                    q, verdict = low, "contradicted"
        if verdict in ("match", "overstated"):
            other_end = _range_end_named(stated, s, q, readings, statement_lang)
            if other_end is not None and _compare(s, other_end, published)[0] not in (
                "match",
                "overstated",
            ):
                # "The most expensive suites cost $500" for "rates range from $500 to
                # $2,400": the statement names the end its figure is; the quote's figure
                # is the range's other end.
                note = (
                    f"the statement names the range's other end: the quote's {q.shown!r} is "
                    f"its {'top' if q.range_top else 'low end'}, {other_end.shown!r} the end "
                    "the statement names"
                )
                q, verdict = other_end, "contradicted"
        if verdict == "match" and _glued_name_in(s, q, stated, statement_lang, readings, langs):
            # "58赶集进入了新赛道" for "58赶集为何驶入新的赛道": a company's name, nothing counted.
            verdict, note = "missing", "the figure is part of a name"
        held = verdict in ("match", "overstated")  # before the ties below leave it open
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            compass = _compass_rival(stated, s, q, readings)
            if compass is not None:
                # "11人来自南部" for "11 integrantes do Sudeste, 8 do Sul": the count of
                # the statement's region decides.
                q, verdict, note = _moved(s, q, *compass, published, "contradicted")
        if (
            verdict in ("match", "overstated")
            and s.kind in _TIED_KINDS
            and s.label != "share"
            and named is None
        ):
            tied = (
                None
                if stated_cjk
                else _tied_in(stated, s, q, comparable, readings, langs, statement_lang)
            )
            if tied is None:
                # "Au moins 19 étrangers" for "killing at least 19 people, including 17
                # foreigners": the statement's noun, in another language, is 17's.
                tied = _noun_tied_across(stated, s, q, comparable, readings, langs, statement_lang)
            hint = False
            if tied is None:
                region = _tied_in_region(stated, s, q, comparable, readings)
                if region is None:
                    region = _tied_to_another_kind(stated, s, q, readings)
                if region is not None:
                    tied, hint = region[:2], region[2]
            if tied is not None and not stated_cjk:
                elided = _elided_item(stated, q, *tied, readings, langs, statement_lang)
                if elided is not None:
                    # "2 do Centro-Oeste" in "11 integrantes do Sudeste, 8 do Sul, 2 do
                    # Centro-Oeste", "three others" after "Two gunmen died": the item counts
                    # what the item before it counts. The statement's word beside that item
                    # decides ("vêm do Centro-Oeste"); with none, a person reads.
                    tied, hint = (None, hint) if elided else (tied, True)
            if tied is not None and _whole_of_the_others(stated, s, q, tied, readings, langs):
                # "Designers were under half of the staff" for "Writers made up 95% of the
                # staff. The other 5% were designers": the others' share is of that whole
                # too; `_others_share` below says whose the statement's is.
                tied = None
            if tied is not None and _bound_met(s, q, tied[0]):
                # "within a day of the massacre" for "less than 24 hours after the massacre,
                # … a two-hour interview to FBI agents": the same bound on the same span
                # is the statement's figure, whatever word the other figure shares.
                tied = None
            if tied is not None:
                # "Roof murdered 33 people" for "33 federal hate crime counts for murdering
                # nine people": the figure is the quote's, what it counts is not.
                # A `hint` (one word of the statement beside another figure) that the other
                # figure does not meet is for a person to read.
                otherwise = "missing" if hint else "contradicted"
                if hint and _meaning_apart(stated, s, q, tied[0], readings):
                    # "uses 20% less energy" for "35 % d'énergie en moins et réduit ses
                    # émissions de 20 %": the words of q's clause measure another thing.
                    otherwise = "contradicted"
                q, verdict, note = _moved(s, q, *tied, published, otherwise)
        if (
            verdict in ("match", "overstated")
            and s.kind in _TIED_KINDS
            and not stated_cjk
            and named is None
        ):
            elsewhere = _subject_elsewhere(
                stated, s, q, comparable, readings, langs, statement_lang
            )
            if elsewhere is not None:
                # "51 pygmy whales on Ninety Mile Beach" for "10 rare pygmy whales on Ninety
                # Mile beach, 51 stranded … on the Chatham Islands": never a pass; whose
                # figure is whose, a person reads (a name may be the whole sentence's).
                other, word, otherwise = elsewhere
                q, verdict, note = _moved(s, q, other, word, published, otherwise)
        opened = verdict == "missing" and held  # a tie above left it to a person
        if (
            (verdict in ("match", "overstated") or opened)
            and s.kind in _TIED_KINDS
            and not stated_cjk
            and not by_holder  # a gapped coordination's holder decided it above
        ):
            switched = _subject_swapped(stated, s, q, comparable, readings, statement_lang, langs)
            if switched is not None:
                # "Les socialistes ont obtenu 12 sièges" for "Les Verts ont obtenu 12 sièges
                # et les socialistes 20": the figure is the other subject's. One a tie
                # above left to a person is only ever failed here, never passed.
                moved = _moved(s, q, *switched, published, "contradicted")
                if not opened or moved[1] == "contradicted":
                    q, verdict, note = moved
        if verdict in ("match", "overstated") and s.kind == "date" and q.kind == "date":
            event = _event_date_elsewhere(stated, s, q, readings, langs, statement_lang)
            if event is not None:
                # "Er wurde am 21. März festgenommen" for "He was arrested in April for the
                # March 21 call": the quote dates the arrest otherwise; its March 21 is the
                # call's.
                q, verdict, note = _moved(s, q, *event, published, "contradicted")
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS and not stated_cjk:
            apart = _kind_listed_before(stated, s, q, readings, langs, statement_lang)
            if apart is not None:
                # "27 humpback whales" for "Humpback whale and 27 pilot whales": the quote
                # lists the statement's kind apart; its figure counts another kind.
                verdict = "missing"
                note = f"in the quote {q.shown!r} counts {apart[1]!r}, {apart[0]!r} is listed apart"
        if verdict == "overstated" and s.hedge is None and q.hedge is not None:
            bounding = _shared_bound(stated, s, q, statement_lang)
            if bounding is not None:
                # "jusqu'à 10 ans de prison et 250 000 dollars d'amende", "最高面临10年监禁和
                # 25万美元罚款": one bound before two coordinated figures bounds both.
                verdict, note = "match", f"{bounding.hedge_text[:-1]!r} bounds both figures"  # type: ignore[index]
        named_side = _stated_side(stated, statement_lang)
        if verdict in ("match", "overstated") and _former_or_latter(q, readings, langs, named_side):
            # "前者は…3000MB/s、後者は…2800MB/s": which figure is whose, the reader must
            # work out from the sentence before; the engine does not. The quote's own figure
            # without its hedge ("3470MB/s" for "最大3470MB/s"), in a statement that names
            # neither side, stays overstated: a warning, never a pass, whichever side it is.
            overstated = verdict == "overstated"
            verdict, note = "missing", "the quote gives its figures by 'the former'/'the latter'"
            own = (
                []
                if named_side is None
                else _side_figures(q, comparable, readings, langs, named_side)
            )
            if own and all(_compare(s, c, published)[0] == "contradicted" for c in own):
                # "後者のライトは最大3000MB/s" for "前者の…ライトは最大3000MB/s、後者はそれぞれ
                # 最大3400MB/s、最大2800MB/s": the statement names the side itself, and
                # none of that side's figures of the dimension is the statement's.
                side_word = _anaphora_word(readings, langs, named_side or 0)
                q, verdict = own[0], "contradicted"
                note = (
                    f"the statement names {side_word!r}, "
                    f"whose figures are {', '.join(repr(c.shown) for c in own)}"
                )
            elif overstated and not own and s.hedge is None and _close(s.value, q.value):
                verdict, note = (
                    "overstated",
                    f"the statement drops the quote's {q.hedge_text[:-1]!r}"
                    if q.hedge_text
                    else "the statement is more precise than the quote",
                )
        if (
            verdict in ("match", "overstated")
            and (stated.directions or q.direction)
            and s.hedge is None
        ):
            role = _change_role(stated.text, s, statement_lang, stated.directions)
            if role is None and _change_amount(stated.text, s, statement_lang):
                role = "amount"  # "rose by $80 million": neither where it starts nor ends
            owner = _owner(q, readings) if role else None
            if owner is not None:
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                theirs = _change_role(owner.text, q, lang, owner.directions)
                if theirs is not None and theirs != role:
                    # "lowered to 14" for "raised from 14 to 16": where a change ends is
                    # not where it starts.
                    verdict = "contradicted"
                    note = f"the quote's {q.shown!r} is where the change {theirs}s"
                elif theirs is None and _base(lang) == _base(statement_lang):
                    # "up from $163 million" for "$163 million, up 33% from $123 million":
                    # the quote's change starts at another figure.
                    starter = next(
                        (
                            u
                            for u in owner.values
                            if u is not q
                            and _family(u) == _family(q)
                            and _compare(s, u, published)[0] == "contradicted"
                            and _change_role(owner.text, u, lang, owner.directions) == role
                        ),
                        None,
                    )
                    if starter is not None:
                        verdict = "contradicted"
                        note = f"in the quote the change {role}s at {starter.shown!r}"
        if verdict in ("match", "overstated") and (s.direction or q.direction):
            level = _level_against_count(stated, s, q, readings, langs, statement_lang)
            if level:
                # "fell to 120" for "closed 120 stores": a level, against a count taken.
                verdict, note = "missing", level
        if verdict in ("match", "overstated") and not held_by:
            rival = _untied_across(stated, s, q, readings, langs, statement_lang)
            if rival is not None:
                side = _anaphora_side(q, readings, langs)
                if (
                    side is not None
                    and side == _stated_side(stated, statement_lang)
                    and (_anaphora_side(rival[0], readings, langs) == 1 - side)
                ):
                    # "Le second SSD lit jusqu'à 3,4 Go/s" for "前者のリードが最大3470MB/s、
                    # …後者はそれぞれ最大3400MB/s": the statement names the latter, whose
                    # figure `q` is; the former's is no rival.
                    rival = None
            if rival is not None:
                other, word = rival
                again, _ = _compare(s, other, published)
                if word and again == "contradicted":
                    # "the first man to walk on the Moon" for "第二个在月球上行走的人，但他是
                    # 第一个在月球上喝酒的人": the statement's activity goes with the other.
                    note = f"in the quote {word!r} goes with {other.shown!r}, not {q.shown!r}"
                    q, verdict = other, "contradicted"
                else:
                    # A quote in another language gives two places or speeds in the
                    # sentence; which is the statement's, its words do not tell.
                    verdict = "missing"
                    note = (
                        f"the quote also gives {other.shown!r}; which is the statement's, "
                        "words in another language do not tell"
                    )
        if verdict in ("match", "overstated"):
            framed = _framed_rival(stated, s, q, readings, langs, statement_lang)
            if framed is not None:
                # "La foire détient 51 %" for "zu 51 Prozent durch die Stadtwerke und zu
                # 49 Prozent von der Messe": the holder of the statement's words decides;
                # with none, whose share is whose, a person reads.
                other, held = framed
                if held and _compare(s, other, published)[0] == "contradicted":
                    note = f"in the quote the statement's holder goes with {other.shown!r}"
                    q, verdict = other, "contradicted"
                else:
                    verdict = "missing"
                    note = (
                        f"the quote also gives {other.shown!r}, each figure to its own "
                        "holder; which is the statement's, words in another language do "
                        "not tell"
                    )
        if verdict in ("match", "overstated"):
            others_share = _others_share(stated, s, q, readings, langs, statement_lang)
            if others_share is not None:
                # "Writers were less than half of the staff" for "Writers made up 95% of
                # the staff. The other 5% were designers": the statement's holder's share
                # decides; the others' complement meets only a statement about them.
                other, word, otherwise = others_share
                again, _ = _compare(s, other, published)
                if word:
                    q, verdict, note = _moved(s, q, other, word, published, otherwise)
                elif again not in ("match", "overstated"):
                    verdict = "missing"
                    note = (
                        f"the quote's {q.shown!r} is the others' share, {other.shown!r} its "
                        "holder's; which is the statement's, its words do not tell"
                    )
        if verdict in ("match", "overstated"):
            holder = _share_of_the_others(stated, s, q, readings, langs)
            if holder is None:
                holder = _listed_group_rival(stated, s, q, readings, langs)
            if holder is not None:
                # "Designer stellten 95 Prozent" for "Writers made up 95% …. The other 5%
                # were designers"; "12 Green deputies" for "11 écologistes (sur 18), …
                # 12 députés Front de gauche": the statement's holder has another figure.
                q, verdict, note = _moved(s, q, *holder, published, "contradicted")
        if (verdict in ("match", "overstated") or opened) and s.kind in _TIED_KINDS:
            # Also where a tie above left it to a person ("The Greens won 22 seats" for
            # "The Greens (14 seats) …, while the Liberals (22 seats)"): the bracket decides.
            bracketed = _bracket_holder(stated, s, q, readings, langs, statement_lang)
            if bracketed is not None:
                # "Private Anbieter machen 80 Prozent aus" for "Kommunale Unternehmen (80
                # Prozent) …, private Anbieter (20 Prozent)": the figure in brackets is the
                # noun's before them; the statement's holder's decides.
                q, verdict, note = _moved(s, q, *bracketed, published, "contradicted")
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            cell = _table_rival(stated, s, q, readings, published)
            if cell is not None:
                # "the z-score … was 0.733" for "400 │ 24 │ 0.733 │ 3.4388 │ 6.765".
                verdict = "missing"
                note = f"table cells: the row also gives {cell.shown!r}, and no column heads"
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            counted = _counts_another(s, q, comparable, stated, statement_lang, readings, langs)
            if counted is not None:
                # "35.681.468 páginas visualizadas" for "35.681.468 Total de visitantes":
                # page views are no visitors, the dead no injured.
                verdict, note = "contradicted", f"it counts {counted[1]!r}, not {counted[0]!r}"
        if verdict in ("match", "overstated") and s.kind == "date":
            owner = _owner(q, readings)
            other = _dateline_only(s, q, owner, published) if owner is not None else None
            if other is not None:
                # "8月10日に販売を始める" for "8月12日11時発売（2022年08月10日）": the date in
                # brackets closing the quote is the page's; the event's is another.
                verdict = "missing"
                note = f"{q.shown!r} dates the page; the quote's {other.shown!r} contradicts"
        if (
            verdict in ("match", "overstated")
            and s.kind in ("date", "year", "decade", "century")
            and not stated_cjk
        ):
            owner = _owner(q, readings)
            if owner is not None and not _has_cjk(owner.text):
                event = (
                    _date_of_another_event(stated, s, q, owner, published)
                    if s.kind in ("date", "year")
                    else None
                )
                if event is not None:
                    # "arrested in March" for "arrested in April for the March 21 call".
                    other, word = event
                    note = f"in the quote {word!r} goes with {other.shown!r}, not {q.shown!r}"
                    q, verdict = other, "contradicted"
                else:
                    told = _told_of_another_date(stated, s, q, owner, published)
                    if told is not None:
                        # "Mozilla inherited Netscape's code base in 2011" for "… Mozilla
                        # inherited Netscape's code-base in 1998. In 2011, Eich transferred
                        # …": the quote tells the statement's event in 1998's sentence.
                        other, told_words, sure = told
                        listed = ", ".join(repr(w) for w in told_words)
                        note = f"in the quote {listed} go with {other.shown!r}, not {q.shown!r}"
                        if sure:
                            q, verdict = other, "contradicted"
                        else:
                            verdict = "missing"
        if verdict in ("match", "overstated") and s.kind == "number":
            owner = _owner(q, readings)
            # Counters in Chinese or Japanese; a statement in another language against
            # them by the nouns its data file classes ("2,400 residents" for "2400個").
            if owner is not None and _has_cjk(owner.text):
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                countered = _counted_otherwise(
                    stated, s, q, owner, (stated_rules, rules_for(lang)), published
                )
                if countered is not None:
                    # "40名员工" (people) for "40台机器" (machines).
                    verdict, note, q = countered
        if verdict == "contradicted" and q.label == "relative time" and s.kind != "relative":
            # The quote's "this year" placed by the page's date, which may be a later
            # update's: it places the claim, it does not refute it.
            placed = "-".join(f"{x:02d}" for x in (q.ymd or ()) if x is not None)
            verdict, note = "missing", f"{q.text!r} on a page dated {published} is {placed}"
        if verdict in ("match", "overstated") and s.kind == "number" and q.kind == "number":
            group = _other_group_counted(stated, s, q, readings, langs, statement_lang)
            if group is not None:
                # "including 17 Tunisians" for "including 17 foreigners": the same figure
                # for another group; whether the one is the other, the words do not tell.
                verdict = "missing"
                note = f"the statement counts {group[0]!r}, the quote {group[1]!r}"
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            thing = _other_thing_counted(stated, s, q, readings, langs, statement_lang)
            if thing is not None:
                # "23 Stimmen" for "23 seats": the same figure counts another thing.
                verdict = "missing"
                note = f"the statement counts {thing[0]!r}, the quote {thing[1]!r}"
        if verdict == "contradicted" and s.kind == "number" and q.kind == "number":
            uncounted = _named_one_by_one(stated, s, q, readings, langs, statement_lang)
            if uncounted is not None:
                # "bombed two US embassies" for "blew up the United States Embassies in
                # Kenya and Tanzania, killing more than 200 people": the quote names the
                # embassies without a count; its figure counts something else.
                verdict = "missing"
                note = (
                    f"the quote names {uncounted!r} one by one, without a count; "
                    f"{q.shown!r} counts another thing"
                )
        if (
            verdict == "contradicted"
            and s.hedge == "more_than"
            and s.label == "duration"
            and stated_rules is not None
            and (s.hedge_text or "")[:-1].lower()
            in stated_rules.data.get("hedges", {}).get("during", [])
            and q.kind == "unit"
            and _close(s.value, q.value)
        ):
            # "30 witnesses over six days" for "six days of testimony": "over" may be "during";
            # "über 15 Jahre hinweg" is "during" ([hedges] during_after).
            hedges = stated_rules.data.get("hedges", {})
            after = hedges.get("during_after", [])
            following = [
                w.lower()
                for w in itertools.islice(_TOKEN.findall(stated.text, s.end, s.end + 24), 2)
            ]
            opening = s.hedge_span[0] if s.hedge_span else s.start
            before = _TOKEN.findall(stated.text, max(0, opening - 16), opening)
            if (before and before[-1].lower() in hedges.get("not_during_before", [])) or (
                following[:1] and following[0] in hedges.get("not_during_after", [])
            ):
                # "for over an hour" for "for nearly an hour", "over 300 years later": the
                # words around it make the comparator "more than", which is contradicted.
                pass
            elif after and any(w in after for w in following):
                verdict, note = "match", ""
            else:
                verdict, note = "missing", f"{s.hedge_text[:-1]!r} may mean 'during'"  # type: ignore[index]
        if verdict == "contradicted" and s.kind == "percent":
            negated = bool(stated.negations) != any(r.negations for r in readings)
            negated = negated or _other_than(stated, statement_lang, readings, langs)
            rest = _rest_of(s, comparable, negated or complement, published)
            if rest is not None:
                verdict, note = "missing", f"100 % less the quote's {rest.shown}"
                # "Only 5% do not start" for "95% begin": the negation says the rest.
                rest_negated = rest_negated or bool(stated.negations)
        if (
            verdict == "contradicted"
            and complement
            and s.hedge in _BOUNDS
            and s.kind != "percent"
            and _close(s.value, q.value)
        ):
            # "more than five seconds late" for "within five seconds": the other side of
            # the quote's bound, for the rest of its share.
            verdict, note = "missing", f"the other side of the quote's {q.shown}"
        if (
            verdict == "contradicted"
            and s.direction
            and q.direction == 0
            and s.kind == "unit"
            and _is_time(s.dim or "")
            and q.kind == "unit"
            and ":" in q.text
            and stated_rules is not None
            and (s.direction_text or "").lower()
            in stated_rules.data.get("worked", {}).get("margin", [])
        ):
            # "88 Sekunden schneller als der Zweite" for "siegte in 8:36,51 min vor …": a
            # margin of time against a time on the clock, which gives it only worked out.
            verdict, note = "missing", "a margin the reader works out from the quote's times"
        if verdict == "contradicted" and s.hedge is None:
            worked = (
                _worked_out(s, quoted, _a_change(stated, s, statement_lang))
                or _product_of(s, stated.values, stated.text, quoted)
                or _ratio_of(s, quoted)
                or _named_figure(s, readings)
                or _listed_sum(s, stated, statement_lang, readings, langs)
                or _named_uncounted(s, q, stated, statement_lang, readings, langs)
                or _year_of_span(s, stated, quoted)
                or _labels_counted(s, readings)
                or _figures_counted(s, readings)
                or _words_counted(s, stated, statement_lang, readings)
            )
            if worked:
                # "12 people" for "nine murdered and three others": a figure the reader
                # works out from the quote's; a person checks the arithmetic and its sense.
                # "5,000 chips" for "Threadripper PRO 5000WX": a figure of a name.
                verdict, note = "missing", worked
        if verdict == "contradicted" and s.hedge == "about":
            # "around 200 … in all" for counts that add up to 201.
            worked = _listed_sum(s, stated, statement_lang, readings, langs)
            if worked:
                verdict, note = "missing", worked
        if (
            verdict in ("match", "overstated")
            and s.direction
            and (
                q.direction
                or stated_rules is None
                or (s.direction_text or "").lower() not in stated_rules.directions_count_only
            )
        ):
            # A verb of a count ("hire 500") is checked against the quote's own count's
            # direction only: a quote that says none leaves it unchecked. A word of up or
            # down ("cut 300 jobs") stays missing there ("employs 300 people").
            compared = _compare_direction(
                s, q, _directions_for(q, readings, quote_directions), verdict, note
            )
            degree = (
                _superlative_degree(stated.text, s.direction_text, statement_lang)
                if compared[0] == "missing"
                else None
            )
            if degree is not None and _quote_degrees(readings, langs) == {degree}:
                # "le langage le plus apprécié depuis quatre ans" for "most loved language
                # for four years": "plus" is a superlative's degree ([polarity.degree]), no
                # change of the figure; the quote says the same degree, and no other.
                compared = verdict, note
            if compared[0] != "missing" or not _maybe_won(s, stated_rules):
                verdict, note = compared
        # A time named from the page's date ("next week" for "next week", "last year" for
        # "2019" on a page of 2020) places the claim but is no claim to pass on its own:
        # like a direction, it counts when it disagrees. "Two years ago" against the
        # quote's "two years ago" is a duration compared.
        compared_values += verdict != "missing" and (
            s.kind != "relative" or verdict != "match" or (s.unit, q.kind) == ("ago", "relative")
        )
        # "2019" for the quote's "last year", placed by the page's date: no claim alone.
        compared_values -= (
            verdict == "match" and q.label == "relative time" and s.kind != "relative"
        )
        # "a few months" for "a few months": words alike, no figure compared.
        compared_values -= (
            verdict == "match" and s.hedge == "range" and s.kind != "number" and not s.collective
        )
        if verdict in ("match", "overstated"):
            matched.append(q)
            met.append((s, q))
        s_shown, q_shown = s.shown, q.shown
        elements.append(Element(kind, s_shown, q_shown, verdict, note))
        if verdict == "match":
            if note:
                notes.append(f"{s_shown!r} = {q_shown!r} ({note})")
            continue
        said = f"the statement says {s_shown!r} but {src} {_verb('says', src)} {q_shown!r}"
        if verdict == "contradicted":
            fails.append(f"{said}{f' ({note})' if note else ''}")
        elif verdict == "overstated":
            warns.append(f"{said}: {note}" if note else said)
        elif verdict == "missing":
            unverified.append(f"{said}: {note}")
        elif note:
            notes.append(f"{s_shown!r} = {q_shown!r} ({note})")
    for said in [] if missing_rules else _one_of_counts(stated, statement_lang):
        one, zero = _one_in_quotes(readings, langs)
        if one is not None:
            elements.append(Element("quantity", said, one, "match", "a count of one"))
        elif zero is not None:
            # "Bombshell had four nominations and won one of them" for "went into the
            # awards with four nods but emerged empty-handed": one, against none.
            contradicted(
                "quantity",
                said,
                zero,
                "none",
                f"the statement says {said!r} but {src} {_verb('says', src)} {zero!r}",
            )
        else:
            elements.append(Element("quantity", said, None, "missing", "a count of one"))
            unverified.append(f"{src} {_verb('gives', src)} no count to compare with {said!r}")
        break
    denied_count = (
        None
        if missing_rules or fails or any(r.negations for r in readings)
        else _none_against_a_count(stated, statement_lang, quoted, langs)
    )
    if denied_count is not None:
        # "Im Jahr 2019 erreichte kein Bergsteiger den Gipfel" for "In 2019, all ten
        # climbers reached the summit": none, against the quote's count, across languages
        # whose nouns are not compared (in one, the negation check reads the words).
        word, count = denied_count
        elements.append(Element("quantity", word, count, "missing", "none against a count"))
        unverified.append(
            f"the statement says {word!r} (none) but {src} {_verb('gives', src)} the count "
            f"{count!r}: whether it counts what the statement denies, a person reads"
        )
    if not missing_rules:
        # "the Fifth Amendment" for "the First Amendment": a name with another number is
        # another name, although a number inside a name is no value to compare.
        for named, word, theirs, name in _other_names(named_here, quotes, langs):
            contradicted(
                _element_kind(named),
                word,
                theirs,
                "",
                f"the statement says {word!r} but {src} {_verb('says', src)} {theirs!r} "
                f"(before {name!r})",
            )
    lost = None if missing_rules else _lost_place(stated, statement_lang, readings, langs, matched)
    if lost is not None:
        won, place = lost
        contradicted(
            "rank",
            won,
            place.shown,
            "a win is first place",
            f"the statement says {won!r} (first place) but {src} {_verb('gives', src)} "
            f"the place {place.shown!r}",
        )
    paired = None if missing_rules else _paired_otherwise(met, readings, published, stated)
    if paired is not None:
        (s1, q1), (s2, other) = paired
        contradicted(
            _element_kind(s2),
            s2.shown,
            other.shown,
            "",
            f"the statement gives {s1.shown!r} with {s2.shown!r} but {src} "
            f"{_verb('gives', src)} {q1.shown!r} with {other.shown!r}",
        )
    page_event = (
        None if missing_rules or paired is not None else _date_role_swapped(stated, met, readings)
    )
    if page_event is not None:
        # "published on 5 May and updated on 4 May" for "04.05.2015 … Mis à jour le
        # 05.05.2015": each date of the page is said of its own event.
        s_date, q_date, said_role, their_role = page_event
        contradicted(
            "date",
            s_date.shown,
            q_date.shown,
            "another event's date",
            f"the statement gives {s_date.shown!r} to {said_role!r} but {src} "
            f"{_verb('gives', src)} {q_date.shown!r} to {their_role!r}",
        )
    yearly = (
        None
        if missing_rules or paired is not None
        else _year_otherwise(stated, met, readings, published)
    )
    yearly_failed = False
    if yearly is not None:
        # "$123 million in 2011" for "revenue for 2011 was $163 million, up from $123
        # million in 2010": a figure goes with its year as with its subject. Across
        # languages, which year a figure goes with is for a person to read.
        s_fig, s_year, other, q_year = yearly
        compared_values += 1
        one_language = {_base(statement_lang)} == {_base(lang) for lang in langs}
        elements.append(
            Element(
                _element_kind(s_fig),
                s_fig.shown,
                other.shown,
                "contradicted" if one_language else "missing",
            )
        )
        yearly_failed = one_language
        (fails if one_language else unverified).append(
            f"the statement gives {s_fig.shown!r} to {s_year.shown!r} but {src} "
            f"{_verb('gives', src)} {other.shown!r} to it ({s_fig.shown!r} to {q_year.shown!r})"
        )
    period = (
        None
        if missing_rules or paired is not None or yearly is not None
        else _period_otherwise(stated, met, readings, langs, statement_lang)
    )
    if period is not None:
        # "$163 million for 2012" for "In a report released in November 2012, … revenue
        # for 2011 was $163 million": the figure is the other year's.
        s_fig, s_year, q_fig, q_year = period
        yearly_failed = True
        contradicted(
            _element_kind(s_year),
            s_year.shown,
            q_year.shown,
            "another period",
            f"the statement gives {s_fig.shown!r} for {s_year.shown!r} but {src} "
            f"{_verb('gives', src)} {q_fig.shown!r} for {q_year.shown!r}",
        )
    crossed = (
        None
        if missing_rules or paired is not None or yearly_failed
        else _crossed_pair(stated, met, readings, published, statement_lang)
    )
    if crossed is not None:
        said, theirs = crossed
        contradicted(
            "quantity",
            said,
            theirs,
            "paired otherwise",
            f"the statement pairs {said!r} but {src} {_verb('gives', src)} {theirs!r} apart, "
            "each with another figure",
        )
    referenced = (
        None
        if missing_rules or crossed is not None
        else _reference_otherwise(stated, met, readings, published, statement_lang)
    )
    if referenced is not None:
        # "$163 million, 33% more than 2012" for "… up 33% from $123 million in 2010": the
        # change is measured against another year.
        change, ref, q_change, q_ref = referenced
        contradicted(
            _element_kind(ref),
            ref.shown,
            q_ref.shown,
            "another reference",
            f"the statement gives {change.shown!r} against {ref.shown!r} but {src} "
            f"{_verb('gives', src)} {q_change.shown!r} against {q_ref.shown!r}",
        )
    started = (
        None
        if missing_rules or crossed is not None or referenced is not None
        else _start_as_value(stated, met, readings, langs, statement_lang)
    )
    if started is not None:
        # "$123 million, 33% more than 2010" for "$163 million, which was up 33% from $123
        # million in 2010": the statement's value is where the quote's change starts.
        s_value, q_value = started
        contradicted(
            _element_kind(s_value),
            s_value.shown,
            q_value.shown,
            "start",
            f"the statement gives {s_value.shown!r} as what the change reaches but {src} "
            f"{_verb('gives', src)} {q_value.shown!r} as where it starts",
        )
    across = (
        None
        if missing_rules or crossed is not None
        else (_swapped_across(stated, met, readings, langs, statement_lang))
    )
    if across is not None:
        said, theirs, proven = across
        if proven:
            contradicted(
                "quantity",
                said,
                theirs,
                "swapped",
                f"the statement says {said!r} but {src} {_verb('gives', src)} the figures "
                f"the other way round ({theirs!r}): its words tie each to the other",
            )
        else:
            elements.append(Element("quantity", said, theirs, "missing", "another order"))
            unverified.append(
                f"the statement gives {said!r} but {src} {_verb('gives', src)} the figures "
                f"in another order ({theirs!r}); which goes with which noun, words in another "
                "language do not tell"
            )
    if met and not missing_rules:
        # "Of the 18 Greens, 12" for "11 écologistes (sur 18) ... 12 (sur 15)": a part is
        # compared with its whole, as a pair.
        # A share read as its two counts ("14 de los 20" for "9 verdes (de 20)") is a pair.
        own_pairs = (
            _part_whole_pairs(stated, statement_lang) + _named_part_pairs(stated, statement_lang)
        ) + [
            (a, b)
            for a, b in itertools.pairwise(values)
            if a.kind == b.kind == "number"
            and a.end <= b.start
            and any(f.start <= a.start and b.end <= f.end for f in stated.values)
        ]
        quoted_pairs = (
            [p for i, r in enumerate(readings) for p in _part_whole_pairs(r, langs[i])]
            if own_pairs
            else []
        )
        clash = _other_whole(own_pairs, quoted_pairs) if quoted_pairs else None
        if clash is None and len(quoted_pairs) > 1:
            clash = _named_whole(
                own_pairs,
                [
                    (p, r.text)
                    for i, r in enumerate(readings)
                    for p in _part_whole_pairs(r, langs[i])
                ],
                stated.text,
            )
        other_lang = [i for i in range(len(readings)) if _base(langs[i]) != _base(statement_lang)]
        unnamed = (
            _pair_named_otherwise(
                own_pairs,
                [
                    (p, readings[i].text)
                    for i in other_lang
                    for p in _part_whole_pairs(readings[i], langs[i])
                ],
                stated.text,
            )
            if clash is None and len(quoted_pairs) > 1 and other_lang
            else None
        )
        if unnamed is not None:
            # "Eleven of the 30 Greens" for "11 écologistes (sur 18), 11 UDI (sur 30)": the
            # 11 of 30 are the UDI's, a group the statement names otherwise.
            (s_part, s_whole), name = unnamed
            elements.append(
                Element(
                    "quantity",
                    f"{s_part.text} … {s_whole.text}",
                    name,
                    "missing",
                    "another group",
                )
            )
            unverified.append(
                f"the statement gives {s_part.text!r} of {s_whole.text!r}, which {src} "
                f"{_verb('gives', src)} for {name!r}, a name the statement does not give: "
                "whose they are, words in another language do not tell"
            )
        if clash is not None:
            (s_part, s_whole), (q_part, q_whole) = clash
            elements.append(
                Element(
                    "quantity",
                    f"{s_part.text} … {s_whole.text}",
                    f"{q_part.text} … {q_whole.text}",
                    "contradicted",
                    "another whole",
                )
            )
            fails.append(
                f"the statement gives {s_part.text!r} of {s_whole.text!r} but {src} "
                f"{_verb('gives', src)} {q_part.text!r} of {q_whole.text!r}"
            )
    for s, q in met:
        at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
        if at is None:
            continue
        owner, owner_lang = readings[at], (langs[at] if at < len(langs) else None)
        found = _all_but_a_part(s, q, stated, statement_lang, owner, owner_lang)
        if found is None:
            continue
        the_part, says_so = found
        if says_so:
            elements.append(Element("quantity", s.shown, the_part.text, "contradicted", "a part"))
            fails.append(
                f"the statement says all {s.shown!r} but {src} {_verb('says', src)} so of "
                f"{the_part.text!r} of them"
            )
        elif _base(statement_lang) != _base(owner_lang):
            elements.append(Element("quantity", s.shown, the_part.text, "missing", "a part"))
            unverified.append(
                f"the statement says all {s.shown!r} but {src} {_verb('gives', src)} "
                f"{the_part.text!r} of them: a person must read what it says of which"
            )
        else:
            continue
        break
    for s, q in met:
        at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
        quantified = (
            None
            if at is None
            else _quantifier_clash(s, q, stated, statement_lang, readings[at], langs[at])
        )
        if quantified is not None:
            # "some, but not all, of the 33 counts" for "guilty on all 33 counts": the same
            # figure, another share of it.
            contradicted(
                "quantity",
                f"{quantified[0]} {s.shown}",
                f"{quantified[1]} {q.shown}",
                "another quantifier",
                f"the statement says {quantified[0]!r} of {s.shown!r} but {src} "
                f"{_verb('says', src)} {quantified[1]!r} of {q.shown!r}",
            )
            break
    joined = None if missing_rules else _crossed_items(stated, met, readings)
    if joined is not None:
        # "12,000 teachers were hired in 2016" for "12,000 teachers were hired in 2015 and
        # 8,000 nurses in 2016": each figure is the quote's, of another item of its list.
        item_off, item_kept, item_other = joined
        contradicted(
            _element_kind(item_off),
            item_off.shown,
            item_other.shown,
            "another item",
            f"the statement says {item_off.shown!r} but {src} {_verb('gives', src)} "
            f"{item_other.shown!r} in that item ({item_kept.shown!r} goes with another figure)",
        )
    swapped = None if missing_rules else _swapped_pair(stated, readings, stated_rules, langs)
    tally = None if missing_rules or swapped is not None else _tally_swapped(stated, readings)
    if tally is None and swapped is None and not missing_rules:
        tally = _vote_side_swapped(stated, stated_rules, readings, langs)
    if tally is not None:
        contradicted(
            "quantity",
            tally[0],
            tally[1],
            "another count",
            f"the statement says {tally[0]!r} but {src} {_verb('says', src)} {tally[1]!r}",
        )
    agent = None if missing_rules else _agent_otherwise(stated, readings, langs, statement_lang)
    if agent is not None:
        # "killed by gun violence" for "killed since 9/11 by terrorism": another cause.
        elements.append(Element("quantity", agent[0], agent[1], "missing", "another agent"))
        unverified.append(
            f"the statement says {agent[0]!r} but {src} {_verb('says', src)} {agent[1]!r}: "
            "another agent or cause"
        )
    if swapped is not None:
        contradicted(
            "quantity",
            swapped[0],
            swapped[1],
            "swapped",
            f"the statement says {swapped[0]!r} but {src} {_verb('gives', src)} the pair the "
            f"other way round ({swapped[1]!r})",
        )
    contrast = (
        None if missing_rules else _contrast_clash(stated, statement_lang, readings, langs, met)
    )
    if contrast is not None:
        verdict, s1, q1, ds, dq = contrast
        elements.append(Element(_element_kind(s1), s1.shown, q1.shown, verdict, "a contrast"))
        said = (
            f"the statement {'denies' if ds else 'asserts'} {s1.shown!r} but {src} "
            f"{_verb('denies' if dq else 'gives', src)} {q1.shown!r}"
        )
        if verdict == "contradicted":
            fails.append(f"{said} (the contrast's figures swapped)")
        else:
            unverified.append(f"{said}: only one side says which figure is instead of which")
    # A direction the statement itself denies before asserting its opposite of a compared
    # figure, as the quote does ("did not fall in 2011; it grew 33%" for "up 33%").
    denied = {} if missing_rules else _denied_directions(stated, met)
    # Directions the statement gives that no value carries ("sales rose").
    for sign, word, _pos in stated.directions:
        if any(v.direction_text == word for v in stated.values):
            continue
        if not stated.values:
            continue
        if _pos in denied:
            elements.append(Element("direction", word, denied[_pos], "match", "denied"))
            continue
        opposite = [w for sg, w, _ in quote_directions if sg == -sign]
        agreeing = [w for sg, w, _ in quote_directions if sg == sign]
        if (
            not agreeing
            and not opposite
            and stated_rules is not None
            and word.lower() in stated_rules.directions_or_won
        ):
            continue  # "a gagné la finale": won, not gained
        if agreeing:
            elements.append(Element("direction", word, agreeing[0], "match"))
        elif opposite:
            elements.append(Element("direction", word, opposite[0], "contradicted"))
            fails.append(
                f"the statement says {word!r} but {src} {_verb('says', src)} {opposite[0]!r}"
            )
        else:
            elements.append(Element("direction", word, None, "missing"))
            unverified.append(f"{src} {_verb('gives', src)} no direction to compare with {word!r}")
    # The compared values of each quote, for what stands beside them in their sentences.
    ids = [{id(v) for v in r.values} for r in readings]
    mine = [[q for q in matched if id(q) in own] for own in ids]
    if matched and not stated.modals and not missing_rules:
        # "may be 2,000 years old" said as "is 2,000 years old": the quote was less sure.
        for r, values, lang in zip(readings, mine, langs, strict=True):
            if r.modals:
                modal = _modal_near(r, values) if values else None
                if not modal and values:
                    modal = _modal_on_said_word(r, values, stated.text, lang)
                if modal:
                    elements.append(Element("hedge", "", modal, "overstated"))
                    warns.append(f"the statement drops the quote's {modal!r}")
                    break
    allowed = (
        _permission_verdict(stated, statement_lang, readings, langs, mine, [v for v, _ in met])
        if matched and not missing_rules
        else None
    )
    if allowed is not None:
        verdict, said, permitted, taken = allowed
        elements.append(Element("negation", said, permitted, verdict))
        if verdict == "contradicted":
            fails.append(
                f"the statement says {said!r} but {src} {_verb('says', src)} {permitted!r}: "
                "a permission (or a negated prohibition) allows what a prohibition or a "
                "negation forbids"
            )
        # The negations a permission takes are no negations of their own.
        stated, *readings = [
            replace(r, negations=kept, negation=kept[0][1] if kept else None)
            for r, t in zip([stated, *readings], taken, strict=True)
            for kept in [[(pos, w) for pos, w in r.negations if pos not in t]]
        ]
        quote_negation = next(iter([r.negation for r in readings if r.negation]), None)
    settled = allowed is not None and allowed[0] == "contradicted"
    if settled:
        quote_negation = None
    stated_negation = None if settled else stated.negation
    same_language = {_base(statement_lang)} == {_base(lang) for lang in langs}
    unnegated = not any(r.negations for r in readings)
    negated_before = stated_negation
    if (
        stated_negation
        and matched
        and not missing_rules
        and _none_before_first(stated, statement_lang, readings, mine)
    ):
        # "No foreign film had won the prize in more than two decades" for "the first
        # foreign film to win the prize in its 26-year history": no earlier case is what
        # "the first" says.
        stated_negation = None
    if stated_negation and matched and not missing_rules and (same_language or unnegated):
        # The statement's negation counts when it governs something the quote says: a
        # compared value, a direction, a word of the quote. "'Bombshell' won nothing"
        # for "emerged empty-handed" negates nothing the quote words. Against a quote in
        # another language with no negation, words are not shared: a value or a direction
        # must be governed ("cheered on without spectators" for "trotz fehlender Zuschauer").
        quoted_words: set[str] = (
            set().union(*(_content(r.text) for r in readings)) if same_language else set()
        )
        prefixes = _prefixes(quoted_words)
        # A quote whose figure stands in its sentence's subject ("The bridge, built in 2019,
        # survived") says the predicate a negation on the statement's main verb denies.
        quote_subject = any(
            _in_subject(r.text, q, lang, indefinite=True)
            or _in_apposition(r.text, q, lang)
            or _in_relative_subject(r.text, q, lang)
            for r, values, lang in zip(readings, mine, langs, strict=True)
            for q in values
        )
        # A negation in the statement's relative clause governs only that clause, unless
        # the quote has a relative clause before its figure too ("The bridge that
        # collapsed"), which the negation denies.
        quote_relative = any(
            _relative_before(r.text, q, lang)
            for r, values, lang in zip(readings, mine, langs, strict=True)
            for q in values
        )
        if not any(
            _governs(
                stated,
                pos,
                pos + len(w),
                # Across languages, a figure in the subject of the negated verb is governed
                # only against a quote whose figure stands in its subject too.
                stated.values
                if same_language or quote_subject
                else _unheld(stated.text, pos, stated.values, statement_lang),
                quoted_words,
                prefixes,
                bool(quote_directions),
                lang=None if quote_relative else statement_lang,
            )
            or (
                (not same_language or quote_subject)
                and _negates_predicate(
                    stated, pos, pos + len(w), stated.values, statement_lang, quote_subject
                )
            )
            # A negation on the main verb of a subject whose figure stands in a phrase on
            # its noun, against a quote whose figure stands in its subject too: "Un patient
            # resté 15 ans dans un état végétatif n'a montré" for "a patient who had spent
            # 15 years in a vegetative state showed".
            or (
                quote_subject
                and _negates_subject_modifier(stated, pos, w, stated.values, statement_lang)
            )
            # Across languages, a negation on the main verb after an opening phrase holding
            # the figure: "Em 1997, o presidente não impôs um embargo" for "In 1997, the
            # president imposed an embargo".
            or (
                not same_language
                and _negates_after_opening(stated, pos, w, stated.values, statement_lang)
            )
            # Across languages, a negation on the verb of a reported clause holding the
            # figure: "Tite affirme qu'il n'a pas commis d'erreur … en 2012" for "Tite diz
            # que errou … em 2012".
            or (
                not same_language
                and _negates_reported(stated, pos, w, stated.values, statement_lang)
            )
            # A negation in the main clause after a Chinese or Japanese concessive clause
            # holding a duration or date, its circumstance: "26日間海上にいたが、到着しなかった"
            # for "After 26 days at sea, they arrive".
            or _negates_concessive_main(stated, pos, w, stated.values, statement_lang)
            # Across languages, a negation on the verb of the sentence's main clause, the
            # figure after it in that clause ("Le jury n'a jamais reconnu Roof coupable des
            # 33 chefs"), or on a verb coordinated with a main clause an opening phrase
            # holding the figure opens ("In 1998, Ocalan arrived in Italy but refused to…").
            or (
                not same_language
                and (
                    _negates_main_verb(stated, pos, w, stated.values, statement_lang)
                    or (
                        _coordinated_after(readings, mine)
                        and _negates_coordinated(stated, pos, w, stated.values, statement_lang)
                    )
                )
            )
            for pos, w in stated.negations
        ) and not _negated_verb_met(stated, statement_lang, readings, langs, mine):
            # (A verb the quote negates too, in another form, is governed: "without asking"
            # for "did not ask".)
            stated_negation = None
    dropped = bool(negated_before and not stated_negation and unnegated)
    going_on = _going_on(stated.text, statement_lang) if dropped else None
    # Across languages, a negation on the verb whose subject a compared figure opens
    # ("Around 85% of readers did not pay"), against a quote whose figure has a predicate.
    subject_negation = (
        _negated_figure_subject(stated, statement_lang, met, readings)
        if dropped and not going_on and not same_language
        else None
    )
    # Across languages, a negation on the main predicate with the compared figure outside
    # its reach ("kam niemand ums Leben, obwohl mehr als 200 Menschen dort waren"): a quote
    # with no negation says the predicate it denies, or another; its words are not read
    # to tell which (in one language, `_governs` reads them).
    outside = (
        _main_negation_outside(stated, statement_lang, [s for s, _ in met])
        if dropped
        and not same_language
        and not going_on
        and not subject_negation
        and not missing_rules
        else None
    )
    if outside and not any(
        _negatives(r.text, lang) for r, lang in zip(readings, langs, strict=True)
    ):
        elements.append(Element("negation", outside, None, "missing"))
        unverified.append(
            f"the statement negates its main verb ({outside!r}), which {src} "
            f"{'does' if src == 'the quote' else 'do'} not; for a person to read"
        )
    elif (
        dropped
        and not same_language
        and not going_on
        and not subject_negation
        and not missing_rules
        and (said_verb := _negated_verb_said(stated, statement_lang, [s for s, _ in met]))
        and not any(_negatives(r.text, lang) for r, lang in zip(readings, langs, strict=True))
    ):
        # Across languages no verb is compared: a preposition negating a verb in the
        # figure's sentence ("sin pedir asilo", "without asking for asylum") against a quote
        # with no negation may deny what the quote says ("y pidió asilo"): for a person to
        # read.
        elements.append(Element("negation", said_verb, None, "missing"))
        unverified.append(
            f"the statement negates a verb ({said_verb!r}) that {src} may say without a "
            "negation (across languages no verb is compared; for a person to read)"
        )
    elif (going_on or subject_negation) and not any(
        _negatives(r.text, lang) for r, lang in zip(readings, langs, strict=True)
    ):
        # "no longer charges a fee", "Around 85% of readers did not pay" against a quote
        # that neither negates nor stops anything: for a person to read, not a pass.
        elements.append(Element("negation", going_on or subject_negation or "", None, "missing"))
        unverified.append(
            f"the statement says {going_on!r} (no longer) but {src} {_verb('says', src)} "
            "nothing stopped"
            if going_on
            else f"the statement negates the verb of its figure ({subject_negation!r}) but "
            f"{src} {_verb('has', src)} no negation"
        )
    aside_negation = None
    if stated_negation and quote_negation and matched and not missing_rules:
        # The quote's negation that meets the statement's is no adverbial aside ("Les
        # députés ont, sans surprise, adopté", `_adverbial_negation`).
        words = _content(stated.text)
        cognates = (
            frozenset().union(*(_cognate_keys(w) for w in words))
            if not same_language
            else frozenset()
        )
        # A statement negating its figure's clause ("40% did not feel tired") is met by a
        # negation in the compared figure's clause, not by one only in the clause of another
        # figure of its kind ("40% felt tired, while 25% did not sleep", `_other_figures_only`).
        own_clause = any(
            _same_clause(stated.text, p, s) for p, _ in stated.negations for s, _ in met
        )
        # Nor, against such a statement, one in a clause of the quote without a figure that
        # governs none of the statement's words: it negates that clause's own predicate
        # ("About 40% felt tired, when the ward did not have enough staff"). Across
        # languages, where few words are shared, such a negation is for a person to read.
        aside = None
        quote_negation = None
        for r, values, lang in zip(readings, mine, langs, strict=True):
            for pos, w in r.negations:
                if _adverbial_negation(r, pos, w, lang, values, words, cognates) or (
                    own_clause
                    and (
                        _other_figures_only(r, pos, values, lang)
                        or _figureless_subordinate(r, pos, w, values, lang)
                    )
                ):
                    continue
                if own_clause and _figureless_aside(
                    r, pos, w, values, lang, words, cognates, same_language
                ):
                    aside = aside or w
                    continue
                quote_negation = w
                break
            if quote_negation:
                break
        if quote_negation is None and aside is not None and not same_language:
            quote_negation = aside_negation = aside
    if matched and not stated_negation and not settled:
        # A quote's negation counts in the sentences the statement cites: those its compared
        # values stand in, or that share its words. "...信守15年 ... 《约定无期限》" negates
        # a title in another sentence, not the fifteen years.
        quote_negation = None
        # The statement's words, read only when a quote has a negation to place.
        words = _content(stated.text) if any(r.negations for r in readings) else set()
        # A statement whose figure stands in its sentence's subject ("The bridge built in
        # 2019 survived") says the predicate a negation on the quote's main verb denies.
        stated_subject = any(r.negations for r in readings) and any(
            _in_subject(stated.text, s, statement_lang)
            or _in_apposition(stated.text, s, statement_lang)
            or _in_relative_subject(stated.text, s, statement_lang)
            for s, _ in met
        )
        stated_relative = any(r.negations for r in readings) and any(
            _relative_before(stated.text, s, statement_lang) for s, _ in met
        )
        for r, values, lang in zip(readings, mine, langs, strict=True):
            if (
                r.negations
                and values
                and _base(lang) != _base(statement_lang)
                and all(_is_dateline(r.text, v) for v in values)
                and _says_dated(stated.text, statement_lang)
            ):
                # "…手が回らない中小企業の希望の星となるか （2022年08月08日）" for "dated 8 August
                # 2022": across languages, where the words a negation governs are not read,
                # a negation of the headline negates nothing its dateline says, when the
                # statement says the date is the text's own ([dates] dated).
                continue
            if r.negations:
                quote_negation = _negation_near(
                    r,
                    values,
                    words,
                    bool(stated.directions),
                    same_language,
                    lang,
                    stated_subject,
                    not stated_relative,
                )
                if quote_negation:
                    if same_language and _both_end_negated(stated, r, quote_negation):
                        # "区別できないと答えた" for "「見分けられない」と回答": a negative
                        # verb ending on both sides, the statement's in other words.
                        stated_negation = stated.negation
                    break
        for r, values in zip(readings, mine, strict=True) if not quote_negation else ():
            # Across scripts no word is compared: a negated sentence right after the one
            # sentence of the compared figures, in a short quote, may deny what the
            # statement ties to them ("2012年当時ルラは大統領だった" for "Em 2012 eu errei.
            # Ele não era presidente").
            if r.negations and _has_cjk(r.text) != _has_cjk(stated.text):
                aside = _negated_next_sentence(r, values)
                if aside is not None:
                    elements.append(Element("negation", "", aside, "missing"))
                    unverified.append(
                        f"the sentence after the figure's in {src} has the negation {aside!r}, "
                        "which may deny what the statement says (a person must read it)"
                    )
                    break
    if met and not missing_rules:
        # Opposing predicates of one group ([polarity]) in the clause of a compared value: a
        # conviction against an acquittal ("acquitted on all 12 counts" for "found guilty on
        # all 12 counts"), "survived" against "died", "rejected" against "adopté": the
        # predicate is the claim's, the same figure notwithstanding.
        # A figure bounding a time ("legal until 2007", "bis 2007") says the state ended
        # there: the other side may say the opposite from then on ("banned in 2007").
        ruled = _polarity_sides(stated, statement_lang, [s for s, _ in met if s.hedge != "by"])
        if allowed is not None:
            # The permission check has read the prohibitions and permissions (and taken
            # their negations): its verdict stands for the group of them.
            ruled.pop(_PERMISSION_GROUP, None)
        for r, values, lang in zip(readings, mine, langs, strict=True) if ruled else ():
            others = _polarity_sides(
                r, lang, [v for v in values if v.hedge != "by"], frozenset(ruled)
            )
            opposed = next((g for g in ruled if g in others and others[g][0] != ruled[g][0]), None)
            if opposed in _DIRECTION_GROUPS and fails:
                break  # the figures' directions have read it ("rose 5%" against "fell 5%")
            if opposed is not None:
                contradicted(
                    opposed,
                    ruled[opposed][1],
                    others[opposed][1],
                    "",
                    f"the statement says {ruled[opposed][1]!r} but {src} "
                    f"{_verb('says', src)} {others[opposed][1]!r}",
                )
                break
        side_denied = (
            _denied_side(stated, statement_lang, readings, mine, langs, met)
            if stated.negations
            else None
        )
        if side_denied is not None:
            said, theirs = side_denied
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement denies with {said!r} what {src} {_verb('says', src)}: {theirs!r}",
            )
        none_of = _counted_none_against(stated, statement_lang, readings, langs, met)
        if none_of is not None:
            # "Ningún extranjero figuraba entre los al menos 19 muertos" for "at least 19
            # people, including 17 foreigners": none of a group the quote counts.
            said, theirs = none_of
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement says {said!r} but {src} {_verb('counts', src)} {theirs!r}",
            )
            stated_negation = None  # read here: no second verdict on it below
        antonym = _prefixed_antonym(stated, statement_lang, met, readings, langs)
        if antonym is not None:
            said, theirs = antonym
            contradicted(
                "antonym",
                said,
                theirs,
                "",
                f"the statement says {said!r} but {src} {_verb('says', src)} {theirs!r}",
            )
        asserted = (
            None
            if rest_negated  # "Only 5% do not arrive" for "95% arrive": the rest's verb
            else _negated_verb_asserted(stated, statement_lang, met, readings, langs, mine)
        )
        if asserted is not None:
            said, theirs = asserted
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement says {said!r} but {src} {_verb('says', src)} {theirs!r}: "
                "one side negates the word the other says without a negation",
            )
            # The negation is read: no second verdict on it below.
            stated_negation = quote_negation = None
        swapped = _negation_swapped(stated, met, readings)
        if swapped is not None:
            said, theirs = swapped
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement negates {said!r} but {src} {_verb('negates', src)} "
                f"{theirs!r} (the figures' predicates swapped)",
            )
    if bool(stated_negation) != bool(quote_negation) and not missing_rules:
        if _contrast_negated(stated, statement_lang, readings, langs, met, bool(quote_negation)):
            # "all 100% rather than 99%" for "100% of the conditions, not just 99%": the
            # negations of one side open a contrast's denied side, the figure the other
            # side's contrast word denies ("rather than"); they negate no verb.
            stated_negation = quote_negation = None
    if stated_negation and not quote_negation and denied:
        negs = {pos for pos, _ in stated.negations}
        if negs and all(any(0 < d - n <= _DENIED_DIRECTION_REACH for d in denied) for n in negs):
            # "did not fall …; it grew 33%": the negation denies a direction the statement
            # replaces with its opposite, the quote's; it negates no figure.
            stated_negation = None
    if bool(stated_negation) != bool(quote_negation) and not missing_rules:
        if _negated_antonym(stated, statement_lang, readings, langs, met, bool(quote_negation)):
            # "did not survive" for "dies", "没有变化" for "unchanged": the negation of one
            # side of a complementary group of predicates says the other side's word.
            stated_negation = quote_negation = None
    prohibition = None
    if bool(stated_negation) != bool(quote_negation) and not missing_rules:
        # A prohibition on the other side is a negative too ("banned" for "not allowed").
        mine_stated = [s for s, _ in met]
        sides = (
            [(stated, statement_lang, mine_stated)],
            list(zip(readings, langs, mine, strict=True)),
        )
        prohibition = (
            _negatives_agree(sides[0], sides[1], same_language)
            if stated_negation
            else _negatives_agree(sides[1], sides[0], same_language)
        )
        if prohibition:
            elements.append(
                Element(
                    "negation",
                    stated_negation or prohibition,
                    quote_negation or prohibition,
                    "match",
                )
            )
    undone = None
    if stated_negation and quote_negation and not missing_rules and compared_values:
        # "Der 9. November fehlt nicht" (it is there) against "steht der 9. November nicht"
        # (it is not): a negation undoing an absence on one side only.
        mine_stated = [s for s, _ in met]
        stated_undoes = _undoes_absence(stated, statement_lang, mine_stated)
        undoing_quotes = [
            _undoes_absence(r, lang, values)
            for r, values, lang in zip(readings, mine, langs, strict=True)
            if r.negations
        ]
        quote_undoes = (
            True
            if undoing_quotes and all(q is True for q in undoing_quotes)
            else False
            if undoing_quotes and all(q is False for q in undoing_quotes)
            else None
        )
        if {stated_undoes, quote_undoes} == {True, False}:
            undone = (stated_negation, quote_negation)
    absence = None
    if (
        bool(stated_negation) != bool(quote_negation)
        and not missing_rules
        and not prohibition
        and same_language
        and compared_values
    ):
        # In one language, a word of absence in a compared value's clause against a
        # negation in the other side's ("Der 3. Oktober fehlt" for "taucht der 3. Oktober
        # nicht einmal auf") may say the same: a person reads it.
        mine_stated = [s for s, _ in met]
        sides = (
            [(stated, statement_lang, mine_stated)],
            list(zip(readings, langs, mine, strict=True)),
        )
        absence = (
            _absence_against_negation(sides[0], sides[1])
            if stated_negation
            else _absence_against_negation(sides[1], sides[0])
        )
    if absence is not None:
        elements.append(
            Element("negation", stated_negation or absence, quote_negation or absence, "missing")
        )
        unverified.append(
            f"one side says {absence!r} where the other has the negation "
            f"{stated_negation or quote_negation!r}: the same absence, or not (a person must "
            "read it)"
        )
    elif bool(stated_negation) != bool(quote_negation) and not missing_rules and not prohibition:
        # Without a compared value, a negation on one side is for a person to read: it may
        # belong to another clause of the quote than the one the statement cites.
        rest_said = bool(stated_negation) and rest_negated
        verdict = "contradicted" if compared_values and not rest_said else "missing"
        sink = fails if compared_values and not rest_said else unverified
        if rest_said:
            elements.append(Element("negation", stated_negation or "", None, verdict))
            sink.append(
                f"the statement's negation {stated_negation!r} may say the rest of "
                f"{src}'s share, which the reader works out"
            )
        elif stated_negation:
            elements.append(Element("negation", stated_negation, None, verdict))
            sink.append(
                f"the statement contains the negation {stated_negation!r} but {src} "
                f"{_verb('has', src)} none"
            )
        else:
            elements.append(Element("negation", "", quote_negation, verdict))
            sink.append(
                f"{src} {_verb('contains', src)} the negation {quote_negation!r} "
                "but the statement has none"
            )
    elif undone is not None:
        said, theirs = undone
        elements.append(Element("negation", said, theirs, "contradicted"))
        fails.append(
            f"the statement's {said!r} and {src}'s {theirs!r} disagree: a negation of a word "
            "of absence says it is there, the other negation that it is not"
        )
    elif stated_negation and quote_negation and aside_negation == quote_negation:
        elements.append(Element("negation", stated_negation, quote_negation, "missing"))
        unverified.append(
            f"{src} {_verb('has', src)} the negation {quote_negation!r} only in a clause "
            f"without the figure, which may or may not deny what the statement's "
            f"{stated_negation!r} does (a person must read it)"
        )
    elif (
        stated_negation
        and quote_negation
        and not same_language
        and _negations_elsewhere(stated, readings, mine)
    ):
        # Across languages no verb is compared (`_negated_verb_asserted`): a negation only
        # in another sentence than the figure's may negate another verb ("Em 2012 eu errei.
        # Ele não era presidente" for "did nothing wrong in 2012").
        elements.append(Element("negation", stated_negation, quote_negation, "missing"))
        unverified.append(
            f"{src} {_verb('has', src)} the negation {quote_negation!r} only in another "
            f"sentence than the figure's, which may or may not deny what the statement's "
            f"{stated_negation!r} does (a person must read it)"
        )
    elif stated_negation and quote_negation:
        elements.append(Element("negation", stated_negation, quote_negation, "match"))

    if fails:
        return Support("fail", "; ".join(fails + warns + unverified), tuple(elements))
    if warns:
        return Support("warn", "; ".join(warns + unverified + notes), tuple(elements))
    if unverified:
        return Support("unverified", "; ".join(unverified + notes), tuple(elements))
    if not compared_values:
        return Support(
            "unverified",
            "nothing in the statement could be compared: it has no numbers, amounts, dates or "
            "ranks (a person must read the quote)",
            tuple(elements),
        )
    listed = ", ".join(repr(e.statement) for e in elements if e.verdict == "match")
    reason = f"compared with {src}: {listed}"
    return Support("pass", "; ".join([reason, *notes]), tuple(elements))


_WORD_AFTER_FIGURE = _lazy(r"[ \u00a0\u202f]?([^\W\d_]+(?:/[^\W\d_])?)(?![\w/])")


@lru_cache(maxsize=1)
def _every_unit_word() -> tuple[frozenset[str], frozenset[str]]:
    """The unit words (lowercased) and the symbols (as written: "To" is a terabyte, "to"
    none) of every language's data file."""
    words: set[str] = set()
    symbols: set[str] = set()
    for lang in ("common", *sorted(_TEXT2NUM)):
        data = _load_toml(lang)
        words.update(k.lower() for k in data.get("units", {}))
        symbols.update(data.get("units_exact", {}))
    return frozenset(words), frozenset(symbols)


def _foreign_units(stated: Reading, rules: Rules | None) -> list[str]:
    """The statement's bare figures followed by a unit word that its own language's tables
    do not hold but another's do: "87 kilobytes" read as a bare 87."""
    if rules is None or rules.cjk:
        return []
    found = []
    for v in stated.values:
        if v.kind != "number":
            continue
        m = _WORD_AFTER_FIGURE.match(stated.text, v.end)
        if m is None:
            continue
        word = m.group(1)
        words, symbols = _every_unit_word()
        if (word.lower() in words or word in symbols) and _key(word) not in rules.units:
            found.append(stated.text[v.start : m.end()].strip())
    return found


@lru_cache(maxsize=64)
def _prohibition_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's words of prohibition ("banned", "verboten", "严禁") and of absence
    ("fehlt", "lacking", "缺少"): its data file's ``negation.prohibitions`` and
    ``negation.absences``, patterns."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}) if rules is not None else {}
    patterns = [*words.get("prohibitions", []), *words.get("absences", [])]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


@lru_cache(maxsize=1)
def _counted_polarity_groups() -> frozenset[str]:
    """The groups of opposing predicates whose sides are the words right after a count
    (common.toml's ``polarity_counted.groups``: "17 foreigners", "17 women")."""
    return frozenset(_load_toml("common").get("polarity_counted", {}).get("groups", []))


def _counted_sides(reading: Reading, lang: str | None, v: Value) -> dict[str, tuple[str, str]]:
    """The sides of counted groups (`_counted_polarity_groups`) whose words right after a
    count take in figure `v` ("17 foreigners", "19名外国人"): {group: (side, words)}; a
    group is left out where both its sides do."""
    counted = _counted_polarity_groups()
    taken: dict[str, tuple[str, str]] = {}
    for name, sides, _ in _polarity_groups(lang):
        if name not in counted:
            continue
        found = {}
        for side, pattern in sides:
            lo = max(0, v.start - 24)
            for m in pattern.finditer(reading.text, lo, min(len(reading.text), v.end + 40)):
                if m.start() < v.end and v.start < m.end():
                    found[side] = m.group()
                    break
        if len(found) == 1:
            ((side, words),) = found.items()
            taken[name] = (side, words)
    return taken


@lru_cache(maxsize=16)
def _counted_none_patterns(lang: str | None) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """A language's words saying none of a counted group's side ([counted_none], by group
    and side: "no foreigner", "Ningún extranjero", "aucun enfant"), as (group, side,
    pattern)."""
    rules = rules_for(lang)
    tables = rules.data.get("counted_none", {}) if rules is not None else {}
    return tuple(
        (group, side, re.compile("|".join(f"(?:{p})" for p in patterns), re.I))
        for group, sides in tables.items()
        for side, patterns in sides.items()
        if patterns
    )


def _counted_none_against(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
) -> tuple[str, str] | None:
    """The statement's words saying none of a counted group's side ("Ningún extranjero
    figuraba entre los al menos 19 muertos") and the quote's count of that side in the
    sentence of a compared figure ("at least 19 people, including 17 foreigners"): a count
    above nought says some of them were; None otherwise. Each side read in its language
    ([counted_none] and the [polarity] groups of `_counted_polarity_groups`)."""
    # `_may_hold` first: most statements hold none of a pattern's words, known without a
    # scan by the pattern (which opens with a lookbehind, tried at every position).
    said = [
        (group, side, m.group())
        for group, side, pattern in _counted_none_patterns(statement_lang)
        if _may_hold(pattern, stated.text) and (m := pattern.search(stated.text)) is not None
    ]
    if not said:
        return None
    for _, q in met:
        owner = _owner(q, readings)
        if owner is None:
            continue
        at = next(i for i, r in enumerate(readings) if r is owner)
        lang = langs[at] if at < len(langs) else None
        text = owner.text
        for other in owner.values:
            if other.kind != "number" or other.value <= 0:
                continue
            lo, hi = sorted((q.start, other.start))
            if hi - lo > _NEGATION_REACH * 2 or _SENTENCE_END.search(text, lo, hi):
                continue
            sides = _counted_sides(owner, lang, other)
            for group, side, words in said:
                if sides.get(group, ("",))[0] == side:
                    return words, sides[group][1]
    return None


@lru_cache(maxsize=64)
def _polarity_groups(
    lang: str | None,
) -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...], frozenset[str]], ...]:
    """A language's groups of opposing predicates: its data file's ``polarity`` tables,
    each a group ("verdict", "life", "passage") whose keys name its sides ("convicted",
    "acquitted"), each a list of patterns, and ``unnegated``: the sides whose words carry
    their own negation ("not guilty", "無罪"), which a nearby negation leaves standing."""
    rules = rules_for(lang)
    tables = rules.data.get("polarity", {}) if rules is not None else {}
    groups = []
    for name, table in tables.items():
        sides = tuple(
            (side, re.compile("|".join(f"(?:{p})" for p in patterns), re.I))
            for side, patterns in table.items()
            if side != "unnegated" and patterns
        )
        if len(sides) >= 2:
            groups.append((name, sides, frozenset(table.get("unnegated", []))))
    return tuple(groups)


class _WordIndex:
    """The patterns (of a list) that may match a text: those whose `_any_required_words`
    the text's lowercase holds one of, looked for only where the text holds their first
    three characters (two for a word of two), rather than by a scan of each pattern."""

    __slots__ = ("always", "by_start", "pairs", "short", "triples")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        #: Patterns with no such words: they may match any text.
        self.always: set[int] = set()
        #: Words of two characters or more, by their first three (or two): (word, id of
        #: pattern).
        by_start: dict[str, list[tuple[str, int]]] = {}
        #: Words of one character.
        self.short: list[tuple[str, int]] = []
        for p in patterns:
            words = _any_required_words(p.pattern, p.flags)
            if words is None:
                self.always.add(id(p))
                continue
            for w in words:
                if len(w) < 2:
                    self.short.append((w, id(p)))
                else:
                    by_start.setdefault(w[:3], []).append((w, id(p)))
        self.by_start = {k: tuple(v) for k, v in by_start.items()}
        #: The keys of `by_start` of three characters, and those of two.
        self.triples = frozenset(k for k in by_start if len(k) == 3)
        self.pairs = frozenset(k for k in by_start if len(k) == 2)

    def live(self, text: str) -> set[int] | None:
        """The ids of the patterns that may match `text`; None: any (the text holds a
        character of `_FOLDED_TO_ASCII`)."""
        if _holds_folded(text):
            return None
        lowered = text.lower()
        out = set(self.always)
        if self.by_start:
            # The keys the text holds, from the sets of its runs of three characters and
            # of two: a word's key is in the text wherever the word is.
            by_start, second = self.by_start, lowered[1:]
            keys = self.triples & set(
                map(operator.add, map(operator.add, lowered, second), lowered[2:])
            )
            if self.pairs:
                keys |= self.pairs & set(map(operator.add, lowered, second))
            for key in keys:
                for w, pid in by_start[key]:
                    if pid not in out and w in lowered:
                        out.add(pid)
        for w, pid in self.short:
            if pid not in out and w in lowered:
                out.add(pid)
        return out


@lru_cache(maxsize=64)
def _polarity_groups_by_pattern(lang: str | None) -> dict[int, tuple[int, ...]]:
    """The indices in `_polarity_groups` of the groups whose sides hold each pattern, by
    the pattern's id (one compiled pattern may serve sides of two groups)."""
    out: dict[int, list[int]] = {}
    for i, (_, sides, _) in enumerate(_polarity_groups(lang)):
        for _, p in sides:
            out.setdefault(id(p), []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=64)
def _polarity_index(lang: str | None) -> _WordIndex:
    """`_WordIndex` of the patterns of a language's `_polarity_groups`' sides."""
    return _WordIndex([p for _, sides, _ in _polarity_groups(lang) for _, p in sides])


@lru_cache(maxsize=64)
def _polarity_any(lang: str | None) -> re.Pattern[str] | None:
    """A pattern that has a match in a text exactly when one of `_polarity_groups`'
    patterns has one: their alternation, the lookbehind that opens most of them (`_WORD_START`)
    tested once for all of those, which makes one scan cost about what one pattern's does.
    None when the language has no group."""
    rules = rules_for(lang)
    tables = rules.data.get("polarity", {}) if rules is not None else {}
    led, other = [], []
    for table in tables.values():
        sides = [ps for side, ps in table.items() if side != "unnegated" and ps]
        if len(sides) < 2:
            continue  # no group (`_polarity_groups`)
        for p in itertools.chain.from_iterable(sides):
            # The lookbehind opens the whole pattern, not only the first of its branches
            # ("(?<!\w)a|b"): then what follows it is one sequence that it leads.
            if p.startswith(_WORD_START) and _PARSER.parse(p, re.I)[0][0] is _OPS.ASSERT_NOT:
                led.append(f"(?:{p[len(_WORD_START) :]})")
            else:
                other.append(f"(?:{p})")
    if led:
        other.insert(0, f"{_WORD_START}(?:{'|'.join(led)})")
    if not other:
        return None
    return re.compile("|".join(other), re.I)


_WORD_START = r"(?<!\w)"

#: The [polarity] group of prohibitions against permissions ("banned", "recognised"): where
#: the permission check (`_permission_verdict`) gives a verdict, it rules them.
_PERMISSION_GROUP = "permission"
#: How far before and after a predicate a negation undoes it ("was not convicted").
_POLARITY_NEGATION = (30, 12)


def _negated_here(text: str, spots: list[int], start: int, end: int) -> bool:
    """Whether a negation of sorted positions `spots` stands near the predicate at
    start..end in its clause ("was not convicted", "有罪ではない"); not one an aside
    apart ("ont, sans surprise, adopté")."""
    i = bisect.bisect_left(spots, start - _POLARITY_NEGATION[0])
    while i < len(spots) and spots[i] <= end + _POLARITY_NEGATION[1]:
        lo, hi = (spots[i], start) if spots[i] < start else (end, spots[i])
        if _CLAUSE_BREAK.search(text, lo, hi) is None:
            return True
        i += 1
    return False


def _none_before_first(
    stated: Reading, lang: str | None, readings: list[Reading], mine: list[list[Value]]
) -> bool:
    """Whether every negation of the statement, which gives no rank, says there was no
    earlier case ([negation] none_before: "no film had won", "had never before given"),
    against a quote whose first rank ("the first film to win") stands in the sentence of
    a compared figure: the same claim."""
    pattern = _data_patterns(lang, "negation", "none_before", re.I)
    if pattern is None or any(v.kind == "rank" for v in stated.values):
        return False
    if not all(pattern.match(stated.text, pos) for pos, _ in stated.negations):
        return False
    for r, values in zip(readings, mine, strict=False):
        bounds = _bounds(r)
        spans = [_sentence(bounds, v.start, v.end) for v in values]
        if any(
            v.kind == "rank" and v.value == 1 and any(lo <= v.start < hi for lo, hi in spans)
            for v in r.values
        ):
            return True
    return False


def _negated_within(reading: Reading, pattern: re.Pattern[str], start: int, end: int) -> bool:
    """Whether a negation of `reading` stands inside the predicate `pattern` matched at
    start..end, in a gap of it: one the pattern matches without ("sprach Roof in keinem
    der 33 Anklagepunkte frei"), not one of its own words ("nicht schuldig", "保持不变",
    "won nothing")."""
    text = reading.text
    for pos, word in reading.negations:
        if start < pos and pos + len(word) < end:
            masked = text[:pos] + "x" * len(word) + text[pos + len(word) :]
            if pattern.match(masked, start) is not None:
                return True
    return False


def _negated_outside(text: str, spots: list[int], start: int) -> bool:
    """Whether a negation of sorted positions `spots` stands before the predicate at
    `start` in its clause, within `_negated_here`'s reach: an ``unnegated`` side negated
    in turn ("was not acquitted", "nicht freigesprochen"), which says the other side of
    its group, as a negation of any side does. Not one after it: such a side's pattern
    may hold only the start of its own negated word ("一滴も飲ま|なかった")."""
    i = bisect.bisect_left(spots, start - _POLARITY_NEGATION[0])
    while i < len(spots) and spots[i] < start:
        if _CLAUSE_BREAK.search(text, spots[i], start) is None:
            return True
        i += 1
    return False


def _opens_aside(text: str, pos: int, v: Value) -> bool:
    """Whether value `v` opens or stands in a parenthesis just after the clause that runs
    on to `pos`: "adopté à une large majorité (438 contre 86 …)", the parenthesis the
    clause's own figures."""
    if not pos <= v.start <= pos + _NEGATION_REACH:
        return False
    k = text.rfind("(", pos, v.start)
    return (
        k >= 0
        and _CLAUSE_BREAK.search(text, pos, k) is None
        and _CLAUSE_BREAK.search(text, k + 1, v.start) is None
    )


#: How far (in characters) an adverbial phrase's preposition may stand before its figure,
#: how far after the figure the phrase may run (to its comma, or to the sentence's end),
#: and how far the main clause it modifies may run from the figure.
_ADVERBIAL_REACH = (40, 80, 200)


#: The empty match at a position: a phrase's head that has no word (`_tally_after_comma`).
_EMPTY = re.compile("")


@lru_cache(maxsize=16)
def _tally_tail(lang: str | None) -> re.Pattern[str] | None:
    """What follows a tally's first figure to its sentence's end: a word joining its two
    counts ([adverbial] tally_links: "to", "contre", "zu"), the second count and perhaps one
    word ("438 to 86 votes"). None without the words."""
    rules = rules_for(lang)
    links = rules.data.get("adverbial", {}).get("tally_links", []) if rules is not None else []
    if not links:
        return None
    return re.compile(rf"\s*(?:{_alt(links)})\s*\d[\d.,]*(?:\s+[^\W\d_]+)?\s*", re.I)


def _tally_after_comma(text: str, v: Value, lang: str | None) -> re.Match[str] | None:
    """The tally figure `v` opens right after a comma, when its two counts close the
    sentence ("French MPs rejected the bill, 438 to 86."): a match at `v` (for
    `_adverbial_scope`, which reads it as a phrase closing the main clause). None
    otherwise."""
    tail = _tally_tail(lang)
    if tail is None:
        return None
    end = _CLAUSE_END.search(text, v.end)
    hi = end.start() if end is not None else len(text)
    if tail.fullmatch(text, v.end, hi) is None:
        return None
    return _EMPTY.match(text, v.start)


@lru_cache(maxsize=64)
def _adverbial_frame(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's prepositions opening an adverbial phrase ([adverbial] openers: "after",
    "nach", "après", "tras") and its words joining coordinated verbs ([adverbial]
    coordinators: "and", "und", "et", "y"); None without them."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    data = rules.data.get("adverbial", {})
    if not data.get("openers") or not data.get("coordinators"):
        return None
    return _word_re(data["openers"]), _word_re(data["coordinators"])


def _coordination_end(text: str, lo: int, hi: int, coordinator: re.Pattern[str]) -> int:
    """Where the clause from `lo` ends, across words joining coordinated verbs ("and",
    `coordinator`): at the first other clause break (a comma too: ", and the rebels…" is
    another clause) or sentence's end before `hi`; `hi` without one."""
    end = _CLAUSE_END.search(text, lo, hi)
    if end is not None:
        hi = end.start()
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if coordinator.fullmatch(m.group()) is None:
            return m.start()
    return hi


#: How long a news dateline opening a text may run ("LONDON —", "WASHINGTON (Reuters) -").
_DATELINE_REACH = 60
#: A news agency's name in brackets closing a dateline: "(Reuters)", "(dpa)".
_DATELINE_AGENCY = _lazy(r"\s*\([^()]{1,30}\)$")


def _after_dateline(text: str, cut: int) -> bool:
    """Whether the text up to `cut` is a news dateline and nothing else: a place in capitals,
    perhaps a date after a comma and an agency in brackets, then a dash ("LONDON —",
    "WASHINGTON, Jan. 13 (Reuters) -"): what follows opens the first sentence."""
    if not 0 < cut <= _DATELINE_REACH:
        return False
    head = text[:cut].rstrip()
    if not head or head[-1] not in "—–―-":
        return False
    head = head[:-1].rstrip()
    agency = _DATELINE_AGENCY.search(head)
    place = head[: agency.start() if agency is not None else len(head)].split(",", 1)[0].strip()
    words = place.split()
    if len(place) < 2 or not 1 <= len(words) <= 3:
        return False
    # "LONDON —"; with an agency, a place in title case too: "Berlin (dpa) -".
    return place.isupper() or (agency is not None and all(w[:1].isupper() for w in words))


#: What may stand before a date that is an adverbial phrase of its own, from its clause's
#: start (`_adverbial_scope`): at most one word, an article or a weekday ("le", "mardi").
_BARE_DATE_LEAD = _lazy(r"[\s\"“„«‘]*(?:[^\W\d_]{1,12}\.?,?\s+)?")


def _adverbial_scope(text: str, v: Value, lang: str | None) -> tuple[int, int] | None:
    """The span of the main clause that figure `v` modifies when it stands in an
    adverbial phrase, a preposition ([adverbial] openers) at most `_OPENING_WORDS` words
    before it: at its sentence's start, with or without a comma after it ("After nearly
    20 years of talks, the government changed course and lifted the sanctions", "Nach
    fast 20 Jahren hob die Regierung…"), the sentence from its start through the main
    clause and the verbs coordinated with it ([adverbial] coordinators); at its
    sentence's end ("The government changed course and kept the sanctions, after 20
    years of talks"), the main clause before it and the verbs coordinated with it. None
    elsewhere. Every window is bounded (`_ADVERBIAL_REACH`)."""
    frame = _adverbial_frame(lang)
    if frame is None:
        return None
    opener, coordinator = frame
    lo = max(0, v.start - _ADVERBIAL_REACH[0])
    cut = max(
        (m.end() for m in _clause_break(lang).finditer(text, lo, v.start)),
        default=lo,
    )
    sentence = [m.end() for m in _CLAUSE_END.finditer(text, lo, v.start)]
    if sentence and sentence[-1] > cut:
        cut = sentence[-1]
    head = next(
        (
            m
            for m in opener.finditer(text, cut, v.start)
            if len(_WORD3.findall(text, m.start(), v.start)) <= _OPENING_WORDS
        ),
        None,
    )
    if head is None and v.kind == "date":
        # A date is a phrase of time of its own, with no preposition: perhaps an article
        # or a weekday before it ("Le 5 mai, les députés ont rejeté…", "…, mardi 5 mai.").
        head = _BARE_DATE_LEAD.fullmatch(text, cut, v.start)
    if head is None and text[cut - 1 : cut] == "," and not text[cut : v.start].strip():
        # A tally after a comma at the sentence's end ("rejected the bill, 438 to 86."):
        # the count of the vote, no clause of its own, modifies the main clause before it.
        head = _tally_after_comma(text, v, lang)
    if head is None:
        return None
    stop = min(len(text), v.end + _ADVERBIAL_REACH[1])
    after = _clause_break(lang).search(text, v.end, stop)
    end = _CLAUSE_END.search(text, v.end, stop)
    opens_sentence = (cut == 0 or cut in sentence or _after_dateline(text, cut)) and not text[
        cut : head.start()
    ].strip(' "“„«‘')
    if opens_sentence:
        # At the sentence's start: through its comma (one with no verb before it and no
        # conjunction after it) into the main clause, then across coordinated verbs.
        frame_subjects = _subject_frame(lang)
        finite = frame_subjects[1] if frame_subjects is not None else None
        main = v.end
        if (
            after is not None
            and after.group() == ","
            and (end is None or after.start() < end.start())
            and (finite is None or finite.search(text, v.end, after.start()) is None)
            # A conjunction right after a comma: ", and the rebels…" opens another clause.
            and _with_conjunctions(r"\s*", "", lang).match(text, after.end()) is None
        ):
            main = after.end()
        elif after is not None and coordinator.fullmatch(after.group()) is None:
            if end is None or after.start() < end.start():
                return None  # another break closes the figure's clause: "In 2019; …"
        return cut, _coordination_end(
            text, main, min(len(text), v.end + _ADVERBIAL_REACH[2]), coordinator
        )
    if after is not None and (end is None or after.start() < end.start()):
        return None  # the phrase does not end the sentence
    if end is None and stop < len(text):
        return None  # no sentence's end within reach
    # At the sentence's end: back across a comma right before the phrase, then across
    # coordinated verbs, to the main clause's start.
    hi = end.start() if end is not None else len(text)
    start = cut
    if text[cut - 1 : cut] == "," and not text[cut : head.start()].strip():
        start = cut - 1
    floor = max(0, v.start - _ADVERBIAL_REACH[2])
    bounds = [m.end() for m in _CLAUSE_END.finditer(text, floor, start)]
    floor = bounds[-1] if bounds else floor
    breaks = list(_clause_break(lang).finditer(text, floor, start))
    aside = start
    for m in reversed(breaks):
        if m.start() >= aside:
            continue  # inside a parenthesis the clause holds ("adopté (438 contre 86) le")
        if m.group() in ")）":
            opening = max(text.rfind("(", floor, m.start()), text.rfind("（", floor, m.start()))
            if opening >= 0:
                aside = opening
                continue
        if coordinator.fullmatch(m.group()) is None or text[
            max(floor, m.start() - 2) : m.start()
        ].rstrip().endswith(","):
            return m.end(), hi
    return floor, hi


@dataclass(frozen=True)
class _VerbNegation:
    """A language's [verb_negation] lists (`_verb_negation`); `lang` the language whose
    lemmas (`_lemma`) compare its verbs."""

    lang: str
    words: frozenset[str]
    contracted: tuple[str, ...]
    prepositions: frozenset[str]
    preposition_verb: re.Pattern[str] | None
    skip: frozenset[str]
    lemmas: dict[str, str]
    adverbs: tuple[str, ...]
    stops: frozenset[str]


#: How many words ([verb_negation] skip) a negation passes over to the verb it negates.
_NEGATED_VERB_SKIP = 3
#: A word of a verb's side, an elided one with its apostrophe ("n'", "l'").
_VERB_WORD = _lazy(r"[^\W\d_]+(?:['’](?![^\W\d_]*['’]))?")


@lru_cache(maxsize=32)
def _verb_negation(lang: str | None) -> _VerbNegation | None:
    """The [verb_negation] lists of `lang`'s data file, None for a language without them."""
    rules = rules_for(lang)
    data = rules.data.get("verb_negation") if rules is not None and not rules.cjk else None
    base = _base(lang)
    if not data or base is None:
        return None
    verb = data.get("preposition_verb")
    return _VerbNegation(
        lang=base,
        words=frozenset(w.lower() for w in data.get("words", [])),
        contracted=tuple(data.get("contracted", [])),
        prepositions=frozenset(w.lower() for w in data.get("prepositions", [])),
        preposition_verb=re.compile(verb, re.I) if verb else None,
        skip=frozenset(w.lower() for w in data.get("skip", [])),
        lemmas={k.lower(): v.lower() for k, v in data.get("verb_lemmas", {}).items()},
        adverbs=tuple(data.get("adverb_endings", [])),
        stops=frozenset(w.lower() for w in data.get("stops", [])),
    )


@lru_cache(maxsize=16384)
def _lemma(word: str, lang: str) -> str:
    """The lemma of `word` in `lang` through simplemma, lowercased ("pidió" -> "pedir",
    "gewann" -> "gewinnen"); the lowercased word in a language simplemma does not know.
    simplemma loads a language's dictionary on its first use (`warm`); its memory-frugal
    form (the same lemmas) holds the five languages in some 40 MB instead of 300."""
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=lang, low_memory=True).lower()
    except ValueError:  # a language simplemma does not know
        return word.lower()


def _verb_key(word: str, vn: _VerbNegation) -> str | None:
    """The lemma a verb's forms share (`_lemma`; [verb_negation] verb_lemmas for a form
    simplemma reads as another word: "won" is "win", not the currency): "pidió" and
    "pedir" are "pedir"; None for a word of one letter."""
    key = vn.lemmas.get(word.lower()) or _lemma(word, vn.lang)
    return key if len(key) >= 2 else None


def warm(lang: str | None) -> None:
    """Load what reading `lang` needs once and is slow to load: simplemma's lemma dictionary
    of a language whose negated verbs are compared ([verb_negation]; a second or so on
    first use), so no claim pays it. Nothing for another language."""
    vn = _verb_negation(lang)
    if vn is not None:
        _lemma(min(vn.words, default="a"), vn.lang)


def _negated_verbs_of(
    reading: Reading, lang: str | None, vn: _VerbNegation
) -> list[tuple[int, str, str, str]]:
    """The verbs the negations of `reading` stand on, each as (the negation's position, the
    negation, the verb, its `_verb_key`): the first word after a negation of [verb_negation]
    words (passing over at most `_NEGATED_VERB_SKIP` words of its skip list) in its
    clause, or the verb a preposition of its prepositions opens ("sin pedir", "without
    asking"). A negation of a noun ("no room", "kein Zimmer") stands on no verb."""
    text = reading.text
    found = []
    for pos, w in reading.negations:
        low = w.lower()
        end = pos + len(w)
        if low in vn.prepositions:
            opened = vn.preposition_verb.match(text, end) if vn.preposition_verb else None
            if opened is None:
                continue
            if opened.groupdict().get("verb"):
                # The verb the pattern names: "ohne um Hilfe zu bitten".
                key = _verb_key(opened.group("verb"), vn)
                if key is not None:
                    found.append((pos, text[pos : opened.end("verb")], opened.group("verb"), key))
                continue
        elif low not in vn.words and not (vn.contracted and low.endswith(vn.contracted)):
            continue
        _, hi = _clause_bounds(text, pos, end, lang)
        skipped = 0
        for m in _VERB_WORD.finditer(text, end, hi):
            word = m.group()
            low = word.lower()
            if (
                low.replace("’", "'") in vn.skip
                or low in vn.skip
                or (vn.adverbs and low.endswith(vn.adverbs) and len(low) > 5)
            ):
                skipped += 1
                if skipped > _NEGATED_VERB_SKIP:
                    break
                continue
            if low in vn.stops or low.replace("’", "'") in vn.stops:
                break  # an article or a preposition: a noun's negation ("nicht auf dem Platz")
            key = _verb_key(word, vn)
            if key is not None:
                # The negation as written: "didn't", not its ending "dn't".
                start = pos
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
                said = text[start : m.end()] if m.end() - start <= 40 else text[start:end]
                found.append((pos, said, word, key))
            break
    return found


def _asserted_against(
    negating: Reading,
    negating_values: list[Value],
    other: Reading,
    other_values: list[Value],
    lang: str | None,
    vn: _VerbNegation,
) -> tuple[str, str] | None:
    """A verb `negating` negates in the sentence of one of its compared values that `other`
    says with no negation in its clause, in the sentence of one of its own compared values:
    the negation and its verb, and the other side's verb; None elsewhere."""
    spans = [_sentence(negating.bounds, v.start, v.end) for v in negating_values]
    negated = [
        (w, verb, key)
        for pos, w, verb, key in _negated_verbs_of(negating, lang, vn)
        if any(lo <= pos < hi for lo, hi in spans)
    ]
    if not negated:
        return None
    keys = {key for _, _, key in negated}
    other_spans = [_sentence(other.bounds, v.start, v.end) for v in other_values]
    # A negation, a prohibition or a word of stopping ("would stop releases") in the
    # clause of the other side's verb.
    negations = [p for p, _ in other.negations] + [p for p, _ in _negatives(other.text, lang)]
    asserted: dict[str, str] = {}
    denied: set[str] = set()
    for m in _VERB_WORD.finditer(other.text):
        if not any(lo <= m.start() < hi for lo, hi in other_spans):
            continue
        key = _verb_key(m.group(), vn)
        if key is None or key not in keys:
            continue
        lo, hi = _clause_bounds(other.text, m.start(), m.end(), lang)
        if any(lo <= p < hi for p in negations):
            denied.add(key)
        else:
            asserted.setdefault(key, m.group())
    for said, verb, key in negated:
        # A verb the other side both says and negates ("the bill, which had not passed in
        # 2010, passed in 2012") is for the other checks to read.
        if key in asserted and key not in denied:
            return (said if said.endswith(verb) else f"{said} {verb}"), asserted[key]
    return None


def _negated_verb_met(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
) -> bool:
    """Whether a verb the statement negates ([verb_negation]) stands in another form with a
    negation in its clause in the sentence of a quote's compared value, in one language:
    "sin pedir ayuda" for "nunca pidió ayuda"."""
    vn = _verb_negation(statement_lang) if stated.negations else None
    if vn is None:
        return False
    keys = {key for _, _, _, key in _negated_verbs_of(stated, statement_lang, vn)}
    for r, values, lang in zip(readings, mine, langs, strict=True) if keys else ():
        if not values or not r.negations or _base(lang) != _base(statement_lang):
            continue
        spans = [_sentence(r.bounds, v.start, v.end) for v in values]
        for m in _VERB_WORD.finditer(r.text):
            if _verb_key(m.group(), vn) not in keys or not any(
                lo <= m.start() < hi for lo, hi in spans
            ):
                continue
            lo, hi = _clause_bounds(r.text, m.start(), m.end(), statement_lang)
            if any(lo <= p < hi for p, _ in r.negations):
                return True
    return False


def _negated_verb_said(reading: Reading, lang: str | None, values: list[Value]) -> str | None:
    """The first preposition negating a verb ([verb_negation] prepositions) in the
    sentence of one of `values`, with its verb as written ("sin pedir", "without asking");
    None when there is none. ("did not win" across languages may say "was the first to
    win": `_main_negation_outside` and its kin read those.)"""
    vn = _verb_negation(lang) if reading.negations and values else None
    if vn is None:
        return None
    spans = [_sentence(reading.bounds, v.start, v.end) for v in values]
    return next(
        (
            said if said.endswith(verb) else f"{said} {verb}"
            for pos, said, verb, _ in _negated_verbs_of(reading, lang, vn)
            if any(lo <= pos < hi for lo, hi in spans)
            and reading.text[pos : pos + len(said)].split()[0].lower() in vn.prepositions
        ),
        None,
    )


def _negated_verb_asserted(
    stated: Reading,
    statement_lang: str | None,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
) -> tuple[str, str] | None:
    """A verb one side negates and the other says without a negation, in one language, in
    the sentences of the compared figures: "não errou em 2012" for "Em 2012 eu errei" (the
    quote's "não era" in another sentence negates another verb), "sin pedir asilo" for "y
    pidió asilo" ([verb_negation]). The statement's words and the quote's; None
    elsewhere (across languages no verb is compared)."""
    vn = _verb_negation(statement_lang)
    if vn is None:
        return None
    stated_values = [s for s, _ in met]
    for r, values, lang in zip(readings, mine, langs, strict=True):
        if not values or _base(lang) != _base(statement_lang):
            continue
        if stated.negations:
            found = _asserted_against(stated, stated_values, r, values, statement_lang, vn)
            if found is not None:
                return found
        if r.negations:
            found = _asserted_against(r, values, stated, stated_values, statement_lang, vn)
            if found is not None:
                return found[1], found[0]
    return None


#: How far (in characters) from a figure the ends of its sentence are looked for.
_SENTENCE_REACH = 400


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around start..end (`_SENTENCE_END`: full stops, "。"; not commas),
    within `_SENTENCE_REACH` characters either side."""
    lo = max(0, start - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    hi = after.start() if after is not None else min(len(text), end + _SENTENCE_REACH)
    return (ends[-1] if ends else lo), hi


def _clause_words(reading: Reading, pos: int, end: int) -> frozenset[str]:
    """The cognate keys (`_cognate_keys`) of the words in the clause of pos..end."""
    lo, hi = _clause_bounds(reading.text, pos, end)
    return frozenset().union(
        *(_cognate_keys(m.group()) for m in _WORD3.finditer(reading.text, lo, hi))
    )


def _negations_elsewhere(stated: Reading, readings: list[Reading], mine: list[list[Value]]) -> bool:
    """Whether, across languages and scripts without CJK, the quotes' negations all stand in
    other sentences than their compared values' (at least one quote with such values
    having one), none in a clause sharing a cognate (`_cognate_keys`) with the clause of
    the statement's negation: "Ele não era presidente" meets "Lula was not president",
    not "he had done nothing wrong"."""
    if _has_cjk(stated.text):
        return False
    seen = False
    said = frozenset().union(*(_clause_words(stated, p, p + len(w)) for p, w in stated.negations))
    for r, values in zip(readings, mine, strict=True):
        if not values or not r.negations:
            continue
        if _has_cjk(r.text):
            return False
        spans = [_sentence_span(r.text, v.start, v.end) for v in values]
        for p, w in r.negations:
            if any(lo <= p < hi for lo, hi in spans) or _clause_words(r, p, p + len(w)) & said:
                return False
        seen = True
    return seen


def _negation_swapped(
    stated: Reading, met: list[tuple[Value, Value]], readings: list[Reading]
) -> tuple[str, str] | None:
    """Two figures whose negation the quote gives the other way round: the statement
    negates the clause of one figure only ("85% felt uneasy, while 65% could not tell"),
    a quote the clause of the other figure only ("85% could not tell; 65% felt uneasy"):
    the predicates are swapped between the figures. The statement's negated figure and
    negation, and the quote's, as written; None elsewhere."""
    if len(met) < 2 or not stated.negations:
        return None

    def negation_of(r: Reading, v: Value) -> str | None:
        return next((w for p, w in r.negations if _same_clause(r.text, p, v)), None)

    for r in readings:
        if not r.negations:
            continue
        pairs = [(s, q) for s, q in met if any(q is x for x in r.values)]
        if len(pairs) != 2:
            continue
        (s1, q1), (s2, q2) = pairs
        if s1 is s2 or q1 is q2:
            continue
        mine = (negation_of(stated, s1), negation_of(stated, s2))
        theirs = (negation_of(r, q1), negation_of(r, q2))
        if (mine[0] is None) == (mine[1] is None) or (theirs[0] is None) == (theirs[1] is None):
            continue  # each side negates exactly one figure's clause
        if (mine[0] is None) == (theirs[0] is None):
            continue  # the same figure's
        i = 0 if mine[0] is not None else 1
        j = 1 - i
        return (
            f"{(s1, s2)[i].text} … {mine[i]}",
            f"{(q1, q2)[j].text} … {theirs[j]}",
        )
    return None


#: A short aside in brackets after a name: a club, a party, a place ("Kudla (SCC)",
#: "Smith (R-Texas)").
_BRACKETED_ASIDE = _lazy(r"\([^()]{0,24}\)")


def _encloses(text: str, start: int, end: int, v: Value) -> bool:
    """Whether the predicate at start..end holds figure `v` between its parts, in one
    clause but for short bracketed asides (`_BRACKETED_ASIDE`): a separable verb around
    its figure ("setzte sich die Favoritin Kudla (SCC) mit 6,14 m durch")."""
    if not (start <= v.start and v.end <= end):
        return False
    return all(
        _CLAUSE_BREAK.search(_BRACKETED_ASIDE.sub(" ", text[a:b])) is None
        for a, b in ((start, v.start), (v.end, end))
    )


#: A bracket that opens right after a figure, and one that closes a short note in it.
_NOTE_OPENS = _lazy(r"\s?[(（]\s?")
_NOTE_CLOSES = _lazy(r"[^()（）]{0,12}[)）]")


def _notes_figure(text: str, start: int, end: int, v: Value) -> bool:
    """Whether the predicate at start..end opens a short bracketed note right after
    figure `v`, which says it of the figure ("2900円（税込）", "$29 (before tax)")."""
    return (
        _NOTE_OPENS.fullmatch(text, v.end, start) is not None
        and _NOTE_CLOSES.match(text, end) is not None
    )


#: How far (in characters) a list headed by a predicate and a colon may run.
_HEADED_LIST_REACH = 300
#: A colon opening a list, after its heading: "Ont voté contre :".
_LIST_COLON = _lazy(r"\s*[:：]")
#: A sentence's end, or another colon (another list's heading), closing a headed list.
_LIST_CLOSES = _lazy(r"[.!?](?=\s|$)|[。！？:：]")


def _heads_list(text: str, pos: int, v: Value) -> bool:
    """Whether the predicate ending at `pos` heads, with a colon, a list that figure `v`
    stands in ("Voted against: 10 Democrats, 35 Republicans (of 198) and 7 others",
    "Ont voté contre : …", "Dagegen stimmten: …"): every figure of the list up to its
    sentence's end, within `_HEADED_LIST_REACH`."""
    colon = _LIST_COLON.match(text, pos)
    if colon is None or not colon.end() <= v.start <= colon.end() + _HEADED_LIST_REACH:
        return False
    return _LIST_CLOSES.search(text, colon.end(), v.start) is None


def _of_values(
    reading: Reading,
    lang: str | None,
    start: int,
    end: int,
    values: list[Value],
    starts: list[int],
) -> bool:
    """Whether the predicate at start..end is said of one of `values`: in its clause, or
    heading its aside or list, or the predicate of the subject, apposition or coordinated
    clause it stands in, or in a short note bracketed right after a value
    (`_polarity_sides`); `starts` the sorted starts of all the
    reading's values."""
    text = reading.text
    return any(
        _same_clause(text, start, v, lang)
        or _encloses(text, start, end, v)
        or _opens_aside(text, end, v)
        or _heads_list(text, end, v)
        or start > v.end
        and (
            _notes_figure(text, start, end, v)
            or _in_subject(text, v, lang, start)
            or _apposition_predicate(text, v, start)
            or _coordinated_predicate(text, v, start, lang, starts)
        )
        for v in values
    )


#: How far before and after a predicate a figure it is said of may start (`_of_values`:
#: the subject's reach and a value's length before it, a headed list's after it).
_PREDICATE_WINDOW = (_SUBJECT_REACH + 200, _HEADED_LIST_REACH + 100)


def _near(order: list[Value], starts: list[int], start: int, end: int) -> list[Value]:
    """The values of `order` (sorted by start; `starts` their starts) that a predicate at
    start..end may be said of: those starting within `_PREDICATE_WINDOW` of it, so that
    each predicate looks at a bounded stretch of a long quote's figures."""
    lo = bisect.bisect_left(starts, start - _PREDICATE_WINDOW[0])
    hi = bisect.bisect_right(starts, end + _PREDICATE_WINDOW[1])
    return order[lo:hi]


@lru_cache(maxsize=1)
def _complementary_groups() -> frozenset[str]:
    """The groups of opposing predicates whose one side negated says the other
    (common.toml's ``polarity_complements.groups``: "did not survive" says "died"; not
    "did not buy", which says no "sold")."""
    groups = _load_toml("common").get("polarity_complements", {}).get("groups", [])
    return frozenset(groups)


def _negated_sides(
    reading: Reading, lang: str | None, values: list[Value], groups: frozenset[str]
) -> dict[str, tuple[str, bool]]:
    """The sides of complementary groups (`_complementary_groups`) a text negates in the
    clause of its `values` (or the main clause an adverbial figure modifies), each with
    the reading's own negation standing near it ("did not survive"): {group: (side,
    False)}; or whose own word holds the negation ("没有变化", an ``unnegated`` side):
    {group: (side, True)}. Only `groups` are read; a group is left out where the text
    gives more than one side."""
    text = reading.text
    spots = sorted(pos for pos, _ in reading.negations)
    starts = sorted(v.start for v in reading.values)
    order = sorted(values, key=lambda v: v.start)
    near = [v.start for v in order]
    scopes = [scope for v in values if (scope := _adverbial_scope(text, v, lang)) is not None]
    scopes += [scope for v in values if (scope := _cjk_after_scope(text, v, lang)) is not None]
    complements = _complementary_groups() & groups
    negated: dict[str, tuple[str, bool]] = {}
    for name, sides, unnegated in _polarity_groups(lang):
        if name not in complements:
            continue
        found: set[tuple[str, bool]] = set()
        for side, pattern in sides:
            if side == "neutral":
                continue
            for m in pattern.finditer(text):
                inside = side in unnegated
                if inside:
                    i = bisect.bisect_left(spots, m.start())
                    if i == len(spots) or spots[i] >= m.end():
                        # No negation in its word: negated from outside it ("was not
                        # acquitted"), it says the other side, as any negated side does.
                        if not _negated_outside(text, spots, m.start()):
                            continue
                        inside = False
                    elif _negated_within(reading, pattern, m.start(), m.end()):
                        # A negation in a gap of it, none of its own words ("sprach Roof
                        # in keinem der 33 Anklagepunkte frei"): negated, as from outside.
                        inside = False
                elif not _negated_here(text, spots, m.start(), m.end()):
                    continue
                close = _near(order, near, m.start(), m.end())
                if _of_values(reading, lang, m.start(), m.end(), close, starts) or any(
                    a <= m.start() and m.end() <= b for a, b in scopes
                ):
                    found.add((side, inside))
        if len(found) == 2:
            found = _one_meaning(found, sides)
        if len(found) == 1:
            negated[name] = found.pop()
    return negated


def _one_meaning(
    found: set[tuple[str, bool]], sides: tuple[tuple[str, re.Pattern[str]], ...]
) -> set[tuple[str, bool]]:
    """`found` (sides of a group `_negated_sides` read, each with whether its own word
    holds the negation) as one reading where its two say the same of a group of two sides:
    "failed to win the gold" reads "win the gold" negated and "failed to win the gold" (a
    missed side holding its negation), both saying "missed". Else `found` as it is."""
    names = [side for side, _ in sides if side != "neutral"]
    if len(names) != 2:
        return found
    # A negated side says the other side; a side holding its negation says itself.
    meant = {side if inside else names[1 - names.index(side)] for side, inside in found}
    return {(meant.pop(), True)} if len(meant) == 1 else found


#: How far (in characters) from a negation's start a direction word it denies may stand
#: ("not fall", "does not increase", "n'a pas baissé", "no ha bajado").
_DENIED_DIRECTION_REACH = 12


def _denied_directions(stated: Reading, met: list[tuple[Value, Value]]) -> dict[int, str]:
    """The directions no value carries that a negation of the statement denies, right
    before them in their clause ("did not fall", "n'a pas baissé"), where a compared
    figure of the statement carries the opposite direction and its quote's counterpart
    that same direction ("did not fall in 2011; it grew 33%" for "up 33%"): {position:
    the quote's direction word}. The statement then denies what the quote denies too."""
    if not stated.negations or not stated.directions:
        return {}
    text = stated.text
    carried = {v.direction_text for v in stated.values if v.direction_text}
    agreeing: dict[int, str] = {}
    for s, q in met:
        if s.direction and q.direction == s.direction and q.direction_text:
            agreeing.setdefault(s.direction, q.direction_text)
    denied: dict[int, str] = {}
    for sign, word, pos in stated.directions:
        if word in carried or -sign not in agreeing:
            continue
        if any(
            0 < pos - n <= _DENIED_DIRECTION_REACH and _CLAUSE_BREAK.search(text, n, pos) is None
            for n, _ in stated.negations
        ):
            denied[pos] = agreeing[-sign]
    return denied


#: The complementary groups whose side a statement's negation denies against a quote that
#: takes that side (`_denied_side`): a verdict, a figure within or outside a range.
_DENIABLE_GROUPS = frozenset({"verdict", "bounds"})


def _denied_side(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    mine: list[list[Value]],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
) -> tuple[str, str] | None:
    """A side of a complementary group the statement negates in a compared figure's clause
    where a quote takes that same side there: "The jury did not clear him of any of the 12
    counts" for "He was acquitted on all 12 counts" (the negated side says the other
    side): (the statement's negation, the quote's word); else None. Only the groups of
    `_DENIABLE_GROUPS`: in others, a negation that quantifies a subject ("aucun film
    n'avait remporté le prix" for "the first film to win") or a side whose own words hold
    one ("se quedó sin el oro") would be read as such a denial."""
    groups = _complementary_groups() & _DENIABLE_GROUPS
    negated = _negated_sides(stated, statement_lang, [s for s, _ in met], groups)
    if not negated:
        return None
    for r, values, lang in zip(readings, mine, langs, strict=True):
        if not values:
            continue
        sides = _polarity_sides(r, lang, [v for v in values if v.hedge != "by"], frozenset(negated))
        for g, (side, inside) in negated.items():
            # A side whose own word holds the negation ("無罪") is read by the polarity
            # check as the side it says.
            if not inside and g in sides and sides[g][0] == side:
                return stated.negations[0][1], sides[g][1]
    return None


def _negated_antonym(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
    quote_negated: bool,
) -> bool:
    """Whether one side's negation negates a predicate of a complementary group in a
    compared figure's clause, the other side saying that group's other side there: "Anna
    Roe, 34, did not survive" for "Anna Roe, 34, dies", "价格没有变化" for "prices remained
    unchanged". The negation says what the other side's word says."""
    mine = [s for s, _ in met]
    quote_side = [
        (r, lang, [q for _, q in met if any(q is x for x in r.values)])
        for r, lang in zip(readings, langs, strict=False)
    ]
    complements = _complementary_groups()
    if not quote_negated:
        # The statement negates: its (short) text first, then the quotes' groups it names.
        negated = _negated_sides(stated, statement_lang, mine, complements) if mine else {}
        wanted = frozenset(negated)
        return bool(wanted) and any(
            g in sides and (sides[g][0] == side) == inside
            for r, lang, values in quote_side
            if values
            for sides in [_polarity_sides(r, lang, values, wanted)]
            for g, (side, inside) in negated.items()
        )
    # A quote negates: the statement's sides first, then the groups it takes in the quotes.
    ruled = _polarity_sides(stated, statement_lang, mine)
    wanted = frozenset(ruled) & complements
    if not wanted:
        return False
    for r, lang, values in quote_side:
        if not values:
            continue
        # A negated side says the other side; a side whose word holds the negation
        # ("没有变化") says itself.
        if any(
            g in ruled and (ruled[g][0] == side) == inside
            for g, (side, inside) in _negated_sides(r, lang, values, wanted).items()
        ):
            return True
    return False


#: The [polarity] groups that say a direction of a quantity ("nimmt ab" against "増加"): left
#: to the direction checks where a contradiction is found already ("rose 5%" against "fell
#: 5%", "sinkt" against "増加").
_DIRECTION_GROUPS = frozenset({"trend"})


def _polarity_sides(
    reading: Reading,
    lang: str | None,
    values: list[Value],
    groups: frozenset[str] | None = None,
) -> dict[str, tuple[str, str]]:
    """The one side a text takes of each group of opposing predicates in the clause of its
    compared values, or in its sentence's predicate when a value stands in the subject
    ("Jessica Lawson, 12, dies"), or in the main clause, with its coordinated verbs, that
    an adverbial phrase holding a value modifies ("After nearly 20 years of talks, the
    government changed course and lifted the sanctions", `_adverbial_scope`): {group:
    (side, word)}. A group is left out where the
    text takes both sides there ("acquitted on 3 counts and convicted on 9", "survived
    ... while 3 died"), or where a predicate of it stands near a negation, which the
    negation check reads ("not convicted")."""
    if not values:
        return {}
    text = reading.text
    found_any = _polarity_any(lang)
    if found_any is None:
        return {}
    # The sides whose patterns may match: those whose words the text holds (most texts
    # hold none); None: any side may.
    live = _polarity_index(lang).live(text)
    if live is None and found_any.search(text) is None:
        return {}
    if live is not None and not live:
        return {}
    spots = sorted(pos for pos, _ in reading.negations)
    # The main clauses that figures in adverbial phrases modify (`_value_scopes`), found
    # when a predicate first needs them.
    scopes: list[tuple[int, int]] | None = None
    starts = sorted(v.start for v in reading.values)
    order = sorted(values, key=lambda v: v.start)
    near = [v.start for v in order]
    taken: dict[str, tuple[str, str]] = {}
    sentence_groups = _sentence_polarity_groups()
    every = _polarity_groups(lang)
    # Only the groups a side of which may match, in their order: a group none of whose
    # sides' patterns may match is left out, as below (most texts hold a few groups' words).
    by_pattern = _polarity_groups_by_pattern(lang)
    indices = (
        range(len(every)) if live is None else sorted({i for p in live for i in by_pattern[p]})
    )
    for i in indices:
        name, sides, unnegated = every[i]
        if groups is not None and name not in groups:
            continue  # only the groups asked for (`groups`)
        found: dict[str, str] = {}
        # Sides found only in the main clause an adverbial figure modifies: they count where
        # the figures' own clauses hold none ("In 2019, 40 people survived the crash and the
        # pilot died": the 40's clause says "survived").
        scoped: dict[str, str] = {}
        negated = False
        for side, pattern in sides:
            for m in pattern.finditer(text) if live is None or id(pattern) in live else ():
                if side != "neutral" and (
                    _negated_here(text, spots, m.start(), m.end())
                    if side not in unnegated
                    else _negated_outside(text, spots, m.start())
                    or _negated_within(reading, pattern, m.start(), m.end())
                ):
                    negated = True
                    break
                close = _near(order, near, m.start(), m.end())
                if _of_values(reading, lang, m.start(), m.end(), close, starts):
                    found.setdefault(side, m.group())
                    break
                if side in scoped:
                    continue
                if scopes is None:
                    scopes = _value_scopes(reading, values, lang)
                if any(a <= m.start() and m.end() <= b for a, b in scopes):
                    scoped[side] = m.group()
                elif name in sentence_groups and _in_sentence_after(
                    text, close, m.start(), m.end()
                ):
                    scoped[side] = m.group()
            if negated:
                break
        found = found or scoped
        # A "neutral" side leaves its group out: "sold to Google", "was acquired by"
        # name the other party's act too.
        if not negated and len(found) == 1 and "neutral" not in found:
            ((side, word),) = found.items()
            taken[name] = (side, word)
    return taken


def _value_scopes(reading: Reading, values: list[Value], lang: str | None) -> list[tuple[int, int]]:
    """The main clauses that `values` in adverbial phrases modify ("After nearly 20 years of
    talks, the government changed course and lifted the sanctions"), for `_polarity_sides`."""
    text = reading.text
    scopes = [scope for v in values if (scope := _adverbial_scope(text, v, lang)) is not None]
    scopes += [scope for v in values if (scope := _cjk_after_scope(text, v, lang)) is not None]
    scopes += [
        scope
        for v in values
        if (scope := _cjk_concessive_scope(text, v, lang, reading.values)) is not None
    ]
    return scopes


#: How far (in characters) after a figure a predicate of a group read in the figure's
#: sentence may end (`_in_sentence_after`).
_SENTENCE_GROUP_REACH = 160


@lru_cache(maxsize=1)
def _sentence_polarity_groups() -> frozenset[str]:
    """The groups of opposing predicates read anywhere after a compared figure in its
    sentence (common.toml's ``polarity_sentence.groups``: a superlative's degree, "With 18
    months left, he said it was where he was least frustrated", is said of the figure's
    sentence, not only of its clause)."""
    return frozenset(_load_toml("common").get("polarity_sentence", {}).get("groups", []))


def _in_sentence_after(text: str, values: list[Value], start: int, end: int) -> bool:
    """Whether start..end stands after one of `values` (those `_near` it: a bounded few)
    in its sentence, within `_SENTENCE_GROUP_REACH` of its end."""
    for v in values:
        if v.end <= start and end - v.end <= _SENTENCE_GROUP_REACH:
            if _CLAUSE_END.search(text, v.end, start) is None:
                return True
    return False


#: A name's apposition, a figure between commas right after a name ("Jane Roe, 34,").
_APPOSED_FIGURE = _lazy(r"[^\W\d_],\s?$")
#: What may stand between such a figure and its sentence's predicate: its comma, and
#: perhaps two words but a relative pronoun or a verb of saying ("Jane Roe, 34, dies",
#: "Jane Roe, 34, did not survive"; not "Jane Roe, 34, whose son died").
_APPOSITION_GAP = _lazy(
    r",\s*(?:(?!(?:who|whose|which|that|said|says|der|die|das|dessen|deren|qui|que|dont|quien|"
    r"cuyo|cuya|cujo|cuja)(?!\w))[^\W\d_]+\s+){0,2}",
    re.I,
)


#: A name's apposition that an article opens before its figure ("Jane Roe, a 34-year-old
#: nurse from Leeds,"; "Jane Roe, eine 34-jährige Pflegerin,").
_APPOSED_ARTICLE_FIGURE = _lazy(r"[^\W\d_],\s(?:a|an|eine?|un|une|una|uno|um|uma)\s$", re.I)
#: The rest of such an apposition up to its closing comma: the figure's suffix ("-year-old",
#: "-jährige") and at most four words, none a relative pronoun or a verb of saying.
_APPOSED_ARTICLE_REST = _lazy(
    r"(?:-[^\W\d_]+)*(?:\s+(?!(?:who|whose|which|that|said|says|der|die|das|dessen|deren|"
    r"qui|que|dont|quien|cuyo|cuya|cujo|cuja)(?!\w))[^\W\d_]+){0,4}(?=,)",
    re.I,
)


#: A name's relative clause that gives its figure as the person's age ("Roof, who was 21 at
#: the time,"; "Roux, qui avait 21 ans,"; "Roth, der damals 21 war,").
_APPOSED_RELATIVE_FIGURE = _lazy(
    r"[^\W\d_],\s(?:who\s+(?:was|is)|(?:der|die)\s+(?:damals\s+|erst\s+)?(?:war|ist)|"
    r"qui\s+(?:avait|a)|(?:quien|que)\s+(?:tenía|tiene)|que\s+(?:tinha|tem))\s$",
    re.I,
)


def _apposition_predicate(text: str, v: Value, pos: int) -> bool:
    """Whether the predicate at `pos` is that of the person whose apposition figure `v`
    is: a name, a comma, the figure, a comma, and the predicate at most two words
    further ("Yorkshire pupil, Jane Roe, 34, dies on trip", "Jean Roux, 34, est mort");
    or a name, a comma, an article or a relative clause's "who was", the figure and at
    most four words of its apposition, a comma and the predicate ("Jane Roe, a
    34-year-old nurse from Leeds, died", "Roof, who was 21 at the time, was arrested")."""
    if pos - v.end > _NEGATION_REACH:
        return False
    if _APPOSED_FIGURE.search(text, max(0, v.start - 3), v.start) is not None:
        return _APPOSITION_GAP.fullmatch(text, v.end, pos) is not None
    if (
        _APPOSED_ARTICLE_FIGURE.search(text, max(0, v.start - 9), v.start) is None
        and _APPOSED_RELATIVE_FIGURE.search(text, max(0, v.start - 20), v.start) is None
    ):
        return False
    rest = _APPOSED_ARTICLE_REST.match(text, v.end, pos)
    return rest is not None and _APPOSITION_GAP.fullmatch(text, rest.end(), pos) is not None


#: How many words may stand between a coordinator and the verb it coordinates ("and
#: survived", "and then died").
_COORDINATED_GAP = 1


def _coordinated_predicate(
    text: str, v: Value, pos: int, lang: str | None, starts: list[int]
) -> bool:
    """Whether the predicate at `pos` is a verb coordinated ([adverbial] coordinators:
    "and", "und", "et", "y") with the clause of figure `v`, with no subject of its own:
    "140 whales beached and died", "140 Wale strandeten und starben"; no comma, no
    sentence's end and no other figure (`starts`: every figure's start, sorted) between,
    the verb at most `_COORDINATED_GAP` words after the coordinator; within
    `_NEGATION_REACH`."""
    if not 0 < pos - v.end <= _NEGATION_REACH:
        return False
    frame = _adverbial_frame(lang)
    if frame is None or _CLAUSE_END.search(text, v.end, pos) is not None:
        return False
    coordinator = frame[1]
    if bisect.bisect_left(starts, pos) > bisect.bisect_left(starts, v.end):
        return False  # another figure between
    breaks = list(_clause_break(lang).finditer(text, v.end, pos))
    if not breaks:
        return False
    if all(coordinator.fullmatch(b.group()) is not None for b in breaks):
        return len(_WORD3.findall(text, breaks[-1].end(), pos)) <= _COORDINATED_GAP
    return _contrasted_predicate(text, breaks, pos, lang)


@lru_cache(maxsize=64)
def _contrast_frame(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """A language's words opening a contrasted verb of a figure's clause ([adverbial]
    contrastives: "but", "mais") and the words that may stand for its subject there, the
    figure's whole group ([adverbial] all_anaphors: "all", "tous"); None without the
    first."""
    rules = rules_for(lang)
    data = rules.data.get("adverbial", {}) if rules is not None else {}
    if not data.get("contrastives"):
        return None
    anaphors = data.get("all_anaphors")
    return _word_re(data["contrastives"]), (_word_re(anaphors) if anaphors else None)


def _contrasted_predicate(
    text: str, breaks: list[re.Match[str]], pos: int, lang: str | None
) -> bool:
    """Whether the predicate at `pos` is a verb contrasted with the clause before it
    (`breaks`: the clause breaks between, a comma perhaps and then a word of
    `_contrast_frame`), its subject none or the figure's whole group, perhaps with one
    auxiliary after it: "140 whales stranded, but all were rescued", "140 baleines se sont
    échouées, mais toutes ont été secourues"; not "but the farmer was rescued"."""
    frame = _contrast_frame(lang)
    if frame is None or len(breaks) > 2:
        return False
    contrast, anaphor = frame
    if contrast.fullmatch(breaks[-1].group()) is None:
        return False
    if len(breaks) == 2 and breaks[0].group() != ",":
        return False
    gap = text[breaks[-1].end() : pos].strip()
    if not gap:
        return True
    # The anaphor, perhaps an auxiliary after it ("mais toutes ont été secourues").
    held = anaphor.match(gap) if anaphor is not None else None
    return held is not None and len(_WORD3.findall(gap, held.end())) <= _COORDINATED_GAP


_CJK_COMMA = _lazy(r"[，,、]")
#: How far after a figure a CJK word of "after" may stand ("1000天后"), and how far the
#: main clause after its comma may run.
_CJK_AFTER_REACH = (6, 80)
#: How far after a figure the comma closing its phrase of "after" may stand: the phrase may
#: name what lasted ("ほぼ20年にわたる敵対関係の後、", "近20年的敌对关系之后，").
_CJK_AFTER_PHRASE = 16


#: How far (in characters) a concessive clause's marker may stand after its figure, and
#: how far its main clause may run after the comma (`_negates_concessive_main`).
_CONCESSIVE_REACH = (16, 60)


def _negates_concessive_main(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """In Chinese or Japanese, whether the negation `word` at `pos` stands in the main
    clause after a concessive clause holding a duration or date of `values`, which is the
    main clause's circumstance ("父娘は26日間海上にいたが、オーストラリアには到着しなかった",
    "他们在海上漂流了26天，但没有抵达澳大利亚": like "After 26 days at sea, they arrive"):
    the figure's clause ends with a concessive word ([adverbial] concessive_after, "が",
    "けど") before a comma, or the clause after the comma opens with one
    ([adverbial] concessive_before, "但", "却"); the negation within `_CONCESSIVE_REACH`
    of the comma, before the sentence's end, and no other figure in the main clause (two
    figures contrasted are not one circumstance)."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk:
        return False
    frame = rules.data.get("adverbial", {})
    after = tuple(frame.get("concessive_after", []))
    before = tuple(frame.get("concessive_before", []))
    if not after and not before:
        return False
    text = reading.text
    for v in values:
        timed = v.kind in ("date", "year") or (v.kind == "unit" and v.dim == "second")
        if not timed or v.end > pos:
            continue
        comma = _CJK_COMMA.search(text, v.end, min(len(text), v.end + _CONCESSIVE_REACH[0]))
        if comma is None or comma.end() > pos or pos - comma.end() > _CONCESSIVE_REACH[1]:
            continue
        if _CJK_SENTENCE_END.search(text, v.end, pos) is not None:
            continue
        head = text[v.end : comma.start()].rstrip()
        opens = text[comma.end() : comma.end() + 3].lstrip()
        if not (after and head.endswith(after)) and not (before and opens.startswith(before)):
            continue
        if any(comma.end() <= u.start < pos + len(word) + 20 for u in reading.values):
            continue  # another figure in the main clause: a contrast of two figures
        return True
    return False


def _cjk_concessive_scope(
    text: str, v: Value, lang: str | None, others: list[Value]
) -> tuple[int, int] | None:
    """In Chinese or Japanese, the main clause after a concessive clause holding figure
    `v` (`_negates_concessive_main`'s markers), when its subject is the figure's whole
    group ([adverbial] all_anaphors: "全頭", "全部"): "140頭のクジラが座礁したが、全頭が救助
    された", "140头鲸鱼搁浅，但全部获救" say of the 140 that they were rescued. The clause
    runs from the anaphor to the sentence's end, within `_CONCESSIVE_REACH`, and holds no
    figure of `others` (another count is said of another group)."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk:
        return None
    frame = rules.data.get("adverbial", {})
    after = tuple(frame.get("concessive_after", []))
    before = tuple(frame.get("concessive_before", []))
    anaphors = tuple(frame.get("all_anaphors", []))
    if not anaphors or not (after or before):
        return None
    comma = _CJK_COMMA.search(text, v.end, min(len(text), v.end + _CONCESSIVE_REACH[0]))
    if comma is None or _CJK_SENTENCE_END.search(text, v.end, comma.start()) is not None:
        return None
    head = text[v.end : comma.start()].rstrip()
    rest = text[comma.end() : comma.end() + _CONCESSIVE_REACH[1]].lstrip()
    opened = next((w for w in before if rest.startswith(w)), None)
    if not (after and head.endswith(after)) and opened is None:
        return None
    if opened is not None:
        rest = rest[len(opened) :].lstrip()
    if not rest.startswith(anaphors):
        return None
    lo = text.index(rest[:1], comma.end()) if rest else comma.end()
    hi = min(len(text), comma.end() + _CONCESSIVE_REACH[1])
    end = _CJK_SENTENCE_END.search(text, lo, hi)
    hi = end.start() if end is not None else hi
    if any(lo <= u.start < hi for u in others):
        return None
    return lo, hi


def _cjk_after_scope(text: str, v: Value, lang: str | None) -> tuple[int, int] | None:
    """In Chinese or Japanese, the main clause that a figure's phrase of time ending in a
    word of "after" ([adverbial] after: "后", "以来", "後") and a comma modifies:
    "在太空逗留1000天后，单宁成分保持不变" (the clause after the comma, to the sentence's
    end, within `_CJK_AFTER_REACH`); or that a year or date opening its sentence before a
    comma modifies, perhaps with a particle of time between ([adverbial] time_tails,
    time_leads: "1997年、大統領は禁輸を解除した", "1997年，总统解除了禁运"); None elsewhere."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk:
        return None
    adverbial = rules.data.get("adverbial", {})
    words = adverbial.get("after", [])
    if not words:
        return None
    stop = min(len(text), v.end + _CJK_AFTER_PHRASE)
    comma = _CJK_COMMA.search(text, v.end, stop)
    tail = text[v.end : comma.start()].strip() if comma is not None else ""
    if comma is None or (
        not tail.endswith(tuple(words))
        and not (
            v.kind in ("year", "date")
            and tail in ("", *adverbial.get("time_tails", []))
            and _opens_cjk_sentence(
                text, v.start, adverbial.get("time_leads", []), adverbial.get("topic_ends", [])
            )
        )
    ):
        comma = _cjk_framed(text, v, adverbial)
        if comma is None:
            return None
    hi = min(len(text), comma.end() + _CJK_AFTER_REACH[1])
    end = _CJK_SENTENCE_END.search(text, comma.end(), hi)
    return comma.end(), end.start() if end is not None else hi


#: How far after a figure the comma closing a framing phrase may stand (`_cjk_framed`): the
#: frame names the event or the study the figure dates ("在1985年…开展的…研究中，").
_CJK_FRAME_PHRASE = 40


def _cjk_framed(text: str, v: Value, adverbial: dict[str, Any]) -> re.Match[str] | None:
    """In Chinese or Japanese, the comma closing a framing phrase that opens its sentence
    with year or date `v` (right after one of [adverbial] time_leads, where the language
    has them) and ends in one of its frame_tails before the comma ("在1985年UFAA开展的…
    研究中，研究人员得出结论，…", "2020年の東京五輪の開催を見据え、…"): the main clause
    after the comma is what the frame's figure is said of. None elsewhere."""
    tails = adverbial.get("frame_tails", [])
    leads = adverbial.get("time_leads", [])
    if not tails or v.kind not in ("year", "date"):
        return None
    if leads and not text[: v.start].rstrip().endswith(tuple(leads)):
        return None
    if not _opens_cjk_sentence(text, v.start, leads):
        return None
    comma = _CJK_COMMA.search(text, v.end, min(len(text), v.end + _CJK_FRAME_PHRASE))
    if comma is None or _CJK_SENTENCE_END.search(text, v.end, comma.start()) is not None:
        return None
    return comma if text[v.end : comma.start()].strip().endswith(tuple(tails)) else None


def _opens_cjk_sentence(text: str, pos: int, leads: list[str], topics: Sequence[str] = ()) -> bool:
    """Whether `pos` opens its sentence (`_CJK_SENTENCE_END`), with at most one of `leads`
    before it ("在"), within `_CJK_AFTER_REACH`; or stands right after the sentence's
    topic, a phrase of no comma within `_CJK_TOPIC_REACH` ending in one of `topics`
    ("仏下院は5月5日、…を否決した")."""
    lo = max(0, pos - _CJK_AFTER_REACH[0])
    ends = list(_CJK_SENTENCE_END.finditer(text, lo, pos))
    start = ends[-1].end() if ends else (0 if lo == 0 else -1)
    if start >= 0 and text[start:pos].strip() in ("", *leads):
        return True
    if not topics:
        return False
    lo = max(0, pos - _CJK_TOPIC_REACH)
    ends = list(_CJK_SENTENCE_END.finditer(text, lo, pos))
    start = ends[-1].end() if ends else (0 if lo == 0 else -1)
    head = text[start:pos].strip() if start >= 0 else ""
    return bool(head) and head.endswith(tuple(topics)) and _CJK_COMMA.search(head) is None


#: How far (in characters) before a date its sentence's topic may start
#: (`_opens_cjk_sentence`).
_CJK_TOPIC_REACH = 16


@lru_cache(maxsize=64)
def _antonym_prefixes(lang: str | None) -> tuple[str, ...]:
    """A language's prefixes that make an adjective its antonym ([antonym] prefixes: "un",
    "in", "non"), longest first."""
    rules = rules_for(lang)
    words = rules.data.get("antonym", {}).get("prefixes", []) if rules is not None else []
    return tuple(sorted((w.lower() for w in words), key=len, reverse=True))


#: The word right after a figure: "99.9% available".
_ANTONYM_WORD_AFTER = _lazy(r"[ \t]*([^\W\d_]+)")
#: The word right before a figure, a predicate adjective ("is unavailable 99.9% of the
#: time"), perhaps one short word (an article, a preposition) between ("disponible à 97 %",
#: "inaccesible el 97 %"), looked for in `_ANTONYM_REACH` characters.
_ANTONYM_WORD_BEFORE = _lazy(r"(?<![^\W\d_])([^\W\d_]+)(?:[ \t]+[^\W\d_]{1,3})?[ \t]*$")
_ANTONYM_REACH = 40


def _antonym_words(reading: Reading, v: Value) -> list[str]:
    """The word right after figure `v` and the word right before it (`_prefixed_antonym`),
    that one unless a negation stands within `_ANTONYM_REACH` before it ("was not changed
    for 30 years" says what "unchanged for 30 years" says)."""
    text = reading.text
    words = []
    after = _ANTONYM_WORD_AFTER.match(text, v.end)
    if after is not None:
        words.append(after.group(1))
    before = _ANTONYM_WORD_BEFORE.search(text, max(0, v.start - _ANTONYM_REACH), v.start)
    if before is not None and not any(
        before.start() - _ANTONYM_REACH <= pos < v.start for pos, _ in reading.negations
    ):
        words.append(before.group(1))
    return words


#: How long the stem of a prefixed antonym must be at least ("available").
_ANTONYM_STEM = 4


def _prefixed_antonym(
    stated: Reading,
    statement_lang: str | None,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """A compared figure whose next word, or the predicate adjective right before it, is,
    on one side, the other side's next or previous word with a negative prefix ([antonym]
    prefixes): "99.9% unavailable" for "99.9% available", "95 % indisponible" for "95 %
    disponible", "is unavailable 99.9% of the time" for "is 99.9% available"; in one
    language only. The statement's word
    and the quote's; None elsewhere."""
    prefixes = _antonym_prefixes(statement_lang)
    if not prefixes:
        return None
    for s, q in met:
        mine = _antonym_words(stated, s)
        if not mine:
            continue
        for r, lang in zip(readings, langs, strict=False):
            if lang != statement_lang or not any(q is x for x in r.values):
                continue
            for said, theirs in itertools.product(mine, _antonym_words(r, q)):
                short, long = sorted((said.lower(), theirs.lower()), key=len)
                if len(short) < _ANTONYM_STEM or not long.endswith(short):
                    continue
                if long[: len(long) - len(short)] in prefixes:
                    return said, theirs
    return None


@lru_cache(maxsize=64)
def _negative_prefixes(lang: str | None) -> tuple[str, ...]:
    """A language's prefixes that make a word of absence of its stem ("un" of
    "unchanged"): its data file's ``negation.prefixes``."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}).get("prefixes", []) if rules is not None else []
    return tuple(w.lower() for w in words)


@lru_cache(maxsize=64)
def _cessation_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's words of stopping ("stopped", "eingestellt", "停止"): its data file's
    ``negation.cessations``, patterns. They say what a negation of going on says ("no
    longer charges", "不再收费"), for a negation on the other side only."""
    rules = rules_for(lang)
    patterns = rules.data.get("negation", {}).get("cessations", []) if rules is not None else []
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _negatives(text: str, lang: str | None) -> list[tuple[int, str]]:
    """The prohibitions and absences of a text, and its words of stopping
    (`_cessation_words`): (position, word), in order."""
    pattern = _cessation_words(lang)
    stops = [(m.start(), m.group()) for m in pattern.finditer(text)] if pattern is not None else []
    return sorted([*_prohibitions(text, lang), *stops]) if stops else _prohibitions(text, lang)


def _prohibitions(text: str, lang: str | None) -> list[tuple[int, str]]:
    """The prohibitions of a text: (position, word)."""
    pattern = _prohibition_words(lang)
    return [(m.start(), m.group()) for m in pattern.finditer(text)] if pattern is not None else []


@lru_cache(maxsize=1)
def _not_undoing() -> re.Pattern[str]:
    """Words between a negation and a prohibition that keep it from undoing it ("not
    only banned", "nicht nur verboten"): common.toml's ``negation.not_undoing``."""
    words = _load_toml("common").get("negation", {}).get("not_undoing", [])
    return _word_re(words) if words else _NEVER


#: How many words may stand between a negation and the prohibition it undoes ("n'est pas
#: interdit", "nicht mehr verboten"); in CJK text, how many characters before it ("并未被
#: 禁止") and after it ("禁止されていない").
_UNDO_WORDS = 2
_UNDO_CJK = (2, 6)


def _undoing(reading: Reading, p: int, e: int) -> list[int]:
    """The negations of a reading that undo the prohibition or permission at p..e: just
    before it in its clause, or in CJK text just after it ("禁止されていない"), with no word
    between that keeps it from undoing it ("not only banned")."""
    text = reading.text
    cjk = bool(_CJK_CHAR.match(text, p))
    w = p
    while not cjk and w > 0 and w > p - 40 and text[w - 1].isalpha():
        w -= 1  # the compound it ends: "kein Rauchverbot"
    undoing = []
    for n, word in reading.negations:
        ne = n + len(word)
        if n == p or (n < p < ne):
            continue  # the prohibition itself ("禁止", "不得")
        if ne <= w:
            gap = text[ne:w]
            near = (
                len(gap) <= _UNDO_CJK[0]
                if cjk
                else len(_WORD3.findall(gap)) <= _UNDO_WORDS and len(gap) <= 30
            )
        elif n >= e and cjk and n in reading.negations_back:
            gap = text[e:n]
            near = len(gap) <= _UNDO_CJK[1]
        else:
            continue
        if (
            near
            and _CLAUSE_BREAK.search(gap) is None
            and _CLAUSE_END.search(gap) is None
            and _not_undoing().search(gap) is None
        ):
            undoing.append(n)
    return undoing


#: A relative clause set in commas after a word, up to its closing comma: ", die verletzt
#: waren,", ", who were injured,", ", qui étaient blessés,".
_RELATIVE_INSERT = _lazy(
    r",\s*(?:die|der|das|denen|dem|den|welche|welcher|who|which|qui|dont|quienes|quien|"
    r"que)(?!\w)[^,.;:!?]{0,80},",
    re.I,
)


def _permission_scope(text: str, pos: int, end: int) -> int:
    """Where what the permission at pos..end governs ends: its clause's end, or past a
    relative clause set in commas right there, the end of the clause after it ("durften 3
    Spieler, die verletzt waren, nicht reisen": the negation after it undoes it)."""
    hi = _clause_bounds(text, pos, end)[1]
    m = _RELATIVE_INSERT.match(text, hi)
    return _clause_bounds(text, m.end(), m.end())[1] if m is not None else hi


def _permissions(reading: Reading, lang: str | None) -> list[tuple[int, str, frozenset[int]]]:
    """What a text allows: the prohibitions a negation undoes ("not prohibited", "n'est pas
    interdit", "nicht verboten", "no está prohibido", "不禁止", "禁止されていない"), and the
    words of permission no negation undoes ([negation] permissions: "allowed to", "autorisé
    à", "erlaubt", "permitido", "允许"; "not allowed" forbids). Each is (position, the words
    from the first negation to the end of the prohibition or permission, the positions of
    the negations it takes: the undoing ones and, where a prohibition is a negation itself
    ("禁止"), its own)."""
    text = reading.text
    found = []
    pattern = _data_patterns(lang, "negation", "prohibitions", re.I) if reading.negations else None
    spots = {pos: word for pos, word in reading.negations}
    for m in pattern.finditer(text) if pattern is not None and _may_hold(pattern, text) else ():
        p, e = m.start(), m.end()
        undoing = _undoing(reading, p, e)
        if undoing:
            lo = min(p, *undoing)
            hi = max(e, *(n + len(spots[n]) for n in undoing))
            taken = frozenset(undoing) | ({p} if p in spots else frozenset())
            found.append((p, text[lo:hi], taken))
    allowing = _data_patterns(lang, "negation", "permissions", re.I)
    for m in allowing.finditer(text) if allowing is not None and _may_hold(allowing, text) else ():
        hi = _permission_scope(text, m.start(), m.end())
        if not _undoing(reading, m.start(), m.end()) and not any(
            # A negation after it in its clause: "dürfen keine Spieler verpflichten",
            # "dürfen die Spieler nicht verpflichten".
            m.end() <= n < hi
            for n, _ in reading.negations
        ):
            found.append((m.start(), m.group(), frozenset()))
    return sorted(found)


#: Words (three letters or more) after a permission or a prohibition that say what it
#: allows or forbids ("allowed to possess a firearm", "barred from possessing"); in CJK text,
#: characters after it ("允许进口").
_ACT_WORDS = 3
_ACT_CJK = 4


def _act(text: str, pos: int, end: int) -> set[str]:
    """What the permission, prohibition or negation at pos..end allows or forbids: the
    words after it in its clause (`_ACT_WORDS`; the words just before it when it ends its
    clause), or in CJK text the character pairs after it (`_ACT_CJK`)."""
    lo, hi = _clause_bounds(text, pos, end)
    if _CJK_CHAR.match(text, pos):
        after = text[end : min(hi, end + _ACT_CJK)]
        return {a + b for a, b in zip(after, after[1:], strict=False)}
    words = []
    for m in _WORD3.finditer(text, end, hi):
        words.append(m.group().lower())
        if len(words) == _ACT_WORDS:
            break
    if not words:
        # Ending its clause ("ist es den 40 Vereinen verboten,"), it says what stands just
        # before it.
        words = [m.group().lower() for m in _WORD3.finditer(text, lo, pos)][-_GOVERNED_BEFORE:]
    return set(words)


def _same_act(one: set[str], other: set[str], same_language: bool) -> bool:
    """Whether two sides allow or forbid the same act: a word of four letters or more
    shared by its first four letters (or a CJK character pair) in one language, a cognate
    (`_cognate_keys`) across languages."""
    if same_language:
        pairs = {w for w in one if _CJK_CHAR.search(w)} & other
        return bool(pairs) or bool(_prefixes(one) & _prefixes(other))
    keys = frozenset().union(*(_cognate_keys(w) for w in one))
    if any(_cognate_keys(w) & keys for w in other):
        return True
    # A verb's stem in another form: "posséder" and "possessing" share their first five
    # letters (words of six letters or more).
    stems = {_unaccented(w.lower())[:5] for w in one if len(w) >= 6 and w.isalpha()}
    return any(len(w) >= 6 and w.isalpha() and _unaccented(w.lower())[:5] in stems for w in other)


#: The ends of sentences, not clauses, in Chinese or Japanese text.
_CJK_SENTENCE_END = _sentence_ends(r"[.!?;](?=\s|$)|[。！？；]")


def _bounds(reading: Reading) -> list[int]:
    """The ends of a reading's sentences (kept only for a negated reading)."""
    return reading.bounds or [m.end() for m in _CLAUSE_END.finditer(reading.text)]


def _permission_verdict(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
    stated_values: list[Value],
) -> tuple[str, str, str, list[frozenset[int]]] | None:
    """How a permission ("not prohibited", "不禁止", "禁止されていない") on one side meets
    the other: ("match", statement's words, quote's words, the negations each reading's
    permissions take: statement first) when both sides give one, ("contradicted", ...)
    when the other side forbids or negates instead, in a sentence of a compared value.
    None when neither side gives a permission, or the other side neither forbids nor
    negates: a negation on one side is judged as ever."""
    stated_perms = _permissions(stated, statement_lang)
    quote_perms: list[list[tuple[int, str, frozenset[int]]]] = []
    for r, lang, values in zip(readings, langs, mine, strict=True):
        perms = _permissions(r, lang)
        if not perms:
            quote_perms.append([])
            continue
        # Chinese or Japanese: the whole sentence to its "。" (its clauses' commas end no
        # sentence there: "至少有两名宇航员…喝了大量的酒，但仍然被允许飞行").
        cjk = _CJK_CHAR.match(r.text, perms[0][0])
        bounds = [m.end() for m in _CJK_SENTENCE_END.finditer(r.text)] if cjk else _bounds(r)
        spans = [_sentence(bounds, v.start, v.end) for v in values]
        quote_perms.append([t for t in perms if any(lo <= t[0] < hi for lo, hi in spans)])
    if not stated_perms and not any(quote_perms):
        return None
    taken = [frozenset().union(*(t[2] for t in perms)) for perms in [stated_perms, *quote_perms]]
    said = next((t[1] for perms in quote_perms for t in perms), "")
    if stated_perms and said:
        sides = [(stated, stated_perms), *zip(readings, quote_perms, strict=True)]
        if any(perms and not any(t[2] for t in perms) and r.negations for r, perms in sides):
            # A word of permission takes no negation: where its side has negations of its
            # own, every negation is judged as ever ("nicht verboten" for "erlaubt, die
            # nicht eingezäunt sind"); otherwise a negated prohibition's are taken ("not
            # prohibited" for "allowed").
            taken = [frozenset() for _ in taken]
        return "match", stated_perms[0][1], said, taken
    same_language = {_base(statement_lang)} == {_base(lang) for lang in langs}
    if stated_perms:
        for r, lang, values in zip(readings, langs, mine, strict=True):
            word = _forbids(r, lang, values, stated, stated_perms, same_language, statement_lang)
            if word is not None:
                return "contradicted", stated_perms[0][1], word, taken
        return None
    for r, perms in zip(readings, quote_perms, strict=True):
        if perms:
            word = _forbids(stated, statement_lang, stated_values, r, perms, same_language, lang)
            if word is not None:
                return "contradicted", word, said, taken
    return None


def _forbids(
    reading: Reading,
    lang: str | None,
    values: list[Value],
    other: Reading,
    perms: list[tuple[int, str, frozenset[int]]],
    same_language: bool,
    other_lang: str | None = None,
) -> str | None:
    """The prohibition or negation of `reading` that forbids what the `other` side's
    permissions (`_permissions`) allow. Against a negated prohibition, one in the clause of
    a compared value ("not allowed on 40 beaches"), not in another ("…, which do not charge
    fees") nor in a relative clause on its noun ("the 25 parks that are not fenced").
    Against a word of permission ("allowed to possess"), one on the same act in a sentence
    of a compared value (`_same_act`: "barred from possessing", "not allowed to possess").
    """
    undone = any(t[2] for t in perms)
    acts = [_act(other.text, p, p + len(w)) for p, w, t in perms if not t]
    spans: list[tuple[float, float]] = []
    if acts and not same_language and _CJK_CHAR.search(reading.text[:200]):
        # Chinese or Japanese against another language: the whole sentence to its "。".
        ends = [m.end() for m in _CJK_SENTENCE_END.finditer(reading.text)]
        spans = [_sentence(ends, v.start, v.end) for v in values]
    elif acts:
        bounds = _bounds(reading)
        spans = [_sentence(bounds, v.start, v.end) for v in values]
    for pos, word in sorted([*_prohibitions(reading.text, lang), *reading.negations]):
        if _negates_by_relative(reading, pos, values, lang):
            continue
        if undone and any(_same_clause(reading.text, pos, v, lang) for v in values):
            return word
        if acts and any(lo <= pos < hi for lo, hi in spans):
            here = _act(reading.text, pos, pos + len(word))
            if any(_same_act(act, here, same_language) for act in acts):
                return word
    if len(perms) == 1 and len(acts) == 1:
        # Where no cognate ties the act ("仍然被允许飞行", "durften reisen"; in one
        # language, synonyms: "allowed to own a gun", "barred from possessing a firearm"):
        # a single word of permission against a single ban of the sentence of a compared
        # value ("were not allowed to fly", "banned from travelling"), each side with no
        # word of the other kind, speaks of the same act, in a relative clause on the
        # figure's noun too ("two astronauts who drank heavily were not allowed to fly":
        # the same astronauts).
        bans = _bans(reading, lang)
        # The other side's bans count in its permission's sentence only: "但仍然被允许飞行。…
        # 宇航员在飞行前12小时是严禁饮酒的" bans another act in another sentence.
        at = perms[0][0]
        ends = (
            [m.end() for m in _CJK_SENTENCE_END.finditer(other.text)]
            if _CJK_CHAR.match(other.text, at)
            else _bounds(other)
        )
        lo_other, hi_other = _sentence(ends, at, at + len(perms[0][1]))
        if (
            len(bans) == 1
            and not any(lo_other <= p < hi_other for p, _ in _bans(other, other_lang))
            and not _permissions(reading, lang)
            and any(lo <= bans[0][0] < hi for lo, hi in spans)
            and not (same_language and _act_said(reading.text, spans, acts[0]))
        ):
            return bans[0][1]
    return None


def _act_said(text: str, spans: list[tuple[float, float]], act: set[str]) -> bool:
    """Whether the sentences `spans` of `text` say the permitted act in its own words
    (`_same_act` in one language): then a ban there that no word ties to it is of another
    act ("have signed foreign players, but alcohol is banned" for "allowed to sign foreign
    players")."""
    words = {
        m.group().lower()
        for lo, hi in spans
        for m in _WORD3.finditer(text, int(lo), int(min(hi, len(text))))
    }
    return _same_act(act, words, True)


def _bans(reading: Reading, lang: str | None) -> list[tuple[int, str]]:
    """The bans of a text: its prohibitions no negation undoes ("banned", "禁止"), and its
    words of permission a negation undoes or follows in their clause ("not allowed to",
    "durften nicht", "不允许"), each as (position, word)."""
    text = reading.text
    found = {p: w for p, w in _prohibitions(text, lang) if not _undoing(reading, p, p + len(w))}
    allowing = _data_patterns(lang, "negation", "permissions", re.I)
    spots = dict(reading.negations)
    for m in allowing.finditer(text) if allowing is not None and spots else ():
        undoing = _undoing(reading, m.start(), m.end())
        if not undoing:
            hi = _permission_scope(text, m.start(), m.end())
            undoing = sorted(n for n in spots if m.end() <= n < hi)[:1]
        if undoing:
            found[undoing[0]] = spots[undoing[0]]
    return sorted(found.items())


#: How far (in characters) before a word of absence its concessive words reach.
_CONCESSIVE_ABSENCE_REACH = 40


def _concessive_absence(text: str, pos: int, lang: str | None) -> bool:
    """Whether the word of absence at `pos` stands in a concessive phrase ([negation]
    concessive, matched on the text ending right before it, within `_CONCESSIVE_ABSENCE_REACH`):
    "trotz fehlender Zuschauer", "despite the lack of", "malgré l'absence de", "a pesar de
    la falta de"."""
    concessive = _data_patterns(lang, "negation", "concessive", re.I)
    return concessive is not None and (
        concessive.search(text, max(0, pos - _CONCESSIVE_ABSENCE_REACH), pos) is not None
    )


def _negatives_agree(
    negated: list[tuple[Reading, str | None, list[Value]]],
    other: list[tuple[Reading, str | None, list[Value]]],
    same_language: bool,
) -> str | None:
    """The prohibition that makes one side's negation agree with the other side: "banned"
    or "barred from" say what "not allowed" says, "Alkoholverbot" what "严禁饮酒" says.
    Each side is (reading, language, compared values). The side without a negation must
    hold a prohibition: in its own language, one followed by a word the negation governs
    ("barred from possessing" for "not allowed to possess"); across languages, one in the
    clause of a compared value. The negated side holds no prohibition, or only negations
    that are prohibitions ("禁止" is both), nor the prohibition's own verb ("did not bar
    him" for "barred"): there a negation undoes it ("not banned", "并未被禁止")."""
    negated_words: set[str] = set()
    for r, lang, _ in negated:
        spots = {pos for pos, _ in r.negations}
        forbids = {pos for pos, _ in _prohibitions(r.text, lang)}
        if forbids and not spots <= forbids:
            return None  # "not banned", "并未被禁止": a negation undoes the prohibition
        negated_words |= _content(r.text)
    verb_negated = any(
        w.lower() not in _prepositions() for r, _, _ in negated for _, w in r.negations
    )
    for r, lang, values in other:
        bounded = None  # the reading with its sentences' ends, for an opening phrase
        for pos, word in _negatives(r.text, lang):
            key = word.lower()
            if not _CJK_CHAR.match(key) and any(
                key.startswith(w) or (len(key) >= 4 and w.startswith(key[:4]))
                for w in negated_words
            ):
                return None  # "did not bar" undoes "barred"
            if verb_negated and _concessive_absence(r.text, pos, lang):
                # "Trotz fehlender Zuschauer feuerten sie sich an" concedes an absence:
                # it says "ohne Zuschauer", not "feuerten sich nicht an".
                continue
            # The word's clause, and the compared figure before it that is what is absent
            # ("Der 3. Oktober fehlt") or its subject ("Der 1. Mai 2019 fehlt im Kalender").
            lo, hi = _clause_bounds(r.text, pos, pos + len(word), lang)
            absent = _absent_figure(r.text, lo, pos, values)
            subject = absent is not None and _absence_subject(r.text, pos, word, absent, lang)
            if not same_language:
                if subject:
                    # The figure is what is absent ("Der 1. Mai 2019 fehlt im Kalender"):
                    # the other side's negation agrees by denying a presence ("is not
                    # listed"), not the figure's other predicate ("does not open").
                    if any(
                        _presence_in_clause(n, n_lang, p, p + len(w), n_values)
                        for n, n_lang, n_values in negated
                        for p, w in n.negations
                    ):
                        return word
                    continue
                if any(_same_clause(r.text, pos, v, lang) for v in values):
                    return word
                # Or on the main clause after an opening phrase holding a compared value:
                # "In 2019, the squad remained unchanged" for "En 2019, no hubo cambios".
                opening = [v for v in values if v.end <= lo]
                if opening:
                    bounded = bounded or replace(r, bounds=_bounds(r))
                    if _negates_figure_clause(bounded, pos, pos + len(word), opening, lang):
                        return word
                continue
            if not _CJK_CHAR.match(key) and _figure_right_before(r.text, pos, values):
                # "Der 3. Oktober fehlt" for "taucht der 3. Oktober nicht auf": the absent
                # is the compared figure itself, which the negation follows right after.
                if any(
                    _figure_right_before(n.text, p, nvalues)
                    and _presence_in_clause(n, n_lang, p, p + len(w), nvalues)
                    for n, n_lang, nvalues in negated
                    for p, w in n.negations
                ):
                    return word
            if absent is not None and any(
                _governs(n, p, p + len(w), same, set(), frozenset(), False)
                and _presence_in_clause(n, n_lang, p, p + len(w), same)
                for n, n_lang, n_values in negated
                if (same := [v for v in n_values if _same_figure(v, absent)])
                for p, w in n.negations
            ):
                # What is absent is the compared figure itself ("Der 3. Oktober fehlt"), and
                # the other side's negation governs that figure ("taucht der 3. Oktober
                # nicht auf").
                return word
            if subject:
                # The figure is what is absent ("Der 1. Mai 2019 fehlt im Kalender der
                # Gemeinde"): a negation agrees only by denying the figure's presence, as
                # above, not by governing a word that says where it is absent ("öffnet die
                # Gemeinde nicht").
                continue
            if _CJK_CHAR.match(key):
                near = _content(r.text[max(lo, pos - _GOVERNED_CJK[0]) : pos + len(word) + 4])
            else:
                # The words it governs: the compound it ends ("Rauchverbot"), two words
                # before it ("in den Zügen ein Rauchverbot") and four after it ("barred
                # from possessing a firearm").
                start = pos
                while start > lo and r.text[start - 1].isalpha():
                    start -= 1
                # Words of a figure ("30 years") say when or how much, not what is
                # forbidden or absent: they are left out.
                spans = [(v.start, v.end) for v in r.values if v.start < hi and v.end > lo]
                before = [
                    m.group().lower()
                    for m in _WORD3.finditer(r.text, lo, start)
                    if not any(a <= m.start() < b for a, b in spans)
                ]
                after = [
                    m.group().lower()
                    for m in _WORD3.finditer(r.text, start, hi)
                    if not any(a <= m.start() < b for a, b in spans)
                ]
                near = set(before[-_GOVERNED_BEFORE:] + after[: _GOVERNED_WORDS + 1])
                # "unchanged" is absent "changed": its stem is governed too.
                near.update(key[len(p) :] for p in _negative_prefixes(lang) if key.startswith(p))
            prefixes = _prefixes(near)
            for n, _, _ in negated:
                if any(
                    _governs(n, p, p + len(w), [], near, prefixes, False) for p, w in n.negations
                ):
                    return word
    return None


def _figure_right_before(text: str, pos: int, values: list[Value]) -> bool:
    """Whether one of `values` ends right before `pos`, nothing but spaces between: the
    subject of the word at `pos` ("Der 3. Oktober fehlt", "der 3. Oktober nicht")."""
    return any(v.end <= pos and not text[v.end : pos].strip() for v in values)


def _without_values(reading: Reading) -> str:
    """A reading's text with its values blanked out."""
    parts, at = [], 0
    for v in sorted(reading.values, key=_START):
        if v.start >= at:
            parts += [reading.text[at : v.start], " "]
            at = v.end
    return "".join([*parts, reading.text[at:]])


def _absence_against_negation(
    negated: list[tuple[Reading, str | None, list[Value]]],
    other: list[tuple[Reading, str | None, list[Value]]],
) -> str | None:
    """A word of absence ([negation] absences: "fehlt", "missing", "falta") in the clause of
    a compared value on the side without a negation, where the negated side has a negation
    in a compared value's clause that governs no word the other side says, and no word of
    prohibition or absence (which its negation may undo: "fehlt nicht"): the word; None
    otherwise. A negation governing a word the other side says outside its absence ("have
    no doors" for "lack windows but have doors") denies what that side asserts."""
    for r, lang, _ in negated:
        if _prohibitions(r.text, lang):
            return None
    spots = [
        (r, pos, w)
        for r, lang_r, values in negated
        for pos, w in r.negations
        if any(_same_clause(r.text, pos, v, lang_r) for v in values)
    ]
    if not spots:
        return None
    # The other side's words but those of its figures ("November 9" says when).
    said = set().union(*(_content(_without_values(r)) for r, _, _ in other))
    prefixes = _prefixes(said)
    if any(_governs(r, pos, pos + len(w), [], said, prefixes, False) for r, pos, w in spots):
        return None
    for r, lang, values in other:
        pattern = _data_patterns(lang, "negation", "absences", re.I)
        if pattern is None:
            continue
        stems = _negative_prefixes(lang)
        for m in pattern.finditer(r.text):
            if m.group().lower().startswith(stems):
                continue  # "unchanged": its stem, which a negation must govern, decides
            if any(_same_clause(r.text, m.start(), v, lang) for v in values):
                return m.group()
    return None


#: How many words, and characters, may stand between a figure and the word of absence it
#: is the subject of ("Der 3. Oktober fehlt", "the 3 March entry is missing").
_ABSENT_GAP = (2, 24)


def _absent_figure(text: str, lo: int, pos: int, values: list[Value]) -> Value | None:
    """The compared value that is the subject of the word of absence at `pos` (its clause
    opening at `lo`): one ending in that clause just before it, with at most `_ABSENT_GAP`
    words and no punctuation between ("Der 3. Oktober fehlt", "the 3 March entry is
    missing", "10月3日が欠けている"), or None."""
    for v in values:
        if not lo < v.end <= pos:
            continue
        gap = text[v.end : pos]
        if len(gap) > _ABSENT_GAP[1] or any(c in gap for c in ',;:()"“”«»'):
            continue
        if len(_WORD3.findall(gap)) <= _ABSENT_GAP[0]:
            return v
    return None


def _undoes_absence(reading: Reading, lang: str | None, values: list[Value]) -> bool | None:
    """Whether every negation of a reading undoes a word of absence ([negation] absences)
    in the clause of a compared value (True: "Der 9. November fehlt nicht", "ne manque
    pas", "is not missing", "no falta": it is there), none does (False), or some do (None).
    A negation undoes it just before it (`_undoing`) or, outside CJK text, after it in its
    clause with at most `_UNDO_WORDS` words between but the figures' ("fehlt der 9.
    November nicht"), not followed by a word that keeps the absence ("fehlt nicht nur")."""
    if not reading.negations:
        return None
    pattern = _data_patterns(lang, "negation", "absences", re.I) if values else None
    text = reading.text
    undoing: set[int] = set()
    for m in pattern.finditer(text) if pattern is not None else ():
        a, b = m.start(), m.end()
        if not any(_same_clause(text, a, v) for v in values):
            continue
        undoing.update(_undoing(reading, a, b))
        if _CJK_CHAR.match(text, a):
            continue
        for n, w in reading.negations:
            if n < b or n - b > 30 or w.lower() in _prepositions():
                continue
            # The gap with the figures' characters blanked: "9." ends no clause.
            gap = "".join(
                " " if any(v.start <= i < v.end for v in reading.values) else text[i]
                for i in range(b, n)
            )
            words = [
                x
                for x in _WORD3.finditer(text, b, n)
                if not any(v.start <= x.start() < v.end for v in reading.values)
            ]
            after = _WORD3.search(text, n + len(w), n + len(w) + 20)
            if (
                len(words) <= _UNDO_WORDS
                and _CLAUSE_BREAK.search(gap) is None
                and _CLAUSE_END.search(gap) is None
                and (after is None or _not_undoing().fullmatch(after.group()) is None)
            ):
                undoing.add(n)
    if not undoing:
        return False
    return True if all(n in undoing for n, _ in reading.negations) else None


def _absence_subject(text: str, pos: int, word: str, v: Value, lang: str | None) -> bool:
    """Whether figure `v` (`_absent_figure`'s, before `word` at `pos`, a word of absence:
    [negation] absences) is that word's subject, what is absent: it opens its clause, after
    an article at most ([subjects] articles), with nothing but auxiliaries ([negation]
    auxiliaries) between it and the word ("Der 1. Mai 2019 fehlt", "March 4, 2020 is
    missing", "El 12 de octubre falta"). Not a figure after a preposition ("Am 1. Mai 2019
    fehlt der Bürgermeister" says who is absent, and when) or a noun ("die Maut von 12 Euro
    eingestellt")."""
    absences = _data_patterns(lang, "negation", "absences", re.I)
    if absences is None or absences.fullmatch(word) is None:
        return False
    auxiliaries = _auxiliaries()
    if any(w.lower()[:5] not in auxiliaries for w in _TOKEN.findall(text, v.end, pos)):
        return False
    # The clause from the figure's start: a date's own dot ("3. Oktober") ends none.
    before = _TOKEN.findall(text, _clause_bounds(text, v.start, v.start)[0], v.start)
    return not before or (len(before) == 1 and before[0].lower() in _articles(lang))


@lru_cache(maxsize=64)
def _articles(lang: str | None) -> frozenset[str]:
    """A language's definite articles ([subjects] articles), lowercased."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("articles", []) if rules is not None else []
    return frozenset(w.lower() for w in words)


def _presence_in_clause(
    reading: Reading, lang: str | None, start: int, end: int, figures: list[Value]
) -> bool:
    """Whether the clauses of the negation at `start`..`end` and of the `figures` it
    governs hold a word of being there ([negation] presences: "list", "taucht … auf",
    "mentionne"), which the negation denies: "does not list 4 July" says 4 July is missing,
    "does not close on 4 July" does not. (A figure's clause is taken too: "der 1. Mai"
    ends no clause at its point.)"""
    pattern = _data_patterns(lang, "negation", "presences", re.I)
    if pattern is None:
        return False
    lo, hi = _clause_bounds(reading.text, start, end, lang)
    for v in figures:
        flo, fhi = _clause_bounds(reading.text, v.start, v.end, lang)
        lo, hi = min(lo, flo), max(hi, fhi)
    return pattern.search(reading.text, lo, hi) is not None


def _same_figure(a: Value, b: Value) -> bool:
    """Whether two values name the same figure: of one kind, a date by its day and month
    (a year may come from the page's date on one side only), else by value and dimension."""
    if a.kind != b.kind:
        return False
    if a.ymd is not None and b.ymd is not None:
        return a.ymd[1:] == b.ymd[1:]
    return a.value == b.value and a.dim == b.dim


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


@lru_cache(maxsize=64)
def _change_role_res(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """The patterns of [change_roles]: a start's word before the figure and an end's word
    with its figure after it, an end's word before the figure, a start's word that is one
    after a direction alone ("up 33% from $123 million"); or, in Japanese, the particles
    after the figure ("14歳から16歳に")."""
    rules = rules_for(lang)
    table = rules.data.get("change_roles", {}) if rules is not None else {}
    if not table:
        return None
    assert rules is not None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    cur = r"\s*[$€£¥]?\s*"
    if table.get("from_after"):
        to_after = _alt(table["to_after"])
        return (
            None,
            re.compile(
                rf"[^\d\s、。，]{{0,2}}?(?:{_alt(table['from_after'])})[^\d、。，]{{0,4}}\d"
            ),
            re.compile(rf"[^\d\s、。，]{{0,2}}?(?:{to_after})"),
            None,
        )
    to = _alt(table["to"])
    alone = table.get("from_after_direction", [])
    return (
        re.compile(rf"{left}(?:{_alt(table['from'])}){cur}$", re.I),
        re.compile(rf"[^\d.;:!?。，；！？]{{0,16}}?{left}(?:{to}){right}{cur}\d", re.I),
        re.compile(rf"{left}(?:{to}){cur}$", re.I),
        re.compile(rf"{left}(?:{_alt(alone)}){cur}$", re.I) if alone else None,
    )


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


def _change_role(
    text: str, v: Value, lang: str | None, directions: Sequence[tuple[int, str, int]] = ()
) -> str | None:
    """Whether `v` is where a change starts ("from 14 to 16": 14; "up 33% from $123
    million", a start word after one of the text's `directions` of its clause) or ends
    ("to 16", "auf 16", "提高到16", "16歳に"), by [change_roles]; None when its words say
    neither."""
    if v.kind not in _DIRECTED:
        return None
    found = _change_role_res(lang)
    if found is None:
        return None
    from_before, then_to, to_word, from_alone = found
    if from_before is None:  # particles after the figure
        if then_to.match(text, v.end):
            return "start"
        return "end" if to_word.match(text, v.end) else None
    start = from_before.search(text, max(0, v.start - 12), v.start)
    if start is not None and then_to.match(text, v.end):
        return "start"
    alone = (
        from_alone.search(text, max(0, v.start - 12), v.start) if from_alone is not None else None
    )
    if alone is not None and any(
        0 <= alone.start() - pos <= 30 and _YEAR_APART.search(text, pos, v.start) is None
        for _, _, pos in directions
    ):
        return "start"
    if to_word.search(text, max(0, v.start - 12), v.start):
        return "end"
    return None


def _verb(singular: str, src: str) -> str:
    """The verb agreeing with "the quote" or "the quotes".

    >>> _verb("says", "the quote"), _verb("says", "the quotes"), _verb("has", "the quotes")
    ('says', 'say', 'have')
    """
    if src == "the quote":
        return singular
    return "have" if singular == "has" else singular[:-1]
