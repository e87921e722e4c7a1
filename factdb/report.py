"""Provenance views: a source with everything citing it, a claim's full history, and the
audit as one self-contained HTML page."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from html import escape
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import __version__
from .audit import audit
from .claims import find_claim
from .reviews import reviews
from .statuses import RETRACTED, STATUSES, TRIAGE, label
from .store.models import CheckResult, CheckRun, Event


def _cite_key(c: dict[str, Any]) -> tuple[Any, ...]:
    return (c.get("snapshot"), c.get("text_start"), c.get("text_end"))


def claim_history(session: Session, slug: str) -> list[dict[str, Any]]:
    """Everything that happened to a claim, oldest first: each change from the event log
    (statement, status, tags and citations before and after, who, why), each check run
    with its results, and each review (its verdict, whether it holds or why it lapsed)."""
    claim = find_claim(session, slug)
    entries: list[tuple[datetime, int, dict[str, Any]]] = []
    events = session.scalars(
        select(Event)
        .where(Event.entity_type == "claim", Event.entity_id == claim.slug)
        .order_by(Event.id)
    )
    for event in events:
        before, after = event.before or {}, event.after or {}
        entry: dict[str, Any] = {
            "at": event.at.isoformat(),
            "kind": event.action.removeprefix("claim."),
            "by": event.actor,
        }
        if after.get("why"):
            entry["why"] = after["why"]
        if before.get("statement") != after.get("statement"):
            entry["statement"] = {
                "before": before.get("statement"),
                "after": after.get("statement"),
            }
        if before and before.get("status") != after.get("status"):
            entry["status"] = {"before": before.get("status"), "after": after.get("status")}
        if before and before.get("tags") != after.get("tags"):
            entry["tags"] = {"before": before.get("tags"), "after": after.get("tags")}
        if before.get("language") != after.get("language"):
            entry["language"] = {"before": before.get("language"), "after": after.get("language")}
        old = {_cite_key(c): c for c in before.get("citations") or []}
        new = {_cite_key(c): c for c in after.get("citations") or []}
        added = [
            {"snapshot": c.get("snapshot"), "exact": c.get("exact")}
            for k, c in new.items()
            if k not in old
        ]
        removed = [
            {"snapshot": c.get("snapshot"), "exact": c.get("exact")}
            for k, c in old.items()
            if k not in new
        ]
        if added:
            entry["citations_added"] = added
        if removed:
            entry["citations_removed"] = removed
        entries.append((event.at, 0, entry))
    results = session.execute(
        select(CheckResult, CheckRun)
        .join(CheckRun, CheckRun.id == CheckResult.run_id)
        .where(CheckResult.claim_id == claim.id)
        .order_by(CheckResult.run_id, CheckResult.id)
    ).all()
    runs: dict[int, dict[str, Any]] = {}
    for result, run in results:
        found = runs.get(run.id)
        if found is None:
            found = runs[run.id] = {
                "at": run.started_at.isoformat(),
                "kind": "check",
                "by": run.actor,
                "run": run.id,
                "tool_version": run.tool_version,
                "extractor_version": run.extractor_version,
                "results": [],
            }
            entries.append((run.started_at, 1, found))
        found["results"].append(
            {"check": result.kind, "status": result.status, "detail": result.detail}
        )
    for rv in reviews(session, [claim.id], history=True).get(claim.id, []):
        entries.append(
            (
                rv.at,
                2,
                {
                    "at": rv.at.isoformat(),
                    "kind": "review",
                    "by": rv.actor,
                    "why": rv.why,
                    "review": rv.to_json(),
                },
            )
        )
    entries.sort(key=lambda e: (e[0], e[1]))
    return [e[2] for e in entries]


# --- the audit as HTML ------------------------------------------------------------------------

# The report filters and sorts without scripts: radio buttons (hidden) and their labels
# drive CSS rules (`:checked ~ ...`); sorting by source sets each row's flex `order`. With
# styles off too, it reads top to bottom in triage order.
_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-top:1px solid #ddd;padding:.5rem;
vertical-align:top;text-align:left}.pass{color:#175e1a}.warn{color:#8a5a00}.fail{color:#a11}
.unverified{color:#4b4f8a}.reviewed{color:#1c5d73}.retracted{color:#666}
.quote{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid #bbb;background:#f7f7f7}
mark{background:#ffe58a}.meta{color:#666;font-size:.85em}code{font-size:.85em}
.summary span,.summary a{margin-right:1.5rem}
input.ctl{position:absolute;opacity:0;pointer-events:none}
.controls{margin:.5rem 0 1rem}.controls div{margin:.2rem 0}
.controls label{cursor:pointer;border:1px solid #bbb;border-radius:3px;padding:0 .4rem;
margin-right:.3rem;display:inline-block}
tbody{display:flex;flex-direction:column}thead tr,tbody tr{display:flex}
th,td{box-sizing:border-box}th:nth-child(1),td:nth-child(1){flex:0 0 22%}
th:nth-child(2),td:nth-child(2){flex:0 0 12%}th:nth-child(3),td:nth-child(3){flex:1 1 66%}
tr.group th,tr.source th{flex:1 1 100%;background:#f0f0f0}
tr.source{display:none}
#sort-source:checked~table tr.group{display:none}
#sort-source:checked~table tr.source{display:flex}
#sort-source:checked~table tr{order:var(--by-source)}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(url: str) -> str:
    # Only web links are clickable: a stored URL such as javascript:... stays plain text.
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}">{_e(url)}</a>'
    return _e(url)


#: The report's status groups, in triage order.
_GROUPS = (*TRIAGE, RETRACTED)


def _filter_css(tags: list[str]) -> str:
    """The rules that make each status and tag radio button a filter, and mark the chosen
    label."""
    rules = []
    for status in _GROUPS:
        rules.append(
            f"#st-{status}:checked~table tbody tr:not(.st-{status}){{display:none!important}}"
        )
    for i in range(len(tags)):
        rules.append(f"#tag-{i}:checked~table tr.claim:not(.t{i}){{display:none!important}}")
    ids = ["st-all", *(f"st-{s}" for s in _GROUPS), "tag-all"]
    ids += [f"tag-{i}" for i in range(len(tags))] + ["sort-status", "sort-source"]
    rules.extend(
        f"#{i}:checked~.controls label[for={i}]{{background:#222;color:#fff}}" for i in ids
    )
    return "\n".join(rules)


def audit_html(session: Session, *, now: datetime | None = None) -> str:
    """The provenance audit as one HTML page with no external assets and no script: the
    counts by status (each a link to its group), filters by status and by tag, sorting by
    status (triage order: fail, warn, needs review, reviewed, pass, retracted) or by
    source, then a row per claim with its status and each quote in its context.
    Everything is escaped."""
    audits = audit(session)
    generated = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    counts = Counter(a.status for a in audits)
    statuses = Counter(a.claim.status for a in audits)
    tags = sorted({t for a in audits for t in a.claim.tag_names})
    tag_index = {t: i for i, t in enumerate(tags)}
    rank = {s: i for i, s in enumerate(_GROUPS)}

    def source_of(a: Any) -> str:
        return " · ".join(sorted({c.snapshot.source.url for c in a.claim.citations})) or "-"

    # Sorting by source: each source's heading, then its claims in triage order.
    sources = sorted({source_of(a) for a in audits})
    group_of = {url: g for g, url in enumerate(sources)}
    step = len(audits) + 1  # a source's heading, then its claims, before the next source
    by_source: dict[int, int] = {}
    placed: Counter[int] = Counter()
    for a in sorted(audits, key=lambda a: (source_of(a), rank[a.status], a.claim.slug)):
        g = group_of[source_of(a)]
        placed[g] += 1
        by_source[a.claim.id] = g * step + placed[g]
    rows = []
    for status in _GROUPS:
        group = [a for a in audits if a.status == status]
        if not group:
            continue
        rows.append(
            f'<tr class="group st-{status}" id="status-{status}">'
            f'<th colspan="3" class="{status}">{_e(label(status))} ({len(group)})</th></tr>'
        )
        for a in group:
            rows.append(_audit_row(a, tag_index, by_source[a.claim.id]))
    for g, url in enumerate(sources):
        rows.append(
            f'<tr class="source st-{" st-".join(_GROUPS)}" style="--by-source:{g * step}">'
            f'<th colspan="3">{_link(url) if " · " not in url else _e(url)}</th></tr>'
        )
    summary = (
        f'<p class="summary"><span>{len(audits)} claims</span>'
        f"<span>{statuses['active']} active</span>"
        + (
            f'<a href="#status-{RETRACTED}">{statuses["retracted"]} retracted</a>'
            if statuses["retracted"]
            else f"<span>{statuses['retracted']} retracted</span>"
        )
        + "".join(
            (
                f'<a class="{s}" href="#status-{s}">{counts[s]} {label(s)}</a>'
                if counts[s]
                else f'<span class="{s}">{counts[s]} {label(s)}</span>'
            )
            for s in STATUSES
            if s != "reviewed" or counts[s]
        )
        + "</p>"
    )
    radios = (
        '<input class="ctl" type="radio" name="status" id="st-all" checked>'
        + "".join(f'<input class="ctl" type="radio" name="status" id="st-{s}">' for s in _GROUPS)
        + '<input class="ctl" type="radio" name="tag" id="tag-all" checked>'
        + "".join(
            f'<input class="ctl" type="radio" name="tag" id="tag-{i}">' for i in range(len(tags))
        )
        + '<input class="ctl" type="radio" name="sort" id="sort-status" checked>'
        + '<input class="ctl" type="radio" name="sort" id="sort-source">'
    )
    controls = (
        '<div class="controls">'
        '<div>status: <label for="st-all">all</label>'
        + "".join(
            f'<label for="st-{s}" class="{s}">{_e(label(s))} ({counts[s]})</label>'
            for s in _GROUPS
            if counts[s]
        )
        + '</div><div>tag: <label for="tag-all">all</label>'
        + "".join(f'<label for="tag-{i}">{_e(t)}</label>' for i, t in enumerate(tags))
        + '</div><div>sort by: <label for="sort-status">status</label>'
        '<label for="sort-source">source</label></div></div>'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factdb audit</title><style>{_CSS}{_filter_css(tags)}</style></head><body>"
        f"<h1>factdb audit</h1>"
        f'<p class="meta">generated {_e(generated)} by factdb {_e(__version__)}</p>'
        f"{summary}{radios}{controls}"
        "<table><thead><tr><th>claim</th><th>audit</th><th>statement, quotes, checks</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>{summary}</body></html>\n"
    )


def _audit_row(a: Any, tag_index: dict[str, int], order: int) -> str:
    """One claim's row: its id, its status, its statement, each quote in its context,
    its results (with the review that holds for each) and notes."""
    c = a.claim
    quotes = []
    for cit in c.citations:
        src = cit.snapshot.source
        quotes.append(
            '<div class="quote">…'
            f"{_e(cit.prefix)}<mark>{_e(cit.exact)}</mark>{_e(cit.suffix)}…</div>"
            f'<div class="meta">{_e(src.title)} — {_link(src.url)}<br>'
            f"snapshot <code>{_e(cit.snapshot.sha256)}</code> retrieved "
            f"{_e(cit.snapshot.retrieved_at.isoformat(timespec='seconds'))}; "
            f"text {cit.text_start}–{cit.text_end}; recorded by {_e(cit.created_by)} "
            f"{_e(cit.created_at.isoformat(timespec='seconds'))}</div>"
        )
    results = []
    for r in a.results:
        review = r.get("review")
        by = ""
        if review is not None:
            word = "accepted" if review["verdict"] == "accept" else "rejected"
            by = (
                f'<br><span class="meta">{word} by {_e(review["by"])} on '
                f"{_e(review['at'][:10])} (was {_e(label(review['answered']))}): "
                f"{_e(review['why'])}</span>"
            )
        results.append(
            f'<li class="{_e(r["status"])}">{_e(label(r["status"]))} [{_e(r["check"])}] '
            f"{_e(r['detail'])}{by}</li>"
        )
    lapsed = "".join(
        f'<li class="lapsed">[{_e(rv["check"])}] review lapsed: {_e(rv["lapsed"])}</li>'
        for rv in a.reviews
        if not rv["holds"]
    )
    notes = "".join(f"<li>{_e(n)}</li>" for n in a.notes)
    tag_classes = "".join(f" t{tag_index[t]}" for t in c.tag_names)
    return (
        f'<tr id="claim-{_e(c.slug)}" class="claim st-{_e(a.status)}{tag_classes}" '
        f'style="--by-source:{order}">'
        f'<td><code>{_e(c.slug)}</code><br><span class="meta">{_e(c.status)}</span></td>'
        f'<td class="{_e(a.status)}"><strong>{_e(label(a.status))}</strong></td>'
        f"<td><p>{_e(c.statement)}</p>{''.join(quotes)}"
        f'<ul class="results">{"".join(results)}{lapsed}{notes}</ul>'
        f'<div class="meta">tags: {_e(", ".join(c.tag_names)) or "-"}; recorded by '
        f"{_e(c.created_by)} {_e(c.created_at.isoformat(timespec='seconds'))}; "
        f"{len(c.revisions)} revision(s)</div></td></tr>"
    )
