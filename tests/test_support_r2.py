"""Classes of holdout30/holdout32 false passes on what is said of a figure: a vote's side
said with a verb of support or rejection and its object ("supported the bill", "ont
soutenu le projet", "lehnten den Entwurf ab") against a list headed by the other side,
in one language or across two; a Chinese or Japanese concessive clause holding a duration
("12日間山にいたが、…到達しなかった") as the circumstance of the negated main clause after it.
Every sentence here is new."""

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


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A Chinese or Japanese concessive clause holding a duration is the circumstance of
        # the main clause after it: the main clause's negation counts for the figure.
        ("3人の登山者は12日間山にいたが、山頂には到達しなかった。",
         "After 12 days on the mountain, the three climbers reached the summit.", "ja", "en",
         "fail"),
        ("3人の登山者は12日間山にいたけど、山頂には到達しなかった。",
         "Nach 12 Tagen am Berg erreichten die drei Bergsteiger den Gipfel.", "ja", "de",
         "fail"),
        ("三名登山者在山上待了12天，但没有登上山顶。",
         "After 12 days on the mountain, the three climbers reached the summit.", "zh", "en",
         "fail"),
        ("三名登山者在山上待了12天，但没有登上山顶。",
         "Nach 12 Tagen am Berg erreichten die drei Bergsteiger den Gipfel.", "zh", "de",
         "fail"),
        # The same outcome said without a negation passes.
        ("3人の登山者は12日間山にいたが、山頂に到達した。",
         "After 12 days on the mountain, the three climbers reached the summit.", "ja", "en",
         "pass"),
        ("3人の登山者は12日間山にいて、山頂に到達した。",
         "After 12 days on the mountain, the three climbers reached the summit.", "ja", "en",
         "pass"),
        ("三名登山者在山上待了12天，终于登上了山顶。",
         "After 12 days on the mountain, the three climbers reached the summit.", "zh", "en",
         "pass"),
    ],
)  # fmt: skip
def test_concessive_clause_is_the_main_clauses_circumstance(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A superlative's degree said after a figure in its sentence (a reported clause
        # after an opening phrase) is said of it: "least" against "most" contradicts.
        ("With 3 weeks to go, the coach said defence was the area where the team was "
         "least consistent.",
         "With only 3 weeks to go, the coach said defence was where the team had been "
         "most consistent.", "en", "en", "fail"),
        ("À 3 semaines de la fin, l'entraîneur a dit que la défense était le secteur le "
         "moins solide.",
         "À 3 semaines de la fin, l'entraîneur a estimé que la défense était le secteur le "
         "plus solide.", "fr", "fr", "fail"),
        ("Mit noch 3 Wochen vor sich sagte der Trainer, die Abwehr sei am wenigsten "
         "gefordert gewesen.",
         "Mit noch 3 Wochen vor sich sagte der Trainer, die Abwehr sei am meisten gefordert "
         "gewesen.", "de", "de", "fail"),
        # The same degree passes; a degree said in another sentence is not the figure's.
        ("With 3 weeks to go, the coach said defence was the area where the team was "
         "most consistent.",
         "With only 3 weeks to go, the coach said defence was where the team had been "
         "most consistent.", "en", "en", "pass"),
        ("With 3 weeks to go, the coach said defence was the area where the team was "
         "least consistent.",
         "With 3 weeks to go, the coach praised the defence. It was where the team had "
         "been most consistent.", "en", "en", "pass"),
        ("À 3 semaines de la fin, l'entraîneur a dit que la défense était le secteur le "
         "plus solide.",
         "À 3 semaines de la fin, l'entraîneur a estimé que la défense était le secteur le "
         "plus solide.", "fr", "fr", "pass"),
    ],
)  # fmt: skip
def test_superlative_degree_in_the_figures_sentence(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
