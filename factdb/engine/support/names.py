"""Numbers that name something, not values: versions, identifiers, codes, addresses, list
and section numbers, names holding a number, and persons named before a figure."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .numerals import _stripped_end
from .patterns import _TOKEN, _alt, _lazy
from .results import Reading, Value
from .rules import Rules, _key, _load_toml, rules_for
from .sentences import _CJK_CHAR, _CLAUSE_END, _LONG_WORD, _MODAL_SENTENCE_END, _title_case

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
#: A range's ends may each stand in quotation marks: "shown as '17%' to '600%'".
_RANGE_LINK = _lazy(
    r"\s*['\"’”»]?\s*(?:to|bis|auf|à|au|a|al|até|-|–|~|～|〜|至|到)\s*[^\w\s]?\s*", re.I
)


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
        return True  # "Issue #282", "Bug #4512": the number, no rank
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
    if _scaled_after_name(text, start, stop, rules):
        return False  # "gave AlphaGo 30 million records": a count given to the name
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


_NAME = _lazy(r"(?<!\w)[^\W\d_][^\W_]*[^\W\d_](?!\w)")


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


#: Words joining two items of a list: "300 Autos [und] 50 Lastwagen".
_TIE_WORDS = "and or but und oder sowie aber et ou mais y o e pero mas".split()


#: A word joining the next item of a list right after a figure: "in 0.16 and want …".
_JOINED_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(_TIE_WORDS) + r")(?!\w)", re.I)


#: The word right after a count: "2,400 residents".
_NOUN_AFTER = _lazy(r"[ \u00a0]+([^\W\d_]+)")


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


def _opening_list_position(written: str, text: str, v: Value, lang: str | None) -> bool:
    """`_list_position` of the number opening a quote, judged on the quote as written: a
    number word opening the title is read as a figure ("2 Four-legged snake fossil
    discovered" is read "2 4-legged snake …"), which leaves the title no capitalized word
    to see in the text as read. The text as read keeps the opening number where it is."""
    return (
        v.start == 0
        and v.kind == "number"
        and text[: v.end] == written[: v.end]
        and _list_position(written, v, lang)
    )


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


#: The digits opening a figure read with its scale word ("30" of "30 million").
_LEADING_DIGITS = _lazy(r"\d[\d.,]*")


def _scaled_after_name(text: str, start: int, stop: int, rules: Rules) -> bool:
    """Whether a scale word of the language, spelled out in small letters ([scales]:
    "million", "millones", "millions", "mil"), follows the number at `start`: a number
    after a name with a scale word after it counts ("a AlphaGo 30 millones de
    registros"); no name ends in one ("Integer 32", "Firefox 3.6"). The figure may end
    at `stop` before its scale word or, read with it, after it."""
    digits = _LEADING_DIGITS.match(text, start, stop)
    sm = rules.scale_re.match(text, digits.end() if digits else stop)
    if sm is None:
        return False
    word = sm.group().strip(" \u00a0\u202f-")
    return len(word) >= 3 and word.isalpha() and word.islower()


def _latin_char(c: str) -> bool:
    """Whether `c` is a letter or digit of a Latin script."""
    return c.isalnum() and (c.isascii() or "\u00c0" <= c <= "\u024f")


def _name_repeated(s: Value, text: str, readings: list[Reading]) -> bool:
    """Whether the statement's figure `s` is the number of a name that a quote repeats word
    for word and reads as no value: a capitalised word and the figure ("Integer 32",
    "Windows 10", "Apollo 11") in the statement's `text`, the same in a quote with no value
    of the quote over the figure. German capitalises every noun, so
    its reader cannot tell "Integer 32" from a count; the quote's language tells. The
    figure then names, and nothing is compared."""
    if s.kind != "number" or s.hedge is not None or not s.text.isdigit():
        return False
    before = text[max(0, s.start - 40) : s.start]
    if not before.endswith(" "):
        return False
    start = len(before) - 1
    while start > 0 and (before[start - 1] == "-" or _latin_char(before[start - 1])):
        start -= 1
    word = before[start:-1]  # "Integer" of "メモ：Integer 32"
    if len(word) < 2 or not word[0].isupper():
        return False
    named = f"{word} {s.text}"
    for r in readings:
        quote, values = r.text, r.values
        at = quote.find(named)
        while at >= 0:
            end = at + len(named)
            digits = end - len(s.text)
            if (
                (at == 0 or not quote[at - 1].isalnum())
                and (end == len(quote) or not quote[end].isalnum())
                and not any(v.start < end and digits < v.end for v in values)
            ):
                return True
            at = quote.find(named, at + 1)
    return False
