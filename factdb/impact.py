"""Impact: which published briefs cite a claim that is worse now than when they were built.

Every `factdb brief build` that wrote its output is recorded (`BriefBuild`) with each claim
it cited, the citation and snapshot of the moment, and the claim's check status then. A
build is impacted by a cited claim when, now:

| reason | when | since |
| --- | --- | --- |
| edited | the current drift result of the citation says its quote was edited (word diff) | the recheck or watch round |
| removed | ... that its quote is no longer on the page | the recheck or watch round |
| gone | the cited page answered 404 or 410 (`factdb watch`) after the build | the first such answer |
| failing | another current check result of the claim fails, or a person rejected it | the check run, or the review |
| retracted | the claim was retracted after the build | the retraction |
| review lapsed | a person's review of the claim that held when it was built no longer holds (`factdb.reviews`: the statement edited, a citation rebased, the check now saying otherwise) | the change that lapsed it |

A build could not have cited a claim that failed then (the build refuses it), so each of
these is a change since the build.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .reviews import Review, holding, reviews
from .store.models import (
    BriefBuild,
    BriefBuildCitation,
    CheckResult,
    CheckRun,
    Claim,
    ClaimRevision,
    Snapshot,
    Source,
    SourceWatch,
)
from .store.results import current_select

__all__ = ["REASONS", "Impact", "builds", "impacts"]

REASONS = ("edited", "removed", "gone", "failing", "retracted", "review lapsed")


@dataclass(frozen=True)
class Impact:
    """One cited claim of one recorded build that is worse now, and why."""

    build: int
    built_at: datetime
    brief: str
    output: str
    format: str
    claim: str
    reason: str
    #: The word diff from drift (`[-old-]{+new+}`), for edited and removed quotes.
    diff: str | None
    detail: str
    since: datetime
    url: str
    #: The snapshot the build cited.
    snapshot: str

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `factdb impact --json`."""
        return {
            "build": self.build,
            "built_at": self.built_at.isoformat(),
            "brief": self.brief,
            "output": self.output,
            "format": self.format,
            "claim": self.claim,
            "reason": self.reason,
            "diff": self.diff,
            "detail": self.detail,
            "since": self.since.isoformat(),
            "url": self.url,
            "snapshot": self.snapshot,
        }


def builds(session: Session) -> list[dict[str, Any]]:
    """Every recorded build, newest first, as `factdb brief builds --json` gives it."""
    out = []
    for build in session.scalars(select(BriefBuild).order_by(BriefBuild.id.desc())):
        slugs = dict(
            session.execute(
                select(Claim.id, Claim.slug).where(
                    Claim.id.in_({c.claim_id for c in build.citations})
                )
            )
            .tuples()
            .all()
        )
        shas = dict(
            session.execute(
                select(Snapshot.id, Snapshot.sha256).where(
                    Snapshot.id.in_({c.snapshot_id for c in build.citations})
                )
            )
            .tuples()
            .all()
        )
        out.append(
            {
                "build": build.id,
                "built_at": build.built_at.isoformat(),
                "by": build.actor,
                "brief": build.brief_path,
                "brief_sha256": build.brief_sha256,
                "output": build.output_path,
                "format": build.format,
                "output_sha256": build.output_sha256,
                "claims": sorted({slugs[c.claim_id] for c in build.citations}),
                "snapshots": sorted({shas[c.snapshot_id] for c in build.citations}),
            }
        )
    return out


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), 500):  # drivers cap a statement's parameters
        yield items[i : i + 500]


def impacts(
    session: Session,
    *,
    since: datetime | None = None,
    claims: Sequence[str] | None = None,
) -> list[Impact]:
    """Every recorded build's cited claims that are worse now than when it was built (of
    the named `claims` only, if given), whose change happened at or after `since`; by
    build (newest first), claim and reason."""
    query = (
        select(BriefBuildCitation, BriefBuild, Claim.slug, Claim.status, Snapshot, Source.url)
        .join(BriefBuild, BriefBuild.id == BriefBuildCitation.build_id)
        .join(Claim, Claim.id == BriefBuildCitation.claim_id)
        .join(Snapshot, Snapshot.id == BriefBuildCitation.snapshot_id)
        .join(Source, Source.id == Snapshot.source_id)
    )
    if claims is not None:
        query = query.where(Claim.slug.in_(sorted(set(claims))))
    rows = session.execute(query).tuples().all()
    claim_ids = {r[0].claim_id for r in rows}
    # The current results of the cited claims that fail, with when their run started.
    failing: dict[int, list[tuple[CheckResult, datetime]]] = {}
    for chunk in _chunks(claim_ids):
        for result, started in session.execute(
            current_select(CheckResult, CheckRun.started_at, claim_ids=chunk)
            .join(CheckRun, CheckRun.id == CheckResult.run_id)
            .where(CheckResult.status == "fail")
        ).tuples():
            failing.setdefault(result.claim_id, []).append((result, started))
    gone = dict(
        session.execute(
            select(SourceWatch.source_id, SourceWatch.gone_since).where(
                SourceWatch.gone_since.is_not(None)
            )
        )
        .tuples()
        .all()
    )
    retracted: dict[int, datetime] = {}
    for chunk in _chunks(claim_ids):
        for claim_id, at in session.execute(
            select(ClaimRevision.claim_id, ClaimRevision.at).where(
                ClaimRevision.claim_id.in_(chunk), ClaimRevision.kind == "retract"
            )
        ).tuples():
            retracted[claim_id] = max(at, retracted.get(claim_id, at))

    # The latest reviews of the cited claims that no longer hold (`factdb.reviews`).
    lapsed: dict[int, list[Review]] = {}
    # A person's rejection that holds fails the claim (`factdb.reviews`), since it was made.
    rejected: dict[int, list[Any]] = {}
    for chunk in _chunks(claim_ids):
        for claim_id, reviewed in reviews(session, chunk).items():
            lapsed[claim_id] = [r for r in reviewed if not r.holds and r.verdict == "accept"]
        for held in holding(session, chunk).values():
            if held.verdict == "reject":
                rejected.setdefault(held.claim_id, []).append(held)

    found: dict[tuple[int, str, str, int | None], Impact] = {}
    for cited, build, slug, status, snapshot, url in rows:
        # (reason, detail, since, diff) of each way the claim is worse now.
        worse: list[tuple[str, str, datetime, str | None]] = []
        if status == "retracted" and cited.claim_id in retracted:
            when = retracted[cited.claim_id]
            if when > build.built_at:
                worse.append(("retracted", "the claim was retracted", when, None))
        for result, started in failing.get(cited.claim_id, []):
            if result.kind == "drift":
                if result.citation_id != cited.citation_id or result.snapshot_id != snapshot.id:
                    continue
                data = result.data or {}
                drift = str(data.get("drift") or "removed")
                worse.append((drift, result.detail, started, data.get("diff")))
            else:
                worse.append(("failing", f"{result.kind}: {result.detail}", started, None))
        for no in rejected.get(cited.claim_id, []):
            detail = f"{no.kind}: rejected by {no.actor}: {no.why}"
            worse.append(("failing", detail, no.at, None))
        for rv in lapsed.get(cited.claim_id, []):
            # It held when the build cited the claim, and lapsed since.
            if rv.at <= build.built_at and rv.lapsed_at and rv.lapsed_at > build.built_at:
                detail = f"{rv.check}: review lapsed: {rv.lapsed}"
                worse.append(("review lapsed", detail, rv.lapsed_at, None))
        gone_since = gone.get(snapshot.source_id)
        if gone_since is not None and gone_since > build.built_at:
            detail = f"source gone since {gone_since:%Y-%m-%d %H:%M} UTC"
            worse.append(("gone", detail, gone_since, None))
        for reason, detail, when, diff in worse:
            per_claim = reason in ("failing", "review lapsed")
            key = (build.id, slug, reason, None if per_claim else cited.citation_id)
            if key in found or (since is not None and when < since):
                continue
            found[key] = Impact(
                build=build.id,
                built_at=build.built_at,
                brief=build.brief_path,
                output=build.output_path,
                format=build.format,
                claim=slug,
                reason=reason,
                diff=diff,
                detail=detail,
                since=when,
                url=url,
                snapshot=snapshot.sha256,
            )
    order = {r: i for i, r in enumerate(REASONS)}
    return sorted(found.values(), key=lambda i: (-i.build, i.claim, order.get(i.reason, 9)))
