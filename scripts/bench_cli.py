"""Start-up and finish of the read commands, against `sqlite-utils tables` on the same file.

    python scripts/bench_cli.py [--pairs 9] [--db PATH]

Builds a small database (the bundled pages of `sources/` archived and the claims of
`sources/claims.yaml` imported) unless `--db` names one, then runs each read command and
`sqlite-utils tables` on that file alternately, each as a fresh process, `--pairs` times, and
prints the median wall time of each side and the median of the pairs' ratios. Goals: every
read command within 2x of sqlite-utils, `--help` within 1.5x. The ratio of CPU time (user +
system, of the child process) is printed beside it: on a loaded machine wall time also
counts waiting for a CPU, which penalises the side that works longer more than in
proportion, while CPU time does not.

Both sides run the same way, as their console scripts do (`python -c "from ... import main;
main()"`), with this checkout first on PYTHONPATH, and with PYTHONDONTWRITEBYTECODE unset for
both (some environments set it; without cached bytecode every start recompiles every module,
which says nothing about a normal install). One untimed run of each warms the bytecode cache
and checks that the command succeeds. The machine's load is printed beside the figures:
alternating the two sides makes the ratios fairer than the absolute times on a busy machine.
Needs sqlite-utils (in the `test` extra).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"

FACTDB = [sys.executable, "-c", "import sys; from factdb.cli import main; sys.exit(main())"]
SQLITE_UTILS = [
    sys.executable,
    "-c",
    "import sys; from sqlite_utils.cli import cli; sys.exit(cli())",
]
#: The claim and quote the read commands look at (from sources/claims.yaml).
CLAIM = "iran-enrichment-above-367"
QUOTE = "increased its level of enrichment beyond 3.67 percent"
SOURCE_HOST = "washingtoninstitute.org"


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("FACTDB_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time and CPU time of one run of `argv` (which must succeed), and its output."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv[3:])} exited {done.returncode}: {done.stderr.strip()}")
    return elapsed, cpu, done.stdout


def build(path: Path, env: dict[str, str]) -> None:
    db = ["--db", str(path)]
    run([*FACTDB, *db, "init"], env)
    run([*FACTDB, *db, "archive", str(SOURCES)], env)
    run([*FACTDB, *db, "claims", "import", str(SOURCES / "claims.yaml")], env)


def commands(path: Path, env: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The read commands of issue 20, with arguments taken from the database."""
    _, _, out = run([*FACTDB, "--db", str(path), "sources", "--json"], env)
    source = next(s for s in json.loads(out) if SOURCE_HOST in s["url"])
    snapshot = source["snapshots"][0]["snapshot"][:12]
    db = ["--db", str(path)]
    return [
        ("--help", ["--help"]),
        ("claims list", [*db, "claims", "list"]),
        ("claim show", [*db, "claim", "show", CLAIM]),
        ("search", [*db, "search", "enrichment"]),
        ("sources", [*db, "sources"]),
        ("source show", [*db, "source", "show", source["url"]]),
        ("text", [*db, "text", snapshot]),
        ("locate", [*db, "locate", snapshot, QUOTE]),
        ("check ID", [*db, "check", CLAIM]),
    ]


def _ratio(ours: list[float], theirs: list[float]) -> tuple[float, float, float]:
    """The median of each side, and the median of the pairs' ratios."""
    ratios = [a / b for a, b in zip(ours, theirs, strict=True) if b > 0]
    return statistics.median(ours), statistics.median(theirs), statistics.median(ratios)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=9, help="alternating runs per command")
    parser.add_argument("--db", type=Path, help="an existing factdb SQLite file to read")
    args = parser.parse_args()
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    env = environment()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "small.sqlite"
        if args.db is None:
            build(path, env)
        baseline = [*SQLITE_UTILS, "tables", str(path)]
        todo = commands(path, env)
        for _, argv in todo:  # warm the bytecode caches; check that each command works
            run([*FACTDB, *argv], env)
        run(baseline, env)
        print(f"bench_cli: {args.pairs} pairs per command on {path.name}, {load()}")
        print("PYTHONDONTWRITEBYTECODE unset for both sides; bytecode caches warm.")
        print(
            f"{'command':<14} {'factdb':>9} {'sqlite-utils':>13} {'ratio':>6}  {'goal':<13}"
            f"{'CPU: factdb':>12} {'sqlite-utils':>13} {'ratio':>6}"
        )
        for name, argv in todo:
            ours: list[tuple[float, float, str]] = []
            theirs: list[tuple[float, float, str]] = []
            for _ in range(args.pairs):
                ours.append(run([*FACTDB, *argv], env))
                theirs.append(run(baseline, env))
            wall = _ratio([o[0] for o in ours], [t[0] for t in theirs])
            cpu = _ratio([o[1] for o in ours], [t[1] for t in theirs])
            goal = 1.5 if name == "--help" else 2.0
            verdict = "ok" if wall[2] <= goal else "OVER"
            print(
                f"{name:<14} {wall[0]:>7.3f} s {wall[1]:>11.3f} s {wall[2]:>5.2f}x  "
                f"<={goal}x {verdict:<5}{cpu[0]:>10.3f} s {cpu[1]:>11.3f} s {cpu[2]:>5.2f}x"
            )
        print(f"after: {load()}")


if __name__ == "__main__":
    main()
