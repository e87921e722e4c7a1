"""The web viewer through Flask's test client: pages, JSON endpoints, the safe snapshot frame,
and `factdb serve` (its address rules, and the real server in a subprocess)."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select

from factdb.cli import cli
from factdb.engine.text import extract_html
from factdb.store import db as dblib
from factdb.store.lookups import text_layer
from factdb.store.models import Base, Snapshot
from factdb.web import create_app
from factdb.web.app import PAGE_CSP, SNAPSHOT_CSP, snapshot_html
from factdb.web.sanitize import render_snapshot, sanitize_css

from .conftest import BACKEND, PostgresServer, Runner

ROOT = Path(__file__).parent.parent
SOURCES = ROOT / "sources"
HOSTILE = Path(__file__).parent / "data" / "web" / "hostile.html"
HOSTILE_URL = "https://hostile.example/page"
SEED = "iran-enrichment-above-367"
SEED_URL = "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"
SCRIPT_STATEMENT = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">'
SCRIPT_CLAIM = "sky-green-script"


def seed(db_url: str) -> None:
    """Archive `sources/` and the hostile page, import the seed claims, add a claim whose
    statement holds markup, and check everything."""
    run = Runner(db_url)
    steps = [
        ("archive", str(SOURCES)),
        ("archive", str(HOSTILE), "--url", HOSTILE_URL),
        ("claims", "import", str(SOURCES / "claims.yaml")),
        (
            "claim",
            "add",
            "--id",
            SCRIPT_CLAIM,
            "--statement",
            f"{SCRIPT_STATEMENT} The sky is green on Tuesdays.",
            "--quote",
            "The sky over the test page is green on Tuesdays.",
            "--source",
            HOSTILE_URL,
        ),
        ("check",),
    ]
    for args in steps:
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)


@pytest.fixture(scope="module")
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, _template: str
) -> str:
    """Overrides conftest's db_url for this module: the viewer never writes, so one seeded
    database (on the backend under test) serves every test here."""
    if BACKEND == "sqlite":
        path = tmp_path_factory.mktemp("web") / "factdb.sqlite"
        shutil.copyfile(_template, path)
        url = f"sqlite:///{path}"
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        name = server.create(template=_template)
        request.addfinalizer(lambda: server.drop(name))
        url = server.url_for(name)
    seed(url)
    return url


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[Any]:
    app = create_app(db_url)
    yield app.test_client()
    app.extensions["factdb.db"].close()


def soup(response: Any) -> BeautifulSoup:
    assert response.status_code == 200, response.data[:300]
    return BeautifulSoup(response.data, "html.parser")


def cli_json(run: Runner, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                t.name: conn.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- JSON endpoints mirror the CLI ------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "?tag=history", "?status=active", "?source=1"])
def test_api_claims_equals_claims_list_json(client: Any, run: Runner, query: str) -> None:
    args = [a for kv in query.lstrip("?").split("&") if kv for a in ("--" + kv).split("=")]
    expected = cli_json(run, "claims", "list", *args)
    assert client.get(f"/api/claims{query}").get_json() == expected
    assert expected, "the filter should match some claims"


@pytest.mark.parametrize("slug", [SEED, "leu-swap-80-percent", SCRIPT_CLAIM])
def test_api_claim_equals_claim_show_json(client: Any, run: Runner, slug: str) -> None:
    assert client.get(f"/api/claims/{slug}").get_json() == cli_json(run, "claim", "show", slug)


def test_api_sources_equals_sources_json(client: Any, run: Runner) -> None:
    assert client.get("/api/sources").get_json() == cli_json(run, "sources")


@pytest.mark.parametrize("url", [HOSTILE_URL, SEED_URL])
def test_api_source_equals_source_show_json(client: Any, run: Runner, url: str) -> None:
    expected = cli_json(run, "source", "show", url)
    assert client.get(f"/api/sources/{expected['id']}").get_json() == expected
    assert expected["claims"]


@pytest.mark.parametrize(
    ("query", "args"),
    [
        ("q=enrichment", ["enrichment"]),
        (
            'q="low-enriched uranium"&status=active',
            ['"low-enriched uranium"', "--status", "active"],
        ),
        (
            "unit=percent&value_min=3&value_max=4",
            ["--unit", "percent", "--value-min", "3", "--value-max", "4"],
        ),
        ("tag=iran&tag=history", ["--tag", "iran", "--tag", "history"]),
        ("check=warn", ["--check", "warn"]),
        ("q=iran&limit=3", ["iran", "--limit", "3"]),
        (
            "like=Iran+has+exceeded+the+enrichment+cap",
            ["--like", "Iran has exceeded the enrichment cap"],
        ),
    ],
)
def test_api_claims_with_a_query_equals_search_json(
    client: Any, run: Runner, query: str, args: list[str]
) -> None:
    expected = cli_json(run, "search", *args)
    assert expected, "the search should find something"
    assert client.get(f"/api/claims?{query}").get_json() == expected


def test_claims_page_search_shows_hits_with_the_matching_words_marked(
    client: Any, run: Runner
) -> None:
    page = soup(client.get("/claims?q=enrichment"))
    shown = [a.get_text() for a in page.select("table.claims tbody tr td:first-child a")]
    assert shown == [h["id"] for h in cli_json(run, "search", "enrichment")]
    marked = {m.get_text().lower() for m in page.select(".snippet mark")}
    assert marked and all(w.startswith("enrich") for w in marked)
    assert page.select_one("input[name=q]")["value"] == "enrichment"


def test_claims_page_labels_a_statement_snippet_and_does_not_quote_it(client: Any) -> None:
    # "raised" is only in the statement of iran-enrichment-above-367, not in its quote.
    page = soup(client.get("/claims?q=raised"))
    [snippet] = page.select(".snippet")
    text = snippet.get_text()
    assert text.startswith("matched in the statement: Iran raised enrichment")
    assert "\u201c" not in text and "\u201d" not in text
    assert [m.get_text() for m in snippet.select("mark")] == ["raised"]


@pytest.mark.parametrize(
    ("query", "args"),
    [
        ('q="unbalanced', ['"unbalanced']),
        ("unit=furlongs", ["--unit", "furlongs"]),
        ("published_since=yesterday", ["--published-since", "yesterday"]),
    ],
)
def test_a_bad_search_is_400_with_the_clis_message(
    client: Any, run: Runner, query: str, args: list[str]
) -> None:
    result = run("search", *args)
    assert result.exit_code == 2
    message = result.stderr.removeprefix("Error: ").rstrip("\n")
    response = client.get(f"/api/claims?{query}")
    assert response.status_code == 400
    assert response.get_json() == {"error": message}


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/api/claims/no-such-claim", 404, "no claim 'no-such-claim'"),
        ("/api/sources/999", 404, "no source 999"),
        ("/api/claims?source=999", 404, "no source 999"),
        ("/api/claims?status=lost", 400, "status must be one of active, retracted, not 'lost'"),
        ("/api/claims?value_min=abc", 400, "value_min must be a number, not 'abc'"),
        (
            "/api/claims?check=maybe",
            400,
            "check must be one of pass, reviewed, unverified, warn, fail, unchecked, not 'maybe'",
        ),
        ("/api/claims?q=x&limit=0", 400, "limit must be between 1 and 1000, not 0"),
        (
            "/api/nothing-here",
            404,
            "The requested URL was not found on the server. If you "
            "entered the URL manually please check your spelling and try again.",
        ),
    ],
)
def test_api_errors_are_json_with_one_message(
    client: Any, path: str, status: int, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.get_json() == {"error": message}


# --- pages ------------------------------------------------------------------------------------


def test_claims_page_lists_every_claim_with_its_check(client: Any, run: Runner) -> None:
    page = soup(client.get("/"))
    rows = page.select("table.claims tbody tr")
    listed = cli_json(run, "claims", "list")
    assert [r.select_one("td a").get_text() for r in rows] == [c["id"] for c in listed]
    checks = {r.select_one("td a").get_text(): r.select_one(".badge").get_text() for r in rows}
    assert checks["leu-swap-80-percent"] == "warn"
    assert checks[SEED] == "pass"
    # Nothing to compare mechanically: labelled for a person, never as a pass.
    badges = {r.select_one("td a").get_text(): r.select_one(".badge") for r in rows}
    unverified = badges["khamenei-scuttled-leu-swap"]
    assert unverified.get_text() == "needs review"
    assert unverified["class"] == ["badge", "unverified"]
    assert {c["id"]: c["check"] for c in listed}["khamenei-scuttled-leu-swap"] == "unverified"
    options = {o["value"]: o.get_text() for o in page.select("select[name=check] option")}
    assert options["unverified"] == "needs review"


def test_claims_page_filters_by_tag_and_status(client: Any, run: Runner) -> None:
    page = soup(client.get("/claims?tag=history&status=active"))
    shown = [a.get_text() for a in page.select("table.claims tbody tr td:first-child a")]
    assert shown == [c["id"] for c in cli_json(run, "claims", "list", "--tag", "history")]
    assert page.select_one("select[name=tag] option[selected]").get_text() == "history"
    assert page.select_one("p.count").get_text() == f"{len(shown)} claims."


def test_claim_page_shows_statement_checks_citation_source_and_revisions(client: Any) -> None:
    detail = client.get(f"/api/claims/{SEED}").get_json()
    page = soup(client.get(f"/claims/{SEED}"))
    assert page.select_one("blockquote.statement").get_text() == detail["statement"]
    checks = [
        [td.get_text() for td in tr.select("td")] for tr in page.select("table.checks tbody tr")
    ]
    assert checks == [[r["check"], r["status"], r["detail"]] for r in detail["checks"]]
    assert {r[0] for r in checks} >= {"integrity", "span", "html-span", "supported"}
    [cit] = detail["citations"]
    context = page.select_one("article.citation p.context")
    assert context.select_one("mark.quote").get_text() == cit["exact"]
    assert context.get_text() == f"…{cit['prefix']}{cit['exact']}{cit['suffix']}…"
    assert page.select_one("article.citation dd.digest").get_text() == cit["snapshot"]
    assert "Omer Carmi" in page.select_one("article.citation dl.source").get_text()
    revisions = page.select("ol.revisions li")
    assert len(revisions) == len(detail["revisions"]) == 1
    assert revisions[0].select_one("strong").get_text() == "create"


def test_claim_page_frames_the_snapshot_sandboxed_at_the_quote(client: Any) -> None:
    page = soup(client.get(f"/claims/{SEED}"))
    frame = page.select_one("iframe.snapshot")
    # bs4 reads sandbox as a token list: present and empty means no allow-scripts and no
    # allow-same-origin.
    assert frame.has_attr("sandbox") and list(frame["sandbox"]) == []
    sha = client.get(f"/api/claims/{SEED}").get_json()["citations"][0]["snapshot"]
    assert re.fullmatch(rf"/snapshots/{sha}/view\?citation=\d+#factdb-quote", frame["src"])


def test_markup_in_a_statement_is_escaped_on_every_page(client: Any) -> None:
    [hostile] = [s["id"] for s in client.get("/api/sources").get_json() if s["url"] == HOSTILE_URL]
    for path in ("/", f"/claims/{SCRIPT_CLAIM}", f"/sources/{hostile}", "/claims?tag=none"):
        response = client.get(path)
        body = response.get_data(as_text=True)
        assert "<script>window.__pwned" not in body
        parsed = BeautifulSoup(body, "html.parser")
        assert parsed.find_all("script") == []
        assert all(not a.startswith("on") for tag in parsed.find_all(True) for a in tag.attrs)
    page = soup(client.get(f"/claims/{SCRIPT_CLAIM}"))
    assert page.select_one("blockquote.statement").get_text().startswith(SCRIPT_STATEMENT)
    assert "&lt;script&gt;window.__pwned = true&lt;/script&gt;&lt;img" in page.decode()


def test_source_page_lists_snapshots_and_the_claims_citing_each(client: Any, run: Runner) -> None:
    detail = cli_json(run, "source", "show", SEED_URL)
    page = soup(client.get(f"/sources/{detail['id']}"))
    [entry] = page.select("article.snapshot-entry")
    assert entry.select_one("h3.digest").get_text() == detail["snapshots"][0]["sha256"]
    rows = entry.select("table.claims tbody tr")
    assert [r.select_one("td a").get_text() for r in rows] == [c["id"] for c in detail["claims"]]
    assert len(rows) == 23
    by_id = {r.select_one("td a").get_text(): r for r in rows}
    assert by_id["leu-swap-80-percent"].select_one(".badge").get_text() == "warn"
    [quote] = by_id[SEED].select(".snippet")
    assert quote.get_text() == "“increased its level of enrichment beyond 3.67 percent”"


@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/claims/no-such-claim", 404, "no claim 'no-such-claim'"),
        ("/sources/999", 404, "no source 999"),
        ("/claims?status=lost", 400, "status must be one of active, retracted, not 'lost'"),
        (f"/claims/{SEED}?citation=2", 404, f"claim {SEED} has no citation 2"),
        ("/snapshots/abc/view", 404, "no snapshot abc"),
    ],
)
def test_page_errors_show_one_escaped_message(
    client: Any, path: str, status: int, text: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert BeautifulSoup(response.data, "html.parser").select_one("p.error").get_text() == text


def test_pages_forbid_scripts_and_framing(client: Any) -> None:
    for path in ("/", f"/claims/{SEED}", "/sources", "/api/claims"):
        headers = client.get(path).headers
        assert headers["Content-Security-Policy"] == PAGE_CSP
        assert "script-src" not in PAGE_CSP and "default-src 'none'" in PAGE_CSP
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"


def test_the_stylesheet_is_served_by_the_app(client: Any) -> None:
    page = soup(client.get("/"))
    [link] = page.select("link[rel=stylesheet]")
    response = client.get(link["href"])
    assert response.status_code == 200
    assert response.mimetype == "text/css"
    assert "mark" in response.get_data(as_text=True)


def test_viewer_is_read_only(client: Any, db_url: str) -> None:
    before = counts(db_url)
    paths = ["/", "/sources", "/sources/1", f"/claims/{SEED}", f"/api/claims/{SEED}"]
    frame = soup(client.get(f"/claims/{SEED}")).select_one("iframe.snapshot")["src"]
    for path in [*paths, frame.split("#")[0]]:
        assert client.get(path).status_code == 200
    for path in paths:
        assert client.post(path).status_code == 405
    assert counts(db_url) == before


def test_unknown_host_header_is_refused(db_url: str) -> None:
    app = create_app(db_url, trusted_hosts=["127.0.0.1", "localhost"])
    try:
        web = app.test_client()
        assert web.get("/api/claims", headers={"Host": "127.0.0.1:8765"}).status_code == 200
        assert web.get("/api/claims", headers={"Host": "rebound.example"}).status_code == 400
    finally:
        app.extensions["factdb.db"].close()


# --- the archived page --------------------------------------------------------------------


def frame_url(client: Any, slug: str, n: int = 1) -> str:
    page = soup(client.get(f"/claims/{slug}?citation={n}"))
    return page.select_one("iframe.snapshot")["src"].split("#")[0]


def test_snapshot_is_served_under_a_sandboxing_csp_without_scripts(client: Any) -> None:
    response = client.get(frame_url(client, SEED))
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == SNAPSHOT_CSP
    for directive in ("default-src 'none'", "img-src data:", "sandbox", "form-action 'none'"):
        assert directive in SNAPSHOT_CSP
    assert "script-src" not in SNAPSHOT_CSP and "allow-scripts" not in SNAPSHOT_CSP
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def seed_slugs() -> list[str]:
    import yaml

    return [c["id"] for c in yaml.safe_load((SOURCES / "claims.yaml").read_text())]


@pytest.mark.parametrize("slug", seed_slugs())
def test_snapshot_highlights_exactly_the_quote(client: Any, slug: str) -> None:
    [cit] = client.get(f"/api/claims/{slug}").get_json()["citations"]
    page = soup(client.get(frame_url(client, slug)))
    marks = page.select("mark.factdb-quote")
    assert marks[0]["id"] == "factdb-quote"
    assert len(page.select("#factdb-quote")) == 1
    assert squash("".join(m.get_text() for m in marks)) == squash(cit["exact"])


def test_snapshot_html_is_the_text_layers_html(db: dblib.Database) -> None:
    with db.session() as session:
        snapshots = session.scalars(select(Snapshot)).all()
        assert len(snapshots) == 5
        for snap in snapshots:
            assert snapshot_html(snap) == text_layer(session, snap).html


def test_hostile_snapshot_loses_scripts_handlers_forms_frames_and_external_loads(
    client: Any,
) -> None:
    body = client.get(frame_url(client, SCRIPT_CLAIM)).get_data(as_text=True)
    page = BeautifulSoup(body, "html.parser")
    for name in (
        "script",
        "iframe",
        "object",
        "embed",
        "form",
        "input",
        "link",
        "base",
        "svg",
        "video",
        "noscript",
        "math",
    ):
        assert page.find_all(name) == [], name
    assert [m.attrs for m in page.find_all("meta")] == [{"charset": "utf-8"}]  # our own
    for tag in page.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.startswith("on"), (tag.name, attr)
            assert attr not in ("srcset", "href", "action", "formaction", "poster", "background")
            if attr == "src":
                assert value.startswith("data:image/")
    lowered = body.lower()
    assert "javascript:" not in lowered
    assert "url(" not in lowered and "@import" not in lowered and "image-set" not in lowered
    assert "127.0.0.1:9/" not in lowered.replace('data-factdb-href="http://127.0.0.1:9/', "")
    assert page.select_one("#factdb-quote").get_text() == (
        "The sky over the test page is green on Tuesdays."
    )
    assert page.select_one("#web-link")["data-factdb-href"] == "http://127.0.0.1:9/elsewhere"
    assert page.select_one("img[alt=dot]")["src"].startswith("data:image/gif;base64,")


def test_snapshot_of_another_citation_is_refused(client: Any) -> None:
    sky = frame_url(client, SCRIPT_CLAIM)
    seed = frame_url(client, SEED)
    other = sky.split("?")[0] + "?" + seed.split("?")[1]
    response = client.get(other)
    assert response.status_code == 404
    assert "has no citation" in response.get_data(as_text=True)


# --- the sanitizer and highlighter on their own ----------------------------------------------

PAGES = [
    "<p>Say <b>hi</b> there &amp; <em>more <i>nested</i></em> words.</p><p>Next para&rsquo;s "
    "text<br>after a break.</p>",
    "<div><h2>Title</h2><ul><li>one <a href='/x'>link</a></li><li>two</li></ul></div>"
    "<!-- note --><p>tail <span>end</span></p>",
    "<table><tr><td>cell <b>a</b></td><td>cell b</td></tr></table><pre>  pre\n  text</pre>",
    "<p>a<script>var x = '<p>no</p>';</script>b &#8217; c&#x2014;d</p><p><b>bold <i>both</b> "
    "italic</i> plain</p>",
]


@pytest.mark.parametrize("html", PAGES)
def test_every_text_range_is_highlighted_exactly_and_nested_properly(html: str) -> None:
    layer = extract_html(html)
    text = layer.text
    words = [m.span() for m in re.finditer(r"\S+", text)]
    for i, (start, _) in enumerate(words):
        for _, end in words[i:]:
            hs, he = layer.html_range(start, end)
            out = render_snapshot(html, (hs, he))
            page = BeautifulSoup(out, "html.parser")
            marks = page.select("mark.factdb-quote")
            assert marks and marks[0]["id"] == "factdb-quote", (start, end)
            got = squash(" ".join(m.get_text() for m in marks))
            assert got.replace(" ", "") == text[start:end].replace(" ", "").replace("\n", "")
            # html.parser keeps the nesting as written: every mark closes inside its parent.
            assert out.count("<mark") == out.count("</mark>")
            for m in marks:
                assert m.find(["p", "div", "li", "td", "tr", "table", "ul", "h2", "pre"]) is None


def test_a_range_inside_one_inline_run_is_one_mark() -> None:
    html = "<p>Iran <a href='#n'>raised <b>enrichment</b></a> beyond 3.67%.</p>"
    start = html.index("Iran")
    end = html.index(" beyond 3.67%") + len(" beyond 3.67%")
    page = BeautifulSoup(render_snapshot(html, (start, end)), "html.parser")
    [mark] = page.select("mark")
    assert mark.get_text() == "Iran raised enrichment beyond 3.67%"


def test_a_range_across_blocks_marks_each_text_run() -> None:
    html = "<p>first part</p>\n<p>second part</p>"
    start, end = html.index("part"), html.index("second") + len("second")
    out = render_snapshot(html, (start, end))
    # Each mark carries its protective inline style (tests/test_web_hostile.py).
    body = re.sub(' style="[^"]*"', "", out.split("<body>")[1].split("</body>")[0])
    assert body == (
        '<p>first <mark id="factdb-quote" class="factdb-quote">part</mark></p>\n'
        '<p><mark class="factdb-quote">second</mark> part</p>'
    )


def test_page_ids_cannot_capture_the_quote_fragment() -> None:
    html = '<p id="factdb-quote">decoy</p><a name="factdb-quote">x</a><p>real quote</p>'
    start = html.index("real")
    page = BeautifulSoup(render_snapshot(html, (start, start + 10)), "html.parser")
    assert [t.name for t in page.select("#factdb-quote")] == ["mark"]
    assert page.select_one("#factdb-quote").get_text() == "real quote"
    assert page.find("a").get("name") is None


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ("p{background:url(http://x/a.png) red}", "p{background:none red}"),
        ('@import "http://x/a.css"; p{color:red}', " p{color:red}"),
        ("@IMPORT url(a.css);", ""),
        ("a{background-image:image-set('a.png' 1x)}", "a{background-image:none}"),
        ("a{b:\\75rl(x)}", "a{b:none}"),
        ("a{b:U\\RL(x)}", "a{b:none}"),
        ("a{b:calc(1px + var(--x))}", "a{b:calc(1px + var(--x))}"),
        ("a{width:expression(alert(1))}", "a{width:none}"),
        ("a{behavior:url(x.htc);color:red}", "a{;color:red}"),
        ("@media print{a{background:url(x)}}", "@media print{a{background:none}}"),
        ("a{font-family:'</style><script>'}", "a{font-family:'<\\/style><script>'}"),
        # Generated text is dropped: it would change what a highlighted quote reads.
        ("mark::before{content:'not '}", "mark::before{}"),
        ("a::after{CONTENT : attr(title);color:red}", "a::after{;color:red}"),
        ("a{\\63 ontent:'x'}", "a{}"),
        ("a{align-content:center}", "a{align-content:center}"),
        ("a{b:/* url(x) */c}", "a{b: c}"),
    ],
)
def test_css_loses_every_load(css: str, expected: str) -> None:
    assert sanitize_css(css) == expected


# --- factdb serve -----------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "example.org"])
def test_serve_refuses_a_non_loopback_host_without_allow_remote(run: Runner, host: str) -> None:
    result = run("serve", "--host", host)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: --host {host} would expose the viewer beyond this machine, and it has no "
        "authentication; pass --allow-remote to do it anyway\n"
    )


def test_serve_reports_a_port_in_use(run: Runner) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_serve_on_a_missing_database_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = CliRunner().invoke(cli, ["--db", str(missing), "serve"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such database; create it with `factdb init`\n"


def start_serve(db_url: str, *args: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from factdb.cli import main; main()",
            "--db",
            db_url,
            "serve",
            "--port",
            "0",
            "--json",
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if line.startswith("}"):
            break
    return proc, json.loads("".join(lines))


def stop(proc: subprocess.Popen[str]) -> str:
    proc.terminate()
    _, err = proc.communicate(timeout=10)
    return err


def test_serve_runs_the_viewer_on_loopback(db_url: str, run: Runner) -> None:
    proc, info = start_serve(db_url)
    try:
        assert info["host"] == "127.0.0.1"
        assert info["url"] == f"http://127.0.0.1:{info['port']}/"
        response = httpx.get(info["url"] + "api/claims", timeout=10)
        assert response.status_code == 200
        assert response.json() == cli_json(run, "claims", "list")
    finally:
        err = stop(proc)
    assert "Warning" not in err


def test_serve_elsewhere_with_allow_remote_warns_there_is_no_authentication(db_url: str) -> None:
    proc, info = start_serve(db_url, "--host", "0.0.0.0", "--allow-remote")
    try:
        response = httpx.get(f"http://127.0.0.1:{info['port']}/api/sources", timeout=10)
        assert response.status_code == 200
    finally:
        err = stop(proc)
    assert err.splitlines()[0] == (
        f"Warning: the viewer has no authentication; anyone who can reach "
        f"http://0.0.0.0:{info['port']}/ can read every claim and archived page."
    )
