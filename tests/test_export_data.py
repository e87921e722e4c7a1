"""`factdb export claims` (JSON, JSON Lines, CSV) and `factdb export sources` (CSL-JSON
checked against the CSL data schema, BibTeX), on stdout or atomically into a file."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from factdb.export.sources import bibtex_escape

from .conftest import DATA, Runner
from .test_claims import SEED_URL
from .test_provenance import NASTY_TITLE, NASTY_URL

CSL_SCHEMA = json.loads((DATA / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
ENRICHMENT = "iran-enrichment-above-367"


def export(run: Runner, *args: str) -> str:
    result = run("export", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_claims_json_has_every_claim_with_citations_and_check(imported: Runner) -> None:
    imported("check")
    claims = json.loads(export(imported, "claims", "--format", "json"))
    assert len(claims) == 23
    assert [c["id"] for c in claims] == sorted(c["id"] for c in claims)
    first = {c["id"]: c for c in claims}[ENRICHMENT]
    assert first["statement"] == "Iran raised enrichment beyond the JCPOA's 3.67% limit."
    assert first["check"] == "pass" and first["status"] == "active"
    assert first["tags"] == ["enrichment", "iran", "jcpoa", "nuclear"]
    assert first["quantities"][0]["value"] == 3.67
    (cit,) = first["citations"]
    assert cit["source"] == SEED_URL
    assert cit["exact"] == "increased its level of enrichment beyond 3.67 percent"
    assert len(cit["snapshot"]) == 64


def test_claims_jsonl_is_one_claim_a_line(imported: Runner) -> None:
    whole = json.loads(export(imported, "claims", "--format", "json"))
    lines = export(imported, "claims", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == whole


def test_claims_csv_is_one_row_per_citation(imported: Runner) -> None:
    imported(
        "claim", "cite", ENRICHMENT, "--quote", "Less than twenty-four hours after the G7",
        "--source", SEED_URL,
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(export(imported, "claims", "--format", "csv"))))
    assert len(rows) == 24
    mine = [r for r in rows if r["id"] == ENRICHMENT]
    assert [r["quote"] for r in mine] == [
        "increased its level of enrichment beyond 3.67 percent",
        "Less than twenty-four hours after the G7",
    ]
    assert mine[0]["tags"] == "enrichment;iran;jcpoa;nuclear"
    assert mine[0]["check"] == "unchecked"


def test_csl_json_is_valid_csl_data_with_archive_fields(imported: Runner) -> None:
    items = json.loads(export(imported, "sources", "--format", "csl-json"))
    Draft7Validator.check_schema(CSL_SCHEMA)
    errors = list(Draft7Validator(CSL_SCHEMA).iter_errors(items))
    assert errors == []
    item = next(i for i in items if i["URL"] == SEED_URL)
    assert item["type"] == "webpage"
    assert item["title"] == "Is Iran Negotiating Its Way to Negotiations?"
    assert item["author"] == [{"family": "Carmi", "given": "Omer"}]
    assert item["issued"] == {"date-parts": [[2019, 8, 30]]}
    assert len(item["accessed"]["date-parts"][0]) == 3
    assert item["archive"] == "factdb"
    sha = item["archive_location"].removeprefix("sha256:")
    assert re.fullmatch(r"[0-9a-f]{64}", sha)
    assert f"SHA-256 {sha}" in item["note"]
    snapshots = json.loads(export(imported, "claims"))[0]["citations"][0]["snapshot"]
    assert snapshots == sha


def test_the_csl_schema_rejects_unknown_keys() -> None:
    # The validation above means something: an item with a made-up key fails.
    item = {"id": "x", "type": "webpage", "title": "t", "digest": "abc"}
    assert not Draft7Validator(CSL_SCHEMA).is_valid([item])
    assert Draft7Validator(CSL_SCHEMA).is_valid([{"id": "x", "type": "webpage", "title": "t"}])


def test_bibtex_entries_are_escaped_and_balanced(imported: Runner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Some text here.</p></body></html>", encoding="utf-8")
    result = imported("archive", str(page), "--url", NASTY_URL, "--title", NASTY_TITLE)
    assert result.exit_code == 0, result.output
    bib = export(imported, "sources", "--format", "bibtex")
    entries = re.findall(r"(?ms)^@online\{([a-z0-9]+),\n(.*?)\n\}$", bib)
    assert len(entries) == 5
    assert len({key for key, _ in entries}) == 5
    body = next(b for _, b in entries if "example.org" in b)
    assert (
        r"title = {Q\&A: \textless{}script\textgreater{}alert("
        '"title")\\textless{}/script\\textgreater{} \\{50\\%\\} \\$5 \\#1 '
        r"\textbackslash{} x\_y \textasciitilde{} \textasciicircum{}}"
    ) in body
    assert "url = {https://example.org/q&a?x=1&y=<2>}" in body
    for _, fields in entries:
        depth = 0
        for token in re.findall(r"\\[{}]|[{}]", fields):
            if token in "{}":
                depth += 1 if token == "{" else -1
                assert depth >= 0
        assert depth == 0
    seed = next(b for _, b in entries if "washingtoninstitute" in b)
    assert "author = {Carmi, Omer}" in seed
    assert "date = {2019-08-30}" in seed
    assert re.search(r"note = \{Archived snapshot SHA-256 [0-9a-f]{64}, retrieved ", seed)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("50% & more", r"50\% \& more"),
        ("{braces}", r"\{braces\}"),
        ("a\\b", r"a\textbackslash{}b"),
        ("line\nbreak\ttab", "line break tab"),
        ("bell\x07", "bell"),
        ("Ünïcödé “quotes”", "Ünïcödé “quotes”"),
    ],
)
def test_bibtex_escape(raw: str, escaped: str) -> None:
    assert bibtex_escape(raw) == escaped


@pytest.mark.parametrize(
    "args",
    [
        ("claims", "--format", "json"),
        ("claims", "--format", "csv"),
        ("sources", "--format", "csl-json"),
        ("sources", "--format", "bibtex"),
    ],
)
def test_output_file_is_written_whole(imported: Runner, tmp_path: Path, args: tuple) -> None:
    target = tmp_path / "out" / "export.txt"
    target.parent.mkdir()
    target.write_text("old contents", encoding="utf-8")
    result = imported("export", *args, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == export(imported, *args)
    assert [p.name for p in target.parent.iterdir()] == ["export.txt"]


def test_output_into_a_missing_folder_is_one_line_and_writes_nothing(
    imported: Runner, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "claims.json"
    result = imported("export", "claims", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target}: cannot write: no folder {target.parent}\n"
    assert not target.parent.exists()


def test_unknown_format_is_a_usage_error(imported: Runner) -> None:
    result = imported("export", "sources", "--format", "ris")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
