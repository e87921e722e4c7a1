"""`factdb check` and `factdb audit`: run the checks, and audit the whole database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..defaults import CHECK_BATCH
from ..errors import UsageError
from ..statuses import RETRACTED, STATUSES, TRIAGE, label
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
@click.option(
    "--recompute",
    is_flag=True,
    help="Run the supported check's engine on every claim, even where the last recorded "
    "verdict was computed from the same statement, quotes, languages and engine (claims of "
    "the run with the same inputs share one run of it).",
)
@json_option
@pass_state
def check(
    state: State,
    slugs: tuple[str, ...],
    strict: bool,
    actor: str | None,
    jobs: int | None,
    recompute: bool,
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
    too, as check "drift"). A claim whose statement, quotes, languages, page date and
    engine are those of its last supported verdict takes that verdict instead of running
    the engine again (--recompute runs it anyway). Exits 0 when nothing failed, 1 when
    something failed (or, with --strict, warned or needs review).

    Example: factdb check iran-enrichment-above-367 --strict
    """
    from .. import checks as lib
    from ..store.events import default_actor

    # A Core connection, not a session: the run reads and writes through Core tables, and
    # a check of a few claims starts without loading the ORM (issue 20).
    with state.db.connect() as conn:
        # Without --json only what did not pass is shown: keep only that, whatever the size.
        # The report ends with the claims' current drift results, counted with the others.
        report = lib.run_checks(
            conn,
            slugs,
            actor=actor or default_actor(),
            collect=as_json,
            jobs=jobs or lib.default_jobs(),
            reuse=not recompute,
        )
    counts = report.counts()

    def show() -> None:
        # "reviewed" only once people reviewed something: no check answers it.
        shown = [c for c in STATUSES if c != "reviewed" or counts[c]]
        table([(label(c), counts[c]) for c in shown], ["status", "results"])
        for r in report.results:
            if r.status != "pass":
                run = f" (recheck run {r.run_id})" if r.run_id is not None else ""
                click.echo(f"{_tag(r.status)} {r.claim} [{r.check}] {r.detail}{run}")
                if r.review is not None:
                    click.echo(f"      {_review_line(r.review)}")
        click.echo(f"{report.claims} claims checked in run {report.run_id}: {_summary(counts)}.")

    render([r.to_json() for r in report.results], show, as_json=as_json)
    if report.failed(strict):
        raise SystemExit(1)


def _tag(status: str) -> str:
    """A result line's first word: FAIL, WARN, NEEDS REVIEW (unverified), PASS."""
    return f"{label(status).upper():<5}"


def _review_line(review: dict[str, Any]) -> str:
    """A held review in words: "accepted by ann on 2026-12-04 (was needs review): why"."""
    word = "accepted" if review["verdict"] == "accept" else "rejected"
    return (
        f"{word} by {review['by']} on {review['at'][:10]} "
        f"(was {label(review['answered'])}): {review['why']}"
    )


def _summary(counts: dict[str, int]) -> str:
    """The counts in words, always in this order: 21 pass, 1 warn, 0 fail, 12 need review
    (then ", 3 reviewed" when people accepted some, ", 2 retracted" when the audit met
    retracted claims)."""
    review = counts.get("unverified", 0)
    reviewed = counts.get("reviewed", 0)
    retracted = counts.get(RETRACTED, 0)
    return (
        f"{counts['pass']} pass, {counts['warn']} warn, {counts['fail']} fail, "
        f"{review} {'needs' if review == 1 else 'need'} review"
        + (f", {reviewed} reviewed" if reviewed else "")
        + (f", {retracted} retracted" if retracted else "")
    )


def _only(value: str | None) -> tuple[str, ...] | None:
    """`--only fail,warn,unverified` as statuses (None: every one)."""
    if value is None:
        return None
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    known = (*STATUSES, RETRACTED)
    for name in names:
        if name not in known:
            raise UsageError(
                f"--only: unknown status {name!r}: use {', '.join(TRIAGE)} or {RETRACTED}"
            )
    return names


@cli.command()
@strict_option
@click.option(
    "--only",
    metavar="STATUS,...",
    help="Show only claims of these statuses (fail, warn, unverified, reviewed, pass, "
    "retracted); the counts and the exit code stay those of every claim.",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also write the audit as a self-contained HTML report to FILE: in triage order, "
    "its counts linking to their groups, filtered by status and tag and sorted by status or "
    "source with no script (it loads nothing).",
)
@json_option
@pass_state
def audit(
    state: State, strict: bool, only: str | None, html_path: Path | None, as_json: bool
) -> None:
    """Audit the provenance of every claim: its chain and its latest check results.

    For each claim: statement → citation → snapshot → source with who and when, the
    latest result of each check, and whether it was never checked or checked with an
    older extractor. A claim is fail, warn, "needs review" (unverified: nothing in its
    statement could be compared mechanically), reviewed (a person accepted what the
    machine could not settle: `factdb review`) or pass, the worst of its current results
    (those no later change of the claim superseded); a rejected review fails it; a
    retracted claim is counted apart, as retracted, never as failing. Exits like `check`:
    1 when a latest result failed (or, with --strict, warned, needs review or was never
    checked).

    The text report is in triage order: failures, then warnings, needs review, reviewed,
    pass (and retracted), each group by source with the source's URL once, and beside
    each claim that did not pass the short quote with the span marked and what to look
    at; the counts by status come at the top and at the end. --json gives one object
    per claim in order of id (with "review": the latest review of each check).

    Example: factdb check && factdb audit --only fail,warn,unverified --html audit.html
    """
    from .. import audit as auditlib
    from ..report import audit_html

    shown = _only(only)
    counts = dict.fromkeys((*STATUSES, RETRACTED), 0)
    failed = False

    def audited(session: Session) -> Iterator[dict[str, Any]]:
        """Each claim's audit as JSON, counted as it goes by."""
        nonlocal failed
        for a in auditlib.iter_audit(session):
            d = a.to_json()
            counts[d["audit"]] += 1
            failed = failed or a.failing(strict)
            if shown is None or d["audit"] in shown:
                if not as_json:  # the text marks the span in its context
                    for cit, audited_cit in zip(d["citations"], a.claim.citations, strict=True):
                        cit["prefix"], cit["suffix"] = audited_cit.prefix, audited_cit.suffix
                yield d

    # Claim by claim for --json: the audit of a large database is never held whole. The
    # triage needs every claim before it prints the first group.
    with state.db.snapshot() as session:
        claims = audited(session)

        def show() -> None:
            _print_triage(list(claims), counts)

        render(claims, show, as_json=as_json)
        if html_path is not None:
            write_output(audit_html(session), html_path, state)
    if failed:
        raise SystemExit(1)


def _counts_line(counts: dict[str, int]) -> str:
    return f"{sum(counts.values())} claims: {_summary(counts)}."


def _print_triage(claims: list[dict[str, Any]], counts: dict[str, int]) -> None:
    """The audit in triage order, a group per status, the claims of a group by source."""
    click.echo(_counts_line(counts))
    for status in (*TRIAGE, RETRACTED):
        group = [d for d in claims if d["audit"] == status]
        if not group:
            continue
        click.echo(f"\n{label(status).upper()} ({len(group)})")
        by_source: dict[str, list[dict[str, Any]]] = {}
        for d in group:
            urls = sorted({c["source"] for c in d["citations"]}) or ["(no citation)"]
            by_source.setdefault(" · ".join(urls), []).append(d)
        for where in sorted(by_source):
            click.echo(f"  {where}")
            for d in by_source[where]:
                _print_audit(d, status not in ("pass", RETRACTED))
    click.echo(f"\n{_counts_line(counts)}")


def _short_quote(cit: dict[str, Any], around: int = 30, most: int = 90) -> str:
    """The quote with the span marked, clipped: "…before [[the quote]] after…"."""
    exact = " ".join(cit["exact"].split())
    if len(exact) > most:
        exact = exact[: most - 1] + "…"
    before = " ".join(cit.get("prefix", "").split())[-around:]
    after = " ".join(cit.get("suffix", "").split())[:around]
    return f"“…{before} [[{exact}]] {after}…”"


def _print_audit(d: dict[str, Any], detail: bool) -> None:
    click.echo(f"    {_tag(d['audit'])} {d['claim']} [{d['status']}] {d['statement']}")
    if not detail:
        return
    for cit in d["citations"]:
        click.echo(
            f"      {_short_quote(cit)} snapshot {cit['snapshot'][:12]} retrieved "
            f"{cit['retrieved_at'][:10]}, recorded by {cit['recorded_by']} "
            f"{cit['recorded_at'][:10]}"
        )
    for r in d["results"]:
        if r["status"] != "pass":
            click.echo(f"      {label(r['status'])} [{r['check']}] {r['detail']}")
            if "review" in r:
                click.echo(f"        {_review_line(r['review'])}")
    for rv in d["review"]:
        if not rv["holds"]:
            click.echo(f"      [{rv['check']}] review lapsed: {rv['lapsed']}")
    for note in d["notes"]:
        click.echo(f"      note: {note}")
