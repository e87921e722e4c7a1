"""`search --like` on PostgreSQL reads only the claims that can reach the top (MaxScore
pruning, `factdb.search.ranking._pg_like_top`): its hits and scores are those of scoring
every claim that shares a word with the statement."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from factdb.search import index, ranking
from factdb.search.filters import Filters
from factdb.search.query import PG_CONFIG, Query, like_query
from factdb.store import db as dblib
from factdb.store.models import Claim

from .conftest import BACKEND, Runner
from .test_claims import SEED_URL

pytestmark = pytest.mark.skipif(BACKEND != "postgresql", reason="PostgreSQL's --like")

# Word frequencies from very common to rare, so that the common words' claims are pruned.
_WORDS = [f"w{i:03d}x" for i in range(300)]
_WEIGHTS = [1 / (i + 1) ** 1.1 for i in range(300)]


def _statement(rng: random.Random) -> str:
    return " ".join(rng.choices(_WORDS, _WEIGHTS, k=rng.randint(4, 12))) + "."


def _everything(session: object, statement: str, limit: int, where: str = "") -> list:
    """Scored as before the pruning: every claim sharing a word, its IDF sum plus ts_rank."""
    parsed = like_query(statement)
    params: dict = {"q": parsed.tsquery(), "limit": limit, "status": "active"}
    branches = []
    for i, phrase in enumerate(parsed.groups[0]):
        params[f"t{i}"] = Query(((phrase,),)).tsquery()
        branches.append(
            f"SELECT {i} AS t, claim_id FROM claim_search "
            f"WHERE document @@ to_tsquery('{PG_CONFIG}', :t{i})"
        )
    sql = (
        "WITH m AS (" + " UNION ALL ".join(branches) + "), "
        "n AS (SELECT CASE WHEN p.reltuples >= 10000 THEN p.reltuples::float8 "
        "ELSE (SELECT count(*) FROM claim_search)::float8 END AS total "
        "FROM pg_class p WHERE p.oid = 'claim_search'::regclass), "
        "w AS (SELECT m.t, ln((n.total - count(*) + 0.5) / (count(*) + 0.5) + 1) AS w "
        "FROM m CROSS JOIN n GROUP BY m.t, n.total), "
        "f AS (SELECT m.claim_id AS id, sum(w.w ORDER BY w.t) AS sw "
        "FROM m JOIN w ON w.t = m.t GROUP BY m.claim_id) "
        "SELECT c.slug, f.sw + ts_rank(s.document, to_tsquery(:cfg, :q), 2) AS score "
        "FROM f JOIN claim_search s ON s.claim_id = f.id JOIN claim c ON c.id = f.id "
        f"WHERE 1 = 1{where} ORDER BY score DESC, f.id LIMIT :limit"
    )
    params["cfg"] = PG_CONFIG
    return [tuple(r) for r in session.execute(text(sql), params)]  # type: ignore[attr-defined]


@pytest.fixture
def many(db: dblib.Database) -> dblib.Database:
    rng = random.Random(5)
    now = datetime.now(UTC)
    with db.session() as session:
        rows = [
            {
                "slug": f"claim-{i:04d}",
                "statement": _statement(rng),
                "status": "retracted" if i % 7 == 0 else "active",
                "quantities": [],
                "created_at": now,
                "created_by": "test",
                "updated_at": now,
            }
            for i in range(1500)
        ]
        table = Claim.__table__
        ids = session.execute(table.insert().returning(table.c.id), rows).scalars().all()
        index.index_claims(session, ids)
    return db


def test_like_gives_what_scoring_every_claim_gives(
    many: dblib.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(9)
    statements: list[tuple[str, object]] = []
    read: list[str] = []
    run = ranking.pg_rows

    def watched(session, statement, params, *, prepare):  # type: ignore[no-untyped-def]
        # The statements --like runs, as psycopg runs them (not through SQLAlchemy's events).
        if "claim_search.claim_id, (SELECT sum" in statement:
            read.append(params["read"])
        return run(session, statement, params, prepare=prepare)

    monkeypatch.setattr(ranking, "pg_rows", watched)
    with many.session() as session:
        for n in range(40):
            statement = _statement(rng)
            limit = (1, 3, 20, 200)[n % 4]
            read.clear()
            hits = ranking.search(session, like=statement, limit=limit)
            got = [(h.id, h.score) for h in hits]
            assert got == _everything(session, statement, limit), statement
            statements.append((statement, read[-1] if read else None))
            filtered = ranking.search(
                session, like=statement, limit=limit, filters=Filters(status="active")
            )
            assert [(h.id, h.score) for h in filtered] == _everything(
                session, statement, limit, " AND c.status = :status"
            )
    # The pruning happened: for some statements the claims of their most common words
    # were not read.
    common = _WORDS[0]
    assert any(common in s and r is not None and common not in r for s, r in statements)


def _counts(database: dblib.Database) -> tuple[dict[str, int], dict[str, int]]:
    """`search_term` as kept (without the words no claim holds any more), and as counted."""
    with database.session() as session:
        kept = session.execute(text("SELECT lexeme, claims FROM search_term WHERE claims <> 0"))
        counted = session.execute(
            text(
                "SELECT u.lexeme, count(*) FROM claim_search, unnest(document) AS u "
                "GROUP BY u.lexeme"
            )
        )
        return {k: v for k, v in kept}, {k: v for k, v in counted}


def test_word_counts_follow_every_write(imported: Runner, db_url: str) -> None:
    database = dblib.Database.open(db_url)
    try:
        kept, counted = _counts(database)
        assert kept == counted and counted["iran"] > 1
        slug = "iran-enrichment-above-367"
        for args in (
            ["claim", "edit", slug, "--statement", "Iran spun centrifuges.", "--why", "t"],
            ["claim", "cite", slug, "--quote", "Less than twenty-four hours after the G7",
             "--source", SEED_URL],
            ["claim", "retract", slug, "--why", "test"],
        ):  # fmt: skip
            assert imported(*args).exit_code == 0
            kept, counted = _counts(database)
            assert kept == counted
        assert counted["centrifug"] == 1 and "twenti" in counted
        # Rebuilt by the migration from the documents.
        dblib.downgrade(db_url, "0017")
        dblib.upgrade(db_url)
        assert _counts(database) == (counted, counted)
    finally:
        database.close()
