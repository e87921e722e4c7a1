"""`factdb search`: ranked full-text search with filters, on SQLite (FTS5) and PostgreSQL
(tsvector); the index follows every write path and is built by the migration."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from factdb.search.query import parse_query
from factdb.store import db as dblib

from .conftest import FakeEngine, Runner
from .test_claims import SEED_URL, SOURCES

BBC_URL = "http://www.bbc.com/news/world-us-canada-33646704"
ENRICHMENT = "iran-enrichment-above-367"


def found(run: Runner, *args: str) -> list[dict]:
    result = run("search", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ids(run: Runner, *args: str) -> list[str]:
    return [h["id"] for h in found(run, *args)]


def marked(hit: dict) -> list[str]:
    return [hit["snippet"][a:b] for a, b in hit["highlights"]]


def test_words_rank_claims_and_highlight_the_quote(imported: Runner) -> None:
    hits = found(imported, "enrichment")
    assert hits[0]["id"] == ENRICHMENT
    assert {"iran-exceeded-leu-stockpile", "leu-swap-80-percent"} <= {h["id"] for h in hits}
    assert hits[0]["score"] >= hits[-1]["score"]
    top = hits[0]
    assert "increased its level of enrichment beyond 3.67 percent" in top["snippet"]
    assert marked(top) == ["enrichment"]
    assert top["sources"] == [SEED_URL]
    assert top["check"] == "unchecked"
    assert top["quantities"][0]["value"] == 3.67


def test_words_are_stemmed(imported: Runner) -> None:
    assert ENRICHMENT in ids(imported, "enriched")


def test_every_word_must_match(imported: Runner) -> None:
    assert ids(imported, "zarif biarritz") == ["zarif-arrived-biarritz-aug-25"]


def test_phrase_matches_words_in_order(imported: Runner) -> None:
    hits = found(imported, '"low-enriched uranium"')
    assert {h["id"] for h in hits} == {
        "iran-exceeded-leu-stockpile",
        "ahmadinejad-2009-leu-proposal",
        "leu-swap-80-percent",
    }
    assert all(any("uranium" in m for m in marked(h)) for h in hits)
    assert ids(imported, '"uranium low-enriched"') == []


def test_prefix_query(imported: Runner) -> None:
    assert ids(imported, "ahmadi*") == ["ahmadinejad-2009-leu-proposal"]


def test_or_and_excluded_words(imported: Runner) -> None:
    either = set(ids(imported, "biarritz OR instex"))
    assert either == {"zarif-arrived-biarritz-aug-25", "instex-european-spv"}
    assert "zarif-arrived-biarritz-aug-25" not in ids(imported, "zarif -biarritz")
    assert "zarif-arrived-biarritz-aug-25" not in ids(imported, "zarif NOT biarritz")


def test_a_number_is_searchable_as_words(imported: Runner) -> None:
    assert ids(imported, "3.67") == [ENRICHMENT]


def test_tags_are_searched(imported: Runner) -> None:
    # "hedge-dropped" is only a tag, in no statement or quote.
    assert ids(imported, "hedge") == ["leu-swap-80-percent"]


def test_source_titles_are_searched(imported: Runner) -> None:
    added = imported(
        "claim", "add", "--statement", "Obama called it distressing.",
        "--quote", 'Mr Obama said it was "distressing"', "--source", BBC_URL, "--id", "obama-bbc",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    # "frustration" is in the page's title only, not in the statement or the quote.
    assert ids(imported, "frustration") == ["obama-bbc"]


def test_unit_and_value_range_find_the_367_percent_claim(imported: Runner) -> None:
    args = ("--unit", "percent", "--value-min", "3", "--value-max", "4")
    assert ids(imported, *args) == [ENRICHMENT]
    assert ids(imported, "iran", *args) == [ENRICHMENT]
    assert set(ids(imported, "--unit", "%", "--value-min", "79", "--value-max", "81")) == {
        "ahmadinejad-2009-leu-proposal",
        "leu-swap-80-percent",
    }
    assert ids(imported, "--unit", "year", "--value-min", "2009", "--value-max", "2009") == [
        "ahmadinejad-2009-leu-proposal"
    ]
    assert ids(imported, "--unit", "USD") == []


def test_tag_status_source_and_date_filters(imported: Runner) -> None:
    assert set(ids(imported, "iran", "--tag", "history")) == {
        "ahmadinejad-2009-leu-proposal",
        "leu-swap-80-percent",
        "khamenei-scuttled-leu-swap",
    }
    assert ids(imported, "iran", "--tag", "history", "--tag", "khamenei") == [
        "khamenei-scuttled-leu-swap"
    ]
    assert ENRICHMENT in ids(imported, "enrichment", "--source", SEED_URL)
    assert ids(imported, "enrichment", "--source", BBC_URL) == []
    assert ENRICHMENT in ids(imported, "enrichment", "--published-since", "2019-08")
    assert ENRICHMENT in ids(imported, "enrichment", "--published-until", "2019-08-30")
    assert ids(imported, "enrichment", "--published-until", "2019-08-29") == []
    assert ids(imported, "enrichment", "--published-since", "2020") == []
    assert ids(imported, "enrichment", "--status", "retracted") == []


def test_the_tag_index_holds_the_claim_ids(db_url: str) -> None:
    """A tag filter reads a tag's claims from the index alone (migration 0021)."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(db_url)
    try:
        indexes = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("claim_tag")}
    finally:
        engine.dispose()
    assert indexes["ix_claim_tag_tag"] == ["tag", "claim_id"]


def test_check_filter_follows_the_latest_results(imported: Runner) -> None:
    every = json.loads(imported("claims", "list", "--json").stdout)
    assert len(ids(imported, "--check", "unchecked", "--limit", "100")) == len(every)
    imported("check")
    assert ids(imported, "--check", "warn") == ["leu-swap-80-percent"]
    assert ids(imported, "--check", "unchecked") == []
    assert ids(imported, "--check", "fail") == []
    passing = found(imported, "enrichment", "--check", "pass")
    assert ENRICHMENT in [h["id"] for h in passing]
    assert "leu-swap-80-percent" not in [h["id"] for h in passing]
    assert {h["check"] for h in passing} == {"pass"}


def test_unverified_is_its_own_check_status_in_search_and_claims_list(
    imported: Runner, fake_engine: FakeEngine
) -> None:
    """The fake engine leaves every statement without a digit unverified (needs review):
    `search --check unverified` and `claims list --status unverified` find exactly those,
    and neither shows them as passing."""
    every = json.loads(imported("claims", "list", "--json").stdout)
    assert {c["check"] for c in every} == {"unchecked"}
    assert imported("check").exit_code == 0
    expected = sorted(c["id"] for c in every if not any(ch.isdigit() for ch in c["statement"]))
    assert "khamenei-scuttled-leu-swap" in expected and len(expected) < len(every)
    assert sorted(ids(imported, "--check", "unverified", "--limit", "100")) == expected
    passing = ids(imported, "--check", "pass", "--limit", "100")
    assert passing and not set(passing) & set(expected)
    assert {h["check"] for h in found(imported, "--check", "unverified", "--limit", "100")} == {
        "unverified"
    }
    listed = json.loads(imported("claims", "list", "--status", "unverified", "--json").stdout)
    assert [c["id"] for c in listed] == expected
    assert {c["check"] for c in listed} == {"unverified"}
    assert {c["status"] for c in listed} == {"active"}
    # A claim's own status still filters as before; a check status and a tag combine.
    assert json.loads(imported("claims", "list", "--status", "retracted", "--json").stdout) == []
    tagged = imported("claims", "list", "--status", "unverified", "--tag", "khamenei", "--json")
    assert sorted(c["id"] for c in json.loads(tagged.stdout)) == [
        c["id"] for c in every if c["id"] in expected and "khamenei" in c["tags"]
    ]
    # For people: the check column says "needs review", never "pass" or "unverified".
    table = imported("claims", "list", "--status", "unverified", "--tag", "khamenei")
    rows = table.stdout.splitlines()
    assert rows[0].split() == ["id", "status", "check", "tags", "statement"]
    assert all(" active  needs review  " in row for row in rows[2:]) and len(rows) > 2
    text = imported("search", "--check", "unverified", "--tag", "khamenei").stdout
    assert "[active, check needs review]" in text and "unverified" not in text


def test_like_ranks_related_claims(imported: Runner) -> None:
    hits = ids(imported, "--like", "Iran has exceeded the enrichment cap", "--limit", "3")
    assert hits[0] == "iran-exceeded-leu-stockpile"
    assert ENRICHMENT in hits


def test_index_follows_add_cite_edit_and_retract(imported: Runner) -> None:
    assert ids(imported, "centrifuges") == []
    result = imported(
        "claim", "edit", ENRICHMENT, "--statement", "Iran spun centrifuges beyond 3.67%.",
        "--why", "test",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert ids(imported, "centrifuges") == [ENRICHMENT]
    assert ENRICHMENT not in ids(imported, "raised")
    assert ids(imported, "--unit", "percent", "--value-min", "3.67", "--value-max", "3.67") == [
        ENRICHMENT
    ]
    result = imported(
        "claim", "cite", ENRICHMENT, "--quote", "Less than twenty-four hours after the G7",
        "--source", SEED_URL,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert ENRICHMENT in ids(imported, "twenty-four")
    assert ids(imported, "centrifuges", "--status", "active") == [ENRICHMENT]
    assert imported("claim", "retract", ENRICHMENT, "--why", "test").exit_code == 0
    assert ids(imported, "centrifuges", "--status", "active") == []
    assert ids(imported, "centrifuges", "--status", "retracted") == [ENRICHMENT]


def test_index_follows_imports_that_create_and_revise(imported: Runner, tmp_path: Path) -> None:
    path = tmp_path / "more.yaml"
    path.write_text(
        f"""
- id: {ENRICHMENT}
  statement: Iran pushed enrichment past the centrifuge cap of 3.67%.
  tags: [iran]
  source: {SEED_URL}
  quote: increased its level of enrichment beyond 3.67 percent
- id: instex-again
  statement: Europeans set up a vehicle for barter trade.
  source: {SEED_URL}
  quote: the Instrument in Support of Trade Exchanges (INSTEX)
""",
        encoding="utf-8",
    )
    result = imported("claims", "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["revised"] == [ENRICHMENT]
    assert ids(imported, "centrifuge") == [ENRICHMENT]
    assert ids(imported, "barter") == ["instex-again"]
    assert ENRICHMENT not in ids(imported, "jcpoa", "--tag", "jcpoa")


def test_migration_indexes_claims_that_already_exist(imported: Runner, db_url: str) -> None:
    dblib.downgrade(db_url, "0003")
    dblib.upgrade(db_url)
    assert ids(imported, "enrichment")[0] == ENRICHMENT
    assert ids(imported, "--unit", "percent", "--value-min", "3", "--value-max", "4") == [
        ENRICHMENT
    ]


def test_filters_alone_list_claims_and_limit_caps_them(imported: Runner) -> None:
    assert len(ids(imported, "--tag", "iran", "--limit", "5")) == 5
    assert len(ids(imported, "iran", "--limit", "2")) == 2


def test_csv_output(imported: Runner) -> None:
    result = imported("search", "enrichment", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["id"] == ENRICHMENT
    assert rows[0]["sources"] == SEED_URL
    assert "enrichment" in rows[0]["snippet"]


def test_people_see_highlights_in_brackets(imported: Runner) -> None:
    result = imported("search", "enrichment", "--limit", "1")
    assert result.exit_code == 0, result.output
    assert f"1. {ENRICHMENT}  [active, check unchecked]" in result.stdout
    assert "“increased its level of [enrichment] beyond 3.67 percent”" in result.stdout


def test_no_results_is_not_an_error(imported: Runner) -> None:
    result = imported("search", "xylophone")
    assert result.exit_code == 0
    assert result.stdout == "No claims found.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (['"low enriched'], "unbalanced quotes in query '\"low enriched': close the phrase"),
        (["iran OR"], "the query ends with an operator: 'iran OR'"),
        (["OR iran"], "OR needs a word on each side in 'OR iran'"),
        (["iran AND AND tehran"], "AND needs a word on each side in 'iran AND AND tehran'"),
        (
            ["NEAR(iran tehran)"],
            "NEAR is not supported in 'NEAR(iran tehran)': "
            'use words, "a phrase", prefix*, OR, and -word to exclude',
        ),
        (
            ["iran^2"],
            "'^' is not search syntax in 'iran^2': "
            'use words, "a phrase", prefix*, OR, and -word to exclude',
        ),
        (
            ["statement:iran"],
            "':' is not search syntax in 'statement:iran': "
            'use words, "a phrase", prefix*, OR, and -word to exclude',
        ),
        (["*"], "'*' may only end a word, as in enrich*: '*'"),
        (["--", "-iran"], "the query only excludes words: '-iran'; add one to find"),
        ([], "give a query, --like STATEMENT, or at least one filter"),
        (["iran", "--like", "iran"], "give a query or --like, not both"),
        (
            ["iran", "--unit", "furlongs"],
            "unknown unit 'furlongs': use percent, percentage point, year, number, "
            "or a currency (USD, EUR, GBP, IRR, ...)",
        ),
        (
            ["iran", "--published-since", "2019-13-01"],
            "published-since '2019-13-01' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY",
        ),
        (
            ["iran", "--published-until", "last week"],
            "published-until 'last week' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY",
        ),
        (
            ["iran", "--value-min", "5", "--value-max", "1"],
            "value-min 5 is above value-max 1",
        ),
        (
            ["iran", "--source", "https://nowhere.example/"],
            "no source https://nowhere.example/ (give a source URL or id)",
        ),
    ],
)
def test_bad_query_or_filter_is_one_line_exit_2(
    imported: Runner, args: list[str], message: str
) -> None:
    result = imported("search", *args)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["iran", "--status", "deleted"], "Invalid value for '--status'"),
        (["iran", "--check", "maybe"], "Invalid value for '--check'"),
        (["iran", "--colour", "red"], "No such option '--colour'"),
        (["iran", "--value-min", "lots"], "Invalid value for '--value-min'"),
    ],
)
def test_unknown_filters_are_usage_errors(imported: Runner, args: list[str], fragment: str) -> None:
    result = imported("search", *args)
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.output and "sqlite" not in result.output.lower()


@pytest.mark.parametrize(
    "query",
    ['"', "''", "AND", "NOT", "-", '"iran" OR', "a OR -b", "((", "a:b:c", "NEAR", "*a", "x*y"],
)
def test_malformed_queries_never_reach_the_database(imported: Runner, query: str) -> None:
    result = imported("search", query)
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
    assert "syntax error" not in result.output.lower()


def test_parsed_query_is_the_same_on_both_backends() -> None:
    query = parse_query('"low-enriched uranium" enrich* iran OR tehran -deal')
    assert query.fts5() == (
        '(("low enriched uranium") AND ("enrich"*) AND ("iran" OR "tehran")) NOT ("deal")'
    )
    assert query.tsquery() == (
        "(('low' <-> 'enriched' <-> 'uranium')) & (('enrich':*)) & (('iran') | ('tehran'))"
        " & !('deal')"
    )


def test_a_match_only_in_the_statement_highlights_the_statement(imported: Runner) -> None:
    # "raised" is in the statement; its quote says "increased".
    [hit] = found(imported, "raised")
    assert hit["id"] == ENRICHMENT
    assert hit["snippet_of"] == "statement"
    # (PostgreSQL's headline drops the final full stop.)
    assert hit["snippet"].startswith("Iran raised enrichment beyond the JCPOA's 3.67% limit")
    assert marked(hit) == ["raised"]
    result = imported("search", "raised")
    assert result.exit_code == 0, result.output
    assert (
        "   matched in the statement: Iran [raised] enrichment beyond the JCPOA's 3.67% limit"
        in result.stdout
    )
    assert "“" not in result.stdout


def test_a_match_in_the_quote_shows_the_quote_even_if_the_statement_has_it(
    imported: Runner,
) -> None:
    [hit] = [h for h in found(imported, "enrichment") if h["id"] == ENRICHMENT]
    assert hit["snippet_of"] == "quote"
    assert hit["snippet"] == "increased its level of enrichment beyond 3.67 percent"


def test_a_match_in_the_title_only_shows_the_quote_unmarked(imported: Runner) -> None:
    # "negotiations" is in the source's title, in neither this statement nor its quote.
    hits = {h["id"]: h for h in found(imported, "negotiations", "--limit", "100")}
    hit = hits[ENRICHMENT]
    assert (hit["snippet_of"], hit["snippet"], hit["highlights"]) == (
        "quote",
        "increased its level of enrichment beyond 3.67 percent",
        [],
    )


def test_index_follows_a_new_title_when_a_source_is_archived_again(
    imported: Runner, tmp_path: Path
) -> None:
    assert ids(imported, "zanzibar") == []
    page = tmp_path / "changed.html"
    page.write_bytes((SOURCES / "policywatch-3172.html").read_bytes() + b"\n<!-- changed -->\n")
    result = imported(
        "archive", str(page), "--url", SEED_URL, "--title", "Zanzibar talks about talks"
    )
    assert result.exit_code == 0, result.output
    citing = {
        c["id"] for c in json.loads(imported("source", "show", SEED_URL, "--json").stdout)["claims"]
    }
    assert ENRICHMENT in citing
    assert set(ids(imported, "zanzibar", "--limit", "100")) == citing
