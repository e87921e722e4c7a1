"""The states of the United States, the provinces of Canada and the states of Australia
([places.regions], their names in every language and script): a statement naming one that
no quote names, where the quote's sentence of the matched figure names another of the same
country, fails ("in Texas" for "in California", "au Québec" for "in Ontario",
"德克萨斯州" for "California"); a quote naming the country, or the statement's state in
another language, passes."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status"),
    [
        (
            "In 2019, 300 people died in Texas.",
            "In 2019, 300 people died in California.",
            "en",
            "en",
            "fail",
        ),
        (
            "2019 starben 300 Menschen in Florida.",
            "In 2019, 300 people died in Ohio.",
            "de",
            "en",
            "fail",
        ),
        (
            "2019年，德克萨斯州有300人死亡。",
            "In 2019, 300 people died in California.",
            "zh",
            "en",
            "fail",
        ),
        (
            "En 2019, 300 personnes sont mortes au Québec.",
            "In 2019, 300 people died in Ontario.",
            "fr",
            "en",
            "fail",
        ),
        (
            "En 2019 murieron 300 personas en Nueva Gales del Sur.",
            "In 2019, 300 people died in Queensland.",
            "es",
            "en",
            "fail",
        ),
        ("2019年、テキサス州で300人が死亡した。", "2019年，加州有300人死亡。", "ja", "zh", "fail"),
        # The same state in another language, or its country, passes.
        (
            "2019 starben 300 Menschen in Kalifornien.",
            "In 2019, 300 people died in California.",
            "de",
            "en",
            "pass",
        ),
        (
            "2019年、テキサス州で300人が死亡した。",
            "En 2019, 300 personnes sont mortes au Texas.",
            "ja",
            "fr",
            "pass",
        ),
        (
            "In 2019, 300 people died in Texas.",
            "In 2019, 300 people died in the United States.",
            "en",
            "en",
            "pass",
        ),
        (
            "In 2019, 300 people died in Queensland.",
            "Em 2019, 300 pessoas morreram na Austrália.",
            "en",
            "pt",
            "pass",
        ),
        (
            "In 2019, 300 people died in British Columbia.",
            "En 2019, 300 personnes sont mortes en Colombie-Britannique.",
            "en",
            "fr",
            "pass",
        ),
    ],
)
def test_states_and_provinces(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
