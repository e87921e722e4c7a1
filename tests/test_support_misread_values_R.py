"""Words misread as values, and values left unread (holdout51 half a, issue-R).

- "segundo" before a name, an article, a pronoun or a source ("segundo Tite", "Segundo
  um estudo", "segundo a polícia") is "according to" in Portuguese, no rank 2; after an
  article, "em" or a determiner it stays one ("o segundo a chegar", "em segundo lugar").
- "one" (or "um", "una") before an ordinal is a fraction's numerator ("one fifth", "one
  seventh of", "una cuarta parte", "uma terça parte", "apenas um quarto"), never a rank.
- after a word of exactness ("precisely", "exactly", "genau", "exactement", "exactamente",
  "exatamente") the word for one is the figure 1, as after "more than"; not before a
  fraction or a scale word ("more than one quarter" is a share, not "more than 1").

Every sentence here is new."""

import pytest

from factdb.engine.support import claim_supported

_ZERO = (
    "She never answered the question, which leaves me with the impression that she has "
    "convinced precisely zero."
)


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "segundo" as "according to"
        ("pt", "Segundo Marina, o preço subiu 12% em 2020.", "pt",
         "O preço subiu 12% em 2020, disse Marina.", "pass"),
        ("pt", "Segundo a polícia, 40 pessoas foram presas.", "en",
         "Police said 40 people were arrested.", "pass"),
        ("pt", "Segundo um relatório, 40 pessoas foram presas.", "en",
         "A report said 40 people were arrested.", "pass"),
        ("es", "Según Marina, el precio subió un 12% en 2020.", "pt",
         "Segundo Marina, o preço subiu 12% em 2020.", "pass"),
        ("en", "According to Marina, the price rose 12% in 2020.", "pt",
         "Segundo Marina, o preço subiu 12% em 2020.", "pass"),
        # ... a rank where an article or "em" stands before it
        ("pt", "Ele foi o segundo a chegar.", "pt", "Ele foi o terceiro a chegar.", "fail"),
        ("pt", "O Brasil ficou em segundo lugar, segundo Tite.", "en",
         "Brazil finished third, Tite said.", "fail"),
        ("pt", "O Brasil ficou em segundo lugar, segundo Tite.", "en",
         "Brazil finished second, Tite said.", "pass"),
        ("de", "Laut Tite wurde Brasilien Zweiter.", "pt",
         "Segundo Tite, o Brasil ficou em terceiro lugar.", "fail"),
        # "one" / "um" / "una" before an ordinal: a share
        ("en", "One fifth of the staff work remotely.", "en",
         "20% of the staff work remotely.", "pass"),
        ("en", "One fifth of the staff work remotely.", "en",
         "30% of the staff work remotely.", "fail"),
        ("en", "Exports were about one eighth of output.", "en",
         "Exports were 12.5% of output.", "pass"),
        ("es", "Una cuarta parte de los votos fue nula.", "de",
         "25 Prozent der Stimmen waren ungültig.", "pass"),
        ("es", "Una cuarta parte de los votos fue nula.", "de",
         "40 Prozent der Stimmen waren ungültig.", "fail"),
        ("en", "A quarter of the votes were void.", "es",
         "Una cuarta parte de los votos fue nula.", "pass"),
        ("pt", "Apenas um quarto foi vendido.", "en", "Only 25% was sold.", "pass"),
        ("pt", "Apenas um quarto foi vendido.", "en", "Only 40% was sold.", "fail"),
        ("pt", "Uma terça parte dos eleitores votou.", "fr",
         "Un tiers des électeurs a voté.", "pass"),
        ("fr", "Un tiers des électeurs a voté.", "pt",
         "Uma quarta parte dos eleitores votou.", "fail"),
        # a fraction after a comparator stays a fraction
        ("en", "More than one quarter of voters stayed home.", "en",
         "20% of voters stayed home.", "fail"),
        ("en", "More than one quarter of voters stayed home.", "en",
         "30% of voters stayed home.", "pass"),
        # "precisely one", "genau einen", "exactement une": the figure 1
        ("en", "The audit found exactly one error.", "en",
         "The audit found precisely 3 errors.", "fail"),
        ("en", "The audit found exactly one error.", "en",
         "The audit found exactly 1 error.", "pass"),
        ("de", "Die Prüfung fand genau einen Fehler.", "en",
         "The audit found exactly three errors.", "fail"),
        ("fr", "L'audit a trouvé exactement une erreur.", "en",
         "The audit found exactly three errors.", "fail"),
        ("es", "La auditoría encontró exactamente un error.", "pt",
         "A auditoria encontrou exatamente três erros.", "fail"),
        ("pt", "A auditoria encontrou exatamente um erro.", "de",
         "Die Prüfung fand genau einen Fehler.", "pass"),
        ("en", "The audit found exactly one error.", "de",
         "Die Prüfung fand genau einen Fehler.", "pass"),
        # ... but before a figure it is the figure's article ("exactamente un 50 %")
        ("es", "El paro bajó exactamente un 12 %.", "en",
         "Unemployment fell by exactly 12 percent.", "pass"),
        ("es", "El paro bajó exactamente un 12 %.", "en",
         "Unemployment fell by exactly 1 percent.", "fail"),
        ("en", "The mayor has convinced precisely one voter.", "en", _ZERO, "fail"),
        ("de", "Die Bürgermeisterin hat genau einen Wähler überzeugt.", "en", _ZERO, "fail"),
        ("es", "La alcaldesa convenció exactamente a un votante.", "en", _ZERO, "fail"),
    ],
)  # fmt: skip
def test_words_read_as_what_they_are(lang, statement, quote_lang, quote, status):
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote",
    [
        # Not verified: what is compared is missing, never a pass.
        ("pt", "Ele reservou um quarto no hotel em 2019.", "en", "He booked a room in 2019."),
        ("en", "Exactly one reviewer objected.", "en", "Reviewers objected."),
    ],
)  # fmt: skip
def test_no_pass_without_the_figure(lang, statement, quote_lang, quote):
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status != "pass", got.reason


_ASIDE = (
    "She did not answer the question, which leaves me with the impression that she has "
    "convinced precisely zero."
)


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, negation",
    [
        # A negation in another clause than the contradicted figure's is not reported.
        ("en", "The mayor has convinced precisely one voter.", "en", _ASIDE, False),
        ("de", "Die Bürgermeisterin hat genau einen Wähler überzeugt.", "en", _ASIDE, False),
        ("fr", "La maire a convaincu exactement un électeur.", "en", _ASIDE, False),
        ("en", "The mayor has convinced precisely one voter.", "de",
         "Sie hat die Frage nicht beantwortet, und ich habe den Eindruck, dass sie genau "
         "null Wähler überzeugt hat, also 0.", False),
        # One in the contradicted figure's clause still is.
        ("en", "The mayor convinced 30 voters.", "en", "She did not convince 20 voters.", True),
        ("en", "The mayor convinced 30 voters.", "de", "Sie hat keine 20 Wähler überzeugt.",
         True),
    ],
)  # fmt: skip
def test_a_contradicted_figure_places_the_negation(lang, statement, quote_lang, quote, negation):
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == "fail", got.reason
    assert ("negation" in got.reason) is negation, got.reason
