"""Two figures (or a figure and a date) of a quote swapped between their holders by the
statement (issue 13, holdout47): two years each with its amount swapped whole across
languages; two events' months swapped ("im März festgenommen, wegen eines Anrufs am 21.
April" for "arrested in April for the March 21 call"); two figures of a quote in another
language given the other way round, whose words' meanings ([activities], [swap_meanings],
[counted_nouns]) tie each to the other's deed; and a compared figure that counts a group or a
thing no one is of both of ([counted_noun_apart]: seniors and children, hostages and gunmen,
bread and cakes, cows and sheep). Right paraphrases keep their pass."""

import pytest

from factdb.engine.support import claim_supported, read_values
from factdb.engine.support.counted import _object_before, _persons_apart
from factdb.engine.support.ties import _side_meanings


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


_REVENUE = (
    "Their total revenue for 2011 was $163 million, which was up 33% from $123 million in 2010."
)
_ARREST = "He was arrested in April for the March 21 call to the offices of Omar."
_ENERGY = (
    "Wir verbrauchen im Vergleich zu herkömmlichen Verfahren 70 Prozent weniger Energie und "
    "reduzieren den CO2-Fußabdruck der Batterie um 40 Prozent."
)
_ROOF = "for murdering nine people and attempting to kill three others"
_CAKES = "稚内のスーパーが240個のはずのケーキを2400個誤発注"
_GUNMEN = "Two gunmen died, and three others may have escaped"


@pytest.mark.parametrize(
    "statement, lang, status",
    [
        # Two years each with its amount, swapped whole: a fail in any language.
        (
            "A receita de 2011 foi de US$ 123 milhões, alta de 33% sobre os US$ 163 milhões "
            "de 2010.",
            "pt",
            "fail",
        ),
        (
            "Der Umsatz für 2011 betrug 123 Millionen Dollar, ein Plus von 33 % gegenüber 163 "
            "Millionen Dollar im Jahr 2010.",
            "de",
            "fail",
        ),
        (
            "Los ingresos de 2011 fueron de 123 millones de dólares, un 33 % más que los 163 "
            "millones de dólares de 2010.",
            "es",
            "fail",
        ),
        ("2011年の売上高は1億2300万ドルで、2010年の1億6300万ドルから33%増加した。", "ja", "fail"),
        ("2011年的收入为1.23亿美元，比2010年的1.63亿美元增长33%。", "zh", "fail"),
        ("Revenue for 2011 was $123 million, up 33% from $163 million in 2010.", "en", "fail"),
        # The years with their own amounts.
        (
            "Der Umsatz für 2011 betrug 163 Millionen Dollar, ein Plus von 33 % gegenüber 123 "
            "Millionen Dollar im Jahr 2010.",
            "de",
            "pass",
        ),
        (
            "Los ingresos de 2011 fueron de 163 millones de dólares, un 33 % más que los 123 "
            "millones de dólares de 2010.",
            "es",
            "pass",
        ),
        ("2011年の売上高は1億6300万ドルで、2010年の1億2300万ドルから33%増加した。", "ja", "pass"),
        ("2011年的收入为1.63亿美元，比2010年的1.23亿美元增长33%。", "zh", "pass"),
        ("Revenue for 2011 was $163 million, up 33% from $123 million in 2010.", "en", "pass"),
    ],
)
def test_years_swapped_whole(statement: str, lang: str, status: str) -> None:
    assert _status(statement, _REVENUE, lang, "en") == status


@pytest.mark.parametrize(
    "statement, lang, status",
    [
        # Two events' months swapped.
        (
            "Carlineo wurde im März festgenommen, wegen eines Anrufs bei Omar am 21. April.",
            "de",
            "fail",
        ),
        ("Carlineo a été arrêté en mars pour un appel du 21 avril au bureau d'Omar.", "fr", "fail"),
        (
            "カルリネオは3月に逮捕された。4月21日にオマールの事務所に電話をかけたためだ。",
            "ja",
            "fail",
        ),
        ("He was arrested in March for the April 21 call to Omar's office.", "en", "fail"),
        # Each event with its own month.
        (
            "Carlineo wurde im April festgenommen, wegen eines Anrufs bei Omar am 21. März.",
            "de",
            "pass",
        ),
        ("Carlineo a été arrêté en avril pour un appel du 21 mars au bureau d'Omar.", "fr", "pass"),
        ("He was arrested in April for the March 21 call to Omar's office.", "en", "pass"),
    ],
)
def test_event_months_swapped(statement: str, lang: str, status: str) -> None:
    assert _status(statement, _ARREST, lang, "en") == status


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Each side's meaning stands on the other figure's side of the quote.
        ("该工艺能耗降低40%，碳足迹减少70%。", "zh", _ENERGY, "de", "fail"),
        (
            "Le procédé consomme 40 % d'énergie en moins et réduit l'empreinte carbone de 70 %.",
            "fr",
            _ENERGY,
            "de",
            "fail",
        ),
        (
            "Roof ermordete drei Menschen und versuchte, neun weitere zu töten.",
            "de",
            _ROOF,
            "en",
            "fail",
        ),
        ("Roof asesinó a tres personas e intentó matar a otras nueve.", "es", _ROOF, "en", "fail"),
        (
            "Roof a assassiné trois personnes et tenté d'en tuer neuf autres.",
            "fr",
            _ROOF,
            "en",
            "fail",
        ),
        (
            "Roof murdered three people and attempted to kill nine others.",
            "en",
            _ROOF,
            "en",
            "fail",
        ),
        # Each with its own, in either order.
        ("该工艺碳足迹减少40%，能耗降低70%。", "zh", _ENERGY, "de", "pass"),
        ("该工艺能耗降低70%，碳足迹减少40%。", "zh", _ENERGY, "de", "pass"),
        (
            "Roof ermordete neun Menschen und versuchte, drei weitere zu töten.",
            "de",
            _ROOF,
            "en",
            "pass",
        ),
        ("Roof asesinó a nueve personas e intentó matar a otras tres.", "es", _ROOF, "en", "pass"),
    ],
)
def test_meanings_cross_the_figures(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A count of one group or thing is no count of another.
        (
            "Ein Supermarkt in Wakkanai bestellte versehentlich 2400 Brote statt 240.",
            "de",
            _CAKES,
            "ja",
            "fail",
        ),
        (
            "A supermarket in Wakkanai mistakenly ordered 2,400 loaves of bread instead of 240.",
            "en",
            _CAKES,
            "ja",
            "fail",
        ),
        (
            "Die Organisation betreut 250 Senioren.",
            "de",
            "Organização atende 250 crianças",
            "pt",
            "fail",
        ),
        (
            "The organisation cares for 250 seniors.",
            "en",
            "L'organisation s'occupe de 250 enfants.",
            "fr",
            "fail",
        ),
        (
            "La organización atiende a 250 ancianos.",
            "es",
            "Die Organisation betreut 250 Kinder.",
            "de",
            "fail",
        ),
        (
            "Deux otages sont morts et trois autres tireurs auraient pu s'échapper.",
            "fr",
            _GUNMEN,
            "en",
            "fail",
        ),
        ("Two hostages died and three other gunmen may have escaped.", "en", _GUNMEN, "en", "fail"),
        (
            "Zwei Geiseln starben, drei weitere Angreifer konnten fliehen.",
            "de",
            _GUNMEN,
            "en",
            "fail",
        ),
        ("Der Bauer hat 40 Kühe.", "de", "農家は40頭の豚を飼っている。", "ja", "fail"),
        ("The farmer keeps 40 cows.", "en", "El granjero tiene 40 ovejas.", "es", "fail"),
        (
            "17 women took part in the study.",
            "en",
            "17 hommes ont participé à l'étude.",
            "fr",
            "fail",
        ),
        # The same group or thing in another language.
        (
            "Ein Supermarkt in Wakkanai bestellte versehentlich 2400 Kuchen statt 240.",
            "de",
            _CAKES,
            "ja",
            "pass",
        ),
        (
            "A supermarket in Wakkanai mistakenly ordered 2,400 cakes instead of 240.",
            "en",
            _CAKES,
            "ja",
            "pass",
        ),
        (
            "Die Organisation betreut 250 Kinder.",
            "de",
            "Organização atende 250 crianças",
            "pt",
            "pass",
        ),
        (
            "La organización atiende a 250 niños.",
            "es",
            "Die Organisation betreut 250 Kinder.",
            "de",
            "pass",
        ),
        (
            "Deux tireurs sont morts et trois autres auraient pu s'échapper.",
            "fr",
            _GUNMEN,
            "en",
            "pass",
        ),
        ("Der Bauer hat 40 Schweine.", "de", "農家は40頭の豚を飼っている。", "ja", "pass"),
        ("The farmer keeps 40 sheep.", "en", "El granjero tiene 40 ovejas.", "es", "pass"),
        (
            "17 men took part in the study.",
            "en",
            "17 hommes ont participé à l'étude.",
            "fr",
            "pass",
        ),
        # Groups one person may be of at once stay for a person to read, not a fail.
        ("人口三万五千的最北端城市。", "zh", "人口3万5千人、最北の市で", "ja", "pass"),
    ],
)
def test_counted_apart(statement: str, lang: str, quote: str, quote_lang: str, status: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


def test_helpers() -> None:
    assert _persons_apart({"seniors"}, {"children"})
    assert _persons_apart({"hostages"}, {"attackers"})
    assert not _persons_apart({"tourists"}, {"foreigners"})
    assert not _persons_apart({"children", "students"}, {"students"})
    assert {"energy"} <= _side_meanings("该工艺能耗降低")
    assert {"attempted"} <= _side_meanings("und versuchte, neun weitere zu töten")
    text = "稚内のスーパーが240個のはずのケーキを2400個誤発注"
    values = read_values(text, "ja").values
    last = max(values, key=lambda v: v.start)
    assert set(_object_before(text, last)) == {"cakes"}


_EMBASSIES = (
    "In 1998, the US embassies in Kenya and Tanzania were bombed, killing more than 200 people."
)


@pytest.mark.parametrize(
    "statement, lang, status",
    [
        # Attackers counted where the quote counts whom the deed killed ([victim_verbs]).
        ("1998年，美国驻肯尼亚和坦桑尼亚大使馆遇袭，造成200多名袭击者死亡。", "zh", "fail"),
        (
            "1998 starben bei den Anschlägen auf die US-Botschaften in Kenia und Tansania mehr "
            "als 200 Angreifer.",
            "de",
            "fail",
        ),
        (
            "En 1998, plus de 200 assaillants sont morts lors des attentats contre les "
            "ambassades américaines au Kenya et en Tanzanie.",
            "fr",
            "fail",
        ),
        (
            "In 1998, more than 200 attackers died in the bombings of the US embassies in Kenya "
            "and Tanzania.",
            "en",
            "fail",
        ),
        # Those killed, said as people.
        ("1998年，美国驻肯尼亚和坦桑尼亚大使馆遇袭，造成200多人死亡。", "zh", "pass"),
        (
            "1998 wurden die US-Botschaften in Kenia und Tansania angegriffen, mehr als 200 "
            "Menschen starben.",
            "de",
            "pass",
        ),
        (
            "En 1998, les attentats contre les ambassades américaines au Kenya et en Tanzanie "
            "ont tué plus de 200 personnes.",
            "fr",
            "pass",
        ),
        (
            "In 1998, the bombings of the US embassies in Kenya and Tanzania killed more than "
            "200 people.",
            "en",
            "pass",
        ),
    ],
)
def test_attackers_are_not_the_killed(statement: str, lang: str, status: str) -> None:
    assert _status(statement, _EMBASSIES, lang, "en") == status


def test_attackers_with_their_victims() -> None:
    quote = "Two gunmen stormed the embassy, killing 12 people."
    assert (
        _status("Zwei Angreifer stürmten die Botschaft und töteten 12 Menschen.", quote, "de", "en")
        == "pass"
    )
    assert (
        _status("Two gunmen stormed the embassy, killing 12 people.", quote, "en", "en") == "pass"
    )
