"""Search latency on a generated database of many claims (SQLite, and PostgreSQL if reachable).

    python scripts/bench_query.py [--claims 100000] [--queries 200] [--pg URL | --no-pg]
                                  [--sqlite PATH] [--rounds N]

Claims are generated from the words of the bundled pages in `sources/` (Zipf-distributed,
so some words are common and most are rare), with numbers, percentages and years in some
statements, 1-3 tags each and a quote each. Rows are bulk-inserted with Core, then indexed
through `factdb.search.index.index_claims`, the function every write path calls. Then 200 varied
queries (words, phrases, prefixes, OR, filters, --like) run through `factdb.search.ranking.search`
with the top 20 and their snippets, and p50/p95 latencies are printed per backend and per
kind of query, with the CPU time per query (this process's, plus the PostgreSQL backend's
when the server runs on this machine: it moves much less than latency when the machine is
busy; "CPU" in the side by side). Goals on SQLite: p50 < 5 ms, p95 < 50 ms. `--sqlite PATH`
keeps the SQLite database there (and reuses it when it exists, to measure again without
building); the machine is shared, so `--rounds N` runs the queries N times and reports each
round, with the load average.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factdb.engine.quantities import structured_values  # noqa: E402
from factdb.engine.text import EXTRACTOR_VERSION, extract  # noqa: E402
from factdb.search import filters, index, query, ranking  # noqa: E402
from factdb.store import db as dblib  # noqa: E402
from factdb.store.lookups import COMPRESSION, compress, sha256_hex  # noqa: E402
from factdb.store.models import Citation, Claim, ClaimTag, Snapshot, Source  # noqa: E402

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BATCH = 5000


CORPUS = ROOT.parent / "shared" / "corpus" / "html"
STOP = set(query._STOP_WORDS)


def word_stream() -> list[str]:
    """The reading text of the corpus pages (and the bundled ones) as one list of words, so
    generated claims have the word frequencies of real pages."""
    pages = sorted(CORPUS.glob("*.html")) + sorted((ROOT / "sources").glob("*.html"))
    words: list[str] = []
    for page in pages:
        words.extend(extract(page.read_bytes()).text.split())
    return words


class Generator:
    def __init__(self, words: list[str], seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.words = words
        counts: dict[str, int] = {}
        for w in words:
            for t in query.terms(w):
                counts[t] = counts.get(t, 0) + 1
        self.vocabulary = sorted(counts, key=lambda w: -counts[w])
        content = [w for w in self.vocabulary if len(w) > 3 and w not in STOP and w.isalpha()]
        self.common = content[:200]
        self.content = content
        self.tags = content[50:110]

    def sentence(self, n: int) -> list[str]:
        """`n` consecutive words from a random place in the corpus."""
        start = self.rng.randrange(len(self.words) - n)
        return self.words[start : start + n]

    def content_word(self) -> str:
        while True:
            (word,) = self.sentence(1)
            found = query.terms(word)
            if len(found) == 1 and found[0] not in STOP and len(found[0]) > 3:
                return found[0]

    def statement(self) -> str:
        words = self.sentence(self.rng.randint(8, 18))
        roll = self.rng.random()
        if roll < 0.3:
            words.insert(self.rng.randrange(len(words)), f"{self.rng.uniform(0, 100):.2f}%")
        elif roll < 0.5:
            words.insert(self.rng.randrange(len(words)), str(self.rng.randint(1950, 2025)))
        elif roll < 0.6:
            words.insert(self.rng.randrange(len(words)), f"${self.rng.randint(1, 900)} million")
        return " ".join(words).capitalize() + "."

    def quote(self) -> str:
        return " ".join(self.sentence(self.rng.randint(12, 40)))


def populate(url: str, count: int, gen: Generator) -> float:
    """Bulk-insert `count` claims with one citation each, indexing each batch; seconds."""
    dblib.upgrade(url)
    database = dblib.Database(url)
    started = time.perf_counter()
    now = datetime.now(UTC)
    html = b"<html><body><p>generated</p></body></html>"
    with database.session() as session:
        source = Source(url="https://example.org/generated", title="Generated corpus page")
        session.add(source)
        session.flush()
        snapshot = Snapshot(
            sha256=sha256_hex(html),
            source_id=source.id,
            content=compress(html),
            compression=COMPRESSION,
            size=len(html),
            retrieved_at=now,
            method="file",
            origin="generated",
            charset="utf-8",
        )
        session.add(snapshot)
        session.flush()
        snapshot_id = snapshot.id
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        with database.session() as session:
            conn = session.connection()
            rows = []
            for i in range(done, done + n):
                statement = gen.statement()
                rows.append(
                    {
                        "slug": f"claim-{i:06d}",
                        "statement": statement,
                        "status": "retracted" if gen.rng.random() < 0.05 else "active",
                        "quantities": structured_values(statement),
                        "created_at": now,
                        "created_by": "bench",
                        "updated_at": now,
                    }
                )
            table = Claim.__table__
            ids = list(
                conn.execute(
                    table.insert().returning(table.c.id, sort_by_parameter_order=True), rows
                ).scalars()
            )
            tags, cites = [], []
            for claim_id in ids:
                for tag in set(gen.rng.sample(gen.tags, gen.rng.randint(1, 3))):
                    tags.append({"claim_id": claim_id, "tag": tag})
                quote = gen.quote()
                cites.append(
                    {
                        "claim_id": claim_id,
                        "snapshot_id": snapshot_id,
                        "exact": quote,
                        "prefix": "",
                        "suffix": "",
                        "text_start": 0,
                        "text_end": len(quote),
                        "html_start": 0,
                        "html_end": len(quote),
                        "byte_start": 0,
                        "byte_end": len(quote),
                        "typed_quote": quote,
                        "extractor_version": EXTRACTOR_VERSION,
                        "created_at": now,
                        "created_by": "bench",
                    }
                )
            conn.execute(ClaimTag.__table__.insert(), tags)
            conn.execute(Citation.__table__.insert(), cites)
            index.index_claims(session, ids)
        done += n
        print(f"  {done:,} claims", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')")
            conn.exec_driver_sql("ANALYZE")
    else:
        # As autovacuum leaves a table after a bulk insert: statistics, and the pages
        # marked visible (index-only scans read the index alone).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
    database.close()
    return time.perf_counter() - started


def queries(gen: Generator, n: int) -> list[tuple[str, dict]]:
    """`n` varied searches as (kind, keyword arguments for ranking.search)."""

    def phrase() -> list[str]:
        # Two or three consecutive words of a page, at least one of them not a stop word.
        while True:
            words = gen.sentence(rng.randint(2, 3))
            found = query.terms(" ".join(words))
            if found and any(t not in STOP and len(t) > 3 for t in found):
                return words

    rng = random.Random(11)
    word = gen.content_word
    kinds = [
        ("word", lambda: {"query": word()}),
        ("common word", lambda: {"query": rng.choice(gen.common)}),
        ("rare word", lambda: {"query": rng.choice(gen.content[-5000:])}),
        ("two words", lambda: {"query": f"{word()} {word()}"}),
        ("phrase", lambda: {"query": '"' + " ".join(query.terms(" ".join(phrase()))) + '"'}),
        ("prefix", lambda: {"query": word()[:4] + "*"}),
        ("or", lambda: {"query": f"{word()} OR {word()}"}),
        (
            "word + value filter",
            lambda: {
                "query": word(),
                "filters": filters.Filters(unit="percent", value_min=10, value_max=20),
            },
        ),
        (
            "word + tag + status",
            lambda: {
                "query": word(),
                "filters": filters.Filters(tags=(rng.choice(gen.tags),), status="active"),
            },
        ),
        (
            "filters only",
            lambda: {"filters": filters.Filters(unit="percent", value_min=3, value_max=4)},
        ),
        ("like", lambda: {"like": gen.statement()}),
    ]
    out = []
    for i in range(n):
        kind, make = kinds[i % len(kinds)]
        out.append((kind, make()))
    return out


def _backend_cpu(session: object) -> Path | None:
    """The file giving the CPU time of the PostgreSQL backend serving `session`, when the
    server runs on this machine (/proc/PID/schedstat: nanoseconds on a CPU)."""
    pid = session.execute(text("SELECT pg_backend_pid()")).scalar()  # type: ignore[attr-defined]
    proc = Path(f"/proc/{pid}")
    try:
        if proc.joinpath("comm").read_text().strip() != "postgres":
            return None
        return proc / "schedstat" if proc.joinpath("schedstat").exists() else None
    except OSError:
        return None


def _ns(path: Path | None) -> int:
    return int(path.read_text().split()[0]) if path is not None else 0


def measure(url: str, plan: list[tuple[str, dict]]) -> dict[str, list[float]]:
    """Each kind's latencies (ms), and under "CPU" each query's CPU time (ms): this
    process's, plus the PostgreSQL backend's when it runs here (`CPU server` holds that
    part). The machine is shared: CPU time moves much less with the load than latency."""
    database = dblib.Database(url)
    times: dict[str, list[float]] = {}
    with database.session() as session:
        backend = _backend_cpu(session) if database.engine.dialect.name == "postgresql" else None
        for _kind, kwargs in plan[:20]:  # warm the caches
            ranking.search(session, limit=20, **kwargs)
        for kind, kwargs in plan:
            cpu, server = time.process_time_ns(), _ns(backend)
            started = time.perf_counter()
            hits = ranking.search(session, limit=20, **kwargs)
            elapsed = (time.perf_counter() - started) * 1000
            server = _ns(backend) - server
            cpu = time.process_time_ns() - cpu + server
            assert all(isinstance(h.snippet, str) for h in hits)
            times.setdefault(kind, []).append(elapsed)
            times.setdefault("CPU", []).append(cpu / 1e6)
            if backend is not None:
                times.setdefault("CPU server", []).append(server / 1e6)
    database.close()
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(name: str, build: float, times: dict[str, list[float]]) -> None:
    kinds = {k: ts for k, ts in times.items() if not k.startswith("CPU")}
    every = [t for ts in kinds.values() for t in ts]
    print(f"\n{name}: " + (f"built and indexed in {build:.1f} s" if build else "database reused"))
    print(f"  {'queries':<22}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for kind, ts in kinds.items():
        print(f"  {kind:<22}{len(ts):>5}{pct(ts, 50):>10.2f}{pct(ts, 95):>10.2f}{max(ts):>10.2f}")
    print(
        f"  {'ALL':<22}{len(every):>5}{pct(every, 50):>10.2f}{pct(every, 95):>10.2f}"
        f"{max(every):>10.2f}   (mean {statistics.mean(every):.2f})"
    )
    cpu = times["CPU"]
    server = times.get("CPU server")
    print(
        f"  {'CPU per query':<22}{len(cpu):>5}{pct(cpu, 50):>10.2f}{pct(cpu, 95):>10.2f}"
        f"{max(cpu):>10.2f}"
        + (f"   (server p50 {pct(server, 50):.2f})" if server else "")
        + f"   load {os.getloadavg()[0]:.2f}"
    )


def side_by_side(sqlite: list[dict[str, list[float]]], pg: list[dict[str, list[float]]]) -> None:
    """Every round's queries of each backend pooled, per kind: SQLite's and PostgreSQL's
    p50/p95 and their ratio, and PostgreSQL's against the goals."""

    def pooled(rounds: list[dict[str, list[float]]]) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for times in rounds:
            for kind, ts in times.items():
                out.setdefault(kind, []).extend(ts)
        return out

    a, b = pooled(sqlite), pooled(pg)
    for side in (a, b):
        side["ALL"] = [t for kind, ts in side.items() if not kind.startswith("CPU") for t in ts]
        side.pop("CPU server", None)
        side["CPU"] = side.pop("CPU")  # last, after ALL
    print(f"\nSide by side, {len(pg)} round(s) pooled (ms; PostgreSQL / SQLite):")
    print(
        f"  {'queries':<22}{'SQLite p50':>11}{'p95':>8}{'PG p50':>9}{'p95':>8}"
        f"{'x p50':>8}{'x p95':>8}"
    )
    for kind in a:
        sa, sb = (pct(a[kind], 50), pct(a[kind], 95)), (pct(b[kind], 50), pct(b[kind], 95))
        print(
            f"  {kind:<22}{sa[0]:>11.2f}{sa[1]:>8.2f}{sb[0]:>9.2f}{sb[1]:>8.2f}"
            f"{sb[0] / sa[0]:>8.2f}{sb[1] / sa[1]:>8.2f}"
        )
    every, like = b["ALL"], b.get("like", [0.0])
    print(
        f"PostgreSQL goals: p50 {pct(every, 50):.2f} ms (<= 5), p95 {pct(every, 95):.2f} ms "
        f"(<= 50), --like p95 {pct(like, 95):.2f} ms (<= 50); load {os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL server URL")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument(
        "--sqlite", type=Path, help="build the SQLite database here, or reuse it if it exists"
    )
    parser.add_argument(
        "--pg-db",
        metavar="NAME",
        help="build the PostgreSQL database NAME on the server, or reuse it if it exists "
        "(kept afterwards; default: a temporary one, dropped)",
    )
    parser.add_argument("--rounds", type=int, default=1, help="measure this many times")
    args = parser.parse_args()
    gen = Generator(word_stream())
    plan = queries(gen, args.queries)
    print(
        f"{args.claims:,} claims from a stream of {len(gen.words):,} corpus words "
        f"({len(gen.vocabulary):,} distinct), {len(plan)} queries"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = args.sqlite or Path(tmp) / "bench.sqlite"
        url = f"sqlite:///{path}"
        if path.exists():
            dblib.upgrade(url)
            build = 0.0
        else:
            build = populate(url, args.claims, Generator(gen.words))
        sqlite_rounds = []
        for n in range(args.rounds):
            sqlite_rounds.append(measure(url, plan))
            report(f"SQLite (FTS5), round {n + 1}", build, sqlite_rounds[-1])
    if args.no_pg:
        return
    name = args.pg_db or f"factdb_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).scalar()
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection problem means "skip PostgreSQL"
        print(f"\nPostgreSQL skipped: {str(exc).splitlines()[0]}")
        return
    try:
        from sqlalchemy.engine import make_url

        url = make_url(args.pg).set(database=name).render_as_string(hide_password=False)
        if exists:
            dblib.upgrade(url)
            build = 0.0
        else:
            build = populate(url, args.claims, Generator(gen.words))
        pg_rounds = []
        for n in range(args.rounds):
            pg_rounds.append(measure(url, plan))
            report(f"PostgreSQL (tsvector + GIN), round {n + 1}", build, pg_rounds[-1])
        side_by_side(sqlite_rounds, pg_rounds)
    finally:
        if not args.pg_db:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
