"""A word of up or down governing a bare count ("cut 90 branches", "slashed 700 jobs",
"added 250 nurses", "gekürzt", "réduit", "perdió") is the change itself: against the level a
change reaches on the other side ("fell to 90") it is at most unverified; against the same
change it passes. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A count changed against a level reached: unverified.
        ("en", "The bank cut 90 branches.", "The bank's branch count fell to 90.", "en",
         "unverified"),
        ("en", "The insurer slashed 700 jobs.", "The insurer's workforce dropped to 700.", "en",
         "unverified"),
        ("en", "The hospital added 250 nurses.", "The number of nurses rose to 250.", "en",
         "unverified"),
        ("en", "The bank's branch count fell to 90.", "The bank cut 90 branches.", "en",
         "unverified"),
        ("de", "Die Bank hat 90 Filialen gekürzt.", "Die Zahl der Filialen sank auf 90.", "de",
         "unverified"),
        ("fr", "La banque a réduit 90 agences.", "Le nombre d'agences est tombé à 90.", "fr",
         "unverified"),
        ("es", "La aseguradora perdió 700 empleos.", "La plantilla cayó a 700 personas.", "es",
         "unverified"),
        # Across languages.
        ("en", "The bank cut 90 branches.", "Die Zahl der Filialen sank auf 90.", "de",
         "unverified"),
        ("en", "The bank cut 90 branches.", "Le nombre d'agences est tombé à 90.", "fr",
         "unverified"),
        # The same change on both sides: pass.
        ("en", "The bank cut 90 branches.", "The bank cut 90 branches in 2023.", "en", "pass"),
        ("en", "The bank cut 90 branches.", "The bank's branch count fell by 90.", "en", "pass"),
        ("en", "The hospital added 250 nurses.", "The hospital hired 250 nurses.", "en", "pass"),
        ("de", "Die Bank hat 90 Filialen gekürzt.", "Die Bank wird 90 Filialen schließen.", "de",
         "pass"),
        ("en", "The bank cut 90 branches.", "La banque a fermé 90 agences.", "fr", "pass"),
        # A quote giving no direction leaves the cut unchecked: unverified, not passed.
        ("en", "The insurer slashed 700 jobs.", "The insurer employs 700 people.", "en",
         "unverified"),
        ("fr", "La banque a réduit 90 agences.", "La banque compte 90 agences.", "fr",
         "unverified"),
        # A level on both sides, or a cut to a level: pass.
        ("en", "The branch count fell to 90.", "The bank cut its branch count to 90.", "en",
         "pass"),
        ("en", "The bank cut fees by 5%.", "Fees fell 5%.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_count_cut_or_added_is_no_level(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
