"""What text factdb can store, the same on SQLite and PostgreSQL: pure checks.

`factdb.store.limits` enforces them under every write; readers of user files (claims
files) and of pages (a canonical URL) use them to name the problem early, without
importing the database layer.
"""

from __future__ import annotations

import unicodedata

#: The longest URL stored (the `source.url` and `snapshot.url` columns).
MAX_URL = 2048


def shown(value: str) -> str:
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
