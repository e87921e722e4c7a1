"""Tamper evidence: `factdb fsck` names every edit made behind factdb's back, and backups.

Each tamper case edits the database directly through SQL, as someone with write access
to the file or server could, and asserts that fsck exits 1 naming what was changed.
"""

from __future__ import annotations

import json
import shutil
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from factdb.store import db as dblib
from factdb.store import events
from factdb.store.models import Event, utcnow

from .conftest import BACKEND, Runner

ROOT = Path(__file__).parent.parent
SOURCES = ROOT / "sources"
FIRST_CLAIM = "iran-enrichment-above-367"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = create_engine(db_url)
    yield eng
    eng.dispose()


def fsck(run: Runner) -> tuple[int, list[str], dict]:
    """fsck's exit code, its problem lines, and its JSON report."""
    result = run("fsck")
    lines = [line for line in result.stdout.splitlines() if line.split(" ")[0].isupper()]
    report = json.loads(run("fsck", "--json").stdout)
    return result.exit_code, lines, report


def scalar(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(sql), params).scalar_one()


def test_every_event_is_chained_to_the_one_before(imported: Runner, engine: Engine) -> None:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT prev_hash, hash FROM event ORDER BY id")).all()
    assert len(rows) > 20
    assert rows[0][0] == events.GENESIS
    for (_, before), (prev, digest) in zip(rows, rows[1:], strict=False):
        assert prev == before
        assert len(digest) == 64
    assert len({h for _, h in rows}) == len(rows)


def test_intact_archive_passes_fsck_and_reports_what_it_checked(
    imported: Runner, engine: Engine
) -> None:
    code, lines, report = fsck(imported)
    assert code == 0 and lines == []
    with engine.connect() as conn:
        head = scalar(conn, "SELECT hash FROM event ORDER BY id DESC LIMIT 1")
        n_events = scalar(conn, "SELECT count(*) FROM event")
        n_citations = scalar(conn, "SELECT count(*) FROM citation")
    assert report["problems"] == []
    assert report["snapshots"] == 4
    assert report["events"] == n_events
    assert report["citations"] == n_citations
    assert report["event_head"] == head
    assert report["unchained_events"] == 0
    assert imported("fsck").stdout.splitlines()[-1] == f"Event log head: {head}"


def test_record_and_insert_many_chain_in_one_transaction(db: dblib.Database) -> None:
    with db.session() as session:
        events.record(session, actor="ann", action="test.one", entity_type="test", entity_id="1")
        events.insert_many(
            session,
            [
                events.row(actor="ann", action="test.many", entity_type="test", entity_id=str(i))
                for i in range(3)
            ],
        )
        events.record(session, actor="ann", action="test.two", entity_type="test", entity_id="2")
    with db.session() as session:
        stored = session.query(Event).order_by(Event.id).all()
    assert [e.action for e in stored] == ["test.one", *["test.many"] * 3, "test.two"]
    prev = events.GENESIS
    for event in stored:
        assert event.prev_hash == prev
        assert event.hash == events.event_hash(events.as_dict(event), prev)
        prev = event.hash


def test_events_from_before_the_chain_are_counted_not_failed(run: Runner, engine: Engine) -> None:
    # A log begun before migration 0003 has events without hashes; the chain follows them.
    with engine.begin() as conn:
        conn.execute(
            Event.__table__.insert(),
            [
                {
                    "at": utcnow(),
                    "actor": "old",
                    "action": "legacy",
                    "entity_type": "x",
                    "entity_id": str(i),
                }
                for i in range(2)
            ],
        )
    assert run("archive", str(SOURCES / "readability-bbc-1.html")).exit_code == 0
    code, lines, report = fsck(run)
    assert (code, lines) == (0, [])
    assert report["unchained_events"] == 2
    assert "(2 from before the log was chained)" in run("fsck").stdout


# --- tampering --------------------------------------------------------------------------------


def _event_id(
    conn: Connection, action: str, entity_id: str | None = None, last: bool = False
) -> int:
    where = "action = :a" + (" AND entity_id = :e" if entity_id else "")
    order = "DESC" if last else "ASC"
    sql = f"SELECT id FROM event WHERE {where} ORDER BY id {order} LIMIT 1"
    return int(scalar(conn, sql, a=action, e=entity_id))


def _next_id(conn: Connection, event_id: int) -> int:
    return int(scalar(conn, "SELECT min(id) FROM event WHERE id > :i", i=event_id))


def edit_event(conn: Connection) -> str:
    victim = _event_id(conn, "claim.create", FIRST_CLAIM)
    conn.execute(text("UPDATE event SET actor = 'mallory' WHERE id = :i"), {"i": victim})
    return f"TAMPERED event {victim} (claim.create claim {FIRST_CLAIM})"


def edit_event_after_field(conn: Connection) -> str:
    victim = _event_id(conn, "claim.create", FIRST_CLAIM)
    after = scalar(conn, "SELECT after FROM event WHERE id = :i", i=victim)
    after = json.loads(after) if isinstance(after, str) else after
    after["statement"] = "Iran never enriched uranium."
    conn.execute(
        text("UPDATE event SET after = :a WHERE id = :i"), {"a": json.dumps(after), "i": victim}
    )
    return f"TAMPERED event {victim} (claim.create claim {FIRST_CLAIM})"


def forge_event_and_its_hash(conn: Connection) -> str:
    # A careful forger recomputes the edited event's own hash: the next link breaks.
    victim = _event_id(conn, "claim.create", FIRST_CLAIM)
    row = conn.execute(text("SELECT * FROM event WHERE id = :i"), {"i": victim}).mappings().one()
    fields = {name: row[name] for name in events.FIELDS}
    fields["actor"] = "mallory"
    fields["at"] = Event.__table__.c.at.type.process_result_value(_parse_at(row["at"]), None)
    for name in ("before", "after"):
        if isinstance(fields[name], str):
            fields[name] = json.loads(fields[name])
    forged = events.event_hash(fields, row["prev_hash"])
    conn.execute(
        text("UPDATE event SET actor = 'mallory', hash = :h WHERE id = :i"),
        {"h": forged, "i": victim},
    )
    return f"BROKEN event {_next_id(conn, victim)} "


def _parse_at(value: object) -> object:
    from datetime import datetime

    return datetime.fromisoformat(value) if isinstance(value, str) else value


def delete_event(conn: Connection) -> str:
    victim = _event_id(conn, "claim.create", FIRST_CLAIM)
    after = _next_id(conn, victim)
    conn.execute(text("DELETE FROM event WHERE id = :i"), {"i": victim})
    return f"BROKEN event {after} "


def delete_last_event(conn: Connection) -> str:
    # The chain cannot show a cut tail; the claim left without its event can.
    victim = int(scalar(conn, "SELECT max(id) FROM event"))
    slug = scalar(conn, "SELECT entity_id FROM event WHERE id = :i", i=victim)
    conn.execute(text("DELETE FROM event WHERE id = :i"), {"i": victim})
    return f"UNRECORDED claim {slug}: no event records it"


def reorder_events(conn: Connection) -> str:
    a = _event_id(conn, "claim.create", FIRST_CLAIM)
    b = _next_id(conn, a)
    for old, new in ((a, -1), (b, a), (-1, b)):
        conn.execute(text("UPDATE event SET id = :n WHERE id = :o"), {"n": new, "o": old})
    return "reordered"


def drop_event_hash(conn: Connection) -> str:
    victim = _event_id(conn, "claim.create", FIRST_CLAIM)
    conn.execute(
        text("UPDATE event SET hash = NULL, prev_hash = NULL WHERE id = :i"), {"i": victim}
    )
    return f"BROKEN event {victim} (claim.create claim {FIRST_CLAIM}): it has no hash"


def flip_snapshot_byte(conn: Connection) -> str:
    sha, content = conn.execute(
        text("SELECT sha256, content FROM snapshot ORDER BY id LIMIT 1")
    ).one()
    raw = bytearray(zlib.decompress(content))
    raw[len(raw) // 2] ^= 0x01
    conn.execute(
        text("UPDATE snapshot SET content = :c WHERE sha256 = :s"),
        {"c": zlib.compress(bytes(raw)), "s": sha},
    )
    return f"CORRUPT snapshot {sha} "


def edit_citation_exact(conn: Connection) -> str:
    cid = int(
        scalar(
            conn,
            "SELECT citation.id FROM citation JOIN claim ON claim.id = citation.claim_id "
            "WHERE claim.slug = :s",
            s=FIRST_CLAIM,
        )
    )
    conn.execute(
        text("UPDATE citation SET exact = replace(exact, '3.67', '36.7') WHERE id = :i"),
        {"i": cid},
    )
    return f"MISMATCH citation {cid} (claim {FIRST_CLAIM}, "


def shift_citation_span(conn: Connection) -> str:
    cid = int(scalar(conn, "SELECT min(id) FROM citation"))
    conn.execute(
        text(
            "UPDATE citation SET text_start = text_start + 1, text_end = text_end + 1 WHERE id = :i"
        ),
        {"i": cid},
    )
    return f"MISMATCH citation {cid} "


def delete_citation(conn: Connection) -> str:
    conn.execute(
        text("DELETE FROM citation WHERE claim_id = (SELECT id FROM claim WHERE slug = :s)"),
        {"s": FIRST_CLAIM},
    )
    return f"INCOMPLETE claim {FIRST_CLAIM}: it has no citation"


def insert_claim_around_factdb(conn: Connection) -> str:
    claim_id = scalar(conn, "SELECT id FROM claim WHERE slug = :s", s=FIRST_CLAIM)
    conn.execute(text("UPDATE claim SET slug = 'forged-claim' WHERE id = :i"), {"i": claim_id})
    return "UNRECORDED claim forged-claim"


TAMPERS: dict[str, Callable[[Connection], str]] = {
    "edited event": edit_event,
    "edited event data": edit_event_after_field,
    "edited event with a recomputed hash": forge_event_and_its_hash,
    "deleted event": delete_event,
    "deleted last event": delete_last_event,
    "reordered events": reorder_events,
    "event hash removed": drop_event_hash,
    "changed snapshot byte": flip_snapshot_byte,
    "citation exact edited": edit_citation_exact,
    "citation span shifted": shift_citation_span,
    "citation deleted": delete_citation,
    "claim renamed behind factdb": insert_claim_around_factdb,
}
#: The problem kind fsck's JSON must report for each tamper.
KINDS = {
    "edited event": "event",
    "edited event data": "event",
    "edited event with a recomputed hash": "chain",
    "deleted event": "chain",
    "deleted last event": "unrecorded",
    "reordered events": "chain",
    "event hash removed": "chain",
    "changed snapshot byte": "snapshot",
    "citation exact edited": "citation",
    "citation span shifted": "citation",
    "citation deleted": "incomplete",
    "claim renamed behind factdb": "unrecorded",
}


@pytest.mark.parametrize("case", list(TAMPERS))
def test_fsck_names_tampering(imported: Runner, engine: Engine, case: str) -> None:
    with engine.begin() as conn:
        expected = TAMPERS[case](conn)
    code, lines, report = fsck(imported)
    assert code == 1
    assert any(expected in line for line in lines), (expected, lines)
    assert KINDS[case] in {p["kind"] for p in report["problems"]}


def test_fsck_names_the_deleted_event_as_deleted(imported: Runner, engine: Engine) -> None:
    with engine.begin() as conn:
        delete_event(conn)
    _, lines, _ = fsck(imported)
    [line] = [line for line in lines if line.startswith("BROKEN")]
    assert line.endswith("is missing or altered: an event was deleted or edited")


def test_fsck_names_reordered_events_as_reordered(imported: Runner, engine: Engine) -> None:
    with engine.begin() as conn:
        reorder_events(conn)
    _, lines, _ = fsck(imported)
    assert lines and all(line.startswith("BROKEN") for line in lines)
    assert any(line.endswith("not the event before it: reordered") for line in lines)


# --- backup and restore -------------------------------------------------------------------


@pytest.mark.skipif(BACKEND != "sqlite", reason="factdb backup copies SQLite databases")
def test_backup_restores_to_a_database_that_passes_fsck_and_check(
    imported: Runner, tmp_path: Path
) -> None:
    target = tmp_path / "backups" / "copy.sqlite"
    target.parent.mkdir()
    result = imported("backup", "--json", str(target))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["path"] == str(target) and report["claims"] == 23
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite"]  # no partial file
    restored = tmp_path / "restored.sqlite"
    shutil.copyfile(target, restored)
    run = Runner(f"sqlite:///{restored}")
    fsck_result = run("fsck", "--json")
    assert fsck_result.exit_code == 0, fsck_result.output
    assert json.loads(fsck_result.stdout)["event_head"] == report["event_head"]
    # Compared before checking: the list shows each claim's latest check status.
    assert imported("claims", "list", "--json").stdout == run("claims", "list", "--json").stdout
    assert run("check").exit_code == 0


@pytest.mark.skipif(BACKEND != "sqlite", reason="factdb backup copies SQLite databases")
def test_backup_refuses_to_overwrite(imported: Runner, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"precious")
    result = imported("backup", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target}: already exists; give a new file name\n"
    assert target.read_bytes() == b"precious"


@pytest.mark.skipif(BACKEND != "postgresql", reason="the pg_dump advice is for PostgreSQL")
def test_backup_of_postgresql_points_at_pg_dump(run: Runner, tmp_path: Path) -> None:
    result = run("backup", str(tmp_path / "copy.sqlite"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: factdb backup copies SQLite databases; back up ")
    assert "pg_dump --format=custom" in result.stderr
    assert not (tmp_path / "copy.sqlite").exists()
