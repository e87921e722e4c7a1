"""The viewer end to end in a real headless Chromium (Debian's `chromium`, driven by
Playwright): the quote is highlighted and scrolled into view, and nothing runs.

One browser and one server for the module; skipped with the reason when no browser is
installed (`.ci/run` installs it with apt-get).
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from factdb.web.server import server_url, viewer_server

from .test_web import HOSTILE_URL, SCRIPT_CLAIM, db_url  # noqa: F401  (db_url: the fixture)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Far down the article: the frame must scroll to show it.
DEEP_CLAIM = "khamenei-lashed-out-since-withdrawal"


def _no_browser() -> str | None:
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (install Debian's chromium: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


pytestmark = pytest.mark.skipif(_no_browser() is not None, reason=str(_no_browser()))


@pytest.fixture(scope="module")
def base_url(db_url: str) -> Iterator[str]:  # noqa: F811
    """The real viewer server on a free loopback port, in a thread."""
    with serving(db_url) as url:
        yield url


@contextlib.contextmanager
def serving(url: str) -> Iterator[str]:
    """The real viewer server of this database on a free loopback port, in a thread."""
    server = viewer_server(url, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_url(server)
    finally:
        server.shutdown()
        server.server_close()
        server.app.extensions["factdb.db"].close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module, with a fresh profile."""
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


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A new tab that records every request and every message posted to it."""
    tab = browser.new_page()
    tab.requests = []
    tab.on("request", lambda r: tab.requests.append(r.url))
    # Runs before the page's own code (the viewer has none) and is exempt from its CSP.
    tab.add_init_script(
        "window.__messages = [];"
        "window.addEventListener('message', e => window.__messages.push(String(e.data)));"
    )
    yield tab
    tab.close()


def test_seed_claim_quote_is_highlighted_and_scrolled_into_view(
    page: Any, base_url: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    [citation] = httpx.get(f"{base_url}api/claims/{DEEP_CLAIM}").json()["citations"]
    page.goto(f"{base_url}claims/{DEEP_CLAIM}")
    frame = page.frame_locator("iframe.snapshot")
    mark = frame.locator("#factdb-quote")
    expect(mark).to_have_text(citation["exact"])
    assert mark.inner_text() == citation["exact"]
    expect(mark).to_be_in_viewport()
    box = mark.bounding_box()
    outer = page.locator("iframe.snapshot").bounding_box()
    assert box is not None and outer is not None
    # Inside the frame, and inside the window.
    assert outer["y"] <= box["y"] and box["y"] + box["height"] <= outer["y"] + outer["height"]
    assert outer["x"] <= box["x"] and box["x"] + box["width"] <= outer["x"] + outer["width"]
    assert outer["y"] + outer["height"] <= page.viewport_size["height"]
    # It was below the fold: the frame scrolled to it by the #factdb-quote fragment alone.
    offset = mark.evaluate(
        "m => m.getBoundingClientRect().top + m.ownerDocument.scrollingElement.scrollTop"
    )
    assert offset > outer["height"]
    shot = tmp_path / "claim.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_claim_with_script_and_hostile_snapshot_run_no_script_and_load_nothing(
    page: Any, base_url: str
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{base_url}claims/{SCRIPT_CLAIM}")
    frame = page.frame_locator("iframe.snapshot")
    mark = frame.locator("#factdb-quote")
    expect(mark).to_have_text("The sky over the test page is green on Tuesdays.")
    # The statement's markup is shown as text.
    assert page.locator("blockquote.statement").inner_text().startswith("<script>")
    frame.locator("#js-link").click()
    frame.locator("#web-link").click()
    frame.locator("h1").click()
    page.wait_for_timeout(300)  # time for any onload/onerror/ontoggle that could fire
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__messages") == []
    assert page.title() == f"{SCRIPT_CLAIM} · factdb"
    inner = page.frames[1]
    assert inner.title().startswith("Archived: ")
    assert frame.locator("html").get_attribute("data-pwned") is None
    assert frame.locator("#web-link").is_visible()  # still on the archived page
    foreign = [url for url in page.requests if not url.startswith(base_url)]
    assert foreign == []


def test_a_script_that_ran_would_be_caught(page: Any, base_url: str) -> None:
    """The flags above are live: a script like the hostile page's, allowed to run (on a
    blank page without the viewer's CSP or sandbox), is seen."""
    page.goto("about:blank")
    page.evaluate(
        """() => {
        const f = document.createElement('iframe');
        f.srcdoc = "<script>try { parent.__pwned = 1 } catch (e) {} "
                 + "parent.postMessage('pwned-script', '*')<\\/script>";
        document.body.append(f);
    }"""
    )
    page.wait_for_function("window.__messages.length > 0")
    assert page.evaluate("window.__messages") == ["pwned-script"]
