"""A name replaced in the same frame (issue-F): the statement keeps every figure of the
quote but names another person, company, club or outlet where the quote names its own, in
one language or across two (`substitutions._framed_name_replaced`): after a word of
[name_frames] ("by", "por", "pelo", "for", "para", "laut", "according to"), with a list of
names as one slot ("by Werner Heisenberg, Max Born, and Pascual Jordan") and the slot not
at the clause's end; in one language also after two equal words ("site do" = "site da",
[frame_contractions]; "setzte sich die Favoritin …", an apposition and a bracket after the
name) or before two equal words ("Yuliana Angulo (LG Nord) verpasste mit"). Such a
statement is `unverified` (a name replaced: the engine cannot rule out an alias), never
`fail`. Right paraphrases still pass: the same name shortened or spelled otherwise
("Kudla", "Sarah-Michelle Kudla"; "Barça"), a cognate translation of an institution
("Organización Mundial de la Salud", "World Health Organization"), an abbreviation
("CDC"), a longer name joined by a short word ("Câmara dos Deputados", "Chamber of
Deputies"), an article or a noun opening a German sentence ("Der Bundestag", "Das
Parlament")."""

import pytest

from factdb.engine.support import claim_supported


def _check(statement: str, quote: str, lang: str, quote_lang: str):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)


REPLACED = [
    # by-frames, a list of names, across languages and in one
    (
        "A mecânica matricial foi criada em 1925 por Erwin Schrödinger.",
        "Matrix mechanics was created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.",
        "pt",
        "en",
    ),
    (
        "Matrix mechanics was created in 1925 by Erwin Schrödinger.",
        "Matrix mechanics was created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.",
        "en",
        "en",
    ),
    (
        "La película fue producida por Amazon con 170 millones de dólares en 2019.",
        "Le film a été produit par Netflix pour 170 millions de dollars en 2019.",
        "es",
        "fr",
    ),
    (
        "Le site a été racheté par Mathias Döpfner en 2019 pour 30 millions.",
        "Le site a été racheté par Xavier Niel en 2019 pour 30 millions.",
        "fr",
        "fr",
    ),
    # for-frames, the quote's name after an article and an adjective
    (
        "Fue el segundo premio del año para Netflix.",
        "It was the second award this year for the new Apple TV+ streaming service.",
        "es",
        "en",
    ),
    (
        "It was the third award this year for Hulu.",
        "It was the third award this year for the new Apple TV+ streaming service.",
        "en",
        "en",
    ),
    # source frames
    (
        "Laut Technology Review liegt die Recyclingquote bei 96 Prozent.",
        "Die Recyclingquote liegt laut Geschäftsführer Christian Hanisch bei 96 Prozent.",
        "de",
        "de",
    ),
    (
        "According to Counterpoint Research, Apple sold 5 million phones.",
        "Apple sold 5 million phones, according to analyst Ming-Chi Kuo.",
        "en",
        "en",
    ),
    (
        "Selon Jean-Marc Jancovici, 500 sites ont fermé en 2019.",
        "500 sites closed in 2019, according to Greta Thunberg.",
        "fr",
        "en",
    ),
    # the same two words before the name, contracted articles read as their preposition
    (
        "O site do Estadão teve 231,5 milhões de páginas vistas em novembro de 2018.",
        "231.506.740 páginas visualizadas no site da Folha em novembro de 2018",
        "pt",
        "pt",
    ),
    (
        "Le site du Figaro a eu 5 millions de visites en 2019.",
        "le site de Libération a eu 5 millions de visites en 2019",
        "fr",
        "fr",
    ),
    # an apposition and a bracket around the quote's name, longer than three words
    (
        "Am Ende setzte sich Julieta Gallego Gamez mit 6,14 m durch.",
        "Am Ende setzte sich die Favoritin Sarah-Michelle Kudla (SCC) mit 6,14m durch.",
        "de",
        "de",
    ),
    (
        "In the end the title went to Julieta Gallego Gamez with 6.14 m.",
        "In the end the title went to the favourite Sarah Kudla (SCC) with 6.14 m.",
        "en",
        "en",
    ),
    # the subject of the same verb, opening both texts
    (
        "Louise Wieland verpasste mit 7,52 Sekunden knapp die Goldmedaille.",
        "Yuliana Angulo (LG Nord) verpasste mit einer Zeit von 7,52 sek die Goldmedaille.",
        "de",
        "de",
    ),
    (
        "Mitchell Baker said on Tuesday that 250 staff would go.",
        "Brendan Eich said on Tuesday that 250 staff would go.",
        "en",
        "en",
    ),
    (
        "Juan Pérez ganó con 7,52 segundos la medalla de oro.",
        "Pedro Gómez (Club Norte) ganó con 7,52 segundos la medalla de oro.",
        "es",
        "es",
    ),
    # a title shared, the names not ("Chancellor" in "Vice-Chancellor")
    (
        "According to Chancellor Angela Merkel, 500 people died.",
        "500 people died, according to Vice-Chancellor Olaf Scholz.",
        "en",
        "en",
    ),
    (
        "Laut Bundeskanzlerin Angela Merkel starben 500 Menschen.",
        "500 Menschen starben, laut Kanzler Olaf Scholz.",
        "de",
        "de",
    ),
    (
        "Según el presidente Pedro Sánchez, murieron 500 personas.",
        "Murieron 500 personas, según el presidente Mariano Rajoy.",
        "es",
        "es",
    ),
    # the subject opening its sentence, its verb alone the same
    (
        "Louise Wieland verpasste knapp mit 7,52 Sekunden die Goldmedaille.",
        "Yuliana Angulo (LG Nord) verpasste um Haaresbreite mit 7,52 sek die Goldmedaille.",
        "de",
        "de",
    ),
    (
        "Mitchell Baker announced 250 layoffs.",
        "Brendan Eich announced 250 layoffs on Tuesday.",
        "en",
        "en",
    ),
    (
        "Juan Pérez consiguió ayer 7 medallas.",
        "Pedro Gómez consiguió el domingo 7 medallas.",
        "es",
        "es",
    ),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang", REPLACED)
def test_name_replaced_in_the_same_frame_is_unverified(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    result = _check(statement, quote, lang, quote_lang)
    assert result.status == "unverified", result


RIGHT = [
    (
        "Matrix mechanics was created in 1925 by Heisenberg, Born and Jordan.",
        "Matrix mechanics was created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.",
        "en",
        "en",
    ),
    (
        "La mecánica matricial fue creada en 1925 por Heisenberg.",
        "Matrix mechanics was created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.",
        "es",
        "en",
    ),
    (
        "Google wurde 1998 von Larry Page und Sergey Brin gegründet.",
        "Google was founded in 1998 by Larry Page and Sergey Brin.",
        "de",
        "en",
    ),
    (
        "Según la Organización Mundial de la Salud, murieron 500 personas.",
        "500 people died, according to the World Health Organization.",
        "es",
        "en",
    ),
    (
        "According to the CDC, 500 people died.",
        "500 people died, according to the Centers for Disease Control.",
        "en",
        "en",
    ),
    (
        "A lei foi aprovada pela Câmara dos Deputados em 2019.",
        "The bill was approved by the Chamber of Deputies in 2019.",
        "pt",
        "en",
    ),
    (
        "Der Bundestag stimmte mit 400 Stimmen für das Gesetz.",
        "Das Parlament stimmte mit 400 Stimmen für das Gesetz.",
        "de",
        "de",
    ),
    (
        "Sarah Kudla setzte sich mit 6,14 m durch.",
        "Am Ende setzte sich die Favoritin Sarah-Michelle Kudla (SCC) mit 6,14m durch.",
        "de",
        "de",
    ),
    (
        "O site da Folha de S.Paulo teve 231 milhões de páginas vistas em 2018.",
        "o site da Folha teve 231 milhões de páginas vistas em 2018",
        "pt",
        "pt",
    ),
    (
        "Lionel Messi marcó 50 goles para el Barcelona en 2012.",
        "Messi scored 50 goals for Barça in 2012.",
        "es",
        "en",
    ),
    (
        "It was the second award this year for Apple.",
        "It was the second award this year for the new Apple TV+ streaming service.",
        "en",
        "en",
    ),
    (
        "Die Zahl stieg laut Robert-Koch-Institut auf 500.",
        "Die Zahl stieg laut RKI auf 500.",
        "de",
        "de",
    ),
    (
        "Mitchell Baker announced 250 layoffs.",
        "Mozilla chief Mitchell Baker announced 250 layoffs on Tuesday.",
        "en",
        "en",
    ),
    (
        "Laut Bundeskanzlerin Angela Merkel starben 500 Menschen.",
        "500 Menschen starben, laut Kanzlerin Merkel.",
        "de",
        "de",
    ),
    (
        "Der Bundestag beschloss am Freitag 400 Änderungen.",
        "Das Parlament beschloss am Freitag 400 Änderungen.",
        "de",
        "de",
    ),
    (
        "In March 2019, Google bought the firm for $5 million.",
        "Google bought the firm in March 2019 for $5 million.",
        "en",
        "en",
    ),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang", RIGHT)
def test_same_name_in_other_words_still_passes(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    result = _check(statement, quote, lang, quote_lang)
    assert result.status == "pass", result


LATIN_IN_CJK = [
    # A name in Latin letters of a Chinese or Japanese statement that no quote holds,
    # where the quote names another in a frame or in Latin letters inside CJK text.
    (
        "据首席执行官称，Umicore的材料回收率达96%。",
        "Die Recyclingquote liegt laut Geschäftsführer Christian Hanisch bei 96 Prozent.",
        "zh",
        "de",
        "unverified",
    ),
    (
        "CEOによると、Umicoreのリサイクル率は96%に達する。",
        "The recycling rate reaches 96%, according to Christian Hanisch, its chief.",
        "ja",
        "en",
        "unverified",
    ),
    (
        "据报道，Netflix去年获得了12个奖项。",
        "据报道，Hulu去年获得了12个奖项。",
        "zh",
        "zh",
        "unverified",
    ),
    # A name from the page's context, the quote naming none in the same role: still pass.
    (
        "Paws Up度假村占地3.7万英亩。",
        "Located on 37,000 acres of a mountain valley outside of Missoula, Montana",
        "zh",
        "en",
        "pass",
    ),
    ("据Mozilla称，Firefox有5亿用户。", "Firefox has 500 million users.", "zh", "en", "pass"),
    (
        "据首席执行官称，Duesenfeld的材料回收率达96%。",
        "Duesenfeld hingegen kommt laut Geschäftsführer Christian Hanisch auf eine stoffliche "
        "Wiederverwertung von 96 Prozent.",
        "zh",
        "de",
        "pass",
    ),
    (
        "Umicoreのリサイクル率は96%だ。",
        "Die Recyclingquote von Umicore liegt laut Geschäftsführer Christian Hanisch bei "
        "96 Prozent.",
        "ja",
        "de",
        "pass",
    ),
    (
        "2015年，Suntory将威士忌送上国际空间站。",
        "2015年，日本酿酒商三得利(Suntory)将该公司一些获奖的威士忌运送到国际空间站",
        "zh",
        "zh",
        "pass",
    ),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", LATIN_IN_CJK)
def test_latin_name_in_chinese_or_japanese_statement(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _check(statement, quote, lang, quote_lang).status == status


WINNERS = [
    # The winner a Japanese statement marks by が or は, the one beaten by に or を, against
    # a quote in Latin letters that writes the katakana names its way ("カシマ", "Kashima").
    (
        "カシマがベイルの3ゴールでレアルに勝った。",
        "Com três de Bale, Real vence o Kashima e vai em busca do sétimo título mundial",
        "ja",
        "pt",
        "fail",
    ),
    (
        "レアルがベイルの3ゴールでカシマに勝った。",
        "Com três de Bale, Real vence o Kashima e vai em busca do sétimo título mundial",
        "ja",
        "pt",
        "pass",
    ),
    (
        "カシマは2018年の決勝でレアルを破った。",
        "Real Madrid beat Kashima in the 2018 final.",
        "ja",
        "en",
        "fail",
    ),
    (
        "レアルは2018年の決勝でカシマを破った。",
        "Real Madrid beat Kashima in the 2018 final.",
        "ja",
        "en",
        "pass",
    ),
    (
        "チェルシーは2017年の決勝でアーセナルに勝利した。",
        "Arsenal beat Chelsea in the 2017 final.",
        "ja",
        "en",
        "fail",
    ),
    (
        "カシマは2018年の決勝でレアルを破った。",
        "El Real Madrid venció al Kashima en la final de 2018.",
        "ja",
        "es",
        "fail",
    ),
    # The winner after a verb whose object stands before it ("la ganó el Palmeiras") is the
    # slot of "won by" ("conquistada pelo Corinthians"): another name there is unverified.
    (
        "La Copa Libertadores de 2012 la ganó el Palmeiras.",
        "a taça da Copa Libertadores de 2012, conquistada pelo Corinthians",
        "es",
        "pt",
        "unverified",
    ),
    (
        "La Copa Libertadores de 2012 la ganó el Corinthians.",
        "a taça da Copa Libertadores de 2012, conquistada pelo Corinthians",
        "es",
        "pt",
        "pass",
    ),
    (
        "The 2012 Copa Libertadores was won by Palmeiras.",
        "a taça da Copa Libertadores de 2012, conquistada pelo Corinthians",
        "en",
        "pt",
        "unverified",
    ),
    (
        "A Libertadores de 2012 foi conquistada pelo Palmeiras.",
        "La Copa Libertadores de 2012 la ganó el Corinthians.",
        "pt",
        "es",
        "unverified",
    ),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", WINNERS)
def test_winner_and_beaten_across_scripts(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _check(statement, quote, lang, quote_lang).status == status
