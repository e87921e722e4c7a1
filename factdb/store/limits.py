"""What the database can hold, enforced by factdb itself, the same on SQLite and PostgreSQL.

PostgreSQL refuses a NUL character in text and a string longer than its `VARCHAR(n)`
(with a DataError the user would see as a traceback); SQLite stores both silently, so
the same import would succeed on one database and crash on the other. Every string
written — through the ORM (a `before_flush` listener on every session) or through
`bulk.insert_columns` — is checked here first, and refused with one line naming what it
is: the NUL, the length and its limit, or text that is not Unicode (a lone surrogate from
a `\\ud800` escape). The library checks what users type where it can name the field
better (`check_url`, `check_text`); this is the net under every write.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, Table, event, inspect
from sqlalchemy.orm import Session

from ..errors import InputError
from .models import Source

#: The longest URL stored (the `source.url` and `snapshot.url` columns).
MAX_URL: int = getattr(Source.__table__.c.url.type, "length", None) or 2048

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


def _shown(value: str) -> str:
    """The start of `value`, on one line, for a message."""
    head = value[:40]
    return repr(head) + ("…" if len(value) > 40 else "")


def problem(value: str, limit: int | None = None) -> str | None:
    """What keeps `value` out of a text column of `limit` characters, or None.

    >>> problem("a\\x00b"), problem("x" * 5, 4), problem("ok", 4)
    ('holds a NUL character', 'is 5 characters long; at most 4', None)
    """
    if "\x00" in value:
        return "holds a NUL character"
    if limit is not None and len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,}"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"is not Unicode text (a lone surrogate U+{ord(value[exc.start]):04X})"
    return None


def check_text(value: str, what: str, limit: int | None = None) -> str:
    """`value` if a database can store it, else InputError naming `what`."""
    found = problem(value, limit)
    if found:
        raise InputError(f"{what} {found}: {_shown(value)}")
    return value


def url_problem(url: str) -> str | None:
    """What makes `url` unfit to store and write into exports (WARC headers, BibTeX), or
    None: a control character (CR/LF would start a new WARC header), or over MAX_URL.

    >>> url_problem("http://inj.example/a\\r\\nWARC-Type: revisit")
    'holds a control character (U+000D)'
    >>> url_problem("https://example.org/a b") is None
    True
    """
    for ch in url:
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            return f"holds a control character (U+{ord(ch):04X})"
    return problem(url, MAX_URL)


def check_url(url: str, what: str = "URL") -> str:
    """`url` if it can be stored and exported, else InputError (one line)."""
    found = url_problem(url)
    if found:
        raise InputError(f"{what} {found}: {_shown(url)}")
    return url


def _check_row(table: Table, values: Iterable[tuple[str, Any]]) -> None:
    for key, value in values:
        if not isinstance(value, str) or key not in table.c:
            continue
        column = table.c[key]
        if not isinstance(column.type, String):  # Text is a String without a length
            continue
        found = problem(value, column.type.length)
        if found:
            what = LABELS.get((table.name, column.name), f"{table.name}.{column.name}")
            raise InputError(f"{what} {found}: {_shown(value)}")


def check_columns(table: Table, columns: dict[str, Any], same: dict[str, Any]) -> None:
    """Refuse any string in a bulk insert's columns that the database cannot hold."""
    for key, values in columns.items():
        if key in table.c and isinstance(table.c[key].type, String):
            for value in values:
                _check_row(table, [(key, value)])
    _check_row(table, same.items())


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        table = getattr(type(obj), "__table__", None)
        if not isinstance(table, Table):
            continue
        changed: list[tuple[str, Any]] = []
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if history.added:
                changed.extend((attr.columns[0].key, v) for v in history.added)
        _check_row(table, changed)
