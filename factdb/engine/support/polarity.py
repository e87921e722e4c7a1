"""Polarity groups: word groups of opposite meaning from the data files, indexed by word,
negated verbs by lemma (simplemma, loaded on demand by `warm`), counted polarities ("none
of"), and unit words of another language."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .clauses import _CLAUSE_BREAK, _NEGATION_REACH, _data_patterns
from .negation import _SENTENCE_END
from .patterns import (
    _OPS,
    _PARSER,
    _TOKEN,
    _any_required_words,
    _holds_folded,
    _lazy,
    _may_hold,
    _text_of,
)
from .results import Reading, Value, _owner
from .rules import _TEXT2NUM, Rules, _base, _key, _load_toml, rules_for
from .sentences import _bounds, _has_cjk, _sentence

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


#: What `_per_data_file` has built, by (builder, data file).
_BUILT_PER_DATA_FILE: dict[tuple[str, str], Any] = {}


def _per_data_file(build: Callable[[str | None], Any], lang: str | None) -> Any:
    """`build(lang)`, built once for all the tags whose rules read one data file ("en",
    "en-US" and none read en.toml; "de" and "de-DE" de.toml): what `build` makes of the
    file's tables alone (`Rules.data`) is the same for each of them. The first tag met
    builds it, the others share the very objects (the ids of compiled patterns, which
    `_WordIndex.live` returns, stay those of the shared patterns)."""
    key = (build.__name__, _base(lang) or "en")
    try:
        return _BUILT_PER_DATA_FILE[key]
    except KeyError:
        built = _BUILT_PER_DATA_FILE[key] = build(lang)
        return built


@lru_cache(maxsize=64)
def _polarity_groups(
    lang: str | None,
) -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...], frozenset[str]], ...]:
    """A language's groups of opposing predicates: its data file's ``polarity`` tables,
    each a group ("verdict", "life", "passage") whose keys name its sides ("convicted",
    "acquitted"), each a list of patterns, and ``unnegated``: the sides whose words carry
    their own negation ("not guilty", "無罪"), which a nearby negation leaves standing.
    Built once per data file (`_per_data_file`)."""
    return _per_data_file(_build_polarity_groups, lang)  # type: ignore[no-any-return]


def _build_polarity_groups(
    lang: str | None,
) -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...], frozenset[str]], ...]:
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


#: How many tokens each `_WordIndex` keeps the ids of (`_WordIndex.by_token`).
_MAX_TOKEN_IDS = 1 << 16


class _WordIndex:
    """The patterns (of a list) that may match a text: those whose `_any_required_words`
    the text's lowercase holds one of, looked for only where the text holds their first
    three characters (two for a word of two), rather than by a scan of each pattern. A word
    of word characters only stands inside one of the text's tokens (`_TOKEN`) wherever it
    stands: those words are looked for in each token once (`by_token`, kept per token, as
    tokens recur from text to text), the others (`odd`: "pre-", "inkl.") in the text."""

    __slots__ = ("always", "by_start", "by_token", "odd", "pairs", "short", "triples")

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
        #: The keys of `by_start` of three characters (as tuples of their characters, as
        #: `live` reads a text's runs), and those of two.
        self.triples = frozenset(tuple(k) for k in by_start if len(k) == 3)
        self.pairs = frozenset(k for k in by_start if len(k) == 2)
        #: The words with a character other than a word character, and their patterns' ids.
        self.odd = [
            (w, pid)
            for w, pid in [*(x for v in self.by_start.values() for x in v), *self.short]
            if _TOKEN.fullmatch(w) is None
        ]
        #: The ids of the patterns whose words (of word characters) each token holds.
        self.by_token: dict[str, frozenset[int]] = {}

    def live(self, text: str) -> set[int] | None:
        """The ids of the patterns that may match `text`; None: any (the text holds a
        character of `_FOLDED_TO_ASCII`)."""
        if _holds_folded(text):
            return None
        read = _text_of(text)
        lowered = read.lowered
        if _has_cjk(lowered):
            # Chinese or Japanese runs are long and rarely recur: the text is read whole.
            return self.always | self._holding(lowered)
        out = set(self.always)
        by_token = self.by_token
        for token in read.lowered_tokens:
            ids = by_token.get(token)
            if ids is None:
                if len(by_token) >= _MAX_TOKEN_IDS:
                    by_token.clear()  # bounded: a token is read again when it recurs
                ids = by_token[token] = frozenset(self._holding(token))
            if ids:
                out |= ids
        for w, pid in self.odd:
            if pid not in out and w in lowered:
                out.add(pid)
        return out

    def _holding(self, lowered: str) -> set[int]:
        """The ids of the patterns one of whose words the lowercase text holds."""
        out: set[int] = set()
        if self.by_start:
            # The keys the text holds, from the sets of its runs of three characters and
            # of two: a word's key is in the text wherever the word is.
            by_start, second = self.by_start, lowered[1:]
            # Runs as tuples of characters: zip builds them faster than strings are joined.
            runs = zip(lowered, second, lowered[2:], strict=False)
            keys: set[Any] = {"".join(k) for k in self.triples.intersection(runs)}
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
    return _per_data_file(_build_polarity_groups_by_pattern, lang)  # type: ignore[no-any-return]


def _build_polarity_groups_by_pattern(lang: str | None) -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {}
    for i, (_, sides, _) in enumerate(_polarity_groups(lang)):
        for _, p in sides:
            out.setdefault(id(p), []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=64)
def _polarity_side_patterns(lang: str | None) -> dict[tuple[str, str], re.Pattern[str]]:
    """The pattern of each side but "neutral" of a language's `_polarity_groups`, by
    (group, side): built once, read by `_event_date_elsewhere` (callers do not change it)."""
    return _per_data_file(_build_polarity_side_patterns, lang)  # type: ignore[no-any-return]


def _build_polarity_side_patterns(lang: str | None) -> dict[tuple[str, str], re.Pattern[str]]:
    return {
        (name, side): pattern
        for name, sides, _ in _polarity_groups(lang)
        for side, pattern in sides
        if side != "neutral"
    }


@lru_cache(maxsize=64)
def _polarity_index(lang: str | None) -> _WordIndex:
    """`_WordIndex` of the patterns of a language's `_polarity_groups`' sides."""
    return _per_data_file(_build_polarity_index, lang)  # type: ignore[no-any-return]


def _build_polarity_index(lang: str | None) -> _WordIndex:
    return _WordIndex([p for _, sides, _ in _polarity_groups(lang) for _, p in sides])


@lru_cache(maxsize=64)
def _polarity_any(lang: str | None) -> re.Pattern[str] | None:
    """A pattern that has a match in a text exactly when one of `_polarity_groups`'
    patterns has one: their alternation, the lookbehind that opens most of them (`_WORD_START`)
    tested once for all of those, which makes one scan cost about what one pattern's does.
    None when the language has no group."""
    return _per_data_file(_build_polarity_any, lang)  # type: ignore[no-any-return]


def _build_polarity_any(lang: str | None) -> re.Pattern[str] | None:
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


#: The [polarity] group of winning against losing: a statement whose verb of beating
#: ([acquire] defeating) names its winner where the quote does reads no loss in "beaten by".
_OUTCOME_GROUP = "outcome"


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
        if _CLAUSE_BREAK.search(text, lo, hi) is None and (
            _SENTENCE_STOP.search(text, lo, hi) is None
        ):
            return True
        i += 1
    return False


#: A sentence's end between a predicate and a negation: "Em 2012 eu errei. Ele não era
#: presidente" negates no "errei" (`_negated_here`).
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])[.!?]\s+(?=\S)|[。！？]")


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
