"""Classes of holdout28's false passes and fails, with new sentences: a statement's vote
pair said with its side words ("310 votes for and 25 against") against a quote's
abstentions; and more below."""

from datetime import date

import pytest

from factdb.engine.support import claim_supported

_FR_TALLY = "La motion a été adoptée par 310 voix contre 57 et 25 abstentions."
_EN_TALLY = "The motion passed 310 to 57, with 25 abstentions."
_DE_TALLY = "Der Antrag wurde mit 310 zu 57 Stimmen bei 25 Enthaltungen angenommen."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A count the statement says against is not the quote's abstentions.
        (
            "The motion was carried with 310 votes for and 25 against.",
            "en",
            _FR_TALLY,
            "fr",
            "fail",
        ),
        (
            "Der Antrag wurde mit 310 Stimmen dafür und 25 dagegen angenommen.",
            "de",
            _EN_TALLY,
            "en",
            "fail",
        ),
        (
            "La moción se aprobó con 310 votos a favor y 25 en contra.",
            "es",
            _DE_TALLY,
            "de",
            "fail",
        ),
        ("A moção foi aprovada com 310 votos a favor e 25 contra.", "pt", _FR_TALLY, "fr", "fail"),
        ("该动议以310票赞成、25票反对获得通过。", "zh", _FR_TALLY, "fr", "fail"),
        (
            "The motion was carried with 310 votes for and 25 against.",
            "en",
            _EN_TALLY,
            "en",
            "fail",
        ),
        # The same sides pass.
        (
            "The motion was carried with 310 votes for and 57 against.",
            "en",
            _FR_TALLY,
            "fr",
            "pass",
        ),
        (
            "La moción se aprobó con 310 votos a favor y 57 en contra.",
            "es",
            _EN_TALLY,
            "en",
            "pass",
        ),
        (
            "Der Antrag wurde mit 310 Stimmen dafür und 57 dagegen angenommen.",
            "de",
            _FR_TALLY,
            "fr",
            "pass",
        ),
        # Abstentions the quote counts against.
        (
            "The motion passed with 25 abstentions.",
            "en",
            "La motion a été adoptée par 310 voix pour et 25 contre.",
            "fr",
            "fail",
        ),
        (
            "La moción se aprobó con 25 abstenciones.",
            "es",
            "The motion passed by 310 votes in favour and 25 against.",
            "en",
            "fail",
        ),
    ],
)
def test_vote_pair_sides_against_abstentions(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_OCTOBER = date(2020, 10, 5)
_MARCH = date(2020, 3, 5)


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, published, status",
    [
        # A coming date earlier in the year than the page is next year's.
        # "scheduled to <verb> <date>" with no "on" before the date is coming too.
        (
            "The trial is set to resume on March 3, 2021.",
            "en",
            "The trial, which is scheduled to resume March 3, was halted.",
            "en",
            _OCTOBER,
            "pass",
        ),
        (
            "The trial is set to resume on March 3, 2020.",
            "en",
            "The trial, which is scheduled to resume March 3, was halted.",
            "en",
            _OCTOBER,
            "fail",
        ),
        (
            "Der Prozess wird am 3. März 2021 fortgesetzt.",
            "de",
            "The trial, which is expected to begin again March 3, was halted.",
            "en",
            _OCTOBER,
            "pass",
        ),
        (
            "The hearing is set for March 3, 2020.",
            "en",
            "The hearing is scheduled for March 3.",
            "en",
            _OCTOBER,
            "fail",
        ),
        (
            "The hearing is set for March 3, 2021.",
            "en",
            "The hearing is scheduled for March 3.",
            "en",
            _OCTOBER,
            "pass",
        ),
        (
            "Die Anhörung ist für den 3. März 2020 angesetzt.",
            "de",
            "The hearing will be held on March 3.",
            "en",
            _OCTOBER,
            "fail",
        ),
        (
            "Die Anhörung ist für den 3. März 2021 angesetzt.",
            "de",
            "The hearing will be held on March 3.",
            "en",
            _OCTOBER,
            "pass",
        ),
        (
            "The hearing is set for March 3, 2020.",
            "en",
            "Die Anhörung soll am 3. März stattfinden.",
            "de",
            _OCTOBER,
            "fail",
        ),
        (
            "La audiencia será el 3 de marzo de 2020.",
            "es",
            "L'audience est prévue le 3 mars.",
            "fr",
            _OCTOBER,
            "fail",
        ),
        (
            "The hearing is set for March 3, 2020.",
            "en",
            "La audiencia está prevista para el 3 de marzo.",
            "es",
            _OCTOBER,
            "fail",
        ),
        (
            "The hearing is set for March 3, 2020.",
            "en",
            "A audiência está marcada para 3 de março.",
            "pt",
            _OCTOBER,
            "fail",
        ),
        (
            "The hearing is set for March 3, 2020.",
            "en",
            "公聴会は3月3日に開かれる予定だ。",
            "ja",
            _OCTOBER,
            "fail",
        ),
        (
            "The hearing is set for March 3, 2021.",
            "en",
            "听证会将于3月3日举行。",
            "zh",
            _OCTOBER,
            "pass",
        ),
        (
            "The hearing is set for March 3, 2020.",
            "en",
            "听证会将于3月3日举行。",
            "zh",
            _OCTOBER,
            "fail",
        ),
        # A coming date later in the year than the page: the page's year.
        (
            "The hearing is set for November 23, 2020.",
            "en",
            "The hearing is scheduled for Nov. 23.",
            "en",
            _OCTOBER,
            "pass",
        ),
        # A past date later in the year than the page is last year's.
        (
            "The summit took place on December 3, 2020.",
            "en",
            "The summit took place on Dec. 3.",
            "en",
            _MARCH,
            "fail",
        ),
        (
            "The summit took place on December 3, 2019.",
            "en",
            "The summit took place on Dec. 3.",
            "en",
            _MARCH,
            "pass",
        ),
        (
            "Le sommet a eu lieu le 3 décembre 2020.",
            "fr",
            "Der Gipfel fand am 3. Dezember in Rom statt.",
            "de",
            _MARCH,
            "fail",
        ),
        (
            "La cumbre tuvo lugar el 3 de diciembre de 2019.",
            "es",
            "Le sommet a eu lieu le 3 décembre.",
            "fr",
            _MARCH,
            "pass",
        ),
        # No word of tense: the page's year, as before.
        (
            "The hearing was on March 3, 2020.",
            "en",
            "The hearing was on March 3.",
            "en",
            _OCTOBER,
            "pass",
        ),
    ],
)
def test_yearless_date_in_a_future_or_past_context(
    statement: str, lang: str, quote: str, quote_lang: str, published: date, status: str
) -> None:
    result = claim_supported(
        statement, [quote], published, statement_lang=lang, quote_lang=quote_lang
    )
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A word of rank in a compound adjective ranks nothing: nothing to compare.
        (
            "Lagos runs a first-tier port.",
            "en",
            "For the first time, Lagos leads the list of ports.",
            "en",
            "unverified",
        ),
        (
            "The firm sells second-hand cars.",
            "en",
            "La empresa vende por segunda vez coches.",
            "es",
            "unverified",
        ),
        (
            "Die Firma verkauft Autos aus zweiter Hand.",
            "de",
            "The firm was the second to sell cars.",
            "en",
            "unverified",
        ),
        (
            "La empresa vende coches de segunda mano.",
            "es",
            "The firm was the second to sell cars.",
            "en",
            "unverified",
        ),
        (
            "L'hôtel est de première classe.",
            "fr",
            "The hotel opened first in the city.",
            "en",
            "unverified",
        ),
        (
            "O hotel é de primeira linha.",
            "pt",
            "Pela primeira vez, o hotel abriu.",
            "pt",
            "unverified",
        ),
        ("这是一家第一流的酒店。", "zh", "The hotel was the first in town.", "en", "unverified"),
        # A rank stays one.
        (
            "The hotel was the second in town.",
            "en",
            "The hotel was the first in town.",
            "en",
            "fail",
        ),
        (
            "The hotel was the first in town.",
            "en",
            "Pela primeira vez, o hotel abriu.",
            "pt",
            "pass",
        ),
    ],
)
def test_compound_adjectives_are_no_ranks(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Across scripts, a negated sentence right after a short figure's sentence may deny
        # what the statement ties to the figure: a person must read it.
        (
            "2019年、その橋は完成した。",
            "ja",
            "In 2019 we tried. The bridge was not finished.",
            "en",
            "unverified",
        ),
        (
            "2019年，这座桥建成了。",
            "zh",
            "2019 haben wir es versucht. Die Brücke wurde nicht fertig.",
            "de",
            "unverified",
        ),
        (
            "The bridge was finished in 2019.",
            "en",
            "2019年，我们尝试过。这座桥没有建成。",
            "zh",
            "unverified",
        ),
        (
            "2019年、その橋は完成した。",
            "ja",
            "Em 2019 nós tentamos. A ponte não ficou pronta.",
            "pt",
            "unverified",
        ),
        # In one script, the words decide, as before.
        (
            "The bridge was finished in 2019.",
            "en",
            "In 2019 we tried. The bridge was not finished.",
            "en",
            "fail",
        ),
        # A figure's sentence that says more, or no negation after it: compared.
        (
            "2019年、その橋は完成した。",
            "ja",
            "In 2019 the engineers of the city finally finished the long bridge over the river. "
            "Nobody came.",
            "en",
            "pass",
        ),
        ("2019年、その橋は完成した。", "ja", "In 2019 the bridge was finished.", "en", "pass"),
        (
            "2019年、その橋は完成した。",
            "ja",
            "In 2019 we tried. The bridge was finished.",
            "en",
            "pass",
        ),
    ],
)
def test_negated_sentence_after_a_short_figure_sentence_across_scripts(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # "N de M" is a count out of a total, as "N von M", "N of M", "N sur M" are.
        (
            "Tres de cuatro partidos terminaron en empate.",
            "es",
            "Three of the four matches ended in a draw.",
            "en",
            "pass",
        ),
        (
            "Tres de cuatro partidos terminaron en empate.",
            "es",
            "Two of the four matches ended in a draw.",
            "en",
            "fail",
        ),
        (
            "Three of four matches ended in a draw.",
            "en",
            "Três de quatro jogos terminaram empatados.",
            "pt",
            "pass",
        ),
        (
            "Drei von vier Spielen endeten unentschieden.",
            "de",
            "Tres de cuatro partidos terminaron en empate.",
            "es",
            "pass",
        ),
        (
            "Drei von vier Spielen endeten unentschieden.",
            "de",
            "Tres de cinco partidos terminaron en empate.",
            "es",
            "fail",
        ),
        (
            "Três de quatro jogos terminaram empatados.",
            "pt",
            "Drei von vier Spielen endeten unentschieden.",
            "de",
            "pass",
        ),
        # A date stays a date.
        ("O jogo terminou no dia 3 de maio.", "pt", "The match ended on May 3.", "en", "pass"),
    ],
)
def test_n_de_m_is_a_count_out_of_a_total(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # In one language, a word of absence against a negation in a compared value's
        # clause may say the same: a person reads it, no fail; right after the figure
        # on both sides it is the figure's absence (`_figure_right_before`): a pass.
        (
            "Der 9. November fehlt im Kalender der Schule.",
            "de",
            "Im Schulkalender steht der 9. November nicht.",
            "de",
            "pass",
        ),
        # A negation of a word of being there ("list", "incluye", "mentionne") on the
        # figure says it is absent (`_presence_in_clause`).
        (
            "November 9 is missing from the school calendar.",
            "en",
            "The school calendar does not list November 9.",
            "en",
            "pass",
        ),
        (
            "The school calendar does not list November 9.",
            "en",
            "November 9 is missing from the school calendar.",
            "en",
            "pass",
        ),
        (
            "El 9 de noviembre falta en el calendario escolar.",
            "es",
            "El calendario escolar no incluye el 9 de noviembre.",
            "es",
            "pass",
        ),
        (
            "Le 9 novembre manque dans le calendrier scolaire.",
            "fr",
            "Le calendrier scolaire ne mentionne pas le 9 novembre.",
            "fr",
            "pass",
        ),
        # Across languages the absence meets the negation, as before.
        (
            "November 9 is missing from the school calendar.",
            "en",
            "Im Schulkalender steht der 9. November nicht.",
            "de",
            "pass",
        ),
        (
            "Le 9 novembre manque dans le calendrier scolaire.",
            "fr",
            "The school calendar does not list November 9.",
            "en",
            "pass",
        ),
        # A negation of a word the other side says outside its absence denies it.
        (
            "The 8 cabins have no showers.",
            "en",
            "The 8 cabins lack heating but have showers.",
            "en",
            "fail",
        ),
        # No absence: the negation still fails.
        (
            "Der 9. November steht im Kalender der Schule.",
            "de",
            "Im Schulkalender steht der 9. November nicht.",
            "de",
            "fail",
        ),
    ],
)
def test_absence_against_a_negation_in_one_language(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # The quote names the statement's noun with no count, in another clause than its
        # figure, which counts something else: the reader counts, no fail.
        (
            "The storm flattened three barns on the farm.",
            "en",
            "The storm flattened the barns of the farm, injuring 12 workers.",
            "en",
            "unverified",
        ),
        (
            "Der Sturm zerstörte drei Scheunen.",
            "de",
            "Der Sturm zerstörte die Scheunen des Hofes und verletzte 12 Arbeiter.",
            "de",
            "unverified",
        ),
        (
            "La tormenta destruyó tres graneros.",
            "es",
            "La tormenta destruyó los graneros de la granja e hirió a 12 trabajadores.",
            "es",
            "unverified",
        ),
        # The quote counts the statement's noun, or its figure counts it: compared.
        (
            "The storm flattened three barns on the farm.",
            "en",
            "The storm flattened 5 barns of the farm, injuring 12 workers.",
            "en",
            "fail",
        ),
        (
            "The storm injured three workers.",
            "en",
            "The storm flattened the barns of the farm, injuring 12 workers.",
            "en",
            "fail",
        ),
        (
            "The storm flattened three barns on the farm.",
            "en",
            "The storm flattened a barn of the farm, injuring 12 workers.",
            "en",
            "fail",
        ),
    ],
)
def test_a_noun_the_quote_names_without_a_count(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A year of the statement's range that the quote gives only as its other year and
        # a span of years: worked out, for the reader.
        (
            "The drought lasted from 2005 to 2012.",
            "en",
            "In 2012 the region came out of a drought of seven years.",
            "en",
            "unverified",
        ),
        (
            "Die Dürre dauerte von 2005 bis 2012.",
            "de",
            "En 2012, la región salió de una sequía de siete años.",
            "es",
            "unverified",
        ),
        (
            "La sequía duró de 2005 a 2012.",
            "es",
            "In 2012 the region came out of a drought of seven years.",
            "en",
            "unverified",
        ),
        # Another span: the year contradicts.
        (
            "The drought lasted from 2004 to 2012.",
            "en",
            "In 2012 the region came out of a drought of seven years.",
            "en",
            "fail",
        ),
    ],
)
def test_a_year_worked_out_from_a_span(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
