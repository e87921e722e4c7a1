"""RFC 3161 time-stamp tokens (timestamp_token)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 14:20:00

A time-stamping authority's signed reply vouching that a digest existed at a time: of a
snapshot's bytes (`kind` "snapshot", `subject` its SHA-256) or of the event log's head
(`kind` "event-head", `subject` the head event's hash). `reply` is the TSA's
TimeStampResp exactly as received (DER); `gen_time` and `serial` are read from it when
stored and re-read by `factdb fsck`, which verifies each token.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "timestamp_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("tsa_url", sa.String(length=2048), nullable=False),
        sa.Column("reply", sa.LargeBinary(), nullable=False),
        sa.Column("gen_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timestamp_token")),
    )
    with op.batch_alter_table("timestamp_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_timestamp_token_subject"), ["subject"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("timestamp_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timestamp_token_subject"))
    op.drop_table("timestamp_token")
