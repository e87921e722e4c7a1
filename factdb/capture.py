"""A capture: the bytes of one retrieval of a page, and how they were obtained.

Readers (local files, HTTP, WARC, WACZ) all produce `Capture` objects; the archive stores
them as snapshots. A capture is plain data: no database, no parsing of the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Capture:
    """The raw bytes of one retrieval, exactly as received, with their provenance."""

    raw: bytes
    #: The URL the bytes came from (after redirects), or None for a local file without --url.
    url: str | None
    #: How the bytes were obtained: "file", "http", "warc" or "wacz".
    method: str
    retrieved_at: datetime
    #: Where the input was named: a path, a URL, or "file.warc.gz#record-id".
    origin: str
    status: int | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: The URLs visited before `url`, in order (empty when there was no redirect).
    redirects: list[str] = field(default_factory=list)
    #: The media type from Content-Type, lower-cased, without parameters.
    media_type: str | None = None
    #: The charset parameter of Content-Type, if any.
    http_charset: str | None = None
    #: For WARC records: the record's payload digest as written in the file (verified).
    payload_digest: str | None = None
