"""Every snapshot as a WARC response record, so replay tools can open the archive (a PDF
as its own response record, `application/pdf`).

Each record carries the snapshot's bytes as its HTTP payload, with the original status
line and headers where the capture had them (HTTP, WARC) and `200 OK` with the stored
media type otherwise. Headers that described the bytes on the wire (`Content-Encoding`,
`Transfer-Encoding`, `Content-Length`) are replaced, because the stored bytes are the
decoded page: `Content-Length` is their length and the originals are kept as
`X-Factdb-Original-*` headers. `WARC-Date` is the retrieval time; warcio writes the
block and payload digests. Reading the file back with `factdb archive FILE.warc.gz`
gives snapshots with the same SHA-256s.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .. import __version__
from ..errors import FactdbError
from ..store.lookups import snapshot_bytes, verify_snapshot
from ..store.models import Snapshot

#: Wire-level headers that no longer describe the stored (decoded) bytes.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
_REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content"}


def _warc_date(when: datetime) -> str:
    # WARC 1.1 allows fractional seconds; keep them so the retrieval time survives a round trip.
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


#: An HTTP header name (RFC 9110 token).
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
#: What no header line can carry: CR, LF and the other control characters (tab aside).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def _refuse_unsafe(snapshot: Snapshot, what: str, value: str) -> None:
    """Refuse to write `value` into a WARC or HTTP header line if it could end the line."""
    if _CONTROL.search(value):
        raise FactdbError(
            f"cannot export snapshot {snapshot.sha256[:12]}: its {what} holds a control "
            f"character a WARC header cannot carry: {value[:60]!r}"
        )


def media_type(snapshot: Snapshot) -> str:
    """The stored media type, or what the bytes are: a PDF (charset "binary", its bytes
    not decoded) or a web page."""
    if snapshot.media_type:
        return snapshot.media_type
    return "application/pdf" if snapshot.charset == "binary" else "text/html"


def http_headers(snapshot: Snapshot, size: int) -> StatusAndHeaders:
    """The HTTP status line and headers written before the snapshot's bytes; refuses
    (FactdbError) a header that would break its line."""
    status = snapshot.status or 200
    headers: list[tuple[str, str]] = []
    if snapshot.headers:
        for name, value in snapshot.headers:
            if not _TOKEN.fullmatch(str(name)):
                raise FactdbError(
                    f"cannot export snapshot {snapshot.sha256[:12]}: header name {name!r} "
                    "is not an HTTP token"
                )
            _refuse_unsafe(snapshot, f"header {name}", str(value))
            if name.lower() in _WIRE_HEADERS:
                headers.append((f"X-Factdb-Original-{name}", value))
            else:
                headers.append((name, value))
    else:
        headers.append(("Content-Type", media_type(snapshot)))
    headers.append(("Content-Length", str(size)))
    statusline = f"{status} {_REASONS.get(status, 'OK')}"
    return StatusAndHeaders(statusline, headers, protocol="HTTP/1.1")


def write_warc(session: Session, fh: IO[bytes]) -> int:
    """Write a gzipped WARC of every snapshot to `fh`; return how many records it holds.

    Raises FactdbError if a snapshot's bytes no longer match its digest: an export must
    never launder corrupt bytes into a file with fresh, valid digests.
    """
    writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.1")
    info = writer.create_warcinfo_record(
        "factdb.warc.gz",
        {"software": f"factdb {__version__}", "format": "WARC File Format 1.1"},
    )
    writer.write_record(info)
    count = 0
    snapshots = session.scalars(
        select(Snapshot).options(selectinload(Snapshot.source)).order_by(Snapshot.id)
    )
    for snap in snapshots:
        problem = verify_snapshot(snap)
        if problem:
            raise FactdbError(f"cannot export snapshot {snap.sha256[:12]}: {problem}")
        raw = snapshot_bytes(snap)
        target = snap.url or snap.source.url
        # Archiving refuses such URLs; a database from before it may still hold one.
        _refuse_unsafe(snap, "URL", target)
        _refuse_unsafe(snap, "media type", snap.media_type or "")
        record = writer.create_warc_record(
            # A URI has no spaces (WARC readers would rewrite them); encode as browsers do.
            target.replace(" ", "%20"),
            "response",
            payload=io.BytesIO(raw),
            length=len(raw),
            http_headers=http_headers(snap, len(raw)),
            warc_headers_dict={
                "WARC-Date": _warc_date(snap.retrieved_at),
                "WARC-Identified-Payload-Type": media_type(snap),
            },
        )
        writer.write_record(record)
        count += 1
    return count


def export_warc(session: Session, path: Path) -> int:
    """Write every snapshot to the WARC file at `path`, atomically; return the count."""
    from ..files import write_atomic
    from ..store.db import session_files

    counted: list[int] = []

    def produce(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            counted.append(write_warc(session, fh))

    write_atomic(Path(path), produce=produce, keep=session_files(session))
    return counted[0]


__all__ = ["export_warc", "http_headers", "write_warc"]
