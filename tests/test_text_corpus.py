"""The text layer on every real page of the corpus: one generated test per page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdb.engine.text import TextLayer, extract
from tests.test_text import assert_layer_consistent, assert_tables_map_like_bisect

CORPUS = Path(__file__).parent / "data" / "corpus"
PAGES = sorted(CORPUS.glob("*.html"))


def _visible_passages(page: Path) -> list[str]:
    """Passages the origin repository says are in the page's main text.

    trafilatura's `with` passages and the first lines of scrapinghub's `articleBody`.
    (readability's `excerpt` is often the meta description, not visible text.)
    """
    meta_path = page.with_suffix(".meta.json")
    if not meta_path.exists():
        return []
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    passages = list(meta.get("with", []))
    body = meta.get("articleBody", "")
    passages += [line for line in body.split("\n") if len(line) > 30][:5]
    return passages


def _words(text: str) -> str:
    """Text with every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split())


@pytest.fixture(scope="module", params=PAGES, ids=[p.stem for p in PAGES])
def page(request) -> tuple[Path, bytes, TextLayer]:
    raw = request.param.read_bytes()
    return request.param, raw, extract(raw)


def test_corpus_is_present():
    assert len(PAGES) >= 44


def test_page_extracts_with_consistent_maps(page):
    path, raw, layer = page
    assert layer.text, f"{path.name}: no text"
    assert layer.text == layer.text.strip(" \n")
    assert_layer_consistent(layer, raw, byte_sample=300)


def test_page_html_is_the_decoded_bytes(page):
    path, raw, layer = page
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    assert raw[bom:].decode(layer.charset, "replace") == layer.html


def test_page_whole_text_maps_to_bytes_that_decode_to_its_html(page):
    path, raw, layer = page
    hs, he = layer.html_range(0, len(layer.text))
    bs, be = layer.byte_range(0, len(layer.text))
    assert raw[bs:be].decode(layer.charset, "replace") == layer.html[hs:he]


def test_page_contains_its_known_visible_passages(page):
    path, raw, layer = page
    words = _words(layer.text)
    for passage in _visible_passages(path):
        assert _words(passage) in words, f"{path.name}: missing {passage[:60]!r}"


def test_page_layer_survives_serialization(page):
    path, raw, layer = page
    again = TextLayer.from_bytes(layer.to_bytes(), layer.html)
    assert again.text == layer.text
    step = max(1, len(layer.text) // 200)
    for i in range(0, len(layer.text), step):
        assert again.byte_range(i, i + 1) == layer.byte_range(i, i + 1)


def test_page_lookup_tables_map_exactly_like_the_bisect_path(page):
    path, raw, layer = page
    assert_tables_map_like_bisect(extract(raw))  # a fresh layer: the fixture is shared


def test_captures_differing_only_inside_a_script_read_the_same():
    a = extract((CORPUS / "newspaper-coolhunting.com-capture-a.html").read_bytes())
    b = extract((CORPUS / "newspaper-coolhunting.com-capture-b.html").read_bytes())
    assert a.html != b.html
    assert a.text == b.text


def test_drop_cap_in_nested_spans_reads_as_one_word():
    layer = extract((CORPUS / "readability-guardian-1.html").read_bytes())
    sentence = "Whale whisperer Hori Parata was just seven years old"
    start = layer.text.index(sentence)
    hs, he = layer.html_range(start, start + 5)
    assert layer.html[hs:he] == "W</span></span>hale"
