"""Comparison-phase classes of issue 13 where both sides' figures are read but a cautious
rule left the pair unverified: a statement that names "the former" or "the latter" itself
against a quote that shares its figures out by those words. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

EN_SHARED = (
    "We tested the Orion X2 and the Vega 5: the former draws up to 65 W, the latter up to 95 W."
)
DE_SHARED = "Im Test: ersterer kostet 499 Euro, letzterer 649 Euro."
JA_SHARED = "前者の消費電力は最大65W、後者は最大95Wです。"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The statement names the side; none of that side's figures of the dimension is
        # the statement's: the figure is the other side's, a contradiction.
        ("The second model draws up to 65 W.", EN_SHARED, "en", "en", "fail"),
        ("後者の消費電力は最大65Wだ。", JA_SHARED, "ja", "ja", "fail"),
        ("The latter draws up to 65 W.", JA_SHARED, "en", "ja", "fail"),
        ("Le second coûte 499 euros.", DE_SHARED, "fr", "de", "fail"),
        ("El primero cuesta 649 euros.", DE_SHARED, "es", "de", "fail"),
        # Look-alikes: the side's own figure is no contradiction; a statement that names
        # neither side (a model's name the quote does not give) stays for a person.
        ("後者の消費電力は最大95Wだ。", JA_SHARED, "ja", "ja", "pass"),
        ("The former draws up to 65 W.", JA_SHARED, "en", "ja", "pass"),
        ("Le second coûte 649 euros.", DE_SHARED, "fr", "de", "pass"),
        ("El primero cuesta 499 euros.", DE_SHARED, "es", "de", "pass"),
        ("The Vega 5 draws up to 65 W.", EN_SHARED, "en", "en", "unverified"),
        ("Vega 5の消費電力は最大65Wだ。", JA_SHARED, "ja", "ja", "unverified"),
        ("Das teurere Gerät kostet 499 Euro.", DE_SHARED, "de", "de", "unverified"),
        # No "the former" in the quote: "the latter figure" shares nothing out.
        (
            "The latter draws up to 65 W.",
            "The Orion X2 draws up to 65 W; the latter figure is its peak.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_a_statement_naming_the_former_or_the_latter(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A statement that says "the latter" ("le second", "後者", "the second model") itself
    is compared with that side's figures: a figure none of them gives fails."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The quote's figure written with another unit of its dimension: a bound the
        # quote's implies only because the unit is smaller is a misstatement.
        ("The backup runs for at least 20 seconds.", "The backup runs for at least 20 minutes.",
         "en", "en", "fail"),
        ("Die Sicherung dauert mindestens 20 Sekunden.",
         "The backup runs for at least 20 minutes.", "de", "en", "fail"),
        ("La sauvegarde dure au moins 20 secondes.", "La sauvegarde dure au moins 20 minutes.",
         "fr", "fr", "fail"),
        ("Le chantier a duré plus de 30 mois.", "工程持续了超过30年。", "fr", "zh", "fail"),
        ("El sendero mide más de 12 metros.", "El sendero mide más de 12 kilómetros.", "es",
         "es", "fail"),
        # Look-alikes: another figure far below the bound stays for a person; the same
        # figure in the same unit, or the same length in other units, passes.
        ("The backup runs for at least 5 seconds.", "The backup runs for at least 20 minutes.",
         "en", "en", "unverified"),
        ("Le chantier a duré plus de 3 ans.", "工程持续了超过30年。", "fr", "zh", "unverified"),
        ("Le chantier a duré plus de 30 ans.", "工程持续了超过30年。", "fr", "zh", "pass"),
        ("The trail is longer than 12 km.", "The trail is longer than 12,000 meters.", "en",
         "en", "pass"),
    ],
)  # fmt: skip
def test_a_weaker_bound_in_another_unit(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A bound implied by the quote's far stronger one is left to a person, unless the
    statement writes the quote's own figure with another unit ("20 seconds" for "20
    minutes"): that is the figure misread, and fails."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


TOUR = "The Tour, the most watched race, has 21 stages."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "plus", "más", "mais" inside a superlative ([polarity.degree]) are its degree, no
        # change of the figure: with the quote's own superlative of that degree, the figure
        # alone decides.
        ("Le Tour, la course la plus suivie, compte 21 étapes.", TOUR, "fr", "en", "pass"),
        ("Le Tour, la course la plus suivie, compte 23 étapes.", TOUR, "fr", "en", "fail"),
        ("El Tour es la más vista de las carreras y tiene 21 etapas.", TOUR, "es", "en", "pass"),
        ("El Tour es la más vista de las carreras y tiene 22 etapas.", TOUR, "es", "en", "fail"),
        ("O Tour é a mais vista das corridas e tem 21 etapas.", TOUR, "pt", "en", "pass"),
        ("Le Tour, la course la plus suivie, compte 21 étapes.",
         "Le Tour, la course la plus suivie, compte 21 étapes.", "fr", "fr", "pass"),
        # Look-alikes: the word outside a superlative is a direction the quote does not
        # give; the other degree is for a person.
        ("O Tour tem 21 etapas, mais do que o Giro.", TOUR, "pt", "en", "unverified"),
        ("Le Tour compte 21 étapes de plus.", TOUR, "fr", "en", "unverified"),
        ("Le Tour, la course la plus suivie, compte désormais 21 étapes de plus.", TOUR, "fr",
         "en", "unverified"),
        ("Le Tour, la course la moins suivie, compte 21 étapes.", TOUR, "fr", "en",
         "unverified"),
        # A superlative is no direction of a figure at all ([directions.idioms], issue U):
        # against a quote with no superlative the figure alone decides.
        ("Le Tour, la course la plus suivie, compte 21 étapes.", "The Tour has 21 stages.",
         "fr", "en", "pass"),
    ],
)  # fmt: skip
def test_a_superlatives_degree_is_no_direction(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A direction word that only stands inside a superlative ("la plus suivie") is the
    superlative's degree: against a quote with the same degree and no other, it asks for
    no direction of the figure."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "cleared up", "lined up": a particle, no rise to find in the quote.
        ("The dispute was cleared up in 1987.", "Der Streit wurde 1987 beigelegt.", "en", "de",
         "pass"),
        ("The dispute was cleared up in 1987.", "争议在1987年得到澄清。", "en", "zh", "pass"),
        ("The dispute was cleared up in 1989.", "争议在1987年得到澄清。", "en", "zh", "fail"),
        ("Twelve buyers lined up for the flat.", "Para o apartamento havia 12 compradores.",
         "en", "pt", "pass"),
        ("Twelve buyers lined up for the flat.", "Para o apartamento havia 15 compradores.",
         "en", "pt", "fail"),
        # Look-alike: "went up" is a rise, which the quote does not give.
        ("Prices went up 12% in 1987.", "Die Preise lagen 1987 bei 12 %.", "en", "de",
         "unverified"),
    ],
)  # fmt: skip
def test_a_particle_up_is_no_direction(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """ "Up" after "cleared" or "lined" is a particle ([directions] not_after), as after
    "made" or "set": no direction for the quote to give."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "for over", "in over", "seit über", "over … later": more than, never during;
        # against "nearly" the same figure that is a contradiction.
        ("The crew worked on the bridge for over a week.",
         "The crew worked on the bridge for nearly a week.", "en", "en", "fail"),
        ("The crew worked on the bridge for over a week.",
         "La cuadrilla trabajó en el puente casi una semana.", "en", "es", "fail"),
        ("The bridge reopened over 200 years later.",
         "Le pont a rouvert près de 200 ans plus tard.", "en", "fr", "fail"),
        ("Die Brücke steht seit über 200 Jahren.", "Die Brücke steht seit fast 200 Jahren.",
         "de", "de", "fail"),
        ("It was the first bridge in over 50 years.",
         "C'était le premier pont depuis près de 50 ans.", "en", "fr", "fail"),
        # Look-alikes: "over" alone before a duration may mean "during"; "über … hinweg"
        # does.
        ("The crew worked on the bridge over a week.",
         "The crew worked on the bridge for a week.", "en", "en", "unverified"),
        ("Die Arbeiter bauten über sechs Tage.", "The workers built for six days.", "de", "en",
         "unverified"),
        ("Die Arbeiter bauten über sechs Tage hinweg.", "The workers built for six days.", "de",
         "en", "pass"),
    ],
)  # fmt: skip
def test_over_that_cannot_mean_during(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """ "Over" before a duration may mean "during", unless a word right before it ("for",
    "in", "seit") or right after the duration ("later", "später") makes it "more than"
    ([hedges] not_during_before, not_during_after)."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


RACE_DE = (
    "Im Rennen der Frauen lief Lea Brandt in 12,40 sek auf den 4. Platz; zwischen den ersten "
    "drei Plätzen lagen nur 0,05 Sekunden."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "den ersten drei Plätzen", "the first three places": a group of places, no rival
        # of the statement's place in a quote in another language.
        ("布兰特以12.40秒获得第四名。", RACE_DE, "zh", "de", "pass"),
        ("ブラントは12秒40で4位だった。", RACE_DE, "ja", "de", "pass"),
        ("Brandt a terminé troisième en 12,40 s.", RACE_DE, "fr", "de", "fail"),
        ("该队获得第四名。",
         "Das Team belegte im Sprint den 4. Platz, die ersten drei Plätze gingen an Kenia.",
         "zh", "de", "pass"),
        ("L'équipe a terminé quatrième.",
         "The team came 4th in the sprint; the first three places went to Kenya.", "fr", "en",
         "pass"),
        # Look-alikes: a place of its own is a rival; which is the statement's, a person reads.
        ("该队获得第四名。",
         "Das Team belegte im Sprint den 4. Platz und in der Staffel den 1. Platz.", "zh", "de",
         "unverified"),
        ("L'équipe a terminé quatrième.", "The team came 4th in the sprint and 1st in the relay.",
         "fr", "en", "unverified"),
    ],
)  # fmt: skip
def test_a_rank_of_a_group_is_no_rival(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A rank with a count beside it ("the first three places") names a group of places:
    no other place the statement's figure might be, across languages."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


WIN_JA = "鈴木選手はほぼ3年ぶりに優勝した。"
REBOUND_JA = "株価は4日ぶりに反発した。"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "For the first time in N": the rank 1 is what "N年ぶり" says after the same
        # duration ([ranks] first_time, since_marks).
        ("Suzuki won for the first time in almost three years.", WIN_JA, "en", "ja", "pass"),
        ("Suzuki gewann zum ersten Mal seit fast drei Jahren.", WIN_JA, "de", "ja", "pass"),
        ("Suzuki a gagné pour la première fois depuis près de trois ans.", WIN_JA, "fr", "ja",
         "pass"),
        ("铃木近三年来首次夺冠。", WIN_JA, "zh", "ja", "pass"),
        ("Shares rebounded for the first time in four days.", REBOUND_JA, "en", "ja", "pass"),
        # Look-alikes: another duration fails; another rank, the first time anywhere, or
        # a quote without "ぶり" gives no rank.
        ("Suzuki won for the first time in almost four years.", WIN_JA, "en", "ja", "fail"),
        ("Shares rebounded for the first time in five days.", REBOUND_JA, "en", "ja", "fail"),
        ("Suzuki won for the second time in almost three years.", WIN_JA, "en", "ja",
         "unverified"),
        ("Shares rebounded for the first time in Tokyo.", REBOUND_JA, "en", "ja", "unverified"),
        ("Shares rebounded for the first time.", REBOUND_JA, "en", "ja", "unverified"),
        ("Shares rebounded for the first time in four days.", "株価は4日間上昇した。", "en",
         "ja", "unverified"),
    ],
)  # fmt: skip
def test_the_first_time_in_a_duration(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """ "The first time in five days" ("zum ersten Mal seit", "五年来首次") says what
    "5日ぶり" says: the rank is given by "ぶり" after the statement's duration."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


OKAFOR = "Miriam Okafor, 34, won the race in Leeds."
OKAFOR_WHO = "Miriam Okafor, who was 34 at the time, won the race."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # An age ([ages] patterns) against the figure set off by commas after the same name.
        ("The 43-year-old Miriam Okafor won the race.", OKAFOR, "en", "en", "fail"),
        ("Miriam Okafor is 43 years old.", OKAFOR, "en", "en", "fail"),
        ("Die 43-jährige Miriam Okafor gewann das Rennen.", OKAFOR, "de", "en", "fail"),
        ("Miriam Okafor, âgée de 43 ans, a gagné la course.", OKAFOR, "fr", "en", "fail"),
        ("The 34-year-old Miriam Okafor won the race.", OKAFOR, "en", "en", "pass"),
        ("Die 34-jährige Miriam Okafor gewann das Rennen.", OKAFOR, "de", "en", "pass"),
        ("Miriam Okafor, âgée de 34 ans, a gagné la course.", OKAFOR, "fr", "en", "pass"),
        # Look-alikes: another person, a span of years, a figure that is no apposition, a
        # name that is no person's all stay for a person.
        ("The 43-year-old John Reed won the race.", OKAFOR, "en", "en", "unverified"),
        ("Miriam Okafor retired 43 years later.", OKAFOR, "en", "en", "unverified"),
        ("The 43-year-old Miriam Okafor won the race.",
         "Miriam Okafor won the race in Leeds, her 34th.", "en", "en", "unverified"),
        ("The 43-year-old Miriam Okafor won the race.",
         "In Leeds, 34, runners started; Miriam Okafor won.", "en", "en", "unverified"),
        ("The club is 43 years old.", OKAFOR, "en", "en", "unverified"),
        # A relative clause right after the name gives the age too ([ages] relative);
        # "avait 43 ans", "tenía 43 años", "tinha 43 anos" are ages, "il y a 43 ans" not.
        ("Okafor avait 43 ans lors de la course.", OKAFOR_WHO, "fr", "en", "fail"),
        ("Okafor avait 34 ans lors de la course.", OKAFOR_WHO, "fr", "en", "pass"),
        ("Okafor tenía 43 años cuando ganó.", OKAFOR_WHO, "es", "en", "fail"),
        ("Okafor tenía 34 años cuando ganó.", OKAFOR_WHO, "es", "en", "pass"),
        ("Okafor tinha 43 anos quando venceu.", OKAFOR_WHO, "pt", "en", "fail"),
        ("Il y a 43 ans, Okafor a gagné la course.", OKAFOR_WHO, "fr", "en", "unverified"),
        # An age set off by commas after the name ("Okafor, 43 ans,"); the name must stand
        # near the age: another person's age further on is not hers.
        ("Okafor, 43 ans, a gagné la course.", OKAFOR, "fr", "en", "fail"),
        ("Okafor, 34 ans, a gagné la course.", OKAFOR, "fr", "en", "pass"),
        ("Okafor, 43 años, ganó la carrera.", OKAFOR, "es", "en", "fail"),
        ("Okafor won the race in Leeds, and her coach Brian Smith, a former sprinter from "
         "Manchester, is 43 years old.", OKAFOR, "en", "en", "unverified"),
        ("Okafor avait 43 ans lors de la course.",
         "Miriam Okafor won; the winner of 2019, who was 34, came second.", "fr", "en",
         "unverified"),
    ],
)  # fmt: skip
def test_an_age_against_a_figure_apposed_to_the_name(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """ "Name, 34," gives the person's age: a statement's age of that person ("43-year-old",
    "43-jährige", "âgée de 43 ans") is compared with it."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
