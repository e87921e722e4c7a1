"""Briefs that read as an editor would have them: read back from the built HTML and DOCX
(real Pandoc, real citeproc-py), each flaw by its own test — title case for English
titles only, alternating nested quotes, no doubled punctuation after a quote, the
style's short form for a repeated citation, a note mark that hugs its word however the
Markdown wrapped, and `brief new` marking the claims to look at."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from .conftest import SOURCES, Runner
from .test_briefs import BRIEF, W, footnote_texts, seeded  # noqa: F401 (a fixture)
from .test_claims import SEED_URL

LEMONDE = (
    "http://www.lemonde.fr/pixels/article/2015/05/04/"
    "que-contient-la-loi-sur-le-renseignement_4627068_4408996.html"
)
LEMONDE_TITLE = "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
GERMAN_URL = "https://zeitung.example/wien"
GERMAN_TITLE = "Die Verhandlungen über das Atomabkommen gehen in Wien weiter"
ENGLISH_URL = "https://news.example/vienna"
FULL = "Omer Carmi, “Is Iran Negotiating Its Way to Negotiations?”, The Washington Institute"
SHORT = "Omer Carmi, “Is Iran Negotiating Its Way to Negotiations?”"


def ok(run: Runner, *args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def html_notes(path: Path) -> list[str]:
    """Each footnote of a built HTML brief as a reader sees it (a browser puts quotation
    marks around `<q>`; the back-links are left out)."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for q in soup.find_all("q"):
        q.replace_with("“" + q.get_text() + "”")
    for a in soup.select("a.backref"):
        a.decompose()
    return [" ".join(li.get_text().split()) for li in soup.select("section.footnotes li")]


def built(run: Runner, tmp_path: Path, suffix: str, brief: Path = BRIEF) -> list[str]:
    out = tmp_path / f"brief.{suffix}"
    ok(run, "brief", "build", str(brief), "-o", str(out), "--allow-warnings")
    return html_notes(out) if suffix == "html" else footnote_texts(out)


def quoted(note: str) -> list[str]:
    """The quotations of a note: from "Quote: “" to the closing mark before "Archived"."""
    found = re.findall(r"Quote: “(.*?)”\.? Archived", note)
    assert found, note
    return found


@pytest.mark.parametrize("suffix", ["html", "docx"])
def test_nested_quotes_alternate(seeded: Runner, tmp_path: Path, suffix: str) -> None:  # noqa: F811
    notes = built(seeded, tmp_path, suffix)
    rouhani = next(n for n in notes if "Hassan Rouhani stated" in n)
    assert "stated, ‘If I knew" in rouhani and "I would not miss it’”" in rouhani
    khamenei = next(n for n in notes if "hiding a dagger" in n)
    assert "were ‘hiding a dagger behind their backs.’”" in khamenei
    for note in notes:
        if "Quote:" in note:
            assert not [q for q in quoted(note) if "“" in q or "”" in q], note


@pytest.mark.parametrize("suffix", ["html", "docx"])
def test_no_doubled_punctuation_after_a_quote_or_a_title(
    seeded: Runner,  # noqa: F811
    tmp_path: Path,
    suffix: str,
) -> None:
    notes = built(seeded, tmp_path, suffix)
    step = next(n for n in notes if "what that might be" in n)
    assert "what that might be.” Archived" in step
    assert "the circumstances were correct,’” Archived" in next(
        n for n in notes if "circumstances were correct" in n
    )
    for note in notes:
        assert not re.search(r"[.!?,;:…][”’\"']+\.", note), note
        assert ".." not in note.replace("...", ""), note


def test_repeated_citation_prints_the_styles_short_form(seeded: Runner, tmp_path: Path) -> None:  # noqa: F811
    html = built(seeded, tmp_path, "html")
    assert html[0].startswith(FULL) and SEED_URL in html[0].split("Quote:")[0]
    for note in html[1:]:
        # The same source again: the short form (no publisher, date or URL).
        assert note.startswith(SHORT + " Quote:"), note
    docx = built(seeded, tmp_path, "docx")
    assert docx[0].startswith(FULL)
    assert docx[-2] == f"{SHORT} See note 3."  # the repeat of note 3, as its own footnote
    assert all(n.startswith(SHORT + " ") for n in docx[1:])


def _text_before_marks_docx(path: Path) -> list[str]:
    """The text of the body just before each footnote reference of a DOCX."""
    with zipfile.ZipFile(path) as zf:
        root = ElementTree.fromstring(zf.read("word/document.xml"))
    before = []
    for para in root.iter(W + "p"):
        text = ""
        for run in para.iter(W + "r"):
            if run.find(W + "footnoteReference") is not None:
                before.append(text)
            text += "".join(t.text or "" for t in run.iter(W + "t"))
    return before


def test_note_marks_hug_their_word_in_html_and_docx(seeded: Runner, tmp_path: Path) -> None:  # noqa: F811
    # The bundled brief wraps lines just before "[@…]" ("store\n[@…]", "2019\n[@…]").
    source = BRIEF.read_text(encoding="utf-8")
    assert "store\n[@" in source and "2019\n[@" in source
    out = tmp_path / "brief.docx"
    ok(seeded, "brief", "build", str(BRIEF), "-o", str(out))
    before = _text_before_marks_docx(out)
    assert len(before) == 15
    assert all(t and not t[-1].isspace() for t in before), before
    assert any(t.endswith("allows it to store") for t in before)
    html = tmp_path / "brief.html"
    ok(seeded, "brief", "build", str(BRIEF), "-o", str(html))
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    marks = soup.select("main sup.fn-ref")
    assert len(marks) == 15
    for sup in marks:
        prev = sup.previous_sibling
        assert isinstance(prev, str) and prev and not prev[-1].isspace(), repr(prev)


def test_the_mark_does_not_depend_on_where_the_line_wraps(
    seeded: Runner,  # noqa: F811
    tmp_path: Path,
) -> None:
    slug = "iran-exceeded-leu-stockpile"
    bodies = []
    for n, text in enumerate(
        [f"It may store\n[@{slug}]. Then more.\n", f"It may store [@{slug}]. Then more.\n"]
    ):
        brief = tmp_path / f"b{n}.md"
        brief.write_text(text, encoding="utf-8")
        out = tmp_path / f"b{n}.html"
        ok(seeded, "brief", "build", str(brief), "-o", str(out))
        soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
        bodies.append(str(soup.main))
    assert bodies[0] == bodies[1]
    assert "It may store<sup" in bodies[0]


def _page(path: Path, lang: str, title: str, body: str) -> Path:
    path.write_text(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><p>{body}</p></body></html>",
        encoding="utf-8",
    )
    return path


def test_titles_are_title_cased_only_for_english_sources(run: Runner, tmp_path: Path) -> None:
    ok(run, "archive", str(SOURCES / "readability-lemonde-1.html"), "--url", LEMONDE)
    german = _page(
        tmp_path / "de.html", "de", GERMAN_TITLE, "Die Gespräche in Wien dauern drei Tage."
    )
    ok(run, "archive", str(german), "--url", GERMAN_URL)
    english = _page(
        tmp_path / "en.html", "en", "the talks in vienna and the deal", "The talks lasted 3 days."
    )
    ok(run, "archive", str(english), "--url", ENGLISH_URL)
    for slug, statement, lang, quote, url in [
        ("fr", "Le Monde a une boutique.", "fr", "Boutique Le Monde", LEMONDE),
        ("de", "Die Gespräche dauern drei Tage.", "de", "Die Gespräche in Wien", GERMAN_URL),
        ("en", "The talks lasted 3 days.", "en", "The talks lasted 3 days.", ENGLISH_URL),
    ]:
        ok(
            run, "claim", "add", "--id", slug, "--statement", statement, "--lang", lang,
            "--quote", quote, "--source", url,
        )  # fmt: skip
    brief = tmp_path / "b.md"
    brief.write_text("Paris [@fr]. Wien [@de]. Vienna [@en]. Again [@de].\n", encoding="utf-8")
    for suffix in ("html", "docx"):
        notes = built(run, tmp_path, suffix, brief)
        assert f"“{LEMONDE_TITLE}”" in notes[0], notes[0]
        assert f"“{GERMAN_TITLE}”" in notes[1], notes[1]
        assert "“The Talks in Vienna and the Deal”" in notes[2], notes[2]
    # Its short form (a work with no author or publisher: the title, once, as it is).
    assert notes[3] == f"“{GERMAN_TITLE}”. See note 2."
    # The language decides, as corrected: recorded as English, the German title is cased.
    ok(run, "source", "edit", GERMAN_URL, "--language", "en", "--why", "test")
    notes = built(run, tmp_path, "html", brief)
    assert "“Die Verhandlungen Über Das Atomabkommen Gehen in Wien Weiter”" in notes[1]


def test_brief_new_marks_failing_unverified_and_drifted_claims(
    seeded: Runner,  # noqa: F811
    tmp_path: Path,
) -> None:
    # A newer capture where one quote was edited, rechecked: that claim has drifted.
    page = (SOURCES / "policywatch-3172.html").read_text(encoding="utf-8")
    edited = tmp_path / "newer.html"
    edited.write_text(
        page.replace("level of enrichment beyond 3.67", "level of enrichment far beyond 3.67"),
        encoding="utf-8",
    )
    ok(seeded, "archive", str(edited), "--url", SEED_URL, "--retrieved-at", "2030-01-01")
    assert seeded("recheck").exit_code == 1  # one quote edited
    ok(
        seeded, "claim", "edit", "ahmadinejad-2009-leu-proposal", "--statement",
        "In 2009 Ahmadinejad agreed to ship out nearly 90 percent of Iran's LEU.", "--why", "t",
    )  # fmt: skip
    draft = tmp_path / "draft.md"
    result = seeded("brief", "new", "--tag", "nuclear", "-o", str(draft))
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")

    def marks_after(slug: str) -> list[str]:
        i = next(i for i, p in enumerate(paragraphs) if f"[@{slug}]" in p)
        marks = []
        for p in paragraphs[i + 1 :]:
            if not p.startswith("<!--"):
                break
            marks.append(p.strip())
        return marks

    [drift] = marks_after("iran-enrichment-above-367")
    assert drift.startswith("<!-- factdb: DRIFTED [drift] the quote is edited on " + SEED_URL)
    [fails] = marks_after("ahmadinejad-2009-leu-proposal")
    assert fails.startswith("<!-- factdb: FAILS [supported] ")
    [review] = marks_after("iran-exceeded-leu-stockpile")
    assert review.startswith("<!-- factdb: NEEDS REVIEW [supported] nothing in the statement")
    assert "Marked in the draft (" in result.stdout
    # The marks are for the writer: once the failing and the drifted claims are left
    # out, the draft builds and no mark reaches the reader.
    for slug in ("ahmadinejad-2009-leu-proposal", "iran-enrichment-above-367"):
        text = text.replace(next(p for p in paragraphs if f"[@{slug}]" in p), "")
    assert "<!-- factdb: NEEDS REVIEW" in text
    draft.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.html"
    ok(seeded, "brief", "build", str(draft), "-o", str(out), "--allow-warnings")
    assert "factdb:" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "“Die Lage in der Welt nach dem Abkommen”"),
        ("fr", "“La situation du monde après l’accord”"),
        ("es", "“La situación del mundo después del acuerdo”"),
        ("en-GB", "“The State of the World and the Deal”"),
        (None, "“The State of the World and the Deal”"),  # no language: English, per CSL
    ],
)
def test_title_case_follows_the_source_language(language: str | None, expected: str) -> None:
    from factdb.briefs import CitationStyle

    titles = {
        "de": "Die Lage in der Welt nach dem Abkommen",
        "fr": "La situation du monde après l’accord",
        "es": "La situación del mundo después del acuerdo",
    }

    class Work:
        url = "https://example.org/a"
        title = titles.get(str(language), "the state of the world and the deal")
        authors = ["Jane Doe"]
        publisher = None
        published = "2020-01-02"

    Work.language = language  # type: ignore[attr-defined]
    assert expected in CitationStyle().format(Work())


def test_a_citation_under_a_heading_stays_out_of_it(seeded: Runner, tmp_path: Path) -> None:  # noqa: F811
    brief = tmp_path / "h.md"
    brief.write_text("## Stockpile\n[@iran-exceeded-leu-stockpile] Iran stores more.\n")
    out = tmp_path / "h.html"
    ok(seeded, "brief", "build", str(brief), "-o", str(out))
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.main.h2.get_text() == "Stockpile"
    assert soup.main.p.sup is not None
