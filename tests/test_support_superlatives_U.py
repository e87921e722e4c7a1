"""A superlative is no direction of a figure (issue U): "la ciudad más septentrional",
"a cidade mais setentrional", "le navigateur le plus utilisé", "son plus grand échec" read
"más"/"mais"/"plus" as "more" for a figure beside them, and the quote, giving no direction,
left the pair unverified ([directions.idioms] in es, pt, fr). Comparators stay: "más de 20",
"mais de 20", "plus de 20", "20 o más"."""

import pytest

from factdb.engine.support import claim_supported

_FIREFOX = (
    "As of late 2015, Firefox has approximately 10-11% of worldwide usage share of web "
    "browsers, making it the 4th most-used web browser."
)
_OBAMA = (
    "But with just 18 months left in power, he said gun control was the area where he has "
    'been "most frustrated and most stymied" since coming to power in 2009.'
)
_TUNIS = (
    "Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing "
    "at least 19 people, including 17 foreigners"
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Spanish: an article, an ordinal and a noun, "más", an adjective.
        (
            "Firefox era el cuarto navegador más usado a finales de 2015.",
            _FIREFOX,
            "es",
            "en",
            "pass",
        ),
        (
            "Firefox era el cuarto navegador más usado a finales de 2017.",
            _FIREFOX,
            "es",
            "en",
            "fail",
        ),
        (
            "Wakkanai, con 35.000 habitantes, es la ciudad más septentrional.",
            "Wakkanai, ciudad de 35.000 habitantes, es la ciudad más septentrional de Japón.",
            "es",
            "es",
            "pass",
        ),
        (
            "Wakkanai, con 45.000 habitantes, es la ciudad más septentrional.",
            "Wakkanai, ciudad de 35.000 habitantes, es la ciudad más septentrional de Japón.",
            "es",
            "es",
            "fail",
        ),
        (
            "El país más poblado tiene 50 millones de habitantes.",
            "El país más poblado tiene 40 millones de habitantes.",
            "es",
            "es",
            "fail",
        ),
        (
            "Hombres armados mataron al menos a 19 personas, entre ellas 17 extranjeros, en el "
            "museo más famoso de Túnez.",
            _TUNIS,
            "es",
            "en",
            "pass",
        ),
        # Portuguese.
        (
            "Wakkanai, com 35 mil habitantes, é a cidade mais setentrional.",
            "Wakkanai, cidade de 35 mil habitantes, é a cidade mais setentrional do Japão.",
            "pt",
            "pt",
            "pass",
        ),
        (
            "Wakkanai, com 45 mil habitantes, é a cidade mais setentrional.",
            "Wakkanai, cidade de 35 mil habitantes, é a cidade mais setentrional do Japão.",
            "pt",
            "pt",
            "fail",
        ),
        (
            "O país mais rico tem 5 milhões de habitantes.",
            "O país tem 5 milhões de habitantes e é o mais rico.",
            "pt",
            "pt",
            "pass",
        ),
        (
            "Atiradores mataram pelo menos 19 pessoas, incluindo 17 estrangeiros, no museu mais "
            "famoso da Tunísia.",
            _TUNIS,
            "pt",
            "en",
            "pass",
        ),
        (
            "Atiradores mataram pelo menos 19 pessoas, incluindo 27 estrangeiros, no museu mais "
            "famoso da Tunísia.",
            _TUNIS,
            "pt",
            "en",
            "fail",
        ),
        # French: an article or a possessive right before "plus".
        (
            "Wakkanai, ville la plus septentrionale, compte 35 000 habitants.",
            "人口3万5千人、最北の市で",
            "fr",
            "ja",
            "pass",
        ),
        (
            "Wakkanai, ville la plus septentrionale, compte 45 000 habitants.",
            "人口3万5千人、最北の市で",
            "fr",
            "ja",
            "fail",
        ),
        (
            "Firefox était fin 2015 le quatrième navigateur le plus utilisé.",
            _FIREFOX,
            "fr",
            "en",
            "pass",
        ),
        (
            "Firefox était fin 2015 le deuxième navigateur le plus utilisé.",
            _FIREFOX,
            "fr",
            "en",
            "fail",
        ),
        (
            "À 18 mois de la fin de son mandat, Obama juge le contrôle des armes son plus "
            "grand échec.",
            _OBAMA,
            "fr",
            "en",
            "pass",
        ),
        (
            "À 24 mois de la fin de son mandat, Obama juge le contrôle des armes son plus "
            "grand échec.",
            _OBAMA,
            "fr",
            "en",
            "fail",
        ),
        # Comparators stay comparators.
        ("A cidade tem mais de 20 escolas.", "A cidade tem 15 escolas.", "pt", "pt", "fail"),
        ("La ville compte plus de 20 écoles.", "La ville compte 15 écoles.", "fr", "fr", "fail"),
        ("La ciudad tiene más de 20 escuelas.", "La ciudad tiene 15 escuelas.", "es", "es", "fail"),
        ("Las ventas subieron un 20 % más.", "Las ventas bajaron un 20 %.", "es", "es", "fail"),
    ],
)
def test_superlative_is_no_direction(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
    assert "no direction to compare" not in (result.reason or "")


@pytest.mark.parametrize(
    "statement, quote, lang, shown",
    [
        (
            "Los criptogatos valen más de 10.000 dólares.",
            "valen más de US$ 100.000",
            "es",
            "más de",
        ),
        (
            "Os criptogatos valem mais de 10 mil dólares.",
            "valen más de US$ 100.000",
            "pt",
            "mais de",
        ),
        (
            "Les cryptochats valent plus de 10 000 dollars.",
            "valen más de US$ 100.000",
            "fr",
            "plus de",
        ),
    ],
)
def test_comparator_stays(statement: str, quote: str, lang: str, shown: str) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang="es")
    assert shown in (result.reason or ""), result.reason
