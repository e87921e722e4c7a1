"""Two dated events in one sentence of a quote, each in its own clause (issue 13, class W):
a statement that gives each event the other's date, or dates one event by the other's, was
passed across languages ("Die Soldaten stürmten den Palast 2013" for "Islamists came to
power in 2013, and soldiers stormed the palace in 2014"): only one language's words tied a
date to its clause. The clause of the other date that tells the statement's event by its
[event_meanings] (across languages) or words now fails it, or leaves it to a person when
the tie is thin; right paraphrases, passive ones too, keep passing."""

from datetime import date

import pytest

from factdb.engine.support import claim_supported

_PUBLISHED = date(2020, 1, 1)

_PALACE = "Islamists came to power in 2013, and soldiers stormed the palace in 2014."
_PALAST = "Die Islamisten kamen 2013 an die Macht, und Soldaten stürmten 2014 den Palast."
_PALACIO = "Los islamistas llegaron al poder en 2013 y los soldados asaltaron el palacio en 2014."
_EMBARGO = "Clinton imposed the embargo in the mid-1990s and Bin Laden lived in Khartoum in 1997."


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(
        statement, [quote], _PUBLISHED, statement_lang=lang, quote_lang=quote_lang
    ).status


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        (
            "Islamists came to power in 2014, and soldiers stormed the palace in 2013.",
            _PALACE,
            "en",
            "en",
        ),
        ("The palace was stormed by soldiers in 2013.", _PALACE, "en", "en"),
        (
            "Die Islamisten kamen 2014 an die Macht, und Soldaten stürmten 2013 den Palast.",
            _PALACE,
            "de",
            "en",
        ),
        ("Die Soldaten stürmten den Palast 2013.", _PALACE, "de", "en"),
        ("Der Palast wurde 2013 von Soldaten gestürmt.", _PALACE, "de", "en"),
        (
            "Los islamistas llegaron al poder en 2014 y los soldados asaltaron el palacio en 2013.",
            _PALACE,
            "es",
            "en",
        ),
        (
            "Les islamistes sont arrivés au pouvoir en 2014 et les soldats ont pris d'assaut "
            "le palais en 2013.",
            _PALACE,
            "fr",
            "en",
        ),
        ("Les soldats ont pris d'assaut le palais en 2013.", _PALACE, "fr", "en"),
        (
            "Islamists came to power in 2014, and soldiers stormed the palace in 2013.",
            _PALAST,
            "en",
            "de",
        ),
        ("Soldiers stormed the palace in 2013.", _PALACIO, "en", "es"),
    ],
)
def test_swapped_event_dates_fail(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        (
            "Islamists came to power in 2013, and soldiers stormed the palace in 2014.",
            _PALACE,
            "en",
            "en",
        ),
        ("The palace was stormed by soldiers in 2014.", _PALACE, "en", "en"),
        (
            "Die Islamisten kamen 2013 an die Macht, und Soldaten stürmten 2014 den Palast.",
            _PALACE,
            "de",
            "en",
        ),
        ("Die Soldaten stürmten den Palast 2014.", _PALACE, "de", "en"),
        ("Der Palast wurde 2014 von Soldaten gestürmt.", _PALACE, "de", "en"),
        (
            "Los islamistas llegaron al poder en 2013 y los soldados asaltaron el palacio en 2014.",
            _PALACE,
            "es",
            "en",
        ),
        (
            "Les islamistes sont arrivés au pouvoir en 2013 et les soldats ont pris d'assaut "
            "le palais en 2014.",
            _PALACE,
            "fr",
            "en",
        ),
        (
            "Islamists came to power in 2013, and soldiers stormed the palace in 2014.",
            _PALAST,
            "en",
            "de",
        ),
        ("Soldiers stormed the palace in 2014.", _PALACIO, "en", "es"),
        (
            "Clinton imposed the embargo in the mid-1990s and Bin Laden lived in Khartoum in 1997.",
            _EMBARGO,
            "en",
            "en",
        ),
        (
            "Clinton verhängte das Embargo Mitte der 1990er Jahre, und Bin Laden lebte 1997 "
            "in Khartum.",
            _EMBARGO,
            "de",
            "en",
        ),
    ],
)
def test_right_event_dates_pass(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "pass"
