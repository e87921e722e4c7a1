"""The PDF text layer: one reading text per document, with an exact map back to the pages.

`extract_pdf(raw)` reads a PDF and returns a `PdfTextLayer`: the text a reader sees, page
after page, and for every text character the page it is on (1-based) and its character
index on that page (pdfium's index, the one `FPDFText_*` functions take), from which the
character's box follows (`PdfTextLayer.boxes`). Quotes are located in `text` exactly as in
an HTML text layer (`factdb.engine.anchor`); a citation records page and character ranges
and boxes (`PdfTextLayer.locator`) instead of HTML ranges.

Why pypdfium2: it wraps PDFium, Chromium's PDF engine (maintained, fuzzed, fast C++), ships
as self-contained pip wheels (no system library), gives each character's Unicode value,
index and box, and renders pages to bitmaps for the viewer with the same engine: the
boxes we highlight are the boxes it drew. pdfminer.six/pdfplumber are pure Python (about
ten times slower on text) and render nothing.

The rules (bump `PDF_EXTRACTOR_VERSION` whenever one changes: cached layers and stored
text positions depend on them):

- **Characters**: PDFium's characters of each page. Its generated line breaks split
  lines; runs of spaces within a line read as one space, none at a line's start or end;
  C0 control characters (unmapped glyphs) read as nothing.
- **Ligatures**: U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) read as their letters ("fi"); every
  letter maps to the one ligature character (and its box).
- **Reading order within a page**: lines are ordered by recursive XY-cut on their boxes:
  the widest empty band, horizontal or vertical, splits the page, top before bottom and
  left before right, until no band is left; then top to bottom. So two columns read one
  after the other, and a heading spanning both reads first. A single large letter to the
  left of a paragraph's first lines (a drop cap) joins the word it starts.
- **Hyphenation**: a line ending in a hyphen right after a letter, followed by a line
  starting with a lowercase letter, is one word broken at the line's end: the line break
  reads as nothing. A typesetter's hyphen (one PDFium marks as such, U+FFFE, which it
  does for TeX's; a U+2010, which Chromium draws for a soft hyphen; a soft hyphen) reads
  as a soft hyphen (U+00AD), so "enrich-⏎ment" reads "enrich\\u00adment", which the
  locator's folding matches as "enrichment" with a span covering both parts. A plain
  "-" that PDFium did not mark stays: "on-⏎going" reads "on-going", a compound broken
  at its own hyphen.
- **Raised and lowered text**: a line PDFium starts for a footnote mark or subscript
  (or for the rest of a line after one) that continues the previous line on the same
  visual line joins it, with a space only where one was drawn.
- **Page furniture**: running headers and footers (a line in the top or bottom eighth of
  a page, first or last on it, whose text with digits masked recurs on at least 40% of
  the pages and on at least two) and page numbers ("14", "- 14 -", "Page 14 of 20",
  "xiv") are kept in the text, but listed in `hidden`: the locator folds them away like
  invisible characters (`factdb.engine.anchor.fold`), so a quote that runs over a page
  break matches when it skips them, and its span (and `exact`) covers them.
- **Lines and pages**: one ``\\n`` between lines and between pages.

Caps (each refusal is one `PdfError` line): `MAX_PAGES` pages, `MAX_PAGE_CHARS` characters
on a page, `MAX_TEXT_CHARS` characters in all, `MAX_XYCUT_LINES` lines ordered by XY-cut on
a page (more keep PDFium's order); archiving reads a PDF in a child process under
`MAX_READ_MEMORY` and `MAX_READ_SECONDS` (`read_pdf_bounded`).
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factdb.errors import InputError

# Re-exported: it lives with the other judgements of what some bytes are, so that telling
# a PDF from a page loads nothing of the PDF reader.
from .sniff import is_pdf as is_pdf

#: Version of the PDF extraction rules (HTML's is `factdb.engine.text.EXTRACTOR_VERSION`).
PDF_EXTRACTOR_VERSION = "pdf-1"

#: Caps: a PDF beyond them is refused with one line, before its text is read.
MAX_PAGES = 5000
MAX_PAGE_CHARS = 500_000
MAX_TEXT_CHARS = 20_000_000
MAX_XYCUT_LINES = 1500
#: The narrowest empty vertical band read as a gutter between columns, in points.
MIN_GUTTER = 6.0

_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
# PDFium reads a hyphen it judges a line-end break as U+FFFE (or U+0002).
_HYPHENS = "-\u2010\u00ad\ufffe\x02"
_PAGE_NUMBER = re.compile(
    r"(?i)(?:page|p\.|seite|página|pagina)?\s*[-–—]?\s*(?:\d{1,5}|[ivxlcdm]{1,8})\s*[-–—]?"
    r"(?:\s*(?:of|/|von|de|sur)\s*\d{1,5})?"
)
_DIGITS = re.compile(r"\d+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a line's characters need besides copying: a run of two or more spaces or a space
# other than " ", a ligature, PDFium's hyphen marks, control characters.
_UNUSUAL = re.compile("\\s{2,}|[^\\S ]\\s*|[\ufb00-\ufb06\ufffe\x00-\x1f\x7f-\x9f]")


class PdfError(InputError):
    """A PDF that cannot be read: truncated, corrupt, or beyond a stated cap."""


class PdfNeedsPassword(PdfError):
    """An encrypted PDF that needs a password to be read."""


@dataclass
class PdfInfo:
    """What a PDF says about itself, read without its text."""

    pages: int
    #: From the information dictionary and XMP: title, author, created, language (each
    #: only when the document gives it).
    metadata: dict[str, Any] = field(default_factory=dict)
    encrypted: bool = False
    needs_password: bool = False
    #: Names of the risky things it carries, archived as bytes and never run or extracted.
    active_content: list[str] = field(default_factory=list)


def _pdfium() -> Any:
    import pypdfium2

    return pypdfium2


def open_pdf(raw: bytes) -> Any:
    """The pypdfium2 document of `raw`; one `PdfError` line when it cannot be opened."""
    pdfium = _pdfium()
    if not is_pdf(raw):
        raise PdfError("not a PDF: it does not start with %PDF-")
    try:
        doc = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower():
            raise PdfNeedsPassword(
                "the PDF is encrypted and needs a password; factdb cannot read its text"
            ) from None
        raise PdfError(
            f"the PDF cannot be read ({text.rstrip('.')}): truncated or corrupt?"
        ) from None
    count = len(doc)
    if count > MAX_PAGES:
        doc.close()
        raise PdfError(f"the PDF has {count:,} pages, more than the cap of {MAX_PAGES:,}")
    return doc


_XMP_FIELDS = {
    "title": re.compile(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.S),
    "author": re.compile(r"<dc:creator>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.S),
    "created": re.compile(r"<xmp:CreateDate>(.*?)</xmp:CreateDate>|xmp:CreateDate=\"([^\"]*)\""),
    "language": re.compile(r"<dc:language>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.S),
}


def pdf_date(value: str) -> str | None:
    """An ISO 8601 date or datetime from a PDF date string ``D:YYYYMMDDHHmmSSOHH'mm``.

    >>> pdf_date("D:20190830141500+02'00'"), pdf_date("D:2019"), pdf_date("yesterday")
    ('2019-08-30T14:15:00+02:00', '2019', None)
    >>> pdf_date("2021-04-30T10:00:00Z")
    '2021-04-30T10:00:00Z'
    """
    v = value.strip()
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?)?)?", v):
        return v
    m = re.fullmatch(
        r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(Z|[+-]\d\d'?\d\d'?|[+-]\d\d)?'?", v
    )
    if m is None:
        return None
    y, mo, d, h, mi, s, tz = m.groups()
    out = y + (f"-{mo}" if mo else "") + (f"-{d}" if mo and d else "")
    if d and h:
        out += f"T{h}:{mi or '00'}:{s or '00'}"
        if tz == "Z":
            out += "Z"
        elif tz:
            digits = re.sub(r"\D", "", tz)
            out += tz[0] + digits[:2] + ":" + (digits[2:4] or "00")
    return out


def pdf_info(raw: bytes) -> PdfInfo:
    """Page count, metadata, encryption and active content of a PDF, without its text.

    A PDF that needs a password gives ``needs_password`` (and no pages) instead of an error:
    it is archived as bytes all the same.
    """
    pdfium = _pdfium()
    try:
        doc = open_pdf(raw)
    except PdfNeedsPassword:
        return PdfInfo(pages=0, encrypted=True, needs_password=True)
    try:
        meta: dict[str, Any] = {}
        info = doc.get_metadata_dict(skip_empty=True)
        if info.get("Title", "").strip():
            meta["title"] = info["Title"].strip()
        if info.get("Author", "").strip():
            meta["author"] = info["Author"].strip()
        created = pdf_date(info.get("CreationDate", ""))
        if created:
            meta["created"] = created
        lang = _catalog_lang(doc)
        if lang:
            meta["language"] = lang
        for key, value in _xmp_fields(raw).items():
            meta.setdefault(key, value)
        active = []
        if pdfium.raw.FPDFDoc_GetJavaScriptActionCount(doc.raw) > 0:
            active.append("JavaScript")
        if pdfium.raw.FPDFDoc_GetAttachmentCount(doc.raw) > 0:
            active.append("embedded files")
        encrypted = pdfium.raw.FPDF_GetSecurityHandlerRevision(doc.raw) >= 0
        return PdfInfo(pages=len(doc), metadata=meta, encrypted=encrypted, active_content=active)
    finally:
        doc.close()


def _catalog_lang(doc: Any) -> str | None:
    """The catalog's /Lang (the document's language), if PDFium can read it."""
    pdfium = _pdfium()
    getter = getattr(pdfium.raw, "FPDFCatalog_GetLanguage", None)
    if getter is None:
        return None
    size = getter(doc.raw, None, 0)
    if size <= 2:
        return None
    buf = (ctypes.c_ushort * (size // 2))()
    getter(doc.raw, buf, size)
    value = bytes(buf)[: size - 2].decode("utf-16-le", "replace").strip()
    return value or None


_XMP_PACKET = re.compile(rb"<x:xmpmeta.{0,200000}?</x:xmpmeta>", re.S)


def _xmp_fields(raw: bytes) -> dict[str, str]:
    """Title, author, creation date and language from an uncompressed XMP packet, if any.

    The packet is searched for in the first and last megabyte (where writers put the
    catalog's metadata stream, which PDF/A requires uncompressed).
    """
    window = raw[: 1 << 20] + raw[-(1 << 20) :] if len(raw) > 2 << 20 else raw
    m = _XMP_PACKET.search(window)
    if m is None:
        return {}
    xml = m.group().decode("utf-8", "replace")
    out: dict[str, str] = {}
    for key, pattern in _XMP_FIELDS.items():
        found = pattern.search(xml)
        if found is None:
            continue
        value = next((g for g in found.groups() if g), "").strip()
        if key == "created":
            value = pdf_date(value) or ""
        if value:
            out[key] = _unescape_xml(value)
    return out


def _unescape_xml(s: str) -> str:
    """
    >>> _unescape_xml("A &amp; B &lt;x&gt;")
    'A & B <x>'
    """
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    """One line of a page: PDFium character indexes [first, end) and its box."""

    first: int
    end: int
    chars: str
    left: float
    bottom: float
    right: float
    top: float
    hidden: bool = False


def _page_chars(textpage: Any, pdfium: Any) -> str:
    """The page's characters, one Python character per PDFium index."""
    n = textpage.count_chars()
    if n <= 0:
        return ""
    if n > MAX_PAGE_CHARS:
        raise PdfError(f"a page has {n:,} characters, more than the cap of {MAX_PAGE_CHARS:,}")
    s = textpage.get_text_range(0, n)
    if len(s) == n and _SURROGATE.search(s) is None:
        return s
    # Characters outside the BMP come back as surrogate pairs: read them one by one.
    get = pdfium.raw.FPDFText_GetUnicode
    return "".join(chr(get(textpage.raw, i) or 0xFFFD) for i in range(n))


# PDFium joins a line ending in a hyphen it marks (U+FFFE) to whatever follows in the
# content stream, which at a page's end may be its page number: the mark ends a line too.
_LINE_BREAK = re.compile(r"\r\n|\r|\n|(?<=\ufffe)(?=.)")


def _page_lines(textpage: Any, pdfium: Any) -> list[_Line]:
    chars = _page_chars(textpage, pdfium)
    lines: list[_Line] = []
    count_rects = pdfium.raw.FPDFText_CountRects
    get_rect = pdfium.raw.FPDFText_GetRect
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom))
    tp = textpage.raw
    start = 0
    for m in [*_LINE_BREAK.finditer(chars), None]:
        end = m.start() if m is not None else len(chars)
        piece = chars[start:end]
        if piece.strip():
            boxes = []
            for k in range(count_rects(tp, start, end - start)):
                get_rect(tp, k, *refs)
                boxes.append((left.value, bottom.value, right.value, top.value))
            if boxes:
                lines.append(
                    _Line(
                        start,
                        end,
                        piece,
                        min(b[0] for b in boxes),
                        min(b[1] for b in boxes),
                        max(b[2] for b in boxes),
                        max(b[3] for b in boxes),
                    )
                )
        start = m.end() if m is not None else end
    return lines


def _xycut(lines: list[_Line]) -> list[_Line]:
    """Lines in reading order by recursive XY-cut (see the module docstring).

    >>> L = lambda x0, y0, x1, y1, s: _Line(0, 0, s, x0, y0, x1, y1)
    >>> page = [L(0, 90, 200, 100, "title"), L(110, 70, 200, 80, "r1"),
    ...         L(0, 70, 90, 80, "l1"), L(0, 50, 90, 60, "l2"), L(110, 50, 200, 60, "r2")]
    >>> [x.chars for x in _xycut(page)]
    ['title', 'l1', 'l2', 'r1', 'r2']
    """
    if len(lines) > MAX_XYCUT_LINES:
        return list(lines)
    out: list[_Line] = []
    # Depth first, first part before second (no recursion: no depth limit). Every region
    # is kept sorted from the top, so a horizontal cut is a slice.
    stack = [sorted(lines, key=lambda x: (-x.top, x.left))]
    while stack:
        region = stack.pop()
        if len(region) <= 1:
            out.extend(region)
            continue
        cut = _best_cut(region)
        if cut is None:
            out.extend(region)
            continue
        stack.append(cut[1])
        stack.append(cut[0])
    return out


def _best_cut(region: list[_Line]) -> tuple[list[_Line], list[_Line]] | None:
    """Split a region (sorted from the top) at an empty band: (left part, right part) at
    the widest vertical band of at least `MIN_GUTTER` (columns), else (top, bottom) at the
    widest horizontal band, else at the widest vertical band (a drop cap beside its
    lines). Both parts stay sorted from the top."""
    vertical = _vertical_gap(region)
    if vertical is not None and vertical[0] >= MIN_GUTTER:
        return _split_x(region, vertical[1])
    # Horizontal bands, swept from the top. A band beside a line that crosses the
    # region's middle (a heading or paragraph over the full width) is preferred: a band
    # between a column's section and the empty end of the next column is no break of the
    # page (it would read the second column between two parts of the first).
    middle = (min(x.left for x in region) + max(x.right for x in region)) / 2
    best: tuple[bool, float, int] | None = None
    above = region[0]
    for k in range(1, len(region)):
        line = region[k]
        if line.top < above.bottom:
            spans = (above.left < middle < above.right) or (line.left < middle < line.right)
            gap = above.bottom - line.top
            if best is None or (spans, gap) > best[:2]:
                best = (spans, gap, k)
        if line.bottom < above.bottom:
            above = line
    if best is not None:
        return region[: best[2]], region[best[2] :]
    if vertical is not None:
        return _split_x(region, vertical[1])
    return None


def _vertical_gap(region: list[_Line]) -> tuple[float, float] | None:
    """The widest empty vertical band: (width, middle), or None."""
    best: tuple[float, float] | None = None
    by_left = sorted(region, key=lambda x: x.left)
    high = by_left[0].right
    for line in by_left[1:]:
        if line.left > high:
            gap = line.left - high
            if best is None or gap > best[0]:
                best = (gap, (high + line.left) / 2)
        high = max(high, line.right)
    return best


def _split_x(region: list[_Line], at: float) -> tuple[list[_Line], list[_Line]]:
    return [x for x in region if x.right < at], [x for x in region if x.right >= at]


def _join_drop_caps(lines: list[_Line]) -> list[_Line]:
    """A drop cap (one letter, at least twice as tall as the next line, whose top it
    reaches) joins the next line: it starts that line's first word."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        cap = line.chars.strip()
        if (
            nxt is not None
            and len(cap) == 1
            and cap.isalpha()
            and (line.top - line.bottom) >= 2 * (nxt.top - nxt.bottom)
            and nxt.left >= line.right - 1
            and line.bottom <= nxt.top <= line.top + (nxt.top - nxt.bottom)
        ):
            out.append(_Line(-1, -1, "", 0, 0, 0, 0))  # marker: glue the next two
            out.append(line)
            out.append(nxt)
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _furniture_key(chars: str) -> str:
    return _DIGITS.sub("#", " ".join(chars.split()))


def _mark_furniture(pages: list[tuple[float, list[_Line]]]) -> None:
    """Mark running headers, footers and page numbers (`_Line.hidden`)."""
    candidates: list[list[_Line]] = []
    counts: Counter[str] = Counter()
    for height, lines in pages:
        real = [x for x in lines if x.first >= 0]
        band = height / 8
        mine = []
        for line in real[:2]:
            if line.bottom >= height - band:
                mine.append(line)
        for line in real[-2:]:
            if line.top <= band and line not in mine:
                mine.append(line)
        candidates.append(mine)
        counts.update({_furniture_key(x.chars) for x in mine})
    need = max(2, 0.4 * len(pages))
    for mine in candidates:
        for line in mine:
            text = " ".join(line.chars.split())
            if _PAGE_NUMBER.fullmatch(text) or counts[_furniture_key(line.chars)] >= need:
                line.hidden = True


# --------------------------------------------------------------------------- the layer


class _Builder:
    """Accumulates the text and, per character, its page and PDFium index."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.page = array("i")
        self.index = array("i")
        self.size = 0
        self.hidden: list[tuple[int, int]] = []

    def add(self, s: str, page: int, index: int) -> None:
        self.parts.append(s)
        n = len(s)
        self.page.extend(array("i", [page]) * n)
        self.index.extend(array("i", [index]) * n)
        self.size += n
        if self.size > MAX_TEXT_CHARS:
            raise PdfError(
                f"the PDF's text is longer than the cap of {MAX_TEXT_CHARS:,} characters"
            )

    def add_line(self, line: _Line, page: int) -> None:
        """The line's characters: spaces collapsed, ligatures expanded, controls dropped."""
        chars = line.chars
        base = line.first
        # Trim the line's spaces.
        lo, hi = 0, len(chars)
        while lo < hi and chars[lo].isspace():
            lo += 1
        while hi > lo and chars[hi - 1].isspace():
            hi -= 1
        # Stretches of ordinary characters are copied whole (one index per character);
        # only the characters `_UNUSUAL` finds are handled one by one.
        at = lo
        for m in _UNUSUAL.finditer(chars, lo, hi):
            if m.start() > at:
                self.stretch(chars, at, m.start(), base, page)
            k = m.start()
            ch = m.group()
            if ch[0].isspace():
                self.add(" ", page, base + k)  # a run of spaces: one, at its first
            elif ch in _LIGATURES:
                self.add(_LIGATURES[ch], page, base + k)
            elif ch == "\ufffe" or ch == "\x02":
                # PDFium's mark for a hyphen it joined across a line end: a soft hyphen.
                self.add("\u00ad", page, base + k)
            # other control characters (unmapped glyphs) read as nothing
            at = m.end()
        if hi > at:
            self.stretch(chars, at, hi, base, page)

    def stretch(self, chars: str, a: int, b: int, base: int, page: int) -> None:
        self.parts.append(chars[a:b])
        self.page.extend(array("i", [page]) * (b - a))
        self.index.extend(range(base + a, base + b))
        self.size += b - a
        if self.size > MAX_TEXT_CHARS:
            raise PdfError(
                f"the PDF's text is longer than the cap of {MAX_TEXT_CHARS:,} characters"
            )

    def text(self) -> str:
        return "".join(self.parts)

    def last_char(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return ""


def _hyphen_break(line: _Line, nxt: _Line) -> bool:
    """Whether `line` ends in a typesetter's hyphen that `nxt` completes.

    >>> L = lambda s: _Line(0, len(s), s, 0, 0, 0, 0)
    >>> _hyphen_break(L("the enrich-"), L("ment level")), _hyphen_break(L("2019-"), L("20"))
    (True, False)
    >>> _hyphen_break(L("the USA-"), L("Mexico"))
    False
    """
    a = line.chars.rstrip()
    b = nxt.chars.lstrip()
    return (
        len(a) >= 2
        and a[-1] in _HYPHENS
        and a[-2].isalpha()
        and bool(b)
        and b[0].isalpha()
        and b[0].islower()
    )


def _continues(line: _Line, nxt: _Line) -> bool:
    """Whether `nxt` goes on `line` on the same visual line: it starts right after it
    (within 60% of the line's height) and overlaps it vertically, as a raised footnote
    mark or a subscript that PDFium put on a line of its own does.

    >>> L = lambda x0, y0, x1, y1: _Line(0, 1, "x", x0, y0, x1, y1)
    >>> _continues(L(0, 100, 200, 110), L(204, 104, 212, 113))  # "word.[2]"
    True
    >>> _continues(L(0, 100, 200, 110), L(0, 86, 200, 96))  # the next line
    False
    """
    height = line.top - line.bottom
    return (
        0 <= nxt.left - line.right <= 0.6 * height
        and nxt.bottom < line.top
        and nxt.top > line.bottom
    )


class PdfTextLayer:
    """A PDF's reading text and the map from each text character to (page, index, box).

    Same contract as `factdb.engine.text.TextLayer` for the locator: `text`, `derived`,
    `ranges` (a PDF has no HTML or byte range of a character: None), plus `hidden` (page
    furniture the locator folds away), `page_starts` and `locator`.
    """

    kind = "pdf"
    version = PDF_EXTRACTOR_VERSION

    def __init__(
        self,
        text: str,
        page: array,
        index: array,
        hidden: list[tuple[int, int]],
        page_count: int,
        raw: bytes | None = None,
    ) -> None:
        self.text = text
        self.page = page
        self.index = index
        self.hidden = hidden
        self.page_count = page_count
        self.raw = raw
        self.derived: dict[str, object] = {}
        self._doc: Any = None

    def __repr__(self) -> str:
        return f"<PdfTextLayer {self.page_count} pages, {len(self.text)} chars>"

    @property
    def charset(self) -> str:
        return "binary"

    def html_range(self, start: int, end: int) -> tuple[None, None]:
        return None, None

    def byte_range(self, start: int, end: int) -> tuple[None, None]:
        return None, None

    def ranges(self, start: int, end: int) -> tuple[None, None, None, None]:
        return None, None, None, None

    def position(self, i: int) -> tuple[int, int]:
        """(page number from 1, PDFium character index on that page) of text character i."""
        return self.page[i], self.index[i]

    def reading(self, start: int, end: int) -> str:
        """Text [start, end) as a reader reads it: without the page furniture it runs over
        (a running header, "Page 1 of 4"), line breaks as spaces, words broken at a line's
        end whole. What a quote says, for the supported check and a brief's note; the
        citation's `exact` keeps every character of its span."""
        out = []
        at = start
        k = bisect_right(self.hidden, (start, 1 << 62)) - 1
        k = max(k, 0)
        for a, b in self.hidden[k:]:
            if a >= end:
                break
            if b <= at:
                continue
            out.append(self.text[at : max(at, a)])
            out.append(" ")
            at = max(at, b)
        out.append(self.text[at:end] if at < end else "")
        return " ".join("".join(out).replace("\u00ad", "").split())

    def page_of(self, i: int) -> int:
        return self.page[i]

    def page_starts(self) -> list[int]:
        """Text offset where each page's text starts (page k at index k - 1)."""
        starts = [0] * self.page_count
        seen = set()
        for i, p in enumerate(self.page):
            if p not in seen:
                seen.add(p)
                starts[p - 1] = i
        return starts

    def page_ranges(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The PDFium character ranges of text [start, end): (page, first, end) per run of
        characters that follow each other on a page in PDFium's order (usually one per
        page; more where reading order differs from the content stream's)."""
        out: list[tuple[int, int, int]] = []
        for i in range(start, end):
            p, k = self.page[i], self.index[i]
            if out:
                q, a, b = out[-1]
                # One run while the characters follow each other in PDFium's order (a
                # line break skips its \r\n): reading order may put a drop cap or a
                # column elsewhere in the content stream, and a run must not cover it.
                if q == p and b - 1 <= k <= b + 2:
                    out[-1] = (q, a, max(b, k + 1))
                    continue
            out.append((p, k, k + 1))
        return out

    def document(self) -> Any:
        """The pypdfium2 document (opened once from `raw`) for boxes and rendering."""
        if self._doc is None:
            if self.raw is None:
                raise PdfError("this text layer was built without the PDF's bytes")
            self._doc = open_pdf(self.raw)
        return self._doc

    def boxes(self, start: int, end: int) -> list[dict[str, Any]]:
        """The boxes of text [start, end), per page: ``{"page", "start", "end", "boxes"}``
        with PDFium's rectangles (one per stretch of a line) in PDF points, origin at the
        page's bottom left, each ``[left, bottom, right, top]`` rounded to 0.01 pt."""
        doc = self.document()
        pdfium = _pdfium()
        out = []
        left, top, right, bottom = (ctypes.c_double() for _ in range(4))
        refs = (ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom))
        for p, a, b in self.page_ranges(start, end):
            page = doc[p - 1]
            tp = page.get_textpage()
            rects = []
            for k in range(pdfium.raw.FPDFText_CountRects(tp.raw, a, b - a)):
                pdfium.raw.FPDFText_GetRect(tp.raw, k, *refs)
                rects.append(
                    [
                        round(left.value, 2),
                        round(bottom.value, 2),
                        round(right.value, 2),
                        round(top.value, 2),
                    ]
                )
            tp.close()
            page.close()
            out.append({"page": p, "start": a, "end": b, "boxes": rects})
        return out

    def read_range(self, page: int, start: int, end: int) -> str:
        """PDFium's characters [start, end) of page `page` (from 1), read alone."""
        doc = self.document()
        if not 1 <= page <= len(doc):
            raise PdfError(f"the PDF has no page {page}")
        pdf_page = doc[page - 1]
        tp = pdf_page.get_textpage()
        try:
            count = tp.count_chars()
            if not 0 <= start <= end <= count:
                raise PdfError(f"page {page} has no characters {start}-{end} (it has {count})")
            return str(tp.get_text_range(start, end - start)) if end > start else ""
        finally:
            tp.close()
            pdf_page.close()

    def char_box(self, i: int) -> tuple[float, float, float, float]:
        """The box of text character i: [left, bottom, right, top] in PDF points."""
        boxes = self.boxes(i, i + 1)[0]["boxes"]
        return tuple(boxes[0]) if boxes else (0.0, 0.0, 0.0, 0.0)  # type: ignore[return-value]

    def locator(self, start: int, end: int) -> dict[str, Any]:
        """What a citation records of text [start, end): first and last page and, per page,
        the character range and boxes."""
        pages = self.boxes(start, end)
        return {"page_start": pages[0]["page"], "page_end": pages[-1]["page"], "pages": pages}

    def page_size(self, page: int) -> tuple[float, float]:
        """Width and height of a page in PDF points."""
        w, h = self.document()[page - 1].get_size()
        return float(w), float(h)

    # ---- cache

    _MAGIC = b"FDPL1"

    def to_bytes(self) -> bytes:
        """A compact serialization (the text and the maps, compressed)."""
        text = self.text.encode("utf-8")
        hidden = array("i", [x for r in self.hidden for x in r])
        parts = [text, self.page.tobytes(), self.index.tobytes(), hidden.tobytes()]
        header = array("q", [self.page_count, *map(len, parts)]).tobytes()
        return self._MAGIC + zlib.compress(header + b"".join(parts), 6)

    @classmethod
    def from_bytes(cls, data: bytes, raw: bytes | None = None) -> PdfTextLayer:
        if not data.startswith(cls._MAGIC):
            raise ValueError("not a PDF text layer")
        body = zlib.decompress(data[len(cls._MAGIC) :])
        header = array("q")
        header.frombytes(body[:40])
        page_count, *sizes = header
        pos = 40
        chunks = []
        for size in sizes:
            chunks.append(body[pos : pos + size])
            pos += size
        page, index, hidden = array("i"), array("i"), array("i")
        page.frombytes(chunks[1])
        index.frombytes(chunks[2])
        hidden.frombytes(chunks[3])
        pairs = [(hidden[k], hidden[k + 1]) for k in range(0, len(hidden), 2)]
        return cls(chunks[0].decode("utf-8"), page, index, pairs, page_count, raw)


def extract_pdf(raw: bytes) -> PdfTextLayer:
    """The text layer of a PDF (see the module docstring). Raises `PdfError` (one line)
    for a PDF that cannot be read or exceeds a cap, `PdfNeedsPassword` when encrypted."""
    pdfium = _pdfium()
    doc = open_pdf(raw)
    try:
        pages: list[tuple[float, list[_Line]]] = []
        total = 0
        for n in range(len(doc)):
            page = doc[n]
            try:
                height = float(page.get_height())
                textpage = page.get_textpage()
                try:
                    lines = _page_lines(textpage, pdfium)
                finally:
                    textpage.close()
            except pdfium.PdfiumError as exc:
                raise PdfError(f"page {n + 1} of the PDF cannot be read ({exc})") from None
            finally:
                page.close()
            total += sum(len(x.chars) for x in lines)
            if total > MAX_TEXT_CHARS:
                raise PdfError(
                    f"the PDF's text is longer than the cap of {MAX_TEXT_CHARS:,} characters"
                )
            pages.append((height, _join_drop_caps(_xycut(lines))))
        _mark_furniture(pages)
        return _assemble(pages, len(doc), raw)
    finally:
        doc.close()


def _assemble(pages: list[tuple[float, list[_Line]]], count: int, raw: bytes) -> PdfTextLayer:
    out = _Builder()
    last: tuple[int, int] | None = None  # (page, index) of the last character added
    visible: _Line | None = None  # the last line that is no page furniture
    out_last_visible = ""  # and the last character it added
    after_furniture = False
    for number, (_, lines) in enumerate(pages, start=1):
        glue = False
        for k, line in enumerate(lines):
            if line.first < 0:
                glue = True  # a drop cap follows: no break between it and its line
                continue
            if last is not None and out.size:
                prev = lines[k - 1] if k > 0 and lines[k - 1].first >= 0 else None
                if glue and prev is not None:
                    glue = False
                elif (
                    prev is not None
                    and out.last_char() in _HYPHENS
                    and not prev.hidden
                    and not line.hidden
                    and _hyphen_break(prev, line)
                ):
                    # A hyphen PDFium marked (U+FFFE), a U+2010 or a soft hyphen is the
                    # typesetter's: it reads as a soft hyphen. A plain "-" belongs to a
                    # compound ("on-⏎going"): it stays. Either way, no line break.
                    if out.last_char() != "-":
                        out.parts[-1] = out.parts[-1][:-1] + "\u00ad"
                elif prev is not None and not prev.hidden and _continues(prev, line):
                    # A superscript (a footnote mark) or subscript PDFium put on a line of
                    # its own, or the rest of the line after one: the same visual line.
                    gap = line.left - prev.right
                    if line.chars[:1].isspace() or gap > 0.25 * (prev.top - prev.bottom):
                        out.add(" ", number, line.first)
                elif (
                    after_furniture
                    and not line.hidden
                    and visible is not None
                    and out_last_visible == "\u00ad"
                    and _hyphen_break(visible, line)
                ):
                    # A word broken across a page break: the break before its second
                    # part is hidden with the furniture, so the word reads whole.
                    out.add("\n", *last)
                    out.hidden.append((out.size - 1, out.size))
                else:
                    out.add("\n", *last)
            begin = out.size
            out.add_line(line, number)
            if out.size > begin:
                last = (number, out.index[-1])
                if line.hidden:
                    # The line and the break before it: a quote runs over both.
                    out.hidden.append((max(0, begin - 1), out.size))
                    after_furniture = True
                else:
                    visible = line
                    out_last_visible = out.last_char()
                    after_furniture = False
    return PdfTextLayer(out.text(), out.page, out.index, _merge(out.hidden), count, raw)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    >>> _merge([(0, 3), (3, 5), (8, 9)])
    [(0, 5), (8, 9)]
    """
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def pdf_page_sizes(raw: bytes) -> list[tuple[float, float]]:
    """Width and height of every page of a PDF, in points."""
    doc = open_pdf(raw)
    try:
        return [(float(w), float(h)) for w, h in (doc.get_page_size(i) for i in range(len(doc)))]
    finally:
        doc.close()


#: Rendering caps: the largest scale (1.0 = 72 dpi) and pixel count of one page image.
MAX_RENDER_SCALE = 4.0
MAX_RENDER_PIXELS = 16_000_000


def render_page_png(raw: bytes, page: int, scale: float = 1.5) -> bytes:
    """Page `page` (from 1) of a PDF as a PNG image, drawn by PDFium at `scale` (1.0 is
    72 dpi; pixel (x, y) shows the point (x / scale, height - y / scale)). The PNG is
    written here (zlib, RGB, no filter): no imaging library is needed.

    Raises `PdfError` for a page that does not exist or an image beyond the caps.
    """
    doc = open_pdf(raw)
    try:
        if not 1 <= page <= len(doc):
            raise PdfError(f"the PDF has no page {page} (it has {len(doc)})")
        scale = min(max(scale, 0.1), MAX_RENDER_SCALE)
        pdf_page = doc[page - 1]
        width, height = pdf_page.get_size()
        if width * height * scale * scale > MAX_RENDER_PIXELS:
            scale = (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5
        bitmap = pdf_page.render(scale=scale, rev_byteorder=True, may_draw_forms=False)
        return _png(bitmap)
    finally:
        doc.close()


def _png(bitmap: Any) -> bytes:
    """An RGB(A) PDFium bitmap as PNG bytes."""
    import struct

    width, height, stride, channels = bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
    if channels not in (3, 4):
        raise PdfError(f"cannot write a PNG of a {channels}-channel bitmap")
    buf = bytes(bitmap.buffer)
    row = width * channels
    raw = b"".join(b"\x00" + buf[y * stride : y * stride + row] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    color = 2 if channels == 3 else 6
    header = struct.pack(">IIBBBBB", width, height, 8, color, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


#: Caps on reading a PDF to archive it (`read_pdf_bounded`): memory beyond the process's
#: size when it starts reading, and CPU seconds. A decompression bomb (a 400 KB file whose
#: content stream inflates to 400 MB took 800 MB and 8 s) is refused in one line.
MAX_READ_MEMORY = 768 << 20
MAX_READ_SECONDS = 60


def read_pdf_bounded(raw: bytes) -> tuple[PdfInfo, PdfTextLayer | None]:
    """`pdf_info` and `extract_pdf` (None for a PDF that needs a password) in a child
    process under `MAX_READ_MEMORY` and `MAX_READ_SECONDS`: PDFium inflates streams
    whole, so only the operating system can bound what a hostile PDF makes it allocate.

    Raises `PdfError` (one line) for a PDF that cannot be read, exceeds a cap, or makes
    the reader exceed these limits.
    """
    import faulthandler  # noqa: F401 - the child's modules, imported before the fork
    import multiprocessing
    import pickle
    import resource  # noqa: F401
    import signal

    # Everything the child runs is loaded here, so that the child imports nothing: a
    # fork copies one thread (watch fetches in threads), and importing then is a risk.
    _pdfium()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_read_child, args=(raw, send), daemon=True)
    child.start()
    send.close()
    try:
        data = receive.recv_bytes()
    except EOFError:
        data = b""
    finally:
        receive.close()
        child.join()
    if not data:
        code = child.exitcode
        if code is not None and code < 0 and -code == signal.SIGXCPU:
            raise PdfError(
                f"reading the PDF took more than {MAX_READ_SECONDS} s of CPU, the cap "
                "(a decompression bomb?)"
            )
        raise PdfError(
            f"reading the PDF needed more than {MAX_READ_MEMORY >> 20} MiB of memory, the "
            "cap (a decompression bomb?)"
        )
    kind, payload = pickle.loads(data)
    if kind == "error":
        cls = PdfNeedsPassword if payload[0] == "password" else PdfError
        raise cls(payload[1])
    info, layer_bytes = payload
    layer = PdfTextLayer.from_bytes(layer_bytes, raw) if layer_bytes is not None else None
    return info, layer


def _read_child(raw: bytes, send: Any) -> None:
    import faulthandler
    import os
    import pickle
    import resource

    # PDFium aborts when an allocation fails: the parent reports it in one line, so the
    # child's own crash report (and any stderr of PDFium's) goes nowhere.
    faulthandler.disable()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    try:
        with open("/proc/self/status") as fh:
            size = next(int(x.split()[1]) << 10 for x in fh if x.startswith("VmSize:"))
        limit = size + MAX_READ_MEMORY
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CPU, (MAX_READ_SECONDS, MAX_READ_SECONDS + 5))
        info = pdf_info(raw)
        layer = None if info.needs_password else extract_pdf(raw)
        out: tuple[str, Any] | None = (
            "ok",
            (info, layer.to_bytes() if layer is not None else None),
        )
    except PdfNeedsPassword as exc:
        out = ("error", ("password", str(exc)))
    except PdfError as exc:
        out = ("error", ("pdf", str(exc)))
    except MemoryError:
        out = None
    except BaseException as exc:  # noqa: BLE001 - reported as one line in the parent
        out = ("error", ("pdf", f"the PDF cannot be read ({type(exc).__name__}: {exc})"))
    try:
        if out is not None:
            send.send_bytes(pickle.dumps(out))
    finally:
        send.close()
        os._exit(0)


def hidden_at(layer: PdfTextLayer, i: int) -> bool:
    """Whether text character i is page furniture."""
    k = bisect_right(layer.hidden, (i, 1 << 62)) - 1
    return k >= 0 and layer.hidden[k][0] <= i < layer.hidden[k][1]
