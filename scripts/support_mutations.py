"""Misstate one figure of each corpus sentence and count what the "supported" engine says.

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

A second count takes each sentence as its own statement (the verbatim claim): the engine
must never say ``fail`` or ``warn`` there (`tests/test_support_verbatim.py` holds it to
that on the bundled pages).
"""

from __future__ import annotations

import argparse
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
            for statement, change in mutations(sentence):
                result = claim_supported(
                    statement, [sentence], statement_lang=lang, quote_lang=lang
                )
                mutated[result.status] += 1
                if result.status == "pass" and args.list:
                    print(
                        f"PASS {page.name} [{lang}] {change} {statement[:140]!r}: {result.reason}"
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
    print(f"CPU time: {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
