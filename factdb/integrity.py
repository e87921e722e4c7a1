"""The full archive check behind `factdb fsck`: nothing lost, nothing forged.

`fsck` verifies, on one consistent read snapshot of the database:

- every snapshot's stored bytes hash to its recorded SHA-256 (`store.lookups.verify_snapshot`);
- the event log's hash chain: each event's content hashes to its stored `hash`, and its
  `prev_hash` is the hash of the event before it, so an edited, deleted or reordered
  event is named;
- every citation (made with the current extractor) still equals its snapshot's text slice
  `text[text_start:text_end]`, re-extracted from the verified bytes, not from the cache;
- nothing is half-stored: every claim has a citation and a revision, and every claim,
  snapshot and source has the event that recorded it.

The chain cannot show events cut from the end of the log; `FsckReport.head` (the last
event's hash) is printed so that it can be kept elsewhere and compared later.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, String, cast, exists, func, select
from sqlalchemy.orm import Session

from .engine.text import EXTRACTOR_VERSION, extract
from .errors import FactdbError
from .store import events
from .store.db import Database
from .store.lookups import snapshot_bytes, snapshot_http_charset, verify_snapshot
from .store.models import Citation, Claim, ClaimRevision, Event, Snapshot, Source

#: How the text report spells each kind of problem (see `Problem.line`).
LABELS = {
    "snapshot": "CORRUPT",
    "event": "TAMPERED",
    "chain": "BROKEN",
    "citation": "MISMATCH",
    "unrecorded": "UNRECORDED",
    "incomplete": "INCOMPLETE",
}


@dataclass(frozen=True)
class Problem:
    """One thing found wrong: its kind, what it is about, and why."""

    kind: str
    subject: str
    problem: str
    data: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        """The report line, e.g. `TAMPERED event 12 (claim.create claim c): ...`."""
        return f"{LABELS[self.kind]} {self.subject}: {self.problem}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.data, "problem": self.problem}


@dataclass
class FsckReport:
    """What `fsck` checked and every problem it found; `ok` when there are none."""

    snapshots: int = 0
    events: int = 0
    #: Events recorded before the log was chained (a prefix with no hashes).
    unchained_events: int = 0
    citations: int = 0
    #: Citations made with another extractor version: compared by `factdb check` instead.
    citations_skipped: int = 0
    claims: int = 0
    #: The hash of the last event: keep it elsewhere to detect a log cut short later.
    head: str | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def of_kind(self, *kinds: str) -> list[Problem]:
        return [p for p in self.problems if p.kind in kinds]

    def to_json(self) -> dict[str, Any]:
        return {
            "snapshots": self.snapshots,
            "problems": [p.to_json() for p in self.problems],
            "events": self.events,
            "unchained_events": self.unchained_events,
            "event_head": self.head,
            "citations": self.citations,
            "citations_skipped": self.citations_skipped,
            "claims": self.claims,
        }


def fsck(db: Database) -> FsckReport:
    """Check the whole database on one consistent read snapshot (writers may keep going)."""
    with db.snapshot() as session:
        return check_session(session)


def check_session(session: Session) -> FsckReport:
    """Every check of `fsck`, on the given session's view of the database."""
    report = FsckReport()
    _check_snapshots_and_citations(session, report)
    _check_event_chain(session, report)
    _check_completeness(session, report)
    return report


# --- snapshots and citations --------------------------------------------------------------


@dataclass(frozen=True)
class _Cite:
    id: int
    claim: str
    exact: str
    start: int
    end: int
    version: str


def _citations_by_snapshot(session: Session) -> dict[int, list[_Cite]]:
    rows = session.execute(
        select(
            Citation.id,
            Citation.snapshot_id,
            Claim.slug,
            Citation.exact,
            Citation.text_start,
            Citation.text_end,
            Citation.extractor_version,
        )
        .join(Claim, Claim.id == Citation.claim_id)
        .order_by(Citation.id)
    )
    out: dict[int, list[_Cite]] = defaultdict(list)
    for cid, snapshot_id, slug, exact, start, end, version in rows:
        out[snapshot_id].append(_Cite(cid, slug, exact, start, end, version))
    return out


def _check_snapshots_and_citations(session: Session, report: FsckReport) -> None:
    cites = _citations_by_snapshot(session)
    urls = {sid: url for sid, url in session.execute(select(Source.id, Source.url))}
    ids = list(session.scalars(select(Snapshot.id).order_by(Snapshot.id)))
    for snapshot_id in ids:
        # One snapshot's bytes in memory at a time, however large the archive.
        snapshot = session.get(Snapshot, snapshot_id)
        assert snapshot is not None
        report.snapshots += 1
        problem = verify_snapshot(snapshot)
        if problem:
            report.problems.append(
                Problem(
                    "snapshot",
                    f"snapshot {snapshot.sha256} ({urls.get(snapshot.source_id)})",
                    problem,
                    {"snapshot": snapshot.sha256, "source": urls.get(snapshot.source_id)},
                )
            )
        mine = cites.get(snapshot_id, [])
        report.citations += len(mine)
        current = [c for c in mine if c.version == EXTRACTOR_VERSION]
        report.citations_skipped += len(mine) - len(current)
        if current and not problem:
            _check_citations(snapshot, current, report)
        session.expunge(snapshot)


def _check_citations(snapshot: Snapshot, cites: list[_Cite], report: FsckReport) -> None:
    try:
        text = extract(snapshot_bytes(snapshot), snapshot_http_charset(snapshot)).text
    except FactdbError as exc:
        text, reason = None, f"the snapshot's text cannot be extracted: {exc}"
    for c in cites:
        if text is not None:
            found = text[c.start : c.end]
            if found == c.exact:
                continue
            reason = (
                f"stored exact {_clip(c.exact)!r} but the snapshot's "
                f"text[{c.start}:{c.end}] reads {_clip(found)!r}"
            )
        report.problems.append(
            Problem(
                "citation",
                f"citation {c.id} (claim {c.claim}, snapshot {snapshot.sha256[:12]})",
                reason,
                {"citation": c.id, "claim": c.claim, "snapshot": snapshot.sha256},
            )
        )


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# --- the event log ---------------------------------------------------------------------------


def _check_event_chain(session: Session, report: FsckReport) -> None:
    links: list[tuple[int, str | None, str | None, str]] = []
    query = select(Event).order_by(Event.id).execution_options(yield_per=1000)
    for event in session.scalars(query):
        report.events += 1
        label = f"event {event.id} ({event.action} {event.entity_type} {event.entity_id})"
        links.append((event.id, event.hash, event.prev_hash, label))
        if event.hash is None and event.prev_hash is None:
            continue  # judged below: fine only before the first chained event
        expected = events.event_hash(events.as_dict(event), event.prev_hash or "")
        if event.hash != expected:
            report.problems.append(
                Problem(
                    "event",
                    label,
                    "its content does not match its hash: the event was edited",
                    {"event": event.id},
                )
            )
        session.expunge(event)
    position = {h: (i, label) for i, (_, h, _, label) in enumerate(links) if h}
    previous: tuple[int, str | None, str | None, str] | None = None
    chained = False
    for i, link in enumerate(links):
        event_id, digest, prev_hash, label = link
        if digest is None and prev_hash is None and not chained:
            report.unchained_events += 1
            previous = link
            continue
        chained = True
        problem = _link_problem(i, prev_hash, previous, position)
        if problem:
            report.problems.append(Problem("chain", label, problem, {"event": event_id}))
        previous = link
    report.head = links[-1][1] if links else None


def _link_problem(
    i: int,
    prev_hash: str | None,
    previous: tuple[int, str | None, str | None, str] | None,
    position: dict[str, tuple[int, str]],
) -> str | None:
    """Why this event's `prev_hash` does not chain it to the event before it, if so."""
    if previous is None or previous[1] is None:
        # The first event of the log (or the first after the unchained prefix).
        if prev_hash == events.GENESIS:
            return None
        if previous is not None and prev_hash is None:
            return "it has no hash: the event was edited"
        return "its previous hash names no event: events before it were deleted"
    expected = previous[1]
    if prev_hash == expected:
        return None
    if prev_hash is None:
        return "it has no hash: the event was edited"
    if prev_hash == events.GENESIS:
        return "it claims to be the first event, but follows another: the log was reordered"
    if prev_hash in position:
        j, label = position[prev_hash]
        if j != i - 1:
            return f"it follows {label} in the chain, not the event before it: reordered"
    return (
        f"the event it follows (hash {prev_hash[:16]}…) is missing or altered: "
        f"an event was deleted or edited"
    )


# --- nothing half-stored ---------------------------------------------------------------------


def _recorded(entity_type: str, key: Any) -> Any:
    return exists().where(Event.entity_type == entity_type, Event.entity_id == key)


def _check_completeness(session: Session, report: FsckReport) -> None:
    report.claims = session.scalar(select(func.count()).select_from(Claim)) or 0
    for slug in session.scalars(
        select(Claim.slug).where(~exists().where(Citation.claim_id == Claim.id))
    ):
        report.problems.append(
            Problem("incomplete", f"claim {slug}", "it has no citation", {"claim": slug})
        )
    for slug in session.scalars(
        select(Claim.slug).where(~exists().where(ClaimRevision.claim_id == Claim.id))
    ):
        report.problems.append(
            Problem("incomplete", f"claim {slug}", "it has no revision", {"claim": slug})
        )
    unrecorded: list[tuple[str, Select[Any]]] = [
        ("claim", select(Claim.slug).where(~_recorded("claim", Claim.slug))),
        ("snapshot", select(Snapshot.sha256).where(~_recorded("snapshot", Snapshot.sha256))),
        (
            "source",
            select(Source.id).where(~_recorded("source", cast(Source.id, String))),
        ),
    ]
    for kind, query in unrecorded:
        for key in session.scalars(query.limit(1000)):
            report.problems.append(
                Problem(
                    "unrecorded",
                    f"{kind} {key}",
                    "no event records it: its event was deleted, or it was written around factdb",
                    {kind: key},
                )
            )
