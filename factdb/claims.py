"""Claims: statements with the exact spans of archived pages that support them.

A claim can only be stored with its quotes located in their snapshots: `add_claim`,
`cite` and `import_claims` locate every quote first and store nothing if any is missing
or ambiguous.

This module is the one write path of claims: `add_claim`, `cite`, `edit`, `retract`,
`rebase` and `import_claims` (`WRITE_OPERATIONS`). Each ends in `_finish`, which writes
the change's revision, its derived rows (structured values, search index rows) and its
event in the caller's transaction; a bulk import writes the same rows in bulk. No other
module writes claims, citations or revisions (`tests/test_write_path.py`).
"""

from __future__ import annotations

import gc
import json
import marshal
import os
import re
import shutil
import signal
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from . import reviews as reviewslib
from .claims_file import (
    CiteSpec,
    Problem,
    Row,
    check_language,
    clean_tags,
    read_item,
    read_items,
    read_rows,
    reject,
)
from .engine.pdf import PDF_EXTRACTOR_VERSION, PdfTextLayer
from .engine.text import EXTRACTOR_VERSION, TextLayer
from .errors import (
    DuplicateClaim,
    FactdbError,
    ImportRejected,
    QuoteNotFound,
    UnknownClaim,
    UnreadableSpan,
    UsageError,
)
from .reads import citation_fields
from .search import cjk
from .search import index as search_index
from .statuses import CLAIM_STATUSES
from .store import events, signing
from .store.bulk import Plan, insert_plan, large_page_cache, plan_rows
from .store.lookups import (
    find_snapshot,
    find_source,
    latest_snapshot,
    require_text,
    text_layer,
)
from .store.models import Citation, Claim, ClaimRevision, ClaimTag, Snapshot, utcnow
from .store.results import RATING, TAGS_ONLY

if TYPE_CHECKING:
    from .engine.anchor import Span

#: The public operations that change claims: each ends in `_finish` (or, for new claims
#: of a bulk import, writes the same rows in bulk). `tests/test_write_path.py` walks them.
WRITE_OPERATIONS = ("add_claim", "cite", "edit", "retract", "rebase", "import_claims")

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,199}$")
STATUSES = CLAIM_STATUSES


def slugify(statement: str, max_words: int = 7) -> str:
    """A readable id from a statement.

    >>> slugify("Iran raised enrichment beyond the JCPOA's 3.67% limit")
    'iran-raised-enrichment-beyond-the-jcpoas-367'
    """
    ascii_text = unicodedata.normalize("NFKD", statement).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", "").replace(".", ""))
    return "-".join(words[:max_words]) or "claim"


def check_slug(slug: str) -> str:
    if not SLUG_RE.match(slug):
        raise UsageError(
            f"{slug!r} is not a valid claim id: use lowercase letters, digits, '-', '.' and '_'"
        )
    return slug


def find_claim(session: Session, slug: str) -> Claim:
    claim = session.scalar(select(Claim).where(Claim.slug == slug))
    if claim is None:
        raise UnknownClaim(f"no claim {slug!r}")
    return claim


def resolve_snapshot(session: Session, spec: CiteSpec) -> Snapshot:
    if spec.snapshot:
        return find_snapshot(session, spec.snapshot)
    if spec.source:
        return latest_snapshot(session, find_source(session, spec.source))
    raise UsageError("each quote needs a snapshot (--snapshot) or a source URL (--source)")


def locate_spec(
    session: Session, spec: CiteSpec, layers: dict[Any, Any] | None = None
) -> tuple[Snapshot, Span]:
    """Find a cited quote in its snapshot (raises QuoteNotFound / AmbiguousQuote).

    `layers` caches text layers by snapshot id across calls, so that a file of many
    claims on one page decodes the page, and folds its text for matching, only once (and
    the snapshots by how a spec names them, `("snapshot", prefix)` or `("source", url)`).
    """
    if layers is None:
        layers = {}
    snapshot, layer = _cited_layer(session, spec, layers)
    return snapshot, _locate_in(layer, snapshot, spec)


def _cited_layer(
    session: Session, spec: CiteSpec, layers: dict[Any, Any]
) -> tuple[Snapshot, TextLayer | PdfTextLayer]:
    """The snapshot a citation names and its text layer, cached in `layers` (see
    `locate_spec`); raises UsageError for an empty quote, as `locate_spec` does first."""
    if not spec.quote or not spec.quote.strip():
        raise UsageError("the quote is empty")
    # The same snapshot named the same way is looked up once per import.
    key = ("snapshot", spec.snapshot) if spec.snapshot else ("source", spec.source)
    snapshot = layers.get(key)
    if snapshot is None:
        snapshot = layers[key] = resolve_snapshot(session, spec)
    layer = layers.get(snapshot.id)
    if layer is None:
        layer = layers[snapshot.id] = require_text(text_layer(session, snapshot), snapshot)
    return snapshot, layer


def _locate_in(layer: TextLayer | PdfTextLayer, snapshot: Snapshot, spec: CiteSpec) -> Span:
    """The second half of `locate_spec`: the quote's span in the snapshot's layer."""
    from .engine.anchor import locate

    span = locate(
        layer,
        spec.quote,
        prefix=spec.prefix,
        suffix=spec.suffix,
        occurrence=spec.occurrence,
        allow_gaps=spec.allow_gaps,
    )
    check_span_reads(layer, span, snapshot)
    return span


def _locate_all(
    session: Session | None,
    specs: list[CiteSpec],
    layers: dict[Any, Any],
    pages: dict[tuple[str, str | None], tuple[Snapshot, TextLayer]] | None = None,
    named: dict[tuple[str, str | None], tuple[Any, ...]] | None = None,
) -> list[tuple[Snapshot, Span] | FactdbError]:
    """`locate_spec` of each spec, in order: (snapshot, span), or the FactdbError it raised.

    The quotes are located in file order, the order their rows, quotes and spans are
    read and written in from then on: taking them page by page instead kept each page's
    tables in the processor's caches, but every later pass over the claims then read
    their spans out of order, and a 100k-claim import cost more (`bench_checks.py`).

    `pages` (a worker process's, `_pipelined`) holds the snapshot and text layer every
    spec names, looked up before: nothing is read from the database (`session` None).
    `named` keeps what is found of each page from one call to the next.
    """
    from .engine.anchor import locate, once_locator

    out: list[Any] = []
    # By how a spec names its snapshot: the snapshot, its text layer, the layer's
    # `once_locator` and its HTML (None for a PDF), looked up once per page.
    if named is None:
        named = {}
    for spec in specs:
        quote = spec.quote
        key = ("snapshot", spec.snapshot) if spec.snapshot else ("source", spec.source)
        page = named.get(key) if quote and not quote.isspace() else None
        if page is None:
            try:
                if pages is None:
                    assert session is not None
                    snapshot, layer = _cited_layer(session, spec, layers)
                elif not quote or quote.isspace():
                    raise UsageError("the quote is empty")
                else:
                    snapshot, layer = pages[key]
            except FactdbError as exc:
                out.append(exc)
                continue
            html = layer.html if isinstance(layer, TextLayer) else None
            page = named[key] = (snapshot, layer, once_locator(layer), html)
        snapshot, layer, find, html = page
        if (
            spec.prefix is None
            and spec.suffix is None
            and spec.occurrence is None
            and not spec.allow_gaps
            and (span := find(quote)) is not None
        ):
            # `check_span_reads`' common cases first: the HTML range holds the quote's
            # words and no markup.
            if html is not None:
                fragment = html[span.html_start : span.html_end]
                if (
                    "<" in fragment
                    or "&" in fragment
                    or (fragment != span.exact and fragment.split() != span.exact.split())
                ):
                    try:
                        check_span_reads(layer, span, snapshot)
                    except FactdbError as exc:
                        out.append(exc)
                        continue
            out.append((snapshot, span))
            continue
        try:
            # `_locate_in`, written out (arguments by position: quote, prefix, suffix,
            # occurrence, allow_gaps): this runs once per quote of a file.
            span = locate(
                layer, spec.quote, spec.prefix, spec.suffix, spec.occurrence, spec.allow_gaps
            )
            check_span_reads(layer, span, snapshot)
        except FactdbError as exc:
            out.append(exc)
            continue
        out.append((snapshot, span))
    return out


def check_span_reads(layer: TextLayer | PdfTextLayer, span: Span, snapshot: Snapshot) -> None:
    """Refuse a span whose HTML range would not read back as its quote (see
    `check_rules.html_span_misreads`): it would be stored only to fail the html-span check."""
    if span.pdf is not None or not isinstance(layer, TextLayer):
        return  # a PDF has no HTML range: the pdf-span check reads its page ranges
    fragment = layer.html[span.html_start : span.html_end]
    if "<" not in fragment and "&" not in fragment:
        # No markup: the range reads as its words, its whitespace collapsed, and
        # `html_span_misreads` compares words up to whitespace (`\s` is what `str.split`
        # splits at): what it would find, without the call (most quotes; a quote across
        # a line break of the source, a few in ten of the rest).
        if fragment == span.exact or fragment.split() == span.exact.split():
            return
    from .check_rules import html_span_misreads

    read = html_span_misreads(layer.html, span.html_start, span.html_end, span.exact)
    if read is not None:
        raise UnreadableSpan(
            f"quote {span.exact[:80]!r} is in snapshot {snapshot.sha256[:12]} at "
            f"html[{span.html_start}:{span.html_end}], but that HTML read alone gives "
            f"{read[:80]!r}: it is raw text (as in <xmp>) holding markup characters; "
            "quote words outside them"
        )


def _citation(snapshot: Snapshot, span: Span, spec: CiteSpec, actor: str, version: str) -> Citation:
    return Citation(
        snapshot=snapshot,
        exact=span.exact,
        prefix=span.prefix,
        suffix=span.suffix,
        text_start=span.text_start,
        text_end=span.text_end,
        html_start=span.html_start,
        html_end=span.html_end,
        byte_start=span.byte_start,
        byte_end=span.byte_end,
        parts=[list(p) for p in span.parts] if span.parts else None,
        pdf=span.pdf,
        page=span.pdf["page_start"] if span.pdf is not None else None,
        typed_quote=spec.quote,
        # A PDF's span is the PDF extractor's.
        extractor_version=PDF_EXTRACTOR_VERSION if span.pdf is not None else version,
        created_by=actor,
    )


def citation_json(citation: Citation) -> dict[str, Any]:
    return citation_fields(citation, citation.snapshot.sha256)


def citation_state(citation: Citation) -> dict[str, Any]:
    """What an event records of a citation: `citation_json` and the rest of its row (the
    typed quote, the parts of a quote with gaps, the extractor version, who and when), so
    that `factdb fsck` can compare every column with the log."""
    return {
        **citation_json(citation),
        "typed_quote": citation.typed_quote,
        "parts": citation.parts,
        "extractor_version": citation.extractor_version,
        "created_by": citation.created_by,
        "created_at": events.when(citation.created_at),
    }


def revision_state(revision: ClaimRevision) -> dict[str, Any]:
    """What an event records of each revision its change added (every column but ids)."""
    return {
        "number": revision.number,
        "kind": revision.kind,
        "old_statement": revision.old_statement,
        "new_statement": revision.new_statement,
        "why": revision.why,
        "data": revision.data,
        "actor": revision.actor,
        "at": events.when(revision.at),
    }


def _check_statement(statement: str) -> str:
    statement = statement.strip()
    if not statement:
        raise UsageError("the statement is empty")
    return statement


def _revision(
    claim: Claim,
    kind: str,
    actor: str,
    *,
    old: str | None,
    new: str | None,
    why: str | None,
    data: dict[str, Any] | None = None,
) -> ClaimRevision:
    """A new revision of `claim` (numbered after its others); `_finish` stores it."""
    return ClaimRevision(
        claim=claim,
        number=len(claim.revisions) + 1,
        kind=kind,
        old_statement=old,
        new_statement=new,
        why=why,
        data=data,
        actor=actor,
        at=utcnow(),
    )


def add_claim(
    session: Session,
    statement: str,
    cites: Sequence[CiteSpec],
    *,
    slug: str | None = None,
    tags: Iterable[str] = (),
    language: str | None = None,
    actor: str,
) -> Claim:
    """Store a new claim with its citations; every quote must be found exactly once.

    `language` is the statement's (a BCP 47 tag); None reads it in its first source's.
    """
    statement = _check_statement(statement)
    language = check_language(language)
    if not cites:
        raise UsageError("a claim needs at least one quote (--quote)")
    slug = check_slug(slug or _unique_slug(session, slugify(statement)))
    if session.scalar(select(Claim.id).where(Claim.slug == slug)) is not None:
        raise DuplicateClaim(f"a claim with id {slug!r} already exists")
    layers: dict[int, TextLayer] = {}
    located = [locate_spec(session, spec, layers) for spec in cites]
    claim = Claim(
        slug=slug,
        statement=statement,
        language=language,
        status="active",
        created_by=actor,
    )
    claim.tags = [ClaimTag(tag=t) for t in clean_tags(tags)]
    session.add(claim)
    for (snapshot, span), spec in zip(located, cites, strict=True):
        claim.citations.append(_citation(snapshot, span, spec, actor, EXTRACTOR_VERSION))
    revision = _revision(claim, "create", actor, old=None, new=statement, why=None)
    return _finish(session, claim, "claim.create", None, [revision], actor=actor)


def _unique_slug(session: Session, base: str) -> str:
    taken = set(session.scalars(select(Claim.slug).where(Claim.slug.startswith(base))))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def claim_state(claim: Claim) -> dict[str, Any]:
    """What an event records of a claim: statement, status, tags, citations (every column,
    `citation_state`), who created it and when, when it last changed, and its language
    when it has one (so a claim without one hashes as it always did). `factdb fsck`
    replays these states and compares them with the rows."""
    state = {
        "statement": claim.statement,
        "status": claim.status,
        "tags": claim.tag_names,
        "citations": [citation_state(c) for c in claim.citations],
        "created_by": claim.created_by,
        "created_at": events.when(claim.created_at),
        "updated_at": events.when(claim.updated_at),
    }
    if claim.language is not None:
        state["language"] = claim.language
    if claim.rating is not None:
        state["rating"] = claim.rating
    return state


def cite(session: Session, slug: str, cites: Sequence[CiteSpec], *, actor: str) -> Claim:
    """Add corroborating citations to an existing claim."""
    claim = find_claim(session, slug)
    if not cites:
        raise UsageError("give at least one quote to cite")
    before = claim_state(claim)
    located = [locate_spec(session, spec) for spec in cites]
    added = []
    for (snapshot, span), spec in zip(located, cites, strict=True):
        if any(
            c.snapshot_id == snapshot.id
            and c.text_start == span.text_start
            and c.text_end == span.text_end
            for c in claim.citations
        ):
            raise DuplicateClaim(
                f"claim {slug!r} already cites this passage of snapshot {snapshot.sha256[:12]}"
            )
        citation = _citation(snapshot, span, spec, actor, EXTRACTOR_VERSION)
        claim.citations.append(citation)
        added.append(span.exact)
    revision = _revision(
        claim,
        "cite",
        actor,
        old=claim.statement,
        new=claim.statement,
        why="added citation: " + " | ".join(added),
    )
    return _finish(session, claim, "claim.cite", before, [revision], actor=actor)


def edit(
    session: Session,
    slug: str,
    statement: str | None = None,
    *,
    why: str,
    actor: str,
    language: str | None = None,
) -> Claim:
    """Change a claim's statement and/or its language (None: leave it), keeping the old
    statement in its revisions."""
    claim = find_claim(session, slug)
    if statement is None and language is None:
        raise UsageError("give the new statement (--statement) or language (--lang)")
    if statement is not None:
        statement = _check_statement(statement)
    language = check_language(language)
    if not why or not why.strip():
        raise UsageError("say why the claim changes (--why)")
    new_statement = statement is not None and statement != claim.statement
    new_language = language is not None and language != claim.language
    if not new_statement and not new_language:
        raise UsageError(f"claim {slug!r} already says exactly that")
    before = claim_state(claim)
    new = statement if statement is not None and new_statement else claim.statement
    revision = _revision(claim, "edit", actor, old=claim.statement, new=new, why=why)
    claim.statement = new
    if new_language:
        claim.language = language
    return _finish(session, claim, "claim.edit", before, [revision], actor=actor, why=why)


def rate(session: Session, slug: str, rating: str, *, why: str | None, actor: str) -> Claim:
    """Record the desk's rating of a claim ("Mostly true"), a revision of kind `rate` that
    supersedes no check result; the previous rating stays in the revision's data."""
    claim = find_claim(session, slug)
    value = " ".join(rating.split())
    if not value:
        raise UsageError("the rating is empty")
    if len(value) > 100:
        raise UsageError("a rating is at most 100 characters")
    if value == claim.rating:
        raise UsageError(f"claim {slug!r} is already rated {value!r}")
    before = claim_state(claim)
    data = {"rating": value, "previous": claim.rating}
    revision = _revision(
        claim, RATING, actor, old=claim.statement, new=claim.statement, why=why, data=data
    )
    claim.rating = value
    return _finish(session, claim, "claim.rate", before, [revision], actor=actor, why=why)


def retract(session: Session, slug: str, *, why: str, actor: str) -> Claim:
    """Mark a claim retracted (it stays, with its history, but no brief may cite it)."""
    claim = find_claim(session, slug)
    if not why or not why.strip():
        raise UsageError("say why the claim is retracted (--why)")
    if claim.status == "retracted":
        raise UsageError(f"claim {slug!r} is already retracted")
    before = claim_state(claim)
    revision = _revision(claim, "retract", actor, old=claim.statement, new=claim.statement, why=why)
    claim.status = "retracted"
    return _finish(session, claim, "claim.retract", before, [revision], actor=actor, why=why)


def _finish(
    session: Session,
    claim: Claim,
    action: str,
    before: dict[str, Any] | None,
    revisions: Sequence[ClaimRevision],
    *,
    actor: str,
    why: str | None = None,
) -> Claim:
    """Finish any change to a claim, in the caller's transaction: its revisions, its
    derived rows (the structured values read from its statement, its search index rows)
    and the event. Every claim operation of this module ends here, and no other module
    writes claims (`tests/test_write_path.py` proves both): so no write path can forget
    the index, and a new revision supersedes the check results that judged what it
    changed (`factdb.store.results`).
    """
    from .engine.quantities import structured_values

    if not revisions:
        raise AssertionError("a change to a claim keeps at least one revision")
    session.add_all(revisions)
    claim.quantities = structured_values(claim.statement)
    claim.updated_at = utcnow()
    session.flush()
    search_index.index_claims(session, [claim.id])
    after = {**claim_state(claim), "revisions": [revision_state(r) for r in revisions]}
    events.record(
        session,
        actor=actor,
        action=action,
        entity_type="claim",
        entity_id=claim.slug,
        before=before,
        after={**after, "why": why} if why is not None else after,
    )
    return claim


def claims_query() -> Select[tuple[Claim]]:
    """Claims by slug, with their tags and citations (snapshot and source) loaded."""
    return (
        select(Claim)
        .options(
            selectinload(Claim.tags),
            selectinload(Claim.citations)
            .selectinload(Citation.snapshot)
            .selectinload(Snapshot.source),
        )
        .order_by(Claim.slug)
    )


# --- rebase: following a page to a newer capture ----------------------------------------


def rebase(
    session: Session,
    slug: str,
    to: str,
    *,
    quote: str | None = None,
    actor: str,
) -> Claim:
    """Move claim `slug`'s citations of one source to its newer snapshot `to`.

    Each quote must be found there exactly (typography folded, as `locate` matches), or,
    with `quote`, the corrected words are located instead (only for a claim with one
    citation of that source). The old citation is kept in a `rebase` revision; an event
    records the change. Raises and stores nothing when a quote is not found.
    """
    from .engine.anchor import fold_quote, locate, reanchor

    claim = find_claim(session, slug)
    snapshot = find_snapshot(session, to)
    mine = [c for c in claim.citations if c.snapshot.source_id == snapshot.source_id]
    if not mine:
        raise UsageError(
            f"claim {slug!r} cites no snapshot of {snapshot.source.url} "
            f"(snapshot {snapshot.sha256[:12]} is of that source)"
        )
    if quote is not None and not quote.strip():
        raise UsageError("the quote is empty")
    if quote is not None and len(mine) > 1:
        raise UsageError(
            f"claim {slug!r} cites {len(mine)} passages of {snapshot.source.url}; "
            "--quote can correct only one: rebase a claim with one citation of the source"
        )
    for c in mine:
        if c.snapshot_id == snapshot.id:
            raise UsageError(f"claim {slug!r} already cites snapshot {snapshot.sha256[:12]}")
        if not is_newer(snapshot, c.snapshot):
            raise UsageError(
                f"snapshot {snapshot.sha256[:12]} (retrieved {snapshot.retrieved_at:%Y-%m-%d}) "
                f"is not newer than the cited snapshot {c.snapshot.sha256[:12]} "
                f"(retrieved {c.snapshot.retrieved_at:%Y-%m-%d})"
            )
    layer = require_text(text_layer(session, snapshot), snapshot)
    spans: list[Span] = []
    for c in mine:
        if quote is not None:
            spans.append(locate(layer, quote))
            continue
        found = reanchor(c, layer)
        if found is None or not found.exact_match:
            closest = (
                f"; the closest passage (similarity {found.similarity:.2f}) reads "
                f"{found.span.exact[:120]!r}"
                if found is not None
                else ""
            )
            raise QuoteNotFound(
                f"claim {slug!r}: quote {c.exact[:120]!r} is not in snapshot "
                f"{snapshot.sha256[:12]} exactly{closest}; give the corrected words with --quote",
                quote=c.exact,
                nearest=found.span.exact if found is not None else None,
                nearest_start=found.span.text_start if found is not None else None,
                similarity=found.similarity if found is not None else 0.0,
            )
        spans.append(found.span)
    for span in spans:
        check_span_reads(layer, span, snapshot)
        if any(
            c.snapshot_id == snapshot.id
            and (c.text_start, c.text_end) == (span.text_start, span.text_end)
            for c in claim.citations
        ):
            raise DuplicateClaim(
                f"claim {slug!r} already cites this passage of snapshot {snapshot.sha256[:12]}"
            )
    before = claim_state(claim)
    now = utcnow()
    revisions = []
    for c, span in zip(mine, spans, strict=True):
        old = {
            **citation_json(c),
            "typed_quote": c.typed_quote,
            "parts": c.parts,
            "extractor_version": c.extractor_version,
            "created_by": c.created_by,
            "created_at": c.created_at.isoformat(),
        }
        corrected = quote is not None and fold_quote(span.exact) != fold_quote(c.exact)
        why = f"rebased from snapshot {c.snapshot.sha256[:12]} to {snapshot.sha256[:12]}"
        if corrected:
            why += f"; quote now reads {span.exact!r}"
        revisions.append(
            _revision(
                claim,
                "rebase",
                actor,
                old=claim.statement,
                new=claim.statement,
                why=why,
                data=old,
            )
        )
        c.snapshot = snapshot
        c.exact = span.exact
        c.prefix = span.prefix
        c.suffix = span.suffix
        c.text_start, c.text_end = span.text_start, span.text_end
        c.html_start, c.html_end = span.html_start, span.html_end
        c.byte_start, c.byte_end = span.byte_start, span.byte_end
        c.pdf = span.pdf
        c.page = span.pdf["page_start"] if span.pdf is not None else None
        c.parts = None
        if quote is not None:
            c.typed_quote = quote
        c.extractor_version = layer.version
        c.created_by = actor
        c.created_at = now
    return _finish(session, claim, "claim.rebase", before, revisions, actor=actor)


def is_newer(a: Snapshot, b: Snapshot) -> bool:
    """Whether snapshot `a` was retrieved after `b` (ties: archived after it)."""
    return (a.retrieved_at, a.id) > (b.retrieved_at, b.id)


# --- importing claims files ------------------------------------------------------------------


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, list[str]]:
        return {"created": self.created, "revised": self.revised, "unchanged": self.unchanged}


def import_claims(
    session: Session, path: Path, *, actor: str, overwrite: bool = False
) -> ImportReport:
    """Import a claims file all-or-nothing: created, revised or unchanged claims.

    Every row is read and every quote located first, in one pass; if any row is bad (a bad
    field, duplicate id, quote not found or ambiguous, unknown source or snapshot),
    ImportRejected lists every bad row with its line or item number and nothing is stored.
    A row that would change a claim changed since it was last imported (by `claim edit`,
    `cite`, `rebase`, `retract`, or a claim recorded by hand) is a conflict, listed the
    same way, unless `overwrite`.
    """
    with _collector_paused():
        return _import_claims(session, path, actor=actor, overwrite=overwrite)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration.

    A large import builds several objects per claim that all live until it ends; the
    collector would rescan them again and again and find no cycles (a fifth of the time
    of a 20,000-claim import).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _import_claims(
    session: Session, path: Path, *, actor: str, overwrite: bool = False
) -> ImportReport:
    items = read_items(path) if path.suffix.lower() == ".json" else None
    pipeline = True
    if items is not None and len(items) >= PIPELINE_CLAIMS:
        piped = _pipelined_items(session, path, items, actor=actor)
        if isinstance(piped, ImportReport):
            return piped
        pipeline = piped is None  # not tried: the rows may still take it
    rows, problems = read_rows(path, items)
    return import_rows(
        session, path, rows, problems, actor=actor, overwrite=overwrite, pipeline=pipeline
    )


def import_rows(
    session: Session,
    path: Path,
    rows: list[Row],
    problems: list[Problem],
    *,
    actor: str,
    overwrite: bool = False,
    pipeline: bool = True,
) -> ImportReport:
    """Import rows read from `path` (a claims file, or any file turned into rows, such as
    a Hypothesis export) all-or-nothing, as `import_claims` does; `problems` are the rows
    that did not read, reported with any found here. `pipeline`: a large import may
    take two processes (`_pipelined`)."""
    layers: dict[int, TextLayer] = {}
    seen: dict[str, str] = {}
    plans: list[tuple[Row, list[tuple[Snapshot, Span, CiteSpec]]]] = []
    # Each row's problems in file order: a bad id, else each citation that is not found.
    checked: list[tuple[Row, Problem | None]] = []
    specs: list[CiteSpec] = []
    slug_ok = SLUG_RE.match
    for row in rows:
        slug = row.slug
        if slug:
            if slug_ok(slug) is None:
                try:
                    check_slug(slug)
                except FactdbError as exc:
                    checked.append((row, Problem(row.place, f"{row.where}: {exc}")))
                    continue
            if slug in seen:
                message = f"{row.where}: id {slug!r} already used by {seen[slug]}"
                checked.append((row, Problem(row.place, message)))
                continue
            seen[slug] = row.where
        checked.append((row, None))
        specs.extend(row.cites)
    if (
        pipeline
        and not problems
        and len(rows) >= PIPELINE_CLAIMS
        and all(bad is None and row.slug for row, bad in checked)
    ):
        keys = {("snapshot", s.snapshot) if s.snapshot else ("source", s.source) for s in specs}
        slugs = [str(row.slug) for row in rows]
        piped = _pipelined(session, path, slugs, keys, rows, layers=layers, actor=actor)
        if isinstance(piped, ImportReport):
            _import_reviews(session, path, [row for row in rows if row.review], actor=actor)
            return piped
    found = _locate_all(session, specs, layers)
    k = 0
    for row, bad_id in checked:
        if bad_id is not None:
            problems.append(bad_id)
            continue
        bad = False
        located = []
        for spec in row.cites:
            result = found[k]
            k += 1
            if type(result) is not tuple:  # the FactdbError it raised
                problems.append(Problem(row.place, f"{row.where}: {_one_line(str(result))}"))
                bad = True
                continue
            located.append((result[0], result[1], spec))
        if not bad:
            plans.append((row, located))
    existing = _existing_slugs(session, [row.slug for row, _ in plans if row.slug])
    conflicts: list[Problem] = []
    if not overwrite and existing:
        for row, located in plans:
            if row.slug in existing:
                conflict = _conflict(session, row, located, path)
                if conflict:
                    conflicts.append(Problem(row.place, conflict))
    if conflicts:
        parts = [f"{len(problems)} bad row(s)"] if problems else []
        parts.append(f"{len(conflicts)} conflict(s) (--overwrite replaces them)")
        ordered = sorted(problems + conflicts, key=lambda p: p.place)
        raise ImportRejected(path, " and ".join(parts), [p.message for p in ordered])
    reject(path, problems)
    report = ImportReport()
    why = f"imported from {path.name}"
    # New claims citing only pages are inserted in bulk; a PDF citation (pages and boxes)
    # takes the one-by-one path.
    fresh = []
    one_by_one = []
    for plan in plans:
        row, located = plan
        if (
            row.slug
            and row.slug not in existing
            and (located[0][1].pdf is None if len(located) == 1 else _bulk_ok(located))
        ):
            fresh.append(plan)
        else:
            one_by_one.append(plan)
    with large_page_cache(session.connection(), len(fresh)):
        _bulk_create(session, fresh, actor=actor, why=why)
    report.created.extend(row.slug for row, _ in fresh if row.slug)
    for row, located in one_by_one:
        _apply(session, row, located, report, actor=actor, why=why)
    _import_reviews(session, path, [row for row, _ in plans if row.review], actor=actor)
    return report


#: From this many claims on, a new import's quotes are located and its rows built in a
#: second process while this one inserts them (`_pipelined`); below it, starting the
#: process costs more than it saves.
PIPELINE_CLAIMS = 2000
#: Claims the second process locates and builds rows for at a time.
PIPELINE_CHUNK = 4000
_SAVEPOINT = "factdb_import"


def _pipelined_items(
    session: Session, path: Path, items: list[Any], *, actor: str
) -> ImportReport | Literal[False] | None:
    """`_pipelined` of a JSON file's items, read into rows by the worker too: for files
    of the usual shape (every item a mapping with an id of its own, one quote given at
    its top level and no review). None when the file is not of that shape."""
    if not all(type(item) is dict for item in items):
        return None
    if any("citations" in item or "review" in item for item in items):
        return None
    slugs = [item.get("id") for item in items]
    if not all(type(slug) is str and SLUG_RE.match(slug) for slug in slugs):
        return None
    if len(set(slugs)) != len(slugs):
        return None
    keys: set[tuple[str, str | None]] = set()
    for snapshot, source in {(item.get("snapshot"), item.get("source")) for item in items}:
        if not (snapshot is None or type(snapshot) is str) or not (
            source is None or type(source) is str
        ):
            return None
        keys.add(("snapshot", snapshot) if snapshot else ("source", source or None))
    return _pipelined(session, path, slugs, keys, items, layers={}, actor=actor)


def _pipelined(
    session: Session,
    path: Path,
    slugs: list[str],
    keys: set[tuple[str, str | None]],
    todo: list[Row] | list[Any],
    *,
    layers: dict[Any, Any],
    actor: str,
) -> ImportReport | Literal[False] | None:
    """`import_rows` of a large file of new claims on SQLite, on two processors.

    A forked worker process locates the quotes and builds every row (`_bulk_rows`, the
    event chain, the search index rows) a chunk of claims at a time, while this process
    inserts the chunks it has sent, in one savepoint: the same rows, ids, events and
    hashes as `_bulk_create`, each table's rows in the same order. `todo` are the rows,
    or the items of a JSON file (`_pipelined_items`: the worker reads them into rows).

    Only for claims that are all new, with ids (`slugs`) unique and valid, citing pages
    (`keys`, as `_locate_all` names them) that are all found here first, none a PDF: the
    worker reads nothing from the database. Otherwise None, before anything is written.
    At anything else unusual (a bad row or quote, values the search index reads back,
    any error in the worker) the savepoint is rolled back and False returned: the
    caller then does it all in this process, and reports what it finds as ever.
    """
    if not hasattr(os, "fork") or _processors() < 2:
        return None  # one processor: a second process only adds work
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    if _existing_slugs(session, slugs):
        return None
    pages: dict[tuple[str, str | None], tuple[Snapshot, TextLayer]] = {}
    for kind, name in keys:
        # A stand-in citation naming the page as the claims do (`resolve_snapshot`).
        spec = CiteSpec("-", name) if kind == "snapshot" else CiteSpec("-", None, name)
        try:
            snapshot, layer = _cited_layer(session, spec, layers)
        except FactdbError:
            return None
        if not isinstance(layer, TextLayer):
            return None  # a PDF's spans take the one-by-one path
        pages[(kind, name)] = (snapshot, layer)
    # What the worker reads of each snapshot, read here (it must not load anything).
    known = {snapshot: _snapshot_info(snapshot) for snapshot, _ in pages.values()}
    now = utcnow()
    why = f"imported from {path.name}"
    ids = _new_claim_ids(session, len(slugs))
    assert ids is not None  # SQLite
    search_index.clear_new_ids(conn, ids)
    prev = events.chain_head(session)
    job = _Job(
        todo,
        f"{path}: claim ",
        slugs,
        pages,
        known,
        ids[0],
        prev,
        signing.signer(),
        conn.dialect,
        now,
        actor,
        why,
    )
    conn.exec_driver_sql(f"SAVEPOINT {_SAVEPOINT}")
    try:
        head = _run_pipeline(conn, job)
    except BaseException:
        with suppress(Exception):
            conn.exec_driver_sql(f"ROLLBACK TO {_SAVEPOINT}")
            conn.exec_driver_sql(f"RELEASE {_SAVEPOINT}")
        raise
    if head is None:
        conn.exec_driver_sql(f"ROLLBACK TO {_SAVEPOINT}")
        conn.exec_driver_sql(f"RELEASE {_SAVEPOINT}")
        return False
    conn.exec_driver_sql(f"RELEASE {_SAVEPOINT}")
    events.set_head(session, head)
    report = ImportReport()
    report.created.extend(slugs)
    return report


def _processors() -> int:
    """How many processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Job(NamedTuple):
    """What `_pipelined`'s worker is given (it has it by forking)."""

    #: The rows, or a JSON file's items (read into rows by `claims_file.read_item`, each
    #: given `where` and its number).
    todo: list[Row] | list[Any]
    where: str
    slugs: list[str]
    pages: dict[tuple[str, str | None], tuple[Snapshot, TextLayer]]
    known: dict[Snapshot, tuple[int, str, str | None]]
    first_id: int
    prev: str
    key: Any
    dialect: Any
    now: datetime
    actor: str
    why: str


def _run_pipeline(conn: Any, job: _Job) -> str | None:
    """Fork the worker, insert what it sends: the event chain's new head, or None when
    the worker gave up (what it sent is then in the savepoint, for the caller to undo)."""
    spool = tempfile.mkdtemp(prefix="factdb-import-", dir=_SHM if os.path.isdir(_SHM) else None)
    read_end, write_end = os.pipe()
    acks_read, acks_write = os.pipe()  # a byte back for each spooled message read
    pid = os.fork()
    if pid == 0:  # the worker: never returns
        os.close(read_end)
        os.close(acks_write)
        _worker(_Channel(os.fdopen(write_end, "wb"), spool, acks_read), job)
    os.close(write_end)
    os.close(acks_read)
    head: str | None = None
    try:
        with (
            os.fdopen(read_end, "rb") as pipe,
            large_page_cache(conn, len(job.slugs)),
            search_index.large_term_buffer(conn, len(job.slugs)),
        ):
            while True:
                message = _receive(pipe, acks_write)
                if message is None or message[0] != "rows":
                    head = message[1] if message is not None and message[0] == "done" else None
                    break
                for insert in message[1]:
                    rows = insert[1] if len(insert) == 2 else plan_rows(insert)
                    conn.exec_driver_sql(insert[0], rows)
    finally:
        if head is None:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(acks_write)
        shutil.rmtree(spool, ignore_errors=True)
    return head


#: Where the worker's chunks are spooled: memory, where there is such a file system.
_SHM = "/dev/shm"
#: A message's size with this bit set: the message is in the spool file named next.
_SPOOLED = 1 << 63


class _Channel:
    """The worker's end: the pipe, and the directory its large messages are spooled to
    (a pipe holds 64 KiB: a chunk of rows through it takes the two processes a hundred
    turns each, and each turn waits for a processor when the machine is busy). At most
    `_AHEAD` spooled messages wait unread: the worker then waits for `acks`."""

    def __init__(self, pipe: Any, spool: str, acks: int) -> None:
        self.pipe = pipe
        self.spool = spool
        self.acks = acks
        self.sent = 0
        self.acked = 0


#: Spooled messages the worker may send ahead of the ones read.
_AHEAD = 2
#: Messages larger than this go through the spool.
_SPOOL_BYTES = 1 << 16


def _receive(pipe: Any, acks: int) -> Any:
    """One message `_send` wrote (None: the worker ended without one); a spooled one is
    acknowledged on `acks`."""
    size = pipe.read(8)
    if len(size) < 8:
        return None
    n = int.from_bytes(size, "little")
    spooled = n & _SPOOLED
    n &= ~_SPOOLED
    data = pipe.read(n)
    if len(data) < n:
        return None
    if spooled:
        name = data.decode()
        data = Path(name).read_bytes()
        os.unlink(name)
        with suppress(BrokenPipeError):  # the worker has sent all and ended
            os.write(acks, b".")
    return marshal.loads(data)


def _send(channel: _Channel, message: Any) -> None:
    data = marshal.dumps(message)
    size = len(data)
    if size > _SPOOL_BYTES:
        while channel.sent - channel.acked >= _AHEAD:
            if not os.read(channel.acks, 1):
                raise EOFError("the importing process has gone")
            channel.acked += 1
        channel.sent += 1
        name = os.path.join(channel.spool, str(channel.sent))
        with open(name, "wb") as f:
            f.write(data)
        data = name.encode()
        size = len(data) | _SPOOLED
    channel.pipe.write(size.to_bytes(8, "little"))
    channel.pipe.write(data)
    channel.pipe.flush()


def _worker(channel: _Channel, job: _Job) -> None:
    """The forked worker's life: `_worker_chunks`, then exit without running any of the
    parent's exit handlers (it shares their database connection)."""
    try:
        sys.setprofile(None)  # a profiler (`bench_checks.py --profile-import`) times the parent
        with channel.pipe:
            try:
                _worker_chunks(channel, job)
            except BaseException as exc:  # noqa: BLE001 (the parent redoes it all)
                _send(channel, ("gave up", f"{type(exc).__name__}: {exc}"))
    finally:
        os._exit(0)


def _worker_chunks(pipe: _Channel, job: _Job) -> None:
    """Locate each chunk's quotes and send the chunk's inserts; "done" and the new head,
    or "gave up" at the first thing `_pipelined` leaves to the one-process path."""
    from .store.models import Event

    dialect, now, actor, why = job.dialect, job.now, job.actor, job.why
    named: dict[tuple[str, str | None], tuple[Any, ...]] = {}
    next_id, prev = job.first_id, job.prev
    # The first chunk small: this process waits for it.
    start, end = 0, max(1, PIPELINE_CHUNK // 8)
    while start < len(job.todo):
        chunk = job.todo[start:end]
        if chunk and type(chunk[0]) is not Row:  # a JSON file's items
            chunk = [read_item(f"{job.where}{i}", item) for i, item in enumerate(chunk, start + 1)]
            if [row.slug for row in chunk] != job.slugs[start:end]:
                _send(pipe, ("gave up", "an id reads otherwise"))
                return
        specs = [spec for row in chunk for spec in row.cites]
        found = iter(_locate_all(None, specs, {}, job.pages, named))
        plans = []
        for row in chunk:
            located = []
            for spec in row.cites:
                result = next(found)
                if type(result) is not tuple or result[1].pdf is not None:
                    _send(pipe, ("gave up", "a quote is not found, or is in a PDF"))
                    return
                located.append((result[0], result[1], spec))
            plans.append((row, located))
        ids = list(range(next_id, next_id + len(plans)))
        next_id += len(plans)
        claims = _ClaimRows(dialect, plans, ids, now, actor)
        rest = _bulk_rows(dialect, claims, ids, job.known, actor=actor, now=now, why=why)
        if not search_index.plain_values(rest.docs):
            _send(pipe, ("gave up", "values the search index reads back"))
            return
        columns, same, prev = events.shared_columns(
            prev,
            at=now,
            actor=actor,
            action="claim.create",
            entity_type="claim",
            entity_ids=claims.slugs,
            afters=rest.afters,
            key=job.key,
        )
        built = insert_plan(
            dialect, Event.__table__, columns, same=same, processed=("before", "after")
        )
        assert built is not None
        docs, cjk_rows, values = search_index.new_claim_rows(rest.docs)
        # Plans (`insert_plan`) and (statement, rows).
        inserts: list[Any] = [claims.insert, *rest.inserts, built, (search_index.INSERT_FTS, docs)]
        if cjk_rows:
            inserts.append((cjk.INSERT_SQLITE, cjk_rows))
        if values:
            inserts.append((search_index.INSERT_VALUES, values))
        _send(pipe, ("rows", inserts))
        start, end = end, end + PIPELINE_CHUNK
    _send(pipe, ("done", prev))


def _import_reviews(session: Session, path: Path, rows: list[Row], *, actor: str) -> None:
    """Record the reviews of imported rows (`review` field): the claims are checked, then
    each verdict recorded as `factdb review` records it; a review that already holds with
    the same verdict, reason, reviewer and check is not recorded again (an import run
    twice records nothing new). A review that cannot be recorded rejects the import."""
    from .checks import run_checks

    if not rows:
        return
    ids = dict(
        session.execute(select(Claim.slug, Claim.id).where(Claim.slug.in_([r.slug for r in rows])))
        .tuples()
        .all()
    )
    held = reviewslib.reviews(session, list(ids.values()))

    def recorded(row: Row) -> bool:
        rv = row.review or {}
        return any(
            r.holds
            and r.verdict == rv["verdict"]
            and r.why == rv["why"]
            and r.actor == rv.get("by", actor)
            and rv.get("check", r.check) == r.check
            for r in held.get(ids[row.slug or ""], [])
        )

    todo = [row for row in rows if not recorded(row)]
    if not todo:
        return
    run_checks(session, [row.slug or "" for row in todo], actor=actor)
    problems = []
    for row in todo:
        rv = row.review or {}
        try:
            reviewslib.review(
                session,
                row.slug or "",
                verdict=rv["verdict"],
                why=rv["why"],
                actor=rv.get("by", actor),
                check=rv.get("check"),
            )
        except FactdbError as exc:
            problems.append(f"{row.where}: review: {_one_line(str(exc))}")
    if problems:
        raise ImportRejected(path, f"{len(problems)} review(s) not recorded", problems)


def _imported_from(revision: ClaimRevision) -> str | None:
    """The name of the claims file whose import made this revision (None: not an import;
    revisions from before the name was kept in `data` say it in `why`)."""
    name = (revision.data or {}).get("import")
    if isinstance(name, str):
        return name
    why = revision.why or ""
    return why.removeprefix("imported from ") if why.startswith("imported from ") else None


def _conflict(
    session: Session,
    row: Row,
    located: list[tuple[Snapshot, Span, CiteSpec]],
    path: Path,
) -> str | None:
    """Why importing `row` would overwrite a change made to its claim since it was last
    imported (None: it would not: the row changes nothing, or the claim's latest revision
    is an import's, of this file or another)."""
    claim = find_claim(session, str(row.slug))
    if not _changes(claim, row, located):
        return None
    # A rating changes nothing a claims file holds.
    last = next((r for r in reversed(claim.revisions) if r.kind != RATING), None)
    if last is None or _imported_from(last) is not None:
        return None
    what = {"create": "recorded", "edit": "edited", "retract": "retracted"}.get(
        last.kind, f"changed ({last.kind})"
    )
    imports = [name for r in claim.revisions if (name := _imported_from(r)) is not None]
    since = f"after it was last imported (from {imports[-1]})" if imports else "and never imported"
    return (
        f"{row.where}: claim {claim.slug!r} was {what} by {last.actor} on "
        f"{last.at:%Y-%m-%d %H:%M} {since}; importing {path.name} would overwrite that "
        "(--overwrite to do so)"
    )


def _changes(claim: Claim, row: Row, located: list[tuple[Snapshot, Span, CiteSpec]]) -> list[str]:
    """What importing `row` would change of `claim`: "statement", "tags", "language" and
    "citation" (one per new citation); [] for nothing."""
    out = []
    if claim.statement != row.statement:
        out.append("statement")
    if clean_tags(row.tags) != claim.tag_names:
        out.append("tags")
    # As with tags, the row is what the claim becomes: no `lang`, no language of its own.
    if row.language != claim.language:
        out.append("language")
    have = {(c.snapshot_id, c.text_start, c.text_end) for c in claim.citations}
    for snapshot, span, _spec in located:
        if (snapshot.id, span.text_start, span.text_end) not in have:
            out.append("citation")
    return out


def _existing_slugs(session: Session, slugs: list[str]) -> set[str]:
    """Which of these ids are taken. Reads every stored id when there are not many more of
    them than asked about (a large import into a small database), else asks in chunks."""
    if not slugs:
        return set()
    conn = session.connection()
    stored = conn.execute(select(func.count()).select_from(Claim)).scalar_one()
    if stored == 0:
        return set()
    if stored <= 4 * len(slugs):
        return set(conn.execute(select(Claim.slug)).scalars()).intersection(slugs)
    found: set[str] = set()
    for i in range(0, len(slugs), 500):
        found.update(
            conn.execute(select(Claim.slug).where(Claim.slug.in_(slugs[i : i + 500]))).scalars()
        )
    return found


def _bulk_ok(located: list[tuple[Snapshot, Span, CiteSpec]]) -> bool:
    for _, span, _ in located:
        if span.pdf is not None:
            return False
    return True


def _bulk_create(
    session: Session,
    plans: list[tuple[Row, list[tuple[Snapshot, Span, CiteSpec]]]],
    *,
    actor: str,
    why: str,
) -> None:
    """Insert new claims with Core bulk inserts: the same rows `_apply` would write, but
    a few statements per thousand claims instead of several per claim."""
    if not plans:
        return
    now = utcnow()
    # Driver-level executemany on the session's connection: same transaction, no ORM.
    conn = session.connection()
    ids = _new_claim_ids(session, len(plans))
    claims = _ClaimRows(conn.dialect, plans, ids, now, actor)
    conn.exec_driver_sql(claims.insert[0], plan_rows(claims.insert))
    if ids is None:
        ids = _claim_ids(session, claims.slugs)
    # Each snapshot's id, digest (as JSON) and source title, read from the ORM object once.
    known: dict[Snapshot, tuple[int, str, str | None]] = {}
    rest = _bulk_rows(conn.dialect, claims, ids, known, actor=actor, now=now, why=why)
    for plan in rest.inserts:
        conn.exec_driver_sql(plan[0], plan_rows(plan))
    # The states were written here as canonical JSON text (`_state_json`).
    events.insert_shared(
        session,
        at=now,
        actor=actor,
        action="claim.create",
        entity_type="claim",
        entity_ids=claims.slugs,
        afters=rest.afters,
    )
    search_index.index_new_claims(session, rest.docs)


class _ClaimRows:
    """New claims' rows (`_bulk_create`): their ids (None: the database picks them), the
    values read from their plans, and the statement and rows that insert them."""

    def __init__(
        self,
        dialect: Any,
        plans: list[tuple[Row, list[tuple[Snapshot, Span, CiteSpec]]]],
        ids: list[int] | None,
        now: datetime,
        actor: str,
    ) -> None:
        from .engine.quantities import structured_values_each

        self.plans = plans
        self.slugs = [str(row.slug) for row, _ in plans]
        self.statements = [row.statement for row, _ in plans]
        self.quantities = structured_values_each(self.statements)
        self.languages = [row.language for row, _ in plans]
        columns: dict[str, list[Any]] = {
            "slug": self.slugs,
            "statement": self.statements,
            "language": self.languages,
            # As the JSON column would store them; both dialects read the text back as JSON.
            "quantities": [json.dumps(values) if values else "[]" for values in self.quantities],
        }
        if ids is not None:
            columns["id"] = ids
        built = insert_plan(
            dialect,
            Claim.__table__,
            columns,
            same={"status": "active", "created_at": now, "created_by": actor, "updated_at": now},
            processed=("quantities",),
        )
        assert built is not None  # there are plans
        self.insert = built


class _BulkRows(NamedTuple):
    """The rest of `_bulk_create`'s rows: the inserts of tags, citations and revisions,
    the claims' event states (canonical JSON) and their search index documents."""

    inserts: list[Plan]
    afters: list[str]
    docs: list[search_index.NewClaim]


def _bulk_rows(
    dialect: Any,
    claims: _ClaimRows,
    ids: list[int],
    known: dict[Snapshot, tuple[int, str, str | None]],
    *,
    actor: str,
    now: datetime,
    why: str,
) -> _BulkRows:
    """The rows of `claims` (with these ids) but the claims' own and their events'.
    Needs no connection, only its dialect; `known` caches each snapshot's id, digest
    (as JSON) and source title (a worker process gets it filled)."""
    tag_ids: list[int] = []
    tag_names: list[str] = []
    cite_claims: list[int] = []
    cite_snapshots: list[int] = []
    spans: list[Span] = []
    typed: list[str] = []
    afters: list[str] = []
    docs: list[search_index.NewClaim] = []
    cite_tail, claim_stamp = _shared_json(actor, now, why)
    for claim_id, statement, language, values, (row, located) in zip(
        ids, claims.statements, claims.languages, claims.quantities, claims.plans, strict=True
    ):
        row_tags = clean_tags(row.tags)
        tag_ids.extend([claim_id] * len(row_tags))
        tag_names.extend(row_tags)
        cites = []
        quotes = []
        titles = []
        for snapshot, span, spec in located:
            info = known.get(snapshot)
            if info is None:
                info = known[snapshot] = _snapshot_info(snapshot)
            cite_claims.append(claim_id)
            cite_snapshots.append(info[0])
            quotes.append(span.exact)
            titles.append(info[2])
            spans.append(span)
            typed.append(spec.quote)
            cites.append(_citation_state_json(span, info[1], spec.quote, cite_tail))
        afters.append(_state_json(statement, row_tags, cites, language, claim_stamp))
        docs.append(search_index.NewClaim(claim_id, statement, quotes, row_tags, titles, values))
    inserts = []
    if tag_ids:
        built = insert_plan(dialect, ClaimTag.__table__, {"claim_id": tag_ids, "tag": tag_names})
        if built is not None:
            inserts.append(built)
    if spans:
        # The spans' fields as columns: one pass over them, turned by zip (in C).
        exact, prefix, suffix, text_start, text_end, html_start, html_end, byte_start, byte_end = (
            zip(*map(_SPAN_FIELDS, spans), strict=True)
        )
        built = insert_plan(
            dialect,
            Citation.__table__,
            {
                "exact": exact,
                "prefix": prefix,
                "suffix": suffix,
                "text_start": text_start,
                "text_end": text_end,
                "html_start": html_start,
                "html_end": html_end,
                "byte_start": byte_start,
                "byte_end": byte_end,
                "parts": [[list(p) for p in s.parts] if s.parts else None for s in spans],
                "typed_quote": typed,
                "claim_id": cite_claims,
                "snapshot_id": cite_snapshots,
            },
            same={
                "extractor_version": EXTRACTOR_VERSION,
                "created_by": actor,
                "created_at": now,
            },
        )
        if built is not None:
            inserts.append(built)
    built = insert_plan(
        dialect,
        ClaimRevision.__table__,
        {"claim_id": ids, "new_statement": claims.statements},
        same={
            "number": 1,
            "kind": "create",
            "old_statement": None,
            "why": why,
            "data": {"import": why.removeprefix("imported from ")},
            "actor": actor,
            "at": now,
        },
    )
    if built is not None:
        inserts.append(built)
    return _BulkRows(inserts, afters, docs)


def _snapshot_info(snapshot: Snapshot) -> tuple[int, str, str | None]:
    """A cited snapshot's id, digest as JSON and source title (`_bulk_rows`)."""
    return snapshot.id, _json_str(snapshot.sha256), snapshot.source.title


#: A span's fields stored in a citation's columns of the same names, in that order.
_SPAN_FIELDS = attrgetter(
    "exact",
    "prefix",
    "suffix",
    "text_start",
    "text_end",
    "html_start",
    "html_end",
    "byte_start",
    "byte_end",
)

#: A string as canonical JSON writes it (`events.canonical_json`: non-ASCII as is).
_json_str: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _shared_json(
    actor: str, now: datetime, why: str
) -> tuple[tuple[str, str], tuple[str, str, str, str]]:
    """What every citation and every claim of one import share in their event states, as
    canonical JSON, built once: for `_citation_state_json` and for `_state_json`."""
    stamp = f'"created_at":{_json_str(events.when(now))},"created_by":{_json_str(actor)}'
    revision = (
        f'[{{"actor":{_json_str(actor)},"at":{_json_str(events.when(now))},'
        f'"data":{events.canonical_json({"import": why.removeprefix("imported from ")})},'
        '"kind":"create","new_statement":'
    )
    revision_end = f',"number":1,"old_statement":null,"why":{_json_str(why)}}}]'
    return (stamp, _json_str(EXTRACTOR_VERSION)), (
        stamp,
        _json_str(events.when(now)),
        revision,
        revision_end,
    )


def _citation_state_json(
    span: Span, snapshot_json: str, typed: str, shared: tuple[str, str]
) -> str:
    """`events.canonical_json(citation_state(c))` for the citation `span` makes, written
    directly (keys in sorted order): a large import writes one per claim. `shared` is
    the `"created_at":…,"created_by":…` part and the extractor version as JSON."""
    stamp, version = shared
    # The fields in one call (the offsets are ints: `{:d}` would only check it again).
    exact, prefix, suffix, text_start, text_end, html_start, html_end, byte_start, byte_end = (
        _SPAN_FIELDS(span)
    )
    parts = (
        "null" if not span.parts else "[" + ",".join(f"[{a:d},{b:d}]" for a, b in span.parts) + "]"
    )
    # A quote typed as the page reads (most are pasted) is written out once.
    quoted = _json_str(exact)
    typed_json = quoted if typed == exact else _json_str(typed)
    return (
        f'{{"byte_end":{byte_end},"byte_start":{byte_start},{stamp},'
        f'"exact":{quoted},"extractor_version":{version},'
        f'"html_end":{html_end},'
        f'"html_start":{html_start},"parts":{parts},"prefix":{_json_str(prefix)},'
        f'"snapshot":{snapshot_json},"suffix":{_json_str(suffix)},'
        f'"text_end":{text_end},"text_start":{text_start},'
        f'"typed_quote":{typed_json}}}'
    )


def _state_json(
    statement: str,
    tags: list[str],
    citations: list[str],
    language: str | None,
    stamp: tuple[str, str, str, str],
) -> str:
    """The `after` state `_finish` records for a new, active claim created by an import
    (`claim_state` and its one revision), as canonical JSON, from its parts: `citations`
    from `_citation_state_json`, "language" only when it has one, and `stamp` the shared
    parts (`"created_at":…,"created_by":…`, the time as JSON, and the revision's JSON
    before and after its statement)."""
    created, at, revision, revision_end = stamp
    lang = "" if language is None else f'"language":{_json_str(language)},'
    text = _json_str(statement)
    return (
        f'{{"citations":[{",".join(citations)}],{created},{lang}'
        f'"revisions":{revision}{text}{revision_end},"statement":{text},'
        f'"status":"active","tags":[{",".join(map(_json_str, tags))}],"updated_at":{at}}}'
    )


def _new_claim_ids(session: Session, n: int) -> list[int] | None:
    """Ids for n new claims on SQLite: the ones SQLite would pick (one past the largest
    rowid), chosen here so no query has to find them after the insert. SQLite holds the
    write lock since BEGIN (see `factdb.store.db`), so nobody else takes them meanwhile. None on
    other databases, whose sequences pick the ids."""
    if session.connection().dialect.name != "sqlite":
        return None
    last = session.scalar(select(func.max(Claim.id))) or 0
    return list(range(last + 1, last + 1 + n))


def _claim_ids(session: Session, slugs: list[str]) -> list[int]:
    by_slug: dict[str, int] = {}
    for i in range(0, len(slugs), 500):
        chunk = slugs[i : i + 500]
        found = session.execute(select(Claim.slug, Claim.id).where(Claim.slug.in_(chunk)))
        by_slug.update((slug, claim_id) for slug, claim_id in found)
    return [by_slug[slug] for slug in slugs]


def _one_line(message: str) -> str:
    return " ".join(line.strip() for line in message.splitlines() if line.strip())


def _apply(
    session: Session,
    row: Row,
    located: list[tuple[Snapshot, Span, CiteSpec]],
    report: ImportReport,
    *,
    actor: str,
    why: str,
) -> None:
    slug = row.slug or _unique_slug(session, slugify(row.statement))
    claim = session.scalar(select(Claim).where(Claim.slug == slug))
    data = {"import": why.removeprefix("imported from ")}
    if claim is None:
        claim = Claim(
            slug=slug,
            statement=row.statement,
            language=row.language,
            status="active",
            created_by=actor,
        )
        claim.tags = [ClaimTag(tag=t) for t in clean_tags(row.tags)]
        session.add(claim)
        for snapshot, span, spec in located:
            claim.citations.append(_citation(snapshot, span, spec, actor, EXTRACTOR_VERSION))
        revision = _revision(
            claim, "create", actor, old=None, new=row.statement, why=why, data=data
        )
        _finish(session, claim, "claim.create", None, [revision], actor=actor)
        report.created.append(slug)
        return
    changes = _changes(claim, row, located)
    if not changes:
        report.unchanged.append(slug)
        return
    before = claim_state(claim)
    # The kind says what results it supersedes (`factdb.store.results`): tags alone, none.
    kind = "edit" if "statement" in changes else TAGS_ONLY if changes == ["tags"] else "import"
    revision = _revision(
        claim, kind, actor, old=claim.statement, new=row.statement, why=why, data=data
    )
    claim.statement = row.statement
    if "tags" in changes:
        claim.tags = [ClaimTag(tag=t) for t in clean_tags(row.tags)]
    claim.language = row.language
    have = {(c.snapshot_id, c.text_start, c.text_end) for c in claim.citations}
    for snapshot, span, spec in located:
        if (snapshot.id, span.text_start, span.text_end) not in have:
            claim.citations.append(_citation(snapshot, span, spec, actor, EXTRACTOR_VERSION))
    _finish(session, claim, "claim.import", before, [revision], actor=actor)
    report.revised.append(slug)
