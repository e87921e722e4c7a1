"""Watch: look at cited pages again on a schedule, and recheck the claims a change touches.

Every source an active claim cites is watched at the default interval (weekly) unless
`set_watch` gave it its own interval or turned watching off; a source no claim cites is
watched only when given an interval. `run_round` is one round of `factdb watch`:

1. The round is recorded first (`WatchRound`); a second round on the same database while
   one runs is refused (`WatchBusy`), so two rounds never fetch or record the same source
   twice. A round whose heartbeat stopped long ago (`STALE`) died and does not block.
2. Each source is fetched with a conditional request (the ETag and Last-Modified of its
   last answer): at most one request at a time per host, `delay` seconds apart, `jobs`
   hosts at once, within the total `deadline` (sources not reached stay due).
3. What the source answered is its outcome (`OUTCOMES`):

   | outcome | when |
   | --- | --- |
   | not-modified | 304 to the conditional request: no new snapshot |
   | unchanged | 200 with the bytes of its newest snapshot |
   | changed | other bytes: archived, and every active claim citing it rechecked (drift) |
   | gone | 404 or 410: the source is "gone since" the first such answer |
   | error | 5xx, timeout, unreachable, not HTML, too large: retried next round, no drift |

   A source is due again its interval after its last look or capture; after an error, at
   the next round. A redirect is followed: the final URL is recorded (`redirected_to`)
   and its page is compared as the source's.
4. Each source's outcome, its new snapshot and its drift results are stored in one
   transaction, so an interrupted round loses nothing it finished. The drift results of a
   round form one check run (`WatchRound.run_id`), the `drift` check that `check`,
   `audit` and `brief build` read.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .archive import Overrides, store_capture
from .capture import Capture
from .checks import start_run
from .drift import Drift, record_drift, run_summary, source_citations
from .errors import FactdbError, FetchError, UsageError
from .impact import Impact, impacts
from .store import events
from .store.db import Database
from .store.lookups import find_source
from .store.models import (
    CheckRun,
    Citation,
    Claim,
    Snapshot,
    Source,
    SourceWatch,
    WatchOutcome,
    WatchRound,
    utcnow,
)
from .store.runs import ResultsDigest, record_run

__all__ = [
    "DEFAULT_EVERY",
    "OUTCOMES",
    "RoundReport",
    "SourceOutcome",
    "WatchBusy",
    "WatchState",
    "format_every",
    "parse_every",
    "run_round",
    "set_watch",
    "watch_states",
]

OUTCOMES = ("not-modified", "unchanged", "changed", "gone", "error")
#: How often a cited source without an interval of its own is looked at.
DEFAULT_EVERY = timedelta(days=7)
#: HTTP statuses that mean the page is gone (not an error to retry).
GONE_STATUSES = frozenset({404, 410})
#: A running round whose heartbeat is older than this has died (killed, machine down).
STALE = timedelta(minutes=10)
#: pg_advisory_xact_lock key serialising the start of rounds ("factdb:watch").
PG_LOCK_KEY = 0x66616374_64620002

_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


class WatchBusy(FactdbError):
    """Another watch round is running on this database."""


def parse_every(value: str) -> timedelta:
    """An interval such as `30m`, `6h`, `1d` or `2w` (at least one minute).

    >>> parse_every("6h"), parse_every("1w") == timedelta(days=7)
    (datetime.timedelta(seconds=21600), True)
    """
    m = re.fullmatch(r"\s*(\d{1,6})\s*([mhdw])\s*", value or "")
    if not m or int(m.group(1)) == 0:
        raise UsageError(
            f"{value!r} is not an interval: use a whole number and m, h, d or w, e.g. 6h or 1d"
        )
    return timedelta(seconds=int(m.group(1)) * _UNITS[m.group(2)])


def format_every(seconds: int | float) -> str:
    """An interval in its largest whole unit.

    >>> format_every(604800), format_every(86400 * 3), format_every(5400)
    ('1w', '3d', '90m')
    """
    n = int(seconds)
    for unit in ("w", "d", "h", "m"):
        if n % _UNITS[unit] == 0:
            return f"{n // _UNITS[unit]}{unit}"
    return f"{n}s"


# --- the watch list -------------------------------------------------------------------------


@dataclass(frozen=True)
class WatchState:
    """A source on the watch list: its interval, its last capture and look, when it is due."""

    source_id: int
    url: str
    every: timedelta
    #: Whether `every` is the default (the source has no interval of its own).
    default: bool
    off: bool
    cited: bool
    last_capture: datetime | None
    checked_at: datetime | None
    outcome: str | None
    detail: str | None
    gone_since: datetime | None
    redirected_to: str | None
    #: None when watching is off.
    next_due: datetime | None

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `factdb sources --watch --json`."""
        iso = _iso
        return {
            "id": self.source_id,
            "url": self.url,
            "every": None if self.off else format_every(self.every.total_seconds()),
            "default_every": self.default,
            "off": self.off,
            "cited": self.cited,
            "last_capture": iso(self.last_capture),
            "last_checked": iso(self.checked_at),
            "last_outcome": self.outcome,
            "detail": self.detail,
            "gone_since": iso(self.gone_since),
            "redirected_to": self.redirected_to,
            "next_due": iso(self.next_due),
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def set_watch(
    session: Session, ref: str, *, every: timedelta | None, off: bool, actor: str
) -> SourceWatch:
    """Give source `ref` (URL or id) its own interval, or turn watching it off (`off`)."""
    if off and every is not None:
        raise UsageError("give --every or --off, not both")
    if not off and every is None:
        raise UsageError("give --every INTERVAL (e.g. 1d) or --off")
    source = find_source(session, ref)
    row = session.get(SourceWatch, source.id)
    before = None if row is None else {"every_seconds": row.every_seconds, "off": row.off}
    if row is None:
        row = SourceWatch(source_id=source.id)
        session.add(row)
    row.off = off
    if every is not None:
        row.every_seconds = int(every.total_seconds())
    row.updated_at = utcnow()
    session.flush()
    events.record(
        session,
        actor=actor,
        action="source.watch",
        entity_type="source_watch",
        entity_id=source.id,
        before=before,
        after={"every_seconds": row.every_seconds, "off": row.off},
    )
    return row


def default_every(session: Session) -> timedelta:
    """The default interval of the latest round (`watch --default-every`), else weekly."""
    options = session.scalar(select(WatchRound.options).order_by(WatchRound.id.desc()).limit(1))
    seconds = (options or {}).get("default_every")
    return timedelta(seconds=seconds) if seconds else DEFAULT_EVERY


def _cited_ids() -> Any:
    return (
        select(Snapshot.source_id)
        .join(Citation, Citation.snapshot_id == Snapshot.id)
        .join(Claim, Claim.id == Citation.claim_id)
        .where(Claim.status == "active")
        .distinct()
    )


def watch_states(
    session: Session,
    *,
    every: timedelta | None = None,
    now: datetime | None = None,
    source_id: int | None = None,
) -> Iterator[WatchState]:
    """Every source on the watch list (cited by an active claim, or given an interval),
    with those turned off, by URL; or only the source `source_id`, listed or not. `every`
    is the default interval (None: `default_every`)."""
    every = every or default_every(session)
    now = now or utcnow()
    cited = set(session.scalars(_cited_ids()))
    newest = (
        select(Snapshot.source_id, func.max(Snapshot.retrieved_at).label("last"))
        .group_by(Snapshot.source_id)
        .subquery()
    )
    query = (
        select(Source.id, Source.url, SourceWatch, newest.c.last)
        .outerjoin(SourceWatch, SourceWatch.source_id == Source.id)
        .outerjoin(newest, newest.c.source_id == Source.id)
        .order_by(Source.url)
    )
    if source_id is not None:
        query = query.where(Source.id == source_id)
    for sid, url, row, last in session.execute(query).tuples():
        listed = sid in cited or (row is not None and (row.every_seconds is not None or row.off))
        if listed or source_id is not None:
            yield _state(sid, url, row, last, sid in cited, every)


def _state(
    source_id: int,
    url: str,
    row: SourceWatch | None,
    last_capture: datetime | None,
    cited: bool,
    every: timedelta,
) -> WatchState:
    own = row.every_seconds if row is not None else None
    interval = timedelta(seconds=own) if own is not None else every
    off = row is not None and row.off
    next_due: datetime | None = None
    if not off:
        if row is not None and row.outcome == "error" and row.checked_at is not None:
            next_due = row.checked_at  # an error is retried at the next round
        else:
            times = [t for t in (row.ok_at if row else None, last_capture) if t is not None]
            next_due = max(times) + interval if times else None
    return WatchState(
        source_id=source_id,
        url=url,
        every=interval,
        default=own is None,
        off=off,
        cited=cited,
        last_capture=last_capture,
        checked_at=row.checked_at if row else None,
        outcome=row.outcome if row else None,
        detail=row.detail if row else None,
        gone_since=row.gone_since if row else None,
        redirected_to=row.redirected_to if row else None,
        next_due=next_due,
    )


# --- one round ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A source to look at, with the validators of its last answer."""

    source_id: int
    url: str
    etag: str | None
    last_modified: str | None


@dataclass
class SourceOutcome:
    """What one round found for one source."""

    source_id: int
    url: str
    outcome: str
    detail: str
    http_status: int | None = None
    snapshot: str | None = None
    new_capture: bool = False
    redirected_to: str | None = None
    gone_since: datetime | None = None
    #: The drift of each active claim citing it (changed pages only).
    drift: list[Drift] = field(default_factory=list)
    #: The active claims citing it (gone pages: they now cite a page that is gone).
    claims: list[str] = field(default_factory=list)

    def changed(self) -> bool:
        """Whether this outcome breaks a claim: a quote edited or removed, or a page gone."""
        return self.outcome == "gone" or any(d.check_status == "fail" for d in self.drift)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source_id,
            "url": self.url,
            "outcome": self.outcome,
            "http_status": self.http_status,
            "detail": self.detail,
            "snapshot": self.snapshot,
            "new_capture": self.new_capture,
            "redirected_to": self.redirected_to,
            "gone_since": _iso(self.gone_since),
            "claims": self.claims,
            "drift": [d.to_json() for d in self.drift],
        }


@dataclass
class RoundReport:
    """One round: what it tried and found, and the check run of its drift results."""

    round_id: int
    started_at: datetime
    finished_at: datetime | None = None
    #: "finished" or "interrupted" (stopped, or its deadline passed before every source).
    state: str = "running"
    outcomes: list[SourceOutcome] = field(default_factory=list)
    #: Due sources the round did not reach (deadline or stop); they stay due.
    not_reached: int = 0
    run_id: int | None = None
    #: The recorded brief builds that cite a claim this round found edited, removed or
    #: gone (`factdb.impact`).
    impacts: list[Impact] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        count = {o: sum(x.outcome == o for x in self.outcomes) for o in OUTCOMES}
        drift = [d for x in self.outcomes for d in x.drift]
        return {
            "tried": len(self.outcomes),
            "not_modified": count["not-modified"],
            "unchanged": count["unchanged"],
            "changed": count["changed"],
            "new_captures": sum(x.new_capture for x in self.outcomes),
            "gone": count["gone"],
            "errors": count["error"],
            "redirected": sum(x.redirected_to is not None for x in self.outcomes),
            "not_reached": self.not_reached,
            "drift": {s: sum(d.status == s for d in drift) for s in _DRIFT},
        }

    def changed(self) -> bool:
        """Whether something cited changed for the worse (exit 1): a quote edited or
        removed, or a page gone."""
        return any(x.changed() for x in self.outcomes)

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `factdb watch --json` (and of `--on-change`'s input)."""
        return {
            "round": self.round_id,
            "started_at": self.started_at.isoformat(),
            "finished_at": _iso(self.finished_at),
            "state": self.state,
            "run": self.run_id,
            "summary": self.summary(),
            "changed": self.changed(),
            "sources": [x.to_json() for x in self.outcomes],
            "impact": [i.to_json() for i in self.impacts],
        }


_DRIFT = ("unchanged", "moved", "edited", "removed")


class _HostGate:
    """At most one request at a time per host, `delay` seconds from the end of one to the
    start of the next."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}

    def host_lock(self, host: str) -> threading.Lock:
        with self._lock:
            return self._hosts.setdefault(host, threading.Lock())

    def wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            left = last + self.delay - time.monotonic()
            if left > 0:
                time.sleep(left)

    def done(self, host: str) -> None:
        self._last[host] = time.monotonic()


@dataclass(frozen=True)
class _Look:
    target: Target
    capture: Capture | None = None
    error: FetchError | None = None
    not_modified: bool = False


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return url


class _Clients:
    """One HTTP client per fetching thread, reused for its requests, closed at the end."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()

    def get(self) -> Any:
        client = getattr(self._local, "client", None)
        if client is None:
            from .fetch import make_client  # httpx stays out of CLI start-up

            client = self._local.client = make_client()
            with self._lock:
                self._all.append(client)
        return client

    def close(self) -> None:
        for client in self._all:
            client.close()


def _look(
    target: Target,
    gate: _HostGate,
    options: dict[str, Any],
    deadline_at: float,
    clients: _Clients,
) -> _Look:
    from .fetch import fetch_if_modified

    host = _host(target.url)
    with gate.host_lock(host):
        gate.wait(host)
        left = deadline_at - time.monotonic()
        opts = dict(options)
        opts["timeout"] = max(0.1, min(float(opts.get("timeout", 30.0)), left))
        try:
            capture = fetch_if_modified(
                target.url,
                etag=target.etag,
                last_modified=target.last_modified,
                client=clients.get(),
                **opts,
            )
        except FetchError as exc:
            return _Look(target, error=exc)
        finally:
            gate.done(host)
    return _Look(target, capture=capture, not_modified=capture is None)


def _header(headers: Sequence[Sequence[str]], name: str) -> str | None:
    for k, v in headers:
        if k.lower() == name:
            return v
    return None


def _begin(db: Database, actor: str, options: dict[str, Any]) -> WatchRound:
    """Record the start of a round, refusing while another one runs."""
    with db.session() as session:
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        # (SQLite: this transaction holds the write lock from BEGIN, see factdb.store.db.)
        now = utcnow()
        for other in session.scalars(select(WatchRound).where(WatchRound.state == "running")):
            if other.heartbeat_at > now - STALE:
                raise WatchBusy(
                    f"watch round {other.id} (started {other.started_at:%Y-%m-%d %H:%M} UTC "
                    f"by {other.actor}) is running on this database; wait for it to finish"
                )
            other.state = "interrupted"  # it died: its heartbeat stopped
            other.finished_at = other.heartbeat_at
        row = WatchRound(started_at=now, heartbeat_at=now, actor=actor, options=options)
        session.add(row)
        session.flush()
        session.expunge(row)
    return row


def _targets(
    session: Session, which: str, urls: Sequence[str], every: timedelta, now: datetime
) -> list[Target]:
    if which == "urls":
        ids = [find_source(session, u).id for u in dict.fromkeys(urls)]
    else:
        ids = [
            s.source_id
            for s in watch_states(session, every=every, now=now)
            if not s.off and (which == "all" or s.next_due is None or s.next_due <= now)
        ]
    out: list[Target] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = {
            r.source_id: r
            for r in session.scalars(select(SourceWatch).where(SourceWatch.source_id.in_(chunk)))
        }
        urls_by_id = dict(
            session.execute(select(Source.id, Source.url).where(Source.id.in_(chunk)))
            .tuples()
            .all()
        )
        # Validators of sources never watched: those of their newest HTTP capture.
        newest = (
            select(func.max(Snapshot.id))
            .where(Snapshot.source_id.in_(chunk), Snapshot.method == "http")
            .group_by(Snapshot.source_id)
        )
        headers = dict(
            session.execute(
                select(Snapshot.source_id, Snapshot.headers).where(Snapshot.id.in_(newest))
            )
            .tuples()
            .all()
        )
        for source_id in chunk:
            row = rows.get(source_id)
            etag, modified = (row.etag, row.last_modified) if row else (None, None)
            if row is None or row.checked_at is None:
                hs = headers.get(source_id) or []
                etag, modified = _header(hs, "etag"), _header(hs, "last-modified")
            out.append(Target(source_id, urls_by_id[source_id], etag, modified))
    return out


def _newest_sha(session: Session, source_id: int) -> str | None:
    return session.scalar(
        select(Snapshot.sha256)
        .where(Snapshot.source_id == source_id)
        .order_by(Snapshot.retrieved_at.desc(), Snapshot.id.desc())
        .limit(1)
    )


class _Settler:
    """Records each look in its own transaction, in the main thread."""

    def __init__(self, db: Database, report: RoundReport, actor: str) -> None:
        self.db = db
        self.report = report
        self.actor = actor
        #: The digest of the round's drift results, in id order (one writer: the round).
        self.digest = ResultsDigest()

    def _run(self, session: Session) -> CheckRun:
        if self.report.run_id is None:
            run = start_run(session, actor=self.actor)
            session.get_one(WatchRound, self.report.round_id).run_id = run.id
            self.report.run_id = run.id
            return run
        return session.get_one(CheckRun, self.report.run_id)

    def settle(self, look: _Look) -> SourceOutcome:
        target = look.target
        try:
            with self.db.session() as session:
                out = self._settle(session, look)
        except FactdbError as exc:
            # The page could not be stored (not decodable, say): an error, retried.
            with self.db.session() as session:
                out = SourceOutcome(target.source_id, target.url, "error", str(exc))
                self._record(session, out, look)
        self.report.outcomes.append(out)
        return out

    def _settle(self, session: Session, look: _Look) -> SourceOutcome:
        target = look.target
        if look.error is not None:
            status = look.error.status
            reason = str(look.error).removeprefix(f"{target.url}: ")
            kind = "gone" if status in GONE_STATUSES else "error"
            out = SourceOutcome(target.source_id, target.url, kind, reason, http_status=status)
        elif look.not_modified:
            out = SourceOutcome(
                target.source_id, target.url, "not-modified", "not modified", http_status=304
            )
        else:
            assert look.capture is not None
            out = self._compare(session, target, look.capture)
        self._record(session, out, look)
        return out

    def _compare(self, session: Session, target: Target, capture: Capture) -> SourceOutcome:
        newest = _newest_sha(session, target.source_id)
        archived = store_capture(session, capture, Overrides(url=target.url), actor=self.actor)
        moved = capture.url if capture.redirects and capture.url != target.url else None
        out = SourceOutcome(
            target.source_id,
            target.url,
            "unchanged",
            "the same bytes as its newest snapshot",
            http_status=capture.status,
            snapshot=archived.snapshot,
            new_capture=archived.new,
            redirected_to=moved,
        )
        if archived.snapshot == newest:
            return out
        out.outcome = "changed"
        to = session.scalar(select(Snapshot).where(Snapshot.sha256 == archived.snapshot))
        assert to is not None
        pairs = [(c, to) for c in source_citations(session, target.source_id)]
        if pairs:
            run = self._run(session)
            out.drift = record_drift(session, run, pairs, self.digest)
            # The run's event holds the digest of every result so far, committed with
            # them: the log matches the rows whenever the round stops (`store.runs`).
            record_run(session, run, self.digest, actor=self.actor)
        worse = sorted({d.status for d in out.drift if d.check_status == "fail"})
        out.detail = (
            f"new capture {archived.snapshot[:12]}"
            + (f"; {len(out.drift)} citation(s) rechecked" if out.drift else "")
            + (f" ({', '.join(worse)})" if worse else "")
        )
        return out

    def _record(self, session: Session, out: SourceOutcome, look: _Look) -> None:
        now = utcnow()
        row = session.get(SourceWatch, out.source_id)
        if row is None:
            row = SourceWatch(source_id=out.source_id, off=False)
            session.add(row)
        row.checked_at = now
        row.outcome = out.outcome
        row.detail = out.detail
        row.updated_at = now
        if out.outcome != "error":
            row.ok_at = now
        if out.outcome == "gone":
            row.gone_since = row.gone_since or now
            out.claims = sorted({c.claim.slug for c in source_citations(session, out.source_id)})
        elif out.outcome != "error":
            row.gone_since = None
        out.gone_since = row.gone_since
        if out.outcome in ("changed", "unchanged"):
            row.redirected_to = out.redirected_to
        if out.outcome == "error":
            pass  # validators of a page not stored would make the next request wrongly 304
        elif look.capture is not None:
            row.etag = _header(look.capture.headers, "etag")
            row.last_modified = _header(look.capture.headers, "last-modified")
        elif look.not_modified:  # the validators sent still hold
            row.etag, row.last_modified = look.target.etag, look.target.last_modified
        snapshot_id = None
        if out.snapshot is not None:
            snapshot_id = session.scalar(select(Snapshot.id).where(Snapshot.sha256 == out.snapshot))
        session.add(
            WatchOutcome(
                round_id=self.report.round_id,
                source_id=out.source_id,
                url=out.url,
                outcome=out.outcome,
                http_status=out.http_status,
                snapshot_id=snapshot_id,
                redirected_to=out.redirected_to,
                detail=out.detail,
                drift=[d.to_json() for d in out.drift],
                at=now,
            )
        )
        session.get_one(WatchRound, self.report.round_id).heartbeat_at = now


def run_round(
    db: Database,
    urls: Sequence[str] = (),
    *,
    which: str = "due",
    every: timedelta | None = None,
    jobs: int = 1,
    delay: float = 1.0,
    deadline: float = 3600.0,
    fetch_options: dict[str, Any] | None = None,
    actor: str,
    progress: Callable[[SourceOutcome], None] | None = None,
    on_targets: Callable[[int], None] | None = None,
    stop: threading.Event | None = None,
) -> RoundReport:
    """One round: fetch each source (`which`: "due", "all", or "urls" for `urls`), archive
    what changed, recheck the claims citing it, and record it all (see the module).

    `every` is the default interval (None: the last round's, else weekly); `stop`, when
    set, ends the round after the sources in flight; `progress` is called after each
    source, `on_targets` once with how many will be tried.
    """
    if which not in ("due", "all", "urls"):
        raise UsageError(f"unknown selection {which!r}")
    if which == "urls" and not urls:
        raise UsageError("name the sources to watch, or use --due or --all")
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    with db.session() as session:
        every = every or default_every(session)
        if which == "urls":  # unknown URLs are refused before anything is recorded
            for u in urls:
                find_source(session, u)
    options = {
        "which": which,
        "urls": list(urls),
        "default_every": int(every.total_seconds()),
        "jobs": jobs,
        "delay": delay,
        "deadline": deadline,
    }
    row = _begin(db, actor, options)
    report = RoundReport(round_id=row.id, started_at=row.started_at)
    settler = _Settler(db, report, actor)
    try:
        with db.session() as session:
            targets = _targets(session, which, urls, every, row.started_at)
        if on_targets is not None:
            on_targets(len(targets))
        _fetch_all(targets, settler, jobs, delay, deadline, fetch_options or {}, progress, stop)
        report.not_reached = len(targets) - len(report.outcomes)
        report.state = "interrupted" if report.not_reached else "finished"
    except BaseException:
        report.state = "interrupted"
        raise
    finally:
        _finish(db, report, settler)
    broken = {d.claim for x in report.outcomes for d in x.drift if d.check_status == "fail"}
    broken.update(c for x in report.outcomes if x.outcome == "gone" for c in x.claims)
    if broken:
        with db.session() as session:
            report.impacts = [
                i
                for i in impacts(session, claims=sorted(broken))
                if i.reason in ("edited", "removed", "gone")
            ]
    return report


def _fetch_all(
    targets: list[Target],
    settler: _Settler,
    jobs: int,
    delay: float,
    deadline: float,
    options: dict[str, Any],
    progress: Callable[[SourceOutcome], None] | None,
    stop: threading.Event | None,
) -> None:
    gate = _HostGate(delay)
    clients = _Clients()
    deadline_at = time.monotonic() + deadline
    pending = iter(targets)
    in_flight: set[Future[_Look]] = set()
    try:
        with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="factdb-watch") as pool:
            try:
                while True:
                    # Keep `jobs` fetches in flight: one page in memory per job.
                    while (
                        len(in_flight) < jobs
                        and time.monotonic() < deadline_at
                        and not (stop is not None and stop.is_set())
                    ):
                        target = next(pending, None)
                        if target is None:
                            break
                        in_flight.add(
                            pool.submit(_look, target, gate, options, deadline_at, clients)
                        )
                    if not in_flight:
                        return
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        out = settler.settle(future.result())
                        if progress is not None:
                            progress(out)
            finally:
                for future in in_flight:
                    future.cancel()
    finally:
        clients.close()


def _finish(db: Database, report: RoundReport, settler: _Settler) -> None:
    now = utcnow()
    report.finished_at = now
    with db.session() as session:
        row = session.get_one(WatchRound, report.round_id)
        row.finished_at = now
        row.heartbeat_at = now
        row.state = report.state
        row.summary = report.summary()
        if report.run_id is not None:
            run = session.get_one(CheckRun, report.run_id)
            run.finished_at = now
            run.summary = run_summary([d for x in report.outcomes for d in x.drift])
            record_run(session, run, settler.digest, actor=settler.actor)


def note_on_change(db: Database, round_id: int, result: dict[str, Any]) -> None:
    """Record how the round's --on-change command ended in its summary."""
    with db.session() as session:
        row = session.get_one(WatchRound, round_id)
        row.summary = {**(row.summary or {}), "on_change": result}


def parse_interval(value: str) -> timedelta:
    """`--interval` of `watch --loop`: as `parse_every`, and also in seconds (`30s`).

    >>> parse_interval("90s"), parse_interval("1h")
    (datetime.timedelta(seconds=90), datetime.timedelta(seconds=3600))
    """
    m = re.fullmatch(r"\s*(\d{1,6})\s*s\s*", value or "")
    if m and int(m.group(1)) > 0:
        return timedelta(seconds=int(m.group(1)))
    return parse_every(value)
