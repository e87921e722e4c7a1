"""search on PostgreSQL: how many claims hold each word (`search_term`), for --like

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 18:45:00

`search --like` weighs each word of the statement by how rare it is (its IDF), which needs
the number of claims holding it. Counted with the GIN index, every matching row is read
(a common word: 13,000 rows, ~12 ms at 100k claims, and a statement has ten or more
words); `search_term` keeps the number per lexeme of `claim_search.document`, kept by
`factdb.search.index.index_claims` in the same transaction as the documents. PostgreSQL
only (FTS5 keeps its own counts); left out of the models like the rest of the index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "search_term",
        sa.Column("lexeme", sa.Text(), primary_key=True),
        sa.Column("claims", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO search_term (lexeme, claims) "
        "SELECT u.lexeme, count(*) FROM claim_search, unnest(document) AS u GROUP BY u.lexeme"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_table("search_term")
