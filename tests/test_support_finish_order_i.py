"""Ranks implied by a finish order: a winner's verb followed by an order word and names
("siegte in 4:21,07 min vor Lena Brandt und Maria Oswald", "won … ahead of Emma Doyle and
Rachel Moore", "s'est imposée … devant A et B", "ganó … por delante de A y B", "venceu … à
frente de A e B", "followed by A and B") ranks the winner first and the names second, third
…: a statement's rank of a person the order names is compared with it (the held-out sets'
decision on "vor Fabian Clarkson und Robin Schilff": Clarkson second, Schilff third). A
statement naming nobody of the order keeps "no rank to compare"."""

import pytest

from factdb.engine.support import claim_supported

QDE = (
    "Über 1500 Meter der Frauen siegte Anna Kessler (TSV Erding) in 4:21,07 min vor Lena "
    "Brandt und Maria Oswald (beide LG Nord)."
)
QEN = "In the women's 800 m, Sarah Collins won in 2:04.31 ahead of Emma Doyle and Rachel Moore."
QFR = "Sur 800 m, Julie Martin s'est imposée en 2'05\"12 devant Claire Dubois et Sophie Laurent."
QES = (
    "En los 400 metros, Carlos Pérez ganó con 47,21 segundos por delante de Miguel Torres y "
    "Javier Ruiz."
)
QPT = "Nos 400 metros, João Silva venceu com 47,55 segundos à frente de Pedro Costa e Rui Santos."
QFOLLOWED = "Tom Becker won the 5000 m in 14:02.11, followed by Paul Wagner and Ben Fischer."
QUOTES = {"de": QDE, "en": QEN, "fr": QFR, "es": QES, "pt": QPT, "en-followed": QFOLLOWED}


def _claim(statement: str, lang: str, quote: str) -> tuple[str, str]:
    quote_lang = quote.split("-")[0]
    r = claim_supported(statement, [QUOTES[quote]], statement_lang=lang, quote_lang=quote_lang)
    return r.status, r.reason or ""


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Lena Brandt belegte über 1500 m den zweiten Platz.", "de", "de"),
        ("Maria Oswald wurde über 1500 m Dritte.", "de", "de"),
        ("Anna Kessler belegte über 1500 m den ersten Platz.", "de", "de"),
        ("Lena Brandt wurde über 1500 m Zweite, Maria Oswald Dritte.", "de", "de"),
        ("Lena Brandt finished second in the 1500 m.", "en", "de"),
        ("Maria Oswald a terminé troisième du 1500 mètres.", "fr", "de"),
        ("Emma Doyle finished second in the 800 m.", "en", "en"),
        ("Rachel Moore came third in the 800 m.", "en", "en"),
        ("Emma Doyle fue segunda en los 800 metros.", "es", "en"),
        ("Claire Dubois a terminé deuxième du 800 m.", "fr", "fr"),
        ("Sophie Laurent finished third in the 800 m.", "en", "fr"),
        ("Miguel Torres fue segundo en los 400 metros.", "es", "es"),
        ("Javier Ruiz came third in the 400 m.", "en", "es"),
        ("Pedro Costa ficou em segundo lugar nos 400 metros.", "pt", "pt"),
        ("Rui Santos wurde über 400 m Dritter.", "de", "pt"),
        ("Ben Fischer finished third in the 5000 m.", "en", "en-followed"),
    ],
)
def test_rank_in_the_finish_order_passes(statement: str, lang: str, quote: str) -> None:
    assert _claim(statement, lang, quote)[0] == "pass"


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Maria Oswald wurde über 1500 m Zweite.", "de", "de"),
        ("Lena Brandt wurde Dritte über 1500 m.", "de", "de"),
        ("Anna Kessler belegte über 1500 m den zweiten Platz.", "de", "de"),
        ("Maria Oswald wurde über 1500 m Zweite, Lena Brandt Dritte.", "de", "de"),
        ("Maria Oswald finished second in the 1500 m.", "en", "de"),
        ("Rachel Moore came second in the 800 m.", "en", "en"),
        ("Emma Doyle wurde über 800 m Dritte.", "de", "en"),
        ("Sophie Laurent a terminé deuxième du 800 m.", "fr", "fr"),
        ("Javier Ruiz fue segundo en los 400 metros.", "es", "es"),
        ("Rui Santos ficou em segundo lugar nos 400 metros.", "pt", "pt"),
        ("Paul Wagner finished third in the 5000 m.", "en", "en-followed"),
    ],
)
def test_another_rank_than_the_finish_order_fails(statement: str, lang: str, quote: str) -> None:
    status, reason = _claim(statement, lang, quote)
    assert status == "fail"
    assert "ranks" in reason


@pytest.mark.parametrize(
    ("statement", "lang", "quote"),
    [
        ("Laura White finished second in the 800 m.", "en", "en"),
        ("Jonas Weber wurde über 1500 m Zweiter.", "de", "de"),
        ("Marta Gil fue segunda en los 400 metros.", "es", "es"),
    ],
)
def test_a_person_outside_the_order_stays_unverified(statement: str, lang: str, quote: str) -> None:
    status, reason = _claim(statement, lang, quote)
    assert status == "unverified"
    assert "no rank" in reason


def test_vor_of_time_is_no_order() -> None:
    quote = "Bei den Frauen siegte Julia Brandt vor zwei Jahren in Erfurt."
    r = claim_supported("Julia Brandt wurde Zweite.", [quote], statement_lang="de", quote_lang="de")
    assert r.status == "unverified"


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("Anna Kessler lief zwei Sekunden schneller als die Zweite.", "de"),
        ("Anna Kessler ran two seconds faster than the runner-up.", "en"),
    ],
)
def test_a_rank_compared_with_is_no_place_of_the_named(statement: str, lang: str) -> None:
    # [ranks] compared: "als die Zweite" names whom Kessler is compared with, not her place.
    r = claim_supported(statement, [QDE], statement_lang=lang, quote_lang="de")
    assert "ranks Anna Kessler" not in (r.reason or "")


def test_als_without_an_article_is_the_own_place() -> None:
    # "siegte als Erste": no article after "als", the winner's own first place.
    r = claim_supported(
        "Anna Kessler siegte als Erste in 4:21,07 min.", [QDE], statement_lang="de", quote_lang="de"
    )
    assert r.status == "pass"
