"""Places: countries, peoples and languages named in a statement and its quote (CLDR names
through Babel, the [places] tables), compass points, and a place the quote gives another
figure or role."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from .patterns import _alt
from .results import Element, Support
from .rules import _load_toml
from .sentences import _has_cjk, _sentence_ends

#: A word of a place's name in a Latin, Greek or Cyrillic text: letters only ("U.S." is
#: "U" and "S"); Chinese and Japanese runs are read by `_PLACE_CJK_RUN`.
_PLACE_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


_PLACE_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


#: What may stand between two words of one name: "Estados Unidos", "U.S.", "Timor-Leste".
_PLACE_GAP = re.compile(r"[\s.\-'’]{0,3}")


#: The most words a place's name is read with, the most characters of a Chinese or
#: Japanese one, and the most places read from one text (the rest are not read).
_PLACE_MAX_WORDS = 5


_PLACE_CJK_MAX = 8


_PLACE_MAX_MENTIONS = 64


#: A katakana letter (or the long vowel mark): a katakana place name ends where they do.
_KATAKANA = re.compile(r"[\u30a0-\u30ff]+")


#: What joins two places of one list ("Kenya and Tanzania", "Kenia y Tanzania").
_PLACE_AND = re.compile(r"\s*(?:,|,?\s*(?:and|or|y|o|e|ou|et|und|oder))\s*", re.I)


#: The end of a sentence, or of a part of one after a semicolon, for `_figure_sentences`.
_PLACE_SENTENCE_END = _sentence_ends(r"[.!?;](?=\s|$)|[。！？；\n]")


#: What ends the sentence before a capitalized word: it is capitalized by its place.
_PLACE_OPENER = re.compile(r"[.!?:;\"“«(\n]\s*$")


class _PlaceTable(NamedTuple):
    """One language's place names (`_place_table`): folded words (`_place_fold`) or a
    Chinese or Japanese name -> (key, case), the key "T:IT" for a territory (CLDR code),
    "L:it" for a language or its people; case 0 any, 1 capitalized, 2 all capitals."""

    words: dict[tuple[str, ...], tuple[str, int]]
    cjk: dict[str, str]
    not_places: frozenset[tuple[str, ...]]
    compass: re.Pattern[str] | None
    #: [places] locative and articles: the words that say a name is where ("in Greece").
    locative: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    #: The first words of `words` and `not_places`: a word not among them opens no name.
    firsts: frozenset[str] = frozenset()
    #: [places] compass_before and compass_after: compass word -> "n", "s", "e" or "w".
    compass_words: dict[str, str] = {}  # noqa: RUF012 - a NamedTuple's default, never changed


class _Place(NamedTuple):
    """A place a text names: its key (`_PlaceTable`), where, its words, whether it stands
    alone (not inside a longer name: "Air France", "New Mexico", "US-Botschaft"), and its
    role: "in" (after a locative word: "in Greece", "au Soudan"), "name" (another name),
    "people" (a people or language word: "chinois", "Iranian"), "any" (Chinese or
    Japanese, where a name is its people's word too: "日本酿酒商")."""

    key: str
    start: int
    end: int
    text: str
    alone: bool
    role: str


def _place_fold(word: str) -> str:
    """A word as place names compare it: lowercase, no accents."""
    if word.isascii():
        return word.lower()
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


@lru_cache(maxsize=1)
def _place_common() -> tuple[
    dict[str, str], frozenset[str], dict[str, frozenset[str]], frozenset[str]
]:
    """([places] part_of, not_countries, each territory's languages (official in any
    degree, or spoken by a tenth of its people, by CLDR), the languages read as a people:
    two-letter codes official in some territory where a fifth of the people speak them)."""
    from babel.core import get_global

    data = _load_toml("common").get("places", {})
    spoken: dict[str, set[str]] = {}
    peoples: set[str] = set()
    for territory, langs in get_global("territory_languages").items():
        for code, info in langs.items():
            base = code.split("_")[0]
            share = info.get("population_percent", 0)
            status = info.get("official_status")
            if status or share >= 10:
                spoken.setdefault(territory, set()).add(base)
            if status in ("official", "de_facto_official") and share >= 20 and len(base) == 2:
                peoples.add(base)
    return (
        dict(data.get("part_of", {})),
        frozenset(data.get("not_countries", ())),
        {t: frozenset(v) for t, v in spoken.items()},
        frozenset(peoples),
    )


@lru_cache(maxsize=1)
def _place_regions() -> dict[str, list[str]]:
    """[places.regions] of the common file: a region's or a city's code (its country's
    CLDR code, then its own parts: "DE-BY", "US-NY-ITH") -> its names in every language."""
    return dict(_load_toml("common").get("places", {}).get("regions", {}))


def _place_forms(word: str, inflect: list[list[str]]) -> Iterator[str]:
    """`word` and the forms its language's [places] inflect rules give it ("japonais",
    "japonaise", "japonaises"): the first rule whose ending it has."""
    yield word
    for ending, *replacements in inflect:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            yield from (stem + r for r in replacements)
            return


@lru_cache(maxsize=16)
def _place_table(lang: str) -> _PlaceTable:
    """The places of language `lang`: CLDR's territory names and language names (through
    Babel), with the language file's [places] aliases, demonyms and inflections."""
    from babel import Locale, UnknownLocaleError

    words: dict[tuple[str, ...], tuple[str, int]] = {}
    cjk: dict[str, str] = {}
    try:
        locale = Locale.parse(lang)
    except (ValueError, UnknownLocaleError, TypeError):
        return _PlaceTable(words, cjk, frozenset(), None)
    data = _load_toml(lang).get("places", {})
    _, not_countries, _, peoples = _place_common()

    def add(name: str, key: str, proper: bool) -> None:
        name = re.sub(r"\s*\(.*?\)", "", name)  # "Myanmar (Burma)"
        if " - " in name or "&" in name or not name:
            return
        if _has_cjk(name):
            if 2 <= len(name) <= _PLACE_CJK_MAX:
                cjk.setdefault(name, key)
            return
        parts = _PLACE_WORD.findall(name)
        if not parts or len(parts) > _PLACE_MAX_WORDS:
            return
        letters = "".join(parts)
        case = (2 if letters.isupper() and len(letters) <= 4 else 1) if proper else 0
        words.setdefault(tuple(_place_fold(w) for w in parts), (key, case))

    for code, name in locale.territories.items():
        if len(code) == 2 and code.isalpha() and code not in not_countries:
            add(name, f"T:{code}", True)
    for name, code in data.get("aliases", {}).items():
        add(name, f"T:{code}", True)
    # Regions and cities ([places.regions] of the common file, every language's names):
    # "DE-BY" is Bavaria, in Germany; "AR-Z-RGL" is Río Gallegos, in Santa Cruz.
    for code, names in _place_regions().items():
        for name in names:
            add(name, f"T:{code}", True)
    inflect = data.get("inflect", [])
    for name, code in data.get("demonyms", {}).items():
        for form in _place_forms(name, inflect):
            add(form, f"T:{code}", False)
    for code in sorted(peoples):
        name = locale.languages.get(code)
        if name:
            for form in _place_forms(name.lower(), inflect):
                add(form, f"L:{code}", False)
    not_places = frozenset(
        tuple(_place_fold(w) for w in _PLACE_WORD.findall(n)) for n in data.get("not_places", ())
    )
    before, after = data.get("compass_before", {}), data.get("compass_after", {})
    compass = None
    if before or after:
        upper = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
        alts = []
        if before:
            alts.append(rf"(?<![\w-])(?P<b>{_alt(list(before))})[\s-]+(?P<bb>{upper})")
        if after:
            alts.append(rf"(?P<ab>{upper})\s+(?P<a>{_alt(list(after))})(?![\w])")
        compass = re.compile("|".join(alts))
    return _PlaceTable(
        words,
        cjk,
        not_places,
        compass,
        frozenset(data.get("locative", ())),
        frozenset(data.get("articles", ())),
        frozenset(name[0] for name in (*words, *not_places) if name),
        {**before, **after},
    )


def _place_langs(*langs: str | None) -> tuple[str, ...]:
    """The languages whose place names a text is read with: its own, the other side's and
    English (names are often written in English inside another language's text)."""
    out: list[str] = []
    for lang in (*langs, "en"):
        base = (lang or "en").split("-")[0].lower()
        if base not in out:
            out.append(base)
    return tuple(out)


@lru_cache(maxsize=64)
def _place_tables(langs: tuple[str, ...]) -> tuple[list[_PlaceTable], frozenset[str]]:
    """The tables of `langs` and the first words of all their names."""
    tables = [_place_table(lang) for lang in langs]
    return tables, frozenset().union(*(t.firsts for t in tables))


def _place_mentions(text: str, langs: tuple[str, ...]) -> list[_Place]:
    """The places `text` names, read with the tables of `langs` (the first that knows a
    name gives its key), leftmost and longest first, at most `_PLACE_MAX_MENTIONS`."""
    tables, firsts = _place_tables(langs)
    out: list[_Place] = []
    tokens = list(itertools.islice(_PLACE_WORD.finditer(text), 20 * _PLACE_MAX_MENTIONS))
    folded = [_place_fold(t.group()) for t in tokens]
    i = 0
    while i < len(tokens) and len(out) < _PLACE_MAX_MENTIONS:
        if folded[i] not in firsts:
            i += 1
            continue
        n = 1
        while n < _PLACE_MAX_WORDS and i + n < len(tokens):
            gap = text[tokens[i + n - 1].end() : tokens[i + n].start()]
            if not _PLACE_GAP.fullmatch(gap):
                break
            n += 1
        found: tuple[int, str | None, int] | None = None
        for size in range(n, 0, -1):
            name = tuple(folded[i : i + size])
            if any(name in t.not_places for t in tables):
                found = (size, None, 0)
                break
            hit = next((t.words[name] for t in tables if name in t.words), None)
            if hit is None:
                continue
            written = text[tokens[i].start() : tokens[i + size - 1].end()]
            letters = "".join(tok.group() for tok in tokens[i : i + size])
            key, case = hit
            if (case == 1 and not written[0].isupper()) or (case == 2 and not letters.isupper()):
                continue
            found = (size, key, case)
            break
        if found is None:
            i += 1
            continue
        size, got, case = found
        if got is not None:
            start, end = tokens[i].start(), tokens[i + size - 1].end()
            if end < len(text) and text[end] == "." and len(tokens[i + size - 1].group()) == 1:
                end += 1  # "U.S."
            alone = _place_alone(text, tokens, i, size)
            role = "people" if case == 0 else _place_role(folded, i, tables)
            if role == "name" and out and _PLACE_AND.fullmatch(text[out[-1].end : start]):
                role = out[-1].role  # "in Kenya and Tanzania": both where
            elif (
                role == "name" and out and _subdivision_of(got, out[-1], text[out[-1].end : start])
            ):
                # "in the US state of Louisiana": a place by its country's side, in any role
                role = "any"
            out.append(_Place(got, start, end, text[start:end], alone, role))
        i += size
    if _has_cjk(text):
        for run in _PLACE_CJK_RUN.finditer(text):
            s, e = run.span()
            j = s
            while j < e and len(out) < _PLACE_MAX_MENTIONS:
                for size in range(min(_PLACE_CJK_MAX, e - j), 1, -1):
                    piece = text[j : j + size]
                    cjk_key = next((t.cjk[piece] for t in tables if piece in t.cjk), None)
                    if cjk_key is not None and _KATAKANA.fullmatch(piece):
                        # "マリ" (Mali) is no place inside "マリア": a katakana name
                        # stands between other letters.
                        inside = _KATAKANA.match(text, j - 1) if j > 0 else None
                        if inside or _KATAKANA.match(text, j + size):
                            cjk_key = None
                    if cjk_key is not None:
                        out.append(_Place(cjk_key, j, j + size, piece, True, "any"))
                        j += size
                        break
                else:
                    j += 1
    return out


#: How many lowercase words may stand between a country and its region or city for the
#: region to be a place in any role (`_subdivision_of`: "the US state of Louisiana").
_SUBDIVISION_WORDS = 3


def _subdivision_of(key: str, country: _Place, between: str) -> bool:
    """Whether a region or city (place key `key`) follows `country`, its own country, with
    only a few lowercase words between them ("US state of", "Germany's state of"): a
    region so named is a place in any role (compared with a statement's "in Texas" as with
    "un cine de Texas")."""
    if "-" not in key or key.split("-")[0] != country.key:
        return False
    words = between.removeprefix("'s").removeprefix("’s").split()
    return 0 < len(words) <= _SUBDIVISION_WORDS and all(w.islower() for w in words)


def _place_role(folded: list[str], i: int, tables: list[_PlaceTable]) -> str:
    """ "in" when a locative word of `tables` stands right before word i, or before an
    article right before it ("in the United States", "en la Argentina"); else "name"."""
    for back in (1, 2):
        if i - back < 0:
            return "name"
        word = folded[i - back]
        if any(word in t.locative for t in tables):
            return "in"
        if back == 1 and not any(word in t.articles for t in tables):
            return "name"
    return "name"


def _place_alone(text: str, tokens: list[re.Match[str]], i: int, size: int) -> bool:
    """Whether the name of `tokens` i..i+size stands alone: no hyphen joins it to a word
    ("African-American"), and, written with a capital, no capitalized word stands right
    before it (but the first of a sentence: "In Italy") or right after it ("Air France",
    "New Mexico", "Deutsche Bank", "United States Embassies")."""
    start, end = tokens[i].start(), tokens[i + size - 1].end()
    if (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] in "-$€£¥"):
        return False  # "African-American", "US$10"
    if not text[start].isupper():
        return True
    if i + size < len(tokens):
        after = tokens[i + size]
        gap = text[end : after.start()]
        if gap.strip(".").isspace() and after.group()[0].isupper() and "." not in gap:
            return False
    if i > 0:
        before = tokens[i - 1]
        if text[before.end() : start].isspace() and before.group()[0].isupper():
            lead = text[tokens[i - 2].end() : before.start()] if i > 1 else ""
            if i > 1 and not _PLACE_OPENER.search(lead):
                return False
    return True


#: How many first letters of a name a compass word stands before `_compass_mentions` compares.
_COMPASS_STEM = 5


def _compass_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[str, str, int, str]]:
    """The places `text` names with a compass word ("North Carolina", "Caroline du Sud"):
    (compass, the folded name's first `_COMPASS_STEM` letters, position, words), by the
    [places] compass words of `langs`."""
    out = []
    for lang in langs:
        pattern = _place_table(lang).compass
        if pattern is None:
            continue
        words = _place_table(lang).compass_words
        for m in itertools.islice(pattern.finditer(text), _PLACE_MAX_MENTIONS):
            if m.group("b") if "b" in pattern.groupindex else None:
                side, name = words[m.group("b")], m.group("bb")
            else:
                side, name = words[m.group("a")], m.group("ab")
            # "Carolina", "Caroline": a name's first letters, as cognates share them.
            out.append((side, _place_fold(name)[:_COMPASS_STEM], m.start(), m.group()))
    return out


def _places_agree(a: str, b: str) -> bool:
    """Whether two place keys may name one place: the same key, a territory and one it
    stands in ([places] part_of), a language and a territory where it is spoken."""
    if a == b:
        return True
    part_of, _, spoken, _ = _place_common()
    kind_a, code_a = a.split(":")
    kind_b, code_b = b.split(":")
    if "-" in code_a or "-" in code_b:
        # A region or a city ([places.regions]): one inside the other ("DE-BY" and
        # "DE-BY-MUC"), or a region and a place its country agrees with ("Bavaria",
        # "Germany", "German"); two regions of one country are two places.
        if kind_a == kind_b == "T" and "-" in code_a and "-" in code_b:
            return code_a.startswith(code_b + "-") or code_b.startswith(code_a + "-")
        return _places_agree(f"{kind_a}:{code_a.split('-')[0]}", f"{kind_b}:{code_b.split('-')[0]}")
    if kind_a == kind_b == "T":
        up_a, up_b = part_of.get(code_a), part_of.get(code_b)
        return up_a == code_b or up_b == code_a or (up_a is not None and up_a == up_b)
    if kind_a == kind_b:
        return False
    lang, territory = (code_a, code_b) if kind_a == "L" else (code_b, code_a)
    return lang in spoken.get(territory, ()) or lang in spoken.get(part_of.get(territory, ""), ())


@lru_cache(maxsize=1)
def _route_words() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """[places] route_from and route_to as patterns: a from word ending the text before a
    place, a to word alone between two places."""
    data = _load_toml("common").get("places", {})
    before, between = data.get("route_from"), data.get("route_to")
    if not before or not between:
        return None
    return (
        re.compile(rf"(?:^|(?<![^\W\d_])|(?<=[\u3040-\u9fff]))(?:{_alt(before)})\s*$", re.I),
        re.compile(rf"\s*(?:{_alt(between)})\s*", re.I),
    )


def _routes(text: str, places: list[_Place]) -> list[tuple[str, str, str]]:
    """The ways `text` gives from one of its places to the next ("de Buenos Aires a Río
    Gallegos"): (from key, to key, the words)."""
    words = _route_words()
    if words is None or len(places) < 2:
        return []
    before, between = words
    out = []
    for a, b in itertools.pairwise(places):
        if not between.fullmatch(text, a.end, b.start):
            continue
        if before.search(text[max(0, a.start - 12) : a.start]):
            out.append((a.key, b.key, text[a.start : b.end]))
    return out


def _route_reversed(
    statement: str, said: list[_Place], quotes: list[tuple[str, list[_Place]]]
) -> tuple[str, str] | None:
    """A way the statement gives from one place to another that a quote gives only the
    other way round ("de Buenos Aires a Río Gallegos" against "de Río Gallegos a Buenos
    Aires"): (the statement's words, the quote's); None when a quote gives it the
    statement's way too."""
    mine = _routes(statement, said)
    if not mine:
        return None
    theirs = [r for quote, places in quotes for r in _routes(quote, places)]
    for a, b, words in mine:
        if any(_places_agree(a, c) and _places_agree(b, d) for c, d, _ in theirs):
            continue
        for c, d, other in theirs:
            if (
                _places_agree(a, d)
                and _places_agree(b, c)
                and not _places_agree(a, c)
                and not _places_agree(b, d)
            ):
                return words, other
    return None


@lru_cache(maxsize=1)
def _bearing_words() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """[places] bearings and bearing_of as one pattern: a compass word, a word of
    bearing_of and a capitalized name ("southwest of Ithaca"); and each word's letters."""
    data = _load_toml("common").get("places", {})
    bearings, of = data.get("bearings"), data.get("bearing_of")
    if not bearings or not of:
        return None
    upper = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
    pattern = re.compile(
        rf"(?<![\w'’-])(?P<w>{_alt(list(bearings))})\s+(?:{_alt(of)})\s*(?P<n>{upper})", re.I
    )
    return pattern, {_place_fold(k): v for k, v in bearings.items()}


@lru_cache(maxsize=1)
def _bearing_words_cjk() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """[places] bearings_cjk as one pattern ("西南", "以北", "の北側"), and each word's
    letters."""
    bearings = _load_toml("common").get("places", {}).get("bearings_cjk")
    if not bearings:
        return None
    return re.compile(_alt(list(bearings))), dict(bearings)


#: A character of a Chinese or Japanese name before a compass word (`_bearings_cjk`).
_CJK_NAME_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fc]")


def _bearings_cjk(text: str) -> list[tuple[str, str, str]]:
    """Where `text` puts a place from another in Chinese or Japanese ("伊萨卡西南",
    "イサカの南西"): (compass letters, the name's two characters before the compass word
    and a "的", "之" or "の" there, the words)."""
    found = _bearing_words_cjk()
    if found is None:
        return []
    pattern, letters = found
    out = []
    for m in itertools.islice(pattern.finditer(text), _PLACE_MAX_MENTIONS):
        end = m.start()
        if end > 0 and text[end - 1] in "的之の":
            end -= 1
        name = text[max(0, end - 2) : end]
        if len(name) == 2 and all(_CJK_NAME_CHAR.match(c) for c in name):
            out.append((letters[m.group()], "cjk:" + name, name + text[end : m.end()]))
    return out


def _bearings(text: str) -> list[tuple[str, str, str]]:
    """Where `text` puts a place from another ("nordöstlich von Ithaca", "伊萨卡西南"):
    (compass letters, the name's first `_COMPASS_STEM` folded letters, or its two
    characters in Chinese or Japanese, the words)."""
    found = _bearing_words()
    if found is None:
        return []
    pattern, letters = found
    out = _bearings_cjk(text) if _has_cjk(text) else []
    for m in itertools.islice(pattern.finditer(text), _PLACE_MAX_MENTIONS):
        if not m.group("n")[0].isupper():
            continue  # re.I lets the name's pattern match a lowercase word
        side = letters.get(_place_fold(m.group("w")))
        if side is not None:
            out.append((side, _place_fold(m.group("n"))[:_COMPASS_STEM], m.group()))
    return out


#: Opposite compass letters.
_OPPOSITE = {"n": "s", "s": "n", "e": "w", "w": "e"}


def _bearing_reversed(statement: str, quotes: Sequence[str]) -> tuple[str, str] | None:
    """A place the statement puts on one side of a name that the quotes put only on the
    opposite side of it ("nordöstlich von Ithaca" against "southwest of Ithaca"): (the
    statement's words, the quote's); None otherwise."""
    mine = _bearings(statement)
    if not mine:
        return None
    theirs = [b for quote in quotes for b in _bearings(quote)]
    for side, name, words in mine:
        same = [(s, w) for s, _n, w in (b for b in theirs if b[1] == name)]
        if same and all(any(_OPPOSITE[c] in s for c in side) for s, _ in same):
            return words, same[0][1]
    return None


def _region_in(a: str, b: str) -> bool:
    """Whether place key `b` names region or city `a` or a place inside it ("T:DE-BY" and
    "T:DE-BY-MUC"; not "T:DE", which may be elsewhere in the country)."""
    code_a, code_b = a.split(":")[1], b.split(":")[1]
    return b[0] == "T" and (code_b == code_a or code_b.startswith(code_a + "-"))


def _figure_sentences(quote: str, support: Support) -> list[tuple[int, int]]:
    """The sentences of `quote` that hold a figure the statement's matched (`support`'s
    elements matched or overstated, found by their words). A figure shown otherwise than
    the quote writes it ('2' for "Two", across languages) is not found: the whole quote
    may hold it."""
    spans = []
    for e in support.elements:
        if e.verdict not in ("match", "overstated") or not e.quote:
            continue
        pos = quote.find(e.quote)
        if pos < 0:
            spans.append((0, len(quote)))
            continue
        before = [m.end() for m in _PLACE_SENTENCE_END.finditer(quote, max(0, pos - 2000), pos)]
        after = _PLACE_SENTENCE_END.search(quote, pos + len(e.quote), pos + len(e.quote) + 2000)
        spans.append((before[-1] if before else 0, after.end() if after else len(quote)))
    return spans


def _place_inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


def _places_swapped(
    statement: str,
    quotes: Sequence[str],
    statement_lang: str | None,
    quote_lang: str | Sequence[str | None] | None,
    support: Support,
) -> Support | None:
    """A fail when the statement names a place (a country, a people, a language) that no
    quote names in any form and a quote names another place, one the statement does not
    name, in the sentence of a figure the statement matched ("Öcalan landed in Greece in
    November 1998" for "desembarcó en Italia en noviembre de 1998"); or when it names a
    place with a compass word the quote gives that place with another compass word only
    ("North Carolina" for "South Carolina"). None otherwise (a quote naming no place at
    all leaves the statement's places unread)."""
    if isinstance(quote_lang, str) or quote_lang is None:
        langs = [quote_lang if quote_lang is not None else statement_lang] * len(quotes)
    else:
        langs = [lang if lang is not None else statement_lang for lang in quote_lang]
    bearing = _bearing_reversed(statement, quotes)
    if bearing is not None:
        return _place_fail(support, *bearing)
    mine_langs = _place_langs(statement_lang)
    said = _place_mentions(statement, mine_langs)
    said_compass = _compass_mentions(statement, mine_langs)
    if not said and not said_compass:
        return None
    theirs: list[_Place] = []
    theirs_compass: list[tuple[str, str, int, str]] = []
    # The quote's places in a matched figure's sentence, standing alone.
    near: list[_Place] = []
    near_compass: list[tuple[str, str, int, str]] = []
    read: list[tuple[str, list[_Place]]] = []
    for quote, lang in zip(quotes, langs, strict=False):
        both = _place_langs(lang, statement_lang)
        places = _place_mentions(quote, both)
        compass = _compass_mentions(quote, both)
        read.append((quote, places))
        theirs.extend(places)
        theirs_compass.extend(compass)
        spans = _figure_sentences(quote, support)
        near.extend(p for p in places if p.alone and _place_inside(p.start, spans))
        near_compass.extend(c for c in compass if _place_inside(c[2], spans))
    if len(said) >= 2:
        reversed_ = _route_reversed(statement, said, read)
        if reversed_ is not None:
            return _place_fail(support, *reversed_)
    for side, name, _, words in said_compass:
        if any(c[:2] == (side, name) for c in theirs_compass):
            continue
        # Near a matched figure, or anywhere in the quotes, which never give the name with
        # the statement's compass word ("the state of South Carolina ... That trial is
        # scheduled to begin Jan. 17").
        for other_side, other_name, _, other_words in near_compass + theirs_compass:
            if (
                other_name == name
                and other_side != side
                and not any(c[:2] == (other_side, name) for c in said_compass)
            ):
                return _place_fail(support, words, other_words)
    # A region or a city no quote names (its country does not name it) where a quote names
    # another of the same country near a matched figure ("在科尔多凡" against "in Darfur").
    for p in said:
        if not p.alone or "-" not in p.key or any(_region_in(p.key, q.key) for q in theirs):
            continue
        for q in near:
            if (
                "-" in q.key
                and not _places_agree(p.key, q.key)
                and not any(_region_in(q.key, r.key) for r in said)
                and (p.role == q.role or "any" in (p.role, q.role))
            ):
                return _place_fail(support, p.text, q.text)
    unnamed = [p for p in said if p.alone and not any(_places_agree(p.key, q.key) for q in theirs)]
    if not unnamed:
        return None
    for q in near:
        # A region or a city of the quote is only compared with the statement's regions
        # (above): "in the USA" against "400 times the area of the city of Buenos Aires".
        if "-" in q.key or any(_places_agree(q.key, p.key) for p in said):
            continue
        for p in unnamed:
            if p.role == q.role or "any" in (p.role, q.role):
                return _place_fail(support, p.text, q.text)
    return None


def _place_fail(support: Support, said: str, theirs: str) -> Support:
    return Support(
        "fail",
        f"the statement says {said!r} but the quote says {theirs!r}",
        (*support.elements, Element("place", said, theirs, "contradicted")),
    )
