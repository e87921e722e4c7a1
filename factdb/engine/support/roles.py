"""Roles: who did what to whom (agents, passives, acquirers and acquired, buyers and
sellers, parties of a comparison), swapped between statement and quote."""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from .clauses import _clause_bounds
from .events import _sentence_bounds, _sentence_of
from .names import _NAME
from .negation import _SENTENCE_END
from .patterns import (
    _TOKEN,
    _alt,
    _any_required_words,
    _holds_any,
    _holds_folded,
    _lazy,
    _lowered,
    _may_hold,
)
from .periods import _kana_skeleton, _latin_skeletons
from .places import _place_langs, _place_mentions
from .reading import _DIFFERENCE_KINDS
from .results import Reading, Value, _owner
from .rules import _base, _load_toml, rules_for
from .sentences import _LONG_WORD, _has_cjk


@lru_cache(maxsize=64)
def _reference_words(lang: str | None) -> re.Pattern[str] | None:
    """The language's words before a change's reference ([change_roles] reference_before:
    "than", "from", "als", "que", "par rapport à")."""
    rules = rules_for(lang)
    words = rules.data.get("change_roles", {}).get("reference_before") if rules else None
    if not words or rules is None or rules.cjk:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I)


@lru_cache(maxsize=1)
def _counted_nouns_pattern() -> re.Pattern[str] | None:
    """[counted_nouns] of common.toml as one pattern, a group per meaning: Latin-script
    words whole, Chinese and Japanese ones anywhere. The meanings with the longest words
    come first, so that a phrase is read before a word inside it ("votes in favour",
    "Ja-Stimmen" before "votes", "Stimmen")."""
    return _counted_nouns_compiled(_counted_noun_groups())


@lru_cache(maxsize=1)
def _counted_noun_groups() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """[counted_nouns] of common.toml in `_counted_nouns_pattern`'s order: each meaning with
    its Latin-script words and its Chinese and Japanese ones, longest first."""
    table = _load_toml("common").get("counted_nouns", {})
    return tuple(
        (
            meaning,
            tuple(sorted((w for w in words if not _has_cjk(w)), key=len, reverse=True)),
            tuple(sorted((w for w in words if _has_cjk(w)), key=len, reverse=True)),
        )
        for meaning, words in sorted(table.items(), key=lambda kv: (-max(map(len, kv[1])), kv[0]))
    )


def _counted_nouns_compiled(
    table: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...],
) -> re.Pattern[str] | None:
    """One pattern of `_counted_noun_groups`' meanings (or some of their words), a group
    per meaning that has words, in their order; None when none has."""
    groups = []
    for meaning, latin, cjk in table:
        parts = [rf"(?<!\w)(?:{_alt(latin)})(?!\w)"] if latin else []
        parts += [_alt(cjk)] if cjk else []
        if parts:
            groups.append(f"(?P<{meaning}>{'|'.join(parts)})")
    return re.compile("|".join(groups), re.I) if groups else None


@lru_cache(maxsize=2048)
def _counted_nouns_at(token: str | None, char: str | None) -> re.Pattern[str] | None:
    """`_counted_nouns_pattern` cut to the words that can match where a text's word
    `token` starts (lower-cased; None: no word of `_counted_nouns_gate` starts there) and
    character `char` stands (a Chinese or Japanese word's first; None: no such one): the
    Latin-script words whose first word is `token` (a word matches whole, so the text's
    word there is its first), the Chinese and Japanese ones that open with `char` (none
    opens with a character that has a case). The meanings keep their order and each its
    words', so its match there is the whole pattern's; but it tries a few words, not the
    table's 1,300 (a match of the whole pattern at one position cost 20-30 µs)."""
    table = tuple(
        (
            meaning,
            tuple(w for w in latin if token is not None and _first_word(w) == token),
            tuple(w for w in cjk if char is not None and w[0] == char),
        )
        for meaning, latin, cjk in _counted_noun_groups()
    )
    return _counted_nouns_compiled(table)


def _first_word(word: str) -> str | None:
    """The first word (``\\w+``) of a [counted_nouns] word, lower-cased, as
    `_counted_nouns_gate` takes it; None when it opens with no word character."""
    m = _TOKEN.match(word.lower())
    return m.group() if m else None


@lru_cache(maxsize=1)
def _counted_nouns_gate() -> tuple[frozenset[str], frozenset[str]]:
    """What a text must hold for `_counted_nouns_pattern` to match in it: the first word,
    lower-cased, of one of its Latin-script words (they match whole words, so that word
    stands whole in the text), or the first character of one of its Chinese or Japanese
    words."""
    table = _load_toml("common").get("counted_nouns", {})
    words = [w for ws in table.values() for w in ws]
    first = frozenset(
        m.group() for w in words if not _has_cjk(w) for m in [_TOKEN.match(w.lower())] if m
    )
    cjk = frozenset(w[0] for w in words if _has_cjk(w))
    return first, cjk


#: Characters that a case-blind regex matches other than `str.lower` says ("ſ" for "s",
#: the Kelvin sign for "k"): a text holding one skips `_counted_nouns_gate`.
_CASE_ODD = frozenset("ſKÅİıẞß")


def _counted_matches_at(
    text: str, starts: list[tuple[int, tuple[str | None, str | None]]], hi: int
) -> Iterator[re.Match[str]]:
    """`_counted_nouns_pattern`'s matches in `text` up to `hi` for a pattern that can match
    only at `starts`, each with the word and the character that stand there
    (`_counted_nouns_at`'s keys): at each start in turn, after the end of the match before,
    the pattern of the words that can match there is tried, with the match the whole
    pattern's would be."""
    after = 0
    for start, (token, char) in starts:
        if start < after:
            continue
        pattern = _counted_nouns_at(token, char)
        if pattern is None:
            continue
        m = pattern.match(text, start, hi)
        if m is not None and m.end() > start:
            yield m
            after = m.end()


def _counted_nouns_in(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """`_counted_nouns_pattern`'s matches in text[lo:hi], found only where
    `_counted_nouns_gate` lets one be (most texts hold none of its words)."""
    pattern = _counted_nouns_pattern()
    if pattern is None:
        return iter(())
    hi = len(text) if hi is None else hi
    part = text[lo:hi]
    first, cjk = _counted_nouns_gate()
    lowered = part.lower()
    if not part.isascii() and (not _CASE_ODD.isdisjoint(part) or len(lowered) != len(part)):
        found: Iterator[re.Match[str]] = pattern.finditer(text, lo, hi)
    else:
        # A match starts where one of its words does: a whole word ("\w+") that is some
        # Latin-script word's first (the pattern's `(?<!\w)` puts it at a word's start), or
        # a Chinese or Japanese word's first character. Trying the pattern there only finds
        # what scanning every position finds, at a fraction of the cost of the scan; and
        # only the words that open with what stands there (`_counted_nouns_at`).
        starts: dict[int, tuple[str | None, str | None]] = {
            lo + m.start(): (m.group(), None)
            for m in _TOKEN.finditer(lowered)
            if m.group() in first
        }
        if cjk and not part.isascii():
            for i, c in enumerate(part):
                if c in cjk:
                    starts[lo + i] = (starts.get(lo + i, (None, None))[0], c)
        if not starts:
            return iter(())
        found = _counted_matches_at(text, sorted(starts.items()), hi)
    friends = _counted_false_friends()
    if not friends:
        return found
    return (m for m in found if not _false_friend(text, m, friends))


@lru_cache(maxsize=1)
def _counted_false_friends() -> dict[str, re.Pattern[str]]:
    """Words of [counted_nouns] that are other words in another language, each with the
    patterns of that language's uses ([counted_false_friends] of every language: the
    French "sont revenues à" is no English "revenues", the English "siege of" no German
    "Siege"), gathered from every language's table into one pattern a word."""
    patterns: dict[str, list[str]] = {}
    for lang in _FALSE_FRIEND_LANGS:
        for word, pats in _load_toml(lang).get("counted_false_friends", {}).items():
            patterns.setdefault(word.lower(), []).extend(pats)
    return {w: re.compile("|".join(f"(?:{p})" for p in ps), re.I) for w, ps in patterns.items()}


#: The languages whose tables may list [counted_false_friends].
_FALSE_FRIEND_LANGS = ("en", "de", "fr", "es", "pt", "ja")


#: How far around a counted noun its false friend's pattern may read.
_FALSE_FRIEND_REACH = 40


def _false_friend(text: str, m: re.Match[str], friends: dict[str, re.Pattern[str]]) -> bool:
    """Whether the counted noun matched at `m` is a word of another language that its
    words around say ([counted_false_friends])."""
    pattern = friends.get(m.group().lower())
    if pattern is None:
        return False
    lo = max(0, m.start() - _FALSE_FRIEND_REACH)
    hi = min(len(text), m.end() + _FALSE_FRIEND_REACH)
    return any(
        f.start() <= m.start() and f.end() >= m.end() for f in pattern.finditer(text, lo, hi)
    )


#: How many characters (a counter, a particle: "頭の") may stand between a Chinese or
#: Japanese figure and the noun it counts for `_counter_nouns`.
_COUNTER_GAP = 2


def _capitalized(text: str, start: int, end: int) -> set[str]:
    """The capitalized words of three letters or more in text[start:end]."""
    return {
        m.group()
        for m in _NAME.finditer(text, max(0, start), end)
        if m.group()[0].isupper() and len(m.group()) >= 3
    }


class _RoleWords(NamedTuple):
    """A language's words for `_roles`: its verbs (``key`` of [acquire]), its words of the
    passive, its converse verbs ("received … from": the agent after them), its articles
    (never a name: "The Yagan school") and whether its object may stand before its verb."""

    verbs: re.Pattern[str]
    passive: re.Pattern[str] | None
    converse: re.Pattern[str] | None
    source: re.Pattern[str] | None
    articles: frozenset[str]
    prepositions: frozenset[str]
    object_first: bool
    #: The nouns of the key's event ("the killing of A by B", "la compra de A por B") and
    #: the word that joins what the event is done to right after them ([acquire] nouns,
    #: of); its agent follows one of ``prepositions``.
    nouns: re.Pattern[str] | None = None
    of: re.Pattern[str] | None = None
    #: The agent's preposition ("by", "von", "por") as a pattern, for `_nominal_roles`.
    agent: re.Pattern[str] | None = None
    cjk: bool = False
    #: The particles after an agent and after an object ([acquire] agent_marks,
    #: object_marks: "が", "を"), for a language whose roles they mark (`_marked_roles`).
    agent_marks: tuple[str, ...] = ()
    object_marks: tuple[str, ...] = ()
    #: The particles after a passive's agent ([acquire] passive_agent_marks: "に", "によって").
    passive_agent_marks: tuple[str, ...] = ()
    #: The prepositions that make a name before the verb no agent ([acquire]
    #: place_prepositions: "bombings in Kenya and Tanzania killed"), the pronouns of an
    #: object before a verb whose subject follows it ([acquire] clitics: "lo mató George
    #: Zimmerman") and the marks of a relative clause after its verb ([acquire]
    #: relative_marks: "谷歌收购的公司").
    place_prepositions: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    relative_marks: tuple[str, ...] = ()
    #: The word before a recipient that stands before the verb ([acquire] recipient_before:
    #: "开发人员向AlphaGo提供"), for `_recipient_before`.
    recipient_before: re.Pattern[str] | None = None


#: The [acquire] list of the verbs that give each key's roles the other way round: the
#: recipient before "received" and the giver after it.
_CONVERSE_KEYS = {"giving": "receiving"}


@lru_cache(maxsize=64)
def _acquire_res(lang: str | None, key: str = "verbs") -> _RoleWords | None:
    """A language's verbs of buying a company (``key`` "verbs"), of giving to a
    recipient ("giving": "donated $500 to"), of beating a rival ("defeating": "beat") or
    of attacking ("attacking": "blew up"), its words of the passive beside them, its
    converse verbs and the words before their giver ([acquire] verbs, giving, defeating,
    attacking, passive, receiving, source), its articles ([acquire] articles) and whether
    its object may stand before its verb ([acquire] object_first); None without such
    verbs."""
    rules = rules_for(lang)
    data = rules.data.get("acquire", {}) if rules is not None else {}
    if not data.get(key):
        return None
    edge, end = ("", "") if rules is not None and rules.cjk else (r"(?<!\w)", r"(?!\w)")
    passive = data.get("passive") or []
    converse = data.get(_CONVERSE_KEYS.get(key, ""), [])
    source = data.get("source") or []
    nouns = data.get("nouns", {}).get(key) or []
    of = data.get("of") or []
    prepositions = data.get("prepositions") or []
    return _RoleWords(
        _role_verbs(data, key, edge, end),
        re.compile(rf"{edge}(?:{_alt(passive)}){end}", re.I) if passive else None,
        re.compile(rf"{edge}(?:{_alt(converse)}){end}", re.I) if converse and source else None,
        re.compile(rf"{edge}(?:{_alt(source)}){end}", re.I) if source else None,
        frozenset(w.lower() for w in data.get("articles", [])),
        frozenset(w.lower() for w in prepositions),
        bool(data.get("object_first")),
        re.compile(rf"{edge}(?:{_alt(nouns)}){end}", re.I) if nouns and of else None,
        re.compile(rf"\s*(?:{_alt(of)}){end}", re.I) if nouns and of else None,
        re.compile(rf"{edge}(?:{_alt(prepositions)}){end}", re.I) if prepositions else None,
        bool(rules is not None and rules.cjk),
        tuple(data.get("agent_marks") or ()),
        tuple(data.get("object_marks") or ()) + _recipient_marks(data, key),
        tuple(sorted(data.get("passive_agent_marks") or (), key=len, reverse=True)),
        frozenset(w.lower() for w in data.get("place_prepositions", [])),
        frozenset(w.lower() for w in data.get("clitics", [])),
        tuple(data.get("relative_marks") or ()),
        _recipient_before_res(data, key),
    )


#: How far before and after a verb of buying `_roles` reads its buyer and target,
#: and how many of a quote's verbs it reads.
_BUYER_BEFORE = 60


_BUYER_AFTER = 40


_PASSIVE_REACH = 12


_MAX_VERBS = 8


#: How many capitalized words a giver's name may hold (`_roles`: "Chris Cannon"),
#: and how far after a verb of giving its recipient may stand ("donated $500[29] to
#: Republican candidate Chris Cannon").
_GIVER_WORDS = 3


_GIVER_AFTER = 60


#: Up to two words in small letters before a recipient's capitalized name, its title ("to
#: former president Lula", "ao ex-presidente Luiz Inácio Lula").
_RECIPIENT_TITLE = r"(?:(?-i:[a-zß-ÿ])[\w-]{0,20}\s+){0,2}"


#: How far after a verb of giving its recipient may stand in a quote: a thing given with
#: words of its own between ("transferred the nominal ownership of the SpiderMonkey code
#: and project to Dave Mandelin"; "levar a taça da Copa Libertadores de 2012, conquistada
#: pelo Corinthians, ao ex-presidente Luiz Inácio Lula").
_RECIPIENT_AFTER = 120


def _latin_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])")


#: The first capitalized word after a verb, after one lower-case word at most (an
#: article): the subject of a German clause whose verb stands second after another word.
_AGENT_AFTER_VERB = _lazy(r"\s+(?:([a-zäöüß]+)\s+)?([A-ZÄÖÜ][^\W\d_]{2,})(?![^\W\d_])")


def _passive_at(
    words: _RoleWords, text: str, verb: re.Match[str], start: int
) -> re.Match[str] | None:
    """The word of the passive beside a verb (from ``start`` to just after it): "was"
    before it, "by" after it; an agent's preposition before the verb ([acquire]
    prepositions: "por levar", "by taking") opens no passive."""
    if words.passive is None:
        return None
    for p in words.passive.finditer(text, start, verb.end() + 6):
        if p.end() <= verb.start() and p.group().lower() in words.prepositions:
            continue
        return p
    return None


#: A Latin name inside a Chinese or Japanese text, where no space parts it from the words
#: around it ("2014年DeepMind收购了谷歌").
_LATIN_IN_CJK_SRC = r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*[A-Za-z](?![A-Za-z0-9])"


_LATIN_IN_CJK = _lazy(_LATIN_IN_CJK_SRC)


#: A possessor's name right before an event's noun ("Google's acquisition of", "DeepMind's
#: takeover by"): up to three capitalized words and "'s".
_POSSESSOR_BEFORE = _lazy(r"((?:[A-Z][^\W\d_]+\s+){0,2}[A-Z][^\W\d_]+)['’]s\s+$")


#: How far after an event's noun `_nominal_roles` reads its object and its agent ("the
#: killing of 17-year-old Trayvon Martin, who was black, by neighborhood watch volunteer
#: George Zimmerman").
_NOMINAL_AFTER = 160


#: A name in a Japanese text: a Latin word or a run of katakana ("DeepMind", "グーグル").
_MARKED_NAME = _lazy(_LATIN_IN_CJK_SRC + r"|[ァ-ヺー]{2,}")


#: How far before a verb `_marked_roles` reads its marked names, and how far after it the
#: head of its relative clause may stand ("DeepMindを買収したGoogle").
_MARKED_BEFORE = 60


_MARKED_HEAD = 6


def _marked_roles(words: _RoleWords, text: str, verb: re.Match[str]) -> tuple[set[str], set[str]]:
    """The names a language of particles gives as the agent and as the object of a verb:
    before it, by the particle right after each name ("Googleが", "DeepMindを"; in the
    passive "Googleに買収された", its agent); right after it, the head of its relative
    clause, the agent when the clause names only an object ("DeepMindを買収したGoogle"),
    the object when it names only an agent ("Googleが買収したDeepMind", "Googleに買収され
    たDeepMind")."""
    cut = [
        e.end()
        for e in _SENTENCE_END.finditer(text, max(0, verb.start() - _MARKED_BEFORE), verb.start())
    ]
    lo = cut[-1] if cut else max(0, verb.start() - _MARKED_BEFORE)
    passive = words.passive is not None and words.passive.match(text, verb.end()) is not None
    agents: set[str] = set()
    objects: set[str] = set()
    for m in _MARKED_NAME.finditer(text, lo, verb.start()):
        after = text[m.end() : m.end() + 4]
        if passive:
            if after.startswith(words.passive_agent_marks):
                agents.add(m.group())
            elif after.startswith(words.agent_marks):
                objects.add(m.group())
        elif after.startswith(words.agent_marks):
            agents.add(m.group())
        elif after.startswith(words.object_marks):
            objects.add(m.group())
    head = _MARKED_NAME.search(text, verb.end(), verb.end() + _MARKED_HEAD)
    if head is not None and not _SENTENCE_END.search(text, verb.end(), head.start()):
        if passive or (agents and not objects):
            objects.add(head.group())
        elif objects and not agents:
            agents.add(head.group())
    return agents, objects


#: A word before a name, for `_placed_names`: a word, an apostrophe's elision or a comma.
_WORD_BEFORE = _lazy(r"([^\W\d_]+['’]?|,)\s*$")


def _placed_names(words: _RoleWords, text: str, lo: int, hi: int) -> set[str]:
    """The capitalized words of text[lo:hi] that a place preposition governs, and those
    joined to them ("in Kenya and Tanzania", "in New York"): no agent of a verb after
    them ([acquire] place_prepositions)."""
    placed: set[str] = set()
    if not words.place_prepositions:
        return placed
    last = False  # whether the name before was placed
    for m in _NAME.finditer(text, lo, hi):
        if not m.group()[0].isupper():
            if m.group().lower() not in _NAME_JOINERS:
                last = False
            continue
        before = _WORD_BEFORE.search(text, max(lo, m.start() - 24), m.start())
        word = before.group(1) if before is not None else ""
        last = word.lower() in words.place_prepositions or (
            last and (word.lower() in _NAME_JOINERS or word[:1].isupper())
        )
        if last:
            placed.add(m.group())
    return placed


#: The words that join two names ("Kenya and Tanzania").
_NAME_JOINERS = frozenset({"and", "und", "et", "y", "e", ","})


def _role_names(words: _RoleWords, text: str, lo: int, hi: int) -> set[str]:
    """The capitalized words of text[lo:hi] (`_capitalized`), the Latin names inside a
    Chinese or Japanese text too."""
    if words.cjk:
        return {m.group() for m in _LATIN_IN_CJK.finditer(text, max(0, lo), hi)}
    return _capitalized(text, lo, hi)


def _nominal_roles(
    words: _RoleWords, text: str, noun: re.Match[str], end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The spans of the agent and of the object of an event's noun (`_RoleWords.nouns`):
    the agent after its preposition ("the killing of A by B", "la compra de A por B"), the
    object after the noun's joining word and a possessor before the noun when an agent
    follows ("A's acquisition by B"); without an agent, a possessor is the agent ("B's
    acquisition of A"). None when the noun joins neither an object nor an agent."""
    of = words.of.match(text, noun.end()) if words.of is not None else None
    before = _POSSESSOR_BEFORE.search(text, max(0, noun.start() - 60), noun.start())
    by = None
    if words.agent is not None:
        by = words.agent.search(text, of.end() if of else noun.end(), end)
        if by is not None and (of is None and by.start() - noun.end() > 3):
            by = None  # "A's acquisition by B": the agent right after the noun
    if by is not None:
        hi = _clause_bounds(text, by.start(), by.end())[1]
        objects = [(of.end(), by.start())] if of else []
        if before is not None:
            objects.append(before.span(1))
        return [(by.end(), max(hi, by.end()))], objects
    if of is None:
        return None
    hi = _clause_bounds(text, of.start(), of.end())[1]
    return ([before.span(1)] if before is not None else []), [(of.end(), hi)]


def _stated_agents(
    text: str, lang: str | None, key: str, skip: tuple[tuple[int, int], ...] = ()
) -> list[str] | None:
    """The names the statement gives as the agent of its first verb of ``key``
    (`_acquire_res`): those before the verb in the active voice ("Cannon donated"), those
    after the agent's preposition in the passive or after a converse verb ("Chelsea were
    beaten by Arsenal", "Yagan received $500 from Cannon"), those after the agent's
    preposition of the event's noun ("the killing of Martin by Zimmerman"); articles ("The
    Yagan school") and the words of the statement's figures (``skip``: "March 30") are no
    names. A language whose object may stand first gives its agent only in a clause that
    opens with the name right before the verb ("DeepMind übernahm 2014 Google") or after
    the agent's preposition of a passive ("wurde von Trayvon Martin getötet"). None where
    none is read."""
    words = _acquire_res(lang, key)
    if words is None:
        return None
    # Most statements hold none of the verbs' words (`_may_hold`): no scan of the pattern.
    m = words.verbs.search(text) if _may_hold(words.verbs, text) else None
    if m is None:
        perfect = _perfect_agent(text, lang, key)
        if perfect is not None:
            return [perfect] if not any(a <= text.find(perfect) < b for a, b in skip) else None
    converse = False
    if m is None and words.converse is not None:
        m = words.converse.search(text) if _may_hold(words.converse, text) else None
        converse = True
    zone: tuple[int, int]
    if m is not None and words.agent_marks and not converse:
        # "2014年にDeepMindがGoogleを買収した": the agent by its particle.
        marked = _marked_roles(words, text, m)[0]
        return [n for n in marked if not any(a <= text.find(n) < b for a, b in skip)]
    if m is None:
        noun = (
            words.nouns.search(text)
            if words.nouns is not None and _may_hold(words.nouns, text)
            else None
        )
        roles = _nominal_roles(words, text, noun, len(text)) if noun is not None else None
        if noun is None or roles is None or not roles[0]:
            return None
        zone, other = roles[0][0], (0, noun.start())
        if roles[0][0][0] < noun.start():  # a possessor: "Google's acquisition of DeepMind"
            other = (noun.end(), len(text))
    else:
        lo, hi = _clause_bounds(text, m.start(), m.end(), lang)
        passive = converse or _passive_at(words, text, m, max(0, m.start() - _PASSIVE_REACH))
        read = False
        if words.object_first and not converse:
            by = words.agent.search(text, lo, m.start()) if words.agent is not None else None
            aux = (
                words.passive.search(text, lo, min(len(text), m.end() + _PASSIVE_REACH))
                if words.passive is not None and by is not None
                else None
            )
            if (
                words.passive is not None
                and aux is not None
                and aux.group().lower() in words.prepositions
            ):
                aux = words.passive.search(text, aux.end(), min(len(text), m.end() + 12))
            if by is not None and aux is not None:
                # "Der 17-jährige Zimmerman wurde von Trayvon Martin getötet": the agent
                # between its preposition and the participle.
                read, zone, other = True, (by.end(), m.start()), (lo, by.start())
            elif passive:
                return None
        if read:
            pass
        elif passive:
            # "from" read past the verb's clause: "received US$1,000 from" (a comma in a figure).
            src = (
                words.source.search(text, m.end(), m.end() + _GIVER_AFTER)
                if converse and words.source is not None
                else None
            )
            if words.object_first or (converse and src is None):
                return None  # "Yagan received $500": no giver named
            if src is not None:
                hi = _clause_bounds(text, src.start(), src.end(), lang)[1]
                zone, other = (src.end(), hi), (lo, m.start())
            elif isinstance(passive, re.Match):
                by = (
                    words.agent.search(text, m.end(), hi)
                    if words.agent is not None and passive.group().lower() not in words.prepositions
                    else None
                )
                if words.agent is not None and by is None and passive.end() <= m.start():
                    return None  # "Arsenal were beaten at Wembley": no agent named
                zone, other = (by.end() if by else m.end(), hi), (lo, m.start())
                if words.cjk and passive.end() <= m.start():
                    # "由开发人员提供给AlphaGo": the agent between "由" and the verb.
                    zone, other = (passive.end(), m.start()), (m.end(), hi)
        else:
            zone, other = (lo, m.start()), (m.end(), len(text))
            cut = _recipient_before(words, text, lo, m.start())
            if cut is not None:  # "AlphaGo向开发人员提供": the giver before "向"
                zone, other = (lo, cut.start()), (cut.end(), len(text))
            ahead = text[lo : m.start()].split()
            if ahead and ahead[-1].lower() in words.clitics:
                return None  # "cuando lo mató George Zimmerman": the subject after the verb
            if words.relative_marks and text[m.end() : m.end() + 2].lstrip("了").startswith(
                words.relative_marks
            ):
                return None  # "DeepMind是谷歌在2014年收购的公司": a relative clause
            skip = skip + tuple(
                (i, i + len(n))
                # Read from before the clause: "in Kenya and Tanzania" joins across "and".
                for n in _placed_names(words, text, max(0, lo - _BUYER_BEFORE), m.start())
                for i in [text.find(n, lo)]
            )
            before = text[lo : m.start()].split()
            if words.object_first and not all(
                w[:1].isupper() or w.lower() in words.articles for w in before
            ):
                # One word before the verb ("2015 spendete die Yagan-Schule Cannon 500
                # Dollar"): the subject is the first name after the verb, its article aside.
                first = _AGENT_AFTER_VERB.match(text, m.end())
                if (
                    len(before) != 1
                    or first is None
                    or (first.group(1) is not None and first.group(1) not in words.articles)
                ):
                    return None  # "2014 kaufte kürzlich …": no name right after the verb
                zone, other = first.span(2), (lo, m.start())
    return [
        n
        for n in _role_names(words, text, *zone)
        if n.lower() not in words.articles
        and not any(a <= text.find(n, zone[0]) < b for a, b in skip)
        and not _latin_name(n).search(text, *other)  # said on both sides: no agent
    ]


@lru_cache(maxsize=64)
def _perfect_res(lang: str | None, key: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's participles of ``key`` that stand last in a clause of the perfect
    ([acquire] perfect: "gebracht", "geschenkt") and its auxiliaries right after the
    clause's first word ([acquire] perfect_auxiliaries: "hat", "habe"), as patterns; None
    without them."""
    rules = rules_for(lang)
    data = rules.data.get("acquire", {}) if rules is not None else {}
    participles = data.get("perfect", {}).get(key) or []
    auxiliaries = data.get("perfect_auxiliaries") or []
    if not participles or not auxiliaries:
        return None
    return (
        re.compile(rf"(?<!\w)(?:{_alt(participles)})(?!\w)", re.I),
        re.compile(rf"((?-i:[A-ZÄÖÜ])[^\W\d_]{{2,}})\s+(?:{_alt(auxiliaries)})\s", re.I),
    )


def _perfect_agent(text: str, lang: str | None, key: str) -> str | None:
    """The name that opens a clause of the perfect whose participle of ``key`` stands last,
    right before the clause's auxiliary ("Tite sagte, Lula habe ihm 2012 den Pokal
    gebracht": Lula): in the verb-second order the first word before the auxiliary is the
    subject when it is a name. None otherwise (an article, an adverb or a figure first:
    "2012 hat ihm Lula den Pokal gebracht" is left unread)."""
    found = _perfect_res(lang, key)
    if found is None:
        return None
    participles, opening = found
    p = participles.search(text) if _may_hold(participles, text) else None
    if p is None:
        return None
    lo = _clause_bounds(text, p.start(), p.end(), lang)[0]
    while lo < p.start() and not text[lo].isalnum():
        lo += 1
    m = opening.match(text, lo, p.start())
    if m is None:
        return None
    name = m.group(1)
    articles = _acquire_res(lang, key)
    if articles is not None and name.lower() in articles.articles:
        return None
    return name


def _stated_places(text: str, lang: str | None, names: list[str]) -> dict[str, str]:
    """The keys of the places (`_place_mentions`: CLDR names) among a statement's agent
    names ("Soudan": "T:SD"), each with its name; none where a name is no place."""
    if not lang or not names:
        return {}
    found = {p.text: p.key for p in _place_mentions(text, (lang,)) if p.key.startswith("T:")}
    keys = {found[n]: n for n in names if n in found}
    return keys if len(keys) == len(names) else {}


def _places_named(text: str, lang: str | None, places: dict[str, str]) -> list[re.Pattern[str]]:
    """Patterns of the names a quote gives the statement's places (`_stated_places`) in its
    own language ("Sudan" for "Soudan"), one a place; empty unless it names them all."""
    if not lang:
        return []
    spans: dict[str, str] = {}
    for p in _place_mentions(text, (lang,)):
        if p.key in places and _LATIN_NAME_START.match(p.text):
            spans.setdefault(p.key, p.text)
    if len(spans) != len(places):
        return []
    return [_latin_name(n) for n in spans.values()]


@lru_cache(maxsize=1)
def _name_forms() -> dict[str, tuple[str, ...]]:
    """Each form of a name of [name_forms] and [person_name_forms] (its Latin form, its
    katakana and Chinese forms: "DeepMind", "ディープマインド") with all the forms of that name."""
    common = _load_toml("common")
    table = {**common.get("name_forms", {}), **common.get("person_name_forms", {})}
    out: dict[str, tuple[str, ...]] = {}
    for latin, forms in table.items():
        group = (latin, *forms)
        for form in group:
            out[form] = group
    return out


def _forms_in(
    text: str, names: list[str], patterns: list[re.Pattern[str]]
) -> list[re.Pattern[str]]:
    """``patterns`` (one a name of ``names``), each that ``text`` does not match replaced
    by the pattern of another form of its name ([name_forms]) that it does."""
    forms = _name_forms()
    out = []
    for name, pattern in zip(names, patterns, strict=False):
        if not pattern.search(text):
            other = (_latin_name(f) for f in forms.get(name, ()) if f != name and f in text)
            pattern = next(other, pattern)
        out.append(pattern)
    return out


#: A katakana name ("カシマ"), and a Latin word of a quote that may write it.
_KANA_NAME = _lazy(r"[ァ-ヺー]{2,}")


_LATIN_CAPITALIZED = _lazy(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]+(?![^\W\d_])")


#: How many consonants a katakana name's skeleton holds at least to be matched in Latin
#: letters ("カシマ": "ksm"; "レアル": "r" is too short to tell).
_KANA_SKELETON_MIN = 3


def _kana_in_latin(
    text: str, names: list[str], patterns: list[re.Pattern[str]]
) -> list[re.Pattern[str]]:
    """``patterns`` (one a name of ``names``), each of a katakana name replaced by the
    pattern of the capitalized Latin word of ``text`` with its consonants
    (`periods._kana_skeleton`, `periods._latin_skeletons`: "カシマ" is "Kashima")."""
    out = []
    for name, pattern in zip(names, patterns, strict=False):
        skeleton = _kana_skeleton(name) if _KANA_NAME.fullmatch(name) else ""
        if len(skeleton) >= _KANA_SKELETON_MIN:
            word = next(
                (
                    m.group()
                    for m in _LATIN_CAPITALIZED.finditer(text)
                    if skeleton in _latin_skeletons(m.group())
                ),
                None,
            )
            if word is not None:
                pattern = _latin_name(word)
        out.append(pattern)
    return out


#: A place name the roles are read of starts with a capital letter ("Sudan", not "sudanais").
_LATIN_NAME_START = _lazy(r"(?-i:[A-ZÀ-Þ])")


def _roles(
    stated: Reading,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
    key: str = "verbs",
) -> tuple[str | None, bool]:
    """The name the statement gives as a buyer ("DeepMind acquired Google") that the quote
    gives only as what was bought, after its verb in the active voice ("谷歌在2014年收购的
    人工智能公司DeepMind"), or None; and whether a quote gives the statement's agents as
    its agents. With ``key`` "giving", the name the statement gives as a giver ("Cannon
    donated $500 to Yagan", "Yagan received $500 from Cannon") that the quote gives only
    as the recipient ("Yagan donated $500 to Cannon"); with ``key`` "defeating", the
    winner ("Chelsea beat Arsenal in the 2017 final", "Arsenal were beaten by Chelsea")
    that the quote gives only as the one beaten ("Arsenal beat Chelsea in the 2017
    final")."""
    text = stated.text
    buyers = _stated_agents(text, lang, key, tuple((v.start, v.end) for v in stated.values))
    buyers = _possessors_dropped(text, buyers)
    # A company is named in one word; a giver may be a person's first and last names, each
    # of which the quote must give as the recipient.
    if buyers is None or not 1 <= len(buyers) <= (_GIVER_WORDS if key != "verbs" else 1):
        return None, False
    names = [_latin_name(n) for n in sorted(buyers)]
    places = _stated_places(text, lang, buyers)
    written_otherwise = any(n in _name_forms() for n in buyers)
    kana = any(_KANA_NAME.fullmatch(n) for n in buyers)
    after = (
        _RECIPIENT_AFTER if key == "giving" else _GIVER_AFTER if key != "verbs" else _BUYER_AFTER
    )
    bought = False
    for r, quote_lang in zip(readings, langs, strict=False):
        theirs = _acquire_res(quote_lang, key)
        if theirs is None or (theirs.object_first and not theirs.agent_marks):
            continue
        pats = names
        if places and _base(quote_lang) != _base(lang):
            # "le Soudan" for "Sudan": a place the quote names in its own language.
            pats = _places_named(r.text, quote_lang, places) or names
        if written_otherwise:
            # "ディープマインド" for "DeepMind": a name the quote writes in another script.
            pats = _forms_in(r.text, sorted(buyers), pats)
        if kana and not _has_cjk(r.text):
            # "カシマ" for "Kashima": a katakana name the quote writes in Latin letters.
            pats = _kana_in_latin(r.text, sorted(buyers), pats)
        if not all(name.search(r.text) for name in pats):
            continue
        if theirs.agent_marks:
            # A language of particles: each verb's agents and objects by them.
            for v in itertools.islice(theirs.verbs.finditer(r.text), _MAX_VERBS):
                agents, objects = _marked_roles(theirs, r.text, v)
                if written_otherwise:  # "DeepMind" is "ディープマインド"
                    agents = {f for a in agents for f in _name_forms().get(a, (a,))}
                    objects = {f for o in objects for f in _name_forms().get(o, (o,))}
                if any(n in agents for n in buyers):
                    return None, all(n in agents for n in buyers)
                bought = bought or all(n in objects for n in buyers)
            continue
        found = list(itertools.islice(theirs.verbs.finditer(r.text), _MAX_VERBS))
        if theirs.converse is not None:
            found += itertools.islice(theirs.converse.finditer(r.text), _MAX_VERBS)
        if theirs.nouns is not None and _may_hold(theirs.nouns, r.text):
            found += itertools.islice(theirs.nouns.finditer(r.text), _MAX_VERBS)
        for v in found:
            start = max(0, v.start() - _BUYER_BEFORE)
            cut = [e.end() for e in _SENTENCE_END.finditer(r.text, start, v.start())]
            start = cut[-1] if cut else start
            reach = _NOMINAL_AFTER if v.re is theirs.nouns else after
            stop = _SENTENCE_END.search(r.text, v.end(), v.end() + reach)
            end = stop.start() if stop else min(len(r.text), v.end() + reach)
            if v.re is theirs.nouns:
                # "the killing of Trayvon Martin … by George Zimmerman": the agent after
                # its preposition, the object after the noun's joining word.
                nominal = _nominal_roles(theirs, r.text, v, end)
                if nominal is None:
                    continue
                doers, done = nominal
                if any(name.search(r.text, *z) for z in doers for name in pats):
                    return None, all(any(name.search(r.text, *z) for z in doers) for name in pats)
                bought = bought or all(any(name.search(r.text, *z) for z in done) for name in pats)
                continue
            if v.re is theirs.converse:
                # "Yagan received $500 from Cannon": the giver after "from", the recipient
                # in the verb's clause before it.
                lo = _clause_bounds(r.text, v.start(), v.end(), quote_lang)[0]
                src = theirs.source.search(r.text, v.end(), end) if theirs.source else None
                if src is None:
                    continue
                hi = _clause_bounds(r.text, src.start(), src.end(), quote_lang)[1]
                buyer_zone, bought_zone = (src.end(), hi), (lo, v.start())
            else:
                p = _passive_at(theirs, r.text, v, max(start, v.start() - _PASSIVE_REACH))
                # Active, the buyer stands before the verb and what was bought after it;
                # passive, what was bought before the passive's word ("Moonton was
                # acquired by", "Moonton被字节跳动收购") and the buyer after it.
                if p is None:
                    buyer_zone, bought_zone = (start, v.start()), (v.end(), end)
                    to = _recipient_before(theirs, r.text, start, v.start())
                    if to is not None:  # "开发人员向AlphaGo提供": AlphaGo receives
                        buyer_zone, bought_zone = (start, to.start()), (to.end(), end)
                else:
                    edge = min(p.start(), v.start())
                    buyer_zone, bought_zone = (edge, end), (start, edge)
            if any(name.search(r.text, *buyer_zone) for name in pats):
                # the quote gives the name as a buyer too
                return None, all(name.search(r.text, *buyer_zone) for name in pats)
            bought = bought or all(name.search(r.text, *bought_zone) for name in pats)
    return (" ".join(sorted(buyers, key=lambda n: text.find(n))) if bought else None), False


#: A word of a comparison's sides (`_comparison_reversed`): four letters or more, compared
#: by its first five (one stem for "herkömmliche" and "herkömmlichen").


def _side_stems(text: str, spans: list[tuple[int, int]]) -> set[str]:
    return {m.group().lower()[:5] for a, b in spans for m in _LONG_WORD.finditer(text, a, b)}


def _comparison_sides(
    text: str, v: Value, values: list[Value], lang: str | None
) -> tuple[set[str], set[str]] | None:
    """The stems of what a comparative figure compares with (after a word of
    [change_roles] reference_before in its clause: "70 Prozent weniger Energie als das von
    Duesenfeld", "im Vergleich zu herkömmlichen Verfahren 70 Prozent weniger") and of the
    rest of its clause; None without such words. A word inside a figure ("mehr als 70
    Prozent") or with nothing after it before the figure is no reference's."""
    words = _reference_words(lang)
    if words is None:
        return None
    lo, hi = _clause_bounds(text, v.start, v.end, lang)
    for m in words.finditer(text, lo, hi):
        if any(w.start <= m.start() < w.end for w in values):
            continue
        stop = v.start if m.end() <= v.start else hi
        nxt = [w.start for w in values if m.end() <= w.start < stop]
        stop = min(nxt, default=stop)
        if not _LONG_WORD.search(text, m.end(), stop):
            continue
        ref = _side_stems(text, [(m.end(), stop)])
        return ref, _side_stems(text, [(lo, m.start()), (stop, hi)])
    return None


def _comparison_reversed(
    stated: Reading,
    s: Value,
    q: Value,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> bool:
    """Whether a comparative figure the statement and the quote share compares the other
    way round: the statement names as the one compared what the quote names as what it is
    compared with, and the quote's reference is none of the statement's ("Herkömmliche
    Verfahren verbrauchen 70 Prozent weniger Energie als das von Duesenfeld" for "Wir
    verbrauchen im Vergleich zu herkömmlichen Verfahren 70 Prozent weniger Energie"). Read
    in one language only, by the words' stems."""
    if not (s.direction or s.kind in _DIFFERENCE_KINDS) or not q.direction:
        return False
    owner = _owner(q, readings)
    if owner is None or langs[next(k for k, r in enumerate(readings) if r is owner)] != lang:
        return False
    mine = _comparison_sides(stated.text, s, stated.values, lang)
    theirs = _comparison_sides(owner.text, q, owner.values, lang) if mine else None
    if mine is None or theirs is None:
        return False
    # The words that name only the quote's reference ("herkömmlichen Verfahren", not the
    # verb or the noun both sides share), all of which the statement gives as the one
    # compared ("Das Verfahren spart gegenüber dem Einschmelzen" holds "Verfahren" only).
    reference = theirs[0] - theirs[1]
    return bool(reference) and not (mine[0] & reference) and reference <= mine[1] - mine[0]


@lru_cache(maxsize=64)
def _counterparty_res(
    lang: str | None,
) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]] | None:
    """A language's words before the other party of a figure's holder and its possessive
    forms ([counterparty] words: "with", "mit"; possessive: "{name}['’]s", "von {name}"),
    as patterns whose group "name" is the name; None without them."""
    rules = rules_for(lang)
    data = rules.data.get("counterparty", {}) if rules is not None and not rules.cjk else {}
    if not data.get("words") or not data.get("possessive"):
        return None
    name = r"(?P<name>[A-ZÀ-Þ][^\W\d_]{2,})(?![^\W\d_])"
    party = rf"(?<!\w)(?:{_alt(data['words'])})\s+(?:[^\W\d_]+\s+){{0,2}}?{name}"
    return re.compile(party), tuple(
        re.compile(r"(?<!\w)" + p.replace("{name}", name, 1)) for p in data["possessive"]
    )


#: How far after a figure its holder's possessive may stand ("85% of Google's revenue",
#: "85 Prozent des Umsatzes von Google").
_HOLDER_AFTER = 30


def _counterparty_swapped(
    stated: Reading,
    s: Value,
    q: Value,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """The holder the statement gives a figure in the possessive ("85% of Google's
    revenue comes from its contract with Mozilla") whom the quote's sentence names only
    as the other party ("with Google"), while it names the statement's other party as
    no other party ("Mozilla noted that roughly 85% of their revenue comes from their
    contract with Google"); else None."""
    found = _counterparty_res(lang)
    owner = _owner(q, readings) if found is not None else None
    if found is None or owner is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    theirs = _counterparty_res(quote_lang)
    if theirs is None:
        return None
    text = stated.text
    # A possessive right after the figure first (a short window): most figures have none,
    # and no sentence of either text is read for them.
    held = sorted(
        (m.start(), m.group("name"))
        for p in found[1]
        for m in p.finditer(text, s.end, min(len(text), s.end + _HOLDER_AFTER))
    )
    if not held:
        return None
    lo, hi = _sentence_of(_sentence_bounds(text), s.start)
    held = [(at, n) for at, n in held if at < hi]
    qlo, qhi = _sentence_of(_sentence_bounds(owner.text), q.start)
    # The first possessive whose name the quote's sentence holds ("des Umsatzes von
    # Google": not "Umsatzes").
    holder = next((n for _, n in held if _latin_name(n).search(owner.text, qlo, qhi)), None)
    if holder is None:
        return None
    others = {m.group("name") for m in found[0].finditer(text, lo, hi)} - {holder}
    if not others:
        return None
    parties = [m for m in theirs[0].finditer(owner.text, qlo, qhi)]
    party_at = {m.start("name") for m in parties}

    def places(name: str) -> tuple[bool, bool]:
        # (named as the other party, named otherwise) in the quote's sentence
        at = [m.start() for m in _latin_name(name).finditer(owner.text, qlo, qhi)]
        return any(a in party_at for a in at), any(a not in party_at for a in at)

    party, other = places(holder)
    if not party or other:
        return None
    for name in others:
        party, other = places(name)
        if other and not party:
            return holder
    return None


#: The [acquire] keys whose verbs `_noun_parties` reads with a party named by a common noun
#: before them and another after them ("Rebels killed 23 soldiers", "The bank lent the
#: company $5 million"); "detaining" ("Police arrested 40 protesters") only here.
_PARTY_KEYS = ("attacking", "giving", "defeating", "urging", "detaining")


#: How far before and after its verb `_noun_parties` reads a party.
_PARTY_BEFORE = 40


_PARTY_AFTER = 60


@lru_cache(maxsize=1)
def _party_nouns_pattern() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The parties named by a common noun in each language ([party_nouns] words and the
    meanings of [counted_nouns] it names: "rebels", "Rebellen", "rebeldes"; "bank",
    "banco") as one pattern, a group per meaning, and the meanings in group order."""
    data = _load_toml("common")
    table: dict[str, list[str]] = {}
    parties = data.get("party_nouns", {})
    counted = data.get("counted_nouns", {})
    for meaning in parties.get("counted", []):
        table.setdefault(meaning, []).extend(counted.get(meaning, []))
    for meaning, words in parties.get("words", {}).items():
        table.setdefault(meaning, []).extend(words)
    for meaning, words in table.items():
        table[meaning] = [w for w in dict.fromkeys(words) if not _is_cjk_word(w)]
    meanings = tuple(m for m, words in table.items() if words)
    if not meanings:
        return None
    groups = "|".join(f"(?P<p{k}>{_alt(table[m])})" for k, m in enumerate(meanings))
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])", re.I), meanings


def _is_cjk_word(word: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" for c in word)


def _noun_parties(text: str, lang: str | None) -> set[tuple[str, str, str]]:
    """The (agent, key, object) meanings of each verb of `_PARTY_KEYS` in ``text`` with a
    party noun right before it (at most three words between, no comma) and one after it in
    its sentence ("Rebels attacked the base, killing 23 soldiers": rebels, attacking,
    soldiers). A verb with a word of the passive beside it ("23 soldiers were killed by
    rebels") gives none: which side is the agent is left unread."""
    found = _party_nouns_pattern()
    if found is None:
        return set()
    nouns, meanings = found
    out: set[tuple[str, str, str]] = set()
    for key in _PARTY_KEYS:
        words = _acquire_res(lang, key)
        if words is None or words.cjk or not _may_hold(words.verbs, text):
            continue  # most texts hold none of the words every verb's match holds one of
        for v in itertools.islice(words.verbs.finditer(text), _MAX_VERBS):
            lo = max(0, v.start() - _PARTY_BEFORE)
            cut = [e.end() for e in _SENTENCE_END.finditer(text, lo, v.start())]
            lo = cut[-1] if cut else lo
            stop = _SENTENCE_END.search(text, v.end(), v.end() + _PARTY_AFTER)
            hi = stop.start() if stop else min(len(text), v.end() + _PARTY_AFTER)
            before = list(nouns.finditer(text, lo, v.start()))
            after = nouns.search(text, v.end(), hi)
            if not before or after is None:
                continue
            agent = before[-1]
            gap = text[agent.end() : v.start()]
            if re.search(r"[,;:()]", gap) or len(gap.split()) > 3:
                continue
            if words.passive is not None and words.passive.search(text, agent.end(), after.start()):
                continue
            a = meanings[int(agent.lastgroup[1:])]  # type: ignore[index]
            b = meanings[int(after.lastgroup[1:])]  # type: ignore[index]
            if a != b:
                out.add((a, key, b))
    return out


def _noun_parties_swapped(
    stated: Reading,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
) -> tuple[str, str] | None:
    """("fail", note) when the statement gives a party named by a common noun as the agent
    of a verb of `_PARTY_KEYS` and another as its object ("Soldiers killed 23 rebels") and a
    quote gives them the other way round with a verb of the same key ("Rebels killed 23
    soldiers", "Die Rebellen töteten 23 Soldaten"); ("missing", note) when the quote's verb
    is of another key ("Protesters attacked 40 police officers" for "Police arrested 40
    protesters"); None when no quote reverses them or one gives them in the statement's
    order."""
    mine = _noun_parties(stated.text, lang)
    if not mine:
        return None
    theirs: set[tuple[str, str, str]] = set()
    for r, quote_lang in zip(readings, langs, strict=False):
        theirs |= _noun_parties(r.text, quote_lang)
    if not theirs:
        return None
    kept = {(a, b) for a, _, b in theirs}
    result: tuple[str, str] | None = None
    for a, key, b in mine:
        if (a, b) in kept:
            return None
        if (b, key, a) in theirs:
            result = ("fail", f"the quote gives the {a} as acted on by the {b}")
        elif (b, a) in kept and result is None:
            result = ("missing", f"the quote gives the {b} as acting on the {a}")
    return result


#: The keys of [acquire] whose agents the verdict asks `_buyer_swapped` for in turn.
_SWAPPED_KEYS = ("verbs", "giving", "defeating", "attacking", "urging", "sanctioning")


@lru_cache(maxsize=64)
def _agent_words(lang: str | None, keys: tuple[str, ...]) -> tuple[str, ...] | None:
    """Lowercase words of which every match of each pattern that `_stated_agents` searches
    a text with for an agent of one of ``keys`` holds one (`_any_required_words` of the
    verbs, converse verbs and nouns of `_acquire_res`, and of the participles of
    `_perfect_res`); a word holding another of them is left out (a text holding it holds
    the other). None when some pattern has no such words."""
    found: set[str] = set()
    for key in keys:
        words = _acquire_res(lang, key)
        patterns = (
            [p for p in (words.verbs, words.converse, words.nouns) if p is not None]
            if words is not None
            else []
        )
        perfect = _perfect_res(lang, key)
        if perfect is not None:
            patterns.append(perfect[0])
        for p in patterns:
            some = _any_required_words(p.pattern, p.flags)
            if some is None:
                return None
            found.update(some)
    kept: list[str] = []
    for w in sorted(found, key=lambda w: (len(w), w)):
        if not any(k in w for k in kept):
            kept.append(w)
    return tuple(kept)


def _names_no_agent(text: str, lang: str | None, keys: tuple[str, ...] = _SWAPPED_KEYS) -> bool:
    """Whether `_stated_agents` surely reads no agent of any of ``keys`` in `text` (None
    for each, so `_buyer_swapped` gives None): its lowercase holds none of `_agent_words`,
    and the text none of the characters of `_holds_folded`, so none of the patterns it
    searches may match (`_may_hold` would say so of each). One test of the statement for
    the six keys the verdict asks in turn (most statements hold none of their words),
    where each key tested three or four patterns."""
    words = _agent_words(lang, keys)
    if words is None or _holds_folded(text):
        return False
    return not _holds_any(_lowered(text), words)


def _buyer_swapped(
    stated: Reading,
    readings: list[Reading],
    langs: list[str | None],
    lang: str | None,
    key: str = "verbs",
) -> str | None:
    """The name the statement gives as the agent of a verb of ``key`` that the quote
    gives only as its object (`_roles`), else None."""
    return _roles(stated, readings, langs, lang, key)[0]


@lru_cache(maxsize=64)
def _recipient_name_res(lang: str | None) -> re.Pattern[str] | None:
    """The language's word before a recipient ([acquire] recipient_word: "to", "a", "ao")
    and the capitalized name after it (one to three words, a title in small letters
    before it at most two: "ao ex-presidente Luiz Inácio Lula"), the name its group 1."""
    rules = rules_for(lang)
    words = rules.data.get("acquire", {}).get("recipient_word") if rules else None
    if not words or rules is None or rules.cjk:
        return None
    name = r"((?-i:[A-ZÀ-Þ])[^\W\d_]{2,}(?:\s+(?-i:[A-ZÀ-Þ])[^\W\d_]{2,}){0,2})"
    return re.compile(rf"(?<!\w)(?:{_alt(words)})\s+{_RECIPIENT_TITLE}{name}(?![^\W\d_])", re.I)


def _recipient_after_giving(text: str, lang: str | None) -> re.Match[str] | None:
    """The recipient's name after the first verb of giving of `text`, in its clause (group 1):
    the last such name, "levou a taça da Libertadores ao técnico Tite" (the article "a"
    before "taça" is no recipient's word); None without a verb of giving or a name."""
    words = _acquire_res(lang, "giving")
    recipient = _recipient_name_res(lang)
    if words is None or recipient is None or not _may_hold(words.verbs, text):
        return None
    m = words.verbs.search(text)
    if m is None:
        return None
    hi = _clause_bounds(text, m.start(), m.end(), lang)[1]
    return next(iter(collections.deque(recipient.finditer(text, m.end(), hi), maxlen=1)), None)


def _recipient_as_giver(
    stated: Reading, readings: list[Reading], langs: list[str | None], lang: str | None
) -> str | None:
    """The name the statement gives as the recipient of its verb of giving ("Lula llevó la
    copa a Tite": Tite) that a quote gives as the giver, before a verb of giving in the
    active voice ("o técnico Tite declarou que errou ao levar a taça"), when the quote
    names none of the statement's givers (those it names are read by `_roles`) and not the
    recipient after that verb too; else None."""
    text = stated.text
    to = _recipient_after_giving(text, lang)
    givers = _stated_agents(text, lang, "giving", tuple((v.start, v.end) for v in stated.values))
    if to is None or not givers:
        return None
    name = to.group(1).split()[-1]  # "Dave Mandelin": the last name
    if any(n in name or name in n for n in givers):
        return None
    pattern = _latin_name(name)
    if any(_latin_name(n).search(r.text) for r in readings for n in givers):
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        theirs = _acquire_res(quote_lang, "giving")
        if (
            theirs is None
            or theirs.object_first
            or theirs.agent_marks
            or not pattern.search(r.text)
        ):
            continue
        for v in itertools.islice(theirs.verbs.finditer(r.text), _MAX_VERBS):
            start = max(0, v.start() - _BUYER_BEFORE)
            cut = [e.end() for e in _SENTENCE_END.finditer(r.text, start, v.start())]
            start = cut[-1] if cut else start
            if _passive_at(theirs, r.text, v, max(start, v.start() - _PASSIVE_REACH)):
                continue
            stop = _SENTENCE_END.search(r.text, v.end(), v.end() + _RECIPIENT_AFTER)
            end = stop.start() if stop else min(len(r.text), v.end() + _RECIPIENT_AFTER)
            if pattern.search(r.text, start, v.start()) and not pattern.search(
                r.text, v.end(), end
            ):
                return name
    return None


def _stated_recipient(text: str, lang: str | None) -> str | None:
    """The recipient the statement gives its verb of giving: the capitalized name after its
    recipient's word ("took the trophy to Rousseff"), or in Chinese a name of [name_forms]
    right after a word before a recipient ("把奖杯带给罗塞夫"); None when it gives none."""
    rules = rules_for(lang)
    if rules is None:
        return None
    if rules.cjk:
        words = rules.data.get("acquire", {}).get("recipient_before", {}).get("giving") or []
        forms = _name_forms()
        for w in words:
            at = text.find(w)
            while at >= 0:
                rest = text[at + len(w) : at + len(w) + 8]
                form = next((f for f in forms if _has_cjk(f) and rest.startswith(f)), None)
                if form is not None:
                    return form
                at = text.find(w, at + 1)
        return None
    to = _recipient_after_giving(text, lang)
    return to.group(1) if to is not None else None


def _name_said(name: str, text: str) -> bool:
    """Whether `text` holds the name in some form: one of its words of three letters or
    more, or a form of [name_forms] of the name or of one of its words ("罗塞夫" for
    "Rousseff")."""
    forms = _name_forms()
    for word in [name, *name.split()]:
        if len(word) < 3:
            continue
        for form in forms.get(word, (word,)):
            if _latin_name(form).search(text) if not _has_cjk(form) else form in text:
                return True
    return False


#: A joining word right before a name: the name is of the noun before it ("a taça da Copa
#: Libertadores"), no recipient (`_recipient_replaced`).
_OF_NAME = _lazy(r"(?<!\w)(?:da|do|das|dos|de|del|di|du|des|of)\s+$", re.I)


def _recipient_replaced(
    stated: Reading, readings: list[Reading], langs: list[str | None], lang: str | None
) -> tuple[str, str] | None:
    """The recipient the statement gives its verb of giving ("带给罗塞夫", "took the trophy
    to Rousseff") and the other one a quote gives its verb of giving ("ao levar a taça … ao
    ex-presidente Luiz Inácio Lula"), when neither text names the other's in any form
    (`_name_said`) and neither is a place: (the statement's, the quote's), else None."""
    mine = _stated_recipient(stated.text, lang)
    if mine is None:
        return None
    forms = _name_forms().get(mine, (mine,))
    latin = next((f for f in forms if not _has_cjk(f)), mine)
    for r in readings:
        if _name_said(latin, r.text) or any(f in r.text for f in forms if _has_cjk(f)):
            return None
    for r, quote_lang in zip(readings, langs, strict=False):
        theirs = _acquire_res(quote_lang, "giving")
        recipient = _recipient_name_res(quote_lang)
        if theirs is None or recipient is None or not _may_hold(theirs.verbs, r.text):
            continue
        places = _place_langs(lang, quote_lang)
        if _place_mentions(latin, places):
            return None
        for v in itertools.islice(theirs.verbs.finditer(r.text), _MAX_VERBS):
            start = max(0, v.start() - _PASSIVE_REACH)
            if _passive_at(theirs, r.text, v, start):
                continue
            stop = _SENTENCE_END.search(r.text, v.end(), v.end() + _RECIPIENT_AFTER)
            end = stop.start() if stop else min(len(r.text), v.end() + _RECIPIENT_AFTER)
            # The last such name of the sentence: "levar a taça da Copa Libertadores … ao
            # ex-presidente Luiz Inácio Lula" (the article "a" is no recipient's word).
            found = recipient.finditer(r.text, v.end(), end)
            to = next(iter(collections.deque(found, maxlen=1)), None)
            if to is None or _OF_NAME.search(r.text, to.start(), to.start(1)):
                # "levar a taça da Copa Libertadores": a name of the thing given, no
                # recipient (a joining word before it).
                continue
            theirs_name = to.group(1)
            if _name_said(theirs_name, stated.text) or _place_mentions(theirs_name, places):
                return None
            return mine, theirs_name
    return None


#: How many words right after a figure may say what it counts for `_counted_right_after`
#: (an adjective, then the noun: "three other gunmen", "drei weitere Angreifer").
_APART_REACH = 2


@lru_cache(maxsize=1)
def _victim_verbs() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The words of [victim_verbs] whose object right after is those a deed kills ("killing
    more than 200 people", "tuant 200 personnes"): Latin-script ones as a pattern ending
    right before a figure (two words of a hedge between at most), Chinese and Japanese ones
    to find right before it."""
    words = _load_toml("common").get("victim_verbs", {}).get("words", [])
    latin = [w for w in words if not _has_cjk(w)]
    cjk = tuple(w for w in words if _has_cjk(w))
    if not latin:
        return None, cjk
    pattern = rf"(?<!\w)(?:{_alt(latin)})\s+(?:[^\W\d_]+\s+){{0,2}}$"
    return re.compile(pattern, re.I), cjk


def _killed_by_deed(reading: Reading, v: Value) -> str | None:
    """The [victim_verbs] word right before figure `v` whose object the figure counts:
    "killing" in "killing more than 200 people"; or None."""
    latin, cjk = _victim_verbs()
    start = min(v.hedge_span[0], v.start) if v.hedge_span else v.start
    head = reading.text[max(0, start - 40) : start]
    if latin is not None and (m := latin.search(head)) is not None:
        return m.group().split()[0]
    for w in cjk:
        if head.rstrip().endswith(w):
            return w
    return None


def _attackers_after(reading: Reading, v: Value) -> str | None:
    """The word of attackers ([counted_nouns]) right after figure `v` (a word, or a counter,
    between at most: "three other gunmen", "200多名袭击者"), or None."""
    text = reading.text
    if _has_cjk(text[v.end : v.end + 3]):
        limit = v.end + _COUNTER_GAP + 1
        found = _counted_nouns_in(text, v.end, v.end + 12)
        return next(
            (m.group() for m in found if m.lastgroup == "attackers" and m.start() <= limit), None
        )
    words = list(_TOKEN.finditer(text, v.end, v.end + 40))[:_APART_REACH]
    end = words[-1].end() if words else v.end
    return next(
        (m.group() for m in _counted_nouns_in(text, v.end, end) if m.lastgroup == "attackers"), None
    )


def _killers_as_killed(
    stated: Reading, s: Value, q: Value, readings: list[Reading]
) -> tuple[str, str] | None:
    """The word for attackers ([counted_nouns]) right after one figure when the other
    counts those a deed kills ([victim_verbs]) and no attackers: "200多名袭击者死亡" for
    "… were attacked, killing more than 200 people" (the attackers are not whom the attack
    killed); either way round. (The statement's word, the quote's), or None."""
    owner = _owner(q, readings)
    if owner is None:
        return None
    for one, u, other, w, flip in ((stated, s, owner, q, False), (owner, q, stated, s, True)):
        killers = _attackers_after(one, u)
        if killers is None or _attackers_after(other, w) is not None:
            continue
        verb = _killed_by_deed(other, w)
        if verb is not None:
            return (verb, killers) if flip else (killers, verb)
    return None


def _role_verbs(data: dict[str, Any], key: str, edge: str, end: str) -> re.Pattern[str]:
    """The verbs of ``key`` ([acquire]) as one pattern, with its gated verbs ([acquire]
    gated: "took", "carried") only where a recipient's word and a capitalized name follow
    in their clause before any source's word ([acquire] recipient_word, source: "Lula
    took the trophy to Tite"; not "took office", "took steps to cut", "took it from")."""
    verbs = rf"{edge}(?:{_alt(data[key])}){end}"
    gated = data.get("gated", {}).get(key) or []
    to = data.get("recipient_word") or []
    if not gated or not to:
        return re.compile(verbs, re.I)
    source = data.get("source") or []
    stop = rf"[.;:!?]|(?<!\w)(?:{_alt(source)})(?!\w)" if source else r"[.;:!?]"
    lead = rf"(?:(?!{stop}).){{0,{_GATED_REACH}}}?"
    ahead = rf"(?={lead}(?<!\w)(?:{_alt(to)})\s+{_RECIPIENT_TITLE}(?-i:[A-ZÀ-Þ]))"
    return re.compile(rf"{verbs}|{edge}(?:{_alt(gated)}){end}{ahead}", re.I)


#: How far after a gated verb of giving its recipient's word may stand ("took the
#: Libertadores trophy to Tite").
_GATED_REACH = 60


def _recipient_marks(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """The particles after a recipient, an object of ``key``'s verbs ([acquire]
    recipient_marks: "AlphaGoに提供した")."""
    return tuple(data.get("recipient_marks", {}).get(key) or ())


def _recipient_before_res(data: dict[str, Any], key: str) -> re.Pattern[str] | None:
    words = data.get("recipient_before", {}).get(key) or []
    return re.compile(_alt(words)) if words else None


def _recipient_before(
    words: _RoleWords, text: str, lo: int, verb_start: int
) -> re.Match[str] | None:
    """The last word before a recipient between ``lo`` and a verb ("开发人员向AlphaGo提供":
    "向"): the agent stands before it, the recipient after it; None without one."""
    if words.recipient_before is None:
        return None
    found = list(words.recipient_before.finditer(text, lo, verb_start))
    return found[-1] if found else None


#: A name's possessive before a common noun ("AlphaGo's developers gave it", "AlphaGo的
#: 开发人员"): the name owns the agent and is none itself.
_POSSESSIVE_AFTER = _lazy(r"(?:['’]s\s+(?-i:[a-z])|的)")


def _possessors_dropped(text: str, names: list[str] | None) -> list[str] | None:
    """``names`` without those said only as a possessor before a common noun (`_roles`)."""
    if not names:
        return names
    return [
        n
        for n in names
        if not all(_POSSESSIVE_AFTER.match(text, m.end()) for m in _latin_name(n).finditer(text))
    ]
