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
