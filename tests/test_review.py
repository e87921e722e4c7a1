"""Human review (issue 15, part 1): a person's verdict on what the machine could not settle,
bound to what it judged, shown as reviewed everywhere a status shows, lapsing by itself."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, func, select, text

from factdb.store.models import ClaimReview, Event

from .conftest import Runner
from .test_claims import SEED_URL, SOURCES

#: A seed claim the supported check cannot settle (nothing to compare): needs review.
UNVERIFIED = "macron-roadmap-set"
#: A seed claim that warns (it drops the quote's "nearly").
HEDGED = "leu-swap-80-percent"
TODAY_PREFIX = "20"


def rows(db_url: str) -> tuple[int, int]:
    """How many reviews and events are stored."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        reviews = conn.execute(select(func.count()).select_from(ClaimReview)).scalar_one()
        events = conn.execute(select(func.count()).select_from(Event)).scalar_one()
    engine.dispose()
    return reviews, events


def review(run: Runner, slug: str, *args: str) -> None:
    result = run("review", slug, *args)
    assert result.exit_code == 0, result.output


def test_accepted_unverified_claim_shows_as_reviewed_everywhere(checked: Runner) -> None:
    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it", "--by", "ann")
    # check: the result reads reviewed, with who, when and what it answered.
    results = json.loads(checked("check", UNVERIFIED, "--json").stdout)
    [supported] = [r for r in results if r["check"] == "supported"]
    assert supported["status"] == "reviewed"
    assert supported["review"]["by"] == "ann" and supported["review"]["verdict"] == "accept"
    assert supported["review"]["answered"] == "unverified"
    assert supported["review"]["at"].startswith(TODAY_PREFIX)
    text_check = checked("check", UNVERIFIED)
    assert text_check.exit_code == 0
    assert f"REVIEWED {UNVERIFIED} [supported]" in text_check.stdout
    assert "accepted by ann on " in text_check.stdout
    # --strict does not fail a reviewed claim: a person settled it.
    assert checked("check", UNVERIFIED, "--strict").exit_code == 0
    # claim show
    shown = json.loads(checked("claim", "show", UNVERIFIED, "--json").stdout)
    assert [c["status"] for c in shown["checks"] if c["check"] == "supported"] == ["reviewed"]
    [held] = shown["reviews"]
    assert held["holds"] and held["by"] == "ann" and held["lapsed"] is None
    # claims list --status reviewed, and search's filter
    listed = json.loads(checked("claims", "list", "--status", "reviewed", "--json").stdout)
    assert [c["id"] for c in listed] == [UNVERIFIED]
    assert listed[0]["check"] == "reviewed"
    assert UNVERIFIED not in {
        c["id"]
        for c in json.loads(checked("claims", "list", "--status", "unverified", "--json").stdout)
    }
    found = json.loads(checked("search", "roadmap", "--check", "reviewed", "--json").stdout)
    assert [h["id"] for h in found] == [UNVERIFIED]
    # audit: JSON and the text triage
    audits = {a["claim"]: a for a in json.loads(checked("audit", "--json").stdout)}
    assert audits[UNVERIFIED]["audit"] == "reviewed"
    assert audits[UNVERIFIED]["review"][0]["by"] == "ann"
    assert all(a["review"] == [] for slug, a in audits.items() if slug != UNVERIFIED)
    report = checked("audit").stdout
    assert "\nREVIEWED (1)\n" in report and f"REVIEWED {UNVERIFIED} [active]" in report


def test_a_rejected_claim_fails(checked: Runner) -> None:
    review(checked, HEDGED, "--check", "supported", "--reject", "--why", "nearly matters")
    result = checked("check", HEDGED, "--json")
    assert result.exit_code == 1
    [supported] = [r for r in json.loads(result.stdout) if r["check"] == "supported"]
    assert supported["status"] == "fail" and supported["review"]["verdict"] == "reject"
    audited = checked("audit", "--json")
    assert audited.exit_code == 1
    assert {a["claim"]: a["audit"] for a in json.loads(audited.stdout)}[HEDGED] == "fail"


def test_an_accepted_warning_lets_a_brief_build_without_allow_warnings(
    checked: Runner, tmp_path: Path
) -> None:
    brief = tmp_path / "b.md"
    brief.write_text(f"The swap [@{HEDGED}].\n", encoding="utf-8")
    out = tmp_path / "b.out.md"
    assert checked("brief", "build", str(brief), "-o", str(out)).exit_code == 1
    review(checked, HEDGED, "--accept", "--why", "nearly 80 is 80 here", "--by", "ann")
    built = checked("brief", "build", str(brief), "-o", str(out))
    assert built.exit_code == 0, built.output
    assert out.exists()
    # From stored results too.
    again = checked("brief", "build", str(brief), "-o", str(out), "--max-age", "1h")
    assert again.exit_code == 0, again.output


def test_the_review_holds_across_a_new_check_run_and_lapses_when_the_statement_changes(
    checked: Runner,
) -> None:
    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it", "--by", "ann")
    assert checked("check").exit_code == 0  # the same result again: the review holds
    listed = json.loads(checked("claims", "list", "--status", "reviewed", "--json").stdout)
    assert [c["id"] for c in listed] == [UNVERIFIED]
    edited = checked(
        "claim",
        "edit",
        UNVERIFIED,
        "--statement",
        "Macron said a roadmap to bring Tehran and Washington back to the table was set.",
        "--why",
        "shorter",
    )
    assert edited.exit_code == 0, edited.output
    assert checked("check").exit_code == 0
    shown = json.loads(checked("claim", "show", UNVERIFIED, "--json").stdout)
    [lapsed] = shown["reviews"]
    assert not lapsed["holds"]
    assert lapsed["lapsed"].startswith("statement edited on 20")
    assert [c["status"] for c in shown["checks"] if c["check"] == "supported"] == ["unverified"]
    assert checked("claims", "list", "--status", "reviewed", "--json").stdout.strip() == "[]"
    report = checked("audit").stdout
    assert "[supported] review lapsed: statement edited on 20" in report
    text_show = checked("claim", "show", UNVERIFIED).stdout
    assert "review lapsed: statement edited on 20" in text_show


def test_a_rating_does_not_lapse_a_review(checked: Runner) -> None:
    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it")
    assert checked("claim", "rate", UNVERIFIED, "Mostly true").exit_code == 0
    shown = json.loads(checked("claim", "show", UNVERIFIED, "--json").stdout)
    assert shown["reviews"][0]["holds"]
    assert [c["status"] for c in shown["checks"] if c["check"] == "supported"] == ["reviewed"]


def test_history_lists_reviews_beside_revisions_and_check_runs(checked: Runner) -> None:
    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it", "--by", "ann")
    shown = json.loads(checked("claim", "show", UNVERIFIED, "--history", "--json").stdout)
    kinds = [e["kind"] for e in shown["history"]]
    assert kinds[:3] == ["create", "check", "review"]
    entry = shown["history"][2]
    assert entry["by"] == "ann" and entry["review"]["verdict"] == "accept"
    text_history = checked("claim", "show", UNVERIFIED, "--history").stdout
    assert "review by ann — the quote says it" in text_history


def test_the_review_is_a_chained_event_that_fsck_accepts(checked: Runner, db_url: str) -> None:
    before = rows(db_url)
    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it", "--by", "ann")
    assert rows(db_url) == (before[0] + 1, before[1] + 1)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        event = conn.execute(select(Event).order_by(Event.id.desc()).limit(1)).one()
    engine.dispose()
    assert event.action == "claim.review" and event.entity_type == "review"
    assert event.after["claim"] == UNVERIFIED and event.after["verdict"] == "accept"
    assert event.prev_hash is not None and event.hash is not None
    fsck = checked("fsck")
    assert fsck.exit_code == 0, fsck.output


def _corrupt_seed(db_url: str) -> None:
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


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["no-such-claim", "--accept", "--why", "x"],
            1,
            "Error: no claim 'no-such-claim'",
        ),
        (
            [UNVERIFIED, "--check", "relevance", "--accept", "--why", "x"],
            2,
            "Error: unknown check 'relevance': use integrity, span, html-span, supported, drift",
        ),
        (
            [UNVERIFIED, "--check", "drift", "--accept", "--why", "x"],
            1,
            f"Error: claim '{UNVERIFIED}' has no current drift result to review: run factdb check",
        ),
        (
            [UNVERIFIED, "--check", "span", "--accept", "--why", "x"],
            1,
            f"Error: claim '{UNVERIFIED}': its span check passes, there is nothing to accept",
        ),
        (
            [UNVERIFIED, "--accept", "--why", " "],
            2,
            "Error: say why (--why)",
        ),
    ],
)
def test_bad_review_input_is_one_line_and_stores_nothing(
    checked: Runner, db_url: str, args: list[str], code: int, message: str
) -> None:
    before = rows(db_url)
    result = checked("review", *args)
    assert result.exit_code == code
    assert result.stderr == message + "\n"
    assert rows(db_url) == before


def test_an_integrity_failure_cannot_be_accepted(imported: Runner, db_url: str) -> None:
    _corrupt_seed(db_url)
    assert imported("check", UNVERIFIED).exit_code == 1
    before = rows(db_url)
    for check in ("integrity", None):
        args = ["--check", check] if check else []
        result = imported("review", UNVERIFIED, *args, "--accept", "--why", "looks fine")
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: cannot accept the failing integrity check of claim '{UNVERIFIED}': "
            "the record is broken, not debatable\n"
        )
    assert rows(db_url) == before
    # Rejecting it is allowed: it fails either way.
    rejected = imported("review", UNVERIFIED, "--check", "integrity", "--reject", "--why", "broken")
    assert rejected.exit_code == 0, rejected.output
    assert rows(db_url)[0] == before[0] + 1


def test_claims_import_records_a_review_field_once(run: Runner, tmp_path: Path) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    items = yaml.safe_load((SOURCES / "claims.yaml").read_text(encoding="utf-8"))
    for item in items:
        if item["id"] == UNVERIFIED:
            item["review"] = {"verdict": "accept", "why": "the quote says so", "by": "carol"}
    path = tmp_path / "reviewed.yaml"
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    result = run("claims", "import", str(path))
    assert result.exit_code == 0, result.output
    listed = json.loads(run("claims", "list", "--status", "reviewed", "--json").stdout)
    assert [c["id"] for c in listed] == [UNVERIFIED]
    shown = json.loads(run("claim", "show", UNVERIFIED, "--json").stdout)
    assert [(r["by"], r["why"], r["holds"]) for r in shown["reviews"]] == [
        ("carol", "the quote says so", True)
    ]
    # Importing again records nothing new.
    assert run("claims", "import", str(path)).exit_code == 0
    shown = json.loads(run("claim", "show", UNVERIFIED, "--history", "--json").stdout)
    assert [e["kind"] for e in shown["history"]].count("review") == 1


def test_claims_import_rejects_a_bad_review_field_and_stores_nothing(
    run: Runner, tmp_path: Path, db_url: str
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    items = yaml.safe_load((SOURCES / "claims.yaml").read_text(encoding="utf-8"))
    for item in items:
        if item["id"] == UNVERIFIED:
            item["review"] = {"verdict": "maybe", "why": "x"}
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    result = run("claims", "import", str(path))
    assert result.exit_code == 1
    assert "review verdict must be accept or reject, not 'maybe'" in result.stderr
    assert run("claims", "list", "--json").stdout.strip() == "[]"
    assert rows(db_url)[0] == 0


def test_claims_import_with_a_review_that_cannot_be_recorded_stores_nothing(
    run: Runner, tmp_path: Path, db_url: str
) -> None:
    """A claim whose checks all pass has nothing to accept: the whole import is refused."""
    assert run("archive", str(SOURCES)).exit_code == 0
    items = yaml.safe_load((SOURCES / "claims.yaml").read_text(encoding="utf-8"))
    passing = "iran-enrichment-above-367"
    for item in items:
        if item["id"] == passing:
            item["review"] = {"verdict": "accept", "why": "fine", "check": "supported"}
    path = tmp_path / "passing.yaml"
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    result = run("claims", "import", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: ")
    assert "its supported check passes, there is nothing to accept" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert run("claims", "list", "--json").stdout.strip() == "[]"
    assert rows(db_url)[0] == 0


def test_impact_names_a_published_brief_whose_cited_review_lapsed(
    checked: Runner, tmp_path: Path
) -> None:
    review(checked, HEDGED, "--accept", "--why", "nearly 80 is 80 here", "--by", "ann")
    brief = tmp_path / "b.md"
    brief.write_text(f"The swap [@{HEDGED}].\n", encoding="utf-8")
    built = checked("brief", "build", str(brief), "-o", str(tmp_path / "b.html"))
    assert built.exit_code == 0, built.output
    assert json.loads(checked("impact", "--json").stdout) == []
    edited = checked(
        "claim",
        "edit",
        HEDGED,
        "--statement",
        "The United States, France and Russia proposed that Iran ship out 80% of its "
        "low-enriched uranium.",
        "--why",
        "shorter",
    )
    assert edited.exit_code == 0, edited.output
    [impact] = json.loads(checked("impact", "--json").stdout)
    assert impact["claim"] == HEDGED and impact["reason"] == "review lapsed"
    assert impact["detail"].startswith("supported: review lapsed: statement edited on 20")
    assert "REVIEW LAPSED" in checked("impact").stdout


def test_a_rebased_citation_lapses_the_review(checked: Runner, tmp_path: Path) -> None:
    from .test_drift import MARKUP, archive_as_seed, newer_seed

    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it")
    new = archive_as_seed(checked, newer_seed(tmp_path, "v2.html", *MARKUP))
    rebased = checked("claim", "rebase", UNVERIFIED, "--to", new)
    assert rebased.exit_code == 0, rebased.output
    [lapsed] = json.loads(checked("claim", "show", UNVERIFIED, "--json").stdout)["reviews"]
    assert not lapsed["holds"] and lapsed["lapsed"].startswith("citation rebased on 20")


def test_an_accepted_drift_holds_until_the_drift_result_changes(
    checked: Runner, tmp_path: Path
) -> None:
    from .test_drift import DELETE_KHAMENEI, EDIT_NUMBER, archive_as_seed, newer_seed

    slug = "iran-enrichment-above-367"
    archive_as_seed(checked, newer_seed(tmp_path, "v2.html", EDIT_NUMBER))
    assert checked("recheck", SEED_URL).exit_code == 1
    assert checked("check", slug).exit_code == 1
    review(checked, slug, "--check", "drift", "--accept", "--why", "the page corrected a typo")
    results = json.loads(checked("check", slug, "--json").stdout)
    [drift] = [r for r in results if r["check"] == "drift"]
    assert drift["status"] == "reviewed" and drift["review"]["answered"] == "fail"
    assert checked("check", slug).exit_code == 0
    # A newer capture that says something else again: the result the review answered is
    # gone, and so is the review.
    archive_as_seed(checked, newer_seed(tmp_path, "v3.html", EDIT_NUMBER, DELETE_KHAMENEI))
    checked("recheck", SEED_URL)
    [lapsed] = json.loads(checked("claim", "show", slug, "--json").stdout)["reviews"]
    assert not lapsed["holds"], lapsed
    assert lapsed["lapsed"].startswith("drift check "), lapsed


def test_audit_only_shows_those_statuses_and_keeps_every_count(checked: Runner) -> None:
    review(checked, UNVERIFIED, "--accept", "--why", "the quote says it")
    full = checked("audit")
    only = checked("audit", "--only", "warn,reviewed")
    assert only.exit_code == full.exit_code == 0
    lines = only.stdout.splitlines()
    assert lines[0] == full.stdout.splitlines()[0] and lines[-1] == lines[0]
    groups = [ln for ln in lines if ln and not ln.startswith(" ") and "claims:" not in ln]
    assert groups == ["WARN (1)", "REVIEWED (1)"]
    claims = {
        a["claim"] for a in json.loads(checked("audit", "--only", "reviewed", "--json").stdout)
    }
    assert claims == {UNVERIFIED}
    bad = checked("audit", "--only", "fail,bogus")
    assert bad.exit_code == 2
    assert bad.stderr == (
        "Error: --only: unknown status 'bogus': "
        "use fail, warn, unverified, reviewed, pass or retracted\n"
    )


def test_a_rejected_claim_stops_a_brief_and_impacts_one_built_before(
    checked: Runner, tmp_path: Path
) -> None:
    brief = tmp_path / "b.md"
    brief.write_text(f"Macron [@{UNVERIFIED}].\n", encoding="utf-8")
    out = tmp_path / "b.html"
    assert checked("brief", "build", str(brief), "-o", str(out)).exit_code == 0
    review(checked, UNVERIFIED, "--reject", "--why", "the quote hedges more", "--by", "gil")
    refused = checked("brief", "build", str(brief), "-o", str(tmp_path / "again.html"))
    assert refused.exit_code == 1
    assert f"{UNVERIFIED} [supported] fail" in refused.stderr
    [impact] = json.loads(checked("impact", "--json").stdout)
    assert impact["claim"] == UNVERIFIED and impact["reason"] == "failing"
    assert impact["detail"] == "supported: rejected by gil: the quote hedges more"
