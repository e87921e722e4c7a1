"""The text layer: reading text rules, exact maps to HTML and bytes, decoding."""

from __future__ import annotations

import codecs
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factdb.engine.text import (
    EXTRACTOR_VERSION,
    TextLayer,
    decode_html,
    decode_reference,
    extract,
    extract_html,
    inline_text,
)
from factdb.errors import DecodeError

CORPUS = Path(__file__).parent / "data" / "corpus"
_WS = " \t\n\f\r"


def assert_layer_consistent(layer: TextLayer, raw: bytes | None = None, byte_sample: int = 0):
    """Every text character maps, monotonically and in bounds, to html that reads as it.

    A character reads as its html range when the range is the character itself, a
    reference decoding to it, or, for a space or line break, whitespace or a tag (a block
    boundary). With `raw`, byte ranges decode to the same html: for every map run, and for
    every character when `byte_sample` is 0, else for that many characters spread evenly.
    """
    text, html = layer.text, layer.html
    prev = (0, 0)
    for i, char in enumerate(text):
        hs, he = layer.html_range(i, i + 1)
        assert 0 <= hs < he <= len(html), (i, char, hs, he)
        assert (hs, he) == prev or hs >= prev[1], f"map goes back at text {i}: {prev} {hs, he}"
        prev = (hs, he)
        source = html[hs:he]
        if source == char:
            continue
        decoded = decode_reference(source)
        if decoded is not None and decoded[1] == len(source) and char in decoded[0]:
            continue
        if char in " \n" and (_reads_as_whitespace(source) or re.fullmatch(r"<[^<]*>", source)):
            continue
        if char == "\n" and source in ("\r\n", "\r"):
            continue
        if char == "\ufffd" and source == "\ufffd":
            continue
        raise AssertionError(f"text[{i}] = {char!r} maps to html[{hs}:{he}] = {source!r}")
    if raw is None or not text:
        return
    indexes = set()
    step = max(1, len(text) // byte_sample) if byte_sample else 1
    indexes.update(range(0, len(text), step))
    for start, end in _runs(layer):
        indexes.update((start, end - 1))
        hs, he = layer.html_range(start, end)
        bs, be = layer.byte_range(start, end)
        assert raw[bs:be].decode(layer.charset, "replace") == html[hs:he], (start, end)
    for i in sorted(indexes):
        hs, he = layer.html_range(i, i + 1)
        bs, be = layer.byte_range(i, i + 1)
        assert raw[bs:be].decode(layer.charset, "replace") == html[hs:he], (i, bs, be)


def _reads_as_whitespace(source: str) -> bool:
    """Whether html source is whitespace and references to whitespace only."""
    rest = source.lstrip(_WS)
    while rest:
        decoded = decode_reference(rest)
        if decoded is None or decoded[0] not in _WS:
            return False
        rest = rest[decoded[1] :].lstrip(_WS)
    return True


def _runs(layer: TextLayer) -> list[tuple[int, int]]:
    """Consecutive text ranges of up to 200 characters covering the whole text."""
    runs = []
    start = 0
    for i in range(1, len(layer.text) + 1):
        if i == len(layer.text) or i - start >= 200:
            runs.append((start, i))
            start = i
    return runs


# ---------------------------------------------------------------- reading text rules


def test_inline_tags_inside_a_word_add_nothing():
    layer = extract_html("<p><strong>T</strong>his <em>is</em> <a href='#'>one</a> line</p>")
    assert layer.text == "This is one line"
    assert layer.html[slice(*layer.html_range(0, 4))] == "T</strong>his"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<div>one</div><div>two</div>", "one\ntwo"),
        ("<p>one<p>two", "one\ntwo"),
        ("one<br>two<br/><br>three", "one\ntwo\nthree"),
        ("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>", "a\nb"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", "a\nb\nc"),
        ("<h1> Title </h1>\n\n<p>\n Body text.\n</p>", "Title\nBody text."),
        ("<div><div><p>deep</p></div></div>", "deep"),
        ("x<hr>y", "x\ny"),
    ],
)
def test_block_elements_break_lines_without_blank_lines(html, text):
    assert extract_html(html).text == text


def test_tag_names_are_case_insensitive():
    html = "<P>a<BR>b</P><SCRIPT>x</SCRIPT ><Pre>\n c</PRE><SvG><TEXT>no</TEXT></sVg>"
    assert extract_html(html).text == "a\nb\n c"


def test_line_break_maps_to_the_tag_that_caused_it():
    html = "<p>one</p>\n<p>two</p>"
    layer = extract_html(html)
    assert layer.text == "one\ntwo"
    assert layer.html[slice(*layer.html_range(3, 4))] == "</p>"
    layer = extract_html("a<br>b")
    assert layer.html_range(1, 2) == (1, 5)


def test_whitespace_collapses_to_one_space_mapped_to_the_run():
    html = "<p>  a \t\n  b<span> </span> <b>c</b>  </p>"
    layer = extract_html(html)
    assert layer.text == "a b c"
    assert layer.html[slice(*layer.html_range(1, 2))] == " \t\n  "
    assert layer.html[slice(*layer.html_range(3, 4))] == " "


def test_nbsp_and_unicode_spaces_are_text_not_collapsed():
    layer = extract_html("<p>a&nbsp;&nbsp;b\u2009\u2009c\u00a0</p>")
    assert layer.text == "a\u00a0\u00a0b\u2009\u2009c\u00a0"


def test_vertical_tab_is_not_html_whitespace():
    assert extract_html("a\x0bb  c").text == "a\x0bb c"


@pytest.mark.parametrize(
    ("html", "text", "source_of_first"),
    [
        ("&rsquo;", "\u2019", "&rsquo;"),
        ("&amp;", "&", "&amp;"),
        ("&amp", "&", "&amp"),
        ("&ampfoo", "&foo", "&amp"),
        ("&notit;", "\u00acit;", "&not"),
        ("&#x27;", "'", "&#x27;"),
        ("&#39", "'", "&#39"),
        ("&#X41;", "A", "&#X41;"),
        ("&#x1F600;", "\U0001f600", "&#x1F600;"),
        ("&#0;", "\ufffd", "&#0;"),
        ("&#xD800;", "\ufffd", "&#xD800;"),
        ("&#99999999999999999999;", "\ufffd", "&#99999999999999999999;"),
        ("&#x80;", "\u20ac", "&#x80;"),
        ("&#150;", "\u2013", "&#150;"),
        ("&NotEqualTilde;", "\u2242\u0338", "&NotEqualTilde;"),
        ("&bogus; &", "&bogus; &", "&"),
        ("&#;", "&#;", "&"),
    ],
)
def test_references_decode_and_map_to_their_whole_source(html, text, source_of_first):
    layer = extract_html(html)
    assert layer.text == text
    assert layer.html[slice(*layer.html_range(0, 1))] == source_of_first


def test_reference_inside_a_word_keeps_neighbours_exact():
    layer = extract_html("<p>Iran&rsquo;s 3.67&#37; limit</p>")
    assert layer.text == "Iran\u2019s 3.67% limit"
    assert layer.html_range(4, 5) == (7, 14)
    assert layer.html[slice(*layer.html_range(0, 6))] == "Iran&rsquo;s"
    assert layer.html[slice(*layer.html_range(7, 12))] == "3.67&#37;"


def test_whitespace_references_collapse_like_whitespace():
    assert extract_html("a&#32;&#32; b&#10;c").text == "a b c"


def test_pre_keeps_whitespace_and_drops_the_newline_after_its_start_tag():
    html = "<p>before</p><pre>\n  x  =  1\n\n    y\r\n</pre><p>after  it</p>"
    layer = extract_html(html)
    assert layer.text == "before\n  x  =  1\n\n    y\nafter it"
    crlf = layer.text.index("y") + 1
    assert layer.html[slice(*layer.html_range(crlf, crlf + 1))] == "\r\n"


def test_pre_with_inline_markup_and_references():
    layer = extract_html("<pre><code>if a &lt; b:\n    <b>go</b>()</code></pre>")
    assert layer.text == "if a < b:\n    go()"


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>var s = '<p>no</p>';</script>",
        "<script type=module>if (a</b) x()</script >",
        "<style>p { content: '</p>' }</style>",
        "<noscript><p>enable js</p></noscript>",
        "<template><p>no</p></template>",
        "<!-- <p>no</p> -->",
        "<!---->",
        "<!-->",
        "<!--->",
        "<!-- a --!>",
        "<?xml version='1.0'?>",
        "<!DOCTYPE html>",
        "<![CDATA[ no ]]>",
        "<svg><text>no</text><svg><title>no</title></svg>no</svg>",
        "<textarea><p>no</p></textarea>",
        "<iframe><p>no</p></iframe>",
        "<math><mi>x</mi><annotation encoding='application/x-tex'>no</annotation></math>",
        "<select><datalist><option>no</datalist></select>",
    ],
)
def test_non_text_is_skipped(hidden):
    text = extract_html(f"<p>yes {hidden} yes</p>").text
    assert text in ("yes yes", "yes x yes"), text
    assert "no" not in text


def test_cdata_outside_foreign_content_is_a_bogus_comment_ending_at_gt():
    assert extract_html("a<![CDATA[ x > y ]]>b").text == "a y ]]>b"


def test_head_and_title_are_not_text():
    html = "<html><head><title>T</title><meta charset=utf-8><style>x</style></head><body>B</body>"
    assert extract_html(html).text == "B"


def test_unclosed_head_ends_at_body_content():
    assert extract_html("<head><title>T</title><div>body</div>").text == "body"
    assert extract_html("<head><meta charset=utf-8>text here").text == "text here"


def test_ruby_reads_base_text_without_furigana():
    html = "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>を読む</p>"
    assert extract_html(html).text == "漢字を読む"
    assert extract_html("<ruby>a<rt>b<rt>c</ruby>d").text == "ad"


def test_attributes_with_gt_in_quotes():
    html = """<a title="a > b" data-x='<p>'>link</a><img alt=">"> text</p >"""
    assert extract_html(html).text == "link text"


def test_end_tag_with_space_and_attributes():
    assert extract_html("<p>a</p >b</div class='x>'>c").text == "a\nb\nc"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("a < b", "a < b"),
        ("a <3 b", "a <3 b"),
        ("a <> b", "a <> b"),
        ("a </> b", "a b"),
        ("x <", "x <"),
        ("1<2", "1<2"),
        ("a </ b> c", "a c"),
        ("<p>fine</p><a href='x", "fine"),
        ("<p>fine</p><div", "fine"),
        ("<p>fine <!-- unterminated", "fine"),
        ("<p>fine <script>never closed", "fine"),
        ("<p>é</é>x", "éx"),
    ],
)
def test_malformed_html_reads_like_a_browser(html, text):
    assert extract_html(html).text == text


def test_deep_nesting_does_not_recurse_or_hang():
    depth = 100_000
    html = "<div><span>" * depth + "deep" + "</span></div>" * depth
    started = time.perf_counter()
    layer = extract_html(html)
    assert layer.text == "deep"
    assert time.perf_counter() - started < 10
    unclosed = "<b>" * depth + "<i>x" * depth
    assert extract_html(unclosed).text == "x" * depth


@pytest.mark.parametrize(
    "html",
    [
        "<a " + 'b="' * 200_000,
        "a<" * 300_000,
        "&" * 300_000 + "&a" + "b" * 300_000,
        "<!--" * 200_000,
        "</ " * 200_000,
        "<!x" * 200_000,
        "<p " + "a=b " * 200_000,
        "<meta " * 100_000,
        " \n" * 300_000,
    ],
    ids=["open-quotes", "stray-lt", "ampersands", "comments", "bogus-end", "bogus", "attrs",
         "meta", "whitespace"],
)  # fmt: skip
def test_pathological_input_is_linear(html):
    started = time.perf_counter()
    assert_layer_consistent(extract_html(html))
    extract(html.encode())
    assert time.perf_counter() - started < 10


def test_empty_ranges_sit_at_their_position():
    layer = extract_html("<p>ab</p><p>c</p>")
    assert layer.text == "ab\nc"
    assert layer.html_range(1, 1) == (4, 4)
    assert layer.html_range(4, 4) == (len("<p>ab</p><p>c"),) * 2
    assert extract_html("<p></p>").html_range(0, 0) == (0, 0)
    with pytest.raises(ValueError):
        layer.html_range(3, 9)


# ---------------------------------------------------------------- bytes and decoding


@pytest.mark.parametrize(
    ("codec", "declare", "expected"),
    [
        ("cp1250", "windows-1250", "windows-1250"),
        ("latin-1", "iso-8859-1", "windows-1252"),
        ("gb2312", "gb2312", "gbk"),
        ("shift_jis", "Shift_JIS", "cp932"),
        ("euc-kr", "euc-kr", "cp949"),
        ("koi8-r", "koi8-r", "koi8-r"),
    ],
)
def test_legacy_encodings_decode_with_exact_byte_ranges(codec, declare, expected):
    body = {
        "cp1250": "Zażółć gęślą jaźń",
        "latin-1": "Grüße aus Köln, naïve café",
        "gb2312": "话剧《约定无期限》河北各市巡演结束",
        "shift_jis": "日本語のテキスト、カタカナ",
        "euc-kr": "엔터 미디어 전체뉴스",
        "koi8-r": "Войти Регистрация",
    }[codec]
    html = f'<html><head><meta charset="{declare}"></head><body><p>{body} &amp; more</p></body>'
    raw = html.encode(codec)
    layer = extract(raw)
    assert layer.charset == expected
    assert layer.text == f"{body} & more"
    assert_layer_consistent(layer, raw)
    start = layer.text.index(body[-3:])
    bs, be = layer.byte_range(start, start + 3)
    assert raw[bs:be] == body[-3:].encode(codec)


def test_utf8_bom_is_skipped_and_counted_in_byte_offsets():
    raw = "\ufeff<p>día</p>".encode()
    layer = extract(raw)
    assert (layer.charset, layer.html, layer.text) == ("utf-8", "<p>día</p>", "día")
    assert layer.byte_range(0, 3) == (6, 10)
    assert_layer_consistent(layer, raw)


def test_utf16_bom_decodes():
    raw = "\ufeff<p>naïve</p>".encode("utf-16-le")
    layer = extract(raw)
    assert (layer.charset, layer.text) == ("utf-16-le", "naïve")
    assert_layer_consistent(layer, raw)


def test_bom_beats_http_charset_which_beats_meta():
    raw = '<meta charset="windows-1250"><p>\xe9</p>'.encode("latin-1")
    assert decode_html(raw) == ('<meta charset="windows-1250"><p>é</p>', "windows-1250")
    assert decode_html(raw, "iso-8859-1")[1] == "windows-1252"
    assert decode_html(b"\xef\xbb\xbf<p>x</p>", "iso-8859-1") == ("<p>x</p>", "utf-8")


def test_valid_utf8_beats_a_wrong_legacy_declaration():
    raw = '<meta charset="gb2312"><p>人工智能</p>'.encode()
    assert decode_html(raw) == ('<meta charset="gb2312"><p>人工智能</p>', "utf-8")


def test_meta_inside_a_comment_is_ignored():
    raw = '<!-- <meta charset="koi8-r"> --><meta charset="windows-1250"><p>\xb9</p>'
    assert decode_html(raw.encode("latin-1"))[1] == "windows-1250"


def test_stray_byte_becomes_one_replacement_mapped_to_that_byte():
    raw = b'<meta charset="utf-8"><p>caf\xc3\xa9 M\xe4scot \xe2\x80\x94 end</p>'
    layer = extract(raw)
    assert layer.charset == "utf-8"
    assert layer.text == "café M\ufffdscot \u2014 end"
    at = layer.text.index("\ufffd")
    assert raw[slice(*layer.byte_range(at, at + 1))] == b"\xe4"
    assert raw[slice(*layer.byte_range(at + 1, len(layer.text)))] == "scot \u2014 end".encode()
    assert_layer_consistent(layer, raw)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_empty_or_binary_input_raises_decode_error(raw, reason):
    with pytest.raises(DecodeError, match=reason):
        extract(raw)


def test_a_wrong_declaration_with_many_bad_bytes_falls_back_to_detection():
    raw = ('<meta charset="utf-8"><p>' + "Grüße aus Köln, schöne Straße. " * 20).encode("latin-1")
    layer = extract(raw)
    assert layer.charset != "utf-8"
    assert "Grüße aus Köln, schöne Straße." in layer.text
    assert_layer_consistent(layer, raw)


# the corpus pages with tricky encodings: (file, charset, a passage of the text)
ENCODING_CASES = [
    ("trafilatura-cdu-fraktion-erfurt.de-waldorfschule", "windows-1252", "Waldorfschule"),
    ("trafilatura-rp.pl-unijne-fundusze", "windows-1250", "zagłosował"),
    ("trafilatura-xinhuanet-wayback-25340717", "gbk", "话剧《约定无期限》河北各市巡演结束"),
    ("readability-qq", "utf-8", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"),
    ("trafilatura-maescot.de-schafskunde", "utf-8", "Mäscot das Schaf"),
    ("readability-la-nacion", "utf-8", "mapuche"),
    ("postlight-itmedia.co.jp", "utf-8", "自作"),
    ("trafilatura-nhk.or.jp-k100", "utf-8", "子ども"),
]


@pytest.mark.parametrize(("name", "charset", "passage"), ENCODING_CASES)
def test_corpus_page_decodes_with_the_right_charset(name, charset, passage):
    raw = (CORPUS / f"{name}.html").read_bytes()
    layer = extract(raw)
    assert layer.charset == charset
    assert passage in layer.text
    assert "\ufffd" not in layer.text
    start = layer.text.index(passage)
    bs, be = layer.byte_range(start, start + len(passage))
    hs, he = layer.html_range(start, start + len(passage))
    assert raw[bs:be].decode(charset) == layer.html[hs:he]


def test_maescot_stray_byte_is_one_replacement_in_a_script():
    raw = (CORPUS / "trafilatura-maescot.de-schafskunde.html").read_bytes()
    html, charset = decode_html(raw)
    assert charset == "utf-8"
    assert html.count("\ufffd") == 1
    assert "M\ufffdscot Breit" in html


def test_la_nacion_bom_offsets_bytes_by_three():
    raw = (CORPUS / "readability-la-nacion.html").read_bytes()
    layer = extract(raw)
    assert raw.startswith(b"\xef\xbb\xbf") and not layer.html.startswith("\ufeff")
    assert layer.byte_range(0, 1)[0] == len(layer.html[: layer.html_range(0, 1)[0]].encode()) + 3


# ---------------------------------------------------------------- serialization


def test_serialization_round_trips_without_the_html():
    raw = '<meta charset="windows-1250"><p>Zażółć &amp; <b>g</b>ęślą\n  jaźń</p>x\xe9'
    raw_bytes = raw.encode("cp1250", "replace")
    layer = extract(raw_bytes)
    layer.derived["folded"] = "x"
    data = layer.to_bytes()
    assert layer.html.encode() not in data
    again = TextLayer.from_bytes(data, layer.html)
    assert (again.text, again.charset, again.version) == (layer.text, layer.charset, layer.version)
    assert again.version == EXTRACTOR_VERSION
    assert again.derived == {}
    for i in range(len(layer.text)):
        assert again.html_range(i, i + 1) == layer.html_range(i, i + 1)
        assert again.byte_range(i, i + 1) == layer.byte_range(i, i + 1)


def test_serialization_keeps_replacement_byte_ranges():
    raw = b'<meta charset="utf-8"><p>a\xe4b \xc3\xa9</p>'
    layer = extract(raw)
    again = TextLayer.from_bytes(layer.to_bytes(), layer.html)
    assert again.byte_range(0, len(again.text)) == layer.byte_range(0, len(layer.text)) == (25, 31)


def test_reading_a_layer_with_other_html_or_garbage_raises_decode_error():
    layer = extract_html("<p>one</p>")
    with pytest.raises(DecodeError, match="cached text layer"):
        TextLayer.from_bytes(layer.to_bytes(), "<p>other</p>")
    with pytest.raises(DecodeError, match="cached text layer"):
        TextLayer.from_bytes(b"nonsense", "<p>one</p>")


# ---------------------------------------------------------------- properties

_TEXT_ALPHABET = st.sampled_from(
    list("ab Z9.,;'\"-")
    + [" ", "  ", "\n", "\t", "\r\n", "\r", "\f", "\u00a0", "é", "ß"]
    + ["中", "文", "ひ", "\U0001f600", "\U00010348", "\u200b", "\u00ad", "<", "< ", "&", "& "]
)
_REFERENCES = st.sampled_from(
    ["&amp;", "&amp", "&lt;", "&nbsp;", "&rsquo;", "&ldquo;", "&#x27;", "&#39;", "&#39",
     "&#x1F600;", "&#10;", "&#32;", "&#0;", "&#128;", "&NotEqualTilde;", "&notin;", "&noti",
     "&bogus;", "&#xZZ;", "&copy"]
)  # fmt: skip
_INLINE = st.sampled_from(["b", "i", "em", "strong", "span", "a", "code", "sup", "font"])
_BLOCK = st.sampled_from(["p", "div", "li", "h2", "blockquote", "td", "section", "pre"])
_HIDDEN = st.sampled_from(
    ["<script>if (a < b && c) { x = '</p>'; }</script>", "<style>p > a { x: '&amp;' }</style>",
     "<!-- a <p> comment -->", "<!---->", "<noscript><p>x</p></noscript>", "<br>", "<br/>",
     "<hr>", "<img src='a.png' alt='x > y'>", "<rt>ふり</rt>", "<svg><text>s</text></svg>",
     "<template><b>t</b></template>", "<wbr>", "</p >", "<!DOCTYPE html>"]
)  # fmt: skip

_TEXT = st.lists(_TEXT_ALPHABET, max_size=8).map("".join)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tag = st.one_of(_INLINE, _BLOCK)
    attrs = st.sampled_from(["", " class='x'", ' title="a > b"', " data-x=1", " id=y /"])
    parts = st.lists(children, max_size=4).map("".join)
    return st.builds(lambda t, a, inner, close: f"<{t}{a}>{inner}" + (f"</{t}>" if close else ""),
                     tag, attrs, parts, st.booleans())  # fmt: skip


_HTML = st.recursive(st.one_of(_TEXT, _REFERENCES, _HIDDEN), _element, max_leaves=30).map(
    lambda s: s
)
_DOCUMENT = st.lists(_HTML, max_size=6).map("".join)

_PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY
@given(_DOCUMENT)
def test_every_text_character_maps_to_html_that_reads_as_it(html):
    layer = extract_html(html)
    assert_layer_consistent(layer, html.encode("utf-8"))
    text = layer.text
    assert not text.startswith((" ", "\n")) or "<pre" in html
    assert "\n\n" not in text or "<pre" in html
    assert " \n" not in text or "<pre" in html


@_PROPERTY
@given(_DOCUMENT, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_byte_ranges_decode_to_the_same_html_in_any_encoding(html, codec):
    raw = (f'<meta charset="{codec}">' if codec == "gb18030" else "") + html
    raw_bytes = raw.encode(codec)
    assume(raw_bytes.strip(b"\xef\xbb\xbf\xff\xfe"))
    layer = extract(raw_bytes)
    assert layer.html == raw
    assert_layer_consistent(layer, raw_bytes)


@_PROPERTY
@given(_DOCUMENT)
def test_serialized_layer_maps_like_the_original(html):
    layer = extract_html(html)
    again = TextLayer.from_bytes(layer.to_bytes(), layer.html)
    assert again.text == layer.text
    assert [again.html_range(i, i + 1) for i in range(len(again.text))] == [
        layer.html_range(i, i + 1) for i in range(len(layer.text))
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/!-?&#;=\"' \nabp[]CDATA")), max_size=60))
def test_markup_soup_never_crashes_and_maps_consistently(html):
    assert_layer_consistent(extract_html(html), html.encode())


# ---------------------------------------------------------------- lookup tables


def _per_character_maps(layer: TextLayer) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    n = len(layer.text)
    return [(layer.html_range(i, i + 1), layer.byte_range(i, i + 1)) for i in range(n)]


def assert_tables_map_like_bisect(layer: TextLayer) -> None:
    """After `build_tables`, every character and the whole text map exactly as before."""
    n = len(layer.text)
    before = _per_character_maps(layer)
    whole = (layer.html_range(0, n), layer.byte_range(0, n))
    empty = [(layer.html_range(i, i), layer.byte_range(i, i)) for i in (0, n // 2, n)]
    layer.build_tables()
    assert _per_character_maps(layer) == before
    assert (layer.html_range(0, n), layer.byte_range(0, n)) == whole
    assert [(layer.html_range(i, i), layer.byte_range(i, i)) for i in (0, n // 2, n)] == empty


@_PROPERTY
@given(_DOCUMENT, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_lookup_tables_map_exactly_like_the_bisect_path(html, codec):
    raw = (f'<meta charset="{codec}">' if codec == "gb18030" else "") + html
    raw_bytes = raw.encode(codec)
    assume(raw_bytes.strip(b"\xef\xbb\xbf\xff\xfe"))
    assert_tables_map_like_bisect(extract(raw_bytes))


@_PROPERTY
@given(_DOCUMENT, st.lists(st.integers(0, 10_000), min_size=1, max_size=2))
def test_lookup_tables_map_replaced_bytes_exactly_like_the_bisect_path(html, cuts):
    head = '<meta charset="utf-8"><p>caf\u00e9 '.encode()
    raw = head
    prev = 0
    for at in sorted(cut % (len(html) + 1) for cut in cuts):
        # between two characters, a byte that is never valid UTF-8: one replacement each
        raw += html[prev:at].encode("utf-8") + b"\xff"
        prev = at
    raw += html[prev:].encode("utf-8")
    layer = extract(raw)
    assert layer.charset == "utf-8"
    assert layer.html.count("\ufffd") >= len(cuts)
    assert_tables_map_like_bisect(layer)
    assert_layer_consistent(layer, raw)


@pytest.mark.parametrize(
    ("codec", "html"),
    [
        (
            "windows-1252",
            "<p>Caf\u00e9 \u201cna\u00efve\u201d &amp; r\u00e9sum\u00e9</p><p>\u2014 x</p>",
        ),
        ("iso-2022-jp", "<p>\u65e5\u672c\u8a9e the <b>\u30c6\u30ad</b>\u30b9\u30c8 ok</p>"),
        ("gbk", "<p>\u4e2d\u6587 mixed \u6587\u5b57 &lt;tag&gt;</p><pre>\u4e2d\n x</pre>"),
    ],
)
def test_lookup_tables_in_legacy_and_stateful_encodings(codec, html):
    raw = f'<meta charset="{codec}">{html}'.encode(codec)
    layer = extract(raw)
    assert codecs.lookup(layer.charset).name == codecs.lookup(codec).name
    assert_tables_map_like_bisect(layer)
    if codec != "iso-2022-jp":  # a slice of a stateful encoding does not decode alone
        assert_layer_consistent(layer, raw)


@pytest.mark.parametrize(
    "name",
    ["readability-la-nacion", "trafilatura-rp.pl-unijne-fundusze", "readability-gmw"],
)
def test_ranges_equals_html_and_byte_range_with_and_without_tables(name: str) -> None:
    import random

    raw = (CORPUS / f"{name}.html").read_bytes()
    plain = extract(raw)
    tabled = extract(raw)
    tabled.build_tables()
    n = len(plain.text)
    rng = random.Random(name)
    spans = [(0, n), (n, n), (0, 0)] + [
        tuple(sorted((rng.randrange(n + 1), rng.randrange(n + 1)))) for _ in range(300)
    ]
    for start, end in spans:
        expected = plain.html_range(start, end) + plain.byte_range(start, end)
        assert plain.ranges(start, end) == expected
        assert tabled.ranges(start, end) == expected


@pytest.mark.parametrize(
    "fragment",
    [
        "  nearly <a href='x'>80</a>\n percent ",
        "<em>a</em><strong> b </strong>c",
        "a < b <i>c</i>",
        "a <b title='x<br>y'>c</b>",
        "a<br>b",
        "a</p>b",
        "<xmp>a <b>b</b></xmp>",
        "a <script>x</script> b",
        "a <!-- c --> b",
        "a <svg>c</svg> b",
        "a <math><mi>x</mi></math>",
        "a &amp; <i>b</i>",
        "isn&#8217;t <em>R&amp;D</em>&#32;&nbsp;x &bogus; & &notit; &#0; &#x110000;",
        "a&#10;&#9; b &am<i></i>p; c&#13;",
        "&lt;b&gt;not a tag&lt;/b&gt; &AMP &quot;q&quot",
        "<a href='?a=1&amp;b=2'>x</a>&mdash;y",
        "a <b",
        "<a href='x>y",
        "a <!DOCTYPE html> b",
        "a <?php ?> b",
        "x </> y",
    ],
)
def test_inline_text_reads_as_the_extractor_or_leaves_it_to_it(fragment: str) -> None:
    read = inline_text(fragment)
    assert read is None or read == extract_html(fragment).text


def test_inline_text_reads_every_corpus_passage_as_the_extractor() -> None:
    """Passages of the corpus pages (html ranges of text windows, as a located quote's):
    where `inline_text` reads one, it reads what the extractor reads."""
    import random

    rng = random.Random(20)
    read = references = 0
    for page in sorted(CORPUS.glob("*.html")):
        layer = extract(page.read_bytes())
        text = layer.text
        for _ in range(300 if len(text) > 20 else 0):
            start = rng.randrange(len(text) - 10)
            end = min(len(text), start + rng.randrange(10, 200))
            hs, he = layer.html_range(start, end)
            fragment = layer.html[hs:he]
            fast = inline_text(fragment)
            if fast is not None and ("<" in fragment or "&" in fragment):
                read += 1
                references += "&" in fragment
                assert fast == extract_html(fragment).text, (page.name, fragment)
    assert read > 300  # the fast path is taken, on many passages with tags
    assert references > 100  # and with character references
