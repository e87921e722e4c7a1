"""`factdb source show` and `factdb source edit`: one source, its snapshots, every claim
citing it, and corrections to what is recorded about it."""

from __future__ import annotations

import click

from .. import report
from ..statuses import label
from ..store.events import default_actor
from .app import State, cli, pass_state
from .output import json_option, render


@cli.group("source")
def source_group() -> None:
    """Show one source and what cites it, or correct what is recorded about it; set how
    often `factdb watch` looks at it.

    Example: factdb source show 1
    """


@source_group.command("watch")
@click.argument("ref", metavar="URL_OR_ID")
@click.option(
    "--every",
    metavar="INTERVAL",
    help="How often to look at the page: a whole number and m, h, d or w (e.g. 6h, 1d).",
)
@click.option("--off", is_flag=True, help="Stop watching the source.")
@click.option("--by", "actor", help="Who changes the watch (default: $FACTDB_USER or login).")
@json_option
@pass_state
def source_watch(
    state: State, ref: str, every: str | None, off: bool, actor: str | None, as_json: bool
) -> None:
    """Watch a source at its own interval, or stop watching it.

    Every source an active claim cites is watched at the default interval (weekly, or
    `factdb watch --default-every`); a source no claim cites is watched once given an
    interval. `factdb sources --watch` lists the watch list.

    Example: factdb source watch https://example.org/a --every 1d
    """
    from .. import watch

    interval = watch.parse_every(every) if every is not None else None
    with state.db.session() as session:
        row = watch.set_watch(session, ref, every=interval, off=off, actor=actor or default_actor())
        [state_] = watch.watch_states(session, source_id=row.source_id)
        data = state_.to_json()

    def show() -> None:
        if data["off"]:
            click.echo(f"No longer watching {data['url']}.")
        else:
            click.echo(f"Watching {data['url']} every {data['every']}.")

    render(data, show, as_json=as_json)


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
        copy = data["archived_copy"]
        if copy:
            click.echo(f"    archived copy: {copy['url']} (captured {copy['date']})")
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


@source_group.command("edit")
@click.argument("ref", metavar="URL_OR_ID")
@click.option(
    "--archived-copy",
    "archived_copy",
    metavar="URL",
    required=True,
    help="The URL of a public web archive's copy of the page (e.g. the Wayback Machine's).",
)
@click.option(
    "--archived-date",
    metavar="DATE",
    help="When that copy was captured (YYYY-MM-DD or ISO 8601; default: read from the "
    "copy's URL, as web.archive.org/web/YYYYMMDDhhmmss/... gives it).",
)
@click.option("--why", help="Why the record changes (kept in the event log).")
@click.option("--by", "actor", help="Who edits it (default: $FACTDB_USER or the login name).")
@json_option
@pass_state
def source_edit(
    state: State,
    ref: str,
    archived_copy: str,
    archived_date: str | None,
    why: str | None,
    actor: str | None,
    as_json: bool,
) -> None:
    """Record the public archived copy of source URL_OR_ID, as an event.

    Briefs then give it as the Robust Links data-versionurl of the source's links,
    `export wikitext` as archive-url and archive-date, `export sources` in its archive
    fields. Recording the same copy again changes nothing.

    Example: factdb source edit https://example.org/a --archived-copy https://web.archive.org/web/20190830123456/https://example.org/a
    """
    from ..archived_copy import set_archived_copy
    from ..store.events import default_actor

    with state.db.session() as session:
        result = set_archived_copy(
            session,
            ref,
            archived_copy,
            when=archived_date,
            actor=actor or default_actor(),
            why=why,
        )

    def show() -> None:
        verb = "Recorded" if result.changed else "Unchanged:"
        click.echo(
            f"{verb} archived copy of {result.url}: {result.archived_copy_url} "
            f"(captured {result.archived_copy_date})"
        )

    render(result.to_json(), show, as_json=as_json)
