"""A large claims import fills the word index with a larger FTS5 term buffer
(`factdb.search.index.BULK_TERM_BUFFER`) and inserts with a larger page cache
(`factdb.store.bulk.large_page_cache`): the index must answer every search as one
filled row by row, the stored configuration must end as it began, also when the
import's transaction is rolled back, and the connection must get its own cache back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from factdb.claims import import_claims
from factdb.store import db as dblib
from factdb.store.bulk import BULK_CACHE_KIB
from factdb.store.lookups import text_layer
from factdb.store.models import Snapshot

from .conftest import BACKEND, Runner

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"

pytestmark = pytest.mark.skipif(BACKEND != "sqlite", reason="FTS5 is SQLite's word index")

#: Above `_BULK_TERM_DOCS`, so the larger buffer is used.
CLAIMS = 2600
QUERIES = [
    "enrichment",
    "uranium",
    "nuclear deal",
    "enrich*",
    "ir*",
    '"low-enriched uranium"',
    "tags:t7",
    "statement:claim",
    "quotes:Iran",
    "sanctions OR Rouhani",
    "the",
]


def _claims_file(db_url: str, tmp_path: Path) -> Path:
    """CLAIMS claims citing the bundled claims' quotes in turn, with statements and tags of
    their own (so the index holds many distinct documents)."""
    rows = yaml.safe_load((SOURCES / "claims.yaml").read_text())
    cite_keys = ("source", "snapshot", "quote", "prefix", "suffix", "occurrence", "allow_gaps")
    cites = [{k: r[k] for k in cite_keys if k in r} for r in rows if "quote" in r]
    database = dblib.Database.open(db_url)
    with database.session() as session:
        assert text_layer(session, session.query(Snapshot).first())  # archived
    database.close()
    claims = [
        {
            "id": f"claim-{i:05d}",
            "statement": f"Claim {i} says {cites[i % len(cites)]['quote'][:60]} (number {i * 7})",
            "tags": ["bulk", f"t{i % 13}"],
            **cites[i % len(cites)],
        }
        for i in range(CLAIMS)
    ]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(claims))
    return path


def _config(path: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT k, v FROM claim_fts_config ORDER BY k").fetchall()


def _answers(conn: sqlite3.Connection, table: str) -> list[list[tuple]]:
    return [
        conn.execute(
            f"SELECT rowid, round(bm25({table}, 10.0, 4.0, 2.0, 1.0), 9), "
            f"snippet({table}, -1, '[', ']', '…', 8) FROM {table} WHERE {table} MATCH ? "
            "ORDER BY 2, rowid",
            (q,),
        ).fetchall()
        for q in QUERIES
    ]


def test_large_import_index_answers_as_one_filled_row_by_row(
    run: Runner, db_url: str, tmp_path: Path
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    path = db_url.removeprefix("sqlite:///")
    before = _config(path)
    result = run("claims", "import", str(_claims_file(db_url, tmp_path)))
    assert result.exit_code == 0, result.output
    assert _config(path) == before  # no 'hashsize' row left behind
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO claim_fts(claim_fts) VALUES ('integrity-check')")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'claim_fts'").fetchone()[0]
        # The same documents, written one statement per row with the default buffer.
        conn.execute(sql.replace("claim_fts", "row_by_row", 1))
        for row in conn.execute("SELECT rowid, statement, quotes, tags, titles FROM claim_fts"):
            conn.execute(
                "INSERT INTO row_by_row(rowid, statement, quotes, tags, titles) "
                "VALUES (?, ?, ?, ?, ?)",
                row,
            )
        assert conn.execute("SELECT count(*) FROM claim_fts").fetchone()[0] >= CLAIMS
        answers = _answers(conn, "claim_fts")
        assert answers == _answers(conn, "row_by_row")
        assert all(answers[:6])  # the queries find claims


def test_rolled_back_import_leaves_the_configuration(
    run: Runner, db_url: str, tmp_path: Path
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    path = db_url.removeprefix("sqlite:///")
    before = _config(path)
    claims = _claims_file(db_url, tmp_path)
    database = dblib.Database.open(db_url)
    session = database.sessionmaker()
    try:
        report = import_claims(session, claims, actor="test")
        assert len(report.created) == CLAIMS
        # Interrupted before the commit: the transaction, the buffer setting with it, goes.
        session.rollback()
    finally:
        session.close()
        database.close()
    assert _config(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM claim").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM claim_fts").fetchone()[0] == 0
        conn.execute("INSERT INTO claim_fts(claim_fts) VALUES ('integrity-check')")


def test_large_import_gives_back_the_connection_page_cache(
    run: Runner, db_url: str, tmp_path: Path
) -> None:
    """The page cache is raised for the bulk inserts (`large_page_cache`) and the pooled
    connection has its own again after the import."""
    from sqlalchemy import event

    assert run("archive", str(SOURCES)).exit_code == 0
    claims = _claims_file(db_url, tmp_path)
    database = dblib.Database.open(db_url)
    sizes: list[int] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if statement.startswith("INSERT INTO claim_fts(rowid"):
            sizes.append(cursor.connection.execute("PRAGMA cache_size").fetchone()[0])

    try:
        with database.session() as session:
            default = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        event.listen(database.engine, "before_cursor_execute", seen)
        with database.session() as session:
            assert len(import_claims(session, claims, actor="test").created) == CLAIMS
        with database.session() as session:
            after = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    finally:
        database.close()
    # Every insert into the word index ran under the larger cache: one executemany, or one
    # per chunk when a worker process builds the rows (`factdb.claims._pipelined`).
    assert sizes and set(sizes) == {-BULK_CACHE_KIB}
    assert after == default
