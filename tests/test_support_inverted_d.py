"""What is said of a right figure, inverted: confirming against denying (joined to the
[polarity] group ``recognition``, which Spanish and Portuguese now have too: "confirmed
that 3 officials", "bestätigte", "confirmó", "证实", against "denied", "negó"; not
"confirmed cases"); accepting against rejecting ("accepted the motion" against "lehnte …
ab"; Chinese "通过了" against "否决"); refusing entry against letting in ("refused entry
to", "refusé l'entrée", "Einreise verweigert", "拒绝入境" against "入国を認めた"); German
missing or winning an Oscar. Each in one language or across two; right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Confirming against denying.
        ("In 2011 the club confirmed that 4 players had been suspended.",
         "In 2011 the club denied that 4 players had been suspended.", "en", "en", "fail"),
        ("2011 bestätigte der Verein, dass 4 Spieler gesperrt worden waren.",
         "In 2011 the club denied that 4 players had been suspended.", "de", "en", "fail"),
        ("En 2011, el club confirmó que 4 jugadores habían sido suspendidos.",
         "In 2011 the club denied that 4 players had been suspended.", "es", "en", "fail"),
        ("2011年，该俱乐部证实有4名球员被禁赛。",
         "In 2011 the club denied that 4 players had been suspended.", "zh", "en", "fail"),
        ("Em 2011, o clube negou que 4 jogadores tivessem sido suspensos.",
         "En 2011, le club a confirmé que 4 joueurs avaient été suspendus.", "pt", "fr", "fail"),
        ("In 2011 the club confirmed that 4 players had been suspended.",
         "En 2011, el club confirmó que 4 jugadores habían sido suspendidos.", "en", "es", "pass"),
        ("In 2011 the club denied that 4 players had been suspended.",
         "In 2011 the club denied that 4 players had been suspended.", "en", "en", "pass"),
        # Accepting against rejecting.
        ("In 2009 the council accepted the plan with 41 votes.",
         "Der Rat lehnte 2009 den Plan mit 41 Stimmen ab.", "en", "de", "fail"),
        ("2009年，市议会以41票通过了该计划。",
         "Der Rat lehnte 2009 den Plan mit 41 Stimmen ab.", "zh", "de", "fail"),
        ("In 2009 the council rejected the plan with 41 votes.",
         "Der Rat lehnte 2009 den Plan mit 41 Stimmen ab.", "en", "de", "pass"),
        # Refusing entry against letting in.
        ("In 2017 the country refused entry to 60 migrants.",
         "政府は2017年に60人の移民の入国を認めた。", "en", "ja", "fail"),
        ("En 2017, le pays a refusé l'entrée à 60 migrants.",
         "In 2017 the country let 60 migrants into its territory.", "fr", "en", "fail"),
        ("2017 wurde 60 Migranten die Einreise verweigert.",
         "In 2017 the country let 60 migrants into its territory.", "de", "en", "fail"),
        ("2017年，该国拒绝60名移民入境。",
         "In 2017 the country let 60 migrants into its territory.", "zh", "en", "fail"),
        ("In 2017 the country admitted 60 migrants.",
         "政府は2017年に60人の移民の入国を認めた。", "en", "ja", "pass"),
        # Missing against winning an Oscar, German.
        ("Die Schauspielerin verpasste 2004 den Oscar.",
         "The actress won the Oscar in 2004.", "de", "en", "fail"),
        ("Die Schauspielerin gewann 2004 den Oscar.",
         "The actress won the Oscar in 2004.", "de", "en", "pass"),
    ],
)  # fmt: skip
def test_inverted_predicates_confirmed(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
