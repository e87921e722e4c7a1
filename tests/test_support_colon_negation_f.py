"""A negated predicate before a colon whose explanation holds the compared figure is read in
that figure's clause (holdout30's en-lemonde-h30-218): "The council did not reject the
budget: 31 members voted for it" says what "Le conseil a adopté le budget par 31 voix"
says (a negated side of a complementary group says the other side), while "did not adopt
… : 31 members voted for it" still fails against an adoption, and "did not reject" against
a rejection."""

import pytest

from factdb.engine.support import claim_supported

ADOPTED = {
    "en": "The council adopted the budget by 31 votes to 12.",
    "fr": "Le conseil municipal a adopté le budget par 31 voix contre 12.",
    "de": "Der Stadtrat hat den Haushalt mit 31 zu 12 Stimmen verabschiedet.",
    "es": "El concejo aprobó el presupuesto por 31 votos contra 12.",
}


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "lang", "quote_lang"),
    [
        ("The council did not reject the budget: 31 members voted for it.", "en", "en"),
        ("The council did not reject the budget: 31 members voted for it.", "en", "fr"),
        ("The council did not reject the budget: 31 members voted for it.", "en", "de"),
        (
            "Der Stadtrat hat den Haushalt nicht abgelehnt: 31 Mitglieder stimmten dafür.",
            "de",
            "fr",
        ),
        ("Los concejales no rechazaron el presupuesto: 31 votaron a favor.", "es", "en"),
        ("Le conseil n'a pas rejeté le budget : 31 élus ont voté pour.", "fr", "en"),
        ("Le conseil n'a pas rejeté le budget : 31 élus ont voté pour.", "fr", "fr"),
        ("Los concejales no rechazaron el presupuesto: 31 votaron a favor.", "es", "es"),
    ],
)
def test_a_negated_rejection_before_a_colon_says_the_adoption(
    statement: str, lang: str, quote_lang: str
) -> None:
    assert _status(statement, ADOPTED[quote_lang], lang, quote_lang) == "pass"


@pytest.mark.parametrize(
    ("statement", "lang", "quote_lang"),
    [
        ("The council did not adopt the budget: 31 members voted for it.", "en", "en"),
        ("Le conseil n'a pas adopté le budget : 31 élus ont voté pour.", "fr", "fr"),
        ("Los concejales no aprobaron el presupuesto: 31 votaron a favor.", "es", "es"),
    ],
)
def test_a_negated_adoption_before_a_colon_still_fails(
    statement: str, lang: str, quote_lang: str
) -> None:
    assert _status(statement, ADOPTED[quote_lang], lang, quote_lang) == "fail"


def test_a_negated_rejection_against_a_rejection_still_fails() -> None:
    quote = "The council rejected the budget by 31 votes to 12."
    statement = "The council did not reject the budget: 31 members voted against it."
    assert _status(statement, quote, "en", "en") == "fail"
