"""search filters: the tag index holds the claim id too

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 04:20:00

A tag filter (`--tag make`) reads the claims of the tag from `ix_claim_tag_tag`, which
held the tag alone: PostgreSQL then read each row of `claim_tag` for its claim id (3,380
rows in 1,047 pages for one tag at 100k claims, a bitmap heap scan). On (tag, claim_id)
the index alone answers (an index-only scan; SQLite: a covering index). CPU per search
with a word, a tag and a status filter at 100k claims: 6.5 -> 5.4 ms (PostgreSQL).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claim_tag") as batch_op:
        batch_op.drop_index("ix_claim_tag_tag")
        batch_op.create_index("ix_claim_tag_tag", ["tag", "claim_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim_tag") as batch_op:
        batch_op.drop_index("ix_claim_tag_tag")
        batch_op.create_index("ix_claim_tag_tag", ["tag"], unique=False)
