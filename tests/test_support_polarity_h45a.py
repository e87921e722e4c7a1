"""Statements that invert what the quote says of a compared figure with an opposite
predicate, in one language or across two: a request granted against refused ([polarity.consent]:
"allowed two visits" against "a refusé deux visites"), every award won against none
([polarity] outcome: "won all of them", "les a toutes remportées" against "emerged
empty-handed"), money or a vote for a measure against it ([polarity.stance]: "in support of
Proposition 8" against "contre la Proposition 8"), civilians counted against soldiers or
security forces ([polarity.combatant]: "killed more than 10 civilians" against "mataram mais
de 10 agentes de segurança"), and a person's age in an apposition opened by a preposition
("Jessica Lawson, de 12 años, sobrevivió" against "Jessica Lawson, 12, dies"), and an act
done at once against one done after a wait, read in the figure's sentence ([polarity.timing]:
"opened fire as soon as he walked in" against "for almost an hour, sat drinking with the
regulars before opening fire"). Right
paraphrases ("permitted", "came away with nothing", "pour la Proposition 8", "security forces
killed civilians", "murió") still pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "The film went into the ceremony with five nominations and won all of them.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "en",
            "en",
            "fail",
        ),
        (
            "The film had five nominations and won them all.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "en",
            "en",
            "fail",
        ),
        (
            "The film went into the ceremony with five nominations and came away with nothing.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "en",
            "en",
            "pass",
        ),
        (
            "The film went into the ceremony with five nominations and won none of them.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "en",
            "en",
            "pass",
        ),
        (
            "Le film avait cinq nominations et les a toutes remportées.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Le film avait cinq nominations et est reparti bredouille.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "fr",
            "en",
            "pass",
        ),
        (
            "La película llegó con cinco nominaciones y ganó todas.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "es",
            "en",
            "fail",
        ),
        (
            "La película llegó con cinco nominaciones y se fue con las manos vacías.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "es",
            "en",
            "pass",
        ),
        (
            "O filme chegou com cinco indicações e venceu todas.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "pt",
            "en",
            "fail",
        ),
        (
            "O filme chegou com cinco indicações e saiu de mãos vazias.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "pt",
            "en",
            "pass",
        ),
        (
            "Der Film ging mit fünf Nominierungen ins Rennen und gewann alle.",
            "The film went into the ceremony with five nominations but left empty-handed.",
            "de",
            "en",
            "fail",
        ),
        (
            "Le film, nommé cinq fois, a tout raflé.",
            "Le film, nommé cinq fois, est reparti bredouille.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "La cinta, con cinco nominaciones, se fue de vacío.",
            "La cinta, con cinco nominaciones, se llevó todos los premios.",
            "es",
            "es",
            "fail",
        ),
        (
            "The film swept all five categories it was nominated in.",
            "The film was nominated in five categories and came away empty-handed.",
            "en",
            "en",
            "fail",
        ),
        (
            "The film won all five awards it was nominated for.",
            "The film won all five awards it was nominated for.",
            "en",
            "en",
            "pass",
        ),
        (
            "The film won all five awards it was nominated for.",
            "The film swept all five categories it was nominated in.",
            "en",
            "en",
            "pass",
        ),
        (
            "The government refused two visits by foreign inspectors in 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "en",
            "en",
            "fail",
        ),
        (
            "The government denied two visits by foreign inspectors in 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "en",
            "en",
            "fail",
        ),
        (
            "The government permitted two visits by foreign inspectors in 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "The government authorised two visits by foreign inspectors in 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "Le gouvernement a refusé deux visites d'inspecteurs étrangers en 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Le gouvernement a autorisé deux visites d'inspecteurs étrangers en 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "fr",
            "en",
            "pass",
        ),
        (
            "El gobierno rechazó dos visitas de inspectores extranjeros en 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "es",
            "en",
            "fail",
        ),
        (
            "El gobierno permitió dos visitas de inspectores extranjeros en 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "es",
            "en",
            "pass",
        ),
        (
            "O governo recusou duas visitas de inspetores estrangeiros em 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "pt",
            "en",
            "fail",
        ),
        (
            "O governo autorizou duas visitas de inspetores estrangeiros em 2019.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "pt",
            "en",
            "pass",
        ),
        (
            "Die Regierung verweigerte 2019 zwei Besuche ausländischer Inspektoren.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "de",
            "en",
            "fail",
        ),
        (
            "Die Regierung genehmigte 2019 zwei Besuche ausländischer Inspektoren.",
            "The government allowed two visits by foreign inspectors to the plant in 2019.",
            "de",
            "en",
            "pass",
        ),
        (
            "Le ministère a autorisé 40 manifestations en 2019.",
            "Le ministère a refusé 40 manifestations en 2019.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "El ministerio negó 40 permisos en 2019.",
            "El ministerio concedió 40 permisos en 2019.",
            "es",
            "es",
            "fail",
        ),
        (
            "The ministry granted 40 permits in 2019.",
            "The ministry approved 40 permits in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "The ministry rejected 40 permits in 2019.",
            "The ministry turned down 40 permits in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "Emily Carter, de 15 años, sobrevivió al viaje a Austria.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "es",
            "en",
            "fail",
        ),
        (
            "Emily Carter, de 15 años, murió tras un viaje a Austria.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "es",
            "en",
            "pass",
        ),
        (
            "Emily Carter, de 15 anos, sobreviveu à viagem à Áustria.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "pt",
            "en",
            "fail",
        ),
        (
            "Emily Carter, de 15 anos, morreu após uma viagem à Áustria.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "pt",
            "en",
            "pass",
        ),
        (
            "Emily Carter, âgée de 15 ans, a survécu au voyage en Autriche.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "fr",
            "en",
            "fail",
        ),
        (
            "Emily Carter, âgée de 15 ans, est morte après un voyage en Autriche.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "fr",
            "en",
            "pass",
        ),
        (
            "Emily Carter, aged 15, survived the school trip to Austria.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "en",
            "en",
            "fail",
        ),
        (
            "Emily Carter, aged 15, died after a school trip to Austria.",
            "Teenager, Emily Carter, 15, dies after school ski trip to Austria",
            "en",
            "en",
            "pass",
        ),
        (
            "Emily Carter, de 15 años, murió en Austria.",
            "Emily Carter, de 15 años, sobrevivió al accidente en Austria.",
            "es",
            "es",
            "fail",
        ),
        (
            "In 2012 the union gave $5,000 against Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "en",
            "en",
            "fail",
        ),
        (
            "In 2012 the union gave $5,000 to oppose Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "en",
            "en",
            "fail",
        ),
        (
            "In 2012 the union gave $5,000 in favour of Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "In 2012 the union gave $5,000 to support Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "En 2012, le syndicat a donné 5 000 dollars contre la Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "fr",
            "en",
            "fail",
        ),
        (
            "En 2012, le syndicat a donné 5 000 dollars pour la Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "fr",
            "en",
            "pass",
        ),
        (
            "En 2012, le syndicat a donné 5 000 dollars en faveur de la Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "fr",
            "en",
            "pass",
        ),
        (
            "En 2012 el sindicato donó 5.000 dólares en contra de la Proposición 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "es",
            "en",
            "fail",
        ),
        (
            "En 2012 el sindicato donó 5.000 dólares a favor de la Proposición 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "es",
            "en",
            "pass",
        ),
        (
            "Em 2012 o sindicato doou 5.000 dólares contra a Proposição 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "pt",
            "en",
            "fail",
        ),
        (
            "Em 2012 o sindicato doou 5.000 dólares a favor da Proposição 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "pt",
            "en",
            "pass",
        ),
        (
            "2012 spendete die Gewerkschaft 5.000 Dollar gegen Proposition 37.",
            (
                "In 2012 the union gave $5,000 in support of Proposition 37, the "
                "county's school levy."
            ),
            "de",
            "en",
            "fail",
        ),
        (
            "The group spent $2 million against the referendum in 2016.",
            "The group spent $2 million campaigning in favour of the referendum in 2016.",
            "en",
            "en",
            "fail",
        ),
        (
            "El grupo gastó 2 millones de dólares a favor del referéndum en 2016.",
            "El grupo gastó 2 millones de dólares en contra del referéndum en 2016.",
            "es",
            "es",
            "fail",
        ),
        (
            "The team won 3-1 against Chelsea in 2016.",
            "The team won 3-1 against Chelsea in 2016.",
            "en",
            "en",
            "pass",
        ),
        (
            "Rebels killed more than 300 soldiers in the province in 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "en",
            "en",
            "fail",
        ),
        (
            "Rebels killed more than 300 security officers in the province in 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "en",
            "en",
            "fail",
        ),
        (
            "Security forces killed more than 300 civilians in the province in 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "en",
            "en",
            "pass",
        ),
        (
            "More than 300 people were killed by government forces in 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "en",
            "en",
            "pass",
        ),
        (
            "Des rebelles ont tué plus de 300 soldats dans la province en 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Les forces gouvernementales ont tué plus de 300 civils dans la province en 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "fr",
            "en",
            "pass",
        ),
        (
            "Los rebeldes mataron a más de 300 soldados en la provincia en 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "es",
            "en",
            "fail",
        ),
        (
            "Las tropas del gobierno mataron a más de 300 civiles en la provincia en 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "es",
            "en",
            "pass",
        ),
        (
            "Os rebeldes mataram mais de 300 agentes de segurança na província em 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "pt",
            "en",
            "fail",
        ),
        (
            "As tropas do governo mataram mais de 300 civis na província em 2014.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "pt",
            "en",
            "pass",
        ),
        (
            "Rebellen töteten 2014 mehr als 300 Soldaten in der Provinz.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "de",
            "en",
            "fail",
        ),
        (
            "Regierungstruppen töteten 2014 mehr als 300 Zivilisten in der Provinz.",
            "Government troops killed more than 300 civilians in the province in 2014.",
            "de",
            "en",
            "pass",
        ),
        (
            "Les milices ont massacré des dizaines de milliers de civils après 2003.",
            "Les milices ont massacré des dizaines de milliers de soldats après 2003.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Os rebeldes massacraram dezenas de milhares de soldados depois de 2003.",
            "As milícias massacraram dezenas de milhares de civis depois de 2003.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "The attack killed 12 soldiers and 3 civilians in 2014.",
            "The attack killed 12 soldiers and 3 civilians in 2014.",
            "en",
            "en",
            "pass",
        ),
        (
            "The attack killed 3 civilians in 2014.",
            "The attack killed 12 soldiers and 3 civilians in 2014.",
            "en",
            "en",
            "pass",
        ),
        ("Sales declined 5% in 2019.", "Sales fell 5% in 2019.", "en", "en", "pass"),
        (
            "In 2019, about 2,000 people marched against the reform.",
            "About 2,000 people protested against the pension reform in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "En 2019, environ 2 000 personnes ont manifesté contre la réforme.",
            "About 2,000 people protested against the pension reform in 2019.",
            "fr",
            "en",
            "pass",
        ),
        (
            "En 2019, unas 2.000 personas marcharon contra la reforma.",
            "About 2,000 people protested against the pension reform in 2019.",
            "es",
            "en",
            "pass",
        ),
        (
            "The bill passed by 52 votes to 48 in 2019.",
            "The bill passed by 52 votes to 48 in 2019, all Republicans in favour of the bill.",
            "en",
            "en",
            "pass",
        ),
        (
            "13 civilians and soldiers died in the attack in 2014.",
            "13 soldiers and civilians died in the attack in 2014.",
            "en",
            "en",
            "pass",
        ),
        (
            "He won all four of his matches in 2019.",
            "He won all four of his matches in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "The court granted 12 of the requests in 2018.",
            "The court granted 12 of the requests in 2018 and refused the rest.",
            "en",
            "en",
            "pass",
        ),
        (
            "Der Sudan erlaubte 2019 zwei Besuche.",
            "Le Soudan a autorisé deux visites en 2019.",
            "de",
            "fr",
            "pass",
        ),
        (
            "El gobierno rechazó dos visitas en 2019.",
            "Le Soudan a autorisé deux visites en 2019.",
            "es",
            "fr",
            "fail",
        ),
        (
            "Jessica Lawson, de 12 años, murió durante un viaje escolar.",
            "Yorkshire schoolgirl, Jessica Lawson, 12, dies on French trip",
            "es",
            "en",
            "pass",
        ),
        (
            "Jessica Lawson, com 12 anos, sobreviveu à viagem escolar.",
            "Yorkshire schoolgirl, Jessica Lawson, 12, dies on French trip",
            "pt",
            "en",
            "fail",
        ),
        (
            "Government forces killed more than 10 civilians in Darfur last week.",
            "just last week Sudanese security services killed more than 10 civilians in Darfur.",
            "en",
            "en",
            "pass",
        ),
        (
            "Les forces de sécurité ont tué plus de 10 civils au Darfour la semaine dernière.",
            "just last week Sudanese security services killed more than 10 civilians in Darfur.",
            "fr",
            "en",
            "pass",
        ),
        (
            "En 2019, 500 manifestants ont demandé pourquoi la réforme passait.",
            "En 2019, 500 manifestants ont défilé contre la réforme.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "Las fuerzas de seguridad mataron a más de 10 soldados en Darfur la semana pasada.",
            "just last week Sudanese security services killed more than 10 civilians in Darfur.",
            "es",
            "en",
            "fail",
        ),
        (
            "The gunman opened fire as soon as he walked in on 3 May 2019.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "en",
            "en",
            "fail",
        ),
        (
            "On 3 May 2019 the gunman opened fire immediately on entering the bar.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "en",
            "en",
            "fail",
        ),
        (
            (
                "On 3 May 2019 the gunman sat with the regulars for almost an hour "
                "before opening fire."
            ),
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "On 3 May 2019 the gunman waited before opening fire.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "en",
            "en",
            "pass",
        ),
        (
            "Le 3 mai 2019, le tireur a ouvert le feu dès son entrée dans le bar.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "fr",
            "en",
            "fail",
        ),
        (
            (
                "Le 3 mai 2019, le tireur est resté près d'une heure avec les habitués "
                "avant d'ouvrir le feu."
            ),
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "fr",
            "en",
            "pass",
        ),
        (
            "El 3 de mayo de 2019, el tirador abrió fuego en cuanto entró en el bar.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "es",
            "en",
            "fail",
        ),
        (
            "El 3 de mayo de 2019, el tirador esperó casi una hora antes de abrir fuego.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "es",
            "en",
            "pass",
        ),
        (
            "Em 3 de maio de 2019, o atirador abriu fogo assim que entrou no bar.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "pt",
            "en",
            "fail",
        ),
        (
            "Em 3 de maio de 2019, o atirador esperou quase uma hora antes de abrir fogo.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "pt",
            "en",
            "pass",
        ),
        (
            "Am 3. Mai 2019 eröffnete der Schütze sofort nach dem Betreten der Bar das Feuer.",
            (
                "The gunman walked into the bar on 3 May 2019 and, for almost an hour, "
                "sat drinking with the regulars before opening fire."
            ),
            "de",
            "en",
            "fail",
        ),
        (
            "Le 3 mai 2019, le tireur a ouvert le feu dès son arrivée.",
            (
                "Le 3 mai 2019, le tireur est resté assis une heure avec les clients "
                "avant d'ouvrir le feu."
            ),
            "fr",
            "fr",
            "fail",
        ),
        (
            "On 3 May 2019 the gunman opened fire as soon as he walked in.",
            "On 3 May 2019 the gunman opened fire as soon as he walked in, witnesses said.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_opposite_predicates_of_a_compared_figure(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


def test_the_reason_names_both_sides() -> None:
    support = claim_supported(
        "Le gouvernement a refusé deux visites d'inspecteurs étrangers en 2019.",
        ["The government allowed two visits by foreign inspectors to the plant in 2019."],
        statement_lang="fr",
        quote_lang="en",
    )
    assert support.status == "fail"
    assert "refusé" in support.reason and "allowed" in support.reason
