"""Classes of false fails (a statement the quote supports, or cannot settle, read as
contradicted): an absence whose subject is the compared figure against a negation on that
figure, cessations ("would stop … after") against a negation ("would not … beyond"). Every
sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # The compared figure is what is absent ("Der 1. Mai fehlt"), and the other side's
        # negation governs that figure ("taucht der 1. Mai nicht auf"): both sides negative.
        ("de", "Der 1. Mai 2019 fehlt im Kalender der Gemeinde.",
         "Im Veranstaltungskalender der Gemeinde taucht der 1. Mai 2019 gar nicht auf.", "pass"),
        ("de", "Der 1. Mai 2019 fehlt im Kalender der Gemeinde.",
         "Im Veranstaltungskalender der Gemeinde taucht der 2. Mai 2019 gar nicht auf.", "fail"),
        ("de", "Der 1. Mai 2019 fehlt im Kalender der Gemeinde.",
         "Im Veranstaltungskalender der Gemeinde taucht der 1. Mai 2019 auf.", "pass"),
        ("en", "The 4 July 2018 entry is missing from the ferry timetable.",
         "The ferry timetable does not list 4 July 2018 at all.", "pass"),
        ("en", "The 4 July 2018 entry is missing from the ferry timetable.",
         "The ferry timetable does not list 5 July 2018 at all.", "fail"),
        ("fr", "Le 14 mai 2018 manque dans l'horaire du bac.",
         "L'horaire du bac ne mentionne pas le 14 mai 2018.", "pass"),
        ("fr", "Le 14 mai 2018 manque dans l'horaire du bac.",
         "L'horaire du bac ne mentionne pas le 15 mai 2018.", "fail"),
        # An absence undone by a negation stays a contradiction.
        ("en", "The 4 July 2018 entry is missing from the ferry timetable.",
         "The 4 July 2018 entry is not missing from the ferry timetable.", "fail"),
        # A figure that is not the absence's subject does not make it agree ("The 12 rooms
        # lack windows" against "have no doors").
        # A person reads it (`_absence_against_negation`): never a pass.
        ("en", "The 30 cabins lack heating.", "The 30 cabins have no showers.", "unverified"),
        # A negation of a verb that is no word of being there ("close") does not say the
        # figure is absent: never a pass.
        ("en", "4 July 2018 is missing from the ferry timetable.",
         "The ferry office does not close on 4 July 2018.", "unverified"),
        ("fr", "Le 14 mai 2018 manque dans l'horaire du bac.",
         "Le bac ne ferme pas le 14 mai 2018.", "unverified"),
        ("es", "El 14 de mayo de 2018 falta en el horario del ferry.",
         "El ferry no cierra el 14 de mayo de 2018.", "unverified"),
        ("de", "Der 9. November fehlt im Kalender.",
         "Am 9. November fand die Sitzung nicht statt.", "unverified"),
    ],
)  # fmt: skip
def test_an_absent_figure_agrees_with_a_negation_on_that_figure(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A cessation ("stop", "cesser de", "dejar de", "deixar de", "einstellen") is a
        # negative: it says what a negation of the same act says.
        ("en", "In 2016 the studio said it would stop selling boxed copies after version 4.1.",
         "In 2016 the studio announced it would not sell any boxed copies beyond version 4.1.",
         "pass"),
        ("en", "In 2016 the studio said it would stop selling boxed copies after version 4.1.",
         "In 2016 the studio announced it would not stop selling boxed copies after version 4.1.",
         "fail"),
        ("es", "En 2016 el estudio anunció que dejaría de vender cajas después de 2022.",
         "En 2016 el estudio anunció que no vendería más cajas después de 2022.", "pass"),
        ("es", "En 2016 el estudio anunció que dejaría de vender cajas después de 2022.",
         "En 2016 el estudio anunció que no dejaría de vender cajas después de 2022.", "fail"),
        ("pt", "Em 2016 o estúdio anunciou que deixaria de vender caixas depois de 2022.",
         "Em 2016 o estúdio anunciou que não venderia mais caixas depois de 2022.", "pass"),
        ("de", "Der Verlag kündigte 2016 an, den Verkauf gedruckter Hefte nach 2022 einzustellen.",
         "Der Verlag kündigte 2016 an, nach 2022 keine gedruckten Hefte mehr zu verkaufen.",
         "pass"),
        ("de", "Die Gemeinde hat 2016 die Fährlinie 3 eingestellt.",
         "Die Gemeinde hat 2016 die Fährlinie 3 nicht eingestellt.", "fail"),
    ],
)  # fmt: skip
def test_a_cessation_agrees_with_a_negation_of_the_same_act(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # An item of a list that leaves out its noun ("4 do Porto e 3 da Madeira", "two
        # others") counts what the item before it counts: the noun ties the statement to
        # no one item. A word of the item's own decides; with none, a person reads.
        ("en", "Two other climbers remain missing.",
         "Four climbers were rescued, and two others remain missing, rescuers said.", "pass"),
        ("en", "Two climbers are still out there.",
         "Four climbers were rescued, and two others remain missing, rescuers said.",
         "unverified"),
        ("pt", "Três engenheiros da equipe vêm da Madeira.",
         "Na equipe há 9 engenheiros de Lisboa, 4 do Porto e 3 da Madeira.", "pass"),
        ("fr", "Six élèves viennent du lycée Pasteur.",
         "Ont été admis 14 élèves du lycée Hugo, 6 du lycée Pasteur et 2 du collège Curie.",
         "pass"),
        # A word of the first item's own still ties the statement to it.
        ("en", "Two climbers were rescued.",
         "Four climbers were rescued, and two others remain missing, rescuers said.", "fail"),
        ("pt", "Quatro engenheiros da equipe vêm de Lisboa.",
         "Na equipe há 9 engenheiros de Lisboa, 4 do Porto e 3 da Madeira.", "fail"),
        ("fr", "Six élèves viennent du lycée Hugo.",
         "Ont été admis 14 élèves du lycée Hugo, 6 du lycée Pasteur et 2 du collège Curie.",
         "fail"),
        ("en", "The gang robbed three banks and tried to rob eight more.",
         "The gang was convicted for robbing eight banks and trying to rob three others.",
         "fail"),
    ],
)  # fmt: skip
def test_a_list_item_without_its_noun_counts_what_the_item_before_counts(
    lang, statement, quote, status
):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # What the statement counts, the quote names one by one with no count ("the
        # provinces of Aceh and Riau"), and its figure counts another thing ("40 people"):
        # the count is the reader's to work out, no contradiction.
        ("en", "Storms hit two provinces in 2017.",
         "In 2017, storms hit the provinces of Aceh and Riau, killing more than 40 people.",
         "unverified"),
        ("de", "Die Stürme trafen 2017 zwei Provinzen.",
         "2017 trafen die Stürme die Provinzen Aceh und Riau, mehr als 40 Menschen starben.",
         "unverified"),
        ("fr", "La tempête a frappé deux provinces en 2017.",
         "En 2017, la tempête a frappé les provinces d'Aceh et de Riau, faisant plus de 40 morts.",
         "unverified"),
        ("es", "La tormenta golpeó dos provincias en 2017.",
         "En 2017, la tormenta golpeó las provincias de Murcia y Almería, con más de 40 muertos.",
         "unverified"),
        # Names of another number, or a count of the noun itself, still contradict.
        ("en", "Storms hit two provinces in 2017.",
         "In 2017, storms hit the provinces of Aceh, Riau and Jambi, killing more than 40 people.",
         "fail"),
        ("en", "Storms hit two provinces in 2017.",
         "In 2017, storms hit 3 provinces, Aceh and Riau among them, killing more than 40 people.",
         "fail"),
    ],
)  # fmt: skip
def test_a_count_of_things_the_quote_names_one_by_one_is_unverified(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # "über N Jahre hinweg" is "during N years", no comparator: it meets "N años".
        ("de", "Über 12 Jahre hinweg wurden vier Brücken gebaut.",
         "a lo largo de 12 años se construyeron cuatro puentes", "es", "pass"),
        ("de", "Über 12 Jahre hinweg wurden vier Brücken gebaut.",
         "In 12 Jahren wurden vier Brücken gebaut.", "de", "pass"),
        ("de", "Über 12 Jahre hinweg wurden vier Brücken gebaut.",
         "In 9 Jahren wurden vier Brücken gebaut.", "de", "fail"),
        # Without "hinweg", "über" before a duration may mean "during", as "over" does.
        ("de", "Über 12 Jahre wurden vier Brücken gebaut.",
         "In 12 Jahren wurden vier Brücken gebaut.", "de", "unverified"),
        ("en", "Over 12 years, four bridges were built.",
         "Four bridges were built in 12 years.", "en", "unverified"),
    ],
)  # fmt: skip
def test_over_a_span_of_time_may_mean_during(lang, statement, quote, quote_lang, status):
    assert verdict(statement, quote, lang, quote_lang).status == status


LENSES_JA = (
    "前者の最短焦点距離が最大0.45m、重さは最大520g、後者はそれぞれ最大0.38m、最大610gという"
    "仕様です。"
)
LENSES_EN = (
    "The former focuses as close as 0.45 m and weighs up to 520 g; the latter 0.38 m and up "
    "to 610 g respectively."
)
LENSES_DE = (
    "Ersteres wiegt bis zu 520 g und kostet 900 Euro, letzteres wiegt bis zu 610 g und kostet "
    "1100 Euro."
)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A rank of one or two names "the former" or "the latter" of a quote that shares its
        # figures out by them: the figures are compared on that side, a figure of the other
        # side is no rival, and the rank no missing element.
        ("en", "The second lens weighs up to 610 g.", LENSES_EN, "en", "pass"),
        ("en", "The first lens weighs up to 520 g.", LENSES_EN, "en", "pass"),
        ("fr", "Le second objectif pèse jusqu'à 610 g.", LENSES_JA, "ja", "pass"),
        ("de", "Das zweite Objektiv wiegt bis zu 610 g.", LENSES_DE, "de", "pass"),
        ("de", "Das erste Objektiv kostet 900 Euro.", LENSES_DE, "de", "pass"),
        # The other side's figure is never passed: the statement names the side, and none
        # of that side's figures of the dimension is the statement's, so it fails.
        ("en", "The first lens weighs up to 610 g.", LENSES_EN, "en", "fail"),
        ("fr", "Le premier objectif pèse jusqu'à 610 g.", LENSES_JA, "ja", "fail"),
        ("de", "Das zweite Objektiv kostet 900 Euro.", LENSES_DE, "de", "fail"),
        # A rank alone is nothing compared.
        ("en", "The second lens is the heavier.", LENSES_EN, "en", "unverified"),
        # "最高为", "最高可达" (up to) bound a figure in Chinese as "最大" does in Japanese.
        ("zh", "后者的重量最高为610g。", LENSES_JA, "ja", "pass"),
    ],
)  # fmt: skip
def test_a_rank_names_the_former_or_the_latter(lang, statement, quote, quote_lang, status):
    assert verdict(statement, quote, lang, quote_lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A negation after a comma that opens a contrast's denied side ("100%, not just
        # 95%") denies as "rather than" does: against a statement's contrast of the same
        # roles it is no negation of a verb.
        ("en", "The filter must catch all 100% of spam rather than 95% of it.",
         "The filter has to catch 100% of spam, not just 95%.", "pass"),
        ("en", "The filter has to catch 100% of spam, not just 95%.",
         "The filter must catch all 100% of spam rather than 95% of it.", "pass"),
        ("de", "Der Filter erkennt 100 % des Spams statt 95 %.",
         "Der Filter erkennt 100 % des Spams, nicht nur 95 %.", "pass"),
        ("fr", "Le filtre doit bloquer 100 % des spams au lieu de 95 %.",
         "Le filtre doit bloquer 100 % des spams, pas seulement 95 %.", "pass"),
        ("es", "El filtro debe bloquear el 100 % del spam en lugar del 95 %.",
         "El filtro debe bloquear el 100 % del spam, no solo el 95 %.", "pass"),
        # The roles swapped, a statement without a contrast, or a negation of the verb
        # still fail.
        ("en", "The filter must catch 95% of spam rather than 100% of it.",
         "The filter has to catch 100% of spam, not just 95%.", "fail"),
        ("en", "The filter must catch 95% of spam.",
         "The filter has to catch 100% of spam, not just 95%.", "fail"),
        ("en", "The filter must catch all 100% of spam rather than 95% of it.",
         "The filter does not have to catch 100% of spam, not just 95%.", "fail"),
        ("de", "Der Filter erkennt 95 % des Spams statt 100 %.",
         "Der Filter erkennt 100 % des Spams, nicht nur 95 %.", "fail"),
        ("fr", "Le filtre doit bloquer 95 % des spams au lieu de 100 %.",
         "Le filtre doit bloquer 100 % des spams, pas seulement 95 %.", "fail"),
    ],
)  # fmt: skip
def test_a_negation_opening_a_contrast_denies_as_rather_than(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A change or a difference ("grew by $30 million", "1,500 yen more than",
        # "1500円高い") the quote's two figures give only by subtraction: the reader works
        # it out, no contradiction. Another difference still fails.
        ("en", "The museum's budget grew by $30 million in 2019.",
         "The museum's budget for 2019 was $175 million, up from $145 million a year earlier.",
         "unverified"),
        ("en", "The museum's budget grew by $20 million in 2019.",
         "The museum's budget for 2019 was $175 million, up from $145 million a year earlier.",
         "fail"),
        ("en", "The family pass costs 1,500 yen more than the single pass.",
         "A single pass costs 2,500 yen and a family pass 4,000 yen.", "unverified"),
        ("en", "The family pass costs 1,000 yen more than the single pass.",
         "A single pass costs 2,500 yen and a family pass 4,000 yen.", "fail"),
        ("de", "Die Familienkarte kostet 15 Euro mehr als die Einzelkarte.",
         "Eine Einzelkarte kostet 25 Euro, eine Familienkarte 40 Euro.", "unverified"),
        ("de", "Die Familienkarte kostet 10 Euro mehr als die Einzelkarte.",
         "Eine Einzelkarte kostet 25 Euro, eine Familienkarte 40 Euro.", "fail"),
        ("ja", "家族券は個人券より1500円高い。", "個人券は2500円、家族券は4000円です。",
         "unverified"),
        ("ja", "家族券は個人券より1000円高い。", "個人券は2500円、家族券は4000円です。", "fail"),
        ("fr", "Le pass famille coûte 15 euros de plus que le pass individuel.",
         "Le pass individuel coûte 25 euros et le pass famille 40 euros.", "unverified"),
        # A statement that gives both levels says no difference.
        ("en", "The backlog went from 40 to 15 tickets.",
         "The backlog went from 40 tickets to 25 tickets.", "fail"),
    ],
)  # fmt: skip
def test_a_difference_of_two_quoted_figures_is_worked_out(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


BACKUP_JA = "「Cloud Backup for Teams」は手が回らない中小企業を救うか （2021年05月12日）"


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # Across languages, a negation in a headline negates nothing its dateline ("（2021年
        # 05月12日）") says, when the statement says the date is the text's own.
        ("en", "The Cloud Backup for Teams item is dated 12 May 2021.", BACKUP_JA, "ja", "pass"),
        ("fr", "L'article sur Cloud Backup for Teams est daté du 12 mai 2021.", BACKUP_JA, "ja",
         "pass"),
        ("de", "Der Artikel über Cloud Backup for Teams ist vom 12. Mai 2021.", BACKUP_JA, "ja",
         "pass"),
        # Another date, or an event said on the dateline's date, still fails.
        ("en", "The Cloud Backup for Teams item is dated 14 May 2021.", BACKUP_JA, "ja", "fail"),
        ("en", "Cloud Backup for Teams saved small firms on 12 May 2021.", BACKUP_JA, "ja",
         "fail"),
        ("en", "The city stopped the floods on 12 May 2021.",
         "Warum Städte die Fluten nicht stoppen können (12. Mai 2021)", "de", "fail"),
    ],
)  # fmt: skip
def test_a_headline_negation_negates_nothing_its_dateline_says(
    lang, statement, quote, quote_lang, status
):
    assert verdict(statement, quote, lang, quote_lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A count the quote's list adds up to ("her father and three brothers" for four
        # relatives) is worked out: an auxiliary ("were", "wurden") the statement shares
        # with the list's last item ties it to no one item. Another total still fails.
        ("en", "Four of her relatives were injured.",
         "Her father and three brothers were injured in the crash.", "unverified"),
        ("en", "Five of her relatives were injured.",
         "Her father and three brothers were injured in the crash.", "fail"),
        ("de", "Vier ihrer Verwandten wurden verletzt.",
         "Ihr Vater und drei Brüder wurden bei dem Unfall verletzt.", "unverified"),
        ("de", "Fünf ihrer Verwandten wurden verletzt.",
         "Ihr Vater und drei Brüder wurden bei dem Unfall verletzt.", "fail"),
        ("fr", "Quatre de ses proches ont été blessés.",
         "Son père et trois frères ont été blessés dans l'accident.", "unverified"),
    ],
)  # fmt: skip
def test_a_total_of_a_list_shared_auxiliary_ties_to_no_item(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


HOMES_EN = "Some 3,000 homes were built in the region in the 1980s, and another 500 since 2010."


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A year against a quote that gives only the decade holding it ("in the 1980s") and
        # another year elsewhere ("since 2010"): the decade is its counterpart, unverified.
        ("en", "About 3,000 homes were built in the region in 1984.", HOMES_EN, "unverified"),
        ("de", "Rund 3000 Häuser wurden 1984 in der Region gebaut.",
         "In den 80er Jahren wurden in der Region rund 3000 Häuser gebaut, seit 2010 weitere 500.",
         "unverified"),
        ("fr", "Environ 3 000 maisons ont été construites dans la région en 1984.",
         "Quelque 3 000 maisons ont été construites dans la région dans les années 80, et 500 "
         "autres depuis 2010.", "unverified"),
        ("es", "Unas 3.000 viviendas se construyeron en la región en 1984.",
         "Unas 3.000 viviendas se construyeron en la región en los años 80 y otras 500 desde "
         "2010.", "unverified"),
        # A year of that decade in the quote, or a year outside the decade, still fails.
        ("en", "About 3,000 homes were built in the region in 1984.",
         "Some 3,000 homes were built in the region in the 1980s, 1,200 of them in 1986, and "
         "another 500 since 2010.", "fail"),
        ("en", "About 3,000 homes were built in the region in 1994.", HOMES_EN, "fail"),
    ],
)  # fmt: skip
def test_a_year_against_only_its_decade_is_unverified(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


SALES_JA = "売上は2019年第3四半期に20億円だった。"


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # "四半期" (a quarter) holds no numeral: "第3四半期" is the third quarter, not the
        # 34th; "四半世紀" is a quarter century, 25 years.
        ("ja", SALES_JA, "Sales were 2 billion yen in the third quarter of 2019.", "en", "pass"),
        ("en", "Sales were 2 billion yen in the third quarter of 2019.", SALES_JA, "ja", "pass"),
        ("de", "Der Umsatz lag im dritten Quartal 2019 bei 2 Milliarden Yen.", SALES_JA, "ja",
         "pass"),
        ("en", "Sales were 2 billion yen in the fourth quarter of 2019.", SALES_JA, "ja", "fail"),
        ("ja", "彼は妻を四半世紀介護している。", "He has cared for his wife for 25 years.", "en",
         "pass"),
        ("ja", "彼は妻を四半世紀介護している。", "He has cared for his wife for 50 years.", "en",
         "fail"),
    ],
)  # fmt: skip
def test_a_japanese_quarter_holds_no_numeral(lang, statement, quote, quote_lang, status):
    assert verdict(statement, quote, lang, quote_lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A unit symbol joined by a hyphen ("the 10-km race", "60-m-Finale") is the figure's
        # unit, not a bare number to compare with any count.
        ("en", "She won the 10-km race in 2019.", "In 2019 she won the 10 km race.", "pass"),
        ("en", "She won the 10-km race in 2019.", "In 2019 she won the 5 km race.", "fail"),
        ("de", "Sie gewann 2019 den 10-km-Lauf.", "2019 gewann sie den Lauf über 10 Kilometer.",
         "pass"),
        ("de", "Sie gewann 2019 den 10-km-Lauf.", "2019 gewann sie den Lauf über 5 Kilometer.",
         "fail"),
        ("es", "Ganó la carrera de 10-km en 2019.", "En 2019 ganó la carrera de 10 kilómetros.",
         "pass"),
        ("de", "Er wurde im 60-m-Finale Zweiter.", "Im Finale holte er den 2. Platz.",
         "unverified"),
    ],
)  # fmt: skip
def test_a_unit_symbol_joined_by_a_hyphen_is_the_figures_unit(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A count opening a German quote before a capitalized noun ("12 Schafe grasten") is
        # a count: German capitalizes its nouns, so no list's item before a title; the count
        # after "während" is another's.
        ("de", "12 Schafe grasten 2019 auf der Weide.",
         "12 Schafe grasten 2019 auf der Weide, während 3 im Stall blieben.", "pass"),
        ("de", "3 Schafe grasten 2019 auf der Weide.",
         "12 Schafe grasten 2019 auf der Weide, während 3 im Stall blieben.", "fail"),
        ("de", "40 Passagiere überlebten den Absturz.",
         "40 Passagiere überlebten den Absturz, während 3 starben.", "pass"),
        ("de", "40 Passagiere starben bei dem Absturz.",
         "40 Passagiere überlebten den Absturz, während 3 starben.", "fail"),
        # In English a headline's opening number before a capitalized word stays a list's.
        ("en", "Four US students went to Germany.", "4 US students go to Germany", "unverified"),
    ],
)  # fmt: skip
def test_a_german_quote_opening_with_a_count_and_its_noun(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A negation that may govern the words before it ("gegossen wurden sie nicht") governs
        # the verb past the auxiliary and pronoun; an auxiliary ("wurden", "were") is no word
        # the statement shares with it. A negation on another clause's verb leaves the
        # figure's clause standing; one on the statement's verb still contradicts.
        ("de", "2019 wurden 300 Bäume gepflanzt.",
         "2019 wurden 300 Bäume gepflanzt, doch gegossen wurden sie nicht.", "pass"),
        ("de", "2019 wurden 300 Bäume gegossen.",
         "2019 wurden 300 Bäume gepflanzt, doch gegossen wurden sie nicht.", "fail"),
        ("de", "Die Stadt hat 2019 300 Bäume gegossen.",
         "Die Stadt hat 2019 300 Bäume gepflanzt, gegossen hat sie sie nicht.", "fail"),
        ("de", "2019 wurden 300 Bäume nicht gegossen.",
         "2019 wurden 300 Bäume gepflanzt, doch gegossen wurden sie nicht.", "pass"),
        ("en", "300 trees were planted in 2019.",
         "300 trees were planted in 2019; watered they were not.", "pass"),
        ("en", "300 trees were watered in 2019.",
         "300 trees were planted in 2019; watered they were not.", "fail"),
    ],
)  # fmt: skip
def test_a_negation_governs_the_verb_past_auxiliaries(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A count right before a measure it multiplies ("two six-year terms", "deux mandats
        # de six ans", "dreimal 20 Minuten") against the quote's product (twelve years, 60
        # minutes): worked out, unverified. Another total still fails.
        ("en", "The senator served two six-year terms.", "She spent twelve years in the Senate.",
         "unverified"),
        ("en", "The senator served two six-year terms.", "She spent ten years in the Senate.",
         "fail"),
        ("de", "Die Senatorin war zwei Amtszeiten zu je sechs Jahren im Amt.",
         "Sie war zwölf Jahre im Senat.", "unverified"),
        ("fr", "La sénatrice a effectué deux mandats de six ans.",
         "Elle a passé douze ans au Sénat.", "unverified"),
        ("fr", "La sénatrice a effectué deux mandats de six ans.",
         "Elle a passé dix ans au Sénat.", "fail"),
        ("de", "Der Test dauert dreimal 20 Minuten.", "Der Test dauert 60 Minuten.", "unverified"),
        # Two bare counts multiply to nothing ("18 von 11").
        ("de", "18 von 11 Grünen stimmten dagegen.",
         "Dagegen stimmten 35 Konservative (von 198) und 11 Grüne (von 18).", "fail"),
    ],
)  # fmt: skip
def test_a_count_times_a_measure_is_worked_out(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A multiplier ("tripled", "verdreifacht", "triplé") that is the ratio of two of
        # the quote's factors ("from a factor of 4 to a factor of 12") is worked out; another
        # still fails.
        ("en", "The zoom range is being tripled.",
         "The zoom range grows from a factor of 4 to a factor of 12.", "unverified"),
        ("en", "The zoom range is being doubled.",
         "The zoom range grows from a factor of 4 to a factor of 12.", "fail"),
        ("de", "Der Zoom wird verdreifacht.", "Der Zoom wächst von 4-fach auf 12-fach.",
         "unverified"),
        ("de", "Der Zoom wird verdoppelt.", "Der Zoom wächst von 4-fach auf 12-fach.", "fail"),
        ("fr", "Le zoom est triplé.", "Le zoom passe de 4 fois à 12 fois.", "unverified"),
    ],
)  # fmt: skip
def test_a_multiplier_as_the_ratio_of_two_factors_is_worked_out(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


SEALS = "an average of 300 grey seals coming ashore on the island each year"


@pytest.mark.parametrize(
    "statement, status",
    [
        # A rate per one period against the quote's rate per another, said further on
        # ("300 … each year" for "about 3,000 every decade"): converted, it is worked out;
        # a rate that does not convert still fails. (The far period is read in English.)
        ("About 3,000 seals come ashore every decade.", "unverified"),
        ("About 2,000 seals come ashore every decade.", "fail"),
        ("About 300 seals come ashore every decade.", "fail"),
    ],
)
def test_a_rate_per_another_period_said_further_on_is_converted(statement, status):
    assert verdict(statement, SEALS).status == status


BOATS_EN = "A trawler and 11 sailing boats sank in the storm off the coast."


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A statement that names a part of its count ("a trawler among them", "darunter",
        # "dont") says it is a total: the quote's items adding up to it are worked out.
        ("en", "Twelve boats, a trawler among them, sank in the storm.", BOATS_EN, "unverified"),
        ("de", "Zwölf Boote, darunter ein Trawler, sanken im Sturm.",
         "Ein Trawler und 11 Segelboote sanken im Sturm vor der Küste.", "unverified"),
        ("fr", "Douze bateaux, dont un chalutier, ont coulé dans la tempête.",
         "Un chalutier et 11 voiliers ont coulé dans la tempête au large.", "unverified"),
        # Another total still fails.
        ("en", "Thirteen boats, a trawler among them, sank in the storm.", BOATS_EN, "fail"),
    ],
)  # fmt: skip
def test_a_statement_naming_a_part_of_its_count_gives_a_total(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A bound is judged by the quote's figure that counts what the statement counts
        # ("5,000 break-ins"), not by a nearer one that counts something else ("300 stolen
        # cars"); a figure far above the bound leaves it to a person.
        ("en", "More than 500 break-ins were reported in the town since 2010.",
         "with more than 5,000 break-ins reported since 2010, and 300 stolen cars.",
         "unverified"),
        ("de", "Mehr als 500 Einbrüche wurden seit 2010 gemeldet.",
         "mit mehr als 5000 Einbrüchen seit 2010 und 300 gestohlenen Autos.", "unverified"),
        ("fr", "Plus de 500 cambriolages ont été signalés depuis 2010.",
         "avec plus de 5 000 cambriolages signalés depuis 2010, et 300 voitures volées.",
         "unverified"),
        # The figure that counts it still contradicts a bound it breaks.
        ("en", "More than 500 stolen cars were reported since 2010.",
         "with more than 5,000 break-ins reported since 2010, and 300 stolen cars.", "fail"),
        ("en", "More than 6,000 break-ins were reported in the town since 2010.",
         "with more than 5,000 break-ins reported since 2010, and 300 stolen cars.", "fail"),
    ],
)  # fmt: skip
def test_a_bound_is_judged_by_the_figure_counting_the_same(lang, statement, quote, status):
    assert verdict(statement, quote, lang).status == status
