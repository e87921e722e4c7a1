"""The append-only event log: every change records who, what, when, before and after."""

from __future__ import annotations

import getpass
import os
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from .models import Event, utcnow


def default_actor() -> str:
    """Who is acting: $FACTDB_USER, else the login name."""
    user = os.environ.get("FACTDB_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "unknown"


def row(
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """An event as a plain row, for bulk inserts of many events at once."""
    return {
        "at": at or utcnow(),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "before": before,
        "after": after,
    }


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> Event:
    """Append one event to the log in the caller's transaction."""
    event = Event(
        at=utcnow(),
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=before,
        after=after,
    )
    session.add(event)
    return event


def insert_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Append many events (built with `row`) in the caller's transaction, in order."""
    if rows:
        session.connection().execute(Event.__table__.insert(), rows)
