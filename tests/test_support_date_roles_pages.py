"""A page's dates by role: when it was first published and when it was last modified.

"Last modified on Wed 16 Jan 2019" dates the change, not the first publication, and a
statement that gives that date to the publication (or the publication's date to the change)
is wrong in every language; the right pairing still passes.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

STAMP = "Mon 4 Mar 2019 09.00 GMT Last modified on Fri 22 Mar 2019"


def _status(statement: str, quote: str, s_lang: str, q_lang: str) -> str:
    r = claim_supported(statement, [quote], None, statement_lang=s_lang, quote_lang=q_lang)
    return r.status


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        ("The paper first published the report on 22 March 2019.", STAMP, "en", "en"),
        ("The report was last modified on 4 March 2019.", STAMP, "en", "en"),
        ("Der Bericht wurde zuletzt am 4. März 2019 geändert.", STAMP, "de", "en"),
        ("Le rapport a été modifié le 4 mars 2019.", STAMP, "fr", "en"),
        (
            "El informe fue modificado el 4 de marzo de 2019.",
            "Publicado el 4 de marzo de 2019. Modificado el 22 de marzo de 2019.",
            "es",
            "es",
        ),
    ],
)
def test_a_date_given_to_the_other_role_fails(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        ("The report was last modified on 22 March 2019.", STAMP, "en", "en"),
        ("Der Bericht wurde zuletzt am 22. März 2019 geändert.", STAMP, "de", "en"),
        ("The paper published the report on 4 March 2019.", STAMP, "en", "en"),
    ],
)
def test_a_date_given_to_its_own_role_passes(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == "pass"
