"""The negation classes of holdout32 on what is said of a figure: a verb of failure on an
act ("fail to start", "échouent à démarrer", "fracasan en llegar") says "did not". Every
sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A verb of failure with an infinitive negates the act.
        ("en", "80% of the buses fail to leave within ten minutes of the timetable.",
         "80% of the buses leave within ten minutes of the timetable.", "en", "fail"),
        ("en", "In 2021, the rover failed to land on the 3 km crater.",
         "In 2021, the rover landed on the 3 km crater.", "en", "fail"),
        ("fr", "80 % des bus échouent à partir dans les dix minutes prévues.",
         "80 % des bus partent dans les dix minutes prévues.", "fr", "fail"),
        ("es", "El 80 % de los autobuses fracasan en salir en los diez minutos previstos.",
         "El 80 % de los autobuses salen en los diez minutos previstos.", "es", "fail"),
        ("en", "80% of the buses fail to leave within ten minutes of the timetable.",
         "80 % des bus partent dans les dix minutes prévues.", "fr", "fail"),
        # A failure on both sides, or a failure for a negation, says the same.
        ("en", "80% of the buses fail to leave within ten minutes of the timetable.",
         "80% of the buses do not leave within ten minutes of the timetable.", "en", "pass"),
        ("en", "In 2021, the rover failed to land on the 3 km crater.",
         "In 2021, the rover failed to land on the 3 km crater.", "en", "pass"),
        ("fr", "80 % des bus ne partent pas dans les dix minutes prévues.",
         "80% of the buses fail to leave within ten minutes of the timetable.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_failure_negates_the_act(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A superlative's opposite degree says the opposite of the figure's clause.
        ("en", "After 12 years, the mayor said housing was where she felt least successful.",
         "After 12 years, the mayor said housing was where she felt most successful.",
         "en", "fail"),
        ("de", "Nach 12 Jahren fühlte sie sich beim Wohnungsbau am wenigsten erfolgreich.",
         "Nach 12 Jahren fühlte sie sich beim Wohnungsbau am meisten erfolgreich.",
         "de", "fail"),
        ("fr", "En 2020, le quartier le moins touché comptait 40 000 habitants.",
         "En 2020, le quartier le plus touché comptait 40 000 habitants.", "fr", "fail"),
        ("es", "En 2020, el barrio menos afectado, el menos poblado, tenía 40.000 habitantes.",
         "En 2020, el barrio más afectado, el más poblado, tenía 40.000 habitantes.", "es", "fail"),
        ("en", "In 2020, the least affected district had 40,000 residents.",
         "En 2020, le quartier le plus touché comptait 40 000 habitants.", "fr", "fail"),
        # The same degree on both sides, and "at least", "most of" are no superlative.
        ("en", "In 2020, the most affected district had 40,000 residents.",
         "En 2020, le quartier le plus touché comptait 40 000 habitants.", "fr", "pass"),
        ("en", "In 2020, the district had at least 40,000 residents, most of them retired.",
         "In 2020, the district had at least 40,000 residents, most of them retired.",
         "en", "pass"),
        ("fr", "En 2020, le quartier comptait au moins 40 000 habitants.",
         "In 2020, the district had at least 40,000 residents.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_superlative_of_the_opposite_degree(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A stock sold out against one left unsold says the opposite.
        ("ja", "300枚のチケットは3日たっても売れ残った。",
         "300枚のチケットは3日で完売した。", "ja", "fail"),
        ("zh", "300张门票三天后仍然滞销。", "300张门票三天内售罄。", "zh", "fail"),
        ("en", "The 300 tickets sold out within 3 days.",
         "300枚のチケットは3日たっても売れ残った。", "ja", "fail"),
        ("en", "In 2019, 300 of the tickets went unsold.",
         "In 2019, all 300 tickets sold out.", "en", "fail"),
        ("de", "2019 waren alle 300 Karten ausverkauft.",
         "In 2019, 300 of the tickets went unsold.", "en", "fail"),
        # The same side on both sides says the same.
        ("ja", "300枚のチケットは3日で売り切れた。",
         "300枚のチケットは3日で完売した。", "ja", "pass"),
        ("en", "The 300 tickets sold out within 3 days.",
         "300张门票三天内售罄。", "zh", "pass"),
    ],
)  # fmt: skip
def test_a_stock_sold_out_or_unsold(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # Grounded (banned from flying) against a permission to fly, across languages.
        ("en", "At least three pilots failed a breath test in 2018 and were grounded.",
         "2018年至少有三名飞行员未通过酒精测试，但仍然被允许飞行。", "zh", "fail"),
        ("fr", "Au moins trois pilotes ont échoué à un alcootest en 2018 et ont été cloués au sol.",
         "In 2018, at least three pilots failed a breath test but were still allowed to fly.",
         "en", "fail"),
        ("es", "En 2018, al menos tres pilotos dieron positivo y se quedaron en tierra.",
         "In 2018, at least three pilots tested positive but were still allowed to fly.",
         "en", "fail"),
        # A ban on both sides says the same; "grounded in" is no ban.
        ("en", "At least three pilots drank in 2018 and were grounded.",
         "2018年至少有三名飞行员喝了酒，被禁止飞行。", "zh", "pass"),
        ("en", "The 2018 study of three pilots was grounded in evidence.",
         "2018年对三名飞行员的研究得到允许。", "zh", "pass"),
    ],
)  # fmt: skip
def test_grounded_against_a_permission_to_fly(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A contrast denying the figure's predicate ("rather than held on March 3").
        ("en", "The hearing was postponed rather than held on March 3.",
         "The hearing was held on March 3.", "en", "fail"),
        ("fr", "L'audience a été reportée plutôt que d'être tenue le 3 mars.",
         "L'audience s'est tenue le 3 mars.", "fr", "fail"),
        ("es", "La audiencia se aplazó en lugar de ser celebrada el 3 de marzo.",
         "La audiencia se celebró el 3 de marzo.", "es", "fail"),
        ("en", "The hearing was postponed rather than held on March 3.",
         "L'audience s'est tenue le 3 mars.", "fr", "fail"),
        # The same contrast, or a negation, on the other side says the same; a figure
        # before the contrast is left alone.
        ("en", "The hearing was postponed rather than held on March 3.",
         "The hearing was not held on March 3.", "en", "pass"),
        ("fr", "L'audience a été reportée plutôt que d'être tenue le 3 mars.",
         "The hearing was postponed rather than held on March 3.", "en", "pass"),
        ("en", "The 40 workers were paid in cash rather than paid by cheque.",
         "The 40 workers were paid in cash.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_contrast_denying_the_predicate(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # "missing" is a negative in English: its word in another language is one too, and
        # a negation beside it stays a negation of the verb.
        ("fr", "Le marin disparu n'est jamais arrivé au port après 12 jours en mer.",
         "After 12 days at sea, the missing sailor arrives in port.", "en", "fail"),
        ("es", "El marinero desaparecido nunca llegó al puerto tras 12 días en el mar.",
         "After 12 days at sea, the missing sailor arrives in port.", "en", "fail"),
        ("fr", "Le marin disparu est arrivé au port après 12 jours en mer.",
         "After 12 days at sea, the missing sailor arrives in port.", "en", "pass"),
        ("de", "Der vermisste Segler erreichte nach 12 Tagen auf See den Hafen.",
         "After 12 days at sea, the missing sailor reached the port.", "en", "pass"),
        ("es", "El marinero desaparecido llegó al puerto tras 12 días en el mar.",
         "After 12 days at sea, the missing sailor arrives in port.", "en", "pass"),
    ],
)  # fmt: skip
def test_the_missing_in_another_language(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A Chinese negation on the verb before a comparator turns it ("没有造成超过30人受伤"
        # says "at most 30").
        ("zh", "2015年的风暴没有造成超过30人受伤。",
         "2015年的风暴造成超过30人受伤。", "zh", "fail"),
        ("zh", "2015年的风暴没有造成超过30人受伤。",
         "In 2015, the storm injured more than 30 people.", "en", "fail"),
        ("zh", "2015年的风暴没有造成超过30人受伤。",
         "In 2015, the storm injured at most 30 people.", "en", "pass"),
        ("zh", "2015年的风暴没有造成超过30人受伤。",
         "In 2015, the storm did not injure more than 30 people.", "en", "pass"),
        # The same comparator with no negation says the same.
        ("zh", "2015年的风暴造成超过30人受伤。", "2015年的风暴造成超过30人受伤。", "zh", "pass"),
    ],
)  # fmt: skip
def test_a_chinese_negation_before_a_comparator(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
