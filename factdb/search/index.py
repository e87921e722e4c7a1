"""Keeping the search index current: the rows of `claim_fts` (SQLite) or `claim_search`
(PostgreSQL), `search_value` and `claim_cjk` of the claims that change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from . import cjk

#: Tables of the search index, which are not in the models (see `include_name`).
INDEX_TABLES = ("claim_fts", "claim_search", "search_value", "claim_cjk", "search_term")
_CHUNK = 500


def include_name(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic's `include_name` hook: leave the search index out of autogenerate.

    >>> include_name("claim_fts_data", "table"), include_name("claim", "table")
    (False, True)
    """
    if type_ == "table" and name is not None:
        return not (name in INDEX_TABLES or name.startswith(("claim_fts_", "claim_cjk_")))
    return True


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
# How many claims hold each lexeme (migration 0018), less the documents about to be
# replaced (`-`) or plus the new ones (`+`); in lexeme order, as every writer takes the
# event log's lock first (`index_claims`), so two writers never wait on each other here.
_PG_TERMS = """
INSERT INTO search_term (lexeme, claims)
SELECT u.lexeme, {sign}count(*) FROM claim_search, unnest(document) AS u
WHERE claim_id IN :ids GROUP BY u.lexeme ORDER BY u.lexeme
ON CONFLICT (lexeme) DO UPDATE SET claims = search_term.claims + excluded.claims
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
    if postgres:
        # The lock that serializes appends to the event log (held to the end of the
        # transaction, and taken again at no cost): the counts in `search_term` are shared
        # by every writer, and without it two writers locking them in different orders
        # (one indexing before its event, one after) could deadlock.
        from ..store.events import PG_LOCK_KEY

        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
    statements = (
        (
            _PG_TERMS.format(sign="-"),
            _PG_DELETE,
            "DELETE FROM search_value WHERE claim_id IN :ids",
            _PG_FILL,
            _PG_TERMS.format(sign=""),
            _PG_VALUES,
        )
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
        cjk.reindex(conn, chunk)


class NewClaim(NamedTuple):
    """What the index holds of a claim just stored, as the code that stored it knows it."""

    claim_id: int
    statement: str
    #: The citations' `exact`, in citation id order.
    quotes: list[str]
    #: Distinct and sorted, as `factdb.claims_file.clean_tags` gives them.
    tags: list[str]
    #: The titles of the cited snapshots' sources (None when unknown; repeats allowed).
    titles: list[str | None]
    #: `Claim.quantities`.
    values: list[dict[str, Any]]


_CLAIM_ID = itemgetter(0)


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
    if conn.dialect.name != "sqlite" or not plain_values(claims):
        index_claims(session, [c.claim_id for c in claims])
        return
    clear_new_ids(conn, sorted({c.claim_id for c in claims}))
    docs, cjk_rows, values = new_claim_rows(claims)
    with _large_term_buffer(conn, len(docs)):
        conn.exec_driver_sql(INSERT_FTS, docs)
    if cjk_rows:
        conn.exec_driver_sql(cjk.INSERT_SQLITE, cjk_rows)
    if values:
        conn.exec_driver_sql(INSERT_VALUES, values)


INSERT_FTS = "INSERT INTO claim_fts(rowid, statement, quotes, tags, titles) VALUES (?, ?, ?, ?, ?)"
INSERT_VALUES = "INSERT INTO search_value(claim_id, kind, unit, value, date) VALUES (?, ?, ?, ?, ?)"


def clear_new_ids(conn: Connection, ids: Sequence[int]) -> None:
    """Remove any index rows (SQLite) under these ids (sorted), which are about to be
    written: `index_new_claims`' first step."""
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


def plain_values(claims: Sequence[NewClaim]) -> bool:
    """Whether `index_new_claims` writes these claims' rows itself on SQLite (else it
    calls `index_claims`)."""
    return all(_plain_value(v) for c in claims for v in c.values)


def new_claim_rows(
    claims: Sequence[NewClaim],
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows `index_new_claims` writes on SQLite (claims with `plain_values`): the
    word index's (INSERT_FTS), the CJK index's (`cjk.INSERT_SQLITE`) and the structured
    values' (INSERT_VALUES). Needs no connection."""
    # As _SQLITE_FILL and _SQLITE_VALUES build them, claim by claim in id order; SQLite's
    # ORDER BY on text compares UTF-8 bytes, which sorts as Python sorts code points.
    # (A claim with one citation, most of them, has its one quote and title as they are.)
    ordered = sorted(claims, key=_CLAIM_ID)
    docs = [
        (
            claim_id,
            statement,
            quotes[0] if len(quotes) == 1 else "\n".join(quotes),
            " ".join(tags),
            (titles[0] or "")
            if len(titles) == 1
            else "\n".join(sorted({t for t in titles if t is not None})),
        )
        for claim_id, statement, quotes, tags, titles, _values in ordered
    ]
    values = [
        (claim_id, v.get("kind"), v.get("unit"), v.get("value"), v.get("date"))
        for claim_id, _statement, _quotes, _tags, _titles, claim_values in ordered
        for v in claim_values
    ]
    return docs, cjk.sqlite_rows(docs), values


#: FTS5 keeps a transaction's new index terms in memory up to its `hashsize` (1 MiB unless
#: configured) and writes them out as a segment each time the buffer fills; segments are
#: then merged again and again. A bulk import's rows, written with a larger buffer, make
#: a few large segments: the word index costs about a third less to fill (`bench_checks.py
#: --floor`), and holds the same terms, so every search finds and ranks the same claims.
BULK_TERM_BUFFER = 64 << 20
#: Below this many documents the default buffer holds them all: nothing to gain.
_BULK_TERM_DOCS = 2000
_FTS5_DEFAULT_HASHSIZE = 1 << 20
_SET_HASHSIZE = "INSERT INTO claim_fts(claim_fts, rank) VALUES ('hashsize', ?)"


@contextmanager
def _large_term_buffer(conn: Connection, docs: int) -> Iterator[None]:
    """Write `claim_fts` rows with FTS5's term buffer at `BULK_TERM_BUFFER` (SQLite),
    in the caller's transaction, and set it back after: the stored configuration ends
    as it was (no `hashsize` row unless one was there), and if the transaction rolls
    back, so does the change."""
    if docs < _BULK_TERM_DOCS:
        yield
        return
    stored = conn.exec_driver_sql("SELECT v FROM claim_fts_config WHERE k = 'hashsize'").scalar()
    conn.exec_driver_sql(_SET_HASHSIZE, (BULK_TERM_BUFFER,))
    yield
    conn.exec_driver_sql(_SET_HASHSIZE, (_FTS5_DEFAULT_HASHSIZE if stored is None else stored,))
    if stored is None:
        # FTS5 has no command to unset a value: the row goes, and this connection's
        # configuration is already the default it stands for.
        conn.exec_driver_sql("DELETE FROM claim_fts_config WHERE k = 'hashsize'")


#: `_large_term_buffer` for a caller that writes `new_claim_rows` itself.
large_term_buffer = _large_term_buffer


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
