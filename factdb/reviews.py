"""Reviews: a person's verdict on what the machine could not settle.

`review` records a reviewer's verdict (accept or reject, why, who, when) on the current
results of one check of a claim, each as a `ClaimReview` row with its event (action
`claim.review`, entity `review`, the row's every column after). A review is bound to what
it judged: the claim revision, the citation and snapshot, the result's status and detail,
and every citation's span. While it holds (`factdb.store.results.review_holds`) the
result reads `reviewed` (accepted) or `fail` (rejected); when any of them changes it
lapses by itself, and `lapse` says why ("statement edited on 2026-12-04").

Integrity, span and HTML-span failures cannot be accepted: the record is broken, not
debatable. Reviews write no claim row: the claim's revisions, citations and index are
untouched (`factdb.claims` keeps those).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, bindparam, select, text

from .errors import UnknownClaim, UnreviewableResult, UsageError
from .statuses import REVIEW_CHECKS, UNREVIEWABLE, VERDICTS, label
from .store import tables
from .store.results import KEEPS_REVIEWS, current_condition, review_holds

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .store.models import ClaimReview
    from .store.tables import Reader

#: The checks a review may answer.
CHECKS = REVIEW_CHECKS
_CHUNK = 500


@dataclass(frozen=True)
class Review:
    """A review as shown: its verdict on what, by whom, when, why, and whether it holds."""

    id: int
    claim_id: int
    check: str
    citation_id: int | None
    verdict: str
    #: The status of the result it answered.
    answered: str
    why: str
    actor: str
    at: datetime
    holds: bool
    #: Why it lapsed ("statement edited on 2026-12-04"); None while it holds.
    lapsed: str | None = None
    #: When it lapsed; None while it holds.
    lapsed_at: datetime | None = None

    def line(self) -> str:
        """One line: "reviewed (accepted) by ann on 2026-12-04: why" or "review lapsed: …"."""
        if not self.holds:
            return f"review lapsed: {self.lapsed}"
        word = "reviewed" if self.verdict == "accept" else "rejected"
        return f"{word} by {self.actor} on {self.at:%Y-%m-%d}: {self.why}"

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "verdict": self.verdict,
            "answered": self.answered,
            "by": self.actor,
            "at": self.at.isoformat(),
            "why": self.why,
            "holds": self.holds,
            "lapsed": self.lapsed,
        }


def review_state(row: ClaimReview, slug: str) -> dict[str, Any]:
    """What a review's event records: every column of its row (the replay compares them)."""
    from .store import events

    return {
        "claim": slug,
        "claim_id": row.claim_id,
        "revision_id": row.revision_id,
        "kind": row.kind,
        "citation_id": row.citation_id,
        "snapshot_id": row.snapshot_id,
        "result_id": row.result_id,
        "status": row.status,
        "detail": row.detail,
        "citations": row.citations,
        "verdict": row.verdict,
        "why": row.why,
        "actor": row.actor,
        "at": events.when(row.at),
    }


def review_json(row: ClaimReview | Row[Any]) -> dict[str, Any]:
    """What a result shows of the review that holds for it."""
    return {
        "verdict": row.verdict,
        "by": row.actor,
        "at": row.at.isoformat(),
        "why": row.why,
        "answered": row.status,
    }


def review(
    session: Session,
    slug: str,
    *,
    verdict: str,
    why: str,
    actor: str,
    check: str | None = None,
) -> list[ClaimReview]:
    """Record `actor`'s verdict ("accept" or "reject") on claim `slug`'s current results of
    `check` (default: every current result that did not pass), in the caller's transaction.

    Raises (and stores nothing) for an unknown claim or check, an empty reason, a claim
    with no such current result, or an accepted integrity, span or HTML-span failure.
    """
    from .store import events
    from .store.models import (
        CheckResult,
        Citation,
        Claim,
        ClaimReview,
        ClaimRevision,
        Snapshot,
        utcnow,
    )
    from .store.results import current_select

    if verdict not in VERDICTS:
        raise UsageError(f"unknown verdict {verdict!r}: use accept or reject")
    if check is not None and check not in CHECKS:
        raise UsageError(f"unknown check {check!r}: use {', '.join(CHECKS)}")
    if not why or not why.strip():
        raise UsageError("say why (--why)")
    claim = session.scalar(select(Claim).where(Claim.slug == slug))
    if claim is None:
        raise UnknownClaim(f"no claim {slug!r}")
    results = list(session.scalars(current_select(CheckResult, claim_ids=[claim.id])))
    if check is not None:
        targets = [r for r in results if r.kind == check]
        if not targets:
            raise UnreviewableResult(
                f"claim {slug!r} has no current {check} result to review: run factdb check"
            )
        if verdict == "accept":
            # A pass needs no person; accepting it would only hide a later change.
            targets = [r for r in targets if r.status != "pass"]
            if not targets:
                raise UnreviewableResult(
                    f"claim {slug!r}: its {check} check passes, there is nothing to accept"
                )
    else:
        targets = [r for r in results if r.status != "pass"]
        if not targets:
            what = "no current result" if not results else "nothing that did not pass"
            raise UnreviewableResult(
                f"claim {slug!r} has {what} to review: run factdb check, or name one with --check"
            )
    for r in targets:
        if verdict == "accept" and r.kind in UNREVIEWABLE and r.status == "fail":
            raise UnreviewableResult(
                f"cannot accept the failing {r.kind} check of claim {slug!r}: "
                "the record is broken, not debatable"
            )
    revision_id = session.scalar(
        select(ClaimRevision.id)
        .where(ClaimRevision.claim_id == claim.id)
        .order_by(ClaimRevision.id.desc())
        .limit(1)
    )
    if revision_id is None:
        raise UnreviewableResult(f"claim {slug!r} has no revision")
    cited = [
        {
            "citation": c.id,
            "snapshot": sha,
            "text_start": c.text_start,
            "text_end": c.text_end,
            "exact": c.exact,
        }
        for c, sha in session.execute(
            select(Citation, Snapshot.sha256)
            .join(Snapshot, Snapshot.id == Citation.snapshot_id)
            .where(Citation.claim_id == claim.id)
            .order_by(Citation.id)
        )
    ]
    now = utcnow()
    rows = []
    for r in targets:
        row = ClaimReview(
            claim_id=claim.id,
            revision_id=revision_id,
            kind=r.kind,
            citation_id=r.citation_id,
            snapshot_id=r.snapshot_id,
            result_id=r.id,
            status=r.status,
            detail=r.detail,
            citations=cited,
            verdict=verdict,
            why=why.strip(),
            actor=actor,
            at=now,
        )
        session.add(row)
        session.flush()
        events.record(
            session,
            actor=actor,
            action="claim.review",
            entity_type="review",
            entity_id=row.id,
            after=review_state(row, slug),
        )
        rows.append(row)
    return rows


def holding(session: Reader, claim_ids: Sequence[int]) -> dict[int, Row[Any]]:
    """The reviews that hold (rows of `claim_review`), by the id of the current result each
    answers. `session` is a session or a Core connection."""
    out: dict[int, Row[Any]] = {}
    ids = list(claim_ids)
    t = tables.claim_review
    tables.autoflush(session)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        if session.scalar(select(t.c.id).where(t.c.claim_id.in_(chunk)).limit(1)) is None:
            # A review holds only for its own claim's results: with none of these claims
            # reviewed (the common case), the join over their results is skipped.
            continue
        pairs = session.execute(
            text(
                "SELECT r.id, rv.id FROM check_result r JOIN claim_review rv "
                f"ON {review_holds('rv', 'r')} "
                f"WHERE r.claim_id IN :ids AND {current_condition('r')}"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        ).all()
        if pairs:
            found = {
                rv.id: rv
                for rv in session.execute(select(t).where(t.c.id.in_([p[1] for p in pairs])))
            }
            out.update((result_id, found[review_id]) for result_id, review_id in pairs)
    return out


def reviews(
    session: Reader, claim_ids: Sequence[int], *, history: bool = False
) -> dict[int, list[Review]]:
    """Each claim's latest review of each check on each citation (with `history`, every
    review), whether it holds and, if not, why it lapsed; in order of review. `session` is
    a session or a Core connection."""
    ids = list(claim_ids)
    rows: list[Row[Any]] = []
    t = tables.claim_review
    tables.autoflush(session)
    for i in range(0, len(ids), _CHUNK):
        rows.extend(
            session.execute(select(t).where(t.c.claim_id.in_(ids[i : i + _CHUNK])).order_by(t.c.id))
        )
    if not rows:
        return {}
    held = {rv.id for rv in holding(session, sorted({r.claim_id for r in rows})).values()}
    latest: dict[tuple[int, str, int | None], Row[Any]] = {}
    for row in rows:
        latest[(row.claim_id, row.kind, row.citation_id)] = row
    shown = rows if history else sorted(latest.values(), key=lambda r: r.id)
    out: dict[int, list[Review]] = {}
    for row in shown:
        holds = row.id in held
        why_lapsed, lapsed_at = (None, None) if holds else lapse(session, row)
        out.setdefault(row.claim_id, []).append(
            Review(
                row.id,
                row.claim_id,
                row.kind,
                row.citation_id,
                row.verdict,
                row.status,
                row.why,
                row.actor,
                row.at,
                holds,
                why_lapsed,
                lapsed_at,
            )
        )
    return out


_REVISION_WORDS = {
    "retract": "claim retracted",
    "cite": "citation added",
    "rebase": "citation rebased",
}


def lapse(session: Reader, row: ClaimReview | Row[Any]) -> tuple[str, datetime]:
    """Why a review no longer holds, in words, and when it lapsed (the change's time; the
    review's own for a result that no longer counts for a reason not recorded in time).
    `session` is a session or a Core connection."""
    t, cr = tables.claim_review, tables.claim_revision
    tables.autoflush(session)
    later = session.execute(
        select(t.c.id, t.c.at)
        .where(
            t.c.claim_id == row.claim_id,
            t.c.kind == row.kind,
            t.c.citation_id.is_(None)
            if row.citation_id is None
            else t.c.citation_id == row.citation_id,
            t.c.id > row.id,
        )
        .order_by(t.c.id)
        .limit(1)
    ).first()
    if later is not None:
        return "a later review replaced it", later.at
    revision = session.execute(
        select(cr)
        .where(
            cr.c.claim_id == row.claim_id,
            cr.c.id > row.revision_id,
            cr.c.kind.not_in(KEEPS_REVIEWS),
        )
        .order_by(cr.c.id)
        .limit(1)
    ).first()
    if revision is not None:
        if (revision.old_statement or "") != (revision.new_statement or ""):
            what = "statement edited"
        else:
            what = _REVISION_WORDS.get(revision.kind, f"claim changed ({revision.kind})")
        return f"{what} on {revision.at:%Y-%m-%d}", revision.at
    r, run = tables.check_result, tables.check_run
    current = session.execute(
        select(r.c.snapshot_id, r.c.status, run.c.started_at)
        .join(run, run.c.id == r.c.run_id)
        .where(
            text(current_condition(r.name)),
            r.c.claim_id == row.claim_id,
            r.c.kind == row.kind,
            r.c.citation_id.is_(None)
            if row.citation_id is None
            else r.c.citation_id == row.citation_id,
        )
        .order_by(r.c.id)
    ).first()
    if current is None:
        return f"its {row.kind} result no longer counts", row.at
    result, started = current, current.started_at
    if result.snapshot_id != row.snapshot_id:
        return f"cited snapshot changed (checked on {started:%Y-%m-%d})", started
    if result.status != row.status:
        return (
            f"{row.kind} check now says {label(result.status)}, was {label(row.status)} "
            f"(on {started:%Y-%m-%d})",
            started,
        )
    return f"{row.kind} check gave another reason on {started:%Y-%m-%d}", started


__all__ = [
    "CHECKS",
    "Review",
    "holding",
    "lapse",
    "review",
    "review_json",
    "review_state",
    "reviews",
]
