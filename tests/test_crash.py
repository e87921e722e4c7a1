"""Crash safety: SIGKILL `factdb archive` and `factdb claims import` at random moments.

After every kill the database opens, fsck passes, nothing is half-stored (a snapshot
without its source, text layer or event; a claim without its citation, revision or
event; an import partly applied), and re-running the same command completes the work.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import create_engine, text

from factdb import integrity
from factdb.store.db import Database

KILLS = 20
PAGES = 800
CLAIM_PAGES = 30
CLAIMS_PER_PAGE = 10
WORDS = ["amber", "basalt", "cedar", "delta", "ember", "fjord", "garnet", "harbor"]
CLI = [sys.executable, "-c", "from factdb.cli import main; main()"]


def line(p: int, i: int) -> str:
    return f"Page {p} line {i} mentions the {WORDS[i % 8]} gauge at {i * 7} metres."


def write_pages(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for p in range(n):
        body = "".join(f"<p>{line(p, i)}</p>" for i in range(CLAIMS_PER_PAGE + 2))
        path = folder / f"p{p:04}.html"
        path.write_text(
            f"<!DOCTYPE html><html><head><meta charset=utf-8><title>P{p}</title></head>"
            f"<body>{body}</body></html>"
        )
        paths.append(path)
    return paths


def write_claims(path: Path, pages: list[Path], batch: int) -> int:
    """A claims file of new claims (ids `bBATCH-...`) on the given pages."""
    claims = []
    for p, page in enumerate(pages):
        for i in range(CLAIMS_PER_PAGE):
            quote = line(p, i).removesuffix(".")
            claims.append(
                {
                    "id": f"b{batch}-{p}-{i}",
                    "statement": f"Reported: {quote}.",
                    "source": page.resolve().as_uri(),
                    "quote": quote,
                }
            )
    path.write_text(yaml.safe_dump(claims))
    return len(claims)


def counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                name: conn.execute(text(sql)).scalar_one()
                for name, sql in {
                    "snapshots": "SELECT count(*) FROM snapshot",
                    "sources": "SELECT count(*) FROM source",
                    "text_layers": "SELECT count(*) FROM text_layer",
                    "archive_events": "SELECT count(*) FROM event "
                    "WHERE action = 'snapshot.archive'",
                    "claims": "SELECT count(*) FROM claim",
                    "citations": "SELECT count(*) FROM citation",
                    "claim_events": "SELECT count(*) FROM event WHERE action = 'claim.create'",
                }.items()
            }
    finally:
        engine.dispose()


def assert_whole(db_url: str) -> dict[str, int]:
    """The database opens, fsck passes, and every stored thing is stored whole."""
    db = Database.open(db_url)
    try:
        report = integrity.fsck(db)
    finally:
        db.close()
    assert report.problems == [], [p.line() for p in report.problems[:5]]
    n = counts(db_url)
    assert n["snapshots"] == n["sources"] == n["text_layers"] == n["archive_events"]
    assert n["claims"] == n["citations"] == n["claim_events"]
    return n


def kill_at_random(args: list[str], delays: tuple[float, float], rng: random.Random) -> bool:
    """Run the CLI and SIGKILL it after a random delay; False if it finished first."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        proc.wait(timeout=rng.uniform(*delays))
    except subprocess.TimeoutExpired:
        proc.kill()  # SIGKILL: no cleanup, no rollback, no atexit
        proc.wait()
        return True
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    return False


def time_startup(db_url: str) -> float:
    """Seconds a short command takes here: the CLI's start-up, before any real work."""
    started = time.monotonic()
    run_to_completion([*CLI, "--db", db_url, "sources", "--json"])
    return time.monotonic() - started


def run_to_completion(args: list[str]) -> None:
    done = subprocess.run(args, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-500:]


@pytest.mark.slow
def test_archive_survives_sigkill_at_random_moments(
    db_url: str, tmp_path: Path, record_property: Any
) -> None:
    rng = random.Random(8)
    write_pages(tmp_path / "pages", PAGES)
    args = [*CLI, "--db", db_url, "archive", str(tmp_path / "pages")]
    startup = time_startup(db_url)
    kills = finished = 0
    seen = []
    while kills < KILLS:
        # Mostly while pages are being stored: the start-up alone stores nothing.
        if kill_at_random(args, (startup * 0.8, startup + 0.5), rng):
            kills += 1
        else:
            finished += 1
        seen.append(assert_whole(db_url)["snapshots"])
        assert finished < 10, "the archive kept finishing before the kill"
    record_property("kills", kills)
    assert seen == sorted(seen)  # progress is kept across kills
    assert sum(0 < n < PAGES for n in seen) >= KILLS // 2  # most kills landed mid-work
    run_to_completion(args)
    n = assert_whole(db_url)
    assert n["snapshots"] == PAGES


@pytest.mark.slow
def test_claims_import_survives_sigkill_at_random_moments(
    db_url: str, tmp_path: Path, record_property: Any
) -> None:
    # One fresh import per kill, so that every kill meets an import with work to do.
    rng = random.Random(20)
    pages = write_pages(tmp_path / "pages", CLAIM_PAGES)
    run_to_completion([*CLI, "--db", db_url, "archive", str(tmp_path / "pages")])

    def command(batch: int) -> list[str]:
        return [*CLI, "--db", db_url, "claims", "import", str(tmp_path / f"claims-{batch}.yaml")]

    startup = time_startup(db_url)
    started = time.monotonic()
    stored = write_claims(tmp_path / "claims-0.yaml", pages, 0)
    run_to_completion(command(0))  # a whole import, to time it
    whole = time.monotonic() - started
    total, kills, batch, killed_before_commit = stored, 0, 0, []
    while kills < KILLS:
        batch += 1
        assert batch <= 2 * KILLS, "the imports kept finishing before the kill"
        size = write_claims(tmp_path / f"claims-{batch}.yaml", pages, batch)
        total += size
        # Anywhere in the import's life, from start-up to the commit.
        killed = kill_at_random(command(batch), (startup * 0.5, whole), rng)
        kills += killed
        if not killed:
            whole *= 0.8  # this machine is quicker now than when it was timed
        n = assert_whole(db_url)
        assert n["claims"] in (stored, stored + size)  # all of the file or none of it
        if n["claims"] == stored:
            killed_before_commit.append(batch)
        stored = n["claims"]
    record_property("kills", kills)
    record_property("kills_before_commit", len(killed_before_commit))
    assert len(killed_before_commit) >= KILLS // 4
    for batch in killed_before_commit:
        run_to_completion(command(batch))
    n = assert_whole(db_url)
    assert n["claims"] == total
