"""Comparatives of Japanese and Chinese said right at their figure ([directions]
after_figure_only / before_figure_only): "水の使用量が40％少ない" and "耗水少40%" are
"40% less", against a quote's "40 % mehr", "40% more"; the same words away from a figure
("利用者が多い", "很多", "至少") are no direction."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("新型ポンプは水の使用量が40％多いという。",
         "Die neue Pumpe verbraucht 40 Prozent weniger Wasser.", "ja", "de", "fail"),
        ("新型ポンプは水の使用量が40％少ないという。",
         "Die neue Pumpe verbraucht 40 Prozent weniger Wasser.", "ja", "de", "pass"),
        ("新型ポンプは水の使用量が40％少ないという。",
         "The new pump uses 40% more water.", "ja", "en", "fail"),
        ("The new pump uses 40% less water.", "新型ポンプは水の使用量が4割少ない。", "en",
         "ja", "pass"),
        ("The new pump uses 40% less water.", "新型水泵耗水少40%。", "en", "zh", "pass"),
        ("The new pump uses 40% more water.", "新型水泵耗水少40%。", "en", "zh", "fail"),
        ("La nueva bomba consume un 40 % más de agua.", "新型水泵耗水多40%。", "es", "zh",
         "pass"),
        # A bound, or a word of its own, is no direction.
        ("At least 40% of the pumps are new.", "至少40%的水泵是新的。", "en", "zh", "pass"),
        ("40% of users are satisfied.", "利用者の40％が満足しており、その数は多い。", "en",
         "ja", "pass"),
    ],
)  # fmt: skip
def test_cjk_comparative_at_its_figure(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
