"""Text-fragment links: WICG escaping, and a small implementation of the spec's matching.

`find_fragment` below follows "URL Fragment Text Directives" (WICG): percent-decode the
terms, then find the first range where `prefix` (followed by whitespace) comes right
before `start`, `end` comes after `start`, and `suffix` comes right after (whitespace
between). Each term must lie inside one block: in the reading text blocks are lines.
Matching ignores case. It runs on the text layer of the bundled seed page, for every
seed claim of `sources/claims.yaml`.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from factdb.engine.anchor import locate
from factdb.engine.fragments import encode_term, fragment_url, text_directive
from factdb.engine.text import extract

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sources" / "policywatch-3172.html"
CLAIMS = yaml.safe_load((ROOT / "sources" / "claims.yaml").read_text(encoding="utf-8"))
URL = "https://washingtoninstitute.org/policy-analysis/view/is-iran-negotiating-its-way-to-negotiations"


def parse_directive(url: str) -> tuple[str | None, str, str | None, str | None]:
    """(prefix, start, end, suffix) of the `text=` directive in `url`, percent-decoded."""
    fragment = urlsplit(url).fragment
    directive = fragment.split(":~:", 1)[1]
    assert directive.startswith("text=")
    raw = directive[len("text=") :].split(",")
    # Unescaped '-', ',' and '&' would be syntax: the encoder must never leave them in a term.
    prefix = unquote(raw.pop(0)[:-1]) if raw[0].endswith("-") else None
    suffix = unquote(raw.pop()[1:]) if raw[-1].startswith("-") else None
    for term in raw:
        assert "-" not in term and "&" not in term
    start = unquote(raw[0])
    end = unquote(raw[1]) if len(raw) > 1 else None
    return prefix, start, end, suffix


def _find_in_block(text: str, term: str, pos: int) -> tuple[int, int] | None:
    """The first match of `term` at or after `pos` that stays inside one block (line)."""
    pattern = r"\s+".join(re.escape(word) for word in term.split())
    for m in re.finditer(pattern, text[pos:], re.IGNORECASE):
        s, e = pos + m.start(), pos + m.end()
        if "\n" not in text[s:e]:
            return s, e
    return None


def find_fragment(text: str, url: str) -> tuple[int, int] | None:
    """The range of `text` the text fragment of `url` selects (first match), or None."""
    prefix, start, end, suffix = parse_directive(url)
    pos = 0
    while True:
        if prefix is not None:
            found = _find_in_block(text, prefix, pos)
            if found is None:
                return None
            pos = found[0] + 1
            gap = re.match(r"[ \t]*", text[found[1] :])
            assert gap is not None
            s_at = found[1] + gap.end()
            hit = _find_in_block(text, start, s_at)
            if hit is None or hit[0] != s_at:
                continue
        else:
            hit = _find_in_block(text, start, pos)
            if hit is None:
                return None
            pos = hit[0] + 1
        s, e = hit
        if end is not None:
            tail = _find_in_block(text, end, e)
            if tail is None:
                return None
            e = tail[1]
        if suffix is not None:
            gap = re.match(r"[ \t]*", text[e:])
            assert gap is not None
            after = _find_in_block(text, suffix, e + gap.end())
            if after is None or after[0] != e + gap.end():
                continue
        return s, e


@pytest.fixture(scope="module")
def seed_layer():
    return extract(SEED.read_bytes())


@pytest.mark.parametrize("claim", CLAIMS, ids=[c["id"] for c in CLAIMS])
def test_fragment_of_each_seed_claim_finds_its_quote(seed_layer, claim: dict) -> None:
    span = locate(
        seed_layer,
        claim["quote"],
        prefix=claim.get("prefix"),
        suffix=claim.get("suffix"),
        occurrence=claim.get("occurrence"),
    )
    url = fragment_url(URL, span.exact, span.prefix, span.suffix, page_text=seed_layer.text)
    assert url.startswith(URL + "#:~:text=")
    found = find_fragment(seed_layer.text, url)
    assert found == (span.text_start, span.text_end)


def test_repeated_quote_gets_prefix_and_suffix_that_pick_the_right_one(seed_layer) -> None:
    claim = next(c for c in CLAIMS if c["id"] == "araqchi-explained-date")
    span = locate(seed_layer, claim["quote"], prefix=claim["prefix"], suffix=claim["suffix"])
    plain = fragment_url(URL, span.exact)
    assert find_fragment(seed_layer.text, plain) != (span.text_start, span.text_end)
    url = fragment_url(URL, span.exact, span.prefix, span.suffix, page_text=seed_layer.text)
    prefix, start, end, suffix = parse_directive(url)
    assert (prefix, start, end, suffix) == (
        "Araqchi explained on",
        "August 28",
        None,
        ", if Iran’s",
    )
    assert find_fragment(seed_layer.text, url) == (span.text_start, span.text_end)


def test_quote_across_blocks_uses_start_end_form() -> None:
    layer = extract(b"<p>Alpha beta gamma.</p><p>Middle block.</p><p>Delta epsilon.</p>")
    span = locate(layer, "gamma. Middle block. Delta")
    assert "\n" in span.exact
    url = fragment_url("https://example.org/p", span.exact)
    assert url == "https://example.org/p#:~:text=gamma.,Delta"
    assert find_fragment(layer.text, url) == (span.text_start, span.text_end)
    # The whole quote as one term would match nothing: a term stays inside one block.
    whole = "https://example.org/p#:~:text=" + encode_term(" ".join(span.exact.split()))
    assert find_fragment(layer.text, whole) is None


@pytest.mark.parametrize(
    ("term", "encoded"),
    [
        ("low-enriched", "low%2Denriched"),
        ("France, and Russia", "France%2C%20and%20Russia"),
        ("Q&A", "Q%26A"),
        ("“roadmap”", "%E2%80%9Croadmap%E2%80%9D"),
        ("50% (JCPOA)", "50%25%20%28JCPOA%29"),
    ],
)
def test_terms_escape_dash_comma_ampersand(term: str, encoded: str) -> None:
    assert encode_term(term) == encoded
    assert unquote(encoded) == term


def test_existing_page_fragment_is_kept_and_old_directive_replaced() -> None:
    assert (
        fragment_url("https://example.org/a#sec:~:text=old", "new words")
        == "https://example.org/a#sec:~:text=new%20words"
    )


def test_empty_quote_is_refused() -> None:
    with pytest.raises(ValueError):
        text_directive(" \n ")
