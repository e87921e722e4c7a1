"""The viewer against hostile pages and hostile requests, in Chromium and on both databases.

- A page's CSS cannot change what the highlight shows: `mark::before{content:...}`,
  `mark{font-size:0}` and friends (with `!important`, by id or by class) leave the quote
  readable, at a readable size, with no generated text (Chromium's computed styles).
- An unclosed `<svg>` or `<iframe>` does not hide the rest of the page, and a quote after
  an unclosed `<svg>` (which the text layer reads, as browsers do) is highlighted.
- A viewer request is a read transaction: a writer commits while a slow request is open
  (SQLite took its write lock, and `claim add` failed with "database is locked").
- `serve --host ::1` checks the Host header as 127.0.0.1 does (DNS rebinding).
"""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from factdb.store.models import Claim
from factdb.web.server import server_url, viewer_server

from .conftest import Runner
from .test_web_browser import CHROMIUM, CHROMIUM_ARGS, _no_browser

URL = "http://hostile-css.example/"
QUOTE = "The reactor produced 40 kilograms of enriched uranium last year."
HOSTILE_CSS = """
mark::before, mark::after, .factdb-quote::before, #factdb-quote::after
  { content: "NOT " !important; }
mark, mark.factdb-quote#factdb-quote, body p mark[id] { font-size: 0 !important;
  color: transparent !important; opacity: 0 !important; visibility: hidden !important;
  text-transform: uppercase !important; letter-spacing: -1em !important; }
#factdb-quote { display: none !important; position: absolute !important; left: -9999px; }
mark * , mark b { font-size: 0 !important; display: none !important; }
"""
PAGE = f"""<!DOCTYPE html><html><head><meta charset=utf-8><title>Hostile</title>
<style>{HOSTILE_CSS}</style></head><body>
<p>Before the svg.</p><svg width="10" height="10"><circle r="4"/>
<p>After the svg: {QUOTE.replace("enriched", "<b>enriched</b>")}</p>
<p>The end of the page.</p></body></html>"""
IFRAME_PAGE = """<!DOCTYPE html><html><head><meta charset=utf-8><title>Frame</title></head>
<body><p>Before the frame, a quotable sentence.</p><iframe src="http://x.example/">
<p>Text after the unclosed frame.</p></body></html>"""

needs_browser = pytest.mark.skipif(_no_browser() is not None, reason=str(_no_browser()))


@pytest.fixture
def hostile(run: Runner, tmp_path: Path) -> Runner:
    for name, html, url in (("h.html", PAGE, URL), ("f.html", IFRAME_PAGE, URL + "frame")):
        path = tmp_path / name
        path.write_text(html)
        result = run("archive", str(path), "--url", url)
        assert result.exit_code == 0, result.output
    args = ["--statement", "It produced 40 kilograms", "--quote", QUOTE, "--source", URL]
    result = run("claim", "add", "--id", "hostile-css", *args)
    assert result.exit_code == 0, result.output
    quote = "Before the frame, a quotable sentence."
    args = ["--statement", "quotable", "--quote", quote, "--source", URL + "frame"]
    assert run("claim", "add", "--id", "framed", *args).exit_code == 0
    return run


@pytest.fixture
def server(hostile: Runner) -> Iterator[str]:
    srv = viewer_server(hostile.db_url, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield server_url(srv)
    srv.shutdown()
    srv.server_close()
    srv.app.extensions["factdb.db"].close()  # type: ignore[attr-defined]


@pytest.fixture
def tab() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield context.new_page()
        context.close()


def frame_src(base: str, slug: str) -> str:
    page = httpx.get(f"{base}claims/{slug}").text
    start = page.index('class="snapshot"')
    src = page[page.rindex("<iframe", 0, start) :].split('src="', 1)[1].split('"', 1)[0]
    return base.rstrip("/") + src.replace("&amp;", "&").split("#")[0]


@needs_browser
def test_page_css_cannot_change_what_the_highlight_shows(server: str, tab: Any) -> None:
    tab.goto(frame_src(server, "hostile-css"))
    mark = tab.locator("#factdb-quote")
    assert mark.is_visible()
    assert mark.inner_text() == QUOTE  # no generated "NOT ", no upper case, every word
    style = mark.evaluate(
        """m => { const s = getComputedStyle(m), b = getComputedStyle(m, '::before'),
                        a = getComputedStyle(m, '::after'), r = m.getBoundingClientRect();
                  return {size: parseFloat(s.fontSize), opacity: s.opacity,
                          visibility: s.visibility, display: s.display, color: s.color,
                          before: b.content, after: a.content, left: r.left,
                          width: r.width, height: r.height,
                          transform: s.textTransform, spacing: s.letterSpacing}; }"""
    )
    assert style["size"] >= 12, style
    assert (style["opacity"], style["visibility"], style["display"]) == ("1", "visible", "inline")
    assert style["color"] == "rgb(0, 0, 0)", style
    assert style["before"] in ("none", "normal") and style["after"] in ("none", "normal"), style
    assert style["left"] >= 0 and style["width"] > 100 and style["height"] >= 12, style
    assert style["transform"] == "none" and style["spacing"] == "normal", style
    inner = tab.locator("#factdb-quote b")
    assert inner.is_visible() and inner.inner_text() == "enriched"
    assert float(inner.evaluate("b => parseFloat(getComputedStyle(b).fontSize)")) >= 12


@needs_browser
def test_an_unclosed_svg_or_iframe_does_not_hide_the_rest_of_the_page(
    server: str, tab: Any
) -> None:
    tab.goto(frame_src(server, "hostile-css"))
    assert tab.get_by_text("The end of the page.").is_visible()
    tab.goto(frame_src(server, "framed"))
    assert tab.locator("#factdb-quote").inner_text() == "Before the frame, a quotable sentence."
    assert tab.get_by_text("Text after the unclosed frame.").is_visible()
    assert tab.locator("iframe").count() == 0


def test_a_slow_viewer_request_does_not_block_a_writer(hostile: Runner, tmp_path: Path) -> None:
    from factdb.web.app import create_app

    app = create_app(hostile.db_url)
    session = app.extensions["factdb.session"]
    opened, release = threading.Event(), threading.Event()
    seen: list[int] = []

    @app.get("/slow")
    def slow() -> str:
        with session() as s:
            seen.append(len(s.scalars(select(Claim)).all()))  # the read transaction starts
            opened.set()
            release.wait(60)
            seen.append(len(s.scalars(select(Claim)).all()))  # the same snapshot
        return "ok"

    client = app.test_client()
    reader = threading.Thread(target=lambda: seen.append(client.get("/slow").status_code))
    reader.start()
    try:
        assert opened.wait(30)
        started = time.monotonic()
        args = ["--statement", "40 kilograms", "--quote", "produced 40 kilograms"]
        result = hostile("claim", "add", "--id", "while-reading", *args, "--source", URL)
        took = time.monotonic() - started
        assert result.exit_code == 0, result.output
        # The writer's busy timeout is 30 s: it committed without waiting for the reader.
        assert took < 20, f"the writer waited {took:.1f} s for the viewer"
    finally:
        release.set()
        reader.join(60)
        app.extensions["factdb.db"].close()
    assert seen == [2, 2, 200]
    assert hostile("claim", "show", "while-reading").exit_code == 0


def ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not ipv6_loopback(), reason="this machine has no IPv6 loopback (::1)")
def test_serve_on_ipv6_loopback_refuses_other_host_names(hostile: Runner) -> None:
    srv = viewer_server(hostile.db_url, "::1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    base = server_url(srv)
    try:
        assert base.startswith("http://[::1]:")
        port = srv.port
        assert httpx.get(f"{base}api/claims").status_code == 200
        for host in (f"localhost:{port}", f"[::1]:{port}", "[::1]"):
            assert httpx.get(f"{base}api/claims", headers={"Host": host}).status_code == 200
        for host in (f"rebound.example:{port}", "rebound.example", f"[::2]:{port}", ""):
            response = httpx.get(f"{base}api/claims", headers={"Host": host})
            assert response.status_code == 400, host
    finally:
        srv.shutdown()
        srv.server_close()
        srv.app.extensions["factdb.db"].close()  # type: ignore[attr-defined]
