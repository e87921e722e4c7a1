"""Holders of a figure: the person or thing a rank or value is said of, gapped names and
nouns, full names beside a figure, and the activity a rank is for."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence
from functools import lru_cache

from .contrasts import _figure_mask
from .events import _TIE_BREAK
from .names import _NAME, _NOUN_AFTER, _PERSON_REACH, _gapped_name, _person_before
from .numerals import _stripped_end
from .patterns import _TOKEN, _alt, _lazy
from .results import Reading, Value, _close, _owner
from .rules import Rules, _base, _load_toml, rules_for
from .sentences import _CLAUSE_END, _MODAL_SENTENCE_END, _has_cjk
from .values import _MAX_NAMES
from .words import _same_word, _unaccented


def _rank_of_the_named(
    statement: str, q: Value, candidates: list[Value], readings: list[Reading]
) -> Value | None:
    """Another rank of the quote that stands far nearer than `q` to the names the statement
    and the quote share (capitalized words of three letters or more), or None."""
    others = [c for c in candidates if c.kind == "rank" and not _close(c.value, q.value)]
    if not others:
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    text = owner.text
    said, spots = _name_spots(statement, text)
    if not spots:
        return None

    ordered = sorted(spots)

    def distance(v: Value) -> int:
        # The nearest spot, on either side of the figure's start (a look, not a scan).
        i = bisect.bisect_left(ordered, v.start)
        return min(abs(spot - v.start) for spot in ordered[max(0, i - 1) : i + 1])

    in_owner = {id(v) for v in owner.values}
    same_text = [c for c in others if id(c) in in_owner]
    if not same_text:
        return None
    nearest = min(same_text, key=distance)
    if distance(q) > 2 * distance(nearest) + 20:
        return nearest
    if distance(q) <= distance(nearest):
        return None
    # "Moreau a pris la 2e place, devant Claire Petit, 3e", "holte Joseph Mouaha den 2.
    # Platz, gefolgt von Jan-Niklas Gwizdek": `q` stands beside the full name of a person the
    # statement does not name, nearer than to the statement's names; the nearer rank is
    # the subject's.
    return nearest if _another_full_name_beside(q, text, said, distance(q)) else None


def _value_of_the_named(
    statement: str,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    rules: Rules | None,
    person: re.Match[str] | None = None,
) -> Value | None:
    """The figure of the quote holding `q` that stands with the person the statement opens
    with (or `person`, the figure's own of several, `_person_of`), when the quote names
    other people beside figures of the kind too: "Gwizdek wurde
    Zweiter" for "holte Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek auf dem
    3. Platz" gives 3.; "Brill won in under four minutes" for "… in 04:03,40 min. Thilo
    Brill (LG Nord) … siegte in 3:53,99 min" gives 3:53,99; `q` itself when it is the
    person's. The person is the statement's subject: its opening name (not a possessor,
    "Erfurt's utility", nor a function word of the language, "Im Finale"), which the quote
    writes in a full name ("Jan-Niklas Gwizdek"). Each
    figure goes with the nearest person of its sentence (a club in brackets after a name is
    that person's). None when no figure goes with another person, or none with the
    statement's."""
    found = _people_of_figures(statement, q, candidates, readings, rules, person, 2)
    if found is None:
        return None
    figures, held, _, _ = found
    mine = [c for c in figures if (held[id(c)] or (0, False, ""))[1]]
    if not mine:
        return None
    if any(c is q for c in mine):
        # Only where another person has a figure too: none, and the words decide.
        return q if any(not (held[id(c)] or (0, True, ""))[1] for c in figures) else None
    return min(mine, key=lambda c: held[id(c)][0])  # type: ignore[index]


def _held_by_another(
    statement: str,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    rules: Rules | None,
    person: re.Match[str] | None = None,
) -> str | None:
    """The full name of the person the quote gives its one figure of the kind `q` to, when
    that is not the statement's person, whom the quote names too, but apart from `q`:
    "Gallego Gamez gewann mit 6,14 m" for "setzte sich die Favoritin Sarah-Michelle Kudla
    (SCC) mit 6,14m durch. 2. wurde Julieta Gallego Gamez", "Wieland verpasste mit 7,52
    sek die Goldmedaille" for "Yuliana Angulo verpasste mit 7,52 sek die Goldmedaille und
    musste sich Louise Wieland geschlagen geben". The person nearest `q` in its sentence
    (`_value_of_the_named`'s) holds it; None when that is the statement's, or no one."""
    found = _people_of_figures(statement, q, candidates, readings, rules, person, 1)
    if found is None:
        return None
    figures, _, people, opening = found
    if len(figures) != 1:
        return None  # several figures: `_value_of_the_named`
    # The people of `q`'s sentence before it: the nearest is another person, and the
    # statement's stands nowhere there ("Felix Hüttig siegte in 8:36,51 min vor Fabian
    # Clarkson": Clarkson comes after).
    before = [(end, i) for i, (start, end, _) in enumerate(people) if opening <= start < q.start]
    if not before or any(people[i][2] for _, i in before):
        return None
    end, i = max(before)
    if q.start - end > _PERSON_GAP:
        return None
    owner = _owner(q, readings)
    return owner.text[people[i][0] : end] if owner is not None else None


def _people_of_figures(
    statement: str,
    q: Value,
    candidates: list[Value],
    readings: list[Reading],
    rules: Rules | None,
    person: re.Match[str] | None,
    least: int,
) -> (
    tuple[list[Value], dict[int, tuple[int, bool, int] | None], list[tuple[int, int, bool]], int]
    | None
):
    """For `_value_of_the_named` and `_held_by_another`: the figures of `candidates` in
    the quote holding `q` (at least `least` of them), each with the person nearest it in
    its sentence (distance, whether the statement's person, the person's index), the
    people (start, end, whether the statement's person) and where `q`'s sentence starts;
    None when the quote does not name the statement's person."""
    owner = _owner(q, readings)
    if owner is None or _has_cjk(owner.text):
        return None
    text = owner.text
    ids = {id(x) for x in candidates}  # a set: a look per figure, not a scan of them all
    figures = [c for c in owner.values if id(c) in ids]
    if len(figures) < least:
        return None
    subject = person or _FULL_NAME.match(statement) or _NAME.match(statement)
    if subject is None or not subject.group()[:1].isupper() or len(subject.group()) < 3:
        return None
    if statement[subject.end() : subject.end() + 2] in ("'s", "’s"):
        return None
    opening = subject.group().split()[0].lower()
    if rules is not None and rules.function_words and opening in rules.function_words:
        return None
    surname = re.split(r"[ -]", subject.group())[-1]
    inside = _figure_mask(owner.values, len(text))  # 1: a position inside a figure
    fulls = [
        m
        for m in _full_names(text)[0]
        if not _in_brackets(text, m.start()) and not inside[m.start()]
    ]
    if not any(m.group().split()[-1] == surname for m in fulls):
        return None  # the quote does not name the statement's subject as a person
    # (start, end, the statement's person?) of each person the quote names.
    # A lone figure's person may open the sentence ("Yuliana Angulo (LG Nord) verpasste
    # mit 7,52 sek"): a full name with a club in brackets after it, or that opens with no
    # function word of the language ("Am Ende").
    people = [
        (m.start(), m.end(), False)
        for m in fulls
        if surname not in re.split(r"[ -]", m.group())
        and (
            _mid_sentence(text, m.start())
            or (
                least == 1
                and (
                    text.startswith(" (", m.end())
                    or (
                        rules is not None
                        and rules.function_words is not None
                        and m.group().split()[0].lower() not in rules.function_words
                    )
                )
            )
        )
    ]
    people += [(at, at + len(surname), True) for at in _word_starts(surname, text)]
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(text) if not inside[m.start()]]
    if least == 1:
        # A sentence may open with a place ("durch. 2. wurde Julieta Gallego Gamez").
        ends = sorted({*ends, *(m.end() for m in _RANK_OPENS_NEXT.finditer(text))})

    def sentence(pos: int) -> int:
        return bisect.bisect_right(ends, pos)  # the sentence ends at or before `pos`

    # The people of each sentence, by where they end and where they start (with their
    # order among all people): a figure's nearest is looked up, not looked for among all.
    groups: dict[int, tuple[list[tuple[int, int, bool]], list[tuple[int, int, bool]]]] = {}
    for i, (start, end, stated_person) in enumerate(people):
        group = groups.setdefault(sentence(start), ([], []))
        group[0].append((end, i, stated_person))
        group[1].append((start, i, stated_person))
    for by_end, by_start in groups.values():
        by_end.sort()
        by_start.sort()

    def holder(c: Value) -> tuple[int, bool, int] | None:
        """The distance to the person nearest `c` in its sentence, before (ending at or
        before it) or after it (starting at or after its end), the statement's person
        first at one distance, then the first named; whether it is the statement's; the
        person's index."""
        group = groups.get(sentence(c.start))
        if group is None:
            return None
        by_end, by_start = group
        near: list[tuple[int, bool, int]] = []  # (distance, not the statement's, order)
        k = bisect.bisect_right(by_end, (c.start, math.inf))
        last = by_end[k - 1][0] if k else None
        while k and by_end[k - 1][0] == last:  # each person ending nearest before `c`
            k -= 1
            near.append((c.start - by_end[k][0], not by_end[k][2], by_end[k][1]))
        j = bisect.bisect_left(by_start, (c.end, -1))
        first = by_start[j][0] if j < len(by_start) else None
        while j < len(by_start) and by_start[j][0] == first:  # each starting nearest after
            near.append((by_start[j][0] - c.end, not by_start[j][2], by_start[j][1]))
            j += 1
        if not near:
            return None
        distance, other, index = min(near)
        return distance, not other, index

    held = {id(c): holder(c) for c in figures}
    return figures, held, people, ends[sentence(q.start) - 1] if sentence(q.start) else 0


#: A sentence's end before a sentence that opens with a place ("durch. 2. wurde").
_RANK_OPENS_NEXT = _lazy(r"(?<=\w)[.!?](?=\s+\d{1,2}\.\s)")


#: Times and measures a person achieves ("lief 7,52 sek", "sprang 6,14 m"; a whole
#: number of metres is rather a race's distance, "60 m"): one the quote gives to another
#: person is not the statement's person's (`_held_by_another`).
_PERSONAL_TIMES = frozenset({"millisecond", "second", "minute", "hour"})


_PERSONAL_MEASURES = frozenset({"meter", "centimeter"})


#: How far (in characters) before its figure `_held_by_another` looks for its person.
_PERSON_GAP = 60


def _person_of(
    statement: str, s: Value, kin: list[Value], rules: Rules | None
) -> re.Match[str] | None:
    """The person of `s`, one of the statement's figures of a kind (`kin`), when each of
    them has its own (`_person_before`: "Mouaha fue segundo y Gwizdek, tercero": Mouaha's
    2nd, Gwizdek's 3rd). None when a figure has no person or two figures share one."""

    def person(v: Value) -> re.Match[str] | None:
        after = max((k.end for k in kin if k.end <= v.start), default=0)
        return _person_before(statement, v.start, rules, after)

    mine = person(s)
    if mine is None:
        return None
    others = [person(v) for v in kin if v is not s]
    if any(o is None or o.group() == mine.group() for o in others):
        return None
    return mine


#: Kinds of figure that stand beside the coordinated figure of a gapped clause, not for it
#: ("Smith won 49 seats in 2019 and Jones 51": 49 is coordinated with 51).
_BESIDE_KINDS = frozenset({"year", "date", "relative"})


def _gapped_holders(
    text: str, values: list[Value], i: int, rules: Rules
) -> tuple[tuple[Value, str], tuple[Value, str]] | None:
    """The two figures of a gapped coordination whose second is figure i of `values`
    (`_gapped_name`), each with its holder: the second is the name's, the first (the
    figure before, over a date beside it) its person's (`_person_before`: Smith's 49 in
    "Smith won 49 seats and Jones 51"). Names without accents, or None."""
    g = values[i]
    j = i - 1
    if j > 0 and values[j].kind in _BESIDE_KINDS and g.kind not in _BESIDE_KINDS:
        j -= 1
    e = values[j]
    name = _gapped_name(text, values[i - 1], g, rules)
    if name is None or not name.group(1)[:1].isupper():
        return None
    first = _person_before(text, e.start, rules, values[j - 1].end if j >= 1 else 0)
    if first is None or first.group() == name.group(1):
        return None
    return (e, _unaccented(first.group())), (g, _unaccented(name.group(1)))


def _holder_figure(
    stated: Reading,
    s: Value,
    after: int,
    q: Value,
    readings: list[Reading],
    langs: Sequence[str | None],
    rules: Rules | None,
) -> Value | None:
    """The figure of `q`'s gapped coordination (`_gapped_holders`) that the statement's
    person holds: "Jones won 49 seats" for "Smith won 49 seats and Jones 51" (or "Jones a
    obtenu 51 sièges et Smith 49") gives 51. The statement's person is the name nearest
    before `s` after `after` (`_person_before`). `q` itself when it is the person's; None
    when it stands in no such coordination or the person holds neither figure."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    k = next(n for n, r in enumerate(readings) if r is owner)
    theirs = rules_for(langs[k] if k < len(langs) else None)
    i = next((n for n, v in enumerate(owner.values) if v is q), None)
    if theirs is None or i is None:
        return None
    for at in (i, i + 1, i + 2):
        held = (
            _gapped_holders(owner.text, owner.values, at, theirs)
            if 0 < at < len(owner.values)
            else None
        )
        if held is None or not any(v is q for v, _ in held):
            continue
        mine = _person_before(stated.text, s.start, rules, after)
        name = _unaccented(mine.group()) if mine is not None else None
        return next((v for v, holder in held if holder == name), None)
    return None if rules is None else _holder_said(stated, s, owner, i, rules, theirs)


def _holder_said(
    stated: Reading, s: Value, owner: Reading, i: int, rules: Rules, theirs: Rules
) -> Value | None:
    """For `_holder_figure`, the statement's gapped coordination instead of the quote's:
    "Smith won 49 seats and Jones 51" for "Jones获得49席，Smith获得51席" or "Jones won 49
    seats; Smith won 51": the quote's figure near figure i (`q`) whose person
    (`_person_before`) is the holder of `s`, when `q`'s person is the statement's other
    holder; else None (never `q`: a person read in the quote's own words confirms
    nothing)."""
    j = next((n for n, v in enumerate(stated.values) if v is s), None)
    if j is None:
        return None
    values = owner.values

    def person(n: int) -> str | None:
        m = _person_before(owner.text, values[n].start, theirs, values[n - 1].end if n else 0)
        return _unaccented(m.group()) if m is not None else None

    for at in (j, j + 1, j + 2):
        held = (
            _gapped_holders(stated.text, stated.values, at, rules)
            if 0 < at < len(stated.values)
            else None
        )
        name = next((h for v, h in held if v is s), None) if held is not None else None
        if name is None or held is None:
            continue
        # `q`'s person must be the statement's other holder ("Jones获得49席"), no name the
        # statement does not hold ("According to Reuters, 49 seats went to Smith").
        if person(i) not in {h for _, h in held} - {name}:
            return None
        near = [
            n
            for n in range(max(0, i - 2), min(len(values), i + 3))
            if n != i and abs(values[n].start - values[i].start) <= _PERSON_REACH
        ]
        return next((values[n] for n in near if person(n) == name), None)
    return None


def _gapped_noun(
    statement: str,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: Sequence[str | None],
    lang: str | None,
) -> str | None:
    """The noun the quote's figure `q` of a gapped coordination counts, when the statement's
    figure counts another: "Jones won 51 votes" for "Smith won 49 seats and Jones 51" gives
    "seats" (the second figure shares the first's noun). Nouns are the words right after
    the figures, no function words; across languages, the kinds of [tallies] they say."""
    owner = _owner(q, readings)
    k = next((n for n, r in enumerate(readings) if r is owner), len(langs))
    rules = rules_for(lang)
    if owner is None or rules is None or k >= len(langs):
        return None
    if _base(langs[k]) != _base(lang):
        # Across languages, the nouns' kinds ([counted]) tell them apart: "Jones a obtenu
        # 51 voix" for "Smith won 49 seats and Jones 51" (votes, not seats).
        i = next(n for n, v in enumerate(owner.values) if v is q)
        lead = q
        if not _counted_kind(owner.text, q, langs[k], "tallies")[0] and i > 0:
            lead = owner.values[i - 1]
        mine_kinds = _counted_kind(statement, s, lang, "tallies")[0]
        their_kinds, their_word = _counted_kind(owner.text, lead, langs[k], "tallies")
        if mine_kinds and their_kinds and not mine_kinds & their_kinds:
            return their_word
        return None
    skip = rules.function_words or frozenset()
    mine = _NOUN_AFTER.match(statement, s.end)
    if mine is None or mine.group(1).lower() in skip:
        return None
    i = next(n for n, v in enumerate(owner.values) if v is q)
    lead = q
    if _NOUN_AFTER.match(owner.text, q.end) is None and i > 0:
        lead = owner.values[i - 1]  # "and Jones 51.": the noun of the figure before
    theirs = _NOUN_AFTER.match(owner.text, lead.end)
    if theirs is None or theirs.group(1).lower() in skip:
        return None
    if _same_word(mine.group(1).lower(), theirs.group(1).lower()):
        return None
    return theirs.group(1)


def _in_brackets(text: str, pos: int) -> bool:
    """Whether `pos` stands inside round brackets ("Thilo Brill (LG Nord)")."""
    # The last round bracket before it opens one: looked up among the text's brackets
    # (found once per text), where `text.rfind` scanned back over the text before each.
    positions, brackets = _round_brackets(text)
    at = bisect.bisect_left(positions, pos)
    return at > 0 and brackets[at - 1] == "("


@lru_cache(maxsize=64)
def _round_brackets(text: str) -> tuple[list[int], str]:
    """The positions of the text's round brackets, and the brackets in order."""
    found = [(m.start(), m.group()) for m in _ROUND_BRACKET.finditer(text)]
    return [at for at, _ in found], "".join(c for _, c in found)


_ROUND_BRACKET = _lazy(r"[()]")


def _activity(text: str, v: Value) -> set[str]:
    """What a rank ranks: the words after it to the end of its clause ("the first [man to
    walk on the moon]"; "第一个[在月球上行走的人]"), as word keys, or character pairs in
    Chinese and Japanese."""
    window = text[v.end : v.end + 48]
    cut = _TIE_BREAK.search(window) if not _has_cjk(window) else _CLAUSE_END.search(window)
    if cut:
        window = window[: cut.start()]
    if _has_cjk(window):
        chars = [c for c in window if not c.isspace()]
        return {a + b for a, b in zip(chars, chars[1:], strict=False)}
    return {_unaccented(t.lower()[:5]) for t in _TOKEN.findall(window) if len(t) >= 3}


def _rank_of_the_activity(
    stated: Reading, s: Value, q: Value, candidates: list[Value], readings: list[Reading]
) -> Value | None:
    """Another rank of the quote that ranks what the statement's rank ranks, when `q` ranks
    something else: "the first man to walk on the moon" for "the second to walk on the
    moon, but the first to drink there" ("第一个在月球上行走的人" for "第二个在月球上行走的
    人，但他是第一个在月球上喝酒的人")."""
    mine = _activity(stated.text, s)
    owner = _owner(q, readings)
    if len(mine) < 2 or owner is None:
        return None
    ids = {id(x) for x in candidates}
    ranks = [c for c in owner.values if c.kind == "rank" and id(c) in ids]
    if len(ranks) < 2:
        return None
    scores = {id(c): len(mine & _activity(owner.text, c)) for c in ranks}
    best = max(ranks, key=lambda c: scores[id(c)])
    if _close(best.value, q.value) or scores[id(best)] < 2:
        return None
    return best if scores[id(best)] > scores[id(q)] + 1 else None


def _title_of(text: str, v: Value, rules: Rules | None) -> str | None:
    """The title a rank is part of: "第5版" glued to a title's last character
    ("小学国語辞典第5版", not "辞典の第5版"), for the counters of [identifiers]
    `title_counters` (版, 巻, 卷, 号); the title's kanji and katakana before it."""
    counters = rules.data.get("identifiers", {}).get("title_counters", "") if rules else ""
    if not counters or v.start < 2 or text[v.start - 1] != "第" or v.end >= len(text):
        return None
    if text[v.end] not in counters:
        return None
    start = v.start - 1
    while start > max(0, v.start - 17) and _TITLE_CHAR.match(text[start - 1]):
        start -= 1
    return text[start : v.start - 1] or None


#: A character of a title in Chinese or Japanese: kanji, katakana and the long vowel mark.
_TITLE_CHAR = _lazy(r"[\u4e00-\u9fff\u30a0-\u30ff]")


def _rank_of_another(statement: str, q: Value, readings: list[Reading]) -> bool:
    """Whether quote rank `q` is another person's: the statement's names stand in the
    quote, but a full name the statement does not give stands nearer to `q` ("2. wurde
    Julieta Gallego Gamez, gefolgt von Sarah Schäfer" for "Sarah Schäfer wurde Dritte":
    the quote gives no place of hers to compare)."""
    owner = _owner(q, readings)
    if owner is None:
        return False
    text = owner.text
    # Only a person the statement names in full ("Sarah Schäfer") and the quote names too.
    if not any(m.group() in text for m in _FULL_NAME.finditer(statement)):
        return False
    said, spots = _name_spots(statement, text)
    if not spots:
        return False
    if _possessed_by_named(text, q, spots):
        return False
    mine = min(abs(spot - q.start) for spot in spots)
    return _another_full_name_beside(q, text, said, mine)


@lru_cache(maxsize=1)
def _possessive_words() -> re.Pattern[str]:
    words = _load_toml("common").get("rank_possessed", {}).get("words", [])
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+$", re.I)


def _possessed_by_named(text: str, q: Value, spots: list[int]) -> bool:
    """Whether rank `q` follows a possessive ("his first", "son premier") and a name of the
    statement stands before it in its sentence: the rank is that person's ("Jamie Werner
    … recently attended his first mass beaching on Ninety Mile Beach")."""
    if not _possessive_words().search(text, max(0, q.start - 8), q.start):
        return False
    before = [spot for spot in spots if spot < q.start]
    if not before:
        return False
    return re.search(r"[.!?](?=\s)", text[max(before) : q.start]) is None


@lru_cache(maxsize=1)
def _behind_words() -> re.Pattern[str]:
    words = _load_toml("common").get("rank_behind", {}).get("words", [])
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+$", re.I)


def _named_behind(statement: str, q: Value, readings: list[Reading]) -> bool:
    """Whether the quote puts the person the statement names in full behind the person
    beside rank `q`, in its sentence ("2. wurde Julieta Gamez (LG Nord), gefolgt von Sarah
    Schäfer", "The 2nd place went to Maria Lopez, ahead of Anna Weber"): that rank is not
    the statement's person's."""
    owner = _owner(q, readings)
    if owner is None:
        return False
    text = owner.text
    behind = _behind_words()
    for m in _FULL_NAME.finditer(statement):
        name = re.compile(rf"(?<!\w){re.escape(m.group())}(?!\w)")
        # Only starts within 120 characters after the rank; one character more for (?!\w).
        for at in name.finditer(text, q.end, q.end + 120 + len(m.group()) + 1):
            if at.start() > q.end + 120:
                continue
            between = text[q.end : at.start()]
            if re.search(r"[.!?](?=\s)", between) or any(
                v.kind == "rank" and q.end <= v.start < at.start() for v in owner.values
            ):
                continue
            if behind.search(text, q.end, at.start()):
                return True
    return False


def _word_starts(word: str, text: str) -> list[int]:
    r"""Where `text` writes `word` (not empty) whole, with no word character right before or
    after it: the starts of ``re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)``, by
    string searches (no pattern compiled for each word). A word character is what ``\w``
    matches: ``c.isalnum()`` or "_".

    >>> _word_starts("Ann", "Ann, Anna and ANN; Ann_ or Ann")
    [0, 27]
    """
    out = []
    size = len(word)
    at = text.find(word)
    while at != -1:
        before, after = text[at - 1 : at], text[at + size : at + size + 1]
        if (before.isalnum() or before == "_") or (after.isalnum() or after == "_"):
            at = text.find(word, at + 1)
        else:
            out.append(at)
            at = text.find(word, at + size)  # the matches do not overlap
    return out


def _name_spots(statement: str, text: str) -> tuple[set[str], list[int]]:
    """The statement's capitalized words (lowercased) and where `text` says them. The
    statement's first word counts as a name ("Mouaha wurde Dritter") only where the quote
    writes it inside a sentence, not at a sentence's start."""
    names = {
        (m.group(), m.start() == 0)
        for m in _NAME.finditer(statement)
        if m.group()[0].isupper() and len(m.group()) >= 3
    }
    names = set(sorted(names)[:_MAX_NAMES])  # bounded work: names x quote length
    spots = [
        at
        for name, first in names
        for at in _word_starts(name, text)
        if not first or _mid_sentence(text, at)
    ]
    return {name.lower() for name, _ in names}, spots


def _another_full_name_beside(q: Value, text: str, said: set[str], reach: int) -> bool:
    """Whether a full name none of whose words the statement says stands within
    `_NAME_REACH` of `q` (inside a sentence) and nearer than `reach`. The names within
    reach are looked up among the text's (found once per text), not looked for in it."""
    names, starts, ends = _full_names(text)
    # Those ending at most `_NAME_REACH` before `q`, then those starting as far after it.
    before = range(
        bisect.bisect_left(ends, q.start - _NAME_REACH), bisect.bisect_right(ends, q.start)
    )
    after = range(
        bisect.bisect_left(starts, q.end), bisect.bisect_right(starts, q.end + _NAME_REACH)
    )
    for m in (names[i] for i in itertools.chain(before, after)):
        gap = q.start - m.end() if m.end() <= q.start else m.start() - q.end
        if (
            0 <= gap <= _NAME_REACH
            and gap < reach
            and _mid_sentence(text, m.start())
            and not {w.lower() for w in re.split(r"[ -]", m.group())} & said
        ):
            return True
    return False


@lru_cache(maxsize=64)
def _full_names(text: str) -> tuple[tuple[re.Match[str], ...], list[int], list[int]]:
    """The text's `_FULL_NAME` matches, their starts and their ends (both ascending)."""
    names = tuple(_FULL_NAME.finditer(text))
    return names, [m.start() for m in names], [m.end() for m in names]


#: How far a rank may stand from a person's name to be that person's.
_NAME_REACH = 30


#: A person's full name: two capitalized words ("Claire Petit", "Jan-Niklas Gwizdek").
_FULL_NAME = _lazy(r"(?<!\w)[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)? [A-ZÀ-Þ][^\W\d_]+(?!\w)")


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether `pos` is inside a sentence: a word before it, no sentence end between."""
    before = _stripped_end(text, pos)
    return before > 0 and text[before - 1] not in ".!?:;\"'“”„«»()[]-–—。！？"


#: What a figure counts stands in the few words after it, up to the next figure or the end
#: of its clause: "33 [federal hate crime counts]", "nine [people]", "10 [députés socialistes]".
_TIE_REACH = 4


#: Figures whose counted thing the binding check reads: amounts, not dates or ranks.
_TIED_KINDS = frozenset({"number", "percent", "points", "money", "unit", "multiplier"})


@lru_cache(maxsize=64)
def _counted_kinds(lang: str | None, section: str = "counted") -> re.Pattern[str] | None:
    """The language's words for things counted that are never one another ([counted]:
    page views, visitors, visits; the dead, the injured; or [tallies]: votes, seats): one
    pattern, a group per kind."""
    rules = rules_for(lang)
    if rules is None:
        return None
    kinds = [(kind, words) for kind, words in sorted(rules.data.get(section, {}).items()) if words]
    if not kinds:
        return None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    groups = "|".join(f"(?P<{kind}>{_alt(words)})" for kind, words in kinds)
    return re.compile(rf"{left}(?:{groups}){right}", re.I)


_COUNTED_REACH = 4


#: Punctuation that closes a Chinese or Japanese phrase (`_counted_kind`).
_CJK_PHRASE_END = re.compile(r"[、，。；：！？（）]")

#: What joins two counted nouns in Chinese or Japanese: the words after it are the next
#: count's ("ライフル3丁とショットガン2丁", "三支步枪和两支霰弹枪"), not this one's.
_CJK_AND = re.compile(r"[と和及与與]")


def _counted_kind(
    text: str, v: Value, lang: str | None, section: str = "counted"
) -> tuple[set[str], str]:
    """The kinds of thing counted in the few words after `v` (up to its clause's end), and
    the first word that says one."""
    pattern = _counted_kinds(lang, section)
    if pattern is None:
        return set(), ""
    window = text[v.end : v.end + 48]
    cut = _TIE_BREAK.search(window)
    if cut:
        window = window[: cut.start()]
    rules = rules_for(lang)
    if rules is not None and not rules.cjk:
        words = list(_TOKEN.finditer(window))
        if len(words) > _COUNTED_REACH:
            window = window[: words[_COUNTED_REACH - 1].end()]
    else:
        # A Chinese or Japanese count's noun stands before it or right after its counter,
        # not past the punctuation closing its phrase ("負傷者は約50人、死亡した銃撃犯は2人":
        # the 50 count the wounded).
        window = _CJK_PHRASE_END.split(window[:8], maxsplit=1)[0]
        window = _CJK_AND.split(window, maxsplit=1)[0]
        if not pattern.search(window):
            # Else the topic or subject before it in its phrase ("死亡した鉱夫は約30人").
            window = _CJK_PHRASE_END.split(text[max(0, v.start - 8) : v.start])[-1]
    found = [(m.lastgroup or "", m.group()) for m in pattern.finditer(window)]
    return {kind for kind, _ in found}, found[0][1] if found else ""
