"""Small reader gaps: a word for zero in Spanish, French, Portuguese and German ("cero",
"zéro", "zero", "null") is the figure 0 as English "zero" is, but not in an idiom of starting
from scratch or a label ("partir de zéro", "die Stunde null", "estaca zero"); Chinese "两个
十年" is twenty years, not a count of 2 and ten years; a verb opening a sentence as a command
("Take two stops on the Central line") is no name, so the number after it counts."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        # Zero words are read and compared.
        ("La campaña convenció a 3 votantes.", "es",
         "La campaña convenció exactamente a cero votantes.", "es", "fail"),
        ("La campaña convenció a 0 votantes.", "es",
         "La campaña convenció exactamente a cero votantes.", "es", "pass"),
        ("La campagne a convaincu 3 électeurs.", "fr",
         "La campagne a convaincu exactement zéro électeur.", "fr", "fail"),
        ("A campanha convenceu 3 eleitores.", "pt",
         "A campanha convenceu exatamente zero eleitores.", "pt", "fail"),
        ("Die Kampagne überzeugte 3 Wähler.", "de",
         "Die Kampagne überzeugte genau null Wähler.", "de", "fail"),
        ("The campaign persuaded 3 voters.", "en",
         "Die Kampagne überzeugte genau null Wähler.", "de", "fail"),
        ("The campaign persuaded 2 voters.", "en",
         "A campanha convenceu exatamente zero eleitores.", "pt", "fail"),
        ("La campaña convenció a cero votantes.", "es",
         "The campaign persuaded precisely zero voters.", "en", "pass"),
        ("The campaign persuaded zero voters.", "en",
         "A campanha convenceu exatamente zero eleitores.", "pt", "pass"),
        ("The temperature fell to 0 degrees.", "en",
         "La température est tombée à zéro degré.", "fr", "pass"),
        ("Die Inflation lag bei 0,5 Prozent.", "de",
         "Die Inflation lag bei null Komma fünf Prozent.", "de", "pass"),
        # Idioms: nothing counted, nothing compared.
        ("Sie fingen mit 3 Mitarbeitern an.", "de", "Sie fingen bei null an.", "de",
         "unverified"),
        ("The firm started with 3 staff.", "en", "Sie fingen bei null an.", "de", "unverified"),
        ("Die Firma hat 3 Regeln.", "de", "Die Firma verfolgt eine Null-Toleranz-Politik.", "de",
         "unverified"),
        ("Das Land stand vor 3 Problemen.", "de", "Es war die Stunde null.", "de", "unverified"),
        ("L'entreprise a 3 salariés.", "fr", "L'entreprise est partie de zéro.", "fr",
         "unverified"),
        ("The firm has 3 staff.", "en", "L'entreprise est repartie de zéro.", "fr", "unverified"),
        ("La empresa tiene 3 empleados.", "es", "La empresa empezó desde cero.", "es",
         "unverified"),
        ("The firm has 3 staff.", "en", "La empresa empezó de cero.", "es", "unverified"),
        ("A empresa tem 3 funcionários.", "pt", "A empresa começou do zero.", "pt", "unverified"),
        ("A empresa tem 3 funcionários.", "pt", "A empresa voltou à estaca zero.", "pt",
         "unverified"),
    ],
)  # fmt: skip
def test_zero_words(statement: str, slang: str, quote: str, qlang: str, status: str) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("过去20年里，这座城市不断发展。", "zh", "过去两个十年里，这座城市不断发展。", "zh",
         "pass"),
        ("过去两个十年里，这座城市不断发展。", "zh", "Over the past 20 years the city grew.", "en",
         "pass"),
        ("过去两个十年里，这座城市不断发展。", "zh",
         "Over the past two decades the city grew.", "en", "pass"),
        ("Over the past 30 years the city grew.", "en", "过去两个十年里，这座城市不断发展。", "zh",
         "fail"),
        ("In den letzten 20 Jahren wuchs die Stadt.", "de", "过去三个十年里，这座城市不断发展。",
         "zh", "fail"),
        ("过去30年里，这座城市不断发展。", "zh", "过去三個十年里，这座城市不断发展。", "zh",
         "pass"),
    ],
)  # fmt: skip
def test_decades_counted_in_chinese(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason
    if status == "fail":
        assert "0年" in result.reason


def test_second_decade_is_no_twenty_years() -> None:
    result = claim_supported(
        "过去20年里，这座城市不断发展。", ["在第二个十年里，这座城市不断发展。"],
        statement_lang="zh", quote_lang="zh",
    )  # fmt: skip
    assert result.status != "pass", result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("Take three stops on the Central line.", "en", "Take two stops on the Central line.",
         "en", "fail"),
        ("Take two stops on the Central line.", "en", "Take two stops on the Central line.", "en",
         "pass"),
        ("Add 3 eggs to the flour.", "en", "Add two eggs to the flour.", "en", "fail"),
        ("Wait 10 minutes before serving.", "en", "Wait five minutes before serving.", "en",
         "fail"),
        ("Take three stops on the line.", "en", "Prenez deux arrêts sur la ligne.", "fr", "fail"),
        ("Prenez deux arrêts.", "fr", "Prenez deux arrêts.", "fr", "pass"),
        ("Tome tres paradas en la línea.", "es", "Tome dos paradas en la línea.", "es", "fail"),
        ("Take two stops on the line.", "en", "Tome dos paradas en la línea.", "es", "pass"),
        ("Pegue três paradas na linha.", "pt", "Pegue duas paradas na linha.", "pt", "fail"),
        ("Nimm drei Stationen mit der Linie.", "de", "Take two stops on the line.", "en", "fail"),
        # A name's number still names.
        ("Integer 32 is the type.", "en", "Integer 32 is the type.", "en", "unverified"),
    ],
)  # fmt: skip
def test_command_opening_a_sentence(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason
