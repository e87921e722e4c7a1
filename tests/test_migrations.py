"""Alembic owns the schema: migrating an empty database gives exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from factdb.search.index import include_name
from factdb.store import db as dblib
from factdb.store.models import Base

from .conftest import Runner


def _diff(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "include_name": include_name,
                },
            )
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_upgrade_to_head_matches_models(any_empty_db_url: str) -> None:
    dblib.upgrade(any_empty_db_url)
    assert _diff(any_empty_db_url) == []


def test_downgrade_to_base_and_upgrade_again(any_empty_db_url: str) -> None:
    url = any_empty_db_url
    dblib.upgrade(url)
    dblib.downgrade(url, "base")
    engine = dblib.make_engine(url)
    try:
        assert set(dblib.inspect_tables(engine)) <= {"alembic_version"}
        assert dblib.current_revision(engine) is None
    finally:
        engine.dispose()
    dblib.upgrade(url)
    assert _diff(url) == []
    engine = dblib.make_engine(url)
    try:
        assert dblib.current_revision(engine) == dblib.head_revision(url)
    finally:
        engine.dispose()


def test_every_model_table_is_created_by_migrations(any_empty_db_url: str) -> None:
    dblib.upgrade(any_empty_db_url)
    engine = dblib.make_engine(any_empty_db_url)
    try:
        tables = set(dblib.inspect_tables(engine))
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_schema_head_is_the_head_of_the_migration_scripts() -> None:
    """Commands check the schema against `SCHEMA_HEAD` without loading Alembic; a new
    migration must bump it."""
    assert dblib.SCHEMA_HEAD == dblib.head_revision("sqlite://")


def test_a_downgrade_past_pdf_citations_keeps_every_html_citation(run: Runner) -> None:
    """Revision 0016's downgrade removes only PDF citations (no HTML range). On PostgreSQL an
    HTML citation's `pdf` is JSON null, not SQL NULL: "pdf IS NOT NULL" took them all."""
    from .conftest import SOURCES
    from .test_claims import SEED_URL

    assert run("archive", str(SOURCES)).exit_code == 0
    # Both write paths: a bulk import and one claim added on its own.
    assert run("claims", "import", str(SOURCES / "claims.yaml")).exit_code == 0
    added = run(
        "claim", "add", "--id", "one-by-one", "--statement", "Iran passed 3.67% in 2019.",
        "--quote", "3.67 percent", "--source", SEED_URL,
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    engine = create_engine(run.db_url)
    try:
        with engine.connect() as conn:
            before = conn.execute(text("SELECT count(*) FROM citation")).scalar_one()
        assert before > 0
        dblib.downgrade(run.db_url, "0015")
        with engine.connect() as conn:
            after = conn.execute(text("SELECT count(*) FROM citation")).scalar_one()
        assert after == before
        dblib.upgrade(run.db_url)
    finally:
        engine.dispose()
