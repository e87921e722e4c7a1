"""search index: FTS5 on SQLite, tsvector + GIN on PostgreSQL, and a table of values

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 23:30:00

The search index is derived data (see `factdb.search`): it is not in the models, and
`migrations/env.py` keeps Alembic's autogenerate comparison away from it. Existing
claims are indexed here; from then on every claims write path keeps it current.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements in factdb.search as of this revision, so that this
# migration keeps doing the same thing when the library moves on.
_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE claim_fts USING fts5("
    "statement, quotes, tags, titles, "
    "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')"
)
_SQLITE_RANK = "INSERT INTO claim_fts(claim_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)')"
_SQLITE_FILL = """
INSERT INTO claim_fts(rowid, statement, quotes, tags, titles)
SELECT c.id, c.statement,
  COALESCE((SELECT group_concat(exact, char(10)) FROM
            (SELECT exact FROM citation WHERE claim_id = c.id ORDER BY id)), ''),
  COALESCE((SELECT group_concat(tag, ' ') FROM
            (SELECT tag FROM claim_tag WHERE claim_id = c.id ORDER BY tag)), ''),
  COALESCE((SELECT group_concat(title, char(10)) FROM
            (SELECT DISTINCT s.title FROM citation ci
             JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
             WHERE ci.claim_id = c.id AND s.title IS NOT NULL ORDER BY s.title)), '')
FROM claim c
"""
_SQLITE_VALUES = """
INSERT INTO search_value(claim_id, kind, unit, value, date)
SELECT c.id, json_extract(j.value, '$.kind'), json_extract(j.value, '$.unit'),
       json_extract(j.value, '$.value'), json_extract(j.value, '$.date')
FROM claim c, json_each(c.quantities) j
"""
_PG_CONFIG = [
    "CREATE TEXT SEARCH DICTIONARY factdb_stem (TEMPLATE = snowball, Language = english)",
    "CREATE TEXT SEARCH CONFIGURATION factdb_search (COPY = pg_catalog.english)",
    "ALTER TEXT SEARCH CONFIGURATION factdb_search ALTER MAPPING FOR "
    "asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH factdb_stem",
]
_PG_FILL = """
INSERT INTO claim_search(claim_id, quotes, document)
SELECT x.id, x.quotes,
  setweight(to_tsvector('factdb_search', regexp_replace(x.statement, '[[:punct:]]+', ' ', 'g')), 'A')
  || setweight(to_tsvector('factdb_search', regexp_replace(x.quotes, '[[:punct:]]+', ' ', 'g')), 'B')
  || setweight(to_tsvector('factdb_search', regexp_replace(x.tags, '[[:punct:]]+', ' ', 'g')), 'C')
  || setweight(to_tsvector('factdb_search', regexp_replace(x.titles, '[[:punct:]]+', ' ', 'g')), 'D')
FROM (
  SELECT c.id, c.statement,
    COALESCE((SELECT string_agg(exact, E'\\n' ORDER BY id) FROM citation
              WHERE claim_id = c.id), '') AS quotes,
    COALESCE((SELECT string_agg(tag, ' ' ORDER BY tag) FROM claim_tag
              WHERE claim_id = c.id), '') AS tags,
    COALESCE((SELECT string_agg(DISTINCT s.title, E'\\n') FROM citation ci
              JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
              WHERE ci.claim_id = c.id), '') AS titles
  FROM claim c
) x
"""
_PG_VALUES = """
INSERT INTO search_value(claim_id, kind, unit, value, date)
SELECT c.id, j.v ->> 'kind', j.v ->> 'unit', (j.v ->> 'value')::float8, j.v ->> 'date'
FROM claim c CROSS JOIN LATERAL json_array_elements(c.quantities) AS j(v)
WHERE json_typeof(c.quantities) = 'array'
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # No foreign keys: the index is a cache that the claims code rewrites, and SQLite's
    # batch migrations recreate `claim`, which would cascade into a dependent table.
    op.create_table(
        "search_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(32), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("date", sa.String(16), nullable=True),
    )
    op.create_index("ix_search_value_claim_id", "search_value", ["claim_id"])
    op.create_index("ix_search_value_unit_value", "search_value", ["unit", "value"])
    op.create_index("ix_search_value_kind_value", "search_value", ["kind", "value"])
    if dialect == "sqlite":
        op.execute(_SQLITE_FTS)
        op.execute(_SQLITE_RANK)
        op.execute(_SQLITE_FILL)
        op.execute(_SQLITE_VALUES)
    elif dialect == "postgresql":
        for statement in _PG_CONFIG:
            op.execute(statement)
        op.create_table(
            "claim_search",
            sa.Column("claim_id", sa.Integer(), primary_key=True, autoincrement=False),
            sa.Column("quotes", sa.Text(), nullable=False),
            sa.Column("document", sa.dialects.postgresql.TSVECTOR(), nullable=False),
        )
        op.create_index(
            "ix_claim_search_document", "claim_search", ["document"], postgresql_using="gin"
        )
        op.execute(_PG_FILL)
        op.execute(_PG_VALUES)
    else:
        raise NotImplementedError(f"factdb search does not support {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE claim_fts")
    else:
        op.drop_index("ix_claim_search_document", table_name="claim_search")
        op.drop_table("claim_search")
        op.execute("DROP TEXT SEARCH CONFIGURATION factdb_search")
        op.execute("DROP TEXT SEARCH DICTIONARY factdb_stem")
    op.drop_index("ix_search_value_kind_value", table_name="search_value")
    op.drop_index("ix_search_value_unit_value", table_name="search_value")
    op.drop_index("ix_search_value_claim_id", table_name="search_value")
    op.drop_table("search_value")
