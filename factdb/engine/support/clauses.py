"""Clauses: the bounds of a figure's clause, conjunctions and prepositions, subjects,
appositions and adverbial openings, and whether a negation governs the clause of a figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .patterns import _TOKEN, _alt, _lazy, _word_re
from .results import Reading, Value
from .rules import _base, _load_toml, rules_for
from .sentences import (
    _CJK_CHAR,
    _CLAUSE_END,
    _MODAL_SENTENCE_END,
    _OPENING,
    _clause_opener,
    _content,
    _sentence,
    _sentence_ends,
)
from .words import _auxiliaries, _unaccented


@lru_cache(maxsize=128)
def _data_patterns(
    lang: str | None, section: str, key: str, flags: int = 0
) -> re.Pattern[str] | None:
    """A list of patterns in a language's data (``[section] key``) as one alternation, or
    None: ``numbers.idiom_patterns`` (CJK numerals that are words: "十分" before what is no
    word of time), ``numbers.not_word_patterns`` ("segundo" after "um décimo de" is a
    second), ``vague_guard.patterns`` (where a vague word is part of another: "差不多所有"),
    ``negation.prohibitions`` ("banned", "verboten", "禁止")."""
    rules = rules_for(lang)
    words = rules.data.get(section, {}).get(key, []) if rules is not None else []
    return re.compile("|".join(f"(?:{w})" for w in words), flags) if words else None


@lru_cache(maxsize=64)
def _direction_cessations(lang: str | None) -> dict[str, re.Pattern[str]]:
    """A language's direction words that a negation before them makes a negation of going
    on ([directions] after_negation: "longer" of "no longer", "plus" of "n'était plus"),
    each with its patterns, which end at the word."""
    rules = rules_for(lang)
    table = rules.data.get("directions", {}).get("after_negation", {}) if rules else {}
    return {
        k.lower(): re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in table.items() if v
    }


#: Words a negation governs: up to this many words of three letters or more after it in
#: its clause ("not nominated for best movie"); a negation ending its clause ("won
#: nothing", "die Grenze nicht") governs the words just before it instead.
_GOVERNED_WORDS = 4


_GOVERNED_BEFORE = 2


#: In CJK text, characters governed before and after the negation ("知らない", "没有超过").
_GOVERNED_CJK = (3, 4)


_WORD3 = _lazy(r"[^\W\d_]{3,}")


def _prefixes(words: set[str]) -> frozenset[str]:
    """The first four letters of each word of four letters or more: "nominated" and
    "nominations", "überschritt" and "überschritten" share theirs."""
    return frozenset(w[:4] for w in words if len(w) >= 4 and not _CJK_CHAR.search(w))


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=8192)
def _cognate_keys(word: str) -> frozenset[str]:
    """What a word of another language must share with `word` to be its cognate, by a
    conservative rule: its first six letters without accents ("presid…"), or for words of
    seven letters or more its first five consonants ("Präsident" and "presidente" both
    "prsdn")."""
    folded = _unaccented(word.lower())
    if len(folded) < 6 or not folded.isalpha() or _CJK_CHAR.search(folded):
        return frozenset()
    keys = {"p" + folded[:6]}
    if len(folded) >= 7:
        skeleton = "".join(
            c for i, c in enumerate(folded) if c not in _VOWELS and folded[i - 1 : i] != c
        )
        if len(skeleton) >= 5:
            keys.add("c" + skeleton[:5])
    return frozenset(keys)


def _prepositional_spans(reading: Reading, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the negations between lo and hi that are prepositions ("ohne", "sans",
    "without"), each with the one word after it: "ohne Publikum"."""
    spans = []
    for p, w in reading.negations:
        if lo <= p < hi and w.lower() in _prepositions():
            noun = _WORD3.search(reading.text, p + len(w), hi)
            spans.append((p, noun.end() if noun is not None else p + len(w)))
    return spans


def _governs(
    reading: Reading,
    pos: int,
    end: int,
    values: list[Value],
    words: set[str],
    prefixes: frozenset[str],
    directions: bool,
    cognates: frozenset[str] = frozenset(),
    lang: str | None = None,
) -> bool:
    """Whether the negation at pos..end governs something the statement says: a compared
    value among the words it governs, a direction (when the statement gives one), or one
    of the statement's words of four letters or more (by its first four letters;
    character pairs in CJK), or across languages one of its `cognates` (`_cognate_keys`).
    With the text's `lang`, a negation in a relative clause governs nothing past the
    clause's end at the main verb (`_relative_end`): "The bridge that did not collapse |
    was built in 2019"."""
    text = reading.text
    lo_clause, hi_clause = _clause_bounds(text, pos, end, lang)
    if lang is not None:
        hi_clause = _relative_end(text, pos, end, lo_clause, hi_clause, lang)
        corrective = _corrective_re(lang)
        if corrective is not None and corrective.match(text, hi_clause):
            # "braucht nicht mehr, sondern 70 Prozent weniger": the negation denies only
            # the word its clause ends on, which the corrective after the comma replaces
            # with what the statement asserts; it negates no verb.
            return False
    if _CJK_CHAR.match(text, pos):
        lo = max(lo_clause, pos - _GOVERNED_CJK[0])
        hi = min(hi_clause, end + _GOVERNED_CJK[1])
        window = text[lo:pos] + "\x00" + text[end:hi]
        pairs = {a + b for a, b in zip(window, window[1:], strict=False) if "\x00" not in a + b}
        shared = bool(pairs & words)
    else:
        after = []
        # A preposition ("ohne Publikum", "sans source") governs the noun after it only;
        # a negation between a noun and its adjective ("jogos não livres", `_adjectival`)
        # the adjective only.
        reach = (
            1
            if text[pos:end].lower() in _prepositions()
            or (lang is not None and _adjectival(text, pos, lang))
            else _GOVERNED_WORDS
        )
        for m in _WORD3.finditer(text, end, hi_clause):
            after.append(m)
            if len(after) == reach:
                break
        if after:
            # Up to the fourth word, or to the clause's end when it comes first ("not just 99%").
            lo, hi = end, (after[-1].end() if len(after) == reach else hi_clause)
            governed = [m.group().lower() for m in after]
        else:
            # No word after it in its clause: the figure after it is governed ("100%, not
            # 99%").
            lo, hi, governed = end, hi_clause, []
        if not after or pos in reading.negations_back:
            # A negation ending its clause, or one that may govern what stands before it
            # ("er taucht nicht auf"): the words just before it are governed too.
            # Auxiliaries and short words ("wurden sie nicht") are passed over: the verb
            # before them is governed ("gegossen wurden sie nicht").
            auxiliaries = _auxiliaries()
            # A negation that is a preposition and its noun ("ohne Publikum nicht an") is an
            # adverbial: the verb before it is governed.
            adverbial = _prepositional_spans(reading, lo_clause, pos)
            before = [
                m
                for m in _WORD3.finditer(text, lo_clause, pos)
                if len(m.group()) >= 4
                and m.group().lower()[:5] not in auxiliaries
                and not any(a <= m.start() < b for a, b in adverbial)
            ][-_GOVERNED_BEFORE:]
            if before:
                lo = min(lo, before[0].start())
            governed += [m.group().lower() for m in before]
        # Words of four letters or more: "the", "was" and their like are shared by anything;
        # so are auxiliaries ("wurden", "would").
        auxiliaries = _auxiliaries()
        shared = any(
            len(w) >= 4 and w[:4] in prefixes and w[:5] not in auxiliaries for w in governed
        ) or (bool(cognates) and any(_cognate_keys(w) & cognates for w in governed))
    if shared:
        return True
    if pos in reading.negations_back:
        # "der 3. Oktober taucht nicht auf": the clause before it is governed too.
        lo = min(lo, max(lo_clause, pos - _NEGATION_REACH))
    if any(v.start < hi and v.end > lo for v in values):
        return True
    return directions and any(lo <= p < hi for _, _, p in reading.directions)


@lru_cache(maxsize=64)
def _corrective_re(lang: str | None) -> re.Pattern[str] | None:
    """A language's corrective conjunctions after a comma ([contrast] correctives:
    "sondern", "sino", "but rather"), which end what a negation before them denies."""
    rules = rules_for(lang)
    words = rules.data.get("contrast", {}).get("correctives", []) if rules is not None else []
    return re.compile(rf"\s*,\s*(?:{_alt(words)})(?!\w)", re.I) if words else None


#: How far (in characters) before a negation the word opening its relative clause stands:
#: "that did not", "que no", "qui n'".
_RELATIVE_REACH = 16


def _relative_end(text: str, pos: int, end: int, lo: int, hi: int, lang: str | None) -> int:
    """Where the clause of the negation at pos..end ends (`hi`, its clause's end), or, when
    a word opening a relative clause stands just before the negation ([modal]
    clause_openers, [negation] relative), at the first finite verb ([subjects] finite) after
    the word that follows the negation (its own verb: "no-one could predict"): the main
    clause's verb ("The bridge that did not collapse | was built in 2019", "El puente que
    no se derrumbó | fue construido en 2019")."""
    frame = _subject_frame(lang)
    if frame is None:
        return hi
    _, finite, opener = frame
    if opener is None or opener.search(text, max(lo, pos - _RELATIVE_REACH), pos) is None:
        return hi
    # Past the negation's own verb, the first word after it ("no-one could predict").
    own = _WORD3.search(text, end, hi)
    verb = finite.search(text, own.end(), hi) if own is not None else None
    return verb.start() if verb is not None else hi


def _unheld(text: str, pos: int, values: list[Value], lang: str | None) -> list[Value]:
    """The `values` that do not stand in the subject of the verb a negation at `pos` stands
    on (`_in_subject`): "The bridge built in 2019 did not survive" holds 2019 in its
    subject."""
    return [v for v in values if v.end > pos or not _in_subject(text, v, lang, pos)]


def _relative_before(text: str, v: Value, lang: str | None) -> bool:
    """Whether a word opening another clause ([modal] clause_openers, [negation] relative)
    stands before figure `v` in its sentence, within `_SUBJECT_REACH`: "The bridge that
    collapsed was built in 2019"."""
    frame = _subject_frame(lang)
    if frame is None or frame[2] is None:
        return False
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    return frame[2].search(text, ends[-1] if ends else lo, v.start) is not None


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """Negations that are prepositions (common.toml): they govern the noun after them."""
    words = _load_toml("common").get("negation", {}).get("prepositions", [])
    return frozenset(w.lower() for w in words)


def _clause_bounds(text: str, pos: int, end: int, lang: str | None = None) -> tuple[int, int]:
    """The clause around pos..end: between clause breaks (`_clause_break`), never across a
    sentence's end, at most 200 characters either side."""
    brk = _clause_break(lang)
    lo = max(0, pos - 200)
    breaks = [m.end() for m in brk.finditer(text, lo, pos)]
    start = breaks[-1] if breaks else lo
    ends_before = [m.end() for m in _CLAUSE_END.finditer(text, start, pos)]
    if ends_before:
        start = ends_before[-1]
    stop = min(len(text), end + 200)
    found = brk.search(text, end, stop)
    sentence_end = _CLAUSE_END.search(text, end, stop)
    hi = min(m.start() for m in (found, sentence_end) if m) if (found or sentence_end) else stop
    return start, hi


#: How far (in characters) a negation may stand from a value in its clause to negate it.
_NEGATION_REACH = 80


#: What ends a clause inside a sentence: punctuation and the commonest conjunctions.
_CONJUNCTIONS = (
    r"(?<!\w)(?:and|but|while|whereas|although|though|because|"
    r"und|aber|doch|weil|während|et|mais|car|tandis|y|pero|aunque|porque|mientras|e|mas|"
    r"porém|enquanto)(?!\w)"
)


#: What ends a clause inside a sentence, conjunctions aside.
_CLAUSE_PUNCTUATION = r"[,;:()\[\]–—―、，（）]|\s-\s"


_CLAUSE_BREAK = _lazy(_CLAUSE_PUNCTUATION + "|" + _CONJUNCTIONS, re.I)


#: A conjunction ending the text before a clause: "…, because" opens it.
_CONJUNCTION_BEFORE = _lazy(r"(?:" + _CONJUNCTIONS + r")$", re.I)


@lru_cache(maxsize=32)
def _conjunctions(lang: str | None) -> str:
    """The conjunctions that end a clause in `lang` ([clause] conjunctions of its data
    file), as one pattern: French "mais" ("but") ends a clause, Portuguese "mais" ("more",
    "mais de 12.000") does not. With no language known, or none listed, every language's
    (`_CONJUNCTIONS`)."""
    rules = rules_for(lang) if _base(lang) is not None else None
    words = rules.data.get("clause", {}).get("conjunctions", []) if rules is not None else []
    if not words:
        return _CONJUNCTIONS
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return r"(?<!\w)(?:" + alternation + r")(?!\w)"


@lru_cache(maxsize=64)
def _with_conjunctions(before: str, after: str, lang: str | None) -> re.Pattern[str]:
    """`before`, `lang`'s conjunctions (`_conjunctions`), `after`, as one pattern."""
    return re.compile(before + _conjunctions(lang) + after, re.I)


@lru_cache(maxsize=32)
def _clause_break(lang: str | None) -> re.Pattern[str]:
    """`_CLAUSE_BREAK` in `lang`: punctuation and that language's conjunctions."""
    conjunctions = _conjunctions(lang)
    if conjunctions == _CONJUNCTIONS:
        return _CLAUSE_BREAK
    return re.compile(_CLAUSE_PUNCTUATION + "|" + conjunctions, re.I)


def _clause_shares(text: str, pos: int, words: set[str], lang: str | None = None) -> bool:
    """Whether the clause around `pos` shares a word of five letters or more (or two CJK
    character pairs) with the statement's `words`."""
    brk = _clause_break(lang)
    lo = max(0, pos - 200)
    breaks = [m.end() for m in brk.finditer(text, lo, pos)]
    start = breaks[-1] if breaks else lo
    ends = brk.search(text, pos, pos + 200)
    end = ends.start() if ends else min(len(text), pos + 200)
    ends_before = [m.end() for m in _CLAUSE_END.finditer(text, start, pos)]
    if ends_before:
        start = ends_before[-1]  # not across the end of a sentence
    shared = words & _content(text[start:end])
    cjk = sum(1 for w in shared if _CJK_CHAR.search(w))
    return cjk >= 2 or any(len(w) >= 5 and not _CJK_CHAR.search(w) for w in shared)


#: Words of three letters or more an opening phrase may say before its figure: "In 2019",
#: "Im Jahr 2019".
_OPENING_WORDS = 2


def _adjectival(text: str, pos: int, lang: str | None) -> bool:
    """Whether the negation at `pos` stands between a noun and the participle agreeing with
    it, one word with it ([negation] adjectival: "diputados no inscritos", "países não
    alinhados"): it negates no verb, so across languages it is no negation of the figure's
    clause (in one language, its participle is a word the quote may share)."""
    pattern = _data_patterns(lang, "negation", "adjectival", re.I)
    return pattern is not None and pattern.match(text, pos) is not None


def _negates_figure_clause(
    reading: Reading, pos: int, end: int, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation at pos..end stands on the verb of the clause a compared value
    stands in: in the same clause with no word opening another clause ([modal]
    clause_openers) before the value or between them ("The project did not succeed despite
    huge investment in 2019"), or after an opening phrase holding the value ("In 2019, the
    project did not succeed"). "no-one could predict what might happen at the Oscars on
    Feb. 9" negates the predicting, not what happens on the date; "The team that won 12
    games did not reach the final" negates the reaching."""
    text = reading.text
    if _adjectival(text, pos, lang):
        return False
    opener = _clause_opener(lang)
    lo, hi = _clause_bounds(text, pos, end, lang)
    sentence_start = int(_sentence(reading.bounds, pos, end)[0])
    if sentence_start == lo and text[lo - 1 : lo] == "，":
        # A Chinese or Japanese reading's sentences end at a comma: the opening phrase
        # ("2015年，政府没有…") is the clause before it.
        sentence_start = _clause_bounds(text, lo - 1, lo - 1, lang)[0]
    for v in values:
        if v.end <= pos and len(_WORD3.findall(text, lo, v.start)) > _OPENING_WORDS:
            # A figure before the negation counts in an opening phrase only ("In 2019 the
            # project did not succeed"), not inside the subject ("Several exhibitors at the
            # fair on March 4 were not invited").
            continue
        if v.start >= lo and v.end <= hi:
            start = lo
        elif v.end <= lo and v.start >= sentence_start and text[lo - 1 : lo] in ",，":
            # An opening phrase: from the sentence's start to the comma before the clause.
            if _clause_break(lang).search(text, sentence_start, lo - 1) or (
                len(_WORD3.findall(text, sentence_start, v.start)) > _OPENING_WORDS
            ):
                continue
            start = sentence_start
        elif v.end <= lo and _measure_phrase_before(text, v, lo, end, lang):
            # "ATFは99.9％の時間、要求を受け付けない。": a phrase of measure after the topic,
            # the circumstance of the predicate a negation closing the sentence denies.
            start = v.start
        else:
            continue
        a, b = min(v.start, pos), max(v.end, end)
        if opener is not None and (opener.search(text, a, b) or opener.search(text, start, a)):
            continue
        if _OPENING.search(text, a, b):
            continue
        return True
    return False


def _measure_phrase_before(text: str, v: Value, lo: int, end: int, lang: str | None) -> bool:
    """In Japanese, whether figure `v` closes a phrase of measure ([adverbial]
    measure_tails after it: "99.9％の時間", "9割の確率で") right before the comma at `lo`,
    the phrase opening its sentence or right after the sentence's topic ([adverbial]
    topic_ends: "ATFは"), and the negation ending at `end` closes the sentence (only
    closing marks after it): the phrase is the circumstance of the sentence's predicate,
    which the negation denies ("ATFは99.9％の時間、要求を受け付けない"). Not a clause of its
    own before the comma ("1998年に有罪となり、"), nor a negation before a noun it
    modifies ("進まなかった分野")."""
    rules = rules_for(lang)
    if rules is None or not rules.cjk or text[lo - 1 : lo] != "、":
        return False
    adverbial = rules.data.get("adverbial", {})
    tails = adverbial.get("measure_tails", [])
    if not tails or text[v.end : lo - 1].strip() not in tails:
        return False
    if not _opens_cjk_sentence(text, v.start, [], adverbial.get("topic_ends", [])):
        return False
    close = _CJK_SENTENCE_END.search(text, end)
    return not text[end : close.start() if close is not None else len(text)].strip('」』）)"” ')


#: Words (three letters or more) that may stand between a main clause's start and the
#: negation on its verb: its subject and an auxiliary ("o presidente Clinton não", "President
#: Bill Clinton did not").
_MAIN_VERB_WORDS = 4


#: Words (three letters or more) that may stand between a compared figure opening its
#: clause without a comma ("Im Jahr 2012 gab der Minister vor seinem Rücktritt keine") and
#: the negation on the clause's verb, in a language that names what may not stand right
#: before such a negation ([negation] wide_reach_not_after).
_OPENING_CLAUSE_WORDS = 8


def _wide_reach(reading: Reading, lo: int, pos: int, values: list[Value], lang: str | None) -> bool:
    """Whether the negation at `pos` may stand farther than `_MAIN_VERB_WORDS` words into
    its clause: the clause opens with a compared figure's phrase, no comma after it ("Im
    Jahr 2012 gab der Minister vor seinem Rücktritt keine Interviews", "In 2012 the
    minister of the small country gave no interviews"), at most `_OPENING_CLAUSE_WORDS`
    words follow the figure before the negation, and the word right before it is none of
    the language's articles and prepositions ([negation] wide_reach_not_after: "eine nicht
    barrierefreie Brücke", "a bridge with no ramp" negate a noun's attribute). A language
    whose negation before an adjective reads as one before a verb ("juegos no libres",
    "ponte não acessível") lists none: there the reach stays near the clause's start. Nor
    after another negation of the clause ("un pont sans rampe ni ascenseur")."""
    text = reading.text
    rules = rules_for(lang) if _base(lang) is not None else None
    guard = rules.data.get("negation", {}).get("wide_reach_not_after") if rules else None
    if not guard:
        return False
    inside = [v.end for v in values if lo < v.start and v.end <= pos]
    if not inside or len(_WORD3.findall(text, max(inside), pos)) > _OPENING_CLAUSE_WORDS:
        return False
    if any(max(inside) <= p < pos for p, _ in reading.negations):
        return False
    before = _TOKEN.findall(text, max(max(inside), pos - 40), pos)
    return bool(before) and before[-1].lower() not in guard


def _negates_after_opening(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the main verb of a clause that an
    opening phrase holding a compared value opens: "Em 1997, o presidente Clinton não impôs
    um embargo", "In 1997, President Bill Clinton did not impose" (`_negates_figure_clause`
    on the values before its clause), near the clause's start (at most `_MAIN_VERB_WORDS`
    words before it: its subject, an auxiliary; "En 2013, Mozilla anunció fondos para
    juegos no libres" negates an adjective). Not a preposition ("sans source"), nor a
    negation quantifying a noun ([negation] quantifiers, patterns) or the verb's after one
    in its clause: "En 26 ans, aucun film n'avait remporté le prix" says what "the first film to
    win in 26 years" says."""
    end = pos + len(word)
    if word.lower() in _prepositions():
        return False
    text = reading.text
    lo, _ = _clause_bounds(text, pos, end, lang)
    if len(_WORD3.findall(text, lo, pos)) > _MAIN_VERB_WORDS and not _wide_reach(
        reading, lo, pos, values, lang
    ):
        return False
    frame = _subject_frame(lang)
    if frame is not None and frame[2] is not None and frame[2].search(text, max(0, lo - 2), pos):
        return False  # in a relative clause: "Die 2019 gebaute Brücke, die nicht gesperrt wurde"
    # An opening phrase before the clause's comma ("Em 1997, o presidente não"), or one
    # without a comma opened by a preposition ([adverbial] openers: "In 1997 the president
    # did not", "Since 2019 the museum does not"; `_negates_figure_clause` bounds its words),
    # not a subject ("Around 85% of respondents could not").
    opening = [
        v
        for v in values
        if v.end <= lo
        or (lo < v.start and v.end <= pos and _opened_by_preposition(text, lo, v, lang))
    ]
    quantifier = _data_patterns(lang, "negation", "quantifiers", re.I)
    if (
        quantifier is not None
        and any(
            lo <= p <= pos
            and quantifier.match(text, p)
            and (_opens_main_clause(text, lo, opening, p) or _in_cessation(text, p, lang))
            for p, _ in reading.negations
        )
        and (not opening or _in_adverbial_opening(text, opening, lang))
    ):
        return False
    return bool(opening) and _negates_figure_clause(reading, pos, end, opening, lang)


#: How many words may stand between an opening phrase and a quantifying negation that
#: quantifies its main clause's subject: a noun of the phrase ("In the 2019 season no
#: team won"), a verb before its subject ("Im Jahr 2019 hat kein Film gewonnen").
_QUANTIFIER_OPENING_GAP = 1


#: A word, for `_opens_main_clause`.
_GAP_WORD = _lazy(r"[^\W\d_]+")


def _opens_main_clause(text: str, lo: int, opening: list[Value], p: int) -> bool:
    """Whether the quantifying negation at `p` opens the main clause after an opening
    phrase holding `opening` (its clause starting at `lo`): the subject's quantifier ("In
    26 years, no film had won"), at most `_QUANTIFIER_OPENING_GAP` words after the phrase;
    not an object's after the clause's subject and verb ("In 1969 Aldrin drank no wine",
    which negates the verb)."""
    start = max([lo, *(v.end for v in opening if v.end <= p)])
    return len(_GAP_WORD.findall(text, start, p)) <= _QUANTIFIER_OPENING_GAP


#: How far before and after a negation a negation of going on holding it is looked for.
_CESSATION_AROUND = (24, 40)


def _in_cessation(text: str, p: int, lang: str | None) -> bool:
    """Whether the negation at `p` is part of a negation of going on ("no longer",
    `_direction_cessations`), which the statement's check of going on reads."""
    lo, hi = max(0, p - _CESSATION_AROUND[0]), min(len(text), p + _CESSATION_AROUND[1])
    return any(
        m.start() <= p < m.end()
        for pattern in _direction_cessations(lang).values()
        for m in pattern.finditer(text, lo, hi)
    )


def _in_adverbial_opening(text: str, values: list[Value], lang: str | None) -> bool:
    """Whether one of `values` stands in an adverbial phrase opening its sentence
    (`_adverbial_scope`: "En 26 ans, aucun film…", "En 2019, ningún equipo…", the first
    to do so in that time), not in a phrase naming what the clause is about ("De la
    façade originale du XVIIIe siècle, rien n'a été conservé": nothing of it is left); a
    language without adverbial openers has every opening phrase taken as adverbial."""
    if _adverbial_frame(lang) is None:
        return True
    return any(_adverbial_scope(text, v, lang) is not None for v in values)


def _main_verb_negation(
    reading: Reading, pos: int, word: str, lang: str | None
) -> tuple[int, int] | None:
    """The clause (lo, hi) of the negation `word` at `pos` when it stands on the verb of a
    clause near the clause's start (at most `_MAIN_VERB_WORDS` words before it: its
    subject, an auxiliary): not a preposition ("sans source"), nor before an adjective
    ("diputados no inscritos"), nor in a relative clause, nor after a negation quantifying
    a noun in its clause ("aucun film n'avait"); None elsewhere, and in Chinese or Japanese
    (no words to count: `_negates_predicate` reads their clauses)."""
    if _CJK_CHAR.match(reading.text, pos):
        return None
    if word.lower() in _prepositions() or _adjectival(reading.text, pos, lang):
        return None
    text = reading.text
    lo, hi = _clause_bounds(text, pos, pos + len(word), lang)
    if len(_WORD3.findall(text, lo, pos)) > _MAIN_VERB_WORDS:
        return None
    frame = _subject_frame(lang)
    if frame is not None and frame[2] is not None and frame[2].search(text, max(0, lo - 2), pos):
        return None
    quantifier = _data_patterns(lang, "negation", "quantifiers", re.I)
    if quantifier is not None and any(
        lo <= p <= pos and quantifier.match(text, p) for p, _ in reading.negations
    ):
        return None
    return lo, hi


def _negates_main_verb(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the verb of a sentence's main clause
    (`_main_verb_negation`, the clause opening the sentence) and a compared value stands
    after it in that clause, within `_NEGATION_REACH`, with no word opening another clause
    between (`_negates_figure_clause`): "Le jury n'a jamais reconnu Roof coupable des 33
    chefs", "Tite denied making a mistake by taking the 2012 trophy", "Roof a refusé tout
    entretien … dans les 24 heures". Across languages the words it governs are not read:
    the figure of its clause is."""
    found = _main_verb_negation(reading, pos, word, lang)
    if found is None:
        return False
    lo, _ = found
    text = reading.text
    if text[max(0, lo - 2) : lo].strip() and not _CLAUSE_END.search(text, max(0, lo - 2), lo):
        return False  # the clause opens after a comma or a conjunction: no sentence's start
    end = pos + len(word)
    after = [v for v in values if v.start >= end and v.start - end <= _NEGATION_REACH]
    return bool(after) and _negates_figure_clause(reading, pos, end, after, lang)


#: A conjunction, as a word, in any language.
_JOINING_WORD = _lazy(_CONJUNCTIONS, re.I)


def _negates_coordinated(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on a verb coordinated, by a conjunction
    right before it (its subject the previous clause's), with the main clause that an
    opening phrase holding a compared value opens: "In November 1998, Ocalan arrived in
    Italy but refused to seek asylum", "En 2019, el equipo llegó a la final y no ganó".
    At most one word (an auxiliary: "but did not") between the conjunction and the
    negation. Not after a subject holding the figure: "Die 2019 gebaute Brücke überstand
    die Flut, wurde aber nicht wieder geöffnet" says nothing against its survival."""
    found = _main_verb_negation(reading, pos, word, lang)
    if found is None:
        return False
    lo, _ = found
    text = reading.text
    if len(_WORD3.findall(text, lo, pos)) > 1:
        return False
    # A conjunction joining a verb to the one before it, with the same subject: "arrived
    # in Italy but refused", "llegó y no pidió".
    joined = _with_conjunctions(r",?\s*", r"\s*$", lang).search(text, max(0, lo - 12), lo)
    if joined is None or not joined.group().strip(" ,"):
        return False
    before = joined.start()
    plo, _ = _clause_bounds(text, max(0, before - 1), before, lang)
    # An adverbial phrase ("In November 1998,", `_adverbial_scope`), not a subject holding
    # the figure ("Die 2019 gebaute Brücke überstand die Flut, wurde aber nicht …").
    opening = [v for v in values if v.end <= plo and _adverbial_scope(text, v, lang) is not None]
    return bool(opening) and _negates_figure_clause(reading, plo, plo + 1, opening, lang)


def _coordinated_after(readings: list[Reading], values: list[list[Value]]) -> bool:
    """Whether a quote joins another verb by a conjunction after a compared value, in its
    sentence (within `_NEGATION_REACH`): "desembarcó en Italia en noviembre de 1998 y pidió
    asilo" says a second thing, which a negated verb the statement coordinates may deny
    (`_negates_coordinated`); "En 2022, el senador firmó el presupuesto" says none, and
    "… but refused to comment" adds to it."""
    for r, mine in zip(readings, values, strict=True):
        for v in mine:
            stop = min(len(r.text), v.end + _NEGATION_REACH)
            end = _CLAUSE_END.search(r.text, v.end, stop)
            if _JOINING_WORD.search(r.text, v.end, end.start() if end else stop):
                return True
    return False


@lru_cache(maxsize=64)
def _opening_prepositions(lang: str | None) -> frozenset[str]:
    """A language's one-word prepositions that open an adverbial phrase ([adverbial]
    openers: "in", "since", "seit", "depuis"), lowercased."""
    rules = rules_for(lang)
    words = rules.data.get("adverbial", {}).get("openers", []) if rules is not None else []
    return frozenset(w.lower() for w in words if " " not in w)


def _opened_by_preposition(text: str, lo: int, v: Value, lang: str | None) -> bool:
    """Whether the words from a clause's start `lo` to figure `v` open with a preposition
    (`_opening_prepositions`): "Since 2019", "Im Jahr 2019"."""
    first = _TOKEN.search(text, lo, v.start)
    return first is not None and first.group().lower() in _opening_prepositions(lang)


#: How far (in characters) before a negation a verb of saying and its conjunction may
#: stand ("affirme qu'il n'a pas", "sagte, dass er nicht"), and after it the figure of its
#: clause.
_REPORTED_REACH = (60, 150)


def _negates_reported(
    reading: Reading, pos: int, word: str, values: list[Value], lang: str | None
) -> bool:
    """Whether the negation `word` at `pos` stands on the verb of a reported clause
    ([negation] reported: a verb of saying and its conjunction, "affirme qu'", "sagt,
    dass", "says that") holding a compared value, near the clause's start (at most
    `_MAIN_VERB_WORDS` words between: its subject, an auxiliary) and with no word opening
    another clause between: "Tite affirme qu'il n'a pas commis d'erreur … en 2012" denies
    what "Tite diz que errou … em 2012" says. Not a preposition ("sans"), nor a negation in
    a relative clause of the reported clause ("dit que le joueur qui n'a pas joué…") or on
    the verb of a clause the figure stands in after another opener. A clause of time after
    the reported clause's comma ([negation] temporal_openers: "sagte, er habe nichts falsch
    gemacht, als er 2012 …") holds the verb's circumstance: its figure is negated too."""
    end = pos + len(word)
    if word.lower() in _prepositions():
        return False
    pattern = _data_patterns(lang, "negation", "reported", re.I)
    if pattern is None or _adjectival(reading.text, pos, lang):
        return False
    text = reading.text
    lo, hi = _clause_bounds(text, pos, end, lang)
    said = None
    for m in pattern.finditer(text, max(0, pos - _REPORTED_REACH[0]), pos):
        said = m
    if said is None:  # (a match found before `pos` ends there at the latest)
        return False
    if len(_WORD3.findall(text, said.end(), pos)) > _MAIN_VERB_WORDS:
        return False
    opener = _clause_opener(lang)
    if _clause_break(lang).search(text, said.end(), pos) or (
        opener is not None and opener.search(text, said.end(), pos)
    ):
        return False
    when = _data_patterns(lang, "negation", "temporal_openers", re.I)
    for v in values:
        if said.end() <= v.start and v.end <= pos:
            return True  # "sagt, dass er 2012 nicht …"
        if (
            when is not None
            and hi <= v.start
            and v.end <= end + _REPORTED_REACH[1]
            and (opened := when.match(text, hi)) is not None
            and _clause_break(lang).search(text, opened.end(), v.start) is None
            and _CLAUSE_END.search(text, opened.end(), v.start) is None
        ):
            # "sagte, er habe nichts falsch gemacht, als er 2012 den Pokal … brachte": the
            # clause of time holding the figure is the negated verb's circumstance.
            return True
        if v.start < end or v.end > min(hi, end + _REPORTED_REACH[1]):
            continue
        if (opener is not None and opener.search(text, end, v.start)) or _OPENING.search(
            text, end, v.start
        ):
            continue
        return True
    return False


#: A figure standing this many words (four letters or more) before a negation that ends
#: its clause is the clause's subject: "42 deputies did not vote".
_SUBJECT_WORDS = 2


#: How many characters may follow a negation that ends its clause in Chinese or Japanese:
#: the rest of its predicate ("無罪とした", "没有投票").
_CJK_PREDICATE_TAIL = 5


def _object_tail(text: str, pos: int, end: int, hi: int, lang: str | None) -> bool:
    """Whether the negation at pos..end is a determiner ([negation] determiners: "keinen",
    "aucun", "ningún") on the noun after it, and that noun is followed, to the clause's end
    `hi`, only by a phrase on it ([negation] object_tail: "keinen Oscar für die Rolle",
    "aucun prix pour ce film"): the negation still ends its clause's predicate."""
    determiner = _data_patterns(lang, "negation", "determiners", re.I)
    tail = _data_patterns(lang, "negation", "object_tail", re.I)
    if determiner is None or tail is None or not determiner.match(text, pos):
        return False
    return tail.match(text, end, hi) is not None


def _negates_predicate(
    reading: Reading,
    pos: int,
    end: int,
    values: list[Value],
    lang: str | None,
    subject: bool = False,
) -> bool:
    """Whether the negation at pos..end negates the predicate of a figure's clause: it ends
    the clause (at most the verb after it), the figure stands just before it as the
    subject, with no word opening another clause between ("42 deputies did not vote",
    "42名の議員は投票しなかった"). Not a preposition ("sans source depuis 2019"), nor a
    negation before an adjective the clause goes on after ("nueve diputados no inscritos
    votaron en contra"). With `subject` (the other side's figure stands in its sentence's
    subject too, `_in_subject`), also a negation on the main verb after a subject holding
    the figure, whatever follows it: "The bridge built in 2019 did not survive the flood"
    against "The bridge, built in 2019, survived the flood"."""
    text = reading.text
    if _CJK_CHAR.match(text, pos):
        # Chinese or Japanese: a negation ending the clause (its predicate: "…について無罪と
        # した", "42名议员没有投票") after a compared value in the clause.
        lo, hi = _clause_bounds(text, pos, end, lang)
        return hi - end <= _CJK_PREDICATE_TAIL and any(
            lo <= v.start and v.end <= pos for v in values
        )
    if text[pos:end].lower() in _prepositions() or _adjectival(text, pos, lang):
        return False
    lo, hi = _clause_bounds(text, pos, end, lang)
    ends = len(_WORD3.findall(text, end, hi)) <= 1 or _object_tail(text, pos, end, hi, lang)
    opener = _clause_opener(lang)
    for v in values:
        if v.end > pos:
            continue
        if subject and (_in_subject(text, v, lang, pos) or _in_apposition(text, v, lang, pos)):
            return True
        # A clause taken to open inside the figure opens before it: the dot of an ordinal
        # ("des 17. Jahrhunderts ist nichts erhalten") ends no sentence.
        if not ends or v.end <= lo or v.start < lo and not v.start <= lo - 2 < v.end:
            continue
        between = [w for w in _WORD3.findall(text, v.end, pos) if len(w) >= 4]
        if len(between) > _SUBJECT_WORDS:
            continue
        if opener is not None and opener.search(text, lo, pos):
            continue
        return True
    return False


#: How far (in characters) a sentence's subject reaches before the figure it holds, and
#: from the figure to the negation on its verb.
_SUBJECT_REACH = 100


#: What may stand in a subject between its figure and its verb: a comma closing an
#: apposition ("The bridge, built in 2019, did not"), no other clause break.
_SUBJECT_MARKS = r"[;:()\[\]–—―、，（）]|\s-\s|"


@lru_cache(maxsize=64)
def _subject_frame(
    lang: str | None,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """A sentence opening with an article ([subjects] articles), a possessive ([subjects]
    possessives: "His 22-year-old son") or a quantifier ([subjects] quantifiers: "Several of
    the contenders"), either after a name joined to it ([subjects]
    name_joiners: "Parata and his 22-year-old son"), the finite verbs that put a figure
    after them in the predicate ([subjects] finite), and the words that open another clause
    ([modal] clause_openers, [negation] relative); None without them."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    data = rules.data.get("subjects", {})
    if not data.get("articles") or not data.get("finite"):
        return None
    heads = _alt([*data["articles"], *data.get("possessives", []), *data.get("quantifiers", [])])
    joined = ""
    if data.get("name_joiners"):
        # A name of one to four capitalised words, then the word joining it: "Parata and".
        name = r"(?-i:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’]s)?)"
        joined = rf"(?:{name}(?:\s+{name}){{0,3}}\s+(?-i:{_alt(data['name_joiners'])})\s+)?"
    article = re.compile(rf"[\s\"“„«‘]*{joined}(?:{heads})(?:(?<=['’])|\s)", re.I)
    finite = re.compile(rf"(?<!\w)(?:{_alt(data['finite'])})(?!\w)", re.I)
    openers = [
        *rules.data.get("modal", {}).get("clause_openers", []),
        *rules.data.get("negation", {}).get("relative", []),
    ]
    # Whole words ("que", not the end of "banque"), or a word after a comma (", die").
    opener = (
        re.compile(rf"(?:(?<!\w)|(?=\W))(?:{_alt(openers)})(?:(?<=['’])|(?!\w))", re.I)
        if openers
        else None
    )
    return article, finite, opener


#: A name of one to five capitalised words (initials and "Jr." too) opening a sentence,
#: then the comma of an apposition: "Patrick W. Carlineo Jr., ".
_NAME_APPOSITION = _lazy(
    r"[\s\"“„«‘]*[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?){0,4},\s*"
)


@lru_cache(maxsize=64)
def _indefinite_head(lang: str | None) -> re.Pattern[str] | None:
    """A sentence opening with an indefinite article ([subjects] indefinite: "A woman",
    "Une femme"); None without them."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("indefinite", []) if rules is not None else []
    return re.compile(rf"[\s\"“„«‘]*(?:{_alt(words)})\s", re.I) if words else None


def _in_subject(
    text: str,
    v: Value,
    lang: str | None,
    negation: int | None = None,
    indefinite: bool = False,
) -> bool:
    """Whether figure `v` stands in the subject of its sentence: the sentence opens with an
    article, and no finite verb, clause opener or clause break but a comma stands before
    the figure ("The bridge built in 2019", "Le pont, construit en 2019,", "Die 2019
    gebaute Brücke"; not "The bridge was built in 2019", "The bridge that did not collapse
    was built in 2019"). With `negation` (a position after the figure), the subject runs on
    to it with no clause opener or clause break but a comma ("The bridge built in 2019 did
    not survive"; not "... survived, but did not reopen"); without, the sentence goes on
    after the figure with two words at least (the predicate: "... survived the flood").
    With `indefinite`, an indefinite article may open the subject too ([subjects]
    indefinite: "Une femme restée 12 ans dans le coma a repris conscience")."""
    frame = _subject_frame(lang)
    if frame is None:
        return False
    article, finite, opener = frame
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    if ends:
        start = ends[-1]
    elif lo == 0:
        start = 0
    else:
        return False  # the sentence opens farther back: no subject of bounded length
    head = article.match(text, start)
    if head is None and indefinite and (pattern := _indefinite_head(lang)) is not None:
        head = pattern.match(text, start)  # "Une femme restée 12 ans dans le coma a …"
    if head is None:
        # A name opening the sentence, the figure its apposition: "Patrick W. Carlineo Jr.,
        # 55, of Addison, pleaded guilty".
        head = _NAME_APPOSITION.match(text, start, v.start)
        if head is None or head.end() != v.start or text[v.end : v.end + 1] != ",":
            return False
    if head.end() > v.start:
        return False
    subject_break = _with_conjunctions(_SUBJECT_MARKS, "", lang)
    for pattern in (finite, opener, subject_break):
        if pattern is not None and pattern.search(text, head.end(), v.start):
            return False
    if negation is None:
        stop = min(len(text), v.end + _SUBJECT_REACH)
        after = _MODAL_SENTENCE_END.search(text, v.end, stop) or _CLAUSE_END.search(
            text, v.end, stop
        )
        return len(_WORD3.findall(text, v.end, after.start() if after else stop)) >= 2
    if negation - v.end > _SUBJECT_REACH or _MODAL_SENTENCE_END.search(text, v.end, negation):
        return False
    return not any(
        pattern is not None and pattern.search(text, v.end, negation)
        for pattern in (opener, subject_break)
    )


#: How many words (three letters or more) an apposition on a name opening its sentence may
#: hold before its figure and after it ("Roof, alors âgé de 21 ans,", "Roof, who was 21 at
#: the time,").
_APPOSITION_WORDS = 4


def _in_apposition(text: str, v: Value, lang: str | None, negation: int | None = None) -> bool:
    """Whether figure `v` stands in an apposition, between commas, on the name that opens
    its sentence, with a few words before and after it (`_APPOSITION_WORDS`): "Roof, alors
    âgé de 21 ans, n'a pas été arrêté", "Roof, who was 21 at the time, was arrested" (a
    bare figure, "Carlineo, 55, pleaded", is `_in_subject`'s). The sentence's predicate
    follows the closing comma: with `negation` (a position after the figure), the negation
    stands on it (at most `_MAIN_VERB_WORDS` words after the comma, no clause break
    between); without, two words at least follow the comma."""
    if rules_for(lang) is None or _CJK_CHAR.match(text, v.start):
        return False
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    if ends:
        start = ends[-1]
    elif lo == 0:
        start = 0
    else:
        return False
    head = _NAME_APPOSITION.match(text, start, v.start)
    if head is None or head.end() == v.start:
        return False  # no name, or a bare figure (`_in_subject`)
    if _clause_break(lang).search(text, head.end(), v.start) or (
        len(_WORD3.findall(text, head.end(), v.start)) > _APPOSITION_WORDS
    ):
        return False
    stop = min(len(text), v.end + _SUBJECT_REACH)
    close = _clause_break(lang).search(text, v.end, stop)
    if (
        close is None
        or close.group() != ","
        or len(_WORD3.findall(text, v.end, close.start())) > _APPOSITION_WORDS
        or _MODAL_SENTENCE_END.search(text, v.end, close.start())
    ):
        return False
    if negation is None:
        after = _MODAL_SENTENCE_END.search(text, close.end(), stop) or _CLAUSE_END.search(
            text, close.end(), stop
        )
        return len(_WORD3.findall(text, close.end(), after.start() if after else stop)) >= 2
    if negation < close.end():
        return False
    if _clause_break(lang).search(text, close.end(), negation):
        return _coordinated_negation(text, close.end(), negation, lang)
    return len(_WORD3.findall(text, close.end(), negation)) <= _MAIN_VERB_WORDS


#: How many words (three letters or more) may stand before a relative pronoun opening a
#: subject's clause ("a patient who"), between it and the figure ("who had spent 15 years"),
#: and after the figure at least (the rest of the clause, the main verb and what follows).
_RELATIVE_SUBJECT_WORDS = (2, 2, 2)


def _in_relative_subject(text: str, v: Value, lang: str | None) -> bool:
    """Whether figure `v` stands in a relative clause on the subject opening its sentence or
    the main clause after an opening phrase's comma: "One month after the surgery, a
    patient who had spent 15 years in a coma showed signs of consciousness". The subject's
    noun (at most `_RELATIVE_SUBJECT_WORDS[0]` words, no finite verb) before the relative
    pronoun ([negation] relative), at most `_RELATIVE_SUBJECT_WORDS[1]` words between it
    and the figure ("The bridge that collapsed was rebuilt in 2019" holds the figure in
    the predicate), and after the figure at least `_RELATIVE_SUBJECT_WORDS[2]` words to
    the sentence's end, no clause break between."""
    frame = _subject_frame(lang)
    if frame is None:
        return False
    _, finite, opener = frame
    if opener is None:
        return False
    lo = max(0, v.start - _SUBJECT_REACH)
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text, lo, v.start)]
    breaks = [m.end() for m in _clause_break(lang).finditer(text, lo, v.start)]
    start = max([*ends, *breaks], default=lo)
    if start == lo and lo > 0:
        return False  # no sentence's start or comma within reach
    if breaks and start == breaks[-1] and text[start - 1 : start] != ",":
        return False  # a clause that a conjunction or another break opens
    relative = opener.search(text, start, v.start)
    if relative is None:
        return False
    if len(_WORD3.findall(text, start, relative.start())) > _RELATIVE_SUBJECT_WORDS[0] or (
        finite.search(text, start, relative.start())
    ):
        return False
    if len(_WORD3.findall(text, relative.end(), v.start)) > _RELATIVE_SUBJECT_WORDS[1]:
        return False
    stop = min(len(text), v.end + _SUBJECT_REACH)
    after = _MODAL_SENTENCE_END.search(text, v.end, stop) or _CLAUSE_END.search(text, v.end, stop)
    hi = after.start() if after else stop
    if _clause_break(lang).search(text, v.end, hi):
        return False
    return len(_WORD3.findall(text, v.end, hi)) >= _RELATIVE_SUBJECT_WORDS[2]


def _both_end_negated(stated: Reading, quoted: Reading, word: str) -> bool:
    """Whether, in Chinese or Japanese, the statement and the quote whose negation `word`
    meets the statement's values both end a clause with a negative verb ending ([negation]
    back): "区別できないと答えた" for "「見分けられない」と回答". The statement's negation
    governs none of the quote's words (its verb is another), yet says what the quote's
    does."""
    return any(
        p in stated.negations_back and _CJK_CHAR.match(stated.text, p) for p, _ in stated.negations
    ) and any(
        w == word and p in quoted.negations_back and _CJK_CHAR.match(quoted.text, p)
        for p, w in quoted.negations
    )


def _same_clause(text: str, pos: int, v: Value, lang: str | None = None) -> bool:
    """Whether the negation at `pos` stands in the clause of value `v`, near it."""
    lo, hi = (pos, v.start) if pos < v.start else (v.end, pos)
    if hi - lo > _NEGATION_REACH:
        return False
    return _clause_break(lang).search(text, lo, hi) is None


#: A label heading a text before its colon ("Brief:", "Note :", "Notiz:", "メモ："): one
#: word, what follows opens the first sentence (`_after_label`).
_TEXT_LABEL = _lazy(r"\s*[^\W\d_]{2,12}\s?[:：]\s*")


def _after_label(text: str, cut: int) -> bool:
    """Whether the text up to `cut` is a one-word label and its colon and nothing else
    ("Brief: in 2011, voters ousted…"): what follows opens the first sentence, as after a
    dateline (`_after_dateline`)."""
    return 0 < cut <= 16 and _TEXT_LABEL.fullmatch(text, 0, cut) is not None


def _coordinated_negation(text: str, lo: int, negation: int, lang: str | None) -> bool:
    """Whether the negation at `negation` stands on a verb coordinated ([adverbial]
    coordinators) with the main verb that follows `lo` (an apposition's closing comma),
    with the same subject: "Roof, alors âgé de 21 ans, a pris la fuite et n'a jamais été
    arrêté", "Roof, then 21, fled and was never arrested". The coordinator is the only
    clause break between, at most `_MAIN_VERB_WORDS` words before it and at most
    `_COORDINATED_GAP` after it."""
    frame = _adverbial_frame(lang)
    if frame is None:
        return False
    breaks = list(_clause_break(lang).finditer(text, lo, negation))
    if len(breaks) != 1 or frame[1].fullmatch(breaks[0].group().strip()) is None:
        return False
    joined = breaks[0]
    return (
        len(_WORD3.findall(text, lo, joined.start())) <= _MAIN_VERB_WORDS
        and len(_WORD3.findall(text, joined.end(), negation)) <= _COORDINATED_GAP
    )


#: How far (in characters) an adverbial phrase's preposition may stand before its figure,
#: how far after the figure the phrase may run (to its comma, or to the sentence's end),
#: and how far the main clause it modifies may run from the figure.
_ADVERBIAL_REACH = (40, 80, 200)


#: The empty match at a position: a phrase's head that has no word (`_tally_after_comma`).
_EMPTY = re.compile("")


@lru_cache(maxsize=16)
def _tally_tail(lang: str | None) -> re.Pattern[str] | None:
    """What follows a tally's first figure to its sentence's end: a word joining its two
    counts ([adverbial] tally_links: "to", "contre", "zu"), the second count and perhaps one
    word ("438 to 86 votes"). None without the words."""
    rules = rules_for(lang)
    links = rules.data.get("adverbial", {}).get("tally_links", []) if rules is not None else []
    if not links:
        return None
    return re.compile(rf"\s*(?:{_alt(links)})\s*\d[\d.,]*(?:\s+[^\W\d_]+)?\s*", re.I)


def _tally_after_comma(text: str, v: Value, lang: str | None) -> re.Match[str] | None:
    """The tally figure `v` opens right after a comma, when its two counts close the
    sentence ("French MPs rejected the bill, 438 to 86."): a match at `v` (for
    `_adverbial_scope`, which reads it as a phrase closing the main clause). None
    otherwise."""
    tail = _tally_tail(lang)
    if tail is None:
        return None
    end = _CLAUSE_END.search(text, v.end)
    hi = end.start() if end is not None else len(text)
    if tail.fullmatch(text, v.end, hi) is None:
        return None
    return _EMPTY.match(text, v.start)


@lru_cache(maxsize=64)
def _adverbial_frame(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's prepositions opening an adverbial phrase ([adverbial] openers: "after",
    "nach", "après", "tras") and its words joining coordinated verbs ([adverbial]
    coordinators: "and", "und", "et", "y"); None without them."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    data = rules.data.get("adverbial", {})
    if not data.get("openers") or not data.get("coordinators"):
        return None
    return _word_re(data["openers"]), _word_re(data["coordinators"])


def _coordination_end(text: str, lo: int, hi: int, coordinator: re.Pattern[str]) -> int:
    """Where the clause from `lo` ends, across words joining coordinated verbs ("and",
    `coordinator`): at the first other clause break (a comma too: ", and the rebels…" is
    another clause) or sentence's end before `hi`; `hi` without one."""
    end = _CLAUSE_END.search(text, lo, hi)
    if end is not None:
        hi = end.start()
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if coordinator.fullmatch(m.group()) is None:
            return m.start()
    return hi


#: How long a news dateline opening a text may run ("LONDON —", "WASHINGTON (Reuters) -").
_DATELINE_REACH = 60


#: A news agency's name in brackets closing a dateline: "(Reuters)", "(dpa)".
_DATELINE_AGENCY = _lazy(r"\s*\([^()]{1,30}\)$")


def _after_dateline(text: str, cut: int) -> bool:
    """Whether the text up to `cut` is a news dateline and nothing else: a place in capitals,
    perhaps a date after a comma and an agency in brackets, then a dash ("LONDON —",
    "WASHINGTON, Jan. 13 (Reuters) -"): what follows opens the first sentence."""
    if not 0 < cut <= _DATELINE_REACH:
        return False
    head = text[:cut].rstrip()
    if not head or head[-1] not in "—–―-":
        return False
    head = head[:-1].rstrip()
    agency = _DATELINE_AGENCY.search(head)
    place = head[: agency.start() if agency is not None else len(head)].split(",", 1)[0].strip()
    words = place.split()
    if len(place) < 2 or not 1 <= len(words) <= 3:
        return False
    # "LONDON —"; with an agency, a place in title case too: "Berlin (dpa) -".
    return place.isupper() or (agency is not None and all(w[:1].isupper() for w in words))


#: How far (in characters) before a figure's preposition an opening phrase that holds it may
#: start, and how many words of three letters or more it may say before that preposition
#: (`_outer_opening`: "After the collapse of the authoritarian system in 2011,").
_OUTER_OPENING = (64, 6)


def _outer_opening(text: str, pos: int, opener: re.Pattern[str], lang: str | None) -> int | None:
    """Where the opening phrase that a figure's preposition at `pos` ends starts: the
    sentence's start, when a preposition ([adverbial] openers) opens it and no clause break
    and no finite verb ([subjects] finite) stands between that and `pos`, within
    `_OUTER_OPENING` ("After the collapse of the authoritarian system in 2011, Salafists
    attacked bars": the main clause is the 2011's too); None otherwise."""
    lo = max(0, pos - _OUTER_OPENING[0])
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, pos)]
    start = ends[-1] if ends else (0 if lo == 0 else -1)
    if start < 0:
        return None
    lead = _BARE_LEAD.match(text, start, pos)
    at = lead.end() if lead is not None else start
    if opener.match(text, at, pos) is None:
        return None
    if len(_WORD3.findall(text, at, pos)) > _OUTER_OPENING[1]:
        return None
    if _clause_break(lang).search(text, at, pos) is not None:
        return None
    frame = _subject_frame(lang)
    if frame is not None and frame[1].search(text, at, pos) is not None:
        return None
    return start


#: What may stand at a sentence's start before its opening phrase: spaces and quotes.
_BARE_LEAD = _lazy(r"[\s\"“„«‘]*")


#: What may stand before a date that is an adverbial phrase of its own, from its clause's
#: start (`_adverbial_scope`): at most one word, an article or a weekday ("le", "mardi").
_BARE_DATE_LEAD = _lazy(r"[\s\"“„«‘]*(?:[^\W\d_]{1,12}\.?,?\s+)?")


def _adverbial_scope(text: str, v: Value, lang: str | None) -> tuple[int, int] | None:
    """The span of the main clause that figure `v` modifies when it stands in an
    adverbial phrase, a preposition ([adverbial] openers) at most `_OPENING_WORDS` words
    before it: at its sentence's start, with or without a comma after it ("After nearly
    20 years of talks, the government changed course and lifted the sanctions", "Nach
    fast 20 Jahren hob die Regierung…"), the sentence from its start through the main
    clause and the verbs coordinated with it ([adverbial] coordinators); at its
    sentence's end ("The government changed course and kept the sanctions, after 20
    years of talks"), the main clause before it and the verbs coordinated with it. None
    elsewhere. Every window is bounded (`_ADVERBIAL_REACH`)."""
    frame = _adverbial_frame(lang)
    if frame is None:
        return None
    opener, coordinator = frame
    lo = max(0, v.start - _ADVERBIAL_REACH[0])
    cut = max(
        (m.end() for m in _clause_break(lang).finditer(text, lo, v.start)),
        default=lo,
    )
    sentence = [m.end() for m in _CLAUSE_END.finditer(text, lo, v.start)]
    if sentence and sentence[-1] > cut:
        cut = sentence[-1]
    head = next(
        (
            m
            for m in opener.finditer(text, cut, v.start)
            if len(_WORD3.findall(text, m.start(), v.start)) <= _OPENING_WORDS
        ),
        None,
    )
    if head is None and v.kind == "date":
        # A date is a phrase of time of its own, with no preposition: perhaps an article
        # or a weekday before it ("Le 5 mai, les députés ont rejeté…", "…, mardi 5 mai.").
        head = _BARE_DATE_LEAD.fullmatch(text, cut, v.start)
    if head is None and text[cut - 1 : cut] == "," and not text[cut : v.start].strip():
        # A tally after a comma at the sentence's end ("rejected the bill, 438 to 86."):
        # the count of the vote, no clause of its own, modifies the main clause before it.
        head = _tally_after_comma(text, v, lang)
    if head is None:
        return None
    stop = min(len(text), v.end + _ADVERBIAL_REACH[1])
    after = _clause_break(lang).search(text, v.end, stop)
    end = _CLAUSE_END.search(text, v.end, stop)
    opens_sentence = (
        cut == 0 or cut in sentence or _after_dateline(text, cut) or _after_label(text, cut)
    ) and not text[cut : head.start()].strip(' "“„«‘')
    if not opens_sentence and head.start() > cut:
        outer = _outer_opening(text, head.start(), opener, lang)
        if outer is not None:
            # "After the collapse of the regime in 2011, Salafists attacked bars": the
            # figure's phrase ends an opening phrase, which the main clause follows.
            cut, opens_sentence = outer, True
    if opens_sentence:
        # At the sentence's start: through its comma (one with no verb before it and no
        # conjunction after it) into the main clause, then across coordinated verbs.
        frame_subjects = _subject_frame(lang)
        finite = frame_subjects[1] if frame_subjects is not None else None
        main = v.end
        if (
            after is not None
            and after.group() == ","
            and (end is None or after.start() < end.start())
            and (finite is None or finite.search(text, v.end, after.start()) is None)
            # A conjunction right after a comma: ", and the rebels…" opens another clause.
            and _with_conjunctions(r"\s*", "", lang).match(text, after.end()) is None
        ):
            main = after.end()
        elif after is not None and coordinator.fullmatch(after.group()) is None:
            if end is None or after.start() < end.start():
                return None  # another break closes the figure's clause: "In 2019; …"
        return cut, _coordination_end(
            text, main, min(len(text), v.end + _ADVERBIAL_REACH[2]), coordinator
        )
    if after is not None and (end is None or after.start() < end.start()):
        return None  # the phrase does not end the sentence
    if end is None and stop < len(text):
        return None  # no sentence's end within reach
    # At the sentence's end: back across a comma right before the phrase, then across
    # coordinated verbs, to the main clause's start.
    hi = end.start() if end is not None else len(text)
    start = cut
    if text[cut - 1 : cut] == "," and not text[cut : head.start()].strip():
        start = cut - 1
    floor = max(0, v.start - _ADVERBIAL_REACH[2])
    bounds = [m.end() for m in _CLAUSE_END.finditer(text, floor, start)]
    floor = bounds[-1] if bounds else floor
    breaks = list(_clause_break(lang).finditer(text, floor, start))
    aside = start
    for m in reversed(breaks):
        if m.start() >= aside:
            continue  # inside a parenthesis the clause holds ("adopté (438 contre 86) le")
        if m.group() in ")）":
            opening = max(text.rfind("(", floor, m.start()), text.rfind("（", floor, m.start()))
            if opening >= 0:
                aside = opening
                continue
        if coordinator.fullmatch(m.group()) is None or text[
            max(floor, m.start() - 2) : m.start()
        ].rstrip().endswith(","):
            return m.end(), hi
    return floor, hi


#: How many words may stand between a coordinator and the verb it coordinates ("and
#: survived", "and then died").
_COORDINATED_GAP = 1


_CJK_COMMA = _lazy(r"[，,、]")


#: How far after a figure a CJK word of "after" may stand ("1000天后"), and how far the
#: main clause after its comma may run.
_CJK_AFTER_REACH = (6, 80)


def _opens_cjk_sentence(text: str, pos: int, leads: list[str], topics: Sequence[str] = ()) -> bool:
    """Whether `pos` opens its sentence (`_CJK_SENTENCE_END`), with at most one of `leads`
    before it ("在"), within `_CJK_AFTER_REACH`; or stands right after the sentence's
    topic, a phrase of no comma within `_CJK_TOPIC_REACH` ending in one of `topics`
    ("仏下院は5月5日、…を否決した")."""
    lo = max(0, pos - _CJK_AFTER_REACH[0])
    ends = list(_CJK_SENTENCE_END.finditer(text, lo, pos))
    start = ends[-1].end() if ends else (0 if lo == 0 else -1)
    if start >= 0 and text[start:pos].strip() in ("", *leads):
        return True
    if not topics:
        return False
    lo = max(0, pos - _CJK_TOPIC_REACH)
    ends = list(_CJK_SENTENCE_END.finditer(text, lo, pos))
    start = ends[-1].end() if ends else (0 if lo == 0 else -1)
    head = text[start:pos].strip() if start >= 0 else ""
    return bool(head) and head.endswith(tuple(topics)) and _CJK_COMMA.search(head) is None


#: How far (in characters) before a date its sentence's topic may start
#: (`_opens_cjk_sentence`).
_CJK_TOPIC_REACH = 16


#: The ends of sentences, not clauses, in Chinese or Japanese text.
_CJK_SENTENCE_END = _sentence_ends(r"[.!?;](?=\s|$)|[。！？；]")
