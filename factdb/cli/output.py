"""Output for people and machines, defined once: the `--json` option, tables, JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def json_option(func: F) -> F:
    """Add `--json` to a command: print machine-readable JSON instead of a table."""
    return click.option(
        "--json", "as_json", is_flag=True, help="Print JSON for machines instead of a table."
    )(func)


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
    from ..fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

    func = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Largest page body accepted from a URL.",
    )(func)
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help="Seconds allowed for each URL download.",
    )(func)
