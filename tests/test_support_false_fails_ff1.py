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


# A direction the statement denies ("did not fall") and then replaces with its opposite on a
# compared figure ("it grew 33%"), the quote's direction of that figure: the negation denies
# what the quote denies too, and negates no figure. Without the figure's own direction, or
# with the figure's direction against the quote's, it still fails.
@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        (
            "en",
            "en",
            "Ticket sales did not drop in 2018; they increased by 9%.",
            "In 2018, ticket sales were up 9%.",
            "pass",
        ),
        (
            "fr",
            "fr",
            "Le chiffre d'affaires n'a pas baissé en 2019 : il a augmenté de 12 %.",
            "En 2019, le chiffre d'affaires a progressé de 12 %.",
            "pass",
        ),
        (
            "es",
            "es",
            "Las ventas no bajaron en 2020: subieron un 8 %.",
            "En 2020 las ventas crecieron un 8 %.",
            "pass",
        ),
        (
            "de",
            "de",
            "Der Umsatz ist 2019 nicht gesunken; er stieg um 12 %.",
            "Der Umsatz ist 2019 um 12 % gestiegen.",
            "pass",
        ),
        # Across languages.
        (
            "es",
            "en",
            "Las ventas no bajaron en 2020: subieron un 8 %.",
            "Sales rose 8% in 2020.",
            "pass",
        ),
        (
            "en",
            "de",
            "Revenue did not fall in 2019; it rose 12%.",
            "Der Umsatz ist 2019 um 12 % gestiegen.",
            "pass",
        ),
        # Look-alikes that keep failing.
        (
            "en",
            "en",
            "Ticket sales did not drop in 2018.",
            "In 2018, ticket sales were up 9%.",
            "fail",
        ),
        (
            "en",
            "en",
            "Ticket sales did not drop in 2018; they increased by 9%.",
            "In 2018, ticket sales were down 9%.",
            "fail",
        ),
        (
            "en",
            "en",
            "Ticket sales did not rise in 2018; they increased by 9%.",
            "In 2018, ticket sales were up 9%.",
            "fail",
        ),
        (
            "en",
            "en",
            "Ticket sales did not drop in 2018; they increased by 9%.",
            "In 2018, ticket sales were not up 9%.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "Le chiffre d'affaires n'a pas augmenté en 2019 : il a baissé de 12 %.",
            "En 2019, le chiffre d'affaires a progressé de 12 %.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "Le chiffre d'affaires n'a pas baissé en 2019 : il a augmenté de 15 %.",
            "En 2019, le chiffre d'affaires a progressé de 12 %.",
            "fail",
        ),
        (
            "es",
            "en",
            "Las ventas no subieron en 2020: bajaron un 8 %.",
            "Sales rose 8% in 2020.",
            "fail",
        ),
        (
            "de",
            "de",
            "Der Umsatz ist 2019 nicht gestiegen; er sank um 12 %.",
            "Der Umsatz ist 2019 um 12 % gestiegen.",
            "fail",
        ),
    ],
)
def test_denied_direction_replaced(lang, quote_lang, statement, quote, status):
    assert verdict(statement, quote, lang, quote_lang).status == status


# Inability to act ("were unable to", "sont incapables de", "son incapaces de") says
# "could not": a negation, against a quote's negation of the act it agrees, against the
# act affirmed it fails (both were read as no negation before, a false pass and a false
# fail). "not unable to" is a double negation and no denial.
@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        (
            "en",
            "en",
            "About 30% of the 500 pupils were unable to swim 25 metres.",
            "About 30% of the 500 pupils cannot swim 25 metres.",
            "pass",
        ),
        (
            "fr",
            "fr",
            "Environ 30 % des 500 élèves sont incapables de nager 25 mètres.",
            "Environ 30 % des 500 élèves ne savent pas nager 25 mètres.",
            "pass",
        ),
        (
            "es",
            "es",
            "Cerca del 30 % de los 500 alumnos son incapaces de nadar 25 metros.",
            "Cerca del 30 % de los 500 alumnos no saben nadar 25 metros.",
            "pass",
        ),
        # Across languages.
        (
            "fr",
            "en",
            "Environ 30 % des 500 élèves sont incapables de nager 25 mètres.",
            "About 30% of the 500 pupils cannot swim 25 metres.",
            "pass",
        ),
        (
            "es",
            "en",
            "Cerca del 30 % de los 500 alumnos son incapaces de nadar 25 metros.",
            "About 30% of the 500 pupils cannot swim 25 metres.",
            "pass",
        ),
        (
            "en",
            "de",
            "About 30% of the 500 pupils were unable to swim 25 metres.",
            "Etwa 30 % der 500 Schüler können keine 25 Meter schwimmen.",
            "pass",
        ),
        # Look-alikes that fail: the act affirmed, another figure.
        (
            "en",
            "en",
            "About 30% of the 500 pupils were unable to swim 25 metres.",
            "About 30% of the 500 pupils can swim 25 metres.",
            "fail",
        ),
        (
            "en",
            "en",
            "About 30% of the 500 pupils were unable to swim 50 metres.",
            "About 30% of the 500 pupils cannot swim 25 metres.",
            "fail",
        ),
        (
            "en",
            "en",
            "About 40% of the 2,000 drivers were unable to name the speed limit.",
            "About 40% of the 2,000 drivers named the speed limit.",
            "fail",
        ),
        (
            "en",
            "de",
            "About 40% of the 2,000 drivers were unable to name the speed limit.",
            "Rund 40 % der 2.000 Fahrer nannten das Tempolimit.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "Environ 30 % des 500 élèves sont incapables de nager 25 mètres.",
            "Environ 30 % des 500 élèves savent nager 25 mètres.",
            "fail",
        ),
        (
            "es",
            "es",
            "Cerca del 30 % de los 500 alumnos son incapaces de nadar 25 metros.",
            "Cerca del 30 % de los 500 alumnos saben nadar 25 metros.",
            "fail",
        ),
    ],
)
def test_inability_is_a_negation(lang, quote_lang, statement, quote, status):
    assert verdict(statement, quote, lang, quote_lang).status == status


# "Not even 60" (nicht einmal, même pas, ni siquiera) right before a figure is a bound,
# fewer than 60: the negation is the comparator's, not the verb's. A figure above the
# bound, or a bound the other way, still fails.
@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        (
            "en",
            "en",
            "Not even 60 people came to the 2019 meeting.",
            "Fewer than 60 people came to the 2019 meeting.",
            "pass",
        ),
        (
            "en",
            "en",
            "Not even 60 people came to the 2019 meeting.",
            "Only 48 people came to the 2019 meeting.",
            "pass",
        ),
        (
            "de",
            "de",
            "Nicht einmal 60 Menschen kamen 2019 zur Versammlung.",
            "Nur 48 Menschen kamen 2019 zur Versammlung.",
            "pass",
        ),
        (
            "fr",
            "fr",
            "Même pas 60 personnes sont venues à la réunion de 2019.",
            "Seules 48 personnes sont venues à la réunion de 2019.",
            "pass",
        ),
        (
            "es",
            "es",
            "Ni siquiera 60 personas acudieron a la reunión de 2019.",
            "Solo 48 personas acudieron a la reunión de 2019.",
            "pass",
        ),
        # Across languages.
        (
            "fr",
            "en",
            "Même pas 60 personnes sont venues à la réunion de 2019.",
            "Only 48 people came to the 2019 meeting.",
            "pass",
        ),
        (
            "es",
            "en",
            "Ni siquiera 60 personas acudieron a la reunión de 2019.",
            "Fewer than 60 people came to the 2019 meeting.",
            "pass",
        ),
        # Look-alikes that fail.
        (
            "en",
            "en",
            "Not even 60 people came to the 2019 meeting.",
            "Some 75 people came to the 2019 meeting.",
            "fail",
        ),
        (
            "en",
            "en",
            "Not even 60 people came to the 2019 meeting.",
            "More than 60 people came to the 2019 meeting.",
            "fail",
        ),
        (
            "en",
            "en",
            "The 2019 meeting did not even draw 60 people.",
            "Some 75 people came to the 2019 meeting.",
            "fail",
        ),
        (
            "de",
            "de",
            "Nicht einmal 60 Menschen kamen 2019 zur Versammlung.",
            "Rund 75 Menschen kamen 2019 zur Versammlung.",
            "fail",
        ),
        (
            "fr",
            "en",
            "Même pas 60 personnes sont venues à la réunion de 2019.",
            "Some 75 people came to the 2019 meeting.",
            "fail",
        ),
        (
            "es",
            "es",
            "Ni siquiera 60 personas acudieron a la reunión de 2019.",
            "Unas 75 personas acudieron a la reunión de 2019.",
            "fail",
        ),
    ],
)
def test_not_even_is_a_bound(lang, quote_lang, statement, quote, status):
    assert verdict(statement, quote, lang, quote_lang).status == status


# A negation before a passive and the comparator it turns ("cannot be fined more than",
# "ne peuvent pas être condamnés à plus de", "no pueden ser multados con más de"): a bound,
# at most the figure, as "does not cost more than" is. The active "can be fined more
# than", another figure or the other comparator still fail.
@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        (
            "en",
            "en",
            "The 12 drivers cannot be fined more than $900.",
            "Each of the 12 drivers faces a fine of up to $900.",
            "pass",
        ),
        (
            "fr",
            "fr",
            "Les 12 conducteurs ne peuvent pas être condamnés à plus de 900 euros d'amende.",
            "Chacun des 12 conducteurs risque une amende de 900 euros au maximum.",
            "pass",
        ),
        (
            "es",
            "es",
            "Los 12 conductores no pueden ser multados con más de 900 euros.",
            "Cada uno de los 12 conductores se enfrenta a una multa de hasta 900 euros.",
            "pass",
        ),
        # Across languages.
        (
            "fr",
            "en",
            "Les 12 conducteurs ne peuvent pas être condamnés à plus de 900 euros d'amende.",
            "Each of the 12 drivers faces a fine of at most 900 euros.",
            "pass",
        ),
        (
            "es",
            "en",
            "Los 12 conductores no pueden ser multados con más de 900 euros.",
            "Each of the 12 drivers faces a fine of up to 900 euros.",
            "pass",
        ),
        # Look-alikes that fail.
        (
            "en",
            "en",
            "The 12 drivers cannot be fined more than $900.",
            "Each of the 12 drivers faces a fine of up to $1,500.",
            "fail",
        ),
        (
            "en",
            "en",
            "The 12 drivers cannot be fined less than $900.",
            "Each of the 12 drivers faces a fine of up to $900.",
            "fail",
        ),
        (
            "en",
            "en",
            "The 12 drivers can be fined more than $900.",
            "Each of the 12 drivers faces a fine of up to $900.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "Les 12 conducteurs ne peuvent pas être condamnés à plus de 900 euros d'amende.",
            "Chacun des 12 conducteurs risque une amende de 1 500 euros au maximum.",
            "fail",
        ),
        (
            "es",
            "es",
            "Los 12 conductores no pueden ser multados con más de 900 euros.",
            "Cada uno de los 12 conductores se enfrenta a una multa de hasta 1.500 euros.",
            "fail",
        ),
    ],
)
def test_negated_passive_comparator(lang, quote_lang, statement, quote, status):
    assert verdict(statement, quote, lang, quote_lang).status == status
