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
    ],
)  # fmt: skip
def test_polarity_f33(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
