"""A negation farther into a clause that a compared figure opens without a comma ("Im Jahr
2012 gab der Minister vor seinem Rücktritt keine Interviews") stands on its verb, within
`_OPENING_CLAUSE_WORDS` words of the figure, in a language that names what may not stand
right before it ([negation] wide_reach_not_after: articles, prepositions). A negation of a
noun's attribute or after a preposition keeps its pass; Spanish and Portuguese, whose
negation before an adjective reads as one before a verb, keep the near reach. Every
sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Im Jahr 2012 gab der Minister vor seinem Rücktritt keine Interviews.",
         "In 2012 the minister gave several interviews before he resigned.", "de", "en", "fail"),
        ("Im Jahr 2012 gab der Minister vor seinem Rücktritt keine Interviews.",
         "En 2012, le ministre a donné plusieurs entretiens avant sa démission.",
         "de", "fr", "fail"),
        ("In 2012 the minister of the small country gave no interviews.",
         "Im Jahr 2012 gab der Minister des kleinen Landes mehrere Interviews.",
         "en", "de", "fail"),
        ("En 2012 le nouveau ministre des finances du pays ne donnait aucun entretien.",
         "In 2012 the new finance minister of the country gave several interviews.",
         "fr", "en", "fail"),
        ("En 2012 le ministre des finances du petit pays voisin ne votait pas.",
         "In 2012 the finance minister of the small neighbouring country voted.",
         "fr", "en", "fail"),
        # Without the negation: a pass.
        ("Im Jahr 2012 gab der Minister vor seinem Rücktritt mehrere Interviews.",
         "In 2012 the minister gave several interviews before he resigned.", "de", "en", "pass"),
        ("In 2012 the minister of the small country gave several interviews.",
         "Im Jahr 2012 gab der Minister des kleinen Landes mehrere Interviews.",
         "en", "de", "pass"),
        # A negation of a noun or its attribute, after an article or a preposition, or after
        # another negation: no negation of the verb.
        ("In 2015 the city by the river built a bridge with no ramp.",
         "Im Jahr 2015 baute die Stadt am Fluss eine Brücke.", "en", "de", "pass"),
        ("In 2015 the city by the river built a bridge with no ramp.",
         "En 2015, la ville au bord du fleuve a construit un pont.", "en", "fr", "pass"),
        ("Im Jahr 2015 baute die Stadt am Fluss eine Brücke ohne Rampe.",
         "In 2015 the city by the river built a bridge.", "de", "en", "pass"),
        ("En 2015 la ville au bord du fleuve a construit un pont sans rampe ni ascenseur.",
         "In 2015 the city by the river built a bridge.", "fr", "en", "pass"),
        ("En 2015 la ville au bord du fleuve a construit un pont non accessible.",
         "In 2015 the city by the river built a bridge.", "fr", "en", "pass"),
        # Spanish and Portuguese: a negation before an adjective far into the clause.
        ("En 2013 Mozilla anunció fondos para juegos no libres.",
         "In 2013 Mozilla announced funding for non-free games.", "es", "en", "pass"),
        ("Em 2015 a cidade junto ao rio construiu uma ponte não acessível.",
         "In 2015 the city by the river built a bridge.", "pt", "en", "pass"),
        ("En 2015 la ciudad junto al río construyó un puente no accesible.",
         "In 2015 the city by the river built a bridge.", "es", "en", "pass"),
    ],
)  # fmt: skip
def test_a_negation_far_into_a_figure_s_clause(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
