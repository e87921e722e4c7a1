"""One way to print a result: every command offering --json or --csv prints through
`factdb.cli.output.render` (text for people, JSON, or CSV), and only that module writes
JSON or CSV to stdout."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from factdb.cli.output import csv_option, json_option, render

CLI = Path(__file__).resolve().parent.parent / "factdb" / "cli"
#: Commands whose --json names a file format (`--format json`), not a way to print.
FORMAT_ALIASES = {"export_claims", "export_sources"}


def _commands() -> list[tuple[str, ast.FunctionDef]]:
    out = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if (
                path.name != "output.py"
                and isinstance(node, ast.FunctionDef)
                and any(a.arg in ("as_json", "as_csv") for a in node.args.args)
            ):
                out.append((path.name, node))
    return out


def _calls(node: ast.AST) -> set[str]:
    return {
        n.func.id
        for n in ast.walk(node)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }


def test_every_command_with_json_or_csv_prints_through_render() -> None:
    commands = _commands()
    assert len(commands) > 20
    missing = [
        f"{file}:{node.name}"
        for file, node in commands
        if node.name not in FORMAT_ALIASES and "render" not in _calls(node)
    ]
    assert missing == []


def test_only_the_output_module_prints_json_or_csv() -> None:
    printers = {"emit_json", "emit_json_list", "emit_csv"}
    found = {
        path.name: sorted(printers & _calls(ast.parse(path.read_text(encoding="utf-8"))))
        for path in sorted(CLI.glob("*.py"))
        if path.name != "output.py"
    }
    assert {name: calls for name, calls in found.items() if calls} == {}


@click.command()
@csv_option
@json_option
def _demo(as_csv: bool, as_json: bool) -> None:
    render(
        {"n": 1},
        lambda: click.echo("one"),
        as_json=as_json,
        as_csv=as_csv,
        rows=lambda: (["n"], [[1]]),
    )


@pytest.mark.parametrize(
    ("args", "out"), [([], "one\n"), (["--json"], '{\n  "n": 1\n}\n'), (["--csv"], "n\n1\n")]
)
def test_render_prints_the_one_format_asked_for(args: list[str], out: str) -> None:
    result = CliRunner().invoke(_demo, args)
    assert result.exit_code == 0 and result.output == out
    if "--json" in args:
        assert json.loads(result.output) == {"n": 1}


def test_json_and_csv_together_are_a_usage_error() -> None:
    result = CliRunner().invoke(_demo, ["--json", "--csv"])
    assert result.exit_code == 2
    assert "give --json or --csv, not both" in result.output
