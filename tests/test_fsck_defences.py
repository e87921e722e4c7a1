"""What fsck's replay cannot see alone, and the defences: a head hash kept elsewhere
(`fsck --expect-head`), signed events (`FACTDB_SIGNING_KEY`), text layers verified on load
and recomputed (`--deep`, `--sample`), drift runs in the log, and check runs stored before
the log recorded them (adopted by migration 0009).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from factdb.engine.text import TextLayer, decode_html
from factdb.store import db as dblib
from factdb.store import events
from factdb.store.lookups import layer_digest

from .conftest import SOURCES, Runner

SEED_URL = "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"
#: 32 bytes of Ed25519 seed, pinned for the tests (never a real key).
KEY_HEX = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = create_engine(db_url)
    yield eng
    eng.dispose()


def problems(run: Runner, *args: str) -> tuple[int, list[str], dict]:
    result = run("fsck", *args)
    lines = [line for line in result.stdout.splitlines() if line.split(" ")[0].isupper()]
    report = json.loads(run("fsck", "--json", *args).stdout)
    return result.exit_code, lines, report


def head(run: Runner) -> str:
    return str(json.loads(run("fsck", "--json").stdout)["event_head"])


def _more_claims(tmp_path: Path) -> Path:
    path = tmp_path / "more.yaml"
    path.write_text(
        "- id: late-claim-one\n"
        "  statement: Iran raised enrichment beyond 3.67 percent.\n"
        f"  source: {SEED_URL}\n"
        "  quote: increased its level of enrichment beyond 3.67 percent\n"
        "- id: late-claim-two\n"
        "  statement: The regime exceeded its stockpile.\n"
        f"  source: {SEED_URL}\n"
        "  quote: The regime has already exceeded the amount of low-enriched uranium\n"
    )
    return path


# --- a log cut short: --expect-head ------------------------------------------------------------


def test_claims_deleted_with_their_events_are_caught_only_against_a_kept_head(
    imported: Runner, engine: Engine, tmp_path: Path
) -> None:
    earlier = head(imported)
    assert imported("claims", "import", str(_more_claims(tmp_path))).exit_code == 0
    kept = head(imported)
    with engine.begin() as conn:
        for slug in ("late-claim-one", "late-claim-two"):
            cid = conn.execute(text("SELECT id FROM claim WHERE slug = :s"), {"s": slug}).scalar()
            for table in ("claim_tag", "citation", "claim_revision"):
                conn.execute(text(f"DELETE FROM {table} WHERE claim_id = :c"), {"c": cid})
            conn.execute(text("DELETE FROM claim WHERE id = :c"), {"c": cid})
            conn.execute(
                text("DELETE FROM event WHERE entity_type = 'claim' AND entity_id = :s"),
                {"s": slug},
            )
    # The tail of the log and its rows are gone together: nothing inside the database
    # shows it (the README says so) ...
    code, lines, _ = problems(imported)
    assert (code, lines) == (0, [])
    assert head(imported) == earlier
    # ... but the head hash kept elsewhere does.
    code, lines, report = problems(imported, "--expect-head", kept)
    assert code == 1
    assert lines == [
        f"HEAD expected head {kept}: the log does not contain it: events were cut from its "
        "end, or the chain was rewritten"
    ]
    assert report["expected_head"] == kept
    assert [p["kind"] for p in report["problems"]] == ["head"]


def test_an_older_kept_head_still_in_the_log_passes(imported: Runner, tmp_path: Path) -> None:
    earlier = head(imported)
    assert imported("claims", "import", str(_more_claims(tmp_path))).exit_code == 0
    result = imported("fsck", "--expect-head", earlier.upper())
    assert result.exit_code == 0, result.output
    assert f"Expected head {earlier}: found." in result.stdout


@pytest.mark.parametrize("value", ["abc", "z" * 64, "0" * 63])
def test_expect_head_that_is_no_hash_is_a_usage_error(run: Runner, value: str) -> None:
    assert run("init").exit_code == 0
    result = run("fsck", "--expect-head", value)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {value.lower()!r} is not an event hash (64 hex digits)\n"


# --- signed events -------------------------------------------------------------------------------


@pytest.fixture
def signed(
    run: Runner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[Runner, str]]:
    """The bundled archive imported and checked with a signing key set (a file holding
    the PEM private key); yields the runner and the public key as hex."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(KEY_HEX))
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path = tmp_path / "factdb-signing.pem"
    path.write_bytes(pem)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    monkeypatch.setenv("FACTDB_SIGNING_KEY", str(path))
    for args in (("archive", str(SOURCES)), ("claims", "import", str(SOURCES / "claims.yaml"))):
        assert run(*args).exit_code == 0
    assert run("check").exit_code == 0
    yield run, public.hex()


def test_every_event_is_signed_and_verified(signed: tuple[Runner, str], engine: Engine) -> None:
    run, _ = signed
    with engine.connect() as conn:
        unsigned = conn.execute(text("SELECT count(*) FROM event WHERE signature IS NULL"))
        total = conn.execute(text("SELECT count(*) FROM event")).scalar_one()
        assert unsigned.scalar_one() == 0
    result = run("fsck")
    assert result.exit_code == 0, result.output
    assert f"{total} signatures verified, 0 missing or wrong." in result.stdout


def _rewrite_chain(conn: Connection, victim: int) -> None:
    """What a forger with write access and without the key does: edit an event and
    recompute every hash from it on, so that the chain holds again."""
    rows = conn.execute(text("SELECT * FROM event WHERE id >= :i ORDER BY id"), {"i": victim})
    prev = conn.execute(text("SELECT prev_hash FROM event WHERE id = :i"), {"i": victim}).scalar()
    for row in rows.mappings().all():
        fields = {name: row[name] for name in events.FIELDS}
        for name in ("before", "after"):
            if isinstance(fields[name], str):
                fields[name] = json.loads(fields[name])
        at = row["at"]
        fields["at"] = dblib_at(at)
        if row["id"] == victim:
            fields["actor"] = "mallory"
        digest = events.event_hash(fields, prev)
        conn.execute(
            text("UPDATE event SET actor = :a, prev_hash = :p, hash = :h WHERE id = :i"),
            {"a": fields["actor"], "p": prev, "h": digest, "i": row["id"]},
        )
        prev = digest


def dblib_at(value: object) -> object:
    from datetime import UTC, datetime

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_a_rewritten_chain_passes_without_the_key_and_fails_with_it(
    signed: tuple[Runner, str], engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, public = signed
    with engine.begin() as conn:
        victim = conn.execute(
            text("SELECT min(id) FROM event WHERE action = 'claim.create'")
        ).scalar_one()
        _rewrite_chain(conn, victim)
    monkeypatch.delenv("FACTDB_SIGNING_KEY")
    # Without a key the rewritten chain is a valid chain: the README says so.
    code, lines, report = problems(run)
    assert (code, lines) == (0, [])
    assert report["signatures_verified"] is False and report["signed_events"] > 0
    # With the public key alone (kept apart from the database), every rewritten event fails.
    monkeypatch.setenv("FACTDB_VERIFY_KEY", public)
    code, lines, report = problems(run)
    assert code == 1
    assert lines[0].startswith(f"UNSIGNED event {victim} (claim.create claim ")
    assert lines[0].endswith(
        "its signature does not verify with the key: it was forged or rewritten"
    )
    assert {p["kind"] for p in report["problems"]} == {"signature"}
    assert len(lines) == report["events"] - victim + 1


def test_signatures_stripped_from_the_log_are_named(
    signed: tuple[Runner, str], engine: Engine
) -> None:
    run, _ = signed
    with engine.begin() as conn:
        last = conn.execute(text("SELECT max(id) FROM event")).scalar_one()
        conn.execute(text("UPDATE event SET signature = NULL WHERE id >= :i"), {"i": last - 1})
    code, lines, _ = problems(run)
    assert code == 1
    assert any(
        line.startswith(f"UNSIGNED event {last - 1} ") and "it is not signed" in line
        for line in lines
    )
    assert any("the last event is not signed" in line for line in lines)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("FACTDB_SIGNING_KEY", "/nonexistent/key.pem", "not a key (PEM or 64 hex digits)"),
        (
            "FACTDB_SIGNING_KEY",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            "not an Ed25519 private key",
        ),
        (
            "FACTDB_VERIFY_KEY",
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
            "not an Ed25519 public key",
        ),
    ],
)
def test_a_bad_key_is_one_line_and_nothing_is_stored(
    run: Runner,
    monkeypatch: pytest.MonkeyPatch,
    engine: Engine,
    name: str,
    value: str,
    message: str,
) -> None:
    assert run("init").exit_code == 0
    monkeypatch.setenv(name, value)
    command = (
        ("fsck",)
        if name == "FACTDB_VERIFY_KEY"
        else ("archive", str(SOURCES / "policywatch-3172.html"))
    )
    result = run(*command)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {name}: {message}")
    assert len(result.stderr.splitlines()) == 1
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM snapshot")).scalar_one() == 0


# --- text layers ---------------------------------------------------------------------------------


def _forge_layer(conn: Connection, snapshot_id: int, *, digest: bool) -> tuple[int, str]:
    """Replace a word of the cached layer's text (same length, other words); with
    `digest`, recompute the stored digest to match."""
    layer_id, data, sha, content = conn.execute(
        text(
            "SELECT t.id, t.data, s.sha256, s.content FROM text_layer t "
            "JOIN snapshot s ON s.id = t.snapshot_id WHERE s.id = :s"
        ),
        {"s": snapshot_id},
    ).one()
    html, _ = decode_html(zlib.decompress(content), None)
    layer = TextLayer.from_bytes(bytes(data), html)
    word = next(w for w in layer.text.split() if len(w) >= 6 and w.isalpha())
    forged_text = layer.text.replace(word, word[::-1])
    assert forged_text != layer.text and len(forged_text) == len(layer.text)
    forged = TextLayer(
        forged_text,
        html,
        layer.charset,
        (layer._rt, layer._rh, layer._re),
        base=layer._base,
        errors=layer._errors,
        version=layer.version,
    ).to_bytes()
    new_digest = layer_digest(sha, layer.version, forged) if digest else None
    conn.execute(
        text("UPDATE text_layer SET data = :d, sha256 = coalesce(:h, sha256) WHERE id = :i"),
        {"d": forged, "h": new_digest, "i": layer_id},
    )
    return layer_id, word


def test_a_layer_not_matching_its_digest_is_never_used(imported: Runner, engine: Engine) -> None:
    sha = json.loads(imported("sources", "--json").stdout)
    snapshot = next(s for s in sha if s["url"] == SEED_URL)["snapshots"][0]["snapshot"]
    truth = imported("text", snapshot).stdout
    with engine.begin() as conn:
        sid = conn.execute(
            text("SELECT id FROM snapshot WHERE sha256 = :s"), {"s": snapshot}
        ).scalar()
        layer_id, word = _forge_layer(conn, sid, digest=False)
    assert word in truth
    assert imported("text", snapshot).stdout == truth  # rebuilt from the bytes
    assert imported("check").exit_code == 0
    code, lines, _ = problems(imported)
    assert code == 1
    assert lines == [
        f"FORGED text layer {layer_id} (snapshot {snapshot[:12]}, extractor 1): its bytes do "
        "not match its digest: edited behind factdb's back or corrupt (factdb rebuilds it "
        "from the snapshot on every use)"
    ]


def test_an_uncited_layer_forged_with_its_digest_is_named_by_the_log_and_when_recomputed(
    imported: Runner, engine: Engine
) -> None:
    # Every layer of the extractor version a page was archived with has its digest in the
    # log (the snapshot's event); recomputing it from the bytes names it as forged too.
    with engine.begin() as conn:
        layer_id, _ = _forge_layer(conn, 2, digest=True)
        sha = conn.execute(text("SELECT sha256 FROM snapshot WHERE id = 2")).scalar_one()
    altered = f"ALTERED snapshot {sha}: its text layer (1) has digest "
    forged = (
        f"FORGED text layer {layer_id} (snapshot {sha[:12]}, extractor 1): it differs from "
        "the layer re-extracted from the snapshot's bytes: at text offset "
    )
    code, lines, report = problems(imported, "--sample", "0")
    assert code == 1
    [line] = lines  # not recomputed: the printed rate says so
    assert line.startswith(altered)
    assert report["sample_rate"] == 0.0 and report["text_layers_recomputed"] == 1
    assert "(every cited snapshot's, 0% of the others)" in imported("fsck", "--sample", "0").stdout
    for args in (("--deep",), ("--sample", "1")):
        code, lines, report = problems(imported, *args)
        assert code == 1
        first, second = lines
        assert first.startswith(forged) and first.endswith(": forged")
        assert second.startswith(altered)
        assert report["text_layers_recomputed"] == report["text_layers"] == 4
    assert "(every cited snapshot's, all)" in imported("fsck", "--deep").stdout
    default = imported("fsck").stdout
    assert "(every cited snapshot's, 10% of the others)" in default


def test_a_forged_cited_layer_is_recomputed_by_default(imported: Runner, engine: Engine) -> None:
    with engine.begin() as conn:
        layer_id, _ = _forge_layer(conn, 1, digest=True)
        sha = conn.execute(text("SELECT sha256 FROM snapshot WHERE id = 1")).scalar_one()
    code, lines, report = problems(imported, "--sample", "0")
    assert code == 1
    forged = [line for line in lines if line.startswith("FORGED")]
    assert forged[0].startswith(
        f"FORGED text layer {layer_id} (snapshot {sha[:12]}, extractor 1): it differs from "
        "the layer re-extracted from the snapshot's bytes: at text offset "
    )
    assert report["text_layers_recomputed"] == 1


# --- runs in the log ----------------------------------------------------------------------------


def test_a_recheck_run_is_recorded_and_a_flipped_drift_result_named(
    imported: Runner, engine: Engine, tmp_path: Path
) -> None:
    page = (SOURCES / "policywatch-3172.html").read_text(encoding="utf-8")
    newer = tmp_path / "v2.html"
    newer.write_text(page.replace("beyond 3.67 percent", "beyond 3.5 percent"), encoding="utf-8")
    result = imported("recheck", SEED_URL, "--against", str(newer))
    assert result.exit_code == 1  # the quote was edited on the newer capture
    with engine.connect() as conn:
        run_id = conn.execute(
            text("SELECT max(run_id) FROM check_result WHERE kind = 'drift'")
        ).scalar()
        after = conn.execute(
            text("SELECT after FROM event WHERE action = 'check.run' AND entity_id = :r"),
            {"r": str(run_id)},
        ).scalar_one()
    after = json.loads(after) if isinstance(after, str) else after
    assert after["results"]["statuses"]["fail"] >= 1
    assert problems(imported)[0] == 0
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE check_result SET status = 'pass' WHERE run_id = :r AND status = 'fail'"),
            {"r": run_id},
        )
    code, lines, _ = problems(imported)
    assert code == 1
    [line] = lines
    assert line.startswith(f"ALTERED check run {run_id}: its ")
    assert "(by status fail 1 → 0, pass" in line


def test_check_runs_stored_before_migration_0009_are_adopted(
    imported: Runner, db_url: str, engine: Engine
) -> None:
    assert imported("check").exit_code == 0
    with engine.begin() as conn:
        # A database from before 0009: its run has no event, its layers no digest.
        conn.execute(text("DELETE FROM event WHERE action = 'check.run'"))
    dblib.downgrade(db_url, "0008")
    dblib.upgrade(db_url)
    with engine.connect() as conn:
        after = conn.execute(
            text("SELECT after FROM event WHERE action = 'check.run'")
        ).scalar_one()
        assert (
            conn.execute(text("SELECT count(*) FROM text_layer WHERE sha256 IS NULL")).scalar_one()
            == 0
        )
    after = json.loads(after) if isinstance(after, str) else after
    assert after["adopted"] == "0009" and after["results"]["count"] > 0
    code, lines, _ = problems(imported)
    assert (code, lines) == (0, [])
    with engine.begin() as conn:
        conn.execute(text("UPDATE check_result SET status = 'fail' WHERE id = 1"))
    assert problems(imported)[1][0].startswith("ALTERED check run 1: ")
