"""Negated sides: which side of a polarity group a statement and a quote say once
negation is read (negated verbs asserted, antonyms, concessive and Chinese or Japanese
scopes, prohibitions and their undoing)."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import Any

from .clauses import (
    _CJK_AFTER_REACH,
    _CJK_COMMA,
    _CJK_SENTENCE_END,
    _CLAUSE_BREAK,
    _COORDINATED_GAP,
    _GOVERNED_BEFORE,
    _NEGATION_REACH,
    _SUBJECT_REACH,
    _WORD3,
    _adverbial_frame,
    _adverbial_scope,
    _clause_bounds,
    _clause_break,
    _cognate_keys,
    _data_patterns,
    _in_apposition,
    _in_subject,
    _opens_cjk_sentence,
    _prefixes,
    _same_clause,
)
from .negation import _CONCESSIVE_REACH, _SENTENCE_END
from .patterns import _lazy, _may_hold, _word_re
from .polarity import (
    _NEGATED_VERB_SKIP,
    _VERB_WORD,
    _negated_here,
    _negated_outside,
    _negated_within,
    _opens_aside,
    _polarity_any,
    _polarity_groups,
    _polarity_groups_by_pattern,
    _polarity_index,
    _prohibition_words,
    _verb_key,
    _verb_negation,
    _VerbNegation,
)
from .results import Reading, Value
from .rules import _NEVER, _base, _load_toml, rules_for
from .sentences import _CJK_CHAR, _CLAUSE_END, _has_cjk, _sentence
from .words import _unaccented


def _negated_verbs_of(
    reading: Reading, lang: str | None, vn: _VerbNegation
) -> list[tuple[int, str, str, str]]:
    """The verbs the negations of `reading` stand on, each as (the negation's position, the
    negation, the verb, its `_verb_key`): the first word after a negation of [verb_negation]
    words (passing over at most `_NEGATED_VERB_SKIP` words of its skip list) in its
    clause, or the verb a preposition of its prepositions opens ("sin pedir", "without
    asking"). A negation of a noun ("no room", "kein Zimmer") stands on no verb."""
    text = reading.text
    found = []
    for pos, w in reading.negations:
        low = w.lower()
        end = pos + len(w)
        if low in vn.prepositions:
            opened = vn.preposition_verb.match(text, end) if vn.preposition_verb else None
            if opened is None:
                continue
            if opened.groupdict().get("verb"):
                # The verb the pattern names: "ohne um Hilfe zu bitten".
                key = _verb_key(opened.group("verb"), vn)
                if key is not None:
                    found.append((pos, text[pos : opened.end("verb")], opened.group("verb"), key))
                continue
        elif low not in vn.words and not (vn.contracted and low.endswith(vn.contracted)):
            continue
        _, hi = _clause_bounds(text, pos, end, lang)
        skipped = 0
        for m in _VERB_WORD.finditer(text, end, hi):
            word = m.group()
            low = word.lower()
            if (
                low.replace("’", "'") in vn.skip
                or low in vn.skip
                or (vn.adverbs and low.endswith(vn.adverbs) and len(low) > 5)
            ):
                skipped += 1
                if skipped > _NEGATED_VERB_SKIP:
                    break
                continue
            if low in vn.stops or low.replace("’", "'") in vn.stops:
                break  # an article or a preposition: a noun's negation ("nicht auf dem Platz")
            key = _verb_key(word, vn)
            if key is not None:
                # The negation as written: "didn't", not its ending "dn't".
                start = pos
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
                said = text[start : m.end()] if m.end() - start <= 40 else text[start:end]
                found.append((pos, said, word, key))
            break
    return found


def _asserted_against(
    negating: Reading,
    negating_values: list[Value],
    other: Reading,
    other_values: list[Value],
    lang: str | None,
    vn: _VerbNegation,
) -> tuple[str, str] | None:
    """A verb `negating` negates in the sentence of one of its compared values that `other`
    says with no negation in its clause, in the sentence of one of its own compared values:
    the negation and its verb, and the other side's verb; None elsewhere."""
    spans = [_sentence(negating.bounds, v.start, v.end) for v in negating_values]
    negated = [
        (w, verb, key)
        for pos, w, verb, key in _negated_verbs_of(negating, lang, vn)
        if any(lo <= pos < hi for lo, hi in spans)
    ]
    if not negated:
        return None
    keys = {key for _, _, key in negated}
    other_spans = [_sentence(other.bounds, v.start, v.end) for v in other_values]
    # A negation, a prohibition or a word of stopping ("would stop releases") in the
    # clause of the other side's verb.
    negations = [p for p, _ in other.negations] + [p for p, _ in _negatives(other.text, lang)]
    asserted: dict[str, str] = {}
    denied: set[str] = set()
    for m in _VERB_WORD.finditer(other.text):
        if not any(lo <= m.start() < hi for lo, hi in other_spans):
            continue
        key = _verb_key(m.group(), vn)
        if key is None or key not in keys:
            continue
        lo, hi = _clause_bounds(other.text, m.start(), m.end(), lang)
        if any(lo <= p < hi for p in negations):
            denied.add(key)
        else:
            asserted.setdefault(key, m.group())
    for said, verb, key in negated:
        # A verb the other side both says and negates ("the bill, which had not passed in
        # 2010, passed in 2012") is for the other checks to read.
        if key in asserted and key not in denied:
            return (said if said.endswith(verb) else f"{said} {verb}"), asserted[key]
    return None


def _negated_verb_met(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
) -> bool:
    """Whether a verb the statement negates ([verb_negation]) stands in another form with a
    negation in its clause in the sentence of a quote's compared value, in one language:
    "sin pedir ayuda" for "nunca pidió ayuda"."""
    vn = _verb_negation(statement_lang) if stated.negations else None
    if vn is None:
        return False
    keys = {key for _, _, _, key in _negated_verbs_of(stated, statement_lang, vn)}
    for r, values, lang in zip(readings, mine, langs, strict=True) if keys else ():
        if not values or not r.negations or _base(lang) != _base(statement_lang):
            continue
        spans = [_sentence(r.bounds, v.start, v.end) for v in values]
        for m in _VERB_WORD.finditer(r.text):
            if _verb_key(m.group(), vn) not in keys or not any(
                lo <= m.start() < hi for lo, hi in spans
            ):
                continue
            lo, hi = _clause_bounds(r.text, m.start(), m.end(), statement_lang)
            if any(lo <= p < hi for p, _ in r.negations):
                return True
    return False


def _negated_verb_said(reading: Reading, lang: str | None, values: list[Value]) -> str | None:
    """The first preposition negating a verb ([verb_negation] prepositions) in the
    sentence of one of `values`, with its verb as written ("sin pedir", "without asking");
    None when there is none. ("did not win" across languages may say "was the first to
    win": `_main_negation_outside` and its kin read those.)"""
    vn = _verb_negation(lang) if reading.negations and values else None
    if vn is None:
        return None
    spans = [_sentence(reading.bounds, v.start, v.end) for v in values]
    return next(
        (
            said if said.endswith(verb) else f"{said} {verb}"
            for pos, said, verb, _ in _negated_verbs_of(reading, lang, vn)
            if any(lo <= pos < hi for lo, hi in spans)
            and reading.text[pos : pos + len(said)].split()[0].lower() in vn.prepositions
        ),
        None,
    )


def _negated_verb_asserted(
    stated: Reading,
    statement_lang: str | None,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
) -> tuple[str, str] | None:
    """A verb one side negates and the other says without a negation, in one language, in
    the sentences of the compared figures: "não errou em 2012" for "Em 2012 eu errei" (the
    quote's "não era" in another sentence negates another verb), "sin pedir asilo" for "y
    pidió asilo" ([verb_negation]). The statement's words and the quote's; None
    elsewhere (across languages no verb is compared)."""
    vn = _verb_negation(statement_lang)
    if vn is None:
        return None
    stated_values = [s for s, _ in met]
    for r, values, lang in zip(readings, mine, langs, strict=True):
        if not values or _base(lang) != _base(statement_lang):
            continue
        if stated.negations:
            found = _asserted_against(stated, stated_values, r, values, statement_lang, vn)
            if found is not None:
                return found
        if r.negations:
            found = _asserted_against(r, values, stated, stated_values, statement_lang, vn)
            if found is not None:
                return found[1], found[0]
    return None


#: How far (in characters) from a figure the ends of its sentence are looked for.
_SENTENCE_REACH = 400


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around start..end (`_SENTENCE_END`: full stops, "。"; not commas),
    within `_SENTENCE_REACH` characters either side."""
    lo = max(0, start - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    hi = after.start() if after is not None else min(len(text), end + _SENTENCE_REACH)
    return (ends[-1] if ends else lo), hi


def _clause_words(reading: Reading, pos: int, end: int) -> frozenset[str]:
    """The cognate keys (`_cognate_keys`) of the words in the clause of pos..end."""
    lo, hi = _clause_bounds(reading.text, pos, end)
    return frozenset().union(
        *(_cognate_keys(m.group()) for m in _WORD3.finditer(reading.text, lo, hi))
    )


def _negations_elsewhere(stated: Reading, readings: list[Reading], mine: list[list[Value]]) -> bool:
    """Whether, across languages and scripts without CJK, the quotes' negations all stand in
    other sentences than their compared values' (at least one quote with such values
    having one), none in a clause sharing a cognate (`_cognate_keys`) with the clause of
    the statement's negation: "Ele não era presidente" meets "Lula was not president",
    not "he had done nothing wrong"."""
    if _has_cjk(stated.text):
        return False
    seen = False
    said = frozenset().union(*(_clause_words(stated, p, p + len(w)) for p, w in stated.negations))
    for r, values in zip(readings, mine, strict=True):
        if not values or not r.negations:
            continue
        if _has_cjk(r.text):
            return False
        spans = [_sentence_span(r.text, v.start, v.end) for v in values]
        for p, w in r.negations:
            if any(lo <= p < hi for lo, hi in spans) or _clause_words(r, p, p + len(w)) & said:
                return False
        seen = True
    return seen


def _negation_swapped(
    stated: Reading, met: list[tuple[Value, Value]], readings: list[Reading]
) -> tuple[str, str] | None:
    """Two figures whose negation the quote gives the other way round: the statement
    negates the clause of one figure only ("85% felt uneasy, while 65% could not tell"),
    a quote the clause of the other figure only ("85% could not tell; 65% felt uneasy"):
    the predicates are swapped between the figures. The statement's negated figure and
    negation, and the quote's, as written; None elsewhere."""
    if len(met) < 2 or not stated.negations:
        return None

    def negation_of(r: Reading, v: Value) -> str | None:
        return next((w for p, w in r.negations if _same_clause(r.text, p, v)), None)

    for r in readings:
        if not r.negations:
            continue
        pairs = [(s, q) for s, q in met if any(q is x for x in r.values)]
        if len(pairs) != 2:
            continue
        (s1, q1), (s2, q2) = pairs
        if s1 is s2 or q1 is q2:
            continue
        mine = (negation_of(stated, s1), negation_of(stated, s2))
        theirs = (negation_of(r, q1), negation_of(r, q2))
        if (mine[0] is None) == (mine[1] is None) or (theirs[0] is None) == (theirs[1] is None):
            continue  # each side negates exactly one figure's clause
        if (mine[0] is None) == (theirs[0] is None):
            continue  # the same figure's
        i = 0 if mine[0] is not None else 1
        j = 1 - i
        return (
            f"{(s1, s2)[i].text} … {mine[i]}",
            f"{(q1, q2)[j].text} … {theirs[j]}",
        )
    return None


#: A short aside in brackets after a name: a club, a party, a place ("Kudla (SCC)",
#: "Smith (R-Texas)").
_BRACKETED_ASIDE = _lazy(r"\([^()]{0,24}\)")


def _encloses(text: str, start: int, end: int, v: Value) -> bool:
    """Whether the predicate at start..end holds figure `v` between its parts, in one
    clause but for short bracketed asides (`_BRACKETED_ASIDE`): a separable verb around
    its figure ("setzte sich die Favoritin Kudla (SCC) mit 6,14 m durch")."""
    if not (start <= v.start and v.end <= end):
        return False
    return all(
        _CLAUSE_BREAK.search(_BRACKETED_ASIDE.sub(" ", text[a:b])) is None
        for a, b in ((start, v.start), (v.end, end))
    )


#: A bracket that opens right after a figure, and one that closes a short note in it.
_NOTE_OPENS = _lazy(r"\s?[(（]\s?")


_NOTE_CLOSES = _lazy(r"[^()（）]{0,12}[)）]")


def _notes_figure(text: str, start: int, end: int, v: Value) -> bool:
    """Whether the predicate at start..end opens a short bracketed note right after
    figure `v`, which says it of the figure ("2900円（税込）", "$29 (before tax)")."""
    return (
        _NOTE_OPENS.fullmatch(text, v.end, start) is not None
        and _NOTE_CLOSES.match(text, end) is not None
    )


#: How far (in characters) a list headed by a predicate and a colon may run.
_HEADED_LIST_REACH = 300


#: A colon opening a list, after its heading: "Ont voté contre :".
_LIST_COLON = _lazy(r"\s*[:：]")


#: A sentence's end, or another colon (another list's heading), closing a headed list.
_LIST_CLOSES = _lazy(r"[.!?](?=\s|$)|[。！？:：]")


def _heads_list(text: str, pos: int, v: Value) -> bool:
    """Whether the predicate ending at `pos` heads, with a colon, a list that figure `v`
    stands in ("Voted against: 10 Democrats, 35 Republicans (of 198) and 7 others",
    "Ont voté contre : …", "Dagegen stimmten: …"): every figure of the list up to its
    sentence's end, within `_HEADED_LIST_REACH`."""
    colon = _LIST_COLON.match(text, pos)
    if colon is None or not colon.end() <= v.start <= colon.end() + _HEADED_LIST_REACH:
        return False
    return _LIST_CLOSES.search(text, colon.end(), v.start) is None


def _of_values(
    reading: Reading,
    lang: str | None,
    start: int,
    end: int,
    values: list[Value],
    starts: list[int],
) -> bool:
    """Whether the predicate at start..end is said of one of `values`: in its clause, or
    heading its aside or list, or the predicate of the subject, apposition (on a name: "The
    Irishman, le film à 170 millions de dollars, a triomphé") or coordinated clause it
    stands in, or in a short note bracketed right after a value
    (`_polarity_sides`); `starts` the sorted starts of all the
    reading's values."""
    text = reading.text
    return any(
        _same_clause(text, start, v, lang)
        or _encloses(text, start, end, v)
        or _opens_aside(text, end, v)
        or _heads_list(text, end, v)
        or start > v.end
        and (
            _notes_figure(text, start, end, v)
            or _in_subject(text, v, lang, start)
            or _apposition_predicate(text, v, start)
            or _coordinated_predicate(text, v, start, lang, starts)
            or _in_apposition(text, v, lang, start)
        )
        for v in values
    )


#: How far before and after a predicate a figure it is said of may start (`_of_values`:
#: the subject's reach and a value's length before it, a headed list's after it).
_PREDICATE_WINDOW = (_SUBJECT_REACH + 200, _HEADED_LIST_REACH + 100)


def _near(order: list[Value], starts: list[int], start: int, end: int) -> list[Value]:
    """The values of `order` (sorted by start; `starts` their starts) that a predicate at
    start..end may be said of: those starting within `_PREDICATE_WINDOW` of it, so that
    each predicate looks at a bounded stretch of a long quote's figures."""
    lo = bisect.bisect_left(starts, start - _PREDICATE_WINDOW[0])
    hi = bisect.bisect_right(starts, end + _PREDICATE_WINDOW[1])
    return order[lo:hi]


@lru_cache(maxsize=1)
def _complementary_groups() -> frozenset[str]:
    """The groups of opposing predicates whose one side negated says the other
    (common.toml's ``polarity_complements.groups``: "did not survive" says "died"; not
    "did not buy", which says no "sold")."""
    groups = _load_toml("common").get("polarity_complements", {}).get("groups", [])
    return frozenset(groups)


#: How far before a figure (in characters) a colon may open the explanation holding it.
_COLON_REACH = 120


def _colon_scope(text: str, v: Value) -> tuple[int, int] | None:
    """The clause before a colon that opens the explanation holding figure `v`, in its
    sentence: "The deputies did not reject the bill: 438 voted in favour" (the figure says
    what the negated predicate before the colon says). None without such a colon."""
    lo = max(0, v.start - _COLON_REACH)
    at = max(text.rfind(":", lo, v.start), text.rfind("：", lo, v.start))
    if at <= 0 or _SENTENCE_END.search(text, at, v.start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - _SENTENCE_REACH), at)]
    return (ends[-1] if ends else max(0, at - _SENTENCE_REACH)), at


def _negated_sides(
    reading: Reading, lang: str | None, values: list[Value], groups: frozenset[str]
) -> dict[str, tuple[str, bool]]:
    """The sides of complementary groups (`_complementary_groups`) a text negates in the
    clause of its `values` (or the main clause an adverbial figure modifies), each with
    the reading's own negation standing near it ("did not survive"): {group: (side,
    False)}; or whose own word holds the negation ("没有变化", an ``unnegated`` side):
    {group: (side, True)}. Only `groups` are read; a group is left out where the text
    gives more than one side."""
    text = reading.text
    spots = sorted(pos for pos, _ in reading.negations)
    starts = sorted(v.start for v in reading.values)
    order = sorted(values, key=lambda v: v.start)
    near = [v.start for v in order]
    scopes = [scope for v in values if (scope := _adverbial_scope(text, v, lang)) is not None]
    scopes += [scope for v in values if (scope := _cjk_after_scope(text, v, lang)) is not None]
    scopes += [scope for v in values if (scope := _colon_scope(text, v)) is not None]
    complements = _complementary_groups() & groups
    negated: dict[str, tuple[str, bool]] = {}
    for name, sides, unnegated in _polarity_groups(lang):
        if name not in complements:
            continue
        found: set[tuple[str, bool]] = set()
        for side, pattern in sides:
            if side == "neutral":
                continue
            for m in pattern.finditer(text):
                inside = side in unnegated
                if inside:
                    i = bisect.bisect_left(spots, m.start())
                    if i == len(spots) or spots[i] >= m.end():
                        # No negation in its word: negated from outside it ("was not
                        # acquitted"), it says the other side, as any negated side does.
                        if not _negated_outside(text, spots, m.start()):
                            continue
                        inside = False
                    elif _negated_within(reading, pattern, m.start(), m.end()):
                        # A negation in a gap of it, none of its own words ("sprach Roof
                        # in keinem der 33 Anklagepunkte frei"): negated, as from outside.
                        inside = False
                elif not _negated_here(text, spots, m.start(), m.end()):
                    continue
                close = _near(order, near, m.start(), m.end())
                if _of_values(reading, lang, m.start(), m.end(), close, starts) or any(
                    a <= m.start() and m.end() <= b for a, b in scopes
                ):
                    found.add((side, inside))
        if len(found) == 2:
            found = _one_meaning(found, sides)
        if len(found) == 1:
            negated[name] = found.pop()
    return negated


def _one_meaning(
    found: set[tuple[str, bool]], sides: tuple[tuple[str, re.Pattern[str]], ...]
) -> set[tuple[str, bool]]:
    """`found` (sides of a group `_negated_sides` read, each with whether its own word
    holds the negation) as one reading where its two say the same of a group of two sides:
    "failed to win the gold" reads "win the gold" negated and "failed to win the gold" (a
    missed side holding its negation), both saying "missed". Else `found` as it is."""
    names = [side for side, _ in sides if side != "neutral"]
    if len(names) != 2:
        return found
    # A negated side says the other side; a side holding its negation says itself.
    meant = {side if inside else names[1 - names.index(side)] for side, inside in found}
    return {(meant.pop(), True)} if len(meant) == 1 else found


#: How far (in characters) from a negation's start a direction word it denies may stand
#: ("not fall", "does not increase", "n'a pas baissé", "no ha bajado").
_DENIED_DIRECTION_REACH = 12


def _denied_directions(stated: Reading, met: list[tuple[Value, Value]]) -> dict[int, str]:
    """The directions no value carries that a negation of the statement denies, right
    before them in their clause ("did not fall", "n'a pas baissé"), where a compared
    figure of the statement carries the opposite direction and its quote's counterpart
    that same direction ("did not fall in 2011; it grew 33%" for "up 33%"): {position:
    the quote's direction word}. The statement then denies what the quote denies too."""
    if not stated.negations or not stated.directions:
        return {}
    text = stated.text
    carried = {v.direction_text for v in stated.values if v.direction_text}
    agreeing: dict[int, str] = {}
    for s, q in met:
        if s.direction and q.direction == s.direction and q.direction_text:
            agreeing.setdefault(s.direction, q.direction_text)
    denied: dict[int, str] = {}
    for sign, word, pos in stated.directions:
        if word in carried or -sign not in agreeing:
            continue
        if any(
            0 < pos - n <= _DENIED_DIRECTION_REACH and _CLAUSE_BREAK.search(text, n, pos) is None
            for n, _ in stated.negations
        ):
            denied[pos] = agreeing[-sign]
    return denied


#: The complementary groups whose side a statement's negation denies against a quote that
#: takes that side (`_denied_side`): a verdict, a figure within or outside a range.
_DENIABLE_GROUPS = frozenset({"verdict", "bounds"})


def _denied_side(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    mine: list[list[Value]],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
) -> tuple[str, str] | None:
    """A side of a complementary group the statement negates in a compared figure's clause
    where a quote takes that same side there: "The jury did not clear him of any of the 12
    counts" for "He was acquitted on all 12 counts" (the negated side says the other
    side): (the statement's negation, the quote's word); else None. Only the groups of
    `_DENIABLE_GROUPS`: in others, a negation that quantifies a subject ("aucun film
    n'avait remporté le prix" for "the first film to win") or a side whose own words hold
    one ("se quedó sin el oro") would be read as such a denial."""
    groups = _complementary_groups() & _DENIABLE_GROUPS
    negated = _negated_sides(stated, statement_lang, [s for s, _ in met], groups)
    if not negated:
        return None
    for r, values, lang in zip(readings, mine, langs, strict=True):
        if not values:
            continue
        sides = _polarity_sides(r, lang, [v for v in values if v.hedge != "by"], frozenset(negated))
        for g, (side, inside) in negated.items():
            # A side whose own word holds the negation ("無罪") is read by the polarity
            # check as the side it says.
            if not inside and g in sides and sides[g][0] == side:
                return stated.negations[0][1], sides[g][1]
    return None


def _negated_antonym(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    met: list[tuple[Value, Value]],
    quote_negated: bool,
) -> bool:
    """Whether one side's negation negates a predicate of a complementary group in a
    compared figure's clause, the other side saying that group's other side there: "Anna
    Roe, 34, did not survive" for "Anna Roe, 34, dies", "价格没有变化" for "prices remained
    unchanged". The negation says what the other side's word says."""
    mine = [s for s, _ in met]
    quote_side = [
        (r, lang, [q for _, q in met if any(q is x for x in r.values)])
        for r, lang in zip(readings, langs, strict=False)
    ]
    complements = _complementary_groups()
    if not quote_negated:
        # The statement negates: its (short) text first, then the quotes' groups it names.
        negated = _negated_sides(stated, statement_lang, mine, complements) if mine else {}
        wanted = frozenset(negated)
        return bool(wanted) and any(
            g in sides and (sides[g][0] == side) == inside
            for r, lang, values in quote_side
            if values
            for sides in [_polarity_sides(r, lang, values, wanted)]
            for g, (side, inside) in negated.items()
        )
    # A quote negates: the statement's sides first, then the groups it takes in the quotes.
    ruled = _polarity_sides(stated, statement_lang, mine)
    wanted = frozenset(ruled) & complements
    if not wanted:
        return False
    for r, lang, values in quote_side:
        if not values:
            continue
        # A negated side says the other side; a side whose word holds the negation
        # ("没有变化") says itself.
        if any(
            g in ruled and (ruled[g][0] == side) == inside
            for g, (side, inside) in _negated_sides(r, lang, values, wanted).items()
        ):
            return True
    return False


#: The [polarity] groups that say a direction of a quantity ("nimmt ab" against "増加"): left
#: to the direction checks where a contradiction is found already ("rose 5%" against "fell
#: 5%", "sinkt" against "増加").
_DIRECTION_GROUPS = frozenset({"trend"})


def _polarity_sides(
    reading: Reading,
    lang: str | None,
    values: list[Value],
    groups: frozenset[str] | None = None,
) -> dict[str, tuple[str, str]]:
    """The one side a text takes of each group of opposing predicates in the clause of its
    compared values, or in its sentence's predicate when a value stands in the subject
    ("Jessica Lawson, 12, dies"), or in the main clause, with its coordinated verbs, that
    an adverbial phrase holding a value modifies ("After nearly 20 years of talks, the
    government changed course and lifted the sanctions", `_adverbial_scope`): {group:
    (side, word)}. A group is left out where the
    text takes both sides there ("acquitted on 3 counts and convicted on 9", "survived
    ... while 3 died"), or where a predicate of it stands near a negation, which the
    negation check reads ("not convicted")."""
    if not values:
        return {}
    text = reading.text
    found_any = _polarity_any(lang)
    if found_any is None:
        return {}
    # The sides whose patterns may match: those whose words the text holds (most texts
    # hold none); None: any side may.
    live = _polarity_index(lang).live(text)
    if live is None and found_any.search(text) is None:
        return {}
    if live is not None and not live:
        return {}
    spots = sorted(pos for pos, _ in reading.negations)
    # The main clauses that figures in adverbial phrases modify (`_value_scopes`), found
    # when a predicate first needs them.
    scopes: list[tuple[int, int]] | None = None
    starts = sorted(v.start for v in reading.values)
    order = sorted(values, key=lambda v: v.start)
    near = [v.start for v in order]
    taken: dict[str, tuple[str, str]] = {}
    sentence_groups = _sentence_polarity_groups()
    governing_groups = _governing_polarity_groups()
    every = _polarity_groups(lang)
    # Only the groups a side of which may match, in their order: a group none of whose
    # sides' patterns may match is left out, as below (most texts hold a few groups' words).
    by_pattern = _polarity_groups_by_pattern(lang)
    indices = (
        range(len(every)) if live is None else sorted({i for p in live for i in by_pattern[p]})
    )
    for i in indices:
        name, sides, unnegated = every[i]
        if groups is not None and name not in groups:
            continue  # only the groups asked for (`groups`)
        found: dict[str, str] = {}
        # Sides found only in the main clause an adverbial figure modifies: they count where
        # the figures' own clauses hold none ("In 2019, 40 people survived the crash and the
        # pilot died": the 40's clause says "survived").
        scoped: dict[str, str] = {}
        negated = False
        for side, pattern in sides:
            for m in pattern.finditer(text) if live is None or id(pattern) in live else ():
                if side != "neutral" and (
                    _negated_here(text, spots, m.start(), m.end())
                    if side not in unnegated
                    else _negated_outside(text, spots, m.start())
                    or _negated_within(reading, pattern, m.start(), m.end())
                ):
                    negated = True
                    break
                close = _near(order, near, m.start(), m.end())
                if _of_values(reading, lang, m.start(), m.end(), close, starts):
                    found.setdefault(side, m.group())
                    break
                if side in scoped:
                    continue
                if scopes is None:
                    scopes = _value_scopes(reading, values, lang)
                if any(a <= m.start() and m.end() <= b for a, b in scopes):
                    scoped[side] = m.group()
                elif name in sentence_groups and _in_sentence_after(
                    text, close, m.start(), m.end()
                ):
                    scoped[side] = m.group()
                elif name in governing_groups and _in_sentence_before(
                    text, close, m.start(), m.end()
                ):
                    scoped[side] = m.group()
            if negated:
                break
        found = found or scoped
        # A "neutral" side leaves its group out: "sold to Google", "was acquired by"
        # name the other party's act too.
        if not negated and len(found) == 1 and "neutral" not in found:
            ((side, word),) = found.items()
            taken[name] = (side, word)
    return taken


def _value_scopes(reading: Reading, values: list[Value], lang: str | None) -> list[tuple[int, int]]:
    """The main clauses that `values` in adverbial phrases modify ("After nearly 20 years of
    talks, the government changed course and lifted the sanctions"), for `_polarity_sides`."""
    text = reading.text
    scopes = [scope for v in values if (scope := _adverbial_scope(text, v, lang)) is not None]
    scopes += [scope for v in values if (scope := _cjk_after_scope(text, v, lang)) is not None]
    scopes += [
        scope
        for v in values
        if (scope := _cjk_concessive_scope(text, v, lang, reading.values)) is not None
    ]
    return scopes


#: How far (in characters) after a figure a predicate of a group read in the figure's
#: sentence may end (`_in_sentence_after`).
_SENTENCE_GROUP_REACH = 160


@lru_cache(maxsize=1)
def _sentence_polarity_groups() -> frozenset[str]:
    """The groups of opposing predicates read anywhere after a compared figure in its
    sentence (common.toml's ``polarity_sentence.groups``: a superlative's degree, "With 18
    months left, he said it was where he was least frustrated", is said of the figure's
    sentence, not only of its clause)."""
    return frozenset(_load_toml("common").get("polarity_sentence", {}).get("groups", []))


def _sequence_anchors(statement: str, said: str, quote: str, theirs: str) -> str | None:
    """How the events that a statement's span and a quote's opposite span are counted from
    ([polarity.sequence]: "three days before the fire", "three days after the storm") stand:
    "same" when both name one event last ("after the election", "before the election"),
    "turned" when each text names the other's event before its span ("The storm hit three
    days before the fire" for "The fire broke out three days after the storm"), None when
    neither is read (other words, other languages)."""
    mine = _ANCHOR_WORD.findall(said.lower())
    other = _ANCHOR_WORD.findall(theirs.lower())
    if not mine or not other:
        return None
    if mine[-1] == other[-1]:
        return "same"
    lowered_s, lowered_q = statement.lower(), quote.lower()
    before_s = set(_ANCHOR_WORD.findall(lowered_s[: max(lowered_s.find(said.lower()), 0)]))
    before_q = set(_ANCHOR_WORD.findall(lowered_q[: max(lowered_q.find(theirs.lower()), 0)]))
    if mine[-1] in before_q and other[-1] in before_s:
        return "turned"
    return None


#: Runs of word characters (`_sequence_anchors`).
_ANCHOR_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _unsure_polarity_groups() -> frozenset[str]:
    """The groups of opposing predicates whose opposition is no failure by itself
    (common.toml's ``polarity_unsure.groups``: a span after an event against one before it,
    whose events may be turned): `_sequence_anchors` reads them, unverified where it cannot."""
    return frozenset(_load_toml("common").get("polarity_unsure", {}).get("groups", []))


@lru_cache(maxsize=1)
def _governing_polarity_groups() -> frozenset[str]:
    """The groups of opposing predicates read before a compared figure in its sentence, as
    governing what follows them (common.toml's ``polarity_governing.groups``: a verdict's
    charges, "found Roof guilty on all 33 counts of … attempting to kill three others")."""
    return frozenset(_load_toml("common").get("polarity_governing", {}).get("groups", []))


def _in_sentence_before(text: str, values: list[Value], start: int, end: int) -> bool:
    """Whether start..end stands before one of `values` (those `_near` it: a bounded few)
    in its sentence, the figure within `_SENTENCE_GROUP_REACH` of its end."""
    for v in values:
        if end <= v.start and v.start - end <= _SENTENCE_GROUP_REACH:
            if _CLAUSE_END.search(text, end, v.start) is None:
                return True
    return False


def _in_sentence_after(text: str, values: list[Value], start: int, end: int) -> bool:
    """Whether start..end stands after one of `values` (those `_near` it: a bounded few)
    in its sentence, within `_SENTENCE_GROUP_REACH` of its end."""
    for v in values:
        if v.end <= start and end - v.end <= _SENTENCE_GROUP_REACH:
            if _CLAUSE_END.search(text, v.end, start) is None:
                return True
    return False


#: A name's apposition, a figure between commas right after a name ("Jane Roe, 34,").
_APPOSED_FIGURE = _lazy(r"[^\W\d_],\s?$")


#: What may stand between such a figure and its sentence's predicate: its comma, and
#: perhaps two words but a relative pronoun or a verb of saying ("Jane Roe, 34, dies",
#: "Jane Roe, 34, did not survive"; not "Jane Roe, 34, whose son died").
_APPOSITION_GAP = _lazy(
    r",\s*(?:(?!(?:who|whose|which|that|said|says|der|die|das|dessen|deren|qui|que|dont|quien|"
    r"cuyo|cuya|cujo|cuja)(?!\w))[^\W\d_]+\s+){0,2}",
    re.I,
)


#: A name's apposition that an article opens before its figure ("Jane Roe, a 34-year-old
#: nurse from Leeds,"; "Jane Roe, eine 34-jährige Pflegerin,").
_APPOSED_ARTICLE_FIGURE = _lazy(r"[^\W\d_],\s(?:a|an|eine?|un|une|una|uno|um|uma)\s$", re.I)


#: The rest of such an apposition up to its closing comma: the figure's suffix ("-year-old",
#: "-jährige") and at most four words, none a relative pronoun or a verb of saying.
_APPOSED_ARTICLE_REST = _lazy(
    r"(?:-[^\W\d_]+)*(?:\s+(?!(?:who|whose|which|that|said|says|der|die|das|dessen|deren|"
    r"qui|que|dont|quien|cuyo|cuya|cujo|cuja)(?!\w))[^\W\d_]+){0,4}(?=,)",
    re.I,
)


#: A name's relative clause that gives its figure as the person's age ("Roof, who was 21 at
#: the time,"; "Roux, qui avait 21 ans,"; "Roth, der damals 21 war,").
_APPOSED_RELATIVE_FIGURE = _lazy(
    r"[^\W\d_],\s(?:who\s+(?:was|is)|(?:der|die)\s+(?:damals\s+|erst\s+)?(?:war|ist)|"
    r"qui\s+(?:avait|a)|(?:quien|que)\s+(?:tenía|tiene)|que\s+(?:tinha|tem))\s$",
    re.I,
)


#: A name's apposition that a preposition of age opens before its figure ("Jane Roe, aged
#: 34,"; "Juana Pérez, de 34 años,"; "Jeanne Roux, âgée de 34 ans,"; "Joana Silva, com 34
#: anos,").
_APPOSED_AGE_FIGURE = _lazy(
    r"[^\W\d_],\s(?:aged|de|con|com|âgée?s?\s+de|agée?s?\s+de|im\s+Alter\s+von)\s$", re.I
)


def _apposition_predicate(text: str, v: Value, pos: int) -> bool:
    """Whether the predicate at `pos` is that of the person whose apposition figure `v`
    is: a name, a comma, the figure, a comma, and the predicate at most two words
    further ("Yorkshire pupil, Jane Roe, 34, dies on trip", "Jean Roux, 34, est mort");
    or a name, a comma, an article or a relative clause's "who was", the figure and at
    most four words of its apposition, a comma and the predicate ("Jane Roe, a
    34-year-old nurse from Leeds, died", "Roof, who was 21 at the time, was arrested")."""
    if pos - v.end > _NEGATION_REACH:
        return False
    if _APPOSED_FIGURE.search(text, max(0, v.start - 3), v.start) is not None:
        return _APPOSITION_GAP.fullmatch(text, v.end, pos) is not None
    if (
        _APPOSED_ARTICLE_FIGURE.search(text, max(0, v.start - 9), v.start) is None
        and _APPOSED_RELATIVE_FIGURE.search(text, max(0, v.start - 20), v.start) is None
        and _APPOSED_AGE_FIGURE.search(text, max(0, v.start - 20), v.start) is None
    ):
        return False
    rest = _APPOSED_ARTICLE_REST.match(text, v.end, pos)
    return rest is not None and _APPOSITION_GAP.fullmatch(text, rest.end(), pos) is not None


def _coordinated_predicate(
    text: str, v: Value, pos: int, lang: str | None, starts: list[int]
) -> bool:
    """Whether the predicate at `pos` is a verb coordinated ([adverbial] coordinators:
    "and", "und", "et", "y") with the clause of figure `v`, with no subject of its own:
    "140 whales beached and died", "140 Wale strandeten und starben"; no comma, no
    sentence's end and no other figure (`starts`: every figure's start, sorted) between,
    the verb at most `_COORDINATED_GAP` words after the coordinator; within
    `_NEGATION_REACH`."""
    if not 0 < pos - v.end <= _NEGATION_REACH:
        return False
    frame = _adverbial_frame(lang)
    if frame is None or _CLAUSE_END.search(text, v.end, pos) is not None:
        return False
    coordinator = frame[1]
    if bisect.bisect_left(starts, pos) > bisect.bisect_left(starts, v.end):
        return False  # another figure between
    breaks = list(_clause_break(lang).finditer(text, v.end, pos))
    if not breaks:
        return False
    if all(coordinator.fullmatch(b.group()) is not None for b in breaks):
        return len(_WORD3.findall(text, breaks[-1].end(), pos)) <= _COORDINATED_GAP
    return _contrasted_predicate(text, breaks, pos, lang)


@lru_cache(maxsize=64)
def _contrast_frame(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """A language's words opening a contrasted verb of a figure's clause ([adverbial]
    contrastives: "but", "mais") and the words that may stand for its subject there, the
    figure's whole group ([adverbial] all_anaphors: "all", "tous"); None without the
    first."""
    rules = rules_for(lang)
    data = rules.data.get("adverbial", {}) if rules is not None else {}
    if not data.get("contrastives"):
        return None
    anaphors = data.get("all_anaphors")
    return _word_re(data["contrastives"]), (_word_re(anaphors) if anaphors else None)


def _contrasted_predicate(
    text: str, breaks: list[re.Match[str]], pos: int, lang: str | None
) -> bool:
    """Whether the predicate at `pos` is a verb contrasted with the clause before it
    (`breaks`: the clause breaks between, a comma perhaps and then a word of
    `_contrast_frame`), its subject none or the figure's whole group, perhaps with one
    auxiliary after it: "140 whales stranded, but all were rescued", "140 baleines se sont
    échouées, mais toutes ont été secourues"; not "but the farmer was rescued"."""
    frame = _contrast_frame(lang)
    if frame is None or len(breaks) > 2:
        return False
    contrast, anaphor = frame
    if contrast.fullmatch(breaks[-1].group()) is None:
        return False
    if len(breaks) == 2 and breaks[0].group() != ",":
        return False
    gap = text[breaks[-1].end() : pos].strip()
    if not gap:
        return True
    # The anaphor, perhaps an auxiliary after it ("mais toutes ont été secourues").
    held = anaphor.match(gap) if anaphor is not None else None
    return held is not None and len(_WORD3.findall(gap, held.end())) <= _COORDINATED_GAP


#: How far after a figure the comma closing its phrase of "after" may stand: the phrase may
#: name what lasted ("ほぼ20年にわたる敵対関係の後、", "近20年的敌对关系之后，").
_CJK_AFTER_PHRASE = 16


def _negates_concessive_main(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """In Chinese or Japanese, whether the negation `word` at `pos` stands in the main
    clause after a concessive clause holding a duration or date of `values`, which is the
    main clause's circumstance ("父娘は26日間海上にいたが、オーストラリアには到着しなかった",
    "他们在海上漂流了26天，但没有抵达澳大利亚": like "After 26 days at sea, they arrive"):
    the figure's clause ends with a concessive word ([adverbial] concessive_after, "が",
    "けど") before a comma, or the clause after the comma opens with one
    ([adverbial] concessive_before, "但", "却"); the negation within `_CONCESSIVE_REACH`
    of the comma, before the sentence's end, and no other figure in the main clause (two
    figures contrasted are not one circumstance)."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk:
        return False
    frame = rules.data.get("adverbial", {})
    after = tuple(frame.get("concessive_after", []))
    before = tuple(frame.get("concessive_before", []))
    if not after and not before:
        return False
    text = reading.text
    for v in values:
        timed = v.kind in ("date", "year") or (v.kind == "unit" and v.dim == "second")
        if not timed or v.end > pos:
            continue
        comma = _CJK_COMMA.search(text, v.end, min(len(text), v.end + _CONCESSIVE_REACH[0]))
        if comma is None or comma.end() > pos or pos - comma.end() > _CONCESSIVE_REACH[1]:
            continue
        if _CJK_SENTENCE_END.search(text, v.end, pos) is not None:
            continue
        head = text[v.end : comma.start()].rstrip()
        opens = text[comma.end() : comma.end() + 3].lstrip()
        if not (after and head.endswith(after)) and not (before and opens.startswith(before)):
            continue
        if any(comma.end() <= u.start < pos + len(word) + 20 for u in reading.values):
            continue  # another figure in the main clause: a contrast of two figures
        return True
    return False


def _cjk_concessive_scope(
    text: str, v: Value, lang: str | None, others: list[Value]
) -> tuple[int, int] | None:
    """In Chinese or Japanese, the main clause after a concessive clause holding figure
    `v` (`_negates_concessive_main`'s markers), when its subject is the figure's whole
    group ([adverbial] all_anaphors: "全頭", "全部"): "140頭のクジラが座礁したが、全頭が救助
    された", "140头鲸鱼搁浅，但全部获救" say of the 140 that they were rescued. The clause
    runs from the anaphor to the sentence's end, within `_CONCESSIVE_REACH`, and holds no
    figure of `others` (another count is said of another group)."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk:
        return None
    frame = rules.data.get("adverbial", {})
    after = tuple(frame.get("concessive_after", []))
    before = tuple(frame.get("concessive_before", []))
    anaphors = tuple(frame.get("all_anaphors", []))
    if not anaphors or not (after or before):
        return None
    comma = _CJK_COMMA.search(text, v.end, min(len(text), v.end + _CONCESSIVE_REACH[0]))
    if comma is None or _CJK_SENTENCE_END.search(text, v.end, comma.start()) is not None:
        return None
    head = text[v.end : comma.start()].rstrip()
    rest = text[comma.end() : comma.end() + _CONCESSIVE_REACH[1]].lstrip()
    opened = next((w for w in before if rest.startswith(w)), None)
    if not (after and head.endswith(after)) and opened is None:
        return None
    if opened is not None:
        rest = rest[len(opened) :].lstrip()
    if not rest.startswith(anaphors):
        return None
    lo = text.index(rest[:1], comma.end()) if rest else comma.end()
    hi = min(len(text), comma.end() + _CONCESSIVE_REACH[1])
    end = _CJK_SENTENCE_END.search(text, lo, hi)
    hi = end.start() if end is not None else hi
    if any(lo <= u.start < hi for u in others):
        return None
    return lo, hi


def _cjk_after_scope(text: str, v: Value, lang: str | None) -> tuple[int, int] | None:
    """In Chinese or Japanese, the main clause that a figure's phrase of time ending in a
    word of "after" ([adverbial] after: "后", "以来", "後") and a comma modifies:
    "在太空逗留1000天后，单宁成分保持不变" (the clause after the comma, to the sentence's
    end, within `_CJK_AFTER_REACH`); or that a year or date opening its sentence before a
    comma modifies, perhaps with a particle of time between ([adverbial] time_tails,
    time_leads: "1997年、大統領は禁輸を解除した", "1997年，总统解除了禁运"); None elsewhere."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk:
        return None
    adverbial = rules.data.get("adverbial", {})
    words = adverbial.get("after", [])
    if not words:
        return None
    stop = min(len(text), v.end + _CJK_AFTER_PHRASE)
    comma = _CJK_COMMA.search(text, v.end, stop)
    tail = text[v.end : comma.start()].strip() if comma is not None else ""
    if comma is None or (
        not tail.endswith(tuple(words))
        and not (
            v.kind in ("year", "date")
            and tail in ("", *adverbial.get("time_tails", []))
            and _opens_cjk_sentence(
                text, v.start, adverbial.get("time_leads", []), adverbial.get("topic_ends", [])
            )
        )
    ):
        comma = _cjk_framed(text, v, adverbial)
        if comma is None:
            return None
    hi = min(len(text), comma.end() + _CJK_AFTER_REACH[1])
    end = _CJK_SENTENCE_END.search(text, comma.end(), hi)
    return comma.end(), end.start() if end is not None else hi


#: How far after a figure the comma closing a framing phrase may stand (`_cjk_framed`): the
#: frame names the event or the study the figure dates ("在1985年…开展的…研究中，").
_CJK_FRAME_PHRASE = 40


def _cjk_framed(text: str, v: Value, adverbial: dict[str, Any]) -> re.Match[str] | None:
    """In Chinese or Japanese, the comma closing a framing phrase that opens its sentence
    with year or date `v` (right after one of [adverbial] time_leads, where the language
    has them) and ends in one of its frame_tails before the comma ("在1985年UFAA开展的…
    研究中，研究人员得出结论，…", "2020年の東京五輪の開催を見据え、…"): the main clause
    after the comma is what the frame's figure is said of. None elsewhere."""
    tails = adverbial.get("frame_tails", [])
    leads = adverbial.get("time_leads", [])
    if not tails or v.kind not in ("year", "date"):
        return None
    if leads and not text[: v.start].rstrip().endswith(tuple(leads)):
        return None
    if not _opens_cjk_sentence(text, v.start, leads):
        return None
    comma = _CJK_COMMA.search(text, v.end, min(len(text), v.end + _CJK_FRAME_PHRASE))
    if comma is None or _CJK_SENTENCE_END.search(text, v.end, comma.start()) is not None:
        return None
    return comma if text[v.end : comma.start()].strip().endswith(tuple(tails)) else None


@lru_cache(maxsize=64)
def _antonym_prefixes(lang: str | None) -> tuple[str, ...]:
    """A language's prefixes that make an adjective its antonym ([antonym] prefixes: "un",
    "in", "non"), longest first."""
    rules = rules_for(lang)
    words = rules.data.get("antonym", {}).get("prefixes", []) if rules is not None else []
    return tuple(sorted((w.lower() for w in words), key=len, reverse=True))


#: The word right after a figure: "99.9% available".
_ANTONYM_WORD_AFTER = _lazy(r"[ \t]*([^\W\d_]+)")


#: The word right before a figure, a predicate adjective ("is unavailable 99.9% of the
#: time"), perhaps one short word (an article, a preposition) between ("disponible à 97 %",
#: "inaccesible el 97 %"), looked for in `_ANTONYM_REACH` characters.
_ANTONYM_WORD_BEFORE = _lazy(r"(?<![^\W\d_])([^\W\d_]+)(?:[ \t]+[^\W\d_]{1,3})?[ \t]*$")


_ANTONYM_REACH = 40


def _antonym_words(reading: Reading, v: Value) -> list[str]:
    """The word right after figure `v` and the word right before it (`_prefixed_antonym`),
    that one unless a negation stands within `_ANTONYM_REACH` before it ("was not changed
    for 30 years" says what "unchanged for 30 years" says)."""
    text = reading.text
    words = []
    after = _ANTONYM_WORD_AFTER.match(text, v.end)
    if after is not None:
        words.append(after.group(1))
    before = _ANTONYM_WORD_BEFORE.search(text, max(0, v.start - _ANTONYM_REACH), v.start)
    if before is not None and not any(
        before.start() - _ANTONYM_REACH <= pos < v.start for pos, _ in reading.negations
    ):
        words.append(before.group(1))
    return words


#: How long the stem of a prefixed antonym must be at least ("available").
_ANTONYM_STEM = 4


def _prefixed_antonym(
    stated: Reading,
    statement_lang: str | None,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """A compared figure whose next word, or the predicate adjective right before it, is,
    on one side, the other side's next or previous word with a negative prefix ([antonym]
    prefixes): "99.9% unavailable" for "99.9% available", "95 % indisponible" for "95 %
    disponible", "is unavailable 99.9% of the time" for "is 99.9% available"; in one
    language only. The statement's word
    and the quote's; None elsewhere."""
    prefixes = _antonym_prefixes(statement_lang)
    if not prefixes:
        return None
    for s, q in met:
        mine = _antonym_words(stated, s)
        if not mine:
            continue
        for r, lang in zip(readings, langs, strict=False):
            if lang != statement_lang or not any(q is x for x in r.values):
                continue
            for said, theirs in itertools.product(mine, _antonym_words(r, q)):
                short, long = sorted((said.lower(), theirs.lower()), key=len)
                if len(short) < _ANTONYM_STEM or not long.endswith(short):
                    continue
                if long[: len(long) - len(short)] in prefixes:
                    return said, theirs
    return None


@lru_cache(maxsize=64)
def _negative_prefixes(lang: str | None) -> tuple[str, ...]:
    """A language's prefixes that make a word of absence of its stem ("un" of
    "unchanged"): its data file's ``negation.prefixes``."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}).get("prefixes", []) if rules is not None else []
    return tuple(w.lower() for w in words)


@lru_cache(maxsize=64)
def _cessation_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's words of stopping ("stopped", "eingestellt", "停止"): its data file's
    ``negation.cessations``, patterns. They say what a negation of going on says ("no
    longer charges", "不再收费"), for a negation on the other side only."""
    rules = rules_for(lang)
    patterns = rules.data.get("negation", {}).get("cessations", []) if rules is not None else []
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _negatives(text: str, lang: str | None) -> list[tuple[int, str]]:
    """The prohibitions and absences of a text, and its words of stopping
    (`_cessation_words`): (position, word), in order."""
    pattern = _cessation_words(lang)
    stops = [(m.start(), m.group()) for m in pattern.finditer(text)] if pattern is not None else []
    return sorted([*_prohibitions(text, lang), *stops]) if stops else _prohibitions(text, lang)


def _prohibitions(text: str, lang: str | None) -> list[tuple[int, str]]:
    """The prohibitions of a text: (position, word)."""
    pattern = _prohibition_words(lang)
    return [(m.start(), m.group()) for m in pattern.finditer(text)] if pattern is not None else []


@lru_cache(maxsize=1)
def _not_undoing() -> re.Pattern[str]:
    """Words between a negation and a prohibition that keep it from undoing it ("not
    only banned", "nicht nur verboten"): common.toml's ``negation.not_undoing``."""
    words = _load_toml("common").get("negation", {}).get("not_undoing", [])
    return _word_re(words) if words else _NEVER


#: How many words may stand between a negation and the prohibition it undoes ("n'est pas
#: interdit", "nicht mehr verboten"); in CJK text, how many characters before it ("并未被
#: 禁止") and after it ("禁止されていない").
_UNDO_WORDS = 2


_UNDO_CJK = (2, 6)


def _undoing(reading: Reading, p: int, e: int) -> list[int]:
    """The negations of a reading that undo the prohibition or permission at p..e: just
    before it in its clause, or in CJK text just after it ("禁止されていない"), with no word
    between that keeps it from undoing it ("not only banned")."""
    text = reading.text
    cjk = bool(_CJK_CHAR.match(text, p))
    w = p
    while not cjk and w > 0 and w > p - 40 and text[w - 1].isalpha():
        w -= 1  # the compound it ends: "kein Rauchverbot"
    undoing = []
    for n, word in reading.negations:
        ne = n + len(word)
        if n == p or (n < p < ne):
            continue  # the prohibition itself ("禁止", "不得")
        if ne <= w:
            gap = text[ne:w]
            near = (
                len(gap) <= _UNDO_CJK[0]
                if cjk
                else len(_WORD3.findall(gap)) <= _UNDO_WORDS and len(gap) <= 30
            )
        elif n >= e and cjk and n in reading.negations_back:
            gap = text[e:n]
            near = len(gap) <= _UNDO_CJK[1]
        else:
            continue
        if (
            near
            and _CLAUSE_BREAK.search(gap) is None
            and _CLAUSE_END.search(gap) is None
            and _not_undoing().search(gap) is None
        ):
            undoing.append(n)
    return undoing


#: A relative clause set in commas after a word, up to its closing comma: ", die verletzt
#: waren,", ", who were injured,", ", qui étaient blessés,".
_RELATIVE_INSERT = _lazy(
    r",\s*(?:die|der|das|denen|dem|den|welche|welcher|who|which|qui|dont|quienes|quien|"
    r"que)(?!\w)[^,.;:!?]{0,80},",
    re.I,
)


def _permission_scope(text: str, pos: int, end: int) -> int:
    """Where what the permission at pos..end governs ends: its clause's end, or past a
    relative clause set in commas right there, the end of the clause after it ("durften 3
    Spieler, die verletzt waren, nicht reisen": the negation after it undoes it)."""
    hi = _clause_bounds(text, pos, end)[1]
    m = _RELATIVE_INSERT.match(text, hi)
    return _clause_bounds(text, m.end(), m.end())[1] if m is not None else hi


def _permissions(reading: Reading, lang: str | None) -> list[tuple[int, str, frozenset[int]]]:
    """What a text allows: the prohibitions a negation undoes ("not prohibited", "n'est pas
    interdit", "nicht verboten", "no está prohibido", "不禁止", "禁止されていない"), and the
    words of permission no negation undoes ([negation] permissions: "allowed to", "autorisé
    à", "erlaubt", "permitido", "允许"; "not allowed" forbids). Each is (position, the words
    from the first negation to the end of the prohibition or permission, the positions of
    the negations it takes: the undoing ones and, where a prohibition is a negation itself
    ("禁止"), its own)."""
    text = reading.text
    found = []
    pattern = _data_patterns(lang, "negation", "prohibitions", re.I) if reading.negations else None
    spots = {pos: word for pos, word in reading.negations}
    for m in pattern.finditer(text) if pattern is not None and _may_hold(pattern, text) else ():
        p, e = m.start(), m.end()
        undoing = _undoing(reading, p, e)
        if undoing:
            lo = min(p, *undoing)
            hi = max(e, *(n + len(spots[n]) for n in undoing))
            taken = frozenset(undoing) | ({p} if p in spots else frozenset())
            found.append((p, text[lo:hi], taken))
    allowing = _data_patterns(lang, "negation", "permissions", re.I)
    for m in allowing.finditer(text) if allowing is not None and _may_hold(allowing, text) else ():
        hi = _permission_scope(text, m.start(), m.end())
        if not _undoing(reading, m.start(), m.end()) and not any(
            # A negation after it in its clause: "dürfen keine Spieler verpflichten",
            # "dürfen die Spieler nicht verpflichten".
            m.end() <= n < hi
            for n, _ in reading.negations
        ):
            found.append((m.start(), m.group(), frozenset()))
    return sorted(found)


#: Words (three letters or more) after a permission or a prohibition that say what it
#: allows or forbids ("allowed to possess a firearm", "barred from possessing"); in CJK text,
#: characters after it ("允许进口").
_ACT_WORDS = 3


_ACT_CJK = 4


def _act(text: str, pos: int, end: int) -> set[str]:
    """What the permission, prohibition or negation at pos..end allows or forbids: the
    words after it in its clause (`_ACT_WORDS`; the words just before it when it ends its
    clause), or in CJK text the character pairs after it (`_ACT_CJK`)."""
    lo, hi = _clause_bounds(text, pos, end)
    if _CJK_CHAR.match(text, pos):
        after = text[end : min(hi, end + _ACT_CJK)]
        return {a + b for a, b in zip(after, after[1:], strict=False)}
    words = []
    for m in _WORD3.finditer(text, end, hi):
        words.append(m.group().lower())
        if len(words) == _ACT_WORDS:
            break
    if not words:
        # Ending its clause ("ist es den 40 Vereinen verboten,"), it says what stands just
        # before it.
        words = [m.group().lower() for m in _WORD3.finditer(text, lo, pos)][-_GOVERNED_BEFORE:]
    return set(words)


def _same_act(one: set[str], other: set[str], same_language: bool) -> bool:
    """Whether two sides allow or forbid the same act: a word of four letters or more
    shared by its first four letters (or a CJK character pair) in one language, a cognate
    (`_cognate_keys`) across languages."""
    if same_language:
        pairs = {w for w in one if _CJK_CHAR.search(w)} & other
        return bool(pairs) or bool(_prefixes(one) & _prefixes(other))
    keys = frozenset().union(*(_cognate_keys(w) for w in one))
    if any(_cognate_keys(w) & keys for w in other):
        return True
    # A verb's stem in another form: "posséder" and "possessing" share their first five
    # letters (words of six letters or more).
    stems = {_unaccented(w.lower())[:5] for w in one if len(w) >= 6 and w.isalpha()}
    return any(len(w) >= 6 and w.isalpha() and _unaccented(w.lower())[:5] in stems for w in other)


def _agreed_own_negations(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
    met: list[tuple[Value, Value]],
) -> list[set[int]] | None:
    """The negations that only belong to a side whose own words hold one (an ``unnegated``
    side: "無観客", "观众缺席", "without spectators", "trotz fehlender Zuschauer"), where the
    statement and a quote take that same side beside a compared figure: the positions of
    such negations in the statement and in each quote, which deny no claim ("無観客で約450人が
    競った" for "Without spectators, about 450 athletes competed"); None where none is."""
    if not stated.negations or not met:
        return None
    unnegated = {name: own for name, _, own in _polarity_groups(statement_lang) if own}
    if not unnegated:
        return None
    ruled = {
        g: said
        for g, said in _polarity_sides(
            stated, statement_lang, [s for s, _ in met if s.hedge != "by"], frozenset(unnegated)
        ).items()
        if said[0] in unnegated[g]
    }
    if not ruled:
        return None
    dropped: list[set[int]] = [set() for _ in range(len(readings) + 1)]
    for g, (side, word) in ruled.items():
        agreed = False
        for i, (r, values, lang) in enumerate(zip(readings, mine, langs, strict=True), 1):
            if not values:
                continue
            others = _polarity_sides(
                r, lang, [v for v in values if v.hedge != "by"], frozenset({g})
            )
            if g in others and others[g][0] == side:
                agreed = True
                dropped[i] |= _positions_within(r, others[g][1])
        if agreed:
            dropped[0] |= _positions_within(stated, word)
    # Only where those are all the negations of each side: another ("ohne Publikum nicht
    # an", "no se detectó ninguna anomalía") is read as before.
    sides = zip([stated, *readings], dropped, strict=True)
    if len(dropped[0]) != len(stated.negations) or any(
        len(taken) != len(r.negations) for r, taken in sides if taken
    ):
        return None
    return dropped


def _positions_within(reading: Reading, word: str) -> set[int]:
    """The positions of `reading`'s negations inside the first place its text says `word`."""
    at = reading.text.find(word)
    if at < 0:
        return set()
    return {pos for pos, _ in reading.negations if at <= pos < at + len(word)}
