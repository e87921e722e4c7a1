"""PDF citations: page ranges and boxes instead of HTML ranges

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 16:00:00

A citation of a PDF snapshot records where the quote is drawn (`citation.pdf`: per page,
PDFium's character range and the boxes) and its first page (`citation.page`, which briefs
cite as "p. 14"); it has no HTML or byte range, so those four columns become nullable.

On SQLite the NOT NULL constraints are removed by editing the table's schema text, the
procedure SQLite documents for removing NOT NULL constraints
(https://sqlite.org/lang_altertable.html#otheralter): a batch copy of `citation` would
drop the table, and its implicit DELETE would cascade to the check results and brief
builds that reference its rows.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RANGES = ("html_start", "html_end", "byte_start", "byte_end")


def _sqlite_nullable(nullable: bool) -> None:
    conn = op.get_bind()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'citation'"
    ).scalar_one()
    for column in _RANGES:
        if nullable:
            sql = re.sub(rf"(\b{column} INTEGER) NOT NULL", r"\1", sql)
        else:
            sql = re.sub(rf"(\b{column} INTEGER)(?= *,)", r"\1 NOT NULL", sql)
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'citation'", (sql,)
    )
    conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.add_column("citation", sa.Column("pdf", sa.JSON(), nullable=True))
    op.add_column("citation", sa.Column("page", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_nullable(True)
    else:
        for column in _RANGES:
            op.alter_column("citation", column, existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # A PDF citation has no HTML range: the old schema cannot hold it. (Not "pdf IS NOT
    # NULL": an HTML citation's pdf is JSON null on PostgreSQL, which is not SQL NULL.)
    op.execute(
        "DELETE FROM citation WHERE html_start IS NULL OR html_end IS NULL"
        " OR byte_start IS NULL OR byte_end IS NULL"
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_nullable(False)
    else:
        for column in _RANGES:
            op.alter_column("citation", column, existing_type=sa.Integer(), nullable=False)
    # Not in batch mode (see 0011): SQLite >= 3.35 drops a column in place.
    op.drop_column("citation", "page")
    op.drop_column("citation", "pdf")
