"""Ages and holders: the age of a person given to another, apposed ages, holders of a
figure by clause, places leading a figure, and "the former"/"the latter"."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .clauses import _data_patterns
from .contrasts import _figure_mask
from .negation import _SENTENCE_END
from .numerals import _last_end, _stripped_end
from .patterns import _TOKEN, _alt, _lazy, _led, _may_hold
from .results import Reading, Value
from .rules import _base, _load_toml, rules_for
from .values import _compare, _holds_value
from .words import _same_word, _unaccented


@lru_cache(maxsize=64)
def _anaphora(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's words for "the former" and "the latter" ([anaphora] in its data)."""
    rules = rules_for(lang)
    words = rules.data.get("anaphora", {}) if rules is not None else {}
    if not words.get("former") or not words.get("latter"):
        return None
    if rules is not None and rules.cjk:
        return (
            re.compile(f"(?:{_alt(words['former'])})", re.I),
            re.compile(f"(?:{_alt(words['latter'])})", re.I),
        )
    # `_led`: the same matches as "(?<!\w)(?:...)", found without a lookbehind tried at
    # every position of the text.
    return (
        re.compile(rf"{_led(words['former'])}(?!\w)", re.I),
        re.compile(rf"{_led(words['latter'])}(?!\w)", re.I),
    )


@lru_cache(maxsize=256)
def _has_anaphora(text: str, lang: str | None) -> bool:
    """Whether the text holds both "the former" and "the latter" (read once a text)."""
    words = _anaphora(lang)
    return words is not None and all(w.search(text) for w in words)


def _former_or_latter(
    q: Value, readings: list[Reading], langs: list[str | None], side: int | None
) -> bool:
    """Whether `q` stands in a sentence that shares its figures out by "the former" and
    "the latter" ("前者", "後者"; "ersterer", "letzterer"), both words in the sentence,
    and the statement does not name the same one (`side`, `_stated_side`: "前者のリードは…"
    for a figure after "前者" and before "後者" is the quote's own attribution; "the second
    SSD" names the latter)."""
    for r, quote_lang in zip(readings, langs, strict=False):
        if not any(v is q for v in r.values):
            continue
        words = _anaphora(quote_lang)
        if words is None or not _has_anaphora(r.text, quote_lang):
            return False
        text = r.text
        start = _last_end(_SENTENCE_END, text, q.start)
        stop = _SENTENCE_END.search(text, q.end)
        end = stop.end() if stop else len(text)
        former, latter = (w.search(text, start, end) for w in words)
        if former is None or latter is None:
            return False
        # Whose figure `q` is, by the word before it: 0 the former's, 1 the latter's.
        before = [
            (m.start(), i) for i, w in enumerate(words) for m in w.finditer(text, start, q.start)
        ]
        if not before or side is None:
            return True
        return max(before)[1] != side
    return False


#: A figure set off by commas after a name ("Jessica Lawson, 12,", "Carlineo Jr., 55,"):
#: what stands before it, and after it.
_APPOSED_BEFORE = _lazy(r"[^\W\d_]\.?,\s?$")


_APPOSED_AFTER = _lazy(r"\s?,")


#: A word of a person's words around an age (`_age_holder`): letters, perhaps an
#: apostrophe's possessive or a hyphen ("Sanders's", "Jan-Niklas").
_HOLDER_WORD = _lazy(r"[^\W\d_][\w'’-]*")


#: How many words a person's words around an age hold at most, and how far they reach.
_HOLDER_WORDS = 5


_HOLDER_REACH = 80


@lru_cache(maxsize=16)
def _age_frame(
    lang: str | None,
) -> (
    tuple[
        re.Pattern[str],
        re.Pattern[str] | None,
        re.Pattern[str] | None,
        re.Pattern[str] | None,
        frozenset[str],
    ]
    | None
):
    """A language's [ages] as `_age_holder` reads them: its patterns of an age, those of an
    age before its person (attributive), its links between a person and the age said of
    them and its words between a person and their owner ("of the", "de la"), each ending
    a text, and its words that end a person's words; None without them."""
    rules = rules_for(lang)
    patterns = _data_patterns(lang, "ages", "patterns", re.I)
    if rules is None or patterns is None:
        return None
    data = rules.data.get("ages", {})
    stops = data.get("holder_stops", [])
    if not stops:
        return None
    links = data.get("holder_links", [])
    link = re.compile(rf"(?<!\w)(?:{_alt(links)})[\s,]*$", re.I) if links else None
    owners = data.get("holder_of", [])
    of = re.compile(rf"(?<!\w)(?:{_alt(owners)})\s*$", re.I) if owners else None
    return (
        patterns,
        _data_patterns(lang, "ages", "attributive", re.I),
        link,
        of,
        frozenset(w.lower() for w in stops),
    )


def _holder_key(word: str) -> str:
    """A person's word as `_age_holder` compares it: lowercased, without accents and
    without a possessive's ending ("Sanders's" is "sanders")."""
    word = word.lower()
    for end in ("'s", "’s"):
        if word.endswith(end):
            word = word[: -len(end)]
    return _unaccented(word)


def _person_keys(words: list[re.Match[str]]) -> set[str]:
    """The keys (`_holder_key`) of a person's words of three letters or more, but for a
    possessor's ("Smith's wife": the wife)."""
    return {
        k
        for w in words
        if not w.group().endswith(("'s", "’s"))
        for k in (_holder_key(w.group()),)
        if len(k) >= 3
    }


def _person_words(
    text: str, pos: int, stops: frozenset[str], forward: bool
) -> tuple[list[re.Match[str]], int]:
    """The person's words right after (`forward`) or before `pos`, up to a clause mark,
    a word of `stops` or `_HOLDER_WORDS` words, in the order met; and where they stop."""
    if forward:
        found = list(_HOLDER_WORD.finditer(text, pos, min(len(text), pos + _HOLDER_REACH)))
    else:
        found = list(_HOLDER_WORD.finditer(text, max(0, pos - _HOLDER_REACH), pos))[::-1]
    words: list[re.Match[str]] = []
    edge = pos
    for m in found:
        gap = text[edge : m.start()] if forward else text[m.end() : edge]
        if gap.strip() or m.group().lower() in stops or len(words) == _HOLDER_WORDS:
            break
        words.append(m)
        edge = m.end() if forward else m.start()
    return words, edge


def _age_holder(text: str, v: Value, lang: str | None) -> tuple[set[str], int, int] | None:
    """Whose age figure `v` is: the words of its person ([ages] of the language), after an
    age said before them ("her 11-year-old granddaughter who", "17-year-old Trayvon
    Martin,"; a name set off by commas right after them too: "his 22-year-old son, Te
    Kaurinui Parata,"), else before it, over the words linking them ("Hori Parata, 22,",
    "his mortally wounded son was 11 years old", "Roof, who was 21"); with the span they
    stand in. None when `v` is no age (an [ages] pattern's, or a bare figure set off by
    commas after a word) or has no such words."""
    frame = _age_frame(lang)
    if frame is None:
        return None
    patterns, attributive, link, of, stops = frame
    lo, hi = max(0, v.start - 40), min(len(text), v.end + 40)
    age = next(
        (m for m in patterns.finditer(text, lo, hi) if m.start() <= v.start and v.end <= m.end()),
        None,
    )
    if age is not None:
        start, end = age.span()
    elif (
        v.kind == "number"
        and 1 <= v.value <= 125
        and v.value == int(v.value)
        and _APPOSED_BEFORE.search(text, max(0, v.start - 4), v.start)
        and _APPOSED_AFTER.match(text, v.end)
    ):
        start, end = v.start, v.end
    else:
        return None
    if attributive is not None and attributive.match(text, start):
        words, edge = _person_words(text, end, stops, True)
        if words:
            span = (words[0].start(), words[-1].end())
            after = _APPOSED_NAME.match(text, edge)
            if after is not None:
                names = _HOLDER_WORD.findall(text, after.start(1), after.end(1))
                keys = _person_keys(words) | {_holder_key(w) for w in names}
                return {k for k in keys if len(k) >= 3}, span[0], after.end(1)
            return _person_keys(words), *span
    head = text[max(0, start - 24) : start]
    cut = start
    if link is not None:
        linked = link.search(head)
        if linked is not None:
            cut = start - len(head) + linked.start()
            stripped = _stripped_end(text, cut)
            if stripped and text[stripped - 1] == ",":
                # "Jessica Lawson, the schoolgirl who died in France, was 12": the person
                # stands before a clause of its own, which the words do not tell apart.
                return None
    while cut and text[cut - 1] in " ,":
        cut -= 1
    words, edge = _person_words(text, cut, stops, False)
    if (
        words
        and all(w.group()[:1].isupper() for w in words)
        and edge >= 2
        and text.startswith(", ", edge - 2)
    ):
        # A name set off by commas after the person's words ("Yorkshire schoolgirl,
        # Jessica Lawson, 12,"): those words are the person's too.
        words += _person_words(text, edge - 2, stops, False)[0]
    elif words and of is not None:
        owned = of.search(text, max(0, edge - 16), edge)
        if owned is not None:
            # "the brother of the pilot was 9", "le frère de la pilote avait 9 ans": the
            # person is the noun before the owner's words.
            words += _person_words(text, owned.start(), stops, False)[0]
    keys = _person_keys(words)
    if not keys:
        return None
    return keys, words[-1].start(), words[0].end()


#: A name set off by commas right after a person's words ("son, Te Kaurinui Parata,").
_APPOSED_NAME = _lazy(r",\s+((?:[A-ZÀ-Þ][\w'’-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]*)(?=\s*[,.;)]|$)")


def _holder_keys_outside(text: str, lo: int, hi: int) -> set[str]:
    """The keys (`_holder_key`) of the words of `text` outside lo..hi."""
    keys = {_holder_key(m.group()) for m in _HOLDER_WORD.finditer(text, 0, lo)}
    keys.update(_holder_key(m.group()) for m in _HOLDER_WORD.finditer(text, hi))
    return keys


@lru_cache(maxsize=16)
def _clause_contrast_words(
    lang: str | None,
) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]] | None:
    """A language's words joining two contrasted clauses ([contrast_clauses] words:
    "while", "während", "tandis que") as one pattern, its pronouns of a subject, and its
    one-word directions ([directions] up and down: "rose", "sanken") and function words
    ("about", "roughly"), which name no thing."""
    rules = rules_for(lang)
    table = rules.data.get("contrast_clauses", {}) if rules is not None else {}
    if rules is None or not table.get("words"):
        return None
    pronouns = frozenset(_unaccented(w.lower()) for w in table.get("pronouns", []))
    directions = rules.data.get("directions", {})
    moves = frozenset(
        _unaccented(w.lower())
        for key in ("up", "down")
        for w in directions.get(key, [])
        if isinstance(w, str) and " " not in w
    ) | frozenset(_unaccented(w) for w in rules.function_words or ())
    return re.compile(rf"(?<!\w)(?:{_alt(table['words'])})(?!\w)", re.I), pronouns, moves


#: A word of one to three letters (a pronoun: "it", "er", "il").
_SHORT_WORD = _lazy(r"(?<!\w)[^\W\d_]{1,3}(?!\w)")


#: A word a clause's thing is named with: letters only, four or more.
_CLAUSE_WORD = _lazy(r"[^\W\d_]{4,}")


#: Where a sentence ends: a stop and a space (not "3.2"), or the text's end.
_CLAUSE_SENTENCE_END = _lazy(r"[.!?](?=\s|$)")


#: A comma that ends a clause: one with a space after it (not "50,000").
_CLAUSE_COMMA = _lazy(r",(?=\s)")


def _clause_keys(
    text: str, lo: int, hi: int, mask: bytearray, skip: frozenset[str], moves: frozenset[str]
) -> tuple[set[str], bool]:
    """The words of text[lo:hi] outside figures, each by its first five letters without
    accents (`skip`'s and `moves`' words left out), and whether one of `skip`'s words
    stands there."""
    keys: set[str] = set()
    skipped = False
    for m in _CLAUSE_WORD.finditer(text, lo, hi):
        if mask[m.start()]:
            continue
        w = _unaccented(m.group().lower())
        if w in skip:
            skipped = True
            continue
        if w not in moves:
            keys.add(w[:5])
    for m in _SHORT_WORD.finditer(text, lo, hi):
        skipped = skipped or _unaccented(m.group().lower()) in skip
    return keys, skipped


def _other_clause_item(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str, Value | None] | None:
    """The thing of another clause the statement gives the quote's figure to, where the
    quote's sentence sets two clauses against each other ([contrast_clauses]: "Cloud
    revenue rose 5% to $3.2 billion while hardware sales fell 2% to $1.1 billion",
    "Während Morgenroth bei den Frauen siegte, gewann Herfurth in 4:03,40 min"): the
    statement's words before its figure name more of the other clause's own words than
    of `q`'s clause's ("Hardware sales rose 5%"). In one language, the statement making no such
    comparison itself, `q`'s clause not speaking of the other's thing by a pronoun ("while
    it fell 2%"). (`q`'s clause, the other clause, its figure of `s`'s kind) or None."""
    i = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None or _base(langs[i]) != _base(statement_lang):
        return None
    found = _clause_contrast_words(langs[i])
    if found is None:
        return None
    pattern, pronouns, moves = found
    text = readings[i].text
    if not _may_hold(pattern, text):
        return None  # no word of contrast in the quote (`_may_hold`): no clause to read
    if pattern.search(stated.text) is not None:
        return None
    lo = max((m.end() for m in _CLAUSE_SENTENCE_END.finditer(text, 0, q.start)), default=0)
    end = _CLAUSE_SENTENCE_END.search(text, q.end)
    hi = end.start() if end is not None else len(text)
    joins = list(pattern.finditer(text, lo, hi))
    if len(joins) != 1:
        return None
    join = joins[0]
    mask = _figure_mask(readings[i].values, len(text))
    if not text[lo : join.start()].strip(" \"'“”„«»‘’([-–—"):
        # "Während A …, B …": the clause the word opens ends at its comma (a comma
        # and a space, outside any figure: not "50,000").
        comma = next(
            (
                m.start()
                for m in _CLAUSE_COMMA.finditer(text, join.end(), hi)
                if not mask[m.start()]
            ),
            None,
        )
        if comma is None:
            return None
        first, second = (join.end(), comma), (comma + 1, hi)
    else:
        first, second = (lo, join.start()), (join.end(), hi)
    if first[0] <= q.start < first[1]:
        own, other = first, second
    elif second[0] <= q.start < second[1]:
        own, other = second, first
    else:
        return None
    own_keys, own_pronoun = _clause_keys(text, own[0], q.start, mask, pronouns, moves)
    if own_pronoun:
        return None  # "while it fell 2%": the thing is the other clause's
    own_keys |= _clause_keys(text, q.start, own[1], mask, pronouns, moves)[0]
    other_keys = _clause_keys(text, *other, mask, pronouns, moves)[0]
    shared = own_keys & other_keys
    stated_mask = _figure_mask(stated.values, len(stated.text))
    said = _clause_keys(stated.text, 0, s.start, stated_mask, pronouns, moves)[0]
    theirs = (said & other_keys) - shared
    mine = (said & own_keys) - shared
    if not theirs or len(theirs) < len(mine):
        return None
    if len(theirs) == len(mine):
        # As many words each way: the statement's first word that tells the clauses
        # apart decides ("Anna Kessler gewann den Weitsprung": its subject, "Anna").
        opener = next(
            (
                k
                for m in _CLAUSE_WORD.finditer(stated.text, 0, s.start)
                if (k := _unaccented(m.group().lower())[:5]) in theirs or k in mine
            ),
            None,
        )
        if opener not in theirs:
            # The subject is the figure's clause's, a word of it the other's ("As vendas de
            # carros a gasolina" for "as vendas de carros elétricos subiram 40 %, enquanto
            # as de carros a gasolina caíram"): whose the figure is goes unsaid.
            return text[own[0] : own[1]].strip(" ,;"), text[other[0] : other[1]].strip(" ,;"), None
    rival = next(
        (
            v
            for v in readings[i].values
            if v.kind == s.kind and other[0] <= v.start < other[1] and v is not q
        ),
        None,
    )
    return text[own[0] : own[1]].strip(" ,;"), text[other[0] : other[1]].strip(" ,;"), rival


@lru_cache(maxsize=16)
def _place_lead(lang: str | None) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """A language's sentence-opening place before its comma ([place_leads]: "In Canada,",
    "En Estados Unidos,") as a pattern whose group 1 is the place, and its month names
    (lowercase), which name a time ("In March,")."""
    rules = rules_for(lang)
    table = rules.data.get("place_leads", {}) if rules is not None else {}
    if rules is None or not table.get("words"):
        return None
    word = r"[^\W\d_][\w'’.-]*"
    link = r"(?:(?:of|the|de|del|do|da|dos|das|der|des|la|los)\s+)?"
    pattern = re.compile(rf"\s*(?i:{_alt(table['words'])})\s+({word}(?:\s+{link}{word}){{0,3}}),\s")
    return pattern, frozenset(m.lower() for m in rules.months)


#: A word of three letters or more, of a place's name or of a text it is looked for in.
_PLACE_NAME_WORD = _lazy(r"[^\W\d_]{3,}")


#: What is no word character (stripped for a place's initials: "U.S." is "US").
_NOT_WORD = _lazy(r"\W")


#: The words linking a place's name's words ("Bay of Plenty", "Rio de Janeiro").
_PLACE_LINKS = frozenset(
    {"of", "the", "de", "del", "do", "da", "dos", "das", "der", "des", "la", "los"}
)


def _place_keys(place: str) -> set[str]:
    """A place's capitalized words, by their first five letters, lowercase, unaccented."""
    return {_unaccented(w.lower())[:5] for w in _PLACE_NAME_WORD.findall(place) if w[0].isupper()}


def _initials(place: str) -> str:
    """A place's initials ("United States": "us"; "US", "U.S.": "us")."""
    letters = _NOT_WORD.sub("", place)
    if letters.isupper():
        return letters.lower()
    return "".join(w[0] for w in place.split() if w[:1].isupper()).lower()


def _place_lead_apart(
    stated: Reading,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """The statement's opening place and the quote's, when the sentence of the quote
    holding `q` opens with another place than the statement's ([place_leads]: "In Canada,
    reservations cover 80,000 km²" for "In the United States, reservations cover 80,000
    km²"), and the quote names the statement's place nowhere (nor the statement the
    quote's, nor either the other's initials: "In the US," for "In the United States,").
    In one language: (the statement's place, the quote's) or None."""
    i = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None or _base(langs[i]) != _base(statement_lang):
        return None
    found = _place_lead(langs[i])
    if found is None:
        return None
    pattern, months = found
    mine = pattern.match(stated.text)
    if mine is None:
        return None
    text = readings[i].text
    lo = max((m.end() for m in _CLAUSE_SENTENCE_END.finditer(text, 0, q.start)), default=0)
    theirs = pattern.match(text, lo)
    if theirs is None or theirs.end() > q.start:
        return None
    place, other = mine.group(1), theirs.group(1)
    if not all(w[0].isupper() or w in _PLACE_LINKS for p in (place, other) for w in p.split()):
        return None  # "In recent years, …": no place's name
    if any(p.split()[0].lower().rstrip(".") in months for p in (place, other)):
        return None
    keys, other_keys = _place_keys(place), _place_keys(other)
    if not keys or not other_keys or keys & other_keys:
        return None
    quoted = {
        _unaccented(w.lower())[:5] for r in readings for w in _PLACE_NAME_WORD.findall(r.text)
    }
    told = {_unaccented(w.lower())[:5] for w in _PLACE_NAME_WORD.findall(stated.text)}
    if other_keys & told or _initials(place) == _initials(other):
        return None
    if keys & quoted:
        # The quote names the statement's place, but as the place opening another of its
        # sentences: "En Canadá, las reservas ocupan el 1,3%" for "En Estados Unidos, …
        # ocupan 80.000 km², el 1,3% … En Canadá, unas 2300 reservas ocupan 28.000 km²".
        leads = [
            pattern.match(text, m.end())
            for m in _CLAUSE_SENTENCE_END.finditer(text)
            if m.end() != lo and m.end() < len(text)
        ]
        if lo != 0:
            leads.append(pattern.match(text, 0))
        if not any(m is not None and keys & _place_keys(m.group(1)) for m in leads):
            return None
    return place, other


def _age_of_another(
    stated: Reading,
    s: Value,
    q: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> tuple[str, str] | None:
    """The person the quote gives the statement's age to, when it is not the statement's
    (`_age_holder` on each side): the statement names the quote's person apart from its
    own ("Hori Parata, 22, was called in along with his son" for "his 22-year-old son, Te
    Kaurinui Robert Parata"; "killed by 17-year-old volunteer George Zimmerman" for
    "17-year-old Trayvon Martin … by volunteer George Zimmerman"), or the quote names the
    statement's person apart from the age's, who is no one the statement names ("her son
    was 11 years old" for "her 11-year-old granddaughter … her son"). In one language
    (its words are compared): (the quote's person's words, the statement's) or None."""
    i = next((k for k, r in enumerate(readings) if _holds_value(r.values, q)), None)
    if i is None:
        return None
    across = _base(langs[i]) != _base(statement_lang)
    if across and not _kinship():
        return None
    mine = _age_holder(stated.text, s, statement_lang)
    if mine is None:
        return None
    owner, lang = readings[i], langs[i]
    theirs = _age_holder(owner.text, q, lang)
    if theirs is None:
        return None
    ours, their_keys = mine[0], theirs[0]
    if across:
        # "sein 22-jähriger Enkel" for "his 22-year-old son": two kinships, two persons.
        if _kin_apart(ours, their_keys):
            return owner.text[theirs[1] : theirs[2]], stated.text[mine[1] : mine[2]]
        return None
    said = _holder_keys_outside(stated.text, mine[1], mine[2])
    told = _holder_keys_outside(owner.text, theirs[1], theirs[2])

    def met(key: str, keys: set[str]) -> bool:
        return any(_same_word(key, k) for k in keys)

    only_ours = {k for k in ours if not met(k, their_keys)}
    only_theirs = {k for k in their_keys if not met(k, ours)}
    # The statement names the quote's person apart from its own.
    named = {k for k in only_theirs if met(k, said)}
    if named and only_ours:
        return owner.text[theirs[1] : theirs[2]], stated.text[mine[1] : mine[2]]
    # The quote names the statement's person apart from the age's.
    if len(only_ours) == len(ours) and only_theirs and any(met(k, told) for k in only_ours):
        return owner.text[theirs[1] : theirs[2]], stated.text[mine[1] : mine[2]]
    return None


@lru_cache(maxsize=1)
def _kinship() -> dict[str, str]:
    """Each kinship word of [kinship] (keyed as `_holder_key` keys a person's word) with
    its meaning."""
    table = _load_toml("common").get("kinship", {})
    return {_holder_key(w): meaning for meaning, words in table.items() for w in words}


def _kin_apart(mine: set[str], theirs: set[str]) -> bool:
    """Whether two persons' words (`_age_holder` keys) each say a kinship ([kinship]) and
    no kinship of one is the other's: "enkel" and "son"."""
    kin = _kinship()
    a = {kin[k] for k in mine if k in kin}
    b = {kin[k] for k in theirs if k in kin}
    return bool(a) and bool(b) and not a & b


#: How far (in characters) from a statement's age the person's name may stand.
_AGE_NAME_REACH = 40


#: Words of a name's end that are no name ("Jr.", "Sr.").
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})


def _apposed_age(
    stated: Reading,
    s: Value,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> Value | None:
    """The quote's bare figure set off by commas after a name the statement gives ("Jessica
    Lawson, 12, dies"), or said by a relative clause right after the name ([ages] relative:
    "Roof, who was 21 at the time"), when the statement's `s` is an age ([ages] patterns:
    "13-year-old", "13-jährige", "âgé de 13 ans", "tenía 12 años") and its only one; None
    otherwise."""
    pattern = _data_patterns(lang, "ages", "patterns", re.I)
    if pattern is None:
        return None
    ages = [
        m
        for m in pattern.finditer(stated.text)
        if any(m.start() <= v.start and v.end <= m.end() for v in stated.values)
    ]
    if len(ages) != 1 or not (ages[0].start() <= s.start and s.end <= ages[0].end()):
        return None
    # The person's name stands near the age ("the 45-year-old Carlineo", "Roof avait 12 ans").
    near = ages[0]
    said = set(
        _TOKEN.findall(
            stated.text, max(0, near.start() - _AGE_NAME_REACH), near.end() + _AGE_NAME_REACH
        )
    )
    found = []
    for r, quote_lang in zip(readings, langs, strict=False):
        rules = rules_for(quote_lang)
        relative = rules.data.get("ages", {}).get("relative", []) if rules is not None else []
        for q in r.values:
            if q.kind != "number" or not (1 <= q.value <= 125) or q.value != int(q.value):
                continue
            apposed = _APPOSED_BEFORE.search(
                r.text, max(0, q.start - 4), q.start
            ) and _APPOSED_AFTER.match(r.text, q.end)
            if not apposed and not any(
                re.search(rf"[^\W\d_],\s{re.escape(w)}\s$", r.text[max(0, q.start - 24) : q.start])
                for w in relative
            ):
                continue
            names = [
                w
                for w in _TOKEN.findall(r.text, max(0, q.start - 40), q.start)
                if w[:1].isupper() and len(w) >= 3 and w not in _NAME_SUFFIXES
            ]
            if names and names[-1] in said:
                found.append(q)
    return found[0] if len(found) == 1 else None


#: How far (in characters) a statement's duration may stand from its words of "the first
#: time in" ("first time in almost 5 years": the duration's hedge is in the gap).
_FIRST_TIME_GAP = 12


def _first_time_since(
    stated: Reading,
    s: Value,
    lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
    published: date | None,
) -> str | None:
    """The quote's words that give the statement's rank 1 of "the first time in" a duration
    ([ranks] first_time: "for the first time in five days", "zum ersten Mal seit fünf
    Jahren", "五年来首次"), by a word of "the first time since" right after a duration that
    meets the statement's ([ranks] since_marks: "5日ぶり"); None otherwise."""
    pattern = _data_patterns(lang, "ranks", "first_time", re.I)
    if pattern is None:
        return None
    text = stated.text
    phrase = next(
        (m for m in pattern.finditer(text) if m.start() <= s.start and s.end <= m.end()), None
    )
    if phrase is None:
        return None
    durations = [v for v in stated.values if v.kind == "unit" and v.label == "duration"]
    spans = [(v, v.hedge_span[0] if v.hedge_span else v.start) for v in durations]
    said = next(
        (
            v
            for v, start in spans
            if (
                0 <= start - phrase.end() <= _FIRST_TIME_GAP
                and not text[phrase.end() : start].strip()
            )
            or (0 <= phrase.start() - v.end <= 1)
        ),
        None,
    )
    if said is None:
        return None
    for r, quote_lang in zip(readings, langs, strict=False):
        rules = rules_for(quote_lang)
        marks = rules.data.get("ranks", {}).get("since_marks", []) if rules is not None else []
        for q in r.values:
            mark = next((w for w in marks if r.text.startswith(w, q.end)), None)
            if (
                mark is not None
                and q.kind == "unit"
                and q.label == "duration"
                and _compare(said, q, published)[0] in ("match", "overstated")
            ):
                return r.text[q.start : q.end] + mark
    return None
