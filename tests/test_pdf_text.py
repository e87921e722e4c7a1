"""The PDF text layer on real PDFs (tests/data/pdf/, see its README): Chromium's print of a
bundled page reads the page's own sentences, the offset map points at PDFium's characters,
line-end hyphens, ligatures, two columns, running headers/footers and page numbers, the
document's metadata, and the caps on bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from factdb.engine import pdf as pdfmod
from factdb.engine.anchor import locate
from factdb.engine.pdf import (
    PdfError,
    PdfTextLayer,
    extract_pdf,
    hidden_at,
    pdf_info,
)
from factdb.engine.text import extract

DATA = Path(__file__).parent / "data" / "pdf"
ROOT = Path(__file__).parent.parent


def _raw(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture(scope="module")
def policywatch() -> PdfTextLayer:
    return extract_pdf(_raw("policywatch-3172.pdf"))


def _sentences(text: str) -> list[str]:
    return [
        s.strip()
        for line in text.split("\n")
        for s in re.split(r"(?<=[.!?])\s+", line)
        if len(s.strip()) > 30
    ]


def test_chromium_print_reads_every_sentence_of_the_page(policywatch: PdfTextLayer) -> None:
    """The HTML gives the expected text: each sentence of the page's text layer is found
    in the PDF's, including those that run over a page break (past the footer "Page N of
    4" and the running header)."""
    html = extract((ROOT / "sources" / "policywatch-3172.html").read_bytes())
    sentences = _sentences(html.text)
    assert len(sentences) > 50
    missing = []
    for s in sentences:
        if s == "Is Iran Negotiating Its Way to Negotiations?":
            continue  # the title: also the running header, so it is found several times
        try:
            span = locate(policywatch, s)
        except Exception as exc:  # noqa: BLE001 - collected for the message
            missing.append(f"{s[:50]}: {exc}")
            continue
        assert policywatch.text[span.text_start : span.text_end] == span.exact
    assert missing == []


def test_quote_across_a_page_break_skips_the_footer_and_header(policywatch: PdfTextLayer) -> None:
    quote = (
        "During his own remarks alongside Macron, Trump expressed his readiness to meet with "
        "Rouhani “if the circumstances were correct,”"
    )
    span = locate(policywatch, quote)
    # The span covers the furniture between the pages: the text keeps it.
    assert "Page 1 of 4" in span.exact
    assert "| The Washington Institute" in span.exact
    pages = policywatch.page_ranges(span.text_start, span.text_end)
    assert sorted({p for p, _, _ in pages}) == [1, 2]
    assert policywatch.page_count == 4


def test_every_text_character_maps_to_its_pdfium_character(policywatch: PdfTextLayer) -> None:
    raw = _raw("policywatch-3172.pdf")
    doc = pdfium.PdfDocument(raw)
    textpages = [doc[i].get_textpage() for i in range(len(doc))]
    checked = 0
    for i, ch in enumerate(policywatch.text):
        page, index = policywatch.position(i)
        got = chr(pdfium.raw.FPDFText_GetUnicode(textpages[page - 1].raw, index))
        if ch == "\n":
            continue  # a line break maps to the end of the line it closes
        if ch == " ":
            assert got.isspace() or pdfium.raw.FPDFText_IsGenerated(textpages[page - 1].raw, index)
            continue
        assert got == ch, (i, ch, got)
        checked += 1
    assert checked > 8000


def test_drop_cap_word_maps_to_two_runs_of_pdfium_characters(policywatch: PdfTextLayer) -> None:
    """The drop cap 'T' is first in PDFium's order, 'his year's' far after it: the span's
    ranges are two runs, so its boxes cover the two and nothing between them."""
    span = locate(policywatch, "This year’s G7 summit will be remembered")
    runs = policywatch.page_ranges(span.text_start, span.text_end)
    assert len(runs) == 2 and runs[0][2] - runs[0][1] == 1
    doc = pdfium.PdfDocument(_raw("policywatch-3172.pdf"))
    textpage = doc[runs[0][0] - 1].get_textpage()
    read = "".join(textpage.get_text_range(a, b - a) for _, a, b in runs)
    assert read == "This year’s G7 summit will be remembered"


def test_boxes_are_the_quote_lines_on_its_page(policywatch: PdfTextLayer) -> None:
    span = locate(policywatch, "nearly 80 percent of Iran’s low-enriched uranium")
    where = policywatch.locator(span.text_start, span.text_end)
    assert where["page_start"] == where["page_end"]
    (page,) = where["pages"]
    width, height = policywatch.page_size(page["page"])
    assert page["boxes"]
    for left, bottom, right, top in page["boxes"]:
        assert 0 <= left < right <= width and 0 <= bottom < top <= height
    # The boxes hold the quote's characters: PDFium reads them back from the rectangles.
    doc = pdfium.PdfDocument(_raw("policywatch-3172.pdf"))
    tp = doc[page["page"] - 1].get_textpage()
    read = " ".join(tp.get_text_bounded(*box) for box in page["boxes"])
    assert "nearly 80" in read and "uranium" in read


def test_line_end_hyphen_reads_as_one_word_spanning_both_lines() -> None:
    layer = extract_pdf(_raw("twocolumn.pdf"))
    span = locate(layer, "reliable instrumentation and a sufficiently")
    assert span.exact == "reliable instrumenta\u00adtion and a sufficiently"
    (page,) = layer.boxes(span.text_start, span.text_end)
    assert len(page["boxes"]) == 2  # the end of one line and the start of the next


def test_hyphen_of_chromium_soft_hyphen_at_line_end() -> None:
    layer = extract_pdf(_raw("typography.pdf"))
    span = locate(layer, "the enrichment programme as extraordinarily ambitious")
    assert "extraor\u00addinarily" in span.exact


def test_ligature_characters_read_as_letters() -> None:
    layer = extract_pdf(_raw("typography.pdf"))
    assert "\ufb01" not in layer.text
    assert locate(layer, "The official figures were flawless").exact.startswith("The official")
    # A quote pasted with ligature characters is found too.
    assert locate(layer, "the e\ufb03cient sta\ufb00 kept the re\ufb02ections short")


def test_table_rows_read_as_lines() -> None:
    layer = extract_pdf(_raw("typography.pdf"))
    assert "\n2023 41 3\n2024 57 6\n" in layer.text


def test_two_columns_read_one_after_the_other() -> None:
    layer = extract_pdf(_raw("twocolumn.pdf"))
    titles = ("1 Introduction", "2 Method", "3 Results", "4 Discussion")
    heads = [layer.text.index(h) for h in titles]
    assert heads == sorted(heads)
    # A sentence that continues from the bottom of the left column to the top of the right.
    locate(layer, "by fifteen kilograms, a difference that the operator attributed")


def test_page_numbers_are_hidden_and_quotes_cross_pages() -> None:
    layer = extract_pdf(_raw("long.pdf"))
    assert layer.page_count == 313
    starts = layer.page_starts()
    numbers = [m for m in re.finditer(r"(?m)^(\d+)$", layer.text)]
    assert len(numbers) >= 300
    assert all(hidden_at(layer, m.start()) for m in numbers)
    # A sentence broken by a page break (and its page number) is found whole.
    crossing = 0
    for k in range(1, 40):
        before = layer.text.rfind("(", 0, starts[k])
        end = layer.text.find(").", starts[k])
        sentence = layer.text[before - 1 : end + 2] if before > 0 else ""
        if not sentence or "\n" not in sentence:
            continue
        # As a reader types it: the page number left out, a word broken over the pages whole.
        typed = re.sub(r"\u00ad\n\d+\n", "", sentence)
        typed = re.sub(r"\n\d+\n", " ", typed).replace("\u00ad", "")
        span = locate(layer, typed[1:])
        assert layer.page_ranges(span.text_start, span.text_end)[0][0] == k
        crossing += 1
    assert crossing >= 5


def test_layer_round_trips_through_its_bytes(policywatch: PdfTextLayer) -> None:
    raw = _raw("policywatch-3172.pdf")
    again = PdfTextLayer.from_bytes(policywatch.to_bytes(), raw)
    assert again.text == policywatch.text
    assert again.page == policywatch.page and again.index == policywatch.index
    assert again.hidden == policywatch.hidden
    span = locate(again, "nearly 80 percent")
    assert again.locator(span.text_start, span.text_end) == policywatch.locator(
        span.text_start, span.text_end
    )


def test_metadata_from_the_information_dictionary_and_catalog() -> None:
    pandoc = pdf_info(_raw("pandoc.pdf"))
    assert pandoc.metadata["title"] == "Quarterly Statistics Release"
    assert pandoc.metadata["author"] == "Factdb Test Suite"
    assert pandoc.metadata["language"] == "en"
    office = pdf_info(_raw("libreoffice.pdf"))
    assert office.metadata["title"] == "Annual Report on Water Quality"
    assert office.metadata["language"] == "en-US"
    chromium = pdf_info(_raw("policywatch-3172.pdf"))
    assert chromium.pages == 4 and not chromium.encrypted and chromium.active_content == []


def test_pandoc_and_libreoffice_documents_read() -> None:
    pandoc = extract_pdf(_raw("pandoc.pdf"))
    locate(pandoc, "Unemployment fell to 3.2 percent in the third quarter")
    office = extract_pdf(_raw("libreoffice.pdf"))
    locate(office, "Nitrate concentrations exceeded the legal limit of 50 milligrams per litre")


# --- bad input -------------------------------------------------------------------------


def test_truncated_pdf_is_one_error_line() -> None:
    raw = _raw("policywatch-3172.pdf")
    with pytest.raises(PdfError) as err:
        extract_pdf(raw[: len(raw) // 3])
    assert "\n" not in str(err.value)


def test_not_a_pdf_is_refused() -> None:
    with pytest.raises(PdfError, match="not a PDF"):
        extract_pdf(b"<html><body>%PDF-1.7</body></html>")


def test_page_count_cap(tmp_path: Path) -> None:
    """A PDF of MAX_PAGES + 1 empty pages (made by PDFium) is refused before reading."""
    doc = pdfium.PdfDocument.new()
    for _ in range(pdfmod.MAX_PAGES + 1):
        doc.new_page(100, 100)
    path = tmp_path / "many.pdf"
    doc.save(str(path))
    with pytest.raises(PdfError, match="more than the cap"):
        extract_pdf(path.read_bytes())


def test_text_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdfmod, "MAX_TEXT_CHARS", 5000)
    with pytest.raises(PdfError, match="longer than the cap"):
        extract_pdf(_raw("policywatch-3172.pdf"))


def test_line_break_where_the_source_had_no_space() -> None:
    """Chromium wrapped a footnote mark to the next line ("Android),⏎[13] a mobile"):
    the quote as the page's HTML reads is found, its span covering the line break; a
    quote with a space there is found too."""
    layer = extract_pdf(_raw("wikipedia-mozilla.pdf"))
    span = locate(layer, "platforms (primarily Android),[13] a mobile OS called Firefox OS,[14]")
    assert span.exact == "platforms (primarily Android),\n[13] a mobile OS called Firefox OS,[14]"
    spaced = locate(layer, "(primarily Android), [13] a mobile OS")
    assert spaced.exact == "(primarily Android),\n[13] a mobile OS"
