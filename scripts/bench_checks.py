"""Benchmark: import claims and check them, on a database built from the HTML corpus.

    python scripts/bench_checks.py                 # 10k and 100k claims, each in a fresh process
    python scripts/bench_checks.py --claims 20000  # one size only
    python scripts/bench_checks.py --profile-import 20000  # where an import's time goes
    python scripts/bench_checks.py --floor 20000   # the database's own share of an import
    python scripts/bench_checks.py --claims 100000 --baseline cc982fc --repeat 3
                                                   # ratio to an old commit, runs alternating
    python scripts/bench_checks.py --claims 100000 --pg-db factdb_bench_checks
                                                   # also on PostgreSQL, and its ratio to SQLite

Prints claims imported per second, checks per second for a full `check` run with the text
layers cached (warm) and with the cache dropped (cold), a database's first check (cold, the
"supported" engine run on every claim; warm and cold runs take the verdicts recorded by the
run before, as a re-check of unchanged claims does), with the worker processes
`factdb check` uses by default and (warm) in one process, and the peak memory (max RSS)
of the process (workers not included). Running each size in its own process makes the peak
memory comparable. With `--pg-db NAME`, the same claims are also imported into and checked on
PostgreSQL (database NAME on the `--pg` server, made afresh for each size and dropped after),
the two backends' runs alternating, and PostgreSQL's times are printed as ratios to SQLite's.
Goals (issue 4): import >= 20,000 claims/s; a full check of 100,000 claims < 10 s warm;
memory flat as the claim count grows.

The import goal was set on a machine where SQLAlchemy Core bulk inserts reach about
270,000 rows/s and the ORM, one object at a time, about 17,000. Machines differ (the same
code has run 3x slower on one day than on another here), so the build phase also measures
both baselines in its own process, on a scratch SQLite table next to the database, and
prints the import rate as a ratio to each and the goal scaled by each.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
#: The machine the import goal was set on (issue 4): claims/s, Core rows/s, ORM rows/s.
GOAL_IMPORT, GOAL_CORE, GOAL_ORM = 20_000, 270_000, 17_000
SHARED = ROOT.parent / "shared" / "corpus" / "html"
CORPUS = SHARED if SHARED.is_dir() else ROOT / "tests" / "data" / "corpus"


def sample_claims(db, n: int, seed: int = 1) -> list[dict]:
    """n claims whose quotes are sentences (or sentence windows) unique in their page."""
    from sqlalchemy import select

    from factdb.engine.anchor import fold_quote, prepare
    from factdb.store.lookups import text_layer
    from factdb.store.models import Snapshot

    rng = random.Random(seed)
    pool: list[tuple[str, str]] = []
    with db.session() as session:
        for snap in session.scalars(select(Snapshot)):
            layer = text_layer(session, snap)
            text = layer.text
            folded = prepare(layer).text
            for sentence in re.split(r"(?<=[.!?。])\s+|\n", text):
                words = sentence.split()
                if len(words) < 6:
                    continue
                for start in range(0, len(words) - 5, 3):
                    quote = " ".join(words[start : start + 6 + rng.randrange(6)])
                    if folded.count(fold_quote(quote)) == 1:
                        pool.append((snap.sha256, quote))
    rng.shuffle(pool)
    claims = []
    for i in range(n):
        sha, quote = pool[i % len(pool)]
        claims.append(
            {
                "id": f"c{i:06d}",
                "statement": quote,
                "tags": ["bench", f"t{i % 50}"],
                "snapshot": sha,
                "quote": quote,
            }
        )
    return claims


def _url(target: str) -> str:
    """A database URL for a phase's target: a SQLite file's path, or a URL as it is."""
    return target if "://" in target else f"sqlite:///{target}"


def build(n: int, target: str, profile: bool = False) -> dict:
    """Phase 1 (own process): archive the corpus and import n claims into `target` (a
    SQLite file, or an empty PostgreSQL database's URL).

    With `profile`, the import runs under cProfile and its time is printed on stderr,
    summed by module (and by function for built-ins such as the driver's executemany).
    A large import locates its quotes and builds its rows in a worker process
    (`factdb.claims._pipelined`), which is not profiled: the profile is the importing
    process's, its wait for the worker shown as the pipe's `read`.
    """
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) if "://" in target else Path(target).parent
        return _build(n, _url(target), scratch, profile)


def _build(n: int, url: str, scratch: Path, profile: bool) -> dict:
    from factdb.archive import Overrides, archive_inputs
    from factdb.claims import import_claims
    from factdb.store import db as dblib

    dblib.upgrade(url)
    db = dblib.Database.open(url)
    archive_inputs(db, [str(CORPUS)], Overrides(), actor="bench")
    claims = sample_claims(db, n)
    claims_file = scratch / "claims.json"
    claims_file.write_text(json.dumps(claims))
    profiler = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    with db.session() as session:
        report = import_claims(session, claims_file, actor="bench")
    if profiler:
        profiler.disable()
    t_import = time.perf_counter() - t0
    if profiler:
        _print_profile(profiler)
    assert len(report.created) == n
    db.close()
    rss = _rss()
    core, orm = baselines(scratch / "baseline.sqlite", n)
    return {
        "import_s": t_import,
        "import_per_s": n / t_import,
        "import_rss_mb": rss,
        "core_rows_per_s": core,
        "orm_rows_per_s": orm,
    }


#: Statements that change how a bulk import's rows are written (the word index's term
#: buffer, the page cache: set for the import and set back), replayed with its inserts,
#: as they change what those cost.
FTS_SETTINGS = (
    "INSERT INTO claim_fts(claim_fts, rank)",
    "DELETE FROM claim_fts_config",
    "PRAGMA cache_size =",
)


def floor(n: int, path: Path, repeat: int = 1) -> dict:
    """The import's own statements replayed with sqlite3 alone: the database's share.

    Archives the corpus once and keeps that database. Then, `repeat` rounds: import n
    claims into a fresh copy of it, recording every executemany (statement and rows) the
    import sends (and the FTS_SETTINGS statements), and replay them on another fresh
    copy with the standard sqlite3 module in one transaction, with factdb's pragmas. The
    replay is the time the import cannot go below without writing fewer rows. Wall and CPU time (of
    this process) per round, and their medians; the ratio replay / import per round
    (the import's rate as a share of the floor's) and its median.

    A large import runs on two processes (`factdb.claims._pipelined`): this one inserts
    while a worker locates the quotes and builds the rows. Its CPU time (the worker's,
    `worker_cpu_s`) is printed with this process's outside the database: what would lift
    the share is the larger of the two. Both run side by side only when two processors
    are free: with other work on the machine (the load printed per round), the wall
    time share falls back towards the CPU share of one process.
    """
    import os
    import shutil
    import sqlite3

    from sqlalchemy import event

    from factdb.archive import Overrides, archive_inputs
    from factdb.claims import import_claims
    from factdb.store import db as dblib

    url = f"sqlite:///{path}"
    dblib.upgrade(url)
    db = dblib.Database.open(url)
    archive_inputs(db, [str(CORPUS)], Overrides(), actor="bench")
    claims = sample_claims(db, n)
    db.close()  # checkpoints the WAL: the file alone is the archived database
    claims_file = path.with_suffix(".json")
    claims_file.write_text(json.dumps(claims))
    rounds: list[dict] = []
    recorded: list[tuple[str, list]] = []
    for _ in range(repeat):
        target = path.with_name("import.sqlite")
        shutil.copy(path, target)
        db = dblib.Database.open(f"sqlite:///{target}")
        this_round: list[tuple[str, list]] = []
        # The import's own executemany calls and commit, timed where it sends them.
        in_db = {"s": 0.0, "cpu_s": 0.0}
        started: list[float] = []

        def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
            if executemany or statement.startswith(FTS_SETTINGS):
                this_round.append(  # noqa: B023
                    (statement, list(parameters) if executemany else [parameters])
                )
                started[:] = [time.perf_counter(), time.process_time()]  # noqa: B023

        def done(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
            if executemany or statement.startswith(FTS_SETTINGS):
                in_db["s"] += time.perf_counter() - started[0]  # noqa: B023
                in_db["cpu_s"] += time.process_time() - started[1]  # noqa: B023

        def commit_started(conn):  # noqa: ANN001, ANN202
            started[:] = [time.perf_counter(), time.process_time()]  # noqa: B023

        def committed(conn):  # noqa: ANN001, ANN202
            in_db["s"] += time.perf_counter() - started[0]  # noqa: B023
            in_db["cpu_s"] += time.process_time() - started[1]  # noqa: B023

        event.listen(db.engine, "before_cursor_execute", record)
        event.listen(db.engine, "after_cursor_execute", done)
        event.listen(db.engine, "commit", commit_started)
        load = os.getloadavg()[0]
        children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0, cpu0 = time.perf_counter(), time.process_time()
        with db.session() as session:
            report = import_claims(session, claims_file, actor="bench")
        t_import, cpu_import = time.perf_counter() - t0, time.process_time() - cpu0
        children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        # The import's worker process (`factdb.claims._pipelined`), if it started one.
        cpu_worker = sum(
            getattr(children1, f) - getattr(children0, f) for f in ("ru_utime", "ru_stime")
        )
        committed(None)  # the commit event fires before the driver's commit, at its start
        assert len(report.created) == n
        db.close()
        target.unlink()
        recorded = recorded or this_round
        copy = path.with_name("replay.sqlite")
        shutil.copy(path, copy)
        cpu0 = time.process_time()
        t_replay, by_table = _replay(copy, this_round)
        cpu_replay = time.process_time() - cpu0
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        rounds.append(
            {
                "import_s": t_import,
                "import_cpu_s": cpu_import,
                "replay_s": t_replay,
                "replay_cpu_s": cpu_replay,
                "import_db_s": in_db["s"],
                "import_db_cpu_s": in_db["cpu_s"],
                "worker_cpu_s": cpu_worker,
                "share": t_replay / t_import,
                "cpu_share": cpu_replay / cpu_import,
                "by_table_s": by_table,
                "load": load,
            }
        )
    copy = path.with_name("replay.sqlite")
    shutil.copy(path, copy)
    lifts = floor_lifts(path, recorded, repeat)
    conn = sqlite3.connect(copy)
    fts = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'claim_fts'").fetchone()[0]
    conn.close()
    docs = [
        row
        for statement, params in recorded
        if statement.startswith("INSERT INTO claim_fts(rowid")
        for row in params
    ]
    variants = fts_variants(path.with_name("fts.sqlite"), fts, docs)

    def median(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    return {
        "claims": n,
        "rounds": rounds,
        "import_s": median("import_s"),
        "replay_s": median("replay_s"),
        "statements": len(recorded),
        "rows": sum(len(params) for _, params in recorded),
        "import_per_s": n / median("import_s"),
        "replay_claims_per_s": n / median("replay_s"),
        "replay_share": median("share"),
        # The same in CPU time of this process: steadier than wall time on a busy machine.
        "import_cpu_s": median("import_cpu_s"),
        "replay_cpu_s": median("replay_cpu_s"),
        "replay_cpu_share": median("cpu_share"),
        "import_db_s": median("import_db_s"),
        "import_db_cpu_s": median("import_db_cpu_s"),
        "worker_cpu_s": median("worker_cpu_s"),
        "replay_by_table_s": min(rounds, key=lambda r: r["replay_s"])["by_table_s"],
        "floor_lifts": lifts,
        "fts_variants_s": variants,
    }


#: What lifts the floor: the whole replay again with some of the import's settings
#: (FTS_SETTINGS) left out, against the replay as the import sends it, taking turns.
#: (The statements, by how they start, that each leaves out.)
FLOOR_LIFTS: dict[str, tuple[str, ...]] = {
    "as the import sends it (64 MiB FTS5 term buffer and page cache)": (),
    "without its FTS5 term buffer setting (hashsize 1 MiB)": FTS_SETTINGS[:2],
    "without its page cache setting (SQLite's 2 MB)": FTS_SETTINGS[2:],
    "without either (the import before they were set)": FTS_SETTINGS,
}


def floor_lifts(pristine: Path, recorded: list[tuple[str, list]], repeat: int) -> dict:
    """Each FLOOR_LIFTS variant's replay of `recorded` on a fresh copy of `pristine`,
    `repeat` rounds with the variants taking turns: median seconds, wall and CPU."""
    import shutil

    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in FLOOR_LIFTS}
    copy = pristine.with_name("lift.sqlite")
    for _ in range(repeat):
        for name, left_out in FLOOR_LIFTS.items():
            kept = [(st, params) for st, params in recorded if not st.startswith(left_out)]
            shutil.copy(pristine, copy)
            cpu0 = time.process_time()
            elapsed, _ = _replay(copy, kept)
            runs[name].append((elapsed, time.process_time() - cpu0))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return {
        name: {
            "s": statistics.median(w for w, _ in got),
            "cpu_s": statistics.median(c for _, c in got),
        }
        for name, got in runs.items()
    }


def _replay(  # noqa: ANN202
    path: Path,
    recorded: list[tuple[str, list]],
    pragmas: tuple[str, ...] = (),
    before: tuple[str, ...] = (),
):
    """Replay recorded executemany calls on `path` with sqlite3 alone, in one transaction,
    with factdb's pragmas (and `pragmas`, and `before` run after BEGIN): seconds in all,
    and by table (and COMMIT)."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL", *pragmas):
        conn.execute(f"PRAGMA {pragma}")
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for statement in before:
        conn.execute(statement)
    by_table: dict[str, float] = {}
    for statement, params in recorded:
        t1 = time.perf_counter()
        if statement.startswith("PRAGMA"):
            conn.execute(statement)  # a setting (FTS_SETTINGS): not DML
        else:
            conn.executemany(statement, params)
        table = _insert_table(statement)
        by_table[table] = by_table.get(table, 0.0) + time.perf_counter() - t1
    t1 = time.perf_counter()
    conn.execute("COMMIT")
    by_table["COMMIT"] = time.perf_counter() - t1
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed, by_table


#: What might lift the floor's largest part, the word index: each variant of `claim_fts`,
#: filled with the import's own rows in one transaction, against the table as it is.
#: (form, statements before the rows, statements after them, the table the rows go to.)
FTS_VARIANTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str]] = {
    "as stored": ("{sql}", (), (), "claim_fts"),
    "automerge off during the load, one 'optimize' after": (
        "{sql}",
        ("INSERT INTO claim_fts(claim_fts, rank) VALUES ('automerge', 0)",),
        ("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')",),
        "claim_fts",
    ),
    "in-memory term buffer (hashsize) 64 MiB instead of 1 MiB": (
        "{sql}",
        (f"INSERT INTO claim_fts(claim_fts, rank) VALUES ('hashsize', {64 << 20})",),
        (),
        "claim_fts",
    ),
    "256 MiB page cache": ("{sql}", ("PRAGMA cache_size=-262144",), (), "claim_fts"),
    "rows into a content table, one 'rebuild' of the index after (external content)": (
        "{external}",
        (),
        ("INSERT INTO claim_fts(claim_fts) VALUES ('rebuild')",),
        "claim_fts_doc",
    ),
    "no prefix indexes (prefix = '2 3' dropped)": ("{no_prefix}", (), (), "claim_fts"),
    "contentless (content='': no snippets)": ("{contentless}", (), (), "claim_fts"),
}


def fts_variants(path: Path, sql: str, docs: list, repeat: int = 3) -> dict[str, float]:
    """Seconds to write `docs` (rowid, statement, quotes, tags, titles) into a fresh
    `claim_fts` made by each of FTS_VARIANTS, commit included, in a scratch SQLite file
    (the best of `repeat` rounds, the variants taking turns)."""
    import sqlite3

    forms = {
        "sql": sql,
        "no_prefix": re.sub(r",\s*prefix\s*=\s*'[^']*'", "", sql),
        "contentless": sql.rstrip(")") + ", content='')",
        "external": "CREATE TABLE claim_fts_doc(id INTEGER PRIMARY KEY, statement, quotes, "
        "tags, titles); " + sql.rstrip(")") + ", content='claim_fts_doc', content_rowid='id')",
    }
    out: dict[str, float] = {}
    for name, (form, before, after, table) in [*FTS_VARIANTS.items()] * repeat:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(form.format(**forms))
        t0 = time.perf_counter()
        for statement in before:
            conn.execute(statement)
        conn.execute("BEGIN IMMEDIATE")
        key = "id" if table == "claim_fts_doc" else "rowid"
        conn.executemany(
            f"INSERT INTO {table}({key}, statement, quotes, tags, titles) VALUES (?, ?, ?, ?, ?)",
            docs,
        )
        for statement in after:
            conn.execute(statement)
        conn.execute("COMMIT")
        out[name] = min(out.get(name, math.inf), time.perf_counter() - t0)
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return out


def _insert_table(statement: str) -> str:
    """The table an INSERT statement writes, for the floor's breakdown."""
    m = re.match(r"\s*INSERT\s+INTO\s+\"?(\w+)", statement, re.IGNORECASE)
    return m.group(1) if m else statement.split(None, 1)[0]


def baselines(path: Path, n: int) -> tuple[float, float]:
    """Rows/s of SQLAlchemy Core bulk inserts (one executemany of min(n, 100k) rows) and
    of the ORM adding one object at a time (min(n, 20k), one commit), in a SQLite file
    like the database's (WAL), for a table of an id, a sentence and a number."""
    from sqlalchemy import Integer, Text, create_engine, insert
    from sqlalchemy.orm import DeclarativeBase, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class Row(Base):
        __tablename__ = "row"
        id = mapped_column(Integer, primary_key=True)
        sentence = mapped_column(Text, nullable=False)
        number = mapped_column(Integer, nullable=False)

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    Base.metadata.create_all(engine)
    sentence = "Iran raised enrichment beyond the 3.67 percent limit set by the deal."
    core_n, orm_n = min(n, 100_000), min(n, 20_000)
    rows = [{"sentence": sentence, "number": i} for i in range(core_n)]
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(Row), rows)
    core = core_n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    with Session(engine) as session:
        for i in range(orm_n):
            session.add(Row(sentence=sentence, number=i))
        session.commit()
    orm = orm_n / (time.perf_counter() - t0)
    engine.dispose()
    return core, orm


def check(target: str, cold: bool, jobs: int | None = None, first: bool = False) -> dict:
    """Phase 2 (own process, so its peak memory is its own): one full check run, with
    `jobs` worker processes (default: as `factdb check` picks them); `first`: running the
    supported engine on every claim (`run_checks(reuse=False)`), as a first check does."""
    from sqlalchemy import delete

    from factdb.checks import default_jobs, run_checks
    from factdb.store import db as dblib
    from factdb.store.models import TextLayerCache

    jobs = jobs or default_jobs()

    db = dblib.Database.open(_url(target))
    if cold:  # drop the text-layer cache: the run rebuilds it
        with db.session() as session:
            session.execute(delete(TextLayerCache))
    t0 = time.perf_counter()
    with db.session() as session:
        report = run_checks(session, actor="bench", collect=False, jobs=jobs, reuse=not first)
    elapsed = time.perf_counter() - t0
    db.close()
    counts = report.counts()
    return {
        "check_s": elapsed,
        "results": sum(counts.values()),
        "fails": counts["fail"],
        "check_rss_mb": _rss(),
        "jobs": jobs,
    }


def _print_profile(profiler: cProfile.Profile, top: int = 25) -> None:
    stats = pstats.Stats(profiler)
    by_place: dict[str, float] = {}
    for (filename, _, name), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~":  # a built-in: name it, e.g. <method 'executemany' ...>
            place = name
        else:
            parts = Path(filename).parts
            place = (
                "/".join(parts[parts.index("site-packages") + 1 :][:2])
                if ("site-packages" in parts)
                else "/".join(parts[-2:])
            )
        by_place[place] = by_place.get(place, 0.0) + tottime
    total = sum(by_place.values())
    print(f"import profile: {total:.2f} s of own time (with profiler overhead)", file=sys.stderr)
    for place, seconds in sorted(by_place.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{seconds:8.3f} s {100 * seconds / total:5.1f}%  {place}", file=sys.stderr)
    stats.stream = sys.stderr  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)


def _rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(*args: str, tree: Path = ROOT) -> dict:
    """Run a phase in a fresh process, with the factdb of `tree` (this checkout, or the
    baseline's worktree) first on the import path."""
    import os

    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, str(tree / "scripts" / "bench_checks.py"), "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
        env=env,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    row = json.loads(out.stdout.strip().splitlines()[-1])
    # The phase's process and the workers it waited for, start-up included, in CPU time:
    # steadier than wall time when others load the machine, and measured here, so a
    # baseline checkout's (older) script gets it too.
    row["process_cpu_s"] = sum(
        getattr(after, f) - getattr(before, f) for f in ("ru_utime", "ru_stime")
    )
    return row


#: The check phases of a size: (row key, phase, worker processes; "0" is the default).
#: "first" is a cold run that runs the supported engine on every claim, as a database's
#: first check does (`run_checks(reuse=False)`); the others take the verdicts recorded by
#: the run before, as a re-check of unchanged claims does. A baseline older than recorded
#: verdicts runs "first" as "cold" (`_phase_of`).
PHASES = (
    ("check_first_s", "first", "0"),
    ("check_cold_s", "cold", "0"),
    ("check_warm_s", "warm", "0"),
    ("check_warm_1_s", "warm", "1"),
)


def _phase_of(phase: str, tree: Path) -> str:
    """The phase `tree`'s own script runs: "first" is "cold" for one that does not know it
    (a baseline from before recorded verdicts were taken, whose every check is a first)."""
    if phase == "first" and '"first"' not in (tree / "scripts" / "bench_checks.py").read_text():
        return "cold"
    return phase


def run_size(n: int, tree: Path = ROOT, repeat: int = 1, pg: str | None = None) -> list[dict]:
    """SQLite's row, and with `pg` (a PostgreSQL database URL) PostgreSQL's after it."""
    return run_sizes([tree], n, repeat, pg)


def _fresh_pg(url: str, drop_only: bool = False) -> None:
    """Drop the PostgreSQL database of `url` if it exists, and create it empty."""
    from sqlalchemy import create_engine, make_url

    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
        if not drop_only:
            conn.exec_driver_sql(f'CREATE DATABASE "{parsed.database}"')
    admin.dispose()


def run_sizes(trees: list[Path], n: int, repeat: int = 1, pg: str | None = None) -> list[dict]:
    """One row per tree: each builds its own database with its own code (same corpus, same
    claims), then every check phase runs `repeat` times, the trees taking turns (each round
    starts with the tree the last one ended with, so a change in the machine's load falls
    on both alike); each time kept is the median of its runs. With `pg` (a PostgreSQL
    database URL, made afresh and dropped after), one more row per tree on PostgreSQL."""
    with tempfile.TemporaryDirectory() as tmp:
        targets = [(tree, str(Path(tmp) / f"bench{i}.sqlite")) for i, tree in enumerate(trees)]
        if pg:
            targets += [(tree, pg) for tree in trees]
            _fresh_pg(pg)
        try:
            rows = []
            for tree, target in targets:
                backend = "postgresql" if target == pg else "sqlite"
                row = _child("build", str(n), target, tree=tree)
                rows.append({"claims": n, "backend": backend, **row})
            runs: list[dict[str, list[dict]]] = [{key: [] for key, _, _ in PHASES} for _ in targets]
            for round_ in range(repeat):
                order = list(range(len(targets)))
                if round_ % 2:
                    order.reverse()
                for key, phase, jobs in PHASES:
                    for i in order:
                        tree, target = targets[i]
                        runs[i][key].append(_child(_phase_of(phase, tree), jobs, target, tree=tree))
        finally:
            if pg:
                _fresh_pg(pg, drop_only=True)
    out = []
    for row, by_phase in zip(rows, runs, strict=True):
        times = {key: [r["check_s"] for r in by_phase[key]] for key, _, _ in PHASES}
        cpu = {key: [r["process_cpu_s"] for r in by_phase[key]] for key, _, _ in PHASES}
        warm = by_phase["check_warm_s"][0]
        every = [r for key, _, _ in PHASES for r in by_phase[key]]
        out.append(
            {
                **row,
                **{key: statistics.median(t) for key, t in times.items()},
                "all_runs_s": times,
                "cpu_s": {key: statistics.median(t) for key, t in cpu.items()},
                "jobs": warm["jobs"],
                "results": warm["results"],
                "checks_per_s_warm": warm["results"] / statistics.median(times["check_warm_s"]),
                "fails": sum(r["fails"] for r in every),
                "check_rss_mb": max(r["check_rss_mb"] for r in every),
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--claims",
        type=int,
        action="append",
        help="claim count (repeatable; default 10000 and 100000)",
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile-import",
        type=int,
        metavar="N",
        help="only archive and import N claims, under cProfile; print where the time goes",
    )
    parser.add_argument(
        "--floor",
        type=int,
        metavar="N",
        help="import N claims, then replay the import's own inserts with sqlite3 alone",
    )
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also run every size on a worktree of git revision REV (same corpus, same "
        "claims; its check runs alternate with this checkout's) and print this checkout's "
        "check times as ratios to it",
    )
    parser.add_argument(
        "--pg-db",
        metavar="NAME",
        help="also import and check on PostgreSQL, in database NAME (made afresh for each "
        "size, dropped after) on the --pg server, and print the ratios to SQLite",
    )
    parser.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL server URL for --pg-db")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="K",
        help="run each check phase K times and keep the median (default 1; with --baseline, "
        "the two checkouts take turns); with --floor, K rounds of import and replay",
    )
    args = parser.parse_args()
    if args.floor:
        with tempfile.TemporaryDirectory() as tmp:
            row = floor(args.floor, Path(tmp) / "bench.sqlite", args.repeat)
        for i, r in enumerate(row["rounds"], 1):
            print(
                f"round {i} (load {r['load']:.2f}): import {r['import_s']:.2f} s wall, "
                f"{r['import_cpu_s']:.2f} s CPU; replay {r['replay_s']:.2f} s wall, "
                f"{r['replay_cpu_s']:.2f} s CPU; import rate = {100 * r['share']:.0f}% of the "
                f"floor's (wall), {100 * r['cpu_share']:.0f}% (CPU); the import's own "
                f"executemany calls and commit {r['import_db_s']:.2f} s wall, "
                f"{r['import_db_cpu_s']:.2f} s CPU; its worker process "
                f"{r['worker_cpu_s']:.2f} s CPU"
            )
        print(f"median of {len(row['rounds'])} round(s):")
        print(
            f"{row['claims']} claims: import {row['import_s']:.2f} s "
            f"({row['import_per_s']:.0f}/s); its {row['statements']} executemany calls and "
            "word-index settings "
            f"({row['rows']} rows) replayed with sqlite3 alone: {row['replay_s']:.2f} s "
            f"({row['replay_claims_per_s']:.0f} claims/s), "
            f"{100 * row['replay_share']:.0f}% of the import"
        )
        print(
            f"in CPU time of this process: import {row['import_cpu_s']:.2f} s, replay "
            f"{row['replay_cpu_s']:.2f} s, {100 * row['replay_cpu_share']:.0f}% of the import"
        )
        print(
            "what would lift the import's share (CPU, medians): this process's work outside "
            f"the database, {row['import_cpu_s'] - row['import_db_cpu_s']:.2f} s (reading the "
            "file, and with a worker process receiving its rows), and the worker's "
            f"{row['worker_cpu_s']:.2f} s against the database's "
            f"{row['import_db_cpu_s']:.2f} s: the two run side by side (`factdb.claims."
            "_pipelined`), so the import takes about the longer of the two, and more when "
            "other work keeps a processor busy (load above 1 on two processors)"
        )
        print(
            "replay by table: "
            + ", ".join(
                f"{table} {seconds:.2f} s"
                for table, seconds in sorted(
                    row["replay_by_table_s"].items(), key=lambda kv: -kv[1]
                )
            )
        )
        print(
            f"what lifts the floor: the whole replay again without the import's settings, "
            f"median of {len(row['rounds'])} round(s) taking turns:"
        )
        for name, lift in row["floor_lifts"].items():
            print(f"  {lift['s']:6.2f} s wall, {lift['cpu_s']:6.2f} s CPU  {name}")
        print("the word index alone, its rows into a fresh claim_fts, commit included (best of 3):")
        for name, seconds in row["fts_variants_s"].items():
            print(f"  {seconds:6.2f} s  {name}")
        print(json.dumps(row))
        return
    if args.profile_import:
        with tempfile.TemporaryDirectory() as tmp:
            row = build(args.profile_import, str(Path(tmp) / "bench.sqlite"), profile=True)
        print(json.dumps(row))
        return
    if args.child:
        phase, n, path = args.child
        if phase == "build":
            print(json.dumps(build(int(n), path)))
        else:  # n: worker processes (0: the default)
            cold, first = phase in ("cold", "first"), phase == "first"
            print(json.dumps(check(path, cold=cold, jobs=int(n) or None, first=first)))
        return
    sizes = args.claims or [10_000, 100_000]
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    print(f"corpus: {CORPUS}")
    pg = None
    if args.pg_db:
        from sqlalchemy import make_url

        pg = make_url(args.pg).set(database=args.pg_db).render_as_string(hide_password=False)
    if args.baseline:
        if pg:
            parser.error("--pg-db and --baseline cannot be combined")
        rows = compare_with(args.baseline, sizes, args.repeat)
    else:
        rows = [row for n in sizes for row in run_size(n, repeat=args.repeat, pg=pg)]
    pg_rows = [r for r in rows if r.get("backend") == "postgresql"]
    rows = [r for r in rows if r.get("backend") != "postgresql"]
    print(
        f"{'claims':>8} {'import s':>9} {'claims/s':>9} {'import RSS MB':>14} "
        f"{'first check s':>14} {'check cold s':>13} {'check warm s':>13} {'jobs':>5} "
        f"{'warm, 1 job s':>14} "
        f"{'results/s warm':>15} {'check RSS MB':>13} {'fails':>6}"
    )
    for r in rows:
        print(
            f"{r['claims']:>8} {r['import_s']:>9.2f} {r['import_per_s']:>9.0f} "
            f"{r['import_rss_mb']:>14.0f} {r['check_first_s']:>14.2f} "
            f"{r['check_cold_s']:>13.2f} {r['check_warm_s']:>13.2f} "
            f"{r['jobs']:>5} {r['check_warm_1_s']:>14.2f} "
            f"{r['checks_per_s_warm']:>15.0f} {r['check_rss_mb']:>13.0f} {r['fails']:>6}"
        )
    if pg_rows:
        print("PostgreSQL (the same claims; its runs alternating with SQLite's):")
        for r in pg_rows:
            print(
                f"{r['claims']:>8} {r['import_s']:>9.2f} {r['import_per_s']:>9.0f} "
                f"{r['import_rss_mb']:>14.0f} {r['check_first_s']:>14.2f} "
                f"{r['check_cold_s']:>13.2f} {r['check_warm_s']:>13.2f} {r['jobs']:>5} "
                f"{r['check_warm_1_s']:>14.2f} "
                f"{r['checks_per_s_warm']:>15.0f} {r['check_rss_mb']:>13.0f} {r['fails']:>6}"
            )
        print("PostgreSQL / SQLite, time (above 1: PostgreSQL is slower):")
        for p, q in zip(pg_rows, rows, strict=True):
            print(
                f"{p['claims']:>8}  import x{p['import_s'] / q['import_s']:.2f}   "
                f"check cold x{p['check_cold_s'] / q['check_cold_s']:.2f}   "
                f"check warm x{p['check_warm_s'] / q['check_warm_s']:.2f}   "
                f"warm, 1 job x{p['check_warm_1_s'] / q['check_warm_1_s']:.2f}   "
                f"(check results {p['results']} and {q['results']}, "
                f"fails {p['fails']} and {q['fails']})"
            )
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        scale = b["claims"] / a["claims"]
        print(
            f"x{scale:.0f} claims: import time x{b['import_s'] / a['import_s']:.1f}, "
            f"warm check time x{b['check_warm_s'] / a['check_warm_s']:.1f}, "
            f"check peak RSS x{b['check_rss_mb'] / a['check_rss_mb']:.2f}"
        )
    print(
        "same process, scratch table: SQLAlchemy Core bulk insert rows/s, ORM one object at a "
        "time rows/s; the import rate as a share of each and the goal scaled to this machine:"
    )
    for r in rows:
        core, orm, rate = r["core_rows_per_s"], r["orm_rows_per_s"], r["import_per_s"]
        print(
            f"{r['claims']:>8}  Core {core:>9.0f} rows/s  ORM {orm:>7.0f} rows/s  "
            f"import = {rate / core:.3f} x Core, {rate / orm:.2f} x ORM  "
            f"(goal {GOAL_IMPORT / GOAL_CORE:.3f} x Core = {GOAL_IMPORT * core / GOAL_CORE:.0f}/s, "
            f"{GOAL_IMPORT / GOAL_ORM:.2f} x ORM = {GOAL_IMPORT * orm / GOAL_ORM:.0f}/s here)"
        )
    print(
        f"goals: import >= {GOAL_IMPORT} claims/s where Core does {GOAL_CORE} rows/s "
        f"and the ORM {GOAL_ORM}; 100k warm check < 10 s; flat memory"
    )


def compare_with(rev: str, sizes: list[int], repeat: int) -> list[dict]:
    """Run each size on this checkout and on a worktree of `rev` (a temporary directory,
    removed after), their check runs alternating; print both times and their ratios and
    return this checkout's rows."""
    rows, base = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "baseline"
        # The baseline reads the corpus beside its checkout (SHARED), else its own test
        # corpus: a link beside the temporary checkout makes it read this one's.
        (Path(tmp) / "shared" / "corpus").mkdir(parents=True)
        (Path(tmp) / "shared" / "corpus" / "html").symlink_to(CORPUS.resolve())
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
        try:
            for n in sizes:
                now, then = run_sizes([ROOT, tree], n, repeat)
                rows.append(now)
                base.append(then)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )
    runs = f"median of {repeat} runs each, alternating" if repeat > 1 else "one run each"
    print(f"baseline corpus: {tree.parent / 'shared' / 'corpus' / 'html'} -> {CORPUS.resolve()}")
    print(f"against {rev} (its own code, same corpus and claims; {runs}), check time now / then:")
    for now, then in zip(rows, base, strict=True):
        print(
            f"{now['claims']:>8}  warm {now['check_warm_s']:.2f} s / {then['check_warm_s']:.2f} s "
            f"= x{now['check_warm_s'] / then['check_warm_s']:.2f}   "
            f"warm, 1 job {now['check_warm_1_s']:.2f} s / {then['check_warm_1_s']:.2f} s "
            f"= x{now['check_warm_1_s'] / then['check_warm_1_s']:.2f}   "
            f"cold {now['check_cold_s']:.2f} s / {then['check_cold_s']:.2f} s "
            f"= x{now['check_cold_s'] / then['check_cold_s']:.2f}   "
            f"first {now['check_first_s']:.2f} s / {then['check_first_s']:.2f} s "
            f"= x{now['check_first_s'] / then['check_first_s']:.2f}"
        )
        print(
            f"{'':>8}  CPU time of each phase's process and its workers (start-up included; "
            "median): "
            + "   ".join(
                f"{label} {now['cpu_s'][key]:.2f} s / {then['cpu_s'][key]:.2f} s "
                f"= x{now['cpu_s'][key] / then['cpu_s'][key]:.2f}"
                for key, label in (
                    ("check_warm_s", "warm"),
                    ("check_warm_1_s", "warm, 1 job"),
                    ("check_cold_s", "cold"),
                    ("check_first_s", "first"),
                )
            )
        )
        if repeat > 1:
            for key, label in (("check_warm_s", "warm"), ("check_warm_1_s", "warm, 1 job")):
                print(
                    f"{'':>8}  {label} runs now {now['all_runs_s'][key]} "
                    f"then {then['all_runs_s'][key]}"
                )
    return rows


if __name__ == "__main__":
    main()
