"""`factdb watch`: one round of looking at the cited pages again (see `factdb.watch`)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import UsageError
from ..files import check_not_kept, check_output_folder, write_atomic
from .app import State, cli, pass_state
from .briefs import show_impacts
from .output import error, fetch_options, interactive, json_option, render, table


@cli.command("watch")
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option("--due", "which", flag_value="due", help="The sources that are due (the default).")
@click.option("--all", "which", flag_value="all", help="Every watched source, due or not.")
@click.option(
    "--default-every",
    metavar="INTERVAL",
    help="How often sources without an interval of their own are due (default: the last "
    "round's, else 1w).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1, max=64),
    default=1,
    show_default=True,
    help="Hosts fetched at once (one request at a time per host).",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between two requests to the same host.",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=1),
    default=3600.0,
    show_default=True,
    help="Seconds the whole round may take; sources not reached stay due.",
)
@click.option(
    "--on-change",
    metavar="CMD",
    help="Run this shell command once per round that found a page changed or gone, with "
    "the round's JSON report on its standard input.",
)
@click.option(
    "--on-change-timeout",
    type=click.FloatRange(min=0.1),
    default=60.0,
    show_default=True,
    help="Seconds --on-change may take before it is killed.",
)
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.html",
    help="Write a readable digest of the round: what changed, side-by-side diffs of the "
    "quotes, briefs affected.",
)
@click.option("--loop", is_flag=True, help="Run rounds until SIGTERM or SIGINT.")
@click.option(
    "--interval",
    metavar="INTERVAL",
    default="1h",
    show_default=True,
    help="With --loop: the pause between two rounds (e.g. 30m, 1h; 90s).",
)
@fetch_options
@click.option("--by", "actor", help="Who runs the round (default: $FACTDB_USER or login).")
@json_option
@pass_state
def watch(
    state: State,
    urls: tuple[str, ...],
    which: str | None,
    default_every: str | None,
    jobs: int,
    delay: float,
    deadline: float,
    on_change: str | None,
    on_change_timeout: float,
    report_file: Path | None,
    loop: bool,
    interval: str,
    timeout: float,
    max_bytes: int,
    actor: str | None,
    as_json: bool,
) -> None:
    """Look at watched pages again: archive what changed and recheck the claims citing it.

    Each source (the due ones, --all, or the URLs named) is fetched with a conditional
    request (ETag / Last-Modified). Its outcome is not-modified (304: no new snapshot),
    unchanged (the bytes of its newest snapshot), changed (archived as a new snapshot, and
    every active claim citing it rechecked: its quote unchanged, moved, edited or removed,
    as `factdb recheck` records it), gone (404 or 410: its claims cite a page gone since
    then) or error (5xx, timeout, unreachable, not HTML, too large: retried at the next
    round, never a drift). A redirect is followed and recorded, and the page it leads to is
    compared. One request at a time per host, --delay apart; the round is recorded even
    when interrupted. A second round on the same database while one runs is refused.
    The recorded brief builds citing a claim the round found edited, removed or gone are
    listed (as `factdb impact` lists them). Exits 0 when nothing cited changed, 1 when a
    quote was edited or removed or a source is gone, 2 on usage errors. With --loop,
    rounds run --interval apart until SIGTERM or SIGINT, which lets the sources being
    fetched finish, records the round and exits 0.

    Example: factdb watch --due --jobs 4 --report watch.html
    """
    from .. import watch as lib
    from ..store.events import default_actor

    if urls and which:
        raise UsageError(f"give URLs or --{which}, not both")
    every = lib.parse_every(default_every) if default_every is not None else None
    pause = lib.parse_interval(interval)
    if report_file is not None:
        check_output_folder(report_file)
        check_not_kept(report_file, state.keep())
    options = {
        "which": "urls" if urls else (which or "due"),
        "every": every,
        "jobs": jobs,
        "delay": delay,
        "deadline": deadline,
        "fetch_options": {"timeout": timeout, "max_bytes": max_bytes},
        "actor": actor or default_actor(),
    }

    def one_round(stop: threading.Event | None) -> bool:
        report, show = _round(state, urls, options, as_json, stop)
        render(report.to_json(), show, as_json=as_json)
        for o in report.outcomes:
            if o.outcome == "error":
                error(f"{o.url}: {o.detail} (retried at the next round)")
        if report_file is not None:
            from ..watch_notify import digest_html

            write_atomic(report_file, digest_html(report).encode("utf-8"), keep=state.keep())
        if on_change:
            _notify(state, on_change, on_change_timeout, report)
        return report.changed()

    if not loop:
        if one_round(None):
            raise SystemExit(1)
        return
    stop = threading.Event()

    def ask_to_stop(signum: int, _frame: Any) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, ask_to_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        while not stop.is_set():
            try:
                one_round(stop)
            except lib.WatchBusy as exc:
                error(str(exc))
            stop.wait(pause.total_seconds())
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _notify(state: State, command: str, timeout: float, report: Any) -> None:
    from .. import watch as lib
    from ..watch_notify import round_found_changes, run_on_change

    if not round_found_changes(report):
        return
    done = run_on_change(command, report, timeout=timeout)
    if done.output:
        click.echo(done.output, err=True, nl=not done.output.endswith("\n"))
    lib.note_on_change(state.db, report.round_id, done.to_json())
    if done.problem:
        error(f"{done.problem} (the round is recorded)")


def _round(
    state: State,
    urls: tuple[str, ...],
    options: dict[str, Any],
    quiet: bool,
    stop: threading.Event | None,
) -> tuple[Any, Callable[[], None]]:
    """Run one round (a progress bar on a terminal); the report and how to show it."""
    from .. import watch as lib

    show_progress = interactive() and not quiet
    bar: Any = None

    def on_targets(n: int) -> None:
        nonlocal bar
        if show_progress and n:
            stderr = click.get_text_stream("stderr")
            bar = click.progressbar(length=n, label="watching", file=stderr)
            bar.__enter__()

    def progress(_out: Any) -> None:
        if bar is not None:
            bar.update(1)

    try:
        report = lib.run_round(
            state.db, urls, progress=progress, on_targets=on_targets, stop=stop, **options
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)

    def show() -> None:
        if report.outcomes:
            table(
                [(o.outcome, o.url, o.detail) for o in report.outcomes],
                ["outcome", "source", "detail"],
            )
        for o in report.outcomes:
            if o.redirected_to:
                click.echo(f"REDIRECT  {o.url} -> {o.redirected_to}")
            for d in o.drift:
                if d.status != "unchanged":
                    click.echo(f"{d.status.upper():<9} {d.claim}: {d.detail}")
            if o.outcome == "gone" and o.gone_since is not None:
                cited = f"; cited by {', '.join(o.claims)}" if o.claims else ""
                click.echo(
                    f"GONE      {o.url}: source gone since {o.gone_since:%Y-%m-%d %H:%M} UTC "
                    f"({o.detail}){cited}"
                )
        if report.impacts:
            click.echo("Briefs affected:")
            show_impacts(report.impacts)
        s = report.summary()
        drift = ", ".join(f"{n} {k}" for k, n in s["drift"].items() if n)
        click.echo(
            f"Round {report.round_id}: {s['tried']} source(s) tried: {s['not_modified']} not "
            f"modified, {s['unchanged']} unchanged, {s['changed']} changed "
            f"({s['new_captures']} new captures), {s['gone']} gone, {s['errors']} error(s)"
            + (f", {s['not_reached']} not reached" if s["not_reached"] else "")
            + (f"; drift: {drift}" if drift else "")
            + "."
        )

    return report, show
