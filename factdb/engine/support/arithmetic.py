"""Figures worked out: sums, ratios, products and differences of the quote's figures, and
the words counted that a worked-out figure stands for."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .clauses import _CLAUSE_BREAK, _WORD3, _clause_break
from .negation import _LETTERS
from .patterns import _TOKEN, _alt, _lazy
from .results import Reading, Value, _close
from .rules import _load_toml, rules_for
from .words import _MAX_WORKED, _ties, _unaccented

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
    first item said with an article ("a handgun, three rifles"); and those saying a whole is
    made of a list's items ("composed of", "composée de", "由…组成")."""
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
        made("composed", rf"{left}(?:{{}}){right}"),
    )


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


def _significant_digits(value: float) -> int:
    """Digits of a whole figure without its trailing zeros: 352 has 3, 3,500 has 2."""
    digits = str(int(abs(value))).rstrip("0")
    return len(digits)
