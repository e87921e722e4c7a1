"""a desk's rating of a claim (claim.rating)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 14:00:00

The desk's verdict on a claim in its own words ("Mostly true"), set with `factdb claim
rate`, kept as a revision of kind `rate` (which supersedes no check result) and exported
as schema.org ClaimReview by `factdb export claimreview --rating-scale ...`. NULL: not
rated.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rating", sa.String(length=100), nullable=True))


def downgrade() -> None:
    # Not in batch mode: on SQLite that would copy and drop `claim`, which citations and
    # revisions reference (a foreign key failure); SQLite >= 3.35 drops a column in place.
    op.drop_column("claim", "rating")
