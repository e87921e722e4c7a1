"""Provenance views: `source show`, `claim show --history`, and `audit --html` (escaped,
self-contained, parsed back with BeautifulSoup)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import Runner
from .test_claims import SEED_URL

ENRICHMENT = "iran-enrichment-above-367"
NASTY_URL = "https://example.org/q&a?x=1&y=<2>"
NASTY_TITLE = 'Q&A: <script>alert("title")</script> {50%} $5 #1 \\ x_y ~ ^'
NASTY_STATEMENT = '<script>alert("x")</script> & "quoted" \'single\' 5 < 6'
NASTY_PAGE = (
    "<!DOCTYPE html><html><head><title>t</title></head><body>"
    "<p>The memo said 5 &lt; 6 &amp; 7 &gt; 3 &quot;always&quot; and "
    "<b>&lt;script&gt;</b> appeared in the text.</p></body></html>"
)


@pytest.fixture
def nasty(imported: Runner, tmp_path: Path) -> Runner:
    page = tmp_path / "nasty.html"
    page.write_text(NASTY_PAGE, encoding="utf-8")
    result = imported(
        "archive", str(page), "--url", NASTY_URL, "--title", NASTY_TITLE,
        "--author", "Jane Doe", "--published", "2020-01-02",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    result = imported(
        "claim", "add", "--statement", NASTY_STATEMENT, "--id", "nasty",
        "--quote", '5 < 6 & 7 > 3 "always"', "--source", NASTY_URL,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return imported


def test_source_show_lists_snapshots_and_claims_with_check_status(imported: Runner) -> None:
    imported("check")
    result = imported("source", "show", SEED_URL, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["url"] == SEED_URL
    assert data["title"] == "Is Iran Negotiating Its Way to Negotiations?"
    assert len(data["snapshots"]) == 1
    assert len(data["snapshots"][0]["sha256"]) == 64
    claims = {c["id"]: c for c in data["claims"]}
    assert len(claims) == 23
    assert claims[ENRICHMENT]["check"] == "pass"
    assert claims["leu-swap-80-percent"]["check"] == "warn"
    assert claims[ENRICHMENT]["citations"][0]["exact"] == (
        "increased its level of enrichment beyond 3.67 percent"
    )
    by_id = json.loads(imported("source", "show", str(data["id"]), "--json").stdout)
    assert by_id == data


def test_source_show_for_people(imported: Runner) -> None:
    result = imported("source", "show", SEED_URL)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"[1] {SEED_URL}\n    Is Iran Negotiating")
    assert "23 claim(s) cite it:" in result.stdout
    assert f"    {ENRICHMENT}  [active, check unchecked]" in result.stdout


def test_source_show_unknown_source_is_one_line(imported: Runner) -> None:
    result = imported("source", "show", "https://nowhere.example/")
    assert result.exit_code == 1
    assert result.stderr == "Error: no source https://nowhere.example/\n"


def test_claim_history_lists_changes_citations_and_check_runs_in_order(imported: Runner) -> None:
    imported("check", ENRICHMENT)
    edit = imported(
        "claim", "edit", ENRICHMENT, "--statement", "Iran enriched uranium beyond 3.67%.",
        "--why", "clearer", "--by", "editor",
    )  # fmt: skip
    assert edit.exit_code == 0, edit.output
    cite = imported(
        "claim", "cite", ENRICHMENT, "--quote", "Less than twenty-four hours after the G7",
        "--source", SEED_URL, "--by", "citer",
    )  # fmt: skip
    assert cite.exit_code == 0, cite.output
    imported("check", ENRICHMENT)
    assert imported("claim", "retract", ENRICHMENT, "--why", "superseded").exit_code == 0
    result = imported("claim", "show", ENRICHMENT, "--history", "--json")
    assert result.exit_code == 0, result.output
    history = json.loads(result.stdout)["history"]
    assert [h["kind"] for h in history] == ["create", "check", "edit", "cite", "check", "retract"]
    assert history[0]["citations_added"][0]["exact"] == (
        "increased its level of enrichment beyond 3.67 percent"
    )
    assert {r["check"] for r in history[1]["results"]} == {
        "integrity",
        "span",
        "html-span",
        "supported",
    }
    assert history[2]["by"] == "editor" and history[2]["why"] == "clearer"
    assert history[2]["statement"] == {
        "before": "Iran raised enrichment beyond the JCPOA's 3.67% limit.",
        "after": "Iran enriched uranium beyond 3.67%.",
    }
    assert history[3]["by"] == "citer"
    assert [c["exact"] for c in history[3]["citations_added"]] == [
        "Less than twenty-four hours after the G7"
    ]
    assert history[5]["status"] == {"before": "active", "after": "retracted"}
    assert [h["at"] for h in history] == sorted(h["at"] for h in history)


def test_claim_history_for_people(imported: Runner) -> None:
    imported("claim", "edit", ENRICHMENT, "--statement", "Iran went past 3.67%.", "--why", "short")
    result = imported("claim", "show", ENRICHMENT, "--history")
    assert result.exit_code == 0, result.output
    text = result.stdout.split("\n  history:\n", 1)[1]
    assert "  create by " in text
    assert "  edit by " in text and "— short" in text
    assert "→   Iran went past 3.67%." in text


def _report(run: Runner, tmp_path: Path) -> BeautifulSoup:
    path = tmp_path / "audit.html"
    result = run("audit", "--html", str(path))
    assert result.exit_code == 0, result.output
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_audit_html_has_a_summary_and_a_row_per_claim(imported: Runner, tmp_path: Path) -> None:
    imported("check")
    audits = json.loads(imported("audit", "--json").stdout)
    n = {s: sum(a["audit"] == s for a in audits) for s in ("pass", "unverified", "warn", "fail")}
    assert n["warn"] == 1 and n["fail"] == 0 and n["unverified"] > 0
    soup = _report(imported, tmp_path)
    summary = soup.select_one("p.summary").get_text(" ", strip=True)
    assert summary == (
        f"23 claims 23 active 0 retracted {n['pass']} pass {n['unverified']} needs review "
        "1 warn 0 fail"
    )
    rows = soup.select("tbody tr.claim")
    assert len(rows) == 23
    row = soup.find(id=f"claim-{ENRICHMENT}")
    assert row.select_one("td.pass strong").get_text() == "pass"
    assert row.select_one(".quote mark").get_text() == (
        "increased its level of enrichment beyond 3.67 percent"
    )
    # The quote in its context: the page's own words around it.
    assert "its level of enrichment beyond 3.67 percent" in row.select_one(".quote").get_text()
    assert len(row.select_one(".quote").get_text()) > 60
    hedged = soup.find(id="claim-leu-swap-80-percent")
    assert hedged.select_one("td.warn strong").get_text() == "warn"
    review = soup.find(id="claim-khamenei-scuttled-leu-swap")
    assert review.select_one("td.unverified strong").get_text() == "needs review"
    assert review.select_one("li.unverified").get_text().startswith("needs review [supported] ")


def test_audit_html_is_in_triage_order_with_counts_linking_to_their_groups(
    imported: Runner, tmp_path: Path
) -> None:
    imported("check")
    assert (
        imported("review", "macron-roadmap-set", "--accept", "--why", "it says so").exit_code == 0
    )
    soup = _report(imported, tmp_path)
    # Groups in triage order, each claim under its own status's heading.
    groups = [tr["id"] for tr in soup.select("tbody tr.group")]
    assert groups == ["status-warn", "status-unverified", "status-reviewed", "status-pass"]
    order = []
    for tr in soup.select("tbody tr.group, tbody tr.claim"):
        if "group" in tr["class"]:
            current = tr["id"].removeprefix("status-")
        else:
            assert f"st-{current}" in tr["class"]
            order.append(current)
    assert order == sorted(order, key=["warn", "unverified", "reviewed", "pass"].index)
    # Every count with claims links to its group, at the top and at the end.
    top, end = soup.select("p.summary")
    assert top.get_text(" ", strip=True) == end.get_text(" ", strip=True)
    links = {a.get_text(): a["href"] for a in top.find_all("a")}
    assert links["1 warn"] == "#status-warn" and links["1 reviewed"] == "#status-reviewed"
    for href in links.values():
        assert soup.find(id=href[1:]) is not None
    # The reviewed claim says who accepted it.
    reviewed = soup.find(id="claim-macron-roadmap-set")
    assert "st-reviewed" in reviewed["class"]
    assert "accepted by " in reviewed.select_one("li.reviewed").get_text()
    # Filters and sorting are form controls and CSS: no script, nothing remote.
    assert soup.find("script") is None
    assert {i["name"] for i in soup.select("input.ctl")} == {"status", "tag", "sort"}
    tags = [label.get_text() for label in soup.select("label[for^=tag-]")]
    assert tags[0] == "all" and "diplomacy" in tags
    for label in soup.select(".controls label"):
        assert soup.find(id=label["for"]).name == "input"
    # Sorting by source: the source's heading comes before its claims, in triage order.
    [source] = soup.select("tbody tr.source")  # every seed claim cites the one page
    position = {
        tr.get("id"): int(tr["style"].removeprefix("--by-source:"))
        for tr in soup.select("tbody tr.claim, tbody tr.source")
    }
    heading = int(source["style"].removeprefix("--by-source:"))
    assert heading < min(v for k, v in position.items() if k)
    assert position["claim-leu-swap-80-percent"] < position["claim-macron-roadmap-set"]
    assert position["claim-macron-roadmap-set"] < position[f"claim-{ENRICHMENT}"]


def test_audit_html_escapes_statements_titles_and_quotes(nasty: Runner, tmp_path: Path) -> None:
    soup = _report(nasty, tmp_path)
    assert soup.find("script") is None
    row = soup.find(id="claim-nasty")
    assert row.find("p").get_text() == NASTY_STATEMENT
    assert row.select_one(".quote mark").get_text() == '5 < 6 & 7 > 3 "always"'
    meta = row.select_one(".quote + .meta")
    assert meta.get_text().startswith(f"{NASTY_TITLE} — {NASTY_URL}")
    assert meta.find("a")["href"] == NASTY_URL


def test_audit_html_is_self_contained(nasty: Runner, tmp_path: Path) -> None:
    soup = _report(nasty, tmp_path)
    assert soup.find_all(["script", "link", "img", "iframe", "object", "embed"]) == []
    assert [t for t in soup.find_all(True) if t.has_attr("src")] == []
    style = soup.find("style").get_text()
    assert "url(" not in style and "@import" not in style
    # Links go to the cited pages, or to the report's own groups; nothing is loaded.
    hrefs = {a["href"] for a in soup.find_all("a")}
    assert {h for h in hrefs if not h.startswith("#status-")} == {SEED_URL, NASTY_URL}


def test_audit_html_into_a_missing_folder_is_one_line(imported: Runner, tmp_path: Path) -> None:
    target = tmp_path / "no" / "audit.html"
    result = imported("audit", "--html", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target}: cannot write: no folder {target.parent}\n"
