"""The text layer: the canonical reading text of a page, with exact maps back to HTML and bytes.

`extract(raw)` decodes the bytes of a page and returns a `TextLayer`: the text a reader sees,
plus, for every text character, the ``[start, end)`` range of the decoded HTML it came from
and (through the charset) the range of the raw bytes. Quotes are located in `text`; their
spans are stored as text positions and converted with `html_range` and `byte_range`.

The extraction rules (bump `EXTRACTOR_VERSION` whenever one changes, since cached layers
and stored text positions depend on them):

- **Decoding**: a byte order mark; else the HTTP charset; else the first ``<meta charset>``
  or ``<meta http-equiv="Content-Type">`` outside comments in the first 64 KB (not 1024
  bytes as in WHATWG: real pages put their ``<meta>`` after kilobytes of injected scripts);
  else detection with bs4's ``UnicodeDammit``. Bytes that are valid UTF-8 and not pure ASCII
  are decoded as UTF-8 whatever is declared, because legacy text is practically never valid
  UTF-8 by chance while mislabelled UTF-8 pages are common. Labels map to codecs as browsers
  do (WHATWG): ``iso-8859-1``/``ascii`` mean windows-1252, ``gb2312`` means GBK,
  ``shift_jis`` means cp932, ``euc-kr`` means cp949. A few undecodable bytes are replaced
  by U+FFFD (each mapping back to exactly its bytes); too many mean the label was wrong.
- **Not text**: comments, doctype, processing instructions, ``head`` (with ``title``),
  ``script``, ``style``, ``noscript`` (browsers run scripts), ``template``, ``textarea``,
  ``iframe``/``noembed``/``noframes``, ``datalist``, ``svg`` (drawings, not prose), MathML
  ``annotation``/``annotation-xml`` (the TeX source beside the formula), and the furigana
  ``rt``/``rp`` of ``ruby`` so that the base text reads continuously. CSS is not applied.
- **Lines**: block elements (`BLOCK_ELEMENTS`, which includes table cells, ``br`` and
  ``hr``) break lines. At most one ``\\n`` separates blocks (no blank lines, no leading
  or trailing line breaks); the ``\\n`` maps to the tag that caused it. Inline elements add
  nothing: ``<strong>T</strong>his`` reads ``This``; images add nothing (no alt text).
- **Whitespace**: outside ``pre``/``listing``/``xmp``/``plaintext``, each run of ASCII
  whitespace (space, tab, LF, FF, CR) becomes one space mapped to the whole run, and none
  is kept at the start or end of a line. U+00A0 and other Unicode spaces are text.
  Inside ``pre`` text is kept verbatim, except that CR LF and CR read as LF and the newline
  right after ``<pre>`` is dropped (both as in HTML5).
- **References**: named (``html.entities.html5``, including the legacy names that need no
  ``;``) and numeric references are decoded as HTML5 does in text, each decoded character
  mapping to the whole reference (``&rsquo;`` is one character spanning seven).

Why a hand-written tokenizer: ``html.parser``, lxml and html5lib build trees or events
without the source offset of every decoded character, and the ones that do expose
positions (``html.parser``'s ``getpos``) cost a Python call per token and lose the offsets
of entities and collapsed whitespace. One compiled regex per markup construct, following
the HTML5 tokenizer states that matter here, keeps exact offsets and runs at about twice
the speed of ``BeautifulSoup(html, "lxml").get_text()`` (see ``scripts/bench_text.py``).
Nothing recurses and no stack of open elements is kept, so unclosed tags or 100,000 nested
levels cost nothing special.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
import zlib
from array import array
from bisect import bisect_right
from contextvars import ContextVar
from html.entities import html5 as _HTML5_ENTITIES
from typing import TYPE_CHECKING, TypeGuard

from factdb.errors import DecodeError

if TYPE_CHECKING:
    from .pdf import PdfTextLayer

#: Version of the extraction rules. Bump it whenever the text produced for some HTML changes.
EXTRACTOR_VERSION = "1"

#: Elements whose start and end tags break lines.
BLOCK_ELEMENTS = frozenset(
    """address article aside blockquote body br caption center dd details dialog dir div dl
    dt fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr
    html legend li listing main menu nav ol optgroup option p plaintext pre search section
    summary table tbody td tfoot th thead tr ul xmp""".split()
)

# Elements whose content the tokenizer reads as raw text (up to the matching end tag) and
# which are not reading text.
_RAW_HIDDEN = frozenset("script style noscript iframe noembed noframes textarea title".split())
# Raw-text elements shown verbatim, like pre.
_RAW_SHOWN = frozenset(["xmp", "plaintext"])
# Elements whose whole subtree is not reading text.
_SKIP_SUBTREE = frozenset("head template svg datalist rt rp annotation annotation-xml".split())
# Elements allowed in head; any other start tag (or text) ends an unclosed head, as in HTML5.
_HEAD_CONTENT = frozenset(
    "head meta link title script style noscript base basefont bgsound template".split()
)
# HTML start tags that break out of foreign (svg/math) content in the HTML5 tree builder.
_FOREIGN_BREAKOUT = frozenset(
    """b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i
    img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u
    ul var""".split()
)
# End tags (besides the element's own) that end a skipped subtree: its ancestors closing.
_SKIP_EXITS = {
    "head": frozenset(["body", "html"]),
    "rt": frozenset(["rt", "rp", "ruby"]) | BLOCK_ELEMENTS,
    "rp": frozenset(["rt", "rp", "ruby"]) | BLOCK_ELEMENTS,
    "svg": BLOCK_ELEMENTS,
    "annotation": frozenset(["math"]) | BLOCK_ELEMENTS,
    "annotation-xml": frozenset(["math"]) | BLOCK_ELEMENTS,
    "template": frozenset(),
    "datalist": frozenset(["select", "form"]) | BLOCK_ELEMENTS,
}

_WS = " \t\n\f\r"
# A start or end tag. Attribute values in quotes may contain ">"; a quoted value left open
# runs to the end of the input, and then the tag does not match (HTML5: EOF in tag drops the
# rest). Possessive quantifiers make a failed match linear instead of exponential.
_TAG = re.compile(
    r"<(/?)([A-Za-z][^\t\n\f\r />]*+)"
    r"((?:[\t\n\f\r /]++|=?[^\t\n\f\r />=]*+"
    r"(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:\"[^\"]*+\"?|'[^']*+'?|[^\t\n\f\r >]*+))?)*+)>"
)
# HTML5 comments: "<!-->" and "<!--->" are complete; "--!>" also closes; EOF closes.
_COMMENT = re.compile(r"<!--(?:>|->|.*?(?:--!?>|\Z))", re.S)
_CDATA_END = re.compile(r"\]\]>")
_CHARREF = re.compile(r"&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*;?))")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NONWS = re.compile(r"[^ \t\n\f\r]")
# A stretch of words separated by single spaces: copied as is, one map run.
_STRETCH = re.compile(r"[^ \t\n\f\r]+(?: [^ \t\n\f\r]+)*+")
_CR = re.compile(r"\r\n?")
_CR_OR_CHARREF = re.compile(r"\r\n?|" + _CHARREF.pattern)
_RAW_END: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"</{name}(?=[\t\n\f\r />])", re.I) for name in _RAW_HIDDEN | _RAW_SHOWN
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_LONGEST_ENTITY = max(len(k) for k in _HTML5_ENTITIES)


def _c1_replacements() -> dict[int, str]:
    """HTML5 reads numeric references to C1 controls as the windows-1252 character.

    >>> _c1_replacements()[0x93]
    '“'
    """
    table = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            pass  # 0x81, 0x8D, 0x8F, 0x90, 0x9D stay as they are
    return table


_C1 = _c1_replacements()


def decode_reference(ref: str) -> tuple[str, int] | None:
    """Decode the character reference at the start of `ref` as HTML5 does in text.

    Returns the decoded characters and how many characters of `ref` the reference uses, or
    None when `ref` does not start with a reference.

    >>> decode_reference("&rsquo;s")
    ('’', 7)
    >>> decode_reference("&ampfoo")
    ('&', 4)
    >>> decode_reference("&#x27")
    ("'", 5)
    >>> decode_reference("&#0;")
    ('�', 4)
    >>> decode_reference("&bogus;") is None
    True
    """
    m = _CHARREF.match(ref)
    return None if m is None else _decode_match(m, ref)


def _decode_match(m: re.Match[str], s: str) -> tuple[str, int] | None:
    """Decode one `_CHARREF` match found in `s`: (characters, length used) or None."""
    hexdigits, digits, name = m.groups()
    if name is None:
        number = hexdigits if hexdigits is not None else digits
        # Guard int() against huge inputs: anything this long is out of range anyway.
        if len(number.lstrip("0")) > 8:
            code = 0x110000
        else:
            code = int(number, 16 if hexdigits is not None else 10)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            char = "\ufffd"
        else:
            char = _C1.get(code) or chr(code)
        return char, m.end() - m.start()
    found = _HTML5_ENTITIES.get(name)
    if found is not None:
        return found, len(name) + 1
    # The longest prefix that is a legacy name without ";" ("&notit;" reads "¬it;").
    for size in range(min(len(name), _LONGEST_ENTITY) - 1, 1, -1):
        found = _HTML5_ENTITIES.get(name[:size])
        if found is not None:
            return found, size + 1
    return None


# --------------------------------------------------------------------------- decoding

# WHATWG label -> the Python codec browsers effectively use.
_LABELS = {
    **dict.fromkeys(
        """ascii us-ascii ansi_x3.4-1968 iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1
        cp819 ibm819 iso-ir-100 csisolatin1 cp1252 windows-1252 x-cp1252""".split(),
        "windows-1252",
    ),
    **dict.fromkeys(
        """gb2312 gbk x-gbk chinese csgb2312 gb_2312-80 iso-ir-58 csiso58gb231280 cp936
        windows-936""".split(),
        "gbk",
    ),
    **dict.fromkeys(
        "shift_jis shift-jis sjis x-sjis ms_kanji ms932 windows-31j csshiftjis cp932".split(),
        "cp932",
    ),
    **dict.fromkeys(
        """euc-kr ks_c_5601-1987 windows-949 cp949 csksc56011987 korean ksc5601 ksc_5601
        iso-ir-149""".split(),
        "cp949",
    ),
    **dict.fromkeys("big5 big5-hkscs cn-big5 csbig5 x-x-big5".split(), "big5hkscs"),
    **dict.fromkeys("iso-8859-9 iso8859-9 latin5 l5 iso-ir-148 windows-1254".split(), "cp1254"),
    **dict.fromkeys("tis-620 iso-8859-11 windows-874 dos-874".split(), "cp874"),
    # A <meta> cannot really declare UTF-16 (the meta itself would not be readable).
    **dict.fromkeys("utf-16 utf-16le utf-16be unicode unicodefffe".split(), "utf-8"),
    "x-user-defined": "windows-1252",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(rb"<!--.*?(?:-->|\Z)|<meta(?=[\t\n\f\r /])[^>]{0,4096}>", re.I | re.S)
_META_ATTR = re.compile(
    rb"""([^\t\n\f\r /=>]+)[\t\n\f\r ]*(?:=[\t\n\f\r ]*("[^"]*"|'[^']*'|[^\t\n\f\r >]*))?"""
)
_CONTENT_CHARSET = re.compile(rb"""charset[\t\n\f\r ]*=[\t\n\f\r ]*["']?([^\t\n\f\r ;"']+)""", re.I)
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_PRESCAN_BYTES = 65536
_ASCII_PROBE = "<p class=\"a-b\" id='c'>Az09 &amp;&#33;</p>\n\t"


def _codec_name(label: str | None) -> str | None:
    """The name of the codec for a charset label, or None when Python has no such codec.

    >>> _codec_name("ISO-8859-1"), _codec_name("Windows-1250"), _codec_name("x-bogus")
    ('windows-1252', 'windows-1250', None)
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _LABELS.get(label, label)
    try:
        name = codecs.lookup(name).name
        # Only codecs that read ASCII as ASCII can have decoded the markup (not UTF-7, EBCDIC).
        if _ASCII_PROBE.encode(name) != _ASCII_PROBE.encode("ascii"):
            return None
    except (LookupError, UnicodeError):
        return None
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[8:]
    return name


def _meta_charset(raw: bytes) -> str | None:
    """The charset label of the first <meta> declaring one (outside comments), or None."""
    for m in _META.finditer(raw, 0, _PRESCAN_BYTES):
        if m.group().startswith(b"<!--"):
            continue
        attrs: dict[bytes, bytes] = {}
        for a in _META_ATTR.finditer(m.group(), 5):
            attrs.setdefault(a.group(1).lower(), (a.group(2) or b"").strip(b"\"'"))
        if attrs.get(b"charset"):
            return attrs[b"charset"].decode("ascii", "replace")
        if attrs.get(b"http-equiv", b"").lower() == b"content-type":
            found = _CONTENT_CHARSET.search(attrs.get(b"content", b""))
            if found:
                return found.group(1).decode("ascii", "replace")
    return None


def _stateful(codec: str) -> bool:
    """Whether encoding with `codec` depends on what came before (escape sequences), so
    that the byte length of a string is not the sum of its parts'.

    >>> _stateful("iso-2022-jp"), _stateful("gbk")
    (True, False)
    """
    name = codecs.lookup(codec).name
    return "2022" in name or name in ("hz", "utf-7")


def _ascii_compatible(codec: str) -> bool:
    """Whether `codec` encodes every ASCII character as that one byte.

    >>> _ascii_compatible("windows-1252"), _ascii_compatible("utf-16-le")
    (True, False)
    """
    probe = "".join(map(chr, range(128)))
    try:
        return probe.encode(codec) == probe.encode("ascii")
    except UnicodeError:
        return False


class _Decoded:
    """Decoded HTML plus what the byte map needs: where the HTML starts, replaced bytes."""

    __slots__ = ("html", "charset", "base", "errors")

    def __init__(self, html: str, charset: str, base: int, errors: list[tuple[int, int, int]]):
        self.html = html
        self.charset = charset
        #: Byte offset of html[0] (the length of a byte order mark).
        self.base = base
        #: (html position of a U+FFFD, start, end of the raw bytes it replaces), in order.
        self.errors = errors


class _TooManyErrors(Exception):
    pass


#: The bad byte sequences the running decode has met (start, end), and how many it allows.
_BAD: ContextVar[tuple[list[tuple[int, int]], int]] = ContextVar("_BAD")


def _record_bad_bytes(e: UnicodeError) -> tuple[str, int]:
    """A codecs error handler: note the bad bytes, replace them with U+FFFD, go on."""
    if not isinstance(e, UnicodeDecodeError):
        raise e
    found, limit = _BAD.get()
    if len(found) >= limit:
        raise _TooManyErrors
    found.append((e.start, e.end))
    return "\ufffd", e.end


codecs.register_error("factdb-record-bad-bytes", _record_bad_bytes)


def _decode_with(raw: bytes, base: int, codec: str, max_errors: int) -> _Decoded | None:
    """Decode raw[base:] with `codec`, replacing bad bytes by U+FFFD and recording where.

    Returns None when more than `max_errors` bytes sequences are bad (the wrong charset).
    One pass over the bytes, whatever the number of bad ones (decoding the rest again
    after each bad byte took minutes for a page with a bad byte every 100).
    """
    found: list[tuple[int, int]] = []
    token = _BAD.set((found, max_errors))
    try:
        html = raw[base:].decode(codec, "factdb-record-bad-bytes")
    except _TooManyErrors:
        return None
    finally:
        _BAD.reset(token)
    if not found:
        return _Decoded(html, codec, base, [])
    errors: list[tuple[int, int, int]] = []
    if html.count("\ufffd") == len(found):
        # Every U+FFFD is a replacement: the k-th one stands for the k-th bad sequence.
        at = -1
        for start, end in found:
            at = html.index("\ufffd", at + 1)
            errors.append((at, base + start, base + end))
    else:
        # The page also has U+FFFD of its own: count the characters between bad sequences.
        view = memoryview(raw)[base:]
        chars, pos = 0, 0
        for start, end in found:
            chars += len(bytes(view[pos:start]).decode(codec, "replace"))
            errors.append((chars, base + start, base + end))
            chars += 1
            pos = end
    return _Decoded(html, codec, base, errors)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(raw: bytes, http_charset: str | None = None) -> _Decoded:
    """Decode page bytes (see the module docstring for the order); raise DecodeError."""
    if not raw:
        raise DecodeError("cannot decode the page: it is empty (0 bytes)")
    for bom, bom_codec in _BOMS:
        if raw.startswith(bom):
            found = _decode_with(raw, len(bom), bom_codec, max(8, len(raw) // 100))
            if found is None:
                raise DecodeError(
                    f"cannot decode the page: it starts with a {bom_codec} byte "
                    "order mark but is not valid " + bom_codec
                )
            return found
    sample = raw[:8192]
    if b"\x00" in sample or len(_BINARY_CONTROLS.findall(sample)) > len(sample) // 20:
        raise DecodeError(
            "cannot decode the page: it is binary data, not text (NUL bytes or control characters)"
        )
    if raw.isascii():
        declared = _codec_name(http_charset) or _codec_name(_meta_charset(raw)) or "utf-8"
        return _Decoded(raw.decode("ascii"), declared, 0, [])
    if _is_utf8(raw):
        return _Decoded(raw.decode("utf-8"), "utf-8", 0, [])
    max_errors = max(2, min(200, len(raw) // 1000))
    tried: list[str] = []
    for label in (http_charset, _meta_charset(raw)):
        codec = _codec_name(label)
        if codec and codec not in tried:
            tried.append(codec)
            found = _decode_with(raw, 0, codec, max_errors)
            if found is not None:
                return found
    from bs4.dammit import UnicodeDammit  # imported here: only needed for undeclared pages

    dammit = UnicodeDammit(raw, is_html=True, exclude_encodings=tried)
    codec = _codec_name(dammit.original_encoding)
    if codec:
        found = _decode_with(raw, 0, codec, max(max_errors, len(raw) // 100))
        if found is not None:
            return found
    declared = ", ".join(tried) or "no charset declared"
    raise DecodeError(
        f"cannot decode the page ({len(raw)} bytes): {declared}, "
        "and no charset decodes it without many invalid bytes"
    )


def decode_html(raw: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode raw page bytes; return ``(html, charset_used)``.

    Order: byte order mark (not included in `html`), then `http_charset`, then ``<meta>``,
    then detection; valid non-ASCII UTF-8 is always read as UTF-8. Raises DecodeError for
    empty input, binary data, or bytes no charset decodes.

    >>> decode_html("<p>caf\\u00e9</p>".encode("cp1252"), "iso-8859-1")
    ('<p>café</p>', 'windows-1252')
    """
    found = _decode(raw, http_charset)
    return found.html, found.charset


# --------------------------------------------------------------------------- extraction


class _Builder:
    """Collects text pieces and map runs while the tokenizer walks the HTML.

    A run maps text ``[t, next_t)`` to html ``[h, e)``: when both have the same length the
    run is a copy (character i maps to ``[h + i - t, h + i - t + 1)``); otherwise every
    character of the run maps to the whole ``[h, e)`` (a reference, collapsed whitespace,
    or a line break standing for a tag).
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.rt = array("q")
        self.rh = array("q")
        self.re = array("q")
        self.size = 0
        self.last = "\n"  # last character emitted; "\n" means "at the start of a line"
        self.copy_end = -1  # html end of the last run when it is a copy, else -1
        self.space: tuple[int, int] | None = None  # whitespace that may become " "
        self.brk: tuple[int, int] | None = None  # tag that will become "\n"

    def push(self, s: str, hs: int, he: int) -> None:
        """Append `s`, mapped to html[hs:he], after any pending line break or space."""
        if self.brk is not None:
            if self.last != "\n":
                self._add("\n", *self.brk)
            self.brk = None
            self.space = None
        elif self.space is not None:
            self._add(" ", *self.space)
            self.space = None
        self._add(s, hs, he)

    def _add(self, s: str, hs: int, he: int) -> None:
        n = len(s)
        if he - hs == n:
            if self.copy_end == hs:
                self.re[-1] = he
            else:
                self.rt.append(self.size)
                self.rh.append(hs)
                self.re.append(he)
            self.copy_end = he
        else:
            self.rt.append(self.size)
            self.rh.append(hs)
            self.re.append(he)
            self.copy_end = -1
        self.parts.append(s)
        self.size += n
        self.last = s[-1]

    def space_at(self, hs: int, he: int) -> None:
        """Whitespace html[hs:he] outside pre: one space if text follows on this line."""
        if self.brk is None and self.last != "\n":
            if self.space is None:
                self.space = (hs, he)
            elif self.space[1] == hs:
                self.space = (self.space[0], he)

    def block(self, hs: int, he: int) -> None:
        """A block boundary at the tag html[hs:he]: a line break before the next text."""
        if self.brk is None:
            self.brk = (hs, he)
        self.space = None


class _Extractor:
    """One pass of the tokenizer over decoded HTML (see the module docstring)."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.out = _Builder()
        self.pre = 0  # depth of pre/listing elements
        self.math = 0  # depth of math elements (CDATA sections are text there)
        self.skip: str | None = None  # name of the skipped subtree we are in
        self.skip_depth = 0
        self.pre_newline_at = -1  # html position right after a <pre> start tag

    def run(self) -> _Builder:
        html = self.html
        n = len(html)
        find = html.find
        tag_match = _TAG.match
        pos = 0
        while pos < n:
            lt = find("<", pos)
            while lt >= 0:
                nxt = html[lt + 1 : lt + 2]
                if nxt and nxt.isascii() and (nxt.isalpha() or nxt in "/!?"):
                    break
                lt = find("<", lt + 1)  # a "<" that starts no markup is text
            if lt < 0:
                self.text(pos, n)
                break
            if lt > pos:
                self.text(pos, lt)
            m = tag_match(html, lt)
            if m is not None:
                pos = self.tag(m)
                continue
            if nxt == "!":
                if html.startswith("<!--", lt):
                    comment = _COMMENT.match(html, lt)
                    assert comment is not None  # it matches any "<!--", up to the end
                    pos = comment.end()
                    continue
                if html.startswith("<![CDATA[", lt) and self.math:
                    end = _CDATA_END.search(html, lt + 9)
                    stop = end.start() if end else n
                    if self.skip is None:
                        self.verbatim(lt + 9, stop, references=False)
                    pos = end.end() if end else n
                    continue
            elif nxt.isalpha() or (nxt == "/" and _ASCII_LETTER.match(html, lt + 2)):
                break  # a tag left open at the end of the input: HTML5 drops the rest
            elif html.startswith("</>", lt):
                pos = lt + 3
                continue
            # Doctype, "<?...>", "</ ...>", "<!...>": bogus comments up to the next ">".
            close = find(">", lt + 2)
            pos = n if close < 0 else close + 1
        return self.out

    def tag(self, m: re.Match[str]) -> int:
        """Handle a start or end tag; return where the tokenizer continues."""
        start, end = m.span()
        name = m.group(2).lower()
        out = self.out
        if m.group(1):  # an end tag
            skip = self.skip
            if skip is not None:
                if name == skip:
                    self.skip_depth -= 1
                    if self.skip_depth > 0 and skip not in ("rt", "rp", "head"):
                        return end
                elif name not in _SKIP_EXITS[skip]:
                    return end
                self.skip = None
                if name not in BLOCK_ELEMENTS:
                    return end
            if name in BLOCK_ELEMENTS:
                out.block(start, end)
                if (name == "pre" or name == "listing") and self.pre:
                    self.pre -= 1
            elif name == "math" and self.math:
                self.math -= 1
            return end
        skip = self.skip
        if skip is not None:
            if skip == "head":
                if name in _HEAD_CONTENT:
                    return self.raw_text(name, end) if name in _RAW_HIDDEN else end
                self.skip = None
            elif skip == "svg" and name in _FOREIGN_BREAKOUT:
                self.skip = None
            else:
                closed = m.group(3).endswith("/")
                if name == skip and not closed:
                    self.skip_depth += 1
                if name in _RAW_HIDDEN and not (closed and skip == "svg"):
                    return self.raw_text(name, end)
                return end
        if name in BLOCK_ELEMENTS:
            out.block(start, end)
            if name == "pre" or name == "listing":
                self.pre += 1
                self.pre_newline_at = end
            elif name in _RAW_SHOWN:
                return self.raw_text(name, end)
        elif name in _RAW_HIDDEN:
            return self.raw_text(name, end)
        elif name in _SKIP_SUBTREE:
            if not (name == "svg" and m.group(3).endswith("/")):
                self.skip = name
                self.skip_depth = 1
        elif name == "math":
            if not m.group(3).endswith("/"):
                self.math += 1
        return end

    def raw_text(self, name: str, start: int) -> int:
        """Skip (or show, for xmp/plaintext) raw text up to its end tag; return that tag."""
        html = self.html
        end = len(html)
        if name != "plaintext":
            found = _RAW_END[name].search(html, start)
            if found is not None:
                end = found.start()
        if name in _RAW_SHOWN and self.skip is None:
            self.verbatim(start, end, references=False)
        return end

    def text(self, start: int, end: int) -> None:
        """Character data html[start:end] (it may contain "<" that starts no markup)."""
        html = self.html
        if self.skip is not None:
            if self.skip != "head" or _NONWS.search(html, start, end) is None:
                return
            self.skip = None  # text ends an unclosed head, as in HTML5
        if self.pre:
            self.verbatim(start, end, references=True)
            return
        if html.find("&", start, end) < 0:
            self.words(start, end)
            return
        out = self.out
        pos = start
        search = _CHARREF.search
        while pos < end:
            m = search(html, pos, end)
            if m is None:
                self.words(pos, end)
                return
            decoded = _decode_match(m, html)
            if decoded is None:
                self.words(pos, m.start() + 1)
                pos = m.start() + 1
                continue
            chars, used = decoded
            ref_start = m.start()
            if ref_start > pos:
                self.words(pos, ref_start)
            if chars in (" ", "\t", "\n", "\f", "\r"):
                out.space_at(ref_start, ref_start + used)
            else:
                out.push(chars, ref_start, ref_start + used)
            pos = ref_start + used

    def words(self, start: int, end: int) -> None:
        """Text without references outside pre: words copied, whitespace collapsed."""
        out = self.out
        prev = start
        for m in _STRETCH.finditer(self.html, start, end):
            s, e = m.span()
            if s > prev:
                out.space_at(prev, s)
            out.push(m.group(), s, e)
            prev = e
        if prev < end:
            out.space_at(prev, end)

    def verbatim(self, start: int, end: int, references: bool) -> None:
        """Text kept as written (pre, xmp): CR LF and CR read as LF; references decoded."""
        html = self.html
        if start == self.pre_newline_at:
            # HTML5 drops a newline right after the <pre> start tag.
            if html.startswith("\r\n", start):
                start += 2
            elif html.startswith(("\n", "\r"), start):
                start += 1
        if start >= end:
            return
        out = self.out
        if html.find("\r", start, end) < 0 and (not references or html.find("&", start, end) < 0):
            out.push(html[start:end], start, end)
            return
        pos = start
        pattern = _CR_OR_CHARREF if references else _CR
        for m in pattern.finditer(html, start, end):
            s = m.start()
            if m.group().startswith("\r"):
                chars, used = "\n", m.end() - s
            else:
                decoded = _decode_match(m, html)
                if decoded is None:
                    continue
                chars, used = decoded
            if s < pos:
                continue  # inside a reference shortened to a legacy name
            if s > pos:
                out.push(html[pos:s], pos, s)
            out.push(chars, s, s + used)
            pos = s + used
        if pos < end:
            out.push(html[pos:end], pos, end)


# --------------------------------------------------------------------------- the layer

_MAGIC = b"FDTL1"
_CHECKPOINT = 4096


class TextLayer:
    """The reading text of one page with maps to the decoded HTML and the raw bytes.

    Text positions count Unicode code points (as W3C TextPositionSelector does). Build one
    with `extract` or `extract_html`; cache it with `to_bytes` / `from_bytes`.
    """

    def __init__(
        self,
        text: str,
        html: str,
        charset: str,
        runs: tuple[array, array, array],
        base: int = 0,
        errors: list[tuple[int, int, int]] | None = None,
        version: str = EXTRACTOR_VERSION,
    ) -> None:
        self.text = text
        self.html = html
        self.charset = charset
        self.version = version
        #: Scratch cache for other modules (e.g. the locator's folded text); not serialized.
        self.derived: dict[str, object] = {}
        self._rt, self._rh, self._re = runs
        self._base = base
        self._errors = errors or []
        self._byte_index: tuple[array, array] | None = None
        self._identity_bytes: bool | None = None
        # Per-character lookup tables (html start, html end, byte start, byte end), built by
        # `build_tables` for callers that map many spans (the locator); None until then.
        self._tables: tuple[array, array, array, array] | None = None

    def __repr__(self) -> str:
        return (
            f"<TextLayer {len(self.text)} chars from {len(self.html)} html chars, "
            f"{self.charset}, extractor {self.version}>"
        )

    # ---- html map

    def _char_html(self, i: int) -> tuple[int, int]:
        """The html range of text character i."""
        k = bisect_right(self._rt, i) - 1
        t0 = self._rt[k]
        h0 = self._rh[k]
        h1 = self._re[k]
        t1 = self._rt[k + 1] if k + 1 < len(self._rt) else len(self.text)
        if h1 - h0 == t1 - t0:
            h = h0 + i - t0
            return h, h + 1
        return h0, h1

    def html_range(self, start: int, end: int) -> tuple[int, int]:
        """Map text ``[start, end)`` to the html range ``[hs, he)`` it came from.

        An empty range maps to the empty range where its position is in the html.

        >>> layer = extract_html("<p><strong>T</strong>his &amp; that</p>")
        >>> layer.text, layer.html_range(0, 4), layer.html_range(5, 6)
        ('This & that', (11, 24), (25, 30))
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"text range [{start}, {end}) is outside the text (0..{n})")
        tables = self._tables
        if tables is not None and start < end:
            return tables[0][start], tables[1][end - 1]
        if start == end:
            if start < n:
                h = self._char_html(start)[0]
            else:
                h = self._char_html(n - 1)[1] if n else 0
            return h, h
        return self._char_html(start)[0], self._char_html(end - 1)[1]

    # ---- byte map

    def _build_byte_index(self) -> tuple[array, array]:
        """Checkpoints (html position, byte offset) every few KB and around each U+FFFD
        that replaced bad bytes, so that no encoded stretch crosses a replacement."""
        html, codec = self.html, self.charset
        chars = array("q")
        offsets = array("q")
        c, b = 0, self._base
        for err_at, err_start, err_end in [*self._errors, (len(html), -1, -1)]:
            while c < err_at:
                chars.append(c)
                offsets.append(b)
                step = min(err_at, c + _CHECKPOINT)
                b += len(html[c:step].encode(codec, "replace"))
                c = step
            if err_start < 0:
                break
            chars.append(err_at)
            offsets.append(err_start)
            c, b = err_at + 1, err_end
        chars.append(c)
        offsets.append(b)
        return chars, offsets

    def _identity(self) -> bool:
        """Whether byte offsets equal html offsets (ASCII html read as UTF-8, no BOM)."""
        # Decided once per layer: isascii() scans the whole page, too slow for every call.
        if self._identity_bytes is None:
            self._identity_bytes = (
                self._base == 0
                and not self._errors
                and self.charset == "utf-8"
                and self.html.isascii()
            )
        return self._identity_bytes

    def _byte_offset(self, h: int) -> int:
        """The raw byte offset of html position h."""
        if self._identity():
            return h
        if self._byte_index is None:
            self._byte_index = self._build_byte_index()
        chars, offsets = self._byte_index
        k = bisect_right(chars, h) - 1
        c = chars[k]
        return offsets[k] + (len(self.html[c:h].encode(self.charset, "replace")) if h > c else 0)

    def byte_range(self, start: int, end: int) -> tuple[int, int]:
        """Map text ``[start, end)`` to the range ``[bs, be)`` of the raw bytes.

        >>> layer = extract("<p>caf\\u00e9 au lait</p>".encode("utf-8"))
        >>> layer.byte_range(0, 4)
        (3, 8)
        """
        tables = self._tables
        if tables is not None and 0 <= start < end <= len(self.text):
            return tables[2][start], tables[3][end - 1]
        hs, he = self.html_range(start, end)
        return self._byte_offset(hs), self._byte_offset(he)

    def ranges(self, start: int, end: int) -> tuple[int, int, int, int]:
        """`html_range` and `byte_range` of text ``[start, end)`` together: (hs, he, bs, be).

        >>> layer = extract("<p>caf\u00e9 au lait</p>".encode("utf-8"))
        >>> layer.ranges(0, 4) == layer.html_range(0, 4) + layer.byte_range(0, 4)
        True
        """
        tables = self._tables
        if tables is not None and 0 <= start < end <= len(self.text):
            # The locator's hot path: one call, four array lookups.
            last = end - 1
            return tables[0][start], tables[1][last], tables[2][start], tables[3][last]
        return self.html_range(start, end) + self.byte_range(start, end)

    # ---- lookup tables

    def build_tables(self) -> None:
        """Make `html_range` and `byte_range` O(1) for this layer: index a few arrays.

        Builds, once, four arrays of ``len(text)`` integers (html start and end, byte start
        and end of every text character). Worth it when many spans are mapped on one layer
        (the locator calls it); a single lookup is cheaper without (a bisect over runs).
        The results are exactly those of the bisect path.
        """
        if self._tables is not None:
            return
        hs, he = self._html_tables()
        if self._identity():
            self._tables = (hs, he, hs, he)
        else:
            bs, be = self._byte_tables(hs, he)
            self._tables = (hs, he, bs, be)

    def _html_tables(self) -> tuple[array, array]:
        """Html start and end of every text character, run by run."""
        rt, rh, rend = self._rt, self._rh, self._re
        starts: list[int] = []
        ends: list[int] = []
        bounds = [*rt[1:], len(self.text)] if rt else []
        for t0, t1, h0, h1 in zip(rt, bounds, rh, rend, strict=True):
            size = t1 - t0
            if h1 - h0 == size:
                starts.extend(range(h0, h1))
                ends.extend(range(h0 + 1, h1 + 1))
            else:
                starts.extend([h0] * size)
                ends.extend([h1] * size)
        return array("q", starts), array("q", ends)

    def _byte_tables(self, hs: array, he: array) -> tuple[array, array]:
        """Byte start and end of every text character (`hs`/`he`: their html ranges).

        Walks the runs in html order with one cursor, encoding each stretch of html once
        (instead of up to a checkpoint's 4 KB per lookup). Inside a copied run, ASCII
        stretches advance one byte per character and other characters by their encoded
        length; a U+FFFD that replaced bad bytes spans exactly those bytes, as in
        `_byte_offset`. Stateful codecs (ISO-2022, HZ, UTF-7) are not additive, so there
        every offset is looked up as before.
        """
        html, codec = self.html, self.charset
        if _stateful(codec):
            offset = self._byte_offset
            return array("q", map(offset, hs)), array("q", map(offset, he))
        ascii_compatible = _ascii_compatible(codec)
        errors = {at: (s, e) for at, s, e in self._errors}
        err_at = [at for at, _, _ in self._errors]
        starts: list[int] = []
        ends: list[int] = []
        # The cursor: bytes up to html position c make b bytes (unless c is an error,
        # whose bytes seek() takes from `errors`).
        c, b = 0, self._base

        def seek(h: int) -> int:
            """The byte offset of html position h >= c; moves the cursor to h."""
            nonlocal c, b
            k = bisect_right(err_at, c - 1)
            while k < len(err_at) and err_at[k] < h:
                at = err_at[k]
                c, b = at + 1, errors[at][1]
                k += 1
            if h in errors:
                return errors[h][0]
            b += len(html[c:h].encode(codec, "replace"))
            c = h
            return b

        rt, rh, rend = self._rt, self._rh, self._re
        bounds = [*rt[1:], len(self.text)] if rt else []
        for t0, t1, h0, h1 in zip(rt, bounds, rh, rend, strict=True):
            size = t1 - t0
            if h0 < c or h1 < h0:
                # A run out of html order (not made by the extractor): look it up alone.
                starts.extend(map(self._byte_offset, hs[t0:t1]))
                ends.extend(map(self._byte_offset, he[t0:t1]))
                continue
            b0 = seek(h0)
            if h1 - h0 != size:
                b1 = seek(h1)
                starts.extend([b0] * size)
                ends.extend([b1] * size)
                continue
            if ascii_compatible and html[h0:h1].isascii():
                starts.extend(range(b0, b0 + size))
                ends.extend(range(b0 + 1, b0 + size + 1))
                c, b = h1, b0 + size
                continue
            offs = [b0]
            pos = h0
            if ascii_compatible:
                stretches = [m.span() for m in _NON_ASCII.finditer(html, h0, h1)]
            else:
                stretches = [(h0, h1)]
            for s, e in stretches:
                if s > pos:
                    offs.extend(range(offs[-1] + 1, offs[-1] + s - pos + 1))
                for h in range(s, e):
                    err = errors.get(h)
                    if err is None:
                        offs.append(offs[-1] + len(html[h].encode(codec, "replace")))
                    else:
                        offs[-1] = err[0]
                        offs.append(err[1])
                pos = e
            if h1 > pos:
                offs.extend(range(offs[-1] + 1, offs[-1] + h1 - pos + 1))
            starts.extend(offs[:-1])
            ends.extend(offs[1:])
            c, b = h1, offs[-1]
        return array("q", starts), array("q", ends)

    # ---- serialization

    def to_bytes(self) -> bytes:
        """A compact serialization of the text, maps, charset and version (not the html)."""
        header = {
            "version": self.version,
            "charset": self.charset,
            "base": self._base,
            "errors": self._errors,
            "html_length": len(self.html),
            "runs": len(self._rt),
        }
        wide = max(self._re[-1] if self._re else 0, len(self.text)) >= 2**31
        code = "q" if wide else "i"
        arrays = b""
        for values in (self._rt, self._rh, self._re):
            packed = array(code, values)
            if sys.byteorder == "big":
                packed.byteswap()
            arrays += packed.tobytes()
        header["int"] = code
        head = json.dumps(header, separators=(",", ":")).encode("utf-8")
        text = self.text.encode("utf-8", "surrogatepass")
        body = len(head).to_bytes(4, "little") + head + len(text).to_bytes(8, "little") + text
        return _MAGIC + zlib.compress(body + arrays, 6)

    @classmethod
    def from_bytes(cls, data: bytes, html: str) -> TextLayer:
        """Rebuild a layer saved with `to_bytes`, given the same decoded html."""
        try:
            if not data.startswith(_MAGIC):
                raise ValueError("not a serialized text layer")
            body = zlib.decompress(data[len(_MAGIC) :])
            size = int.from_bytes(body[:4], "little")
            header = json.loads(body[4 : 4 + size])
            pos = 4 + size
            text_size = int.from_bytes(body[pos : pos + 8], "little")
            pos += 8
            text = body[pos : pos + text_size].decode("utf-8", "surrogatepass")
            pos += text_size
            runs = []
            width = array(header["int"]).itemsize
            for _ in range(3):
                values = array(header["int"])
                values.frombytes(body[pos : pos + header["runs"] * width])
                if sys.byteorder == "big":
                    values.byteswap()
                runs.append(array("q", values))
                pos += header["runs"] * width
            if header["html_length"] != len(html):
                raise ValueError(
                    f"it was made from {header['html_length']} html characters, not {len(html)}"
                )
        except (ValueError, KeyError, TypeError, zlib.error) as e:
            raise DecodeError(f"cannot read the cached text layer: {e}") from e
        return cls(
            text,
            html,
            header["charset"],
            (runs[0], runs[1], runs[2]),
            base=header["base"],
            errors=[tuple(e) for e in header["errors"]],
            version=header["version"],
        )


def is_pdf_layer(layer: object) -> TypeGuard[PdfTextLayer]:
    """Whether `layer` is a PDF's text layer (`factdb.engine.pdf.PdfTextLayer`), without
    loading the PDF reader: no such layer exists before that module is loaded, and checking
    a page's citations needs nothing of it."""
    pdf = sys.modules.get("factdb.engine.pdf")
    return pdf is not None and isinstance(layer, pdf.PdfTextLayer)


def _layer(decoded: _Decoded) -> TextLayer:
    out = _Extractor(decoded.html).run()
    return TextLayer(
        "".join(out.parts),
        decoded.html,
        decoded.charset,
        (out.rt, out.rh, out.re),
        base=decoded.base,
        errors=decoded.errors,
    )


def extract(raw: bytes, http_charset: str | None = None) -> TextLayer:
    """Decode page bytes and extract their text layer (raises DecodeError).

    >>> extract(b"<p><strong>T</strong>his is <em>one</em>\\n  line.<p>Two&rsquo;s").text
    'This is one line.\\nTwo’s'
    """
    return _layer(_decode(raw, http_charset))


#: Elements whose tags do something besides separating text: a fragment holding one of
#: their tags is read by the extractor (see `inline_text`).
_NOT_INLINE = BLOCK_ELEMENTS | _RAW_HIDDEN | _RAW_SHOWN | _SKIP_SUBTREE | {"math"}
_WS_RUN = re.compile(r"[ \t\n\f\r]+")
_MARKUP_START = re.compile(r"<[A-Za-z/!?]")


def inline_text(fragment: str) -> str | None:
    """What `extract_html(fragment).text` reads, worked out without the extractor when the
    fragment's only markup is tags of elements that only separate text (`<a>`, `<em>`,
    `<span>`…): their text with the tags left out, character references decoded (as
    `_Extractor.text` decodes them) and whitespace collapsed. None when the fragment holds
    a comment, a tag of any other element (`_NOT_INLINE`), or a `<` starting markup that
    is not a whole tag: the extractor must read it.

    >>> inline_text("  nearly <a href='x'>80</a>\\n percent "), inline_text("a<br>b")
    ('nearly 80 percent', None)
    >>> inline_text("isn&#8217;t <em>R&amp;D</em>&#32;&nbsp;x &bogus; &")
    'isn’t R&D \xa0x &bogus; &'
    """
    parts: list[str] = []
    pos = 0
    for m in _TAG.finditer(fragment):
        if m.group(2).lower() in _NOT_INLINE:
            return None
        parts.append(fragment[pos : m.start()])
        pos = m.end()
    parts.append(fragment[pos:])
    for part in parts:
        if _MARKUP_START.search(part):
            return None  # a comment, or a "<" that _TAG did not take as a whole tag
    if "&" in fragment:
        # Each run of text alone: a reference does not continue across a tag.
        parts = [_references_decoded(part) if "&" in part else part for part in parts]
    return _WS_RUN.sub(" ", "".join(parts)).strip(" ")


def _references_decoded(run: str) -> str:
    """A run of text with its character references decoded as `_Extractor.text` decodes
    them: a reference to whitespace reads as whitespace (collapsed with what is around
    it), one that decodes to nothing stays as written."""
    out: list[str] = []
    pos = 0
    while (m := _CHARREF.search(run, pos)) is not None:
        decoded = _decode_match(m, run)
        if decoded is None:
            out.append(run[pos : m.start() + 1])
            pos = m.start() + 1
            continue
        chars, used = decoded
        out.append(run[pos : m.start()])
        out.append(" " if chars in (" ", "\t", "\n", "\f", "\r") else chars)
        pos = m.start() + used
    out.append(run[pos:])
    return "".join(out)


def extract_html(html: str) -> TextLayer:
    """Extract the text layer of already-decoded HTML; byte ranges count its UTF-8 bytes."""
    return _layer(_Decoded(html, "utf-8", 0, []))
