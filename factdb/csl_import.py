"""Import CSL-JSON (as Zotero, Pandoc or `factdb export sources` write it) to create
sources or enrich their metadata.

Each item with a `URL` names a source. A source not yet known is created (with no
snapshot: archive the page to cite it); a known one gets what it lacks: title, authors,
publisher (`publisher`, else `container-title`, where Zotero puts a website's name),
publication date (`issued`), language, and the public archived copy factdb's own export
writes in `custom`. A value the source already has and the item contradicts is kept and
reported (`differs`), never overwritten: `factdb source edit` corrects a source.

Every item is read first; a file with any bad item (no URL, a date that is no date,
authors that are no names) is refused whole, one line per item, storing nothing. Each
created or enriched source is one event (`source.create` or `source.update`, naming the
file).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from .archived_copy import check_copy_url, parse_copy_date
from .claims_file import Problem, reject
from .errors import FactdbError, InputError
from .export.sources import csl_name
from .store import events
from .store.models import Source
from .store.sources import create_source, source_state

#: The fields an item can fill, in the order they are reported.
FIELDS = ("title", "authors", "publisher", "published", "language")


@dataclass
class CslReport:
    created: list[str] = field(default_factory=list)
    enriched: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: Values the file gives that differ from the source's (kept): url, field, ours, theirs.
    differs: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "enriched": self.enriched,
            "unchanged": self.unchanged,
            "differs": self.differs,
        }


def _name(value: Any) -> str:
    """A CSL name as the one string a source keeps: "Given Family" when the exports read
    it back as the same name, else "Family, Given"; a literal name as it is.

    >>> _name({"family": "Carmi", "given": "Omer"}), _name({"literal": "BBC News"})
    ('Omer Carmi', 'BBC News')
    >>> _name({"family": "Kerr", "given": "Paul K."})
    'Kerr, Paul K.'
    """
    if not isinstance(value, dict):
        raise ValueError("an author is not a CSL name object")
    if isinstance(value.get("literal"), str) and value["literal"].strip():
        return " ".join(value["literal"].split())
    family = value.get("family")
    if not isinstance(family, str) or not family.strip():
        raise ValueError("an author has neither a family name nor a literal name")
    particle = value.get("non-dropping-particle")
    if isinstance(particle, str) and particle.strip():
        family = f"{particle} {family}"
    family = " ".join(family.split())
    given = value.get("given")
    if not isinstance(given, str) or not given.strip():
        return family
    given = " ".join(given.split())
    natural = f"{given} {family}"
    if csl_name(natural) == {"family": family, "given": given}:
        return natural
    return f"{family}, {given}"


def _date(value: Any) -> str | None:
    """A CSL date as ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD).

    >>> _date({"date-parts": [[2019, 8, 30]]}), _date({"date-parts": [["2019", "8"]]}), \
_date({"raw": "2019-08-30"})
    ('2019-08-30', '2019-08', '2019-08-30')
    """
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("a date is not a CSL date object")
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            numbers = [int(p) for p in parts[0][:3]]
        except (TypeError, ValueError):
            raise ValueError(f"date-parts {parts[0]!r} are not numbers") from None
        if not 1 <= numbers[0] <= 9999 or (len(numbers) > 1 and not 1 <= numbers[1] <= 12):
            raise ValueError(f"date-parts {parts[0]!r} are no date")
        if len(numbers) > 2 and not 1 <= numbers[2] <= 31:
            raise ValueError(f"date-parts {parts[0]!r} are no date")
        return "-".join([f"{numbers[0]:04d}", *(f"{p:02d}" for p in numbers[1:])])
    for key in ("raw", "literal"):
        text = value.get(key)
        if isinstance(text, str) and text.strip():
            match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
            if match is None:
                raise ValueError(f"date {text!r} is not an ISO 8601 date")
            return _date({"date-parts": [[int(p) for p in match.groups() if p]]})
    raise ValueError("a date has no date-parts")


@dataclass(frozen=True)
class Item:
    place: int
    url: str
    fields: dict[str, Any]
    archived_copy: tuple[str, str] | None


def read_items(path: Path) -> tuple[list[Item], list[Problem]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not CSL-JSON: {exc}") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(f"{path}: not CSL-JSON (expected a list of items)")
    items: list[Item] = []
    problems: list[Problem] = []
    for n, raw in enumerate(data, 1):
        try:
            items.append(_item(n, raw))
        except (ValueError, FactdbError) as exc:
            who = f" ({raw.get('id')})" if isinstance(raw, dict) and raw.get("id") else ""
            problems.append(Problem(n, f"item {n}{who}: {exc}"))
    return items, problems


def _text(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} is not a string")
    return " ".join(value.split()) or None


def _item(n: int, raw: Any) -> Item:
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    url = _text(raw, "URL")
    if not url or urlsplit(url).scheme.lower() not in ("http", "https", "file"):
        raise ValueError("no URL (an http(s) URL names the source)")
    authors = raw.get("author") or []
    if not isinstance(authors, list):
        raise ValueError("author is not a list of names")
    fields = {
        "title": _text(raw, "title"),
        "authors": [_name(a) for a in authors],
        "publisher": _text(raw, "publisher") or _text(raw, "container-title"),
        "published": _date(raw.get("issued")),
        "language": _text(raw, "language"),
    }
    copy = None
    custom = raw.get("custom")
    if isinstance(custom, dict) and isinstance(custom.get("archived-copy"), str):
        copy_url = check_copy_url(custom["archived-copy"], url)
        when = custom.get("archived-copy-date")
        if not isinstance(when, str) or not when:
            raise ValueError("custom archived-copy has no archived-copy-date")
        copy = (copy_url, parse_copy_date(when))
    return Item(n, url, fields, copy)


def import_csl(session: Session, path: Path, *, actor: str) -> CslReport:
    """Create or enrich the sources of a CSL-JSON file, all-or-nothing."""
    items, problems = read_items(path)
    seen: dict[str, int] = {}
    for item in items:
        if item.url in seen:
            problems.append(
                Problem(
                    item.place,
                    f"item {item.place}: URL {item.url} already in item {seen[item.url]}",
                )  # fmt: skip
            )
        seen.setdefault(item.url, item.place)
    reject(path, problems)
    report = CslReport()
    for item in items:
        _apply(session, item, report, actor=actor, name=path.name)
    return report


def _state(source: Source) -> dict[str, Any]:
    return source_state(source)


def _apply(session: Session, item: Item, report: CslReport, *, actor: str, name: str) -> None:
    source = session.scalar(select(Source).where(Source.url == item.url))
    given = {k: v for k, v in item.fields.items() if v not in (None, [])}
    if item.archived_copy:
        given["archived_copy_url"], given["archived_copy_date"] = item.archived_copy
    if source is None:
        create_source(session, item.url, given, actor=actor, note={"import": name})
        report.created.append(item.url)
        return
    before = _state(source)
    filled = []
    for key, value in given.items():
        ours = before[key]
        if ours in (None, []):
            setattr(source, key, value)
            filled.append(key)
        elif ours != value:
            report.differs.append({"url": item.url, "field": key, "ours": ours, "theirs": value})
    if not filled:
        report.unchanged.append(item.url)
        return
    events.record(
        session,
        actor=actor,
        action="source.update",
        entity_type="source",
        entity_id=source.id,
        before=before,
        after={**_state(source), "import": name},
    )
    if "title" in filled:
        from .search.index import index_source  # the claims' index rows hold source titles

        index_source(session, source.id)
    report.enriched.append({"url": item.url, "fields": filled})
