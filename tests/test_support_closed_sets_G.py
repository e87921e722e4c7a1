"""Another member of a closed set in the figure's place, every figure kept (holdout50 half
a), in the closed-set tables ([holder_sets] of each language) and [award_names], [places]
regions: a kind of whale ("ballenas jorobadas" for "sperm whales"), a daughter for a son
("sa fille de 22 ans": "fille" after a possessive), an event of athletics ("跳远" for "im
Dreisprung"), a kind of road ("高速公路" for "普通公路"), a hero for a villain, one house of a
parliament for the other ("Les sénateurs" for "députés"), one high council or court for
another ("le Conseil d'État" for "le Conseil constitutionnel"), one union of states for
another ("欧州連合" for "the African Union"), a football award ("Bota de Oro" for "Balón de
Oro"), a drink ("清酒" for "威士忌") and a city of China ("Shijiazhuang" for "张家口"). A word
inside a longer one of another member names only that one ("三级跳远" is no "跳远"). In one
language and across two; right paraphrases, naming the same member in other words or in
another language, pass. Every sentence here is new."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # Kinds of whale.
        (
            "en",
            "Twelve humpback whales stranded near Opunake.",
            "en",
            "12 sperm whales stranded near Opunake.",
            "fail",
        ),
        (
            "es",
            "Doce ballenas jorobadas vararon cerca de Opunake.",
            "en",
            "12 sperm whales stranded near Opunake.",
            "fail",
        ),
        (
            "es",
            "Doce cachalotes vararon cerca de Opunake.",
            "en",
            "12 sperm whales stranded near Opunake.",
            "pass",
        ),
        (
            "en",
            "Eight sperm whales washed up in Tasmania.",
            "en",
            "Eight pygmy sperm whales washed up in Tasmania.",
            "fail",
        ),
        (
            "ja",
            "8頭のマッコウクジラがタスマニアに打ち上げられた。",
            "en",
            "Eight sperm whales washed up in Tasmania.",
            "pass",
        ),
        ("ja", "8頭のシロナガスクジラが見つかった。", "en", "Eight fin whales were found.", "fail"),
        (
            "fr",
            "Huit baleines à bosse ont été observées.",
            "pt",
            "Foram avistadas oito baleias-jubarte.",
            "pass",
        ),
        (
            "pt",
            "Foram avistadas oito orcas.",
            "fr",
            "Huit baleines à bosse ont été observées.",
            "fail",
        ),
        # A daughter for a son: French "fille" after a possessive.
        (
            "fr",
            "Le maire et sa fille de 31 ans ont aidé les secours.",
            "en",
            "The mayor and his 31-year-old son helped the rescuers.",
            "fail",
        ),
        (
            "fr",
            "Le maire et son fils de 31 ans ont aidé les secours.",
            "en",
            "The mayor and his 31-year-old son helped the rescuers.",
            "pass",
        ),
        (
            "en",
            "The mayor and his 31-year-old daughter helped.",
            "fr",
            "Le maire et son fils de 31 ans ont aidé.",
            "fail",
        ),
        (
            "fr",
            "Une fille de 31 ans a aidé les secours.",
            "en",
            "A 31-year-old girl helped the rescuers.",
            "pass",
        ),
        # Events of athletics.
        (
            "zh",
            "她在跳远比赛中以6.02米获得第三名。",
            "de",
            "Sie wurde mit 6,02 m Dritte im Dreisprung.",
            "fail",
        ),
        (
            "zh",
            "她在三级跳远比赛中以6.02米获得第三名。",
            "de",
            "Sie wurde mit 6,02 m Dritte im Dreisprung.",
            "pass",
        ),
        (
            "zh",
            "她在跳远比赛中以6.02米获得第三名。",
            "zh",
            "她在三级跳远比赛中以6.02米获得第三名。",
            "fail",
        ),
        (
            "en",
            "She was third in the long jump with 6.02 m.",
            "de",
            "Sie wurde mit 6,02 m Dritte im Dreisprung.",
            "fail",
        ),
        (
            "en",
            "She was third in the triple jump with 6.02 m.",
            "de",
            "Sie wurde mit 6,02 m Dritte im Dreisprung.",
            "pass",
        ),
        (
            "es",
            "Fue tercera en salto de longitud con 6,02 m.",
            "en",
            "She was third in the triple jump with 6.02 m.",
            "fail",
        ),
        (
            "ja",
            "彼女は走り幅跳びで6.02メートルを記録し3位となった。",
            "de",
            "Sie wurde mit 6,02 m Dritte im Dreisprung.",
            "fail",
        ),
        # Kinds of road.
        (
            "zh",
            "山西省12个高速公路收费站停止收费。",
            "zh",
            "山西省12个普通公路收费站停止收费",
            "fail",
        ),
        (
            "zh",
            "山西省12个普通公路收费站停止收费。",
            "zh",
            "山西省12个普通公路收费站停止收费",
            "pass",
        ),
        (
            "en",
            "Twelve motorway toll stations stopped charging.",
            "zh",
            "山西省12个普通公路收费站停止收费",
            "fail",
        ),
        (
            "de",
            "Zwölf Mautstellen an Autobahnen wurden geschlossen.",
            "en",
            "Twelve toll stations on ordinary roads were closed.",
            "fail",
        ),
        (
            "de",
            "Zwölf Mautstellen an Autobahnen wurden geschlossen.",
            "en",
            "Twelve motorway toll stations were closed.",
            "pass",
        ),
        # A hero for a villain.
        (
            "en",
            "She won an Emmy in 2015 for playing a superhero.",
            "en",
            "She won an Emmy in 2015 for her turn as the villain.",
            "fail",
        ),
        (
            "en",
            "She won an Emmy in 2015 for playing a villain.",
            "en",
            "She won an Emmy in 2015 for her turn as the villain.",
            "pass",
        ),
        (
            "fr",
            "Elle a reçu un Emmy en 2015 pour un rôle de super-héros.",
            "en",
            "She won an Emmy in 2015 for her turn as the villain.",
            "fail",
        ),
        (
            "zh",
            "她2015年凭借饰演超级英雄获得艾美奖。",
            "en",
            "She won an Emmy in 2015 for her turn as the villain.",
            "fail",
        ),
        (
            "es",
            "Ganó un Emmy en 2015 por interpretar a una villana.",
            "en",
            "She won an Emmy in 2015 for her turn as the villain.",
            "pass",
        ),
        # One house of a parliament for the other.
        (
            "fr",
            "Les sénateurs ont voté la réforme par 301 voix contre 52.",
            "fr",
            "Les députés ont voté la réforme par 301 voix contre 52.",
            "fail",
        ),
        (
            "en",
            "Senators passed the reform by 301 votes to 52.",
            "fr",
            "Les députés ont voté la réforme par 301 voix contre 52.",
            "fail",
        ),
        (
            "es",
            "Los diputados aprobaron la reforma por 301 votos contra 52.",
            "fr",
            "Les députés ont voté la réforme par 301 voix contre 52.",
            "pass",
        ),
        (
            "de",
            "Der Senat billigte die Reform mit 301 zu 52 Stimmen.",
            "en",
            "The House of Representatives passed the reform 301 to 52.",
            "fail",
        ),
        (
            "ja",
            "参議院は改革案を301対52で可決した。",
            "en",
            "The House of Representatives passed the reform 301 to 52.",
            "fail",
        ),
        # One high council or court for another.
        (
            "fr",
            "Le Conseil d'État a été saisi par 62 sénateurs.",
            "fr",
            "Le Conseil constitutionnel a été saisi par 62 sénateurs.",
            "fail",
        ),
        (
            "en",
            "The Constitutional Council was asked to rule by 62 senators.",
            "fr",
            "Le Conseil constitutionnel a été saisi par 62 sénateurs.",
            "pass",
        ),
        (
            "es",
            "El Consejo de Estado recibió el recurso de 62 senadores.",
            "fr",
            "Le Conseil constitutionnel a été saisi par 62 sénateurs.",
            "fail",
        ),
        # One union of states for another.
        (
            "ja",
            "首相は欧州連合で演説する初の日本の首相となる。",
            "en",
            "He will become the first Japanese prime minister to address the African Union",
            "fail",
        ),
        (
            "ja",
            "首相はアフリカ連合で演説する初の日本の首相となる。",
            "en",
            "He will become the first Japanese prime minister to address the African Union",
            "pass",
        ),
        (
            "en",
            "He will be the first Japanese prime minister to address the EU.",
            "en",
            "He will become the first Japanese prime minister to address the African Union",
            "fail",
        ),
        (
            "pt",
            "Ele será o primeiro premiê japonês a discursar na União Europeia.",
            "en",
            "He will become the first Japanese prime minister to address the African Union",
            "fail",
        ),
        (
            "de",
            "Er wird als erster japanischer Premier vor der Afrikanischen Union sprechen.",
            "en",
            "He will become the first Japanese prime minister to address the African Union",
            "pass",
        ),
        # Football awards ([award_names]).
        ("es", "Messi ganó su sexta Bota de Oro.", "es", "tras su sexto Balón de Oro", "fail"),
        ("es", "Messi ganó su sexto Balón de Oro.", "es", "tras su sexto Balón de Oro", "pass"),
        (
            "en",
            "Messi won his sixth Golden Boot.",
            "fr",
            "Messi a remporté son sixième Ballon d'Or.",
            "fail",
        ),
        (
            "en",
            "Messi won his sixth Ballon d'Or.",
            "fr",
            "Messi a remporté son sixième Ballon d'Or.",
            "pass",
        ),
        (
            "pt",
            "Messi ganhou sua sexta Chuteira de Ouro.",
            "de",
            "Messi gewann seinen sechsten Ballon d'Or.",
            "fail",
        ),
        # Drinks: sake where its word is no other.
        (
            "zh",
            "2018年，该酒厂把一些清酒送往南极。",
            "zh",
            "2018年，该酒厂把一些威士忌送往南极。",
            "fail",
        ),
        (
            "ja",
            "2018年、その酒造は日本酒を南極に送った。",
            "en",
            "In 2018, the distillery sent some of its whisky to Antarctica.",
            "fail",
        ),
        (
            "de",
            "2018 schickte die Brennerei Sake in die Antarktis.",
            "en",
            "In 2018, the distillery sent some of its whisky to Antarctica.",
            "fail",
        ),
        (
            "en",
            "In 2018, the distillery sent whisky to Antarctica.",
            "ja",
            "2018年、その酒造はウイスキーを南極に送った。",
            "pass",
        ),
        (
            "en",
            "For the sake of its brand, the distillery sent whisky in 2018.",
            "en",
            "In 2018, the distillery sent whisky to Antarctica.",
            "pass",
        ),
        # Cities of China ([places] regions).
        (
            "fr",
            "La troupe est arrivée à Shijiazhuang le 9 mai.",
            "zh",
            "5月9日，剧团来到张家口",
            "fail",
        ),
        (
            "fr",
            "La troupe est arrivée à Zhangjiakou le 9 mai.",
            "zh",
            "5月9日，剧团来到张家口",
            "pass",
        ),
        (
            "en",
            "On May 9 the troupe arrived in Tangshan.",
            "en",
            "On May 9 the troupe arrived in Zhangjiakou.",
            "fail",
        ),
        ("ja", "5月9日、劇団は石家荘に到着した。", "zh", "5月9日，剧团来到石家庄", "pass"),
    ],
)
def test_another_member_of_a_closed_set(lang, statement, quote_lang, quote, status):
    assert _status(statement, quote, lang, quote_lang) == status
