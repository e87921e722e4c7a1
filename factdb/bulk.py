"""Fast bulk inserts for large imports and check runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows with one driver-level executemany.

    SQLAlchemy's bind processors (JSON, UTC datetimes) are applied here, once per value,
    so what is stored is exactly what a Core insert would store; skipping the per-row
    statement machinery makes large imports several times faster. Every row must have
    the keys of the first.
    """
    if not rows:
        return
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = table.insert().compile(dialect=dialect, column_keys=keys)
    processors = {
        key: table.c[key].type._cached_bind_processor(dialect)  # noqa: SLF001
        for key in keys
    }

    def value(key: str, row: dict[str, Any]) -> Any:
        proc = processors[key]
        v = row[key]
        return proc(v) if proc is not None and v is not None else v

    if compiled.positiontup is not None:
        order = list(compiled.positiontup)
        params: list[Any] = [tuple(value(k, row) for k in order) for row in rows]
    else:
        params = [{k: value(k, row) for k in keys} for row in rows]
    conn.exec_driver_sql(compiled.string, params)
