"""Parts and wholes: quantifiers ("all but", "one of"), a part given as the whole or a
whole as a part, and named parts of a whole."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .arithmetic import _worked_words
from .clauses import _WORD3, _data_patterns
from .contrasts import _partitive
from .negated_sides import _polarity_sides
from .negation import _START
from .patterns import _DIGIT, _alt, _lazy
from .readers import _REGION_END, _out_of
from .results import Reading, Value, _close
from .roles import _counted_nouns_in
from .rules import _NEVER, _base, rules_for
from .sentences import _CJK_CHAR, _content, _has_cjk, _sentence_ends
from .words import _unaccented


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


@lru_cache(maxsize=64)
def _all_of_res(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's [all_share] patterns: "all of the X" said of a whole (group
    ``noun``: "all of the conditions", "alle Bedingungen", "toutes les conditions"), and a
    share's figure followed by its noun ("100% of the conditions", group ``noun``)."""
    rules = rules_for(lang)
    table = rules.data.get("all_share", {}) if rules is not None else {}
    whole, share = table.get("whole"), table.get("share_noun")
    return (
        re.compile(whole, re.I) if whole else None,
        re.compile(share, re.I) if share else None,
    )


def _noun_keys(word: str, same: bool) -> set[str]:
    """What a noun may meet on the other side: its first five letters without accents in
    the same language, and its meanings of [counted_nouns] in any."""
    keys = {f"={m.lastgroup}" for m in _counted_nouns_in(word) if m.lastgroup}
    if same:
        keys.add(_unaccented(word.lower())[:5])
    return keys


def _noun_meanings(word: str) -> set[str]:
    """A noun's meanings of [counted_nouns] ("employees", "Mitarbeiter": employees)."""
    return {m.lastgroup for m in _counted_nouns_in(word) if m.lastgroup}


#: How far after a quote's 100 % its noun may be read ("100 % of the conditions").
_SHARE_NOUN_REACH = 24


def _all_as_whole_share(
    stated: Reading, readings: list[Reading], statement_lang: str | None, langs: list[str | None]
) -> list[Value]:
    """The statement's "all of the X" ([all_share] whole: "all of the conditions", "alle
    Mitarbeiter", "tous les employés") as a share of 100 %, when a quote gives 100 % of the
    same X ("100% of the conditions", by its word in the same language or its meaning of
    [counted_nouns] in any): then the two say the same, and a figure contrasted with it
    ("not merely 99%") is read as the quote's is. Nothing when no quote gives 100 % of it:
    "all" is no figure to hold another share against."""
    whole = _all_of_res(statement_lang)[0]
    if whole is None or not readings:
        return []
    found = list(whole.finditer(stated.text))
    if not found:
        return []
    # What the quotes' 100 % are of: a noun's first five letters without accents (in the
    # statement's language), its meanings of [counted_nouns] (in any); looked up, not
    # compared pairwise.
    stems: set[str] = set()
    meanings: set[str] = set()
    for r, lang in zip(readings, langs, strict=False):
        share = _all_of_res(lang)[1]
        if share is None:
            continue
        for v in r.values:
            if v.kind != "percent" or v.value != 100 or v.hedge is not None:
                continue
            m = share.match(r.text[v.end : v.end + _SHARE_NOUN_REACH])
            if m is None:
                continue
            meanings.update(_noun_meanings(m.group("noun")))
            if _base(lang) == _base(statement_lang):
                stems.add(_unaccented(m.group("noun").lower())[:5])
    if not stems and not meanings:
        return []
    out = []
    taken = [(v.start, v.end) for v in stated.values]
    for m in found:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        noun = m.group("noun")
        if _unaccented(noun.lower())[:5] in stems or _noun_meanings(noun) & meanings:
            words = stated.text[m.start() : m.start("noun")].rstrip()
            out.append(
                Value(
                    "percent",
                    100.0,
                    words,
                    m.start(),
                    m.start() + len(words),
                    "percent",
                    label="quantity",
                )
            )
    return out


#: The word right after a figure: what it counts when it is a noun ("1 standard deviation").
_NOUN_AFTER_FIGURE = _lazy(r"[ \u00a0]+([^\W\d_][\w-]*)")


#: A counter and noun in Chinese or Japanese right after a figure: "1个标准差", "1つの理由".
_CJK_AFTER_FIGURE = _lazy(r"[\u3040-\u30ff\u4e00-\u9fff]{2,3}")

#: Numerals that, before "一", make it part of a larger number or another word ("十一", "第一").
_CJK_NUMERALS = frozenset("〇零一二三四五六七八九十百千万萬億亿两兩第唯统統同")


@lru_cache(maxsize=16)
def _one_noun_re(lang: str | None) -> re.Pattern[str] | None:
    """The language's word for one as a figure ([one] figure: "one", "eine", "un", "una")
    and the word after it (group ``noun``), or None (no such words; CJK, whose "一" the
    numeral reader reads)."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    figure = rules.data.get("one", {}).get("figure")
    if not figure:
        return None
    return re.compile(rf"(?<![\w-])(?:{_alt(figure)})[ \u00a0]+(?P<noun>[^\W\d_][\w-]*)", re.I)


def _one_of_the_same_noun(
    stated: Reading,
    s: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> str | None:
    """The quote's word for one before the noun that the statement counts with its figure
    1 ("1 standard deviation" for "one standard deviation", "1 Standardabweichung" for
    "eine Standardabweichung", "1 écart type" for "un écart type"): the quote's words, or
    None. The noun is the same word: in a quote in the statement's language the same
    beginning (its first five letters: "deviation", "deviations"); in another language
    the very same word ("1 Petaflop" for "one petaflop"), nouns of other languages not
    being compared."""
    if s.kind != "number" or s.value != 1 or s.hedge is not None or s.text.strip() != "1":
        return None
    cjk = _CJK_AFTER_FIGURE.match(stated.text, s.end)
    if cjk is not None:
        # "1个标准差" for "一个标准差": the same counter and noun after "一" alone (no
        # numeral before it: "十一个") every time the quote says them; "坐一站，环线坐四站"
        # (a lone "四" before a noun is left unread) does not say which is the statement's.
        noun = cjk.group(0)
        found = None
        for r in readings:
            at = r.text.find(noun)
            while at >= 0:
                lead = r.text[max(0, at - 2) : at]
                if lead[-1:] != "一" or lead[:1] in _CJK_NUMERALS or lead[:1].isdigit():
                    return None
                found = "一" + noun
                at = r.text.find(noun, at + 1)
        return found
    m = _NOUN_AFTER_FIGURE.match(stated.text, s.end)
    if m is None or len(m.group(1)) < 4:
        return None  # "1 of 5", "1 in 10": no noun
    noun = _unaccented(m.group(1).lower())
    for r, lang in zip(readings, langs, strict=False):
        pattern = _one_noun_re(lang)
        if pattern is None:
            continue
        same_lang = _base(lang) == _base(statement_lang)
        for q in pattern.finditer(r.text):
            theirs = _unaccented(q.group("noun").lower())
            if theirs == noun or (same_lang and len(theirs) >= 5 and theirs[:5] == noun[:5]):
                return q.group(0)
    return None
