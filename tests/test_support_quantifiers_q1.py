"""Quantifiers over a counted whole and universal bounds. A statement's "all 14" against a
quote's "only some of the 14" (or the reverse, or "none of the ten" against "all ten") on
the same figure fails; a count of one of a whole ("won one of them", "einen davon", "l'un
d'eux", "其中一项") is a value the quote must give, and fails against a quote that says none
("went home empty-handed", "leer aus", "bredouille", "空手而归"); a bound said of every
figure ("No room costs more than €300", "Kein Zimmer kostet mehr als") fails against a
quote whose range goes above it, and passes when the range's top stays within it. Each
misstatement stands next to a right paraphrase that still passes. Every sentence here is
new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

_ALL_14 = "The council approved all 14 proposals on Tuesday."
_SOME_14 = "The council approved only some of the 14 proposals on Tuesday."
_ALL_10 = "All ten climbers reached the summit on Friday."
_NONE_10 = "None of the ten climbers reached the summit on Friday."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # all against some, and the reverse.
        ("The council approved some, but not all, of the 14 proposals.",
         _ALL_14, "en", "en", "fail"),
        ("The council approved all 14 proposals.", _ALL_14, "en", "en", "pass"),
        ("The council approved every one of the 14 proposals.", _ALL_14, "en", "en", "pass"),
        ("The council approved all 14 proposals.", _SOME_14, "en", "en", "fail"),
        ("The council approved only some of the 14 proposals.", _SOME_14, "en", "en", "pass"),
        ("Der Rat billigte nur einige der 14 Vorschläge.",
         "Der Rat billigte am Dienstag alle 14 Vorschläge.", "de", "de", "fail"),
        ("Der Rat billigte alle 14 Vorschläge.",
         "Der Rat billigte am Dienstag alle 14 Vorschläge.", "de", "de", "pass"),
        ("Le conseil a approuvé certaines des 14 propositions.",
         "Le conseil a approuvé mardi toutes les 14 propositions.", "fr", "fr", "fail"),
        ("Le conseil a approuvé toutes les 14 propositions.",
         "Le conseil a approuvé mardi toutes les 14 propositions.", "fr", "fr", "pass"),
        ("理事会は14件の提案のうち一部を承認した。",
         "理事会は火曜日、14件の提案すべてを承認した。", "ja", "ja", "fail"),
        ("理事会は14件の提案すべてを承認した。",
         "理事会は火曜日、14件の提案すべてを承認した。", "ja", "ja", "pass"),
        # Across languages, each side read in its own.
        ("Der Rat billigte alle 14 Vorschläge.", _SOME_14, "de", "en", "fail"),
        ("El consejo aprobó solo algunas de las 14 propuestas.", _ALL_14, "es", "en", "fail"),
        ("El consejo aprobó todas las 14 propuestas.", _ALL_14, "es", "en", "pass"),
        ("理事会批准了14项提案中的部分提案。", _ALL_14, "zh", "en", "fail"),
        ("理事会批准了全部14项提案。", _ALL_14, "zh", "en", "pass"),
        # none against all or some.
        ("None of the ten climbers reached the summit.", _ALL_10, "en", "en", "fail"),
        ("None of the ten climbers reached the summit.", _NONE_10, "en", "en", "pass"),
        ("None of the ten climbers reached the summit.",
         "Only some of the ten climbers reached the summit on Friday.", "en", "en", "fail"),
        ("Keiner der zehn Bergsteiger erreichte den Gipfel.", _ALL_10, "de", "en", "fail"),
        ("Keiner der zehn Bergsteiger erreichte den Gipfel.",
         "Keiner der zehn Bergsteiger erreichte am Freitag den Gipfel.", "de", "de", "pass"),
        ("Ninguno de los diez escaladores llegó a la cima.",
         "Todos los diez escaladores llegaron a la cima el viernes.", "es", "es", "fail"),
        ("Ninguno de los diez escaladores llegó a la cima.",
         "Ninguno de los diez escaladores llegó a la cima el viernes.", "es", "es", "pass"),
    ],
)  # fmt: skip
def test_a_quantifier_over_the_same_count(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_EMPTY = "The novel, shortlisted for five prizes, went home empty-handed at the gala."
_ONE = "The novel, shortlisted for five prizes, won one of them at the gala."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("The novel was shortlisted for five prizes and won one of them.",
         _EMPTY, "en", "en", "fail"),
        ("The novel won one of the five prizes it was shortlisted for.",
         _EMPTY, "en", "en", "fail"),
        ("The novel was shortlisted for five prizes and won one of them.",
         _ONE, "en", "en", "pass"),
        ("The novel was shortlisted for five prizes and won one of them.",
         "The novel, shortlisted for five prizes, took home a single award at the gala.",
         "en", "en", "pass"),
        # The quote says nothing of a win: the count of one is not found.
        ("The novel was shortlisted for five prizes and won one of them.",
         "The novel was shortlisted for five prizes at the gala.", "en", "en", "unverified"),
        # "every one of the", "all but one of the": no count of one.
        ("The council approved every one of the 14 proposals.", _ALL_14, "en", "en", "pass"),
        ("Der Roman war für fünf Preise nominiert und gewann einen davon.",
         "Der für fünf Preise nominierte Roman ging bei der Gala leer aus.", "de", "de", "fail"),
        ("Der Roman war für fünf Preise nominiert und gewann einen davon.",
         "Der für fünf Preise nominierte Roman gewann bei der Gala einen davon.",
         "de", "de", "pass"),
        ("Le roman était en lice pour cinq prix et en a remporté l'un d'eux.",
         "Le roman, en lice pour cinq prix, est reparti bredouille du gala.", "fr", "fr", "fail"),
        ("Le roman était en lice pour cinq prix et a remporté l'un d'eux.",
         "Le roman, en lice pour cinq prix, n'a remporté qu'un seul trophée au gala.",
         "fr", "fr", "pass"),
        ("这部小说获得五项提名，赢得了其中一项。",
         "这部获得五项提名的小说在颁奖礼上空手而归。", "zh", "zh", "fail"),
        # Across languages.
        ("Der Roman war für fünf Preise nominiert und gewann einen davon.",
         _EMPTY, "de", "en", "fail"),
        ("La novela estaba nominada a cinco premios y ganó uno de ellos.",
         _ONE, "es", "en", "pass"),
        ("这部小说获得五项提名，赢得了其中一项。", _ONE, "zh", "en", "pass"),
    ],
)  # fmt: skip
def test_a_count_of_one_of_a_whole(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_RANGE = "Nightly rates at the lodge run from $300 to $1,900."
_ZWISCHEN = "Die Zimmer der Herberge kosten zwischen 300 und 1.900 Euro pro Nacht."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("No room at the lodge costs more than $300 a night.", _RANGE, "en", "en", "fail"),
        ("Rooms at the lodge cost at most $800 a night.", _RANGE, "en", "en", "fail"),
        ("Rooms at the lodge cost at most $1,900 a night.", _RANGE, "en", "en", "pass"),
        ("No room at the lodge costs more than $1,900 a night.", _RANGE, "en", "en", "pass"),
        ("No room at the lodge costs more than $2,500 a night.", _RANGE, "en", "en", "pass"),
        ("No room at the lodge costs less than $1,500 a night.", _RANGE, "en", "en", "fail"),
        ("No room at the lodge costs less than $300 a night.", _RANGE, "en", "en", "pass"),
        # A bound from below said of some: for a person to read.
        ("Suites at the lodge cost more than $1,500 a night.", _RANGE, "en", "en", "unverified"),
        ("Kein Zimmer der Herberge kostet mehr als 300 Euro pro Nacht.",
         _ZWISCHEN, "de", "de", "fail"),
        ("Kein Zimmer der Herberge kostet mehr als 1.900 Euro pro Nacht.",
         _ZWISCHEN, "de", "de", "pass"),
        ("Kein Zimmer der Herberge kostet weniger als 1.500 Euro pro Nacht.",
         _ZWISCHEN, "de", "de", "fail"),
        ("Kein Zimmer der Herberge kostet weniger als 300 Euro pro Nacht.",
         _ZWISCHEN, "de", "de", "pass"),
        ("Aucune chambre ne coûte plus de 300 euros la nuit.",
         "Les chambres coûtent de 300 à 1 900 euros la nuit.", "fr", "fr", "fail"),
        ("Aucune chambre ne coûte plus de 1 900 euros la nuit.",
         "Les chambres coûtent de 300 à 1 900 euros la nuit.", "fr", "fr", "pass"),
        # Across languages.
        ("Ninguna habitación cuesta más de 300 dólares por noche.", _RANGE, "es", "en", "fail"),
        ("Ninguna habitación cuesta más de 1.900 dólares por noche.", _RANGE, "es", "en", "pass"),
        ("Kein Zimmer kostet mehr als 300 Dollar pro Nacht.", _RANGE, "de", "en", "fail"),
        # A bound the statement says of one end of the range is judged by that end.
        ("The cheapest rooms at the lodge cost less than $400 a night.", _RANGE, "en", "en",
         "pass"),
        ("Les chambres commencent à moins de 400 dollars la nuit.", _RANGE, "fr", "en", "pass"),
        ("Las habitaciones empiezan en menos de 400 dólares por noche.", _RANGE,
         "es", "en", "pass"),
        ("Die billigsten Zimmer kosten weniger als 400 Dollar pro Nacht.", _RANGE,
         "de", "en", "pass"),
    ],
)  # fmt: skip
def test_a_bound_on_every_figure_of_a_range(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


_ALL_TEN_2019 = "In 2019, all ten climbers reached the summit."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # In one language the negation check reads the words: none against all fails.
        ("In 2019, no climber reached the summit.", _ALL_TEN_2019, "en", "en", "fail"),
        ("En 2019, ningún escalador llegó a la cima.",
         "En 2019, todos los diez escaladores llegaron a la cima.", "es", "es", "fail"),
        # Across languages, "no X" against the quote's count is for a person to read.
        ("Im Jahr 2019 erreichte kein Bergsteiger den Gipfel.", _ALL_TEN_2019, "de", "en",
         "unverified"),
        ("En 2019, aucun alpiniste n'a atteint le sommet.", _ALL_TEN_2019, "fr", "en",
         "unverified"),
        ("En 2019, ningún escalador llegó a la cima.", _ALL_TEN_2019, "es", "en", "unverified"),
        # The quote says none too: a pass.
        ("Im Jahr 2019 erreichte kein Bergsteiger den Gipfel.",
         "In 2019, no climber reached the summit.", "de", "en", "pass"),
        ("En 2019, aucun alpiniste n'a atteint le sommet.",
         "In 2019, no climber reached the summit.", "fr", "en", "pass"),
        ("Im Jahr 2019 erreichte keiner der zehn Bergsteiger den Gipfel.",
         "In 2019, none of the ten climbers reached the summit.", "de", "en", "pass"),
    ],
)  # fmt: skip
def test_no_one_against_a_count(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
