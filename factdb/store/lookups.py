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
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from sqlalchemy import Row, insert, select

from ..engine.sniff import is_pdf
from ..engine.text import EXTRACTOR_VERSION, TextLayer, decode_html, extract, is_pdf_layer
from ..errors import (
    AmbiguousSnapshot,
    FactdbError,
    NoTextLayer,
    UnknownSnapshot,
    UnknownSource,
    UsageError,
)
from . import tables
from .types import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..engine.pdf import PdfTextLayer
    from .models import Snapshot, Source, TextLayerCache
    from .tables import Reader

#: How snapshot bytes are stored.
COMPRESSION = "zlib"
#: Snapshot names: a full SHA-256 or a unique prefix of at least this many hex digits.
MIN_PREFIX = 8


def sha256_hex(raw: bytes) -> str:
    """The SHA-256 of `raw` as 64 lowercase hex digits."""
    return hashlib.sha256(raw).hexdigest()


def compress(raw: bytes) -> bytes:
    return zlib.compress(raw, 6)


class SnapshotData(Protocol):
    """What the look-ups read of a snapshot: a `Snapshot` or a row of `tables.snapshot`."""

    @property
    def id(self) -> int: ...
    @property
    def sha256(self) -> str: ...
    @property
    def content(self) -> bytes: ...
    @property
    def compression(self) -> str: ...
    @property
    def headers(self) -> list[Any]: ...


def snapshot_bytes(snapshot: SnapshotData) -> bytes:
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
AnyLayer: TypeAlias = "TextLayer | PdfTextLayer"


def _pdf_version() -> str:
    """`factdb.engine.pdf.PDF_EXTRACTOR_VERSION`: the PDF reader is loaded only for a PDF."""
    from ..engine.pdf import PDF_EXTRACTOR_VERSION

    return PDF_EXTRACTOR_VERSION


def extractor_version_of(raw: bytes) -> str:
    """The extractor that reads these bytes now: the PDF extractor's for a PDF."""
    return _pdf_version() if is_pdf(raw) else EXTRACTOR_VERSION


def extract_any(raw: bytes, http_charset: str | None = None) -> AnyLayer:
    """The text layer of a snapshot's bytes: a PDF's (`factdb.engine.pdf`) or a page's.

    Raises `NoTextLayer` for a PDF that needs a password (it has no readable text).
    """
    if is_pdf(raw):
        from ..engine.pdf import PdfNeedsPassword, extract_pdf

        try:
            return extract_pdf(raw)
        except PdfNeedsPassword:
            raise NoTextLayer(
                "the PDF is encrypted and needs a password: factdb cannot read its text "
                "(archived as bytes; cite a copy that opens without a password)"
            ) from None
    return extract(raw, http_charset)


def require_text(layer: AnyLayer, snapshot: SnapshotData) -> AnyLayer:
    """The layer, or `NoTextLayer` when it has no text at all (a scanned PDF)."""
    if is_pdf_layer(layer) and not layer.text.strip():
        raise NoTextLayer(
            f"snapshot {snapshot.sha256[:12]} is a PDF with no extractable text "
            f"({layer.page_count} page{'s' if layer.page_count != 1 else ''} of images, "
            "a scan?): OCR is out of scope for factdb, so nothing in it can be quoted"
        )
    return layer


def _cache_fields(snapshot: SnapshotData, layer: AnyLayer) -> dict[str, Any]:
    data = layer.to_bytes()  # already compressed by the text layer
    return {
        "snapshot_id": snapshot.id,
        "extractor_version": layer.version,
        "data": data,
        "sha256": layer_digest(snapshot.sha256, layer.version, data),
    }


def _cache_row(snapshot: SnapshotData, layer: AnyLayer) -> TextLayerCache:
    from .models import TextLayerCache

    return TextLayerCache(**_cache_fields(snapshot, layer))


def snapshot_row(db: Reader, ref: str, *columns: Any) -> Row[Any]:
    """The snapshot named by a SHA-256 or a unique prefix of at least 8 hex digits, as a
    row of `columns` (default: every column of `tables.snapshot`)."""
    name = ref.strip().lower()
    if name.startswith("sha256:"):
        name = name[len("sha256:") :]
    if not re.fullmatch(r"[0-9a-f]{1,64}", name):
        raise UsageError(f"{ref!r} is not a snapshot digest (hex SHA-256 or a prefix of it)")
    if len(name) < MIN_PREFIX:
        raise UsageError(f"{ref!r}: give at least {MIN_PREFIX} hex digits of the snapshot digest")
    t = tables.snapshot
    tables.autoflush(db)
    query = select(*(columns or t.c)).add_columns(t.c.sha256.label("sha256_match"))
    matches = db.execute(query.where(t.c.sha256.startswith(name)).limit(5)).all()
    if not matches:
        raise UnknownSnapshot(f"no snapshot {ref}")
    if len(matches) > 1:
        names = ", ".join(m.sha256_match[:16] for m in matches)
        raise AmbiguousSnapshot(f"snapshot prefix {ref} matches several snapshots: {names}")
    return matches[0]


def find_snapshot(session: Session, ref: str) -> Snapshot:
    """The snapshot named by a SHA-256 or a unique prefix of at least 8 hex digits."""
    from .models import Snapshot

    found = session.get(Snapshot, snapshot_row(session, ref, tables.snapshot.c.id).id)
    assert found is not None
    return found


def source_row(db: Reader, ref: str, *columns: Any) -> Row[Any]:
    """The source with this id or URL, as a row of `columns` (default: every column of
    `tables.source`)."""
    t = tables.source
    where = t.c.id == int(ref) if ref.isdigit() else t.c.url == ref
    tables.autoflush(db)
    row = db.execute(select(*(columns or t.c)).where(where)).first()
    if row is None:
        raise UnknownSource(f"no source {ref}")
    return row


def find_source(session: Session, ref: str) -> Source:
    """The source with this id or URL."""
    from .models import Source

    found = session.get(Source, source_row(session, ref, tables.source.c.id).id)
    assert found is not None
    return found


def latest_snapshot(session: Session, source: Source) -> Snapshot:
    """The most recently retrieved snapshot of a source."""
    from .models import Snapshot

    snapshot = session.scalar(
        select(Snapshot)
        .where(Snapshot.source_id == source.id)
        .order_by(Snapshot.retrieved_at.desc(), Snapshot.id.desc())
        .limit(1)
    )
    if snapshot is None:
        raise UnknownSnapshot(f"source {source.url} has no snapshot")
    return snapshot


def text_layer(db: Reader, snapshot: SnapshotData, *, store: bool = True) -> AnyLayer:
    """The snapshot's text layer for the current extractor (a PDF's for a PDF), from the
    cache or built and cached (unless `store` is false: a read-only session builds it
    without caching). Raises `NoTextLayer` for a PDF that needs a password.

    `db` is a session or a Core connection, `snapshot` a `Snapshot` or a row of
    `tables.snapshot`."""
    raw = snapshot_bytes(snapshot)
    pdf = is_pdf(raw)
    version = _pdf_version() if pdf else EXTRACTOR_VERSION
    t = tables.text_layer
    tables.autoflush(db)
    row = db.execute(
        select(t.c.extractor_version, t.c.data, t.c.sha256).where(
            t.c.snapshot_id == snapshot.id, t.c.extractor_version == version
        )
    ).first()
    if row is not None:
        if row.sha256 == layer_digest(snapshot.sha256, row.extractor_version, row.data):
            if pdf:
                from ..engine.pdf import PdfTextLayer

                return PdfTextLayer.from_bytes(row.data, raw)
            html, _ = decode_html(raw, snapshot_http_charset(snapshot))
            return TextLayer.from_bytes(row.data, html)
        # Edited behind factdb's back (or corrupt): never trusted. The layer is rebuilt
        # from the verified bytes, and the row left for `factdb fsck` to name.
        return extract_any(raw, snapshot_http_charset(snapshot))
    layer = extract_any(raw, snapshot_http_charset(snapshot))
    if store:
        db.execute(insert(t).values(**_cache_fields(snapshot, layer), created_at=utcnow()))
    return layer


def snapshot_http_charset(snapshot: SnapshotData) -> str | None:
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


class SizedSnapshot(SnapshotData, Protocol):
    """What `verify_snapshot` reads: a snapshot's bytes and its recorded size."""

    @property
    def size(self) -> int: ...


def verify_snapshot(snapshot: SizedSnapshot) -> str | None:
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
    from .models import Snapshot

    problems: list[SnapshotProblem] = []
    count = 0
    for snapshot in session.scalars(select(Snapshot).order_by(Snapshot.id)):
        count += 1
        problem = verify_snapshot(snapshot)
        if problem:
            problems.append(SnapshotProblem(snapshot.sha256, snapshot.source.url, problem))
    return count, problems


class Published(Protocol):
    """What `published_date` reads: a `Source` or a row with its `published` column."""

    @property
    def published(self) -> str | None: ...


def published_date(source: Published) -> date | None:
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
