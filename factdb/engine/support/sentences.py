"""Sentences: where a sentence ends (abbreviations, dotted capitals), words of uncertainty
in a figure's sentence, and the text's content without markup."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .patterns import _CJK_RANGE, _TOKEN, _alt, _lazy, _text_of
from .results import Reading, Value
from .rules import _DATA, _load_toml, rules_for

#: How far (in characters) a word of uncertainty may stand before or after a value to
#: hedge it: "which may be 2,000 years old", "three others may have escaped".
_MODAL_REACH = (45, 20)


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


_CJK_CHAR = _CJK_RANGE


#: Brackets that hold a title: a negation inside one ("《约定无期限》") negates nothing said.
_TITLE = _lazy(r"《[^》]*》|『[^』]*』")


def _has_cjk(text: str) -> bool:
    """Whether the text holds a Chinese or Japanese character (`_CJK_CHAR`); an ASCII text
    (most texts) holds none, which costs no scan to know; another is scanned once in a
    `claim_supported` call (`_text_of`)."""
    return not text.isascii() and _text_of(text).has_cjk


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


def _bounds(reading: Reading) -> list[int]:
    """The ends of a reading's sentences (kept only for a negated reading)."""
    return reading.bounds or [m.end() for m in _CLAUSE_END.finditer(reading.text)]
