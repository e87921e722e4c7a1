"""Corrections to what is recorded about a source, and a source's history.

A page's own metadata is often wrong or missing: a site name where the publisher should
be, a title with the site's suffix, no language, the date of the last update. `factdb
source edit URL --title … --author … --publisher … --published DATE --language TAG --why
…` corrects it as one `source.edit` event holding the fields before and after (and the
reason), so `source show --history` lists every correction and `factdb fsck` replays it.
Everything reads the source row, so briefs, exports and the supported check (publication
date, language) use the corrected values from then on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .claims_file import check_language
from .errors import UsageError
from .store import events
from .store.lookups import find_source
from .store.models import Event, Source
from .store.sources import METADATA, source_state

#: The fields `edit_source` corrects, in the order they are shown.
FIELDS = METADATA


def source_fields(source: Source) -> dict[str, Any]:
    """The corrected fields of a source as its events record them."""
    return source_state(source, METADATA)


def check_published(value: str) -> str:
    """A publication date as given (YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 datetime),
    refused unless it is one.

    >>> check_published("2019-08-30"), check_published("2019-08"), check_published("2019")
    ('2019-08-30', '2019-08', '2019')
    >>> check_published("2019-02-30")
    Traceback (most recent call last):
    ...
    factdb.errors.UsageError: --published '2019-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
    """
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return text
        if re.fullmatch(r"\d{4}-\d{2}", text):
            date.fromisoformat(text + "-01")
            return text
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", text):
            datetime.fromisoformat(text.replace("Z", "+00:00"))
            return text
    except ValueError:
        pass
    raise UsageError(f"--published {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _text(option: str, value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise UsageError(f"{option} is empty")
    return cleaned


@dataclass(frozen=True)
class SourceEdit:
    """What `edit_source` did: the source's fields now, and which changed."""

    source: int
    url: str
    fields: dict[str, Any]
    changed: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "url": self.url, **self.fields, "edited": self.changed}


def edit_source(
    session: Session,
    ref: str,
    *,
    title: str | None = None,
    authors: tuple[str, ...] | list[str] = (),
    publisher: str | None = None,
    published: str | None = None,
    language: str | None = None,
    why: str | None,
    actor: str,
) -> SourceEdit:
    """Correct the metadata of source `ref` (id or URL) as one `source.edit` event.

    Only the fields given change (`authors` replaces the list); giving the values it
    already has changes nothing and records nothing. Raises UnknownSource, or UsageError
    for a value that is not one (nothing is stored then).
    """
    given: dict[str, Any] = {}
    if title is not None:
        given["title"] = _text("--title", title)
    if authors:
        given["authors"] = [_text("--author", a) for a in authors]
    if publisher is not None:
        given["publisher"] = _text("--publisher", publisher)
    if published is not None:
        given["published"] = check_published(published)
    if language is not None:
        given["language"] = check_language(language)
    if not given:
        raise UsageError(
            "nothing to correct: give --title, --author, --publisher, --published or --language"
        )
    if not (why or "").strip():
        raise UsageError("say why the source's record changes: --why TEXT")
    source = find_source(session, ref)
    before = source_fields(source)
    changed = [name for name in FIELDS if name in given and given[name] != before[name]]
    if changed:
        for name in changed:
            setattr(source, name, given[name])
        events.record(
            session,
            actor=actor,
            action="source.edit",
            entity_type="source",
            entity_id=source.id,
            before=before,
            after={**source_fields(source), "why": " ".join(str(why).split())},
        )
        if "title" in changed:
            from .search.index import index_source  # the claims' index rows hold source titles

            index_source(session, source.id)
    return SourceEdit(source.id, source.url, source_fields(source), changed)


def source_history(session: Session, ref: str) -> list[dict[str, Any]]:
    """Every recorded change of a source, oldest first: what it did, who, when, why, and
    each field before and after."""
    source = find_source(session, ref)
    out = []
    for event in session.scalars(
        select(Event)
        .where(Event.entity_type == "source", Event.entity_id == str(source.id))
        .order_by(Event.id)
    ):
        before, after = event.before or {}, event.after or {}
        skip = ("why", "import", "created_at")
        names = [k for k in after if k not in skip and before.get(k) != after[k]]
        entry: dict[str, Any] = {
            "at": event.at.isoformat(),
            "kind": event.action.removeprefix("source."),
            "by": event.actor,
            "changes": {k: {"before": before.get(k), "after": after[k]} for k in names},
        }
        if after.get("why"):
            entry["why"] = after["why"]
        out.append(entry)
    return out
