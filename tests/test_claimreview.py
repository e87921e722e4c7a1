"""Ratings (`factdb claim rate`) and `factdb export claimreview`: schema.org ClaimReview
JSON-LD, read back with pyld (a JSON-LD processor) and checked against the properties
Google's fact-check documentation requires."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld
from sqlalchemy import func, select

from factdb.store.db import Database
from factdb.store.models import CheckResult, ClaimRevision, Event

from .conftest import Runner
from .test_archived_copy import COPY, ok
from .test_claims import SEED_URL

SCHEMA = "http://schema.org/"
SCALE = "False,Mostly false,Half true,Mostly true,True"
DESK = "https://desk.example.org/fact-checks/iran"

#: The schema.org context, as https://schema.org serves it, reduced to what expanding
#: these documents needs: its `@vocab` and `schema` prefix, and the `@id` coercion of the
#: URL-valued properties used here (the full context is 175 kB and the tests run offline).
SCHEMA_CONTEXT = {
    "@context": {
        "type": "@type",
        "id": "@id",
        "@vocab": SCHEMA,
        "schema": SCHEMA,
        "url": {"@id": "schema:url", "@type": "@id"},
    }
}


def loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


def expand(doc: Any) -> list[dict[str, Any]]:
    return jsonld.expand(doc, {"documentLoader": loader})


def one(node: dict[str, Any], prop: str) -> Any:
    [value] = node[SCHEMA + prop]
    return value.get("@value", value.get("@id", value))


@pytest.fixture
def rated(imported: Runner) -> Runner:
    ok(imported, "check")
    ok(imported, "claim", "rate", "iran-enrichment-above-367", "True", "--why", "IAEA")
    ok(imported, "claim", "rate", "leu-swap-80-percent", "Mostly true", "--by", "ed")
    ok(imported, "source", "edit", SEED_URL, "--archived-copy", COPY)
    return imported


def test_a_rating_is_a_revision_that_supersedes_no_check_result(
    imported: Runner, db_url: str
) -> None:
    ok(imported, "check")
    before = json.loads(ok(imported, "claim", "show", "iran-enrichment-above-367", "--json"))
    data = json.loads(
        ok(imported, "claim", "rate", "iran-enrichment-above-367", "Mostly true", "--json")
    )
    assert data == {"id": "iran-enrichment-above-367", "rating": "Mostly true"}
    ok(imported, "claim", "rate", "iran-enrichment-above-367", "True")
    after = json.loads(ok(imported, "claim", "show", "iran-enrichment-above-367", "--json"))
    assert after["rating"] == "True"
    # The checks still count: the audit and claim show give the same results.
    assert after["checks"] == before["checks"]
    db = Database.open(db_url)
    try:
        with db.session() as s:
            kinds = [
                (r.kind, r.data)
                for r in s.scalars(
                    select(ClaimRevision)
                    .order_by(ClaimRevision.id)
                    .where(ClaimRevision.kind == "rate")
                )
            ]
            assert kinds == [
                ("rate", {"rating": "Mostly true", "previous": None}),
                ("rate", {"rating": "True", "previous": "Mostly true"}),
            ]
            assert s.scalar(select(func.count()).where(Event.action == "claim.rate")) == 2
            assert s.scalar(select(func.count()).select_from(CheckResult)) > 0
    finally:
        db.close()
    assert json.loads(ok(imported, "fsck", "--json"))["problems"] == []
    # The claims file's next import is no conflict: a rating is not in the file.
    result = imported("claims", "import", "sources/claims.yaml")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nope", "True"], 1, "Error: no claim 'nope'"),
        (["leu-swap-80-percent", "  "], 2, "Error: the rating is empty"),
    ],
)
def test_bad_ratings_are_refused(
    imported: Runner, db_url: str, args: list[str], code: int, message: str
) -> None:
    result = imported("claim", "rate", *args)
    assert (result.exit_code, result.stderr) == (code, message + "\n")


def test_claimreview_reads_back_with_pyld_and_has_googles_required_properties(
    rated: Runner, tmp_path: Path
) -> None:
    out = tmp_path / "reviews.jsonld"
    summary = json.loads(
        ok(
            rated,
            "export",
            "claimreview",
            "--url",
            DESK,
            "--rating-scale",
            SCALE,
            "--author",
            "The Desk",
            "-o",
            str(out),
            "--json",
        )  # fmt: skip
    )
    assert summary == {"output": str(out), "reviews": 2}
    doc = json.loads(out.read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in json.loads(ok(rated, "export", "claims"))}
    nodes = expand(doc)
    assert len(nodes) == 2
    by_url = {one(n, "url"): n for n in nodes}
    review = by_url[f"{DESK}#iran-enrichment-above-367"]
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    # Google's required properties: claimReviewed, reviewRating (with alternateName), url.
    for node in nodes:
        assert node[SCHEMA + "claimReviewed"] and node[SCHEMA + "url"]
        [rating] = node[SCHEMA + "reviewRating"]
        assert rating["@type"] == [SCHEMA + "Rating"]
        assert one(rating, "alternateName")
        assert (
            1
            <= one(rating, "worstRating")
            <= one(rating, "ratingValue")
            <= one(rating, "bestRating")
        )
    assert one(review, "claimReviewed") == claims["iran-enrichment-above-367"]["statement"]
    [rating] = review[SCHEMA + "reviewRating"]
    assert (one(rating, "alternateName"), one(rating, "ratingValue")) == ("True", 5)
    assert (one(rating, "worstRating"), one(rating, "bestRating")) == (1, 5)
    [author] = review[SCHEMA + "author"]
    assert author["@type"] == [SCHEMA + "Organization"] and one(author, "name") == "The Desk"
    [item] = review[SCHEMA + "itemReviewed"]
    assert item["@type"] == [SCHEMA + "Claim"]
    assert one(item, "datePublished") == "2019-08-30"
    [claim_author] = item[SCHEMA + "author"]
    assert claim_author["@type"] == [SCHEMA + "Person"]
    assert one(claim_author, "name") == "Omer Carmi"
    [appearance] = item[SCHEMA + "appearance"]
    assert one(appearance, "url") == SEED_URL
    snapshot, copy = appearance[SCHEMA + "archivedAt"]
    cited = claims["iran-enrichment-above-367"]["citations"][0]
    assert one(snapshot, "sha256") == cited["snapshot"]
    assert one(snapshot, "dateCreated") == cited["retrieved_at"]
    assert (one(copy, "url"), one(copy, "dateCreated")) == (COPY, "2019-08-31T10:11:12Z")
    # The round trip: the expanded form compacted again is the same graph (canonical
    # N-Quads, URDNA2015), and that graph states the snapshot's digest.
    compacted = jsonld.compact(nodes, "https://schema.org", {"documentLoader": loader})
    options = {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": loader}
    quads = jsonld.normalize(doc, options)
    assert jsonld.normalize(compacted, options) == quads
    assert f'<{SCHEMA}sha256> "{cited["snapshot"]}" .' in quads


def test_without_a_scale_the_rating_is_its_words(rated: Runner) -> None:
    doc = json.loads(ok(rated, "export", "claimreview", "--url", DESK))
    ratings = sorted(d["reviewRating"]["alternateName"] for d in doc)
    assert ratings == ["Mostly true", "True"]
    assert all(set(d["reviewRating"]) == {"@type", "alternateName"} for d in doc)
    # Without --author, each review's author is who rated it.
    leu = next(d for d in doc if d["url"].endswith("#leu-swap-80-percent"))
    assert leu["author"] == {"@type": "Person", "name": "ed"}


def test_a_retracted_claim_is_not_exported(rated: Runner) -> None:
    ok(rated, "claim", "retract", "leu-swap-80-percent", "--why", "wrong")
    doc = json.loads(ok(rated, "export", "claimreview", "--url", DESK))
    assert [d["url"] for d in doc] == [f"{DESK}#iran-enrichment-above-367"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--rating-scale", "False,Half true,True"], 1,
         "Error: claim leu-swap-80-percent is rated 'Mostly true', which is not on "
         "--rating-scale (False, Half true, True)"),
        (["--rating-scale", "True"], 2,
         "Error: --rating-scale 'True': give at least two ratings, worst first, separated "
         "by commas"),
        (["--rating-scale", "True,True"], 2,
         "Error: --rating-scale 'True,True' names a rating twice"),
    ],
)  # fmt: skip
def test_bad_claimreview_exports_are_refused_writing_nothing(
    rated: Runner, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "r.jsonld"
    result = rated("export", "claimreview", "--url", DESK, *args, "-o", str(out))
    assert (result.exit_code, result.stderr) == (code, message + "\n")
    assert not out.exists()


def test_the_url_must_be_a_page(rated: Runner) -> None:
    result = rated("export", "claimreview", "--url", "desk")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --url 'desk': give the http(s) URL of the page publishing the reviews\n"
    )


HOSTILE_STATEMENT = "Iran said </script><script>alert('s')</script> <!-- more & less > 5 \u2028 x"
HOSTILE_RATING = "True</SCRIPT><img src=x onerror=alert('r')>"


def test_the_export_pastes_into_a_script_element_as_is(rated: Runner) -> None:
    """ClaimReview is published inside `<script type="application/ld+json">`: no statement
    or rating can end that element or open a comment in it (issue 18 item 7)."""
    from bs4 import BeautifulSoup

    ok(rated, "claim", "edit", "leu-swap-80-percent", "--statement", HOSTILE_STATEMENT,
       "--why", "hostile")  # fmt: skip
    ok(rated, "claim", "rate", "leu-swap-80-percent", HOSTILE_RATING)
    text = ok(rated, "export", "claimreview", "--url", DESK)
    for unsafe in "<>&\u2028\u2029":
        assert unsafe not in text
    leu = next(d for d in json.loads(text) if d["url"].endswith("#leu-swap-80-percent"))
    assert leu["claimReviewed"] == HOSTILE_STATEMENT
    assert leu["reviewRating"]["alternateName"] == HOSTILE_RATING
    page = (
        '<!DOCTYPE html><html><head><script type="application/ld+json">'
        f"{text}</script></head><body><p id=after>after</p></body></html>"
    )
    soup = BeautifulSoup(page, "html.parser")
    [script] = soup.find_all("script")
    assert json.loads(script.string) == json.loads(text)
    assert not soup.find_all("img") and soup.select_one("#after").get_text() == "after"
    # A JSON-LD processor reads the escaped values back as they were stored.
    [expanded] = [n for n in expand(json.loads(text)) if "leu" in one(n, "url")]
    assert one(expanded, "claimReviewed") == HOSTILE_STATEMENT
