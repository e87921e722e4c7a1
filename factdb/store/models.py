"""The database schema as typed SQLAlchemy 2.0 models.

Alembic owns the schema (see `migrations/`); these models are what the migrations must
produce, and a test proves they do on SQLite and PostgreSQL. Every model lives on `Base`,
whose naming convention gives constraints the same stable names on both dialects.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from ..engine.limits import MAX_URL
from .limits import check_row

# Re-exported: callers import them from here too.
from .types import UTCDateTime as UTCDateTime
from .types import utcnow as utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """A published work, named by its canonical URL."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    publisher: Mapped[str | None] = mapped_column(Text)
    #: ISO 8601 date or datetime, as the page gives it.
    published: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(35))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: A copy kept by a public web archive (e.g. the Wayback Machine), for readers who
    #: cannot see our snapshots; recorded with `factdb source edit URL --archived-copy`.
    archived_copy_url: Mapped[str | None] = mapped_column(String(2048))
    #: When that copy was captured (ISO 8601 date or datetime, UTC).
    archived_copy_date: Mapped[str | None] = mapped_column(String(64))

    snapshots: Mapped[list[Snapshot]] = relationship(
        back_populates="source", order_by="Snapshot.retrieved_at"
    )


class Snapshot(Base):
    """One capture of a source: the raw bytes exactly as retrieved, never edited."""

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), index=True)
    #: The raw bytes, compressed with `compression`.
    content: Mapped[bytes] = mapped_column(LargeBinary)
    compression: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    retrieved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: "file", "http", "warc" or "wacz".
    method: Mapped[str] = mapped_column(String(16))
    #: Where the input was named: a path, a URL, or "file.warc.gz#record-id".
    origin: Mapped[str] = mapped_column(Text)
    #: The URL the bytes came from (after redirects), if any.
    url: Mapped[str | None] = mapped_column(String(2048))
    redirects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    media_type: Mapped[str | None] = mapped_column(String(255))
    #: The charset used to decode the bytes.
    charset: Mapped[str] = mapped_column(String(64))
    payload_digest: Mapped[str | None] = mapped_column(String(128))
    #: Metadata read from the page itself when it was archived.
    page_metadata: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    source: Mapped[Source] = relationship(back_populates="snapshots")


class TextLayerCache(Base):
    """Derived data: a snapshot's text layer, keyed by extractor version; rebuildable."""

    __tablename__ = "text_layer"
    __table_args__ = (UniqueConstraint("snapshot_id", "extractor_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"))
    extractor_version: Mapped[str] = mapped_column(String(32))
    #: `TextLayer.to_bytes()` (compact and compressed by the text layer itself).
    data: Mapped[bytes] = mapped_column(LargeBinary)
    #: SHA-256 over the snapshot's digest, the extractor version and `data`
    #: (`factdb.store.lookups.layer_digest`), verified whenever the layer is loaded.
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Event(Base):
    """An append-only record of one change: who, what, when, before and after."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(255))
    #: What happened, e.g. "source.create", "snapshot.archive".
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(255))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: SHA-256 (hex) of the previous event's `hash`, chaining the log (tamper evidence).
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    #: SHA-256 (hex) over this event's content and `prev_hash`.
    hash: Mapped[str | None] = mapped_column(String(64), index=True)
    #: Ed25519 signature (hex) of `hash`, when events are signed (`FACTDB_SIGNING_KEY`,
    #: see `factdb.store.signing`).
    signature: Mapped[str | None] = mapped_column(String(128))


class Claim(Base):
    """A statement in the analyst's words, with a stable human id (slug)."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    statement: Mapped[str] = mapped_column(Text)
    #: The statement's language (a BCP 47 tag such as "de"); None: its first source's.
    language: Mapped[str | None] = mapped_column(String(35))
    #: "active" or "retracted".
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    #: Quantities read from the statement (see `factdb.engine.quantities.structured_values`).
    quantities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: The desk's rating in its own words ("Mostly true"), set by `factdb claim rate`;
    #: None: not rated.
    rating: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    tags: Mapped[list[ClaimTag]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimTag.tag"
    )
    citations: Mapped[list[Citation]] = relationship(back_populates="claim", order_by="Citation.id")
    revisions: Mapped[list[ClaimRevision]] = relationship(
        back_populates="claim", order_by="ClaimRevision.number"
    )

    @property
    def tag_names(self) -> list[str]:
        return [t.tag for t in self.tags]


class ClaimTag(Base):
    __tablename__ = "claim_tag"
    # The claims of a tag from the index alone (a search's tag filter; migration 0021).
    __table_args__ = (Index("ix_claim_tag_tag", "tag", "claim_id"),)

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)

    claim: Mapped[Claim] = relationship(back_populates="tags")


class ClaimRevision(Base):
    """One change to a claim, kept forever: what it said before and after, who, when, why."""

    __tablename__ = "claim_revision"
    __table_args__ = (UniqueConstraint("claim_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    #: "create", "edit", "retract", "cite", "rebase", "import", "tags" (an import that
    #: changed tags alone) or "rate" (the desk's rating): with the statements, what
    #: results it supersedes (`factdb.store.results`).
    kind: Mapped[str] = mapped_column(String(16))
    old_statement: Mapped[str | None] = mapped_column(Text)
    new_statement: Mapped[str | None] = mapped_column(Text)
    why: Mapped[str | None] = mapped_column(Text)
    #: Extra data of the change, e.g. the citation a rebase replaced.
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="revisions")


class Citation(Base):
    """A claim's evidence in one snapshot: the exact slice of the page it points at."""

    __tablename__ = "citation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id"), index=True)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str] = mapped_column(Text)
    text_start: Mapped[int] = mapped_column(Integer)
    text_end: Mapped[int] = mapped_column(Integer)
    #: The quote's range in the decoded HTML and in the bytes; NULL for a PDF, which has
    #: page ranges instead (`pdf`).
    html_start: Mapped[int | None] = mapped_column(Integer)
    html_end: Mapped[int | None] = mapped_column(Integer)
    byte_start: Mapped[int | None] = mapped_column(Integer)
    byte_end: Mapped[int | None] = mapped_column(Integer)
    #: For a quote with omitted words: the text ranges of its parts.
    parts: Mapped[list[Any] | None] = mapped_column(JSON)
    #: For a PDF snapshot: where the quote is drawn, `PdfTextLayer.locator`:
    #: {"page_start", "page_end", "pages": [{"page", "start", "end", "boxes"}]} with
    #: PDFium character ranges per page and boxes [left, bottom, right, top] in points.
    pdf: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: First page of the quote (for a PDF; NULL for a page): briefs cite "p. 14".
    page: Mapped[int | None] = mapped_column(Integer)
    #: The quote as the user typed it (before folding quotes, dashes and spaces).
    typed_quote: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(255))

    claim: Mapped[Claim] = relationship(back_populates="citations")
    snapshot: Mapped[Snapshot] = relationship()


class CheckRun(Base):
    """One run of the checks: when, by whom, with which versions."""

    __tablename__ = "check_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(255))
    tool_version: Mapped[str] = mapped_column(String(32))
    extractor_version: Mapped[str] = mapped_column(String(32))
    #: Counts by status, e.g. {"pass": 40, "unverified": 3, "warn": 1, "fail": 0}.
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CheckResult(Base):
    """One check's verdict on one claim or citation, with its reason."""

    __tablename__ = "check_result"
    __table_args__ = (Index("ix_check_result_claim_kind", "claim_id", "kind", "run_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("check_run.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    citation_id: Mapped[int | None] = mapped_column(ForeignKey("citation.id", ondelete="CASCADE"))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshot.id"))
    #: The claim revision it judged (its claim's latest when recorded); a newer revision
    #: that changes what it judged supersedes the result (see `factdb.store.results`). NULL:
    #: recorded before revisions were bound, older than every revision of its claim.
    revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim_revision.id", ondelete="CASCADE")
    )
    #: Which check: "integrity", "span", "html-span", "supported", "drift".
    kind: Mapped[str] = mapped_column(String(32))
    #: "pass", "warn", "fail" or "unverified".
    status: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text)
    #: Structured details: for drift the snapshot compared with, similarity, diff; for
    #: supported {"elements": [...]}, what it compared (`Element.to_json()` each).
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ClaimReview(Base):
    """A person's verdict on one check result of a claim (`factdb review`), bound to what
    it judged: the claim revision, the citation and snapshot, the result's status and
    detail, and each citation's span. It holds while all of them are unchanged
    (`factdb.store.results.review_holds`) and lapses by itself when any changes."""

    __tablename__ = "claim_review"
    __table_args__ = (Index("ix_claim_review_claim_kind", "claim_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    #: The claim's latest revision when reviewed.
    revision_id: Mapped[int] = mapped_column(ForeignKey("claim_revision.id", ondelete="CASCADE"))
    #: The check answered ("supported", "drift", ...) and its citation (None: claim-wide).
    kind: Mapped[str] = mapped_column(String(32))
    citation_id: Mapped[int | None] = mapped_column(ForeignKey("citation.id", ondelete="CASCADE"))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshot.id"))
    #: The result answered (kept for the record; a later run with the same status and
    #: detail is answered too), its status and its detail.
    result_id: Mapped[int | None] = mapped_column(
        ForeignKey("check_result.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text)
    #: Each citation of the claim when reviewed: [{"citation", "snapshot", "text_start",
    #: "text_end", "exact"}].
    citations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: "accept" or "reject".
    verdict: Mapped[str] = mapped_column(String(8))
    why: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TimestampToken(Base):
    """An RFC 3161 time-stamp token: a TSA's signed word that a digest existed at a time."""

    __tablename__ = "timestamp_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: "snapshot" (subject: the snapshot's SHA-256) or "event-head" (the head event's hash).
    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(64), index=True)
    tsa_url: Mapped[str] = mapped_column(String(2048))
    #: The TSA's TimeStampResp exactly as received (DER).
    reply: Mapped[bytes] = mapped_column(LargeBinary)
    #: The time the TSA vouches for (its genTime) and the token's serial number (decimal).
    gen_time: Mapped[datetime] = mapped_column(UTCDateTime)
    serial: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(255))


class SourceWatch(Base):
    """How a source is watched (`factdb source watch`) and what the last look at it found.

    A source without a row is watched at the default interval when an active claim cites
    it; `off` stops watching it. The validators (ETag, Last-Modified) of the last answer
    make the next request conditional.
    """

    __tablename__ = "source_watch"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("source.id", ondelete="CASCADE"), primary_key=True
    )
    #: Seconds between two looks; NULL: the default interval (weekly unless a round says).
    every_seconds: Mapped[int | None] = mapped_column(Integer)
    off: Mapped[bool] = mapped_column(Boolean, default=False)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    #: The last attempt, and the last one that was not an error (errors are retried).
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: What the last attempt found (`factdb.watch.OUTCOMES`) and why, in words.
    outcome: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(Text)
    #: When the page first answered 404 or 410 (NULL once it answers again).
    gone_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Where the URL last redirected to, if it did.
    redirected_to: Mapped[str | None] = mapped_column(String(2048))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WatchRound(Base):
    """One `factdb watch` round: who ran it, when, and what it found (`summary`)."""

    __tablename__ = "watch_round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Renewed after each source; a round whose heartbeat stopped long ago has died.
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(255))
    #: "running", "finished" or "interrupted".
    state: Mapped[str] = mapped_column(String(16), default="running")
    #: The check run holding the round's drift results (NULL when nothing was rechecked).
    run_id: Mapped[int | None] = mapped_column(ForeignKey("check_run.id", ondelete="SET NULL"))
    #: What was asked: which sources, the default interval, jobs, delay, deadline.
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Counts: sources tried, not modified, unchanged, new captures, gone, errors, drift.
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class WatchOutcome(Base):
    """What one round found for one source."""

    __tablename__ = "watch_outcome"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("watch_round.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    #: "not-modified", "unchanged", "changed", "gone" or "error".
    outcome: Mapped[str] = mapped_column(String(16))
    http_status: Mapped[int | None] = mapped_column(Integer)
    #: The capture compared with (for "changed" and "unchanged" answers).
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshot.id"))
    redirected_to: Mapped[str | None] = mapped_column(String(2048))
    detail: Mapped[str] = mapped_column(Text)
    #: The drift of each citing claim: [{"claim", "status", "diff", "similarity"}].
    drift: Mapped[list[Any]] = mapped_column(JSON, default=list)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BriefBuild(Base):
    """One `factdb brief build` that wrote its output: what was built, from what, by whom."""

    __tablename__ = "brief_build"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    built_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(255))
    #: The brief (absolute path) and the SHA-256 of its bytes.
    brief_path: Mapped[str] = mapped_column(Text)
    brief_sha256: Mapped[str] = mapped_column(String(64))
    #: The output (absolute path), its format ("markdown", "html", "docx") and SHA-256.
    output_path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    output_sha256: Mapped[str] = mapped_column(String(64))

    citations: Mapped[list[BriefBuildCitation]] = relationship(
        back_populates="build", order_by="BriefBuildCitation.id"
    )


class BriefBuildCitation(Base):
    """A claim a build cited, with the citation and snapshot it cited then."""

    __tablename__ = "brief_build_citation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    build_id: Mapped[int] = mapped_column(
        ForeignKey("brief_build.id", ondelete="CASCADE"), index=True
    )
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    #: The claim's revision when built.
    revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim_revision.id", ondelete="SET NULL")
    )
    citation_id: Mapped[int | None] = mapped_column(ForeignKey("citation.id", ondelete="SET NULL"))
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id"))
    #: The quote as cited then.
    exact: Mapped[str] = mapped_column(Text)
    #: The claim's overall check status when built ("pass", "reviewed", "warn" or
    #: "unverified").
    status: Mapped[str] = mapped_column(String(16))

    build: Mapped[BriefBuild] = relationship(back_populates="citations")


# The engine's bound is the column's.
assert getattr(Source.__table__.c.url.type, "length", None) == MAX_URL


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Every string an ORM flush writes is checked first (`limits`): registered with the
    models, so every session that can flush one of them has it."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        table = getattr(type(obj), "__table__", None)
        if not isinstance(table, Table):
            continue
        changed: list[tuple[str, Any]] = []
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.added:
                changed.extend((attr.columns[0].key, v) for v in history.added)
        check_row(table, changed)
