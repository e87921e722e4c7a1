"""holdout35/36's false passes of structure and of CJK opposing predicates (issue 13): a
count's period named on each side ("jeden Monat 300" against "300 … each year"), in any
language and across two; look-alikes that keep passing."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A count per month against the same count per year, the period before or after it.
        ("Every month about 40 ships dock at the new pier.",
         "About 40 ships reach the new pier every year.", "en", "en", "fail"),
        ("Every year about 40 ships dock at the new pier.",
         "About 40 ships reach the new pier every year.", "en", "en", "pass"),
        ("Jeden Monat legen rund 40 Schiffe am neuen Pier an.",
         "Around 40 ships call at the new pier each year.", "de", "en", "fail"),
        ("Jedes Jahr legen rund 40 Schiffe am neuen Pier an.",
         "Around 40 ships call at the new pier each year.", "de", "en", "pass"),
        ("Chaque semaine, 40 navires accostent à la nouvelle jetée.",
         "Cada mes atracan 40 barcos en el nuevo muelle.", "fr", "es", "fail"),
        ("Chaque mois, 40 navires accostent à la nouvelle jetée.",
         "Cada mes atracan 40 barcos en el nuevo muelle.", "fr", "es", "pass"),
        ("每月约有40艘船停靠新码头。",
         "About 40 ships reach the new pier every year.", "zh", "en", "fail"),
        ("毎年約40隻の船が新しい桟橋に寄港する。",
         "About 40 ships reach the new pier every year.", "ja", "en", "pass"),
        # Two rates are compared converted: 600 a minute are 10 a second.
        ("The queue handles 600 jobs a minute.",
         "The queue handles 10 jobs per second.", "en", "en", "pass"),
        ("Die Warteschlange verarbeitet jeden Tag 600 Aufträge.",
         "The queue handles 600 jobs per hour.", "de", "en", "fail"),
        # A year after the words names no period; a span is no period either.
        ("Im Jahr 2019 legten 40 Schiffe am Pier an.",
         "In 2019, 40 ships docked at the pier.", "de", "en", "pass"),
        ("A year later 40 ships docked at the pier.",
         "A year later 40 ships docked at the pier.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_rate_period(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A month and year joined by a hyphen, inside a compound or not, is a date.
        ("Die Mai-2021-Ausgabe listet 48 Titel.",
         "The June 2021 issue lists 48 titles.", "de", "en", "fail"),
        ("Die Juni-2021-Ausgabe listet 48 Titel.",
         "The June 2021 issue lists 48 titles.", "de", "en", "pass"),
        ("The May-2021 issue lists 48 titles.",
         "2021年6月号には48タイトルが掲載されている。", "en", "ja", "fail"),
        ("Le numéro de juin-2021 recense 48 titres.",
         "The June 2021 issue lists 48 titles.", "fr", "en", "pass"),
        ("El número de mayo-2021 recoge 48 títulos.",
         "The June 2021 issue lists 48 titles.", "es", "en", "fail"),
        # A month and year the rules do not read is not left out for a pass.
        ("Die Mai/2021-Ausgabe listet 48 Titel.",
         "The June 2021 issue lists 48 titles.", "de", "en", "unverified"),
        ("The May/2021 issue lists 48 titles.",
         "The June 2021 issue lists 48 titles.", "en", "en", "unverified"),
        # A year beside other words stays a year.
        ("The 2021 issue lists 48 titles.",
         "The June 2021 issue lists 48 titles.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_month_year_compounds(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_LIFT = (
    "After nearly 20 years of hostile relations, the government plans to lift sanctions on Sudan."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A phrase of "after" naming what lasted before its comma: its main clause's
        # predicate is the figure's; sanctions tightened against lifted.
        ("ほぼ20年にわたる対立の末、政府はスーダンへの制裁を強化する。", _LIFT, "ja", "en", "fail"),
        ("ほぼ20年にわたる対立の末、政府はスーダンへの制裁を解除する。", _LIFT, "ja", "en", "pass"),
        ("ほぼ20年にわたる敵対関係の後、政府は制裁を強化する方針だ。", _LIFT, "ja", "en", "fail"),
        ("经过近20年的敌对关系之后，美国将加强对苏丹的制裁。", _LIFT, "zh", "en", "fail"),
        ("经过近20年的敌对关系之后，美国将解除对苏丹的制裁。", _LIFT, "zh", "en", "pass"),
        ("After nearly 20 years of hostility, the government will tighten sanctions on Sudan.",
         _LIFT, "en", "en", "fail"),
        # The end of a year is no phrase of "after".
        ("2019年末、政府は制裁を解除した。",
         "At the end of 2019 the government lifted the sanctions.", "ja", "en", "pass"),
    ],
)  # fmt: skip
def test_sanctions_after_phrase(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_RECOGNISED = "The union's bargaining rights have only been officially recognised since 2004."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Recognition against denial ([polarity.recognition]).
        ("工会的集体谈判权在2004年被正式否定。", _RECOGNISED, "zh", "en", "fail"),
        ("工会的集体谈判权自2004年起才被正式承认。", _RECOGNISED, "zh", "en", "pass"),
        ("組合の団体交渉権は2004年に正式に否定された。", _RECOGNISED, "ja", "en", "fail"),
        ("組合の団体交渉権は2004年から正式に認められている。", _RECOGNISED, "ja", "en", "pass"),
        ("The union's bargaining rights were officially denied in 2004.", _RECOGNISED,
         "en", "en", "fail"),
        ("Die Tarifrechte der Gewerkschaft werden erst seit 2004 offiziell anerkannt.",
         _RECOGNISED, "de", "en", "pass"),
        ("Les droits de négociation du syndicat ont été niés en 2004.", _RECOGNISED,
         "fr", "en", "fail"),
        ("Les droits de négociation du syndicat sont reconnus depuis 2004.",
         "工会的集体谈判权自2004年起才被正式承认。", "fr", "zh", "pass"),
    ],
)  # fmt: skip
def test_recognition(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_FOREIGNERS = "The ferry sank with 42 passengers on board, including 30 foreigners."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A count of foreigners against the same count of nationals or locals.
        ("渡轮载有42名乘客，其中30人为本国人。", _FOREIGNERS, "zh", "en", "fail"),
        ("渡轮载有42名乘客，其中30人为外国人。", _FOREIGNERS, "zh", "en", "pass"),
        ("フェリーには42人が乗っており、うち30人は自国民だった。", _FOREIGNERS, "ja", "en", "fail"),
        ("The ferry carried 42 passengers, 30 of them foreign nationals.", _FOREIGNERS,
         "en", "en", "pass"),
        ("The ferry sank with 42 passengers, including 30 locals.", _FOREIGNERS,
         "en", "en", "fail"),
        ("Die Fähre sank mit 42 Passagieren, darunter 30 Einheimische.", _FOREIGNERS,
         "de", "en", "fail"),
        ("El ferry se hundió con 42 pasajeros, entre ellos 30 extranjeros.", _FOREIGNERS,
         "es", "en", "pass"),
        ("Le ferry a sombré avec 42 passagers, dont 30 étrangers.",
         "渡轮载有42名乘客，其中30人为外国人。", "fr", "zh", "pass"),
        # A quote naming both leaves the group to the figures.
        ("The ferry sank with 42 passengers, including 30 locals.",
         "The ferry sank with 42 passengers: 30 locals and 12 foreigners.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_foreigners_nationals(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_DRANK_ZH = "2015年，在签约仪式上，他喝了少量香槟。"
_DRANK_EN = "In 2015 the mayor drank a little champagne at the signing."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Drinking against abstaining ([polarity.drinking]), the abstaining words holding
        # their own negation.
        ("2015年他在签约仪式上滴酒未沾。", _DRANK_ZH, "zh", "zh", "fail"),
        ("2015年他在签约仪式上喝了一点香槟。", _DRANK_ZH, "zh", "zh", "pass"),
        ("2015年、市長は一滴も飲まなかった。", _DRANK_EN, "ja", "en", "fail"),
        ("2015年、市長はシャンパンを少し飲んだ。", _DRANK_EN, "ja", "en", "pass"),
        ("In 2015 the mayor was teetotal at the signing.", _DRANK_EN, "en", "en", "fail"),
        ("In 2015 the mayor did not touch a drop at the signing.", _DRANK_ZH, "en", "zh", "fail"),
        ("2015 trank der Bürgermeister bei der Unterzeichnung etwas Sekt.", _DRANK_EN,
         "de", "en", "pass"),
        ("En 2015, le maire a bu un peu de champagne.", _DRANK_EN, "fr", "en", "pass"),
    ],
)  # fmt: skip
def test_drinking(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_TOLL = "In 2004, a cyclone struck the coast, killing more than 150 people."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # No one killed against a count of the dead, anywhere after the figure in its
        # sentence ([polarity.toll], common.toml's polarity_sentence).
        ("The 2004 cyclone left no one dead.", _TOLL, "en", "en", "fail"),
        ("The 2004 cyclone killed more than 150 people.", _TOLL, "en", "en", "pass"),
        ("2004年的飓风无人死亡。", _TOLL, "zh", "en", "fail"),
        ("2004年的飓风造成150多人死亡。", _TOLL, "zh", "en", "pass"),
        ("Beim Zyklon von 2004 kam niemand ums Leben.", _TOLL, "de", "en", "fail"),
        ("2004年のサイクロンでは死者は出なかった。", _TOLL, "ja", "en", "fail"),
        ("The 2004 cyclone killed more than 150 people.",
         "2004年的飓风造成150多人死亡。", "en", "zh", "pass"),
        # A quote giving a toll and no one else dead leaves the group to the figures.
        ("In 2004 the cyclone killed 150 people.",
         "In 2004 the cyclone killed 150 people; no one died in the second storm.",
         "en", "en", "pass"),
    ],
)  # fmt: skip
def test_toll(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_TIMES = "Berger siegte in 11,02 sek, Lorenz in 11,40 sek und Okafor in 11,57 sek."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Several named people's times or ranks in a Latin-script quote: a statement in
        # Chinese or Japanese script, its person transliterated, cannot say whose its figure
        # is: unverified, never a pass on the figure alone.
        ("洛伦茨的成绩是11.02秒。", _TIMES, "zh", "de", "unverified"),
        ("ローレンツのタイムは11.02秒だった。", _TIMES, "ja", "de", "unverified"),
        ("在U18组中，科瓦尔斯基获得第二名。",
         "Bei der U18 holte Lena Berger den 2. Platz, vor Mia Kowalski auf dem 3. Platz.",
         "zh", "de", "unverified"),
        # A katakana name whose consonants are those of the quote's name beside the figure
        # ("ローレンツ", "Lorenz") names its person: the figure passes.
        ("ローレンツのタイムは11.40秒だった。", _TIMES, "ja", "de", "pass"),
        ("U18ではコワルスキが3位だった。",
         "Bei der U18 holte Lena Berger den 2. Platz, vor Mia Kowalski auf dem 3. Platz.",
         "ja", "de", "pass"),
        # A name the quote writes alike still decides; one person's figure passes.
        ("Lorenz lief 11,40 sek.", _TIMES, "de", "de", "pass"),
        # Lorenz's own time is 11,40; 11,02 is Berger's, whom the statement does not name
        # (`_names_apart`).
        ("Lorenz ran 11.02 seconds.", _TIMES, "en", "de", "fail"),
        ("伯格的成绩是11.02秒。", "Berger siegte in 11,02 sek.", "zh", "de", "pass"),
        ("The winner ran 11.02 seconds.", "Berger won in 11.02 seconds, Lorenz in 11.40.",
         "en", "en", "pass"),
    ],
)  # fmt: skip
def test_transliterated_persons(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A multiplier's two sides swapped: the quote's reference is the statement's subject.
        ("普通預金の金利は個人向け国債の100倍だ。", "その金利は普通預金の100倍だ。",
         "ja", "ja", "fail"),
        ("国債の金利は普通預金の100倍だ。", "その金利は普通預金の100倍だ。", "ja", "ja", "pass"),
        ("活期存款的利率是国债的100倍。", "国债的利率是活期存款的100倍。", "zh", "zh", "fail"),
        ("国债的利率是活期存款的100倍。", "国债的利率是活期存款的100倍。", "zh", "zh", "pass"),
        ("The checking account pays 100 times the rate of the bond.",
         "The bond pays 100 times the rate of the checking account.", "en", "en", "fail"),
        ("The bond pays 100 times the rate of the checking account.",
         "The bond pays 100 times the rate of the checking account.", "en", "en", "pass"),
        # Across languages the nouns are not compared: the multiplier alone passes.
        ("The bond pays 100 times the rate of the checking account.",
         "国债的利率是活期存款的100倍。", "en", "zh", "pass"),
    ],
)  # fmt: skip
def test_multiplier_sides(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
