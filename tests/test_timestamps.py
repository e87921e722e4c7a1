"""Trusted timestamps (RFC 3161): `factdb timestamp`, `archive --timestamp`, `fsck`'s check
of every token, and `export timestamps` verified by `openssl ts -verify`, against a real
TSA (OpenSSL's) that the tests run on 127.0.0.1 with their own test PKI (tests/tsa.py)."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from factdb.store.db import Database
from factdb.store.models import Event, TimestampToken

from .conftest import BACKEND, SOURCES, Runner
from .test_archived_copy import ok
from .tsa import TSAServer, closed_port_url, serve

SEED_FILE = SOURCES / "policywatch-3172.html"


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TSAServer]:
    yield from serve(tmp_path_factory.mktemp("tsa"))


def seed_snapshot(run: Runner) -> str:
    sources = json.loads(ok(run, "sources", "--json"))
    [seed] = [s for s in sources if "washingtoninstitute" in s["url"]]
    return str(seed["snapshots"][0]["snapshot"])


def counts(db_url: str) -> tuple[int, int]:
    db = Database.open(db_url)
    try:
        with db.session() as s:
            return (
                s.scalar(select(func.count()).select_from(Event)) or 0,
                s.scalar(select(func.count()).select_from(TimestampToken)) or 0,
            )
    finally:
        db.close()


def openssl_verify(token: Path, digest: str, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", "ts", "-verify", "-in", str(token), "-digest", digest, "-CAfile", str(ca)],
        capture_output=True,
        text=True,
    )


def test_a_snapshot_is_stamped_fsck_verifies_it_and_openssl_verifies_the_export(
    imported: Runner, tsa: TSAServer, tmp_path: Path
) -> None:
    sha = seed_snapshot(imported)
    before = datetime.now(UTC)
    [stamp] = json.loads(
        ok(
            imported,
            "timestamp",
            sha[:12],
            "--tsa",
            tsa.url(),
            "--tsa-ca",
            str(tsa.pki.ca),
            "--json",
        )  # fmt: skip
    )
    assert (stamp["kind"], stamp["subject"], stamp["tsa"]) == ("snapshot", sha, tsa.url())
    assert stamp["chain_verified"] is True
    when = datetime.fromisoformat(stamp["time"])
    assert before - timedelta(seconds=5) <= when <= datetime.now(UTC) + timedelta(seconds=5)
    report = json.loads(ok(imported, "fsck", "--tsa-ca", str(tsa.pki.ca), "--json"))
    assert report["problems"] == []
    [token] = report["timestamps"]
    assert token["ok"] and token["chain_verified"] and token["time"] == stamp["time"]
    # Without trusted roots, fsck still checks the imprint and says the chain is unchecked.
    text = ok(imported, "fsck")
    assert (
        f"TIMESTAMPED snapshot {sha[:12]}: {stamp['time']} by {tsa.url()} (chain not verified)"
        in text
    )
    assert "1 time-stamp tokens checked, 0 bad." in text
    # The exported token verifies with OpenSSL alone, against the bytes and the digest.
    out = tmp_path / "tokens"
    ok(imported, "export", "timestamps", "-o", str(out))
    [path] = out.iterdir()
    assert path.name == f"snapshot-{sha}-1.tsr"
    result = openssl_verify(path, sha, tsa.pki.ca)
    assert result.stdout.strip() == "Verification: OK", result.stderr
    by_data = subprocess.run(
        ["openssl", "ts", "-verify", "-in", str(path), "-data", str(SEED_FILE), "-CAfile",
         str(tsa.pki.ca)], capture_output=True, text=True,
    )  # fmt: skip
    assert by_data.stdout.strip() == "Verification: OK", by_data.stderr
    # ... and not for other bytes, nor against another root.
    assert openssl_verify(path, "00" * 32, tsa.pki.ca).returncode != 0
    assert openssl_verify(path, sha, tsa.pki.other_ca).returncode != 0


def test_the_event_log_head_is_stamped_and_a_log_cut_short_is_found(
    imported: Runner, tsa: TSAServer, tmp_path: Path, db_url: str
) -> None:
    ok(imported, "claim", "rate", "leu-swap-80-percent", "Mostly true")
    head = json.loads(ok(imported, "fsck", "--json"))["event_head"]
    [stamp] = json.loads(
        ok(
            imported,
            "timestamp",
            "--head",
            "--tsa",
            tsa.url(),
            "--tsa-ca",
            str(tsa.pki.ca),
            "--json",
        )  # fmt: skip
    )
    assert (stamp["kind"], stamp["subject"]) == ("event-head", head)
    out = tmp_path / "tokens"
    ok(imported, "export", "timestamps", "-o", str(out))
    [path] = out.iterdir()
    assert openssl_verify(path, head, tsa.pki.ca).stdout.strip() == "Verification: OK"
    assert json.loads(ok(imported, "fsck", "--tsa-ca", str(tsa.pki.ca), "--json"))["problems"] == []
    # The log's end cut from the stamped head (the rating) on: the chain that is left is
    # whole, but the token names a head the log no longer has.
    db = Database.open(db_url)
    try:
        with db.session() as s:
            head_id = s.scalar(select(Event.id).where(Event.hash == head))
            s.execute(delete(Event).where(Event.id >= head_id))
    finally:
        db.close()
    result = imported("fsck", "--tsa-ca", str(tsa.pki.ca), "--json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    # (The replayed log also misses the rating's revision row.)
    [problem] = [p for p in problems if p["kind"] == "timestamp"]
    assert problem == {
        "kind": "timestamp",
        "token": 1,
        "subject": head,
        "problem": "no event of the log has that hash: events were cut or edited",
    }


def test_archive_timestamp_stamps_each_capture(run: Runner, tsa: TSAServer, db_url: str) -> None:
    data = json.loads(
        ok(
            run,
            "archive",
            str(SEED_FILE),
            "--timestamp",
            "--tsa",
            tsa.url(),
            "--tsa-ca",
            str(tsa.pki.ca),
            "--json",
        )  # fmt: skip
    )
    [item] = data
    assert item["timestamp"]["subject"] == item["snapshot"]
    assert item["timestamp"]["chain_verified"] is True
    # Archived again: nothing new to stamp.
    again = json.loads(
        ok(run, "archive", str(SEED_FILE), "--timestamp", "--tsa", tsa.url(), "--json")
    )
    assert again[0]["timestamp"] is None
    assert counts(db_url)[1] == 1


def test_a_tsa_that_is_down_is_one_line_and_the_capture_is_stored(run: Runner, db_url: str) -> None:
    down = closed_port_url()
    result = run("archive", str(SEED_FILE), "--timestamp", "--tsa", down)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    [line] = [x for x in lines if x.startswith("Error:")]
    assert re.fullmatch(
        rf"Error: timestamp of [0-9a-f]{{12}}: TSA {re.escape(down)}: ConnectError: .+", line
    )
    assert len(json.loads(ok(run, "sources", "--json"))) == 1
    assert counts(db_url)[1] == 0
    assert json.loads(ok(run, "fsck", "--json"))["problems"] == []


@pytest.mark.parametrize(
    ("path", "ca", "message"),
    [
        ("/other", "ca", r"the token is for other bytes: it imprints [0-9a-f]{64}, not {sha}"),
        ("/garbage", "ca", r"the reply is not an RFC 3161 time-stamp reply \(1024 bytes\)"),
        ("/html", "ca", r"the reply is not an RFC 3161 time-stamp reply \(52 bytes, starting "
         r"'<html><body><h1>Welcome to nginx!</h1></'\)"),
        ("/error", "ca", r"answered HTTP 500"),
        ("/expired", "ca", r"the token's signature or certificate does not verify against the "
         r"trusted roots: .+"),
        ("/tsr", "other_ca", r"the token's signature or certificate does not verify against "
         r"the trusted roots: .+"),
    ],
)  # fmt: skip
def test_a_bad_reply_is_one_line_and_stores_nothing(
    imported: Runner, tsa: TSAServer, db_url: str, path: str, ca: str, message: str
) -> None:
    sha = seed_snapshot(imported)
    before = counts(db_url)
    url = tsa.url(path)
    result = imported("timestamp", sha, "--tsa", url, "--tsa-ca", str(getattr(tsa.pki, ca)))
    assert result.exit_code == 1
    sep = " " if path == "/error" else ": "
    expected = rf"Error: TSA {re.escape(url)}{sep}" + message.replace("{sha}", sha) + "\n"
    assert re.fullmatch(expected, result.stderr), result.stderr
    assert counts(db_url) == before


def test_fsck_refuses_tokens_that_do_not_chain_to_its_roots(
    imported: Runner, tsa: TSAServer
) -> None:
    sha = seed_snapshot(imported)
    # Stored without roots to check against: the expired TSA's token, and a good one.
    ok(imported, "timestamp", sha, "--tsa", tsa.url("/expired"))
    ok(imported, "timestamp", sha, "--tsa", tsa.url())
    assert json.loads(ok(imported, "fsck", "--json"))["problems"] == []
    result = imported("fsck", "--tsa-ca", str(tsa.pki.ca), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    [problem] = report["problems"]
    assert problem["token"] == 1 and problem["kind"] == "timestamp"
    assert problem["problem"].startswith(
        "the token's signature or certificate does not verify against the trusted roots"
    )
    assert [t["ok"] for t in report["timestamps"]] == [False, True]
    # Against another root, neither is trusted.
    other = json.loads(imported("fsck", "--tsa-ca", str(tsa.pki.other_ca), "--json").stdout)
    assert [p["token"] for p in other["problems"]] == [1, 2]
    text = imported("fsck", "--tsa-ca", str(tsa.pki.ca)).stdout
    assert f"TIMESTAMP token 1 (snapshot {sha[:12]}): the token's signature" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--head"], "Error: name a time-stamping authority: --tsa URL (or $FACTDB_TSA_URL)"),
        (["--tsa", "http://127.0.0.1:9/"], "Error: name snapshots to stamp, or --head (not both)"),
        (["--tsa", "ftp://x/", "--head"], "Error: --tsa 'ftp://x/' is not an http(s) URL"),
        (["--tsa", "http://127.0.0.1:9/", "--head", "--tsa-ca", "/nonexistent.pem"],
         "Error: --tsa-ca /nonexistent.pem: No such file or directory"),
    ],
)  # fmt: skip
def test_usage_errors(
    imported: Runner, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.delenv("FACTDB_TSA_URL", raising=False)
    monkeypatch.delenv("FACTDB_TSA_CA", raising=False)
    result = imported("timestamp", *args)
    assert (result.exit_code, result.stderr) == (2, message + "\n")


@pytest.mark.skipif(BACKEND != "sqlite", reason="a PostgreSQL database is no file to replace")
def test_export_timestamps_never_writes_over_the_database(
    imported: Runner, tsa: TSAServer, tmp_path: Path, db_url: str
) -> None:
    """A token file in the output folder that is a link to the database is refused with one
    line naming both, and the database stays byte for byte what it was (issue 18 item 2)."""
    sha = seed_snapshot(imported)
    ok(imported, "timestamp", sha[:12], "--tsa", tsa.url(), "--tsa-ca", str(tsa.pki.ca))
    db = Path(db_url.removeprefix("sqlite:///"))
    out = tmp_path / "tokens"
    out.mkdir()
    link = out / f"snapshot-{sha}-1.tsr"
    link.symlink_to(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = imported("export", "timestamps", "-o", str(out))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"Error: {link}: is the database {db}: refusing to write over it"
    ]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert link.is_symlink() and not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    # A file (not a folder) given as the output folder: one line too.
    afile = tmp_path / "afile"
    afile.write_text("x")
    result = imported("export", "timestamps", "-o", str(afile / "sub"))
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.output
