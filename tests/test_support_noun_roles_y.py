"""Who did what to whom, with the parties named by common nouns ("rebels", "soldiers",
"the bank", "police"; [party_nouns] of common.toml and the party meanings of
[counted_nouns]): the one before a verb of attacking, giving, beating, urging or detaining
acts on the one after it. Given the other way round with the same kind of verb, the
statement fails, in one language or across languages; with another kind of verb ("arrested"
against "attacked") it is unverified. Right paraphrases pass, a passive among them."""

import pytest

from factdb.engine.support import claim_supported

_QUOTE = "Rebels killed 23 soldiers."


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Swapped in one language.
        (
            "Rebels attacked the base, killing 23 soldiers.",
            "Soldiers attacked the rebel camp, killing 23 rebels.",
            "en",
            "en",
            "fail",
        ),
        ("Soldiers killed 23 rebels.", _QUOTE, "en", "en", "fail"),
        (
            "The bank lent the company $5 million.",
            "The company lent the bank $5 million.",
            "en",
            "en",
            "fail",
        ),
        (
            "Die Soldaten töteten 23 Rebellen.",
            "Die Rebellen töteten 23 Soldaten.",
            "de",
            "de",
            "fail",
        ),
        (
            "Los soldados mataron a 23 rebeldes.",
            "Los rebeldes mataron a 23 soldados.",
            "es",
            "es",
            "fail",
        ),
        (
            "Les soldats ont tué 23 rebelles.",
            "Les rebelles ont tué 23 soldats.",
            "fr",
            "fr",
            "fail",
        ),
        # Swapped across languages.
        ("Soldiers killed 23 rebels.", "Die Rebellen töteten 23 Soldaten.", "en", "de", "fail"),
        ("Soldiers killed 23 rebels.", "Los rebeldes mataron a 23 soldados.", "en", "es", "fail"),
        ("Soldiers killed 23 rebels.", "Les rebelles ont tué 23 soldats.", "en", "fr", "fail"),
        ("Die Soldaten töteten 23 Rebellen.", _QUOTE, "de", "en", "fail"),
        # Another act, the parties the other way round: unverified at least.
        (
            "Police arrested 40 protesters.",
            "Protesters attacked 40 police officers.",
            "en",
            "en",
            "unverified",
        ),
        # Right paraphrases keep passing.
        ("Die Rebellen töteten 23 Soldaten.", _QUOTE, "de", "en", "pass"),
        ("Rebels killed 23 soldiers.", "Die Rebellen töteten 23 Soldaten.", "en", "de", "pass"),
        ("Rebels killed 23 soldiers.", "Los rebeldes mataron a 23 soldados.", "en", "es", "pass"),
        ("Rebels killed 23 soldiers.", "Les rebelles ont tué 23 soldats.", "en", "fr", "pass"),
        ("Rebels killed 23 soldiers.", "23 soldiers were killed by rebels.", "en", "en", "pass"),
        ("Rebels killed 23 soldiers.", _QUOTE, "en", "en", "pass"),
        (
            "The bank lent the company $5 million.",
            "The bank lent the company $5 million.",
            "en",
            "en",
            "pass",
        ),
        (
            "Police arrested 40 protesters.",
            "Police arrested 40 protesters on Sunday.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_noun_roles(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
