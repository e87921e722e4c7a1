"""Finding a quote in a text layer, exactly or after the page has changed.

`locate` finds the span of a quote as a person pastes it: typographic variants (curly
quotes, dashes, odd spaces, soft hyphens, zero-width characters, `…`, line wraps) are
folded away through a normalisation that keeps an offset map, so the span's `exact` is
always the page's own characters. `reanchor` finds an old citation in a newer text layer,
first exactly and then approximately, and refuses weak or out-of-context matches.

Matching is case-sensitive: a quote is a verbatim citation, and "US" and "us" are not the
same words. (Case folding would also change lengths, e.g. "ß" -> "ss".)

Only `layer.text`, `layer.derived`, `layer.html_range` and `layer.byte_range` are used, so
this module depends on no particular extractor.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Protocol

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from factdb.errors import AmbiguousQuote, FactdbError, QuoteNotFound

__all__ = [
    "CONTEXT_CHARS",
    "MIN_CONTEXT_SIMILARITY",
    "MIN_QUOTE_SIMILARITY",
    "MIN_QUOTE_SIMILARITY_IN_PLACE",
    "Folded",
    "InvalidQuote",
    "Reanchored",
    "Span",
    "fold",
    "fold_quote",
    "locate",
    "once_locator",
    "prepare",
    "reanchor",
    "word_diff",
]

#: Characters of context kept each side of a quote (W3C TextQuoteSelector prefix/suffix).
CONTEXT_CHARS = 32

#: Re-anchoring accepts an approximate match only when the quote itself is at least this
#: similar (Indel similarity, 0..1) to the new passage. Unrelated sentences of the same
#: length score about 0.4-0.6 against each other, best-aligned in a window up to ~0.65;
#: a quote with one to three words changed scores 0.75 and above unless it is very short.
#: Below this line we would be guessing, so we report "gone" instead.
MIN_QUOTE_SIMILARITY = 0.7

#: ...and only when the context on at least one side (the 32 characters before or after)
#: still reads like the old prefix or suffix. Random text scores about 0.3-0.5 here, and
#: the next item of a templated list ("Post Writer Badge" for "Post Contributor Badge")
#: about 0.75-0.84, so 0.85 means "the same surroundings, at most slightly edited". This
#: is what stops a look-alike sentence elsewhere on the page (a repeated caption, a list
#: of similar items) from silently taking over the citation. Measured on the corpus
#: (scripts/bench_anchor.py): 0.75 anchored 1.3% of deleted quotes wrongly, 0.85 0.8%.
MIN_CONTEXT_SIMILARITY = 0.85

#: A passage still sitting exactly between the old prefix and the old suffix (each found
#: once on the page, both at least 0.95 similar) was edited in place, so a lower quote
#: similarity is enough there: a short quote with two or three words changed scores
#: 0.6-0.7. Unrelated sentences score 0.3-0.5, so a quote rewritten beyond recognition
#: is still reported gone.
MIN_QUOTE_SIMILARITY_IN_PLACE = 0.6
_IN_PLACE_CONTEXT = 0.95

#: An ellipsis in an `allow_gaps` quote stands for words left out of one passage, not for
#: pages of text: the parts must lie within this many characters of each other.
MAX_GAP = 2000


class InvalidQuote(FactdbError):
    """The quote cannot be looked for: empty, or an occurrence number out of range."""


class TextLayerLike(Protocol):
    """What the anchoring engine needs from a text layer (see `factdb.engine.text.TextLayer`)."""

    text: str
    derived: dict

    # A PDF's layer has no HTML or bytes range of a character: (None, None).
    def html_range(self, start: int, end: int) -> tuple[int, int] | tuple[None, None]: ...

    def byte_range(self, start: int, end: int) -> tuple[int, int] | tuple[None, None]: ...


# --- folding -------------------------------------------------------------------------

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u02bc"  # ‘ ’ ‚ ‛ ′ ‹ › ʼ
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"  # “ ” „ ‟ ″ « »
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # ‐ ‑ ‒ – — ― −
# Invisible characters that only affect line breaking or shaping: soft hyphen, zero-width
# space/non-joiner/joiner, word joiner, BOM (zero-width no-break space).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Every character str.isspace() accepts (none lies above U+3000); fold_quote relies on it.
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())

# Ligature characters (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), as pasted from some PDFs, read as their letters.
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
# One character folded to several.
_WIDE = {"\u2026": "...", **_LIGATURES}

# Same-length substitutions: applied to the page text with `str.translate`, which keeps
# every offset, so only the length-changing folds below need an offset map.
_ONE_TO_ONE = str.maketrans(
    {
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_SPACES, " "),
    }
)
# The whole fold for a quote, whose offsets we never need.
_FULL = str.maketrans(
    {
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_INVISIBLE, None),
        "\u2026": "...",
        **_LIGATURES,
    }
)
_INV = re.escape(_INVISIBLE)
# After the one-to-one pass: a run of spaces and invisibles that is not a lone space
# (two spaces, or any invisible), or an ellipsis character.
_LENGTH_CHANGING = re.compile(f"[ {_INV}]*(?:  |[{_INV}])[ {_INV}]*|[\u2026\ufb00-\ufb06]")
_SPACE_RUN = re.compile(" {2,}")
# Folded.find_all: the characters after a word start that key the index. Twelve are
# usually unique on a page (a key is shared only by repeated phrases); a needle must be
# a little longer than that, after its first space, to use the index.
_KEY = 12
_MAX_KEY_HITS = 32


class Folded:
    """A folded string and the map from its characters back to the original's.

    >>> f = fold("It\u2019s  \u201cfine\u201d\u2026 co\u00adop")
    >>> f.text
    'It\\'s "fine"... coop'
    >>> f.to_original(5, 11)  # '"fine"' -> the curly-quoted word, same length
    (6, 12)
    >>> f.to_original(4, 5)  # the one space stands for the two
    (4, 6)
    >>> f.to_original(11, 14)  # '...' is the one character '…'
    (12, 13)
    >>> f.to_original(15, 19)  # 'coop' spans the soft hyphen
    (14, 19)
    """

    __slots__ = ("text", "_fstarts", "_ostarts", "_oends", "_words", "_wide")

    def __init__(self, text: str, fstarts: list[int], ostarts: list[int], oends: list[int]):
        self.text = text
        # Piecewise map: segment k starts at folded offset _fstarts[k] and original offset
        # _ostarts[k]. _oends[k] == -1 marks an identity segment (character for character);
        # otherwise every folded character of the segment stands for the whole original
        # range [_ostarts[k], _oends[k]) (a whitespace run, an ellipsis, ...).
        self._fstarts = fstarts
        self._ostarts = ostarts
        self._oends = oends
        self._words: dict[str, list[int]] | None = None  # see find_all
        # Folded starts of segments where one original character became several ("…" ->
        # "..."): a match may not begin or end inside one (see `whole`).
        self._wide = [
            fs
            for k, fs in enumerate(fstarts)
            if oends[k] >= 0 and (fstarts[k + 1] if k + 1 < len(fstarts) else len(text)) - fs > 1
        ]

    def whole(self, start: int, end: int) -> bool:
        """Whether folded [start, end) begins and ends on whole original characters.

        A quote "." must not match the middle of a folded "…" ("..."): no part of the
        page reads ".".

        >>> f = fold("x\u2026 3.6")
        >>> f.text.find("."), f.whole(1, 2), f.whole(1, 4), f.whole(7, 8)
        (1, False, True, True)
        """
        wide = self._wide
        if not wide:
            return True
        for pos in (start, end):
            k = bisect_right(wide, pos - 1) - 1  # the wide segment starting before pos
            if k >= 0 and pos < self._segment_end(wide[k]):
                return False
        return True

    def _segment_end(self, fstart: int) -> int:
        k = bisect_right(self._fstarts, fstart)
        return self._fstarts[k] if k < len(self._fstarts) else len(self.text)

    def index_words(self) -> None:
        """Index the text by the `_KEY` characters that follow each space (see `find_all`)."""
        if self._words is not None:
            return
        text = self.text
        words: dict[str, list[int]] = {}
        get = words.get
        # Word starts: 0 and the offset after each space (all whitespace is " " here).
        starts = accumulate(map((1).__add__, map(len, text.split(" ")[:-1])), initial=0)
        for p in starts:
            key = text[p : p + _KEY]
            hits = get(key)
            if hits is None:
                words[key] = [p]
            else:
                hits.append(p)
        self._words = words

    def find_all(self, needle: str) -> list[int]:
        """Every offset of the text where `needle` starts (overlapping ones too), in order.

        Same answer as repeated `str.find`, but with the index (`index_words`) it costs a
        dictionary lookup and a few comparisons instead of a scan of the page: if `needle`
        has a space at offset `a`, then at every occurrence the text has a word start at
        `a + 1` followed by the same `_KEY` characters as the needle, so the occurrences
        are among the indexed positions of those characters, shifted by `a + 1`.

        >>> f = fold("one two three four, one two three four")
        >>> f.index_words()
        >>> f.find_all("one two three f"), f.find_all("ne two three f"), f.find_all("five")
        ([0, 20], [1, 21], [])
        """
        words = self._words
        text = self.text
        a = needle.find(" ") + 1
        if words is None or a == 0 or len(needle) < a + _KEY:
            return _find_all(text, needle)
        hits = words.get(needle[a : a + _KEY])
        if hits is None:
            return []
        if len(hits) == 1:  # the usual case, without a comprehension
            p = hits[0] - a
            return [p] if p >= 0 and text.startswith(needle, p) else []
        if len(hits) > _MAX_KEY_HITS:
            return _find_all(text, needle)  # boilerplate: a scan is as quick
        return [p - a for p in hits if p >= a and text.startswith(needle, p - a)]

    def start(self, i: int) -> int:
        """Original offset where folded character `i` begins."""
        k = bisect_right(self._fstarts, i) - 1
        if self._oends[k] < 0:
            return self._ostarts[k] + i - self._fstarts[k]
        return self._ostarts[k]

    def end(self, i: int) -> int:
        """Original offset just after folded character `i`."""
        k = bisect_right(self._fstarts, i) - 1
        if self._oends[k] < 0:
            return self._ostarts[k] + i - self._fstarts[k] + 1
        return self._oends[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range covered by the non-empty folded range [start, end)."""
        # start() and end() inlined: this runs once per located quote.
        fstarts = self._fstarts
        k = bisect_right(fstarts, start) - 1
        s = self._ostarts[k]
        if self._oends[k] < 0:
            s += start - fstarts[k]
        last = end - 1
        k = bisect_right(fstarts, last, k) - 1
        e = self._oends[k]
        if e < 0:
            e = self._ostarts[k] + last - fstarts[k] + 1
        return s, e

    def from_original(self, pos: int) -> int:
        """The folded offset of the first folded character at or after original `pos`."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.end(mid) <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def fold(s: str, hidden: Sequence[tuple[int, int]] = ()) -> Folded:
    """Fold `s` for matching, keeping a map back to the original offsets.

    Quotes, apostrophes and dashes become ASCII; every whitespace run becomes one space;
    soft hyphens and zero-width characters disappear; `…` becomes `...`. The `hidden`
    ranges of `s` (a PDF's running headers and footers) disappear like invisible
    characters, so a quote skips them; the span of a match covers them.

    >>> fold("a\u00a0\u2013\\n b").text
    'a - b'
    >>> fold("o\ufb03cial").text, fold_quote("\ufb01gures")
    ('official', 'figures')
    >>> f = fold("ends here\\nPage 3\\ngoes on", hidden=[(9, 16)])
    >>> f.text, f.to_original(0, len(f.text))
    ('ends here goes on', (0, 24))
    """
    t = s.translate(_ONE_TO_ONE)
    if hidden:
        masked = []
        at = 0
        for a, b in hidden:
            masked.append(t[at:a])
            masked.append("\u200b" * (b - a))  # zero-width spaces: folded away below
            at = b
        masked.append(t[at:])
        t = "".join(masked)
    pieces: list[str] = []
    fstarts: list[int] = []
    ostarts: list[int] = []
    oends: list[int] = []
    flen = 0
    last = 0
    for m in _LENGTH_CHANGING.finditer(t):
        ms, me = m.span()
        if ms > last:
            fstarts.append(flen)
            ostarts.append(last)
            oends.append(-1)
            pieces.append(t[last:ms])
            flen += ms - last
        run = m.group()
        rep = _WIDE.get(run) or (" " if " " in run else "")
        fstarts.append(flen)
        ostarts.append(ms)
        oends.append(me)
        pieces.append(rep)
        flen += len(rep)
        last = me
    if last < len(t) or not fstarts:
        fstarts.append(flen)
        ostarts.append(last)
        oends.append(-1)
        pieces.append(t[last:])
    return Folded("".join(pieces), fstarts, ostarts, oends)


def fold_quote(s: str) -> str:
    """The folded form of a quote (no offset map), trimmed of surrounding spaces.

    >>> fold_quote(" \u201cWe\u2019re  here\u201d\u2009\u2014 \u2026 ")
    '"We\\'re here" - ...'
    """
    if s.isascii():
        if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
            # Folded already: printable ASCII has no whitespace but " ", and here every
            # space stands alone between words (most quotes as typed).
            return s
    elif _QUOTE_SPECIAL.search(s) is not None:
        # Only the runs of foldable characters are translated: `str.translate` over the
        # whole quote looks up every character in a dict (slow for non-ASCII text).
        s = _QUOTE_SPECIAL.sub(_translate_match, s)
    # _SPACES is exactly the characters str.isspace() accepts, so split() finds the runs.
    return " ".join(s.split())


_QUOTE_SPECIAL = re.compile(
    "["
    + re.escape(_SINGLE_QUOTES + _DOUBLE_QUOTES + _DASHES + _INVISIBLE + "\u2026")
    + "\ufb00-\ufb06]+"
)


def _translate_match(m: re.Match[str]) -> str:
    return m.group().translate(_FULL)


def _fold_context(s: str) -> str:
    # Context keeps its edge spaces: the space between prefix and quote is information.
    return _SPACE_RUN.sub(" ", s.translate(_FULL))


def prepare(layer: TextLayerLike) -> Folded:
    """The layer's folded text and map, computed once and cached in `layer.derived`."""
    derived = layer.derived
    f = derived.get("anchor.folded")
    if f is None:
        f = derived["anchor.folded"] = fold(layer.text, getattr(layer, "hidden", ()))
        f.index_words()
        # A layer that can index its span maps (factdb.engine.text.TextLayer) does it now, once,
        # so that mapping each located span costs a few array lookups.
        build_tables = getattr(layer, "build_tables", None)
        if build_tables is not None:
            build_tables()
    return f


# --- spans ---------------------------------------------------------------------------


_object_setattr = object.__setattr__


@dataclass(frozen=True)
class Span:
    """Where a quote is: W3C TextQuoteSelector, TextPositionSelector, HTML and byte ranges.

    `text_start`/`text_end` count Unicode code points; `exact` is always
    `text[text_start:text_end]`. `parts` is set only for a quote with gaps (`allow_gaps`):
    the text range of each quoted part, in order.
    """

    exact: str
    prefix: str
    suffix: str
    text_start: int
    text_end: int
    html_start: int
    html_end: int
    byte_start: int
    byte_end: int
    parts: tuple[tuple[int, int], ...] | None = None
    #: For a PDF text layer: where the quote is drawn (`PdfTextLayer.locator`): pages,
    #: PDFium character ranges and boxes; its HTML and byte ranges are then None (the
    #: storage of PDF citations comes with the archive's PDF support). None for HTML.
    pdf: dict[str, Any] | None = None

    def __init__(
        self,
        exact: str,
        prefix: str,
        suffix: str,
        text_start: int,
        text_end: int,
        html_start: int,
        html_end: int,
        byte_start: int,
        byte_end: int,
        parts: tuple[tuple[int, int], ...] | None = None,
        pdf: dict[str, Any] | None = None,
    ) -> None:
        # Written by hand (dataclass keeps it): the generated frozen __init__ calls
        # object.__setattr__ once per field, which was an eighth of a located quote's time.
        # Setting __dict__ whole is one call; the instance stays frozen afterwards.
        _object_setattr(
            self,
            "__dict__",
            {
                "exact": exact,
                "prefix": prefix,
                "suffix": suffix,
                "text_start": text_start,
                "text_end": text_end,
                "html_start": html_start,
                "html_end": html_end,
                "byte_start": byte_start,
                "byte_end": byte_end,
                "parts": parts,
                "pdf": pdf,
            },
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `factdb locate --json`."""
        d: dict[str, Any] = {
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "text_start": self.text_start,
            "text_end": self.text_end,
            "html_start": self.html_start,
            "html_end": self.html_end,
            "byte_start": self.byte_start,
            "byte_end": self.byte_end,
        }
        if self.parts is not None:
            d["parts"] = [list(p) for p in self.parts]
        if self.pdf is not None:
            d["pdf"] = self.pdf
        return d


def _span(
    layer: TextLayerLike,
    start: int,
    end: int,
    parts: tuple[tuple[int, int], ...] | None = None,
) -> Span:
    text = layer.text
    ranges = getattr(layer, "ranges", None)
    if ranges is not None:
        hs, he, bs, be = ranges(start, end)
    else:
        hs, he = layer.html_range(start, end)
        bs, be = layer.byte_range(start, end)
    # Positional arguments: this runs once per located quote, and keywords cost more.
    before = start - CONTEXT_CHARS
    locator = getattr(layer, "locator", None)
    if locator is not None:  # a PDF: where the quote is drawn
        return Span(
            text[start:end],
            text[before if before > 0 else 0 : start],
            text[end : end + CONTEXT_CHARS],
            start,
            end,
            hs,
            he,
            bs,
            be,
            parts,
            locator(start, end),
        )
    return Span(
        text[start:end],
        text[before if before > 0 else 0 : start],
        text[end : end + CONTEXT_CHARS],
        start,
        end,
        hs,
        he,
        bs,
        be,
        parts,
    )


def _context_line(text: str, start: int, end: int, width: int = 40) -> str:
    """`…before [match] after…` on one line, for error messages."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    match = text[start:end]
    if len(match) > 120:
        match = match[:58] + " … " + match[-58:]
    lead = "…" if start > width else ""
    trail = "…" if end + width < len(text) else ""
    line = f"{lead}{before}[{match}]{after}{trail}"
    return " ".join(line.split())


# --- locate --------------------------------------------------------------------------

_GAP = re.compile(r" ?(?:\[\.\.\.\]|\(\.\.\.\)|\.\.\.) ?")


def _find_all(hay: str, needle: str, limit: int = 1 << 30) -> list[int]:
    out: list[int] = []
    i = hay.find(needle)
    while i >= 0 and len(out) < limit:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _candidates(
    f: Folded, fq: str, allow_gaps: bool
) -> list[tuple[int, int, tuple[tuple[int, int], ...] | None]]:
    """Every folded (start, end, parts) where the folded quote occurs."""
    if allow_gaps:
        parts = [p for p in _GAP.split(fq) if p.strip(" ")]
        parts = [p.strip(" ") for p in parts]
        if len(parts) > 1:
            return _gapped_candidates(f, parts)
    n = len(fq)
    return [(i, i + n, None) for i in f.find_all(fq) if f.whole(i, i + n)]


def _gapped_candidates(
    f: Folded, parts: list[str]
) -> list[tuple[int, int, tuple[tuple[int, int], ...] | None]]:
    # For each occurrence of the first part, take the nearest following occurrence of each
    # next part. Several starts reaching the same end keep only the tightest (latest) start.
    by_end: dict[int, tuple[int, int, tuple[tuple[int, int], ...]]] = {}
    ft = f.text
    for p0 in f.find_all(parts[0]):
        ranges = [(p0, p0 + len(parts[0]))]
        cur = ranges[0][1]
        for part in parts[1:]:
            j = ft.find(part, cur, cur + MAX_GAP + len(part))
            if j < 0:
                break
            ranges.append((j, j + len(part)))
            cur = j + len(part)
        else:
            by_end[cur] = (p0, cur, tuple(ranges))
    return sorted(by_end.values())


def _prefix_ok(ft: str, start: int, fprefix: str) -> bool:
    w = ft[max(0, start - len(fprefix) - 2) : start].rstrip(" ")
    return w.endswith(fprefix)


def _suffix_ok(ft: str, end: int, fsuffix: str) -> bool:
    w = ft[end : end + len(fsuffix) + 2].lstrip(" ")
    return w.startswith(fsuffix)


def locate(
    layer: TextLayerLike,
    quote: str,
    prefix: str | None = None,
    suffix: str | None = None,
    occurrence: int | None = None,
    allow_gaps: bool = False,
) -> Span:
    """Find `quote` in the layer's text and return its exact span.

    Typographic variants are folded (see `fold`); matching is case-sensitive. `prefix` and
    `suffix` (text just before/after the quote) and `occurrence` (1-based, counted among
    the matches that fit the prefix and suffix) choose between repeated quotes. With
    `allow_gaps`, an ellipsis (`...`, `…`, `[...]`) in the quote stands for omitted words
    and the span records each part.

    Raises `QuoteNotFound` (with the closest passage and its similarity), `AmbiguousQuote`
    (listing every occurrence) or `InvalidQuote` (empty quote, occurrence out of range).
    """
    fq = fold_quote(quote)
    if not fq:
        raise InvalidQuote(f"quote {quote!r} is empty once whitespace is ignored")
    if occurrence is not None and occurrence < 1:
        raise InvalidQuote(f"occurrence must be 1 or more, not {occurrence}")
    f = layer.derived.get("anchor.folded") or prepare(layer)
    ft = f.text
    if not allow_gaps and prefix is None and suffix is None:
        # The common case: found once (or the first occurrence asked for).
        found = f.find_all(fq)
        if f._wide:
            found = [i for i in found if f.whole(i, i + len(fq))]
        if (len(found) == 1 and occurrence is None) or (found and occurrence == 1):
            i = found[0]
            s, e = f.to_original(i, i + len(fq))
            return _span(layer, s, e)
        cands: list[tuple[int, int, tuple[tuple[int, int], ...] | None]] = [
            (i, i + len(fq), None) for i in found
        ]
    else:
        cands = _candidates(f, fq, allow_gaps)
    if not cands:
        joined = _across_line_breaks(layer, fq, occurrence) if not allow_gaps else None
        if joined is not None and prefix is None and suffix is None:
            return joined
        raise _not_found(layer, quote, fq, allow_gaps)
    fits = cands
    if prefix:
        fp = fold_quote(prefix)
        fits = [c for c in fits if _prefix_ok(ft, c[0], fp)]
    if suffix:
        fs = fold_quote(suffix)
        fits = [c for c in fits if _suffix_ok(ft, c[1], fs)]
    if not fits:
        where = " and ".join(f"{k} {v!r}" for k, v in (("prefix", prefix), ("suffix", suffix)) if v)
        first = f.to_original(cands[0][0], cands[0][1])
        raise QuoteNotFound(
            f"quote {quote!r} occurs {len(cands)} time(s) but never with {where}; "
            f"first occurrence: {_context_line(layer.text, *first)}",
            quote=quote,
            nearest=layer.text[first[0] : first[1]],
            nearest_start=first[0],
            similarity=1.0,
        )
    if occurrence is not None:
        if occurrence > len(fits):
            raise InvalidQuote(
                f"occurrence {occurrence} asked for, but quote {quote!r} occurs "
                f"{len(fits)} time(s)" + (" with that prefix/suffix" if prefix or suffix else "")
            )
        fits = [fits[occurrence - 1]]
    if len(fits) > 1:
        raise _ambiguous(layer, f, quote, fits)
    start, end, parts = fits[0]
    s, e = f.to_original(start, end)
    oparts = tuple(f.to_original(a, b) for a, b in parts) if parts else None
    return _span(layer, s, e, oparts)


def once_locator(layer: TextLayerLike) -> Callable[[str], Span | None]:
    """For many quotes on one layer: a function giving what `locate(layer, quote)` gives
    for a quote the word index finds exactly once (most quotes of a claims file), with
    the layer's folded text, index and tables looked up once instead of per quote; and
    None for any other quote (not found, found more than once, too short for the index),
    which `locate` then answers or raises for.

    >>> from factdb.engine.text import extract
    >>> layer = extract(b"<p>The enrichment level rose to <b>60 percent</b> in April.</p>")
    >>> find = once_locator(layer)
    >>> find("enrichment level rose to 60") == locate(layer, "enrichment level rose to 60")
    True
    >>> find("nowhere on this page at all"), find("60")
    (None, None)
    """
    f = layer.derived.get("anchor.folded") or prepare(layer)
    words = f._words
    ranges = getattr(layer, "ranges", None)
    if words is None or ranges is None or getattr(layer, "locator", None) is not None:
        return _no_quick_answer
    ft = f.text
    text = layer.text
    wide = f._wide
    whole = f.whole
    to_original = f.to_original

    def find(quote: str) -> Span | None:
        # `locate`'s common case written out: `fold_quote`, `Folded.find_all` by the
        # index, `to_original` and `_span`.
        fq = fold_quote(quote)
        a = fq.find(" ") + 1
        if a == 0 or len(fq) < a + _KEY:
            return None
        hits = words.get(fq[a : a + _KEY])
        if hits is None:
            return None
        if len(hits) == 1:
            p = hits[0] - a
            if p < 0 or not ft.startswith(fq, p):
                return None
        elif len(hits) <= _MAX_KEY_HITS:
            # A phrase the page repeats: the quote may still be there once.
            found = [h - a for h in hits if h >= a and ft.startswith(fq, h - a)]
            if len(found) != 1:
                return None
            p = found[0]
        else:
            return None
        n = len(fq)
        if wide and not whole(p, p + n):
            return None
        s, e = to_original(p, p + n)
        hs, he, bs, be = ranges(s, e)
        before = s - CONTEXT_CHARS
        return Span(
            text[s:e],
            text[before if before > 0 else 0 : s],
            text[e : e + CONTEXT_CHARS],
            s,
            e,
            hs,
            he,
            bs,
            be,
        )

    return find


def _no_quick_answer(quote: str) -> Span | None:
    return None


def _across_line_breaks(layer: TextLayerLike, fq: str, occurrence: int | None) -> Span | None:
    """For a PDF: the quote found once with each line break read as a space or as
    nothing, or None. A PDF draws no space at a line's end, so a line break may stand
    where the source had none: a footnote mark wrapped to the next line
    ("Android),⏎[13] a mobile"), a URL broken at a slash. Tried only when the quote is
    not found otherwise; a space the page draws must still be typed.
    """
    hidden = getattr(layer, "hidden", None)
    if hidden is None or getattr(layer, "kind", None) != "pdf":
        return None
    derived = layer.derived
    f = derived.get("anchor.folded_breaks")
    if f is None:
        # U+0001 marks a line break: not whitespace, so folding keeps it in place.
        f = derived["anchor.folded_breaks"] = fold(layer.text.replace("\n", "\x01"), hidden)
    pattern = "\x01?".join("[ \x01]" if ch == " " else re.escape(ch) for ch in fq)
    found = [(m.start(), m.end()) for m in re.finditer(pattern, f.text) if f.whole(*m.span())]
    if (len(found) == 1 and occurrence is None) or (found and occurrence == 1):
        s, e = f.to_original(*found[0])
        return _span(layer, s, e)
    return None


def _ambiguous(
    layer: TextLayerLike,
    f: Folded,
    quote: str,
    fits: list[tuple[int, int, Any]],
) -> AmbiguousQuote:
    def listing() -> tuple[tuple[int, int, str], ...]:
        occs = []
        for a, b, _ in fits:
            s, e = f.to_original(a, b)
            occs.append((s, e, _context_line(layer.text, s, e)))
        return tuple(occs)

    # The listing is built only when the error is read (see AmbiguousQuote).
    return AmbiguousQuote(quote=quote, listing=listing)


def _not_found(layer: TextLayerLike, quote: str, fq: str, allow_gaps: bool) -> QuoteNotFound:
    f = prepare(layer)
    ft = f.text
    hint = ""
    if not allow_gaps and _GAP.search(fq):
        hint = (
            " (the quote has an ellipsis: --allow-gaps, or allow_gaps: true in a claims file,"
            " matches it with the words left out)"
        )
    if not ft:
        return QuoteNotFound(
            f"quote {quote!r} not found: the text is empty{hint}", quote=quote, similarity=0.0
        )
    shown = _shown_quote(quote)
    found = _closest(fq, ft)
    if found is None:
        return QuoteNotFound(f"quote {shown} not found{hint}", quote=quote, similarity=0.0)
    a, b, score = found
    while a < b - 1 and ft[a] == " ":
        a += 1
    while b > a + 1 and ft[b - 1] == " ":
        b -= 1
    s, e = f.to_original(a, b)
    sim = round(score / 100, 2)
    return QuoteNotFound(
        f"quote {shown} not found{hint}; closest passage (similarity {sim:.2f}) at {s}: "
        f"{_context_line(layer.text, s, e)}",
        quote=quote,
        nearest=layer.text[s:e],
        nearest_start=s,
        similarity=sim,
    )


#: The most characters of a quote compared at once when looking for its closest passage.
#: partial_ratio's cost grows with the square of the quote's length (a 20,000-character
#: quote took 39 s): a longer quote is compared by three samples this long, its start,
#: middle and end, so the search stays linear in the text and bounded in the quote.
CLOSEST_SAMPLE = 256


def _closest(fq: str, ft: str) -> tuple[int, int, float] | None:
    """Where in `ft` the folded quote `fq` comes closest: (start, end, score 0..100).

    >>> _closest("the rate rose", "so the rate fell by 5")
    (3, 16, 76.92307692307692)
    """
    if len(fq) <= CLOSEST_SAMPLE:
        al = fuzz.partial_ratio_alignment(fq, ft)
        if al is None or al.dest_end <= al.dest_start:
            return None
        return al.dest_start, al.dest_end, al.score
    best: tuple[int, int, float] | None = None
    middle = (len(fq) - CLOSEST_SAMPLE) // 2
    for offset in (0, middle, len(fq) - CLOSEST_SAMPLE):
        al = fuzz.partial_ratio_alignment(fq[offset : offset + CLOSEST_SAMPLE], ft)
        if al is None or al.dest_end <= al.dest_start:
            continue
        if best is None or al.score > best[2]:
            # The whole quote's length, placed where this sample of it aligned best.
            start = max(0, min(al.dest_start - offset, len(ft) - 1))
            best = (start, min(len(ft), start + len(fq)), al.score)
    return best


def _shown_quote(quote: str, limit: int = 200) -> str:
    """The quote for a one-line message: its repr, shortened in the middle if long.

    >>> _shown_quote("x" * 10, 8)
    "'xxx … xxx'"
    """
    if len(quote) <= limit:
        return repr(quote)
    half = limit // 2 - 1
    return repr(quote[:half] + " … " + quote[-half:])


# --- re-anchoring --------------------------------------------------------------------


class _OldCitation(Protocol):
    exact: str
    prefix: str
    suffix: str
    text_start: int
    text_end: int


@dataclass(frozen=True)
class Reanchored:
    """An old quote found in a new text layer.

    `similarity` is the quote's similarity (0..1) to the new exact text, `exact_match`
    whether the (folded) words are unchanged, `diff` a word diff from old to new exact
    (`[-removed-]{+added+}`), `context_similarity` how well the old prefix/suffix match the
    new surroundings (the better side).
    """

    span: Span
    similarity: float
    exact_match: bool
    diff: str
    context_similarity: float = 1.0


_WORDS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> str:
    """A word-level diff of `old` to `new` in wdiff style.

    >>> word_diff("beyond the 3.67% limit", "beyond the 3.5% limit")
    'beyond the [-3.67%-]{+3.5%+} limit'
    >>> word_diff("same words", "same words")
    'same words'
    """
    a = _WORDS.findall(old)
    b = _WORDS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(a[i1:i2]))
            continue
        if i2 > i1:
            out.append("[-" + "".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + "".join(b[j1:j2]) + "+}")
    return "".join(out)


def _context_similarity(ft: str, start: int, end: int, fprefix: str, fsuffix: str) -> float:
    """How well the old context matches around folded [start, end): best of both sides."""
    sims = []
    if fprefix.strip(" "):
        sims.append(Indel.normalized_similarity(fprefix, ft[max(0, start - len(fprefix)) : start]))
    if fsuffix.strip(" "):
        sims.append(Indel.normalized_similarity(fsuffix, ft[end : end + len(fsuffix)]))
    return max(sims) if sims else 1.0


_SEED = 16  # characters of a seed: long enough to be rare on a page, short enough to survive edits
_MAX_SEED_HITS = 4  # a seed found more often than this is boilerplate and predicts nothing
_MAX_CHUNKS = 8


@dataclass
class _Seeds:
    """Exact hits of pieces of the old quote and context in the new folded text."""

    starts: list[int]  # predicted folded starts of the quote, one per hit
    prefix_ends: list[int]  # where a hit of the old prefix's tail ends
    suffix_starts: list[int]  # where a hit of the old suffix's head starts


def _seeds(ft: str, fq: str, fprefix: str, fsuffix: str) -> _Seeds:
    def hits(needle: str) -> list[int]:
        h = _find_all(ft, needle, _MAX_SEED_HITS + 1)
        return h if len(h) <= _MAX_SEED_HITS else []

    n = len(fq)
    seeds = _Seeds([], [], [])
    # The context next to the quote; if its last 16 characters are common on the page
    # (a repeated heading, "[edit] Main article: "), the whole 32 may still be rare.
    for tail in (fprefix[-_SEED:], fprefix):
        if len(tail.strip(" ")) >= 6:
            seeds.prefix_ends = [p + len(tail) for p in hits(tail)]
            if seeds.prefix_ends:
                break
    seeds.starts += seeds.prefix_ends
    for head in (fsuffix[:_SEED], fsuffix):
        if len(head.strip(" ")) >= 6:
            seeds.suffix_starts = hits(head)
            if seeds.suffix_starts:
                break
    seeds.starts += [p - n for p in seeds.suffix_starts]
    # Chunks of the quote, spread evenly; those untouched by an edit hit exactly.
    if n <= _SEED:
        offsets = [0]
    else:
        k = min(_MAX_CHUNKS, max(2, n // _SEED))
        step = (n - _SEED) / (k - 1)
        offsets = [round(i * step) for i in range(k)]
    for o in offsets:
        chunk = fq[o : o + _SEED]
        if len(chunk.strip(" ")) >= 4:
            seeds.starts += [p - o for p in hits(chunk)]
    return seeds


def _snap_start(ft: str, s: int) -> int:
    """Move a start that falls inside a word to the nearer of that word's ends."""
    if s == 0 or not (ft[s - 1].isalnum() and ft[s].isalnum()):
        return s
    left, right = s, s
    while left > 0 and ft[left - 1].isalnum():
        left -= 1
    while right < len(ft) and ft[right].isalnum():
        right += 1
    while right < len(ft) and ft[right] == " ":
        right += 1
    best = left if s - left <= right - s else right
    return best if abs(best - s) <= 12 else s


def _snap_end(ft: str, e: int) -> int:
    """Move an end that falls inside a word to the nearer of that word's ends."""
    if e >= len(ft) or not (ft[e - 1].isalnum() and ft[e].isalnum()):
        return e
    left, right = e, e
    while right < len(ft) and ft[right].isalnum():
        right += 1
    while left > 0 and ft[left - 1].isalnum():
        left -= 1
    while left > 0 and ft[left - 1] == " ":
        left -= 1
    best = right if right - e <= e - left else left
    return best if abs(best - e) <= 12 else e


def _align(ft: str, fq: str, center: int, seeds: _Seeds) -> tuple[int, int] | None:
    """Best folded [start, end) for `fq` in a window of `ft` around `center`."""
    n = len(fq)
    slack = 16 + n // 4
    lo = max(0, center - slack)
    hi = min(len(ft), center + n + slack)
    if hi <= lo:
        return None
    al = fuzz.partial_ratio_alignment(fq, ft[lo:hi])
    if al is None or al.dest_end <= al.dest_start:
        return None
    s, e = lo + al.dest_start, lo + al.dest_end
    # partial_ratio compares windows of the quote's length; when an edit changed the
    # length, move the ends to the first and last blocks that really match the quote.
    pad = 8 + n // 10
    rlo, rhi = max(0, s - pad), min(len(ft), e + pad)
    blocks = [b for b in Indel.opcodes(fq, ft[rlo:rhi]).as_matching_blocks() if b.size]
    big = [i for i, b in enumerate(blocks) if b.size >= 3]
    if big:
        i, j = big[0], big[-1]
        # Smaller matches before/after belong to the quote only if they are about as
        # far from the big block in the text as in the quote (else they are context).
        while i > 0:
            b, c = blocks[i - 1], blocks[i]
            if c.b - (b.b + b.size) > 2 * (c.a - (b.a + b.size)) + 2:
                break
            i -= 1
        while j < len(blocks) - 1:
            b, c = blocks[j], blocks[j + 1]
            if c.b - (b.b + b.size) > 2 * (c.a - (b.a + b.size)) + 2:
                break
            j += 1
        first, last = blocks[i], blocks[j]
        s2 = rlo + first.b - first.a
        e2 = rlo + last.b + last.size + (n - last.a - last.size)
        if abs(s2 - s) <= pad and abs(e2 - e) <= pad and e2 > s2:
            s, e = max(rlo, s2), min(rhi, e2)
    # Where the old context is still there, it says exactly where the quote begins/ends.
    radius = pad + n // 4
    near_p = [p for p in seeds.prefix_ends if abs(p - s) <= radius]
    near_s = [y for y in seeds.suffix_starts if abs(y - e) <= radius]
    if near_p:
        s = min(near_p, key=lambda p: abs(p - s))
    elif fq[0].isalnum():
        s = _snap_start(ft, s)
    if near_s:
        e = min(near_s, key=lambda y: abs(y - e))
    elif fq[-1].isalnum():
        e = _snap_end(ft, e)
    while s < e and ft[s] == " ":
        s += 1
    while e > s and ft[e - 1] == " ":
        e -= 1
    return (s, e) if e > s else None


def _side_similarities(
    ft: str, start: int, end: int, fprefix: str, fsuffix: str
) -> tuple[float | None, float | None]:
    """Similarity of the old prefix/suffix to the text around folded [start, end)."""
    psim = ssim = None
    if fprefix.strip(" "):
        psim = Indel.normalized_similarity(fprefix, ft[max(0, start - len(fprefix)) : start])
    if fsuffix.strip(" "):
        ssim = Indel.normalized_similarity(fsuffix, ft[end : end + len(fsuffix)])
    return psim, ssim


def _runs_into(ft: str, context: str, lo: int, hi: int, min_context: float) -> bool:
    """Whether `context` (old prefix or suffix) is found, fuzzily, within ft[lo:hi]."""
    if not context.strip(" ") or hi <= lo:
        return False
    score = fuzz.partial_ratio(context.strip(" "), ft[max(0, lo) : hi])
    return score >= min_context * 100


def _in_context(
    ft: str, s: int, e: int, fprefix: str, fsuffix: str, min_context: float
) -> float | None:
    """The context similarity of candidate [s, e), or None when it fails the context test.

    One side agreeing is enough (the other neighbour may have been edited or deleted),
    except when the other side's old context now lies inside the candidate: then the
    candidate is the neighbour of a deleted quote, e.g. the next item of a list.
    """
    psim, ssim = _side_similarities(ft, s, e, fprefix, fsuffix)
    if psim is None and ssim is None:
        return 1.0
    p_ok = psim is not None and psim >= min_context
    s_ok = ssim is not None and ssim >= min_context
    if not (p_ok or s_ok):
        return None
    n = e - s
    if p_ok and not s_ok and _runs_into(ft, fsuffix, s, s + min(n, len(fsuffix) + 4), min_context):
        return None
    if s_ok and not p_ok and _runs_into(ft, fprefix, e - min(n, len(fprefix) + 4), e, min_context):
        return None
    return max(x for x in (psim, ssim) if x is not None)


def reanchor(
    old: _OldCitation,
    new_layer: TextLayerLike,
    *,
    min_similarity: float = MIN_QUOTE_SIMILARITY,
    min_context: float = MIN_CONTEXT_SIMILARITY,
) -> Reanchored | None:
    """Find an old citation's quote in a new text layer, or None if it is gone.

    Exact occurrences come first; between several, the one whose prefix/suffix match best
    wins, then the one nearest the old position. Otherwise candidate places are predicted
    from exact hits of pieces of the quote and of its old prefix and suffix, aligned with
    rapidfuzz, and accepted only if the quote is at least `min_similarity` similar AND its
    surroundings pass the context test (`min_context`, see `_in_context`): a weak or
    out-of-context match returns None rather than a look-alike passage.
    """
    fq = fold_quote(old.exact)
    if not fq:
        raise InvalidQuote(f"old quote {old.exact!r} is empty")
    fprefix = _fold_context(old.prefix or "")
    fsuffix = _fold_context(old.suffix or "")
    f = prepare(new_layer)
    ft = f.text

    exact = f.find_all(fq)
    if exact:
        best = None
        for i in exact:
            e = i + len(fq)
            ctx = _context_similarity(ft, i, e, fprefix, fsuffix)
            s, _ = f.to_original(i, e)
            key = (round(ctx, 2), -abs(s - old.text_start))
            if best is None or key > best[0]:
                best = (key, i, e, ctx)
        assert best is not None
        _, i, e, ctx = best
        s, e2 = f.to_original(i, e)
        span = _span(new_layer, s, e2)
        return Reanchored(span, 1.0, True, word_diff(old.exact, span.exact), ctx)

    seeds = _seeds(ft, fq, fprefix, fsuffix)
    preds = sorted(seeds.starts)
    if not preds:
        return None
    # Cluster predictions: nearby predictions are votes for one place.
    tol = 24 + len(fq) // 8
    clusters: list[list[int]] = [[preds[0]]]
    for p in preds[1:]:
        if p - clusters[-1][-1] <= tol:
            clusters[-1].append(p)
        else:
            clusters.append([p])
    clusters.sort(key=len, reverse=True)
    best_r = None
    for cl in clusters[:3]:
        r = _align(ft, fq, cl[len(cl) // 2], seeds)
        if r is None:
            continue
        s, e = r
        qsim = Indel.normalized_similarity(fq, ft[s:e])
        if qsim < min_similarity:
            # In place: bracketed by the only occurrences of the old prefix and suffix
            # (a templated list repeats its context, and then proves nothing).
            psim, ssim = _side_similarities(ft, s, e, fprefix, fsuffix)
            in_place = (
                seeds.prefix_ends == [s]
                and seeds.suffix_starts in ([e], [e + 1])
                and min(psim or 0.0, ssim or 0.0) >= _IN_PLACE_CONTEXT
            )
            if not (in_place and qsim >= MIN_QUOTE_SIMILARITY_IN_PLACE):
                continue
        in_context = _in_context(ft, s, e, fprefix, fsuffix, min_context)
        if in_context is None:
            continue
        key = (qsim + in_context, len(cl))
        if best_r is None or key > best_r[0]:
            best_r = (key, s, e, qsim, in_context)
    if best_r is None:
        return None
    _, s, e, qsim, ctx = best_r
    os_, oe = f.to_original(s, e)
    span = _span(new_layer, os_, oe)
    return Reanchored(span, round(qsim, 4), False, word_diff(old.exact, span.exact), ctx)
