"""[counted_nouns] beyond groups of people: what news, reports and release notes count
(tickets, a program's lines and files, an app's downloads, goals and matches, flights,
hospitals and beds, doses, medals, stores, songs, countries). Across languages, a figure
that the quote gives to another of these nouns is that noun's: "42 fichiers" for "42
lines long and reads 7 files" fails, "7 fichiers" passes."""

import pytest

from factdb.engine.support import claim_supported

_FAIR_EN = "The fair drew 5,000 visitors and sold 3,200 tickets on its first day."
_FAIR_DE = "Die Messe zählte 5000 Besucher und verkaufte 3200 Tickets."
_PROGRAM_EN = "The program is 42 lines long and reads 7 files."
_PROGRAM_FR = "Le programme fait 42 lignes et lit 7 fichiers."
_APP_EN = "The app has 120,000 users and 450,000 downloads."
_SEASON_EN = "He scored 31 goals in 28 matches last season."
_SEASON_ES = "Marcó 31 goles en 28 partidos la temporada pasada."
_FLIGHTS_EN = "The airline cancelled 220 flights, stranding 18,000 passengers."
_FLIGHTS_ZH = "该航空公司取消了220个航班，18000名乘客滞留。"
_BEDS_EN = "The region has 14 hospitals with 3,100 beds."
_BEDS_PT = "O hospital tem 300 leitos e atende 40 escolas."
_MEDALS_EN = "The team of 96 athletes won 27 medals."
_MEDALS_JA = "その大会には96人の選手が参加し、27個のメダルを獲得した。"
_DOSES_EN = "The vaccine campaign gave 2,000,000 doses in 400 hospitals."
_ALBUM_EN = "The album has 14 songs and sold 200,000 copies in 30 countries."
_STORES_EN = "The chain opened 120 stores and hired 2,400 employees."
_POINTS_EN = "The team scored 88 points in 3 matches."
_TESTS_EN = "Officials reported 850 cases after 12,000 tests."
_LIBRARY_EN = "The library holds 80,000 books and serves 12,000 readers."
_LIBRARY_DE = "Die Bibliothek hat 80000 Bücher und 12000 Leser."
_MUSEUM_EN = "The museum shows 300 paintings to 200,000 visitors a year."
_TREES_EN = "Volunteers planted 5,000 trees along 40 streets."
_RESERVE_EN = "The reserve counts 120 species and 3,400 animals."
_BLOG_EN = "The blog published 250 articles and 40 videos last year."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Visitors and tickets.
        ("La foire a attiré 5000 visiteurs.", "fr", _FAIR_EN, "en", "pass"),
        ("La foire a attiré 3200 visiteurs.", "fr", _FAIR_EN, "en", "fail"),
        ("Die Messe verkaufte 5000 Tickets.", "de", _FAIR_EN, "en", "fail"),
        ("展会卖出了5000张门票。", "zh", _FAIR_EN, "en", "fail"),
        ("The fair drew 3,200 visitors.", "en", _FAIR_DE, "de", "fail"),
        ("A feira vendeu 3200 ingressos.", "pt", _FAIR_DE, "de", "pass"),
        ("A feira vendeu 5000 ingressos.", "pt", _FAIR_DE, "de", "fail"),
        # A program's lines and files.
        ("Le programme lit 42 fichiers.", "fr", _PROGRAM_EN, "en", "fail"),
        ("Le programme lit 7 fichiers.", "fr", _PROGRAM_EN, "en", "pass"),
        ("Das Programm hat 7 Zeilen.", "de", _PROGRAM_EN, "en", "fail"),
        ("El programa lee 42 archivos.", "es", _PROGRAM_FR, "fr", "fail"),
        ("The program is 42 lines long.", "en", _PROGRAM_FR, "fr", "pass"),
        ("该程序只有7行代码。", "zh", _PROGRAM_FR, "fr", "fail"),
        # Users and downloads.
        ("L'application compte 450000 utilisateurs.", "fr", _APP_EN, "en", "fail"),
        ("La aplicación tiene 120000 descargas.", "es", _APP_EN, "en", "fail"),
        ("O aplicativo tem 120000 usuários.", "pt", _APP_EN, "en", "pass"),
        # Goals and matches.
        ("Er erzielte 28 Tore.", "de", _SEASON_EN, "en", "fail"),
        ("Il a marqué 31 buts.", "fr", _SEASON_EN, "en", "pass"),
        ("Ele disputou 31 jogos.", "pt", _SEASON_EN, "en", "fail"),
        ("He played 31 matches.", "en", _SEASON_ES, "es", "fail"),
        ("他上赛季打进28个进球。", "zh", _SEASON_ES, "es", "fail"),
        ("He scored 31 goals last season.", "en", _SEASON_ES, "es", "pass"),
        ("L'équipe a marqué 3 points.", "fr", _POINTS_EN, "en", "fail"),
        ("El equipo jugó 88 partidos.", "es", _POINTS_EN, "en", "fail"),
        # Flights and passengers.
        ("A companhia cancelou 18000 voos.", "pt", _FLIGHTS_EN, "en", "fail"),
        ("La compagnie a annulé 220 vols.", "fr", _FLIGHTS_EN, "en", "pass"),
        ("Die Airline strich 220 Flüge.", "de", _FLIGHTS_ZH, "zh", "pass"),
        ("The airline cancelled 18,000 flights.", "en", _FLIGHTS_ZH, "zh", "fail"),
        # Hospitals and beds, schools.
        ("La région compte 14 lits.", "fr", _BEDS_EN, "en", "fail"),
        ("La región tiene 3100 hospitales.", "es", _BEDS_EN, "en", "fail"),
        ("Die Region hat 14 Krankenhäuser.", "de", _BEDS_EN, "en", "pass"),
        ("The hospital serves 300 schools.", "en", _BEDS_PT, "pt", "fail"),
        ("El hospital tiene 300 camas.", "es", _BEDS_PT, "pt", "pass"),
        # Athletes and medals.
        ("Das Team gewann 96 Medaillen.", "de", _MEDALS_EN, "en", "fail"),
        ("L'équipe a remporté 27 médailles.", "fr", _MEDALS_EN, "en", "pass"),
        ("The team won 96 medals.", "en", _MEDALS_JA, "ja", "fail"),
        ("El equipo ganó 27 medallas.", "es", _MEDALS_JA, "ja", "pass"),
        # Doses and hospitals.
        ("Die Kampagne verteilte 400 Dosen.", "de", _DOSES_EN, "en", "fail"),
        ("共接种了400剂次疫苗。", "zh", _DOSES_EN, "en", "fail"),
        ("La campaña llegó a 400 hospitales.", "es", _DOSES_EN, "en", "pass"),
        # Songs and countries.
        ("L'album compte 30 chansons.", "fr", _ALBUM_EN, "en", "fail"),
        ("O álbum foi vendido em 14 países.", "pt", _ALBUM_EN, "en", "fail"),
        ("Das Album hat 14 Lieder.", "de", _ALBUM_EN, "en", "pass"),
        # Tests and cases: two figures, each of what befell people ([counted_noun_axes]).
        ("Es gab 12000 Fälle.", "de", _TESTS_EN, "en", "fail"),
        ("Se registraron 850 casos.", "es", _TESTS_EN, "en", "pass"),
        ("Foram feitos 850 testes.", "pt", _TESTS_EN, "en", "fail"),
        ("共进行了12000次检测。", "zh", _TESTS_EN, "en", "pass"),
        # Books and readers, paintings, trees and streets, species and animals.
        ("Die Bibliothek hat 12000 Bücher.", "de", _LIBRARY_EN, "en", "fail"),
        ("La biblioteca tiene 12000 lectores.", "es", _LIBRARY_EN, "en", "pass"),
        ("The library has 12,000 books.", "en", _LIBRARY_DE, "de", "fail"),
        ("A biblioteca tem 80000 livros.", "pt", _LIBRARY_DE, "de", "pass"),
        ("Le musée expose 200000 tableaux.", "fr", _MUSEUM_EN, "en", "fail"),
        ("Los voluntarios plantaron 40 árboles.", "es", _TREES_EN, "en", "fail"),
        ("志愿者沿40条街道植树。", "zh", _TREES_EN, "en", "pass"),
        ("Das Reservat zählt 3400 Arten.", "de", _RESERVE_EN, "en", "fail"),
        ("La réserve compte 3400 animaux.", "fr", _RESERVE_EN, "en", "pass"),
        ("O blog publicou 40 artigos.", "pt", _BLOG_EN, "en", "fail"),
        ("该博客去年发布了40个视频。", "zh", _BLOG_EN, "en", "pass"),
        # Stores and employees.
        ("La cadena abrió 2400 tiendas.", "es", _STORES_EN, "en", "fail"),
        ("同社は120人の従業員を雇った。", "ja", _STORES_EN, "en", "fail"),
        ("La chaîne a ouvert 120 magasins.", "fr", _STORES_EN, "en", "pass"),
    ],
)
def test_a_count_the_quote_gives_to_another_noun(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    """Each count goes with its own noun of [counted_nouns], in whatever language."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang",
    [
        # Page views said as pages ([counted_noun_near]): one figure, not two things.
        (
            "Le site a enregistré 231 506 740 pages vues en novembre.",
            "fr",
            "231.506.740 páginas visualizadas no site em novembro",
            "pt",
        ),
        (
            "The site recorded 231,506,740 page views in November.",
            "en",
            "231.506.740 páginas visualizadas no site em novembro",
            "pt",
        ),
    ],
)
def test_page_views_said_as_pages_pass(
    statement: str, lang: str, quote: str, quote_lang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == "pass", result.reason
