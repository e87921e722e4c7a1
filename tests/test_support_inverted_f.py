"""An agent and the other party swapped, the figures right: a winner the quote gives only
as the one beaten ([acquire] defeating: "Chelsea beat Arsenal in 2017" against "Arsenal
beat Chelsea in 2017", "a battu", "venció", "derrotou"). Right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Leeds beat Fulham in the 1998 semi-final.",
         "Fulham beat Leeds in the 1998 semi-final.", "en", "en", "fail"),
        ("Leeds a battu Fulham en demi-finale en 1998.",
         "Fulham beat Leeds in the 1998 semi-final.", "fr", "en", "fail"),
        ("Leeds venció a Fulham en la semifinal de 1998.",
         "Fulham derrotou Leeds na semifinal de 1998.", "es", "pt", "fail"),
        ("Fulham beat Leeds in the 1998 semi-final.",
         "Fulham a battu Leeds en demi-finale en 1998.", "en", "fr", "pass"),
        ("Fulham defeated Leeds in the 1998 semi-final.",
         "Fulham beat Leeds in the 1998 semi-final.", "en", "en", "pass"),
        ("Kellerman donated $800 to the Mora fund in 2012.",
         "Kellerman donated $800 to the Mora fund in 2012.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_agent_swapped(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
