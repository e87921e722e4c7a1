"""A right figure or date tied to another thing of the quote, read across languages.

- A page's dates by role ([date_roles] of common.toml): "se publicó el 16 de enero" for
  "Thu 3 Jan 2019 … Last modified on Wed 16 Jan 2019" gives the change's date to the
  publication; the role words are read in every language, Chinese and Japanese ones before
  the date ("发表于", "公開日：") or after it ("2019年1月16日に公開"); a date whose role word
  the quote says beside the same date is tied by it ("am 16. Januar aktualisiert").
- A term named by its span ("一年版", "1年版", "one-year licence", "Einjahreslizenz", "licence
  d'un an"): "一" before "年版", "年期", "年制" is the figure one, so the item's price is
  compared with the item's own.
- Two counts swapped across languages ([counted_nouns]: lines, pages, chapters, words,
  characters, files, folders, what a program prints, goals, assists): "42 lignes et affiche
  4" for "Just 4 lines! Running that prints 42".
- Figures given "respectively": the order of the list gives each figure to the activity,
  compass point or counted noun said in order before it or after it, or to those of as many
  figures just before it ("前者のリードが…3470MB/s、ライトは…3000MB/s、後者はそれぞれ…3400MB/s、
  …2800MB/s": the latter reads at 3400MB/s).

Each class: swaps that must not pass, and the right figure with its own noun, which passes.
"""

from __future__ import annotations

from datetime import date

import pytest

from factdb.engine.support import claim_supported

GUARDIAN_STAMP = "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST"
LEMONDE_STAMP = "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13"
JA_STAMP = "公開日：2019年1月3日 最終更新日：2019年1月16日"
ZH_STAMP = "发布时间：2019年1月3日 更新时间：2019年1月16日"
DE_PAGE = "Die Seite wurde am 3. Januar 2019 veröffentlicht und am 16. Januar 2019 aktualisiert."
LICENCES_JA = "1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。"
LICENCES_ZH = "一年版授权售价2900日元，两年版授权售价5000日元。"
DEPOSITS_ZH = "一年期定期存款利率为1.5%，两年期为2.1%。"
PROGRAM_EN = "Just 4 lines! Running that prints 42 as expected."
PROGRAM_FR = "Seulement 4 lignes ! L'exécuter affiche 42 comme prévu."
MATCH_ES = "Messi marcó 2 goles y dio 3 asistencias."
ARCHIVE_DE = "Das Archiv enthält 3 Dateien in 12 Ordnern."
DRIVES_JA = (
    "前者のシーケンシャルリードが最大3470MB/s、シーケンシャルライトは最大3000MB/s、"
    "後者はそれぞれ最大3400MB/s、最大2800MB/s"
)
DRIVES_EN = (
    "The former reads at up to 3,470 MB/s and writes at up to 3,000 MB/s, the latter at up "
    "to 3,400 MB/s and 2,800 MB/s respectively."
)
DRIVE_ZH = "该硬盘的读取和写入速度分别为3400MB/s和2800MB/s。"
DRIVE_EN = "The drive reads and writes at 3,400 MB/s and 2,800 MB/s respectively."
RESULTS_EN = "Revenue and profit reached $5 billion and $1 billion respectively."
WINGS_EN = "The north and south wings hold 40 and 60 rooms respectively."
LINE_EN = "Download and upload speeds reach 100 Mbit/s and 40 Mbit/s respectively."
SALES_EN = "Sales rose 5% and 3% in the north and south respectively."
SEASON_EN = "He scored 12 goals in 30 games, adding 7 assists."
REPORT_DE = "Der Bericht umfasst 96 Seiten und 12 Kapitel."


def _status(
    statement: str, quote: str, s_lang: str, q_lang: str, published: str | None
) -> tuple[str, str]:
    day = date.fromisoformat(published) if published else None
    r = claim_supported(statement, [quote], day, statement_lang=s_lang, quote_lang=q_lang)
    return r.status, r.reason


def _check(status: str, reason: str, expected: str) -> None:
    """A right statement passes; a swap never does."""
    if expected == "pass":
        assert status == "pass", reason
    else:
        assert status != "pass", reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "published", "expected"),
    [
        (
            "El artículo se publicó el 16 de enero de 2019.",
            GUARDIAN_STAMP,
            "es",
            "en",
            "2019-01-03",
            "fail",
        ),
        (
            "El artículo se publicó el 3 de enero de 2019.",
            GUARDIAN_STAMP,
            "es",
            "en",
            "2019-01-03",
            "pass",
        ),
        (
            "El artículo se actualizó el 16 de enero de 2019.",
            GUARDIAN_STAMP,
            "es",
            "en",
            "2019-01-03",
            "pass",
        ),
        (
            "El artículo se actualizó el 3 de enero de 2019.",
            GUARDIAN_STAMP,
            "es",
            "en",
            "2019-01-03",
            "fail",
        ),
        (
            "L'article a été publié le 16 janvier 2019.",
            GUARDIAN_STAMP,
            "fr",
            "en",
            "2019-01-03",
            "fail",
        ),
        (
            "L'article a été publié le 3 janvier 2019.",
            GUARDIAN_STAMP,
            "fr",
            "en",
            "2019-01-03",
            "pass",
        ),
        (
            "Der Artikel wurde am 16. Januar 2019 veröffentlicht.",
            GUARDIAN_STAMP,
            "de",
            "en",
            "2019-01-03",
            "fail",
        ),
        (
            "Der Artikel wurde am 16. Januar 2019 aktualisiert.",
            GUARDIAN_STAMP,
            "de",
            "en",
            "2019-01-03",
            "pass",
        ),
        (
            "O artigo foi publicado em 16 de janeiro de 2019.",
            GUARDIAN_STAMP,
            "pt",
            "en",
            "2019-01-03",
            "fail",
        ),
        (
            "O artigo publicou-se a 3 de janeiro de 2019.",
            GUARDIAN_STAMP,
            "pt",
            "en",
            "2019-01-03",
            "pass",
        ),
        ("该文章发表于2019年1月16日。", GUARDIAN_STAMP, "zh", "en", "2019-01-03", "fail"),
        ("该文章于2019年1月16日发布。", GUARDIAN_STAMP, "zh", "en", "2019-01-03", "fail"),
        ("该文章发表于2019年1月3日。", GUARDIAN_STAMP, "zh", "en", "2019-01-03", "pass"),
        ("该文章于2019年1月16日更新。", GUARDIAN_STAMP, "zh", "en", "2019-01-03", "pass"),
        ("该文章最后修改于2019年1月3日。", GUARDIAN_STAMP, "zh", "en", "2019-01-03", "fail"),
        ("記事は2019年1月16日に公開された。", GUARDIAN_STAMP, "ja", "en", "2019-01-03", "fail"),
        ("記事は2019年1月3日に公開された。", GUARDIAN_STAMP, "ja", "en", "2019-01-03", "pass"),
        ("記事は2019年1月16日に更新された。", GUARDIAN_STAMP, "ja", "en", "2019-01-03", "pass"),
        ("記事は2019年1月3日に掲載された。", GUARDIAN_STAMP, "ja", "en", "2019-01-03", "pass"),
        (
            "The article was published on 5 May 2015.",
            LEMONDE_STAMP,
            "en",
            "fr",
            "2015-05-04",
            "fail",
        ),
        (
            "El artículo se publicó el 5 de mayo de 2015.",
            LEMONDE_STAMP,
            "es",
            "fr",
            "2015-05-04",
            "fail",
        ),
        (
            "El artículo se publicó el 4 de mayo de 2015.",
            LEMONDE_STAMP,
            "es",
            "fr",
            "2015-05-04",
            "pass",
        ),
        ("文章发表于2015年5月5日。", LEMONDE_STAMP, "zh", "fr", "2015-05-04", "fail"),
        ("文章于2015年5月5日更新。", LEMONDE_STAMP, "zh", "fr", "2015-05-04", "pass"),
        ("記事は2015年5月5日に公開された。", LEMONDE_STAMP, "ja", "fr", "2015-05-04", "fail"),
        (
            "Le Monde a publié l'article le 4 mai 2015.",
            LEMONDE_STAMP,
            "fr",
            "fr",
            "2015-05-04",
            "pass",
        ),
        (
            "The article was published on January 16, 2019.",
            JA_STAMP,
            "en",
            "ja",
            "2019-01-03",
            "fail",
        ),
        (
            "The article was last updated on January 16, 2019.",
            JA_STAMP,
            "en",
            "ja",
            "2019-01-03",
            "pass",
        ),
        (
            "The article was published on January 3, 2019.",
            JA_STAMP,
            "en",
            "ja",
            "2019-01-03",
            "pass",
        ),
        ("Der Artikel erschien am 16. Januar 2019.", ZH_STAMP, "de", "zh", "2019-01-03", "fail"),
        ("Der Artikel erschien am 3. Januar 2019.", ZH_STAMP, "de", "zh", "2019-01-03", "pass"),
        ("Die Seite wurde am 16. Januar 2019 aktualisiert.", DE_PAGE, "de", "de", None, "pass"),
        ("Die Seite wurde am 3. Januar 2019 aktualisiert.", DE_PAGE, "de", "de", None, "fail"),
        ("The page was updated on 16 January 2019.", DE_PAGE, "en", "de", None, "pass"),
        ("The page was published on 16 January 2019.", DE_PAGE, "en", "de", None, "fail"),
        ("该页面于2019年1月16日更新。", DE_PAGE, "zh", "de", None, "pass"),
        ("La página se publicó el 3 de enero de 2019.", DE_PAGE, "es", "de", None, "pass"),
        (
            "Le rapport a été mis à jour le 2 mai 2020.",
            "Fri 2 May 2020 Updated on Mon 9 May 2020",
            "fr",
            "en",
            None,
            "fail",
        ),
        (
            "Le rapport a été mis à jour le 9 mai 2020.",
            "Fri 2 May 2020 Updated on Mon 9 May 2020",
            "fr",
            "en",
            None,
            "pass",
        ),
        (
            "该报告于2020年5月2日更新。",
            "Fri 2 May 2020 Updated on Mon 9 May 2020",
            "zh",
            "en",
            None,
            "fail",
        ),
        (
            "报告发布于2020年5月2日。",
            "Fri 2 May 2020 Updated on Mon 9 May 2020",
            "zh",
            "en",
            None,
            "pass",
        ),
        (
            "この記事は3月9日に配信された。",
            "最終更新:3/9(木) 18:45",
            "ja",
            "ja",
            "2017-03-09",
            "fail",
        ),
        (
            "この記事は3月9日に更新された。",
            "最終更新:3/9(木) 18:45",
            "ja",
            "ja",
            "2017-03-09",
            "pass",
        ),
        (
            "The article was last updated on March 9.",
            "最終更新:3/9(木) 18:45",
            "en",
            "ja",
            "2017-03-09",
            "pass",
        ),
        (
            "The article was published on March 9.",
            "最終更新:3/9(木) 18:45",
            "en",
            "ja",
            "2017-03-09",
            "fail",
        ),
        (
            "El artículo se actualizó el 9 de marzo.",
            "最終更新:3/9(木) 18:45",
            "es",
            "ja",
            "2017-03-09",
            "pass",
        ),
        (
            "The article was published on March 9.",
            "CNET Japan 3/9(木) 18:45配信",
            "en",
            "ja",
            "2017-03-09",
            "pass",
        ),
        (
            "The article was updated on March 9.",
            "CNET Japan 3/9(木) 18:45配信",
            "en",
            "ja",
            "2017-03-09",
            "fail",
        ),
    ],
)
def test_a_date_role_read_across_languages(
    statement: str, quote: str, s_lang: str, q_lang: str, published: str | None, expected: str
) -> None:
    """[date_roles] in every language: a date given to the other role never passes."""
    _check(*_status(statement, quote, s_lang, q_lang, published), expected)


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("一年版授权售价5000日元。", LICENCES_JA, "zh", "ja", "fail"),
        ("一年版授权售价2900日元。", LICENCES_JA, "zh", "ja", "pass"),
        ("两年版授权售价5000日元。", LICENCES_JA, "zh", "ja", "pass"),
        ("两年版授权售价2900日元。", LICENCES_JA, "zh", "ja", "fail"),
        ("一年版ライセンスは5000円です。", LICENCES_JA, "ja", "ja", "fail"),
        ("一年版ライセンスは2900円です。", LICENCES_JA, "ja", "ja", "pass"),
        ("The one-year licence costs 5000 yen.", LICENCES_JA, "en", "ja", "fail"),
        ("Die Einjahreslizenz kostet 5000 Yen.", LICENCES_JA, "de", "ja", "fail"),
        ("Die Einjahreslizenz kostet 2900 Yen.", LICENCES_JA, "de", "ja", "pass"),
        ("La licence d'un an coûte 5000 yens.", LICENCES_JA, "fr", "ja", "fail"),
        ("La licence d'un an coûte 2900 yens.", LICENCES_JA, "fr", "ja", "pass"),
        ("La licencia de un año cuesta 5000 yenes.", LICENCES_JA, "es", "ja", "fail"),
        ("The one-year licence costs 5000 yen.", LICENCES_ZH, "en", "zh", "fail"),
        ("The one-year licence costs 2900 yen.", LICENCES_ZH, "en", "zh", "pass"),
        ("1年版授权售价5000日元。", LICENCES_ZH, "zh", "zh", "fail"),
        ("一年期定期存款利率为1.5%。", DEPOSITS_ZH, "zh", "zh", "pass"),
        ("一年期定期存款利率为2.1%。", DEPOSITS_ZH, "zh", "zh", "fail"),
        ("The one-year deposit rate is 2.1%.", DEPOSITS_ZH, "en", "zh", "fail"),
        ("他是一年级学生，今年7岁。", "他是一年级学生，今年7岁。", "zh", "zh", "pass"),
        ("Die Lizenz für ein Jahr kostet 5000 Yen.", LICENCES_JA, "de", "ja", "fail"),
        ("Die Lizenz für ein Jahr kostet 2900 Yen.", LICENCES_JA, "de", "ja", "pass"),
        ("A 12-month licence costs 5000 yen.", LICENCES_JA, "en", "ja", "fail"),
        ("A 12-month licence costs 2900 yen.", LICENCES_JA, "en", "ja", "pass"),
        ("A licença de um ano custa 5000 ienes.", LICENCES_JA, "pt", "ja", "fail"),
        ("A licença de dois anos custa 5000 ienes.", LICENCES_JA, "pt", "ja", "pass"),
        ("La licence de deux ans coûte 2900 yens.", LICENCES_JA, "fr", "ja", "fail"),
        ("Die Zweijahreslizenz kostet 5000 Yen.", LICENCES_JA, "de", "ja", "pass"),
        ("Die Zweijahreslizenz kostet 2900 Yen.", LICENCES_JA, "de", "ja", "fail"),
        (
            "The one-year licence costs 5000 yen.",
            "The app costs 2,900 yen for a one-year licence and 5,000 yen for a two-year licence.",
            "en",
            "en",
            "fail",
        ),
        (
            "一年版许可证售价5000日元。",
            "The app costs 2,900 yen for a one-year licence and 5,000 yen for a two-year licence.",
            "zh",
            "en",
            "fail",
        ),
        (
            "一年版许可证售价2900日元。",
            "The app costs 2,900 yen for a one-year licence and 5,000 yen for a two-year licence.",
            "zh",
            "en",
            "pass",
        ),
        (
            "Die Einjahreslizenz kostet 5000 Yen.",
            "La licence d'un an coûte 2 900 yens et celle de deux ans 5 000 yens.",
            "de",
            "fr",
            "fail",
        ),
        (
            "Die Einjahreslizenz kostet 2900 Yen.",
            "La licence d'un an coûte 2 900 yens et celle de deux ans 5 000 yens.",
            "de",
            "fr",
            "pass",
        ),
    ],
)
def test_a_term_named_by_its_span(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    """\"一年版\" is \"1年版\", a one-year licence: its price is the item's own."""
    _check(*_status(statement, quote, s_lang, q_lang, None), expected)


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("Le programme fait 42 lignes et affiche 4.", PROGRAM_EN, "fr", "en", "fail"),
        ("Le programme fait 4 lignes et affiche 42.", PROGRAM_EN, "fr", "en", "pass"),
        ("Das Programm hat 42 Zeilen.", PROGRAM_EN, "de", "en", "fail"),
        ("Das Programm hat nur 4 Zeilen.", PROGRAM_EN, "de", "en", "pass"),
        ("El programa imprime 4.", PROGRAM_EN, "es", "en", "fail"),
        ("El programa tiene 4 líneas e imprime 42.", PROGRAM_EN, "es", "en", "pass"),
        ("该程序只有42行代码，输出4。", PROGRAM_EN, "zh", "en", "fail"),
        ("该程序只有4行代码，输出42。", PROGRAM_EN, "zh", "en", "pass"),
        ("The program is 42 lines long and prints 4.", PROGRAM_FR, "en", "fr", "fail"),
        ("The program is 4 lines long and prints 42.", PROGRAM_FR, "en", "fr", "pass"),
        (
            "Le roman compte 12 pages.",
            "The novel runs to 12 chapters and 320 pages.",
            "fr",
            "en",
            "fail",
        ),
        ("Messi scored 3 goals and gave 2 assists.", MATCH_ES, "en", "es", "fail"),
        ("Messi scored 2 goals and gave 3 assists.", MATCH_ES, "en", "es", "pass"),
        ("Messi a marqué 3 buts.", MATCH_ES, "fr", "es", "fail"),
        ("Messi erzielte 2 Tore.", MATCH_ES, "de", "es", "pass"),
        (
            "Der Tweet darf 140 Zeichen haben.",
            "Tweets are limited to 140 characters, about 25 words.",
            "de",
            "en",
            "pass",
        ),
        (
            "Un tweet ne peut dépasser 25 caractères.",
            "Tweets are limited to 140 characters, about 25 words.",
            "fr",
            "en",
            "fail",
        ),
        ("The archive holds 12 files in 3 folders.", ARCHIVE_DE, "en", "de", "fail"),
        ("The archive holds 3 files.", ARCHIVE_DE, "en", "de", "pass"),
        (
            "O script tem 10 linhas e exibe 55.",
            "The script is 10 lines and outputs 55.",
            "pt",
            "en",
            "pass",
        ),
        (
            "O script tem 55 linhas e exibe 10.",
            "The script is 10 lines and outputs 55.",
            "pt",
            "en",
            "fail",
        ),
        ("このプログラムは42行のコードで、4を出力する。", PROGRAM_EN, "ja", "en", "fail"),
        (
            "Die Firma hat 300 Mitarbeiter und 12 Standorte.",
            "The firm has 300 employees at 12 sites.",
            "de",
            "en",
            "pass",
        ),
        (
            "Der Roman hat 96 Seiten und 12 Kapitel.",
            "The novel runs to 12 chapters and 96 pages.",
            "de",
            "en",
            "pass",
        ),
        (
            "Le roman compte 96 chapitres.",
            "The novel runs to 12 chapters and 96 pages.",
            "fr",
            "en",
            "fail",
        ),
        ("The archive holds 12 files.", ARCHIVE_DE, "en", "de", "fail"),
        ("L'archive contient 12 dossiers.", ARCHIVE_DE, "fr", "de", "pass"),
        (
            "Il a marqué 12 buts en 30 matchs.",
            "He scored 12 goals in 30 games.",
            "fr",
            "en",
            "pass",
        ),
        (
            "该页面有500字符，约80个单词。",
            "The page has about 80 words, or 500 characters.",
            "zh",
            "en",
            "pass",
        ),
        ("The page has about 500 words.", "该页面有500字符，约80个单词。", "en", "zh", "fail"),
        (
            "The team has 12 wins and 3 losses.",
            "L'équipe compte 3 victoires et 12 défaites.",
            "en",
            "fr",
            "fail",
        ),
        ("The team has 3 wins.", "L'équipe compte 3 victoires et 12 défaites.", "en", "fr", "pass"),
        (
            "Das Team hat 12 Siege.",
            "The team has 3 wins, 12 losses and 2 draws.",
            "de",
            "en",
            "fail",
        ),
        (
            "Das Team hat 12 Niederlagen.",
            "The team has 3 wins, 12 losses and 2 draws.",
            "de",
            "en",
            "pass",
        ),
        (
            "El equipo suma 2 derrotas.",
            "The team has 3 wins, 12 losses and 2 draws.",
            "es",
            "en",
            "fail",
        ),
        (
            "El equipo suma 2 empates.",
            "The team has 3 wins, 12 losses and 2 draws.",
            "es",
            "en",
            "pass",
        ),
        ("该队取得3胜12负。", "The team has 3 wins, 12 losses and 2 draws.", "zh", "en", "pass"),
        (
            "O time tem 12 vitórias.",
            "The team has 3 wins, 12 losses and 2 draws.",
            "pt",
            "en",
            "fail",
        ),
        (
            "The post got 120 likes and 45 comments.",
            "Der Beitrag bekam 45 Likes und 120 Kommentare.",
            "en",
            "de",
            "fail",
        ),
        (
            "The post got 45 likes.",
            "Der Beitrag bekam 45 Likes und 120 Kommentare.",
            "en",
            "de",
            "pass",
        ),
        (
            "The account has 5,000 followers.",
            "La cuenta tiene 300 seguidores y sigue a 5.000 cuentas.",
            "en",
            "es",
            "fail",
        ),
        (
            "The account has 300 followers.",
            "La cuenta tiene 300 seguidores y sigue a 5.000 cuentas.",
            "en",
            "es",
            "pass",
        ),
        (
            "The app has 5,000 users.",
            "The app counts 5,000 accounts and 300 paying subscribers.",
            "en",
            "en",
            "pass",
        ),
        (
            "Die App hat 5.000 Nutzer.",
            "The app counts 5,000 accounts and 300 paying subscribers.",
            "de",
            "en",
            "pass",
        ),
        (
            "Le compte a 300 abonnés.",
            "The account has 300 followers and follows 5,000 accounts.",
            "fr",
            "en",
            "pass",
        ),
    ],
)
def test_two_counts_swapped_across_languages(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    """[counted_nouns] tie each count to its own noun across languages."""
    _check(*_status(statement, quote, s_lang, q_lang, None), expected)


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("The second drive reads at up to 2,800 MB/s.", DRIVES_JA, "en", "ja", "fail"),
        ("The second drive writes at up to 2,800 MB/s.", DRIVES_JA, "en", "ja", "pass"),
        ("The second drive reads at up to 3,400 MB/s.", DRIVES_JA, "en", "ja", "pass"),
        ("The second drive writes at up to 3,400 MB/s.", DRIVES_JA, "en", "ja", "fail"),
        ("Le second SSD lit jusqu'à 2800 Mo/s.", DRIVES_JA, "fr", "ja", "fail"),
        ("Le second SSD écrit jusqu'à 2800 Mo/s.", DRIVES_JA, "fr", "ja", "pass"),
        ("Das zweite Laufwerk liest mit bis zu 2.800 MB/s.", DRIVES_JA, "de", "ja", "fail"),
        ("后者的读取速度最高为2800MB/s。", DRIVES_JA, "zh", "ja", "fail"),
        ("后者的写入速度最高为2800MB/s。", DRIVES_JA, "zh", "ja", "pass"),
        ("後者のリードは最大2800MB/s。", DRIVES_JA, "ja", "ja", "fail"),
        ("後者のライトは最大2800MB/s。", DRIVES_JA, "ja", "ja", "pass"),
        ("The latter reads at up to 2,800 MB/s.", DRIVES_EN, "en", "en", "fail"),
        ("The latter writes at up to 2,800 MB/s.", DRIVES_EN, "en", "en", "pass"),
        ("Le second lit à 2 800 Mo/s.", DRIVES_EN, "fr", "en", "fail"),
        ("The drive writes at 3,400 MB/s.", DRIVE_ZH, "en", "zh", "fail"),
        ("The drive reads at 3,400 MB/s.", DRIVE_ZH, "en", "zh", "pass"),
        ("Das Laufwerk schreibt mit 2.800 MB/s.", DRIVE_ZH, "de", "zh", "pass"),
        ("La unidad lee a 2800 MB/s.", DRIVE_EN, "es", "en", "fail"),
        ("La unidad escribe a 2800 MB/s.", DRIVE_EN, "es", "en", "pass"),
        ("A unidade lê a 3400 MB/s.", DRIVE_EN, "pt", "en", "pass"),
        ("The drive reads at 2,800 MB/s.", DRIVE_EN, "en", "en", "fail"),
        ("Upload speeds reach 100 Mbit/s.", LINE_EN, "en", "en", "fail"),
        ("Die Upload-Geschwindigkeit beträgt 40 Mbit/s.", LINE_EN, "de", "en", "pass"),
        ("Die Upload-Geschwindigkeit beträgt 100 Mbit/s.", LINE_EN, "de", "en", "fail"),
        ("Profit reached $5 billion.", RESULTS_EN, "en", "en", "fail"),
        ("Profit reached $1 billion.", RESULTS_EN, "en", "en", "pass"),
        ("Le bénéfice a atteint 5 milliards de dollars.", RESULTS_EN, "fr", "en", "fail"),
        ("Le bénéfice a atteint 1 milliard de dollars.", RESULTS_EN, "fr", "en", "pass"),
        ("Der Umsatz lag bei 1 Milliarde Dollar.", RESULTS_EN, "de", "en", "fail"),
        ("利润为50亿美元。", RESULTS_EN, "zh", "en", "fail"),
        (
            "The company has 300 employees.",
            "该公司的员工和客户分别为300人和5000人。",
            "en",
            "zh",
            "pass",
        ),
        (
            "The company has 5000 employees.",
            "该公司的员工和客户分别为300人和5000人。",
            "en",
            "zh",
            "fail",
        ),
        (WINGS_EN, WINGS_EN, "en", "en", "pass"),
        ("Le pavillon sud compte 40 chambres.", WINGS_EN, "fr", "en", "fail"),
        ("Le pavillon sud compte 60 chambres.", WINGS_EN, "fr", "en", "pass"),
        (
            "Profit rose to €1.2 billion.",
            "Umsatz und Gewinn stiegen auf 8,5 bzw. 1,2 Milliarden Euro.",
            "en",
            "de",
            "pass",
        ),
        (
            "El beneficio fue de 5 millones de euros y los ingresos de 20 millones.",
            "Revenue and profit were €20 million and €5 million respectively.",
            "es",
            "en",
            "pass",
        ),
        (
            "El beneficio fue de 20 millones de euros.",
            "Revenue and profit were €20 million and €5 million respectively.",
            "es",
            "en",
            "fail",
        ),
        ("Sales rose 3% in the north.", SALES_EN, "en", "en", "fail"),
        ("Sales rose 5% in the north.", SALES_EN, "en", "en", "pass"),
        ("Im Norden stieg der Umsatz um 3 %.", SALES_EN, "de", "en", "fail"),
        ("Les ventes ont progressé de 5 % dans le nord.", SALES_EN, "fr", "en", "pass"),
        ("北部の売上は3%増えた。", SALES_EN, "ja", "en", "fail"),
        ("Revenue and profit reached $5 billion and $1 billion.", RESULTS_EN, "en", "en", "pass"),
        (
            "Umsatz und Gewinn erreichten 5 Milliarden und 1 Milliarde Dollar.",
            RESULTS_EN,
            "de",
            "en",
            "pass",
        ),
        ("Revenue reached $5 billion, profit $1 billion.", RESULTS_EN, "en", "en", "pass"),
        (
            (
                "Le chiffre d'affaires et le bénéfice ont atteint respectivement 5 milliards et "
                "1 milliard de dollars."
            ),
            RESULTS_EN,
            "fr",
            "en",
            "pass",
        ),
        (
            "Les ventes ont progressé de 5 % dans le nord et de 3 % dans le sud.",
            SALES_EN,
            "fr",
            "en",
            "pass",
        ),
        (
            "The latter reads and writes at up to 3,400 and 2,800 MB/s.",
            DRIVES_EN,
            "en",
            "en",
            "pass",
        ),
        (
            "The latter reads and writes at up to 3,400 MB/s and 2,800 MB/s.",
            DRIVES_EN,
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_figures_given_respectively(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    """The order of a list given \"respectively\" ties each figure to its meaning."""
    _check(*_status(statement, quote, s_lang, q_lang, None), expected)


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "published", "expected"),
    [
        (
            "Es gibt 300 Schulen in der Stadt.",
            "The city has 300 schools and 12 hospitals.",
            "de",
            "en",
            None,
            "pass",
        ),
        (
            "The city has 300 schools.",
            "In der Stadt gibt es 300 Schulen und 12 Krankenhäuser.",
            "en",
            "de",
            None,
            "pass",
        ),
        (
            "The group reported a profit of €5 billion.",
            "Le groupe affiche un bénéfice de 5 milliards d'euros.",
            "en",
            "fr",
            None,
            "pass",
        ),
        ("The report runs to 96 pages.", REPORT_DE, "en", "de", None, "pass"),
        ("El informe tiene 12 capítulos.", REPORT_DE, "es", "de", None, "pass"),
        (
            "The archive has 3 files.",
            "L'archive contient 3 fichiers répartis dans 12 dossiers.",
            "en",
            "fr",
            None,
            "pass",
        ),
        (
            "Die Tabelle hat 40 Zeilen und 6 Spalten.",
            "The table has 40 lines and 6 columns.",
            "de",
            "en",
            None,
            "pass",
        ),
        (
            "Er schoss in 30 Spielen 12 Tore.",
            "He scored 12 goals in 30 games.",
            "de",
            "en",
            None,
            "pass",
        ),
        ("Il a marqué 12 buts.", SEASON_EN, "fr", "en", None, "pass"),
        ("Il a délivré 7 passes décisives.", SEASON_EN, "fr", "en", None, "pass"),
        ("The drive reads at up to 3,470 MB/s.", DRIVES_JA, "en", "ja", None, "fail"),
        ("The first drive writes at up to 3,000 MB/s.", DRIVES_JA, "en", "ja", None, "pass"),
        ("该文章发布于2019年1月3日。", DE_PAGE, "zh", "de", None, "pass"),
        (
            "国家统计局于1月16日发布数据。",
            "国家统计局1月16日发布的数据显示，2018年GDP增长6.6%。",
            "zh",
            "zh",
            "2019-01-17",
            "pass",
        ),
        (
            "微软在3月10日发布了更新。",
            "Microsoft released the update on March 10.",
            "zh",
            "en",
            "2020-03-12",
            "pass",
        ),
        (
            "この記事は3月9日に配信された。",
            "CNET Japan 3/9(木) 18:45配信",
            "ja",
            "ja",
            "2017-03-09",
            "pass",
        ),
        ("一年後、彼は戻った。", "1年後、彼は戻ってきた。", "ja", "ja", None, "fail"),
        ("他一年级时7岁。", "他一年级时7岁。", "zh", "zh", None, "pass"),
    ],
)
def test_right_figures_near_the_new_words_still_pass(
    statement: str, quote: str, s_lang: str, q_lang: str, published: str | None, expected: str
) -> None:
    """Ordinary sentences holding the new words: the right figure passes."""
    _check(*_status(statement, quote, s_lang, q_lang, published), expected)


def test_reasons_name_the_tie() -> None:
    status, reason = _status(
        "El artículo se publicó el 16 de enero de 2019.", GUARDIAN_STAMP, "es", "en", "2019-01-03"
    )
    assert status == "fail" and "Last modified" in reason
    status, reason = _status(
        "The second drive reads at up to 2,800 MB/s.", DRIVES_JA, "en", "ja", None
    )
    assert status == "fail" and "in order" in reason and "3400" in reason
    status, reason = _status(
        "Le programme fait 42 lignes et affiche 4.", PROGRAM_EN, "fr", "en", None
    )
    assert status == "fail" and "lines" in reason
    status, reason = _status("一年版授权售价5000日元。", LICENCES_JA, "zh", "ja", None)
    assert status == "fail" and "2900" in reason
    # A statement naming the other side than the listed figure's is judged by the sides.
    status, reason = _status(
        "Das erste Laufwerk schreibt mit bis zu 3400 MB/s.", DRIVES_JA, "de", "ja", None
    )
    assert status == "fail" and "前者" in reason
