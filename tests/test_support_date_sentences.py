"""A date the quote gives to another sentence's event.

A quote that tells two events in two sentences, each with its date, passes a statement
that gives the first event the second one's date if the dates alone are compared. The
statement's words say which event it tells: found in the other date's sentence and not in
the matched date's, the statement dates that event wrongly (fail); found in both as much, a
person decides (unverified).
"""

from __future__ import annotations

import gc
import time

import pytest

from factdb.engine.support import claim_supported

QUOTE_EN = (
    "The harbour bridge was opened to traffic in 1932. In 1967, engineers replaced "
    "its steel cables after a storm."
)


def _result(statement: str, quote: str, s_lang: str = "en", q_lang: str = "en") -> tuple[str, str]:
    r = claim_supported(statement, [quote], None, statement_lang=s_lang, quote_lang=q_lang)
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        ("The harbour bridge was opened to traffic in 1967.", QUOTE_EN, "en", "en"),
        ("In 1932, engineers replaced the bridge's steel cables.", QUOTE_EN, "en", "en"),
        (
            "The harbour bridge was opened to traffic in the 21st century.",
            "The harbour bridge was opened to traffic in 1932. In 2009, engineers replaced "
            "its steel cables after a storm.",
            "en",
            "en",
        ),
        # A sentence that ends with an acronym ("CEO.") still ends there.
        (
            "The board named Dana Ortiz chief executive, the CEO, in 2015.",
            "On May 2, 2019, the board named Dana Ortiz chief executive, the CEO. This came "
            "after Ortiz had led the sales team since 2015.",
            "en",
            "en",
        ),
        (
            "1932 ersetzten Ingenieure die Stahlkabel der Brücke.",
            "Die Brücke wurde 1932 für den Verkehr freigegeben. 1985 ersetzten Ingenieure "
            "ihre Stahlkabel nach einem Sturm.",
            "de",
            "de",
        ),
        (
            "En 1985, les ingénieurs ont ouvert le pont à la circulation.",
            "Le pont a été ouvert à la circulation en 1932. En 1985, les ingénieurs ont "
            "remplacé ses câbles après une tempête.",
            "fr",
            "fr",
        ),
        (
            "En 1932, los ingenieros sustituyeron los cables del puente.",
            "El puente se abrió al tráfico en 1932. En 1985, los ingenieros sustituyeron "
            "sus cables tras una tormenta.",
            "es",
            "es",
        ),
    ],
)
def test_a_date_of_another_sentence_s_event_fails(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    status, reason = _result(statement, quote, s_lang, q_lang)
    assert status == "fail", reason


def test_the_reason_names_the_date_and_the_words() -> None:
    status, reason = _result("In 1932, engineers replaced the bridge's steel cables.", QUOTE_EN)
    assert status == "fail"
    assert "'1967'" in reason and "'engineers'" in reason and "'replaced'" in reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang"),
    [
        ("The harbour bridge was opened to traffic in 1932.", QUOTE_EN, "en", "en"),
        ("In 1967, engineers replaced the bridge's steel cables.", QUOTE_EN, "en", "en"),
        (
            "1985 ersetzten Ingenieure die Stahlkabel der Brücke.",
            "Die Brücke wurde 1932 für den Verkehr freigegeben. 1985 ersetzten Ingenieure "
            "ihre Stahlkabel nach einem Sturm.",
            "de",
            "de",
        ),
        # All that the date's own sentence tells, the statement tells: a reference's
        # "Retrieved" date is the retrieval's, whatever the title's sentence holds.
        (
            'The "harbour notes" page was retrieved on 3 May 2011.',
            'Smith, Anna (1998). "harbour notes". Retrieved 2011-05-03.',
            "en",
            "en",
        ),
    ],
)
def test_the_date_of_the_statement_s_own_event_passes(
    statement: str, quote: str, s_lang: str, q_lang: str
) -> None:
    status, reason = _result(statement, quote, s_lang, q_lang)
    assert status == "pass", reason


def test_words_found_as_much_with_both_dates_need_a_person() -> None:
    quote = (
        "Photo taken March 3, 2010 of the Hallam bridge in Leeds. On June 9, 2014, "
        "a truck damaged the bridge and injured two people."
    )
    status, reason = _result("A truck damaged the Hallam bridge on March 3, 2010.", quote)
    assert status == "unverified", reason


def test_many_dated_sentences_are_read_in_linear_time() -> None:
    """Each sentence's words are read once, however many dates the quote holds: 4x the
    sentences (and dates) cost about 4x the time, not 16x (a ratio, never absolute)."""

    def cost(n: int) -> float:
        best = float("inf")
        for round_ in range(5):  # best of 5, each quote new (no cache)
            quote = (
                "Engineers replaced the cables in 1967. "
                + "".join(f"Crews painted tower {i} in {1800 + i % 150}. " for i in range(n))
                + f"[{'abcde'[round_]}]"
            )
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                result = claim_supported(
                    "Crews painted the tower in 1967.", [quote], statement_lang="en"
                )
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
            assert result.status == "fail", result.reason
        return best

    small, large = cost(100), cost(400)
    assert large / small < 8, (small, large)


@pytest.mark.parametrize(
    "text, sentences",
    [
        # A German ordinal's point before a month or a place ends no sentence.
        (
            "Die Seite wurde am 3. Januar 2019 veröffentlicht und am 16. Januar 2019 aktualisiert.",
            1,
        ),
        ("Bei der U20 holte Joseph Mouaha den 2. Platz, gefolgt von Jan-Niklas Gwizdek.", 1),
        # A figure that ends a sentence still does.
        ("He was 16. He moved to Berlin in 2011. It grew.", 3),
    ],
)
def test_a_german_ordinal_ends_no_sentence(text: str, sentences: int) -> None:
    from factdb.engine.support.events import _sentence_bounds

    assert len(_sentence_bounds(text)) - 1 == sentences
