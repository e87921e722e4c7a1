"""Check runs in the event log: one event per run, holding a digest of its results.

A check run (`factdb check`, `factdb recheck`) writes many result rows; recording each as
an event would double the log. Instead the run ends with one `check.run` event holding
the run's columns and `results`: how many, how many of each status, and the SHA-256 of
every result row in id order (`ResultsDigest`). `factdb fsck` recomputes the digest from
the stored rows, so a result flipped from fail to pass, deleted or added, or a run
written around factdb, is named.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from . import events, tables
from .limits import check_row
from .types import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .models import CheckRun
    from .tables import Reader

#: The columns of a result the digest covers, in this order (all but `id` and `run_id`).
RESULT_COLUMNS = (
    "claim_id",
    "citation_id",
    "snapshot_id",
    "revision_id",
    "kind",
    "status",
    "detail",
    "data",
)


class ResultsDigest:
    """The running digest of a run's results, fed row by row in id order.

    >>> d = ResultsDigest()
    >>> d.add((1, None, 2, 3, "span", "pass", "ok", None))
    >>> d.summary()["count"], d.summary()["statuses"]
    (1, {'pass': 1})
    """

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.count = 0
        self.statuses: dict[str, int] = {}

    def add(self, row: Iterable[Any]) -> None:
        """One result: the values of `RESULT_COLUMNS`, `data` as a plain JSON value."""
        values = list(row)
        self._hash.update(events.canonical_json(values).encode())
        self._hash.update(b"\n")
        self.count += 1
        status = values[5]
        self.statuses[status] = self.statuses.get(status, 0) + 1

    def add_encoded(self, lines: Sequence[str], statuses: Iterable[str]) -> None:
        """Many results at once, each already encoded as `add` encodes its row
        (`events.canonical_json` of the values of `RESULT_COLUMNS`), with their statuses:
        the same digest as `add` on each row, with one hash update for all of them.

        >>> a, b = ResultsDigest(), ResultsDigest()
        >>> rows = [(1, None, 2, 3, "span", "pass", "ok", None),
        ...         (1, 5, 2, 3, "x", "fail", "é", {"b": 1, "a": 2})]
        >>> for row in rows:
        ...     a.add(row)
        >>> b.add_encoded([events.canonical_json(list(r)) for r in rows], [r[5] for r in rows])
        >>> a.summary() == b.summary()
        True
        """
        if not lines:
            return
        self._hash.update(("\n".join(lines) + "\n").encode())
        self.count += len(lines)
        counts = self.statuses
        for status in statuses:
            counts[status] = counts.get(status, 0) + 1

    def summary(self) -> dict[str, Any]:
        """What the run's event records of its results."""
        return {
            "count": self.count,
            "statuses": dict(sorted(self.statuses.items())),
            "sha256": self._hash.hexdigest(),
        }


def stored_digest(session: Session, run_id: int) -> ResultsDigest:
    """The digest of the results stored for run `run_id`, read in id order."""
    from .models import CheckResult

    digest = ResultsDigest()
    columns = [getattr(CheckResult, name) for name in RESULT_COLUMNS]
    query = (
        select(*columns)
        .where(CheckResult.run_id == run_id)
        .order_by(CheckResult.id)
        .execution_options(yield_per=2000)
    )
    for row in session.execute(query):
        digest.add(row)
    return digest


def run_state(run: CheckRun | RunRow) -> dict[str, Any]:
    """What the event records of the run's own row."""
    return {
        "started_at": events.when(run.started_at),
        "finished_at": None if run.finished_at is None else events.when(run.finished_at),
        "actor": run.actor,
        "tool_version": run.tool_version,
        "extractor_version": run.extractor_version,
        "summary": run.summary,
    }


def record_run(session: Session, run: CheckRun, digest: ResultsDigest, *, actor: str) -> None:
    """Append the run's event (its columns and its results' digest) to the log, in the
    caller's transaction, once every result of the run is written."""
    session.flush()
    events.record(
        session,
        actor=actor,
        action="check.run",
        entity_type="check_run",
        entity_id=run.id,
        after={**run_state(run), "results": digest.summary()},
    )


@dataclass
class RunRow:
    """A check run written through Core (`start_run_row`, `record_run_row`): its columns,
    as a `CheckRun` holds them."""

    id: int
    started_at: datetime
    actor: str
    tool_version: str
    extractor_version: str
    finished_at: datetime | None = None
    summary: dict[str, Any] | None = None


def start_run_row(db: Reader, *, actor: str, tool_version: str, extractor_version: str) -> RunRow:
    """Record the start of a check run through Core, in the transaction of `db` (a session
    or a Core connection): the row `CheckRun` would insert (its summary `{}` until the run
    ends), refused as the ORM's flush refuses it (`limits`)."""
    values: dict[str, Any] = {
        "started_at": utcnow(),
        "actor": actor,
        "tool_version": tool_version,
        "extractor_version": extractor_version,
    }
    t = tables.check_run
    check_row(t, values.items())
    tables.autoflush(db)
    run_id = db.execute(insert(t).values(**values, summary={}).returning(t.c.id)).scalar_one()
    return RunRow(run_id, **values)


def record_run_row(db: Reader, run: RunRow, digest: ResultsDigest, *, actor: str) -> None:
    """`record_run` for a run written through Core: its end and summary stored, then its
    event appended (`events.append`), once every result of the run is written."""
    tables.autoflush(db)
    t = tables.check_run
    db.execute(
        update(t).where(t.c.id == run.id).values(finished_at=run.finished_at, summary=run.summary)
    )
    events.append(
        db,
        actor=actor,
        action="check.run",
        entity_type="check_run",
        entity_id=run.id,
        after={**run_state(run), "results": digest.summary()},
    )
