"""The viewer's review queue (issue 15, part 2): claims that need a person, read-only unless
`factdb serve --review`, whose one-time token every review POST needs (from this machine,
never from another origin); the verdict recorded as `factdb review` records it. The end to
end case runs in Chromium."""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from bs4 import BeautifulSoup

from factdb.web.app import create_app
from factdb.web.server import server_url, viewer_server

from .conftest import Runner
from .test_review import rows
from .test_web_browser import CHROMIUM, CHROMIUM_ARGS, _no_browser

TOKEN = "the-one-time-token"
UNVERIFIED = "macron-roadmap-set"
OTHER = "trump-ready-to-meet-rouhani"


def client(db_url: str, token: str | None) -> Any:
    app = create_app(db_url, review_token=token)
    return app.test_client()


def queue_ids(html: bytes) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [tr["id"].removeprefix("review-") for tr in soup.select("tr[id^=review-]")]


def test_the_queue_lists_what_needs_a_person_and_is_read_only_by_default(
    checked: Runner, db_url: str
) -> None:
    viewer = client(db_url, None)
    page = viewer.get("/review")
    assert page.status_code == 200
    ids = queue_ids(page.data)
    audits = json.loads(checked("audit", "--json").stdout)
    assert ids[0] == "leu-swap-80-percent"  # the warning first
    assert set(ids) == {a["claim"] for a in audits if a["audit"] in ("warn", "unverified")}
    assert b"<form" not in page.data.split(b"<main>")[1]
    before = rows(db_url)
    posted = viewer.post(
        f"/review/{UNVERIFIED}",
        data={"token": TOKEN, "verdict": "accept", "why": "x", "by": "ann"},
    )
    assert posted.status_code == 403
    assert rows(db_url) == before


def test_the_forms_carry_the_token_only_when_the_page_was_opened_with_it(
    checked: Runner, db_url: str
) -> None:
    viewer = client(db_url, TOKEN)
    assert b'name="token"' not in viewer.get("/review").data
    assert b'name="token"' not in viewer.get("/review?token=guess").data
    page = BeautifulSoup(viewer.get(f"/review?token={TOKEN}").data, "html.parser")
    form = page.select_one(f"#review-{UNVERIFIED} form.review")
    assert form["method"] == "post" and form["action"] == f"/review/{UNVERIFIED}"
    assert form.select_one("input[name=token]")["value"] == TOKEN


@pytest.mark.parametrize(
    ("data", "headers", "where"),
    [
        ({"verdict": "accept", "why": "x", "by": "ann"}, {}, "127.0.0.1"),
        ({"token": "wrong", "verdict": "accept", "why": "x", "by": "ann"}, {}, "127.0.0.1"),
        (
            {"token": TOKEN, "verdict": "accept", "why": "x", "by": "ann"},
            {"Origin": "http://evil.example"},
            "127.0.0.1",
        ),
        (
            {"token": TOKEN, "verdict": "accept", "why": "x", "by": "ann"},
            {"Origin": "http://localhost:9999"},
            "127.0.0.1",
        ),
        (
            {"token": TOKEN, "verdict": "accept", "why": "x", "by": "ann"},
            {"Origin": "null"},
            "127.0.0.1",
        ),
        (
            {"token": TOKEN, "verdict": "accept", "why": "x", "by": "ann"},
            {"Sec-Fetch-Site": "cross-site"},
            "127.0.0.1",
        ),
        ({"token": TOKEN, "verdict": "accept", "why": "x", "by": "ann"}, {}, "10.0.0.7"),
    ],
    ids=[
        "no token",
        "wrong token",
        "another origin",
        "another port",
        "opaque origin",
        "cross-site fetch",
        "another machine",
    ],
)
def test_a_review_post_without_the_token_or_from_elsewhere_is_403_and_stores_nothing(
    checked: Runner, db_url: str, data: dict, headers: dict, where: str
) -> None:
    viewer = client(db_url, TOKEN)
    before = rows(db_url)
    posted = viewer.post(
        f"/review/{UNVERIFIED}", data=data, headers=headers, environ_base={"REMOTE_ADDR": where}
    )
    assert posted.status_code == 403
    assert rows(db_url) == before


@pytest.mark.parametrize(
    ("slug", "data", "status"),
    [
        ("no-such-claim", {"verdict": "accept", "why": "x", "by": "ann"}, 404),
        (UNVERIFIED, {"verdict": "accept", "why": "x", "by": "ann", "check": "bogus"}, 400),
        (UNVERIFIED, {"verdict": "maybe", "why": "x", "by": "ann"}, 400),
        (UNVERIFIED, {"verdict": "accept", "why": "x", "by": " "}, 400),
    ],
)
def test_a_bad_review_post_is_refused_and_stores_nothing(
    checked: Runner, db_url: str, slug: str, data: dict, status: int
) -> None:
    viewer = client(db_url, TOKEN)
    before = rows(db_url)
    posted = viewer.post(f"/review/{slug}", data={"token": TOKEN, **data})
    assert posted.status_code == status
    assert rows(db_url) == before


def test_a_review_post_with_the_token_records_the_verdict(checked: Runner, db_url: str) -> None:
    viewer = client(db_url, TOKEN)
    posted = viewer.post(
        f"/review/{UNVERIFIED}",
        data={"token": TOKEN, "verdict": "accept", "why": "the quote says so", "by": "dora"},
        headers={"Origin": "http://localhost"},
    )
    assert posted.status_code == 303
    assert posted.headers["Location"].endswith(f"/review?token={TOKEN}")
    shown = json.loads(checked("claim", "show", UNVERIFIED, "--json").stdout)
    assert shown["reviews"][0]["by"] == "dora" and shown["reviews"][0]["holds"]
    assert UNVERIFIED not in queue_ids(viewer.get("/review").data)
    # The claim's page says who reviewed it and when; the claims list shows it reviewed.
    claim_page = BeautifulSoup(viewer.get(f"/claims/{UNVERIFIED}").data, "html.parser")
    [note] = claim_page.select("div.review")
    assert note.get_text(" ", strip=True).startswith("accepted by dora on 20")
    listed = BeautifulSoup(viewer.get("/claims?check=reviewed").data, "html.parser")
    assert [a.get_text() for a in listed.select("table.claims td:first-child a")] == [UNVERIFIED]


@pytest.fixture
def review_server(checked: Runner, db_url: str) -> Iterator[str]:
    server = viewer_server(db_url, "127.0.0.1", 0, review_token=TOKEN)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server_url(server)
    server.shutdown()
    server.server_close()
    server.app.extensions["factdb.db"].close()  # type: ignore[attr-defined]


@pytest.mark.skipif(_no_browser() is not None, reason=str(_no_browser()))
def test_a_reviewer_accepts_a_claim_from_the_queue_in_chromium(
    checked: Runner, review_server: str
) -> None:
    """The issue's "done when": one seed claim accepted from the CLI, another from the
    viewer's queue; both show as reviewed in the audit."""
    from playwright.sync_api import sync_playwright

    by_cli = "salami-enemy-seeks-surrender"
    accepted = checked("review", by_cli, "--accept", "--why", "the quote says it", "--by", "fay")
    assert accepted.exit_code == 0, accepted.output
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = context.new_page()
            page.goto(f"{review_server}review?token={TOKEN}")
            assert page.locator(f"#review-{by_cli}").count() == 0
            row = page.locator(f"#review-{UNVERIFIED}")
            row.locator("input[name=why]").fill("the quote says it in other words")
            row.locator("input[name=by]").fill("erin")
            row.locator("button[value=accept]").click()
            page.wait_for_url(re.compile(r"/review\?token="))
            assert page.locator(f"#review-{UNVERIFIED}").count() == 0
            assert page.locator(f"#review-{OTHER}").count() == 1
            # A page of another origin cannot post a review: the browser sends its Origin.
            evil = httpx.post(
                f"{review_server}review/{OTHER}",
                data={"token": TOKEN, "verdict": "accept", "why": "x", "by": "mallory"},
                headers={"Origin": "http://evil.example"},
            )
            assert evil.status_code == 403
        finally:
            context.close()
    audits = {a["claim"]: a for a in json.loads(checked("audit", "--json").stdout)}
    assert audits[UNVERIFIED]["audit"] == "reviewed"
    assert audits[UNVERIFIED]["review"][0]["by"] == "erin"
    assert audits[by_cli]["audit"] == "reviewed"
    assert audits[OTHER]["audit"] == "unverified"
    report = checked("audit").stdout
    assert "\nREVIEWED (2)\n" in report
