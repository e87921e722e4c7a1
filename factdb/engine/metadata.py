"""Page metadata: title, authors, publisher, date, canonical URL, language, description.

`extract_metadata` reads what a page declares about itself, from (in order of trust):

1. **JSON-LD** (``<script type="application/ld+json">``): the node typed as an article
   (``NewsArticle``, ``BlogPosting``, ...; of several, the one at the page's canonical
   URL, else the first), else a ``WebPage``-like node. Arrays, ``@graph`` lists,
   ``mainEntity`` and ``{"@id": ...}`` references to other nodes are followed; a block
   that is not valid JSON is ignored.
2. **OpenGraph** (``og:*``, ``article:*``) and Twitter cards.
3. **Other ``<meta>`` vocabularies**: ``author``, ``description``, Parse.ly, Sailthru,
   Highwire ``citation_*``, Dublin Core ``DC.*``/``DCTERMS.*``, ``<meta itemprop>``.
4. **Plain HTML**: ``<title>``, ``<time pubdate>``/``<time itemprop=datePublished>``, and
   as a last resort for the date the first ``<time datetime>`` on the page.

For each field the first source that gives a usable value wins (the ``_*_KEYS`` tuples
below give the exact order of the ``<meta>`` keys per field); sources are never mixed
within one field, so authors are never merged from two vocabularies that spell the same
person differently. Deliberate exceptions:

- ``canonical_url`` trusts ``<link rel=canonical>`` first, then og:url, then JSON-LD;
  ``language`` trusts ``<html lang>`` first, then ``content-language``, then JSON-LD
  ``inLanguage``, then og:locale: these are what browsers and search engines act on.
- ``publisher`` is JSON-LD's publisher, then og:site_name, then a JSON-LD ``WebSite``
  name, then ``publisher``-like ``<meta>`` and finally ``application-name``.
- ``title`` is cut to the headline: a candidate equal to another candidate plus a
  separator and more text (``"Headline - Site"``) gives way to the shorter one; a
  separator plus the site name is stripped from either end; and a title that is an
  ``<h1>`` plus a separator and a shorter rest is cut to that ``<h1>``.

Values are HTML-unescaped once more after parsing, because JSON-LD strings are not HTML
(WordPress writes ``&#8217;`` into them) and some sites double-escape ``<meta content>``.
Whitespace is collapsed (a line break between two wide East Asian characters is dropped,
as CSS does). Dates are respelled as ISO 8601 without changing their time or offset.
Missing or unusable values are None; nothing here raises on bad markup. Nothing is
guessed from body prose (no "By ..." lines, no first paragraph as a description): the
only body elements read are JSON-LD, ``<meta>``, ``<time>`` and ``<h1>``.

The page is parsed with the standard library's ``html.parser`` through BeautifulSoup,
keeping only the elements that can carry metadata (anywhere in the document, since some
pages put JSON-LD or ``<meta itemprop>`` in the body): about 0.4 s for 1 MB of dense
markup, far less for typical pages.
"""

from __future__ import annotations

import email.utils
import html
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, SoupStrainer

from .limits import MAX_URL

#: Bumped whenever the rules change what is extracted from the same page.
EXTRACTOR_VERSION = "metadata-1"

PARSER = "html.parser"

_STRAINER = SoupStrainer(["title", "meta", "link", "script", "base", "time", "h1"])

# Order of preference among <meta> keys (lower-cased name/property; "itemprop:" prefixes
# itemprop). JSON-LD comes before all of these; the <title>-like fallbacks after.
_TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "parsely-title",
    "sailthru.title",
    "citation_title",
    "dc.title",
    "dcterms.title",
    "itemprop:headline",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "itemprop:author",
)
_PUBLISHER_KEYS = (
    "og:site_name",
    "publisher",
    "citation_publisher",
    "dc.publisher",
    "dcterms.publisher",
    "application-name",
)
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "itemprop:datepublished",
    "article.published",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "pubdate",
    "date",
)
_URL_KEYS = ("og:url", "twitter:url")
_LANGUAGE_KEYS = (
    "http-equiv:content-language",
    "content-language",
    "language",
    "dc.language",
    "dcterms.language",
)
_DESCRIPTION_KEYS = (
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
    "itemprop:description",
)

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "review",
    "creativework",
}
_PAGE_TYPES = {"webpage", "itempage", "aboutpage", "qapage", "faqpage", "profilepage"}

# Separators between a headline and a site name in <title>-style strings.
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " · ", " :: ", " » ", " / ", " _", "_")

_WS = re.compile(r"\s+")
# Wide East Asian characters (kana, CJK ideographs, full-width forms and punctuation;
# Hangul excluded): a line break between two of them is dropped, not made a space, as
# CSS Text's segment break transformation does.
_WIDE = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t]*[\r\n]\s*(?=[{_WIDE}])")
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG_ATTR = re.compile(
    r"""(?:^|\s)(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{1,8})*)$")
_ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$",
    re.IGNORECASE,
)
_OTHER_DATE = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_BY_PREFIX = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about itself; any field the page does not give is None."""

    title: str | None = None
    #: Person or organisation names, de-duplicated, in page order.
    authors: list[str] = field(default_factory=list)
    #: The publisher or site name.
    publisher: str | None = None
    #: ISO 8601: a date ("2019-08-30") or a datetime with its offset as the page gives it.
    published: str | None = None
    #: Absolute URL.
    canonical_url: str | None = None
    #: A BCP 47 language tag such as "en" or "pt-BR".
    language: str | None = None
    description: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The fields as a JSON-serialisable dict (authors copied)."""
        data = asdict(self)
        data["authors"] = list(self.authors)
        return data


def extract_metadata(html_text: str, base_url: str | None = None) -> PageMetadata:
    """Read the metadata a decoded HTML page declares about itself.

    `base_url` is where the page came from; relative canonical URLs are resolved against
    it (and against ``<base href>``). Never raises on bad markup.
    """
    with warnings.catch_warnings():
        # bs4 warns when markup looks like a file name or URL; any string is a page here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html_text, PARSER, parse_only=_STRAINER)
    metas = _collect_meta(soup)
    nodes = _jsonld_nodes(soup)
    primary = _primary_node(nodes, _canonical_links(soup) + metas.get("og:url", []))
    index = _id_index(nodes)

    publisher = _first(
        [_ld_name(primary.get("publisher"), index) if primary else None]
        + [_clean(v) for v in metas.get("og:site_name", [])]
        + [_ld_website_name(nodes)]
        + [_clean(v) for k in _PUBLISHER_KEYS[1:] for v in metas.get(k, [])]
    )
    return PageMetadata(
        title=_title(soup, metas, primary, publisher),
        authors=_authors(metas, primary, index),
        publisher=publisher,
        published=_published(soup, metas, primary),
        canonical_url=_canonical(soup, metas, primary, base_url),
        language=_language(html_text, metas, primary),
        description=_first(
            [_clean(_ld_text(primary.get("description"))) if primary else None]
            + [_clean(v) for k in _DESCRIPTION_KEYS for v in metas.get(k, [])]
        ),
    )


# --- small pure helpers ------------------------------------------------------------


def _clean(value: object) -> str | None:
    """Collapse whitespace, decode leftover entities; None for empty or non-text.

    >>> _clean("  Caf&eacute;\\n  au lait ")
    'Café au lait'
    >>> _clean("   ") is None
    True
    >>> _clean("禁止することになりました。\\n最近")
    '禁止することになりました。最近'
    """
    if not isinstance(value, str):
        return None
    if _ENTITY.search(value):
        value = html.unescape(value)
    value = _WS.sub(" ", _WIDE_BREAK.sub("", value)).strip()
    return value or None


def _first(values: list[str | None]) -> str | None:
    """The first value that is not None."""
    return next((v for v in values if v), None)


def normalize_date(value: str | None) -> str | None:
    """An ISO 8601 date or datetime for common ways pages write dates, else None.

    The time and offset are kept as the page gives them; only the spelling is made ISO.

    >>> normalize_date("2020-11-11 12:00:00.000-0600")
    '2020-11-11T12:00:00.000-06:00'
    >>> normalize_date("2019-08-30")
    '2019-08-30'
    >>> normalize_date("Mon, 15 Aug 2016 10:00:00 +0300")
    '2016-08-15T10:00:00+03:00'
    >>> normalize_date("2012/6/4")
    '2012-06-04'
    >>> normalize_date("yesterday") is None
    True
    """
    value = _clean(value)
    if not value:
        return None
    m = _ISO_DATETIME.match(value)
    if m:
        year, month, day, hour, minute, second, fraction, offset = m.groups()
        if not _valid_date(year, month, day):
            return None
        out = f"{year}-{month}-{day}"
        if hour is not None:
            if int(hour) > 23 or int(minute) > 59 or (second and int(second) > 59):
                return None
            out += f"T{hour}:{minute}"
            if second is not None:
                out += f":{second}{fraction or ''}"
            if offset:
                if offset.upper() == "Z":
                    out += "Z"
                else:
                    digits = offset[1:].replace(":", "")
                    out += f"{offset[0]}{digits[:2]}:{digits[2:]}"
        return out
    m = _OTHER_DATE.match(value) or _COMPACT_DATE.match(value)
    if m:
        year, month, day = m.groups()
        if _valid_date(year, month, day):
            return f"{year}-{int(month):02d}-{int(day):02d}"
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=None).isoformat()
    return parsed.isoformat()


def _valid_date(year: str, month: str, day: str) -> bool:
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def normalize_language(value: str | None) -> str | None:
    """A BCP 47-style tag ("pt-BR") from what pages write ("pt_br", "en-US,en"), else None.

    >>> normalize_language("pt_br")
    'pt-BR'
    >>> normalize_language("en, fr")
    'en'
    >>> normalize_language("zh-Hans-CN")
    'zh-Hans-CN'
    >>> normalize_language("english") is None
    True
    """
    value = _clean(value)
    if not value:
        return None
    value = re.split(r"[,;\s]", value)[0]
    m = _LANG_TAG.match(value)
    if not m:
        return None
    parts = [m.group(1).lower()]
    for sub in re.split(r"[-_]", m.group(2))[1:]:
        if len(sub) == 2 and sub.isalpha():
            parts.append(sub.upper())  # region
        elif len(sub) == 4 and sub.isalpha():
            parts.append(sub.title())  # script
        else:
            parts.append(sub.lower())
    return "-".join(parts)


def _is_url(value: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//|^www\.", value, re.IGNORECASE))


# --- <meta> and <title> ------------------------------------------------------------


def _collect_meta(soup: BeautifulSoup) -> dict[str, list[str]]:
    """Meta contents by lower-cased key, in page order.

    Keys are the ``name`` or ``property`` attribute, ``itemprop:`` + itemprop, or
    ``http-equiv:`` + http-equiv. A Parse.ly ``parsely-page`` JSON blob is unpacked into
    ``parsely-title``, ``parsely-author`` and ``parsely-pub-date``.
    """
    metas: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str):
            continue
        keys: list[str] = []
        for attr, prefix in (("name", ""), ("property", ""), ("itemprop", "itemprop:")):
            key = tag.get(attr)
            if isinstance(key, str) and key.strip():
                # RDFa allows several space-separated properties in one attribute.
                keys.extend(prefix + k for k in key.lower().split())
        equiv = tag.get("http-equiv")
        if isinstance(equiv, str):
            keys.append("http-equiv:" + equiv.strip().lower())
        for key in dict.fromkeys(keys):
            metas.setdefault(key, []).append(content)
    for blob in metas.get("parsely-page", []):
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        for key, field_name in (
            ("parsely-title", "title"),
            ("parsely-author", "author"),
            ("parsely-pub-date", "pub_date"),
        ):
            value = data.get(field_name)
            values = value if isinstance(value, list) else [value]
            metas.setdefault(key, []).extend(v for v in values if isinstance(v, str))
    return metas


def _title(
    soup: BeautifulSoup,
    metas: dict[str, list[str]],
    primary: dict[str, Any] | None,
    publisher: str | None,
) -> str | None:
    candidates: list[str] = []
    for key in _TITLE_KEYS:
        candidates += [c for c in (_clean(v) for v in metas.get(key, [])) if c]
    # The first <title> is the document's; later ones belong to inline SVG icons.
    title_tag = soup.find("title")
    document_title = _clean(title_tag.get_text()) if title_tag is not None else None
    if document_title:
        candidates.append(document_title)
    if primary:
        headline = _clean(_ld_text(primary.get("headline")))
        name = _clean(_ld_text(primary.get("name")))
        ld = [t for t in (headline, name) if t and t != publisher]
        # Wikipedia's "headline" is a one-line summary and its "name" the title: when
        # the two differ, the one the page's other titles agree with wins.
        ld.sort(key=lambda t: not any(c == t or _has_suffix_after(c, t) for c in candidates))
        candidates = ld + candidates
    if not candidates:
        return None
    chosen = candidates[0]
    # "Headline - Site": prefer a candidate that is the same headline without the suffix.
    for other in candidates[1:]:
        if len(other) < len(chosen) and _has_suffix_after(chosen, other):
            chosen = other
    if publisher:
        chosen = _strip_site_name(chosen, publisher)
    return _prefer_heading(chosen, [_clean(h1.get_text()) or "" for h1 in soup.find_all("h1")])


def _prefer_heading(title: str, headings: list[str]) -> str:
    """Cut "Headline | Site" or "Site | Headline" to the headline when it is an <h1>.

    An <h1> that is one part of the title is taken if it is no shorter than the rest of
    the title (a short one is usually the site's logo, as "V8" in "... · V8"), or if
    both parts are headings (the logo and the headline), in which case the first part
    wins, since titles put the headline first far more often than not.

    >>> _prefer_heading("Schafskunde | Mäscot das Schaf", ["Mäscot das Schaf", "Schafskunde"])
    'Schafskunde'
    >>> _prefer_heading("Outside the web: standalone binaries · V8", ["V8"])
    'Outside the web: standalone binaries · V8'
    >>> _prefer_heading("Site - A headline here", ["A headline here"])
    'A headline here'
    """
    first: str | None = None
    last: str | None = None
    for heading in headings:
        if not heading or len(heading) >= len(title):
            continue
        if _has_suffix_after(title, heading):
            first = first or heading
        elif any(
            title.endswith(sep + heading) and title[: -len(sep + heading)].strip()
            for sep in _TITLE_SEPARATORS
        ):
            last = last or heading
    if first and last:
        return first
    for part in (first, last):
        if part:
            rest = title.replace(part, "", 1).strip(" -|–—·:»/_")
            if len(part) >= len(rest):
                return part
    return title


def _has_suffix_after(title: str, head: str) -> bool:
    """True if `title` is `head` followed by a separator and more text.

    >>> _has_suffix_after("Obama admits - BBC News", "Obama admits")
    True
    >>> _has_suffix_after("Obama admits defeat", "Obama admits")
    False
    """
    if not title.startswith(head):
        return False
    rest = title[len(head) :]
    return any(rest.startswith(sep) and rest[len(sep) :].strip() for sep in _TITLE_SEPARATORS)


def _strip_site_name(title: str, site: str) -> str:
    """Remove the site name with its separator from the end or start of a title.

    >>> _strip_site_name("What is Rust? - Stack Overflow Blog", "Stack Overflow Blog")
    'What is Rust?'
    >>> _strip_site_name("NEWS WEB EASY|Law passed", "NEWS WEB EASY")
    'Law passed'
    >>> _strip_site_name("Friday Facts | Factorio", "Factorio.com")
    'Friday Facts | Factorio'
    """
    lowered, site_lower = title.lower(), site.lower()
    for sep in _TITLE_SEPARATORS + ("|",):
        suffix, prefix = (sep + site_lower), (site_lower + sep)
        if lowered.endswith(suffix) and title[: -len(suffix)].strip():
            return title[: -len(suffix)].strip()
        if lowered.startswith(prefix) and title[len(prefix) :].strip():
            return title[len(prefix) :].strip()
    return title


def _authors(
    metas: dict[str, list[str]], primary: dict[str, Any] | None, index: dict[str, dict]
) -> list[str]:
    groups: list[list[str]] = []
    if primary:
        groups.append(list(_ld_names(primary.get("author"), index)))
        groups.append(list(_ld_names(primary.get("creator"), index)))
    groups += [metas.get(k, []) for k in _AUTHOR_KEYS]
    for group in groups:
        names = [n for n in (_clean_author(v) for v in group) if n]
        if names:
            seen: dict[str, str] = {}
            for name in names:
                seen.setdefault(name.casefold(), name)
            return list(seen.values())
    return []


def _clean_author(value: str | None) -> str | None:
    """A person or organisation name, or None for URLs, handles and empty strings.

    >>> _clean_author("By  Erin Cunningham")
    'Erin Cunningham'
    >>> _clean_author("https://www.facebook.com/someone") is None
    True
    """
    name = _clean(value)
    if not name or _is_url(name) or name.startswith("@"):
        return None
    name = _BY_PREFIX.sub("", name).strip()
    return name or None


def _published(
    soup: BeautifulSoup, metas: dict[str, list[str]], primary: dict[str, Any] | None
) -> str | None:
    candidates: list[str | None] = []
    if primary:
        candidates += [_ld_text(primary.get("datePublished")), _ld_text(primary.get("dateCreated"))]
    candidates += [v for k in _DATE_KEYS for v in metas.get(k, [])]
    times = soup.find_all("time")
    for tag in times:
        if tag.has_attr("pubdate") or str(tag.get("itemprop", "")).lower() == "datepublished":
            value = tag.get("datetime")
            candidates.append(value if isinstance(value, str) else tag.get_text())
    # Last resort: the first machine-readable <time> on the page, which on pages without
    # any other date is almost always the article's date line.
    candidates += [d for t in times[:1] if isinstance(d := t.get("datetime"), str)]
    for value in candidates:
        normalized = normalize_date(value)
        if normalized:
            return normalized
    return None


def _canonical(
    soup: BeautifulSoup,
    metas: dict[str, list[str]],
    primary: dict[str, Any] | None,
    base_url: str | None,
) -> str | None:
    base = base_url
    base_tag = soup.find("base", href=True)
    if base_tag is not None:
        href = base_tag.get("href")
        if isinstance(href, str) and href.strip():
            base = urljoin(base or "", href.strip())
    candidates: list[str | None] = []
    candidates += _canonical_links(soup)
    candidates += [v for k in _URL_KEYS for v in metas.get(k, [])]
    if primary:
        candidates.append(_ld_text(primary.get("url")))
        candidates.append(_ld_id(primary.get("mainEntityOfPage")))
    for value in candidates:
        url = _absolute(value, base)
        if url:
            return url
    return None


def _canonical_links(soup: BeautifulSoup) -> list[str]:
    """The hrefs of ``<link rel=canonical>`` elements, in page order."""
    hrefs = []
    for link in soup.find_all("link", href=True):
        rel: str | list[str] = link.get("rel") or []
        rels = rel.lower().split() if isinstance(rel, str) else [r.lower() for r in rel]
        href = link.get("href")
        if "canonical" in rels and isinstance(href, str):
            hrefs.append(href)
    return hrefs


def _absolute(value: object, base: str | None) -> str | None:
    """`value` resolved against `base` if the result is an absolute http(s) URL.

    >>> _absolute("/a/b?x=1", "https://example.org/c/d")
    'https://example.org/a/b?x=1'
    >>> _absolute("/a/b", None) is None
    True
    """
    text = _clean(value)
    if not text:
        return None
    try:
        url = urljoin(base or "", text)
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if len(url) > MAX_URL or any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        # A control character is no part of a URL (and would inject headers), and a URL
        # longer than the database keeps would make the whole page unarchivable.
        return None
    return url


def _language(
    html_text: str, metas: dict[str, list[str]], primary: dict[str, Any] | None
) -> str | None:
    candidates: list[str | None] = []
    m = _HTML_OPEN.search(html_text)
    if m:
        for attr in _LANG_ATTR.finditer(m.group(0)[5:-1]):
            candidates.append(next(g for g in attr.groups() if g is not None))
    candidates += [v for k in _LANGUAGE_KEYS for v in metas.get(k, [])]
    if primary:
        candidates.append(_ld_text(primary.get("inLanguage")))
    candidates += metas.get("og:locale", [])
    for value in candidates:
        tag = normalize_language(value)
        if tag:
            return tag
    return None


# --- JSON-LD -----------------------------------------------------------------------


def _jsonld_nodes(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, flattened out of arrays and @graph lists."""
    nodes: list[dict[str, Any]] = []
    for script in soup.find_all("script"):
        kind = script.get("type")
        if not isinstance(kind, str) or kind.split(";")[0].strip().lower() != (
            "application/ld+json"
        ):
            continue
        data = _load_json(script.get_text())
        if data is not None:
            nodes.extend(_flatten(data))
    return nodes


def _load_json(text: str) -> Any:
    """Parse a JSON-LD block, tolerating wrappers and raw newlines seen in the wild."""
    text = text.strip()
    # CDATA sections and HTML comments wrapped around the JSON by old templates.
    text = re.sub(r"^(?:<!\[CDATA\[|<!--)\s*|\s*(?:\]\]>|-->)$", "", text).strip()
    text = re.sub(r"^//\s*<!\[CDATA\[|//\s*\]\]>$", "", text).strip()
    if not text:
        return None
    try:
        # strict=False accepts raw control characters (newlines) inside strings.
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _flatten(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, (list, dict)):
            yield from _flatten(graph, depth + 1)
        if "@type" in data or "@id" in data:
            yield data
            # An article described as a page's main entity.
            main = data.get("mainEntity")
            if isinstance(main, (dict, list)):
                yield from _flatten(main, depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _primary_node(nodes: list[dict[str, Any]], page_urls: list[str]) -> dict[str, Any] | None:
    """The node that describes this page: an article, else a web page.

    Of several articles (pages list related ones too), the one whose URL or ``@id`` is
    the page's canonical URL or og:url wins, else the first.
    """
    wanted_urls = {_url_key(u) for u in page_urls} - {""}
    for wanted in (_ARTICLE_TYPES, _PAGE_TYPES):
        candidates = [node for node in nodes if _types(node) & wanted]
        for node in candidates:
            urls = (node.get("url"), node.get("@id"), _ld_id(node.get("mainEntityOfPage")))
            if any(_url_key(_ld_text(u)) in wanted_urls for u in urls):
                return node
        if candidates:
            return candidates[0]
    return None


def _url_key(url: str | None) -> str:
    """A URL reduced for comparison: no scheme, "www.", fragment or trailing slash.

    >>> _url_key("https://www.example.org/a/#article")
    'example.org/a'
    """
    if not url:
        return ""
    url = re.sub(r"^(?:https?:)?//(?:www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return url.split("#", 1)[0].rstrip("/")


def _id_index(nodes: list[dict[str, Any]]) -> dict[str, dict]:
    index: dict[str, dict] = {}
    for node in nodes:
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            index.setdefault(node_id, node)
    return index


def _resolve(value: Any, index: dict[str, dict]) -> Any:
    """Follow a bare ``{"@id": ...}`` reference to the node it names."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        return index.get(value["@id"], value) if isinstance(value["@id"], str) else value
    return value


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: strings as they are, ``{"@value": ...}`` unwrapped."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value if isinstance(value, str) else None


def _ld_id(value: Any) -> str | None:
    if isinstance(value, dict):
        return _ld_text(value.get("@id")) or _ld_text(value.get("url"))
    return _ld_text(value)


def _ld_names(value: Any, index: dict[str, dict]) -> Iterator[str]:
    """The names of the people or organisations in an author/publisher value."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        item = _resolve(item, index)
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            name = _ld_text(item.get("name"))
            if not name:
                given = _ld_text(item.get("givenName"))
                family = _ld_text(item.get("familyName"))
                name = " ".join(p for p in (given, family) if p) or None
            if name:
                yield name


def _ld_name(value: Any, index: dict[str, dict]) -> str | None:
    return _first([_clean(n) for n in _ld_names(value, index)])


def _ld_website_name(nodes: list[dict[str, Any]]) -> str | None:
    for node in nodes:
        if "website" in _types(node):
            name = _clean(_ld_text(node.get("name")))
            if name:
                return name
    return None
