"""Import annotations exported from Hypothesis (its API's JSON) as claims.

A Hypothesis annotation is a highlight with a note: `target[].selector` holds a W3C
`TextQuoteSelector` (`exact`, `prefix`, `suffix`) and usually a `TextPositionSelector`
and a `RangeSelector`; `uri` names the page, `created` when it was made, `text` the note
and `tags` its tags. Each annotation becomes a claim (id `hypothesis-<annotation id>`):
its text the statement, its tags the claim's, its quote the citation, found by the
usual locator (quotes, dashes and spaces folded; the prefix and suffix choose between
repeated quotes) in the snapshot of its page retrieved nearest its `created` time, or
in the snapshot named with `--snapshot`.

The positions of `TextPositionSelector` and `RangeSelector` count the browser's DOM
text, not our reading text, so they are read but never used to anchor. A quote that is
not on the snapshot is an **orphan**: listed with the closest passage, never anchored to
a look-alike, and not imported. So is a quote found several times that the prefix and
suffix do not tell apart. A quote found once whose prefix or suffix differ (the
browser's text around it was not ours) is anchored: the words are the same.

Bad input (malformed JSON, an annotation without a quote selector or text, a page never
archived) refuses the whole file, one line per problem, storing nothing; the located
annotations are imported through the claims import (`factdb.claims.import_rows`), so a
second import of the same file changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .claims import ImportReport, import_rows, locate_spec
from .claims_file import CiteSpec, Problem, Row, clean_tags, reject
from .errors import AmbiguousQuote, FactdbError, InputError, QuoteNotFound
from .store.lookups import find_snapshot
from .store.models import Snapshot, Source


@dataclass(frozen=True)
class Orphan:
    """An annotation whose quote is not on its snapshot (or not there once)."""

    annotation: str
    uri: str
    quote: str
    snapshot: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {
            "annotation": self.annotation,
            "uri": self.uri,
            "quote": self.quote,
            "snapshot": self.snapshot,
            "reason": self.reason,
        }


@dataclass
class HypothesisReport:
    imported: ImportReport
    orphans: list[Orphan] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**self.imported.to_json(), "orphans": [o.to_json() for o in self.orphans]}


@dataclass(frozen=True)
class Annotation:
    """What an import reads of one Hypothesis annotation."""

    place: int
    id: str
    uri: str
    created: datetime | None
    text: str
    tags: list[str]
    exact: str
    prefix: str | None
    suffix: str | None


def read_annotations(path: Path) -> tuple[list[Annotation], list[Problem]]:
    """The annotations of a Hypothesis export (`{"rows": [...]}` as the search API gives
    them, a list of annotations, or one annotation), and a problem for each bad one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a Hypothesis JSON export: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        items = data["rows"]
    elif isinstance(data, list):
        items = data
    elif isinstance(data, dict) and "target" in data:
        items = [data]
    else:
        raise InputError(
            f"{path}: not a Hypothesis JSON export (expected a list of annotations or "
            '{"rows": [...]})'
        )
    annotations: list[Annotation] = []
    problems: list[Problem] = []
    for n, item in enumerate(items, 1):
        try:
            annotations.append(_annotation(n, item))
        except _Bad as exc:
            problems.append(Problem(n, f"annotation {n}{exc.who}: {exc}"))
    return annotations, problems


class _Bad(Exception):
    def __init__(self, message: str, who: str = "") -> None:
        super().__init__(message)
        self.who = who


def _annotation(n: int, item: Any) -> Annotation:
    if not isinstance(item, dict):
        raise _Bad("not a JSON object")
    ident = item.get("id")
    if not isinstance(ident, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", ident):
        raise _Bad("no annotation id (letters, digits, '-' and '_')")
    who = f" ({ident})"
    quote = None
    for target in item.get("target") or []:
        for selector in (target or {}).get("selector") or [] if isinstance(target, dict) else []:
            if isinstance(selector, dict) and selector.get("type") == "TextQuoteSelector":
                quote = selector
                break
    if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"].strip():
        raise _Bad("no TextQuoteSelector with an exact quote (a page note, not a highlight)", who)
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Bad("no text: the annotation's text is the claim's statement", who)
    uri = item.get("uri")
    if not isinstance(uri, str) or not uri.strip():
        raise _Bad("no uri", who)
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _Bad("tags must be a list of strings", who)
    created = None
    if item.get("created") is not None:
        try:
            created = datetime.fromisoformat(str(item["created"]).replace("Z", "+00:00"))
        except ValueError:
            raise _Bad(f"created {item['created']!r} is not an ISO 8601 time", who) from None
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)

    def text_or_none(key: str) -> str | None:
        value = quote.get(key)
        return value if isinstance(value, str) and value.strip() else None

    return Annotation(
        place=n,
        id=ident,
        uri=uri.strip(),
        created=created,
        text=" ".join(text.split()),
        tags=clean_tags(tags),
        exact=quote["exact"],
        prefix=text_or_none("prefix"),
        suffix=text_or_none("suffix"),
    )


def _nearest_snapshot(session: Session, uri: str, when: datetime | None) -> Snapshot | None:
    """The snapshot of the page at `uri` retrieved nearest `when` (the latest if no time)."""
    snapshots = list(
        session.scalars(
            select(Snapshot)
            .join(Source)
            .where(or_(Source.url == uri, Snapshot.url == uri))
            .order_by(Snapshot.retrieved_at, Snapshot.id)
        )
    )
    if not snapshots:
        return None
    if when is None:
        return snapshots[-1]
    return min(snapshots, key=lambda s: abs((s.retrieved_at - when).total_seconds()))


def import_hypothesis(
    session: Session, path: Path, *, actor: str, snapshot: str | None = None
) -> HypothesisReport:
    """Import a Hypothesis export: every annotation whose quote is found becomes a claim;
    the others are orphans, listed. Bad annotations refuse the whole file."""
    annotations, problems = read_annotations(path)
    fixed = find_snapshot(session, snapshot) if snapshot else None
    layers: dict[Any, Any] = {}
    rows: list[Row] = []
    orphans: list[Orphan] = []
    for a in annotations:
        snap = fixed or _nearest_snapshot(session, a.uri, a.created)
        if snap is None:
            problems.append(
                Problem(
                    a.place,
                    f"annotation {a.place} ({a.id}): no archived page {a.uri}: archive it "
                    "first (factdb archive URL), or give --snapshot",
                )
            )
            continue
        spec = CiteSpec(quote=a.exact, snapshot=snap.sha256, prefix=a.prefix, suffix=a.suffix)
        try:
            spec = _anchor(session, spec, layers)
        except (QuoteNotFound, AmbiguousQuote) as exc:
            orphans.append(Orphan(a.id, a.uri, a.exact, snap.sha256, _reason(exc)))
            continue
        except FactdbError as exc:
            problems.append(Problem(a.place, f"annotation {a.place} ({a.id}): {exc}"))
            continue
        rows.append(
            Row(
                where=f"annotation {a.place} ({a.id})",
                slug=f"hypothesis-{a.id.lower()}",
                statement=a.text,
                tags=a.tags,
                cites=[spec],
                place=a.place,
            )
        )
    reject(path, problems)
    report = import_rows(session, path, rows, [], actor=actor)
    return HypothesisReport(report, orphans)


def _anchor(session: Session, spec: CiteSpec, layers: dict[Any, Any]) -> CiteSpec:
    """The spec that locates the quote exactly once: with its prefix and suffix, or,
    when the words are there once but the browser's text around them was not ours,
    without them. Raises QuoteNotFound or AmbiguousQuote otherwise."""
    try:
        locate_spec(session, spec, layers)
        return spec
    except QuoteNotFound:
        if spec.prefix is None and spec.suffix is None:
            raise
    bare = CiteSpec(quote=spec.quote, snapshot=spec.snapshot)
    locate_spec(session, bare, layers)  # once, or raises
    return bare


def _reason(exc: FactdbError) -> str:
    if isinstance(exc, AmbiguousQuote):
        return f"the quote occurs {len(exc.occurrences)} times and its prefix and suffix fit none"
    assert isinstance(exc, QuoteNotFound)
    nearest = " ".join((exc.nearest or "").split())
    if nearest:
        return f"not on the snapshot; closest passage ({exc.similarity:.0%} alike): {nearest!r}"
    return "not on the snapshot"
