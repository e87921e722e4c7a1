"""`factdb source show` and `factdb source edit`: one source, its snapshots, every claim
citing it, and corrections to what is recorded about it."""

from __future__ import annotations

from typing import Any

import click

from ..statuses import label
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
    from ..store.events import default_actor

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
@click.option(
    "--history",
    is_flag=True,
    help="Also list every recorded change of the source (corrections with who, when, why).",
)
@json_option
@pass_state
def source_show(state: State, ref: str, history: bool, as_json: bool) -> None:
    """Show a source: its metadata, every snapshot, and every claim citing it with the
    quote and the claim's latest check status.

    Example: factdb source show https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations
    """
    from ..reads import source_detail

    if history:  # the history reads the event log through the ORM
        from ..sources import source_history

        with state.db.session() as session:
            data = source_detail(session, ref)
            data["history"] = source_history(session, ref)
    else:
        with state.db.connect() as conn:
            data = source_detail(conn, ref)

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
        if history:
            _print_history(data["history"])

    render(data, show, as_json=as_json)


def _print_history(entries: list[dict[str, Any]]) -> None:
    click.echo("\n  history:")
    for e in entries:
        why = f" — {e['why']}" if e.get("why") else ""
        click.echo(f"    {e['at']}  {e['kind']} by {e['by']}{why}")
        for name, change in e["changes"].items():
            before, after = (_value(change[k]) for k in ("before", "after"))
            click.echo(f"      {name}: {before} → {after}")


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "-"
    return "-" if value in (None, "") else str(value)


@source_group.command("edit")
@click.argument("ref", metavar="URL_OR_ID")
@click.option("--title", help="The work's title, corrected.")
@click.option(
    "--author", "authors", multiple=True, help="An author (repeat for several; replaces the list)."
)
@click.option("--publisher", help="The publisher or site name, corrected.")
@click.option(
    "--published", metavar="DATE", help="The publication date (YYYY-MM-DD, YYYY-MM or YYYY)."
)
@click.option(
    "--language", metavar="TAG", help="The work's language, a BCP 47 tag such as en, de or pt-BR."
)
@click.option(
    "--archived-copy",
    "archived_copy",
    metavar="URL",
    help="The URL of a public web archive's copy of the page (e.g. the Wayback Machine's).",
)
@click.option(
    "--archived-date",
    metavar="DATE",
    help="When that copy was captured (YYYY-MM-DD or ISO 8601; default: read from the "
    "copy's URL, as web.archive.org/web/YYYYMMDDhhmmss/... gives it).",
)
@click.option(
    "--why", help="Why the record changes (kept in the event log; needed to correct metadata)."
)
@click.option("--by", "actor", help="Who edits it (default: $FACTDB_USER or the login name).")
@json_option
@pass_state
def source_edit(
    state: State,
    ref: str,
    title: str | None,
    authors: tuple[str, ...],
    publisher: str | None,
    published: str | None,
    language: str | None,
    archived_copy: str | None,
    archived_date: str | None,
    why: str | None,
    actor: str | None,
    as_json: bool,
) -> None:
    """Correct what is recorded about source URL_OR_ID, or record its public archived copy.

    Each correction is an event (`source show URL_OR_ID --history` lists them); briefs,
    exports and the supported check (publication date, language) use the corrected
    values from then on. The archived copy becomes the Robust Links data-versionurl of
    the source's links in briefs, `export wikitext`'s archive-url and archive-date, and
    the archive fields of `export sources`. Giving values the source already has
    changes nothing.

    Example: factdb source edit 1 --publisher "Example Times" --published 2019-08-30 --why "typo"
    """
    from ..archived_copy import set_archived_copy
    from ..errors import UsageError
    from ..reads import source_detail
    from ..sources import edit_source
    from ..store.events import default_actor

    metadata = (title, publisher, published, language) != (None,) * 4 or bool(authors)
    if not metadata and archived_copy is None:
        raise UsageError(
            "nothing to record: give --title, --author, --publisher, --published, "
            "--language or --archived-copy"
        )
    if archived_date is not None and archived_copy is None:
        raise UsageError("--archived-date needs --archived-copy")
    by = actor or default_actor()
    with state.db.session() as session:
        edit = None
        if metadata:
            edit = edit_source(
                session,
                ref,
                title=title,
                authors=authors,
                publisher=publisher,
                published=published,
                language=language,
                why=why,
                actor=by,
            )
        copy = None
        if archived_copy is not None:
            copy = set_archived_copy(
                session, ref, archived_copy, when=archived_date, actor=by, why=why
            )
        data = source_detail(session, ref)
    result = {
        "source": data["id"],
        "url": data["url"],
        **{k: data[k] for k in ("title", "authors", "publisher", "published", "language")},
        "archived_copy_url": (data["archived_copy"] or {}).get("url"),
        "archived_copy_date": (data["archived_copy"] or {}).get("date"),
        "edited": edit.changed if edit else [],
        "changed": bool(edit and edit.changed) or bool(copy and copy.changed),
    }

    def show() -> None:
        if edit is not None:
            if edit.changed:
                fields = ", ".join(edit.changed)
                click.echo(f"Corrected {fields} of {edit.url}.")
            else:
                click.echo(f"Unchanged: {edit.url} already has these values.")
        if copy is not None:
            verb = "Recorded" if copy.changed else "Unchanged:"
            click.echo(
                f"{verb} archived copy of {copy.url}: {copy.archived_copy_url} "
                f"(captured {copy.archived_copy_date})"
            )

    render(result, show, as_json=as_json)
