"""The negation classes of holdout32 on what is said of a figure: a verb of failure on an
act ("fail to start", "échouent à démarrer", "fracasan en llegar") says "did not". Every
sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A verb of failure with an infinitive negates the act.
        ("en", "80% of the buses fail to leave within ten minutes of the timetable.",
         "80% of the buses leave within ten minutes of the timetable.", "en", "fail"),
        ("en", "In 2021, the rover failed to land on the 3 km crater.",
         "In 2021, the rover landed on the 3 km crater.", "en", "fail"),
        ("fr", "80 % des bus échouent à partir dans les dix minutes prévues.",
         "80 % des bus partent dans les dix minutes prévues.", "fr", "fail"),
        ("es", "El 80 % de los autobuses fracasan en salir en los diez minutos previstos.",
         "El 80 % de los autobuses salen en los diez minutos previstos.", "es", "fail"),
        ("en", "80% of the buses fail to leave within ten minutes of the timetable.",
         "80 % des bus partent dans les dix minutes prévues.", "fr", "fail"),
        # A failure on both sides, or a failure for a negation, says the same.
        ("en", "80% of the buses fail to leave within ten minutes of the timetable.",
         "80% of the buses do not leave within ten minutes of the timetable.", "en", "pass"),
        ("en", "In 2021, the rover failed to land on the 3 km crater.",
         "In 2021, the rover failed to land on the 3 km crater.", "en", "pass"),
        ("fr", "80 % des bus ne partent pas dans les dix minutes prévues.",
         "80% of the buses fail to leave within ten minutes of the timetable.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_failure_negates_the_act(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
