"""A real HTTP server on 127.0.0.1 for tests: routes are plain functions, no mocks.

    with LoopbackServer({"/page": respond(200, b"<p>hi</p>")}) as server:
        fetch(server.url("/page"))

Each route is a callable taking the `BaseHTTPRequestHandler` and writing a whole response.
The server listens on an ephemeral port, runs in a daemon thread, and records every request
path in `server.requests`. The `http_server` fixture yields one with no routes; register it
with `pytest_plugins = ["tests.httpserver"]` in a conftest, or wrap `LoopbackServer` in a
module fixture.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

Route = Callable[[BaseHTTPRequestHandler], None]


def respond(
    status: int = 200,
    body: bytes = b"",
    headers: Iterable[tuple[str, str]] = (("Content-Type", "text/html; charset=utf-8"),),
    *,
    content_length: bool = True,
) -> Route:
    """A route answering with a fixed status, headers and body (sent as is)."""
    headers = list(headers)

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        if content_length:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def redirect(location: str, status: int = 302) -> Route:
    """A route redirecting to `location` (absolute, relative, or another scheme)."""
    return respond(status, b"", [("Location", location), ("Content-Type", "text/html")])


def drip(
    body: bytes,
    interval: float,
    headers: Iterable[tuple[str, str]] = (("Content-Type", "text/html"),),
) -> Route:
    """A route sending its body one byte every `interval` seconds (a slow server)."""
    headers = list(headers)

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for i in range(len(body)):
            handler.wfile.write(body[i : i + 1])
            handler.wfile.flush()
            time.sleep(interval)

    return route


def stream(
    chunks: Iterable[bytes],
    headers: Iterable[tuple[str, str]] = (("Content-Type", "text/html"),),
) -> Route:
    """A route sending chunks without a Content-Length (the connection close ends the body)."""
    chunks = list(chunks)
    headers = list(headers)

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        for chunk in chunks:
            handler.wfile.write(chunk)

    return route


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    # HTTP/1.0: one response per connection, and a body may end with the connection.
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        self.server.requests.append(self.path)
        route = self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            respond(404, b"<h1>Not Found</h1>")(self)
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a refused or timed-out fetch): not an error here

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Slow routes may still be dripping when the test ends; do not wait for them.
    block_on_close = False

    def __init__(self, routes: dict[str, Route]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.requests: list[str] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up mid-response is expected in these tests


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 and an ephemeral port, serving `routes`."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self._server = _Server(dict(routes or {}))
        # A short poll interval: shutdown() waits up to one interval.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def routes(self) -> dict[str, Route]:
        return self._server.routes

    @property
    def requests(self) -> list[str]:
        """Paths requested so far, in order."""
        return self._server.requests

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    """A loopback server with no routes yet; add them to `http_server.routes`."""
    with LoopbackServer() as server:
        yield server
