"""Commands that keep the archive trustworthy: fsck and backup."""

from __future__ import annotations

from pathlib import Path

import click

from .. import backup as backuplib
from .. import integrity
from .app import State, cli, pass_state
from .output import json_option, render


@cli.command()
@json_option
@pass_state
def fsck(state: State, as_json: bool) -> None:
    """Verify the archive: nothing lost, nothing forged. Exits 1 on any problem.

    Re-hashes every snapshot's bytes; checks the event log's hash chain (an edited,
    deleted or reordered event is named); re-extracts each cited snapshot and checks that
    every citation's stored quote is still its text slice; and checks that nothing is
    half-stored (a claim without citation or revision, a claim, snapshot or source
    without its event). Runs on one consistent read snapshot, so writers may keep going.
    The last line gives the event log's head hash: keep it to detect a log cut short.

    Example: factdb fsck --json
    """
    report = integrity.fsck(state.db)

    def show() -> None:
        for problem in report.problems:
            click.echo(problem.line())
        corrupt = len(report.of_kind("snapshot"))
        click.echo(f"{report.snapshots} snapshots checked, {corrupt} corrupt.")
        chain = len(report.of_kind("event", "chain"))
        unchained = (
            f" ({report.unchained_events} from before the log was chained)"
            if report.unchained_events
            else ""
        )
        click.echo(f"{report.events} events checked{unchained}, {chain} tampered or out of chain.")
        skipped = (
            f" ({report.citations_skipped} made with an older extractor left to `factdb check`)"
            if report.citations_skipped
            else ""
        )
        mismatched = len(report.of_kind("citation"))
        click.echo(f"{report.citations} citations checked{skipped}, {mismatched} mismatched.")
        incomplete = len(report.of_kind("incomplete", "unrecorded"))
        click.echo(f"{report.claims} claims checked, {incomplete} incomplete or unrecorded.")
        click.echo(f"Event log head: {report.head or '(empty log)'}")

    render(report.to_json(), show, as_json=as_json)
    if not report.ok:
        raise SystemExit(1)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@pass_state
def backup(state: State, path: Path, as_json: bool) -> None:
    """Copy the database to PATH, consistently, while other processes keep writing.

    SQLite only (its online backup API: the copy is the database as of one commit, and
    appears at PATH only once complete). For PostgreSQL use pg_dump (see the README).
    Restore by using the copy as the database: `factdb --db PATH fsck`.

    Example: factdb backup backups/factdb-2024-06-01.sqlite
    """
    report = backuplib.backup(state.db, path)

    def show() -> None:
        click.echo(
            f"Backed up {report.source} to {report.path}: {report.size:,} bytes, "
            f"{report.snapshots} snapshots, {report.claims} claims, {report.events} events."
        )

    render(report.to_json(), show, as_json=as_json)
