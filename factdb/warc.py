"""Read the HTML pages out of WARC and WACZ files as `Capture` objects, verifying digests.

A WARC file holds many records; every `response` record carrying an HTML page with a 2xx
status, and every `resource` record of type text/html, becomes one capture. Other records
(requests, metadata, revisits, redirects, images, ...) are read past and skipped. Each
capture's raw bytes are the page as the server meant it: chunked transfer coding and any
Content-Encoding (gzip, deflate, br) removed; the HTTP headers are kept as recorded.

Readers are generators: an error (a truncated file, a digest mismatch) can be raised after
some captures were yielded. A caller that wants all or nothing collects them with `list()`
first.

Every input is bounded by `max_bytes` (`factdb archive --max-bytes`, as for URLs), counted
as the data is inflated, never after: a WARC's decompressed stream (a `.warc.gz` of 4 KB
can inflate to gigabytes), each WACZ member, `datapackage.json`, and the pages kept from
one file after their Content-Encoding is removed (together: the captures of one input are
held at once). Reading stops at the limit with one line, so memory stays bounded.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import io
import json
import zlib
from collections.abc import Iterator
from contextlib import redirect_stderr
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from zipfile import BadZipFile, ZipFile

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from factdb.capture import Capture
from factdb.engine.pdf import is_pdf
from factdb.engine.sniff import identify
from factdb.errors import WarcError
from factdb.fetch import (
    DEFAULT_MAX_BYTES,
    HTML_MEDIA_TYPES,
    PDF_MEDIA_TYPES,
    SNIFFED_MEDIA_TYPES,
    ContentDecodingError,
    decode_body,
    format_size,
    parse_content_type,
)

_BLOCK = 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class _Budget:
    """The decoded bytes one input may still produce (its pages, held together)."""

    def __init__(self, name: str, max_bytes: int) -> None:
        self.name = name
        self.max_bytes = max_bytes
        self.used = 0

    def take(self, n: int, what: str) -> None:
        self.used += n
        if self.used > self.max_bytes:
            raise WarcError(self.over(what))

    def over(self, what: str) -> str:
        return (
            f"{self.name}: {what} is larger than the {format_size(self.max_bytes)} limit "
            "(--max-bytes)"
        )


def read_warc(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Capture]:
    """Yield a `Capture` (method "warc") for every HTML page recorded in the WARC at `path`.

    `path` may be a `.warc` or a `.warc.gz` (record-at-a-time gzip). Raises `WarcError` naming
    the file and the reason when it cannot be read, is truncated or corrupt, or a record's
    payload does not match its `WARC-Payload-Digest`.
    """
    path = Path(path)
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise WarcError(f"{name}: cannot open ({exc.strerror or exc})") from None
    with fh:
        if fh.read(2) == _GZIP_MAGIC:
            fh.seek(0)
            _check_gzip(fh, name, max_bytes)
        elif path.stat().st_size > max_bytes:
            raise WarcError(_Budget(name, max_bytes).over("the WARC"))
        fh.seek(0)
        yield from _captures(fh, name, origin=name, method="warc", budget=_Budget(name, max_bytes))


def read_wacz(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Capture]:
    """Yield a `Capture` (method "wacz") for every HTML page in the WACZ at `path`.

    A WACZ is a ZIP whose `datapackage.json` lists each file with its SHA-256. Every listed
    file is verified, and every WARC under `archive/` must be listed, before any is read.
    Origins read `file.wacz!archive/data.warc.gz#<record id>`.
    """
    path = Path(path)
    name = str(path)
    try:
        zf = ZipFile(path)
    except FileNotFoundError:
        raise WarcError(f"{name}: cannot open (No such file or directory)") from None
    except OSError as exc:
        raise WarcError(f"{name}: cannot open ({exc.strerror or exc})") from None
    except BadZipFile as exc:
        raise WarcError(f"{name}: not a WACZ file (not a ZIP archive: {exc})") from None
    with zf:
        listed = _verify_datapackage(zf, name, max_bytes)
        budget = _Budget(name, max_bytes)
        warcs = sorted(
            member
            for member in zf.namelist()
            if member.startswith("archive/") and member.endswith((".warc", ".warc.gz"))
        )
        for member in warcs:
            if member not in listed:
                raise WarcError(f"{name}: {member} is not listed in datapackage.json (unverified)")
        for member in warcs:
            where = f"{name}!{member}"
            try:
                with zf.open(member) as fh:
                    if fh.read(2) == _GZIP_MAGIC:
                        with zf.open(member) as again:
                            _check_gzip(again, where, max_bytes)
                with zf.open(member) as fh:
                    yield from _captures(fh, where, origin=where, method="wacz", budget=budget)
            except (BadZipFile, zlib.error, EOFError) as exc:
                raise WarcError(f"{where}: corrupt ZIP member ({exc})") from None


def _verify_datapackage(zf: ZipFile, name: str, max_bytes: int) -> set[str]:
    """Check every file listed in datapackage.json against its hash; return their paths.

    Every member is checked against `max_bytes` by the size its ZIP entry declares before
    it is read (zipfile never inflates a member past that size: it fails its CRC).
    """
    for info in zf.infolist():
        if info.file_size > max_bytes:
            raise WarcError(_Budget(f"{name}!{info.filename}", max_bytes).over("it"))
    try:
        raw = zf.read("datapackage.json")
    except KeyError:
        raise WarcError(f"{name}: not a WACZ file (no datapackage.json)") from None
    except (BadZipFile, zlib.error, EOFError) as exc:
        raise WarcError(f"{name}!datapackage.json: corrupt ZIP member ({exc})") from None
    digest_file = _read_json(zf, "datapackage-digest.json", name, required=False)
    if isinstance(digest_file, dict) and "hash" in digest_file:
        # The optional signature file pins the datapackage itself.
        if not _hash_matches(io.BytesIO(raw), str(digest_file["hash"]), name, "datapackage.json"):
            raise WarcError(f"{name}: datapackage.json does not match datapackage-digest.json")
    package = _read_json(zf, "datapackage.json", name, required=True)
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list):
        raise WarcError(f"{name}: invalid datapackage.json (no list of resources)")
    names = set(zf.namelist())
    listed: set[str] = set()
    for i, resource in enumerate(resources):
        if not (
            isinstance(resource, dict)
            and isinstance(resource.get("path"), str)
            and isinstance(resource.get("hash"), str)
        ):
            raise WarcError(f"{name}: invalid datapackage.json (resource {i} lacks path or hash)")
        member = resource["path"]
        if member not in names:
            raise WarcError(f"{name}: datapackage.json lists {member}, which is not in the file")
        try:
            with zf.open(member) as fh:
                matches = _hash_matches(fh, resource["hash"], name, member)
        except (BadZipFile, zlib.error, EOFError) as exc:
            raise WarcError(f"{name}!{member}: corrupt ZIP member ({exc})") from None
        if not matches:
            raise WarcError(f"{name}: {member} does not match its hash in datapackage.json")
        size = resource.get("bytes")
        if isinstance(size, int) and size != zf.getinfo(member).file_size:
            raise WarcError(f"{name}: {member} does not match its size in datapackage.json")
        listed.add(member)
    return listed


def _read_json(zf: ZipFile, member: str, name: str, *, required: bool) -> Any:
    try:
        return json.loads(zf.read(member))
    except KeyError:
        if required:
            raise WarcError(f"{name}: not a WACZ file (no {member})") from None
        return None
    except (ValueError, UnicodeDecodeError) as exc:
        raise WarcError(f"{name}: invalid {member} ({exc})") from None
    except RecursionError:
        raise WarcError(f"{name}: invalid {member} (nested too deeply)") from None
    except (BadZipFile, zlib.error, EOFError) as exc:
        raise WarcError(f"{name}!{member}: corrupt ZIP member ({exc})") from None


def _hash_matches(fh: IO[bytes], declared: str, name: str, member: str) -> bool:
    algo, sep, value = declared.partition(":")
    if not sep or _normalise_algorithm(algo) != "sha256":
        raise WarcError(f"{name}: {member} has an unsupported hash {declared!r} (want sha256:)")
    h = hashlib.sha256()
    while block := fh.read(_BLOCK):
        h.update(block)
    return h.hexdigest() == value.strip().lower()


def _check_gzip(fh: IO[bytes], name: str, max_bytes: int) -> None:
    """Read a gzip stream to its end, so that truncation and corruption are found up front,
    and refuse it as soon as it inflates past `max_bytes`.

    warcio stops quietly at a truncated gzip member, so without this a cut-off `.warc.gz`
    would look like a shorter, valid file.
    """
    inflated = 0
    try:
        with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
            while block := gz.read(_BLOCK):
                inflated += len(block)
                if inflated > max_bytes:
                    raise WarcError(_Budget(name, max_bytes).over("the inflated WARC"))
    except EOFError:
        raise WarcError(f"{name}: truncated WARC (the gzip data ends early)") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise WarcError(f"{name}: corrupt WARC (bad gzip data: {exc})") from None


def _captures(
    fh: IO[bytes], name: str, *, origin: str, method: str, budget: _Budget
) -> Iterator[Capture]:
    records = ArchiveIterator(fh)
    try:
        while True:
            warnings = io.StringIO()
            errors_before = records.err_count
            try:
                # warcio writes warnings about damaged records to stderr; library code must
                # not print, so we capture them and turn them into an error instead.
                with redirect_stderr(warnings):
                    record = next(records, None)
            except (ArchiveLoadFailed, StatusAndHeadersParserException) as exc:
                raise WarcError(f"{name}: corrupt WARC ({_one_line(str(exc))})") from None
            except (zlib.error, EOFError, ValueError) as exc:
                raise WarcError(f"{name}: corrupt WARC ({exc})") from None
            if records.err_count > errors_before:
                raise WarcError(
                    f"{name}: corrupt WARC (a record is not followed by a blank line; "
                    "its Content-Length is wrong or the file is damaged)"
                )
            if record is None:
                return
            capture = _capture(record, name, origin=origin, method=method, budget=budget)
            if capture is not None:
                yield capture
    finally:
        records.close()


def _one_line(text: str, limit: int = 120) -> str:
    """Collapse whitespace and cut long text (warcio quotes whole damaged lines).

    >>> _one_line("bad\\n  line " + "x" * 200)[-12:]
    'xxxxxxxxx...'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _record_id(record: ArcWarcRecord, name: str) -> str:
    if record.format != "warc":
        raise WarcError(f"{name}: not a WARC file ({record.format.upper()} is not supported)")
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if not record.rec_type or not record_id or record.length is None:
        raise WarcError(
            f"{name}: corrupt WARC (bad record header: no WARC-Type, WARC-Record-ID "
            "or Content-Length)"
        )
    return record_id.strip().removeprefix("<").removesuffix(">")


def _read_all(record: ArcWarcRecord, name: str, record_id: str, keep: bool) -> bytes:
    """Read the rest of the record (its payload), checking that none of it is missing."""
    if record.http_headers is not None and record.payload_length >= 0:
        expected = record.payload_length
    else:
        expected = record.length
    parts: list[bytes] = []
    count = 0
    try:
        while block := record.raw_stream.read(_BLOCK):
            count += len(block)
            if keep:
                parts.append(block)
    except (zlib.error, EOFError) as exc:
        raise WarcError(f"{name}: corrupt WARC (record {record_id}: {exc})") from None
    if count < expected:
        raise WarcError(
            f"{name}: truncated WARC (record {record_id} ends after {count} of {expected} bytes)"
        )
    return b"".join(parts)


_WANTED = HTML_MEDIA_TYPES | PDF_MEDIA_TYPES | SNIFFED_MEDIA_TYPES


def _capture(
    record: ArcWarcRecord, name: str, *, origin: str, method: str, budget: _Budget
) -> Capture | None:
    record_id = _record_id(record, name)
    headers: list[tuple[str, str]] = []
    status: int | None = None
    chunked = False
    encoding: str | None = None
    if record.rec_type == "response" and record.http_headers is not None:
        http = record.http_headers
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            status = None
        headers = [(str(k), str(v)) for k, v in http.headers]
        content_type = http.get_header("Content-Type")
        media_type, charset = parse_content_type(content_type)
        wanted = status is not None and 200 <= status < 300
        wanted = wanted and (content_type is None or media_type in _WANTED)
        chunked = "chunked" in (http.get_header("Transfer-Encoding") or "").lower()
        encoding = http.get_header("Content-Encoding")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
        media_type, charset = parse_content_type(content_type)
        wanted = media_type in _WANTED
    else:
        wanted = False
    stored = _read_all(record, name, record_id, keep=wanted)
    if not wanted:
        return None

    if record.rec_headers.get_header("WARC-Segment-Number"):
        # The first segment holds only part of the page, and its payload digest covers the
        # reassembled whole; refusing is better than storing a partial page.
        raise WarcError(f"{name}: record {record_id} is segmented, which is not supported")
    declared = record.rec_headers.get_header("WARC-Payload-Digest")
    try:
        entity = _dechunk(stored) if chunked else None
    except ValueError as exc:
        raise WarcError(f"{name}: record {record_id}: {exc}") from None
    if declared:
        # warcio computes WARC-Payload-Digest over the payload exactly as stored: the bytes
        # after the HTTP headers, chunk framing included, Content-Encoding not removed
        # (warcio issues #74/#75). The WARC spec (and wget-lua, newer Heritrix) digest the
        # entity body, i.e. after removing chunked transfer coding but still
        # content-encoded (iipc/warc-specifications#22). Both are in the wild, so for a
        # chunked record either one is accepted; for any other they are the same bytes.
        candidates = [stored] if entity is None else [stored, entity]
        if not any(_digest_matches(declared, data, name, record_id) for data in candidates):
            raise WarcError(f"{name}: record {record_id} fails its WARC-Payload-Digest {declared}")
    if record.rec_type == "resource":
        block_digest = record.rec_headers.get_header("WARC-Block-Digest")
        if block_digest and not _digest_matches(block_digest, stored, name, record_id):
            raise WarcError(f"{name}: record {record_id} fails its WARC-Block-Digest")

    pieces = []
    try:
        # Stopped at the budget while inflating: a Content-Encoding bomb never grows whole.
        for piece in decode_body([stored if entity is None else entity], encoding):
            budget.take(len(piece), f"record {record_id} (decoded)")
            pieces.append(piece)
    except ContentDecodingError as exc:
        raise WarcError(f"{name}: record {record_id}: {exc}") from None
    raw = b"".join(pieces)
    del pieces
    if media_type in SNIFFED_MEDIA_TYPES or (media_type is None and record.rec_type == "response"):
        # No type, or octet-stream: the bytes decide (a PDF, a page, or neither).
        if is_pdf(raw):
            media_type = "application/pdf"
        elif media_type is not None or identify(raw) is not None:
            return None
    elif media_type in PDF_MEDIA_TYPES and not is_pdf(raw):
        return None

    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        raise WarcError(f"{name}: record {record_id} has no WARC-Target-URI")
    return Capture(
        raw=raw,
        url=url,
        method=method,
        retrieved_at=_warc_date(record, name, record_id),
        origin=f"{origin}#{record_id}",
        status=status,
        headers=headers,
        media_type=media_type,
        http_charset=charset,
        payload_digest=declared or None,
    )


def _warc_date(record: ArcWarcRecord, name: str, record_id: str) -> datetime:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise WarcError(f"{name}: record {record_id} has a bad WARC-Date {value!r}") from None
    # WARC dates are UTC by definition; a missing zone designator still means UTC.
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _dechunk(data: bytes) -> bytes | None:
    """Remove HTTP/1.1 chunked transfer coding; None when `data` is not chunked at all.

    Some WARC writers store the body already de-chunked but keep the
    `Transfer-Encoding: chunked` header, so a body that does not start with a chunk size
    is taken as it is. A body that starts chunked but breaks off is an error.

    >>> _dechunk(b"4\\r\\nWiki\\r\\n6;ext=1\\r\\npedia \\r\\n0\\r\\n\\r\\n")
    b'Wikipedia '
    >>> _dechunk(b"<html>") is None
    True
    """
    out = bytearray()
    pos = 0
    first = True
    while True:
        end = data.find(b"\r\n", pos)
        line = data[pos:end] if end >= 0 else b""
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            if first:
                return None
            raise ValueError("broken chunked transfer coding") from None
        first = False
        start = end + 2
        if size == 0:
            return bytes(out)
        if start + size > len(data):
            raise ValueError("chunked body ends inside a chunk")
        out += data[start : start + size]
        pos = start + size
        if data[pos : pos + 2] == b"\r\n":
            pos += 2


_DIGEST_SIZES = {"sha1": 20, "sha256": 32, "sha512": 64, "md5": 16}


def _normalise_algorithm(algo: str) -> str:
    """
    >>> _normalise_algorithm("SHA-256")
    'sha256'
    """
    return algo.strip().lower().replace("-", "").replace("_", "")


def decode_digest_value(value: str, size: int) -> bytes | None:
    """The digest bytes written as Base32 (WARC's usual form), hex or Base64; None if neither.

    >>> d = hashlib.sha1(b"x").digest()
    >>> decode_digest_value(base64.b32encode(d).decode(), 20) == d
    True
    >>> decode_digest_value(d.hex().upper(), 20) == d
    True
    >>> decode_digest_value("not a digest", 20) is None
    True
    """
    value = value.strip()
    if len(value) == 2 * size:
        try:
            return bytes.fromhex(value)
        except ValueError:
            pass
    try:
        padded = value.upper() + "=" * (-len(value) % 8)
        decoded = base64.b32decode(padded)
        if len(decoded) == size:
            return decoded
    except (binascii.Error, ValueError):
        pass
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_", validate=False)
        if len(decoded) == size:
            return decoded
    except (binascii.Error, ValueError):
        pass
    return None


def _digest_matches(declared: str, data: bytes, name: str, record_id: str) -> bool:
    algo, sep, value = declared.partition(":")
    algo = _normalise_algorithm(algo)
    if not sep or algo not in _DIGEST_SIZES:
        raise WarcError(f"{name}: record {record_id} has an unsupported digest {declared!r}")
    expected = decode_digest_value(value, _DIGEST_SIZES[algo])
    if expected is None:
        raise WarcError(f"{name}: record {record_id} has an unreadable digest {declared!r}")
    return hashlib.new(algo, data).digest() == expected
