"""Benchmark the PDF text layer, and measure how well quotes are located in it.

    python scripts/bench_pdf.py [--repeat 3] [--quotes 400]

Speed, on the same real PDFs (tests/data/pdf/, see its README), pages per second of CPU
time for:

- `factdb.engine.pdf.extract_pdf` (reading order, hyphenation, ligatures, furniture and
  the offset map from every text character to its page and PDFium index);
- plain pypdfium2 extraction (`get_text_range()` of every page: PDFium's text, no order,
  no map), the baseline the text layer should stay within 2x of;
- `pdftotext` (poppler-utils) writing plain text to stdout, as a separate process (its
  wall time; skipped when it is not installed);

each beside the plain pypdfium2 figure (ratio). Timings are the best of `--repeat` runs.

Accuracy: quotes cut from the expected text of PDFs whose text is known independently,
typed with typographic variants (straight quotes for curly ones and back, hyphens for
dashes, doubled spaces, `...` for `…`), located with `factdb.engine.anchor.locate`:

- the Chromium prints of the bundled PolicyWatch page and the Wikipedia corpus page,
  whose HTML text layers give the expected sentences;
- long.pdf, whose LaTeX source (`scripts/make_test_pdfs.py`'s `long_tex()`) gives every
  sentence: about 11,000, many broken across lines and pages by TeX's hyphenation.

A quote counts as located exactly when locate finds it once and the span's text, with the
page furniture it runs over left out, folds to the quote (spaces aside where a line break
stands for no space: a footnote mark wrapped to the next line), and the PDFium characters in
the span's recorded page ranges read the same words. The goal is 99% or more.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from factdb.engine.anchor import fold_quote, locate  # noqa: E402
from factdb.engine.pdf import PdfTextLayer, extract_pdf  # noqa: E402
from factdb.engine.text import extract  # noqa: E402
from factdb.errors import FactdbError  # noqa: E402

PDFS = ROOT / "tests" / "data" / "pdf"
SPEED_FILES = [
    "policywatch-3172.pdf",
    "wikipedia-mozilla.pdf",
    "typography.pdf",
    "twocolumn.pdf",
    "pandoc.pdf",
    "libreoffice.pdf",
    "long.pdf",
]


def _best(work: Callable[[], object], repeat: int, clock: Callable[[], float]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = clock()
        work()
        best = min(best, clock() - started)
    return best


def plain_pypdfium2(raw: bytes) -> list[str]:
    doc = pdfium.PdfDocument(raw)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        textpage = page.get_textpage()
        out.append(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return out


def speed(repeat: int) -> None:
    print("== speed: pages per second (best of", repeat, "runs; CPU time, pdftotext: wall)")
    pdftotext = shutil.which("pdftotext")
    header = f"{'file':<24}{'pages':>6}{'text layer':>12}{'pypdfium2':>11}{'ratio':>7}"
    print(header + (f"{'pdftotext':>11}{'ratio':>7}" if pdftotext else "  (no pdftotext)"))
    totals = {"layer": 0.0, "plain": 0.0, "poppler": 0.0}
    pages_total = 0
    for name in SPEED_FILES:
        raw = (PDFS / name).read_bytes()
        pages = len(pdfium.PdfDocument(raw))
        layer = _best(lambda raw=raw: extract_pdf(raw), repeat, time.process_time)
        plain = _best(lambda raw=raw: plain_pypdfium2(raw), repeat, time.process_time)
        line = (
            f"{name:<24}{pages:>6}{pages / layer:>12.1f}{pages / plain:>11.1f}"
            f"{layer / plain:>6.2f}x"
        )
        totals["layer"] += layer
        totals["plain"] += plain
        if pdftotext:
            path = str(PDFS / name)
            pop = _best(
                lambda path=path: subprocess.run(
                    [pdftotext, "-q", path, "-"], check=True, stdout=subprocess.DEVNULL
                ),
                repeat,
                time.perf_counter,
            )
            totals["poppler"] += pop
            line += f"{pages / pop:>11.1f}{layer / pop:>6.2f}x"
        pages_total += pages
        print(line)
    line = (
        f"{'all':<24}{pages_total:>6}{pages_total / totals['layer']:>12.1f}"
        f"{pages_total / totals['plain']:>11.1f}{totals['layer'] / totals['plain']:>6.2f}x"
    )
    if pdftotext:
        line += (
            f"{pages_total / totals['poppler']:>11.1f}{totals['layer'] / totals['poppler']:>6.2f}x"
        )
    print(line)
    print("(ratio: the text layer's time over the other's; goal: within 2x of pypdfium2)")


# --- accuracy ----------------------------------------------------------------------------

_VARIANTS = [
    ("’", "'"),
    ("'", "’"),
    ("“", '"'),
    ("”", '"'),
    ("—", "-"),
    ("–", "-"),
    ("…", "..."),
]


def typed(sentence: str, rng: random.Random) -> str:
    """The sentence as a person might paste it: some typographic variants applied."""
    out = sentence
    for old, new in _VARIANTS:
        if old in out and rng.random() < 0.7:
            out = out.replace(old, new)
    if " " in out and rng.random() < 0.3:
        at = out.index(" ")
        out = out[:at] + "  " + out[at + 1 :]
    return out


def _sentences(text: str) -> list[str]:
    return [
        s.strip()
        for line in text.split("\n")
        for s in re.split(r"(?<=[.!?])\s+", line)
        if len(s.strip()) >= 40
    ]


def _reads(layer: PdfTextLayer, start: int, end: int) -> str:
    """The span's text with its page furniture left out."""
    inside = [(a, b) for a, b in layer.hidden if a < end and b > start]
    return "".join(
        ch
        for i, ch in enumerate(layer.text[start:end], start)
        if not any(a <= i < b for a, b in inside)
    )


def _words(s: str) -> str:
    return " ".join(s.replace("\u00ad", "").replace("\ufffe", "").split())


def judge(layer: PdfTextLayer, doc: object, quote: str) -> str:
    """'exact', 'ambiguous', 'missing' or 'wrong' for one typed quote."""
    try:
        span = locate(layer, quote)
    except FactdbError as exc:
        return "ambiguous" if "more than once" in str(exc) or "times" in str(exc) else "missing"
    reads, wanted = fold_quote(_reads(layer, span.text_start, span.text_end)), fold_quote(quote)
    # A line break where the source had no space ("Android),⏎[13]") reads as a space in
    # the span and as nothing in the quote: the same characters, spaces aside.
    if reads != wanted and reads.replace(" ", "") != wanted.replace(" ", ""):
        return "wrong"
    # The PDFium characters of the recorded ranges, run after run, read the same
    # characters (spaces aside: PDFium's line breaks are \r\n, ours \n).
    assert span.pdf is not None
    read = []
    for part in span.pdf["pages"]:
        textpage = doc[part["page"] - 1].get_textpage()  # type: ignore[index]
        read.append(textpage.get_text_range(part["start"], part["end"] - part["start"]))
        textpage.close()
    if fold_quote(_words("".join(read))).replace(" ", "") != fold_quote(_words(span.exact)).replace(
        " ", ""
    ):
        return "wrong"
    return "exact"


def accuracy(limit: int, seed: int) -> None:
    from make_test_pdfs import long_tex

    print(f"\n== locate: quotes with typographic variants (up to {limit} per document)")
    rng = random.Random(seed)
    jobs: list[tuple[str, list[str]]] = []
    for pdf, html in (
        ("policywatch-3172.pdf", ROOT / "sources" / "policywatch-3172.html"),
        (
            "wikipedia-mozilla.pdf",
            ROOT / "tests" / "data" / "corpus" / "readability-wikipedia-mozilla.html",
        ),
    ):
        jobs.append((pdf, _sentences(extract(html.read_bytes()).text)))
    latex = re.sub(r"\\[a-z]+(\[[^]]*\])?(\{[^}]*\})?", " ", long_tex())
    long_sentences = re.findall(r"[A-Z][a-z ]+ \(\d+\.\d+\.\d+\)\.", latex)
    jobs.append(("long.pdf", long_sentences))
    grand: dict[str, int] = {}
    located_seconds = 0.0
    located = 0
    for name, sentences in jobs:
        raw = (PDFS / name).read_bytes()
        layer = extract_pdf(raw)
        doc = pdfium.PdfDocument(raw)
        picked = sentences if len(sentences) <= limit else rng.sample(sentences, limit)
        counts: dict[str, int] = {}
        started = time.process_time()
        for sentence in picked:
            verdict = judge(layer, doc, typed(sentence, rng))
            counts[verdict] = counts.get(verdict, 0) + 1
        located_seconds += time.process_time() - started
        located += len(picked)
        for k, v in counts.items():
            grand[k] = grand.get(k, 0) + v
        share = counts.get("exact", 0) / len(picked)
        print(f"{name:<24}{len(picked):>6} quotes  {share:7.2%} exact  {counts}")
    total = sum(grand.values())
    print(
        f"{'all':<24}{total:>6} quotes  {grand.get('exact', 0) / total:7.2%} exact  {grand}"
        f"  ({located / located_seconds:,.0f} quotes/s located and judged)"
    )
    print("(ambiguous: the sentence occurs more than once in the document, e.g. a repeated")
    print(" caption; the locator then asks for a prefix, suffix or occurrence number)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quotes", type=int, default=400, help="quotes per document, at most")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    speed(args.repeat)
    accuracy(args.quotes, args.seed)


if __name__ == "__main__":
    main()
