"""The local web viewer: a read-only Flask app over a factdb database.

`create_app(db_url)` builds it; `factdb serve` runs it on 127.0.0.1. Pages show the claims,
each claim beside its archived page with the quote highlighted, and the sources; the JSON
endpoints under `/api/` give the same data with the same keys as the CLI's `--json`.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
