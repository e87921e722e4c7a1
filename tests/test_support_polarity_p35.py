"""More opposing predicates ([polarity] in each language's data file, holdout35/36's false
passes of "an opposite predicate the engine does not know"): a German compound embargo
lifted against one imposed; being appointed against stepping down; a bill thrown out
against one adopted; feeling comfortable against feeling uneasy; coming away
empty-handed (or failing) against winning; "non coupable" against "guilty". Each in one
language or across two; right paraphrases and look-alikes pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # An embargo or sanctions in a German compound, lifted against imposed.
        ("Die Regierung hob 2004 das Waffenembargo gegen Libyen auf.",
         "In 2004 the government imposed an arms embargo on Libya.", "de", "en", "fail"),
        ("2004 verhängte die Regierung ein Waffenembargo gegen Libyen.",
         "En 2004, le gouvernement a levé l'embargo sur les armes contre la Libye.",
         "de", "fr", "fail"),
        ("Die Regierung hob 2004 das Waffenembargo gegen Libyen auf.",
         "In 2004 the government lifted the arms embargo on Libya.", "de", "en", "pass"),
        ("2004 wurden die Wirtschaftssanktionen gegen Libyen aufgehoben.",
         "En 2004, le gouvernement a levé les sanctions contre la Libye.", "de", "fr", "pass"),
        # Appointed (took office) against stepped down.
        ("Dana Kim was appointed on May 2, 2018.", "Dana Kim stepped down on May 2, 2018.",
         "en", "en", "fail"),
        ("Im Mai 2018 wurde Dana Kim zur Direktorin ernannt.",
         "Dana Kim resigned in May 2018.", "de", "en", "fail"),
        ("Dana Kim fue nombrada directora el 2 de mayo de 2018.",
         "Dana Kim stepped down as director on May 2, 2018.", "es", "en", "fail"),
        ("Dana Kim a été nommée directrice le 2 mai 2018.",
         "Dana Kim took office on May 2, 2018.", "fr", "en", "pass"),
        ("Dana Kim was appointed director on May 2, 2018.",
         "Dana Kim took office as director on May 2, 2018.", "en", "en", "pass"),
        # A bill thrown out or defeated against one adopted.
        ("The senate threw out the budget bill 61 to 39.",
         "Der Senat verabschiedete den Haushaltsentwurf mit 61 zu 39 Stimmen.", "en", "de",
         "fail"),
        ("The bill was defeated 61 to 39.", "Le projet de loi a été adopté par 61 voix contre 39.",
         "en", "fr", "fail"),
        ("The senate threw out the budget bill 61 to 39.",
         "El Senado rechazó el proyecto de presupuesto por 61 votos a 39.", "en", "es", "pass"),
        # "threw out" of a pitch or a case is no bill.
        ("He threw out the first pitch in 2019.", "He threw out the first pitch in 2019.",
         "en", "en", "pass"),
        # Feeling comfortable against feeling uneasy.
        ("About 30% feel comfortable sharing their data.",
         "About 30% feel uneasy about sharing their data.", "en", "en", "fail"),
        ("Environ 30 % se sentent à l'aise pour partager leurs données.",
         "About 30% feel uncomfortable sharing their data.", "fr", "en", "fail"),
        ("Cerca del 30 % se siente incómodo al compartir sus datos.",
         "Rund 30 % fühlen sich wohl dabei, ihre Daten zu teilen.", "es", "de", "fail"),
        ("About 30% feel comfortable sharing their data.",
         "Rund 30 % fühlen sich wohl dabei, ihre Daten zu teilen.", "en", "de", "pass"),
        ("El 30 % se siente cómodo al compartir sus datos.",
         "30% feel at ease sharing their data.", "es", "en", "pass"),
        # Coming away empty-handed, or failing, against winning.
        ("Der Film ging 2015 bei den Oscars leer aus.", "The film won an Oscar in 2015.",
         "de", "en", "fail"),
        ("The film came away empty-handed at the 2015 Oscars.",
         "En 2015, le film a remporté le prix du meilleur scénario.", "en", "fr", "fail"),
        ("En 2015, la película se fue con las manos vacías en los Oscar.",
         "The film won an Oscar in 2015.", "es", "en", "fail"),
        ("Der Film ging 2015 bei den Oscars leer aus.",
         "The film went home empty-handed from the 2015 Oscars.", "de", "en", "pass"),
        ("Lena Roth scheiterte im Weitsprung mit 6,02 m.",
         "Im Weitsprung gewann Lena Roth mit 6,02 m den Titel.", "de", "de", "fail"),
        ("Lena Roth scheiterte im Weitsprung mit 6,02 m.",
         "Lena Roth missed the long jump title with 6.02 m.", "de", "en", "pass"),
        # "non coupable" against "guilty", across languages.
        ("Le jury a déclaré l'accusé non coupable des 12 chefs d'accusation.",
         "The jury found the defendant guilty on all 12 counts.", "fr", "en", "fail"),
        ("Le jury a déclaré l'accusé non coupable des 12 chefs d'accusation.",
         "The jury found the defendant not guilty on all 12 counts.", "fr", "en", "pass"),
        ("Le jury a déclaré l'accusé coupable des 12 chefs d'accusation.",
         "Die Jury sprach den Angeklagten in allen 12 Anklagepunkten schuldig.", "fr", "de",
         "pass"),
        ("Le jury a déclaré l'accusé coupable des 12 chefs d'accusation.",
         "The defendant was acquitted on all 12 counts.", "fr", "en", "fail"),
    ],
)  # fmt: skip
def test_polarity_p35_groups(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Within a range or its limits against outside them (bounds).
        ("The reading of 7.4 was within the normal range.",
         "The reading of 7.4 was outside the normal range.", "en", "en", "fail"),
        ("La mesure de 7,4 se situait hors de la plage normale.",
         "The reading of 7.4 was within the normal range.", "fr", "en", "fail"),
        ("Der Messwert von 7,4 lag außerhalb des zulässigen Bereichs.",
         "El valor de 7,4 estaba dentro del rango permitido.", "de", "es", "fail"),
        ("7.4という測定値は基準範囲外だった。",
         "The reading of 7.4 was within the normal range.", "ja", "en", "fail"),
        ("The reading of 7.4 was within the acceptable limits.",
         "Le relevé de 7,4 se situait dans la plage acceptable.", "en", "fr", "pass"),
        ("O valor 12 ficou fora da faixa normal.",
         "The value 12 was out of range.", "pt", "en", "pass"),
        # "within two years" names no range; "in the range of" is a size.
        ("Within two years the range grew to 40 stores.",
         "Within two years the range grew to 40 stores.", "en", "en", "pass"),
        # Loved or liked against hated or dreaded (affect).
        ("Kotlin was the most dreaded language in 2021.",
         "Kotlin was the most loved language in 2021.", "en", "en", "fail"),
        ("Kotlin était le langage le plus détesté en 2021.",
         "Kotlin was the most loved language in 2021.", "fr", "en", "fail"),
        ("Kotlin war 2021 die beliebteste Sprache.",
         "Kotlin was the most hated language in 2021.", "de", "en", "fail"),
        ("2021年，Kotlin是最令人畏惧的语言。",
         "Kotlin was the most loved language in 2021.", "zh", "en", "fail"),
        ("En 2021, Kotlin fue amado por el 70 % de los desarrolladores.",
         "In 2021 Kotlin was loved by 70% of developers.", "es", "en", "pass"),
        ("En 2021, Kotlin était apprécié par 70 % des développeurs.",
         "In 2021 Kotlin was liked by 70% of developers.", "fr", "en", "pass"),
        ("En 2021, Kotlin était apprécié par 70 % des développeurs.",
         "In 2021 Kotlin was disliked by 70% of developers.", "fr", "en", "fail"),
        # "loved ones" are people, no affect.
        ("In 2021, 40 families lost loved ones in the flood.",
         "In 2021, 40 families lost loved ones in the flood.", "en", "en", "pass"),
        # Material recycled or recovered against discarded or lost (recovery).
        ("The plant recycles 90% of the plastic it collects.",
         "The plant discards 90% of the plastic it collects.", "en", "en", "fail"),
        ("Die Anlage wirft 90 Prozent des gesammelten Kunststoffs weg.",
         "The plant recycles 90% of the plastic it collects.", "de", "en", "fail"),
        ("La planta recicla el 90 % del plástico que recoge.",
         "L'usine met au rebut 90 % du plastique collecté.", "es", "fr", "fail"),
        ("The process loses 90% of the raw material.",
         "该工艺可回收90%的原材料。", "en", "zh", "fail"),
        ("The plant recycles 90% of the plastic it collects.",
         "Die Anlage führt 90 Prozent des Kunststoffs der Wiederverwertung zu.", "en", "de",
         "pass"),
        ("A usina recicla 90% do plástico que coleta.",
         "The plant recycles 90% of the plastic it collects.", "pt", "en", "pass"),
    ],
)  # fmt: skip
def test_polarity_p35_new_groups(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A trend said of a figure: shrinking/dwindling (en), schrumpfend/rückläufig (de),
        # decreciente (es), decrescente (pt) against a rising one.
        ("About 12% of workers are self-employed, a share that is shrinking.",
         "Rund 12 % der Beschäftigten sind selbstständig, Tendenz steigend.", "en", "de",
         "fail"),
        ("Rund 12 % der Beschäftigten sind selbstständig, ein Anteil, der schrumpft.",
         "About 12% of workers are self-employed, a share that is growing.", "de", "en",
         "fail"),
        ("Cerca del 12 % de los trabajadores son autónomos, una proporción creciente.",
         "About 12% of workers are self-employed, a share that is dwindling.", "es", "en",
         "fail"),
        ("About 12% of workers are self-employed, a share that is shrinking.",
         "Rund 12 % der Beschäftigten sind selbstständig, Tendenz rückläufig.", "en", "de",
         "pass"),
        ("Cerca de 12 % dos trabalhadores são autônomos, uma parcela decrescente.",
         "About 12% of workers are self-employed, a share that is shrinking.", "pt", "en",
         "pass"),
    ],
)  # fmt: skip
def test_trend_words_p35(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
