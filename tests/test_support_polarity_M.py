"""Figures kept, the claim inverted or a thing swapped (issue-M), in one language or across
two: a work's success against its flop ([polarity.reception]: "triumphed" against "had
another disappointing night"), celebration against protest ([polarity.reaction]), protecting
against attacking ([polarity.aggression]), a figure in an opening phrase that ends a longer
one ("After the collapse of the regime in 2011, Salafists attacked …", `_outer_opening`) or
in an apposition on a name ("The Irishman, le film à 170 millions de dollars, a triomphé"),
"were all saved" against "dying" ([polarity] life), hyphenated superlatives ("least-used"
against "most-used"), bread against cake with the noun glued before a Japanese count
("パン2400個", [object_counters]; "パン" inside "ジャパン" is no bread), the French binary
byte units ("Gio", "Mio"), "過半数" read as more than half, and the noun right after a year
("its 2011 revenue in November 2012") left to that year. Right paraphrases still pass."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "The Irishman, Scorsese's $170 million gangster film, triumphed again.",
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman had another "
            "disappointing night.",
            "en",
            "en",
            "fail",
        ),
        (
            "The Irishman, Scorsese's $170 million gangster film, had another disappointing night.",
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman had another "
            "disappointing night.",
            "en",
            "en",
            "pass",
        ),
        (
            "The Irishman, le film de gangsters à 170 millions de dollars de Scorsese, a "
            "triomphé une nouvelle fois.",
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman had another "
            "disappointing night.",
            "fr",
            "en",
            "fail",
        ),
        (
            "The Irishman, le film de gangsters à 170 millions de dollars de Scorsese, a de "
            "nouveau déçu.",
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman had another "
            "disappointing night.",
            "fr",
            "en",
            "pass",
        ),
        (
            "Der 170 Millionen Dollar teure Film triumphierte erneut.",
            "Der 170 Millionen Dollar teure Film erlebte einen enttäuschenden Abend.",
            "de",
            "de",
            "fail",
        ),
        (
            "La película de 170 millones de dólares triunfó otra vez.",
            "La película de 170 millones de dólares fue una decepción en taquilla.",
            "es",
            "es",
            "fail",
        ),
        (
            "La película de 170 millones de dólares fue un gran éxito.",
            "La película de 170 millones de dólares triunfó en taquilla.",
            "es",
            "es",
            "pass",
        ),
        (
            "Celebrations followed the 2014 announcement of Eich's appointment as Mozilla CEO.",
            "Protests also emerged in 2014 following the announcement of Eich's appointment as "
            "CEO of Mozilla.",
            "en",
            "en",
            "fail",
        ),
        (
            "Protests followed the 2014 announcement of Eich's appointment as Mozilla CEO.",
            "Protests also emerged in 2014 following the announcement of Eich's appointment as "
            "CEO of Mozilla.",
            "en",
            "en",
            "pass",
        ),
        (
            "L'annonce de 2014 de la nomination d'Eich a été suivie de célébrations.",
            "Protests also emerged in 2014 following the announcement of Eich's appointment as "
            "CEO of Mozilla.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Nach der Ankündigung 2014 gab es Feiern.",
            "Nach der Ankündigung 2014 gab es Proteste.",
            "de",
            "de",
            "fail",
        ),
        (
            "Tras el anuncio de 2014 hubo protestas.",
            "Tras el anuncio de 2014 hubo protestas de los usuarios.",
            "es",
            "es",
            "pass",
        ),
        (
            "After 2011, Salafists protected bars and art galleries from attack.",
            "After the collapse of the authoritarian system in 2011, hard-line Muslims known "
            "as Salafists attacked bars and art galleries.",
            "en",
            "en",
            "fail",
        ),
        (
            "After 2011, Salafists attacked bars and art galleries.",
            "After the collapse of the authoritarian system in 2011, hard-line Muslims known "
            "as Salafists attacked bars and art galleries.",
            "en",
            "en",
            "pass",
        ),
        (
            "Après 2011, des salafistes ont protégé des bars et des galeries d'art.",
            "After the collapse of the authoritarian system in 2011, hard-line Muslims known "
            "as Salafists attacked bars and art galleries.",
            "fr",
            "en",
            "fail",
        ),
        (
            "En 2011, los salafistas protegieron bares y galerías.",
            "En 2011, los salafistas atacaron bares y galerías.",
            "es",
            "es",
            "fail",
        ),
        (
            "Im Jahr 2011 schützten Salafisten Bars und Galerien.",
            "Im Jahr 2011 haben Salafisten Bars und Galerien angegriffen.",
            "de",
            "de",
            "fail",
        ),
        (
            "Après 2011, des salafistes ont attaqué des bars et des galeries d'art.",
            "After the collapse of the authoritarian system in 2011, hard-line Muslims known "
            "as Salafists attacked bars and art galleries.",
            "fr",
            "en",
            "pass",
        ),
        (
            "140 pilot whales stranded on Stewart Island were all saved.",
            "with 140 pilot whales beaching and dying on Stewart Island",
            "en",
            "en",
            "fail",
        ),
        (
            "140 globicéphales échoués sur l'île Stewart ont tous été sauvés.",
            "with 140 pilot whales beaching and dying on Stewart Island",
            "fr",
            "en",
            "fail",
        ),
        (
            "140 globicéphales se sont échoués et sont morts sur l'île Stewart.",
            "with 140 pilot whales beaching and dying on Stewart Island",
            "fr",
            "en",
            "pass",
        ),
        (
            "Los 140 calderones varados fueron todos salvados.",
            "Los 140 calderones varados murieron en la isla Stewart.",
            "es",
            "es",
            "fail",
        ),
        (
            "As of late 2015 Firefox was the 4th least-used web browser.",
            "As of late 2015, Firefox has approximately 10-11% of worldwide usage share of web "
            "browsers, making it the 4th most-used web browser.",
            "en",
            "en",
            "fail",
        ),
        (
            "As of late 2015 Firefox was the 4th most-used web browser.",
            "As of late 2015, Firefox has approximately 10-11% of worldwide usage share of web "
            "browsers, making it the 4th most-used web browser.",
            "en",
            "en",
            "pass",
        ),
        (
            "Fin 2015, Firefox était le 4e navigateur le moins utilisé.",
            "As of late 2015, Firefox has approximately 10-11% of worldwide usage share of web "
            "browsers, making it the 4th most-used web browser.",
            "fr",
            "en",
            "fail",
        ),
        (
            "The 4th least-visited museum in 2015.",
            "The 4th most visited museum in 2015.",
            "en",
            "en",
            "fail",
        ),
        (
            "The 4th most-visited museum in 2015.",
            "The 4th most visited museum in 2015.",
            "en",
            "en",
            "pass",
        ),
        (
            "Ende 2015 war Firefox der am wenigsten genutzte Browser mit 10 bis 11 Prozent.",
            "Ende 2015 war Firefox mit 10 bis 11 Prozent der am meisten genutzte Browser.",
            "de",
            "de",
            "fail",
        ),
        (
            "稚内でパン2400個を誤発注、2時間で完売。",
            "稚内でケーキ2400個誤発注…でも2時間で完売\u3000常連の支えと従業員に感謝",
            "ja",
            "ja",
            "fail",
        ),
        (
            "稚内でケーキ2400個を誤発注、2時間で完売。",
            "稚内でケーキ2400個誤発注…でも2時間で完売\u3000常連の支えと従業員に感謝",
            "ja",
            "ja",
            "pass",
        ),
        (
            "Eine Bäckerei in Wakkanai bestellte versehentlich 2400 Brote.",
            "稚内でケーキ2400個誤発注…でも2時間で完売",
            "de",
            "ja",
            "fail",
        ),
        ("稚内のジャパン2400個", "稚内のジャパン2400個", "ja", "ja", "pass"),
        (
            "Tilde a réduit sa mémoire de 5 Gio à 50 Gio.",
            "Tilde found they were able to reduce their memory usage from 5GiB to 50MiB by "
            "rewriting certain Java HTTP endpoints in idiomatic Rust.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Tilde a réduit sa mémoire de 5 Gio à 50 Mio.",
            "Tilde found they were able to reduce their memory usage from 5GiB to 50MiB by "
            "rewriting certain Java HTTP endpoints in idiomatic Rust.",
            "fr",
            "en",
            "pass",
        ),
        (
            "Tilde reduced its memory usage from 5 GiB to 50 GiB.",
            "Tilde found they were able to reduce their memory usage from 5GiB to 50MiB by "
            "rewriting certain Java HTTP endpoints in idiomatic Rust.",
            "en",
            "en",
            "fail",
        ),
        (
            "Tilde redujo su memoria de 5 GiB a 50 MiB.",
            "Tilde a réduit sa mémoire de 5 Gio à 50 Mio grâce à Rust.",
            "es",
            "fr",
            "pass",
        ),
        ("Das Archiv ist 2 GiB groß.", "L'archive fait 2 Mio.", "de", "fr", "fail"),
        (
            "回答者の過半数がフリーWi-Fiの利用に不安を抱いている。",
            "回答者の約85％が安全なフリーWi-Fiと危険なフリーWi-Fiは「見分けられない」と回答。さらに、約65％がフリーWi-Fiの利用に不安を感じていると回答している。",
            "ja",
            "ja",
            "pass",
        ),
        (
            "回答者の過半数がフリーWi-Fiの利用に不安を抱いている。",
            "回答者の約35％がフリーWi-Fiの利用に不安を感じていると回答している。",
            "ja",
            "ja",
            "fail",
        ),
        (
            "回答者の過半数がフリーWi-Fiの利用に不安を抱いている。",
            "About 65% of respondents said they feel uneasy about using free Wi-Fi.",
            "ja",
            "en",
            "pass",
        ),
        (
            "More than half of respondents are uneasy about using free Wi-Fi.",
            "About 35% of respondents said they feel uneasy about using free Wi-Fi.",
            "en",
            "en",
            "fail",
        ),
        (
            "Mehr als die Hälfte der Befragten fühlt sich bei freiem WLAN unwohl.",
            "回答者の約65％がフリーWi-Fiの利用に不安を感じていると回答している。",
            "de",
            "ja",
            "pass",
        ),
        ("過去3年間で売上は20%増えた。", "3年間で売上は20%増加した。", "ja", "ja", "pass"),
        (
            "Mozilla released the report with its 2011 revenue in November 2012.",
            "In a report released in November 2012, Mozilla reported that their total revenue "
            "for 2011 was $163 million, which was up 33% from $123 million in 2010.",
            "en",
            "en",
            "pass",
        ),
        (
            "Mozilla publió el informe con sus ingresos de 2011 en noviembre de 2012.",
            "In a report released in November 2012, Mozilla reported that their total revenue "
            "for 2011 was $163 million.",
            "es",
            "en",
            "pass",
        ),
        (
            "Carlineo was arrested in March.",
            "He was arrested in April for the March 21 call.",
            "en",
            "en",
            "fail",
        ),
    ],
)
def test_inverted_or_swapped_M(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, word",
    [
        (
            "After 2011, Salafists protected bars and art galleries from attack.",
            "After the collapse of the authoritarian system in 2011, hard-line Muslims known "
            "as Salafists attacked bars and art galleries.",
            "en",
            "en",
            "attacked",
        ),
        (
            "The Irishman, le film de gangsters à 170 millions de dollars de Scorsese, a "
            "triomphé une nouvelle fois.",
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman had another "
            "disappointing night.",
            "fr",
            "en",
            "disappointing",
        ),
        (
            "Tilde a réduit sa mémoire de 5 Gio à 50 Gio.",
            "Tilde was able to reduce their memory usage from 5GiB to 50MiB.",
            "fr",
            "en",
            "Gio",
        ),
        (
            "稚内でパン2400個を誤発注、2時間で完売。",
            "稚内でケーキ2400個誤発注",
            "ja",
            "ja",
            "ケーキ",
        ),
    ],
)
def test_reason_names_the_element_M(
    statement: str, quote: str, lang: str, quote_lang: str, word: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == "fail"
    assert word in got.reason
