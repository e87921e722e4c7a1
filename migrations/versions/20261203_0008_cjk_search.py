"""search by substring in Chinese, Japanese and Korean text (claim_cjk)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:30:00

CJK text has no spaces between words, so the word index finds nothing inside it. Claims
whose statement, quotes, tags or titles hold CJK characters get a row in `claim_cjk`,
NFKC-normalised and lower-cased (see `factdb.search_cjk`): on SQLite an FTS5 table with
the `trigram` tokenizer; on PostgreSQL a table whose `body` has a `pg_trgm` GIN index.
When the server cannot provide `pg_trgm` (not installed), the table has no index and
searches read its rows with LIKE: the same answers, without the index. Like the word
index, it is derived data outside the models; existing claims are indexed here.
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of factdb.search_cjk as of this revision.
_CJK = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
_SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE claim_cjk USING fts5("
    "statement, quotes, tags, titles, tokenize = 'trigram')"
)
_SQLITE_DOCS = "SELECT rowid, statement, quotes, tags, titles FROM claim_fts"
_PG_DOCS = """
SELECT c.id, c.statement,
  COALESCE((SELECT string_agg(exact, E'\\n' ORDER BY id) FROM citation
            WHERE claim_id = c.id), ''),
  COALESCE((SELECT string_agg(tag, ' ' ORDER BY tag) FROM claim_tag
            WHERE claim_id = c.id), ''),
  COALESCE((SELECT string_agg(DISTINCT s.title, E'\\n') FROM citation ci
            JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
            WHERE ci.claim_id = c.id), '')
FROM claim c
"""


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).lower()


def _rows(conn: sa.engine.Connection, query: str) -> list[tuple]:
    return [
        (claim_id, *(_fold(t or "") for t in texts))
        for claim_id, *texts in conn.exec_driver_sql(query)
        if any(t and _CJK.search(t) for t in texts)
    ]


def _pg_trgm(conn: sa.engine.Connection) -> bool:
    """Create pg_trgm if the server has it; whether it is there."""
    available = conn.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).scalar()
    if not available:
        return False
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return False  # e.g. not allowed to create extensions: search reads rows instead
    return True


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        op.execute(_SQLITE_TABLE)
        rows = _rows(conn, _SQLITE_DOCS)
        if rows:
            conn.exec_driver_sql(
                "INSERT INTO claim_cjk(rowid, statement, quotes, tags, titles) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )
    elif conn.dialect.name == "postgresql":
        op.create_table(
            "claim_cjk",
            sa.Column("claim_id", sa.Integer(), primary_key=True, autoincrement=False),
            sa.Column("statement", sa.Text(), nullable=False),
            sa.Column("quotes", sa.Text(), nullable=False),
            sa.Column("tags", sa.Text(), nullable=False),
            sa.Column("titles", sa.Text(), nullable=False),
            sa.Column("body", sa.Text(), nullable=False),
        )
        if _pg_trgm(conn):
            op.execute("CREATE INDEX ix_claim_cjk_body ON claim_cjk USING gin (body gin_trgm_ops)")
        rows = _rows(conn, _PG_DOCS)
        if rows:
            conn.execute(
                sa.text(
                    "INSERT INTO claim_cjk(claim_id, statement, quotes, tags, titles, body) "
                    "VALUES (:i, :s, :q, :t, :n, :b)"
                ),
                [
                    {"i": i, "s": s, "q": q, "t": t, "n": n, "b": "\n".join((s, q, t, n))}
                    for i, s, q, t, n in rows
                ],
            )
    else:
        raise NotImplementedError(f"factdb search does not support {conn.dialect.name}")


def downgrade() -> None:
    # pg_trgm stays: other tables of the database may use it.
    op.execute("DROP TABLE claim_cjk")
