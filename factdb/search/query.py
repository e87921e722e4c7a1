"""Search queries: what the user typed, parsed into words, phrases, prefixes, OR and NOT.

Never handed to the database as typed: `Query` writes it as FTS5 or tsquery syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import QuerySyntaxError

#: The PostgreSQL text search configuration made by migration 0004 (English stems, no
#: stop words, like FTS5's porter tokenizer).
PG_CONFIG = "factdb_search"


@dataclass(frozen=True)
class Phrase:
    """Consecutive words; with `prefix`, the last word is a prefix."""

    terms: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: every group must match (a group matches when one of its phrases
    does), and no excluded phrase may."""

    groups: tuple[tuple[Phrase, ...], ...]
    excluded: tuple[Phrase, ...] = ()

    def fts5(self) -> str:
        """The query in FTS5's syntax (terms are letters and digits only, so safe)."""

        def phrase(p: Phrase) -> str:
            return '"' + " ".join(p.terms) + '"' + ("*" if p.prefix else "")

        positive = " AND ".join("(" + " OR ".join(map(phrase, g)) + ")" for g in self.groups)
        if self.excluded:
            positive = f"({positive}) NOT (" + " OR ".join(map(phrase, self.excluded)) + ")"
        return positive

    def tsquery(self) -> str:
        """The query in PostgreSQL's `to_tsquery` syntax."""

        def phrase(p: Phrase) -> str:
            words = [f"'{t}'" for t in p.terms]
            if p.prefix:
                words[-1] += ":*"
            return "(" + " <-> ".join(words) + ")"

        parts = ["(" + " | ".join(map(phrase, g)) + ")" for g in self.groups]
        parts += ["!" + phrase(p) for p in self.excluded]
        return " & ".join(parts)


_WORD = re.compile(r"[^\W_]+")
_OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u201d": "\u201d"}
_FORBIDDEN = re.compile(r"[(){}\[\]^:]")
_HELP = 'use words, "a phrase", prefix*, OR, and -word to exclude'
# Left out of --like queries: they match nearly every claim and say nothing about it.
_STOP_WORDS = frozenset(
    """a an and are as at be been but by for from had has have he her his in into is it its
    of on or our she so than that the their them then there these they this to was we were
    what when which who will with would you your""".split()
)


def terms(words: str) -> tuple[str, ...]:
    """The searchable terms of some text: lowercase runs of letters and digits.

    >>> terms("JCPOA's 3.67% limit")
    ('jcpoa', 's', '3', '67', 'limit')
    """
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", words).lower()))


def _tokens(query: str) -> list[tuple[str, str]]:
    """Split a query into ("phrase", text), ("word", text) and ("op", OR/AND/NOT) tokens."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        negate = ""
        if ch == "-" and i + 1 < n and query[i + 1] in _OPEN_QUOTES:
            negate, i, ch = "-", i + 1, query[i + 1]
        if ch in _OPEN_QUOTES:
            close = query.find(_OPEN_QUOTES[ch], i + 1)
            if ch == '"' and close < 0:
                close = query.find("\u201d", i + 1)
            if close < 0:
                raise QuerySyntaxError(f"unbalanced quotes in query {query!r}: close the phrase")
            end = close + 1
            star = end < n and query[end] == "*"
            out.append(("phrase", negate + query[i + 1 : close] + ("*" if star else "")))
            i = end + (1 if star else 0)
            if i < n and not query[i].isspace() and query[i] not in _OPEN_QUOTES:
                raise QuerySyntaxError(f"put a space after the phrase in query {query!r}: {_HELP}")
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] not in _OPEN_QUOTES:
            j += 1
        word = query[i:j]
        if word in ("OR", "AND", "NOT"):
            out.append(("op", word))
        else:
            out.append(("word", word))
        i = j
    return out


def _phrase(raw: str, query: str) -> Phrase | None:
    bad = _FORBIDDEN.search(raw)
    if bad:
        raise QuerySyntaxError(f"{bad.group()!r} is not search syntax in {query!r}: {_HELP}")
    prefix = raw.endswith("*")
    body = raw[:-1] if prefix else raw
    if "*" in body:
        raise QuerySyntaxError(f"'*' may only end a word, as in enrich*: {raw!r}")
    found = terms(body)
    if not found:
        if prefix:
            raise QuerySyntaxError(f"'*' may only end a word, as in enrich*: {raw!r}")
        return None
    return Phrase(found, prefix)


def parse_query(query: str) -> Query:
    """Parse a search query; raise QuerySyntaxError naming what is wrong.

    >>> parse_query('"3.67 percent" iran OR tehran -deal').fts5()
    '(("3 67 percent") AND ("iran" OR "tehran")) NOT ("deal")'
    """
    if query.upper().startswith("NEAR(") or re.search(r"\bNEAR\(", query):
        raise QuerySyntaxError(f"NEAR is not supported in {query!r}: {_HELP}")
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    pending_or = pending_not = pending_and = False
    for kind, value in _tokens(query):
        if kind == "op":
            if value == "OR":
                if not groups or pending_or or pending_not:
                    raise QuerySyntaxError(f"OR needs a word on each side in {query!r}")
                pending_or = True
            elif value == "NOT":
                if pending_or or pending_not:
                    raise QuerySyntaxError(f"NOT needs a word after it in {query!r}")
                pending_not = True
            elif pending_or or pending_not or pending_and or not groups:
                raise QuerySyntaxError(f"AND needs a word on each side in {query!r}")
            else:
                pending_and = True
            continue
        negate = pending_not
        if value.startswith("-") and len(value) > 1:
            negate, value = True, value[1:]
        phrase = _phrase(value, query)
        if phrase is None:
            if pending_or or pending_not or pending_and:
                raise QuerySyntaxError(f"no word to search for after an operator in {query!r}")
            continue
        if negate:
            if pending_or:
                raise QuerySyntaxError(f"cannot combine OR with an excluded word in {query!r}")
            excluded.append(phrase)
        elif pending_or:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        pending_or = pending_not = pending_and = False
    if pending_or or pending_not or pending_and:
        raise QuerySyntaxError(f"the query ends with an operator: {query!r}")
    if not groups:
        if excluded:
            raise QuerySyntaxError(f"the query only excludes words: {query!r}; add one to find")
        raise QuerySyntaxError(f"no words to search for in {query!r}: {_HELP}")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def like_query(statement: str) -> Query:
    """Any of the statement's distinctive words: ranking favours claims sharing the rarer
    ones (FTS5's bm25 weighs words by how rare they are)."""
    seen: list[str] = []
    for term in terms(statement):
        if term not in _STOP_WORDS and term not in seen:
            seen.append(term)
    if not seen:
        raise QuerySyntaxError(f"no distinctive words to compare in {statement!r}")
    return Query((tuple(Phrase((t,)) for t in seen),))
