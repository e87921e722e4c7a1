"""What is said of a right figure, inverted, by groups of opposing predicates added to
[polarity] in every language: hiring against dismissing staff ("hired 300 workers",
"stellte … ein", "contrató", "招聘" against "fired", "entließ", "licencié", "裁员",
"解雇"); a law coming into force against its repeal ("came into force", "trat … in Kraft",
"entró en vigor", "施行" against "repealed", "aufgehoben", "derogada", "废除"); arrest
against release in Japanese and Portuguese ("逮捕" against "freigelassen"); a motion
"angenommen" (not "angenommen, dass": assumed) against rejected; winning against losing a
match in Chinese and Japanese ("击败", "勝った" against "输给", "に負け"); an event held
or going ahead against cancelled or called off ("went ahead", "fand … statt", "a eu lieu",
"举行" against "called off", "canceló", "中止"). Each in one language or across two; right
paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Hiring against dismissing.
        ("The mill fired 450 workers in 2009.",
         "The mill hired 450 workers in 2009.", "en", "en", "fail"),
        ("Die Mühle entließ 2009 450 Arbeiter.",
         "The mill hired 450 workers in 2009.", "de", "en", "fail"),
        ("La fábrica despidió a 450 trabajadores en 2009.",
         "L'usine a embauché 450 ouvriers en 2009.", "es", "fr", "fail"),
        ("该工厂2009年裁员450人。",
         "The mill hired 450 workers in 2009.", "zh", "en", "fail"),
        ("その工場は2009年に450人を解雇した。",
         "A fábrica contratou 450 trabalhadores em 2009.", "ja", "pt", "fail"),
        ("The mill took on 450 workers in 2009.",
         "The mill hired 450 workers in 2009.", "en", "en", "pass"),
        ("Die Mühle stellte 2009 450 Arbeiter ein.",
         "The mill hired 450 workers in 2009.", "de", "en", "pass"),
        # Coming into force against repeal.
        ("The decree came into force in 2011.",
         "El decreto se aprobó en 2004 y fue derogado en 2011.", "en", "es", "fail"),
        ("Das Dekret trat 2011 in Kraft.",
         "The decree was repealed in 2011.", "de", "en", "fail"),
        ("该法令于2011年废除。",
         "Le décret est entré en vigueur en 2011.", "zh", "fr", "fail"),
        ("The decree was repealed in 2011.",
         "El decreto fue derogado en 2011.", "en", "es", "pass"),
        # Arrest against release, Japanese and Portuguese.
        ("2016年に8人の活動家が逮捕された。",
         "Im Jahr 2016 wurden 8 Aktivisten freigelassen.", "ja", "de", "fail"),
        ("Em 2016, 8 ativistas foram presos.",
         "In 2016, 8 activists were released.", "pt", "en", "fail"),
        ("2016年に8人の活動家が釈放された。",
         "In 2016, 8 activists were released.", "ja", "en", "pass"),
        # A motion carried ("angenommen") against rejected.
        ("The motion was defeated 61 to 20 in 2013.",
         "Der Antrag wurde 2013 mit 61 zu 20 Stimmen angenommen.", "en", "de", "fail"),
        ("动议于2013年以61票对20票被否决。",
         "Der Antrag wurde 2013 mit 61 zu 20 Stimmen angenommen.", "zh", "de", "fail"),
        ("The motion was carried 61 to 20 in 2013.",
         "Der Antrag wurde 2013 mit 61 zu 20 Stimmen angenommen.", "en", "de", "pass"),
        # An event held against called off.
        ("The walkout went ahead on 9 June.",
         "The union called off the walkout planned for 9 June.", "en", "en", "fail"),
        ("Der Streik fand am 9. Juni statt.",
         "The union called the walkout off on 9 June.", "de", "en", "fail"),
        ("La grève a eu lieu le 9 juin.",
         "El sindicato canceló la huelga prevista para el 9 de junio.", "fr", "es", "fail"),
        ("罢工于6月9日举行。",
         "The walkout planned for 9 June was cancelled.", "zh", "en", "fail"),
        ("ストは6月9日に中止された。",
         "The walkout went ahead on 9 June.", "ja", "en", "fail"),
        ("Die Gewerkschaft sagte den Streik am 9. Juni ab.",
         "The union called off the walkout planned for 9 June.", "de", "en", "pass"),
        ("The walkout went ahead on 9 June.",
         "La grève s'est tenue le 9 juin.", "en", "fr", "pass"),
        # Winning against losing a match, Chinese and Japanese.
        ("韩国队在2002年以1比2输给意大利。",
         "韓国は2002年にイタリアに2対1で勝った。", "zh", "ja", "fail"),
        ("South Korea lost to Italy at the 2002 World Cup.",
         "韩国队在2002年世界杯上击败意大利。", "en", "zh", "fail"),
        ("South Korea beat Italy at the 2002 World Cup.",
         "韓国は2002年のワールドカップでイタリアに勝った。", "en", "ja", "pass"),
    ],
)  # fmt: skip
def test_inverted_predicates_new_groups(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
