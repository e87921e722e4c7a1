"""Quotes with an ellipsis through `--allow-gaps` (issue 14, inputs).

`factdb locate`, `factdb claim add`/`cite` and `factdb claims import` (`allow_gaps: true`
per claim) match "ship out … uranium" with the omitted words as a gap. The stored span is
exact, as DESIGN.md requires (`text[start:end] == exact`): it runs from the first part's
start to the last part's end, and each part's range is kept in the citation's `parts`.
Without the option the error names it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, text

from .conftest import Runner

SOURCES = Path(__file__).parent.parent / "sources"
PAGE = SOURCES / "policywatch-3172.html"
URL = "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"
GAPPED = "agreed in principle … to ship out nearly 80 percent"
PLAIN_PARTS = ["agreed in principle", "to ship out nearly 80 percent"]


@pytest.fixture
def snap(run: Runner) -> str:
    result = run("archive", "--json", str(PAGE))
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert item["url"] == URL
    return item["snapshot"]


def _page_text(run: Runner, snap: str) -> str:
    return json.loads(run("text", "--json", snap).stdout)["text"]


def _citations(db_url: str) -> list[dict]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.slug, ci.exact, ci.text_start, ci.text_end, ci.parts, "
                    "ci.typed_quote FROM citation ci JOIN claim c ON c.id = ci.claim_id "
                    "ORDER BY ci.id"
                )
            ).all()
    finally:
        engine.dispose()
    out = []
    for slug, exact, start, end, parts, typed in rows:
        if isinstance(parts, str):
            parts = json.loads(parts)
        out.append(
            {"id": slug, "exact": exact, "start": start, "end": end, "parts": parts, "typed": typed}
        )
    return out


def _claim_count(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM claim")).scalar_one()
    finally:
        engine.dispose()


def test_locate_without_the_option_names_it(run: Runner, snap: str) -> None:
    result = run("locate", snap, GAPPED)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "--allow-gaps" in line and "allow_gaps: true" in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize("gap", ["…", "...", "[...]"])
def test_locate_with_allow_gaps_gives_an_exact_span_and_its_parts(
    run: Runner, snap: str, gap: str
) -> None:
    result = run("locate", "--json", "--allow-gaps", snap, GAPPED.replace("…", gap))
    assert result.exit_code == 0, result.output
    span = json.loads(result.stdout)
    page = _page_text(run, snap)
    assert page[span["text_start"] : span["text_end"]] == span["exact"]
    assert span["exact"].startswith("agreed in principle to a proposal by the United States")
    assert span["exact"].endswith("to ship out nearly 80 percent")
    assert [page[s:e] for s, e in span["parts"]] == PLAIN_PARTS
    shown = run("locate", "--allow-gaps", snap, GAPPED).stdout
    assert "part   " in shown and "agreed in principle" in shown


def test_locate_with_allow_gaps_but_no_ellipsis_is_a_plain_quote(run: Runner, snap: str) -> None:
    result = run("locate", "--json", "--allow-gaps", snap, "ship out nearly 80 percent")
    assert result.exit_code == 0
    assert "parts" not in json.loads(result.stdout)


def test_claim_add_with_allow_gaps_stores_the_exact_span_and_parts(
    run: Runner, db_url: str, snap: str
) -> None:
    args = ["claim", "add", "--id", "leu-gap", "--statement", "Iran agreed to ship out 80%."]
    args += ["--quote", GAPPED, "--snapshot", snap[:12]]
    refused = run(*args)
    assert refused.exit_code == 1 and "--allow-gaps" in refused.stderr
    assert _claim_count(db_url) == 0
    result = run(*args, "--allow-gaps")
    assert result.exit_code == 0, result.output
    [c] = _citations(db_url)
    page = _page_text(run, snap)
    assert page[c["start"] : c["end"]] == c["exact"]
    assert [page[s:e] for s, e in c["parts"]] == PLAIN_PARTS
    assert c["typed"] == GAPPED
    # fsck re-extracts the page and finds every citation's exact words at their place.
    checked = json.loads(run("fsck", "--json").stdout)
    assert checked["citations"] == 1 and checked["problems"] == []


def test_claim_cite_takes_allow_gaps_too(run: Runner, db_url: str, snap: str) -> None:
    run("claim", "add", "--id", "leu", "--statement", "Iran agreed to ship out 80%.",
        "--quote", "ship out nearly 80 percent", "--source", URL)  # fmt: skip
    result = run("claim", "cite", "leu", "--quote", GAPPED, "--source", URL, "--allow-gaps")
    assert result.exit_code == 0, result.output
    assert [c["parts"] is not None for c in _citations(db_url)] == [False, True]


def _claims_file(tmp_path: Path, **extra: object) -> Path:
    row = {
        "id": "leu-gap",
        "statement": "Iran agreed to ship out 80%.",
        "source": URL,
        "quote": GAPPED,
        **extra,
    }
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump([row], allow_unicode=True), encoding="utf-8")
    return path


def test_import_with_allow_gaps_true(run: Runner, db_url: str, snap: str, tmp_path: Path) -> None:
    result = run("claims", "import", str(_claims_file(tmp_path, allow_gaps=True)))
    assert result.exit_code == 0, result.output
    [c] = _citations(db_url)
    assert _page_text(run, snap)[c["start"] : c["end"]] == c["exact"]
    assert len(c["parts"]) == 2
    again = run("claims", "import", "--json", str(_claims_file(tmp_path, allow_gaps=True)))
    assert again.exit_code == 0, again.output
    assert len(_citations(db_url)) == 1


def test_import_without_allow_gaps_names_the_field(
    run: Runner, db_url: str, snap: str, tmp_path: Path
) -> None:
    result = run("claims", "import", str(_claims_file(tmp_path)))
    assert result.exit_code == 1
    assert "allow_gaps: true" in result.stderr
    assert _claim_count(db_url) == 0


def test_import_with_a_bad_allow_gaps_value_is_refused(
    run: Runner, db_url: str, snap: str, tmp_path: Path
) -> None:
    result = run("claims", "import", str(_claims_file(tmp_path, allow_gaps="maybe")))
    assert result.exit_code != 0
    assert "allow_gaps must be true or false, not 'maybe'" in result.stderr
    assert "Traceback" not in result.output
    assert _claim_count(db_url) == 0


def test_import_csv_allow_gaps_column(run: Runner, db_url: str, snap: str, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "id,statement,source,quote,allow_gaps\n"
        f'leu-gap,Iran agreed to ship out 80%.,{URL},"{GAPPED}",yes\n',
        encoding="utf-8",
    )
    result = run("claims", "import", str(path))
    assert result.exit_code == 0, result.output
    [c] = _citations(db_url)
    assert len(c["parts"]) == 2
