"""Negations met in other words (holdout27's classes, with made-up sentences): a negated
prohibition in a later clause of a Chinese or Japanese sentence ("却并未被禁止上场") is the
permission the quote gives there ("但仍然被允许上场"); a negation of going on ("不再收费",
"ya no cobran", "keine Maut") is what a word of stopping on the other side says ("停止收费",
"dejaron de cobrar", "eingestellt"); after a verb of extent "über" and "over" are "across"
("erstreckt sich über 12.000 Acres"), not "more than"."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("报告称，2019年至少三名球员赛前饮酒，却并未被禁止上场。",
         "报告称，2019年至少有三名球员在比赛前饮酒，但仍然被允许上场。", "zh", "zh", "pass"),
        ("报告称，2019年至少三名球员赛前饮酒，因此被禁止上场。",
         "报告称，2019年至少有三名球员在比赛前饮酒，但仍然被允许上场。", "zh", "zh", "fail"),
        ("報告によると、2019年に少なくとも3人の選手が試合前に飲酒したが、出場は禁止されなかった。",
         "報告によると、2019年に少なくとも3人の選手が試合前に飲酒したが、それでも出場が許可された。",
         "ja", "ja", "pass"),
        ("報告によると、2019年に少なくとも3人の選手が試合前に飲酒し、出場を禁止された。",
         "報告によると、2019年に少なくとも3人の選手が試合前に飲酒したが、それでも出場が許可された。",
         "ja", "ja", "fail"),
        ("The report said at least 3 players drank before the 2019 match but were not "
         "banned from playing.",
         "报告称，2019年至少有三名球员在比赛前饮酒，但仍然被允许上场。", "en", "zh", "pass"),
    ],
)  # fmt: skip
def test_negated_prohibition_in_a_later_cjk_clause(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("省内6座桥梁不再收费。", "省内6座桥梁正式停止收费", "zh", "zh", "pass"),
        ("省内6座桥梁不再收费。", "省内6座桥梁正式开始收费", "zh", "zh", "fail"),
        ("The 6 bridges in the province have not charged tolls since May.",
         "The 6 bridges in the province stopped charging tolls in May.", "en", "en", "pass"),
        ("The 6 bridges in the province have not charged tolls since May.",
         "省内6座桥梁5月起正式停止收费", "en", "zh", "pass"),
        ("Los 6 puentes de la provincia ya no cobran peaje.",
         "Los 6 puentes de la provincia dejaron de cobrar peaje.", "es", "es", "pass"),
        ("Los 6 puentes de la provincia ya no cobran peaje.",
         "Los 6 puentes de la provincia empezaron a cobrar peaje.", "es", "es", "fail"),
        ("Die 6 Brücken der Provinz erheben seit Mai keine Maut.",
         "Die 6 Brücken der Provinz haben im Mai die Erhebung der Maut eingestellt.", "de",
         "de", "pass"),
        ("Les 6 ponts de la province ne perçoivent pas de péage depuis mai.",
         "Les 6 ponts de la province ont cessé de percevoir un péage en mai.", "fr", "fr",
         "pass"),
    ],
)  # fmt: skip
def test_negation_of_going_on_against_a_word_of_stopping(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # After a verb of extent, "über"/"over" is "across", not "more than"; acres are read
        # in German, French, Spanish and Portuguese too.
        ("Die Ranch erstreckt sich über 12.000 Acres bei Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "de", "en", "pass"),
        ("Die Ranch umfasst über 12.000 Acres bei Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "de", "en", "fail"),
        ("Die Ranch erstreckt sich über 1.200 Acres bei Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "de", "en", "fail"),
        ("The ranch stretches over 12,000 acres near Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "en", "en", "pass"),
        ("The ranch has over 12,000 acres near Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "en", "en", "fail"),
        ("Le ranch s'étend sur 12 000 acres près d'Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "fr", "en", "pass"),
        ("El rancho se extiende por 1.200 acres cerca de Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "es", "en", "fail"),
        ("O rancho ocupa 12.000 acres perto de Helena.",
         "Set on 12,000 acres of rolling grassland near Helena, the ranch has 40 cabins.",
         "pt", "en", "pass"),
    ],
)  # fmt: skip
def test_over_after_a_verb_of_extent_and_acres(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "1泊の料金", "1晚的房价": one night is the rate's "per", no count of its own.
        ("1泊の料金は180ドルから950ドルまで。", "Nightly cabin rates run from $180 to $950.",
         "ja", "en", "pass"),
        ("1泊の料金は180ドルから590ドルまで。", "Nightly cabin rates run from $180 to $950.",
         "ja", "en", "fail"),
        ("1晚的房价为180美元至950美元。", "Nightly cabin rates run from $180 to $950.", "zh",
         "en", "pass"),
        ("1晚的房价为180美元至590美元。", "Nightly cabin rates run from $180 to $950.", "zh",
         "en", "fail"),
        ("Las tarifas por noche van de 180 a 950 dólares.", "1泊の料金は180ドルから950ドルまで。",
         "es", "ja", "pass"),
    ],
)  # fmt: skip
def test_one_night_of_a_rate_is_no_count(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_SURVEY_JA = (
    "ある会社がネット通販の利用者に実施したアンケートでは、回答者の約72％が安全な通販サイトと"
    "危険な通販サイトは「見分けられない」と回答。さらに、約48％が通販サイトの利用に不安を感じて"
    "いると回答している。"
)
_SURVEY_ZH = (
    "在一项针对网购用户的调查中，约72%的受访者表示“无法区分”安全和危险的购物网站。此外，约48%"
    "的受访者对使用购物网站感到担忧。"
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A negation in another sentence, in the clause of another percentage the statement
        # does not state, is that figure's predicate, not the statement's.
        ("アンケートでは、回答者の約48％が通販サイトの利用に不安を感じていると答えた。",
         _SURVEY_JA, "ja", "ja", "pass"),
        ("在调查中，约48%的受访者表示对使用购物网站感到担忧。", _SURVEY_ZH, "zh", "zh", "pass"),
        ("In the survey, about 48% of respondents said they felt uneasy about shopping "
         "sites.", _SURVEY_JA, "en", "ja", "pass"),
        # The negated figure's own predicate without its negation still fails.
        ("アンケートでは、回答者の約72％が安全な通販サイトと危険な通販サイトを見分けられると答えた。",
         _SURVEY_JA, "ja", "ja", "fail"),
    ],
)  # fmt: skip
def test_a_negation_of_another_figure_is_not_the_statements(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A word of absence right after its figure ("Der 9. November fehlt") says what a
        # negation right after the same figure says ("taucht der 9. November nicht auf").
        ("Der 9. November fehlt im monatlichen Veranstaltungskalender der Kieler "
         "Stadtverwaltung.",
         "Im monatlichen Veranstaltungsplan der Kieler Stadtverwaltung taucht der 9. "
         "November nicht auf.", "de", "de", "pass"),
        ("El 12 de octubre falta en el calendario mensual del ayuntamiento de Cádiz.",
         "En la agenda mensual del ayuntamiento de Cádiz, el 12 de octubre no aparece.",
         "es", "es", "pass"),
        ("O 7 de setembro falta na agenda mensal da prefeitura de Belém.",
         "Na agenda mensal da prefeitura de Belém, o 7 de setembro não aparece.", "pt", "pt",
         "pass"),
        # A negation elsewhere in the quote is not the figure's absence: never a pass;
        # an absence against a negation that governs nothing the statement says is left to
        # a person (`_absence_against_negation`).
        ("Der 9. November fehlt im Kalender.",
         "Am 9. November fand die Sitzung nicht statt.", "de", "de", "unverified"),
    ],
)  # fmt: skip
def test_an_absent_figure_is_a_negated_one(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "70 countries and 95 languages gathered in San Diego": what follows two figures
        # coordinated with their nouns is said of both, not of the second alone.
        ("1,500 people representing 70 countries gathered in San Diego, Lyon and Geneva in "
         "2016.",
         "Over 1,500 people representing 70 countries and 95 languages gathered in San "
         "Diego, Lyon and Geneva in 2016.", "en", "en", "warn"),
        ("1 500 personnes représentant 70 pays se sont réunies à San Diego, Lyon et Genève "
         "en 2016.",
         "1 500 personnes représentant 70 pays et 95 langues se sont réunies à San Diego, "
         "Lyon et Genève en 2016.", "fr", "fr", "pass"),
        ("1.500 personas de 70 países se reunieron en San Diego, Lyon y Ginebra en 2016.",
         "1.500 personas de 70 países y 95 lenguas se reunieron en San Diego, Lyon y Ginebra "
         "en 2016.", "es", "es", "pass"),
        ("1.500 Menschen aus 70 Ländern kamen 2016 in San Diego, Lyon und Genf zusammen.",
         "1.500 Menschen aus 70 Ländern und 95 Sprachräumen kamen 2016 in San Diego, Lyon "
         "und Genf zusammen.", "de", "de", "pass"),
        # The second figure's own noun still ties a figure to it.
        ("1,500 people representing 70 languages gathered in San Diego, Lyon and Geneva in "
         "2016.",
         "1,500 people representing 70 countries and 95 languages gathered in San Diego, "
         "Lyon and Geneva in 2016.", "en", "en", "fail"),
    ],
)  # fmt: skip
def test_words_after_coordinated_figures_are_said_of_both(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
