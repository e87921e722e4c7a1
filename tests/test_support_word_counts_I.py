"""Values said in words that the engine read as nothing (issue 13, helper I).

- How often in one word: "twice", "thrice", "zweimal", "dreimal" (a [times] alone word of
  the language), and "N veces", "N vezes", "N fois" closing their clause, are counts of
  what happened, compared with a count of the event's noun ("two visits", "zwei Besuche")
  and with another "N times"; multipliers ("twice as large", "zweimal so groß", "twice
  the size"), rates ("twice a week") and idioms ("think twice") are not. How often is
  never compared with a count of persons or things ("hired 40 people twice").
- "All of the X" ("alle X", "toutes les X", "todos los X") is 100 % of X when a quote gives
  100 % of X, so a contrast after it ("not merely 99%") reads as the quote's does.
- A share written as two counts of a named group ("11 écologistes (sur 18)") is compared
  with a fraction word said of that group in another language ("weniger als die Hälfte der
  Grünen"), by the [groups] meanings of common.toml; an unknown group stays unverified.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.counted import _not_how_often
from factdb.engine.support.parts import _all_as_whole_share
from factdb.engine.support.reading import read_values
from factdb.engine.support.subjects import _group_words

SUDAN_Q = "had allowed two visits by American operatives to a restricted border area near Libya"
VISITS = {
    "en": "The inspectors made two visits to the plant.",
    "de": "Die Inspektoren machten zwei Besuche im Werk.",
    "fr": "Les inspecteurs ont effectué deux visites à l'usine.",
    "es": "Los inspectores hicieron dos visitas a la planta.",
    "pt": "Os inspetores fizeram duas visitas à fábrica.",
    "zh": "检查员对工厂进行了两次访问。",
}
VOTES_FR = (
    "11 écologistes (sur 18), 11 UDI (sur 30), 12 députés Front de gauche (sur 15) et 7 "
    "non-inscrits (sur 9)"
)
VOTES_EN = (
    "11 Greens (out of 18), 11 UDI (out of 30), 12 Left Front deputies (out of 15) and 7 "
    "non-attached (out of 9)"
)
COUNCIL_FR = (
    "Ont voté pour : 8 élus verts (sur 10), 14 élus libéraux (sur 40) et 3 indépendants (sur 7)."
)
RUST_EN = "because Rust requires covering 100% of the conditions, not just 99%"


def _status(statement: str, quote: str, s_lang: str, q_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=s_lang, quote_lang=q_lang).status


@pytest.mark.parametrize(
    ("statement", "s_lang", "q_lang", "expected"),
    [
        (
            "Sudan let American operatives visit a restricted area near the Libyan border twice.",
            "en",
            "en",
            "pass",
        ),
        ("The inspectors visited the plant twice.", "en", "en", "pass"),
        ("The inspectors visited the plant three times.", "en", "en", "fail"),
        ("The inspectors visited the plant thrice.", "en", "en", "fail"),
        ("Die Inspektoren besuchten das Werk zweimal.", "de", "de", "pass"),
        ("Die Inspektoren besuchten das Werk dreimal.", "de", "de", "fail"),
        ("Los inspectores visitaron la planta dos veces.", "es", "es", "pass"),
        ("Los inspectores visitaron la planta tres veces.", "es", "es", "fail"),
        ("Os inspetores visitaram a fábrica duas vezes.", "pt", "pt", "pass"),
        ("Os inspetores visitaram a fábrica três vezes.", "pt", "pt", "fail"),
        ("Les inspecteurs ont visité l'usine deux fois.", "fr", "fr", "pass"),
        ("Les inspecteurs ont visité l'usine trois fois.", "fr", "fr", "fail"),
        # Across languages.
        ("Die Inspektoren besuchten das Werk zweimal.", "de", "en", "pass"),
        ("Die Inspektoren besuchten das Werk dreimal.", "de", "en", "fail"),
        ("The inspectors visited the plant twice.", "en", "fr", "pass"),
        ("The inspectors visited the plant three times.", "en", "fr", "fail"),
        ("The inspectors visited the plant twice.", "en", "zh", "pass"),
        ("检查员三次访问了工厂。", "zh", "en", "fail"),
    ],
)
def test_how_often_against_a_count_of_the_event(
    statement: str, s_lang: str, q_lang: str, expected: str
) -> None:
    quote = SUDAN_Q if statement.startswith("Sudan") else VISITS[q_lang]
    assert _status(statement, quote, s_lang, q_lang) == expected


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("The inspectors visited the plant twice.", "They visited it 2 times.", "en", "en", "pass"),
        (
            "Les inspecteurs ont visité l'usine trois fois.",
            VISITS["de"]
            .replace("machten zwei Besuche im", "besuchten das")
            .replace("Werk.", "Werk zweimal."),
            "fr",
            "de",
            "fail",
        ),
        (
            "Los inspectores visitaron la planta tres veces.",
            "The inspectors visited the plant twice.",
            "es",
            "en",
            "fail",
        ),
    ],
)
def test_how_often_against_how_often(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == expected


def test_multipliers_rates_and_idioms_stay() -> None:
    # A comparison after the word: a multiplier, as before.
    assert (
        _status(
            "Sales were twice the forecast.", "Sales were three times the forecast.", "en", "en"
        )
        == "fail"
    )
    assert (
        _status("Das Werk ist zweimal so groß.", "Das Werk ist dreimal so groß.", "de", "de")
        == "fail"
    )
    assert (
        _status(
            "La planta es dos veces más grande.",
            "La planta es dos veces más grande que la antigua.",
            "es",
            "es",
        )
        == "pass"
    )
    # A rate: read as one, compared as one.
    assert (
        _status(
            "The plant is visited twice a week.",
            "The plant is visited three times a week.",
            "en",
            "en",
        )
        == "fail"
    )
    # An idiom: no figure.
    text = "Think twice before you buy 3 cars."
    assert [v.text for v in read_values(text, "en").values] == ["3"]
    # "zweimal" before "überlegen" stays the word it was (a multiplier word), no how often.
    idiom = read_values("Er sollte es sich zweimal überlegen.", "de").values
    assert [(v.text, v.label) for v in idiom if v.label == "frequency"] == []


@pytest.mark.parametrize(
    ("statement", "quote", "lang"),
    [
        ("The firm hired 40 people twice.", "The firm hired 40 people.", "en"),
        ("The firm hired people three times.", "The firm hired 40 people.", "en"),
        (
            "L'entreprise a embauché des personnes deux fois.",
            "L'entreprise a embauché 40 personnes.",
            "fr",
        ),
        ("Die Firma stellte zweimal 40 Leute ein.", "Die Firma stellte 40 Leute ein.", "de"),
    ],
)
def test_how_often_is_not_how_many(statement: str, quote: str, lang: str) -> None:
    assert _status(statement, quote, lang, lang) == "unverified"


def test_not_how_often_reads_the_noun() -> None:
    stated = read_values("They came twice.", "en")
    quote = read_values("They made 2 visits with 2 people.", "en")
    s = stated.values[0]
    visits, people = quote.values
    assert s.label == "frequency"
    assert not _not_how_often(s, visits, stated, [quote])
    assert _not_how_often(s, people, stated, [quote])


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        (
            "Rust requires covering all of the conditions, not merely 99%.",
            RUST_EN,
            "en",
            "en",
            "pass",
        ),
        (
            "Rust requires covering all of the conditions, not merely 90%.",
            RUST_EN,
            "en",
            "en",
            "fail",
        ),
        ("Rust requires covering all of the conditions.", RUST_EN, "en", "en", "pass"),
        (
            "Rust verlangt, alle Bedingungen abzudecken, nicht nur 99 %.",
            "Rust verlangt, 100 % der Bedingungen abzudecken, nicht nur 99 %.",
            "de",
            "de",
            "pass",
        ),
        (
            "Rust verlangt, alle Bedingungen abzudecken, nicht nur 90 %.",
            "Rust verlangt, 100 % der Bedingungen abzudecken, nicht nur 99 %.",
            "de",
            "de",
            "fail",
        ),
        (
            "Rust exige de couvrir toutes les conditions, pas seulement 99 %.",
            "Rust exige de couvrir 100 % des conditions, pas seulement 99 %.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "Rust exige de couvrir toutes les conditions, pas seulement 90 %.",
            "Rust exige de couvrir 100 % des conditions, pas seulement 99 %.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "Todos los empleados recibieron una prima.",
            "El 100 % de los empleados recibieron una prima.",
            "es",
            "es",
            "pass",
        ),
        # Across languages, by the noun's meaning ([counted_nouns]).
        (
            "Alle Mitarbeiter erhielten einen Bonus von 5 %.",
            "100% of the employees received a bonus of 5%.",
            "de",
            "en",
            "pass",
        ),
        (
            "Tous les employés ont reçu une prime de 6 %.",
            "100% of the employees received a bonus of 5%.",
            "fr",
            "en",
            "fail",
        ),
        # Not read: a hedge before "all", another noun, another share.
        ("Rust requires covering nearly all of the conditions.", RUST_EN, "en", "en", "unverified"),
        (
            "All of the employees received a bonus.",
            "100% of the managers received a bonus.",
            "en",
            "en",
            "unverified",
        ),
        (
            "All of the employees received a bonus.",
            "80% of the employees received a bonus.",
            "en",
            "en",
            "unverified",
        ),
    ],
)
def test_all_of_the_whole(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == expected


def test_all_as_whole_share_value() -> None:
    stated = read_values("All of the employees got a bonus.", "en")
    found = _all_as_whole_share(
        stated, [read_values("100% of the employees got one.", "en")], "en", ["en"]
    )
    assert [(v.kind, v.value, v.text) for v in found] == [("percent", 100.0, "All of the")]
    assert _all_as_whole_share(stated, [read_values("100% of the cars.", "en")], "en", ["en"]) == []


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("Weniger als die Hälfte der Grünen stimmte dagegen.", VOTES_FR, "de", "fr", "fail"),
        ("Mehr als die Hälfte der Grünen stimmte dagegen.", VOTES_FR, "de", "fr", "pass"),
        ("More than half of the Greens voted against.", VOTES_FR, "en", "fr", "pass"),
        ("Less than half of the Greens voted against.", VOTES_FR, "en", "fr", "fail"),
        ("Más de la mitad de los ecologistas votó en contra.", VOTES_FR, "es", "fr", "pass"),
        ("Menos de la mitad de los ecologistas votó en contra.", VOTES_FR, "es", "fr", "fail"),
        ("Plus de la moitié des écologistes ont voté contre.", VOTES_EN, "fr", "en", "pass"),
        ("Moins de la moitié des écologistes ont voté contre.", VOTES_EN, "fr", "en", "fail"),
        ("Weniger als die Hälfte der Grünen stimmte dagegen.", VOTES_EN, "de", "en", "fail"),
        # Same language, as before.
        ("Moins de la moitié des écologistes a voté contre.", VOTES_FR, "fr", "fr", "fail"),
        (
            "Less than half of the Greens voted against.",
            "11 of 18 Greens voted against.",
            "en",
            "en",
            "fail",
        ),
        # A rate of two counts is a ratio to work out, a fraction word is compared.
        ("Four in five Green councillors voted in favour.", COUNCIL_FR, "en", "fr", "unverified"),
        ("Four fifths of the Green councillors voted in favour.", COUNCIL_FR, "en", "fr", "pass"),
        ("Drei Viertel der Grünen stimmten dafür.", COUNCIL_FR, "de", "fr", "fail"),
        # A group the quote does not name: left to a person.
        (
            "Weniger als die Hälfte der Liberalen stimmte dagegen.",
            VOTES_FR,
            "de",
            "fr",
            "unverified",
        ),
    ],
)
def test_share_of_a_named_group_across_languages(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    assert _status(statement, quote, s_lang, q_lang) == expected


def test_group_words() -> None:
    assert _group_words("der Grünen stimmte") == {"greens"}
    assert _group_words("11 écologistes (sur 18)") == {"greens"}
    assert _group_words("11 UDI (sur 30)") == set()
