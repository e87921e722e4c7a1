"""A word of absence in a concessive phrase ("trotz fehlender Musik", "despite the lack
of", "malgré l'absence de", "a pesar de la falta de") concedes an absence: it agrees with
"without", never with a negation of the main verb. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        ("de", "Die rund 300 Läuferinnen sangen ohne Musik nicht mit.",
         "Trotz fehlender Musik sangen die rund 300 Läuferinnen gemeinsam mit.", "fail"),
        ("en", "The roughly 300 runners did not sing along without music.",
         "Despite the lack of music, the roughly 300 runners sang along together.", "fail"),
        ("fr", "Les quelque 300 coureuses n'ont pas chanté sans musique.",
         "Malgré l'absence de musique, les quelque 300 coureuses ont chanté ensemble.", "fail"),
        ("es", "Las cerca de 300 corredoras no cantaron sin música.",
         "A pesar de la falta de música, las cerca de 300 corredoras cantaron juntas.", "fail"),
        # A separable verb's particle after the negation, a prepositional negation before.
        ("de", "Die rund 300 Läuferinnen feuerten sich ohne Trommeln nicht an.",
         "Trotz fehlender Trommeln feuerten sich die rund 300 Läuferinnen an.", "fail"),
        ("de", "Die rund 300 Läuferinnen feuerten sich ohne Trommeln an.",
         "Trotz fehlender Trommeln feuerten sich die rund 300 Läuferinnen an.", "pass"),
        # "Without" for the concession says the same; a negation on both sides too.
        ("de", "Die rund 300 Läuferinnen sangen ohne Musik mit.",
         "Trotz fehlender Musik sangen die rund 300 Läuferinnen gemeinsam mit.", "pass"),
        ("en", "The roughly 300 runners sang along without music.",
         "Despite the lack of music, the roughly 300 runners sang along together.", "pass"),
        ("fr", "Les quelque 300 coureuses ont chanté sans musique.",
         "Malgré l'absence de musique, les quelque 300 coureuses ont chanté ensemble.", "pass"),
        ("es", "Las cerca de 300 corredoras cantaron sin música.",
         "A pesar de la falta de música, las cerca de 300 corredoras cantaron juntas.", "pass"),
        ("de", "Die rund 300 Läuferinnen sangen ohne Musik nicht mit.",
         "Trotz fehlender Musik sangen die rund 300 Läuferinnen nicht mit.", "pass"),
    ],
)  # fmt: skip
def test_a_concessive_absence_is_no_negation_of_the_verb(lang, statement, quote, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=lang)
    assert result.status == status
