"""Alembic environment: the same URL as the CLI, batch mode on SQLite, one set of options."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from factdb.search.index import include_name
from factdb.store.db import make_engine, resolve_url
from factdb.store.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    # `factdb init` passes its URL in the config; `alembic -x db=...` and the environment
    # variable work the same way as `factdb --db`.
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    return resolve_url(context.get_x_argument(as_dictionary=True).get("db"))


def _options(dialect_name: str) -> dict:
    return {
        "target_metadata": target_metadata,
        "compare_type": True,
        "compare_server_default": True,
        # The search index (FTS5 / tsvector tables) is derived data outside the models.
        "include_name": include_name,
        "render_as_batch": dialect_name == "sqlite",
    }


def run_offline() -> None:
    url = _url()
    dialect = url.split(":", 1)[0].split("+", 1)[0]
    context.configure(url=url, literal_binds=True, **_options(dialect))
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    context.configure(connection=connection, **_options(connection.dialect.name))
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
