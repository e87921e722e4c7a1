"""Classes of holdout30/holdout32 false passes on what is said of a figure: a vote's side
said with a verb of support or rejection and its object ("supported the bill", "ont
soutenu le projet", "lehnten den Entwurf ab") against a list headed by the other side,
in one language or across two. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Supporting or rejecting a bill is a vote's side: against a list headed by the
        # other side, the figures in the list are said the opposite.
        ("Nine of the 40 Liberals backed the reform.",
         "Voted against: 12 Conservatives, 9 Liberals (of 40) and 3 others", "en", "en",
         "fail"),
        ("Nine of the 40 Liberals approved the reform.",
         "Dagegen stimmten: 12 Konservative, 9 Liberale (von 40) und 3 weitere", "en", "de",
         "fail"),
        ("Neuf des 40 libéraux ont soutenu le projet de loi.",
         "Voted against: 12 Conservatives, 9 Liberals (of 40) and 3 others", "fr", "en",
         "fail"),
        ("Neun der 40 Liberalen unterstützten den Entwurf.",
         "Ont voté contre : 12 conservateurs, 9 libéraux (sur 40) et 3 autres", "de", "fr",
         "fail"),
        ("Nueve de los 40 liberales apoyaron el proyecto.",
         "Voted against: 12 Conservatives, 9 Liberals (of 40) and 3 others", "es", "en",
         "fail"),
        # The same side said either way passes.
        ("Nine of the 40 Liberals opposed the reform.",
         "Ont voté contre : 12 conservateurs, 9 libéraux (sur 40) et 3 autres", "en", "fr",
         "pass"),
        ("Nine of the 40 Liberals approved the reform.",
         "Ont voté pour : 12 conservateurs, 9 libéraux (sur 40) et 3 autres", "en", "fr",
         "pass"),
        ("Nine of the 40 Liberals supported the bill.",
         "Dafür stimmten: 12 Konservative, 9 Liberale (von 40) und 3 weitere", "en", "de",
         "pass"),
        ("Neun der 40 Liberalen lehnten den Entwurf ab.",
         "Voted against: 12 Conservatives, 9 Liberals (of 40) and 3 others", "de", "en",
         "pass"),
        ("Nueve de los 40 liberales rechazaron el proyecto.",
         "Voted against: 12 Conservatives, 9 Liberals (of 40) and 3 others", "es", "en",
         "pass"),
    ],
)  # fmt: skip
def test_supporting_a_bill_is_a_vote_side(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
