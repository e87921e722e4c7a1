"""The provenance audit: for every claim its chain (statement → citation → snapshot →
source, with who and when), its latest check results, and what was never checked.

A claim's audit status is the worst of its current results (`factdb.store.results`: fail >
warn > unverified > reviewed > pass), each as a person's review that holds for it leaves it
(`factdb.reviews`: accepted reads reviewed, rejected fail); a note (never checked, checked
with an older extractor, changed since) makes it at least a warning. A retracted claim is
reported apart: its status is `retracted`, whatever its results, and it never fails the
audit. `ClaimAudit.failing` says whether a claim fails the audit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select
from sqlalchemy.orm import Session, defer, selectinload

from .engine.text import EXTRACTOR_VERSION
from .reads import result_elements
from .reviews import holding, review_json, reviews
from .statuses import RETRACTED, VERDICTS, failing, worst
from .store.models import (
    CheckResult,
    CheckRun,
    Citation,
    Claim,
    ClaimRevision,
    ClaimTag,
    Snapshot,
)
from .store.results import current_select


@dataclass
class AuditedCitation:
    """What the audit shows of a citation (read as a plain row)."""

    exact: str
    prefix: str
    suffix: str
    text_start: int
    text_end: int
    extractor_version: str
    created_by: str
    created_at: datetime
    snapshot: Snapshot


@dataclass
class AuditedClaim:
    """What the audit shows of a claim (read as plain rows; the snapshot is shared)."""

    id: int
    slug: str
    statement: str
    status: str
    language: str | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    tag_names: list[str]
    citations: list[AuditedCitation]
    #: The ids of its revisions.
    revisions: list[int]


@dataclass
class ClaimAudit:
    claim: AuditedClaim
    results: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    #: The latest review of each check (`Review.to_json()`): held, or lapsed and why.
    reviews: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status(self) -> str:
        """fail, warn, unverified ("needs review"), pass, or retracted: see the module's
        docstring."""
        if self.claim.status == "retracted":
            return RETRACTED
        statuses = [r["status"] for r in self.results]
        if self.notes:
            statuses.append("warn")
        return worst(statuses)

    def failing(self, strict: bool = False) -> bool:
        """Whether this claim fails the audit: an active claim whose status fails (with
        `strict`, also one that warns or needs review; see `statuses.failing`)."""
        return self.claim.status == "active" and failing(self.status, strict)

    def to_json(self) -> dict[str, Any]:
        c = self.claim
        return {
            "claim": c.slug,
            "statement": c.statement,
            "status": c.status,
            "audit": self.status,
            "language": c.language,
            "tags": c.tag_names,
            "created_by": c.created_by,
            "created_at": c.created_at.isoformat(),
            "revisions": len(c.revisions),
            "citations": [
                {
                    "exact": cit.exact,
                    "recorded_by": cit.created_by,
                    "recorded_at": cit.created_at.isoformat(),
                    "extractor_version": cit.extractor_version,
                    "snapshot": cit.snapshot.sha256,
                    "retrieved_at": cit.snapshot.retrieved_at.isoformat(),
                    "method": cit.snapshot.method,
                    "source": cit.snapshot.source.url,
                    "title": cit.snapshot.source.title,
                }
                for cit in c.citations
            ],
            "results": self.results,
            "notes": self.notes,
            "review": self.reviews,
        }


def audit(session: Session) -> list[ClaimAudit]:
    """Audit every claim (active and retracted) from its stored check results."""
    return list(iter_audit(session))


#: Claims audited per batch: bounds memory whatever the size of the database.
BATCH = 1000


def iter_audit(session: Session, *, batch: int = BATCH) -> Iterator[ClaimAudit]:
    """`audit`, claim by claim in order of slugs, reading `batch` claims at a time as plain
    rows (a few queries per batch, no ORM object per row)."""
    runs = {r.id: r for r in session.scalars(select(CheckRun))}
    ids = list(session.scalars(select(Claim.id).order_by(Claim.slug)))
    # Snapshots (without their bytes) and sources are shared by many claims: loaded once.
    snapshots = {
        s.id: s
        for s in session.scalars(
            select(Snapshot).options(defer(Snapshot.content), selectinload(Snapshot.source))
        )
    }
    conn = session.connection()
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        tags: dict[int, list[str]] = {}
        for claim_id, tag in conn.execute(
            select(ClaimTag.claim_id, ClaimTag.tag)
            .where(ClaimTag.claim_id.in_(chunk))
            .order_by(ClaimTag.claim_id, ClaimTag.tag)
        ):
            tags.setdefault(claim_id, []).append(tag)
        revisions: dict[int, list[int]] = {}
        for claim_id, revision_id in conn.execute(
            select(ClaimRevision.claim_id, ClaimRevision.id)
            .where(ClaimRevision.claim_id.in_(chunk))
            .order_by(ClaimRevision.claim_id, ClaimRevision.number)
        ):
            revisions.setdefault(claim_id, []).append(revision_id)
        citations: dict[int, list[AuditedCitation]] = {}
        for row in conn.execute(
            select(
                Citation.claim_id,
                Citation.snapshot_id,
                Citation.exact,
                Citation.prefix,
                Citation.suffix,
                Citation.text_start,
                Citation.text_end,
                Citation.extractor_version,
                Citation.created_by,
                Citation.created_at,
            )
            .where(Citation.claim_id.in_(chunk))
            .order_by(Citation.id)
        ):
            citations.setdefault(row.claim_id, []).append(
                AuditedCitation(
                    row.exact,
                    row.prefix,
                    row.suffix,
                    row.text_start,
                    row.text_end,
                    row.extractor_version,
                    row.created_by,
                    row.created_at,
                    snapshots[row.snapshot_id],
                )
            )
        claims = {
            row.id: AuditedClaim(
                row.id,
                row.slug,
                row.statement,
                row.status,
                row.language,
                row.created_by,
                row.created_at,
                row.updated_at,
                tags.get(row.id, []),
                citations.get(row.id, []),
                revisions.get(row.id, []),
            )
            for row in conn.execute(
                select(
                    Claim.id,
                    Claim.slug,
                    Claim.statement,
                    Claim.status,
                    Claim.language,
                    Claim.created_by,
                    Claim.created_at,
                    Claim.updated_at,
                ).where(Claim.id.in_(chunk))
            )
        }
        latest = _latest_results(conn, chunk)
        held = holding(session, chunk)
        reviewed = reviews(session, chunk)
        checked = set(
            conn.execute(
                select(CheckResult.claim_id).where(CheckResult.claim_id.in_(chunk)).distinct()
            ).scalars()
        )
        for claim_id in chunk:
            audited = _audit_claim(
                claims[claim_id],
                latest.get(claim_id, []),
                runs,
                snapshots,
                claim_id in checked,
                held,
            )
            audited.reviews = [rv.to_json() for rv in reviewed.get(claim_id, [])]
            yield audited


def _latest_results(conn: Connection, claim_ids: list[int]) -> dict[int, list[Row[Any]]]:
    """`checks.latest_results` (the current results) of these claims, as plain rows."""
    rows = conn.execute(
        current_select(
            CheckResult.id,
            CheckResult.claim_id,
            CheckResult.kind,
            CheckResult.status,
            CheckResult.detail,
            CheckResult.snapshot_id,
            CheckResult.run_id,
            CheckResult.data,
            claim_ids=claim_ids,
        )
    )
    out: dict[int, list[Row[Any]]] = {}
    for row in rows:
        out.setdefault(row.claim_id, []).append(row)
    return out


def _audit_claim(
    claim: AuditedClaim,
    rows: list[Row[Any]],
    runs: dict[int, CheckRun],
    snapshots: dict[int, Snapshot],
    ever_checked: bool = True,
    held: dict[int, Row[Any]] | None = None,
) -> ClaimAudit:
    # A result may be about a snapshot the claim no longer cites (rebased; drift's newer
    # capture): every snapshot is known here.
    shas = {sid: snapshots[sid].sha256 for sid in {r.snapshot_id for r in rows} if sid}
    held = held or {}
    results = [
        {
            "check": r.kind,
            "status": VERDICTS[held[r.id].verdict] if r.id in held else r.status,
            "detail": r.detail,
            "snapshot": shas[r.snapshot_id] if r.snapshot_id else None,
            "run": r.run_id,
            "checked_at": runs[r.run_id].started_at.isoformat(),
            **({"elements": result_elements(r.data)} if r.kind == "supported" else {}),
            **({"review": review_json(held[r.id])} if r.id in held else {}),
        }
        for r in rows
    ]
    notes = []
    # Drift results are recorded by rechecks; the checks proper by check runs.
    checked = [r for r in rows if r.kind != "drift"]
    if claim.status == "active":
        if not checked:
            # Its results judged an earlier revision: superseded, they no longer count.
            notes.append("changed since it was last checked" if ever_checked else "never checked")
        else:
            run = runs[max(r.run_id for r in checked)]
            if run.extractor_version != EXTRACTOR_VERSION:
                notes.append(
                    f"last checked with extractor {run.extractor_version}, now {EXTRACTOR_VERSION}"
                )
            if run.started_at < claim.updated_at:
                notes.append("changed since it was last checked")
    return ClaimAudit(claim, results, notes)
