"""watch: the sources watched, each round of `factdb watch` and what it found per source

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 13:40:00

`source_watch` holds a source's interval (NULL: the default), whether watching is off,
the validators of its last answer (ETag, Last-Modified) for conditional requests, and the
last outcome; `watch_round` one round of `factdb watch` (its check run holds the drift
results); `watch_outcome` what the round found for each source it tried.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "source_watch",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("every_seconds", sa.Integer(), nullable=True),
        sa.Column("off", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(length=64), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ok_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("gone_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("redirected_to", sa.String(length=2048), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_source_watch_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_watch")),
    )
    op.create_table(
        "watch_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["check_run.id"],
            name=op.f("fk_watch_round_run_id_check_run"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_round")),
    )
    op.create_table(
        "watch_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.Column("redirected_to", sa.String(length=2048), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("drift", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["watch_round.id"],
            name=op.f("fk_watch_outcome_round_id_watch_round"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["snapshot.id"], name=op.f("fk_watch_outcome_snapshot_id_snapshot")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_watch_outcome_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_outcome")),
    )
    with op.batch_alter_table("watch_outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_outcome_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_watch_outcome_source_id"), ["source_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("watch_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_outcome_source_id"))
        batch_op.drop_index(batch_op.f("ix_watch_outcome_round_id"))
    op.drop_table("watch_outcome")
    op.drop_table("watch_round")
    op.drop_table("source_watch")
