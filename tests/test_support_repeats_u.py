"""A figure given twice in the statement for two counted nouns, and figures given the
swapped attribute of a pair (read/write, upload/download, import/export, …).

(1) "all 33 counts for murdering 33 people" for "all 33 … counts for murdering nine
people": the statement's second 33 counts people, which the quote counts with nine.
(2) "writes at up to 3,470 MB/s" for "シーケンシャルリードが最大3470MB/s": the figure is the
quote's read speed, not its write speed ([figure_attributes], [figure_attribute_pairs])."""

import pytest

from factdb.engine.support import claim_supported

_ROOF_EN = (
    "has found Roof guilty on all 33 federal hate crime counts for murdering nine people "
    "in the basement of a historically black church in 2015"
)
_ROOF_DE = (
    "Die Geschworenen sprachen Roof in allen 33 Anklagepunkten schuldig, neun Menschen "
    "ermordet zu haben."
)
_ROOF_FR = "Roof a été reconnu coupable des 33 chefs d'accusation pour le meurtre de 9 personnes."
_ROOF_ES = "Roof fue declarado culpable de los 33 cargos por el asesinato de nueve personas."

_SSD_JA = (
    "前者のシーケンシャルリードが最大3470MB/s、シーケンシャルライトは最大3000MB/s、"
    "後者はそれぞれ最大3400MB/s、最大2800MB/sという公称値です。"
)
_SSD_EN = "The first drive reads at up to 3,470 MB/s and writes at up to 3,000 MB/s."
_SSD_DE = "Das Laufwerk liest mit bis zu 3470 MB/s und schreibt mit bis zu 3000 MB/s."
_SSD_FR = "Le disque offre une lecture jusqu'à 3470 Mo/s et une écriture jusqu'à 3000 Mo/s."
_NET_ES = "La conexión ofrece una descarga de 300 Mbit/s y una subida de 50 Mbit/s."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # (1) One figure for two counted nouns: the second use fails.
        (
            "Roof was found guilty on all 33 counts for murdering 33 people.",
            "en",
            _ROOF_EN,
            "en",
            "fail",
        ),
        (
            "Roof wurde in allen 33 Anklagepunkten schuldig gesprochen, 33 Menschen ermordet "
            "zu haben.",
            "de",
            _ROOF_DE,
            "de",
            "fail",
        ),
        (
            "Roof a été reconnu coupable des 33 chefs d'accusation pour le meurtre de 33 "
            "personnes.",
            "fr",
            _ROOF_FR,
            "fr",
            "fail",
        ),
        (
            "Roof fue declarado culpable de los 33 cargos por el asesinato de 33 personas.",
            "es",
            _ROOF_ES,
            "es",
            "fail",
        ),
        # Across languages: a German statement on the English quote.
        (
            "Roof wurde in allen 33 Anklagepunkten schuldig gesprochen, 33 Menschen ermordet "
            "zu haben.",
            "de",
            _ROOF_EN,
            "en",
            "fail",
        ),
        (
            "Roof was found guilty on all 33 counts for murdering 33 people.",
            "en",
            _ROOF_FR,
            "fr",
            "fail",
        ),
        # Right paraphrases keep passing.
        (
            "Roof was found guilty on all 33 counts for murdering nine people.",
            "en",
            _ROOF_EN,
            "en",
            "pass",
        ),
        (
            "Roof wurde in allen 33 Anklagepunkten schuldig gesprochen, neun Menschen ermordet "
            "zu haben.",
            "de",
            _ROOF_EN,
            "en",
            "pass",
        ),
        (
            "Roof a été reconnu coupable des 33 chefs d'accusation pour le meurtre de 9 personnes.",
            "fr",
            _ROOF_FR,
            "fr",
            "pass",
        ),
        (
            "Roof fue declarado culpable de los 33 cargos por el asesinato de nueve personas.",
            "es",
            _ROOF_ES,
            "es",
            "pass",
        ),
    ],
)
def test_repeated_figure_for_another_noun(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # (2) Read and write swapped.
        (
            "前者のシーケンシャルライトが最大3470MB/s、リードは最大3000MB/s。",
            "ja",
            _SSD_JA,
            "ja",
            "fail",
        ),
        (
            "The first drive writes at up to 3,470 MB/s and reads at up to 3,000 MB/s.",
            "en",
            _SSD_EN,
            "en",
            "fail",
        ),
        (
            "Das Laufwerk schreibt mit bis zu 3470 MB/s und liest mit bis zu 3000 MB/s.",
            "de",
            _SSD_DE,
            "de",
            "fail",
        ),
        (
            "Le disque offre une écriture jusqu'à 3470 Mo/s et une lecture jusqu'à 3000 Mo/s.",
            "fr",
            _SSD_FR,
            "fr",
            "fail",
        ),
        (
            "La conexión ofrece una subida de 300 Mbit/s y una descarga de 50 Mbit/s.",
            "es",
            _NET_ES,
            "es",
            "fail",
        ),
        # Across languages.
        (
            "The first drive writes at up to 3,470 MB/s and reads at up to 3,000 MB/s.",
            "en",
            _SSD_JA,
            "ja",
            "fail",
        ),
        (
            "Das Laufwerk schreibt mit bis zu 3470 MB/s und liest mit bis zu 3000 MB/s.",
            "de",
            _SSD_EN,
            "en",
            "fail",
        ),
        # Right paraphrases keep passing.
        (
            "前者のシーケンシャルリードが最大3470MB/s、ライトは最大3000MB/s。",
            "ja",
            _SSD_JA,
            "ja",
            "pass",
        ),
        (
            "The first drive reads at up to 3,470 MB/s and writes at up to 3,000 MB/s.",
            "en",
            _SSD_JA,
            "ja",
            "pass",
        ),
        ("It reads at up to 3,470 MB/s.", "en", _SSD_EN, "en", "pass"),
        ("Das Laufwerk liest mit bis zu 3470 MB/s.", "de", _SSD_EN, "en", "pass"),
        ("Le disque offre une lecture jusqu'à 3470 Mo/s.", "fr", _SSD_FR, "fr", "pass"),
        ("La conexión ofrece una descarga de 300 Mbit/s.", "es", _NET_ES, "es", "pass"),
        # One side's exports are the other's imports: no pair of attributes.
        (
            "Chinas Exporte in die USA stiegen 2019 um 17 %.",
            "de",
            "US imports from China rose 17% in 2019.",
            "en",
            "pass",
        ),
        # Both of a pair before the figures, given respectively: no swap to read.
        (
            "The drive reads at 3,400 MB/s.",
            "en",
            "The drive reads and writes at 3,400 MB/s and 2,800 MB/s respectively.",
            "en",
            "pass",
        ),
        (
            "Das Laufwerk liest mit 3400 MB/s.",
            "de",
            "该硬盘的读取和写入速度分别为3400MB/s和2800MB/s。",
            "zh",
            "pass",
        ),
    ],
)
def test_swapped_attributes(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got
