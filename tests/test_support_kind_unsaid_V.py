"""A kind the statement says the figure's holder is ("Tāne Mahuta … é uma baleia": a
copula and an indefinite article before a member of a closed set, [kind_said] of each
language) where the quote's sentence names no member of that set at all ("the giant Tāne
Mahuta, which may be 2,000 years old"): the figure is the quote's, but what holds it is
not said, so the statement is unverified, in one language and across two. A quote that
names the same kind, in any language ("écolière" for "schoolgirl"), passes; a statement
that says no kind is untouched."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


_KAURI = "The Old Giant, a kauri in Northland, is about 200 years old."
_BOWHEAD = "The Old Giant, a bowhead whale, is about 200 years old."

_UNSAID = [
    (
        "Tāne Mahuta, que pode ter 2.000 anos, é uma baleia venerada pelos maoris.",
        "threatening the giant Tāne Mahuta, which may be 2,000 years old",
        "pt",
        "en",
        "baleia",
    ),
    (
        "Tāne Mahuta, which may be 2,000 years old, is a whale revered by Māori.",
        "threatening the giant Tāne Mahuta, which may be 2,000 years old",
        "en",
        "en",
        "whale",
    ),
    ("The Old Giant is a whale that is about 200 years old.", _KAURI, "en", "en", "whale"),
    ("El Viejo Gigante es una ballena de unos 200 años.", _KAURI, "es", "en", "ballena"),
    ("Le Vieux Géant est une baleine de 200 ans environ.", _KAURI, "fr", "en", "baleine"),
    (
        "Der Alte Riese ist ein Wal von etwa 200 Jahren.",
        "Der Alte Riese, ein Kauri-Baum, ist etwa 200 Jahre alt.",
        "de",
        "de",
        "Wal",
    ),
    (
        "The Old Giant is a whale about 200 years old.",
        "Le Vieux Géant, un kauri du Northland, a environ 200 ans.",
        "en",
        "fr",
        "whale",
    ),
    ("老巨人是一头鲸，大约有200岁。", _KAURI, "zh", "en", "鲸"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "word"), _UNSAID)
def test_kind_unsaid_is_unverified(
    statement: str, quote: str, lang: str, quote_lang: str, word: str
) -> None:
    status, reason = _support(statement, quote, lang, quote_lang)
    assert status == "unverified", reason
    assert word in reason and "not said" in reason


_PASSES = [
    ("The Old Giant is a whale about 200 years old.", _BOWHEAD, "en", "en"),
    ("El Viejo Gigante es una ballena de unos 200 años.", _BOWHEAD, "es", "en"),
    (
        "Le Vieux Géant est une baleine de 200 ans environ.",
        "The Old Giant, a whale seen off Alaska, is about 200 years old.",
        "fr",
        "en",
    ),
    (
        "The Old Giant is a whale about 200 years old.",
        "El Viejo Gigante, una ballena de Alaska, tiene unos 200 años.",
        "en",
        "es",
    ),
    # The same kind in another language's words ("écolière", "Schülerin" for "schoolgirl").
    (
        "Jessica Lawson était une écolière de 12 ans.",
        "Yorkshire schoolgirl, Jessica Lawson, 12, dies on French trip",
        "fr",
        "en",
    ),
    (
        "Jessica Lawson war eine Schülerin von 12 Jahren.",
        "Yorkshire schoolgirl, Jessica Lawson, 12, dies on French trip",
        "de",
        "en",
    ),
    (
        "Jessica Lawson was a schoolgirl aged 12.",
        "Jessica Lawson, une écolière du Yorkshire âgée de 12 ans, est morte en France.",
        "en",
        "fr",
    ),
    # No kind said of the holder: the figure alone is compared.
    ("The Old Giant is about 200 years old.", _KAURI, "en", "en"),
    (
        "About 300 whales beach themselves each year.",
        "an average of 300 individual animals beaching themselves each year",
        "en",
        "en",
    ),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang"), _PASSES)
def test_kind_said_or_not_claimed_passes(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    status, reason = _support(statement, quote, lang, quote_lang)
    assert status == "pass", reason
