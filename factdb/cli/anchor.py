"""`factdb locate`: where a quote is in a snapshot, without storing anything."""

from __future__ import annotations

import click

from .app import State, cli, pass_state
from .output import json_option, render


@cli.command()
@click.argument("snapshot")
@click.argument("quote")
@click.option("--prefix", help="Text just before the quote, to choose between occurrences.")
@click.option("--suffix", help="Text just after the quote, to choose between occurrences.")
@click.option("--occurrence", type=click.IntRange(min=1), help="Which occurrence (from 1).")
@click.option(
    "--allow-gaps",
    is_flag=True,
    help="An ellipsis in QUOTE (..., …, [...]) stands for omitted words: the span runs "
    "from the first part's start to the last part's end.",
)
@json_option
@pass_state
def locate(
    state: State,
    snapshot: str,
    quote: str,
    prefix: str | None,
    suffix: str | None,
    occurrence: int | None,
    allow_gaps: bool,
    as_json: bool,
) -> None:
    """Show where QUOTE is in SNAPSHOT: its span and its context. Stores nothing.

    Quotes match through typographic variants (curly quotes, dashes, spaces, `...`).
    Exits 1 when the quote is not found (showing the closest passage) or is ambiguous
    (listing every occurrence).

    Example: factdb locate 3f2a9c1d "ship out nearly 80 percent"
    """
    from ..engine.anchor import locate as locate_quote
    from ..store.lookups import require_text, snapshot_row, text_layer

    with state.db.connect() as conn:
        snap = snapshot_row(conn, snapshot)
        layer = require_text(text_layer(conn, snap), snap)
    span = locate_quote(
        layer, quote, prefix=prefix, suffix=suffix, occurrence=occurrence, allow_gaps=allow_gaps
    )

    def show() -> None:
        click.echo(f"snapshot {snap.sha256}")
        click.echo(f"text   {span.text_start}-{span.text_end}")
        if span.pdf is not None:  # a PDF: pages and PDFium character ranges
            for p in span.pdf["pages"]:
                click.echo(f"page   {p['page']}  chars {p['start']}-{p['end']}")
        else:
            click.echo(f"html   {span.html_start}-{span.html_end}")
            click.echo(f"bytes  {span.byte_start}-{span.byte_end}")
        context = (
            span.prefix.replace("\n", " ")
            + "[["
            + span.exact.replace("\n", " ")
            + "]]"
            + span.suffix.replace("\n", " ")
        )
        click.echo(f"…{context}…")
        for start, end in span.parts or ():
            click.echo(f"part   {start}-{end}  {layer.text[start:end]}".replace("\n", " "))

    render(span.to_json(), show, as_json=as_json)
