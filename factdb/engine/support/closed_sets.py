"""Closed sets of holders: the members of a set such as the causes of death (terrorism,
gun violence, cancer, war …), the sectors of an economy (agriculture, tourism …), the
space programmes (the Moon landings, the ISS …), buildings (a mosque, a palace …), sea
animals, drinks, who is at a school (teachers, pupils), who investigates (the local
police, the FBI), a film prize's categories, kinds of stored data, kinships by sex (a
father, a mother …), kinds of whale, events of athletics, kinds of road, a story's hero
and villain, the houses of a parliament, high councils and courts, or unions of states,
named in each language ([holder_sets] of each language's table). A
statement that gives its figure to one member where the quote names another member of the
same set, and none of the statement's, says whose figure it is wrongly: "el terrorismo ha
matado a decenas de miles" for "killed by gun violence, it's in the tens of thousands";
"Der Bau des Mondlandeprogramms kostete 150 Milliarden Dollar" for "国际空间站的造价高达
1500亿美元"; "a perdu son père et deux cousins" for "whose mother and two cousins were
killed"; "获奖啤酒" for "获奖的威士忌".

A quote that names no member is read as saying nothing either way: its holder is often
said on the page before it ("accounting for 15 percent of its gross domestic product"),
and a person reads the page. A sentence that holds figures of its own, none of them the
matched ones, does not count: its member holds its own figure ("it's less than 100. If
you look at the number that have been killed by gun violence, it's in the tens of
thousands" names no cause of the 100)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from .patterns import _text_of
from .results import Reading, Value, _close
from .rules import _base, rules_for
from .sentences import _has_cjk, _sentence_ends


@lru_cache(maxsize=64)
def _holder_sets(lang: str | None) -> dict[str, dict[str, re.Pattern[str]]] | None:
    """The language's closed sets ([holder_sets]): for each set, a pattern per member.
    A Latin-script word is matched whole and without case (with its case when written
    after "=": "=UN" is no French "un", "=WHO" no English "who"); one ending in "*" also
    with any letters after it ("Mondland*": "Mondlandeprogramms"); a Chinese or Japanese
    word anywhere. None when the language has no table."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") if rules is not None else None
    if not table:
        return None
    sets: dict[str, dict[str, re.Pattern[str]]] = {}
    for name, members in table.items():
        sets[name] = {member: _member_pattern(words) for member, words in members.items() if words}
    return sets


#: A word, for `_member_gate`.
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _member_gate(lang: str | None) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What a text must hold for a member of the language's closed sets to be named in
    it: the longest word of each of its Latin-script words, lower-cased (whole, or as the
    start of a word for the end of a starred one: "Mondland*"), or one of its Chinese or
    Japanese words. The longest is the rarest, mostly: "fille" of "sa fille", "assembly"
    of "National Assembly"."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") or {} if rules is not None else {}
    words = [w for members in table.values() for ws in members.values() for w in ws]
    whole: set[str] = set()
    starts: set[str] = set()
    for w in words:
        if _has_cjk(w):
            continue
        # Each word's letters: whole, but the last of a starred word, which opens one
        # ("Herz-Kreislauf-Erkrankung*" holds "herz" and "kreislauf" whole).
        tokens: list[tuple[str, bool]] = []
        for part in w.removeprefix("=").lower().split():
            found = _WORD.findall(part)
            tokens += [(x, False) for x in found[:-1]]
            if found:
                tokens.append((found[-1], part.endswith("*")))
        if not tokens:
            continue
        token, opens = max(reversed(tokens), key=lambda x: len(x[0]))
        (starts if opens else whole).add(token)
    return frozenset(whole), tuple(sorted(starts)), tuple(w for w in words if _has_cjk(w))


def _may_name_member(text: str, lang: str | None) -> bool:
    """Whether `text` may name a member of the language's closed sets (`_member_gate`):
    most statements name none, read with one pass over their words."""
    whole, starts, cjk = _member_gate(lang)
    if any(w in text for w in cjk):
        return True
    return any(t in whole or t.startswith(starts) for t in _text_of(text).letter_runs)


#: A character other than ASCII and the letters from U+00C0 to U+017E but "İ" and "ı":
#: a text without one holds, in lowercase (`str.lower`), what re.I matches in it, letter
#: for letter (the characters re.I folds otherwise, "ſ", "ı", "İ", the Kelvin and
#: Ångström signs, "µ", "ẞ", Greek and the rest, are all outside).
_OUTSIDE_LATIN = re.compile("[^\x00-\x7f\u00c0-\u012f\u0132-\u017e]")


@lru_cache(maxsize=64)
def _member_keys(
    lang: str | None,
) -> dict[str, dict[str, tuple[frozenset[str], tuple[str, ...]] | None]]:
    """For each closed set of the language and each member (as `_holder_sets`), what a
    text of Latin letters only (none of `_OUTSIDE_LATIN`) must hold for the member's
    pattern to match in it: one of the lowercase runs of letters (whole) or one run
    starting with one of the prefixes (a starred word's), each the letters that open one
    of the member's words (`_member_gate`, member by member); a Chinese or Japanese word
    matches no such text. None: the member is always searched for (a word that opens with
    no letter, or holds a character outside ASCII and those letters)."""
    rules = rules_for(lang)
    table = rules.data.get("holder_sets") or {} if rules is not None else {}
    keys: dict[str, dict[str, tuple[frozenset[str], tuple[str, ...]] | None]] = {}
    for name, members in table.items():
        keys[name] = {}
        for member, words in members.items():
            whole: set[str] = set()
            starts: set[str] = set()
            always = False
            for w in words:
                if _has_cjk(w):
                    continue  # no match in a text without CJK characters
                first = w.removeprefix("=").split()[0].lower()
                token = _WORD.match(first)
                if token is None or _OUTSIDE_LATIN.search(w) is not None:
                    always = True
                    break
                if first.endswith("*") and token.group() == first[:-1]:
                    starts.add(token.group())
                else:
                    whole.add(token.group())
            keys[name][member] = None if always else (frozenset(whole), tuple(sorted(starts)))
    return keys


@lru_cache(maxsize=64)
def _member_index(
    lang: str | None,
) -> tuple[
    dict[str, tuple[tuple[str, str], ...]],
    dict[str, tuple[tuple[str, str], ...]],
    tuple[str, ...],
    frozenset[tuple[str, str]],
]:
    """`_member_keys` turned around, for `_latin_members`: each whole run of letters with
    the (set, member) pairs it keys, each prefix with the pairs it keys, the prefixes, and
    the pairs always searched for (keyed None)."""
    whole: dict[str, list[tuple[str, str]]] = {}
    starts: dict[str, list[tuple[str, str]]] = {}
    always: set[tuple[str, str]] = set()
    for name, members in _member_keys(lang).items():
        for member, key in members.items():
            if key is None:
                always.add((name, member))
                continue
            for run in key[0]:
                whole.setdefault(run, []).append((name, member))
            for prefix in key[1]:
                starts.setdefault(prefix, []).append((name, member))
    return (
        {k: tuple(v) for k, v in whole.items()},
        {k: tuple(v) for k, v in starts.items()},
        tuple(starts),
        frozenset(always),
    )


@lru_cache(maxsize=1024)
def _latin_members(text: str, lang: str | None) -> frozenset[tuple[str, str]] | None:
    """The (set, member) pairs of the language's closed sets whose pattern may match in
    `text` (as `_member_keys` finds them, member by member), found once for every set
    from the text's runs of letters; None when the text holds a character outside Latin
    letters (`_OUTSIDE_LATIN`), where every member is searched for."""
    if _OUTSIDE_LATIN.search(text) is not None:
        return None
    whole, starts, prefixes, always = _member_index(lang)
    found = set(always)
    for run in _text_of(text).letter_runs:
        keyed = whole.get(run)
        if keyed is not None:
            found.update(keyed)
        if prefixes and run.startswith(prefixes):
            for prefix in prefixes:
                if run.startswith(prefix):
                    found.update(starts[prefix])
    return frozenset(found)


def _member_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """One member's words as a pattern (`_holder_sets`)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        if _has_cjk(word):
            parts.append(re.escape(word))
            continue
        core = r"\s+".join(
            re.escape(w.rstrip("*")) + (r"[^\W\d_]*" if w.endswith("*") else "")
            for w in word.removeprefix("=").split()
        )
        if word.startswith("="):
            # "=UN", "=WHO": with its case, never the French "un" nor the English "who".
            core = f"(?-i:{core})"
        parts.append(rf"(?<!\w){core}(?!\w)")
    return re.compile("|".join(parts), re.I)


def _members(text: str, lang: str | None, name: str) -> dict[str, str] | None:
    """The members of the closed set ``name`` that ``text`` names, each with the words
    naming it first; None when its language has no such set. Words inside a longer word
    of another member name only that one ("三级跳远" is a triple jump, not a "跳远";
    "pygmy sperm whale" no "sperm whale")."""
    sets = _holder_sets(_base(lang))
    if sets is None or name not in sets:
        return None
    # In a text of Latin letters only, a member none of whose words' first letters the
    # text holds has no match (`_member_keys`): its pattern is not searched for.
    may = _latin_members(text, _base(lang))
    first: dict[str, str] = {}
    for member, pattern in sets[name].items():
        if may is not None and (name, member) not in may:
            continue
        m = pattern.search(text)
        if m is not None:
            first[member] = m.group()
    if len(first) < 2:
        return first
    spans = {member: list(sets[name][member].finditer(text)) for member in first}
    found = {}
    for member, matches in spans.items():
        for m in matches:
            inside = any(
                o.start() <= m.start()
                and m.end() <= o.end()
                and o.end() - o.start() > m.end() - m.start()
                for other, ms in spans.items()
                if other != member
                for o in ms
            )
            if not inside:
                found[member] = m.group()
                break
    return found


#: The end of a sentence, for the sentence of a matched figure: a full stop before a
#: capital (`_MODAL_SENTENCE_END`), or a Chinese or Japanese full stop.
_SENTENCE_END = _sentence_ends(r"[.!?;](?=\s+[\"“]?[A-ZÀ-ÖØ-Þ])|[!?;](?=\s)|[。！？]")


def _figure_sentences(
    readings: list[Reading], langs: Sequence[str | None], figures: Sequence[Value]
) -> list[tuple[str, str | None]]:
    """The sentences of the quotes that may say whose `figures` are (each with its quote's
    language, in their quote's order): all of a quote's sentences but those that hold
    figures of their own and none of `figures` ("If you look at the number that have been
    killed by gun violence, it's in the tens of thousands" names the holder of its own
    figure, not of "less than 100" before it). A quote holding none of `figures` counts
    whole."""
    mine = {id(q) for q in figures}
    out = []
    for r, lang in zip(readings, langs, strict=False):
        text = r.text
        if not any(id(v) in mine for v in r.values):
            out.append((text, lang))
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        bounds = list(zip([0, *ends], [*ends, len(text)], strict=True))
        held: dict[int, bool] = {}  # each sentence: whether it holds one of `figures`
        for v in r.values:
            k = bisect.bisect_right(ends, v.start)
            held[k] = held.get(k, False) or id(v) in mine
        out += [(text[lo:hi], lang) for k, (lo, hi) in enumerate(bounds) if held.get(k, True)]
    return out


def _other_member(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: Sequence[str | None],
    figures: Sequence[Value],
) -> tuple[str, str, str] | None:
    """A closed set whose members the statement names where the sentences of the quotes'
    matched `figures` name only others of it (a quote whose language has no such set is
    passed over): (the set's name, the statement's words for its members, the quotes'),
    each joined by ", "; else None."""
    sets = _holder_sets(_base(statement_lang))
    if not sets or not _may_name_member(stated.text, _base(statement_lang)):
        return None
    sentences = _figure_sentences(readings, langs, figures)
    for name in sets:
        mine = _members(stated.text, statement_lang, name)
        if not mine:
            continue
        theirs: dict[str, str] = {}
        for text, lang in sentences:
            theirs.update(_members(text, lang, name) or {})
        if theirs and not mine.keys() & theirs.keys():
            return name.replace("_", " "), ", ".join(mine.values()), ", ".join(theirs.values())
    return None


def _apart_in_set(a: str, a_lang: str | None, b: str, b_lang: str | None) -> str | None:
    """The name of a closed set of which `a` and `b` each name members, none the same:
    "ballenas jorobadas" and "sperm whales" (whale kinds); else None."""
    sets = _holder_sets(_base(a_lang))
    if not sets or not _may_name_member(a, _base(a_lang)):
        return None
    for name in sets:
        mine = _members(a, a_lang, name)
        if not mine:
            continue
        theirs = _members(b, b_lang, name)
        if theirs and not mine.keys() & theirs.keys():
            return name.replace("_", " ")
    return None


#: What closes the clause of a figure (`_clause_member_otherwise`): punctuation, and a
#: Latin-script "and" or "then" ("one stop on the Central line, four on the Circle line
#: and two on the Jubilee line"; "vier Stationen mit der Central Line und eine mit …").
_CLAUSE_CUT = re.compile(
    r"[,;:、，；：。！？!?()（）]|(?<!\w)(?:and|then|und|dann|et|puis|y|luego|e|depois)(?!\w)",
    re.I,
)


def _clause_of(text: str, cuts: list[tuple[int, int]], starts: list[int], v: Value) -> str:
    """The words of figure `v`'s clause in `text`, between the cuts (`_CLAUSE_CUT`, as
    their spans `cuts` and their starts `starts`) before and after it."""
    i = bisect.bisect_left(starts, v.start)
    lo = cuts[i - 1][1] if i else 0
    # A cut inside the figure ("1,5") is no cut of its clause.
    while i < len(cuts) and cuts[i][0] < v.end:
        i += 1
    hi = cuts[i][0] if i < len(cuts) else len(text)
    return text[lo:hi]


def _clause_cuts(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The spans of the text's `_CLAUSE_CUT`s and sentence ends (`_SENTENCE_END`: "it's
    less than 100. If you look at … gun violence" is two clauses), and their starts."""
    cuts = sorted(
        [m.span() for m in _CLAUSE_CUT.finditer(text)]
        + [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    )
    return cuts, [a for a, _ in cuts]


#: A Chinese or Japanese character: a counter between a count and its noun ("三支霰弹枪").
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _counts_member(text: str, v: Value, lang: str | None, name: str) -> bool:
    """Whether figure `v` counts a member of the closed set `name`, named right after it
    ("50 Lastwagen"; "三支霰弹枪", a counter between): a counted noun, which across
    languages only the words of [counted] compare. The members a clause ties a figure to
    are its holders or places ("four stops on the Circle line", "环线坐四站")."""
    sets = _holder_sets(_base(lang))
    if sets is None or name not in sets:
        return False
    spot = v.end
    while spot < len(text) and text[spot].isspace():
        spot += 1
    spots = [spot]
    if _CJK_CHAR.match(text, spot):
        spots.append(spot + 1)
    return any(p.match(text, at) for p in sets[name].values() for at in spots)


def _clause_member_otherwise(
    stated: Reading,
    statement_lang: str | None,
    met: Sequence[tuple[Value, Value]],
    readings: list[Reading],
    langs: Sequence[str | None],
) -> tuple[Value, Value, str, str, tuple[Value, str] | None] | None:
    """A count of the statement whose clause names one member of a closed set ("四站" of
    "沿中央线坐四站", "four stops on the Circle line") met by a figure of the quote whose
    clause names others of that set and not it ("环线坐四站"): (the statement's figure,
    the quote's, the statement's member's words, the quote's, and the quote's figure in
    the clause naming the statement's member with the quote's words for it, if one is
    another), or None. A clause of
    the quote naming no member says nothing either way."""
    sets = _holder_sets(_base(statement_lang))
    if not sets or not _may_name_member(stated.text, _base(statement_lang)):
        return None
    mine_cuts = _clause_cuts(stated.text)
    where = {id(v): k for k, r in enumerate(readings) for v in r.values}
    cut_memo: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
    for s, q in met:
        if s.kind != "number" or q.kind != "number":
            continue
        at = where.get(id(q))
        if at is None:
            continue
        owner, lang = readings[at], langs[at] if at < len(langs) else None
        if _holder_sets(_base(lang)) is None:
            continue
        if at not in cut_memo:
            cut_memo[at] = _clause_cuts(owner.text)
        cuts = cut_memo[at]
        said = _clause_of(stated.text, *mine_cuts, s)
        there = _clause_of(owner.text, *cuts, q)
        for name in sets:
            mine = _members(said, statement_lang, name)
            if not mine or len(mine) > 1:
                continue
            theirs = _members(there, lang, name)
            if not theirs or mine.keys() & theirs.keys():
                continue
            if _counts_member(stated.text, s, statement_lang, name) or _counts_member(
                owner.text, q, lang, name
            ):
                continue  # "50 cars" for "300 Autos und 50 Lastwagen": counted nouns
            # The quote's clauses naming the statement's member: one holding a figure
            # equal to the quote's keeps the tie ("坐四站" said twice); one with another
            # figure is the member's figure.
            other: tuple[Value, str] | None = None
            kept = False
            for v in owner.values:
                if v.kind != q.kind or v is q:
                    continue
                named = _members(_clause_of(owner.text, *cuts, v), lang, name) or {}
                shared = mine.keys() & named.keys()
                if not shared:
                    continue
                if _close(v.value, q.value):
                    kept = True
                    break
                other = other or (v, named[min(shared)])
            if kept:
                continue
            return s, q, ", ".join(mine.values()), ", ".join(theirs.values()), other
    return None


#: How far before a member of a closed set the words saying what a thing is are looked
#: for (`_kind_said`): a copula, an article and one word fit in it.
_KIND_REACH = 40


@lru_cache(maxsize=64)
def _kind_said(lang: str | None) -> re.Pattern[str] | None:
    """The words that say what a thing is, right before a member of a closed set
    ([kind_said] before: "is a", "é uma", "是一头"); None when the language has none."""
    rules = rules_for(lang)
    words = rules.data.get("kind_said") if rules is not None else None
    if not words or not words.get("before"):
        return None
    return re.compile("|".join(f"(?:{p})" for p in words["before"]), re.I)


def _kind_unsaid(
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: Sequence[str | None],
    figures: Sequence[Value],
) -> tuple[str, str] | None:
    """A kind the statement says a thing is ("Tāne Mahuta … é uma baleia": a copula and
    an indefinite article before a member of a closed set, [kind_said]) where the
    sentences of the quotes' matched `figures` name no member of that set at all ("the
    giant Tāne Mahuta, which may be 2,000 years old"): the quote holds the figure but does
    not say what holds it, and the statement's kind is then its own word, unverified (the
    set's name and the statement's words); else None. A quote whose language has no such
    set tells nothing and is passed over (None when no quote has it)."""
    base = _base(statement_lang)
    sets = _holder_sets(base)
    said = _kind_said(base)
    if not sets or said is None or not _may_name_member(stated.text, base):
        return None
    text = stated.text
    sentences = _figure_sentences(readings, langs, figures)
    for name in sets:
        mine = _members(text, statement_lang, name)
        if not mine:
            continue
        kinds = [
            w
            for w in mine.values()
            if (at := text.find(w)) >= 0 and said.search(text[max(0, at - _KIND_REACH) : at])
        ]
        if not kinds:
            continue
        read = [_members(t, lang, name) for t, lang in sentences]
        if any(r is None for r in read) or any(read):
            continue
        return name.replace("_", " "), ", ".join(kinds)
    return None
