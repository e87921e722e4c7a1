"""The database schema as typed SQLAlchemy 2.0 models.

Alembic owns the schema (see `migrations/`); these models are what the migrations must
produce, and a test proves they do on SQLite and PostgreSQL. Every model lives on `Base`,
whose naming convention gives constraints the same stable names on both dialects.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


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
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

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
    retrieved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
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
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    source: Mapped[Source] = relationship(back_populates="snapshots")


class TextLayerCache(Base):
    """Derived data: a snapshot's text layer, keyed by extractor version; rebuildable."""

    __tablename__ = "text_layer"
    __table_args__ = (UniqueConstraint("snapshot_id", "extractor_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshot.id", ondelete="CASCADE"))
    extractor_version: Mapped[str] = mapped_column(String(32))
    #: `TextLayer.to_bytes()`, zlib-compressed.
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Event(Base):
    """An append-only record of one change: who, what, when, before and after."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(255))
    #: What happened, e.g. "source.create", "snapshot.archive".
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(255))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
