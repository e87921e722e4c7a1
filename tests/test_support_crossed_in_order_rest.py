"""A quote in another language gives two figures, each to its own holder or noun, in the
statement's order, but the statement's words give each figure to the other's holder ("The
fair holds 51 %, the utility 49 %" for "zu 51 Prozent durch die Stadtwerke und zu 49
Prozent von der Messe"): the words the engine can tie across languages ([holders],
cognates) prove the swap. A statement that keeps each figure with its own holder still
passes; nouns no word ties keep their pass."""

import pytest

from factdb.engine.support import claim_supported

_EN_UTILITY = "The utility holds 51% of the company and the fair 49%."
_FR_CITY = "La ville détient 60 % de la salle et la foire 40 %."
_EN_STATE = "The state owns 70% of the grounds, the fair 30%."
_EN_FEDERAL = "The federal government holds 55% of the venue and the fair 45%."
_ZH_FAIR = "展会持有场馆55%的股份，联邦持有45%。"
_EN_GUNS = "He owned three pistols and two revolvers."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Holders swapped, the figures in the quote's order.
        ("La foire détient 51 % de la société, la régie 49 %.", "fr", _EN_UTILITY, "en", "fail"),
        ("La régie détient 51 % de la société, la foire 49 %.", "fr", _EN_UTILITY, "en", "pass"),
        (
            "Die Messe hält 60 Prozent der Halle, die Stadt 40 Prozent.",
            "de",
            _FR_CITY,
            "fr",
            "fail",
        ),
        (
            "Die Stadt hält 60 Prozent der Halle, die Messe 40 Prozent.",
            "de",
            _FR_CITY,
            "fr",
            "pass",
        ),
        ("La feria posee el 70 % del recinto y el estado el 30 %.", "es", _EN_STATE, "en", "fail"),
        ("El estado posee el 70 % del recinto y la feria el 30 %.", "es", _EN_STATE, "en", "pass"),
        # Chinese and Japanese holders stand before their figures.
        ("見本市が会場の55%を保有し、連邦が45%を保有する。", "ja", _EN_FEDERAL, "en", "fail"),
        ("連邦が会場の55%を保有し、見本市が45%を保有する。", "ja", _EN_FEDERAL, "en", "pass"),
        ("展会持有场馆55%的股份，联邦持有45%。", "zh", _EN_FEDERAL, "en", "fail"),
        ("联邦持有场馆55%的股份，展会持有45%。", "zh", _EN_FEDERAL, "en", "pass"),
        (
            "The federal government holds 55% of the venue and the fair 45%.",
            "en",
            _ZH_FAIR,
            "zh",
            "fail",
        ),
        (
            "The fair holds 55% of the venue and the federal government 45%.",
            "en",
            _ZH_FAIR,
            "zh",
            "pass",
        ),
        # Counted nouns tied by their cognates.
        ("Er besaß drei Revolver und zwei Pistolen.", "de", _EN_GUNS, "en", "fail"),
        ("Er besaß drei Pistolen und zwei Revolver.", "de", _EN_GUNS, "en", "pass"),
        ("Il avait trois pistolets et deux revolvers.", "fr", _EN_GUNS, "en", "pass"),
        # In one language, the same holders swapped fail as before.
        ("The fair holds 51% of the company, the utility 49%.", "en", _EN_UTILITY, "en", "fail"),
        ("The utility holds 51% of the company, the fair 49%.", "en", _EN_UTILITY, "en", "pass"),
    ],
)
def test_holders_crossed_in_order(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang",
    [
        # A swap said by nouns the engine ties only partly is never a pass.
        ("Il avait trois revolvers et deux pistolets.", "fr", _EN_GUNS, "en"),
    ],
)
def test_nouns_crossed_never_pass(statement: str, lang: str, quote: str, quote_lang: str) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status != "pass", result.reason


_EN_SEALS = (
    "Rangers counted 90 seals resting on Kapiti Island, 12 grey seals on Ward Beach and 35 "
    "resting on the Chetwode Islands."
)
_DE_SEALS = (
    "Ranger zählten 90 Robben auf Kapiti Island, 12 Kegelrobben am Ward Beach und 35 ruhende "
    "auf den Chetwode Islands."
)
_DE_SCHOOLS = (
    "Kommunale Schulen (65 Prozent der Schüler) unterstehen den Städten, private Schulen "
    "(35 Prozent) ihren Stiftungen."
)
_FR_SCHOOLS = (
    "Les écoles communales (65 % des élèves) dépendent des villes, les écoles privées (35 %) "
    "de leurs fondations."
)


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A place's name the quote gives one figure, a common word of it ("Island",
        # "Islands") several: the name decides whose figure the statement's is.
        ("Auf Kapiti Island ruhten 35 Robben.", "de", _EN_SEALS, "en", "fail"),
        ("Auf Kapiti Island ruhten 90 Robben.", "de", _EN_SEALS, "en", "pass"),
        ("En la isla Kapiti descansaban 35 focas.", "es", _EN_SEALS, "en", "fail"),
        ("En la isla Kapiti descansaban 90 focas.", "es", _EN_SEALS, "en", "pass"),
        ("35 seals rested on Kapiti Island.", "en", _DE_SEALS, "de", "fail"),
        ("90 seals rested on Kapiti Island.", "en", _DE_SEALS, "de", "pass"),
        ("35 seals rested on the Chetwode Islands.", "en", _DE_SEALS, "de", "pass"),
        # A holder's adjective in French ("communales") is the municipal one.
        ("Les écoles communales accueillent 35 % des élèves.", "fr", _DE_SCHOOLS, "de", "fail"),
        ("Les écoles communales accueillent 65 % des élèves.", "fr", _DE_SCHOOLS, "de", "pass"),
        ("Les écoles privées accueillent 35 % des élèves.", "fr", _DE_SCHOOLS, "de", "pass"),
        ("Municipal schools teach 35% of pupils.", "en", _FR_SCHOOLS, "fr", "fail"),
        ("Municipal schools teach 65% of pupils.", "en", _FR_SCHOOLS, "fr", "pass"),
        ("Kommunale Schulen haben 35 Prozent der Schüler.", "de", _FR_SCHOOLS, "fr", "fail"),
        (
            "Las escuelas municipales tienen el 65 % de los alumnos.",
            "es",
            _FR_SCHOOLS,
            "fr",
            "pass",
        ),
    ],
)
def test_own_name_and_holder_across(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_EN_BOND = "Tesla's new bond pays 200 times the rate of ordinary savings accounts."
_JA_BOND = "テスラの新しい社債について、その金利は普通預金の200倍だ。"


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # The statement's reference names what the quote measures, not what it measures
        # against: across languages, never a pass; the sides' meanings ([multiplier_sides]:
        # savings accounts, "預金") tell the swap (issue-B), as the labels do.
        (
            "Ordinary savings accounts pay 200 times the rate of Tesla's new bond.",
            "en",
            _JA_BOND,
            "ja",
            "fail",
        ),
        (
            "Tesla's new bond pays 200 times the rate of ordinary savings accounts.",
            "en",
            _JA_BOND,
            "ja",
            "pass",
        ),
        ("普通預金の金利はテスラ債の200倍だ。", "ja", _EN_BOND, "en", "fail"),
        ("テスラ債の金利は普通預金の200倍だ。", "ja", _EN_BOND, "en", "pass"),
        ("普通储蓄账户的利率是Tesla债券的200倍。", "zh", _EN_BOND, "en", "fail"),
        ("Tesla债券的利率是普通储蓄账户的200倍。", "zh", _EN_BOND, "en", "pass"),
        # In one language the swap is read as before.
        (
            "Ordinary savings accounts pay 200 times the rate of Tesla's new bond.",
            "en",
            _EN_BOND,
            "en",
            "fail",
        ),
    ],
)
def test_multiplier_reference_named_apart(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_EN_ABBEY = "Much of the abbey's 12th-century masonry remains intact."
_FR_ABBEY = "Une grande partie de la maçonnerie du XIIe siècle de l'abbaye est intacte."
_DE_ABBEY = "Ein großer Teil des Mauerwerks der Abtei aus dem 12. Jahrhundert ist erhalten."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Little of a whole against much of it ([polarity.amount]).
        ("Little of the abbey's 12th-century masonry survives.", "en", _EN_ABBEY, "en", "fail"),
        ("Much of the abbey's 12th-century masonry survives.", "en", _EN_ABBEY, "en", "pass"),
        (
            "Il reste peu de la maçonnerie du XIIe siècle de l'abbaye.",
            "fr",
            _EN_ABBEY,
            "en",
            "fail",
        ),
        (
            "Une grande partie de la maçonnerie du XIIe siècle de l'abbaye subsiste.",
            "fr",
            _EN_ABBEY,
            "en",
            "pass",
        ),
        # "un peu de" is some of it, not little.
        (
            "Il reste un peu de la maçonnerie du XIIe siècle de l'abbaye.",
            "fr",
            _EN_ABBEY,
            "en",
            "pass",
        ),
        (
            "Wenig vom Mauerwerk der Abtei aus dem 12. Jahrhundert ist erhalten.",
            "de",
            _FR_ABBEY,
            "fr",
            "fail",
        ),
        (
            "Ein großer Teil des Mauerwerks der Abtei aus dem 12. Jahrhundert ist erhalten.",
            "de",
            _FR_ABBEY,
            "fr",
            "pass",
        ),
        ("Little of the abbey's 12th-century masonry survives.", "en", _DE_ABBEY, "de", "fail"),
        ("Most of the abbey's 12th-century masonry survives.", "en", _DE_ABBEY, "de", "pass"),
    ],
)
def test_little_against_much_of_a_whole(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_ZH_TRIAL = "在这项实验中，12名志愿者被要求在模拟海拔2.5公里的房间里喝下一杯威士忌。"
_EN_TRIAL = (
    "In the trial, 12 volunteers drank a glass of whisky in a room simulating 2.5 km of altitude."
)


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Refusing a drink is abstaining ([polarity.drinking]).
        (
            "In the trial, 12 volunteers refused whisky at a simulated 2.5 km.",
            "en",
            _ZH_TRIAL,
            "zh",
            "fail",
        ),
        (
            "In the trial, 12 volunteers drank whisky at a simulated 2.5 km.",
            "en",
            _ZH_TRIAL,
            "zh",
            "pass",
        ),
        (
            "Dans l'essai, 12 volontaires ont refusé le whisky à 2,5 km simulés.",
            "fr",
            _EN_TRIAL,
            "en",
            "fail",
        ),
        (
            "Dans l'essai, 12 volontaires ont bu du whisky à 2,5 km simulés.",
            "fr",
            _EN_TRIAL,
            "en",
            "pass",
        ),
        (
            "Im Versuch verweigerten 12 Freiwillige den Whisky in simulierten 2,5 km Höhe.",
            "de",
            _EN_TRIAL,
            "en",
            "fail",
        ),
        ("Im Versuch lehnten 12 Freiwillige den Whisky ab.", "de", _EN_TRIAL, "en", "fail"),
        (
            "Im Versuch tranken 12 Freiwillige Whisky in simulierten 2,5 km Höhe.",
            "de",
            _EN_TRIAL,
            "en",
            "pass",
        ),
        ("在实验中，12名志愿者拒绝喝威士忌。", "zh", _EN_TRIAL, "en", "fail"),
        (
            "実験では、12人のボランティアがウイスキーを飲むのを拒んだ。",
            "ja",
            _EN_TRIAL,
            "en",
            "fail",
        ),
        ("実験では、12人のボランティアがウイスキーを飲んだ。", "ja", _EN_TRIAL, "en", "pass"),
        # Said refused on both sides, it passes.
        (
            "In the trial, 12 volunteers refused whisky at a simulated 2.5 km.",
            "en",
            "In the trial, 12 volunteers refused whisky at a simulated 2.5 km altitude.",
            "en",
            "pass",
        ),
    ],
)
def test_refusing_a_drink_is_abstaining(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_EN_MEDIAN = (
    "The median is the middle value of the sample, unlike the mean, which averages every value. "
    "Here it is 41.5."
)
_DE_SPREAD = (
    "Die Standardabweichung ist die Wurzel der Varianz, also des mittleren quadratischen "
    "Abstands vom Mittelwert. In diesem Fall beträgt sie 2,45."
)
_FR_SPREAD = (
    "L'écart type est la racine carrée de la variance, soit l'écart quadratique moyen. "
    "Ici, il est de 2,45."
)


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A pronoun before the quote's figure stands for the subject of the sentence before;
        # a statement naming another thing of that sentence is never a pass.
        ("The mean of the sample is 41.5.", "en", _EN_MEDIAN, "en", "unverified"),
        ("The median of the sample is 41.5.", "en", _EN_MEDIAN, "en", "pass"),
        ("Die Varianz beträgt in diesem Fall 2,45.", "de", _DE_SPREAD, "de", "unverified"),
        ("Die Standardabweichung beträgt in diesem Fall 2,45.", "de", _DE_SPREAD, "de", "pass"),
        ("The variance in this case is 2.45.", "en", _DE_SPREAD, "de", "unverified"),
        ("The standard deviation in this case is 2.45.", "en", _DE_SPREAD, "de", "pass"),
        ("La variance vaut ici 2,45.", "fr", _FR_SPREAD, "fr", "unverified"),
        ("L'écart type vaut ici 2,45.", "fr", _FR_SPREAD, "fr", "pass"),
        ("La varianza es de 2,45.", "es", _FR_SPREAD, "fr", "unverified"),
    ],
)
def test_pronoun_stands_for_the_subject_before(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_ES_PRISON = "Desde marzo de 2011 permanece en una prisión de alta seguridad cerca de Lima."
_EN_PRISON = "Since March 2011 he has remained in a high-security prison near Lima."
_DE_PRISON = "Seit März 2011 sitzt er in einem Hochsicherheitsgefängnis bei Lima in Haft."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Still held in prison is the custody side of [polarity] custody, not released.
        ("He was released from prison near Lima in March 2011.", "en", _ES_PRISON, "es", "fail"),
        (
            "He has been held in a prison near Lima since March 2011.",
            "en",
            _ES_PRISON,
            "es",
            "pass",
        ),
        ("Il a été libéré de la prison près de Lima en mars 2011.", "fr", _EN_PRISON, "en", "fail"),
        ("Il reste en prison près de Lima depuis mars 2011.", "fr", _EN_PRISON, "en", "pass"),
        (
            "Er wurde im März 2011 aus dem Gefängnis bei Lima entlassen.",
            "de",
            _ES_PRISON,
            "es",
            "fail",
        ),
        ("Er sitzt seit März 2011 bei Lima im Gefängnis.", "de", _ES_PRISON, "es", "pass"),
        ("Fue liberado en marzo de 2011.", "es", _DE_PRISON, "de", "fail"),
        ("Sigue preso desde marzo de 2011.", "es", _DE_PRISON, "de", "pass"),
        (
            "He was released in March 2011.",
            "en",
            "He was released from the prison near Lima in March 2011.",
            "en",
            "pass",
        ),
    ],
)
def test_still_held_against_released(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
