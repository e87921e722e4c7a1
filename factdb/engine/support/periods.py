"""Periods and totals: the period a figure is said for, totals, codes and month-years the
reader left unread, persons unmatched, and names written in another script."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .clauses import _CLAUSE_BREAK, _CLAUSE_PUNCTUATION
from .contrasts import _ends_outside
from .events import _sentence_bounds, _sentence_of
from .modifiers import _change_role
from .numerals import _stripped_end
from .patterns import _ASCII_DIGIT_CHARS, _DIGIT, _TOKEN, _alt, _holds_any, _lazy
from .results import Reading, Value, _close
from .rules import Rules, _key, _load_toml, rules_for
from .sentences import _CLAUSE_END, _has_cjk
from .values import _NO_PERIOD, _compare_numbers, _holds_value

#: At most this many values of a statement are compared (the rest make it unverified).
MAX_STATEMENT_VALUES = 50


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
_PERIOD_REACH = (64, 96)


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
    found = _clause_periods(reading, v, lang)
    return next(iter(found)) if len(found) == 1 else None


def _clause_periods(reading: Reading, v: Value, lang: str | None) -> set[str]:
    """Every period named in the clause of `v` (`_clause_period`)."""
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
            # "Every month, 40 ships…": the comma closing the phrase opening the clause
            # (not one closing the clause before: "24 times in the past hour, against an
            # average of 0.73").
            rest = before[m.end() :]
            rest = rest[1:] if rest[:1] in ",，、" else rest
            if m.start() >= cut or (
                _CLAUSE_BREAK.search(rest) is None
                and _CLAUSE_END.search(rest) is None
                and _opens_period_clause(text, lo + m.start())
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
    return found


def _opens_period_clause(text: str, pos: int) -> bool:
    """Whether the words of a period at `pos` open their clause: nothing but a clause
    break, a sentence's end or the text's start before them."""
    end = _stripped_end(text, pos)
    return end == 0 or text[end - 1] in _PERIOD_OPENERS


#: What stands before the words of a period that open their clause (`_opens_period_clause`).
_PERIOD_OPENERS = frozenset(".!?;:,，、。！？；：(（\n")


@lru_cache(maxsize=32)
def _total_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's words saying a figure is a total ([worked] total: "in total",
    "insgesamt", "au total", "合計"), whole words outside Chinese and Japanese."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}).get("total", []) if rules is not None else []
    if not words or rules is None:
        return None
    if rules.cjk:
        return re.compile(_alt(words))
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I)


#: How far (in characters) before and after a figure `_said_total` reads its clause.
_TOTAL_REACH = 40


def _said_total(reading: Reading, v: Value, lang: str | None) -> bool:
    """Whether the clause of figure `v` says it is a total ([worked] total: "300 whales in
    total", "insgesamt 300 Wale", "合計300頭"), within `_TOTAL_REACH` and no other figure
    between."""
    pattern = _total_words(lang)
    if pattern is None:
        return False
    text = reading.text
    lo = max([v.start - _TOTAL_REACH, 0, *(u.end for u in reading.values if u.end <= v.start)])
    hi = min(
        [v.end + _TOTAL_REACH, len(text), *(u.start for u in reading.values if u.start >= v.end)]
    )
    before, after = text[lo : v.start], text[v.end : hi]
    cut = max(
        [
            0,
            *(m.end() for m in _CLAUSE_BREAK.finditer(before)),
            *(m.end() for m in _CLAUSE_END.finditer(before)),
        ]
    )
    stop = min(
        [
            len(after),
            *(m.start() for m in [_CLAUSE_BREAK.search(after), _CLAUSE_END.search(after)] if m),
        ]
    )
    if pattern.search(before, cut) is not None or pattern.search(after, 0, stop) is not None:
        return True
    # "Insgesamt sind seit 1840 300 Wale gestrandet", "Au total, 300 baleines": the word
    # opening the sentence is said of all its figures.
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, v.start)), default=0)
    return pattern.match(text[start : v.start].lstrip()) is not None


#: How far (in characters) a year may stand from a figure to be the year it is for
#: (`_period_of_figure_unsaid`: "total revenue for 2011 was $163 million").
_FIGURE_YEAR_REACH = 32


def _period_of_figure_unsaid(reading: Reading, q: Value, per: str, lang: str | None) -> bool:
    """Whether a statement's period `per` of a figure may be the quote's though its clause
    names none: a figure of a year said beside it ("revenue for 2011 was $163 million"
    read as "$163 million a year"), or a rate's own unit (`q` already per something)."""
    if (q.unit or "").startswith("count / "):
        return True
    at = next((i for i, v in enumerate(reading.values) if v is q), None)
    if at is not None and at + 1 < len(reading.values) and reading.values[at + 1].range_top:
        # "from $35 to $120 a day": the range's period, said after its top, is its low end's.
        top = reading.values[at + 1]
        if (top.unit or "").startswith("count / ") or _clause_periods(reading, top, lang):
            return True
    words = _periodic_words(lang)
    if words is not None:
        # "250 abandoned and injured dogs from the region each year": a period said in the
        # figure's sentence, past a clause break, may still be its own.
        lo, hi = _sentence_of(_sentence_bounds(reading.text), q.start)
        if words[0].search(reading.text, lo, hi) is not None:
            return True
    if per != "year":
        return False
    return any(
        v.kind == "year"
        and (
            0 <= q.start - v.end <= _FIGURE_YEAR_REACH or 0 <= v.start - q.end <= _FIGURE_YEAR_REACH
        )
        for v in reading.values
    )


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
    if not _holds_any(text, _ASCII_DIGIT_CHARS):
        return out, False  # a token is ASCII: without an ASCII digit, none holds a digit
    for m in _CODE_TOKEN.finditer(text):
        token = m.group()
        if token.isalpha() or not _DIGIT.search(token):
            continue  # letters only (most tokens: a quick test) hold no digit
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


#: A clause's punctuation (`_CLAUSE_PUNCTUATION`), without its conjunctions.
_PUNCTUATION_BREAK = _lazy(_CLAUSE_PUNCTUATION)


def _loose_skeleton(skeleton: str) -> str:
    """A consonant skeleton without the sounds katakana often leave out: "v" ("w" of
    "Stewart", "スチュアート") and an "r" before another consonant or at the end ("art" is
    "アート")."""
    loose = re.sub(r"r(?=[^aeiou]|$)", "", skeleton.replace("v", ""))
    return re.sub(r"(.)\1+", r"\1", loose)


def _latin_skeletons(word: str) -> set[str]:
    """A Latin name's skeletons (`_latin_skeleton`), also with "ch" as katakana write it
    in English names ("Chatham": "チャタム"), each also loose (`_loose_skeleton`)."""
    found = {_latin_skeleton(word)}
    if "ch" in word.lower():
        found.add(_latin_skeleton(word.lower().replace("ch", "t")))
    return found | {_loose_skeleton(k) for k in found}


@lru_cache(maxsize=1)
def _han_consonants() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """[transliteration] of zh.toml: each character by its consonants, and a pattern of
    runs of two or more of them."""
    table: dict[str, str] = {}
    for sound, chars in _load_toml("zh").get("transliteration", {}).items():
        table.update(dict.fromkeys(chars, sound))
    if not table:
        return table, None
    return table, re.compile("[" + re.escape("".join(table)) + "]{2,}")


#: Voiced consonants as their voiceless pairs: Chinese writes 'Don' and 'Ton' alike (顿).
_VOICELESS = str.maketrans("bdgz", "ptks")


def _han_place_skeletons(text: str, lo: int, hi: int) -> set[str]:
    """The consonant skeletons (`_kana_skeleton`'s, voiceless, also loose) of the runs of
    Chinese transliterating characters in `text[lo:hi]`: "查塔姆群岛" gives {"tm"}."""
    table, pattern = _han_consonants()
    if pattern is None:
        return set()
    found = set()
    for m in pattern.finditer(text, lo, hi):
        k = re.sub(r"(.)\1+", r"\1", "".join(table[c] for c in m.group()))
        if len(k) >= 2:
            found.add(k)
    found |= {_loose_skeleton(k) for k in found if len(_loose_skeleton(k)) >= 2}
    return {re.sub(r"(.)\1+", r"\1", k.translate(_VOICELESS)) for k in found}


def _kana_place_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[Value, str] | None:
    """For a statement in Japanese script whose figure's clause names a place or a person
    in katakana ("チャタム諸島で140頭"), against a quote in Latin script whose sentence gives
    two or more counts of `q`'s kind, each with capitalized words of its own in its clause
    ("140 pilot whales … on Stewart Island, … 51 … on the Chatham Islands"): the other
    count whose words the katakana name writes (`_kana_skeleton` against
    `_latin_skeletons`) with that word, when `q`'s words are not it; None when they are,
    when the name is none of the counts' words (the katakana may write any word: "リビア"
    for "Libyan"), or the figures are not so named."""
    if not _has_cjk(stated.text) or _LATIN_WORD.search(stated.text):
        return None
    i = next((i for i, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None or _has_cjk(readings[i].text):
        return None
    lo = max(0, s.start - _NAMED_FIGURE_REACH)
    cut = max((m.end() for m in _CJK_CLAUSE_END.finditer(stated.text, lo, s.start)), default=lo)
    kana = {
        k
        for m in _KATAKANA_RUN.finditer(stated.text, cut, s.start)
        for k in (_kana_skeleton(m.group()),)
        if len(k) >= 2
    }
    kana |= {_loose_skeleton(k) for k in kana if len(_loose_skeleton(k)) >= 2}
    # A Chinese statement writes the name in characters: "查塔姆群岛有10头".
    han = set() if kana else _han_place_skeletons(stated.text, cut, s.start)
    if not kana and not han:
        return None
    owner = readings[i]
    rules = rules_for(langs[i])
    function_words = (rules.function_words if rules is not None else None) or frozenset()
    text = owner.text
    ends = _ends_outside(text, owner.values)
    sentence = bisect.bisect_right(ends, q.start)
    figures = [
        v
        for v in owner.values
        if v.kind == q.kind and v.dim == q.dim and bisect.bisect_right(ends, v.start) == sentence
    ]
    # The start and the end of a change ("raises marrying age from 14 to 16") are one
    # thing's two figures, never two counts each with its own place: no rivals.
    figures = [v for v in figures if v is q or not _one_change(text, v, q, langs[i])]
    if len(figures) < 2:
        return None
    starts = sorted(v.start for v in figures)
    named: dict[int, list[str]] = {}
    for v in figures:
        k = bisect.bisect_right(starts, v.start)
        stop = starts[k] if k < len(starts) else len(text)
        # Its clause by punctuation: "dying on Stewart Island" after "and" is its own.
        stop = min(
            [stop, *(m.start() for m in [_PUNCTUATION_BREAK.search(text, v.end, stop)] if m)]
        )
        start = max(
            [starts[k - 2] if k >= 2 else 0, v.start - _NAMED_FIGURE_REACH],
        )
        start = max(
            [start, *(m.end() for m in _PUNCTUATION_BREAK.finditer(text, start, v.start))],
        )
        words = [
            m.group()
            for span in ((start, v.start), (v.end, stop))
            for m in _CAPITALISED.finditer(text, *span)
            if m.group().lower() not in function_words
        ]
        if words:
            named[id(v)] = words
    if len(named) < 2 or id(q) not in named:
        return None

    def writes(word: str) -> bool:
        latin = _latin_skeletons(word)
        if han:
            return bool({re.sub(r"(.)\1+", r"\1", k.translate(_VOICELESS)) for k in latin} & han)
        return bool(latin & kana)

    def says(words: list[str]) -> str | None:
        return next((w for w in words if writes(w)), None)

    if says(named[id(q)]) is not None:
        return None
    others = [(v, w) for v in figures if v is not q for w in [says(named.get(id(v), []))] if w]
    return others[0] if len(others) == 1 else None


def _one_change(text: str, a: Value, b: Value, lang: str | None) -> bool:
    """Whether figures `a` and `b` are the start and the end of one change ("from 14 to
    16", "14歳から16歳に"): the first a start by [change_roles], the second an end, and no
    figure between them."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return (
        _DIGIT.search(text, first.end, second.start) is None
        and _change_role(text, first, lang) == "start"
        and _change_role(text, second, lang) == "end"
    )


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


#: What ends a clause in Chinese or Japanese text (`_TIE_BREAK` reads the other scripts).
_CJK_CLAUSE_END = _lazy(r"[，。；：、！？（）「」]")


def _quote_says_during(q: Value, readings: list[Reading], langs: list[str | None]) -> bool:
    """Whether the quote's duration `q` has a word of "during" right before it in its own
    language ([hedges] during_words: "during", "throughout", "a lo largo de", "pendant",
    "über … hinweg"): a statement's "over" before the same duration then says "during" too."""
    for r, lang in zip(readings, langs, strict=False):
        if not any(v is q for v in r.values):
            continue
        rules = rules_for(lang)
        words = rules.data.get("hedges", {}).get("during_words", []) if rules else []
        opening = q.hedge_span[0] if q.hedge_span else q.start
        before = r.text[max(0, opening - 32) : opening].lower()
        before = re.sub(r"\s+", " ", before).rstrip()
        return any(
            before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
            for w in words
        )
    return False


def _over_means_during(
    s: Value,
    q: Value,
    stated: Reading,
    stated_rules: Rules | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether the statement's "over" before a duration ([hedges] during) says "during" as
    the quote's own word before its duration does, while the two durations differ: "over
    12 years" against "a lo largo de 15 años" is no "more than 12 years"."""
    if not (
        s.hedge == "more_than"
        and s.label == "duration"
        and stated_rules is not None
        and q.kind == "unit"
        and q.hedge is None
        and not _close(s.value, q.value)
    ):
        return False
    hedges = stated_rules.data.get("hedges", {})
    if (s.hedge_text or "")[:-1].lower() not in hedges.get("during", []):
        return False
    following = [
        w.lower() for w in itertools.islice(_TOKEN.findall(stated.text, s.end, s.end + 24), 1)
    ]
    opening = s.hedge_span[0] if s.hedge_span else s.start
    before = _TOKEN.findall(stated.text, max(0, opening - 16), opening)
    if (before and before[-1].lower() in hedges.get("not_during_before", [])) or (
        following and following[0] in hedges.get("not_during_after", [])
    ):
        return False
    return _quote_says_during(q, readings, langs)
