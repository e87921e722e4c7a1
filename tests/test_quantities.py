"""Quantities in statements and quotes, and the "claim supported" verdict.

The seed sentences are copied verbatim from the bundled article, PolicyWatch 3172
("Is Iran Negotiating Its Way to Negotiations?", Omer Carmi, Aug 30, 2019).
"""

from __future__ import annotations

import doctest
import json
from datetime import date

import pytest

from factdb.engine import quantities
from factdb.engine.quantities import (
    Quantity,
    claim_supported,
    extract_quantities,
    structured_values,
)

PUBLISHED = date(2019, 8, 30)

ENRICHMENT = (
    "The regime has already exceeded the amount of low-enriched uranium it is permitted to "
    "store under the nuclear deal, and increased its level of enrichment beyond 3.67 percent "
    "([see PolicyWatch 3126](#) for a fuller explanation of these technical issues)."
)
PROPOSAL_2009 = (
    "In 2009, President Mahmoud Ahmadinejad agreed in principle to a proposal by the United "
    "States, France, and Russia to ship out nearly 80 percent of Iran's low-enriched uranium "
    "in exchange for reactor fuel."
)
ZARIF = (
    "Iranian foreign minister Mohammad Javad Zarif surprisingly arrived on August 25 in the "
    "midst of the summit"
)
EDITORIAL = (
    "The same narrative was repeated on August 29, when the weekly magazine of Supreme Leader "
    "Ali Khamenei's office published an open letter to Rouhani and Zarif"
)
ARAQCHI = (
    'On August 28, for example, Deputy Foreign Minister Abbas Araqchi declared that "no country '
    'under pressure will negotiate," since doing so would be more like a surrender than a real '
    "discussion."
)
SEPTEMBER_6 = (
    "It is now threatening to take another such step on September 6, though officials have yet "
    "to specify what that might be."
)
STEP_BACK = (
    "Less than twenty-four hours after the G7 summit ended, Iranian officials took a step back."
)
INSTEX = (
    "the Instrument in Support of Trade Exchanges (INSTEX), the European \u201cspecial purpose "
    "vehicle\u201d established earlier this year to facilitate trade with Iran."
)
BYLINE = "PolicyWatch 3172 Is Iran Negotiating Its Way to Negotiations? by Omer Carmi Aug 30, 2019"


def kinds(text: str) -> list[tuple]:
    """(kind, value, unit, date) of every quantity in ``text``."""
    return [(q.kind, q.value, q.unit, q.date) for q in extract_quantities(text)]


# --- extraction ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3.67%", [("percent", 3.67, "percent", None)]),
        ("3.67 percent", [("percent", 3.67, "percent", None)]),
        ("3.67 per cent", [("percent", 3.67, "percent", None)]),
        ("3.67 pct", [("percent", 3.67, "percent", None)]),
        ("3.67 %", [("percent", 3.67, "percent", None)]),
        ("eighty percent", [("percent", 80.0, "percent", None)]),
        ("rose 2 percentage points", [("percent", 2.0, "percentage point", None)]),
        ("a change of -5%", [("percent", -5.0, "percent", None)]),
    ],
)
def test_percentages_in_every_spelling(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1,200 troops", [("number", 1200.0, None, None)]),
        ("1\u202f200 troops", [("number", 1200.0, None, None)]),
        ("1.5 million barrels", [("number", 1_500_000.0, None, None)]),
        ("3 billion", [("number", 3e9, None, None)]),
        ("in 2019 200 people", [("year", 2019.0, None, None), ("number", 200.0, None, None)]),
        (
            "1, 2 and 3",
            [("number", 1.0, None, None), ("number", 2.0, None, None), ("number", 3.0, None, None)],
        ),
        ("PolicyWatch 3172", [("number", 3172.0, None, None)]),
        ("in 2009, the", [("year", 2009.0, None, None)]),
        ("by mid-2019", [("year", 2019.0, None, None)]),
    ],
)
def test_numbers_in_digits(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("eighty", 80.0),
        ("twenty-four hours", 24.0),
        ("twenty four hours", 24.0),
        ("two hundred and fifty", 250.0),
        ("three thousand", 3000.0),
        ("a dozen", 12.0),
        ("two dozen", 24.0),
        ("a million", 1e6),
        ("twenty million", 2e7),
        ("Seventeen", 17.0),
        ("half of it", 0.5),
        ("a third of it", 1 / 3),
        ("two-thirds of it", 2 / 3),
        ("three quarters of it", 0.75),
    ],
)
def test_numbers_in_words(text: str, value: float) -> None:
    (quantity,) = extract_quantities(text)
    assert quantity.kind == "number"
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("$1.5 billion", [("money", 1.5e9, "USD", None)]),
        ("US$20", [("money", 20.0, "USD", None)]),
        ("U.S.$20", [("money", 20.0, "USD", None)]),
        ("\u20ac20", [("money", 20.0, "EUR", None)]),
        ("\u00a35", [("money", 5.0, "GBP", None)]),
        ("$5bn", [("money", 5e9, "USD", None)]),
        ("20 million dollars", [("money", 2e7, "USD", None)]),
        ("20 million U.S. dollars", [("money", 2e7, "USD", None)]),
        ("EUR 5", [("money", 5.0, "EUR", None)]),
        ("5 EUR", [("money", 5.0, "EUR", None)]),
        ("ten euros", [("money", 10.0, "EUR", None)]),
        ("twenty million dollars", [("money", 2e7, "USD", None)]),
        ("300 rials", [("money", 300.0, "IRR", None)]),
    ],
)
def test_money_with_the_currency_before_or_after(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text, iso",
    [
        ("August 25, 2019", "2019-08-25"),
        ("Aug. 25, 2019", "2019-08-25"),
        ("Aug 30, 2019", "2019-08-30"),
        ("25 August 2019", "2019-08-25"),
        ("25th of August", "--08-25"),
        ("August 25", "--08-25"),
        ("Aug. 25", "--08-25"),
        ("September 6", "--09-06"),
        ("Sept. 6", "--09-06"),
        ("AUGUST 26", "--08-26"),
        ("2019-08-30", "2019-08-30"),
        ("August 2019", "2019-08"),
        ("May 10, 2021", "2021-05-10"),
    ],
)
def test_dates_with_month_names_and_iso(text: str, iso: str) -> None:
    assert kinds(text) == [("date", None, None, iso)]


@pytest.mark.parametrize(
    "text",
    [
        "the G7 summit",
        "F-35 jets",
        "COVID-19",
        "at 10:30",
        "on 8/25",
        "item 3172a",
        "no one came",
        "one of his presidents",
        "the first time",
        "the third quarter",
        "a half-hearted reply",
        "they may meet",
        "million Netflix viewers",
    ],
)
def test_ids_times_ordinals_and_pronouns_are_not_quantities(text: str) -> None:
    assert extract_quantities(text) == []


def test_first_half_of_a_year_is_a_period_not_a_fraction() -> None:
    assert kinds("in the first half of 2019") == [("year", 2019.0, None, None)]


def test_number_above_2100_is_a_number_not_a_year() -> None:
    (policywatch, byline_date) = extract_quantities(BYLINE)
    assert (policywatch.kind, policywatch.value) == ("number", 3172.0)
    assert (byline_date.kind, byline_date.date) == ("date", "2019-08-30")


@pytest.mark.parametrize(
    "text, hedge",
    [
        (PROPOSAL_2009, "nearly"),
        (STEP_BACK, "Less than"),
        ("some 80 percent", "some"),
        ("more than 80 percent", "more than"),
        ("no more than 80 percent", "no more than"),
        ("up to $5 billion", "up to"),
        ("at least 12", "at least"),
        ("~80%", "~"),
        ("Washington, D.C. 20036", None),
        ("cover 80 percent", None),
    ],
)
def test_hedge_directly_before_a_quantity(text: str, hedge: str | None) -> None:
    hedged = [q for q in extract_quantities(text) if q.kind != "year"]
    assert hedged[-1].hedge == hedge


@pytest.mark.parametrize(
    "text", [ENRICHMENT, PROPOSAL_2009, ZARIF, ARAQCHI, STEP_BACK, BYLINE, "\u0130stanbul, 5 May"]
)
def test_positions_slice_the_words_as_written(text: str) -> None:
    found = extract_quantities(text)
    assert found
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


def test_quantity_is_frozen() -> None:
    (quantity,) = extract_quantities("80%")
    assert isinstance(quantity, Quantity)
    with pytest.raises(AttributeError):
        quantity.value = 81.0  # type: ignore[misc]


def test_structured_values_are_json_for_storage() -> None:
    values = structured_values("Iran exceeded 3.67% on Aug. 25, 2019 and spent $1.5 billion")
    assert json.loads(json.dumps(values)) == [
        {"kind": "percent", "value": 3.67, "unit": "percent", "date": None, "text": "3.67%"},
        {
            "kind": "date",
            "value": None,
            "unit": None,
            "date": "2019-08-25",
            "text": "Aug. 25, 2019",
        },
        {"kind": "money", "value": 1.5e9, "unit": "USD", "date": None, "text": "$1.5 billion"},
    ]


# --- the verdict -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, quotes, published, status, words",
    [
        # The seed article's claims.
        (
            "Iran raised enrichment beyond the JCPOA's 3.67% limit",
            [ENRICHMENT],
            PUBLISHED,
            "pass",
            ["3.67%", "appears in the quote"],
        ),
        (
            "Iran raised enrichment beyond the JCPOA's 3.5% limit",
            [ENRICHMENT],
            PUBLISHED,
            "fail",
            ["statement says 3.5% but the quote says 3.67 percent"],
        ),
        (
            "In 2009 Iran agreed to ship out nearly 80 percent of its LEU",
            [PROPOSAL_2009],
            PUBLISHED,
            "pass",
            ["all 2 quantities", "2009", "80 percent"],
        ),
        (
            "In 2009 Iran agreed to ship out 80% of its LEU",
            [PROPOSAL_2009],
            PUBLISHED,
            "warn",
            ["'nearly 80 percent' \u2192 '80%'", "drops the hedge 'nearly'"],
        ),
        (
            "Zarif arrived at the G7 summit on August 25, 2019",
            [ZARIF],
            PUBLISHED,
            "pass",
            ["August 25, 2019", "publication date", "2019-08-30"],
        ),
        (
            "Zarif arrived at the G7 summit on August 25, 2019",
            [ZARIF],
            None,
            "fail",
            ["August 25, 2019", "August 25 with no year", "publication date is unknown"],
        ),
        (
            "Zarif arrived at the G7 summit on August 25, 2019",
            [ZARIF],
            date(2020, 1, 2),
            "fail",
            ["published in 2020"],
        ),
        (
            "Zarif arrived at the G7 summit on August 26, 2019",
            [ZARIF],
            PUBLISHED,
            "fail",
            ["August 26, 2019", "August 25"],
        ),
        (
            "Khamenei's office published an editorial on Aug. 29",
            [EDITORIAL],
            PUBLISHED,
            "pass",
            ["Aug. 29"],
        ),
        (
            "Araqchi said on August 28 that no country under pressure will negotiate",
            [ARAQCHI],
            PUBLISHED,
            "pass",
            ["August 28"],
        ),
        (
            "Araqchi said on August 28 that a country under pressure will negotiate",
            [ARAQCHI],
            PUBLISHED,
            "warn",
            ["negation 'no'", "statement has none"],
        ),
        (
            "Iran threatened another step on Sept. 6, 2019",
            [SEPTEMBER_6],
            PUBLISHED,
            "pass",
            ["Sept. 6, 2019", "publication date"],
        ),
        (
            "Less than 24 hours after the G7 summit, Iranian officials took a step back",
            [STEP_BACK],
            PUBLISHED,
            "pass",
            ["24"],
        ),
        (
            "24 hours after the G7 summit, Iranian officials took a step back",
            [STEP_BACK],
            PUBLISHED,
            "warn",
            ["drops the hedge 'Less than'"],
        ),
        (
            "INSTEX was established in 2019",
            [INSTEX],
            PUBLISHED,
            "fail",
            ["statement says 2019", "has no year"],
        ),
        (
            "PolicyWatch 3172 appeared on Aug 30, 2019",
            [BYLINE],
            PUBLISHED,
            "pass",
            ["3172", "Aug 30, 2019"],
        ),
    ],
)
def test_seed_claims(
    statement: str, quotes: list[str], published: date | None, status: str, words: list[str]
) -> None:
    support = claim_supported(statement, quotes, published)
    assert support.status == status, support.reason
    for word in words:
        assert word in support.reason


@pytest.mark.parametrize(
    "statement, quote, status, words",
    [
        # Equal values in other spellings.
        ("enrichment of 3.67%", "3.67 per cent", "pass", ["3.67%"]),
        ("enrichment of 3.67 pct", "3.67%", "pass", ["3.67 pct"]),
        ("eighty officials", "80 officials", "pass", ["eighty"]),
        ("80 officials", "eighty officials", "pass", ["80"]),
        ("1.5 million barrels", "1,500,000 barrels", "pass", ["1.5 million"]),
        ("a dozen envoys", "12 envoys", "pass", ["a dozen"]),
        ("$1.5 billion in credit", "1.5 billion dollars of credit", "pass", ["$1.5 billion"]),
        ("US$20", "$20", "pass", ["US$20"]),
        ("half of the uranium", "50 percent of the uranium", "pass", ["half = 50 percent"]),
        ("two-thirds of the uranium", "67% of the uranium", "pass", ["two-thirds = 67%"]),
        ("the talks on Aug. 25", "the talks on August 25", "pass", ["Aug. 25"]),
        ("on 25 August 2019", "on August 25, 2019", "pass", ["25 August 2019"]),
        ("on 2019-08-30", "Aug 30, 2019", "pass", ["2019-08-30"]),
        ("on August 25", "on August 25, 2019", "pass", ["August 25"]),
        ("in August 2019", "on August 25, 2019", "pass", ["August 2019"]),
        ("in 2019", "on August 25, 2019", "pass", ["2019"]),
        # Different values.
        ("enrichment of 3.7%", "3.67 percent", "fail", ["3.7%", "3.67 percent"]),
        ("up 80 percentage points", "up 80 percent", "fail", ["80 percentage points"]),
        ("two-thirds of the uranium", "60% of the uranium", "fail", ["two-thirds", "60%"]),
        ("81 officials", "eighty officials", "fail", ["81", "eighty"]),
        ("$1.5 billion", "\u20ac1.5 billion", "fail", ["different currency: EUR, not USD"]),
        ("3.5% enrichment", "uranium was enriched", "fail", ["3.5%", "has no percentage"]),
        ("5 centrifuges", "the centrifuges", "fail", ["5", "has no number"]),
        ("on August 26", "on August 25", "fail", ["August 26", "August 25"]),
        ("in 2018", "in 2019", "fail", ["2018", "2019"]),
        ("3.5% in 2019", "3.67 percent in 2019", "fail", ["3.5%"]),
        # Hedges.
        ("about 80%", "nearly 80 percent", "pass", ["80%"]),
        ("more than 80%", "nearly 80 percent", "warn", ["'more than 80%'", "'nearly 80 percent'"]),
        ("nearly 80%", "80 percent", "warn", ["adds the hedge 'nearly'"]),
        ("about 80%", "80 percent", "pass", ["80%"]),
        ("80%", "nearly 80 percent, later 80 percent", "pass", ["80%"]),
        # Negation on one side only.
        ("Iran will negotiate", "Iran will not negotiate", "warn", ["negation 'not'"]),
        ("Iran won't negotiate", "Iran will negotiate", "warn", ['negation "won\'t"']),
        ("a country will negotiate", "\u201cno country will negotiate\u201d", "warn", ["'no'"]),
        ("Iran will talk", "Iran will talk\u2014not now", "warn", ["negation 'not'"]),
        ("Iran never negotiated", "Iran never negotiated", "pass", ["no numbers"]),
        ("Iran negotiated", "Iran negotiated", "pass", ["no numbers"]),
        ("see No. 5", "see No. 5", "pass", ["5"]),
    ],
)
def test_claim_supported(statement: str, quote: str, status: str, words: list[str]) -> None:
    support = claim_supported(statement, [quote])
    assert support.status == status, support.reason
    for word in words:
        assert word in support.reason


def test_quotes_are_taken_together() -> None:
    support = claim_supported(
        "Iran passed 3.67% in 2009 and 2019", [ENRICHMENT, PROPOSAL_2009], PUBLISHED
    )
    assert support.status == "fail"
    assert support.reason == "the statement says 2019 but the quotes say 2009"

    support = claim_supported("Iran passed 3.67% after 2009", [ENRICHMENT, PROPOSAL_2009])
    assert support == quantities.Support(
        "pass", "all 2 quantities in the statement appear in the quotes: 3.67%, 2009"
    )


def test_a_fail_reason_lists_every_missing_quantity_and_the_warnings() -> None:
    support = claim_supported("3.5% and 81% on August 26", [PROPOSAL_2009, ENRICHMENT, ZARIF])
    assert support.status == "fail"
    assert support.reason.split("; ") == [
        "the statement says 3.5% but the quotes say 3.67 percent",
        "the statement says 81% but the quotes say 80 percent",
        "the statement says August 26 but the quotes say August 25",
    ]


def test_reasons_agree_with_several_quotes() -> None:
    support = claim_supported("5 centrifuges, not more", ["the centrifuges", "the halls"])
    assert support.reason == (
        "the statement says 5 but the quotes have no number; "
        "the statement contains the negation 'not' but the quotes have no negation"
    )
    support = claim_supported("Iran will negotiate", ["Iran will", "not negotiate"])
    assert support.reason == "the quotes contain the negation 'not' but the statement has none"


def test_statement_without_quantities_passes_and_says_so() -> None:
    support = claim_supported("Macron mediated between Tehran and Washington", [ZARIF])
    assert support == quantities.Support(
        "pass", "the statement has no numbers, amounts or dates to compare"
    )


def test_repeated_quantity_in_the_statement_is_checked_once() -> None:
    support = claim_supported("3.67%, yes, 3.67%", [ENRICHMENT])
    assert support.reason == "the one quantity in the statement appears in the quote: 3.67%"


def test_doctests_of_the_helpers() -> None:
    result = doctest.testmod(quantities)
    assert result.attempted > 10
    assert result.failed == 0


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\n"])
def test_scale_word_after_non_ascii_space(space: str) -> None:
    # Found by scripts/bench_checks.py: a page's "$163\xa0million" read as $16,300, so a
    # statement quoting it with a plain space failed "supported".
    [money] = extract_quantities(f"revenue was $163{space}million")
    assert money.value == 163_000_000
    statement = "revenue was $163 million"
    assert claim_supported(statement, [f"revenue was $163{space}million"]).status == "pass"
