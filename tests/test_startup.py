"""Start-up stays fast: importing the command line loads click and the CLI's own modules,
not the library's heavy dependencies. Each command imports what it calls when it runs.

Every `factdb` command pays for what `import factdb.cli` loads, `--help` included: Alembic
alone took a quarter of a second (it is needed only to migrate), SQLAlchemy a sixth. The
time itself is measured by `scripts/bench_cli.py`; this test guards what is loaded, which
does not depend on how busy the machine is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Runner

ROOT = Path(__file__).resolve().parent.parent

#: Top-level packages `import factdb.cli` must not load, with what each one is for.
HEAVY = {
    "alembic": "migrations: only `factdb init` migrates",
    "bs4": "HTML parsing: only archiving and checks read pages",
    "flask": "the viewer: only `factdb serve`",
    "httpx": "downloads: only commands that fetch URLs",
    "pypandoc": "briefs: only `factdb brief build`",
    "sqlalchemy": "the database: `factdb --help` opens none",
}


def _modules(code: str) -> list[str]:
    """The modules loaded after running `code` in a fresh interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def _loaded(code: str) -> list[str]:
    """The top-level packages loaded after running `code` in a fresh interpreter."""
    return sorted({m.split(".")[0] for m in _modules(code)})


def _command(imported: Runner, argv: list[str]) -> str:
    """Code that runs a factdb command on the imported database, `{url}` and `{snapshot}`
    in argv standing for the seed source's address and first snapshot; it fails if the
    command exits non-zero."""
    sources = json.loads(imported("sources", "--json").output)
    source = next(s for s in sources if "washingtoninstitute" in s["url"])
    place = {"url": source["url"], "snapshot": source["snapshots"][0]["snapshot"][:12]}
    argv = [a.format(**place) for a in argv]
    code = (
        "import sys; from factdb.cli import cli\n"
        f"try:\n    cli.main({['--db', imported.db_url, *argv]!r}, prog_name='factdb')\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code"
    )
    return f"exec({code!r})"


def test_importing_the_cli_loads_no_heavy_package() -> None:
    loaded = set(_loaded("import factdb.cli"))
    assert "click" in loaded, "the probe sees what the import loads"
    heavy = {name: why for name, why in HEAVY.items() if name in loaded}
    assert heavy == {}, "import factdb.cli loads packages its commands load when they run"


@pytest.mark.parametrize("argv", [["--help"], ["claims", "--help"], ["search", "--help"]])
def test_help_loads_no_heavy_package(argv: list[str]) -> None:
    code = (
        "import sys; from factdb.cli import cli\n"
        f"try:\n    cli.main({argv!r}, prog_name='factdb')\n"
        "except SystemExit:\n    pass"
    )
    loaded = _loaded(f"exec({code!r})")
    assert sorted(set(HEAVY) & set(loaded)) == []


#: What reading commands may load beyond the CLI: the database, and nothing that fetches,
#: parses pages, migrates, serves or builds briefs.
READ_ONLY_HEAVY = sorted(set(HEAVY) - {"sqlalchemy"})


@pytest.mark.parametrize(
    "argv",
    [
        ["claims", "list"],
        ["claim", "show", "iran-enrichment-above-367"],
        ["search", "enrichment"],
        ["sources"],
        ["source", "show", "{url}"],
        ["text", "{snapshot}"],
        ["locate", "{snapshot}", "increased its level of enrichment beyond 3.67 percent"],
        ["check", "iran-enrichment-above-367"],
    ],
)
def test_reading_commands_load_no_migration_parser_or_downloader(
    imported: Runner, argv: list[str]
) -> None:
    loaded = _loaded(_command(imported, argv))
    assert "sqlalchemy" in loaded, "the command ran"
    assert sorted(set(READ_ONLY_HEAVY) & set(loaded)) == []


#: The read commands that query Core tables (`factdb.store.tables`): on SQLite they load
#: neither the ORM nor the models, whose import and mapper configuration cost as much as
#: the rest of the command (issue 20).
CORE_READS = [
    ["claims", "list"],
    ["claims", "list", "--json", "--source", "{url}", "--status", "pass"],
    ["claim", "show", "iran-enrichment-above-367"],
    ["claim", "show", "iran-enrichment-above-367", "--json"],
    ["search", "enrichment"],
    ["search", "--tag", "iran", "--source", "{url}", "--check", "pass", "--json"],
    ["sources"],
    ["sources", "--json"],
    ["source", "show", "{url}"],
    ["source", "show", "1", "--json"],
    ["text", "{snapshot}"],
    ["text", "{snapshot}", "--json"],
    ["locate", "{snapshot}", "increased its level of enrichment beyond 3.67 percent"],
]


@pytest.mark.parametrize("argv", CORE_READS)
def test_reading_commands_load_no_orm(imported: Runner, argv: list[str]) -> None:
    loaded = set(_modules(_command(imported, argv)))
    assert "sqlalchemy" in loaded, "the command ran"
    assert sorted(m for m in loaded if m.startswith("sqlalchemy.orm")) == []
    assert "factdb.store.models" not in loaded


def test_core_tables_match_the_models() -> None:
    """Every column of the Core tables is a column of its model, of the same type (so it
    reads and writes the same values: JSON, datetimes in UTC) and, for a string, the same
    length (so `limits` refuses the same values)."""
    from factdb.store import models, tables

    for name, core in tables.TABLES.items():
        model = models.Base.metadata.tables[name]
        for column in core.c:
            assert column.name in model.c, f"{name}.{column.name}"
            kind, where = model.c[column.name].type, f"{name}.{column.name}"
            assert type(kind) is type(column.type), f"{where}: {kind!r} vs {column.type!r}"
            length = getattr(column.type, "length", None)
            assert getattr(kind, "length", None) == length, f"{where}: {kind!r} vs {column.type!r}"
