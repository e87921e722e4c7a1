"""The look-ups every module repeats: a source by id or URL and its publication date, a
snapshot by digest prefix, a source's latest snapshot, a snapshot's bytes (and whether
they still hash as recorded), and its text layer, cached per extractor version (derived
data: rebuilt from the bytes).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..engine.pdf import PDF_EXTRACTOR_VERSION, PdfNeedsPassword, PdfTextLayer, is_pdf
from ..engine.text import EXTRACTOR_VERSION, TextLayer, decode_html, extract
from ..errors import (
    AmbiguousSnapshot,
    FactdbError,
    NoTextLayer,
    UnknownSnapshot,
    UnknownSource,
    UsageError,
)
from .models import Snapshot, Source, TextLayerCache

#: How snapshot bytes are stored.
COMPRESSION = "zlib"
#: Snapshot names: a full SHA-256 or a unique prefix of at least this many hex digits.
MIN_PREFIX = 8


def sha256_hex(raw: bytes) -> str:
    """The SHA-256 of `raw` as 64 lowercase hex digits."""
    return hashlib.sha256(raw).hexdigest()


def compress(raw: bytes) -> bytes:
    return zlib.compress(raw, 6)


def snapshot_bytes(snapshot: Snapshot) -> bytes:
    """The raw bytes of a snapshot, decompressed (not verified: see `verify_snapshot`)."""
    if snapshot.compression != COMPRESSION:
        raise FactdbError(
            f"snapshot {snapshot.sha256[:12]}: unknown compression {snapshot.compression!r}"
        )
    return zlib.decompress(snapshot.content)


def layer_digest(snapshot_sha256: str, version: str, data: bytes) -> str:
    """The digest a cached text layer is stored with: SHA-256 over the snapshot's digest,
    the extractor version and the layer's bytes, so a row cannot pass for another
    snapshot's or another version's.

    >>> layer_digest("ab" * 32, "1", b"x")[:12]
    'c5dbd324b3c1'
    """
    digest = hashlib.sha256(f"{snapshot_sha256}\n{version}\n".encode())
    digest.update(data)
    return digest.hexdigest()


#: A snapshot's text layer: HTML's or a PDF's (the same contract for the locator).
AnyLayer = TextLayer | PdfTextLayer


def extractor_version_of(raw: bytes) -> str:
    """The extractor that reads these bytes now: the PDF extractor's for a PDF."""
    return PDF_EXTRACTOR_VERSION if is_pdf(raw) else EXTRACTOR_VERSION


def extract_any(raw: bytes, http_charset: str | None = None) -> AnyLayer:
    """The text layer of a snapshot's bytes: a PDF's (`factdb.engine.pdf`) or a page's.

    Raises `NoTextLayer` for a PDF that needs a password (it has no readable text).
    """
    if is_pdf(raw):
        from ..engine.pdf import extract_pdf

        try:
            return extract_pdf(raw)
        except PdfNeedsPassword:
            raise NoTextLayer(
                "the PDF is encrypted and needs a password: factdb cannot read its text "
                "(archived as bytes; cite a copy that opens without a password)"
            ) from None
    return extract(raw, http_charset)


def require_text(layer: AnyLayer, snapshot: Snapshot) -> AnyLayer:
    """The layer, or `NoTextLayer` when it has no text at all (a scanned PDF)."""
    if isinstance(layer, PdfTextLayer) and not layer.text.strip():
        raise NoTextLayer(
            f"snapshot {snapshot.sha256[:12]} is a PDF with no extractable text "
            f"({layer.page_count} page{'s' if layer.page_count != 1 else ''} of images, "
            "a scan?): OCR is out of scope for factdb, so nothing in it can be quoted"
        )
    return layer


def _cache_row(snapshot: Snapshot, layer: AnyLayer) -> TextLayerCache:
    data = layer.to_bytes()  # already compressed by the text layer
    return TextLayerCache(
        snapshot_id=snapshot.id,
        extractor_version=layer.version,
        data=data,
        sha256=layer_digest(snapshot.sha256, layer.version, data),
    )


def find_snapshot(session: Session, ref: str) -> Snapshot:
    """The snapshot named by a SHA-256 or a unique prefix of at least 8 hex digits."""
    name = ref.strip().lower()
    if name.startswith("sha256:"):
        name = name[len("sha256:") :]
    if not re.fullmatch(r"[0-9a-f]{1,64}", name):
        raise UsageError(f"{ref!r} is not a snapshot digest (hex SHA-256 or a prefix of it)")
    if len(name) < MIN_PREFIX:
        raise UsageError(f"{ref!r}: give at least {MIN_PREFIX} hex digits of the snapshot digest")
    matches = session.scalars(
        select(Snapshot).where(Snapshot.sha256.startswith(name)).limit(5)
    ).all()
    if not matches:
        raise UnknownSnapshot(f"no snapshot {ref}")
    if len(matches) > 1:
        names = ", ".join(m.sha256[:16] for m in matches)
        raise AmbiguousSnapshot(f"snapshot prefix {ref} matches several snapshots: {names}")
    return matches[0]


def find_source(session: Session, ref: str) -> Source:
    """The source with this id or URL."""
    if ref.isdigit():
        source = session.get(Source, int(ref))
    else:
        source = session.scalar(select(Source).where(Source.url == ref))
    if source is None:
        raise UnknownSource(f"no source {ref}")
    return source


def latest_snapshot(session: Session, source: Source) -> Snapshot:
    """The most recently retrieved snapshot of a source."""
    snapshot = session.scalar(
        select(Snapshot)
        .where(Snapshot.source_id == source.id)
        .order_by(Snapshot.retrieved_at.desc(), Snapshot.id.desc())
        .limit(1)
    )
    if snapshot is None:
        raise UnknownSnapshot(f"source {source.url} has no snapshot")
    return snapshot


def text_layer(session: Session, snapshot: Snapshot, *, store: bool = True) -> AnyLayer:
    """The snapshot's text layer for the current extractor (a PDF's for a PDF), from the
    cache or built and cached (unless `store` is false: a read-only session builds it
    without caching). Raises `NoTextLayer` for a PDF that needs a password."""
    raw = snapshot_bytes(snapshot)
    pdf = is_pdf(raw)
    version = PDF_EXTRACTOR_VERSION if pdf else EXTRACTOR_VERSION
    row = session.scalar(
        select(TextLayerCache).where(
            TextLayerCache.snapshot_id == snapshot.id,
            TextLayerCache.extractor_version == version,
        )
    )
    if row is not None:
        if row.sha256 == layer_digest(snapshot.sha256, row.extractor_version, row.data):
            if pdf:
                return PdfTextLayer.from_bytes(row.data, raw)
            html, _ = decode_html(raw, snapshot_http_charset(snapshot))
            return TextLayer.from_bytes(row.data, html)
        # Edited behind factdb's back (or corrupt): never trusted. The layer is rebuilt
        # from the verified bytes, and the row left for `factdb fsck` to name.
        return extract_any(raw, snapshot_http_charset(snapshot))
    layer = extract_any(raw, snapshot_http_charset(snapshot))
    if store:
        session.add(_cache_row(snapshot, layer))
        session.flush()
    return layer


def snapshot_http_charset(snapshot: Snapshot) -> str | None:
    """The charset its HTTP Content-Type header declared, if the capture kept one."""
    for name, value in snapshot.headers or []:
        if name.lower() == "content-type":
            match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", value, re.I)
            if match:
                return match.group(1)
    return None


@dataclass(frozen=True)
class SnapshotProblem:
    snapshot: str
    source: str
    problem: str

    def to_json(self) -> dict[str, str]:
        return {"snapshot": self.snapshot, "source": self.source, "problem": self.problem}


def verify_snapshot(snapshot: Snapshot) -> str | None:
    """Why the stored bytes do not match the recorded digest, or None when they do."""
    try:
        raw = snapshot_bytes(snapshot)
    except zlib.error as exc:
        return f"stored bytes cannot be decompressed ({exc})"
    except FactdbError as exc:
        return str(exc)
    if len(raw) != snapshot.size:
        return f"size is {len(raw)} bytes, recorded {snapshot.size}"
    actual = sha256_hex(raw)
    if actual != snapshot.sha256:
        return f"SHA-256 of the stored bytes is {actual}, recorded {snapshot.sha256}"
    return None


def verify_snapshots(session: Session) -> tuple[int, list[SnapshotProblem]]:
    """Re-hash every snapshot; return how many were checked and each corrupt one."""
    problems: list[SnapshotProblem] = []
    count = 0
    for snapshot in session.scalars(select(Snapshot).order_by(Snapshot.id)):
        count += 1
        problem = verify_snapshot(snapshot)
        if problem:
            problems.append(SnapshotProblem(snapshot.sha256, snapshot.source.url, problem))
    return count, problems


def published_date(source: Source) -> date | None:
    """The source's publication date as a `date`, or None when unknown or unparseable."""
    if not source.published:
        return None
    try:
        return datetime.fromisoformat(source.published.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(source.published[:10])
        except ValueError:
            return None
