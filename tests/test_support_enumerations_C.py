"""An enumeration's item ranks nothing: "En primer lugar, …", "Em segundo lugar, …" at
the opening of a clause, before a comma ([ranks] enumerations in es and pt), "en second
lieu", "en troisième lieu" ([ranks] idioms in fr), as "Firstly," and "First of all," rank
nothing in English; the figure alone decides. A place in a ranking said with the same
words stays a rank ("terminó en primer lugar, con 300 puntos" against "finished third")."""

import pytest

from factdb.engine.support import claim_supported

_JOBS = "300 jobs will be created."
_TEAM = "The team finished third with 300 points."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status"),
    [
        ("First of all, 300 jobs will be created.", _JOBS, "en", "en", "pass"),
        ("En primer lugar, se crearán 300 empleos.", _JOBS, "es", "en", "pass"),
        ("Dijo: En segundo lugar, se crearán 300 empleos.", _JOBS, "es", "en", "pass"),
        ("Em primeiro lugar, serão criados 300 empregos.", _JOBS, "pt", "en", "pass"),
        ("En second lieu, 300 emplois seront créés.", _JOBS, "fr", "en", "pass"),
        (
            "En troisième lieu, 300 emplois seront créés.",
            "Se crearán 300 empleos.",
            "fr",
            "es",
            "pass",
        ),
        # The figure still decides.
        ("En primer lugar, se crearán 400 empleos.", _JOBS, "es", "en", "fail"),
        ("Em segundo lugar, serão criados 400 empregos.", _JOBS, "pt", "en", "fail"),
        # A place in a ranking stays a rank.
        ("El equipo terminó en primer lugar, con 300 puntos.", _TEAM, "es", "en", "fail"),
        ("O time terminou em primeiro lugar, com 300 pontos.", _TEAM, "pt", "en", "fail"),
        (
            "En primer lugar, el equipo terminó en tercer lugar con 300 puntos.",
            _TEAM,
            "es",
            "en",
            "pass",
        ),
    ],
)
def test_enumeration_item_is_no_rank(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
