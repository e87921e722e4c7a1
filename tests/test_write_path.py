"""One write path, results bound to what they judged, one verdict (issue 14).

Every change to a claim goes through `factdb.claims`, which writes its revision, its derived
rows (search index, structured values) and its event together; a check or drift result
counts only while it is current (`factdb.store.results`); `RunReport.failed` is the one verdict.
Each reproduction of the issue is a test here.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from factdb import claims as claimslib
from factdb.checks import latest_results, run_checks
from factdb.claims_file import CiteSpec
from factdb.store.db import Database
from factdb.store.models import ClaimRevision

from .conftest import Runner
from .test_claims import SEED_URL, counts
from .test_drift import (
    DELETE_KHAMENEI,
    EDIT_NUMBER,
    MARKUP,
    SEED,
    archive_as_seed,
    newer_seed,
    seed_snapshot,
)

FACTDB = Path(__file__).parent.parent / "factdb"
#: A newer capture of the seed page whose 3.67 percent passage says something else.
PURIFY = ("increased its level of enrichment", "increased its level of purification")


def search_json(run: Runner, *args: str) -> list[dict]:
    result = run("search", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- 1. one write path ----------------------------------------------------------------------


def test_rebase_with_new_words_reindexes_search(imported: Runner, tmp_path: Path) -> None:
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", PURIFY))
    assert search_json(imported, "purification") == []
    rebased = imported(
        "claim",
        "rebase",
        "iran-enrichment-above-367",
        "--to",
        new,
        "--quote",
        "increased its level of purification beyond 3.67 percent",
    )
    assert rebased.exit_code == 0, rebased.output
    [hit] = search_json(imported, "purification")
    assert hit["id"] == "iran-enrichment-above-367"
    assert "purification" in hit["snippet"] and hit["snippet_of"] == "quote"
    # The old words are gone from the index: a phrase only the old quote had finds nothing.
    assert search_json(imported, '"level of enrichment"') == []


def _module_writes(path: Path) -> set[str]:
    """The claim tables a module writes: models constructed, or rows inserted by table."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("Claim", "Citation", "ClaimRevision", "ClaimTag"):
                found.add(node.func.id)
        if isinstance(node, ast.Attribute) and node.attr == "__table__":
            value = node.value
            if isinstance(value, ast.Name) and value.id in (
                "Claim",
                "Citation",
                "ClaimRevision",
                "ClaimTag",
            ):
                found.add(value.id)
    return found


def test_only_the_claims_module_writes_claims() -> None:
    writers = {
        str(path.relative_to(FACTDB)): tables
        for path in sorted(FACTDB.rglob("*.py"))
        if (tables := _module_writes(path))
    }
    assert set(writers) == {"claims.py"}, writers


def _index_rows(db: Database) -> dict[str, object]:
    """What the search index and the structured values hold, by claim slug."""
    with db.snapshot() as session:
        conn = session.connection()
        slugs = dict(conn.exec_driver_sql("SELECT id, slug FROM claim").all())
        values = sorted(
            (slugs[r[0]], r[1], r[2], r[3], r[4])
            for r in conn.exec_driver_sql(
                "SELECT claim_id, kind, unit, value, date FROM search_value"
            ).all()
        )
        if conn.dialect.name == "sqlite":
            docs = sorted(
                (slugs[r[0]], *r[1:])
                for r in conn.exec_driver_sql(
                    "SELECT rowid, statement, quotes, tags, titles FROM claim_fts"
                ).all()
            )
        else:
            docs = sorted(
                (slugs[r[0]], r[1], r[2])
                for r in conn.exec_driver_sql(
                    "SELECT claim_id, quotes, document::text FROM claim_search"
                ).all()
            )
        quantities = dict(conn.exec_driver_sql("SELECT slug, quantities FROM claim").all())
    return {"values": values, "docs": docs, "quantities": quantities}


def _rebuilt(db: Database) -> dict[str, object]:
    """`_index_rows` after rebuilding every claim's derived rows from what is stored."""
    from factdb.engine.quantities import structured_values
    from factdb.search.index import index_claims
    from factdb.store.models import Claim

    with db.session() as session:
        for claim in session.scalars(select(Claim)):
            claim.quantities = structured_values(claim.statement)
        session.flush()
        index_claims(session, list(session.scalars(select(Claim.id))))
    return _index_rows(db)


def test_every_write_operation_keeps_the_index_equal_to_a_rebuild(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", EDIT_NUMBER, *MARKUP))
    claims_file = tmp_path / "more.yaml"
    claims_file.write_text(
        "- id: g7-biarritz\n"
        "  statement: The G7 met in Biarritz in 2019.\n"
        "  tags: [g7]\n"
        f"  source: {SEED_URL}\n"
        "  quote: the gathering in Biarritz, France\n",
        encoding="utf-8",
    )
    db = Database.open(db_url)
    operations = {
        "add_claim": lambda s: claimslib.add_claim(
            s,
            "Zarif arrived on August 25, 2019.",
            [CiteSpec("arrived on August 25", source=SEED_URL)],
            slug="zarif-25",
            tags=["zarif"],
            actor="t",
        ),
        "cite": lambda s: claimslib.cite(
            s,
            "zarif-25",
            [CiteSpec("the midst of the summit", source=SEED_URL)],
            actor="t",
        ),
        "edit": lambda s: claimslib.edit(
            s, "zarif-25", "Zarif arrived on 26 August 2019 with 3 aides.", why="t", actor="t"
        ),
        "retract": lambda s: claimslib.retract(s, "zarif-25", why="t", actor="t"),
        "rebase": lambda s: claimslib.rebase(
            s,
            "iran-enrichment-above-367",
            new,
            quote="enrichment beyond 3.5 percent",
            actor="t",
        ),
        "import_claims": lambda s: claimslib.import_claims(s, claims_file, actor="t"),
    }
    assert set(operations) == set(claimslib.WRITE_OPERATIONS)
    try:
        for name in claimslib.WRITE_OPERATIONS:
            with db.session() as session:
                operations[name](session)
            assert _index_rows(db) == _rebuilt(db), name
    finally:
        db.close()


# --- 2. results bound to what they judged ------------------------------------------------------


def test_a_drift_failure_does_not_outlive_its_cause(imported: Runner, tmp_path: Path) -> None:
    slug = "iran-enrichment-above-367"
    new_page = newer_seed(tmp_path, "v2.html", EDIT_NUMBER)
    drifted = imported("recheck", SEED_URL, "--against", str(new_page), "--json")
    assert drifted.exit_code == 1
    assert {d["claim"]: d["status"] for d in json.loads(drifted.stdout)}[slug] == "edited"
    new = json.loads(imported("sources", "--json").stdout)
    [seed] = [s for s in new if s["url"] == SEED_URL]
    newest = seed["snapshots"][-1]["snapshot"]
    failing = imported("check", slug)
    assert failing.exit_code == 1 and f"{slug} [drift] edited" in failing.stdout

    rebased = imported(
        "claim", "rebase", slug, "--to", newest, "--quote", "enrichment beyond 3.5 percent"
    )
    assert rebased.exit_code == 0, rebased.output
    edited = imported(
        "claim", "edit", slug, "--statement", "Iran raised enrichment to 3.5%.", "--why", "page"
    )
    assert edited.exit_code == 0, edited.output
    checked = imported("check", slug)
    assert "[drift]" not in checked.stdout, checked.stdout
    assert checked.exit_code == 0, checked.stdout
    # A recheck records the rebased claim unchanged (it cites the newest capture) instead of
    # skipping it, while the others are compared with that capture.
    rechecked = imported("recheck", SEED_URL, "--json")
    statuses = {d["claim"]: d for d in json.loads(rechecked.stdout)}
    assert statuses[slug]["status"] == "unchanged"
    assert statuses[slug]["from_snapshot"] == statuses[slug]["to_snapshot"] == newest
    final = imported("check", slug, "--json")
    assert final.exit_code == 0, final.output
    [drift] = [r for r in json.loads(final.stdout) if r["check"] == "drift"]
    assert drift["status"] == "pass" and drift["detail"].startswith("unchanged")
    # The viewer's data (claim show) and the audit see the same current results.
    show = json.loads(imported("claim", "show", slug, "--json").stdout)
    assert [c["status"] for c in show["checks"] if c["check"] == "drift"] == ["pass"]
    audit = {d["claim"]: d for d in json.loads(imported("audit", "--json").stdout)}
    assert {r["check"]: r["status"] for r in audit[slug]["results"]}["drift"] == "pass"


def test_an_edit_supersedes_every_result_of_the_claim(imported: Runner) -> None:
    slug = "iran-enrichment-above-367"
    assert imported("check").exit_code == 0
    assert [h["check"] for h in search_json(imported, "enrichment", "--check", "pass")]
    edited = imported("claim", "edit", slug, "--statement", "Iran raised it to 9%.", "--why", "x")
    assert edited.exit_code == 0
    unchecked = {h["id"] for h in search_json(imported, "--check", "unchecked")}
    assert unchecked == {slug}
    audit = {d["claim"]: d for d in json.loads(imported("audit", "--json").stdout)}
    assert audit[slug]["results"] == []
    assert audit[slug]["notes"] == ["changed since it was last checked"]
    show = json.loads(imported("claim", "show", slug, "--json").stdout)
    assert show["checks"] == []
    assert imported("check", slug).exit_code in (0, 1)
    audit = {d["claim"]: d for d in json.loads(imported("audit", "--json").stdout)}
    assert [r["check"] for r in audit[slug]["results"]] == [
        "integrity",
        "span",
        "html-span",
        "supported",
    ]
    assert audit[slug]["notes"] == []


KHAMENEI_SLUG = "khamenei-scuttled-leu-swap"
#: Another bundled page, and words it holds.
BBC_URL = "http://www.bbc.com/news/world-us-canada-33646704"
BBC_QUOTE = "in the US is the greatest frustration of his presidency"


def _retag(run: Runner, tmp_path: Path, snapshot: str) -> None:
    """Import the Khamenei claim again with one more tag and nothing else changed."""
    path = tmp_path / "retag.yaml"
    path.write_text(
        f"- id: {KHAMENEI_SLUG}\n"
        "  statement: Khamenei scuttled the uranium-swap agreement once its details went public,"
        " warning that U.S. negotiators were hiding a dagger behind their backs.\n"
        "  tags: [iran, nuclear, history, khamenei, disputed]\n"
        f"  snapshot: {snapshot}\n"
        "  quote: 'When details of the agreement went public, however, Khamenei scuttled it,"
        ' warning that U.S. negotiators were "hiding a dagger behind their backs."\'\n',
        encoding="utf-8",
    )
    result = run("claims", "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["revised"] == [KHAMENEI_SLUG], result.stdout


def test_a_tag_change_or_a_new_citation_keeps_a_drift_failure(
    imported: Runner, tmp_path: Path
) -> None:
    old = seed_snapshot(imported)
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", DELETE_KHAMENEI))
    assert imported("recheck", SEED_URL).exit_code == 1
    brief = tmp_path / "b.md"
    brief.write_text(f"# B\n\nA [@{KHAMENEI_SLUG}].\n", encoding="utf-8")
    out = tmp_path / "out.md"

    def still_fails(step: str) -> None:
        checked = imported("check", KHAMENEI_SLUG)
        assert checked.exit_code == 1, (step, checked.output)
        assert f"FAIL  {KHAMENEI_SLUG} [drift] removed" in checked.stdout, step
        built = imported("brief", "build", str(brief), "-o", str(out))
        assert built.exit_code == 1, (step, built.output)
        assert f"{KHAMENEI_SLUG} [drift] fail: the quote is removed on {SEED_URL}" in built.stderr
        assert not out.exists()
        audit = {d["claim"]: d for d in json.loads(imported("audit", "--json").stdout)}
        drift = [r for r in audit[KHAMENEI_SLUG]["results"] if r["check"] == "drift"]
        assert [r["status"] for r in drift] == ["fail"], step
        failing = {h["id"] for h in search_json(imported, "--check", "fail")}
        assert KHAMENEI_SLUG in failing, step

    still_fails("recheck")
    _retag(imported, tmp_path, old)
    still_fails("tags")
    # A citation of another page beside it: the removed quote is still cited.
    cited = imported("claim", "cite", KHAMENEI_SLUG, "--source", BBC_URL, "--quote", BBC_QUOTE)
    assert cited.exit_code == 0, cited.output
    still_fails("cite")

    # A rebase changes what the drift result judged: it no longer counts, and a recheck
    # records the rebased quote unchanged on the newest capture.
    rebased = imported(
        "claim", "rebase", KHAMENEI_SLUG, "--to", new, "--quote", "beyond 3.67 percent"
    )
    assert rebased.exit_code == 0, rebased.output
    checked = imported("check", KHAMENEI_SLUG)
    assert "[drift] removed" not in checked.stdout, checked.stdout
    rechecked = {d["claim"]: d for d in json.loads(imported("recheck", SEED_URL, "--json").stdout)}
    assert rechecked[KHAMENEI_SLUG]["status"] == "unchanged"
    final = imported("check", KHAMENEI_SLUG, "--json")
    drift = [r for r in json.loads(final.stdout) if r["check"] == "drift"]
    assert [r["status"] for r in drift] == ["pass"], final.stdout


def _current(db_url: str, slug: str) -> set[tuple[str, int | None, str]]:
    """The current results of claim `slug`: (check, citation id, status)."""
    db = Database.open(db_url)
    try:
        with db.snapshot() as session:
            claim = claimslib.find_claim(session, slug)
            rows = latest_results(session, [claim.id]).get(claim.id, [])
            return {(r.kind, r.citation_id, r.status) for r in rows}
    finally:
        db.close()


def test_what_each_kind_of_revision_supersedes(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    old = seed_snapshot(imported)
    assert imported("check", KHAMENEI_SLUG).exit_code == 0
    checked = _current(db_url, KHAMENEI_SLUG)
    assert {k for k, _, _ in checked} == {"integrity", "span", "html-span", "supported"}
    # Tags only: the statement and the quotes it judged are the same; every result stays.
    _retag(imported, tmp_path, old)
    assert _current(db_url, KHAMENEI_SLUG) == checked
    # A new citation: the claim-wide "supported" judged the old quotes; the first
    # citation's own results still hold.
    cited = imported(
        "claim", "cite", KHAMENEI_SLUG, "--snapshot", old, "--quote", "hiding a dagger"
    )
    assert cited.exit_code == 0, cited.output
    per_citation = {r for r in checked if r[0] != "supported"}
    assert _current(db_url, KHAMENEI_SLUG) == per_citation
    assert imported("check", KHAMENEI_SLUG).exit_code == 0
    both = _current(db_url, KHAMENEI_SLUG)
    assert len(both) == 7
    # A language: "supported" reads the statement in it; the citations' results stay.
    relang = imported("claim", "edit", KHAMENEI_SLUG, "--lang", "en-GB", "--why", "x")
    assert relang.exit_code == 0, relang.output
    assert _current(db_url, KHAMENEI_SLUG) == {r for r in both if r[0] != "supported"}
    # A new statement supersedes every result; so does a retraction.
    assert imported("check", KHAMENEI_SLUG).exit_code == 0
    edited = imported(
        "claim", "edit", KHAMENEI_SLUG, "--statement", "Khamenei said no.", "--why", "x"
    )
    assert edited.exit_code == 0, edited.output
    assert _current(db_url, KHAMENEI_SLUG) == set()
    assert imported("check", KHAMENEI_SLUG).exit_code in (0, 1)
    assert _current(db_url, KHAMENEI_SLUG)
    assert imported("claim", "retract", KHAMENEI_SLUG, "--why", "x").exit_code == 0
    assert _current(db_url, KHAMENEI_SLUG) == set()


# --- 3. one verdict -------------------------------------------------------------------------


def test_check_exit_code_is_the_library_verdict(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", DELETE_KHAMENEI))
    assert imported("recheck", SEED_URL).exit_code == 1
    slug = "khamenei-scuttled-leu-swap"
    db = Database.open(db_url)
    try:
        with db.session() as session:
            report = run_checks(session, [slug], actor="t")
            drift = [r for r in report.results if r.check == "drift"]
    finally:
        db.close()
    assert [(r.status, r.drift) for r in drift] == [("fail", "removed")]
    assert report.failed() and report.counts()["fail"] == 1
    cli = imported("check", slug)
    assert cli.exit_code == 1
    assert f"FAIL  {slug} [drift] removed" in cli.stdout


def test_audit_counts_retracted_claims_apart(imported: Runner, tmp_path: Path) -> None:
    slug = "khamenei-scuttled-leu-swap"
    # The claim fails (its quote was removed from the newer capture), then is retracted.
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", DELETE_KHAMENEI))
    assert imported("recheck", SEED_URL).exit_code == 1
    assert imported("check").exit_code == 1
    failing = imported("audit")
    assert failing.exit_code == 1 and f"FAIL  {slug} [active]" in failing.stdout
    retracted = imported("claim", "retract", slug, "--why", "the page no longer says it")
    assert retracted.exit_code == 0
    audit = imported("audit")
    assert audit.exit_code == 0, audit.stdout
    assert "FAIL" not in audit.stdout
    assert f"RETRACTED {slug} [retracted]" in audit.stdout
    last = audit.stdout.splitlines()[-1]
    assert last.startswith("23 claims: ") and " 0 fail, " in last, last
    assert last.endswith(" need review, 1 retracted."), last
    data = {d["claim"]: d for d in json.loads(imported("audit", "--json").stdout)}
    assert data[slug]["audit"] == "retracted"
    # Briefs still refuse it.
    brief = tmp_path / "b.md"
    brief.write_text(f"# B\n\nA [@{slug}].\n", encoding="utf-8")
    built = imported("brief", "build", str(brief), "-o", str(brief.with_suffix(".out.md")))
    assert built.exit_code == 1 and "the claim is retracted" in built.stderr


# --- 4. briefs obey drift ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "slug", "status"),
    [
        (DELETE_KHAMENEI, "khamenei-scuttled-leu-swap", "removed"),
        (EDIT_NUMBER, "iran-enrichment-above-367", "edited"),
    ],
)
def test_brief_refuses_a_claim_whose_quote_drifted(
    imported: Runner, tmp_path: Path, edit: tuple[str, str], slug: str, status: str
) -> None:
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", edit))
    assert imported("recheck", SEED_URL).exit_code == 1
    brief = tmp_path / "b.md"
    brief.write_text(f"# B\n\nA [@{slug}].\n", encoding="utf-8")
    out = tmp_path / "out.md"
    for extra in ([], ["--allow-warnings"], ["--max-age", "1h"]):
        built = imported("brief", "build", str(brief), "-o", str(out), *extra)
        assert built.exit_code == 1, (extra, built.output)
        assert f"line 3: {slug} [drift] fail: the quote is {status} on {SEED_URL}" in built.stderr
        assert not out.exists()


def test_brief_builds_with_a_moved_quote(imported: Runner, tmp_path: Path) -> None:
    # Take the paragraph with the 3.67 percent quote to the top of the article.
    start = SEED.index("<p>Third, Iran is raising")
    para = SEED[start : SEED.index("</p>", start) + 4]
    top = "<p><strong>T</strong>his year"
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", (para, ""), (top, para + top)))
    rechecked = json.loads(imported("recheck", SEED_URL, "--json").stdout)
    slug = "iran-enrichment-above-367"
    assert {d["claim"]: d["status"] for d in rechecked}[slug] == "moved"
    brief = tmp_path / "b.md"
    brief.write_text(f"# B\n\nA [@{slug}].\n", encoding="utf-8")
    built = imported("brief", "build", str(brief), "-o", str(tmp_path / "out.md"))
    assert built.exit_code == 0, built.output


# --- 5. import validates everything before it refuses -------------------------------------------


def test_import_reports_every_bad_row_in_one_pass(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(
        "- id: good\n"
        "  statement: The G7 met in Biarritz.\n"
        f"  source: {SEED_URL}\n"
        "  quote: the gathering in Biarritz, France\n"
        "- id: no-source\n"
        "  statement: Something.\n"
        "  quote: anything\n"
        "- id: not-found-1\n"
        "  statement: One.\n"
        f"  source: {SEED_URL}\n"
        "  quote: words the page never had one\n"
        "- id: not-found-2\n"
        "  statement: Two.\n"
        f"  source: {SEED_URL}\n"
        "  quote: words the page never had two\n"
        "- id: ambiguous\n"
        "  statement: Zarif.\n"
        f"  source: {SEED_URL}\n"
        "  quote: Zarif\n"
        "- id: good\n"
        "  statement: Duplicate.\n"
        f"  source: {SEED_URL}\n"
        "  quote: the gathering in Biarritz, France\n"
        "- id: bad-field\n"
        "  statement: Bad.\n"
        "  colour: red\n"
        f"  source: {SEED_URL}\n"
        "  quote: the gathering in Biarritz\n"
        "- id: bad-lang\n"
        "  statement: Bad language.\n"
        "  lang: xx\n"
        f"  source: {SEED_URL}\n"
        "  quote: the gathering in Biarritz\n",
        encoding="utf-8",
    )
    before = counts(db_url)
    result = imported("claims", "import", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"Error: {path}: 7 bad row(s); nothing imported"
    where = [line.strip().split(": ")[1] for line in lines[1:]]
    assert where == [
        "claim 2 (no-source)",
        "claim 3 (not-found-1)",
        "claim 4 (not-found-2)",
        "claim 5 (ambiguous)",
        "claim 6 (good)",
        "claim 7 (bad-field)",
        "claim 8 (bad-lang)",
    ]
    assert "missing source or snapshot" in lines[1]
    assert "already used by" in lines[5] and "unknown field(s) colour" in lines[6]
    assert counts(db_url) == before


def test_import_csv_reports_line_numbers_of_parse_and_locate_problems(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "id,statement,source,quote\n"
        f"a,,{SEED_URL},the gathering in Biarritz\n"
        f"b,Fine.,{SEED_URL},not on the page at all\n"
        "c,Fine.,https://nowhere.example/,anything\n",
        encoding="utf-8",
    )
    before = counts(db_url)
    result = imported("claims", "import", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"Error: {path}: 3 bad row(s); nothing imported"
    assert [line.strip().split(" (")[0] for line in lines[1:]] == [
        f"{path}: line 2",
        f"{path}: line 3",
        f"{path}: line 4",
    ]
    assert counts(db_url) == before


def _g7_file(tmp_path: Path, statement: str) -> Path:
    path = tmp_path / "g7.yaml"
    path.write_text(
        f"- id: g7\n  statement: {statement}\n  source: {SEED_URL}\n"
        "  quote: the gathering in Biarritz, France\n",
        encoding="utf-8",
    )
    return path


def test_reimport_does_not_silently_revert_a_later_edit(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    path = _g7_file(tmp_path, "The G7 met in Biarritz.")
    assert imported("claims", "import", str(path)).exit_code == 0
    edited = imported(
        "claim", "edit", "g7", "--statement", "The G7 met in Biarritz, France.", "--why", "x"
    )
    assert edited.exit_code == 0
    before = counts(db_url)
    again = imported("claims", "import", str(path))
    assert again.exit_code == 1
    lines = again.stderr.splitlines()
    assert len(lines) == 1, lines  # one conflicting row: one line
    assert lines[0].startswith(f"Error: {path}: claim 1 (g7): claim 'g7' was edited by ")
    assert "after it was last imported (from g7.yaml)" in lines[0]
    assert lines[0].endswith("(--overwrite to do so); nothing imported")
    assert counts(db_url) == before
    shown = json.loads(imported("claim", "show", "g7", "--json").stdout)
    assert shown["statement"] == "The G7 met in Biarritz, France."
    # A file that agrees with the edit changes nothing and is no conflict.
    agreeing = _g7_file(tmp_path, "The G7 met in Biarritz, France.")
    report = json.loads(imported("claims", "import", str(agreeing), "--json").stdout)
    assert report["unchanged"] == ["g7"]
    # --overwrite replaces the edit, and then the file's version is the imported one.
    path = _g7_file(tmp_path, "The G7 met in Biarritz.")
    forced = imported("claims", "import", str(path), "--overwrite", "--json")
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.stdout)["revised"] == ["g7"]
    shown = json.loads(imported("claim", "show", "g7", "--json").stdout)
    assert shown["statement"] == "The G7 met in Biarritz."
    path = _g7_file(tmp_path, "The G7 summit met in Biarritz.")
    assert json.loads(imported("claims", "import", str(path), "--json").stdout)["revised"] == ["g7"]
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            kinds = conn.execute(
                select(ClaimRevision.kind, ClaimRevision.data).order_by(ClaimRevision.id)
            ).all()
    finally:
        engine.dispose()
    assert [k for k, _ in kinds[-4:]] == ["create", "edit", "edit", "edit"]
    assert kinds[-1].data == {"import": "g7.yaml"}


def test_reimport_over_a_rebased_claim_is_a_conflict(imported: Runner, tmp_path: Path) -> None:
    old = seed_snapshot(imported)
    path = tmp_path / "zarif.yaml"
    path.write_text(
        "- id: zarif\n  statement: Zarif arrived on August 25.\n"
        f"  snapshot: {old}\n  quote: arrived on August 25 in the midst of the summit\n",
        encoding="utf-8",
    )
    assert imported("claims", "import", str(path)).exit_code == 0
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", *MARKUP))
    rebased = imported("claim", "rebase", "zarif", "--to", new)
    assert rebased.exit_code == 0, rebased.output
    again = imported("claims", "import", str(path))
    assert again.exit_code == 1
    assert len(again.stderr.splitlines()) == 1, again.stderr
    assert "claim 'zarif' was changed (rebase) by" in again.stderr
    assert again.stderr.rstrip().endswith("(--overwrite to do so); nothing imported")


def test_a_claim_recorded_by_hand_is_no_file_s_to_overwrite(
    imported: Runner, tmp_path: Path
) -> None:
    added = imported(
        "claim",
        "add",
        "--id",
        "g7",
        "--statement",
        "The G7 gathered in Biarritz.",
        "--source",
        SEED_URL,
        "--quote",
        "the gathering in Biarritz, France",
    )
    assert added.exit_code == 0, added.output
    path = _g7_file(tmp_path, "The G7 met in Biarritz.")
    refused = imported("claims", "import", str(path))
    assert refused.exit_code == 1 and len(refused.stderr.splitlines()) == 1, refused.stderr
    assert "claim 'g7' was recorded by " in refused.stderr
    assert "and never imported; importing g7.yaml would overwrite that" in refused.stderr
    assert imported("claims", "import", str(path), "--overwrite").exit_code == 0
    # Imported now: a later version of a claims file revises it without --overwrite.
    path = _g7_file(tmp_path, "The G7 summit met in Biarritz.")
    assert imported("claims", "import", str(path)).exit_code == 0


def test_recheck_records_unchanged_for_a_claim_rebased_onto_the_newest_capture(
    imported: Runner, tmp_path: Path
) -> None:
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", *MARKUP))
    slugs = [d["id"] for d in json.loads(imported("claims", "list", "--json").stdout)]
    seed_cited = [
        s
        for s in slugs
        if json.loads(imported("claim", "show", s, "--json").stdout)["citations"][0]["url"]
        == SEED_URL
    ]
    for slug in seed_cited:
        rebased = imported("claim", "rebase", slug, "--to", new)
        assert rebased.exit_code == 0, rebased.output
    rechecked = imported("recheck", SEED_URL, "--json")
    assert rechecked.exit_code == 0, rechecked.output
    data = json.loads(rechecked.stdout)
    assert sorted(d["claim"] for d in data) == sorted(seed_cited)
    assert {(d["status"], d["from_snapshot"], d["to_snapshot"]) for d in data} == {
        ("unchanged", new, new)
    }
