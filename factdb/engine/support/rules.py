"""Language rules: language tags, the data files of `support_data/`, and the `Rules` of a
language (`rules_for`), with its separators, words and patterns."""

from __future__ import annotations

import json
import marshal
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...errors import UnknownLanguage
from .patterns import (
    _CLOCK_DIGITS,
    _LED_WORDS,
    _TOKEN,
    _WORDS,
    _alt,
    _ascii_keys,
    _Gate,
    _lazy,
    _LazyPattern,
    _led,
    _Reader,
    _required_characters,
    _scale_alt,
    _Tail,
    _triggers,
)

_DATA = Path(__file__).parent.with_name("support_data")


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


#: A pattern that matches nothing.
_NEVER = _lazy("(?!)")


def _one_count_re(numbers: dict[str, Any]) -> re.Pattern[str] | None:
    """[numbers] `one_count_not_after` and `one_count_not_before` as one pattern: a lowercase
    "one" (never a sentence's first word, "One day") after none of the first words and before
    a lowercase word that is none of the second ("has one controller process", "flipping one
    flag"; not "the one who", "one of", "one must"). Each word before is a lookbehind of its
    own width, the word after one lookahead: linear."""
    after, before = numbers.get("one_count_not_after"), numbers.get("one_count_not_before")
    if not after or not before:
        return None
    # The lookbehinds end with "one" itself, so they are tried only where "one" stands.
    behind = "".join(f"(?<!(?<![\\w'’-])(?i:{re.escape(w)})\\sone)" for w in after)
    return _lazy(
        rf"(?<![\w'’-])one{behind}(?<![.!?:;\"“(]\sone)(?<!^one)"
        rf"(?=\s+(?!(?:{_alt(before)})(?![\w'’-]))[a-z][a-z-]*(?![\w'’]))"
    )


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
    slash_month_first: bool
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
    #: Direction words that are none before these words, by word: "lost" of "lost their
    #: lives", "perdu" of "perdu la vie" ([directions] not_before).
    direction_not_before: dict[str, re.Pattern[str]]
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
    #: Separable verbs of a direction of any figure ("gab … nach", "legte … zu"), each
    #: with its sign: a pattern matched at the verb, and the verbs looked for first.
    direction_separable: list[tuple[re.Pattern[str], int, tuple[str, ...]]]
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
    #: "one" after a comparator is the figure 1 ("more than one", "genau einen"): the
    #: pattern, and the lowercase words for one ([numbers] one_words) one of which it needs.
    one_after_re: re.Pattern[str] | None
    #: "one" inside a sentence before the word it counts is the figure 1 ("has one
    #: controller process"), not the pronoun ("the one who", "one of", "one must").
    one_count_re: re.Pattern[str] | None
    one_words: tuple[str, ...]
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
    """A data file's tables (empty when there is no such file), each call its own copy, as
    a fresh parse gives (callers may change what they get): the file is parsed once per
    process (`_toml_marshalled`); copying its tables costs a small share of a parse."""
    return marshal.loads(_toml_marshalled(name))  # type: ignore[no-any-return]


@lru_cache(maxsize=16)
def _toml_marshalled(name: str) -> bytes:
    """A data file's parsed tables, marshalled (`_load_toml`). The common file alone is read
    by about twenty tables' builders, each language's file by the rules of each of its
    tags ("en", "en-US" and none): each parse used to cost several milliseconds."""
    path = _DATA / f"{name}.toml"
    return marshal.dumps(tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {})


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
    # "gab am Montag um 2 Prozent nach": the verb, then its particle where its clause ends.
    direction_separable = [
        (
            re.compile(
                rf"(?<!\w)(?:{_alt(entry['verbs'])})(?=\s+(?:[^\s,.;:!?]+\s+|[.,](?=\d)){{0,8}}?"
                rf"(?P<p>{_alt(entry['particles'])})\s*(?:[.,;:!?)]|$))",
                re.I,
            ),
            int(entry["sign"]),
            tuple(w.lower() for w in entry["verbs"]),
        )
        for entry in data.get("directions", {}).get("separable", [])
    ]
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
        # The whole word ("don't", not "on't"): a reason names the negation as written.
        neg_parts.append(rf"(?<!\w)\w+{re.escape(suffix)}(?!\w)")
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
        slash_month_first=bool(data.get("dates", {}).get("slash_month_first")),
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
            # An article right after a hedge's elided "d'" too: "plus d'un million".
            + r"(?:(?:\s+|(?<=['’]))(?:a|an|un|une|ein|eine|einen|um|uma|una|de|d'|the|der|die"
            r"|das|le|la|les|el|los|las|o|os|as)(?:\s+[\w.-]+'s)?)?"
            rf"(?:\s*(?:{_alt(data.get('hedge_fillers', {}).get('words', []))})){{0,2}}\s*$",
            re.I,
        ),
        hedge_triggers=_triggers([h for h in hedges.get("before", {}) if _TOKEN.search(h)], cjk)
        or frozenset(),
        hedge_symbols=tuple(h for h in hedges.get("before", {}) if not _TOKEN.search(h)),
        hedges_after={k.lower(): v for k, v in hedges.get("after", {}).items()},
        hedge_after_re=_lazy(
            # A counter between the figure and its bound: "100人以上", "100種類以上",
            # "400票以上", "50カ国以上" (the language's [hedges] counters too).
            (
                r"^(?:種類|种类|[件人名个個台家次回本枚匹头頭只条條项項種种]"
                + (f"|{_alt(hedges['counters'])}" if hedges.get("counters") else "")
                + ")?"
                if cjk
                else "^"
            )
            + r",?\s*"
            # "30个内部团队": a word that opens with a bound's character ("内") is no bound.
            + (rf"(?!{_alt(hedges['after_in_words'])})" if hedges.get("after_in_words") else "")
            + rf"(?P<h>{_alt(hedges.get('after', {}))}){boundary_r}"
            # "7 %, au plus bas", "2025 au plus tard": a word after it makes it no bound.
            + (
                rf"(?!\s+(?:{_alt(hedges['after_not_before'])}){boundary_r})"
                if hedges.get("after_not_before")
                else ""
            ),
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
        direction_separable=direction_separable,
        direction_not_before={
            k.lower(): re.compile(rf"\s+(?:{_alt(v)})(?!\w)", re.I)
            for k, v in data.get("directions", {}).get("not_before", {}).items()
        },
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
        # A CJK phrase is not read as the start of a longer word the language lists
        # ([phrase_guard] not_before: "半月板" is the meniscus, "半月刊" a fortnightly).
        phrase_re=_Gate.of_words(
            rf"(?:{_WORDS})(?!{_alt(data['phrase_guard']['not_before'])})",
            phrases,
            cjk,
            word_re_flags,
        )
        if cjk and data.get("phrase_guard", {}).get("not_before")
        else words_gate(phrases),
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
            rf"((?<!\w)(?:{_alt(data['numbers']['one_after'])})\s+)"
            rf"(?:{_alt(data['numbers'].get('one_words', ['one']))})(?!\w)"
            # Before a figure the word is its article: "exactamente un 50 %".
            r"(?!\s*\d)"
            + (
                rf"(?!\s+(?:{_alt(data['numbers']['one_not_before'])})(?!\w))"
                if data["numbers"].get("one_not_before")
                else ""
            ),
            re.I,
        )
        if data.get("numbers", {}).get("one_after")
        else None,
        one_count_re=_one_count_re(data.get("numbers", {})),
        one_words=tuple(w.lower() for w in data.get("numbers", {}).get("one_words", ["one"])),
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
    after: dict[str, re.Pattern[str]] = dict(
        points=rules.points_re,
        percent=rules.percent_re,
        unit_exact=rules.unit_exact_re,
        unit_word=rules.unit_word_re,
        multiplier=rules.multiplier_after_re,
        ordinal=rules.ordinal_re,
    )
    if rules.cjk:
        # "7年生", "七年级", "3年目": in Chinese and Japanese an ordinal's suffix may begin
        # with a unit (a school year, the third year), so it is tried first.
        after = {"ordinal": after.pop("ordinal"), **after}
    rules.after_number_re = _first_of(**after)
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


#: What joins the two figures of a vote or a score, in any language: "438 contre 86",
#: "86 zu 438", "310 to 95", "3-1". A pair said the other way round is another result.
_VERSUS_WORDS = r"to|against|vs\.?|versus|zu|gegen|contre|contra|a|à|-|–|:"


def _key(words: str) -> str:
    lowered = words.lower()
    if lowered.isalpha():
        return lowered  # one word (most keys): no whitespace for `_ODD_SPACE` to find
    return _SPACES.sub(" ", lowered) if _ODD_SPACE.search(lowered) else lowered


_SPACES = _lazy(r"\s+")


_ODD_SPACE = _lazy(r"\s\s|[^\S ]")
