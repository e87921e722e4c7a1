"""Search in Chinese and Japanese text, which has no spaces between words (issue 14).

The quotes are real passages of corpus pages in tests/data/corpus (origins and licences
in its README): Guangming Online (readability-gmw.html, Simplified Chinese, Apache-2.0
via mozilla/readability), Yahoo! Japan news (readability-yahoo-4.html, Apache-2.0 via
mozilla/readability) and ITmedia (postlight-itmedia.co.jp.html, Japanese written as
`&#x...;` references, MIT OR Apache-2.0 via postlight/parser). Terms of three or more
characters use the trigram index; shorter ones the LIKE fallback; both run here on the
configured backend (SQLite, or PostgreSQL with FACTDB_TEST_BACKEND=postgresql).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, text

from factdb.store import db as dblib

from .conftest import CORPUS, Runner

GMW = CORPUS / "readability-gmw.html"
YAHOO = CORPUS / "readability-yahoo-4.html"
ITMEDIA = CORPUS / "postlight-itmedia.co.jp.html"
BBC = CORPUS / "readability-bbc-1.html"

VODKA = "17名男子被要求在地面和一间模拟海拔3.7公里的房间内喝下一些伏特加"
DRUNK = "所以，人乘坐飞机时醉得更快是个传说？"
WIFI = "回答者の約85％が安全なフリーWi-Fiと危険なフリーWi-Fiは「見分けられない」と回答"
NUC = "ほぼ5年ぶりにPCを新調した経緯をまとめた本連載"


@pytest.fixture
def claims(run: Runner) -> dict[str, str]:
    snaps = {}
    for page in (GMW, YAHOO, ITMEDIA, BBC):
        result = run("archive", "--json", str(page))
        assert result.exit_code == 0, result.output
        snaps[page.name] = json.loads(result.stdout)[0]["snapshot"]
    for slug, statement, quote, page, tags in (
        ("zh-vodka", "17 men drank vodka at a simulated 3.7 km altitude.", VODKA, GMW, "space"),
        ("zh-drunk", "Getting drunk faster on planes is a myth.", DRUNK, GMW, "space"),
        ("ja-wifi", "About 85% cannot tell safe from unsafe free Wi-Fi.", WIFI, YAHOO, "wifi"),
        ("ja-nuc", "The author built a new PC after about 5 years.", NUC, ITMEDIA, "pc"),
        (
            "en-guns",
            "Obama called gun laws his biggest frustration.",
            "told the BBC that gun control was his biggest frustration",
            BBC,
            "guns",
        ),
    ):
        result = run(
            "claim", "add", "--id", slug, "--statement", statement, "--quote", quote,
            "--snapshot", snaps[page.name], "--tag", tags,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    return snaps


def search(run: Runner, *args: str) -> list[dict]:
    result = run("search", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ids(run: Runner, *args: str) -> list[str]:
    return [h["id"] for h in search(run, *args)]


def highlighted(hit: dict) -> list[str]:
    return [hit["snippet"][a:b] for a, b in hit["highlights"]]


@pytest.mark.usefixtures("claims")
@pytest.mark.parametrize(
    ("query", "found", "marked"),
    [
        ("伏特加", ["zh-vodka"], "伏特加"),  # three characters: the trigram index
        ("模拟海拔", ["zh-vodka"], "模拟海拔"),
        ("海拔", ["zh-vodka"], "海拔"),  # two characters: the LIKE fallback
        ("醉", ["zh-drunk"], "醉"),  # one character
        ("见分け", [], None),  # a Chinese form of 見: not the same character
        ("見分け", ["ja-wifi"], "見分け"),
        ("危険", ["ja-wifi"], "危険"),
        ("新調", ["ja-nuc"], "新調"),  # the page wrote it as &#x65b0;&#x8abf;
        ("酒精", [], None),  # on the page, not in a quote
    ],
)
def test_cjk_words_are_found_inside_sentences(
    run: Runner, query: str, found: list[str], marked: str | None
) -> None:
    hits = search(run, query)
    assert [h["id"] for h in hits] == found
    for hit in hits:
        assert hit["snippet_of"] == "quote"
        assert highlighted(hit) == [marked]


@pytest.mark.usefixtures("claims")
def test_cjk_words_of_source_titles_are_found(run: Runner) -> None:
    # "…さらば平成、さらば水冷…" is in the ITmedia page's title, not in the quote.
    [hit] = search(run, "平成")
    assert hit["id"] == "ja-nuc" and hit["highlights"] == []
    assert ids(run, "宇航员") == ["zh-vodka", "zh-drunk"]


@pytest.mark.usefixtures("claims")
def test_half_and_full_width_forms_match_each_other(run: Runner) -> None:
    # Half-width katakana and full-width digits fold (NFKC) to the forms of the page.
    assert ids(run, "ﾌﾘｰWi-Fi") == ["ja-wifi"]
    assert ids(run, "５年ぶり") == ["ja-nuc"]


@pytest.mark.usefixtures("claims")
def test_query_syntax_works_with_cjk_terms(run: Runner) -> None:
    assert ids(run, "伏特加 OR 見分け") == ["zh-vodka", "ja-wifi"]  # same score: by id
    assert ids(run, "伏特加 -海拔") == []
    assert ids(run, "伏特加 -醉") == ["zh-vodka"]
    assert ids(run, "vodka 伏特加") == ["zh-vodka"]  # an English word in the same query
    assert ids(run, "vodka 見分け") == []
    assert ids(run, '"飞机时醉"') == ["zh-drunk"]
    assert ids(run, "醉 OR frustration") == ["zh-drunk", "en-guns"]
    # One list of claims per OR: a phrase of two terms (both must occur) or a word.
    assert ids(run, "ﾌﾘｰWi-Fi OR 醉") == ["ja-wifi", "zh-drunk"]
    assert ids(run, "ﾌﾘｰWi-Fi OR 醉 OR 伏特加 -海拔") == ["ja-wifi", "zh-drunk"]
    assert ids(run, "Wi-醉 OR frustration") == ["en-guns"]


@pytest.mark.usefixtures("claims")
def test_filters_apply_to_cjk_queries(run: Runner) -> None:
    assert ids(run, "伏特加 OR 醉", "--tag", "space") == ["zh-vodka", "zh-drunk"]
    assert ids(run, "伏特加 OR 醉 OR 危険", "--tag", "wifi") == ["ja-wifi"]
    assert ids(run, "伏特加", "--status", "retracted") == []
    assert ids(run, "伏特加", "--limit", "1") == ["zh-vodka"]


@pytest.mark.usefixtures("claims")
def test_statement_in_cjk_is_found_with_its_snippet(run: Runner) -> None:
    run("claim", "edit", "zh-drunk", "--statement", "在飞机上醉得更快是传说。", "--why", "zh")
    [hit] = search(run, "传说")
    assert hit["id"] == "zh-drunk" and hit["snippet_of"] == "quote"
    assert hit["score"] == 14  # in the statement (10) and the quote (4)
    assert ids(run, "醉") == ["zh-drunk"]
    [hit] = search(run, "在飞机上")
    assert hit["snippet_of"] == "statement" and highlighted(hit) == ["在飞机上"]


@pytest.mark.usefixtures("claims")
def test_english_search_is_unchanged_and_english_claims_are_not_in_the_cjk_index(
    run: Runner, db_url: str
) -> None:
    [hit] = search(run, "frustration")
    assert hit["id"] == "en-guns" and highlighted(hit) == ["frustration"]
    assert ids(run, "vodka") == ["zh-vodka"]
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            key = "claim_id" if engine.dialect.name == "postgresql" else "rowid"
            indexed = conn.execute(
                text(f"SELECT c.slug FROM claim_cjk k JOIN claim c ON c.id = k.{key}")
            ).scalars()
            assert sorted(indexed) == ["ja-nuc", "ja-wifi", "zh-drunk", "zh-vodka"]
    finally:
        engine.dispose()


def test_imported_cjk_claims_are_searchable(run: Runner, tmp_path: Path) -> None:
    [item] = json.loads(run("archive", "--json", str(GMW)).stdout)
    path = tmp_path / "claims.yaml"
    rows = [
        {"id": "vodka", "statement": "Vodka at altitude.", "source": item["url"], "quote": VODKA},
        {"id": "drunk", "statement": "A myth.", "source": item["url"], "quote": DRUNK},
    ]
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    result = run("claims", "import", str(path))
    assert result.exit_code == 0, result.output
    assert ids(run, "伏特加") == ["vodka"]
    assert ids(run, "醉") == ["drunk"]


@pytest.mark.usefixtures("claims")
def test_migration_indexes_existing_cjk_claims(run: Runner, db_url: str) -> None:
    dblib.downgrade(db_url, "0007")
    dblib.upgrade(db_url)
    assert ids(run, "伏特加 OR 新調") == ["zh-vodka", "ja-nuc"]


def _cjk_rows(db_url: str) -> list[tuple]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            postgres = engine.dialect.name == "postgresql"
            key = "claim_id" if postgres else "rowid"
            return sorted(
                tuple(r)
                for r in conn.execute(
                    text(f"SELECT {key}, statement, quotes, tags, titles FROM claim_cjk")
                )
            )
    finally:
        engine.dispose()


def test_cjk_index_after_writes_equals_a_rebuild(
    run: Runner, db_url: str, claims: dict[str, str]
) -> None:
    from sqlalchemy import select

    from factdb.search.index import index_claims
    from factdb.store.db import Database
    from factdb.store.models import Claim

    for args in (
        ("edit", "zh-vodka", "--statement", "伏特加在高海拔。", "--why", "zh"),
        ("edit", "ja-wifi", "--statement", "Wi-Fi safety.", "--why", "en"),
        ("cite", "en-guns", "--quote", DRUNK, "--snapshot", claims[GMW.name]),
        ("retract", "ja-nuc", "--why", "test"),
    ):
        result = run("claim", *args)
        assert result.exit_code == 0, result.output
    written = _cjk_rows(db_url)
    assert any("伏特加在高海拔" in row[1] for row in written)
    assert ids(run, "飞机时醉") == ["zh-drunk", "en-guns"]  # the English claim's new quote
    db = Database.open(db_url)
    try:
        with db.session() as session:
            session.execute(text("DELETE FROM claim_cjk"))
            index_claims(session, list(session.scalars(select(Claim.id))))
    finally:
        db.close()
    assert _cjk_rows(db_url) == written


def test_issue_repro_maple_red_is_found(run: Runner, tmp_path: Path) -> None:
    # The words of the issue's reproduction (Traditional Chinese, "autumn maples").
    page = tmp_path / "maple.html"
    page.write_text(
        "<!DOCTYPE html><html lang=zh-Hant><head><title>秋遊</title></head>"
        "<body><p>十一月楓紅時節，奧萬大遊客人數比去年增加三成。</p></body></html>",
        encoding="utf-8",
    )
    [item] = json.loads(run("archive", "--json", str(page)).stdout)
    quote = "十一月楓紅時節，奧萬大遊客人數比去年增加三成"
    result = run(
        "claim", "add", "--id", "maples", "--statement", "Visitors rose 30% in maple season.",
        "--quote", quote, "--snapshot", item["snapshot"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [hit] = search(run, "楓紅")
    assert hit["id"] == "maples" and highlighted(hit) == ["楓紅"]
    assert ids(run, "楓紅時節") == ["maples"]
