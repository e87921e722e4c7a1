"""Words read where they mean something else: a direction word held by a phrasal verb or an
idiom that says no change of a figure ([directions.idioms]: "shuts itself down", "closed
down in 1998", "the post went up on 3 May", "rebels rose up", "fell ill", "tombé malade",
"subió al poder", "fiel an der Front"), and a counted noun of one language matched in a text
of another, where it is another word ([counted_false_friends]: the French "sont revenues à"
is no English "revenues", the English "the siege of" no German "Siege"). Figures said with
such words still compare, and the same words said of a figure's change ("closed down 2%",
"rose up to 3 metres", "Umsatz fiel um 5 %") stay directions."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Phrasal verbs and idioms: no direction.
        (
            "A worker shuts itself down after five failed health checks in a row.",
            "A worker process terminates itself once five consecutive health checks fail.",
            "en",
            "en",
            "pass",
        ),
        (
            "A worker shuts itself down after four failed health checks in a row.",
            "A worker process terminates itself once five consecutive health checks fail.",
            "en",
            "en",
            "fail",
        ),
        (
            "The plant closed down in 1998.",
            "The plant ceased operations in 1998.",
            "en",
            "en",
            "pass",
        ),
        (
            "The plant closed down in 1997.",
            "The plant ceased operations in 1998.",
            "en",
            "en",
            "fail",
        ),
        ("The blog post went up on 3 May 2021.", "Published 3 May 2021", "en", "en", "pass"),
        ("The blog post went up on 4 May 2021.", "Published 3 May 2021", "en", "en", "fail"),
        ("Peasants rose up in 1381.", "The peasants staged a revolt in 1381.", "en", "en", "pass"),
        ("Peasants rose up in 1382.", "The peasants staged a revolt in 1381.", "en", "en", "fail"),
        ("Los campesinos se rebelaron en 1381.", "Peasants rose up in 1381.", "es", "en", "pass"),
        (
            "The Berlin Wall fell in 1989.",
            "After the fall of the Berlin Wall in 1989, ...",
            "en",
            "en",
            "pass",
        ),
        ("Il est tombé malade en 1998.", "He fell ill in 1998.", "fr", "en", "pass"),
        ("Il est tombé malade en 1997.", "He fell ill in 1998.", "fr", "en", "fail"),
        (
            "Chávez subió al poder en 1999.",
            "Chávez llegó a la presidencia en 1999.",
            "es",
            "es",
            "pass",
        ),
        ("Chávez subiu ao poder em 1999.", "Chávez became president in 1999.", "pt", "en", "pass"),
        ("Er fiel 1944 an der Front.", "Er fiel an der Front im Jahr 1944.", "de", "de", "pass"),
        # The same words said of a figure's change stay directions.
        ("Shares closed down 2% on Friday.", "Shares closed up 2% on Friday.", "en", "en", "fail"),
        (
            "Shares closed down 2% on Friday.",
            "Shares closed 2% lower on Friday.",
            "en",
            "en",
            "pass",
        ),
        ("The water rose up to 3 metres.", "The water fell to 3 metres.", "en", "en", "fail"),
        (
            "Government revenue fell in 2019.",
            "Government revenue rose in 2019.",
            "en",
            "en",
            "fail",
        ),
        ("Der Umsatz fiel 2019 um 5 %.", "Der Umsatz stieg 2019 um 5 %.", "de", "de", "fail"),
        ("A inflação caiu 2% em 2019.", "A inflação subiu 2% em 2019.", "pt", "pt", "fail"),
    ],
)
def test_direction_idioms(statement, quote, lang, quote_lang, status):
    assert _support(statement, quote, lang, quote_lang).status == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Les deux premières places du 800 mètres sont revenues au club de Lyon.",
            "Die ersten zwei Plätze über 800 Meter gingen bei den Frauen an den Club aus Lyon.",
            "fr",
            "de",
            "pass",
        ),
        (
            "Les deux premières places du 1500 mètres sont revenues au club de Lyon.",
            "Die ersten zwei Plätze über 800 Meter gingen bei den Frauen an den Club aus Lyon.",
            "fr",
            "de",
            "fail",
        ),
        (
            "Les recettes sont revenues à 5 millions d'euros en 2019.",
            "Revenue fell to 5 million euros in 2019.",
            "fr",
            "en",
            "pass",
        ),
        (
            "The siege of the city lasted 3 months.",
            "Die Belagerung der Stadt dauerte 3 Monate.",
            "en",
            "de",
            "pass",
        ),
        (
            "The siege of the city lasted 4 months.",
            "Die Belagerung der Stadt dauerte 3 Monate.",
            "en",
            "de",
            "fail",
        ),
        (
            "During the siege, 40 civilians were killed.",
            "Während der Belagerung wurden 40 Zivilisten getötet.",
            "en",
            "de",
            "pass",
        ),
        # A counted noun of the text's own language still ties apart.
        (
            "Revenues rose to 5 million euros.",
            "Les bénéfices ont augmenté à 5 millions d'euros.",
            "en",
            "fr",
            "unverified",
        ),
    ],
)
def test_counted_false_friends(statement, quote, lang, quote_lang, status):
    assert _support(statement, quote, lang, quote_lang).status == status
