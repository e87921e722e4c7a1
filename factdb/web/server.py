"""Running the viewer: a threaded WSGI server bound to loopback unless told otherwise."""

from __future__ import annotations

import ipaddress
import socket

from werkzeug.serving import BaseWSGIServer, make_server

from ..errors import ServerError
from .app import create_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (127.0.0.0/8, ::1 or localhost).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def viewer_server(
    db_url: str,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    review_token: str | None = None,
) -> BaseWSGIServer:
    """A threaded server for the viewer over `db_url`, listening but not yet serving.

    On a loopback address only Host headers naming this machine are served, so a web page
    cannot read the viewer through DNS rebinding. With `review_token` (review mode, on a
    loopback address only) the review queue takes verdicts. Raises ServerError when it
    cannot listen.
    """
    trusted = None
    if is_loopback(host):
        trusted = sorted({"127.0.0.1", "localhost", "[::1]", host})
    elif review_token:
        raise ServerError("review mode listens on this machine only (a loopback --host)")
    app = create_app(db_url, trusted_hosts=trusted, review_token=review_token)
    # Listen on our own socket: werkzeug prints and exits when it cannot bind.
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
        return make_server(host, port, app, threaded=True, fd=sock.fileno())
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    finally:
        sock.close()  # the server holds its own duplicate of the socket


def server_url(server: BaseWSGIServer) -> str:
    """The address people open: http://HOST:PORT/."""
    host = server.host
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{server.port}/"
