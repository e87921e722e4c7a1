"""Every corpus page: sentences taken from the HTML source, pasted with typographic
variations, are located inside the element they were taken from."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from factdb.engine.anchor import fold_quote, locate, reanchor
from factdb.engine.text import extract
from factdb.errors import AmbiguousQuote

CORPUS = Path(__file__).parent / "data" / "corpus"
PAGES = sorted(CORPUS.glob("*.html"))
# Paragraphs whose text bs4 and a browser read differently (non-text or line-breaking).
SKIP_INSIDE = ["script", "style", "noscript", "template", "br", "textarea", "select", "math", "svg"]


def paste(rng: random.Random, q: str) -> str:
    """The quote as typed or copied elsewhere: straight quotes, hyphens, wrapped lines."""
    q = q.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    q = q.replace("\u2014", "-").replace("\u2013", "-").replace("\u00a0", " ")
    q = q.replace("\u2026", "...")
    words = q.split(" ")
    if len(words) > 4:
        i = rng.randrange(1, len(words))
        words[i] = "\n" + words[i]  # a line wrap
    return " ".join(words)


def line_offsets(html: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", html)]


def paragraph_sentences(html: str, rng: random.Random, k: int = 5):
    """(sentence, element start, element end in `html`) for up to k sentences of <p>s."""
    soup = BeautifulSoup(html, "html.parser")
    lines = line_offsets(html)
    out = []
    paras = [p for p in soup.find_all("p") if not p.find(SKIP_INSIDE)]
    for p in rng.sample(paras, len(paras)):
        text = " ".join(p.get_text().split())
        sentences = [s for s in re.split(r"(?<=[.!?。])\s+", text) if len(s) >= 25]
        if not sentences or p.sourceline is None:
            continue
        start = lines[p.sourceline - 1] + p.sourcepos
        end = html.find("</p>", start)
        if end < 0:
            continue
        out.append((rng.choice(sentences), start, end + len("</p>")))
        if len(out) == k:
            break
    return out


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_pasted_sentences_located_inside_their_paragraph(path):
    layer = extract(path.read_bytes())
    rng = random.Random(path.name)
    sentences = paragraph_sentences(layer.html, rng)
    for sentence, el_start, el_end in sentences:
        quote = paste(rng, sentence)
        try:
            spans = [locate(layer, quote)]
        except AmbiguousQuote as err:
            spans = [locate(layer, quote, occurrence=n) for n in range(1, len(err.occurrences) + 1)]
        assert any(el_start <= s.html_start < s.html_end <= el_end for s in spans), (
            f"{sentence!r} not located inside its <p> at {el_start}-{el_end}"
        )
        for span in spans:
            assert layer.text[span.text_start : span.text_end] == span.exact
            assert fold_quote(span.exact) == fold_quote(quote)


@pytest.mark.parametrize("path", PAGES[::4], ids=[p.stem for p in PAGES[::4]])
def test_unchanged_page_reanchors_every_quote_exactly(path):
    layer = extract(path.read_bytes())
    again = extract(path.read_bytes())
    rng = random.Random(path.name)
    for sentence, _, _ in paragraph_sentences(layer.html, rng, k=3):
        try:
            span = locate(layer, sentence)
        except AmbiguousQuote:
            span = locate(layer, sentence, occurrence=1)
        r = reanchor(span, again)
        assert r is not None and r.exact_match
        assert (r.span.text_start, r.span.text_end) == (span.text_start, span.text_end)
