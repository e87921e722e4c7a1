"""The `factdb` command group, its options and the state its commands share.

One place, `FactdbGroup.invoke`, turns library errors into one `Error: ...` line on
stderr and an exit code: 0 ok, 1 a failure the user asked to detect, 2 usage.

Start-up: importing the CLI loads click and these modules, not the library. Each command
imports the library it calls inside its function, and the database (SQLAlchemy) is opened
on first use, so `factdb --help` and every command start fast (`tests/test_startup.py`).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..errors import FactdbError
from .output import error

if TYPE_CHECKING:
    from ..store.db import Database


class FactdbGroup(click.Group):
    """A click group that reports `FactdbError`s as one line and exits with their code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactdbError as exc:
            error(str(exc))
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            error("interrupted")
            ctx.exit(130)


class State:
    """What the group's options set up for its commands: the database, opened on demand."""

    def __init__(self, db: str | None) -> None:
        self.option = db
        self._db: Database | None = None

    @cached_property
    def url(self) -> str:
        """The database URL: `--db`, else $FACTDB_DATABASE_URL, else ./factdb.sqlite."""
        from ..store.db import resolve_url

        return resolve_url(self.option)

    @property
    def db(self) -> Database:
        if self._db is None:
            from ..store import signing
            from ..store.db import Database

            # A signing key that cannot be read stops the command before it writes anything.
            signing.signer()
            self._db = Database.open(self.url)
        return self._db

    def keep(self) -> list[tuple[str, Path]]:
        """The files no output of a command may replace: the database's own."""
        from ..store.db import database_files

        return database_files(self.url)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


pass_state = click.make_pass_decorator(State)


@click.group(cls=FactdbGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH_OR_URL",
    help="Database: a SQLite file path or a SQLAlchemy URL "
    "(default: $FACTDB_DATABASE_URL, else ./factdb.sqlite).",
)
@click.version_option(__version__, prog_name="factdb")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """factdb: a citation-checked fact database with provenance.

    Archive the pages you cite, record each claim with the exact words that support it,
    and check, mechanically and repeatably, that every claim still matches its quote.

    Example: factdb init && factdb archive sources/ && factdb sources
    """
    state = State(db)
    ctx.obj = state
    ctx.call_on_close(state.close)


def main() -> None:
    """Entry point of the `factdb` console script."""
    cli(prog_name="factdb")
