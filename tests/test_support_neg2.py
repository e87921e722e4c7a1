"""Negations placed by clause and negations of going on (made-up sentences): a statement
negating its figure's clause is met only by a negation in the compared figure's clause,
not by one in another figure's clause ("40% felt tired, while 25% did not sleep");
Japanese "しなくなった" (no longer does) is a negation of going on."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Some 38% of the nurses did not feel rested.",
         "Some 38% of the nurses felt rested, while 21% did not get any sleep.",
         "en", "en", "fail"),
        ("Some 38% of the nurses did not feel rested.",
         "Some 38% of the nurses did not feel rested, while 21% slept well.",
         "en", "en", "pass"),
        ("Some 38% of the nurses did not feel rested.",
         "While 21% slept well, some 38% of the nurses did not feel rested.",
         "en", "en", "pass"),
        ("Rund 38 % der Pflegekräfte fühlten sich nicht erholt.",
         "Rund 38 % der Pflegekräfte fühlten sich erholt, während 21 % gar nicht schliefen.",
         "de", "de", "fail"),
        ("Rund 38 % der Pflegekräfte fühlten sich nicht erholt.",
         "Rund 38 % der Pflegekräfte fühlten sich nicht erholt, während 21 % gut schliefen.",
         "de", "de", "pass"),
        ("Près de 38 % des infirmières ne se sentaient pas reposées.",
         "Près de 38 % des infirmières se sentaient reposées, tandis que 21 % n'ont pas dormi.",
         "fr", "fr", "fail"),
        ("Cerca del 38 % de las enfermeras no se sentía descansada.",
         "Cerca del 38 % de las enfermeras se sentía descansada, mientras que el 21 % no durmió.",
         "es", "es", "fail"),
        ("約38％の看護師は休めたと感じなかった。",
         "約38％の看護師が休めたと感じ、21％は全く眠れなかった。", "ja", "ja", "fail"),
        ("约38%的护士没有感到休息充分。",
         "约38%的护士感到休息充分，而21%的护士根本没有睡觉。", "zh", "zh", "fail"),
        ("约38%的护士没有感到休息充分。",
         "约38%的护士没有感到休息充分，而21%的护士睡得很好。", "zh", "zh", "pass"),
        # Another figure of another kind, or in another sentence of its own.
        ("Some 38% of the nurses did not feel rested.",
         "Some 38% of the nurses felt rested, while 6 doctors did not sleep at all.",
         "en", "en", "fail"),
        ("Some 38% of the nurses did not feel rested.",
         "Some 38% of the nurses felt rested. Another 21% did not sleep at all.",
         "en", "en", "fail"),
        ("Rund 38 % der Pflegekräfte fühlten sich nicht erholt.",
         "Rund 38 % der Pflegekräfte fühlten sich erholt, aber 6 Ärzte schliefen nicht.",
         "de", "de", "fail"),
        # A sentence without a figure may speak of the compared one.
        ("Some 38% of the nurses did not feel rested.",
         "The survey reached some 38% of the nurses. They did not feel rested.",
         "en", "en", "pass"),
        # Across languages.
        ("Some 38% of the nurses did not feel rested.",
         "Rund 38 % der Pflegekräfte fühlten sich erholt, während 21 % gar nicht schliefen.",
         "en", "de", "fail"),
        ("Some 38% of the nurses did not feel rested.",
         "Près de 38 % des infirmières ne se sentaient pas reposées, tandis que 21 % ont bien "
         "dormi.", "en", "fr", "pass"),
    ],
)  # fmt: skip
def test_negation_met_in_the_compared_figures_clause(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("2018年から入館料を徴収しなくなった。", "2018年から入館料の徴収を開始した。",
         "ja", "ja", "fail"),
        ("2018年から入館料を徴収しなくなった。", "2018年から入館料を徴収している。",
         "ja", "ja", "fail"),
        ("2018年から入館料を徴収しなくなった。", "2018年に入館料の徴収を停止した。",
         "ja", "ja", "pass"),
        ("2018年から入館料を徴収しなくなった。", "2018年から入館料を徴収していない。",
         "ja", "ja", "pass"),
        ("4社は2022年にチラシを配らなくなった。", "4社は2022年にチラシの配布を再開した。",
         "ja", "ja", "fail"),
        # An adjective's "少なくなった" (became fewer) negates nothing.
        ("2022年に来場者が15％少なくなった。", "2022年に来場者が15％減った。",
         "ja", "ja", "pass"),
        # Across languages.
        ("The gallery stopped charging admission in 2018.", "2018年から入館料を徴収しなくなった。",
         "en", "ja", "pass"),
        ("The gallery started charging admission in 2018.", "2018年から入館料を徴収しなくなった。",
         "en", "ja", "fail"),
        ("美术馆从2018年起不再收取门票。", "2018年から入館料を徴収しなくなった。",
         "zh", "ja", "pass"),
        ("美术馆从2018年起开始收取门票。", "2018年から入館料を徴収しなくなった。",
         "zh", "ja", "fail"),
    ],
)  # fmt: skip
def test_japanese_no_longer_doing(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("La caution ne dépasse jamais 850 euros.", "La caution est de 700 euros.",
         "fr", "fr", "pass"),
        ("La caution ne dépasse jamais les 850 euros.", "La caution est de 700 euros.",
         "fr", "fr", "pass"),
        ("La caution ne dépasse pas 850 euros.", "La caution est de 1 200 euros.",
         "fr", "fr", "fail"),
        ("La caution n'excède jamais 850 euros.", "La caution est de 700 euros.",
         "fr", "fr", "pass"),
        ("La caution n'a jamais dépassé 850 euros.", "La caution était de 700 euros.",
         "fr", "fr", "pass"),
        ("La caution n'a jamais dépassé 850 euros.", "La caution était de 1 200 euros.",
         "fr", "fr", "fail"),
        ("Die Kaution übersteigt nie 850 Euro.", "Die Kaution beträgt 700 Euro.",
         "de", "de", "pass"),
        ("Die Kaution überschreitet nicht 850 Euro.", "Die Kaution beträgt 1.200 Euro.",
         "de", "de", "fail"),
        # "nicht nur" (not only) is no bound.
        ("Die Kaution übersteigt nicht nur 850 Euro.", "Die Kaution beträgt 700 Euro.",
         "de", "de", "fail"),
        ("La fianza nunca supera los 850 euros.", "La fianza es de 700 euros.", "es", "es", "pass"),
        ("La fianza no supera los 850 euros.", "La fianza es de 1.200 euros.", "es", "es", "fail"),
        ("A caução nunca ultrapassa os 850 euros.", "A caução é de 700 euros.", "pt", "pt", "pass"),
        # Across languages.
        ("The deposit never exceeds 850 euros.", "La caution ne dépasse jamais 850 euros.",
         "en", "fr", "pass"),
        ("Die Kaution übersteigt nie 850 Euro.", "The deposit is at most 850 euros.",
         "de", "en", "pass"),
        ("La caution ne dépasse jamais 850 euros.", "The deposit is 1,200 euros.",
         "fr", "en", "fail"),
    ],
)  # fmt: skip
def test_negation_between_a_verb_of_comparison_and_its_figure(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("The ferry no longer charges the $12 toll.", "The ferry charges a $12 toll.",
         "en", "en", "fail"),
        ("The ferry no longer charges the $12 toll.", "The ferry stopped charging the $12 toll.",
         "en", "en", "pass"),
        # A comparator after it stays one: "no longer than" is no negation of going on.
        ("The crossing is 40 minutes longer.", "The crossing is 40 minutes longer.",
         "en", "en", "pass"),
        ("Die Fähre erhebt die Maut von 12 Euro nicht mehr.",
         "Die Fähre erhebt eine Maut von 12 Euro.", "de", "de", "fail"),
        ("Die Fähre erhebt keine 12 Euro Maut mehr.",
         "Die Fähre hat die Maut von 12 Euro eingestellt.", "de", "de", "pass"),
        ("Le ferry ne facture plus le péage de 12 euros.",
         "Le ferry facture un péage de 12 euros.", "fr", "fr", "fail"),
        ("Le ferry ne facture plus le péage de 12 euros.",
         "Le ferry a cessé de facturer le péage de 12 euros.", "fr", "fr", "pass"),
        ("El ferry no cobra más el peaje de 12 euros.",
         "El ferry cobra un peaje de 12 euros.", "es", "es", "fail"),
        # Across languages.
        ("Since 2017 the ferry no longer charges a toll.",
         "Seit 2017 erhebt die Fähre keine Maut mehr.", "en", "de", "pass"),
        ("Since 2017 the ferry no longer charges a toll.",
         "Seit 2017 erhebt die Fähre eine Maut.", "en", "de", "unverified"),
        ("Depuis 2017, le ferry ne facture plus de péage.",
         "Since 2017 the ferry no longer charges a toll.", "fr", "en", "pass"),
        ("Depuis 2017, le ferry ne facture plus le péage.",
         "Since 2017 the ferry has charged a toll.", "fr", "en", "fail"),
        ("Seit 2017 erhebt die Fähre keine Maut mehr.",
         "Since 2017 the ferry no longer charges a toll.", "de", "en", "pass"),
    ],
)  # fmt: skip
def test_no_longer_is_a_negation_of_going_on(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Since 2016 the library does not charge late fees.",
         "Seit 2016 erhebt die Bibliothek Mahngebühren.", "en", "de", "fail"),
        ("Since 2016 the library does not charge late fees.",
         "Seit 2016 erhebt die Bibliothek keine Mahngebühren.", "en", "de", "pass"),
        ("Seit 2016 erhebt die Bibliothek keine Mahngebühren.",
         "Since 2016 the library has charged late fees.", "de", "en", "fail"),
        ("Depuis 2016 la bibliothèque ne facture pas de pénalités.",
         "Since 2016 the library has charged late fees.", "fr", "en", "fail"),
        ("Desde 2016 la biblioteca no cobra multas.",
         "Since 2016 the library has not charged late fees.", "es", "en", "pass"),
        ("Em 2016 a biblioteca não cobrou multas.",
         "In 2016 the library charged late fees.", "pt", "en", "fail"),
    ],
)  # fmt: skip
def test_negation_after_an_opening_phrase_without_a_comma(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Around 85% of readers did not pay late fees.",
         "Rund 85 % der Leser zahlten Mahngebühren.", "en", "de", "unverified"),
        ("Around 85% of readers did not pay late fees.",
         "Rund 85 % der Leser zahlten keine Mahngebühren.", "en", "de", "pass"),
        ("Environ 85 % des lecteurs n'ont pas payé de pénalités.",
         "Around 85% of readers paid late fees.", "fr", "en", "unverified"),
        ("Environ 85 % des lecteurs n'ont pas payé de pénalités.",
         "Around 85% of readers did not pay late fees.", "fr", "en", "pass"),
        ("Cerca de 85% dos leitores não pagou multas.",
         "Rund 85 % der Leser zahlten Mahngebühren.", "pt", "de", "unverified"),
        ("Around 85% of readers did not pay late fees.",
         "约85%的读者支付了滞纳金。", "en", "zh", "unverified"),
    ],
)  # fmt: skip
def test_negated_verb_of_a_figure_opening_the_subject_across_languages(
    statement, quote, lang, quote_lang, status
):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
