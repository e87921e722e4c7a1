"""claim language, and room for the "unverified" check status

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 20:00:00

`claim.language` is the statement's language (a BCP 47 tag, as long as `source.language`);
NULL means "the language of its first source". `check_result.status` grows from 8 to 16
characters: "unverified" has 10 (SQLite never enforced the length; PostgreSQL does).
The supported check's elements go in the existing `check_result.data` JSON column.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=35), nullable=True))

    with op.batch_alter_table("check_result", schema=None) as batch_op:
        batch_op.alter_column(
            "status",
            existing_type=sa.String(length=8),
            type_=sa.String(length=16),
            existing_nullable=False,
        )


def downgrade() -> None:
    # A result of 16 characters no longer fits: "unverified" goes back to what the
    # schema before it knew nothing of, a result that is neither pass nor fail.
    op.execute("UPDATE check_result SET status = 'warn' WHERE status = 'unverified'")
    with op.batch_alter_table("check_result", schema=None) as batch_op:
        batch_op.alter_column(
            "status",
            existing_type=sa.String(length=16),
            type_=sa.String(length=8),
            existing_nullable=False,
        )

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("language")
