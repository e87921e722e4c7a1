"""Across languages, a figure is whose sentence says what the statement's words mean
([event_meanings]), not whose sentence holds a lone cognate of the statement's noun
(holdout16's fr-bbc-h16-002, holdout43's de-bbc-h43-011). "Durch bewaffnete Gewalt wurden
Tausende Europäer getötet" for "the Europeans killed by terrorism, it is about 40. … those
killed by armed violence, it is in the thousands": "Europäer" meets "Europeans" beside 40,
but "bewaffnete Gewalt" (arms, violence) is the thousands' sentence; a statement that gives
the thousands to terrorism still fails. The other way round, a statement whose meanings
only the other figure's sentence says is for a person to read, never a pass ("la violence
armée a tué une quarantaine d'Européens")."""

import pytest

from factdb.engine.support import claim_supported

QUOTE = (
    "If you count the Europeans killed by terrorism, it is about 40. If you count those "
    "that have been killed by armed violence, it is in the thousands."
)
FIGURES = (
    "If you look at the number of Europeans killed by terrorism since 2005, it is about 40. "
    "If you look at the number that died in armed violence, it is over 3,000."
)


def _status(statement: str, quote: str, lang: str, quote_lang: str = "en") -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Armed violence has killed thousands of Europeans.", "en", QUOTE),
        ("Durch bewaffnete Gewalt wurden Tausende Europäer getötet.", "de", QUOTE),
        ("Selon l'étude, la violence armée a tué des milliers d'Européens.", "fr", QUOTE),
        ("La violencia armada ha matado a miles de europeos.", "es", QUOTE),
        ("La violence armée a tué plus de 3 000 Européens depuis 2005.", "fr", FIGURES),
        ("Bewaffnete Gewalt hat seit 2005 über 3000 Europäer getötet.", "de", FIGURES),
        ("Le terrorisme a tué environ 40 Européens depuis 2005.", "fr", FIGURES),
        ("Der Terrorismus hat seit 2005 etwa 40 Europäer getötet.", "de", FIGURES),
    ],
)
def test_the_meaning_of_the_statement_ties_the_figure(
    statement: str, lang: str, quote: str
) -> None:
    assert _status(statement, quote, lang) == "pass"


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Terrorism has killed thousands of Europeans.", "en", QUOTE),
        ("Durch Terrorismus wurden Tausende Europäer getötet.", "de", QUOTE),
        ("Selon l'étude, le terrorisme a tué des milliers d'Européens.", "fr", QUOTE),
        ("Der Terrorismus hat seit 2005 über 3000 Europäer getötet.", "de", FIGURES),
    ],
)
def test_the_other_figures_meaning_still_fails(statement: str, lang: str, quote: str) -> None:
    assert _status(statement, quote, lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Selon l'étude, la violence armée a tué une quarantaine d'Européens.", "fr", QUOTE),
        ("Durch bewaffnete Gewalt wurden etwa 40 Europäer getötet.", "de", QUOTE),
        ("La violence armée a tué une quarantaine d'Européens depuis 2005.", "fr", FIGURES),
        ("Bewaffnete Gewalt hat seit 2005 etwa 40 Europäer getötet.", "de", FIGURES),
        ("Le terrorisme a tué plus de 3 000 Européens depuis 2005.", "fr", FIGURES),
        ("El terrorismo ha matado a más de 3.000 europeos desde 2005.", "es", FIGURES),
    ],
)
def test_a_figure_of_another_meaning_is_never_a_pass(statement: str, lang: str, quote: str) -> None:
    assert _status(statement, quote, lang) in ("fail", "unverified")


def test_two_figures_of_the_statement_keep_their_own_meanings() -> None:
    statement = (
        "Según el estudio, el terrorismo ha matado a unos 40 europeos y la violencia armada "
        "a miles."
    )
    assert _status(statement, QUOTE, "es") == "pass"


def test_a_sentence_of_two_figures_ties_no_meaning_to_either() -> None:
    quote = (
        "Die Firma kommt auf eine Quote von 96 Prozent. Sie verbraucht 70 Prozent weniger "
        "Energie und senkt die Kosten um 40 Prozent."
    )
    assert _status("La firma gasta un 40 % menos de energía.", quote, "es", "de") != "pass"
    assert _status("A firma gasta 40 % menos energia.", quote, "pt", "de") != "pass"
