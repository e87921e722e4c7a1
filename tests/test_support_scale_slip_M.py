"""The quote's digits at another power of ten under its bound (issue-M): "54 million" for
"540万以上" (5.4 million or more), "$25,000" for "up to a $250,000 fine". The bound holds the
statement's figure, but the same two or more significant digits at another scale are a slip
of scale, not a figure the bound happens to hold: ``fail``. A round figure ("10 years" for
"up to 100 years") is no such slip and stays ``warn``, as does the quote's own figure with
its bound dropped. Every sentence here is new."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status, fragment",
    [
        (
            "en",
            "The leak may have affected 54 million accounts.",
            "en",
            "The leak may have affected more than 5.4 million accounts.",
            "fail",
            "another scale",
        ),
        (
            "en",
            "He faces a fine of $25,000.",
            "en",
            "He faces up to a $250,000 fine.",
            "fail",
            "another scale",
        ),
        (
            "en",
            "The building is 37 metres tall.",
            "en",
            "The building is less than 370 metres tall.",
            "fail",
            "another scale",
        ),
        (
            "de",
            "Betroffen sind womöglich 54 Millionen Konten.",
            "de",
            "Betroffen sind womöglich mehr als 5,4 Millionen Konten.",
            "fail",
            "another scale",
        ),
        ("zh", "罚款2.5万美元。", "zh", "罚款最高25万美元。", "fail", "another scale"),
        ("ja", "罰金は25万円だ。", "ja", "罰金は最大250万円だ。", "fail", "another scale"),
        # Across languages, both ways.
        (
            "en",
            "The leak may have affected 54 million accounts.",
            "ja",
            "540万以上のアカウントに影響か",
            "fail",
            "another scale",
        ),
        (
            "de",
            "Betroffen sind womöglich 54 Millionen Konten.",
            "ja",
            "540万以上のアカウントに影響か",
            "fail",
            "another scale",
        ),
        (
            "es",
            "La multa máxima es de 25.000 dólares.",
            "en",
            "He faces up to a $250,000 fine.",
            "fail",
            "another scale",
        ),
        (
            "ja",
            "罰金は最大2万5000ドルだ。",
            "en",
            "He faces a fine of up to $250,000.",
            "fail",
            "",
        ),
        # No slip: the quote's own figure with its bound dropped, a round figure, another
        # figure under the bound.
        (
            "en",
            "The leak affected 5.4 million accounts.",
            "en",
            "The leak affected more than 5.4 million accounts.",
            "warn",
            "drops",
        ),
        (
            "en",
            "He faces 10 years in prison.",
            "en",
            "He faces up to 100 years in prison.",
            "warn",
            "",
        ),
        (
            "en",
            "The fine is $125,000.",
            "en",
            "He faces up to a $250,000 fine.",
            "warn",
            "",
        ),
        ("zh", "罚款25万美元。", "en", "He faces up to a $250,000 fine.", "warn", "drops"),
    ],
)
def test_scale_slip(
    lang: str, statement: str, quote_lang: str, quote: str, status: str, fragment: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
    assert fragment in s.reason
