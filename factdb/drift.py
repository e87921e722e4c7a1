"""Drift: re-check claims against newer captures of the pages they cite, and follow the page.

Each citation is compared with a newer snapshot of its source and gets exactly one status:

| status | when | check result |
| --- | --- | --- |
| unchanged | the same words, at the same place in the page (up to markup) | pass |
| moved | the same words, elsewhere in the page | pass |
| edited | a passage similar enough to the quote (`anchor.reanchor`): new text, word diff | fail |
| removed | no passage similar enough to the quote | fail |

"The same words" means equal once typography and spacing are folded, as `anchor.locate`
matches quotes. "The same place" means the quote's paragraph (its line of the text layer)
is still where it was among the paragraphs both captures share, and its prefix or suffix
still surrounds it; so markup, scripts, styles and reordered navigation change nothing,
while a paragraph taken elsewhere is `moved`.

`recheck` archives a new capture if asked (`--fetch`, `--against`), compares, and records a
check run with one `drift` result per citation; a citation that already cites the newest
capture (after a rebase, say) is recorded `unchanged`, unless that is the source's only
capture (nothing to compare with: the source is reported, as with no newer capture).
`rebase` (a claim operation of `factdb.claims`, re-exported here) moves a claim's
citations to a newer snapshot once a person has looked, keeping the old citation in the
claim's history.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from .archive import Failure, Overrides, Task, archive_inputs, plan_inputs, store_capture
from .check_rules import supported as supported_check
from .checks import start_run
from .claims import is_newer, rebase
from .engine.anchor import MIN_CONTEXT_SIMILARITY, Span, TextLayerLike, fold_quote, reanchor
from .engine.pdf import PdfTextLayer
from .engine.text import TextLayer
from .errors import FactdbError, UnknownSource, UsageError
from .statuses import DRIFT_STATUSES, drift_status
from .store.db import Database
from .store.lookups import find_snapshot, find_source, published_date, text_layer
from .store.models import CheckResult, CheckRun, Citation, Claim, Snapshot, Source, utcnow
from .store.results import current_select, revision_ids
from .store.runs import RESULT_COLUMNS, ResultsDigest, record_run

__all__ = [
    "CHECK",
    "STATUSES",
    "Compared",
    "Drift",
    "PagePair",
    "RecheckReport",
    "SourceFailure",
    "latest_drift",
    "rebase",
    "recheck",
]

CHECK = "drift"
STATUSES = DRIFT_STATUSES
#: Statuses that fail the drift check: the cited words are no longer on the page as cited.
FAILING = tuple(s for s in STATUSES if drift_status(s) == "fail")


# --- comparing one quote across two captures ------------------------------------------------


@dataclass(frozen=True)
class Compared:
    """Where an old quote stands in a newer capture (see `PagePair.compare`).

    `span` is the new passage (None when removed), `similarity` the quote's similarity to it
    (0..1), `diff` a word diff from the old quote to the new passage (`[-old-]{+new+}`).
    """

    status: str
    span: Span | None
    similarity: float
    diff: str


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _line_keys(layer: TextLayerLike) -> tuple[list[int], list[str]]:
    """Each line's start and folded text (a line is a block: a paragraph, an item, a cell)."""
    cached = layer.derived.get("drift.lines")
    if cached is None:
        text = layer.text
        starts = _line_starts(text)
        ends = starts[1:] + [len(text) + 1]
        keys = [fold_quote(text[s : e - 1]) for s, e in zip(starts, ends, strict=True)]
        cached = layer.derived["drift.lines"] = (starts, keys)
    return cached  # type: ignore[return-value]


class PagePair:
    """An old and a new text layer of one source, compared paragraph by paragraph once.

    The paragraphs (lines of the text layer) common to both captures, in the same order,
    are their longest common subsequence; they are the landmarks that say whether a quote
    found in the new capture is still at its old place.
    """

    def __init__(self, old: TextLayerLike, new: TextLayerLike) -> None:
        self.old = old
        self.new = new
        self._old_starts, old_keys = _line_keys(old)
        self._new_starts, new_keys = _line_keys(new)
        mapping: list[int | None] = [None] * len(old_keys)
        matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                mapping[block.a + k] = block.b + k
        self._map = mapping
        # For a line without a counterpart, the nearest mapped lines before and after it.
        self._prev: list[int | None] = []
        last: int | None = None
        for i, m in enumerate(mapping):
            self._prev.append(last)
            if m is not None:
                last = i
        self._next: list[int | None] = [None] * len(mapping)
        last = None
        for i in range(len(mapping) - 1, -1, -1):
            self._next[i] = last
            if mapping[i] is not None:
                last = i

    def same_place(self, old_start: int, new_start: int) -> bool:
        """Whether new text offset `new_start` is where old offset `old_start` was.

        True when the old line maps to the new line, or, for an old line that has no
        counterpart (its paragraph was edited around the quote), when the new line lies
        between the counterparts of the nearest common lines before and after it.
        """
        i = bisect_right(self._old_starts, old_start) - 1
        j = bisect_right(self._new_starts, new_start) - 1
        m = self._map[i]
        if m is not None:
            return j == m
        p, n = self._prev[i], self._next[i]
        lo = self._map[p] if p is not None else -1
        hi = self._map[n] if n is not None else len(self._new_starts)
        assert lo is not None and hi is not None
        return lo < j < hi

    def _old_start(self, old: Any) -> int | None:
        """The quote's start in the old layer (re-found if the extractor moved it)."""
        s, e = old.text_start, old.text_end
        if self.old.text[s:e] == old.exact:
            return int(s)
        found = reanchor(old, self.old)
        return found.span.text_start if found is not None and found.exact_match else None

    def compare(self, old: Any) -> Compared:
        """Classify an old citation (exact, prefix, suffix, text_start, text_end) in `new`."""
        found = reanchor(old, self.new)
        if found is None:
            return Compared("removed", None, 0.0, f"[-{old.exact}-]")
        if not found.exact_match:
            return Compared("edited", found.span, found.similarity, found.diff)
        start = self._old_start(old)
        in_place = start is not None and self.same_place(start, found.span.text_start)
        status = (
            "unchanged"
            if in_place and found.context_similarity >= MIN_CONTEXT_SIMILARITY
            else "moved"
        )
        return Compared(status, found.span, 1.0, found.diff)


# --- recheck --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Drift:
    """The drift of one citation from the snapshot it cites to a newer one."""

    claim: str
    citation_id: int
    from_snapshot: str
    to_snapshot: str
    status: str
    similarity: float
    exact: str | None
    diff: str
    detail: str
    #: The verdict of "claim supported" on the new text (edited quotes only).
    supported: str | None = None

    @property
    def check_status(self) -> str:
        """`fail` for edited or removed quotes, `pass` for unchanged or moved ones."""
        return drift_status(self.status)

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `factdb recheck --json`."""
        return {
            "claim": self.claim,
            "from_snapshot": self.from_snapshot,
            "to_snapshot": self.to_snapshot,
            "status": self.status,
            "similarity": self.similarity,
            "exact": self.exact,
            "diff": self.diff,
        }

    def data(self) -> dict[str, Any]:
        """What the stored check result keeps besides its status and detail."""
        return {
            "drift": self.status,
            "from_snapshot": self.from_snapshot,
            "to_snapshot": self.to_snapshot,
            "similarity": self.similarity,
            "exact": self.exact,
            "diff": self.diff,
            "supported": self.supported,
        }


@dataclass(frozen=True)
class SourceFailure:
    """A source that could not be rechecked, and why."""

    source: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"source": self.source, "error": self.reason}


@dataclass
class RecheckReport:
    results: list[Drift] = field(default_factory=list)
    failures: list[SourceFailure] = field(default_factory=list)
    #: The check run that recorded the results (None when nothing could be rechecked).
    run_id: int | None = None

    def counts(self) -> dict[str, int]:
        return {s: sum(r.status == s for r in self.results) for s in STATUSES}

    def failed(self) -> bool:
        """Whether a quote drifted (edited or removed) or a source could not be rechecked."""
        return bool(self.failures) or any(r.check_status == "fail" for r in self.results)


def _cited_sources(session: Session) -> list[Source]:
    """Every source cited by an active claim, by URL."""
    ids = (
        select(Snapshot.source_id)
        .join(Citation, Citation.snapshot_id == Snapshot.id)
        .join(Claim, Claim.id == Citation.claim_id)
        .where(Claim.status == "active")
    )
    return list(session.scalars(select(Source).where(Source.id.in_(ids)).order_by(Source.url)))


def _capture_against(db: Database, source: Source, spec: str, actor: str) -> str:
    """Archive the file, WARC or WACZ `spec` as a snapshot of `source`; its digest."""
    tasks = list(plan_inputs([spec]))
    if len(tasks) != 1:
        raise FactdbError(f"{spec}: --against names one file, WARC or WACZ, not a folder")
    task = tasks[0]
    if isinstance(task, Failure):
        raise FactdbError(f"{task.input}: {task.reason}")
    assert isinstance(task, Task)
    try:
        captures = task.read()
    except FactdbError as exc:
        raise FactdbError(f"{spec}: {exc}") from None
    if len(captures) > 1:
        # A WARC holds many pages: take the record of this source's URL.
        captures = [c for c in captures if c.url == source.url]
        if len(captures) != 1:
            raise FactdbError(
                f"{spec}: {'no' if not captures else 'several'} records of {source.url}"
            )
    try:
        with db.session() as session:
            archived = store_capture(session, captures[0], Overrides(url=source.url), actor=actor)
    except FactdbError as exc:
        raise FactdbError(f"{spec}: {exc}") from None
    if archived.source != source.id:
        raise FactdbError(f"{spec}: already archived as a snapshot of {archived.url}")
    return archived.snapshot


def _capture_fetched(
    db: Database, source: Source, actor: str, options: dict[str, Any] | None
) -> str:
    """Fetch the source's URL and archive the page as a snapshot of it; its digest."""
    report = archive_inputs(
        db, [source.url], Overrides(url=source.url), actor=actor, fetch_options=options
    )
    if report.failed:
        reason = report.failed[0].reason
        prefix = "" if reason.startswith(source.url) else f"{source.url}: "
        raise FactdbError(f"cannot fetch: {prefix}{reason}")
    archived = report.stored[0]
    if archived.source != source.id:
        raise FactdbError(f"the fetched page is already archived as a snapshot of {archived.url}")
    return archived.snapshot


def _newest(session: Session, source: Source) -> Snapshot | None:
    return session.scalar(
        select(Snapshot)
        .where(Snapshot.source_id == source.id)
        .order_by(Snapshot.retrieved_at.desc(), Snapshot.id.desc())
        .limit(1)
    )


def _captures(session: Session, source: Source) -> int:
    """How many snapshots of `source` are archived."""
    return (
        session.scalar(
            select(func.count()).select_from(Snapshot).where(Snapshot.source_id == source.id)
        )
        or 0
    )


def _detail(c: Compared, to: Snapshot, supported: str | None) -> str:
    where = f"snapshot {to.sha256[:12]} (retrieved {to.retrieved_at:%Y-%m-%d %H:%M})"
    if c.status == "removed":
        return f"removed: no passage of {where} is similar enough to the quote"
    assert c.span is not None
    if c.status == "edited":
        text = f"edited in {where}, similarity {c.similarity:.2f}: {c.diff}"
        return f"{text}; on the new text, claim supported: {supported}" if supported else text
    typography = "[-" in c.diff or "{+" in c.diff
    note = f" (only typography or spacing differs: {c.diff})" if typography else ""
    if c.status == "moved":
        return (
            f"moved: the same words stand elsewhere in {where}, "
            f"text {c.span.text_start}-{c.span.text_end}{note}"
        )
    return f"unchanged in {where}{note}"


def _on_newest(claim: Claim, citation: Citation, to: Snapshot) -> Drift:
    """The drift of a citation that already cites the newest capture: unchanged."""
    where = f"snapshot {to.sha256[:12]} (retrieved {to.retrieved_at:%Y-%m-%d %H:%M})"
    return Drift(
        claim=claim.slug,
        citation_id=citation.id,
        from_snapshot=to.sha256,
        to_snapshot=to.sha256,
        status="unchanged",
        similarity=1.0,
        exact=citation.exact,
        diff=citation.exact,
        detail=f"unchanged: it cites the newest capture, {where}",
    )


def _compare_citations(
    session: Session,
    claims: dict[int, Claim],
    pairs: list[tuple[Citation, Snapshot]],
    layers: dict[int, TextLayer | PdfTextLayer],
) -> list[Drift]:
    page_pairs: dict[tuple[int, int], PagePair] = {}

    def layer(snapshot: Snapshot) -> TextLayer | PdfTextLayer:
        if snapshot.id not in layers:
            layers[snapshot.id] = text_layer(session, snapshot)
        return layers[snapshot.id]

    out = []
    for citation, to in pairs:
        if citation.snapshot_id == to.id:
            out.append(_on_newest(claims[citation.claim_id], citation, to))
            continue
        key = (citation.snapshot_id, to.id)
        if key not in page_pairs:
            page_pairs[key] = PagePair(layer(citation.snapshot), layer(to))
        c = page_pairs[key].compare(citation)
        claim = claims[citation.claim_id]
        supported = None
        if c.status == "edited" and c.span is not None:
            quotes = [c.span.exact if x.id == citation.id else x.exact for x in claim.citations]
            verdict = supported_check(
                claim.statement,
                quotes,
                published_date(citation.snapshot.source),
                claim_language=claim.language,
                source_languages=[x.snapshot.source.language for x in claim.citations],
            )
            supported = f"{verdict.status} — {verdict.reason}"
        out.append(
            Drift(
                claim=claim.slug,
                citation_id=citation.id,
                from_snapshot=citation.snapshot.sha256,
                to_snapshot=to.sha256,
                status=c.status,
                similarity=round(c.similarity, 4),
                exact=c.span.exact if c.span is not None else None,
                diff=c.diff,
                detail=_detail(c, to, supported),
                supported=supported,
            )
        )
    return out


def recheck(
    db: Database,
    sources: Sequence[str] = (),
    *,
    fetch: bool = False,
    against: str | None = None,
    actor: str,
    fetch_options: dict[str, Any] | None = None,
) -> RecheckReport:
    """Compare every citation of the named sources (default: all cited) with a newer capture.

    The newer capture is the source's newest snapshot retrieved after the cited one, or,
    with `fetch`, the page fetched now from the source's URL, or the file/WARC `against`;
    either is archived (in its own transaction) as a snapshot of the source. A source that
    cannot be rechecked (unknown, no newer capture, fetch failed, not HTML) becomes a
    `SourceFailure` and the others are still rechecked. The results are recorded as one
    check run with a `drift` result per citation.
    """
    if fetch and against:
        raise UsageError("give either --fetch or --against, not both")
    report = RecheckReport()
    with db.session() as session:
        if sources:
            targets: list[Source] = []
            for ref in dict.fromkeys(sources):
                try:
                    targets.append(find_source(session, ref))
                except UnknownSource as exc:
                    report.failures.append(SourceFailure(ref, str(exc)))
        else:
            targets = _cited_sources(session)
        if against and len(targets) + len(report.failures) != 1:
            raise UsageError(
                "--against is a capture of one source: name that source's URL"
                + (f" ({len(targets)} sources are cited)" if not sources else "")
            )
        session.expunge_all()

    fresh: dict[int, str] = {}
    if fetch or against:
        for source in targets:
            try:
                if against:
                    fresh[source.id] = _capture_against(db, source, against, actor)
                else:
                    fresh[source.id] = _capture_fetched(db, source, actor, fetch_options)
            except FactdbError as exc:
                report.failures.append(SourceFailure(source.url, str(exc)))

    with db.session() as session:
        pairs: list[tuple[Citation, Snapshot]] = []
        for target in targets:
            if (fetch or against) and target.id not in fresh:
                continue
            source = session.get_one(Source, target.id)
            citations = source_citations(session, source.id)
            if not citations:
                report.failures.append(SourceFailure(source.url, "no active claim cites it"))
                continue
            if source.id in fresh:
                to = find_snapshot(session, fresh[source.id])
                todo = [(c, to) for c in citations]
            else:
                newest = _newest(session, source)
                assert newest is not None
                # Citations of the newest capture are recorded unchanged (a claim rebased
                # onto it gets a current drift result), unless it is the source's only
                # capture: then there is nothing to compare with at all.
                todo = [(c, newest) for c in citations]
                if not any(is_newer(newest, c.snapshot) for c in citations) and (
                    _captures(session, source) < 2
                ):
                    todo = []
                if not todo:
                    cited = max(
                        (c.snapshot for c in citations), key=lambda s: (s.retrieved_at, s.id)
                    )
                    report.failures.append(
                        SourceFailure(
                            source.url,
                            f"no capture newer than snapshot {cited.sha256[:12]} (retrieved "
                            f"{cited.retrieved_at:%Y-%m-%d %H:%M}); archive one, or use "
                            "--fetch or --against FILE",
                        )
                    )
                    continue
            pairs.extend(todo)
        if not pairs:
            return report
        run = start_run(session, actor=actor)
        digest = ResultsDigest()
        report.results = record_drift(session, run, pairs, digest)
        run.finished_at = utcnow()
        run.summary = run_summary(report.results)
        record_run(session, run, digest, actor=actor)
        report.run_id = run.id
    return report


def run_summary(results: Sequence[Drift]) -> dict[str, int]:
    """A drift run's counts: by check status, claims, and by drift status."""
    passed = sum(d.check_status == "pass" for d in results)
    return {
        "pass": passed,
        "warn": 0,
        "fail": len(results) - passed,
        "claims": len({d.claim for d in results}),
        **{s: sum(d.status == s for d in results) for s in STATUSES},
    }


def source_citations(session: Session, source_id: int) -> list[Citation]:
    """The citations of active claims of one source, by claim id and citation."""
    return list(
        session.scalars(
            select(Citation)
            .join(Snapshot, Snapshot.id == Citation.snapshot_id)
            .join(Claim, Claim.id == Citation.claim_id)
            .where(Snapshot.source_id == source_id, Claim.status == "active")
            .options(selectinload(Citation.snapshot))
            .order_by(Claim.slug, Citation.id)
        )
    )


def record_drift(
    session: Session,
    run: CheckRun,
    pairs: list[tuple[Citation, Snapshot]],
    digest: ResultsDigest,
) -> list[Drift]:
    """Compare each citation with its newer snapshot and record one `drift` result each
    in `run` (each bound to the claim revision read here, `factdb.store.results`), fed
    to the run's `digest` in id order (`factdb.store.runs`)."""
    if not pairs:
        return []
    ids = sorted({c.claim_id for c, _ in pairs})
    claims: dict[int, Claim] = {}
    for claim in session.scalars(
        select(Claim)
        .where(Claim.id.in_(ids))
        .options(
            selectinload(Claim.citations)
            .selectinload(Citation.snapshot)
            .selectinload(Snapshot.source)
        )
    ):
        claims[claim.id] = claim
    results = _compare_citations(session, claims, pairs, {})
    by_id = {c.id: c for c, _ in pairs}
    revisions = revision_ids(session.connection(), ids)
    rows = [
        {
            "run_id": run.id,
            "claim_id": by_id[d.citation_id].claim_id,
            "revision_id": revisions.get(by_id[d.citation_id].claim_id),
            "citation_id": d.citation_id,
            "snapshot_id": by_id[d.citation_id].snapshot_id,
            "kind": CHECK,
            "status": d.check_status,
            "detail": d.detail,
            "data": d.data(),
        }
        for d in results
    ]
    if rows:
        # One executemany, in order: ids follow the rows, as the run's digest does.
        session.connection().execute(insert(CheckResult), rows)
    for row in rows:
        digest.add(row[name] for name in RESULT_COLUMNS)
    return results


def latest_drift(
    session: Session, slugs: Sequence[str] | None = None
) -> list[tuple[str, CheckResult]]:
    """The current drift result of each citation of the named claims (None: of every
    active claim), as (claim, result), by claim and result id (see `factdb.store.results`)."""
    query = current_select(Claim.slug, CheckResult, kind=CHECK).join(
        Claim, Claim.id == CheckResult.claim_id
    )
    out: list[tuple[str, CheckResult]] = []
    if slugs is None:
        out.extend(session.execute(query.where(Claim.status == "active")).tuples())
    else:
        names = sorted(set(slugs))
        for i in range(0, len(names), 500):  # drivers cap a statement's parameters
            out.extend(session.execute(query.where(Claim.slug.in_(names[i : i + 500]))).tuples())
    return sorted(out, key=lambda pair: (pair[0], pair[1].id))


def snapshot_digests(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The SHA-256 of each snapshot with one of these ids."""
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        query = select(Snapshot.id, Snapshot.sha256).where(Snapshot.id.in_(chunk))
        out.update(session.execute(query).tuples().all())
    return out
