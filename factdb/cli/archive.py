"""Commands for the database and the archive: init, archive, sources, text (fsck: see
maintenance.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import click

from ..errors import FactdbError
from .app import State, cli, pass_state
from .output import (
    error,
    fetch_options,
    interactive,
    json_option,
    render,
    table,
    tsa_options,
)


def _parse_when(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or time") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    return value


@cli.command()
@json_option
@pass_state
def init(state: State, as_json: bool) -> None:
    """Create the database, or upgrade it to the current schema.

    Example: factdb --db archive.sqlite init
    """
    from ..store import db as dblib

    before, head = dblib.init_database(state.url)
    url = dblib.display_url(state.url)

    def show() -> None:
        if before == head:
            click.echo(f"{url} is up to date (schema {head}).")
        elif before is None:
            click.echo(f"Created {url} (schema {head}).")
        else:
            click.echo(f"Upgraded {url} from schema {before} to {head}.")

    render({"database": url, "revision": head, "previous_revision": before}, show, as_json=as_json)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--url", help="Canonical URL of the page (for one local file).")
@click.option(
    "--retrieved-at",
    callback=_parse_when,
    metavar="WHEN",
    help="When the page was retrieved (ISO 8601; default: now, or the WARC record's date).",
)
@click.option("--title", help="Title of the work, overriding the page's own.")
@click.option("--author", "authors", multiple=True, help="Author (repeat for several).")
@click.option("--publisher", help="Publisher or site name.")
@click.option(
    "--published", callback=_parse_date, metavar="DATE", help="Publication date (YYYY-MM-DD)."
)
@fetch_options
@click.option(
    "--timestamp",
    is_flag=True,
    help="Also have a time-stamping authority (RFC 3161) sign each snapshot's digest.",
)
@tsa_options
@click.option("--by", "actor", help="Who is archiving (default: $FACTDB_USER or the login name).")
@json_option
@pass_state
def archive(
    state: State,
    inputs: tuple[str, ...],
    url: str | None,
    retrieved_at: datetime | None,
    title: str | None,
    authors: tuple[str, ...],
    publisher: str | None,
    published: str | None,
    timeout: float,
    max_bytes: int,
    timestamp: bool,
    tsa: str | None,
    tsa_ca: tuple[str, ...],
    actor: str | None,
    as_json: bool,
) -> None:
    """Archive pages as immutable, hash-verified snapshots.

    An INPUT is an HTML or PDF file, a folder (searched for .html/.htm/.pdf files), an
    http(s) URL (a page, or a PDF: served as application/pdf or starting with %PDF-), a
    WARC file (.warc, .warc.gz) or a WACZ file (their HTML and PDF responses). Each
    capture is stored in its own transaction; bytes already archived are reported, not
    stored again (a --title, --author, --publisher or --published that differs from their
    source's is refused, naming the `factdb source edit` that corrects it). A PDF's title,
    author, creation date and language come from its information dictionary and XMP; one
    that needs a password or has no text layer (a scan) is archived with a note saying it
    cannot be quoted; JavaScript and embedded files are kept as bytes, never run. A
    truncated PDF, or one beyond the caps (5,000 pages, 500,000 characters on a page, 20
    million in all; 768 MiB of memory and 60 s of CPU to read it, in a child process), is
    refused in one line. What is neither a web page nor a PDF, judged
    by its bytes as a browser would (YAML, JSON, images, other binary files; a .pdf that
    is HTML), is refused naming what it is. With --timestamp, a time-stamping
    authority then signs each archived snapshot's digest that has no token yet (see
    `factdb timestamp`); a TSA that fails is one line, the capture stays stored. Exits 1
    if any input (or timestamp) failed.

    Example: factdb archive sources/ https://example.org/article.html
    """
    from .. import archive as lib
    from ..store.events import default_actor

    if timestamp:
        from .. import timestamps

        stamping = (timestamps.tsa_url(tsa), timestamps.load_roots(tsa_ca))
    overrides = lib.Overrides(
        url=url,
        title=title,
        authors=authors,
        publisher=publisher,
        published=published,
        retrieved_at=retrieved_at,
    )
    show = interactive() and not as_json
    progress = (lambda label: click.echo(f"archiving {label}", err=True)) if show else None
    report = lib.archive_inputs(
        state.db,
        inputs,
        overrides,
        actor=actor or default_actor(),
        fetch_options={"timeout": timeout, "max_bytes": max_bytes},
        progress=progress,
    )
    stamps: dict[str, Any] = {}
    stamp_failures: list[str] = []
    if timestamp:
        url_, roots = stamping
        for a in report.stored:
            if a.snapshot in stamps:
                continue
            with state.db.snapshot() as session:
                if not a.new and timestamps.has_token(session, a.snapshot):
                    continue
            try:
                stamps[a.snapshot] = timestamps.stamp_snapshot(
                    state.db, a.snapshot, url=url_, roots=roots, actor=actor or default_actor(),
                    timeout=timeout,
                )  # fmt: skip
            except FactdbError as exc:
                stamp_failures.append(f"timestamp of {a.snapshot[:12]}: {exc}")

    def show_stored() -> None:
        if report.stored:
            table(
                [
                    ("new" if a.new else "exists", a.snapshot[:12], a.url, a.title or "")
                    for a in report.stored
                ],
                ["status", "snapshot", "url", "title"],
            )

        for stamp in stamps.values():
            click.echo(f"stamped {stamp.subject[:12]}: {stamp.gen_time.isoformat()} by {stamp.tsa}")

    def item(a: Any) -> dict[str, Any]:
        data = a.to_json()
        if timestamp:
            stamp = stamps.get(a.snapshot)
            data["timestamp"] = stamp.to_json() if stamp else None
        return data

    render([item(a) for a in report.stored], show_stored, as_json=as_json)
    notices = [a for a in report.stored if a.notice]
    for a in notices:
        error(f"{a.url}: {a.notice}")
    for a in report.stored:
        if a.remark:
            click.echo(f"Note: {a.url}: {a.remark}", err=True)
    for failure in report.failed:
        error(f"{failure.input}: {failure.reason}")
    for line in stamp_failures:
        error(line)
    if not as_json and (report.stored or len(report.failed) > 1):
        # (One input refused and nothing stored: its error line says it all.)
        new = sum(a.new for a in report.stored)
        click.echo(
            f"{new} new, {len(report.stored) - new} already archived, {len(report.failed)} failed.",
            err=True,
        )
    if report.failed or stamp_failures or notices:
        raise SystemExit(1)


@cli.command()
@click.option(
    "--watch",
    "watch_list",
    is_flag=True,
    help="List the watch list instead: each source's interval, last capture, last outcome "
    "and next due time.",
)
@json_option
@pass_state
def sources(state: State, watch_list: bool, as_json: bool) -> None:
    """List sources and their snapshots.

    With --watch, list the sources `factdb watch` looks at (every source an active claim
    cites, at the default interval unless `factdb source watch` gave it its own, and the
    sources given an interval), each with its interval, last capture, last outcome
    (not-modified, unchanged, changed, gone, error) and when it is next due.

    Example: factdb sources --json
    """
    from ..reads import sources_json

    if watch_list:
        _watch_list(state, as_json)
        return
    with state.db.connect() as conn:
        data = sources_json(conn)

    def show() -> None:
        if not data:
            click.echo("No sources yet: archive a page with `factdb archive`.")
            return
        for src in data:
            click.echo(f"[{src['id']}] {src['url']}")
            if src["title"]:
                click.echo(f"    {src['title']}")
            for snap in src["snapshots"]:
                click.echo(
                    f"    {snap['snapshot']}  {snap['retrieved_at']}  {snap['size']:>9,} bytes  "
                    f"{snap['charset']}"
                )

    render(data, show, as_json=as_json)


def _watch_list(state: State, as_json: bool) -> None:
    from .. import watch

    with state.db.session() as session:
        data = [s.to_json() for s in watch.watch_states(session)]

    def when(value: str | None) -> str:
        return value[:16].replace("T", " ") if value else "-"

    def show() -> None:
        if not data:
            click.echo("Nothing is watched: no active claim cites a source.")
            return
        table(
            [
                (
                    s["id"],
                    "off"
                    if s["off"]
                    else s["every"] + (" (default)" if s["default_every"] else ""),
                    when(s["last_capture"]),
                    (s["last_outcome"] or "never looked")
                    + (f" since {when(s['gone_since'])}" if s["gone_since"] else ""),
                    "-" if s["off"] else (when(s["next_due"]) if s["next_due"] else "now"),
                    s["url"],
                )
                for s in data
            ],
            ["id", "every", "last capture", "last outcome", "next due", "url"],
        )

    render(data, show, as_json=as_json)


@cli.command()
@click.argument("snapshot")
@json_option
@pass_state
def text(state: State, snapshot: str, as_json: bool) -> None:
    """Print a snapshot's reading text, for picking quotes.

    SNAPSHOT is its SHA-256 or a unique prefix of at least 8 hex digits. A PDF's text
    runs page after page; a PDF with no text layer (a scan) or that needs a password is
    an error that says so.

    Example: factdb text 3f2a9c1d
    """
    from ..store.lookups import require_text, snapshot_row, text_layer

    with state.db.connect() as conn:
        snap = snapshot_row(conn, snapshot)
        # A scanned PDF has no text: the error says so (and that OCR is out of scope).
        layer = require_text(text_layer(conn, snap), snap)
        render(
            {
                "snapshot": snap.sha256,
                "extractor_version": layer.version,
                "charset": layer.charset,
                "text": layer.text,
            },
            lambda: click.echo(layer.text),
            as_json=as_json,
        )
