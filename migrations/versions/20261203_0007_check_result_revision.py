"""check results bound to the claim revision they judged

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 08:00:00

`check_result.revision_id` is the claim revision in force when the result was recorded:
a result counts (is current) only while it is its claim's latest revision and the latest
result of its check on its citation (see `factdb.results`). Existing results are bound to
the latest revision recorded before their run started; a result older than every
revision of its claim stays unbound (NULL) and so no longer counts.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("check_result", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_check_result_revision_id_claim_revision"),
            "claim_revision",
            ["revision_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.execute(
        "UPDATE check_result SET revision_id = ("
        "SELECT max(cr.id) FROM claim_revision cr WHERE cr.claim_id = check_result.claim_id "
        "AND cr.at <= (SELECT ru.started_at FROM check_run ru WHERE ru.id = check_result.run_id))"
    )


def downgrade() -> None:
    with op.batch_alter_table("check_result", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_check_result_revision_id_claim_revision"), type_="foreignkey"
        )
        batch_op.drop_column("revision_id")
