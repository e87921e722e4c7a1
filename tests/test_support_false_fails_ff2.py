"""Classes of false fails (a statement the quote supports read as contradicted), issue 13,
helper ff. Every sentence here is new; each right paraphrase stands next to misstatements
that must still fail."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "lang, quote_lang, statement, quote, status",
    [
        # Seconds and hundredths, metres and centimetres, with the unit's mark between them:
        # "7 s 24" is 7.24 s, "5メートル87" 5.87 m, "1米92" 1.92 m.
        (
            "en",
            "de",
            "She took the bronze in 7 s 24.",
            "Sie holte in 7,24 sek die Bronzemedaille.",
            "pass",
        ),
        (
            "en",
            "de",
            "She took the bronze in 7 s 42.",
            "Sie holte in 7,24 sek die Bronzemedaille.",
            "fail",
        ),
        ("fr", "fr", "Il a gagné la série en 10 s 57.", "Il a gagné la série en 10,57 s.", "pass"),
        ("fr", "fr", "Il a gagné la série en 10 s 75.", "Il a gagné la série en 10,57 s.", "fail"),
        ("es", "en", "Ganó la serie en 10 s 57.", "He won the heat in 10.57 seconds.", "pass"),
        ("es", "en", "Ganó la serie en 10 s 75.", "He won the heat in 10.57 seconds.", "fail"),
        (
            "en",
            "en",
            "The probe reported 5 s 20 ms of delay.",
            "The probe reported 5.02 seconds of delay.",
            "pass",
        ),
        (
            "ja",
            "de",
            "走り幅跳びで5メートル87を跳び3位に入った。",
            "Im Weitsprung kam sie mit 5,87 m auf den 3. Platz.",
            "pass",
        ),
        (
            "ja",
            "de",
            "走り幅跳びで5メートル78を跳び3位に入った。",
            "Im Weitsprung kam sie mit 5,87 m auf den 3. Platz.",
            "fail",
        ),
        (
            "zh",
            "en",
            "她在跳高比赛中跳过了1米92，获得第二名。",
            "In the high jump she cleared 1.92 m and finished second.",
            "pass",
        ),
        (
            "zh",
            "en",
            "她在跳高比赛中跳过了1米29，获得第二名。",
            "In the high jump she cleared 1.92 m and finished second.",
            "fail",
        ),
        # A win said in Chinese or Japanese ([ranks] win) against a quote's other place.
        (
            "zh",
            "de",
            "他在跳远比赛中以7米31夺冠。",
            "Im Weitsprung holte er mit 7,31 m den 2. Platz.",
            "fail",
        ),
        (
            "ja",
            "de",
            "彼は走り幅跳びで7メートル31を跳んで優勝した。",
            "Im Weitsprung holte er mit 7,31 m den 2. Platz.",
            "fail",
        ),
        (
            "ja",
            "de",
            "彼は走り幅跳びで7メートル31を跳んで優勝した。",
            "Im Weitsprung gewann er mit 7,31 m.",
            "pass",
        ),
        # "不等" closing a range says "varying", no negation.
        (
            "zh",
            "en",
            "该餐厅的套餐价格从80元到260元不等。",
            "Set menus at the restaurant cost from 80 to 260 yuan.",
            "pass",
        ),
        (
            "zh",
            "en",
            "该餐厅的套餐价格从80元到620元不等。",
            "Set menus at the restaurant cost from 80 to 260 yuan.",
            "fail",
        ),
        # A figure not within a range is outside it (bounds is a complementary group).
        (
            "en",
            "en",
            "The reading of 48 degrees was not within the permitted range.",
            "The reading of 48 degrees was outside the permitted range.",
            "pass",
        ),
        (
            "en",
            "en",
            "The reading of 48 degrees was not within the permitted range.",
            "The reading of 48 degrees was within the permitted range.",
            "fail",
        ),
        (
            "en",
            "en",
            "The reading of 48 degrees was within the permitted range.",
            "The reading of 48 degrees was outside the permitted range.",
            "fail",
        ),
        (
            "de",
            "en",
            "Der Messwert von 48 Grad lag nicht innerhalb des zulässigen Bereichs.",
            "The reading of 48 degrees was outside the permitted range.",
            "pass",
        ),
        (
            "de",
            "de",
            "Der Messwert von 48 Grad lag nicht innerhalb des zulässigen Bereichs.",
            "Der Messwert von 48 Grad lag innerhalb des zulässigen Bereichs.",
            "fail",
        ),
        (
            "fr",
            "fr",
            "La valeur de 48 degrés n'était pas dans la plage autorisée.",
            "La valeur de 48 degrés était hors de la plage autorisée.",
            "pass",
        ),
        (
            "fr",
            "fr",
            "La valeur de 48 degrés n'était pas dans la plage autorisée.",
            "La valeur de 48 degrés était dans la plage autorisée.",
            "fail",
        ),
        # "failed to win" holds its own negation: it says "missed", as "did not win" does.
        (
            "en",
            "de",
            "The Kenyan runner failed to win the 800 m title, finishing in 1:45.30.",
            "Der Kenianer verpasste in 1:45,30 min den Titel über 800 m.",
            "pass",
        ),
        (
            "en",
            "de",
            "The Kenyan runner failed to win the 800 m title, finishing in 1:45.30.",
            "Der Kenianer gewann in 1:45,30 min den Titel über 800 m.",
            "fail",
        ),
        (
            "en",
            "en",
            "The Kenyan runner failed to win the 800 m title, finishing in 1:45.30.",
            "The Kenyan runner missed out on the 800 m title, finishing in 1:45.30.",
            "pass",
        ),
        (
            "en",
            "en",
            "The Kenyan runner won the 800 m title, finishing in 1:45.30.",
            "The Kenyan runner missed out on the 800 m title, finishing in 1:45.30.",
            "fail",
        ),
        (
            "fr",
            "en",
            "Le Kényan n'a pas remporté le titre du 800 m en 1:45.30.",
            "The Kenyan runner failed to win the 800 m title in 1:45.30.",
            "pass",
        ),
        # German centuries as a duration ("drei Jahrhunderte" is 300 years).
        (
            "de",
            "en",
            "Die Burg wurde vor rund zwei Jahrhunderten erbaut.",
            "The castle was built about 200 years ago.",
            "pass",
        ),
        (
            "de",
            "en",
            "Die Burg wurde vor rund vier Jahrhunderten erbaut.",
            "The castle was built about 200 years ago.",
            "fail",
        ),
        (
            "de",
            "fr",
            "Das Kloster stand fast fünf Jahrhunderte lang leer.",
            "Le monastère est resté vide pendant près de 500 ans.",
            "pass",
        ),
        (
            "de",
            "fr",
            "Das Kloster stand fast fünf Jahrhunderte lang leer.",
            "Le monastère est resté vide pendant près de 50 ans.",
            "fail",
        ),
        (
            "de",
            "fr",
            "Das Kloster stand im 15. Jahrhundert leer.",
            "Le monastère est resté vide au XVe siècle.",
            "pass",
        ),
        # "1泊料金" (the rate for one night) is no count of nights.
        (
            "ja",
            "en",
            "この旅館の1泊料金は120ドルから450ドル。",
            "Nightly rates at the inn range from $120 to $450.",
            "pass",
        ),
        (
            "ja",
            "en",
            "この旅館の1泊料金は120ドルから540ドル。",
            "Nightly rates at the inn range from $120 to $450.",
            "fail",
        ),
    ],
)
def test_false_fail_classes(
    lang: str, quote_lang: str, statement: str, quote: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
