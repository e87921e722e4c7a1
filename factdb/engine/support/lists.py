"""Lists: figures in order ("respectively"), kinds listed, sums of a list, complements
("the rest", "other than"), and the candidates compared with a figure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter

from .ages import _anaphora, _has_anaphora
from .arithmetic import (
    _UNCOUNTED_GAP,
    _UNCOUNTED_REACH,
    _UNCOUNTED_TRIES,
    _UNCOUNTED_WORDS,
    _tied_to_one,
    _words_after,
    _worked_words,
)
from .clauses import _CLAUSE_BREAK, _clause_bounds
from .counted import _counter, _nouns_counted
from .events import _TIE_BREAK, _word_list_re
from .names import _VERSION_LIKE
from .negation import _LETTERS, _SENTENCE_END, _START
from .numbers import _four_digit_count, _year_count_res
from .numerals import _last_end
from .parts import _part_whole_pairs
from .patterns import _DIGIT, _TOKEN, _alt, _lazy
from .periods import _COMPATIBLE
from .regions import _RESPECTIVELY, _in_order
from .results import Reading, Value, _close, _family, _owner
from .roles import _counted_nouns_in
from .rules import Rules, _base, _is_time, _key, rules_for
from .sentences import _CJK_CHAR, _has_cjk, _sentence
from .ties import _anaphora_side, _cjk_meanings, _clause_meanings, _names_listed
from .values import _BOUNDS, _HEDGE_FAMILY, _compare, _holds_value
from .words import _MAX_WORKED, _auxiliaries, _marks, _meanings, _same_word, _unaccented

#: What may stand between two figures of one list given "respectively": a comma, "and",
#: a currency sign ("3,400 and 2,800 MB/s", "$5 billion and $1 billion", "最大3400MB/s、
#: 最大2800MB/s", "3400MB/s和2800MB/s").
_LIST_GAP = _lazy(
    r"\s*[,、，/]?\s*(?:(?:and|und|et|y|e|和|与|與|及|と|や)(?!\w)\s*)?"
    r"(?:US)?[$€£¥]?\s*",
    re.I,
)


def _ordered_meanings(text: str, lo: int, hi: int, nouns: bool = False) -> list[str]:
    """The meanings of [activities] and [compass] (common.toml) said in text[lo:hi], or
    with `nouns` those of [counted_nouns], in the order they are said, each once: "reads
    and writes" is [read, write], "Umsatz und Gewinn" [revenue, profit]."""
    found: list[tuple[int, str]] = []
    if nouns:
        found = [(m.start(), m.lastgroup or "") for m in _counted_nouns_in(text, lo, hi)]
    else:
        for section in ("activities", "compass"):
            table = _meanings(section)
            for token in _TOKEN.finditer(text, lo, hi):
                meaning = table.get(_unaccented(token.group().lower()))
                if meaning is not None:
                    found.append((token.start(), meaning))
        if _CJK_CHAR.search(text, lo, hi):
            part = text[lo:hi]
            for word, meaning in _cjk_meanings():
                at = part.find(word)
                if at >= 0:
                    found.append((lo + at, meaning))
    ordered: list[str] = []
    for _, meaning in sorted(found):
        if meaning not in ordered:
            ordered.append(meaning)
    return ordered


def _written_from(v: Value) -> int:
    """Where figure `v` is written from, its hedge before it included ("最大3400MB/s")."""
    span = v.hedge_span
    return span[0] if span is not None and span[1] <= v.start else v.start


def _list_in_order(
    text: str, values: list[Value], v: Value, marked: bool = True
) -> tuple[list[Value], list[str]] | None:
    """The list of figures that holds `v` (figures joined by commas or "and" alone, of its
    family when `marked`) and what each is said of, in order, or no meanings when they are
    not one per figure. With `marked`, only a list given "respectively" (`_in_order`, or
    "respectivement" right before it). The meanings: those said in order right before the
    list ("reads and writes at 3,400 and 2,800 MB/s respectively", "读取和写入速度分别为
    3400MB/s和2800MB/s", "Revenue and profit reached $5 billion and $1 billion
    respectively") or right after it ("rose 5% and 3% in the north and south
    respectively"), or else those of as many figures of the family just before it, one
    meaning each ("前者のリードが最大3470MB/s、ライトは最大3000MB/s、後者はそれぞれ最大
    3400MB/s、最大2800MB/s": the latter reads at 3400MB/s); [activities] and [compass]
    first, [counted_nouns] when those say none. None when no such list holds `v`."""
    start = _last_end(_SENTENCE_END, text, v.start)
    stop = _SENTENCE_END.search(text, v.end)
    end = stop.end() if stop else len(text)
    same = [
        u
        for u in values
        if start <= u.start and u.end <= end and (not marked or _family(u) == _family(v))
    ]
    i = next((k for k, u in enumerate(same) if u is v), None)
    if i is None:
        return None

    def listed(a: Value, b: Value) -> bool:
        """Whether only a comma or "and" stands between `a` and `b`."""
        return not any(a.end <= u.start < b.start for u in values if u not in (a, b)) and (
            _LIST_GAP.fullmatch(text, a.end, _written_from(b)) is not None
        )

    first = i
    while first > 0 and listed(same[first - 1], same[first]):
        first -= 1
    last = i
    while last + 1 < len(same) and listed(same[last], same[last + 1]):
        last += 1
    items = same[first : last + 1]
    if len(items) < 2:
        return None

    def lead(u: Value) -> int:
        """Where the words that say what `u` is start: after the figure before it."""
        return max([start, *(w.end for w in values if w.end <= _written_from(u))])

    if (
        marked
        and not _in_order(text, v)
        and not _RESPECTIVELY.search(text, lead(items[0]), _written_from(items[0]))
    ):
        return None
    before = same[:first][-len(items) :]
    # After the list, up to "respectively": "rose 5% and 3% in the north and south
    # respectively".
    tail = min([end, *(u.start for u in values if u.start >= items[-1].end)])
    word = _RESPECTIVELY.search(text, items[-1].end, tail)
    tail = word.start() if word is not None else tail
    for nouns in (False, True):
        for lo, hi in ((lead(items[0]), _written_from(items[0])), (items[-1].end, tail)):
            labels = _ordered_meanings(text, lo, hi, nouns)
            if len(labels) == len(items):
                return items, labels
        # Said figure by figure before the list, one meaning each.
        labels = []
        for u in before if len(before) == len(items) else []:
            said = _ordered_meanings(text, lead(u), _written_from(u), nouns)
            if len(said) != 1 or said[0] in labels:
                break
            labels.append(said[0])
        if len(labels) == len(items):
            return items, labels
    return items, []


def _side_agrees(
    stated: Reading, q: Value, readings: list[Reading], langs: list[str | None], lang: str | None
) -> bool:
    """Whether the side the statement names ("the former", "the second SSD":
    `_stated_side`) is `q`'s (`_anaphora_side`), or either names none: a statement naming
    the former for the latter's figure is judged by the sides (`_side_figures`)."""
    side = _stated_side(stated, lang)
    theirs = _anaphora_side(q, readings, langs) if side is not None else None
    return theirs is None or theirs == side


def _respective_figure(
    stated: Reading, s: Value, q: Value, readings: list[Reading]
) -> Value | None:
    """The figure of a list given "respectively" holding `q` (`_list_in_order`) that the
    quote's order gives what the statement's figure is said of, `q` itself or another:
    "The latter reads at up to 2,800 MB/s" for "前者のリードが最大3470MB/s、ライトは最大
    3000MB/s、後者はそれぞれ最大3400MB/s、最大2800MB/s" gives 3400MB/s. What the statement's
    figure is said of: by the order of its own list when it gives one ("Revenue and profit
    reached $5 billion and $1 billion"; none when that order says nothing), else the
    meanings of its clause ([activities], [compass]) and its [counted_nouns]. None when
    those meet none of the list's, or two."""
    owner = _owner(q, readings)
    found = _list_in_order(owner.text, owner.values, q) if owner is not None else None
    if found is None or not found[1]:
        return None
    items, labels = found
    own = _list_in_order(stated.text, stated.values, s, marked=False)
    if own is not None:
        if not own[1]:
            return None  # a list of the statement whose order says nothing: a person reads
        mine = {own[1][next(k for k, u in enumerate(own[0]) if u is s)]}
    else:
        mine = set(_clause_meanings(stated.text, s))
        mine |= set(_nouns_counted(stated.text, s, stated.values)[0])
    hits = [m for m in labels if m in mine]
    return items[labels.index(hits[0])] if len(hits) == 1 else None


def _kind_listed_before(
    stated: Reading,
    s: Value,
    q: Value,
    readings: list[Reading],
    langs: list[str | None],
    statement_lang: str | None,
) -> tuple[str, str] | None:
    """(the statement's word, the quote's) when the statement's figure and the quote's are
    each followed by a kind and one noun ("27 humpback whales", "27 pilot whales"; "27
    baleines franches", "27 baleines pilotes" where the kind follows the noun,
    `_kind_and_noun`), the two kinds differ, and the quote says the statement's kind before
    its figure, across a list's break in the same sentence ("Humpback whale and 27 pilot
    whales", "Une baleine franche et 27 baleines pilotes"): another item of the list, not
    the figure's."""
    for r, lang in zip(readings, langs, strict=False):
        if not _holds_value(r.values, q):
            continue
        if _has_cjk(r.text) or _has_cjk(stated.text):
            return None
        if _base(lang) != _base(statement_lang):
            mine_nouns = _nouns_counted(stated.text, s, stated.values)[0].keys() - {"people"}
            if mine_nouns & _nouns_counted(r.text, q, r.values)[0].keys():
                # "27 Grindwale" for "Humpback whale and 27 pilot whales": [counted_nouns]
                # say the kind across languages.
                return None
            return _kind_listed_across(s, q, r, lang)
        mine = _kind_and_noun(stated.text, s.end, statement_lang)
        theirs = _kind_and_noun(r.text, q.end, lang)
        if mine is None or theirs is None:
            return None
        (word, noun), (other, their_noun) = mine[:2], theirs[:2]
        if _same_word(_key(word), _key(other)) or _key(noun[:5]) != _key(their_noun[:5]):
            return None
        lo = int(_sentence(r.bounds, q.start, q.end)[0])
        before = r.text[lo : q.start]
        after = _adjective_after(lang)
        previous = ""
        for m in _TOKEN.finditer(before):
            token = m.group()
            if (
                _same_word(_key(token), _key(word))
                # Said after its noun, the kind is the list's item with that noun only
                # ("baleine franche et 27", not "(sur 288)" for "12 députés sur 15").
                and (not after or _same_word(_key(previous), _key(noun)))
                and _TIE_BREAK.search(before, m.end())
            ):
                return word, other
            previous = token
        return None
    return None


def _kind_listed_across(s: Value, q: Value, r: Reading, lang: str | None) -> tuple[str, str] | None:
    """Across languages, (the kind the quote lists, the kind it counts) when the quote's
    figure is followed by a kind and a noun ("27 pilot whales", "27 baleines pilotes") and
    the list gives right before it, with no figure of its own, another kind of that noun
    ("Humpback whale and 27 pilot whales", "Une baleine franche et 27 baleines pilotes"):
    which of the two the statement's count is, words in another language do not tell."""
    theirs = _kind_and_noun(r.text, q.end, lang)
    if theirs is None or s.kind != "number":
        return None
    kind, noun, written = _key(theirs[0]), _key(theirs[1]), theirs[2]
    after = _adjective_after(lang)
    lo = int(_sentence(r.bounds, q.start, q.end)[0])
    if any(v is not q and lo <= v.start and v.end <= q.start for v in r.values):
        return None  # the kind before has a figure of its own
    before = r.text[lo : q.start]
    tokens = list(_TOKEN.finditer(before))
    for a, b in itertools.pairwise(tokens):
        listed, m = (b, a) if after else (a, b)  # the listed kind and its noun
        if (
            _key(listed.group()) != kind
            and 3 <= (n := min(len(m.group()), len(noun), 5))
            and _key(m.group())[:n] == noun[:n]
            and ((gap := before[b.end() :].strip()) == "," or _TIE_BREAK.fullmatch(gap))
        ):
            # The item just before the figure, joined to it by the list ("… whale and 27").
            return f"{a.group()} {b.group()}", written
    return None


@lru_cache(maxsize=64)
def _adjective_after(lang: str | None) -> bool:
    """Whether the language says a kind after its noun ([kinds] adjective_after: "ours
    noirs", "osos negros")."""
    rules = rules_for(lang)
    return bool(rules is not None and rules.data.get("kinds", {}).get("adjective_after"))


def _kind_and_noun(text: str, end: int, lang: str | None) -> tuple[str, str, str] | None:
    """The kind and the noun of the two words after a figure, and the two as written: "27
    [pilot] [whales]"; "27 [baleines] [pilotes]" in a language that says the kind after
    the noun (`_adjective_after`)."""
    m = _KIND_AND_NOUN.match(text, end)
    if m is None:
        return None
    kind, noun = (m.group(2), m.group(1)) if _adjective_after(lang) else (m.group(1), m.group(2))
    return kind, noun, f"{m.group(1)} {m.group(2)}"


#: A figure's next two words, a kind and a noun: "27 [pilot] [whales]".
_KIND_AND_NOUN = _lazy(r"\s+([^\W\d_]{3,})\s+([^\W\d_]{3,})")


def _anaphora_word(readings: list[Reading], langs: list[str | None], side: int) -> str | None:
    """The quote's word for "the former" (`side` 0) or "the latter" (1), in a quote that
    holds both, or None."""
    for r, quote_lang in zip(readings, langs, strict=False):
        words = _anaphora(quote_lang)
        if words is not None and _has_anaphora(r.text, quote_lang):
            found = words[side].search(r.text)
            if found is not None:
                return found.group()
    return None


def _stated_side(stated: Reading, lang: str | None) -> int | None:
    """Which of "the former" (0) and "the latter" (1) the statement names: by the words
    of its language ("le second", "ce dernier", "the latter"), or by a rank of 1 or 2
    ("The second SSD", "das zweite Modell"); None when it names neither, or both."""
    own = _anaphora(lang)
    said = {i for i, w in enumerate(own) if w.search(stated.text)} if own is not None else set()
    said |= {int(v.value) - 1 for v in stated.values if v.kind == "rank" and v.value in (1, 2)}
    return next(iter(said)) if len(said) == 1 else None


def _named_uncounted(
    s: Value,
    q: Value,
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """A bare count of the statement ("two American embassies") whose noun the quote, in
    the same language, names with no count in another clause ("the United States
    Embassies in Kenya and Tanzania, killing more than 200 people"), while the quote's
    figure counts something else right after it ("200 people"): the quote does not give
    the statement's count; the reader counts what it names. The noun is one of the two
    words after the count, of five letters or more, no function word (nor a name, where
    names are capitalized); the quote's word is that word, not among the words after any
    of its figures nor after a word of one ("an embassy"). None otherwise."""
    if s.kind != "number" or q.kind != "number" or s.hedge or _has_cjk(stated.text):
        return None
    owner = _owner(q, readings)
    if owner is None:
        return None
    lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
    rules = rules_for(lang)
    if rules is None or _base(lang) != _base(statement_lang) or _has_cjk(owner.text):
        return None
    function = rules.function_words or frozenset()

    def noun(word: str) -> bool:
        return (
            len(word) >= 5
            and word.lower() not in function
            and not (rules.names_capitalized and word[:1].isupper())
        )

    mine = {
        m.group().lower() for m in _words_after(stated.text, s, _UNCOUNTED_WORDS) if noun(m.group())
    }
    theirs = _words_after(owner.text, q, _UNCOUNTED_REACH)
    if not mine or not theirs:
        return None
    counts = theirs[0].group()
    stems = {w[:5] for w in mine}
    if (
        len(counts) < 4
        or counts.lower() in function
        or any(m.group().lower()[:5] in stems for m in theirs)
    ):
        return None  # the quote's figure may count the statement's noun ("12 parāoa whales")
    counted = {
        m.start() for v in owner.values for m in _words_after(owner.text, v, _UNCOUNTED_REACH)
    }
    ones = {w.lower() for w in rules.data.get("one", {}).get("words", [])}
    text = owner.text
    tried = 0
    for m in _LETTERS.finditer(text):
        if m.group().lower() not in mine or m.start() in counted:
            continue
        tried += 1
        if tried > _UNCOUNTED_TRIES:
            return None
        before = _LETTERS.findall(text, max(0, m.start() - 30), m.start())[-2:]
        if any(w.lower() in ones for w in before):
            continue  # "an embassy": counted by its article
        lo, hi = (m.end(), q.start) if m.end() <= q.start else (q.end, m.start())
        if _CLAUSE_BREAK.search(text, lo, min(hi, lo + _UNCOUNTED_GAP)) is None:
            continue  # in the figure's clause: "Kommentare lesen 128 Beiträge"
        listed = _names_listed(text, m.end(), lang)
        if listed and listed != s.value:
            return None  # "the provinces of Aceh, Riau and Jambi" are three, not two
        return (
            f"the quote names {m.group()!r} with no count, and its {q.shown!r} counts "
            f"{counts!r}: the reader counts what it names"
        )
    return None


def _listed_sum(
    s: Value,
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """The counts of one sentence of a quote that, added up in a row, give the statement's
    count ("nine people and … three others" for "In all, … 12 people"; "10 socialistes (sur
    288), 35 UMP (sur 198) …" for their total, the wholes in brackets left out), or the
    difference of a count and its part said after it ("19 people, including 17
    foreigners" for 2): a figure the reader works out, never one the quote says. A sum
    counts when the statement says it is a total ([worked] total) or, in the quote's
    language, ties its count by no word to some of the items only ("murdered 12" for
    "murdering nine … and attempting to kill three others" stays contradicted). None when
    no run or pair of the quote's counts gives it."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 2:
        return None
    total_words = _worked_words(statement_lang)[0]
    total = total_words is not None and total_words.search(stated.text) is not None
    if s.hedge is not None and (s.hedge != "about" or not total):
        return None
    # "Around 200 whales … in all" for "140 …, 10 …, 51 …": a hedged total holds a sum in
    # its bounds; an unhedged one only the sum itself.
    lo_s, hi_s = s.interval()[:2]
    # "in these three strandings combined" for a sentence of three counts of whales: with a
    # total said, a count whose noun no count of the quote's sentence counts may count them.
    counted = _noun_marks(stated.text, s, stated.values) if total and s.hedge is None else set()
    # A statement that names a part of its count ("28 whales, a humpback among them") says
    # it is a total as "in all" does.
    total = total or _names_a_part(stated.text, statement_lang)
    said: set[str] | None = None
    for r, lang in zip(readings, langs, strict=False):
        same_language = _base(lang) == _base(statement_lang)
        _, part_before, others, one, each, one_noun, one_first, composed = _worked_words(lang)
        # "composée de six magistrats, de trois députés … et d'un expert": a quote that says
        # its whole is made of the items it counts right after gives their sum as the
        # whole's count, in any language (`_composed_before`).
        made_of = composed is not None and composed.search(r.text) is not None
        if not total and not same_language and not made_of:
            continue
        if each is not None:
            # "合計2基" for "1基ずつ", "four in all" for "two each": a count times the
            # items it is given for; without a word of a total, a multiple of it ("2基ある"
            # for "SATAとM.2のコネクタが1基ずつ").
            for v in r.values:
                if (
                    v.kind == "number"
                    and 0 < v.value < s.value
                    and (
                        total
                        or (
                            (s.value / v.value).is_integer()
                            and not _names_an_item(stated.text, r.text, v.start)
                        )
                    )
                    and each.match(r.text, v.end)
                ):
                    return f"the quote's {v.text} each, times the items it is given for"
        wholes = {id(w) for _, w in _part_whole_pairs(r, lang)}
        counts = [
            v
            for v in r.values
            if v.kind == "number"
            and v.dim is None
            and v.span is None
            and v.hedge != "range"
            and v.value == int(v.value)
            and id(v) not in wholes
        ]
        if one_first is not None and counts:
            # "a loaded handgun, three rifles, two shotguns": the list's first item is one.
            head = one_first.search(r.text, max(0, counts[0].start - 48), counts[0].end)
            if head is not None:
                counts.insert(
                    0, Value("number", 1.0, head.group().strip(), head.start(), head.end())
                )
        if one_noun is not None and counts:
            # "whose mother and two cousins": a noun with no count before "and" and a
            # count is one; "three rifles and two shotguns" has none ("rifles" is counted).
            noun = one_noun.search(r.text, max(0, counts[0].start - 40), counts[0].end)
            if noun is not None and not _DIGIT.search(
                r.text, max(0, noun.start() - 16), noun.start()
            ):
                counts.insert(0, Value("number", 1.0, noun.group(), noun.start(), noun.end()))
        if one is not None and counts:
            # "tres agricultores y un carabinero": the item said with an article is one.
            counts += [
                Value("number", 1.0, m.group().split()[-1], m.start(), m.end())
                for m in one.finditer(r.text, counts[0].start, counts[-1].end + 80)
            ]
            counts.sort(key=_START)
        counts = counts[:_MAX_WORKED]
        first = 0
        for i in range(1, len(counts) + 1):
            if i < len(counts) and not _SENTENCE_END.search(
                r.text, counts[i - 1].end, counts[i].start
            ):
                continue
            sentence, first = counts[first:i], i
            lo = 0 if first - len(sentence) == 0 else counts[first - len(sentence) - 1].end
            hi = sentence[-1].end + 80
            if (
                counted
                and len(sentence) == s.value
                and not any(
                    a.rstrip("s") == b.rstrip("s")
                    for v in sentence
                    for a in _noun_marks(r.text, v, r.values)
                    for b in counted
                )
            ):
                return f"the quote's {len(sentence)} counts, counted"
            for j, a in enumerate(sentence):
                added = a.value
                for k, b in enumerate(sentence[j + 1 :], j + 1):
                    added += b.value
                    if (
                        k == j + 1
                        and part_before is not None
                        and _close(a.value - b.value, s.value)
                        and part_before.search(r.text[max(0, b.start - 24) : b.start])
                    ):
                        return f"the difference of the quote's {a.text} and its part {b.text}"
                    if not (_close(added, s.value) if s.hedge is None else lo_s <= added <= hi_s):
                        continue
                    run = sentence[j : k + 1]
                    if not total and made_of and _composed_before(composed, r.text, run[0]):
                        return "the sum of the quote's " + " + ".join(v.text for v in run)
                    if not total and not same_language:
                        continue
                    if not total:
                        # Auxiliaries ("were") tie a count to no one item.
                        said = (
                            {w for w in _marks(stated.text) if w[:5] not in _auxiliaries()}
                            if said is None
                            else said
                        )
                        if _tied_to_one(run, r.text, lo, hi, said, others):
                            continue
                    return "the sum of the quote's " + " + ".join(v.text for v in run)
    return None


#: How far before a list's first count its word of composition may end ("composée de six").
_COMPOSED_REACH = 24


def _composed_before(composed: re.Pattern[str] | None, text: str, first: Value) -> bool:
    """Whether a word saying a whole is made of what follows ([worked] composed: "composée
    de", "made up of") ends right before the count `first` (`_COMPOSED_REACH`), in its
    sentence; in Chinese or Japanese ("由…组成") anywhere after it in its sentence."""
    if composed is None:
        return False
    m = composed.search(text, max(0, first.start - _COMPOSED_REACH), first.start)
    if m is not None:
        return _SENTENCE_END.search(text, m.end(), first.start) is None
    if not _has_cjk(text[first.start : first.start + 8]):
        return False
    stop = _SENTENCE_END.search(text, first.end)
    return composed.search(text, first.end, stop.start() if stop else len(text)) is not None


#: A name in Latin letters (with digits and dots: "M.2", "SATA").
_LATIN_TOKEN = _lazy(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]")


def _names_an_item(statement: str, text: str, at: int) -> bool:
    """Whether the statement names one of the items a count given for each of them stands
    for ("M.2コネクタが2基" for "Serial ATAとM.2のコネクタが1基ずつ"): a name in Latin
    letters of the quote's clause before the count at `at` that the statement writes too;
    then its count is an item's, not their total."""
    lo = _clause_bounds(text, at, at)[0]
    names = {m.group().lower() for m in _LATIN_TOKEN.finditer(text, lo, at)}
    return any(m.group().lower() in names for m in _LATIN_TOKEN.finditer(statement))


def _noun_marks(text: str, v: Value, values: list[Value]) -> set[str]:
    """The words (of `_marks`) among the `_NOUN_WORDS` right after `v`, before the next
    figure and its clause's end: what it counts ("500 stranding incidents")."""
    stop = min([*(u.start for u in values if u.start >= v.end), v.end + 40])
    brk = _CLAUSE_BREAK.search(text, v.end, stop)
    tokens = itertools.islice(
        _TOKEN.finditer(text, v.end, brk.start() if brk else stop), _NOUN_WORDS
    )
    return _marks(" ".join(m.group() for m in tokens))


#: How many words right after a count say what it counts.
_NOUN_WORDS = 2


def _counting_alike(
    stated: Reading, s: Value, candidates: list[Value], readings: list[Reading]
) -> list[Value]:
    """The candidates whose words right after them share a word with those after the
    statement's `s` (what it counts), when some do and some do not; else empty."""
    mine = _noun_marks(stated.text, s, stated.values)
    if not mine or len(candidates) > _MAX_WORKED:
        return []
    alike = []
    for q in candidates:
        owner = _owner(q, readings)
        if owner is None or q.kind != "number":
            continue
        theirs = _noun_marks(owner.text, q, owner.values)
        if any(_same_word(w, t) for w in mine for t in theirs):
            alike.append(q)
    return alike if 0 < len(alike) < len(candidates) else []


def _names_a_part(text: str, lang: str | None) -> bool:
    """Whether a statement names a part of its count ("a humpback among them")."""
    words = _word_list_re(lang, "worked", "part_before")
    return words is not None and words.search(text) is not None


def _complement(values: list[Value], quoted: list[Value]) -> bool:
    """Whether the statement gives the rest of a share of the quote on the other side of a
    bound: "5% of tasks start more than five seconds late" for "95% of tasks begin within
    five seconds": a share of the statement is 100 % less one of the quote's, and a bounded
    figure of the statement is one of the quote's figures, bounded otherwise or not at all.
    The figures are worked out; neither contradicts."""
    if not values:
        return False
    shares = {round(q.value, 1) for q in quoted if q.kind == "percent" and q.span is None}
    figures = {(q.kind, q.dim, round(q.value, 3), q.hedge) for q in quoted}
    rest = any(
        v.kind == "percent" and v.hedge is None and round(100.0 - v.value, 1) in shares
        for v in values
    )
    return rest and any(
        v.hedge in _BOUNDS
        and v.kind != "percent"
        and any(
            (v.kind, v.dim, round(v.value, 3), h) in figures for h in (_BOUNDS - {v.hedge}) | {None}
        )
        for v in values
    )


@lru_cache(maxsize=32)
def _other_than_words(lang: str | None) -> re.Pattern[str] | None:
    """A language's [worked] ``other_than`` words ("other than", "außer", "以外"), as one
    pattern."""
    rules = rules_for(lang)
    words = rules.data.get("worked", {}).get("other_than", []) if rules is not None else []
    if not words:
        return None
    left, right = ("", "") if rules is not None and rules.cjk else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{left}(?:{_alt(words)}){right}", re.I)


def _other_than(
    stated: Reading, statement_lang: str | None, readings: list[Reading], langs: list[str | None]
) -> bool:
    """Whether the statement takes the rest of what the quotes share out ("15% from sources
    other than Google" for "85% of its revenue from Google"), which no quote says: its share
    is 100 % less one of theirs (`_rest_of`)."""
    mine = _other_than_words(statement_lang)
    if mine is None or mine.search(stated.text) is None:
        return False
    for r, lang in zip(readings, langs, strict=False):
        theirs = _other_than_words(lang)
        if theirs is not None and theirs.search(r.text) is not None:
            return False
    return True


def _rest_of(
    s: Value, candidates: list[Value], negated: bool, published: date | None
) -> Value | None:
    """The quote's percentage whose rest of 100 % the statement gives, after a fall ("nur 30
    Prozent der Energie" for "70 Prozent weniger Energie") or with a negation on one side
    only ("about 3% have used Rust" for "roughly 97% … who haven't used Rust"): a figure
    worked out, for a person to check. A share's other part ("51 % … 49 %") is another."""
    for q in candidates[:_MAX_WORKED]:
        if q.kind != "percent" or q.label == "fraction" or q.span is not None:
            continue
        if not (negated or (q.direction < 0 and s.direction == 0)):
            continue
        rest = replace(q, value=100.0 - q.value, direction=0)
        if _compare(s, rest, published)[0] in ("match", "overstated"):
            return q
    return None


def _named_figure(s: Value, readings: list[Reading]) -> str | None:
    """The quote's name that holds the statement's figure, glued to letters and read as no
    value ("Threadripper PRO 5000WX" for "5,000 chips", "A380" for "380 seats"), or its
    footnote mark ("US$1,000[23]" for "23 donations"): the statement may have taken it for
    a count; a person reads it."""
    if s.kind != "number" or s.value != int(s.value) or s.value < 10:
        return None
    digits = str(int(s.value))
    # Both patterns hold the digits: a quote without them is skipped unscanned.
    readings = [r for r in readings if digits in r.text]
    if not readings:
        return None
    glued = re.compile(rf"(?<![\d.,]){digits}(?=[A-Za-z])|(?<=[A-Za-z]){digits}(?![\d.,])")
    note = re.compile(rf"\[{digits}\]")
    for r in readings:
        if note.search(r.text) and not any(v.value == s.value for v in r.values):
            return f"in the quote [{digits}] is a footnote mark"
        for m in glued.finditer(r.text):
            if not any(v.start <= m.start() < v.end for v in r.values):
                name = re.search(r"[\w-]*$", r.text[: m.start()])
                rest = re.match(r"[\w-]*", r.text[m.end() :])
                whole = (name.group() if name else "") + m.group() + (rest.group() if rest else "")
                return f"in the quote {digits} is part of the name {whole!r}"
    return None


def _version_named(s: Value, readings: list[Reading]) -> bool:
    """Whether the statement's version-like figure ("3.6") stands in the quote as a name,
    read there as no value ("the 3.6 series", "3.6.1"): the statement names the release
    too ("maintenance releases for 3.6"), and nothing is compared. Only version-like
    figures are looked for, each once in each quote."""
    if s.kind != "number" or s.hedge is not None or not _VERSION_LIKE.fullmatch(s.text):
        return False
    for r in readings:
        for m in re.finditer(rf"(?<![\d.,]){re.escape(s.text)}(?!\d|,\d|\.(?![\dxX]))", r.text):
            if not any(v.start <= m.start() < v.end for v in r.values):
                return True
    return False


_GLUED_M = _lazy(r"\dm$")


def _placed(v: Value, published: date) -> Value | None:
    """A quote's calendar word ("last year", "letzten Monat", "yesterday") as the year or
    date it names on a page of `published`; None for other values."""
    if v.kind != "relative" or v.unit != "calendar":
        return None
    n = int(v.value)
    if v.dim == "year":
        year = published.year + n
        return replace(v, kind="year", value=float(year), ymd=(year, None, None), dim=None)
    if v.dim == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + n, 12)
        return replace(v, kind="date", value=float(year), ymd=(year, month + 1, None), dim=None)
    if v.dim == "day":
        day = published + timedelta(days=n)
        ymd = (day.year, day.month, day.day)
        return replace(v, kind="date", value=float(day.year), ymd=ymd, dim=None)
    return None


def _million_or_metres(v: Value) -> Value | None:
    """A quote's "1.4m" glued to its digits is metres or millions ("1.4m car recall"): the
    million reading, compared beside the metres, so a statement of either matches."""
    if v.kind != "unit" or v.dim != "meter" or v.hedge or not _GLUED_M.search(v.text):
        return None
    written = v.value / v.factor if v.factor else v.value
    return replace(
        v,
        kind="number",
        value=written * 1e6,
        dim=None,
        unit=None,
        factor=1e6,
        precision=v.precision / (v.factor or 1.0) * 1e6,
        label="",
    )


#: How far apart (in characters) two figures joined by "and" may stand for one bound
#: before the first to bound the second ("up to 10 years in prison and $250,000").
_SHARED_BOUND_GAP = 40


#: What ends a clause between two figures: no bound is shared across it.
_CLAUSE_MARKS = frozenset(",;:，；：、。.!?！？")


@lru_cache(maxsize=16)
def _coordinators(lang: str | None) -> re.Pattern[str] | None:
    """A language's words that join two figures under one bound ([hedges] coordinators:
    "and", "et", "和"), as a pattern found between them; None when it has none."""
    rules = rules_for(lang)
    words = rules.data.get("hedges", {}).get("coordinators", []) if rules is not None else []
    if rules is None or not words:
        return None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    return re.compile(rf"{left}(?:{_alt(words)}){right}", re.I)


def _shared_bound(stated: Reading, s: Value, q: Value, lang: str | None) -> Value | None:
    """The statement's figure right before `s` whose bound (on the same side as the quote's
    bound on `q`) governs `s` too: the two joined by a coordinator ([hedges] coordinators)
    within `_SHARED_BOUND_GAP` characters, with no clause mark and no other figure between
    them, at most an article after the coordinator, and `s` itself unbounded."""
    joiner = _coordinators(lang)
    side = _HEDGE_FAMILY.get(q.hedge or "")
    if joiner is None or side is None:
        return None
    before = [v for v in stated.values if v.end <= s.start]
    if not before:
        return None
    prev = max(before, key=attrgetter("end"))
    if prev.hedge is None or _HEDGE_FAMILY.get(prev.hedge) != side:
        return None
    between = stated.text[prev.end : s.start]
    if len(between) > _SHARED_BOUND_GAP or not _CLAUSE_MARKS.isdisjoint(between):
        return None
    joins = list(joiner.finditer(between))
    if not joins:
        return None
    # After the coordinator at most an article ("and a $250,000 fine"): any other word may
    # say the second figure's own bound ("and a minimum fine of $250,000").
    rest = re.findall(r"[^\W\d_]+", between[joins[-1].end() :])
    return prev if len(rest) <= 1 and all(len(w) <= 3 for w in rest) else None


def _candidates(s: Value, quoted: list[Value]) -> list[Value]:
    allowed = _COMPATIBLE.get(s.kind, {s.kind})
    out = [
        q
        for q in quoted
        if q.kind in allowed
        and (
            # "for decades" is a counterpart only of a figure inside it, unhedged or about:
            # the plural may measure nothing ("spent months planning" beside "six days").
            not q.loose
            or s.hedge in (None, "about")
            and q.span is not None
            and q.span[0] <= s.value < q.span[1]
        )
    ]
    if s.kind == "number":
        # A bare number is compared with bare numbers first, then with written amounts; a
        # measurement only when the quote has no bare number ("Ninety pygmy whales" is not
        # the "Ninety Mile" beach of a quote that counts "10 rare pygmy whales").
        # A year is a candidate only for a figure that could be one ("3" is no 1925).
        could_be_year = 1000 <= s.value <= 2100
        bare = [q for q in out if q.kind == "number" or (q.kind == "year" and could_be_year)]
        rest = [q for q in out if q.kind not in ("number", "year", "unit")]
        units = [q for q in out if q.kind == "unit"]
        same = [q for q in units if q.factor and _close((q.value - q.offset) / q.factor, s.value)]
        if [q for q in bare if q.kind == "number"]:
            # "16" for "de 14 a 16 años": the same figure with its unit said is one still.
            units = same
        else:
            # A measure of another figure is no count ("dos unidades" against "22×80mm"); a
            # time may be ("aged 27" against "22-year-old").
            same_ids = {id(x) for x in same}
            units = [q for q in units if _is_time(q.dim or "") or id(q) in same_ids]
        out = bare + rest + units
        if s.span is not None:
            # "Thousands" is an order of magnitude, never met by a year ("in 2012, hundreds
            # of ...": the quote's "hundreds" is what it is compared with).
            out = [q for q in out if q.kind != "year" and not q.year_like()]
    if s.kind == "year":
        dated = [q for q in out if q.kind in ("year", "date", "decade")]
        same = [q for q in out if q.kind == "number" and _close(q.value, s.value)]
        out = dated + same
    if s.kind == "date" and s.ymd is not None and s.ymd[1] is not None:
        # "17 May 2015" against "the 2015 season on 17 April": the day of that year is the
        # counterpart, not the year alone, which would only make the statement more precise.
        year = s.ymd[0]
        if any(
            q.kind == "date"
            and q.ymd is not None
            and q.ymd[1] is not None
            and (q.ymd[0] == year or (q.ymd[0] is None and year in q.context_years))
            for q in out
        ):
            out = [q for q in out if q.kind != "year"]
    if s.kind == "relative":
        # "last year": the quote's same words, else its dates (placed by the page's date).
        same = [q for q in quoted if q.kind == "relative"]
        return same or [q for q in quoted if q.kind in ("year", "date")]
    if s.kind == "unit":
        # Seconds are not compared with metres: another dimension is nothing to compare.
        out = [q for q in out if q.kind != "unit" or q.dim == s.dim]
        written = (s.value - s.offset) / s.factor if s.factor else s.value
        out += [
            q
            for q in quoted
            if q.kind == "number"
            and (_close(q.value, written) or (s.unit or "").startswith("count / "))
        ]
    return out


def _counts_a_noun(text: str, v: Value, lang: str | None) -> bool:
    """Whether a bare figure from 1000 to 2100 counts the noun right after it ("2000
    Menschen", "2000 people", "2000人"): [year_counts] nouns, or the counter words of
    [counters] (`_counter`)."""
    if v.kind != "number" or not 1000 <= v.value <= 2100:
        return False
    if _counter(text, v.end, rules_for(lang)) is not None:
        return True
    return _four_digit_count(text, text[max(0, v.start - 24) : v.start], v.end, lang)


def _said_as_year(text: str, v: Value, lang: str | None) -> bool:
    """Whether a year is said as one: after a word of [year_counts] not_after ("in 2000",
    "seit 2000", "en 2000") or before 年 ("2000年"), not only by its digits."""
    if v.text.endswith("年") or text[v.end : v.end + 1] == "年":
        return True
    res = _year_count_res(lang)
    return res is not None and res[1].search(text[max(0, v.start - 24) : v.start]) is not None


def _count_or_year(
    s: Value,
    candidates: list[Value],
    stated: Reading,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> list[Value]:
    """The candidates less those a count and a year would meet by their digits alone: a
    statement's count of a noun ("2000 people attended") is no year of the quote ("In
    2000, 1,500 people attended"), and a year said as one ("began in 2000") no count of
    the quote's ("2000 people attended")."""
    if s.kind == "number" and _counts_a_noun(stated.text, s, statement_lang):
        return [q for q in candidates if q.kind != "year"]
    if s.kind == "year" and _said_as_year(stated.text, s, statement_lang):
        kept = []
        for q in candidates:
            owner = _owner(q, readings) if q.kind == "number" else None
            lang = langs[readings.index(owner)] if owner is not None else None
            if owner is None or not _counts_a_noun(owner.text, q, lang):
                kept.append(q)
        return kept
    return candidates


#: How far (in characters) apart two counts of a quote may stand to make a share
#: (`_shares_apart`: "12 députés Front de gauche (sur 15)").
_SHARE_PAIR_REACH = 40


def _shares_apart(s: Value, quoted: list[Value], rules: Rules) -> list[Value]:
    """A share said with an article ("10 des 20 députés", "3 der 4 Siege": [fraction_patterns]
    apart) against quotes with no share at all is its two counts, as read before such
    shares were: the quote may give them apart ("10 députés verts (sur 20)")."""
    apart = rules.data.get("fraction_patterns", {}).get("apart")
    if not apart or s.label != "fraction" or any(q.kind == "percent" for q in quoted):
        return [s]
    if not re.search(apart, s.text, re.I):
        return [s]
    figures = list(re.finditer(r"\d+", s.text))
    if len(figures) != 2:
        return [s]
    part, whole = sorted(int(m.group()) for m in figures)
    counts = [q for q in quoted if q.kind == "number" and q.hedge is None]
    if any(
        a.value < b.value
        and b.start - a.end <= _SHARE_PAIR_REACH
        and _close(a.value / b.value, part / whole)
        and (a.value, b.value) != (part, whole)
        for a, b in itertools.pairwise(counts)
    ):
        # "quatre députés sur cinq" for "12 députés (sur 15)": the same share of other
        # counts, which the reader works out; the share is kept.
        return [s]
    return [
        Value(
            "number",
            float(m.group()),
            m.group(),
            s.start + m.start(),
            s.start + m.end(),
            precision=0.5,
            label="quantity",
        )
        for m in figures
    ]


def _change_turned(
    stated: Reading, s: Value, quoted: Sequence[Value], rules: Rules | None
) -> Value | None:
    """The quote's change of a share that goes the other way from a statement's factor
    of change ("doubled", "verdoppelt", "halved" of [multipliers] change_words): when
    every change of a share the quote gives ("fell by half", "rose 30 %") goes the other
    way, the quote has no factor, and the statement says no change the other way itself."""
    if rules is None or s.value == 1:
        return None
    words = rules.data.get("multipliers", {}).get("change_words") or ()
    if s.text.lower() not in {w.lower() for w in words}:
        return None
    up = s.value > 1
    if any(d and (d > 0) != up for d, _word, _at in stated.directions):
        return None
    if any(q.kind == "multiplier" for q in quoted):
        return None
    changes = [q for q in quoted if q.kind == "percent" and q.direction]
    if not changes or any((q.direction > 0) == up for q in changes):
        return None
    return changes[0]


_KIND_WORDS = {
    "number": "number",
    "year": "year",
    "date": "date",
    "decade": "decade",
    "century": "century",
    "percent": "percentage",
    "points": "percentage-point figure",
    "money": "amount of money",
    "unit": "measurement",
    "multiplier": "multiplier",
    "rank": "rank",
    "relative": "relative time or date",
}
