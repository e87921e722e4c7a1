"""A quote copied whole as its statement supports itself: on every sentence of every corpus
page, read in the page's language, the "claim supported" engine never says fail or warn.

A verbatim statement is the commonest claim there is (an analyst pastes the sentence), and
a fail on it is a false alarm no reader can explain. The engine reads the two sides apart
(the statement as a statement, the quote as a quote), so what it drops or ties on one side
must be dropped or tied alike on the other: this holds it to that on real text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factdb.engine.metadata import extract_metadata
from factdb.engine.support import claim_supported
from factdb.engine.text import extract

CORPUS = Path(__file__).parent / "data" / "corpus"
#: Sentences as a reader cuts them: after a sentence's end mark and at each line's end.
SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n")


def _sentences(page: Path) -> tuple[str | None, list[str]]:
    raw = page.read_bytes()
    layer = extract(raw)
    lang = extract_metadata(raw.decode(layer.charset or "utf-8", "replace")).language
    return lang, [s for s in SENTENCE_END.split(layer.text) if len(s.strip()) >= 8]


PAGES = sorted(CORPUS.glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_sentence_of_a_corpus_page_supports_itself(page: Path) -> None:
    lang, sentences = _sentences(page)
    wrong = []
    for sentence in sentences:
        result = claim_supported(sentence, [sentence], statement_lang=lang, quote_lang=lang)
        if result.status in ("fail", "warn"):
            wrong.append(f"{result.status}: {sentence[:80]!r}: {result.reason[:160]}")
    assert not wrong, "\n".join(wrong)


def test_the_corpus_gives_sentences_with_figures_to_compare() -> None:
    """The property above is no empty one: many sentences pass on compared elements."""
    assert len(PAGES) >= 40
    compared = 0
    for page in PAGES[:20]:
        lang, sentences = _sentences(page)
        for sentence in sentences:
            result = claim_supported(sentence, [sentence], statement_lang=lang, quote_lang=lang)
            compared += result.status == "pass"
    assert compared >= 200


@pytest.mark.parametrize(
    ("text", "lang", "compared"),
    [
        # Figures in brackets with no words of their own before them name no holders.
        ("VALUES (200), (400), (404), (500)", "en", ["200", "400", "404", "500"]),
        ("Die Codes (200), (301), (404) zählen", "de", ["200", "301", "404"]),
        # A list's number is no figure whose clause a negation belongs to.
        ("4 パジャマはもういらない。裸で寝る 3/8(水) 13:30", "ja", ["3/8"]),
    ],
)
def test_verbatim_sentences_that_once_failed(text: str, lang: str, compared: list[str]) -> None:
    result = claim_supported(text, [text], statement_lang=lang, quote_lang=lang)
    assert result.status == "pass", result.reason
    assert [e.statement for e in result.elements if e.kind != "negation"] == compared


@pytest.mark.parametrize(
    ("statement", "quote", "slang", "qlang", "status"),
    [
        # A name's or a code's number the quote writes otherwise: not compared by any reader,
        # so never passed over for a pass on the figures beside it.
        (
            "Strada Statale 164 is known as the road of 1,000 bends.",
            "Strada Statale 163 is known as the road of 1,000 bends.",
            "en",
            "en",
            "unverified",
        ),
        (
            "Le Monde | 04.05.2015 à 13h37",
            "Le Monde | 04.05.2015 à 13h36",
            "fr",
            "fr",
            "unverified",
        ),
        ("CNET Japan 3/9(木) 19:45配信", "CNET Japan 3/9(木) 18:45配信", "ja", "ja", "unverified"),
        (
            "Die Karte hat zwei Steckplätze für M.3 und kostet 50 Euro.",
            "Die Karte hat zwei Steckplätze für M.2 und kostet 50 Euro.",
            "de",
            "de",
            "unverified",
        ),
        # A code read in part ("2012" of "2012-21-08"): its other digits are compared too.
        ("Retrieved 2012-21-08.", "Retrieved 2012-08-21.", "en", "en", "unverified"),
        ("Retrieved 2012-08-21.", "Retrieved 2012-08-21.", "en", "en", "pass"),
        # Across languages the name is written alike.
        (
            "El ThinkPad X1 Carbon Gen 11 cuesta 2.000 dólares.",
            "The ThinkPad X1 Carbon Gen 10 costs $2,000.",
            "es",
            "en",
            "unverified",
        ),
        # The same name on both sides, or a name the quote does not give at all (the
        # statement's own context), leaves the figures to decide.
        (
            "El ThinkPad X1 Carbon Gen 10 cuesta 2.000 dólares.",
            "The ThinkPad X1 Carbon Gen 10 costs $2,000.",
            "es",
            "en",
            "pass",
        ),
        ("The V8 team cut memory use by 20%.", "We cut memory use by 20%.", "en", "en", "pass"),
        ("Le Monde | 04.05.2015 à 13h36", "Le Monde | 04.05.2015 à 13h36", "fr", "fr", "pass"),
        # A misstated figure still fails.
        (
            "Strada Statale 163 is known as the road of 2,000 bends.",
            "Strada Statale 163 is known as the road of 1,000 bends.",
            "en",
            "en",
            "fail",
        ),
    ],
)
def test_a_names_number_the_quote_writes_otherwise_is_unverified(
    statement: str, quote: str, slang: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason
    if status == "unverified":
        assert [e.kind for e in result.elements].count("identifier") == 1


def test_names_numbers_are_looked_up_up_to_a_cap() -> None:
    """Each name's or code's number is looked up in the whole quote, so a statement's are
    looked up up to a cap (the work stays linear); past it, the claim needs review."""
    statement = "The kit costs 5 euros: " + ", ".join(f"part X{i}7" for i in range(60)) + "."
    quote = "The kit costs 5 euros: " + ", ".join(f"part X{i}7" for i in range(60)) + "."
    result = claim_supported(statement, [quote], statement_lang="en", quote_lang="en")
    assert result.status == "unverified", result.reason
    assert "only the first were looked up" in result.reason
    short = "The kit costs 5 euros: part X17, part X27."
    assert claim_supported(short, [short], statement_lang="en", quote_lang="en").status == "pass"
