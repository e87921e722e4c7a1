"""The command reference in the README, generated from every command's `--help`.

The README holds a cog block that calls `reference()`; `tests/test_docs.py` fails when the
block is stale or when a command lacks help text with an `Example:` line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import click


def iter_commands(
    group: click.Group, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command under `group`, depth first, in name order, with its full path."""
    ctx = click.Context(group, info_name="factdb")
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        path = (*prefix, name)
        yield path, command
        if isinstance(command, click.Group):
            yield from iter_commands(command, path)


def help_text(path: tuple[str, ...]) -> str:
    """What `factdb PATH --help` prints, at a fixed width so the README is stable."""
    from .app import cli

    # make_context applies each command's context settings (e.g. `-h`), as a real run does.
    width: dict[str, Any] = {"terminal_width": 88, "max_content_width": 88}
    command: click.Command = cli
    ctx = cli.make_context("factdb", [], resilient_parsing=True, **width)
    for name in path:
        assert isinstance(command, click.Group)
        sub = command.get_command(ctx, name)
        assert sub is not None
        command = sub
        ctx = command.make_context(name, [], parent=ctx, resilient_parsing=True, **width)
    return command.get_help(ctx)


def reference() -> str:
    """Markdown: one section per command with its `--help` output."""
    from .app import cli

    parts = ["### factdb\n\n```\n" + help_text(()) + "\n```\n"]
    for path, _command in iter_commands(cli):
        parts.append(f"### factdb {' '.join(path)}\n\n```\n{help_text(path)}\n```\n")
    return "\n".join(parts)
