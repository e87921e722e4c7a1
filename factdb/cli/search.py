"""`factdb search`: ranked full-text search over claims, with structured filters."""

from __future__ import annotations

import sys

import click

from ..statuses import CHECK_FILTERS, CLAIM_STATUSES, label
from .app import State, cli, pass_state
from .output import Rows, csv_option, json_option, one_format, raw_csv_option, render


def highlight(snippet: str, spans: list[tuple[int, int]], *, styled: bool) -> str:
    """The snippet with its matching words in bold on a terminal, else in [brackets]."""
    out, at = [], 0
    for start, end in spans:
        out.append(snippet[at:start])
        word = snippet[start:end]
        out.append(click.style(word, bold=True, fg="yellow") if styled else f"[{word}]")
        at = end
    out.append(snippet[at:])
    return "".join(out)


@cli.command()
@click.argument("query", required=False)
@click.option(
    "--like", metavar="STATEMENT", help="Rank claims by how close they are to this statement."
)
@click.option("--tag", "tags", multiple=True, help="Only claims with this tag (repeatable).")
@click.option("--source", metavar="URL_OR_ID", help="Only claims citing this source.")
@click.option(
    "--status", type=click.Choice(CLAIM_STATUSES), help="Only active or retracted claims."
)
@click.option(
    "--check",
    type=click.Choice(CHECK_FILTERS),
    help="Only claims whose latest checks give this status (worst result wins; "
    "unverified: needs review).",
)
@click.option(
    "--published-since",
    metavar="DATE",
    help="Only claims citing a source published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
)
@click.option(
    "--published-until",
    metavar="DATE",
    help="Only claims citing a source published on or before DATE.",
)
@click.option(
    "--value-min", type=float, metavar="X", help="Only claims stating a value of at least X."
)
@click.option(
    "--value-max", type=float, metavar="Y", help="Only claims stating a value of at most Y."
)
@click.option(
    "--unit",
    metavar="UNIT",
    help="Unit of the stated value: percent, percentage point, year, number, or a currency "
    "(USD, EUR, ...).",
)
@click.option(
    "--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="How many."
)
@csv_option
@raw_csv_option
@json_option
@pass_state
def search(
    state: State,
    query: str | None,
    like: str | None,
    tags: tuple[str, ...],
    source: str | None,
    status: str | None,
    check: str | None,
    published_since: str | None,
    published_until: str | None,
    value_min: float | None,
    value_max: float | None,
    unit: str | None,
    limit: int,
    as_csv: bool,
    raw_csv: bool,
    as_json: bool,
) -> None:
    """Search claims by words in their statements, quotes, tags and source titles.

    QUERY takes words (all must match, stemmed: "enriched" finds "enrichment"),
    "exact phrases", prefixes such as enrich*, OR between alternatives, and -word or
    NOT word to exclude. Words in Chinese, Japanese or Korean are found inside sentences
    (by substring: 楓紅 finds 楓紅時節). Results are ranked by relevance, with the
    matching words of the quote highlighted. Without QUERY, the filters alone select
    claims, newest first.

    Example: factdb search "low-enriched uranium" --unit percent --value-min 3 --value-max 4
    """
    from ..search.filters import Filters
    from ..search.ranking import search as run_search

    as_csv = as_csv or raw_csv
    one_format(as_json, as_csv)
    filters = Filters(
        tags=tags,
        source=source,
        status=status,
        check=check,
        published_since=published_since,
        published_until=published_until,
        value_min=value_min,
        value_max=value_max,
        unit=unit,
    )
    with state.db.connect() as conn:
        hits = run_search(conn, query, like=like, filters=filters, limit=limit)

    def rows() -> Rows:
        headers = ["id", "score", "status", "check", "tags", "statement", "snippet", "sources"]
        return headers, (
            [
                h.id,
                f"{h.score:.6f}",
                h.status,
                h.check,
                ";".join(h.tags),
                h.statement,
                h.snippet,
                " ".join(h.sources),
            ]
            for h in hits
        )

    def show() -> None:
        if not hits:
            click.echo("No claims found.")
            return
        styled = sys.stdout.isatty()
        for n, h in enumerate(hits, 1):
            click.echo(f"{n}. {h.id}  [{h.status}, check {label(h.check)}]  score {h.score:.3f}")
            click.echo(f"   {h.statement}")
            if h.snippet_of == "statement":
                # Not a quote: no quotation marks around words of the statement.
                marked = highlight(h.snippet, h.highlights, styled=styled)
                click.echo(f"   matched in the statement: {marked}")
            elif h.snippet:
                click.echo(f"   “{highlight(h.snippet, h.highlights, styled=styled)}”")
            for url in h.sources:
                click.echo(f"   {url}")

    render(
        [h.to_json() for h in hits],
        show,
        as_json=as_json,
        as_csv=as_csv,
        rows=rows,
        raw_csv=raw_csv,
    )
