"""Numerals: a text prepared for reading, number words turned into digits (text2num,
cn2an), Roman numerals, halves and Chinese and Japanese numerals."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .clauses import _data_patterns
from .patterns import (
    _ASCII_DIGITS,
    _ASCII_LETTERS,
    _DIGIT,
    _LETTER,
    _alt,
    _holds_any,
    _lazy,
    _may_hold,
    _may_match,
)
from .rules import _CJK_DIGITS, _FOLD, _FOLDED, Rules, _key, _load_toml, rules_for

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


def _prepare(text: str, rules: Rules, quote: bool = False) -> str:
    """The text as read: typography folded, full-width digits plain, number words digits;
    in a `quote`, "one" before the word it counts too (a statement's "one" stays a word: its
    figure would be held to the quote's article, "one expert" to "d'un expert")."""
    if not text.isascii() and _FOLDED.search(text) is not None:  # none is ASCII
        text = text.translate(_FOLD)
    if "&" in text:
        # A page that escaped its entities twice shows "&euro;150 million" as text.
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group().lower()], text)
    if rules.one_after_re is not None and _holds_any(text.lower(), rules.one_words):
        # "more than one accumulator", "precisely one", "genau einen": text2num reads from
        # two up, but after a comparator or a word of exactness "one" is the figure, not an
        # article. Tested in any case, as the substitution is: "More than One", "AT LEAST ONE".
        text = rules.one_after_re.sub(lambda m: m.group(1) + "1", text)
    if quote and rules.one_count_re is not None and "one" in text:
        # "Each worker host has one controller process": a count of one, as "a single" is.
        text = rules.one_count_re.sub("1", text)
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
    alone = _times_alone_re(rules.lang)
    if alone is not None:
        lowered = text.lower() if lowered is None else lowered
        if _holds_any(lowered, alone[1]):
            # "visited the area twice" is "visited the area 2 times": how often, a count.
            text = _times_alone_sub(text, alone, rules)
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
        if _CJK_NUMERAL_CHAR.search(text) or _CJK_MIXED.search(text) or _CJK_LONE_MAN.search(text):
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
    for fold_re, fold_key in _glued_fold_re(rules.lang):
        if fold_key in text:
            # "two hundredfold", "zweihundertfach", "zweihundertmal": the number before the
            # multiplier's ending, as digits joined to it by a hyphen ("200-fold", "200-fach").
            text = fold_re.sub(lambda m: _glued_fold(m, rules), text)
    for pattern, replacement in _number_rewrites(rules.lang):
        if _may_match(pattern, text) and _may_hold(pattern, text):
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


@lru_cache(maxsize=16)
def _glued_fold_re(lang: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A number written in words before the ending of a multiplier ("two hundredfold",
    "zweihundertfach", "das Dreifache", "zweihundertmal"), by [multipliers] glued (a
    pattern, or a list of them, with the groups ``n``, the words, and ``fold``, the ending)
    and glued_key (for each pattern a substring of every match, in lowercase as the ending
    is written: "Hundredfold", "Dreifache")."""
    rules = rules_for(lang)
    mult = rules.data.get("multipliers", {}) if rules is not None else {}
    if not mult.get("glued"):
        return ()
    patterns, keys = mult["glued"], mult["glued_key"]
    if isinstance(patterns, str):
        patterns, keys = [patterns], [keys]
    return tuple((re.compile(p, re.I), k) for p, k in zip(patterns, keys, strict=True))


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
def _times_alone_re(
    lang: str | None,
) -> tuple[re.Pattern[str], tuple[str, ...], str, re.Pattern[str] | None] | None:
    """How often said in one word with no comparator ([times] alone: "twice", "zweimal"):
    the pattern (group ``w``, the word, not followed by a word of [times] alone_not_before:
    a rate, "twice a week", or an idiom, "zweimal überlegen"; nor by a hyphen, but before
    what [times] alone_hyphen_before says: "twice-divorced"), the lower-case words one of
    which a text must hold, the count's unit, and what may not end just before the word
    ([times] alone_not_after: "think twice"). None without such words."""
    rules = rules_for(lang)
    times: dict[str, Any] = rules.data.get("times", {}) if rules is not None else {}
    if not times.get("alone"):
        return None
    words = tuple(w.lower() for w in times["alone"])
    not_before = times.get("alone_not_before")
    tail = rf"(?!{not_before})" if not_before else ""
    # "twice-divorced": a participle after a hyphen ([times] alone_hyphen_before).
    hyphen = times.get("alone_hyphen_before")
    end = rf"(?!\w)(?!-(?!{hyphen}))" if hyphen else r"(?![\w-])"
    pattern = rf"(?<![\w-])(?P<w>{_alt(words)}){end}{tail}"
    not_after = times.get("alone_not_after")
    return (
        re.compile(pattern, re.I),
        words,
        times.get("unit", " times"),
        re.compile(rf"(?:{not_after})\W*\Z", re.I) if not_after else None,
    )


def _times_alone_sub(
    text: str,
    alone: tuple[re.Pattern[str], tuple[str, ...], str, re.Pattern[str] | None],
    rules: Rules,
) -> str:
    """`text` with each word of `_times_alone_re` that says how often written as a count in
    digits and its unit ("2 times", "2-mal"); a word before a comparison ("twice as large",
    "zweimal so groß": the language's [multipliers] ratio_after) or after an idiom's word
    stays as it is, a multiplier or no figure."""
    pattern, _, unit, not_after = alone
    counts = {k.lower(): v for k, v in rules.data["times"]["alone"].items()}

    def one(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 40]
        if rules.ratio_re is not None and rules.ratio_re.match(after):
            return m.group()
        if not_after is not None and not_after.search(text[max(0, m.start() - 30) : m.start()]):
            return m.group()
        return f"{counts[m.group('w').lower()]}{unit}"

    return pattern.sub(one, text)


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
    counted = _hyphen_counted(m, rules)
    return m.group() if counted is None else counted


#: The word after a hyphen: what a number word joined to it counts ("four-legged").
_AFTER_HYPHEN = _lazy(r"-([^\W\d_]+)")


def _hyphen_counted(m: re.Match[str], rules: Rules) -> str | None:
    """`_HYPHENATED`'s match as digits when it is a number word (two or more) before the
    word of a thing it counts, in a language whose [numbers] hyphen_counts says so
    ("four-legged", "five-star", "three-compound", "sixty-four-layer"; in German also a
    capitalized noun, "Vier-Sterne-Hotel"); None for a word of [numbers] hyphen_not_counts
    ("two-thirds", "two-way", "three-dimensional") or, where `lowercase` is set, a
    capitalized one ("Twenty-One Pilots", "Three-Body")."""
    table = rules.data.get("numbers", {}).get("hyphen_counts")
    if not table:
        return None
    word = m.group(1)
    after = _AFTER_HYPHEN.match(m.string, m.end(1))
    if after is None:
        return None
    noun = after.group(1)
    if table.get("lowercase") and not noun[:1].islower():
        return None
    if _key(noun) in _hyphen_not_counts(rules.lang):
        return None
    number = _small_number(word.lower(), rules.text2num)
    if number is None and "-" in word:
        # "sixty-four" read whole; a first word alone leaves the rest of the match.
        head = word[: word.index("-")]
        number = _small_number(head.lower(), rules.text2num)
        if (
            number is None
            or number <= 1
            or _key(word[len(head) + 1 :]) in _hyphen_not_counts(rules.lang)
        ):
            return None
        return str(number) + word[len(head) :]
    if number is None or number <= 1:
        return None
    return str(number)


@lru_cache(maxsize=16)
def _hyphen_not_counts(lang: str | None) -> frozenset[str]:
    """[numbers] hyphen_counts' `not` words of `lang`, keyed as `_key` keys them."""
    rules = rules_for(lang)
    table = rules.data.get("numbers", {}).get("hyphen_counts", {}) if rules else {}
    return frozenset(_key(w) for w in table.get("not", ()))


#: After "一" these make it the figure one: a span of time ("超过一个月", "一年间"), also
#: with some more after it ("一个多月", "一年多", "一年半": more than a month, a year) or
#: about it ("一个来月"); and a term named by its span ("一年版" the one-year edition, "一年期"
#: a one-year term, "一年制"), as "1年版" is (not "一年级", the first grade, nor "一年生", nor
#: "这一年期间", this year).
_CJK_ONE_SPAN = _lazy(
    "[个個]?[多余餘来來]?(?:月|星期|小时|小時|礼拜|禮拜)|年(?:[间間多余餘半]|以上)|(?:天|周|週|星期)[多余餘半]"
    "|[个個]?(?:世纪|世紀)|[かヶカヵケ]月|時間|割|ダース|年(?=[版制]|期(?![间間]))"
)


#: Bounds right before "一" that make it the figure one before a unit of time ("不到一年",
#: "超过一天", "近一周"): "less than a year" bounds one year, as "less than two years" two.
_CJK_ONE_BOUND = _lazy("(?:不到|不足|不满|不滿|超过|超過|逾|将近|將近|大约|大約|约|約|至少)$")


_CJK_ONE_BOUNDED_SPAN = _lazy("[个個]?(?:年|天|日|周|週|星期|月|小时|小時|钟头|鐘頭)")


#: The longest run of numeral characters read as one number ("一千二百三十四万五千六百七十八"
#: has 16); a longer run is no figure anyone writes, and its value could be huge.
_MAX_NUMERAL = 24


_CJK_NUMERAL_CHAR = _lazy("[〇零一二两兩三四五六七八九十百千]")


_CJK_MIXED = _lazy(r"\d[万萬亿億]\d")


#: A "万" with no digit or numeral before it ("老人制万根"): read when a counter follows.
_CJK_LONE_MAN = _lazy(r"(?<![\d.〇零一二两兩三四五六七八九十百千多余餘来來])[万萬]")


_CJK_RUN = _lazy(r"[0-9.〇零一二两兩三四五六七八九十百千万萬亿億]+")


_CJK_FOLD = str.maketrans({"萬": "万", "億": "亿", "兩": "二", "两": "二"})


# A lone numeral character is a number only before a counter or unit ("一个", "五届",
# "两名", "三碗" three bowls, "两支" two (rifles), "五棵" five (trees), "十米" ten metres,
# "十英尺" ten feet), or after 第; "一起" (together), "统一" (unify), "一些" (some) are words.
_CJK_COUNTER = _lazy(
    "[多余餘来來]?(?:[个個名位场場届屆次回年月日天人倍成层件项項条條只頭头匹台家本辆輛岁歳分秒周週度点つ"
    "版号號大字章篇所座枚册冊期轮輪届種种类類組组队隊张張元円亿億万萬千百十碗支根棵米]"
    "|英[尺里寸]|公[里斤顷頃]|[厘毫]米|[かヶカヵケ]月|割|ダース|小[时時]|[钟鐘]头|[钟鐘]頭)"
)


@lru_cache(maxsize=8)
def _cjk_data_re(key: str) -> re.Pattern[str]:
    """[cjk_numerals] `key` of common.toml as one pattern matched at a lone numeral's end:
    "counters" that make a lone numeral character a count beside `_CJK_COUNTER` ("四站"),
    "one_spans" that make "一" the figure one beside `_CJK_ONE_SPAN` ("一分钟"),
    "hundred_before" that make a lone "百" a hundred ("百倍"), "ten_thousand_before" a lone
    "万" ten thousand ("万根", not "万岁"). A pattern matching nothing
    when the list is empty."""
    words = _load_toml("common").get("cjk_numerals", {}).get(key, [])
    return re.compile(_alt(words) if words else r"(?!)")


@lru_cache(maxsize=4096)
def _cjk_numerals(text: str) -> str:
    """Chinese and Japanese numerals as digits ("三千万" -> "3000万", "第五届" -> "第5届",
    "3万5千" -> "3.5万"), through cn2an; scale characters after a number are kept."""

    def convert(m: re.Match[str]) -> str:
        run = m.group()
        if len(run) > _MAX_NUMERAL:
            return run  # no figure is written with that many characters: left unread
        if run in ("万", "萬"):
            # "老人制万根拐棍": ten thousand sticks, as "一万根"; not "数万人" (tens of
            # thousands), "万岁", "万一".
            before = text[max(0, m.start() - 1) : m.start()]
            if (before and before in "数數几幾上成逾近多余餘来來") or not _cjk_data_re(
                "ten_thousand_before"
            ).match(text, m.end()):
                return run
            return "10000"
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
        if (
            lone
            and not scale
            and not (
                _CJK_COUNTER.match(text, m.end())
                or before == "第"
                or _cjk_data_re("counters").match(text, m.end())
            )
        ):
            return run
        if lone and core in "一壹" and before and before in "统統唯万萬":
            return run  # "统一", "唯一", "万一"; not "总统八年" (president for eight years)
        if (
            lone
            and not scale
            and core in "一壹"
            and before != "第"
            and not _CJK_ONE_SPAN.match(text, m.end())
            and not _cjk_data_re("one_spans").match(text, m.end())
            and not (
                _CJK_ONE_BOUND.search(text, max(0, m.start() - 2), m.start())
                and _CJK_ONE_BOUNDED_SPAN.match(text, m.end())
            )
        ):
            return run  # "一位老人", "一个": "a", as text2num leaves "one" (from two up)
        if core.strip(".") == "" or core.startswith("."):
            return run
        if (
            lone
            and core in "十百千"
            and (
                (before and before in "数數几幾上成")
                or (core == "千" and text.startswith("米", m.end()))
            )
        ):
            # "数千公里", "上千人", "几十天": thousands, tens, a vague count; "千米" is km.
            return run
        # "千个", "近千天": a thousand, as "一千"; not before a scale ("千万不要": must not).
        if lone and core == "百" and not scale:
            if not _cjk_data_re("hundred_before").match(text, m.end()):
                return run  # "百度", "百姓", "百分之": no hundred of anything
            core = "一百"  # "百倍": a hundredfold, as "一百倍"
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
    if _no_number_words(text, rules):
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
    if hidden is not text and _no_number_words(hidden, rules):
        # "$4.8 billion": the scale word hidden, no number word is left for text2num.
        return text
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


def _no_number_words(text: str, rules: Rules) -> bool:
    """Whether text2num would surely give `text` back unchanged (`_alpha2digit`): it reads
    a number only from a token (letters, digits, "-" and "'") whose parts between hyphens,
    lowercase and without trailing "s", are number words of its vocabulary
    (`Rules.text2num_words`; False without them): each such part is a whole run of letters
    of the text. Its words are ASCII: in UTF-8 every byte of another character is 128 or
    more, a space here, so a word of the text is a run as well ("fïve" is none: text2num
    folds no accent, nor "ﬁ" or "ｆ"; a hidden word's characters are none either)."""
    words = rules.text2num_words
    if words is None:
        return False
    letters = text.lower().encode("utf-8").translate(_ASCII_LETTERS)
    runs = frozenset(letters.split())
    # A run ending in one "s" is a plural of a word when it is in `text2num_plurals`;
    # only runs ending in "ss" are stripped one by one.
    return (
        words.isdisjoint(runs)
        and rules.text2num_plurals.isdisjoint(runs)
        and not (
            (b"ss " in letters or letters.endswith(b"ss"))
            and any([r for r in runs if r.endswith(b"ss") and r.rstrip(b"s") in words])
        )
    )


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


@lru_cache(maxsize=4096)
def _hide(word: str) -> str:
    # Kept per word: the same scale words and idioms are hidden in text after text.
    return "".join(chr(0xF0000 + ord(c)) for c in word)


@lru_cache(maxsize=4096)
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
