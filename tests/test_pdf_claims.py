"""PDF sources end to end on real PDFs (tests/data/pdf/, see its README): archived from a
file, a URL and a WARC record, with their metadata; encrypted, scanned and active PDFs
archived but named; bad input one line each; a claim added by quote records pages and
boxes, passes every check, replays under fsck, is flagged by recheck when a newer
version of the PDF changes the sentence, and rebases onto it."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from warcio.warcwriter import WARCWriter

from factdb.engine import pdf as pdfmod

from .conftest import Runner
from .httpserver import LoopbackServer, respond
from .test_warc import response, write_wacz, write_warc

DATA = Path(__file__).parent / "data" / "pdf"
PW = DATA / "policywatch-3172.pdf"
PW2 = DATA / "policywatch-3172-v2.pdf"
STATEMENT = (
    "In 2009 Ahmadinejad agreed in principle to ship out nearly 80 percent of Iran's "
    "low-enriched uranium"
)
QUOTE = "ship out nearly 80 percent of Iran’s low-enriched uranium"


def counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        out = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    engine.dispose()
    return out


TABLES = ("snapshot", "claim", "citation")


def archive(run: Runner, *args: str) -> dict:
    result = run("archive", "--json", *args)
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    return item


def error_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [ln for ln in result.stderr.splitlines() if ln.startswith("Error")]


def test_pdf_file_is_archived_with_its_metadata(run: Runner) -> None:
    item = archive(run, str(DATA / "pandoc.pdf"))
    assert item["snapshot"] == hashlib.sha256((DATA / "pandoc.pdf").read_bytes()).hexdigest()
    assert item["charset"] == "binary"
    [source] = json.loads(run("sources", "--json").stdout)
    info = pdfmod.pdf_info((DATA / "pandoc.pdf").read_bytes())
    assert source["title"] == info.metadata["title"]
    assert source["authors"] == [info.metadata["author"]]
    assert source["published"] == info.metadata["created"]
    assert "remark" not in item


def test_pdf_text_reads_page_after_page(run: Runner) -> None:
    item = archive(run, str(PW))
    result = run("text", "--json", item["snapshot"][:12])
    data = json.loads(result.stdout)
    assert data["extractor_version"] == pdfmod.PDF_EXTRACTOR_VERSION
    assert "nearly 80 percent" in data["text"]


@pytest.mark.parametrize(
    ("name", "remark"),
    [
        ("encrypted.pdf", "needs a password"),
        ("scan.pdf", "no extractable text (1 page of images, a scan?)"),
        ("active.pdf", "carries JavaScript and embedded files: archived as bytes, never run"),
    ],
)
def test_pdfs_that_cannot_be_quoted_are_archived_and_say_so(
    run: Runner, name: str, remark: str
) -> None:
    result = run("archive", str(DATA / name))
    assert result.exit_code == 0, result.output
    [note] = [ln for ln in result.stderr.splitlines() if ln.startswith("Note")]
    assert remark in note
    assert counts(run.db_url)["snapshot"] == 1


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("encrypted.pdf", "Error: the PDF is encrypted and needs a password"),
        ("scan.pdf", "is a PDF with no extractable text (1 page of images, a scan?): OCR is out"),
    ],
)
def test_text_and_claim_add_on_unreadable_pdf_are_one_line(
    run: Runner, name: str, says: str
) -> None:
    item = archive(run, str(DATA / name))
    for args in (
        ("text", item["snapshot"]),
        ("claim", "add", "--statement", "x", "--quote", "the", "--snapshot", item["snapshot"]),
    ):
        result = run(*args)
        assert result.exit_code == 1
        [line] = result.stderr.splitlines()
        assert says in line
    assert counts(run.db_url)["claim"] == 0


def test_file_named_pdf_that_is_html_is_one_line(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"<!DOCTYPE html><title>404</title><p>Not found</p>")
    result = run("archive", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {path}: named .pdf but not a PDF (no %PDF- header): it is a web page (HTML)"
    ]


def test_truncated_pdf_is_one_line_and_stores_nothing(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(PW.read_bytes()[:20_000])
    result = run("archive", str(path))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {path}: the PDF cannot be read (")
    assert counts(run.db_url)["snapshot"] == 0


def test_page_count_cap_is_one_line(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfmod, "MAX_PAGES", 100)
    result = run("archive", str(DATA / "long.pdf"))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.endswith("the PDF has 313 pages, more than the cap of 100")
    assert counts(run.db_url)["snapshot"] == 0


def test_pdf_from_url_by_type_or_by_its_bytes(run: Runner) -> None:
    raw = PW.read_bytes()
    routes = {
        "/report": respond(200, raw, [("Content-Type", "application/pdf")]),
        "/download": respond(200, PW2.read_bytes(), [("Content-Type", "application/octet-stream")]),
        "/fake.pdf": respond(200, b"<p>gone</p>", [("Content-Type", "application/pdf")]),
    }
    with LoopbackServer(routes) as server:
        item = archive(run, server.url("/report"))
        assert item["snapshot"] == hashlib.sha256(raw).hexdigest()
        archive(run, server.url("/download"))
        result = run("archive", server.url("/fake.pdf"))
        assert result.exit_code == 1
        assert error_lines(result) == [
            f"Error: {server.url('/fake.pdf')}: served as application/pdf, "
            "but the body does not start with %PDF-"
        ]
    engine = create_engine(run.db_url)
    with engine.connect() as conn:
        types = conn.execute(text("SELECT media_type FROM snapshot")).scalars().all()
    engine.dispose()
    assert types == ["application/pdf", "application/pdf"]


def test_pdf_from_a_wacz(run: Runner, tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(
            w, "https://example.org/r.pdf", PW.read_bytes(), [("Content-Type", "application/pdf")]
        )
        # Served as octet-stream: the %PDF- header decides.
        response(
            w, "https://example.org/v2", PW2.read_bytes(),
            [("Content-Type", "application/octet-stream")],
        )  # fmt: skip

    warc = write_warc(tmp_path / "data.warc.gz", gzipped=True, fill=fill).read_bytes()
    path = write_wacz(tmp_path / "site.wacz", {"archive/data.warc.gz": warc})
    result = run("archive", "--json", str(path))
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [(i["url"], i["method"]) for i in items] == [
        ("https://example.org/r.pdf", "wacz"),
        ("https://example.org/v2", "wacz"),
    ]


def test_pdf_from_a_warc_response_record(run: Runner, tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(
            w, "https://example.org/r.pdf", PW.read_bytes(), [("Content-Type", "application/pdf")]
        )

    path = write_warc(tmp_path / "r.warc.gz", gzipped=True, fill=fill)
    item = archive(run, str(path))
    assert item["url"] == "https://example.org/r.pdf"
    assert item["method"] == "warc"


@pytest.fixture
def cited(run: Runner) -> tuple[Runner, str]:
    item = archive(run, str(PW))
    result = run(
        "claim", "add", "--statement", STATEMENT, "--quote", QUOTE,
        "--snapshot", item["snapshot"], "--id", "ahmadinejad-80",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return run, item["url"]


def citation_row(db_url: str) -> dict:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM citation")).mappings().one()
    engine.dispose()
    return dict(row)


def test_claim_on_a_pdf_records_page_ranges_and_boxes(cited: tuple[Runner, str]) -> None:
    run, _ = cited
    row = citation_row(run.db_url)
    pdf = row["pdf"] if isinstance(row["pdf"], dict) else json.loads(row["pdf"])
    assert row["page"] == 2 and pdf["page_start"] == 2 and pdf["page_end"] == 2
    assert row["html_start"] is None and row["byte_start"] is None
    assert row["extractor_version"] == pdfmod.PDF_EXTRACTOR_VERSION
    [page] = pdf["pages"]
    layer = pdfmod.extract_pdf(PW.read_bytes())
    # PDFium's own characters of that range (its line break is \r\n) read the quote.
    read = layer.read_range(2, page["start"], page["end"])
    assert read.replace("\r\n", "\n") == layer.text[row["text_start"] : row["text_end"]]
    width, height = layer.page_size(2)
    for left, bottom, right, top in page["boxes"]:
        assert 0 <= left < right <= width and 0 <= bottom < top <= height


def test_claim_show_and_locate_give_pages_not_html(cited: tuple[Runner, str]) -> None:
    run, _ = cited
    shown = run("claim", "show", "ahmadinejad-80").stdout
    assert re.search(r"text \d+-\d+, page 2 chars \d+-\d+\n", shown), shown
    [item] = json.loads(run("sources", "--json").stdout)[0]["snapshots"]
    located = run("locate", item["snapshot"][:12], "nearly 80 percent").stdout
    assert re.search(r"^page   2  chars \d+-\d+$", located, re.M), located
    assert "html" not in located


def test_pdf_claim_passes_every_check_and_fsck(cited: tuple[Runner, str]) -> None:
    run, _ = cited
    result = run("check", "--json")
    assert result.exit_code == 0, result.output
    by_check = {r["check"]: r for r in json.loads(result.stdout)}
    assert by_check["integrity"]["status"] == "pass"
    assert by_check["span"]["status"] == "pass"
    assert by_check["html-span"]["status"] == "pass"
    assert by_check["html-span"]["detail"].startswith("PDF p. 2 chars ")
    fsck = run("fsck")
    assert fsck.exit_code == 0, fsck.output
    assert "1 citations checked, 0 mismatched." in fsck.stdout


def test_fsck_names_an_edited_page_of_a_pdf_citation(cited: tuple[Runner, str]) -> None:
    run, _ = cited
    engine = create_engine(run.db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE citation SET page = 3"))
    engine.dispose()
    result = run("fsck")
    assert result.exit_code == 1
    assert "page" in result.stdout


def test_recheck_flags_a_newer_pdf_that_changes_the_sentence(cited: tuple[Runner, str]) -> None:
    run, url = cited
    result = run("recheck", url, "--against", str(PW2), "--json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    [drift] = data if isinstance(data, list) else data["results"]
    assert drift["status"] == "edited"
    assert "70" in json.dumps(drift)


def test_rebase_onto_the_newer_pdf_with_the_corrected_quote(cited: tuple[Runner, str]) -> None:
    run, url = cited
    v2 = archive(run, str(PW2), "--url", url)
    result = run(
        "claim", "rebase", "ahmadinejad-80", "--to", v2["snapshot"],
        "--quote", "ship out about 70 percent of Iran’s low-enriched uranium",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    row = citation_row(run.db_url)
    assert row["page"] == 2 and "about 70 percent" in row["exact"]
    assert run("fsck").exit_code == 0


def test_brief_cites_the_pdf_page_without_a_text_fragment(
    cited: tuple[Runner, str], tmp_path: Path
) -> None:
    run, _ = cited
    brief = tmp_path / "brief.md"
    brief.write_text("# Brief\n\nIran once agreed to ship out its uranium [@ahmadinejad-80].\n")
    out = tmp_path / "brief.out.md"
    result = run("brief", "build", str(brief), "-o", str(out))
    assert result.exit_code == 0, result.output
    [note] = [ln for ln in out.read_text().splitlines() if ln.startswith("[^1]:")]
    # Chicago's note gives the CSL page locator after the title; the note says the page.
    assert ", 2, file://" in note
    assert note.endswith("(PDF, page 2).")
    assert "Quote: “ship out nearly 80 percent of Iran\\'s low-enriched uranium”" in note
    assert "#:~:text=" not in note and "live page" not in note


def test_csl_locator_is_the_styles_page_form() -> None:
    from types import SimpleNamespace

    from factdb.briefs import CitationStyle

    source = SimpleNamespace(
        id=1, url="https://example.org/r.pdf", title="A Report", authors=["Omer Carmi"],
        publisher=None, published="2019", language="en",
    )  # fmt: skip
    [apa] = CitationStyle("apa").cite_sequence([source, source], ["14", "14"])[1:]
    assert apa == "(Omer Carmi, 2019, p. 14)"


def test_annotation_export_names_the_pdf_page(cited: tuple[Runner, str], tmp_path: Path) -> None:
    run, _ = cited
    out = tmp_path / "annotations.jsonld"
    result = run("export", "annotations", "-o", str(out))
    assert result.exit_code == 0, result.output
    [item] = json.loads(out.read_text())["first"]["items"]
    fragment, quote, position = item["target"]["selector"]
    assert fragment == {
        "type": "FragmentSelector",
        "conformsTo": "http://tools.ietf.org/rfc/rfc8118",
        "value": "page=2",
    }
    assert quote["type"] == "TextQuoteSelector" and "nearly 80 percent" in quote["exact"]
    assert position["type"] == "TextPositionSelector"


def test_warc_export_writes_the_pdf_as_its_response_record(run: Runner, tmp_path: Path) -> None:
    from factdb.warc import read_warc

    # An http(s) URL: WARC readers parse HTTP headers only for those.
    archive(run, str(PW), "--url", "https://example.org/policywatch-3172.pdf")
    out = tmp_path / "out.warc.gz"
    result = run("export", "warc", "-o", str(out))
    assert result.exit_code == 0, result.output
    [capture] = read_warc(out)
    assert capture.raw == PW.read_bytes()
    assert capture.media_type == "application/pdf"
    assert ("Content-Type", "application/pdf") in capture.headers


def test_claims_file_imports_quotes_from_a_pdf(run: Runner, tmp_path: Path) -> None:
    item = archive(run, str(PW), "--url", "https://example.org/pw.pdf")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "- id: ahmadinejad-80\n"
        f"  statement: {json.dumps(STATEMENT)}\n"
        "  source: https://example.org/pw.pdf\n"
        f"  quote: {json.dumps(QUOTE)}\n"
        "- id: page-one-quote\n"
        "  statement: Iran's strategy is negotiating its way to negotiations.\n"
        f"  snapshot: {item['snapshot'][:12]}\n"
        "  quote: Is Iran Negotiating Its Way to Negotiations?\n"
        "  occurrence: 1\n"
    )
    result = run("claims", "import", str(claims))
    assert result.exit_code == 0, result.output
    engine = create_engine(run.db_url)
    with engine.connect() as conn:
        pages = conn.execute(text("SELECT page FROM citation ORDER BY id")).scalars().all()
    engine.dispose()
    assert pages == [2, 1]
    assert run("fsck").exit_code == 0


def test_fsck_names_edited_boxes_of_a_pdf_citation(cited: tuple[Runner, str]) -> None:
    run, _ = cited
    row = citation_row(run.db_url)
    pdf = row["pdf"] if isinstance(row["pdf"], dict) else json.loads(row["pdf"])
    pdf["pages"][0]["boxes"][0][0] += 100  # the highlight moved off the quote
    engine = create_engine(run.db_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE citation SET pdf = :pdf"),
            {"pdf": json.dumps(pdf)},
        )
    engine.dispose()
    result = run("fsck", "--json")
    assert result.exit_code == 1
    assert "citation" in result.stdout and "pdf" in result.stdout


def test_pdf_with_more_pages_than_the_cap_is_refused_in_bounded_time(
    run: Runner, tmp_path: Path
) -> None:
    """A page-count bomb, made by PDFium: 5,001 empty pages in a small file (the cap is
    5,000), refused in one line before any page is read."""
    import time

    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    for _ in range(pdfmod.MAX_PAGES + 1):
        doc.new_page(200, 200).close()
    path = tmp_path / "bomb.pdf"
    doc.save(str(path))
    doc.close()
    assert path.stat().st_size < 2_000_000
    started = time.monotonic()
    result = run("archive", str(path))
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {path}: the PDF has 5,001 pages, more than the cap of 5,000"
    ]
    assert counts(run.db_url)["snapshot"] == 0


def test_the_cpu_cap_on_reading_a_pdf_is_enforced(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's CPU cap (`MAX_READ_SECONDS`, 60 s) stops a PDF whose reading takes
    longer: with the cap set to 1 s, a real document of 4,000 pages (the long PDF's pages
    imported again and again by PDFium; about 10 s to read here) is refused in one line
    after about a second, and nothing is stored."""
    import time

    import pypdfium2

    src = pypdfium2.PdfDocument(str(DATA / "long.pdf"))
    doc = pypdfium2.PdfDocument.new()
    while len(doc) < 4000:
        doc.import_pages(src)
    path = tmp_path / "long-4000.pdf"
    doc.save(str(path))
    doc.close()
    src.close()
    monkeypatch.setattr(pdfmod, "MAX_READ_SECONDS", 1)
    started = time.monotonic()
    result = run("archive", str(path), "--max-bytes", str(64 << 20))
    assert time.monotonic() - started < 30
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"Error: {path}: reading the PDF took more than 1 s of CPU, the cap (a decompression bomb?)"
    ]
    assert counts(run.db_url)["snapshot"] == 0


def test_watch_recaptures_a_pdf_url_and_flags_the_changed_sentence(run: Runner) -> None:
    routes = {"/r.pdf": respond(200, PW.read_bytes(), [("Content-Type", "application/pdf")])}
    with LoopbackServer(routes) as server:
        url = server.url("/r.pdf")
        archive(run, url)
        added = run(
            "claim", "add", "--statement", STATEMENT, "--quote", QUOTE,
            "--source", url, "--id", "ahmadinejad-80",
        )  # fmt: skip
        assert added.exit_code == 0, added.output
        server.routes["/r.pdf"] = respond(
            200, PW2.read_bytes(), [("Content-Type", "application/pdf")]
        )
        result = run("watch", "--all", "--delay", "0", "--json")
    assert result.exit_code == 1, result.output
    [source] = json.loads(result.stdout)["sources"]
    assert source["outcome"] == "changed"
    [drift] = source["drift"]
    assert drift["claim"] == "ahmadinejad-80" and drift["status"] == "edited"


ACROSS = (
    "During his own remarks alongside Macron, Trump expressed his readiness to meet with "
    "Rouhani “if the circumstances were correct,”"
)


def test_quote_across_a_page_break_reads_without_the_furniture(run: Runner, tmp_path: Path) -> None:
    """The span keeps the footer and header it runs over ("Page 1 of 4", the running
    title); the supported check and the brief read the quote without them."""
    item = archive(run, str(PW))
    added = run(
        "claim", "add", "--statement", "Trump said in 2019 he was ready to meet Rouhani.",
        "--quote", ACROSS, "--snapshot", item["snapshot"], "--id", "across",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    row = citation_row(run.db_url)
    assert "Page 1 of 4" in row["exact"] and row["page"] == 1
    checked = run("check", "--json")
    [supported] = [r for r in json.loads(checked.stdout) if r["check"] == "supported"]
    assert "4" not in supported["detail"].replace("2019", "")
    brief = tmp_path / "b.md"
    brief.write_text("Trump was ready [@across].\n")
    built = run("brief", "build", str(brief), "-o", str(tmp_path / "b.out.md"))
    assert built.exit_code == 0, built.output
    note = (tmp_path / "b.out.md").read_text()
    assert "Page 1 of 4" not in note and "Washington Institute\nTrump" not in note
    assert "(PDF, pages 1–2)." in note
    assert "alongside Macron, Trump expressed" in note


def test_reading_leaves_out_the_furniture_a_span_covers() -> None:
    layer = pdfmod.extract_pdf(PW.read_bytes())
    from factdb.engine.anchor import locate

    span = locate(layer, ACROSS)
    assert layer.reading(span.text_start, span.text_end) == ACROSS


def _bomb(path: Path, inflated: int) -> Path:
    """A one-page PDF whose content stream ("q Q " repeated: nothing drawn) inflates to
    `inflated` bytes from a few hundred KB."""
    import zlib

    content = zlib.compress(b"q Q " * (inflated // 4), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def test_decompression_bomb_is_one_line_in_bounded_memory_and_time(
    run: Runner, tmp_path: Path
) -> None:
    """390 KB whose content stream inflates to 1.5 GB: PDFium would allocate it all; the
    child process reading it hits the 768 MiB cap and the archive refuses it in one line,
    the caller's own memory untouched."""
    import resource
    import time

    path = _bomb(tmp_path / "bomb.pdf", 1_500_000_000)
    assert path.stat().st_size < 2_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    result = run("archive", str(path))
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {path}: reading the PDF needed more than 768 MiB of memory, the cap "
        "(a decompression bomb?)"
    ]
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < 100_000  # KiB
    assert counts(run.db_url)["snapshot"] == 0


def test_source_edit_overrides_what_the_pdf_says(run: Runner) -> None:
    item = archive(run, str(DATA / "pandoc.pdf"))
    result = run(
        "source", "edit", str(item["source"]), "--title", "A corrected title",
        "--published", "2024-05-01", "--why", "the PDF's metadata is the file's",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [source] = json.loads(run("sources", "--json").stdout)
    assert source["title"] == "A corrected title" and source["published"] == "2024-05-01"
    assert run("fsck").exit_code == 0


def test_claims_export_gives_a_pdf_citations_page(cited: tuple[Runner, str]) -> None:
    run, _ = cited
    result = run("export", "claims", "--format", "json")
    assert result.exit_code == 0, result.output
    [claim] = json.loads(result.stdout)
    [citation] = claim["citations"]
    assert citation["page"] == 2 and citation["pdf"]["pages"][0]["page"] == 2
    assert citation["html_start"] is None
