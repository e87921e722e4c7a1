"""Classes of holdout28's false passes and fails, with new sentences: a statement's vote
pair said with its side words ("310 votes for and 25 against") against a quote's
abstentions; and more below."""

import pytest

from factdb.engine.support import claim_supported

_FR_TALLY = "La motion a été adoptée par 310 voix contre 57 et 25 abstentions."
_EN_TALLY = "The motion passed 310 to 57, with 25 abstentions."
_DE_TALLY = "Der Antrag wurde mit 310 zu 57 Stimmen bei 25 Enthaltungen angenommen."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A count the statement says against is not the quote's abstentions.
        (
            "The motion was carried with 310 votes for and 25 against.",
            "en",
            _FR_TALLY,
            "fr",
            "fail",
        ),
        (
            "Der Antrag wurde mit 310 Stimmen dafür und 25 dagegen angenommen.",
            "de",
            _EN_TALLY,
            "en",
            "fail",
        ),
        (
            "La moción se aprobó con 310 votos a favor y 25 en contra.",
            "es",
            _DE_TALLY,
            "de",
            "fail",
        ),
        ("A moção foi aprovada com 310 votos a favor e 25 contra.", "pt", _FR_TALLY, "fr", "fail"),
        ("该动议以310票赞成、25票反对获得通过。", "zh", _FR_TALLY, "fr", "fail"),
        (
            "The motion was carried with 310 votes for and 25 against.",
            "en",
            _EN_TALLY,
            "en",
            "fail",
        ),
        # The same sides pass.
        (
            "The motion was carried with 310 votes for and 57 against.",
            "en",
            _FR_TALLY,
            "fr",
            "pass",
        ),
        (
            "La moción se aprobó con 310 votos a favor y 57 en contra.",
            "es",
            _EN_TALLY,
            "en",
            "pass",
        ),
        (
            "Der Antrag wurde mit 310 Stimmen dafür und 57 dagegen angenommen.",
            "de",
            _FR_TALLY,
            "fr",
            "pass",
        ),
        # Abstentions the quote counts against.
        (
            "The motion passed with 25 abstentions.",
            "en",
            "La motion a été adoptée par 310 voix pour et 25 contre.",
            "fr",
            "fail",
        ),
        (
            "La moción se aprobó con 25 abstenciones.",
            "es",
            "The motion passed by 310 votes in favour and 25 against.",
            "en",
            "fail",
        ),
    ],
)
def test_vote_pair_sides_against_abstentions(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
