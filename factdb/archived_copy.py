"""A source's public archived copy: a capture of the page kept by a public web archive.

Our snapshots prove what a page said, but a reader of a brief or a Wikipedia article
cannot open them. A copy kept by a public archive (the Wayback Machine, archive.today, a
national library's web archive) can be opened by anyone; `factdb source edit URL
--archived-copy URL` records one per source, with the date it was captured, and the
exports carry it: briefs as Robust Links `data-versionurl`, wikitext as `archive-url` and
`archive-date`, CSL-JSON in `custom`, BibTeX in `archiveurl`/`archivedate`.

The capture date is read from the copy's URL when it holds the 14-digit timestamp of the
Memento-style archives (`https://web.archive.org/web/20190830123456/https://...`);
otherwise it must be given. Each change is one `source.archived-copy` event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from .errors import UsageError
from .store import events
from .store.lookups import find_source

#: The timestamp path segment of Wayback-style archives: /20190830123456/ (with an
#: optional modifier such as `id_` or `if_`) before the archived URL.
_MEMENTO = re.compile(r"/(\d{14})(?:[a-z]{2}_|\*)?/(?:https?:|[a-z0-9.-]+\.[a-z]{2,})", re.I)


def memento_date(url: str) -> str | None:
    """The capture time a Memento-style archive URL carries, as ISO 8601 UTC, or None.

    >>> memento_date("https://web.archive.org/web/20190830123456/https://example.org/a")
    '2019-08-30T12:34:56Z'
    >>> memento_date("https://archive.ph/20200102030405/https://example.org/"), \
memento_date("https://example.org/20190830123456")
    ('2020-01-02T03:04:05Z', None)
    >>> memento_date("https://web.archive.org/web/20191399999999/https://example.org/") is None
    True
    """
    match = _MEMENTO.search(url)
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group(1), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_copy_date(value: str) -> str:
    """A capture date given by hand: YYYY-MM-DD or an ISO 8601 datetime, kept in UTC.

    >>> parse_copy_date("2019-08-30"), parse_copy_date("2019-08-30T14:00:00+02:00")
    ('2019-08-30', '2019-08-30T12:00:00Z')
    """
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"--archived-date {value!r} is not a date (YYYY-MM-DD or an ISO 8601 datetime)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ArchivedCopy:
    """What `set_archived_copy` did to one source."""

    source: int
    url: str
    archived_copy_url: str | None
    archived_copy_date: str | None
    changed: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "archived_copy_url": self.archived_copy_url,
            "archived_copy_date": self.archived_copy_date,
            "changed": self.changed,
        }


def check_copy_url(copy_url: str, source_url: str) -> str:
    """The copy's URL, refused unless it is an http(s) URL other than the source's own."""
    url = copy_url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        raise UsageError(f"--archived-copy {copy_url!r} is not an http(s) URL")
    if url == source_url:
        raise UsageError(
            "--archived-copy is the source's own URL: give the URL of a public archive's copy"
        )
    return url


def set_archived_copy(
    session: Session,
    ref: str,
    copy_url: str,
    *,
    when: str | None = None,
    actor: str,
    why: str | None = None,
) -> ArchivedCopy:
    """Record `copy_url` as the public archived copy of the source `ref` (id or URL),
    captured `when` (read from the URL when it carries a Memento timestamp)."""
    source = find_source(session, ref)
    url = check_copy_url(copy_url, source.url)
    captured = parse_copy_date(when) if when else memento_date(url)
    if captured is None:
        raise UsageError(
            f"cannot read when {url} was captured from its URL: give --archived-date DATE"
        )
    before = {
        "archived_copy_url": source.archived_copy_url,
        "archived_copy_date": source.archived_copy_date,
    }
    after = {"archived_copy_url": url, "archived_copy_date": captured}
    changed = after != before
    if changed:
        source.archived_copy_url = url
        source.archived_copy_date = captured
        events.record(
            session,
            actor=actor,
            action="source.archived-copy",
            entity_type="source",
            entity_id=source.id,
            before=before,
            after={**after, **({"why": why} if why else {})},
        )
    return ArchivedCopy(source.id, source.url, url, captured, changed)
