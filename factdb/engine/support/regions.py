"""Regions: the parts of a quote that belong to one figure, and a statement's words tied
to a figure in another region of the quote."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .clauses import _WORD3
from .contrasts import _ends_outside
from .events import _TIE_BREAK, _neighbours, _refers_back
from .holders import _TIE_REACH
from .negated_sides import _sentence_span
from .patterns import _TOKEN, _alt, _lazy
from .readers import _REGION_END
from .results import Reading, Value, _close
from .rules import _base, _load_toml
from .sentences import _has_cjk
from .values import _holds_value
from .words import (
    _auxiliaries,
    _meaning_keys,
    _meaning_set,
    _occurrences,
    _region_words,
    _token_words,
    _unaccented,
    _words,
)


def _counted(text: str, end: int, stop: int) -> dict[str, str]:
    """The words among the few after a figure, up to `stop` (the next figure) or the end of
    its clause: what it counts. One word between two figures joins them ("438 contre 86",
    "3 of 5"); it counts nothing."""
    window = text[end : min(stop, end + 64)]
    cut = _TIE_BREAK.search(window)
    if cut:
        window = window[: cut.start()]
    tokens = _TOKEN.findall(window)
    if not cut and end + 64 >= stop and stop < len(text) and len(tokens) <= 1:
        return {}
    return _words(tokens[:_TIE_REACH])


@lru_cache(maxsize=1)
def _noun_then_coordinated() -> re.Pattern[str]:
    """What joins a figure and its noun to a figure coordinated after it ("90 countries
    and"): one word, then a comma or a word of coordination ([coordinated] in
    common.toml)."""
    words = _load_toml("common").get("coordinated", {}).get("words", [])
    spelled = [w for w in words if w.isalpha()]
    marks = [w for w in words if not w.isalpha()]
    return re.compile(rf"\s+[^\W\d_]+(?:\s*(?:{_alt(marks)})\s*|\s+(?:{_alt(spelled)})\s+)", re.I)


def _shared_by_coordination(stated: Reading, s: Value, text: str, q: Value, other: Value) -> bool:
    """Whether `other` is coordinated right after `q`, each with its noun ("90 countries
    and 114 languages gathered in Santa Clara"), and the statement's figure `s` counts
    `q`'s noun ("90 countries gathered in Santa Clara"): what follows the coordination is
    said of both figures, and ties `s` to `other` no more than to `q`."""
    if other.start < q.end or _noun_then_coordinated().fullmatch(text, q.end, other.start) is None:
        return False
    noun = _WORD3.search(text, q.end, other.start)
    mine = _WORD3.match(stated.text, s.end + 1) if stated.text[s.end : s.end + 1] == " " else None
    return (
        noun is not None
        and mine is not None
        and _unaccented(mine.group().lower()[:5]) == _unaccented(noun.group().lower()[:5])
    )


#: Breaks inside a sentence between two figures: what stands before the first one goes
#: with the earlier figure, what stands after the last one with the later ("51 % durch die
#: Stadtwerke und zu 49 % von der Messe").
_REGION_SPLIT = re.compile(_TIE_BREAK.pattern + r"|→|,(?=[\"”»’'])|[、，（）「」]", re.I)


#: A word that sets a figure against the one before it, after a comma: "7,5 %, contre
#: 7,9 % un an plus tôt", "12%, versus 9%": the second figure is said of the same subject.
_AGAINST = _lazy(r"contre|against|versus|vs|gegenüber|contra|frente", re.I)


#: "Respectively": figures given in the order of names said before them.
_RESPECTIVELY = _lazy(r"respectiv", re.I)


#: The same said before the figures it orders ("後者はそれぞれ3400MB/s、2800MB/s").
_RESPECTIVELY_BEFORE = _lazy(r"jeweils|それぞれ|分别|各自", re.I)


def _in_order(text: str, q: Value) -> bool:
    """Whether `q` is one of figures its sentence gives "respectively": the word after it
    ("3400 and 2800 MB/s respectively") or, in German, Chinese and Japanese, before it."""
    before = _RESPECTIVELY_BEFORE.search(text, 0, q.start)
    if before and not _REGION_END.search(text, before.end(), q.start):
        return True
    after = _RESPECTIVELY.search(text, q.end)
    return after is not None and not _REGION_END.search(text, q.end, after.start())


_FRAME_BEFORE = _lazy(r"([^\W\d_]+)[ \u00a0\u202f]*\Z")


def _regions(reading: Reading) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each figure's region of its text, as words, keyed by the figure's id: in its sentence,
    what stands between it and the breaks ("and", a comma) nearest to it on each side, back
    to the figure before and on to the figure after, or to the sentence's end after the
    last figure; the words before the first figure too when it is its sentence's only one.
    Words between two figures and no break go with neither ("a single function that adds
    two numbers"); two figures joined by one word or none ("from 17% to 600%", "438 contre
    86") share theirs. Second, per figure, the words said before the first figure of its
    sentence when that holds several: a subject said once for all, no figure's own."""
    if reading.regions is None:
        reading.regions = _find_regions(reading)
    return reading.regions


def _find_regions(reading: Reading) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    text, values = reading.text, reading.values
    # The point of an ordinal ("den 3. Platz") ends no sentence.
    ends = _ends_outside(text, values, _REGION_END)
    own: dict[int, set[str]] = {id(v): set() for v in values}
    shared: dict[int, set[str]] = {}
    joined: list[tuple[Value, Value]] = []
    sentence_of = [bisect.bisect_right(ends, v.start) for v in values]
    preamble: set[str] = set()
    for i, v in enumerate(values):
        k = sentence_of[i]
        first = i == 0 or sentence_of[i - 1] != k
        last = i == len(values) - 1 or sentence_of[i + 1] != k
        if first:
            preamble = _region_words(text[ends[k - 1] if k else 0 : v.start])
            if last:
                own[id(v)] |= preamble
                preamble = set()
        shared[id(v)] = preamble
        if last:
            tail = text[v.end : ends[k] if k < len(ends) else len(text)]
            cut = _REGION_SPLIT.search(tail)
            own[id(v)] |= _region_words(tail[: cut.start()] if cut else tail)
            continue
        nxt = values[i + 1]
        between = text[v.end : nxt.start]
        cuts = list(_REGION_SPLIT.finditer(between))
        tokens = _TOKEN.findall(between)
        if v.kind == nxt.kind and (
            (len(between.strip()) <= 2 if _has_cjk(between) else len(tokens) <= 1)
            if not cuts
            else len(tokens) == 1 and _AGAINST.fullmatch(tokens[0]) is not None
        ):
            # "438 contre 86", "7,5 %, contre 7,9 % un an plus tôt": one subject for both.
            joined.append((v, nxt))
            own[id(v)] |= _region_words(between)
        elif cuts:
            own[id(v)] |= _region_words(between[: cuts[0].start()])
            own[id(nxt)] |= _region_words(between[cuts[-1].end() :])
    for a, b in joined:
        own[id(a)] = own[id(b)] = own[id(a)] | own[id(b)]
    _parallel_preambles(text, ends, values, sentence_of, own, shared)
    return own, shared


def _framed_alike(text: str, a: Value, b: Value) -> bool:
    """Whether the same word stands just before two figures ("Shelton siegte in 7,81 sek,
    Julian in 8,15 sek"): the second item leaves out what the first said before it."""
    before_a = _FRAME_BEFORE.search(text, max(0, a.start - 20), a.start)
    before_b = _FRAME_BEFORE.search(text, max(0, b.start - 20), b.start)
    return bool(before_a and before_b and before_a.group(1).lower() == before_b.group(1).lower())


def _parallel_preambles(
    text: str,
    ends: list[int],
    values: list[Value],
    sentence_of: list[int],
    own: dict[int, set[str]],
    shared: dict[int, set[str]],
) -> None:
    """A preamble that the words leading to the sentence's second figure (after the break
    before it) say again in part, with a word of their own, is the first item of a parallel
    list, not a subject said once for all: "Sequential read speed is up to 3,470 MB/s and
    sequential write speed up to 3,000 MB/s" (the second item repeats "sequential" and
    "speed", and says "write"), or that stand after the same word as it ("Shelton siegte
    in 7,81 sek, Julian in 8,15 sek"). The preamble's words that no other figure's region says
    ("read") are the first figure's own; the rest stay shared. In Chinese or Japanese, only
    those of the preamble's end as long as the leading characters ("前者の" of
    "前者のシーケンシャルリードが…、シーケンシャルライトは…" is said of all). In place."""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sentence_of[j + 1] == sentence_of[i]:
            j += 1
        if j > i:
            first, second = values[i], values[i + 1]
            preamble = shared.get(id(first), set())
            others = set().union(*(own[id(v)] for v in values[i + 1 : j + 1]))
            cuts = list(_REGION_SPLIT.finditer(text, first.end, second.start))
            lead = _region_words(text[cuts[-1].end() : second.start]) if cuts else set()
            framed = _framed_alike(text, first, second)
            if (framed or lead & preamble - _auxiliaries()) and lead - preamble - _auxiliaries():
                moved = preamble - others
                said = text[cuts[-1].end() : second.start].strip()
                if not lead & preamble - _auxiliaries():
                    # Framed alike only: the second item's names stand for the opening's
                    # first as many, names too ("Julian" for "Shelton"); the verb after
                    # them is left out of it, said of both ("siegte").
                    k = sentence_of[i]
                    tokens = _TOKEN.findall(text[ends[k - 1] if k else 0 : first.start])
                    names = _TOKEN.findall(said)[:-1]  # less the word of the frame
                    heads = tokens[: len(names)]
                    named = bool(names) and all(w[:1].isupper() for w in names + heads)
                    moved &= _region_words(" ".join(heads)) if named else set()
                if _has_cjk(said):
                    # Characters, not words: the preamble's end as long as the lead.
                    k = sentence_of[i]
                    opening = text[ends[k - 1] if k else 0 : first.start].rstrip()
                    moved &= _region_words(opening[-len(said) :])
                if moved:
                    own[id(first)] = own[id(first)] | moved
                    for v in values[i : j + 1]:
                        shared[id(v)] = preamble - moved
        i = j + 1


def _tied_by_region(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    owner: Reading,
    inner: bool = False,
) -> tuple[Value, str, bool] | None:
    """Another figure of the quote that the statement's words go with, when they do not go
    with `q`: the words of the statement around its figure (its region, and the subject said
    before it) that the quote says once, in that figure's words (its region and the subject
    said before its sentence's figures) and not in `q`'s, more of them than the other way
    round. "Die Messe hält 51 Prozent" for "zu 51 Prozent durch die Stadtwerke und zu 49
    Prozent von der Messe" gives (49 Prozent, "Messe")."""
    own = {id(v) for v in owner.values}
    figures = [c for c in candidates if id(c) in own]
    if not any(not _close(c.value, q.value) for c in figures):
        return None
    mine_own, mine_shared = _regions(stated)
    mine = mine_own.get(id(s), set()) | mine_shared.get(id(s), set())
    if not mine:
        return None
    # Only a word the quote says once tells figures apart ("Mozilla reported …; Mozilla
    # noted …" ties nothing to either sentence). With none, no figure is told (below):
    # known before the quote's regions are read.
    occurrences = _occurrences(owner.text)
    mine = {w for w in mine if occurrences.get(w) == 1 and w not in _auxiliaries()}
    if not mine:
        return None
    if _in_order(owner.text, q):
        # "…, the latter 3400 and 2800 MB/s respectively": the order of the figures says
        # which is which, not the words beside them.
        return None
    own_words, shared = _regions(owner)
    # A figure's words: its region and the subject said before all figures of its sentence
    # (which tells sentences apart, not the figures of one sentence).
    theirs = {i: words | shared.get(i, set()) for i, words in own_words.items()}
    at_q = set().union(*(theirs[id(c)] for c in figures if _close(c.value, q.value)))
    # Character pairs are weaker proof than words: two at least; and one word more than
    # `q` is no proof unless nothing at all goes with `q`.
    cjk = _has_cjk(owner.text)
    best: Value | None = None
    told: set[str] = set()
    names: set[str] | None = None
    mine_all = _region_words(stated.text)
    for c in figures:
        if _close(c.value, q.value):
            continue
        for_c = mine & (theirs[id(c)] - at_q)
        for_q = mine & (at_q - theirs[id(c)])
        least = 2 if for_q or cjk else 1
        # A subject said before another sentence's figures may be the one a pronoun takes
        # up ("Sales rose 10% in 2022. In 2023 … they rose 15%"): one such word is no proof.
        said_before = len(for_c - own_words[id(c)])
        proven = said_before < len(for_c) or said_before >= 2
        if not proven and for_c:
            # Unless the word is a name and `q`'s words name another the statement does not
            # say: "In Canada, 2,300 reserves cover 80,000 km²" for "En Estados Unidos, las
            # reservaciones ocupan 80.000 km² … En Canadá, unas 2300 reservas ocupan
            # 28.000 km²" (no pronoun takes up Canada in the other sentence).
            if names is None:
                names = _names_in(owner.text)
            proven = bool(for_c & names) and bool((at_q & names) - mine_all)
        if proven and len(for_c) >= len(for_q) + least and len(for_c) > len(told):
            best, told = c, for_c
    if best is None:
        return None
    also = next((v for v in stated.values if v is not s and _close(v.value, best.value)), None)
    if also is not None and not inner:
        # The statement says that figure too: "12 of the 15 deputies". Unless its words go
        # with `q` as this one's go with the other: the two are swapped ("read speed up to
        # 3,000 MB/s and write speed up to 3,470 MB/s" for "read speed up to 3,470 MB/s and
        # write speed up to 3,000 MB/s"; `inner`: the check of the other one, once).
        back = _tied_by_region(stated, also, best, candidates, owner, inner=True)
        if back is None or not _close(back[0].value, q.value):
            return None
    # What the statement's figure counts, in the words right after it, goes with `q` and
    # not with the other: "20 hours after the massacre" is the quote's "24 hours after the
    # massacre", whatever else the sentence retells of its "two-hour interview".
    said = [v.start for v in stated.values]
    counted = set(
        _counted(stated.text, s.end, _neighbours(said, stated.values, s, len(stated.text))[1])
    )
    if counted & at_q and not counted & theirs[id(best)]:
        return None
    key = sorted(told)[0]
    spelled = {_unaccented(w.lower()[:5]): w for w in _TOKEN.findall(stated.text)}
    # One word is a hint, not a proof, unless it is a name or a noun written with a capital
    # inside the statement ("die Messe"): a verb may stand in another clause ("Anna lief
    # 12,1 Sekunden" for "… Anna in 12,1 sek …, vor Ella, die 12,4 sek lief").
    word = spelled.get(key, key)
    if (
        s.kind == "percent"
        and best.kind == "percent"
        and _whole_of_share(owner.text, best, key, False)
        and _whole_of_share(stated.text, s, key, True)
    ):
        # "Jeder fünfte Versorger" for "80 Prozent der Versorger …, private Anbieter (20
        # Prozent)": the word is the whole both shares are of, not what either counts.
        return None
    named = word[:1].isupper() and not stated.text.startswith(word)
    return best, word, len(told) < 2 and not named


@lru_cache(maxsize=2)
def _share_of(bare: bool) -> re.Pattern[str]:
    """The words after a share that name its whole ("80 Prozent der Versorger", "20% of
    the voters"; [shares] of in common.toml), and the word of the whole; with `bare`, the
    word may follow the share directly ("jeder fünfte Versorger", "one in five clinics")."""
    words = _load_toml("common").get("shares", {}).get("of", [])
    of = rf"(?:{_alt(words)})[ \u00a0]+"
    return re.compile(rf"[ \u00a0]*{f'(?:{of})?' if bare else of}([^\W\d_]+)", re.I)


def _names_in(text: str) -> set[str]:
    """The words (as :func:`_region_words` keeps them) that `text` writes with a capital
    inside a sentence, after a word: names of places, people, groups ("En Canadá", "von der
    Messe")."""
    found: set[str] = set()
    for m in _NAME_INSIDE.finditer(text):
        found |= _token_words(m.group(1))
    return found


#: A word with a capital after a word and a space or a comma inside its sentence.
_NAME_INSIDE = _lazy(r"(?<=[^\W\d_][ ,\u00a0])(?<![.!?] )([A-ZÀ-ÖØ-Þ][^\W\d_]{2,})")


def _whole_of_share(text: str, v: Value, key: str, bare: bool) -> bool:
    """Whether the word `key` (five letters, unaccented) names the whole of share `v`."""
    m = _share_of(bare).match(text, v.end, v.end + 40)
    return m is not None and _unaccented(m.group(1).lower()[:5]) == key


def _tied_in_region(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None] | None = None,
    statement_lang: str | None = None,
) -> tuple[Value, str, bool] | None:
    """:func:`_tied_by_region` in the quote that holds `q`, in any language but Chinese or
    Japanese (whose words are not read apart): a cognate without its accents meets its
    kin ("senators", "sénateurs"). Across languages, not when the statement's words say
    by their [event_meanings] what `q`'s sentence says and the other figure's does not
    (`_meanings_back_q`)."""
    for i, r in enumerate(readings):
        if _holds_value(r.values, q):
            found = _tied_by_region(stated, s, q, candidates, r)
            if found is not None and _shared_by_coordination(stated, s, r.text, q, found[0]):
                return None  # "90 countries and 114 languages gathered in Santa Clara"
            lang = langs[i] if langs is not None and i < len(langs) else None
            if (
                found is not None
                and langs is not None
                and _base(lang) != _base(statement_lang)
                and _meanings_back_q(stated, q, found[0], r)
            ):
                # "Durch Waffengewalt wurden Zehntausende Amerikaner getötet" for "the
                # number of Americans killed … by terrorism, it's less than 100. … killed by
                # gun violence, it's in the tens of thousands": the cognate of another
                # sentence ties nothing the meaning of the statement's words ties to `q`.
                return None
            if (
                found is not None
                and found[2]
                and langs is not None
                and _base(lang) != _base(statement_lang)
                and _counts_the_tie(stated, s, q, found[0], found[1], r)
            ):
                # "The CNCTR will include six senators" for "composée de six magistrats …,
                # de trois députés et trois sénateurs": the one word is the noun both
                # figures count, and `q` counts another: the quote gives it another figure.
                return found[0], found[1], False
            return found
    return None


def _counts_the_tie(
    stated: Reading, s: Value, q: Value, other: Value, word: str, owner: Reading
) -> bool:
    """Whether `word`, the one word of the statement that ties its figure `s` to `other`
    (not `q`) of the quote, is what both count, among the few words right after each
    (`_counted`; a cognate across languages: "senators", "sénateurs"), while the words
    right after `q` count something of their own that it is not ("six magistrats")."""
    key = _unaccented(word.lower()[:5])

    def counted(reading: Reading, v: Value) -> set[str]:
        said = [u.start for u in reading.values]
        stop = _neighbours(said, reading.values, v, len(reading.text))[1]
        return {_unaccented(k) for k in _counted(reading.text, v.end, stop)}

    if key not in counted(stated, s) or key not in counted(owner, other):
        return False
    at_q = counted(owner, q)
    return bool(at_q) and key not in at_q


def _meant_elsewhere(
    stated: Reading,
    q: Value,
    comparable: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str, str] | None:
    """Across languages, the one other figure of `q`'s quote, in another sentence, that the
    statement's words say by their [event_meanings] and `q`'s sentence does not
    (`_meanings_back_q` the other way round): "les armes à feu ont tué moins de 100
    Américains" for "… by terrorism, it's less than 100. … by gun violence, it's in the tens
    of thousands". (That figure, the statement's word, "missing": a person reads.)"""
    at = next((i for i, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if at is None or _has_cjk(readings[at].text):
        return None
    lang = langs[at] if at < len(langs) else None
    if _base(lang) == _base(statement_lang):
        return None
    owner = readings[at]
    own = {id(v) for v in owner.values}
    found = [
        c
        for c in comparable
        if c is not q
        and id(c) in own
        and not _close(c.value, q.value)
        and _meanings_back_q(stated, c, q, owner)
    ]
    if len(found) != 1:
        return None
    c_span = _sentence_span(owner.text, found[0].start, found[0].end)
    q_span = _sentence_span(owner.text, q.start, q.end)
    keys = _meaning_set(stated.text, 0, len(stated.text), stated.values)
    q_meant = _meaning_set(owner.text, *q_span, owner.values)
    if not keys & q_meant and _refers_back(
        owner.text, *q_span, lang, sorted((v.start, v.end) for v in owner.values)
    ):
        return None  # "Today it holds 40,000.": the other sentence's thing, by a pronoun
    told = (keys & _meaning_set(owner.text, *c_span, owner.values)) - q_meant
    spans = sorted((v.start, v.end) for v in stated.values)
    words = _meaning_keys(stated.text, 0, len(stated.text), spans)
    return found[0], words.get(min(told), min(told)), "missing"


def _meanings_back_q(stated: Reading, q: Value, other: Value, owner: Reading) -> bool:
    """Whether, across languages, the statement's words have an [event_meanings] meaning
    that the sentence of the quote's `q` says and that of `other` (another sentence) does
    not, while the other sentence says none of the statement's meanings that `q`'s lacks:
    "Waffengewalt" (arms, violence) in the sentence of "gun violence … tens of thousands",
    not in that of "terrorism … less than 100". Only for a statement with one figure of
    `q`'s kind and `q` alone of its kind in its sentence (the meanings are the figure's)."""
    if sum(v.kind == q.kind for v in stated.values) > 1:
        return False  # "el terrorismo ha matado a menos de 100 … y las armas a decenas de miles"
    q_span = _sentence_span(owner.text, q.start, q.end)
    o_span = _sentence_span(owner.text, other.start, other.end)
    if q_span == o_span:
        return False
    if any(
        v is not q and v.kind == q.kind and q_span[0] <= v.start < q_span[1] for v in owner.values
    ):
        # "70 Prozent weniger Energie und … um 40 Prozent": the sentence's meanings may be
        # another figure's of it.
        return False
    mine = _meaning_set(stated.text, 0, len(stated.text), stated.values)
    if not mine:
        return False
    at_q = mine & _meaning_set(owner.text, *q_span, owner.values)
    at_other = mine & _meaning_set(owner.text, *o_span, owner.values)
    return bool(at_q - at_other) and not at_other - at_q


def _tied_to_another_kind(
    stated: Reading, s: Value, q: Value, readings: list[Reading]
) -> tuple[Value, str, bool] | None:
    """:func:`_tied_in_region` among the quote's figures of other kinds, when a name proves
    it: "1,3 % de la superficie de Buenos Aires" for "el 1,3% de la superficie del país (y
    400 veces la superficie de la ciudad de Buenos Aires)" (Buenos Aires goes with the 400
    times, not the 1.3%)."""
    for r in readings:
        if _holds_value(r.values, q):
            others = [v for v in r.values if v.kind != q.kind]
            if not others or _has_cjk(r.text):
                return None
            found = _tied_by_region(stated, s, q, [q, *others], r)
            if found is None or not found[1][:1].isupper() or stated.text.startswith(found[1]):
                return None
            # The name says what the statement's figure is of, after it ("de Buenos Aires"),
            # not a subject before it ("Roof sat with the Bible study group for an hour").
            nxt = min((v.start for v in stated.values if v.start >= s.end), default=None)
            after = _region_words(stated.text[s.end : nxt])
            if _unaccented(found[1].lower()[:5]) not in after:
                return None
            return found[0], found[1], False
    return None
