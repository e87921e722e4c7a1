"""No command writes over what it reads: the database, its journals, or its own inputs.

Every command that writes a file (`export claims|sources|annotations|warc -o`, `audit
--html`, `brief new -o`, `brief build -o`, `watch --report`; `export timestamps -o DIR` is
tested in test_timestamps) is pointed at the database file, at a symlink
and a hard link to it, and `brief build` at its own brief; each is refused with one line
naming both files, and what it would have replaced is byte for byte unchanged.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from factdb.files import remove_leftovers, write_atomic

from .conftest import BACKEND, Runner

#: Every command writing a file, with `{out}` where the output path goes.
WRITERS = {
    "export-claims": ["export", "claims", "--format", "csv", "-o", "{out}"],
    "export-sources": ["export", "sources", "--format", "bibtex", "-o", "{out}"],
    "export-annotations": ["export", "annotations", "-o", "{out}"],
    "export-warc": ["export", "warc", "-o", "{out}"],
    "audit-html": ["audit", "--html", "{out}"],
    "brief-new": ["brief", "new", "--tag", "t", "--force", "-o", "{out}"],
    "brief-build": ["brief", "build", "{brief}", "-o", "{out}"],
    "watch-report": ["watch", "--all", "--report", "{out}"],
}

sqlite_only = pytest.mark.skipif(
    BACKEND != "sqlite", reason="a PostgreSQL database is no file an output could replace"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def args_for(name: str, out: Path, brief: Path) -> list[str]:
    return [a.format(out=out, brief=brief) for a in WRITERS[name]]


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    path = tmp_path / "x.md"
    path.write_text("# Brief\n\nA claim [@some-claim].\n")
    return path


def db_path(run: Runner) -> Path:
    return Path(run.db_url.removeprefix("sqlite:///"))


def assert_refused(result: object, target: Path, kept: Path, what: str) -> None:
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert lines[0] == f"Error: {target}: is {what} {kept}: refusing to write over it"


@sqlite_only
@pytest.mark.parametrize("how", ["itself", "symlink", "hardlink"])
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_no_output_replaces_the_database(
    run: Runner, tmp_path: Path, brief: Path, name: str, how: str
) -> None:
    db = db_path(run)
    before = digest(db)
    if how == "itself":
        target = db
    else:
        # brief build picks its format by suffix: the link is named like a brief.
        target = tmp_path / "v.md"
        (target.symlink_to if how == "symlink" else target.hardlink_to)(db)
    result = run(*args_for(name, target, brief))
    assert_refused(result, target, db, "the database")
    assert digest(db) == before
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]


@sqlite_only
def test_no_output_replaces_the_write_ahead_log(run: Runner, tmp_path: Path) -> None:
    db = db_path(run)
    wal = Path(f"{db}-wal")
    result = run("export", "claims", "-o", str(wal))
    assert_refused(result, wal, wal, "the database journal")


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("how", ["itself", "symlink"])
def test_brief_build_never_replaces_its_own_brief(
    run: Runner, tmp_path: Path, brief: Path, how: str, fmt: str
) -> None:
    before = brief.read_bytes()
    if how == "itself" and fmt == "md":
        target = brief
    else:
        target = tmp_path / f"out.{fmt}"
        target.symlink_to(brief)
    result = run("brief", "build", str(brief), "-o", str(target))
    assert_refused(result, target, brief, "the brief")
    assert brief.read_bytes() == before


def test_brief_build_never_replaces_its_citation_style(
    run: Runner, tmp_path: Path, brief: Path
) -> None:
    style = tmp_path / "mine.csl"
    style.write_text("<style/>")
    target = tmp_path / "out.md"
    target.symlink_to(style)
    result = run("brief", "build", str(brief), "-o", str(target), "--style", str(style))
    assert_refused(result, target, style, "the citation style")
    assert style.read_text() == "<style/>"


def test_an_unrelated_existing_output_is_still_replaced(run: Runner, tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    target.write_text("old")
    result = run("export", "claims", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("[")


def test_leftovers_of_an_interrupted_write_are_removed_by_the_next(
    run: Runner, tmp_path: Path
) -> None:
    target = tmp_path / "claims.json"
    leftover = tmp_path / ".claims.json.k3j2_9x.tmp"
    leftover.write_text("half a file")
    other = tmp_path / ".other.json.abc.tmp"  # another target's: left alone
    other.write_text("x")
    result = run("export", "claims", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert not leftover.exists()
    assert other.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == [other.name]


def test_a_write_in_progress_is_not_taken_for_a_leftover(tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    seen: list[list[Path]] = []

    def produce(tmp: Path) -> None:
        # While this write runs, another writer of the same target looks for leftovers.
        tmp.write_bytes(b"in progress")
        seen.append(remove_leftovers(target))
        assert tmp.exists()

    write_atomic(target, produce=produce)
    assert seen == [[]]
    assert target.read_bytes() == b"in progress"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert os.listdir(tmp_path) == ["brief.docx"]
