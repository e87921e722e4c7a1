"""What the read commands show, queried on Core tables (`factdb.store.tables`) so that they
never load the ORM: the sources with their snapshots (`factdb sources`), one source with
the claims citing it (`source show`), the claims with their tags, sources and overall
check status (`claims list`), and one claim in full (`claim show`).

Each function takes a Core connection (the CLI's) or an ORM session (the viewer's): the
same queries serve both, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select, text

from .errors import UnknownClaim
from .search import filters as search_filters
from .statuses import CHECK_FILTERS, CLAIM_STATUSES, VERDICTS
from .store import tables
from .store.lookups import source_row
from .store.results import current_results

if TYPE_CHECKING:
    from sqlalchemy import Row

    from .store.tables import Reader

#: Drivers cap a statement's parameters: claim ids are listed this many at a time.
_CHUNK = 500

#: What `list_claims(status=...)` takes: a claim's own status, or the overall status of
#: its latest checks (`CHECK_FILTERS`: pass, unverified, warn, fail, unchecked).
LIST_STATUSES = CLAIM_STATUSES + CHECK_FILTERS


def sources_json(db: Reader) -> list[dict[str, Any]]:
    """Every source by URL with its snapshots (oldest first), as `factdb sources --json`
    (and the viewer's /api/sources) gives them."""
    s, n = tables.source, tables.snapshot
    tables.autoflush(db)
    snapshots: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for snap in db.execute(
        select(
            n.c.source_id,
            n.c.sha256,
            n.c.retrieved_at,
            n.c.size,
            n.c.charset,
            n.c.method,
            n.c.url,
            n.c.status,
            n.c.origin,
        ).order_by(n.c.retrieved_at, n.c.id)
    ):
        snapshots[snap.source_id].append(
            {
                "snapshot": snap.sha256,
                "retrieved_at": snap.retrieved_at.isoformat(),
                "size": snap.size,
                "charset": snap.charset,
                "method": snap.method,
                "url": snap.url,
                "status": snap.status,
                "origin": snap.origin,
            }
        )
    query = select(
        s.c.id, s.c.url, s.c.title, s.c.authors, s.c.publisher, s.c.published, s.c.language
    ).order_by(s.c.url)
    return [
        {
            "id": src.id,
            "url": src.url,
            "title": src.title,
            "authors": src.authors,
            "publisher": src.publisher,
            "published": src.published,
            "language": src.language,
            "snapshots": snapshots.get(src.id, []),
        }
        for src in db.execute(query)
    ]


def claims_select(
    db: Reader,
    *,
    tag: str | None = None,
    source: str | None = None,
    status: str | None = None,
) -> Select[Any]:
    """The claims by id (slug), filtered by tag, cited source, and status: active or
    retracted, or the worst of its latest check results (e.g. "unverified": needs review)."""
    c = tables.claim
    query = select(c.c.id, c.c.slug, c.c.statement, c.c.status, c.c.language).order_by(c.c.slug)
    if tag:
        t = tables.claim_tag
        query = query.where(c.c.id.in_(select(t.c.claim_id).where(t.c.tag == tag)))
    if status in CLAIM_STATUSES:
        query = query.where(c.c.status == status)
    elif status:
        query = query.where(text(search_filters.check_condition(status, "claim.id")))
    if source:
        source_id = source_row(db, source, tables.source.c.id).id
        ci, sn = tables.citation, tables.snapshot
        cited = select(ci.c.claim_id).join(sn, sn.c.id == ci.c.snapshot_id)
        query = query.where(c.c.id.in_(cited.where(sn.c.source_id == source_id)))
    return query


def list_claims(
    db: Reader,
    *,
    tag: str | None = None,
    source: str | None = None,
    status: str | None = None,
) -> list[Row[Any]]:
    """The claims `claims_select` selects: rows of id, slug, statement, status, language."""
    query = claims_select(db, tag=tag, source=source, status=status)
    tables.autoflush(db)
    return list(db.execute(query))


def _by_claim(db: Reader, query: Select[Any], ids: Sequence[int]) -> Iterable[Row[Any]]:
    """The rows of `query` (whose first column is a claim id) for these claims."""
    column = query.selected_columns[0]
    for i in range(0, len(ids), _CHUNK):
        yield from db.execute(query.where(column.in_(ids[i : i + _CHUNK])))


def claim_rows(db: Reader, claims: Sequence[Any]) -> list[dict[str, Any]]:
    """The claims (rows of `list_claims`, or `Claim`s) as `factdb claims list --json` (and
    the viewer's /api/claims) gives them: each with the overall status of its latest
    checks ("unchecked" if never checked)."""
    ids = [c.id for c in claims]
    tables.autoflush(db)
    checks = search_filters.check_status(db, ids)
    t, ci, sn, s = tables.claim_tag, tables.citation, tables.snapshot, tables.source
    tags: dict[int, list[str]] = defaultdict(list)
    for row in _by_claim(db, select(t.c.claim_id, t.c.tag).order_by(t.c.tag), ids):
        tags[row.claim_id].append(row.tag)
    citations: dict[int, int] = defaultdict(int)
    sources: dict[int, set[str]] = defaultdict(set)
    cited = (
        select(ci.c.claim_id, s.c.url)
        .join(sn, sn.c.id == ci.c.snapshot_id)
        .join(s, s.c.id == sn.c.source_id)
    )
    for row in _by_claim(db, cited, ids):
        citations[row.claim_id] += 1
        sources[row.claim_id].add(row.url)
    return [
        {
            "id": c.slug,
            "statement": c.statement,
            "status": c.status,
            "check": checks[c.id],
            "language": c.language,
            "tags": tags.get(c.id, []),
            "citations": citations.get(c.id, 0),
            "sources": sorted(sources.get(c.id, ())),
        }
        for c in claims
    ]


def source_detail(db: Reader, ref: str) -> dict[str, Any]:
    """A source (by URL or id): its fields, every snapshot, and every claim citing it with
    the quote, the snapshot cited and the claim's latest check status, as `factdb source
    show --json` (and the viewer's /api/sources/ID) gives it."""
    source = source_row(db, ref)
    n, ci, c = tables.snapshot, tables.citation, tables.claim
    snapshots = db.execute(
        select(*tables.SNAPSHOT_FIELDS)
        .where(n.c.source_id == source.id)
        .order_by(n.c.retrieved_at, n.c.id)
    ).all()
    citations = db.execute(
        select(ci.c.claim_id, ci.c.exact, ci.c.text_start, n.c.sha256, c.c.slug)
        .add_columns(c.c.statement, c.c.status)
        .join(n, n.c.id == ci.c.snapshot_id)
        .join(c, c.c.id == ci.c.claim_id)
        .where(n.c.source_id == source.id)
        .order_by(ci.c.id)
    ).all()
    checks = search_filters.check_status(db, sorted({cit.claim_id for cit in citations}))
    claims: dict[str, dict[str, Any]] = {}
    for cit in citations:
        entry = claims.setdefault(
            cit.slug,
            {
                "id": cit.slug,
                "statement": cit.statement,
                "status": cit.status,
                "check": checks[cit.claim_id],
                "citations": [],
            },
        )
        entry["citations"].append(
            {"snapshot": cit.sha256, "exact": cit.exact, "text_start": cit.text_start}
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


def citation_fields(citation: Any, snapshot: str) -> dict[str, Any]:
    """What a citation (a `Citation` or a row of `tables.citation`) records of its quote,
    in the snapshot whose SHA-256 is `snapshot` (`factdb.claims.citation_json`)."""
    return {
        "snapshot": snapshot,
        "exact": citation.exact,
        "prefix": citation.prefix,
        "suffix": citation.suffix,
        "text_start": citation.text_start,
        "text_end": citation.text_end,
        "html_start": citation.html_start,
        "html_end": citation.html_end,
        "byte_start": citation.byte_start,
        "byte_end": citation.byte_end,
        # A PDF citation's pages and boxes (absent for a page: its events read as before).
        **({"pdf": citation.pdf, "page": citation.page} if citation.pdf is not None else {}),
    }


def result_elements(data: dict[str, Any] | None) -> list[dict[str, Any]]:
    """What a stored supported result compared (`CheckResult.data`); [] for results
    recorded before elements were kept."""
    return list((data or {}).get("elements") or [])


def claim_row(db: Reader, slug: str) -> Row[Any]:
    """The claim with this id (slug), as a row of `tables.claim`."""
    c = tables.claim
    tables.autoflush(db)
    row = db.execute(select(c).where(c.c.slug == slug)).first()
    if row is None:
        raise UnknownClaim(f"no claim {slug!r}")
    return row


def claim_detail(db: Reader, slug: str) -> dict[str, Any]:
    """Everything `claim show --json` (and the viewer's /api/claims/ID) gives of a claim."""
    from .reviews import holding, review_json, reviews

    c = claim_row(db, slug)
    t, ci, n, s = tables.claim_tag, tables.citation, tables.snapshot, tables.source
    tags = db.execute(select(t.c.tag).where(t.c.claim_id == c.id).order_by(t.c.tag)).scalars()
    citations = db.execute(
        select(ci, n.c.sha256.label("snapshot_sha256"), n.c.source_id)
        .add_columns(n.c.retrieved_at.label("retrieved_at"), s.c.url.label("source_url"))
        .add_columns(s.c.title.label("source_title"))
        .join(n, n.c.id == ci.c.snapshot_id)
        .join(s, s.c.id == n.c.source_id)
        .where(ci.c.claim_id == c.id)
        .order_by(ci.c.id)
    ).all()
    cr = tables.claim_revision
    revisions = db.execute(select(cr).where(cr.c.claim_id == c.id).order_by(cr.c.number)).all()
    results = current_results(db, [c.id]).get(c.id, [])
    held = holding(db, [c.id])
    w = tables.source_watch
    gone: dict[int, datetime] = {
        source_id: since
        for source_id, since in db.execute(
            select(w.c.source_id, w.c.gone_since).where(
                w.c.source_id.in_({x.source_id for x in citations}),
                w.c.gone_since.is_not(None),
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
        "tags": list(tags),
        "quantities": c.quantities,
        "created_by": c.created_by,
        "created_at": c.created_at.isoformat(),
        "citations": [
            {
                **citation_fields(x, x.snapshot_sha256),
                "typed_quote": x.typed_quote,
                "url": x.source_url,
                "title": x.source_title,
                "retrieved_at": x.retrieved_at.isoformat(),
                "extractor_version": x.extractor_version,
                # The page answered 404 or 410 to `factdb watch` since then (else None).
                "gone_since": gone[x.source_id].isoformat() if x.source_id in gone else None,
            }
            for x in citations
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
            for r in revisions
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
        "reviews": [rv.to_json() for rv in reviews(db, [c.id]).get(c.id, [])],
    }
