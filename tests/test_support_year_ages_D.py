"""A four-digit figure with 年 after a word of age in Chinese or Japanese ("树龄2000年", "已有
2000年树龄", "有1200年的历史", "樹齢は2000年", "1200年の歴史") is an age, a duration, not the
calendar year 2000: read as a year it found no year in "2,000 years old" and left a right
paraphrase (or a dropped "may be") unverified. Years stay years ("在2000年出生")."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

OLD = "Tāne Mahuta, which is 2,000 years old"


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("这棵贝壳杉树龄2000年。", "zh", "the kauri, which is 2,000 years old", "en", "pass"),
        ("塔内·马胡塔已有2000年树龄。", "zh", OLD, "en", "pass"),
        ("タネ・マフタの樹齢は2000年だ。", "ja", OLD, "en", "pass"),
        ("この寺は1200年の歴史がある。", "ja", "この寺は1200年の歴史を持つ。", "ja", "pass"),
        ("这座寺庙有1200年的历史。", "zh", "Der Tempel ist 1200 Jahre alt.", "de", "pass"),
        ("The temple is 1,200 years old.", "en", "这座寺庙已有1200年历史。", "zh", "pass"),
        # A dropped "may be" is an overstatement, not a year the quote lacks.
        ("巨型贝壳杉树龄2000年。", "zh",
         "threatening the giant Tāne Mahuta, which may be 2,000 years old", "en", "warn"),
        ("タネ・マフタの樹齢は2000年だ。", "ja",
         "threatening the giant Tāne Mahuta, which may be 2,000 years old", "en", "warn"),
        # Said to be ("とも言われる"): hedged as the quote's "may be".
        ("巨木タネ・マフタは樹齢2000年とも言われる。", "ja",
         "threatening the giant Tāne Mahuta, which may be 2,000 years old", "en", "pass"),
        ("巨木タネ・マフタは樹齢2000年と言われている。", "ja",
         "巨木タネ・マフタは樹齢2000年とされる。", "ja", "pass"),
        ("The kauri may be 2,000 years old.", "en",
         "巨木タネ・マフタは樹齢2000年とも言われる。", "ja", "pass"),
        # Another age fails.
        ("塔内·马胡塔已有3000年树龄。", "zh", OLD, "en", "fail"),
        ("この寺は1300年の歴史がある。", "ja", "この寺は1200年の歴史を持つ。", "ja", "fail"),
        ("The temple is 1,300 years old.", "en", "这座寺庙已有1200年历史。", "zh", "fail"),
    ],
)  # fmt: skip
def test_an_age_in_years_is_a_duration(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang, status",
    [
        ("他在2000年出生。", "zh", "He was born in 2000.", "en", "pass"),
        ("彼は2000年に生まれた。", "ja", "He was born in 2001.", "en", "fail"),
        ("The temple was built in 1200.", "en", "这座寺庙已有1200年历史。", "zh", "unverified"),
    ],
)  # fmt: skip
def test_a_year_stays_a_year(
    statement: str, slang: str, quote: str, qlang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == status, result.reason
