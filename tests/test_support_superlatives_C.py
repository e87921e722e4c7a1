"""A superlative with "mayor"/"menor" (es) and "maior"/"menor" (pt) is no direction of a
figure ([directions.idioms]): "el mayor museo de Túnez", "o maior museu da Tunísia", "su
menor precio", "la segunda mayor ciudad" (an article or a possessive, at most an ordinal,
then the word), as "el museo más grande" is none already; against a quote with no direction
the figure alone decides. A comparison stays a direction: "una cifra mayor que", "é menor",
"maior do que" against a quote with none are unverified, and against an opposite direction
fail."""

import pytest

from factdb.engine.support import claim_supported

_BARDO = "The Bardo, Tunisia's largest museum, has 8,000 mosaics."
_BARDO_2 = "The Bardo, Tunisia's second-largest museum, has 8,000 mosaics."
_BARDO_FR = "Le Bardo, le plus grand musée de Tunisie, compte 8 000 mosaïques."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status"),
    [
        # A superlative: the figure decides.
        ("El Bardo, el mayor museo de Túnez, tiene 8.000 mosaicos.", _BARDO, "es", "en", "pass"),
        ("O Bardo, o maior museu da Tunísia, tem 8.000 mosaicos.", _BARDO, "pt", "en", "pass"),
        ("O Bardo, o maior museu da Tunísia, tem 8.000 mosaicos.", _BARDO_FR, "pt", "fr", "pass"),
        (
            "El Bardo, el segundo mayor museo de Túnez, tiene 8.000 mosaicos.",
            _BARDO_2,
            "es",
            "en",
            "pass",
        ),
        (
            "A passagem custa 8 reais, o menor preço do ano.",
            "The fare is 8 reais.",
            "pt",
            "en",
            "pass",
        ),
        (
            "El billete cuesta 8 euros, su menor precio.",
            "Le billet coûte 8 euros.",
            "es",
            "fr",
            "pass",
        ),
        # The superlative keeps no wrong figure.
        ("El Bardo, el mayor museo de Túnez, tiene 9.000 mosaicos.", _BARDO, "es", "en", "fail"),
        ("O Bardo, o maior museu da Tunísia, tem 9.000 mosaicos.", _BARDO, "pt", "en", "fail"),
        # A comparison stays a direction.
        ("La cifra es mayor: 8.000 mosaicos.", _BARDO, "es", "en", "unverified"),
        ("O número é maior: 8.000 mosaicos.", _BARDO, "pt", "en", "unverified"),
        (
            "O preço de 8 reais é menor do que o de antes.",
            "The fare rose to 8 reais.",
            "pt",
            "en",
            "fail",
        ),
    ],
)
def test_superlative_mayor_maior(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
