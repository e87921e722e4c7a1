"""Bounds said by a noun or its adjective (en.toml [hedges.noun_bound]). Every sentence here
is new.

- "a maximum fine of $X", "the maximum penalty the firm faces is $X", "eine Höchststrafe von",
  "die maximale Geldstrafe beträgt", "une amende maximale de", "l'amende maximale qu'il
  encourt est de", "una multa máxima de": a stated maximum, as "a maximum of" is.
- "a minimum fine of", "eine Mindeststrafe von", "une amende minimale de", "una multa mínima
  de": a floor ("at least"), the opposite bound of the quote's "up to": a fail.
- "$X in fines at most": a bound after the figure past "in <noun>".
- Not a bound: a name ("the minimum wage is $15", "el salario mínimo"), nor a bound word
  another clause or figure parts from the figure.
"""

import pytest

from factdb.engine.support import claim_supported

_EN = "Moreno faces a maximum of five years in prison and up to a $400,000 fine."
_DE = "Moreno drohen bis zu fünf Jahre Haft und eine Geldstrafe von bis zu 400.000 Dollar."
_FR = "Moreno encourt une amende pouvant aller jusqu'à 400 000 dollars."
_ES = "Moreno enfrenta una multa de hasta 400.000 dólares."
_ES_MIN = "Moreno enfrenta una multa mínima de 400.000 dólares."


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # A floor said by a noun against the quote's ceiling, beside a bound the statement
        # keeps (until 2026-12-07 a warn case of test_support_warn_w1.py; the labels of
        # en-nbcnews-h30-101 and -h39-259 say fail).
        (
            "en",
            "She faces up to eight years in jail and a minimum fine of $90,000.",
            "en",
            "She faces up to eight years in jail and up to a $90,000 fine.",
            "fail",
        ),
        # 1. A maximum said by a noun's adjective: the quote's ceiling, compared.
        ("en", "The maximum fine Moreno faces is $400,000.", "en", _EN, "pass"),
        ("en", "Moreno faces a maximum fine of $400,000.", "en", _EN, "pass"),
        ("en", "The maximum fine Moreno faces is $500,000.", "en", _EN, "fail"),
        ("de", "Moreno droht eine Höchststrafe von 400.000 Dollar.", "en", _EN, "pass"),
        ("de", "Die maximale Geldstrafe für Moreno beträgt 400.000 Dollar.", "en", _EN, "pass"),
        ("fr", "Moreno encourt une amende maximale de 400 000 dollars.", "en", _EN, "pass"),
        ("fr", "L'amende maximale que Moreno encourt est de 400 000 dollars.", "en", _EN, "pass"),
        ("es", "La multa máxima que enfrenta Moreno es de 400.000 dólares.", "en", _EN, "pass"),
        ("en", "The maximum fine Moreno faces is $400,000.", "de", _DE, "pass"),
        ("en", "The maximum fine Moreno faces is $400,000.", "fr", _FR, "pass"),
        ("en", "The maximum fine Moreno faces is $400,000.", "es", _ES, "pass"),
        ("zh", "莫雷诺最高面临40万美元罚款。", "en", _EN, "pass"),
        # 2. A minimum said by a noun's adjective against a ceiling: opposite bounds.
        ("en", "Moreno faces a minimum fine of $400,000.", "en", _EN, "fail"),
        ("en", "The minimum fine Moreno faces is $400,000.", "de", _DE, "fail"),
        ("de", "Moreno droht eine Mindeststrafe von 400.000 Dollar.", "en", _EN, "fail"),
        ("fr", "Moreno encourt une amende minimale de 400 000 dollars.", "en", _EN, "fail"),
        ("es", "Moreno enfrenta una multa mínima de 400.000 dólares.", "en", _EN, "fail"),
        ("en", "The maximum fine Moreno faces is $400,000.", "es", _ES_MIN, "fail"),
        # 3. A bound after the figure past "in <noun>".
        ("en", "Moreno faces $400,000 in fines at most.", "en", _EN, "pass"),
        ("en", "Moreno faces $400,000 in fines at most.", "es", _ES, "pass"),
        ("en", "Moreno faces $400,000 in fines at least.", "en", _EN, "fail"),
    ],
)
def test_noun_bounds(lang: str, statement: str, quote_lang: str, quote: str, status: str) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status, fragment",
    [
        # A name, no bound: "minimum wage".
        ("en", "The minimum wage is $15.", "es", "El salario mínimo es de 15 dólares.", "pass", ""),
        # The figure starts a change: the noun names what changes, no bound on it.
        (
            "es",
            "España eleva la edad mínima para casarse de 16 a 18 años.",
            "en",
            "Spain raises the marrying age from 14 to 16.",
            "fail",
            "",
        ),
        (
            "de",
            "Frankreich hebt die Mindeststrafe von 100 auf 200 Euro an.",
            "en",
            "France raises the minimum fine from 100 to 150 euros.",
            "fail",
            "",
        ),
        # A figure the quote bounds, said with no bound: the statement drops it.
        ("en", "Moreno faces a fine of $400,000.", "es", _ES_MIN, "warn", "drops"),
        # Another clause between the bound word and the figure: no bound read.
        (
            "en",
            "The maximum sentence is five years and the fine is $400,000.",
            "en",
            _EN,
            "warn",
            "drops",
        ),
    ],
)
def test_not_noun_bounds(
    lang: str, statement: str, quote_lang: str, quote: str, status: str, fragment: str
) -> None:
    result = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
    assert fragment in result.reason
