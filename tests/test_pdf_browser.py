"""A PDF citation in the viewer, in a real headless Chromium (Debian's `chromium` through
Playwright, as tests/test_web_browser.py): the cited page of a real multi-page PDF is
drawn by PDFium with the quote's boxes highlighted over its glyphs, scrolled into view,
with no script and no request beyond the viewer; the screenshot's pixels are read back
in the browser (a canvas in a blank tab) to prove the highlight is on the quote's words.
"""

from __future__ import annotations

import base64
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from factdb.cli import cli

from .test_pdf_claims import PW, PW2, QUOTE, STATEMENT
from .test_web_browser import CHROMIUM, CHROMIUM_ARGS, _no_browser, serving

pytestmark = pytest.mark.skipif(_no_browser() is not None, reason=str(_no_browser()))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('pdfview') / 'factdb.sqlite'}"


@pytest.fixture(scope="module")
def base_url(db: str) -> Iterator[str]:
    url = db
    runner = CliRunner()
    for args in (
        ("init",),
        ("archive", str(PW)),
        ("claim", "add", "--statement", STATEMENT, "--quote", QUOTE,
         "--source", PW.resolve().as_uri(), "--id", "ahmadinejad-80"),
    ):  # fmt: skip
        result = runner.invoke(cli, ["--db", url, *args])
        assert result.exit_code == 0, result.output
    with serving(url) as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1400, "height": 900},
        )
        yield context
        context.close()


# Counts, in a rectangle of a PNG, the highlight's yellow pixels and the dark pixels of
# glyphs, by drawing the PNG on a canvas (in a blank tab: the viewer runs no script).
_PIXELS = """async ([png, x, y, w, h]) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + png;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.width; c.height = img.height;
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  const d = g.getImageData(x, y, w, h).data;
  let yellow = 0, dark = 0, all = 0;
  for (let i = 0; i < d.length; i += 4) {
    const [r, gr, b] = [d[i], d[i + 1], d[i + 2]];
    all++;
    if (r > 180 && gr > 150 && b < 170 && r - b > 60) yellow++;
    if (r + gr + b < 250) dark++;
  }
  return {yellow, dark, all};
}"""


def test_pdf_quote_is_highlighted_on_its_page_in_chromium(
    browser: Any, base_url: str, tmp_path: Path
) -> None:
    assert_highlighted(browser, base_url, tmp_path)


def assert_highlighted(browser: Any, base_url: str, tmp_path: Path) -> None:
    """The claim page's frame shows page 2 with the quote's boxes over its glyphs."""
    from playwright.sync_api import expect

    [citation] = httpx.get(f"{base_url}api/claims/ahmadinejad-80").json()["citations"]
    assert citation["page"] == 2
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{base_url}claims/ahmadinejad-80")
    frame = page.frame_locator("iframe.snapshot")
    mark = frame.locator("#factdb-quote")
    expect(mark).to_be_in_viewport()
    # On the cited page: its box sits in the drawing of page 2 of the 4.
    holder = frame.locator("#factdb-quote >> xpath=..")
    assert holder.get_attribute("data-page") == "2"
    expect(frame.locator("#page-2 img")).to_have_attribute("alt", "page 2")
    expect(frame.locator("script")).to_have_count(0)
    assert frame.locator(".hl").count() == len(citation["pdf"]["pages"][0]["boxes"])
    # The viewer's own pages only: the page image is inline (data:), nothing else loads.
    assert all(u.startswith(base_url) for u in requests), requests

    box = mark.bounding_box()
    assert box is not None
    shot = page.screenshot(path=str(tmp_path / "pdf-claim.png"))
    blank = browser.new_page()
    inside = blank.evaluate(
        _PIXELS,
        [base64.b64encode(shot).decode(), int(box["x"]) + 2, int(box["y"]) + 2,
         int(box["width"]) - 4, int(box["height"]) - 4],
    )  # fmt: skip
    above = blank.evaluate(
        _PIXELS,
        [base64.b64encode(shot).decode(), int(box["x"]) + 2, int(box["y"] - 3 * box["height"]),
         int(box["width"]) - 4, int(box["height"]) - 4],
    )  # fmt: skip
    blank.close()
    page.close()
    # The box is yellow where the page is white, and it covers glyphs (the quote's words).
    assert inside["yellow"] > 0.3 * inside["all"], inside
    assert inside["dark"] > 0.02 * inside["all"], inside
    # Outside it the page is not highlighted.
    assert above["yellow"] < 0.02 * above["all"], above


def test_original_pdf_downloads_with_its_digest(base_url: str) -> None:
    [citation] = httpx.get(f"{base_url}api/claims/ahmadinejad-80").json()["citations"]
    sha = citation["snapshot"]
    response = httpx.get(f"{base_url}snapshots/{sha}/original.pdf")
    assert response.status_code == 200
    assert response.content == PW.read_bytes()
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["repr-digest"] == (
        f"sha-256=:{base64.b64encode(bytes.fromhex(sha)).decode()}:"
    )
    assert response.headers["content-disposition"].startswith("attachment")
    claim_page = httpx.get(f"{base_url}claims/ahmadinejad-80").text
    assert f"/snapshots/{sha}/original.pdf" in claim_page and sha in claim_page


def test_done_when_added_checked_shown_briefed_and_flagged_by_recheck(
    browser: Any, base_url: str, db: str, tmp_path: Path
) -> None:
    """Issue 17's done-when, in order on one database: the claim on page 2 of the
    4-page Chromium print was added by quote (the fixture); it is checked; shown in the
    viewer with its highlight on page 2; built into a brief whose footnote gives the
    page; and flagged by recheck against the newer print that changes the sentence."""
    runner = CliRunner()

    def run(*args: str) -> Any:
        return runner.invoke(cli, ["--db", db, *args])

    check = run("check", "--json", "ahmadinejad-80")
    assert check.exit_code == 0, check.output
    statuses = {r["check"]: r["status"] for r in json.loads(check.stdout)}
    assert statuses["integrity"] == statuses["span"] == statuses["html-span"] == "pass"
    assert_highlighted(browser, base_url, tmp_path)
    brief = tmp_path / "brief.md"
    brief.write_text("Iran once agreed to ship out most of its uranium [@ahmadinejad-80].\n")
    built = run("brief", "build", str(brief), "-o", str(tmp_path / "brief.out.md"))
    assert built.exit_code == 0, built.output
    note = (tmp_path / "brief.out.md").read_text()
    assert "(PDF, page 2)." in note and "#:~:text=" not in note
    recheck = run("recheck", PW.resolve().as_uri(), "--against", str(PW2), "--json")
    assert recheck.exit_code == 1, recheck.output
    assert '"edited"' in recheck.stdout and "about 70 percent" in recheck.stdout
