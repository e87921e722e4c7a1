"""Quantities in statements and quotes, and the "claim supported" check.

Pure functions, strings in and results out: no database. The checks code calls
:func:`claim_supported` for every claim; the claims code stores
:func:`structured_values` with the statement so values can be searched.

What counts as a quantity:

- numbers in digits (``1,200``, ``3.67``; thin and no-break spaces also group
  thousands, a plain space does not, so ``in 2019 200 people`` stays two numbers),
  with a scale word (``1.5 million``, ``3 billion``);
- numbers in words (``eighty``, ``twenty-four``, ``two hundred and fifty``,
  ``a dozen``) and fractions (``half``, ``a third``, ``two-thirds``);
  a bare ``one`` is not a quantity (``no one``, ``one of``), and neither are
  ordinals (``first``, ``25th``) except as the day of a date;
- percentages (``%``, ``percent``, ``per cent``, ``pct``) and percentage points;
- money (``$1.5 billion``, ``US$20``, ``€20``, ``20 million dollars``, ``EUR 5``);
- years (four digits from 1000 to 2100 standing alone);
- dates with month names or abbreviations (``August 25, 2019``, ``Aug. 25``,
  ``25 August 2019``, ``September 6``, ``August 2019``) and ISO dates (``2019-08-30``).

Digits glued to letters or ids (``G7``, ``F-35``, ``3172a``), times (``10:30``) and
slashed forms (``8/25``) are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .support.directions import _verb

__all__ = [
    "Quantity",
    "Support",
    "claim_supported",
    "extract_quantities",
    "structured_values",
]


@dataclass(frozen=True)
class Quantity:
    """One quantity read from a text.

    ``value`` is the numeric value (3.67 for 3.67%; None for dates). ``unit`` is
    ``"percent"``, ``"percentage point"``, a currency code such as ``"USD"``, or None.
    ``date`` is the ISO form of a date: ``"2019-08-25"``, ``"2019-08"`` (month), or
    ``"--08-25"`` (month and day without a year). ``text`` is the words it was read
    from, ``start``/``end`` its position, and ``hedge`` a qualifier written directly
    before it ("nearly", "more than", ...), if any.
    """

    kind: str  # "number" | "percent" | "money" | "year" | "date"
    value: float | None
    unit: str | None
    date: str | None
    text: str
    start: int
    end: int
    hedge: str | None = None


@dataclass(frozen=True)
class Support:
    """The verdict of the "claim supported" check: ``pass``, ``warn`` or ``fail``, and why."""

    status: str
    reason: str


# --- vocabulary -----------------------------------------------------------------------

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Abbreviated scales, accepted only after a currency ("$5bn", "€3m").
_SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
}
_CURRENCY_CODES = (
    "USD EUR GBP JPY CNY CHF CAD AUD NZD HKD INR RUB IRR SAR AED ILS TRY KRW BRL MXN"
).split()
_CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rial": "IRR",
    "toman": "IRT",
    "rupee": "INR",
    "ruble": "RUB",
    "rouble": "RUB",
    "franc": "CHF",
    "shekel": "ILS",
    "riyal": "SAR",
    "dirham": "AED",
    "lira": "TRY",
}
# Hedge words and their direction: "approx" is weaker than an exact figure; "below"
# and "above" put the true value on one side of it.
_HEDGES = {
    "nearly": "below",
    "almost": "below",
    "close to": "below",
    "just under": "below",
    "just below": "below",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "below": "below",
    "up to": "below",
    "at most": "below",
    "no more than": "below",
    "as many as": "below",
    "as much as": "below",
    "not quite": "below",
    "more than": "above",
    "over": "above",
    "just over": "above",
    "well over": "above",
    "above": "above",
    "at least": "above",
    "upwards of": "above",
    "no fewer than": "above",
    "no less than": "above",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "c.": "approx",
    "~": "approx",
    "≈": "approx",
}
_KIND_NOUNS = {
    "number": "number",
    "year": "year",
    "percent": "percentage",
    "money": "amount of money",
    "date": "date",
}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so "eighteen" wins over "eight".

    >>> _alternation(["eight", "eighteen", "c."])
    'eighteen|eight|c\\\\.'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# --- the patterns -----------------------------------------------------------------------
#
# Speed matters (the check runs for every claim), and one big regex tried at every
# position of a sentence costs over 100 µs. So extraction scans twice, cheaply:
# digit runs and currency symbols are found with a one-character-class regex and the
# detailed patterns are only tried where one starts; number words are looked for in
# the lowercased text, and only when a set lookup says the sentence has any.

# Month names are case-sensitive ("May" is a month, "may" a verb), in title or upper case.
_MONTH_FORMS = [m for name in _MONTHS for m in (name.title(), name.upper())]
_MONTH = rf"(?:{_alternation(_MONTH_FORMS)})(?:\.|\b)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
_YEAR = r"(?:1\d{3}|20\d{2})(?![\w%])"

# Digits may not touch letters, other digits, decimal points or slashes: "G7", "F-35",
# "10:30" and "8/25" are ids, times and dates in other notations. "mid-2019" is allowed.
_BEFORE_DIGITS = r"(?:(?<=\bmid-)|(?<=\bpre-)|(?<=\bpost-)|(?<![\w.,/:])(?<![A-Za-z]-))"
_DIGITS = r"(?:\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_AFTER_DIGITS = r"(?![\w/]|[.,:\u00a0\u202f\u2009]\d)"
_SCALE = rf"(?i:(?:\s+|-)(?:hundred|{_alternation(_SCALES)})\b)"
_PERCENT = r"(?i:\s?%|\s*(?:percent|per\s?cent|pct)\b|\s*(?P<points>percentage\s+points?)\b)"
_CURRENCY_SUFFIX = (
    r"(?:\s+(?:(?:u\.s\.|us|american)\s+)?"
    rf"(?P<curword>{_alternation(_CURRENCY_WORDS)})s?\b"
    rf"|\s?(?P<curcode>{_alternation(c.lower() for c in _CURRENCY_CODES)})\b)"
)

_TRIGGER = re.compile(r"[\d$€£¥₹₽]+")
_BEFORE_DIGIT_RUN = re.compile(
    rf"(?:\b(?P<month>{_MONTH}),?\s+(?:of\s+)?"
    rf"|\b(?P<code>{_alternation(_CURRENCY_CODES)})[\s\u00a0]?|[-\u2212])$"
)
_MONTH_DATE = re.compile(
    rf"(?P<mmon>{_MONTH})(?:\s+(?P<mday>{_DAY})(?:,?\s+(?P<myear>{_YEAR}))?"
    rf"|,?\s+(?:of\s+)?(?P<mmyear>{_YEAR}))"
)
_CODE_BEFORE = re.compile(rf"\b(?:{_alternation(_CURRENCY_CODES)})[\s\u00a0]?$")
_SYMBOL_PREFIX_BEFORE = re.compile(r"(?:\bU\.S\.|\b(?:US|NZ|HK|A|C))$")
_MONEY = re.compile(
    rf"(?P<cur>{_alternation(_CURRENCY_SYMBOLS)}|(?:{_alternation(_CURRENCY_CODES)})[\s\u00a0]?)"
    rf"(?P<cnum>{_DIGITS})"
    rf"(?:(?P<cscale>{_SCALE})|(?P<cabbr>bn|mn|tn|[kmb])\b|{_AFTER_DIGITS})"
)
_FROM_DIGIT = re.compile(
    rf"{_BEFORE_DIGITS}(?:"
    rf"(?P<iso>(?:1\d{{3}}|20\d{{2}})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w-])"
    rf"|(?P<dday>{_DAY})\s+(?:of\s+)?(?P<dmon>{_MONTH})(?:,?\s+(?P<dyear>{_YEAR}))?"
    rf"|(?P<sign>[-\u2212](?=\d))?(?P<num>{_DIGITS}){_AFTER_DIGITS}(?P<nscale>{_SCALE})?"
    rf"(?:(?P<pct>{_PERCENT})|(?i:{_CURRENCY_SUFFIX}))?)"
)

# Number words, matched in the lowercased text.
_WORD = rf"(?:{_alternation([*_UNITS, *_TENS, 'hundred', *_SCALES, 'dozen'])})\b"
_WORD_RUN = (
    rf"(?:\ba\s+(?=(?:hundred|{_alternation(_SCALES)}|dozen)\b))?"
    rf"\b{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*"
)
_FRACTION = (
    r"\b(?:(?P<fnum>an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-])?"
    rf"(?P<fden>{_alternation(_DENOMINATORS)})\b(?!-)"
)
_WORDS = re.compile(
    rf"(?:(?P<frac>{_FRACTION})|(?P<words>{_WORD_RUN}))"
    rf"(?:(?P<pct>{_PERCENT})|{_CURRENCY_SUFFIX})?"
)
# Words whose presence makes the word scan worth running ("one" alone never counts).
_WORD_VOCABULARY = frozenset(
    w.encode() for w in [*_UNITS, *_TENS, "hundred", *_SCALES, "dozen", *_DENOMINATORS]
) - {b"one", b"zero"}
_NOT_WORDS = bytes.maketrans(b"\"'()[]{},.;:!?/-", b" " * 16)
_UNICODE_PUNCTUATION = [c.encode() for c in "\u2013\u2014\u201c\u201d\u2018\u2019"]

_NO_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009")
_HEDGE = re.compile(rf"(?:(?<![\w.])(?P<hedge>{_alternation(_HEDGES)}))\s*$")
_NOT_FRACTION_BEFORE = re.compile(r"\b(?:first|second|latter|other|1st|2nd)\s+$")
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_BARE = frozenset(["hundred", "dozen", *_SCALES])
_NEGATION_WORDS = frozenset(
    b"not no never without neither nor none nobody nothing nowhere cannot".split()
)
_NEGATION = re.compile(
    r"\b(?:not|no(?!\.\s*\d)|never|without|neither|nor|none|nobody|nothing|nowhere|cannot)\b"
    r"|\w+n['\u2019]t\b"
)


# --- small pure helpers ---------------------------------------------------------------


def _digits_value(text: str) -> float:
    """The value of digits as written, with thousands separators.

    >>> _digits_value("1,200")
    1200.0
    >>> _digits_value("3.67")
    3.67
    >>> _digits_value("1\\u202f200\\u202f000")
    1200000.0
    """
    try:
        return float(text)
    except ValueError:  # thousands separators
        return float(text.translate(_NO_SEPARATORS))


def _parse_number_words(text: str) -> list[tuple[float, int, int]]:
    """Numbers in a run of number words, as (value, start, end) within ``text``.

    A run that cannot be one number ("two or three" is never a run, but "two three"
    is) splits into several; a bare "one" is not a quantity.

    >>> _parse_number_words("eighty")
    [(80.0, 0, 6)]
    >>> _parse_number_words("twenty-four")
    [(24.0, 0, 11)]
    >>> _parse_number_words("two hundred and fifty thousand")
    [(250000.0, 0, 30)]
    >>> _parse_number_words("a dozen")
    [(12.0, 0, 7)]
    >>> _parse_number_words("one"), _parse_number_words("million")
    ([], [])
    >>> _parse_number_words("two and three")
    [(2.0, 0, 3), (3.0, 8, 13)]
    """
    numbers: list[tuple[float, int, int]] = []
    total = current = 0.0
    last = ""  # kind of the previous token: unit, teen, tens, hundred, scale, dozen, a, and
    last_scale = float("inf")
    start = end = -1
    words: list[str] = []
    value: float

    def close() -> None:
        # A bare "one" is a pronoun ("no one"), a bare "million" a cut-off number.
        if start >= 0 and words != ["one"] and not (len(words) == 1 and words[0] in _BARE):
            numbers.append((total + current, start, end))

    for token in _WORD_TOKEN.finditer(text):
        word = token.group().lower()
        if word == "and":
            last = "and" if last in ("hundred", "scale") else "break"
            continue
        if word == "a":
            kind, value = "a", 0
        elif word in _UNITS:
            kind, value = ("unit" if _UNITS[word] < 10 else "teen"), _UNITS[word]
        elif word in _TENS:
            kind, value = "tens", _TENS[word]
        elif word == "hundred":
            kind, value = "hundred", 100
        elif word == "dozen":
            kind, value = "dozen", 12
        else:
            kind, value = "scale", _SCALES[word]
        # Whether this token continues the number being read.
        if kind in ("unit", "teen", "tens"):
            joins = last in ("hundred", "scale", "and") or (last == "tens" and kind == "unit")
        elif kind == "hundred":
            joins = last in ("unit", "teen", "tens", "a")
        elif kind == "dozen":
            joins = last in ("unit", "a")
        elif kind == "scale":
            joins = last in ("unit", "teen", "tens", "hundred", "a", "dozen") and (
                value < last_scale
            )
        else:
            joins = False
        if not joins:
            close()
            total = current = 0.0
            last_scale = float("inf")
            start, words = token.start(), []
        if kind in ("unit", "teen", "tens"):
            current += value
        elif kind in ("hundred", "dozen"):
            current = (current or 1) * value
        elif kind == "scale":
            total += (current or 1) * value
            current = 0.0
            last_scale = value
        words.append(word)
        end = token.end()
        last = kind
    close()
    return numbers


def _decimals(text: str) -> int:
    """How many decimals a written number has.

    >>> _decimals("3.67 percent"), _decimals("80%"), _decimals("1,200")
    (2, 0, 0)
    """
    found = re.search(r"\d\.(\d+)", text)
    return len(found.group(1)) if found else 0


# --- extraction -----------------------------------------------------------------------


def extract_quantities(text: str) -> list[Quantity]:
    """Every number, percentage, amount of money, year and date in ``text``, in order.

    >>> [(q.kind, q.value, q.unit, q.hedge) for q in extract_quantities("nearly 80 percent")]
    [('percent', 80.0, 'percent', 'nearly')]
    >>> [(q.kind, q.date) for q in extract_quantities("on Aug. 25, 2019 and September 6")]
    [('date', '2019-08-25'), ('date', '--09-06')]
    """
    return list(_analyse(text)[0])


@lru_cache(maxsize=8192)
def _analyse(text: str) -> tuple[tuple[Quantity, ...], str | None]:
    """The quantities of ``text`` and its first negation word, if any.

    Cached because the same quote is checked for every claim that cites it.
    """
    lower = text.lower()
    if len(lower) != len(text):
        # A few characters lowercase to two ("İ"); keep offsets aligned.
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = _digit_quantities(text, lower)
    # Words as bytes: translating and splitting bytes is several times faster than str.
    raw = lower.encode()
    if not lower.isascii():
        for mark in _UNICODE_PUNCTUATION:
            raw = raw.replace(mark, b" ")
    tokens = raw.translate(_NOT_WORDS).split()
    if not _WORD_VOCABULARY.isdisjoint(tokens):
        taken = [(q.start, q.end) for q in found]
        for match in _WORDS.finditer(lower):
            for q in _word_quantities(match, text, lower):
                # "1.5 million" was read with its digits; its "million" is not another number.
                if not any(s < q.end and q.start < e for s, e in taken):
                    found.append(q)
        found.sort(key=lambda q: q.start)
    negation = None
    if not _NEGATION_WORDS.isdisjoint(tokens) or "n't" in lower or "n\u2019t" in lower:
        found_negation = _NEGATION.search(lower)
        negation = text[found_negation.start() : found_negation.end()] if found_negation else None
    return tuple(found), negation


def _hedge_before(text: str, lower: str, start: int) -> str | None:
    """The hedge written directly before ``start``, as written.

    >>> _hedge_before("Less than 24 hours", "less than 24 hours", 10)
    'Less than'
    """
    hedge = _HEDGE.search(lower, max(0, start - 16), start)
    return text[hedge.start("hedge") : hedge.end("hedge")] if hedge else None


def _digit_quantities(text: str, lower: str) -> list[Quantity]:
    found: list[Quantity] = []
    done = 0
    for trigger in _TRIGGER.finditer(text):
        at = trigger.start()
        if at < done:
            continue  # inside the quantity just read ("3.67", "2019-08-30")
        quantity: Quantity | None = None
        if not text[at].isdigit():
            prefix = _SYMBOL_PREFIX_BEFORE.search(text, max(0, at - 4), at)
            match = _MONEY.match(text, prefix.start() if prefix else at)
            quantity = match and _money(match, text, lower)
        else:
            # What is written just before the digits: a month, a currency code, a sign.
            window = max(0, at - 16)
            before = None
            if text[at - 1 : at] in ("-", "\u2212") or text[window:at] != lower[window:at]:
                # Months and currency codes are capitalised: no capital, no lookup.
                before = _BEFORE_DIGIT_RUN.search(text, window, at)
            if before is not None:
                if before["month"]:
                    match = _MONTH_DATE.match(text, before.start())
                    quantity = match and _month_date(match, text, lower)
                elif before["code"]:
                    match = _MONEY.match(text, before.start())
                    quantity = match and _money(match, text, lower)
                else:
                    match = _FROM_DIGIT.match(text, at - 1)
                    quantity = match and _from_digit(match, text, lower)
            if quantity is None:
                match = _FROM_DIGIT.match(text, at)
                quantity = match and _from_digit(match, text, lower)
        if quantity is None:
            done = trigger.end()  # skip the rest of "3172a"
            continue
        found.append(quantity)
        done = quantity.end
    return found


def _month(written: str) -> int:
    return _MONTHS[written.rstrip(".").lower()]


def _day(written: str) -> int:
    return int(written.rstrip("stndrh"))


def _date(match: re.Match[str], text: str, lower: str, iso: str) -> Quantity:
    start, end = match.span()
    return Quantity(
        "date", None, None, iso, text[start:end], start, end, _hedge_before(text, lower, start)
    )


def _month_date(match: re.Match[str], text: str, lower: str) -> Quantity:
    month = _month(match["mmon"])
    if match["mday"]:
        return _date(
            match, text, lower, f"{match['myear'] or '-'}-{month:02d}-{_day(match['mday']):02d}"
        )
    return _date(match, text, lower, f"{match['mmyear']}-{month:02d}")


def _money(match: re.Match[str], text: str, lower: str) -> Quantity:
    start, end = match.span()
    symbol = match["cur"].strip()
    value = _digits_value(match["cnum"]) * _scale(match["cscale"], match["cabbr"])
    unit = _CURRENCY_SYMBOLS.get(symbol, symbol)
    return Quantity(
        "money", value, unit, None, text[start:end], start, end, _hedge_before(text, lower, start)
    )


def _from_digit(match: re.Match[str], text: str, lower: str) -> Quantity:
    if match["iso"]:
        return _date(match, text, lower, match["iso"])
    if match["dmon"]:
        month = _month(match["dmon"])
        year = match["dyear"] or "-"
        return _date(match, text, lower, f"{year}-{month:02d}-{_day(match['dday']):02d}")
    start, end = match.span()
    written = match["num"]
    value = _digits_value(written) * _scale(match["nscale"], None)
    if match["sign"]:
        value = -value
    kind, unit = _suffix_kind(match)
    if kind == "number" and len(written) == 4 and written.isdigit() and 1000 <= value <= 2100:
        if not match["nscale"]:
            kind = "year"
    return Quantity(
        kind, value, unit, None, text[start:end], start, end, _hedge_before(text, lower, start)
    )


def _scale(word: str | None, abbreviation: str | None) -> float:
    if word:
        # The scale word follows any whitespace (no-break and thin spaces, line breaks in
        # a quote) or a hyphen; strip them all, or "163\xa0million" reads as 16,300.
        return _SCALES.get(word.strip().strip("-").lower(), 100.0)
    if abbreviation:
        return _SCALE_ABBREVIATIONS[abbreviation]
    return 1.0


def _suffix_kind(groups: re.Match[str]) -> tuple[str, str | None]:
    """The kind and unit a percent sign or currency after a number gives it."""
    if groups["pct"]:
        return "percent", ("percentage point" if groups["points"] else "percent")
    if groups["curcode"]:
        return "money", groups["curcode"].upper()
    if groups["curword"]:
        word = groups["curword"].lower()
        return "money", _CURRENCY_WORDS.get(word) or _CURRENCY_WORDS[word[:-1]]
    return "number", None


def _word_quantities(match: re.Match[str], text: str, lower: str) -> list[Quantity]:
    groups = match
    start, end = match.span()
    kind, unit = _suffix_kind(groups)
    if groups["frac"]:
        if _NOT_FRACTION_BEFORE.search(lower, max(0, start - 10), start):
            return []  # "the first half of 2019" is a period, not a fraction
        numerator = groups["fnum"]
        denominator = _DENOMINATORS[groups["fden"]]
        if numerator is None and denominator != 2:
            return []  # "third", "quarter" alone are ordinals or periods
        count = 1 if numerator in (None, "a", "an") else _UNITS[numerator]
        value = count / denominator
        return [
            Quantity(
                kind,
                value,
                unit,
                None,
                text[start:end],
                start,
                end,
                _hedge_before(text, lower, start),
            )
        ]

    # A run of number words may hold several numbers; a suffix belongs to the last.
    words_start = match.start("words")
    numbers = _parse_number_words(groups["words"])
    result = []
    for index, (value, w_start, w_end) in enumerate(numbers):
        q_start = words_start + w_start
        last = index == len(numbers) - 1
        q_end = end if last else words_start + w_end
        result.append(
            Quantity(
                kind if last else "number",
                value,
                unit if last else None,
                None,
                text[q_start:q_end],
                q_start,
                q_end,
                _hedge_before(text, lower, q_start),
            )
        )
    return result


def structured_values(statement: str) -> list[dict]:
    """The quantities of a statement as JSON-able dicts for storage and search.

    >>> structured_values("Iran exceeded 3.67% in 2019")
    [{'kind': 'percent', 'value': 3.67, 'unit': 'percent', 'date': None, 'text': '3.67%'}, \
{'kind': 'year', 'value': 2019.0, 'unit': None, 'date': None, 'text': '2019'}]
    """
    return [
        {"kind": q.kind, "value": q.value, "unit": q.unit, "date": q.date, "text": q.text}
        for q in _analyse(statement)[0]
    ]


def structured_values_each(statements: Iterable[str]) -> list[list[dict]]:
    """`structured_values` of each statement (a bulk import's), read past `_analyse`'s
    cache: each is read once, and thousands of them would only evict the quotes that
    checks read again.

    >>> structured_values_each(["Iran exceeded 3.67% in 2019", "no figure"]) == [
    ...     structured_values("Iran exceeded 3.67% in 2019"), []]
    True
    """
    analyse = _analyse.__wrapped__  # type: ignore[attr-defined]
    return [
        [
            {"kind": q.kind, "value": q.value, "unit": q.unit, "date": q.date, "text": q.text}
            for q in analyse(statement)[0]
        ]
        for statement in statements
    ]


# --- comparison -----------------------------------------------------------------------


def _same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _is_fraction(q: Quantity) -> bool:
    return (
        q.kind == "number" and q.value is not None and 0 < q.value < 1 and not q.text[0].isdigit()
    )


def _year_of(q: Quantity) -> int | None:
    if q.kind == "year" and q.value is not None:
        return int(q.value)
    if q.kind == "date" and q.date and not q.date.startswith("--"):
        return int(q.date[:4])
    return None


def _match(s: Quantity, q: Quantity, published: date | None) -> str | None:
    """How quote quantity ``q`` equals statement quantity ``s``: None when it does not,
    "" when it plainly does, or a note saying what the match relied on."""
    if s.kind in ("number", "year") and q.kind in ("number", "year"):
        return "" if _same_number(s.value, q.value) else None  # type: ignore[arg-type]
    if s.kind == "year" and q.kind == "date":
        if _year_of(q) == int(s.value):  # type: ignore[arg-type]
            return ""
        if q.date.startswith("--") and published and published.year == int(s.value):  # type: ignore[union-attr,arg-type]
            return _publication_note(q, published)
        return None
    if s.kind != q.kind:
        # "half" equals "50 percent", and "two-thirds" equals "67 percent" as rounded.
        pair = (s, q) if s.kind == "percent" else (q, s)
        if pair[0].kind == "percent" and _is_fraction(pair[1]) and pair[0].unit == "percent":
            pct, frac = pair
            if round(frac.value * 100, _decimals(pct.text)) == pct.value:  # type: ignore[operator]
                return f"{frac.text} = {pct.text}"
        return None
    if s.kind in ("percent", "money"):
        return "" if s.unit == q.unit and _same_number(s.value, q.value) else None  # type: ignore[arg-type]
    return _match_dates(s.date, q, published)  # type: ignore[arg-type]


def _match_dates(s_date: str, q: Quantity, published: date | None) -> str | None:
    q_date = q.date or ""
    if s_date == q_date:
        return ""
    s_partial, q_partial = s_date.startswith("--"), q_date.startswith("--")
    if s_partial:
        # The statement gives no year: any year in the quote agrees with it.
        return "" if len(q_date) == 10 and q_date[4:] == s_date[1:] else None
    if len(s_date) == 7:  # a month: "August 2019"
        if q_date.startswith(s_date):
            return ""
        if q_partial and published and f"{published.year}-{q_date[2:4]}" == s_date:
            return _publication_note(q, published)
        return None
    if q_partial and q_date[1:] == s_date[4:]:
        if published and published.year == int(s_date[:4]):
            return _publication_note(q, published)
    return None


def _publication_note(q: Quantity, published: date) -> str:
    return (
        f"the year {published.year} of {q.text!r} comes from the publication date "
        f"({published.isoformat()[:10]})"
    )


def _hedge_problem(s: Quantity, q: Quantity, src: str) -> str | None:
    """Why the statement's hedging of a matched quantity misreports the quote, if it does."""
    if s.hedge == q.hedge:
        return None
    s_dir = _HEDGES.get((s.hedge or "").lower())
    q_dir = _HEDGES.get((q.hedge or "").lower())
    quoted, stated = _with_hedge(q), _with_hedge(s)
    if q_dir and not s_dir:
        return f"{quoted!r} \u2192 {stated!r}: the statement drops the hedge {q.hedge!r}"
    if s_dir in ("below", "above") and s_dir != q_dir:
        if q_dir:
            return f"the statement says {stated!r} where {src} {_verb('says', src)} {quoted!r}"
        return f"the statement adds the hedge {s.hedge!r}: {quoted!r} \u2192 {stated!r}"
    return None


def _with_hedge(q: Quantity) -> str:
    return f"{q.hedge} {q.text}" if q.hedge else q.text


def _nearest(s: Quantity, candidates: list[Quantity]) -> Quantity:
    if s.kind == "date":
        return min(candidates, key=lambda q: _date_distance(s.date or "", q.date or ""))
    return min(candidates, key=lambda q: (q.unit != s.unit, abs(_as_percent(q) - _as_percent(s))))


def _as_percent(q: Quantity) -> float:
    """A fraction in words as a percentage, so "two-thirds" is near "60%"; else the value."""
    value = q.value or 0.0
    return value * 100 if _is_fraction(q) else value


def _date_distance(a: str, b: str) -> int:
    def ordinal(iso: str) -> tuple[int | None, int]:
        year = None if iso.startswith("--") else int(iso[:4])
        rest = iso[2:] if iso.startswith("--") else iso[5:]
        month, _, day = rest.partition("-")
        return year, int(month) * 31 + int(day or 1)

    (ya, da), (yb, db) = ordinal(a), ordinal(b)
    years = 0 if ya is None or yb is None else abs(ya - yb)
    return years * 400 + abs(da - db)


def _comparable(s: Quantity, q: Quantity) -> bool:
    if (s.kind == "percent" and _is_fraction(q)) or (q.kind == "percent" and _is_fraction(s)):
        return True
    if s.kind in ("number", "year"):
        return q.kind in ("number", "year") or (s.kind == "year" and q.kind == "date")
    return q.kind == s.kind


def _mismatch(s: Quantity, quoted: list[Quantity], published: date | None, src: str) -> str:
    candidates = [q for q in quoted if _comparable(s, q)]
    if s.kind == "year":
        # Compare a year with years, not with the dates that carry one.
        years = [q for q in candidates if q.kind != "date" or _year_of(q) is not None]
        candidates = years or candidates
    if not candidates:
        return f"the statement says {s.text} but {src} {_verb('has', src)} no {_KIND_NOUNS[s.kind]}"
    nearest = _nearest(s, candidates)
    reason = f"the statement says {s.text} but {src} {_verb('says', src)} {nearest.text}"
    if s.kind == "date" and nearest.date and nearest.date.startswith("--"):
        if s.date and s.date[4:] == nearest.date[1:]:
            if published is None:
                reason += " with no year, and the publication date is unknown"
            else:
                reason += f" with no year, and the page was published in {published.year}"
    elif s.kind == "money" and nearest.unit != s.unit and _same_number(s.value, nearest.value):  # type: ignore[arg-type]
        reason += f" (a different currency: {nearest.unit}, not {s.unit})"
    return reason


def _negation_problem(in_statement: str | None, in_quotes: str | None, src: str) -> str | None:
    if bool(in_statement) == bool(in_quotes):
        return None
    if in_statement:
        return (
            f"the statement contains the negation {in_statement!r} "
            f"but {src} {_verb('has', src)} no negation"
        )
    return f"{src} {_verb('contains', src)} the negation {in_quotes!r} but the statement has none"


def claim_supported(statement: str, quotes: list[str], published: date | None = None) -> Support:
    """Whether the quotes, taken together, support the numbers and dates of a statement.

    Fails when a quantity of the statement has no equal in the quotes; warns when the
    statement drops a hedge the quote has ("nearly 80 percent" -> "80%") or when a
    negation word (not, no, never, n't, without, neither, nor, none, nobody, nothing,
    nowhere, cannot) is present on one side only. A month and day in a quote matches
    a full date in the statement when its year is the ``published`` year.

    >>> claim_supported("Enrichment passed 3.5%", ["enrichment beyond 3.67 percent"]).reason
    'the statement says 3.5% but the quote says 3.67 percent'
    """
    src = "the quote" if len(quotes) == 1 else "the quotes"
    stated: list[Quantity] = []
    seen: set[tuple] = set()
    stated_all, negated = _analyse(statement)
    for s in stated_all:
        key = (s.kind, s.value, s.unit, s.date, s.hedge)
        if key not in seen:
            seen.add(key)
            stated.append(s)
    quoted: list[Quantity] = []
    quote_negation: str | None = None
    for quote in quotes:
        found, negation = _analyse(quote)
        quoted.extend(found)
        quote_negation = quote_negation or negation

    fails: list[str] = []
    warns: list[str] = []
    notes: list[str] = []
    for s in stated:
        matches = [(q, note) for q in quoted if (note := _match(s, q, published)) is not None]
        if not matches:
            fails.append(_mismatch(s, quoted, published, src))
            continue
        # Prefer a match whose hedging agrees, then one that needs no explanation.
        problems = [(_hedge_problem(s, q, src), note != "", q, note) for q, note in matches]
        problem, _, _, note = min(problems, key=lambda p: (p[0] is not None, p[1]))
        if problem:
            warns.append(problem)
        if note:
            notes.append(note)
    negation = _negation_problem(negated, quote_negation, src)
    if negation:
        warns.append(negation)

    if fails:
        return Support("fail", "; ".join(fails + warns + notes))
    if warns:
        return Support("warn", "; ".join(warns + notes))
    if not stated:
        reason = "the statement has no numbers, amounts or dates to compare"
    else:
        listed = ", ".join(s.text for s in stated)
        if len(stated) == 1:
            reason = f"the one quantity in the statement appears in {src}: {listed}"
        else:
            reason = f"all {len(stated)} quantities in the statement appear in {src}: {listed}"
    return Support("pass", "; ".join([reason, *notes]))
