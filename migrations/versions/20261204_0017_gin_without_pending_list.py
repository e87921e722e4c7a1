"""search indexes on PostgreSQL: GIN without the pending list (fastupdate off)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 16:00:00

A GIN index with `fastupdate` on (PostgreSQL's default) collects new entries in a pending
list that every search scans in full until VACUUM or the list's size limit (4 MB) merges
it: after a bulk import of claims, each word of a query cost ~1.5 ms and 310 pages read
before the index proper was consulted (`EXPLAIN (ANALYZE, BUFFERS)` at 100k claims), and
`--like` looks up every word of a statement. Off, each write updates the index itself
(writes are a little slower; searches no longer depend on when VACUUM last ran). The
lists already pending are merged here. Word index (`claim_search`, migration 0004) and
trigram index (`claim_cjk`, 0008, when `pg_trgm` was available). SQLite: nothing to do.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = ("ix_claim_search_document", "ix_claim_cjk_body")


def _existing(conn: sa.engine.Connection) -> list[str]:
    return [
        name
        for name in _INDEXES
        if conn.exec_driver_sql(f"SELECT to_regclass('{name}')").scalar() is not None
    ]


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name in _existing(conn):
        op.execute(f"ALTER INDEX {name} SET (fastupdate = off)")
        op.execute(f"SELECT gin_clean_pending_list('{name}'::regclass)")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name in _existing(conn):
        op.execute(f"ALTER INDEX {name} RESET (fastupdate)")
