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
        # Across languages no word is compared: a clause its own word opens is for a person,
        # unless it has a subject of its own after an article ("die Lehrer", "the
        # organisers"): then it is another clause's predicate (`_figureless_subordinate`)
        # and the statement's negation stands alone.
        ("en", "de", "About 30% of the students did not pass the exam.",
         "Rund 30 % der Schüler bestanden die Prüfung, weil die Lehrer den Stoff nicht "
         "kürzten.", "fail"),
        ("de", "en", "Knapp 60 % der Fahrer kamen nicht ins Ziel.",
         "Nearly 60% of the riders finished the stage, when the organisers did not expect "
         "it.", "fail"),
        ("de", "en", "Knapp 60 % der Fahrer kamen nicht ins Ziel.",
         "Nearly 60% of the riders finished the stage, when nobody had expected it.",
         "unverified"),
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


@pytest.mark.parametrize(
    "statement_lang, quote_lang, statement, quote, status",
    [
        # The figure is what is absent (the absence's subject): a negation of another
        # predicate of that day, or of a word that says where it is absent, is no absence.
        ("de", "de", "Der 3. Oktober 2021 fehlt im Dienstplan der Klinik.",
         "Am 3. Oktober 2021 arbeitet die Klinik nicht.", "fail"),
        ("en", "en", "March 4, 2020 is missing from the school timetable.",
         "On March 4, 2020 there was no school timetable.", "fail"),
        ("fr", "fr", "Le 14 juillet 2022 manque au calendrier de la mairie.",
         "Le 14 juillet 2022 la mairie n'ouvre pas.", "fail"),
        ("es", "es", "El 12 de octubre de 2021 falta en el calendario del ayuntamiento.",
         "El 12 de octubre de 2021 no hubo calendario en el ayuntamiento.", "fail"),
        ("de", "en", "Der 1. Mai 2019 fehlt im Kalender der Gemeinde.",
         "On May 1, 2019 the municipality does not open.", "fail"),
        ("en", "de", "May 1, 2019 is missing from the town calendar.",
         "Am 1. Mai 2019 öffnet die Stadt nicht.", "fail"),
        ("es", "fr", "El 1 de mayo de 2019 falta en el calendario municipal.",
         "Le 1er mai 2019, la mairie n'ouvre pas.", "fail"),
        # Look-alikes: a negation denying the day's presence ("steht nicht", "does not
        # list", "ne mentionne pas", "no incluye"), and an absence whose subject is no
        # figure ("Am 3. Oktober fehlte der Klinik das Personal", "The 2021 budget lacks
        # funds", "En 2021 faltaban médicos").
        ("de", "de", "Der 3. Oktober 2021 fehlt im Dienstplan der Klinik.",
         "Im Dienstplan der Klinik steht der 3. Oktober 2021 nicht.", "pass"),
        ("en", "en", "March 4, 2020 is missing from the school timetable.",
         "The school timetable does not list March 4, 2020.", "pass"),
        ("fr", "fr", "Le 14 juillet 2022 manque au calendrier de la mairie.",
         "Le calendrier de la mairie ne mentionne pas le 14 juillet 2022.", "pass"),
        ("es", "es", "El 12 de octubre de 2021 falta en el calendario del ayuntamiento.",
         "El calendario del ayuntamiento no incluye el 12 de octubre de 2021.", "pass"),
        ("de", "de", "Am 3. Oktober 2021 fehlte der Klinik das Personal.",
         "Am 3. Oktober 2021 hatte die Klinik kein Personal.", "pass"),
        ("en", "en", "The 2021 budget lacks funds for schools.",
         "The 2021 budget has no funds for schools.", "pass"),
        ("es", "es", "En 2021 faltaban médicos en el hospital.",
         "En 2021 no había médicos en el hospital.", "pass"),
        ("de", "en", "Der 1. Mai 2019 fehlt im Kalender der Gemeinde.",
         "The municipal calendar does not list May 1, 2019.", "pass"),
        ("es", "fr", "El 1 de mayo de 2019 falta en el calendario municipal.",
         "Le calendrier municipal ne mentionne pas le 1er mai 2019.", "pass"),
    ],
)  # fmt: skip
def test_an_absent_figure_meets_only_a_denied_presence(
    statement_lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    result = claim_supported(
        statement, [quote], statement_lang=statement_lang, quote_lang=quote_lang
    )
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement_lang, quote_lang, statement, quote, status",
    [
        # A negation undoing an absence ("fehlt nicht", "is not missing", "ne manque pas",
        # "no falta": the day is there) against one denying a presence ("nennt … nicht",
        # "does not list"): the negations disagree.
        ("de", "de", "Der 24. Dezember fehlt nicht im Schulkalender.",
         "Der Schulkalender nennt den 24. Dezember nicht.", "fail"),
        ("en", "en", "December 24 is not missing from the school calendar.",
         "The school calendar does not list December 24.", "fail"),
        ("fr", "fr", "Le 24 décembre ne manque pas au calendrier scolaire.",
         "Le calendrier scolaire ne mentionne pas le 24 décembre.", "fail"),
        ("es", "es", "El 24 de diciembre no falta en el calendario escolar.",
         "El calendario escolar no incluye el 24 de diciembre.", "fail"),
        ("en", "de", "December 24 is not missing from the school calendar.",
         "Der Schulkalender nennt den 24. Dezember nicht.", "fail"),
        ("fr", "es", "Le 24 décembre ne manque pas au calendrier scolaire.",
         "El calendario escolar no incluye el 24 de diciembre.", "fail"),
        ("es", "en", "El 24 de diciembre no falta en el calendario escolar.",
         "The school calendar does not list December 24.", "fail"),
        # Look-alikes: both negations undo an absence (the negation after the figure too,
        # "fehlt der 24. Dezember nicht"), neither does, or "nicht nur" keeps the absence.
        ("de", "de", "Der 24. Dezember fehlt nicht im Schulkalender.",
         "Im Schulkalender fehlt der 24. Dezember nicht.", "pass"),
        ("en", "de", "December 24 is not missing from the school calendar.",
         "Der 24. Dezember fehlt nicht im Schulkalender.", "pass"),
        ("fr", "es", "Le 24 décembre ne manque pas au calendrier scolaire.",
         "El 24 de diciembre no falta en el calendario escolar.", "pass"),
        ("de", "de", "Der 24. Dezember steht nicht im Schulkalender.",
         "Der Schulkalender nennt den 24. Dezember nicht.", "pass"),
        ("en", "en", "December 24 is not listed in the school calendar.",
         "The school calendar does not list December 24.", "pass"),
        ("de", "de", "Im Schulkalender fehlt nicht nur der 24. Dezember.",
         "Im Schulkalender steht der 24. Dezember nicht.", "pass"),
    ],
)  # fmt: skip
def test_an_undone_absence_is_no_denied_presence(
    statement_lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    result = claim_supported(
        statement, [quote], statement_lang=statement_lang, quote_lang=quote_lang
    )
    assert result.status == status, result.reason
