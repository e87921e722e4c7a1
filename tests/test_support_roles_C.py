"""A recipient after a verb of giving in its infinitive or gerund ("taking the trophy to
Tite", "d'apporter la coupe à Tite", "llevar la copa a Tite"; [acquire] gated.giving and
giving): a name the statement gives as the giver that the quote gives only as the
recipient fails, across languages; the right giver passes."""

import pytest

from factdb.engine.support import claim_supported

_QUOTE = (
    "o técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012 ao "
    "ex-presidente Lula"
)


@pytest.mark.parametrize(
    ("statement", "lang", "status"),
    [
        ("Lula regretted taking the 2012 Libertadores trophy to Tite.", "en", "fail"),
        ("Lula said it was a mistake to take the 2012 Libertadores trophy to Tite.", "en", "fail"),
        ("Lula a regretté d'apporter la coupe de 2012 à Tite.", "fr", "fail"),
        ("Lula lamentó llevar la copa de 2012 a Tite.", "es", "fail"),
        ("Tite regretted taking the 2012 Libertadores trophy to Lula.", "en", "pass"),
        ("Tite a regretté d'apporter la coupe de 2012 à Lula.", "fr", "pass"),
        ("Tite lamentó llevar la copa de 2012 a Lula.", "es", "pass"),
    ],
)
def test_recipient_after_taking_or_apporter(statement: str, lang: str, status: str) -> None:
    s = claim_supported(statement, [_QUOTE], statement_lang=lang, quote_lang="pt")
    assert s.status == status, s.reason
    if status == "fail":
        assert "recipient" in s.reason, s.reason
