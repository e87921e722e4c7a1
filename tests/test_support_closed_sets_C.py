"""A figure given to another member of a closed set ([holder_sets] of each language), in
the sets added for sports competitions, professions, who is at a school, what a website
counts, media, unions of states and international agencies, vehicles, firearms, sources of
energy, metals and medals, crops, seasons, organs, and day or night (prizes are read by
[award_names], "300 women" for "300 men" by the counted nouns): the statement's member
against another of the quote fails, in one language and across two; the same member in
other words or another language passes, and so does a word for the whole of which a member
is one ("vehicles" for "cars")."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


_FAILS = [
    # Sports competitions.
    (
        "He scored 11 goals at the Copa América.",
        "He scored 11 goals at the World Cup.",
        "en",
        "en",
        "World Cup",
    ),
    (
        "Er erzielte 11 Tore bei der Weltmeisterschaft.",
        "Er erzielte 11 Tore bei den Olympischen Spielen.",
        "de",
        "de",
        "Olympischen Spielen",
    ),
    (
        "Marcó 11 goles en la Libertadores.",
        "Marcou 11 gols na Copa do Brasil.",
        "es",
        "pt",
        "Copa do Brasil",
    ),
    (
        "他在欧冠中打进11球。",
        "Il a marqué 11 buts en Coupe du monde.",
        "zh",
        "fr",
        "Coupe du monde",
    ),
    (
        "Il a marqué 11 buts à l'Euro 2016.",
        "He scored 11 goals at the 2016 Olympics.",
        "fr",
        "en",
        "Olympics",
    ),
    ("彼はワールドカップで11得点を挙げた。", "他在奥运会上打进11球。", "ja", "zh", "奥运"),
    # Professions.
    (
        "The hospital hired 300 nurses in 2019.",
        "The hospital hired 300 doctors in 2019.",
        "en",
        "en",
        "doctors",
    ),
    (
        "Das Krankenhaus stellte 2019 300 Ärzte ein.",
        "医院在2019年招聘了300名护士。",
        "de",
        "zh",
        "护士",
    ),
    (
        "Fueron desplegados 300 soldados.",
        "300 policiers ont été déployés.",
        "es",
        "fr",
        "policiers",
    ),
    ("300 Feuerwehrleute waren im Einsatz.", "300 soldiers were deployed.", "de", "en", "soldiers"),
    ("300名律师参加了会议。", "300人の裁判官が会議に出席した。", "zh", "ja", "裁判官"),
    # Who is at a school.
    (
        "About 400 parents signed the letter.",
        "About 400 teachers signed the letter.",
        "en",
        "en",
        "teachers",
    ),
    (
        "Etwa 400 Eltern unterschrieben den Brief.",
        "Environ 400 élèves ont signé la lettre.",
        "de",
        "fr",
        "élèves",
    ),
    # What a website or an account counts.
    (
        "The channel has two million subscribers.",
        "The channel has two million followers.",
        "en",
        "en",
        "followers",
    ),
    (
        "Die Seite hatte 2019 fünf Millionen Besucher.",
        "El sitio tuvo cinco millones de descargas en 2019.",
        "de",
        "es",
        "descargas",
    ),
    (
        "该网站在2019年有五百万下载。",
        "The site had five million page views in 2019.",
        "zh",
        "en",
        "page views",
    ),
    # Media.
    (
        "He told a radio station that 300 people had died.",
        "He told a newspaper that 300 people had died.",
        "en",
        "en",
        "newspaper",
    ),
    (
        "Il a déclaré à la télévision que 300 personnes étaient mortes.",
        "Er sagte einer Zeitung, 300 Menschen seien gestorben.",
        "fr",
        "de",
        "Zeitung",
    ),
    # Unions of states and agencies.
    ("The UN sent 300 observers.", "The EU sent 300 observers.", "en", "en", "EU"),
    (
        "L'OTAN a envoyé 300 observateurs.",
        "Las Naciones Unidas enviaron 300 observadores.",
        "fr",
        "es",
        "Naciones Unidas",
    ),
    (
        "The IMF expects growth of 3.2% in 2024.",
        "Der Weltbank zufolge wächst die Wirtschaft 2024 um 3,2 %.",
        "en",
        "de",
        "Weltbank",
    ),
    (
        "世界卫生组织预计2024年增长3.2%。",
        "経済協力開発機構は2024年に3.2%の成長を見込む。",
        "zh",
        "ja",
        "経済協力開発機構",
    ),
    # Vehicles.
    (
        "The city bought 300 buses in 2018.",
        "The city bought 300 trains in 2018.",
        "en",
        "en",
        "trains",
    ),
    (
        "Die Stadt kaufte 2018 300 Fahrräder.",
        "La ville a acheté 300 voitures en 2018.",
        "de",
        "fr",
        "voitures",
    ),
    (
        "La ciudad compró 300 camiones en 2018.",
        "该市在2018年购买了300辆公交车。",
        "es",
        "zh",
        "公交车",
    ),
    # Firearms.
    ("Police seized 300 rifles.", "Police seized 300 pistols.", "en", "en", "pistols"),
    (
        "Die Polizei beschlagnahmte 300 Schrotflinten.",
        "La policía incautó 300 rifles.",
        "de",
        "es",
        "rifles",
    ),
    # Energy.
    (
        "Wind power supplied 40% of the electricity in 2020.",
        "Coal supplied 40% of the electricity in 2020.",
        "en",
        "en",
        "Coal",
    ),
    (
        "Le nucléaire a fourni 40 % de l'électricité en 2020.",
        "Erdgas lieferte 2020 40 % des Stroms.",
        "fr",
        "de",
        "Erdgas",
    ),
    (
        "风电在2020年提供了40%的电力。",
        "2020年には太陽光が電力の40%を供給した。",
        "zh",
        "ja",
        "太陽光",
    ),
    # Metals and medals.
    ("She won three silver medals.", "She won three gold medals.", "en", "en", "gold"),
    ("Sie gewann drei Bronzemedaillen.", "Ganó tres medallas de oro.", "de", "es", "oro"),
    ("Copper prices rose 12% in 2021.", "锌价在2021年上涨了12%。", "en", "zh", "锌"),
    # Crops.
    (
        "The maize harvest fell 30% in 2012.",
        "The wheat harvest fell 30% in 2012.",
        "en",
        "en",
        "wheat",
    ),
    (
        "A colheita de soja caiu 30% em 2012.",
        "Die Kaffee-Ernte fiel 2012 um 30 %.",
        "pt",
        "de",
        "Kaffee",
    ),
    # Seasons.
    (
        "The park had 300 visitors a day in winter.",
        "The park had 300 visitors a day in summer.",
        "en",
        "en",
        "summer",
    ),
    (
        "Im Winter kamen 300 Besucher am Tag.",
        "En été, 300 visiteurs venaient chaque jour... l'été",
        "de",
        "fr",
        None,
    ),
    ("夏季有300名游客来访。", "冬場には300人の観光客が訪れた。", "zh", "ja", "冬場"),
    # Organs.
    (
        "The hospital performed 300 kidney transplants in 2019.",
        "The hospital performed 300 liver transplants in 2019.",
        "en",
        "en",
        "liver",
    ),
    (
        "El hospital realizó 300 trasplantes de pulmón en 2019.",
        "Das Krankenhaus führte 2019 300 Herztransplantationen durch... am Herz",
        "es",
        "de",
        None,
    ),
    # Day or night.
    ("Rooms cost $300 a night.", "Rooms cost $300 per day.", "en", "en", "per day"),
    (
        "Die Angriffe fanden nachts statt, 30 Menschen starben.",
        "Los ataques ocurrieron de día; murieron 30 personas.",
        "de",
        "es",
        "de día",
    ),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "word"), _FAILS)
def test_another_member_fails(
    statement: str, quote: str, lang: str, quote_lang: str, word: str | None
) -> None:
    status, reason = _support(statement, quote, lang, quote_lang)
    assert status == "fail", reason
    if word is not None:
        # Another check may say it first ("it counts 'pistols', not 'rifles'").
        assert word in reason, reason


_PASSES = [
    # The same member in other words or another language.
    ("He scored 11 goals at the World Cup.", "Marcou 11 gols na Copa do Mundo.", "en", "pt"),
    ("Er erzielte 11 Tore bei der WM.", "Il a marqué 11 buts en Coupe du monde.", "de", "fr"),
    ("这部电影获得了三项奥斯卡奖。", "The film won three Academy Awards.", "zh", "en"),
    (
        "The hospital hired 300 physicians in 2019.",
        "El hospital contrató a 300 médicos en 2019.",
        "en",
        "es",
    ),
    ("The UN sent 300 observers.", "L'ONU a envoyé 300 observateurs.", "en", "fr"),
    ("Die UNO schickte 300 Beobachter.", "国連は300人の監視員を派遣した。", "de", "ja"),
    (
        "The city bought 300 bicycles in 2018.",
        "La ciudad compró 300 bicicletas en 2018.",
        "en",
        "es",
    ),
    ("Police seized 300 handguns.", "Die Polizei beschlagnahmte 300 Pistolen.", "en", "de"),
    ("Coal supplied 40% of the electricity in 2020.", "2020年，煤炭提供了40%的电力。", "en", "zh"),
    ("She won three gold medals.", "Elle a remporté trois médailles d'or.", "en", "fr"),
    (
        "The park had 300 visitors a day in summer.",
        "Im Sommer kamen täglich 300 Besucher.",
        "en",
        "de",
    ),
    ("300 women were killed.", "300 mujeres fueron asesinadas.", "en", "es"),
    # A word for the whole, or none of the set's words: nothing either way.
    ("The city bought 300 vehicles in 2018.", "The city bought 300 buses in 2018.", "en", "en"),
    ("300 people were killed.", "300 women were killed.", "en", "en"),
    ("Un total de 300 observateurs sont arrivés.", "L'ONU a envoyé 300 observateurs.", "fr", "fr"),
    # "un" and "who" are no union nor agency.
    (
        "Un groupe de 300 observateurs est arrivé.",
        "Un groupe de 300 observateurs de l'UE est arrivé.",
        "fr",
        "fr",
    ),
    ("Officials who sent 300 observers said so.", "The WHO sent 300 observers.", "en", "en"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang"), _PASSES)
def test_same_member_or_none_passes(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    status, reason = _support(statement, quote, lang, quote_lang)
    assert status == "pass", reason
