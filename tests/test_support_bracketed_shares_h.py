"""A fraction word against a share written as a part with its counted noun and the whole in
brackets ([fraction_patterns.bracketed]: "11 écologistes (sur 18)", "14 Labour MPs (of
20)", "3 Liberale (von 12)", "14 socialistas (de 20)"), in one language or across two: the
statement's share is compared with the share of the group it names, by a name ("UDI",
"Front de gauche") or a word only that group's noun says ("ecologist" for "écologistes");
a word every group shares ("deputies") ties none, and a statement naming no group stays
unverified."""

import pytest

from factdb.engine.support import claim_supported

QFR = (
    "Contre : 9 socialistes (sur 25), 11 écologistes (sur 18), 4 UDI (sur 20) et "
    "6 députés Front de gauche (sur 8)."
)
QEN = (
    "Voting against were 14 Labour MPs (of 20), 3 Liberal Democrats (out of 12) and "
    "9 independents (of 10)."
)
QDE = "Dagegen stimmten 14 Grüne (von 20), 3 Liberale (von 12) und 9 Parteilose (von 10)."
QEDU = "Against: 14 students (of 20) and 3 teachers (of 12)."
QES = "Votaron en contra 14 socialistas (de 20), 3 liberales (de 12) y 9 independientes (de 10)."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("More than half of the ecologist deputies voted against.", QFR, "en", "fr", "pass"),
        ("More than half of the UDI deputies voted against.", QFR, "en", "fr", "fail"),
        ("Less than a quarter of the UDI deputies voted against.", QFR, "en", "fr", "pass"),
        (
            "Drei Viertel der Front-de-gauche-Abgeordneten stimmten dagegen.",
            QFR,
            "de",
            "fr",
            "pass",
        ),
        (
            "Zwei Drittel der Front-de-gauche-Abgeordneten stimmten dagegen.",
            QFR,
            "de",
            "fr",
            "fail",
        ),
        ("Menos da metade dos socialistas votou contra.", QFR, "pt", "fr", "pass"),
        ("Mais da metade dos socialistas votou contra.", QFR, "pt", "fr", "fail"),
        ("More than half of the deputies voted against.", QFR, "en", "fr", "unverified"),
        ("Half of the teachers voted against.", QEDU, "en", "en", "fail"),
        ("A quarter of the teachers voted against.", QEDU, "en", "en", "pass"),
        ("More than half of the voters agreed.", QEDU, "en", "en", "unverified"),
        ("Seven in ten Labour MPs voted against.", QEN, "en", "en", "pass"),
        ("Half of the Labour MPs voted against.", QEN, "en", "en", "fail"),
        ("Fewer than a third of the Liberal Democrats voted against.", QEN, "en", "en", "pass"),
        ("Weniger als ein Drittel der Liberalen stimmte dagegen.", QDE, "de", "de", "pass"),
        ("Mehr als die Hälfte der Liberalen stimmte dagegen.", QDE, "de", "de", "fail"),
        ("Más de la mitad de los socialistas votó en contra.", QES, "es", "es", "pass"),
        ("Menos de la mitad de los independientes votó en contra.", QES, "es", "es", "fail"),
        ("Seven in ten socialists voted against.", QES, "en", "es", "pass"),
        ("Three quarters of the socialists voted against.", QES, "en", "es", "fail"),
    ],
)
def test_fraction_against_bracketed_share(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status
