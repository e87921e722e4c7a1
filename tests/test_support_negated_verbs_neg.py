"""A negation cancels only on the same predicate: a verb one side negates and the other
says without a negation contradicts it, whatever negation stands elsewhere on the other
side ("did not sign" for "I signed the budget. The council was not in session"); a
preposition negates the verb it opens ("without asking", "sin pedir", "sans demander",
"ohne … zu bitten"). Across languages, where no verb is compared, a negation only in
another sentence than the figure's is for a person to read. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

SIGNED_EN = (
    "In 2019 I signed the budget. The council was not in session, but I went to the hall "
    "and sent my thanks."
)
SIGNED_PT = "Em 2015 eu assinei o contrato. Ele não era vereador, mas fui à câmara."
SIGNED_ES = "En 2017 firmé el contrato. Él no era concejal, pero fui al ayuntamiento."
SIGNED_FR = (
    "En 2016, j'ai signé le contrat. Il n'était pas conseiller, mais je suis allé à la mairie."
)
ERRED_PT = "Em 2015 eu errei. Ele não era ministro, mas fui à câmara."


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # The statement negates the verb the quote says; the quote's negation is another
        # verb's, in another sentence.
        ("en", "The mayor said that in 2019 she did not sign the budget.", SIGNED_EN, "en", "fail"),
        ("en", "The mayor said that in 2019 she signed the budget.", SIGNED_EN, "en", "pass"),
        ("en", "The mayor said that in 2019 she did not sign the budget.",
         "In 2019 I did not sign the budget. The council was not in session.", "en", "pass"),
        ("pt", "O prefeito disse que em 2015 não assinou o contrato.", SIGNED_PT, "pt", "fail"),
        ("pt", "O prefeito disse que em 2015 assinou o contrato.", SIGNED_PT, "pt", "pass"),
        ("pt", "O prefeito disse que em 2015 nunca assinou o contrato.",
         "Em 2015 eu não assinei o contrato. Ele não era vereador.", "pt", "pass"),
        ("es", "La alcaldesa dijo que en 2017 no firmó el contrato.", SIGNED_ES, "es", "fail"),
        ("es", "La alcaldesa dijo que en 2017 firmó el contrato.", SIGNED_ES, "es", "pass"),
        ("fr", "Le maire a dit qu'en 2016 il n'a pas signé le contrat.", SIGNED_FR, "fr", "fail"),
        ("fr", "Le maire a dit qu'en 2016 il a signé le contrat.", SIGNED_FR, "fr", "pass"),
        # Irregular forms: "did not win" for "won", "nicht gewonnen" for "gewann".
        ("en", "The team did not win the cup in 2008.",
         "The team won the cup in 2008. Its coach was not there.", "en", "fail"),
        ("en", "The team won the cup in 2008.",
         "The team won the cup in 2008. Its coach was not there.", "en", "pass"),
        ("en", "The team never won the cup in 2008.",
         "The team did not win the cup in 2008.", "en", "pass"),
        ("de", "Die Mannschaft hat 2008 den Pokal nicht gewonnen.",
         "Die Mannschaft gewann 2008 den Pokal. Ihr Trainer war nicht dabei.", "de", "fail"),
        ("de", "Die Mannschaft gewann 2008 den Pokal.",
         "Die Mannschaft gewann 2008 den Pokal. Ihr Trainer war nicht dabei.", "de", "pass"),
        ("de", "Die Mannschaft hat 2008 den Pokal nie gewonnen.",
         "Die Mannschaft hat 2008 den Pokal nicht gewonnen.", "de", "pass"),
        # The other way round: the quote negates the verb the statement says.
        ("en", "The team won the cup in 2008, though its coach was not there.",
         "The team did not win the cup in 2008.", "en", "fail"),
        # A verb the quote both says and negates in the figure's sentence is no
        # contradiction of this kind.
        ("en", "The bill did not pass in 2010.",
         "The bill, which had not passed in 2010, passed in 2012.", "en", "pass"),
        # A double negation negates another verb ("did not fail to win"): no contradiction.
        ("en", "The team did not fail to win the cup in 2008.",
         "The team won the cup in 2008.", "en", "pass"),
        # An adverb after the negation is passed over, and a prohibition or a word of
        # stopping in the other side's clause negates its verb.
        ("en", "Since a 2011 ruling, the club was not legally allowed to own the land.",
         "Since a 2011 ruling, the club was legally barred from owning the land.", "en", "pass"),
        # (A word of stopping against a negation is for a person to read, no contradiction.)
        ("en", "In May 2003 the firm said it would stop all sales after version 4.2.",
         "In May 2003 the firm announced that it would not sell any copies beyond 4.2.", "en",
         "unverified"),
    ],
)  # fmt: skip
def test_a_negated_verb_against_the_verb_said(lang, statement, quote, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        ("en", "The ship reached Lisbon in March 1921 without asking for help.",
         "The ship reached Lisbon in March 1921 and asked for help.", "en", "fail"),
        ("en", "The ship reached Lisbon in March 1921 and asked for help.",
         "The ship reached Lisbon in March 1921 and asked for help.", "en", "pass"),
        ("en", "The ship reached Lisbon in March 1921 without asking for help.",
         "The ship reached Lisbon in March 1921 and did not ask for help.", "en", "pass"),
        ("es", "El barco llegó a Cádiz en abril de 1911 sin pedir ayuda.",
         "El barco llegó a Cádiz en abril de 1911 y pidió ayuda.", "es", "fail"),
        ("es", "El barco llegó a Cádiz en abril de 1911 y pidió ayuda.",
         "El barco llegó a Cádiz en abril de 1911 y pidió ayuda.", "es", "pass"),
        ("es", "El barco llegó a Cádiz en abril de 1911 sin pedir ayuda.",
         "El barco llegó a Cádiz en abril de 1911 y nunca pidió ayuda.", "es", "pass"),
        ("pt", "O navio chegou a Santos em maio de 1932 sem pedir ajuda.",
         "O navio chegou a Santos em maio de 1932 e pediu ajuda.", "pt", "fail"),
        ("pt", "O navio chegou a Santos em maio de 1932 sem pedir ajuda.",
         "O navio chegou a Santos em maio de 1932 e não pediu ajuda.", "pt", "pass"),
        ("fr", "Le navire est arrivé à Brest en juin 1925 sans demander d'aide.",
         "Le navire est arrivé à Brest en juin 1925 et a demandé de l'aide.", "fr", "fail"),
        ("fr", "Le navire est arrivé à Brest en juin 1925 sans demander d'aide.",
         "Le navire est arrivé à Brest en juin 1925 et n'a jamais demandé d'aide.", "fr", "pass"),
        ("de", "Das Schiff erreichte Kiel im Mai 1923, ohne um Hilfe zu bitten.",
         "Das Schiff erreichte Kiel im Mai 1923 und bat um Hilfe.", "de", "fail"),
        ("de", "Das Schiff erreichte Kiel im Mai 1923, ohne um Hilfe zu bitten.",
         "Das Schiff erreichte Kiel im Mai 1923 und bat nicht um Hilfe.", "de", "pass"),
        # Across languages no verb is compared: for a person to read, never a pass.
        ("fr", "Le navire est arrivé à Cadix en avril 1911 sans demander d'aide.",
         "El barco llegó a Cádiz en abril de 1911 y pidió ayuda.", "es", "unverified"),
        ("en", "The ship reached Cadiz in April 1911 without asking for help.",
         "El barco llegó a Cádiz en abril de 1911 sin pedir ayuda.", "es", "pass"),
        # A preposition before a noun negates no verb.
        ("en", "The ship reached Lisbon in March 1921 without a pilot.",
         "The ship reached Lisbon in March 1921 and asked for help.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_preposition_negates_the_verb_it_opens(lang, statement, quote, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # The quote's only negation is in another sentence than the figure's, on a clause
        # sharing no word with the statement's negated one: unverified, not a cancel.
        ("en", "The mayor said she had made no mistake in 2015.", ERRED_PT, "pt", "unverified"),
        ("fr", "Le maire a affirmé qu'il n'avait commis aucune erreur en 2015.", ERRED_PT, "pt",
         "unverified"),
        # A cognate in both negated clauses ("minister", "ministro") meets them.
        ("en", "The mayor said that in 2015 he was not a minister.", ERRED_PT, "pt", "pass"),
        ("fr", "Le maire a dit qu'en 2015 il n'était pas ministre.", ERRED_PT, "pt", "pass"),
        # A negation in the figure's sentence meets the statement's as before.
        ("en", "The mayor said that in 2015 she did not sign the contract.",
         "Em 2015 eu não assinei o contrato.", "pt", "pass"),
    ],
)  # fmt: skip
def test_a_negation_in_another_sentence_across_languages(
    lang, statement, quote, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
