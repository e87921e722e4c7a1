"""Events: datelines, the date or period of another event of the quote, and a figure or
date told of another event or clause."""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from .names import _TIE_WORDS
from .numerals import _stripped_end
from .patterns import _TOKEN, _alt, _lazy, _led
from .results import Reading, Value
from .rules import _base, _load_toml, rules_for
from .values import _compare
from .words import _event_stop_words, _meaning_keys, _words

#: A clause break or a word joining two items of a list ends what a figure counts: "300
#: Autos [und] 50 Lastwagen", "killed 40 people [and] injured 12". The words as `_led`
#: writes them, led by a class of their first letters: the regex engine tries a class at
#: every position of a text faster than a lookbehind and an alternation.
_TIE_BREAK = re.compile(
    r"[.;:!?()\[\]{}|│—–]|,(?=\s)|\s-\s|" + _led(_TIE_WORDS) + r"(?!\w)",
    re.I,
)


def _neighbours(starts: list[int], values: list[Value], v: Value, length: int) -> tuple[int, int]:
    """The end of the figure before `v` and the start of the figure after it (`starts`: the
    sorted starts of `values`)."""
    i = bisect.bisect_left(starts, v.end)
    j = bisect.bisect_left(starts, v.start)
    return (values[j - 1].end if j else 0), (values[i].start if i < len(values) else length)


def _word_before(text: str, start: int, stop: int) -> str | None:
    """The nearest word of four letters or more before a figure, over at most two shorter
    ones ("arrested in", "modified on Wed"), back to `stop` (the figure before) or a break;
    by its first five letters."""
    window = text[max(stop, start - 40) : start]
    cuts = list(_TIE_BREAK.finditer(window))
    if cuts:
        window = window[cuts[-1].end() :]
    for i, token in enumerate(reversed(_TOKEN.findall(window))):
        if len(token) >= 4 and not token.isdigit():
            return token.lower()[:5]
        if i >= 2:
            break
    return None


#: A date in brackets closing a text: a headline's dateline, "（2022年08月10日）".
_DATELINE = _lazy(r"\s*[)）]\s*$")


def _is_dateline(text: str, v: Value) -> bool:
    """Whether `v` is a dateline: a date in brackets closing the text ("（2022年08月08日）",
    "(12 May 2021)")."""
    if v.kind != "date" or not _DATELINE.match(text, v.end):
        return False
    before = _stripped_end(text, v.start)
    return bool(before) and text[before - 1] in "(（"


@lru_cache(maxsize=256)
def _word_list_re(lang: str | None, section: str, key: str) -> re.Pattern[str] | None:
    """A language's word list ``[section] key`` as one pattern of whole words (of any
    characters in Chinese and Japanese, whose words are not spaced), ignoring case; None
    when the list is empty or the language has no rules."""
    rules = rules_for(lang)
    words = rules.data.get(section, {}).get(key, []) if rules is not None else []
    if not words or rules is None:
        return None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{left}(?:{_alt(words)}){right}", re.I)


def _says_dated(text: str, lang: str | None) -> bool:
    """Whether a statement says its date is a text's own ("is dated 8 August 2022")."""
    words = _word_list_re(lang, "dates", "dated")
    return words is not None and words.search(text) is not None


def _dateline_only(s: Value, q: Value, owner: Reading, published: date | None) -> Value | None:
    """Another date of the quote, contradicting the statement's, when the statement's date
    matched only the dateline in brackets closing the quote."""
    text = owner.text
    before = _stripped_end(text, q.start)  # the quote's text before `q`, without spaces
    if not _DATELINE.match(text, q.end) or not before or text[before - 1] not in "(（":
        return None
    for other in owner.values:
        if other is not q and other.kind == "date" and other.end <= q.start:
            if _compare(s, other, published)[0] == "contradicted":
                return other
    return None


def _date_of_another_event(
    stated: Reading, s: Value, q: Value, owner: Reading, published: date | None
) -> tuple[Value, str] | None:
    """Another date of the quote that the word before the statement's date stands before:
    "Carlineo was arrested in March" for "He was arrested in April for the March 21 call"
    gives (April, "arrested"); "last modified on 3 January" for "3 Jan 2019 … Last modified
    on Wed 16 Jan 2019" gives (16 Jan 2019, "modified"). None when that word stands before
    `q` too ("elected in 2012 and re-elected in 2016"), or right after the statement's
    figure before, whose noun it is ("its 2011 revenue in November 2012": the revenue is
    2011's)."""
    said = [v.start for v in stated.values]
    floor = _neighbours(said, stated.values, s, 0)[0]
    word = _word_before(stated.text, s.start, floor)
    if word is None:
        return None
    if floor > 0:
        first = _TOKEN.search(stated.text, floor, s.start)
        if (
            first is not None
            and first.group().lower()[:5] == word
            and not stated.text[floor : first.start()].strip(" -\u00a0")
        ):
            return None  # the noun of the figure before: "its 2011 revenue in November 2012"
    starts = [v.start for v in owner.values]
    length = len(owner.text)

    def before(v: Value) -> str | None:
        return _word_before(owner.text, v.start, _neighbours(starts, owner.values, v, length)[0])

    if before(q) == word:
        return None
    for other in owner.values:
        if other is q or other.kind not in ("date", "year") or before(other) != word:
            continue
        if _compare(s, other, published)[0] == "contradicted":
            found = _TOKEN.findall(owner.text[max(0, other.start - 40) : other.start])
            shown = next((t for t in reversed(found) if t.lower()[:5] == word), word)
            return other, shown
    return None


#: The noun a century or decade qualifies, right after it: "a 19th-century [palace]", "the
#: 1920s [fashion]" (a word of four letters or more, not capitalised).
_QUALIFIED_NOUN = _lazy(r"[ \u00a0-]([a-zß-ÿ]{4,})\b")


def _period_qualifies_another(
    stated: Reading, s: Value, q: Value, owner: Reading
) -> tuple[str, str] | None:
    """The nouns a century or decade qualifies in the statement and in the quote when they
    differ and the quote names the statement's apart from it: "its 19th-century mosaics"
    for "a 19th-century palace, … famous for its Roman mosaics" gives ("mosaics", "palace").
    None when either side qualifies no noun, the two are one word (by their first five
    letters), or the quote names the statement's noun only within the few words after
    `q` ("a 19th-century Roman palace")."""
    mine = _QUALIFIED_NOUN.match(stated.text, s.end)
    theirs = _QUALIFIED_NOUN.match(owner.text, q.end)
    if mine is None or theirs is None:
        return None
    noun, other = mine.group(1), theirs.group(1)
    key = noun[:5]
    if key == other[:5] or key in _event_stop_words():
        return None
    near = q.end + 40
    for m in _TOKEN.finditer(owner.text):
        if m.group().lower()[:5] == key and not q.start <= m.start() < near:
            return noun, other
    return None


#: Where one sentence of a quote ends and the next begins: an end mark after a lowercase
#: letter, a digit or a closing bracket or quote, then a capital ("Netscape. It became"; not
#: "the U.S. Embassy"), or after two capitals, then a capital ("the role of CEO. This"),
#: or after a word of five letters or more, then a digit
#: ("freigegeben. 1985 ersetzten"; not "Nov. 7"), or a Chinese or Japanese end mark. A
#: German ordinal's point before a month or a place is none ("am 3. Januar 2019
#: veröffentlicht", "den 2. Platz").
_SENTENCE_GAP = _lazy(
    r"(?<=[^\W\dA-Z_][.!?])\s+(?=[\"“‘'(]?[A-Z])"
    r"|(?<=[\d)\"”’][.!?])\s+(?=[A-Z])(?!(?<=\d\.\s)(?:Januar|Jänner|Februar|März|April|Mai|Juni"
    r"|Juli|August|September|Oktober|November|Dezember|Platz|Rang|Runde|Liga|Klasse|Jahrhundert"
    r"|Mal|Auflage|Ausgabe|Spieltag)\b)"
    r"|(?<=[^\W\d_]{5}[.!?])\s+(?=\d)|(?<=[A-Z]{2}[.!?])\s+(?=[A-Z])|(?<=[。！？])"
)


def _sentence_bounds(text: str) -> list[int]:
    """Where each sentence of `text` starts (`_SENTENCE_GAP`), the first at 0, and its end."""
    return [0, *(m.end() for m in _SENTENCE_GAP.finditer(text)), len(text)]


def _sentence_of(bounds: list[int], pos: int) -> tuple[int, int]:
    """The start and end of the sentence holding `pos`, by `_sentence_bounds`' list."""
    at = bisect.bisect_right(bounds, pos, 1, len(bounds) - 1)
    return bounds[at - 1], bounds[at]


def _event_keys(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> dict[str, str]:
    """The words of `text[lo:hi]` outside `spans` (its figures, sorted) by their keys
    (`_words`), less [event_words] stop. One pass over words and figures together."""
    stop = _event_stop_words()
    keys: dict[str, str] = {}
    j = bisect.bisect_left(spans, (lo, -1))
    for m in _TOKEN.finditer(text, lo, hi):
        while j < len(spans) and spans[j][1] <= m.start():
            j += 1
        if j < len(spans) and spans[j][0] <= m.start():
            continue  # a figure's word ("March 18, 2015", "hundreds")
        for k, w in _words([m.group()]).items():
            if k not in stop:
                keys.setdefault(k, w)
    return keys


def _across(
    owner: Reading, readings: list[Reading], langs: list[str | None], statement_lang: str | None
) -> bool:
    """Whether the quote `owner` is in another language than the statement (`_base`: "pt-BR"
    is "pt"); False when either language is unknown."""
    at = next(i for i, r in enumerate(readings) if r is owner)
    theirs, mine = _base(langs[at]), _base(statement_lang)
    return theirs is not None and mine is not None and theirs != mine


def _told_elsewhere(q: Value, other: Value, words: list[str], sure: bool) -> tuple[Value, str, str]:
    """The verdict of `_told_of_another_date` or `_told_of_another_figure`: the other figure
    and "contradicted" when it is sure, else `q` and "missing"; the note names the words."""
    listed = ", ".join(repr(w) for w in words)
    go = "goes" if len(words) == 1 else "go"
    note = f"in the quote {listed} {go} with {other.shown!r}, not {q.shown!r}"
    return (other, "contradicted", note) if sure else (q, "missing", note)


def _told_of_another_date(
    stated: Reading,
    s: Value,
    q: Value,
    owner: Reading,
    published: date | None,
    *,
    across: bool = False,
) -> tuple[Value, list[str], bool] | None:
    """Another date of the quote, in another sentence, whose sentence tells what the
    statement tells with `s` rather than `q`'s: "Mozilla inherited Netscape's code base in
    2011" for "… when Mozilla inherited Netscape's code-base in 1998. In 2011, Eich
    transferred …" gives (1998, ["Mozilla", "Netscape", "base", "inherited"], True). The
    statement's words (four letters or more, by their first five, figures and [event_words]
    stop left out) are looked for in both sentences: two or more found only in the
    other's, and more than twice as many as only in `q`'s, make it the other date's event
    (True); as many or more, a person's call (False). Not when the statement tells all that
    `q`'s sentence does ("retrieved on 12 October 2007" for "… (1996). "nscp dorm".
    Retrieved 2007-10-12."). (The other date, the statement's words found only in its
    sentence, whether it contradicts) or None. Linear: each sentence is read once. With
    `across` (the statement and the quote in two languages) words are compared by their
    [event_meanings] (`_meaning_keys`): "2012年5月17日，枪手袭击了博物馆" for "May 17, 2012
    … the Bardo National Museum … On March 18, 2015, gunmen attacked the museum"."""
    if len(owner.values) < 2:
        return None
    bounds = _sentence_bounds(owner.text)

    q_lo, q_hi = _sentence_of(bounds, q.start)
    others = [
        o
        for o in owner.values
        if o is not q
        and o.kind in ("date", "year")
        and not q_lo <= o.start < q_hi
        and _compare(s, o, published)[0] == "contradicted"
    ]
    if not others:
        return None
    keyed = _meaning_keys if across else _event_keys
    mine = keyed(stated.text, 0, len(stated.text), sorted((v.start, v.end) for v in stated.values))
    if len(mine) < 2:
        return None
    spans = sorted((v.start, v.end) for v in owner.values)
    read: dict[tuple[int, int], dict[str, str]] = {}

    def told(lo: int, hi: int) -> dict[str, str]:
        if (lo, hi) not in read:
            read[lo, hi] = keyed(owner.text, lo, hi, spans)
        return read[lo, hi]

    q_all = told(q_lo, q_hi)
    q_keys = mine.keys() & q_all.keys()
    if q_keys and q_keys == q_all.keys():
        return None  # "Retrieved 2007-10-12.": all that `q`'s sentence tells, the statement does
    best: tuple[Value, set[str], set[str]] | None = None
    for o in others:
        o_keys = mine.keys() & told(*_sentence_of(bounds, o.start)).keys()
        only = o_keys - q_keys
        if len(only) >= 2 and (best is None or len(only) > len(best[1])):
            best = o, only, q_keys - o_keys
    if best is None or len(best[1]) < len(best[2]):
        return None
    o, only, q_only = best
    return o, sorted(mine[k] for k in only), len(only) > 2 * len(q_only)


#: Where a clause of a quote's sentence ends: a comma, semicolon or colon before a space, a
#: dash between spaces or an em dash, or a Chinese or Japanese comma (not a bracket: "12
#: députés Front de gauche (sur 15)" is one item).
_FIGURE_CLAUSE_GAP = _lazy(r"[,;:](?=\s)|\s[-–—]\s|—|[，；、]")


def _figure_clause(stated: Reading, s: Value) -> tuple[int, int]:
    """The bounds of `s`'s own clause in the statement, between the clause gaps
    (`_FIGURE_CLAUSE_GAP`) around it; the whole text when `s` is its only value."""
    lo, hi = 0, len(stated.text)
    if len(stated.values) > 1:
        for m in _FIGURE_CLAUSE_GAP.finditer(stated.text):
            if m.end() <= s.start:
                lo = m.end()
            elif m.start() >= s.end:
                hi = m.start()
                break
    return lo, hi


def _told_of_another_figure(
    stated: Reading,
    s: Value,
    q: Value,
    owner: Reading,
    published: date | None,
    *,
    quote_lang: str | None = None,
) -> tuple[Value, list[str], bool] | None:
    """Across languages, another figure of the quote whose sentence (or, when both stand
    in one sentence, whose clause) tells what the statement tells with `s` rather than
    `q`'s: "Durch Waffengewalt wurden weniger als 100 Amerikaner getötet" for "… killed
    since 9/11 by terrorism, it's less than 100. If you look at the number that have been
    killed by gun violence, it's in the tens of thousands". The statement's words are
    compared by their [event_meanings] (`_meaning_keys`), as `_told_of_another_date`
    compares them: two or more found only in the other's part, and as many or more than
    only in `q`'s; more than twice as many, and the other figure contradicting `s`, make it
    the other figure's (True), else a person's call (False). Linear: each part is read
    once. Not when `q`'s sentence shares nothing of the statement and speaks of another
    sentence's thing by a word of `quote_lang`'s [figure_anaphora] ("About 2,000 of them
    are on display" after "… a collection of 40,000 objects.")."""
    if stated.negation:
        return None  # "Ninguno de los 21 …": the negation is read on its own
    others = [
        o
        for o in owner.values
        if o is not q and o.kind == q.kind and _compare(s, o, published)[0] != "missing"
    ]
    if not others:
        return None
    said = sorted((v.start, v.end) for v in stated.values)
    # "21 cristãos, 20 deles coptas egípcios": the words of the figure's own clause.
    lo, hi = _figure_clause(stated, s)
    if any(v is not s and lo <= v.start < hi for v in stated.values):
        return None  # "revenue in 2010 was $123 million": the words may be the year's
    mine = _meaning_keys(stated.text, lo, hi, said)
    if len(mine) < 2:
        return None
    text = owner.text
    bounds = _sentence_bounds(text)

    gaps = [(m.start(), m.end()) for m in _FIGURE_CLAUSE_GAP.finditer(text)]
    gap_ends = [g[1] for g in gaps]

    def clause(pos: int, lo: int, hi: int) -> tuple[int, int]:
        at = bisect.bisect_right(gap_ends, pos)
        start = max(lo, gaps[at - 1][1]) if at else lo
        end = min(hi, gaps[at][0]) if at < len(gaps) and gaps[at][0] >= pos else hi
        return start, end

    spans = sorted((v.start, v.end) for v in owner.values)
    read: dict[tuple[int, int], dict[str, str]] = {}

    def told(part: tuple[int, int]) -> set[str]:
        if part not in read:
            read[part] = _meaning_keys(text, part[0], part[1], spans)
        return mine.keys() & read[part].keys()

    q_sentence = _sentence_of(bounds, q.start)
    best: tuple[Value, set[str], set[str]] | None = None
    for o in others:
        o_sentence = _sentence_of(bounds, o.start)
        if o_sentence == q_sentence:
            q_part, o_part = clause(q.start, *q_sentence), clause(o.start, *o_sentence)
            if q_part == o_part:
                continue
        else:
            q_part, o_part = q_sentence, o_sentence
        q_keys, o_keys = told(q_part), told(o_part)
        # Only shared meanings tie the statement to the other figure; names and cognates
        # ("Front de gauche", "Roof") are left to the readings within one language.
        only = {k for k in o_keys - q_keys if k.startswith("=")}
        if (
            not q_keys
            and o_sentence != q_sentence
            and _refers_back(text, *q_part, quote_lang, spans)
        ):
            continue  # "Today it holds 40,000.": the other sentence's thing, by a pronoun
        if _figure_told_apart(only, q_keys, o_sentence != q_sentence) and (
            best is None or len(only) > len(best[1])
        ):
            best = o, only, q_keys - o_keys
    if best is None or len(best[1]) < len(best[2]):
        return None
    o, only, q_only = best
    sure = len(only) > 2 * len(q_only) and _compare(s, o, published)[0] == "contradicted"
    return o, sorted({mine[k] for k in only}), sure


@lru_cache(maxsize=16)
def _figure_anaphora(lang: str | None) -> frozenset[str]:
    """[figure_anaphora] words of `lang`'s data file, lowercase."""
    base = _base(lang)
    if base is None or not base.isalpha():
        return frozenset()
    words = _load_toml(base).get("figure_anaphora", {}).get("words", [])
    return frozenset(w.lower() for w in words)


def _refers_back(
    text: str, lo: int, hi: int, lang: str | None, spans: list[tuple[int, int]]
) -> bool:
    """Whether the sentence `text[lo:hi]` (its figures at `spans`, sorted) speaks of a thing
    another sentence names: a word of `lang`'s [figure_anaphora] ("it", "them", "sie") and
    three words of its own or fewer (`_event_keys`: "Today it holds 40,000."; not "If you
    look at the number of Americans killed by terrorism, it's less than 100", whose "it" is
    its own number's)."""
    words = _figure_anaphora(lang)
    if not words or not any(m.group().lower() in words for m in _TOKEN.finditer(text, lo, hi)):
        return False
    return len(_event_keys(text, lo, hi, spans).keys() - words) <= 3


def _figure_told_apart(only: set[str], q_keys: set[str], apart: bool) -> bool:
    """Whether the meanings `only` (shared by the statement with another figure's part of
    the quote, not with `q`'s) tie the statement to that figure, for
    `_told_of_another_figure`: two or more; or one when the other figure stands in another
    sentence and `q`'s sentence shares no word or meaning of the statement at all ("Die
    Brücke ist 300 Meter lang" for "The tower is 300 metres tall. The bridge spans 120
    metres.")."""
    return len(only) >= 2 or (apart and not q_keys and len(only) == 1)


#: The kinds of a quote's time that may date the statement's event.
_EVENT_TIME_KINDS = ("date", "year", "decade", "century")


def _event_time_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    owner: Reading,
    published: date | None,
    *,
    across: bool = False,
) -> tuple[Value, str, str, list[str]] | None:
    """Another time of the quote (a date, year, decade or century), in another sentence
    than `q`'s, whose sentence tells the event of the statement's clause with `s` while
    `q`'s sentence tells little of it, and which `s` meets otherwise than it meets `q`:
    "Bin Laden lived in Khartoum in 1997" for "In 1997, Clinton imposed a … trade embargo
    …. In the mid-1990s, Osama bin Laden lived in Khartoum" gives (mid-1990s, "missing",
    …, ["Khartoum", "Laden", "lived"]): the stay is dated by its decade, not by the
    embargo's year. The statement's words are those of its clause with `s` (between
    commas) when it holds another figure, keyed as `_told_of_another_date` keys them (by
    [event_meanings] across languages); two or more found only in the other sentence and
    more than twice as many as only in `q`'s decide; across languages one shared meaning
    does when `q`'s sentence shares none ("ビンラディンは1995年にハルツームに住んでいた").
    (The other time, its verdict and note, the words) or None. Linear: each sentence is
    read once."""
    if len(owner.values) < 2:
        return None
    bounds = _sentence_bounds(owner.text)
    if len(bounds) < 3:
        return None

    q_part = _sentence_of(bounds, q.start)
    before = _compare(s, q, published)[0]
    others = [
        o
        for o in owner.values
        if o is not q and o.kind in _EVENT_TIME_KINDS and _sentence_of(bounds, o.start) != q_part
    ]
    if not others:
        return None
    # "Bin Laden lived in Khartoum in 1997, and Clinton imposed the embargo in the
    # mid-1990s": the words of the figure's own clause.
    lo, hi = _figure_clause(stated, s)
    keyed = _meaning_keys if across else _event_keys
    mine = keyed(stated.text, lo, hi, sorted((v.start, v.end) for v in stated.values))
    if not mine:
        return None
    spans = sorted((v.start, v.end) for v in owner.values)
    read: dict[tuple[int, int], set[str]] = {}

    def told(part: tuple[int, int]) -> set[str]:
        if part not in read:
            read[part] = mine.keys() & keyed(owner.text, part[0], part[1], spans).keys()
        return read[part]

    q_keys = told(q_part)
    if q_keys and q_keys == keyed(owner.text, *q_part, spans).keys():
        return None  # "Retrieved 2007-10-12.": all that `q`'s sentence tells, the statement does
    best: tuple[Value, set[str]] | None = None
    for o in others:
        only = told(_sentence_of(bounds, o.start)) - q_keys
        if best is None or len(only) > len(best[1]):
            best = o, only
    if best is None:
        return None
    o, only = best
    q_only = q_keys - told(_sentence_of(bounds, o.start))
    enough = len(only) >= 2 or (across and not q_keys and any(k.startswith("=") for k in only))
    if not enough or len(only) <= 2 * len(q_only):
        return None
    verdict, note = _compare(s, o, published)
    if verdict == before or verdict in ("match", "overstated"):
        return None  # the same verdict, or a pass no other reading checked
    return o, verdict, note, sorted(mine[k] for k in only)


@lru_cache(maxsize=1)
def _clause_joins() -> re.Pattern[str] | None:
    """[event_clause_joins] of common.toml as one pattern of whole words, or None."""
    words = _load_toml("common").get("event_clause_joins", {}).get("words", [])
    if not words:
        return None
    alts = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)


def _clause_breaks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause breaks of `text[lo:hi]`: `_FIGURE_CLAUSE_GAP` and [event_clause_joins],
    those a few letters apart merged into one (", and")."""
    found = [(m.start(), m.end()) for m in _FIGURE_CLAUSE_GAP.finditer(text, lo, hi)]
    joins = _clause_joins()
    if joins is not None:
        found += [(m.start(), m.end()) for m in joins.finditer(text, lo, hi)]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if merged and a - merged[-1][1] <= 3:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _event_clause_swapped(
    stated: Reading,
    s: Value,
    q: Value,
    owner: Reading,
    published: date | None,
    *,
    across: bool = False,
) -> tuple[Value, str, str, list[str]] | None:
    """Another time of the quote in `q`'s own sentence, in the other clause of it, whose
    clause tells the event of the statement's clause with `s` while `q`'s clause tells
    none of it: "Die Soldaten stürmten den Palast 2013" for "Islamists came to power in
    2013, and soldiers stormed the palace in 2014" gives (2014, "contradicted", …,
    ["Palast", "Soldaten", "stürmten"]). The sentence is split only where one clause break
    stands between the two times and it holds a word of [event_clause_joins] (", and"); the
    other time must stand in the later clause: the earlier clause's words may be both
    clauses' (a subject said once: "Sales rose 10% in 2022 and 15% in 2023"). The
    statement's words are those of its clause with `s`, keyed as `_told_of_another_date`
    keys them (by [event_meanings] across languages). Two or more found only in the other
    clause, none in `q`'s, make it a contradiction when the other time denies `s`; one, or
    another time that does not deny it, leaves it to a person ("missing"). Linear."""
    if sum(v.kind in _EVENT_TIME_KINDS for v in owner.values) < 2:
        return None  # one time: no pair of dated clauses to tell apart
    bounds = _sentence_bounds(owner.text)
    lo, hi = _sentence_of(bounds, q.start)
    others = [
        o
        for o in owner.values
        if o is not q
        and o.kind in _EVENT_TIME_KINDS
        and lo <= o.start < hi
        and _compare(s, o, published)[0] not in ("match", "overstated")
    ]
    if len(others) != 1:
        return None
    o = others[0]
    if any(
        v is not q and v is not o and v.kind in _EVENT_TIME_KINDS and lo <= v.start < hi
        for v in owner.values
    ):
        return None
    if o.start < q.start:
        # "Sales rose 10% in 2022 and 15% in 2023", "se cobró cerca de 40.000 vidas en los
        # años 90 y lleva más de 2000 desde … 2015": the first clause's words may be the
        # later clause's too (a subject or verb said once); only a later clause's are its own.
        return None
    breaks = _clause_breaks(owner.text, q.end, o.start)
    if len(breaks) != 1:
        return None
    cut_lo, cut_hi = breaks[0]
    joins = _clause_joins()
    if joins is None or joins.search(owner.text, cut_lo, cut_hi) is None:
        # "In a statement issued in March 2020, the charity said its income for 2019 …":
        # a comma alone may close a dated phrase of the other clause's event.
        return None
    q_part, o_part = (lo, cut_lo), (cut_hi, hi)
    # "Rund 12.000 Lehrer wurden eingestellt. 2016 war ein gutes Jahr.": `s`'s sentence.
    s_lo, s_hi = _sentence_of(_sentence_bounds(stated.text), s.start)
    times = [
        v
        for v in stated.values
        if v is not s and v.kind in _EVENT_TIME_KINDS and s_lo <= v.start < s_hi
    ]
    if times:
        before = [v for v in times if v.end <= s.start]
        after = [v for v in times if v.start >= s.end]
        if before:
            cuts = _clause_breaks(stated.text, max(v.end for v in before), s.start)
            if len(cuts) != 1:
                return None
            s_lo = cuts[0][1]
        if after:
            cuts = _clause_breaks(stated.text, s.end, min(v.start for v in after))
            if len(cuts) != 1:
                return None
            s_hi = cuts[0][0]
    keyed = _meaning_keys if across else _event_keys
    mine = keyed(stated.text, s_lo, s_hi, sorted((v.start, v.end) for v in stated.values))
    if not mine:
        return None
    spans = sorted((v.start, v.end) for v in owner.values)
    q_keys = mine.keys() & keyed(owner.text, *q_part, spans).keys()
    if q_keys:
        return None  # `q`'s clause tells something of the statement's event
    only = mine.keys() & keyed(owner.text, *o_part, spans).keys()
    if across and not any(k.startswith("=") for k in only):
        return None  # names and cognates alone do not tie across languages
    if not only:
        return None
    verdict, note = _compare(s, o, published)
    if verdict != "contradicted" or len(only) < 2:
        verdict = "missing"
    return o, verdict, note, sorted(mine[k] for k in only)
