"""brief builds: each `factdb brief build` that wrote its output, and what it cited

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 13:45:00

`brief_build` holds the brief's and the output's paths and SHA-256 digests, the format,
who built it and when; `brief_build_citation` each claim it cited, with the citation,
snapshot, quote and claim revision of the moment, and the claim's check status then
(`factdb impact` compares them with the claims' current state).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "brief_build",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("brief_path", sa.Text(), nullable=False),
        sa.Column("brief_sha256", sa.String(length=64), nullable=False),
        sa.Column("output_path", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("output_sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_build")),
    )
    op.create_table(
        "brief_build_citation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("build_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=True),
        sa.Column("citation_id", sa.Integer(), nullable=True),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["build_id"],
            ["brief_build.id"],
            name=op.f("fk_brief_build_citation_build_id_brief_build"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["citation_id"],
            ["citation.id"],
            name=op.f("fk_brief_build_citation_citation_id_citation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_brief_build_citation_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["claim_revision.id"],
            name=op.f("fk_brief_build_citation_revision_id_claim_revision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["snapshot.id"],
            name=op.f("fk_brief_build_citation_snapshot_id_snapshot"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_build_citation")),
    )
    with op.batch_alter_table("brief_build_citation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_brief_build_citation_build_id"), ["build_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_brief_build_citation_claim_id"), ["claim_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("brief_build_citation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_brief_build_citation_claim_id"))
        batch_op.drop_index(batch_op.f("ix_brief_build_citation_build_id"))
    op.drop_table("brief_build_citation")
    op.drop_table("brief_build")
