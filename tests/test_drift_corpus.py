"""Drift on real pages: changed versions of every corpus page, with known statuses.

For each page of `tests/data/corpus/`, quotes are taken from its paragraphs and the page is
changed in ways whose effect on each quote is known:

- `markup`: attributes added and changed, paragraphs wrapped in `<div>`s, words of the
  quote wrapped in `<span>`s, whitespace and line breaks added, scripts and styles added,
  the bodies of existing scripts changed, an ad inserted and navigation lists reversed:
  every quote `unchanged`;
- `moved`: one quote's paragraph taken to the other end of the article: that quote
  `moved`, the others `unchanged`;
- `number`, `word`: a number or a word inside one quote changed: that quote `edited` (and
  "claim supported" fails on the new text when a number changed);
- `deleted`: one quote's paragraph deleted: `removed`;
- `truncated`: the page cut before the middle quote's paragraph: the quotes from there
  on `removed`.

`cases()` is shared with `scripts/bench_drift.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from factdb.drift import STATUSES, PagePair
from factdb.engine.anchor import Span, fold_quote, locate, prepare
from factdb.engine.quantities import claim_supported, structured_values
from factdb.engine.text import TextLayer, extract, extract_html
from factdb.errors import FactdbError

CORPUS = Path(__file__).parent / "data" / "corpus"
PAGES = [p for p in sorted(CORPUS.glob("*.html")) if "forbidden" not in p.name]
QUOTES_PER_PAGE = 6
# Elements that end a <p> implicitly, or whose text a browser reads differently.
_BLOCK_INSIDE = re.compile(
    r"<(?:p|div|table|ul|ol|dl|h[1-6]|blockquote|section|article|aside|nav|header|footer|"
    r"pre|form|figure|hr|script|style|noscript|template|textarea|select|math|svg|br|ruby)\b",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&#?\w+;")
_SENTENCE = re.compile(r"[^.!?。！？]*[.!?。！？]+|[^.!?。！？]+$")


@dataclass(frozen=True)
class Quote:
    """A quote of the original page and the paragraph (html range) it stands in."""

    qid: str
    span: Span
    p_start: int
    p_end: int


@dataclass(frozen=True)
class Variant:
    """A changed version of a page and the status each quote must get."""

    name: str
    html: str
    expected: dict[str, str]
    #: Quotes whose words changed (must never be reported unchanged or moved).
    changed: frozenset[str]


def _paragraphs(html: str) -> list[tuple[int, int]]:
    """(start, end) in `html` of every <p>...</p> that holds plain inline content."""
    soup = BeautifulSoup(html, "html.parser")
    lines = [0] + [m.end() for m in re.finditer("\n", html)]
    out = []
    for p in soup.find_all("p"):
        if p.sourceline is None:
            continue
        start = lines[p.sourceline - 1] + p.sourcepos
        close = html.lower().find("</p>", start)
        if close < 0 or _BLOCK_INSIDE.search(html, start + 2, close):
            continue
        out.append((start, close + len("</p>")))
    return out


def select_quotes(layer: TextLayer, k: int = QUOTES_PER_PAGE) -> list[Quote]:
    """Up to k quotes, one per paragraph, each found exactly once, spread over the page."""
    html = layer.html
    paras = _paragraphs(html)
    picked: list[Quote] = []
    step = max(1, len(paras) // (k * 2))
    for p_start, p_end in paras[::step]:
        inner = html[p_start:p_end]
        text = " ".join(BeautifulSoup(inner, "html.parser").get_text().split())
        sentences = [s.strip() for s in _SENTENCE.findall(text)]
        # Sentences without spaces (Chinese, Japanese) carry more per character.
        sentences = [s for s in sentences if (40 if " " in s else 20) <= len(s) <= 300]
        if not sentences:
            continue
        try:
            span = locate(layer, max(sentences, key=len))
        except FactdbError:  # ambiguous, or read differently by the text layer
            continue
        if not (p_start <= span.html_start < span.html_end <= p_end):
            continue
        picked.append(Quote(f"q{len(picked)}", span, p_start, p_end))
        if len(picked) == k:
            break
    return picked


def _text_runs(html: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, masked text) of each run of text between tags in html[start:end];
    character references are masked with NULs so that nothing edits inside them."""
    pos = start
    for m in _TAG.finditer(html, start, end):
        if m.start() > pos:
            run = html[pos : m.start()]
            yield pos, _ENTITY.sub(lambda e: "\0" * len(e.group()), run)
        pos = m.end()
    if pos < end:
        yield pos, _ENTITY.sub(lambda e: "\0" * len(e.group()), html[pos:end])


def _edit_number(html: str, q: Quote) -> str | None:
    for pos, run in _text_runs(html, q.span.html_start, q.span.html_end):
        m = re.search(r"(?<![\w.,])\d{1,6}(?![\w])", run)
        if m:
            a, b = pos + m.start(), pos + m.end()
            return html[:a] + str(int(m.group()) + 7) + html[b:]
    return None


def _edit_word(html: str, q: Quote) -> str | None:
    runs = list(_text_runs(html, q.span.html_start, q.span.html_end))
    for pos, run in runs[len(runs) // 2 :] + runs[: len(runs) // 2]:
        for m in re.finditer(r"[^\W\d_]{5,}", run):
            word = m.group()
            if len(word) > 12:  # a run of CJK characters: change two of them
                i = len(word) // 2
                new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            else:
                new = word[::-1]
            if new != word:
                a = pos + m.start()
                return html[:a] + new + html[a + len(word) :]
    return None


def _markup_only(html: str, quotes: list[Quote]) -> str:
    """Attributes, wrappers, whitespace, scripts, styles, an ad and reordered navigation."""
    script = '<script>window.dataLayer = {"para": 7, "text": "Advert"};</script>'
    # Working from the end keeps the earlier offsets valid.
    for q in sorted(quotes, key=lambda q: q.p_start, reverse=True):
        inner = html[q.p_start : q.p_end]
        qs, qe = q.span.html_start - q.p_start, q.span.html_end - q.p_start
        # A word of the quote wrapped in a span.
        pos, run = max(_text_runs(inner, qs, qe), key=lambda r: len(r[1]))
        m = re.search(r"[^\W_]{3,}", run)
        if m:
            a, b = pos + m.start(), pos + m.end()
            inner = inner[:a] + '<span class="hl">' + inner[a:b] + "</span>" + inner[b:]
        # Spaces between words become line breaks and indents.
        inner = re.sub(r"(?<=\w) (?=\w)", "  \n    ", inner)
        wrapped = f'\n{script}\n<div class="drift-wrap"><div>\n  {inner}\n</div></div>\n'
        html = html[: q.p_start] + wrapped + html[q.p_end :]
    ad = '<aside class="ad">Advertisement: sponsored content by Drift Co.</aside>'
    first = min(quotes, key=lambda q: q.p_start)
    html = html[: first.p_start] + ad + html[first.p_start :]
    html = re.sub(r"<(p|div|span|a)\b", r'<\1 data-drift="1"', html, flags=re.I)
    html = re.sub(r'class="([^"]*)"', r'class="\1 v2"', html)
    html = re.sub(
        r"(<script\b[^>]*>)(.*?)(</script>)",
        lambda m: m.group(1) + re.sub(r"\d", "9", m.group(2)) + m.group(3),
        html,
        flags=re.S | re.I,
    )
    html = re.sub(
        r"</head>", "<style>.v2 { color: #333 }</style></head>", html, count=1, flags=re.I
    )
    return _reverse_nav_lists(html)


def _reverse_nav_lists(html: str) -> str:
    """Reverse the items of every list whose items are all links (navigation, sidebars)."""

    def flip(m: re.Match[str]) -> str:
        inner = m.group(2)
        if re.search(r"<(?:ul|ol|p)\b", inner, re.I):
            return m.group()
        head, *items = re.split(r"(?=<li\b)", inner)
        if len(items) < 2 or not all("<a" in it.lower() for it in items):
            return m.group()
        return m.group(1) + head + "".join(reversed(items)) + m.group(3)

    return re.sub(r"(<ul\b[^>]*>)(.*?)(</ul>)", flip, html, flags=re.S | re.I)


def _cut(html: str, q: Quote) -> str:
    return html[: q.p_start] + html[q.p_end :]


def _move(html: str, q: Quote, to: int) -> str:
    """Take q's paragraph out and put it in at html offset `to` (outside the paragraph)."""
    para = html[q.p_start : q.p_end]
    if to < q.p_start:
        return html[:to] + para + html[to : q.p_start] + html[q.p_end :]
    return html[: q.p_start] + html[q.p_end : to] + para + html[to:]


def variants(layer: TextLayer, quotes: list[Quote]) -> list[Variant]:
    """The changed versions of one page, with the expected status of every quote."""
    html = layer.html
    ids = [q.qid for q in quotes]
    same = dict.fromkeys(ids, "unchanged")
    out = [Variant("markup", _markup_only(html, quotes), same, frozenset())]
    by_place = sorted(quotes, key=lambda q: q.p_start)
    if len(by_place) >= 3:
        # The middle quote's paragraph goes before the first quote's paragraph or after
        # the last one's (those are read as text: not inside <noscript>, say).
        q = by_place[len(by_place) // 2]
        first, last = by_place[0], by_place[-1]
        to = first.p_start if q.p_start - first.p_start > last.p_end - q.p_end else last.p_end
        out.append(Variant("moved", _move(html, q, to), {**same, q.qid: "moved"}, frozenset()))
    numbered = [q for q in quotes if _edit_number(html, q) is not None]
    if numbered:
        q = numbered[0]
        new = _edit_number(html, q)
        assert new is not None
        out.append(Variant("number", new, {**same, q.qid: "edited"}, frozenset([q.qid])))
    worded = [q for q in quotes if _edit_word(html, q) is not None]
    if worded:
        q = worded[-1]
        new = _edit_word(html, q)
        assert new is not None
        out.append(Variant("word", new, {**same, q.qid: "edited"}, frozenset([q.qid])))
    q = quotes[1 % len(quotes)]
    out.append(Variant("deleted", _cut(html, q), {**same, q.qid: "removed"}, frozenset([q.qid])))
    cut = by_place[len(by_place) // 2]
    gone = {q.qid for q in by_place if q.p_start >= cut.p_start}
    expected = {qid: "removed" if qid in gone else "unchanged" for qid in ids}
    out.append(Variant("truncated", html[: cut.p_start], expected, frozenset(gone)))
    return out


@dataclass(frozen=True)
class Case:
    page: str
    variant: str
    qid: str
    expected: str
    got: str
    changed: bool
    detail: str
    has_quantities: bool


def page_cases(path: Path) -> list[Case]:
    """Every quote of every changed version of one page, classified."""
    layer = extract(path.read_bytes())
    quotes = select_quotes(layer)
    if len(quotes) < 3:
        return []
    out = []
    for v in variants(layer, quotes):
        new = extract_html(v.html)
        pair = PagePair(layer, new)
        folded = prepare(new).text
        for q in quotes:
            # The generator did what it says: changed words are gone, the others are there.
            present = fold_quote(q.span.exact) in folded
            assert present != (q.qid in v.changed), f"{path.stem} {v.name} {q.qid}: bad variant"
            got = pair.compare(q.span)
            detail = got.diff
            if v.name == "number" and q.qid in v.changed and got.span is not None:
                verdict = claim_supported(q.span.exact, [got.span.exact])
                detail = f"{verdict.status}: {verdict.reason}"
            out.append(
                Case(
                    path.stem,
                    v.name,
                    q.qid,
                    v.expected[q.qid],
                    got.status,
                    q.qid in v.changed,
                    detail,
                    bool(structured_values(q.span.exact)),
                )
            )
    return out


def confusion(cases: list[Case]) -> str:
    """The confusion table (expected x got) as text."""
    counts = Counter((c.expected, c.got) for c in cases)
    width = max(len(s) for s in STATUSES) + 2
    lines = ["expected \\ got".ljust(16) + "".join(s.rjust(width) for s in STATUSES)]
    for e in STATUSES:
        lines.append(e.ljust(16) + "".join(str(counts[e, g]).rjust(width) for g in STATUSES))
    return "\n".join(lines)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_every_generated_change_gets_its_known_status(path: Path) -> None:
    cases = page_cases(path)
    if not cases:
        pytest.skip("fewer than 3 <p> paragraphs with a sentence found once on the page")
    wrong = [c for c in cases if c.got != c.expected]
    assert not wrong, "\n".join(
        f"{c.variant} {c.qid}: expected {c.expected}, got {c.got} ({c.detail[:200]})" for c in wrong
    )
    # An edited number is called out by "claim supported" on the new text (when the
    # quantities module reads a number in the quote at all).
    for c in cases:
        if c.variant == "number" and c.changed and c.has_quantities:
            assert c.detail.startswith("fail:"), c.detail


def test_confusion_table_no_changed_quote_reported_unchanged_or_moved() -> None:
    cases = [c for path in PAGES for c in page_cases(path)]
    print("\n" + confusion(cases))
    assert len({c.page for c in cases}) >= 30
    assert {c.expected for c in cases} == set(STATUSES)
    unsafe = [c for c in cases if c.changed and c.got in ("unchanged", "moved")]
    assert not unsafe
    assert all(c.got == c.expected for c in cases), confusion(cases)
