"""Words: tokens, accents folded, words counted in a text, auxiliaries, word marks and
endings, and the meanings a word stands for across languages ([event_meanings])."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from .patterns import _TOKEN, _lazy
from .results import Reading, Value, _close
from .rules import _load_toml, rules_for
from .sentences import _CJK_CHAR, _content, _has_cjk


def _words(tokens: list[str]) -> dict[str, str]:
    """Words of four letters or more and acronyms ("UMP"), keyed by their first five letters."""
    return {
        w.lower()[:5]: w
        for w in tokens
        if (len(w) >= 4 or (len(w) >= 2 and w.isupper())) and not w.isdigit()
    }


@lru_cache(maxsize=64)
def _meanings(section: str) -> dict[str, str]:
    """Each word of a common.toml section (unaccented, lower case) and its meaning: in
    [compass] "sudeste" and "south-east" are "southeast"; in [tally] a count that
    "abstentions" or "Enthaltungen" follows is the abstentions."""
    return {
        _unaccented(w.lower()): meaning
        for meaning, words in _load_toml("common").get(section, {}).items()
        for w in words
    }


@lru_cache(maxsize=1)
def _event_stop_words() -> frozenset[str]:
    """[event_words] stop of common.toml, keyed as `_words` keys words."""
    words = _load_toml("common").get("event_words", {}).get("stop", [])
    return frozenset(w.lower()[:5] for w in words)


#: A word in a Latin script (de, en, es, fr, pt): what [event_meanings] keys by its beginning.
_MEANING_WORD = _lazy(r"[A-Za-z\u00c0-\u024f]+")


@lru_cache(maxsize=1)
def _event_meanings() -> tuple[
    dict[str, str], dict[str, str], tuple[int, ...], re.Pattern[str] | None
]:
    """[event_meanings] of common.toml: Latin beginnings and whole words ('…$') by their
    meaning, the beginnings' lengths (longest first), and one pattern of the Chinese and
    Japanese entries (longest first) with their meanings in the first table."""
    table = _load_toml("common").get("event_meanings", {})
    starts: dict[str, str] = {}
    whole: dict[str, str] = {}
    cjk: list[str] = []
    for key, entries in table.items():
        for entry in entries:
            if _has_cjk(entry):
                starts[entry] = key
                cjk.append(entry)
            elif entry.endswith("$"):
                whole[entry[:-1].lower()] = key
            else:
                starts[entry.lower()] = key
    lengths = tuple(sorted({len(k) for k in starts if not _has_cjk(k)}, reverse=True))
    pattern = (
        re.compile("|".join(re.escape(w) for w in sorted(cjk, key=len, reverse=True)))
        if cjk
        else None
    )
    return starts, whole, lengths, pattern


def _meaning_of(word: str) -> tuple[str, ...]:
    """The [event_meanings] keys of a lowercase Latin word: a whole word listed, else its
    longest listed beginning, and a listed beginning of four letters or more after its
    third letter (a compound's head: 'nationalmuseum', 'waffengewalt' gives arms and
    violence)."""
    starts, whole, lengths, _ = _event_meanings()
    if word in whole:
        return (whole[word],)
    size = len(word)
    found: list[str] = []
    for n in lengths:
        if n <= size and word[:n] in starts:
            found.append(starts[word[:n]])
            break
    if size >= 8:
        for i in range(3, size - 3):
            head = next(
                (word[i : i + n] for n in lengths if n >= 4 and word[i : i + n] in starts), None
            )
            if head is not None and starts[head] not in found:
                found.append(starts[head])
                break
    return tuple(found)


def _meaning_keys(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> dict[str, str]:
    """`_event_keys` across languages: each Latin word of `text[lo:hi]` outside `spans` by
    its [event_meanings] key ('=attack' for 'attacked', 'griffen', 'atacaron'), else by its
    first five letters as `_words` keys it (names, cognates: 'JavaScript'); each Chinese or
    Japanese entry found (袭击, 発明) by its meaning. Linear in the text."""
    stop = _event_stop_words()
    starts, _, _, pattern = _event_meanings()
    keys: dict[str, str] = {}

    def inside(pos: int) -> bool:
        at = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
        return at >= 0 and spans[at][0] <= pos < spans[at][1]

    for m in _MEANING_WORD.finditer(text, lo, hi):
        if inside(m.start()):
            continue
        word = m.group()
        meanings = _meaning_of(word.lower())
        for meaning in meanings:
            keys.setdefault("=" + meaning, word)
        key = word.lower()[:5]
        if not meanings and (len(word) >= 4 or (len(word) >= 2 and word.isupper())):
            if key not in stop:
                keys.setdefault(key, word)
    if pattern is not None and _has_cjk(text[lo:hi]):
        for m in pattern.finditer(text, lo, hi):
            if not inside(m.start()):
                keys.setdefault("=" + starts[m.group()], m.group())
    return keys


#: Capitalized three-letter words that open sentences rather than name anything.
_SHORT = frozenset(
    "The Die Der Das Den Dem Des Les Los Las Une Uno Una Ein Und And But For Por Con Com Sur "
    "Aux Von Mit Its His Her Our Who Was Has Are Not Nos Non Ces Sie Wir Ihr Ils".split()
)


def _region_words(text: str) -> set[str]:
    """A region's words: those :func:`_words` keeps, and capitalized words of three letters
    ("8 do Sul"), by their first five letters."""
    if not _has_cjk(text):
        # Each token's words, kept per token: without Chinese or Japanese characters (whose
        # pairs run across tokens), a text's words are its tokens' words.
        words: set[str] = set()
        for token in _TOKEN.findall(text):
            words |= _token_words(token)
        return words
    return _words_of(text)


def _words_of(text: str) -> set[str]:
    """:func:`_region_words`, read from the whole text."""
    tokens = _TOKEN.findall(text)
    found = set(_words(tokens))
    found.update(w.lower() for w in tokens if len(w) == 3 and w.istitle() and w not in _SHORT)
    words = {_unaccented(w) for w in found}
    if _CJK_CHAR.search(text) is not None:
        # Chinese and Japanese words are not read apart: their character pairs stand in.
        chars = [c for c in text if "\u3040" <= c <= "\u9fff"]
        words.update(a + b for a, b in zip(chars, chars[1:], strict=False))
    return words


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    """A word without its accents, so that a cognate in another language meets it:
    "sénateurs" and "senators" both begin "senat"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _token_words(token: str) -> frozenset[str]:
    """:func:`_region_words` of one token (a word recurs across texts: read once)."""
    return frozenset(_words_of(token))


@lru_cache(maxsize=256)
def _occurrences(text: str) -> dict[str, int]:
    """How often each of :func:`_region_words`' words stands in the text."""
    counts: dict[str, int] = {}
    for token in _TOKEN.findall(text):
        for w in _token_words(token):
            counts[w] = counts.get(w, 0) + 1
    if _CJK_CHAR.search(text) is not None:
        # A pair across two tokens or two characters apart: the pairs of the whole text.
        chars = [c for c in text if "\u3040" <= c <= "\u9fff"]
        pairs: dict[str, int] = {}
        for a, b in zip(chars, chars[1:], strict=False):
            pairs[a + b] = pairs.get(a + b, 0) + 1
        counts.update(pairs)
    return counts


def _meaning_set(text: str, lo: int, hi: int, values: list[Value]) -> frozenset[str]:
    """The [event_meanings] keys ('=arms', '=violence') of the words of `text[lo:hi]`."""
    spans = sorted((v.start, v.end) for v in values)
    return frozenset(k for k in _meaning_keys(text, lo, hi, spans) if k.startswith("="))


#: A figure opening its sentence glued to Chinese characters: "58赶集进入了新赛道".
_GLUED_NAME = _lazy(r"(?:^|(?<=[。！？；：\n“「《（]))\d{1,4}(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=64)
def _not_glued_names(lang: str | None) -> re.Pattern[str] | None:
    """The characters after a figure that count, bound or scale it, so that it opens no
    name ([identifiers] glued_not_names in the language's data: counters, units, "余")."""
    rules = rules_for(lang)
    chars = rules.data.get("identifiers", {}).get("glued_not_names") if rules else None
    return re.compile(f"[{re.escape(chars)}]") if chars else None


def _glued_name(text: str, v: Value, lang: str | None) -> str | None:
    """The name a figure opens, glued to the Chinese characters after it, at its sentence's
    start ("58赶集", "360公司" — not "58个", "10余家", "3亿", "5国"): the figure and the two
    characters, or None."""
    if v.kind != "number" or v.end >= len(text) or not _GLUED_NAME.match(text, v.start):
        return None
    counted = _not_glued_names(lang)
    if counted is None or text[v.start : v.end] != v.text or counted.match(text, v.end):
        return None
    return text[v.start : v.end + 2]


def _glued_name_in(
    s: Value,
    q: Value,
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether the statement's figure `s` and the quote's `q` open the same name."""
    name = _glued_name(stated.text, s, statement_lang)
    if name is None:
        return False
    at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
    if at is None:
        return False
    return _glued_name(readings[at].text, q, langs[at] if at < len(langs) else None) == name


def _word_counts(windows: dict[int, dict[str, str]]) -> dict[str, int]:
    """How many of the figures' windows hold each word."""
    counts: dict[str, int] = {}
    for found in windows.values():
        for w in found:
            counts[w] = counts.get(w, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    """The auxiliary verbs of every language's [negation] auxiliaries, as `_counted` keys
    (five letters, lowercased): no word to tie a figure to one of the quote's."""
    words = set()
    for name in ("en", "de", "fr", "es", "pt"):
        for w in _load_toml(name).get("negation", {}).get("auxiliaries", []):
            words.add(w.lower()[:5])
    return frozenset(words)


def _told(
    mine: dict[str, str],
    q: Value,
    figures: list[Value],
    windows: dict[int, dict[str, str]],
    counts: dict[str, int],
    *,
    proof: int,
) -> tuple[Value, str] | None:
    """The figure other than `q` (another value) whose window holds `proof` or more of the
    statement's words (`mine`) that no other window holds, with the first such word; None
    when a figure of `q`'s value holds one of them (the statement's words go with it)."""
    # Words that go with one figure only say which figure is meant; shared ones do not,
    # nor does an auxiliary verb ("Two attackers were killed" for "Two gunmen died …
    # About 50 other people were wounded").
    telling = {w for w in mine if counts.get(w) == 1 and w not in _auxiliaries()}
    for c in figures:
        if _close(c.value, q.value) and telling & windows[id(c)].keys():
            return None
    for c in figures:
        hit = sorted(telling & windows[id(c)].keys())
        if len(hit) >= proof and not _close(c.value, q.value):
            return c, mine[hit[0]]
    return None


#: At most this many of a quote's percentages are tried in pairs for a difference.
_MAX_WORKED = 24


def _marks(text: str) -> set[str]:
    """A text's words of four letters or more, lowercased and without accents, and its CJK
    character pairs: what ties a statement's count to one item of a quote's list (words
    are matched by `_same_word`)."""
    return {
        w if _CJK_CHAR.search(w) else _unaccented(w)
        for w in _content(text)
        if len(w) >= 4 or _CJK_CHAR.search(w)
    }


#: Two words are one when they share this many letters from the start at least, and what
#: follows in each is an ending of common.toml's ``[inflections]``: "murdered" and
#: "murdering", "camión" and "camiones", "Lastwagen" and "Lastwagens" are one word;
#: "camions" and "camionnettes", "camiones" and "camionetas" are two.
_STEM = 4


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    return frozenset(_load_toml("common").get("inflections", {}).get("endings", [])) | {""}


def _same_word(a: str, b: str) -> bool:
    """Whether two words (of `_marks`) are forms of one word: an ending apart."""
    if a == b:
        return True
    if _CJK_CHAR.search(a) or _CJK_CHAR.search(b):
        return False
    if a[: _STEM - 1] != b[: _STEM - 1]:
        return False
    endings = _endings()
    for k in range(_STEM, min(len(a), len(b)) + 1):
        if a[k - 1] != b[k - 1]:
            return False
        if a[k:] in endings and b[k:] in endings:
            return True
    return False


def _ties(text: str, said: set[str]) -> tuple[set[str], bool]:
    """The statement's words (`said`, by `_marks`) that a text holds in some form, and
    whether the text holds any word of `_marks` at all."""
    words = _marks(text)
    return {w for w in said if any(_same_word(w, t) for t in words)}, bool(words)
