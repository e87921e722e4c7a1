"""Make the real PDFs in tests/data/pdf/ (committed; this script says how they were made).

    python scripts/make_test_pdfs.py [--only NAME]

Each PDF is made by a real producer from a page or document committed in this repository:

- Chromium print-to-PDF (Debian's /usr/bin/chromium through Playwright's `page.pdf()`,
  JavaScript off, no network) of bundled pages, with a running header (the page's title)
  and footer ("Page N of M") so that the text layer meets real page furniture:
  `policywatch-3172.pdf` (from sources/policywatch-3172.html), `policywatch-3172-v2.pdf`
  (the same page with one sentence changed, for drift), `wikipedia-mozilla.pdf` (from
  tests/data/corpus/readability-wikipedia-mozilla.html, CC BY-SA 3.0 text),
  `typography.pdf` (from `typography.html`: ligature characters, soft hyphens at line
  ends in a narrow justified column, a table).
- LaTeX (pdflatex, Debian's texlive-latex-base) on `tests/data/pdf/*.tex`: a two-column
  paper with hyphenation, ligatures and a table (`twocolumn.tex`) and a long document
  (`long.pdf`, about 300 pages, its source made by `long_tex()` below).
- LibreOffice (`soffice --headless --convert-to pdf`) of `libreoffice.html`, plainly
  (`libreoffice.pdf`) and encrypted with the open password "secret" (`encrypted.pdf`).
- `scan.pdf`: `libreoffice.pdf`'s first page rendered to an image by PDFium and placed on
  an empty page (a scanned page: no text layer).
- `active.pdf`: pdflatex on `active.tex`, a document-level JavaScript action and an
  embedded file (archived as bytes, never run or extracted).
- Pandoc through LaTeX (pypandoc-binary's pandoc with pdflatex) of `pandoc.md`.

A producer that is not installed is reported and skipped; the committed PDFs stay.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pdf"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]

# The changed sentence of policywatch-3172-v2.pdf (drift): the original and its edit.
V2_OLD = "nearly 80 percent"
V2_NEW = "about 70 percent"
#: Sections of long.pdf (about one page each).
LONG_SECTIONS = 300

HEADER = (
    '<div style="font-size:8px;width:100%;text-align:center;font-family:serif">'
    '<span class="title"></span></div>'
)
FOOTER = (
    '<div style="font-size:8px;width:100%;text-align:center;font-family:serif">'
    'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
)


def chromium_pdfs(only: str | None) -> None:
    if not CHROMIUM.exists():
        print(f"skip Chromium PDFs: no {CHROMIUM}", file=sys.stderr)
        return
    from playwright.sync_api import sync_playwright

    policywatch = (ROOT / "sources" / "policywatch-3172.html").read_text("utf-8")
    assert policywatch.count(V2_OLD) == 1
    jobs = {
        "policywatch-3172.pdf": policywatch,
        "policywatch-3172-v2.pdf": policywatch.replace(V2_OLD, V2_NEW),
        "wikipedia-mozilla.pdf": (
            ROOT / "tests" / "data" / "corpus" / "readability-wikipedia-mozilla.html"
        ).read_text("utf-8"),
        "typography.pdf": (OUT / "typography.html").read_text("utf-8"),
    }
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False, offline=True)
        page = context.new_page()
        for name, html in jobs.items():
            if only and only != name:
                continue
            src = Path(tmp) / (Path(name).stem + ".html")
            src.write_text(html, "utf-8")
            page.goto(src.as_uri(), wait_until="load")
            page.pdf(
                path=str(OUT / name),
                format="A4",
                display_header_footer=True,
                header_template=HEADER,
                footer_template=FOOTER,
                margin={"top": "60px", "bottom": "60px", "left": "50px", "right": "50px"},
            )
            print(f"made {name}")
        browser.close()


def long_tex() -> str:
    """The LaTeX source of long.pdf: 300 sections of pseudo-random sentences (seeded, so
    the same every time), each sentence numbered "(section.paragraph.sentence)"."""
    rng = random.Random(17)
    words = (
        "inspection verification uranium facility cascade report measurement inventory "
        "declared official analysis finding sample operator record transfer monitoring "
        "safeguards agreement protocol enrichment centrifuge material balance uncertainty"
    ).split()
    parts = [
        "\\documentclass[11pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
        "\\usepackage[a4paper,margin=2.5cm]{geometry}\n\\pagestyle{plain}\n"
        "\\begin{document}\n"
    ]
    for sec in range(1, LONG_SECTIONS + 1):
        parts.append(f"\\section{{Chapter {sec}}}\n")
        for para in range(6):
            sentences = []
            for k in range(6):
                w = [rng.choice(words) for _ in range(rng.randint(8, 16))]
                sentences.append(" ".join(w).capitalize() + f" ({sec}.{para}.{k}).")
            parts.append(" ".join(sentences) + "\n\n")
    parts.append("\\end{document}\n")
    return "".join(parts)


def latex_pdfs(only: str | None) -> None:
    pdflatex = shutil.which("pdflatex")
    if pdflatex is None:
        print("skip LaTeX PDFs: no pdflatex (apt-get install texlive-latex-base)", file=sys.stderr)
        return
    sources = {tex.stem + ".pdf": tex.read_text("utf-8") for tex in sorted(OUT.glob("*.tex"))}
    sources["long.pdf"] = long_tex()
    for name, source in sources.items():
        if only and only != name:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tex = Path(tmp) / (Path(name).stem + ".tex")
            tex.write_text(source, "utf-8")
            for _ in range(2):  # twice: page references
                subprocess.run(
                    [pdflatex, "-interaction=nonstopmode", "-halt-on-error", str(tex)],
                    cwd=tmp,
                    check=True,
                    stdout=subprocess.DEVNULL,
                    env={**os.environ, "SOURCE_DATE_EPOCH": "1764633600", "FORCE_SOURCE_DATE": "1"},
                )
            shutil.copy(Path(tmp) / name, OUT / name)
        print(f"made {name}")


def pandoc_pdf(only: str | None) -> None:
    if only and only != "pandoc.pdf":
        return
    if shutil.which("pdflatex") is None:
        print("skip Pandoc PDF: no pdflatex", file=sys.stderr)
        return
    import pypandoc

    pypandoc.convert_file(
        str(OUT / "pandoc.md"),
        "pdf",
        outputfile=str(OUT / "pandoc.pdf"),
        extra_args=["--pdf-engine=pdflatex"],
    )
    print("made pandoc.pdf")


# LibreOffice's PDF export filter options: plain, and encrypted with an open password.
ENCRYPTED = (
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
    '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
)


def libreoffice_pdf(only: str | None) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("skip LibreOffice PDFs: no soffice", file=sys.stderr)
        return
    for name, export in (
        ("libreoffice.pdf", "pdf:writer_pdf_Export"),
        ("encrypted.pdf", ENCRYPTED),
    ):
        if only and only != name:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--headless",
                    "--convert-to",
                    export,
                    "--outdir",
                    tmp,
                    str(OUT / "libreoffice.html"),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=300,
            )
            shutil.copy(Path(tmp) / "libreoffice.pdf", OUT / name)
        print(f"made {name}")


def scan_pdf(only: str | None) -> None:
    """scan.pdf: page 1 of libreoffice.pdf rendered at 100 dpi by PDFium and placed as an
    image on an empty page: a PDF of a scanned page, with no text layer."""
    if only and only != "scan.pdf":
        return
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(OUT / "libreoffice.pdf"))
    width, height = src[0].get_size()
    bitmap = src[0].render(scale=100 / 72)
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(width, height)
    image = pdfium.PdfImage.new(doc)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()
    doc.save(str(OUT / "scan.pdf"))
    print("made scan.pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="make only this PDF (a file name)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    chromium_pdfs(args.only)
    latex_pdfs(args.only)
    pandoc_pdf(args.only)
    libreoffice_pdf(args.only)
    scan_pdf(args.only)


if __name__ == "__main__":
    main()
