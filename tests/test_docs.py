"""The README's command reference is generated from --help and must be current; every
command has help text with an example."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from cogapp import Cog

from factdb.cli import cli
from factdb.cli.docs import help_text, iter_commands

README = Path(__file__).parent.parent / "README.md"
COMMANDS = [path for path, _ in iter_commands(cli)]


def test_readme_command_reference_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    cog = Cog()
    regenerated = cog.process_string(text, fname=str(README))
    assert regenerated == text, "the README's command reference is stale: run `cog -r README.md`"


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    text = help_text(path)
    command = dict(iter_commands(cli))[path]
    assert (command.help or "").strip(), f"factdb {' '.join(path)} has no help text"
    if not isinstance(command, click.Group):
        assert "Example:" in text, f"factdb {' '.join(path)} --help has no Example: line"


LEAVES = [path for path, command in iter_commands(cli) if not isinstance(command, click.Group)]


@pytest.mark.parametrize("path", LEAVES, ids=[" ".join(p) for p in LEAVES])
def test_every_command_takes_json(path: tuple[str, ...]) -> None:
    command = dict(iter_commands(cli))[path]
    options = {opt for param in command.params for opt in getattr(param, "opts", [])}
    assert "--json" in options, f"factdb {' '.join(path)} has no --json"
