"""Dates written in digits alone that the readers missed (issue-A):

- in English a slashed date whose parts could each be the month is read month first, as
  in the US (en.toml [dates] slash_month_first): "4/3/2014" is April 3, "3/4/2014" March 4;
  one that can be read one way only is read so ("30/11/2016", "6/18/2015");
- an English slashed date with a year of two digits: "7/27/17" is July 27, 2017;
- an English dotted date is day first, with a year of four digits ("15.02.2019", as in
  Europe; "Python 2.7.13" stays a version);
- every language: year, month and day in that order, slashed or dotted ("2014/04/03",
  "2019.2.15"), read one way only;
- German, French, Spanish and Portuguese slashed dates stay day first ("4/3/2014" is
  4 March there).

Each reading with misstatements that must fail, and cross-language cases."""

from datetime import date

import pytest

from factdb.engine.support import claim_supported, read_values

EICH = "Due to the controversy, Eich voluntarily stepped down on April 3, 2014"
EICH_DE = "Eich trat am 3. April 2014 zurück."
EICH_JA = "アイク氏は2014年4月3日に辞任した。"
FACTORIO = "Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts"
MNT = "Written by Ana Sandoiu on July 27, 2017"

CASES = [
    # English: month first.
    ("Eich stepped down on 4/3/2014.", EICH, "en", "en", "pass"),
    ("Eich stepped down on 3/4/2014.", EICH, "en", "en", "fail"),
    ("Eich stepped down on 04/03/2014.", EICH_DE, "en", "de", "pass"),
    ("Eich stepped down on 4/4/2014.", EICH_JA, "en", "ja", "fail"),
    ("Eich resigned on 4/3/2015.", EICH, "en", "en", "fail"),
    # Read one way only.
    ("Eich stepped down on 3/4/2014.", "Eich stepped down on 30/4/2014.", "en", "en", "fail"),
    ("The vote was on 30/11/2016.", "The vote was held on November 30, 2016.", "en", "en", "pass"),
    # A year of two digits.
    ("The article was written on 7/27/17.", MNT, "en", "en", "pass"),
    ("The article was written on 7/26/17.", MNT, "en", "en", "fail"),
    ("The article was written on 7/27/16.", MNT, "en", "en", "fail"),
    # English dotted: day first.
    ("The post went up on 15.02.2019.", FACTORIO, "en", "en", "pass"),
    ("The post went up on 16.02.2019.", FACTORIO, "en", "en", "fail"),
    ("Eich stepped down on 3.4.2014.", EICH, "en", "en", "pass"),
    ("Eich stepped down on 4.3.2014.", EICH, "en", "en", "fail"),
    # Other languages keep the day first.
    ("Eich dimitió el 3/4/2014.", EICH, "es", "en", "pass"),
    ("Eich dimitió el 4/3/2014.", EICH, "es", "en", "fail"),
    ("Eich a démissionné le 03/04/2014.", EICH_JA, "fr", "ja", "pass"),
    ("Eich a démissionné le 04/03/2014.", EICH_JA, "fr", "ja", "fail"),
    ("Eich trat am 4/3/2014 zurück.", EICH, "de", "en", "fail"),
    # Year, month, day.
    ("アイク氏は2014/04/03に辞任した。", EICH, "ja", "en", "pass"),
    ("アイク氏は2014/03/04に辞任した。", EICH, "ja", "en", "fail"),
    ("艾克于2014/4/3辞职。", EICH_DE, "zh", "de", "pass"),
    ("艾克于2014/4/13辞职。", EICH_DE, "zh", "de", "fail"),
    ("Eich stepped down on 2014/04/03.", EICH_JA, "en", "ja", "pass"),
    ("Eich trat am 2014.4.3 zurück.", EICH, "de", "en", "pass"),
    ("Eich trat am 2014.4.5 zurück.", EICH, "de", "en", "fail"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "expected"), CASES)
def test_numeric_dates(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    got = claim_supported(
        statement, [quote], date(2020, 1, 1), statement_lang=lang, quote_lang=quote_lang
    )
    assert got.status == expected, got.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Python 2.7.13 is out.", "en"),
        ("Use version 1.2.2019.3 now.", "en"),
        ("Read 3/4 of the page.", "en"),
        ("It opened on 2014/13/03.", "ja"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert not [v for v in read_values(text, lang).values if v.kind == "date"]
