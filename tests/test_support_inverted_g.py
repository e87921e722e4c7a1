"""Statements that invert what the quote says of a compared figure or date with an antonym
or an opposite direction word, in one language or across two: a departure forced against
voluntary ([polarity] volition), an honour in one's lifetime against posthumous ([polarity]
lifetime), a verdict whose charges hold the figure far after it and what was right against
wrong with the figure in its complement (common.toml [polarity_governing]), and rising
against falling said by separable German verbs ([directions] separable: "gab … nach",
"legte … zu"), inflections and market verbs the lists missed ("schrumpften", "desplomaron",
"反弹", "続伸"), or a verb whose figure stands past a year ("sank 2019 um 5 Prozent"). Right
paraphrases with synonyms (stepped down / resigned, found guilty / convicted, posthumous /
after his death) still pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Eich resigned on April 3, 2014.",
            "Due to the controversy, Eich voluntarily stepped down on April 3, 2014",
            "en",
            "en",
            "pass",
        ),
        (
            "Eich stepped down of his own accord on April 3, 2014.",
            "Due to the controversy, Eich voluntarily stepped down on April 3, 2014",
            "en",
            "en",
            "pass",
        ),
        (
            "Eich stepped down voluntarily on April 3, 2014.",
            "Eich was forced to resign on April 3, 2014, after an outcry among employees",
            "en",
            "en",
            "fail",
        ),
        (
            "Eich was pushed out on April 3, 2014.",
            "Eich was forced to resign on April 3, 2014, after an outcry among employees",
            "en",
            "en",
            "pass",
        ),
        (
            "The coach left the club of his own accord in March 2019.",
            "The coach was sacked by the club in March 2019 after a run of eight defeats.",
            "en",
            "en",
            "fail",
        ),
        (
            "The coach was fired in March 2019.",
            "The coach was sacked by the club in March 2019 after a run of eight defeats.",
            "en",
            "en",
            "pass",
        ),
        (
            "The chief executive was ousted in 2017.",
            "The chief executive retired voluntarily in 2017 after 22 years at the company.",
            "en",
            "en",
            "fail",
        ),
        (
            "Eich wurde am 3. April 2014 aus dem Amt gedrängt.",
            "Eich trat am 3. April 2014 freiwillig zurück.",
            "de",
            "de",
            "fail",
        ),
        (
            "Eich trat am 3. April 2014 zurück.",
            "Eich trat am 3. April 2014 freiwillig zurück.",
            "de",
            "de",
            "pass",
        ),
        (
            "Der Trainer ging im März 2019 freiwillig.",
            "Der Trainer wurde im März 2019 nach acht Niederlagen in Folge entlassen.",
            "de",
            "de",
            "fail",
        ),
        (
            "Der Trainer wurde im März 2019 gefeuert.",
            "Der Trainer wurde im März 2019 nach acht Niederlagen in Folge entlassen.",
            "de",
            "de",
            "pass",
        ),
        (
            "Eich a été poussé vers la sortie le 3 avril 2014.",
            "Eich a démissionné de son plein gré le 3 avril 2014.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "L'entraîneur a quitté volontairement le club en mars 2019.",
            "L'entraîneur a été limogé en mars 2019 après huit défaites consécutives.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "L'entraîneur a été renvoyé en mars 2019.",
            "L'entraîneur a été limogé en mars 2019 après huit défaites consécutives.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "Eich a démissionné le 3 avril 2014.",
            "Eich a démissionné de son plein gré le 3 avril 2014.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "Eich fue forzado a dimitir el 3 de abril de 2014.",
            "Eich dimitió voluntariamente el 3 de abril de 2014.",
            "es",
            "es",
            "fail",
        ),
        (
            "El entrenador se marchó por voluntad propia en marzo de 2019.",
            "El entrenador fue destituido en marzo de 2019 tras ocho derrotas seguidas.",
            "es",
            "es",
            "fail",
        ),
        (
            "El entrenador fue despedido en marzo de 2019.",
            "El entrenador fue destituido en marzo de 2019 tras ocho derrotas seguidas.",
            "es",
            "es",
            "pass",
        ),
        (
            "Eich foi forçado a renunciar em 3 de abril de 2014.",
            "Eich renunciou voluntariamente em 3 de abril de 2014.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "O técnico deixou o clube por vontade própria em março de 2019.",
            "O técnico foi demitido em março de 2019 após oito derrotas seguidas.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "O técnico foi dispensado em março de 2019.",
            "O técnico foi demitido em março de 2019 após oito derrotas seguidas.",
            "pt",
            "pt",
            "pass",
        ),
        (
            "艾克于2014年4月3日被迫辞职。",
            "艾克于2014年4月3日主动辞职。",
            "zh",
            "zh",
            "fail",
        ),
        (
            "艾克于2014年4月3日辞职。",
            "艾克于2014年4月3日主动辞职。",
            "zh",
            "zh",
            "pass",
        ),
        (
            "アイク氏は2014年4月3日に辞任に追い込まれた。",
            "アイク氏は2014年4月3日に自ら辞任した。",
            "ja",
            "ja",
            "fail",
        ),
        (
            "Eich wurde am 3. April 2014 zum Rücktritt gezwungen.",
            "Due to the controversy, Eich voluntarily stepped down on April 3, 2014",
            "de",
            "en",
            "fail",
        ),
        (
            "Eich renunció el 3 de abril de 2014.",
            "Due to the controversy, Eich voluntarily stepped down on April 3, 2014",
            "es",
            "en",
            "pass",
        ),
        (
            "Eich a été contraint de démissionner le 3 avril 2014.",
            "Due to the controversy, Eich voluntarily stepped down on April 3, 2014",
            "fr",
            "en",
            "fail",
        ),
        (
            "Eich stepped down on April 3, 2014.",
            "Eich resigned on April 3, 2014 amid pressure from employees.",
            "en",
            "en",
            "pass",
        ),
        (
            "Eich was forced to resign on April 3, 2014.",
            "Eich was pushed out on April 3, 2014",
            "en",
            "en",
            "pass",
        ),
        (
            "Eich did not leave voluntarily on April 3, 2014.",
            "Eich was forced out on April 3, 2014",
            "en",
            "en",
            "pass",
        ),
        (
            "Eich did not leave voluntarily on April 3, 2014.",
            "Due to the controversy, Eich voluntarily stepped down on April 3, 2014",
            "en",
            "en",
            "fail",
        ),
        (
            "Der Trainer wurde im März 2019 entlassen.",
            "Der Trainer musste im März 2019 nach acht Niederlagen gehen.",
            "de",
            "de",
            "pass",
        ),
        (
            "Eich renunciou em 3 de abril de 2014.",
            "Eich renunciou por vontade própria em 3 de abril de 2014.",
            "pt",
            "pt",
            "pass",
        ),
        (
            "L'entraîneur a été limogé en mars 2019.",
            "L'entraîneur a été contraint de quitter le club en mars 2019.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "彼は2014年4月3日に自ら辞任した。",
            "He was forced out on April 3, 2014.",
            "ja",
            "en",
            "fail",
        ),
        (
            "他于2014年4月3日主动辞职。",
            "He was fired on April 3, 2014.",
            "zh",
            "en",
            "fail",
        ),
        (
            "他于2014年4月3日被迫辞职。",
            "He was forced to resign on April 3, 2014.",
            "zh",
            "en",
            "pass",
        ),
    ],
)
def test_forced_against_voluntary(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A departure forced against one of one's own accord ([polarity] volition)."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Roof was convicted of attempting to kill three others.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "Roof was found guilty on all 33 counts.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "The former executive was acquitted over a scheme that cost investors $40 million.",
            (
                "A federal jury convicted the former executive of securities "
                "fraud and conspiracy for his role in a scheme that cost "
                "investors $40 million"
            ),
            "en",
            "en",
            "fail",
        ),
        (
            (
                "The former executive was found guilty over a scheme that cost "
                "investors $40 million."
            ),
            (
                "A federal jury convicted the former executive of securities "
                "fraud and conspiracy for his role in a scheme that cost "
                "investors $40 million"
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "Der Angeklagte wurde in drei Fällen der Untreue freigesprochen.",
            (
                "Das Landgericht München hat den früheren Manager des Betrugs in "
                "14 Fällen und der Untreue in drei weiteren Fällen schuldig "
                "gesprochen"
            ),
            "de",
            "de",
            "fail",
        ),
        (
            "Der Angeklagte wurde in drei Fällen der Untreue verurteilt.",
            (
                "Das Landgericht München hat den früheren Manager des Betrugs in "
                "14 Fällen und der Untreue in drei weiteren Fällen schuldig "
                "gesprochen"
            ),
            "de",
            "de",
            "pass",
        ),
        (
            "L'accusé a été acquitté de la tentative de meurtre de ses deux enfants.",
            (
                "La cour d'assises a reconnu l'accusé coupable du meurtre de sa "
                "femme et de la tentative de meurtre de ses deux enfants"
            ),
            "fr",
            "fr",
            "fail",
        ),
        (
            "L'accusé a été condamné pour la tentative de meurtre de ses deux enfants.",
            (
                "La cour d'assises a reconnu l'accusé coupable du meurtre de sa "
                "femme et de la tentative de meurtre de ses deux enfants"
            ),
            "fr",
            "fr",
            "pass",
        ),
        (
            "Roof fue absuelto del intento de asesinato de otras tres personas.",
            (
                "Un jurado declaró culpable a Roof de los 33 cargos federales "
                "que enfrentaba por asesinar a nueve personas e intentar matar a "
                "otras tres"
            ),
            "es",
            "es",
            "fail",
        ),
        (
            "Roof fue condenado por intentar matar a otras tres personas.",
            (
                "Un jurado declaró culpable a Roof de los 33 cargos federales "
                "que enfrentaba por asesinar a nueve personas e intentar matar a "
                "otras tres"
            ),
            "es",
            "es",
            "pass",
        ),
        (
            "Roof wurde vom versuchten Mord an drei weiteren Menschen freigesprochen.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "de",
            "en",
            "fail",
        ),
        (
            "Roof wurde des versuchten Mordes an drei weiteren Menschen schuldig gesprochen.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "de",
            "en",
            "pass",
        ),
        (
            "Roof foi absolvido da tentativa de assassinato de outras três pessoas.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "pt",
            "en",
            "fail",
        ),
        (
            "Roof was convicted on all 33 counts.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes"
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "Roof was found guilty of murdering nine people.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "Roof was cleared of murdering nine people.",
            (
                "A jury in Charleston, S.C., has found Dylann Roof guilty on all "
                "33 counts of federal hate crimes he faced for murdering nine "
                "people and attempting to kill three others"
            ),
            "en",
            "en",
            "fail",
        ),
        (
            "The jury convicted him on 12 counts in 2015.",
            "He was convicted on 12 counts in 2015 and acquitted on appeal in 2017.",
            "en",
            "en",
            "pass",
        ),
        (
            "He was acquitted on appeal in 2017.",
            "He was convicted on 12 counts in 2015 and acquitted on appeal in 2017.",
            "en",
            "en",
            "pass",
        ),
        (
            "He was acquitted in 2015.",
            "他于2015年被判有罪。",
            "en",
            "zh",
            "fail",
        ),
        (
            "He was convicted in 2015.",
            "彼は2015年に無罪判決を受けた。",
            "en",
            "ja",
            "fail",
        ),
        (
            "He was acquitted in 2015.",
            "彼は2015年に無罪判決を受けた。",
            "en",
            "ja",
            "pass",
        ),
    ],
)
def test_a_verdict_governs_its_charges(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A verdict governs its charges: a figure far after it in its sentence is said of it."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Heath Ledger recibió el Óscar a título póstumo en 2009.",
            (
                "“I am standing on the shoulders of my favorite actor - Heath "
                "Ledger,” Phoenix said on Sunday, referring to the actor who won "
                "a posthumous Oscar in 2009"
            ),
            "es",
            "en",
            "pass",
        ),
        (
            "Heath Ledger won an Oscar during his lifetime in 2009.",
            "Phoenix referred to the actor who won a posthumous Oscar in 2009",
            "en",
            "en",
            "fail",
        ),
        (
            "Heath Ledger won the Oscar posthumously in 2009.",
            "Phoenix referred to the actor who won a posthumous Oscar in 2009",
            "en",
            "en",
            "pass",
        ),
        (
            "Heath Ledger was awarded the Oscar after his death, in 2009.",
            "Phoenix referred to the actor who won a posthumous Oscar in 2009",
            "en",
            "en",
            "pass",
        ),
        (
            "The album was released posthumously in 1997.",
            "The album, released in 1997 while he was still alive, sold two million copies.",
            "en",
            "en",
            "fail",
        ),
        (
            "Ledger erhielt den Oscar 2009 zu Lebzeiten.",
            "Ledger erhielt 2009 postum den Oscar für seine Rolle als Joker.",
            "de",
            "de",
            "fail",
        ),
        (
            "Ledger wurde 2009 posthum mit dem Oscar ausgezeichnet.",
            "Ledger erhielt 2009 postum den Oscar für seine Rolle als Joker.",
            "de",
            "de",
            "pass",
        ),
        (
            "Ledger erhielt den Oscar 2009 nach seinem Tod.",
            "Ledger erhielt 2009 postum den Oscar für seine Rolle als Joker.",
            "de",
            "de",
            "pass",
        ),
        (
            "Ledger a reçu l'Oscar de son vivant en 2009.",
            "Ledger a reçu l'Oscar à titre posthume en 2009 pour son rôle du Joker.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Ledger a reçu en 2009 un Oscar posthume.",
            "Ledger a reçu l'Oscar à titre posthume en 2009 pour son rôle du Joker.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "Ledger ganhou o Oscar em vida em 2009.",
            "Ledger ganhou o Oscar postumamente em 2009 pelo papel de Coringa.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "Ledger recebeu o Oscar após sua morte, em 2009.",
            "Ledger ganhou o Oscar postumamente em 2009 pelo papel de Coringa.",
            "pt",
            "pt",
            "pass",
        ),
        (
            "希斯·莱杰生前于2009年获得奥斯卡奖。",
            "希斯·莱杰于2009年被追授奥斯卡最佳男配角奖。",
            "zh",
            "zh",
            "fail",
        ),
        (
            "ヒース・レジャーは生前の2009年にアカデミー賞を受賞した。",
            "ヒース・レジャーは死後の2009年にアカデミー賞を受賞した。",
            "ja",
            "ja",
            "fail",
        ),
        (
            "Ledger won the Oscar in his lifetime, in 2009.",
            "Ledger erhielt 2009 postum den Oscar für seine Rolle als Joker.",
            "en",
            "de",
            "fail",
        ),
        (
            "Ledger a remporté l'Oscar de son vivant en 2009.",
            "Phoenix referred to the actor who won a posthumous Oscar in 2009",
            "fr",
            "en",
            "fail",
        ),
        (
            "Ledger won a posthumous Oscar in 2009.",
            "Ledger won the Oscar after his death, in 2009.",
            "en",
            "en",
            "pass",
        ),
        (
            "Ledger received the Academy Award posthumously in 2009.",
            "Ledger, who died in 2008, won a posthumous Oscar in 2009.",
            "en",
            "en",
            "pass",
        ),
        (
            "Ledger ganó el Óscar de forma póstuma en 2009.",
            "Ledger ganó el Óscar a título póstumo en 2009.",
            "es",
            "es",
            "pass",
        ),
        (
            "Ledger a reçu un Oscar à titre posthume en 2009.",
            "Ledger won a posthumous Oscar in 2009.",
            "fr",
            "en",
            "pass",
        ),
        (
            "希斯·莱杰于2009年被追授奥斯卡奖。",
            "希斯·莱杰死后于2009年获得奥斯卡奖。",
            "zh",
            "zh",
            "pass",
        ),
        (
            "莱杰生前于2009年获得奥斯卡奖。",
            "Ledger won a posthumous Oscar in 2009.",
            "zh",
            "en",
            "fail",
        ),
        (
            "レジャーは死後の2009年にアカデミー賞を受賞した。",
            "Ledger won a posthumous Oscar in 2009.",
            "ja",
            "en",
            "pass",
        ),
    ],
)
def test_lifetime_against_posthumous(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """An honour in one's lifetime against a posthumous one ([polarity] lifetime)."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            (
                "Tite sagte, es sei ein Fehler gewesen, den Libertadores-Pokal "
                "von 2012 zu Lula zu bringen."
            ),
            (
                "Após rechaçar um encontro da seleção brasileira com o "
                "presidente eleito Jair Bolsonaro, o técnico Tite declarou que "
                "errou ao levar a taça da Copa Libertadores de 2012 ao "
                "ex-presidente Lula"
            ),
            "de",
            "pt",
            "pass",
        ),
        (
            "Tite räumte ein, er habe sich geirrt, als er den Pokal von 2012 zu Lula brachte.",
            (
                "Após rechaçar um encontro da seleção brasileira com o "
                "presidente eleito Jair Bolsonaro, o técnico Tite declarou que "
                "errou ao levar a taça da Copa Libertadores de 2012 ao "
                "ex-presidente Lula"
            ),
            "de",
            "pt",
            "pass",
        ),
        (
            "Tite sagte, es sei falsch gewesen, den Pokal von 2012 zu Lula zu bringen.",
            "Tite sagte, er habe 2012 richtig gehandelt, als er den Pokal zu Lula brachte.",
            "de",
            "de",
            "fail",
        ),
        (
            "Tite said he was right to take the 2012 Libertadores trophy to Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "en",
            "pt",
            "fail",
        ),
        (
            "Tite said it was a mistake to take the 2012 Libertadores trophy to Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "en",
            "pt",
            "pass",
        ),
        (
            "Tite said it was right to take the 2012 trophy to Lula.",
            "Tite said it was a mistake to take the 2012 trophy to Lula.",
            "en",
            "en",
            "fail",
        ),
        (
            "Tite a estimé avoir eu raison d'apporter la coupe de 2012 à Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "fr",
            "pt",
            "fail",
        ),
        (
            "Tite a reconnu avoir eu tort d'apporter la coupe de 2012 à Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "fr",
            "pt",
            "pass",
        ),
        (
            "Tite dijo que hizo bien en llevar el trofeo de 2012 a Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "es",
            "pt",
            "fail",
        ),
        (
            "Tite admitió que se equivocó al llevar el trofeo de 2012 a Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "es",
            "pt",
            "pass",
        ),
        (
            "Tite dijo que fue un acierto llevar el trofeo de 2012 a Lula.",
            "Tite dijo que fue un error llevar el trofeo de 2012 a Lula.",
            "es",
            "es",
            "fail",
        ),
        (
            "Tite disse que acertou ao levar a taça de 2012 a Lula.",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "pt",
            "pt",
            "fail",
        ),
        (
            "Tite disse que foi certo levar a taça de 2012 a Lula.",
            "Tite disse que foi um erro levar a taça de 2012 a Lula.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "Tite räumte ein, es sei ein Fehler gewesen, den Pokal 2012 zu Lula zu bringen.",
            "Tite sagte, er habe sich geirrt, als er 2012 den Pokal zu Lula brachte.",
            "de",
            "de",
            "pass",
        ),
        (
            "Tite admitted he erred in taking the 2012 trophy to Lula.",
            "Tite said it was a mistake to take the 2012 trophy to Lula.",
            "en",
            "en",
            "pass",
        ),
        (
            "He was right to sell the shares in 2007.",
            "He was right to sell the shares in 2007, a year before the crash.",
            "en",
            "en",
            "pass",
        ),
        (
            "他说2012年把奖杯带给卢拉是对的。",
            "他说2012年把奖杯带给卢拉是错误的。",
            "zh",
            "zh",
            "fail",
        ),
    ],
)
def test_right_against_wrong(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """What was right against wrong, the figure in its complement."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Mozillas Einnahmen wuchsen 2011 gegenüber 2010 um 33 Prozent.",
            (
                "Mozilla reported that their total revenue for 2011 was $163 "
                "million, which was up 33% from $123 million in 2010."
            ),
            "de",
            "en",
            "pass",
        ),
        (
            "Der DAX gab am Montag um 2 Prozent nach.",
            "Der DAX stieg am Montag um 2 Prozent.",
            "de",
            "de",
            "fail",
        ),
        (
            "Der DAX gab am Montag um 2 Prozent nach.",
            "Der DAX fiel am Montag um 2 Prozent.",
            "de",
            "de",
            "pass",
        ),
        (
            "Der Umsatz legte 2019 um 5 Prozent zu.",
            "Der Umsatz sank 2019 um 5 Prozent.",
            "de",
            "de",
            "fail",
        ),
        (
            "Der Umsatz legte 2019 um 5 Prozent zu.",
            "Der Umsatz stieg 2019 um 5 Prozent.",
            "de",
            "de",
            "pass",
        ),
        (
            "Der Umsatz legte 2019 um 5 Prozent zu.",
            "Sales fell 5% in 2019.",
            "de",
            "en",
            "fail",
        ),
        (
            "Die Einnahmen schrumpften 2011 um 33 Prozent.",
            "Revenue rose 33% in 2011.",
            "de",
            "en",
            "fail",
        ),
        (
            "Die Einnahmen schrumpften 2011 um 33 Prozent.",
            "Revenue fell 33% in 2011.",
            "de",
            "en",
            "pass",
        ),
        (
            "Der Ölpreis brach im April um 30 Prozent ein.",
            "Oil prices rose 30% in April.",
            "de",
            "en",
            "fail",
        ),
        (
            "Der Ölpreis brach im April um 30 Prozent ein.",
            "Oil prices plunged 30% in April.",
            "de",
            "en",
            "pass",
        ),
        (
            "Der Umsatz nahm 2019 um 5 Prozent zu.",
            "Sales were down 5% in 2019.",
            "de",
            "en",
            "fail",
        ),
        (
            "The Nikkei fell for the first time in five days.",
            "日経平均は5日ぶり反発、円安で大型外需株に買い戻し",
            "en",
            "ja",
            "fail",
        ),
        (
            "The Nikkei rebounded for the first time in five days.",
            "日経平均は5日ぶり反発、円安で大型外需株に買い戻し",
            "en",
            "ja",
            "pass",
        ),
        (
            "Le CAC 40 a reculé de 2 % lundi.",
            "Le CAC 40 a progressé de 2 % lundi.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Las acciones se desplomaron un 12% el lunes.",
            "Shares jumped 12% on Monday.",
            "es",
            "en",
            "fail",
        ),
        (
            "O Ibovespa recuou 2% nesta segunda-feira.",
            "O Ibovespa avançou 2% nesta segunda-feira.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "Die Aktie kletterte am Freitag um 4 Prozent.",
            "Die Aktie sackte am Freitag um 4 Prozent ab.",
            "de",
            "de",
            "fail",
        ),
        (
            "Die Aktie kletterte am Freitag um 4 Prozent.",
            "The stock climbed 4% on Friday.",
            "de",
            "en",
            "pass",
        ),
        (
            "Der DAX legte am Montag um 2 Prozent zu.",
            "The DAX gained 2% on Monday.",
            "de",
            "en",
            "pass",
        ),
        (
            "Die Zahl der Arbeitslosen ging im Mai um 30.000 zurück.",
            "Unemployment fell by 30,000 in May.",
            "de",
            "en",
            "pass",
        ),
        (
            "Die Aktie gab nach der Zahlenvorlage um 5 Prozent nach.",
            "The stock fell 5% after the results.",
            "de",
            "en",
            "pass",
        ),
        (
            "Die Regierung gab 2019 dem Druck der Gewerkschaften nach.",
            "Die Regierung lenkte 2019 ein.",
            "de",
            "de",
            "unverified",
        ),
        (
            "Die Regierung gab 2019 dem Druck der Gewerkschaften nach.",
            "Die Regierung gab 2019 dem Druck der Gewerkschaften nach.",
            "de",
            "de",
            "pass",
        ),
        (
            "Shares rose 12% on Monday.",
            "Shares rallied 12% on Monday.",
            "en",
            "en",
            "pass",
        ),
        (
            "Las acciones se dispararon un 12% el lunes.",
            "Shares soared 12% on Monday.",
            "es",
            "en",
            "pass",
        ),
        (
            "Le CAC 40 a cédé 2 % lundi.",
            "The CAC 40 fell 2% on Monday.",
            "fr",
            "en",
            "pass",
        ),
        (
            "The Shanghai Composite fell 2% on Monday.",
            "上证综指周一反弹2%。",
            "en",
            "zh",
            "fail",
        ),
        (
            "The Shanghai Composite rebounded 2% on Monday.",
            "上证综指周一反弹2%。",
            "en",
            "zh",
            "pass",
        ),
        (
            "Exports rose 5% in May.",
            "5月出口回落5%。",
            "en",
            "zh",
            "fail",
        ),
        (
            "Sales grew 8% in 2019.",
            "2019年销量下滑8%。",
            "en",
            "zh",
            "fail",
        ),
        (
            "上证综指周一下跌2%。",
            "上证综指周一反弹2%。",
            "zh",
            "zh",
            "fail",
        ),
        (
            "The Nikkei rose 2% on Monday.",
            "日経平均は月曜日に2%急落した。",
            "en",
            "ja",
            "fail",
        ),
        (
            "The Nikkei fell 2% on Monday.",
            "日経平均は月曜日に2%続伸した。",
            "en",
            "ja",
            "fail",
        ),
        (
            "The Nikkei rose 2% on Monday.",
            "日経平均は月曜日に2%続伸した。",
            "en",
            "ja",
            "pass",
        ),
        (
            "Der Nikkei stieg am Montag um 2 Prozent.",
            "日経平均は月曜日に2%値下がりした。",
            "de",
            "ja",
            "fail",
        ),
    ],
)
def test_opposite_directions_of_market_verbs(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """Rising against falling, by separable verbs, new inflections or past a year."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Revenue rose 5% year on year.",
            "營收年減5%。",
            "en",
            "zh",
            "fail",
        ),
        (
            "Revenue fell 5% year on year.",
            "營收年減5%。",
            "en",
            "zh",
            "pass",
        ),
        (
            "Prices fell 3% in May.",
            "5月房價上漲3%。",
            "en",
            "zh",
            "fail",
        ),
        (
            "The yuan appreciated 2% against the dollar in 2018.",
            "2018年人民币对美元贬值2%。",
            "en",
            "zh",
            "fail",
        ),
        (
            "Die Exporte stiegen im Mai um 7 Prozent.",
            "5月出口年減7%。",
            "de",
            "zh",
            "fail",
        ),
        (
            "El piloto sobrevivió al accidente de 2011.",
            "The pilot died in the 2011 crash.",
            "es",
            "en",
            "fail",
        ),
        (
            "All 12 passengers survived the crash.",
            "乗客12人全員が死亡した。",
            "en",
            "ja",
            "fail",
        ),
        (
            "All 12 passengers died in the crash.",
            "乗客12人全員が死亡した。",
            "en",
            "ja",
            "pass",
        ),
        (
            "Le pilote est mort dans l'accident de 2011.",
            "Der Pilot überlebte den Unfall von 2011.",
            "fr",
            "de",
            "fail",
        ),
        (
            "He was convicted in 2015 of taking bribes worth 3 million yuan.",
            "他于2015年被判无罪，此前被控受贿300万元。",
            "en",
            "zh",
            "fail",
        ),
        (
            "Er wurde 2015 freigesprochen.",
            "Fue condenado en 2015 a seis años de prisión.",
            "de",
            "es",
            "fail",
        ),
        (
            "Er wurde 2015 verurteilt.",
            "Fue condenado en 2015 a seis años de prisión.",
            "de",
            "es",
            "pass",
        ),
        (
            ("The minister admitted in 2019 that she had been right to cut the budget by 10%."),
            (
                "Die Ministerin räumte 2019 ein, es sei ein Fehler gewesen, den "
                "Etat um 10 Prozent zu kürzen."
            ),
            "en",
            "de",
            "fail",
        ),
    ],
)
def test_more_antonyms_across_languages(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """Traditional Chinese and currency direction words (營收年減, 上漲, 贬值, "appreciated"),
    survival against death and verdicts across languages."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Doce personas perdieron la vida en el accidente de 2011.",
            "All 12 people on board survived the 2011 crash.",
            "es",
            "en",
            "fail",
        ),
        (
            "Doze pessoas perderam a vida no acidente de 2011.",
            "All 12 people on board survived the 2011 crash.",
            "pt",
            "en",
            "fail",
        ),
        (
            "Douze personnes ont perdu la vie dans l'accident de 2011.",
            "All 12 people on board survived the 2011 crash.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Zwölf Menschen verloren bei dem Unglück 2011 ihr Leben.",
            "All 12 people on board survived the 2011 crash.",
            "de",
            "en",
            "fail",
        ),
        (
            "Twelve people lost their lives in the 2011 crash.",
            "All 12 people on board survived the 2011 crash.",
            "en",
            "en",
            "fail",
        ),
        (
            "2011年の事故で12人が命を落とした。",
            "All 12 people on board survived the 2011 crash.",
            "ja",
            "en",
            "fail",
        ),
        (
            "Las doce personas a bordo sobrevivieron al accidente de 2011.",
            "All 12 people on board survived the 2011 crash.",
            "es",
            "en",
            "pass",
        ),
        (
            "Twelve people died in the 2011 crash.",
            "Doce personas perdieron la vida en el accidente de 2011.",
            "en",
            "es",
            "pass",
        ),
        (
            "The senator was cleared of corruption charges in 2019.",
            "The senator pleaded guilty to corruption charges in 2019.",
            "en",
            "en",
            "fail",
        ),
        (
            ("El senador se declaró inocente de los cargos de corrupción en 2019."),
            ("El senador se declaró culpable de los cargos de corrupción en 2019."),
            "es",
            "es",
            "fail",
        ),
        (
            "Der Senator bekannte sich 2019 nicht schuldig.",
            "Der Senator bekannte sich 2019 schuldig.",
            "de",
            "de",
            "fail",
        ),
    ],
)
def test_lost_their_lives_is_a_death(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """ "Lost their lives", "perdieron la vida", "ont perdu la vie", "命を落とした" say
    [polarity] life's died, no direction ([directions] not_before); pleas and acquittals."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "He was acquitted in 2015.",
            "He was sentenced to five years in prison in 2015.",
            "en",
            "en",
            "fail",
        ),
        (
            "He was convicted in 2015.",
            "He was sentenced to five years in prison in 2015.",
            "en",
            "en",
            "pass",
        ),
        (
            "He was acquitted in 2015.",
            "彼は2015年に懲役5年の判決を受けた。",
            "en",
            "ja",
            "fail",
        ),
        (
            "He was acquitted in 2015.",
            "他于2015年被判处有期徒刑5年。",
            "en",
            "zh",
            "fail",
        ),
        (
            "Fue absuelto en 2015.",
            "He was sentenced to five years in prison in 2015.",
            "es",
            "en",
            "fail",
        ),
        (
            "Er wurde 2015 zu fünf Jahren Haft verurteilt.",
            "He was sentenced to five years in prison in 2015.",
            "de",
            "en",
            "pass",
        ),
    ],
)
def test_a_sentence_is_a_conviction(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """ "Was sentenced to five years", "懲役5年", "被判处有期徒刑" say [polarity] verdict's
    convicted: an acquittal of the same date contradicts them."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "チッチ監督は2012年の優勝杯をルラ氏に届けたのは正しかったと述べた。",
            (
                "o técnico Tite declarou que errou ao levar a taça da Copa "
                "Libertadores de 2012 ao ex-presidente Lula"
            ),
            "ja",
            "pt",
            "fail",
        ),
        (
            "He said it was right to take the 2012 trophy to Lula.",
            "彼は2012年にトロフィーをルラ氏に届けたのは間違いだったと述べた。",
            "en",
            "ja",
            "fail",
        ),
        (
            "El director renunció voluntariamente en 2017.",
            "The director was forced to resign in 2017.",
            "es",
            "en",
            "fail",
        ),
        (
            "レジャーは生前の2009年にオスカーを受賞した。",
            "Ledger won a posthumous Oscar in 2009.",
            "ja",
            "en",
            "fail",
        ),
        (
            "O técnico saiu por vontade própria em março de 2019.",
            "Der Trainer wurde im März 2019 entlassen.",
            "pt",
            "de",
            "fail",
        ),
        (
            "恒生指数反弹2%。",
            "Der Hang-Seng-Index gab um 2 Prozent nach.",
            "zh",
            "de",
            "fail",
        ),
        (
            "恒生指数下跌2%。",
            "Der Hang-Seng-Index gab um 2 Prozent nach.",
            "zh",
            "de",
            "pass",
        ),
        (
            "L'indice a reculé de 2 % lundi.",
            "Der Index legte am Montag um 2 Prozent zu.",
            "fr",
            "de",
            "fail",
        ),
    ],
)
def test_the_groups_and_separable_verbs_across_scripts(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """The new sides and the separable German verbs are read on both sides of a pair of
    languages, Chinese and Japanese too."""
    assert _status(statement, quote, lang, quote_lang) == status
