"""A statement's date more precise than a quote's coarser date ("April 21" for "in April")
is an overstatement, unless the quote gives the statement's finer part (its day, or its
month without a day) with another month or year: then the statement took its detail from
that other date, and the date is contradicted ("the call on April 21" for "arrested in April
for the March 21 call"; "November 2011" for "released in November 2012 … revenue for
2011")."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.engine.support import claim_supported

PAGE = date(2019, 11, 19)
REPORT = "In a report released in November 2012, the firm said its 2011 revenue was $163 million."


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("The call was made on April 21.", "en",
         "He was arrested in April for the March 21 call.", "en"),
        ("Der Anruf erfolgte am 21.04.2019.", "de",
         "He was arrested in April for the March 21 call.", "en"),
        ("L'appel a eu lieu le 21 avril.", "fr",
         "Il a été arrêté en avril pour l'appel du 21 mars.", "fr"),
        ("La llamada se hizo el 21 de abril.", "es",
         "Fue detenido en abril por la llamada del 21 de marzo.", "es"),
        ("The report came out in November 2011.", "en",
         REPORT,
         "en"),
        ("该报告于2011年11月发布。", "zh",
         REPORT,
         "en"),
        ("Der Bericht erschien im November 2011.", "de",
         "Der im November 2012 erschienene Bericht nennt für 2011 163 Mio. Dollar Umsatz.",
         "de"),
    ],
)  # fmt: skip
def test_a_detail_taken_from_another_date_fails(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], PAGE, statement_lang=slang, quote_lang=qlang)
    assert result.status == "fail", result.reason
    assert "another date" in result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        # The quote's own full date: the statement says it.
        ("The call was made on March 21.", "en",
         "He was arrested in April for the March 21 call.", "en", "pass"),
        ("La llamada se hizo el 21 de marzo.", "es",
         "He was arrested in April for the March 21 call.", "en", "pass"),
        ("The report came out in November 2012.", "en",
         REPORT,
         "en", "pass"),
        # A day the quote gives with no date at all: only more precise than "in April".
        ("He was arrested on April 3.", "en",
         "He was arrested in April for the March 21 call.", "en", "warn"),
        ("Il a été arrêté le 3 avril.", "fr",
         "Il a été arrêté en avril pour l'appel du 21 mars.", "fr", "warn"),
        ("Er wurde am 3. April festgenommen.", "de",
         "He was arrested in April for the March 21 call.", "en", "warn"),
        # A month the quote gives with another year nowhere: more precise than the year.
        ("Revenue for 2011 was reported in March 2011.", "en",
         REPORT,
         "en", "warn"),
    ],
)  # fmt: skip
def test_a_detail_no_other_date_gives_is_judged_as_before(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], PAGE, statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("The museum reopens on 3 June 2016.", "en",
         "In 2016 the museum reopens; it closed on 3 May 2015.", "en"),
        ("Le musée rouvre le 3 juin 2016.", "fr",
         "En 2016, le musée rouvre ; il avait fermé le 3 mai 2015.", "fr"),
        ("El museo reabre el 3 de junio de 2016.", "es",
         "In 2016 the museum reopens; it closed on 3 May 2015.", "en"),
    ],
)  # fmt: skip
def test_a_day_alike_by_chance_in_a_date_apart_in_two_parts_is_no_source(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    # "3 May 2015" differs from "3 June 2016" in month and year: another event's date whose
    # day is the same by chance, not the date the statement took its day from.
    result = claim_supported(statement, [quote], PAGE, statement_lang=slang, quote_lang=qlang)
    assert result.status == "warn", result.reason
