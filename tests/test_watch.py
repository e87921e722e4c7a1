"""`factdb watch`: rounds against a loopback server whose pages change between rounds.

The pages are copies of the bundled PolicyWatch 3172 page (`sources/`), each with its own
marker so that every route serves distinct bytes, and with its canonical URL made relative, so that
each is a source of its own loopback URL.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from factdb.store.models import Snapshot, SourceWatch, WatchOutcome, WatchRound

from .conftest import SOURCES, Runner
from .httpserver import LoopbackServer, Route, redirect, respond

SEED = (SOURCES / "policywatch-3172.html").read_text(encoding="utf-8")
CANONICAL = (
    '  <link rel="canonical" href="https://washingtoninstitute.org/policy-analysis/view/'
    'is-iran-negotiating-its-way-to-negotiations">\n'
)
SEED_URL = "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"
NUMBER = "increased its level of enrichment beyond 3.67 percent"
KHAMENEI = "Khamenei scuttled it, warning that U.S. negotiators were"
KHAMENEI_SENTENCE = (
    " When details of the agreement went public, however, Khamenei scuttled it, warning that "
    'U.S. negotiators were "hiding a dagger behind their backs."'
)
MOVED_PARAGRAPH_START = "<p>Whatever the case, once news broke"
LAST_PARAGRAPH_START = "<p>As Iranian leaders move forward"
HTML = [("Content-Type", "text/html; charset=utf-8")]
CLI = [sys.executable, "-c", "from factdb.cli import main; main()"]


def page(name: str, *edits: tuple[str, str]) -> bytes:
    """The seed page as served at /name: its own marker, its own URL (relative, so that it
    names the page it is served as), and edits."""
    assert SEED.count(CANONICAL) == 1
    html = SEED.replace(CANONICAL, f'  <meta name="x-test-page" content="{name}">\n')
    html = html.replace(SEED_URL, f"/{name}")
    for old, new in edits:
        assert html.count(old) == 1, old
        html = html.replace(old, new)
    return html.encode("utf-8")


def moved_paragraph(name: str) -> bytes:
    """The page with the Khamenei paragraph taken from its place to before the last one."""
    html = page(name).decode("utf-8")
    start = html.index(MOVED_PARAGRAPH_START)
    end = html.index("</p>", start) + len("</p>")
    paragraph = html[start:end]
    html = html[:start] + html[end:]
    at = html.index(LAST_PARAGRAPH_START)
    return (html[:at] + paragraph + "\n\n            " + html[at:]).encode("utf-8")


def conditional(body: bytes, *, etag: str | None = None, modified: str | None = None) -> Route:
    """A route that answers 304 to a request carrying its ETag or Last-Modified."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        if (etag and handler.headers.get("If-None-Match") == etag) or (
            modified and handler.headers.get("If-Modified-Since") == modified
        ):
            handler.send_response(304)
            handler.end_headers()
            return
        headers = list(HTML)
        if etag:
            headers.append(("ETag", etag))
        if modified:
            headers.append(("Last-Modified", modified))
        respond(200, body, headers)(handler)

    return route


MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT"
#: Each case: its path, what it answers in round 2, the outcome and the round's exit code.
CASES = {
    "etag": ("not-modified", 0),
    "modified": ("not-modified", 0),
    "same": ("unchanged", 0),
    "number": ("changed", 1),
    "paragraph": ("changed", 1),
    "reordered": ("changed", 0),
    "old-path": ("unchanged", 0),
    "g404": ("gone", 1),
    "g410": ("gone", 1),
    "e500": ("error", 0),
    "away": ("changed", 1),
}


def first_routes() -> dict[str, Route]:
    routes: dict[str, Route] = {
        "/etag": conditional(page("etag"), etag='"v1"'),
        "/modified": conditional(page("modified"), modified=MODIFIED),
    }
    for name in CASES:
        routes.setdefault(f"/{name}", respond(200, page(name), HTML))
    return routes


@pytest.fixture
def servers() -> Iterator[tuple[LoopbackServer, LoopbackServer]]:
    with LoopbackServer(first_routes()) as site, LoopbackServer() as other:
        yield site, other


def add_claim(run: Runner, slug: str, url: str, quote: str) -> None:
    result = run(
        "claim",
        "add",
        "--id",
        slug,
        "--statement",
        "Iran raised its enrichment beyond 3.67 percent."
        if quote == NUMBER
        else "Khamenei scuttled the 2009 deal.",
        "--source",
        url,
        "--quote",
        quote,
    )
    assert result.exit_code == 0, result.output


def db_rows(db_url: str, model: type) -> list:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(model)).mappings())
    finally:
        engine.dispose()


def snapshots(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Snapshot)) or 0)
    finally:
        engine.dispose()


def watched(run: Runner, site: LoopbackServer) -> None:
    """Archive every page and cite its number and its Khamenei sentence."""
    for name in CASES:
        url = site.url(f"/{name}")
        result = run("archive", url)
        assert result.exit_code == 0, result.output
        add_claim(run, f"{name}-number", url, NUMBER)
        add_claim(run, f"{name}-khamenei", url, KHAMENEI)


def test_watch_rounds_record_each_outcome_and_exit_code(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], db_url: str
) -> None:
    site, other = servers
    watched(run, site)
    before = snapshots(db_url)

    # Round 1: nothing changed. The first look already uses the validators the archived
    # capture was served with: 304 for the ETag and Last-Modified pages.
    first = run("watch", "--all", "--delay", "0", "--json")
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    outcomes = {s["url"].rsplit("/", 1)[1]: s["outcome"] for s in data["sources"]}
    assert outcomes == {
        name: ("not-modified" if name in ("etag", "modified") else "unchanged") for name in CASES
    }
    assert data["summary"]["tried"] == len(CASES) and data["changed"] is False
    assert snapshots(db_url) == before

    # Between the rounds, the site changes.
    site.routes.update(
        {
            "/same": respond(200, page("same"), HTML),
            "/number": respond(200, page("number", ("3.67 percent (", "3.5 percent (")), HTML),
            "/paragraph": respond(200, page("paragraph", (KHAMENEI_SENTENCE, "")), HTML),
            "/reordered": respond(200, moved_paragraph("reordered"), HTML),
            "/old-path": redirect("/new-path", 301),
            "/new-path": respond(200, page("old-path"), HTML),
            "/g404": respond(404, b"<h1>Not Found</h1>", HTML),
            "/g410": respond(410, b"<h1>Gone</h1>", HTML),
            "/e500": respond(500, b"<h1>Internal Server Error</h1>", HTML),
            "/away": redirect(other.url("/elsewhere"), 302),
        }
    )
    other.routes["/elsewhere"] = respond(
        200, page("away", ("3.67 percent (", "3.5 percent (")), HTML
    )

    # Round 2, one source at a time: each outcome with its exit code.
    found = {}
    for name, (outcome, code) in CASES.items():
        result = run("watch", site.url(f"/{name}"), "--delay", "0", "--json")
        assert result.exit_code == code, (name, result.output)
        [source] = json.loads(result.stdout)["sources"]
        assert source["outcome"] == outcome, (name, source)
        found[name] = source

    assert found["etag"]["http_status"] == 304 and found["etag"]["snapshot"] is None
    assert found["same"]["new_capture"] is False and found["same"]["drift"] == []

    number = {d["claim"]: d for d in found["number"]["drift"]}
    assert number["number-number"]["status"] == "edited"
    assert number["number-number"]["diff"] == (
        "increased its level of enrichment beyond [-3.67-]{+3.5+} percent"
    )
    assert number["number-khamenei"]["status"] == "unchanged"

    paragraph = {d["claim"]: d["status"] for d in found["paragraph"]["drift"]}
    assert paragraph == {"paragraph-number": "unchanged", "paragraph-khamenei": "removed"}

    reordered = {d["claim"]: d["status"] for d in found["reordered"]["drift"]}
    assert reordered == {"reordered-number": "unchanged", "reordered-khamenei": "moved"}

    moved = found["old-path"]
    assert moved["redirected_to"] == site.url("/new-path")
    assert moved["new_capture"] is False and moved["drift"] == []

    away = found["away"]
    assert away["redirected_to"] == other.url("/elsewhere") and away["new_capture"] is True
    assert {d["claim"]: d["status"] for d in away["drift"]} == {
        "away-number": "edited",
        "away-khamenei": "unchanged",
    }

    for name, status in (("g404", 404), ("g410", 410)):
        assert found[name]["http_status"] == status
        assert found[name]["gone_since"] is not None
        assert found[name]["claims"] == [f"{name}-khamenei", f"{name}-number"]
        assert found[name]["drift"] == []
    assert found["e500"]["http_status"] == 500 and "HTTP 500" in found["e500"]["detail"]
    assert found["e500"]["drift"] == []

    # What was recorded: one round per run, one outcome per source tried, three captures.
    rounds = db_rows(db_url, WatchRound)
    assert len(rounds) == 1 + len(CASES)
    assert all(r["state"] == "finished" and r["finished_at"] for r in rounds)
    outcomes_rows = db_rows(db_url, WatchOutcome)
    assert len(outcomes_rows) == 2 * len(CASES)
    assert snapshots(db_url) == before + 4  # number, paragraph, reordered, away
    watch_rows = {r["source_id"]: r for r in db_rows(db_url, SourceWatch)}
    assert sum(r["gone_since"] is not None for r in watch_rows.values()) == 2

    # The watch list: gone pages show since when; the error is due again at once.
    listing = {
        s["url"].rsplit("/", 1)[1]: s
        for s in json.loads(run("sources", "--watch", "--json").stdout)
    }
    assert listing["g404"]["last_outcome"] == "gone" and listing["g404"]["gone_since"]
    assert listing["e500"]["next_due"] == listing["e500"]["last_checked"]
    assert listing["same"]["every"] == "1w" and listing["same"]["default_every"] is True
    text = run("sources", "--watch")
    assert "gone since" in text.output and "1w (default)" in text.output

    # The claims of a gone page say so.
    shown = run("claim", "show", "g404-number", "--json")
    [citation] = json.loads(shown.stdout)["citations"]
    assert citation["gone_since"] == found["g404"]["gone_since"]
    assert (
        json.loads(run("claim", "show", "same-number", "--json").stdout)["citations"][0][
            "gone_since"
        ]
        is None
    )
    assert "    source gone since " in run("claim", "show", "g404-number").output

    # A --due round retries the error alone (the others were looked at just now).
    due = run("watch", "--due", "--delay", "0", "--json")
    assert due.exit_code == 0, due.output
    assert [s["url"] for s in json.loads(due.stdout)["sources"]] == [site.url("/e500")]
    assert "Error: " + site.url("/e500") + ": HTTP 500" in due.stderr

    # Text output names the broken claims and the diff.
    site.routes["/number"] = respond(
        200, page("number", ("3.67 percent (", "3.25 percent (")), HTML
    )
    text = run("watch", site.url("/number"), "--delay", "0")
    assert text.exit_code == 1
    assert "EDITED    number-number: edited in snapshot" in text.output
    assert "[-3.67-]{+3.25+}" in text.output  # drift is from the snapshot cited
    # Every round's check run, snapshots and sources are in the event log as stored.
    fsck = run("fsck")
    assert fsck.exit_code == 0, fsck.output


def test_source_watch_sets_the_interval_and_turns_watching_off(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer]
) -> None:
    site, _ = servers
    url = site.url("/same")
    assert run("archive", url).exit_code == 0
    # Not cited: not on the watch list until given an interval.
    assert json.loads(run("sources", "--watch", "--json").stdout) == []
    result = run("source", "watch", url, "--every", "6h", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["url"], data["every"], data["default_every"], data["off"]) == (
        url,
        "6h",
        False,
        False,
    )
    [listed] = json.loads(run("sources", "--watch", "--json").stdout)
    assert listed["every"] == "6h" and listed["next_due"] is not None
    # Captured just now: not due for six hours.
    due = run("watch", "--due", "--delay", "0", "--json")
    assert due.exit_code == 0 and json.loads(due.stdout)["sources"] == []
    assert run("source", "watch", url, "--off").output == f"No longer watching {url}.\n"
    [listed] = json.loads(run("sources", "--watch", "--json").stdout)
    assert listed["off"] is True and listed["next_due"] is None
    assert json.loads(run("watch", "--all", "--json").stdout)["sources"] == []
    # Named explicitly, it is looked at all the same.
    named = run("watch", url, "--delay", "0", "--json")
    assert [s["outcome"] for s in json.loads(named.stdout)["sources"]] == ["unchanged"]


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["source", "watch", "URL", "--every", "often"], "is not an interval", 2),
        (["source", "watch", "URL", "--every", "0d"], "is not an interval", 2),
        (["source", "watch", "URL", "--every", "1d", "--off"], "not both", 2),
        (["source", "watch", "URL"], "give --every", 2),
        (["source", "watch", "http://nowhere.invalid/", "--every", "1d"], "no source", 1),
        (["watch", "--default-every", "weekly"], "is not an interval", 2),
        (["watch", "http://nowhere.invalid/"], "no source http://nowhere.invalid/", 1),
        (["watch", "URL", "--all"], "not both", 2),
    ],
)
def test_bad_input_is_one_line_and_records_nothing(
    run: Runner,
    servers: tuple[LoopbackServer, LoopbackServer],
    db_url: str,
    args: list[str],
    message: str,
    code: int,
) -> None:
    site, _ = servers
    url = site.url("/same")
    assert run("archive", url).exit_code == 0
    result = run(*[url if a == "URL" else a for a in args])
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert db_rows(db_url, WatchRound) == [] and db_rows(db_url, SourceWatch) == []


def test_pages_that_cannot_be_archived_are_errors_and_the_round_is_recorded(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], db_url: str
) -> None:
    site, _ = servers
    names = ("pdf", "big", "unreachable")
    for name in names:
        url = site.url(f"/{name}")
        site.routes[f"/{name}"] = respond(200, page(name), HTML)
        assert run("archive", url).exit_code == 0
        add_claim(run, f"{name}-number", url, NUMBER)
    site.routes["/pdf"] = respond(
        200, b"%PDF-1.7\n%binary\n", [("Content-Type", "application/pdf")]
    )
    site.routes["/big"] = respond(200, page("big") + b" " * 400_000, HTML)
    del site.routes["/unreachable"]  # answers 404: gone, not an error
    result = run("watch", "--all", "--delay", "0", "--max-bytes", "300000", "--json")
    assert result.exit_code == 1, result.output  # the 404 is gone
    found = {s["url"].rsplit("/", 1)[1]: s for s in json.loads(result.stdout)["sources"]}
    assert found["pdf"]["outcome"] == "error" and "PDF cannot be read" in found["pdf"]["detail"]
    assert found["big"]["outcome"] == "error" and "limit" in found["big"]["detail"]
    assert found["unreachable"]["outcome"] == "gone"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("Error: ") for line in errors)
    [round_] = db_rows(db_url, WatchRound)
    assert round_["summary"]["errors"] == 2 and round_["summary"]["gone"] == 1


def test_an_unreachable_host_is_an_error(run: Runner, db_url: str, tmp_path: Path) -> None:
    with LoopbackServer({"/p": respond(200, page("p"), HTML)}) as site:
        url = site.url("/p")
        assert run("archive", url).exit_code == 0
        add_claim(run, "p-number", url, NUMBER)
    # The server is gone: nothing listens on its port any more.
    result = run("watch", url, "--delay", "0", "--json")
    assert result.exit_code == 0, result.output
    [source] = json.loads(result.stdout)["sources"]
    assert source["outcome"] == "error" and "cannot connect" in source["detail"]
    assert result.stderr.startswith(f"Error: {url}: cannot connect")


def test_a_second_round_while_one_runs_is_refused(
    run: Runner, db_url: str, servers: tuple[LoopbackServer, LoopbackServer]
) -> None:
    site, _ = servers
    url = site.url("/slow")
    site.routes["/slow"] = respond(200, page("slow"), HTML)
    assert run("archive", url).exit_code == 0
    add_claim(run, "slow-number", url, NUMBER)

    def slow(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        respond(200, page("slow"), HTML)(handler)

    site.routes["/slow"] = slow
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    first = subprocess.Popen(
        [*CLI, "--db", db_url, "watch", url, "--delay", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(200):
            if db_rows(db_url, WatchRound):
                break
            time.sleep(0.05)
        second = run("watch", url, "--delay", "0")
        assert second.exit_code == 1
        assert second.stderr.startswith("Error: watch round 1 (started ")
        assert "is running on this database" in second.stderr
    finally:
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    rounds = db_rows(db_url, WatchRound)
    assert [r["state"] for r in rounds] == ["finished"]


# --- published briefs and their impact ------------------------------------------------------


def build(run: Runner, tmp_path: Path, name: str, *claims: str) -> dict:
    brief = tmp_path / f"{name}.md"
    brief.write_text(
        f"# {name}\n\n" + "\n\n".join(f"Sentence {i} [@{c}]." for i, c in enumerate(claims)),
        encoding="utf-8",
    )
    result = run(
        "brief",
        "build",
        str(brief),
        "-o",
        str(tmp_path / f"{name}-out.md"),
        "--allow-warnings",
        "--json",
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_brief_builds_are_recorded(run: Runner, tmp_path: Path) -> None:
    with LoopbackServer({"/p": respond(200, page("p"), HTML)}) as site:
        url = site.url("/p")
        assert run("archive", url).exit_code == 0
        add_claim(run, "p-number", url, NUMBER)
        add_claim(run, "p-khamenei", url, KHAMENEI)
    built = build(run, tmp_path, "one", "p-number", "p-khamenei")
    assert built["build"] == 1
    result = run("brief", "builds", "--json")
    assert result.exit_code == 0, result.output
    [data] = json.loads(result.stdout)

    brief, out = tmp_path / "one.md", tmp_path / "one-out.md"
    assert data["brief"] == str(brief.resolve()) and data["output"] == str(out.resolve())
    assert data["brief_sha256"] == hashlib.sha256(brief.read_bytes()).hexdigest()
    assert data["output_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert data["format"] == "markdown" and data["claims"] == ["p-khamenei", "p-number"]
    [snapshot] = data["snapshots"]
    assert len(snapshot) == 64 and data["by"]
    text = run("brief", "builds")
    assert str(out.resolve()) in text.output
    # A refused build records nothing.
    (tmp_path / "bad.md").write_text("Nothing [@no-such-claim].", encoding="utf-8")
    refused = run("brief", "build", str(tmp_path / "bad.md"), "-o", str(tmp_path / "bad.html"))
    assert refused.exit_code == 1
    assert len(json.loads(run("brief", "builds", "--json").stdout)) == 1


def test_impact_lists_the_builds_a_change_breaks(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], tmp_path: Path
) -> None:
    site, _ = servers
    for name in ("number", "g404", "same"):
        url = site.url(f"/{name}")
        assert run("archive", url).exit_code == 0
        add_claim(run, f"{name}-number", url, NUMBER)
        add_claim(run, f"{name}-khamenei", url, KHAMENEI)
    first = build(run, tmp_path, "first", "number-number", "number-khamenei", "g404-number")
    build(run, tmp_path, "other", "same-number")
    quiet = run("impact", "--json")
    assert quiet.exit_code == 0 and json.loads(quiet.stdout) == []
    assert "No recorded build" in run("impact").output

    site.routes["/number"] = respond(200, page("number", ("3.67 percent (", "3.5 percent (")), HTML)
    site.routes["/g404"] = respond(404, b"<h1>Not Found</h1>", HTML)
    watched_round = run("watch", "--all", "--delay", "0", "--json")
    assert watched_round.exit_code == 1, watched_round.output
    round_impact = json.loads(watched_round.stdout)["impact"]
    assert {(i["build"], i["claim"], i["reason"]) for i in round_impact} == {
        (first["build"], "number-number", "edited"),
        (first["build"], "g404-number", "gone"),
    }

    result = run("impact", "--json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [(i["build"], i["claim"], i["reason"]) for i in data] == [
        (first["build"], "g404-number", "gone"),
        (first["build"], "number-number", "edited"),
    ]
    edited = data[1]
    assert edited["diff"] == "increased its level of enrichment beyond [-3.67-]{+3.5+} percent"
    assert edited["output"] == str((tmp_path / "first-out.md").resolve())
    assert edited["url"] == site.url("/number")
    assert edited["since"] >= edited["built_at"]
    assert data[0]["detail"].startswith("source gone since ")

    text = run("impact")
    assert f"Build {first['build']} (" in text.output
    assert "  EDITED    number-number since " in text.output
    assert "[-3.67-]{+3.5+}" in text.output
    watch_text = run("watch", site.url("/g404"), "--delay", "0")
    assert "Briefs affected:" in watch_text.output and "GONE      g404-number" in watch_text.output

    # --since: only what changed at or after the date.
    assert json.loads(run("impact", "--since", "2999-01-01", "--json").stdout) == []
    assert len(json.loads(run("impact", "--since", "2000-01-01", "--json").stdout)) == 2
    bad = run("impact", "--since", "last tuesday")
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: --since 'last tuesday' is not")

    # A brief built after the change does not count the change against itself.
    site.routes["/g404"] = respond(200, page("g404"), HTML)
    assert run("watch", site.url("/g404"), "--delay", "0").exit_code == 0
    later = build(run, tmp_path, "later", "g404-number")
    assert later["build"] not in {i["build"] for i in json.loads(run("impact", "--json").stdout)}


# --- telling someone ------------------------------------------------------------------------


def changed_site(run: Runner, site: LoopbackServer) -> str:
    """One cited page whose number is then edited; its URL."""
    url = site.url("/number")
    assert run("archive", url).exit_code == 0
    add_claim(run, "number-number", url, NUMBER)
    add_claim(run, "number-khamenei", url, KHAMENEI)
    site.routes["/number"] = respond(200, page("number", ("3.67 percent (", "3.5 percent (")), HTML)
    return url


def test_on_change_gets_the_round_report_on_stdin(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], tmp_path: Path, db_url: str
) -> None:
    site, _ = servers
    url = changed_site(run, site)
    got = tmp_path / "got.json"
    result = run("watch", url, "--delay", "0", "--on-change", f"cat > {got}")
    assert result.exit_code == 1, result.output
    data = json.loads(got.read_text(encoding="utf-8"))
    [source] = data["sources"]
    assert source["outcome"] == "changed" and data["changed"] is True
    assert {d["claim"]: d["status"] for d in source["drift"]}["number-number"] == "edited"
    [round_] = db_rows(db_url, WatchRound)
    assert round_["summary"]["on_change"] == {
        "command": f"cat > {got}",
        "exit": 0,
        "problem": None,
    }
    # A round that found nothing changed runs nothing.
    got.unlink()
    again = run("watch", url, "--delay", "0", "--on-change", f"cat > {got}")
    assert again.exit_code == 0 and not got.exists()


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        ("cat > /dev/null; exit 3", "exited 3"),
        ("sleep 30", "killed after 1 s"),
    ],
)
def test_on_change_that_fails_or_hangs_is_one_line_and_the_round_is_recorded(
    run: Runner,
    servers: tuple[LoopbackServer, LoopbackServer],
    db_url: str,
    command: str,
    problem: str,
) -> None:
    site, _ = servers
    url = changed_site(run, site)
    started = time.monotonic()
    result = run("watch", url, "--delay", "0", "--on-change", command, "--on-change-timeout", "1")
    assert time.monotonic() - started < 20
    assert result.exit_code == 1, result.output  # the edited quote
    assert result.stderr == f"Error: --on-change {command!r} {problem} (the round is recorded)\n"
    [round_] = db_rows(db_url, WatchRound)
    assert round_["state"] == "finished" and round_["summary"]["changed"] == 1
    assert problem in round_["summary"]["on_change"]["problem"]


def test_report_writes_a_readable_digest(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], tmp_path: Path
) -> None:
    from bs4 import BeautifulSoup

    site, _ = servers
    url = changed_site(run, site)
    brief = build(run, tmp_path, "desk", "number-number")
    out = tmp_path / "digest.html"
    result = run("watch", url, "--delay", "0", "--report", str(out))
    assert result.exit_code == 1, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.title is not None and soup.title.get_text() == "factdb watch round 1"
    rows = {
        tr.find_all("td")[0].get_text(): tr.find_all("td")
        for table in soup.find_all("table")
        for tr in table.find_all("tr")
        if tr.find_all("td")
    }
    cells = rows["number-number"]
    assert cells[1].get_text() == "edited"
    assert cells[2].find("del").get_text() == "3.67" and cells[3].find("ins").get_text() == "3.5"
    assert cells[2].get_text() == NUMBER
    assert cells[3].get_text() == NUMBER.replace("3.67", "3.5")
    assert rows["changed"][1].find("a")["href"] == url
    [affected] = [c for key, c in rows.items() if key.startswith(f"{brief['build']} (")]
    assert affected[3].get_text() == "number-number"
    assert affected[2].get_text() == str((tmp_path / "desk-out.md").resolve())
    bad = run("watch", url, "--report", str(tmp_path / "no" / "such.html"))
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ")
    assert len(bad.stderr.strip().splitlines()) == 1


def test_loop_runs_rounds_until_sigterm_and_exits_cleanly(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], db_url: str
) -> None:
    site, _ = servers
    urls = [site.url(f"/{name}") for name in ("slow-a", "slow-b")]
    for name, url in zip(("slow-a", "slow-b"), urls, strict=True):
        site.routes[f"/{name}"] = respond(200, page(name), HTML)
        assert run("archive", url).exit_code == 0
        add_claim(run, f"{name}-number", url, NUMBER)

    def slow(name: str) -> Route:
        def route(handler: BaseHTTPRequestHandler) -> None:
            time.sleep(1.5)
            respond(200, page(name), HTML)(handler)

        return route

    site.routes["/slow-a"] = slow("slow-a")
    site.routes["/slow-b"] = slow("slow-b")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    args = ["--db", db_url, "watch", "--all", "--loop", "--interval", "1s", "--delay", "0"]
    proc = subprocess.Popen(
        [*CLI, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # Wait for the second round to be fetching its first page, then ask to stop.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            rounds = db_rows(db_url, WatchRound)
            if len(rounds) == 2 and rounds[1]["state"] == "running":
                break
            time.sleep(0.05)
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    rounds = db_rows(db_url, WatchRound)
    assert [r["state"] for r in rounds] == ["finished", "interrupted"]
    # The source being fetched was finished and recorded; the other was not started.
    assert rounds[1]["summary"]["tried"] == 1 and rounds[1]["summary"]["not_reached"] == 1
    assert out.count("Round ") == 2


def test_a_page_that_cannot_be_stored_keeps_the_old_validators(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer]
) -> None:
    site, _ = servers
    url = site.url("/v")
    site.routes["/v"] = conditional(page("v"), etag='"v1"')
    assert run("archive", url).exit_code == 0
    add_claim(run, "v-number", url, NUMBER)
    # An empty page with a new ETag: fetched, but no page to store.
    site.routes["/v"] = conditional(b"", etag='"v2"')
    empty = run("watch", url, "--delay", "0", "--json")
    assert empty.exit_code == 0, empty.output
    [source] = json.loads(empty.stdout)["sources"]
    assert source["outcome"] == "error"
    # The next request must not claim to hold "v2": it holds only what it stored.
    edited_page = page("v", ("3.67 percent (", "3.5 percent ("))
    site.routes["/v"] = conditional(edited_page, etag='"v2"')
    again = run("watch", url, "--delay", "0", "--json")
    [source] = json.loads(again.stdout)["sources"]
    assert source["outcome"] == "changed", source
    assert again.exit_code == 1


def test_one_request_at_a_time_per_host_with_the_delay_between(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer]
) -> None:
    site, other = servers
    names = ("h1", "h2", "h3")
    urls = [site.url(f"/{n}") for n in names] + [other.url("/h4")]
    for name, url in zip((*names, "h4"), urls, strict=True):
        (other if name == "h4" else site).routes[f"/{name}"] = respond(200, page(name), HTML)
        assert run("archive", url).exit_code == 0
        add_claim(run, f"{name}-number", url, NUMBER)
    spans: dict[str, list[tuple[float, float]]] = {"site": [], "other": []}

    def timed(name: str, where: str) -> Route:
        def route(handler: BaseHTTPRequestHandler) -> None:
            start = time.monotonic()
            time.sleep(0.3)
            respond(200, page(name), HTML)(handler)
            spans[where].append((start, time.monotonic()))

        return route

    for name in names:
        site.routes[f"/{name}"] = timed(name, "site")
    other.routes["/h4"] = timed("h4", "other")
    result = run("watch", "--all", "--jobs", "4", "--delay", "0.5", "--json")
    assert result.exit_code == 0, result.output
    assert len(spans["site"]) == 3 and len(spans["other"]) == 1
    ordered = sorted(spans["site"])
    for (_, end), (start, _) in zip(ordered, ordered[1:], strict=False):
        assert start - end >= 0.45, ordered  # never two at once, and the delay between
    # The other host was not kept waiting behind the first one's queue.
    assert spans["other"][0][0] < ordered[-1][0]


def test_a_tls_error_is_an_error_and_the_round_is_recorded(
    run: Runner, db_url: str, tmp_path: Path
) -> None:
    """An https:// source whose server does not speak TLS (here a plain HTTP loopback
    server): the handshake fails, which is an error retried next round, never a drift."""
    with LoopbackServer({"/p": respond(200, page("p"), HTML)}) as site:
        url = site.url("/p").replace("http://", "https://")
        file = tmp_path / "p.html"
        file.write_bytes(page("p"))
        assert run("archive", str(file), "--url", url).exit_code == 0
        add_claim(run, "p-number", url, NUMBER)
        result = run("watch", url, "--delay", "0", "--json")
    assert result.exit_code == 0, result.output
    [source] = json.loads(result.stdout)["sources"]
    assert source["outcome"] == "error" and "SSL" in source["detail"], source
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {url}: cannot connect (") and "SSL" in line
    [round_] = db_rows(db_url, WatchRound)
    assert round_["state"] == "finished" and round_["summary"]["errors"] == 1
    assert snapshots(db_url) == 1


def test_a_page_that_became_an_image_is_an_error_and_the_round_is_recorded(
    run: Runner, servers: tuple[LoopbackServer, LoopbackServer], db_url: str
) -> None:
    """A cited page now served as a PNG: no page to compare, so an error retried next round,
    never a drift; nothing is archived from it."""
    import zlib

    site, _ = servers
    url = site.url("/img")
    site.routes["/img"] = respond(200, page("img"), HTML)
    assert run("archive", url).exit_code == 0
    add_claim(run, "img-number", url, NUMBER)
    before = snapshots(db_url)
    ihdr = b"\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00"
    png = (
        b"\x89PNG\r\n\x1a\n"
        + len(ihdr).to_bytes(4, "big") + b"IHDR" + ihdr
        + zlib.crc32(b"IHDR" + ihdr).to_bytes(4, "big")
    )  # fmt: skip
    site.routes["/img"] = respond(200, png, [("Content-Type", "image/png")])
    result = run("watch", url, "--delay", "0", "--json")
    assert result.exit_code == 0, result.output  # an error, not a change
    [source] = json.loads(result.stdout)["sources"]
    assert source["outcome"] == "error", source
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {url}: ") and "image" in line.lower(), line
    assert snapshots(db_url) == before
    [round_] = db_rows(db_url, WatchRound)
    assert round_["state"] == "finished" and round_["summary"]["errors"] == 1
