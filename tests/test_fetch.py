"""fetch() against a real HTTP server on 127.0.0.1: redirects, errors, limits, encodings."""

from __future__ import annotations

import gzip
import re
import socket
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factdb.errors import FetchError
from factdb.fetch import fetch
from tests.httpserver import LoopbackServer, drip, redirect, respond, stream

CORPUS = Path(__file__).parent / "data" / "corpus"
PAGE = (CORPUS / "readability-bbc-1.html").read_bytes()
CP1250_PAGE = (CORPUS / "trafilatura-rp.pl-unijne-fundusze.html").read_bytes()
HTML = [("Content-Type", "text/html; charset=utf-8")]
CAP = 64 * 1024
# 4 MB of zeros compresses to about 4 KB: small on the wire, 64 times the cap once inflated.
BOMB = gzip.compress(b"\0" * (4 * 1024 * 1024), compresslevel=9)

ROUTES = {
    "/page": respond(200, PAGE, HTML),
    "/xhtml": respond(
        200, b"<html><body>x</body></html>", [("Content-Type", "application/xhtml+xml")]
    ),
    "/r301": redirect("/r302", 301),
    "/r302": redirect("/page", 302),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/self": redirect("/self"),
    "/404": respond(404, b"<h1>Not Found</h1>"),
    "/500": respond(500, b"<h1>Oops</h1>"),
    "/after-redirect-404": redirect("/404"),
    "/drip": drip(b"<p>" + b"x" * 100 + b"</p>", 0.2),
    "/huge": respond(200, b"<p>" + b"x" * (2 * CAP) + b"</p>", HTML),
    "/huge-unannounced": stream([b"<p>"] + [b"x" * 1024] * (2 * CAP // 1024), HTML),
    "/gzip": respond(200, gzip.compress(PAGE), HTML + [("Content-Encoding", "gzip")]),
    "/deflate": respond(200, zlib.compress(PAGE), HTML + [("Content-Encoding", "deflate")]),
    "/bomb": respond(200, BOMB, HTML + [("Content-Encoding", "gzip")]),
    "/bad-gzip": respond(200, gzip.compress(PAGE)[:500], HTML + [("Content-Encoding", "gzip")]),
    "/zstd": respond(200, b"whatever", HTML + [("Content-Encoding", "zstd")]),
    "/cp1250": respond(200, CP1250_PAGE, [("Content-Type", "text/html; charset=windows-1250")]),
    "/pdf": respond(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", [("Content-Type", "application/pdf")]),
    "/png": respond(200, b"\x89PNG\r\n\x1a\n", [("Content-Type", "image/png")]),
    "/untyped-html": respond(200, b"\n<!DOCTYPE html><html><p>x</p></html>", []),
    "/untyped-binary": respond(200, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", []),
    "/to-file": redirect("file:///etc/passwd"),
    "/to-ftp": redirect("ftp://127.0.0.1/x.html", 301),
    "/no-location": respond(302, b"", []),
}


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(ROUTES) as srv:
        yield srv


@pytest.fixture
def empty_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def refused_reason(server: LoopbackServer, path: str, **kwargs: object) -> str:
    """The message of the FetchError raised for `path`, checked to be one line naming the URL."""
    url = server.url(path)
    with pytest.raises(FetchError) as info:
        fetch(url, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{url}: ")
    return message.removeprefix(f"{url}: ")


def test_plain_page_is_captured_with_its_provenance(server: LoopbackServer) -> None:
    before = datetime.now(UTC)
    capture = fetch(server.url("/page"))
    assert capture.raw == PAGE
    assert capture.url == server.url("/page")
    assert capture.origin == server.url("/page")
    assert capture.method == "http"
    assert capture.status == 200
    assert capture.redirects == []
    assert capture.media_type == "text/html"
    assert capture.http_charset == "utf-8"
    assert capture.retrieved_at.tzinfo is not None
    assert before <= capture.retrieved_at <= datetime.now(UTC)
    assert ("Content-Type", "text/html; charset=utf-8") in capture.headers
    assert ("Content-Length", str(len(PAGE))) in capture.headers


def test_xhtml_media_type_is_accepted(server: LoopbackServer) -> None:
    assert fetch(server.url("/xhtml")).media_type == "application/xhtml+xml"


def test_redirect_chain_is_followed_and_recorded(server: LoopbackServer) -> None:
    capture = fetch(server.url("/r301"))
    assert capture.url == server.url("/page")
    assert capture.redirects == [server.url("/r301"), server.url("/r302")]
    assert capture.origin == server.url("/r301")
    assert capture.status == 200
    assert capture.raw == PAGE


def test_more_redirects_than_allowed_is_refused(server: LoopbackServer) -> None:
    assert refused_reason(server, "/r301", max_redirects=1) == "more than 1 redirect"


@pytest.mark.parametrize("path", ["/loop-a", "/self"])
def test_redirect_loop_is_refused(server: LoopbackServer, path: str) -> None:
    assert refused_reason(server, path).startswith("redirect loop")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/404", "HTTP 404 Not Found"),
        ("/500", "HTTP 500 Internal Server Error"),
        ("/missing-route", "HTTP 404 Not Found"),
    ],
)
def test_error_status_is_refused(server: LoopbackServer, path: str, reason: str) -> None:
    assert refused_reason(server, path) == reason


def test_error_status_after_redirect_names_the_final_url(server: LoopbackServer) -> None:
    reason = refused_reason(server, "/after-redirect-404")
    assert reason == f"HTTP 404 Not Found at {server.url('/404')}"


def test_redirect_without_location_is_refused(server: LoopbackServer) -> None:
    assert refused_reason(server, "/no-location") == "HTTP 302 redirect without a Location header"


def test_slow_drip_is_cut_off_at_the_total_deadline(server: LoopbackServer) -> None:
    # Each byte arrives well within a per-read timeout; only a total deadline stops this.
    started = time.monotonic()
    assert refused_reason(server, "/drip", timeout=0.7) == "timed out after 0.7 s"
    assert time.monotonic() - started < 1.5


def test_stalled_server_is_cut_off_at_the_deadline() -> None:
    # A listener that accepts connections but never answers: the watchdog must end the wait.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        started = time.monotonic()
        with pytest.raises(FetchError, match=r": timed out after 0.5 s$"):
            fetch(url, timeout=0.5)
        assert time.monotonic() - started < 1.5


def test_body_cut_off_by_the_deadline_is_not_taken_as_complete(
    empty_server: LoopbackServer,
) -> None:
    # No Content-Length: the body ends when the connection does. When the deadline shuts
    # the connection, the partial body must not pass for the whole page.
    def stall(handler):  # type: ignore[no-untyped-def]
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        handler.wfile.write(b"<html><p>first half")
        handler.wfile.flush()
        time.sleep(2)

    empty_server.routes["/stall"] = stall
    started = time.monotonic()
    with pytest.raises(FetchError, match=r": timed out after 0.4 s$"):
        fetch(empty_server.url("/stall"), timeout=0.4)
    assert time.monotonic() - started < 1.2


@pytest.mark.parametrize("path", ["/huge", "/huge-unannounced"])
def test_body_over_the_cap_is_refused(server: LoopbackServer, path: str) -> None:
    assert refused_reason(server, path, max_bytes=CAP) == "response larger than 64 KB limit"


def test_default_cap_is_named_in_megabytes(server: LoopbackServer) -> None:
    from factdb.fetch import DEFAULT_MAX_BYTES, format_size

    assert format_size(DEFAULT_MAX_BYTES) == "50 MB"


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_content_encoding_is_removed(server: LoopbackServer, path: str) -> None:
    capture = fetch(server.url(path))
    assert capture.raw == PAGE
    # The headers stay as received: they say how the bytes travelled.
    assert dict(capture.headers)["Content-Encoding"] == path.strip("/")


def test_brotli_content_encoding_is_removed(empty_server: LoopbackServer) -> None:
    brotli = pytest.importorskip("brotli", reason="brotli is optional; without it br is refused")
    empty_server.routes["/br"] = respond(
        200, brotli.compress(PAGE), HTML + [("Content-Encoding", "br")]
    )
    assert fetch(empty_server.url("/br")).raw == PAGE


def test_brotli_bomb_is_refused_by_its_decoded_size(empty_server: LoopbackServer) -> None:
    brotli = pytest.importorskip("brotli", reason="brotli is optional; without it br is refused")
    bomb = brotli.compress(b"\0" * (64 * 1024 * 1024))
    assert len(bomb) < 1024
    empty_server.routes["/br-bomb"] = respond(200, bomb, HTML + [("Content-Encoding", "br")])
    with pytest.raises(FetchError, match="response larger than 64 KB limit"):
        fetch(empty_server.url("/br-bomb"), max_bytes=CAP)


def test_gzip_bomb_is_refused_by_its_decoded_size(server: LoopbackServer) -> None:
    assert len(BOMB) < CAP
    assert refused_reason(server, "/bomb", max_bytes=CAP) == "response larger than 64 KB limit"


def test_truncated_gzip_body_is_refused(server: LoopbackServer) -> None:
    assert refused_reason(server, "/bad-gzip").startswith("cannot decode gzip body")


def test_unsupported_content_encoding_is_refused(server: LoopbackServer) -> None:
    assert refused_reason(server, "/zstd") == "unsupported Content-Encoding 'zstd'"


def test_legacy_charset_bytes_are_kept_exactly(server: LoopbackServer) -> None:
    capture = fetch(server.url("/cp1250"))
    assert capture.raw == CP1250_PAGE
    assert capture.http_charset == "windows-1250"
    assert capture.media_type == "text/html"


def test_pdf_is_fetched_as_a_pdf(server: LoopbackServer) -> None:
    capture = fetch(server.url("/pdf"))
    assert capture.media_type == "application/pdf"
    assert capture.raw.startswith(b"%PDF-1.7")


def test_image_is_refused_as_not_html_or_pdf(server: LoopbackServer) -> None:
    assert refused_reason(server, "/png") == "not HTML or PDF (Content-Type: image/png)"


def test_missing_content_type_is_accepted_when_the_body_sniffs_as_html(
    server: LoopbackServer,
) -> None:
    capture = fetch(server.url("/untyped-html"))
    assert capture.media_type is None
    assert capture.raw.startswith(b"\n<!DOCTYPE html>")


def test_missing_content_type_with_binary_body_is_refused(server: LoopbackServer) -> None:
    assert refused_reason(server, "/untyped-binary").startswith("not HTML (no Content-Type")


@pytest.mark.parametrize(
    ("path", "target"),
    [("/to-file", "file:///etc/passwd"), ("/to-ftp", "ftp://127.0.0.1/x.html")],
)
def test_redirect_to_another_scheme_is_refused(
    server: LoopbackServer, path: str, target: str
) -> None:
    scheme = target.split(":")[0]
    assert refused_reason(server, path) == (
        f"redirect to {target} refused: {scheme}: is not http or https"
    )


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/index.html",
        "data:text/html,<p>hi</p>",
        "javascript:alert(1)",
    ],
)
def test_non_http_url_is_refused_without_a_request(url: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch(url)
    scheme = url.split(":")[0]
    assert str(info.value) == (
        f"{url}: unsupported URL scheme ({scheme}:); only http and https can be fetched"
    )


@pytest.mark.parametrize("url", ["http://", "https://[::1/"])
def test_malformed_url_is_refused(url: str) -> None:
    with pytest.raises(FetchError, match=rf"^{re.escape(url)}: invalid URL \("):
        fetch(url)


def test_unreachable_port_is_refused() -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens on it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    with pytest.raises(FetchError, match=r"^http://127\.0\.0\.1:\d+/x: cannot connect \("):
        fetch(url, timeout=5)


def test_unknown_host_is_refused() -> None:
    # .invalid is reserved (RFC 6761): it never resolves.
    with pytest.raises(FetchError, match=r"^http://no-such-host\.invalid/: cannot resolve host"):
        fetch("http://no-such-host.invalid/", timeout=5)


def test_user_agent_is_sent(empty_server: LoopbackServer) -> None:
    seen: list[str] = []

    def route(handler):  # type: ignore[no-untyped-def]
        seen.append(handler.headers["User-Agent"])
        respond(200, b"<p>x</p>")(handler)

    empty_server.routes["/ua"] = route
    fetch(empty_server.url("/ua"), user_agent="factdb-test/1")
    assert seen == ["factdb-test/1"]
