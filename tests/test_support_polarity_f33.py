"""More opposing predicates ([polarity] in each language's data file, holdout33's false
passes of "an opposite predicate the engine does not know"): sparing a group counted in words
against slaughtering it; rescued against died; lives cost against lives saved, the count
written with spaces; overhauled against unchanged; an embargo lifted against one imposed,
after a year opening a Japanese or Chinese sentence; a German separable "setzte sich …
durch" (prevailed) around its figure and a bracketed club against "unterlag" (lost). Each in
one language or across two; paraphrases on both sides pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Sparing a counted group against killing it, the count in words or digits.
        ("In 2004 the militia spared hundreds of villagers near Kutum.",
         "In 2004 the militia massacred hundreds of villagers near Kutum.", "en", "en", "fail"),
        ("In 2004 the militia killed hundreds of villagers near Kutum.",
         "In 2004 the militia massacred hundreds of villagers near Kutum.", "en", "en", "pass"),
        ("En 2004, la milice a épargné 300 villageois près de Kutum.",
         "In 2004 the militia slaughtered 300 villagers near Kutum.", "fr", "en", "fail"),
        # Rescued against died.
        ("Hiker Tom Reed, 54, was rescued on Ben Nevis.",
         "Hiker Tom Reed, 54, dies on Ben Nevis", "en", "en", "fail"),
        ("80頭のイルカが救助された。",
         "80 dolphins died on the beach at Farewell Spit.", "ja", "en", "fail"),
        ("80 dolphins were rescued from the beach at Farewell Spit.",
         "80頭のイルカが救出された。", "en", "ja", "pass"),
        ("80 golfinhos foram resgatados na praia.",
         "80 dolphins died on the beach at Farewell Spit.", "pt", "en", "fail"),
        # Lives cost against lives saved, the count written with spaces.
        ("La vague de chaleur a coûté plus de 12 000 vies en 2022.",
         "The heatwave warning system saved more than 12,000 lives in 2022.", "fr", "en", "fail"),
        ("A onda de calor custou cerca de 12.000 vidas em 2022.",
         "The heatwave warning system saved about 12,000 lives in 2022.", "pt", "en", "fail"),
        ("La vague de chaleur a coûté plus de 12 000 vies en 2022.",
         "The heatwave claimed more than 12,000 lives in 2022.", "fr", "en", "pass"),
        # Overhauled against unchanged.
        ("In the past 30 years the tax code was completely overhauled.",
         "For the past 30 years the tax code has remained essentially unchanged.", "en", "en",
         "fail"),
        ("Das Steuerrecht wurde in 30 Jahren grundlegend überarbeitet.",
         "The tax code remained unchanged for 30 years.", "de", "en", "fail"),
        ("The tax code was revamped in 2015.",
         "The tax code was overhauled in 2015.", "en", "en", "pass"),
        # An embargo lifted against one imposed, after a year opening the sentence.
        ("2003年、政府は武器禁輸を解除した。",
         "In 2003 the government imposed an arms embargo.", "ja", "en", "fail"),
        ("2003年，政府解除了武器禁运。",
         "In 2003 the government imposed an arms embargo.", "zh", "en", "fail"),
        ("2003年、政府は武器禁輸を解除した。",
         "In 2003 the government lifted the arms embargo.", "ja", "en", "pass"),
        # Prevailed (a separable verb around its figure) against lost.
        ("Anna Berg unterlag im Hochsprung mit 1,92 m.",
         "Im Hochsprung setzte sich Anna Berg (TSV Bayer) mit 1,92 m durch.", "de", "de", "fail"),
        ("Anna Berg gewann das Finale mit 1,92 m.",
         "Im Finale setzte sich Anna Berg (TSV Bayer) mit 1,92 m durch.", "de", "de", "pass"),
        # "unterlag" of "was subject to" is no defeat.
        ("Im Jahr 2019 unterlag das Buch der Zensur.",
         "Im Jahr 2019 setzte sich das Buch durch.", "de", "de", "pass"),
    ],
)  # fmt: skip
def test_polarity_f33(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Friendly against hostile (disposition).
        ("After 15 years of cordial relations, the two states signed a border treaty.",
         "After 15 years of hostile relations, the two states signed a border treaty.",
         "en", "en", "fail"),
        ("After 15 years of friendly relations, the two states signed a border treaty.",
         "After 15 years of cordial relations, the two states signed a border treaty.",
         "en", "en", "pass"),
        ("Nach 15 Jahren feindseliger Beziehungen unterzeichneten beide Staaten einen Vertrag.",
         "After 15 years of friendly relations, the two states signed a border treaty.",
         "de", "en", "fail"),
        ("Après 15 ans de relations amicales, les deux États ont signé un traité.",
         "After 15 years of hostile relations, the two states signed a border treaty.",
         "fr", "en", "fail"),
        ("Acme made a hostile $4 billion bid for Birch in 2019.",
         "Acme made a friendly $4 billion bid for Birch in 2019.", "en", "en", "fail"),
        ("Relations were friendly in 2019.", "Relations were hostile in 2019.", "en", "en",
         "fail"),
        # A friendly (a match) is no disposition: its crowd may be hostile.
        ("In 2019 Spain won a friendly 2-1 against Italy.",
         "In 2019 Spain won 2-1 against Italy amid hostile chants.", "en", "en", "pass"),
        ("En 2019, l'Espagne a battu l'Italie en match amical.",
         "In 2019 Spain beat Italy amid hostile chants.", "fr", "en", "pass"),
        # Killed against wounded against unharmed (harm).
        ("The blast left 12 miners injured.", "The blast killed 12 miners.", "en", "en", "fail"),
        ("The blast left 12 miners wounded.", "The blast injured 12 miners.", "en", "en", "pass"),
        ("Bei der Explosion wurden 12 Bergleute verletzt.",
         "The blast killed 12 miners.", "de", "en", "fail"),
        ("Los 12 mineros salieron ilesos de la explosión.",
         "12 miners died in the blast.", "es", "en", "fail"),
        ("爆発で作業員12人が負傷した。", "12 workers died in the explosion.", "ja", "en", "fail"),
        # A quote giving both fates leaves the group to the figures.
        ("The attack killed 20 people.", "The attack killed 20 people and injured 45.",
         "en", "en", "pass"),
        ("Bei dem Anschlag starben 20 Menschen.",
         "The attack killed 20 people and injured 45 others.", "de", "en", "pass"),
        # Holding power against being in opposition (rule).
        ("The Greens held power from 2005 to 2009.",
         "The Greens were in opposition from 2005 to 2009.", "en", "en", "fail"),
        ("The Greens were in power from 2005 to 2009.",
         "The Greens held power from 2005 to 2009.", "en", "en", "pass"),
        ("Die Grünen waren von 2005 bis 2009 in der Opposition.",
         "The Greens held power from 2005 to 2009.", "de", "en", "fail"),
        ("Les Verts étaient au pouvoir de 2005 à 2009.",
         "The Greens were in opposition from 2005 to 2009.", "fr", "en", "fail"),
        ("Los Verdes estuvieron en la oposición de 2005 a 2009.",
         "The Greens held power from 2005 to 2009.", "es", "en", "fail"),
        # Staying in office against resigning (tenure).
        ("In 2014 some 40,000 people signed a petition asking the mayor to stay in office.",
         "In 2014 some 40,000 people signed a petition calling for the mayor's resignation.",
         "en", "en", "fail"),
        ("Le maire a démissionné en 2014.", "The mayor remained in office in 2014.",
         "fr", "en", "fail"),
        ("Der Bürgermeister trat 2014 zurück.", "The mayor resigned in 2014.", "de", "en", "pass"),
        ("2014年、市長は続投した。", "The mayor resigned in 2014.", "ja", "en", "fail"),
        # A call for a resignation against one for staying on (demand); a call is no event.
        ("2014 forderten 40.000 Bürger den Rücktritt des Bürgermeisters.",
         "In 2014 some 40,000 residents called for the mayor to stay on.", "de", "en", "fail"),
        ("En 2014, 40 000 habitants ont exigé le maintien du maire.",
         "In 2014 some 40,000 residents called for the mayor's resignation.", "fr", "en", "fail"),
        ("2014年、住民4万人が市長の続投を求めた。",
         "In 2014 some 40,000 residents called for the mayor's resignation.", "ja", "en", "fail"),
        ("In 2014 the mayor stayed in office.",
         "In 2014 the mayor rejected calls for his resignation.", "en", "en", "pass"),
        # Feeling safe against feeling uneasy (feeling).
        ("About 40% of riders feel safe on night buses.",
         "About 40% of riders feel uneasy on night buses.", "en", "en", "fail"),
        ("About 40% of riders feel secure on night buses.",
         "About 40% of riders feel safe on night buses.", "en", "en", "pass"),
        ("Rund 40 % der Fahrgäste fühlen sich in Nachtbussen sicher.",
         "About 40% of riders feel anxious on night buses.", "de", "en", "fail"),
        ("約40％の乗客が夜行バスに不安を感じている。",
         "About 40% of riders feel safe on night buses.", "ja", "en", "fail"),
        ("Cerca de un 40 % de los pasajeros se sienten seguros en los autobuses nocturnos.",
         "About 40% of riders feel safe on night buses.", "es", "en", "pass"),
    ],
)  # fmt: skip
def test_polarity_f33_groups(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A quantifying negation on the object, after the clause's subject and verb, negates
        # the verb after an opening phrase holding the figure, across languages.
        ("In 2012 the minister gave no interviews before leaving office.",
         "2012年，部长在离任前接受了采访。", "en", "zh", "fail"),
        ("In 2012 the minister gave no interviews before leaving office.",
         "En 2012, le ministre a accordé des entretiens avant de quitter ses fonctions.",
         "en", "fr", "fail"),
        ("In 2012 the minister gave no interviews before leaving office.",
         "Em 2012, o ministro deu entrevistas antes de deixar o cargo.", "en", "pt", "fail"),
        ("Im Jahr 2012 gab der Minister keine Interviews, bevor er sein Amt verließ.",
         "In 2012 the minister gave interviews before leaving office.", "de", "en", "fail"),
        ("In 2012 the minister gave interviews before leaving office.",
         "2012年，部长在离任前接受了采访。", "en", "zh", "pass"),
        # The subject's quantifier right after the opening phrase stays no negation of the
        # verb: "no film in 26 years" says "the first film in 26 years".
        ("In 26 years, no film had won the prize before this one.",
         "C'est le premier film en 26 ans à remporter le prix.", "en", "fr", "pass"),
        ("In the 2019 season no team won the cup before the final round.",
         "2019年赛季，直到最后一轮才有球队夺冠。", "en", "zh", "pass"),
    ],
)  # fmt: skip
def test_object_quantifier_negates_after_opening(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A verb contrasted with the figure's clause, its subject none or the figure's whole
        # group ("but all were rescued", "が、全頭が救助された"), is said of the figure.
        ("Some 60 cows were swept away by the flood, but all were rescued.",
         "Some 60 cows were swept away by the flood and died.", "en", "en", "fail"),
        ("Une soixantaine de vaches ont été emportées par la crue, mais toutes ont été "
         "secourues.",
         "Some 60 cows were swept away by the flood and died.", "fr", "en", "fail"),
        ("Unas 60 vacas fueron arrastradas por la riada, pero todas fueron rescatadas.",
         "Some 60 cows were swept away by the flood and died.", "es", "en", "fail"),
        ("60頭の牛が洪水に流されたが、全頭が救助された。",
         "Some 60 cows were swept away by the flood and died.", "ja", "en", "fail"),
        ("60头牛被洪水冲走，但全部获救。",
         "Some 60 cows were swept away by the flood and died.", "zh", "en", "fail"),
        ("Some 60 cows were swept away by the flood, but all survived.",
         "60頭の牛が洪水に流されたが、全頭が救助された。", "en", "ja", "pass"),
        # Another subject, or another count, is another group's.
        ("Some 60 cows were swept away by the flood, but the farmer was rescued.",
         "Some 60 cows were swept away by the flood and died.", "en", "en", "pass"),
        ("60頭の牛が洪水に流されたが、農家の男性は救助された。",
         "60 cows were swept away by the flood and died.", "ja", "en", "pass"),
    ],
)  # fmt: skip
def test_contrasted_predicate_of_the_whole_group(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
