"""`factdb check` and `factdb audit`: run the checks, and audit the whole database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..defaults import CHECK_BATCH
from ..statuses import RETRACTED, STATUSES, label
from .app import State, cli, pass_state
from .export import write_output
from .output import json_option, render, table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

strict_option = click.option(
    "--strict",
    is_flag=True,
    help="Treat warnings and results that need review (unverified) as failures (exit 1).",
)


@cli.command()
@click.argument("slugs", nargs=-1, metavar="[ID]...")
@strict_option
@click.option("--by", "actor", help="Who runs the checks.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    metavar="N",
    help=f"Worker processes for runs of more than {CHECK_BATCH} claims "
    "(default: the usable CPUs, at most 8; 1 checks in this process).",
)
@json_option
@pass_state
def check(
    state: State,
    slugs: tuple[str, ...],
    strict: bool,
    actor: str | None,
    jobs: int | None,
    as_json: bool,
) -> None:
    """Run every check on the named claims (default: every active claim) and record it.

    Checks: integrity (snapshot digest), span (the quote at its place in the re-extracted
    text), html-span (the HTML range reads the quote), supported (the statement's numbers,
    dates, hedges and other elements match the quote's, each read in its language; with
    --json its "elements" list what was compared). A supported result is "unverified"
    (needs review) when nothing in the statement could be compared: read the quote beside
    the statement. Drift needs a newer capture, so it is not re-run here: the latest
    `factdb recheck` result of each claim is shown and counted with the others (in --json
    too, as check "drift"). Exits 0 when nothing failed, 1 when something failed (or, with
    --strict, warned or needs review).

    Example: factdb check iran-enrichment-above-367 --strict
    """
    from .. import checks as lib
    from ..store.events import default_actor

    with state.db.session() as session:
        # Without --json only what did not pass is shown: keep only that, whatever the size.
        # The report ends with the claims' current drift results, counted with the others.
        report = lib.run_checks(
            session,
            slugs,
            actor=actor or default_actor(),
            collect=as_json,
            jobs=jobs or lib.default_jobs(),
        )
    counts = report.counts()

    def show() -> None:
        table([(label(c), counts[c]) for c in STATUSES], ["status", "results"])
        for r in report.results:
            if r.status != "pass":
                run = f" (recheck run {r.run_id})" if r.run_id is not None else ""
                click.echo(f"{_tag(r.status)} {r.claim} [{r.check}] {r.detail}{run}")
        click.echo(f"{report.claims} claims checked in run {report.run_id}: {_summary(counts)}.")

    render([r.to_json() for r in report.results], show, as_json=as_json)
    if report.failed(strict):
        raise SystemExit(1)


def _tag(status: str) -> str:
    """A result line's first word: FAIL, WARN, NEEDS REVIEW (unverified), PASS."""
    return f"{label(status).upper():<5}"


def _summary(counts: dict[str, int]) -> str:
    """The counts in words, always in this order: 21 pass, 1 warn, 0 fail, 12 need review
    (then ", 2 retracted" when the audit met retracted claims)."""
    review = counts.get("unverified", 0)
    retracted = counts.get(RETRACTED, 0)
    return (
        f"{counts['pass']} pass, {counts['warn']} warn, {counts['fail']} fail, "
        f"{review} {'needs' if review == 1 else 'need'} review"
        + (f", {retracted} retracted" if retracted else "")
    )


@cli.command()
@strict_option
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also write the audit as a self-contained HTML report to FILE.",
)
@json_option
@pass_state
def audit(state: State, strict: bool, html_path: Path | None, as_json: bool) -> None:
    """Audit the provenance of every claim: its chain and its latest check results.

    For each claim: statement → citation → snapshot → source with who and when, the
    latest result of each check, and whether it was never checked or checked with an
    older extractor. A claim is fail, warn, "needs review" (unverified: nothing in its
    statement could be compared mechanically) or pass, the worst of its current results
    (those no later change of the claim superseded); a retracted claim is counted apart,
    as retracted, never as failing. Exits like `check`: 1 when a latest result failed (or,
    with --strict, warned, needs review or was never checked).

    Example: factdb check && factdb audit --html audit.html
    """
    from .. import audit as auditlib
    from ..report import audit_html

    counts = dict.fromkeys((*STATUSES, RETRACTED), 0)
    failed = False

    def audited(session: Session) -> Iterator[dict[str, Any]]:
        """Each claim's audit as JSON, counted as it goes by."""
        nonlocal failed
        for a in auditlib.iter_audit(session):
            d = a.to_json()
            counts[d["audit"]] += 1
            failed = failed or a.failing(strict)
            yield d

    # Claim by claim: the audit of a large database is never held whole.
    with state.db.snapshot() as session:
        claims = audited(session)

        def show() -> None:
            for d in claims:
                _print_audit(d)
            click.echo(f"{sum(counts.values())} claims: {_summary(counts)}.")

        render(claims, show, as_json=as_json)
        if html_path is not None:
            write_output(audit_html(session), html_path, state)
    if failed:
        raise SystemExit(1)


def _print_audit(d: dict[str, Any]) -> None:
    click.echo(f"{_tag(d['audit'])} {d['claim']} [{d['status']}] {d['statement']}")
    for cit in d["citations"]:
        click.echo(
            f"      cites {cit['source']} snapshot {cit['snapshot'][:12]} "
            f"retrieved {cit['retrieved_at'][:19]}, recorded by "
            f"{cit['recorded_by']} {cit['recorded_at'][:19]}"
        )
    for r in d["results"]:
        if r["status"] != "pass":
            click.echo(f"      {label(r['status'])} [{r['check']}] {r['detail']}")
    for note in d["notes"]:
        click.echo(f"      note: {note}")
