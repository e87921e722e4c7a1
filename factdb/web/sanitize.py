"""Render an archived page safely, with a quote highlighted at its exact HTML range.

`render_snapshot` rebuilds the page from its tokens: every tag is written anew with only
allowlisted attributes, every text run is re-escaped, and what could run or load is left
out — scripts, event handlers (`on*`), `javascript:` and every other URL, forms, frames,
objects, embeds, media, `<link>`, `<meta>`, `<base>`, SVG, and `url()`/`@import` in CSS.
The viewer serves the result under a Content-Security-Policy with no script source and a
sandbox, so this module is one of two independent layers, not the only one.

The highlight is placed by raw offsets into the decoded HTML (`Citation.html_start` and
`html_end`, which index `TextLayer.html`): the tokenizer records where each token starts,
so the mark opens and closes at exactly those characters. When the range crosses tags, a
single `<mark>` is kept only if the tags inside are balanced inline elements; otherwise
each text run inside the range gets its own `<mark>`, so nesting is never broken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

#: The id of the (first) highlight element; the viewer links to `#factdb-quote`.
MARK_ID = "factdb-quote"
MARK_CLASS = "factdb-quote"

# Elements dropped with everything inside them: they run code, load things, hold form
# controls, or are raw-text elements whose content a browser would not read as we wrote it.
_DROP_CONTENT = frozenset(
    """script noscript template iframe frame frameset object applet svg select textarea
    video audio canvas noembed noframes datalist title portal""".split()
)
# Foreign content, and the HTML start tags that end it (the HTML standard's "breakout" list).
_FOREIGN = frozenset(["svg", "math"])
_BREAKOUT = frozenset(
    """b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr
    i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table
    tt u ul var""".split()
)
# Elements dropped alone (void or loading elements); their content, if any, is kept.
_DROP_TAG = frozenset(
    """base link meta embed input source track param keygen command form html head body
    math""".split()
)
# Raw-text elements shown as text: written as <pre> so the browser reads our escaped text.
_AS_PRE = frozenset(["xmp", "plaintext", "listing"])
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
# Inline elements a single <mark> may span without breaking the document's nesting.
_INLINE = frozenset(
    """a abbr b bdi bdo br big cite code data del dfn em font i img ins kbd mark q s samp
    small span strike strong sub sup time tt u var wbr""".split()
)
_ATTRS = frozenset(
    """id class title lang dir role align valign width height colspan rowspan span headers
    scope abbr nowrap border cellpadding cellspacing bgcolor color size face start type
    reversed value datetime summary alt name clear compact noshade hspace vspace open""".split()
)
_WEB_URL = re.compile(r"\s*(?:https?:)?//|\s*[^\s:/?#]*(?:[/?#]|\Z)", re.I)
_TAG_NAME = re.compile(r"[a-z][a-z0-9._:-]*\Z")
_ATTR_NAME = re.compile(r"(?:aria|data)-[a-z0-9._-]+\Z")
_DATA_IMAGE = re.compile(r"\s*data:image/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|svg\+xml)[;,]", re.I)

# CSS: what could load something or run code. The CSP is the guarantee; this keeps the
# archived styles from even asking.
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
# Possessive, and starting only where an identifier starts, so scanning stays linear.
_CSS_IDENT = r"(?<![-\w\\])(?:[-\w]|\\[0-9a-fA-F]{1,6}\s?|\\[^\n])++"
# Statement at-rules (@import, @charset, @namespace): up to ";" with no block.
_CSS_AT_STATEMENT = re.compile(rf"@{_CSS_IDENT}[^;{{}}]*+(?:;|\Z)")
_CSS_FUNCTION = re.compile(rf"{_CSS_IDENT}\(")
_CSS_LOADERS = frozenset("url image image-set cross-fade element expression src paint".split())
_CSS_PROPS = re.compile(r"(?i)(?:behavior|-moz-binding)\s*:[^;}]*")
# `content` (generated text: `mark::before{content:"not "}` would change what the quote
# reads) and any property spelt with escapes (`\63 ontent`) are dropped.
_CSS_CONTENT = re.compile(r"(?i)(?<![-\w\\])(?:content|[-\w]*\\[^:;{}]*)\s*:[^;{}]*")


def sanitize_css(css: str) -> str:
    """CSS without comments, statement at-rules (@import), loading functions, or bindings.

    >>> sanitize_css("p{background:url(http://x/a.png) red}@import 'b.css';")
    'p{background:none red}'
    >>> sanitize_css("a{b:\\\\75rl(x)}")
    'a{b:none}'
    >>> sanitize_css('mark::before{content:"not ";color:red} p{align-content:center}')
    'mark::before{;color:red} p{align-content:center}'
    """
    css = _CSS_COMMENT.sub(" ", css)
    css = _CSS_AT_STATEMENT.sub("", css)
    out: list[str] = []
    pos = 0
    for m in _CSS_FUNCTION.finditer(css):
        if m.start() < pos:
            continue  # inside a function already dropped
        name = re.sub(r"^-[a-z]+-", "", m.group()[:-1].lower())
        if "\\" in name or name in _CSS_LOADERS:
            out.append(css[pos : m.start()])
            out.append("none")
            pos = _css_args_end(css, m.end())
    out.append(css[pos:])
    css = _CSS_CONTENT.sub("", _CSS_PROPS.sub("", "".join(out)))
    # A style element ends at "</style" whatever CSS thinks; "\/" is the same "/" to CSS.
    return css.replace("</", "<\\/")


def _css_args_end(css: str, i: int) -> int:
    """Where the function whose arguments start at `i` ends (after its ")")."""
    depth, quote = 1, ""
    while i < len(css):
        c = css[i]
        if c == "\\":
            i += 2
            continue
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(css)


@dataclass
class _Token:
    kind: str  # "start", "end", "data", "ref", "other"
    pos: int
    name: str = ""
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    text: str = ""
    closed: bool = False  # a self-closing start tag such as <br/>
    end: int = 0


class _Tokens(HTMLParser):
    """The page as a flat list of tokens, each with its raw start offset in the HTML."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.tokens: list[_Token] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def run(self) -> list[_Token]:
        self.feed(self.html)
        self.close()
        tokens = self.tokens
        for a, b in zip(tokens, tokens[1:], strict=False):
            a.end = b.pos
        if tokens:
            tokens[-1].end = len(self.html)
        return tokens

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tokens.append(_Token("start", self._pos(), tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tokens.append(_Token("start", self._pos(), tag, attrs, closed=True))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(_Token("end", self._pos(), tag))

    def handle_data(self, data: str) -> None:
        self.tokens.append(_Token("data", self._pos(), text=data))

    def handle_entityref(self, name: str) -> None:
        pos = self._pos()
        semi = ";" if self.html.startswith(";", pos + 1 + len(name)) else ""
        self.tokens.append(_Token("ref", pos, text=f"&{name}{semi}"))

    def handle_charref(self, name: str) -> None:
        pos = self._pos()
        semi = ";" if self.html.startswith(";", pos + 2 + len(name)) else ""
        self.tokens.append(_Token("ref", pos, text=f"&#{name}{semi}"))

    def _other(self) -> None:
        self.tokens.append(_Token("other", self._pos()))

    def handle_comment(self, data: str) -> None:
        self._other()

    def handle_decl(self, decl: str) -> None:
        self._other()

    def handle_pi(self, data: str) -> None:
        self._other()

    def unknown_decl(self, data: str) -> None:
        self._other()


_OPENER = re.compile(r"<[a-zA-Z/!?]")


def _markup_end(html: str) -> int:
    """Where the page's last complete markup ends: the first tag, comment or declaration
    opened after the last ">" (none of which can close) up to the end is left out.

    A browser drops such an unclosed tail (the end of the file inside a tag or comment).
    HTMLParser instead retries each "<" of it, scanning to the end every time: a page
    ending in '<a' * 150000 took 46 s. Left out, every "<" it parses has a ">" after it.

    >>> page = "<p>text</p> more <a<a<a"
    >>> page[: _markup_end(page)]
    '<p>text</p> more '
    """
    last = html.rfind(">")
    m = _OPENER.search(html, last + 1)
    return m.start() if m else len(html)


#: A start tag: its name, then quoted values or anything but ">" (possessive: linear).
_START_TAG = re.compile(r"""<[a-zA-Z][^\s/>]*+((?:[^>"']++|"[^"]*+"|'[^']*+'|["'])*+)>""")
#: More attribute-like pieces than this in one tag is no page's markup; HTMLParser's
#: attribute loop is quadratic in them (20,000 took seconds).
MAX_TAG_PIECES = 1024
_PIECE = re.compile(r"[\s=]+")


def _tame_tags(html: str) -> str:
    """`html` with the inside of every start tag holding more than MAX_TAG_PIECES
    attribute-like pieces replaced by one attribute name of the same length (so every
    offset stays put; a long run of spaces would make HTMLParser's regex backtrack).

    >>> _tame_tags("<p>" + "<a " + "b " * 2000 + ">x") == "<p><a " + "_" * 4000 + ">x"
    True
    """
    out: list[str] = []
    pos = 0
    for m in _START_TAG.finditer(html):
        inside = m.group(1)
        if (
            len(inside) > MAX_TAG_PIECES
            and sum(1 for _ in _PIECE.finditer(inside)) > MAX_TAG_PIECES
        ):
            out.append(html[pos : m.start(1)])
            out.append(" " + "_" * (len(inside) - 1))
            pos = m.end(1)
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)


def _attributes(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    """The allowlisted attributes of a tag, re-escaped; URLs only where they load nothing."""
    out = []
    for name, value in attrs:
        value = value or ""
        if name in ("id", "name") and value.strip().lower() == MARK_ID:
            continue  # the page must not capture the #factdb-quote fragment
        if name == "style":
            value = sanitize_css(value)
        elif name == "href":
            if tag not in ("a", "area"):
                continue
            if not value.strip().startswith("#"):
                # Following a link would leave the archive: keep where a web link pointed,
                # inertly, and drop every other scheme (javascript:, data:, ...).
                if not _WEB_URL.match(value):
                    continue
                name = "data-factdb-href"
        elif name == "src":
            if tag != "img" or not _DATA_IMAGE.match(value):
                continue
        elif name not in _ATTRS and not _ATTR_NAME.match(name):
            continue
        out.append(f' {name}="{escape(value, quote=True)}"')
    return "".join(out)


def _single_mark_possible(tokens: list[_Token], start: int, end: int) -> bool:
    """Whether one <mark> can wrap [start, end): it begins and ends in text, and every tag
    inside is a balanced inline element."""
    inside = [t for t in tokens if t.pos < end and t.end > start]
    if (
        not inside
        or inside[0].kind not in ("data", "ref")
        or inside[-1].kind not in ("data", "ref")
    ):
        return False
    stack: list[str] = []
    for t in inside:
        if t.kind == "start":
            if t.name not in _INLINE:
                return False
            if t.name not in _VOID and not t.closed:
                stack.append(t.name)
        elif t.kind == "end":
            if t.name in _VOID:
                continue  # void elements have no end; </br> reads as <br>
            if not stack or stack.pop() != t.name:
                return False
    return not stack


def render_snapshot(
    html: str, highlight: tuple[int, int] | None = None, *, title: str = "Archived snapshot"
) -> str:
    """The page rebuilt safely as a complete document, with `html[start:end]` highlighted.

    >>> page = '<p onclick="x()">Say <b>hi</b> there<script>evil()</script></p>'
    >>> def body(html):
    ...     inner = html.split("<body>")[1].split("</body>")[0]
    ...     return re.sub(' (?:class|style)="[^"]*"', "", inner)
    >>> body(render_snapshot(page, (17, 33)))
    '<p><mark id="factdb-quote">Say <b>hi</b> th</mark>ere</p>'
    >>> body(render_snapshot(page, (24, 33)))
    '<p>Say <b><mark id="factdb-quote">hi</mark></b><mark> th</mark>ere</p>'
    """
    tokens = _Tokens(_tame_tags(html[: _markup_end(html)])).run()
    start, end = highlight if highlight else (0, 0)
    if not 0 <= start < end <= len(html):
        start = end = -1
    single = start >= 0 and _single_mark_possible(tokens, start, end)
    out: list[str] = [
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_VIEW_CSS}</style></head><body>"
    ]
    marked = False  # whether the first highlight (the one with the id) was written
    open_mark = False
    drop: str | None = None
    drop_depth = 0
    in_style = False

    def open_highlight() -> None:
        nonlocal marked, open_mark
        ident = "" if marked else f' id="{MARK_ID}"'
        out.append(f'<mark{ident} class="{MARK_CLASS}" style="{MARK_STYLE}">')
        marked = open_mark = True

    def close_highlight() -> None:
        nonlocal open_mark
        if open_mark:
            out.append("</mark>")
            open_mark = False

    def text(piece: str, pos: int, reference: bool = False) -> None:
        """Write the text token `piece` found at html[pos:], opening or closing the highlight.

        A character reference is written as it was and kept whole (a text layer range
        never starts or ends inside one); other text is escaped."""
        length = len(piece)
        escaped = piece if reference else escape(piece, quote=False)
        if start < 0 or pos >= end or pos + length <= start:
            out.append(escaped)
            return
        if reference:
            if not open_mark:
                open_highlight()
            out.append(escaped)
            if pos + length >= end:
                close_highlight()
            return
        a, b = max(start - pos, 0), min(end - pos, length)
        out.append(escape(piece[:a], quote=False))
        middle = escape(piece[a:b], quote=False)
        # Per-run marks skip whitespace between blocks; a single mark spans everything.
        if open_mark or single or piece[a:b].strip():
            if not open_mark:
                open_highlight()
            out.append(middle)
            if pos + b >= end:
                close_highlight()
        else:
            out.append(middle)
        out.append(escape(piece[b:], quote=False))

    # The last end tag of each name: an element whose end never comes is dropped alone,
    # not with the rest of the page after it.
    last_end: dict[str, int] = {}
    for i, t in enumerate(tokens):
        if t.kind == "end":
            last_end[t.name] = i

    for i, t in enumerate(tokens):
        if drop is not None:
            if t.kind == "start" and t.name == drop and not t.closed:
                drop_depth += 1
                continue
            if t.kind == "end" and (t.name == drop or t.name in ("body", "html")):
                drop_depth -= 1
                if drop_depth <= 0 or t.name != drop:
                    drop = None
                continue
            if not (drop in _FOREIGN and t.kind == "start" and t.name in _BREAKOUT):
                continue
            # HTML breaks out of SVG and MathML at these tags (as the text layer does).
            drop = None
        if t.kind == "start":
            name = t.name
            if name in _DROP_CONTENT:
                closes = name in _FOREIGN or last_end.get(name, -1) > i
                if not t.closed and name not in _VOID and closes:
                    drop, drop_depth = name, 1
                continue
            if name in _DROP_TAG or not _TAG_NAME.match(name):
                continue
            if not single:
                close_highlight()
            if name in _AS_PRE:
                name = "pre"
            attrs = t.attrs
            if open_mark:
                # Inside the highlight the quote's own words: the page's styles cannot
                # hide or restyle them (an inline !important beats any style sheet).
                attrs = [(k, v) for k, v in attrs if k != "style"] + [("style", INSIDE_STYLE)]
            out.append(f"<{name}{_attributes(name, attrs)}>")
            in_style = name == "style" and not t.closed
        elif t.kind == "end":
            name = t.name
            if name in _DROP_TAG or name in _DROP_CONTENT or not _TAG_NAME.match(name):
                continue
            if not single:
                close_highlight()
            if name in _AS_PRE:
                name = "pre"
            if name in _VOID:
                if name == "br":
                    out.append("<br>")
                continue
            out.append(f"</{name}>")
            if name == "style":
                in_style = False
        elif t.kind == "data":
            if in_style:
                out.append(sanitize_css(t.text))
            else:
                text(t.text, t.pos)
        elif t.kind == "ref" and not in_style:
            text(t.text, t.pos, reference=True)
    close_highlight()
    if in_style:
        out.append("</style>")
    out.append("</body></html>\n")
    return "".join(out)


#: The highlight's look, inline and !important: no page style (whatever its selector's
#: specificity or its own !important) can hide the quote, shrink it, move it away, make it
#: transparent, or change its letters. Generated text (`content`) is removed from page CSS.
_PROTECT = (
    "display:inline!important;visibility:visible!important;opacity:1!important;"
    "font-size:max(1em,12px)!important;line-height:normal!important;"
    "position:static!important;transform:none!important;clip-path:none!important;"
    "filter:none!important;mask:none!important;text-indent:0!important;"
    "letter-spacing:normal!important;word-spacing:normal!important;"
    "text-transform:none!important;text-shadow:none!important;"
    "-webkit-text-stroke:0!important;font-variant:normal!important;"
    "width:auto!important;height:auto!important;overflow:visible!important;"
    "float:none!important;margin:0!important;"
)
MARK_STYLE = (
    "background:#ffd54a!important;color:#000!important;"
    "-webkit-text-fill-color:#000!important;" + _PROTECT
)
INSIDE_STYLE = "color:inherit!important;-webkit-text-fill-color:inherit!important;" + _PROTECT

_VIEW_CSS = (
    f"mark.{MARK_CLASS}{{background:#ffd54a!important;color:#000!important;"
    "outline:2px solid #c79100;scroll-margin-top:30vh;scroll-margin-bottom:30vh}"
)

__all__ = ["MARK_CLASS", "MARK_ID", "render_snapshot", "sanitize_css"]
