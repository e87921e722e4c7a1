"""More opposing predicates ([polarity] in each language's data file, holdout32's false
passes): saving, sparing or protecting a counted group against killing it; arrested
against released (custody); a service started against one shut down (start); the French
present "ferme" against "will open" (opening); won ahead of a named rival against lost to
one (outcome). Each in one language or across two; paraphrases on both sides pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Saving / protecting a counted group against killing it.
        ("Coast guards rescued more than 40 fishermen off Crete on Monday.",
         "On Monday coast guards killed more than 40 fishermen off Crete.", "en", "en", "fail"),
        ("Firefighters saved at least 12 residents in the blaze.",
         "Firefighters rescued at least 12 residents in the blaze.", "en", "en", "pass"),
        ("Die Grenzschützer retteten mehr als 40 Fischer vor Kreta.",
         "Border guards killed more than 40 fishermen off Crete.", "de", "en", "fail"),
        ("Les garde-côtes ont sauvé 40 pêcheurs au large de la Crète.",
         "Coast guards killed 40 fishermen off Crete.", "fr", "en", "fail"),
        ("Los guardacostas rescataron a 40 pescadores frente a Creta.",
         "Coast guards rescued 40 fishermen off Crete.", "es", "en", "pass"),
        # Custody: arrested against released.
        ("The reporter was released in June after the 14 May protest.",
         "The reporter was arrested in June over the 14 May protest.", "en", "en", "fail"),
        ("The reporter was detained in June over the 14 May protest.",
         "The reporter was arrested in June over the 14 May protest.", "en", "en", "pass"),
        ("Der Reporter wurde im Juni 2021 freigelassen.",
         "The reporter was arrested in June 2021.", "de", "en", "fail"),
        ("Le journaliste a été libéré en juin 2021.",
         "The reporter was jailed in June 2021.", "fr", "en", "fail"),
        ("El periodista fue detenido en junio de 2021.",
         "The reporter was arrested in June 2021.", "es", "en", "pass"),
        # A service started against one shut down.
        ("Acme shut down its online photo storage service in 2016.",
         "The photo storage service was launched by Acme in 2016.", "en", "en", "fail"),
        ("Acme started its photo service in 2016.",
         "The photo service was launched by Acme in 2016.", "en", "en", "pass"),
        ("Acme stellte 2016 seinen Fotospeicherdienst ein.",
         "The photo storage service was launched by Acme in 2016.", "de", "en", "fail"),
        ("Acme cerró su servicio de fotos en 2016.",
         "The photo service was founded by Acme in 2016.", "es", "en", "fail"),
        # French present "ferme" against "will open".
        ("Le musée ferme pour l'hiver le 3 novembre.",
         "The museum will open for the winter on 3 November.", "fr", "en", "fail"),
        ("Le musée ouvre pour l'hiver le 3 novembre.",
         "The museum will open for the winter on 3 November.", "fr", "en", "pass"),
        # Won ahead of a rival against lost to one.
        ("Lena Moritz unterlag in 4:02,17 Minuten gegen Clara Wendt.",
         "Lena Moritz siegte in 4:02,17 min vor Clara Wendt.", "de", "de", "fail"),
        ("Lena Moritz lost to Clara Wendt in the 2019 final.",
         "Lena Moritz beat Clara Wendt in the 2019 final.", "en", "en", "fail"),
        ("Lena Moritz defeated Clara Wendt in the 2019 final.",
         "Lena Moritz beat Clara Wendt in the 2019 final.", "en", "en", "pass"),
        ("Lena Moritz gewann in 4:02,17 Minuten vor Clara Wendt.",
         "Lena Moritz won in 4:02.17 ahead of Clara Wendt.", "de", "en", "pass"),
        ("Lena Moritz perdió ante Clara Wendt en la final de 2019.",
         "Lena Moritz beat Clara Wendt in the 2019 final.", "es", "en", "fail"),
    ],
)  # fmt: skip
def test_polarity_p32(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A name's apposition that an article opens before its figure.
        ("Tom Baker, a 41-year-old nurse from Leeds, survived the crash.",
         "Leeds nurse Tom Baker, 41, dies in crash", "en", "en", "fail"),
        ("Tom Baker, a 41-year-old nurse from Leeds, died in the crash.",
         "Leeds nurse Tom Baker, 41, dies in crash", "en", "en", "pass"),
        ("Tom Baker, ein 41-jähriger Pfleger aus Leeds, überlebte den Unfall.",
         "Leeds nurse Tom Baker, 41, dies in crash", "de", "en", "fail"),
        ("Tom Baker, ein 41-jähriger Pfleger aus Leeds, starb bei dem Unfall.",
         "Leeds nurse Tom Baker, 41, dies in crash", "de", "en", "pass"),
        ("Tom Baker, un enfermero de 41 años, murió en el accidente.",
         "Leeds nurse Tom Baker, 41, dies in crash", "es", "en", "pass"),
    ],
)  # fmt: skip
def test_apposition_opened_by_an_article(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A predicate adjective right before the figure against the word right after it.
        ("The portal is unavailable 97.5% of the week.",
         "The portal is 97.5% available during the week.", "en", "en", "fail"),
        ("The portal is available 97.5% of the week.",
         "The portal is 97.5% available during the week.", "en", "en", "pass"),
        ("Le portail est indisponible 97,5 % du temps.",
         "Le portail est disponible à 97,5 % du temps.", "fr", "fr", "fail"),
        ("El portal está inaccesible el 97,5 % del tiempo.",
         "El portal es accesible el 97,5 % del tiempo.", "es", "es", "fail"),
        ("El portal es accesible el 97,5 % del tiempo.",
         "El portal está accesible el 97,5 % del tiempo.", "es", "es", "pass"),
    ],
)  # fmt: skip
def test_antonym_before_the_figure(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A service offered from a date against one ended on it (Japanese, Chinese).
        ("アクメは3月15日で写真共有サービスの提供を終了する。",
         "アクメ、写真共有サービスを3月15日から提供", "ja", "ja", "fail"),
        ("アクメは3月15日から写真共有サービスを提供する。",
         "アクメ、写真共有サービスを3月15日から提供", "ja", "ja", "pass"),
        ("Acme将于3月15日停止提供照片共享服务。",
         "アクメ、写真共有サービスを3月15日から提供", "zh", "ja", "fail"),
        ("Acme从3月15日起提供照片共享服务。",
         "アクメ、写真共有サービスを3月15日から提供", "zh", "ja", "pass"),
        ("Acme will stop offering its photo sharing service on 15 March.",
         "Acme将从3月15日起提供照片共享服务。", "en", "zh", "fail"),
        ("Acme will start offering its photo sharing service on 15 March.",
         "Acme将从3月15日起提供照片共享服务。", "en", "zh", "pass"),
    ],
)  # fmt: skip
def test_service_started_against_ended_cjk(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Chinese 高 / 低 right before a percentage: a comparative's direction.
        ("该公司称其新电池的成本比传统电池高40%。",
         "Unsere neuen Akkus kosten 40 Prozent weniger als alte Akkus.", "zh", "de", "fail"),
        ("该公司称其新电池的成本比传统电池低40%。",
         "Unsere neuen Akkus kosten 40 Prozent weniger als alte Akkus.", "zh", "de", "pass"),
        ("该公司称其新电池的成本比传统电池低40%。",
         "The new batteries cost 40% more than conventional ones.", "zh", "en", "fail"),
        ("该公司称其新电池的成本比传统电池高40%。",
         "The new batteries cost 40% more than conventional ones.", "zh", "en", "pass"),
        ("新电池最高可达40%的效率。",
         "The new batteries reach up to 40% efficiency.", "zh", "en", "pass"),
    ],
)  # fmt: skip
def test_zh_comparative_high_low(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Rights abolished against recognised; a ban abolished is no prohibition.
        ("Die Fischereirechte der Inuit wurden 2004 offiziell aufgehoben.",
         "Inuit fishing rights have been officially recognised since 2004.", "de", "en", "fail"),
        ("Die Fischereirechte der Inuit wurden 2004 offiziell anerkannt.",
         "Inuit fishing rights have been officially recognised since 2004.", "de", "en", "pass"),
        ("Das Fischereiverbot wurde 2004 aufgehoben.",
         "Fishing has been allowed since 2004.", "de", "en", "pass"),
        ("Inuit fishing rights were abolished in 2004.",
         "Inuit fishing rights have been officially recognised since 2004.", "en", "en", "fail"),
        ("Les droits de pêche des Inuits ont été abolis en 2004.",
         "Inuit fishing rights have been officially recognised since 2004.", "fr", "en", "fail"),
        ("Los derechos de pesca de los inuit fueron abolidos en 2004.",
         "Inuit fishing rights have been officially recognised since 2004.", "es", "en", "fail"),
        ("The fishing ban was revoked in 2004.",
         "Fishing has been allowed since 2004.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_rights_abolished_against_recognised(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Forbidden to against required to (duty).
        ("In the trial, 24 pilots were forbidden to drink coffee before landing.",
         "24名飞行员被要求在着陆前喝一杯咖啡。", "en", "zh", "fail"),
        ("In the trial, 24 pilots were required to drink coffee before landing.",
         "24名飞行员被要求在着陆前喝一杯咖啡。", "en", "zh", "pass"),
        ("Den 24 Piloten war es verboten, vor der Landung Kaffee zu trinken.",
         "24 pilots were asked to drink coffee before landing.", "de", "en", "fail"),
        ("24 Piloten mussten vor der Landung Kaffee trinken.",
         "24 pilots were asked to drink coffee before landing.", "de", "en", "pass"),
        ("24 pilotes ont été obligés de boire du café avant l'atterrissage.",
         "24 pilots were forbidden to drink coffee before landing.", "fr", "en", "fail"),
        ("24 pilotos fueron obligados a beber café antes del aterrizaje.",
         "24 pilots were required to drink coffee before landing.", "es", "en", "pass"),
    ],
)  # fmt: skip
def test_forbidden_against_required(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Freed against executed or beheaded (custody).
        ("Im März ließen Rebellen im Sudan 14 Geiseln frei.",
         "In March, rebels in Sudan executed 14 hostages near the border.", "de", "en", "fail"),
        ("In March, rebels in Sudan freed 14 hostages.",
         "In March, rebels in Sudan executed 14 hostages near the border.", "en", "en", "fail"),
        ("En mars, des rebelles ont libéré 14 otages au Soudan.",
         "In March, rebels in Sudan executed 14 hostages near the border.", "fr", "en", "fail"),
        ("En marzo, rebeldes en Sudán ejecutaron a 14 rehenes.",
         "In March, rebels in Sudan executed 14 hostages near the border.", "es", "en", "pass"),
        # Had to (不得不) is no prohibition.
        ("他在3天内不得不离开。", "He was required to leave within 3 days.", "zh", "en", "pass"),
    ],
)  # fmt: skip
def test_freed_against_executed(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
