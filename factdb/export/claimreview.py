"""Export rated claims as schema.org ClaimReview (JSON-LD), as Google reads fact checks.

Each active claim the desk has rated (`factdb claim rate ID RATING`) is one ClaimReview:

- `url`: the page publishing the fact check (`--url`), with the claim's id as anchor
  (Google allows the page URL plus an anchor); `claimReviewed`: the statement;
  `datePublished`: the day of the rating; `author`: the desk (`--author`, an
  Organization), else who rated it (a Person);
- `reviewRating`: a Rating whose `alternateName` is the desk's own words; with
  `--rating-scale WORST,...,BEST` also `ratingValue` (its place on the scale, from 1),
  `worstRating` 1 and `bestRating` (the scale's length);
- `itemReviewed`: the Claim, with its `author` and `datePublished` (the cited source's
  authors or publisher, and publication date) and one `appearance` per citation: a
  CreativeWork with the source's URL, headline and publisher, and `archivedAt` naming
  our capture (a MediaObject with the snapshot's `sha256` and its capture time as
  `dateCreated`) and, when recorded, the public archive's copy (a WebPage).

Google's required properties (developers.google.com/search/docs/appearance/
structured-data/factcheck): ClaimReview `claimReviewed`, `reviewRating`, `url`; Rating
`alternateName`; `tests/test_claimreview.py` reads the output back with pyld and checks
them.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..claims import claims_query
from ..errors import FactdbError, UsageError
from ..store.models import Claim, ClaimRevision, Snapshot, Source
from ..store.results import RATING
from .sources import csl_name

#: What must not appear literally in JSON pasted into `<script type="application/ld+json">`:
#: `<` (`</script>`, `<!--`), `>` and `&`, and the two line separators JavaScript once
#: read as line ends. Each is written as its JSON `\uXXXX` escape: the same value to any
#: JSON or JSON-LD reader, and no way out of the script element.
_UNSAFE_IN_SCRIPT = re.compile("[<>&\u2028\u2029]")


def to_json(reviews: list[dict[str, Any]]) -> str:
    """The reviews as JSON text that can be embedded in an HTML `<script>` element as is.

    >>> print(to_json([{"claimReviewed": "a</script>&"}]), end="")
    [
      {
        "claimReviewed": "a\\u003c/script\\u003e\\u0026"
      }
    ]
    """
    text = json.dumps(reviews, indent=2, ensure_ascii=False)
    return _UNSAFE_IN_SCRIPT.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n"


def parse_scale(text: str) -> list[str]:
    """A rating scale from worst to best, comma-separated.

    >>> parse_scale("False, Mostly false,Half true , Mostly true,True")
    ['False', 'Mostly false', 'Half true', 'Mostly true', 'True']
    """
    scale = [" ".join(part.split()) for part in text.split(",")]
    if len(scale) < 2 or any(not part for part in scale):
        raise UsageError(
            f"--rating-scale {text!r}: give at least two ratings, worst first, separated by commas"
        )
    if len(set(scale)) != len(scale):
        raise UsageError(f"--rating-scale {text!r} names a rating twice")
    return scale


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.fragment:
        raise UsageError(f"--url {url!r}: give the http(s) URL of the page publishing the reviews")
    return url


def _party(name: str) -> dict[str, str]:
    """A Person, or an Organization for a name that is no person's ("BBC News")."""
    kind = "Organization" if "literal" in csl_name(name) else "Person"
    return {"@type": kind, "name": name}


def _appearance(snapshot: Snapshot) -> dict[str, Any]:
    source: Source = snapshot.source
    work: dict[str, Any] = {"@type": "CreativeWork", "url": source.url}
    if source.title:
        work["headline"] = source.title
    if source.published:
        work["datePublished"] = source.published
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    archived: list[dict[str, Any]] = [
        {
            "@type": "MediaObject",
            "sha256": snapshot.sha256,
            "dateCreated": snapshot.retrieved_at.isoformat(),
            "encodingFormat": snapshot.media_type or "text/html",
        }
    ]
    if source.archived_copy_url:
        archived.append(
            {
                "@type": "WebPage",
                "url": source.archived_copy_url,
                "dateCreated": source.archived_copy_date,
            }
        )
    work["archivedAt"] = archived
    return work


def claim_reviews(
    session: Session, *, url: str, scale: list[str] | None = None, author: str | None = None
) -> list[dict[str, Any]]:
    """Every rated active claim as a ClaimReview (a JSON-LD object with its context)."""
    url = _check_url(url)
    claims = [
        c
        for c in session.scalars(claims_query().where(Claim.rating.is_not(None)))
        if c.status == "active"
    ]
    off_scale = [c for c in claims if scale is not None and c.rating not in scale]
    if off_scale:
        c = off_scale[0]
        more = f" (and {len(off_scale) - 1} more)" if len(off_scale) > 1 else ""
        raise FactdbError(
            f"claim {c.slug} is rated {c.rating!r}, which is not on --rating-scale "
            f"({', '.join(scale or [])}){more}"
        )
    rated = _rated(session, [c.id for c in claims])
    reviews = []
    for claim in claims:
        assert claim.rating is not None
        when, rater = rated[claim.id]
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": claim.rating}
        if scale is not None:
            rating.update(
                ratingValue=scale.index(claim.rating) + 1, worstRating=1, bestRating=len(scale)
            )
        item: dict[str, Any] = {"@type": "Claim"}
        first = claim.citations[0].snapshot.source if claim.citations else None
        if first is not None:
            authors = [a for a in first.authors or [] if isinstance(a, str) and a.strip()]
            if authors:
                item["author"] = [_party(a) for a in authors]
            elif first.publisher:
                item["author"] = {"@type": "Organization", "name": first.publisher}
            if first.published:
                item["datePublished"] = first.published
        item["appearance"] = [_appearance(cit.snapshot) for cit in claim.citations]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"{url}#{claim.slug}",
                "claimReviewed": claim.statement,
                "datePublished": when,
                "author": (
                    {"@type": "Organization", "name": author}
                    if author
                    else {"@type": "Person", "name": rater}
                ),
                "reviewRating": rating,
                "itemReviewed": item,
            }
        )
    return reviews


def _rated(session: Session, claim_ids: list[int]) -> dict[int, tuple[str, str]]:
    """When (a date) and by whom each claim was last rated."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(claim_ids), 500):
        rows = session.scalars(
            select(ClaimRevision)
            .where(ClaimRevision.claim_id.in_(claim_ids[i : i + 500]), ClaimRevision.kind == RATING)
            .order_by(ClaimRevision.claim_id, ClaimRevision.number)
            .options(selectinload(ClaimRevision.claim))
        )
        for revision in rows:
            out[revision.claim_id] = (revision.at.date().isoformat(), revision.actor)
    return out
