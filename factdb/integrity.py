"""The full archive check behind `factdb fsck`: nothing lost, nothing forged.

`fsck` verifies, on one consistent read snapshot of the database:

- every snapshot's stored bytes hash to its recorded SHA-256 (`store.lookups.verify_snapshot`);
- every cached text layer matches its digest, and is recomputed from the verified bytes
  and compared (every cited snapshot's, a random sample of the others at `sample`, all of
  them with `deep`): a forged layer (same length, other words) is named;
- the event log's hash chain: each event's content hashes to its stored `hash`, and its
  `prev_hash` is the hash of the event before it, so an edited, deleted or reordered
  event is named; with a verifying key (`factdb.store.signing`), every signature;
- the log is the authority: it is replayed and the state it implies compared with every
  row (sources, snapshots, claims with their tags, citations and revisions, check runs
  and their results: `factdb.replay`), naming each row that differs and what differs;
- every citation (made with the current extractor) still equals its snapshot's text slice
  `text[text_start:text_end]`, re-extracted from the verified bytes, not from the cache;
- nothing is half-stored: every claim has a citation and a revision, and every claim,
  snapshot, source and check run has the event that recorded it;
- every stored RFC 3161 time-stamp token (`factdb.timestamps`) still vouches for its
  snapshot's digest or event-log head, which still exists, and, given trusted roots
  (`--tsa-ca`), its signature and certificate chain verify; each token's time is reported.

The chain cannot show events cut from the end of the log; `FsckReport.head` (the last
event's hash) is printed so that it can be kept elsewhere and compared later
(`expect_head`).
"""

from __future__ import annotations

import random
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, String, cast, exists, func, select
from sqlalchemy.orm import Session

from . import defaults, replay
from .engine.pdf import PDF_EXTRACTOR_VERSION, PdfTextLayer
from .engine.text import EXTRACTOR_VERSION, TextLayer
from .errors import FactdbError, UsageError
from .store import events, signing
from .store.db import Database
from .store.lookups import (
    extract_any,
    layer_digest,
    snapshot_bytes,
    snapshot_http_charset,
    verify_snapshot,
)
from .store.models import (
    Citation,
    Claim,
    ClaimRevision,
    Event,
    Snapshot,
    Source,
    TextLayerCache,
)

#: The share of cached text layers of uncited snapshots that `fsck` recomputes by default.
SAMPLE_RATE = defaults.FSCK_SAMPLE_RATE

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

#: How the text report spells each kind of problem (see `Problem.line`).
LABELS = {
    "snapshot": "CORRUPT",
    "event": "TAMPERED",
    "chain": "BROKEN",
    "citation": "MISMATCH",
    "unrecorded": "UNRECORDED",
    "incomplete": "INCOMPLETE",
    "row": "ALTERED",
    "missing": "MISSING",
    "layer": "FORGED",
    "signature": "UNSIGNED",
    "head": "HEAD",
    "timestamp": "TIMESTAMP",
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
    #: Rows compared with the state the replayed log implies.
    rows_compared: int = 0
    #: Cached text layers (each checked against its digest) and how many were recomputed.
    text_layers: int = 0
    text_layers_recomputed: int = 0
    #: The share of uncited snapshots' layers recomputed (1.0 with --deep).
    sample_rate: float = SAMPLE_RATE
    #: Events carrying a signature, and whether they were verified (a key was given).
    signed_events: int = 0
    signatures_verified: bool = False
    #: The head hash the log was expected to contain (`--expect-head`), if given.
    expected_head: str | None = None
    #: The hash of the last event: keep it elsewhere to detect a log cut short later.
    head: str | None = None
    problems: list[Problem] = field(default_factory=list)
    #: Every stored time-stamp token: what it stamps, by whom, when, and whether its
    #: chain was verified (`Stamp.to_json`, with "id" and "ok").
    timestamps: list[dict[str, Any]] = field(default_factory=list)

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
            "rows_compared": self.rows_compared,
            "text_layers": self.text_layers,
            "text_layers_recomputed": self.text_layers_recomputed,
            "sample_rate": self.sample_rate,
            "signed_events": self.signed_events,
            "signatures_verified": self.signatures_verified,
            "expected_head": self.expected_head,
            "timestamps": self.timestamps,
        }


def fsck(
    db: Database,
    *,
    deep: bool = False,
    sample: float = SAMPLE_RATE,
    expect_head: str | None = None,
    tsa_roots: Sequence[Certificate] = (),
) -> FsckReport:
    """Check the whole database on one consistent read snapshot (writers may keep going).

    `deep` recomputes every cached text layer from its snapshot's bytes; otherwise those
    of cited snapshots and a random `sample` (0..1) of the others. `expect_head` is a head
    hash kept elsewhere: the log must still contain it (else it was cut or rewritten).
    Time-stamp tokens' chains are verified against `tsa_roots` when given.
    """
    if not 0.0 <= sample <= 1.0:
        raise UsageError(f"the sample rate must be between 0 and 1, not {sample}")
    if expect_head is not None:
        expect_head = expect_head.strip().lower()
        if len(expect_head) != 64 or any(c not in "0123456789abcdef" for c in expect_head):
            raise UsageError(f"{expect_head!r} is not an event hash (64 hex digits)")
    with db.snapshot() as session:
        return check_session(
            session, deep=deep, sample=sample, expect_head=expect_head, tsa_roots=tsa_roots
        )


def check_session(
    session: Session,
    *,
    deep: bool = False,
    sample: float = SAMPLE_RATE,
    expect_head: str | None = None,
    tsa_roots: Sequence[Certificate] = (),
) -> FsckReport:
    """Every check of `fsck`, on the given session's view of the database."""
    report = FsckReport(sample_rate=1.0 if deep else sample, expected_head=expect_head)
    _check_snapshots_and_citations(session, report)
    log = _check_event_chain(session, report)
    _check_completeness(session, report, log)
    for difference in replay.differences(session, log):
        report.problems.append(
            Problem(difference.kind, difference.subject, difference.problem, difference.data)
        )
    report.rows_compared = sum(
        len(entities)
        for entities in (log.claims, log.sources, log.snapshots, log.runs, log.reviews)
    )
    _check_timestamps(session, report, tsa_roots)
    return report


def _check_timestamps(session: Session, report: FsckReport, roots: Sequence[Certificate]) -> None:
    from .timestamps import verify_tokens

    for check in verify_tokens(session, roots):
        report.timestamps.append(
            {"id": check.id, **check.stamp.to_json(), "ok": check.problem is None}
        )
        if check.problem:
            subject = f"token {check.id} ({check.stamp.kind} {check.stamp.subject[:12]})"
            data = {"token": check.id, "subject": check.stamp.subject}
            report.problems.append(Problem("timestamp", subject, check.problem, data))


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
        # A PDF (charset "binary": its bytes are not decoded) is read by the PDF extractor.
        version = PDF_EXTRACTOR_VERSION if snapshot.charset == "binary" else EXTRACTOR_VERSION
        current = [c for c in mine if c.version == version]
        report.citations_skipped += len(mine) - len(current)
        layers = list(
            session.scalars(select(TextLayerCache).where(TextLayerCache.snapshot_id == snapshot_id))
        )
        report.text_layers += len(layers)
        recompute = any(layer.extractor_version == version for layer in layers) and (
            bool(current) or report.sample_rate >= 1.0 or _RANDOM.random() < report.sample_rate
        )
        fresh: TextLayer | PdfTextLayer | None = None
        reason = None
        if (current or recompute) and not problem:
            try:
                fresh = extract_any(snapshot_bytes(snapshot), snapshot_http_charset(snapshot))
            except FactdbError as exc:
                reason = f"the snapshot's text cannot be extracted: {exc}"
        if current and not problem:
            _check_citations(snapshot, current, fresh, reason, report)
        _check_layers(snapshot, layers, fresh if recompute else None, report)
        for layer in layers:
            session.expunge(layer)
        session.expunge(snapshot)


#: Which layers of uncited snapshots are recomputed: not predictable from the database.
_RANDOM = random.SystemRandom()


def _check_layers(
    snapshot: Snapshot,
    layers: list[TextLayerCache],
    fresh: TextLayer | PdfTextLayer | None,
    report: FsckReport,
) -> None:
    """Each cached layer against its digest, and (given `fresh`, the layer re-extracted
    from the verified bytes) the current extractor's against the recomputed one."""
    for layer in layers:
        subject = (
            f"text layer {layer.id} (snapshot {snapshot.sha256[:12]}, "
            f"extractor {layer.extractor_version})"
        )
        data = {"text_layer": layer.id, "snapshot": snapshot.sha256}
        expected = layer_digest(snapshot.sha256, layer.extractor_version, layer.data)
        if layer.sha256 != expected:
            report.problems.append(
                Problem(
                    "layer",
                    subject,
                    "its bytes do not match its digest: edited behind factdb's back or corrupt"
                    " (factdb rebuilds it from the snapshot on every use)",
                    data,
                )
            )
            continue
        if fresh is None or layer.extractor_version != fresh.version:
            continue
        report.text_layers_recomputed += 1
        try:
            cached: TextLayer | PdfTextLayer = (
                PdfTextLayer.from_bytes(layer.data)
                if isinstance(fresh, PdfTextLayer)
                else TextLayer.from_bytes(layer.data, fresh.html)
            )
        except (FactdbError, ValueError, zlib.error) as exc:
            report.problems.append(Problem("layer", subject, f"it cannot be read: {exc}", data))
            continue
        if cached.to_bytes() != fresh.to_bytes():
            report.problems.append(
                Problem("layer", subject, _layer_difference(cached, fresh), data)
            )


def _layer_difference(cached: TextLayer | PdfTextLayer, fresh: TextLayer | PdfTextLayer) -> str:
    what = "it differs from the layer re-extracted from the snapshot's bytes"
    a, b = cached.text, fresh.text
    if a == b:
        return f"{what} (its offset maps): forged"
    at = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return (
        f"{what}: at text offset {at} it reads {_clip(a[at : at + 40])!r}, the bytes give "
        f"{_clip(b[at : at + 40])!r}: forged"
    )


def _check_citations(
    snapshot: Snapshot,
    cites: list[_Cite],
    layer: TextLayer | PdfTextLayer | None,
    reason: str | None,
    report: FsckReport,
) -> None:
    text = layer.text if layer is not None else None
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
                reason or "the snapshot's text was not extracted",
                {"citation": c.id, "claim": c.claim, "snapshot": snapshot.sha256},
            )
        )


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# --- the event log ---------------------------------------------------------------------------


def _check_event_chain(session: Session, report: FsckReport) -> replay.Replay:
    links: list[tuple[int, str | None, str | None, str]] = []
    log = replay.Replay()
    key = signing.verifier()
    report.signatures_verified = key is not None
    signed_from: int | None = None  # the first signed event: every later one must be
    last_signed = False
    query = select(Event).order_by(Event.id).execution_options(yield_per=1000)
    for event in session.scalars(query):
        report.events += 1
        log.add(event)
        label = f"event {event.id} ({event.action} {event.entity_type} {event.entity_id})"
        links.append((event.id, event.hash, event.prev_hash, label))
        last_signed = event.signature is not None
        if event.signature is not None:
            report.signed_events += 1
            if signed_from is None:
                signed_from = event.id
        if key is not None:
            problem = _signature_problem(key, event, signed_from)
            if problem:
                report.problems.append(Problem("signature", label, problem, {"event": event.id}))
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
    if key is not None and links and not last_signed:
        event_id, _, _, label = links[-1]
        report.problems.append(
            Problem(
                "signature",
                label,
                "the last event is not signed: the log was rewritten, or signing was turned "
                "off (FACTDB_SIGNING_KEY)",
                {"event": event_id},
            )
        )
    if report.expected_head is not None and report.expected_head not in position:
        report.problems.append(
            Problem(
                "head",
                f"expected head {report.expected_head}",
                "the log does not contain it: events were cut from its end, or the chain "
                "was rewritten",
                {"expected_head": report.expected_head},
            )
        )
    return log


def _signature_problem(key: Any, event: Event, signed_from: int | None) -> str | None:
    """Why this event's signature does not hold, if so."""
    if event.signature is None:
        if signed_from is not None:
            return "it is not signed, though the events before it are: it was forged or rewritten"
        return None  # from before signing began: the signed events after it chain to it
    if event.hash is None or not signing.verify(key, event.hash, event.signature):
        return "its signature does not verify with the key: it was forged or rewritten"
    return None


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


def _check_completeness(session: Session, report: FsckReport, log: replay.Replay) -> None:
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
    for review_id in replay.unrecorded_reviews(session, log):
        report.problems.append(
            Problem(
                "unrecorded",
                f"review {review_id}",
                "no event records it: its event was deleted, or it was written around factdb",
                {"review": review_id},
            )
        )
    for run_id in replay.unrecorded_runs(session, log):
        report.problems.append(
            Problem(
                "unrecorded",
                f"check run {run_id}",
                "no event records it: its event was deleted, or it was written around factdb",
                {"check_run": run_id},
            )
        )
