"""`factdb check` and `factdb audit` on the bundled archive."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, func, select, text

from factdb import audit as auditlib
from factdb import checks, statuses
from factdb.check_rules import read_fragment
from factdb.engine.text import extract_html
from factdb.store import db as dblib
from factdb.store.lookups import text_layer
from factdb.store.models import Citation, TextLayerCache

from .conftest import FakeEngine, Runner
from .test_claims import SEED_URL, SOURCES

HEDGED = "leu-swap-80-percent"
#: Nothing in it can be compared mechanically (no number, date, rank...): needs review.
UNVERIFIED = "khamenei-scuttled-leu-swap"


def test_check_json_contract_and_bundled_claims_pass_but_the_hedge(imported: Runner) -> None:
    """Every bundled claim passes, except the dropped hedge (warn) and the claims with
    nothing to compare (unverified: needs review, which does not fail `check`)."""
    result = imported("check", "--json")
    assert result.exit_code == 0, result.output
    results = json.loads(result.stdout)
    keys = ("check", "claim", "detail", "snapshot", "status")
    assert {tuple(sorted(r)) for r in results if r["check"] != "supported"} == {keys}
    # The supported check also lists what it compared.
    assert {tuple(sorted(r)) for r in results if r["check"] == "supported"} == {
        tuple(sorted((*keys, "elements")))
    }
    assert all(isinstance(r["elements"], list) for r in results if r["check"] == "supported")
    assert {r["check"] for r in results} == {"integrity", "span", "html-span", "supported"}
    flagged = [
        (r["claim"], r["check"], r["status"])
        for r in results
        if r["status"] not in ("pass", "unverified")
    ]
    assert flagged == [(HEDGED, "supported", "warn")]
    [warning] = [r for r in results if r["status"] == "warn"]
    assert "nearly" in warning["detail"]
    unverified = {r["claim"] for r in results if r["status"] == "unverified"}
    assert UNVERIFIED in unverified
    assert {r["check"] for r in results if r["status"] == "unverified"} == {"supported"}


def test_strict_makes_the_warning_fail(imported: Runner) -> None:
    assert imported("check", "--strict").exit_code == 1
    assert imported("check", "--strict", "ahmadinejad-2009-leu-proposal").exit_code == 0


REVIEW_LINE = f"NEEDS REVIEW {UNVERIFIED} [supported] nothing in the statement could be compared"


def test_unverified_needs_review_and_fails_only_with_strict(
    imported: Runner, fake_engine: FakeEngine
) -> None:
    result = imported("check", UNVERIFIED)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "status        results",
        "------------  -------",
        "pass          3",
        "needs review  1",
        "warn          0",
        "fail          0",
        REVIEW_LINE,
        "1 claims checked in run 1: 3 pass, 0 warn, 0 fail, 1 needs review.",
    ]
    strict = imported("check", "--strict", UNVERIFIED)
    assert strict.exit_code == 1
    assert strict.stdout.splitlines()[-2:] == [
        REVIEW_LINE,
        "1 claims checked in run 2: 3 pass, 0 warn, 0 fail, 1 needs review.",
    ]
    [supported] = [
        r
        for r in json.loads(imported("check", "--json", UNVERIFIED).stdout)
        if r["check"] == "supported"
    ]
    assert supported["status"] == "unverified" and supported["elements"] == []


def test_run_failed_is_the_one_rule_for_exit_codes() -> None:
    assert not statuses.run_failed({"pass": 3, "unverified": 2, "warn": 1, "fail": 0})
    assert statuses.run_failed({"pass": 3, "unverified": 0, "warn": 0, "fail": 1})
    assert statuses.run_failed({"pass": 3, "unverified": 1, "warn": 0, "fail": 0}, strict=True)
    assert not statuses.run_failed({"pass": 3, "unverified": 0, "warn": 0, "fail": 0}, strict=True)
    report = checks.RunReport(1, [], {"pass": 1, "unverified": 1, "warn": 0, "fail": 0})
    assert not report.failed() and report.failed(strict=True)
    assert statuses.worst(["pass", "unverified", "warn", "fail"]) == "fail"
    assert statuses.worst(["unverified", "pass"]) == "unverified"


def test_changed_number_fails_naming_both_numbers(imported: Runner) -> None:
    edit = imported(
        "claim",
        "edit",
        "iran-enrichment-above-367",
        "--statement",
        "Iran raised enrichment beyond the JCPOA's 3.5% limit.",
        "--why",
        "test",
    )
    assert edit.exit_code == 0
    result = imported("check", "iran-enrichment-above-367")
    assert result.exit_code == 1
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("FAIL")]
    assert "[supported]" in line and "3.5%" in line and "3.67 percent" in line


def test_corrupt_snapshot_fails_integrity_of_every_claim_citing_it(
    imported: Runner, db_url: str
) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        content = conn.execute(
            text(
                "SELECT s.content FROM snapshot s JOIN source o ON o.id = s.source_id "
                "WHERE o.url = :u"
            ),
            {"u": SEED_URL},
        ).scalar_one()
        raw = bytearray(zlib.decompress(content))
        raw[500] ^= 0x20
        conn.execute(
            text(
                "UPDATE snapshot SET content = :c WHERE source_id = "
                "(SELECT id FROM source WHERE url = :u)"
            ),
            {"c": zlib.compress(bytes(raw)), "u": SEED_URL},
        )
    engine.dispose()
    result = imported("check", "--json")
    assert result.exit_code == 1
    results = json.loads(result.stdout)
    claims = {r["claim"] for r in results}
    failing = {r["claim"] for r in results if r["check"] == "integrity" and r["status"] == "fail"}
    assert failing == claims


def test_check_unknown_claim_is_an_error(imported: Runner) -> None:
    result = imported("check", "no-such-claim")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no claim 'no-such-claim'"


def test_retracted_claims_are_not_checked_by_default(imported: Runner) -> None:
    imported("claim", "retract", HEDGED, "--why", "dropped hedge")
    results = json.loads(imported("check", "--json").stdout)
    assert HEDGED not in {r["claim"] for r in results}
    assert {r["status"] for r in results} == {"pass", "unverified"}
    assert imported("check").exit_code == 0


def test_audit_reports_chain_latest_results_and_unchecked(imported: Runner) -> None:
    before = json.loads(imported("audit", "--json").stdout)
    assert {tuple(a["notes"]) for a in before} == {("never checked",)}
    imported("check")
    result = imported("audit", "--json")
    assert result.exit_code == 0
    audits = {a["claim"]: a for a in json.loads(result.stdout)}
    assert {c for c, a in audits.items() if a["audit"] not in ("pass", "unverified")} == {HEDGED}
    assert audits[UNVERIFIED]["audit"] == "unverified"
    chain = audits["iran-enrichment-above-367"]["citations"][0]
    assert chain["source"] == SEED_URL
    assert len(chain["snapshot"]) == 64 and chain["recorded_by"] and chain["retrieved_at"]
    assert imported("audit", "--strict").exit_code == 1


def test_audit_flags_claims_changed_since_last_check(imported: Runner) -> None:
    imported("check")
    imported(
        "claim",
        "edit",
        "iran-enrichment-above-367",
        "--statement",
        "Iran raised enrichment beyond 3.67%.",
        "--why",
        "shorter",
    )
    audits = {a["claim"]: a for a in json.loads(imported("audit", "--json").stdout)}
    assert audits["iran-enrichment-above-367"]["notes"] == ["changed since it was last checked"]


def test_shifted_html_range_fails_the_html_span_check(imported: Runner, db_url: str) -> None:
    """The stored HTML range must itself read the quote: one character off is a failure,
    for a quote inside one text node (read directly) and one crossing markup (extracted)."""
    db = dblib.Database.open(db_url)
    plain = marked = None
    with db.session() as session:
        for citation in session.scalars(select(Citation).order_by(Citation.id)):
            html = text_layer(session, citation.snapshot).html
            fragment = html[citation.html_start : citation.html_end]
            if "<" in fragment or "&" in fragment:
                marked = marked or (citation.id, citation.claim.slug)
            else:
                plain = plain or (citation.id, citation.claim.slug)
    db.close()
    assert plain and marked
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE citation SET html_start = html_start + 1 WHERE id = :id"),
            {"id": plain[0]},
        )
        conn.execute(
            text("UPDATE citation SET html_end = html_end - 1 WHERE id = :id"),
            {"id": marked[0]},
        )
    engine.dispose()
    result = imported("check", "--json")
    assert result.exit_code == 1
    failed = {(r["claim"], r["check"]) for r in json.loads(result.stdout) if r["status"] == "fail"}
    assert failed == {(plain[1], "html-span"), (marked[1], "html-span")}


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=4),
            st.sampled_from(["<b>", "</b>", "<br>", "&amp;", "&nbsp;", "&#8217;", " ", "\r\n"]),
        ),
        max_size=10,
    ).map("".join)
)
def test_read_fragment_reads_as_the_extractor_does(fragment: str) -> None:
    """The html-span check's direct reading of markup-free fragments is exact."""
    assert read_fragment(fragment) == extract_html(fragment).text


def _results(db_url: str, run_id: int) -> list[tuple[object, ...]]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.slug, r.citation_id, r.snapshot_id, r.kind, r.status, r.detail, "
                "CAST(r.data AS TEXT) "
                "FROM check_result r JOIN claim c ON c.id = r.claim_id "
                "WHERE r.run_id = :run ORDER BY r.id"
            ),
            {"run": run_id},
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("mode", ["warm", "cold", "corrupt"])
def test_worker_processes_record_what_one_process_records(
    imported: Runner, db_url: str, mode: str
) -> None:
    """`jobs` > 1 checks batches in worker processes (each on its own connection); the run
    records the same results in the same order, a cold run still caches the layers, and
    failures (a corrupt snapshot) come back from the workers as they are."""
    if mode == "corrupt":
        engine = create_engine(db_url)
        with engine.begin() as conn:
            content = conn.execute(
                text("SELECT content FROM snapshot WHERE id = (SELECT min(id) FROM snapshot)")
            ).scalar_one()
            raw = bytearray(zlib.decompress(content))
            raw[100] ^= 0x20
            conn.execute(
                text("UPDATE snapshot SET content = :c WHERE id = (SELECT min(id) FROM snapshot)"),
                {"c": zlib.compress(bytes(raw))},
            )
        engine.dispose()
    db = dblib.Database.open(db_url)
    with db.session() as session:
        one = checks.run_checks(session, actor="t", batch=5)
    if mode == "cold":
        with db.session() as session:
            session.execute(delete(TextLayerCache))
    with db.session() as session:
        # The workers run the engine on every claim (not taking the verdicts of `one`).
        many = checks.run_checks(session, actor="t", batch=5, jobs=2, reuse=False)
    with db.session() as session:
        cached = session.scalar(select(func.count()).select_from(TextLayerCache))
    db.close()
    assert [r.to_json() for r in many.results] == [r.to_json() for r in one.results]
    assert many.counts() == one.counts()
    assert (one.counts()["fail"] > 0) == (mode == "corrupt")
    assert _results(db_url, many.run_id) == _results(db_url, one.run_id)
    assert len(_results(db_url, one.run_id)) > 5 * 4  # more than one batch
    if mode == "cold":
        assert cached > 0


def test_check_jobs_option(imported: Runner) -> None:
    assert imported("check", "--jobs", "2", "--json").exit_code == 0
    bad = imported("check", "--jobs", "0")
    assert bad.exit_code == 2 and "--jobs" in bad.stderr


def test_audit_in_batches_is_the_whole_audit(imported: Runner, db_url: str) -> None:
    """`factdb audit` streams claim by claim (`iter_audit` reads a batch at a time): the
    same audits as one pass, and --json prints the same list."""
    assert imported("check").exit_code == 0
    db = dblib.Database.open(db_url)
    with db.snapshot() as session:
        whole = [a.to_json() for a in auditlib.audit(session)]
    with db.snapshot() as session:
        batched = [a.to_json() for a in auditlib.iter_audit(session, batch=3)]
    db.close()
    assert batched == whole
    assert len(whole) == 23 and all(a["results"] for a in whole)
    printed = imported("audit", "--json")
    assert printed.exit_code == 0
    assert json.loads(printed.stdout) == json.loads(json.dumps(whole))


@pytest.fixture
def reviewed(run: Runner, tmp_path: Path, fake_engine: FakeEngine) -> Runner:
    """The bundled archive with two claims, checked by the fake engine: one passes (it
    has numbers), one needs review (it has none)."""
    assert run("archive", str(SOURCES)).exit_code == 0
    items = yaml.safe_load((SOURCES / "claims.yaml").read_text(encoding="utf-8"))
    two = [c for c in items if c["id"] in (PASSING, UNVERIFIED)]
    path = tmp_path / "two.yaml"
    path.write_text(yaml.safe_dump(two, allow_unicode=True), encoding="utf-8")
    result = run("claims", "import", str(path))
    assert result.exit_code == 0, result.output
    return run


PASSING = "ahmadinejad-2009-leu-proposal"


def test_audit_shows_unverified_as_needs_review(reviewed: Runner) -> None:
    checked = json.loads(reviewed("check", "--json").stdout)
    [supported] = [r for r in checked if r["claim"] == UNVERIFIED and r["check"] == "supported"]
    result = reviewed("audit")
    assert result.exit_code == 0, result.output
    audits = {a["claim"]: a for a in json.loads(reviewed("audit", "--json").stdout)}
    url = audits[UNVERIFIED]["citations"][0]["source"]
    # Triage: counts, what needs a person first (its quote beside it), pass last, counts.
    lines = [ln for ln in result.stdout.splitlines() if not ln.startswith("      “…")]
    assert lines == [
        "2 claims: 1 pass, 0 warn, 0 fail, 1 needs review.",
        "",
        "NEEDS REVIEW (1)",
        f"  {url}",
        f"    NEEDS REVIEW {UNVERIFIED} [active] {audits[UNVERIFIED]['statement']}",
        f"      needs review [supported] {supported['detail']}",
        "",
        "PASS (1)",
        f"  {url}",
        f"    PASS  {PASSING} [active] {audits[PASSING]['statement']}",
        "",
        "2 claims: 1 pass, 0 warn, 0 fail, 1 needs review.",
    ]
    assert audits[UNVERIFIED]["audit"] == "unverified"
    assert audits[PASSING]["audit"] == "pass"
    # The elements the run compared are stored with the result: the audit shows them too.
    [stored] = [r for r in audits[UNVERIFIED]["results"] if r["check"] == "supported"]
    assert stored["status"] == "unverified" and stored["elements"] == []
    [passed] = [r for r in audits[PASSING]["results"] if r["check"] == "supported"]
    assert passed["elements"] == [
        {
            "kind": "number",
            "statement": audits[PASSING]["statement"],
            "quote": audits[PASSING]["citations"][0]["exact"],
            "verdict": "match",
            "note": "",
        }
    ]
    for slug in (PASSING, UNVERIFIED):
        ran = [r["elements"] for r in checked if r["claim"] == slug and r["check"] == "supported"]
        kept = [r["elements"] for r in audits[slug]["results"] if r["check"] == "supported"]
        assert ran == kept
        others = [r for r in audits[slug]["results"] if r["check"] != "supported"]
        assert others and all("elements" not in r for r in others)
    strict = reviewed("audit", "--strict")
    assert strict.exit_code == 1
    assert strict.stdout == result.stdout


def test_claim_show_labels_unverified_and_keeps_elements(reviewed: Runner) -> None:
    assert reviewed("check").exit_code == 0
    shown = reviewed("claim", "show", UNVERIFIED)
    assert shown.exit_code == 0
    data = json.loads(reviewed("claim", "show", UNVERIFIED, "--json").stdout)
    [supported] = [r for r in data["checks"] if r["check"] == "supported"]
    assert supported["status"] == "unverified" and isinstance(supported["elements"], list)
    assert f"    needs review supported  {supported['detail']}" in shown.stdout.splitlines()
    assert "unverified" not in shown.stdout


def _stored_verdicts(db_url: str) -> dict[str, tuple[str, str, str]]:
    """Each claim's last recorded "supported" verdict: (inputs, status, detail) by id."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.slug, r.data, r.status, r.detail FROM check_result r "
                "JOIN claim c ON c.id = r.claim_id WHERE r.kind = 'supported' AND r.run_id = "
                "(SELECT max(run_id) FROM check_result WHERE kind = 'supported')"
            )
        ).all()
    engine.dispose()
    out = {}
    for slug, data, status, detail in rows:
        data = json.loads(data) if isinstance(data, str) else data
        out[slug] = (data["inputs"], status, detail)
    return out


def _set_verdict(db_url: str, slug: str, status: str, detail: str) -> None:
    """Alter the claim's last recorded "supported" result, as a forger would."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE check_result SET status = :s, detail = :d WHERE kind = 'supported' "
                "AND claim_id = (SELECT id FROM claim WHERE slug = :slug) "
                "AND run_id = (SELECT max(run_id) FROM check_result)"
            ),
            {"s": status, "d": detail, "slug": slug},
        )
    engine.dispose()


def _supported_of(result: Any, slug: str) -> dict[str, Any]:
    assert result.exit_code in (0, 1), result.output  # 1: a stored "fail" fails the run
    [found] = [
        r for r in json.loads(result.stdout) if r["claim"] == slug and r["check"] == "supported"
    ]
    return dict(found)


def test_a_recheck_takes_the_last_verdict_while_its_inputs_are_unchanged(
    imported: Runner, db_url: str
) -> None:
    """A check records with each "supported" result the digest of its inputs; the next
    check takes the last verdict instead of running the engine again (an altered one shows
    through, and fsck names it), and gives what the engine gave. A new statement is
    recomputed, and so is everything with --recompute."""
    first = imported("check", "--json")
    stored = _stored_verdicts(db_url)
    assert len(stored) == 23
    assert stored[HEDGED][1:] == ("warn", _supported_of(first, HEDGED)["detail"])
    second = imported("check", "--json")
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert _stored_verdicts(db_url) == stored

    # What was recorded is what the check reports: proof that the engine was not run.
    _set_verdict(db_url, HEDGED, "fail", "the altered verdict")
    taken = _supported_of(imported("check", "--json"), HEDGED)
    assert (taken["status"], taken["detail"]) == ("fail", "the altered verdict")
    assert taken["elements"] == _supported_of(first, HEDGED)["elements"]
    fsck = imported("fsck")
    assert fsck.exit_code == 1 and "ALTERED" in fsck.output, fsck.output
    recomputed = _supported_of(imported("check", "--recompute", "--json"), HEDGED)
    assert (recomputed["status"], recomputed["detail"]) == ("warn", stored[HEDGED][2])

    # A new statement is a new input: computed again.
    _set_verdict(db_url, HEDGED, "fail", "the altered verdict")
    new = "In 2009 Iran agreed to ship out nearly 80 percent of its LEU."
    edited = imported("claim", "edit", HEDGED, "--statement", new, "--why", "reworded")
    assert edited.exit_code == 0, edited.output
    again = _supported_of(imported("check", "--json"), HEDGED)
    assert again["detail"] != "the altered verdict"
    assert _stored_verdicts(db_url)[HEDGED][0] != stored[HEDGED][0]


def test_another_engine_recomputes_every_verdict(
    imported: Runner, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The verdicts' inputs include the engine's code and data (`check_rules.engine_version`):
    under another engine none of the recorded verdicts is taken."""
    from factdb import check_rules

    assert imported("check").exit_code == 0
    for slug in _stored_verdicts(db_url):
        _set_verdict(db_url, slug, "fail", "the altered verdict")
    monkeypatch.setattr(check_rules, "engine_version", lambda: "another engine")
    result = imported("check", "--json")
    details = {r["detail"] for r in json.loads(result.stdout) if r["check"] == "supported"}
    assert "the altered verdict" not in details
    assert all(status != "fail" for _, status, _ in _stored_verdicts(db_url).values())


def test_the_engine_version_covers_the_engine_code_and_data(tmp_path: Path) -> None:
    """The engine's code and word lists are part of its version: a contributor's edit to
    either makes every stored verdict stale; other modules are not."""
    import shutil

    from factdb import check_rules

    package = Path(check_rules.__file__).parent
    copy = tmp_path / "factdb"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert check_rules.engine_digest(copy) == check_rules.engine_version()
    (copy / "briefs.py").write_text("# not the engine\n", encoding="utf-8")
    assert check_rules.engine_digest(copy) == check_rules.engine_version()
    words = copy / "engine" / "support_data" / "en.toml"
    words.write_text(words.read_text(encoding="utf-8") + "\n# a new word\n", encoding="utf-8")
    edited = check_rules.engine_digest(copy)
    assert edited != check_rules.engine_version()
    code = copy / "engine" / "support" / "verdict.py"
    code.write_text(code.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert check_rules.engine_digest(copy) not in (edited, check_rules.engine_version())


def test_a_recheck_needs_no_engine_set_up_before_its_workers(imported: Runner, db_url: str) -> None:
    """Before forking workers, a run sets up the engine only when its first batch has a
    claim without a verdict it can take (`checks.engine_needed`): not on a re-check."""

    def needed() -> bool:
        db = dblib.Database.open(db_url)
        try:
            with db.connect() as conn:
                ids = list(conn.execute(text("SELECT id FROM claim ORDER BY id")).scalars())
                return checks.engine_needed(conn, checks._Checker(conn), ids)
        finally:
            db.close()

    assert needed()  # never checked
    assert imported("check").exit_code == 0
    assert not needed()
    new = "In 2009 Iran agreed to ship out nearly 80 percent of its LEU."
    assert imported("claim", "edit", HEDGED, "--statement", new, "--why", "x").exit_code == 0
    assert needed()
