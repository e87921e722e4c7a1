"""Source corrections: `factdb source edit URL --title/--author/--publisher/--published/
--language --why`, an event with history that fsck replays, and what reads the corrected
values from then on (the supported check, exports, briefs); archiving known bytes with
differing metadata names `source edit` instead of ignoring it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from factdb.store.db import Database
from factdb.store.models import Event, Source

from .conftest import SOURCES, Runner
from .test_claims import SEED_URL

ZARIF = "zarif-arrived-biarritz-aug-25"
ENRICHMENT = "iran-enrichment-above-367"


def ok(run: Runner, *args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


@pytest.fixture
def seeded(run: Runner) -> Runner:
    ok(run, "archive", str(SOURCES / "policywatch-3172.html"), "--url", SEED_URL)
    ok(run, "claims", "import", str(SOURCES / "claims.yaml"))
    return run


def stored(db_url: str) -> tuple[int, dict[str, object]]:
    """The event count and the seed source's fields."""
    db = Database.open(db_url)
    try:
        with db.session() as s:
            count = s.scalar(select(func.count()).select_from(Event)) or 0
            src = s.scalars(select(Source).where(Source.url == SEED_URL)).one()
            fields = {
                "title": src.title,
                "authors": src.authors,
                "publisher": src.publisher,
                "published": src.published,
                "language": src.language,
            }
        return count, fields
    finally:
        db.close()


def supported(run: Runner, slug: str) -> tuple[str, str]:
    results = json.loads(run("check", slug, "--json").stdout)
    [result] = [r for r in results if r["check"] == "supported"]
    return result["status"], result["detail"]


def test_edit_corrects_the_fields_as_an_event_listed_in_history(
    seeded: Runner, db_url: str
) -> None:
    out = ok(
        seeded, "source", "edit", SEED_URL, "--title", "Is Iran negotiating its way to talks?",
        "--author", "Omer Carmi", "--author", "A. N. Other", "--publisher", "WINEP",
        "--published", "2019-08-29", "--language", "en-us", "--why", "the print edition",
        "--by", "editor", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert data == {
        "source": 1,
        "url": SEED_URL,
        "title": "Is Iran negotiating its way to talks?",
        "authors": ["Omer Carmi", "A. N. Other"],
        "publisher": "WINEP",
        "published": "2019-08-29",
        "language": "en-US",
        "archived_copy_url": None,
        "archived_copy_date": None,
        "edited": ["title", "authors", "publisher", "published", "language"],
        "changed": True,
    }
    _, fields = stored(db_url)
    assert fields["publisher"] == "WINEP" and fields["language"] == "en-US"

    history = json.loads(ok(seeded, "source", "show", SEED_URL, "--history", "--json"))["history"]
    assert [e["kind"] for e in history] == ["create", "edit"]
    edit = history[-1]
    assert (edit["by"], edit["why"]) == ("editor", "the print edition")
    assert edit["changes"]["publisher"] == {
        "before": "The Washington Institute for Near East Policy",
        "after": "WINEP",
    }
    assert edit["changes"]["published"] == {"before": "2019-08-30", "after": "2019-08-29"}
    text = ok(seeded, "source", "show", SEED_URL, "--history")
    assert "edit by editor — the print edition" in text
    assert "publisher: The Washington Institute for Near East Policy → WINEP" in text

    events = stored(db_url)[0]
    again = seeded("source", "edit", SEED_URL, "--publisher", "WINEP", "--why", "again")
    assert again.exit_code == 0
    assert again.stdout == f"Unchanged: {SEED_URL} already has these values.\n"
    assert stored(db_url)[0] == events  # nothing changed, nothing recorded


def test_fsck_replays_the_edit_and_names_a_reverted_correction(seeded: Runner, db_url: str) -> None:
    ok(seeded, "source", "edit", "1", "--publisher", "WINEP", "--language", "de", "--why", "w")
    ok(seeded, "fsck")  # the replayed log implies the corrected row: clean
    db = Database.open(db_url)
    try:
        with db.session() as s:
            s.get_one(Source, 1).publisher = "The Washington Institute for Near East Policy"
    finally:
        db.close()
    result = seeded("fsck")
    assert result.exit_code == 1
    assert (
        f"ALTERED source 1 ({SEED_URL}): publisher is 'The Washington Institute for Near "
        "East Policy', the log records 'WINEP'"
    ) in result.stdout


def test_supported_check_reads_the_corrected_publication_date(seeded: Runner) -> None:
    assert supported(seeded, ZARIF)[0] == "pass"  # "August 25" dated 2019 by the page
    ok(seeded, "source", "edit", SEED_URL, "--published", "2018-08-30", "--why", "wrong year")
    status, detail = supported(seeded, ZARIF)
    assert status == "unverified"
    assert "2019 is only a guess from the page's date" in detail


def test_supported_check_reads_the_corrected_language(seeded: Runner) -> None:
    assert supported(seeded, ENRICHMENT)[0] == "pass"
    ok(seeded, "source", "edit", SEED_URL, "--language", "fr", "--why", "test")
    assert supported(seeded, ENRICHMENT)[0] == "unverified"  # read as French, nothing compared


def test_exports_and_briefs_use_the_corrected_values(seeded: Runner, tmp_path: Path) -> None:
    ok(
        seeded, "source", "edit", SEED_URL, "--title", "Negotiating about negotiations",
        "--publisher", "WINEP", "--published", "2019-08-29", "--language", "en-GB",
        "--why", "corrected",
    )  # fmt: skip
    [item] = json.loads(ok(seeded, "export", "sources", "--format", "csl-json"))
    assert item["title"] == "Negotiating about negotiations"
    assert item["publisher"] == "WINEP"
    assert item["issued"] == {"date-parts": [[2019, 8, 29]]}
    assert item["language"] == "en-GB"
    bib = ok(seeded, "export", "sources", "--format", "bibtex")
    assert "organization = {WINEP}" in bib and "langid = {en-GB}" in bib
    brief = tmp_path / "b.md"
    brief.write_text(f"Iran raised its enrichment [@{ENRICHMENT}].\n", encoding="utf-8")
    out = tmp_path / "out.md"
    ok(seeded, "brief", "build", str(brief), "-o", str(out))
    note = out.read_text(encoding="utf-8")
    assert "“negotiating about negotiations”" in note.lower()  # (title-cased by the style)
    assert "WINEP, August 29, 2019" in note


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("https://nowhere.example/", "--title", "T", "--why", "w"), 1,
         "no source https://nowhere.example/"),
        ((SEED_URL, "--published", "30/08/2019", "--why", "w"), 2,
         "--published '30/08/2019' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ((SEED_URL, "--published", "2019-02-30", "--why", "w"), 2,
         "--published '2019-02-30' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
        ((SEED_URL, "--language", "english!", "--why", "w"), 2,
         "unknown language tag 'english!' (use a tag such as en, de, pt-BR)"),
        ((SEED_URL, "--language", "xq", "--why", "w"), 2,
         "unknown language tag 'xq' (use a tag such as en, de, pt-BR)"),
        ((SEED_URL, "--title", "  ", "--why", "w"), 2, "--title is empty"),
        ((SEED_URL, "--publisher", "WINEP"), 2,
         "say why the source's record changes: --why TEXT"),
        ((SEED_URL, "--why", "w"), 2,
         "nothing to record: give --title, --author, --publisher, --published, --language "
         "or --archived-copy"),
        ((SEED_URL, "--publisher", "WINEP", "--archived-copy", "ftp://x/", "--why", "w"), 2,
         "--archived-copy 'ftp://x/' is not an http(s) URL"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_stores_nothing(
    seeded: Runner, db_url: str, args: tuple[str, ...], code: int, message: str
) -> None:
    before = stored(db_url)
    result = seeded("source", "edit", *args)
    assert result.exit_code == code
    assert result.stderr == f"Error: {message}\n"
    assert stored(db_url) == before


def test_archiving_known_bytes_with_other_metadata_names_source_edit(
    seeded: Runner, db_url: str
) -> None:
    before = stored(db_url)
    page = str(SOURCES / "policywatch-3172.html")
    result = seeded("archive", page, "--publisher", "WINEP", "--title", "Other title")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: {SEED_URL}: already archived, options not applied: its source has "
        "title 'Is Iran Negotiating Its Way to Negotiations?', not 'Other title'; "
        "publisher 'The Washington Institute for Near East Policy', not 'WINEP'; "
        f"to correct it run factdb source edit {SEED_URL} --title 'Other title' "
        "--publisher WINEP --why TEXT"
    )
    assert stored(db_url) == before
    [item] = json.loads(seeded("archive", page, "--publisher", "WINEP", "--json").stdout)
    assert item["new"] is False and "factdb source edit" in item["notice"]
    # The same values as the source's: nothing to say.
    same = seeded("archive", page, "--publisher", "The Washington Institute for Near East Policy")
    assert same.exit_code == 0, same.output


def test_a_brief_does_not_reuse_results_from_before_a_correction(
    seeded: Runner, tmp_path: Path
) -> None:
    brief = tmp_path / "b.md"
    brief.write_text(f"Zarif arrived [@{ZARIF}].\n", encoding="utf-8")
    out = tmp_path / "b.out.md"
    ok(seeded, "check", ZARIF)
    fresh = json.loads(
        ok(seeded, "brief", "build", str(brief), "-o", str(out), "--max-age", "1h", "--json")
    )
    assert fresh["needs_review"] == []
    ok(seeded, "source", "edit", SEED_URL, "--published", "2018-08-30", "--why", "wrong year")
    # The stored pass was found with the old date: the claim is checked again.
    again = json.loads(
        ok(seeded, "brief", "build", str(brief), "-o", str(out), "--max-age", "1h", "--json")
    )
    assert again["needs_review"] == [ZARIF]


def test_search_finds_claims_by_the_corrected_title(seeded: Runner) -> None:
    def hits() -> list[str]:
        return [h["id"] for h in json.loads(ok(seeded, "search", "zanzibar", "--json"))]

    assert hits() == []
    ok(seeded, "source", "edit", SEED_URL, "--title", "Zanzibar talks about talks", "--why", "t")
    citing = {
        c["id"] for c in json.loads(ok(seeded, "source", "show", SEED_URL, "--json"))["claims"]
    }
    assert citing and set(hits()) >= {ENRICHMENT} and set(hits()) <= citing
