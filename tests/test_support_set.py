"""The labelled statement/quote set of the "claim supported" check (tests/data/support).

The set is self-contained (quotes are copied into pairs.jsonl), so these tests need nothing
outside the project. See tests/data/support/README.md for the format and the labels, and
scripts/eval_support.py for the full report (confusion table, per-kind accuracy, old engine).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from factdb.engine.support import Support, claim_supported

SUPPORT = Path(__file__).parent / "data" / "support"
PAIRS_FILE = SUPPORT / "pairs.jsonl"
CORPUS = Path(__file__).parent / "data" / "corpus"

FIELDS = {
    "id": str,
    "lang": str,
    "quote_lang": str,
    "statement": str,
    "quote": str,
    "expected": str,
    "kind": str,
    "page": str,
    "why": str,
}
EXPECTED = {"pass", "warn", "fail", "unverified"}
KINDS = {
    "quantity", "percent", "money", "scale", "unit", "date", "year", "decade", "century",
    "rank", "direction", "comparator", "hedge", "negation", "fraction", "multiplier",
    "duration", "none", "language",
}  # fmt: skip
#: Languages with number rules, and the corpus languages without them.
RULE_LANGS = {"en", "de", "fr", "es", "pt", "zh", "ja"}
LANGS = RULE_LANGS | {"ko", "cs", "pl", "ru", "uk", "ar"}
#: Minimum number of pairs per statement language.
MIN_PER_LANG = {
    "en": 140, "de": 70, "fr": 45, "es": 45, "pt": 40, "zh": 20, "ja": 20,
    "ko": 5, "cs": 5, "pl": 5, "ru": 5, "ar": 5,
}  # fmt: skip
MIN_PAIRS = 400
MIN_ACCURACY = 0.97


def _load() -> list[dict]:
    with PAIRS_FILE.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


PAIRS = _load()
BY_ID = {p["id"]: p for p in PAIRS}
NOT_PASS = [p for p in PAIRS if p["expected"] != "pass"]
#: False passes the engine still gives (one id a line); each is a strict xfail below.
KNOWN_FALSE_PASSES = {
    line.strip()
    for line in (SUPPORT / "known_false_passes.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


@cache
def _verdict(pair_id: str) -> Support:
    """The new engine's answer for one pair (computed once per session)."""
    p = BY_ID[pair_id]
    published = date.fromisoformat(p["published"]) if p["published"] else None
    return claim_supported(
        p["statement"],
        [p["quote"]],
        published,
        statement_lang=p["lang"],
        quote_lang=p["quote_lang"],
    )


def test_pairs_are_well_formed():
    assert len(PAIRS) >= MIN_PAIRS
    ids = [p["id"] for p in PAIRS]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for p in PAIRS:
        for field, kind in FIELDS.items():
            assert isinstance(p.get(field), kind), (p.get("id"), field)
        assert p["statement"].strip() and p["quote"].strip(), p["id"]
        assert p["expected"] in EXPECTED, p["id"]
        assert p["kind"] in KINDS, p["id"]
        assert p["lang"] in LANGS and p["quote_lang"] in LANGS, p["id"]
        assert p["published"] is None or date.fromisoformat(p["published"]), p["id"]
        assert p["id"].startswith(p["lang"] + "-"), p["id"]


def test_pairs_cover_every_kind_and_language():
    kinds = Counter(p["kind"] for p in PAIRS)
    assert set(kinds) == KINDS, KINDS - set(kinds)
    langs = Counter(p["lang"] for p in PAIRS)
    short = {lang: langs[lang] for lang, n in MIN_PER_LANG.items() if langs[lang] < n}
    assert not short, short
    # Each kind with number rules has right paraphrases and misstatements.
    for kind in KINDS - {"none", "language"}:
        labels = {p["expected"] for p in PAIRS if p["kind"] == kind}
        assert {"pass", "fail"} <= labels, (kind, labels)
    assert sum(p["lang"] != p["quote_lang"] for p in PAIRS) >= 25


def test_pairs_without_number_rules_are_unverified():
    for p in PAIRS:
        if p["lang"] not in RULE_LANGS or p["quote_lang"] not in RULE_LANGS:
            assert p["expected"] == "unverified", p["id"]


def _load_set(name: str) -> list[dict]:
    with (SUPPORT / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("name", ["pairs.jsonl"] + [f"holdout{n}.jsonl" for n in range(3, 52)])
def test_quotes_are_exact_text_of_their_corpus_pages(name):
    from factdb.engine.text import extract

    pairs = PAIRS if name == "pairs.jsonl" else _load_set(name)
    pages = sorted({p["page"] for p in pairs})
    present = [page for page in pages if (CORPUS / page).exists()]
    if not present:
        pytest.skip(f"no corpus pages in {CORPUS}")
    texts = {page: extract((CORPUS / page).read_bytes()).text for page in present}
    missing = [p["id"] for p in pairs if p["page"] in texts and p["quote"] not in texts[p["page"]]]
    assert not missing
    assert not [p["id"] for p in pairs if "\n" in p["quote"]]


@pytest.mark.parametrize(
    "name, tag",
    [(f"holdout{n}.jsonl", f"-h{n}-") for n in range(3, 52)],
)
def test_blind_set_format(name, tag):
    """The blind sets from the third on: well formed, every pair distinct (no engine run
    here)."""
    pairs = _load_set(name)
    assert len(pairs) >= 500
    ids = [p["id"] for p in pairs]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert len({(p["statement"], p["quote"]) for p in pairs}) == len(pairs)
    for p in pairs:
        assert set(p) == set(FIELDS) | {"published"}, p["id"]
        for field, kind in FIELDS.items():
            assert isinstance(p.get(field), kind), (p.get("id"), field)
        assert p["statement"].strip() and p["quote"].strip(), p["id"]
        assert p["expected"] in EXPECTED and p["kind"] in KINDS, p["id"]
        assert p["lang"] in LANGS and p["quote_lang"] in LANGS, p["id"]
        assert p["published"] is None or date.fromisoformat(p["published"]), p["id"]
        assert p["id"].startswith(p["lang"] + "-") and tag in p["id"], p["id"]
        if p["lang"] not in RULE_LANGS or p["quote_lang"] not in RULE_LANGS:
            assert p["expected"] == "unverified", p["id"]
        if p["kind"] in ("none", "language"):
            assert p["expected"] == "unverified", p["id"]
    assert {p["kind"] for p in pairs} == KINDS


def _param(pair: dict) -> object:
    if pair["id"] in KNOWN_FALSE_PASSES:
        mark = pytest.mark.xfail(strict=True, reason="known false pass, not yet fixed")
        return pytest.param(pair, marks=mark, id=pair["id"])
    return pytest.param(pair, id=pair["id"])


@pytest.mark.parametrize("pair", [_param(p) for p in NOT_PASS])
def test_no_false_pass(pair):
    """A pair labelled warn, fail or unverified must never be given a pass."""
    s = _verdict(pair["id"])
    assert s.status != "pass", (
        f"expected {pair['expected']} ({pair['why']}), got pass: {s.reason}\n"
        f"statement: {pair['statement']}\nquote: {pair['quote']}"
    )


def test_accuracy_on_the_labelled_set():
    wrong = [p["id"] for p in PAIRS if _verdict(p["id"]).status != p["expected"]]
    accuracy = 1 - len(wrong) / len(PAIRS)
    assert accuracy >= MIN_ACCURACY, f"accuracy {accuracy:.4f}; wrong: {wrong}"


def test_eval_script_halves_split_a_set_in_two():
    """`eval_support.py --half a|b` reports on two disjoint halves that make up the set."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "eval_support.py"
    holdout = SUPPORT / "holdout.jsonl"
    counts = {}
    for half in ("a", "b"):
        out = subprocess.run(
            [sys.executable, str(script), "--pairs", str(holdout), "--half", half, "--json"],
            capture_output=True,
            text=True,
        ).stdout
        report = json.loads(out)
        assert report["half"] == half
        counts[half] = report["pairs"]
    total = sum(1 for line in holdout.read_text(encoding="utf-8").splitlines() if line.strip())
    assert counts["a"] + counts["b"] == total and 0 < counts["a"] < total
