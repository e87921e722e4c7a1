"""Output for people and machines, defined once: the `--json` and `--csv` options and
`render`, through which every command that offers them prints its result; tables, JSON,
CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

import click

from ..defaults import FETCH_MAX_BYTES, FETCH_TIMEOUT
from ..export.cells import safe_rows

F = TypeVar("F", bound=Callable[..., Any])


def json_option(func: F) -> F:
    """Add `--json` to a command: print machine-readable JSON instead of a table."""
    return click.option(
        "--json", "as_json", is_flag=True, help="Print JSON for machines instead of a table."
    )(func)


def csv_option(func: F) -> F:
    """Add `--csv` to a command whose result is rows: print CSV rows instead of a list."""
    return click.option("--csv", "as_csv", is_flag=True, help="Print CSV rows instead of a list.")(
        func
    )


def raw_csv_option(func: F) -> F:
    """Add `--raw-csv`: CSV with every value exactly as stored, formula prefixes kept."""
    return click.option(
        "--raw-csv",
        is_flag=True,
        help="CSV with values exactly as stored: cells starting with = + - @ are not "
        "prefixed with ' (for programs, not spreadsheets, which would run them as formulas).",
    )(func)


#: A CSV result: the header row, then the rows.
Rows = tuple[Sequence[str], Iterable[Sequence[Any]]]


def one_format(as_json: bool, as_csv: bool) -> None:
    """Refuse --json with --csv (a usage error, exit 2)."""
    if as_json and as_csv:
        raise click.UsageError("give --json or --csv, not both")


def render(
    data: Any,
    text: Callable[[], None],
    *,
    as_json: bool = False,
    as_csv: bool = False,
    rows: Callable[[], Rows] | None = None,
    raw_csv: bool = False,
) -> None:
    """Print a command's result in the one format asked for: `data` as JSON with --json (an
    iterator is printed item by item, `emit_json_list`), `rows()` as CSV with --csv, else
    `text()` for people. Every command offering --json or --csv prints through here. CSV
    cells a spreadsheet would run as formulas are neutralised unless `raw_csv`."""
    one_format(as_json, as_csv)
    if as_json:
        if isinstance(data, Iterator):
            emit_json_list(data)
        else:
            emit_json(data)
    elif as_csv:
        if rows is None:
            raise AssertionError("--csv needs rows")
        emit_csv(*rows(), raw=raw_csv)
    else:
        text()


def emit_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, raw: bool = False) -> None:
    """Print a header row and rows as CSV on stdout; cells that would run as spreadsheet
    formulas get a leading ' unless `raw` (see `factdb.export.cells`).

    >>> emit_csv(["id", "says"], [["a", "x;y"], ["b", 'a "b" c'], ["c", "=1+1"]])
    id,says
    a,x;y
    b,"a ""b"" c"
    c,'=1+1
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows if raw else safe_rows(rows))
    click.echo(buffer.getvalue(), nl=False)


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def emit_json(data: Any) -> None:
    """Print `data` as indented JSON on stdout."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_default))


def emit_json_list(items: Iterable[Any]) -> None:
    """Print the items as `emit_json` prints a list of them, one at a time (so that a list
    too large to hold is never held).

    >>> emit_json_list(iter([{"a": 1}, []]))
    [
      {
        "a": 1
      },
      []
    ]
    >>> emit_json_list(iter([]))
    []
    """
    first = True
    for item in items:
        text = json.dumps(item, indent=2, ensure_ascii=False, default=_default)
        click.echo(("[\n  " if first else ",\n  ") + text.replace("\n", "\n  "), nl=False)
        first = False
    click.echo("[]" if first else "\n]")


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    """Print rows as an aligned plain-text table."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    click.echo(line)
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S%z")
    return str(value)


def error(message: str) -> None:
    """One readable line on stderr."""
    click.echo(f"Error: {message}", err=True)


def interactive() -> bool:
    """Whether progress should be shown (stderr is a terminal)."""
    return sys.stderr.isatty()


def fetch_options(func: F) -> F:
    """Add `--timeout` and `--max-bytes`, the limits of every URL download."""
    func = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=FETCH_MAX_BYTES,
        show_default=True,
        help="Largest page body accepted from a URL or a page file, and most data a WARC "
        "or WACZ input may inflate to (checked while inflating).",
    )(func)
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=FETCH_TIMEOUT,
        show_default=True,
        help="Seconds allowed for each URL download.",
    )(func)


def tsa_ca_option(func: F) -> F:
    """Add `--tsa-ca FILE` (repeatable): the roots that time-stamp tokens must chain to."""
    return click.option(
        "--tsa-ca",
        "tsa_ca",
        multiple=True,
        metavar="FILE",
        help="Trusted root certificate(s) of time-stamping authorities, PEM (repeatable; "
        "default: $FACTDB_TSA_CA).",
    )(func)


def tsa_options(func: F) -> F:
    """Add `--tsa URL` and `--tsa-ca FILE`: which time-stamping authority, trusted how."""
    func = tsa_ca_option(func)
    return click.option(
        "--tsa",
        metavar="URL",
        help="The time-stamping authority (RFC 3161) to ask (default: $FACTDB_TSA_URL).",
    )(func)
