"""No quadratic paths: three inputs a hostile review found taking minutes now take time
linear in their size.

Each test times the same work at two sizes, four times apart, best of several runs, and
asserts the ratio: linear work takes about 4 times as long, quadratic work 16 times. The
bound (8, plus a small allowance for timer noise on work that takes milliseconds) is
generous because the machine is shared; absolute times are never asserted.

- decoding a page with a bad byte every ~100 bytes: each bad byte decoded the rest of the
  page again (59 s at 4 MB);
- rendering a snapshot in the viewer whose markup never closes (`'<a' * 150000`: 46 s)
  or whose tags hold tens of thousands of attributes: HTMLParser is quadratic there;
- the closest passage of a quote that is not found: partial_ratio grows with the square of
  the quote's length (39 s for a 20 KB quote);
- a word the quote replaces in the same frame (the "supported" engine): every capitalized
  word of a long statement tried every place of its flanking word in a long quote (1.2 s
  for 800 names against 800 "the"s, growing fourfold with each doubling).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

import pytest

from factdb.engine.anchor import locate
from factdb.engine.support.awards import _award_named_otherwise
from factdb.engine.support.substitutions import _substituted_word
from factdb.engine.text import extract
from factdb.errors import QuoteNotFound
from factdb.web.sanitize import render_snapshot

#: Linear work grows 4x between the two sizes, quadratic 16x.
MAX_RATIO = 8.0
#: Seconds of timer and scheduling noise allowed on top (work of a few milliseconds).
NOISE = 0.05


def best_time(work: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(make: Callable[[int], Callable[[], object]], small: int) -> tuple[float, float]:
    small_work, big_work = make(small), make(small * 4)
    small_work()  # warm up (imports, caches)
    t_small, t_big = best_time(small_work), best_time(big_work)
    assert t_big <= MAX_RATIO * t_small + NOISE, (
        f"4x the input took {t_big / max(t_small, 1e-9):.1f}x the time "
        f"({t_small:.3f} s -> {t_big:.3f} s): not linear"
    )
    return t_small, t_big


def bad_byte_page(size: int) -> bytes:
    # A UTF-8 page (byte order mark) with one invalid byte in every 101.
    chunk = ("é" * 50).encode() + b"\xff"
    return b"\xef\xbb\xbf<html><body><p>" + chunk * (size // len(chunk)) + b"</p></body></html>"


def test_decoding_a_page_with_a_bad_byte_every_hundred_is_linear() -> None:
    def make(size: int) -> Callable[[], object]:
        raw = bad_byte_page(size)
        return lambda: extract(raw)

    assert_linear(make, 500_000)
    layer = extract(bad_byte_page(10_100))
    # Each bad byte is one U+FFFD, mapped back to exactly that byte.
    assert layer.text.count("\ufffd") == 100
    at = layer.text.index("\ufffd")
    start, end = layer.byte_range(at, at + 1)
    assert bad_byte_page(10_100)[start:end] == b"\xff"


UNCLOSED = {
    "unclosed tags": lambda n: "<p>Words.</p>" + "<a" * n,
    "unclosed comments": lambda n: "<p>Words.</p>" + "<!--" * n,
    "unclosed end tags": lambda n: "<p>Words.</p>" + "</a" * n,
    "unclosed quotes in one tag": lambda n: "<p>Words.</p>" + '<a b="' * n + ">",
    "attributes without values": lambda n: "<p>Words.</p><a " + "b " * n + ">x</a>",
    "attributes with values": lambda n: "<p>Words.</p><a " + 'b="x" ' * n + ">x</a>",
}


@pytest.mark.parametrize("shape", sorted(UNCLOSED))
def test_rendering_markup_that_never_closes_is_linear(shape: str) -> None:
    def make(n: int) -> Callable[[], object]:
        html = UNCLOSED[shape](n)
        return lambda: render_snapshot(html, (3, 9))

    assert_linear(make, 37_500)
    page = render_snapshot(UNCLOSED[shape](150_000), (3, 9))
    assert re.search(r'<mark id="factdb-quote" [^>]*>Words\.</mark>', page)


def test_the_closest_passage_of_a_long_missing_quote_is_found_in_linear_time() -> None:
    rng = random.Random(18)
    words = "the rate of enrichment rose above the limit agreed in the deal".split()
    page = "<p>" + " ".join(rng.choice(words) for _ in range(15_000)) + "</p>"
    layer = extract(page.encode())

    def make(size: int) -> Callable[[], object]:
        quote = " ".join(rng.choice(words) for _ in range(size // 5))[:size] + " zzz"

        def work() -> object:
            with pytest.raises(QuoteNotFound) as caught:
                locate(layer, quote)
            return caught.value

        return work

    assert_linear(make, 5_000)
    error = make(20_000)()
    assert isinstance(error, QuoteNotFound)
    assert error.similarity is not None and error.similarity > 0.5
    # One readable line: the 20,000-character quote is shortened in the message.
    assert "\n" not in str(error) and len(str(error)) < 1_000


def test_a_long_statement_of_names_against_a_long_quote_is_linear() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [a + b + c for a in letters for b in letters for c in letters]

    def make(k: int) -> Callable[[], object]:
        statement = "In 2011 voters met " + " ".join(
            f"the Xa{names[i]} zzzzz{names[i]}" for i in range(k)
        )
        quote = "In 2011 voters met " + " the museum" * k
        return lambda: _substituted_word(statement, quote, "en")

    assert_linear(make, 300)


def test_a_long_statement_of_figures_against_a_long_quote_of_awards_is_linear() -> None:
    # Each figure both give was a search of the whole quote and a scan of its sentence ends:
    # 2,000 figures against 2,000 sentences took 0.33 s, 5.7x for 4x the input.
    def make(k: int) -> Callable[[], object]:
        quote = " ".join(f"In {i} the SAG award went on." for i in range(k))
        figures = [str(i) for i in range(k)]
        return lambda: _award_named_otherwise("the Oscar", quote, figures)

    assert_linear(make, 2000)
