"""Check statuses: the words a check answers with, their order, and what fails a run.

| status | means | fails a run |
| --- | --- | --- |
| pass | every comparison held | never |
| reviewed | a person accepted what the machine could not settle (`factdb review`) | never |
| unverified | "needs review": nothing compared, or an element unreadable | with `strict` |
| warn | it holds, but deserves a look (e.g. a dropped hedge) | with `strict` |
| fail | it does not hold | always |

A claim's overall status is the worst of its results: fail > warn > unverified > reviewed >
pass. No check answers `reviewed`: a result a person accepted (`factdb review --accept`)
reads `reviewed` while the review holds, one a person rejected reads `fail`
(`factdb.store.results.effective_status`).

The drift check (`factdb recheck`) says where a cited quote stands on a newer capture,
and its result has the check status that word maps to (`drift_status`):

| drift | means | check status |
| --- | --- | --- |
| unchanged | the same words, at the same place | pass |
| moved | the same words, elsewhere in the page | pass |
| edited | a similar passage with other words | fail |
| removed | no passage similar enough | fail |

A retracted claim is neither: the audit counts it apart (`RETRACTED`), never as failing.
Pure: imported by `checks`, `drift`, `search`, `audit`, `briefs` and the faces alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

STATUSES = ("pass", "reviewed", "unverified", "warn", "fail")
#: Triage order: what needs a person first.
TRIAGE = tuple(reversed(STATUSES))
#: The verdicts of a review, and the status a result reads under each.
VERDICTS = {"accept": "reviewed", "reject": "fail"}
#: The checks a review may answer (`factdb review --check`).
REVIEW_CHECKS = ("integrity", "span", "html-span", "supported", "drift")
#: Checks whose failure means the record is broken: a person cannot accept it.
UNREVIEWABLE = ("integrity", "span", "html-span")
#: What text output calls each status, where the bare word would mislead.
LABELS = {"unverified": "needs review"}
_RANK = {status: rank for rank, status in enumerate(STATUSES)}
#: Where a quote stands on a newer capture (the drift check), best first.
DRIFT_STATUSES = ("unchanged", "moved", "edited", "removed")
#: The check status of each drift status.
DRIFT_CHECK_STATUS = {"unchanged": "pass", "moved": "pass", "edited": "fail", "removed": "fail"}
#: What the audit reports a retracted claim as, apart from the check statuses.
RETRACTED = "retracted"
#: A claim's own status (a retracted claim is kept, never deleted).
CLAIM_STATUSES = ("active", RETRACTED)
#: A claim's overall check status (the worst of its current results, `factdb.store.results`),
#: or unchecked (no current result: never checked, or changed since): what searches and
#: listings filter by.
CHECK_FILTERS = (*STATUSES, "unchecked")


def drift_status(drift: str) -> str:
    """The check status of a drift status: edited and removed fail, the others pass.

    >>> drift_status("moved"), drift_status("removed")
    ('pass', 'fail')
    """
    return DRIFT_CHECK_STATUS[drift]


def label(status: str) -> str:
    """How text output names a status: `unverified` is "needs review", never a pass.

    >>> label("unverified"), label("warn")
    ('needs review', 'warn')
    """
    return LABELS.get(status, status)


def worst(statuses: Iterable[str], default: str = "pass") -> str:
    """The overall status of several results: fail > warn > unverified > reviewed > pass.

    >>> worst(["pass", "unverified", "pass"]), worst(["unverified", "warn"]), worst([])
    ('unverified', 'warn', 'pass')
    >>> worst(["pass", "reviewed"])
    'reviewed'
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


__all__ = [
    "CHECK_FILTERS",
    "CLAIM_STATUSES",
    "DRIFT_CHECK_STATUS",
    "DRIFT_STATUSES",
    "LABELS",
    "RETRACTED",
    "REVIEW_CHECKS",
    "STATUSES",
    "TRIAGE",
    "UNREVIEWABLE",
    "VERDICTS",
    "drift_status",
    "failing",
    "label",
    "run_failed",
    "worst",
]
