"""A time in the statement against a bare figure of the quote: the figure is the same time
only where it counts nothing ("Roof, who was 21 at the time"). "The deadline is 7 days"
once passed against "the password needs 7 characters" (the quote's 7 taken for the days)."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("The deadline is 7 days.", "en", "The password needs 7 characters", "en"),
        ("The deadline is 7 days.", "en", "The team has 7 players", "en"),
        ("Die Frist beträgt 7 Tage.", "de", "Das Passwort braucht 7 Zeichen", "de"),
        ("Le délai est de 7 jours.", "fr", "Le mot de passe exige 7 caractères", "fr"),
        ("El plazo es de 7 días.", "es", "The team has 7 players", "en"),
        ("会议持续了7天。", "zh", "The team has 7 players", "en"),
        ("The meeting lasted 7 days.", "en", "会议有7名代表", "zh"),
    ],
)  # fmt: skip
def test_a_bare_figure_that_counts_a_noun_is_no_time(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "unverified", result.reason
    assert "counts" in result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        # An age set off by commas or followed by a word of time: the figure is the age.
        ("Roof was 21 years old.", "en", "Roof, who was 21 at the time, was convicted", "en"),
        ("Jessica Lawson was 12 years old.", "en", "Jessica Lawson, 12, dies on French trip",
         "en"),
        ("Roof tinha 21 anos.", "pt", "Roof, who was 21 when he was arrested", "en"),
        ("Er war 16 Jahre alt.", "de", "Er war 16, als er ging", "de"),
        ("Elle avait 16 ans.", "fr", "Elle avait 16 quand elle est partie", "fr"),
    ],
)  # fmt: skip
def test_a_bare_figure_that_counts_nothing_is_the_time(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "pass", result.reason
