"""The tamper suite: `factdb fsck` names every row edited behind factdb's back.

The event log is the authority (`factdb.replay`): each case below edits one table's rows
one way, directly in SQL, as someone with write access to the database file or server
could, and asserts that fsck exits 1 with a line naming the row and what differs. Every
case keeps the hash chain intact (the log is not touched), and most keep each citation
consistent with its page, so only the replay can see them. Run on PostgreSQL with
FACTDB_TEST_BACKEND=postgresql.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from factdb.engine.text import TextLayer, decode_html
from factdb.store.lookups import layer_digest

from .conftest import BACKEND, SOURCES, PostgresServer, Runner

EDITED = "iran-enrichment-above-367"
RETRACTED = "khamenei-lashed-out-since-withdrawal"
WARNED = "leu-swap-80-percent"
OTHER = "iran-exceeded-leu-stockpile"
#: Source 3 (Le Monde) is corrected by `source edit` before the tampering.
CORRECTED_PUBLISHER = "Société éditrice du Monde"
#: Source 2's public archived copy, recorded before the tampering; WARNED is rated.
COPY = "https://web.archive.org/web/20190901120000/https://example.org/copy"
RATING = "Mostly true"


def _prepare(url: str) -> None:
    """The bundled archive, its claims, an edit and a retraction, and a check run."""
    run = Runner(url)
    for args in (
        ("archive", str(SOURCES)),
        ("claims", "import", str(SOURCES / "claims.yaml")),
        (
            "claim",
            "edit",
            EDITED,
            "--statement",
            "Iran raised its enrichment beyond the 3.67 percent limit.",
            "--why",
            "wording",
        ),
        ("claim", "retract", RETRACTED, "--why", "overstated"),
        (
            "source",
            "edit",
            "3",
            "--publisher",
            CORRECTED_PUBLISHER,
            "--language",
            "fr",
            "--why",
            "the company, not the site",
        ),
        ("source", "edit", "2", "--archived-copy", COPY),
        ("claim", "rate", WARNED, RATING),
        ("check",),
        ("review", WARNED, "--accept", "--why", "nearly is close enough here", "--by", "ann"),
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)


@pytest.fixture(scope="session")
def _prepared(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest, _template: str
) -> str:
    """A database prepared once per session, copied for each case."""
    if BACKEND == "sqlite":
        path = tmp_path_factory.mktemp("tamper") / "prepared.sqlite"
        shutil.copyfile(_template, path)
        _prepare(f"sqlite:///{path}")
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return str(path)
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create(template=_template)
    request.addfinalizer(lambda: server.drop(name))
    _prepare(server.url_for(name))
    return name


@pytest.fixture
def prepared(request: pytest.FixtureRequest, tmp_path: Path, _prepared: str) -> str:
    if BACKEND == "sqlite":
        path = tmp_path / "factdb.sqlite"
        shutil.copyfile(_prepared, path)
        return f"sqlite:///{path}"
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create(template=_prepared)
    request.addfinalizer(lambda: server.drop(name))
    return server.url_for(name)


@pytest.fixture
def engine(prepared: str) -> Iterator[Engine]:
    eng = create_engine(prepared)
    yield eng
    eng.dispose()


def fsck(url: str, *args: str) -> tuple[int, list[str], dict]:
    """fsck's exit code, its problem lines, and its JSON report."""
    run = Runner(url)
    result = run("fsck", *args)
    lines = [line for line in result.stdout.splitlines() if line.split(" ")[0].isupper()]
    report = json.loads(run("fsck", "--json", *args).stdout)
    return result.exit_code, lines, report


def one(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(sql), params).scalar_one()


def claim_id(conn: Connection, slug: str) -> int:
    return int(one(conn, "SELECT id FROM claim WHERE slug = :s", s=slug))


def citation_of(conn: Connection, slug: str) -> int:
    return int(
        one(conn, "SELECT min(id) FROM citation WHERE claim_id = :c", c=claim_id(conn, slug))
    )


def set_json(
    conn: Connection, table: str, column: str, key: str, value: object, row: object
) -> None:
    cast = "CAST(:v AS JSON)" if conn.dialect.name == "postgresql" else ":v"
    conn.execute(
        text(f"UPDATE {table} SET {column} = {cast} WHERE {key} = :k"),
        {"v": json.dumps(value), "k": row},
    )


def update(conn: Connection, sql: str, **params: object) -> None:
    assert conn.execute(text(sql), params).rowcount >= 1, sql


# --- claims ----------------------------------------------------------------------------------


def claim_statement(conn: Connection) -> str:
    update(conn, "UPDATE claim SET statement = 'Iran never enriched.' WHERE slug = :s", s=OTHER)
    return f"ALTERED claim {OTHER}: statement is 'Iran never enriched.', the log records"


def claim_status(conn: Connection) -> str:
    update(conn, "UPDATE claim SET status = 'active' WHERE slug = :s", s=RETRACTED)
    return f"ALTERED claim {RETRACTED}: status is 'active', the log records 'retracted'"


def claim_language(conn: Connection) -> str:
    update(conn, "UPDATE claim SET language = 'de' WHERE slug = :s", s=OTHER)
    return f"ALTERED claim {OTHER}: language is 'de', the log records None"


def claim_created_by(conn: Connection) -> str:
    update(conn, "UPDATE claim SET created_by = 'mallory' WHERE slug = :s", s=OTHER)
    return f"ALTERED claim {OTHER}: created_by is 'mallory'"


def claim_created_at(conn: Connection) -> str:
    update(conn, "UPDATE claim SET created_at = '2001-01-01 12:00:00' WHERE slug = :s", s=OTHER)
    return f"ALTERED claim {OTHER}: created_at is '2001-01-01T"


def claim_rating_set(conn: Connection) -> str:
    update(conn, "UPDATE claim SET rating = 'True' WHERE slug = :s", s=OTHER)
    return f"ALTERED claim {OTHER}: rating is 'True', the log records None"


def claim_rating_changed(conn: Connection) -> str:
    update(conn, "UPDATE claim SET rating = 'True' WHERE slug = :s", s=WARNED)
    return f"ALTERED claim {WARNED}: rating is 'True', the log records {RATING!r}"


def tag_added(conn: Connection) -> str:
    update(
        conn,
        "INSERT INTO claim_tag (claim_id, tag) VALUES (:c, 'verified')",
        c=claim_id(conn, OTHER),
    )
    return f"ALTERED claim {OTHER}: tags is ["


def tag_removed(conn: Connection) -> str:
    update(conn, "DELETE FROM claim_tag WHERE claim_id = :c", c=claim_id(conn, OTHER))
    return f"ALTERED claim {OTHER}: tags is [], the log records ["


def tag_renamed(conn: Connection) -> str:
    update(
        conn,
        "UPDATE claim_tag SET tag = 'renamed' WHERE claim_id = :c AND tag = 'jcpoa'",
        c=claim_id(conn, OTHER),
    )
    return f"ALTERED claim {OTHER}: tags is ['enrichment', 'iran', 'nuclear', 'renamed']"


def claim_deleted(conn: Connection) -> str:
    cid = claim_id(conn, OTHER)
    for table in ("check_result", "claim_tag", "citation", "claim_revision"):
        conn.execute(text(f"DELETE FROM {table} WHERE claim_id = :c"), {"c": cid})
    update(conn, "DELETE FROM claim WHERE id = :c", c=cid)
    return f"MISSING claim {OTHER}: the log records it (1 event(s)), but its row is gone"


# --- citations -------------------------------------------------------------------------------


def citation_moved_to_another_passage(conn: Connection) -> str:
    # The quote and every offset moved together onto another true passage of the page:
    # the slice check passes; only the log knows it is not what was cited.
    victim, donor = citation_of(conn, OTHER), citation_of(conn, WARNED)
    columns = (
        "exact",
        "prefix",
        "suffix",
        "text_start",
        "text_end",
        "html_start",
        "html_end",
        "byte_start",
        "byte_end",
    )
    sets = ", ".join(f"{c} = (SELECT {c} FROM citation WHERE id = :d)" for c in columns)
    update(conn, f"UPDATE citation SET {sets} WHERE id = :v", d=donor, v=victim)
    return f"ALTERED claim {OTHER}: citation {victim} exact is"


def citation_prefix(conn: Connection) -> str:
    victim = citation_of(conn, OTHER)
    update(conn, "UPDATE citation SET prefix = 'forged ' WHERE id = :i", i=victim)
    return f"ALTERED claim {OTHER}: citation {victim} prefix is 'forged '"


def citation_byte_range(conn: Connection) -> str:
    victim = citation_of(conn, OTHER)
    update(conn, "UPDATE citation SET byte_start = byte_start + 3 WHERE id = :i", i=victim)
    return f"ALTERED claim {OTHER}: citation {victim} byte_start is"


def citation_typed_quote(conn: Connection) -> str:
    victim = citation_of(conn, OTHER)
    update(conn, "UPDATE citation SET typed_quote = 'whatever' WHERE id = :i", i=victim)
    return f"ALTERED claim {OTHER}: citation {victim} typed_quote is 'whatever'"


def citation_snapshot(conn: Connection) -> str:
    victim = citation_of(conn, OTHER)
    other = one(conn, "SELECT max(id) FROM snapshot")
    update(conn, "UPDATE citation SET snapshot_id = :s WHERE id = :i", s=other, i=victim)
    return f"ALTERED claim {OTHER}: citation {victim} snapshot is"


def citation_given_to_another_claim(conn: Connection) -> str:
    victim = citation_of(conn, OTHER)
    update(
        conn,
        "UPDATE citation SET claim_id = :c WHERE id = :i",
        c=claim_id(conn, WARNED),
        i=victim,
    )
    return f"ALTERED claim {WARNED}: it has 2 citation(s), the log records 1"


def citation_created_by(conn: Connection) -> str:
    victim = citation_of(conn, OTHER)
    update(conn, "UPDATE citation SET created_by = 'mallory' WHERE id = :i", i=victim)
    return f"ALTERED claim {OTHER}: citation {victim} created_by is 'mallory'"


# --- revisions -------------------------------------------------------------------------------


def revision_why(conn: Connection) -> str:
    update(
        conn,
        "UPDATE claim_revision SET why = 'typo' WHERE claim_id = :c AND number = 2",
        c=claim_id(conn, EDITED),
    )
    return f"ALTERED claim {EDITED}: revision 2 why is 'typo', the log records 'wording'"


def revision_actor(conn: Connection) -> str:
    update(
        conn,
        "UPDATE claim_revision SET actor = 'mallory' WHERE claim_id = :c AND number = 1",
        c=claim_id(conn, EDITED),
    )
    return f"ALTERED claim {EDITED}: revision 1 actor is 'mallory'"


def revision_old_statement(conn: Connection) -> str:
    update(
        conn,
        "UPDATE claim_revision SET old_statement = 'Iran complied.' "
        "WHERE claim_id = :c AND number = 2",
        c=claim_id(conn, EDITED),
    )
    return f"ALTERED claim {EDITED}: revision 2 old_statement is 'Iran complied.'"


def revision_deleted(conn: Connection) -> str:
    cid = claim_id(conn, RETRACTED)
    conn.execute(
        text(
            "DELETE FROM check_result WHERE revision_id IN "
            "(SELECT id FROM claim_revision WHERE claim_id = :c AND number = 2)"
        ),
        {"c": cid},
    )
    update(conn, "DELETE FROM claim_revision WHERE claim_id = :c AND number = 2", c=cid)
    return f"ALTERED claim {RETRACTED}: revision 2 is gone (the log records it)"


def revision_added(conn: Connection) -> str:
    update(
        conn,
        "INSERT INTO claim_revision (claim_id, number, kind, old_statement, new_statement, "
        "why, actor, at) SELECT claim_id, 3, 'edit', new_statement, new_statement, 'x', "
        "'mallory', at FROM claim_revision WHERE claim_id = :c AND number = 2",
        c=claim_id(conn, EDITED),
    )
    return f"ALTERED claim {EDITED}: revision(s) 3 are not in the log"


# --- sources and snapshots ------------------------------------------------------------------


def source_url(conn: Connection) -> str:
    update(conn, "UPDATE source SET url = 'https://evil.example/' WHERE id = 1")
    return "ALTERED source 1 (https://evil.example/): url is 'https://evil.example/'"


def source_title(conn: Connection) -> str:
    update(conn, "UPDATE source SET title = 'Another title' WHERE id = 1")
    return "ALTERED source 1 (https://washingtoninstitute.org/"


def source_authors(conn: Connection) -> str:
    set_json(conn, "source", "authors", "id", ["Mallory"], 1)
    return "authors is ['Mallory'], the log records"


def source_published(conn: Connection) -> str:
    update(conn, "UPDATE source SET published = '1999-01-01' WHERE id = 1")
    return "published is '1999-01-01'"


def source_corrected_publisher(conn: Connection) -> str:
    update(conn, "UPDATE source SET publisher = 'Le Monde' WHERE id = 3")
    return f"publisher is 'Le Monde', the log records {CORRECTED_PUBLISHER!r}"


def source_corrected_language(conn: Connection) -> str:
    update(conn, "UPDATE source SET language = 'en' WHERE id = 3")
    return "language is 'en', the log records 'fr'"


def source_archived_copy_set(conn: Connection) -> str:
    update(conn, "UPDATE source SET archived_copy_url = 'https://evil.example/c' WHERE id = 1")
    return "archived_copy_url is 'https://evil.example/c', the log records None"


def source_archived_copy_changed(conn: Connection) -> str:
    update(conn, "UPDATE source SET archived_copy_date = '2001-01-01' WHERE id = 2")
    return "archived_copy_date is '2001-01-01', the log records '2019-09-01T12:00:00Z'"


def snapshot_source(conn: Connection) -> str:
    sha = one(conn, "SELECT sha256 FROM snapshot WHERE id = 1")
    update(conn, "UPDATE snapshot SET source_id = 2 WHERE id = 1")
    return f"ALTERED snapshot {sha}: source is 2, the log records 1"


def snapshot_retrieved_at(conn: Connection) -> str:
    sha = one(conn, "SELECT sha256 FROM snapshot WHERE id = 1")
    update(conn, "UPDATE snapshot SET retrieved_at = '2001-09-09 12:00:00' WHERE id = 1")
    return f"ALTERED snapshot {sha}: retrieved_at is '2001-09-09T"


def snapshot_headers(conn: Connection) -> str:
    sha = one(conn, "SELECT sha256 FROM snapshot WHERE id = 2")
    set_json(conn, "snapshot", "headers", "id", [["Content-Type", "text/html"]], 2)
    return f"ALTERED snapshot {sha}: headers is [['Content-Type', 'text/html']], the log records []"


def snapshot_metadata(conn: Connection) -> str:
    sha = one(conn, "SELECT sha256 FROM snapshot WHERE id = 2")
    set_json(conn, "snapshot", "page_metadata", "id", {"title": "forged"}, 2)
    return f"ALTERED snapshot {sha}: page_metadata is {{'title': 'forged'}}"


def snapshot_charset_and_origin(conn: Connection) -> str:
    sha = one(conn, "SELECT sha256 FROM snapshot WHERE id = 3")
    update(conn, "UPDATE snapshot SET charset = 'latin-1', origin = 'x.html' WHERE id = 3")
    return f"ALTERED snapshot {sha}: origin is 'x.html'"


def snapshot_deleted(conn: Connection) -> str:
    # An uncited capture, removed with its cached text layer.
    sha = one(conn, "SELECT sha256 FROM snapshot WHERE id = 4")
    conn.execute(text("DELETE FROM text_layer WHERE snapshot_id = 4"))
    update(conn, "DELETE FROM snapshot WHERE id = 4")
    return f"MISSING snapshot {sha}: the log records it, but its row is gone"


def forged_text_layer(conn: Connection) -> str:
    # Same length, other words, and a digest recomputed to match: only recomputing the
    # layer from the snapshot's bytes shows it.
    layer_id, data, sha, content = conn.execute(
        text(
            "SELECT t.id, t.data, s.sha256, s.content FROM text_layer t "
            "JOIN snapshot s ON s.id = t.snapshot_id WHERE s.id = 1"
        )
    ).one()
    html, _ = decode_html(zlib.decompress(content), None)
    layer = TextLayer.from_bytes(bytes(data), html)
    assert "3.67 percent" in layer.text
    forged = TextLayer(
        layer.text.replace("3.67 percent", "36.7 percent"),
        html,
        layer.charset,
        (layer._rt, layer._rh, layer._re),
        base=layer._base,
        errors=layer._errors,
        version=layer.version,
    )
    raw = forged.to_bytes()
    update(
        conn,
        "UPDATE text_layer SET data = :d, sha256 = :h WHERE id = :i",
        d=raw,
        h=layer_digest(sha, layer.version, raw),
        i=layer_id,
    )
    return f"FORGED text layer {layer_id} (snapshot {sha[:12]}, extractor {layer.version}): "


def text_layer_bytes(conn: Connection) -> str:
    layer_id, data = conn.execute(
        text("SELECT id, data FROM text_layer WHERE snapshot_id = 2")
    ).one()
    update(conn, "UPDATE text_layer SET data = :d WHERE id = :i", d=bytes(data) + b"x", i=layer_id)
    return f"FORGED text layer {layer_id} (snapshot "


# --- check runs and results -----------------------------------------------------------------


def _results(conn: Connection) -> int:
    return int(one(conn, "SELECT count(*) FROM check_result WHERE run_id = 1"))


def result_flipped(conn: Connection) -> str:
    n = _results(conn)
    update(
        conn,
        "UPDATE check_result SET status = 'pass' WHERE claim_id = :c AND status = 'warn'",
        c=claim_id(conn, WARNED),
    )
    return (
        f"ALTERED check run 1: its {n} result(s) differ from the {n} the log records "
        "(by status pass"
    )


def result_deleted(conn: Connection) -> str:
    n = _results(conn)
    update(
        conn,
        "DELETE FROM check_result WHERE claim_id = :c AND status = 'warn'",
        c=claim_id(conn, WARNED),
    )
    return f"ALTERED check run 1: its {n - 1} result(s) differ from the {n} the log records"


def result_detail(conn: Connection) -> str:
    n = _results(conn)
    update(
        conn,
        "UPDATE check_result SET detail = 'all good' WHERE claim_id = :c AND status = 'warn'",
        c=claim_id(conn, WARNED),
    )
    return (
        f"ALTERED check run 1: its {n} result(s) differ from the {n} the log records (same counts)"
    )


def run_summary(conn: Connection) -> str:
    set_json(conn, "check_run", "summary", "id", {"pass": 80, "warn": 0, "fail": 0}, 1)
    return "ALTERED check run 1: summary is"


def run_actor(conn: Connection) -> str:
    update(conn, "UPDATE check_run SET actor = 'mallory' WHERE id = 1")
    return "ALTERED check run 1: actor is 'mallory'"


def run_forged(conn: Connection) -> str:
    # A newer run whose all-passing results would supersede the warning.
    update(
        conn,
        "INSERT INTO check_run (id, started_at, finished_at, actor, tool_version, "
        "extractor_version, summary) SELECT 2, started_at, finished_at, actor, tool_version, "
        "extractor_version, summary FROM check_run WHERE id = 1",
    )
    update(
        conn,
        "INSERT INTO check_result (run_id, claim_id, citation_id, snapshot_id, revision_id, "
        "kind, status, detail, data) SELECT 2, claim_id, citation_id, snapshot_id, "
        "revision_id, kind, 'pass', detail, data FROM check_result WHERE status = 'warn'",
    )
    return "UNRECORDED check run 2: no event records it"


def review_flipped(conn: Connection) -> str:
    # Accepted becomes rejected: the claim would fail every brief citing it.
    update(conn, "UPDATE claim_review SET verdict = 'reject' WHERE id = 1")
    return "ALTERED review 1: verdict is 'reject', the log records 'accept'"


def review_reviewer(conn: Connection) -> str:
    update(conn, "UPDATE claim_review SET actor = 'mallory' WHERE id = 1")
    return "ALTERED review 1: actor is 'mallory', the log records 'ann'"


def review_rebound(conn: Connection) -> str:
    # Bound to another claim: that claim would read reviewed.
    update(
        conn,
        "UPDATE claim_review SET claim_id = (SELECT id FROM claim WHERE slug = :slug) WHERE id = 1",
        slug=OTHER,
    )
    return f"ALTERED review 1: claim is '{OTHER}', the log records '{WARNED}'"


def review_deleted(conn: Connection) -> str:
    update(conn, "DELETE FROM claim_review WHERE id = 1")
    return "MISSING review 1: the log records it, but its row is gone"


def review_forged(conn: Connection) -> str:
    # A review nobody recorded, accepting another claim's result that needs review.
    update(
        conn,
        "INSERT INTO claim_review (id, claim_id, revision_id, kind, citation_id, snapshot_id, "
        "result_id, status, detail, citations, verdict, why, actor, at) "
        "SELECT 2, r.claim_id, r.revision_id, r.kind, r.citation_id, r.snapshot_id, r.id, "
        "r.status, r.detail, v.citations, 'accept', 'trust me', 'mallory', v.at "
        "FROM check_result r CROSS JOIN claim_review v "
        "WHERE r.claim_id = (SELECT id FROM claim WHERE slug = :slug) AND r.kind = 'supported'",
        slug=OTHER,
    )
    return "UNRECORDED review 2: no event records it"


TAMPERS: dict[str, Callable[[Connection], str]] = {
    "claim statement": claim_statement,
    "claim status": claim_status,
    "claim language": claim_language,
    "claim created_by": claim_created_by,
    "claim created_at": claim_created_at,
    "claim rating set": claim_rating_set,
    "claim rating changed": claim_rating_changed,
    "tag added": tag_added,
    "tags removed": tag_removed,
    "tag renamed": tag_renamed,
    "claim deleted with its rows": claim_deleted,
    "citation moved to another passage": citation_moved_to_another_passage,
    "citation prefix": citation_prefix,
    "citation byte range": citation_byte_range,
    "citation typed quote": citation_typed_quote,
    "citation snapshot": citation_snapshot,
    "citation given to another claim": citation_given_to_another_claim,
    "citation created_by": citation_created_by,
    "revision why": revision_why,
    "revision actor": revision_actor,
    "revision old statement": revision_old_statement,
    "revision deleted": revision_deleted,
    "revision added": revision_added,
    "source url": source_url,
    "source title": source_title,
    "source authors": source_authors,
    "source published": source_published,
    "source corrected publisher": source_corrected_publisher,
    "source corrected language": source_corrected_language,
    "source archived copy set": source_archived_copy_set,
    "source archived copy date": source_archived_copy_changed,
    "snapshot source": snapshot_source,
    "snapshot retrieved_at": snapshot_retrieved_at,
    "snapshot headers": snapshot_headers,
    "snapshot page metadata": snapshot_metadata,
    "snapshot charset and origin": snapshot_charset_and_origin,
    "snapshot deleted": snapshot_deleted,
    "text layer forged with its digest": forged_text_layer,
    "text layer bytes edited": text_layer_bytes,
    "check result flipped": result_flipped,
    "check result deleted": result_deleted,
    "check result detail": result_detail,
    "check run summary": run_summary,
    "check run actor": run_actor,
    "check run forged": run_forged,
    "review flipped accept to reject": review_flipped,
    "review reviewer": review_reviewer,
    "review rebound to another claim": review_rebound,
    "review deleted": review_deleted,
    "review forged": review_forged,
}
#: The problem kind fsck's JSON must report for each case.
KINDS = {
    "claim deleted with its rows": "missing",
    "snapshot deleted": "missing",
    "text layer forged with its digest": "layer",
    "text layer bytes edited": "layer",
    "check run forged": "unrecorded",
    "review deleted": "missing",
    "review forged": "unrecorded",
}


def test_the_prepared_archive_passes_fsck(prepared: str) -> None:
    code, lines, report = fsck(prepared)
    assert (code, lines) == (0, []), lines
    # sources, snapshots, claims, runs, reviews
    assert report["rows_compared"] == 4 + 4 + 23 + 1 + 1
    assert report["text_layers"] == 4


def test_the_suite_covers_every_table_with_at_least_25_edits() -> None:
    assert len(TAMPERS) >= 25


@pytest.mark.parametrize("case", list(TAMPERS))
def test_fsck_names_the_edited_row(prepared: str, engine: Engine, case: str) -> None:
    with engine.begin() as conn:
        before = conn.execute(text("SELECT count(*), max(hash) FROM event")).one()
        expected = TAMPERS[case](conn)
        assert conn.execute(text("SELECT count(*), max(hash) FROM event")).one() == before
    engine.dispose()
    code, lines, report = fsck(prepared)
    assert code == 1, case
    assert any(line.startswith(expected) or expected in line for line in lines), (
        expected,
        lines,
    )
    assert KINDS.get(case, "row") in {p["kind"] for p in report["problems"]}
    # The chain itself is intact: only the replay (or the layer check) saw the edit.
    assert not {"event", "chain"} & {p["kind"] for p in report["problems"]}


def test_the_readme_gives_the_number_of_edits_tried() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    said = " ".join(readme.split())
    assert f"one way at a time ({len(TAMPERS)} edits:" in said
