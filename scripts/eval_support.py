"""Evaluate the "claim supported" engines on the labelled statement/quote pairs.

    python scripts/eval_support.py                      # tests/data/support/pairs.jsonl
    python scripts/eval_support.py --pairs other.jsonl  # a set kept outside the project
    python scripts/eval_support.py --json               # the figures as JSON
    python scripts/eval_support.py --bench              # also pairs per second, both engines

Runs the new engine (``factdb.engine.support.claim_supported``) and the old one
(``factdb.engine.quantities.claim_supported``, numbers only, English only, statuses pass / warn /
fail: it cannot say unverified, and its statuses are taken as they are) on every pair, and
prints for each engine: the accuracy, a confusion table (expected x got), the accuracy by
kind and by statement language, every false pass (expected is not pass, got pass) and every
false fail (expected pass, warn or unverified, got fail) with its id, statement, quote and
the engine's reason. An engine that raises counts as status ``error``.

``--bench`` measures pairs per second on distinct pairs: each round cycles through the set
``--cycles`` times and appends a unique letter tag such as `` [zqbcd]`` to both the statement
and the quote (letters, not digits, so the tag adds no number), so no cache can help; it
prints the median of ``--rounds`` rounds (at least 3), in wall-clock time and in the
process's CPU time (which a busy machine's other processes do not stretch). Set-up is not
measured: before the rounds, each engine reads one pair of each language pair of the set
(data tables, CLDR names, the CJK numeral library).

Exit status: 1 when the new engine has any false pass or an accuracy below 0.97, else 0.
The pairs file format is described in tests/data/support/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from factdb.engine.quantities import claim_supported as old_claim_supported
from factdb.engine.support import claim_supported as new_claim_supported
from factdb.engine.support import warm as new_warm

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAIRS = ROOT / "tests" / "data" / "support" / "pairs.jsonl"
STATUSES = ("pass", "warn", "fail", "unverified")
MIN_ACCURACY = 0.97
#: Letters for the --bench tags: consonants only, so a tag never spells a word such as "no".
TAG_LETTERS = "bcdfghjklmnpqrstvwxz"

Engine = Callable[["Pair"], tuple[str, str]]


@dataclass(frozen=True)
class Pair:
    """One labelled pair of the set."""

    id: str
    lang: str
    quote_lang: str
    statement: str
    quote: str
    expected: str
    kind: str
    page: str
    published: date | None
    why: str


@dataclass(frozen=True)
class Result:
    """What an engine said about one pair."""

    pair: Pair
    status: str
    reason: str


def load_pairs(path: Path) -> list[Pair]:
    """The pairs of a JSON-lines file; ``published`` parsed into a date."""
    pairs = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                published = row.get("published")
                pairs.append(
                    Pair(
                        id=row["id"],
                        lang=row["lang"],
                        quote_lang=row.get("quote_lang") or row["lang"],
                        statement=row["statement"],
                        quote=row["quote"],
                        expected=row["expected"],
                        kind=row["kind"],
                        page=row.get("page", ""),
                        published=date.fromisoformat(published) if published else None,
                        why=row.get("why", ""),
                    )
                )
            except (ValueError, KeyError, TypeError) as e:
                raise SystemExit(f"{path}:{number}: bad pair ({e})") from None
    return pairs


def half_of(pair_id: str) -> str:
    """The half of a set a pair belongs to: "a" when the SHA-1 of its id is even, else "b".

    >>> half_of("en-ho-npr-004"), half_of("en-ho-policywatch-003")
    ('a', 'b')
    """
    return "a" if int(hashlib.sha1(pair_id.encode()).hexdigest(), 16) % 2 == 0 else "b"


def new_engine(pair: Pair) -> tuple[str, str]:
    s = new_claim_supported(
        pair.statement,
        [pair.quote],
        pair.published,
        statement_lang=pair.lang,
        quote_lang=pair.quote_lang,
    )
    return s.status, s.reason


def old_engine(pair: Pair) -> tuple[str, str]:
    s = old_claim_supported(pair.statement, [pair.quote], pair.published)
    return s.status, s.reason


ENGINES: dict[str, Engine] = {"new": new_engine, "old": old_engine}


def run(engine: Engine, pairs: Sequence[Pair]) -> list[Result]:
    results = []
    for pair in pairs:
        try:
            status, reason = engine(pair)
        except Exception as e:  # a crash is a wrong answer, not the end of the run
            status, reason = "error", f"{type(e).__name__}: {e}"
        results.append(Result(pair, status, reason))
    return results


def is_false_pass(r: Result) -> bool:
    return r.pair.expected != "pass" and r.status == "pass"


def is_false_fail(r: Result) -> bool:
    return r.pair.expected != "fail" and r.status == "fail"


def _accuracy(results: Sequence[Result]) -> float:
    return sum(r.status == r.pair.expected for r in results) / len(results) if results else 0.0


def _grouped(results: Sequence[Result], key: Callable[[Pair], str]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        groups[key(r.pair)].append(r)
    return {
        k: {
            "n": len(rs),
            "correct": sum(r.status == r.pair.expected for r in rs),
            "accuracy": round(_accuracy(rs), 4),
        }
        for k, rs in sorted(groups.items())
    }


def _detail(r: Result) -> dict[str, str]:
    return {
        "id": r.pair.id,
        "expected": r.pair.expected,
        "got": r.status,
        "statement": r.pair.statement,
        "quote": r.pair.quote,
        "reason": r.reason,
    }


def summarize(results: Sequence[Result]) -> dict[str, Any]:
    """Accuracy, confusion table, per-kind and per-language accuracy, false passes and fails."""
    confusion: dict[str, Counter[str]] = {e: Counter() for e in STATUSES}
    for r in results:
        confusion.setdefault(r.pair.expected, Counter())[r.status] += 1
    return {
        "pairs": len(results),
        "accuracy": round(_accuracy(results), 4),
        "confusion": {e: dict(c) for e, c in confusion.items()},
        "by_kind": _grouped(results, lambda p: p.kind),
        "by_lang": _grouped(results, lambda p: p.lang),
        "false_pass": [_detail(r) for r in results if is_false_pass(r)],
        "false_fail": [_detail(r) for r in results if is_false_fail(r)],
    }


def _tags() -> Iterator[str]:
    """Unique letter tags: " [zqb]", " [zqc]", ... (the "zq" prefix keeps them word-free)."""
    n = 0
    base = len(TAG_LETTERS)
    while True:
        k, letters = n, ""
        while True:
            k, rem = divmod(k, base)
            letters = TAG_LETTERS[rem] + letters
            if not k:
                break
        yield f" [zq{letters}]"
        n += 1


def bench(pairs: Sequence[Pair], rounds: int, cycles: int) -> dict[str, dict[str, Any]]:
    """Pairs per second of each engine on distinct pairs; the median of ``rounds`` rounds."""
    tags = _tags()
    figures: dict[str, dict[str, Any]] = {}
    firsts = {(p.lang, p.quote_lang): p for p in pairs}
    for lang in sorted({lang for p in firsts.values() for lang in (p.lang, p.quote_lang)}):
        new_warm(lang)  # one-off set-up (the lemma dictionaries) is not measured
    for name, engine in ENGINES.items():
        for p in firsts.values():
            engine(p)  # one-off set-up (data tables, caches of constants) is not measured
        rates, cpu_rates = [], []
        for _ in range(rounds):
            batch = []
            for _ in range(cycles):
                for p in pairs:
                    tag = next(tags)
                    batch.append(
                        Pair(
                            p.id,
                            p.lang,
                            p.quote_lang,
                            p.statement + tag,
                            p.quote + tag,
                            p.expected,
                            p.kind,
                            p.page,
                            p.published,
                            p.why,
                        )
                    )
            start, cpu = time.perf_counter(), time.process_time()
            run(engine, batch)
            rates.append(len(batch) / (time.perf_counter() - start))
            cpu_rates.append(len(batch) / (time.process_time() - cpu))
        figures[name] = {
            "pairs_per_round": len(pairs) * cycles,
            "rounds": rounds,
            "pairs_per_second": round(statistics.median(rates), 1),
            "all_rounds": [round(x, 1) for x in rates],
            "cpu_pairs_per_second": round(statistics.median(cpu_rates), 1),
            "cpu_all_rounds": [round(x, 1) for x in cpu_rates],
        }
    return figures


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_report(name: str, summary: dict[str, Any]) -> None:
    print(f"=== {name} engine: accuracy {summary['accuracy']:.4f} on {summary['pairs']} pairs")
    got_cols = list(STATUSES)
    for counts in summary["confusion"].values():
        got_cols += [s for s in counts if s not in got_cols]
    rows = [["expected \\ got", *got_cols, "total"]]
    for expected, counts in summary["confusion"].items():
        rows.append(
            [expected, *(str(counts.get(g, 0)) for g in got_cols), str(sum(counts.values()))]
        )
    print(_table(rows))
    for title, key in (("kind", "by_kind"), ("language", "by_lang")):
        print(f"\naccuracy by {title}:")
        rows = [[title, "pairs", "correct", "accuracy"]]
        rows += [
            [k, str(v["n"]), str(v["correct"]), f"{v['accuracy']:.3f}"]
            for k, v in summary[key].items()
        ]
        print(_table(rows))
    for title, key in (("false passes", "false_pass"), ("false fails", "false_fail")):
        items = summary[key]
        print(f"\n{title} ({len(items)}):")
        for d in items:
            print(f"  {d['id']} (expected {d['expected']}, got {d['got']})")
            print(f"    statement: {_short(d['statement'])}")
            print(f"    quote:     {_short(d['quote'])}")
            print(f"    reason:    {_short(d['reason'])}")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pairs",
        type=Path,
        default=DEFAULT_PAIRS,
        help="JSON-lines pairs file (default: %(default)s)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--bench", action="store_true", help="also measure pairs per second")
    parser.add_argument(
        "--rounds", type=int, default=3, help="bench rounds, at least 3 (default 3)"
    )
    parser.add_argument(
        "--cycles",
        type=int,
        default=3,
        help="times each bench round cycles through the set (default 3)",
    )
    parser.add_argument(
        "--half",
        choices=("a", "b"),
        help="only the pairs of one half of the set, split by the parity of the SHA-1 of "
        "each id (a: even, b: odd); for the held-out set, a may be used to diagnose, b only "
        "to measure",
    )
    args = parser.parse_args(argv)
    if args.rounds < 3:
        parser.error("--rounds must be at least 3")
    if args.cycles < 1:
        parser.error("--cycles must be at least 1")

    if not args.pairs.is_file():
        parser.error(f"no pairs file at {args.pairs}")
    pairs = load_pairs(args.pairs)
    if args.half:
        pairs = [p for p in pairs if half_of(p.id) == args.half]
    if not pairs:
        parser.error(f"{args.pairs} has no pairs")
    report: dict[str, Any] = {
        "pairs_file": str(args.pairs),
        "half": args.half,
        "pairs": len(pairs),
        "engines": {},
    }
    for name, engine in ENGINES.items():
        report["engines"][name] = summarize(run(engine, pairs))
    if args.bench:
        report["bench"] = bench(pairs, args.rounds, args.cycles)

    new = report["engines"]["new"]
    ok = not new["false_pass"] and new["accuracy"] >= MIN_ACCURACY
    report["ok"] = ok
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        half = f" (half {args.half})" if args.half else ""
        print(f"{len(pairs)} pairs from {args.pairs}{half}\n")
        for name in ENGINES:
            print_report(name, report["engines"][name])
        if args.bench:
            for name, b in report["bench"].items():
                print(
                    f"bench {name}: {b['pairs_per_second']:,.1f} pairs/s "
                    f"(median of {b['rounds']} rounds of {b['pairs_per_round']} distinct pairs; "
                    f"rounds: {', '.join(f'{x:,.0f}' for x in b['all_rounds'])}); "
                    f"CPU time: {b['cpu_pairs_per_second']:,.1f} pairs/s "
                    f"(rounds: {', '.join(f'{x:,.0f}' for x in b['cpu_all_rounds'])})"
                )
        verdict = "OK" if ok else "NOT OK"
        print(
            f"\nnew engine: {verdict} (needs no false pass and accuracy >= {MIN_ACCURACY}; "
            f"{len(new['false_pass'])} false passes, accuracy {new['accuracy']:.4f})"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
