"""A number word joined by a hyphen to the word of what it counts, read as that count
(issue-A; en.toml [numbers] hyphen_counts): "a four-legged snake", "four-star comforts",
"a twenty-room resort" (as "a 20-room resort"), "sixty-four-layer NAND"; not a fraction
("two-thirds"), a multiplier word ("two-hundredfold" stays 200), nor the words of
hyphen_counts' `not` ("two-way", "three-dimensional"), nor a capitalized word after the
hyphen (a name: "Three-Body"); "one-sided" was never read (one is "a" as often as a count).

Each reading with misstatements that must fail, and other languages' statements about the
English compounds and the other way round."""

import pytest

from factdb.engine.support import claim_supported, read_values

SNAKE = "Four-legged snake fossil discovered"
HOTEL = "with its unmatched combination of five-star luxuries, natural beauty and centuries"
RESORT = "A former convent converted into a lavish 20-room resort"
NAND = "64層の3D TLC NANDを採用したSSDとしてはハイエンドに属するモデルで"
BOND = "その金利は定期預金の200倍だが"

CASES = [
    # English on both sides.
    ("A fossil of a four-legged snake has been discovered.", SNAKE, "en", "en", "pass"),
    ("A fossil of a six-legged snake has been discovered.", SNAKE, "en", "en", "fail"),
    ("The monastery offers five-star luxuries.", HOTEL, "en", "en", "pass"),
    ("The monastery offers four-star comforts.", HOTEL, "en", "en", "fail"),
    ("The former convent is now a lavish twenty-room resort.", RESORT, "en", "en", "pass"),
    ("The former convent is now a lavish thirty-room resort.", RESORT, "en", "en", "fail"),
    # Across languages.
    ("The drive uses sixty-four-layer 3D TLC NAND.", NAND, "en", "ja", "pass"),
    ("The drive uses ninety-six-layer 3D TLC NAND.", NAND, "en", "ja", "fail"),
    ("Ein Fossil einer Schlange mit vier Beinen wurde entdeckt.", SNAKE, "de", "en", "pass"),
    ("Ein Fossil einer Schlange mit sechs Beinen wurde entdeckt.", SNAKE, "de", "en", "fail"),
    ("El monasterio ofrece lujos de cinco estrellas.", HOTEL, "es", "en", "pass"),
    ("El monasterio ofrece lujos de cuatro estrellas.", HOTEL, "es", "en", "fail"),
    ("Le couvent est devenu un hôtel de vingt chambres.", RESORT, "fr", "en", "pass"),
    ("Le couvent est devenu un hôtel de quarante chambres.", RESORT, "fr", "en", "fail"),
    (
        "A snake with four legs was found.",
        "Se encontró una serpiente de cuatro patas.",
        "en",
        "es",
        "pass",
    ),
    # A multiplier word stays one.
    ("The bond pays a two-hundredfold rate.", BOND, "en", "ja", "pass"),
    ("The bond pays a three-hundredfold rate.", BOND, "en", "ja", "fail"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "expected"), CASES)
def test_hyphen_counts(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == expected, got.reason


@pytest.mark.parametrize(
    "text",
    [
        "a two-way street",
        "a three-dimensional model",
        "a one-sided game",
        "the Three-Body novels",
        "a two-faced friend",
    ],
)
def test_no_count(text: str) -> None:
    assert read_values(text, "en").values == []


def test_fraction_stays_a_fraction() -> None:
    (value,) = read_values("two-thirds of voters", "en").values
    assert value.label == "fraction"
