"""`factdb source show`: one source, its snapshots, and every claim citing it."""

from __future__ import annotations

import click

from .. import report
from ..statuses import label
from .app import State, cli, pass_state
from .output import json_option, render


@cli.group("source")
def source_group() -> None:
    """Show one source and what cites it.

    Example: factdb source show 1
    """


@source_group.command("show")
@click.argument("ref", metavar="URL_OR_ID")
@json_option
@pass_state
def source_show(state: State, ref: str, as_json: bool) -> None:
    """Show a source: its metadata, every snapshot, and every claim citing it with the
    quote and the claim's latest check status.

    Example: factdb source show https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations
    """
    with state.db.session() as session:
        data = report.source_detail(session, ref)

    def show() -> None:
        click.echo(f"[{data['id']}] {data['url']}")
        click.echo(f"    {data['title'] or '(no title)'}")
        meta = [
            ", ".join(data["authors"]),
            data["publisher"],
            f"published {data['published']}" if data["published"] else None,
            data["language"],
        ]
        if any(meta):
            click.echo("    " + "; ".join(m for m in meta if m))
        click.echo(f"\n  {len(data['snapshots'])} snapshot(s):")
        for s in data["snapshots"]:
            status = f" HTTP {s['status']}" if s["status"] else ""
            click.echo(
                f"    {s['sha256']}  {s['retrieved_at']}  {s['method']}{status}  "
                f"{s['size']:,} bytes  {s['charset']}"
            )
        click.echo(f"\n  {len(data['claims'])} claim(s) cite it:")
        for c in data["claims"]:
            click.echo(
                f"    {c['id']}  [{c['status']}, check {label(c['check'])}]  {c['statement']}"
            )
            for cit in c["citations"]:
                click.echo(f"      “{cit['exact']}”  (snapshot {cit['snapshot'][:12]})")

    render(data, show, as_json=as_json)
