"""Classes of holdout33/holdout34 false passes where a figure matches but what it is said
of does not. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A currency word glued to the figure by a hyphen ("a 20-euro pass") names the
        # figure's currency as one written apart does: another currency fails.
        ("The museum sells a 20-euro day pass.", "The museum sells a $20 day pass.",
         "en", "en", "fail"),
        ("The museum sells a 20-dollar day pass.",
         "Das Museum verkauft eine Tageskarte für 20 Euro.", "en", "de", "fail"),
        ("Das Museum verkauft eine 20-Euro-Tageskarte.", "The museum sells a $20 day pass.",
         "de", "en", "fail"),
        ("Le musée vend un pass journée à 20 euros.",
         "The museum sells a 20-dollar day pass.", "fr", "en", "fail"),
        ("El museo vende un pase de 20 dólares.", "The museum sells a 20-euro day pass.",
         "es", "en", "fail"),
        ("美術館は20ドルの一日券を売っている。", "The museum sells a 20-euro day pass.",
         "ja", "en", "fail"),
        # The same currency, glued or apart, passes.
        ("The museum sells a 20-euro day pass.",
         "Das Museum verkauft eine Tageskarte für 20 Euro.", "en", "de", "pass"),
        ("Das Museum verkauft eine 20-Euro-Tageskarte.", "The museum sells a €20 day pass.",
         "de", "en", "pass"),
        ("Le musée vend un pass journée à 20 dollars.",
         "The museum sells a 20-dollar day pass.", "fr", "en", "pass"),
        ("El museo vende un pase de 20 euros.", "The museum sells a 20-euro day pass.",
         "es", "en", "pass"),
        ("美術館は20ユーロの一日券を売っている。", "The museum sells a 20-euro day pass.",
         "ja", "en", "pass"),
        ("The club raised a 5,000-dollar grant in 2019.",
         "In 2019 the club raised a $5,000 grant.", "en", "en", "pass"),
        # A weight or a count glued the same way is no currency.
        ("The 200-pound safe was stolen.", "The 200-pound safe was stolen.", "en", "en",
         "pass"),
        ("The club sold 5,000-seat tickets.", "The club sold 5,000-seat tickets.", "en",
         "en", "pass"),
    ],
)  # fmt: skip
def test_a_hyphenated_currency_is_read(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A price "from X" ("1泊30ドルから", "à partir de 30 dollars") names the lowest
        # price, the start of a range: against an exact figure or a range it is compared as
        # that figure, not read as a bound that every higher price meets.
        ("客室料金は1泊30ドルから。", "Nightly rates at the lodge range from $300 to $900.",
         "ja", "en", "fail"),
        ("客室料金は1泊30ドル〜。", "Nightly rates at the lodge range from $300 to $900.",
         "ja", "en", "fail"),
        ("客室料金は1泊30ドルから。", "Rooms at the lodge cost $300 a night.", "ja", "en",
         "fail"),
        ("Les chambres sont à partir de 30 dollars la nuit.",
         "Nightly rates at the lodge range from $300 to $900.", "fr", "en", "fail"),
        ("Les chambres sont à partir de 30 dollars la nuit.",
         "Rooms at the lodge cost $300 a night.", "fr", "en", "fail"),
        ("チケットは90ユーロから。", "Les billets coûtent de 9 à 30 euros.", "ja", "fr", "fail"),
        ("Rooms start at $30 a night.", "Nightly rates at the lodge range from $300 to $900.",
         "en", "en", "fail"),
        # The range's own start, or the same lowest price, passes.
        ("客室料金は1泊300ドルから。", "Nightly rates at the lodge range from $300 to $900.",
         "ja", "en", "pass"),
        ("Les chambres sont à partir de 300 dollars la nuit.",
         "Nightly rates at the lodge range from $300 to $900.", "fr", "en", "pass"),
        ("チケットは9ユーロから。", "Les billets coûtent de 9 à 30 euros.", "ja", "fr", "pass"),
        ("チケットは9ユーロから。", "Tickets start at €9.", "ja", "en", "pass"),
        ("Tickets start at €9.", "Les billets sont vendus à partir de 9 euros.", "en", "fr",
         "pass"),
        ("Tickets cost at least €9.", "Les billets sont vendus à partir de 9 euros.", "en",
         "fr", "pass"),
        # An age or a date "from" is unchanged.
        ("18歳から投票できる。", "Citizens can vote from the age of 18.", "ja", "en", "pass"),
        ("Les citoyens peuvent voter dès 18 ans.", "Citizens aged 18 or older can vote.",
         "fr", "en", "pass"),
        ("Le programme existe dès 2010.", "The programme has run since 2010.", "fr", "en",
         "pass"),
        ("新制度は4月1日から始まる。", "The new system starts on April 1.", "ja", "en", "pass"),
    ],
)  # fmt: skip
def test_a_price_from_names_the_range_start(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_RACE_DE = (
    "Über 1500 Meter gab es ein spannendes Finale. Jonas Brandt (TSV Kiel) siegte in "
    "3:52,17 min vor Lukas Weber und Tim Kroll."
)
_RACE_EN = "Ana Ruiz won the 10 km race in 33:10, ahead of Marta Gil and Eva Sanz."
_RACE_FR = "Ana Ruiz a remporté le 10 km en 33:10, devant Marta Gil."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A statement that says its name won, where the quote beside the same figure puts
        # that name behind another winner ("X siegte … vor Y"), swaps the winner with one
        # he beat.
        ("Lukas Weber siegte über 1500 Meter in 3:52,17 min.", _RACE_DE, "de", "de", "fail"),
        ("Lukas Weber won the 1500 metres in 3:52.17.", _RACE_DE, "en", "de", "fail"),
        ("Lukas Weber a remporté le 1500 mètres en 3:52,17 min.", _RACE_DE, "fr", "de",
         "fail"),
        ("Lukas Weber ganó los 1500 metros en 3:52,17 min.", _RACE_DE, "es", "de", "fail"),
        ("Marta Gil won the 10 km race in 33:10.", _RACE_EN, "en", "en", "fail"),
        ("Marta Gil ganó la carrera de 10 km en 33:10.", _RACE_EN, "es", "en", "fail"),
        ("Marta Gil won the 10 km race in 33:10.", _RACE_FR, "en", "fr", "fail"),
        # ... also when the statement puts its winner ahead of a third.
        ("Marta Gil won the 10 km race in 33:10, ahead of Eva Sanz.", _RACE_EN, "en", "en",
         "fail"),
        ("Marta Gil ganó la carrera de 10 km en 33:10 por delante de Eva Sanz.", _RACE_EN,
         "es", "en", "fail"),
        # The quote's own winner passes.
        ("Jonas Brandt siegte über 1500 Meter in 3:52,17 min.", _RACE_DE, "de", "de", "pass"),
        ("Jonas Brandt won the 1500 metres in 3:52.17.", _RACE_DE, "en", "de", "pass"),
        ("Jonas Brandt a remporté le 1500 mètres en 3:52,17 min.", _RACE_DE, "fr", "de",
         "pass"),
        ("Ana Ruiz ganó la carrera de 10 km en 33:10.", _RACE_EN, "es", "en", "pass"),
        ("Ana Ruiz won the 10 km race in 33:10.", _RACE_FR, "en", "fr", "pass"),
        ("Ana Ruiz ganó la carrera de 10 km en 33:10 por delante de Eva Sanz.", _RACE_EN,
         "es", "en", "pass"),
        # "ließ das Feld hinter sich" names nobody ahead: the statement's winner stands.
        ("Talia siegte in 12,95 Sekunden.",
         "Mira lief in 12,40 sek, und Talia ließ das Feld in 12,95 sek hinter sich.", "de",
         "de", "pass"),
        ("Talia won in 12.95 seconds.",
         "Mira lief in 12,40 sek, und Talia ließ das Feld in 12,95 sek hinter sich.", "en",
         "de", "pass"),
    ],
)  # fmt: skip
def test_a_winner_the_quote_puts_behind(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_TALLY_FR = "Le texte a été adopté par 310 voix contre 95 et 27 abstentions."
_TALLY_DE = "Das Gesetz wurde mit 310 zu 95 Stimmen bei 27 Enthaltungen angenommen."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A count said of one side of a vote ("stimmten gegen", "voted against") that the
        # quote gives to another category (the abstentions, the votes for) is another
        # figure: German "stimmten gegen/für" is a side as "voted against/for" is.
        ("27 Abgeordnete stimmten gegen den Text.", _TALLY_FR, "de", "fr", "fail"),
        ("95 Abgeordnete stimmten für den Text.", _TALLY_FR, "de", "fr", "fail"),
        ("27 Abgeordnete stimmten gegen das Gesetz.", _TALLY_DE, "de", "de", "fail"),
        ("27 deputies voted against the bill.", _TALLY_FR, "en", "fr", "fail"),
        ("27 deputies voted against the law.", _TALLY_DE, "en", "de", "fail"),
        ("27 diputados votaron en contra del texto.", _TALLY_FR, "es", "fr", "fail"),
        # The count of the side the quote gives it passes.
        ("95 Abgeordnete stimmten gegen den Text.", _TALLY_FR, "de", "fr", "pass"),
        ("310 Abgeordnete stimmten für den Text.", _TALLY_FR, "de", "fr", "pass"),
        ("95 Abgeordnete stimmten gegen das Gesetz.", _TALLY_DE, "de", "de", "pass"),
        ("27 Abgeordnete enthielten sich.", _TALLY_FR, "de", "fr", "pass"),
        ("95 deputies voted against the law.", _TALLY_DE, "en", "de", "pass"),
        ("95 diputados votaron en contra del texto.", _TALLY_FR, "es", "fr", "pass"),
    ],
)  # fmt: skip
def test_a_vote_count_given_to_another_side(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_INCOME = "The club's income for 2021 was $80 million, up 25% from $64 million in 2020."
_SALES = "Ticket sales reached $80 million last season."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The plural of a comparative ("inferiores", "supérieures") says the direction and,
        # before a figure, the comparator that the singular says.
        ("Los ingresos del club en 2021 fueron un 25 % inferiores a los de 2020.", _INCOME,
         "es", "en", "fail"),
        ("As receitas do clube em 2021 foram 25% inferiores às de 2020.", _INCOME, "pt",
         "en", "fail"),
        ("Les recettes du club en 2021 étaient inférieures de 25 % à celles de 2020.",
         _INCOME, "fr", "en", "fail"),
        ("Les recettes du club en 2021 étaient 25 % inférieures à celles de 2020.", _INCOME,
         "fr", "en", "fail"),
        ("The club's income in 2021 was 25% lower than in 2020.", _INCOME, "en", "en",
         "fail"),
        ("Las ventas de entradas fueron inferiores a 70 millones de dólares la temporada "
         "pasada.", _SALES, "es", "en", "fail"),
        ("Les ventes de billets ont été inférieures à 70 millions de dollars la saison "
         "dernière.", _SALES, "fr", "en", "fail"),
        # The same direction, or a bound the quote's figure meets, passes.
        ("Los ingresos del club en 2021 fueron un 25 % superiores a los de 2020.", _INCOME,
         "es", "en", "pass"),
        ("As receitas do clube em 2021 foram 25% superiores às de 2020.", _INCOME, "pt",
         "en", "pass"),
        ("Les recettes du club en 2021 étaient supérieures de 25 % à celles de 2020.",
         _INCOME, "fr", "en", "pass"),
        ("Die Einnahmen des Klubs lagen 2021 um 25 % höher als 2020.", _INCOME, "de", "en",
         "pass"),
        ("Las ventas de entradas fueron superiores a 70 millones de dólares la temporada "
         "pasada.", _SALES, "es", "en", "pass"),
        ("As vendas de ingressos foram superiores a 70 milhões de dólares na temporada "
         "passada.", _SALES, "pt", "en", "pass"),
        ("Les ventes de billets ont été supérieures à 70 millions de dollars la saison "
         "dernière.", _SALES, "fr", "en", "pass"),
        ("Las notas inferiores a 5 suspenden.", "Marks below 5 fail.", "es", "en", "pass"),
    ],
)  # fmt: skip
def test_a_plural_comparative_is_a_direction(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_INCOME_EN = (
    "In a statement issued in March 2020, the charity said its income for 2019 was $48 million."
)
_INCOME_DE = (
    "Im März 2020 teilte die Stiftung mit, ihre Einnahmen für 2019 hätten 48 Millionen "
    "Dollar betragen."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A figure said for one year ("for 2020", "für 2020", "pour 2020") that the quote
        # gives for another ("income for 2019 was $48 million") is the other year's, though
        # the statement's year stands in the quote in another role ("issued in March 2020").
        ("The charity's income was $48 million for 2020.", _INCOME_EN, "en", "en", "fail"),
        ("Die Einnahmen der Stiftung betrugen 48 Millionen Dollar für 2020.", _INCOME_EN,
         "de", "en", "fail"),
        ("Les recettes de l'association s'élevaient à 48 millions de dollars pour 2020.",
         _INCOME_EN, "fr", "en", "fail"),
        ("Los ingresos de la organización correspondientes a 2020 fueron 48 millones de "
         "dólares.", _INCOME_EN, "es", "en", "fail"),
        ("The charity's income was $48 million for 2020.", _INCOME_DE, "en", "de", "fail"),
        # The figure's own year passes, and so does the year of the other role said as such.
        ("The charity's income was $48 million for 2019.", _INCOME_EN, "en", "en", "pass"),
        ("Die Einnahmen der Stiftung betrugen 48 Millionen Dollar für 2019.", _INCOME_EN,
         "de", "en", "pass"),
        ("Les recettes de l'association s'élevaient à 48 millions de dollars pour 2019.",
         _INCOME_EN, "fr", "en", "pass"),
        ("Los ingresos de la organización correspondientes a 2019 fueron 48 millones de "
         "dólares.", _INCOME_EN, "es", "en", "pass"),
        ("The charity's income was $48 million for 2019.", _INCOME_DE, "en", "de", "pass"),
        ("In March 2020 the charity said its income was $48 million.", _INCOME_EN, "en",
         "en", "pass"),
    ],
)  # fmt: skip
def test_a_figure_for_another_period(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_TROPHY_PT = "O treinador Rafael disse que errou ao entregar o troféu de 2019 ao prefeito."
_TROPHY_EN = "Coach Rafael said he made a mistake when he handed the 2019 trophy to the mayor."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A clause of time after the reported clause's comma ("…, als er 2019 …") is the
        # circumstance of the reported verb: across languages, that verb's negation counts
        # for the figure in it.
        ("Rafael sagte, er habe keinen Fehler gemacht, als er 2019 dem Bürgermeister die "
         "Trophäe übergab.", _TROPHY_PT, "de", "pt", "fail"),
        ("Rafael said he had made no mistake, when he handed the mayor the trophy in 2019.",
         _TROPHY_PT, "en", "pt", "fail"),
        ("Rafael a dit qu'il n'avait commis aucune erreur, lorsqu'il a remis le trophée de "
         "2019 au maire.", _TROPHY_EN, "fr", "en", "fail"),
        ("Rafael dijo que no se equivocó, cuando entregó el trofeo de 2019 al alcalde.",
         _TROPHY_EN, "es", "en", "fail"),
        # The same said without a negation passes; a clause of cause is no circumstance.
        ("Rafael sagte, er habe einen Fehler gemacht, als er 2019 dem Bürgermeister die "
         "Trophäe übergab.", _TROPHY_PT, "de", "pt", "pass"),
        ("Rafael said he had made a mistake, when he handed the mayor the trophy in 2019.",
         _TROPHY_PT, "en", "pt", "pass"),
        ("Rafael a dit qu'il avait commis une erreur, lorsqu'il a remis le trophée de 2019 "
         "au maire.", _TROPHY_EN, "fr", "en", "pass"),
        ("Rafael dijo que se equivocó, cuando entregó el trofeo de 2019 al alcalde.",
         _TROPHY_EN, "es", "en", "pass"),
        ("Rafael sagte, er habe nichts falsch gemacht, weil er 2019 krank war.",
         "Rafael said he was ill in 2019.", "de", "en", "pass"),
    ],
)  # fmt: skip
def test_a_negation_over_a_clause_of_time(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_HIKERS_EN = "Since 2015, about 40 hikers have been injured in the park by falling rocks."
_HIKERS_FR = (
    "Depuis 2015, environ 40 randonneurs ont été blessés dans le parc par des chutes de pierres."
)
_HIKERS_ES = (
    "Desde 2015, unos 40 excursionistas han sido heridos en el parque por la caída de rocas."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The same participle given another agent ("injured by bears" for "injured … by
        # falling rocks"), no word shared: the figure matches, but which cause is meant a
        # person reads. Never pass.
        ("About 40 hikers have been injured in the park by bears since 2015.", _HIKERS_EN,
         "en", "en", "unverified"),
        ("Depuis 2015, environ 40 randonneurs ont été blessés par des ours dans le parc.",
         _HIKERS_FR, "fr", "fr", "unverified"),
        ("Desde 2015, unos 40 excursionistas han sido heridos por los osos en el parque.",
         _HIKERS_ES, "es", "es", "unverified"),
        # The same agent, in other words sharing a stem, or across languages, still passes;
        # a "by" before a figure or a distributive "par" is no agent.
        ("About 40 hikers have been injured in the park by falling rocks since 2015.",
         _HIKERS_EN, "en", "en", "pass"),
        ("About 40 hikers have been injured by rockfalls in the park since 2015.", _HIKERS_EN,
         "en", "en", "pass"),
        ("Depuis 2015, environ 40 randonneurs ont été blessés par des chutes de pierres "
         "dans le parc.", _HIKERS_FR, "fr", "fr", "pass"),
        ("Desde 2015, unos 40 excursionistas han sido heridos por la caída de rocas en el "
         "parque.", _HIKERS_ES, "es", "es", "pass"),
        ("About 40 hikers have been injured by rockfalls in the park since 2015.",
         "Seit 2015 wurden im Park etwa 40 Wanderer durch Steinschlag verletzt.", "en", "de",
         "pass"),
        ("Sales increased by 20% in 2019.", "In 2019 sales increased by 20%.", "en", "en",
         "pass"),
        ("Le travail de nuit est autorisé par périodes de 12 heures.",
         "Le travail de nuit est autorisé par le préfet pour 12 heures.", "fr", "fr", "pass"),
    ],
)  # fmt: skip
def test_another_agent_is_for_a_person(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status
