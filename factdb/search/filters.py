"""Search filters as SQL conditions, and each claim's overall check status (the worst of its
current results, `factdb.store.results`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text

from ..errors import BadFilter, UnknownSource
from ..statuses import CHECK_FILTERS, CLAIM_STATUSES, worst
from ..statuses import STATUSES as CHECK_STATUSES
from ..store import tables
from ..store.lookups import source_row
from ..store.results import current_condition, effective_status

if TYPE_CHECKING:
    from ..store.tables import Reader

STATUSES = CLAIM_STATUSES
_CHUNK = 500

_UNIT_ALIASES = {
    "percent": "percent",
    "%": "percent",
    "pct": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "percentage point": "percentage point",
    "percentage points": "percentage point",
    "pp": "percentage point",
    "year": "year",
    "years": "year",
    "number": "number",
}
#: Units that stand for a kind of value rather than a stored unit.
_KIND_UNITS = {"year", "number"}


def resolve_unit(unit: str) -> str:
    """The stored unit for a unit as a user writes it.

    >>> resolve_unit("%"), resolve_unit("usd"), resolve_unit("$"), resolve_unit("euros")
    ('percent', 'USD', 'USD', 'EUR')
    """
    name = " ".join(unit.strip().split())
    low = name.lower()
    if low in _UNIT_ALIASES:
        return _UNIT_ALIASES[low]
    # Imported here: the quantities engine is needed only for a currency filter.
    from ..engine.quantities import _CURRENCY_CODES, _CURRENCY_SYMBOLS, _CURRENCY_WORDS

    if name.upper() in _CURRENCY_CODES or name.upper() in _CURRENCY_WORDS.values():
        return name.upper()
    if name in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[name]
    word = low[:-1] if low.endswith("s") and low[:-1] in _CURRENCY_WORDS else low
    if word in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[word]
    raise BadFilter(
        f"unknown unit {unit!r}: use percent, percentage point, year, number, "
        "or a currency (USD, EUR, GBP, IRR, ...)"
    )


def parse_date(value: str, *, end: bool, name: str) -> str:
    """A bound for publication dates as YYYY-MM-DD from YYYY, YYYY-MM or YYYY-MM-DD.

    >>> parse_date("2019-08", end=True, name="published-until")
    '2019-08-31'
    """
    raw = value.strip()
    try:
        if re.fullmatch(r"\d{4}", raw):
            day = date(int(raw), 12, 31) if end else date(int(raw), 1, 1)
        elif re.fullmatch(r"\d{4}-\d{2}", raw):
            year, month = int(raw[:4]), int(raw[5:])
            day = date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        else:
            day = date.fromisoformat(raw)
    except ValueError:
        raise BadFilter(
            f"{name} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
        ) from None
    return day.isoformat()


@dataclass(frozen=True)
class Filters:
    """Structured filters; every one given must hold."""

    tags: tuple[str, ...] = ()
    source: str | None = None
    status: str | None = None
    check: str | None = None
    published_since: str | None = None
    published_until: str | None = None
    value_min: float | None = None
    value_max: float | None = None
    unit: str | None = None

    def any(self) -> bool:
        return any(
            v not in (None, ())
            for v in (
                self.tags,
                self.source,
                self.status,
                self.check,
                self.published_since,
                self.published_until,
                self.value_min,
                self.value_max,
                self.unit,
            )
        )


def _member(claim_id: str, correlated: bool, source: str, column: str, where: str) -> str:
    """`claim_id` is among the claims that `source` (a FROM clause, with the claim id in
    `column`) holds rows for under `where`.

    Correlated, as EXISTS, for search queries: checked per match, it never drives the
    plan (a subquery listed with IN can be pushed into the FTS5 table as rowid = ?, one
    full-text lookup per listed claim). As IN for filters alone, where the filter's rows
    are the few claims to read.
    """
    if correlated:
        return f"EXISTS (SELECT 1 FROM {source} WHERE {column} = {claim_id} AND {where})"
    return f"{claim_id} IN (SELECT {column} FROM {source} WHERE {where})"


def conditions(
    session: Reader, f: Filters, claim_id: str = "c.id", *, correlated: bool = False
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on the claim whose id is `claim_id` for the filters, with their
    parameters (see `_member` for `correlated`)."""
    conds: list[str] = []
    params: dict[str, Any] = {}

    def member(source: str, column: str, where: str) -> None:
        conds.append(_member(claim_id, correlated, source, column, where))

    if f.status is not None:
        if f.status not in STATUSES:
            raise BadFilter(f"unknown status {f.status!r}: use active or retracted")
        member("claim cs", "cs.id", "cs.status = :status")
        params["status"] = f.status
    for i, tag in enumerate(f.tags):
        member("claim_tag t", "t.claim_id", f"t.tag = :tag{i}")
        params[f"tag{i}"] = tag
    if f.source is not None:
        try:
            source = source_row(session, f.source, tables.source.c.id)
        except UnknownSource:
            raise BadFilter(f"no source {f.source} (give a source URL or id)") from None
        member(_CITED, "ci.claim_id", "sn.source_id = :source_id")
        params["source_id"] = source.id
    if f.published_since is not None or f.published_until is not None:
        where = ["s.published IS NOT NULL"]
        if f.published_since is not None:
            where.append("substr(s.published, 1, 10) >= :since")
            params["since"] = parse_date(f.published_since, end=False, name="published-since")
        if f.published_until is not None:
            where.append("substr(s.published, 1, 10) <= :until")
            params["until"] = parse_date(f.published_until, end=True, name="published-until")
        if "since" in params and "until" in params and params["since"] > params["until"]:
            raise BadFilter("published-since is after published-until")
        member(_CITED + " JOIN source s ON s.id = sn.source_id", "ci.claim_id", " AND ".join(where))
    if f.unit is not None or f.value_min is not None or f.value_max is not None:
        where = ["v.value IS NOT NULL"]
        if f.unit is not None:
            unit = resolve_unit(f.unit)
            if unit in _KIND_UNITS:
                where.append("v.kind = :unit")
            else:
                where.append("v.unit = :unit")
            params["unit"] = unit
        if f.value_min is not None:
            where.append("v.value >= :vmin")
            params["vmin"] = float(f.value_min)
        if f.value_max is not None:
            where.append("v.value <= :vmax")
            params["vmax"] = float(f.value_max)
        if f.value_min is not None and f.value_max is not None and f.value_min > f.value_max:
            raise BadFilter(f"value-min {f.value_min:g} is above value-max {f.value_max:g}")
        member("search_value v", "v.claim_id", " AND ".join(where))
    if f.check is not None:
        conds.append(check_condition(f.check, claim_id))
    return conds, params


_CITED = "citation ci JOIN snapshot sn ON sn.id = ci.snapshot_id"


def _latest(claim_id: str) -> str:
    """SQL: the current results (`factdb.store.results`) of the claim whose id is `claim_id`."""
    current = current_condition("r")
    return f"SELECT 1 FROM check_result r WHERE r.claim_id = {claim_id} AND {current}"


def check_condition(check: str, claim_id: str = "c.id") -> str:
    """SQL: the claim whose id is `claim_id` has this overall check status (the worst of
    its latest results as reviews leave them: fail > warn > unverified > reviewed > pass), or
    was never checked."""
    if check == "unchecked":
        return f"NOT EXISTS ({_latest(claim_id)})"
    if check not in CHECK_STATUSES:
        raise BadFilter(
            f"unknown check status {check!r}: use {', '.join(CHECK_FILTERS[:-1])} or unchecked"
        )
    latest = _latest(claim_id)
    # This status among the latest results (pass: any result at all), none worse.
    status = effective_status("r")
    worse = CHECK_STATUSES[CHECK_STATUSES.index(check) + 1 :]
    if check == "pass":
        cond = f"EXISTS ({latest})"
    else:
        cond = f"EXISTS ({latest} AND {status} = '{check}')"
    if worse:
        cond += f" AND NOT EXISTS ({latest} AND {status} IN ({', '.join(map(repr, worse))}))"
    return cond


def check_status(session: Reader, claim_ids: Sequence[int]) -> dict[int, str]:
    """Each claim's overall latest check status: fail, warn, unverified, reviewed, pass (the
    worst of its latest results, as reviews leave them), or unchecked."""
    out = {i: "unchecked" for i in claim_ids}
    ids = list(claim_ids)
    for i in range(0, len(ids), _CHUNK):
        rows = session.execute(
            text(
                f"SELECT r.claim_id, {effective_status('r')} FROM check_result r "
                "WHERE r.claim_id IN :ids "
                f"AND {current_condition('r')}"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids[i : i + _CHUNK]},
        )
        for claim_id, status in rows:
            now = out[claim_id]
            out[claim_id] = status if now == "unchecked" else worst((now, status))
    return out
