"""`factdb archive` of URLs (a real loopback HTTP server), WARC files and `factdb locate`."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .conftest import CORPUS, Runner
from .httpserver import LoopbackServer, redirect, respond

BBC = CORPUS / "readability-bbc-1.html"
RP = CORPUS / "trafilatura-rp.pl-unijne-fundusze.html"


@pytest.fixture
def server() -> LoopbackServer:
    routes = {
        "/article": respond(200, BBC.read_bytes()),
        "/old": redirect("/moved", 301),
        "/moved": redirect("/article", 302),
        "/missing": respond(404, b"<h1>Not found</h1>"),
        "/broken": respond(500, b"<h1>Oops</h1>"),
        "/pl": respond(200, RP.read_bytes(), [("Content-Type", "text/html; charset=windows-1250")]),
        "/pdf": respond(200, b"%PDF-1.4 ...", [("Content-Type", "application/pdf")]),
    }
    with LoopbackServer(routes) as srv:
        yield srv


def test_archive_url_follows_redirects_and_keeps_chain(run: Runner, server: LoopbackServer) -> None:
    result = run("archive", "--json", server.url("/old"))
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert item["snapshot"] == hashlib.sha256(BBC.read_bytes()).hexdigest()
    assert item["method"] == "http"
    [source] = json.loads(run("sources", "--json").stdout)
    [snap] = source["snapshots"]
    assert snap["url"] == server.url("/article")
    assert snap["status"] == 200


def test_archive_url_with_header_charset_keeps_raw_bytes(
    run: Runner, server: LoopbackServer
) -> None:
    [item] = json.loads(run("archive", "--json", server.url("/pl")).stdout)
    assert item["snapshot"] == hashlib.sha256(RP.read_bytes()).hexdigest()
    assert item["charset"].lower().replace("_", "-") in ("windows-1250", "cp1250")
    text = run("text", item["snapshot"]).stdout
    assert "Sejm" in text


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/missing", "404"), ("/broken", "500"), ("/pdf", "the PDF cannot be read")],
)
def test_bad_url_is_one_line_and_stores_nothing(
    run: Runner, server: LoopbackServer, path: str, reason: str
) -> None:
    url = server.url(path)
    result = run("archive", url)
    assert result.exit_code == 1
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("Error")]
    assert line.startswith(f"Error: {url}: ") and reason in line
    assert json.loads(run("sources", "--json").stdout) == []


def test_unreachable_url(run: Runner) -> None:
    result = run("archive", "http://127.0.0.1:9/nothing")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: http://127.0.0.1:9/nothing: ")


def _warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_archive_warc_records_carry_target_uri(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://www.bbc.com/news/a", BBC.read_bytes())])
    result = run("archive", "--json", str(path))
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert item["method"] == "warc"
    [source] = json.loads(run("sources", "--json").stdout)
    assert source["snapshots"][0]["url"] == "https://www.bbc.com/news/a"


def test_truncated_warc_is_refused_whole(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://a.example/1", BBC.read_bytes()), ("https://a.example/2", b"<p>x</p>")])
    path.write_bytes(path.read_bytes()[:-200])
    result = run("archive", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: ")
    assert json.loads(run("sources", "--json").stdout) == []


def test_locate_prints_span_json_without_storing(run: Runner, db_url: str) -> None:
    [item] = json.loads(run("archive", "--json", str(BBC)).stdout)
    quote = "common sense gun safety laws"
    ambiguous = run("locate", item["snapshot"][:12], quote)
    assert ambiguous.exit_code == 1
    assert ambiguous.stderr.startswith(f"Error: quote '{quote}' occurs 2 times")
    result = run("locate", item["snapshot"][:12], quote, "--occurrence", "2", "--json")
    assert result.exit_code == 0, result.output
    span = json.loads(result.stdout)
    assert set(span) == {
        "exact",
        "prefix",
        "suffix",
        "text_start",
        "text_end",
        "html_start",
        "html_end",
        "byte_start",
        "byte_end",
    }
    assert span["exact"] == "common sense gun safety laws"
    raw = BBC.read_bytes()
    assert raw[span["byte_start"] : span["byte_end"]].decode() == "common sense gun safety laws"
    human = run("locate", item["snapshot"][:12], quote, "--suffix", '" is the greatest')
    assert "[[common sense gun safety laws]]" in human.stdout


def test_locate_not_found_exits_1_with_nearest_passage(run: Runner) -> None:
    [item] = json.loads(run("archive", "--json", str(BBC)).stdout)
    result = run("locate", item["snapshot"][:12], "common sense gun safety rules")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "common sense gun safety laws" in result.stderr
