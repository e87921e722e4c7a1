"""`factdb review`: a person's verdict on what the checks could not settle."""

from __future__ import annotations

import click

from ..statuses import REVIEW_CHECKS
from .app import State, cli, pass_state
from .output import json_option, render


@cli.command()
@click.argument("slug", metavar="CLAIM")
@click.option(
    "--check",
    metavar="CHECK",
    help=f"The check whose result is judged ({', '.join(REVIEW_CHECKS)}; "
    "default: every current result that did not pass).",
)
@click.option("--accept", "verdict", flag_value="accept", help="Accept the result: reviewed.")
@click.option("--reject", "verdict", flag_value="reject", help="Reject the claim: it fails.")
@click.option("--why", required=True, help="Why (kept with the review).")
@click.option("--by", "actor", help="Who reviews it.")
@json_option
@pass_state
def review(
    state: State,
    slug: str,
    check: str | None,
    verdict: str | None,
    why: str,
    actor: str | None,
    as_json: bool,
) -> None:
    """Record a reviewer's verdict on claim CLAIM's current check results.

    An accepted unverified or warn result shows as reviewed (who, when) in check, audit,
    claim show, claims list and search, and briefs cite it without --allow-warnings; a
    rejected claim fails. The review is bound to the claim's revision, each citation's
    span and snapshot, and the result it answers: it lapses by itself when any of them
    changes. Failures of the integrity, span and html-span checks cannot be accepted.

    Example: factdb review macron-roadmap-set --accept --why "the quote says so" --by ann
    """
    from .. import reviews as lib
    from ..store.events import default_actor

    if verdict is None:
        raise click.UsageError("give --accept or --reject")
    who = actor or default_actor()
    with state.db.session() as session:
        rows = lib.review(session, slug, verdict=verdict, why=why, actor=who, check=check)
        results = [{"check": r.kind, "status": r.status, "detail": r.detail} for r in rows]
        data = {
            "claim": slug,
            "verdict": verdict,
            "by": who,
            "why": rows[0].why,
            "results": results,
        }
    word = "accepted" if verdict == "accept" else "rejected"
    checks = ", ".join(sorted({r["check"] for r in results}))
    render(
        data,
        lambda: click.echo(f"Claim {slug}: {checks} {word} by {who}."),
        as_json=as_json,
    )
