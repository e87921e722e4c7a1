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
from sqlalchemy import create_engine, text

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


def _command(imported: Runner, argv: list[str], exits: tuple[int, ...] = (0,)) -> str:
    """Code that runs a factdb command on the imported database, `{url}` and `{snapshot}`
    in argv standing for the seed source's address and first snapshot; it fails if the
    command exits with a code not in `exits`."""
    sources = json.loads(imported("sources", "--json").output)
    source = next(s for s in sources if "washingtoninstitute" in s["url"])
    place = {"url": source["url"], "snapshot": source["snapshots"][0]["snapshot"][:12]}
    argv = [a.format(**place) for a in argv]
    code = (
        "import sys; from factdb.cli import cli\n"
        f"try:\n    cli.main({['--db', imported.db_url, *argv]!r}, prog_name='factdb')\n"
        f"except SystemExit as exc:\n    assert (exc.code or 0) in {exits!r}, exc.code"
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


#: What `factdb check ID` on a page's citations must not load: the ORM and the models (the
#: run reads and writes through Core tables), the PDF reader (no PDF is cited) and the
#: worker pool (a few claims are checked in this process).
CHECK_UNLOADED = ("sqlalchemy.orm", "factdb.store.models", "factdb.engine.pdf", "pypdfium2")


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "iran-enrichment-above-367"],
        ["check", "iran-enrichment-above-367", "leu-swap-80-percent", "--json", "--strict"],
    ],
)
def test_checking_a_claim_loads_no_orm_or_pdf_reader(imported: Runner, argv: list[str]) -> None:
    before = _runs(imported.db_url)
    loaded = set(_modules(_command(imported, argv, exits=(0, 1))))
    assert _runs(imported.db_url) == before + 1, "the check ran and recorded its run"
    assert sorted(m for m in loaded if m.startswith(CHECK_UNLOADED)) == []
    assert "concurrent.futures.process" not in loaded


def _runs(db_url: str) -> int:
    """How many check runs the database holds."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM check_run")).scalar_one())
    finally:
        engine.dispose()


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
