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
    """1,200 claims: words in their statements, quotes (one or two citations), tags and
    their source's title, so a word's claims hold it in any of them or several."""
    rng = random.Random(3)
    now = datetime.now(UTC)
    html = b"<html><body><p>generated</p></body></html>"
    with db.session() as session:
        source = Source(url="https://example.org/ranked", title="w000x w150x report")
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
        for claim_id in ids:
            for tag in set(rng.choices(_WORDS[:40], k=rng.randint(0, 3))):
                tags.append({"claim_id": claim_id, "tag": tag})
            for _ in range(rng.randint(1, 2)):
                quote = _words(rng, 5, 30)
                cites.append(
                    {
                        "claim_id": claim_id,
                        "snapshot_id": snapshot.id,
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


def _plan_reads(session: Any, query: str, limit: int = 20) -> dict[str, int]:
    """How many times each index of `claim_search` was scanned by the top claims' query."""
    sql = ranking._pg_sql(ranking._pg_top(""), session.connection().dialect)
    params = {"q": parse_query(query).tsquery(), "plain": ranking._PLAIN_WORDS, "limit": limit}
    driver = session.connection().connection.dbapi_connection
    with driver.cursor() as cur:
        cur.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        (plan,) = cur.fetchone()
    loops: dict[str, int] = {}

    def walk(node: dict) -> None:
        if "Index Name" in node:
            loops[node["Index Name"]] = loops.get(node["Index Name"], 0) + node["Actual Loops"]
        for child in node.get("Plans", ()):
            walk(child)

    walk((plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"])
    return loops


def test_a_common_word_reads_only_the_statements_holding_it(many: dblib.Database) -> None:
    with many.session() as session:
        # The statements' index answers a common word, and an OR of common words.
        for query in ("w000x", "w001x OR w002x"):
            loops = _plan_reads(session, query)
            assert loops["ix_claim_search_statement"] == 1
            assert loops["ix_claim_search_document"] == 0, query
        # Not for a prefix (its words' scores add up) nor a rare word (too few statements).
        for query in ("w00*", "w199x"):
            assert _plan_reads(session, query)["ix_claim_search_document"] == 1, query


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
