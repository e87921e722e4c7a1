"""Negations and absences whose scope the engine misread (issue 13, review r1). Every
sentence here is new; each class has English and two other languages, pairs across
languages, and look-alikes that keep their status."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement_lang, quote_lang, statement, quote, status",
    [
        # A quote negation in a clause of its own, without a figure, after the figure's
        # clause, governing none of the statement's words: the figure's clause is unnegated.
        ("en", "en", "Nearly 60% of the riders did not finish.",
         "Nearly 60% of the riders finished the stage, although the organisers did not "
         "expect it.", "fail"),
        ("de", "de", "Rund 30 % der Schüler bestanden die Prüfung nicht.",
         "Rund 30 % der Schüler bestanden die Prüfung, weil die Lehrer den Stoff nicht "
         "kürzten.", "fail"),
        ("fr", "fr", "Environ 25 % des élèves n'ont pas réussi l'examen.",
         "Environ 25 % des élèves ont réussi l'examen, quand les professeurs n'étaient pas "
         "en grève.", "fail"),
        ("es", "es", "Cerca del 70 % de los votantes no participó.",
         "Cerca del 70 % de los votantes participó, aunque la campaña no fue intensa.",
         "fail"),
        # Across languages no word is compared: a clause its own word opens is for a person.
        ("en", "de", "About 30% of the students did not pass the exam.",
         "Rund 30 % der Schüler bestanden die Prüfung, weil die Lehrer den Stoff nicht "
         "kürzten.", "unverified"),
        ("de", "en", "Knapp 60 % der Fahrer kamen nicht ins Ziel.",
         "Nearly 60% of the riders finished the stage, when the organisers did not expect "
         "it.", "unverified"),
        # Look-alikes: the clause's negation governs the statement's word ("sleep"), stands
        # on the figure's predicate after an aside, or on the main clause after an opening
        # phrase holding the figure.
        ("en", "en", "About 40% did not sleep.",
         "About 40% felt tired, because they did not sleep.", "pass"),
        ("de", "de", "Rund 30 % der Schüler bestanden die Prüfung nicht.",
         "Rund 30 % der Schüler, die kaum gelernt hatten, bestanden die Prüfung nicht.",
         "pass"),
        ("fr", "fr", "Environ 25 % des élèves n'ont pas réussi l'examen.",
         "Environ 25 % des élèves, selon le rapport, n'ont pas réussi l'examen.", "pass"),
        ("es", "es", "Cerca del 70 % de los votantes no participó.",
         "Cerca del 70 % de los votantes, según el censo, no participó.", "pass"),
        ("en", "es", "In 2019 the ward did not have enough staff.",
         "En 2019, la sala no tenía suficiente personal.", "pass"),
        ("de", "en", "Etwa 40 % der Pflegekräfte fühlten sich nicht müde.",
         "About 40% of the nurses, according to the survey, did not feel tired.", "pass"),
        ("en", "fr", "About 25% of the pupils did not pass the exam.",
         "Environ 25 % des élèves n'ont pas réussi l'examen, selon le rapport.", "pass"),
    ],
)  # fmt: skip
def test_a_negation_in_a_figureless_clause_is_its_own(
    statement_lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    result = claim_supported(
        statement, [quote], statement_lang=statement_lang, quote_lang=quote_lang
    )
    assert result.status == status, result.reason
