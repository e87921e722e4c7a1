"""search speed: values indexed by claim with the columns the value filters read

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 23:45:00

Search checks the value filters once per full-text match, by claim id (see
`factdb.search._member`); with unit, kind and value in the claim id index that check
reads the index alone. The new index starts with claim_id, so it replaces the old one
(deletes by claim id use it too).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_search_value_claim_values", "search_value", ["claim_id", "unit", "kind", "value"]
    )
    op.drop_index("ix_search_value_claim_id", table_name="search_value")


def downgrade() -> None:
    op.create_index("ix_search_value_claim_id", "search_value", ["claim_id"])
    op.drop_index("ix_search_value_claim_values", table_name="search_value")
