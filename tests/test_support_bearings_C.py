"""A place put on the opposite side of a name in Chinese and Japanese ([places]
bearings_cjk: "伊萨卡东北" against "伊萨卡西南", "以北" against "以南", "イサカの北東" against
"イサカの南西"), as in Latin script ("northeast of Ithaca" against "southwest of Ithaca"); the
name is the two characters before the compass word, so a name written alike in Chinese and
Japanese ("大阪") is compared across the two. The same side passes; a city whose name holds a
compass character ("北京", "南京") is no bearing."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "status"),
    [
        # The opposite side fails.
        (
            "The village lies 10 km northeast of Ithaca.",
            "The village lies 10 km southwest of Ithaca.",
            "en",
            "en",
            "fail",
        ),
        ("该村位于伊萨卡东北约10公里处。", "该村位于伊萨卡西南约10公里处。", "zh", "zh", "fail"),
        ("該村位於伊薩卡以北10公里。", "該村位於伊薩卡以南10公里。", "zh", "zh", "fail"),
        (
            "村はイサカの北東約10キロにある。",
            "村はイサカの南西約10キロにある。",
            "ja",
            "ja",
            "fail",
        ),
        ("村はイサカの北側10キロにある。", "村はイサカの南側10キロにある。", "ja", "ja", "fail"),
        ("村は大阪の北東約10キロにある。", "该村位于大阪西南约10公里处。", "ja", "zh", "fail"),
        # The same side passes.
        ("该村位于伊萨卡东北约10公里处。", "该村位于伊萨卡东北约10公里处。", "zh", "zh", "pass"),
        (
            "村はイサカの南西約10キロにある。",
            "村はイサカの南西約10キロにある。",
            "ja",
            "ja",
            "pass",
        ),
        ("村は大阪の北東約10キロにある。", "该村位于大阪的东北约10公里处。", "ja", "zh", "pass"),
        # A city's name with a compass character is no bearing.
        ("他在北京工作了10年。", "他在北京工作了10年。", "zh", "zh", "pass"),
        ("東京で10年働いた。", "東京で10年働いた。", "ja", "ja", "pass"),
    ],
)
def test_bearing_in_chinese_and_japanese(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason
