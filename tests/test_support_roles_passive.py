"""An agent and the other party swapped, the figures right, read through the passive, a
converse verb ("received … from", [acquire] receiving and source), a leading article
([acquire] articles), a German clause that opens with its agent ([acquire] object_first)
and verbs of attacking ([acquire] attacking); a prohibition against "be able to"
([prohibitions] permissions). Right paraphrases, the passive among them, pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


LEEDS = "Leeds beat Fulham 2-0 in the 1998 semi-final."
MORA = "Kellerman donated $800 to the Mora fund in 2012."
VOXEL = "Nordcorp acquired Voxel in 2019 for about $90 million."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The passive of beating: the winner after "by", "par", "por", "pelo".
        ("Fulham were beaten by Leeds in the 1998 semi-final.", LEEDS, "en", "en", "pass"),
        ("Leeds were beaten by Fulham in the 1998 semi-final.", LEEDS, "en", "en", "fail"),
        ("Fulham was defeated by Leeds in the 1998 semi-final.", LEEDS, "en", "en", "pass"),
        ("Fulham a été battu par Leeds en demi-finale en 1998.", LEEDS, "fr", "en", "pass"),
        ("Leeds a été battu par Fulham en demi-finale en 1998.", LEEDS, "fr", "en", "fail"),
        ("Leeds fue derrotado por Fulham en la semifinal de 1998.", LEEDS, "es", "en", "fail"),
        ("Fulham fue derrotado por Leeds en la semifinal de 1998.", LEEDS, "es", "en", "pass"),
        ("Leeds foi derrotado pelo Fulham na semifinal de 1998.", LEEDS, "pt", "en", "fail"),
        # The quote in the passive, the statement active.
        ("Leeds beat Fulham in the 1998 semi-final.",
         "Fulham were beaten by Leeds in the 1998 semi-final.", "en", "en", "pass"),
        ("Fulham beat Leeds in the 1998 semi-final.",
         "Fulham were beaten by Leeds in the 1998 semi-final.", "en", "en", "fail"),
        ("Fulham a battu Leeds en demi-finale en 1998.",
         "Fulham were beaten by Leeds in the 1998 semi-final.", "fr", "en", "fail"),
        # German: a clause that opens with the name before the verb names the winner.
        ("Leeds besiegte Fulham im Halbfinale 1998.", LEEDS, "de", "en", "pass"),
        ("Fulham besiegte Leeds im Halbfinale 1998.", LEEDS, "de", "en", "fail"),
    ],
)  # fmt: skip
def test_winner_in_the_passive(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A leading article is no giver's name.
        ("The Mora fund donated $800 to Kellerman in 2012.", MORA, "en", "en", "fail"),
        ("The Mora fund received $800 from Kellerman in 2012.", MORA, "en", "en", "pass"),
        # "received … from": the giver after "from", "de", "von".
        ("Kellerman received $800 from the Mora fund in 2012.", MORA, "en", "en", "fail"),
        ("Kellerman a reçu 800 dollars du fonds Mora en 2012.", MORA, "fr", "en", "fail"),
        ("Kellerman a reçu 800 dollars de Mora en 2012.", MORA, "fr", "en", "fail"),
        ("Kellerman recibió 800 dólares de Mora en 2012.", MORA, "es", "en", "fail"),
        ("El fondo Mora recibió 800 dólares de Kellerman en 2012.", MORA, "es", "en", "pass"),
        ("Kellerman recebeu 800 dólares da Mora em 2012.", MORA, "pt", "en", "fail"),
        ("Mora erhielt 2012 von Kellerman 800 Dollar.", MORA, "de", "en", "pass"),
        ("2012 spendete der Mora-Fonds Kellerman 800 Dollar.", MORA, "de", "en", "fail"),
        ("2012 spendete Kellerman dem Mora-Fonds 800 Dollar.", MORA, "de", "en", "pass"),
        # "received" with no giver named says nothing of one.
        ("Nordbank paid 40,000 euros to Ostfeld.",
         "Nordbank and Ostfeld settled, and Ostfeld received 40,000 euros.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_giver_read_through_a_converse(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("Voxel was acquired by Nordcorp in 2019 for about $90 million.",
         VOXEL, "en", "en", "pass"),
        ("Nordcorp was acquired by Voxel in 2019 for about $90 million.",
         VOXEL, "en", "en", "fail"),
        ("Voxel kaufte 2019 Nordcorp für rund 90 Millionen Dollar.", VOXEL, "de", "en", "fail"),
        ("Nordcorp kaufte 2019 Voxel für rund 90 Millionen Dollar.", VOXEL, "de", "en", "pass"),
        ("2019 kaufte Nordcorp Voxel für rund 90 Millionen Dollar.", VOXEL, "de", "en", "pass"),
        # One word before the German verb: its subject is the name right after it.
        ("2019 kaufte Voxel Nordcorp für rund 90 Millionen Dollar.", VOXEL, "de", "en", "fail"),
        ("2019 übernahm der Konzern Nordcorp Voxel.", VOXEL, "de", "en", "pass"),
        ("Nordcorp fue comprada por Voxel en 2019 por unos 90 millones de dólares.",
         VOXEL, "es", "en", "fail"),
        ("Voxel a été rachetée par Nordcorp en 2019 pour environ 90 millions de dollars.",
         VOXEL, "fr", "en", "pass"),
    ],
)  # fmt: skip
def test_buyer_read_through_the_passive(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("In 2003 Ostland troops attacked Varnia's border posts, killing 40 people.",
         "In 2003 Varnia's troops attacked Ostland's border posts, killing 40 people.",
         "en", "en", "fail"),
        ("In 2003 Varnia's troops shelled Ostland's border posts, killing 40 people.",
         "In 2003 Varnia's troops attacked Ostland's border posts, killing 40 people.",
         "en", "en", "pass"),
        ("En 2003, Ostland a bombardé les postes frontières de Varnia, tuant 40 personnes.",
         "In 2003 Varnia's troops attacked Ostland's border posts, killing 40 people.",
         "fr", "en", "fail"),
        ("En 2003, Ostland atacó los puestos fronterizos de Varnia y mató a 40 personas.",
         "In 2003 Varnia's troops attacked Ostland's border posts, killing 40 people.",
         "es", "en", "fail"),
    ],
)  # fmt: skip
def test_attacker_swapped(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("From 2021 the farmers will be banned from selling to the state.",
         "From 2021 the farmers will be able to sell to the state.", "en", "en", "fail"),
        ("Ab 2021 ist den Bauern der Verkauf an den Staat verboten.",
         "From 2021 the farmers will be able to sell to the state.", "de", "en", "fail"),
        ("À partir de 2021, les agriculteurs seront interdits de vente à l'État.",
         "From 2021 the farmers will be able to sell to the state.", "fr", "en", "fail"),
        ("From 2021 the farmers will be allowed to sell to the state.",
         "From 2021 the farmers will be able to sell to the state.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_ban_against_able_to(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("In 1992 the agency ended a study of 300 pilots.",
         "1992年，该机构开展了一项研究，访问了300名飞行员。", "en", "zh", "fail"),
        ("In 1992 the agency launched a study of 300 pilots.",
         "1992年，该机构开展了一项研究，访问了300名飞行员。", "en", "zh", "pass"),
        ("1992年，该机构停止了一项研究，访问了300名飞行员。",
         "1992年，该机构开展了一项研究，访问了300名飞行员。", "zh", "zh", "fail"),
    ],
)  # fmt: skip
def test_study_launched_against_ended(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("In 2009, Morales handed the league trophy to Ruiz.",
         "In 2009, Ruiz handed the league trophy to former mayor Morales.", "en", "en", "fail"),
        ("In 2009, Ruiz brought the league trophy to Morales.",
         "In 2009, Ruiz handed the league trophy to former mayor Morales.", "en", "en", "pass"),
        ("Em 2009, Morales entregou o troféu da liga a Ruiz.",
         "In 2009, Ruiz handed the league trophy to former mayor Morales.", "pt", "en", "fail"),
        ("En 2009, Morales entregó el trofeo de la liga a Ruiz.",
         "In 2009, Ruiz handed the league trophy to former mayor Morales.", "es", "en", "fail"),
        ("En 2009, Ruiz a apporté le trophée de la ligue à Morales.",
         "In 2009, Ruiz handed the league trophy to former mayor Morales.", "fr", "en", "pass"),
        # An agent's preposition before the verb opens no passive: "por entregar".
        ("Ruiz admitiu erro por entregar o troféu da liga a Morales em 2009.",
         "Em 2009, Ruiz entregou o troféu da liga a Morales.", "pt", "pt", "pass"),
        # "took" is no verb of giving: "The Greens took 12 seats" is no gift.
        ("The Greens took 12 seats.",
         "Labour took 20 seats and the Greens 12.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_bearer_swapped(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
