"""Backups: a consistent copy of a SQLite database, taken while writers keep going.

SQLite's online backup API copies the database in one step under a read transaction, so
the copy is the database as of one commit, whatever other processes write meanwhile (in
WAL mode writers are not blocked). The copy is written beside the target and renamed into
place only when complete, so an interrupted backup never leaves a half file at PATH.
PostgreSQL databases are backed up with `pg_dump` instead.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BackupError
from .store.db import Database, display_url

#: How a PostgreSQL database is backed up, since factdb does not do it itself.
PG_DUMP_HINT = (
    "factdb backup copies SQLite databases; back up PostgreSQL with pg_dump, e.g. "
    "`pg_dump --format=custom --file=factdb.dump DBNAME` (restore with pg_restore)"
)


@dataclass(frozen=True)
class BackupReport:
    """What was copied where."""

    source: str
    path: str
    size: int
    snapshots: int
    claims: int
    events: int
    event_head: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "database": self.source,
            "path": self.path,
            "size": self.size,
            "snapshots": self.snapshots,
            "claims": self.claims,
            "events": self.events,
            "event_head": self.event_head,
        }


def backup(db: Database, target: Path) -> BackupReport:
    """Copy the SQLite database `db` to the new file `target`; refuse PostgreSQL."""
    if db.engine.dialect.name != "sqlite":
        raise BackupError(PG_DUMP_HINT)
    if target.exists():
        raise BackupError(f"{target}: already exists; give a new file name")
    parent = target.expanduser().resolve().parent
    if not parent.is_dir():
        raise BackupError(f"{target}: no folder {parent}")
    partial = parent / f".{target.name}.partial-{os.getpid()}"
    try:
        _copy(db, partial)
        report = _describe(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"{target}: cannot write the backup: {exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return BackupReport(
        source=display_url(db.url),
        path=str(target),
        size=target.stat().st_size,
        **report,
    )


def _copy(db: Database, partial: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        dest = sqlite3.connect(partial)
        try:
            # pages=-1: the whole database in one step, under one read transaction.
            source.backup(dest, pages=-1)
            # A self-contained file: no WAL beside it to forget when it is moved.
            dest.execute("PRAGMA journal_mode=DELETE")
            problem = dest.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise BackupError(f"the copy fails SQLite's quick_check: {problem}")
        finally:
            dest.close()
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
    finally:
        raw.close()


def _describe(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:

        def count(table: str) -> int:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        head = conn.execute("SELECT hash FROM event ORDER BY id DESC LIMIT 1").fetchone()
        return {
            "snapshots": count("snapshot"),
            "claims": count("claim"),
            "events": count("event"),
            "event_head": head[0] if head else None,
        }
    finally:
        conn.close()
