"""a source's public archived copy (archived_copy_url, archived_copy_date)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:40:00

A copy of the page kept by a public web archive (the Wayback Machine, archive.today, a
national library), recorded with `factdb source edit URL --archived-copy URL`: briefs
give it as the Robust Links `data-versionurl`, wikitext as `archive-url`, CSL-JSON and
BibTeX in their archive fields. Both columns are NULL until a copy is recorded.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_copy_url", sa.String(length=2048), nullable=True))
        batch_op.add_column(sa.Column("archived_copy_date", sa.String(length=64), nullable=True))


def downgrade() -> None:
    # Not in batch mode: on SQLite that would copy and drop `source`, which snapshots
    # reference (a foreign key failure); SQLite >= 3.35 drops a column in place.
    op.drop_column("source", "archived_copy_date")
    op.drop_column("source", "archived_copy_url")
