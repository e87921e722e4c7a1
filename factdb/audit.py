"""The provenance audit: for every claim its chain (statement → citation → snapshot →
source, with who and when), its latest check results, and what was never checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .checks import latest_results
from .models import CheckRun, Citation, Claim, Snapshot
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
    claims = list(
        session.scalars(
            select(Claim)
            .options(
                selectinload(Claim.tags),
                selectinload(Claim.revisions),
                selectinload(Claim.citations)
                .selectinload(Citation.snapshot)
                .selectinload(Snapshot.source),
            )
            .order_by(Claim.slug)
        )
    )
    latest = latest_results(session)
    runs = {r.id: r for r in session.scalars(select(CheckRun))}
    shas = {cit.snapshot_id: cit.snapshot.sha256 for c in claims for cit in c.citations}
    out = []
    for claim in claims:
        rows = latest.get(claim.id, [])
        results = [
            {
                "check": r.kind,
                "status": r.status,
                "detail": r.detail,
                "snapshot": shas.get(r.snapshot_id) if r.snapshot_id else None,
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
                        f"last checked with extractor {run.extractor_version}, "
                        f"now {EXTRACTOR_VERSION}"
                    )
                if run.started_at < claim.updated_at:
                    notes.append("changed since it was last checked")
        out.append(ClaimAudit(claim, results, notes))
    return out
