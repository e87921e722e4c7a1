"""Running a search: the best claims for a query (or most like a statement), filtered,
ranked by BM25 on SQLite and ts_rank on PostgreSQL, with what is shown of each.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..errors import BadFilter, QuerySyntaxError
from . import cjk
from .filters import Filters, conditions
from .hits import DETAILS, SNIPPET_WORDS, START, STOP, WORST_CHECK, Hit, hit_from_row
from .query import PG_CONFIG, Query, like_query, parse_query

#: The ranking FTS5's `rank` gives (set by migration 0004), written out: ordering by it
#: with LIMIT keeps only the best rows while scoring, where `ORDER BY rank` sorts every
#: match, and it is computed only for the matches that pass the filters.
_BM25 = "bm25(claim_fts, 10.0, 4.0, 2.0, 1.0)"
_SQLITE_SNIPPETS = (
    f"snippet(claim_fts, 1, char(2), char(3), '…', {SNIPPET_WORDS}), "
    f"snippet(claim_fts, 0, char(2), char(3), '…', {SNIPPET_WORDS})"
)
_PG_HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords={SNIPPET_WORDS + 8}, "
    f'MinWords={SNIPPET_WORDS // 2}, MaxFragments=2, FragmentDelimiter=" … "'
)
_PG_SNIPPETS = (
    f"ts_headline('{PG_CONFIG}', s.quotes, to_tsquery('{PG_CONFIG}', :q), :options), "
    f"ts_headline('{PG_CONFIG}', c.statement, to_tsquery('{PG_CONFIG}', :q), :options)"
)


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
    if parsed is not None and cjk.involves(parsed):
        # Words in Chinese, Japanese or Korean: matched as substrings (see search_cjk).
        return cjk.search(session, parsed, filters, limit)
    dialect = session.connection().dialect.name
    postgres = dialect == "postgresql"
    # The best `limit` claims as `top(id, score)`, then one query for what is shown of
    # them: the snippets are computed for these rows only.
    if parsed is None:
        conds, params = conditions(session, filters)
        where = "".join(f" AND {c}" for c in conds)
        top = (
            f"SELECT c.id, 0.0 AS score FROM claim c WHERE 1 = 1{where} "
            "ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit"
        )
        # Then the first quote, cut to length in Python.
        snippets = "(SELECT exact FROM citation WHERE claim_id = c.id ORDER BY id LIMIT 1), ''"
        joins, order = "", "c.updated_at DESC, c.id DESC"
    elif postgres:
        conds, params = conditions(session, filters, correlated=True)
        where = "".join(f" AND {c}" for c in conds)
        params["q"] = parsed.tsquery()
        params["options"] = _PG_HEADLINE_OPTIONS
        if like is not None:
            top = _pg_like_top(parsed, where, params)
        else:
            top = (
                "SELECT c.id, ts_rank(s.document, q.query) AS score "
                f"FROM claim_search s JOIN claim c ON c.id = s.claim_id, "
                f"to_tsquery('{PG_CONFIG}', :q) AS q(query) "
                f"WHERE s.document @@ q.query{where} "
                "ORDER BY score DESC, c.id LIMIT :limit"
            )
        snippets = _PG_SNIPPETS
        joins, order = " JOIN claim_search s ON s.claim_id = top.id", "top.score DESC, top.id"
    else:
        conds, params = conditions(session, filters, "claim_fts.rowid", correlated=True)
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
        f"{DETAILS[dialect]}{WORST_CHECK} "
        f"FROM top CROSS JOIN claim c{joins} WHERE c.id = top.id"
        + (conds_outer if parsed is not None and not postgres else "")
        + f" ORDER BY {order}"
    )
    rows = session.execute(text(statement), params).all()
    return [hit_from_row(row, cut=parsed is None) for row in rows]


def _pg_like_top(parsed: Query, where: str, params: dict[str, Any]) -> str:
    """The best claims for --like on PostgreSQL, whose ts_rank ignores how rare a word is:
    scored by the sum of the shared words' inverse document frequencies (as in BM25), then
    ts_rank (`w`, `f` and the score below).

    Each word's claims come from the GIN index alone (`m`: one index lookup per word, which
    also counts them), so no row is tested against every word. ts_rank, which reads the
    document, is computed only where it can change the result: for OR queries it is at
    most 1 (each word's term is at most its weight, 1, and the sum is divided by the number
    of words), so a claim whose IDF sum is more than 1 below the `limit`-th best cannot
    reach the top (`th`). The result is the same as scoring every matching claim.

    The number of documents in the IDF is exact up to 10,000 claims; above, counting them
    (a scan of the table) cost more than the rest of the query, and the planner's estimate
    (`pg_class.reltuples`, kept by ANALYZE and autovacuum) stands in for it.
    """
    branches = []
    for i, phrase in enumerate(parsed.groups[0]):
        params[f"t{i}"] = Query(((phrase,),)).tsquery()
        branches.append(
            f"SELECT {i} AS t, claim_id FROM claim_search "
            f"WHERE document @@ to_tsquery('{PG_CONFIG}', :t{i})"
        )
    return (
        "WITH m AS MATERIALIZED (" + " UNION ALL ".join(branches) + "), "
        "n AS (SELECT CASE WHEN p.reltuples >= 10000 THEN p.reltuples::float8 "
        "ELSE (SELECT count(*) FROM claim_search)::float8 END AS total "
        "FROM pg_class p WHERE p.oid = 'claim_search'::regclass), "
        "w AS (SELECT m.t, ln((n.total - count(*) + 0.5) / (count(*) + 0.5) + 1) AS w "
        "FROM m CROSS JOIN n GROUP BY m.t, n.total), "
        "summed AS (SELECT m.claim_id AS id, sum(w.w ORDER BY w.t) AS sw "
        "FROM m JOIN w ON w.t = m.t GROUP BY m.claim_id), "
        # Filters (on `c`) only when there are some: joining every match to its claim
        # costs a scan of the claims.
        + (
            "f AS MATERIALIZED (SELECT summed.id, summed.sw FROM summed "
            f"JOIN claim c ON c.id = summed.id "
            f"WHERE 1 = 1{where}), "
            if where
            else "f AS MATERIALIZED (SELECT id, sw FROM summed), "
        )
        + "th AS (SELECT coalesce(min(sw), 0) - 1 AS v FROM "
        "(SELECT sw FROM f ORDER BY sw DESC LIMIT :limit) k) "
        "SELECT f.id, f.sw + ts_rank(s.document, q.query, 2) AS score "
        "FROM f JOIN claim_search s ON s.claim_id = f.id CROSS JOIN th, "
        f"to_tsquery('{PG_CONFIG}', :q) AS q(query) "
        "WHERE f.sw >= th.v ORDER BY score DESC, f.id LIMIT :limit"
    )
