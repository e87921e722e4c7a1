"""Same limits, same errors, on SQLite and PostgreSQL.

PostgreSQL refuses a NUL character and a string longer than its column (DataError, a
traceback); SQLite stored them. Claims files with values of the wrong type crashed the
reader. Every case here is refused by factdb itself with one line (per bad row, naming
the file, the row and the field), exit 1, and the database unchanged, on the database
under test. A quote in the raw text of an `<xmp>` is refused at `claim add` when its HTML
range would not read back as the quote, instead of being stored to fail html-span later.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from factdb import claims as claims_lib
from factdb.claims_file import CiteSpec
from factdb.errors import FactdbError
from factdb.store import db as dblib

from .conftest import Runner

URL = "http://limits.example/"
PAGE = (
    "<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title></head><body>"
    "<p>The rate rose to 5 percent in 2020.</p>"
    "<xmp>The rate &amp; <b>7 percent</b> fell</xmp><xmp>plain words in an xmp</xmp>"
    "</body></html>"
)
QUOTE = {"quote": "rose to 5 percent", "source": URL}


@pytest.fixture
def archived(run: Runner, tmp_path: Path) -> Runner:
    page = tmp_path / "p.html"
    page.write_text(PAGE)
    result = run("archive", str(page), "--url", URL)
    assert result.exit_code == 0, result.output
    return run


def counts(run: Runner) -> dict[str, int]:
    engine = create_engine(run.db_url)
    try:
        with engine.connect() as conn:
            return {
                t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                for t in ("claim", "claim_tag", "citation", "event", "source")
            }
    finally:
        engine.dispose()


def claim(**fields: object) -> dict[str, object]:
    return {"id": "c", "statement": "The rate was 5 percent", **QUOTE, **fields}


LONG = "t" * 101
Y = "- {id: c, statement: s 5, quote: q, source: u, "
OCC = "occurrence must be a whole number from 1 to 1,000,000,"
#: (file name, content, the problem its one bad row must name)
CLAIMS_FILES = {
    "tags-number": ("c.yaml", "- {id: c, statement: s 5, tags: 5, quote: q, source: u}\n",
                    "claim 1 (c): tags must be a list of text, not 5"),
    "tags-mapping": ("c.json", [claim(tags={"a": 1})],
                     "claim 1 (c): tags must be a list of text, not {'a': 1}"),
    "citations-number": ("c.yaml", "- {id: c, statement: s 5, citations: 5}\n",
                         "claim 1 (c): citations must be a list of mappings, not 5"),
    "prefix-list": ("c.yaml", "- {id: c, statement: s 5, quote: q, source: u, prefix: [1, 2]}\n",
                    "claim 1 (c): prefix must be text, not [1, 2]"),
    "suffix-mapping": ("c.json", [claim(suffix={"x": 1})],
                       "claim 1 (c): suffix must be text, not {'x': 1}"),
    "occurrence-inf": ("c.yaml", f"{Y}occurrence: .inf}}\n", f"claim 1 (c): {OCC} not inf"),
    "occurrence-nan": ("c.yaml", f"{Y}occurrence: .nan}}\n", f"claim 1 (c): {OCC} not nan"),
    "occurrence-huge": ("c.json", [claim(occurrence=10**400)],
                        "occurrence must be a whole number from 1 to 1,000,000, not 1000"),
    "occurrence-fraction": ("c.json", [claim(occurrence=1.5)],
                            "occurrence must be a whole number from 1 to 1,000,000, not 1.5"),
    "id-list": ("c.yaml", "- {id: [1], statement: s 5, quote: q, source: u}\n",
                "claim 1: id must be text, not [1]"),
    "quote-mapping": ("c.json", [claim(quote={"a": 1})],
                      "claim 1 (c): quote must be text, not {'a': 1}"),
    "statement-nul": ("c.json", [claim(statement="5 per\x00cent")],
                      "claim 1 (c): statement holds a NUL character"),
    "quote-nul": ("c.json", [claim(quote="rose to\x00 5")],
                  "claim 1 (c): quote holds a NUL character"),
    "tag-nul": ("c.json", [claim(tags=["a\x00b"])],
                "claim 1 (c): tag 'a\\x00b' holds a NUL character"),
    "tag-long": ("c.json", [claim(tags=[LONG])],
                 "is 101 characters long; at most 100"),
    "source-long": ("c.json", [claim(source=URL + "u" * 2048)],
                    "claim 1 (c): source is 2,070 characters long; at most 2,048"),
    "id-long": ("c.json", [claim(id="c" * 201)],
                "id is 201 characters long; at most 200"),
    "statement-surrogate": ("c.json", '[{"id": "c", "statement": "5 p\\ud800", "quote": "q"}]',
                            "claim 1 (c): statement is not Unicode text (a lone surrogate U+D800)"),
    "csv-header-field": ("c.csv", "statement,quote,source," + "h" * 140_000 + "\ns,q,u,x\n",
                         "c.csv: line 1: header field 4 ('hhhh"),
    "csv-field": ("c.csv", "statement,quote,source\ns 5,q," + "u" * 140_000 + "\n",
                  "c.csv: line 2: field source is 140,000 characters long; at most 131,072"),
    "csv-tag-long": ("c.csv", f"statement,quote,source,tags\ns 5,q,u,{LONG}\n",
                     "c.csv: line 2: tag"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CLAIMS_FILES))
def test_a_claims_file_with_a_bad_value_is_refused_naming_file_row_and_field(
    archived: Runner, tmp_path: Path, case: str
) -> None:
    name, content, expected = CLAIMS_FILES[case]
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_text(json.dumps(content))
    before = counts(archived)
    result = archived("claims", "import", str(path))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines  # one bad row: one line, naming file, row and field
    assert lines[0].startswith(f"Error: {path}: "), lines
    assert expected in lines[0], lines
    assert counts(archived) == before


def test_a_nul_in_a_statement_is_refused_by_the_library(archived: Runner) -> None:
    db = dblib.Database.open(archived.db_url)
    before = counts(archived)
    try:
        with pytest.raises(FactdbError, match=r"^a statement holds a NUL character: "):
            with db.session() as session:
                claims_lib.add_claim(
                    session, "5 per\x00cent", [CiteSpec(**QUOTE)], slug="nul", actor="t"
                )
    finally:
        db.close()
    assert counts(archived) == before


def test_a_tag_over_100_characters_is_one_line(archived: Runner) -> None:
    before = counts(archived)
    result = archived(
        "claim", "add", "--id", "t", "--statement", "5 percent", "--quote", QUOTE["quote"],
        "--source", URL, "--tag", LONG,
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr == f"Error: a tag is 101 characters long; at most 100: {LONG[:40]!r}…\n"
    assert counts(archived) == before


def test_a_url_over_2048_characters_is_one_line(run: Runner, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(PAGE)
    url = URL + "u" * 2030
    result = run("archive", str(page), "--url", url)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --url is 2,052 characters long; at most 2,048: ")
    assert counts(run)["source"] == 0


def test_a_canonical_url_over_2048_characters_is_not_taken(run: Runner, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    long = URL + "u" * 2030
    page.write_text(PAGE.replace("<title>", f'<link rel="canonical" href="{long}"><title>'))
    result = run("archive", str(page), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["url"] == page.resolve().as_uri()


def test_a_quote_in_xmp_holding_markup_is_refused_at_claim_add(archived: Runner) -> None:
    before = counts(archived)
    quote = "The rate &amp; <b>7 percent</b> fell"
    args = ["--statement", "The rate was 7 percent", "--quote", quote, "--source", URL]
    result = archived("claim", "add", "--id", "x", *args)
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert "that HTML read alone gives 'The rate & 7 percent fell'" in line, line
    assert counts(archived) == before


def test_a_quote_in_xmp_holding_markup_is_refused_at_import(
    archived: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps([claim(quote="The rate &amp; <b>7 percent</b> fell")]))
    result = archived("claims", "import", str(path))
    assert result.exit_code == 1
    assert "that HTML read alone gives" in result.stderr.strip().splitlines()[-1]
    assert counts(archived)["claim"] == 0


def test_a_quote_in_xmp_that_reads_back_is_stored_and_passes_every_check(
    archived: Runner,
) -> None:
    for slug, quote in (("x1", "plain words in an xmp"), ("x2", "7 percent")):
        args = ["--statement", "It was 7 percent", "--quote", quote, "--source", URL]
        result = archived("claim", "add", "--id", slug, *args)
        assert result.exit_code == 0, result.output
    result = archived("check", "--json")
    assert result.exit_code == 0, result.output
    results = [r for r in json.loads(result.stdout) if r["check"] == "html-span"]
    assert [r["status"] for r in results] == ["pass", "pass"], results


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("a\x00b", "a statement holds a NUL character: 'a\\x00b'"),
        ("\ud800", "a statement is not Unicode text (a lone surrogate U+D800): '\\ud800'"),
    ],
)
def test_a_bulk_insert_names_the_first_bad_value_of_a_large_column(bad: str, message: str) -> None:
    """`check_columns` looks at thousands of values at once; the error is still the first
    bad value's, as one value at a time would give it."""
    from factdb.errors import InputError
    from factdb.store.limits import check_columns
    from factdb.store.models import Claim

    values: list[str | None] = [*(["fine"] * 5000), None, bad, "\x00 later"]
    with pytest.raises(InputError) as caught:
        check_columns(Claim.__table__, {"statement": values}, {})  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_a_bulk_insert_refuses_a_slug_too_long_and_two_halves_of_a_surrogate_pair() -> None:
    from factdb.errors import InputError
    from factdb.store.limits import check_columns
    from factdb.store.models import Claim, ClaimTag

    table = Claim.__table__
    check_columns(table, {"slug": ["a" * 200] * 3, "statement": ["x", None]}, {})  # type: ignore[arg-type]
    with pytest.raises(InputError, match="a claim id is 201 characters long; at most 200"):
        check_columns(table, {"slug": ["a", "a" * 201]}, {})  # type: ignore[arg-type]
    # Joined, the halves sit side by side; each is still a lone surrogate.
    with pytest.raises(InputError, match="lone surrogate U\\+D83D"):
        check_columns(ClaimTag.__table__, {"tag": ["x\ud83d", "\ude00y"]}, {})  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(
    fragment=st.text(st.sampled_from("ab \t\n\f\r\v\xa0\u2009\u3000\x1c\u2028"), max_size=8),
    exact=st.text(st.sampled_from("ab \xa0\u2009"), max_size=6),
)
def test_a_range_without_markup_is_refused_exactly_when_it_misreads(
    fragment: str, exact: str
) -> None:
    """`check_span_reads` answers a markup-free HTML range itself (its words against the
    quote's): the answer `html_span_misreads` gives, for every kind of whitespace."""
    from factdb.check_rules import html_span_misreads
    from factdb.engine.anchor import Span
    from factdb.engine.text import extract_html

    html = f"<p>x</p>{fragment}"
    layer = extract_html(html)
    span = Span(exact, "", "", 0, 1, len(html) - len(fragment), len(html), 0, 1)
    snapshot = SimpleNamespace(sha256="0" * 64)
    refused = False
    try:
        claims_lib.check_span_reads(layer, span, snapshot)  # type: ignore[arg-type]
    except FactdbError:
        refused = True
    assert refused == (html_span_misreads(html, span.html_start, span.html_end, exact) is not None)
