"""Running the checks (`factdb.check_rules`) on claims: in batches, in worker processes
when there are many, recording each run and every result bound to what it judged
(`factdb.store.results`); the current results of claims, drift results among them.

`run_checks` runs them all, records the run and every result, and returns the results.
It reads and writes through Core (`factdb.store.tables`), in a session or on a Core
connection: `factdb check ID` loads neither the ORM nor the models, whose import and
mapper set-up cost as much as checking one claim (issue 20), nor the PDF reader unless a
cited snapshot is a PDF.
"""

from __future__ import annotations

import gc
import json
import os
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from . import __version__, defaults
from .check_rules import check_html_span, check_span, supported, verdict_key
from .engine.text import EXTRACTOR_VERSION, TextLayer, is_pdf_layer
from .errors import FactdbError, UnknownClaim
from .reviews import holding, review_json
from .statuses import STATUSES, VERDICTS, run_failed
from .store import tables
from .store.bulk import insert_columns
from .store.events import canonical_json
from .store.lookups import published_date, text_layer, verify_snapshot
from .store.results import current_select, revision_ids
from .store.runs import (
    RESULT_COLUMNS,
    ResultsDigest,
    record_run_row,
    start_run_row,
)
from .store.types import utcnow

if TYPE_CHECKING:
    from concurrent.futures import Future

    from sqlalchemy.orm import Session

    from .engine.pdf import PdfTextLayer
    from .store.models import CheckResult, CheckRun, Claim
    from .store.tables import Reader


@dataclass(frozen=True)
class Result:
    """One check's verdict."""

    claim: str
    snapshot: str | None
    check: str
    status: str
    detail: str
    citation_id: int | None = None
    snapshot_id: int | None = None
    #: What the supported check compared (`Element.to_json()` each); None for other checks.
    elements: tuple[dict[str, Any], ...] | None = None
    #: The claim revision it judged (see `factdb.store.results`).
    revision_id: int | None = None
    #: For a stored result shown again (drift): the run that recorded it.
    run_id: int | None = None
    #: For drift: where the quote stands on the newer capture (unchanged, moved, edited,
    #: removed); `status` is its check status.
    drift: str | None = None
    #: For drift: the URL of the cited page.
    url: str | None = None
    #: A person's review that holds for it (`factdb.reviews`): {"verdict", "by", "at",
    #: "why", "answered"}; `status` is then what the review makes it (reviewed or fail).
    review: dict[str, Any] | None = None
    #: For supported: the SHA-256 of what the verdict was computed from
    #: (`factdb.check_rules.verdict_key`), recorded with it so that a later check whose
    #: inputs are the same takes the verdict instead of running the engine again.
    inputs: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "claim": self.claim,
            "snapshot": self.snapshot,
            "check": self.check,
            "status": self.status,
            "detail": self.detail,
        }
        if self.elements is not None:
            out["elements"] = list(self.elements)
        if self.review is not None:
            out["review"] = self.review
        return out

    def data(self) -> dict[str, Any] | None:
        """What the stored result keeps besides its status and detail (`CheckResult.data`)."""
        if self.elements is None:
            return None
        data: dict[str, Any] = {"elements": list(self.elements)}
        if self.inputs is not None:
            data["inputs"] = self.inputs
        return data


@dataclass
class RunReport:
    """A check run's verdict: its results, then the current drift results of the same
    claims (recorded by `factdb recheck`, which this run does not redo), counted with
    them. `failed` is the one rule of whether a run fails."""

    run_id: int
    #: Every result, or only those that did not pass (see `run_checks(collect=...)`).
    results: list[Result]
    totals: dict[str, int] | None = None
    #: How many claims were checked.
    claims: int = 0

    def counts(self) -> dict[str, int]:
        """Results by status, the current drift results included."""
        if self.totals is not None:
            return dict(self.totals)
        return {s: sum(r.status == s for r in self.results) for s in STATUSES}

    def failed(self, strict: bool = False) -> bool:
        """Whether the run fails (exit 1): something failed (a drift result that is current
        too), or with `strict` something warned or needs review (see `failing`)."""
        return run_failed(self.counts(), strict)


def select_claims(session: Session, slugs: Sequence[str] = ()) -> list[Claim]:
    """The named claims (all of them must exist), or every active claim."""
    from sqlalchemy.orm import selectinload

    from .store.models import Citation, Claim, Snapshot

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


def _claim_ids(db: Reader, slugs: Sequence[str]) -> list[int]:
    """The ids of the named claims (all of them must exist) in the order `select_claims`
    gives them, or of every active claim by id (slug order)."""
    c = tables.claim
    tables.autoflush(db)
    if not slugs:
        query = select(c.c.id).where(c.c.status == "active").order_by(c.c.slug)
        return list(db.execute(query).scalars())
    found: dict[str, int] = {}
    names = sorted(set(slugs))
    for i in range(0, len(names), 500):  # drivers cap a statement's parameters
        query = select(c.c.slug, c.c.id).where(c.c.slug.in_(names[i : i + 500]))
        found.update((slug, claim_id) for slug, claim_id in db.execute(query))
    missing = sorted(set(slugs) - set(found))
    if missing:
        raise UnknownClaim(f"no claim {', '.join(repr(m) for m in missing)}")
    order = {slug: i for i, slug in enumerate(slugs)}
    return [found[slug] for slug in sorted(found, key=lambda slug: order[slug])]


@dataclass
class _SnapshotInfo:
    """What every check of one snapshot needs, computed once per run."""

    sha256: str
    problem: str | None
    layer: TextLayer | PdfTextLayer | str | None
    published: date | None
    #: The source's language (a BCP 47 tag), None when the page does not say.
    language: str | None = None


def _reading(citation: Any, info: _SnapshotInfo) -> str:
    """The words a quote says, for the supported check: a PDF quote without the page
    furniture it runs over ("Page 1 of 4" would be read as numbers), else `exact`."""
    layer = info.layer
    start, end = citation.text_start, citation.text_end
    if is_pdf_layer(layer) and layer.text[start:end] == citation.exact:
        return layer.reading(start, end)
    return str(citation.exact)


#: What `_Checker.snapshot` reads of a snapshot and its source.
_SNAPSHOT_COLUMNS = (
    tables.snapshot.c.id,
    tables.snapshot.c.sha256,
    tables.snapshot.c.content,
    tables.snapshot.c.compression,
    tables.snapshot.c.size,
    tables.snapshot.c.headers,
    tables.source.c.published,
    tables.source.c.language,
)


class _Checker:
    """Runs the checks claim by claim, verifying and extracting each snapshot only once.

    `db` is a session or a Core connection. With `store=False` (a read-only one) text
    layers missing from the cache are built without being cached.
    """

    def __init__(self, db: Reader, *, store: bool = True, reuse: bool = True) -> None:
        self.db = db
        self.store = store
        #: Whether `check_chunk` reads the claims' last verdicts (`load_verdicts`).
        self.reuse = reuse
        self.snapshots: dict[int, _SnapshotInfo] = {}
        #: The last recorded "supported" result of each claim being checked, by claim id
        #: (`load_verdicts`).
        self.verdicts: dict[int, Any] = {}
        #: The "supported" verdicts (status, detail, elements) the engine computed here, by
        #: the key of their inputs (`verdict_key`): a claim whose inputs an earlier claim
        #: of the run had (the same statement, quotes, languages and page date) takes the
        #: verdict, as a re-check takes a recorded one with the same key. At most
        #: `_COMPUTED_MAX`, the oldest dropped first.
        self.computed: dict[str, tuple[str, str, tuple[dict[str, Any], ...]]] = {}

    def load_verdicts(self, conn: Connection, claim_ids: Sequence[int]) -> None:
        """Read the last recorded "supported" result of each of these claims: a claim whose
        verdict inputs are unchanged since (`verdict_key`) takes it instead of running the
        engine again. Recorded results are covered by their run's digest in the event
        log, so `fsck` names one that was altered."""
        r, later = tables.check_result, tables.check_result.alias("later")
        last_run = (
            select(func.max(later.c.run_id))
            .where(later.c.claim_id == r.c.claim_id, later.c.kind == "supported")
            .scalar_subquery()
        )
        query = select(r.c.claim_id, r.c.status, r.c.detail, r.c.data).where(
            r.c.claim_id.in_(claim_ids), r.c.kind == "supported", r.c.run_id == last_run
        )
        self.verdicts = {row.claim_id: row for row in conn.execute(query)}

    def snapshot(self, snapshot_id: int) -> _SnapshotInfo:
        info = self.snapshots.get(snapshot_id)
        if info is None:
            s, source = tables.snapshot, tables.source
            tables.autoflush(self.db)
            snap = self.db.execute(
                select(*_SNAPSHOT_COLUMNS)
                .join_from(s, source, source.c.id == s.c.source_id)
                .where(s.c.id == snapshot_id)
            ).one()
            problem = verify_snapshot(snap)
            layer: TextLayer | PdfTextLayer | str | None = None
            if not problem:
                try:
                    layer = text_layer(self.db, snap, store=self.store)
                except FactdbError as exc:
                    layer = str(exc)
            info = _SnapshotInfo(snap.sha256, problem, layer, published_date(snap), snap.language)
            self.snapshots[snapshot_id] = info
        return info

    def check(
        self,
        slug: str,
        statement: str,
        citations: Sequence[Any],
        language: str | None = None,
        revision_id: int | None = None,
        claim_id: int | None = None,
    ) -> list[Result]:
        """Results for one claim; `citations` are Citation objects or rows with their
        columns; `language` is the claim's own (None: its first source's); `revision_id`
        the claim revision they judge. With the claim's `claim_id`, its "supported" verdict
        is its last recorded one (`verdicts`) when its inputs are unchanged."""
        results: list[Result] = []
        infos = [self.snapshot(c.snapshot_id) for c in citations]
        for citation, info in zip(citations, infos, strict=True):
            sha, cid, sid = info.sha256, citation.id, citation.snapshot_id

            def add(check: str, status: str, detail: str) -> None:
                results.append(
                    Result(slug, sha, check, status, detail, cid, sid, revision_id=revision_id)  # noqa: B023
                )

            if info.problem:
                add("integrity", "fail", info.problem)
                reason = "cannot verify: the snapshot's bytes are corrupt"
                add("span", "fail", reason)
                add("html-span", "fail", reason)
                continue
            add("integrity", "pass", f"the stored bytes hash to {sha[:12]}…, as recorded")
            layer = info.layer
            if layer is None or isinstance(layer, str):  # not a text layer: why not
                reason = f"cannot extract the snapshot's text: {layer}"
                add("span", "fail", reason)
                add("html-span", "fail", reason)
                continue
            add("span", *check_span(citation, layer))
            add("html-span", *check_html_span(citation, layer))
        status, detail, elements, inputs = self._supported(
            claim_id, statement, *_support_inputs(citations, infos), language
        )
        one = len(citations) == 1
        results.append(
            Result(
                slug,
                infos[0].sha256 if one else None,
                "supported",
                status,
                detail,
                None,
                citations[0].snapshot_id if one else None,
                elements,
                revision_id,
                inputs=inputs,
            )
        )
        return results

    def _supported(
        self,
        claim_id: int | None,
        statement: str,
        quotes: list[str],
        published: date | None,
        source_languages: list[str | None],
        language: str | None,
    ) -> tuple[str, str, tuple[dict[str, Any], ...], str | None]:
        """The "supported" verdict (status, detail, elements) and the key of its inputs
        (`verdict_key`; None without a claim id): the last recorded one when its inputs are
        unchanged (see `check`), else the engine's."""
        key = None
        if claim_id is not None:
            last, key = self._taken(
                claim_id, statement, quotes, published, source_languages, language
            )
            if last is not None:
                return last.status, last.detail, tuple(last.data.get("elements", ())), key
            done = self.computed.get(key)
            if done is not None:
                return (*done, key)
        support = supported(
            statement,
            quotes,
            published,
            claim_language=language,
            source_languages=source_languages,
        )
        verdict = support.status, support.reason, tuple(e.to_json() for e in support.elements)
        if key is not None:
            if len(self.computed) >= _COMPUTED_MAX:
                del self.computed[next(iter(self.computed))]
            self.computed[key] = verdict
        return (*verdict, key)

    def _taken(
        self,
        claim_id: int,
        statement: str,
        quotes: list[str],
        published: date | None,
        source_languages: list[str | None],
        language: str | None,
    ) -> tuple[Any | None, str]:
        """The claim's last recorded verdict (a row of `verdicts`) if it was computed from
        these inputs, else None; and their key (`verdict_key`)."""
        key = verdict_key(
            statement, quotes, published, claim_language=language, source_languages=source_languages
        )
        last = self.verdicts.get(claim_id)
        if last is not None and (last.data or {}).get("inputs") == key:
            return last, key
        return None, key

    def reusable(
        self, claim_id: int, statement: str, citations: Sequence[Any], language: str | None
    ) -> bool:
        """Whether the claim's last recorded verdict can be taken (see `check`; the
        claim's verdicts loaded by `load_verdicts`)."""
        infos = [self.snapshot(c.snapshot_id) for c in citations]
        taken, _ = self._taken(claim_id, statement, *_support_inputs(citations, infos), language)
        return taken is not None


#: How many verdicts a `_Checker` keeps by their inputs' key (`_Checker.computed`): a few
#: megabytes at most.
_COMPUTED_MAX = 1 << 14


def _support_inputs(
    citations: Sequence[Any], infos: Sequence[_SnapshotInfo]
) -> tuple[list[str], date | None, list[str | None]]:
    """What the supported check reads of a claim's citations besides its statement and
    language: the quotes' words (`_reading`), the first page's date, each page's language."""
    quotes = [_reading(c, info) for c, info in zip(citations, infos, strict=True)]
    published = infos[0].published if infos else None
    return quotes, published, [info.language for info in infos]


def check_claims(session: Session, claims: Sequence[Claim]) -> list[Result]:
    """Run every check on every claim; nothing is recorded (see `run_checks`)."""
    checker = _Checker(session)
    results: list[Result] = []
    revisions = revision_ids(session.connection(), [c.id for c in claims])
    for claim in claims:
        results.extend(
            checker.check(
                claim.slug,
                claim.statement,
                claim.citations,
                claim.language,
                revisions.get(claim.id),
            )
        )
    return results


BATCH = defaults.CHECK_BATCH

_CITATION_COLUMNS = tuple(
    tables.citation.c[name]
    for name in (
        "id",
        "claim_id",
        "snapshot_id",
        "exact",
        "prefix",
        "suffix",
        "text_start",
        "text_end",
        "html_start",
        "html_end",
        "pdf",
        "extractor_version",
    )
)


def start_run(session: Session, *, actor: str) -> CheckRun:
    """Record the start of a check run (its id is needed for its results), as an ORM
    object (`factdb recheck` and `watch` end it with `factdb.store.runs.record_run`)."""
    from .store.models import CheckRun

    run = CheckRun(
        started_at=utcnow(),
        actor=actor,
        tool_version=__version__,
        extractor_version=EXTRACTOR_VERSION,
    )
    session.add(run)
    session.flush()
    return run


def run_checks(
    db: Reader,
    slugs: Sequence[str] = (),
    *,
    actor: str,
    collect: bool = True,
    jobs: int = 1,
    batch: int = BATCH,
    with_drift: bool = True,
    reuse: bool = True,
) -> RunReport:
    """Run every check on the named claims (default: all active), and record the run, in
    the transaction of `db` (a session, or a Core connection: see the module's docstring).

    The report's results and counts end with the claims' current drift results (see
    `RunReport`; `with_drift=False` leaves them out), so `report.failed(strict)` is the
    verdict of `factdb check`.

    Claims are read and their results written in batches of `batch`, as plain rows, so
    memory stays flat as the database grows. With `collect=False` the report keeps only
    the results that did not pass (and the counts of all).

    With `jobs` > 1 and more than one batch, worker processes check the batches, each
    reading the database on its own connection, while `db` records the results
    in batch order; the results are those of a run in one process. The workers see only
    committed data: pass `jobs` only in a transaction that has changed nothing yet (as
    `factdb check` does).

    A claim whose "supported" verdict inputs (statement, quotes, languages, page date,
    engine: `verdict_key`) are those of its last recorded verdict takes that verdict
    instead of running the engine again; `reuse=False` runs the engine on every claim.
    """
    with _collections_paused():
        return _run_checks(db, slugs, actor, collect, jobs, batch, with_drift, reuse)


def _run_checks(
    db: Reader,
    slugs: Sequence[str],
    actor: str,
    collect: bool,
    jobs: int,
    batch: int,
    with_drift: bool,
    reuse: bool,
) -> RunReport:
    """`run_checks`, with Python's cyclic collections paused."""
    claim_ids = _claim_ids(db, slugs)
    run = start_run_row(
        db, actor=actor, tool_version=__version__, extractor_version=EXTRACTOR_VERSION
    )
    digest = ResultsDigest()
    checker = _Checker(db, reuse=reuse)
    kept: list[Result] = []
    counts = dict.fromkeys(STATUSES, 0)
    conn = _connection(db)  # plain rows in, plain rows out
    chunks = [claim_ids[i : i + batch] for i in range(0, len(claim_ids), batch)]
    url = _shareable_url(conn)
    with _collections_paused():
        if jobs > 1 and len(chunks) > 1 and url is not None and _can_fork():
            # Verify and extract (and cache) every cited snapshot here first, once: the
            # forked workers start with them. (A snapshot cited meanwhile by another writer
            # is built by the worker that meets it, without storing it.)
            cited: set[int] = set()
            for chunk in chunks:  # a batch's ids at a time: drivers cap a statement's parameters
                ci = tables.citation
                cited.update(
                    conn.execute(
                        select(ci.c.snapshot_id).where(ci.c.claim_id.in_(chunk)).distinct()
                    ).scalars()
                )
            for snapshot_id in sorted(cited):
                checker.snapshot(snapshot_id)
            if not reuse or engine_needed(conn, checker, chunks[0]):
                _warm_engine(conn, checker)
            checked = _checked_in_workers(url, checker, chunks, jobs, collect, reuse)
        else:
            checked = (_prepare(check_chunk(conn, checker, chunk), collect) for chunk in chunks)
        for n, prepared in enumerate(checked, 1):
            _record(conn, run.id, prepared, digest, counts)
            kept.extend(prepared.kept)
            del prepared
            if n % _COLLECT_EVERY == 0:  # garbage cycles, if any (see _collections_paused)
                gc.collect(1)
    run.finished_at = utcnow()
    run.summary = {**counts, "claims": len(claim_ids)}
    record_run_row(db, run, digest, actor=actor)
    # Drift needs a newer capture and is not redone here: the current drift results of
    # these claims count with this run's (the run's own summary keeps only its results).
    if with_drift:
        for r in current_drift(db, claim_ids):
            counts[r.status] += 1
            if collect or r.status != "pass":
                kept.append(r)
    _apply_reviews(db, claim_ids, kept, counts, with_drift=with_drift)
    return RunReport(run.id, kept, counts, len(claim_ids))


def _connection(db: Reader) -> Connection:
    """The Core connection of `db` (a session's, with its pending changes flushed)."""
    if isinstance(db, Connection):
        return db
    db.flush()
    return db.connection()


def _apply_reviews(
    db: Reader,
    claim_ids: Sequence[int],
    kept: list[Result],
    counts: dict[str, int],
    *,
    with_drift: bool,
) -> None:
    """Make the results a person's review holds for read as it says (reviewed or fail),
    in `kept` and in `counts` (`factdb.store.results.effective_status`)."""
    held = holding(db, claim_ids)
    if not held:
        return
    ids = sorted({rv.claim_id for rv in held.values()})
    slugs: dict[int, str] = {}
    c = tables.claim
    for i in range(0, len(ids), 500):
        for claim_id, slug in db.execute(
            select(c.c.id, c.c.slug).where(c.c.id.in_(ids[i : i + 500]))
        ):
            slugs[claim_id] = slug
    where = {(r.claim, r.check, r.citation_id): i for i, r in enumerate(kept)}
    for row in held.values():
        if row.kind == "drift" and not with_drift:
            continue
        status = VERDICTS[row.verdict]
        counts[row.status] -= 1
        counts[status] += 1
        key = (slugs[row.claim_id], row.kind, row.citation_id)
        if key in where:
            i = where[key]
            kept[i] = replace(kept[i], status=status, review=review_json(row))
        elif status != "pass":  # a passing result a person rejected, not kept until now
            sha = None
            if row.snapshot_id is not None:
                s = tables.snapshot
                sha = db.scalar(select(s.c.sha256).where(s.c.id == row.snapshot_id))
            kept.append(
                Result(
                    key[0],
                    sha,
                    row.kind,
                    status,
                    row.detail,
                    row.citation_id,
                    row.snapshot_id,
                    review=review_json(row),
                )
            )


@dataclass
class _Batch:
    """A batch's results ready to record (made where they are checked, in a worker
    process when there are workers): its rows column by column (`data` already
    encoded), each row's canonical JSON for the run's digest, and the results the report
    keeps."""

    columns: dict[str, list[Any]]
    lines: list[str]
    kept: list[Result]


def _prepare(found: Sequence[Checked], collect: bool) -> _Batch:
    """A batch's results as `_record` writes them; `collect` as in `run_checks`. Each
    result's data is built once, and encoded once for the row and once (canonically) for
    the digest."""
    results = [r for _, r in found]
    datas = [r.data() for r in results]
    columns: dict[str, list[Any]] = {
        "claim_id": [claim_id for claim_id, _ in found],
        "revision_id": [r.revision_id for r in results],
        "citation_id": [r.citation_id for r in results],
        "snapshot_id": [r.snapshot_id for r in results],
        "kind": [r.check for r in results],
        "status": [r.status for r in results],
        "detail": [r.detail for r in results],
        # Encoded here so that results without data stay SQL NULL.
        "data": [None if d is None else _json_or_null(d) for d in datas],
    }
    lines = list(map(_row_json, *(columns[name] for name in RESULT_COLUMNS[:-1]), datas))
    kept = results if collect else [r for r in results if r.status != "pass"]
    return _Batch(columns, lines, kept)


def _row_json(
    claim_id: int,
    citation_id: int | None,
    snapshot_id: int | None,
    revision_id: int | None,
    kind: str,
    status: str,
    detail: str,
    data: Any,
) -> str:
    """`canonical_json` of a result's row (the values of `RESULT_COLUMNS`, as the run's
    digest covers it), written directly for the ids (ints or None) and the three strings.

    >>> row = (1, None, 2, 3, "span", "pass", 'a "b" é\\n', {"z": [1.5], "a": None})
    >>> _row_json(*row) == canonical_json(list(row))
    True
    """
    return (
        f"[{_json_id(claim_id)},{_json_id(citation_id)},{_json_id(snapshot_id)},"
        f"{_json_id(revision_id)},{_json_str(kind)},{_json_str(status)},{_json_str(detail)},"
        f"{'null' if data is None else canonical_json(data)}]"
    )


def _json_id(value: int | None) -> str:
    return "null" if value is None else int.__repr__(value)


#: JSON's string encoding as `canonical_json` writes strings (non-ASCII as is).
_json_str = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _record(
    conn: Connection,
    run_id: int,
    batch: _Batch,
    digest: ResultsDigest,
    counts: dict[str, int],
) -> None:
    """Write a batch's results (one executemany), add them to the run's digest and count
    them by status."""
    statuses = batch.columns["status"]
    digest.add_encoded(batch.lines, statuses)
    for status in statuses:
        counts[status] += 1
    insert_columns(
        conn, tables.check_result, batch.columns, same={"run_id": run_id}, processed=("data",)
    )


#: Batches between two collections of the young generations while collections are paused
#: (`_collections_paused`): objects that live a while, as the support engine's caches
#: do, are then mostly freed before a collection walks them.
_COLLECT_EVERY = 8


@contextmanager
def _collections_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a run checks and writes its batches
    (and in the worker processes forked meanwhile); the caller collects the young
    generations after each batch. A run allocates millions of short-lived objects, most
    freed at once by reference counting, while the support engine's caches and the text
    layers stay alive: with automatic collections on, the full ones walk all of those
    again and again (about a tenth of a 10k-claim run's CPU time, a sixth of a 100k one's).
    `run_checks` runs entirely inside it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _json_or_null(value: Any) -> str | None:
    """`value` as the JSON text a JSON column stores; None (SQL NULL) for None.

    >>> _json_or_null({"elements": [{"quote": "é", "n": 1}]})
    '{"elements": [{"quote": "é", "n": 1}]}'
    """
    return None if value is None else _DATA_JSON.encode(value)


#: Encodes as json.dumps(value, ensure_ascii=False), without building an encoder per call.
_DATA_JSON = json.JSONEncoder(ensure_ascii=False)


def check_chunk(conn: Connection, checker: _Checker, chunk: Sequence[int]) -> list[Checked]:
    """Every check of the claims with these ids (in this order), read through `conn`."""
    claims, citations = _chunk_rows(conn, chunk)
    revisions = revision_ids(conn, chunk)
    if checker.reuse:
        checker.load_verdicts(conn, chunk)
    out: list[Checked] = []
    for claim_id in chunk:
        claim = claims[claim_id]
        found = checker.check(
            claim.slug,
            claim.statement,
            citations.get(claim_id, []),
            claim.language,
            revisions.get(claim_id),
            claim_id,
        )
        out.extend((claim_id, r) for r in found)
    return out


def _chunk_rows(
    conn: Connection, chunk: Sequence[int]
) -> tuple[dict[int, Any], dict[int, list[Any]]]:
    """The claims with these ids, by id, and their citations, by claim id in id order."""
    c, ci = tables.claim, tables.citation
    claims = {
        row.id: row
        for row in conn.execute(
            select(c.c.id, c.c.slug, c.c.statement, c.c.language).where(c.c.id.in_(chunk))
        )
    }
    citations: dict[int, list[Any]] = {}
    for row in conn.execute(
        select(*_CITATION_COLUMNS).where(ci.c.claim_id.in_(chunk)).order_by(ci.c.id)
    ):
        citations.setdefault(row.claim_id, []).append(row)
    return claims, citations


def engine_needed(conn: Connection, checker: _Checker, chunk: Sequence[int]) -> bool:
    """Whether a claim of `chunk` has no recorded verdict it can take (`_Checker.reusable`):
    a run whose first batch can take all of them is a re-check, whose workers need no
    engine set up before they are forked (`_warm_engine`)."""
    claims, citations = _chunk_rows(conn, chunk)
    checker.load_verdicts(conn, chunk)
    return not all(
        checker.reusable(
            claim_id,
            claims[claim_id].statement,
            citations.get(claim_id, []),
            claims[claim_id].language,
        )
        for claim_id in chunk
    )


#: A result and the id of the claim it is about.
Checked = tuple[int, Result]


def _warm_engine(conn: Connection, checker: _Checker) -> None:
    """Set up the supported check's engine here, before workers are forked, so that they
    start with it: its language rules (compiled patterns, CLDR names) for the languages of
    the cited sources and of the claims, and the readers a page's text needs (number
    words, CJK numerals), by reading the start of each cited text once. Each worker would
    otherwise set them up again (about a second of CPU each at 10k claims). The engine
    is pure: what it computes here changes no result."""
    c = tables.claim
    claim_languages = {
        language
        for language in conn.execute(
            select(c.c.language).where(c.c.status == "active").distinct()
        ).scalars()
        if language
    }
    samples = [
        (info.layer.text[:_WARM_SAMPLE], info.language)
        for info in checker.snapshots.values()
        if info.layer is not None and not isinstance(info.layer, str)
    ]
    samples += [("1", language) for language in sorted(claim_languages)]
    for sample, language in samples:
        try:
            supported(sample, [sample], None, claim_language=None, source_languages=[language])
        except Exception:  # noqa: BLE001, S112 - only a warm-up: the worker meets it again
            continue


#: How much of each cited text `_warm_engine` reads.
_WARM_SAMPLE = 2000


def _shareable_url(conn: Connection) -> str | None:
    """The URL other processes can open this database with (None: an in-memory one)."""
    url = conn.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def default_jobs() -> int:
    """Worker processes for a large check run: the usable CPUs, at most 8."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 8))


def _checked_in_workers(
    url: str,
    checker: _Checker,
    chunks: list[list[int]],
    jobs: int,
    collect: bool,
    reuse: bool,
) -> Iterator[_Batch]:
    """Each chunk's results, in chunk order, computed by `jobs` worker processes; at most
    two chunks per worker are in flight, so memory stays flat.

    Workers are forked once `checker` has verified and extracted every cited snapshot, so
    they start with those in memory. A forked worker never touches the connections it
    inherits: it opens its own, and leaves through os._exit as multiprocessing's workers
    do (nothing of the parent's is closed or flushed).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _inherited
    _inherited = checker.snapshots
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_worker_start, initargs=(url,)
        ) as pool:
            pending: deque[Future[_Batch]] = deque()
            todo = iter(chunks)
            for chunk in islice(todo, 2 * jobs):
                pending.append(pool.submit(_worker_check, chunk, collect, reuse))
            while pending:
                found = pending.popleft().result()
                for chunk in islice(todo, 1):
                    pending.append(pool.submit(_worker_check, chunk, collect, reuse))
                yield found
    finally:
        _inherited = {}


def _can_fork() -> bool:
    """Workers are forked (see `_checked_in_workers`); elsewhere checks run in one process.
    (`multiprocessing` is loaded only for a run large enough to use workers.)"""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


#: The parent's verified and extracted snapshots, which forked workers start with.
_inherited: dict[int, _SnapshotInfo] = {}
#: How many batches this worker process has checked.
_worker_batches = 0
#: A worker process's database and checker (its snapshot cache lives across chunks).
_worker: tuple[Any, _Checker | None] | None = None


def _worker_start(url: str) -> None:
    from .store.db import Database

    global _worker
    _worker = (Database(url), None)


def _worker_check(chunk: list[int], collect: bool, reuse: bool) -> _Batch:
    global _worker, _worker_batches
    assert _worker is not None, "_worker_start runs first"
    db, checker = _worker
    with db.read_connection() as conn:
        if checker is None:
            checker = _Checker(conn, store=False, reuse=reuse)
            checker.snapshots.update(_inherited)
            _worker = (db, checker)
        checker.db = conn
        prepared = _prepare(check_chunk(conn, checker, chunk), collect)
    _worker_batches += 1
    if _worker_batches % _COLLECT_EVERY == 0:  # forked with collections paused
        gc.collect(1)
    return prepared


#: The one query of current results (`factdb.store.results`), under the name callers know.
latest_select = current_select


def latest_results(
    session: Session, claim_ids: Sequence[int] | None = None
) -> dict[int, list[CheckResult]]:
    """Each claim's current results: the latest of each check on each citation, of its
    latest revision (`factdb.store.results`); drift results among them."""
    from .store.models import CheckResult

    out: dict[int, list[CheckResult]] = {}
    if claim_ids is None:
        chunks: list[Sequence[int] | None] = [None]
    else:
        ids = list(claim_ids)
        chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        for row in session.scalars(current_select(CheckResult, claim_ids=chunk)):
            out.setdefault(row.claim_id, []).append(row)
    return out


def current_drift(db: Reader, claim_ids: Sequence[int]) -> list[Result]:
    """The current drift result of each citation of these claims, as results (status:
    pass or fail; `drift`: the drift status; `run_id`: the recheck run), by claim id
    order given, then result id. `db` is a session or a Core connection."""
    order = {claim_id: i for i, claim_id in enumerate(claim_ids)}
    rows: list[Any] = []
    ids = list(claim_ids)
    r, c, s, source = tables.check_result, tables.claim, tables.snapshot, tables.source
    tables.autoflush(db)
    for i in range(0, len(ids), 500):
        rows.extend(
            db.execute(
                current_select(
                    r.c.id,
                    r.c.claim_id,
                    r.c.status,
                    r.c.detail,
                    r.c.citation_id,
                    r.c.snapshot_id,
                    r.c.revision_id,
                    r.c.run_id,
                    r.c.data,
                    c.c.slug,
                    s.c.sha256,
                    source.c.url,
                    claim_ids=ids[i : i + 500],
                    kind="drift",
                    table=r,
                )
                .join(c, c.c.id == r.c.claim_id)
                .outerjoin(s, s.c.id == r.c.snapshot_id)
                .outerjoin(source, source.c.id == s.c.source_id)
            )
        )
    rows.sort(key=lambda r: (order[r.claim_id], r.id))
    return [
        Result(
            r.slug,
            r.sha256,
            "drift",
            r.status,
            r.detail,
            r.citation_id,
            r.snapshot_id,
            revision_id=r.revision_id,
            run_id=r.run_id,
            drift=(r.data or {}).get("drift"),
            url=r.url,
        )
        for r in rows
    ]


__all__ = [
    "Result",
    "RunReport",
    "check_claims",
    "current_drift",
    "latest_results",
    "latest_select",
    "run_checks",
    "select_claims",
]
