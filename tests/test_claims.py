"""Claims with exact quote spans: recording, citing, editing, retracting, importing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, func, select

from factdb.store.models import Citation, Claim, ClaimRevision, Event

from .conftest import FakeEngine, Runner

ROOT = Path(__file__).parent.parent
SOURCES = ROOT / "sources"
SEED_URL = "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"
SPAN_KEYS = {
    "snapshot",
    "exact",
    "prefix",
    "suffix",
    "text_start",
    "text_end",
    "html_start",
    "html_end",
    "byte_start",
    "byte_end",
}


UNKNOWN_XX = "unknown language tag 'xx' (use a tag such as en, de, pt-BR)"


@pytest.fixture
def seeded(run: Runner) -> Runner:
    result = run("archive", str(SOURCES))
    assert result.exit_code == 0, result.output
    return run


def counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return {
                m.__tablename__: conn.scalar(select(func.count()).select_from(m))
                for m in (Claim, Citation, ClaimRevision, Event)
            }
    finally:
        engine.dispose()


def add(run: Runner, *args: str) -> dict:
    result = run("claim", "add", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def seed_text(run: Runner) -> tuple[str, str]:
    data = json.loads(run("sources", "--json").stdout)
    [sha] = [s["snapshots"][0]["snapshot"] for s in data if s["url"] == SEED_URL]
    return sha, json.loads(run("text", "--json", sha).stdout)["text"]


def test_claim_add_stores_the_pages_exact_slice(seeded: Runner) -> None:
    # Typed with straight quotes; the page has a curly apostrophe.
    data = add(
        seeded,
        "--statement",
        "Rouhani said he would not miss a meeting that helps Iran.",
        "--quote",
        "would help my country's development",
        "--source",
        SEED_URL,
        "--id",
        "rouhani-meeting",
        "--tag",
        "iran",
        "--tag",
        "rouhani",
    )
    assert data["id"] == "rouhani-meeting"
    [cit] = data["citations"]
    assert set(cit) == SPAN_KEYS
    sha, text = seed_text(seeded)
    assert cit["snapshot"] == sha
    assert text[cit["text_start"] : cit["text_end"]] == cit["exact"]
    assert cit["exact"] == "would help my country\u2019s development"


def test_quote_across_drop_cap_strong_tag(seeded: Runner) -> None:
    data = add(
        seeded,
        "--statement",
        "The G7 summit had startling dynamics on the nuclear issue.",
        "--quote",
        "This year's G7 summit will be remembered",
        "--source",
        SEED_URL,
    )
    [cit] = data["citations"]
    assert cit["exact"] == "This year\u2019s G7 summit will be remembered"
    html = (SOURCES / "policywatch-3172.html").read_bytes()
    fragment = html[cit["byte_start"] : cit["byte_end"]].decode("utf-8")
    assert fragment.startswith("T</strong>his year")


def test_json_contract_of_claim_show(seeded: Runner) -> None:
    add(
        seeded,
        "--statement",
        "Zarif arrived on August 25, 2019.",
        "--quote",
        "surprisingly arrived on August 25",
        "--source",
        SEED_URL,
        "--id",
        "zarif",
    )
    data = json.loads(seeded("claim", "show", "zarif", "--json").stdout)
    assert data["id"] == "zarif" and data["status"] == "active"
    assert data["citations"][0]["url"] == SEED_URL
    assert [r["kind"] for r in data["revisions"]] == ["create"]
    human = seeded("claim", "show", "zarif").stdout
    assert "[[surprisingly arrived on August 25]]" in human


def test_quote_not_found_shows_nearest_passage_and_stores_nothing(
    seeded: Runner, db_url: str
) -> None:
    before = counts(db_url)
    result = seeded(
        "claim",
        "add",
        "--statement",
        "Zarif arrived on August 24.",
        "--quote",
        "Zarif surprisingly arrived on August 24",
        "--source",
        SEED_URL,
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "August 25" in result.stderr
    assert "Traceback" not in result.output
    assert counts(db_url) == before


def test_ambiguous_quote_lists_occurrences_and_stores_nothing(seeded: Runner, db_url: str) -> None:
    before = counts(db_url)
    result = seeded(
        "claim", "add", "--statement", "Zarif.", "--quote", "Zarif", "--source", SEED_URL
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "1." in result.stderr or "1:" in result.stderr or "#1" in result.stderr
    assert counts(db_url) == before
    ok = add(
        seeded,
        "--statement",
        "Zarif.",
        "--quote",
        "Zarif",
        "--source",
        SEED_URL,
        "--occurrence",
        "2",
    )
    assert ok["citations"][0]["exact"] == "Zarif"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["--statement", "  ", "--quote", "G7", "--source", SEED_URL],
            2,
            "Error: the statement is empty",
        ),
        (
            ["--statement", "x", "--quote", "G7", "--source", "https://nowhere.example/"],
            1,
            "Error: no source https://nowhere.example/",
        ),
        (
            ["--statement", "x", "--quote", "G7", "--snapshot", "0123456789abcdef"],
            1,
            "Error: no snapshot 0123456789abcdef",
        ),
        (
            ["--statement", "x", "--quote", "G7 summit", "--source", SEED_URL, "--id", "Bad Id"],
            2,
            "Error: 'Bad Id' is not a valid claim id: "
            "use lowercase letters, digits, '-', '.' and '_'",
        ),
        (
            ["--statement", "x", "--quote", "G7", "--source", SEED_URL, "--lang", "xx"],
            2,
            f"Error: {UNKNOWN_XX}",
        ),
    ],
)
def test_bad_claim_add_is_one_line_and_stores_nothing(
    seeded: Runner, db_url: str, args: list[str], code: int, message: str
) -> None:
    before = counts(db_url)
    result = seeded("claim", "add", *args)
    assert result.exit_code == code
    assert result.stderr.strip() == message
    assert counts(db_url) == before


def test_duplicate_claim_id_is_refused(seeded: Runner, db_url: str) -> None:
    add(
        seeded,
        "--statement",
        "G7.",
        "--quote",
        "G7 summit",
        "--source",
        SEED_URL,
        "--id",
        "g7",
        "--occurrence",
        "1",
    )
    before = counts(db_url)
    result = seeded(
        "claim",
        "add",
        "--statement",
        "G7 again.",
        "--quote",
        "Biarritz",
        "--source",
        SEED_URL,
        "--id",
        "g7",
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: a claim with id 'g7' already exists"
    assert counts(db_url) == before


def test_cite_edit_retract_keep_history_and_events(seeded: Runner, db_url: str) -> None:
    add(
        seeded,
        "--statement",
        "Iran went beyond 3.67%.",
        "--quote",
        "beyond 3.67 percent",
        "--source",
        SEED_URL,
        "--id",
        "enrich",
    )
    cited = seeded(
        "claim", "cite", "enrich", "--quote", "3.67 percent", "--source", SEED_URL, "--json"
    )
    assert cited.exit_code == 0, cited.output
    assert len(json.loads(cited.stdout)["citations"]) == 2
    edited = seeded(
        "claim", "edit", "enrich", "--statement", "Iran went beyond 3.5%.", "--why", "testing"
    )
    assert edited.exit_code == 0
    retracted = seeded("claim", "retract", "enrich", "--why", "wrong number")
    assert retracted.exit_code == 0
    data = json.loads(seeded("claim", "show", "enrich", "--json").stdout)
    assert data["status"] == "retracted"
    assert [(r["kind"], r["old_statement"]) for r in data["revisions"]] == [
        ("create", None),
        ("cite", "Iran went beyond 3.67%."),
        ("edit", "Iran went beyond 3.67%."),
        ("retract", "Iran went beyond 3.5%."),
    ]
    engine = create_engine(db_url)
    with engine.connect() as conn:
        actions = list(conn.scalars(select(Event.action).where(Event.entity_type == "claim")))
    engine.dispose()
    assert actions == ["claim.create", "claim.cite", "claim.edit", "claim.retract"]


def test_edit_unknown_claim(seeded: Runner) -> None:
    result = seeded("claim", "edit", "nope", "--statement", "x", "--why", "y")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no claim 'nope'"


def test_import_bundled_claims_is_idempotent(seeded: Runner, db_url: str) -> None:
    first = seeded("claims", "import", str(SOURCES / "claims.yaml"), "--json")
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert len(report["created"]) >= 12 and report["revised"] == report["unchanged"] == []
    before = counts(db_url)
    again = json.loads(seeded("claims", "import", str(SOURCES / "claims.yaml"), "--json").stdout)
    assert again == {"created": [], "revised": [], "unchanged": report["created"]}
    assert counts(db_url) == before


def test_import_reports_revised_claims(seeded: Runner, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    rows = [
        {
            "id": "g7",
            "statement": "The G7 met in Biarritz.",
            "tags": ["g7"],
            "source": SEED_URL,
            "quote": "the gathering in Biarritz, France",
        }
    ]
    path.write_text(json.dumps(rows))
    assert json.loads(seeded("claims", "import", str(path), "--json").stdout)["created"] == ["g7"]
    rows[0]["statement"] = "The G7 summit met in Biarritz, France."
    path.write_text(json.dumps(rows))
    assert json.loads(seeded("claims", "import", str(path), "--json").stdout)["revised"] == ["g7"]


def test_import_with_bad_rows_lists_every_one_and_stores_nothing(
    seeded: Runner, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "id,statement,tags,source,quote\n"
        f"good,The G7 met in Biarritz.,g7,{SEED_URL},the gathering in Biarritz\n"
        f"missing,Zarif came on August 24.,,{SEED_URL},arrived on August 24 in the midst\n"
        f"ambiguous,Zarif.,,{SEED_URL},Zarif\n"
        "nosource,Something.,,https://nowhere.example/,anything\n"
    )
    before = counts(db_url)
    result = seeded("claims", "import", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"Error: {path}: 3 bad row(s); nothing imported"
    assert [line.split(" (")[0].strip() for line in lines[1:]] == [
        f"{path}: line 3",
        f"{path}: line 4",
        f"{path}: line 5",
    ]
    assert "no source https://nowhere.example/" in lines[3]
    assert counts(db_url) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.yaml", "- id: a\n  statement: [unclosed\n", "line 3: not valid YAML"),
        ("bad.json", '[{"id": "a",}]', "line 1: not valid JSON"),
        ("bad.yaml", "- id: a\n  quote: x\n  source: y\n", "claim 1 (a): missing statement"),
        ("bad.txt", "x", "claims files are .yaml, .yml, .json or .csv"),
    ],
)
def test_malformed_claims_file_says_where(
    seeded: Runner, db_url: str, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    before = counts(db_url)
    result = seeded("claims", "import", str(path))
    assert result.exit_code in (1, 2)
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert counts(db_url) == before


def test_claims_list_filters(seeded: Runner) -> None:
    seeded("claims", "import", str(SOURCES / "claims.yaml"))
    seeded("claim", "retract", "leu-swap-80-percent", "--why", "test")
    every = json.loads(seeded("claims", "list", "--json").stdout)
    retracted = json.loads(seeded("claims", "list", "--status", "retracted", "--json").stdout)
    assert [c["id"] for c in retracted] == ["leu-swap-80-percent"]
    tagged = json.loads(seeded("claims", "list", "--tag", "hedge-dropped", "--json").stdout)
    assert [c["id"] for c in tagged] == ["leu-swap-80-percent"]
    by_source = json.loads(seeded("claims", "list", "--source", SEED_URL, "--json").stdout)
    assert len(by_source) == len(every)


# --- the statement's language -----------------------------------------------------------------

DE_URL = "https://haushalt.example.de/2024"
DE_STATEMENT = "Der Haushalt umfasst 23,7 Milliarden Euro."


@pytest.fixture
def german(run: Runner, tmp_path: Path) -> Runner:
    """A German page (its <html lang> is de) archived."""
    page = tmp_path / "haushalt.html"
    page.write_text(
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Haushalt</title>'
        "</head><body><article><h1>Haushalt 2024</h1>"
        "<p>Der Haushalt umfasst 23,7 Milliarden Euro. Er wurde im Juni beschlossen.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = run("archive", str(page), "--url", DE_URL)
    assert result.exit_code == 0, result.output
    [source] = json.loads(run("sources", "--json").stdout)
    assert source["language"] == "de"
    return run


def add_german(run: Runner, slug: str, *args: str) -> dict:
    return add(
        run,
        "--statement",
        DE_STATEMENT,
        "--quote",
        "Der Haushalt umfasst 23,7 Milliarden Euro",
        "--source",
        DE_URL,
        "--id",
        slug,
        *args,
    )


def test_lang_is_stored_shown_and_passed_to_the_engine(
    german: Runner, db_url: str, fake_engine: FakeEngine
) -> None:
    add_german(german, "haushalt", "--lang", "DE")
    add_german(german, "haushalt-page-lang")  # no --lang: read in its source's language
    add_german(german, "haushalt-en", "--lang", "en-gb")
    engine = create_engine(db_url)
    with engine.connect() as conn:
        stored = dict(conn.execute(select(Claim.slug, Claim.language)).all())
    engine.dispose()
    assert stored == {"haushalt": "de", "haushalt-page-lang": None, "haushalt-en": "en-GB"}
    shown = german("claim", "show", "haushalt")
    assert shown.stdout.splitlines()[:3] == [
        "haushalt  [active]  tags: -",
        f"  {DE_STATEMENT}",
        "  language: de",
    ]
    assert german("claim", "show", "haushalt-page-lang").stdout.splitlines()[2] == (
        "  language: of its first source"
    )
    assert json.loads(german("claim", "show", "haushalt", "--json").stdout)["language"] == "de"
    listed = json.loads(german("claims", "list", "--json").stdout)
    assert {c["id"]: c["language"] for c in listed} == stored
    exported = json.loads(german("export", "claims", "--format", "json").stdout)
    assert {c["id"]: c["language"] for c in exported} == stored
    assert german("check").exit_code == 0
    # haushalt-page-lang, read in its first source's language, has haushalt's inputs (the
    # same statement, quote and languages): the run computes their verdict once (the
    # key of a verdict holds the languages, so any other language would be a third call).
    assert [(c["statement_lang"], c["quote_lang"]) for c in fake_engine.calls] == [
        ("de", ["de"]),  # haushalt, and haushalt-page-lang: its first source's
        ("en-GB", ["de"]),  # haushalt-en: its own language; the quote in its page's
    ]


def test_a_claim_without_language_records_the_same_event_state_as_before(
    german: Runner, db_url: str
) -> None:
    """The event log hashes a claim's state: "language" is in it only when the claim has
    one, so every claim recorded before languages existed keeps its hash."""
    add_german(german, "plain")
    add_german(german, "with-lang", "--lang", "de")
    engine = create_engine(db_url)
    with engine.connect() as conn:
        after = dict(
            conn.execute(
                select(Event.entity_id, Event.after).where(Event.action == "claim.create")
            ).all()
        )
    engine.dispose()
    assert sorted(after["plain"]) == [
        "citations",
        "created_at",
        "created_by",
        "revisions",
        "statement",
        "status",
        "tags",
        "updated_at",
    ]
    assert after["with-lang"]["language"] == "de"
    assert set(after["with-lang"]) - {"language"} == set(after["plain"])
    assert german("fsck").exit_code == 0


def test_claim_edit_lang(german: Runner, db_url: str) -> None:
    add_german(german, "haushalt")
    edited = german("claim", "edit", "haushalt", "--lang", "de", "--why", "German", "--json")
    assert edited.exit_code == 0, edited.output
    assert json.loads(edited.stdout) == {
        "id": "haushalt",
        "statement": DE_STATEMENT,
        "language": "de",
        "revision": 2,
    }
    history = german("claim", "show", "haushalt", "--history").stdout.splitlines()
    assert "      language: - → de" in history
    before = counts(db_url)
    same = german("claim", "edit", "haushalt", "--lang", "de", "--why", "again")
    assert same.exit_code == 2
    assert same.stderr == "Error: claim 'haushalt' already says exactly that\n"
    bad = german("claim", "edit", "haushalt", "--lang", "xx", "--why", "typo")
    assert (bad.exit_code, bad.stderr) == (2, f"Error: {UNKNOWN_XX}\n")
    nothing = german("claim", "edit", "haushalt", "--why", "nothing")
    assert nothing.exit_code == 2
    assert nothing.stderr == "Error: give the new statement (--statement) or language (--lang)\n"
    assert counts(db_url) == before
    assert german("fsck").exit_code == 0


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_import_lang_per_row(german: Runner, db_url: str, tmp_path: Path, fmt: str) -> None:
    rows = [
        {"id": "mit-sprache", "lang": "de-at", "statement": DE_STATEMENT},
        {"id": "ohne-sprache", "statement": "Der Haushalt wurde im Juni beschlossen."},
    ]
    quotes = {"mit-sprache": "23,7 Milliarden Euro", "ohne-sprache": "im Juni beschlossen"}

    def write(rows: list[dict]) -> Path:
        full = [{**r, "source": DE_URL, "quote": quotes[r["id"]]} for r in rows]
        path = tmp_path / f"claims.{fmt}"
        if fmt == "yaml":
            path.write_text(yaml.safe_dump(full, allow_unicode=True), encoding="utf-8")
        elif fmt == "json":
            path.write_text(json.dumps(full), encoding="utf-8")
        else:
            with path.open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, ["id", "statement", "lang", "source", "quote"])
                writer.writeheader()
                writer.writerows(full)
        return path

    path = write(rows)
    report = json.loads(german("claims", "import", str(path), "--json").stdout)
    assert report["created"] == ["mit-sprache", "ohne-sprache"]
    listed = {c["id"]: c["language"] for c in json.loads(german("claims", "list", "--json").stdout)}
    assert listed == {"mit-sprache": "de-AT", "ohne-sprache": None}
    again = json.loads(german("claims", "import", str(path), "--json").stdout)
    assert again["unchanged"] == ["mit-sprache", "ohne-sprache"]
    rows[1]["lang"] = "de"
    path = write(rows)
    revised = json.loads(german("claims", "import", str(path), "--json").stdout)
    assert revised["revised"] == ["ohne-sprache"]
    before = counts(db_url)
    rows[0]["lang"] = "xx"
    rows.append({"id": "neu", "statement": DE_STATEMENT})
    quotes["neu"] = "Der Haushalt umfasst"
    path = write(rows)
    bad = german("claims", "import", str(path))
    where = "claim 1 (mit-sprache)" if fmt != "csv" else "line 2 (mit-sprache)"
    assert (bad.exit_code, bad.stderr) == (2, f"Error: {path}: {where}: {UNKNOWN_XX}\n")
    assert counts(db_url) == before
