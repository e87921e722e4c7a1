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
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from . import reviews as reviewslib
from .claims_file import CiteSpec, Problem, Row, check_language, clean_tags, read_rows, reject
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
from .search import index as search_index
from .statuses import CLAIM_STATUSES
from .store import events
from .store.bulk import insert_columns, large_page_cache
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
    session: Session, specs: list[CiteSpec], layers: dict[Any, Any]
) -> list[tuple[Snapshot, Span] | FactdbError]:
    """`locate_spec` of each spec, in order: (snapshot, span), or the FactdbError it raised.

    The quotes are located in file order, the order their rows, quotes and spans are
    read and written in from then on: taking them page by page instead kept each page's
    tables in the processor's caches, but every later pass over the claims then read
    their spans out of order, and a 100k-claim import cost more (`bench_checks.py`).
    """
    from .engine.anchor import locate, once_locator

    out: list[Any] = []
    # By how a spec names its snapshot: the snapshot, its text layer, the layer's
    # `once_locator` and its HTML (None for a PDF), looked up once per page.
    named: dict[tuple[str, str | None], tuple[Any, ...]] = {}
    for spec in specs:
        quote = spec.quote
        key = ("snapshot", spec.snapshot) if spec.snapshot else ("source", spec.source)
        page = named.get(key) if quote and not quote.isspace() else None
        if page is None:
            try:
                snapshot, layer = _cited_layer(session, spec, layers)
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
    rows, problems = read_rows(path)
    return import_rows(session, path, rows, problems, actor=actor, overwrite=overwrite)


def import_rows(
    session: Session,
    path: Path,
    rows: list[Row],
    problems: list[Problem],
    *,
    actor: str,
    overwrite: bool = False,
) -> ImportReport:
    """Import rows read from `path` (a claims file, or any file turned into rows, such as
    a Hypothesis export) all-or-nothing, as `import_claims` does; `problems` are the rows
    that did not read, reported with any found here."""
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
    from .engine.quantities import structured_values_each

    if not plans:
        return
    now = utcnow()
    # Driver-level executemany on the session's connection: same transaction, no ORM.
    conn = session.connection()
    slugs = [str(row.slug) for row, _ in plans]
    statements = [row.statement for row, _ in plans]
    quantities = structured_values_each(statements)
    languages = [row.language for row, _ in plans]
    claim_columns: dict[str, list[Any]] = {
        "slug": slugs,
        "statement": statements,
        "language": languages,
        # As the JSON column would store them; both dialects read the text back as JSON.
        "quantities": [json.dumps(values) if values else "[]" for values in quantities],
    }
    ids = _new_claim_ids(session, len(plans))
    if ids is not None:
        claim_columns["id"] = ids
    insert_columns(
        conn,
        Claim.__table__,
        claim_columns,
        same={"status": "active", "created_at": now, "created_by": actor, "updated_at": now},
        processed=("quantities",),
    )
    if ids is None:
        ids = _claim_ids(session, slugs)
    tag_ids: list[int] = []
    tag_names: list[str] = []
    cite_claims: list[int] = []
    cite_snapshots: list[int] = []
    spans: list[Span] = []
    typed: list[str] = []
    afters: list[str] = []
    docs: list[search_index.NewClaim] = []
    # Each snapshot's id, digest (as JSON) and source title, read from the ORM object once.
    known: dict[Snapshot, tuple[int, str, str | None]] = {}
    cite_tail, claim_stamp = _shared_json(actor, now, why)
    for claim_id, statement, language, values, (row, located) in zip(
        ids, statements, languages, quantities, plans, strict=True
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
                info = known[snapshot] = (
                    snapshot.id,
                    _json_str(snapshot.sha256),
                    snapshot.source.title,
                )
            cite_claims.append(claim_id)
            cite_snapshots.append(info[0])
            quotes.append(span.exact)
            titles.append(info[2])
            spans.append(span)
            typed.append(spec.quote)
            cites.append(_citation_state_json(span, info[1], spec.quote, cite_tail))
        afters.append(_state_json(statement, row_tags, cites, language, claim_stamp))
        docs.append(search_index.NewClaim(claim_id, statement, quotes, row_tags, titles, values))
    if tag_ids:
        insert_columns(conn, ClaimTag.__table__, {"claim_id": tag_ids, "tag": tag_names})
    if spans:
        # The spans' fields as columns: one pass over them, turned by zip (in C).
        exact, prefix, suffix, text_start, text_end, html_start, html_end, byte_start, byte_end = (
            zip(*map(_SPAN_FIELDS, spans), strict=True)
        )
        insert_columns(
            conn,
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
    insert_columns(
        conn,
        ClaimRevision.__table__,
        {"claim_id": ids, "new_statement": statements},
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
    # The states were written here as canonical JSON text (`_state_json`).
    events.insert_shared(
        session,
        at=now,
        actor=actor,
        action="claim.create",
        entity_type="claim",
        entity_ids=slugs,
        afters=afters,
    )
    search_index.index_new_claims(session, docs)


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
