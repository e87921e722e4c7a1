"""A comparator a negation governs says the opposite bound: "No seat costs less than $80"
says "at least $80", "kostet nicht mehr als 12 Euro" says "at most 12 euros". The negation
determines the subject ([negation] determiners) or stands on the comparator's verb; a
negation of another verb, or a pronoun's ("No one expected"), turns nothing. Every
sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str, quote_lang: str):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A negation determining the subject: "no … less than" is "at least".
        ("Seats start at $80.", "No seat in the arena costs less than $80.", "en", "en",
         "pass"),
        ("Every seat costs at least $80.", "None of the seats costs less than $80.", "en",
         "en", "pass"),
        ("Some seats cost less than $80.", "No seat in the arena costs less than $80.", "en",
         "en", "fail"),
        ("No seat costs less than $80.", "Every seat costs at least $80.", "en", "en",
         "pass"),
        ("Every seat costs at most $80.", "No seat costs more than $80.", "en", "en", "pass"),
        ("Every seat costs at least €80.", "Kein Sitzplatz kostet weniger als 80 Euro.", "en",
         "de", "pass"),
        ("Einige Sitzplätze kosten weniger als 80 Euro.",
         "Keiner der Sitzplätze in der Halle kostet weniger als 80 Euro.", "de", "de", "fail"),
        ("Chaque place coûte au moins 80 euros.",
         "Aucune place de la salle ne coûte moins de 80 euros.", "fr", "fr", "pass"),
        ("Certaines places coûtent moins de 80 euros.",
         "Aucune place ne coûte moins de 80 euros.", "fr", "fr", "fail"),
        ("Every seat costs at least €80.",
         "Ningún asiento del estadio cuesta menos de 80 euros.", "en", "es", "pass"),
        ("Algunos asientos cuestan menos de 80 euros.",
         "Ningún asiento cuesta menos de 80 euros.", "es", "es", "fail"),
        # A negation on the comparator's verb.
        ("The transfer costs at most €12.", "The transfer does not cost more than €12.",
         "en", "en", "pass"),
        ("The transfer costs more than €12.", "The transfer doesn't cost more than €12.",
         "en", "en", "fail"),
        ("Der Transfer kostet höchstens 12 Euro.", "Der Transfer kostet nicht mehr als 12 Euro.",
         "de", "de", "pass"),
        ("The transfer costs at most €12.", "Le transfert ne coûte pas plus de 12 euros.",
         "en", "fr", "pass"),
        ("El traslado cuesta más de 12 euros.", "El traslado no cuesta más de 12 euros.",
         "es", "es", "fail"),
    ],
)  # fmt: skip
def test_a_negated_comparator_is_the_opposite_bound(statement, quote, lang, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang",
    [
        # A pronoun's negation, or one on another verb, turns no comparator: the negation
        # stands on one side only.
        ("Fares were at least $300.", "No one expected fares under $300.", "en", "en"),
        ("Fares were at least $300.", "No broker expected fares under $300.", "en", "en"),
        ("Fares were at least $300.", "Brokers said that no fare was under $300.", "en",
         "en"),
        ("Sales stayed above $9 million.", "Sales did not fall below $9 million.", "en",
         "en"),
        ("Die Preise lagen bei mindestens 300 Euro.",
         "Niemand erwartete Preise unter 300 Euro.", "de", "de"),
    ],
)  # fmt: skip
def test_a_negation_of_another_verb_turns_no_comparator(statement, quote, lang, quote_lang):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status != "pass", result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "exceed" is a comparator like "exceeds": "never exceed $1,900" is "at most $1,900",
        # which a range up to $1,900 supports.
        ("Weekend rates for the cabins never exceed $1,900.",
         "Weekend rates for the cabins range from $300 to $1,900.", "en", "en", "pass"),
        ("Weekend rates for the cabins do not exceed $1,900.",
         "Weekend rates for the cabins range from $300 to $1,900.", "en", "en", "pass"),
        ("Weekend rates for the cabins never exceed $1,500.",
         "Weekend rates for the cabins range from $300 to $1,900.", "en", "en", "fail"),
        ("Weekend rates for the cabins exceed $1,900.",
         "Weekend rates for the cabins range from $300 to $1,900.", "en", "en", "fail"),
        ("Las tarifas de fin de semana nunca superan 1.900 dólares.",
         "Weekend rates for the cabins range from $300 to $1,900.", "es", "en", "pass"),
        ("Weekend rates for the cabins never exceed $1,900.",
         "Las tarifas de fin de semana van de 300 a 1.900 dólares.", "en", "es", "pass"),
    ],
)  # fmt: skip
def test_never_exceed_is_at_most(statement, quote, lang, quote_lang, status):
    assert verdict(statement, quote, lang, quote_lang).status == status
