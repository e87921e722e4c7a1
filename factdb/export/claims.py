"""Export claims as JSON, JSON Lines or CSV: statement, status, tags, values, citations."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlalchemy.orm import Session

from .. import defaults
from ..claims import claims_query
from ..errors import UsageError
from ..search.filters import check_status
from .cells import safe_cell

FORMATS = defaults.CLAIM_FORMATS
CSV_FIELDS = [
    "id",
    "statement",
    "status",
    "check",
    "tags",
    "source",
    "title",
    "snapshot",
    "retrieved_at",
    "quote",
    "prefix",
    "suffix",
    "text_start",
    "text_end",
    "created_by",
    "created_at",
]


def claim_records(session: Session) -> list[dict[str, Any]]:
    """Every claim as a plain record, by id, with its citations and latest check status."""
    claims = list(session.scalars(claims_query()))
    checks = check_status(session, [c.id for c in claims])
    return [
        {
            "id": c.slug,
            "statement": c.statement,
            "status": c.status,
            "check": checks[c.id],
            "language": c.language,
            "tags": c.tag_names,
            "quantities": c.quantities or [],
            "created_by": c.created_by,
            "created_at": c.created_at.isoformat(),
            "updated_at": c.updated_at.isoformat(),
            "citations": [
                {
                    "source": x.snapshot.source.url,
                    "title": x.snapshot.source.title,
                    "snapshot": x.snapshot.sha256,
                    "retrieved_at": x.snapshot.retrieved_at.isoformat(),
                    "exact": x.exact,
                    "prefix": x.prefix,
                    "suffix": x.suffix,
                    "text_start": x.text_start,
                    "text_end": x.text_end,
                    "html_start": x.html_start,
                    "html_end": x.html_end,
                    "byte_start": x.byte_start,
                    "byte_end": x.byte_end,
                    # A PDF citation: its first page and where it is drawn (pages,
                    # PDFium character ranges, boxes) instead of HTML and byte ranges.
                    **({"page": x.page, "pdf": x.pdf} if x.pdf is not None else {}),
                    "created_by": x.created_by,
                    "created_at": x.created_at.isoformat(),
                }
                for x in c.citations
            ],
        }
        for c in claims
    ]


def export_claims(session: Session, fmt: str, *, raw_csv: bool = False) -> str:
    """The claims in `fmt` (json, jsonl or csv; CSV has one row per citation). CSV cells a
    spreadsheet would run as formulas are neutralised (`cells.safe_cell`) unless `raw_csv`."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use json, jsonl or csv")
    records = claim_records(session)
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        for x in r["citations"]:
            row = {
                "id": r["id"],
                "statement": r["statement"],
                "status": r["status"],
                "check": r["check"],
                "tags": ";".join(r["tags"]),
                "source": x["source"],
                "title": x["title"] or "",
                "snapshot": x["snapshot"],
                "retrieved_at": x["retrieved_at"],
                "quote": x["exact"],
                "prefix": x["prefix"],
                "suffix": x["suffix"],
                "text_start": x["text_start"],
                "text_end": x["text_end"],
                "created_by": x["created_by"],
                "created_at": x["created_at"],
            }
            writer.writerow(row if raw_csv else {k: safe_cell(v) for k, v in row.items()})
    return buffer.getvalue()
