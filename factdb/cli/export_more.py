"""`factdb export annotations` and `factdb export warc`: the archive for other tools."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..defaults import ANNOTATION_FORMATS
from ..files import write_atomic
from .app import State, cli, pass_state
from .output import json_option, render

try:
    from .export import export_group
except ModuleNotFoundError as exc:  # pragma: no cover - until `factdb/cli/export.py` lands
    if exc.name != f"{__package__}.export":
        raise

    @cli.group("export")
    def export_group() -> None:
        """Export claims, citations and snapshots for other tools.

        Example: factdb export warc -o archive.warc.gz
        """


@export_group.command("annotations")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(ANNOTATION_FORMATS),
    default="w3c",
    show_default=True,
    help="w3c: W3C Web Annotation JSON-LD (an AnnotationCollection).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option("--include-retracted", is_flag=True, help="Also export retracted claims.")
@json_option
@pass_state
def annotations_command(
    state: State, fmt: str, output: Path | None, include_retracted: bool, as_json: bool
) -> None:
    """Write every citation as a W3C Web Annotation (JSON-LD).

    Body: the claim's statement (and its tags); target: the page URL with a
    TextQuoteSelector and a TextPositionSelector (code points of the reading text); state:
    the archived snapshot (retrieval time, SHA-256 as an ni: URI). The output is already
    JSON; with -o, --json prints a summary instead of a sentence.

    Example: factdb export annotations --format w3c -o annotations.jsonld
    """
    from ..export import annotations as annotations_lib

    with state.db.session() as session:
        data = annotations_lib.export_annotations(session, include_retracted=include_retracted)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    write_atomic(output, text.encode("utf-8"), keep=state.keep())

    def show() -> None:
        click.echo(f"Wrote {output}: {data['total']} annotations.")

    render(
        {"output": str(output), "format": fmt, "annotations": data["total"]}, show, as_json=as_json
    )


@export_group.command("warc")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="The WARC file to write (gzipped records), e.g. archive.warc.gz.",
)
@json_option
@pass_state
def warc(state: State, output: Path, as_json: bool) -> None:
    """Write every snapshot as a WARC response record (digests, retrieval time as WARC-Date).

    `factdb archive FILE.warc.gz` reads it back with the same SHA-256s.

    Example: factdb export warc -o archive.warc.gz
    """
    from ..export import warc as warc_lib

    with state.db.session() as session:
        count = warc_lib.export_warc(session, output)

    def show() -> None:
        click.echo(f"Wrote {output}: {count} snapshots.")

    render({"output": str(output), "snapshots": count}, show, as_json=as_json)
