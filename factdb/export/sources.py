"""Export sources as CSL-JSON (Zotero, Pandoc, citeproc) or BibTeX (biblatex `@online`).

Each source is one item: its title, authors, publisher, publication date, URL, when it
was last retrieved, and where the archived bytes are: `archive` names factdb,
`archive_location` the latest snapshot's SHA-256, and `note` every snapshot's digest.

The archived copies and their capture dates, in documented fields:

- CSL-JSON: `accessed` is the latest capture's date; `custom` (CSL 1.0.2's place for
  key-value data with no CSL variable) holds `captured` (the latest capture's time, ISO
  8601 UTC), `snapshot` (its SHA-256), and, when a public archive's copy is recorded
  (`factdb source edit URL --archived-copy URL`), `archived-copy` and
  `archived-copy-date`; `note` says the same in words.
- BibTeX (biblatex `@online`): `urldate` is the latest capture's date; a public copy is
  in `archiveurl` and `archivedate` (the names of Wikipedia's cite templates, which biber
  passes through and styles may use) and in `note`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import defaults
from ..errors import UsageError
from ..store.models import Source

FORMATS = defaults.SOURCE_FORMATS
ARCHIVE = "factdb"


def _date_parts(value: str | None) -> dict[str, Any] | None:
    """CSL date from an ISO date or datetime string (year, year-month, or full date).

    >>> _date_parts("2019-08-30T10:00:00Z"), _date_parts("2019-08"), _date_parts("soon")
    ({'date-parts': [[2019, 8, 30]]}, {'date-parts': [[2019, 8]]}, None)
    """
    if not value:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        return None
    return {"date-parts": [[int(p) for p in match.groups() if p is not None]]}


def csl_name(name: str) -> dict[str, str]:
    """A CSL name: "Family, Given" or "Given Family" split; anything else kept whole.

    >>> csl_name("Omer Carmi"), csl_name("Carmi, Omer"), csl_name("BBC News")
    ({'family': 'Carmi', 'given': 'Omer'}, {'family': 'Carmi', 'given': 'Omer'}, \
{'literal': 'BBC News'})
    """
    name = " ".join(name.split())
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        if family and given:
            return {"family": family, "given": given}
    words = name.split(" ")
    # "BBC News" is an organisation: an all-capitals word is not a given name.
    acronym = any(len(w) > 1 and w.isupper() for w in words)
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not acronym:
        return {"family": words[-1], "given": " ".join(words[:-1])}
    return {"literal": name}


def _authors(source: Source) -> list[str]:
    out: list[str] = []
    for a in source.authors or []:
        if isinstance(a, str) and a.strip() and " ".join(a.split()) not in out:
            out.append(" ".join(a.split()))
    return out


def _sources(session: Session) -> list[Source]:
    return list(
        session.scalars(select(Source).options(selectinload(Source.snapshots)).order_by(Source.id))
    )


def _latest(source: Source) -> Any:
    return max(source.snapshots, key=lambda s: (s.retrieved_at, s.id), default=None)


def _note(source: Source) -> str:
    lines = [
        f"Archived snapshot SHA-256 {s.sha256}, retrieved {s.retrieved_at.isoformat()}"
        for s in sorted(source.snapshots, key=lambda s: (s.retrieved_at, s.id))
    ]
    if source.archived_copy_url:
        lines.append(
            f"Public archived copy {source.archived_copy_url}, captured {source.archived_copy_date}"
        )
    return "\n".join(lines)


def _custom(source: Source, latest: Any) -> dict[str, str]:
    custom: dict[str, str] = {}
    if latest is not None:
        custom["captured"] = _iso(latest.retrieved_at)
        custom["snapshot"] = f"sha256:{latest.sha256}"
    if source.archived_copy_url:
        custom["archived-copy"] = source.archived_copy_url
        custom["archived-copy-date"] = source.archived_copy_date or ""
    return custom


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def csl_items(session: Session) -> list[dict[str, Any]]:
    """Every source as a CSL-JSON `webpage` item."""
    items = []
    for source in _sources(session):
        item: dict[str, Any] = {"id": f"source-{source.id}", "type": "webpage"}
        if source.title:
            item["title"] = source.title
        authors = [csl_name(a) for a in _authors(source)]
        if authors:
            item["author"] = authors
        if source.publisher:
            item["publisher"] = source.publisher
        issued = _date_parts(source.published)
        if issued:
            item["issued"] = issued
        if source.language:
            item["language"] = source.language
        item["URL"] = source.url
        latest = _latest(source)
        if latest is not None:
            when = latest.retrieved_at
            item["accessed"] = {"date-parts": [[when.year, when.month, when.day]]}
            item["archive"] = ARCHIVE
            item["archive_location"] = f"sha256:{latest.sha256}"
        if source.snapshots or source.archived_copy_url:
            item["note"] = _note(source)
        custom = _custom(source, latest)
        if custom:
            item["custom"] = custom
        items.append(item)
    return items


# --- BibTeX ----------------------------------------------------------------------------------

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
}


def bibtex_escape(value: str) -> str:
    r"""A field value for `{...}`: TeX specials escaped, whitespace collapsed, UTF-8 kept
    (biber and BibTeX 8-bit read it); control characters dropped.

    >>> bibtex_escape("Q&A: 50% of {x}_1 \\ $5 #1 ~ ^")
    'Q\\&A: 50\\% of \\{x\\}\\_1 \\textbackslash{} \\$5 \\#1 \\textasciitilde{} \\textasciicircum{}'
    """
    value = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    return "".join(_SPECIAL.get(ch, ch) for ch in " ".join(value.split()))


def bibtex_url(url: str) -> str:
    """A URL for biblatex's verbatim `url` field: characters that would unbalance the braces
    or end the field are percent-encoded; everything else is kept as is.

    >>> bibtex_url("https://x.org/a b{c}%20\\\\")
    'https://x.org/a%20b%7Bc%7D%20%5C'
    >>> bibtex_url("http://inj.example/a\\r\\n}")
    'http://inj.example/a%0D%0A%7D'
    """
    return "".join(
        _URL_ESCAPES.get(ch) or (f"%{ord(ch):02X}" if _is_control(ch) else ch) for ch in url
    )


_URL_ESCAPES = {"\\": "%5C", "{": "%7B", "}": "%7D", " ": "%20"}


def _is_control(ch: str) -> bool:
    return ord(ch) < 0x20 or ord(ch) == 0x7F


def _key(source: Source, taken: set[str]) -> str:
    host = re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", source.url.lower())).split("/")[0]
    stem = re.sub(r"[^a-z0-9]", "", host.split(".")[0] if host.count(".") else host) or "source"
    year = (_date_parts(source.published) or {"date-parts": [[""]]})["date-parts"][0][0]
    base = f"{stem}{year}"
    key, n = base, 0
    while key in taken:
        n += 1
        key = base + (chr(ord("a") + n - 1) if n <= 26 else str(n))
    taken.add(key)
    return key


def _bib_date(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    parts = (_date_parts(value) or {"date-parts": [[]]})["date-parts"][0]
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


def bibtex_entries(session: Session) -> str:
    """Every source as a biblatex `@online` entry."""
    entries = []
    taken: set[str] = set()
    for source in _sources(session):
        fields: list[tuple[str, str]] = []
        if source.title:
            fields.append(("title", bibtex_escape(source.title)))
        authors = _authors(source)
        if authors:
            names = []
            for a in authors:
                name = csl_name(a)
                if "literal" in name:
                    # Braces keep an organisation's name from being split into parts.
                    names.append("{" + bibtex_escape(name["literal"]) + "}")
                else:
                    names.append(f"{bibtex_escape(name['family'])}, {bibtex_escape(name['given'])}")
            fields.append(("author", " and ".join(names)))
        if source.publisher:
            fields.append(("organization", bibtex_escape(source.publisher)))
        if _date_parts(source.published):
            fields.append(("date", _bib_date(source.published)))
            fields.append(("year", _bib_date(source.published)[:4]))
        if source.language:
            fields.append(("langid", bibtex_escape(source.language)))
        fields.append(("url", bibtex_url(source.url)))
        latest = _latest(source)
        if latest is not None:
            fields.append(("urldate", _bib_date(latest.retrieved_at)))
        if source.archived_copy_url:
            fields.append(("archiveurl", bibtex_url(source.archived_copy_url)))
            fields.append(("archivedate", _bib_date(source.archived_copy_date)))
        if latest is not None or source.archived_copy_url:
            fields.append(("note", bibtex_escape(_note(source).replace("\n", "; "))))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@online{{{_key(source, taken)},\n{body}\n}}\n")
    return "\n".join(entries)


def export_sources(session: Session, fmt: str) -> str:
    """The sources in `fmt`: csl-json or bibtex."""
    if fmt == "csl-json":
        return json.dumps(csl_items(session), indent=2, ensure_ascii=False) + "\n"
    if fmt == "bibtex":
        return bibtex_entries(session)
    raise UsageError(f"unknown format {fmt!r}: use csl-json or bibtex")
