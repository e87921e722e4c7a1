"""Benchmark the text layer against the usual ways of getting text out of HTML.

    python scripts/bench_text.py [--repeat 3]

Reads every page of `/work/shared/corpus/html/` (falls back to `tests/data/corpus/`) and
prints, in one run on the same pages, MB/s (of raw page bytes) for:

- `factdb.engine.text.extract` (decoding + reading text + offset maps), and `extract_html` on
  already-decoded HTML;
- `BeautifulSoup(html, "html.parser").get_text()` and `BeautifulSoup(html, "lxml")
  .get_text()` (neither keeps offsets);
- the stdlib `html.parser` tokenizer with no-op handlers (the floor for any pure-Python
  extractor that walks tokens);

and each one's speed relative to bs4 + lxml. The goal is at least 2x bs4 + lxml.
lxml is needed only here (`pip install lxml`).

Each section is one function taking the loaded pages; `main()` runs them in turn, so more
sections (the locator's) can be added beside it.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from bs4 import BeautifulSoup

from factdb.engine.text import decode_html, extract, extract_html

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [Path("/work/shared/corpus/html"), ROOT / "tests" / "data" / "corpus"]


def load_pages() -> list[tuple[str, bytes, str]]:
    """(file name, raw bytes, decoded html) of every corpus page."""
    for corpus in CORPORA:
        paths = sorted(corpus.glob("*.html"))
        if paths:
            print(f"corpus: {corpus} ({len(paths)} pages)")
            pages = []
            for path in paths:
                raw = path.read_bytes()
                pages.append((path.name, raw, decode_html(raw)[0]))
            return pages
    raise SystemExit("no corpus found in " + ", ".join(map(str, CORPORA)))


def _best_seconds(work: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs of `work`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


class _NoOpParser(HTMLParser):
    """html.parser with handlers that do nothing: the cost of tokenizing alone."""

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_data(self, data):
        pass


def _noop_tokenize(html: str) -> None:
    parser = _NoOpParser(convert_charrefs=False)
    parser.feed(html)
    parser.close()


def bench_extraction(pages: list[tuple[str, bytes, str]], repeat: int) -> dict[str, float]:
    """MB/s of the text layer and of the reference extractors; returns them by name."""
    total_mb = sum(len(raw) for _, raw, _ in pages) / 1e6
    methods: dict[str, Callable[[], object]] = {
        "factdb extract (bytes, with maps)": lambda: [extract(raw) for _, raw, _ in pages],
        "factdb extract_html (str, with maps)": lambda: [extract_html(h) for _, _, h in pages],
        "bs4 html.parser get_text()": lambda: [
            BeautifulSoup(h, "html.parser").get_text() for _, _, h in pages
        ],
    }
    try:
        import lxml  # noqa: F401

        methods["bs4 lxml get_text()"] = lambda: [
            BeautifulSoup(h, "lxml").get_text() for _, _, h in pages
        ]
    except ImportError:
        print("lxml is not installed (pip install lxml): bs4 + lxml skipped")
    methods["html.parser no-op tokenizer"] = lambda: [_noop_tokenize(h) for _, _, h in pages]

    print(f"\n## Extraction: {len(pages)} pages, {total_mb:.2f} MB, best of {repeat}")
    speeds = {}
    for name, work in methods.items():
        speeds[name] = total_mb / _best_seconds(work, repeat)
    reference = speeds.get("bs4 lxml get_text()")
    print(f"{'method':40} {'MB/s':>8} {'vs bs4+lxml':>12}")
    for name, speed in speeds.items():
        ratio = f"{speed / reference:.2f}x" if reference else "-"
        print(f"{name:40} {speed:8.1f} {ratio:>12}")
    return speeds


def bench_anchoring(pages: list[tuple[str, bytes, str]], quotes: int = 5000) -> None:
    """Locating pasted quotes and re-anchoring changed ones (see scripts/bench_anchor.py)."""
    import random

    import bench_anchor  # beside this script

    rng = random.Random(0)
    layers = [extract(raw) for _, raw, _ in pages]
    sample = bench_anchor.sample_quotes(layers, quotes, rng)
    bench_anchor.bench_locate(sample, rng)
    bench_anchor.bench_reanchor(sample, rng, n_compare=300)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per method (best is kept)")
    args = parser.parse_args()
    pages = load_pages()
    bench_extraction(pages, args.repeat)
    bench_anchoring(pages)


if __name__ == "__main__":
    main()
