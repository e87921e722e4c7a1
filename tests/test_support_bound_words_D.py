"""Bound words a statement says that were left unread, so that a right paraphrase of a
quote's bound read as one dropping it (``warn``): a verb or a rate word between a Chinese or
Japanese bound and its figure ("至少打死19人", "最多上调67%", "最多可保存十年", "最大で毎秒
3470MB"); a dollar named by its country in Japanese ("10万米ドル以上"); "hasta en", "por
encima de", "por debajo de" in Spanish; "top out at" in English. Read, each bound is compared
as any other: a bound the quote's implies passes, another figure under it still fails."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("枪手至少打死19人。", "zh", "killing at least 19 people", "en"),
        ("枪手至少杀害了19人。", "zh", "枪手造成至少19人死亡。", "zh"),
        ("该公司将价格最多上调67%。", "zh", "価格を最大67％値上げ", "ja"),
        ("该公司的路由器最多涨价三分之二。", "zh", "Prices rise by up to 67%.", "en"),
        ("未成年人的数据最多可保存十年。", "zh",
         "leurs données conservées jusqu’à dix ans.", "fr"),
        ("シーケンシャルリードは最大で毎秒3470MB。", "ja",
         "シーケンシャルリードが最大3470MB/s", "ja"),
        ("クリプトキティは10万米ドル以上で売れることがある。", "ja",
         "Some cryptokitties sell for more than $100,000.", "en"),
        ("Algunos criptogatos valen por encima de 100.000 dólares.", "es",
         "Some cryptokitties are worth more than $100,000.", "en"),
        ("La espera queda por debajo de 10 minutos.", "es",
         "The wait is less than 10 minutes.", "en"),
        ("Buffalo sube algunos precios hasta en dos tercios.", "es",
         "Buffalo raises some prices by up to 67%.", "en"),
        ("The drive's sequential writes top out at 3 GB/s.", "en",
         "シーケンシャルライトは最大3000MB/s", "ja"),
        ("Its writes top out at 3,000 MB/s.", "en", "Its writes reach up to 3 GB/s.", "en"),
    ],
)  # fmt: skip
def test_a_bound_read_passes_the_same_bound(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "pass", result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        ("枪手至少打死29人。", "zh", "killing at least 19 people", "en"),
        ("该公司将价格最多上调76%。", "zh", "価格を最大67％値上げ", "ja"),
        ("未成年人的数据最多可保存十二年。", "zh",
         "leurs données conservées jusqu’à dix ans.", "fr"),
        ("シーケンシャルリードは最大で毎秒3740MB。", "ja",
         "シーケンシャルリードが最大3470MB/s", "ja"),
        ("クリプトキティは10万豪ドル以上で売れることがある。", "ja",
         "クリプトキティは10万米ドル以上で売れることがある。", "ja"),
        ("Algunos criptogatos valen por encima de 200.000 dólares.", "es",
         "Some cryptokitties are worth more than $100,000.", "en"),
        ("Algunos criptogatos valen por debajo de 100.000 dólares.", "es",
         "Some cryptokitties are worth more than $100,000.", "en"),
        ("Buffalo sube algunos precios hasta en tres cuartos.", "es",
         "Buffalo raises some prices by up to 67%.", "en"),
        ("The drive's sequential writes top out at 3.4 GB/s.", "en",
         "シーケンシャルライトは最大3000MB/s", "ja"),
    ],
)  # fmt: skip
def test_a_bound_read_fails_another_figure(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "fail", result.reason


@pytest.mark.parametrize(
    "statement, slang, quote, qlang",
    [
        # Without the statement's bound word, the quote's bound is still dropped.
        ("枪手打死19人。", "zh", "killing at least 19 people", "en"),
        ("Algunos criptogatos valen 100.000 dólares.", "es",
         "Some cryptokitties are worth more than $100,000.", "en"),
        ("The drive writes 3 GB/s.", "en", "シーケンシャルライトは最大3000MB/s", "ja"),
    ],
)  # fmt: skip
def test_no_bound_word_still_drops_the_quotes(
    statement: str, slang: str, quote: str, qlang: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=slang, quote_lang=qlang)
    assert result.status == "warn", result.reason
