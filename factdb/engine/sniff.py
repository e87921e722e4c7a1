"""What kind of file some bytes are, judged by their content as a browser would.

The WHATWG MIME Sniffing standard (https://mimesniff.spec.whatwg.org/) decides what a
resource is from its leading bytes: signatures for images, PDF, archives, fonts, audio
and video; the "binary data bytes" (control characters no text uses); and, for HTML, a
leading tag from a short list. `identify` follows that idea and adds the text formats a
user is likely to pass by mistake (JSON, YAML, XML), so that the refusal can say what the
file is. It is a table over the first bytes, not a dependency: `filetype` and `puremagic`
know more binary signatures but nothing of JSON, YAML or XML, and every binary format
is refused alike anyway ("binary data").

Pure: bytes (and a file name) in, a verdict out.
"""

from __future__ import annotations

import json
import re

#: How much of the start the standard looks at ("resource header", 1445 bytes).
HEADER_BYTES = 1445

# Signatures: (offset, magic bytes, what it is). Binary formats only.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"BM", "a BMP image"),
    (0, b"\x00\x00\x01\x00", "an ICO image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"\x00\x00\x00\x0cjP  ", "a JPEG 2000 image"),
    (0, b"PK\x03\x04", "a ZIP archive (or DOCX, XLSX, EPUB)"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"\x1f\x8b", "gzip data"),
    (0, b"BZh", "bzip2 data"),
    (0, b"\xfd7zXZ\x00", "xz data"),
    (0, b"(\xb5/\xfd", "zstd data"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x7fELF", "an ELF executable"),
    (0, b"MZ", "a Windows executable"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (DOC, XLS, MSG)"),
    (0, b"{\\rtf", "an RTF document"),
    (0, b"%!PS", "a PostScript document"),
    (0, b"wOFF", "a WOFF font"),
    (0, b"wOF2", "a WOFF2 font"),
    (0, b"\x00\x01\x00\x00", "a TrueType font"),
    (0, b"OTTO", "an OpenType font"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"OggS\x00", "an Ogg media file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"\x1aE\xdf\xa3", "a WebM/Matroska video"),
    (4, b"ftyp", "an MP4/QuickTime media file"),
)
# RIFF containers: the kind is at offset 8.
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

# The tags the standard accepts as the start of an HTML document (each followed by a
# space or `>`), and, for a local file, other elements a saved page or fragment may start
# with: a file that opens with one of these is a page whatever its name.
_WHATWG_TAGS = (
    "!doctype html",
    "html",
    "head",
    "script",
    "iframe",
    "h1",
    "div",
    "font",
    "table",
    "a",
    "style",
    "title",
    "b",
    "body",
    "br",
    "p",
)
_MORE_TAGS = (
    "meta",
    "link",
    "base",
    "main",
    "article",
    "section",
    "header",
    "nav",
    "footer",
    "aside",
    "span",
    "ul",
    "ol",
    "li",
    "dl",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "img",
    "form",
    "em",
    "strong",
    "i",
    "u",
    "center",
    "noscript",
    "template",
)
_TAG_RE = re.compile(r"<(!doctype\s+html|[a-z][a-z0-9]*)(?=[\s>/])")
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_YAML_SUFFIXES = (".yaml", ".yml")
_YAML_LINE = re.compile(r"^(?:-\s|[\w\"'.-][\w \"'.-]*:(?:\s|$))")


def _header_text(raw: bytes) -> str | None:
    """The first bytes as lower-case text (BOMs honoured), or None for binary data."""
    head = raw[:HEADER_BYTES]
    for bom, codec in ((b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, "ignore").lower()
    head = head.removeprefix(b"\xef\xbb\xbf")
    # As the page decoder judges (factdb.engine.text): a NUL, or more than one byte in twenty a
    # control character no text uses. The standard refuses one such byte; pages in the
    # wild carry a stray one, and they were archived before this check existed.
    if b"\x00" in head or len(_BINARY_BYTE.findall(head)) > len(head) // 20:
        return None
    return head.decode("utf-8", "ignore").lower()


def _leading_tag(text: str) -> str | None:
    """The name of the tag the text starts with (after spaces, comments, an XML prolog)."""
    i = 0
    n = len(text)
    while True:
        while i < n and text[i] in " \t\n\r\f":
            i += 1
        if text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return "!--"
            i = end + 3
        elif text.startswith("<?xml", i):
            end = text.find("?>", i)
            if end < 0:
                return "?xml"
            i = end + 2
        else:
            break
    m = _TAG_RE.match(text, i)
    return " ".join(m.group(1).split()) if m else None


def is_pdf(raw: bytes) -> bool:
    """Whether the bytes are a PDF: ``%PDF-`` within the first 1024 bytes (as readers allow).

    >>> is_pdf(b"%PDF-1.7\\n..."), is_pdf(b"\\n\\n%PDF-1.4"), is_pdf(b"<html>%PDF-")
    (True, True, False)
    """
    head = raw[:1024]
    at = head.find(b"%PDF-")
    return at >= 0 and not head[:at].strip(b"\x00\t\n\r\f \xef\xbb\xbf")


def binary_kind(raw: bytes) -> str | None:
    """What binary format the bytes start with, or None when they are not binary.

    >>> binary_kind(b"%PDF-1.7\\n"), binary_kind(b"RIFF\\x00\\x00\\x00\\x00WEBPVP8 ")
    ('a PDF document', 'a WebP image')
    >>> binary_kind(b"\\x00\\x01\\x02hello"), binary_kind(b"<p>hi</p>")
    ('binary data', None)
    """
    for offset, magic, kind in _SIGNATURES:
        if raw[offset : offset + len(magic)] == magic:
            if magic in (b"BM", b"MZ") and _header_text(raw) is not None:
                continue  # two letters: binary only if the rest is
            return kind
    if raw[:4] == b"RIFF" and raw[8:12] in _RIFF:
        return _RIFF[raw[8:12]]
    if _header_text(raw) is None:
        return "binary data"
    return None


def identify(raw: bytes, name: str = "") -> str | None:
    """None when `raw` is a web page; otherwise what it is, as a phrase for a message.

    Content decides first: known binary signatures and binary data are never pages, and
    text that starts with an HTML tag always is. Text that does not is a page only under
    an HTML file name (a browser shows `file.html` as HTML whatever it starts with),
    unless it is JSON; otherwise it is named: JSON, YAML, XML, an SVG image or plain text.

    >>> identify(b"<!DOCTYPE html><p>hi"), identify(b"id: x\\nquote: y\\n", "claims.yaml")
    (None, 'YAML')
    >>> identify(b'{"a": 1}', "page.html"), identify(b"Hello, world.\\n", "notes.txt")
    ('JSON', 'plain text')
    >>> identify(b"\\xef\\xbb\\xbf  <meta charset=utf-8><p>hi", "saved")
    """
    if not raw:
        return None  # the decoder says "empty", which is clearer
    kind = binary_kind(raw)
    if kind is not None:
        return kind
    head = _header_text(raw) or ""
    tag = _leading_tag(head)
    if tag in _WHATWG_TAGS or tag in _MORE_TAGS:
        return None
    if tag == "?xml" or (tag is not None and head.lstrip().startswith("<?xml")):
        # XHTML: an XML prolog, then a doctype or root element that is HTML.
        if "<!doctype html" in head or re.search(r"<html[\s>]", head):
            return None
    stripped = head.lstrip(" \t\n\r\f")
    if stripped[:1] in ("{", "["):
        try:
            json.loads(raw.decode("utf-8-sig"))
            return "JSON"
        except (ValueError, UnicodeDecodeError):
            pass
    lower = name.lower()
    if lower.endswith(_HTML_SUFFIXES):
        return None
    if lower.endswith(".json") or stripped[:1] in ("{", "["):
        return "JSON"
    if tag == "svg" or (tag is not None and "<svg" in head and "<html" not in head):
        return "an SVG image"
    if head.lstrip().startswith("<?xml") or tag is not None:
        return "an XML document"
    if lower.endswith(_YAML_SUFFIXES) or stripped.startswith(("%yaml", "---")):
        return "YAML"
    lines = [ln for ln in stripped.splitlines() if ln.strip() and not ln.startswith("#")]
    if lines and all(_YAML_LINE.match(ln) or ln[:1] in " \t" for ln in lines[:5]):
        return "YAML"
    return "plain text"


#: What `identify` names that is text; the rest are binary formats.
TEXT_KINDS = frozenset({"JSON", "YAML", "an XML document", "an SVG image", "plain text"})


def describe(kind: str) -> str:
    """`identify`'s answer for a message: binary formats say so.

    >>> describe("a PNG image"), describe("YAML")
    ('a PNG image (binary data)', 'YAML')
    """
    if kind in TEXT_KINDS or kind == "binary data":
        return kind
    return f"{kind} (binary data)"
