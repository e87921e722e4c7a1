"""claim review: a person's verdict on a check result, bound to what it judged

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 15:30:00

`claim_review` holds each verdict of `factdb review` (accept or reject, why, who, when)
on one check result of a claim, with what it judged: the claim revision, the citation and
snapshot, the result's status and detail, and every citation's span. It holds while those
are unchanged (`factdb.store.results.review_holds`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "claim_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("citation_id", sa.Integer(), nullable=True),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.Column("result_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("citations", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(length=8), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["citation_id"],
            ["citation.id"],
            name=op.f("fk_claim_review_citation_id_citation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_claim_review_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["check_result.id"],
            name=op.f("fk_claim_review_result_id_check_result"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["claim_revision.id"],
            name=op.f("fk_claim_review_revision_id_claim_revision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["snapshot.id"],
            name=op.f("fk_claim_review_snapshot_id_snapshot"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_review")),
    )
    with op.batch_alter_table("claim_review", schema=None) as batch_op:
        batch_op.create_index("ix_claim_review_claim_kind", ["claim_id", "kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim_review", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_review_claim_kind")
    op.drop_table("claim_review")
