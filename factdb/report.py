"""Provenance views: a source with everything citing it, a claim's full history, and the
audit as one self-contained HTML page."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from html import escape
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from . import __version__
from .audit import audit, result_elements
from .claims import citation_json, find_claim
from .reviews import holding, review_json, reviews
from .search.filters import check_status
from .statuses import STATUSES, VERDICTS, label
from .store.lookups import find_source
from .store.models import CheckResult, CheckRun, Citation, Claim, Event, Snapshot, SourceWatch


def source_detail(session: Session, ref: str) -> dict[str, Any]:
    """A source (by URL or id): its fields, every snapshot, and every claim citing it with
    the quote, the snapshot cited and the claim's latest check status."""
    source = find_source(session, ref)
    snapshots = sorted(source.snapshots, key=lambda s: (s.retrieved_at, s.id))
    citations = list(
        session.scalars(
            select(Citation)
            .join(Snapshot)
            .where(Snapshot.source_id == source.id)
            .options(selectinload(Citation.claim), selectinload(Citation.snapshot))
            .order_by(Citation.id)
        )
    )
    checks = check_status(session, sorted({c.claim_id for c in citations}))
    claims: dict[str, dict[str, Any]] = {}
    for cit in citations:
        entry = claims.setdefault(
            cit.claim.slug,
            {
                "id": cit.claim.slug,
                "statement": cit.claim.statement,
                "status": cit.claim.status,
                "check": checks[cit.claim_id],
                "citations": [],
            },
        )
        entry["citations"].append(
            {"snapshot": cit.snapshot.sha256, "exact": cit.exact, "text_start": cit.text_start}
        )
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "authors": list(source.authors or []),
        "publisher": source.publisher,
        "published": source.published,
        "language": source.language,
        "archived_copy": (
            {"url": source.archived_copy_url, "date": source.archived_copy_date}
            if source.archived_copy_url
            else None
        ),
        "snapshots": [
            {
                "sha256": s.sha256,
                "retrieved_at": s.retrieved_at.isoformat(),
                "method": s.method,
                "origin": s.origin,
                "url": s.url,
                "status": s.status,
                "size": s.size,
                "charset": s.charset,
                "media_type": s.media_type,
            }
            for s in snapshots
        ],
        "claims": sorted(claims.values(), key=lambda c: c["id"]),
    }


def claim_detail(session: Session, c: Claim) -> dict[str, Any]:
    """Everything `claim show --json` (and the viewer's /api/claims/ID) gives of a claim."""
    from .checks import latest_results

    results = latest_results(session, [c.id]).get(c.id, [])
    held = holding(session, [c.id])
    gone: dict[int, datetime] = {
        source_id: since
        for source_id, since in session.execute(
            select(SourceWatch.source_id, SourceWatch.gone_since).where(
                SourceWatch.source_id.in_({x.snapshot.source_id for x in c.citations}),
                SourceWatch.gone_since.is_not(None),
            )
        ).tuples()
        if since is not None
    }
    return {
        "id": c.slug,
        "statement": c.statement,
        "status": c.status,
        "language": c.language,
        "rating": c.rating,
        "tags": c.tag_names,
        "quantities": c.quantities,
        "created_by": c.created_by,
        "created_at": c.created_at.isoformat(),
        "citations": [
            {
                **citation_json(x),
                "typed_quote": x.typed_quote,
                "url": x.snapshot.source.url,
                "title": x.snapshot.source.title,
                "retrieved_at": x.snapshot.retrieved_at.isoformat(),
                "extractor_version": x.extractor_version,
                # The page answered 404 or 410 to `factdb watch` since then (else None).
                "gone_since": (
                    gone[x.snapshot.source_id].isoformat() if x.snapshot.source_id in gone else None
                ),
            }
            for x in c.citations
        ],
        "revisions": [
            {
                "number": r.number,
                "kind": r.kind,
                "old_statement": r.old_statement,
                "new_statement": r.new_statement,
                "why": r.why,
                "by": r.actor,
                "at": r.at.isoformat(),
            }
            for r in c.revisions
        ],
        "checks": [
            {
                "check": r.kind,
                "status": VERDICTS[held[r.id].verdict] if r.id in held else r.status,
                "detail": r.detail,
                "run": r.run_id,
                **({"elements": result_elements(r.data)} if r.kind == "supported" else {}),
                **({"review": review_json(held[r.id])} if r.id in held else {}),
            }
            for r in results
        ],
        # The latest review of each check: whether it holds, and why it lapsed if not.
        "reviews": [rv.to_json() for rv in reviews(session, [c.id]).get(c.id, [])],
    }


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

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-top:1px solid #ddd;padding:.5rem;
vertical-align:top;text-align:left}.pass{color:#175e1a}.warn{color:#8a5a00}.fail{color:#a11}
.unverified{color:#4b4f8a}
.quote{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid #bbb;background:#f7f7f7}
mark{background:#ffe58a}.meta{color:#666;font-size:.85em}code{font-size:.85em}
.summary span{margin-right:1.5rem}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(url: str) -> str:
    # Only web links are clickable: a stored URL such as javascript:... stays plain text.
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}">{_e(url)}</a>'
    return _e(url)


def audit_html(session: Session, *, now: datetime | None = None) -> str:
    """The provenance audit as one HTML page with no external assets: a summary, then a
    row per claim with its status and each quote in its context. Everything is escaped."""
    audits = audit(session)
    generated = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    counts = Counter(a.status for a in audits)
    statuses = Counter(a.claim.status for a in audits)
    rows = []
    for a in audits:
        c = a.claim
        quotes = []
        for cit in c.citations:
            source = cit.snapshot.source
            quotes.append(
                '<div class="quote">…'
                f"{_e(cit.prefix)}<mark>{_e(cit.exact)}</mark>{_e(cit.suffix)}…</div>"
                f'<div class="meta">{_e(source.title)} — {_link(source.url)}<br>'
                f"snapshot <code>{_e(cit.snapshot.sha256)}</code> retrieved "
                f"{_e(cit.snapshot.retrieved_at.isoformat(timespec='seconds'))}; "
                f"text {cit.text_start}–{cit.text_end}; recorded by {_e(cit.created_by)} "
                f"{_e(cit.created_at.isoformat(timespec='seconds'))}</div>"
            )
        results = "".join(
            f'<li class="{_e(r["status"])}">{_e(label(r["status"]))} [{_e(r["check"])}] '
            f"{_e(r['detail'])}</li>"
            for r in a.results
        )
        notes = "".join(f"<li>{_e(n)}</li>" for n in a.notes)
        rows.append(
            f'<tr id="claim-{_e(c.slug)}">'
            f'<td><code>{_e(c.slug)}</code><br><span class="meta">{_e(c.status)}</span></td>'
            f'<td class="{_e(a.status)}"><strong>{_e(label(a.status))}</strong></td>'
            f"<td><p>{_e(c.statement)}</p>{''.join(quotes)}"
            f'<ul class="results">{results}{notes}</ul>'
            f'<div class="meta">tags: {_e(", ".join(c.tag_names)) or "-"}; recorded by '
            f"{_e(c.created_by)} {_e(c.created_at.isoformat(timespec='seconds'))}; "
            f"{len(c.revisions)} revision(s)</div></td></tr>"
        )
    summary = (
        f'<p class="summary"><span>{len(audits)} claims</span>'
        f"<span>{statuses['active']} active</span><span>{statuses['retracted']} retracted</span>"
        + "".join(
            f'<span class="{s}">{counts[s]} {label(s)}</span>'
            for s in STATUSES
            if s != "reviewed" or counts[s]
        )
        + "</p>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factdb audit</title><style>{_CSS}</style></head><body>"
        f"<h1>factdb audit</h1>"
        f'<p class="meta">generated {_e(generated)} by factdb {_e(__version__)}</p>'
        f"{summary}"
        "<table><thead><tr><th>claim</th><th>audit</th><th>statement, quotes, checks</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></body></html>\n"
    )
