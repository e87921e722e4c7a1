"""The tables the read commands query, as SQLAlchemy Core table clauses: no ORM.

Importing the ORM, declaring the models (`models`) and configuring their mappers cost a
read command as much as the rest of its start-up (issue 20). The read path
(`claims list`, `claim show`, `search`, `sources`, `source show`, `text`, `locate`)
queries these instead, on SQLite and PostgreSQL alike, and a check run (`factdb.checks`)
writes its run, results and event through them. Each names only columns of its model,
with the model's column type (JSON and UTC datetimes are converted on the way in and
out) and a string's length (`limits` refuses a longer one before it is written);
`tests/test_startup.py` checks that they match `models`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Integer, LargeBinary, String, Text, column, table

from .types import UTCDateTime

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    #: What the read path queries with: a Core connection (the read commands'), or an ORM
    #: session (the viewer's, and the library's own callers).
    Reader = Session | Connection


def dialect_name(db: Reader) -> str:
    """The name of the database's dialect: "sqlite" or "postgresql"."""
    get_bind = getattr(db, "get_bind", None)
    bind: Any = get_bind() if get_bind is not None else db
    return str(bind.dialect.name)


def core_connection(db: Reader) -> Connection:
    """The Core connection `db` reads through (a session's, in its transaction)."""
    reader: Any = db
    return reader.connection() if hasattr(reader, "get_bind") else reader


def autoflush(db: Reader) -> None:
    """Flush a session's pending objects before a Core query reads through it, as an ORM
    query would (a Core statement does not autoflush); a connection has none."""
    flush = getattr(db, "flush", None)
    if flush is not None:
        flush()


source = table(
    "source",
    column("id", Integer),
    column("url", String(2048)),
    column("title", Text),
    column("authors", JSON),
    column("publisher", Text),
    column("published", String(64)),
    column("language", String(35)),
    column("created_at", UTCDateTime),
    column("archived_copy_url", String(2048)),
    column("archived_copy_date", String(64)),
)

snapshot = table(
    "snapshot",
    column("id", Integer),
    column("sha256", String(64)),
    column("source_id", Integer),
    column("content", LargeBinary),
    column("compression", String(16)),
    column("size", Integer),
    column("retrieved_at", UTCDateTime),
    column("method", String(16)),
    column("origin", Text),
    column("url", String(2048)),
    column("redirects", JSON),
    column("status", Integer),
    column("headers", JSON),
    column("media_type", String(255)),
    column("charset", String(64)),
    column("payload_digest", String(128)),
    column("page_metadata", JSON),
    column("created_at", UTCDateTime),
)

#: `snapshot` without its bytes: what listings show.
SNAPSHOT_FIELDS = [c for c in snapshot.c if c.name != "content"]

text_layer = table(
    "text_layer",
    column("id", Integer),
    column("snapshot_id", Integer),
    column("extractor_version", String(32)),
    column("data", LargeBinary),
    column("sha256", String(64)),
    column("created_at", UTCDateTime),
)

claim = table(
    "claim",
    column("id", Integer),
    column("slug", String(200)),
    column("statement", Text),
    column("language", String(35)),
    column("status", String(16)),
    column("quantities", JSON),
    column("rating", String(100)),
    column("created_at", UTCDateTime),
    column("created_by", String(255)),
    column("updated_at", UTCDateTime),
)

claim_tag = table(
    "claim_tag",
    column("claim_id", Integer),
    column("tag", String(100)),
)

citation = table(
    "citation",
    column("id", Integer),
    column("claim_id", Integer),
    column("snapshot_id", Integer),
    column("exact", Text),
    column("prefix", Text),
    column("suffix", Text),
    column("text_start", Integer),
    column("text_end", Integer),
    column("html_start", Integer),
    column("html_end", Integer),
    column("byte_start", Integer),
    column("byte_end", Integer),
    column("parts", JSON),
    column("pdf", JSON),
    column("page", Integer),
    column("typed_quote", Text),
    column("extractor_version", String(32)),
    column("created_at", UTCDateTime),
    column("created_by", String(255)),
)

claim_revision = table(
    "claim_revision",
    column("id", Integer),
    column("claim_id", Integer),
    column("number", Integer),
    column("kind", String(16)),
    column("old_statement", Text),
    column("new_statement", Text),
    column("why", Text),
    column("data", JSON),
    column("actor", String(255)),
    column("at", UTCDateTime),
)

check_run = table(
    "check_run",
    column("id", Integer),
    column("started_at", UTCDateTime),
    column("finished_at", UTCDateTime),
    column("actor", String(255)),
    column("tool_version", String(32)),
    column("extractor_version", String(32)),
    column("summary", JSON),
)

check_result = table(
    "check_result",
    column("id", Integer),
    column("run_id", Integer),
    column("claim_id", Integer),
    column("citation_id", Integer),
    column("snapshot_id", Integer),
    column("revision_id", Integer),
    column("kind", String(32)),
    column("status", String(16)),
    column("detail", Text),
    column("data", JSON),
)

claim_review = table(
    "claim_review",
    column("id", Integer),
    column("claim_id", Integer),
    column("revision_id", Integer),
    column("kind", String(32)),
    column("citation_id", Integer),
    column("snapshot_id", Integer),
    column("result_id", Integer),
    column("status", String(16)),
    column("detail", Text),
    column("citations", JSON),
    column("verdict", String(8)),
    column("why", Text),
    column("actor", String(255)),
    column("at", UTCDateTime),
)

event = table(
    "event",
    column("id", Integer),
    column("at", UTCDateTime),
    column("actor", String(255)),
    column("action", String(64)),
    column("entity_type", String(32)),
    column("entity_id", String(255)),
    column("before", JSON),
    column("after", JSON),
    column("prev_hash", String(64)),
    column("hash", String(64)),
    column("signature", String(128)),
)

source_watch = table(
    "source_watch",
    column("source_id", Integer),
    column("every_seconds", Integer),
    column("off", Boolean),
    column("gone_since", UTCDateTime),
)

#: Every table clause here, by name.
TABLES = {
    t.name: t
    for t in (
        source,
        snapshot,
        text_layer,
        claim,
        claim_tag,
        citation,
        claim_revision,
        check_run,
        check_result,
        claim_review,
        event,
        source_watch,
    )
}
