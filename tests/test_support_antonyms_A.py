"""A statement that keeps every figure of the quote but replaces a word said beside them
with its opposite, in one language or across two (issue-A): a season ended against opened
([polarity] opening), chaos against calm ([polarity.calm]), a survival rate against a
mortality rate ([polarity.prognosis]), an offer toughened against sweetened
([polarity.terms]), a post withdrawn against published ([polarity.publication]), a solution
against a problem ([polarity.assessment]), whales rescued against beached
([polarity.stranding]), a stronger yen against a weaker one ([polarity.yen]: "円高" against
"円安"), lives cost against saved ([polarity] life), voters ousting against electing a
government after a one-word label ("Brief:", "Note :", read as the text's start), and men
against women in the same frame, a figure beside the other member notwithstanding ("bei den
Frauen und WU20") ([substitution_sets] sex, its forms compared as tokens are:
"Männer" is "manner"). Right paraphrases ("opens its 2015 season", "calm prevails",
"death rates", "Männer" on both sides) still pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "The resort will end its 2015 season on 17 April.",
            "The resort will open for the 2015 season on 17 April.",
            "en",
            "en",
            "fail",
        ),
        (
            "The resort opens its 2015 season on 17 April.",
            "The resort will open for the 2015 season on 17 April.",
            "en",
            "en",
            "pass",
        ),
        (
            "Das Skigebiet beendet seine Saison 2015 am 17. April.",
            "The resort will open for the 2015 season on 17 April.",
            "de",
            "en",
            "fail",
        ),
        (
            "La estación terminará su temporada 2015 el 17 de abril.",
            "The resort will open for the 2015 season on 17 April.",
            "es",
            "en",
            "fail",
        ),
        (
            "La station ouvrira la saison 2015 le 17 avril.",
            "The resort will open for the 2015 season on 17 April.",
            "fr",
            "en",
            "pass",
        ),
        (
            "Nearly 300 years later, chaos prevails over the 1,000-acre island.",
            "Nearly 300 years later, tranquility prevails over the private island, "
            "covering 1,000 acres",
            "en",
            "en",
            "fail",
        ),
        (
            "Nearly 300 years later, calm prevails over the 1,000-acre island.",
            "Nearly 300 years later, tranquility prevails over the private island, "
            "covering 1,000 acres",
            "en",
            "en",
            "pass",
        ),
        (
            "Fast 300 Jahre später herrscht Chaos auf der 1.000 Acres großen Insel.",
            "Nearly 300 years later, tranquility prevails over the private island, "
            "covering 1,000 acres",
            "de",
            "en",
            "fail",
        ),
        (
            "Près de 300 ans plus tard, le chaos règne sur l'île de 1 000 acres.",
            "Près de 300 ans plus tard, le calme règne sur l'île de 1 000 acres.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Casi 300 años después, reina la tranquilidad en la isla de 1.000 acres.",
            "Près de 300 ans plus tard, le calme règne sur l'île de 1 000 acres.",
            "es",
            "fr",
            "pass",
        ),
        (
            "Breast cancer survival rates have fallen by approximately half in the US.",
            "breast cancer mortality rates have fallen by approximately half in "
            "the United States in 2018",
            "en",
            "en",
            "fail",
        ),
        (
            "Breast cancer death rates have fallen by approximately half in the US.",
            "breast cancer mortality rates have fallen by approximately half in "
            "the United States in 2018",
            "en",
            "en",
            "pass",
        ),
        (
            "Die Überlebensrate bei Brustkrebs ist in den USA um etwa die Hälfte gesunken.",
            "breast cancer mortality rates have fallen by approximately half in "
            "the United States in 2018",
            "de",
            "en",
            "fail",
        ),
        (
            "La mortalidad por cáncer de mama cayó aproximadamente a la mitad en 2018.",
            "La supervivencia al cáncer de mama cayó aproximadamente a la mitad en 2018.",
            "es",
            "es",
            "fail",
        ),
        (
            "Le taux de mortalité du cancer du sein a baissé de moitié en 2018.",
            "La mortalité du cancer du sein a baissé de moitié en 2018.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "On Nov. 7, 2010 the US toughened its offer to Sudan.",
            "U.S. Sweetens Offer to Take Sudan Off Terrorist List NOV. 7, 2010",
            "en",
            "en",
            "fail",
        ),
        (
            "On Nov. 7, 2010 the US sweetened its offer to Sudan.",
            "U.S. Sweetens Offer to Take Sudan Off Terrorist List NOV. 7, 2010",
            "en",
            "en",
            "pass",
        ),
        (
            "Am 7. November 2010 verschärften die USA ihr Angebot an den Sudan.",
            "U.S. Sweetens Offer to Take Sudan Off Terrorist List NOV. 7, 2010",
            "de",
            "en",
            "fail",
        ),
        (
            "Le 7 novembre 2010, les États-Unis ont durci leur offre au Soudan.",
            "Le 7 novembre 2010, les États-Unis ont adouci leur offre au Soudan.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "El 7 de noviembre de 2010, EE. UU. endureció su oferta a Sudán.",
            "El 7 de noviembre de 2010, EE. UU. endulzó su oferta a Sudán.",
            "es",
            "es",
            "fail",
        ),
        (
            "The V8 post was withdrawn on 21 November 2019.",
            "Published 21 November 2019",
            "en",
            "en",
            "fail",
        ),
        (
            "The V8 post was published on 21 November 2019.",
            "Published 21 November 2019",
            "en",
            "en",
            "pass",
        ),
        (
            "Der Beitrag wurde am 21. November 2019 zurückgezogen.",
            "Published 21 November 2019",
            "de",
            "en",
            "fail",
        ),
        (
            "El artículo fue retirado el 21 de noviembre de 2019.",
            "Publicado el 21 de noviembre de 2019",
            "es",
            "es",
            "fail",
        ),
        (
            "L'article a été publié le 21 novembre 2019.",
            "Published 21 November 2019",
            "fr",
            "en",
            "pass",
        ),
        (
            "Los criptogatos valen más de US$ 100.000 y son una solución para las criptomonedas.",
            "valen más de US$ 100.000 y pueden ser un problema para las criptomonedas",
            "es",
            "es",
            "fail",
        ),
        (
            "Los criptogatos valen más de US$ 100.000 y pueden ser un problema "
            "para las criptomonedas.",
            "valen más de US$ 100.000 y pueden ser un problema para las criptomonedas",
            "es",
            "es",
            "pass",
        ),
        (
            "CryptoKitties are worth more than $100,000 and are a solution for cryptocurrencies.",
            "CryptoKitties are worth more than $100,000 and could be a problem for "
            "cryptocurrencies.",
            "en",
            "en",
            "fail",
        ),
        (
            "Les cryptochats valent plus de 100 000 dollars et sont une solution "
            "pour les cryptomonnaies.",
            "valen más de US$ 100.000 y pueden ser un problema para las criptomonedas",
            "fr",
            "es",
            "fail",
        ),
        (
            "Os criptogatos valem mais de 100 mil dólares e são um problema para as criptomoedas.",
            "valen más de US$ 100.000 y pueden ser un problema para las criptomonedas",
            "pt",
            "es",
            "pass",
        ),
        (
            "27 pilot whales were rescued alive in Croajingolong.",
            "Humpback whale and 27 pilot whales among those beached in Croajingolong national park",
            "en",
            "en",
            "fail",
        ),
        (
            "27 pilot whales were stranded in Croajingolong.",
            "Humpback whale and 27 pilot whales among those beached in Croajingolong national park",
            "en",
            "en",
            "pass",
        ),
        (
            "27 Grindwale wurden in Croajingolong gerettet.",
            "Humpback whale and 27 pilot whales among those beached in Croajingolong national park",
            "de",
            "en",
            "fail",
        ),
        (
            "27 calderones fueron rescatados en Croajingolong.",
            "27 calderones quedaron varados en Croajingolong.",
            "es",
            "es",
            "fail",
        ),
        (
            "27 globicéphales se sont échoués à Croajingolong.",
            "Humpback whale and 27 pilot whales among those beached in Croajingolong national park",
            "fr",
            "en",
            "pass",
        ),
        (
            "Das Brustkrebs-Screening kostete 2018 über 27.000 Menschen das Leben.",
            "Breast cancer screening saved over 27,000 lives in 2018",
            "de",
            "en",
            "fail",
        ),
        (
            "Das Brustkrebs-Screening rettete 2018 über 27.000 Menschen das Leben.",
            "Breast cancer screening saved over 27,000 lives in 2018",
            "de",
            "en",
            "pass",
        ),
        (
            "Note : en 2011, les électeurs ont renversé le gouvernement d'Ennahda.",
            "In 2011, voters had elected a government led by the Ennahda party",
            "fr",
            "en",
            "fail",
        ),
        (
            "Brief: in 2011, voters ousted the Ennahda government.",
            "In 2011, voters had elected a government led by the Ennahda party",
            "en",
            "en",
            "fail",
        ),
        (
            "Brief: in 2011, voters elected an Ennahda government.",
            "In 2011, voters had elected a government led by the Ennahda party",
            "en",
            "en",
            "pass",
        ),
        (
            "Nota: en 2011, los votantes derrocaron al gobierno de Ennahda.",
            "In 2011, voters had elected a government led by the Ennahda party",
            "es",
            "en",
            "fail",
        ),
        (
            "The Nikkei rebounded for the first time in five days as the yen strengthened.",
            "日経平均は5日ぶり反発、円安で大型外需株に買い戻し",
            "en",
            "ja",
            "fail",
        ),
        (
            "日経平均は円高を受けて5日ぶりに反発した。",
            "日経平均は5日ぶり反発、円安で大型外需株に買い戻し",
            "ja",
            "ja",
            "fail",
        ),
        (
            "日経平均は円安を受けて5日ぶりに反発した。",
            "日経平均は5日ぶり反発、円安で大型外需株に買い戻し",
            "ja",
            "ja",
            "pass",
        ),
        (
            "Der Nikkei erholte sich nach fünf Tagen erstmals wieder, gestützt von "
            "einem stärkeren Yen.",
            "The Nikkei rebounded for the first time in five days on a weaker yen.",
            "de",
            "en",
            "fail",
        ),
        (
            "Im Finale der Frauen holte Adebola in 6,82 Sekunden den 3. Platz.",
            "Im Finale der Männer holte James Adebola (SCC) in 6,82 sek den 3. "
            "Platz, wobei auch hier lediglich 0,02 Sekunden zwischen den ersten "
            "drei Plätzen lagen.",
            "de",
            "de",
            "fail",
        ),
        (
            "Im Finale der Männer holte Adebola in 6,82 Sekunden den 3. Platz.",
            "Im Finale der Männer holte James Adebola (SCC) in 6,82 sek den 3. "
            "Platz, wobei auch hier lediglich 0,02 Sekunden zwischen den ersten "
            "drei Plätzen lagen.",
            "de",
            "de",
            "pass",
        ),
        (
            "In the women's final, Adebola took 3rd place in 6.82 seconds.",
            "In the men's final, Adebola took 3rd place in 6.82 seconds.",
            "en",
            "en",
            "fail",
        ),
        (
            "En la final de mujeres, Adebola fue 3.º en 6,82 segundos.",
            "En la final de hombres, Adebola fue 3.º en 6,82 segundos.",
            "es",
            "es",
            "fail",
        ),
        (
            "En finale des femmes, Adebola a pris la 3e place en 6,82 secondes.",
            "En finale des hommes, Adebola a pris la 3e place en 6,82 secondes.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Die 1. Plätze der 400 Meter gingen bei den Männern zur LG Nord.",
            "Die 1. Plätze der 400 Meter gingen bei den Frauen zur LG Nord nach Berlin.",
            "de",
            "de",
            "fail",
        ),
        (
            "Die 1. Plätze der 400 Meter gingen bei den Frauen zur LG Nord.",
            "Die 1. Plätze der 400 Meter gingen bei den Frauen zur LG Nord nach Berlin.",
            "de",
            "de",
            "pass",
        ),
        (
            "Die 1. Plätze der 400 Meter gingen bei den Männern zur LG Nord.",
            "Die 1. Plätze der 400 Meter gingen bei den Frauen und WU20 zur LG Nord nach Berlin.",
            "de",
            "de",
            "fail",
        ),
        (
            "Die 1. Plätze der 400 Meter gingen bei den Frauen zur LG Nord.",
            "Die 1. Plätze der 400 Meter gingen bei den Frauen und WU20 zur LG Nord nach Berlin.",
            "de",
            "de",
            "pass",
        ),
        (
            "The 400 metres titles went to LG Nord in the men's race.",
            "The 400 metres titles went to LG Nord in the women's and U20 race.",
            "en",
            "en",
            "fail",
        ),
    ],
)
def test_antonym_replaced_beside_figures(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "The 2,000 troops were deployed in northern Syria in 2019.",
            "The 2,000 troops were deployed in southern Syria in 2019.",
            "en",
            "en",
            "fail",
        ),
        (
            "The 2,000 troops were deployed in northern Syria in 2019.",
            "The 2,000 troops were deployed in northern Syria in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "Die 2.000 Soldaten wurden 2019 im Norden Syriens stationiert.",
            "Die 2.000 Soldaten wurden 2019 im Süden Syriens stationiert.",
            "de",
            "de",
            "fail",
        ),
        (
            "Le festival accueille 50 000 visiteurs chaque hiver.",
            "Le festival accueille 50 000 visiteurs chaque printemps.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "La isla privada tiene 1.000 acres.",
            "La isla pública tiene 1.000 acres.",
            "es",
            "es",
            "fail",
        ),
        (
            "A ilha privada tem 1.000 acres.",
            "A ilha privada tem 1.000 acres, segundo o guia.",
            "pt",
            "pt",
            "pass",
        ),
        (
            "The upper house passed the bill by 60 votes to 40.",
            "The lower house passed the bill by 60 votes to 40.",
            "en",
            "en",
            "fail",
        ),
    ],
)
def test_closed_set_member_replaced(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """Points of the compass, seasons, public against private, upper against lower
    ([substitution_sets] compass, season, access, level): another member in the same
    frame fails; the same member passes."""
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Desde febrero de 1999 vive en libertad en la isla de Imrali.",
            "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en "
            "la isla turca de Imrali.",
            "es",
            "es",
            "fail",
        ),
        (
            "Desde febrero de 1999 permanece preso en la isla de Imrali.",
            "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en "
            "la isla turca de Imrali.",
            "es",
            "es",
            "pass",
        ),
        (
            "Since February 1999 he has lived in freedom on the island of Imrali.",
            "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en "
            "la isla turca de Imrali.",
            "en",
            "es",
            "fail",
        ),
        (
            "Depuis février 1999, il vit en liberté sur l'île d'Imrali.",
            "Since February 1999 he has been held in a maximum-security prison on "
            "the island of Imrali.",
            "fr",
            "en",
            "fail",
        ),
        (
            "El 24 de marzo de 2014 Mozilla destituyó a Brendan Eich como consejero delegado.",
            "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
            "es",
            "en",
            "fail",
        ),
        (
            "El 24 de marzo de 2014 Mozilla nombró a Brendan Eich consejero delegado.",
            "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
            "es",
            "en",
            "pass",
        ),
        (
            "On March 24, 2014, Mozilla removed Brendan Eich as CEO.",
            "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
            "en",
            "en",
            "fail",
        ),
        (
            "Le 24 mars 2014, Mozilla a destitué Brendan Eich de son poste de PDG.",
            "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
            "fr",
            "en",
            "fail",
        ),
    ],
)
def test_freedom_against_prison_and_removal_against_promotion(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """Living in freedom against held in prison ([polarity] custody released: "vive en
    libertad", "lived in freedom", "vit en liberté") and removed from a post against
    promoted to it ([polarity] office left: "destituyó", "destitué", "removed ... as CEO"),
    across languages; the same side passes."""
    assert _status(statement, quote, lang, quote_lang) == status
