"""A figure the quote ties to another holder, in a statement that swaps two figures
between their holders, is a `fail` (README "A figure tied to another subject"), no longer
a tie left to a person (`unverified`, "in the quote 'X' goes with …, not …").

The engine leaves a tie to a person when the statement's word for its figure stands in the
quote beside another figure (`_moved` with "missing"). `_swapped_ties` settles it when the
statement itself gives that other figure to another holder: another figure of the
statement met it, or that figure's own word goes with the first figure in the quote. Both
ties are named in the reason. It settles it only when the holder's own figure contradicts
the statement's ("1997" against "the mid-1990s" is no contradiction) and, for ties read
from the words of a whole sentence (`_told_of_another_date`), only when those words stand
on the figure's side of the statement's clause break ("Rebels burned farms in 2013 and
soldiers stormed the palace in 2014" names the palace beside 2014, not 2013).

A single figure tied to another holder fails only when the tie's word is a name standing
in the quote in the other figure's clause only (not a sentence's subject before it), and
the statement's figure stands in a clause naming someone the statement does not name and
nothing it names (`_names_apart`: "Maria siegte in 12,4 Sekunden" for "Anna siegte in
11,9 sek, Lisa in 12,4 sek und Maria ließ das Feld in 12,8 sek hinter sich"); otherwise
it stays `unverified`."""

import pytest

from factdb.engine.support import claim_supported

STAFF = (
    "Engineers made up 90% of the staff. Hiring was slow because the work was seen as "
    "technical. The other 10% were designers."
)
OWNED = "The company is owned 60 percent by the region and 40 percent by the city."
GETRAGEN = (
    "Die Gesellschaft wird zu 60 Prozent von der Region und zu 40 Prozent von der Stadt getragen."
)
DETENUE = "La société est détenue à 60 % par la région et à 40 % par la ville."
ANLAGE = (
    "Wir verbrauchen 60 Prozent weniger Wasser und reduzieren den Abfall der Anlage um 30 Prozent."
)
GUNMEN = "Two gunmen died, and three others may have escaped, officials said."
FINAL = (
    "In the final, Anna Weber ran 12.31 seconds. Maria Lopez ran 12.36 seconds. Only 0.05 "
    "seconds separated the two."
)
LISTA = "García obtuvo 49 escaños y López 51."
SPRINT_EN = (
    "Anna ran 11.9 seconds, Lisa 12.4 seconds and Maria left the field behind in 12.8 seconds."
)
SPRINT_DE = (
    "Anna siegte in 11,9 sek, Lisa in 12,4 sek und Maria ließ das Feld in 12,8 sek hinter sich."
)
SPRINT_FR = (
    "Anna a gagné en 11,9 s, Lisa en 12,4 s et Maria a laissé le peloton derrière elle en 12,8 s."
)
CABINET = "En el gabinete hay 12 miembros del Norte, 9 del Sur y 3 del Este"
REBELS = (
    "After the election in 2013, armed rebels known as the Front burned farms and villages. "
    "Then, in 2014, hundreds of soldiers stormed the palace in the capital"
)


def _result(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    r = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        ("Designers made up 90% of the staff and engineers 10%.", STAFF, "en", "en"),
        ("The city holds 60 percent and the region 40 percent.", OWNED, "en", "en"),
        (
            "Rebels burned farms in 2014 and soldiers stormed the palace in 2013.",
            REBELS,
            "en",
            "en",
        ),
        ("Die Stadt hält 60 Prozent, die Region 40 Prozent.", GETRAGEN, "de", "de"),
        (
            "Die Anlage senkt den Wasserverbrauch um 30 Prozent und den Abfall um 60 Prozent.",
            ANLAGE,
            "de",
            "de",
        ),
        ("La ville détient 60 % et la région 40 %.", DETENUE, "fr", "fr"),
        # Across languages: the holder words met through the engine's tables.
        (
            "The city holds 60 percent of the company and the region 40 percent.",
            GETRAGEN,
            "en",
            "de",
        ),
        ("La ville détient 60 % et la région 40 %.", GETRAGEN, "fr", "de"),
        ("La ciudad posee el 60 % y la región el 40 %.", GETRAGEN, "es", "de"),
        ("Murieron tres pistoleros y dos podrían haber escapado.", GUNMEN, "es", "en"),
        (
            "Die Designer stellten 90 Prozent des Personals, die Ingenieure 10 Prozent.",
            STAFF,
            "de",
            "en",
        ),
    ],
)
def test_swapped_figures_fail(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    status, reason = _result(statement, quote, lang, quote_lang)
    assert status == "fail", reason
    assert "goes with" in reason or "go with" in reason
    # Both ties are named: as a swap, or (the holders' shares read through the passive,
    # "60 percent by the region") as each holder's own figure.
    assert "swapped" in reason or reason.count("goes with") + reason.count("go with") >= 2


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        ("Engineers made up 90% of the staff and designers 10%.", STAFF, "en", "en"),
        ("Designers made up 10% of the staff and engineers 90%.", STAFF, "en", "en"),
        ("The city holds 40 percent and the region 60 percent.", OWNED, "en", "en"),
        ("Die Region hält 60 Prozent, die Stadt 40 Prozent.", GETRAGEN, "de", "de"),
        ("Die Stadt hält 40 Prozent und die Region 60 Prozent.", GETRAGEN, "de", "de"),
        (
            "Die Anlage senkt den Wasserverbrauch um 60 Prozent und den Abfall um 30 Prozent.",
            ANLAGE,
            "de",
            "de",
        ),
        ("La ville détient 40 % et la région 60 %.", DETENUE, "fr", "fr"),
        (
            "The region holds 60 percent of the company and the city 40 percent.",
            GETRAGEN,
            "en",
            "de",
        ),
        (
            "The region holds 60 percent, compared with 40 percent for the city.",
            GETRAGEN,
            "en",
            "de",
        ),
        ("La ville détient 40 % et la région 60 %.", GETRAGEN, "fr", "de"),
        ("La región posee el 60 % y la ciudad el 40 %.", GETRAGEN, "es", "de"),
        ("Murieron dos pistoleros y tres podrían haber escapado.", GUNMEN, "es", "en"),
        ("Two gunmen died and three may have escaped.", GUNMEN, "en", "en"),
        (
            "Die Ingenieure stellten 90 Prozent des Personals, die Designer 10 Prozent.",
            STAFF,
            "de",
            "en",
        ),
        # A pronoun or relative pronoun in the other figure's clause may stand for the
        # first clause's holder: no swap is read there.
        (
            "Only 0.05 seconds separated Maria Lopez from the leader, and she ran 12.36 seconds.",
            FINAL,
            "en",
            "en",
        ),
        (
            "Only 0.05 seconds separated Maria Lopez from the leader, who ran 12.31 seconds.",
            FINAL,
            "en",
            "en",
        ),
    ],
)
def test_right_paraphrases_keep_passing(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    status, reason = _result(statement, quote, lang, quote_lang)
    assert status == "pass", reason


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        ("Maria won the sprint in 12.4 seconds.", SPRINT_EN, "en", "en"),
        ("Maria siegte in 12,4 Sekunden.", SPRINT_DE, "de", "de"),
        ("Maria a couru en 12,4 secondes.", SPRINT_FR, "fr", "fr"),
        ("Maria ran 12.4 seconds.", SPRINT_DE, "en", "de"),
    ],
)
def test_a_name_with_its_own_figure_fails(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    # The statement's name stands in the quote in another figure's clause only, and the
    # statement's figure in a clause naming someone the statement does not name.
    status, reason = _result(statement, quote, lang, quote_lang)
    assert status == "fail", reason
    assert "'Maria' goes with" in reason and "'Lisa' goes with" in reason


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        ("Lisa ran 12.4 seconds.", SPRINT_EN, "en", "en"),
        ("Lisa lief 12,4 Sekunden.", SPRINT_DE, "de", "de"),
        ("Lisa a couru en 12,4 secondes.", SPRINT_FR, "fr", "fr"),
        ("Lisa ran 12.4 seconds.", SPRINT_DE, "en", "de"),
        ("Nine members come from the South.", CABINET, "en", "es"),
    ],
)
def test_right_names_keep_passing(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    status, reason = _result(statement, quote, lang, quote_lang)
    assert status == "pass", reason


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang"),
    [
        # The right order of the events: the sentence's words are read for both years, and
        # the palace stands beside 2014 in the statement: no swap to settle.
        (
            "Rebels burned farms in 2013 and soldiers stormed the palace in 2014.",
            REBELS,
            "en",
            "en",
        ),
        # Figures listed together after their holders: each holder's in turn.
        ("García y López obtuvieron 49 y 51 escaños.", LISTA, "es", "es"),
        ("The region and the city hold 60 and 40 percent.", OWNED, "en", "en"),
        ("Nueve miembros vienen del Sur.", CABINET, "es", "es"),
        # One figure tied to another holder, no second figure, and no name in either
        # clause: a person reads.
        ("Designers made up 90% of the staff.", STAFF, "en", "en"),
    ],
)
def test_unclear_ties_are_never_failed(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    status, reason = _result(statement, quote, lang, quote_lang)
    assert status != "fail", reason
