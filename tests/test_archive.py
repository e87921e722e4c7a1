"""`factdb archive`, `sources`, `text` and `fsck` on real pages and real databases."""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from factdb.store.models import Event, Snapshot, Source, TextLayerCache

from .conftest import CORPUS, Runner

BBC = CORPUS / "readability-bbc-1.html"
LEMONDE = CORPUS / "readability-lemonde-1.html"
SOURCES = Path(__file__).parent.parent / "sources"


def counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                model.__tablename__: conn.scalar(select(func.count()).select_from(model))
                for model in (Source, Snapshot, TextLayerCache, Event)
            }
    finally:
        engine.dispose()


def archive_json(run: Runner, *args: str) -> list[dict]:
    result = run("archive", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_archive_stores_page_with_digest_and_metadata(run: Runner) -> None:
    [item] = archive_json(run, str(BBC))
    assert item["snapshot"] == hashlib.sha256(BBC.read_bytes()).hexdigest()
    assert item["new"] is True
    assert isinstance(item["source"], int)
    assert item["title"] == "Obama admits US gun laws are his 'biggest frustration'"
    assert item["url"].startswith("http")
    assert item["retrieved_at"].endswith("+00:00")


def test_archiving_same_bytes_again_reports_existing_snapshot(run: Runner, db_url: str) -> None:
    [first] = archive_json(run, str(BBC))
    before = counts(db_url)
    [second] = archive_json(run, str(BBC))
    assert second["new"] is False
    assert second["snapshot"] == first["snapshot"]
    assert second["source"] == first["source"]
    assert counts(db_url) == before


def test_archive_folder_recursively(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.html").write_bytes(BBC.read_bytes())
    (tmp_path / "a" / "b" / "two.htm").write_bytes(LEMONDE.read_bytes())
    (tmp_path / "a" / "notes.txt").write_text("not a page")
    items = archive_json(run, str(tmp_path / "a"))
    assert sorted(i["snapshot"] for i in items) == sorted(
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (BBC, LEMONDE)
    )


def test_overrides_set_url_title_authors_and_dates(run: Runner) -> None:
    [item] = archive_json(
        run,
        str(BBC),
        "--url",
        "https://example.org/gun-laws",
        "--title",
        "Gun laws",
        "--author",
        "Jon Sopel",
        "--author",
        "BBC",
        "--publisher",
        "BBC News",
        "--published",
        "2015-07-24",
        "--retrieved-at",
        "2015-07-25T10:00:00Z",
    )
    assert item["url"] == "https://example.org/gun-laws"
    assert item["title"] == "Gun laws"
    assert item["retrieved_at"] == "2015-07-25T10:00:00+00:00"
    result = run("sources", "--json")
    [source] = json.loads(result.stdout)
    assert source["authors"] == ["Jon Sopel", "BBC"]
    assert source["publisher"] == "BBC News"
    assert source["published"] == "2015-07-24"


def test_url_override_needs_exactly_one_file(run: Runner) -> None:
    result = run("archive", str(BBC), str(LEMONDE), "--url", "https://example.org/x")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --url")


def test_sources_lists_snapshots_with_digest_size_and_charset(run: Runner) -> None:
    [item] = archive_json(run, str(LEMONDE))
    data = json.loads(run("sources", "--json").stdout)
    [snap] = data[0]["snapshots"]
    assert snap["snapshot"] == item["snapshot"]
    assert snap["size"] == LEMONDE.stat().st_size
    assert snap["charset"].lower().replace("_", "-") == "utf-8"
    table = run("sources").stdout
    assert item["snapshot"] in table and item["url"] in table


def test_text_prints_reading_text_by_prefix(run: Runner) -> None:
    [item] = archive_json(run, str(BBC))
    result = run("text", item["snapshot"][:10])
    assert result.exit_code == 0
    assert "common sense gun safety laws" in result.stdout
    assert "<div" not in result.stdout


@pytest.mark.parametrize(
    ("ref", "code", "message"),
    [
        ("abcdef12", 1, "Error: no snapshot abcdef12"),
        ("abc", 2, "Error: 'abc': give at least 8 hex digits of the snapshot digest"),
        (
            "not-hex!",
            2,
            "Error: 'not-hex!' is not a snapshot digest (hex SHA-256 or a prefix of it)",
        ),
    ],
)
def test_text_of_unknown_or_malformed_snapshot(
    run: Runner, ref: str, code: int, message: str
) -> None:
    archive_json(run, str(BBC))
    result = run("text", ref)
    assert result.exit_code == code
    assert result.stderr.strip() == message


def test_ambiguous_snapshot_prefix_lists_matches(run: Runner, db_url: str) -> None:
    archive_json(run, str(BBC), str(LEMONDE))
    engine = create_engine(db_url)
    with engine.begin() as conn:  # give both snapshots the same first 8 digits
        conn.execute(text("UPDATE snapshot SET sha256 = 'deadbeef' || substr(sha256, 9)"))
    engine.dispose()
    result = run("text", "deadbeef")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: snapshot prefix deadbeef matches several snapshots")


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.html", b"", "empty"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_file_is_refused_and_nothing_stored(
    run: Runner, db_url: str, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    before = counts(db_url)
    path = write(tmp_path, name, data)
    result = run("archive", path)
    assert result.exit_code == 1
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"Error: {path}: ")
    assert reason in line
    assert "Traceback" not in result.output
    assert counts(db_url) == before


def test_missing_file_and_empty_folder(run: Runner, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing = str(tmp_path / "missing.html")
    result = run("archive", missing, str(tmp_path / "empty"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [
        f"Error: {missing}: no such file or folder",
        f"Error: {tmp_path / 'empty'}: folder has no .html, .htm or .pdf files",
    ]
    assert counts(db_url)["snapshot"] == 0


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a.html", "file:///etc/passwd", "data:text/html,hi"]
)
def test_non_http_url_schemes_are_refused(run: Runner, url: str) -> None:
    result = run("archive", url)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {url}: unsupported URL scheme")


def test_good_inputs_are_stored_when_others_fail(run: Runner, db_url: str, tmp_path: Path) -> None:
    bad = write(tmp_path, "empty.html", b"")
    result = run("archive", "--json", str(BBC), bad, str(LEMONDE))
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 2
    assert [
        line.split(":")[0] for line in result.stderr.splitlines() if line.startswith("Error")
    ] == ["Error"]
    assert counts(db_url)["snapshot"] == 2


def test_archive_writes_events(run: Runner, db_url: str) -> None:
    archive_json(run, str(BBC))
    engine = create_engine(db_url)
    with engine.connect() as conn:
        actions = conn.execute(text("SELECT action, entity_type FROM event ORDER BY id")).all()
    engine.dispose()
    assert [tuple(a) for a in actions] == [
        ("source.create", "source"),
        ("snapshot.archive", "snapshot"),
    ]


def test_fsck_passes_on_intact_archive(run: Runner) -> None:
    archive_json(run, str(BBC), str(LEMONDE))
    result = run("fsck", "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert (report["snapshots"], report["problems"]) == (2, [])


def _rewrite_content(db_url: str, sha: str, content: bytes) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE snapshot SET content = :c WHERE sha256 = :s"), {"c": content, "s": sha}
        )
    engine.dispose()


def test_fsck_names_a_snapshot_with_one_flipped_byte(run: Runner, db_url: str) -> None:
    items = archive_json(run, str(BBC), str(LEMONDE))
    victim = items[1]["snapshot"]
    raw = bytearray(LEMONDE.read_bytes())
    raw[1000] ^= 0x01
    _rewrite_content(db_url, victim, zlib.compress(bytes(raw)))
    result = run("fsck")
    assert result.exit_code == 1
    corrupt = [line for line in result.stdout.splitlines() if line.startswith("CORRUPT")]
    assert len(corrupt) == 1
    assert victim in corrupt[0] and "SHA-256 of the stored bytes is" in corrupt[0]
    report = json.loads(run("fsck", "--json").stdout)
    assert [p["snapshot"] for p in report["problems"]] == [victim]


def test_fsck_names_a_snapshot_whose_compressed_bytes_are_damaged(run: Runner, db_url: str) -> None:
    [item] = archive_json(run, str(BBC))
    engine = create_engine(db_url)
    with engine.connect() as conn:
        content = bytearray(conn.execute(text("SELECT content FROM snapshot")).scalar_one())
    engine.dispose()
    content[len(content) // 2] ^= 0xFF
    _rewrite_content(db_url, item["snapshot"], bytes(content))
    result = run("fsck", "--json")
    assert result.exit_code == 1
    [problem] = json.loads(result.stdout)["problems"]
    assert problem["snapshot"] == item["snapshot"]


def test_every_corpus_page_archives_and_fsck_passes(run: Runner) -> None:
    pages = sorted(CORPUS.glob("*.html"))
    items = archive_json(run, *map(str, pages))
    assert len(items) == len(pages)
    assert {i["snapshot"] for i in items} == {
        hashlib.sha256(p.read_bytes()).hexdigest() for p in pages
    }
    assert run("fsck").exit_code == 0


def test_bundled_sources_archive(run: Runner) -> None:
    items = archive_json(run, str(SOURCES))
    urls = {i["url"] for i in items}
    assert (
        "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"
        in urls
    )
    assert len(items) >= 3


def test_commands_refuse_uninitialised_database(tmp_path: Path) -> None:
    runner = Runner(str(tmp_path / "nothing.sqlite"))
    result = runner("sources")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {tmp_path / 'nothing.sqlite'}: no such database; create it with `factdb init`"
    )
    assert not (tmp_path / "nothing.sqlite").exists()


def test_init_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    runner = Runner(str(tmp_path / "new.sqlite"))
    first = runner("init")
    assert first.exit_code == 0 and first.stdout.startswith("Created ")
    second = runner("init", "--json")
    data = json.loads(second.stdout)
    assert data["revision"] == data["previous_revision"]


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/no/such/folder/x.sqlite", "cannot create database: no folder"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open database"),
        ("notadriver://x/y", "cannot open database"),
    ],
)
def test_unopenable_database_url_is_one_line(db: str, message: str) -> None:
    result = Runner(db)("init")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr
