"""A word replaced in the same frame: a statement that says another word where the quote
says its own ("Germany" for "France"), from the data files' substitution groups."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .awards import _awards_in
from .places import _figure_sentences, _place_langs, _place_mentions, _places_agree
from .results import Support
from .rules import _load_toml, rules_for
from .sentences import _has_cjk

#: The words of a text for `_substituted_word`: letters and digits, joined by a hyphen,
#: an apostrophe, a period or an ampersand ("co-founder", "U.S.", "AT&T").
_SUB_TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?")


#: How many words a replaced run may hold on either side.
_SUB_RUN = 3


#: How many of a statement's words `_substituted_word` tries as replaced ones.
_MAX_SUB_CANDIDATES = 32


#: How many letters a word holds at least to be read as the head of a compound that
#: ends with it ("kanzlerin" of "bundeskanzlerin").
_SUB_HEAD = 6


#: Similar spellings of one name ("Al-Qaida", "Al Qaeda"): no other name.
_SUB_SIMILAR = 0.75


@lru_cache(maxsize=1 << 16)
def _sub_norm(token: str) -> str:
    """A word as `_substituted_word` compares it: lowercase, one apostrophe, no
    possessive "'s", no period ("Cullen's" is "cullen", "U.S." is "us")."""
    t = token.lower()
    if not t.isascii():
        t = "".join(
            c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)
        ).replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    return t.replace(".", "")


@lru_cache(maxsize=16)
def _substitution_members(lang: str | None) -> dict[str, tuple[str, int]]:
    """Each form of a language's [substitution_sets] members: (its set, its member's
    index)."""
    rules = rules_for(lang)
    table = rules.data.get("substitution_sets", {}) if rules is not None else {}
    return {
        _sub_norm(form): (name, i)  # as tokens are compared: "Männer" is "manner"
        for name, members in table.items()
        for i, forms in enumerate(members)
        for form in forms
    }


def _sub_named(tokens: list[str], starts: list[int], text: str) -> bool:
    """Whether a run of tokens holds a name's word: capitalized, not the first of its
    sentence, no figure in it."""
    for tok, start in zip(tokens, starts, strict=True):
        if not tok[0].isupper() or any(c.isdigit() for c in tok):
            continue
        k = start - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and text[k] not in '.!?:;"“«(':
            return True
        # The period of an initialism ("the U.S. Embassy") ends no sentence.
        if k >= 2 and text[k] == "." and text[k - 1].isupper() and text[k - 2] == ".":
            return True
    return False


def _said_as_word(word: str, text: str) -> bool:
    """Whether lowercase `text` holds `word` with no letter or digit right before or
    after it ("enkel" is not said in "enkelin")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _sub_variant(mine: list[str], theirs: list[str], raw: list[str]) -> bool:
    """Whether two runs of words may name one thing: an abbreviation or initialism on
    either side ("SAG", "U.S.", "EE UU"), one word the start of another ("Jan",
    "January"; "Cullen", "Cullens") or its end ("Kanzlerin", "Bundeskanzlerin"), or
    similar spellings."""
    if any(len(t) >= 2 and (t.isupper() or "." in t.rstrip(".")) for t in raw):
        return True
    for a in mine:
        for b in theirs:
            short, long_ = sorted((a, b), key=len)
            if len(short) >= 3 and long_.startswith(short[: max(3, len(short) - 2)]):
                return True
            # A compound's head ("Kanzlerin" of "Bundeskanzlerin"): one word the end of
            # another, of `_SUB_HEAD` letters or more.
            if len(short) >= _SUB_HEAD and long_.endswith(short):
                return True
    a, b = " ".join(mine), " ".join(theirs)
    initials = "".join(w[0] for w in (theirs if len(theirs) > 1 else mine))
    if initials in {a.replace(" ", ""), b.replace(" ", "")}:
        return True
    return _similar(a, b) >= _SUB_SIMILAR


def _similar(a: str, b: str) -> float:
    """How alike two strings are (difflib's ratio, 0 to 1)."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _substituted_word(statement: str, quote: str, lang: str | None) -> tuple[str, str, str] | None:
    """A word of the statement that the quote replaces in the same frame (equal words
    right before it and right after it, or the end of both texts; for a member of a set,
    the end of the statement where the quote goes on): ("set", said, theirs)
    where both are members of one of the language's closed sets of mutually exclusive
    words ([substitution_sets]: "grandson" against "granddaughter", "Greek" against
    "Roman", "client" against "co-founder"); ("name", said, theirs) where both runs
    hold a capitalized word not opening a sentence ("Producers" against "Screen
    Actors"), neither an abbreviation, a shortening or a spelling of the other;
    ("place", said, theirs) where both runs name places that do not agree ("French"
    against "U.S.": `places._places_agree`). None
    when the quote says the statement's word elsewhere too."""
    members = _substitution_members(lang)
    s_found = list(_SUB_TOKEN.finditer(statement))
    s_norm = [_sub_norm(m.group()) for m in s_found]
    # Cheap gate: the quote's text holds every member and capitalized word of the
    # statement (most statements that pass): no word the quote replaces.
    lowered = quote.lower()
    if all(
        _said_as_word(t, lowered)
        for i, t in enumerate(s_norm)
        if t in members or s_found[i].group()[0].isupper()
    ):
        return None
    q_found = list(_SUB_TOKEN.finditer(quote))
    if not s_found or not q_found:
        return None
    q_norm = [_sub_norm(m.group()) for m in q_found]
    q_words = set(q_norm)
    # The statement's words a replacement may hold: members of a set or capitalized
    # words, that the quote does not say (most statements that pass have none).
    candidates = [
        i
        for i, t in enumerate(s_norm)
        if t not in q_words and (t in members or s_found[i].group()[0].isupper())
    ]
    if not candidates:
        return None
    s_raw = [m.group().rstrip(".") or m.group() for m in s_found]
    s_starts = [m.start() for m in s_found]
    q_raw = [m.group().rstrip(".") or m.group() for m in q_found]
    q_starts = [m.start() for m in q_found]
    s_words = set(s_norm)
    q_at: dict[str, list[int]] = {}
    for j, t in enumerate(q_norm):
        q_at.setdefault(t, []).append(j)
    n, m = len(s_norm), len(q_norm)
    seen: set[tuple[int, int, int, int]] = set()
    # Each candidate tries every place of its flanking word in the quote: the first
    # `_MAX_SUB_CANDIDATES` only, so a long statement costs a bounded number of quote scans.
    for i in candidates[:_MAX_SUB_CANDIDATES]:
        if s_norm[i] not in members and not _sub_named([s_raw[i]], [s_starts[i]], statement):
            continue
        # Runs of up to _SUB_RUN words holding word i, between a left flank (a word the
        # quote has) and a right flank (or the end of the statement).
        for left in range(max(0, i - _SUB_RUN), i):
            for right in range(i + 1, min(n, left + 1 + _SUB_RUN) + 1):
                end = right == n
                # A frame of two short words ("of … the") holds anything: one of them
                # must be longer, or the frame one word wider ("an die … in den").
                short = not end and max(len(s_norm[left]), len(s_norm[right])) < 4
                if short and (left == 0 or right + 1 >= n):
                    continue
                for j in q_at.get(s_norm[left], ()):
                    if short and (j == 0 or q_norm[j - 1] != s_norm[left - 1]):
                        continue
                    for b in range(1, _SUB_RUN + 1):
                        jr = j + 1 + b
                        # The statement ends where the quote goes on ("with her 11-year-old
                        # grandson." against "with her 11-year-old granddaughter who was
                        # there"): a member of a set only, one word for one.
                        goes_on = end and jr < m
                        if goes_on and (b != right - left - 1 or s_norm[i] not in members):
                            continue
                        if (
                            jr > m
                            or (jr == m and not end)
                            or (not end and q_norm[jr] != s_norm[right])
                        ):
                            continue
                        if short and (jr + 1 >= m or q_norm[jr + 1] != s_norm[right + 1]):
                            continue
                        key = (left + 1, right, j + 1, jr)
                        if key in seen:
                            continue
                        seen.add(key)
                        found = _replaced(
                            (left + 1, right, j + 1, jr),
                            (statement, s_found, s_norm, s_raw, s_starts, s_words),
                            (quote, q_found, q_norm, q_raw, q_starts, q_words),
                            members,
                            lang,
                            end,
                            goes_on,
                        )
                        if found is not None:
                            return found
    return None


def _sub_full_names(
    stated: tuple[str, list[re.Match[str]], list[str], list[str], list[int], set[str]],
    quoted: tuple[str, list[re.Match[str]], list[str], list[str], list[int], set[str]],
    run: tuple[int, int, int, int],
) -> bool:
    """Whether both runs of `run` are two capitalized words or more, each a name's word
    (`_sub_named`): whole names, as "Mitchell Baker" and "Brendan Eich"."""
    i1, i2, j1, j2 = run
    statement, _, _, s_raw, s_starts, _ = stated
    quote, _, _, q_raw, q_starts, _ = quoted
    return (
        i2 - i1 >= 2
        and j2 - j1 >= 2
        and all(
            _sub_named([w], [at], statement)
            for w, at in zip(s_raw[i1:i2], s_starts[i1:i2], strict=True)
        )
        and all(
            _sub_named([w], [at], quote)
            for w, at in zip(q_raw[j1:j2], q_starts[j1:j2], strict=True)
        )
    )


def _replaced(
    run: tuple[int, int, int, int],
    stated: tuple[str, list[re.Match[str]], list[str], list[str], list[int], set[str]],
    quoted: tuple[str, list[re.Match[str]], list[str], list[str], list[int], set[str]],
    members: dict[str, tuple[str, int]],
    lang: str | None,
    at_end: bool,
    goes_on: bool = False,
) -> tuple[str, str, str] | None:
    """What `_substituted_word` says of one statement run (`run`'s i1..i2) standing where
    a quote run (j1..j2) stands between the same words; None where they may say the
    same."""
    i1, i2, j1, j2 = run
    statement, s_found, s_norm, s_raw, s_starts, s_words = stated
    quote, q_found, q_norm, q_raw, q_starts, q_words = quoted
    mine, theirs = s_norm[i1:i2], q_norm[j1:j2]
    if mine == theirs:
        return None
    # A run with a figure is the figures' to compare, but for a member of a set replaced
    # by another beside it ("bei den Männern" against "bei den Frauen und WU20").
    figured = any(c.isdigit() for t in mine + theirs for c in t)
    said = statement[s_starts[i1] : s_found[i2 - 1].end()].rstrip(".")
    told = quote[q_starts[j1] : q_found[j2 - 1].end()].rstrip(".")
    mine_sets = {members[t] for t in mine if t in members}
    their_sets = {members[t] for t in theirs if t in members}
    for name, i in mine_sets:
        other = {j for k, j in their_sets if k == name and j != i}
        if not other or (name, i) in their_sets:
            continue
        # The quote's member said in the statement too, or the statement's in the quote:
        # no replacement ("his son and daughter").
        mine_forms = {t for t in s_words if members.get(t) == (name, i)}
        their_forms = {
            t for t in theirs if t in members and members[t][0] == name and members[t][1] in other
        }
        if mine_forms & q_words or their_forms & s_words:
            continue
        word = next(t for t in mine if members.get(t) == (name, i))
        theirs_word = next(t for t in theirs if t in their_forms)
        return "set", s_raw[i1 + mine.index(word)], q_raw[j1 + theirs.index(theirs_word)]
    if figured or goes_on:
        return None
    # At the end of both texts the frame is the words before the runs: two of them, one of
    # four letters or more, and both texts end a sentence there, not cut off ("to the
    # offices of Nancy Pelosi." against "to the offices of Omar."), in a language that
    # does not capitalize its nouns.
    rules = rules_for(lang)
    nouns_capitalized = rules is None or rules.data.get("identifiers", {}).get("nouns_capitalized")
    if at_end and (
        nouns_capitalized
        or i1 < 2
        or j1 < 2
        or s_norm[i1 - 2 : i1] != q_norm[j1 - 2 : j1]
        or max(len(t) for t in s_norm[i1 - 2 : i1]) < 4
        or not statement.rstrip().endswith(".")
        or not quote.rstrip().endswith(".")
    ):
        return None
    if not _sub_named(s_raw[i1:i2], s_starts[i1:i2], statement) or not _sub_named(
        q_raw[j1:j2], q_starts[j1:j2], quote
    ):
        return None
    # Places on both sides (CLDR names, peoples): another place is a replacement ("the
    # French Embassy" against "the U.S. Embassy"), the same one in other words is not
    # ("the American Embassy").
    # Places are read in the whole text: one standing alone in a run, or opening it
    # ("French", "U.S." before "Embassy"; "New Mexico" is no Mexico). A place on one side
    # only is the places module's to compare ("the United States" against "New Mexico").
    langs = _place_langs(lang)
    s_span = (s_starts[i1], s_found[i2 - 1].end())
    q_span = (q_starts[j1], q_found[j2 - 1].end())
    mine_places = [
        p
        for p in _place_mentions(statement, langs)
        if s_span[0] <= p.start < s_span[1] and (p.alone or p.start == s_span[0])
    ]
    their_places = [
        p
        for p in _place_mentions(quote, langs)
        if q_span[0] <= p.start < q_span[1] and (p.alone or p.start == q_span[0])
    ]
    if mine_places and their_places:
        if any(_places_agree(a.key, b.key) for a in mine_places for b in their_places):
            return None
        if any(t in q_words for t in mine) or any(t in s_words for t in theirs):
            return None
        return "place", said, told
    # The run inside a longer name, a capitalized word next to it on both sides of the
    # frame ("2020 Producers Guild Awards" against "2020 Screen Actors Guild Awards"): a
    # lone capitalized word may be a noun (German) or a place standing for its people
    # ("Washington plans" against "the American government plans").
    inside = (
        _sub_named(s_raw[i1 - 1 : i1], s_starts[i1 - 1 : i1], statement)
        and _sub_named(q_raw[j1 - 1 : j1], q_starts[j1 - 1 : j1], quote)
    ) or (
        _sub_named(s_raw[i2 : i2 + 1], s_starts[i2 : i2 + 1], statement)
        and _sub_named(q_raw[j2 : j2 + 1], q_starts[j2 : j2 + 1], quote)
    )
    # Or whole names in their own right: two capitalized words or more on each side
    # ("promoted Mitchell Baker to" against "promoted Brendan Eich to"), or one word for
    # one between equal words, one of them of four letters or more ("$170 million Amazon
    # gangster film" against "Netflix"), in a language that does not capitalize its nouns.
    if not (inside or at_end or _sub_full_names(stated, quoted, run)):
        if (
            len(mine) != 1
            or len(theirs) != 1
            or nouns_capitalized
            or max(len(s_norm[i1 - 1]), len(s_norm[i2]) if i2 < len(s_norm) else 0) < 4
        ):
            return None
    if any(t in q_words for t in mine) or any(t in s_words for t in theirs):
        return None
    if _sub_variant(mine, theirs, s_raw[i1:i2] + q_raw[j1:j2]):
        return None
    return "name", said, told


#: What ends the slot of a name across languages: the end of the text or of its clause.
_SLOT_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _frame_word(tokens: list[re.Match[str]], k: int, lang: str | None) -> str | None:
    """The key of the [name_frames] word right before token `k` ("avec" and "with" are
    "with"), or None."""
    rules = rules_for(lang)
    if k < 1 or rules is None:
        return None
    frames = rules.data.get("name_frames", {})
    return frames.get(tokens[k - 1].group().lower())


def _slot_names(text: str, lang: str | None) -> list[tuple[str, str, str]]:
    """The names `text` gives in a framed slot at the end of a clause ("son contrat avec
    Microsoft."): (the frame's key, the name as written, its `_sub_norm` form); a name is
    one capitalized word of four letters or more (not opening a sentence, no figure)."""
    tokens = list(_SUB_TOKEN.finditer(text))
    out = []
    for k, m in enumerate(tokens):
        word = m.group().rstrip(".")
        if len(word) < 4 or not word[0].isupper():
            continue
        if not _SLOT_END.match(text, m.start() + len(word)):
            continue
        key = _frame_word(tokens, k, lang)
        if key is not None and _sub_named([word], [m.start()], text):
            out.append((key, word, _sub_norm(word)))
    return out


def _named_otherwise_across(
    statement: str, quote: str, statement_lang: str | None, quote_lang: str | None
) -> tuple[str, str] | None:
    """A name the statement gives in a framed slot at the end of a clause that the quote,
    in another language, fills with another name ("contrat avec Microsoft" against
    "contract with Google"; the frames are the [name_frames] words of each language):
    (the statement's name, the quote's), when the quote holds the statement's name in no
    form (`_sub_variant`) and no place is named (places are compared by `places`). None
    otherwise, and for a language that capitalizes its nouns (a noun is no name)."""
    for lang in (statement_lang, quote_lang):
        rules = rules_for(lang)
        if rules is None or not rules.data.get("name_frames"):
            return None
        if rules.data.get("identifiers", {}).get("nouns_capitalized"):
            return None
    mine = _slot_names(statement, statement_lang)
    if not mine:
        return None
    theirs = _slot_names(quote, quote_lang)
    if not theirs:
        return None
    lowered = quote.lower()
    q_norm = [_sub_norm(m.group()) for m in _SUB_TOKEN.finditer(quote)]
    s_norm = [_sub_norm(m.group()) for m in _SUB_TOKEN.finditer(statement)]
    langs = _place_langs(statement_lang, quote_lang)
    for key, word, norm in mine:
        if _said_as_word(norm, lowered) or _place_mentions(word, langs):
            continue
        if any(_sub_variant([norm], [t], [word]) for t in q_norm):
            continue
        for their_key, their_word, their_norm in theirs:
            if their_key != key or _place_mentions(their_word, langs):
                continue
            if any(_sub_variant([their_norm], [t], [their_word]) for t in s_norm):
                continue
            return word, their_word
    return None


#: A letter or digit of an alphabet: a Latin-script form of a company's name stands with
#: none right before or after it ("DeepMind" in "人工智能公司DeepMind", not in "XDeepMind").
_COMPANY_EDGE = re.compile(r"[^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1)
def _company_names() -> tuple[dict[str, str], frozenset[str]]:
    """[name_forms] of the common file: each form of a company's name (its Latin form, its
    katakana and Chinese forms) -> its Latin form; and the first characters of all forms
    (a cheap gate)."""
    table = _load_toml("common").get("name_forms", {})
    forms = {form: latin for latin, others in table.items() for form in (latin, *others)}
    return forms, frozenset(f[0] for f in forms)


def _companies_in(text: str) -> dict[str, int]:
    """The companies of [name_forms] that `text` names in any form (a Latin form as a
    word of its own, with its capital): Latin form -> where first."""
    forms, firsts = _company_names()
    letters = firsts.intersection(text)
    if not letters:
        return {}
    out: dict[str, int] = {}
    for form, latin in forms.items():
        if form[0] not in letters:
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            latin_form = form[0].isascii()
            if not latin_form or (
                not (at > 0 and _COMPANY_EDGE.match(text, at - 1))
                and not _COMPANY_EDGE.match(text, end)
            ):
                out[latin] = min(out.get(latin, at), at)
                break
            at = text.find(form, at + 1)
    return out


def _company_replaced(
    statement: str, quotes: list[str], support: Support
) -> tuple[str, str] | None:
    """A company of [name_forms] the statement names that no quote names in any form,
    where a quote names another, one the statement does not name, in the sentence of a
    figure the statement matched ("Facebook a racheté DeepMind en 2014" against
    "谷歌(微博) 在2014年收购的人工智能公司DeepMind"; "la película de 170 millones de
    dólares de Amazon" against "$170 million Netflix gangster movie"): (the statement's
    name, the quote's). None otherwise."""
    mine = _companies_in(statement)
    if not mine:
        return None
    theirs = [(quote, _companies_in(quote)) for quote in quotes]
    missing = [name for name in mine if not any(name in found for _, found in theirs)]
    if not missing:
        return None
    for quote, found in theirs:
        others = [(name, at) for name, at in found.items() if name not in mine]
        if not others:
            continue
        spans = _figure_sentences(quote, support)
        for name, at in others:
            if any(lo <= at < hi for lo, hi in spans):
                return min(missing, key=mine.__getitem__), name
    return None


#: A word in Latin letters inside Chinese or Japanese text ("Umicore" of "Umicore的").
_LATIN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+(?:[-'’.&][A-Za-z\u00c0-\u024f0-9]+)*\.?")


#: A bracket right after a name ("Sarah-Michelle Kudla (SCC)", "Yuliana Angulo (LG Nord)"):
#: a club, a party or an abbreviation, no word of the frame.
_NAME_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")


#: How many articles may stand between a frame and its name ("for the new Apple TV+").
_FRAME_SKIP = 2


#: How many letters the verb after a sentence's subject holds at least, for the subject's
#: frame of `_framed_names` ("verpasste", "announced"; not "is", "has", "said").
_SUBJECT_VERB = 5


class _FrameTable(NamedTuple):
    """A language's words for `_framed_names`."""

    frames: dict[str, str]  # [name_frames]: one word or two -> the frame's key
    contractions: dict[str, str]  # [frame_contractions]: "do" -> "de"
    joins: frozenset[str]  # [name_runs] joins: "and" between the names of a list
    articles: frozenset[str]  # [name_runs] articles: no word of a name
    capitalized: bool  # the language capitalizes its nouns
    calendar: frozenset[str]  # month and day names, as `_sub_norm` gives them


class _FramedName(NamedTuple):
    """A name in a frame (`_framed_names`): the frame's key, the name's words as
    `_sub_norm` gives them, the name as written."""

    key: tuple[str, ...]
    words: tuple[str, ...]
    written: str


def _words_norm(words: str) -> str:
    """Words as `_sub_norm` gives each ("según" is "segun"), joined by a space."""
    return " ".join(_sub_norm(w) for w in words.split())


@lru_cache(maxsize=16)
def _frame_table(lang: str | None) -> _FrameTable:
    """The words of `lang` that `_framed_names` reads."""
    rules = rules_for(lang)
    if rules is None:
        return _FrameTable({}, {}, frozenset(), frozenset(), False, frozenset())
    data = rules.data
    runs = data.get("name_runs", {})
    calendar = set(rules.months)
    try:
        from babel.dates import get_day_names

        for width in ("wide", "abbreviated"):
            calendar.update(n.lower() for n in get_day_names(width, locale=lang or "en").values())
    except (ValueError, LookupError):  # an unknown locale has no day names to add
        pass
    return _FrameTable(
        {_words_norm(k): v for k, v in data.get("name_frames", {}).items()},
        {_sub_norm(k): v for k, v in data.get("frame_contractions", {}).items()},
        frozenset(_sub_norm(w) for w in runs.get("joins", [])),
        frozenset(_sub_norm(w) for w in runs.get("articles", [])),
        bool(data.get("identifiers", {}).get("nouns_capitalized")),
        frozenset(_sub_norm(w) for w in calendar),
    )


def _name_runs(
    text: str, lang: str | None
) -> tuple[list[re.Match[str]], list[str], list[str], list[tuple[int, int, tuple[str, ...], str]]]:
    """The names of `text` as `_framed_names` reads them: its tokens (as written, as
    `_sub_norm` gives them) and its runs of capitalized words (first and last token, the
    words, the name as written). A list of names joined by commas and "and" is one run; a
    frame word or an article opening it is none of its words. A name is no calendar word,
    holds no figure, is no abbreviation alone ("CDC") and no part of a longer name that a
    short lowercase word joins to another capitalized word ("Câmara dos Deputados"); in a
    language that capitalizes its nouns it holds two words or more, and so does a run
    opening a sentence."""
    table = _frame_table(lang)
    frames, contractions = table.frames, table.contractions
    words_re = _LATIN_TOKEN if _has_cjk(text) else _SUB_TOKEN
    tokens = list(itertools.islice(words_re.finditer(text), 400))
    raw = [m.group().rstrip(".") or m.group() for m in tokens]
    norm = [_sub_norm(t) for t in raw]
    n = len(tokens)

    def gap(a: int, b: int) -> str:
        """The text between tokens a and b, stripped."""
        return text[tokens[a].end() : tokens[b].start()].strip()

    runs: list[tuple[int, int, tuple[str, ...], str]] = []
    i = 0
    while i < n:
        if not raw[i][0].isupper() or norm[i] in table.joins:
            i += 1
            continue
        # The run: capitalized words with only spaces or hyphens between, or a list.
        # A comma joins names only in a list that "and" closes ("Counterpoint Research,
        # Apple sold" is a name and the next clause's subject).
        j = i + 1
        comma, joined = 0, False
        while j < n:
            between = gap(j - 1, j)
            if raw[j][0].isupper() and between in ("", "-", "&", ","):
                comma = comma or (j if between == "," else 0)
                j += 1
            elif (
                norm[j] in table.joins
                and j + 1 < n
                and raw[j + 1][0].isupper()
                and between in ("", ",")
                and not gap(j, j + 1)
            ):
                joined = True
                j += 2
            else:
                break
        if comma and not joined:
            j = comma
        start, end = i, j
        i = j
        # A frame word or an article opening a sentence ("Laut Technology Review", "Die
        # Deutsche Bahn") is no word of the name.
        while start < end - 1 and (
            norm[start] in frames or norm[start] in contractions or norm[start] in table.articles
        ):
            start += 1
        named = [r for r in raw[start:end] if r[0].isupper()]
        words = tuple(_sub_norm(r) for r in named)
        if any(c.isdigit() for w in words for c in w) or any(w in table.calendar for w in words):
            continue
        opening = not _sub_named(raw[start : start + 1], [tokens[start].start()], text)
        if (table.capitalized or opening) and len(named) < 2:
            continue
        if max(len(w) for w in words) < 4 or (len(named) == 1 and named[0].isupper()):
            continue  # "CDC" may stand for a name the other text spells out
        if (
            end + 1 < n
            and raw[end].islower()
            and len(raw[end]) <= 3
            and raw[end + 1][0].isupper()
            and not gap(end - 1, end)
            and not gap(end, end + 1)
        ):
            continue  # "Câmara dos Deputados", "Chamber of Deputies"
        written = text[tokens[start].start() : tokens[end - 1].start() + len(raw[end - 1])]
        runs.append((start, end, words, written))
    return tokens, raw, norm, runs


def _framed_names(text: str, lang: str | None, same_language: bool) -> list[_FramedName]:
    """The names `text` gives in a frame: a run of capitalized words (a list of names
    joined by commas and "and" is one run) after a [name_frames] word ("by Werner
    Heisenberg, Max Born, and Pascual Jordan", "para Netflix", "laut Geschäftsführer
    Christian Hanisch"); and, for a statement and a quote in one language, after two
    lowercase words of which one has four letters or more ("site da Folha" = "site do
    Estadão", contracted articles read as their preposition: [frame_contractions];
    "setzte sich die Favoritin Sarah-Michelle Kudla") or before two such words ("Yuliana
    Angulo (LG Nord) verpasste mit"). Articles and one word after them or after the frame
    may stand between the frame and the name ("for the new Apple TV+", "according to
    analyst Ming-Chi Kuo"), a bracket after it. A name is no calendar word, holds
    no figure, is no abbreviation alone ("CDC") and no part of a longer name that a short
    lowercase word joins to another capitalized word ("Câmara dos Deputados"); articles
    are no word of it; in a language that capitalizes its nouns it holds two words or
    more, and so does a run opening a sentence."""
    table = _frame_table(lang)
    frames, contractions = table.frames, table.contractions
    tokens, raw, norm, runs = _name_runs(text, lang)
    n = len(tokens)

    def gap(a: int, b: int) -> str:
        """The text between tokens a and b, stripped."""
        return text[tokens[a].end() : tokens[b].start()].strip()

    out: list[_FramedName] = []
    for start, end, words, written in runs:
        # Before the name: a word of three letters or more after an article or a frame
        # ("the new Apple TV+", "according to analyst Ming-Chi Kuo", "the favourite
        # Sarah Kudla") and articles skipped, then the frame.
        k = start - 1

        def framing(at: int) -> bool:
            """Whether token `at` ends a frame or is an article."""
            two = f"{norm[at - 1]} {norm[at]}" if at >= 1 else ""
            return norm[at] in frames or two in frames or norm[at] in table.articles

        if (
            k >= 1
            and raw[k].islower()
            and len(raw[k]) >= 3
            and not framing(k)
            and norm[k] not in contractions
            and framing(k - 1)
        ):
            k -= 1
        skipped = 0
        while k >= 0 and skipped < _FRAME_SKIP and norm[k] in table.articles:
            k -= 1
            skipped += 1
        if k >= 0 and all(not gap(t, t + 1) for t in range(k, start)):
            two = f"{norm[k - 1]} {norm[k]}" if k >= 1 else ""
            if two in frames:
                out.append(_FramedName(("frame", frames[two]), words, written))
            elif norm[k] in frames:
                out.append(_FramedName(("frame", frames[norm[k]]), words, written))
            if same_language and k >= 1 and raw[k - 1].islower() and raw[k].islower():
                a = contractions.get(norm[k - 1], norm[k - 1])
                b = contractions.get(norm[k], norm[k])
                if not gap(k - 1, k) and max(len(a), len(b)) >= 4:
                    out.append(_FramedName(("after", a, b), words, written))
        # After the name: a bracket skipped, then two lowercase words; or, for a name of
        # two words or more opening its sentence, its verb alone, a word of
        # `_SUBJECT_VERB` letters or more ("Louise Wieland verpasste knapp" against
        # "Yuliana Angulo (LG Nord) verpasste um Haaresbreite").
        if same_language and end < n:
            at = tokens[end - 1].end()
            bracket = _NAME_BRACKET.match(text, at)
            if bracket:
                at = bracket.end()
                while end < n and tokens[end].start() < at:
                    end += 1
            next_word = (
                end < n and not text[at : tokens[end].start()].strip() and raw[end].islower()
            )
            if (
                next_word
                and end + 1 < n
                and raw[end + 1].islower()
                and not gap(end, end + 1)
                and max(len(norm[end]), len(norm[end + 1])) >= 4
            ):
                out.append(_FramedName(("before", norm[end], norm[end + 1]), words, written))
            opens = start == 0 or text[: tokens[start].start()].rstrip()[-1:] in ".!?"
            if next_word and opens and len(words) >= 2 and len(norm[end]) >= _SUBJECT_VERB:
                out.append(_FramedName(("subject", norm[end]), words, written))
    return out


def _name_held(words: tuple[str, ...], written: str, text_words: set[str], text: str) -> bool:
    """Whether a text holds a name in some form: one of its words (or one alike, or
    a shortening: `_sub_variant`), its initials, or its written form. The first of three
    words or more may be a title ("Chancellor Angela Merkel" is not "Vice-Chancellor Olaf
    Scholz"): one of the others must be held."""
    if written.lower() in text.lower():
        return True
    for w in words[1:] if len(words) >= 3 else words:
        if len(w) < 3:
            continue
        if w in text_words:
            return True
        for t in text_words:
            if len(t) >= 3 and _sub_variant([w], [t], []):
                return True
    return len(words) >= 2 and "".join(w[0] for w in words) in text_words


def _framed_name_replaced(
    statement: str, quote: str, statement_lang: str | None, quote_lang: str | None
) -> tuple[str, str] | None:
    """A name the statement gives in a frame (`_framed_names`) where the quote gives
    another in the same frame: (the statement's name, the quote's), when the quote holds
    the statement's name in no form, the statement holds none of the quote's, and neither
    is a place or an award (compared by `places` and `awards`) or a member of a
    substitution set.
    Across languages the frames are the [name_frames] words of each ("por Erwin
    Schrödinger" against "by Werner Heisenberg"); in one language the words around the
    name count too. None otherwise."""
    same = statement_lang == quote_lang
    mine = _framed_names(statement, statement_lang, same)
    if not mine:
        return None
    theirs = _framed_names(quote, quote_lang, same)
    if not theirs:
        return None
    q_words = {_sub_norm(m.group()) for m in _SUB_TOKEN.finditer(quote)}
    s_words = {_sub_norm(m.group()) for m in _SUB_TOKEN.finditer(statement)}
    members = _substitution_members(statement_lang)
    langs = _place_langs(statement_lang, quote_lang)
    for name in mine:
        if any(w in members for w in name.words):
            continue
        if _name_held(name.words, name.written, q_words, quote):
            continue
        if _place_mentions(name.written, langs) or _awards_in(name.written):
            continue  # places and awards are their own modules' ("Oscar", "Academy Award")
        for other in theirs:
            if other.key != name.key:
                continue
            if _name_held(other.words, other.written, s_words, statement):
                continue
            if _place_mentions(other.written, langs) or _awards_in(other.written):
                continue
            return name.written, other.written
    return None


def _latin_name_replaced(
    statement: str,
    quotes: list[str],
    statement_lang: str | None,
    quote_langs: list[str | None],
    support: Support,
) -> tuple[str, str] | None:
    """A name in Latin letters that a Chinese or Japanese statement gives and no quote
    holds in any form, where a quote names another, one the statement does not hold, in
    the sentence of a figure the statement matched, in Latin letters inside Chinese or
    Japanese or in a frame of the quote's language ("Umicore的材料回收率达96%" against
    "Duesenfeld hingegen kommt laut Geschäftsführer Christian Hanisch auf … 96 Prozent"):
    (the statement's name, the quote's). None otherwise, and for a statement in another
    language (its names are compared in their frames: `_framed_name_replaced`)."""
    rules = rules_for(statement_lang)
    if rules is None or not rules.cjk or not _LATIN_TOKEN.search(statement):
        return None
    _, _, _, mine = _name_runs(statement, statement_lang)
    if not mine:
        return None
    seen = [({_sub_norm(m.group()) for m in _SUB_TOKEN.finditer(q)}, q) for q in quotes]
    langs = _place_langs(statement_lang, *quote_langs)
    members = _substitution_members(statement_lang)
    missing = [
        (words, written)
        for _, _, words, written in mine
        if not any(w in members for w in words)
        and not any(_name_held(words, written, q_words, q) for q_words, q in seen)
        and not _place_mentions(written, langs)
    ]
    if not missing:
        return None
    s_words = {_sub_norm(m.group()) for m in _LATIN_TOKEN.finditer(statement)}
    for quote, lang in zip(quotes, quote_langs, strict=False):
        spans = _figure_sentences(quote, support)
        if not spans:
            continue
        # The quote's names in Latin letters inside Chinese or Japanese, or in a frame
        # of its language ("laut Geschäftsführer Christian Hanisch"), never a name alone
        # ("outside of Missoula" may be the place of the statement's "Paws Up").
        tokens, _, _, theirs = _name_runs(quote, lang)
        framed = (
            None
            if _has_cjk(quote)
            else {f.written for f in _framed_names(quote, lang, False) if f.key[0] == "frame"}
        )
        for start, _, words, written in theirs:
            at = tokens[start].start()
            if not any(lo <= at < hi for lo, hi in spans):
                continue
            if framed is not None and written not in framed:
                continue
            if _name_held(words, written, s_words, statement):
                continue
            if _place_mentions(written, langs):
                continue
            return missing[0][1], written
    return None
