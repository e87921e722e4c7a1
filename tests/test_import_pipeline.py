"""A large import of new claims on SQLite runs on two processes (`factdb.claims._pipelined`):
a forked worker locates the quotes and builds the rows, this process inserts them. It must
store byte for byte what the one-process path stores (same ids, same event chain), reject
bad files with the same message and nothing written, and fall back to the one-process path
whenever the worker gives up or dies."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import factdb.claims as claimslib
from factdb.errors import ImportRejected
from factdb.integrity import fsck
from factdb.store import db as dblib

from .conftest import BACKEND, Runner
from .test_bulk_import import SOURCES, _claims, _write

FIXED = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
#: Every table an import writes.
TABLES = (
    "claim",
    "claim_tag",
    "citation",
    "claim_revision",
    "event",
    "search_value",
    "claim_fts",
    "claim_cjk",
)

sqlite_only = pytest.mark.skipif(BACKEND != "sqlite", reason="the pipeline is SQLite's")


def _many(plain: bool = False) -> list[dict[str, Any]]:
    """The bundled claims, varied, four times over under new ids (several chunks).
    `plain`: only those of the usual shape (one quote at the top level), which the worker
    reads itself from the file's items."""
    return [
        {**c, "id": f"p{n}-{c['id']}"}
        for n in range(4)
        for c in _claims()
        if not (plain and "citations" in c)
    ]


def _copy(url: str, to: Path) -> str:
    """A copy of the SQLite database at `url` (WAL included), as a URL."""
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as src:
        with closing(sqlite3.connect(to)) as dst:
            src.backup(dst)
    return f"sqlite:///{to}"


def _dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of TABLES with its rowid, and the word index's configuration."""
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as conn:
        out = {
            t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in TABLES
        }
        # The word index's stored configuration (a table without rowids).
        out["config"] = conn.execute("SELECT * FROM claim_fts_config ORDER BY k").fetchall()
    return out


def _import(url: str, path: Path) -> claimslib.ImportReport:
    db = dblib.Database.open(url)
    try:
        with db.session() as session:
            return claimslib.import_claims(session, path, actor="ann")
    finally:
        db.close()


@pytest.fixture
def piped(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The pipeline for any size, in chunks of 5 claims; the heads it returned."""
    monkeypatch.setattr(claimslib, "PIPELINE_CLAIMS", 1)
    monkeypatch.setattr(claimslib, "PIPELINE_CHUNK", 5)
    # Every message spooled, one at most unread: the worker waits for this process.
    monkeypatch.setattr(claimslib, "_SPOOL_BYTES", 0)
    monkeypatch.setattr(claimslib, "_AHEAD", 1)
    monkeypatch.setattr(claimslib, "utcnow", lambda: FIXED)
    heads: list[str | None] = []
    run_pipeline = claimslib._run_pipeline

    def recorded(conn: Any, job: Any) -> str | None:
        heads.append(run_pipeline(conn, job))
        return heads[-1]

    monkeypatch.setattr(claimslib, "_run_pipeline", recorded)
    return heads


@sqlite_only
@pytest.mark.parametrize("plain", [False, True], ids=["rows", "items"])
@pytest.mark.parametrize("ahead", [1, 1000])
def test_pipeline_stores_what_one_process_stores(
    run: Runner,
    db_url: str,
    tmp_path: Path,
    piped: list[str | None],
    monkeypatch: pytest.MonkeyPatch,
    plain: bool,
    ahead: int,
) -> None:
    # 1000: the worker sends everything and ends before this process has read (and
    # acknowledged) most of it.
    monkeypatch.setattr(claimslib, "_AHEAD", ahead)
    assert run("archive", str(SOURCES)).exit_code == 0
    # An earlier import's events: the new ones chain after them.
    assert run("claims", "import", str(SOURCES / "claims.yaml")).exit_code == 0
    piped.clear()
    other = _copy(db_url, tmp_path / "other.sqlite")
    path = _write(tmp_path / "claims.json", _many(plain))
    items = claimslib._pipelined_items
    took: list[Any] = []
    monkeypatch.setattr(
        claimslib, "_pipelined_items", lambda *a, **k: took.append(items(*a, **k)) or took[-1]
    )
    report = _import(db_url, path)
    assert len(piped) == 1 and piped[0] is not None  # the pipeline ran and finished
    # A file of the usual shape is read into rows by the worker.
    assert (took[0] is not None) == plain
    monkeypatch.setattr(claimslib, "PIPELINE_CLAIMS", 10**9)
    assert _import(other, path).created == report.created
    assert len(piped) == 1
    assert _dump(db_url) == _dump(other)
    db = dblib.Database.open(db_url)
    try:
        assert fsck(db).problems == []
    finally:
        db.close()


@sqlite_only
@pytest.mark.parametrize("plain", [False, True], ids=["rows", "items"])
def test_pipeline_rejects_bad_rows_as_one_process_does(
    run: Runner,
    db_url: str,
    tmp_path: Path,
    piped: list[str | None],
    monkeypatch: pytest.MonkeyPatch,
    plain: bool,
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    claims = _many(plain)
    claims[-3] = {**claims[-3], "quote": "words that are on no archived page at all"}
    claims[7] = {**claims[7], "statement": " "}  # a row that does not read
    path = _write(tmp_path / "claims.json", claims)
    before = _dump(db_url)
    with pytest.raises(ImportRejected) as piped_error:
        _import(db_url, path)
    # The worker read the items and gave up at the first bad one; rows that did not all
    # read start no worker.
    assert piped == ([None] if plain else [])
    assert _dump(db_url) == before
    monkeypatch.setattr(claimslib, "PIPELINE_CLAIMS", 10**9)
    with pytest.raises(ImportRejected) as plain_error:
        _import(db_url, path)
    assert str(piped_error.value) == str(plain_error.value)
    # On the command line: one line on stderr, a non-zero exit, nothing stored.
    result = run("claims", "import", str(path))
    assert result.exit_code != 0
    assert _dump(db_url) == before


@sqlite_only
@pytest.mark.parametrize("how", ["raises", "dies"])
@pytest.mark.parametrize("plain", [False, True], ids=["rows", "items"])
def test_pipeline_falls_back_when_the_worker_fails(
    run: Runner,
    db_url: str,
    tmp_path: Path,
    piped: list[str | None],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    plain: bool,
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    other = _copy(db_url, tmp_path / "other.sqlite")
    path = _write(tmp_path / "claims.json", _many(plain))
    chunks = claimslib._worker_chunks

    def failing(pipe: Any, job: Any) -> None:
        # Two chunks sent (and inserted), then the worker fails.
        sent = 0
        send = claimslib._send

        def counted(pipe: Any, message: Any) -> None:
            nonlocal sent
            if message[0] == "rows" and sent == 2:
                if how == "dies":
                    os._exit(3)
                raise RuntimeError("worker bug")
            sent += 1
            send(pipe, message)

        monkeypatch.setattr(claimslib, "_send", counted)
        chunks(pipe, job)

    monkeypatch.setattr(claimslib, "_worker_chunks", failing)
    report = _import(db_url, path)
    assert piped == [None]
    monkeypatch.setattr(claimslib, "PIPELINE_CLAIMS", 10**9)
    assert _import(other, path).created == report.created
    assert _dump(db_url) == _dump(other)


def test_small_and_postgresql_imports_start_no_process(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(os, "fork", no_fork)
    assert run("archive", str(SOURCES)).exit_code == 0
    path = _write(tmp_path / "claims.json", _many())
    result = run("claims", "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["created"]) == len(_many())
    if BACKEND != "sqlite":  # PostgreSQL never pipelines, whatever the size
        monkeypatch.setattr(claimslib, "PIPELINE_CLAIMS", 1)
        path = _write(tmp_path / "more.json", [{**c, "id": "x" + c["id"]} for c in _many()])
        assert run("claims", "import", str(path)).exit_code == 0
