"""The bulk import path stores exactly what the claim-by-claim path stores.

`factdb claims import` inserts new claims with driver-level executemany (`factdb.store.bulk`),
hashes their events in one pass and fills the search index from the values it stored;
a claim without an id goes through the ORM one at a time. Both must leave the same rows,
the same event contents, a verifiable event chain and the same search index.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, select, text

from factdb.claims import (
    _citation,
    _citation_state_json,
    _shared_json,
    _state_json,
    claim_state,
    import_claims,
    revision_state,
)
from factdb.claims_file import CiteSpec
from factdb.engine.anchor import Span
from factdb.engine.text import EXTRACTOR_VERSION
from factdb.integrity import fsck
from factdb.store import db as dblib
from factdb.store import events
from factdb.store.bulk import bulk_insert, insert_columns
from factdb.store.models import Claim, ClaimRevision, ClaimTag, Event, Snapshot

from .conftest import Runner

ROOT = Path(__file__).parent.parent
SOURCES = ROOT / "sources"


def _claims() -> list[dict[str, Any]]:
    """The bundled claims, varied: second citations, messy and non-ASCII tags, tag strings,
    languages of their own."""
    items = yaml.safe_load((SOURCES / "claims.yaml").read_text())
    out = []
    for i, item in enumerate(items):
        item = dict(item)
        if i % 3 == 0:
            other = items[(i + 5) % len(items)]
            first = {k: item.pop(k) for k in ("source", "quote", "prefix", "suffix") if k in item}
            second = {k: other[k] for k in ("source", "quote", "prefix", "suffix") if k in other}
            item["citations"] = [first, second]
        if i % 4 == 1:
            item["tags"] = [" zeta ", "Émile", "alpha", "zeta", "b"]
        if i % 5 == 2:
            item["tags"] = "x; y, z"
        if i % 6 == 3:
            item["lang"] = "en-gb" if i % 4 else "en"
        out.append(item)
    return out


def _write(path: Path, claims: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(claims))
    return path


def _untimed(value: Any) -> Any:
    """An event state without its times (two imports run at different moments)."""
    if isinstance(value, dict):
        return {
            k: _untimed(v) for k, v in value.items() if k not in ("at", "created_at", "updated_at")
        }
    if isinstance(value, list):
        return [_untimed(v) for v in value]
    return value


def _stored(conn: Connection, claim_id: int, postgres: bool) -> dict[str, Any]:
    """Everything stored for one claim, except ids, slugs and times.

    A citation without gaps has no `parts`: the bulk path stores SQL NULL, the ORM a JSON
    null; both read back as None, so they compare equal here.
    """

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in conn.execute(text(sql), {"id": claim_id})]

    slug = conn.execute(text("SELECT slug FROM claim WHERE id = :id"), {"id": claim_id}).scalar()
    index = (
        "SELECT quotes, document::text FROM claim_search WHERE claim_id = :id"
        if postgres
        else "SELECT statement, quotes, tags, titles FROM claim_fts WHERE rowid = :id"
    )
    return {
        "claim": rows(
            "SELECT statement, language, status, CAST(quantities AS TEXT), created_by FROM claim "
            "WHERE id = :id"
        ),
        "tags": rows("SELECT tag FROM claim_tag WHERE claim_id = :id ORDER BY tag"),
        "citations": rows(
            "SELECT snapshot_id, exact, prefix, suffix, text_start, text_end, html_start, "
            "html_end, byte_start, byte_end, COALESCE(CAST(parts AS TEXT), 'null'), typed_quote, "
            "extractor_version, created_by FROM citation WHERE claim_id = :id ORDER BY id"
        ),
        "revisions": rows(
            "SELECT number, kind, old_statement, new_statement, why, actor, "
            "CAST(data AS TEXT) FROM claim_revision WHERE claim_id = :id"
        ),
        # The bulk path stores each state as the canonical JSON it hashed, the ORM as
        # json.dumps writes it: the same values, read back.
        "events": [
            (*r[:3], _untimed(json.loads(r[3])))
            for r in conn.execute(
                text(
                    "SELECT actor, action, entity_type, CAST(after AS TEXT) FROM event "
                    "WHERE entity_type = 'claim' AND entity_id = :slug"
                ),
                {"slug": slug},
            )
        ],
        "index": rows(index),
        "values": rows(
            "SELECT kind, unit, value, date FROM search_value WHERE claim_id = :id ORDER BY id"
        ),
    }


def test_bulk_import_stores_what_the_one_by_one_path_stores(
    run: Runner, db_url: str, tmp_path: Path
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    claims = _claims()
    bulk = _write(tmp_path / "bulk" / "claims.json", [{**c, "id": f"b-{c['id']}"} for c in claims])
    # Without ids, each claim is created through the ORM, one at a time.
    single = _write(
        tmp_path / "single" / "claims.json",
        [{k: v for k, v in c.items() if k != "id"} for c in claims],
    )
    db = dblib.Database.open(db_url)
    try:
        with db.session() as session:
            bulk_report = import_claims(session, bulk, actor="ann")
        with db.session() as session:
            single_report = import_claims(session, single, actor="ann")
        assert len(bulk_report.created) == len(single_report.created) == len(claims)
        engine = create_engine(db_url)
        postgres = engine.dialect.name == "postgresql"
        with engine.connect() as conn:
            ids = dict(conn.execute(select(Claim.slug, Claim.id)).all())
            for b, s in zip(bulk_report.created, single_report.created, strict=True):
                got, want = _stored(conn, ids[b], postgres), _stored(conn, ids[s], postgres)
                for key in want:
                    assert got[key] == want[key], (b, key)
        engine.dispose()
        report = fsck(db)
        assert report.problems == []
    finally:
        db.close()


def test_bulk_import_is_found_by_search_like_the_one_by_one_path(
    run: Runner, tmp_path: Path
) -> None:
    assert run("archive", str(SOURCES)).exit_code == 0
    claims = _claims()
    bulk = _write(tmp_path / "bulk" / "claims.json", [{**c, "id": f"b-{c['id']}"} for c in claims])
    single = _write(
        tmp_path / "single" / "claims.json",
        [{k: v for k, v in c.items() if k != "id"} for c in claims],
    )
    assert run("claims", "import", str(bulk)).exit_code == 0
    assert run("claims", "import", str(single)).exit_code == 0
    for query in ("enrichment", "Émile", "zeta", '"low-enriched uranium"', "percent"):
        result = run("search", query, "--json", "--limit", "200")
        assert result.exit_code == 0, result.output
        hits = json.loads(result.stdout)
        found = {h["id"] for h in hits}
        bulk_found = {i for i in found if i.startswith("b-")}
        assert bulk_found, query
        assert len(found) == 2 * len(bulk_found), query


@pytest.mark.parametrize("mode", ["plain", "round trip", "encoded"])
def test_insert_many_hashes_as_canonical_does(db: dblib.Database, mode: str) -> None:
    after: dict[Any, Any] = {"b": [1, 'é\u2028"\n'], "a": {"x": None, "y": 2.5}, "t": True}
    before: Any = {"z": "old", "a": [None]}
    if mode == "round trip":
        after = {**after, "tuple": (1, 2), 3: "int key"}
    if mode == "encoded":
        after, before = events.canonical_json(after), events.canonical_json(before)
    at = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    with db.session() as session:
        events.insert_many(
            session,
            [
                events.row(
                    actor="ann",
                    action="t",
                    entity_type="x",
                    entity_id=str(i),
                    before=before if i else None,
                    after=after,
                    at=at,
                )
                for i in range(3)
            ],
            plain=mode == "plain",
            encoded=mode == "encoded",
        )
    with db.session() as session:
        stored = list(session.scalars(select(Event).order_by(Event.id)))
    prev = events.GENESIS
    for event in stored:
        assert event.prev_hash == prev
        assert event.hash == events.event_hash(events.as_dict(event), prev)
        prev = event.hash
    assert stored[0].before is None
    assert stored[1].before == {"a": [None], "z": "old"}
    assert stored[2].after["b"] == [1, 'é\u2028"\n']
    assert fsck(db).problems == []


_TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
_INT = st.integers(min_value=0, max_value=2**40)


@settings(max_examples=200, deadline=None)
@given(
    statement=_TEXT,
    tags=st.lists(_TEXT, max_size=3),
    spans=st.lists(
        st.tuples(
            _TEXT,
            _TEXT,
            _TEXT,
            _TEXT,
            st.lists(_INT, min_size=6, max_size=6),
            st.one_of(st.none(), st.lists(st.tuples(_INT, _INT), min_size=1, max_size=3)),
        )
    ),
    sha=st.text("0123456789abcdef", min_size=64, max_size=64),
    language=st.one_of(st.none(), _TEXT),
    actor=_TEXT,
    why=_TEXT,
)
def test_bulk_state_json_is_the_canonical_json_of_claim_state(
    statement: str,
    tags: list[str],
    spans: list[tuple[str, str, str, str, list[int], list[tuple[int, int]] | None]],
    sha: str,
    language: str | None,
    actor: str,
    why: str,
) -> None:
    """The event state a bulk import writes as text is what `_finish` records for the
    same claim made through the ORM: `claim_state` and its one revision."""
    now = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    made = [
        (Span(exact, prefix, suffix, *n, parts=tuple(parts) if parts else None), typed)
        for exact, prefix, suffix, typed, n, parts in spans
    ]
    snapshot = Snapshot(sha256=sha)
    claim = Claim(
        statement=statement,
        status="active",
        language=language,
        created_by=actor,
        created_at=now,
        updated_at=now,
    )
    claim.tags = [ClaimTag(tag=t) for t in tags]
    for span, typed in made:
        citation = _citation(snapshot, span, CiteSpec(quote=typed), actor, EXTRACTOR_VERSION)
        citation.created_at = now
        claim.citations.append(citation)
    revision = ClaimRevision(
        number=1,
        kind="create",
        old_statement=None,
        new_statement=statement,
        why=why,
        data={"import": why.removeprefix("imported from ")},
        actor=actor,
        at=now,
    )
    state = {**claim_state(claim), "revisions": [revision_state(revision)]}
    shared, stamp = _shared_json(actor, now, why)
    cites = [
        _citation_state_json(span, events.canonical_json(sha), typed, shared)
        for span, typed in made
    ]
    assert _state_json(statement, tags, cites, language, stamp) == events.canonical_json(state)


def _raw(conn: Connection, ids: list[int]) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in conn.execute(
            text(
                "SELECT slug, statement, status, CAST(quantities AS TEXT), "
                "CAST(created_at AS TEXT), created_by, CAST(updated_at AS TEXT) FROM claim "
                "WHERE id IN (" + ", ".join(map(str, ids)) + ") ORDER BY id"
            )
        )
    ]


def test_insert_columns_and_bulk_insert_store_what_a_core_insert_stores(
    db: dblib.Database,
) -> None:
    when = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    values = [[], [{"kind": "percent", "value": 3.67, "unit": "percent"}], [{"é": "ü"}]]
    rows = [
        {
            "slug": f"{prefix}{i}",
            "statement": f"statement {i} é",
            "status": "active",
            "quantities": v,
            "created_at": when,
            "created_by": "ann",
            "updated_at": when,
        }
        for prefix in ("core-", "columns-", "rows-")
        for i, v in enumerate(values)
    ]
    core, columns, by_rows = rows[:3], rows[3:6], rows[6:]
    table = Claim.__table__
    with db.session() as session:
        conn = session.connection()
        conn.execute(table.insert(), core)
        insert_columns(
            conn,
            table,
            {k: [r[k] for r in columns] for k in ("slug", "statement", "quantities")},
            same={"status": "active", "created_at": when, "created_by": "ann", "updated_at": when},
        )
        bulk_insert(conn, table, by_rows)
    with db.session() as session:
        conn = session.connection()
        ids = dict(conn.execute(select(Claim.slug, Claim.id)).all())
        stored = {
            prefix: [
                (slug.removeprefix(prefix), *rest)
                for slug, *rest in _raw(conn, [ids[f"{prefix}{i}"] for i in range(3)])
            ]
            for prefix in ("core-", "columns-", "rows-")
        }
    assert stored["columns-"] == stored["core-"]
    assert stored["rows-"] == stored["core-"]


def test_insert_columns_refuses_columns_of_different_lengths(db: dblib.Database) -> None:
    with db.session() as session, pytest.raises(ValueError, match="different lengths"):
        insert_columns(
            session.connection(), Claim.__table__, {"slug": ["a", "b"], "statement": ["s"]}
        )


#: sha256 of every `claim.create` event a fixed-clock bulk import of `_claims()` records
#: (entity id and `after` text, as stored and hashed) and of the rows it inserts. A change
#: to how the bulk path writes states (the event chain's hashed text) changes it.
_BULK_DIGEST = "b68ba0b9c4cc1e04b44c26638dc470bb44ceb740fc2b7f42a04ac11fd2bdefb9"


def test_bulk_import_records_byte_identical_events(
    run: Runner, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    import factdb.claims

    assert run("archive", str(SOURCES)).exit_code == 0
    fixed = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    monkeypatch.setattr(factdb.claims, "utcnow", lambda: fixed)
    path = _write(tmp_path / "claims.json", [{**c, "id": f"b-{c['id']}"} for c in _claims()])
    db = dblib.Database.open(db_url)
    try:
        with db.session() as session:
            report = import_claims(session, path, actor="ann")
        assert len(report.created) == len(_claims())
        digest = hashlib.sha256()
        engine = create_engine(db_url)
        postgres = engine.dialect.name == "postgresql"
        with engine.connect() as conn:
            for sql in (
                "SELECT entity_id, CAST(after AS TEXT), actor, action FROM event "
                "WHERE action = 'claim.create' ORDER BY id",
                "SELECT c.slug, c.statement, c.language, CAST(c.quantities AS TEXT), t.tag "
                "FROM claim c JOIN claim_tag t ON t.claim_id = c.id ORDER BY c.slug, t.tag",
                "SELECT c.slug, x.exact, x.prefix, x.suffix, x.text_start, x.text_end, "
                "x.html_start, x.html_end, x.byte_start, x.byte_end, x.typed_quote "
                "FROM citation x JOIN claim c ON c.id = x.claim_id ORDER BY x.id",
            ):
                for row in conn.execute(text(sql)):
                    values = list(map(str, row))
                    if sql.startswith("SELECT entity_id"):
                        # SQLite stores the canonical text hashed; PostgreSQL its own form.
                        canonical = events.canonical_json(json.loads(values[1]))
                        assert postgres or values[1] == canonical
                        values[1] = canonical
                    elif sql.startswith("SELECT c.slug, c.statement"):
                        values[3] = events.canonical_json(json.loads(values[3]))
                    digest.update(repr(tuple(values)).encode())
        engine.dispose()
        assert digest.hexdigest() == _BULK_DIGEST, digest.hexdigest()
        assert fsck(db).problems == []
    finally:
        db.close()
