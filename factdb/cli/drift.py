"""`factdb recheck` and `factdb claim rebase`: follow cited pages as they change."""

from __future__ import annotations

from typing import Any

import click

from .app import State, cli, pass_state
from .claims import claim
from .output import error, fetch_options, json_option, render, table


@cli.command()
@click.argument("sources", nargs=-1, metavar="[SOURCE_URL]...")
@click.option("--fetch", is_flag=True, help="Fetch each source's URL now and compare with that.")
@click.option(
    "--against",
    metavar="INPUT",
    help="Compare with this capture (HTML file, WARC or WACZ) of the one source named.",
)
@fetch_options
@click.option("--by", "actor", help="Who runs the recheck (default: $FACTDB_USER or login).")
@json_option
@pass_state
def recheck(
    state: State,
    sources: tuple[str, ...],
    fetch: bool,
    against: str | None,
    timeout: float,
    max_bytes: int,
    actor: str | None,
    as_json: bool,
) -> None:
    """Re-check cited quotes against a newer capture of their pages (drift).

    For each source (default: every source an active claim cites), every citation is
    compared with the newest snapshot retrieved after the one it cites, or with the page
    fetched now (--fetch), or with the capture given (--against; archived as a snapshot of
    the source); a citation of the newest snapshot itself (after `claim rebase`) is
    recorded unchanged. Each quote is unchanged, moved, edited (new text, similarity, word diff,
    and "claim supported" on the new text) or removed; the results are recorded as the
    `drift` check, where edited and removed fail. Exits 1 when a quote was edited or
    removed or a source could not be rechecked.

    Example: factdb recheck https://example.org/a --against a-2024.html
    """
    from .. import drift as lib
    from ..store.events import default_actor

    report = lib.recheck(
        state.db,
        sources,
        fetch=fetch,
        against=against,
        actor=actor or default_actor(),
        fetch_options={"timeout": timeout, "max_bytes": max_bytes},
    )

    def show() -> None:
        if report.results:
            table(
                [
                    (d.status, d.claim, d.from_snapshot[:12], d.to_snapshot[:12], d.similarity)
                    for d in report.results
                ],
                ["status", "claim", "from", "to", "similarity"],
            )
        for d in report.results:
            if d.status != "unchanged":
                click.echo(f"{d.status.upper():<9} {d.claim}: {d.detail}")
        counts = report.counts()
        click.echo(
            f"{len(report.results)} citations rechecked"
            + (f" in run {report.run_id}" if report.run_id else "")
            + ": "
            + ", ".join(f"{counts[s]} {s}" for s in lib.STATUSES)
            + f"; {len(report.failures)} source(s) not rechecked."
        )

    render([d.to_json() for d in report.results], show, as_json=as_json)
    for failure in report.failures:
        error(f"{failure.source}: {failure.reason}")
    if report.failed():
        raise SystemExit(1)


@claim.command("rebase")
@click.argument("slug", metavar="ID")
@click.option(
    "--to",
    "to",
    required=True,
    metavar="SNAPSHOT",
    help="The newer snapshot of the same source: SHA-256 or a unique prefix.",
)
@click.option("--quote", help="The corrected words, when the page now says something else.")
@click.option("--by", "actor", help="Who rebases the claim.")
@json_option
@pass_state
def claim_rebase(
    state: State, slug: str, to: str, quote: str | None, actor: str | None, as_json: bool
) -> None:
    """Move claim ID's citations of one source to a newer snapshot of it.

    Only when the quote is found in the new snapshot exactly (typography aside), or, with
    --quote, when the corrected words are. The old citation stays in the claim's revision
    history. Run `factdb check ID` afterwards.

    Example: factdb claim rebase iran-enrichment --to 9b1c33f0
    """
    from .. import drift as lib
    from ..claims import citation_json
    from ..store.events import default_actor

    with state.db.session() as session:
        c = lib.rebase(session, slug, to, quote=quote, actor=actor or default_actor())
        data: dict[str, Any] = {
            "id": c.slug,
            "revision": len(c.revisions),
            "citations": [citation_json(x) for x in c.citations],
        }

    def show() -> None:
        shas = sorted({x["snapshot"][:12] for x in data["citations"]})
        click.echo(
            f"Claim {slug} now cites snapshot {', '.join(shas)} (revision {data['revision']})."
        )

    render(data, show, as_json=as_json)
