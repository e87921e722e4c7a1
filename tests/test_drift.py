"""Drift: `factdb recheck` against newer captures, the stored `drift` check, `claim rebase`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from factdb.drift import PagePair, latest_drift, snapshot_digests
from factdb.engine.anchor import fold_quote, locate
from factdb.engine.text import extract_html
from factdb.store import db as dblib
from factdb.store.models import CheckResult, CheckRun, Citation, ClaimRevision, Event, Snapshot

from .conftest import CORPUS, Runner
from .httpserver import LoopbackServer, respond
from .test_claims import SEED_URL, SOURCES

SEED = (SOURCES / "policywatch-3172.html").read_text(encoding="utf-8")
KHAMENEI = (
    " When details of the agreement went public, however, Khamenei scuttled it, warning that "
    'U.S. negotiators were "hiding a dagger behind their backs."'
)
RECHECK_KEYS = {"claim", "from_snapshot", "to_snapshot", "status", "similarity", "exact", "diff"}


def newer_seed(tmp_path: Path, name: str, *edits: tuple[str, str]) -> Path:
    """A changed copy of the seed page: every edit replaces one exact piece of HTML."""
    html = SEED
    for old, new in edits:
        assert html.count(old) == 1, old
        html = html.replace(old, new)
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


MARKUP = [
    ("<p><strong>T</strong>his year", '<div class="v2"><p data-x="1"><strong>T</strong>his year'),
    ("<head>", "<head><script>var tracking = 12345;</script><style>p { margin: 0 }</style>"),
]
EDIT_NUMBER = ("beyond 3.67 percent", "beyond 3.5 percent")
DELETE_KHAMENEI = (KHAMENEI, "")


def archive_as_seed(run: Runner, path: Path) -> str:
    result = run("archive", "--json", "--url", SEED_URL, str(path))
    assert result.exit_code == 0, result.output
    [stored] = json.loads(result.stdout)
    return stored["snapshot"]


def seed_snapshot(run: Runner) -> str:
    data = json.loads(run("sources", "--json").stdout)
    [source] = [s for s in data if s["url"] == SEED_URL]
    return source["snapshots"][0]["snapshot"]


def counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                m.__tablename__: conn.scalar(select(func.count()).select_from(m))
                for m in (Snapshot, CheckRun, CheckResult, Citation, ClaimRevision, Event)
            }
    finally:
        engine.dispose()


# --- the engine: one quote across two captures ----------------------------------------------

PAGE = (
    "<nav><a>Home</a> <a>World</a></nav><h1>Talks</h1>"
    "<p>Alpha beta gamma delta epsilon zeta.</p>"
    "<p>The rate rose to 3.67 percent last year, officials said on Monday.</p>"
    "<p>Second paragraph with other words entirely here.</p>"
    "<p>Closing words of the article, with thanks.</p>"
)
QUOTE = "rose to 3.67 percent last year"


@pytest.mark.parametrize(
    ("new", "status"),
    [
        (
            PAGE.replace("<p>", '<div class="x"><p id="a">').replace("</p>", "</p>\n</div>"),
            "unchanged",
        ),
        (PAGE.replace("<nav>", "<script>x()</script><nav>").replace("World", "Sport"), "unchanged"),
        (PAGE.replace("rose to", "rose\n   to <b>"), "unchanged"),
        (
            PAGE.replace("<p>The rate", "<p>Breaking: the rate").replace("Monday", "Tuesday"),
            "unchanged",
        ),
        (
            PAGE.replace(
                "<p>The rate rose to 3.67 percent last year, officials said on Monday.</p>", ""
            )
            + "<p>The rate rose to 3.67 percent last year, officials said on Monday.</p>",
            "moved",
        ),
        (PAGE.replace("3.67", "3.5"), "edited"),
        (PAGE.replace("last year", "this year"), "edited"),
        (
            PAGE.replace("The rate rose to 3.67 percent last year, officials said on Monday.", ""),
            "removed",
        ),
        (PAGE.split("<p>The rate")[0], "removed"),
    ],
    ids=[
        "wrappers-attributes",
        "scripts-navigation",
        "whitespace-inline-tag",
        "paragraph-edited-around-the-quote",
        "paragraph-moved",
        "number-edited",
        "words-edited",
        "paragraph-deleted",
        "page-truncated",
    ],
)
def test_quote_status_across_two_captures(new: str, status: str) -> None:
    old = extract_html(PAGE)
    got = PagePair(old, extract_html(new)).compare(locate(old, QUOTE))
    assert got.status == status
    if status == "edited":
        assert got.span is not None and 0.7 <= got.similarity < 1
        assert "[-" in got.diff and "{+" in got.diff


def test_typography_only_change_is_unchanged_with_the_new_characters() -> None:
    old = extract_html('<p>He said "no" and left - quickly, said the report.</p>')
    new = extract_html("<p>He said \u201cno\u201d and left \u2014 quickly, said the report.</p>")
    got = PagePair(old, new).compare(locate(old, 'said "no" and left - quickly'))
    assert got.status == "unchanged"
    assert got.span is not None and got.span.exact == "said \u201cno\u201d and left \u2014 quickly"


# --- recheck --------------------------------------------------------------------------------


def test_recheck_json_contract_and_every_status_on_the_seed_page(
    imported: Runner, tmp_path: Path
) -> None:
    old = seed_snapshot(imported)
    new = archive_as_seed(
        imported, newer_seed(tmp_path, "v2.html", *MARKUP, EDIT_NUMBER, DELETE_KHAMENEI)
    )
    result = imported("recheck", "--json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert all(set(d) == RECHECK_KEYS for d in data)
    assert {(d["from_snapshot"], d["to_snapshot"]) for d in data} == {(old, new)}
    by_claim = {d["claim"]: d for d in data}
    edited = by_claim["iran-enrichment-above-367"]
    assert edited["status"] == "edited"
    assert edited["exact"] == "increased its level of enrichment beyond 3.5 percent"
    assert edited["diff"] == "increased its level of enrichment beyond [-3.67-]{+3.5+} percent"
    assert 0.7 < edited["similarity"] < 1
    removed = by_claim["khamenei-scuttled-leu-swap"]
    assert (removed["status"], removed["exact"], removed["similarity"]) == ("removed", None, 0.0)
    others = {
        d["status"] for c, d in by_claim.items() if c not in (edited["claim"], removed["claim"])
    }
    assert others == {"unchanged"}
    assert all(d["similarity"] == 1.0 for d in data if d["status"] == "unchanged")


def test_recheck_results_are_the_drift_check_in_claim_show_check_and_audit(
    imported: Runner, tmp_path: Path
) -> None:
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", EDIT_NUMBER, DELETE_KHAMENEI))
    result = imported("recheck")
    assert result.exit_code == 1
    assert "EDITED    iran-enrichment-above-367: edited in snapshot" in result.stdout
    assert "claim supported: fail" in result.stdout and "3.5 percent" in result.stdout
    assert "REMOVED   khamenei-scuttled-leu-swap: removed: no passage" in result.stdout

    show = json.loads(imported("claim", "show", "--json", "iran-enrichment-above-367").stdout)
    [drift] = [c for c in show["checks"] if c["check"] == "drift"]
    assert drift["status"] == "fail" and "[-3.67-]{+3.5+}" in drift["detail"]

    audit = imported("audit", "--json")
    assert audit.exit_code == 1
    statuses = {
        d["claim"]: {r["check"]: r["status"] for r in d["results"]}
        for d in json.loads(audit.stdout)
    }
    assert statuses["iran-enrichment-above-367"]["drift"] == "fail"
    assert statuses["khamenei-scuttled-leu-swap"]["drift"] == "fail"
    assert statuses["zarif-arrived-biarritz-aug-25"]["drift"] == "pass"

    check = imported("check", "khamenei-scuttled-leu-swap")
    assert "khamenei-scuttled-leu-swap [drift] removed" in check.stdout
    # The latest drift result counts like the others: in the exit code and in --json.
    assert check.exit_code == 1
    assert "1 claims checked" in check.stdout and " 1 fail, 1 needs review." in check.stdout
    results = json.loads(imported("check", "--json", "khamenei-scuttled-leu-swap").stdout)
    [drift] = [r for r in results if r["check"] == "drift"]
    assert drift["status"] == "fail" and drift["detail"].startswith("removed")
    assert len(drift["snapshot"]) == 64
    # Nothing in the statement is comparable mechanically: the supported check needs review.
    assert [r["status"] for r in results if r["check"] != "drift"] == ["pass"] * 3 + ["unverified"]
    everything = imported("check", "--json")
    assert everything.exit_code == 1
    drifted = {
        r["claim"]: r["status"] for r in json.loads(everything.stdout) if r["check"] == "drift"
    }
    assert drifted["khamenei-scuttled-leu-swap"] == "fail"
    assert drifted["zarif-arrived-biarritz-aug-25"] == "pass"


def test_recheck_stores_the_comparison_in_the_result_data(
    imported: Runner, tmp_path: Path, db_url: str
) -> None:
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", EDIT_NUMBER))
    imported("recheck", SEED_URL)
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(CheckResult.status, CheckResult.data).where(CheckResult.kind == "drift")
            ).all()
    finally:
        engine.dispose()
    data = {r.data["drift"]: (r.status, r.data) for r in rows}
    assert set(data) == {"unchanged", "edited"}
    status, edited = data["edited"]
    assert status == "fail" and edited["to_snapshot"] == new
    assert edited["exact"].endswith("beyond 3.5 percent") and edited["similarity"] > 0.7
    assert edited["diff"].endswith("[-3.67-]{+3.5+} percent")
    assert edited["supported"].startswith("fail")
    assert {s for s, _ in data.values()} == {"pass", "fail"}


def test_moved_quote_passes(imported: Runner, tmp_path: Path) -> None:
    # Take the paragraph with the 3.67 percent quote to the top of the article.
    start = SEED.index("<p>Third, Iran is raising")
    para = SEED[start : SEED.index("</p>", start) + 4]
    top = "<p><strong>T</strong>his year"
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", (para, ""), (top, para + top)))
    result = imported("recheck", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    moved_text = fold_quote(extract_html(para).text)
    for d in data:
        assert d["status"] == ("moved" if fold_quote(d["exact"]) in moved_text else "unchanged")
    moved = {d["claim"] for d in data if d["status"] == "moved"}
    assert {"iran-enrichment-above-367", "iran-exceeded-leu-stockpile"} <= moved
    assert len(moved) < len(data)


def test_source_without_newer_capture_is_one_line_and_the_others_are_rechecked(
    imported: Runner, tmp_path: Path
) -> None:
    bbc = "http://www.bbc.com/news/world-us-canada-33646704"
    added = imported(
        "claim",
        "add",
        "--id",
        "obama-guns",
        "--statement",
        "Obama spoke about guns.",
        "--source",
        bbc,
        "--quote",
        "told the BBC that gun control was his biggest frustration",
    )
    assert added.exit_code == 0, added.output
    bbc_sha = json.loads(imported("sources", "--json").stdout)
    [bbc_snap] = [s["snapshots"][0] for s in bbc_sha if s["url"] == bbc]
    archive_as_seed(imported, newer_seed(tmp_path, "v2.html", *MARKUP))
    result = imported("recheck", "--json")
    assert result.exit_code == 1
    assert {d["claim"] for d in json.loads(result.stdout)} == {c for c in _seed_claims()}
    assert result.stderr == (
        f"Error: {bbc}: no capture newer than snapshot {bbc_snap['snapshot'][:12]} (retrieved "
        f"{bbc_snap['retrieved_at'][:10]} {bbc_snap['retrieved_at'][11:16]}); archive one, "
        "or use --fetch or --against FILE\n"
    )


def _seed_claims() -> set[str]:
    import yaml

    return {c["id"] for c in yaml.safe_load((SOURCES / "claims.yaml").read_text())}


def test_against_archives_the_capture_as_a_snapshot_of_the_source(
    imported: Runner, tmp_path: Path
) -> None:
    path = newer_seed(tmp_path, "elsewhere.html", EDIT_NUMBER)
    result = imported("recheck", SEED_URL, "--against", str(path), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    [source] = [s for s in json.loads(imported("sources", "--json").stdout) if s["url"] == SEED_URL]
    assert len(source["snapshots"]) == 2
    newest = source["snapshots"][-1]
    assert newest["origin"] == str(path)
    assert {d["to_snapshot"] for d in data} == {newest["snapshot"]}
    assert [d["claim"] for d in data if d["status"] == "edited"] == ["iran-enrichment-above-367"]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["--against", "{tmp}/missing.html"],
            "Error: {url}: {tmp}/missing.html: no such file or folder",
        ),
        (["--against", "{tmp}/empty.html"], "Error: {url}: {tmp}/empty.html: "),
        (
            ["--against", "{tmp}/v2.html", "--fetch"],
            "Error: give either --fetch or --against, not both",
        ),
        (["--fetch"], "Error: {url}: cannot fetch: "),
        (
            ["https://example.org/never-archived"],
            "Error: https://example.org/never-archived: no source https://example.org/never-archived",
        ),
    ],
    ids=["missing-file", "not-html", "fetch-and-against", "unfetchable-url", "unknown-source"],
)
def test_bad_input_is_one_line_and_stores_nothing(
    imported: Runner, tmp_path: Path, db_url: str, args: list[str], line: str
) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    newer_seed(tmp_path, "v2.html", EDIT_NUMBER)
    before = counts(db_url)
    args = [a.format(tmp=tmp_path) for a in args]
    if args[0] != "https://example.org/never-archived":
        args = [SEED_URL, *args]
    result = imported("recheck", *args)
    assert result.exit_code in (1, 2)
    assert result.stderr.startswith(line.format(url=SEED_URL, tmp=tmp_path)), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert counts(db_url) == before


def test_fetch_archives_the_live_page_and_compares(run: Runner) -> None:
    page = PAGE.encode()
    routes = {"/article": respond(200, page)}
    with LoopbackServer(routes) as server:
        url = server.url("/article")
        assert run("archive", url).exit_code == 0
        added = run(
            "claim",
            "add",
            "--id",
            "rate",
            "--statement",
            "The rate rose to 3.67%.",
            "--source",
            url,
            "--quote",
            QUOTE,
        )
        assert added.exit_code == 0, added.output
        server.routes["/article"] = respond(200, PAGE.replace("3.67", "3.5").encode())
        result = run("recheck", "--fetch", "--json")
        server.routes["/article"] = respond(404, b"gone")
        gone = run("recheck", "--fetch", "--json")
    assert result.exit_code == 1, result.output
    [d] = json.loads(result.stdout)
    assert (d["claim"], d["status"], d["exact"]) == (
        "rate",
        "edited",
        "rose to 3.5 percent last year",
    )
    sources = json.loads(run("sources", "--json").stdout)
    assert [len(s["snapshots"]) for s in sources] == [2]
    assert gone.exit_code == 1 and json.loads(gone.stdout) == []
    assert gone.stderr.startswith(f"Error: {url}: cannot fetch: ")
    assert "404" in gone.stderr


# --- the corpus pairs: two real captures of one page -----------------------------------------

PAIRS = {
    "medicalnewstoday": (
        "readability-medicalnewstoday-capture-a.html",
        "trafilatura-medicalnewstoday.com-318674-capture-b.html",
        {
            # Straight quotes became curly quotes: the same words, at the same place.
            "In Dr. Shadlen's words, \"Could the moment when the brain believes it has "
            "accumulated enough evidence": "unchanged",
            "Neuroscience tells us that most of the work done by our brains happens on an "
            "unconscious level": "unchanged",
            # The byline was rewritten and the account banner is not in capture B.
            "Published Thursday 27 July 2017": "removed",
            "Sign up for a free Medical News Today account to customize your medical and "
            "health news experiences.": "removed",
        },
    ),
    "leichtathletik": (
        "trafilatura-leichtathletik-berlin.de-capture-a.html",
        "trafilatura-leichtathletik-berlin.de-capture-b.html",
        {},
    ),
    "coolhunting": (
        "newspaper-coolhunting.com-capture-a.html",
        "newspaper-coolhunting.com-capture-b.html",
        {},
    ),
}


def _article_quotes(path: Path, n: int = 4) -> dict[str, str]:
    from .test_drift_corpus import select_quotes

    layer = extract_html(path.read_bytes().decode("utf-8", "replace"))
    return {q.span.exact: "unchanged" for q in select_quotes(layer, n)}


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_corpus_pair_recheck(run: Runner, pair: str) -> None:
    a, b, quotes = PAIRS[pair]
    url = f"https://example.org/{pair}"
    quotes = quotes or _article_quotes(CORPUS / a)
    assert (
        run("archive", "--url", url, "--retrieved-at", "2020-01-01", str(CORPUS / a)).exit_code == 0
    )
    for i, quote in enumerate(quotes):
        added = run(
            "claim", "add", "--id", f"q{i}", "--statement", "S.", "--source", url, "--quote", quote
        )
        assert added.exit_code == 0, added.output
    assert run("archive", "--url", url, str(CORPUS / b)).exit_code == 0
    result = run("recheck", url, "--json")
    got = {d["claim"]: d["status"] for d in json.loads(result.stdout)}
    assert got == {f"q{i}": status for i, status in enumerate(quotes.values())}
    assert result.exit_code == (1 if "removed" in quotes.values() else 0)


# --- rebase ---------------------------------------------------------------------------------


def test_rebase_moves_the_citation_and_keeps_the_old_one_in_history(
    imported: Runner, tmp_path: Path, db_url: str
) -> None:
    old = seed_snapshot(imported)
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", *MARKUP))
    result = imported(
        "claim", "rebase", "zarif-arrived-biarritz-aug-25", "--to", new[:12], "--by", "ana"
    )
    assert result.exit_code == 0, result.output
    assert (
        result.stdout
        == f"Claim zarif-arrived-biarritz-aug-25 now cites snapshot {new[:12]} (revision 2).\n"
    )
    show = json.loads(imported("claim", "show", "--json", "zarif-arrived-biarritz-aug-25").stdout)
    [cit] = show["citations"]
    assert cit["snapshot"] == new
    assert show["revisions"][-1]["kind"] == "rebase" and show["revisions"][-1]["by"] == "ana"
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            data = conn.scalar(select(ClaimRevision.data).where(ClaimRevision.kind == "rebase"))
            event = conn.execute(
                select(Event.action, Event.before, Event.after).where(
                    Event.action == "claim.rebase"
                )
            ).one()
    finally:
        engine.dispose()
    assert data["snapshot"] == old and data["exact"] == cit["exact"]
    assert event.before["citations"][0]["snapshot"] == old
    assert event.after["citations"][0]["snapshot"] == new
    check = imported("check", "--json", "zarif-arrived-biarritz-aug-25")
    assert check.exit_code == 0, check.output


def test_rebase_refuses_an_edited_quote_and_takes_the_corrected_words(
    imported: Runner, tmp_path: Path, db_url: str
) -> None:
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", EDIT_NUMBER))
    before = counts(db_url)
    refused = imported("claim", "rebase", "iran-enrichment-above-367", "--to", new)
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: claim 'iran-enrichment-above-367': quote 'increased its level of enrichment "
        f"beyond 3.67 percent' is not in snapshot {new[:12]} exactly; the closest passage "
        "(similarity 0.97) reads 'increased its level of enrichment beyond 3.5 percent'; give "
        "the corrected words with --quote\n"
    )
    assert counts(db_url) == before
    fixed = imported(
        "claim",
        "rebase",
        "iran-enrichment-above-367",
        "--to",
        new,
        "--quote",
        "enrichment beyond 3.5 percent",
        "--json",
    )
    assert fixed.exit_code == 0, fixed.output
    [cit] = json.loads(fixed.stdout)["citations"]
    assert cit["exact"] == "enrichment beyond 3.5 percent"
    check = imported("check", "iran-enrichment-above-367")
    assert check.exit_code == 1  # the statement still says 3.67%


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["--to", "{old}"],
            "Error: claim 'zarif-arrived-biarritz-aug-25' already cites snapshot {old12}",
        ),
        (
            ["--to", "{bbc}"],
            "Error: claim 'zarif-arrived-biarritz-aug-25' cites no snapshot of "
            "http://www.bbc.com/news/world-us-canada-33646704 (snapshot {bbc12} is of that source)",
        ),
        (
            ["--to", "{new}", "--quote", "no such words anywhere"],
            "Error: quote 'no such words anywhere' not found; closest passage",
        ),
        (["--to", "deadbeef00"], "Error: no snapshot deadbeef00"),
    ],
    ids=["same-snapshot", "other-source", "quote-not-found", "unknown-snapshot"],
)
def test_rebase_bad_input_is_one_line_and_changes_nothing(
    imported: Runner, tmp_path: Path, db_url: str, args: list[str], line: str
) -> None:
    old = seed_snapshot(imported)
    new = archive_as_seed(imported, newer_seed(tmp_path, "v2.html", *MARKUP))
    srcs = json.loads(imported("sources", "--json").stdout)
    [bbc] = [s["snapshots"][0]["snapshot"] for s in srcs if "bbc" in s["url"]]
    names = {"old": old, "old12": old[:12], "new": new, "bbc": bbc, "bbc12": bbc[:12]}
    before = counts(db_url)
    result = imported(
        "claim", "rebase", "zarif-arrived-biarritz-aug-25", *[a.format(**names) for a in args]
    )
    assert result.exit_code != 0
    assert result.stderr.startswith(line.format(**names)), result.stderr
    assert counts(db_url) == before


def test_latest_drift_takes_more_names_than_a_statement_takes_parameters(
    db: dblib.Database,
) -> None:
    """`factdb check` asks for the drift of every claim it checked: PostgreSQL's protocol
    caps a statement at 65,535 parameters (SQLite builds at 32,766 or 250,000)."""
    many = [f"claim-{i}" for i in range(70_000)]
    with db.session() as session:
        assert latest_drift(session, many) == []
        assert snapshot_digests(session, range(70_000)) == {}
