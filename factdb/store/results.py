"""Current results: which recorded check and drift results still count.

A result is bound to what it judged: the claim revision in force when it was recorded
(`CheckResult.revision_id`), the citation (`citation_id`, None for claim-wide checks such
as "supported") and the cited snapshot (`snapshot_id`). It is **current** while

- it is the latest result of its check on its citation (a newer check run, or a recheck
  against a newer capture, supersedes it),
- a citation's result still judges that citation's snapshot and quote (`claim rebase`
  moves the citation to another capture and so supersedes its results), and
- no later revision of its claim changed what it judged:

| later revision | supersedes |
| --- | --- |
| a new statement (edit, import) | every result of the claim |
| a retraction | every result of the claim |
| a new or rebased citation, a language | the claim-wide results ("supported") |
| tags alone (an import's revision of kind `tags`) | nothing |
| a rating (`claim rate`, kind `rate`) | nothing |

"supported" reads every quote, in the statement's language: a citation added, rebased
(cite, rebase, import) or a language (`edit --lang`, import) changes what it judged.
So a tag change never hides a drift failure or a check result: the statement and the
quotes they judged are the same. A citation's own results (integrity, span, html-span,
drift) judge that citation alone: a citation added beside it, or a language, leaves them.
Revisions are judged by what they record (`kind`, old and new statement), so those
written before this rule are judged alike (an older import of tags alone, of kind
`import`, counts as an import).

A person's review (`factdb review`, a `claim_review` row) answers one result of one check
on one citation (or the claim). It **holds** while it is the latest review of that check on
that citation, no later revision of the claim other than tags or a rating was made, and the
current result of that check still has the status, detail and snapshot it answered (a new
check run that finds the same counts as the same). While it holds, the result reads
`reviewed` (accepted) or `fail` (rejected): `effective_status`. Otherwise it has lapsed.

Only current results count anywhere: check's exit code, the audit, search's and claims
list's `--check`/`--status` filters, the viewer, exports and briefs. This module is the
one definition of that rule: `current_condition` (SQL, for the search and filter queries
written as text) and `current_select` (the same condition as a SQLAlchemy select).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from . import tables

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row, Select

    from .tables import Reader

__all__ = [
    "RATING",
    "TAGS_ONLY",
    "current_condition",
    "current_results",
    "current_select",
    "effective_status",
    "review_holds",
    "revision_ids",
    "supersedes",
]


#: Revision kind of a change to tags alone (an import that changes nothing else).
TAGS_ONLY = "tags"
#: Revision kind of the desk's rating (`factdb claim rate`): it judges, it changes nothing
#: a check judged.
RATING = "rate"


def supersedes(cr: str, r: str) -> str:
    """SQL: claim revision `cr` changed something the check_result row `r` judged (both
    table names or aliases): see the table above.

    >>> "'retract'" in supersedes("cr", "r")
    True
    """
    return (
        f"({cr}.kind = 'retract' "
        f"OR coalesce({cr}.old_statement, '') <> coalesce({cr}.new_statement, '') "
        f"OR ({r}.citation_id IS NULL AND {cr}.kind NOT IN ('{TAGS_ONLY}', '{RATING}')))"
    )


def current_condition(r: str = "check_result") -> str:
    """SQL: the check_result row named `r` (a table name or alias) is current.

    >>> "max(r2.run_id)" in current_condition("r")
    True
    """
    return (
        f"{r}.revision_id IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM claim_revision cr "
        f"WHERE cr.claim_id = {r}.claim_id AND cr.id > {r}.revision_id "
        f"AND {supersedes('cr', r)}) "
        f"AND ({r}.citation_id IS NULL OR {r}.snapshot_id = "
        f"(SELECT ci.snapshot_id FROM citation ci WHERE ci.id = {r}.citation_id)) "
        f"AND {r}.run_id = (SELECT max(r2.run_id) FROM check_result r2 "
        f"WHERE r2.claim_id = {r}.claim_id AND r2.kind = {r}.kind "
        f"AND coalesce(r2.citation_id, 0) = coalesce({r}.citation_id, 0))"
    )


#: Revision kinds that change nothing a review judged.
KEEPS_REVIEWS = (TAGS_ONLY, RATING)


def review_holds(rv: str, r: str) -> str:
    """SQL: the claim_review row `rv` holds for the current check_result row `r` (both
    table names or aliases): see the module's docstring.

    >>> "max(rv2.id)" in review_holds("rv", "r")
    True
    """
    keeps = ", ".join(f"'{kind}'" for kind in KEEPS_REVIEWS)
    return (
        f"{rv}.claim_id = {r}.claim_id AND {rv}.kind = {r}.kind "
        f"AND coalesce({rv}.citation_id, 0) = coalesce({r}.citation_id, 0) "
        f"AND coalesce({rv}.snapshot_id, 0) = coalesce({r}.snapshot_id, 0) "
        f"AND {rv}.status = {r}.status AND {rv}.detail = {r}.detail "
        f"AND {rv}.id = (SELECT max(rv2.id) FROM claim_review rv2 "
        f"WHERE rv2.claim_id = {rv}.claim_id AND rv2.kind = {rv}.kind "
        f"AND coalesce(rv2.citation_id, 0) = coalesce({rv}.citation_id, 0)) "
        f"AND NOT EXISTS (SELECT 1 FROM claim_revision crv WHERE crv.claim_id = {rv}.claim_id "
        f"AND crv.id > {rv}.revision_id AND crv.kind NOT IN ({keeps}))"
    )


def effective_status(r: str = "check_result") -> str:
    """SQL: the status the current check_result row `r` reads: `reviewed` or `fail` while a
    review holds for it (accepted or rejected), else its own.

    >>> "'reviewed'" in effective_status("r")
    True
    """
    return (
        "coalesce((SELECT CASE WHEN rv.verdict = 'accept' THEN 'reviewed' ELSE 'fail' END "
        f"FROM claim_review rv WHERE {review_holds('rv', r)}), {r}.status)"
    )


def current_select(
    *columns: Any,
    claim_ids: Sequence[int] | None = None,
    kind: str | None = None,
    table: Any = None,
) -> Select[Any]:
    """SELECT `columns` of the current results (of one `kind`, if given), for some claims
    or all, in result id order; `columns` may name other tables joined by the caller.
    `table` is the check_result table they are of: the model's (`CheckResult`, the
    default) or `tables.check_result` (Core columns, without loading the ORM)."""
    if table is None:
        from .models import CheckResult

        table = CheckResult.__table__
    query = (
        select(*columns)
        .select_from(table)
        .where(text(current_condition(table.name)))
        .order_by(table.c.id)
    )
    if claim_ids is not None:
        query = query.where(table.c.claim_id.in_(list(claim_ids)))
    if kind is not None:
        query = query.where(table.c.kind == kind)
    return query


def current_results(db: Reader, claim_ids: Sequence[int]) -> dict[int, list[Row[Any]]]:
    """Each claim's current results (rows of `tables.check_result`), in result id order.
    `db` is a session or a Core connection."""
    r = tables.check_result
    out: dict[int, list[Row[Any]]] = {}
    ids = list(claim_ids)
    tables.autoflush(db)
    for i in range(0, len(ids), 500):  # drivers cap a statement's parameters
        query = (
            select(r)
            .where(text(current_condition(r.name)), r.c.claim_id.in_(ids[i : i + 500]))
            .order_by(r.c.id)
        )
        for row in db.execute(query):
            out.setdefault(row.claim_id, []).append(row)
    return out


def revision_ids(conn: Connection, claim_ids: Sequence[int]) -> dict[int, int]:
    """Each claim's latest revision id: what a result recorded now judges."""
    t = tables.claim_revision
    ids = sorted(set(claim_ids))
    out: dict[int, int] = {}
    for i in range(0, len(ids), 500):  # drivers cap a statement's parameters
        rows = conn.execute(
            select(t.c.claim_id, func.max(t.c.id))
            .where(t.c.claim_id.in_(ids[i : i + 500]))
            .group_by(t.c.claim_id)
        )
        out.update((claim_id, revision_id) for claim_id, revision_id in rows)
    return out
