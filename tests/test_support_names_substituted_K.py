"""A name or named thing of the quote replaced by another, every figure kept (holdout48 half
a): a lone name between equal words ("$170 million Amazon gangster film" for "Netflix
gangster movie"), a whole name of two capitalized words or more ("promoted Mitchell Baker
to" for "Brendan Eich"), a name at the end of both texts after two equal words ("the offices
of Nancy Pelosi." for "of Omar."), a place for another place ("the French Embassy" for "the
U.S. Embassy"; the period of "U.S." opens no sentence), a compass word for another in
another sentence of the quote ("North Carolina's separate murder trial" for "the state of
South Carolina ... That trial is scheduled to begin Jan. 17"), a place of worship for
another across languages ("eine Synagoge" for "Church"), and a name in a framed slot across
languages ("contrat avec Microsoft" for "contract with Google"). Right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status, named",
    [
        # A lone name between equal words.
        (
            "Martin Scorsese's $170 million Amazon gangster film had another poor night.",
            "Martin Scorsese's $170 million Netflix gangster movie had another poor night",
            "en",
            "en",
            "unverified",
            "Netflix",
        ),
        (
            "Le film de gangsters Amazon à 170 millions de dollars a connu une autre soirée.",
            "Le film de gangsters Netflix à 170 millions de dollars a connu une autre soirée.",
            "fr",
            "fr",
            "unverified",
            "Netflix",
        ),
        (
            "La película de gangsters de Amazon costó 170 millones de dólares.",
            "La película de gangsters de Netflix costó 170 millones de dólares.",
            "es",
            "es",
            "unverified",
            "Netflix",
        ),
        # Whole names.
        (
            "On March 24, 2014, Mozilla promoted Mitchell Baker to CEO.",
            "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
            "en",
            "en",
            "unverified",
            "Brendan Eich",
        ),
        (
            "El 24 de marzo de 2014, Mozilla nombró a Mitchell Baker como director ejecutivo.",
            "El 24 de marzo de 2014, Mozilla nombró a Brendan Eich como director ejecutivo.",
            "es",
            "es",
            "unverified",
            "Brendan Eich",
        ),
        # A name ending both texts after two equal words.
        (
            "He was arrested in April for the March 21 call to the offices of Nancy Pelosi.",
            "He was arrested in April for the March 21 call to the offices of Omar.",
            "en",
            "en",
            "unverified",
            "Omar",
        ),
        (
            "Il a été arrêté en avril pour l'appel du 21 mars aux bureaux de Nancy Pelosi.",
            "Il a été arrêté en avril pour l'appel du 21 mars aux bureaux de Omar.",
            "fr",
            "fr",
            "unverified",
            "Omar",
        ),
        # A name ending both texts after two equal words, no place on either side.
        (
            "In 2015, 300 people moved to Texas.",
            "In 2015, 300 people moved to New Mexico.",
            "en",
            "en",
            "unverified",
            "New Mexico",
        ),
        # A place on one side only: the engine does not know that New Mexico is in the
        # United States, so the name replaced is unverified (never a pass, and never a fail:
        # "New Mexico" is not read as Mexico, test_support_places_D).
        (
            "In 2015, 300 people moved to the United States.",
            "In 2015, 300 people moved to New Mexico.",
            "en",
            "en",
            "unverified",
            "New Mexico",
        ),
        # A place for another.
        (
            "In 2012 hundreds of Islamists assaulted the French Embassy in Tunis.",
            "Then, in 2012, hundreds of Islamists assaulted the U.S. Embassy in Tunis",
            "en",
            "en",
            "fail",
            "French",
        ),
        (
            "En 2012, des centaines d'islamistes ont attaqué l'ambassade de France à Tunis.",
            "En 2012, des centaines d'islamistes ont attaqué l'ambassade des États-Unis à Tunis.",
            "fr",
            "fr",
            "fail",
            "France",
        ),
        # A compass word for another, in another sentence of the quote.
        (
            "North Carolina's separate murder trial of Roof begins Jan. 17.",
            "Roof is facing separate murder charges brought by the state of South Carolina, "
            "which is also seeking the death penalty. That trial is scheduled to begin Jan. 17.",
            "en",
            "en",
            "fail",
            "South Carolina",
        ),
        (
            "Le procès séparé de Roof en Caroline du Nord commence le 17 janvier.",
            "Roof fait face à des accusations portées par l'État de Caroline du Sud, qui réclame "
            "aussi la peine de mort. Ce procès doit commencer le 17 janvier.",
            "fr",
            "fr",
            "fail",
            "Caroline du Sud",
        ),
        (
            "El juicio separado de Roof en Carolina del Norte comienza el 17 de enero.",
            "Roof is facing separate murder charges brought by the state of South Carolina, "
            "which is also seeking the death penalty. That trial is scheduled to begin Jan. 17.",
            "es",
            "en",
            "fail",
            "South Carolina",
        ),
        # A place of worship for another, across languages.
        (
            "Roof betrat am Abend des 17. Juni 2015 eine Synagoge in Charleston.",
            "Roof entered Emanuel African Methodist Episcopal Church in downtown Charleston "
            "on the evening of June 17, 2015",
            "de",
            "en",
            "fail",
            "Church",
        ),
        (
            "Roof entró en una mezquita de Charleston el 17 de junio de 2015.",
            "Roof entered a synagogue in Charleston on June 17, 2015",
            "es",
            "en",
            "fail",
            "synagogue",
        ),
        (
            "Roof est entré dans une synagogue de Charleston le 17 juin 2015.",
            "Roof entered Emanuel AME Church in downtown Charleston on June 17, 2015",
            "fr",
            "en",
            "fail",
            "Church",
        ),
        # A name in a framed slot across languages.
        (
            "Environ 85 % des revenus de Mozilla proviennent de son contrat avec Microsoft.",
            "Mozilla noted that roughly 85% of their revenue comes from their contract "
            "with Google.",
            "fr",
            "en",
            "unverified",
            "Google",
        ),
        (
            "Alrededor del 85 % de los ingresos de Mozilla provienen de su contrato con Microsoft.",
            "Mozilla noted that roughly 85% of their revenue comes from their contract "
            "with Google.",
            "es",
            "en",
            "unverified",
            "Google",
        ),
    ],
)
def test_name_substituted(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, named: str
) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason
    assert named in reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang",
    [
        (
            "Martin Scorsese's $170 million Netflix film had another poor night.",
            "Martin Scorsese's $170 million Netflix gangster movie had another poor night",
            "en",
            "en",
        ),
        (
            "On March 24, 2014, Mozilla promoted Brendan Eich to CEO.",
            "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
            "en",
            "en",
        ),
        (
            "He was arrested in April for the March 21 call to the offices of Ilhan Omar.",
            "He was arrested in April for the March 21 call to the offices of Omar.",
            "en",
            "en",
        ),
        (
            "In 2012 hundreds of Islamists assaulted the American Embassy in Tunis.",
            "Then, in 2012, hundreds of Islamists assaulted the U.S. Embassy in Tunis",
            "en",
            "en",
        ),
        (
            "En 2012, des centaines d'islamistes ont attaqué l'ambassade américaine à Tunis.",
            "En 2012, des centaines d'islamistes ont attaqué l'ambassade des États-Unis à Tunis.",
            "fr",
            "fr",
        ),
        (
            "South Carolina's separate murder trial of Roof begins Jan. 17.",
            "Roof is facing separate murder charges brought by the state of South Carolina, "
            "which is also seeking the death penalty. That trial is scheduled to begin Jan. 17.",
            "en",
            "en",
        ),
        (
            "El juicio separado de Roof en Carolina del Sur comienza el 17 de enero.",
            "Roof is facing separate murder charges brought by the state of South Carolina, "
            "which is also seeking the death penalty. That trial is scheduled to begin Jan. 17.",
            "es",
            "en",
        ),
        (
            "Roof betrat am Abend des 17. Juni 2015 eine Kirche in Charleston.",
            "Roof entered Emanuel African Methodist Episcopal Church in downtown Charleston "
            "on the evening of June 17, 2015",
            "de",
            "en",
        ),
        (
            "Roof entró en una iglesia de Charleston el 17 de junio de 2015.",
            "Roof entered Emanuel AME Church in downtown Charleston on June 17, 2015",
            "es",
            "en",
        ),
        (
            "Environ 85 % des revenus de Mozilla proviennent de son contrat avec Google.",
            "Mozilla noted that roughly 85% of their revenue comes from their contract "
            "with Google.",
            "fr",
            "en",
        ),
        (
            "Alrededor del 85 % de los ingresos de Mozilla provienen de su contrato con Google.",
            "Mozilla noted that roughly 85% of their revenue comes from their contract "
            "with Google.",
            "es",
            "en",
        ),
    ],
)
def test_same_name_passes(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == "pass", reason
