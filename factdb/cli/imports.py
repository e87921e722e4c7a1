"""`factdb import hypothesis|csl`: annotations and references from other tools."""

from __future__ import annotations

from pathlib import Path

import click

from .app import State, cli, pass_state
from .output import json_option, render


@cli.group("import")
def import_group() -> None:
    """Bring in annotations (Hypothesis) and references (CSL-JSON) from other tools.

    Example: factdb import hypothesis annotations.json
    """


@import_group.command("hypothesis")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--snapshot",
    metavar="SHA",
    help="Find every quote in this snapshot (default: each page's snapshot retrieved "
    "nearest the annotation's creation).",
)
@click.option("--by", "actor", help="Who imports them (default: $FACTDB_USER or login).")
@json_option
@pass_state
def import_hypothesis(
    state: State, file: Path, snapshot: str | None, actor: str | None, as_json: bool
) -> None:
    """Import Hypothesis annotations (the API's JSON) as claims.

    Each annotation's text becomes a claim's statement (id hypothesis-<annotation id>),
    its tags the claim's, and its TextQuoteSelector quote the citation, found with its
    prefix and suffix in the snapshot of its page (uri) retrieved nearest its created
    time: archive the pages first, or name --snapshot. Quotes not on the snapshot are
    orphans: listed, never anchored to a look-alike, not imported. A bad annotation (no
    quote selector, no text, a page never archived) refuses the whole file. Importing
    the same file again changes nothing.

    Example: factdb archive https://example.org/a && factdb import hypothesis hypothesis.json
    """
    from ..hypothesis import import_hypothesis as run_import
    from ..store.events import default_actor

    with state.db.session() as session:
        report = run_import(session, file, actor=actor or default_actor(), snapshot=snapshot)
    imported = report.imported

    def show() -> None:
        click.echo(
            f"{len(imported.created)} created, {len(imported.revised)} revised, "
            f"{len(imported.unchanged)} unchanged, {len(report.orphans)} orphan(s)."
        )
        for o in report.orphans:
            click.echo(f"ORPHAN {o.annotation} ({o.uri}) “{o.quote}”: {o.reason}")

    render(report.to_json(), show, as_json=as_json)


@import_group.command("csl")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--by", "actor", help="Who imports them (default: $FACTDB_USER or login).")
@json_option
@pass_state
def import_csl(state: State, file: Path, actor: str | None, as_json: bool) -> None:
    """Create sources, or fill in their missing metadata, from CSL-JSON (as Zotero exports).

    Each item's URL names a source: a new one is created (archive the page to cite it);
    a known one gets the title, authors, publisher (or container-title), issued date and
    language it lacks. Values that differ from the source's are reported, not written
    (factdb source edit corrects a source). A file with a bad item stores nothing.

    Example: factdb import csl zotero-export.json
    """
    from ..csl_import import import_csl as run_import
    from ..store.events import default_actor

    with state.db.session() as session:
        report = run_import(session, file, actor=actor or default_actor())

    def show() -> None:
        click.echo(
            f"{len(report.created)} created, {len(report.enriched)} enriched, "
            f"{len(report.unchanged)} unchanged."
        )
        for e in report.enriched:
            click.echo(f"ENRICHED {e['url']}: {', '.join(e['fields'])}")
        for d in report.differs:
            click.echo(
                f"DIFFERS {d['url']} {d['field']}: kept {d['ours']!r}, file has {d['theirs']!r}"
            )

    render(report.to_json(), show, as_json=as_json)
