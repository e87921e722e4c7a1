"""Checks: named rules run on claims and citations, each giving pass / warn / fail and why.

| check | passes when |
| --- | --- |
| integrity | the SHA-256 of the snapshot's stored bytes equals its recorded digest |
| span | re-extracting the snapshot gives `text[start:end] == exact`, prefix and suffix around it |
| html-span | the stored HTML range, extracted alone, reads the same quote |
| supported | every quantity in the statement appears with the same value in the quotes |

`run_checks` runs them all, records the run and every result, and returns the results.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from . import __version__
from .archive import snapshot_bytes, text_layer, verify_snapshot
from .claims import published_date
from .errors import FactdbError, UnknownClaim
from .models import CheckResult, CheckRun, Citation, Claim, Snapshot, utcnow
from .quantities import claim_supported
from .text import EXTRACTOR_VERSION, TextLayer, extract_html

CHECKS = ("integrity", "span", "html-span", "supported")
STATUSES = ("pass", "warn", "fail")


@dataclass(frozen=True)
class Result:
    """One check's verdict."""

    claim: str
    snapshot: str | None
    check: str
    status: str
    detail: str
    citation_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "snapshot": self.snapshot,
            "check": self.check,
            "status": self.status,
            "detail": self.detail,
        }


@dataclass
class RunReport:
    run_id: int
    results: list[Result]

    def counts(self) -> dict[str, int]:
        return {s: sum(r.status == s for r in self.results) for s in STATUSES}

    def failed(self, strict: bool = False) -> bool:
        bad = ("fail", "warn") if strict else ("fail",)
        return any(r.status in bad for r in self.results)


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_span(citation: Citation, layer: TextLayer) -> tuple[str, str]:
    """Re-extracted text must hold the exact quote at the stored position, in its context."""
    text = layer.text
    found = text[citation.text_start : citation.text_end]
    version_note = (
        f" (cited with extractor {citation.extractor_version}, now {layer.version})"
        if citation.extractor_version != layer.version
        else ""
    )
    if found != citation.exact:
        where = text.find(citation.exact)
        moved = f"; the quote now stands at {where}" if where >= 0 else ""
        return "fail", (
            f"text[{citation.text_start}:{citation.text_end}] reads {found[:80]!r}, "
            f"not the quote {citation.exact[:80]!r}{moved}{version_note}"
        )
    before = text[max(0, citation.text_start - len(citation.prefix)) : citation.text_start]
    after = text[citation.text_end : citation.text_end + len(citation.suffix)]
    if before != citation.prefix:
        return "fail", f"the text before the quote is {before!r}, not {citation.prefix!r}"
    if after != citation.suffix:
        return "fail", f"the text after the quote is {after!r}, not {citation.suffix!r}"
    return "pass", (
        f"text[{citation.text_start}:{citation.text_end}] is the quote, "
        f"with its prefix and suffix{version_note}"
    )


def check_html_span(citation: Citation, layer: TextLayer) -> tuple[str, str]:
    """The HTML range alone, extracted, must read the quote (up to whitespace)."""
    fragment = layer.html[citation.html_start : citation.html_end]
    try:
        read = extract_html(fragment).text
    except FactdbError as exc:
        return "fail", f"html[{citation.html_start}:{citation.html_end}] cannot be read: {exc}"
    if read == citation.exact or _ws(read) == _ws(citation.exact):
        return "pass", f"html[{citation.html_start}:{citation.html_end}] reads the quote"
    return "fail", (
        f"html[{citation.html_start}:{citation.html_end}] reads {_ws(read)[:80]!r}, "
        f"not the quote {_ws(citation.exact)[:80]!r}"
    )


def select_claims(session: Session, slugs: Sequence[str] = ()) -> list[Claim]:
    """The named claims (all of them must exist), or every active claim."""
    query = select(Claim).options(
        selectinload(Claim.citations).selectinload(Citation.snapshot).selectinload(Snapshot.source)
    )
    if slugs:
        claims = list(session.scalars(query.where(Claim.slug.in_(slugs))))
        missing = sorted(set(slugs) - {c.slug for c in claims})
        if missing:
            raise UnknownClaim(f"no claim {', '.join(repr(m) for m in missing)}")
        order = {slug: i for i, slug in enumerate(slugs)}
        return sorted(claims, key=lambda c: order[c.slug])
    return list(session.scalars(query.where(Claim.status == "active").order_by(Claim.slug)))


def check_claims(session: Session, claims: Sequence[Claim]) -> list[Result]:
    """Run every check on every claim; nothing is recorded (see `run_checks`)."""
    integrity: dict[int, str | None] = {}
    layers: dict[int, TextLayer | str] = {}
    results: list[Result] = []
    for claim in claims:
        for citation in claim.citations:
            snap = citation.snapshot
            sha = snap.sha256
            if snap.id not in integrity:
                integrity[snap.id] = verify_snapshot(snap)
            problem = integrity[snap.id]
            results.append(
                Result(
                    claim.slug,
                    sha,
                    "integrity",
                    "fail" if problem else "pass",
                    problem or f"the stored bytes hash to {sha[:12]}…, as recorded",
                    citation.id,
                )
            )
            if problem:
                reason = "cannot verify: the snapshot's bytes are corrupt"
                results.append(Result(claim.slug, sha, "span", "fail", reason, citation.id))
                results.append(Result(claim.slug, sha, "html-span", "fail", reason, citation.id))
                continue
            if snap.id not in layers:
                try:
                    layers[snap.id] = text_layer(session, snap)
                except FactdbError as exc:
                    layers[snap.id] = str(exc)
            layer = layers[snap.id]
            if isinstance(layer, str):
                reason = f"cannot extract the snapshot's text: {layer}"
                results.append(Result(claim.slug, sha, "span", "fail", reason, citation.id))
                results.append(Result(claim.slug, sha, "html-span", "fail", reason, citation.id))
                continue
            status, detail = check_span(citation, layer)
            results.append(Result(claim.slug, sha, "span", status, detail, citation.id))
            status, detail = check_html_span(citation, layer)
            results.append(Result(claim.slug, sha, "html-span", status, detail, citation.id))
        published = None
        if claim.citations:
            published = published_date(claim.citations[0].snapshot.source)
        support = claim_supported(claim.statement, [c.exact for c in claim.citations], published)
        snapshot = claim.citations[0].snapshot.sha256 if len(claim.citations) == 1 else None
        results.append(Result(claim.slug, snapshot, "supported", support.status, support.reason))
    return results


def run_checks(session: Session, slugs: Sequence[str] = (), *, actor: str) -> RunReport:
    """Run every check on the named claims (default: all active), and record the run."""
    claims = select_claims(session, slugs)
    run = CheckRun(
        started_at=utcnow(),
        actor=actor,
        tool_version=__version__,
        extractor_version=EXTRACTOR_VERSION,
    )
    session.add(run)
    session.flush()
    results = check_claims(session, claims)
    ids = {c.slug: c.id for c in claims}
    snapshot_ids = {c.snapshot.sha256: c.snapshot_id for claim in claims for c in claim.citations}
    if results:
        session.connection().execute(
            CheckResult.__table__.insert(),
            [
                {
                    "run_id": run.id,
                    "claim_id": ids[r.claim],
                    "citation_id": r.citation_id,
                    "snapshot_id": snapshot_ids.get(r.snapshot) if r.snapshot else None,
                    "kind": r.check,
                    "status": r.status,
                    "detail": r.detail,
                }
                for r in results
            ],
        )
    report = RunReport(run.id, results)
    run.finished_at = utcnow()
    run.summary = {**report.counts(), "claims": len(claims)}
    return report


def latest_results(
    session: Session, claim_ids: Sequence[int] | None = None
) -> dict[int, list[CheckResult]]:
    """Each claim's latest result of each check (a drift recheck does not hide the others)."""
    latest = select(
        CheckResult.claim_id, CheckResult.kind, func.max(CheckResult.run_id).label("run_id")
    ).group_by(CheckResult.claim_id, CheckResult.kind)
    if claim_ids is not None:
        latest = latest.where(CheckResult.claim_id.in_(claim_ids))
    sub = latest.subquery()
    rows = session.scalars(
        select(CheckResult)
        .join(
            sub,
            (CheckResult.claim_id == sub.c.claim_id)
            & (CheckResult.kind == sub.c.kind)
            & (CheckResult.run_id == sub.c.run_id),
        )
        .order_by(CheckResult.id)
    )
    out: dict[int, list[CheckResult]] = {}
    for row in rows:
        out.setdefault(row.claim_id, []).append(row)
    return out


__all__ = [
    "CHECKS",
    "Result",
    "RunReport",
    "check_claims",
    "check_html_span",
    "check_span",
    "latest_results",
    "run_checks",
    "select_claims",
    "snapshot_bytes",
]
