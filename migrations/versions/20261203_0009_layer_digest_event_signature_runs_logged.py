"""text layer digests, event signatures, check runs recorded in the event log

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 14:00:00

`text_layer.sha256` is the digest each cached text layer is verified against when loaded
(SHA-256 over the snapshot's digest, the extractor version and the layer's bytes; see
`factdb.store.lookups.layer_digest`); existing layers get theirs here. `event.signature`
holds an Ed25519 signature of the event's hash when events are signed
(`FACTDB_SIGNING_KEY`). Every check run is recorded in the event log with a digest of its
results (`factdb.store.runs`); the runs stored before this revision are recorded here, one
`check.run` event each (marked `"adopted": "0009"`), chained to the log's head, so that
`factdb fsck` verifies them like any later run.
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of factdb.store.events, factdb.store.lookups.layer_digest and
# factdb.store.runs as of this revision.
_GENESIS = "0" * 64
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_FIELDS = ("at", "actor", "action", "entity_type", "entity_id", "before", "after")
_RESULT_COLUMNS = (
    "claim_id",
    "citation_id",
    "snapshot_id",
    "revision_id",
    "kind",
    "status",
    "detail",
    "data",
)


def _when(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _event_hash(event: dict[str, Any], prev_hash: str) -> str:
    data = {name: event.get(name) for name in _FIELDS}
    data["at"] = _when(data["at"])
    data["entity_id"] = str(data["entity_id"])
    data["prev_hash"] = prev_hash
    return hashlib.sha256(_CANONICAL.encode(data).encode()).hexdigest()


def _layer_digest(snapshot_sha256: str, version: str, data: bytes) -> str:
    digest = hashlib.sha256(f"{snapshot_sha256}\n{version}\n".encode())
    digest.update(data)
    return digest.hexdigest()


_text_layer = sa.table(
    "text_layer",
    sa.column("id", sa.Integer),
    sa.column("snapshot_id", sa.Integer),
    sa.column("extractor_version", sa.String),
    sa.column("data", sa.LargeBinary),
    sa.column("sha256", sa.String),
)
_snapshot = sa.table("snapshot", sa.column("id", sa.Integer), sa.column("sha256", sa.String))
_event = sa.table(
    "event",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity_type", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)
_run = sa.table(
    "check_run",
    sa.column("id", sa.Integer),
    sa.column("started_at", sa.DateTime(timezone=True)),
    sa.column("finished_at", sa.DateTime(timezone=True)),
    sa.column("actor", sa.String),
    sa.column("tool_version", sa.String),
    sa.column("extractor_version", sa.String),
    sa.column("summary", sa.JSON),
)
_result = sa.table(
    "check_result",
    sa.column("id", sa.Integer),
    sa.column("run_id", sa.Integer),
    sa.column("claim_id", sa.Integer),
    sa.column("citation_id", sa.Integer),
    sa.column("snapshot_id", sa.Integer),
    sa.column("revision_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("status", sa.String),
    sa.column("detail", sa.Text),
    sa.column("data", sa.JSON),
)


def _adopt_runs(conn: sa.Connection) -> None:
    runs = conn.execute(sa.select(_run).order_by(_run.c.id)).mappings().all()
    if not runs:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x66616374_64620001})
    last = conn.execute(sa.select(_event.c.hash).order_by(_event.c.id.desc()).limit(1)).first()
    prev = last[0] if last is not None and last[0] else _GENESIS
    now = datetime.now(UTC)
    for run in runs:
        digest = hashlib.sha256()
        count = 0
        statuses: dict[str, int] = {}
        columns = [_result.c[name] for name in _RESULT_COLUMNS]
        for row in conn.execute(
            sa.select(*columns).where(_result.c.run_id == run["id"]).order_by(_result.c.id)
        ):
            digest.update(_CANONICAL.encode(list(row)).encode() + b"\n")
            count += 1
            statuses[row.status] = statuses.get(row.status, 0) + 1
        after = {
            "started_at": _when(run["started_at"]),
            "finished_at": None if run["finished_at"] is None else _when(run["finished_at"]),
            "actor": run["actor"],
            "tool_version": run["tool_version"],
            "extractor_version": run["extractor_version"],
            "summary": run["summary"],
            "results": {
                "count": count,
                "statuses": dict(sorted(statuses.items())),
                "sha256": digest.hexdigest(),
            },
            "adopted": "0009",
        }
        event = {
            "at": now,
            "actor": "factdb migration 0009",
            "action": "check.run",
            "entity_type": "check_run",
            "entity_id": str(run["id"]),
            "before": None,
            "after": json.loads(json.dumps(after)),
        }
        digest_hex = _event_hash(event, prev)
        conn.execute(sa.insert(_event).values(**event, prev_hash=prev, hash=digest_hex))
        prev = digest_hex


def upgrade() -> None:
    with op.batch_alter_table("text_layer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sha256", sa.String(length=64), nullable=True))
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signature", sa.String(length=128), nullable=True))
    conn = op.get_bind()
    layers = conn.execute(
        sa.select(
            _text_layer.c.id, _text_layer.c.extractor_version, _text_layer.c.data, _snapshot.c.sha256
        ).join(_snapshot, _snapshot.c.id == _text_layer.c.snapshot_id)
    ).all()
    for layer_id, version, data, sha in layers:
        conn.execute(
            sa.update(_text_layer)
            .where(_text_layer.c.id == layer_id)
            .values(sha256=_layer_digest(sha, version, data))
        )
    with op.batch_alter_table("text_layer", schema=None) as batch_op:
        batch_op.alter_column("sha256", existing_type=sa.String(length=64), nullable=False)
    _adopt_runs(conn)


def downgrade() -> None:
    # The events recorded by the upgrade stay: the log is append-only.
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("signature")
    with op.batch_alter_table("text_layer", schema=None) as batch_op:
        batch_op.drop_column("sha256")
