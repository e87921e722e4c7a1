"""A verdict's side: a conviction ("found guilty", "verurteilt", "condamné", "有罪")
against an acquittal ("acquitted", "freigesprochen", "absuelto", "無罪") of the same count
contradicts, in one language and across languages; the same side on both passes. Every
sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # An acquittal against a conviction, no negation on either side: fail.
        ("en", "The jury acquitted Hale on all 14 counts.",
         "A jury in Ohio has found Marcus Hale guilty on all 14 counts.", "en", "fail"),
        ("en", "Hale was convicted on all 14 counts.",
         "The jury acquitted Marcus Hale on all 14 counts.", "en", "fail"),
        ("de", "Das Landgericht sprach Becker in allen 7 Anklagepunkten frei.",
         "Das Landgericht hat Becker in allen 7 Anklagepunkten schuldig gesprochen.", "de",
         "fail"),
        ("de", "Becker wurde in 7 Fällen verurteilt.",
         "Becker wurde in allen 7 Fällen freigesprochen.", "de", "fail"),
        ("fr", "La cour a acquitté Moreau des 5 chefs d'accusation.",
         "La cour a reconnu Moreau coupable des 5 chefs d'accusation.", "fr", "fail"),
        ("es", "El tribunal absolvió a Ruiz de los 9 cargos.",
         "El tribunal declaró culpable a Ruiz de los 9 cargos.", "es", "fail"),
        ("pt", "O júri absolveu Costa das 6 acusações.",
         "O júri considerou Costa culpado das 6 acusações.", "pt", "fail"),
        # Across languages.
        ("en", "The court acquitted Becker on all 7 counts.",
         "Das Landgericht hat Becker in allen 7 Anklagepunkten verurteilt.", "de", "fail"),
        ("fr", "Moreau a été condamné pour les 5 chefs d'accusation.",
         "El tribunal absolvió a Moreau de los 5 cargos.", "es", "fail"),
        ("zh", "法院判定被告9项罪名全部有罪。",
         "The court acquitted the defendant on all 9 charges.", "en", "fail"),
        ("ja", "陪審は被告を12件の罪すべてについて有罪とした。",
         "The jury acquitted the defendant on all 12 counts.", "en", "fail"),
        ("zh", "法院判定被告9项罪名全部有罪。",
         "Das Gericht sprach den Angeklagten in allen 9 Punkten frei.", "de", "fail"),
        # The same side on both: pass.
        ("ja", "陪審は被告を12件の罪すべてについて有罪とした。",
         "The jury found the defendant guilty on all 12 counts.", "en", "pass"),
        ("zh", "法院判定被告9项罪名全部无罪。",
         "Das Gericht sprach den Angeklagten in allen 9 Punkten frei.", "de", "pass"),
        ("en", "The jury found Hale guilty on 14 counts.",
         "The jury convicted Marcus Hale on 14 counts.", "en", "pass"),
        ("en", "The court convicted Becker on all 7 counts.",
         "Das Landgericht hat Becker in allen 7 Anklagepunkten verurteilt.", "de", "pass"),
        ("es", "El tribunal absolvió a Moreau de los 5 cargos.",
         "Le tribunal a acquitté Moreau des 5 chefs d'accusation.", "fr", "pass"),
        ("de", "Becker wurde in allen 7 Fällen freigesprochen.",
         "The court acquitted Becker on all 7 counts.", "en", "pass"),
        # A negated conviction is for the negation check: "not convicted" says "acquitted".
        ("en", "Hale was not convicted on any of the 14 counts.",
         "The jury acquitted Marcus Hale on all 14 counts.", "en", "pass"),
        ("de", "Becker wurde in den 7 Anklagepunkten nicht verurteilt.",
         "Becker wurde in allen 7 Anklagepunkten freigesprochen.", "de", "pass"),
        ("es", "Ruiz no fue condenado por los 9 cargos.",
         "The court acquitted Ruiz on all 9 charges.", "en", "pass"),
        # Both verdicts in the quote's clause: no one side to hold against the statement.
        ("en", "Hale was acquitted on 3 counts.",
         "Hale was acquitted on 3 counts and convicted on 11 others.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_conviction_against_an_acquittal_fails(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
