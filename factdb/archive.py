"""The archive: store captures as immutable, hash-verified snapshots of their sources.

`archive_inputs` turns the inputs a user names (files, folders, URLs, WARC and WACZ files)
into snapshots, each good capture in its own transaction; `store_capture` stores one. A
snapshot's bytes are never edited; `verify_snapshots` re-hashes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .capture import Capture
from .engine.pdf import is_pdf
from .engine.sniff import describe, identify
from .engine.text import extract
from .errors import (
    FactdbError,
    FetchError,
    InputError,
    UsageError,
)
from .store import events
from .store.db import Database
from .store.limits import check_url
from .store.lookups import COMPRESSION, _cache_row, compress, sha256_hex
from .store.models import Snapshot, Source, utcnow
from .store.sources import METADATA, create_source, source_state

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: What a folder's files are archived by name: pages and PDFs.
FOLDER_SUFFIXES = (*HTML_SUFFIXES, ".pdf")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class Overrides:
    """Values the user gives on the command line, taking precedence over the page's own."""

    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    retrieved_at: datetime | None = None


@dataclass(frozen=True)
class Archived:
    """One stored (or already present) snapshot."""

    snapshot: str
    source: int
    url: str
    title: str | None
    retrieved_at: datetime
    new: bool
    size: int
    charset: str
    method: str
    origin: str
    #: Why options given for bytes already archived were not applied (and what to run).
    notice: str | None = None
    #: What to know of a stored PDF that cannot be quoted or carries active content.
    remark: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "snapshot": self.snapshot,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "retrieved_at": self.retrieved_at.isoformat(),
            "new": self.new,
            "size": self.size,
            "charset": self.charset,
            "method": self.method,
            "origin": self.origin,
            **({"notice": self.notice} if self.notice else {}),
            **({"remark": self.remark} if self.remark else {}),
        }


@dataclass(frozen=True)
class Failure:
    """An input that could not be archived, and why."""

    input: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"input": self.input, "error": self.reason}


@dataclass
class ArchiveReport:
    stored: list[Archived] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)


# --- reading inputs -----------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One input to read: a label for messages and a reader producing its captures."""

    label: str
    read: Callable[[], list[Capture]]


def plan_inputs(
    inputs: Iterable[str], *, fetch_options: dict[str, Any] | None = None
) -> Iterator[Task | Failure]:
    """Expand what the user named into tasks (a folder becomes one task per HTML file).

    Inputs that cannot even be planned (a missing path, an empty folder, an unsupported URL
    scheme) come out as failures, so that the other inputs still run.
    """
    options = fetch_options or {}
    for spec in inputs:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", spec) and not Path(spec).exists():
            scheme = spec.split(":", 1)[0].lower()
            if scheme in ("http", "https"):
                yield Task(spec, partial(_fetch_one, spec, options))
            elif len(scheme) > 1:  # not a Windows drive letter
                yield Failure(spec, f"unsupported URL scheme {scheme!r} (only http and https)")
            else:
                yield Failure(spec, "no such file or folder")
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.name.lower().endswith(FOLDER_SUFFIXES)
            )
            if not files:
                yield Failure(spec, "folder has no .html, .htm or .pdf files")
            for file in files:
                yield Task(str(file), partial(_read_one, file, options.get("max_bytes")))
        elif path.is_file():
            name = path.name.lower()
            limit = options.get("max_bytes")  # None: the reader's default
            if name.endswith(WARC_SUFFIXES):
                yield Task(spec, partial(_read_warc, path, limit))
            elif name.endswith(".wacz"):
                yield Task(spec, partial(_read_wacz, path, limit))
            else:
                yield Task(spec, partial(_read_one, path, limit))
        elif path.exists():
            yield Failure(spec, "not a regular file or folder")
        else:
            yield Failure(spec, "no such file or folder")


def _read_one(path: Path, max_bytes: int | None = None) -> list[Capture]:
    return [_read_file(path, max_bytes)]


def _fetch_one(url: str, options: dict[str, Any]) -> list[Capture]:
    return [_fetch(url, options)]


def _read_file(path: Path, max_bytes: int | None = None) -> Capture:
    """A page file's bytes, refused past `max_bytes` (the URLs' limit by default) without
    reading more than one byte beyond it."""
    from .fetch import DEFAULT_MAX_BYTES, format_size

    limit = max_bytes or DEFAULT_MAX_BYTES
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if len(raw) > limit:
        raise InputError(f"the file is larger than the {format_size(limit)} limit (--max-bytes)")
    if is_pdf(raw):
        return Capture(
            raw=raw,
            url=None,
            method="file",
            retrieved_at=utcnow(),
            origin=str(path),
            media_type="application/pdf",
        )
    found = identify(raw, path.name)
    if path.name.lower().endswith(".pdf"):
        # Named a PDF but not one: most often an error page saved under the PDF's name.
        what = describe(found) if found is not None else "a web page (HTML)"
        raise InputError(f"named .pdf but not a PDF (no %PDF- header): it is {what}")
    if found is not None:
        raise InputError(f"not a web page: it is {describe(found)}")
    return Capture(raw=raw, url=None, method="file", retrieved_at=utcnow(), origin=str(path))


def _fetch(url: str, options: dict[str, Any]) -> Capture:
    from .fetch import fetch

    try:
        return fetch(url, **options)
    except FetchError as exc:
        # Its message starts with the URL, which the failure is already labelled with.
        raise FetchError(str(exc).removeprefix(f"{url}: "), status=exc.status) from None


def _read_warc(path: Path, max_bytes: int | None = None) -> list[Capture]:
    from .fetch import DEFAULT_MAX_BYTES
    from .warc import read_warc

    captures = list(read_warc(path, max_bytes or DEFAULT_MAX_BYTES))
    if not captures:
        raise InputError("WARC has no HTML or PDF response records")
    return captures


def _read_wacz(path: Path, max_bytes: int | None = None) -> list[Capture]:
    from .fetch import DEFAULT_MAX_BYTES
    from .warc import read_wacz

    captures = list(read_wacz(path, max_bytes or DEFAULT_MAX_BYTES))
    if not captures:
        raise InputError("WACZ has no HTML or PDF response records")
    return captures


# --- storing ---------------------------------------------------------------------------------


def _file_uri(origin: str) -> str:
    return Path(origin).resolve().as_uri()


def store_capture(
    session: Session, capture: Capture, overrides: Overrides = Overrides(), *, actor: str
) -> Archived:
    """Store one capture as a snapshot of its source; report the existing one if already stored.

    Raises DecodeError for bytes that are not a decodable HTML page. Nothing is written
    unless the whole snapshot, its source and its text layer can be.
    """
    digest = sha256_hex(capture.raw)
    existing = session.scalar(select(Snapshot).where(Snapshot.sha256 == digest))
    if existing is not None:
        return _archived(existing, new=False, notice=_not_applied(existing.source, overrides))

    if is_pdf(capture.raw):
        layer, charset, page_meta, found = _read_pdf(capture.raw)
        canonical = None
    else:
        # Imported here: bs4 is needed to archive, not by readers of this module's
        # listings (`factdb sources` starts without it).
        from .engine.metadata import extract_metadata

        layer = extract(capture.raw, capture.http_charset)
        charset = layer.charset
        meta = extract_metadata(layer.html, base_url=capture.url)
        page_meta = meta.to_json()
        canonical = meta.canonical_url
        found = {
            "title": meta.title,
            "authors": list(meta.authors),
            "publisher": meta.publisher,
            "published": meta.published,
            "language": meta.language,
        }

    url = overrides.url or canonical or capture.url or _file_uri(capture.origin)
    # A URL goes into exports' headers (WARC) and fields (BibTeX): CR/LF would inject.
    check_url(url, "the source URL")
    if capture.url is not None:
        check_url(capture.url, "the capture URL")
    source = session.scalar(select(Source).where(Source.url == url))
    fields = {
        "title": overrides.title or found["title"],
        "authors": list(overrides.authors) or list(found["authors"]),
        "publisher": overrides.publisher or found["publisher"],
        "published": overrides.published or found["published"],
        "language": found["language"],
    }
    if source is None:
        source = create_source(session, url, fields, actor=actor)
    else:
        # Fill what the source lacks; what the user gave explicitly wins over what it had.
        before = _source_fields(source)
        for name, value in fields.items():
            explicit = getattr(overrides, name, None) not in (None, ())
            if value and (explicit or not getattr(source, name)):
                setattr(source, name, value)
        after = _source_fields(source)
        if after != before:
            events.record(
                session,
                actor=actor,
                action="source.update",
                entity_type="source",
                entity_id=source.id,
                before=before,
                after=after,
            )
        if after["title"] != before["title"]:
            from .search.index import index_source  # the claims' index rows hold source titles

            index_source(session, source.id)

    layer_is_pdf = charset == PDF_CHARSET
    snapshot = Snapshot(
        sha256=digest,
        source=source,
        content=compress(capture.raw),
        compression=COMPRESSION,
        size=len(capture.raw),
        retrieved_at=overrides.retrieved_at or capture.retrieved_at,
        method=capture.method,
        origin=capture.origin,
        url=capture.url,
        redirects=list(capture.redirects),
        status=capture.status,
        headers=[list(h) for h in capture.headers],
        media_type=capture.media_type or ("application/pdf" if layer_is_pdf else None),
        charset=charset,
        payload_digest=capture.payload_digest,
        page_metadata=page_meta,
    )
    session.add(snapshot)
    session.flush()
    # A PDF that needs a password has no text layer: its bytes are archived alone.
    cached = _cache_row(snapshot, layer) if layer is not None else None
    if cached is not None:
        session.add(cached)
    # Every column of the snapshot (its bytes by their digest, the entity id) and the
    # digest of its text layer: `factdb fsck` compares the rows with what the log says.
    events.record(
        session,
        actor=actor,
        action="snapshot.archive",
        entity_type="snapshot",
        entity_id=digest,
        after={
            "source": source.id,
            "url": capture.url,
            "origin": capture.origin,
            "method": capture.method,
            "size": len(capture.raw),
            "retrieved_at": snapshot.retrieved_at.isoformat(),
            "charset": charset,
            "compression": snapshot.compression,
            "redirects": snapshot.redirects,
            "status": snapshot.status,
            "headers": snapshot.headers,
            "media_type": snapshot.media_type,
            "payload_digest": snapshot.payload_digest,
            "page_metadata": snapshot.page_metadata,
            "created_at": events.when(snapshot.created_at),
            "text_layer": (
                {"version": cached.extractor_version, "sha256": cached.sha256}
                if cached is not None
                else None
            ),
        },
    )
    return _archived(snapshot, new=True)


#: The `charset` of a PDF snapshot: its bytes are not decoded as text.
PDF_CHARSET = "binary"


def _read_pdf(raw: bytes) -> tuple[Any, str, dict[str, Any], dict[str, Any]]:
    """A PDF's text layer (None when it needs a password), charset, page metadata (what
    the document says of itself, its page count, encryption, active content, whether it
    has text) and the source fields it gives (title, authors, creation date, language).

    Raises `PdfError` (one line) for a PDF that cannot be read or exceeds a cap: nothing
    is stored. JavaScript and embedded files are named in the metadata, never run or
    extracted (PDFium reads neither when it extracts text).
    """
    from .engine.pdf import read_pdf_bounded

    # In a child process under memory and CPU caps: a decompression bomb is one line.
    info, layer = read_pdf_bounded(raw)
    text = bool(layer is not None and layer.text.strip())
    page_meta: dict[str, Any] = {
        "format": "pdf",
        "pages": info.pages,
        **info.metadata,
        "encrypted": info.encrypted,
        "needs_password": info.needs_password,
        "active_content": info.active_content,
        "has_text": text,
    }
    author = info.metadata.get("author")
    found = {
        "title": info.metadata.get("title"),
        "authors": [author] if author else [],
        "publisher": None,
        "published": info.metadata.get("created"),
        "language": info.metadata.get("language"),
    }
    return layer, PDF_CHARSET, page_meta, found


def _source_fields(source: Source) -> dict[str, Any]:
    return source_state(source, METADATA)


def _not_applied(source: Source, overrides: Overrides) -> str | None:
    """What the options would have changed on the source of bytes already archived, said
    with the command that does change it (archiving the same bytes again stores nothing)."""
    import shlex

    given = {
        "title": overrides.title,
        "publisher": overrides.publisher,
        "published": overrides.published,
        "authors": list(overrides.authors) or None,
    }
    ours = _source_fields(source)
    differ = [k for k, v in given.items() if v is not None and v != ours[k]]
    if not differ:
        return None
    said = "; ".join(f"{k} {ours[k]!r}, not {given[k]!r}" for k in differ)
    options = []
    for k in differ:
        if k == "authors":
            options += [f"--author {shlex.quote(a)}" for a in given[k] or []]
        else:
            options.append(f"--{k} {shlex.quote(str(given[k]))}")
    return (
        f"already archived, options not applied: its source has {said}; to correct it run "
        f"factdb source edit {shlex.quote(source.url)} {' '.join(options)} --why TEXT"
    )


def _archived(snapshot: Snapshot, *, new: bool, notice: str | None = None) -> Archived:
    return Archived(
        snapshot=snapshot.sha256,
        source=snapshot.source_id,
        url=snapshot.source.url,
        title=snapshot.source.title,
        retrieved_at=snapshot.retrieved_at,
        new=new,
        size=snapshot.size,
        charset=snapshot.charset,
        method=snapshot.method,
        origin=snapshot.origin,
        notice=notice,
        remark=pdf_remark(snapshot.page_metadata or {}),
    )


def pdf_remark(page_metadata: dict[str, Any]) -> str | None:
    """What an archived PDF's metadata says a user must know: no text to quote (a
    password, a scan), or active content kept as bytes only.

    >>> pdf_remark({"format": "pdf", "pages": 2, "has_text": False})[:54]
    'a PDF with no extractable text (2 pages of images, a s'
    >>> pdf_remark({"format": "pdf", "has_text": True, "active_content": ["JavaScript"]})
    'the PDF carries JavaScript: archived as bytes, never run or extracted'
    """
    if page_metadata.get("format") != "pdf":
        return None
    said = []
    if page_metadata.get("needs_password"):
        said.append(
            "an encrypted PDF that needs a password: archived as bytes, but its text cannot "
            "be read or quoted"
        )
    elif not page_metadata.get("has_text"):
        n = page_metadata.get("pages", 0)
        said.append(
            f"a PDF with no extractable text ({n} page{'s' if n != 1 else ''} of images, a "
            "scan?): archived, but nothing in it can be quoted (OCR is out of scope)"
        )
    active = page_metadata.get("active_content") or []
    if active:
        said.append(
            f"the PDF carries {' and '.join(active)}: archived as bytes, never run or extracted"
        )
    return "; ".join(said) or None


def archive_inputs(
    db: Database,
    inputs: Iterable[str],
    overrides: Overrides = Overrides(),
    *,
    actor: str,
    fetch_options: dict[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> ArchiveReport:
    """Archive every input, each capture in its own transaction; collect every failure.

    A URL override only makes sense for a single local file, so it is refused otherwise.
    """
    if overrides.url is not None:
        check_url(overrides.url, "--url")
    tasks = list(plan_inputs(inputs, fetch_options=fetch_options))
    if overrides.url and (len(tasks) != 1 or not isinstance(tasks[0], Task)):
        raise UsageError("--url names the page of one input file; give exactly one file")
    report = ArchiveReport()
    for task in tasks:
        if isinstance(task, Failure):
            report.failed.append(task)
            continue
        if progress:
            progress(task.label)
        try:
            captures = task.read()
        except FactdbError as exc:
            report.failed.append(Failure(task.label, str(exc)))
            continue
        for capture in captures:
            try:
                report.stored.append(_store_one(db, capture, overrides, actor=actor))
            except FactdbError as exc:
                report.failed.append(Failure(capture.origin, str(exc)))
    return report


def _store_one(db: Database, capture: Capture, overrides: Overrides, *, actor: str) -> Archived:
    try:
        with db.session() as session:
            return store_capture(session, capture, overrides, actor=actor)
    except IntegrityError:
        # Another writer stored the same bytes (or created the same source) at the same
        # moment; our transaction rolled back, so try once more against what it stored.
        with db.session() as session:
            return store_capture(session, capture, overrides, actor=actor)


def list_sources(session: Session) -> list[Source]:
    """Every source with its snapshots loaded, by URL."""
    return list(session.scalars(select(Source).order_by(Source.url)))
