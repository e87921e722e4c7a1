"""The audit report filters and sorts in Chromium with scripts off (issue 15, part 2).

`audit --html` holds no script: its status and tag filters and its sorting by source are
radio buttons whose labels drive CSS. Opened from disk in a headless Chromium with
JavaScript disabled, clicking a label must hide and show the rows it says, and the page
must ask for nothing beyond its own file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from .conftest import Runner
from .test_web_browser import CHROMIUM, CHROMIUM_ARGS, _no_browser

REVIEWED = "macron-roadmap-set"
WARNED = "leu-swap-80-percent"


@pytest.fixture
def report(imported: Runner, tmp_path: Path) -> Path:
    assert imported("check").exit_code == 0
    assert imported("review", REVIEWED, "--accept", "--why", "it says so").exit_code == 0
    path = tmp_path / "audit.html"
    result = imported("audit", "--html", str(path))
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.skipif(_no_browser() is not None, reason=str(_no_browser()))
def test_audit_report_filters_and_sorts_with_scripts_off(report: Path) -> None:
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            java_script_enabled=False,
        )
        try:
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())

            def visible_claims() -> list[str]:
                rows = page.locator("tbody tr.claim")
                return [
                    rows.nth(i).get_attribute("id") or ""
                    for i in range(rows.count())
                    if rows.nth(i).is_visible()
                ]

            assert len(visible_claims()) == 23
            # Triage order on screen: the warning first, the reviewed claim before passes.
            shown = visible_claims()
            assert shown[0] == f"claim-{WARNED}"
            assert shown.index(f"claim-{REVIEWED}") < shown.index("claim-iran-enrichment-above-367")
            # Filter by status.
            page.click("label[for=st-reviewed]")
            assert visible_claims() == [f"claim-{REVIEWED}"]
            assert page.locator("#status-reviewed").is_visible()
            assert not page.locator("#status-pass").is_visible()
            page.click("label[for=st-warn]")
            assert visible_claims() == [f"claim-{WARNED}"]
            page.click("label[for=st-all]")
            assert len(visible_claims()) == 23
            # Filter by tag.
            tags = page.locator(".controls label[for^=tag-]")
            names = [tags.nth(i).inner_text() for i in range(tags.count())]
            i = names.index("macron")
            tags.nth(i).click()
            macron = visible_claims()
            assert f"claim-{REVIEWED}" in macron and 0 < len(macron) < 23
            page.click("label[for=tag-all]")
            # Sort by source: the status headings give way to the source's heading, on top.
            page.click("label[for=sort-source]")
            assert not page.locator("#status-warn").is_visible()
            source = page.locator("tbody tr.source").first
            assert source.is_visible()
            first = page.locator(f"#claim-{WARNED}")
            assert source.bounding_box()["y"] < first.bounding_box()["y"]  # type: ignore[index]
            page.click("label[for=sort-status]")
            assert page.locator("#status-warn").is_visible()
            # A count links to its group.
            page.click("p.summary >> text=1 reviewed")
            assert page.url.endswith("#status-reviewed")
        finally:
            context.close()
    assert all(url.startswith("file://") for url in requests), requests
