"""Commands that keep the archive trustworthy: fsck and backup."""

from __future__ import annotations

from pathlib import Path

import click

from ..defaults import FSCK_SAMPLE_RATE
from .app import State, cli, pass_state
from .output import json_option, render, tsa_ca_option


@cli.command()
@click.option(
    "--deep",
    is_flag=True,
    help="Recompute every cached text layer from its snapshot's bytes (default: those of "
    "cited snapshots and a sample of the others).",
)
@click.option(
    "--sample",
    type=click.FloatRange(0.0, 1.0),
    default=FSCK_SAMPLE_RATE,
    show_default=True,
    metavar="RATE",
    help="Share of uncited snapshots' text layers recomputed, at random.",
)
@click.option(
    "--expect-head",
    metavar="HASH",
    help="A head hash printed by an earlier fsck and kept elsewhere: fail unless the log "
    "still contains it (events cut from its end, or a rewritten chain).",
)
@tsa_ca_option
@json_option
@pass_state
def fsck(
    state: State,
    deep: bool,
    sample: float,
    expect_head: str | None,
    tsa_ca: tuple[str, ...],
    as_json: bool,
) -> None:
    """Verify the archive: nothing lost, nothing forged. Exits 1 on any problem.

    Re-hashes every snapshot's bytes; checks each cached text layer against its digest
    and recomputes layers from the bytes (--deep: all); checks the event log's hash chain
    (an edited, deleted or reordered event is named) and, when FACTDB_SIGNING_KEY or
    FACTDB_VERIFY_KEY is set, every event's signature; replays the log and compares the
    state it implies with every row (sources, snapshots, claims, tags, citations,
    revisions, check runs and results), naming each row that differs and what differs;
    re-extracts each cited snapshot and checks that every citation's stored quote is
    still its text slice; and checks that nothing is half-stored (a claim without
    citation or revision, a row without its event). Runs on one consistent read snapshot,
    so writers may keep going. Verifies every stored RFC 3161 time-stamp token (`factdb
    timestamp`): it vouches for its snapshot's digest or event-log head, which still
    exists, and, with --tsa-ca (or $FACTDB_TSA_CA), its signature and certificate chain
    verify; prints each token's time. The last line gives the event log's head hash: keep
    it elsewhere and pass it to --expect-head later to detect a log cut short or rewritten.

    Example: factdb fsck --expect-head 3f2a…(64 hex digits) --json
    """
    from .. import integrity
    from ..timestamps import load_roots

    report = integrity.fsck(
        state.db,
        deep=deep,
        sample=sample,
        expect_head=expect_head,
        tsa_roots=load_roots(tsa_ca),
    )

    def show() -> None:
        for problem in report.problems:
            click.echo(problem.line())
        corrupt = len(report.of_kind("snapshot"))
        click.echo(f"{report.snapshots} snapshots checked, {corrupt} corrupt.")
        rate = "all" if report.sample_rate >= 1.0 else f"{report.sample_rate:.0%} of the others"
        click.echo(
            f"{report.text_layers} cached text layers checked against their digests, "
            f"{report.text_layers_recomputed} recomputed from the bytes (every cited "
            f"snapshot's, {rate}), {len(report.of_kind('layer'))} forged."
        )
        chain = len(report.of_kind("event", "chain"))
        unchained = (
            f" ({report.unchained_events} from before the log was chained)"
            if report.unchained_events
            else ""
        )
        click.echo(f"{report.events} events checked{unchained}, {chain} tampered or out of chain.")
        if report.signatures_verified:
            bad = len(report.of_kind("signature"))
            click.echo(f"{report.signed_events} signatures verified, {bad} missing or wrong.")
        elif report.signed_events:
            click.echo(
                f"{report.signed_events} events signed, not verified (set FACTDB_VERIFY_KEY)."
            )
        differ = len(report.of_kind("row", "missing"))
        click.echo(
            f"{report.rows_compared} rows compared with the replayed log, "
            f"{differ} altered or missing."
        )
        skipped = (
            f" ({report.citations_skipped} made with an older extractor left to `factdb check`)"
            if report.citations_skipped
            else ""
        )
        mismatched = len(report.of_kind("citation"))
        click.echo(f"{report.citations} citations checked{skipped}, {mismatched} mismatched.")
        incomplete = len(report.of_kind("incomplete", "unrecorded"))
        click.echo(f"{report.claims} claims checked, {incomplete} incomplete or unrecorded.")
        if report.expected_head is not None:
            found = "not found" if report.of_kind("head") else "found"
            click.echo(f"Expected head {report.expected_head}: {found}.")
        if report.timestamps:
            for t in report.timestamps:
                if t["ok"]:
                    how = "chain verified" if t["chain_verified"] else "chain not verified"
                    click.echo(
                        f"TIMESTAMPED {t['kind']} {t['subject'][:12]}: {t['time']} by "
                        f"{t['tsa']} ({how})"
                    )
            bad = len(report.of_kind("timestamp"))
            click.echo(f"{len(report.timestamps)} time-stamp tokens checked, {bad} bad.")
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
    from .. import backup as backuplib

    report = backuplib.backup(state.db, path)

    def show() -> None:
        click.echo(
            f"Backed up {report.source} to {report.path}: {report.size:,} bytes, "
            f"{report.snapshots} snapshots, {report.claims} claims, {report.events} events."
        )

    render(report.to_json(), show, as_json=as_json)
