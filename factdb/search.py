"""Search over claims: ranked full-text search with structured filters, one interface.

SQLite uses an FTS5 table (`claim_fts`, rowid = claim id); PostgreSQL a `tsvector` with a
GIN index (`claim_search`). Both are created by migration 0004, hold the statement, the
quotes, the tags and the source titles of each claim, and are rewritten for the claims
that change by :func:`index_claims`, which every claims write path calls. Values read from
statements (`Claim.quantities`) are indexed in `search_value` for range filters. Text in
Chinese, Japanese or Korean, which has no spaces between words, is also indexed by
substring in `claim_cjk` (see `factdb.search_cjk`, migration 0008).

Queries are parsed here, never handed to the database as typed, so the same syntax works
on both backends and a malformed query is a `QuerySyntaxError`, not an SQL error:

- ``iran enrichment``: every word (in any column; words are stemmed);
- ``"low-enriched uranium"``: a phrase; ``enrich*``: a prefix; ``a OR b``;
  ``-word`` or ``NOT word``: without that word.
"""

from __future__ import annotations

import calendar
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from . import search_cjk
from .errors import BadFilter, QuerySyntaxError, UnknownSource
from .quantities import _CURRENCY_CODES, _CURRENCY_SYMBOLS, _CURRENCY_WORDS
from .results import current_condition
from .statuses import STATUSES as CHECK_STATUSES
from .statuses import worst

__all__ = [
    "CHECK_FILTERS",
    "Filters",
    "Hit",
    "Query",
    "check_condition",
    "check_status",
    "include_name",
    "index_claims",
    "index_source",
    "parse_query",
    "search",
]

#: Tables of the search index, which are not in the models (see `include_name`).
INDEX_TABLES = ("claim_fts", "claim_search", "search_value", "claim_cjk")
#: A claim's overall check status (the worst of its current results, `factdb.results`),
#: or unchecked (no current result: never checked, or changed since).
CHECK_FILTERS = (*CHECK_STATUSES, "unchecked")
STATUSES = ("active", "retracted")
#: The PostgreSQL text search configuration made by migration 0004 (English stems, no
#: stop words, like FTS5's porter tokenizer).
PG_CONFIG = "factdb_search"
# Marks around highlighted words in the database's snippets; never in page text.
_START, _STOP = "\x02", "\x03"
_MARKS = re.compile(f"([{_START}{_STOP}])")
_SNIPPET_WORDS = 16
_CHUNK = 500


def include_name(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic's `include_name` hook: leave the search index out of autogenerate.

    >>> include_name("claim_fts_data", "table"), include_name("claim", "table")
    (False, True)
    """
    if type_ == "table" and name is not None:
        return not (name in INDEX_TABLES or name.startswith(("claim_fts_", "claim_cjk_")))
    return True


# --- keeping the index current ------------------------------------------------------------

_SQLITE_DELETE = "DELETE FROM claim_fts WHERE rowid IN :ids"
_SQLITE_FILL = """
INSERT INTO claim_fts(rowid, statement, quotes, tags, titles)
SELECT c.id, c.statement,
  COALESCE((SELECT group_concat(exact, char(10)) FROM
            (SELECT exact FROM citation WHERE claim_id = c.id ORDER BY id)), ''),
  COALESCE((SELECT group_concat(tag, ' ') FROM
            (SELECT tag FROM claim_tag WHERE claim_id = c.id ORDER BY tag)), ''),
  COALESCE((SELECT group_concat(title, char(10)) FROM
            (SELECT DISTINCT s.title FROM citation ci
             JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
             WHERE ci.claim_id = c.id AND s.title IS NOT NULL ORDER BY s.title)), '')
FROM claim c WHERE c.id IN :ids
"""
_SQLITE_VALUES = """
INSERT INTO search_value(claim_id, kind, unit, value, date)
SELECT c.id, json_extract(j.value, '$.kind'), json_extract(j.value, '$.unit'),
       json_extract(j.value, '$.value'), json_extract(j.value, '$.date')
FROM claim c, json_each(c.quantities) j WHERE c.id IN :ids
"""
_PG_DELETE = "DELETE FROM claim_search WHERE claim_id IN :ids"
# Punctuation becomes a space before PostgreSQL's parser sees the text, so "3.67" is the
# two words "3" and "67" as in FTS5 and in parsed queries.
_PG_WEIGHTED = " || ".join(
    f"setweight(to_tsvector('factdb_search', "
    f"regexp_replace(x.{column}, '[[:punct:]]+', ' ', 'g')), '{weight}')"
    for column, weight in (("statement", "A"), ("quotes", "B"), ("tags", "C"), ("titles", "D"))
)
_PG_FILL = f"""
INSERT INTO claim_search(claim_id, quotes, document)
SELECT x.id, x.quotes, {_PG_WEIGHTED}
FROM (
  SELECT c.id, c.statement,
    COALESCE((SELECT string_agg(exact, E'\\n' ORDER BY id) FROM citation
              WHERE claim_id = c.id), '') AS quotes,
    COALESCE((SELECT string_agg(tag, ' ' ORDER BY tag) FROM claim_tag
              WHERE claim_id = c.id), '') AS tags,
    COALESCE((SELECT string_agg(DISTINCT s.title, E'\\n') FROM citation ci
              JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
              WHERE ci.claim_id = c.id), '') AS titles
  FROM claim c WHERE c.id IN :ids
) x
"""
_PG_VALUES = """
INSERT INTO search_value(claim_id, kind, unit, value, date)
SELECT c.id, j.v ->> 'kind', j.v ->> 'unit', (j.v ->> 'value')::float8, j.v ->> 'date'
FROM claim c CROSS JOIN LATERAL json_array_elements(c.quantities) AS j(v)
WHERE c.id IN :ids AND json_typeof(c.quantities) = 'array'
"""


def _sql(statement: str) -> Any:
    return text(statement).bindparams(bindparam("ids", expanding=True))


def index_claims(session: Session, claim_ids: Iterable[int]) -> None:
    """Rewrite the search index rows of these claims from what is stored now.

    Call it after a change is flushed, in the same transaction: the index then commits or
    rolls back with the change.
    """
    ids = sorted({int(i) for i in claim_ids})
    if not ids:
        return
    session.flush()
    conn = session.connection()
    postgres = conn.dialect.name == "postgresql"
    statements = (
        (_PG_DELETE, "DELETE FROM search_value WHERE claim_id IN :ids", _PG_FILL, _PG_VALUES)
        if postgres
        else (
            _SQLITE_DELETE,
            "DELETE FROM search_value WHERE claim_id IN :ids",
            _SQLITE_FILL,
            _SQLITE_VALUES,
        )
    )
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        for statement in statements:
            conn.execute(_sql(statement), {"ids": chunk})
        search_cjk.reindex(conn, chunk)


@dataclass(frozen=True)
class NewClaim:
    """What the index holds of a claim just stored, as the code that stored it knows it."""

    claim_id: int
    statement: str
    #: The citations' `exact`, in citation id order.
    quotes: list[str]
    tags: list[str]
    #: The titles of the cited snapshots' sources (None when unknown; repeats allowed).
    titles: list[str | None]
    #: `Claim.quantities`.
    values: list[dict[str, Any]]


def _plain_value(v: Any) -> bool:
    number = v.get("value") if isinstance(v, dict) else None
    return isinstance(v, dict) and (
        number is None
        or (isinstance(number, int | float) and not isinstance(number, bool))
        and math.isfinite(number)
    )


def index_new_claims(session: Session, claims: Sequence[NewClaim]) -> None:
    """Index claims inserted in this transaction (bulk imports), from what the caller
    stored: the rows `index_claims` would build, without reading the claims back.

    SQLite only; elsewhere (PostgreSQL orders tags and titles by its collation) and for
    unusual values this is `index_claims`.
    """
    if not claims:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite" or not all(_plain_value(v) for c in claims for v in c.values):
        index_claims(session, [c.claim_id for c in claims])
        return
    ids = sorted({c.claim_id for c in claims})
    for table, key in (
        ("claim_fts", "rowid"),
        ("search_value", "claim_id"),
        ("claim_cjk", "rowid"),
    ):
        last = conn.exec_driver_sql(f"SELECT max({key}) FROM {table}").scalar()
        if last is None or last < ids[0]:
            continue  # nothing indexed under these ids yet (the usual case: new ids)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE {key} IN ({marks})", tuple(chunk))
    # As _SQLITE_FILL and _SQLITE_VALUES build them, claim by claim in id order; SQLite's
    # ORDER BY on text compares UTF-8 bytes, which sorts as Python sorts code points.
    ordered = sorted(claims, key=lambda c: c.claim_id)
    docs = [
        (
            c.claim_id,
            c.statement,
            "\n".join(c.quotes),
            " ".join(sorted(set(c.tags))),
            "\n".join(sorted({t for t in c.titles if t is not None})),
        )
        for c in ordered
    ]
    conn.exec_driver_sql(
        "INSERT INTO claim_fts(rowid, statement, quotes, tags, titles) VALUES (?, ?, ?, ?, ?)",
        docs,
    )
    search_cjk.insert(conn, docs)
    values = [
        (c.claim_id, v.get("kind"), v.get("unit"), v.get("value"), v.get("date"))
        for c in ordered
        for v in c.values
    ]
    if values:
        conn.exec_driver_sql(
            "INSERT INTO search_value(claim_id, kind, unit, value, date) VALUES (?, ?, ?, ?, ?)",
            values,
        )


def index_source(session: Session, source_id: int) -> None:
    """Rewrite the index rows of the claims citing this source (its title changed)."""
    session.flush()
    ids = session.execute(
        text(
            "SELECT DISTINCT ci.claim_id FROM citation ci JOIN snapshot sn "
            "ON sn.id = ci.snapshot_id WHERE sn.source_id = :source_id"
        ),
        {"source_id": source_id},
    ).scalars()
    index_claims(session, list(ids))


# --- queries --------------------------------------------------------------------------------


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


# --- filters ---------------------------------------------------------------------------------

_UNIT_ALIASES = {
    "percent": "percent",
    "%": "percent",
    "pct": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "percentage point": "percentage point",
    "percentage points": "percentage point",
    "pp": "percentage point",
    "year": "year",
    "years": "year",
    "number": "number",
}
#: Units that stand for a kind of value rather than a stored unit.
_KIND_UNITS = {"year", "number"}


def resolve_unit(unit: str) -> str:
    """The stored unit for a unit as a user writes it.

    >>> resolve_unit("%"), resolve_unit("usd"), resolve_unit("$"), resolve_unit("euros")
    ('percent', 'USD', 'USD', 'EUR')
    """
    name = " ".join(unit.strip().split())
    low = name.lower()
    if low in _UNIT_ALIASES:
        return _UNIT_ALIASES[low]
    if name.upper() in _CURRENCY_CODES or name.upper() in _CURRENCY_WORDS.values():
        return name.upper()
    if name in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[name]
    word = low[:-1] if low.endswith("s") and low[:-1] in _CURRENCY_WORDS else low
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word]
    raise BadFilter(
        f"unknown unit {unit!r}: use percent, percentage point, year, number, "
        "or a currency (USD, EUR, GBP, IRR, ...)"
    )


def parse_date(value: str, *, end: bool, name: str) -> str:
    """A bound for publication dates as YYYY-MM-DD from YYYY, YYYY-MM or YYYY-MM-DD.

    >>> parse_date("2019-08", end=True, name="published-until")
    '2019-08-31'
    """
    raw = value.strip()
    try:
        if re.fullmatch(r"\d{4}", raw):
            day = date(int(raw), 12, 31) if end else date(int(raw), 1, 1)
        elif re.fullmatch(r"\d{4}-\d{2}", raw):
            year, month = int(raw[:4]), int(raw[5:])
            day = date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        else:
            day = date.fromisoformat(raw)
    except ValueError:
        raise BadFilter(
            f"{name} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
        ) from None
    return day.isoformat()


@dataclass(frozen=True)
class Filters:
    """Structured filters; every one given must hold."""

    tags: tuple[str, ...] = ()
    source: str | None = None
    status: str | None = None
    check: str | None = None
    published_since: str | None = None
    published_until: str | None = None
    value_min: float | None = None
    value_max: float | None = None
    unit: str | None = None

    def any(self) -> bool:
        return any(
            v not in (None, ())
            for v in (
                self.tags,
                self.source,
                self.status,
                self.check,
                self.published_since,
                self.published_until,
                self.value_min,
                self.value_max,
                self.unit,
            )
        )


def _member(claim_id: str, correlated: bool, source: str, column: str, where: str) -> str:
    """`claim_id` is among the claims that `source` (a FROM clause, with the claim id in
    `column`) holds rows for under `where`.

    Correlated, as EXISTS, for search queries: checked per match, it never drives the
    plan (a subquery listed with IN can be pushed into the FTS5 table as rowid = ?, one
    full-text lookup per listed claim). As IN for filters alone, where the filter's rows
    are the few claims to read.
    """
    if correlated:
        return f"EXISTS (SELECT 1 FROM {source} WHERE {column} = {claim_id} AND {where})"
    return f"{claim_id} IN (SELECT {column} FROM {source} WHERE {where})"


def _conditions(
    session: Session, f: Filters, claim_id: str = "c.id", *, correlated: bool = False
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on the claim whose id is `claim_id` for the filters, with their
    parameters (see `_member` for `correlated`)."""
    conds: list[str] = []
    params: dict[str, Any] = {}

    def member(source: str, column: str, where: str) -> None:
        conds.append(_member(claim_id, correlated, source, column, where))

    if f.status is not None:
        if f.status not in STATUSES:
            raise BadFilter(f"unknown status {f.status!r}: use active or retracted")
        member("claim cs", "cs.id", "cs.status = :status")
        params["status"] = f.status
    for i, tag in enumerate(f.tags):
        member("claim_tag t", "t.claim_id", f"t.tag = :tag{i}")
        params[f"tag{i}"] = tag
    if f.source is not None:
        from .archive import find_source  # archive is heavy; only needed for this filter

        try:
            source = find_source(session, f.source)
        except UnknownSource:
            raise BadFilter(f"no source {f.source} (give a source URL or id)") from None
        member(_CITED, "ci.claim_id", "sn.source_id = :source_id")
        params["source_id"] = source.id
    if f.published_since is not None or f.published_until is not None:
        where = ["s.published IS NOT NULL"]
        if f.published_since is not None:
            where.append("substr(s.published, 1, 10) >= :since")
            params["since"] = parse_date(f.published_since, end=False, name="published-since")
        if f.published_until is not None:
            where.append("substr(s.published, 1, 10) <= :until")
            params["until"] = parse_date(f.published_until, end=True, name="published-until")
        if "since" in params and "until" in params and params["since"] > params["until"]:
            raise BadFilter("published-since is after published-until")
        member(_CITED + " JOIN source s ON s.id = sn.source_id", "ci.claim_id", " AND ".join(where))
    if f.unit is not None or f.value_min is not None or f.value_max is not None:
        where = ["v.value IS NOT NULL"]
        if f.unit is not None:
            unit = resolve_unit(f.unit)
            if unit in _KIND_UNITS:
                where.append("v.kind = :unit")
            else:
                where.append("v.unit = :unit")
            params["unit"] = unit
        if f.value_min is not None:
            where.append("v.value >= :vmin")
            params["vmin"] = float(f.value_min)
        if f.value_max is not None:
            where.append("v.value <= :vmax")
            params["vmax"] = float(f.value_max)
        if f.value_min is not None and f.value_max is not None and f.value_min > f.value_max:
            raise BadFilter(f"value-min {f.value_min:g} is above value-max {f.value_max:g}")
        member("search_value v", "v.claim_id", " AND ".join(where))
    if f.check is not None:
        conds.append(check_condition(f.check, claim_id))
    return conds, params


_CITED = "citation ci JOIN snapshot sn ON sn.id = ci.snapshot_id"


def _latest(claim_id: str) -> str:
    """SQL: the current results (`factdb.results`) of the claim whose id is `claim_id`."""
    current = current_condition("r")
    return f"SELECT 1 FROM check_result r WHERE r.claim_id = {claim_id} AND {current}"


def check_condition(check: str, claim_id: str = "c.id") -> str:
    """SQL: the claim whose id is `claim_id` has this overall check status (the worst of
    its latest results: fail > warn > unverified > pass), or was never checked."""
    if check == "unchecked":
        return f"NOT EXISTS ({_latest(claim_id)})"
    if check not in CHECK_STATUSES:
        raise BadFilter(
            f"unknown check status {check!r}: use {', '.join(CHECK_FILTERS[:-1])} or unchecked"
        )
    latest = _latest(claim_id)
    # This status among the latest results (pass: any result at all), none worse.
    worse = CHECK_STATUSES[CHECK_STATUSES.index(check) + 1 :]
    if check == "pass":
        cond = f"EXISTS ({latest})"
    else:
        cond = f"EXISTS ({latest} AND r.status = '{check}')"
    if worse:
        cond += f" AND NOT EXISTS ({latest} AND r.status IN ({', '.join(map(repr, worse))}))"
    return cond


def check_status(session: Session, claim_ids: Sequence[int]) -> dict[int, str]:
    """Each claim's overall latest check status: fail, warn, unverified, pass (the worst
    of its latest results), or unchecked."""
    out = {i: "unchecked" for i in claim_ids}
    ids = list(claim_ids)
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(
            text(
                "SELECT r.claim_id, r.status FROM check_result r WHERE r.claim_id IN :ids "
                f"AND {current_condition('r')}"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids[i : i + _CHUNK]},
        )
        for claim_id, status in rows:
            now = out[claim_id]
            out[claim_id] = status if now == "unchecked" else worst((now, status))
    return out


# --- searching ------------------------------------------------------------------------------


@dataclass
class Hit:
    """One claim found: what it says, how well it matched, and a snippet.

    The snippet is of the quotes, or of the statement when the query's words are in the
    statement but not in the quotes (`snippet_of` says which); `highlights` are (start,
    end) offsets into `snippet` of the words that matched.
    """

    id: str
    statement: str
    status: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    check: str = "unchecked"
    quantities: list[Any] = field(default_factory=list)
    snippet_of: str = "quote"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "statement": self.statement,
            "status": self.status,
            "check": self.check,
            "score": round(self.score, 6),
            "snippet": self.snippet,
            "snippet_of": self.snippet_of,
            "highlights": [list(h) for h in self.highlights],
            "tags": self.tags,
            "sources": self.sources,
            "quantities": self.quantities,
        }


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and highlight ranges from text with the database's marks;
    quotes joined by line breaks read as one line with " … " between them.

    >>> split_snippet("beyond \\x023\\x03.\\x0267\\x03 percent\\nIn 2009")
    ('beyond 3.67 percent … In 2009', [(7, 8), (9, 11)])
    """
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, None
    for piece in _MARKS.split(marked):
        if piece == _START:
            start = length
        elif piece == _STOP:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        elif piece:
            piece = piece.replace("\n", " … ")
            out.append(piece)
            length += len(piece)
    return "".join(out), spans


#: The ranking FTS5's `rank` gives (set by migration 0004), written out: ordering by it
#: with LIMIT keeps only the best rows while scoring, where `ORDER BY rank` sorts every
#: match, and it is computed only for the matches that pass the filters.
_BM25 = "bm25(claim_fts, 10.0, 4.0, 2.0, 1.0)"
_SQLITE_SNIPPETS = (
    f"snippet(claim_fts, 1, char(2), char(3), '…', {_SNIPPET_WORDS}), "
    f"snippet(claim_fts, 0, char(2), char(3), '…', {_SNIPPET_WORDS})"
)
_PG_HEADLINE_OPTIONS = (
    f"StartSel={_START}, StopSel={_STOP}, MaxWords={_SNIPPET_WORDS + 8}, "
    f'MinWords={_SNIPPET_WORDS // 2}, MaxFragments=2, FragmentDelimiter=" … "'
)
_PG_SNIPPETS = (
    f"ts_headline('{PG_CONFIG}', s.quotes, to_tsquery('{PG_CONFIG}', :q), :options), "
    f"ts_headline('{PG_CONFIG}', c.statement, to_tsquery('{PG_CONFIG}', :q), :options)"
)
# Everything shown of a hit, by correlated subqueries on `c`, so the page of hits is one
# query: tags, sources (URLs in citation order, repeats dropped in Python) and the worst
# latest check result (4 fail, 3 warn, 2 unverified, 1 pass, NULL unchecked).
_DETAILS = {
    "sqlite": """
  (SELECT json_group_array(tag) FROM
     (SELECT tag FROM claim_tag WHERE claim_id = c.id ORDER BY tag)),
  (SELECT json_group_array(url) FROM
     (SELECT s.url FROM citation ci CROSS JOIN snapshot sn CROSS JOIN source s
      WHERE ci.claim_id = c.id AND sn.id = ci.snapshot_id AND s.id = sn.source_id
      ORDER BY ci.id)),""",
    "postgresql": """
  (SELECT json_agg(tag ORDER BY tag) FROM claim_tag WHERE claim_id = c.id),
  (SELECT json_agg(s.url ORDER BY ci.id) FROM citation ci
     JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
     WHERE ci.claim_id = c.id),""",
}
_WORST_CHECK = f"""
  (SELECT max(CASE r.status WHEN 'fail' THEN 4 WHEN 'warn' THEN 3 WHEN 'unverified' THEN 2
               ELSE 1 END)
   FROM check_result r WHERE r.claim_id = c.id AND {current_condition("r")})"""
_CHECK_NAMES: dict[int | None, str] = {None: "unchecked", **dict(enumerate(CHECK_STATUSES, 1))}


def search(
    session: Session,
    query: str | None = None,
    *,
    like: str | None = None,
    filters: Filters = Filters(),
    limit: int = 20,
) -> list[Hit]:
    """The claims best matching `query` (or most like the statement `like`), filtered.

    With neither, the filtered claims, most recently changed first. Raises
    QuerySyntaxError for a malformed query and BadFilter for an unusable filter.
    """
    if query is not None and like is not None:
        raise QuerySyntaxError("give a query or --like, not both")
    parsed: Query | None = None
    if like is not None:
        parsed = like_query(like)
    elif query is not None and query.strip():
        parsed = parse_query(query)
    if parsed is None and not filters.any():
        raise QuerySyntaxError("give a query, --like STATEMENT, or at least one filter")
    if limit < 1:
        raise BadFilter("limit must be at least 1")
    if parsed is not None and search_cjk.involves(parsed):
        # Words in Chinese, Japanese or Korean: matched as substrings (see search_cjk).
        return search_cjk.search(session, parsed, filters, limit)
    dialect = session.connection().dialect.name
    postgres = dialect == "postgresql"
    # The best `limit` claims as `top(id, score)`, then one query for what is shown of
    # them: the snippets are computed for these rows only.
    if parsed is None:
        conds, params = _conditions(session, filters)
        where = "".join(f" AND {c}" for c in conds)
        top = (
            f"SELECT c.id, 0.0 AS score FROM claim c WHERE 1 = 1{where} "
            "ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit"
        )
        # Then the first quote, cut to length in Python.
        snippets = "(SELECT exact FROM citation WHERE claim_id = c.id ORDER BY id LIMIT 1), ''"
        joins, order = "", "c.updated_at DESC, c.id DESC"
    elif postgres:
        conds, params = _conditions(session, filters, correlated=True)
        where = "".join(f" AND {c}" for c in conds)
        params["q"] = parsed.tsquery()
        params["options"] = _PG_HEADLINE_OPTIONS
        score = "ts_rank(s.document, q.query)"
        if like is not None:
            score = _pg_like_score(session, parsed, params)
        top = (
            f"SELECT c.id, {score} AS score "
            f"FROM claim_search s JOIN claim c ON c.id = s.claim_id, "
            f"to_tsquery('{PG_CONFIG}', :q) AS q(query) "
            f"WHERE s.document @@ q.query{where} "
            "ORDER BY score DESC, c.id LIMIT :limit"
        )
        snippets = _PG_SNIPPETS
        joins, order = " JOIN claim_search s ON s.claim_id = top.id", "top.score DESC, top.id"
    else:
        conds, params = _conditions(session, filters, "claim_fts.rowid", correlated=True)
        where = "".join(f" AND {c}" for c in conds)
        params["q"] = parsed.fts5()
        top = (
            f"SELECT rowid AS id, -{_BM25} AS score FROM claim_fts "
            f"WHERE claim_fts MATCH :q{where} ORDER BY score DESC, rowid LIMIT :limit"
        )
        snippets = _SQLITE_SNIPPETS
        # CROSS JOIN keeps SQLite's order: the few top rows first, then one full-text
        # lookup by rowid each for the snippets (not a second scan of every match).
        joins = " CROSS JOIN claim_fts"
        conds_outer = " AND claim_fts.rowid = top.id AND claim_fts MATCH :q"
        order = "top.score DESC, top.id"
    params["limit"] = limit
    statement = (
        f"WITH top AS ({top}) "
        f"SELECT top.id, top.score, c.slug, c.statement, c.status, c.quantities, {snippets}, "
        f"{_DETAILS[dialect]}{_WORST_CHECK} "
        f"FROM top CROSS JOIN claim c{joins} WHERE c.id = top.id"
        + (conds_outer if parsed is not None and not postgres else "")
        + f" ORDER BY {order}"
    )
    rows = session.execute(text(statement), params).all()
    return [_hit(row, cut=parsed is None) for row in rows]


def _pg_like_score(session: Session, parsed: Query, params: dict[str, Any]) -> str:
    """A score for --like on PostgreSQL, whose ts_rank ignores how rare a word is: the sum
    of the shared words' inverse document frequencies (as in BM25), then ts_rank."""
    total = session.execute(text("SELECT count(*) FROM claim_search")).scalar_one()
    parts = []
    for i, phrase in enumerate(parsed.groups[0]):
        one = Query(((phrase,),)).tsquery()
        df = session.execute(
            text(
                f"SELECT count(*) FROM claim_search WHERE document @@ to_tsquery('{PG_CONFIG}', :t)"
            ),
            {"t": one},
        ).scalar_one()
        params[f"t{i}"] = one
        params[f"w{i}"] = math.log((total - df + 0.5) / (df + 0.5) + 1)
        parts.append(
            f"CASE WHEN s.document @@ to_tsquery('{PG_CONFIG}', :t{i}) THEN :w{i} ELSE 0 END"
        )
    return "(" + " + ".join(parts) + ") + ts_rank(s.document, q.query, 2)"


def _cut(quote: str, words: int = _SNIPPET_WORDS) -> str:
    parts = quote.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _json_list(value: Any) -> list[Any]:
    """A JSON array column: text through SQLite's `text()`, decoded on PostgreSQL."""
    if isinstance(value, str):
        value = json.loads(value)
    return list(value or [])


def _hit(row: Any, *, cut: bool) -> Hit:
    """A Hit from a row of `search`'s query (without a query, `cut` the first quote)."""
    claim_id, score, slug, statement, status, quantities, quote, said, tags, urls, worst = row
    snippet_of = "quote"
    if cut:
        snippet, highlights = _cut(quote or ""), []
    else:
        snippet, highlights = split_snippet(quote or "")
        if not highlights and said and _START in said:
            snippet, highlights = split_snippet(said)
            snippet_of = "statement"
    return Hit(
        id=slug,
        statement=statement,
        status=status,
        score=float(score or 0.0),
        snippet=snippet,
        highlights=highlights,
        tags=_json_list(tags),
        sources=list(dict.fromkeys(_json_list(urls))),
        check=_CHECK_NAMES[worst],
        quantities=_json_list(quantities),
        snippet_of=snippet_of,
    )
