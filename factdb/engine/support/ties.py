"""Tied figures: the words around a statement's figure that the quote ties to another
figure (attributes, sides, holders, brackets, compass points, tables, groups)."""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date
from functools import lru_cache

from .ages import _anaphora, _has_anaphora
from .arithmetic import _counted_nouns, _worked_words
from .clauses import _CLAUSE_BREAK, _WORD3, _clause_bounds, _cognate_keys
from .contrasts import _CJK_CLAUSE_CUT, _ends_outside
from .counted import _axis_of, _meanings_apart, _nouns_counted
from .directions import _verb
from .events import _TIE_BREAK, _figure_anaphora, _word_list_re
from .holders import (
    _NAME_REACH,
    _TIED_KINDS,
    _another_full_name_beside,
    _counted_kind,
    _mid_sentence,
    _name_spots,
    _word_starts,
)
from .names import _NAME
from .negation import _LETTERS, _SENTENCE_END, _START
from .numerals import _last_end
from .pairs import _tied_year
from .parts import _part_whole_pairs
from .patterns import _TOKEN, _alt, _lazy
from .periods import _CJK_CLAUSE_END
from .readers import _REGION_END
from .regions import _FRAME_BEFORE, _share_of, _whole_of_share
from .results import Reading, Value, _close, _family, _owner
from .roles import _counted_nouns_in
from .rules import _NEVER, _base, _load_toml, rules_for
from .sentences import _CJK_CHAR, _LONG_WORD, _MODAL_SENTENCE_END, _has_cjk
from .values import _compare, _holds_value
from .words import _SHORT, _marks, _meanings, _same_word, _ties, _unaccented


def _moved(
    s: Value, q: Value, other: Value, word: str, published: date | None, otherwise: str
) -> tuple[Value, str, str]:
    """The comparison moved from ``q`` to ``other``, the figure a word of the statement
    (``word``) goes with in the quote: ``(other, verdict, note)`` when ``other`` meets
    ``s``; else ``otherwise`` ("contradicted": against ``other``; "missing": left to a
    person, ``q`` kept) with a note naming the tie."""
    verdict, note = _compare(s, other, published)
    if verdict in ("match", "overstated"):
        return other, verdict, note
    note = f"in the quote {word!r} goes with {other.shown!r}, not {q.shown!r}"
    return (other if otherwise == "contradicted" else q), otherwise, note


def _repeat_counts_another(
    stated: Reading, s: Value, met: list[tuple[Value, Value]], readings: list[Reading]
) -> tuple[Value, str] | None:
    """(the quote's other figure, its word) when the statement gives a count `s` it already
    gave (and met) again, of a meaning of [counted_nouns] its first use does not say, the
    quote's figure it met says otherwise on that axis, and another figure of that quote
    counts that meaning: "all 33 counts for murdering 33 people" for "all 33 federal hate
    crime counts for murdering nine people" gives (nine, "people"). None otherwise, or when
    a figure of the quote close to `s` counts that meaning too."""
    if s.kind != "number":
        return None
    first = next(
        (
            (s1, q1)
            for s1, q1 in met
            if s1 is not s and s1.kind == s.kind and _close(s1.value, s.value)
        ),
        None,
    )
    if first is None:
        return None
    mine = _nouns_counted(stated.text, s, stated.values)[0]
    if not mine:
        return None
    s1, q1 = first
    owner = _owner(q1, readings)
    if owner is None:
        return None
    apart = _meanings_apart(mine, _nouns_counted(owner.text, q1, owner.values)[0])
    if not apart:
        return None
    wanted = {m for m in mine if _axis_of(m) in apart}
    if wanted & _nouns_counted(stated.text, s1, stated.values)[0].keys():
        return None  # the statement's first use says it too
    found = None
    for c in owner.values:
        if c.kind != "number" or c is q1:
            continue
        theirs = _nouns_counted(owner.text, c, owner.values)[0]
        both = wanted & theirs.keys()
        if not both:
            continue
        if _close(c.value, s.value):
            return None  # the quote counts it with the statement's figure as well
        found = found or (c, theirs[min(both)])
    return found


@lru_cache(maxsize=16)
def _attribute_words(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The words of [figure_attributes] of a language, one named group per attribute, and
    each attribute's axis (its pair of [figure_attribute_pairs]: "read" and "write")."""
    pairs = _load_toml("common").get("figure_attribute_pairs", {}).get("pairs", [])
    axis = {m: "/".join(pair) for pair in pairs for m in pair}
    table = _load_toml(_base(lang) or "").get("figure_attributes", {}) if lang else {}
    groups = []
    for meaning, words in table.items():
        if meaning not in axis or not words:
            continue
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        groups.append(f"(?P<{meaning}>{alts})")
    if not groups:
        return None, axis
    body = "|".join(groups)
    if _base(lang) in ("ja", "zh"):
        return re.compile(body), axis
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I), axis


def _attributes_near(text: str, v: Value, values: list[Value], lang: str | None) -> dict[str, str]:
    """The attributes ([figure_attributes]) said of figure `v`, by axis: the nearest before
    it in its clause (back to the figure before), else the first after it in its clause (up
    to the figure after)."""
    pattern, axis = _attribute_words(lang)
    if pattern is None:
        return {}
    begin = max([u.end for u in values if u.end <= v.start] + [0, v.start - 48])
    lead = raw_lead = text[begin : v.start]
    for brk in (_TIE_BREAK, _CJK_CLAUSE_END, _CLAUSE_BREAK):
        cuts = list(brk.finditer(lead))
        if cuts:
            lead = lead[cuts[-1].end() :]
    stop = min([u.start for u in values if u.start >= v.end] + [len(text), v.end + 48])
    trail = raw_trail = text[v.end : stop]
    for brk in (_TIE_BREAK, _CJK_CLAUSE_END, _CLAUSE_BREAK):
        cut = brk.search(trail)
        if cut is not None:
            trail = trail[: cut.start()]
    found: dict[str, str] = {}
    # Both of a pair between `v` and the figure before it ("reads and writes at 3,400 MB/s
    # and 2,800 MB/s respectively"), or after it when nothing before says one: which one
    # is `v`'s is no word's to say ("").
    for window, whole in ((raw_lead, True), (lead, False), (raw_trail, True), (trail, False)):
        here: dict[str, set[str]] = {}
        for m in pattern.finditer(window):
            here.setdefault(axis[m.lastgroup or ""], set()).add(m.lastgroup or "")
        for ax, said in here.items():
            if whole:
                if len(said) > 1:
                    found.setdefault(ax, "")
                continue
            found.setdefault(ax, min(said) if len(said) == 1 else "")
    return found


def _attributes_swapped(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> list[tuple[Value, Value, str, str]]:
    """(s, q, the statement's attribute, the quote's) for each met pair whose figures are
    said of the two attributes of one pair ([figure_attribute_pairs]): "writes at up to
    3,470 MB/s" for "シーケンシャルリードが最大3470MB/s". Left alone when a figure of the
    quotes close to `s` has the statement's attribute or none."""
    pattern, _ = _attribute_words(statement_lang)
    if pattern is None or pattern.search(stated.text) is None:
        return []
    out = []
    for s, q in met:
        mine = _attributes_near(stated.text, s, stated.values, statement_lang)
        if not mine:
            continue
        for ax, attr in mine.items():
            if not attr:
                continue
            others = []
            for r, lang in zip(readings, langs, strict=False):
                for c in r.values:
                    if c.kind == q.kind and c.dim == q.dim and _close(c.value, q.value):
                        others.append(_attributes_near(r.text, c, r.values, lang).get(ax))
            # `q` is among them: each says the pair's other attribute.
            if not others or any(not o or o == attr for o in others):
                continue
            out.append((s, q, attr, str(others[0])))
            break
    return out


def _swapped_ties(
    ties: list[tuple[Value, Value, Value, str, tuple[list[str], bool], int, int]],
    met: list[tuple[Value, Value]],
    src: str,
    published: date | None,
    text: str,
    lang: str | None,
    readings: list[Reading],
) -> list[tuple[int, int, str]]:
    """The ties left to a person (`_moved` with "missing") that the statement itself
    settles: the statement's word for `s` goes in the quote with another figure, and the
    statement gives that very figure to another of its figures, which met it (``met``) or
    whose own word goes with `s`'s figure ("Die Stadtwerke halten 49 Prozent, die Messe 51
    Prozent" for "zu 51 Prozent durch die Stadtwerke und zu 49 Prozent von der Messe";
    "energy use by 40% and the CO2 footprint by 70%" for "70 Prozent weniger Energie und …
    CO2-Fußabdruck … um 40 Prozent"): the figures are swapped, each holder has the other's.
    A tie with no such second figure stays a person's call; so does one read from the
    words of the statement's whole sentence (`_told_of_another_date`) unless each of them
    stands on `s`'s side of the clause break between the two figures ("Rebels burned farms
    in 2013 and soldiers stormed the palace in 2014": the palace is 2014's, not 2013's).
    ``(where in `unverified`, where in `elements`, the reason)`` for each settled tie."""
    settled = []
    for s, q, other, word, words, at, e_at in ties:
        if _compare(s, other, published)[0] != "contradicted":
            continue  # "1997" for "the mid-1990s": the holder's own figure does not deny it
        said = f"the statement says {s.shown!r} but {src} {_verb('says', src)} {q.shown!r}"
        go = "go" if "', '" in word else "goes"
        tie = f"in the quote {word} {go} with {other.shown!r}, not {q.shown!r}"
        mutual = next(
            (
                (s2, word2, words2)
                for s2, q2, other2, word2, words2, *_ in ties
                if s2 is not s and q2 is other and other2 is q
            ),
            None,
        )
        if mutual is not None:
            s2, word2, words2 = mutual
            if not (_on_its_side(text, s, s2, words) and _on_its_side(text, s2, s, words2)):
                continue
            go = "go" if "', '" in word2 else "goes"
            why = (
                f"{tie}, and {word2} {go} with {q.shown!r}, to which the statement gives "
                f"{s2.shown!r}: the figures are swapped"
            )
        else:
            giver = next((s2 for s2, q2 in met if q2 is other and s2 is not s), None)
            if giver is None:
                named = _names_apart(text, q, other, words, readings)
                if named is not None:
                    # "Wencke gewann in 8,15 Sekunden" for "Julian in 8,15 sek und Wencke
                    # ließ die Konkurrenz in 8,71 sek hinter sich": each name has its own.
                    why = f"{tie}, and {named!r} goes with {q.shown!r}"
                    settled.append((at, e_at, f"{said} ({why})"))
                continue
            if not _on_its_side(text, s, giver, words):
                continue
            if _pronoun_on_its_side(text, giver, s, lang):
                # "… separated Adebola from the winner, who ran 6.82 seconds", "…, and he
                # ran 6.82": the other figure's clause may speak of the same holder.
                continue
            why = (
                f"{tie}, and the statement gives {giver.shown!r}, the quote's {other.shown!r}, "
                "to another holder: the figures are swapped"
            )
        settled.append((at, e_at, f"{said} ({why})"))
    return settled


def _clause_span(text: str, v: Value, values: list[Value]) -> tuple[int, int, bool]:
    """The clause of figure `v` in `text`: from the last sentence end or clause break
    before it to the first after it (none inside a figure: "8,15 sek"), and whether it
    opens its sentence."""
    taken = [(w.start, w.end) for w in values]

    def free(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in taken)

    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, v.start) if free(m)), default=0)
    opening = True
    for m in _CLAUSE_BREAK.finditer(text, lo, v.start):
        if free(m):
            lo, opening = m.end(), False
    hi = next((m.start() for m in _SENTENCE_END.finditer(text, v.end) if free(m)), len(text))
    hi = next((m.start() for m in _CLAUSE_BREAK.finditer(text, v.end, hi) if free(m)), hi)
    return lo, hi, opening


def _names_apart(
    text: str,
    q: Value,
    other: Value,
    words: tuple[list[str], bool],
    readings: list[Reading],
) -> str | None:
    """The name the quote gives `q` in its own clause, when the statement's name (the one
    word of the tie, capitalized) stands only in the other figure's clause, which does not
    open the sentence before the name (a sentence's subject is every clause's: "Die Arena
    GmbH wird zu 51 Prozent … und zu 49 Prozent …"), and `q`'s clause names someone the
    statement does not name at all and nothing the statement names ("Wencke gewann in
    8,15" for "Shelton siegte in 7,81 sek, Julian in 8,15 sek und Wencke ließ die
    Konkurrenz in 8,71 sek hinter sich" gives "Julian"). None otherwise: a person reads."""
    found, strict = words
    if strict or len(found) != 1 or not found[0][:1].isupper() or len(found[0]) < 3:
        return None
    word = found[0]
    owner = _owner(q, readings)
    if owner is None or _owner(other, readings) is not owner or _has_cjk(owner.text):
        return None
    quote = owner.text
    o_lo, o_hi, o_opening = _clause_span(quote, other, owner.values)
    q_lo, q_hi, _ = _clause_span(quote, q, owner.values)
    if not (q_hi <= o_lo or o_hi <= q_lo):
        return None
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", quote)]
    if not spots or any(not o_lo <= at < o_hi for at in spots):
        return None
    if o_opening and any(at < other.start for at in spots):
        return None
    taken = [(v.start, v.end) for v in owner.values]
    names = [
        m.group()
        for m in _LONG_TOKEN.finditer(quote, q_lo, q_hi)
        if m.group()[:1].isupper() and not any(a <= m.start() < b for a, b in taken)
    ]
    if not names:
        return None
    mine = [m.group() for m in _LONG_TOKEN.finditer(text) if not m.group().isdigit()]
    keys = frozenset().union(*(_cognate_keys(w) for w in mine))
    for name in names:
        if any(_same_word(name.lower(), w.lower()) for w in mine) or _cognate_keys(name) & keys:
            return None  # the statement names what `q`'s clause names
    return names[0]


#: A word of four letters or more: two figures with none between them are listed together.


def _pronoun_on_its_side(text: str, s: Value, s2: Value, lang: str | None) -> bool:
    """Whether `s`'s side of the last clause break between `s` and `s2` in the statement's
    `text` holds a pronoun that may stand for the other side's holder: a word of `lang`'s
    [figure_anaphora] or [contrast_clauses] pronouns, or a relative pronoun ([negation]
    relative: "who", "qui", ", die"; not before a capitalized word). True when no break
    parts them."""
    first, second = sorted((s, s2), key=lambda v: v.start)
    breaks = list(_CLAUSE_BREAK.finditer(text, first.end, max(first.end, second.start)))
    if not breaks:
        return True
    cut = breaks[-1].start()
    side = text[:cut] if s is first else text[cut:]
    rules = rules_for(lang)
    data = rules.data if rules is not None else {}
    words = set(_figure_anaphora(lang))
    words |= {w.lower() for w in data.get("contrast_clauses", {}).get("pronouns", [])}
    relative = data.get("negation", {}).get("relative", [])
    if any(m.group().lower() in words for m in _TOKEN.finditer(side)):
        return True
    # Not one before a capitalized word: an article before a German noun (", die Messe").
    patterns = (re.escape(r).replace("\\ ", "\\s*") for r in relative)
    return any(re.search(rf"(?<!\w)(?i:{p})(?!\w)(?!\s+[A-ZÀ-ÖØ-Þ])", side) for p in patterns)


def _on_its_side(text: str, s: Value, s2: Value, words: tuple[list[str], bool]) -> bool:
    """Whether each of `words` stands in the statement's `text` only on `s`'s side of the
    last clause break between `s` and `s2` ("Salafists attacked bars in 2012 | and
    Islamists stormed the US Embassy in 2011"), where a word of four letters or more parts
    the two figures. A word not found in `text` fails it when the words are the
    statement's own (`strict`), not when they may be the quote's (a word of another
    language)."""
    found, strict = words
    first, second = sorted((s, s2), key=lambda v: v.start)
    if first.end > second.start or not _LONG_WORD.search(text, first.end, second.start):
        # "García y López obtuvieron 49 y 51 escaños": figures listed together, each
        # holder's in turn; no clause of its own.
        return False
    breaks = list(_CLAUSE_BREAK.finditer(text, first.end, second.start))
    if not breaks:
        return False
    cut = breaks[-1].start()
    lo, hi = (0, cut) if s is first else (cut, len(text))
    for word in found:
        stem = re.escape(word[:5])
        spots = [m.start() for m in re.finditer(rf"(?<!\w){stem}", text, re.I)]
        if (strict and not spots) or any(not lo <= at < hi for at in spots):
            return False
    return True


#: Characters of a time unit or an age after a bare figure in Chinese or Japanese text.
_CJK_TIME_CHARS = frozenset("年月日天周週时時小分秒岁歲歳才")


def _bare_figure_counts(q: Value, readings: list[Reading], langs: list[str | None]) -> str | None:
    """The word a bare quote figure counts, when a word stands right after it that is no
    word an age or a time may be followed by ([ages] after: "21 at the time", "21 when"):
    "7 characters", "5 times", "7 Zeichen", "7名". None when the figure ends its clause,
    such a word, a name or an abbreviation follows it ("16 BBC", "4 Min"; a capitalized
    word but in German, whose nouns are), or the quote's language has no such list."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[readings.index(owner)] if owner in readings else None
    after = owner.text[q.end : q.end + 40]
    if _has_cjk(after[:1]):
        return None if after[:1] in _CJK_TIME_CHARS else after[:1]
    m = _WORD_AFTER_BARE.match(after)
    if m is None:
        return None
    allowed = _word_list_re(lang, "ages", "after")
    if allowed is None:
        return None
    word = m.group(1)
    if word.isupper() or (word[0].isupper() and _base(lang) != "de"):
        return None  # a name ("16 BBC"), or an abbreviation ("4 Min"): no noun it counts
    return None if allowed.fullmatch(word) else word


#: A word of three letters or more right after a figure, one space or none between.
_WORD_AFTER_BARE = re.compile(r"[ \u00a0\u202f]?([^\W\d_]{3,})")


#: How far (in characters) an item of a list may stand after the item whose noun it leaves
#: out ("11 integrantes do Sudeste, 8 do Sul, 2 do Centro-Oeste").
_ELIDED_REACH = 120


def _elided_item(
    stated: Reading,
    q: Value,
    other: Value,
    word: str,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> bool | None:
    """Whether `q`, a count the statement's `word` ties to `other` (`_tied_in`), is an item
    of a list that leaves out the noun `word` that `other` counts: `other` stands before it
    in its sentence, `word` right after `other`, and `q` is followed by a word of "others"
    ([worked] others: "Two gunmen died, and three others") or by a word opening its item's
    place with no noun ([worked] elided: "11 integrantes do Sudeste, 8 do Sul, 2 do
    Centro-Oeste"). Then the noun ties nothing: True when a word of the statement stands
    in `q`'s item only ("vêm do Centro-Oeste"), False when none does (a person reads).
    None when `q` is no such item, or when a word of the statement stands in `other`'s item
    only ("Two gunmen died" for "Three gunmen died"; "for murdering nine people and
    attempting to kill three others" for "murdered three"): the tie holds."""
    if q.kind != "number" or other.kind != "number" or not other.end <= q.start:
        return None
    if q.start - other.end > _ELIDED_REACH:
        return None
    for r, lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        text = r.text
        if _base(lang) != _base(statement_lang) or _MODAL_SENTENCE_END.search(
            text, other.end, q.start
        ):
            return None
        noun = _WORD3.match(text, other.end + 1)
        if (
            noun is None
            or not text[other.end : noun.start()].isspace()
            or not _same_word(_unaccented(noun.group().lower()), _unaccented(word.lower()))
        ):
            return None
        others = _worked_words(lang)[2]
        mark = others.match(text, q.end) if others is not None else None
        if mark is None:
            mark = _elided_words(lang).match(text, q.end)
        if mark is None:
            return None
        # `q`'s item: the words after its mark, to the next figure or clause break, and
        # those before it back to the break after `other`'s item ("attempting to kill").
        stop = min([*(v.start for v in r.values if v.start >= q.end), q.end + 64])
        brk = _CLAUSE_BREAK.search(text, mark.end(), stop)
        mine = _marks(text[mark.end() : brk.start() if brk else stop])
        brk = _CLAUSE_BREAK.search(text, other.end, q.start)
        between = brk.end() if brk else q.start
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, between, q.start)]
        ahead = _marks(text[breaks[-1] if breaks else between : q.start])
        mine |= ahead
        # `other`'s item: its words after its noun, and, when `q` has words of its own
        # before it, those before `other` (else they are the whole list's: "Na equipe há").
        theirs = _marks(text[noun.end() : brk.start() if brk else q.start])
        if ahead:
            lo = max(0, other.start - 40)
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, other.start)]
            theirs |= _marks(text[breaks[-1] if breaks else lo : other.start])
        said = _marks(stated.text)

        def shared(a: set[str], b: set[str]) -> set[str]:
            return {w for w in a if any(_same_word(w, t) for t in b)}

        only_theirs, only_mine = theirs - shared(theirs, mine), mine - shared(mine, theirs)
        if shared(said, only_theirs):
            return None
        return bool(shared(said, only_mine))
    return None


@lru_cache(maxsize=64)
def _elided_words(lang: str | None) -> re.Pattern[str]:
    """Words that follow a count whose noun a list leaves out ("8 do Sul", "3 from
    Ohio"): the language's ``[worked] elided``, matched right after the count."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}).get("elided", []) if rules is not None else []
    if not words or rules is None or rules.cjk:
        return _NEVER
    return re.compile(rf"[ \u00a0]+(?:{_alt(words)})[ \u00a0]+(?=[^\W\d_])", re.I)


def _figure_words(
    text: str,
    figures: list[Value],
    values: list[Value],
    loose: bool = False,
    after: set[tuple[int, str]] | None = None,
    loose_too: dict[int, dict[str, str]] | None = None,
) -> tuple[dict[int, dict[str, str]], dict[int, Value]]:
    """The words of `text` given to the figure each stands nearest, by id of the figure:
    a figure of the same stretch between clause breaks first, else the nearest in the same
    sentence ("by terrorism, it's less than 100"); none across a sentence's end. Words
    inside a value or its hedge count nothing. Keys are a word's first five letters,
    unaccented; words of four letters or more and capitalized names of three. `after`
    collects (id of the figure, key) of the words that follow their figure. `loose_too`, a
    dict, is filled as the words with `loose` would be (one reading for both)."""
    order = sorted(figures, key=lambda v: v.start)
    starts = [v.start for v in order]
    breaks = [m.start() for m in _TIE_BREAK.finditer(text)]
    ends = (
        [m.start() for m in _MODAL_SENTENCE_END.finditer(text)]
        if loose or loose_too is not None
        else []
    )
    taken = sorted(
        (a, b)
        for v in values
        for a, b in ((v.start, v.end), v.hedge_span or (v.start, v.start))
        if b > a
    )
    taken_starts = [a for a, _ in taken]
    out: dict[int, dict[str, str]] = {id(v): {} for v in order}
    if loose_too is not None:
        loose_too.update({id(v): {} for v in order})

    def apart(marks: list[int], a: int, b: int) -> bool:
        i = bisect.bisect_left(marks, a)
        return i < len(marks) and marks[i] < b

    compass_words = _meanings("compass")
    # The tokens (`_TOKEN`) of three characters or more: no shorter word counts.
    for m in _LONG_TOKEN.finditer(text):
        word = m.group()
        if word.isdigit():
            continue
        compass = compass_words.get(_unaccented(word.lower()))
        if not (len(word) >= 4 or (word[:1].isupper() and (compass or word not in _SHORT))):
            continue
        i = bisect.bisect_right(taken_starts, m.start()) - 1
        if i >= 0 and taken[i][0] <= m.start() < taken[i][1]:
            continue
        j = bisect.bisect_left(starts, m.start())
        near: list[tuple[int, Value]] = []
        if j and not apart(breaks, order[j - 1].end, m.start()):
            near.append((m.start() - order[j - 1].end, order[j - 1]))
        if j < len(order) and (
            not apart(breaks, m.end(), order[j].start)
            or _BRACKETED.fullmatch(text, m.end(), order[j].start)
        ):
            # "private Anbieter (20 Prozent)": the figure in brackets after a name is its.
            near.append((order[j].start - m.end(), order[j]))
        if not near and loose and j and not apart(ends, order[j - 1].end, m.start()):
            # `loose`: a stretch with no figure goes with the figure before it in its
            # sentence ("51 stranded and dead on the Chatham Islands").
            near.append((m.start() - order[j - 1].end, order[j - 1]))
        if near:
            # The nearer of at most two, the first when both are as near (as `min` takes).
            owner = near[1][1] if len(near) > 1 and near[1][0] < near[0][0] else near[0][1]
            key = compass or _unaccented(word.lower()[:5])
            out[id(owner)][key] = word
            if loose_too is not None:
                loose_too[id(owner)][key] = word
            if after is not None and owner.end <= m.start():
                after.add((id(owner), key))
        elif loose_too is not None and j and not apart(ends, order[j - 1].end, m.start()):
            # As `loose` reads it (above).
            loose_too[id(order[j - 1])][compass or _unaccented(word.lower()[:5])] = word
    return out, {id(v): v for v in order}


#: A word with its hyphened parts ("Centro-Oeste"), or a run of Chinese or Japanese.
_COMPASS_TOKEN = _lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def _compass_words() -> tuple[dict[str, str], re.Pattern[str]]:
    """[compass] by word (unaccented, lower case), and its Chinese and Japanese words as
    one pattern, longest first ("东南部" before "南部")."""
    table = _meanings("compass")
    return table, re.compile(_alt([w for w in table if _has_cjk(w)]) or "(?!)")


@lru_cache(maxsize=256)
def _says_compass(text: str) -> bool:
    return _any_compass().search(text) is not None


@lru_cache(maxsize=1)
def _any_compass() -> re.Pattern[str]:
    """Any word of [compass] (a part of one too: "Centro-Oeste"), a quick test."""
    raw = [w for words in _load_toml("common").get("compass", {}).values() for w in words]
    latin = [p for w in raw if not _has_cjk(w) for p in w.split("-")]
    cjk = [w for w in raw if _has_cjk(w)]
    return re.compile(rf"(?<!\w)(?:{_alt(latin)})(?!\w)|{_alt(cjk)}", re.I)


def _compass_said(text: str, v: Value, values: list[Value]) -> dict[str, str]:
    """The points of the compass said in figure `v`'s clause, not past the figures beside
    it, each with its word: "8 do Sul" is south, "11人来自南部" south, "2 do Centro-Oeste"
    centre-west (a compound before its parts)."""
    lo = max([v.start - _CLAUSE_REACH, *(u.end for u in values if u.end <= v.start)])
    hi = min([v.end + _CLAUSE_REACH, *(u.start for u in values if u.start >= v.end)])
    before, after = _clause_around(text, v, lo, hi)
    table, cjk = _compass_words()
    found: dict[str, str] = {}
    for part in (before, after):
        for m in _COMPASS_TOKEN.finditer(part):
            token = m.group()
            whole = table.get(_unaccented(token.lower()))
            if whole is not None:
                found.setdefault(whole, token)
            elif not _has_cjk(token):
                for piece in token.split("-"):
                    meaning = table.get(_unaccented(piece.lower()))
                    if meaning is not None:
                        found.setdefault(meaning, piece)
        for m in cjk.finditer(part):
            found.setdefault(table[m.group()], m.group())
    return found


def _compass_rival(
    stated: Reading, s: Value, q: Value, readings: list[Reading]
) -> tuple[Value, str] | None:
    """Another figure of `q`'s sentence whose clause names the statement's point of the
    compass when `q`'s names another ([compass] of common.toml, in every language): "11人来
    自南部" for "11 integrantes do Sudeste, 8 do Sul" gives (8, "Sul"); or None."""
    if not _says_compass(stated.text):
        return None
    mine = _compass_said(stated.text, s, stated.values)
    if not mine:
        return None
    for r in readings:
        if not _holds_value(r.values, q):
            continue
        at_q = _compass_said(r.text, q, r.values)
        if not at_q or set(mine) & set(at_q):
            return None
        for v in r.values:
            if v is q or v.kind != q.kind or v.dim != q.dim:
                continue
            if _REGION_END.search(r.text, min(v.end, q.end), max(v.start, q.start)):
                continue  # another sentence
            at_v = _compass_said(r.text, v, r.values)
            both = set(mine) & set(at_v)
            if both:
                return v, at_v[min(both)]
        return None
    return None


#: A token (`_TOKEN`) of three characters or more: `\w{3,}` matches the runs of `\w+`
#: that are that long, from their first character.
_LONG_TOKEN = _lazy(r"\w{3,}")


#: Only an opening bracket between a word and the figure after it.
_BRACKETED = _lazy(r"\s*[(（]\s*")


def _anaphora_side(q: Value, readings: list[Reading], langs: list[str | None]) -> int | None:
    """Whose figure `q` is in a sentence that shares its figures out by "the former" and
    "the latter" (both words in it): 0 the former's, 1 the latter's, by the nearest of the
    two words before it; None in any other sentence, or before both."""
    for r, quote_lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        words = _anaphora(quote_lang)
        if words is None or not _has_anaphora(r.text, quote_lang):
            return None
        text = r.text
        start = _last_end(_SENTENCE_END, text, q.start)
        stop = _SENTENCE_END.search(text, q.end)
        end = stop.end() if stop else len(text)
        if any(w.search(text, start, end) is None for w in words):
            return None
        before = [
            (m.start(), i) for i, w in enumerate(words) for m in w.finditer(text, start, q.start)
        ]
        return max(before)[1] if before else None
    return None


def _side_figures(
    q: Value, candidates: list[Value], readings: list[Reading], langs: list[str | None], side: int
) -> list[Value]:
    """The figures of `q`'s kind and dimension among `candidates` that the quote's "the
    former" (`side` 0) or "the latter" (1) gives (`_anaphora_side`); none when more than
    four (a table's worth is for a person to read)."""
    own = [
        c
        for c in candidates
        if c.kind == q.kind and c.dim == q.dim and _anaphora_side(c, readings, langs) == side
    ]
    return own if len(own) <= 4 else []


#: Kinds of figure of which two in one sentence compete for one attribute (two places, two
#: speeds, two areas); a bare count or share may count anything.
_RIVAL_KINDS = frozenset({"rank", "unit"})


#: Kinds of figure of which two in one sentence compete only where words of [activities]
#: tie the statement's to the other ("能耗低40%" for "70 Prozent weniger Energie und …
#: den CO2-Fußabdruck um 40 Prozent": the energy's share is 70).
_TIED_RIVAL_KINDS = frozenset({"percent"})


def _untied_across(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, str] | None:
    """Another figure of `q`'s kind and dimension in `q`'s sentence, when the quote is in
    another language than the statement and nothing ties the statement's figure to `q`:
    "the first man to walk on the Moon" for "第二个在月球上行走的人，但他是第一个在月球上喝
    酒的人", "writes at up to 3.47 GB/s" for "リードが最大3470MB/s、ライトは最大3000MB/s"
    (words that say which is which are compared across languages only as [activities] and
    [compass] of common.toml and names). With the quote's word that ties the other figure
    to the statement's, or "" when nothing ties either. A figure the statement gives too is
    no rival; nor is one beside another person's name; a name of the statement beside `q`
    and far from the other ties `q`."""
    if q.kind not in _RIVAL_KINDS | _TIED_RIVAL_KINDS or (
        q.kind == "unit" and q.label == "duration"
    ):
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        if _base(quote_lang) == _base(lang):
            return None
        text = r.text
        ends = _ends_outside(text, r.values)
        sentence = bisect.bisect_right(ends, q.start)
        said, spots = _name_spots(stated.text, text)
        mine = _clause_meanings(stated.text, s)
        at_q = _clause_meanings(text, q)
        near_q = [p for p in spots if _gap(q, p) <= _NAME_REACH]
        ordered = sorted(spots)
        # The name nearest the statement's figure, when the quote gives it `q` too.
        spots_by_name = _said_name_spots(stated.text, text)
        own_name = _name_before(stated.text, s)
        if own_name is not None and _nearest_said_name(text, q, spots_by_name) != own_name:
            own_name = None
        for v in r.values:
            if (
                v is q
                or v.kind != q.kind
                or v.dim != q.dim
                or _close(v.value, q.value)
                or bisect.bisect_right(ends, v.start) != sentence
                or any(_close(x.value, w) for x in stated.values for w in _as_said(v))
            ):
                continue
            if _another_full_name_beside(v, text, said, _NAME_REACH + 1):
                continue  # "Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek"
            if own_name is not None and _nearest_said_name(text, v, spots_by_name) not in (
                None,
                own_name,
            ):
                continue  # "Gwizdek came third" for "Mouaha den 2. Platz, … Gwizdek … 3. Platz"
            if v.kind == "rank" and _rank_of_a_group(v, text, r.values):
                continue  # "den ersten drei Plätzen": a group of places, no one's place
            # A spot within reach of `v` stands from `_NAME_REACH` before it to as far after.
            i = bisect.bisect_left(ordered, v.start - _NAME_REACH)
            if near_q and not (i < len(ordered) and ordered[i] <= v.end + _NAME_REACH):
                continue  # "James Adebola (SCC) in 6,82 sek den 3. Platz"
            at_v = _clause_meanings(text, v)
            if set(mine) & set(at_q) and not set(mine) & set(at_v):
                continue  # "writes at 3 GB/s" for "…、シーケンシャルライトは最大3000MB/s"
            if set(mine) & set(at_v) and not set(mine) & set(at_q):
                return v, at_v[min(set(mine) & set(at_v))]
            if q.kind in _TIED_RIVAL_KINDS:
                continue  # a share may be of anything: a rival only where words tie it
            return v, ""
        return None
    return None


def _name_before(text: str, v: Value) -> str | None:
    """The capitalized word (three letters or more) nearest before figure `v`, within
    `_NAME_REACH` and with no punctuation between ("Jan-Niklas Gwizdek came third"; not
    "Mouaha, ahead of Gwizdek, came second"), or None."""
    lo = max(0, v.start - _NAME_REACH)
    found = None
    for m in _NAME.finditer(text, lo, v.start):
        if m.group()[:1].isupper() and len(m.group()) >= 3:
            found = m
    if found is None or _NAME_GAP_BREAK.search(text, found.end(), v.start):
        return None
    return found.group()


#: What parts a name from a figure after it: punctuation of a clause or an aside.
_NAME_GAP_BREAK = re.compile(r"[,;:()\[\]–—\"“”«»]")


def _said_name_spots(statement: str, text: str) -> dict[str, list[int]]:
    """The statement's capitalized words of three letters or more, not its first, each
    with where `text` writes it inside a sentence (bounded: `_name_spots`'s names)."""
    found: dict[str, list[int]] = {}
    for m in _NAME.finditer(statement):
        word = m.group()
        if m.start() == 0 or not word[:1].isupper() or len(word) < 3 or word in found:
            continue
        if len(found) >= _MAX_SAID_NAMES:
            break
        spots = [at for at in _word_starts(word, text) if _mid_sentence(text, at)]
        if spots:
            found[word] = spots
    return found


#: At most this many names of a statement are looked for (`_said_name_spots`).
_MAX_SAID_NAMES = 12


def _nearest_said_name(text: str, v: Value, spots: dict[str, list[int]]) -> str | None:
    """The name of `spots` nearest figure `v` within `_NAME_REACH`, or None; None too when
    two names stand equally near."""
    best: list[tuple[int, str]] = []
    for word, at in spots.items():
        gap = min(_gap(v, p if p >= v.end else p + len(word)) for p in at)
        if gap <= _NAME_REACH:
            best.append((gap, word))
    best.sort()
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


def _rank_of_a_group(v: Value, text: str, values: list[Value]) -> bool:
    """Whether the rank `v` opens or closes a count of places, nothing but space between
    ("den ersten drei Plätzen", "the first three places", "les trois premiers"): the places
    of a group, no one's place."""
    for w in values:
        if w.kind != "number":
            continue
        gap = text[v.end : w.start] if w.start >= v.end else text[w.end : v.start]
        if len(gap) <= 2 and not gap.strip():
            return True
    return False


#: Kinds of figures whose order a quote in another language may swap ("two rifles and three
#: shotguns" for "three rifles, two shotguns"): counts, shares and measures.
_SWAP_KINDS = frozenset({"number", "percent", "unit"})


#: What parts two figures of one sentence, each with its own noun or holder.
_SWAP_CUT = _lazy(r"[,;、，；]|(?<!\w)(?:and|und|et|y|e|while|whereas|während)(?!\w)", re.I)


def _sides(text: str, a: Value, b: Value, lo: int, hi: int, wide: bool) -> tuple[str, str]:
    """The words of two figures of a sentence (``text[lo:hi]``), each its own, parted at
    the last cut between them ("and", a comma): after each figure ("zu 51 Prozent durch die
    Stadtwerke | und zu 49 Prozent von der Messe"), or before each when a name or a
    [holders] word stands between the cut and the second ("the utilities hold 49 % | and
    the fair 51 %", "見本市が55%を保有し、| 連邦が45%"); else what comes before the first
    is both's ("Roof killed three and tried to kill nine"). `wide`: all of the sentence,
    parted at the cut only."""
    cut = next(reversed(list(_SWAP_CUT.finditer(text, a.end, b.start))), None)
    mid = (cut.start(), cut.end()) if cut is not None else (a.end, a.end)
    between, gap = text[a.end : mid[0]], text[mid[1] : b.start]
    holders = _meanings("holders")
    if (
        wide
        or any(t[0].isupper() or _unaccented(t.lower()) in holders for t in _LETTERS.findall(gap))
        or _cjk_holders_in(gap)
    ):
        return text[lo : a.start] + " " + between, gap + " " + (text[b.end : hi] if wide else "")
    return between, text[b.end : hi]


def _nouns_own(stated: Reading, a: Value, b: Value, owner: Reading, qa: Value, qb: Value) -> bool:
    """Whether the meanings ([counted_nouns]) around two figures of the statement are each
    those around its own figure of the quote and not the other's: "12 Menschen verletzt
    und 5 getötet" for "5人死亡，12人受伤" (the injured are 12 in both, the dead 5), words in
    two languages that tie each figure to its own whatever their order."""
    ma = _nouns_counted(stated.text, a, stated.values)[0]
    mb = _nouns_counted(stated.text, b, stated.values)[0]
    mqa = _nouns_counted(owner.text, qa, owner.values)[0]
    mqb = _nouns_counted(owner.text, qb, owner.values)[0]
    return bool(
        ma
        and mb
        and mqa.keys() & ma.keys()
        and mqb.keys() & mb.keys()
        and not _meanings_apart(ma, mqa)
        and not _meanings_apart(mb, mqb)
        and _meanings_apart(ma, mqb)
        and _meanings_apart(mb, mqa)
    )


def _swapped_across(
    stated: Reading,
    met: list[tuple[Value, Value]],
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[str, str, bool] | None:
    """Two figures of one kind of the statement met by two figures of one sentence of a
    quote in another language that stand the other way round ("zwei Gewehre und drei
    Schrotflinten" for "three rifles, two shotguns"; "hold 49 % and the fair 51 %" for "zu
    51 Prozent durch die Stadtwerke … und zu 49 Prozent von der Messe"): a swap keeps the
    nouns' order and swaps the numbers, and nouns of another language are not compared. None
    when words tie each figure to its own (names, [holders], cognates); else the statement's
    figures, the quote's, and whether the ties prove the swap."""
    pairs = [
        (s, q)
        for s, q in met
        if s.kind in _SWAP_KINDS and s.hedge is None and not (s.kind == "unit" and s.label)
    ]
    for i, (s1, q1) in enumerate(pairs):
        for s2, q2 in pairs[i + 1 :]:
            if (s1.kind, s1.dim) != (s2.kind, s2.dim) or (q1.kind, q1.dim) != (q2.kind, q2.dim):
                continue
            if q1 is q2 or _close(s1.value, s2.value) or _close(q1.value, q2.value):
                continue
            a, b = (s1, s2) if s1.start < s2.start else (s2, s1)
            qa, qb = (q1, q2) if a is s1 else (q2, q1)
            if qa.start < qb.start:
                # The same order: only a crossing its own words prove ("The fair holds 51 %,
                # the utility 49 %" for "zu 51 Prozent durch die Stadtwerke und zu 49
                # Prozent von der Messe") is a swap.
                crossed_same = _crossed_in_order(stated, a, b, qa, qb, readings, langs, lang)
                if crossed_same is not None:
                    return crossed_same
                continue
            owner = _owner(qa, readings)
            if owner is None or not any(v is qb for v in owner.values):
                continue
            quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
            if _base(quote_lang) == _base(lang):
                continue
            text = owner.text
            ends = _ends_outside(text, owner.values)
            sentence = bisect.bisect_right(ends, qa.start)
            if bisect.bisect_right(ends, qb.start) != sentence:
                continue
            lo = ends[sentence - 1] if sentence else 0
            hi = ends[sentence] if sentence < len(ends) else len(text)
            if not _SWAP_CUT.search(stated.text, a.end, b.start) or not _SWAP_CUT.search(
                text, qb.end, qa.start
            ):
                continue  # "2,400 cakes instead of 240", "Of the 18 Greens, 11": no list
            if any(
                (x is a and y is b) or (x is b and y is a)
                for x, y in _part_whole_pairs(stated, lang)
            ):
                continue  # a part and its whole (values are compared by identity)
            if _nouns_own(stated, a, b, owner, qa, qb):
                continue  # "12 Menschen verletzt und 5 getötet" for "5人死亡，12人受伤"
            # Loosely, each figure's side of the cut ties it to its own ("CO2 … 40 %" for
            # "70 Prozent weniger Energie und … CO2-Fußabdruck … um 40 Prozent"); a swap is
            # proven by its own words only (in the quote qb comes first).
            ties = [
                [_tie_words(side) for side in _sides(stated.text, a, b, 0, len(stated.text), w)]
                for w in (True, False)
            ]
            loose_b, loose_a = _sides(text, qb, qa, lo, hi, True)
            strict_b, strict_a = _sides(text, qb, qa, lo, hi, False)
            own = _holder_tied(ties[0][0], loose_a) or _holder_tied(ties[0][1], loose_b)
            crossed = _holder_tied(ties[1][0], strict_b) or _holder_tied(ties[1][1], strict_a)
            meant = _meanings_crossed(stated, a, b, owner, qa, qb)
            own, crossed = own or meant < 0, crossed or (not own and meant > 0)
            if own and not crossed:
                continue
            said = stated.text[a.start : b.end]
            return said, f"{qb.text} … {qa.text}", crossed and not own
    return None


def _crossed_in_order(
    stated: Reading,
    a: Value,
    b: Value,
    qa: Value,
    qb: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[str, str, bool] | None:
    """Two figures of the statement (``a`` before ``b``) met in the same order by two
    figures of one sentence of a quote in another language, whose own words (names,
    [holders], cognates) each stand on the other figure's side: "The fair holds 51 %, the
    utility 49 %" for "zu 51 Prozent durch die Stadtwerke und zu 49 Prozent von der Messe";
    "trois revolvers et deux pistolets" for "three pistols and two revolvers". Then the
    statement's figures, the quote's, and True (the words prove the swap); else None (a
    noun of another language that no word ties keeps its pass)."""
    owner = _owner(qa, readings)
    if owner is None or not any(v is qb for v in owner.values):
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    if _base(quote_lang) == _base(lang):
        return None
    text = owner.text
    ends = _ends_outside(text, owner.values)
    sentence = bisect.bisect_right(ends, qa.start)
    if bisect.bisect_right(ends, qb.start) != sentence:
        return None
    lo = ends[sentence - 1] if sentence else 0
    hi = ends[sentence] if sentence < len(ends) else len(text)
    if not _SWAP_CUT.search(stated.text, a.end, b.start) or not _SWAP_CUT.search(
        text, qa.end, qb.start
    ):
        return None
    if any((x is a and y is b) or (x is b and y is a) for x, y in _part_whole_pairs(stated, lang)):
        return None
    mine = [_tie_words(side) for side in _sides(stated.text, a, b, 0, len(stated.text), False)]
    theirs = _sides(text, qa, qb, lo, hi, False)
    # Each side's own words only: a word on both sides of the statement ties neither.
    own = _holder_tied(mine[0], theirs[0]) or _holder_tied(mine[1], theirs[1])
    crossed = _holder_tied(mine[0], theirs[1]) and _holder_tied(mine[1], theirs[0])
    if own or not crossed:
        return None
    return stated.text[a.start : b.end], f"{qa.text} … {qb.text}", True


#: Kinds of figures a quote in another language may give one to each holder ("zu 51 Prozent
#: durch A und zu 49 Prozent von B"); a count's noun says what it counts ("six magistrats
#: …, trois députés"), a share's holder only its frame.
_FRAME_KINDS = frozenset({"percent"})


@lru_cache(maxsize=64)
def _frame_joiners(lang: str | None) -> re.Pattern[str] | None:
    """The words that join two figures, each with its holder ([rival_frames] joiners)."""
    rules = rules_for(lang)
    words = rules.data.get("rival_frames", {}).get("joiners") if rules is not None else None
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I)


def _tie_words(statement: str) -> tuple[set[str], frozenset[str]]:
    """What may tie a statement's figure to a holder in another language: its names
    (capitalized words, without accents, met only as written), the meanings of its words in
    [holders] (common.toml: "foire" and "Messe" are the fair), and its words' cognate keys."""
    tokens = [m.group() for m in _LETTERS.finditer(statement)]
    holders = _meanings("holders")
    names = {_unaccented(t) for t in tokens if t[0].isupper()}
    names |= {"=" + m for t in tokens if (m := holders.get(_unaccented(t.lower()))) is not None}
    names |= _cjk_holders_in(statement)
    keys = frozenset().union(*(_cognate_keys(t) for t in tokens))
    return names, keys


@lru_cache(maxsize=1)
def _cjk_holders() -> tuple[tuple[str, str], ...]:
    """The Chinese and Japanese words of [holders] with their meanings."""
    return tuple((w, m) for w, m in _meanings("holders").items() if _CJK_CHAR.search(w))


def _cjk_holders_in(text: str) -> set[str]:
    """The [holders] meanings ("=private") of the Chinese or Japanese words in a text,
    which stand between other words with no space ("私营企业（20%）")."""
    if _CJK_CHAR.search(text) is None:
        return set()
    return {"=" + m for w, m in _cjk_holders() if w in text}


def _holder_tied(ties: tuple[set[str], frozenset[str]], segment: str) -> bool:
    """Whether a segment of the quote holds one of the statement's `_tie_words`."""
    names, keys = ties
    if _cjk_holders_in(segment) & names:
        return True
    holders = _meanings("holders")
    for t in _LETTERS.findall(segment):
        if _unaccented(t) in names or _cognate_keys(t) & keys:
            return True
        meaning = holders.get(_unaccented(t.lower()))
        if meaning is not None and "=" + meaning in names:
            return True
    return False


_FRAME_AFTER = _lazy(r"[ \u00a0\u202f]*([^\W\d_]+)")


def _parallel(text: str, a: Value, b: Value) -> bool:
    """Whether two figures stand in one frame: the same word just before both ("zu 51
    Prozent … und zu 49 Prozent", "A with 51% and B with 49%") or just after both ("51%
    for A and 49% for B")."""
    before_a = _FRAME_BEFORE.search(text, max(0, a.start - 20), a.start)
    before_b = _FRAME_BEFORE.search(text, max(0, b.start - 20), b.start)
    if before_a and before_b and before_a.group(1).lower() == before_b.group(1).lower():
        return True
    after_a = _FRAME_AFTER.match(text, a.end)
    after_b = _FRAME_AFTER.match(text, b.end)
    return bool(after_a and after_b and after_a.group(1).lower() == after_b.group(1).lower())


#: How far before a bracket `_bracket_holder` reads its holder, and how far around a figure
#: it looks for the list's other bracketed figures.
_BRACKET_HOLDER_REACH = 60


_BRACKET_LIST_REACH = 200


#: What ends a holder before its bracket ("…, private Anbieter (20 Prozent)").
_HOLDER_CUT = _lazy(r"[,;:.!?()\[\]，；：。！？（）、]")


def _bracket_opened(text: str, v: Value) -> int | None:
    """Where the round bracket a figure opens stands ("Unternehmen (80 Prozent …)",
    "企業（80%）", "(about 80 %)": its hedge with it), or None when the figure does not
    open a bracket."""
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    k = start
    while k > 0 and k > start - 3 and text[k - 1] in " \u00a0\u202f":
        k -= 1
    return k - 1 if k > 0 and text[k - 1] in "(（" else None


def _holder_words(text: str, lo: int, hi: int) -> str:
    """The words of text[lo:hi] after the last cut (a comma, a bracket, a sentence's end)."""
    cut = next(reversed(list(_HOLDER_CUT.finditer(text, lo, hi))), None)
    return text[cut.end() if cut is not None else lo : hi]


def _holder_tie(
    statement: str, segment: str, same: bool, skip: frozenset[str] = frozenset()
) -> bool:
    """Whether a holder's words (`segment`) hold the statement's: in one language a word in
    some form (`_ties`; not the words of `skip`), across languages a name, a [holders]
    meaning or a cognate (`_holder_tied`)."""
    if same:
        return bool(_ties(segment, _marks(statement) - skip)[0])
    return _holder_tied(_tie_words(statement), segment)


def _bracket_holder(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, str] | None:
    """Another figure of a quote that lists holders each with its figure in brackets
    ("Kommunale Unternehmen (80 Prozent der Versorger) …, private Anbieter (20 Prozent)"),
    whose holder the statement names, when it does not name `q`'s ("Private Anbieter machen
    80 Prozent der Versorger aus"): a figure in brackets is the noun's before the bracket.
    With the word that ties it; None when `q` opens no bracket or no such list is given."""
    owner = _owner(q, readings)
    if owner is None or s.kind != q.kind:
        return None
    text = owner.text
    at = _bracket_opened(text, q)
    if at is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    same = _base(quote_lang) == _base(lang)
    # The statement's words for the whole ("80 Prozent der Versorger") tie it to no holder.
    whole = _share_of(False).match(stated.text, s.end, s.end + 40)
    stated_words = stated.text[: s.start] + " " + stated.text[whole.end() if whole else s.end :]
    bracketed = [(q, at)]
    # The figures within reach of `q`, looked up among the reading's (sorted by start).
    values = owner.values
    lo = bisect.bisect_left(values, q.start - _BRACKET_LIST_REACH, key=_START)
    hi = bisect.bisect_right(values, q.start + _BRACKET_LIST_REACH, key=_START)
    for v in values[lo:hi]:
        if v is q:
            continue
        if v.kind != q.kind or v.dim != q.dim or _close(v.value, q.value):
            continue
        opened = _bracket_opened(text, v)
        if opened is not None:
            bracketed.append((v, opened))
    if len(bracketed) < 2:
        return None
    segments = [
        _holder_words(text, max(0, opened - _BRACKET_HOLDER_REACH), opened)
        for _, opened in bracketed
    ]
    if not _LETTERS.search(segments[0]):
        # "VALUES (200), (400), (404)": a bracket with no words of its own before it names
        # no holder of `q`, so no holder of the statement's can be another figure's.
        return None
    # The words every holder shares ("Urban schools (65 %) …, rural schools (35 %)") tie
    # the statement to no holder.
    skip: set[str] = set()
    if same:
        shared = [_ties(segment, _marks(stated_words))[0] for segment in segments]
        skip = set.intersection(*shared)
    ties = [_holder_tie(stated_words, seg, same, frozenset(skip)) for seg in segments]
    if ties[0]:
        return None
    found = [
        (v, segment.strip())
        for (v, _), segment, tie in zip(bracketed[1:], segments[1:], ties[1:], strict=True)
        if tie
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=64)
def _others_words(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's [others] words: one ending a text before a share ("The other 5%"),
    one right after a share ("les 5 % restants"), and either anywhere (a statement's)."""
    rules = rules_for(lang)
    data = rules.data.get("others", {}) if rules is not None else {}
    before, after = data.get("before", []), data.get("after", [])
    # Chinese and Japanese words stand between others, with no space.
    cjk = rules is not None and rules.cjk
    edge, end = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    return (
        re.compile(rf"{edge}(?:{_alt(before)})[ \u00a0]*\Z", re.I) if before else None,
        re.compile(rf"[ \u00a0\u202f]*(?:{_alt(after)}){end}", re.I) if after else None,
        re.compile(rf"{edge}(?:{_alt(before + after)}){end}", re.I) if before or after else None,
    )


#: How far `_others_share` reads around a share for its holder, and back for the share
#: the others' complements.
_OTHERS_REACH = 80


_OTHERS_BACK = 300


_SENTENCE_CUT = _lazy(r"[.!?。！？]")


def _others_of(text: str, v: Value, lang: str | None) -> bool:
    """Whether a share is given to "the others" ("The other 5%", "les 5 % restants")."""
    before, after, _ = _others_words(lang)
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    if before is not None and before.search(text, max(0, start - 24), start):
        return True
    return after is not None and after.match(text, v.end, v.end + 24) is not None


def _sentence_around(text: str, lo: int, hi: int) -> str:
    """text[lo:hi] widened by `_OTHERS_REACH` characters each way within its sentence."""
    cut = next(reversed(list(_SENTENCE_CUT.finditer(text, max(0, lo - _OTHERS_REACH), lo))), None)
    start = cut.end() if cut is not None else max(0, lo - _OTHERS_REACH)
    end = _SENTENCE_CUT.search(text, hi, hi + _OTHERS_REACH)
    return text[start : end.start() if end is not None else min(len(text), hi + _OTHERS_REACH)]


def _others_share(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, str, str] | None:
    """The share the quote gives a holder when `q` is its complement, given to "the others"
    ("Writers made up 95% of the staff. The other 5% were designers", "其余5%是设计师"), and
    the statement does not speak of the others: the statement's bound is its own holder's
    ("Writers were less than half": 95%, not 5%). With the word that ties the statement to
    that share and "contradicted"; with no word and "missing" when the statement names
    neither holder (nor the others') and the share does not meet it as `q` does; None when
    the statement names the others' holder ("designers") or `q` is no complement."""
    if q.kind != "percent" or s.kind != "percent":
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    text = owner.text
    if not _others_of(text, q, quote_lang):
        return None
    said = _others_words(lang)[2]
    if said is not None and said.search(stated.text):
        return None  # the statement speaks of the others too
    i = next(n for n, v in enumerate(owner.values) if v is q)
    share = next(
        (
            v
            for v in reversed(owner.values[max(0, i - 4) : i])
            if v.kind == "percent"
            and q.start - v.end <= _OTHERS_BACK
            and abs(v.value + q.value - 100) <= 0.6
            and not _others_of(text, v, quote_lang)
        ),
        None,
    )
    if share is None:
        return None
    theirs = _sentence_around(text, share.start, share.end)
    others = _sentence_around(text, q.start, q.end)
    whole = _share_of(False).match(stated.text, s.end, s.end + 40)
    mine = stated.text[: s.start] + " " + stated.text[whole.end() if whole else s.end :]
    if _base(quote_lang) == _base(lang):
        marks = _marks(mine)
        to_theirs, to_others = _ties(theirs, marks)[0], _ties(others, marks)[0]
        only_theirs = to_theirs - to_others
        own, other = bool(only_theirs), bool(to_others - to_theirs)
        word = min(only_theirs) if only_theirs else ""
    else:
        ties = _tie_words(mine)
        own_tie, other_tie = _holder_tied(ties, theirs), _holder_tied(ties, others)
        own, other = own_tie and not other_tie, other_tie and not own_tie
        word = theirs.strip() if own else ""
    if other:
        return None  # "Designers were under half of the staff": the others' share
    if own:
        return share, word, "contradicted"
    return share, "", "missing"


def _whole_of_the_others(
    stated: Reading,
    s: Value,
    q: Value,
    tied: tuple[Value, str],
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether the word that ties the statement's share to another share of the quote
    (`tied`) names the whole both are of ("half of the staff", "95% of the staff"), when
    `q` is the others' share ("The other 5%") or one of a list of shares in brackets
    ("Urban clinics (70% of cases) …, rural clinics (30%)"), which is of that whole too."""
    other, word = tied
    owner = _owner(q, readings)
    if owner is None or s.kind != "percent" or other.kind != "percent":
        return False
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    key = _unaccented(word.lower()[:5])
    listed = (
        _bracket_opened(owner.text, q) is not None
        and _bracket_opened(owner.text, other) is not None
        and abs(other.start - q.start) <= _BRACKET_LIST_REACH
    )
    return (
        (listed or _others_of(owner.text, q, quote_lang))
        and _whole_of_share(owner.text, other, key, False)
        and _whole_of_share(stated.text, s, key, True)
    )


def _framed_rival(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[Value, bool] | None:
    """Another share or count of `q`'s kind in its sentence, joined to it by a word that
    gives each its own holder ("zu 51 Prozent durch die Stadtwerke und zu 49 Prozent von der
    Messe", "Smith with 51% and Jones with 49%"), when the quote is in another language
    than the statement and nothing ties the statement's figure to `q`'s holder: a name of
    the statement or a cognate of its words said on `q`'s side of the joiner and not on the
    other's. The holder's side is after each figure ("51 % par A et 49 % par B"), or before
    it when a capitalized word stands between the joiner and the second ("A 51 %, and B
    49 %"); what comes before both ("Die Arena GmbH wird zu 51 …") is no one's. With
    whether the statement's words tie it to the other figure's holder alone."""
    if q.kind not in _FRAME_KINDS or s.kind != q.kind:
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        if _base(quote_lang) == _base(lang):
            return None
        joiner = _frame_joiners(quote_lang)
        if joiner is None:
            return None
        text = r.text
        ends = _ends_outside(text, r.values)
        sentence = bisect.bisect_right(ends, q.start)
        lo = ends[sentence - 1] if sentence else 0
        hi = ends[sentence] if sentence < len(ends) else len(text)
        ties = None
        for v in r.values:
            if (
                v is q
                or v.kind != q.kind
                or v.dim != q.dim
                or _close(v.value, q.value)
                or not lo <= v.start < hi
                or any(_close(x.value, w) for x in stated.values for w in _as_said(v))
            ):
                continue
            a, b = (q, v) if q.start < v.start else (v, q)
            if any(a.end <= w.start and w.end <= b.start for w in r.values if w.kind == q.kind):
                continue
            cut = next(reversed(list(joiner.finditer(text, a.end, b.start))), None)
            if cut is None:
                continue
            if not _parallel(text, a, b):
                continue
            gap = text[cut.end() : b.start]
            if any(t[0].isupper() for t in _LETTERS.findall(gap)):
                sides = (text[lo : a.start] + " " + text[a.end : cut.start()], gap)
            else:
                sides = (text[a.end : cut.start()], text[b.end : hi])
            if ties is None:
                ties = _tie_words(stated.text)
            mine, theirs = (sides[0], sides[1]) if a is q else (sides[1], sides[0])
            tied_mine, tied_theirs = _holder_tied(ties, mine), _holder_tied(ties, theirs)
            if tied_mine and not tied_theirs:
                continue
            return v, tied_theirs and not tied_mine
        return None
    return None


_CLAUSE_REACH = 80


def _clause_around(text: str, v: Value, lo: int, hi: int) -> tuple[str, str]:
    """The text of figure `v`'s clause before and after it, within ``text[lo:hi]``: cut at
    the last clause mark before it and the first after it (a Chinese or Japanese comma,
    bracket or full stop where either side is CJK)."""
    before, after = text[max(0, lo) : v.start], text[v.end : hi]
    cut = _CJK_CLAUSE_CUT if _has_cjk(before + after) else _TIE_BREAK
    cuts = list(cut.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    end = cut.search(after)
    if end:
        after = after[: end.start()]
    return before, after


def _meaning_apart(
    stated: Reading, s: Value, q: Value, other: Value, readings: list[Reading]
) -> bool:
    """Whether the clause of the statement's figure `s` and that of the quote's `other`
    say one meaning of [activities] (common.toml) that the clause of the quote's `q` does
    not, `q`'s saying another instead ("uses 20% less energy" for "consomme 35 % d'énergie
    en moins et réduit ses émissions de 20 %": the 20 % measures emissions)."""
    owner = _owner(q, readings)
    if owner is None or _owner(other, readings) is not owner:
        return False
    mine = set(_clause_meanings(stated.text, s))
    at_q = set(_clause_meanings(owner.text, q))
    at_other = set(_clause_meanings(owner.text, other))
    return bool(mine & at_other) and not mine & at_q and bool(at_q - at_other)


def _clause_meanings(text: str, v: Value) -> dict[str, str]:
    """The meanings of [activities] and [compass] (common.toml) said in the clause of
    figure `v`, each with the word that says it: "the first man [to walk] on the Moon" is
    walk, "シーケンシャル[ライト]は最大3000MB/s" write."""
    before, after = _clause_around(text, v, v.start - _CLAUSE_REACH, v.end + _CLAUSE_REACH)
    clause = f"{before} {after}"
    found: dict[str, str] = {}
    for section in ("activities", "compass"):
        table = _meanings(section)
        for token in _TOKEN.findall(clause):
            meaning = table.get(_unaccented(token.lower()))
            if meaning is not None:
                found.setdefault(meaning, token)
    if _CJK_CHAR.search(clause):
        for word, meaning in _cjk_meanings():
            if word in clause:
                found.setdefault(meaning, word)
    return found


@lru_cache(maxsize=1)
def _cjk_meanings() -> tuple[tuple[str, str], ...]:
    """The Chinese and Japanese words of [activities] and [compass], as written (their
    kana keep their voicing marks: "リード" is no "リート"), with their meanings."""
    data = _load_toml("common")
    return tuple(
        (w, meaning)
        for section in ("activities", "compass")
        for meaning, words in data.get(section, {}).items()
        for w in words
        if _CJK_CHAR.search(w)
    )


#: What parts the cells of a table's row: box-drawing bars, pipes, tabs.
_CELL_BAR = _lazy(r"[│┃║|\t]")


_DECIMAL_PART = _lazy(r"\d[.,]\d")


def _table_rival(
    stated: Reading, s: Value, q: Value, readings: list[Reading], published: date | None
) -> Value | None:
    """Another cell of the table row that holds `q` that could be the statement's figure
    and contradicts it: a row ("400 │ 24 │ 0.733 │ 3.4388 │ 6.765") has no column heads
    to tie "the z-score" to one cell. Only cells of `q`'s kind, dimension and form (whole
    or decimal: a count's column is no score's) are rivals; none the statement gives too,
    nor one that agrees with it as well ("über 3" for 6.82 and 24)."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    text = owner.text
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    if len(_CELL_BAR.findall(text, start, end)) < 2:
        return None
    # The first cell names the row ("400 │ 24 │ …", "| 2020-08-01 17:59 | 400 | 12 |"): a
    # statement's figure found there finds the row, and it is never another's rival.
    cell, key = start, None
    for bar in _CELL_BAR.finditer(text, start, end):
        if text[cell : bar.start()].strip():
            key = bar.start()
            break
        cell = bar.end()
    if key is None or q.start < key:
        return None
    decimal = _DECIMAL_PART.search(q.text) is not None
    others = [x for x in stated.values if x is not s]
    for v in owner.values:
        if (
            v is q
            or not key <= v.start < end
            or v.kind != q.kind
            or v.dim != q.dim
            or (_DECIMAL_PART.search(v.text) is not None) != decimal
            or any(_close(x.value, w) for x in stated.values for w in _as_said(v))
            or re.search(rf"(?<![\d.,]){re.escape(v.text)}(?![\d.,]\d)", stated.text)
            or any(_compare(x, v, published)[0] in ("match", "overstated") for x in others)
            or _compare(s, v, published)[0] in ("match", "overstated")
        ):
            continue  # "status 400" for the cell "400"; "rund 5.000" for "5001"
        return v
    return None


def _as_said(v: Value) -> tuple[float, float]:
    """A figure's value and the number written for it ("50MiB": 50), which a statement
    that reads no unit there gives ("50 Mio")."""
    return v.value, (v.value - v.offset) / v.factor if v.factor else v.value


def _gap(v: Value, pos: int) -> int:
    """How far position `pos` stands from figure `v`."""
    return max(v.start - pos, pos - v.end, 0)


def _count_noun(text: str, v: Value, values: list[Value]) -> str | None:
    """The noun right after the count `v` (of `_marks`), what it counts: its first word,
    lowercased, of four letters or more, or the word after an abbreviation in capitals
    ("two US embassies"); None when a word of another form follows it ("three of the",
    "7 Verbände" in German capitals is left to other rules)."""
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 40])
    brk = _CLAUSE_BREAK.search(text, v.end, stop)
    tokens = list(itertools.islice(_TOKEN.finditer(text, v.end, brk.start() if brk else stop), 2))
    if not tokens or not text[v.end : tokens[0].start()].isspace():
        return None
    if tokens[0].group().isupper() and len(tokens[0].group()) <= 4:
        tokens = tokens[1:]  # "US", "EU", "UN"
    if not tokens:
        return None
    word = tokens[0].group()
    if len(word) < 4 or not word.isalpha():
        return None
    return _unaccented(word.lower())


def _other_group_counted(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[str, str] | None:
    """The statement's and the quote's words for what a matching count counts when the
    statement counts a named group, the quote a common noun, and they share no word or
    stem (first five letters): "including 17 Tunisians" for "including 17 foreigners",
    "dont 17 Tunisiens" for "dont 17 étrangers". The named group is a capitalized word
    right after the statement's figure (neither an abbreviation in capitals nor in a
    language that capitalizes every noun, [identifiers] nouns_capitalized), the quote's word
    right after its figure in lowercase. In one language only; None otherwise. Two common nouns
    that share no stem are left alone: they are mostly synonyms ("inhabitants" for
    "people", "pictures" for "images")."""
    owner = _owner(q, readings)
    if owner is None or _has_cjk(owner.text) or _has_cjk(stated.text):
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) != _base(statement_lang):
        return None
    rules = rules_for(lang) if _base(lang) is not None else None
    if rules is None or rules.data.get("identifiers", {}).get("nouns_capitalized"):
        return None
    first = _TOKEN.search(stated.text, s.end, s.end + 48)
    quoted = _TOKEN.search(owner.text, q.end, q.end + 48)
    if (
        first is None
        or quoted is None
        or not first.group()[:1].isupper()
        or first.group().isupper()
        or not quoted.group()[:1].islower()
    ):
        return None
    mine = _counted_nouns(stated.text, s, stated.values, statement_lang)
    theirs = _counted_nouns(owner.text, q, owner.values, lang)
    if not mine or not theirs or mine[0] != first.group().lower():
        return None
    if {w[:5] for w in mine} & {w[:5] for w in theirs}:
        return None
    return first.group(), theirs[0]


#: At most this many of a quote's words for what the statement counts are looked at.
_MAX_NAMED = 8


def _named_one_by_one(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> str | None:
    """The quote's word for what the statement's count `s` counts when the quote names it
    with no count, in another clause than its figure `q` ("the United States Embassies in
    Kenya and Tanzania, killing more than 200 people" for "two US embassies"), and `q`
    counts something else right after it ("people"): the count is the reader's to work
    out. None when the quote counts that noun anywhere, names it in `q`'s clause, or when
    either figure has no noun right after it."""
    mine = _count_noun(stated.text, s, stated.values)
    owner = _owner(q, readings)
    if mine is None or owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    if _base(lang) != _base(statement_lang) or _has_cjk(owner.text):
        return None
    text = owner.text
    theirs = _count_noun(text, q, owner.values)
    if theirs is None or _same_word(mine, theirs):
        return None
    lo, hi = _clause_bounds(text, q.start, q.end)
    ends = sorted(u.end for u in owner.values)
    named = None
    for m in itertools.islice(
        (m for m in _WORD3.finditer(text) if _same_word(_unaccented(m.group().lower()), mine)),
        _MAX_NAMED,
    ):
        if lo <= m.start() < hi:
            return None  # said in the figure's clause: "visitors: 35,681,468"
        # The figure just before the word counts it ("3 embassies", "three US embassies").
        i = bisect.bisect_right(ends, m.start())
        if i and len(_TOKEN.findall(text, ends[i - 1], m.start())) < 2:
            return None
        if named is None and _names_listed(text, m.end(), lang) == s.value:
            named = m.group()
    return named


#: What may stand between a noun and the names it is listed by: spaces, or a short word
#: and an article ("Embassies in Kenya", "the provinces of Aceh", "les régions de").
_NAMES_OPENING = r"\s+(?:[^\W\d_]{1,4}\s+(?:the\s+)?)?"


#: What ends the names listed after a noun.
_NAMES_END = _lazy(r"[;:()\[\].!?]")


#: How far (in characters) after a noun the names it is listed by may run ("Embassies in
#: Kenya and Tanzania").
_NAMES_REACH = 80


def _names_listed(text: str, end: int, lang: str | None) -> int:
    """How many capitalized names the words right after a noun (at `end`) list, joined by
    commas and the language's "and" ([worked] one_noun): "the Embassies in Kenya and
    Tanzania" gives 2; 0 when no such list follows within its clause."""
    rules = rules_for(lang)
    joins = rules.data.get("worked", {}).get("one_noun", []) if rules is not None else []
    if not joins:
        return 0
    stop = min(len(text), end + _NAMES_REACH)
    brk = _NAMES_END.search(text, end, stop)
    window = text[end : brk.start() if brk else stop]
    # A name, after a short word of its own ("de Murcia", "d'Aceh"), none needed.
    name = r"(?:[^\W\d_]{1,3}(?:\s+|['’]))?[A-ZÀ-ÖØ-Þ][^\W\d_]+"
    listed = re.compile(
        rf"{_NAMES_OPENING}({name}(?:\s*,\s*{name})*\s*,?\s+(?:{_alt(joins)})\s+{name})(?!\w)"
    )
    found = listed.match(window)
    if found is None:
        return 0
    return len(re.findall(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+", found.group(1)))


def _counts_another(
    s: Value,
    q: Value,
    comparable: list[Value],
    stated: Reading,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """(the statement's word, the quote's) when the statement counts one thing ("page
    views") and the quote's same figure another ("visitors"), or None."""
    mine, word = _counted_kind(stated.text, s, lang)
    if not mine:
        return None
    theirs = None
    # The quote of each figure, by id: a look per figure, not a scan of every quote's.
    # (A quote given twice in one language is one reading: its figures answer alike.)
    where = {id(v): (r, ql) for r, ql in zip(readings, langs, strict=False) for v in r.values}
    for c in comparable:
        if c is not q and not _close(c.value, q.value):
            continue
        found = where.get(id(c))
        if found is not None:
            kinds, said = _counted_kind(found[0].text, c, found[1])
            if not kinds or kinds & mine:
                return None  # a figure of the quote that says it, or says nothing
            theirs = theirs or said
    return (word, theirs) if theirs else None


def _years_swapped_whole(
    stated: Reading,
    s_fig: Value,
    s_year: Value,
    other: Value,
    q_year: Value,
    published: date | None,
) -> bool:
    """Whether the statement also gives the quote's year of its figure (`q_year`) the
    figure the quote gives its own year (`other`): two years, each with its amount, swapped
    whole ("A receita de 2011 foi de US$ 123 milhões, … sobre os US$ 163 milhões de 2010"
    for "revenue for 2011 was $163 million, … from $123 million in 2010"). Then which
    figure goes with which year is said in both languages by the years themselves."""
    for v in stated.values:
        if v is s_fig or v.kind not in _TIED_KINDS or _family(v) != _family(s_fig):
            continue
        year = _tied_year(stated.text, stated.values, v)
        if (
            year is not None
            and year is not s_year
            and year.value == q_year.value
            and _compare(v, other, published)[0] in ("match", "overstated")
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _deed_words() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The words of [activities] and [swap_meanings] with their meanings: Latin-script ones
    (unaccented, lower case) to match whole, and Chinese or Japanese ones to find anywhere."""
    latin: dict[str, str] = {}
    cjk: list[tuple[str, str]] = []
    common = _load_toml("common")
    for section in ("activities", "swap_meanings"):
        for meaning, words in common.get(section, {}).items():
            for w in words:
                if _has_cjk(w):
                    cjk.append((w, meaning))
                else:
                    latin.setdefault(_unaccented(w.lower()), meaning)
    return latin, tuple(cjk)


def _side_meanings(text: str) -> set[str]:
    """The meanings of the words of one side of two figures: [activities] and
    [swap_meanings] ("Energie", "能耗"; "ermordete", "attempting"), [counted_nouns]."""
    latin, cjk = _deed_words()
    found = {m.lastgroup or "" for m in _counted_nouns_in(text)}
    for w in _TOKEN.findall(text):
        meaning = latin.get(_unaccented(w.lower()))
        if meaning is not None:
            found.add(meaning)
    if _has_cjk(text):
        found.update(meaning for w, meaning in cjk if w in text)
    return found


def _first_cut_sides(text: str, a: Value, b: Value, lo: int, hi: int) -> tuple[str, str] | None:
    """The words of two figures of a sentence (``text[lo:hi]``, ``a`` first) parted at the
    first cut between them ("and", a comma): "Roof ermordete drei Menschen | und versuchte,
    neun weitere zu töten"; None without a cut."""
    cut = _SWAP_CUT.search(text, a.end, b.start)
    if cut is None:
        return None
    return text[lo : cut.start()], text[cut.end() : hi]


def _meanings_crossed(
    stated: Reading, a: Value, b: Value, owner: Reading, qa: Value, qb: Value
) -> int:
    """Whether the meanings of the words on each side of two figures of the statement
    (``a`` before ``b``) stand on the other figure's side of a quote in another language
    that gives them the other way round (``qb`` first), and not on their own's ([activities],
    [swap_meanings], [counted_nouns]): "能耗降低40%，碳足迹减少70%" for "70 Prozent weniger
    Energie und … den CO2-Fußabdruck … um 40 Prozent"; "ermordete drei Menschen und
    versuchte, neun weitere zu töten" for "murdering nine people and attempting to kill
    three others". 1 then; -1 when they stand each on its own's ("碳足迹减少40%，能耗降低70%"
    for the same quote); else 0."""
    mine = _first_cut_sides(stated.text, a, b, 0, len(stated.text))
    ends = _ends_outside(owner.text, owner.values)
    sentence = bisect.bisect_right(ends, qb.start)
    lo = ends[sentence - 1] if sentence else 0
    hi = ends[sentence] if sentence < len(ends) else len(owner.text)
    theirs = _first_cut_sides(owner.text, qb, qa, lo, hi)
    if mine is None or theirs is None:
        return 0
    side_a, side_b = (_side_meanings(t) for t in mine)
    side_qb, side_qa = (_side_meanings(t) for t in theirs)
    if (side_a & side_qb) - side_qa and (side_b & side_qa) - side_qb:
        return 1
    if (side_a & side_qa) - side_qb and (side_b & side_qb) - side_qa:
        return -1
    return 0


def _days_swapped(
    met: list[tuple[Value, Value]], readings: list[Reading]
) -> tuple[Value, Value, Value] | None:
    """Two events' months swapped: a day the statement gives one month ("am 21. April")
    met only by the quote's bare month ("in April"), while the quote gives that day another
    month ("the March 21 call") that the statement gives its other date ("im März
    festgenommen"). (The statement's day, the quote's day, the quote's bare month), or
    None."""
    dates = [(s, q) for s, q in met if s.kind == q.kind == "date" and s.ymd and q.ymd]
    for s, q in dates:
        sy, sm, sd = s.ymd or (None, None, None)
        qy, qm, qd = q.ymd or (None, None, None)
        if sd is None or qd is not None or sm is None or qm != sm:
            continue
        owner = _owner(q, readings)
        if owner is None:
            continue
        for q2 in owner.values:
            y2, m2, d2 = q2.ymd or (None, None, None)
            if q2.kind != "date" or q2 is q or d2 != sd or m2 is None or m2 == sm:
                continue
            if y2 is not None and sy is not None and y2 != sy:
                continue
            if any(s2 is not s and (s2.ymd or (None,) * 3)[1:] == (m2, None) for s2, _ in dates):
                return s, q2, q
    return None
