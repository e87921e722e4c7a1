"""Misstate the figures of each corpus sentence and count what the "supported" engine says.

    python scripts/support_mutations.py            # every page of the corpus
    python scripts/support_mutations.py --list     # also each mutation that still passes
    python scripts/support_mutations.py --corpus tests/data/corpus

For every sentence of every page (the page's text as factdb extracts it, cut after a
sentence's end mark and at each line's end; read in the page's language from its
metadata), and for every run of digits in it, the statement is the sentence with the run's
last digit raised by one (9 becomes 0) and the quote is the sentence as it stands. A right
engine never says ``pass`` for these: the statement gives another figure than the quote.
Some passes are right all the same (a hedge's tolerance: "about 19 miles" for "about 18
miles"; a bound the quote implies: "less than 25 hours" for "less than 24 hours"), so the
count of passes is a measure to lower, not a goal of zero; ``--list`` shows them for reading.

A second mutation swaps two neighbouring figures of a sentence that differ ("51 % to the
Stadtwerke and 49 % to the Messe" becomes "49 % … 51 %"): each figure is still in the quote,
said of another thing. Some swaps say the same (a date's day and year, "from $2,400 to $500"
for a range), most do not.

A second count takes each sentence as its own statement (the verbatim claim): the engine
must never say ``fail`` or ``warn`` there (`tests/test_support_verbatim.py` holds it to
that on the bundled pages).
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import Counter
from pathlib import Path

from factdb.engine.metadata import extract_metadata
from factdb.engine.support import claim_supported
from factdb.engine.text import extract

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "html"
CORPUS = SHARED if SHARED.is_dir() else ROOT / "tests" / "data" / "corpus"
SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n")
DIGITS = re.compile(r"\d+")
#: A figure as written: digits with one decimal or group separator part at most.
FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![.,]?\d)")
#: Sentences longer than this (code, tables run together) are left out.
MAX_SENTENCE = 400


def mutations(sentence: str) -> list[tuple[str, str]]:
    """Each (statement, what changed) with one digit run's last digit raised by one; runs
    whose change would give a leading zero are left out."""
    out = []
    for m in DIGITS.finditer(sentence):
        old = m.group()
        new = old[:-1] + str((int(old[-1]) + 1) % 10)
        if len(old) > 1 and new[0] == "0":
            continue
        out.append((sentence[: m.start()] + new + sentence[m.end() :], f"{old}->{new}"))
    return out


def swaps(sentence: str) -> list[tuple[str, str]]:
    """Each (statement, what changed) with two neighbouring figures that differ swapped."""
    found = list(FIGURE.finditer(sentence))
    out = []
    for a, b in itertools.pairwise(found):
        if a.group() == b.group():
            continue
        statement = (
            sentence[: a.start()]
            + b.group()
            + sentence[a.end() : b.start()]
            + a.group()
            + sentence[b.end() :]
        )
        out.append((statement, f"{a.group()}<->{b.group()}"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a folder of .html pages")
    parser.add_argument("--list", action="store_true", help="print each mutation that passes")
    args = parser.parse_args(argv)
    pages = sorted(args.corpus.glob("*.html"))
    if not pages:
        print(f"no .html pages in {args.corpus}", file=sys.stderr)
        return 2
    mutated: Counter[str] = Counter()
    swapped: Counter[str] = Counter()
    verbatim: Counter[str] = Counter()
    t0 = time.process_time()
    for page in pages:
        raw = page.read_bytes()
        layer = extract(raw)
        lang = extract_metadata(raw.decode(layer.charset or "utf-8", "replace")).language
        for sentence in SENTENCE_END.split(layer.text):
            if len(sentence.strip()) < 8 or len(sentence) > MAX_SENTENCE:
                continue
            same = claim_supported(sentence, [sentence], statement_lang=lang, quote_lang=lang)
            verbatim[same.status] += 1
            if same.status in ("fail", "warn") and args.list:
                print(f"VERBATIM {same.status} {page.name} {sentence[:120]!r}: {same.reason}")
            for kind, changes, counts in (
                ("CHANGED", mutations(sentence), mutated),
                ("SWAPPED", swaps(sentence), swapped),
            ):
                for statement, change in changes:
                    result = claim_supported(
                        statement, [sentence], statement_lang=lang, quote_lang=lang
                    )
                    counts[result.status] += 1
                    if result.status == "pass" and args.list:
                        print(
                            f"{kind} PASS {page.name} [{lang}] {change} {statement[:140]!r}: "
                            f"{result.reason}"
                        )
    seconds = time.process_time() - t0
    total = sum(mutated.values())
    print(f"pages: {len(pages)} in {args.corpus}")
    print(
        "verbatim sentences: "
        + ", ".join(f"{k} {verbatim[k]}" for k in ("pass", "unverified", "warn", "fail"))
    )
    print(
        f"mutated figures: {total}; "
        + ", ".join(f"{k} {mutated[k]}" for k in ("fail", "unverified", "warn", "pass"))
        + f" (passes: {mutated['pass'] / max(total, 1):.1%})"
    )
    total = sum(swapped.values())
    print(
        f"swapped figures: {total}; "
        + ", ".join(f"{k} {swapped[k]}" for k in ("fail", "unverified", "warn", "pass"))
        + f" (passes: {swapped['pass'] / max(total, 1):.1%})"
    )
    print(f"CPU time: {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
