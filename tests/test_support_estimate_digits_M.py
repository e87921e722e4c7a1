"""An estimate written to three significant digits or more (issue-M): "about 213 million"
reaches five steps of its last digit other than zero (208 to 218 million), not a tenth of
the figure, so "231,506,740" is another figure (``fail``), while "213,506,740" is within
it. Figures with fewer digits ("about 210 million", "about 2,980 yen" against 3,000 yen,
whose last digit other than zero is the tens) keep their reach. Every sentence here is new."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        (
            "en",
            "The site had about 213 million page views.",
            "en",
            "The site had 231,506,740 page views.",
            "fail",
        ),
        (
            "en",
            "The site had about 213 million page views.",
            "en",
            "The site had 213,506,740 page views.",
            "pass",
        ),
        (
            "en",
            "The site had about 210 million page views.",
            "en",
            "The site had 225,506,740 page views.",
            "pass",
        ),
        ("en", "The trip is about 186 miles.", "en", "The trip is 300 km.", "pass"),
        ("en", "The plan costs about 2,980 yen.", "en", "The plan costs 3,000 yen.", "pass"),
        (
            "de",
            "Die Seite hatte rund 213 Millionen Aufrufe.",
            "de",
            "Die Seite hatte 231.506.740 Aufrufe.",
            "fail",
        ),
        (
            "de",
            "Die Seite hatte rund 213 Millionen Aufrufe.",
            "de",
            "Die Seite hatte 214.506.740 Aufrufe.",
            "pass",
        ),
        (
            "es",
            "El sitio tuvo unos 213 millones de visitas.",
            "es",
            "El sitio tuvo 212.506.740 visitas.",
            "pass",
        ),
        # Across languages, both ways.
        (
            "en",
            "Folha's site had about 213 million page views.",
            "pt",
            "231.506.740 páginas visualizadas no site da Folha",
            "fail",
        ),
        (
            "fr",
            "Le site a eu environ 213 millions de pages vues.",
            "en",
            "The site had 231,506,740 page views.",
            "fail",
        ),
        (
            "ja",
            "サイトの閲覧数は約2億1300万だった。",
            "en",
            "The site had 231,506,740 page views.",
            "fail",
        ),
        (
            "en",
            "The site had about 231 million page views.",
            "de",
            "Die Seite hatte 231.506.740 Aufrufe.",
            "pass",
        ),
    ],
)
def test_estimate_digits(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
