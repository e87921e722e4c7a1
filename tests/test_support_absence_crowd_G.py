"""Spectators present against absent ([polarity] crowd, holdout50 half a): "観客の前で" (in
front of spectators) for "Trotz fehlender Zuschauer*innen" fails, in every language and
across two ("in front of spectators", "devant le public", "ante el público", "diante do
público", "观众面前"; "absence of", "lack of", "absence de", "falta de", "falta de público",
"观众缺席", "観客のいない"); the side is read anywhere in the figure's sentence. A side whose
own words hold a negation ("無観客", "without spectators") said on both sides is no negation
on one side: "観客のいない会場で" for "Trotz fehlender Zuschauer" passes (or warns for a
dropped hedge). Every sentence here is new."""

import pytest

from factdb.engine.support import claim_supported

_DE = "Trotz fehlender Zuschauer*innen liefen die rund 320 Athlet*innen neue Bestzeiten."
_EN = "Without spectators, some 320 athletes ran personal bests."


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        ("ja", "観客の前で約320人の選手が自己ベストを出した。", "de", _DE, "fail"),
        ("ja", "観客のいない会場で約320人の選手が自己ベストを出した。", "de", _DE, "pass"),
        ("ja", "観客のいない会場で320人の選手が自己ベストを出した。", "de", _DE, "warn"),
        ("ja", "無観客で約320人の選手が自己ベストを出した。", "en", _EN, "pass"),
        ("ja", "観客の前で約320人の選手が自己ベストを出した。", "en", _EN, "fail"),
        ("en", "In front of spectators, about 320 athletes ran personal bests.", "de", _DE, "fail"),
        ("en", "Without spectators, about 320 athletes ran personal bests.", "de", _DE, "pass"),
        ("de", "Vor Zuschauer*innen liefen rund 320 Athletinnen Bestzeiten.", "de", _DE, "fail"),
        (
            "en",
            "In front of a crowd, about 320 athletes ran personal bests.",
            "en",
            "Despite the absence of spectators, about 320 athletes ran personal bests.",
            "fail",
        ),
        (
            "en",
            "Without fans, about 320 athletes ran personal bests.",
            "en",
            "Despite the lack of spectators, about 320 athletes ran personal bests.",
            "pass",
        ),
        (
            "fr",
            "Devant le public, environ 320 athlètes ont battu leur record.",
            "fr",
            "Malgré l'absence de public, environ 320 athlètes ont battu leur record.",
            "fail",
        ),
        (
            "fr",
            "Sans public, environ 320 athlètes ont battu leur record.",
            "fr",
            "Malgré l'absence de public, environ 320 athlètes ont battu leur record.",
            "pass",
        ),
        (
            "es",
            "Ante el público, unos 320 atletas batieron su marca.",
            "es",
            "Pese a la falta de público, unos 320 atletas batieron su marca.",
            "fail",
        ),
        (
            "es",
            "Sin público, unos 320 atletas batieron su marca.",
            "es",
            "Pese a la falta de público, unos 320 atletas batieron su marca.",
            "pass",
        ),
        (
            "pt",
            "Diante do público, cerca de 320 atletas bateram recordes.",
            "pt",
            "Sem público, cerca de 320 atletas bateram recordes.",
            "fail",
        ),
        ("zh", "约320名运动员在观众面前创造了个人最好成绩。", "de", _DE, "fail"),
        ("zh", "在没有观众的情况下，约320名运动员创造了个人最好成绩。", "de", _DE, "pass"),
    ],
)
def test_spectators_present_against_absent(lang, statement, quote_lang, quote, status):
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # The rescue of stranded whales against their beaching ([polarity] stranding).
        (
            "en",
            "140 pilot whales were refloated on Stewart Island.",
            "en",
            "with 140 pilot whales beaching and dying on Stewart Island",
            "fail",
        ),
        (
            "en",
            "140 pilot whales died in a beaching on Stewart Island.",
            "en",
            "with 140 pilot whales beaching and dying on Stewart Island",
            "pass",
        ),
        (
            "de",
            "140 Grindwale wurden auf Stewart Island gerettet.",
            "en",
            "with 140 pilot whales beaching and dying on Stewart Island",
            "fail",
        ),
    ],
)
def test_refloated_against_beaching(lang, statement, quote_lang, quote, status):
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason


@pytest.mark.parametrize(
    "lang, statement, quote, status",
    [
        # A noun one side has ("with", "mit", "avec", "con", "com", "thanks to") and the
        # other lacks ("lack of", "absence of", "fehlender", "absence de", "falta de").
        (
            "en",
            "With federal grants, 41 clinics opened in 2021.",
            "Despite the lack of federal grants, 41 clinics opened in 2021.",
            "fail",
        ),
        (
            "en",
            "Despite the absence of federal grants, 41 clinics opened in 2021.",
            "Thanks to federal grants, 41 clinics opened in 2021.",
            "fail",
        ),
        (
            "en",
            "Without federal grants, 41 clinics opened in 2021.",
            "Despite the lack of federal grants, 41 clinics opened in 2021.",
            "pass",
        ),
        (
            "en",
            "41 clinics opened in 2021.",
            "Despite the lack of federal grants, 41 clinics opened in 2021.",
            "pass",
        ),
        (
            "en",
            "In a deal with the grants office, 41 clinics opened in 2021.",
            "Despite the lack of federal grants, 41 clinics opened in 2021.",
            "pass",
        ),
        (
            "de",
            "Mit staatlicher Förderung eröffneten 2021 41 Kliniken.",
            "Trotz fehlender staatlicher Förderung eröffneten 2021 41 Kliniken.",
            "fail",
        ),
        (
            "de",
            "Ohne staatliche Förderung eröffneten 2021 41 Kliniken.",
            "Trotz fehlender staatlicher Förderung eröffneten 2021 41 Kliniken.",
            "pass",
        ),
        (
            "fr",
            "Avec des fonds publics, 41 cliniques ont ouvert en 2021.",
            "Malgré l'absence de fonds publics, 41 cliniques ont ouvert en 2021.",
            "fail",
        ),
        (
            "es",
            "Con fondos públicos, 41 clínicas abrieron en 2021.",
            "Pese a la falta de fondos públicos, 41 clínicas abrieron en 2021.",
            "fail",
        ),
        (
            "es",
            "Sin fondos públicos, 41 clínicas abrieron en 2021.",
            "Pese a la falta de fondos públicos, 41 clínicas abrieron en 2021.",
            "pass",
        ),
        (
            "pt",
            "Com recursos federais, 41 clínicas abriram em 2021.",
            "Apesar da falta de recursos federais, 41 clínicas abriram em 2021.",
            "fail",
        ),
    ],
)
def test_a_noun_one_side_has_and_the_other_lacks(lang, statement, quote, status):
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=lang)
    assert s.status == status, s.reason
