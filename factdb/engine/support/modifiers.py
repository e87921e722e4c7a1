"""Modifiers of a value: hedges and comparators ("nearly", "up to", "以上"), negated verbs
before a figure, directions (rose/fell) bound to the nearest value, and the role of a
change's figure ("by" or "to")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from .numerals import _stripped_end
from .patterns import _ASCII_WORDS, _TOKEN, _alt, _holds_any, _lazy
from .results import Reading, Value
from .rules import Rules, _is_time, _key, rules_for

#: What parts a figure from the year it goes with: a clause's end, or a sentence's.
_YEAR_APART = _lazy(r"[,;:!?()，、；：。！？（）]|[.](?!\d)")


#: A comparator a negation governs, and what the two say together: "no room costs less than
#: $500" says "at least $500", "kostet nicht mehr als 20 Euro" says "at most 20 euros".
_NEGATED_COMPARATOR = {
    "less_than": "at_least",
    "more_than": "at_most",
    "at_least": "less_than",
    "at_most": "more_than",
}


#: How far `_read_numbers` takes the text before a number at once (`_hedge`'s window).
_PRE = 40


def _hedge(
    v: Value, text: str, rules: Rules, window: str | None = None, last: str | None = None
) -> None:
    """Attach the hedge or comparator written before or after a value. `window`: the text's
    `_PRE` characters before it, if the caller has them, and `last` their last character
    other than whitespace."""
    offset = max(0, v.start - _PRE)
    if window is None or last is None:
        window = text[offset : v.start]
        last = window.rstrip()[-1:]
    # Skip a currency symbol or code written before the number.
    cb = rules.currency_before_re.search_ending(window, last)
    if cb:
        window = window[: cb.start()]
    m = None
    tail = window[-32:]
    if (
        rules.cjk
        or (
            # An ASCII tail's words read from its bytes, as `_read` reads a text's.
            not rules.hedge_ascii.isdisjoint(tail.lower().encode().translate(_ASCII_WORDS).split())
            if tail.isascii()
            else not rules.hedge_triggers.isdisjoint(_TOKEN.findall(tail.lower()))
        )
        or _holds_any(tail, rules.hedge_symbols)
    ):
        m = rules.hedge_before_re.search(window)
    if m:
        word = _key(m.group("h"))
        if word in rules.no_article and _a_preposition(v, text, m.group(), rules):
            m = None  # "over a 30-minute window": a preposition; "under a hundred" compares
    if m:
        word = _key(m.group("h"))
        blocked = rules.not_after.get(word)
        if word in rules.race_words and _a_race(v, text, rules):
            return  # "Über 3000 Meter siegte Hüttig": the race, not "more than 3000 metres"
        if (
            word in rules.race_after_time
            and _a_race(v, text, rules)
            and (
                _after_a_time(text, offset + m.start("h"), rules)
                or _after_a_race_word(text, offset + m.start("h"), rules)
            )
        ):
            # "7.52 seconds over 60 metres", "three wins over 1.5 km": the race run.
            return
        if v.value == 0 and word in _not_after_zero(rules):
            # "has won over zero members": a phrasal verb before nothing, no comparator
            # ([hedges.not_after_zero]); "won over 60%" compares.
            blocked = (blocked or set()) | set(_not_after_zero(rules)[word])
        prior = re.findall(r"[\w']+", window[: m.start()]) if blocked else None
        negated = m.groupdict().get("neg")
        if negated and not _negated_verb(word, rules):
            pass  # a negation after no verb of comparison: no comparator read
        elif not (prior and blocked and _said_after(prior, blocked)):
            v.hedge = rules.hedges_before[word]
            v.hedge_text = m.group("h") + "\x00"
            # "beyond the JCPOA's 3.67% limit": a definite article or a possessive between
            # comparator and number names a threshold, a figure in its own right.
            rest = m.end("neg") if negated else m.end("h")
            v.threshold = _THRESHOLD.search(
                m.group()[rest - m.start() :]
            ) is not None or word in _criteria(rules.lang)
            v.hedge_span = (offset + m.start("h"), offset + m.end("h"))
            if negated:
                # "ne dépasse jamais 2 400 $" says "at most 2 400 $" (`_negated_comparators`
                # takes the negation): the span runs to the negation.
                v.hedge = _NEGATED_COMPARATOR.get(v.hedge, v.hedge)
                v.hedge_text = m.group()[: m.end("neg") - m.start()] + "\x00"
                v.hedge_span = (offset + m.start("h"), offset + m.end("neg"))
            if v.hedge != "about":
                return
            # "some 100-odd", "some two dozen-plus": an estimate's floor after the figure
            # is the bound it says.
            after = rules.hedge_after_re.match(text[v.end : v.end + 24])
            if after and rules.hedges_after[_key(after.group("h"))] in ("at_least", "odd"):
                v.hedge = rules.hedges_after[_key(after.group("h"))]
                v.hedge_text = after.group("h") + "\x01"
                v.hedge_span = (v.end + after.start("h"), v.end + after.end("h"))
            return
    if _noun_bound(v, text, offset + cb.start() if cb else v.start, rules):
        return
    m = rules.hedge_after_re.match(text[v.end : v.end + 24])
    if m and not rules.cjk and _opens_next_figure(text, v.end + m.end("h"), rules):
        # "En 2020, au plus 30 personnes": the bound is the next figure's, not 2020's.
        m = None
    if m and rules.cjk:
        roles = _change_role_res(rules.lang)
        if roles is not None and roles[0] is None and roles[1].match(text, v.end):
            return  # "30キロから50キロに引き上げ": where a change starts, no bound
    if m:
        v.hedge = rules.hedges_after[_key(m.group("h"))]
        v.hedge_text = m.group("h") + "\x01"
        v.hedge_span = (v.end + m.start("h"), v.end + m.end("h"))
        v.threshold = _key(m.group("h")) in _criteria(rules.lang)


#: How far before a figure `_noun_bound` reads ("the maximum fine Carlineo faces is $…").
_NOUN_BOUND_REACH = 72


@lru_cache(maxsize=64)
def _noun_bound_res(
    lang: str | None,
) -> (
    tuple[
        re.Pattern[str],
        re.Pattern[str] | None,
        re.Pattern[str] | None,
        dict[str, str],
        tuple[str, ...],
    ]
    | None
):
    """A language's bounds said by a noun or its adjective ([hedges.noun_bound]): the pattern
    of the bound word, at most four words, and a link ending right before the figure; the
    pattern of a bound after the figure past "in <noun>"; the kinds of the bound words; and
    the phrases that name a thing, no bound ("minimum wage")."""
    rules = rules_for(lang)
    nb = rules.data.get("hedges", {}).get("noun_bound") if rules is not None else None
    if not nb:
        return None
    words: dict[str, str] = {k.lower(): v for k, v in nb["words"].items()}
    stop = rf"(?!(?:{_alt(nb['not_between'])})\b)" if nb.get("not_between") else ""
    before = _lazy(
        rf"(?<!\w)(?P<b>{_alt(words)})"
        + (r"\w*" if nb.get("compound") else r"\b")
        + rf"(?:\s+{stop}[^\W\d][\w'’-]*){{0,4}}?\s+(?:{_alt(nb['links'])})\s*$",
        re.I,
    )
    after = (
        _lazy(
            rf"\s+(?:{_alt(nb['after_gap'])})\s+[^\W\d][\w'’-]*\s+"
            rf"(?P<h>{_alt(nb['after_bounds'])})\b",
            re.I,
        )
        if nb.get("after_gap")
        else None
    )
    # "eleva la edad mínima de 16 a 18 años": the figure starts a change or a range, and the
    # noun names what changes, no bound on it.
    start_of = _lazy(rf"\s*(?:{_alt(nb['change_to'])})\s+\d", re.I) if nb.get("change_to") else None
    return before, after, start_of, words, tuple(w.lower() for w in nb.get("names", []))


def _noun_bound(v: Value, text: str, end: int, rules: Rules) -> bool:
    """Attach a bound said by a noun or its adjective before the figure ("a maximum fine of
    $250,000", "the maximum fine he faces is $250,000", "une amende maximale de", "eine
    Höchststrafe von") or after it past a noun ("$250,000 in fines at most"); a name such as
    "minimum wage" is no bound. `end`: where the text before the figure ends (before a
    currency sign). Whether one was attached."""
    res = _noun_bound_res(rules.lang)
    if res is None:
        return False
    before, after, start_of, words, names = res
    window = text[max(0, end - _NOUN_BOUND_REACH) : end]
    low = window.lower()
    if any(w in low for w in words) and not (start_of and start_of.match(text, v.end)):
        m = before.search(window)
        if m and not any(n in low[max(0, m.start() - 16) :] for n in names):
            key = m.group("b").lower()
            v.hedge = words[key]
            # The whole word said ("Höchststrafe"), not only its bound's part.
            said = window[m.start("b") :].split(None, 1)[0]
            v.hedge_text = said + "\x00"
            start = end - len(window) + m.start("b")
            v.hedge_span = (start, start + len(said))
            return True
    if after is not None:
        a = after.match(text, v.end, v.end + 40)
        if a:
            v.hedge = rules.hedges_after[_key(a.group("h"))]
            v.hedge_text = a.group("h") + "\x01"
            v.hedge_span = (a.start("h"), a.end("h"))
            return True
    return False


#: How far after a bound written after a figure the next figure may start for the bound
#: to be that figure's instead (`_opens_next_figure`).
_NEXT_FIGURE_REACH = 16


def _opens_next_figure(text: str, at: int, rules: Rules) -> bool:
    """Whether a figure follows the bound that ends at `at` right away, a digit or a number
    word of the language after spaces only: "2020, au moins 30 personnes" ("au moins" is
    the 30's), "30 ans, au plus trois enfants"."""
    rest = text[at : at + _NEXT_FIGURE_REACH]
    word = _TOKEN.match(rest, len(rest) - len(rest.lstrip()))
    if word is None or word.start() == 0:
        return False
    return word.group()[:1].isdigit() or word.group().lower() in rules.number_words


@lru_cache(maxsize=64)
def _criteria(lang: str | None) -> frozenset[str]:
    """A language's comparators that state a criterion ([hedges] criteria: "greater than",
    "and older"), lowercased: the bound they make is a threshold, not an estimate."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    return frozenset(w.lower() for w in hedges.get("criteria", []))


@lru_cache(maxsize=64)
def _negated_verbs(lang: str | None) -> frozenset[str]:
    """A language's verbs of comparison a negation may follow before their figure ([hedges]
    negated_verbs: "dépasse" of "ne dépasse jamais 2 400 $"), lowercased."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    return frozenset(w.lower() for w in hedges.get("negated_verbs", []))


def _negated_after_verb(v: Value, lang: str | None) -> bool:
    """Whether `v`'s comparator is a verb of comparison and the negation after it, read as
    one bound by `_hedge` ("dépasse jamais", [hedges] negated_after)."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    words = (v.hedge_text or "").rstrip("\x00\x01").split()
    return len(words) > 1 and words[-1].lower() in {
        w.lower() for w in hedges.get("negated_after", [])
    }


def _negated_verb(word: str, rules: Rules) -> bool:
    """Whether `word` (a comparator, lowercased) is a verb of comparison a negation may
    follow before its figure in the language of `rules` (`_negated_verbs`)."""
    return word in _negated_verbs(rules.lang)


def _said_after(prior: list[str], words: set[str]) -> bool:
    """Whether the words `prior` end with one of `words`, each one word or several
    ("took", "erstreckt sich")."""
    last = prior[-1].lower()
    return last in words or any(
        " " in w and " ".join(prior[-len(w.split()) :]).lower() == w for w in words
    )


@lru_cache(maxsize=16)
def _article_re(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The articles after which a comparator of [hedges] no_article is a preposition before
    a figure that qualifies a noun: ``no_article_words`` (indefinite) and
    ``no_article_definite``, each as a pattern closing the text before the figure."""
    rules = rules_for(lang)
    hedges = rules.data.get("hedges", {}) if rules is not None else {}
    if not hedges.get("no_article_words"):
        return None
    return (
        re.compile(rf"\s(?:{_alt(hedges['no_article_words'])})\s*$", re.I),
        re.compile(rf"\s(?:{_alt(hedges.get('no_article_definite', []))})\s*$", re.I),
    )


#: A year written as a figure alone ("2019"), with a word after it: "the 2019 rules".
_YEAR_BEFORE_WORD = _lazy(r"(?:1[89]|20)\d\d\s+[^\W\d_]")


def _a_preposition(v: Value, text: str, before: str, rules: Rules) -> bool:
    """Whether a comparator of [hedges] no_article before `v` (`before` ends with it and the
    words up to the figure) is a preposition: an article stands between them and the figure
    qualifies a noun, joined to it by a hyphen ("over a 30-minute window", "over the
    1,000-acre island", "über die 500-Meter-Strecke") or, after a definite article, as a
    year ("under the 2019 rules"). "under a hundred", "über die Hälfte" compare."""
    articles = _article_re(rules.lang)
    if articles is None or not articles[0].search(before):
        return False
    if "-" in v.text or text[v.end : v.end + 1] == "-":
        return True
    return bool(articles[1].search(before)) and _YEAR_BEFORE_WORD.match(text, v.start) is not None


def _not_after_zero(rules: Rules) -> dict[str, list[str]]:
    """The verbs after which a comparator before zero is part of the verb ("won over")."""
    words: dict[str, list[str]] = rules.data.get("hedges", {}).get("not_after_zero", {})
    return words


def _after_a_time(text: str, end: int, rules: Rules) -> bool:
    """Whether the text before `end` ends with a figure and a time unit ("7.52 seconds ").
    A match opens with the last digit before `end` (nothing after it is one): looked for
    there, back to that digit only, not over the whole text before `end`."""
    digit = end
    while digit > 0 and not text[digit - 1].isdecimal():  # `\d`: a decimal digit
        digit -= 1
    m = _AFTER_A_TIME.match(text, digit - 1, end) if digit else None
    if m is None:
        return False
    unit = rules.units.get(_key(m.group(1)))
    return unit is not None and _is_time(unit)


#: A figure and a unit closing the text before a comparator ("7.52 seconds over").
_AFTER_A_TIME = _lazy(r"\d\s*([^\W\d_]+\.?)\s*$")


def _after_a_race_word(text: str, end: int, rules: Rules) -> bool:
    r"""Whether the text before `end` ends with a word that names a race or its winning
    ([races] after_words: "wins ", "the race ") or a place in it ("2nd "): its last run of
    letters ([^\W\d_]), found back from `end`, not over the whole text before it."""
    words = rules.data.get("races", {}).get("after_words", [])
    if not words:
        return False
    stop = _stripped_end(text, end)
    start = stop
    while start > 0 and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1  # `[^\W\d_]`: alphanumeric ("_" is not), no decimal digit
    if start < stop and text[start:stop].lower() in words:
        return True
    # A place written as a digit ordinal ("finished 2nd over 800 metres", as the text reads
    # "second"): a rank before the distance names the race too.
    digits = start
    while digits > 0 and text[digits - 1].isdecimal():
        digits -= 1
    return digits < start < stop and rules.ordinal_re.match(text[start:stop]) is not None


def _a_race(v: Value, text: str, rules: Rules) -> bool:
    """Whether a distance after "über"/"over" names a race ("über 60 Meter Hürden"): one
    of the distances run, with no measure word after it ("über 3000 Meter hoch")."""
    if v.kind != "unit" or v.dim != "meter" or v.value not in rules.race_metres:
        return False
    after = _TOKEN.findall(text[v.end : v.end + 24].lower())
    return not (after and after[0] in rules.race_not_before)


_THRESHOLD = _lazy(r"(?<!\w)(?:the|der|die|das|den|dem|le|la|les|l'|el|los|las)(?!\w)|\w's\b", re.I)


_DIRECTED = {"number", "percent", "points", "money", "unit", "multiplier"}


def _bind_separable(reading: Reading, particles: dict[int, int]) -> None:
    """Give the direction of a separable verb of any figure ([directions] separable: "gab
    am Montag um 2 Prozent nach") to the last figure between the verb (at a key of
    `particles`) and its particle (the value): the figure the change is said of, right
    before the particle that closes the clause, not the date after the verb."""
    values = reading.values
    starts = [v.start for v in values]
    for sign, word, pos in reading.directions:
        if pos not in particles:
            continue
        # The values from the verb to the particle (sorted by start), the last first.
        lo = bisect.bisect_right(starts, pos)
        hi = bisect.bisect_left(starts, particles[pos])
        last = next((v for v in reversed(values[lo:hi]) if v.kind in _DIRECTED), None)
        if last is not None and last.end <= particles[pos] and not last.direction:
            last.direction, last.direction_text = sign, word


#: What ends the stretch of words in which a direction looks past a year for its figure.
_DIRECTION_STRETCH_BREAK = _lazy(r"[,;:.!?()\[\]、，。；：！？（）]")


def _one_stretch(text: str, lo: int, hi: int) -> bool:
    """Whether lo..hi, from a direction word to a figure past a year (or from the figure to
    the word), is short and unbroken by punctuation (`_bind_directions`)."""
    return hi - lo < 60 and _DIRECTION_STRETCH_BREAK.search(text, lo, hi) is None


def _bind_directions(
    reading: Reading, text: str, rules: Rules | None = None, separable: frozenset[int] = frozenset()
) -> None:
    """Give each value the direction word nearest to it in its clause, if any.

    Values are sorted by position; each direction looks only at its neighbours on either
    side (bisect), so binding is linear in the text, not directions × values. A verb of a
    count ([directions] count_up, count_down: "shed", "ouvrir") binds only a bare count
    close to it (`_count_gap`) and is no direction of the text otherwise. The directions
    at the positions of `separable` (separable verbs of any figure, `_bind_separable`)
    are bound already, and stay directions of the text whatever their verb.
    """
    only = rules.directions_count_only if rules is not None else frozenset()
    if not reading.directions or not reading.values:
        if only and reading.directions:
            reading.directions = [
                d for d in reading.directions if d[1].lower() not in only or d[2] in separable
            ]
        return
    values = reading.values
    starts = [v.start for v in values]
    for sign, word, pos in reading.directions:
        if pos in separable:
            continue
        end = pos + len(word)
        i = bisect.bisect_left(starts, end)
        # The nearest figure that takes a direction on each side, past a year or a date in
        # the same stretch of words ("sank 2019 um 5 Prozent", "rose in 2019 by 5%").
        before, after = i - 1, i
        while (
            before > 0
            and values[before].kind not in _DIRECTED
            and _one_stretch(text, values[before - 1].end, pos)
        ):
            before -= 1
        while (
            after < len(values) - 1
            and values[after].kind not in _DIRECTED
            and _one_stretch(text, end, values[after + 1].start)
        ):
            after += 1
        neighbours = [values[k] for k in (before, after) if 0 <= k < len(values)]
        best, best_gap = None, 60
        lw = word.lower()
        counted = lw in only
        for v in neighbours:
            if v.kind not in _DIRECTED or _said_when(text, v, rules):
                continue
            if counted and (v.kind != "number" or not _count_gap(text, pos, end, v, rules, lw)):
                continue
            gap = v.start - end if pos < v.start else pos - v.end
            if 0 <= gap < best_gap and not re.search(r"[;.!?]\s", _between(text, pos, v)):
                best, best_gap = v, gap
        if best is not None and not best.direction:
            best.direction, best.direction_text = sign, word
            if (
                rules is not None
                and best.kind == "number"
                and lw in rules.count_verbs
                # a count verb's best count has passed `_count_gap` already
                and (counted or _count_gap(text, pos, end, best, rules, lw))
            ):
                best.count_changed = True  # "cut 120 stores": the change itself
    if only:
        reading.directions = [
            d for d in reading.directions if d[1].lower() not in only or d[2] in separable
        ]


#: The words between a verb of a count and its count: at most three, in one clause.
_COUNT_GAP_WORDS = _lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_COUNT_OBJECT = _lazy(r"\s+([^\W\d_]+['’]?)")


_COUNT_GAP_BREAK = _lazy(r"[,;:.!?()\[\]\"“”«»、，。；：！？（）]")


def _count_gap(
    text: str, pos: int, end: int, v: Value, rules: Rules | None, word: str = ""
) -> bool:
    """Whether a verb of a count (at pos..end) governs the count `v`: "shed 100,000",
    "ouvrir près de 120", "4.000 Stellen streichen", "4000人を削減": at most three words
    apart (a few characters in Chinese and Japanese), with no break of the clause and no
    word of [directions] count_gap_stops ("closes at 6", "open until 6") between."""
    if pos < v.start:
        lo, hi = end, v.start
        if v.hedge_span and end <= v.hedge_span[0] < v.start:
            hi = v.hedge_span[0]
    else:
        lo, hi = v.end, pos
    if hi - lo > 40:
        return False  # looked at only when near: no slice of a long stretch
    gap = text[lo:hi]
    if _COUNT_GAP_BREAK.search(gap):
        return False
    if pos > v.start:
        after = _COUNT_OBJECT.match(text, end, end + 24)
        if after and rules is not None and after.group(1).lower() in rules.count_objects:
            return False  # "450 athletes created a good mood": the count is the subject
    if rules is not None and rules.cjk:
        return len(gap.strip()) <= 6
    words = _COUNT_GAP_WORDS.findall(gap)
    if len(words) > 3:
        return False
    if rules is None:
        return True
    stops = rules.count_gap_stops
    if pos < v.start and word in rules.count_nouns:
        stops = stops - rules.count_noun_joiners  # "the closure of 120 stores"
    return not any(w.lower() in stops for w in words)


def _between(text: str, pos: int, v: Value) -> str:
    return text[pos : v.start] if pos < v.start else text[v.end : pos]


@lru_cache(maxsize=64)
def _lapse_words(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's words that make a duration say when, after a lapse ([directions]
    lapse_before, lapse_after: "after 10 minutes", "10 minutes later", "10分後",
    "10分钟后"): a pattern ending at the duration's start (a hedge of up to two words, or a
    few characters in Chinese and Japanese, may stand between) and one matched at its end."""
    rules = rules_for(lang)
    table = rules.data.get("directions", {}) if rules is not None else {}
    before, after = table.get("lapse_before", []), table.get("lapse_after", [])
    cjk = rules is not None and rules.cjk
    gap = (
        r"[^\d\s.,;:!?。，、；：！？]{0,3}"
        if cjk
        else r"[ \u00a0\u202f]+(?:[^\W\d_]+[ \u00a0\u202f]+){0,2}"
    )
    left, right = ("", "") if cjk else (r"(?<!\w)", r"(?!\w)")
    return (
        re.compile(rf"{left}(?:{_alt(before)}){gap}\Z", re.I) if before else None,
        re.compile(rf"[ \u00a0\u202f]*(?:{_alt(after)}){right}", re.I) if after else None,
    )


#: How far before a duration (in characters) `_lapse_words`' words before it may start.
_LAPSE_REACH = 40


def _said_when(text: str, v: Value, rules: Rules | None) -> bool:
    """Whether `v` is a duration that says when something happened, after a lapse ("the
    surge subsided after 10 minutes", "急増は10分後に収まった", `_lapse_words`): it takes no
    direction of the text, which says the change of the thing, not of the time."""
    if rules is None or v.label != "duration":
        return False
    before, after = _lapse_words(rules.lang)
    if after is not None and after.match(text, v.end):
        return True
    return (
        before is not None
        and before.search(text[max(0, v.start - _LAPSE_REACH) : v.start]) is not None
    )


@lru_cache(maxsize=64)
def _change_role_res(
    lang: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """The patterns of [change_roles]: a start's word before the figure and an end's word
    with its figure after it, an end's word before the figure, a start's word that is one
    after a direction alone ("up 33% from $123 million"); or, in Japanese, the particles
    after the figure ("14歳から16歳に")."""
    rules = rules_for(lang)
    table = rules.data.get("change_roles", {}) if rules is not None else {}
    if not table:
        return None
    assert rules is not None
    left, right = ("", "") if rules.cjk else (r"(?<!\w)", r"(?!\w)")
    cur = r"\s*[$€£¥]?\s*"
    if table.get("from_after"):
        to_after = _alt(table["to_after"])
        return (
            None,
            re.compile(
                rf"[^\d\s、。，]{{0,2}}?(?:{_alt(table['from_after'])})[^\d、。，]{{0,4}}\d"
            ),
            re.compile(rf"[^\d\s、。，]{{0,2}}?(?:{to_after})"),
            None,
        )
    to = _alt(table["to"])
    alone = table.get("from_after_direction", [])
    if table.get("lead"):
        # "from ± a factor of 2 … to ± a factor of 6": the words of the figure's kind.
        cur = rf"\s*(?:(?:{_alt(table['lead'])})\s*)?[$€£¥]?\s*"
    return (
        re.compile(rf"{left}(?:{_alt(table['from'])}){cur}$", re.I),
        re.compile(rf"[^\d.;:!?。，；！？]{{0,16}}?{left}(?:{to}){right}{cur}\d", re.I),
        re.compile(rf"{left}(?:{to}){cur}$", re.I),
        re.compile(rf"{left}(?:{_alt(alone)}){cur}$", re.I) if alone else None,
    )


def _change_role(
    text: str, v: Value, lang: str | None, directions: Sequence[tuple[int, str, int]] = ()
) -> str | None:
    """Whether `v` is where a change starts ("from 14 to 16": 14; "up 33% from $123
    million", a start word after one of the text's `directions` of its clause) or ends
    ("to 16", "auf 16", "提高到16", "16歳に"), by [change_roles]; None when its words say
    neither."""
    if v.kind not in _DIRECTED:
        return None
    found = _change_role_res(lang)
    if found is None:
        return None
    from_before, then_to, to_word, from_alone = found
    if from_before is None:  # particles after the figure
        if then_to.match(text, v.end):
            return "start"
        return "end" if to_word.match(text, v.end) else None
    start = from_before.search(text, max(0, v.start - _ROLE_REACH), v.start)
    if start is not None and then_to.match(text, v.end):
        return "start"
    alone = (
        from_alone.search(text, max(0, v.start - _ROLE_REACH), v.start)
        if from_alone is not None
        else None
    )
    if alone is not None and any(
        0 <= alone.start() - pos <= 30 and _YEAR_APART.search(text, pos, v.start) is None
        for _, _, pos in directions
    ):
        return "start"
    if to_word.search(text, max(0, v.start - _ROLE_REACH), v.start):
        return "end"
    return None


#: How far (in characters) before a figure `_change_role` looks for its role's word (with
#: the words of its kind between: "to ± a factor of 6").
_ROLE_REACH = 24
