"""Text-fragment links (`#:~:text=`) that make a browser scroll to a quote on the live page.

Follows the WICG "URL Fragment Text Directives" draft: a directive is
`text=[prefix-,]start[,end][,-suffix]`; `-`, `,` and `&` inside a term are syntax, so they
must be percent-encoded (`urllib.parse.quote` leaves `-` alone, so it is encoded here), and
each term only matches inside one block of the page, so a quote spanning blocks (its
reading text holds a line break) becomes the `start,end` form. Pure functions: strings in,
strings out.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

#: How many words of context a prefix or suffix term carries, when one is needed.
CONTEXT_WORDS = 3


def encode_term(term: str) -> str:
    """Percent-encode one term of a text directive.

    >>> encode_term("3.67 percent, non-proliferation & more")
    '3.67%20percent%2C%20non%2Dproliferation%20%26%20more'
    """
    return quote(term, safe="").replace("-", "%2D")


def _clean(term: str) -> str:
    # Browsers match against rendered text, where runs of whitespace are one space.
    return " ".join(term.split())


def _context_before(prefix: str) -> str:
    block = prefix.rsplit("\n", 1)[-1]
    return " ".join(block.split()[-CONTEXT_WORDS:])


def _context_after(suffix: str) -> str:
    block = suffix.split("\n", 1)[0]
    return " ".join(block.split()[:CONTEXT_WORDS])


def text_directive(exact: str, prefix: str = "", suffix: str = "", *, page_text: str = "") -> str:
    """The `text=...` directive that selects `exact` (the page's own reading-text slice).

    A quote inside one block is matched whole; a quote spanning blocks uses its first and
    last block as `start,end`. When `page_text` shows the quote more than once, the
    directive adds up to three words of `prefix-` and `-suffix` context from the same
    blocks, so the browser picks the right occurrence.

    >>> text_directive("beyond 3.67 percent")
    'text=beyond%203.67%20percent'
    >>> text_directive("ONE STEP FORWARD\\nIn an August 26 press conference")
    'text=ONE%20STEP%20FORWARD,In%20an%20August%2026%20press%20conference'
    >>> page = "on August 28 ... As Araqchi explained on August 28, if Iran"
    >>> text_directive("August 28", "As Araqchi explained on ", ", if Iran", page_text=page)
    'text=Araqchi%20explained%20on-,August%2028,-%2C%20if%20Iran'
    """
    blocks = [b for b in (_clean(part) for part in exact.split("\n")) if b]
    if not blocks:
        raise ValueError("a text fragment needs a non-empty quote")
    terms = [encode_term(blocks[0])]
    if len(blocks) > 1:
        terms.append(encode_term(blocks[-1]))
    if page_text and _occurrences(page_text, blocks[0]) > 1:
        before = _context_before(prefix)
        # Punctuation stays: only whitespace may stand between the quote and its suffix.
        after = _context_after(suffix)
        if before:
            terms.insert(0, encode_term(before) + "-")
        if after:
            terms.append("-" + encode_term(after))
    return "text=" + ",".join(terms)


def _occurrences(text: str, term: str) -> int:
    # The spec matches case-insensitively; fold both sides the same way.
    hay = " ".join(text.split()).casefold()
    needle = term.casefold()
    count, at = 0, hay.find(needle)
    while at >= 0:
        count += 1
        at = hay.find(needle, at + 1)
    return count


def fragment_url(
    url: str, exact: str, prefix: str = "", suffix: str = "", *, page_text: str = ""
) -> str:
    """`url` with a text fragment that scrolls to `exact`; a page fragment is kept before it.

    >>> fragment_url("https://example.org/a#top", "a-b")
    'https://example.org/a#top:~:text=a%2Db'
    """
    parts = urlsplit(url)
    fragment = parts.fragment.split(":~:", 1)[0]
    directive = text_directive(exact, prefix, suffix, page_text=page_text)
    return urlunsplit(parts._replace(fragment=f"{fragment}:~:{directive}"))


__all__ = ["encode_term", "fragment_url", "text_directive"]
