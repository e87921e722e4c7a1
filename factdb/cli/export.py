"""`factdb export ...`: the data out of factdb, on stdout or atomically into a file.

Other export commands (annotations, ClaimReview, ...) join the `export` group here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from ..defaults import CLAIM_FORMATS, SOURCE_FORMATS
from ..files import write_atomic
from .app import State, cli, pass_state
from .output import json_option, raw_csv_option, render


def write_output(content: str, path: Path | None, state: State) -> None:
    """Print `content`, or write it to `path` atomically: a temporary file in the same
    folder, renamed over the target, so a reader never sees half a file; never over the
    database."""
    if path is None:
        click.echo(content, nl=False)
        return
    write_atomic(path, content.encode("utf-8"), keep=state.keep())


def output_option(func: Any) -> Any:
    """Add `-o FILE`: write to FILE atomically instead of stdout."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Write to FILE (atomically) instead of stdout.",
    )(func)


@cli.group("export")
def export_group() -> None:
    """Export claims, sources and annotations in standard formats.

    Example: factdb export sources --format csl-json -o sources.json
    """


@export_group.command("claims")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(CLAIM_FORMATS),
    default="json",
    show_default=True,
    help="json (a list), jsonl (one claim a line) or csv (one row per citation).",
)
@output_option
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@raw_csv_option
@click.pass_context
@pass_state
def export_claims(
    state: State,
    ctx: click.Context,
    fmt: str,
    output: Path | None,
    as_json: bool,
    raw_csv: bool,
) -> None:
    """Export every claim with its status, tags, values, citations and latest check status.

    CSV cells starting with = + - @ (which spreadsheets run as formulas) get a leading ';
    --raw-csv (which implies --format csv) writes them as stored.

    Example: factdb export claims --format csv -o claims.csv
    """
    from ..export import claims as claims_export

    if raw_csv:
        if as_json or (
            fmt != "csv" and ctx.get_parameter_source("fmt") is not ParameterSource.DEFAULT
        ):
            raise click.UsageError("--raw-csv writes CSV: give it alone or with --format csv")
        fmt = "csv"
    with state.db.session() as session:
        content = claims_export.export_claims(session, "json" if as_json else fmt, raw_csv=raw_csv)
    write_output(content, output, state)


@export_group.command("sources")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(SOURCE_FORMATS),
    default="csl-json",
    show_default=True,
    help="csl-json (Zotero, Pandoc) or bibtex (biblatex @online entries).",
)
@output_option
@click.option("--json", "as_json", is_flag=True, help="Same as --format csl-json.")
@pass_state
def export_sources(state: State, fmt: str, output: Path | None, as_json: bool) -> None:
    """Export every source as a citation, with its archived snapshot's digest.

    Example: factdb export sources --format bibtex -o sources.bib
    """
    from ..export import sources as sources_export

    with state.db.session() as session:
        content = sources_export.export_sources(session, "csl-json" if as_json else fmt)
    write_output(content, output, state)


@export_group.command("wikitext")
@output_option
@click.option("--include-retracted", is_flag=True, help="Also export retracted claims.")
@json_option
@pass_state
def export_wikitext(
    state: State, output: Path | None, include_retracted: bool, as_json: bool
) -> None:
    """Export every claim as Wikipedia references: one {{cite web}} per citation.

    Each claim is a comment (id, check status, statement) and one <ref name="ID"> per
    citation with url, title, authors, website, date, access-date (when its span check
    last passed), quote, and archive-url and archive-date when the source's public
    archived copy is recorded (factdb source edit URL --archived-copy URL). With --json,
    each claim's references as JSON (their parameters and wikitext); with -o, --json
    prints a summary instead.

    Example: factdb export wikitext -o refs.wiki
    """
    from ..export.wikitext import render_wikitext, wikitext_refs

    with state.db.session() as session:
        claims = wikitext_refs(session, include_retracted=include_retracted)
    if output is None and as_json:
        render(claims, lambda: None, as_json=True)
        return
    write_output(render_wikitext(claims), output, state)
    if output is not None:
        refs = sum(len(c["refs"]) for c in claims)
        summary = {"output": str(output), "claims": len(claims), "references": refs}
        render(
            summary,
            lambda: click.echo(f"Wrote {output}: {refs} references of {len(claims)} claims."),
            as_json=as_json,
        )


@export_group.command("claimreview")
@click.option(
    "--url",
    required=True,
    help="The page publishing the fact checks; each review's url is URL#claim-id.",
)
@click.option(
    "--rating-scale",
    metavar="WORST,...,BEST",
    help="The desk's rating scale, worst first (e.g. 'False,Mostly false,Half true,Mostly "
    "true,True'): each rating's place on it becomes ratingValue, with worstRating and "
    "bestRating.",
)
@click.option("--author", help="The fact-checking organization (default: who rated each claim).")
@output_option
@json_option
@pass_state
def export_claimreview(
    state: State,
    url: str,
    rating_scale: str | None,
    author: str | None,
    output: Path | None,
    as_json: bool,
) -> None:
    """Export every rated claim as schema.org ClaimReview JSON-LD (Google's fact checks).

    A claim is rated with `factdb claim rate ID RATING`. Each review carries the claim,
    its rating (alternateName: the desk's words; ratingValue on --rating-scale), and the
    claim's appearances: the cited source's URL and the archived snapshot's SHA-256 and
    capture time (and the public archived copy, when recorded). A claim rated off the
    scale refuses the export. The output is already JSON, with <, > and & written as
    \\u escapes so it can be pasted into <script type="application/ld+json"> as is;
    with -o, --json prints a summary.

    Example: factdb export claimreview --url https://desk.example.org/checks
    --rating-scale "False,Half true,True" -o reviews.jsonld
    """

    from ..export.claimreview import claim_reviews, parse_scale, to_json

    scale = parse_scale(rating_scale) if rating_scale is not None else None
    with state.db.session() as session:
        reviews = claim_reviews(session, url=url, scale=scale, author=author)
    text = to_json(reviews)
    write_output(text, output, state)
    if output is not None:
        render(
            {"output": str(output), "reviews": len(reviews)},
            lambda: click.echo(f"Wrote {output}: {len(reviews)} ClaimReview(s)."),
            as_json=as_json,
        )


@export_group.command("timestamps")
@click.option(
    "-o",
    "--output",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write the tokens to.",
)
@json_option
@pass_state
def export_timestamps(state: State, folder: Path, as_json: bool) -> None:
    """Write every RFC 3161 time-stamp token as DER files (KIND-SUBJECT-ID.tsr).

    Each file is the TSA's reply as received; OpenSSL verifies it on its own: `openssl ts
    -verify -in FILE -digest SUBJECT -CAfile TSA-ROOT.pem` (SUBJECT: the snapshot's
    SHA-256, or the event-log head hash, as in the file's name).

    Example: factdb export timestamps -o tokens/
    """
    from ..timestamps import export_tokens

    with state.db.session() as session:
        written = export_tokens(session, folder, keep=state.keep())
    render(
        {"output": str(folder), "tokens": [str(p) for p in written]},
        lambda: click.echo(f"Wrote {len(written)} token(s) to {folder}."),
        as_json=as_json,
    )
