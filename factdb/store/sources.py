"""Sources as the event log records them: their state, and the one way to create one.

Archiving a page and importing CSL-JSON both create sources; both go through
`create_source`, so every `source.create` event holds the same fields (what `factdb fsck`
replays) whichever path wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from . import events
from .models import Source

#: What is recorded about a published work (and corrected with `factdb source edit`).
METADATA = ("title", "authors", "publisher", "published", "language")
#: The public archived copy (`factdb source edit --archived-copy`).
ARCHIVED_COPY = ("archived_copy_url", "archived_copy_date")


def source_state(source: Source, names: Sequence[str] = METADATA + ARCHIVED_COPY) -> dict[str, Any]:
    """The source's fields named by `names` as its events record them (authors as a list)."""
    state: dict[str, Any] = {name: getattr(source, name) for name in names}
    if "authors" in state:
        state["authors"] = list(state["authors"] or [])
    return state


def create_source(
    session: Session,
    url: str,
    fields: dict[str, Any],
    *,
    actor: str,
    note: dict[str, Any] | None = None,
) -> Source:
    """A new source with these fields, and its `source.create` event (every field, the
    creation time, and `note`, such as the file it was imported from)."""
    source = Source(url=url, **fields)
    session.add(source)
    session.flush()
    events.record(
        session,
        actor=actor,
        action="source.create",
        entity_type="source",
        entity_id=source.id,
        after={
            "url": url,
            **source_state(source),
            "created_at": events.when(source.created_at),
            **(note or {}),
        },
    )
    return source
