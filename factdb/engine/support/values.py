"""Values compared: numbers within their intervals (hedges, rounding, units), relative
values, dates, decades and centuries, and periods."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .patterns import _alt
from .readers import _out_of
from .results import _YEAR_HEDGE, Reading, Value, _close
from .rules import _is_time, _units, rules_for

_NO_PERIOD = "the quote gives no period for its figure"


def _compare(s: Value, q: Value, published: date | None) -> tuple[str, str]:
    """How quote value ``q`` stands to statement value ``s``: (verdict, note)."""
    if s.kind == "unit" and q.kind == "number" and (s.unit or "").startswith("count / "):
        # "300 animals a month" for a bare "300": the count per period against a count
        # leaves the period uncompared (see _far_period for one said further on).
        return "missing", _NO_PERIOD
    if s.kind == "unit" and q.kind == "number" and not _is_time(s.dim or ""):
        # "87 kilobytes" for a bare "87": which magnitude the quote means, it does not say.
        return "missing", f"the quote's figure has no unit ({s.unit})"
    if s.kind == "unit" and q.kind == "number":
        # "Roof tinha 21 anos" for "Roof, who was 21": the unit as written, the same figure.
        written = replace(
            s, value=(s.value - s.offset) / s.factor, precision=s.precision / s.factor
        )
        return _compare_numbers(written, q, same_unit=True)
    if s.kind in ("decade", "century"):
        return _compare_periods(s, q)
    if s.kind == "relative":
        return _compare_relative(s, q, published)
    if s.kind == "year" and q.kind == "number" and q.text.isdigit() and s.label != "year":
        # "murieron 2000 personas" against "más de 2000": a count, whatever its digits.
        return _compare_numbers(replace(s, kind="number"), q, same_unit=True)
    if s.kind in ("date", "year") or q.kind == "date":
        return _compare_dates(s, q, published)
    if s.kind == "rank":
        return ("match", "") if s.value == q.value else ("contradicted", "")
    if s.kind == "number" and q.kind in ("unit", "money") and q.kind != s.kind:
        # An unqualified number in the statement ("23.7 billion") against "23,7 Milliarden
        # Euro" or "40 years": compare what is written, before any unit conversion.
        if q.factor != 1.0 or q.offset:
            q = replace(
                q,
                value=(q.value - q.offset) / q.factor,
                precision=q.precision / q.factor,
                factor=1.0,
                offset=0.0,
            )
        return _compare_numbers(s, q, same_unit=True)
    if s.dim != q.dim and s.kind != "number":
        if s.kind == "points" and q.kind == "percent":
            if abs(s.value - q.value) > s.precision + q.precision:
                # "71 percentage points higher" for "96 Prozent": a difference against a
                # level, no counterpart of its kind (the reader would work it out); the
                # same figure in points for percent is the classic misstatement.
                return "missing", "the quote gives a percentage, no difference in points"
            return "contradicted", "percentage points are not percent"
        return "contradicted", f"{s.dim} is not {q.dim}"
    counts, quoted_counts = _out_of(s), _out_of(q)
    if counts and quoted_counts and (counts[1] != quoted_counts[1] or not (s.hedge or q.hedge)):
        # "14 sur 64" for "7 out of 32": a count out of a total is two counts, not the share
        # they make (which meets a percentage only: "22 %"). Out of one total, a hedged
        # count is compared as the share, which compares the counts ("about 14 of 64").
        if counts == quoted_counts:
            return "match", ""
        return "contradicted", "a count out of a total is compared as two counts"
    if s.kind == "number" and not counts and quoted_counts and s.hedge is None:
        # "12 voted for it" for "12 of 15 voted for it": the quote states its count (not
        # only the share it makes). Its total is no paraphrase of the count ("5 were
        # infected" for "4 of the 5"): compared as before, as the share.
        if s.value == quoted_counts[0]:
            return "match", ""
    verdict = _compare_numbers(s, q, same_unit=s.kind != "unit" or s.unit == q.unit)
    if verdict[0] == "overstated" and _calendar_equal(s, q):
        # "a 180-day review period" for "a six-month review period": the calendar's
        # convention (a month of 30 days), not a figure more precise than the quote's.
        return "match", "a month of 30 days, a year of 365"
    if verdict[0] in ("match", "overstated") and _unit_swapped(s, q):
        # "over 1,500 yards" for "1500 Metern": true by conversion, but the figure is the
        # quote's with another unit put to it.
        return "contradicted", f"the quote's figure is in {q.unit}, not {s.unit}"
    return verdict


#: Units of time one holds a whole number of by the calendar's convention (a month of 30
#: days, a year of 365 days or 52 weeks), for `_calendar_equal`.
_CALENDAR_COUNTS = {
    ("day", "month"): 30,
    ("day", "year"): 365,
    ("week", "year"): 52,
}


def _calendar_equal(s: Value, q: Value) -> bool:
    """Whether unhedged durations `s` and `q`, in days and months (or days or weeks and
    years), are equal by the calendar's convention: 180 days are six months, 365 days a
    year; their figures as written, whole."""
    if s.kind != "unit" or q.kind != "unit" or s.hedge or q.hedge or not (s.factor and q.factor):
        return False
    small, large = sorted((s, q), key=lambda v: v.factor)
    count = _CALENDAR_COUNTS.get((small.unit or "", large.unit or ""))
    if count is None:
        return False
    few, many = large.value / large.factor, small.value / small.factor
    return few == int(few) and many == int(many) and many == few * count


def _compare_relative(s: Value, q: Value, published: date | None) -> tuple[str, str]:
    """A time counted from the page's date ("last year", "vor zwei Jahren") against the
    quote's same kind of words, or against its date placed by the page's date."""
    if q.kind == "relative":
        if s.unit != q.unit or s.unit == "calendar" and s.dim != q.dim:
            return "missing", f"{q.text!r} counts otherwise than {s.text!r}"
        if s.unit == "calendar":
            return ("match", "") if s.value == q.value else ("contradicted", "")
        # "vor elf Monaten" for "vor knapp einem Jahr": the durations counted back.
        ds, dq = _ago_duration(s), _ago_duration(q)
        assert ds is not None and dq is not None
        return _compare(ds, dq, published)
    if published is None:
        return "missing", f"the page's date is unknown: {s.text!r} names no date"
    qy, qm, qd = q.ymd or (None, None, None)
    if q.kind == "year" and qy is None:
        qy = int(q.value)
    n, unit = int(s.value), s.dim
    place = f"{s.text!r} on a page dated {published.isoformat()}"
    if s.hedge is not None or s.value != n:
        return "missing", f"{place} is no one date"
    if unit == "year":
        year = published.year + n
        if qy is None:
            return "missing", "the quote gives no year"
        if qy == year:
            return "match", f"{place} is {year}"
        if s.unit == "ago" and abs(qy - year) == 1:
            return "missing", f"{place} is about {year}"
        return "contradicted", f"{place} is {year}"
    if unit == "month":
        months = published.year * 12 + published.month - 1 + n
        year, month = divmod(months, 12)
        month += 1
        if qm is None:
            if qy is not None and qy != year:
                return "contradicted", f"{place} is {year}-{month:02d}"
            return "missing", "the quote gives no month"
        if qy is None:
            qy = year if q.context_years in (frozenset(), frozenset({year})) else None
        if qy is None:
            return "missing", "the quote gives no year"
        off = (qy * 12 + qm - 1) - (year * 12 + month - 1)
        if off == 0:
            return "match", f"{place} is {year}-{month:02d}"
        if s.unit == "ago" and abs(off) == 1:
            return "missing", f"{place} is about {year}-{month:02d}"
        return "contradicted", f"{place} is {year}-{month:02d}"
    if unit in ("week", "day"):
        target = published + timedelta(days=n * (7 if unit == "week" else 1))
        if qy is None and q.context_years in (frozenset(), frozenset({target.year})):
            qy = target.year  # "Feb. 29" on a page of March 2020: its year
        if qy is None or qm is None or qd is None:
            if qm is not None:
                off = ((qy or target.year) - target.year) * 12 + qm - target.month
                if abs(off) > 1:
                    return "contradicted", f"{place} is {target.isoformat()}"
            return "missing", "the quote gives no day"
        try:
            day = date(qy, qm, qd)
        except ValueError:
            return "missing", ""
        if unit == "day" or s.unit == "calendar":
            same = (
                day == target
                if unit == "day"
                else day.isocalendar()[:2] == target.isocalendar()[:2]
            )
            if same:
                return "match", f"{place} is {target.isoformat()}"
            return "contradicted", f"{place} is {target.isoformat()}"
        gap = abs((day - target).days)
        if gap <= 3:
            return "match", f"{place} is about {target.isoformat()}"
        if gap <= 7:
            return "missing", f"{place} is about {target.isoformat()}"
        return "contradicted", f"{place} is about {target.isoformat()}"
    return "missing", f"{place} names no date"


def _unit_swapped(s: Value, q: Value) -> bool:
    """Whether a hedged or compared measurement of the statement writes the quote's figure
    with another unit of its dimension ("über 1.500 Yards" for "1500 Metern")."""
    if s.kind != "unit" or q.kind != "unit" or s.hedge is None or s.unit == q.unit:
        return False
    if not s.unit or not q.unit or not s.factor or not q.factor or s.offset or q.offset:
        return False
    written_s, written_q = s.value / s.factor, q.value / q.factor
    return _close(written_s, written_q) and not _close(s.value, q.value)


def _inside(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Interval a within interval b."""
    alo, ahi, alo_open, ahi_open = a
    blo, bhi, blo_open, bhi_open = b
    lo_ok = alo > blo or (alo == blo and (not blo_open or alo_open))
    hi_ok = ahi < bhi or (ahi == bhi and (not bhi_open or ahi_open))
    return lo_ok and hi_ok


def _overlap(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    alo, ahi, alo_open, ahi_open = a
    blo, bhi, blo_open, bhi_open = b
    if ahi < blo or bhi < alo:
        return False
    if ahi == blo and (ahi_open or blo_open):
        return False
    if bhi == alo and (bhi_open or alo_open):
        return False
    return True


def _compare_numbers(s: Value, q: Value, *, same_unit: bool) -> tuple[str, str]:
    verdict = _compare_figures(s, q, same_unit=same_unit)
    if (
        (verdict[0] != "contradicted" or (not verdict[1] and s.hedge and q.hedge))
        and (s.hedge or q.hedge)
        and _scale_slip(s, q)
    ):
        # "54万以上" for "540万以上", "54 million" for "540万以上", "25.000 dólares" for "up
        # to $250,000": the quote's digits at another order of magnitude are a slip of
        # scale, though a bound may hold both; not a weaker paraphrase. A contradiction with
        # no reason of its own between two bounds ("la multa máxima es de 25.000 dólares" for
        # "up to $250,000") says so too.
        return "contradicted", "the same digits at another scale"
    return verdict


def _compare_figures(s: Value, q: Value, *, same_unit: bool) -> tuple[str, str]:
    """`_compare_numbers` before its check of a slip of scale."""
    si, qi = s.interval(), q.interval()
    if s.hedge in ("more_than", "less_than") and 0 < q.precision < 0.5:
        # "above 3" for "3.4388": a bound on a measure, not "4 or more" of a count.
        si = replace(s, precision=0.0).interval()
    if s.hedge is None and q.hedge is None:
        if _close(s.value, q.value):
            step = 2 * q.precision
            round_figure = (
                s.precision >= 0.5 and step > 0 and _close(s.value / step, round(s.value / step))
            )
            if same_unit and 0 < s.precision < q.precision and not round_figure:
                # "35,012" for "3.5万" adds digits the quote lacks; "35,000" only zeros.
                return "overstated", "the statement is more precise than the quote"
            return "match", ""
        gap = abs(s.value - q.value)
        # Rounding half up: 3.65 rounds to 3.7, but 1.5 years is not "2 years" (a tie is
        # no rounding a reader would accept), so the gap must be strictly inside.
        slack = s.precision * (1 - 1e-9) if same_unit else (s.precision + q.precision) * (1 + 1e-9)
        if not same_unit and gap >= s.precision and gap > 0.01 * max(abs(s.value), abs(q.value)):
            # "250 km/h" is "155 mph" (0.2% apart), but "two years" is not "18 months":
            # both roundings together may bridge a conversion, never a quarter of it.
            slack = 0.0
        if gap and s.kind == "percent" and q.kind == "percent" and s.value in (0.0, 100.0):
            # "available 100% of the time" for "99.9% available": all (or none) is never
            # the rounding of a share short of it.
            return "contradicted", _magnitude(s, q)
        if gap < slack:
            return "match", "rounded" if same_unit else "converted and rounded"
        if gap <= q.precision * (1 + 1e-9):
            if s.label == "fraction":
                return "match", "rounded"  # "a third" for "33%"
            return "overstated", "the statement is more precise than the quote"
        return "contradicted", _magnitude(s, q)
    if q.hedge is None and s.hedge == "from":
        # "rates start at $50" states the lowest rate: a figure, not a bound ($500 is no
        # rate "starting at $50").
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None and s.hedge == "maximum":
        # "the slider tops out at 800%", "a maximum of 10 years": the statement names the
        # top itself, a figure: another value (or a range's other top) contradicts it.
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None and s.hedge == "within":
        # "within 24 hours before the flight" names a period: 12 hours is another one,
        # though less than 24 ("within two standard deviations" is not one).
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None and s.hedge in ("up_to", "at_most") and q.range_top:
        # "up to $4,200" for "from $500 to $2,400": the quote states the maximum, and a
        # stated maximum is a figure (see the module's table), not a bound on it.
        return _compare_numbers(replace(s, hedge=None, hedge_text=None), q, same_unit=same_unit)
    if q.hedge is None:
        point = (q.value - q.precision, q.value + q.precision, False, False)
        if _inside((q.value, q.value, False, False), si) or (q.precision and _inside(point, si)):
            if s.hedge == "up_to" and abs(q.value) * 2 < abs(s.value):
                # "as much as $1.5 trillion" for "$150 billion": a stated maximum names a
                # figure near it (see the module's table); a tenth of it or less is another
                # figure, and one under half of it is a person's call.
                if abs(q.value) * 10 <= abs(s.value):
                    return "contradicted", _magnitude(s, q)
                return "missing", f"far below {s.hedge_text[:-1]!r}"  # type: ignore[index]
            return "match", f"within {s.hedge_text[:-1]!r}" if s.hedge_text else ""
        return "contradicted", _magnitude(s, q)
    # The quote is hedged.
    if s.label == "fraction" and q.label != "fraction" and abs(s.value - q.value) <= q.precision:
        # "up to two thirds" for "最大67%": the fraction is the quote's rounded figure.
        s = replace(s, value=q.value)
        si = s.interval()
    if (
        s.hedge is not None
        and not _close(s.value, q.value)
        and _HEDGE_FAMILY.get(s.hedge) == _HEDGE_FAMILY.get(q.hedge or "")
        and _HEDGE_FAMILY.get(s.hedge) in ("above", "below")
    ):
        if _inside(qi, si) and _inside(si, qi):
            return "match", ""  # the same bound in other words: "at most 2", "fewer than 3"
        # "at least 15" against "at least 17", "less than 48 hours" against "less than
        # twenty-four": the quote's bound implies the statement's, which is true; a bound
        # the quote's does not imply ("more than 20" for "more than 15") is contradicted,
        # and so is another maximum ("up to 15 years" for "up to 10 years": a ceiling
        # is a stated figure, not a bound on an unknown one), and so is another threshold
        # ("beyond the 3.5% limit" for "beyond 3.67 percent").
        if (
            _inside(qi, si)
            and not (s.threshold or q.threshold)
            and "up_to" not in (s.hedge, q.hedge)
            and "at_most" not in (s.hedge, q.hedge)
            and "maximum" not in (s.hedge, q.hedge)
            # "within 48 hours" for "less than 24 hours": a period's bound implied by the
            # quote's bound on an unknown time; the quote's own "within 5 seconds" is a
            # stated ceiling, a figure, as above.
            and ("within" not in (s.hedge, q.hedge) or (s.hedge, q.hedge) == _WITHIN_IMPLIED)
        ):
            said = q.hedge_text[:-1] if q.hedge_text else ""
            low, high = sorted((abs(s.value), abs(q.value)))
            if high <= 2 * low:
                return "match", f"implied by {said!r}"
            if _same_written_other_unit(s, q):
                # "at least 15 seconds" for "a minimum of 15 minutes", "mehr als 40 Monate"
                # for "超过40年": the quote's figure, written with another unit of its
                # dimension; the weaker bound is a misstatement, not a paraphrase.
                return "contradicted", "the same figure in another unit"
            # "fewer than 100" for "less than 10": implied, but so much weaker that it may
            # be another figure (a threshold, a criterion): a person decides.
            return "missing", f"implied by {said!r}, but far weaker than the quote's bound"
        return "contradicted", _magnitude(s, q)
    if q.loose and not (
        s.hedge in (None, "about") and _inside((s.value, s.value, False, False), qi)
    ):
        # "five years" for "for decades": the plural may measure nothing; not compared.
        return "missing", f"the quote says only {q.text!r}"
    if q.span is not None and s.hedge in (None, "about"):
        # "300" against "hundreds": inside the range, but more precise than the quote. The
        # figure itself is what must be inside: "20,000" is among "tens of thousands". An
        # estimate ("about 300", "some 40,000") still names a figure the quote does not.
        if _inside((s.value, s.value, False, False), qi):
            return "overstated", f"the quote says only {q.text!r}"
        return "contradicted", ""
    family, q_family = _HEDGE_FAMILY.get(s.hedge or ""), _HEDGE_FAMILY.get(q.hedge or "")
    if _close(s.value, q.value) and {family, q_family} == {"above", "below"}:
        # "at least 10 years" against "a maximum of 10 years": opposite bounds.
        return "contradicted", f"{s.hedge_text[:-1]!r} against {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if (
        s.hedge in ("at_least", "more_than", "just_over", "odd")
        and q.hedge == "nearly"
        and s.value >= q.value * (1 - 1e-9)
        or s.hedge == "nearly"
        and q.hedge in ("at_least", "more_than", "just_over", "odd")
        and q.value >= s.value * (1 - 1e-9)
    ):
        # "5年以上" against "ほぼ5年": at least five against just under five; "vor gut
        # einem Jahr" (a little over a year) against "vor knapp einem Jahr" (just under).
        return "contradicted", f"{s.hedge_text[:-1]!r} against {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if s.hedge is None and _close(s.value, q.value):
        # "5年" for "ほぼ5年": within its rounding, but the quote was less sure.
        return "overstated", f"the statement drops the quote's {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if _inside(qi, si):
        return "match", ""
    if family == q_family == "about" and _inside((q.value, q.value, False, False), si):
        return "match", ""  # "about 29 km" and "about 18 miles": the same estimate
    if _close(s.value, q.value) and s.hedge == "just_over" != q.hedge:
        # "just over 500" for "more than 500": the quote does not say by how much.
        return "overstated", "the statement is more precise than the quote"
    if _close(s.value, q.value) and (s.hedge == q.hedge or family == q_family):
        return "match", ""  # "up to a decade" is "a maximum of 10 years"
    if s.hedge is None and q_family in ("above", "below"):
        # "20 hours" for "less than twenty-four hours": inside the bound, more precise.
        if _inside(si, qi):
            return "overstated", "the statement is more precise than the quote"
        return "contradicted", _magnitude(s, q)
    if (
        family in ("above", "below")
        and q_family == "about"
        and not _close(s.value, q.value)
        and not _inside((q.value, q.value, False, False), si)
    ):
        # "more than 90%" for "roughly 85%": the quote's estimate itself lies on the other
        # side of the statement's bound; near it, but the bound is not what the quote says.
        return "contradicted", f"{q.hedge_text[:-1]!r} is outside the statement's bound"  # type: ignore[index]
    if (
        s.hedge in _FIGURELESS_BOUNDS
        and q_family == "about"
        and not _close(s.value, q.value)
        and _inside((q.value, q.value, False, False), si)
    ):
        # "more than 90%" for "roughly 97%", "More than 80%" for "約85%": the quote's
        # estimate itself lies within the statement's bound (the other side contradicts,
        # above); a bound claims no figure, so the estimate's margin is no overstatement.
        return "match", f"{q.hedge_text[:-1]!r} lies within the statement's bound"  # type: ignore[index]
    if _overlap(qi, si) and abs(s.value - q.value) <= 0.1 * max(abs(s.value), abs(q.value)):
        return "overstated", "the statement is more certain than the quote"
    return "contradicted", _magnitude(s, q)


#: The bounds that claim no figure of their own (`_compare_numbers`): not "up to" (a
#: stated maximum), "just over" or "odd" (near the figure).
_FIGURELESS_BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most"})


#: A statement's "within" and the quote's bound that implies it (`_compare_numbers`).
_WITHIN_IMPLIED = ("within", "less_than")


_HEDGE_FAMILY = {
    "about": "about",
    "nearly": "nearly",
    "up_to": "below",
    "at_most": "below",
    "maximum": "below",
    "within": "below",
    "less_than": "below",
    "at_least": "above",
    "more_than": "above",
    "just_over": "above",
    "odd": "above",
    "from": "above",
}


def _bound_met(s: Value, q: Value, other: Value) -> bool:
    """Whether a measurement's bound ("within a day", "under 2 km") meets the quote's bound
    of the same side on the same amount ("less than 24 hours"), which `other`, a figure
    without that bound, does not: no word beside `other` makes it the statement's."""
    side = _HEDGE_FAMILY.get(s.hedge or "")
    return (
        s.kind == "unit"
        and s.hedge in _BOUNDS
        and q.kind == "unit"
        and q.dim == s.dim
        and side is not None
        and _HEDGE_FAMILY.get(q.hedge or "") == side
        and _close(q.value, s.value)
        and _HEDGE_FAMILY.get(other.hedge or "") != side
    )


def _same_written_other_unit(s: Value, q: Value) -> bool:
    """Whether `s` and `q` are measurements of one dimension written with the same figure
    but different units ("15 seconds", "15 minutes"; "40個月", "40年")."""
    if s.kind != "unit" or q.kind != "unit" or s.dim != q.dim or not (s.factor and q.factor):
        return False
    if _close(s.factor, q.factor):
        return False
    return _close((s.value - s.offset) / s.factor, (q.value - q.offset) / q.factor)


def _significant(v: float) -> str:
    """The significant digits of `v` (540,000 and 54 give "54"), at most 12."""
    digits = f"{abs(v):.12e}".split("e")[0].replace(".", "").rstrip("0")
    return digits or "0"


def _written(v: Value) -> float:
    """The figure of `v` as written: a measurement's in its own unit ("3 ans", not seconds)."""
    if v.kind == "unit" and v.factor:
        return (v.value - v.offset) / v.factor
    return v.value


def _scale_slip(s: Value, q: Value) -> bool:
    """Whether one of `s` and `q` is the other times a power of ten (10, 100 …), written with
    the same two or more significant digits ("54万", "540万"): a slip of scale. One digit
    ("10", "100"; "3 ans" for "30年") is a round figure, not a copied one."""
    low, high = sorted((abs(s.value), abs(q.value)))
    if low <= 0 or high < 10 * low * (1 - 1e-9):
        return False
    ratio = high / low
    if not _close(ratio, 10 ** round(math.log10(ratio))):
        return False
    digits = _significant(_written(s))
    return len(digits) >= 2 and digits == _significant(_written(q))


def _magnitude(s: Value, q: Value) -> str:
    if s.value and q.value and s.kind == "unit" and s.dim == q.dim:
        ratio = q.value / s.value
        if ratio >= 10 or ratio <= 0.1:
            return f"{ratio:g}× the statement's value" if ratio >= 1 else f"1/{1 / ratio:g} of it"
    return ""


def _in_decade_part(offset: float, part: str) -> bool:
    """Whether the year `offset` years into a decade lies in its part (`_DECADE_PARTS`:
    early 0-4, mid 2-7, late 5-9, overlapping); any part without one."""
    lo, hi = _DECADE_PARTS.get(part, (0, 9))
    return lo <= offset <= hi


#: The years of a decade each of its parts reaches: early, mid, late (overlapping).
_DECADE_PARTS = {"early": (0, 4), "mid": (2, 7), "late": (5, 9)}


def _compare_dates(s: Value, q: Value, published: date | None) -> tuple[str, str]:
    sy, sm, sd = s.ymd or (None, None, None)
    if q.kind == "decade":
        if sy is not None and q.value <= sy < q.value + 10:
            if q.part and not _in_decade_part(sy - int(q.value), q.part):
                # "in 1991" against "in the mid-1990s": outside the part the quote names.
                return "contradicted", f"{sy} is not the {q.shown}"
            # "in 1985" against "in the 80s": the quote does not say which year.
            return "missing", "the quote gives only the decade"
        return "contradicted", ""
    qy, qm, qd = q.ymd or (None, None, None)
    note = ""
    if qy is None and sy is not None and (qm is not None):
        if published is not None:
            # A day and month on a dated page: its year, the next (a coming date earlier
            # in the year) or the last (a date later in the year than the page).
            years = {published.year}
            if (qm, qd or 1) < (published.month, published.day):
                years.add(published.year + 1)
            if (qm, qd or 1) > (published.month, published.day):
                years.add(published.year - 1)
            # Wholly before or after the page's day (a month alone: the whole month).
            today = (published.month, published.day)
            before = ((qm, qd) if qd is not None else (qm, 32)) < today
            after = ((qm, qd) if qd is not None else (qm, 0)) > today
            shifted = (
                published.year + 1
                if q.tense > 0 and before
                else published.year - 1
                if q.tense < 0 and after
                else None
            )
            if shifted is not None:
                # "is scheduled for Feb. 14" on a page of November: the coming February,
                # next year; "took place on Dec. 3" on a page of March: last December.
                tense = "coming" if shifted > published.year else "past"
                if sy == shifted:
                    qy = sy
                    note = f"the year {sy} of {q.text!r}, a {tense} date, comes from the page"
                elif sy in q.context_years:
                    return "missing", f"the quote gives no year for {q.text!r}"
                else:
                    return (
                        "contradicted",
                        f"the page, dated {published.isoformat()}, puts {tense} {q.text!r} "
                        f"in {shifted}",
                    )
            elif sy == published.year:
                qy, note = sy, f"the year {sy} of {q.text!r} comes from the publication date"
            elif sy in years and sy not in q.context_years:
                return (
                    "missing",
                    f"the quote gives no year, and {sy} is only a guess from the page's date",
                )
            elif sy not in q.context_years:
                return (
                    "contradicted",
                    f"the page, dated {published.isoformat()}, puts it in {published.year}",
                )
        if qy is None and sy in q.context_years:
            # "the 2015 season on 17 April": the year stands elsewhere in the same quote.
            qy, note = sy, f"the year {sy} of {q.text!r} stands elsewhere in the quote"
    if sy is not None and qy is not None and "about" in (s.hedge, q.hedge) and s.kind == "year":
        # "around 2001", "大约1986年", "circa 2011": a year or two either way.
        if abs(sy - qy) > _YEAR_HEDGE:
            return "contradicted", ""
        if s.hedge == "about":
            return "match", f"within {_YEAR_HEDGE:g} years of {sy}"
        return "overstated", f"the quote says only about {qy}"
    if "week" in (s.part, q.part) and s.part != q.part:
        week = _in_week(s, q, published)
        if week is not None:
            return week
    if sy is not None and qy is not None and sy != qy:
        return "contradicted", ""
    if sm is not None and qm is not None and sm != qm:
        return "contradicted", ""
    if sd is not None and qd is not None and sd != qd:
        return "contradicted", ""
    if s.part and q.part and s.part != q.part:
        s_months, q_months = _PART_MONTHS.get(s.part), _PART_MONTHS.get(q.part)
        if s_months and q_months and sm is None and q_months <= s_months:
            # "early 2017" for "the first quarter of 2017": the quote's part lies in it.
            return "match", f"{q.part} lies in {s.part}"
        if s_months and q_months and s_months < q_months:
            return "overstated", "the statement is more precise than the quote"
        if _PART_MONTHS.get(s.part, frozenset()) & _PART_MONTHS.get(q.part, frozenset()):
            # "early 2019" and "spring 2019" overlap in March and April: not the same words.
            return "missing", f"{s.part} and {q.part} overlap only in part"
        return "contradicted", f"{s.part} is not {q.part}"
    if s.part and qm is not None and not _in_part(qm, s.part):
        return "contradicted", f"month {qm} is not {s.part} in the year"
    if q.part and sm is not None and not _in_part(sm, q.part):
        return "contradicted", f"month {sm} is not {q.part} in the year"
    if s.part and not q.part and qm is None:
        return "overstated", "the quote does not say which part of the year"
    if {s.hedge, q.hedge} == {"by", "not_before"}:
        # "frühestens im März 2015" for "bis spätestens März 2015": opposite sides of the date.
        return "contradicted", f"{s.hedge_text[:-1]!r} against {q.hedge_text[:-1]!r}"  # type: ignore[index]
    if q.hedge == "by" and s.hedge != "by":
        return "overstated", f"the quote gives {q.hedge_text[:-1]!r} the date"  # type: ignore[index]
    # Agreeing so far: does the quote say all the statement says?
    if (
        (sy is not None and qy is None)
        or (sm is not None and qm is None)
        or (sd is not None and qd is None)
    ):
        if sy is not None and qy is None:
            return "missing", "the quote gives no year"
        return "overstated", "the statement is more precise than the quote"
    return "match", note


def _detail_dated_otherwise(
    s: Value, q: Value, candidates: list[Value], published: date | None
) -> Value | None:
    """A date of the quote that gives the finest part of statement date `s` (its day, or
    its month without a day) with another month or year, where `q`, the counterpart `s` is
    only more precise than, lacks that part, and that differs from `s` in one part only:
    the statement took its detail from that date ("April 21" for "in April … the March 21
    call", "November 2011" for "released in November 2012 … revenue for 2011"). None when
    there is none."""
    sy, sm, sd = s.ymd or (None, None, None)
    _, qm, qd = q.ymd or (None, None, None)
    at = 2 if sd is not None else 1 if sm is not None else None
    if at is None or (qd if at == 2 else qm) is not None:
        return None
    for other in candidates:
        if other is q or other.kind != "date" or other.ymd is None:
            continue
        said = (sy, sm, sd)
        if other.ymd[at] is None or other.ymd[at] != said[at]:
            continue
        pairs = zip(other.ymd, said, strict=True)
        apart = sum(o is not None and t is not None and o != t for o, t in pairs)
        if apart != 1:
            continue  # "3 June 2016" for "closed on 3 May 2015": a day alike by chance
        if _compare(s, other, published)[0] == "contradicted":
            return other
    return None


def _in_week(s: Value, q: Value, published: date | None) -> tuple[str, str] | None:
    """A day against a week named by its first day ("February 27, 2019" for "the week
    starting 25th February"): within the seven days, the day is more precise than the
    week (``overstated``), or the week holds the day (``match``); outside them,
    ``contradicted``. A missing year is the other side's, or the page's; None when a
    side has no day and month, or no year can be found."""
    week, day = (q, s) if q.part == "week" else (s, q)
    wy, wm, wd = week.ymd or (None, None, None)
    dy, dm, dd = day.ymd or (None, None, None)
    if wm is None or wd is None or dm is None or dd is None or day.part:
        return None
    year = wy or dy or (published.year if published is not None else None)
    if year is None:
        return None
    try:
        first = date(year, wm, wd)
        # A week from late December runs into January of the next year.
        days = [date(dy, dm, dd)] if dy else [date(year, dm, dd), date(year + 1, dm, dd)]
    except ValueError:
        return None
    if not any(0 <= (d - first).days < 7 for d in days):
        return "contradicted", "a day outside the week"
    if week is q:
        return "overstated", "a day of the week the quote gives"
    return "match", "a day of the week"


#: The months of each part of a year: early (Jan-Apr), mid (Apr-Sep), late (Sep-Dec), and
#: the seasons as the northern hemisphere counts them (winter is December to February).
_PART_MONTHS = {
    "early": frozenset(range(1, 5)),
    "mid": frozenset(range(4, 10)),
    "late": frozenset(range(9, 13)),
    "spring": frozenset((3, 4, 5)),
    "summer": frozenset((6, 7, 8)),
    "autumn": frozenset((9, 10, 11)),
    "winter": frozenset((12, 1, 2)),
    # The quarters of a year: "the first quarter of 2017", "im ersten Quartal 2017".
    "q1": frozenset((1, 2, 3)),
    "q2": frozenset((4, 5, 6)),
    "q3": frozenset((7, 8, 9)),
    "q4": frozenset((10, 11, 12)),
}


def _in_part(month: int, part: str) -> bool:
    """Whether a month lies in a part of the year (early, mid, late, or a season)."""
    months = _PART_MONTHS.get(part)
    return months is None or month in months


#: The years of a century each of its parts reaches: early, mid, late (overlapping).
_CENTURY_PARTS = {"early": (0, 40), "mid": (30, 70), "late": (60, 100)}


def _in_century_part(offset: float, part: str) -> bool:
    """Whether the year `offset` years into a century lies in its part ("mid": 30 to 69)."""
    lo, hi = _CENTURY_PARTS.get(part, (0, 100))
    return lo <= offset < hi


def _compare_periods(s: Value, q: Value) -> tuple[str, str]:
    if s.kind == "century":
        start = (int(s.value) - 1) * 100
        if q.kind == "century":
            if s.value != q.value or (s.part and q.part and s.part != q.part):
                return "contradicted", ""
            if s.part and not q.part:
                return "overstated", "the quote does not say which part of the century"
            return "match", ""
        year = q.value if q.kind != "date" else float((q.ymd or (0,))[0] or 0)
        if q.kind == "decade":
            year = q.value
        if not (start < year <= start + 100 or start <= year < start + 100):
            return "contradicted", ""
        if s.part and q.kind != "decade" and not _in_century_part(year - start, s.part):
            # "Anfang des 19. Jahrhunderts" for 1885: the century, not its part.
            return "contradicted", f"{int(year)} is not in the {s.part} part of the century"
        return "match", ""
    decade = int(s.value)
    if q.kind == "century":
        if decade % 100 == 0 and not s.part:
            # "the 1600s" is the 17th century.
            return ("match", "") if decade // 100 + 1 == q.value else ("contradicted", "")
        if (int(q.value) - 1) * 100 <= decade < int(q.value) * 100:
            return "overstated", "the quote gives only the century"
        return "contradicted", ""
    if decade % 100 == 0 and decade < 2000 and q.kind in ("decade", "year", "date"):
        # "the mid-1800s" is the middle of the century, not of its first decade: a year
        # of the century in the part named matches ("1855"); one of the first decade does
        # in any case.
        year = q.value if q.kind != "date" else float((q.ymd or (0,))[0] or 0)
        if decade + 10 <= year < decade + 100 and (q.kind != "decade" or not q.part):
            if s.part and not _in_century_part(year - decade, s.part):
                return "contradicted", f"{int(year)} is not the {s.part} {decade}s"
            return "match", ""
    if q.kind == "decade":
        if int(q.value) != decade:
            return "contradicted", ""
        if s.part and q.part and s.part != q.part:
            return "contradicted", ""
        if s.part and not q.part:
            return "overstated", "the quote does not say which part of the decade"
        return "match", ""
    year = q.value if q.kind != "date" else float((q.ymd or (0,))[0] or 0)
    if not decade <= year < decade + 10:
        return "contradicted", ""
    if s.part and not _in_decade_part(year - decade, s.part):
        shown = f"mid-{decade}s" if s.part == "mid" else f"{s.part} {decade}s"
        return "contradicted", f"{int(year)} is not the {shown}"
    return "match", ""


#: At most this many of the statement's names are looked for in the quote.
_MAX_NAMES = 12


def _holds_value(values: list[Value], q: Value) -> bool:
    """Whether `q` itself is one of `values` (`any(v is q ...)` without a generator)."""
    for v in values:
        if v is q:
            return True
    return False


#: Comparators that bound a figure from one side: what a quote's share leaves on the other.
_BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most", "up_to", "within"})


def _ago_duration(v: Value) -> Value | None:
    """A time counted back ("two years ago", "vor knapp einem Jahr") as the duration it
    counts, to compare with a statement's duration ("two years earlier") or its own."""
    if v.kind != "relative" or v.unit != "ago":
        return None
    factor = _units()[v.dim or ""][0]
    return replace(
        v,
        kind="unit",
        value=-v.value * factor,
        dim="second",
        unit=v.dim,
        factor=factor,
        precision=v.precision * factor,
        label="duration",
        span=(-v.span[1] * factor, -v.span[0] * factor) if v.span else None,
    )


# Words the engine misread, each read as what it says: the quote's "the next day" for a
# statement's "a day later", a rank in an absolute construction ("with Gwizdek third"), a
# scaled figure after a name ("AlphaGo 30 million"), the statement's "over" where the
# quote's own word is "during" ("a lo largo de 15 años").


@lru_cache(maxsize=32)
def _next_day_words(lang: str | None) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """A language's words of the day after the one told ([next_day] words: "the next
    day", "le lendemain", "am nächsten Tag", "次日") as a pattern, and its words after a
    duration that make it a time later ([next_day] later: "later", "plus tard", "后")."""
    rules = rules_for(lang)
    table = rules.data.get("next_day", {}) if rules else {}
    words = table.get("words", [])
    later = tuple(w.lower() for w in table.get("later", []))
    if not words:
        return None, later
    if rules is not None and rules.cjk:
        return re.compile(_alt(words)), later
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.I), later


def _next_day_said(
    stated: Reading,
    s: Value,
    statement_lang: str | None,
    readings: list[Reading],
    langs: list[str | None],
) -> str | None:
    """The quote's words of the next day ("the next day", "le lendemain") when the
    statement's duration `s` is a time later ("a day later", "un día después", "一天后"),
    which the quote then tells: one day. None otherwise."""
    _, later = _next_day_words(statement_lang)
    rules = rules_for(statement_lang)
    after = stated.text[s.end : s.end + 16].lower()
    after = after if rules is not None and rules.cjk else after.lstrip()
    if not any(
        after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalnum()) for w in later
    ):
        return None
    for r, lang in zip(readings, langs, strict=False):
        pattern, _ = _next_day_words(lang)
        m = pattern.search(r.text) if pattern is not None else None
        if m is not None:
            return m.group()
    return None
