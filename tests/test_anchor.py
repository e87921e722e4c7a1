"""The locator and re-anchoring: typographic folding, exact spans, errors, approximate matches."""

from __future__ import annotations

import doctest
import html as htmllib
import re
from dataclasses import dataclass

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import factdb.engine.anchor
from factdb.engine.anchor import (
    InvalidQuote,
    Span,
    fold,
    fold_quote,
    locate,
    once_locator,
    reanchor,
)
from factdb.engine.text import extract_html
from factdb.errors import AmbiguousQuote, FactdbError, QuoteNotFound

SEED_LIKE = (
    "<html><head><title>PolicyWatch 3172</title></head><body>"
    "<p><strong>I</strong>n 2009, Ahmadinejad agreed in principle to ship out nearly "
    "80&nbsp;percent of Iran&rsquo;s low&#8209;enriched uranium &mdash; a deal that "
    "<a href='/x'>later collapsed</a>.</p>"
    "<p>Iran&rsquo;s program now exceeds the JCPOA&rsquo;s 3.67% limit; "
    "&ldquo;we will not stop&hellip;&rdquo; said an of&shy;ficial.</p>"
    "<p>The report said the limit was clear. The report said the limit was clear.</p>"
    "</body></html>"
)


@pytest.fixture
def layer():
    return extract_html(SEED_LIKE)


def test_doctests_of_pure_helpers():
    assert doctest.testmod(factdb.engine.anchor).failed == 0


def check_span(layer, span: Span) -> None:
    """Every span's fields agree with its own text layer."""
    assert layer.text[span.text_start : span.text_end] == span.exact
    assert span.prefix == layer.text[max(0, span.text_start - 32) : span.text_start]
    assert span.suffix == layer.text[span.text_end : span.text_end + 32]
    assert (span.html_start, span.html_end) == layer.html_range(span.text_start, span.text_end)
    assert (span.byte_start, span.byte_end) == layer.byte_range(span.text_start, span.text_end)


@pytest.mark.parametrize(
    ("quote", "exact"),
    [
        # straight apostrophe pasted for the page's curly one
        ("Iran's low-enriched uranium", "Iran’s low‑enriched uranium"),
        # curly double quotes and ... for the page's straight/ellipsis characters
        ('"we will not stop..."', "“we will not stop…”"),
        ("“we will not stop…”", "“we will not stop…”"),
        # a hyphen-minus for the page's em dash, a plain space for its no-break space
        ("80 percent of Iran’s low-enriched uranium - a deal", None),
        # an en dash and a thin space typed by the user
        ("uranium \u2013\u2009a deal", "uranium — a deal"),
        # the page's soft hyphen inside "official"
        ("said an official", "said an of\u00adficial"),
        # a zero-width space and a soft hyphen pasted inside the quote
        ("said an of\u200bfi\u00adcial", "said an of\u00adficial"),
        # a quote wrapped over lines as copied from an e-mail
        ("agreed in principle\n   to ship out\r\nnearly", "agreed in principle to ship out nearly"),
    ],
)
def test_typographic_variants_are_found_and_exact_is_the_pages_slice(layer, quote, exact):
    span = locate(layer, quote)
    check_span(layer, span)
    if exact is None:
        exact = "80\u00a0percent of Iran’s low‑enriched uranium — a deal"
    assert span.exact == exact


def test_quote_across_inline_tags_covers_the_tags(layer):
    span = locate(layer, "In 2009, Ahmadinejad")
    assert span.exact == "In 2009, Ahmadinejad"
    html = layer.html[span.html_start : span.html_end]
    assert html.startswith("<strong>I</strong>n 2009") or html.startswith("I</strong>n 2009")
    span = locate(layer, "a deal that later collapsed.")
    assert "<a href='/x'>later collapsed</a>" in layer.html[span.html_start : span.html_end]
    check_span(layer, span)


def test_entity_maps_to_its_whole_reference(layer):
    span = locate(layer, "Iran's program")
    assert layer.html[span.html_start : span.html_end] == "Iran&rsquo;s program"


def test_to_json_has_exactly_the_contract_keys(layer):
    keys = {
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
    assert set(locate(layer, "3.67% limit").to_json()) == keys
    gapped = locate(layer, "ship out ... uranium", allow_gaps=True).to_json()
    assert set(gapped) == keys | {"parts"}


def test_ambiguous_quote_lists_every_occurrence_with_context(layer):
    with pytest.raises(AmbiguousQuote) as err:
        locate(layer, "the limit was clear")
    occs = err.value.occurrences
    assert len(occs) == 2
    assert [layer.text[s:e] for s, e, _ in occs] == ["the limit was clear"] * 2
    message = str(err.value)
    assert "occurs 2 times" in message
    assert "1. at " in message and "2. at " in message
    assert "[the limit was clear]" in occs[0][2]


@pytest.mark.parametrize(
    ("kwargs", "which"),
    [
        ({"occurrence": 1}, 0),
        ({"occurrence": 2}, 1),
        ({"prefix": "clear. The report said "}, 1),
        ({"suffix": ". The report"}, 0),
        ({"prefix": "said", "suffix": "."}, None),  # both fit the context: still ambiguous
    ],
)
def test_prefix_suffix_and_occurrence_choose_between_duplicates(layer, kwargs, which):
    quote = "the limit was clear"
    first = layer.text.index(quote)
    starts = [first, layer.text.index(quote, first + 1)]
    if which is None:
        with pytest.raises(AmbiguousQuote):
            locate(layer, quote, **kwargs)
        return
    span = locate(layer, quote, **kwargs)
    assert span.text_start == starts[which]
    check_span(layer, span)


def test_prefix_that_fits_no_occurrence_is_not_found(layer):
    with pytest.raises(QuoteNotFound, match="never with prefix"):
        locate(layer, "3.67% limit", prefix="the treaty's ")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"quote": "  \u200b\n "}, "empty"),
        ({"quote": "the limit was clear", "occurrence": 3}, "occurs 2 time"),
        ({"quote": "the limit was clear", "occurrence": 0}, "1 or more"),
    ],
)
def test_invalid_quote_or_occurrence_is_an_error(layer, kwargs, message):
    with pytest.raises(InvalidQuote, match=message):
        locate(layer, **kwargs)


def test_not_found_shows_closest_passage_and_similarity(layer):
    with pytest.raises(QuoteNotFound) as err:
        locate(layer, "ship out nearly 90 percent of Iran's uranium")
    e = err.value
    assert e.nearest is not None and "ship out nearly 80" in e.nearest
    assert 0.7 < e.similarity < 1
    assert layer.text[e.nearest_start :].startswith(e.nearest)
    assert "closest passage (similarity" in str(e)


def test_quote_is_case_sensitive(layer):
    with pytest.raises(QuoteNotFound):
        locate(layer, "IRAN'S PROGRAM")


def test_gapped_quote_records_its_parts(layer):
    span = locate(layer, "ship out … low-enriched uranium", allow_gaps=True)
    check_span(layer, span)
    assert span.exact.startswith("ship out") and span.exact.endswith("enriched uranium")
    assert [layer.text[s:e] for s, e in span.parts] == ["ship out", "low‑enriched uranium"]
    span2 = locate(layer, "ship out [...] uranium", allow_gaps=True)
    assert span2.parts[0] == span.parts[0]


def test_gapped_quote_needs_allow_gaps(layer):
    with pytest.raises(QuoteNotFound, match="--allow-gaps, or allow_gaps: true"):
        locate(layer, "ship out ... low-enriched uranium")


def test_gapped_quote_parts_must_be_near_each_other():
    far = extract_html("<p>alpha beta</p>" + "<p>filler words here</p>" * 200 + "<p>gamma</p>")
    assert locate(far, "alpha ... beta", allow_gaps=True).parts is not None
    with pytest.raises(QuoteNotFound):
        locate(far, "alpha ... gamma", allow_gaps=True)


def test_quote_without_ellipsis_has_no_parts_even_with_allow_gaps(layer):
    assert locate(layer, "3.67% limit", allow_gaps=True).parts is None


def test_fold_map_is_cached_on_the_layer(layer):
    locate(layer, "3.67% limit")
    cached = layer.derived["anchor.folded"]
    locate(layer, "Iran's program")
    assert layer.derived["anchor.folded"] is cached


# --- properties ----------------------------------------------------------------------

_ODD = "\u2018\u2019\u201c\u201d\u2013\u2014\u2212\u00a0\u2009\u00ad\u200b\u2026\n\t"
chars = st.sampled_from(list("ab c.'\"-") + list(_ODD) + ["é", "𝔸"])


@given(st.text(chars, max_size=60))
def test_fold_map_is_monotonic_and_folds_back(s):
    f = fold(s)
    assert f.text == re.sub(" {2,}", " ", fold_quote("x" + s + "x")[1:-1])
    prev_end = 0
    for i, ch in enumerate(f.text):
        a, b = f.start(i), f.end(i)
        assert 0 <= prev_end <= a < b <= len(s) or (a == f.start(i - 1) and b == f.end(i - 1))
        # each folded character comes from original characters that fold to it
        assert ch in fold_quote("x" + s[a:b] + "x")[1:-1] or ch == " "
        prev_end = b


words = st.sampled_from(
    ["Iran", "the", "limit", "3.67%", "isn&rsquo;t", "&ldquo;no&rdquo;", "a&nbsp;b", "&mdash;"]
    + ["co&shy;op", "&#x1D538;", "caf&eacute;", "x&hellip;", "\u200b", "&amp;", "<br>"]
)
inline = st.sampled_from(["strong", "em", "a", "span"])


@st.composite
def html_pages(draw):
    paras = []
    for _ in range(draw(st.integers(1, 4))):
        parts = []
        for w in draw(st.lists(words, min_size=1, max_size=12)):
            if draw(st.booleans()) and not w.startswith("<"):
                tag = draw(inline)
                w = f"<{tag}>{w}</{tag}>"
            parts.append(w + draw(st.sampled_from([" ", "  ", "\n", ""])))
        paras.append("<p>" + "".join(parts) + "</p>")
    return "<html><body>" + "".join(paras) + "</body></html>"


_SKIPPED = set(" \t\n\r\f\v\u00a0\u2009\u00ad\u200b\u200c\u200d\u2060\ufeff")


@settings(max_examples=150, deadline=None)
@given(html_pages(), st.data())
def test_locating_any_substring_returns_exactly_its_span(page, data):
    layer = extract_html(page)
    text = layer.text
    assume(len(text) > 0)
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    quote = text[i:j]
    assume(fold_quote(quote))
    # The span drops the spaces and invisible characters at the quote's edges.
    while text[i] in _SKIPPED or text[i].isspace():
        i += 1
    while text[j - 1] in _SKIPPED or text[j - 1].isspace():
        j -= 1
    # The whole text before and after as context makes the occurrence unique.
    span = locate(layer, quote, prefix=text[:i] or None, suffix=text[j:] or None)
    assert (span.text_start, span.text_end) == (i, j)
    assert span.exact == text[i:j]
    check_span(layer, span)


@settings(max_examples=150, deadline=None)
@given(html_pages(), st.data())
def test_once_locator_answers_as_locate_or_leaves_the_quote_to_it(page, data):
    # Pasted quotes (apostrophes, line breaks) on pages with an ellipsis, some of them
    # repeating their words (so a quote may be there more than once).
    repeat = data.draw(st.sampled_from(["", page[len(page) // 3 :]]))
    layer = extract_html(page + repeat + "<p>\u2026 \u201cx\u201d</p>")
    text = layer.text
    assume(len(text) > 0)
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    quote = text[i:j].replace("\u2019", "'").replace(" ", data.draw(st.sampled_from([" ", "\n "])))
    quick = once_locator(layer)(quote)
    try:
        span = locate(layer, quote)
    except FactdbError:
        assert quick is None
        return
    assert quick is None or quick == span
    if quick is not None:
        check_span(layer, quick)


@settings(max_examples=100, deadline=None)
@given(html_pages(), st.data())
def test_located_quote_survives_typographic_repasting(page, data):
    layer = extract_html(page)
    text = layer.text
    assume(len(text) > 0)
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    assume(fold_quote(text[i:j]))
    pasted = (
        text[i:j]
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2014", "-")
        .replace("\u00a0", " ")
        .replace("\u00ad", "")
        .replace("\u2026", "...")
        .replace(" ", data.draw(st.sampled_from([" ", "\n", "  ", "\u2009"])))
    )
    with_occurrence = None
    try:
        span = locate(layer, pasted)
    except AmbiguousQuote as err:
        with_occurrence = err.occurrences
        span = locate(layer, pasted, occurrence=1)
    assert fold_quote(span.exact) == fold_quote(pasted)
    if with_occurrence:
        assert (span.text_start, span.text_end) == with_occurrence[0][:2]
    check_span(layer, span)


# --- re-anchoring --------------------------------------------------------------------


@dataclass
class OldCitation:
    exact: str
    prefix: str
    suffix: str
    text_start: int
    text_end: int


ARTICLE = [
    "The agency published its quarterly report on Tuesday morning.",
    "Iran raised enrichment beyond the JCPOA's 3.67% limit in 2019.",
    "Inspectors were denied access to two sites near Isfahan.",
    "Officials in Vienna called the findings deeply troubling.",
    "Talks are expected to resume in Geneva later this month.",
    "Analysts said the stockpile could be enough for several weapons.",
]


def page(sentences: list[str]) -> str:
    return "<html><body><p>" + " ".join(htmllib.escape(s) for s in sentences) + "</p></body></html>"


def cite(sentences: list[str], quote: str) -> OldCitation:
    span = locate(extract_html(page(sentences)), quote)
    return OldCitation(span.exact, span.prefix, span.suffix, span.text_start, span.text_end)


def test_reanchor_moved_quote_is_an_exact_match():
    old = cite(ARTICLE, ARTICLE[3])
    new = extract_html(page(["A new first sentence was added here."] + ARTICLE))
    r = reanchor(old, new)
    assert r is not None and r.exact_match and r.similarity == 1.0
    assert r.span.exact == ARTICLE[3]
    assert r.span.text_start == old.text_start + len("A new first sentence was added here. ")
    assert r.diff == ARTICLE[3]


def test_reanchor_edited_quote_gives_a_word_diff():
    old = cite(ARTICLE, ARTICLE[1])
    edited = ARTICLE.copy()
    edited[1] = "Iran raised enrichment beyond the JCPOA's 3.5% limit in 2020."
    del edited[0]
    new = extract_html(page(edited))
    r = reanchor(old, new)
    assert r is not None and not r.exact_match
    assert r.span.exact == edited[0]
    assert (
        r.diff
        == "Iran raised enrichment beyond the JCPOA's [-3.67%-]{+3.5%+} limit in [-2019.-]{+2020.+}"
    )
    assert 0.8 < r.similarity < 1
    check_span(new, r.span)


def test_reanchor_deleted_quote_with_look_alike_elsewhere_is_none():
    old = cite(ARTICLE, ARTICLE[1])
    changed = (
        ARTICLE[:1]
        + ARTICLE[2:]
        + ["Elsewhere, Iraq raised production beyond the OPEC 3.67% limit in 2019."]
    )
    assert reanchor(old, extract_html(page(changed))) is None


def test_reanchor_rewritten_quote_in_the_same_place_is_none():
    old = cite(ARTICLE, ARTICLE[1])
    changed = ARTICLE.copy()
    changed[1] = "Nobody could confirm any of the numbers the agency had cited."
    assert reanchor(old, extract_html(page(changed))) is None


def test_reanchor_duplicates_chosen_by_context_then_position():
    sentences = ["Intro one.", "Same words here.", "Middle text.", "Same words here.", "End."]
    layer = extract_html(page(sentences))
    span = locate(layer, "Same words here.", occurrence=2)
    old = OldCitation(span.exact, span.prefix, span.suffix, span.text_start, span.text_end)
    new = extract_html(page(["Added."] + sentences))
    r = reanchor(old, new)
    assert r is not None and r.exact_match
    assert r.span.prefix.endswith("Middle text. ")


# --- speed paths give the same answers -----------------------------------------------

_FULL_FOLD_CHARS = st.sampled_from(
    list("ab c.'\"-") + list(_ODD) + ["é", "𝔸", "\u3000", "\x85", "\x1f", "\u2060", "\ufeff"]
)


@given(st.text(_FULL_FOLD_CHARS, max_size=60))
def test_quote_folding_equals_translating_every_character(s):
    reference = re.sub(" {2,}", " ", s.translate(factdb.engine.anchor._FULL)).strip(" ")
    assert fold_quote(s) == reference


@given(
    st.text(st.sampled_from(list("ab .'") + [chr(c) for c in range(33)] + ["\x7f"]), max_size=30)
)
def test_ascii_quote_folding_equals_translating_every_character(s):
    # The ASCII quotes that fold_quote returns as they are (printable, single spaces).
    reference = re.sub(" {2,}", " ", s.translate(factdb.engine.anchor._FULL)).strip(" ")
    assert fold_quote(s) == reference


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", "abab", "a", "b", "ab.", "abababab", "x", ""]), max_size=40),
    st.data(),
)
def test_indexed_find_all_equals_repeated_find(words, data):
    text = " ".join(words)
    f = fold(text)
    f.index_words()
    i = data.draw(st.integers(0, len(f.text)))
    j = data.draw(st.integers(i, len(f.text)))
    for needle in (f.text[i:j] or "ab", f.text[i:j] + "b", "ab " + f.text[i:j]):
        expected = []
        k = f.text.find(needle)
        while k >= 0:
            expected.append(k)
            k = f.text.find(needle, k + 1)
        assert f.find_all(needle) == expected


def test_quote_does_not_match_inside_a_folded_ellipsis():
    layer = extract_html("<p>and then&hellip; it was 3.67%</p>")
    dot = layer.text.index("3.67") + 1
    # the only "." of the page is in 3.67: the middle of "…" (folded "...") is not one
    assert locate(layer, ".").text_start == dot
    assert locate(layer, ".", occurrence=1).text_start == dot
    assert locate(layer, "then...").exact == "then\u2026"
    assert locate(layer, "...").exact == "\u2026"


def test_once_locator_finds_a_quote_whose_words_the_page_repeats_elsewhere():
    layer = extract_html(
        "<p>The report said the limit was clear.</p><p>The report said the limit was not.</p>"
    )
    find = once_locator(layer)
    quote = "report said the limit was clear"
    assert find(quote) == locate(layer, quote)
    assert find("The report said the limit was") is None  # twice: `locate` says so
