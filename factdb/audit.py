"""The provenance audit: for every claim its chain (statement → citation → snapshot →
source, with who and when), its latest check results, and what was never checked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, selectinload

from .checks import latest_results
from .models import CheckResult, CheckRun, Citation, Claim, ClaimRevision, Snapshot
from .text import EXTRACTOR_VERSION


@dataclass
class ClaimAudit:
    claim: Claim
    results: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        statuses = {r["status"] for r in self.results}
        if "fail" in statuses:
            return "fail"
        if "warn" in statuses or self.notes:
            return "warn"
        return "pass"

    def to_json(self) -> dict[str, Any]:
        c = self.claim
        return {
            "claim": c.slug,
            "statement": c.statement,
            "status": c.status,
            "audit": self.status,
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
        }


def audit(session: Session) -> list[ClaimAudit]:
    """Audit every claim (active and retracted) from its stored check results."""
    return list(iter_audit(session))


#: Claims audited per batch: bounds memory whatever the size of the database.
BATCH = 1000


def iter_audit(session: Session, *, batch: int = BATCH) -> Iterator[ClaimAudit]:
    """`audit`, claim by claim in id order of slugs, reading `batch` claims at a time."""
    runs = {r.id: r for r in session.scalars(select(CheckRun))}
    ids = list(session.scalars(select(Claim.id).order_by(Claim.slug)))
    # Snapshots (without their bytes) and sources are shared by many claims: held for the
    # whole audit, so that each is loaded once, not once per batch.
    snapshots = {
        s.id: s
        for s in session.scalars(
            select(Snapshot).options(defer(Snapshot.content), selectinload(Snapshot.source))
        )
    }
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        loaded = {
            c.id: c
            for c in session.scalars(
                select(Claim)
                .where(Claim.id.in_(chunk))
                .options(
                    selectinload(Claim.tags),
                    selectinload(Claim.revisions).load_only(ClaimRevision.id),
                    selectinload(Claim.citations).selectinload(Citation.snapshot),
                )
            )
        }
        latest = latest_results(session, chunk)
        for claim_id in chunk:
            claim = loaded[claim_id]
            yield _audit_claim(claim, latest.get(claim_id, []), runs, snapshots)


def _audit_claim(
    claim: Claim,
    rows: list[CheckResult],
    runs: dict[int, CheckRun],
    snapshots: dict[int, Snapshot],
) -> ClaimAudit:
    # A result may be about a snapshot the claim no longer cites (rebased; drift's newer
    # capture): every snapshot is known here.
    shas = {sid: snapshots[sid].sha256 for sid in {r.snapshot_id for r in rows} if sid}
    results = [
        {
            "check": r.kind,
            "status": r.status,
            "detail": r.detail,
            "snapshot": shas[r.snapshot_id] if r.snapshot_id else None,
            "run": r.run_id,
            "checked_at": runs[r.run_id].started_at.isoformat(),
        }
        for r in rows
    ]
    notes = []
    if claim.status == "active":
        if not rows:
            notes.append("never checked")
        else:
            run = runs[max(r.run_id for r in rows)]
            if run.extractor_version != EXTRACTOR_VERSION:
                notes.append(
                    f"last checked with extractor {run.extractor_version}, now {EXTRACTOR_VERSION}"
                )
            if run.started_at < claim.updated_at:
                notes.append("changed since it was last checked")
    return ClaimAudit(claim, results, notes)
