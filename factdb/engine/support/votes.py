"""Votes and tallies: pairs said "86 to 438", the side each count stands for, and an agent
or side swapped between statement and quote."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from .numerals import _last_end
from .patterns import _alt, _lazy
from .results import Reading, Value, _close
from .rules import _VERSUS_WORDS, Rules, _base, _load_toml, rules_for
from .sentences import _has_cjk
from .words import _meanings, _unaccented

_VERSUS = _lazy(rf"\s*(?:{_VERSUS_WORDS})\s*", re.I)


#: A change from one figure to another, each with its year: "de 480 000 habitants en
#: 2000 à 520 000", "from 480,000 people in 2000 to 520,000", "von 480.000 im Jahr 2000
#: auf 520.000": a pair, in its order (one word of what is counted may follow the first).
_YEARED_VERSUS = _lazy(
    r"\s*(?:[^\W\d_]+\s+)?(?:in|en|em|im|no|na|el|in\s+the\s+year|im\s+Jahr?)\s+"
    r"(?:1[89]|20)\d\d\s*(?:to|à|a|auf|bis|para|até|al)\s+",
    re.I,
)


def _pairs(
    reading: Reading, rules: Rules | None = None, *, worded: bool = False
) -> list[tuple[Value, Value]]:
    """The figures of a reading said as a pair, in their order ("438 contre 86", and with
    the language's vote words "86 voix pour et 438 contre"); a vote said against first
    ("438 contre et 86 pour") is given for first, as a tally is written. With `worded`,
    only the pairs whose side words say which count is which ("86 pour et 438 contre")."""
    values = [v for v in reading.values if v.kind == "number" and not v.hedge]
    votes = rules.votes if rules is not None else None
    reversed_votes = rules.votes_against_first if rules is not None else None
    pairs = []
    for a, b in itertools.pairwise(values):
        if (
            (not worded and _VERSUS.fullmatch(reading.text, a.end, b.start) is not None)
            or (not worded and _YEARED_VERSUS.fullmatch(reading.text, a.end, b.start) is not None)
            or (
                not worded
                and rules is not None
                and rules.vote_versus is not None
                and rules.vote_versus.fullmatch(reading.text, a.end, b.start) is not None
            )
            or (
                votes is not None
                and votes[0].fullmatch(reading.text, a.end, b.start) is not None
                and votes[1].match(reading.text, b.end) is not None
            )
        ):
            pairs.append((a, b))
        elif (
            reversed_votes is not None
            and reversed_votes[0].fullmatch(reading.text, a.end, b.start) is not None
            and reversed_votes[1].match(reading.text, b.end) is not None
        ):
            pairs.append((b, a))
        elif rules is not None and rules.cjk and (side := _cjk_vote(reading.text, a, b, rules)):
            pairs.append((a, b) if side > 0 else (b, a))
    return pairs


@lru_cache(maxsize=16)
def _cjk_vote_words(lang: str) -> tuple[tuple[re.Pattern[str], ...], ...] | None:
    """For a language written without spaces, the words of a vote said as two counts
    ([votes] for and against in its data), as (between, after, before) patterns for each
    order, for first then against first: "86票赞成、438票反对", "賛成86票、反対438票"."""
    rules = rules_for(lang)
    votes = rules.data.get("votes", {}) if rules is not None else {}
    if not votes.get("for") or not votes.get("against"):
        return None
    gap = r"[^\d。；！？]"
    orders = []
    for one, other in ((votes["for"], votes["against"]), (votes["against"], votes["for"])):
        first, second = _alt(one), _alt(other)
        orders.append(
            (
                # "86票赞成、438票反对": each count before its word.
                re.compile(rf"{gap}{{0,4}}?(?:{first}){gap}{{0,4}}"),
                re.compile(rf"{gap}{{0,4}}?(?:{second})"),
                # "赞成86票，反对438票": each count after its word.
                re.compile(rf"(?:{first})$"),
                re.compile(rf"{gap}{{0,4}}?(?:{second}){gap}{{0,2}}"),
            )
        )
    return tuple(orders)


def _cjk_vote(text: str, a: Value, b: Value, rules: Rules) -> int:
    """Whether counts `a` and `b` are a vote said with its words, for first (1) or against
    first (-1), in a language written without spaces; else 0."""
    words = _cjk_vote_words(rules.base) if rules.base else None
    if words is None or b.start - a.end > 12:
        return 0
    for side, (between, after, before, between_words) in zip((1, -1), words, strict=True):
        if between.fullmatch(text, a.end, b.start) and after.match(text, b.end):
            return side
        if before.search(text, max(0, a.start - 4), a.start) and between_words.fullmatch(
            text, a.end, b.start
        ):
            return side
    return 0


#: The word right after a count: "86 abstentions".
_WORD_AFTER = _lazy(r"[ \u00a0]*([^\W\d_]+)")


def _tallied(reading: Reading) -> list[tuple[Value, str]]:
    """The counts of a reading that a tally word follows, with the word's meaning."""
    words = _meanings("tally")
    found = []
    for v in reading.values:
        if v.kind != "number" or v.hedge:
            continue
        m = _WORD_AFTER.match(reading.text, v.end)
        meaning = words.get(_unaccented(m.group(1).lower())) if m else None
        if meaning is not None:
            found.append((v, meaning))
    return found


def _tally_swapped(stated: Reading, readings: list[Reading]) -> tuple[str, str] | None:
    """A count the statement ties to a tally word ("with 86 abstentions") that the quote
    gives too, but with that word after another count only ("438 contre 86 et 42
    abstentions"): the statement's count and the quote's, as written; or None."""
    own = _tallied(stated)
    if not own:
        return None
    theirs = [t for r in readings for t in _tallied(r)]
    for v, meaning in own:
        tied = [u for u, m in theirs if m == meaning]
        if not tied or any(_close(u.value, v.value) for u in tied):
            continue
        if any(_close(x.value, v.value) for r in readings for x in r.values if x.kind == "number"):
            return f"{v.text} {meaning}", f"{tied[0].text} {meaning}"
    return None


#: Where a clause ends, for the words of a vote's side beside a count.
_SIDE_CLAUSE = _lazy(r"[,;:()（）、，；：。！？]|[.!?](?=\s|$)")


@lru_cache(maxsize=1)
def _side_words() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """[vote_sides] by word (unaccented, lower case), a pattern of its words, and one of
    [vote_said]."""
    sides = _meanings("vote_sides")
    said = _load_toml("common").get("vote_said", {}).get("words", [])

    def words_re(words: list[str]) -> re.Pattern[str]:
        latin = [w for w in words if not _has_cjk(w)]
        cjk = [w for w in words if _has_cjk(w)]
        return re.compile(rf"(?<!\w)(?:{_alt(latin)})(?!\w)|{_alt(cjk)}", re.I)

    raw = [w for words in _load_toml("common").get("vote_sides", {}).values() for w in words]
    return sides, words_re([*raw, *sides]), words_re(said)


@lru_cache(maxsize=1)
def _side_before() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """[vote_sides_before] by phrase (unaccented, lower case), a pattern of one of them
    ending right before a count ("opposed by 438"), and one of them anywhere."""
    before = _meanings("vote_sides_before")
    raw = [w for words in _load_toml("common").get("vote_sides_before", {}).values() for w in words]
    phrase = rf"(?<!\w)({_alt([*raw, *before])})"
    return before, re.compile(rf"{phrase}[ \u00a0]+$", re.I), re.compile(phrase, re.I)


def _vote_sides(reading: Reading, rules: Rules | None, pairs: bool) -> list[tuple[Value, str]]:
    """The counts of a reading tied to a side of a vote: by the word right after it ("438
    against", "42 abstentions"), else by the one side word of its clause (after it, "438
    deputies voted against"; in Chinese or Japanese on either side, "反对该法案的议员有438人");
    with `pairs`, in a text that says a vote, by its place in a pair ("438 contre 86": for,
    then against)."""
    sides, side_words, said = _side_words()
    found: list[tuple[Value, str]] = []
    text = reading.text
    paired = _pairs(reading, rules)
    in_pairs = {id(v) for pair in paired for v in pair}
    # Where the figures end and start, in order: the one nearest before or after a figure
    # is looked up, not looked for among them all.
    value_ends = sorted(u.end for u in reading.values)
    value_starts = sorted(u.start for u in reading.values)
    for v in reading.values:
        if v.kind != "number" or v.hedge or id(v) in in_pairs:
            continue  # "438 contre 86": the word between a pair's counts is no side
        m = _WORD_AFTER.match(text, v.end)
        side = sides.get(_unaccented(m.group(1).lower())) if m else None
        if side is None and not pairs:
            # The statement's passive: "opposed by 438 deputies", "rejeté par 86 voix".
            before, before_re, _ = _side_before()
            hit = before_re.search(text, max(0, v.start - 30), v.start)
            phrase = " ".join(hit.group(1).lower().split()) if hit else ""
            side = before.get(_unaccented(phrase)) if hit else None
        if side is None:
            # Its clause, not past the figures beside it: "86 en contra y 42 abstenciones".
            lo = _last_end(_SIDE_CLAUSE, text, v.start)
            end = _SIDE_CLAUSE.search(text, v.end)
            hi = end.start() if end is not None else len(text)
            at = bisect.bisect_right(value_ends, v.start)  # those ending at or before it
            lo = max(lo, value_ends[at - 1]) if at else lo
            at = bisect.bisect_left(value_starts, v.end)  # those starting at or after its end
            hi = min(hi, value_starts[at]) if at < len(value_starts) else hi
            if rules is None or not rules.cjk:
                lo = v.end  # "86 votaram contra e 42 se abstiveram": the words after it
            said_sides = {sides[_unaccented(w.lower())] for w in side_words.findall(text, lo, hi)}
            side = said_sides.pop() if len(said_sides) == 1 else None
        if side is not None:
            found.append((v, side))
    if pairs and said.search(text):
        for a, b in paired:
            found += [(a, "for"), (b, "against")]
    elif not pairs:
        # The statement's pair said with its side words ("438 votes in favour and 42
        # against", "赞成438票、反对42票"): each count is its word's side.
        for a, b in _pairs(reading, rules, worded=True):
            found += [(a, "for"), (b, "against")]
    return found


@lru_cache(maxsize=256)
def _says_a_side(text: str) -> bool:
    if _side_words()[1].search(text) is not None:
        return True
    return _side_before()[2].search(text) is not None


@lru_cache(maxsize=64)
def _agent_re(lang: str | None) -> re.Pattern[str] | None:
    """The language's agent of a participle ([agent]: "killed … by terrorism", "tués par
    le terrorisme"): the participle (group 1), at most three tokens, the agent word and up
    to three words after it (group 2), none a digit."""
    rules = rules_for(lang)
    data = rules.data.get("agent", {}) if rules is not None else {}
    words, participle = data.get("before") or [], data.get("participle")
    if not words or not participle or rules is None or rules.cjk:
        return None
    # A lookahead, so that matches overlap: "ont été blessés par …" gives "été" and "blessés".
    return re.compile(
        rf"(?<!\w)(?=({participle})(?!\w)(?:[ \u00a0]+[^\s,;:.!?]+){{0,3}}?[ \u00a0]+"
        rf"(?:{_alt(words)})[ \u00a0]+((?:[^\W\d_]+[ \u00a0]+){{0,2}}[^\W\d_]+)(?!\w)"
        rf"(?![ \u00a0]*\d))",
        re.I,
    )


def _agent_words(phrase: str, rules: Rules) -> set[str]:
    """The content words of an agent phrase: four letters or more, no function word."""
    skip = (rules.function_words or frozenset()) | _agent_skip(rules.base)
    return {w.lower() for w in _WORD4.findall(phrase) if w.lower() not in skip}


@lru_cache(maxsize=16)
def _agent_skip(lang: str | None) -> frozenset[str]:
    """Words of an agent phrase that name no agent ([agent] skip: "dans", "since")."""
    rules = rules_for(lang)
    words = rules.data.get("agent", {}).get("skip", []) if rules is not None else []
    return frozenset(w.lower() for w in words)


_WORD4 = _lazy(r"[^\W\d_]{4,}")


def _agent_otherwise(
    stated: Reading, readings: list[Reading], langs: Sequence[str | None], lang: str | None
) -> tuple[str, str] | None:
    """The agent the statement gives a participle ("killed by gun violence") where a quote
    in its language gives the same participle another agent ("killed since 9/11 by
    terrorism"), no content word of either found on the other side: (the statement's
    words, the quote's); else None. Which cause is meant, a person reads."""
    pattern = _agent_re(lang)
    rules = rules_for(lang)
    if pattern is None or rules is None or not stated.values:
        return None
    mine = [
        (m.group(1).lower(), stated.text[m.start() : m.end(2)], m.group(2))
        for m in pattern.finditer(stated.text)
    ]
    if not mine:
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        if _base(quote_lang) != _base(lang):
            continue
        for m in pattern.finditer(r.text):
            for verb, said, agent in mine:
                if m.group(1).lower() != verb:
                    continue
                ours, theirs = _agent_words(agent, rules), _agent_words(m.group(2), rules)
                if not ours or not theirs:
                    continue
                if any(_shares_stem(a, b) for a in ours for b in theirs):
                    continue
                quoted = {w.lower() for w in _WORD4.findall(r.text)}
                said_words = {w.lower() for w in _WORD4.findall(stated.text)}
                if ours & quoted or theirs & said_words:
                    continue
                return said, r.text[m.start() : m.end(2)]
    return None


def _shares_stem(a: str, b: str) -> bool:
    """Whether two words share their first four letters ("terrorists", "terrorism";
    "rockfalls", "rocks")."""
    return a[:4] == b[:4]


def _vote_side_swapped(
    stated: Reading,
    rules: Rules | None,
    readings: list[Reading],
    langs: Sequence[str | None],
) -> tuple[str, str] | None:
    """A count the statement ties to a side of a vote ("反对该法案的议员有438人": 438
    against) that the quote gives to another side only ("438 contre 86": 438 for): the
    statement's count and the quote's, with their sides; or None."""
    # Only a bare count can be tied to a side (`_vote_sides`): a statement without one,
    # most, is not scanned for the side words.
    if not any(v.kind == "number" and not v.hedge for v in stated.values):
        return None
    if not _says_a_side(stated.text):
        return None
    own = _vote_sides(stated, rules, pairs=False)
    if not own:
        return None
    said = _side_words()[2]
    if not any(said.search(r.text) for r in readings):
        return None  # "counts against him" for "counts … for murdering": no vote
    theirs = [
        t
        for i, r in enumerate(readings)
        for t in _vote_sides(r, rules_for(langs[i]) if i < len(langs) else None, pairs=True)
    ]
    for v, side in own:
        same = [u for u, m in theirs if _close(u.value, v.value)]
        if same and all(m != side for u, m in theirs if _close(u.value, v.value)):
            other = next(m for u, m in theirs if _close(u.value, v.value))
            return f"{v.text} {side}", f"{same[0].text} {other}"
    return None
