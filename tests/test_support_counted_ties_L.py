"""Ties between a count and what it counts (issue-L). Every sentence here is new.

1. The statement's very words go with another subject in the quote, an article passed over
   ("The designers made up 95%" for "The writers made up 95% … The other 5% were
   designers"): the designers' figure is 5 %; never a pass (a person reads the tie).
2. Ranks in a quote in another language: the name right before the statement's rank (no
   punctuation between) is the quote's name nearest the same rank, and another name of the
   statement is nearest the quote's other rank: that other rank is no rival ("Gwizdek came
   third behind Mouaha" for "Mouaha den 2. Platz, gefolgt von Gwizdek auf dem 3. Platz").
3. French "au plus" / "au moins" after a figure is a bound ("cinq ans au plus"), not a
   direction; a bound that opens the next figure ("En 2020, au moins 30 personnes") or
   makes a phrase ("au plus bas", "au plus tard") is not the figure's.
"""

import pytest

from factdb.engine.support import claim_supported

_STAFF_EN = "The writers made up 95% of the staff. The other 5% were designers."
_STAFF_ES = "Los redactores representaban el 95 % del personal. El otro 5 % eran diseñadores."
_STAFF_FR = (
    "Les rédacteurs représentaient 95 % du personnel. Les autres 5 % étaient des graphistes."
)
_RACE_DE = (
    "Bei der U20 holte Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek auf dem 3. Platz."
)
_RACE_EN = "In the race Clara Soto took 3rd place, behind Ana Ruiz in 2nd place."
_KEPT_FR = "Les données pourront être conservées cinq ans au plus."
_STAFF_PT = "Os redatores eram 95 % da equipe. Os outros 5 % eram designers."


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status, fragment",
    [
        # 1. the statement's words given to another subject, an article passed over
        ("en", "The designers made up 95% of the staff.", "en", _STAFF_EN, "unverified", "5%"),
        ("en", "Designers made up 95% of the staff.", "en", _STAFF_EN, "unverified", "5%"),
        ("en", "The designers made up 5% of the staff.", "en", _STAFF_EN, "pass", ""),
        (
            "es",
            "Los diseñadores representaban el 95 % del personal.",
            "es",
            _STAFF_ES,
            "unverified",
            "",
        ),
        ("es", "Los diseñadores representaban el 5 % del personal.", "es", _STAFF_ES, "pass", ""),
        (
            "fr",
            "Les graphistes représentaient 95 % du personnel.",
            "fr",
            _STAFF_FR,
            "unverified",
            "",
        ),
        ("pt", "Os designers eram 95 % da equipe.", "pt", _STAFF_PT, "unverified", ""),
        (
            "de",
            "Designer stellten 95 % des Personals.",
            "de",
            "Autoren stellten 95 % des Personals. Die übrigen 5 % waren Designer.",
            "unverified",
            "",
        ),
        # a count named in another language by a cognate of the quote's noun
        (
            "en",
            "The team has five engineers.",
            "es",
            "El equipo tiene cinco ingenieros, tres diseñadores y dos abogados.",
            "pass",
            "",
        ),
        (
            "fr",
            "Les designers représentaient 95 % du personnel.",
            "en",
            _STAFF_EN,
            "unverified",
            "5%",
        ),
        # 2. ranks tied by the nearest name, across languages
        (
            "en",
            "Jan-Niklas Gwizdek came third in the U20 race behind Joseph Mouaha.",
            "de",
            _RACE_DE,
            "pass",
            "",
        ),
        (
            "en",
            "Joseph Mouaha came second, ahead of third-placed Jan-Niklas Gwizdek.",
            "de",
            _RACE_DE,
            "pass",
            "",
        ),
        (
            "en",
            "Jan-Niklas Gwizdek came second in the U20 race ahead of Joseph Mouaha.",
            "de",
            _RACE_DE,
            "fail",
            "",
        ),
        ("en", "Joseph Mouaha came third in the U20 race.", "de", _RACE_DE, "fail", ""),
        (
            "fr",
            "Chez les U20, Jan-Niklas Gwizdek a pris la deuxième place.",
            "de",
            _RACE_DE,
            "fail",
            "",
        ),
        ("es", "En la carrera, Clara Soto fue segunda.", "en", _RACE_EN, "fail", ""),
        ("de", "Im Rennen wurde Clara Soto Dritte.", "en", _RACE_EN, "pass", ""),
        ("de", "Im Rennen wurde Clara Soto Zweite.", "en", _RACE_EN, "fail", ""),
        # 3. French bounds written after the figure
        ("en", "The data may be kept for five years at most.", "fr", _KEPT_FR, "pass", ""),
        ("en", "The data may be kept for at least five years.", "fr", _KEPT_FR, "fail", ""),
        ("es", "Los datos se conservarán como máximo cinco años.", "fr", _KEPT_FR, "pass", ""),
        (
            "fr",
            "Les données pourront être conservées cinq ans au plus.",
            "fr",
            "Elle pourra aller jusqu'à cinq ans pour les données.",
            "pass",
            "au plus",
        ),
        (
            "fr",
            "La peine est de dix ans au plus.",
            "en",
            "The sentence is up to 10 years.",
            "pass",
            "",
        ),
        (
            "fr",
            "La peine est de dix ans au plus.",
            "en",
            "The sentence is at least 10 years.",
            "fail",
            "",
        ),
        (
            "fr",
            "Les cours sont retardés de 15 minutes au plus.",
            "en",
            "All quotes are delayed a minimum of 15 minutes.",
            "fail",
            "",
        ),
        ("fr", "Il gagne 3000 euros au moins.", "fr", "Il gagne au moins 3000 euros.", "pass", ""),
        (
            "fr",
            "En 2020, au moins 30 personnes sont mortes.",
            "fr",
            "En 2021, 30 personnes sont mortes.",
            "fail",
            "2021",
        ),
        ("fr", "Il a 30 ans, au moins 5 enfants.", "fr", "Il a 35 ans et 5 enfants.", "fail", ""),
        (
            "fr",
            "Le chômage est à 7 %, au plus bas depuis 2008.",
            "fr",
            "Le chômage est à 5 %.",
            "fail",
            "",
        ),
    ],
)
def test_counted_ties(
    lang: str, statement: str, quote_lang: str, quote: str, status: str, fragment: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
    assert fragment in result.reason
