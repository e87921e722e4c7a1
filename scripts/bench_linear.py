"""Timing ratios of the three inputs that were quadratic (issue 18, item 4).

Prints, for each input, the best-of-3 time at two sizes four times apart and their ratio
(linear: about 4, quadratic: about 16). Run it against another checkout to compare:
`PYTHONPATH=/path/to/checkout python scripts/bench_linear.py [--small]`.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from factdb.engine.anchor import locate
from factdb.engine.text import extract
from factdb.errors import QuoteNotFound
from factdb.web.sanitize import render_snapshot


def best(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def bad_bytes(size: int) -> Callable[[], object]:
    chunk = ("é" * 50).encode() + b"\xff"
    raw = b"\xef\xbb\xbf<p>" + chunk * (size // len(chunk))
    return lambda: extract(raw)


def unclosed(n: int) -> Callable[[], object]:
    html = "<p>Words.</p>" + "<a" * n
    return lambda: render_snapshot(html, (3, 9))


def attributes(n: int) -> Callable[[], object]:
    html = "<p>Words.</p><a " + 'b="x" ' * n + ">x</a>"
    return lambda: render_snapshot(html, (3, 9))


_rng = random.Random(18)
_WORDS = "the rate of enrichment rose above the limit agreed in the deal".split()
_LAYER = extract(("<p>" + " ".join(_rng.choice(_WORDS) for _ in range(15_000))).encode())


def missing_quote(size: int) -> Callable[[], object]:
    quote = " ".join(_rng.choice(_WORDS) for _ in range(size // 5))[:size] + " zzz"

    def work() -> None:
        try:
            locate(_LAYER, quote)
        except QuoteNotFound:
            pass

    return work


def main() -> None:
    small = "--small" in sys.argv  # sizes the quadratic code finishes in reasonable time
    cases = [
        ("decode, bad byte every 101 bytes (bytes)", bad_bytes, 125_000 if small else 1_000_000),
        ("viewer, '<a' * n (n)", unclosed, 5_000 if small else 37_500),
        ("viewer, n attributes in one tag (n)", attributes, 5_000 if small else 10_000),
        ("closest passage, missing quote (chars)", missing_quote, 500 if small else 5_000),
    ]
    for name, make, size in cases:
        t1, t4 = best(make(size)), best(make(size * 4))
        print(f"{name}: {size:,} -> {t1:.3f} s, {size * 4:,} -> {t4:.3f} s, ratio {t4 / t1:.1f}")


if __name__ == "__main__":
    main()
