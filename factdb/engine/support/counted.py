"""Counted nouns: what a figure counts, the noun tied to another figure across the quote,
false friends, axes and counters, and items tied elsewhere."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from .arithmetic import _worked_words
from .clauses import _CLAUSE_BREAK
from .events import _TIE_BREAK, _neighbours
from .holders import _COUNTED_REACH, _TIE_REACH, _TIED_KINDS
from .names import _NOUN_AFTER
from .patterns import _TOKEN, _alt, _lazy
from .periods import _CJK_CLAUSE_END
from .polarity import _polarity_groups, _polarity_index, _polarity_side_patterns
from .regions import _counted, _regions, _shared_by_coordination
from .results import Reading, Value, _close, _owner
from .roles import _APART_REACH, _COUNTER_GAP, _counted_nouns_in, _counted_nouns_pattern
from .rules import Rules, _base, _load_toml, rules_for
from .sentences import _has_cjk
from .values import _compare, _holds_value
from .words import _auxiliaries, _meanings, _told, _unaccented, _word_counts, _words


def _leading(text: str, start: int, stop: int) -> dict[str, str]:
    """The words among the few before a figure, back to `stop` (the previous figure's end)
    or the start of its clause."""
    window = text[max(stop, start - 64) : start]
    cuts = list(_TIE_BREAK.finditer(window))
    if cuts:
        window = window[cuts[-1].end() :]
    tokens = _TOKEN.findall(window)
    if not cuts and start - 64 <= stop and stop > 0 and len(tokens) <= 1:
        return {}
    return _words(tokens[-_TIE_REACH:])


def _tied_in(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """:func:`_tied_elsewhere` in the quote that holds `q`, when it is in the statement's
    language and not in Chinese or Japanese (whose words are not read apart)."""
    for r, lang in zip(readings, langs, strict=False):
        if _holds_value(r.values, q):
            if _base(lang) != _base(statement_lang) or _has_cjk(r.text):
                return None
            return _tied_elsewhere(stated, s, q, candidates, r, lang)
    return None


#: How far (in characters) a date may stand from the predicate of the event it dates
#: ("was arrested in April", "于3月21日被捕", "am 21. März festgenommen").
_EVENT_DATE_REACH = 25


#: What ends a sentence, between an event's predicate and a date of another sentence.
_EVENT_SENTENCE_END = re.compile(r"[.!?;]\s|[。！？；]")


def _event_date(text: str, values: list[Value], start: int, end: int) -> tuple[int, Value] | None:
    """The date nearest a predicate at ``start:end`` in its sentence, within
    `_EVENT_DATE_REACH`, with its distance; None when none is or two are as near."""
    best: list[tuple[int, Value]] = []
    for v in values:
        if v.kind != "date":
            continue
        lo, hi = (v.end, start) if v.end <= start else (end, v.start) if v.start >= end else (0, 0)
        if hi - lo > _EVENT_DATE_REACH or _EVENT_SENTENCE_END.search(text, lo, hi):
            continue
        best.append((max(0, hi - lo), v))
    best.sort(key=lambda t: t[0])
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0]


def _event_date_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """The quote's date of the event the statement dates with `s`, when it is not `q`: a
    predicate of a [polarity] side ("festgenommen", "被捕", custody.arrested) whose nearest
    date in the statement is `s`, and whose side's predicate in the quote has another
    date nearest ("He was arrested in April for the March 21 call": March 21 dates the
    call). A statement that gives two dates ("wurde im April wegen des Anrufs vom 21. März
    festgenommen": the verb ends the clause of both) is not read so. (That date, the
    quote's predicate), or None."""
    if sum(v.kind == "date" for v in stated.values) != 1:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    at = readings.index(owner)
    lang = langs[at] if at < len(langs) else None
    theirs = _polarity_side_patterns(lang)
    # The patterns that may match each text (`_WordIndex`; None: any): a pattern the
    # statement cannot match dates nothing, one the quote cannot match finds no other date.
    mine_live = _polarity_index(statement_lang).live(stated.text)
    their_live = _polarity_index(lang).live(owner.text)
    for name, sides, _ in _polarity_groups(statement_lang):
        for side, pattern in sides:
            other = theirs.get((name, side))
            if side == "neutral" or other is None:
                continue
            if (mine_live is not None and id(pattern) not in mine_live) or (
                their_live is not None and id(other) not in their_live
            ):
                continue
            for m in pattern.finditer(stated.text):
                mine = _event_date(stated.text, stated.values, m.start(), m.end())
                if mine is None or mine[1] is not s:
                    continue
                for n in other.finditer(owner.text):
                    found = _event_date(owner.text, owner.values, n.start(), n.end())
                    if found is not None and found[1] is not q:
                        return found[1], n.group().strip()
    return None


@lru_cache(maxsize=1)
def _counted_axes() -> tuple[dict[str, str], frozenset[str]]:
    """Each meaning of [counted_nouns] with its axis ([counted_noun_axes]; "what" when in
    none), and the meanings that count people ([counted_noun_persons])."""
    common = _load_toml("common")
    axes = {m: axis for axis, ms in common.get("counted_noun_axes", {}).items() for m in ms}
    persons = frozenset(common.get("counted_noun_persons", {}).get("meanings", []))
    return axes, persons


def _on_axis(meanings: Iterable[str], axis: str) -> set[str]:
    """The meanings of `meanings` on `axis` of [counted_noun_axes]."""
    axes = _counted_axes()[0]
    return {m for m in meanings if axes.get(m, "what") == axis}


def _meanings_apart(mine: Iterable[str], theirs: Iterable[str]) -> list[str]:
    """The axes on which two figures' meanings ([counted_nouns]) both say something and
    nothing alike: "foreigners" and "people" (what is counted), "dead" and "infected" (what
    befell it); "dead" and "foreigners" stand on two axes and may be said of one figure.
    A statement's "people" is said of any group of people ([counted_noun_persons]), and
    "people" beside such a group is that group."""
    persons = _counted_axes()[1]
    mine, theirs = set(mine), set(theirs)
    # "People" beside a group of people is that group: "19名外国人" (a counter, then the
    # foreigners), "19 foreign people".
    mine -= {"people"} if mine & persons else set()
    theirs -= {"people"} if theirs & persons else set()
    apart = []
    for axis in sorted({a for m in mine for a in [_axis_of(m)]}):
        a, b = _on_axis(mine, axis), _on_axis(theirs, axis)
        if not b or a & b or (a == {"people"} and b <= persons):
            continue
        apart.append(axis)
    return apart


def _axis_of(meaning: str) -> str:
    """The axis ([counted_noun_axes]) of a meaning of [counted_nouns]."""
    return _counted_axes()[0].get(meaning, "what")


#: How many characters after a figure in Chinese or Japanese text may say what it counts
#: ("名外国人"; after a counter and a modifier, "项联邦仇恨犯罪罪名").
_CJK_NOUN_REACH = 10


#: A colon (or its CJK form) right before a figure: "Deaths: 19", "死者：19".
_COLON_BEFORE = re.compile(r"\s*[:：]\s*$")


#: How many words before a figure may say what it counts (`_lead_window`): "Der Umsatz
#: des Unternehmens lag bei 4,5 Milliarden".
_LEAD_REACH = 6


def _lead_window(text: str, v: Value, values: list[Value]) -> str:
    """The few words right before figure `v` that may say what it counts ("Deaths: 19",
    "die Zahl der Toten stieg auf 34", "净利润为45亿元"): back to its clause's start, a colon
    right before it read through, and never into the words right after the amount before
    it, which are that amount's ("33 federal hate crime counts for murdering nine": "for
    murdering"); a date between is read through ("starben gestern 120 Menschen")."""
    begin = max(0, v.start - 48)
    for u in values:
        if u.end <= v.start and u.kind in _TIED_KINDS and u.end > begin - 1:
            after = text[u.end : v.start]
            for cut in (_TIE_BREAK.search(after), _CJK_CLAUSE_END.search(after)):
                if cut is not None:
                    after = after[: cut.start()]
            if _has_cjk(after[:3]):
                begin = max(begin, u.end + len(after[:_CJK_NOUN_REACH]))
            else:
                words = list(itertools.islice(_TOKEN.finditer(after), _COUNTED_REACH))
                begin = max(begin, u.end + (words[-1].end() if words else 0))
    lead = text[begin : v.start]
    colon = _COLON_BEFORE.search(lead)
    if colon is not None:
        lead = lead[: colon.start()]
    for brk in (_TIE_BREAK, _CJK_CLAUSE_END, _CLAUSE_BREAK):
        cuts = list(brk.finditer(lead))
        if cuts:
            lead = lead[cuts[-1].end() :]
    if _has_cjk(lead[-3:]):
        return lead[-_CJK_NOUN_REACH:]
    words = list(_TOKEN.finditer(lead))
    if len(words) > _LEAD_REACH:
        lead = lead[words[-_LEAD_REACH].start() :]
    return lead


@lru_cache(maxsize=1)
def _second_count() -> re.Pattern[str] | None:
    """A joining word and a word for one that open a second count after a figure's noun
    ([counted_noun_second]: "y un", "and one"), or None without such words."""
    table = _load_toml("common").get("counted_noun_second", {})
    joins, one = table.get("joins", []), table.get("one", [])
    if not joins or not one:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(joins)})\s+(?:{_alt(one)})(?!\w)", re.I)


def _nouns_counted(
    text: str, v: Value, values: list[Value], lead_too: bool = True
) -> tuple[dict[str, str], bool]:
    """The meanings ([counted_nouns]) said among the few words right after figure `v`, up
    to its clause's end or the next figure, each with its word as written; and whether any
    word stands there at all (a figure that counts something). An axis of meanings
    ([counted_noun_axes]) that the words after it leave unsaid is read among the few words
    right before it, back to its clause's start or the amount before (a date between is
    read through: "starben gestern 120 Menschen"): "Deaths: 19", "die
    Zahl der Toten stieg auf 34", "净利润为45亿元", "killing at least 19 people"."""
    pattern = _counted_nouns_pattern()
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 48])
    window = text[v.end : stop]
    # A clause's conjunction ends it too: "$12 billion while imports fell".
    for cut in (
        _TIE_BREAK.search(window),
        _CJK_CLAUSE_END.search(window),
        _CLAUSE_BREAK.search(window),
    ):
        if cut is not None:
            window = window[: cut.start()]
    if _has_cjk(window[:3]):
        window = window[:_CJK_NOUN_REACH]
    else:
        words = list(_TOKEN.finditer(window))
        if len(words) > _COUNTED_REACH:
            window = window[: words[_COUNTED_REACH - 1].end()]
        second = _second_count()
        cut = second.search(window) if second is not None else None
        if cut is not None:
            # "tres agricultores y un carabinero": the carabinero is the second count's.
            window = window[: cut.start()]
    said = _TOKEN.search(window) is not None
    if pattern is None:
        return {}, said
    found: dict[str, str] = {}
    # The figure's own words first: a rate's unit ("300 voitures par jour").
    for m in itertools.chain(_counted_nouns_in(text, v.start, v.end), _counted_nouns_in(window)):
        found.setdefault(m.lastgroup or "", m.group())
    if not lead_too:
        return found, said
    lead = _lead_window(text, v, values)
    # "People" after a figure leaves the group before it to say ("吸引游客300万人次").
    said_axes = {_axis_of(m) for m in found if m != "people"}
    for m in _counted_nouns_in(lead):
        meaning = m.lastgroup or ""
        if _axis_of(meaning) not in said_axes:
            found.setdefault(meaning, m.group())
    return found, said


def _noun_tied_across(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """The figure of a quote in another language that the statement's noun goes with, when
    it is not `q`: the words around the statement's figure have a meaning of
    [counted_nouns] that those around `q` do not say (they count something else, on the
    same axis of [counted_noun_axes]) and that those around one other figure of `q`'s kind
    in the quote say. "Au moins 19 étrangers" for "killing at least 19 people, including
    17 foreigners" gives (17, "foreigners"); "120 deaths" for "120人の感染者 ... 3人が死亡"
    gives (3, "死亡"). None when the statement says that figure too, of the same noun or of
    none ("17 of the 19 foreigners"; of another noun the two are swapped), or when the
    words before `q` in its clause say the noun ("foreigners: 19")."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) == _base(statement_lang):
        return None  # tested first: most quotes are in the statement's language
    mine, _ = _nouns_counted(stated.text, s, stated.values)
    if not mine:
        return None
    at_q, _ = _nouns_counted(owner.text, q, owner.values)
    apart = _meanings_apart(mine, at_q)
    if not apart:
        # The words around `q` say no counted noun ("while 3 died": the passengers the
        # statement names, left unsaid), or the statement's: `q` may count it.
        return None
    wanted = {m for m in mine if _axis_of(m) in apart}
    if any(
        m.lastgroup in wanted for m in _counted_nouns_in(_lead_window(owner.text, q, owner.values))
    ):
        return None
    own = {id(v) for v in owner.values}
    found = []
    for c in candidates:
        if c is q or id(c) not in own or (c.kind, c.dim) not in ((q.kind, q.dim), (s.kind, s.dim)):
            # Of `q`'s kind, or of the statement's: "9000个工程团队" for "9,000 async tasks
            # scheduled per second and in use by 28 engineering teams" (a rate and a count).
            continue
        theirs, _ = _nouns_counted(owner.text, c, owner.values)
        both = theirs.keys() & wanted
        if both and {_axis_of(m) for m in both} >= set(apart) and not _meanings_apart(mine, theirs):
            found.append((c, theirs[min(both)]))
    if len(found) != 1:
        return None
    other = found[0][0]
    for v in stated.values:
        if v is not s and _close(v.value, other.value):
            # The statement says that figure too: of the same noun or of none, it is the
            # quote's ("17 of the 19 foreigners"); of another noun, the two are swapped
            # ("trois soldats et deux civils" for "three civilians and two soldiers").
            nouns = _nouns_counted(stated.text, v, stated.values)[0]
            if not nouns or not _meanings_apart(mine, nouns):
                return None
    return found[0]


@lru_cache(maxsize=16)
def _noun_tie_patterns(
    lang: str | None,
) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """[noun_ties] of a language's table: the patterns that say a figure's noun before it
    ("cuts costs by 30%") and after it ("60 percent less water")."""
    table = _load_toml(_base(lang) or "").get("noun_ties", {}) if lang else {}
    before = tuple(re.compile(p, re.I) for p in table.get("before", []))
    after = tuple(re.compile(p, re.I) for p in table.get("after", []))
    return before, after


#: How far before or after a figure its [noun_ties] noun is read.
_NOUN_TIE_REACH = 40


def _tie_nouns(text: str, v: Value, values: list[Value], lang: str | None) -> dict[str, str]:
    """The words (four letters or more, keyed by their first five letters unaccented) of
    the noun that a [noun_ties] pattern ties to figure `v`, within its stretch between the
    figures beside it: "costs" for "cuts costs by 30%", "water" for "60 percent less
    water"; and each of their [counted_nouns] or [activities] meanings, keyed "=meaning"
    (words across languages: "Kosten" and "costs")."""
    before, after = _noun_tie_patterns(lang)
    if not before and not after:
        return {}
    prev = max((u.end for u in values if u.end <= v.start), default=0)
    nxt = min((u.start for u in values if u.start >= v.end), default=len(text))
    head = text[max(prev, v.start - _NOUN_TIE_REACH) : v.start]
    tail = text[v.end : min(nxt, v.end + _NOUN_TIE_REACH)]
    nouns = [m.group("noun") for p in before for m in [p.search(head)] if m]
    nouns += [m.group("noun") for p in after for m in [p.match(tail)] if m]
    found: dict[str, str] = {}
    activities = _meanings("activities")
    for noun in nouns:
        for w in _TOKEN.findall(noun):
            if len(w) >= 4 and not w.isdigit():
                found.setdefault(_unaccented(w.lower())[:5], w)
            meaning = activities.get(_unaccented(w.lower()))
            if meaning is not None:
                found.setdefault(f"={meaning}", w)
        for m in _counted_nouns_in(noun):
            found.setdefault(f"={m.lastgroup}", m.group())
    return found


def _noun_tie_swapped(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """The other figure of `q`'s quote that the statement's noun goes with, when each is
    tied to its noun by a [noun_ties] pattern ("cuts costs by 30%", "60 percent less
    water", "die Emissionen um 60 Prozent"): the statement's noun shares no word with
    `q`'s, and of the other figures of `q`'s kind exactly one has a word of it (in the
    same language) or a meaning of it ([counted_nouns], [activities]; in any). "Solar
    power cuts costs by 30%" for "reduces emissions by 30 percent and lowers costs by 60
    percent" gives (60 percent, "costs"). None otherwise."""
    if not stated.text.isascii() and _has_cjk(stated.text):
        return None
    mine = _tie_nouns(stated.text, s, stated.values, statement_lang)
    if not mine:
        return None
    owner = _owner(q, readings)
    if owner is None or _has_cjk(owner.text):
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    same = _base(lang) == _base(statement_lang)

    def shared(theirs: dict[str, str]) -> list[str]:
        return [k for k in mine if k in theirs and (same or k.startswith("="))]

    theirs_q = _tie_nouns(owner.text, q, owner.values, lang)
    if not theirs_q or shared(theirs_q):
        return None
    found = []
    for c in owner.values:
        if c is q or (c.kind, c.dim) != (q.kind, q.dim) or _close(c.value, q.value):
            continue
        both = shared(_tie_nouns(owner.text, c, owner.values, lang))
        if both:
            found.append((c, mine[both[0]]))
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _near_meanings() -> tuple[frozenset[str], ...]:
    """The groups of [counted_nouns] meanings one may say for another ([counted_noun_near])."""
    groups = _load_toml("common").get("counted_noun_near", {}).get("groups", [])
    return tuple(frozenset(g) for g in groups)


def _other_thing_counted(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[str, str, bool] | None:
    """The statement's and the quote's words for what a matching figure counts when, in
    two languages, the words right after the two figures say two meanings of one axis
    ([counted_noun_axes]) that are no group of people and none near the other
    ([counted_noun_near]): "Die Partei erhielt 23 Stimmen" for "won 23 seats", "40 million
    teams" for "40 millones de usuarios". Two groups of people are left alone: one person
    is often of many ("17 tourists" for "17 foreigners"), and so are shares (the noun
    after one is its whole's); in Chinese or Japanese text only a noun right after the
    counter is read (`_counter_nouns`: a counter counts many things, a noun further on is
    often another's). None otherwise."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    same = _base(lang) == _base(statement_lang)  # words compared, but for [counted_noun_apart]
    if s.kind == "percent" or q.kind == "percent":
        return None  # "10% der Schüler": the noun after a share is its whole's
    mine = _nouns_counted(stated.text, s, stated.values)[0]
    # Counters and nouns around a figure in Chinese or Japanese are often another's
    # ("200人以上が死亡した事件", "人口三万五千的最北端城市", "10万人の雇用"): only a noun
    # right after the figure's counter counts ("27頭のザトウクジラ", "27头座头鲸").
    if _has_cjk(stated.text):
        mine = _counter_nouns(stated.text, s, mine) or _object_before(stated.text, s)
    if not any(_axis_of(m) == "what" for m in mine):
        # Before the quote's words are read: most statements' figures say no meaning on
        # the one axis compared below (`_meanings_apart`'s "what"), or none at all.
        return None
    theirs = _nouns_counted(owner.text, q, owner.values)[0]
    if _has_cjk(owner.text):
        theirs = _counter_nouns(owner.text, q, theirs) or _object_before(owner.text, q)
    if not theirs:
        return None
    persons = _counted_axes()[1] | {"people"}
    near = _near_meanings()
    for axis in _meanings_apart(mine, theirs):
        if axis != "what":
            # What befell it ("injured" for "killed") and a vote's side are opposite
            # predicates: the [polarity] groups fail them, a guess here would not.
            continue
        a, b = _on_axis(mine, axis), _on_axis(theirs, axis)
        if a & persons and b & persons:
            a, b = a & persons, b & persons  # "17 women drank vodka": the women are counted
        apart = (
            _persons_apart(a, b) or _group_for_people(a, b, owner.text)
        ) and _counted_right_after(stated, s, owner, q, a, b)
        if a <= persons and b <= persons and not apart:
            continue
        if any(a & g and b & g for g in near):
            continue
        if same and not apart:
            continue
        return mine[min(a)], theirs[min(b)], apart
    return None


@lru_cache(maxsize=1)
def _named_groups() -> frozenset[str]:
    """The groups of people a quote's bare "people" is not said to be
    ([counted_noun_named_groups])."""
    table = _load_toml("common").get("counted_noun_named_groups", {})
    return frozenset(table.get("meanings", []))


def _group_for_people(mine: set[str], theirs: set[str], text: str) -> bool:
    """Whether a statement names a group of people ([counted_noun_named_groups]: "nine police
    officers") where the quote says only "people" ("nine people") and names that group
    nowhere in its text: the statement puts another group in the quote's count."""
    if theirs != {"people"} or not mine or "people" in mine:
        return False
    if not mine <= _named_groups():
        return False
    return not any(m.lastgroup in mine for m in _counted_nouns_in(text))


def _counter_nouns(text: str, v: Value, found: dict[str, str]) -> dict[str, str]:
    """The meanings of `found` (`_nouns_counted`'s) whose Chinese or Japanese word stands
    right after figure `v`, past its counter and a particle at most ("27頭のザトウクジラ"):
    no counter alone ("人"), and no noun further on, which is often another's."""
    kept = {}
    for meaning, word in found.items():
        if len(word) < 2 or not _has_cjk(word):
            continue
        at = text.find(word, v.end, v.end + _COUNTER_GAP + len(word))
        if at >= 0 and not _CJK_CLAUSE_END.search(text, v.end, at):
            kept[meaning] = word
    return kept


#: The word a figure is joined to, what it counts: by a hyphen ("four-legged", "5-star")
#: or a space ("four legs", "quatre pattes"), in small letters.
_GLUED_NOUN = _lazy(r"[- \u00a0]([a-z\u00df-\u00ff]{4,})(?!\w)")


#: What may follow a bare figure, one said with no word of its own: the text's end, a
#: mark closing its clause or sentence, or another figure ("2 Four-legged snake …").
_BARE_AFTER = _lazy(r"[ \u00a0]*(?:$|[,.;:!?]|\d)")


def _glued_noun(text: str, v: Value, rules: Rules | None) -> str | None:
    """The key (`_words`, unaccented) of the word right after figure `v` that it counts
    (`_GLUED_NOUN`), not a function word of the language, without an ending of the
    language's [numbers] counted_endings ("legged" and "legs" both "leg"); else None."""
    m = _GLUED_NOUN.match(text, v.end)
    if m is None:
        return None
    word = m.group(1)
    if rules is None:
        return _unaccented(word)[:5]
    if rules.function_words and word in rules.function_words:
        return None
    for ending in rules.data.get("numbers", {}).get("counted_endings", ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: len(word) - len(ending)]
            break
    return _unaccented(word)[:5]


def _glued_count_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[Value, str] | None:
    """The quote's figure that counts the noun the statement's figure is said with, when
    `q` is bare (`_BARE_AFTER`): "the two-legged robot" for "the four-legged robot walks 2"
    gives (four, "legged"); a bare number elsewhere (a list's, a footnote's, another
    unit's: "in 2 minutes") is not the count of legs the statement gives. One of the two
    is joined to its noun by a hyphen ("two legs" for "four-legged"), a count said in a
    compound that no list leaves its noun to ("10 députés …, 35 UMP" for "35 députés UMP"
    is no such tie). Languages without spaces between words give None."""
    owner = next(
        ((r, lang) for r, lang in zip(readings, langs, strict=False) if _holds_value(r.values, q)),
        None,
    )
    if owner is None or _BARE_AFTER.match(owner[0].text, q.end) is None:
        return None  # "35 UMP", "8 do Sul": `q` is said with words of its own
    r, lang = owner
    mine = _glued_noun(stated.text, s, rules_for(statement_lang))
    if mine is None or _has_cjk(stated.text) or _has_cjk(r.text):
        return None
    rules = rules_for(lang)
    hyphen = stated.text[s.end : s.end + 1] == "-"
    for c in candidates:
        if (
            c is not q
            and (hyphen or r.text[c.end : c.end + 1] == "-")
            and _holds_value(r.values, c)
            and _glued_noun(r.text, c, rules) == mine
        ):
            word = _GLUED_NOUN.match(r.text, c.end)
            return c, word.group(1) if word else mine
    return None


def _tied_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    candidates: list[Value],
    owner: Reading,
    lang: str | None = None,
) -> tuple[Value, str] | None:
    """The figure of the quote that the statement's words say its figure is, when it is not
    `q`: the words after the statement's figure name what only that figure of the quote
    counts, nothing that only `q` counts, and `q` stands with words of its own; with the
    statement's word that says so. "Roof murdered 33 people" for "guilty on all 33 federal
    hate crime counts for murdering nine people" gives (nine, "people"). None for "51
    whales died" against "140 pilot whales …, 51 stranded" ("whales" goes with no one
    figure), for "35 députés UMP" against "10 députés socialistes (sur 288), 35 UMP" ("UMP"
    goes with 35) and for "dix des 288 députés" against "(sur 288)" (nothing is said of 288
    but its brackets)."""
    own = {id(v) for v in owner.values}
    figures = [c for c in candidates if id(c) in own]
    if len(figures) < 2 or not any(c is q for c in figures):
        return None
    if _coordinated_with_one_before(stated, s):
        return None  # "2 and 12 were flagged": the words after 12 are said of both
    said = [v.start for v in stated.values]
    around = _neighbours(said, stated.values, s, len(stated.text))
    mine = _counted(stated.text, s.end, around[1])
    starts, length = [v.start for v in owner.values], len(owner.text)
    if not mine:
        # A figure closing its clause is said of the words before it: "senkt den
        # CO2-Fußabdruck der Batterie um 70 Prozent".
        return _tied_before(
            _leading(stated.text, s.start, around[0]), q, figures, owner.text, starts, owner.values
        )
    words = {
        id(c): _counted(owner.text, c.end, _neighbours(starts, owner.values, c, length)[1])
        for c in figures
    }
    _others_inherit(owner, q, figures, words, lang)
    counts = _word_counts(words)
    # The words before `q` that no figure counts: "killed 40 people and injured 12" says
    # what the 12 are; "33 federal hate crime counts for murdering nine" gives "murdering".
    before = _neighbours(starts, owner.values, q, length)[0]
    leading = {w for w in _leading(owner.text, q.start, before) if w not in counts}
    if mine.keys() & leading:
        return None
    if not words[id(q)] and not leading:
        return None  # nothing says what `q` counts
    if not words[id(q)] and _subject_of(stated, s, around[0], leading, owner, q, figures):
        return None
    told = _told(mine, q, figures, words, counts, proof=1)
    if told is None:
        told = _head_told(mine, q, figures, words, counts)
    if told is not None and _shared_by_coordination(stated, s, owner.text, q, told[0]):
        return None
    if (
        told is not None
        and next(iter(_words([told[1]])), None) != next(iter(words[id(told[0])]), None)
        and _gapped_item_said(stated, s, q, told[0], owner)
    ):
        # Not when the word that ties is the other figure's own noun, right after it ("12
        # députés écologistes" for "11 écologistes (sur 18), …, 12 députés Front de gauche").
        return None
    return told


def _others_inherit(
    owner: Reading,
    q: Value,
    figures: list[Value],
    words: dict[int, dict[str, str]],
    lang: str | None,
) -> None:
    """Give `q`, a count of "others" ([worked] others: "Two gunmen died, and three others
    may have escaped"), the noun of the count right before it in its sentence (the first
    word after it, "gunmen"): the others are more of what that count counts, and the
    statement's "three additional gunmen" is said of `q` as much as of the count before."""
    others = _worked_words(lang)[2]
    if others is None or others.match(owner.text, q.end) is None:
        return
    before = [c for c in figures if c.end <= q.start]
    if not before:
        return
    prev = max(before, key=lambda c: c.end)
    if _EVENT_SENTENCE_END.search(owner.text, prev.end, q.start):
        return
    noun = next(iter(words.get(id(prev), {}).items()), None)
    if noun is not None:
        words[id(q)] = {**words.get(id(q), {}), noun[0]: noun[1]}


def _gapped_item_said(stated: Reading, s: Value, q: Value, other: Value, owner: Reading) -> bool:
    """Whether `q`, a figure after `other` in an item whose verb is left out, said once
    before it ("140 pilot whales died on Stewart Island and 51 on the Chatham Islands"), is
    the item the statement's words place its figure in: they say a word of `q`'s region
    that `other`'s does not ("51 whales died on the Chatham Islands"). The verb the two
    items share then ties the figure to `other` no more than to `q`."""
    if not other.end <= q.start:
        return False
    mine_own, mine_shared = _regions(stated)
    mine = mine_own.get(id(s), set()) | mine_shared.get(id(s), set())
    own, _ = _regions(owner)
    return bool(mine & (own.get(id(q), set()) - own.get(id(other), set())) - _auxiliaries())


def _head_told(
    mine: dict[str, str],
    q: Value,
    figures: list[Value],
    windows: dict[int, dict[str, str]],
    counts: dict[str, int],
) -> tuple[Value, str] | None:
    """The figure other than `q` that the statement's noun, the word right after its figure,
    is the noun of in the quote, when `q` has a noun of its own that the statement does not
    say: the words further on (a verb the quote says once and leaves out of the next item,
    "12,000 teachers were hired in 2015 and 8,000 nurses in 2016") are said of both items,
    and tie the figure to `q` no more than the noun ties it to the other ("12,000 nurses
    were hired"). None when the noun is shared, an auxiliary, or in `q`'s words."""
    head = next(iter(mine), None)
    theirs = windows[id(q)]
    if head is None or counts.get(head) != 1 or head in _auxiliaries() or head in theirs:
        return None
    own = next(iter(theirs), None)
    if own is None or own in mine or own in _auxiliaries():
        return None
    for c in figures:
        if c is q or _close(c.value, q.value):
            continue
        if next(iter(windows[id(c)]), None) == head:
            return c, mine[head]
    return None


def _coordinated_with_one_before(stated: Reading, s: Value) -> bool:
    """Whether the statement's figure before `s` is joined to it by a comma or a word of
    coordination alone ("2 and 12 were flagged as anomalies"): the words after `s` are
    said of both, and tie `s` to no one figure of the quote."""
    before = [v.end for v in stated.values if v.end <= s.start]
    return bool(before) and _coordinated().fullmatch(stated.text, max(before), s.start) is not None


@lru_cache(maxsize=1)
def _coordinated() -> re.Pattern[str]:
    """What stands between two coordinated figures ([coordinated] in common.toml): a comma
    or a word of coordination, alone between spaces."""
    words = _load_toml("common").get("coordinated", {}).get("words", [])
    return re.compile(rf"\s*(?:{_alt(words)})\s*", re.I)


def _subject_of(
    stated: Reading,
    s: Value,
    stop: int,
    leading: set[str],
    owner: Reading,
    q: Value,
    figures: list[Value],
) -> bool:
    """Whether the statement's words before its figure name the subject that only `q` stands
    with, `q` saying its noun once for a list: "Das Dorf hat 800 Einwohner" for "Die Stadt hat
    12.000 Einwohner, das Dorf nebenan nur 800" (the village's 800, not the town's 12.000)."""
    subject = _leading(stated.text, s.start, stop).keys() & leading
    if not subject:
        return False
    starts, length = [v.start for v in owner.values], len(owner.text)
    for c in figures:
        if c is q:
            continue
        before = _neighbours(starts, owner.values, c, length)[0]
        if subject & _leading(owner.text, c.start, before).keys():
            return False  # the subject goes with another figure too
    return True


def _counter(text: str, end: int, rules: Rules | None) -> str | None:
    """The counter word right after a count ("40名员工": "名"), if the rules class it."""
    if rules is None or not rules.counters:
        return None
    if not rules.cjk:
        # "2,400 residents": the noun after the count, as the data file classes it.
        noun = _NOUN_AFTER.match(text, end)
        return noun.group(1).lower() if noun and noun.group(1).lower() in rules.counters else None
    for size in (2, 1):
        word = text[end : end + size]
        if word in rules.counters:
            return word
    return None


def _counted_otherwise(
    stated: Reading,
    s: Value,
    q: Value,
    owner: Reading,
    rules: tuple[Rules | None, Rules | None],
    published: date | None,
) -> tuple[str, str, Value] | None:
    """A count whose counter word says it counts other things than the quote's figure:
    "40名员工" (people) for "40台机器" (machines). With another figure of the quote counted
    as the statement's is ("人口3.5万人，卖出2400个蛋糕" for "2400人"), the statement's
    count is that one's: (verdict, note, that figure); else (missing, note, `q`)."""
    mine = _counter(stated.text, s.end, rules[0])
    if mine is None or rules[0] is None:
        return None
    kind = rules[0].counters[mine]
    theirs = _counter(owner.text, q.end, rules[1]) if q.kind == "number" else None
    if theirs is not None and rules[1] is not None and rules[1].counters[theirs] == kind:
        return None
    for other in owner.values:
        word = _counter(owner.text, other.end, rules[1]) if other.kind == "number" else None
        if other is q or word is None or rules[1] is None or rules[1].counters[word] != kind:
            continue
        if _compare(s, other, published)[0] not in ("match", "overstated"):
            note = f"in the quote the {kind} are {other.shown + word!r}"
            if theirs is None and q.kind == "number":
                # "2400个" may count people too: for a person to read.
                return "missing", f"{note}, and {q.shown!r} is counted with no {mine!r}", q
            return "contradicted", note, other
    if q.kind == "number" and theirs is None:
        return None  # "个", "個", or no counter: it may count anything
    said = f"{q.shown}{theirs}" if theirs else q.shown
    return "missing", f"{s.shown}{mine} counts {kind}, {said!r} does not", q


def _tied_before(
    mine: dict[str, str],
    q: Value,
    figures: list[Value],
    text: str,
    starts: list[int],
    values: list[Value],
) -> tuple[Value, str] | None:
    """:func:`_tied_elsewhere` for a statement's figure that closes its clause: the words
    before it (`mine`) against the words before each figure of the quote. "Duesenfeld
    senkt den CO2-Fußabdruck der Batterie um 70 Prozent" for "70 Prozent weniger Energie
    und reduzieren den CO2-Fußabdruck der Batterie um 40 Prozent" gives (40 Prozent,
    "Batterie"): two words that go with that figure only. Nothing before `q` ("10% in 2022
    and 15% in 2023"), or one word: None."""
    if not mine:
        return None
    lead = {
        id(c): _leading(text, c.start, _neighbours(starts, values, c, len(text))[0])
        for c in figures
    }
    if not lead[id(q)]:
        return None
    # Subjects said once before two figures are common ("siegte in 7,81 sek, … Wencke … in
    # 8,71 sek"): one word is no proof; two are.
    return _told(mine, q, figures, lead, _word_counts(lead), proof=2)


@lru_cache(maxsize=1)
def _apart_groups() -> tuple[frozenset[str], ...]:
    """The groups of meanings ([counted_noun_apart]) no one person or thing is of two of."""
    groups = _load_toml("common").get("counted_noun_apart", {}).get("groups", [])
    return tuple(frozenset(g) for g in groups)


def _persons_apart(mine: set[str], theirs: set[str]) -> bool:
    """Whether two sets of meanings of [counted_nouns] say groups or things no one is of
    two of ([counted_noun_apart]): "Senioren" and "crianças", "otages" and "gunmen",
    "Brote" and "ケーキ"; none of either set being one of the other's."""
    if mine & theirs:
        return False
    return any((mine & g) and (theirs & g) and not (mine & theirs & g) for g in _apart_groups())


#: Particles after a Japanese noun that a figure right after it counts ("ケーキを2400個");
#: not a topic's or a subject's ("学校は3人", "学校が3人を採用"), often the counter's holder.
_OBJECT_PARTICLES = ("を",)


def _object_before(text: str, v: Value) -> dict[str, str]:
    """The meanings ([counted_nouns]) of the Chinese or Japanese word that stands right
    before figure `v` with a particle between ("ケーキを2400個誤発注"), or glued to it with
    a counter of things right after it ([object_counters]: "ケーキ2400個誤発注",
    "蛋糕2400个"): the object a count after it counts, when no noun stands right after it
    (`_counter_nouns`)."""
    end = v.start - 1
    kept: dict[str, str] = {}
    if (
        end >= 2
        and text[end] not in _OBJECT_PARTICLES
        and text.startswith(_object_counters(), v.end)
    ):
        end = v.start  # no particle: the noun ends at the figure
    elif end < 2 or text[end] not in _OBJECT_PARTICLES:
        return kept
    for m in _counted_nouns_in(text, max(0, end - _OBJECT_REACH), end):
        word = m.group()
        if m.end() == end and len(word) >= 2 and _has_cjk(word):
            kept[m.lastgroup or ""] = word
    return kept


@lru_cache(maxsize=1)
def _object_counters() -> tuple[str, ...]:
    """common.toml's [object_counters]: Chinese and Japanese counters of things after a
    figure that a noun glued before it counts ("ケーキ2400個")."""
    return tuple(_load_toml("common").get("object_counters", {}).get("words", []))


#: How many characters before a particle a Chinese or Japanese object noun may start.
_OBJECT_REACH = 8


def _counted_right_after(
    stated: Reading, s: Value, owner: Reading, q: Value, mine: set[str], theirs: set[str]
) -> bool:
    """Whether each figure's group or thing (`mine`, `theirs`) is said right after it, one
    word between at most ("250 Senioren", "three other gunmen"; in Chinese or Japanese text
    by its counter or as its object, `_counter_nouns`, `_object_before`), and neither
    figure's words up to the figure after it say the other's too ("12 men and women" for
    "12 women and men": one count of both). "12 Teilnehmern wurde von Frauen geleitet"
    counts no women."""

    def near(reading: Reading, v: Value, meanings: set[str]) -> bool:
        if _has_cjk(reading.text):
            return True  # read by the counter or the object already
        words = list(_TOKEN.finditer(reading.text, v.end, v.end + 40))[:_APART_REACH]
        limit = words[-1].end() if words else v.end
        return any(m.lastgroup in meanings for m in _counted_nouns_in(reading.text, v.end, limit))

    def beside(reading: Reading, v: Value) -> set[str]:
        stop = min([*(u.start for u in reading.values if u.start >= v.end), v.end + 48])
        second = _second_count()
        cut = second.search(reading.text, v.end, stop) if second is not None else None
        stop = cut.start() if cut is not None else stop  # "tres agricultores y un carabinero"
        return {m.lastgroup or "" for m in _counted_nouns_in(reading.text, v.end, stop)}

    return (
        near(stated, s, mine)
        and near(owner, q, theirs)
        and not theirs & beside(stated, s)
        and not mine & beside(owner, q)
    )


#: How far after a quote's count the noun it counts is looked for ("40 new people").
_HOW_OFTEN_NOUN_REACH = 24


def _not_how_often(s: Value, q: Value, stated: Reading, readings: list[Reading]) -> bool:
    """Whether the quote's count `q` can be no counterpart of the statement's how often
    (`s`, a frequency: "hired 40 people twice", "visited 3 times"): a count of things or
    persons (a noun of [counted_nouns] right after it: "40 people", "40 personnes"), or a
    count the statement gives itself for something else (the same figure, another of its
    values: "40" of "hired 40 people twice"). "Two visits" counts what happened, and is
    one."""
    if s.label != "frequency" or q.kind != "number" or q.label == "frequency":
        return False
    if any(v is not s and v.kind == "number" and _close(v.value, q.value) for v in stated.values):
        return True
    owner = _owner(q, readings)
    if owner is None:
        return False
    after = owner.text[q.end : q.end + _HOW_OFTEN_NOUN_REACH]
    words = _TOKEN.findall(after)[:2]
    return any(True for w in words for _ in _counted_nouns_in(w))
