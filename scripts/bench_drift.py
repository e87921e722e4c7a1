"""Benchmark drift rechecks on changed versions of the corpus pages.

    python scripts/bench_drift.py [--pages N] [--compare N]

Reads `/work/shared/corpus/html/` (falls back to `tests/data/corpus/`), takes quotes from
each page's paragraphs and generates the changed versions of `tests/test_drift_corpus.py`
(markup-only rewrites, a moved paragraph, an edited number, an edited word, a deleted
paragraph, a truncated page), each with the known status of every quote. Text layers are
extracted before timing. Then, in the same run and on the same quotes and pages:

- factdb: `PagePair(old, new).compare(citation)` per quote (the paragraph alignment of each
  page pair is built once and counted in the time), as `factdb recheck` does;
- diff-match-patch `match_main(new_text, quote, old_position)` (pattern length unlimited),
  classified as: not found -> removed; the same text at the old position (within 5% of
  the page) -> unchanged; the same text elsewhere -> moved; other text -> edited.

Prints rechecks per second, a confusion table and the accuracy of each against the known
statuses. diff-match-patch is needed only here (`pip install diff-match-patch`).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factdb.drift import STATUSES, PagePair  # noqa: E402
from factdb.engine.text import extract, extract_html  # noqa: E402
from tests.test_drift_corpus import select_quotes, variants  # noqa: E402

CORPORA = [Path("/work/shared/corpus/html"), ROOT / "tests" / "data" / "corpus"]


def load(limit: int | None) -> list[tuple[str, object, list, list]]:
    """(page, old layer, quotes, [(variant name, new layer, expected)])."""
    corpus = next(p for p in CORPORA if p.is_dir())
    pages = sorted(corpus.glob("*.html"))[:limit]
    out = []
    for path in pages:
        try:
            layer = extract(path.read_bytes())
        except Exception as exc:  # a page the extractor refuses is no drift case
            print(f"  skip {path.name}: {exc}")
            continue
        quotes = select_quotes(layer)
        if len(quotes) < 3:
            continue
        versions = [(v.name, extract_html(v.html), v.expected) for v in variants(layer, quotes)]
        out.append((path.stem, layer, quotes, versions))
    print(f"corpus: {corpus} ({len(pages)} pages, {len(out)} with 3+ quotes)")
    return out


def table(name: str, pairs: list[tuple[str, str]], seconds: float) -> None:
    counts = Counter(pairs)
    right = sum(n for (e, g), n in counts.items() if e == g)
    unsafe = sum(
        n
        for (e, g), n in counts.items()
        if e in ("edited", "removed") and g in ("unchanged", "moved")
    )
    print(
        f"\n{name}: {len(pairs)} rechecks in {seconds:.2f} s = "
        f"{len(pairs) / seconds:,.0f} per second"
    )
    print(
        f"  accuracy {right / len(pairs):.1%} ({right}/{len(pairs)}); "
        f"changed quotes reported unchanged or moved: {unsafe}"
    )
    print("  expected \\ got " + "".join(s.rjust(11) for s in STATUSES))
    for e in STATUSES:
        print(f"  {e:<15}" + "".join(str(counts[e, g]).rjust(11) for g in STATUSES))


def run_factdb(pages: list) -> None:
    pairs = []
    start = time.perf_counter()
    for _, old, quotes, versions in pages:
        for _, new, expected in versions:
            new.derived.clear()  # no folded text cached from an earlier run
            pair = PagePair(old, new)
            for q in quotes:
                pairs.append((expected[q.qid], pair.compare(q.span).status))
    table(
        "factdb PagePair.compare (reanchor + paragraph alignment)",
        pairs,
        time.perf_counter() - start,
    )


def run_dmp(pages: list, limit: int | None) -> None:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Match_MaxBits = 0  # no pattern length limit (Python ints are unbounded)
    pairs = []
    start = time.perf_counter()
    for _, old, quotes, versions in pages:
        for _, new, expected in versions:
            text = new.text
            for q in quotes:
                if limit is not None and len(pairs) >= limit:
                    break
                exact = q.span.exact
                i = dmp.match_main(text, exact, min(q.span.text_start, len(text)))
                if i < 0:
                    got = "removed"
                elif text[i : i + len(exact)] != exact:
                    got = "edited"
                elif abs(i / max(1, len(text)) - q.span.text_start / max(1, len(old.text))) <= 0.05:
                    got = "unchanged"
                else:
                    got = "moved"
                pairs.append((expected[q.qid], got))
    table("diff-match-patch match_main", pairs, time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, help="use only the first N pages")
    parser.add_argument("--compare", type=int, help="run match_main on at most N quotes")
    args = parser.parse_args()
    pages = load(args.pages)
    run_factdb(pages)
    run_dmp(pages, args.compare)


if __name__ == "__main__":
    main()
