"""A refusal is a negation of the act, not a fall; a span up to now is no time counted back
(issue-B).

- "declined to impose" says "did not impose" ([negation] denials), as "refused to" does: it
  fails against "imposed", and "declined" there is no direction ([directions.idioms]); "declined
  to 5%", "declined to a record low" stay falls;
- "desde hace 40 años", "desde há 40 anos" are durations up to now (for 40 years), not dates
  40 years back ([relative] ago): "desde hace menos de 40 años" fails against "超过40年" and
  "more than 40 years" passes, where both were unverified."""

import pytest

from factdb.engine.support import claim_supported

_IMPOSED = "In 1997, President Bill Clinton imposed a comprehensive trade embargo against Sudan"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "In 1997, Clinton declined to impose a trade embargo against Sudan.",
            _IMPOSED,
            "en",
            "en",
            "fail",
        ),
        (
            "In 1997, Clinton declined to impose an embargo.",
            "In 1997, Clinton refused to impose an embargo.",
            "en",
            "en",
            "pass",
        ),
        (
            "In 1997, Clinton declined to impose an embargo.",
            "En 1997, Clinton a refusé d'imposer un embargo.",
            "en",
            "fr",
            "pass",
        ),
        ("En 1997, Clinton se negó a imponer un embargo a Sudán.", _IMPOSED, "es", "en", "fail"),
        ("En 1997, Clinton a refusé d'imposer un embargo au Soudan.", _IMPOSED, "fr", "en", "fail"),
        ("Sales declined to 5% in 2019.", "Sales rose to 5% in 2019.", "en", "en", "fail"),
        ("Sales declined to 5% in 2019.", "Sales fell to 5% in 2019.", "en", "en", "pass"),
        (
            "Sales declined to a record low of 5% in 2019.",
            "Sales fell to a record low of 5% in 2019.",
            "en",
            "en",
            "pass",
        ),
        (
            "Die Verkäufe gingen 2019 auf 5 % zurück.",
            "Sales declined to 5% in 2019.",
            "de",
            "en",
            "pass",
        ),
        (
            "Hanson estudia el alcohol desde hace menos de 40 años.",
            "研究酒精和饮酒超过40年",
            "es",
            "zh",
            "fail",
        ),
        (
            "Hanson estudia el alcohol desde hace más de 40 años.",
            "研究酒精和饮酒超过40年",
            "es",
            "zh",
            "pass",
        ),
        (
            "Hanson estuda o álcool desde há menos de 40 anos.",
            "He has studied alcohol for more than 40 years.",
            "pt",
            "en",
            "fail",
        ),
        (
            "Hanson estuda o álcool desde há mais de 40 anos.",
            "He has studied alcohol for more than 40 years.",
            "pt",
            "en",
            "pass",
        ),
        (
            "Hace dos años, Hanson publicó el estudio.",
            "Two years ago, Hanson published the study.",
            "es",
            "en",
            "pass",
        ),
    ],
)
def test_refusals_and_spans(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status
