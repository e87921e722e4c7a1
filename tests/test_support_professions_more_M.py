"""More professions in [holder_sets.professions] (issue-M): photographers, writers,
engineers, pilots, farmers, in every language, so a figure the quote gives to one of them
is not the statement's figure of another ("Photographers made up 95 percent" for "Writers
made up 95%"): ``fail``, in one language and across two. The same profession passes, and
so does a figure the quote gives to the statement's profession beside another one. Every
sentence here is new."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        (
            "en",
            "Photographers made up 95 percent of the newsroom staff.",
            "en",
            "Writers made up 95% of the personnel.",
            "fail",
        ),
        (
            "en",
            "Photographers made up 95 percent of the staff.",
            "en",
            "Photographers made up 95% of the staff.",
            "pass",
        ),
        (
            "en",
            "The company hired 40 engineers last year.",
            "en",
            "The company hired 40 farmers last year.",
            "fail",
        ),
        (
            "en",
            "The company hired 40 engineers last year.",
            "en",
            "The company hired 40 engineers and 3 pilots last year.",
            "pass",
        ),
        (
            "de",
            "Das Unternehmen stellte 40 Ingenieure ein.",
            "de",
            "Das Unternehmen stellte 40 Piloten ein.",
            "fail",
        ),
        (
            "fr",
            "La rédaction compte 40 photographes.",
            "fr",
            "La rédaction compte 40 rédacteurs.",
            "fail",
        ),
        (
            "es",
            "La redacción tiene 40 fotógrafos.",
            "es",
            "La redacción tiene 40 escritores.",
            "fail",
        ),
        ("pt", "A redação tem 40 fotógrafos.", "pt", "A redação tem 40 fotógrafos.", "pass"),
        # Across languages, both ways.
        (
            "en",
            "The company hired 40 engineers.",
            "de",
            "Das Unternehmen stellte 40 Piloten ein.",
            "fail",
        ),
        (
            "de",
            "Das Unternehmen stellte 40 Ingenieure ein.",
            "en",
            "The company hired 40 pilots.",
            "fail",
        ),
        ("zh", "该公司雇用了40名工程师。", "en", "The company hired 40 pilots.", "fail"),
        (
            "en",
            "The company hired 40 engineers.",
            "ja",
            "同社は40人のパイロットを採用した。",
            "fail",
        ),
        ("en", "The company hired 40 engineers.", "zh", "该公司雇用了40名工程师。", "pass"),
    ],
)
def test_more_professions(
    lang: str, statement: str, quote_lang: str, quote: str, status: str
) -> None:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert s.status == status, s.reason
    if status == "fail":
        assert "professions" in s.reason
