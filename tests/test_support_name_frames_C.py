"""A name in the slot after "against" or "for" ([name_frames]: "against" = "contre" =
"contra", "for" = "pour" = "para"), across languages, as after "with" and "by": a quote that
fills the slot with another name, and names the statement's nowhere, leaves the statement
unverified ("lost against Nadal" for "a perdu contre Federer"); the same name passes."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status"),
    [
        (
            "In 2010 he lost 3 sets against Federer.",
            "En 2010 perdió 3 sets contra Nadal.",
            "en",
            "es",
            "unverified",
        ),
        (
            "En 2010, il a perdu 3 sets contre Federer.",
            "In 2010 he lost 3 sets against Nadal.",
            "fr",
            "en",
            "unverified",
        ),
        (
            "Em 2010 jogou 30 partidas contra Boca.",
            "En 2010 jugó 30 partidos contra River.",
            "pt",
            "es",
            "unverified",
        ),
        (
            "En 2012, 52 % ont voté pour Obama.",
            "In 2012, 52% voted for Romney.",
            "fr",
            "en",
            "unverified",
        ),
        (
            "In 2012, 52% voted for Obama.",
            "En 2012, el 52 % votó para Romney.",
            "en",
            "es",
            "unverified",
        ),
        (
            "Em 2012, 52% votaram para Obama.",
            "En 2012, 52 % ont voté pour Romney.",
            "pt",
            "fr",
            "unverified",
        ),
        # The same name passes.
        (
            "In 2010 he lost 3 sets against Federer.",
            "En 2010 perdió 3 sets contra Federer.",
            "en",
            "es",
            "pass",
        ),
        (
            "En 2010, il a perdu 3 sets contre Nadal.",
            "Em 2010 perdeu 3 sets contra Nadal.",
            "fr",
            "pt",
            "pass",
        ),
        ("In 2012, 52% voted for Obama.", "En 2012, 52 % ont voté pour Obama.", "en", "fr", "pass"),
    ],
)
def test_name_after_against_or_for(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
    if status == "unverified":
        assert "names" in s.reason, s.reason
