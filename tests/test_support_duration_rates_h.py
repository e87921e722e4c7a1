"""A duration said in words before the period it recurs in ("half an hour each day", "a
third of an hour each week", "an hour a week", "un tiers d'heure par semaine", "media hora
a la semana") is that much per period, as "30 minutes each day" is read: compared with the
quote's rate, another amount or another period fails. Without a period it stays a
duration."""

import pytest

from factdb.engine.support import claim_supported

Q20 = "Newsrooms should try spend at 20 minutes each week on it."
Q30 = "Teams should spend 30 minutes each day on review."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Newsrooms should spend a third of an hour each week on it.", Q20, "en", "en", "pass"),
        ("Newsrooms should spend an hour each week on it.", Q20, "en", "en", "fail"),
        ("Newsrooms should spend half an hour each week on it.", Q20, "en", "en", "fail"),
        ("Teams should spend half an hour each day on review.", Q30, "en", "en", "pass"),
        ("Teams should spend a quarter of an hour each day on review.", Q30, "en", "en", "fail"),
        ("Teams should spend half an hour each week on review.", Q30, "en", "en", "fail"),
        (
            "Les rédactions devraient y consacrer un tiers d'heure par semaine.",
            Q20,
            "fr",
            "en",
            "pass",
        ),
        ("Les rédactions devraient y consacrer une heure par semaine.", Q20, "fr", "en", "fail"),
        (
            "Las redacciones deberían dedicarle media hora a la semana.",
            "Newsrooms should spend 30 minutes a week on it.",
            "es",
            "en",
            "pass",
        ),
        (
            "Las redacciones deberían dedicarle media hora al día.",
            "Newsrooms should spend 30 minutes a week on it.",
            "es",
            "en",
            "fail",
        ),
        (
            "Teams should spend half an hour on review.",
            "Teams should spend 30 minutes on review.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_duration_in_words_per_period(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status
