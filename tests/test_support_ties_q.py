"""A figure of the quote given to the wrong thing, period, end or place (helper Q's probes).

Statements that keep the quote's numbers but attach them wrongly, on real quotes of the
corpus pages, in en, de, fr, es, pt, ja, zh and across languages:

- A period the quote does not give its figure ([rates] periodic): "The licence costs 2,900
  yen a month" for "1年版ライセンスは2900円", "$10 million in damage every year" for "daños
  por 10 millones de dólares … a lo largo de 15 años": unverified (how often it recurs is
  for a person to read), unless a year said beside the quote's figure makes it that year's
  ("$163 million a year in 2011" for "total revenue for 2011 was $163 million").
- A total against a rate and a rate against a total ([worked] total): "300 whales have
  stranded in total since 1840" for "an average of 300 … each year" fails.
- The end of a change named ([change_roles] end_named: "new", "neue", "nouvel", "nueva"):
  "Spain's new marrying age is 14" for "raises marrying age from 14 to 16" fails.
- A span's end or start named by its verb ([counted_whole] range_high_words /
  range_low_words: "ended", "until", "terminó", "s'est terminée", "came to power"): "The
  experiment ended in September 2011" for "2011年9月至2014年9月" fails; a span said the
  other way round ("from September 2014 to September 2011", "von 2400 bis 500 Dollar")
  fails.
- A place of another sentence of the quote: a name the quote says once and that opens
  another sentence than the figure's, whose own sentence names another place ("In Canada,
  2,300 reserves cover 80,000 km²" for "En Estados Unidos, … 80.000 … En Canadá, unas 2300
  reservas ocupan 28.000 …").

Each class: the misstatements, which must not pass, and right paraphrases, which must.
"""

from __future__ import annotations

from datetime import date

import pytest

from factdb.engine.support import claim_supported

#: (quote language, page's publication date, quote) by name.
QUOTES: dict[str, tuple[str, str | None, str]] = {
    "en_atf": (
        "en",
        None,
        (
            "Now that ATF is deployed and currently serving 9,000 async tasks scheduled per second "
            "and in use by 28 engineering teams internally, we’re glad to fill that information "
            "gap."
        ),
    ),
    "en_factor": (
        "en",
        "2019-02-15",
        (
            "we're expanding their range from ± a factor of 2 (the old 'very low' to 'very high' "
            "settings) to ± a factor of 6 (shown as '17%' to '600%')."
        ),
    ),
    "en_islamists": (
        "en",
        "2015-03-18",
        (
            "Many Tunisians accuse the country’s political Islamists, who held power from 2011 to "
            "2013, of having been slow to respond to the growing danger of terrorism."
        ),
    ),
    "en_moz": (
        "en",
        None,
        (
            "In a report released in November 2012, Mozilla reported that their total revenue for "
            "2011 was $163 million, which was up 33% from $123 million in 2010. Mozilla noted that "
            "roughly 85% of their revenue comes from their contract with Google."
        ),
    ),
    "en_rates": (
        "en",
        "2014-12-04",
        (
            "Nightly room and suite rates range from $500 to $2,400. The resort will open for the "
            "2015 season on 17 April."
        ),
    ),
    "en_spain": ("en", "2015-07-24", "Spain raises marrying age from 14 to 16 BBC News"),
    "en_whales": (
        "en",
        "2019-01-03",
        (
            "Whale experts regard New Zealand – or Aotearoa as it is called by Māori – as the "
            "whale stranding capital of the world, with more than 5,000 incidents recorded since "
            "1840, and an average of 300 individual animals beaching themselves each year."
        ),
    ),
    "es_chile": (
        "es",
        None,
        (
            "En Chile, donde el conflicto ha tenido su desarrollo más dramático, la Sociedad de "
            "Fomento Agrícola denunció en 2014 que los insurrectos causaron daños por 10 millones "
            "de dólares y la muerte de tres agricultores y un carabinero a lo largo de 15 años"
        ),
    ),
    "es_reserv": (
        "es",
        None,
        (
            "En Estados Unidos, las reservaciones indígenas ocupan 80.000 kilómetros cuadrados, el "
            "1,3% de la superficie del país (y 400 veces la superficie de la ciudad de Buenos "
            "Aires). En Canadá, unas 2300 reservas ocupan 28.000 kilómetros cuadrados."
        ),
    ),
    "ja_lic": (
        "ja",
        "2017-03-09",
        "1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。",
    ),
    "zh_alphago": (
        "zh",
        "2016-10-14",
        "但是AlphaGo必须进行训练才行，开发人员向AlphaGo提供了历史对弈中的大约3000万记录。",
    ),
    "zh_iss": (
        "zh",
        "2017-03-10",
        "毕竟国际空间站的造价高达1500亿美元，而且在接近真空的太空中其运行速度达到了每小时27680公里。",
    ),
    "zh_nasa": (
        "zh",
        "2017-03-10",
        "几年前，即2011年9月至2014年9月，Nasa赞助了一个试验，研究微重力环境对威士忌中未发酵麦芽与烧焦橡木颗粒的影响，这两种物质能对威士忌的陈酿起帮助作用。",
    ),
}

#: (quote, statement language, statement, expected status).
CASES: list[tuple[str, str, str, str]] = [
    ("es_chile", "en", "The insurgents caused $10 million in damage every year.", "unverified"),
    (
        "es_chile",
        "de",
        "Die Aufständischen verursachten jährlich Schäden von 10 Millionen Dollar.",
        "unverified",
    ),
    ("es_reserv", "en", "In Canada, about 2,300 reserves cover 80,000 square kilometres.", "fail"),
    ("zh_iss", "en", "The ISS costs $150 billion a year.", "unverified"),
    (
        "zh_nasa",
        "en",
        "The Nasa-sponsored experiment ran from September 2014 to September 2011.",
        "fail",
    ),
    ("zh_nasa", "en", "The experiment ended in September 2011.", "fail"),
    ("zh_alphago", "zh", "开发人员每年向AlphaGo提供大约3000万条记录。", "unverified"),
    ("ja_lic", "en", "The licence costs 2,900 yen a month.", "unverified"),
    ("ja_lic", "en", "The licence costs 2,900 yen per year.", "unverified"),
    ("en_whales", "en", "An average of 300 whales have stranded in total since 1840.", "fail"),
    ("en_moz", "en", "Mozilla's monthly revenue in 2011 was $163 million.", "unverified"),
    ("en_rates", "en", "Rooms cost $500 a week.", "unverified"),
    ("en_spain", "en", "Spain's new marrying age is 14.", "fail"),
    ("en_islamists", "en", "The Islamists came to power in 2013.", "fail"),
    ("en_spain", "de", "Das neue Heiratsalter in Spanien liegt bei 14 Jahren.", "fail"),
    ("en_spain", "fr", "Le nouvel âge minimum du mariage en Espagne est de 14 ans.", "fail"),
    ("en_spain", "es", "La nueva edad mínima para casarse en España es de 14 años.", "fail"),
    ("en_factor", "en", "The new range spans a factor of 2.", "fail"),
    ("en_moz", "en", "Mozilla's new revenue figure is $123 million.", "fail"),
    (
        "es_reserv",
        "es",
        "En Canadá, las reservas ocupan el 1,3% de la superficie del país.",
        "unverified",
    ),
    ("en_rates", "de", "Die Zimmerpreise reichen von 2400 bis 500 Dollar.", "fail"),
    ("zh_nasa", "fr", "L'expérience s'est terminée en septembre 2011.", "fail"),
    ("zh_nasa", "es", "El experimento terminó en septiembre de 2011.", "fail"),
    ("en_islamists", "es", "Los islamistas llegaron al poder en 2013.", "fail"),
    ("en_islamists", "en", "The Islamists held power until 2011.", "fail"),
    (
        "en_whales",
        "de",
        "Insgesamt sind in Neuseeland seit 1840 durchschnittlich 300 Wale gestrandet.",
        "fail",
    ),
    ("en_whales", "fr", "Au total, 300 baleines se sont échouées depuis 1840.", "fail"),
    ("en_whales", "es", "En total, 300 ballenas han varado desde 1840.", "fail"),
    ("en_atf", "en", "ATF serves 9,000 async tasks in total.", "fail"),
    (
        "es_reserv",
        "fr",
        "Au Canada, environ 2 300 réserves couvrent 80 000 kilomètres carrés.",
        "fail",
    ),
    (
        "es_reserv",
        "pt",
        "No Canadá, cerca de 2300 reservas ocupam 80.000 quilômetros quadrados.",
        "fail",
    ),
    ("ja_lic", "fr", "La licence d'un an coûte 2 900 yens par mois.", "unverified"),
    ("ja_lic", "ja", "1年版ライセンスは毎月2900円。", "unverified"),
    ("ja_lic", "pt", "A licença de um ano custa 2.900 ienes por mês.", "unverified"),
    (
        "es_chile",
        "fr",
        "Les insurgés ont causé 10 millions de dollars de dégâts par an.",
        "unverified",
    ),
    (
        "es_chile",
        "pt",
        "Os insurgentes causaram danos de 10 milhões de dólares por ano.",
        "unverified",
    ),
    (
        "es_chile",
        "es",
        "Los insurrectos causaron daños por 10 millones de dólares en 15 años.",
        "pass",
    ),
    ("es_chile", "en", "Three farmers and a police officer died.", "pass"),
    (
        "es_reserv",
        "es",
        "En Canadá, unas 2300 reservas ocupan 28.000 kilómetros cuadrados.",
        "pass",
    ),
    (
        "es_reserv",
        "en",
        "Indian reservations in the US cover 80,000 square kilometres, 1.3% of the country.",
        "pass",
    ),
    ("es_reserv", "en", "In Canada, reserves cover about 28,000 km².", "pass"),
    ("es_reserv", "en", "US reservations cover 400 times the area of Buenos Aires.", "pass"),
    ("zh_iss", "zh", "国际空间站的造价高达1500亿美元。", "pass"),
    ("zh_iss", "en", "The ISS cost $150 billion and travels at 27,680 km/h.", "pass"),
    ("zh_iss", "ja", "国際宇宙ステーションの速度は毎時2万7680キロに達する。", "pass"),
    ("zh_iss", "de", "Die ISS fliegt mit 27.680 km/h.", "pass"),
    ("zh_nasa", "zh", "该试验从2011年9月持续到2014年9月。", "pass"),
    (
        "zh_nasa",
        "en",
        "The Nasa-sponsored experiment ran from September 2011 to September 2014.",
        "pass",
    ),
    ("zh_nasa", "de", "Das Experiment endete im September 2014.", "pass"),
    ("zh_alphago", "en", "Developers fed AlphaGo about 30 million records of past games.", "pass"),
    ("ja_lic", "ja", "2年版ライセンスは5000円。", "pass"),
    ("ja_lic", "en", "The one-year licence costs 2,900 yen.", "pass"),
    ("ja_lic", "de", "Die Zweijahreslizenz kostet 5000 Yen.", "pass"),
    (
        "en_whales",
        "en",
        "More than 5,000 strandings have been recorded in New Zealand since 1840.",
        "pass",
    ),
    ("en_whales", "en", "An average of 300 whales strand each year in New Zealand.", "pass"),
    ("en_whales", "de", "In Neuseeland stranden jährlich durchschnittlich 300 Wale.", "pass"),
    ("en_whales", "ja", "ニュージーランドでは1840年以来5000件以上の座礁が記録されている。", "pass"),
    ("en_moz", "en", "Mozilla's revenue in 2011 was $163 million.", "pass"),
    ("en_moz", "en", "Mozilla's revenue rose from $123 million to $163 million.", "pass"),
    ("en_moz", "de", "Mozillas Umsatz stieg 2011 um 33 % auf 163 Millionen Dollar.", "pass"),
    ("en_moz", "es", "Alrededor del 85 % de los ingresos de Mozilla procede de Google.", "pass"),
    ("en_rates", "en", "Nightly rates start at $500.", "pass"),
    ("en_rates", "en", "The most expensive rooms cost $2,400 a night.", "pass"),
    ("en_rates", "de", "Die Zimmer kosten ab 500 Dollar pro Nacht.", "pass"),
    ("en_rates", "fr", "Les chambres coûtent jusqu'à 2 400 dollars la nuit.", "pass"),
    ("en_spain", "en", "Spain raised the marrying age from 14 to 16.", "pass"),
    ("en_spain", "en", "Spain's new marrying age is 16.", "pass"),
    ("en_spain", "de", "Spanien hebt das Heiratsalter von 14 auf 16 Jahre an.", "pass"),
    ("en_spain", "fr", "L'Espagne relève l'âge du mariage de 14 à 16 ans.", "pass"),
    ("en_islamists", "en", "The Islamists held power from 2011 to 2013.", "pass"),
    ("en_islamists", "de", "Die Islamisten regierten von 2011 bis 2013.", "pass"),
    ("en_atf", "en", "ATF serves 9,000 async tasks per second.", "pass"),
    ("en_atf", "en", "ATF is used by 28 engineering teams.", "pass"),
    ("en_atf", "de", "ATF verarbeitet 9000 Aufgaben pro Sekunde.", "pass"),
    ("en_atf", "ja", "ATFは毎秒9000件のタスクを処理している。", "pass"),
    ("en_factor", "en", "The range grows from a factor of 2 to a factor of 6.", "pass"),
    ("en_factor", "en", "The sliders now go from 17% to 600%.", "pass"),
    ("en_spain", "de", "Das neue Heiratsalter in Spanien liegt bei 16 Jahren.", "pass"),
    ("en_spain", "fr", "Le nouvel âge minimum du mariage en Espagne est de 16 ans.", "pass"),
    ("en_spain", "es", "La nueva edad mínima para casarse en España es de 16 años.", "pass"),
    ("en_spain", "en", "Spain's current marrying age is 16.", "pass"),
    ("en_factor", "en", "The new range spans a factor of 6.", "pass"),
    ("es_reserv", "es", "En Estados Unidos, las reservaciones ocupan el 1,3% del país.", "pass"),
    ("zh_nasa", "de", "Das Experiment lief von September 2011 bis September 2014.", "pass"),
    ("zh_nasa", "es", "El experimento terminó en septiembre de 2014.", "pass"),
    ("en_islamists", "es", "Los islamistas llegaron al poder en 2011.", "pass"),
    ("en_islamists", "en", "The Islamists took office in 2011.", "pass"),
    ("en_islamists", "en", "The Islamists held power until 2013.", "pass"),
    (
        "en_whales",
        "en",
        "More than 5,000 incidents in total have been recorded since 1840.",
        "pass",
    ),
    (
        "es_reserv",
        "fr",
        "Au Canada, environ 2 300 réserves couvrent 28 000 kilomètres carrés.",
        "pass",
    ),
    (
        "es_reserv",
        "pt",
        "No Canadá, cerca de 2300 reservas ocupam 28.000 quilômetros quadrados.",
        "pass",
    ),
    ("ja_lic", "fr", "La licence d'un an coûte 2 900 yens.", "pass"),
    (
        "es_chile",
        "pt",
        "Os insurgentes causaram danos de 10 milhões de dólares ao longo de 15 anos.",
        "pass",
    ),
    (
        "en_whales",
        "fr",
        "En moyenne, 300 baleines s'échouent chaque année en Nouvelle-Zélande.",
        "pass",
    ),
    ("en_whales", "ja", "ニュージーランドでは毎年平均300頭のクジラが座礁する。", "pass"),
    ("en_atf", "fr", "ATF traite 9 000 tâches par seconde pour 28 équipes.", "pass"),
    ("en_moz", "en", "Mozilla's total revenue for 2011 was $163 million.", "pass"),
    ("en_moz", "en", "Mozilla made $163 million a year in 2011.", "pass"),
]


@pytest.mark.parametrize(("key", "s_lang", "statement", "expected"), CASES)
def test_ties(key: str, s_lang: str, statement: str, expected: str) -> None:
    q_lang, published, quote = QUOTES[key]
    day = date.fromisoformat(published) if published else None
    r = claim_supported(statement, [quote], day, statement_lang=s_lang, quote_lang=q_lang)
    assert r.status == expected, r.reason
    if expected != "pass":
        assert r.status not in ("pass", "warn"), r.reason
