"""The negation classes of holdout25: Japanese obligations and spans not yet passed, negative
endings on both sides, negations glued to a participle, negations in a reported clause or on
a predicate whose subject holds the figure in apposition, CJK predicates, acquittals, and
permissions against bans across languages. Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def verdict(statement: str, quote: str, lang: str | None = "en", quote_lang: str | None = None):
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang)


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # Japanese obligations end in "ない" yet negate nothing: "定めなければならない",
        # "払わなくてはならない", "提出しないといけない" (must), "見直さざるを得なかった"
        # (had to).
        ("ja", "2026年4月までに新しい規則を定めなければならない。",
         "New rules must be adopted by April 2026.", "en", "pass"),
        ("ja", "2027年に報告書を提出しないといけない。",
         "Der Bericht muss 2027 vorgelegt werden.", "de", "pass"),
        ("ja", "2027年に報告書を提出しなくてはなりません。",
         "Le rapport doit être remis en 2027.", "fr", "pass"),
        ("ja", "2025年に計画を見直さざるを得なかった。",
         "In 2025, the plan had to be revised.", "en", "pass"),
        # A real negation still counts.
        ("ja", "2026年4月までに新しい規則を定めなかった。",
         "New rules were adopted by April 2026.", "en", "fail"),
    ],
)  # fmt: skip
def test_a_japanese_obligation_is_no_negation(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # "3日たたないうちに", "1年もたたないうちに", "3日経たずに": before N has passed, a
        # bound "less than" on the figure, no negation.
        ("ja", "発売から3日たたないうちに、試作機は売り切れた。",
         "Less than 3 days after the launch, the prototype sold out.", "en", "pass"),
        ("ja", "発売から3日もたたないうちに、試作機は売り切れた。",
         "Weniger als 3 Tage nach dem Start war der Prototyp ausverkauft.", "de", "pass"),
        ("ja", "発売から3日経たずに、試作機は売り切れた。",
         "Moins de 3 jours après le lancement, le prototype était épuisé.", "fr", "pass"),
        # The bound still meets the quote's: "more than 3 days" is no "less than".
        ("ja", "発売から3日たたないうちに、試作機は売り切れた。",
         "More than 3 days after the launch, the prototype sold out.", "en", "fail"),
    ],
)  # fmt: skip
def test_a_japanese_span_not_yet_passed_is_less_than(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, status",
    [
        # A negative verb ending on both sides, the statement's on another verb than the
        # quote's ("理解できない" for "わからない"), is a negation on both: pass.
        ("調査では、利用者の約40％が料金の違いを理解できないと答えた。",
         "利用者の約40％が料金の違いは「わからない」と回答した。", "pass"),
        ("利用者の約40％は、料金の違いを区別できないと述べた。",
         "利用者の約40％が料金の違いを「見分けられない」と回答。", "pass"),
        # Only the quote negated: fail.
        ("調査では、利用者の約40％が料金の違いを理解できると答えた。",
         "利用者の約40％が料金の違いは「わからない」と回答した。", "fail"),
    ],
)  # fmt: skip
def test_a_japanese_negative_ending_on_both_sides_agrees(statement, quote, status):
    result = verdict(statement, quote, "ja", "ja")
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A negation between a noun and the participle agreeing with it is one word with it
        # ("diputados no adscritos": non-attached; "países não alinhados": non-aligned),
        # no negation of a verb, wherever the clause ends.
        ("es", "Votaron a favor 12 de los 15 diputados no adscritos.",
         "12 of the 15 non-attached deputies voted in favour.", "en", "pass"),
        ("es", "Firmaron el acuerdo los 25 países no alineados.",
         "Les 25 pays non alignés ont signé l'accord.", "fr", "pass"),
        ("pt", "Assinaram o acordo os 25 países não alinhados.",
         "The 25 non-aligned countries signed the agreement.", "en", "pass"),
        ("pt", "Votaram contra 3 deputados não filiados.",
         "3 députés non inscrits ont voté contre.", "fr", "pass"),
        # In a quote too.
        ("en", "7 of the 9 non-attached deputies voted against.",
         "Votaron en contra 7 de los 9 diputados no inscritos.", "es", "pass"),
        # In one language, the participle is a word both sides share: "no publicados" is not
        # "publicados".
        ("es", "Se aprobaron 25 informes no publicados.", "Se aprobaron 25 informes publicados.",
         "es", "fail"),
        # A negation of the verb still counts.
        ("es", "Los 25 países no firmaron el acuerdo.",
         "Les 25 pays ont signé l'accord.", "fr", "fail"),
        ("pt", "Os 25 deputados não votaram.", "25 deputies voted.", "en", "fail"),
    ],
)  # fmt: skip
def test_a_negation_glued_to_a_participle_after_its_noun_negates_no_verb(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A negation on the verb of a reported clause ("affirme qu'il n'a pas", "sagt, er
        # habe keinen", "dice que no") holding the figure, far after it, denies what the
        # quote reports.
        ("fr", "Le ministre affirme qu'il n'a pas commis d'erreur en signant le contrat avec "
         "la banque en 2019.",
         "The minister says he made a mistake when he signed the contract with the bank in "
         "2019.", "en", "fail"),
        ("de", "Der Minister sagt, er habe keinen Fehler bei der Unterzeichnung des Vertrags "
         "mit der Bank im Jahr 2019 gemacht.",
         "The minister says he made a mistake when he signed the contract with the bank in "
         "2019.", "en", "fail"),
        ("es", "El ministro dice que no cometió ningún error al firmar el contrato con el banco "
         "en 2019.",
         "Le ministre dit qu'il a commis une erreur en signant le contrat avec la banque en "
         "2019.", "fr", "fail"),
        ("en", "The minister says he did not make a mistake when signing the contract with the "
         "bank in 2019.",
         "O ministro diz que errou ao assinar o contrato com o banco em 2019.", "pt", "fail"),
        # Both negated pass; so does a negation in a relative clause of the reported one.
        ("fr", "Le ministre affirme qu'il n'a pas commis d'erreur en signant le contrat avec "
         "la banque en 2019.",
         "The minister says he did not make a mistake when he signed the contract with the "
         "bank in 2019.", "en", "pass"),
        ("fr", "Le ministre affirme que le député qui n'a pas voté a commis une erreur en "
         "signant le contrat avec la banque en 2019.",
         "The minister says the deputy made a mistake when he signed the contract with the "
         "bank in 2019.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_negation_in_a_reported_clause_counts_across_languages(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A figure in apposition to a name opening the sentence ("Marco Weber, 34, of
        # Springfield, pleaded guilty") stands in its subject: the statement's negation on
        # its main verb denies the predicate.
        ("de", "Der 34-jährige Marco Weber bekannte sich nicht schuldig.",
         "Marco Weber, 34, of Springfield, pleaded guilty to fraud.", "en", "fail"),
        ("fr", "Le Marco Weber de 34 ans n'a pas plaidé coupable.",
         "Marco Weber, 34, of Springfield, pleaded guilty to fraud.", "en", "fail"),
        ("en", "The 34-year-old Marco Weber did not plead guilty.",
         "Marco Weber, 34, aus Springfield, bekannte sich des Betrugs schuldig.", "de", "fail"),
        # Both negated pass.
        ("de", "Der 34-jährige Marco Weber bekannte sich nicht schuldig.",
         "Marco Weber, 34, of Springfield, did not plead guilty.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_figure_in_apposition_to_a_name_stands_in_the_subject(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # A right with an adverb ("avait légalement le droit de", "tenía legalmente derecho
        # a") against a ban of the same act fails.
        ("fr", "En 2019, il avait légalement le droit de posséder une arme.",
         "In 2019, he was legally barred from possessing a firearm.", "en", "fail"),
        ("es", "En 2019, la empresa tenía legalmente derecho a importar 500 toneladas.",
         "In 2019, the company was barred from importing 500 tonnes.", "en", "fail"),
        ("pt", "Em 2019, a empresa tinha legalmente o direito de importar 500 toneladas.",
         "In 2019, the company was barred from importing 500 tonnes.", "en", "fail"),
        # Chinese or Japanese against another language: one permission against one ban of
        # the sentence of the figure fails with no cognate to tie the act, after a relative
        # clause on the figure's noun too (the same players).
        ("en", "In 2015, 3 players who had been injured were not allowed to travel.",
         "2015年，3名受伤的球员仍然被允许出行。", "zh", "fail"),
        ("de", "2015 durften die 3 verletzten Spieler trotzdem nicht reisen.",
         "2015年，3名受伤的球员仍然被允许出行。", "zh", "fail"),
        ("ja", "2015年、負傷した3人の選手は遠征を許可された。",
         "In 2015, 3 players who had been injured were not allowed to travel.", "en", "fail"),
        # So in any two languages where no cognate ties the act ("durften reisen",
        # "banned from travelling"); a negation past a relative clause set in commas still
        # undoes the permission ("durften 3 Spieler, die verletzt waren, nicht reisen").
        ("de", "Die 3 Spieler durften 2015 reisen.",
         "In 2015, the 3 players were banned from travelling.", "en", "fail"),
        ("en", "In 2015, 3 players who were injured were allowed to travel.",
         "2015 durften 3 Spieler, die verletzt waren, nicht reisen.", "de", "fail"),
        ("es", "En 2015, los 3 jugadores tenían derecho a viajar.",
         "En 2015, il était interdit aux 3 joueurs de se déplacer.", "fr", "fail"),
        # Permission on both sides passes; so does a side that allows one act and bans
        # another.
        ("en", "In 2015, 3 players who had been injured were allowed to travel.",
         "2015年，3名受伤的球员仍然被允许出行。", "zh", "pass"),
        ("fr", "Les 3 joueurs avaient le droit d'entrer en 2015.",
         "In 2015, 3 players were allowed to enter but banned from voting.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_permission_against_a_ban_fails(lang, statement, quote, quote_lang, status):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
    if status == "fail":
        assert "permission" in result.reason


@pytest.mark.parametrize(
    "lang, statement, quote, quote_lang, status",
    [
        # In Chinese or Japanese, a negation ending its clause (the predicate: "無罪とした",
        # "没有出席") after a compared value in it denies what a quote in another language
        # without a negation says.
        ("ja", "陪審は被告を12件の罪すべてについて無罪とした。",
         "The jury found the defendant guilty on all 12 counts.", "en", "fail"),
        ("ja", "陪審は被告を12件の罪すべてについて無罪とした。",
         "Le jury a reconnu l'accusé coupable des 12 chefs d'accusation.", "fr", "fail"),
        ("zh", "2019年，42名议员没有出席。", "En 2019, 42 députés étaient présents.", "fr",
         "fail"),
        # An acquittal on the other side ("acquitted", "sprachen … frei", "acquitté",
        # "absuelto") is a negative too: pass.
        ("ja", "陪審は被告を12件の罪すべてについて無罪とした。",
         "The jury acquitted the defendant on all 12 counts.", "en", "pass"),
        ("ja", "陪審は被告を12件の罪すべてについて無罪とした。",
         "Die Geschworenen sprachen den Angeklagten in allen 12 Punkten frei.", "de", "pass"),
        ("ja", "陪審は被告を12件の罪すべてについて無罪とした。",
         "Le jury a acquitté l'accusé des 12 chefs d'accusation.", "fr", "pass"),
        ("es", "El jurado no lo declaró culpable de los 12 cargos.",
         "The jury acquitted him on all 12 counts.", "en", "pass"),
    ],
)  # fmt: skip
def test_a_cjk_negation_ending_the_figure_clause_counts_across_languages(
    lang, statement, quote, quote_lang, status
):
    result = verdict(statement, quote, lang, quote_lang)
    assert result.status == status, result.reason
