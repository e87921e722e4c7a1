"""News and policy meanings of [event_meanings] (fire, flood, car, train, …): across
languages, the figure is whose sentence says what the statement's words mean. "Durch Feuer
wurden Tausende Europäer getötet" for "the Europeans killed by floods, it is about 40. …
killed by fires, it is in the thousands": "Europäer" meets "Europeans" beside 40, but
"Feuer" (fire) is the thousands' sentence; the flood's thousands still fail, and a figure
whose sentence says another meaning is never a pass ("accidentes de coche" for the
train's 60)."""

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.words import _meaning_of

FLOODS = (
    "If you count the Europeans killed by floods, it is about 40. If you count those "
    "that have been killed by fires, it is in the thousands."
)
CRASHES = (
    "If you count the Canadians who died in car crashes last year, it is about 1,800. "
    "If you count those who died in train accidents, it is about 60."
)


def _status(statement: str, quote: str, lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang="en").status


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Durch Feuer wurden Tausende Europäer getötet.", "de", FLOODS),
        ("Les incendies ont tué des milliers d'Européens.", "fr", FLOODS),
        ("Los incendios han matado a miles de europeos.", "es", FLOODS),
        ("Os incêndios mataram milhares de europeus.", "pt", FLOODS),
        ("火灾造成数千名欧洲人死亡。", "zh", FLOODS),
        ("Durch Hochwasser wurden etwa 40 Europäer getötet.", "de", FLOODS),
        ("Les inondations ont tué une quarantaine d'Européens.", "fr", FLOODS),
        ("Unos 60 canadienses murieron en accidentes de tren.", "es", CRASHES),
        ("Bei Zugunglücken starben etwa 60 Kanadier.", "de", CRASHES),
        ("Cerca de 1.800 canadenses morreram em acidentes de carro.", "pt", CRASHES),
    ],
)
def test_the_new_meaning_ties_the_right_figure(statement: str, lang: str, quote: str) -> None:
    assert _status(statement, quote, lang) == "pass"


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Durch Hochwasser wurden Tausende Europäer getötet.", "de", FLOODS),
        ("Les inondations ont tué des milliers d'Européens.", "fr", FLOODS),
        ("Durch Feuer wurden etwa 40 Europäer getötet.", "de", FLOODS),
        ("洪水造成数千名欧洲人死亡。", "zh", FLOODS),
        ("Unos 60 canadienses murieron en accidentes de coche.", "es", CRASHES),
        ("Une soixantaine de Canadiens sont morts dans des accidents de voiture.", "fr", CRASHES),
        ("Cerca de 1.800 canadenses morreram em acidentes de trem.", "pt", CRASHES),
    ],
)
def test_the_other_meanings_figure_is_never_a_pass(statement: str, lang: str, quote: str) -> None:
    assert _status(statement, quote, lang) in ("fail", "unverified")


@pytest.mark.parametrize(
    "word",
    ["care", "cardinal", "Beispiel", "Autobahn", "different", "electrical", "gesetzt", "policy"],
)
def test_short_beginnings_meet_no_unrelated_word(word: str) -> None:
    meanings = _meaning_of(word.lower())
    assert not {"car", "match", "train", "election", "rent", "law", "police"} & set(meanings)
