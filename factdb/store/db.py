"""Opening the database: URL resolution, engines, sessions and schema upgrades.

The CLI and `migrations/env.py` both resolve the database URL through `resolve_url`, so
they always agree on which database they touch.

The ORM is loaded with the first session (`Database.session`): the read commands query
Core tables (`tables`) through `Database.connect` and never load it.

Alembic is imported only to migrate (`upgrade`, `downgrade`, `head_revision`): loading it
costs a quarter of a second, and every command opens the database. Opening compares the
database's `alembic_version` row with `SCHEMA_HEAD`, the head revision this factdb was
built with; a test proves it equals the head of the migration scripts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from ..errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker

#: The newest migration revision shipped with this factdb (the head of `migrations/`).
#: A new migration bumps it; `tests/test_migrations.py` fails until it does.
SCHEMA_HEAD = "0021"

ENV_VAR = "FACTDB_DATABASE_URL"
DEFAULT_PATH = "factdb.sqlite"
#: How long a SQLite writer waits for another writer's lock before giving up.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def resolve_url(db: str | None = None) -> str:
    """The database URL from `--db PATH_OR_URL`, else $FACTDB_DATABASE_URL, else ./factdb.sqlite.

    A plain path means a SQLite file; `postgresql://` selects the psycopg 3 driver.

    >>> resolve_url("archive.sqlite")
    'sqlite:///archive.sqlite'
    >>> resolve_url("postgresql://localhost/test")
    'postgresql+psycopg://localhost/test'
    """
    value = db or os.environ.get(ENV_VAR) or DEFAULT_PATH
    if "://" not in value:
        return f"sqlite:///{value}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def database_files(url: str) -> list[tuple[str, Path]]:
    """The files a SQLite database at `url` lives in (none for a server database), named
    for messages: no command may write an output file over them.

    >>> [what for what, _ in database_files("sqlite:///a.sqlite")]
    ['the database', 'the database journal', 'the database journal', 'the database journal']
    >>> database_files("postgresql+psycopg://localhost/test")
    []
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        return []
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return []
    path = Path(parsed.database).expanduser()
    journals = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    return [("the database", path)] + [("the database journal", j) for j in journals]


def session_files(session: Session) -> list[tuple[str, Path]]:
    """`database_files` of the database `session` is bound to."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return database_files(engine.url.render_as_string(hide_password=False))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers work while one writer commits; foreign keys are off by default.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _postgres_settings(dbapi_connection: Any, connection_record: Any) -> None:
    # factdb's queries are short: JIT compilation (on by default above a planner cost
    # that searches of common words reach) and parallel workers cost more than they save.
    # At 100k claims (scripts/bench_query.py) search p50 went from 13 to 6.5 ms and p95
    # from 95 to 29-40 ms with both off. The default cost of a page read at random (4, for
    # disks) made the planner read every claim to filter a few hundred (a search with a
    # value filter alone: 55 ms, 1.8 ms at 1.1, the usual figure when pages are in memory).
    cur = dbapi_connection.cursor()
    cur.execute("SET jit = off")
    cur.execute("SET max_parallel_workers_per_gather = 0")
    cur.execute("SET random_page_cost = 1.1")
    cur.close()
    dbapi_connection.commit()


#: Execution option: begin a read-only snapshot (SQLite: deferred BEGIN, no write lock;
#: PostgreSQL: REPEATABLE READ, READ ONLY). See `Database.snapshot`.
READ_SNAPSHOT = "factdb_read_snapshot"


def _sqlite_begin(conn: Any) -> None:
    # Take the write lock at BEGIN, so concurrent writers queue on the busy timeout. A
    # deferred BEGIN would take it at the first write, and a reader upgrading to writer
    # while another commits fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT).
    if conn.get_execution_options().get(READ_SNAPSHOT):
        conn.exec_driver_sql("BEGIN DEFERRED")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for `url`, configured for factdb (SQLite: WAL, busy timeout, foreign keys,
    the write lock taken at BEGIN)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"{url}: not a database URL or path") from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            # isolation_level=None: pysqlite emits no BEGIN of its own; the "begin" event
            # emits ours (SQLAlchemy's documented pysqlite transaction recipe).
            engine = create_engine(
                url,
                connect_args={
                    "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                    "isolation_level": None,
                },
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        engine = create_engine(url, pool_pre_ping=True)
        if parsed.get_backend_name() == "postgresql":
            event.listen(engine, "connect", _postgres_settings)
        return engine
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"{display_url(url)}: cannot open database: {exc}") from exc


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at factdb's migrations and the given URL."""
    from alembic.config import Config

    package = Path(__file__).resolve().parent.parent
    # A wheel install ships migrations/ as factdb/_migrations; a source tree has it beside.
    script_location = package / "_migrations"
    if not script_location.is_dir():
        script_location = package.parent / "migrations"
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision(url: str) -> str | None:
    """The newest migration revision of the migration scripts (read by Alembic; commands
    compare with `SCHEMA_HEAD` instead, which a test keeps equal to it)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database.

    Reads Alembic's `alembic_version` table directly, as Alembic's own
    `MigrationContext.get_current_revision` does, without loading Alembic.
    """
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except (OperationalError, SADatabaseError) as exc:
        raise DatabaseError(
            f"{display_url(str(engine.url))}: cannot open database: {_reason(exc)}"
        ) from exc
    if len(rows) > 1:
        # factdb's migrations are one line, so more than one head is not ours.
        heads = ", ".join(sorted(str(r[0]) for r in rows))
        raise DatabaseError(f"{display_url(str(engine.url))}: several schema versions ({heads})")
    return str(rows[0][0]) if rows else None


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def upgrade(url: str, revision: str = "head") -> None:
    """Create or upgrade the database at `url` to `revision` (head by default)."""
    from alembic import command

    _check_sqlite_parent(url)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except (OperationalError, SADatabaseError) as exc:
        raise DatabaseError(f"{display_url(url)}: cannot open database: {_reason(exc)}") from exc
    finally:
        engine.dispose()


def init_database(url: str) -> tuple[str | None, str | None]:
    """Create or upgrade the database to head; return (revision before, revision now)."""
    _check_sqlite_parent(url)
    engine = make_engine(url)
    try:
        before = current_revision(engine)
    finally:
        engine.dispose()
    upgrade(url)
    return before, head_revision(url)


def downgrade(url: str, revision: str) -> None:
    """Downgrade the database at `url` to `revision` ("base" removes every table)."""
    from alembic import command

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def _check_sqlite_parent(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        parent = Path(parsed.database).expanduser().resolve().parent
        if not parent.is_dir():
            raise DatabaseError(f"{parsed.database}: cannot create database: no folder {parent}")


class Database:
    """An opened factdb database at the current schema: an engine and a session factory."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    @cached_property
    def sessionmaker(self) -> sessionmaker[Session]:
        """The session factory (loading the ORM and the models on first use)."""
        from sqlalchemy.orm import sessionmaker

        from . import models  # noqa: F401  (their before_flush listener guards every write)

        return sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Database:
        """Open an existing database, refusing one that is missing or not at head."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            if not Path(parsed.database).exists():
                raise DatabaseError(
                    f"{parsed.database}: no such database; create it with `factdb init`"
                )
        db = cls(url)
        current = current_revision(db.engine)
        head = SCHEMA_HEAD
        if current != head:
            db.engine.dispose()
            if current is None:
                if inspect_tables(db.engine):
                    raise DatabaseError(f"{display_url(url)}: not a factdb database")
                raise DatabaseError(
                    f"{display_url(url)}: database is empty; create it with `factdb init`"
                )
            raise DatabaseError(
                f"{display_url(url)}: database schema is at {current}, this factdb needs "
                f"{head}; upgrade it with `factdb init`"
            )
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.sessionmaker() as session, session.begin():
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection in one transaction, begun as a session's is (on SQLite, with
        the write lock: see `_sqlite_begin`): committed on success, rolled back on any
        error. The read commands use it instead of a session, without loading the ORM."""
        with self.engine.begin() as conn:
            yield conn

    def _snapshot_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {READ_SNAPSHOT: True}
        if self.engine.dialect.name == "postgresql":
            options.update(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        return options

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only session on one consistent snapshot of the database, taking no write
        lock (for verifying or copying while writers run); rolled back at the end."""
        with self.sessionmaker() as session:
            session.connection(execution_options=self._snapshot_options())
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """`snapshot` as a Core connection (no ORM): one consistent read-only snapshot,
        taking no write lock, rolled back at the end."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(**self._snapshot_options())
            conn.begin()
            try:
                yield conn
            finally:
                conn.rollback()

    def close(self) -> None:
        self.engine.dispose()


def inspect_tables(engine: Engine) -> list[str]:
    """The names of the tables in the database."""
    with engine.connect() as conn:
        return inspect(conn).get_table_names()
