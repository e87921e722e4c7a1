"""Running a search: the best claims for a query (or most like a statement), filtered,
ranked by BM25 on SQLite and ts_rank on PostgreSQL, with what is shown of each.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from ..errors import BadFilter, QuerySyntaxError
from ..store import tables
from . import cjk
from .filters import Filters, conditions
from .hits import DETAILS, SNIPPET_WORDS, START, STOP, WORST_CHECK, Hit, hit_from_row
from .query import PG_CONFIG, Query, like_query, parse_query

if TYPE_CHECKING:
    from ..store.tables import Reader

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
# The statement's snippet is shown only when the quotes' has no highlight (`hit_from_row`):
# made only then (ts_headline costs ~0.15 ms a text with a statement's words for --like).
# OFFSET 0 keeps the quotes' snippet a subquery made once a row: the planner otherwise pulls
# it up into its two uses (EXPLAIN VERBOSE), and ts_headline ran twice for each hit.
_PG_QUOTES_SNIPPET = (
    " CROSS JOIN LATERAL (SELECT ts_headline("
    f"'{PG_CONFIG}', s.quotes, to_tsquery('{PG_CONFIG}', :q), :options) AS marked OFFSET 0) hq"
)
_PG_SNIPPETS = (
    f"hq.marked, CASE WHEN strpos(hq.marked, chr({ord(START)})) > 0 THEN NULL ELSE "
    f"ts_headline('{PG_CONFIG}', c.statement, to_tsquery('{PG_CONFIG}', :q), :options) END"
)


def search(
    session: Reader,
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
    dialect = tables.dialect_name(session)
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
        conds, params = conditions(session, filters, "claim_search.claim_id", correlated=True)
        where = "".join(f" AND {c}" for c in conds)
        params["q"] = parsed.tsquery()
        params["options"] = _PG_HEADLINE_OPTIONS
        if like is not None:
            top = _pg_like_top(session, parsed, where, params, limit)
        else:
            pairs = None if where else _pairs(parsed)
            top = _pg_top(where, limit, pairs=pairs is not None)
            if not where:
                params["plain"] = _PLAIN_WORDS
            if pairs is not None:
                params["pairs"] = pairs
                params["lexeme"] = _LEXEME
        snippets = _PG_SNIPPETS
        joins = " JOIN claim_search s ON s.claim_id = top.id" + _PG_QUOTES_SNIPPET
        order = "top.score DESC, top.id"
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
    # As text on PostgreSQL too: most claims have none ('[]', no json.loads in hit_from_row).
    quantities = "c.quantities::text" if postgres else "c.quantities"
    if postgres and filters.any() and like is None:
        # The top claims first, planned for the filters' values (the generic plan of a
        # word and a value filter read every matching value: 13 ms instead of 3), then
        # what is shown of them by a statement that is the same for every search.
        found = pg_rows(session, top, params, prepare=False)
        if not found:
            return []
        params = {k: params[k] for k in ("q", "options") if k in params}
        params["ids"] = [row[0] for row in found]
        params["scores"] = [float(row[1]) for row in found]
        top = "SELECT * FROM unnest(CAST(:ids AS int[]), CAST(:scores AS float8[])) AS t(id, score)"
    statement = (
        f"WITH top AS ({top}) "
        f"SELECT top.id, top.score, c.slug, c.statement, c.status, {quantities}, {snippets}, "
        f"{DETAILS[dialect]}{WORST_CHECK} "
        f"FROM top CROSS JOIN claim c{joins} WHERE c.id = top.id"
        + (conds_outer if parsed is not None and not postgres else "")
        + f" ORDER BY {order}"
    )
    rows: Sequence[Any]
    if postgres:
        # The same statement for every search (the filters are in the top claims, found
        # above or by --like): psycopg prepares it from its fifth run on a connection
        # (preparing costs a round trip, lost on a command's one search), and PostgreSQL
        # then keeps its generic plan instead of planning each search (1-1.5 ms).
        rows = pg_rows(session, statement, params, prepare=None)
    else:
        rows = session.execute(text(statement), params).all()
    return [hit_from_row(row, cut=parsed is None) for row in rows]


#: A tsquery of plain words joined by OR as PostgreSQL prints it: no phrase, prefix,
#: weight, AND or NOT (query terms are letters and digits: no quote inside a word).
_PLAIN_WORDS = r"^'[^']+'( \| '[^']+')*$"
#: A lexeme in such a tsquery.
_LEXEME = "'([^']+)'"
#: Above what no claim whose statement lacks every word of a plain query can score.
_BELOW_STATEMENT = 0.4001


#: Words of an OR query beyond which `_pg_top` does not pair them (45 pairs).
_MOST_PAIRED = 10


def _pairs(parsed: Query) -> str | None:
    """For a query of two or more words joined by OR, the claims holding two of them: the
    tsquery of each pair of its words ANDed, ORed; else None (see `_pg_top`)."""
    if parsed.excluded or len(parsed.groups) != 1:
        return None
    (group,) = parsed.groups
    if any(p.prefix or len(p.terms) != 1 for p in group):
        return None
    words = list(dict.fromkeys(p.terms[0] for p in group))
    if not 2 <= len(words) <= _MOST_PAIRED:
        return None
    return " | ".join(f"('{a}' & '{b}')" for a, b in itertools.combinations(words, 2))


def _pg_top(where: str, limit: int, *, pairs: bool = False) -> str:
    """The best `limit` claims for the query `:q` on PostgreSQL, as (id, score): ts_rank
    over the matches passing the filters `where` (on `claim_search.claim_id`), best
    first, then by id; without reading every match of a common word when that cannot
    change the answer.

    For plain words (`_PLAIN_WORDS`: one word, or words joined by OR) ts_rank scores each
    word of the query the claim holds by its positions: the sum of w/(j+1)² over its j-th
    position of weight w, divided by π²/6, and averages these over the query's (distinct)
    words. In a document (`factdb.search.index`) each word's positions are those in the
    statement (weight A, 1.0) first, then in the quotes (B, 0.4), tags (C, 0.2) and titles
    (D, 0.1): `||` appends the positions of its right side after the left's, so a word's
    first position has its highest weight. A word held in the statement therefore counts
    at least 1/(π²/6) = 0.61, one held elsewhere only less than 0.4 × (π²/6)/(π²/6) = 0.4
    (tests/test_search_rank_pg.py checks the order of the weights). So a claim whose
    statement holds none of the words scores below 0.4, and below 0.4/n if it holds only
    one of the query's n words: the candidates are the claims whose statement holds one
    (migration 0020's index of the statements' words, `ts_filter(document, '{a}')`) and,
    with `pairs` (`:pairs`, `_pairs`), those holding two of the words. When the `limit`
    best candidates all score above what the others can, they are the best of all, in the
    same order, and the other matches are not read (a common word: 752 rows instead of
    5,480 at 100k claims, 0.7 ms instead of 7; 'such OR députés': 1,129 rows, 1.6 ms
    instead of 13). Otherwise, and for other queries or with filters, every match is
    scored.

    The filters test `claim_search.claim_id`: joining `claim` here made the planner read
    every claim (a hash join) to filter a few hundred matches.
    """
    scored = (
        "SELECT claim_search.claim_id AS id, ts_rank(claim_search.document, q.query) AS score "
        f"FROM claim_search, to_tsquery('{PG_CONFIG}', :q) AS q(query) WHERE "
    )
    # The limit written out: a generic plan takes a LIMIT parameter for 10% of the rows.
    order = f" ORDER BY score DESC, claim_search.claim_id LIMIT {int(limit)}"
    if where:
        # Few statements pass the filters (a value filter: 3% of claims), so the
        # candidates seldom answered, and the statement, planned for each search's
        # values, took twice as long to plan: CPU per search with a value filter 3.8 ms
        # scoring every match, 4.4 with the candidates first (100k claims).
        return f"{scored}claim_search.document @@ q.query{where}{order}"
    # The query made once, in a MATERIALIZED CTE: its value is not folded into the plan,
    # so a plan made for one query costs what a plan made for any other does, and
    # PostgreSQL keeps the prepared statement's generic plan instead of planning every
    # search (1.0-1.2 ms: a plan made for the query's words cost less than the generic
    # one, and planning was judged worth it).
    made = f"to_tsquery('{PG_CONFIG}', :q) AS query"
    candidates = "ts_filter(claim_search.document, '{a}') @@ q.query"
    bound = f"{_BELOW_STATEMENT}"
    if pairs:
        made += f", to_tsquery('{PG_CONFIG}', :pairs) AS pairs"
        candidates = f"({candidates} OR claim_search.document @@ q.pairs)"
        # Divided by the number of distinct words (lexemes, quoted) of the query.
        words = "regexp_matches(q.query::text, :lexeme, 'g') AS m"
        bound += f" / (SELECT count(DISTINCT m[1]) FROM q, {words})"
    scored = (
        "SELECT claim_search.claim_id AS id, ts_rank(claim_search.document, q.query) AS score "
        "FROM claim_search, q WHERE "
    )
    # The uncorrelated conditions are evaluated once (PostgreSQL's one-time filters): the
    # candidates are read only for plain words, the other matches only if needed.
    return (
        f"WITH q AS MATERIALIZED (SELECT {made}), "
        f"stated AS MATERIALIZED ({scored}(SELECT q.query::text ~ :plain FROM q) "
        f"AND {candidates}{order}), "
        f"enough AS (SELECT count(*) = {int(limit)} AND min(score) > {bound} AS enough "
        "FROM stated) "
        "SELECT id, score FROM stated WHERE (SELECT enough FROM enough) "
        f"UNION ALL ({scored}NOT (SELECT enough FROM enough) "
        f"AND claim_search.document @@ q.query{order})"
    )


@functools.lru_cache(maxsize=256)
def _pg_sql(statement: str, dialect: Any) -> str:
    """`statement` (with :name parameters) as SQLAlchemy hands it to the driver."""
    return str(text(statement).compile(dialect=dialect))


def pg_rows(
    session: Reader, statement: str, params: dict[str, Any], *, prepare: bool | None
) -> list[Any]:
    """The rows of `statement` on PostgreSQL, run by psycopg itself in `session`'s
    transaction: `prepare` True prepares it (its plan kept on the connection), False
    plans it for these values, None leaves it to psycopg (prepared from the fifth run).

    SQLAlchemy adds nothing to a text query's rows, and its statement and result set-up
    cost a search 0.2-0.4 ms of CPU (scripts/bench_query.py, 100k claims); and it cannot
    say whether to prepare. The types are the connection's (SQLAlchemy's adapters); its
    cursor events and echo do not see these statements.
    """
    conn = tables.core_connection(session)
    sql = _pg_sql(statement, conn.dialect)
    driver: Any = conn.connection.dbapi_connection  # psycopg's Connection
    with driver.cursor() as cur:
        cur.execute(sql, params, prepare=prepare)
        return cur.fetchall()


def _pg_like_top(
    session: Reader, parsed: Query, where: str, params: dict[str, Any], limit: int
) -> str:
    """The best claims for --like on PostgreSQL, whose ts_rank ignores how rare a word is:
    scored by the sum of the shared words' inverse document frequencies (`sw`, as in
    BM25), plus ts_rank with length normalization (at most 1: for OR queries each word's
    term is at most its weight, 1, and the sum is divided by the number of words).

    Without reading every claim that shares a common word (MaxScore, as search engines
    prune): each word's IDF comes from the number of claims holding it (`search_term`,
    kept with the documents; a word that is more than one lexeme, such as a word the
    parser splits, is counted in the index), then the claims sharing one
    of the rarest words are scored (`sw` with every word); a claim sharing none of them
    scores at most the other words' IDFs plus 1, so when that is below the `limit`-th
    best `sw` found, those words' claims need not be read. Otherwise more words are read,
    down to all of them. Among the claims read, one whose `sw` is more than 1 below the
    `limit`-th best cannot reach the top either. The result is the same as scoring every
    claim sharing a word, the same numbers summed in the same order.

    The number of documents in the IDF is exact up to 10,000 claims; above, counting them
    (a scan of the table) cost more than the rest of the query, and the planner's estimate
    (`pg_class.reltuples`, kept by ANALYZE and autovacuum) stands in for it.
    """
    phrases = [Query(((phrase,),)).tsquery() for phrase in parsed.groups[0]]
    # A query of one lexeme prints as 'lexeme' (no quote or backslash to escape in it).
    counts = (
        "SELECT json_agg(json_build_array(k.t, CASE WHEN k.q::text ~ '^''[^''\\\\]+''$' "
        "THEN coalesce((SELECT st.claims FROM search_term st "
        "WHERE st.lexeme = substr(k.q::text, 2, length(k.q::text) - 2)), 0) "
        "ELSE (SELECT count(*) FROM claim_search WHERE document @@ k.q) END)) "
        f"FROM (SELECT u.t - 1 AS t, to_tsquery('{PG_CONFIG}', u.q) AS q "
        "FROM unnest(CAST(:phrases AS text[])) WITH ORDINALITY AS u(q, t)) k"
    )
    ((total, found),) = pg_rows(
        session,
        "SELECT CASE WHEN p.reltuples >= 10000 THEN p.reltuples::float8 "
        f"ELSE (SELECT count(*) FROM claim_search)::float8 END, ({counts}) "
        "FROM pg_class p WHERE p.oid = 'claim_search'::regclass",
        {"phrases": phrases},
        prepare=None,
    )
    # Words shared by no claim add nothing; the others by how many claims share them.
    n = {t: c for t, c in (found or []) if c > 0}
    # The IDF of each word as SQL computes it (the same expression gives the same float).
    idf = {t: math.log((total - c + 0.5) / (c + 0.5) + 1) for t, c in n.items()}
    words = sorted(n)
    params["total"] = total
    params["ws"] = words
    params["ns"] = [n[t] for t in words]
    params["qs"] = [phrases[t] for t in words]
    # `x`: the words and their IDF; `sw` of a claim: its words' IDFs summed in word order.
    x = (
        "x AS MATERIALIZED (SELECT u.t, "
        "ln((CAST(:total AS float8) - u.n + 0.5) / (u.n + 0.5) + 1) AS w, "
        f"to_tsquery('{PG_CONFIG}', u.q) AS q "
        "FROM unnest(CAST(:ws AS int[]), CAST(:ns AS bigint[]), CAST(:qs AS text[])) "
        "AS u(t, n, q))"
    )
    sw = "(SELECT sum(x.w ORDER BY x.t) FROM x WHERE claim_search.document @@ x.q)"
    rarest = sorted(words, key=lambda t: (n[t], t))
    read: set[int] = set()
    wanted = set(rarest[:1])
    for t in rarest[1:]:
        if sum(n[u] for u in wanted) >= 4 * limit:
            break
        wanted.add(t)
    scored: dict[int, float] = {}
    while words and not wanted <= read:
        read |= wanted
        params["read"] = " | ".join(f"({phrases[t]})" for t in sorted(read))
        rows = pg_rows(
            session,
            f"WITH {x} SELECT claim_search.claim_id, {sw} FROM claim_search "
            f"WHERE claim_search.document @@ to_tsquery('{PG_CONFIG}', :read){where}",
            params,
            prepare=False if where else None,
        )
        scored = {claim_id: value for claim_id, value in rows}
        if len(scored) < limit:
            wanted = set(words)  # too few: every claim sharing a word is a candidate
            continue
        best = sorted(scored.values(), reverse=True)[limit - 1]
        # The most common words whose IDFs, plus 1, stay below the limit-th best need not
        # be read (with a margin for the order of the additions).
        rest = 0.0
        wanted = set()
        for t in sorted(words, key=lambda t: (-n[t], t)):
            if not wanted and rest + idf[t] + 1 < best - 1e-9:
                rest += idf[t]
            else:
                wanted.add(t)
    if len(scored) >= limit:
        floor = sorted(scored.values(), reverse=True)[limit - 1] - 1
        params["ids"] = sorted(i for i, v in scored.items() if v >= floor)
    else:
        params["ids"] = sorted(scored)
    return (
        f"WITH {x} SELECT claim_search.claim_id AS id, "
        f"{sw} + ts_rank(claim_search.document, q.query, 2) AS score "
        f"FROM claim_search, to_tsquery('{PG_CONFIG}', :q) AS q(query) "
        "WHERE claim_search.claim_id = ANY(CAST(:ids AS int[])) "
        "ORDER BY score DESC, claim_search.claim_id LIMIT :limit"
    )
