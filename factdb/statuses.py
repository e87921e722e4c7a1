"""Check statuses: the words a check answers with, their order, and what fails a run.

| status | means | fails a run |
| --- | --- | --- |
| pass | every comparison held | never |
| unverified | "needs review": nothing compared, or an element unreadable | with `strict` |
| warn | it holds, but deserves a look (e.g. a dropped hedge) | with `strict` |
| fail | it does not hold | always |

A claim's overall status is the worst of its results: fail > warn > unverified > pass.
Pure: imported by `checks`, `search`, `audit` and the faces alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

STATUSES = ("pass", "unverified", "warn", "fail")
#: What text output calls each status, where the bare word would mislead.
LABELS = {"unverified": "needs review"}
_RANK = {status: rank for rank, status in enumerate(STATUSES)}


def label(status: str) -> str:
    """How text output names a status: `unverified` is "needs review", never a pass.

    >>> label("unverified"), label("warn")
    ('needs review', 'warn')
    """
    return LABELS.get(status, status)


def worst(statuses: Iterable[str], default: str = "pass") -> str:
    """The overall status of several results: fail > warn > unverified > pass.

    >>> worst(["pass", "unverified", "pass"]), worst(["unverified", "warn"]), worst([])
    ('unverified', 'warn', 'pass')
    """
    return max(statuses, key=lambda s: _RANK.get(s, 0), default=default)


def failing(status: str, strict: bool = False) -> bool:
    """Whether a result (or a claim's overall status) with this status fails a run: `fail`
    always; `warn` and `unverified` only when `strict`.

    >>> failing("unverified"), failing("unverified", strict=True), failing("pass", True)
    (False, True, False)
    """
    return status == "fail" or (strict and status in ("warn", "unverified"))


def run_failed(counts: Mapping[str, int], strict: bool = False) -> bool:
    """Whether a run with these counts by status fails (exit 1): see `failing`."""
    return any(n and failing(status, strict) for status, n in counts.items())


__all__ = ["LABELS", "STATUSES", "failing", "label", "run_failed", "worst"]
