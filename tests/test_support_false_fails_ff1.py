"""Classes of false fails (a statement the quote supports read as contradicted), issue 13,
second round. Every sentence here is new.

A negated side of opposing predicates whose own words carry a negation (``unnegated``:
"acquitted", "absuelto", "freigesprochen"): negated in turn ("was not acquitted"), it says
the other side ("convicted"), as a negation of any side of a complementary group does."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # A negated acquittal against a conviction: both say the verdict was guilty.
        (
            "en",
            "en",
            "The court did not acquit the two brothers of the 2019 robbery.",
            "The two brothers were convicted of the 2019 robbery.",
            "pass",
        ),
        (
            "en",
            "en",
            "The 6 defendants were not acquitted in 2020.",
            "The 6 defendants were convicted in 2020.",
            "pass",
        ),
        (
            "es",
            "es",
            "El tribunal no absolvió a los 4 acusados del fraude de 2017.",
            "Los 4 acusados fueron condenados por el fraude de 2017.",
            "pass",
        ),
        (
            "fr",
            "fr",
            "Les 3 militants n'ont pas été acquittés en 2021.",
            "Les 3 militants ont été condamnés en 2021.",
            "pass",
        ),
        (
            "de",
            "de",
            "Die 6 Angeklagten wurden 2020 nicht freigesprochen.",
            "Die 6 Angeklagten wurden 2020 verurteilt.",
            "pass",
        ),
        # Across languages.
        (
            "fr",
            "en",
            "Les 3 militants n'ont pas été acquittés en 2021.",
            "The 3 activists were convicted in 2021.",
            "pass",
        ),
        (
            "es",
            "en",
            "Los 7 acusados no fueron absueltos.",
            "All 7 defendants were found guilty.",
            "pass",
        ),
        (
            "en",
            "de",
            "The 6 defendants were not acquitted in 2020.",
            "Die 6 Angeklagten wurden 2020 verurteilt.",
            "pass",
        ),
        # Look-alikes that keep failing: the acquittal itself, a negated conviction, a
        # wrong figure beside the negated acquittal, a negated acquittal against a quote
        # that denies the conviction.
        (
            "en",
            "en",
            "The court acquitted the two brothers of the 2019 robbery.",
            "The two brothers were convicted of the 2019 robbery.",
            "fail",
        ),
        (
            "en",
            "en",
            "The two brothers were not convicted of the 2019 robbery.",
            "The two brothers were convicted of the 2019 robbery.",
            "fail",
        ),
        (
            "en",
            "en",
            "The court did not acquit the two brothers of the 2018 robbery.",
            "The two brothers were convicted of the 2019 robbery.",
            "fail",
        ),
        (
            "en",
            "en",
            "The 6 defendants were not acquitted in 2020.",
            "The 6 defendants were not convicted in 2020.",
            "fail",
        ),
        (
            "en",
            "en",
            "The 6 defendants were acquitted in 2020.",
            "The 6 defendants were not acquitted in 2020.",
            "fail",
        ),
        (
            "es",
            "es",
            "El tribunal absolvió a los 4 acusados del fraude de 2017.",
            "Los 4 acusados fueron condenados por el fraude de 2017.",
            "fail",
        ),
        (
            "es",
            "es",
            "El tribunal no absolvió a los 5 acusados del fraude de 2017.",
            "Los 4 acusados fueron condenados por el fraude de 2017.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "Les 3 militants ont été acquittés en 2021.",
            "Les 3 militants ont été condamnés en 2021.",
            "fail",
        ),
        (
            "es",
            "en",
            "Los 7 acusados fueron absueltos.",
            "All 7 defendants were found guilty.",
            "fail",
        ),
        (
            "de",
            "de",
            "Die 6 Angeklagten wurden 2020 freigesprochen.",
            "Die 6 Angeklagten wurden 2020 verurteilt.",
            "fail",
        ),
    ],
)
def test_negated_acquittal(lang, quote_lang, statement, quote, status):
    assert verdict(statement, quote, lang, quote_lang).status == status
