"""Timing ratios of the inputs that were quadratic (issue 18, item 4; the claim-supported
check on a long quote with many figures, issue 13).

Prints, for each input, the best-of-3 time at two sizes four times apart and their ratio
(linear: about 4, quadratic: about 16), the garbage collector paused while timing. Run it
against another checkout to compare:
`PYTHONPATH=/path/to/checkout python scripts/bench_linear.py [--small] [NAME ...]`
(NAMEs: parts of the case names to run, e.g. "claim supported" or "contrasts").

The claim-supported cases give a long quote that repeats a short passage read by one of
the engine's readers or checks (dates, percentages, hedges, negations, names, list and
section numbers, directions, race times, places of named people, release numbers,
contrasts, vote sides, changes, German, absences and vote lists): each was quadratic or is
checked for it (issue 13, 2026-12-06).
"""

from __future__ import annotations

import gc
import itertools
import random
import sys
import time
from collections.abc import Callable

from factdb.engine.anchor import locate
from factdb.engine.support import claim_supported
from factdb.engine.text import extract
from factdb.errors import QuoteNotFound
from factdb.web.sanitize import render_snapshot


def best(work: Callable[[], object], runs: int = 3) -> float:
    """The best time of `runs` runs, the garbage collector paused: its passes cost with
    everything the process holds (the engine's caches), not with the input, and would
    blur the ratio of two sizes."""
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
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


_FIGURES = (
    "Les Verts ont obtenu 12 sièges et les socialistes 20, not 240 instead of 2,400 in 2011, "
    "10 de los 198 (sur 288) 1匹10万ドル 十分 0 to 60 in 2.8 seconds; "
)


def many_figures(size: int) -> Callable[[], object]:
    """A quote of `size` characters with a figure every ~15 characters, some after
    capitalized words: each figure looked back over the whole text before it (a name before a
    number) until 2026-12-06."""
    quote = (_FIGURES * (size // len(_FIGURES) + 1))[:size]
    runs = itertools.count()

    def work() -> object:
        # A new text each run: the engine's per-text caches would answer a repeat.
        return claim_supported(
            "The Greens won 12 seats in 2011, not 20.",
            [f"{quote} {next(runs)}"],
            statement_lang="en",
            quote_lang="fr",
        )

    return work


def _long_quote(
    chunk: str, statement: str, lang: str = "en", statement_lang: str = "en"
) -> Callable[[int], Callable[[], object]]:
    """A case: a quote of `size` characters repeating `chunk`, checked for `statement`."""

    def make(size: int) -> Callable[[], object]:
        quote = (chunk * (size // len(chunk) + 1))[:size]
        runs = itertools.count()

        def work() -> object:
            # A new text each run: the engine's per-text caches would answer a repeat.
            return claim_supported(
                statement,
                [f"{quote} {next(runs)}"],
                statement_lang=statement_lang,
                quote_lang=lang,
            )

        return work

    return make


#: Long quotes for the other readers: a figure of the kind every ~20 characters.
_READERS = [
    (
        "dates every ~20 chars",
        _long_quote("on March 3, 2019 and ", "It opened on March 3, 2019."),
    ),
    (
        "percentages",
        _long_quote("rose 5.2% then 7 %, ", "Sales rose 5.2%."),
    ),
    (
        "hedged figures",
        _long_quote("about 300, more than 40 or nearly 12; ", "More than 40 people came."),
    ),
    (
        "negations",
        _long_quote("it did not rise 5 times. ", "It rose 5 times."),
    ),
    (
        "names with figures",
        _long_quote("Firefox 3 and Route 66 for Integer 32, ", "Integer has 32 bits."),
    ),
    (
        "list and section numbers on lines",
        _long_quote("\n3 Examples\n4) items 12 and ", "There are 12 items."),
    ),
    (
        "directions and ranks",
        _long_quote("Sales Up 33% to the 2nd place, ", "Sales rose 33%."),
    ),
    (
        "race times over distances",
        _long_quote("7.52 seconds over 60 metres, ", "She ran 7.52 seconds."),
    ),
    (
        "places of named people",
        _long_quote("Anna Weber was 2nd, Julia Brill (LG Nord) 3rd, ", "Anna Weber finished 2nd."),
    ),
    (
        "release numbers",
        _long_quote("new in 0.17. ", "It has 17 parts."),
    ),
    (
        "contrasts (Chinese)",
        _long_quote("把240个蛋糕误订成2400个，", "他订了2400个蛋糕。", "zh", "zh"),
    ),
    (
        "vote sides (Portuguese)",
        _long_quote("86 votaram contra e 42 se abstiveram, ", "42 deputies abstained.", "pt"),
    ),
    (
        "changes from one figure to another",
        _long_quote(
            "their range rose from a factor of 2 to a factor of 6, ",
            "Die Reichweite stieg um Faktor 6 statt 2.",
            "en",
            "de",
        ),
    ),
    (
        "German dates and figures",
        _long_quote("am 3. März 2019 rund 40 Prozent, ", "Am 3. März 2019 waren es 40 %.", "de"),
    ),
    (
        "gapped holders and bracketed shares",
        _long_quote(
            "Smith won 49 seats and Jones 51, the Greens (14 seats) and the Liberals (22), ",
            "Jones a obtenu 49 sièges.",
            "en",
            "fr",
        ),
    ),
    (
        "opposing predicates and count verbs",
        _long_quote(
            "12 survived while 3 died, the firm cut 120 stores and added 300 staff, ",
            "The firm closed 120 stores.",
            "en",
        ),
    ),
    (
        "adverbial phrases and coordinated verbs",
        _long_quote(
            "After 20 years of talks, the council changed course and lifted the embargo, "
            "and the army kept the sanctions after 3 months and ",
            "The council kept the embargo after 20 years.",
            "en",
        ),
    ),
    (
        "negated comparators",
        _long_quote(
            "no seat in the arena costs less than $80, the ride does not cost more than $12 ",
            "Every seat costs at least $80.",
            "en",
        ),
    ),
    (
        "absences, vote lists and dates of coming events",
        _long_quote(
            "Voted against: 10 Socialists (of 288), 35 UMP (of 198); the calendar does not "
            "list November 9, the hearing is scheduled for Feb. 14 and 40% felt tired, while "
            "25% did not sleep; ",
            "November 9 is missing from the calendar, and 35 UMP deputies voted for it.",
            "en",
        ),
    ),
    (
        "metres and centimetres, durations in parts",
        _long_quote(
            "un saut de 13m15, vainqueur en 8 minutes 30, ", "Sie sprang 13,15 m.", "fr", "de"
        ),
    ),
]


def main() -> None:
    small = "--small" in sys.argv  # sizes the quadratic code finishes in reasonable time
    cases = [
        ("decode, bad byte every 101 bytes (bytes)", bad_bytes, 125_000 if small else 1_000_000),
        ("viewer, '<a' * n (n)", unclosed, 5_000 if small else 37_500),
        ("viewer, n attributes in one tag (n)", attributes, 5_000 if small else 10_000),
        ("closest passage, missing quote (chars)", missing_quote, 500 if small else 5_000),
        (
            "claim supported, a figure every ~15 chars (chars)",
            many_figures,
            5_000 if small else 30_000,
        ),
    ]
    cases += [
        (f"claim supported, {name} (chars)", make, 5_000 if small else 30_000)
        for name, make in _READERS
    ]
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    cases = [c for c in cases if not only or any(o in c[0] for o in only)]
    for name, make, size in cases:
        t1, t4 = best(make(size)), best(make(size * 4))
        print(f"{name}: {size:,} -> {t1:.3f} s, {size * 4:,} -> {t4:.3f} s, ratio {t4 / t1:.1f}")


if __name__ == "__main__":
    main()
