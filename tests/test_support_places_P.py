"""Places, directions of travel and names across languages and scripts (holdout49 half a,
brief P): a region or a city for another of the same country ("nach Hamburg" for "nach
Berlin", "在科尔多凡" for "in Darfur": [places.regions]), a way from one place to another
given the other way round ("de Buenos Aires a Río Gallegos" for "de Río Gallegos a Buenos
Aires": [places] route_from, route_to), a place put on the opposite side of a name
("nordöstlich von Ithaca" for "southwest of Ithaca": [places] bearings), and a company of
[name_forms] for another beside a matched figure ("Facebook a racheté DeepMind en 2014" for
"谷歌 在2014年收购的人工智能公司DeepMind"). Right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status, named",
    [
        # A region or a city for another of the same country.
        (
            "Three of the four wins over 1500 metres went to Hamburg on Saturday.",
            "Three of the four wins over 1500 metres went to Berlin on Saturday evening.",
            "en",
            "en",
            "fail",
            "Berlin",
        ),
        (
            "Drei von vier Siegen über 1500 Meter gingen am Samstagabend nach Hamburg.",
            "Drei von vier Siege gingen am Samstagabend auf den 1500 Metern nach Berlin. Danach"
            " siegte Carla Morgenroth deutlich.",
            "de",
            "de",
            "fail",
            "Berlin",
        ),
        (
            "Die Verbraucherzentrale Bayern informierte am 02.01.2016.",
            "Information der Verbraucherzentrale NRW vom 02.01.2016",
            "de",
            "de",
            "fail",
            "NRW",
        ),
        (
            "Les forces de sécurité ont tué plus de 10 civils au Kordofan la semaine dernière.",
            "Les forces de sécurité ont tué plus de 10 civils au Darfour la semaine dernière.",
            "fr",
            "fr",
            "fail",
            "Darfour",
        ),
        (
            "上周苏丹安全部队在科尔多凡打死了10多名平民。",
            "just last week Sudanese security services killed more than 10 civilians in Darfur",
            "zh",
            "en",
            "fail",
            "Darfur",
        ),
        # The same region or city, in another language or script, or its country: passes.
        (
            "上周苏丹安全部队在达尔富尔打死了10多名平民。",
            "just last week Sudanese security services killed more than 10 civilians in Darfur",
            "zh",
            "en",
            "pass",
            "",
        ),
        (
            "Drei von vier Siegen über 1500 Meter gingen am Samstagabend nach Berlin.",
            "Three of four wins over 1500 metres went to Berlin on Saturday evening.",
            "de",
            "en",
            "pass",
            "",
        ),
        (
            "Security forces killed more than 10 civilians in Darfur last week.",
            "Security forces killed more than 10 civilians in Sudan last week.",
            "en",
            "en",
            "pass",
            "",
        ),
        # A way from one place to another given the other way round.
        (
            "The three-hour flight went from Berlin to Munich.",
            "The three-hour flight went from Munich to Berlin.",
            "en",
            "en",
            "fail",
            "Munich to Berlin",
        ),
        (
            "El vuelo de tres horas de Zannini fue de Buenos Aires a Río Gallegos.",
            "El viaje de Zannini de Río Gallegos a Buenos Aires, un vuelo de tres horas",
            "es",
            "es",
            "fail",
            "Río Gallegos a Buenos Aires",
        ),
        (
            "Der dreistündige Flug ging von Hamburg nach München.",
            "Der dreistündige Flug ging von München nach Hamburg.",
            "de",
            "de",
            "fail",
            "München nach Hamburg",
        ),
        (
            "Le vol de trois heures est allé de Paris à Londres.",
            "The three-hour flight went from London to Paris.",
            "fr",
            "en",
            "fail",
            "London to Paris",
        ),
        (
            "The three-hour flight went from Beijing to Shanghai.",
            "从上海到北京的航班飞行了3个小时。",
            "en",
            "zh",
            "fail",
            "上海到北京",
        ),
        # The same way, in other words or another language: passes.
        (
            "Le vol de trois heures est allé de Londres à Paris.",
            "The three-hour flight went from London to Paris.",
            "fr",
            "en",
            "pass",
            "",
        ),
        (
            "El vuelo de tres horas de Zannini fue de Río Gallegos a Buenos Aires.",
            "El viaje de Zannini de Río Gallegos a Buenos Aires, un vuelo de tres horas",
            "es",
            "es",
            "pass",
            "",
        ),
        # A place put on the opposite side of a name.
        (
            "Carlineo, 55, is from Addison, a village northeast of Ithaca.",
            "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca",
            "en",
            "en",
            "fail",
            "southwest of Ithaca",
        ),
        (
            "Der 55-jährige Carlineo stammt aus Addison, einem Dorf nordöstlich von Ithaca.",
            "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca",
            "de",
            "en",
            "fail",
            "southwest of Ithaca",
        ),
        (
            "Le village, à 20 km au nord-est de Lyon, compte 500 habitants.",
            "Le village, à 20 km au sud-ouest de Lyon, compte 500 habitants.",
            "fr",
            "fr",
            "fail",
            "sud-ouest de Lyon",
        ),
        (
            "El pueblo, a 20 km al norte de Madrid, tiene 500 habitantes.",
            "El pueblo, a 20 km al sur de Madrid, tiene 500 habitantes.",
            "es",
            "es",
            "fail",
            "sur de Madrid",
        ),
        # The same side, or a side next to it: passes.
        (
            "Der 55-jährige Carlineo stammt aus Addison, einem Dorf südwestlich von Ithaca.",
            "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca",
            "de",
            "en",
            "pass",
            "",
        ),
        (
            "Carlineo, 55, is from Addison, a village west of Ithaca.",
            "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca",
            "en",
            "en",
            "pass",
            "",
        ),
        # A company for another beside a matched figure, across languages and scripts.
        (
            "Facebook a racheté DeepMind en 2014.",
            "谷歌(微博) 在2014年收购的人工智能公司DeepMind",
            "fr",
            "zh",
            "unverified",
            "Google",
        ),
        (
            '"El irlandés", la película de 170 millones de dólares de Amazon, volvió a'
            " decepcionar.",
            "Martin Scorsese’s $170 million Netflix gangster movie “The Irishman” had another"
            " disappointing night",
            "es",
            "en",
            "unverified",
            "Netflix",
        ),
        (
            "Apple paid $2 billion for the startup in 2014.",
            "In 2014 Google paid $2 billion for the startup.",
            "en",
            "en",
            "unverified",
            "Google",
        ),
        (
            "Microsoft übernahm DeepMind 2014.",
            "グーグルは2014年にディープマインドを買収した。",
            "de",
            "ja",
            "unverified",
            "Google",
        ),
        # The same company in another script: passes.
        (
            "Google a racheté DeepMind en 2014.",
            "谷歌(微博) 在2014年收购的人工智能公司DeepMind",
            "fr",
            "zh",
            "pass",
            "",
        ),
        (
            '"El irlandés", la película de 170 millones de dólares de Netflix, volvió a'
            " decepcionar.",
            "Martin Scorsese’s $170 million Netflix gangster movie “The Irishman” had another"
            " disappointing night",
            "es",
            "en",
            "pass",
            "",
        ),
    ],
)
def test_places_routes_bearings_companies(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, named: str
) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason
    if named:
        assert named in reason
