"""Values the engine did not read at all, read now as every reader of the language would
(issue 13, reading gaps). Each class is justified on new sentences, in English and at least
two other languages, with a cross-language pair; a reading that could be ambiguous stays
unread. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # A lone Chinese numeral before a counter or a unit it was not read before: "五碗"
        # (five bowls), "两支" (two rifles), "五棵" (five trees), "八米" (eight metres),
        # "八英尺" (eight feet), "六公里" (six kilometres).
        ("zh", "门口放着五碗米饭。", "zh", "门口放着五碗米饭", "pass"),
        ("zh", "门口放着四碗米饭。", "zh", "门口放着五碗米饭", "fail"),
        ("en", "Five bowls of rice stood at the door.", "zh", "门口放着五碗米饭", "pass"),
        ("en", "Four bowls of rice stood at the door.", "zh", "门口放着五碗米饭", "fail"),
        ("de", "Vor der Tür standen fünf Schalen Reis.", "zh", "门口放着五碗米饭", "pass"),
        ("en", "The guard carried two rifles.", "zh", "警卫带着两支步枪", "pass"),
        ("fr", "Le garde portait trois fusils.", "zh", "警卫带着两支步枪", "fail"),
        ("zh", "警卫带着两支步枪。", "en", "The guard carried two rifles.", "pass"),
        ("zh", "警卫带着三支步枪。", "en", "The guard carried two rifles.", "fail"),
        ("zh", "院子里有五棵树。", "es", "En el patio hay cinco árboles.", "pass"),
        ("zh", "院子里有六棵树。", "es", "En el patio hay cinco árboles.", "fail"),
        ("en", "The wall is eight metres high.", "zh", "这堵墙有八米高", "pass"),
        ("es", "El muro mide ocho metros de alto.", "zh", "这堵墙有八米高", "pass"),
        ("en", "The wall is eight feet high.", "zh", "这堵墙有八米高", "fail"),
        ("zh", "这堵墙有八英尺高。", "en", "The wall is 8 feet high.", "pass"),
        ("zh", "这堵墙有八米高。", "en", "The wall is 8 feet high.", "fail"),
        ("zh", "他走了六公里。", "en", "He walked six kilometres.", "pass"),
        ("zh", "他走了六公里。", "en", "He walked six miles.", "fail"),
        # "一" before a scale is the figure: "一万" is 10,000 (alone, "一" stays "a").
        ("zh", "村民们种了一万棵树。", "en", "Villagers planted 10,000 trees.", "pass"),
        ("en", "Villagers planted 10,000 trees.", "zh", "村民们种了一万棵树", "pass"),
        ("de", "Die Dorfbewohner pflanzten 20.000 Bäume.", "zh", "村民们种了一万棵树", "fail"),
        ("fr", "Les villageois ont planté dix mille arbres.", "zh", "村民们种了一万棵树", "pass"),
        # Words, no figure: still nothing to compare.
        ("zh", "一位老人来了。", "zh", "一位老人来了", "unverified"),
        ("zh", "他们一起走了。", "zh", "他们一起走了", "unverified"),
    ],
)
def test_cjk_numerals_before_more_counters_and_units(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "首场", "首座", "首批": the first (show, building, batch), as "第一场" is.
        ("en", "It was the town's first concert.", "zh", "这是该镇的首场音乐会", "pass"),
        ("en", "It was the town's second concert.", "zh", "这是该镇的首场音乐会", "fail"),
        ("fr", "C'était le premier concert de la ville.", "zh", "这是该镇的首场音乐会", "pass"),
        ("de", "Es war das zweite Konzert der Stadt.", "zh", "这是该镇的首场音乐会", "fail"),
        ("zh", "这是该镇的第一场音乐会。", "zh", "这是该镇的首场音乐会", "pass"),
        ("zh", "这是该镇的首场音乐会。", "en", "It was the town's first concert.", "pass"),
        ("zh", "这是该镇的首场音乐会。", "en", "It was the town's third concert.", "fail"),
        (
            "en",
            "It is the country's first nuclear station.",
            "zh",
            "该电站是全国首座核电站",
            "pass",
        ),
        ("es", "Es la segunda central nuclear del país.", "zh", "该电站是全国首座核电站", "fail"),
        ("zh", "首批游客已经抵达。", "pt", "O primeiro grupo de turistas já chegou.", "pass"),
        ("zh", "首批游客已经抵达。", "en", "The second group of tourists has arrived.", "fail"),
        # "首部" is left unread: it is also a header ("首部分", the head part).
        ("zh", "这款手机的首部分很重。", "zh", "这款手机很重", "unverified"),
    ],
)
def test_chinese_first_written_with_shou(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "the triple jump" is an event: no multiplier the quote must give ([multipliers]
        # idioms); its figures are compared as they are.
        (
            "en",
            "Okonkwo won the triple jump with 14.02 m.",
            "de",
            "Okonkwo gewann den Dreisprung mit 14,02 m.",
            "pass",
        ),
        (
            "en",
            "Okonkwo won the triple jump with 14.20 m.",
            "de",
            "Okonkwo gewann den Dreisprung mit 14,02 m.",
            "fail",
        ),
        (
            "fr",
            "Okonkwo a remporté le triple saut avec 14,02 m.",
            "en",
            "Okonkwo won the triple jump with 14.02 m.",
            "pass",
        ),
        (
            "es",
            "Okonkwo ganó el triple salto con 14,20 m.",
            "en",
            "Okonkwo won the triple jump with 14.02 m.",
            "fail",
        ),
        (
            "de",
            "Okonkwo sprang im Dreisprung 14,02 m.",
            "en",
            "Okonkwo triple-jumped 14.02 metres.",
            "pass",
        ),
        (
            "en",
            "Okonkwo won the triple jump.",
            "en",
            "Okonkwo won the triple jump with 14.02 m.",
            "unverified",
        ),
        # "triple" that multiplies is still read.
        (
            "en",
            "Sales were triple the 2019 level.",
            "en",
            "Sales were three times the 2019 level.",
            "pass",
        ),
        (
            "en",
            "Sales were triple the 2019 level.",
            "en",
            "Sales were four times the 2019 level.",
            "fail",
        ),
    ],
)
def test_the_triple_jump_multiplies_nothing(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "second" after the figure 1 is the unit, not the rank ("1 2nd").
        (
            "en",
            "The light stays on for one second.",
            "en",
            "The light stays on for 1 second.",
            "pass",
        ),
        (
            "en",
            "The light stays on for five seconds.",
            "en",
            "The light stays on for 1 second.",
            "fail",
        ),
        ("en", "The light stays on for 1 second.", "de", "Das Licht bleibt 1 Sekunde an.", "pass"),
        (
            "de",
            "Das Licht bleibt zwei Sekunden an.",
            "en",
            "The light stays on for 1 second.",
            "fail",
        ),
        (
            "fr",
            "La lumière reste allumée une seconde.",
            "en",
            "The light stays on for 1 second.",
            "pass",
        ),
        (
            "pt",
            "A luz fica acesa por 1 segundo.",
            "es",
            "La luz queda encendida 1 segundo.",
            "pass",
        ),
        (
            "en",
            "The light stays on for 3 seconds.",
            "pt",
            "A luz fica acesa por 1 segundo.",
            "fail",
        ),
        ("pt", "Ele chegou em segundo lugar.", "en", "He finished second.", "pass"),
    ],
)
def test_second_after_the_figure_one_is_the_unit(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # The word for one before a unit of money or measure it counts is the figure 1.
        ("en", "The ferry ticket costs one euro.", "fr", "Le billet de ferry coûte 1 €.", "pass"),
        ("en", "The ferry ticket costs one dollar.", "fr", "Le billet de ferry coûte 1 €.", "fail"),
        ("fr", "Le billet de ferry coûte un euro.", "de", "Das Fährticket kostet 1 Euro.", "pass"),
        ("fr", "Le billet de ferry coûte un euro.", "de", "Das Fährticket kostet 2 Euro.", "fail"),
        ("de", "Das Fährticket kostet einen Euro.", "en", "The ferry ticket costs €1.", "pass"),
        (
            "es",
            "El billete del ferry cuesta un euro.",
            "pt",
            "O bilhete do ferry custa 1 euro.",
            "pass",
        ),
        ("pt", "O bilhete do ferry custa um euro.", "en", "The ferry ticket costs €1.", "pass"),
        ("pt", "O bilhete do ferry custa um dólar.", "en", "The ferry ticket costs €1.", "fail"),
        ("en", "The card stores one terabyte.", "de", "Die Karte speichert 1 TB.", "pass"),
        ("en", "The card stores one gigabyte.", "de", "Die Karte speichert 1 TB.", "fail"),
        ("de", "Die Karte speichert ein Terabyte.", "ja", "このカードは1TBを保存できる。", "pass"),
        ("es", "El sendero mide un kilómetro.", "en", "The trail is 1 km long.", "pass"),
        # A lowest price said with it ("à partir d'un euro", "ab einem Euro", "commence à").
        ("fr", "L'abonnement commence à un euro.", "en", "Subscriptions start at €1.", "pass"),
        ("fr", "On peut s'abonner à partir d'un euro.", "fr", "Abonnement à partir de 1 €", "pass"),
        ("de", "Ein Abo gibt es ab einem Euro.", "fr", "Abonnement à partir de 1 €", "pass"),
        # The currency named, no figure: "a strong euro", "ein Euro-Land", "one of".
        (
            "fr",
            "Un euro fort pénalise les exportations.",
            "fr",
            "Un euro fort pénalise les exportations.",
            "unverified",
        ),
        (
            "es",
            "Un euro fuerte perjudica las exportaciones.",
            "en",
            "A strong euro hurts exports.",
            "unverified",
        ),
        (
            "de",
            "Ein Euro-Land nach dem anderen stimmte zu.",
            "de",
            "Ein Euro-Land nach dem anderen stimmte zu.",
            "unverified",
        ),
        (
            "en",
            "One of the euro's critics spoke.",
            "en",
            "One of the euro's critics spoke.",
            "unverified",
        ),
    ],
)
def test_one_before_a_unit_of_money_or_measure_is_the_figure(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # How often in one word after a comparator: "at least once" is "at least 1 times".
        (
            "en",
            "Each payment is retried at least once.",
            "en",
            "Each payment is retried at least 1 times.",
            "pass",
        ),
        (
            "en",
            "Each payment is retried at most once.",
            "en",
            "Each payment is retried at least 1 times.",
            "fail",
        ),
        (
            "en",
            "Each payment is retried at least twice.",
            "en",
            "Each payment is retried at least once.",
            "fail",
        ),
        (
            "en",
            "Each payment is retried at most twice.",
            "en",
            "Each payment is retried no more than 2 times.",
            "pass",
        ),
        (
            "de",
            "Jede Zahlung wird mindestens einmal wiederholt.",
            "en",
            "Each payment is retried at least once.",
            "pass",
        ),
        (
            "de",
            "Jede Zahlung wird höchstens einmal wiederholt.",
            "en",
            "Each payment is retried at least once.",
            "fail",
        ),
        (
            "en",
            "Each payment is retried at least once.",
            "de",
            "Jede Zahlung wird mindestens einmal wiederholt.",
            "pass",
        ),
        (
            "ja",
            "各支払いは少なくとも1回再試行される。",
            "de",
            "Jede Zahlung wird mindestens einmal wiederholt.",
            "pass",
        ),
        (
            "ja",
            "各支払いは最大2回再試行される。",
            "en",
            "Each payment is retried at most twice.",
            "pass",
        ),
        # Alone, or after "more than" ("repeatedly"), the word is left unread.
        (
            "en",
            "Once upon a time the payment failed.",
            "en",
            "Once upon a time the payment failed.",
            "unverified",
        ),
        (
            "de",
            "Die Zahlung wurde noch einmal wiederholt.",
            "de",
            "Die Zahlung wurde noch einmal wiederholt.",
            "unverified",
        ),
        (
            "en",
            "The payment was retried more than once.",
            "en",
            "A single payment was retried.",
            "unverified",
        ),
    ],
)
def test_once_and_twice_after_a_comparator_are_counts(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "a pair of" foxes are two; a pair of scissors is one tool, no count.
        (
            "en",
            "A pair of foxes was seen near the school.",
            "en",
            "Two foxes were seen near the school.",
            "pass",
        ),
        (
            "en",
            "A pair of foxes was seen near the school.",
            "en",
            "Three foxes were seen near the school.",
            "fail",
        ),
        (
            "en",
            "A pair of foxes was seen near the school.",
            "de",
            "Zwei Füchse wurden nahe der Schule gesehen.",
            "pass",
        ),
        (
            "fr",
            "Trois renards ont été vus près de l'école.",
            "en",
            "A pair of foxes was seen near the school.",
            "fail",
        ),
        (
            "es",
            "Se vieron dos zorros cerca de la escuela.",
            "en",
            "A pair of foxes was seen near the school.",
            "pass",
        ),
        ("en", "She bought two scissors.", "en", "She bought a pair of scissors.", "unverified"),
        (
            "en",
            "She bought a pair of scissors.",
            "en",
            "She bought a pair of scissors.",
            "unverified",
        ),
    ],
)
def test_a_pair_of_is_two(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # German decades in words with "Jahre": "die Siebzigerjahre" are the 1970s.
        (
            "de",
            "Das Kino wurde in den Siebzigerjahren geschlossen.",
            "en",
            "The cinema closed in the 1970s.",
            "pass",
        ),
        (
            "de",
            "Das Kino wurde in den Sechzigerjahren geschlossen.",
            "en",
            "The cinema closed in the 1970s.",
            "fail",
        ),
        (
            "de",
            "Das Kino wurde in den siebziger Jahren geschlossen.",
            "fr",
            "Le cinéma a fermé dans les années 1970.",
            "pass",
        ),
        (
            "de",
            "Das Kino wurde Ende der Siebzigerjahre geschlossen.",
            "en",
            "The cinema closed in 1978.",
            "pass",
        ),
        (
            "en",
            "The cinema closed in the seventies.",
            "de",
            "Das Kino wurde in den Siebzigerjahren geschlossen.",
            "pass",
        ),
        (
            "es",
            "El cine cerró en los años ochenta.",
            "de",
            "Das Kino wurde in den Siebzigerjahren geschlossen.",
            "fail",
        ),
        # "in den Achtzigern" alone may be an age: unread.
        (
            "de",
            "Er ist ein Mann in den Achtzigern.",
            "de",
            "Er ist ein Mann in den Achtzigern.",
            "unverified",
        ),
    ],
)
def test_german_decades_in_words(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # A unit symbol's letter elided before a word ("2010 l'usine", "2014 s'est") is no
        # unit: the figure is a year.
        ("en", "The factory closed in 2010.", "fr", "En 2010 l'usine a fermé ses portes.", "pass"),
        ("en", "The factory closed in 2011.", "fr", "En 2010 l'usine a fermé ses portes.", "fail"),
        (
            "de",
            "Das Festival fand 2014 in Lyon statt.",
            "fr",
            "Le festival 2014 s'est tenu à Lyon.",
            "pass",
        ),
        (
            "fr",
            "Le festival 2015 s'est tenu à Lyon.",
            "en",
            "The 2014 festival was held in Lyon.",
            "fail",
        ),
        (
            "fr",
            "Le festival 2014 s'est tenu à Lyon.",
            "es",
            "El festival de 2014 se celebró en Lyon.",
            "pass",
        ),
        # The symbols themselves are still read.
        ("fr", "Il a couru le 100 m en 10 s.", "en", "He ran the 100 m in 10 seconds.", "pass"),
        ("fr", "Il boit 2 l d'eau par jour.", "en", "He drinks 2 litres of water a day.", "pass"),
    ],
)
def test_an_elided_letter_is_no_unit_symbol(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "fourth-years" (pupils in their fourth year): the ordinal before "years" ranks.
        (
            "en",
            "The course is taught to fourth-years.",
            "en",
            "The course is taught to fourth year students.",
            "pass",
        ),
        (
            "en",
            "The course is taught to third-years.",
            "en",
            "The course is taught to fourth year students.",
            "fail",
        ),
        (
            "en",
            "The course is taught to fourth-years.",
            "de",
            "Der Kurs wird im vierten Jahr unterrichtet.",
            "pass",
        ),
        (
            "en",
            "The course is taught to fourth-years.",
            "fr",
            "Le cours est enseigné en quatrième année.",
            "pass",
        ),
        (
            "fr",
            "Le cours est enseigné en troisième année.",
            "en",
            "The course is taught to fourth-years.",
            "fail",
        ),
        (
            "es",
            "El curso se imparte en cuarto año.",
            "en",
            "The course is taught to fourth-years.",
            "pass",
        ),
        (
            "de",
            "Der Kurs wird im dritten Jahr unterrichtet.",
            "en",
            "The course is taught to fourth-years.",
            "fail",
        ),
    ],
)
def test_an_ordinal_before_years_ranks(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # A lone 千 before a counter is a thousand, as 一千; not 千万 ("must"), 数千
        # (thousands) nor the idiom 千家万户 (every household).
        ("zh", "工厂生产了千台机器。", "en", "The factory built 1,000 machines.", "pass"),
        ("zh", "工厂生产了千台机器。", "en", "The factory built 2,000 machines.", "fail"),
        (
            "en",
            "The factory built a thousand machines.",
            "ja",
            "工場は千台の機械を製造した。",
            "pass",
        ),
        ("de", "Die Fabrik baute 3000 Maschinen.", "ja", "工場は千台の機械を製造した。", "fail"),
        ("fr", "L'usine a construit mille machines.", "zh", "工厂生产了千台机器", "pass"),
        ("zh", "飞船飞行了近千天。", "es", "La nave voló casi 1000 días.", "pass"),
        ("en", "The ship flew thousands of kilometres.", "zh", "飞船飞行了数千公里", "pass"),
        ("zh", "你千万不要迟到。", "zh", "你千万不要迟到。", "unverified"),
        ("zh", "这件事传遍了千家万户。", "zh", "这件事传遍了千家万户。", "unverified"),
    ],
)
def test_a_lone_thousand_before_a_counter(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "A hundred and twenty" is 120 (text2num left "A 120", a name's letter and number).
        (
            "en",
            "A hundred and twenty sheep escaped.",
            "en",
            "120 sheep escaped from the farm.",
            "pass",
        ),
        (
            "en",
            "A hundred and twenty sheep escaped.",
            "en",
            "210 sheep escaped from the farm.",
            "fail",
        ),
        (
            "fr",
            "Cent vingt moutons se sont échappés.",
            "en",
            "A hundred and twenty sheep escaped from the farm.",
            "pass",
        ),
        (
            "de",
            "Hundertzwanzig Schafe sind entkommen.",
            "en",
            "A hundred and twenty sheep escaped from the farm.",
            "pass",
        ),
        (
            "es",
            "Se escaparon ciento dos ovejas.",
            "en",
            "A hundred and twenty sheep escaped from the farm.",
            "fail",
        ),
        ("en", "A hundred sheep escaped.", "de", "100 Schafe sind entkommen.", "pass"),
    ],
)
def test_a_hundred_counts_one_hundred(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # Spanish "veintiún" (21 before a masculine noun), which text2num does not read.
        ("es", "Veintiún barcos llegaron al puerto.", "en", "21 boats reached the port.", "pass"),
        ("es", "Veintiún barcos llegaron al puerto.", "en", "12 boats reached the port.", "fail"),
        (
            "en",
            "Twenty-one boats reached the port.",
            "es",
            "Veintiún barcos llegaron al puerto.",
            "pass",
        ),
        (
            "pt",
            "Vinte e um barcos chegaram ao porto.",
            "es",
            "Veintiún barcos llegaron al puerto.",
            "pass",
        ),
        (
            "fr",
            "Vingt-deux bateaux sont arrivés au port.",
            "es",
            "Veintiún barcos llegaron al puerto.",
            "fail",
        ),
        ("es", "Tiene veintiún años.", "de", "Sie ist 21 Jahre alt.", "pass"),
    ],
)
def test_spanish_veintiun(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # A number of two words joined by a hyphen before a unit ("thirty-two-year-old"),
        # as one word is ("twelve-year-old", "six-month").
        (
            "en",
            "Her thirty-two-year-old brother runs the farm.",
            "en",
            "Her 32-year-old brother runs the farm.",
            "pass",
        ),
        (
            "en",
            "Her thirty-two-year-old brother runs the farm.",
            "en",
            "Her 23-year-old brother runs the farm.",
            "fail",
        ),
        (
            "en",
            "The forty-five-minute drive was closed.",
            "de",
            "Die 45-minütige Fahrt war gesperrt.",
            "pass",
        ),
        (
            "de",
            "Ihr 32-jähriger Bruder führt den Hof.",
            "en",
            "Her thirty-two-year-old brother runs the farm.",
            "pass",
        ),
        (
            "fr",
            "Son frère de 33 ans dirige la ferme.",
            "en",
            "Her thirty-two-year-old brother runs the farm.",
            "fail",
        ),
        (
            "es",
            "Su hermano de 32 años dirige la granja.",
            "en",
            "Her thirty-two-year-old brother runs the farm.",
            "pass",
        ),
        (
            "en",
            "Her twelve-year-old brother runs the farm.",
            "en",
            "Her 12-year-old brother runs the farm.",
            "pass",
        ),
        ("en", "It was a one-two punch.", "en", "It was a one-two punch.", "unverified"),
    ],
)
def test_two_number_words_joined_before_a_unit(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # "m" glued to a figure before people or things counted is "million", not metres.
        (
            "en",
            "The region has about 4m inhabitants.",
            "de",
            "Die Region hat rund 4 Millionen Einwohner.",
            "pass",
        ),
        (
            "en",
            "The region has about 4m inhabitants.",
            "de",
            "Die Region hat rund 40 Millionen Einwohner.",
            "fail",
        ),
        (
            "fr",
            "La région compte environ 4 millions d'habitants.",
            "en",
            "The region has about 4m inhabitants.",
            "pass",
        ),
        (
            "es",
            "La región tiene unos 5 millones de habitantes.",
            "en",
            "The region has about 4m inhabitants.",
            "fail",
        ),
        ("en", "The game sold 2.5m copies.", "en", "The game sold 2.5 million copies.", "pass"),
        # Before anything else it stays metres.
        ("en", "The yacht is 11 metres long.", "en", "They bought an 11m yacht.", "pass"),
    ],
)
def test_m_glued_before_people_counted_is_million(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    assert verdict(statement, quote, lang, quote_lang) == status
