"""Fetch one HTML page over HTTP(S) as a `Capture`, refusing anything that is not a page.

`fetch()` follows redirects itself (so that every hop's scheme is checked and the chain is
recorded), streams the body through its own content decoders (so that the cap applies to the
decoded bytes and a gzip bomb is refused without being inflated), and enforces one total
deadline over the whole retrieval, not merely a per-read timeout.
"""

from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from factdb import __version__, defaults
from factdb.capture import Capture
from factdb.engine.pdf import is_pdf
from factdb.engine.sniff import binary_kind, identify
from factdb.errors import FetchError

try:  # brotli is optional: without it we neither ask for nor accept `br` bodies.
    import brotli
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None

DEFAULT_TIMEOUT: float = defaults.FETCH_TIMEOUT
DEFAULT_MAX_BYTES: int = defaults.FETCH_MAX_BYTES
DEFAULT_MAX_REDIRECTS = 10
DEFAULT_USER_AGENT = f"factdb/{__version__} (citation archiver)"

#: The media types we archive; everything else is refused before its body is read.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: PDF's media types; a body served as one of `SNIFFED_MEDIA_TYPES` is a PDF when it
#: starts with %PDF- (servers send reports as application/octet-stream too).
PDF_MEDIA_TYPES = frozenset({"application/pdf", "application/x-pdf"})
SNIFFED_MEDIA_TYPES = frozenset({"application/octet-stream", "binary/octet-stream"})
ALLOWED_SCHEMES = frozenset({"http", "https"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Decoded output is produced in pieces of at most this size, so memory stays bounded
# whatever the compression ratio of the body.
_PIECE = 64 * 1024


_ACCEPT = "text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,*/*;q=0.1"
_ACCEPTED = HTML_MEDIA_TYPES | PDF_MEDIA_TYPES | SNIFFED_MEDIA_TYPES


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split a Content-Type header into (media type, charset), both lower-cased.

    >>> parse_content_type('text/HTML; Charset="Windows-1250"')
    ('text/html', 'windows-1250')
    >>> parse_content_type("application/xhtml+xml")
    ('application/xhtml+xml', None)
    >>> parse_content_type(None)
    (None, None)
    >>> parse_content_type(" ; charset=utf-8")
    (None, 'utf-8')
    """
    if value is None:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'").strip().lower() or None
    return media_type.strip().lower() or None, charset


def format_size(n: int) -> str:
    """A byte count as people say it in a limit.

    >>> format_size(50 * 1024 * 1024)
    '50 MB'
    >>> format_size(64 * 1024)
    '64 KB'
    >>> format_size(1000)
    '1000 bytes'
    """
    if n and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n and n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


class ContentDecodingError(ValueError):
    """A body whose Content-Encoding is unsupported or whose compressed data is broken."""


class _Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...
    def finish(self) -> Iterator[bytes]: ...


class _ZlibDecoder:
    """gzip or deflate, inflated in bounded pieces."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        # 16 + MAX_WBITS: gzip framing. For deflate, servers send either a zlib stream
        # (what RFC 9110 means) or a raw deflate stream; we try zlib first and fall back.
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._d = zlib.decompressobj(wbits)
        self._first = encoding == "deflate"

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._first and data:
            self._first = False
            try:
                out = self._d.decompress(data, _PIECE)
            except zlib.error:
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._d.decompress(data, _PIECE)
            yield out
        else:
            yield self._d.decompress(data, _PIECE)
        while self._d.unconsumed_tail:
            yield self._d.decompress(self._d.unconsumed_tail, _PIECE)

    def finish(self) -> Iterator[bytes]:
        yield self._d.flush()
        if not self._d.eof:
            raise ContentDecodingError(f"cannot decode {self.encoding} body (truncated)")


class _BrotliDecoder:
    """br, inflated in bounded pieces (brotli >= 1.2 has `output_buffer_limit`)."""

    def __init__(self) -> None:
        self._d = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        out = self._d.process(data, output_buffer_limit=_PIECE)
        # Keep draining with empty input while the limit held output back.
        while out:
            yield out
            if self._d.is_finished():
                return
            out = self._d.process(b"", output_buffer_limit=_PIECE)

    def finish(self) -> Iterator[bytes]:
        if not self._d.is_finished():
            raise ContentDecodingError("cannot decode br body (truncated)")
        yield b""


_CODEC_ERRORS: tuple[type[Exception], ...] = (zlib.error,) + (
    (brotli.error,) if brotli is not None else ()
)


def _supported_encodings() -> list[str]:
    encodings = ["gzip", "deflate"]
    if brotli is not None and hasattr(brotli.Decompressor, "can_accept_more_data"):
        encodings.append("br")
    return encodings


def _decoders_for(content_encoding: str | None) -> list[_Decoder]:
    """The decoders to apply, in the order to apply them (the last encoding first)."""
    if not content_encoding:
        return []
    names = [e.strip().lower() for e in content_encoding.split(",") if e.strip()]
    decoders: list[_Decoder] = []
    for name in reversed(names):
        if name == "identity":
            continue
        if name not in _supported_encodings() and name != "x-gzip":
            raise ContentDecodingError(f"unsupported Content-Encoding {name!r}")
        decoders.append(_BrotliDecoder() if name == "br" else _ZlibDecoder(name))
    return decoders


def decode_body(chunks: Iterable[bytes], content_encoding: str | None) -> Iterator[bytes]:
    """Undo a Content-Encoding chain, streaming, in pieces of bounded size.

    Raises `ContentDecodingError` for an unsupported encoding or broken compressed data.

    >>> import gzip
    >>> b"".join(decode_body([gzip.compress(b"<p>hi</p>")], "gzip"))
    b'<p>hi</p>'
    >>> b"".join(decode_body([b"<p>hi</p>"], "gzip"))
    Traceback (most recent call last):
    ...
    factdb.fetch.ContentDecodingError: cannot decode gzip body (Error -3 while decompressing data: incorrect header check)
    """  # noqa: E501
    decoders = _decoders_for(content_encoding)

    def run(data: bytes, stage: int) -> Iterator[bytes]:
        if stage == len(decoders):
            if data:
                yield data
            return
        for piece in decoders[stage].feed(data):
            yield from run(piece, stage + 1)

    def finish(stage: int) -> Iterator[bytes]:
        if stage == len(decoders):
            return
        for piece in decoders[stage].finish():
            yield from run(piece, stage + 1)
        yield from finish(stage + 1)

    try:
        for chunk in chunks:
            yield from run(chunk, 0)
        yield from finish(0)
    except _CODEC_ERRORS as exc:
        raise ContentDecodingError(f"cannot decode {content_encoding} body ({exc})") from None


class _Deadline:
    """One total deadline for a fetch.

    httpx only has per-operation timeouts: a server that drips one byte every second never
    trips a 30 s read timeout. When the deadline passes, the watchdog shuts down the socket
    (captured through httpcore's documented `trace` extension), which wakes up a blocked
    read; the fetch loop also checks the clock after every chunk.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.end = time.monotonic() + timeout
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            self.expired = True
        return max(left, 0.001)

    def check(self) -> None:
        if self.expired or time.monotonic() >= self.end:
            self.expired = True
            raise TimeoutError

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                with self._lock:
                    self._sockets.append(sock)
                    if self.expired:
                        self._shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shutdown(sock)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        try:
            # The plain socket's shutdown even for an SSLSocket: we want the OS-level
            # shutdown that wakes the reader, not a TLS close_notify exchange.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass

    def cancel(self) -> None:
        self._timer.cancel()


def _check_scheme(url: str, *, redirected_from: str | None = None) -> None:
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as exc:
        raise ValueError(f"invalid URL ({exc})") from None
    if scheme in ALLOWED_SCHEMES:
        return
    shown = f"{scheme}:" if scheme else "no scheme"
    if redirected_from is not None:
        raise ValueError(f"redirect to {url} refused: {shown} is not http or https")
    raise ValueError(f"unsupported URL scheme ({shown}); only http and https can be fetched")


def _connect_reason(exc: httpx.ConnectError) -> str:
    text = str(exc)
    lowered = text.lower()
    if any(
        marker in lowered
        for marker in (
            "name or service not known",
            "nodename nor servname",
            "temporary failure in name resolution",
            "no address associated",
            "getaddrinfo failed",
        )
    ):
        return "cannot resolve host name"
    return f"cannot connect ({text or type(exc).__name__})"


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    user_agent: str = DEFAULT_USER_AGENT,
) -> Capture:
    """Retrieve the HTML page at `url` (following redirects) as a `Capture`.

    `timeout` bounds the whole retrieval (connect, redirects, headers and body) in seconds;
    `max_bytes` bounds the decoded body. Raises `FetchError` naming the URL and the reason
    for anything that is not a successfully retrieved HTML page (with `status`, the HTTP
    status, when the server refused it).
    """
    capture = fetch_if_modified(
        url,
        timeout=timeout,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        user_agent=user_agent,
    )
    assert capture is not None  # unconditional: a 304 is refused as any other status
    return capture


def fetch_if_modified(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    user_agent: str = DEFAULT_USER_AGENT,
    client: httpx.Client | None = None,
) -> Capture | None:
    """`fetch`, as a conditional request: None when the server answers 304 Not Modified
    to `If-None-Match: etag` or `If-Modified-Since: last_modified` (either may be None;
    with neither, the request is unconditional).

    `client` (from `make_client`) is reused rather than made anew: making one loads the
    TLS certificate store, which costs more than a request to a nearby server.
    """
    conditional: dict[str, str] = {}
    if etag:
        conditional["If-None-Match"] = etag
    if last_modified:
        conditional["If-Modified-Since"] = last_modified
    try:
        return _fetch(url, timeout, max_bytes, max_redirects, user_agent, conditional, client)
    except _Refused as exc:
        raise FetchError(f"{url}: {exc}", status=exc.status) from None


def make_client() -> httpx.Client:
    """An HTTP client for `fetch_if_modified` to reuse (it follows no redirects itself:
    `fetch` follows them, checking each hop)."""
    return httpx.Client(follow_redirects=False)


class _Refused(Exception):
    """Internal: the reason a fetch failed, without the URL (added once, by `fetch`)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def _fetch(
    url: str,
    timeout: float,
    max_bytes: int,
    max_redirects: int,
    ua: str,
    conditional: dict[str, str],
    client: httpx.Client | None = None,
) -> Capture | None:
    try:
        _check_scheme(url)
    except ValueError as exc:
        raise _Refused(str(exc)) from None
    deadline = _Deadline(timeout)
    headers = {"User-Agent": ua, "Accept": _ACCEPT}
    headers["Accept-Encoding"] = ", ".join(_supported_encodings())
    headers.update(conditional)
    try:
        if client is not None:
            return _follow(client, url, deadline, max_bytes, max_redirects, headers, conditional)
        with make_client() as own:
            return _follow(own, url, deadline, max_bytes, max_redirects, headers, conditional)
    except TimeoutError:
        raise _Refused(f"timed out after {timeout:g} s") from None
    except httpx.TimeoutException:
        raise _Refused(f"timed out after {timeout:g} s") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise _Refused(f"invalid URL ({exc})") from None
    except httpx.ConnectError as exc:
        if deadline.expired:
            raise _Refused(f"timed out after {timeout:g} s") from None
        raise _Refused(_connect_reason(exc)) from None
    except (httpx.TransportError, httpx.DecodingError) as exc:
        if deadline.expired:
            raise _Refused(f"timed out after {timeout:g} s") from None
        raise _Refused(f"transfer failed ({exc or type(exc).__name__})") from None
    finally:
        deadline.cancel()


def _follow(
    client: httpx.Client,
    url: str,
    deadline: _Deadline,
    max_bytes: int,
    max_redirects: int,
    headers: dict[str, str],
    conditional: dict[str, str],
) -> Capture | None:
    chain: list[str] = []
    current = url
    while True:
        left = deadline.remaining()
        deadline.check()
        request = client.build_request(
            "GET",
            current,
            timeout=httpx.Timeout(left),
            headers=headers,
            extensions={"trace": deadline.trace},
        )
        response = client.send(request, stream=True)
        try:
            retrieved_at = datetime.now(UTC)
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise _Refused(f"HTTP {status} redirect without a Location header")
                try:
                    target = urljoin(str(response.url), location.strip())
                    _check_scheme(target, redirected_from=current)
                except ValueError as exc:
                    raise _Refused(str(exc)) from None
                chain.append(current)
                if target in chain:
                    raise _Refused(f"redirect loop ({target} again after {len(chain)} hops)")
                if len(chain) > max_redirects:
                    plural = "" if max_redirects == 1 else "s"
                    raise _Refused(f"more than {max_redirects} redirect{plural}")
                current = target
                continue
            if status == 304 and conditional:
                return None
            if status >= 300:
                reason = response.reason_phrase or ""
                where = f" at {current}" if chain else ""
                raise _Refused(f"HTTP {status} {reason}".rstrip() + where, status)
            return _read_page(response, current, chain, retrieved_at, deadline, max_bytes)
        finally:
            response.close()


def _read_page(
    response: httpx.Response,
    url: str,
    chain: list[str],
    retrieved_at: datetime,
    deadline: _Deadline,
    max_bytes: int,
) -> Capture:
    content_type = response.headers.get("Content-Type")
    media_type, charset = parse_content_type(content_type)
    if content_type is not None and media_type not in _ACCEPTED:
        raise _Refused(f"not HTML or PDF (Content-Type: {content_type})")
    encoding = response.headers.get("Content-Encoding")
    declared = response.headers.get("Content-Length")
    limit = f"response larger than {format_size(max_bytes)} limit"
    if not encoding and declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise _Refused(limit)  # refuse before downloading what we would throw away

    def raw_chunks() -> Iterator[bytes]:
        for chunk in response.iter_raw():
            deadline.check()
            yield chunk

    body = bytearray()
    try:
        for piece in decode_body(raw_chunks(), encoding):
            body += piece
            if len(body) > max_bytes:
                raise _Refused(limit)
            deadline.check()
    except ContentDecodingError as exc:
        raise _Refused(str(exc)) from None
    # A body without Content-Length ends when the connection does, and the watchdog ends
    # the connection at the deadline: such an ending is a timeout, not a complete page.
    deadline.check()
    raw = bytes(body)
    if is_pdf(raw):
        # A PDF by its bytes, whatever the header says (servers label reports octet-stream,
        # or text/html by mistake): archived as a PDF.
        media_type = "application/pdf"
    elif media_type in PDF_MEDIA_TYPES:
        raise _Refused(f"served as {media_type}, but the body does not start with %PDF-")
    elif media_type in SNIFFED_MEDIA_TYPES:
        found = identify(raw)
        raise _Refused(f"not HTML or PDF (Content-Type: {content_type}, body is {found or 'HTML'})")
    elif content_type is None:
        # No declared type: the body decides, as it does for a file without an HTML name
        # (a leading HTML tag; see factdb.engine.sniff).
        found = identify(raw)
        if found is not None:
            raise _Refused(f"not HTML (no Content-Type, and the body is {found})")
    binary = None if media_type == "application/pdf" else binary_kind(raw)
    if binary is not None and binary != "binary data":
        # Declared HTML, but the bytes are a known binary format (a PDF or an image
        # served as text/html): not a page, whatever the header says. Stray control
        # characters are left to the decoder, as they are for files.
        raise _Refused(f"not HTML (Content-Type: {content_type}, but the body is {binary})")
    return Capture(
        raw=raw,
        url=url,
        method="http",
        retrieved_at=retrieved_at,
        origin=chain[0] if chain else url,
        status=response.status_code,
        headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw],
        redirects=list(chain),
        media_type=media_type,
        http_charset=charset,
    )
