"""A count the statement gives to a named group ("17 Tunisians", "12 Hondurans") and the
quote, with the same figure, to a common noun sharing no word or stem with it ("17
foreigners", "12 migrants") is for a person to read (`unverified`): whether the group is
the one counted, the words do not tell. In one language whose common nouns are lowercase;
two common nouns are left alone (mostly synonyms). Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("The flood left 40 families homeless, among them 12 Hondurans.",
         "The flood left 40 families homeless, among them 12 migrants.", "en", "en", "unverified"),
        ("L'inondation a privé de logement 40 familles, dont 12 Honduriens.",
         "L'inondation a privé de logement 40 familles, dont 12 migrants.",
         "fr", "fr", "unverified"),
        ("A cheia deixou 40 famílias sem casa, entre elas 12 Hondurenhos.",
         "A cheia deixou 40 famílias sem casa, entre elas 12 migrantes.",
         "pt", "pt", "unverified"),
        # The quote's words share the group's stem, or name it: a pass.
        ("The flood left 40 families homeless, among them 12 Hondurans.",
         "The flood left 40 families homeless, among them 12 Honduran families.",
         "en", "en", "pass"),
        ("L'inondation a privé de logement 40 familles, dont 12 Honduriens.",
         "L'inondation a privé de logement 40 familles, dont 12 Honduriens.", "fr", "fr", "pass"),
        ("The museum shows 30 Picassos.", "The museum shows 30 paintings by Picasso.",
         "en", "en", "pass"),
        # Across languages the words are not compared.
        ("The flood left 40 families homeless, among them 12 Hondurans.",
         "L'inondation a privé de logement 40 familles, dont 12 Honduriens.", "en", "fr", "pass"),
        ("The flood left 40 families homeless, among them 12 migrants.",
         "The flood left 40 families homeless, among them 12 migrants.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_a_count_of_a_named_group_against_another_noun(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
