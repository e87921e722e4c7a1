"""Benchmark `factdb watch` rounds against pages served from loopback servers.

    python scripts/bench_watch.py [--pages 2000] [--changed 0.1] [--backend sqlite|postgresql|both]

Serves N copies of the corpus pages (`/work/shared/corpus/html/`, else
`tests/data/corpus/`; each cut down to the paragraphs of three quotes, and each copy with
its own marker, so N distinct pages) from four
loopback servers (127.0.0.1 to 127.0.0.4: four hosts, as `--jobs` parallelises across
hosts and keeps one request at a time per host), each page with an ETag. Every page is
archived and cited by one claim (a quote from one of its paragraphs). Then, each round a
`factdb watch --all --delay 0` process of its own:

1. nothing changed, 1 job: every request conditional, every answer 304;
2. nothing changed, --jobs 4;
3. a tenth of the pages changed (a word inserted into the cited quote), 1 job: those are
   archived and their claims rechecked (edited), the rest answer 304;
4. another tenth changed, --jobs 4.

Prints sources per second of each round (the round's time as it recorded it: the
process's start-up is not counted), the CPU time of the whole process, the ratio of
changed to unchanged rounds and of 4 jobs to 1, and each round's peak RSS (the `factdb
watch` process, from wait4). Memory
stays flat in the number of sources when the peak RSS at 2,000 pages is about the one
at 500 (`--pages 500`). The politeness delay is 0 here: with the default 1 s, a round of
N pages on 4 hosts takes at least N/4 seconds whatever the code does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factdb.archive import Overrides, store_capture  # noqa: E402
from factdb.capture import Capture  # noqa: E402
from factdb.engine.text import extract  # noqa: E402
from factdb.store import db as dblib  # noqa: E402
from factdb.store.models import utcnow  # noqa: E402
from tests.test_drift_corpus import select_quotes  # noqa: E402

CORPORA = [Path("/work/shared/corpus/html"), ROOT / "tests" / "data" / "corpus"]
HOSTS = ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"]
PG_URL = os.environ.get(
    "FACTDB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
CLI = [sys.executable, "-c", "from factdb.cli import main; main()"]


class Site(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, host: str) -> None:
        super().__init__((host, 0), Handler)
        #: path -> (body, etag)
        self.pages: dict[str, tuple[bytes, str]] = {}


class Handler(BaseHTTPRequestHandler):
    server: Site
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802
        found = self.server.pages.get(self.path)
        if found is None:
            self.send_response(404)
            self.end_headers()
            return
        body, etag = found
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def corpus_pages() -> list[tuple[str, str]]:
    """(HTML, a quote's HTML in it) of each usable corpus page: the page cut down to the
    paragraphs of up to three quotes (setting up thousands of whole pages would take
    longer than the rounds measured), in a page of its own."""
    corpus = next(p for p in CORPORA if p.is_dir())
    out = []
    for path in sorted(corpus.glob("*.html")):
        try:
            layer = extract(path.read_bytes())
        except Exception:  # noqa: BLE001 - a page the extractor refuses is no case here
            continue
        quotes = select_quotes(layer, 3)
        for q in quotes:
            piece = layer.html[q.span.html_start : q.span.html_end]
            body = "\n".join(layer.html[x.p_start : x.p_end] for x in quotes)
            if body.count(piece) == 1 and _gap(piece) is not None:
                html = (
                    '<!DOCTYPE html><html><head><meta charset="utf-8">'
                    f"<title>{path.stem}</title></head><body><article>\n{body}\n"
                    "</article></body></html>\n"
                )
                out.append((html, piece))
                break
    print(f"corpus: {corpus} ({len(out)} usable pages)")
    return out


def _gap(piece: str) -> int | None:
    """A space in the middle of an HTML piece that is outside every tag and entity."""
    spaces = [
        i
        for i, ch in enumerate(piece)
        if ch == " "
        and piece[:i].count("<") == piece[:i].count(">")
        and "&" not in piece[i - 8 : i]
    ]
    return spaces[len(spaces) // 2] if spaces else None


def edited(html: str, piece: str) -> str:
    at = _gap(piece)
    assert at is not None
    return html.replace(piece, piece[:at] + " reportedly" + piece[at:], 1)


def setup(url: str, sites: list[Site], n: int, workdir: Path) -> list[tuple[Site, str, str, str]]:
    """Serve and archive n pages, import one claim citing each; (site, path, html, piece)."""
    pages = corpus_pages()
    db = dblib.Database.open(url)
    items = []
    rows = []
    started = time.monotonic()
    try:
        for i in range(n):
            html, piece = pages[i % len(pages)]
            html = f"<!-- factdb bench copy {i} -->\n" + html
            site = sites[i % len(sites)]
            path = f"/page/{i}"
            body = html.encode("utf-8")
            etag = f'"v0-{i}"'
            site.pages[path] = (body, etag)
            page_url = f"http://{site.server_address[0]}:{site.server_address[1]}{path}"
            capture = Capture(
                raw=body,
                url=page_url,
                method="http",
                retrieved_at=utcnow(),
                origin=page_url,
                status=200,
                headers=[("Content-Type", "text/html; charset=utf-8"), ("ETag", etag)],
                media_type="text/html",
                http_charset="utf-8",
            )
            with db.session() as session:
                store_capture(session, capture, Overrides(url=page_url), actor="bench")
            text = " ".join(extract(piece.encode("utf-8"), "utf-8").text.split())
            rows.append(
                {
                    "id": f"page-{i}",
                    "statement": f"Page {i} says so.",
                    "source": page_url,
                    "quote": text,
                }
            )
            items.append((site, path, html, piece))
    finally:
        db.close()
    claims = workdir / "claims.yaml"
    claims.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    result = subprocess.run(
        [*CLI, "--db", url, "claims", "import", str(claims)], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"claims import failed: {result.stderr[-2000:]}")
    print(f"setup: {n} pages archived and cited in {time.monotonic() - started:.1f} s")
    return items


#: `factdb` that writes its own peak resident set (VmHWM, KiB) to stderr as it exits.
PEAK_CLI = [
    sys.executable,
    "-c",
    "import atexit, sys\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as fh:\n"
    "        kib = [line.split()[1] for line in fh if line.startswith('VmHWM:')][0]\n"
    "    sys.stderr.write(f'\\x00peak {kib}\\n')\n"
    "atexit.register(_peak)\n"
    "from factdb.cli import main\n"
    "main()\n",
]


def watch_round(url: str, jobs: int) -> tuple[float, dict[str, Any], float, float]:
    """One `factdb watch --all` process: (the round's seconds as it recorded them, from
    its start to its end, without the process's start-up; its summary; peak RSS in MB;
    CPU seconds of the whole process)."""
    proc = subprocess.Popen(
        [*PEAK_CLI, "--db", url, "watch", "--all", "--delay", "0", "--jobs", str(jobs), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    reader.join()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"watch exited {code}: {err.decode()[-2000:]}")
    data = json.loads(b"".join(out_chunks))
    # The child's own peak (VmHWM since its exec): wait4's ru_maxrss would also count the
    # pages of this process, which a vfork-started child borrows until it execs.
    peak_mb = int(err.decode().rpartition("\x00peak ")[2].split()[0]) / 1024
    started = datetime.fromisoformat(data["started_at"])
    seconds = (datetime.fromisoformat(data["finished_at"]) - started).total_seconds()
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, data["summary"], peak_mb, cpu


def bench(url: str, label: str, n: int, changed: float) -> None:
    print(f"\n== {label}: {n} pages on {len(HOSTS)} loopback hosts ==")
    sites = [Site(h) for h in HOSTS]
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in sites]
    for t in threads:
        t.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            items = setup(url, sites, n, Path(tmp))
            k = max(1, int(n * changed))
            results = []
            for r, (jobs, change) in enumerate([(1, False), (4, False), (1, True), (4, True)]):
                if change:
                    for site, path, html, piece in items[(r - 2) * k : (r - 1) * k]:
                        site.pages[path] = (edited(html, piece).encode("utf-8"), f'"v{r}-{path}"')
                seconds, summary, rss, cpu = watch_round(url, jobs)
                kind = f"{k} changed" if change else "nothing changed"
                results.append((jobs, change, seconds, rss))
                print(
                    f"  round {r + 1}: {kind:>15}, --jobs {jobs}: {seconds:7.1f} s, "
                    f"{n / seconds:7.1f} sources/s, CPU {cpu:6.1f} s, peak RSS {rss:6.1f} MB  "
                    f"(304: {summary['not_modified']}, changed: {summary['changed']}, "
                    f"drift: {summary['drift']})"
                )
            one, four, one_c, four_c = (x[2] for x in results)
            print(
                f"  --jobs 4 against 1 job, speed-up: nothing changed {one / four:.2f}x, "
                f"changed {one_c / four_c:.2f}x"
            )
            print(
                f"  changed round against 304 round, time: 1 job {one_c / one:.2f}x, "
                f"--jobs 4 {four_c / four:.2f}x"
            )
    finally:
        for s in sites:
            s.shutdown()
            s.server_close()


def sqlite_url(tmp: Path) -> str:
    url = f"sqlite:///{tmp / 'bench.sqlite'}"
    dblib.upgrade(url)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--changed", type=float, default=0.1)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            bench(sqlite_url(Path(tmp)), "SQLite", args.pages, args.changed)
    if args.backend in ("postgresql", "both"):
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        name = f"factdb_bench_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        try:
            dblib.upgrade(url)
            bench(url, "PostgreSQL", args.pages, args.changed)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()


if __name__ == "__main__":
    main()
