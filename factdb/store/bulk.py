"""Fast bulk inserts for large imports and check runs."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, Dialect, FromClause, Table, TableClause
from sqlalchemy.exc import SQLAlchemyError

from .limits import check_columns

#: A bind processor: turns a Python value into what the driver is handed.
Processor = Callable[[Any], Any]


def bind_processor(conn: Connection, table: TableClause, key: str) -> Processor | None:
    """SQLAlchemy's bind processor for a column on this connection's dialect (None: the
    value goes to the driver as it is).

    A caller that stores the same value in several places, or needs the stored form for
    something else too, can process it once and pass it to `insert_columns` as processed.
    """
    return _bind_processor(conn.dialect, table, key)


def _bind_processor(dialect: Dialect, table: TableClause, key: str) -> Processor | None:
    return table.c[key].type._cached_bind_processor(dialect)  # noqa: SLF001


def _processed(proc: Processor, values: Iterable[Any]) -> list[Any]:
    # None stays None (SQL NULL), as in SQLAlchemy's own executemany path. The same object
    # in consecutive rows (one `now` for a whole import) is processed once.
    out: list[Any] = []
    append = out.append
    last: Any = _NOTHING
    last_out: Any = None
    for v in values:
        if v is None:
            append(None)
        elif v is last:
            append(last_out)
        else:
            last = v
            last_out = proc(v)
            append(last_out)
    return out


_NOTHING = object()


def insert_columns(
    conn: Connection,
    table: FromClause,
    columns: Mapping[str, Sequence[Any]],
    *,
    same: Mapping[str, Any] | None = None,
    processed: Collection[str] = (),
) -> None:
    """Insert rows given column by column, with one driver-level executemany.

    `columns` maps column keys to equally long sequences (row i takes item i of each);
    `same` maps keys to one value stored in every row, processed once. SQLAlchemy's bind
    processors (JSON, UTC datetimes) are applied here, once per value, so what is stored
    is exactly what a Core insert would store; keys in `processed` hold values already
    passed through `bind_processor`. Skipping the per-row statement machinery makes large
    imports several times faster.
    """
    built = insert_params(conn.dialect, table, columns, same=same, processed=processed)
    if built is not None:
        conn.exec_driver_sql(*built)


def insert_params(
    dialect: Dialect,
    table: FromClause,
    columns: Mapping[str, Sequence[Any]],
    *,
    same: Mapping[str, Any] | None = None,
    processed: Collection[str] = (),
) -> tuple[str, list[Any]] | None:
    """What `insert_columns` sends the driver: the statement and its rows, checked and
    processed (None: no rows). Needs no connection, only its dialect."""
    plan = insert_plan(dialect, table, columns, same=same, processed=processed)
    return None if plan is None else (plan[0], plan_rows(plan))


#: An insert's statement, its row count, each parameter's values in the statement's order
#: (a column's sequence, or the one value all rows share), which of them are shared, and
#: the parameters' names (None: the statement's parameters are positional).
Plan = tuple[str, int, list[Any], list[bool], list[str] | None]


def insert_plan(
    dialect: Dialect,
    table: FromClause,
    columns: Mapping[str, Sequence[Any]],
    *,
    same: Mapping[str, Any] | None = None,
    processed: Collection[str] = (),
) -> Plan | None:
    """`insert_params`' statement and values column by column, each shared value once
    (`plan_rows` makes the rows): a worker process that builds an import's rows hands
    them so to the one that runs them (`factdb.claims`), with less to copy."""
    # A model's `__table__` (typed as a FromClause by SQLAlchemy) or a Core table clause of
    # `tables` (its columns typed and sized as the model's).
    assert isinstance(table, TableClause), table
    same = same or {}
    lengths = {len(values) for values in columns.values()}
    if len(lengths) > 1:
        raise ValueError(f"columns of different lengths for {table.name}: {sorted(lengths)}")
    n = lengths.pop() if lengths else 0
    if n == 0:
        return None
    check_columns(table, dict(columns), dict(same))
    compiled = table.insert().compile(dialect=dialect, column_keys=[*columns, *same])
    ready: dict[str, Any] = {}
    shared: dict[str, bool] = {}
    for key, values in columns.items():
        proc = None if key in processed else _bind_processor(dialect, table, key)
        ready[key] = values if proc is None else _processed(proc, values)
        shared[key] = False
    for key, value in same.items():
        proc = None if key in processed else _bind_processor(dialect, table, key)
        if proc is not None and value is not None:
            value = proc(value)
        ready[key] = value
        shared[key] = True
    positional = compiled.positiontup is not None
    order = list(compiled.positiontup) if compiled.positiontup is not None else list(ready)
    return (
        compiled.string,
        n,
        [ready[k] for k in order],
        [shared[k] for k in order],
        None if positional else order,
    )


def plan_rows(plan: Plan) -> list[Any]:
    """The rows of an `insert_plan` (tuples, or mappings for named parameters)."""
    _statement, n, values, shared, names = plan
    columns = [repeat(v, n) if one else v for v, one in zip(values, shared, strict=True)]
    if names is None:
        return list(zip(*columns, strict=True))
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def bulk_insert(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    processed: Collection[str] = (),
) -> None:
    """Insert many rows (mappings with the keys of the first) with one executemany.

    The row-wise form of `insert_columns`, with the same processing of values.
    """
    if not rows:
        return
    keys = list(rows[0])
    insert_columns(conn, table, {k: [row[k] for row in rows] for k in keys}, processed=processed)


#: SQLite's page cache while a large import inserts its rows (KiB). With the default
#: 2 MB, the pages of the tables and indexes being filled (the event log's hashes, the
#: claims' tags, the word index) overflow it and are written out and read back again
#: and again within the transaction; a 100k-claim import's statements replayed with
#: 64 MiB cost about a sixth less (`bench_checks.py --floor`).
BULK_CACHE_KIB = 64 * 1024
#: Below this many rows (claims) the default cache holds what they touch.
BULK_CACHE_ROWS = 2000


@contextmanager
def large_page_cache(conn: Connection, rows: int) -> Iterator[None]:
    """Raise this SQLite connection's page cache to `BULK_CACHE_KIB` for the block (when
    `rows` is large and the cache smaller), and set it back after. The setting is the
    connection's own and is not stored: an interrupted import leaves nothing of it."""
    if conn.dialect.name != "sqlite" or rows < BULK_CACHE_ROWS:
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    page = int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())
    kib = -before if before < 0 else before * page // 1024
    if kib >= BULK_CACHE_KIB:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB:d}")
    try:
        yield
    finally:
        # The pool keeps the connection: give it back with its own cache (a connection
        # that broke mid-import is discarded by the pool anyway).
        with suppress(SQLAlchemyError):
            conn.exec_driver_sql(f"PRAGMA cache_size = {before:d}")
