"""The event log as the authority: replay it and compare the state it implies with the rows.

Every write records an event holding what it wrote (`factdb.claims.claim_state` and the
revisions of the change, the source's fields, every column of a snapshot and the digest
of its text layer, a check run's columns and the digest of its results). `factdb fsck`
replays the log here and compares, row by row:

- sources: URL, title, authors, publisher, publication date, language, creation time,
  the public archived copy's URL and date;
- snapshots: their source, every column of the capture (URL, origin, method, size,
  retrieval time, charset, HTTP status and headers, redirects, media type, payload
  digest, page metadata), and the digest of the text layer made when it was archived;
- claims: statement, status, tags, language, the desk's rating, who created it and when,
  when it last changed; every citation in order, each column of it (snapshot, quote, prefix, suffix,
  every offset, the typed quote, parts, extractor version, who and when); every revision
  (number, kind, statements, why, data, who and when);
- check runs: their columns, and their results by count, statuses and digest;
- reviews (`factdb review`): every column of each, its claim by slug;

and names each row that differs and what differs (`ALTERED`), and each row the log
records that is gone (`MISSING`). Rows with no event at all are named by `factdb.integrity`
(`UNRECORDED`). Events written before the log held every column (older versions of
factdb) are compared on what they hold.

What the replay cannot see: a log rewritten as a whole, with rows to match (see the
README: `fsck --expect-head`, and signed events).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .reviews import review_state
from .store import events
from .store.models import (
    CheckRun,
    Citation,
    Claim,
    ClaimReview,
    ClaimRevision,
    ClaimTag,
    Event,
    Snapshot,
    Source,
    TextLayerCache,
)
from .store.runs import run_state, stored_digest

#: Claims compared per batch (drivers cap a statement's parameters).
BATCH = 500


@dataclass
class Replay:
    """Which events record each entity, gathered in one pass over the log (ids only, so
    memory stays small): `fsck` feeds it every event in id order."""

    claims: dict[str, list[int]] = field(default_factory=dict)
    sources: dict[str, list[int]] = field(default_factory=dict)
    snapshots: dict[str, list[int]] = field(default_factory=dict)
    runs: dict[str, list[int]] = field(default_factory=dict)
    reviews: dict[str, list[int]] = field(default_factory=dict)

    def add(self, event: Event) -> None:
        kind = {
            "claim": self.claims,
            "source": self.sources,
            "snapshot": self.snapshots,
            "check_run": self.runs,
            "review": self.reviews,
        }.get(event.entity_type)
        if kind is not None:
            kind.setdefault(event.entity_id, []).append(event.id)


@dataclass(frozen=True)
class Difference:
    """A row that differs from what the log records (or is gone): `kind` "row" or
    "missing", `subject` names the row, `problem` says what differs."""

    kind: str
    subject: str
    problem: str
    data: dict[str, Any]


def _clip(value: Any, n: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= n else text[: n - 1] + "…"


def _field(name: str, live: Any, logged: Any) -> str:
    return f"{name} is {_clip(live)}, the log records {_clip(logged)}"


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else events.when(value)


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _compare(
    live: dict[str, Any], logged: dict[str, Any], names: Sequence[str], prefix: str = ""
) -> list[str]:
    """What differs between a row (`live`) and its logged state, for each name the log
    holds (an older event may hold fewer)."""
    out = []
    for name in names:
        if name in logged and live.get(name) != logged[name]:
            out.append(_field(prefix + name, live.get(name), logged[name]))
    return out


def _afters(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), BATCH):
        for event_id, after in session.execute(
            select(Event.id, Event.after).where(Event.id.in_(ids[i : i + BATCH]))
        ):
            out[event_id] = after or {}
    return out


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), BATCH):
        yield items[i : i + BATCH]


# --- sources ---------------------------------------------------------------------------------

_SOURCE_FIELDS = (
    "url",
    "title",
    "authors",
    "publisher",
    "published",
    "language",
    "created_at",
    "archived_copy_url",
    "archived_copy_date",
)


def _sources(session: Session, replay: Replay) -> Iterator[Difference]:
    rows = {
        str(s.id): {
            "url": s.url,
            "title": s.title,
            "authors": list(s.authors or []),
            "publisher": s.publisher,
            "published": s.published,
            "language": s.language,
            "created_at": _stamp(s.created_at),
            "archived_copy_url": s.archived_copy_url,
            "archived_copy_date": s.archived_copy_date,
        }
        for s in session.scalars(select(Source))
    }
    ids = sorted(replay.sources, key=lambda k: (len(k), k))
    afters = _afters(session, [e for key in ids for e in replay.sources[key]])
    for key in ids:
        # A source is created without a public archived copy; events that set one say so.
        state: dict[str, Any] = {"archived_copy_url": None, "archived_copy_date": None}
        for event_id in replay.sources[key]:
            state.update(afters.get(event_id, {}))
        subject = f"source {key} ({state.get('url')})"
        live = rows.get(key)
        if live is None:
            yield Difference(
                "missing", subject, "the log records it, but its row is gone", {"source": key}
            )
            continue
        found = _compare(live, state, _SOURCE_FIELDS)
        if found:
            yield Difference(
                "row", f"source {key} ({live['url']})", "; ".join(found), {"source": key}
            )


# --- snapshots -------------------------------------------------------------------------------

_SNAPSHOT_FIELDS = (
    "source",
    "url",
    "origin",
    "method",
    "size",
    "charset",
    "compression",
    "redirects",
    "status",
    "headers",
    "media_type",
    "payload_digest",
    "page_metadata",
    "created_at",
)


def _snapshots(session: Session, replay: Replay) -> Iterator[Difference]:
    columns = [c for c in Snapshot.__table__.c if c.key != "content"]
    rows = {row.sha256: row for row in session.execute(select(*columns))}
    layers: dict[tuple[int, str], str] = {
        (snapshot_id, version): digest
        for snapshot_id, version, digest in session.execute(
            select(
                TextLayerCache.snapshot_id,
                TextLayerCache.extractor_version,
                TextLayerCache.sha256,
            )
        )
    }
    digests = sorted(replay.snapshots)
    afters = _afters(session, [replay.snapshots[d][0] for d in digests])
    for digest in digests:
        state = afters.get(replay.snapshots[digest][0], {})
        row = rows.get(digest)
        subject = f"snapshot {digest}"
        if row is None:
            yield Difference(
                "missing", subject, "the log records it, but its row is gone", {"snapshot": digest}
            )
            continue
        live = {
            "source": row.source_id,
            "url": row.url,
            "origin": row.origin,
            "method": row.method,
            "size": row.size,
            "charset": row.charset,
            "compression": row.compression,
            "redirects": row.redirects,
            "status": row.status,
            "headers": row.headers,
            "media_type": row.media_type,
            "payload_digest": row.payload_digest,
            "page_metadata": row.page_metadata,
            "created_at": _stamp(row.created_at),
        }
        found = _compare(live, state, _SNAPSHOT_FIELDS)
        if "retrieved_at" in state and _instant(state["retrieved_at"]) != row.retrieved_at:
            found.append(
                _field("retrieved_at", row.retrieved_at.isoformat(), state["retrieved_at"])
            )
        layer = state.get("text_layer")
        if isinstance(layer, dict):
            stored = layers.get((row.id, str(layer.get("version"))))
            if stored is not None and stored != layer.get("sha256"):
                found.append(
                    f"its text layer ({layer.get('version')}) has digest {stored[:16]}…, "
                    f"the log records {str(layer.get('sha256'))[:16]}…"
                )
        if found:
            yield Difference("row", subject, "; ".join(found), {"snapshot": digest})


# --- claims ----------------------------------------------------------------------------------

_CLAIM_FIELDS = (
    "statement",
    "status",
    "language",
    "rating",
    "created_by",
    "created_at",
    "updated_at",
)
_CITATION_FIELDS = (
    "snapshot",
    "exact",
    "prefix",
    "suffix",
    "text_start",
    "text_end",
    "html_start",
    "html_end",
    "byte_start",
    "byte_end",
    "pdf",
    "page",
    "typed_quote",
    "parts",
    "extractor_version",
    "created_by",
    "created_at",
)
_REVISION_FIELDS = (
    "kind",
    "old_statement",
    "new_statement",
    "why",
    "data",
    "actor",
    "at",
)


def _claims(session: Session, replay: Replay) -> Iterator[Difference]:
    slugs = sorted(replay.claims)
    for chunk in _chunks(slugs):
        yield from _claim_batch(session, replay, chunk)


def _claim_batch(session: Session, replay: Replay, slugs: Sequence[str]) -> Iterator[Difference]:
    claims = {
        row.slug: row
        for row in session.execute(
            select(
                Claim.id,
                Claim.slug,
                Claim.statement,
                Claim.status,
                Claim.language,
                Claim.rating,
                Claim.created_by,
                Claim.created_at,
                Claim.updated_at,
            ).where(Claim.slug.in_(list(slugs)))
        )
    }
    ids = [row.id for row in claims.values()]
    tags: dict[int, list[str]] = {}
    for claim_id, tag in session.execute(
        select(ClaimTag.claim_id, ClaimTag.tag).where(ClaimTag.claim_id.in_(ids))
    ):
        tags.setdefault(claim_id, []).append(tag)
    citations: dict[int, list[Any]] = {}
    for cited in session.execute(
        select(Citation, Snapshot.sha256)
        .join(Snapshot, Snapshot.id == Citation.snapshot_id)
        .where(Citation.claim_id.in_(ids))
        .order_by(Citation.id)
    ):
        citations.setdefault(cited[0].claim_id, []).append(cited)
    revisions: dict[int, list[ClaimRevision]] = {}
    for revision in session.scalars(
        select(ClaimRevision)
        .where(ClaimRevision.claim_id.in_(ids))
        .order_by(ClaimRevision.claim_id, ClaimRevision.number, ClaimRevision.id)
    ):
        revisions.setdefault(revision.claim_id, []).append(revision)
    afters = _afters(session, [e for slug in slugs for e in replay.claims[slug]])
    for slug in slugs:
        states = [afters.get(e, {}) for e in replay.claims[slug]]
        row = claims.get(slug)
        subject = f"claim {slug}"
        if row is None:
            yield Difference(
                "missing",
                subject,
                f"the log records it ({len(states)} event(s)), but its row is gone",
                {"claim": slug},
            )
            continue
        found = _claim_differences(
            row,
            tags.get(row.id, []),
            citations.get(row.id, []),
            revisions.get(row.id, []),
            states,
        )
        if found:
            yield Difference("row", subject, "; ".join(found), {"claim": slug})
    session.expunge_all()


def _claim_differences(
    row: Any,
    tags: list[str],
    citations: list[Any],
    revisions: list[ClaimRevision],
    states: list[dict[str, Any]],
) -> list[str]:
    state = states[-1] if states else {}
    live = {
        "statement": row.statement,
        "status": row.status,
        "language": row.language,
        "rating": row.rating,
        "created_by": row.created_by,
        "created_at": _stamp(row.created_at),
        "updated_at": _stamp(row.updated_at),
    }
    # A claim without a language or a rating records none (`claim_state`), in every version.
    logged = {"language": None, "rating": None, **state}
    found = _compare(live, logged, _CLAIM_FIELDS)
    if "tags" in state and sorted(tags) != sorted(state["tags"] or []):
        found.append(_field("tags", sorted(tags), sorted(state["tags"] or [])))
    logged_citations = state.get("citations")
    if isinstance(logged_citations, list):
        if len(citations) != len(logged_citations):
            found.append(
                f"it has {len(citations)} citation(s), the log records {len(logged_citations)}"
            )
        for (citation, sha), logged_citation in zip(citations, logged_citations, strict=False):
            live_citation = {
                "snapshot": sha,
                "exact": citation.exact,
                "prefix": citation.prefix,
                "suffix": citation.suffix,
                "text_start": citation.text_start,
                "text_end": citation.text_end,
                "html_start": citation.html_start,
                "html_end": citation.html_end,
                "byte_start": citation.byte_start,
                "byte_end": citation.byte_end,
                "pdf": citation.pdf,
                "page": citation.page,
                "typed_quote": citation.typed_quote,
                "parts": citation.parts,
                "extractor_version": citation.extractor_version,
                "created_by": citation.created_by,
                "created_at": _stamp(citation.created_at),
            }
            found.extend(
                _compare(
                    live_citation,
                    logged_citation,
                    _CITATION_FIELDS,
                    prefix=f"citation {citation.id} ",
                )
            )
            # A page's citation logs no PDF location: a row that has one was edited.
            for name in ("pdf", "page"):
                if name not in logged_citation and live_citation[name] is not None:
                    found.append(
                        _field(f"citation {citation.id} {name}", live_citation[name], None)
                    )
    found.extend(_revision_differences(revisions, states))
    return found


def _revision_differences(
    revisions: list[ClaimRevision], states: list[dict[str, Any]]
) -> list[str]:
    logged: dict[int, dict[str, Any]] = {}
    complete = True  # every event of the claim lists the revisions it added
    for state in states:
        added = state.get("revisions")
        if not isinstance(added, list):
            complete = False
            continue
        for revision in added:
            logged[int(revision.get("number", 0))] = revision
    out = []
    live = {r.number: r for r in revisions}
    for number in sorted(logged):
        revision = live.get(number)
        if revision is None:
            out.append(f"revision {number} is gone (the log records it)")
            continue
        values = {
            "kind": revision.kind,
            "old_statement": revision.old_statement,
            "new_statement": revision.new_statement,
            "why": revision.why,
            "data": revision.data,
            "actor": revision.actor,
            "at": _stamp(revision.at),
        }
        out.extend(_compare(values, logged[number], _REVISION_FIELDS, f"revision {number} "))
    if complete:
        extra = sorted(set(live) - set(logged))
        if extra:
            out.append(f"revision(s) {', '.join(map(str, extra))} are not in the log")
        if len(revisions) != len(live):
            out.append("it has several revisions of the same number")
    return out


# --- check runs ------------------------------------------------------------------------------

_RUN_FIELDS = ("started_at", "finished_at", "actor", "tool_version", "extractor_version", "summary")


def _runs(session: Session, replay: Replay) -> Iterator[Difference]:
    rows = {str(run.id): run for run in session.scalars(select(CheckRun))}
    keys = sorted(replay.runs, key=lambda k: (len(k), k))
    afters = _afters(session, [replay.runs[k][-1] for k in keys])
    for key in keys:
        state = afters.get(replay.runs[key][-1], {})
        run = rows.get(key)
        subject = f"check run {key}"
        if run is None:
            yield Difference(
                "missing", subject, "the log records it, but its row is gone", {"check_run": key}
            )
            continue
        found = _compare(run_state(run), state, _RUN_FIELDS)
        logged = state.get("results")
        if isinstance(logged, dict):
            stored = stored_digest(session, run.id).summary()
            if stored["sha256"] != logged.get("sha256"):
                statuses = stored["statuses"]
                recorded = logged.get("statuses") or {}
                counts = [
                    f"{status} {recorded.get(status, 0)} → {statuses.get(status, 0)}"
                    for status in sorted(set(statuses) | set(recorded))
                    if statuses.get(status, 0) != recorded.get(status, 0)
                ]
                what = f"by status {', '.join(counts)}" if counts else "same counts"
                found.append(
                    f"its {stored['count']} result(s) differ from the {logged.get('count')} "
                    f"the log records ({what})"
                )
        if found:
            yield Difference("row", subject, "; ".join(found), {"check_run": key})


# --- reviews ---------------------------------------------------------------------------------

_REVIEW_FIELDS = (
    "claim",
    "claim_id",
    "revision_id",
    "kind",
    "citation_id",
    "snapshot_id",
    "result_id",
    "status",
    "detail",
    "citations",
    "verdict",
    "why",
    "actor",
    "at",
)


def _reviews(session: Session, replay: Replay) -> Iterator[Difference]:
    keys = sorted(replay.reviews, key=lambda k: (len(k), k))
    for chunk in _chunks(keys):
        ids = [int(k) for k in chunk if k.isdigit()]
        rows = {
            str(row.id): (row, slug)
            for row, slug in session.execute(
                select(ClaimReview, Claim.slug)
                .outerjoin(Claim, Claim.id == ClaimReview.claim_id)
                .where(ClaimReview.id.in_(ids))
            ).tuples()
        }
        afters = _afters(session, [replay.reviews[k][-1] for k in chunk])
        for key in chunk:
            state = afters.get(replay.reviews[key][-1], {})
            subject = f"review {key}"
            found = rows.get(key)
            if found is None:
                yield Difference(
                    "missing", subject, "the log records it, but its row is gone", {"review": key}
                )
                continue
            row, slug = found
            problems = _compare(review_state(row, slug or ""), state, _REVIEW_FIELDS)
            if problems:
                yield Difference("row", subject, "; ".join(problems), {"review": key})
        session.expunge_all()


def unrecorded_reviews(session: Session, replay: Replay) -> list[str]:
    """Reviews that no event records (written around factdb)."""
    return [
        str(review_id)
        for review_id in session.scalars(select(ClaimReview.id).order_by(ClaimReview.id))
        if str(review_id) not in replay.reviews
    ]


def unrecorded_runs(session: Session, replay: Replay) -> list[str]:
    """Check runs that no event records (written around factdb)."""
    return [
        str(run_id)
        for run_id in session.scalars(select(CheckRun.id).order_by(CheckRun.id))
        if str(run_id) not in replay.runs
    ]


#: Each comparison, in the order fsck reports them.
COMPARISONS: tuple[Callable[[Session, Replay], Iterator[Difference]], ...] = (
    _sources,
    _snapshots,
    _claims,
    _runs,
    _reviews,
)


def differences(session: Session, replay: Replay) -> Iterator[Difference]:
    """Every row that differs from the state the log implies, or is gone."""
    for compare in COMPARISONS:
        yield from compare(session, replay)
