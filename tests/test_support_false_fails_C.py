"""False fails of holdout46 (half b), each read as a class (issue 13, helper C).

- A lexical negation of knowing ("on ignore ce que", "is unknown", "ist unbekannt",
  "desconocemos", "desconhecemos", "…は不明だ", "仍是未知数") is a negation, as "don't know"
  is ([negation] denials); the contracted negation is read whole ("don't", not "on't").
- "而不只是 99%", "99%だけでなく" deny the figure after or before them as "not just 99%"
  does ([contrast]).
- "returned a 400 status code 24 times" counts how often; "24 fois un code", "24 veces",
  "24 vezes" too ([multipliers] how_often, ratio_after); "das 33-Fache" is a multiplier: a
  multiplier against a count finds no counterpart (unverified).
- A duration that says when ("after 10 minutes", "10分後", "10分钟后") takes no direction
  ([directions] lapse_before, lapse_after), and a noun of a surge that its sentence says
  ended ("エラーの急増は…収まった", "the surge in errors subsided") is no direction
  ([directions.idioms]).
The misstatements stay fails: "we know" against "we don't know", "99%" against the
contrast, "rose" against "fell".
"""

import pytest

from factdb.engine.support import claim_supported, read_values


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "on ignore ce que seront le journalisme et le Web dans dix ans.",
            "We don’t know what journalism or the web will be like in 10 years",
            "fr",
            "en",
            "pass",
        ),
        (
            "We don't know what journalism will be like in 10 years.",
            "On ignore ce que sera le journalisme dans dix ans.",
            "en",
            "fr",
            "pass",
        ),
        (
            "We know what journalism will be like in 10 years.",
            "We don’t know what journalism or the web will be like in 10 years",
            "en",
            "en",
            "fail",
        ),
        (
            "on sait ce que seront le journalisme et le Web dans dix ans.",
            "We don’t know what journalism or the web will be like in 10 years",
            "fr",
            "en",
            "fail",
        ),
        (
            "We know what journalism will be like in 10 years.",
            "On ignore ce que sera le journalisme dans dix ans.",
            "en",
            "fr",
            "fail",
        ),
        (
            "It is unknown what journalism will be like in 10 years.",
            "We don't know what journalism will be like in 10 years.",
            "en",
            "en",
            "pass",
        ),
        (
            "We are unaware of what journalism will be like in 10 years.",
            "We don't know what journalism will be like in 10 years.",
            "en",
            "en",
            "pass",
        ),
        (
            "Es ist unbekannt, wie der Journalismus in 10 Jahren aussieht.",
            "We don't know what journalism will be like in 10 years.",
            "de",
            "en",
            "pass",
        ),
        (
            "Wir wissen, wie der Journalismus in 10 Jahren aussieht.",
            "We don't know what journalism will be like in 10 years.",
            "de",
            "en",
            "fail",
        ),
        (
            "Desconocemos qué será el periodismo dentro de 10 años.",
            "We don't know what journalism will be like in 10 years.",
            "es",
            "en",
            "pass",
        ),
        (
            "Desconhecemos o que será o jornalismo daqui a 10 anos.",
            "We don't know what journalism will be like in 10 years.",
            "pt",
            "en",
            "pass",
        ),
        (
            "10年後のジャーナリズムがどうなるかは不明だ。",
            "We don't know what journalism will be like in 10 years.",
            "ja",
            "en",
            "pass",
        ),
        (
            "10年后的新闻业会怎样仍是未知数。",
            "We don't know what journalism will be like in 10 years.",
            "zh",
            "en",
            "pass",
        ),
        ("The company ignored 3 warnings.", "The company received 3 warnings.", "en", "en", "pass"),
        (
            "L'entreprise a ignoré 3 avertissements.",
            "L'entreprise a ignoré 3 avertissements.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "Rust要求覆盖100%的条件，而不只是99%。",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "zh",
            "en",
            "pass",
        ),
        (
            "Rust要求覆盖100%的条件，而不仅仅是99%。",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "zh",
            "en",
            "pass",
        ),
        (
            "Rustは99%だけでなく100%の条件のカバーを要求する。",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "ja",
            "en",
            "pass",
        ),
        (
            "Rust verlangt 100 % der Bedingungen, nicht nur 99 %.",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "de",
            "en",
            "pass",
        ),
        (
            "Rust requires covering 100% of the conditions, not just 99%.",
            "Rust要求覆盖100%的条件，而不只是99%。",
            "en",
            "zh",
            "pass",
        ),
        (
            "Rust requires 99% of the conditions.",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "en",
            "en",
            "fail",
        ),
        (
            "Rust要求覆盖99%的条件。",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "zh",
            "en",
            "fail",
        ),
        (
            "Rustは99%の条件のカバーを要求する。",
            "Rust requires covering 100% of the conditions, not just 99%.",
            "ja",
            "en",
            "fail",
        ),
        (
            "Rust requires covering 99% of the conditions.",
            "Rust要求覆盖100%的条件，而不只是99%。",
            "en",
            "zh",
            "unverified",
        ),
        (
            "Die 400er-Fehler der letzten Minute lagen beim 33-Fachen des Schnitts.",
            "In the past minute we returned a 400 status code 24 times, which is significantly"
            " higher than the average of 0.73 in the past hour.",
            "de",
            "en",
            "unverified",
        ),
        (
            "In the past minute the 400 errors were 33 times the average.",
            "In the past minute we returned a 400 status code 24 times, which is significantly"
            " higher than the average of 0.73 in the past hour.",
            "en",
            "en",
            "unverified",
        ),
        (
            "Die 400er-Fehler der letzten Minute lagen beim 33-Fachen des Schnitts.",
            "Au cours de la dernière minute, nous avons renvoyé 24 fois un code 400, bien plus"
            " que la moyenne de 0,73.",
            "de",
            "fr",
            "unverified",
        ),
        (
            "Die 400er-Fehler der letzten Minute lagen beim 33-Fachen des Schnitts.",
            "En el último minuto devolvimos un código 400 24 veces, muy por encima de la media"
            " de 0,73.",
            "de",
            "es",
            "unverified",
        ),
        (
            "Die 400er-Fehler der letzten Minute lagen beim 33-Fachen des Schnitts.",
            "No último minuto devolvemos um código 400 24 vezes, bem acima da média de 0,73.",
            "de",
            "pt",
            "unverified",
        ),
        (
            "Die 400er-Fehler lagen beim 24-Fachen des Schnitts.",
            "The 400 errors were 33 times the average.",
            "de",
            "en",
            "fail",
        ),
        (
            "Die 400er-Fehler lagen beim 33-Fachen des Schnitts.",
            "The 400 errors were 33 times the average.",
            "de",
            "en",
            "pass",
        ),
        (
            "In the past minute we returned a 400 status code 33 times.",
            "In the past minute we returned a 400 status code 24 times.",
            "en",
            "en",
            "fail",
        ),
        (
            "Les erreurs ont été 3 fois plus nombreuses.",
            "Errors were 5 times more frequent.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Les erreurs ont été 5 fois plus nombreuses.",
            "Errors were 5 times more frequent.",
            "fr",
            "en",
            "pass",
        ),
        (
            "Los errores fueron 5 veces más frecuentes.",
            "Errors were 3 times more frequent.",
            "es",
            "en",
            "fail",
        ),
        (
            "エラーの急増は10分後に収まった。",
            "The burst died down after around 10 minutes.",
            "ja",
            "en",
            "warn",
        ),
        (
            "エラーの急増は約10分後に収まった。",
            "The burst died down after around 10 minutes.",
            "ja",
            "en",
            "pass",
        ),
        (
            "The surge in errors subsided after around 10 minutes.",
            "The burst died down after around 10 minutes.",
            "en",
            "en",
            "pass",
        ),
        (
            "The surge in errors subsided after 10 minutes.",
            "The burst died down after around 10 minutes.",
            "en",
            "en",
            "warn",
        ),
        (
            "Der Anstieg der Fehler legte sich nach etwa 10 Minuten.",
            "The burst died down after around 10 minutes.",
            "de",
            "en",
            "pass",
        ),
        (
            "错误激增在大约10分钟后平息。",
            "The burst died down after around 10 minutes.",
            "zh",
            "en",
            "pass",
        ),
        (
            "Brief: the burst grew stronger after around 10 minutes.",
            "The burst died down after around 10 minutes.",
            "en",
            "en",
            "fail",
        ),
        (
            "The errors surged after 10 minutes.",
            "The errors dropped after 10 minutes.",
            "en",
            "en",
            "fail",
        ),
        ("エラーは10分後に急増した。", "The errors dropped after 10 minutes.", "ja", "en", "fail"),
        ("Prices rose 10%.", "Prices fell 10%.", "en", "en", "fail"),
        ("価格の上昇は10%だった。", "Prices fell 10%.", "ja", "en", "fail"),
        ("Die Preise stiegen um 10 %.", "Prices fell 10%.", "de", "en", "fail"),
        ("价格上涨了10%。", "Prices fell 10%.", "zh", "en", "fail"),
    ],
)
def test_false_fail_classes(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("We don’t know what it will be in 10 years", "en", "don't"),
        ("We can't know it in 10 years", "en", "can't"),
        ("It is unknown what it will be in 10 years", "en", "is unknown"),
        ("on ignore ce que sera le Web dans dix ans.", "fr", "ignore"),
        ("Es ist unbekannt, was in 10 Jahren sein wird.", "de", "ist unbekannt"),
        ("desconocemos qué será el periodismo en 10 años.", "es", "desconocemos"),
        ("desconhecemos o que será o jornalismo em 10 anos.", "pt", "desconhecemos"),
        ("10年後どうなるかは不明だ。", "ja", "不明"),
    ],
)
def test_negation_read_whole(text: str, lang: str, word: str) -> None:
    assert [w for _, w in read_values(text, lang).negations] == [word]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Unknown gunmen killed 5 people.", "en"),
        ("L'entreprise a ignoré 3 avertissements.", "fr"),
        ("Ein unbekannter Täter stahl 5 Autos.", "de"),
        ("身元不明の10人が見つかった。", "ja"),
    ],
)
def test_no_lexical_negation(text: str, lang: str) -> None:
    assert read_values(text, lang).negations == []


@pytest.mark.parametrize(
    "text, lang, label",
    [
        ("We returned a 400 status code 24 times.", "en", "frequency"),
        ("Nous avons renvoyé 24 fois un code 400.", "fr", "frequency"),
        ("Devolvimos un código 400 24 veces.", "es", "frequency"),
        ("Devolvemos um código 400 24 vezes.", "pt", "frequency"),
        ("Die Fehler lagen beim 33-Fachen des Schnitts.", "de", "multiplier"),
        ("Les erreurs étaient 33 fois plus nombreuses.", "fr", "multiplier"),
        ("Los errores fueron 33 veces la media.", "es", "multiplier"),
        ("Os erros foram 33 vezes mais numerosos.", "pt", "multiplier"),
    ],
)
def test_times_counted_or_multiplied(text: str, lang: str, label: str) -> None:
    values = read_values(text, lang).values
    assert [v.label for v in values if v.text.startswith(("24", "33"))] == [label]
