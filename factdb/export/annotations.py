"""Citations as W3C Web Annotations (JSON-LD), readable by Hypothesis-style tools.

Each citation is one `Annotation`: the body is the claim's statement (a `TextualBody`,
plus one `tagging` body per tag), the target is the page's URL with a `TextQuoteSelector`
and a `TextPositionSelector` (positions in Unicode code points of the reading text; for
a PDF, first a `FragmentSelector` naming the page, `page=14` as in `#page=14`), and
the target's `state` is a `TimeState` naming the archived snapshot: when it was retrieved
and its SHA-256 as an RFC 6920 `ni:` URI. The whole export is one `AnnotationCollection`
with its annotations embedded in its first page.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session

from .. import defaults
from ..claims import claims_query
from ..store.models import Citation, Claim, Snapshot

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FORMATS = defaults.ANNOTATION_FORMATS


def _iso(when: datetime) -> str:
    """An RFC 3339 UTC timestamp, as the model requires (`Z`, whole seconds)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ni_uri(sha256_hex: str) -> str:
    """The RFC 6920 named-information URI of a SHA-256 digest.

    >>> ni_uri("00" * 32)
    'ni:///sha-256;AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    """
    raw = bytes.fromhex(sha256_hex)
    return "ni:///sha-256;" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _iri(url: str) -> str:
    # Annotation tools check IRIs strictly: percent-encode spaces and non-ASCII.
    return quote(url, safe="/:?#[]@!$&'()*+,;=%~-._")


#: PDF fragment identifiers (`#page=14`): RFC 8118, the application/pdf media type.
PDF_FRAGMENTS = "http://tools.ietf.org/rfc/rfc8118"


def _page_selector(citation: Citation) -> list[dict[str, Any]]:
    """For a PDF citation, a `FragmentSelector` naming the quote's page (`page=14`, the
    `#page=14` of RFC 8118), before the quote's selectors; nothing for a web page."""
    if citation.pdf is None or citation.page is None:
        return []
    return [
        {"type": "FragmentSelector", "conformsTo": PDF_FRAGMENTS, "value": f"page={citation.page}"}
    ]


def annotation(claim: Claim, citation: Citation) -> dict[str, Any]:
    """One citation of one claim as a W3C Web Annotation."""
    snap: Snapshot = citation.snapshot
    bodies: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "value": claim.statement,
            "format": "text/plain",
            "purpose": "describing",
        }
    ]
    bodies += [
        {"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in claim.tag_names
    ]
    return {
        "@context": CONTEXT,
        "id": f"urn:factdb:claim:{quote(claim.slug, safe='')}:citation:{citation.id}",
        "type": "Annotation",
        "motivation": "describing",
        "created": _iso(citation.created_at),
        "modified": _iso(claim.updated_at),
        "creator": {"type": "Person", "nickname": citation.created_by},
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": _iri(snap.source.url),
            "selector": [
                *_page_selector(citation),
                {
                    "type": "TextQuoteSelector",
                    "exact": citation.exact,
                    "prefix": citation.prefix,
                    "suffix": citation.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": citation.text_start,
                    "end": citation.text_end,
                },
            ],
            "state": {
                "type": "TimeState",
                "sourceDate": _iso(snap.retrieved_at),
                "cached": ni_uri(snap.sha256),
            },
        },
    }


def export_annotations(session: Session, *, include_retracted: bool = False) -> dict[str, Any]:
    """Every citation of every active claim (or all claims) as one AnnotationCollection."""
    query = claims_query()
    if not include_retracted:
        query = query.where(Claim.status == "active")
    items = [annotation(c, cit) for c in session.scalars(query) for cit in c.citations]
    return {
        "@context": CONTEXT,
        "id": "urn:factdb:annotations",
        "type": "AnnotationCollection",
        "label": "factdb citations",
        "total": len(items),
        "first": {
            "id": "urn:factdb:annotations:page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


__all__ = ["CONTEXT", "FORMATS", "annotation", "export_annotations", "ni_uri"]
