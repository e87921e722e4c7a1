"""Search on PostgreSQL looks for the best claims of plain words among those whose
statement holds one (`factdb.search.ranking._pg_top`): its hits and scores are those of
scoring every match, and a common word's other matches are not read."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text

from factdb.search import index, ranking
from factdb.search.filters import Filters, conditions
from factdb.search.query import PG_CONFIG, parse_query
from factdb.store import db as dblib
from factdb.store.lookups import COMPRESSION, compress, sha256_hex
from factdb.store.models import Citation, Claim, ClaimTag, Snapshot, Source

from .conftest import BACKEND

pytestmark = pytest.mark.skipif(BACKEND != "postgresql", reason="PostgreSQL's ranking")

# Word frequencies from very common to rare.
_WORDS = [f"w{i:03d}x" for i in range(200)]
_WEIGHTS = [1 / (i + 1) ** 1.1 for i in range(200)]


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(_WORDS, _WEIGHTS, k=rng.randint(low, high)))


@pytest.fixture
def many(db: dblib.Database) -> dblib.Database:
    """1,200 claims: words in their statements, quotes (one to three citations), tags and
    their sources' titles, so a word's claims hold it in any of them or several."""
    rng = random.Random(3)
    now = datetime.now(UTC)
    with db.session() as session:
        snapshots = []
        # Every claim cites the first page; a third of them the second too.
        for title in ("w000x w150x report", "w160x w170x notes"):
            html = f"<html><body><p>{title}</p></body></html>".encode()
            source = Source(url=f"https://example.org/{title.split()[-1]}", title=title)
            session.add(source)
            session.flush()
            snapshot = Snapshot(
                sha256=sha256_hex(html),
                source_id=source.id,
                content=compress(html),
                compression=COMPRESSION,
                size=len(html),
                retrieved_at=now,
                method="file",
                origin="generated",
                charset="utf-8",
            )
            session.add(snapshot)
            session.flush()
            snapshots.append(snapshot.id)
        rows = [
            {
                "slug": f"claim-{i:04d}",
                "statement": _words(rng, 3, 10) + ".",
                "status": "retracted" if i % 7 == 0 else "active",
                "quantities": [],
                "created_at": now,
                "created_by": "test",
                "updated_at": now,
            }
            for i in range(1200)
        ]
        table = Claim.__table__
        ids = session.execute(table.insert().returning(table.c.id), rows).scalars().all()
        tags, cites = [], []
        for n, claim_id in enumerate(ids):
            for tag in set(rng.choices(_WORDS[:40], k=rng.randint(0, 3))):
                tags.append({"claim_id": claim_id, "tag": tag})
            cited = [snapshots[0]] * rng.randint(1, 2) + [snapshots[1]] * (n % 3 == 0)
            for snapshot_id in cited:
                quote = _words(rng, 5, 30)
                cites.append(
                    {
                        "claim_id": claim_id,
                        "snapshot_id": snapshot_id,
                        "exact": quote,
                        "prefix": "",
                        "suffix": "",
                        "text_start": 0,
                        "text_end": len(quote),
                        "html_start": 0,
                        "html_end": len(quote),
                        "byte_start": 0,
                        "byte_end": len(quote),
                        "typed_quote": quote,
                        "extractor_version": 1,
                        "created_at": now,
                        "created_by": "test",
                    }
                )
        session.execute(ClaimTag.__table__.insert(), tags)
        session.execute(Citation.__table__.insert(), cites)
        index.index_claims(session, ids)
    return db


def _everything(session: Any, query: str, filters: Filters, limit: int) -> list[tuple]:
    """Ranked as before: ts_rank of every match passing the filters."""
    conds, params = conditions(session, filters, "s.claim_id", correlated=True)
    where = "".join(f" AND {c}" for c in conds)
    sql = (
        "SELECT c.slug, ts_rank(s.document, to_tsquery(:cfg, :q)) AS score "
        "FROM claim_search s JOIN claim c ON c.id = s.claim_id "
        f"WHERE s.document @@ to_tsquery(:cfg, :q){where} "
        "ORDER BY score DESC, s.claim_id LIMIT :limit"
    )
    params.update(cfg=PG_CONFIG, q=parse_query(query).tsquery(), limit=limit)
    return [(slug, float(score)) for slug, score in session.execute(text(sql), params)]


def test_search_gives_what_scoring_every_match_gives(many: dblib.Database) -> None:
    rng = random.Random(8)
    queries = [w for w in _WORDS[::7]] + ["w000x w001x", '"w000x w001x"', "w00*", "w000x -w001x"]
    # Two words of a title: its claims hold both (score ~0.06), others one in a quote (~0.12).
    queries += ["w160x OR w170x", "w170x OR w160x OR w199x"] * 4
    for _ in range(30):
        queries.append(
            " OR ".join(rng.sample(_WORDS[: rng.choice((5, 40, 200))], rng.randint(2, 3)))
        )
    with many.session() as session:
        for n, query in enumerate(queries):
            limit = (1, 3, 20, 200)[n % 4]
            for filters in (Filters(), Filters(status="active"), Filters(tags=(_WORDS[n % 40],))):
                hits = ranking.search(session, query, filters=filters, limit=limit)
                got = [(h.id, h.score) for h in hits]
                assert got == _everything(session, query, filters, limit), (query, filters)


def _rows_read(session: Any, query: str, limit: int = 20) -> int:
    """How many rows of `claim_search` the top claims' query read (EXPLAIN ANALYZE)."""
    pairs = ranking._pairs(parse_query(query))
    sql = ranking._pg_top("", limit, pairs=pairs is not None)
    params = {"q": parse_query(query).tsquery(), "plain": ranking._PLAIN_WORDS, "limit": limit}
    if pairs is not None:
        params.update(pairs=pairs, lexeme=ranking._LEXEME)
    driver = session.connection().connection.dbapi_connection
    with driver.cursor() as cur:
        cur.execute(
            "EXPLAIN (ANALYZE, FORMAT JSON) " + ranking._pg_sql(sql, session.connection().dialect),
            params,
        )
        (plan,) = cur.fetchone()
    read = 0

    def walk(node: dict) -> None:
        nonlocal read
        if node.get("Relation Name") == "claim_search":
            read += node["Actual Rows"] * node["Actual Loops"]
        for child in node.get("Plans", ()):
            walk(child)

    walk((plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"])
    return read


def _matches(session: Any, query: str) -> int:
    sql = f"SELECT count(*) FROM claim_search WHERE document @@ to_tsquery('{PG_CONFIG}', :q)"
    return session.execute(text(sql), {"q": parse_query(query).tsquery()}).scalar()


def test_common_words_read_only_the_claims_that_can_reach_the_top(many: dblib.Database) -> None:
    with many.session() as session:
        # A common word, ORs of common words and of a common and a rare word: the claims
        # whose statement holds one, or holding two, answer.
        for query in ("w005x", "w005x OR w006x", "w005x OR w190x", "w006x OR w007x OR w120x"):
            assert _rows_read(session, query) < _matches(session, query), query
        # Not a prefix (its words' scores add up) nor a rare word (too few statements).
        for query in ("w00*", "w199x"):
            assert _rows_read(session, query) >= _matches(session, query), query


def test_a_documents_words_have_the_statements_positions_first(many: dblib.Database) -> None:
    """The order `_pg_top` relies on: each word's positions go statement (A), quotes (B),
    tags (C), titles (D), so its first position has its highest weight."""
    with many.session() as session:
        weights = session.execute(
            text("SELECT u.weights FROM claim_search, unnest(document) AS u")
        ).scalars()
        seen = set()
        for each in weights:
            assert list(each) == sorted(each)
            seen.add("".join(dict.fromkeys(each)))
    assert {"AB", "ABC", "AD", "BC", "B", "D"} <= seen


def test_the_words_are_not_folded_into_the_plan(many: dblib.Database) -> None:
    """The query's value is not folded into the plan of the top claims, so a plan made
    for one query costs what it costs for any other, and PostgreSQL keeps the prepared
    statement's generic plan (a plan made for a rare word's few matches looked cheaper
    than the generic one, and every search was planned again: 1.0-1.2 ms)."""
    with many.session() as session:
        sql = ranking._pg_sql(ranking._pg_top("", 20), session.connection().dialect)
        params = {"q": parse_query("w199x").tsquery(), "plain": ranking._PLAIN_WORDS, "limit": 20}
        driver = session.connection().connection.dbapi_connection
        with driver.cursor() as cur:
            cur.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cur.fetchall())
    assert "w199x" not in plan
