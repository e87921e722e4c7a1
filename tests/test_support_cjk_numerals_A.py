"""Chinese and Japanese numerals of one character the readers missed (issue-A):

- a numeral after 统, 唯 or 万 is no "统一", "唯一" or "万一" unless it is 一: "总统八年" is
  eight years as president, "总统三次" three times;
- "一" before a minute or a second said with 钟 is the figure one ("发一分钟的语音",
  common.toml [cjk_numerals] one_spans), still "a" elsewhere ("一分为二" has no figure);
- a lone "百" before 倍 is a hundredfold ("定期預金の百倍", [cjk_numerals] hundred_before),
  no hundred elsewhere ("百度", "百姓");
- a lone "万" before a counter is ten thousand ("老人制万根拐棍", [cjk_numerals]
  ten_thousand_before), not after 数, 几, 上 or 多 ("数万人", "540多万个"), nor before
  other words ("万岁", "万一", "万里");
- not yet "站" (stops): a Chinese clause's words do not tie a figure to its line, so a
  count of stops stays unread rather than pass for another line's (a test below).

Each reading with misstatements that must fail, and cross-language cases."""

import pytest

from factdb.engine.support import claim_supported, read_values

OBAMA_EN = "Children growing up during the eight years of his presidency"
OBAMA_ZH = "奥巴马担任总统八年，孩子们在他的任期内长大。"
VOICE_ZH = "全民微信时代，用语音功能发60秒是种怎样的体验？"
MINUTE_ZH = "微信语音最长可以发一分钟。"
RATE_JA = "その金利は定期預金の200倍だが"
RATE_ZH = "其利率是定期存款的一百倍。"
STICKS = "老人制万根“爱心拐棍”"

CASES = [
    # 总统 before a numeral: the numeral is read.
    ("奥巴马担任总统八年。", OBAMA_EN, "zh", "en", "pass"),
    ("奥巴马担任总统六年。", OBAMA_EN, "zh", "en", "fail"),
    ("オバマは大統領を8年務めた。", OBAMA_ZH, "ja", "zh", "pass"),
    ("Obama was president for eight years.", OBAMA_ZH, "en", "zh", "pass"),
    ("Obama war zehn Jahre lang Präsident.", OBAMA_ZH, "de", "zh", "fail"),
    ("奥巴马当了八年总统。", OBAMA_ZH, "zh", "zh", "pass"),
    ("奥巴马当了四年总统。", OBAMA_ZH, "zh", "zh", "fail"),
    # 一分钟: one minute.
    ("微信语音可以发一分钟。", VOICE_ZH, "zh", "zh", "pass"),
    ("微信语音可以发两分钟。", VOICE_ZH, "zh", "zh", "fail"),
    ("Un message vocal WeChat dure une minute.", MINUTE_ZH, "fr", "zh", "pass"),
    (
        "A WeChat voice message lasts three minutes.",
        "微信语音最长可以发一分钟。",
        "en",
        "zh",
        "fail",
    ),
    ("語音訊息可以發一秒鐘。", "語音訊息可以發60秒。", "zh", "zh", "fail"),
    # 百倍: a hundredfold.
    ("個人向け社債の金利は定期預金の百倍に当たる。", RATE_JA, "ja", "ja", "fail"),
    ("個人向け社債の金利は定期預金の二百倍に当たる。", RATE_JA, "ja", "ja", "pass"),
    ("The rate is a hundred times that of a fixed deposit.", RATE_ZH, "en", "zh", "pass"),
    ("Der Zins ist das Hundertfache eines Festgelds.", RATE_ZH, "de", "zh", "pass"),
    ("El interés es veinte veces el de un depósito.", RATE_ZH, "es", "zh", "fail"),
    ("其利率是定期存款的百倍。", RATE_ZH, "zh", "zh", "pass"),
    ("其利率是定期存款的百倍。", "其利率是定期存款的十倍。", "zh", "zh", "fail"),
    # 万根: ten thousand.
    ("老人制作了一万根爱心拐棍。", STICKS, "zh", "zh", "pass"),
    ("老人制作了一千根爱心拐棍。", STICKS, "zh", "zh", "fail"),
    ("An elderly man made 10,000 walking sticks.", STICKS, "en", "zh", "pass"),
    ("An elderly man made 10 million walking sticks.", STICKS, "en", "zh", "fail"),
    ("Ein alter Mann fertigte zehntausend Gehstöcke.", STICKS, "de", "zh", "pass"),
    ("老人は1万本の杖を作った。", STICKS, "ja", "zh", "pass"),
    ("老人は10万本の杖を作った。", STICKS, "ja", "zh", "fail"),
    ("推特数据泄露或影响540多万个账户。", "540万以上のアカウントに影響か", "zh", "ja", "pass"),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang", "expected"), CASES)
def test_cjk_numerals(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == expected, got.reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("两国的统一", "zh"),
        ("这是唯一的办法", "zh"),
        ("万一下雨怎么办", "zh"),
        ("他在百度工作", "zh"),
        ("老百姓的生活", "zh"),
        ("一分为二", "zh"),
        ("百分之", "zh"),
        ("万岁", "zh"),
        ("万里长城", "zh"),
    ],
)
def test_words_stay_words(text: str, lang: str) -> None:
    assert read_values(text, lang).values == []


def test_stops_stay_unread() -> None:
    # "四站" on the Circle line is no figure of the Central line's: unread rather than pass.
    quote = "沿着中央线坐一站，环线坐四站，然后转朱比利线坐两站"
    got = claim_supported("沿中央线坐四站。", [quote], statement_lang="zh", quote_lang="zh")
    assert got.status != "pass", got.reason
