"""A figure the quote gives to one person, thing or period, named in the same quote as the
statement's, is not the statement's (holdout41's false passes of the class "the figure is
right, its holder is another"): never a pass, and a fail where the quote clearly ties it to
the other.

1. A lone time or measure of a person (`_held_by_another`): the person right before the
   quote's figure is another, and the statement's person stands apart ("Kudla … mit 6,14m
   durch. 2. wurde Gallego Gamez" for "Gallego Gamez gewann mit 6,14 m")."""

import pytest

from factdb.engine.support import claim_supported

RESULTS = (
    "Anna Weber (TSV Kiel) took the title with 6.42 m. Second was Maria Lopez, ahead of Jana Roth."
)
SPRINT = (
    "Jonas Albrecht (SC Potsdam) lief mit 21,84 sek die schnellste Zeit vor Tom Becker aus Rostock."
)
COURSE = "Claire Dubois (AS Lyon) a gagné en 11,93 secondes, devant Lucie Martin."


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("Maria Lopez won the long jump with 6.42 m.", RESULTS, "en", "en", "fail"),
        ("Anna Weber won the long jump with 6.42 m.", RESULTS, "en", "en", "pass"),
        ("Tom Becker lief in 21,84 sek.", SPRINT, "de", "de", "fail"),
        ("Jonas Albrecht lief in 21,84 sek.", SPRINT, "de", "de", "pass"),
        ("Lucie Martin a couru en 11,93 secondes.", COURSE, "fr", "fr", "fail"),
        ("Claire Dubois a couru en 11,93 secondes.", COURSE, "fr", "fr", "pass"),
        ("Tom Becker ran in 21.84 seconds.", SPRINT, "en", "de", "fail"),
        ("Jonas Albrecht ran in 21.84 seconds.", SPRINT, "en", "de", "pass"),
    ],
)
def test_lone_figure_of_another_person(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == expected


def test_person_after_the_figure_is_no_holder() -> None:
    # "vor Fabian Clarkson" after the time: the winner before it holds it.
    quote = "Felix Hüttig (LAC Berlin) siegte in 8:41,07 min vor Fabian Meyer."
    assert _status("Hüttig won in 8:41.07.", quote, "en", "de") == "pass"
    # A whole number of metres is a race's distance, no one's result.
    quote = "Louise Wieland gewann über 60 m. Anna Roth (LG Nord) lief die 60 m als Zweite."
    assert _status("Louise Wieland gewann über 60 m.", quote, "de", "de") != "fail"
