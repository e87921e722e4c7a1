"""A currency's strength after an indefinite article describes the noun after it
(issue-M): "rose 2% on a weaker yen", "rebounded … on a weaker yen" ("weaker", "stronger"
in [directions] not_after): no direction of a figure, so it neither contradicts the
quote's "rose" / "反発" nor stands for one. The verb's direction is still compared ("fell
2% on a weaker yen" against "rose 2%"). German and French write such a comparative with
its own inflection or after its noun and were read so already; they are probed here too.
Every sentence here is new."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        (
            "en",
            "The index rose 2% on a weaker yen.",
            "en",
            "The index rose 2% as the yen fell.",
            "pass",
        ),
        ("en", "The index rose 2% on a weaker dollar.", "en", "The index climbed 2%.", "pass"),
        ("en", "Exports grew 4% thanks to a stronger euro.", "en", "Exports grew 4%.", "pass"),
        ("en", "The index fell 2% on a weaker yen.", "en", "The index rose 2%.", "fail"),
        ("en", "Prices were 5% higher.", "en", "Prices were 5% lower.", "fail"),
        (
            "de",
            "Der Index stieg um 2 Prozent dank eines schwächeren Yen.",
            "de",
            "Der Index stieg um 2 Prozent.",
            "pass",
        ),
        (
            "fr",
            "L'indice a progressé de 2 % grâce à un yen plus faible.",
            "fr",
            "L'indice a progressé de 2 %.",
            "pass",
        ),
        # Across languages, both ways.
        (
            "en",
            "The Nikkei rose for the first time in three days on a weaker yen.",
            "ja",
            "日経平均は3日ぶり反発、円安で輸出株に買い",
            "pass",
        ),
        (
            "en",
            "The index rose 2% on a weaker yen.",
            "de",
            "Der Index stieg um 2 Prozent.",
            "pass",
        ),
        (
            "de",
            "Der Index stieg um 2 Prozent.",
            "en",
            "The index rose 2% on a weaker yen.",
            "pass",
        ),
        (
            "en",
            "The index fell 2% on a weaker yen.",
            "fr",
            "L'indice a progressé de 2 %.",
            "fail",
        ),
    ],
)
def test_attributive_comparative(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
