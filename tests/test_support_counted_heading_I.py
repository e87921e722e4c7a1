"""A count said with what it counts, against a bare number elsewhere in the quote (issue-I).

A statement's figure joined to its noun ("a two-legged snake", "two legs", "deux pattes")
is compared with the quote's figure of that noun: a bare number of the quote (a list's
position, a heading's number, a trailing note, another unit's "in 2 minutes") no longer
passes it where the quote counts the noun otherwise ("four-legged"); one of the two joined
by a hyphen (counted.py `_glued_count_elsewhere`; [numbers] counted_endings make "legged"
and "legs" the same noun). The number opening a quote is judged a list's position on the
quote as written ("2 Four-legged snake fossil discovered" is read "2 4-legged …", names.py
`_opening_list_position`); a heading's number opening a later line stays unread, its
title long or short ("2 Robots that walk better than we thought").

Each case: the right count passes, the wrong one fails (or stays unverified), in English,
French, Spanish and German, across languages both ways."""

import pytest

from factdb.engine.support import claim_supported, read_values

HEADLINE = "2 Four-legged snake fossil discovered"
LEGS = "2 Snake with four legs found in Brazil"
FR_HEADLINE = "3 Un serpent à quatre pattes découvert au Brésil"
ES_HEADLINE = "3 Hallan una serpiente de cuatro patas en Brasil"
TRAILING = "The four-legged robot walks 2"
MINUTES = "The four-legged robot walks in 2 minutes"
FOOTNOTE = "The four-legged robot walks. 2"
HOTEL = "Part 2: the five-star hotel that opened in Brazil"
SECTION = "Introduction.\n2 Robots that walk better than we thought"

CASES = [
    # A list's number opening a headline: the count of legs is four.
    ("The fossil of a two-legged snake was discovered.", HEADLINE, "en", "en", "fail"),
    ("The fossil of a four-legged snake was discovered.", HEADLINE, "en", "en", "pass"),
    ("A snake with two legs was found.", LEGS, "en", "en", "fail"),
    ("A snake with four legs was found.", LEGS, "en", "en", "pass"),
    ("On a découvert le fossile d'un serpent à deux pattes.", HEADLINE, "fr", "en", "fail"),
    ("On a découvert le fossile d'un serpent à quatre pattes.", HEADLINE, "fr", "en", "pass"),
    ("Se descubrió el fósil de una serpiente de dos patas.", HEADLINE, "es", "en", "fail"),
    ("Se descubrió el fósil de una serpiente de cuatro patas.", HEADLINE, "es", "en", "pass"),
    ("Ein Fossil einer Schlange mit zwei Beinen wurde entdeckt.", HEADLINE, "de", "en", "fail"),
    ("Ein Fossil einer Schlange mit vier Beinen wurde entdeckt.", HEADLINE, "de", "en", "pass"),
    ("The two-legged snake was found.", FR_HEADLINE, "en", "fr", "fail"),
    ("The four-legged snake was found.", FR_HEADLINE, "en", "fr", "pass"),
    ("The two-legged snake was found.", ES_HEADLINE, "en", "es", "fail"),
    ("The four-legged snake was found.", ES_HEADLINE, "en", "es", "pass"),
    # A bare number elsewhere in the quote: the count of the statement's noun decides.
    ("The two-legged robot walks.", TRAILING, "en", "en", "fail"),
    ("The robot has two legs.", TRAILING, "en", "en", "fail"),
    ("The four-legged robot walks.", TRAILING, "en", "en", "pass"),
    ("The two-legged robot walks.", MINUTES, "en", "en", "fail"),
    ("The two-legged robot walks.", FOOTNOTE, "en", "en", "fail"),
    ("It is a two-star hotel.", HOTEL, "en", "en", "fail"),
    ("It is a five-star hotel.", HOTEL, "en", "en", "pass"),
    ("C'est un hôtel deux étoiles.", HOTEL, "fr", "en", "fail"),
    ("C'est un hôtel cinq étoiles.", HOTEL, "fr", "en", "pass"),
    ("Le robot à deux pattes marche.", "Le robot à quatre pattes marche. 2", "fr", "fr", "fail"),
    ("Le robot à quatre pattes marche.", "Le robot à quatre pattes marche. 2", "fr", "fr", "pass"),
    ("El robot de dos patas camina.", "El robot de cuatro patas camina. 2", "es", "es", "fail"),
    ("El robot de cuatro patas camina.", "El robot de cuatro patas camina. 2", "es", "es", "pass"),
    # A heading's number opening a later line is no count, its title long or short.
    ("Five robots walk better than we thought.", SECTION, "en", "en", "unverified"),
    ("Cinco robots caminan mejor de lo que pensábamos.", SECTION, "es", "en", "unverified"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "expected"), CASES)
def test_count_of_its_noun(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == expected, got


def test_capitalized_number_word_still_read() -> None:
    """ "Four-legged" opening the title is still the count four."""
    assert [v.text for v in read_values(HEADLINE, "en").values] == ["2", "4"]


@pytest.mark.parametrize(
    ("statement", "quote"),
    [
        # A list that says its noun once: the figure's own words keep it ("35 UMP").
        ("35 députés UMP ont voté.", "10 députés socialistes (sur 288), 35 UMP"),
        # Both said without a hyphen: an elided noun ("the second 2") is no bare number.
        ("The second team scored 2 points.", "The first team scored 10 points, the second 2."),
    ],
)
def test_not_tied_elsewhere(statement: str, quote: str) -> None:
    got = claim_supported(statement, [quote], statement_lang="en" if "team" in statement else "fr")
    assert got.status != "fail" or "goes with" not in got.reason, got
