"""The command reference in the README, generated from every command's `--help`.

The README holds a cog block that calls `reference()`; `tests/test_docs.py` fails when the
block is stale or when a command lacks help text with an `Example:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    from . import cli

    command: click.Command = cli
    parent = click.Context(cli, info_name="factdb", terminal_width=88, max_content_width=88)
    ctx = parent
    for name in path:
        assert isinstance(command, click.Group)
        sub = command.get_command(ctx, name)
        assert sub is not None
        command = sub
        ctx = click.Context(
            command, info_name=name, parent=ctx, terminal_width=88, max_content_width=88
        )
    return command.get_help(ctx)


def reference() -> str:
    """Markdown: one section per command with its `--help` output."""
    from . import cli

    parts = ["### factdb\n\n```\n" + help_text(()) + "\n```\n"]
    for path, _command in iter_commands(cli):
        parts.append(f"### factdb {' '.join(path)}\n\n```\n{help_text(path)}\n```\n")
    return "\n".join(parts)
