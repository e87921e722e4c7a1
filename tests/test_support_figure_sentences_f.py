"""A figure of another sentence, across languages.

A quote of two or three sentences gives two figures of one kind to two things ("The tower is
300 metres tall. The bridge spans 120 metres."). A statement in another language whose
thing ([event_meanings]: bridge, tower, collection, object, inflation, unemployment, member)
the quote tells only in the other figure's sentence, while the figure's own sentence shares
nothing of the statement, is not passed by that figure: one shared meaning suffices then.
A sentence that speaks of another sentence's thing by a pronoun ([figure_anaphora]: "Today
it holds 40,000.", "About 2,000 of them are on display") ties nothing apart.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

TOWER = "The tower is 300 metres tall. The bridge spans 120 metres."
TURM = "Der Turm ist 300 Meter hoch. Die Brücke ist 120 Meter lang."
MUSEUM = "The museum attracted 1.2 million visitors last year. Its collection holds 40,000 objects."
MUSEE = (
    "Le musée a accueilli 1,2 million de visiteurs l'an dernier. Sa collection compte "
    "40 000 objets."
)
SALES = "Sales rose by 12 percent in the quarter. Profit fell by 4 percent."
JOBS = "Unemployment fell to 5.2 percent in March. Inflation stood at 2.1 percent."
STADIUM = "The stadium holds 60,000 spectators. The club has 25,000 members."
PUENTE = "El puente mide 120 metros. La torre alcanza los 300 metros de altura."
STARTED = "The collection started with 500 objects. Today it holds 40,000."
SHOWN = "The museum has a collection of 40,000 objects. About 2,000 of them are on display."
CLAIMS = "Jobless claims rose by 20,000 last week. They now stand at 230,000."

CASES = [
    # The other figure's thing: never a pass.
    ("Die Brücke ist 300 Meter lang", "de", TOWER, "en", "fail"),
    ("El puente mide 300 metros", "es", TOWER, "en", "fail"),
    ("The bridge is 300 metres long", "en", TURM, "de", "fail"),
    ("Die Sammlung umfasst 1,2 Millionen Objekte", "de", MUSEUM, "en", "fail"),
    ("Die Brücke ist 300 Meter lang", "de", PUENTE, "es", "fail"),
    ("The bridge is 300 metres long", "en", PUENTE, "es", "fail"),
    ("这座大桥长300米", "zh", TOWER, "en", "unverified"),
    ("该馆藏品达120万件", "zh", MUSEUM, "en", "unverified"),
    ("The collection holds 1.2 million objects", "en", MUSEE, "fr", "unverified"),
    ("A inflação ficou em 5,2%", "pt", JOBS, "en", "unverified"),
    ("Der Verein hat 60.000 Mitglieder", "de", STADIUM, "en", "fail"),
    ("El club tiene 60.000 miembros", "es", STADIUM, "en", "fail"),
    ("Der Gewinn sank um 12 Prozent", "de", SALES, "en", "fail"),
    # Each figure's own thing passes.
    ("Der Turm misst 300 Meter", "de", TOWER, "en", "pass"),
    ("La torre mide 300 metros", "es", TOWER, "en", "pass"),
    ("Le pont mesure 120 mètres", "fr", TOWER, "en", "pass"),
    ("这座大桥长120米", "zh", TOWER, "en", "pass"),
    ("The tower is 300 metres high", "en", TURM, "de", "pass"),
    ("Das Museum zog 1,2 Millionen Besucher an", "de", MUSEUM, "en", "pass"),
    ("La collection compte 40 000 objets", "fr", MUSEUM, "en", "pass"),
    ("O museu atraiu 1,2 milhão de visitantes", "pt", MUSEUM, "en", "pass"),
    ("Die Sammlung umfasst 40.000 Objekte", "de", MUSEE, "fr", "pass"),
    ("Der Turm ist 300 Meter hoch", "de", PUENTE, "es", "pass"),
    ("The bridge is 120 metres long", "en", PUENTE, "es", "pass"),
    ("Le club compte 25 000 membres", "fr", STADIUM, "en", "pass"),
    ("Le chômage est tombé à 5,2 %", "fr", JOBS, "en", "pass"),
    ("Der Umsatz stieg um 12 Prozent", "de", SALES, "en", "pass"),
    # A pronoun speaks of the other sentence's thing: its figure is the statement's.
    ("Die Sammlung umfasst heute 40.000 Objekte", "de", STARTED, "en", "pass"),
    ("Etwa 2.000 Objekte werden ausgestellt", "de", SHOWN, "en", "pass"),
    ("Die Erstanträge auf Arbeitslosenhilfe liegen bei 230.000", "de", CLAIMS, "en", "pass"),
]


@pytest.mark.parametrize(("statement", "statement_lang", "quote", "quote_lang", "expected"), CASES)
def test_figure_of_another_sentence(
    statement: str, statement_lang: str, quote: str, quote_lang: str, expected: str
) -> None:
    result = claim_supported(
        statement, [quote], None, statement_lang=statement_lang, quote_lang=quote_lang
    )
    assert result.status == expected, result.reason
    if expected == "fail":
        assert "goes with" in result.reason or "go with" in result.reason
