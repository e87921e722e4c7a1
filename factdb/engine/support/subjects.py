"""Subjects: the subject of a figure in the statement and in the quote, subjects swapped
or named apart, and shares of a group named instead."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .ages import _HOLDER_REACH, _HOLDER_WORD, _holder_key
from .clauses import _CLAUSE_BREAK, _clause_bounds
from .counted import _coordinated_with_one_before, _others_inherit
from .events import _neighbours
from .holders import _TIED_KINDS, _mid_sentence, _word_starts
from .negation import _SENTENCE_END
from .numerals import _last_end
from .patterns import _TOKEN, _alt, _lazy
from .readers import _fraction, _rate_share
from .regions import _counted
from .results import Reading, Value, _family
from .roles import _acquire_res, _counted_nouns_pattern
from .rules import Rules, _base, rules_for
from .sentences import _MODAL_SENTENCE_END, _has_cjk, _sentence
from .ties import _LONG_TOKEN, _figure_words
from .values import _holds_value
from .words import _auxiliaries, _meanings, _same_word, _unaccented


def _subject_elsewhere(
    stated: Reading,
    s: Value,
    q: Value,
    comparable: list[Value],
    readings: list[Reading],
    langs: list[str | None] | None = None,
    statement_lang: str | None = None,
) -> tuple[Value, str, str] | None:
    """Another figure of the quote holding `q` that the statement's subject goes with, the
    word that says so, and the verdict when that figure does not meet the statement's
    ("missing": a hint for a person, who reads the sentence). (1) A name or place of the
    statement stands in that figure's stretch only, and `q` with a name of its own ("51
    whales on Ninety Mile Beach" for "10 pygmy whales on Ninety Mile beach, 51 stranded … on
    the Chatham Islands"; "O Sul terá 11" for "11 … do Sudeste, 8 do Sul"). (2) Figures each
    alone in a sentence: the word nearest before `q` is none of the statement's, the word
    nearest before the other figure is ("by terrorism, it's less than 100 … by gun violence,
    it's in the tens of thousands"). (3) A statement giving words to each of its figures: a
    word it gives its figure follows only the other figure ("70 Prozent weniger Energie und
    … um 40 Prozent" for "energy use by 40%"). Not for Chinese or Japanese, whose words are
    not read apart."""
    if _has_cjk(stated.text) or _coordinated_with_one_before(stated, s):
        return None
    owner = next((r for r in readings if _holds_value(r.values, q)), None)
    if owner is None or _has_cjk(owner.text):
        return None
    ids = {id(c) for c in comparable}
    figures = [v for v in owner.values if id(v) in ids or v is q]
    # In a language that capitalizes only names, a capitalized word the quote gives several
    # figures ("Island" in "on Stewart Island, … on the Chatham Islands") is part of their
    # names and ties the statement to none of them; a German noun is no name.
    rules = rules_for(langs[readings.index(owner)]) if langs is not None else None
    names_only = rules is not None and rules.names_capitalized
    if len(figures) < 2:
        return None
    stated_loose: dict[int, dict[str, str]] = {}
    mine_all, _ = _figure_words(
        stated.text,
        [v for v in stated.values if v.kind in _TIED_KINDS or v is s],
        stated.values,
        loose_too=stated_loose,
    )
    # An auxiliary verb ("were", "wurden") ties a figure to no subject.
    mine = {k: w for k, w in mine_all.get(id(s), {}).items() if k not in _auxiliaries()}
    if not mine:
        return None
    following: set[tuple[int, str]] = set()
    loose: dict[int, dict[str, str]] = {}
    theirs, by_id = _figure_words(
        owner.text, figures, owner.values, after=following, loose_too=loose
    )
    # "Two gunmen died, and three others may have escaped": the others are gunmen too.
    _others_inherit(owner, q, figures, theirs, langs[readings.index(owner)] if langs else None)
    said = set().union(*mine_all.values())
    seen: dict[str, int] = {}
    for words in theirs.values():
        for k in words:
            seen[k] = seen.get(k, 0) + 1
    own = {k for k, n in seen.items() if n == 1}
    first = _TOKEN.search(stated.text)
    opening = first.group().lower()[:5] if first else ""
    names = {
        k
        for k, w in mine.items()
        if k != opening and (w[:1].isupper() or (len(w) >= 2 and w.isupper()))
    }
    q_words = theirs[id(q)]
    # 1. A name of the statement beside another figure, `q` beside another name.
    q_names = {
        k for k, w in loose[id(q)].items() if w[:1].isupper() and seen.get(k, 0) <= (k in q_words)
    }
    for fid, words in theirs.items():
        if fid == id(q):
            continue
        hit = names & words.keys() & own
        shared = names & q_words.keys() & (own if names_only else seen.keys())
        if hit and not shared and q_names - mine.keys():
            return by_id[fid], words[min(hit)], "missing"
    # 1b. The same, the name further on in the other figure's stretch ("51 stranded and
    # dead on the Chatham Islands" for "10 pygmy whales … on the Chatham Islands"), none
    # in `q`'s, which names a place of its own: the name's figure is the statement's, and
    # one that does not meet it contradicts, whatever common noun `q` shares.
    loose_seen: dict[str, int] = {}
    for words in loose.values():
        for k in words:
            loose_seen[k] = loose_seen.get(k, 0) + 1
    loose_own = {k for k, n in loose_seen.items() if n == 1 or not names_only}
    # The statement's names further on in its figure's sentence count here too, in a
    # language that capitalizes only names: "51 whales stranded and died on Stewart Island"
    # names the place of the quote's "140 pilot whales … on Stewart Island".
    # So do, in a statement whose one tied figure this is, the names before it in its
    # sentence ("On Stewart Island, 51 whales died").
    stated_rules = rules_for(statement_lang)
    far = set(names)
    if names_only and stated_rules is not None and stated_rules.names_capitalized:
        far |= {
            k
            for k, w in stated_loose.get(id(s), {}).items()
            if k != opening and k not in _auxiliaries() and w[:1].isupper()
        }
        if len(mine_all) == 1:
            ends = [m.end() for m in _SENTENCE_END.finditer(stated.text, 0, s.start)]
            for m in _LONG_TOKEN.finditer(stated.text, ends[-1] if ends else 0, s.start):
                key = _unaccented(m.group().lower()[:5])
                if m.group()[:1].isupper() and key != opening and key not in _auxiliaries():
                    far.add(key)
    if q_names - mine.keys() and not (far & loose[id(q)].keys() & loose_own):
        for fid, words in loose.items():
            if fid == id(q):
                continue
            hit = {k for k in far & words.keys() if loose_seen[k] == 1}
            if hit:
                return by_id[fid], words[min(hit)], "contradicted"
    # 2. Figures each alone in its sentence: the word nearest before `q` is not the
    # statement's, the word nearest before another figure is.
    alone = _alone_in_sentences(owner.text, figures)
    if alone:
        ends = sorted(v.end for v in owner.values)
        nearest = {id(c): _nearest_word(owner.text, c, ends) for c in figures}
        q_near = nearest[id(q)]
        if q_near is not None and q_near[0] not in said:
            for fid, near in nearest.items():
                # Not the statement's subject opening it ("Sales rose 15%" for "Sales rose
                # 10% in 2022. … they rose 15%").
                if fid != id(q) and near is not None and near[0] in mine and near[0] != opening:
                    return by_id[fid], near[1], "missing"
    # 4. The quote's sentence says the statement's words before `q` of another subject
    # ("Writers made up 95%" for "Designers made up 95%"), and the statement's subject
    # stands beside another figure ("The other 5% were designers").
    other = _other_subject(stated, s, owner, q, opening, theirs, _articles(statement_lang))
    if other is not None:
        return by_id[other[0]], other[1], "missing"
    # 3. A statement pairing words with each of its figures ("energy use by 40% and the
    # carbon footprint by 70%"): a word it gives its figure stands only beside another
    # figure of the quote, none beside `q`.
    if len(mine_all) < 2 or mine.keys() & q_words.keys() & own:
        return None
    if not (q_words.keys() & own) - said:
        return None
    for fid, words in theirs.items():
        if fid != id(q) and _joined(owner.text, q, by_id[fid]):
            continue  # a tally: "(290 zu 52 Stimmen)"
        # What the other figure counts, after it ("70 Prozent weniger Energie"), not a
        # verb before it that the whole sentence shares ("possessed a .45-caliber …").
        hit = {
            k
            for k in mine.keys() & words.keys() & own
            if mine[k][:1].islower() and (fid, k) in following
        }
        if fid != id(q) and hit:
            return by_id[fid], words[min(hit)], "missing"
    return None


def _subject_before(text: str, v: Value, rules: Rules) -> re.Match[str] | None:
    """The name that is the subject of the verb right before figure `v`: a capitalized
    word, no possessor ("Scorsese's"), then the verb, one word in small letters that is no
    function word of the language, perhaps after its auxiliaries ("Credo amassed 50,000",
    "OkCupid has gathered 50,000"; not "Libyan militants beheaded 21", "Roof gave a
    two-hour interview"); None otherwise."""
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    lo = max(_stretch(text, v, []), start - _HOLDER_REACH)
    words = list(_HOLDER_WORD.finditer(text, lo, start))
    if len(words) < 2 or text[words[-1].end() : start].strip():
        return None
    stops = rules.function_words or frozenset()
    auxiliaries = {w.lower() for w in rules.data.get("negation", {}).get("auxiliaries", [])}
    verb = words[-1].group()
    if not verb.islower() or verb in stops or verb in auxiliaries:
        return None
    k = len(words) - 2
    while k >= 0 and words[k].group() in auxiliaries:
        k -= 1
    if k < 0:
        return None
    m = words[k]
    word = m.group()
    if not word[:1].isupper() or word.endswith(("'s", "’s")) or word.lower() in stops:
        return None
    if any(text[words[j].end() : words[j + 1].start()].strip() for j in range(k, len(words) - 1)):
        return None
    return m


def _subject_named_apart(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """The name the quote gives its figure to as the subject of the verb right before it
    (`_subject_before`) when the statement gives it so to another name, which the quote
    writes apart from it, inside a sentence, and the statement says nothing of the
    quote's: "OkCupid gathered 50,000 signatures" for "OkCupid and CREDO Mobile …
    objected, … while Credo amassed 50,000 signatures". In a quote whose language
    capitalizes names only. (the quote's name, the statement's) or None."""
    i = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None:
        return None
    owner, rules, stated_rules = readings[i], rules_for(langs[i]), rules_for(statement_lang)
    if rules is None or not rules.names_capitalized or rules.cjk or stated_rules is None:
        return None
    text = owner.text
    mine = _subject_before(stated.text, s, stated_rules)
    theirs = _subject_before(text, q, rules)
    if mine is None or theirs is None:
        return None
    if not any(_mid_sentence(text, at) for at in _word_starts(theirs.group(), text)):
        return None  # "It currently supports": no name
    ours, key = _holder_key(mine.group()), _holder_key(theirs.group())
    if _same_word(ours, key):
        return None
    if key in {_holder_key(m.group()) for m in _HOLDER_WORD.finditer(stated.text)}:
        return None  # the statement names the quote's subject too ("paid to Apple")
    after = text[q.end : q.end + _HOLDER_REACH]
    cut = _SENTENCE_END.search(after)
    if _word_starts(mine.group(), after[: cut.start() if cut else len(after)]):
        return None  # "Apple received $1 billion from Google": the figure is both's
    spots = _word_starts(mine.group(), text)
    if not spots or (
        not any(_mid_sentence(text, at) for at in spots)
        and (len(mine.group()) < 4 or _word_starts(mine.group().lower(), text))
    ):
        # The quote does not name the statement's subject: a name inside a sentence, or
        # one of four letters or more it never writes in small letters ("It" is none).
        return None
    return theirs.group(), mine.group()


@lru_cache(maxsize=16)
def _subject_words(lang: str | None) -> re.Pattern[str] | None:
    """A subject's noun after an article ("les socialistes", "los camioneros", "the
    nurses"): the language's ``[subjects] articles``, then the word; None without them."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("articles", []) if rules is not None else []
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(words)})\s*(?<=\s|'|’)([^\W\d_]{{3,}})", re.I)


def _subjects(text: str, lo: int, hi: int, lang: str | None) -> set[str]:
    """The subjects named in text[lo:hi]: nouns after an article, and in a language that
    capitalizes only names, capitalized words that do not open the sentence; lowercased,
    without accents."""
    pattern = _subject_words(lang)
    found = set()
    if pattern is not None:
        found = {_unaccented(m.group(1).lower()) for m in pattern.finditer(text, lo, hi)}
    rules = rules_for(lang)
    if rules is not None and rules.names_capitalized:
        for m in _TOKEN.finditer(text, lo, hi):
            word = m.group()
            if len(word) >= 2 and word[:1].isupper() and not word.isdigit():
                head = text[max(0, m.start() - 3) : m.start()]
                if m.start() and not _SENTENCE_START.search(head):
                    found.add(_unaccented(word.lower()))
    return found


#: What stands before a sentence's first word: its start, or an end of sentence.
_SENTENCE_START = _lazy(r"(?:^|[.!?:;\"“«]\s*)$")


def _stretch_subjects(text: str, v: Value, values: list[Value], lang: str | None) -> set[str]:
    """The subjects of the stretch before figure `v` (`_stretch`)."""
    lo = _stretch(text, v, values)
    return _subjects(text, lo, v.start, lang)


def _stretch(text: str, v: Value, values: list[Value]) -> int:
    """Where the stretch before figure `v` begins: after the figure of its family before
    it, its sentence's start and the last clause break ("and the teachers 3%"; "zu 49
    Prozent" is no stretch of "die Erfurter Stadtwerke" before it)."""
    lo = _last_end(_MODAL_SENTENCE_END, text, v.start)
    for w in values:
        if w is not v and _family(w) == _family(v) and lo <= w.end <= v.start:
            lo = w.end
    taken = [(w.start, w.end) for w in values if w.start < v.start and w.end > lo]
    for m in _CLAUSE_BREAK.finditer(text, lo, v.start):
        if not any(a <= m.start() < b for a, b in taken):
            lo = m.end()
    return lo


#: How many words after a figure's agent preposition name its holder ("zu 51 Prozent
#: durch die Erfurter Stadtwerke").
_AGENT_WORDS = 4


def _agent_after(text: str, v: Value, values: list[Value], lang: str | None) -> set[str]:
    """The words of four letters or more (`_long_words`) of the agent a passive gives
    right after figure `v` ([acquire] prepositions: "zu 51 Prozent durch die Erfurter
    Stadtwerke … getragen", "51% held by the city"), up to a clause break or another
    figure; empty without one."""
    words = _acquire_res(lang, "verbs")
    if words is None or words.agent is None:
        return set()
    m = words.agent.match(text, v.end + 1) if text[v.end : v.end + 1].isspace() else None
    if m is None:
        return set()
    hi = min(
        [_clause_bounds(text, m.start(), m.end(), lang)[1]]
        + [w.start for w in values if w.start >= m.end()]
    )
    tokens = list(itertools.islice(_TOKEN.finditer(text, m.end(), hi), _AGENT_WORDS))
    return _long_words(text, m.end(), tokens[-1].end()) if tokens else set()


def _long_words(text: str, lo: int, hi: int, first: bool = False) -> set[str]:
    """The words of four letters or more of text[lo:hi], lowercased, without accents (with
    `first`, the first of them only)."""
    found = set()
    for m in _TOKEN.finditer(text, lo, hi):
        if len(m.group()) >= 4 and not m.group().isdigit():
            found.add(_unaccented(m.group().lower()))
            if first:
                break
    return found


def _shared(a: set[str], b: set[str]) -> int:
    """How many words of `a` `b` holds in some form (`_same_word`)."""
    return sum(1 for x in a if any(_same_word(x, y) for y in b))


#: At most this many other figures of `q`'s sentence are asked for their subjects.
_MAX_RIVALS = 16


def _subject_swapped(
    stated: Reading,
    s: Value,
    q: Value,
    comparable: list[Value],
    readings: list[Reading],
    statement_lang: str | None,
    langs: list[str | None],
) -> tuple[Value, str] | None:
    """Another figure of `q`'s sentence that the statement's subject goes with, when `q`
    goes with a subject of its own: "Les socialistes ont obtenu 12 sièges" for "Les Verts
    ont obtenu 12 sièges et les socialistes 20", "The teachers got a 5% raise" for "The
    nurses got a 5% raise and the teachers 3%". Subjects are nouns after an article and
    names (`_subjects`), in the stretch before each figure; the statement's subject must
    stand before that other figure only, and `q` with a subject the statement does not
    name. With the statement's word."""
    i = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None or _has_cjk(readings[i].text) or _base(langs[i]) != _base(statement_lang):
        return None
    owner, lang = readings[i], langs[i]
    ids = {id(c) for c in comparable}
    # The other figures of `q`'s sentence; a bare count may be one said with its unit
    # once ("900 euros y los camioneros 700").
    others = [
        c
        for c in owner.values
        if c is not q
        and (id(c) in ids or (c.kind == "number" and c.dim is None and c.span is None))
    ]
    if not others:
        return None
    if any(v is not s and _joined(stated.text, s, v) for v in stated.values):
        return None  # "The region and the city hold 60 and 40 percent": holders in order
    mine = _stretch_subjects(stated.text, s, stated.values, statement_lang) | _agent_after(
        stated.text, s, stated.values, statement_lang
    )
    if not mine:
        return None
    # A passive's agent after the figure holds it too ("zu 51 Prozent durch die Erfurter
    # Stadtwerke und zu 49 Prozent von der Messe … getragen").
    ours = _stretch_subjects(owner.text, q, owner.values, lang) | _agent_after(
        owner.text, q, owner.values, lang
    )
    if not ours - mine or any(_same_word(a, b) for a in mine for b in ours):
        return None
    sentence = _sentence(
        [m.end() for m in _MODAL_SENTENCE_END.finditer(owner.text)], q.start, q.end
    )
    found = None
    # The nearest of the sentence's figures only: each stretch costs the text's figures,
    # and a sentence of thousands of figures would make it quadratic.
    near = sorted(
        (c for c in others if sentence[0] <= c.start < sentence[1]),
        key=lambda c: abs(c.start - q.start),
    )
    for c in near[:_MAX_RIVALS]:
        theirs = _stretch_subjects(owner.text, c, owner.values, lang) | _agent_after(
            owner.text, c, owner.values, lang
        )
        hit = [a for a in mine if any(_same_word(a, b) for b in theirs)]
        if hit:
            if found is not None:
                return None  # the subject goes with two figures
            found = (c, hit[0])
    if found is not None:
        # The statement's head, its first word when that is no subject, must not stand
        # before `q` only: "Stable async/await support in Rust is two months old" is said
        # of "stable async / await support … is only a few months old", not of "Rust has
        # had asynchronous futures for over three years".
        lo = _stretch(stated.text, s, stated.values)
        head = next(iter(_long_words(stated.text, lo, s.start, first=True)), None)
        if head is not None and not any(_same_word(head, a) for a in mine):
            c = found[0]
            at_q = _long_words(owner.text, _stretch(owner.text, q, owner.values), q.start)
            at_c = _long_words(owner.text, _stretch(owner.text, c, owner.values), c.start)
            if _shared({head}, at_q) > _shared({head}, at_c):
                return None
    return found


def _other_subject(
    stated: Reading,
    s: Value,
    owner: Reading,
    q: Value,
    opening: str,
    theirs: dict[int, dict[str, str]],
    articles: frozenset[str] = frozenset(),
) -> tuple[int, str] | None:
    """For `_subject_elsewhere` (4): the id of the quote's other figure that the
    statement's first word stands beside, and that word, when the statement and the
    sentence of `q` say the same words before their figures after another first word.
    An article of the statement's language opening both is passed over ("Los diseñadores
    representaban el 95 %" for "Los redactores representaban el 95 %")."""
    first = _TOKEN.search(stated.text)
    if first is not None and first.group().lower() in articles:
        first = _TOKEN.search(stated.text, first.end())
        opening = _unaccented(first.group().lower()[:5]) if first is not None else ""
    if first is None or not opening or opening in theirs.get(id(q), {}):
        return None
    mine = stated.text[first.end() : s.start].lower().split()
    if not mine or not all(_TOKEN.search(w) for w in mine):
        return None
    ends = [m.end() for m in _MODAL_SENTENCE_END.finditer(owner.text, 0, q.start)]
    begin = ends[-1] if ends else 0
    head = _TOKEN.search(owner.text, begin, q.start)
    if head is not None and head.group().lower() in articles:
        head = _TOKEN.search(owner.text, head.end(), q.start)
    if head is None or _unaccented(head.group().lower()[:5]) == opening:
        return None
    if owner.text[head.end() : q.start].lower().split() != mine:
        return None
    for fid, words in theirs.items():
        if fid != id(q) and opening in words:
            return fid, words[opening]
    return None


@lru_cache(maxsize=16)
def _articles(lang: str | None) -> frozenset[str]:
    """The articles of a language ([subjects] articles), lowercased."""
    rules = rules_for(lang)
    words = rules.data.get("subjects", {}).get("articles", []) if rules is not None else []
    return frozenset(w.lower() for w in words)


def _joined(text: str, a: Value, b: Value) -> bool:
    """Whether two figures stand joined by one word at most ("290 zu 52", "438 contre 86")."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return len(_TOKEN.findall(text, lo, hi)) <= 1 if hi - lo < 24 else False


def _alone_in_sentences(text: str, figures: list[Value]) -> bool:
    """Whether no two of the figures share a sentence."""
    ends = [m.start() for m in _MODAL_SENTENCE_END.finditer(text)]
    spots = [bisect.bisect_left(ends, v.start) for v in figures]
    return len(set(spots)) == len(spots)


def _nearest_word(text: str, v: Value, ends: list[int]) -> tuple[str, str] | None:
    """The nearest word of five letters or more before a figure, over shorter ones ("by
    terrorism, it's less than 100"), in its sentence and after the value before it ("costs
    $200 and 700 g" gives none): (its key, the word)."""
    start = v.hedge_span[0] if v.hedge_span and v.hedge_span[0] < v.start else v.start
    i = bisect.bisect_right(ends, start)  # `ends`: the sorted ends of the text's values
    stop = max(0, start - 48, ends[i - 1] if i else 0)
    window = text[stop:start]
    cut = list(_MODAL_SENTENCE_END.finditer(window))
    if cut:
        window = window[cut[-1].end() :]
    for token in reversed(_TOKEN.findall(window)):
        if len(token) >= 5 and not token.isdigit():
            return _unaccented(token.lower()[:5]), token
    return None


#: The words of a share written as two counts that name no group: "11 écologistes (sur
#: 18)", "12 of 15", "3 von 4".
_SHARE_JOINERS = frozenset(
    ["sur", "des", "les", "out", "the", "von", "den", "der", "dos", "das", "los", "las", "cada"]
)


def _share_group(q: Value) -> frozenset[str]:
    """The words naming the group of a share written as two counts with its counted noun
    ("11 écologistes (sur 18)": "ecolo"), by their first five letters without accents,
    but for the nouns of [counted_nouns] beside other words, which name the group
    ("députés" of "12 députés Front de gauche"); empty for a share of no such words ("a
    third", "12 sur 15")."""
    if q.label != "fraction" or not any(c.isdigit() for c in q.text):
        return frozenset()
    nouns = _counted_nouns_pattern()
    words = [
        w
        for w in _TOKEN.findall(q.text)
        if not w.isdigit()
        and w.lower() not in _SHARE_JOINERS
        and (len(w) >= 4 or (len(w) >= 2 and w.isupper()))
    ]
    # "députés" beside a name counts any group of deputies: the name names it.
    named = [w for w in words if nouns is None or not nouns.fullmatch(w)]
    return frozenset(_unaccented(w.lower())[:5] for w in named or words)


def _shares_named(
    stated: Reading, s: Value, candidates: list[Value], always: bool = False
) -> list[Value] | None:
    """The quote's shares of the group the statement's share is said of, when the quote
    gives shares of several groups, each with its counted noun ("11 écologistes (sur 18),
    11 UDI (sur 30)"): those whose noun the statement's words after its share (or inside
    a bounded one) say ("More than half of the UDI deputies", "Vier Fünftel der
    Front-de-gauche-Abgeordneten", "moins d'un député UMP sur cinq"), or
    none of them when it says none; None when the quote names fewer than two groups,
    unless `always` (a share of a bracketed whole, "14 students (of 20)", is compared only
    with a statement's share of that group)."""
    groups = [(q, _share_group(q)) for q in candidates]
    named = [(q, g) for q, g in groups if g]
    if len({g for _, g in named}) < (1 if always else 2):
        return None
    stop = min([v.start for v in stated.values if v.start >= s.end] + [len(stated.text)])
    # The words after the share, and a bounded share's own counted noun ("moins d'un député
    # UMP sur cinq"; a bare rate, "quatre députés Front de gauche sur cinq", stays a ratio
    # the reader works out, as the older held-out sets have it).
    said = {
        _unaccented(w.lower())[:5]
        for w in _TOKEN.findall(stated.text[s.start if s.hedge else s.end : stop])
    }
    # A word several groups share ("députés") ties none of them ("More than half of the
    # Green deputies" for "10 députés socialistes (sur 288), … 12 députés Front de gauche
    # (sur 15)"); a name ("UDI", "Front de gauche") ties before a common noun.
    counts: dict[str, int] = {}
    for _, g in named:
        for w in g:
            counts[w] = counts.get(w, 0) + 1
    own = {id(q): {w for w in g if counts[w] == 1} for q, g in named}
    tied = {id(q) for q, _ in named if own[id(q)] & said}
    by_name = {id(q) for q, _ in named if _share_names(q) & own[id(q)] & said}
    tied = by_name or tied
    if not tied and not _rate_share(s):
        # Across languages: "der Grünen" for "11 écologistes (sur 18)", one meaning of
        # [groups] (common.toml) on both sides; a meaning several shares hold ties none.
        # A rate ("four in five Green councillors") stays a ratio to work out.
        meant = _group_words(stated.text[s.end : stop])
        if meant:
            theirs = {id(q): _group_words(q.text) for q, _ in named}
            held = [m for m in meant if sum(m in t for t in theirs.values()) == 1]
            tied = {id(q) for q, _ in named if theirs[id(q)] & set(held)}
    return [q for q, g in groups if not g or id(q) in tied]


def _group_words(text: str) -> set[str]:
    """The [groups] meanings (common.toml) of the words of `text`, matched whole without
    case or accents: "der Grünen", "11 écologistes (sur 18)" are the Greens'."""
    groups = _meanings("groups")
    return {
        meaning
        for w in _TOKEN.findall(text)
        if (meaning := groups.get(_unaccented(w.lower()))) is not None
    }


@lru_cache(maxsize=64)
def _bracketed_share_res(lang: str | None) -> tuple[re.Pattern[str], ...]:
    """A language's patterns of a share written as a part with its counted noun and the
    whole in brackets ([fraction_patterns.bracketed]: "11 écologistes (sur 18)")."""
    rules = rules_for(lang)
    table = rules.data.get("fraction_patterns", {}).get("bracketed", {}) if rules else {}
    return tuple(re.compile(p, re.I) for p in table.get("patterns", []))


def _bracketed_shares(readings: list[Reading], langs: list[str | None]) -> list[Value]:
    """The quotes' shares written as a part with its counted noun and the whole in
    brackets ("11 écologistes (sur 18)", "14 Labour MPs (of 20)"), as fractions; their
    counts stay the quote's counts."""
    out = []
    for r, lang in zip(readings, langs, strict=False):
        for pattern in _bracketed_share_res(lang):
            for m in pattern.finditer(r.text):
                num, den = int(m.group("num")), int(m.group("den"))
                if 0 < num < den:
                    out.append(_fraction(num / den, m.group(), m.start(), m.end()))
    return out


def _share_names(q: Value) -> frozenset[str]:
    """The capitalised words and acronyms of `_share_group` ("UDI", "Front"), as it keys
    them."""
    return frozenset(
        _unaccented(w.lower())[:5]
        for w in _TOKEN.findall(q.text)
        if w[:1].isupper() and w.lower() not in _SHARE_JOINERS
    ) & _share_group(q)


def _named_instead(
    stated: Reading, s: Value, same: list[Value], candidates: list[Value], readings: list[Reading]
) -> list[Value] | None:
    """The quote's figures named by a name the statement gives its bounded figure ("UDI" in
    "fewer than a dozen UDI deputies"), when the quote's figures equal to it (`same`) are
    named otherwise ("12 députés Front de gauche"): the figures to judge the bound by."""
    said = [v.start for v in stated.values]
    around = _neighbours(said, stated.values, s, len(stated.text))
    mine = _counted(stated.text, s.end, around[1])
    # Names: acronyms and capitalised words, never the first word of the statement.
    names = {k for k, w in mine.items() if w[:1].isupper() and stated.text.find(w) > 0}
    if not names:
        return None
    found: list[Value] = []
    ids = {id(c) for c in candidates}
    for r in readings:
        starts, length = [v.start for v in r.values], len(r.text)
        for c in r.values:
            if id(c) not in ids:
                continue
            words = _counted(r.text, c.end, _neighbours(starts, r.values, c, length)[1])
            if names & words.keys():
                if any(c is x for x in same):
                    return None  # the equal figure is named alike: it stays
                found.append(c)
    return found or None
