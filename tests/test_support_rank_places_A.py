"""A rank word before a plural noun of places is a rank (issue-A; en.toml [ranks]
before_nouns "places"): "First places in the 400 m went to LG Nord" says what "Die 1.
Plätze der 400 Meter" says, as "first place" and "premières places" already did; another
rank fails. Other languages read their plurals already (premières places, primeros puestos,
primeiros lugares, ersten Plätze): checked here against the English reading."""

import pytest

from factdb.engine.support import claim_supported

BERLIN = "Die 1. Plätze der 400 Meter gingen bei den Frauen und WU20 zur LG Nord nach Berlin."
BERLIN_EN = "LG Nord took first places in the women's 400 m."

CASES = [
    ("First places in the 400 m went to LG Nord.", BERLIN, "en", "de", "pass"),
    ("Second places in the 400 m went to LG Nord.", BERLIN, "en", "de", "fail"),
    ("LG Nord took first places in the 400 m.", BERLIN_EN, "en", "en", "pass"),
    ("LG Nord took third places in the 400 m.", BERLIN_EN, "en", "en", "fail"),
    ("Les premières places du 400 m sont allées à la LG Nord.", BERLIN_EN, "fr", "en", "pass"),
    ("Les deuxièmes places du 400 m sont allées à la LG Nord.", BERLIN_EN, "fr", "en", "fail"),
    ("Die ersten Plätze über 400 Meter gingen an die LG Nord.", BERLIN_EN, "de", "en", "pass"),
    ("Die dritten Plätze über 400 Meter gingen an die LG Nord.", BERLIN_EN, "de", "en", "fail"),
    ("Os primeiros lugares dos 400 metros ficaram com a LG Nord.", BERLIN_EN, "pt", "en", "pass"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "expected"), CASES)
def test_rank_places(statement: str, quote: str, lang: str, quote_lang: str, expected: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == expected, got.reason
