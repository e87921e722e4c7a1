"""What the database can hold, enforced by factdb itself, the same on SQLite and PostgreSQL.

PostgreSQL refuses a NUL character in text and a string longer than its `VARCHAR(n)`
(with a DataError the user would see as a traceback); SQLite stores both silently, so
the same import would succeed on one database and crash on the other. Every string
written — through the ORM (a `before_flush` listener on every session, registered with
the models: `models`), through `bulk.insert_columns` or by the Core writers
(`check_row`) — is checked here first, and refused with one line naming what it
is: the NUL, the length and its limit, or text that is not Unicode (a lone surrogate from
a `\\ud800` escape). The library checks what users type where it can name the field
better (`check_url`, `check_text`); this is the net under every write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, TableClause

from ..engine.limits import problem, shown, url_problem
from ..errors import InputError

#: What each column holds, for messages; other columns are named `table.column`.
LABELS = {
    ("source", "url"): "a source URL",
    ("snapshot", "url"): "a capture URL",
    ("claim", "slug"): "a claim id",
    ("claim", "statement"): "a statement",
    ("claim_tag", "tag"): "a tag",
    ("citation", "exact"): "a quote",
    ("citation", "typed_quote"): "a quote",
    ("citation", "prefix"): "a prefix",
    ("citation", "suffix"): "a suffix",
    ("event", "actor"): "a user name",
    ("source", "title"): "a title",
    ("source", "publisher"): "a publisher",
    ("source", "published"): "a publication date",
}


def check_text(value: str, what: str, limit: int | None = None) -> str:
    """`value` if a database can store it, else InputError naming `what`."""
    found = problem(value, limit)
    if found:
        raise InputError(f"{what} {found}: {shown(value)}")
    return value


def check_url(url: str, what: str = "URL") -> str:
    """`url` if it can be stored and exported, else InputError (one line)."""
    found = url_problem(url)
    if found:
        raise InputError(f"{what} {found}: {shown(url)}")
    return url


def check_row(table: TableClause, values: Iterable[tuple[str, Any]]) -> None:
    """Refuse the first string among a row's (column key, value) pairs that the database
    cannot hold, with one line naming it."""
    for key, value in values:
        if not isinstance(value, str) or key not in table.c:
            continue
        column = table.c[key]
        if not isinstance(column.type, String):  # Text is a String without a length
            continue
        found = problem(value, column.type.length)
        if found:
            what = LABELS.get((table.name, column.name), f"{table.name}.{column.name}")
            raise InputError(f"{what} {found}: {shown(value)}")


def check_columns(table: TableClause, columns: dict[str, Any], same: dict[str, Any]) -> None:
    """Refuse any string in a bulk insert's columns that the database cannot hold.

    Each column is checked a few thousand values at a time with one pass over all of
    them (`_all_fine`); only a chunk holding a value that may be refused is checked value
    by value, so the error names the same first value, with the same message.
    """
    for key, values in columns.items():
        if key not in table.c:
            continue
        kind = table.c[key].type
        if not isinstance(kind, String):  # Text is a String without a length
            continue
        for i in range(0, len(values), _CHUNK):
            chunk = values[i : i + _CHUNK]
            if not _all_fine(chunk, kind.length):
                for value in chunk:
                    check_row(table, [(key, value)])
    check_row(table, same.items())


#: How many values of a column `check_columns` joins at once.
_CHUNK = 4096


def _all_fine(values: Sequence[Any], limit: int | None) -> bool:
    """True when no string among `values` has a problem (`problem`): no NUL, none longer
    than `limit`, none with a lone surrogate, found by looking at them all joined (Python
    joins two lone surrogates as two, which UTF-8 still refuses). Other values (None, a
    number) are not text and are skipped, as `check_row` skips them."""
    try:
        joined = "".join(values)
        strings = values
    except TypeError:  # None or a number among them
        strings = [v for v in values if isinstance(v, str)]
        joined = "".join(strings)
    if "\x00" in joined:
        return False
    if limit is not None and strings and max(map(len, strings)) > limit:
        return False
    try:
        joined.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
