"""Negation as read: denials, negated comparators, and whether a negation near a figure
belongs to it or to another clause, subject or figure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from .clauses import (
    _CJK_COMMA,
    _CJK_SENTENCE_END,
    _CLAUSE_BREAK,
    _CONJUNCTION_BEFORE,
    _NEGATION_REACH,
    _RELATIVE_REACH,
    _SUBJECT_MARKS,
    _SUBJECT_REACH,
    _WORD3,
    _adjectival,
    _adverbial_scope,
    _clause_bounds,
    _clause_break,
    _clause_shares,
    _cognate_keys,
    _corrective_re,
    _data_patterns,
    _direction_cessations,
    _governs,
    _negates_figure_clause,
    _negates_predicate,
    _opened_by_preposition,
    _prefixes,
    _prepositions,
    _same_clause,
    _subject_frame,
    _unheld,
    _with_conjunctions,
)
from .modifiers import _NEGATED_COMPARATOR, _negated_after_verb
from .names import _list_position, _section_number
from .numerals import _stripped_end
from .patterns import _TOKEN, _alt, _holds_any, _lazy, _word_re
from .results import Reading, Value
from .rules import Rules, rules_for
from .sentences import (
    _CJK_CHAR,
    _MODAL_SENTENCE_END,
    _bounds,
    _cites,
    _clause_opener,
    _content,
    _sentence,
    _sentence_ends,
    _title_case,
)


@lru_cache(maxsize=64)
def _denial_words(lang: str | None) -> tuple[tuple[str, ...], re.Pattern[str], bool] | None:
    """A language's verbs of denial and of refusal with the complement that makes them
    negate an act ([negation] denials, patterns: "denied making", "refused to seek", "nié
    avoir", "negó haber", "bestritt, … zu haben", "拒绝接受"), the lowercase strings one of
    which every match holds ([negation] denial_keys), and whether they govern what stands
    before them ([negation] denials_back: "面会を拒否した"); None without them."""
    rules = rules_for(lang)
    data = rules.data.get("negation", {}) if rules is not None else {}
    patterns, keys = data.get("denials", []), data.get("denial_keys", [])
    if not patterns or not keys:
        return None
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    return tuple(keys), pattern, bool(data.get("denials_back"))


def _read_denials(
    reading: Reading, text: str, lowered: str, lang: str | None, free: Callable[[int, int], bool]
) -> None:
    """Read a verb of denial or refusal on an act as a negation of that act ("Carlineo
    denied threatening", "refused to seek asylum", "a refusé tout entretien", "negou ter
    errado"): the verb is added to the reading's negations, which then govern as "did
    not" does. "was denied bail" (a thing withheld) and "refused to deny" are left alone
    by the patterns."""
    found = _denial_words(lang)
    if found is None or not _holds_any(lowered, found[0]):
        return
    spots = {pos for pos, _ in reading.negations}
    added = [
        (m.start(), m.group())
        for m in found[1].finditer(text)
        if m.start() not in spots and free(m.start(), m.end())
    ]
    if added:
        reading.negations = sorted([*reading.negations, *added])
        if found[2]:
            reading.negations_back.update(pos for pos, _ in added)
        reading.negation = reading.negations[0][1]


#: How many words may stand between a negation and the comparator it governs: after a
#: negation of the verb, the verb ("do not cost less than", "no cuesta menos de"); after a
#: negation determining the subject, the subject's words and the verb ("None of the flats
#: costs less than", "No room at the resort costs less than"), of them at most
#: `_NEGATED_COMPARATOR_WORDS[2]` words of four letters or more that follow no article or
#: preposition (the subject's noun and the verb: "No analyst expected prices under" holds
#: an object). No more than `_NEGATED_COMPARATOR_REACH` characters between.
_NEGATED_COMPARATOR_WORDS = (1, 8, 2)


_NEGATED_COMPARATOR_REACH = 60


@lru_cache(maxsize=64)
def _noun_openers(lang: str | None) -> frozenset[str]:
    """A language's words after which a noun follows in a phrase: its articles ([subjects]
    articles) and prepositions ([adverbial] openers), lowercased, one word each."""
    rules = rules_for(lang)
    data = rules.data if rules is not None else {}
    words = [
        *data.get("subjects", {}).get("articles", []),
        *data.get("adverbial", {}).get("openers", []),
        # A noun coordinated with the one before it ("No room or suite costs"): one subject.
        *data.get("negation", {}).get("subject_coordinators", []),
    ]
    return frozenset(w.lower().rstrip("'’") for w in words if " " not in w)


def _subject_and_verb(gap: str, lang: str | None) -> bool:
    """Whether the words between a negation determining a noun and a comparator are a
    subject and its verb: at most `_NEGATED_COMPARATOR_WORDS[1]` words, of them at most
    `_NEGATED_COMPARATOR_WORDS[2]` of four letters or more after no article or preposition
    ("room at the resort costs"), the last (the verb) after none ("expected the prices")."""
    words = [w.lower() for w in _TOKEN.findall(gap)]
    if not words or len(words) > _NEGATED_COMPARATOR_WORDS[1]:
        return False
    openers = _noun_openers(lang)
    after = [i > 0 and words[i - 1] in openers for i in range(len(words))]
    heads = sum(1 for w, a in zip(words, after, strict=True) if len(w) >= 4 and not a)
    return heads <= _NEGATED_COMPARATOR_WORDS[2] and not after[-1]


#: How many words may stand between the first part of a two-part negation and the
#: second one, or the comparator after it: "n'a pas", "n'excède jamais".
_COMPANION_WORDS = 2


@lru_cache(maxsize=64)
def _comparator_passives(
    lang: str | None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A language's words of a passive that may stand between a negation and the
    comparator it turns ([negation] comparator_passives, comparator_modals,
    comparator_links), lowercased: a passive auxiliary and its participle, perhaps after a
    modal and before a preposition ("cannot be fined more than", "ne peuvent pas être
    condamnés à plus de", "no pueden ser multados con más de")."""
    rules = rules_for(lang)
    table = rules.data.get("negation", {}) if rules is not None else {}
    return (
        frozenset(w.lower() for w in table.get("comparator_passives", [])),
        frozenset(w.lower() for w in table.get("comparator_modals", [])),
        frozenset(w.lower() for w in table.get("comparator_links", [])),
    )


def _passive_gap(tokens: list[str], lang: str | None) -> bool:
    """Whether `tokens` are a passive between a negation and its comparator
    (`_comparator_passives`): [modal] auxiliary participle [preposition]."""
    passives, modals, links = _comparator_passives(lang)
    words = [t.lower() for t in tokens]
    if words and words[0] in modals:
        words = words[1:]
    if words and words[-1] in links:
        words = words[:-1]
    return len(words) == 2 and words[0] in passives


@lru_cache(maxsize=64)
def _negation_companions(lang: str | None) -> frozenset[str]:
    """A language's first parts of a two-part negation ([negation] companions: "n'" of
    "n'a pas dépassé"), lowercased, with a straight apostrophe."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}).get("companions", []) if rules is not None else []
    return frozenset(w.lower().replace("’", "'") for w in words)


def _companions_before(
    reading: Reading, text: str, at: int, companions: frozenset[str]
) -> list[int]:
    """The positions of the negations of `companions` standing before `at` in its clause,
    at most `_COMPANION_WORDS` words before it: the "n'" of "n'a pas", "n'excède jamais"."""
    if not companions:
        return []
    found = []
    i = bisect.bisect_left(reading.negations, (at, "")) - 1
    while i >= 0 and at - reading.negations[i][0] <= _NEGATED_COMPARATOR_REACH:
        p, w = reading.negations[i]
        i -= 1
        gap = text[p + len(w) : at]
        if _CLAUSE_BREAK.search(gap) or len(_TOKEN.findall(gap)) > _COMPANION_WORDS:
            break
        if w.lower().replace("’", "'") in companions:
            found.append(p)
    return found


def _negated_comparators(reading: Reading, text: str, lang: str | None) -> None:
    """Turn a comparator a negation governs into the bound the two say together, the
    negation taken by it: "No room costs less than $500", "Kein Zimmer kostet weniger als
    500 Euro", "Aucune chambre ne coûte moins de 500 euros" say "at least 500"; "The ride
    does not cost more than €15" says "at most 15". The negation stands before the
    comparator in its clause: on the verb, at most `_NEGATED_COMPARATOR_WORDS[0]` words
    before it, or determining the subject that opens the clause ([negation] determiners),
    with no direction ("did not fall below"), word opening another clause ([modal]
    clause_openers) or verb of saying ([negation] reported) between."""
    spots = [pos for pos, _ in reading.negations]
    determiner: re.Pattern[str] | None = None
    opener: re.Pattern[str] | None = None
    reported: re.Pattern[str] | None = None
    looked = False
    taken: set[int] = set()
    companions = _negation_companions(lang)
    for v in reading.values:
        flipped = _NEGATED_COMPARATOR.get(v.hedge or "")
        if flipped is None or not v.hedge_text:
            continue
        if v.hedge_span is not None and _negated_after_verb(v, lang):
            # "ne dépasse jamais 2 400 $": read as one bound by `_hedge`, the negation after
            # the verb taken by it, and the "n'" of "n'excède jamais" before it.
            taken.update(p for p in spots if v.hedge_span[0] < p < v.hedge_span[1])
            taken.update(_companions_before(reading, text, v.hedge_span[0], companions))
            continue
        before = v.hedge_text.endswith("\x00")
        at = v.hedge_span[0] if before and v.hedge_span is not None else v.start
        i = bisect.bisect_left(spots, at) - 1
        if i < 0 or spots[i] in taken:
            continue
        pos = spots[i]
        word = reading.negations[i][1]
        end = pos + len(word)
        if end > at or at - end > _NEGATED_COMPARATOR_REACH:
            continue
        gap = text[end:at]
        if _clause_break(lang).search(gap) or any(end <= d[2] < at for d in reading.directions):
            continue
        tokens = _TOKEN.findall(gap)
        if len(tokens) > _NEGATED_COMPARATOR_WORDS[0] and not (
            # A passive auxiliary and its participle: "cannot be fined more than".
            _passive_gap(tokens, lang)
        ):
            if not _subject_and_verb(gap, lang):
                continue
            if not looked:
                looked = True
                determiner = _data_patterns(lang, "negation", "determiners", re.I)
                opener = _clause_opener(lang)
                reported = _data_patterns(lang, "negation", "reported", re.I)
            if determiner is None or determiner.match(text, pos) is None:
                continue
            lo = _clause_bounds(text, pos, end, lang)[0]
            if text[lo:pos].strip(" \"“„«‘'([") or any(
                p is not None and p.search(gap) for p in (opener, reported)
            ):
                continue
        if before and v.hedge_span is not None:
            # The words from the negation to the comparator: "doesn't cost more than".
            head = pos
            while head > max(0, pos - 20) and text[head - 1].isalpha():
                head -= 1
            v.hedge_text = text[head : v.hedge_span[1]] + "\x00"
        else:
            v.hedge_text = f"{word} … {v.hedge_text[:-1]}\x01"
        v.hedge = flipped
        taken.add(pos)
        # "n'a pas dépassé 2 400 $": the "n'" opening the two-part negation goes with it.
        taken.update(_companions_before(reading, text, pos, companions))
    if taken:
        reading.negations = [(p, w) for p, w in reading.negations if p not in taken]
        reading.negations_back -= taken


#: How many characters (one verb: "造成", "导致") may stand between a Chinese or Japanese
#: negation and the comparator before a figure it governs ("没有造成超过200人死亡").
_CJK_NEGATED_COMPARATOR_GAP = 2


_CJK_GAP = _lazy(r"[\u4e00-\u9fff]{0,2}")


def _negated_cjk_comparators(reading: Reading, text: str) -> None:
    """Turn a comparator before a figure that a Chinese or Japanese negation governs into
    the bound the two say together, the negation taken by it: "没有造成超过200人死亡"
    says "at most 200". The negation stands right before the comparator, or before one
    verb of at most `_CJK_NEGATED_COMPARATOR_GAP` characters before it; nothing else."""
    spots = [pos for pos, _ in reading.negations]
    taken: set[int] = set()
    for v in reading.values:
        flipped = _NEGATED_COMPARATOR.get(v.hedge or "")
        if flipped is None or not v.hedge_text or v.hedge_span is None:
            continue
        if not v.hedge_text.endswith("\x00"):
            continue  # a comparator after its figure ("200人以上")
        at = v.hedge_span[0]
        i = bisect.bisect_left(spots, at) - 1
        if i < 0 or spots[i] in taken:
            continue
        pos, word = reading.negations[i]
        end = pos + len(word)
        if end > at or at - end > _CJK_NEGATED_COMPARATOR_GAP:
            continue
        if _CJK_GAP.fullmatch(text, end, at) is None:
            continue
        v.hedge_text = text[pos : v.hedge_span[1]] + "\x00"
        v.hedge = flipped
        taken.add(pos)
    if taken:
        reading.negations = [(p, w) for p, w in reading.negations if p not in taken]
        reading.negations_back -= taken


_COUNT_BEFORE = _lazy(r"(?<![\d.,])\d+\s+$")


#: A value's start, as a sort key.
_START = attrgetter("start")


#: A value's end, as a sort key.
_END = attrgetter("end")


#: A value's label: ``"fraction" in map(_LABEL, values)`` asks whether one is a fraction
#: without a generator (a long quote's table holds hundreds of values).
_LABEL = attrgetter("label")


#: A figure, a percentage or a factor ending right before a word: "70％", "3倍", "2割".
_FIGURE_BEFORE = _lazy(r"[\d０-９][\d０-９.,]*\s*(?:[%％割倍]|パーセント)?\s*$")


#: A figure starting right after a word: "少70%".
_FIGURE_AFTER = _lazy(r"\s*[\d０-９]")


#: How far (in characters) before and after a direction word a negation of going on that
#: holds it is read ("n'était plus", "no longer than").
_CESSATION_REACH = (40, 12)


@lru_cache(maxsize=64)
def _direction_idioms(lang: str | None) -> dict[str, re.Pattern[str]]:
    """A language's direction words that phrasal verbs and idioms hold without saying a
    figure's change ([directions] idioms: "down" of "shuts itself down", "up" of "the post
    went up", "tombé" of "tombé malade"), each with its patterns, which end at the word."""
    rules = rules_for(lang)
    table = rules.data.get("directions", {}).get("idioms", {}) if rules else {}
    return {
        k.lower(): re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in table.items() if v
    }


#: How far before a direction word ([directions] idioms) a phrasal verb or idiom may start,
#: and how far after it its lookahead may read.
_IDIOM_REACH = (60, 40)


def _direction_idiom(lang: str | None, word: str, text: str, m: re.Match[str]) -> bool:
    """Whether the direction word matched at `m` is part of a phrasal verb or idiom of the
    language ([directions] idioms) that says no change of a figure."""
    pattern = _direction_idioms(lang).get(word.lower())
    if pattern is None:
        return False
    lo = max(0, m.start() - _IDIOM_REACH[0])
    hi = min(len(text), m.end() + _IDIOM_REACH[1])
    return any(c.end() == m.end() for c in pattern.finditer(text, lo, hi))


#: A figure opening its sentence's subject: at most this many words before it ("Around
#: 85% of readers"), at most `_SUBJECT_FIGURE_WORDS[1]` words from it to the negation on
#: its verb ("of readers did not").
_SUBJECT_FIGURE_WORDS = (2, 4)


#: How many characters of words a quote's figure must have after it in its clause: its
#: predicate ("回答者の約85％が" has none).
_PREDICATE_CHARS = 6


def _negated_figure_subject(
    stated: Reading,
    lang: str | None,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
) -> str | None:
    """The statement's negation on the verb whose subject a compared figure opens
    ("Around 85% of readers did not pay": at most `_SUBJECT_FIGURE_WORDS` words before the
    figure in its sentence and from it to the negation, in one clause), when the quote's
    counterpart has a predicate after it in its clause (`_PREDICATE_CHARS`). Not a
    preposition ("sans source") nor a negation of an adjective ("diputados no inscritos")."""
    text = stated.text
    bounds = _bounds(stated)
    for p, w in stated.negations:
        if w.lower() in _prepositions() or _adjectival(text, p, lang):
            continue
        here = _sentence(bounds, p, p + 1)
        for s, q in met:
            if s.end > p or _sentence(bounds, s.start, s.end) != here:
                continue
            start = max(int(here[0]), p - 200)
            if len(_TOKEN.findall(text, start, s.start)) > _SUBJECT_FIGURE_WORDS[0]:
                continue
            gap = text[s.end : p]
            if (
                _clause_break(lang).search(gap)
                or len(_TOKEN.findall(gap)) > _SUBJECT_FIGURE_WORDS[1]
            ):
                continue
            quote = next((r for r in readings if any(x is q for x in r.values)), None)
            if quote is None:
                continue
            hi = _clause_bounds(quote.text, q.end, q.end, lang)[1]
            if len("".join(_TOKEN.findall(quote.text, q.end, hi))) >= _PREDICATE_CHARS:
                return w
    return None


def _going_on(text: str, lang: str | None) -> str | None:
    """The first negation of going on in a text ("no longer", "n'était plus", "nicht
    mehr": [directions] after_negation), as written; None without one."""
    corrective = _corrective_re(lang)
    found = [
        m
        for p in _direction_cessations(lang).values()
        for m in p.finditer(text)
        # "nicht mehr, sondern weniger": a comparative the corrective replaces.
        if corrective is None or not corrective.match(text, m.end())
    ]
    return min(found, key=lambda m: m.start()).group() if found else None


@lru_cache(maxsize=64)
def _main_negation_frame(
    lang: str | None,
) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A language's negations on a main predicate ([negation] main_verb: "not", "niemand",
    "n'"), the words opening a clause they do not reach ([negation] outside_openers:
    "although", "obwohl", "bien que"), the articles that open a subject ([subjects] articles,
    possessives, indefinite) and its finite verbs ([subjects] finite); None without them."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    negation = rules.data.get("negation", {})
    subjects = rules.data.get("subjects", {})
    if not negation.get("main_verb") or not negation.get("outside_openers"):
        return None
    heads = [*subjects.get("articles", []), *subjects.get("possessives", [])]
    heads += subjects.get("indefinite", [])
    if not heads or not subjects.get("finite"):
        return None
    outside = re.compile(rf"(?<!\w)(?:{'|'.join(negation['outside_openers'])})(?!\w)", re.I)
    article = re.compile(rf"[\s\"“„«‘]*(?:{_alt(heads)})(?:(?<=['’])|\s)", re.I)
    finite = _word_re(subjects["finite"])
    return frozenset(w.lower() for w in negation["main_verb"]), outside, article, finite


#: How far (in characters) before a clause's start a word opening it may end (a
#: conjunction that is its clause break: "although"), and after it begin (", obwohl").
_OUTSIDE_OPENER_REACH = 24


def _opens_outside(text: str, lo: int, outside: re.Pattern[str]) -> bool:
    """Whether the clause starting at `lo` is opened by a word of `outside` ([negation]
    outside_openers): its first word, or the conjunction breaking it off ending at `lo`."""
    first = _TOKEN.search(text, lo, lo + _OUTSIDE_OPENER_REACH)
    if first is not None and outside.match(text, first.start()):
        return True
    return any(
        m.end() == lo for m in outside.finditer(text, max(0, lo - _OUTSIDE_OPENER_REACH), lo)
    )


def _main_negation_outside(stated: Reading, lang: str | None, values: list[Value]) -> str | None:
    """The statement's negation on the main predicate of its sentence ([negation]
    main_verb: on its finite verb, or a person as its subject: "kam niemand ums Leben",
    "n'a montré aucun signe") when a compared figure stands outside its reach: in a
    subordinate clause ([negation] outside_openers: "…, obwohl mehr als 200 Menschen dort
    waren", "Although 200 people were inside, nobody died"), in an adverbial phrase
    closing the negated clause (`_adverbial_scope`: "did not adopt the bill, by 438 votes
    to 86"), or in another sentence only (or after a semicolon: "X no pide la pena de
    muerte; su juicio empieza el 17 de enero"). Not a negation in a relative
    or subordinate clause of its own, a preposition ("sans source"), nor before an
    adjective ("diputados no inscritos"). None elsewhere."""
    if not values:
        return None
    rules = rules_for(lang)
    if rules is not None and rules.cjk:
        return _cjk_negation_outside(stated, rules, values)
    frame = _main_negation_frame(lang)
    if frame is None:
        return None
    words, outside, _, _ = frame
    text = stated.text
    bounds = _bounds(stated)
    subject = _subject_frame(lang)
    opener = subject[2] if subject is not None else None
    for pos, w in stated.negations:
        if w.lower() not in words or _adjectival(text, pos, lang):
            continue
        end = pos + len(w)
        lo, _ = _clause_bounds(text, pos, end, lang)
        if _opens_outside(text, lo, outside):
            continue  # the negation's own clause is subordinate
        if opener is not None and opener.search(text, max(lo, pos - _RELATIVE_REACH), pos):
            continue  # in a relative clause: "the man who did not"
        here = _sentence(bounds, pos, end)
        if all(_sentence(bounds, v.start, v.end) != here for v in values):
            return w  # "Carolina del Sur no pide la pena de muerte; su juicio … el 17 de enero"
        for v in values:
            if _sentence(bounds, v.start, v.end) != here:
                continue
            if v.start >= end:
                if v.start - end <= 2 * _SUBJECT_REACH and outside.search(text, end, v.start):
                    return w  # "kam niemand ums Leben, obwohl mehr als 200 …"
                scope = _adverbial_scope(text, v, lang)
                if scope is not None and scope[0] <= pos < scope[1]:
                    return w  # "did not adopt the bill, by 438 votes to 86"
                continue
            if v.end > pos:
                continue
            flo, fhi = _clause_bounds(text, v.start, v.end, lang)
            if fhi <= pos and _opens_outside(text, flo, outside):
                return w  # "Although 200 people were inside, nobody died"
    return None


def _cjk_negation_outside(stated: Reading, rules: Rules, values: list[Value]) -> str | None:
    """In Chinese or Japanese, the statement's negation in a main clause when a compared
    figure stands in a concessive clause beside it, a comma between: the figure's clause
    opens with a concessive word ([negation] outside_openers: "虽然", "尽管") or ends with
    one ([adverbial] concessive_after: "が", "けど"), or the main clause opens with one
    ([adverbial] concessive_before: "但", "却"): "虽然当时有300名客人在酒店，但没有人受伤",
    "…中无人死亡，尽管当时有200多人在场". Within `_CONCESSIVE_REACH` of the comma."""
    adverbial = rules.data.get("adverbial", {})
    after = tuple(adverbial.get("concessive_after", []))
    before = tuple(adverbial.get("concessive_before", []))
    openers = tuple(rules.data.get("negation", {}).get("outside_openers", []))
    text = stated.text
    for pos, w in stated.negations:
        end = pos + len(w)
        for v in values:
            if v.end <= pos:
                lo, hi = v.end, pos
            elif v.start >= end:
                lo, hi = end, v.start
            else:
                continue
            if hi - lo > 2 * _CONCESSIVE_REACH[1] or _CJK_SENTENCE_END.search(text, lo, hi):
                continue
            commas = list(_CJK_COMMA.finditer(text, lo, hi))
            if len(commas) != 1:
                continue  # one comma between the figure's clause and the negation's
            comma = commas[0]
            opens = text[comma.end() : comma.end() + 4].lstrip()
            if v.end <= pos:
                starts = [m.end() for m in _CJK_COMMA.finditer(text, max(0, v.start - 40), v.start)]
                ends = [
                    m.end() for m in _CJK_SENTENCE_END.finditer(text, max(0, v.start - 40), v.start)
                ]
                start = max([*starts, *ends], default=max(0, v.start - 40))
                clause = text[start : comma.start()].strip()
                if (
                    (openers and any(o in clause[:4] for o in openers))
                    or (after and clause.endswith(after))
                    or (before and opens.startswith(before))
                ) and not (openers and opens.startswith(openers)):
                    return w
            elif openers and opens.startswith(openers):
                return w  # "…中无人死亡，尽管当时有200多人在场"
    return None


def _figureless_subordinate(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the quote's negation `word` at `pos` stands in a subordinate clause
    ([negation] outside_openers, temporal_openers) with a subject of its own (an article
    after the opener: "when the ward did not have enough staff") that holds none of the
    compared `values`: it negates another thing than the figure's clause, which a
    statement negating that clause ("About 40% did not feel tired") cannot meet. "…,
    although they did not sleep" (a pronoun, the figure's own subject) is not one."""
    frame = _main_negation_frame(lang)
    subject = _subject_frame(lang)
    if frame is None or subject is None or not values:
        return False
    text = reading.text
    lo, hi = _clause_bounds(text, pos, pos + len(word), lang)
    first = _TOKEN.search(text, lo, lo + _OUTSIDE_OPENER_REACH)
    opened = frame[1].match(text, first.start()) if first is not None else None
    when = _data_patterns(lang, "negation", "temporal_openers", re.I)
    timed = when.match(text, max(0, lo - 1)) if when is not None else None
    if opened is not None:
        after = opened.end()
    elif timed is not None:
        after = timed.end()  # ", when the ward did not have"
    elif _opens_outside(text, lo, frame[1]):
        after = lo  # the opener is the clause's break: "…, während die Station"
    else:
        return False
    if subject[0].match(text, after) is None:
        return False
    return not any(lo <= v.start and v.end <= hi for v in values)


def _negates_subject_modifier(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the main predicate ([negation]
    main_verb) of a subject holding a compared figure in a phrase on its noun, a
    participle or a relative clause (`_subject_modifier`: "Un patient resté 15 ans dans un
    état végétatif n'a montré", "The man who spent 15 years in a coma did not wake"; an
    indefinite article too, which `_in_subject` does not read). Against a quote whose figure
    stands in its subject too, the negation denies the predicate the quote says."""
    frame = _main_negation_frame(lang)
    if frame is None or word.lower() not in frame[0] or _adjectival(reading.text, pos, lang):
        return False
    _, outside, article, finite = frame
    text = reading.text
    lo, _ = _clause_bounds(text, pos, pos + len(word), lang)
    subject = _subject_frame(lang)
    opener = subject[2] if subject is not None else None
    if _opens_outside(text, lo, outside) or (
        opener is not None and opener.search(text, max(lo, pos - _RELATIVE_REACH), pos)
    ):
        return False
    start = int(_sentence(_bounds(reading), pos, pos + 1)[0])
    return any(
        v.end <= pos and _subject_modifier(text, v, pos, start, article, finite, opener, lang)
        for v in values
    )


def _subject_modifier(
    text: str,
    v: Value,
    pos: int,
    start: int,
    article: re.Pattern[str],
    finite: re.Pattern[str],
    opener: re.Pattern[str] | None,
    lang: str | None,
) -> bool:
    """Whether figure `v` stands in a phrase on the noun of the subject that opens its
    sentence at `start` (an article, a possessive or an indefinite article, then the noun
    before the figure), the negation at `pos` on the subject's verb: "Un patient resté 15
    ans dans un état végétatif n'a", "The man who spent 15 years in a coma did not". A
    finite verb before the figure only after a relative pronoun; no clause break but a
    comma from the article to the negation, within `_SUBJECT_REACH` either side."""
    if v.start - start > _SUBJECT_REACH or pos - v.end > _SUBJECT_REACH:
        return False
    head = article.match(text, start, v.start)
    if head is None or not _WORD3.search(text, head.end(), v.start):
        return False  # no noun before the figure: "The 42 deputies" counts the subject
    relative = opener.search(text, head.end(), v.start) if opener is not None else None
    if finite.search(text, head.end(), relative.start() if relative else v.start):
        return False  # "The man was 15": the figure in the predicate
    subject_break = _with_conjunctions(_SUBJECT_MARKS, "", lang)
    return not any(
        m.group() != "," for m in subject_break.finditer(text, head.end(), pos)
    ) and not _MODAL_SENTENCE_END.search(text, head.end(), pos)


def _not_a_direction(text: str, m: re.Match[str], rules: Rules) -> bool:
    """ "Paws Up" (a name inside a sentence), "made up" (a particle) and "runner-up" (a
    compound noun) are no directions."""
    word = m.group()
    if rules.direction_names and word[:1].isupper() and m.start() > 0:
        before = _stripped_end(text, m.start())
        if before and text[before - 1] not in ".!?:;\"'(" and not _title_case(text, m.start()):
            return True
    if (
        m.start() > 1
        and text[m.start() - 1] == "-"
        and text[m.start() - 2].isalpha()
        and word.lower() in rules.data.get("directions", {}).get("compound_ends", ())
    ):
        return True  # "runner-up", "line-up": the end of a compound noun
    if word.lower() in rules.data.get("directions", {}).get("after_count_only", ()):
        # "50 other people", "three others": more of the same kind, as "50 more people";
        # elsewhere no direction ("in other news", "further details").
        return not _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())
    table = rules.data.get("directions", {})
    if word in table.get("after_figure_only", ()):
        # "エネルギー消費が70％多い": a comparative right after its figure; elsewhere no
        # direction ("利用者が多い").
        return not _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if word in table.get("before_figure_only", ()):
        # "能耗少70%": a comparative right before its figure, not after a word that makes
        # it a bound ("至少70%", "最多70%"); elsewhere no direction ("很多").
        return (
            not _FIGURE_AFTER.match(text, m.end())
            or text[m.start() - 1 : m.start()] in table.get("before_figure_not_after", ())
            and m.start() > 0
        )
    cessation = _direction_cessations(rules.lang).get(word.lower())
    if cessation is not None:
        # "no longer charges", "n'était plus", "nicht mehr": a negation of going on, no
        # direction (a comparator after it, "no longer than", stays one).
        lo = max(0, m.start() - _CESSATION_REACH[0])
        hi = min(len(text), m.end() + _CESSATION_REACH[1])
        if any(c.end() == m.end() for c in cessation.finditer(text, lo, hi)):
            return True
    idiom = rules.direction_not_before.get(word.lower())
    if idiom is not None and idiom.match(text, m.end()):
        return True  # "lost their lives", "perdu la vie": a death, no direction
    if _direction_idiom(rules.lang, word, text, m):
        return True  # "shuts itself down", "rebels rose up", "tombé malade": no change
    blocked = rules.direction_not_after.get(word.lower())
    if blocked:
        prior = re.findall(r"[\w']+", text[max(0, m.start() - 24) : m.start()])
        return bool(prior) and prior[-1].lower() in blocked
    return False


@lru_cache(maxsize=64)
def _relative_words(lang: str | None) -> re.Pattern[str] | None:
    """A figure's noun and then a relative clause holding a negation, up to the negation
    ("97% of users who have", "les 30 % d'électeurs qui", "die 40 % der Befragten, die
    Rust"): the language's relative pronouns ([negation] relative in its data; with the
    comma where the language always writes one, as German does: "About 40% of voters
    backed him, which was not a surprise" negates no figure), at most four words after the
    figure, at most three between the pronoun and the negation."""
    rules = rules_for(lang)
    words = rules.data.get("negation", {}).get("relative", []) if rules is not None else []
    if not words or (rules is not None and rules.cjk):
        return None
    word = r"[^\W\d_][\w'-]*"
    return re.compile(
        rf"(?:\s+{word}){{0,4}}(?:\s+|(?=,))(?:{_alt(words)})(?:(?<=')|(?!\w))"
        rf"(?:\s*{word}){{0,3}}\s*(?<!\w)\w*",
        re.I,
    )


def _negates_by_relative(reading: Reading, pos: int, values: list[Value], lang: str | None) -> bool:
    """Whether the negation at `pos` stands in a relative clause on a compared figure's
    noun: "the 97% of respondents who haven't used Rust" counts those who have not, and
    negates the figure in any language the statement is written in."""
    pattern = _relative_words(lang)
    if pattern is None:
        return False
    return any(
        0 < pos - v.end <= _NEGATION_REACH and pattern.fullmatch(reading.text, v.end, pos)
        for v in values
    )


@lru_cache(maxsize=64)
def _conditional_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's words that open a condition and its auxiliaries before a negation
    ([negation] conditionals and auxiliaries in its data; none where the subject stands
    right before the negation): "If we change 12 to 120, the median will not"."""
    rules = rules_for(lang)
    data = rules.data.get("negation", {}) if rules is not None else {}
    if not data.get("conditionals"):
        return None
    # Without auxiliaries, the subject stands right before the negation: "la mediana no".
    auxiliaries = _alt(data["auxiliaries"]) if data.get("auxiliaries") else ""
    return (
        re.compile(rf"(?:^|[,;:]\s*|\s-\s)(?:{_alt(data['conditionals'])})\s", re.I),
        re.compile(rf"(?<!\w)(?:{auxiliaries})\s*$", re.I),
    )


def _negated_consequence(
    reading: Reading, pos: int, values: list[Value], prefixes: frozenset[str], lang: str | None
) -> bool:
    """Whether the negation at `pos` denies the consequence of a condition that holds a
    compared figure, said of a word of the statement: "If we change the value of 12 to 120,
    the median will not be affected" (the condition opens the figure's clause, the negation
    follows an auxiliary in the next clause, whose subject the statement names)."""
    words = _conditional_words(lang)
    if words is None:
        return False
    condition, auxiliary = words
    text = reading.text
    aux = auxiliary.search(text, max(0, pos - 16), pos)
    if aux is None:
        return False
    lo = _clause_bounds(text, aux.start(), pos, lang)[0]
    subject = [m.group().lower() for m in _WORD3.finditer(text, lo, aux.start())][-2:]
    if not any(len(w) >= 4 and w[:4] in prefixes for w in subject):
        return False
    for v in values:
        if v.end > lo:
            continue
        start, stop = _clause_bounds(text, v.start, v.end, lang)
        if stop > lo or _clause_break(lang).search(text, stop + 1, lo):
            continue  # not the clause just before the negation's
        if condition.match(text, start) or condition.search(text, max(0, start - 4), v.start):
            return True
    return False


def _negation_near(
    reading: Reading,
    values: list[Value],
    words: set[str],
    directions: bool,
    same_language: bool,
    lang: str | None = None,
    subject: bool = False,
    relative: bool = True,
) -> str | None:
    """The first negation of the quote that touches what the statement says: one that
    governs a compared value, a direction or a word of the statement (`_governs`), within
    a sentence the statement cites (one holding a compared value, or sharing two words with
    it). A negation elsewhere ("we talked to a dozen newsrooms and weren't surprised"), or
    one governing other words of the sentence ("the Oscars on Feb. 9 ... were not
    nominated", "no longer a priority"), does not count. Across languages, where words
    cannot be compared, a negation counts when it governs a compared value or a direction
    (in Chinese or Japanese: in a compared value's clause), or in a clause sharing a word
    with the statement. With `subject` (the statement's figure stands in its sentence's
    subject), in any language, one on the main verb after a subject holding a compared
    value (`_negates_predicate`): "The bridge built in 2019 did not survive the flood".
    With `relative` (the statement has no relative clause before its figure,
    `_relative_before`), a negation in a relative clause governs only that clause
    (`_relative_end`): "The bridge that did not collapse | was built in 2019"."""
    spans = [_sentence(reading.bounds, v.start, v.end) for v in values]
    own = lang if relative else None  # the language whose relative clauses are cut
    cited: dict[tuple[float, float], bool] = {}  # each sentence is judged once
    prefixes = _prefixes(words)
    # Across languages a word of the statement is met by its cognate ("Präsident" for
    # "não era presidente"), in any sentence of the quote.
    cognates = (
        frozenset().union(*(_cognate_keys(w) for w in words)) if not same_language else frozenset()
    )
    for pos, word in reading.negations:
        in_value_sentence = any(lo <= pos < hi for lo, hi in spans)
        if not same_language and in_value_sentence:
            # A figure in the subject of the negated verb ("The bridge built in 2019 did not
            # survive") is no figure the negation governs, unless the statement's figure
            # stands in its subject too (`subject`): "The bridge was built in 2019".
            free = values if subject else _unheld(reading.text, pos, values, lang)
            if _CJK_CHAR.match(reading.text, pos):
                if any(_same_clause(reading.text, pos, v, lang) for v in values):
                    return word
            elif _governs(
                reading, pos, pos + len(word), free, set(), frozenset(), directions, lang=own
            ) or _negates_by_relative(reading, pos, values, lang):
                # Words are not compared across languages: the negation must govern a
                # compared value or a direction ("the Oscars on Feb. 9 were not nominated"
                # negates the nomination, not the date).
                return word
            elif _negates_figure_clause(reading, pos, pos + len(word), free, lang) or (
                subject and _negates_predicate(reading, pos, pos + len(word), values, lang, True)
            ):
                # The negation is on the verb of the figure's own clause ("In 2019 the
                # project did not succeed", "The bridge built in 2019 did not survive"), not
                # on one that opens another clause.
                return word
        if not in_value_sentence and _negates_other_figure(reading, pos, values):
            # "約85％が「見分けられない」と回答。さらに、約65％が不安を感じている" for the
            # 65%: the negation is the predicate of another figure of the same kind, in a
            # sentence holding no compared value.
            continue
        if not in_value_sentence:
            sentence = _sentence(reading.bounds, pos, pos + 1)
            if sentence not in cited:
                lo, hi = int(sentence[0]), int(min(sentence[1], len(reading.text)))
                cited[sentence] = _cites(words & _content(reading.text[lo:hi]))
            if not cited[sentence]:
                if cognates and _governs(
                    reading, pos, pos + len(word), [], set(), frozenset(), False, cognates
                ):
                    # "Em 2012 eu errei. Ele não era presidente" for "2012 war Lula
                    # Präsident": the negation governs the statement's word.
                    return word
                continue
        if not same_language:
            if in_value_sentence and not _CJK_CHAR.match(reading.text, pos):
                # It governs no compared value (above): only a word of the statement in
                # its scope makes it the statement's. "no-one could predict what might
                # happen at the Oscars on Feb. 9" negates the predicting, not the date.
                if _governs(reading, pos, pos + len(word), [], words, prefixes, False, cognates):
                    return word
                continue
            if _clause_shares(reading.text, pos, words, lang):
                return word
        elif _governs(
            reading, pos, pos + len(word), values, words, prefixes, directions, lang=own
        ) or (
            in_value_sentence
            and (
                _negates_by_relative(reading, pos, values, lang)
                or _negated_consequence(reading, pos, values, prefixes, lang)
                or (
                    subject
                    and _negates_predicate(reading, pos, pos + len(word), values, lang, True)
                )
            )
        ):
            return word
    return None


def _negates_other_figure(reading: Reading, pos: int, values: list[Value]) -> bool:
    """Whether the negation at `pos` stands in the clause of a figure of the reading that
    is none of the compared `values` but of a kind of theirs (another percentage)."""
    kinds = {v.kind for v in values}
    return any(
        x.kind in kinds and all(x is not v for v in values) and _same_clause(reading.text, pos, x)
        for x in reading.values
    )


#: The most sentences a quote may have for `_negated_next_sentence` to read it, and the
#: most words (CJK characters) a figure's sentence may hold besides its figures for it to
#: say little more than them ("Em 2012 eu errei.").
_NEXT_SENTENCE_QUOTE = 3


_SHORT_SENTENCE = (5, 10)


def _negated_next_sentence(reading: Reading, values: list[Value]) -> str | None:
    """The negation of the sentence right after the one sentence holding all of `values`,
    in a quote of at most `_NEXT_SENTENCE_QUOTE` sentences, where that sentence is short
    (`_SHORT_SENTENCE`) and has no negation, and the next has no figure: "Em 2012 eu errei.
    Ele não era presidente" ('não'); None otherwise."""
    text = reading.text
    ends = []
    for m in _SENTENCE_END.finditer(text):
        ends.append(m.end())
        if len(ends) > _NEXT_SENTENCE_QUOTE:
            return None
    if not text[ends[-1] if ends else 0 :].strip():
        ends.pop()  # the last sentence's own end
    if not values or len(ends) >= _NEXT_SENTENCE_QUOTE:
        return None
    spans = list(zip([0, *ends], [*ends, len(text)], strict=True))
    held = {i for v in values for i, (lo, hi) in enumerate(spans) if lo <= v.start and v.end <= hi}
    if len(held) != 1 or any(
        not any(lo <= v.start and v.end <= hi for lo, hi in spans) for v in values
    ):
        return None
    i = held.pop()
    if i + 1 >= len(spans):
        return None
    (lo, hi), (nlo, nhi) = spans[i], spans[i + 1]
    if any(lo <= pos < hi for pos, _ in reading.negations):
        return None
    rest, at = [], lo
    for v in sorted((v for v in reading.values if lo <= v.start < hi), key=_START):
        rest.append(text[at : v.start])
        at = max(at, v.end)
    rest.append(text[at:hi])
    words = " ".join(rest)
    if (
        len(_CJK_CHAR.findall(words)) > _SHORT_SENTENCE[1]
        or len(_LETTERS.findall(_CJK_CHAR.sub(" ", words))) > _SHORT_SENTENCE[0]
    ):
        return None  # a sentence that says more than its figure
    if any(v.start < nhi and v.end > nlo for v in reading.values):
        return None
    return next((w for pos, w in reading.negations if nlo <= pos < nhi), None)


def _other_figures_only(
    reading: Reading, pos: int, values: list[Value], lang: str | None = None
) -> bool:
    """Whether the negation at `pos` belongs to another figure than the compared `values`:
    it stands in the clause of none of them but in that of another figure ("About 40% felt
    tired, while 25% did not sleep", "…, while 3 nurses did not sleep"), or in a sentence
    holding none of them but another figure ("About 40% felt tired. Another 25% did not
    sleep"; a sentence without a figure, "They did not feel rested", may speak of them).
    A list's or a section's number ("4 パジャマはもういらない") is no figure of its own."""
    if not values:
        return False
    bounds = reading.bounds
    here = _sentence(bounds, pos, pos + 1)

    def near(v: Value) -> bool:
        # In the clause of `v`, in its sentence ("40% felt tired. 25% did not" is two).
        return _sentence(bounds, v.start, v.end) == here and _same_clause(reading.text, pos, v)

    if any(near(v) for v in values):
        return False
    others = [
        x
        for x in reading.values
        if all(x is not v for v in values)
        and not _list_position(reading.text, x, lang)
        and not _section_number(reading.text, x, lang)
    ]
    if any(near(x) for x in others):
        return True
    return all(_sentence(bounds, v.start, v.end) != here for v in values) and any(
        _sentence(bounds, x.start, x.end) == here for x in others
    )


def _figureless_aside(
    reading: Reading,
    pos: int,
    word: str,
    values: list[Value],
    lang: str | None,
    words: set[str],
    cognates: frozenset[str],
    same_language: bool,
) -> bool:
    """Whether the negation `word` at `pos` negates a clause of its own, apart from the
    compared `values` of its sentence: it stands in a clause of that sentence holding no
    figure of the text, after a figure's clause that opens with no preposition (after "In
    2019," the clause is the main one), and governs none of the statement's `words`
    (across languages, none of their `cognates`). "About 40% felt tired in 2019, when the
    ward did not have enough staff" negates the staff, not what "About 40% did not feel
    tired" denies; one governing a word of the statement may speak of the figure's
    subject ("About 40% felt tired, because they did not sleep" for "About 40% did not
    sleep"). Across languages, where few words are shared, only a clause that a word of
    its own opens (a conjunction, [negation] temporal_openers, [modal] clause_openers:
    ", when", "weil", ", qui") counts; a bare comma may run on the figure's clause. Not in
    CJK text, whose commas part a sentence's phrases."""
    text = reading.text
    if _CJK_CHAR.match(text, pos):
        return False
    end = pos + len(word)
    lo, hi = _clause_bounds(text, pos, end)
    if any(v.start < hi and v.end > lo for v in reading.values):
        return False
    here = _sentence(reading.bounds, pos, end)
    own = [v for v in values if _sentence(reading.bounds, v.start, v.end) == here]
    if not own or any(v.start > pos for v in own):
        return False
    if any(
        _opened_by_preposition(text, _clause_bounds(text, v.start, v.end)[0], v, lang) for v in own
    ):
        return False
    if not same_language and not _opens_clause(text, lo, lang):
        return False
    return not _governs(reading, pos, end, [], words, _prefixes(words), False, cognates)


def _opens_clause(text: str, lo: int, lang: str | None) -> bool:
    """Whether the clause starting at `lo` (after a clause break) is opened by a word of its
    own: the conjunction that breaks it off ("because", "weil", "pero"), a clause of time
    after a comma ([negation] temporal_openers: ", when", ", als", ", quand") or a word
    opening another clause ([modal] clause_openers: "who", "qui", "que")."""
    if _CONJUNCTION_BEFORE.search(text, max(0, lo - 12), lo):
        return True
    when = _data_patterns(lang, "negation", "temporal_openers", re.I)
    if when is not None and lo and text[lo - 1] == "," and when.match(text, lo - 1):
        return True
    first = _TOKEN.search(text, lo)
    opener = _clause_opener(lang)
    return (
        first is not None and opener is not None and opener.match(text, first.start()) is not None
    )


def _adverbial_negation(
    reading: Reading,
    pos: int,
    word: str,
    lang: str | None,
    values: list[Value],
    words: set[str],
    cognates: frozenset[str],
) -> bool:
    """Whether the negation at `pos` is a preposition before a noun phrase in a clause of
    its own, an adverbial aside: "Les députés ont, sans surprise, adopté", "Without fuss,
    the 40 members voted". It negates no verb: not a verb that follows it ([negation]
    verb_after: "sans avoir lu", "without reading", "ohne zu zögern"), nor its clause's
    verb where a compared value stands in that clause ("Los 20 alumnos están sin libros"),
    nor does it leave out a word of the statement (`words`, or across languages their
    `cognates`: "without windows" for "have no windows"). A language with no verb forms in
    its data keeps every negation."""
    if word.lower() not in _prepositions():
        return False
    verb = _data_patterns(lang, "negation", "verb_after", re.I)
    if verb is None:
        return False
    text = reading.text
    end = pos + len(word)
    start = end
    while start < len(text) and start - end < 3 and text[start].isspace():
        start += 1
    if verb.match(text, start):
        return False
    lo, hi = _clause_bounds(text, pos, end, lang)
    if any(v.start < hi and v.end > lo for v in values):
        return False
    return not _governs(reading, pos, end, [], words, _prefixes(words), False, cognates)


_SENTENCE_END = _sentence_ends(r"[.!?](?=\s|$)|[。！？\n]")


_LETTERS = _lazy(r"[^\W\d_]+")


#: How far (in characters) a concessive clause's marker may stand after its figure, and
#: how far its main clause may run after the comma (`_negates_concessive_main`).
_CONCESSIVE_REACH = (16, 60)
