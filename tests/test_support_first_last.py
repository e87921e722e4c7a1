"""The first of a series against the last: "the first major attack" for "the last major
attack" says the opposite, in English, German, French, Spanish and Portuguese and across
them ([polarity] order); "the first time", "the last year" and the like are not read so."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

QUOTE = "The last big flood in the valley was in 1987, when the river rose above the bridge."


def _result(statement: str, quote: str, s_lang: str, q_lang: str) -> tuple[str, str]:
    r = claim_supported(statement, [quote], None, statement_lang=s_lang, quote_lang=q_lang)
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        ("The 1987 flood was the first big flood in the valley.", QUOTE, "en", "en"),
        ("Die Flut von 1987 war die erste große Flut im Tal.", QUOTE, "de", "en"),
        ("La crue de 1987 fut la première grande crue de la vallée.", QUOTE, "fr", "en"),
        (
            "La inundación de 1987 fue la primera gran inundación del valle.",
            "La última gran inundación del valle fue en 1987.",
            "es",
            "es",
        ),
        (
            "A cheia de 1987 foi a primeira grande cheia do vale.",
            "A última grande cheia do vale foi em 1987.",
            "pt",
            "pt",
        ),
    ],
)
def test_the_first_for_the_last_fails(statement: str, quote: str, s_lang: str, q_lang: str) -> None:
    status, reason = _result(statement, quote, s_lang, q_lang)
    assert status == "fail", reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        ("The last big flood in the valley was in 1987.", QUOTE, "en", "en"),
        ("Die letzte große Flut im Tal gab es 1987.", QUOTE, "de", "en"),
        # "the last year", "the first time": no place in a series.
        (
            "The river rose above the bridge in 1987.",
            "In 1987, the last year of the old dam, the river rose above the bridge.",
            "en",
            "en",
        ),
        (
            "The first big flood in the valley was in 1987.",
            "The first big flood in the valley was in 1987; the last two came later.",
            "en",
            "en",
        ),
    ],
)
def test_the_same_end_of_the_series_passes(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    status, reason = _result(statement, quote, s_lang, q_lang)
    assert status == "pass", reason
