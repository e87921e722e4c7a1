"""The negation classes of holdout30: verbs of denial and of refusal that negate an act
("denied taking", "refused to sign", "a refusé tout entretien", "negou ter feito"), and,
across languages, a negation on a sentence's main verb whose figure stands after it in its
clause or in an opening phrase before a coordinated verb. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A verb of denial with a gerund, an infinitive or a "that" clause negates the act.
        ("en", "The 41-year-old treasurer denied stealing funds from the club.",
         "Maria Olsen, 41, admitted stealing funds from the club", "en", "fail"),
        ("en", "The mayor denied that she approved the 2019 contract.",
         "The mayor approved the 2019 contract.", "en", "fail"),
        ("pt", "O prefeito negou ter assinado o contrato de 2019.",
         "O prefeito assinou o contrato de 2019.", "pt", "fail"),
        ("es", "El alcalde negó haber firmado el contrato de 2019.",
         "El alcalde firmó el contrato de 2019.", "es", "fail"),
        ("fr", "Le maire a nié avoir signé le contrat de 2019.",
         "Le maire a signé le contrat de 2019.", "fr", "fail"),
        ("de", "Der Bürgermeister bestritt, den Vertrag von 2019 unterschrieben zu haben.",
         "Der Bürgermeister hat den Vertrag von 2019 unterschrieben.", "de", "fail"),
        # Across languages: the figure after the denial in its clause.
        ("en", "The mayor denied signing the contract in 2019.",
         "O prefeito disse que assinou o contrato em 2019.", "pt", "fail"),
        ("pt", "O prefeito negou ter assinado o contrato em 2019.",
         "The mayor admitted that he signed the contract in 2019.", "en", "fail"),
        # A denial on both sides, or a denial for a negation, says the same.
        ("en", "The mayor denied signing the 2019 contract.",
         "The mayor denied having signed the 2019 contract.", "en", "pass"),
        ("pt", "O prefeito negou ter assinado o contrato de 2019.",
         "The mayor denied signing the 2019 contract.", "en", "pass"),
        ("es", "El alcalde negó haber firmado el contrato en 2019.",
         "Le maire a nié avoir signé le contrat en 2019.", "fr", "pass"),
        ("en", "The mayor denied signing the 2019 contract.",
         "The mayor did not sign the 2019 contract.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_denial_negates_the_act(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # "was denied bail" withholds a thing from the subject: no negation of an act of
        # his, read alike on both sides.
        ("en", "The 30-year-old driver was denied bail.",
         "The driver, 30, was denied bail on Monday.", "en", "pass"),
        ("en", "In 2021, the driver was denied parole.",
         "In 2021, the driver was denied parole.", "en", "pass"),
        # A denial of a thing ("denied the reports") is left as it was.
        ("en", "The ministry denied the reports about the 2018 budget.",
         "The ministry denied the reports about the 2018 budget.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_denied_thing_is_no_negated_act(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A verb of refusal with its act ("refused to sign", "refused any interview")
        # negates it.
        ("en", "The 62-year-old senator refused to sign the budget.",
         "The senator, 62, signed the budget on Friday.", "en", "fail"),
        ("en", "In March 2020, the club accepted the offer but refused to pay the fee.",
         "En marzo de 2020, el club aceptó la oferta y pagó la tasa.", "es", "fail"),
        ("fr", "Le ministre a refusé toute interview avec la presse dans les 48 heures.",
         "Within 48 hours, the minister gave a long interview to the press.", "en", "fail"),
        ("es", "El ministro se negó a firmar el acuerdo de 2022.",
         "El ministro firmó el acuerdo de 2022.", "es", "fail"),
        ("pt", "O ministro recusou-se a assinar o acordo de 2022.",
         "O ministro assinou o acordo de 2022.", "pt", "fail"),
        ("de", "Der Minister weigerte sich, das Abkommen von 2022 zu unterschreiben.",
         "Der Minister unterschrieb das Abkommen von 2022.", "de", "fail"),
        ("zh", "部长拒绝签署2022年的协议。", "部长签署了2022年的协议。", "zh", "fail"),
        # A refusal on both sides, or a refusal for a negation, says the same.
        ("en", "The senator refused to sign the 2022 budget.",
         "The senator did not sign the 2022 budget.", "en", "pass"),
        ("es", "El ministro se negó a firmar el acuerdo de 2022.",
         "The minister refused to sign the 2022 agreement.", "en", "pass"),
        ("fr", "Le ministre a refusé de signer l'accord de 2022.",
         "Der Minister weigerte sich, das Abkommen von 2022 zu unterschreiben.", "de", "pass"),
        # "rechazó" before an adverb or a name refuses no act of its own.
        ("es", "En 2021 rechazó Oliver la oferta de 3 millones de euros.",
         "In 2021, Oliver rejected the offer of 3 million euros.", "en", "pass"),
        ("es", "En 2022, el ministro rechazó firmar el acuerdo.",
         "In 2022, the minister signed the agreement.", "en", "fail"),
        # A figure that "declined to" a level is no refusal.
        ("en", "In 2020, sales declined to 35 units.",
         "In 2020, sales fell to 35 units.", "en", "pass"),
        ("en", "In 2020, sales declined to record lows of 35 units.",
         "In 2020, sales fell to record lows of 35 units.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_refusal_negates_the_act(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # Across languages, a negation on the main verb with the figure after it in its
        # clause, beyond the words it governs.
        ("fr", "Le tribunal n'a jamais déclaré l'entreprise responsable des 12 accidents.",
         "The court found the company liable for all 12 accidents.", "en", "fail"),
        ("es", "El tribunal no declaró a la empresa responsable de los 12 accidentes.",
         "The court found the company liable for all 12 accidents.", "en", "fail"),
        ("en", "The court never found the company liable for the 12 accidents.",
         "Le tribunal a déclaré l'entreprise responsable des 12 accidents.", "fr", "fail"),
        # Negated on both sides: the same.
        ("fr", "Le tribunal n'a jamais déclaré l'entreprise responsable des 12 accidents.",
         "The court never found the company liable for the 12 accidents.", "en", "pass"),
        # A coordinated verb after an opening phrase holding the figure.
        ("en", "In June 2015, the ship reached Malta but did not unload its cargo.",
         "En junio de 2015, el barco llegó a Malta y descargó su carga.", "es", "fail"),
        ("en", "In June 2015, the ship reached Malta but did not unload its cargo.",
         "En junio de 2015, el barco llegó a Malta pero no descargó su carga.", "es", "pass"),
    ],
)  # fmt: skip
def test_a_negated_main_verb_across_languages(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A figure in an apposition, between commas, on the name opening the sentence: a
        # negation on the main verb after it denies the quote's predicate.
        ("fr", "Dupont, alors âgé de 34 ans, n'a pas été élu maire.",
         "Dupont, who was 34 at the time, was elected mayor.", "en", "fail"),
        ("es", "García, entonces de 34 años, no fue elegido alcalde.",
         "García, who was 34 at the time, was elected mayor.", "en", "fail"),
        ("en", "Garcia, then aged 34, was not elected mayor.",
         "García, que entonces tenía 34 años, fue elegido alcalde.", "es", "fail"),
        # Negated on both sides, or not at all: the same.
        ("fr", "Dupont, alors âgé de 34 ans, n'a pas été élu maire.",
         "Dupont, who was 34 at the time, was not elected mayor.", "en", "pass"),
        ("fr", "Dupont, alors âgé de 34 ans, a été élu maire.",
         "Dupont, who was 34 at the time, was elected mayor.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_negation_after_an_apposition_holding_the_figure(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # "nichts", "nothing", "nada" as the subject of the figure's clause negate it; the
        # dot of a German ordinal ("des 18. Jahrhunderts") ends no sentence.
        ("de", "Von der ursprünglichen Fassade des 18. Jahrhunderts ist nichts erhalten.",
         "Much of the original 18th-century facade remains intact.", "en", "fail"),
        ("en", "Nothing of the original 18th-century facade remains.",
         "Much of the original 18th-century facade remains intact.", "en", "fail"),
        ("pt", "Da fachada original do século 18 nada restou.",
         "Much of the original 18th-century facade remains intact.", "en", "fail"),
        # After an opening phrase naming what the clause is about, "rien" negates it; after
        # an adverbial one ("En 2019,"), "aucune équipe n'avait" is "the first team to".
        ("fr", "De la façade originale du XVIIIe siècle, rien n'a été conservé.",
         "Much of the original 18th-century facade remains intact.", "en", "fail"),
        ("fr", "En 2019, aucune équipe étrangère n'avait gagné la coupe.",
         "In 2019, Porto became the first foreign team to win the cup.", "en", "pass"),
        # Without the negation, or negated on both sides: the same.
        ("de", "Von der ursprünglichen Fassade des 18. Jahrhunderts ist viel erhalten.",
         "Much of the original 18th-century facade remains intact.", "en", "pass"),
        ("de", "Von der ursprünglichen Fassade des 18. Jahrhunderts ist nichts erhalten.",
         "Nothing remains of the original 18th-century facade.", "en", "pass"),
    ],
)  # fmt: skip
def test_nothing_negates_the_figure_clause(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A quote's figure in a relative clause on its subject ("a driver who had waited 40
        # minutes"): a negation on the statement's main verb after a subject holding the
        # figure denies the quote's predicate.
        ("es", "El conductor, tras esperar 40 minutos, no recibió ayuda.",
         "After the crash, a driver who had waited 40 minutes received help.", "en", "fail"),
        ("fr", "Le conducteur, après 40 minutes d'attente, n'a reçu aucune aide.",
         "After the crash, a driver who had waited 40 minutes received help.", "en", "fail"),
        ("es", "El conductor, tras esperar 40 minutos, recibió ayuda.",
         "After the crash, a driver who had waited 40 minutes received help.", "en", "pass"),
        ("es", "El conductor, tras esperar 40 minutos, no recibió ayuda.",
         "After the crash, a driver who had waited 40 minutes received no help.", "en",
         "pass"),
        # The other way round: the statement's figure in the relative subject.
        ("en", "After the crash, a driver who had waited 40 minutes received help.",
         "El conductor, tras esperar 40 minutos, no recibió ayuda.", "es", "fail"),
        ("en", "After the crash, a driver who had waited 40 minutes received no help.",
         "El conductor, tras esperar 40 minutos, no recibió ayuda.", "es", "pass"),
        # The figure in the predicate after the relative clause: no subject of it.
        ("es", "El puente, reconstruido en 2019, no reabrió.",
         "After the storm, the bridge that collapsed was rebuilt in 2019.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_negation_against_a_figure_in_a_relative_subject(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A refusal of another act than the quote's, coordinated after what the quote
        # says: the quote's claim stands.
        ("en", "In 2022, the senator signed the budget but refused to comment.",
         "En 2022, el senador firmó el presupuesto.", "es", "pass"),
        ("en", "The senator refused to comment but signed the 2022 budget.",
         "The senator signed the 2022 budget.", "en", "pass"),
        # "was refused entry" (a thing withheld) is no refusal of the subject's.
        ("zh", "他被拒绝入境，2022年离开。", "He was refused entry and left in 2022.", "en",
         "pass"),
        # Japanese and Chinese verbs of refusal negate the act before or after them.
        ("ja", "部長は2022年の協定への署名を拒否した。",
         "The minister signed the 2022 agreement.", "en", "fail"),
        ("ja", "部長は2022年の協定への署名を拒否した。",
         "The minister refused to sign the 2022 agreement.", "en", "pass"),
        ("zh", "部长拒绝签署2022年的协议。", "The minister signed the 2022 agreement.", "en",
         "fail"),
        ("zh", "部长拒绝签署2022年的协议。",
         "The minister refused to sign the 2022 agreement.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_refusal_of_another_act_or_across_scripts(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # The quote denies or refuses what the statement affirms.
        ("en", "The coach admitted making a mistake in 2012.",
         "O treinador negou ter errado em 2012.", "pt", "fail"),
        ("pt", "O treinador admitiu ter errado em 2012.",
         "O treinador negou ter errado em 2012.", "pt", "fail"),
        ("en", "The minister signed the 2022 agreement.",
         "El ministro se negó a firmar el acuerdo de 2022.", "es", "fail"),
        ("fr", "Le ministre a signé l'accord de 2022.",
         "Der Minister weigerte sich, das Abkommen von 2022 zu unterschreiben.", "de", "fail"),
        ("en", "The 41-year-old driver admitted speeding.",
         "Jan Novak, 41, denied speeding.", "en", "fail"),
    ],
)  # fmt: skip
def test_a_quote_that_denies_or_refuses(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
