"""Ranks: who is ahead of whom, winners and the beaten, finishing order, and a rank
implied or given in another clause or group."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from .clauses import _clause_bounds
from .events import _TIE_BREAK
from .holders import _FULL_NAME, _NAME_REACH
from .names import _person_before
from .negation import _LETTERS, _SENTENCE_END
from .pairs import _win_words
from .parts import _part_whole_pairs
from .patterns import _alt, _lazy, _may_hold
from .results import Element, Reading, Support, Value, _close, _owner
from .roles import _capitalized
from .rules import Rules, _load_toml, rules_for
from .ties import _OTHERS_BACK, _holder_tied, _others_of, _sentence_around, _tie_words
from .words import _meanings, _unaccented


@lru_cache(maxsize=1)
def _ahead_words() -> re.Pattern[str]:
    """The words that put one person ahead of another ([rank_behind]: "A vor B") or, in
    the group `behind`, behind ([rank_after]: "A hinter B")."""
    toml = _load_toml("common")
    ahead = toml.get("rank_behind", {}).get("words", [])
    behind = toml.get("rank_after", {}).get("words", [])
    return re.compile(
        rf"(?<!\w)(?:(?P<behind>{_alt(behind)})|{_alt(ahead)})(?!\w)"
        if behind
        else rf"(?<!\w)(?:{_alt(ahead)})(?!\w)",
        re.I,
    )


#: How far a figure and the word putting one person ahead of another may stand apart.
_AHEAD_REACH = 120


#: How many names joined after an "ahead of" word `_ahead_sides` reads; the words that
#: join them ("and", "und", a comma), and a name after one (a capitalized word).
_NAMES_JOINED = 3


_NAME_JOINER = _lazy(r",|and|und|et|y|e", re.I)


_NAME_NEXT = _lazy(r"\s+[A-ZÀ-Þ][^\W\d_]{2,}")


def _ahead_sides(text: str, start: int, end: int) -> tuple[set[str], set[str]] | None:
    """The names put ahead and those put behind by the first "ahead of" word ("vor",
    "devant", "followed by") near start..end in its sentence: the names from the sentence's
    start up to the word, and those in the clause after it; the other way round for a word
    that puts them behind ("hinter", "behind")."""
    ahead = _ahead_words()
    # A text holding none of the words (`_may_hold`) has no match: no scan of the pattern.
    m = (
        ahead.search(text, max(0, start - _AHEAD_REACH), end + _AHEAD_REACH)
        if _may_hold(ahead, text)
        else None
    )
    if m is None:
        return None
    lo, hi = sorted((end, m.start()))
    if _SENTENCE_END.search(text, lo, hi):
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 200), m.start())]
    first = ends[-1] if ends else max(0, m.start() - 200)
    stop = _TIE_BREAK.search(text, m.end(), m.end() + 60)
    for _ in range(_NAMES_JOINED):
        # "vor Fabian Clarkson und Robin Schilff": names joined after the word, each on
        # its side.
        if stop is None or _NAME_JOINER.fullmatch(stop.group()) is None:
            break
        if _NAME_NEXT.match(text, stop.end()) is None:
            break
        stop = _TIE_BREAK.search(text, stop.end(), stop.end() + 60)
    last = stop.start() if stop else min(len(text), m.end() + 60)
    before, after = _capitalized(text, first, m.start()), _capitalized(text, m.end(), last)
    return (after, before) if m.groupdict().get("behind") else (before, after)


def _ahead_swapped(stated: Reading, s: Value, q: Value, readings: list[Reading]) -> bool:
    """Whether the statement puts ahead ("Clarkson won in 8:36.51, ahead of Hüttig") whom
    the quote beside the same figure puts behind ("Hüttig siegte in 8:36,51 min vor
    Clarkson"), and the other way round."""
    mine = _ahead_sides(stated.text, s.start, s.end)
    owner = _owner(q, readings) if mine else None
    theirs = _ahead_sides(owner.text, q.start, q.end) if owner is not None else None
    if mine is None or theirs is None:
        return False
    (ahead, behind), (their_ahead, their_behind) = mine, theirs
    ahead, behind = ahead - behind, behind - ahead
    return (
        bool(ahead & their_behind)
        and bool(behind & their_ahead)
        and not ahead & their_ahead
        and not behind & their_behind
    )


def _winner_beaten(
    stated: Reading, s: Value, q: Value, readings: list[Reading], lang: str | None
) -> bool:
    """Whether the statement says its sentence's names won ("Clarkson won the 3000 m in
    8:36.51", "Clarkson siegte in 8:36,51 min") where the quote beside the same figure puts
    one of them behind the winner and none ahead ("Hüttig siegte in 8:36,51 min vor
    Clarkson"): the winner swapped with one he beat. A statement that itself puts names
    ahead of others ("Clarkson won, ahead of Schilff") names its winners on that side."""
    pattern = _win_words(lang)
    if pattern is None:
        return False
    text = stated.text
    lo, hi = _between_breaks(text, s.start, s.end, _STRONG_BREAK)
    if pattern.search(text, lo, hi) is None:
        return False
    owner = _owner(q, readings)
    theirs = _ahead_sides(owner.text, q.start, q.end) if owner is not None else None
    if theirs is None:
        return False
    sides = _ahead_sides(text, s.start, s.end)
    mine = sides[0] - sides[1] if sides is not None else _capitalized(text, lo, hi)
    their_ahead, their_behind = theirs
    # Someone else must be named ahead: "ließ die Konkurrenz hinter sich" names none.
    return (
        bool(their_ahead) and bool(mine & (their_behind - their_ahead)) and not mine & their_ahead
    )


#: A run of one to four capitalized words, a person's name in a finish order ("Fabian
#: Clarkson", "Jan-Niklas Gwizdek"); a parenthesis after it ("(beide SCC)"), and what joins
#: the next name of the order (a comma, "und", "and", "et", "y", "e").
_ORDER_NAME = _lazy(
    r"[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?"
    r"(?:[ \u00a0][A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?){0,3}(?!\w)"
)


_ORDER_ASIDE = _lazy(r"\s*\([^()]{0,60}\)")


#: A full name ending a text (`_FULL_NAME`, anchored at the end).
_NAME_ENDING = _lazy(r"(?<!\w)[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)? [A-ZÀ-Þ][^\W\d_]+$")


_ORDER_JOINER = _lazy(r"\s*,\s*(?:(?:and|und|et|y|e)\s+)?|\s+(?:and|und|et|y|e)\s+")


#: At most how many names after the winner a finish order reads.
_ORDER_NAMES = 4


def _ordinal_en(n: int) -> str:
    """An English ordinal for a rank in a reason.

    >>> _ordinal_en(1), _ordinal_en(2), _ordinal_en(3), _ordinal_en(4)
    ('1st', '2nd', '3rd', '4th')
    """
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }"


@lru_cache(maxsize=1)
def _order_words() -> re.Pattern[str]:
    """The words that put the names after them behind a winner ([rank_behind]: "vor",
    "ahead of", "devant", "por delante de", "à frente de", "gefolgt von"), with the
    space after them."""
    words = _load_toml("common").get("rank_behind", {}).get("words", [])
    return re.compile(rf"(?<!\w)(?:{_alt(words)})[ \u00a0]+", re.I)


def _winner_name(text: str, start: int, end: int) -> str | None:
    """The full name right beside a winner's verb at start..end: before it ("Felix Hüttig
    (LAC Olympia 88) siegte") or right after it ("siegte Anna Kessler"); None for a single
    word ("der Frauen siegte": a noun as often as a name)."""
    head = _ORDER_ASIDE.sub("", text[max(0, start - 80) : start].rstrip()).rstrip()
    before = _NAME_ENDING.search(head, max(0, len(head) - 40))
    if before is not None:
        return before.group()
    after = _FULL_NAME.match(text, end + 1) if text[end : end + 1].isspace() else None
    return after.group() if after is not None else None


def _finish_order(text: str, lang: str | None) -> list[tuple[str, str]]:
    """The finish order a winner's verb followed by an order word and names gives ("Felix
    Hüttig … siegte in 8:36,51 min vor Fabian Clarkson und Robin Schilff", "won in 2:04.31
    ahead of Emma Doyle and Rachel Moore", "s'est imposée devant A et B"): each name with
    its words as the quote says them, the winner first (when the quote names him in full)
    and the names after the order word next, in their order (ranks 1, 2, 3 …)."""
    win = _win_words(lang)
    rules = rules_for(lang)
    if win is None or rules is None or rules.cjk:
        return []
    order = _order_words()
    for m in win.finditer(text):
        o = order.search(text, m.end(), m.end() + _AHEAD_REACH)
        if o is None or _SENTENCE_END.search(text, m.end(), o.start()):
            continue
        if win.search(text, m.end(), o.start()):
            continue  # another win between: the order is that one's
        names: list[tuple[str, str]] = []
        pos = o.end()
        while len(names) < _ORDER_NAMES:
            name = _ORDER_NAME.match(text, pos)
            if name is None:
                break
            names.append((name.group(), text[o.start() : name.end()]))
            pos = name.end()
            aside = _ORDER_ASIDE.match(text, pos)
            pos = aside.end() if aside else pos
            joiner = _ORDER_JOINER.match(text, pos)
            if joiner is None:
                break
            pos = joiner.end()
        if not names:
            continue
        winner = _winner_name(text, m.start(), m.end())
        # Without the winner's name, rank 1 is his all the same: the names after are 2, 3 ….
        return [(winner or "", text[m.start() : m.end()])] + names
    return []


def _stated_person(text: str, s: Value, surnames: list[str]) -> int | None:
    """Which of `surnames` (a quote's finish order) the statement's rank `s` is said of:
    the one named in its clause before it ("Robin Schilff wurde Zweiter, Fabian Clarkson
    Dritter"), else in its clause after it ("den zweiten Platz belegte Clarkson"); None
    when that clause names none of them or more than one."""
    lo = max((m.end() for m in _ORDER_CLAUSE.finditer(text, 0, s.start)), default=0)
    after = _ORDER_CLAUSE.search(text, s.end)
    hi = after.start() if after else len(text)
    for start, end in ((lo, s.start), (s.end, hi)):
        words = _capitalized(text, start, end)
        found = {i for i, name in enumerate(surnames) if name and name in words}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


#: What ends a statement's clause for `_stated_person`: a comma or period before a space,
#: a semicolon, a colon or a sentence's end.
_ORDER_CLAUSE = _lazy(r"[;:!?；。]|[,.](?=\s|$)")


def _rank_compared(stated: Reading, s: Value, lang: str | None) -> bool:
    """Whether the statement's rank `s` names whom a person is compared with: a comparison
    word of its language ([ranks] compared) right before it, an article between ("lief 88
    Sekunden schneller als der Zweite", "faster than the runner-up")."""
    pattern = _compared_words(lang)
    if pattern is None:
        return False
    return pattern.search(stated.text, max(0, s.start - 24), s.start) is not None


@lru_cache(maxsize=32)
def _compared_words(lang: str | None) -> re.Pattern[str] | None:
    """`lang`'s [ranks] compared words and one word after them (an article: "als der", not
    "als Erster", which says the person's own place), ending where a rank starts."""
    rules = rules_for(lang)
    words = rules.data.get("ranks", {}).get("compared") if rules is not None else None
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})\s+[^\W\d_]+\s+$", re.I)


def _implied_rank(
    stated: Reading,
    s: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[int, str, str] | None:
    """The rank a quote's finish order gives the person the statement gives rank `s`
    ("siegte … vor Fabian Clarkson und Robin Schilff": Clarkson second, Schilff third,
    the winner first), with the name and the quote's words; None when the statement's
    clause names nobody of the order."""
    if _rank_compared(stated, s, statement_lang):
        return None
    for reading, lang in zip(readings, langs, strict=False):
        order = _finish_order(reading.text, lang)
        if not order:
            continue
        surnames = [name.split()[-1] if name else "" for name, _ in order]
        at = _stated_person(stated.text, s, surnames)
        if at is not None:
            return at + 1, order[at][0], order[at][1]
    return None


#: What parts a statement's clauses for `_rank_in_another_clause`: a semicolon or a
#: sentence's end ("Kudla came second; Gallego Gamez won").
_STRONG_BREAK = _lazy(r"[;；]|[.!?。！？](?=\s|$)")


def _between_breaks(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The stretch around start..end between two of `breaks`, at most 200 characters either
    side."""
    ends = [m.end() for m in breaks.finditer(text, max(0, start - 200), start)]
    after = breaks.search(text, end, end + 200)
    return (
        ends[-1] if ends else max(0, start - 200),
        after.start() if after else min(len(text), end + 200),
    )


def _rank_in_another_clause(stated: Reading, s: Value, q: Value, readings: list[Reading]) -> bool:
    """Whether the quote's rank `q` stands in a sentence with a name the statement gives
    in another clause, and none of the names of the statement's own clause ("Kudla came
    second; Gallego Gamez won" for "setzte sich Kudla … durch. 2. wurde Gallego Gamez")."""
    owner = _owner(q, readings)
    if owner is None:
        return False
    text = stated.text
    lo, hi = _between_breaks(text, s.start, s.end, _STRONG_BREAK)
    mine = _capitalized(text, lo, hi)
    others = (_capitalized(text, 0, lo) | _capitalized(text, hi, len(text))) - mine
    if not mine or not others:
        return False
    lo, hi = _between_breaks(owner.text, q.start, q.end, _SENTENCE_END)
    theirs = _capitalized(owner.text, lo, hi)
    near = _capitalized(owner.text, q.start - _NAME_REACH, q.end + _NAME_REACH)
    elsewhere = _capitalized(owner.text, 0, lo) | _capitalized(owner.text, hi, len(owner.text))
    return bool(near & others) and not theirs & mine and bool(elsewhere & mine)


def _share_of_the_others(
    stated: Reading, s: Value, q: Value, readings: list[Reading], langs: list[str | None]
) -> tuple[Value, str] | None:
    """The share the quote gives "the others" right after `q` ("Writers made up 95% of
    the staff. The other 5% were designers") when the statement's holder, the words before
    its share in its clause ("Designer stellten 95 Prozent"), is said beside the others'
    share and not beside `q`: that share and the holder's word; else None."""
    if q.kind != "percent" or s.kind != "percent":
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    text = owner.text
    if _others_of(text, q, quote_lang):
        return None
    i = next(n for n, v in enumerate(owner.values) if v is q)
    other = next(
        (
            v
            for v in owner.values[i + 1 : i + 5]
            if v.kind == "percent"
            and v.start - q.end <= _OTHERS_BACK
            and _others_of(text, v, quote_lang)
        ),
        None,
    )
    if other is None:
        return None
    lo, _ = _clause_bounds(stated.text, s.start, s.end)
    holder = [m.group() for m in _LETTERS.finditer(stated.text, max(lo, s.start - 60), s.start)]
    mine = _sentence_around(text, q.start, q.end)
    theirs = _sentence_around(text, other.start, other.end)
    tied = [w for w in holder if _holder_tied(_tie_words(w), theirs)]
    if not tied or any(_holder_tied(_tie_words(w), mine) for w in holder):
        return None
    return other, tied[0]


#: How far `_listed_group_rival` reads a list around a figure, and a group's words after
#: its figure.
_GROUP_LIST_REACH = 300


_GROUP_REACH = 40


_GROUP_CUT = _lazy(r"[,;:.!?()\[\]，；：。！？（）、]|\d")


def _group_meanings(text: str, start: int) -> set[str]:
    """The [groups] meanings (common.toml) of the words right after a count, up to the next
    clause mark or figure: "11 écologistes (sur 18)" is the Greens'."""
    cut = _GROUP_CUT.search(text, start, start + _GROUP_REACH)
    end = cut.start() if cut is not None else min(len(text), start + _GROUP_REACH)
    groups = _meanings("groups")
    return {
        meaning
        for t in _LETTERS.findall(text, start, end)
        if (meaning := groups.get(_unaccented(t.lower()))) is not None
    }


def _listed_group_rival(
    stated: Reading, s: Value, q: Value, readings: list[Reading], langs: list[str | None]
) -> tuple[Value, str] | None:
    """Another count of the quote's list that its words give the group the statement's
    count is of ("12 Green deputies" for "11 écologistes (sur 18), … 12 députés Front de
    gauche (sur 15)"), where `q`'s words give it to no such group: that count and the
    group's meaning; else None. Groups by meaning across languages ([groups])."""
    if s.kind != "number" or q.kind != "number":
        return None
    mine = _group_meanings(stated.text, s.end)
    owner = _owner(q, readings) if mine else None
    if owner is None or _group_meanings(owner.text, q.end) & mine:
        return None
    # A group's whole ("(sur 18)") is no count of what its words after it name.
    quote_lang = langs[next(k for k, r in enumerate(readings) if r is owner)]
    wholes = {id(w) for _, w in _part_whole_pairs(owner, quote_lang)}
    if id(q) in wholes:
        return None
    for v in owner.values:
        if (
            v is q
            or id(v) in wholes
            or v.kind != "number"
            or abs(v.start - q.start) > _GROUP_LIST_REACH
            or _close(v.value, q.value)
        ):
            continue
        shared = _group_meanings(owner.text, v.end) & mine
        if shared:
            return v, next(iter(shared))
    return None


#: A name's word for `_finishing_orders`: a capital and two letters more (Latin scripts).
_ORDER_NAME_WORD = _lazy(r"(?<![\w’'-])(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]{2,}(?:-[^\W\d_]+)?(?![\w-])")


#: How far (in characters) before an order's words the name ahead of them may end, and
#: after them the name behind them may start (`_finishing_orders`).
_ORDER_BEFORE, _ORDER_AFTER = 160, 30


#: How many order words of a text are read (`_finishing_orders`).
_MAX_ORDER_WORDS = 16


@lru_cache(maxsize=64)
def _finishing_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A language's words of a finishing order: ahead, the name before them finished
    ahead of the one after (common.toml's [rank_behind] words, "vor", "followed by", and
    the language's [finishing_order] ahead, "beat"); behind, the name before them
    finished behind ([rank_after] words, "behind", and [finishing_order] behind, "lost
    to", "musste sich … geschlagen geben"); None in Chinese and Japanese."""
    rules = rules_for(lang)
    if rules is None or rules.cjk:
        return None
    common = _load_toml("common")
    data = rules.data.get("finishing_order", {})
    sides = []
    for words, key in (
        (common.get("rank_behind", {}), "ahead"),
        (common.get("rank_after", {}), "behind"),
    ):
        patterns = [rf"(?<!\w)(?:{_alt(words.get('words', []))})(?!\w)", *data.get(key, [])]
        sides.append(re.compile("|".join(f"(?:{p})" for p in patterns), re.I))
    return sides[0], sides[1]


def _order_names(text: str, shared: frozenset[str]) -> list[tuple[int, int, frozenset[str]]]:
    """The names of `text` made of words of `shared` (capitalized words both texts hold),
    as runs of such words next to each other: (start, end, words)."""
    runs: list[tuple[int, int, frozenset[str]]] = []
    for m in _ORDER_NAME_WORD.finditer(text):
        if m.group() not in shared:
            continue
        if runs and text[runs[-1][1] : m.start()].strip() == "":
            a, _, words = runs[-1]
            runs[-1] = (a, m.end(), words | {m.group()})
        else:
            runs.append((m.start(), m.end(), frozenset({m.group()})))
    return runs


def _finishing_orders(
    text: str, lang: str | None, shared: frozenset[str]
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The orders a text gives two names of `shared` ([finishing_order] words): (the name
    ahead, the name behind) for "Sarah Schäfer wurde Zweite vor Julieta Gallego Gamez",
    "Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer", "Louise Wieland lost
    the 60 m to Yuliana Angulo". The nearest name before the words (within
    `_ORDER_BEFORE`, in their sentence) and the first after them (within
    `_ORDER_AFTER`); a word of both lists ("devant" in "s'est incliné devant") is read
    as its longer match."""
    words = _finishing_words(lang)
    if words is None:
        return []
    names = _order_names(text, shared)
    if len(names) < 2:
        return []
    ahead, behind = words
    found = [(m, False) for m in itertools.islice(behind.finditer(text), _MAX_ORDER_WORDS)]
    found += [
        (m, True)
        for m in itertools.islice(ahead.finditer(text), _MAX_ORDER_WORDS)
        if not any(b.start() <= m.start() < b.end() for b, _ in found)
    ]
    ends = [n[1] for n in names]
    orders: list[tuple[frozenset[str], frozenset[str]]] = []
    for m, first_ahead in found:
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0 or m.start() - names[i][1] > _ORDER_BEFORE:
            continue
        if _SENTENCE_END.search(text, names[i][1], m.start()) is not None:
            continue
        j = bisect.bisect_left([n[0] for n in names], m.end())
        if j == len(names) or names[j][0] - m.end() > _ORDER_AFTER:
            continue
        before, after = names[i][2], names[j][2]
        if before & after:
            continue
        orders.append((before, after) if first_ahead else (after, before))
    return orders


def _order_checked(
    support: Support,
    statement: str,
    quotes: Sequence[str],
    statement_lang: str | None,
    quote_lang: str | Sequence[str | None] | None,
) -> Support:
    """`support`, or a failure where a quote puts two names the other way round from the
    statement's finishing order (`_finishing_orders`): "Sarah Schäfer wurde Zweite vor
    Julieta Gallego Gamez" for "2. wurde Julieta Gallego Gamez, gefolgt von Sarah
    Schäfer"; "Louise Wieland lost the 60 m to Yuliana Angulo" for "Yuliana Angulo …
    musste sich Louise Wieland geschlagen geben". Read on a verdict but a failure."""
    if support.status == "fail":
        return support
    words = _finishing_words(statement_lang)
    if words is None or not any(_may_hold(w, statement) and w.search(statement) for w in words):
        # The statement gives no order (most statements): most hold none of the words
        # every match of the two patterns holds one of (`_may_hold`), and are not scanned.
        return support
    langs = (
        [quote_lang if quote_lang is not None else statement_lang] * len(quotes)
        if isinstance(quote_lang, str) or quote_lang is None
        else [lang if lang is not None else statement_lang for lang in quote_lang]
    )
    mine_order = [m.group() for m in _ORDER_NAME_WORD.finditer(statement)]
    mine = set(mine_order)
    for quote, lang in zip(quotes, langs, strict=False):
        shared = frozenset(mine & {m.group() for m in _ORDER_NAME_WORD.finditer(quote)})
        if len(shared) < 2:
            continue
        said = _finishing_orders(statement, statement_lang, shared)
        if not said:
            continue
        theirs = _finishing_orders(quote, lang, shared)
        for first, second in said:
            if any(a & second and b & first for a, b in theirs) and not any(
                a & first and b & second for a, b in theirs
            ):
                ahead, other = (
                    " ".join(w for w in dict.fromkeys(mine_order) if w in name)
                    for name in (first, second)
                )
                return Support(
                    "fail",
                    f"the statement puts {ahead!r} ahead of {other!r} but the quote puts "
                    f"{other!r} ahead of {ahead!r}",
                    (*support.elements, Element("order", ahead, other, "contradicted")),
                )
    return support


#: Up to two capitalized words closing a text: a name's first names.
_FIRST_NAMES_END = _lazy(r"(?:(?<!\w)[^\W\d_a-z][\w’'-]*\s+){0,2}$")


def _absolute_person(text: str, s: Value, rules: Rules | None) -> re.Match[str] | None:
    """The person of the rank `s` said in an absolute construction after the clause of
    another person ([ranks] absolute_with, absolute_as: "Mouaha was runner-up, with
    Gwizdek third", "mit Gwizdek als Drittem", "con Gwizdek en tercer lugar", "avec
    Gwizdek troisième"): the name right after the word of "with", before the rank with
    at most a word of "as" between; None otherwise."""
    if rules is None:
        return None
    ranks = rules.data.get("ranks", {})
    withs = [w.lower() for w in ranks.get("absolute_with", [])]
    ases = {w.lower() for w in ranks.get("absolute_as", [])}
    name = _person_before(text, s.start, rules)
    if name is None or not withs:
        return None
    between = text[name.end() : s.start].strip(" ,\u00a0").lower().split()
    if len(between) > 2 or any(w not in ases for w in between):
        return None
    # The name's first names before it ("with Jan-Niklas Gwizdek third").
    before = _FIRST_NAMES_END.sub("", text[max(0, name.start() - 40) : name.start()])
    before = before.rstrip().lower()
    if not any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in withs
    ):
        return None
    return name
