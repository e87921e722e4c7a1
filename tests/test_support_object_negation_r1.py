"""A determiner negation on an object noun ("keinen Grammy", "ningún Grammy", "no Grammy")
after a figure still negates its clause's predicate when a phrase on the noun follows it
("für die Rolle der Schurkin", "por el papel"). Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

QUOTE = "fans cheered the singer who won a Grammy in 2012 for her turn as the villain."


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # The negated object with a trailing phrase negates the award.
        ("de", "Mara Quinn erhielt 2012 keinen Grammy für die Rolle der Schurkin.",
         QUOTE, "en", "fail"),
        ("es", "Mara Quinn recibió en 2012 ningún Grammy por el papel de la villana.",
         QUOTE, "en", "fail"),
        ("fr", "Mara Quinn n'a reçu en 2012 aucun Grammy pour le rôle de la méchante.",
         QUOTE, "en", "fail"),
        ("en", "Mara Quinn received in 2012 no Grammy for the role of the villain.",
         QUOTE, "en", "fail"),
        ("de", "Mara Quinn erhielt 2012 keinen Grammy als beste Sängerin.",
         "Mara Quinn won a Grammy in 2012 as best singer.", "en", "fail"),
        # Without the negation, or with it on both sides, it says the same.
        ("de", "Mara Quinn erhielt 2012 einen Grammy für die Rolle der Schurkin.",
         QUOTE, "en", "pass"),
        ("de", "Mara Quinn erhielt 2012 keinen Grammy für die Rolle der Schurkin.",
         "Mara Quinn did not win a Grammy in 2012 for her turn as the villain.", "en", "pass"),
        ("de", "Mara Quinn erhielt 2012 keinen Grammy für die Rolle der Schurkin.",
         "Mara Quinn bekam 2012 keinen Grammy für die Rolle der Schurkin.", "de", "pass"),
    ],
)  # fmt: skip
def test_a_negated_object_with_a_phrase_negates_the_clause(
    lang, statement, quote, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reasons if hasattr(result, "reasons") else result
