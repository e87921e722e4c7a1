"""The check rules: named rules run on claims and citations, each giving pass / warn /
fail / unverified and why.

| check | passes when |
| --- | --- |
| integrity | the SHA-256 of the snapshot's stored bytes equals its recorded digest |
| span | re-extracting the snapshot gives `text[start:end] == exact`, prefix and suffix around it |
| html-span | the stored HTML range (a PDF's page ranges), read alone, reads the same quote |
| supported | the statement's elements (numbers, dates, hedges...) match the quotes' |

The supported check reads each side in its language (`factdb.engine.support`).

`unverified` ("needs review") is the supported check's verdict when nothing in the
statement could be compared, or an element could not be read: a person must read the
quote beside the statement. It does not fail a run; with `strict` it does, like a warning
(`failing`).

The rules judge one citation or claim and return (status, reason); `factdb.checks` runs
them over claims and records the results.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .engine.text import TextLayer, extract_html, inline_text
from .errors import FactdbError, UnknownLanguage

if TYPE_CHECKING:
    from pathlib import Path

    from .engine.pdf import PdfTextLayer
    from .engine.support import Support

#: The checks `factdb check` runs on each claim (drift is `factdb recheck`'s).
CHECKS = ("integrity", "span", "html-span", "supported")


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_span(citation: Any, layer: TextLayer | PdfTextLayer) -> tuple[str, str]:
    """Re-extracted text must hold the exact quote at the stored position, in its context
    (`citation`: a `Citation` or a row with its columns)."""
    text = layer.text
    found = text[citation.text_start : citation.text_end]
    version_note = (
        f" (cited with extractor {citation.extractor_version}, now {layer.version})"
        if citation.extractor_version != layer.version
        else ""
    )
    if found != citation.exact:
        where = text.find(citation.exact)
        moved = f"; the quote now stands at {where}" if where >= 0 else ""
        return "fail", (
            f"text[{citation.text_start}:{citation.text_end}] reads {found[:80]!r}, "
            f"not the quote {citation.exact[:80]!r}{moved}{version_note}"
        )
    before = text[max(0, citation.text_start - len(citation.prefix)) : citation.text_start]
    after = text[citation.text_end : citation.text_end + len(citation.suffix)]
    if before != citation.prefix:
        return "fail", f"the text before the quote is {before!r}, not {citation.prefix!r}"
    if after != citation.suffix:
        return "fail", f"the text after the quote is {after!r}, not {citation.suffix!r}"
    return "pass", (
        f"text[{citation.text_start}:{citation.text_end}] is the quote, "
        f"with its prefix and suffix{version_note}"
    )


#: HTML's whitespace (not Unicode's): what the extractor collapses between words.
_HTML_SPACE = re.compile(r"[ \t\n\f\r]+")


def read_fragment(fragment: str) -> str:
    """What `extract_html(fragment).text` reads. A fragment with no markup and no character
    references (most quotes) reads as its words with HTML whitespace collapsed, and one
    whose markup is only inline tags as the same without them (`inline_text`), so that is
    computed directly; anything else goes through the extractor.

    >>> read_fragment("  nearly 80\\n percent ") == extract_html("  nearly 80\\n percent ").text
    True
    >>> read_fragment("<em>80</em>&nbsp;percent")
    '80\\xa0percent'
    """
    if "<" in fragment or "&" in fragment:
        # Most quotes with markup span inline tags only (a link, emphasis): `inline_text`.
        read = inline_text(fragment)
        return extract_html(fragment).text if read is None else read
    return _HTML_SPACE.sub(" ", fragment).strip(" ")


def html_span_misreads(html: str, start: int, end: int, exact: str) -> str | None:
    """None when html[start:end], extracted alone, reads `exact` (up to whitespace); else
    what it reads. `claim add` and import refuse a span that misreads (a quote in the raw
    text of an `<xmp>` holds markup characters its HTML range would read as markup), so
    that no citation is stored only to fail its html-span check later.

    >>> html_span_misreads("<p>a <b>b</b></p>", 3, 13, "a b") is None
    True
    >>> html_span_misreads("<xmp>a <b>b</b></xmp>", 5, 15, "a <b>b</b>")
    'a b'
    """
    try:
        read = read_fragment(html[start:end])
    except FactdbError as exc:
        return f"nothing readable ({exc})"
    if read == exact or _ws(read) == _ws(exact):
        return None
    return read


def _letters(text: str) -> str:
    """What a PDF range and a quote must share: the text folded (ligatures, soft hyphens,
    quotes and dashes) with every space and hyphen left out, since PDFium's raw
    characters keep line-end hyphens and line breaks that the reading text joins.

    >>> a = _letters("enrich\\u00adment of\\n the \\ufb01rst")
    >>> a == _letters("enrich-\\r\\nment of the first"), a
    (True, 'enrichmentofthefirst')
    """
    from .engine.anchor import fold

    return re.sub(r"[\s\-\ufffe\x02]+", "", fold(text).text)


def check_pdf_span(citation: Any, layer: PdfTextLayer) -> tuple[str, str]:
    """A PDF citation's page ranges, read alone from PDFium, must hold the quote's
    characters (up to spaces and line-end hyphens, which reading order rejoins)."""
    pages = (citation.pdf or {}).get("pages") or []
    if not pages:
        return "fail", "the citation records no page ranges of the PDF"
    try:
        read = "".join(layer.read_range(p["page"], p["start"], p["end"]) for p in pages)
    except (FactdbError, KeyError, TypeError, ValueError) as exc:
        return "fail", f"the cited page ranges cannot be read: {exc}"
    where = ", ".join(f"p. {p['page']} chars {p['start']}-{p['end']}" for p in pages)
    if _letters(read) == _letters(citation.exact):
        return "pass", f"PDF {where} reads the quote"
    return (
        "fail",
        f"PDF {where} reads {_ws(read)[:80]!r}, not the quote {_ws(citation.exact)[:80]!r}",
    )


def check_html_span(citation: Any, layer: TextLayer | PdfTextLayer) -> tuple[str, str]:
    """The HTML range alone, extracted, must read the quote (up to whitespace). For a PDF
    citation: its page ranges (`check_pdf_span`)."""
    if not isinstance(layer, TextLayer):  # a PDF's
        return check_pdf_span(citation, layer)
    if getattr(citation, "pdf", None) is not None:
        return "fail", "the citation records PDF pages, but the snapshot is not a PDF"
    fragment = layer.html[citation.html_start : citation.html_end]
    try:
        read = read_fragment(fragment)
    except FactdbError as exc:
        return "fail", f"html[{citation.html_start}:{citation.html_end}] cannot be read: {exc}"
    if read == citation.exact or _ws(read) == _ws(citation.exact):
        return "pass", f"html[{citation.html_start}:{citation.html_end}] reads the quote"
    return "fail", (
        f"html[{citation.html_start}:{citation.html_end}] reads {_ws(read)[:80]!r}, "
        f"not the quote {_ws(citation.exact)[:80]!r}"
    )


def languages(
    claim_language: str | None, source_languages: Sequence[str | None]
) -> tuple[str | None, list[str | None]]:
    """The languages the supported check reads a claim in: the statement's (the claim's
    own, else its first source's) and each quote's (its source's).

    >>> languages(None, ["de", "en"]), languages("fr", ["de"])
    (('de', ['de', 'en']), ('fr', ['de']))
    """
    quote_langs = list(source_languages)
    first = quote_langs[0] if quote_langs else None
    return claim_language or first, quote_langs


def claim_supported(
    statement: str,
    quotes: Sequence[str],
    published: date | None = None,
    *,
    statement_lang: str | None = None,
    quote_lang: str | Sequence[str | None] | None = None,
) -> Support:
    """`factdb.engine.support.claim_supported`, imported on first call: the engine's language
    tables are needed by this check alone, and `claim show` or `claim add` load this module
    without running it."""
    from .engine import support

    return support.claim_supported(
        statement, quotes, published, statement_lang=statement_lang, quote_lang=quote_lang
    )


#: What a "supported" verdict depends on besides its inputs: the engine's code and data,
#: and the libraries it reads numbers, names, units and lemmas with.
_ENGINE_FILES = ("check_rules.py", "engine/support", "engine/support_data")
_ENGINE_LIBRARIES = ("text2num", "babel", "cn2an", "pint", "simplemma")


@lru_cache(maxsize=1)
def engine_version() -> str:
    """The SHA-256 of everything a "supported" verdict is computed with besides its
    inputs: this module and the engine's source and data files, the versions of the
    libraries it uses, Python's and its Unicode database's. Any change makes the verdicts
    stored by earlier checks (`verdict_key`) stale."""
    from pathlib import Path

    return engine_digest(Path(__file__).parent)


def engine_digest(root: Path) -> str:
    """`engine_version` of the package at `root` (the `factdb` directory)."""
    import hashlib
    import sys
    import unicodedata
    from importlib import metadata

    digest = hashlib.sha256()
    for name in _ENGINE_FILES:
        path = root / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and file.suffix != ".pyc":
                digest.update(f"{file.relative_to(root).as_posix()}\0".encode())
                digest.update(file.read_bytes())
    for lib in _ENGINE_LIBRARIES:
        try:
            version = metadata.version(lib)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{lib}={version}\0".encode())
    digest.update(f"python={sys.version_info[:3]} unicode={unicodedata.unidata_version}".encode())
    return digest.hexdigest()


def verdict_key(
    statement: str,
    quotes: Sequence[str],
    published: date | None,
    *,
    claim_language: str | None,
    source_languages: Sequence[str | None],
) -> str:
    """The SHA-256 of a "supported" verdict's inputs (the arguments of `supported`) and of
    the engine (`engine_version`): two checks with the same key give the same verdict.

    The languages are keyed as the engine reads them (`languages`): a claim without its
    own language and one in its source's language share a key.

    >>> key = lambda claim, sources: verdict_key(
    ...     "Rose 5%.", ["rose 5%"], None, claim_language=claim, source_languages=sources
    ... )
    >>> key(None, ["en"]) == key("en", ["en"]), key("en", ["en"]) == key("en", ["de"])
    (True, False)
    """
    import hashlib
    import json

    statement_lang, quote_langs = languages(claim_language, source_languages)
    inputs = [
        engine_version(),
        statement,
        list(quotes),
        published.isoformat() if published else None,
        statement_lang,
        quote_langs,
    ]
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=False).encode()).hexdigest()


def supported(
    statement: str,
    quotes: Sequence[str],
    published: date | None,
    *,
    claim_language: str | None,
    source_languages: Sequence[str | None],
) -> Support:
    """The "claim supported" verdict (`factdb.engine.support.claim_supported`), reading
    the statement and each quote in their languages (see `languages`).

    A language the engine does not know (a page's odd `lang` attribute) makes the claim
    unverified, not the run an error: a person must compare it.
    """
    statement_lang, quote_langs = languages(claim_language, source_languages)
    try:
        return claim_supported(
            statement, quotes, published, statement_lang=statement_lang, quote_lang=quote_langs
        )
    except UnknownLanguage as exc:
        from .engine.support import Support

        return Support("unverified", f"cannot read the language: {exc}")
