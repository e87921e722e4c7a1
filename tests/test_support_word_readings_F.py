"""Words the engine misread, each read as what it says, in several languages (issue-F):

- 无 inside a fixed word is no negation (完好无损, 安然无恙, 独一无二: zh [negation] patterns);
- "la mayor parte", "a maior parte", "la plus grande partie", "der größere Teil", "the
  greater part" (most of) say a share, no direction; "went up on 10 March 2017" said of an
  article, a report or a building says when, no rise; "lost her mother", "perdió a su
  madre", "a perdu sa mère" is a bereavement, no fall ([directions.idioms]);
- "the half day", "década y media", "une décennie et demie", "anderthalb Tage" are
  durations ([phrases]);
- the statement's "over 15 years" says "during" where the quote's own word before the same
  duration does ("a lo largo de 15 años", "pendant 15 ans": [hedges] during_words);
- "a day later" is what "the next day", "le lendemain", "al día siguiente", "次日" say
  ([next_day]); "第二天" is one day later, no "2天" (zh [numbers] rewrites);
- "30 million" after a name ("gave AlphaGo 30 million records") is a count, no name's
  number;
- "87 kilo-octets", "87 quilobytes" are kilobytes;
- a rank after a name in an absolute construction ("with Gwizdek third", "con Gwizdek en
  tercer lugar") is that name's ([ranks] absolute_with, absolute_as).

Each reading with misstatements that must still fail."""

import pytest

from factdb.engine.support import claim_supported

CONVENT = "Much of the convent’s original 17th century architecture remains intact"
RISHER = "Sharon Risher, whose mother and two cousins were killed at Emanuel AME Church."
U20 = (
    "Bei der U20 holte Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek auf dem 3. Platz."
)
DAMAGE_ES = "Los insurgentes causaron daños por 10 millones de dólares a lo largo de 15 años."
ALPHAGO_ZH = "开发人员向AlphaGo提供了历史对弈中的大约3000万记录"
WASM = "Disassembling it, it's very minimal - just 87 bytes!"

CASES = [
    # 无 inside a fixed word.
    ("修道院大部分17世纪原有建筑完好无损。", CONVENT, "zh", "en", "pass"),
    ("修道院大部分18世纪原有建筑完好无损。", CONVENT, "zh", "en", "fail"),
    ("这座17世纪的建筑独一无二。", "The 17th-century building is unique.", "zh", "en", "pass"),
    ("这座17世纪的建筑无法保存。", "The 17th-century building remains intact.", "zh", "en", "fail"),
    # "most of": no direction.
    (
        "La mayor parte de la arquitectura del convento, del siglo XVII, se conserva.",
        CONVENT,
        "es",
        "en",
        "pass",
    ),
    (
        "La mayor parte de la arquitectura del convento, del siglo XVIII, se conserva.",
        CONVENT,
        "es",
        "en",
        "fail",
    ),
    (
        "A maior parte da arquitetura do convento, do século XVII, está intacta.",
        CONVENT,
        "pt",
        "en",
        "pass",
    ),
    (
        "La plus grande partie de l'architecture du couvent, du XVIIe siècle, est intacte.",
        CONVENT,
        "fr",
        "en",
        "pass",
    ),
    (
        "The greater part of the convent's 17th-century architecture survives.",
        "Gran parte de la arquitectura original del convento, del siglo XVII, se conserva intacta.",
        "en",
        "es",
        "pass",
    ),
    (
        "The greater part of the convent's 18th-century architecture survives.",
        "Gran parte de la arquitectura original del convento, del siglo XVII, se conserva intacta.",
        "en",
        "es",
        "fail",
    ),
    (
        "Las ventas fueron un 20% mayor en 2020.",
        "Las ventas cayeron un 20% en 2020.",
        "es",
        "es",
        "fail",
    ),
    # "went up on <date>": published or built, no rise.
    (
        "The GMW article on drinking in space went up on 10 March 2017.",
        "2017-03-10 09:58:03来源：网易科学人",
        "en",
        "zh",
        "pass",
    ),
    (
        "The GMW article on drinking in space went up on 11 March 2017.",
        "2017-03-10 09:58:03来源：网易科学人",
        "en",
        "zh",
        "fail",
    ),
    (
        "The long report about the outbreak went up online on 3 May 2020.",
        "The report was published on 3 May 2020.",
        "en",
        "en",
        "pass",
    ),
    (
        "The long report about the outbreak went up online on 4 May 2020.",
        "The report was published on 3 May 2020.",
        "en",
        "en",
        "fail",
    ),
    (
        "The Eiffel Tower went up in 1889.",
        "La tour Eiffel a été construite en 1889.",
        "en",
        "fr",
        "pass",
    ),
    (
        "The Eiffel Tower went up in 1887.",
        "La tour Eiffel a été construite en 1889.",
        "en",
        "fr",
        "fail",
    ),
    ("The price went up in 2020 by 5%.", "The price fell 5% in 2020.", "en", "en", "fail"),
    ("Prices went up in 2020.", "Prices fell in 2020.", "en", "en", "fail"),
    # Bereavement: no direction.
    (
        "Sharon Risher lost her mother and a pair of cousins at Emanuel AME.",
        RISHER,
        "en",
        "en",
        "pass",
    ),
    ("Sharon Risher lost her mother and three cousins at Emanuel AME.", RISHER, "en", "en", "fail"),
    ("Sharon Risher perdió a su madre y a dos primas en Emanuel AME.", RISHER, "es", "en", "pass"),
    ("Sharon Risher perdió a su madre y a tres primas en Emanuel AME.", RISHER, "es", "en", "fail"),
    ("Sharon Risher a perdu sa mère et deux cousines à Emanuel AME.", RISHER, "fr", "en", "pass"),
    ("Sharon Risher a perdu sa mère et trois cousines à Emanuel AME.", RISHER, "fr", "en", "fail"),
    ("Sharon Risher perdeu a mãe e duas primas na Emanuel AME.", RISHER, "pt", "en", "pass"),
    (
        "The company lost 5% of its value in 2020.",
        "The company gained 5% in value in 2020.",
        "en",
        "en",
        "fail",
    ),
    # Half days, decades and a half.
    (
        "Astronauts may not drink in the half day before a flight.",
        "宇航员在飞行前12小时是严禁饮酒的",
        "en",
        "zh",
        "pass",
    ),
    (
        "Astronauts may not drink in the half day before a flight.",
        "宇航员在飞行前24小时是严禁饮酒的",
        "en",
        "zh",
        "fail",
    ),
    (
        "Astronauts may not drink in a half day before a flight.",
        "Astronauts must not drink alcohol in the 12 hours before a flight.",
        "en",
        "en",
        "pass",
    ),
    (
        "Los astronautas no pueden beber en el medio día anterior al vuelo.",
        "宇航员在飞行前12小时是严禁饮酒的",
        "es",
        "zh",
        "pass",
    ),
    (
        "Los astronautas no pueden beber en el medio día anterior al vuelo.",
        "宇航员在飞行前24小时是严禁饮酒的",
        "es",
        "zh",
        "fail",
    ),
    ("Los daños se acumularon durante década y media.", DAMAGE_ES, "es", "es", "pass"),
    (
        "Los daños se acumularon durante década y media.",
        DAMAGE_ES.replace("15", "12"),
        "es",
        "es",
        "fail",
    ),
    (
        "Os danos acumularam-se durante década e meia.",
        "The damage was caused over 20 years.",
        "pt",
        "en",
        "fail",
    ),
    (
        "The talks lasted a day and a half.",
        "Die Gespräche dauerten 36 Stunden.",
        "en",
        "de",
        "pass",
    ),
    (
        "The talks lasted a day and a half.",
        "Die Gespräche dauerten 48 Stunden.",
        "en",
        "de",
        "fail",
    ),
    ("Die Gespräche dauerten anderthalb Tage.", "The talks lasted 36 hours.", "de", "en", "pass"),
    # "over" as the quote's "during".
    ("The insurgents caused $10 million in damage over 15 years.", DAMAGE_ES, "en", "es", "pass"),
    ("The insurgents caused $10 million in damage over 12 years.", DAMAGE_ES, "en", "es", "fail"),
    (
        "The insurgents caused $10 million in damage over 15 years.",
        "Les insurgés ont causé 10 millions de dollars de dégâts pendant 15 ans.",
        "en",
        "fr",
        "pass",
    ),
    (
        "The insurgents caused $10 million in damage over 15 years.",
        "Die Aufständischen richteten im Laufe von 15 Jahren Schäden von 10 Millionen Dollar an.",
        "en",
        "de",
        "pass",
    ),
    (
        "The insurgents caused $10 million in damage over 12 years.",
        "The insurgents caused $10 million in damage during 15 years of conflict.",
        "en",
        "en",
        "fail",
    ),
    (
        "The insurgents caused $10 million in damage over 16 years.",
        "The insurgents caused $10 million in damage during 15 years of conflict.",
        "en",
        "en",
        "fail",
    ),
    # The next day: one day later.
    (
        "Roof, then twenty-one, was arrested a day later.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "en",
        "en",
        "pass",
    ),
    (
        "Roof, then twenty-one, was arrested two days later.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "en",
        "en",
        "fail",
    ),
    ("Roof fue detenido un día después.", "Roof a été arrêté le lendemain.", "es", "fr", "pass"),
    ("Roof fue detenido dos días después.", "Roof a été arrêté le lendemain.", "es", "fr", "fail"),
    ("Roof was arrested a day later.", "鲁夫于次日被捕。", "en", "zh", "pass"),
    (
        "Roof wurde einen Tag später festgenommen.",
        "Roof fut arrêté le lendemain.",
        "de",
        "fr",
        "pass",
    ),
    (
        "Roof wurde zwei Tage später festgenommen.",
        "Roof fut arrêté le lendemain.",
        "de",
        "fr",
        "fail",
    ),
    ("Roof foi preso um dia depois.", "Roof was arrested the next day.", "pt", "en", "pass"),
    # zh 第二天 (the next day) is one day later, no two days.
    ("Roof was arrested a day later.", "鲁夫第二天被捕。", "en", "zh", "pass"),
    ("Roof was arrested two days later.", "鲁夫第二天被捕。", "en", "zh", "fail"),
    ("鲁夫第二天被捕。", "Roof was arrested a day later.", "zh", "en", "pass"),
    ("鲁夫第二天被捕。", "Roof was arrested two days later.", "zh", "en", "fail"),
    # A scaled figure after a name counts.
    (
        "Los desarrolladores dieron a AlphaGo 20 millones de registros.",
        ALPHAGO_ZH,
        "es",
        "zh",
        "fail",
    ),
    (
        "The developers gave AlphaGo 40 million records.",
        "The developers gave AlphaGo 30 million records.",
        "en",
        "en",
        "fail",
    ),
    (
        "Les développeurs ont donné à AlphaGo 50 millions de parties.",
        ALPHAGO_ZH,
        "fr",
        "zh",
        "fail",
    ),
    (
        "Os desenvolvedores deram ao AlphaGo 30 milhões de registros.",
        "The developers gave AlphaGo 30 million records.",
        "pt",
        "en",
        "pass",
    ),
    (
        "The Integer 32 type holds 4 bytes.",
        "The Integer 32 type holds 4 bytes.",
        "en",
        "en",
        "pass",
    ),
    # Data units.
    ("Le fichier Wasm ne pèse que 87 kilo-octets.", WASM, "fr", "en", "fail"),
    ("Le fichier Wasm ne pèse que 87 octets.", WASM, "fr", "en", "pass"),
    ("Le fichier Wasm pèse 4 méga-octets.", "The Wasm file weighs 4 MB.", "fr", "en", "pass"),
    ("O arquivo Wasm tem apenas 87 quilobytes.", WASM, "pt", "en", "fail"),
    ("O arquivo Wasm tem apenas 87 quilobytes.", "The Wasm file has 87 KB.", "pt", "en", "pass"),
    # A rank in an absolute construction.
    ("Mouaha was runner-up in the U20, with Gwizdek third.", U20, "en", "de", "pass"),
    ("Mouaha was runner-up in the U20, with Gwizdek fourth.", U20, "en", "de", "fail"),
    ("Mouaha was runner-up in the U20, with Gwizdek second.", U20, "en", "de", "fail"),
    ("Mouaha was runner-up in the U20, with Jan-Niklas Gwizdek third.", U20, "en", "de", "pass"),
    ("Mouaha fue subcampeón en la U20, con Gwizdek en tercer lugar.", U20, "es", "de", "pass"),
    ("Mouaha fue subcampeón en la U20, con Gwizdek en segundo lugar.", U20, "es", "de", "fail"),
    ("Mouaha a terminé deuxième chez les U20, avec Gwizdek troisième.", U20, "fr", "de", "pass"),
    ("Gwizdek finished the U20 with Mouaha third.", U20, "en", "de", "fail"),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", CASES)
def test_word_readings(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
