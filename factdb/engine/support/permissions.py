"""Permissions and absence: what a statement says is allowed or forbidden against the
quote, and an absence ("no", "none") against a negation or a count."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .clauses import (
    _CJK_SENTENCE_END,
    _CLAUSE_BREAK,
    _GOVERNED_BEFORE,
    _GOVERNED_CJK,
    _GOVERNED_WORDS,
    _WORD3,
    _clause_bounds,
    _data_patterns,
    _governs,
    _negates_figure_clause,
    _prefixes,
    _prepositions,
    _same_clause,
)
from .negated_sides import (
    _UNDO_WORDS,
    _act,
    _negative_prefixes,
    _negatives,
    _not_undoing,
    _permission_scope,
    _permissions,
    _prohibitions,
    _same_act,
    _sentence_span,
    _undoing,
)
from .negation import _START, _negates_by_relative
from .patterns import _TOKEN
from .results import Reading, Value
from .rules import _base, rules_for
from .sentences import _CJK_CHAR, _CLAUSE_END, _bounds, _content, _sentence
from .words import _auxiliaries, _meaning_set


def _permission_verdict(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    mine: list[list[Value]],
    stated_values: list[Value],
) -> tuple[str, str, str, list[frozenset[int]]] | None:
    """How a permission ("not prohibited", "不禁止", "禁止されていない") on one side meets
    the other: ("match", statement's words, quote's words, the negations each reading's
    permissions take: statement first) when both sides give one, ("contradicted", ...)
    when the other side forbids or negates instead, in a sentence of a compared value.
    None when neither side gives a permission, or the other side neither forbids nor
    negates: a negation on one side is judged as ever."""
    stated_perms = _permissions(stated, statement_lang)
    quote_perms: list[list[tuple[int, str, frozenset[int]]]] = []
    for r, lang, values in zip(readings, langs, mine, strict=True):
        perms = _permissions(r, lang)
        if not perms:
            quote_perms.append([])
            continue
        # Chinese or Japanese: the whole sentence to its "。" (its clauses' commas end no
        # sentence there: "至少有两名宇航员…喝了大量的酒，但仍然被允许飞行").
        cjk = _CJK_CHAR.match(r.text, perms[0][0])
        bounds = [m.end() for m in _CJK_SENTENCE_END.finditer(r.text)] if cjk else _bounds(r)
        spans = [_sentence(bounds, v.start, v.end) for v in values]
        quote_perms.append([t for t in perms if any(lo <= t[0] < hi for lo, hi in spans)])
    if not stated_perms and not any(quote_perms):
        return None
    taken = [frozenset().union(*(t[2] for t in perms)) for perms in [stated_perms, *quote_perms]]
    said = next((t[1] for perms in quote_perms for t in perms), "")
    if stated_perms and said:
        sides = [(stated, stated_perms), *zip(readings, quote_perms, strict=True)]
        if any(perms and not any(t[2] for t in perms) and r.negations for r, perms in sides):
            # A word of permission takes no negation: where its side has negations of its
            # own, every negation is judged as ever ("nicht verboten" for "erlaubt, die
            # nicht eingezäunt sind"); otherwise a negated prohibition's are taken ("not
            # prohibited" for "allowed").
            taken = [frozenset() for _ in taken]
        return "match", stated_perms[0][1], said, taken
    same_language = {_base(statement_lang)} == {_base(lang) for lang in langs}
    if stated_perms:
        for r, lang, values in zip(readings, langs, mine, strict=True):
            word = _forbids(r, lang, values, stated, stated_perms, same_language, statement_lang)
            if word is not None:
                return "contradicted", stated_perms[0][1], word, taken
        return None
    for r, perms in zip(readings, quote_perms, strict=True):
        if perms:
            word = _forbids(stated, statement_lang, stated_values, r, perms, same_language, lang)
            if word is not None:
                return "contradicted", word, said, taken
    return None


def _forbids(
    reading: Reading,
    lang: str | None,
    values: list[Value],
    other: Reading,
    perms: list[tuple[int, str, frozenset[int]]],
    same_language: bool,
    other_lang: str | None = None,
) -> str | None:
    """The prohibition or negation of `reading` that forbids what the `other` side's
    permissions (`_permissions`) allow. Against a negated prohibition, one in the clause of
    a compared value ("not allowed on 40 beaches"), not in another ("…, which do not charge
    fees") nor in a relative clause on its noun ("the 25 parks that are not fenced").
    Against a word of permission ("allowed to possess"), one on the same act in a sentence
    of a compared value (`_same_act`: "barred from possessing", "not allowed to possess").
    """
    undone = any(t[2] for t in perms)
    acts = [_act(other.text, p, p + len(w)) for p, w, t in perms if not t]
    spans: list[tuple[float, float]] = []
    if acts and not same_language and _CJK_CHAR.search(reading.text[:200]):
        # Chinese or Japanese against another language: the whole sentence to its "。".
        ends = [m.end() for m in _CJK_SENTENCE_END.finditer(reading.text)]
        spans = [_sentence(ends, v.start, v.end) for v in values]
    elif acts:
        bounds = _bounds(reading)
        spans = [_sentence(bounds, v.start, v.end) for v in values]
    for pos, word in sorted([*_prohibitions(reading.text, lang), *reading.negations]):
        if _negates_by_relative(reading, pos, values, lang):
            continue
        if undone and any(_same_clause(reading.text, pos, v, lang) for v in values):
            return word
        if acts and any(lo <= pos < hi for lo, hi in spans):
            here = _act(reading.text, pos, pos + len(word))
            if any(_same_act(act, here, same_language) for act in acts):
                return word
    if len(perms) == 1 and len(acts) == 1:
        # Where no cognate ties the act ("仍然被允许飞行", "durften reisen"; in one
        # language, synonyms: "allowed to own a gun", "barred from possessing a firearm"):
        # a single word of permission against a single ban of the sentence of a compared
        # value ("were not allowed to fly", "banned from travelling"), each side with no
        # word of the other kind, speaks of the same act, in a relative clause on the
        # figure's noun too ("two astronauts who drank heavily were not allowed to fly":
        # the same astronauts).
        bans = _bans(reading, lang)
        # The other side's bans count in its permission's sentence only: "但仍然被允许飞行。…
        # 宇航员在飞行前12小时是严禁饮酒的" bans another act in another sentence.
        at = perms[0][0]
        ends = (
            [m.end() for m in _CJK_SENTENCE_END.finditer(other.text)]
            if _CJK_CHAR.match(other.text, at)
            else _bounds(other)
        )
        lo_other, hi_other = _sentence(ends, at, at + len(perms[0][1]))
        if (
            len(bans) == 1
            and not any(lo_other <= p < hi_other for p, _ in _bans(other, other_lang))
            and not _permissions(reading, lang)
            and any(lo <= bans[0][0] < hi for lo, hi in spans)
            and not (same_language and _act_said(reading.text, spans, acts[0]))
        ):
            return bans[0][1]
    return None


def _act_said(text: str, spans: list[tuple[float, float]], act: set[str]) -> bool:
    """Whether the sentences `spans` of `text` say the permitted act in its own words
    (`_same_act` in one language): then a ban there that no word ties to it is of another
    act ("have signed foreign players, but alcohol is banned" for "allowed to sign foreign
    players")."""
    words = {
        m.group().lower()
        for lo, hi in spans
        for m in _WORD3.finditer(text, int(lo), int(min(hi, len(text))))
    }
    return _same_act(act, words, True)


def _bans(reading: Reading, lang: str | None) -> list[tuple[int, str]]:
    """The bans of a text: its prohibitions no negation undoes ("banned", "禁止"), and its
    words of permission a negation undoes or follows in their clause ("not allowed to",
    "durften nicht", "不允许"), each as (position, word)."""
    text = reading.text
    found = {p: w for p, w in _prohibitions(text, lang) if not _undoing(reading, p, p + len(w))}
    allowing = _data_patterns(lang, "negation", "permissions", re.I)
    spots = dict(reading.negations)
    for m in allowing.finditer(text) if allowing is not None and spots else ():
        undoing = _undoing(reading, m.start(), m.end())
        if not undoing:
            hi = _permission_scope(text, m.start(), m.end())
            undoing = sorted(n for n in spots if m.end() <= n < hi)[:1]
        if undoing:
            found[undoing[0]] = spots[undoing[0]]
    return sorted(found.items())


#: How far (in characters) before a word of absence its concessive words reach.
_CONCESSIVE_ABSENCE_REACH = 40


def _concessive_absence(text: str, pos: int, lang: str | None) -> bool:
    """Whether the word of absence at `pos` stands in a concessive phrase ([negation]
    concessive, matched on the text ending right before it, within `_CONCESSIVE_ABSENCE_REACH`):
    "trotz fehlender Zuschauer", "despite the lack of", "malgré l'absence de", "a pesar de
    la falta de"."""
    concessive = _data_patterns(lang, "negation", "concessive", re.I)
    return concessive is not None and (
        concessive.search(text, max(0, pos - _CONCESSIVE_ABSENCE_REACH), pos) is not None
    )


#: How far after a prohibition or a negation (in characters) the act it forbids is read.
_ACT_REACH = 40


def _same_act_forbidden(
    r: Reading,
    pos: int,
    word: str,
    values: list[Value],
    negated: list[tuple[Reading, str | None, list[Value]]],
) -> bool:
    """Across languages, whether a prohibition in the sentence of a compared figure (not in
    its clause: "He was convicted in 1998 and was barred from possessing a firearm")
    forbids the act the other side's negation denies, by an [event_meanings] meaning of
    the words right after each ("n'avait pas le droit de posséder une arme": arms)."""
    span = _sentence_span(r.text, pos, pos + len(word))
    if not any(span[0] <= v.start < span[1] for v in values):
        return False
    end = pos + len(word)
    theirs = _meaning_set(r.text, end, min(span[1], end + _ACT_REACH), r.values)
    if not theirs:
        return False
    for n, _, _ in negated:
        for p, w in n.negations:
            lo, hi = _sentence_span(n.text, p, p + len(w))
            if theirs & _meaning_set(
                n.text, p + len(w), min(hi, p + len(w) + _ACT_REACH), n.values
            ):
                return True
    return False


def _negatives_agree(
    negated: list[tuple[Reading, str | None, list[Value]]],
    other: list[tuple[Reading, str | None, list[Value]]],
    same_language: bool,
) -> str | None:
    """The prohibition that makes one side's negation agree with the other side: "banned"
    or "barred from" say what "not allowed" says, "Alkoholverbot" what "严禁饮酒" says.
    Each side is (reading, language, compared values). The side without a negation must
    hold a prohibition: in its own language, one followed by a word the negation governs
    ("barred from possessing" for "not allowed to possess"); across languages, one in the
    clause of a compared value. The negated side holds no prohibition, or only negations
    that are prohibitions ("禁止" is both), nor the prohibition's own verb ("did not bar
    him" for "barred"): there a negation undoes it ("not banned", "并未被禁止")."""
    negated_words: set[str] = set()
    for r, lang, _ in negated:
        spots = {pos for pos, _ in r.negations}
        forbids = {pos for pos, _ in _prohibitions(r.text, lang)}
        if forbids and not spots <= forbids:
            return None  # "not banned", "并未被禁止": a negation undoes the prohibition
        negated_words |= _content(r.text)
    verb_negated = any(
        w.lower() not in _prepositions() for r, _, _ in negated for _, w in r.negations
    )
    for r, lang, values in other:
        bounded = None  # the reading with its sentences' ends, for an opening phrase
        for pos, word in _negatives(r.text, lang):
            key = word.lower()
            if not _CJK_CHAR.match(key) and any(
                key.startswith(w) or (len(key) >= 4 and w.startswith(key[:4]))
                for w in negated_words
            ):
                return None  # "did not bar" undoes "barred"
            if verb_negated and _concessive_absence(r.text, pos, lang):
                # "Trotz fehlender Zuschauer feuerten sie sich an" concedes an absence:
                # it says "ohne Zuschauer", not "feuerten sich nicht an".
                continue
            # The word's clause, and the compared figure before it that is what is absent
            # ("Der 3. Oktober fehlt") or its subject ("Der 1. Mai 2019 fehlt im Kalender").
            lo, hi = _clause_bounds(r.text, pos, pos + len(word), lang)
            absent = _absent_figure(r.text, lo, pos, values)
            subject = absent is not None and _absence_subject(r.text, pos, word, absent, lang)
            if not same_language:
                if subject:
                    # The figure is what is absent ("Der 1. Mai 2019 fehlt im Kalender"):
                    # the other side's negation agrees by denying a presence ("is not
                    # listed"), not the figure's other predicate ("does not open").
                    if any(
                        _presence_in_clause(n, n_lang, p, p + len(w), n_values)
                        for n, n_lang, n_values in negated
                        for p, w in n.negations
                    ):
                        return word
                    continue
                if any(_same_clause(r.text, pos, v, lang) for v in values):
                    return word
                # Or on the main clause after an opening phrase holding a compared value:
                # "In 2019, the squad remained unchanged" for "En 2019, no hubo cambios".
                opening = [v for v in values if v.end <= lo]
                if opening:
                    bounded = bounded or replace(r, bounds=_bounds(r))
                    if _negates_figure_clause(bounded, pos, pos + len(word), opening, lang):
                        return word
                if _same_act_forbidden(r, pos, word, values, negated):
                    return word
                continue
            if not _CJK_CHAR.match(key) and _figure_right_before(r.text, pos, values):
                # "Der 3. Oktober fehlt" for "taucht der 3. Oktober nicht auf": the absent
                # is the compared figure itself, which the negation follows right after.
                if any(
                    _figure_right_before(n.text, p, nvalues)
                    and _presence_in_clause(n, n_lang, p, p + len(w), nvalues)
                    for n, n_lang, nvalues in negated
                    for p, w in n.negations
                ):
                    return word
            if absent is not None and any(
                _governs(n, p, p + len(w), same, set(), frozenset(), False)
                and _presence_in_clause(n, n_lang, p, p + len(w), same)
                for n, n_lang, n_values in negated
                if (same := [v for v in n_values if _same_figure(v, absent)])
                for p, w in n.negations
            ):
                # What is absent is the compared figure itself ("Der 3. Oktober fehlt"), and
                # the other side's negation governs that figure ("taucht der 3. Oktober
                # nicht auf").
                return word
            if subject:
                # The figure is what is absent ("Der 1. Mai 2019 fehlt im Kalender der
                # Gemeinde"): a negation agrees only by denying the figure's presence, as
                # above, not by governing a word that says where it is absent ("öffnet die
                # Gemeinde nicht").
                continue
            if _CJK_CHAR.match(key):
                near = _content(r.text[max(lo, pos - _GOVERNED_CJK[0]) : pos + len(word) + 4])
            else:
                # The words it governs: the compound it ends ("Rauchverbot"), two words
                # before it ("in den Zügen ein Rauchverbot") and four after it ("barred
                # from possessing a firearm").
                start = pos
                while start > lo and r.text[start - 1].isalpha():
                    start -= 1
                # Words of a figure ("30 years") say when or how much, not what is
                # forbidden or absent: they are left out.
                spans = [(v.start, v.end) for v in r.values if v.start < hi and v.end > lo]
                before = [
                    m.group().lower()
                    for m in _WORD3.finditer(r.text, lo, start)
                    if not any(a <= m.start() < b for a, b in spans)
                ]
                after = [
                    m.group().lower()
                    for m in _WORD3.finditer(r.text, start, hi)
                    if not any(a <= m.start() < b for a, b in spans)
                ]
                near = set(before[-_GOVERNED_BEFORE:] + after[: _GOVERNED_WORDS + 1])
                # "unchanged" is absent "changed": its stem is governed too.
                near.update(key[len(p) :] for p in _negative_prefixes(lang) if key.startswith(p))
            prefixes = _prefixes(near)
            for n, _, _ in negated:
                if any(
                    _governs(n, p, p + len(w), [], near, prefixes, False) for p, w in n.negations
                ):
                    return word
    return None


def _figure_right_before(text: str, pos: int, values: list[Value]) -> bool:
    """Whether one of `values` ends right before `pos`, nothing but spaces between: the
    subject of the word at `pos` ("Der 3. Oktober fehlt", "der 3. Oktober nicht")."""
    return any(v.end <= pos and not text[v.end : pos].strip() for v in values)


def _without_values(reading: Reading) -> str:
    """A reading's text with its values blanked out."""
    parts, at = [], 0
    for v in sorted(reading.values, key=_START):
        if v.start >= at:
            parts += [reading.text[at : v.start], " "]
            at = v.end
    return "".join([*parts, reading.text[at:]])


def _absence_against_negation(
    negated: list[tuple[Reading, str | None, list[Value]]],
    other: list[tuple[Reading, str | None, list[Value]]],
) -> str | None:
    """A word of absence ([negation] absences: "fehlt", "missing", "falta") in the clause of
    a compared value on the side without a negation, where the negated side has a negation
    in a compared value's clause that governs no word the other side says, and no word of
    prohibition or absence (which its negation may undo: "fehlt nicht"): the word; None
    otherwise. A negation governing a word the other side says outside its absence ("have
    no doors" for "lack windows but have doors") denies what that side asserts."""
    for r, lang, _ in negated:
        if _prohibitions(r.text, lang):
            return None
    spots = [
        (r, pos, w)
        for r, lang_r, values in negated
        for pos, w in r.negations
        if any(_same_clause(r.text, pos, v, lang_r) for v in values)
    ]
    if not spots:
        return None
    # The other side's words but those of its figures ("November 9" says when).
    said = set().union(*(_content(_without_values(r)) for r, _, _ in other))
    prefixes = _prefixes(said)
    if any(_governs(r, pos, pos + len(w), [], said, prefixes, False) for r, pos, w in spots):
        return None
    for r, lang, values in other:
        pattern = _data_patterns(lang, "negation", "absences", re.I)
        if pattern is None:
            continue
        stems = _negative_prefixes(lang)
        for m in pattern.finditer(r.text):
            if m.group().lower().startswith(stems):
                continue  # "unchanged": its stem, which a negation must govern, decides
            if any(_same_clause(r.text, m.start(), v, lang) for v in values):
                return m.group()
    return None


#: How many words, and characters, may stand between a figure and the word of absence it
#: is the subject of ("Der 3. Oktober fehlt", "the 3 March entry is missing").
_ABSENT_GAP = (2, 24)


def _absent_figure(text: str, lo: int, pos: int, values: list[Value]) -> Value | None:
    """The compared value that is the subject of the word of absence at `pos` (its clause
    opening at `lo`): one ending in that clause just before it, with at most `_ABSENT_GAP`
    words and no punctuation between ("Der 3. Oktober fehlt", "the 3 March entry is
    missing", "10月3日が欠けている"), or None."""
    for v in values:
        if not lo < v.end <= pos:
            continue
        gap = text[v.end : pos]
        if len(gap) > _ABSENT_GAP[1] or any(c in gap for c in ',;:()"“”«»'):
            continue
        if len(_WORD3.findall(gap)) <= _ABSENT_GAP[0]:
            return v
    return None


def _undoes_absence(reading: Reading, lang: str | None, values: list[Value]) -> bool | None:
    """Whether every negation of a reading undoes a word of absence ([negation] absences)
    in the clause of a compared value (True: "Der 9. November fehlt nicht", "ne manque
    pas", "is not missing", "no falta": it is there), none does (False), or some do (None).
    A negation undoes it just before it (`_undoing`) or, outside CJK text, after it in its
    clause with at most `_UNDO_WORDS` words between but the figures' ("fehlt der 9.
    November nicht"), not followed by a word that keeps the absence ("fehlt nicht nur")."""
    if not reading.negations:
        return None
    pattern = _data_patterns(lang, "negation", "absences", re.I) if values else None
    text = reading.text
    undoing: set[int] = set()
    for m in pattern.finditer(text) if pattern is not None else ():
        a, b = m.start(), m.end()
        if not any(_same_clause(text, a, v) for v in values):
            continue
        undoing.update(_undoing(reading, a, b))
        if _CJK_CHAR.match(text, a):
            continue
        for n, w in reading.negations:
            if n < b or n - b > 30 or w.lower() in _prepositions():
                continue
            # The gap with the figures' characters blanked: "9." ends no clause.
            gap = "".join(
                " " if any(v.start <= i < v.end for v in reading.values) else text[i]
                for i in range(b, n)
            )
            words = [
                x
                for x in _WORD3.finditer(text, b, n)
                if not any(v.start <= x.start() < v.end for v in reading.values)
            ]
            after = _WORD3.search(text, n + len(w), n + len(w) + 20)
            if (
                len(words) <= _UNDO_WORDS
                and _CLAUSE_BREAK.search(gap) is None
                and _CLAUSE_END.search(gap) is None
                and (after is None or _not_undoing().fullmatch(after.group()) is None)
            ):
                undoing.add(n)
    if not undoing:
        return False
    return True if all(n in undoing for n, _ in reading.negations) else None


def _absence_subject(text: str, pos: int, word: str, v: Value, lang: str | None) -> bool:
    """Whether figure `v` (`_absent_figure`'s, before `word` at `pos`, a word of absence:
    [negation] absences) is that word's subject, what is absent: it opens its clause, after
    an article at most ([subjects] articles), with nothing but auxiliaries ([negation]
    auxiliaries) between it and the word ("Der 1. Mai 2019 fehlt", "March 4, 2020 is
    missing", "El 12 de octubre falta"). Not a figure after a preposition ("Am 1. Mai 2019
    fehlt der Bürgermeister" says who is absent, and when) or a noun ("die Maut von 12 Euro
    eingestellt")."""
    absences = _data_patterns(lang, "negation", "absences", re.I)
    if absences is None or absences.fullmatch(word) is None:
        return False
    auxiliaries = _auxiliaries()
    if any(w.lower()[:5] not in auxiliaries for w in _TOKEN.findall(text, v.end, pos)):
        return False
    # The clause from the figure's start: a date's own dot ("3. Oktober") ends none.
    before = _TOKEN.findall(text, _clause_bounds(text, v.start, v.start)[0], v.start)
    return not before or (len(before) == 1 and before[0].lower() in _articles(lang))


@lru_cache(maxsize=64)
def _articles(lang: str | None) -> frozenset[str]:
    """A language's definite articles ([subjects] articles), lowercased."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("articles", []) if rules is not None else []
    return frozenset(w.lower() for w in words)


def _presence_in_clause(
    reading: Reading, lang: str | None, start: int, end: int, figures: list[Value]
) -> bool:
    """Whether the clauses of the negation at `start`..`end` and of the `figures` it
    governs hold a word of being there ([negation] presences: "list", "taucht … auf",
    "mentionne"), which the negation denies: "does not list 4 July" says 4 July is missing,
    "does not close on 4 July" does not. (A figure's clause is taken too: "der 1. Mai"
    ends no clause at its point.)"""
    pattern = _data_patterns(lang, "negation", "presences", re.I)
    if pattern is None:
        return False
    lo, hi = _clause_bounds(reading.text, start, end, lang)
    for v in figures:
        flo, fhi = _clause_bounds(reading.text, v.start, v.end, lang)
        lo, hi = min(lo, flo), max(hi, fhi)
    return pattern.search(reading.text, lo, hi) is not None


def _same_figure(a: Value, b: Value) -> bool:
    """Whether two values name the same figure: of one kind, a date by its day and month
    (a year may come from the page's date on one side only), else by value and dimension."""
    if a.kind != b.kind:
        return False
    if a.ymd is not None and b.ymd is not None:
        return a.ymd[1:] == b.ymd[1:]
    return a.value == b.value and a.dim == b.dim


#: A word of a noun phrase after a frame of presence or absence (`_frame_nouns`).
_FRAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: What ends such a noun phrase: a figure, a mark of punctuation.
_FRAME_END = re.compile(r"[\d,;:.!?()\"“”«»]")
#: How many content words of a noun phrase are compared (`_frame_nouns`).
_FRAME_WORDS = 2


@lru_cache(maxsize=64)
def _frames(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str]]:
    """A language's words before a noun that say it is there ([negation] noun_present:
    "with", "mit", "grâce à") and that say it is not ([negation] noun_absent: "lack of",
    "fehlender", "falta de"), and the words a noun phrase's content skips
    ([negation] noun_skip: articles, "of")."""
    rules = rules_for(lang)
    table = rules.data.get("negation", {}) if rules is not None else {}
    present = _data_patterns(lang, "negation", "noun_present", re.I)
    absent = _data_patterns(lang, "negation", "noun_absent", re.I)
    return present, absent, frozenset(w.lower() for w in table.get("noun_skip", []))


@lru_cache(maxsize=64)
def _either(lang: str | None) -> frozenset[str]:
    """A language's words joining two frames ([negation] noun_either: "with or without")."""
    rules = rules_for(lang)
    table = rules.data.get("negation", {}) if rules is not None else {}
    return frozenset(w.lower() for w in table.get("noun_either", []))


def _frame_nouns(
    text: str, pattern: re.Pattern[str], skip: frozenset[str], either: frozenset[str] = frozenset()
) -> list[tuple[str, frozenset[str]]] | None:
    """Each frame of `pattern` in `text` with the content of the noun phrase right after it:
    its first `_FRAME_WORDS` words but those of `skip`, each by its first five letters
    lowercased, up to a figure or a mark of punctuation ("with state funding, 30 schools":
    {"state", "fundi"}). None where a frame is joined to another ("with or without"):
    the text says either."""
    found = []
    for m in pattern.finditer(text):
        if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "-"):
            continue
        first = _FRAME_WORD.match(text, m.end() + 1)
        if first is not None and first.group().lower() in either:
            return None
        stop = _FRAME_END.search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        keys: list[str] = []
        last = m.end()
        for w in _FRAME_WORD.finditer(text, m.end(), end):
            word = w.group().lower()
            if word in skip or word.split("'")[-1].split("’")[-1] in skip:
                continue
            keys.append(re.split(r"['’]", word)[-1][:5])
            last = w.end()
            if len(keys) == _FRAME_WORDS:
                break
        if keys:
            found.append((text[m.start() : last], frozenset(keys)))
    return found


def _presence_against_absence(
    stated: Reading, statement_lang: str | None, readings: list[Reading], langs: list[str | None]
) -> tuple[str, str] | None:
    """A noun one side says is there ("with state funding", "mit staatlicher Förderung",
    "avec des fonds publics") and the other, in the same language, says is not ("despite
    the lack of state funding", "trotz fehlender staatlicher Förderung", "malgré l'absence
    de fonds publics"): (the statement's words, the quote's); else None. The same content
    words after each frame (`_frame_nouns`); the side saying it is there has no negation
    of its own, which the negation checks read."""
    present, absent, skip = _frames(statement_lang)
    if present is None or absent is None:
        return None
    either = _either(statement_lang)
    mine_present = _frame_nouns(stated.text, present, skip, either) if not stated.negations else []
    mine_absent = _frame_nouns(stated.text, absent, skip, either)
    if mine_present is None or mine_absent is None or not (mine_present or mine_absent):
        return None
    for r, lang in zip(readings, langs, strict=False):
        if lang != statement_lang:
            continue
        theirs_absent = _frame_nouns(r.text, absent, skip, either)
        theirs_present = _frame_nouns(r.text, present, skip, either)
        if theirs_absent is None or theirs_present is None:
            continue
        if r.negations:
            theirs_present = []
        pairs = [
            (mine_present, theirs_absent, theirs_present),
            (mine_absent, theirs_present, theirs_absent),
        ]
        for mine, against, agreeing in pairs:
            for said, keys in mine:
                if any(k == keys for _, k in agreeing):
                    continue
                other = next((w for w, k in against if k == keys), None)
                if other is not None:
                    return said, other
    return None
