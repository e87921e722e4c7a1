"""A brief built to HTML runs nothing and loads nothing, opened in Chromium.

Pandoc keeps Markdown attributes, so `[x]{onmouseover=...}`, `::: {onclick=...}` and
`[l](http://ok.example){onclick=...}` came out as live handlers, `javascript:` and `data:`
links stayed, and remote images loaded. The brief below holds each of them; built, it is
opened from disk in a real headless Chromium, every element is hovered and clicked (a click
on a link to the web is the reader's own navigation: it is intercepted, answered 204 and
must be the only request, to exactly that link), and no dialog may open and nothing else
may leave the file. Runs on the database under test.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from factdb.briefs import BRIEF_CSP

from .conftest import Runner
from .test_safe_output import SLUG, assert_no_live_markup, hostile  # noqa: F401
from .test_web_browser import CHROMIUM, CHROMIUM_ARGS, _no_browser

BRIEF = f"""# A hostile brief

Something happened [@{SLUG}]. [hover me]{{onmouseover="alert('XSS-span')" #span1}}

::: {{onclick="alert('XSS-div')" #div1}}
A div to click.
:::

[ok link](http://ok.example/){{onclick="alert('XSS-a')" #oklink}}, [js
link](javascript:alert('XSS-js')){{#jslink}},
[data link](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E){{#datalink}},
[vb](vbscript:msgbox(1)) and [file](file:///etc/passwd){{#filelink}}.

![remote image](http://remote.example/pixel.png){{#img1 onerror="alert('XSS-img')"}}

[styled]{{style="background:url(http://remote.example/bg.png)" onfocus="alert('XSS-f')"}}

<script>alert('XSS-raw')</script> <img src=x onerror="alert('XSS-raw-img')">
"""


@pytest.fixture
def built(hostile: Runner, tmp_path: Path) -> Path:  # noqa: F811
    brief = tmp_path / "brief.md"
    brief.write_text(BRIEF)
    out = tmp_path / "brief.html"
    result = hostile("brief", "build", str(brief), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_brief_html_keeps_no_handler_no_script_link_and_no_remote_image(built: Path) -> None:
    html = built.read_text()
    assert_no_live_markup(html, "brief")
    soup = BeautifulSoup(html, "html.parser")
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert csp is not None and csp["content"] == BRIEF_CSP
    assert "script-src" not in BRIEF_CSP and "default-src 'none'" in BRIEF_CSP
    for a in soup.find_all("a", href=True):
        assert a["href"].startswith(("http://", "https://", "#")), a
    assert soup.select_one("#oklink")["href"] == "http://ok.example/"
    assert not soup.select_one("#jslink").has_attr("href")
    assert not soup.select_one("#datalink").has_attr("href")
    assert not soup.select_one("#filelink").has_attr("href")
    assert not soup.select_one("#img1").has_attr("src")
    assert not soup.find_all(style=True) and not soup.find_all("script")
    # The words are all still there.
    text = soup.get_text()
    for words in ("hover me", "A div to click.", "ok link", "js", "data link", "styled"):
        assert words in text


@pytest.mark.skipif(_no_browser() is not None, reason=str(_no_browser()))
def test_brief_in_chromium_opens_no_dialog_and_sends_no_request(built: Path) -> None:
    """Every element is hovered, focused and clicked, links to the web included. A click on
    such a link is the reader's own navigation: it is answered 204 (the browser stays on
    the brief) and recorded, and it must be the only request there is, to exactly that
    link's address. Nothing else (an image, a style, a handler, a prefetch) may ask."""
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    requests: list[tuple[str, bool, str]] = []  # (url, a navigation?, resource type)
    clicked_links: list[str] = []
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            def route(r: object) -> None:
                request = r.request  # type: ignore[attr-defined]
                if request.url.startswith("file://"):
                    r.continue_()  # type: ignore[attr-defined]
                    return
                requests.append(
                    (request.url, request.is_navigation_request(), request.resource_type)
                )
                if request.is_navigation_request():
                    r.fulfill(status=204)  # type: ignore[attr-defined]
                else:
                    r.abort()  # type: ignore[attr-defined]

            context.route("**/*", route)
            page.goto(built.as_uri())
            elements = page.locator("body *")
            count = elements.count()
            assert count > 20
            for i in range(count):
                element = elements.nth(i)
                for event in ("mouseover", "mouseenter", "mousemove", "focus"):
                    element.dispatch_event(event)
                # The link a click follows: the element's own, or the one it sits in.
                href = element.evaluate("e => e.closest('a[href]')?.href ?? ''")
                if href.startswith(("http://", "https://")):
                    clicked_links.append(href)
                element.dispatch_event("click")
                element.dispatch_event("dblclick")
                page.wait_for_timeout(50)
            for selector in ("#span1", "#div1", "#oklink"):
                page.hover(selector)
            page.click("#div1")
            page.click("#oklink")  # a real mouse click too, not only a dispatched event
            clicked_links.append("http://ok.example/")
            page.wait_for_timeout(300)
            assert page.url == built.as_uri() or page.url.startswith(built.as_uri() + "#")
        finally:
            context.close()
    assert dialogs == []
    assert "http://ok.example/" in clicked_links
    # Each click on a web link asked for that link, as a top-level document; nothing else.
    assert sorted(requests) == sorted((url, True, "document") for url in clicked_links)
