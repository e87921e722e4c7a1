"""Opposing predicates of one group ([polarity] in each language's data file): a statement's
side ("survived", "rejected", "lift the sanctions", "was right to") against the quote's other
side ("died", "adopté", "beibehalten", "errou ao") in the clause of a compared figure fails,
in one language or across two; the same side passes; a negated predicate is the negation
check's; a clause with both sides decides nothing."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # life: survived against died.
        ("All 23 miners survived the collapse.",
         "All 23 miners died in the collapse.", "en", "en", "fail"),
        ("All 23 miners survived the collapse.",
         "Les 23 mineurs ont survécu à l'effondrement.", "en", "fr", "pass"),
        ("All 23 miners survived the collapse.",
         "Alle 23 Bergleute starben bei dem Einsturz.", "en", "de", "fail"),
        ("Los 23 mineros sobrevivieron al derrumbe.",
         "All 23 miners died in the collapse.", "es", "en", "fail"),
        ("All 23 miners survived the collapse.", "塌方中23名矿工全部遇难。", "en", "zh", "fail"),
        ("All 23 miners survived the collapse.", "落盤事故で23人の作業員が生還した。",
         "en", "ja", "pass"),
        # The figure in the subject's apposition: the sentence's predicate is its.
        ("Tomas Berg, 9, survived the fall.", "Tomas Berg, 9, dies after fall", "en", "en",
         "fail"),
        ("Tomas Berg, 9, survived the fall.", "Tomas Berg, 9, survives fall", "en", "en",
         "pass"),
        # Each figure keeps its own verb; both sides in one clause decide nothing.
        ("The blast killed 12 people.", "The blast killed 12 and wounded 30.", "en", "en",
         "pass"),
        ("The quake killed 40 people.",
         "40 people were killed in the quake, while 200 survived.", "en", "en", "pass"),
        ("40 passengers survived the crash.",
         "40 passengers survived while 3 died.", "en", "en", "pass"),
        ("40 pasajeros sobrevivieron al accidente.",
         "40 passengers survived the crash while 3 died.", "es", "en", "pass"),
        ("Tres pasajeros murieron en el accidente.",
         "40 passengers survived the crash while 3 died.", "es", "en", "pass"),
        ("3 passengers survived the crash.",
         "40 Passagiere überlebten den Absturz, während 3 starben.", "en", "de", "fail"),
        # A negated predicate is the negation check's, not the group's.
        ("None of the 23 miners died.", "None of the 23 miners died.", "en", "en", "pass"),
        # "passed away" is no passage.
        ("The senator who passed away in 2019 rejected the plan.",
         "The senator, who passed away in 2019, rejected the plan.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_life_polarity(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # passage: adopted against rejected.
        ("The senate rejected the budget by 61 votes to 39.",
         "Le Sénat a adopté le budget par 61 voix contre 39.", "en", "fr", "fail"),
        ("The senate approved the budget by 61 votes to 39.",
         "Le Sénat a adopté le budget par 61 voix contre 39.", "en", "fr", "pass"),
        ("The senate rejected the budget by 61 votes to 39.",
         "Der Senat lehnte den Haushalt mit 61 zu 39 Stimmen ab.", "en", "de", "pass"),
        ("El Senado rechazó el presupuesto por 61 votos a 39.",
         "O Senado aprovou o orçamento por 61 votos a 39.", "es", "pt", "fail"),
        ("The senate rejected the budget by 61 votes to 39.",
         "参议院以61票对39票表决通过预算案。", "en", "zh", "fail"),
        ("The senate rejected the budget by 61 votes to 39.",
         "参院は予算案を61対39で否決した。", "en", "ja", "pass"),
        # A parenthesis holding the tally belongs to the clause before it.
        ("The assembly rejected the reform by 301 votes to 77.",
         "L'Assemblée a, comme prévu, adopté la réforme (301 voix contre 77).", "en", "fr",
         "fail"),
    ],
)  # fmt: skip
def test_passage_polarity(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # sanctions: kept against lifted.
        ("The EU will keep sanctions on the regime for 12 months.",
         "The EU will lift sanctions on the regime in 12 months.", "en", "en", "fail"),
        ("The EU will keep sanctions on the regime for 12 months.",
         "Die EU wird die Sanktionen gegen das Regime 12 Monate lang beibehalten.",
         "en", "de", "pass"),
        ("La UE levantará las sanciones al régimen en 12 meses.",
         "L'UE va maintenir les sanctions contre le régime pendant 12 mois.", "es", "fr",
         "fail"),
        # correctness: right against wrong.
        ("The coach said he was right to bench 3 starters.",
         "O treinador disse que errou ao deixar 3 titulares no banco.", "en", "pt", "fail"),
        ("The coach said he was right to bench 3 starters.",
         "Le coach a dit qu'il avait eu raison de mettre 3 titulaires sur le banc.", "en",
         "fr", "pass"),
        ("El entrenador dijo que se equivocó al dejar a 3 titulares en el banquillo.",
         "The coach said he was right to bench 3 starters.", "es", "en", "fail"),
        # "right" as a direction is no side.
        ("The bus turned right after 3 stops.", "The bus turned left after 3 stops.", "en",
         "en", "pass"),
    ],
)  # fmt: skip
def test_sanctions_and_correctness_polarity(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A figure in an opening adverbial phrase: the main clause it modifies, with the
        # verbs coordinated with it, is the figure's clause.
        ("The council will keep the embargo after 15 years of border disputes.",
         "After 15 years of border disputes, the council will change course and lift the "
         "embargo.", "en", "en", "fail"),
        ("The council will lift the embargo after 15 years of border disputes.",
         "After 15 years of border disputes, the council will change course and lift the "
         "embargo.", "en", "en", "pass"),
        ("Der Rat will das Embargo nach 15 Jahren Grenzstreit beibehalten.",
         "Nach 15 Jahren Grenzstreit will der Rat seinen Kurs ändern und das Embargo "
         "aufheben.", "de", "de", "fail"),
        ("Der Rat will das Embargo nach 15 Jahren Grenzstreit aufheben.",
         "Nach 15 Jahren Grenzstreit will der Rat seinen Kurs ändern und das Embargo "
         "aufheben.", "de", "de", "pass"),
        ("Le conseil va maintenir les sanctions après 15 ans de conflits frontaliers.",
         "Après 15 ans de conflits frontaliers, le conseil change de cap et va lever les "
         "sanctions.", "fr", "fr", "fail"),
        ("Le conseil va lever les sanctions après 15 ans de conflits frontaliers.",
         "Après 15 ans de conflits frontaliers, le conseil change de cap et va lever les "
         "sanctions.", "fr", "fr", "pass"),
        ("El consejo mantendrá el embargo tras 15 años de disputas fronterizas.",
         "Tras 15 años de disputas fronterizas, el consejo cambia de rumbo y va a levantar "
         "el embargo.", "es", "es", "fail"),
        ("El consejo va a levantar el embargo tras 15 años de disputas fronterizas.",
         "Tras 15 años de disputas fronterizas, el consejo cambia de rumbo y va a levantar "
         "el embargo.", "es", "es", "pass"),
        ("The council will keep the embargo after 15 years of border disputes.",
         "Tras 15 años de disputas fronterizas, el consejo cambia de rumbo y va a levantar "
         "el embargo.", "en", "es", "fail"),
        # At the sentence's end, set off by a comma.
        ("The council kept the embargo after 15 years of talks.",
         "The council changed course and lifted the embargo, after 15 years of talks.",
         "en", "en", "fail"),
        # Another clause (", but", ", and" with a subject of its own, a new sentence) is
        # not the figure's; both sides there decide nothing.
        ("The hiker survived after 4 days in the canyon.",
         "After 4 days in the canyon, the hiker was found alive, but his dog died.",
         "en", "en", "pass"),
        ("The hiker survived after 4 days in the canyon.",
         "After 4 days in the canyon, the hiker was found alive. His dog died.",
         "en", "en", "pass"),
        ("The hiker survived after 4 days in the canyon.",
         "After 4 days in the canyon, the hiker was found alive and his dog died.",
         "en", "en", "pass"),
        # The figures' own clauses go first: the main clause an adverbial figure modifies
        # counts only where they hold no side.
        ("In 2021, 60 climbers died on the peak.",
         "In 2021, 60 climbers survived the storm on the peak and their guide died.", "en",
         "en", "fail"),
        ("In 2021, 60 climbers survived the storm.",
         "In 2021, 60 climbers survived the storm on the peak and their guide died.", "en",
         "en", "pass"),
        ("The council lifted the embargo after 15 years of talks.",
         "The council kept the embargo, and the rebels changed course after 15 years of "
         "talks.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_polarity_of_an_adverbial_figure(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A news dateline ("PARIS —", "BERLIN (AP) -") before an opening adverbial phrase:
        # the phrase still opens the sentence.
        ("The board will keep its export sanctions on the republic in place after 12 years "
         "of talks.",
         "PARIS — After 12 years of talks, the board will change tack and lift its export "
         "sanctions on the republic.", "en", "en", "fail"),
        ("The board will lift its export sanctions on the republic after 12 years of talks.",
         "PARIS — After 12 years of talks, the board will change tack and lift its export "
         "sanctions on the republic.", "en", "en", "pass"),
        ("Der Rat will das Embargo nach 12 Jahren Verhandlungen beibehalten.",
         "BERLIN (AP) - Nach 12 Jahren Verhandlungen will der Rat seinen Kurs ändern und das "
         "Embargo aufheben.", "de", "de", "fail"),
        ("The board will keep its export sanctions in place after 12 years of talks.",
         "MADRID — Tras 12 años de negociaciones, la junta cambia de rumbo y va a levantar "
         "las sanciones.", "en", "es", "fail"),
    ],
)  # fmt: skip
def test_polarity_after_a_dateline(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # outcome: won against missed or lost (a medal, a title, seats, an election).
        ("Mara Lind won the silver medal in 2:04.31.",
         "Mara Lind missed the silver medal in 2:04.31.", "en", "en", "fail"),
        ("Mara Lind won the silver medal in 2:04.31.",
         "Mara Lind won the silver medal in 2:04.31.", "en", "en", "pass"),
        ("Mara Lind gewann mit 2:04,31 Minuten die Silbermedaille.",
         "Mara Lind verpasste mit einer Zeit von 2:04,31 Minuten nur knapp die "
         "Silbermedaille.", "de", "de", "fail"),
        ("Mara Lind verpasste mit 2:04,31 Minuten die Silbermedaille.",
         "Mara Lind verpasste mit einer Zeit von 2:04,31 Minuten nur knapp die "
         "Silbermedaille.", "de", "de", "pass"),
        ("Mara Lind a remporté la médaille d'argent en 2:04.31.",
         "Mara Lind missed the silver medal in 2:04.31.", "fr", "en", "fail"),
        ("Mara Lind ganó la medalla de plata con 2:04.31.",
         "Mara Lind a manqué la médaille d'argent en 2:04.31.", "es", "fr", "fail"),
        ("The party won 14 seats in the regional vote.",
         "该党在地区选举中失去了14个议席。", "en", "zh", "fail"),
        ("The party won 14 seats in the regional vote.",
         "O partido perdeu 14 cadeiras na votação regional.", "en", "pt", "fail"),
        # start: began against stopped (resumed against suspended).
        ("Six bridges in the province began charging tolls on May 1.",
         "Six bridges in the province stopped charging tolls on May 1.", "en", "en", "fail"),
        ("Six bridges in the province began charging tolls on May 1.",
         "省内6座桥梁于5月1日正式停止收费。", "en", "zh", "fail"),
        ("Six bridges in the province stopped charging tolls on May 1.",
         "省内6座桥梁于5月1日正式停止收费。", "en", "zh", "pass"),
        ("県内の6つの橋が5月1日に料金の徴収を開始した。",
         "Six bridges in the province stopped charging tolls on May 1.", "ja", "en", "fail"),
        ("Seis puentes de la provincia dejaron de cobrar peaje el 1 de mayo.",
         "Six bridges in the province began charging tolls on May 1.", "es", "en", "fail"),
        ("Six ponts de la province ont cessé de percevoir un péage le 1er mai.",
         "Six ponts de la province ont commencé à percevoir un péage le 1er mai.", "fr",
         "fr", "fail"),
        ("The plant resumed production after 3 weeks.",
         "Das Werk stellte die Produktion nach 3 Wochen ein.", "en", "de", "fail"),
        # Not a start or a stop: "during", "the first time".
        ("The fire started during the night and burned 40 hectares.",
         "The fire started during the night and burned 40 hectares.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_outcome_and_start_polarity(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A vote's side heading a list with a colon governs every figure in the list.
        ("12 of the 40 Greens voted for the bill.",
         "Voted against: 8 Liberals (of 52), 12 Greens (of 40) and 3 independents (of 5).",
         "en", "en", "fail"),
        ("12 of the 40 Greens voted against the bill.",
         "Voted against: 8 Liberals (of 52), 12 Greens (of 40) and 3 independents (of 5).",
         "en", "en", "pass"),
        ("12 des 40 députés verts ont voté pour la loi.",
         "Ont voté contre : 8 libéraux (sur 52), 12 verts (sur 40) et 3 indépendants "
         "(sur 5).", "fr", "fr", "fail"),
        ("12 der 40 Grünen stimmten für das Gesetz.",
         "Dagegen stimmten: 8 Liberale (von 52), 12 Grüne (von 40) und 3 Fraktionslose "
         "(von 5).", "de", "de", "fail"),
        ("12 of the 40 Greens voted for the bill.",
         "Votaron en contra: 8 liberales (de 52), 12 verdes (de 40) y 3 independientes "
         "(de 5).", "en", "es", "fail"),
        # The list ends with its sentence: a later sentence's figures are not its.
        ("12 of the 40 Greens voted for the bill.",
         "Voted against: 8 Liberals (of 52). The bill still passed, 12 of the 40 Greens "
         "among its backers.", "en", "en", "pass"),
        # "voted for the first time" is no side.
        ("The 3 new members voted for the first time on Monday.",
         "The 3 new members voted for the first time on Monday.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_vote_side_heading_a_list(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Two figures, each with its own predicate: the statement negates one figure's
        # clause, the quote the other's: the predicates are swapped between the figures.
        ("About 70% of drivers felt tired on the night shift, while about 40% could not "
         "stay awake.",
         "About 70% of drivers could not stay awake on the night shift; about 40% felt "
         "tired.", "en", "en", "fail"),
        ("About 70% of drivers could not stay awake on the night shift, while about 40% "
         "felt tired.",
         "About 70% of drivers could not stay awake on the night shift; about 40% felt "
         "tired.", "en", "en", "pass"),
        ("About 70% of drivers felt tired on the night shift, while about 40% could not "
         "stay awake.",
         "運転手の約70％が夜勤中に「起きていられない」と回答。さらに、約40％が疲れを感じている"
         "と回答した。", "en", "ja", "fail"),
        ("Etwa 70 % der Fahrer fühlten sich müde, während etwa 40 % nicht wach bleiben "
         "konnten.",
         "Environ 70 % des conducteurs ne pouvaient pas rester éveillés ; environ 40 % se "
         "sentaient fatigués.", "de", "fr", "fail"),
        ("Environ 70 % des conducteurs ne sont pas restés éveillés, et environ 40 % se "
         "sont sentis fatigués.",
         "About 70% of drivers did not stay awake on the night shift; about 40% felt "
         "tired.", "fr", "en", "pass"),
        ("Environ 70 % des conducteurs se sont sentis fatigués, et environ 40 % ne sont pas "
         "restés éveillés.",
         "About 70% of drivers did not stay awake on the night shift; about 40% felt "
         "tired.", "fr", "en", "fail"),
    ],
)  # fmt: skip
def test_negation_swapped_between_figures(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
