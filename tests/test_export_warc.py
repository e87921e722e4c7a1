"""`factdb export warc`: every snapshot as a WARC response record, read back and re-imported."""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from warcio.archiveiterator import ArchiveIterator

from factdb.store import db as dblib

from .conftest import Runner
from .test_claims import SEED_URL, SOURCES


def snapshots(run: Runner) -> dict[str, dict]:
    data = json.loads(run("sources", "--json").stdout)
    return {s["snapshot"]: {**s, "url": src["url"]} for src in data for s in src["snapshots"]}


def test_export_reads_back_with_digests_and_reimports_identically(
    run: Runner, tmp_path: Path
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    before = snapshots(run)
    out = tmp_path / "archive.warc.gz"
    result = run("export", "warc", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {out}: {len(before)} snapshots.\n"

    records = []
    with out.open("rb") as fh:
        for record in ArchiveIterator(fh, check_digests=True):
            payload = record.content_stream().read()
            assert record.digest_checker.passed is not False, record.digest_checker.problems
            records.append((record, payload))
    assert records[0][0].rec_type == "warcinfo"
    responses = records[1:]
    assert len(responses) == len(before)
    for record, payload in responses:
        sha = hashlib.sha256(payload).hexdigest()
        snap = before[sha]
        headers = record.rec_headers
        assert record.rec_type == "response"
        assert headers.get_header("WARC-Target-URI") == snap["url"]
        assert headers.get_header("WARC-Payload-Digest") and headers.get_header("WARC-Block-Digest")
        when = datetime.fromisoformat(headers.get_header("WARC-Date").replace("Z", "+00:00"))
        assert when == datetime.fromisoformat(snap["retrieved_at"]).astimezone(UTC)
        assert record.http_headers.get_statuscode() == "200"
        assert record.http_headers.get_header("Content-Length") == str(len(payload))

    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    dblib.upgrade(fresh)
    again = Runner(fresh)
    result = again("archive", str(out))
    assert result.exit_code == 0, result.output
    after = snapshots(again)
    assert set(after) == set(before)
    for sha, snap in after.items():
        assert snap["url"] == before[sha]["url"]
        assert snap["retrieved_at"] == before[sha]["retrieved_at"]


def test_original_http_headers_are_kept_and_wire_headers_replaced(
    run: Runner, tmp_path: Path, db_url: str
) -> None:
    assert run("archive", str(SOURCES / "policywatch-3172.html"), "--url", SEED_URL).exit_code == 0
    engine = create_engine(db_url)
    headers = [
        ["Content-Type", "text/html; charset=utf-8"],
        ["Content-Encoding", "gzip"],
        ["Transfer-Encoding", "chunked"],
        ["Server", "nginx"],
    ]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE snapshot SET status = 200, method = 'http', headers = :h"),
            {"h": json.dumps(headers)},
        )
    engine.dispose()
    out = tmp_path / "a.warc.gz"
    assert run("export", "warc", "-o", str(out)).exit_code == 0
    with out.open("rb") as fh:
        responses = [
            (r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(fh, check_digests=True)
            if r.rec_type == "response"
        ]
    [(http, payload)] = responses
    assert http.get_header("Server") == "nginx"
    assert http.get_header("Content-Type") == "text/html; charset=utf-8"
    assert http.get_header("Content-Encoding") is None
    assert http.get_header("Transfer-Encoding") is None
    assert http.get_header("X-Factdb-Original-Content-Encoding") == "gzip"
    assert payload == (SOURCES / "policywatch-3172.html").read_bytes()


def test_corrupt_snapshot_is_not_exported(run: Runner, tmp_path: Path, db_url: str) -> None:
    assert run("archive", str(SOURCES / "policywatch-3172.html"), "--url", SEED_URL).exit_code == 0
    engine = create_engine(db_url)
    with engine.begin() as conn:
        sha, content = conn.execute(text("SELECT sha256, content FROM snapshot")).one()
        raw = bytearray(zlib.decompress(content))
        raw[100] ^= 0x20
        conn.execute(text("UPDATE snapshot SET content = :c"), {"c": zlib.compress(bytes(raw))})
    engine.dispose()
    out = tmp_path / "a.warc.gz"
    result = run("export", "warc", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot export snapshot {sha[:12]}: ")
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))


def test_missing_output_folder(run: Runner, tmp_path: Path) -> None:
    out = tmp_path / "no" / "a.warc.gz"
    result = run("export", "warc", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: cannot write: no folder {out.parent}\n"
