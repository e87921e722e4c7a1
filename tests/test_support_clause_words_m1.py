"""Conjunctions that end a clause are read in the text's own language ([clause]
conjunctions): French "mais" ("but") opens another clause, Portuguese "mais" ("more",
"mais de 12.000", "mais 500") does not, so a negation before it still reaches the figure
after it. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.clauses import _clause_bounds


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Portuguese "não … mais 12.000": the negation is on the figure's verb.
        ("Das Krankenhaus behandelte 2020 weitere 12.000 Patienten.",
         "O hospital não atendeu mais 12.000 pacientes em 2020.", "de", "pt", "fail"),
        ("The hospital treated 12,000 more patients in 2020.",
         "O hospital não atendeu mais 12.000 pacientes em 2020.", "en", "pt", "fail"),
        ("The city hired 500 more teachers in 2020.",
         "A prefeitura não contratou mais 500 professores em 2020.", "en", "pt", "fail"),
        ("La ville a embauché 500 enseignants de plus en 2020.",
         "A prefeitura não contratou mais 500 professores em 2020.", "fr", "pt", "fail"),
        ("A prefeitura não contratou mais 500 professores em 2020.",
         "A prefeitura contratou mais 500 professores em 2020.", "pt", "pt", "fail"),
        ("A cidade ganhou, segundo o governo, mais de 12.000 empregos em 2019.",
         "A cidade perdeu mais de 12.000 empregos em 2019.", "pt", "pt", "fail"),
        # French "mais" still ends the clause of the negation before it.
        ("Le club n'a pas recruté d'entraîneur mais a compté 12 000 membres en 2019.",
         "Le club a compté 12 000 membres en 2019.", "fr", "fr", "pass"),
        ("Le club n'a pas recruté d'entraîneur mais a compté 12 000 membres en 2019.",
         "The club had 12,000 members in 2019.", "fr", "en", "pass"),
        ("The city hall hired 500 teachers in 2020.",
         "La mairie n'a pas construit d'école mais a embauché 500 enseignants en 2020.",
         "en", "fr", "pass"),
        # The same figure on both sides, no negation: still a pass.
        ("A prefeitura contratou mais 500 professores em 2020.",
         "A prefeitura contratou mais 500 professores em 2020.", "pt", "pt", "pass"),
    ],
)  # fmt: skip
def test_clause_words_are_read_in_their_language(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "text, lang, before",
    [
        ("La mairie n'a rien dit mais 500 enseignants sont partis", "fr", ""),
        ("A prefeitura não disse mais 500 professores saíram", "pt", "A prefeitura não disse mais"),
        # French "car" ("because") is an English noun.
        ("The car company said 500 workers left", "en", "The car company said"),
        ("Die Firma schwieg, aber 500 Leute gingen", "de", ""),
    ],
)
def test_a_clause_ends_at_its_own_language_s_conjunctions(text, lang, before):
    pos = text.index("500")
    assert text[_clause_bounds(text, pos, pos + 3, lang)[0] : pos].strip() == before
