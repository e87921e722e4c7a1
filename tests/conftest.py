"""Shared fixtures: databases migrated to head on SQLite or PostgreSQL, and a CLI runner.

Database-backed tests use SQLite by default. Set FACTDB_TEST_BACKEND=postgresql to run
them on PostgreSQL instead (as `.ci/run` does for its second run); the server comes from
FACTDB_TEST_POSTGRES_URL (default: postgresql+psycopg://postgres@127.0.0.1:5432/test).
Each test gets its own database, copied from one migrated once per session.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factdb.store import db as dblib

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
#: The bundled example archive: pages and their claims file.
SOURCES = Path(__file__).parent.parent / "sources"
PG_URL = os.environ.get(
    "FACTDB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKEND = os.environ.get("FACTDB_TEST_BACKEND", "sqlite")


def _pg_unavailable() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install 'factdb[postgres]')"
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    try:
        with psycopg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            dbname=url.database,
            password=url.password,
            connect_timeout=3,
        ):
            return None
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"no PostgreSQL server at {url.render_as_string(hide_password=True)}: {first}"


_PG_REASON: str | None | bool = False


def pg_unavailable() -> str | None:
    global _PG_REASON
    if _PG_REASON is False:
        _PG_REASON = _pg_unavailable()
    return _PG_REASON  # type: ignore[return-value]


class PostgresServer:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.url = url
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")

    def create(self, template: str | None = None) -> str:
        from sqlalchemy import text

        name = f"factdb_test_{uuid.uuid4().hex[:12]}"
        tmpl = f" TEMPLATE {template}" if template else ""
        with self.engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}{tmpl}"))
        return name

    def url_for(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


#: Fixtures that give a test a database (the PostgreSQL run keeps only tests using one;
#: `prepared` is tests/test_tamper.py's).
DB_FIXTURES = {"db_url", "empty_db_url", "any_empty_db_url", "db", "run", "prepared"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL run, keep only the tests that touch a database."""
    if BACKEND != "postgresql":
        return
    keep, drop = [], []
    for item in items:
        uses_db = DB_FIXTURES & set(getattr(item, "fixturenames", ()))
        (keep if uses_db else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    reason = pg_unavailable()
    if reason:
        if os.environ.get("FACTDB_TEST_REQUIRE_POSTGRES"):
            pytest.fail(f"FACTDB_TEST_REQUIRE_POSTGRES is set but {reason}")
        pytest.skip(reason)
    server = PostgresServer(PG_URL)
    yield server
    server.engine.dispose()


def _empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite'}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create()
    request.addfinalizer(lambda: server.drop(name))
    return server.url_for(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend (for migration tests that must run on both)."""
    return _empty_url(request.param, tmp_path, request)


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on the backend under test."""
    return _empty_url(BACKEND, tmp_path, request)


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> str:
    """A database migrated to head once per session, copied for each test."""
    if BACKEND == "sqlite":
        path = tmp_path_factory.mktemp("template") / "template.sqlite"
        url = f"sqlite:///{path}"
        dblib.upgrade(url)
        # Fold the WAL into the main file so a plain file copy is the whole database
        # (outside any transaction, which the engine's BEGIN would open).
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return str(path)
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create()
    request.addfinalizer(lambda: server.drop(name))
    dblib.upgrade(server.url_for(name))
    return name


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path, _template: str) -> str:
    """A fresh database migrated to head, on the backend under test."""
    if BACKEND == "sqlite":
        path = tmp_path / "factdb.sqlite"
        shutil.copyfile(_template, path)
        return f"sqlite:///{path}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create(template=_template)
    request.addfinalizer(lambda: server.drop(name))
    return server.url_for(name)


@pytest.fixture
def db(db_url: str) -> Iterator[dblib.Database]:
    database = dblib.Database.open(db_url)
    yield database
    database.close()


class Runner:
    """Runs `factdb` commands in-process against one database."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Result:
        from factdb.cli import cli

        return self.runner.invoke(cli, ["--db", self.db_url, *args], input=input)


@pytest.fixture
def run(db_url: str) -> Runner:
    """`run("archive", path)` invokes the CLI on the test database."""
    return Runner(db_url)


@pytest.fixture
def imported(run: Runner) -> Runner:
    """The bundled pages archived and their claims imported."""
    assert run("archive", str(SOURCES)).exit_code == 0
    result = run("claims", "import", str(SOURCES / "claims.yaml"))
    assert result.exit_code == 0, result.output
    return run


@pytest.fixture
def checked(imported: Runner) -> Runner:
    """The bundled archive and its claims, checked once."""
    assert imported("check").exit_code == 0
    return imported


def corpus(name: str) -> Path:
    return CORPUS / name


class FakeEngine:
    """A stand-in for `factdb.engine.support.claim_supported` with fixed answers, for
    tests of what surrounds the engine: a statement without a digit is unverified, any
    other passes with one matched element. `calls` records the languages it was given."""

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []

    def __call__(
        self,
        statement: str,
        quotes: list[str],
        published: object = None,
        *,
        statement_lang: str | None = None,
        quote_lang: object = None,
    ) -> object:
        from factdb.engine.support import Element, Support

        self.calls.append(
            {"statement": statement, "statement_lang": statement_lang, "quote_lang": quote_lang}
        )
        if not any(ch.isdigit() for ch in statement):
            return Support("unverified", "nothing in the statement could be compared")
        element = Element("number", statement, quotes[0] if quotes else None, "match")
        return Support("pass", "every element matches", (element,))


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    """Checks run in this process use `FakeEngine` for the "claim supported" verdict."""
    from factdb import check_rules

    engine = FakeEngine()
    monkeypatch.setattr(check_rules, "claim_supported", engine)
    # Another engine: verdicts the real one stored are not taken for its own, nor its own
    # for the real one's (`check_rules.verdict_key`).
    monkeypatch.setattr(check_rules, "engine_version", lambda: "tests.conftest.FakeEngine")
    return engine
