"""Who did what to whom, and which end of a range is which (issue-B).

- A giver before "向", "给" or "为" and the recipient after it in Chinese ("开发人员向AlphaGo
  提供", [acquire] recipient_before), the recipient by "に" in Japanese ([acquire]
  recipient_marks), "took … to" in English only with a recipient's name after "to"
  ([acquire] gated, recipient_word): a statement giving the recipient as the giver fails, in
  one language and across languages; the roles kept (a passive among them) pass.
- A multiplier's two sides across languages by their meanings ([multiplier_sides] of
  common.toml): "a time deposit pays 200 times the bond's rate" for "その金利は定期預金の
  200倍" (the bond's rate is 200 times the deposit's) fails.
- Both ends of a range each named as the other ("the cheapest room costs $2,400 and the
  dearest $500" for "range from $500 to $2,400", [counted_whole] range_low_words,
  range_high_words) fail; the ends in their places pass.
"""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


_PT = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012"
_ZH = "开发人员向AlphaGo提供了历史对弈中的大约3000万记录"
_JA_GIVE = "開発者がAlphaGoに約3000万件の対局記録を提供した。"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Giver and recipient swapped.
        ("Lula took the Libertadores trophy to Tite in 2012.", _PT, "en", "pt", "fail"),
        ("Lula levou a taça da Libertadores a Tite em 2012.", _PT, "pt", "pt", "fail"),
        ("Lula llevó la copa Libertadores a Tite en 2012.", _PT, "es", "pt", "fail"),
        ("Lula a apporté le trophée de la Libertadores à Tite en 2012.", _PT, "fr", "pt", "fail"),
        (
            "Lula took the Libertadores trophy to Tite in 2012.",
            "Tite took the Libertadores trophy to Lula in 2012.",
            "en",
            "en",
            "fail",
        ),
        ("AlphaGo向开发人员提供了大约3000万条对弈记录。", _ZH, "zh", "zh", "fail"),
        ("AlphaGo为开发人员提供了约3000万条历史棋局记录。", _ZH, "zh", "zh", "fail"),
        ("AlphaGo gave the developers about 30 million game records.", _ZH, "en", "zh", "fail"),
        ("AlphaGoが開発者に約3000万件の対局記録を提供した。", _ZH, "ja", "zh", "fail"),
        ("AlphaGo向开发人员提供了大约3000万条对弈记录。", _JA_GIVE, "zh", "ja", "fail"),
        (
            "DeepMind gave Google $400 million in 2014.",
            "谷歌在2014年向DeepMind提供了4亿美元。",
            "en",
            "zh",
            "fail",
        ),
        # The roles kept, a passive among them.
        ("Tite took the Libertadores trophy to Lula in 2012.", _PT, "en", "pt", "pass"),
        ("The Libertadores trophy was taken to Lula by Tite in 2012.", _PT, "en", "pt", "pass"),
        ("Tite levou a taça da Libertadores a Lula em 2012.", _PT, "pt", "pt", "pass"),
        ("开发人员向AlphaGo提供了大约3000万条对弈记录。", _ZH, "zh", "zh", "pass"),
        ("开发人员为AlphaGo提供了约3000万条历史棋局记录。", _ZH, "zh", "zh", "pass"),
        ("The developers gave AlphaGo about 30 million game records.", _ZH, "en", "zh", "pass"),
        (
            "AlphaGo was given about 30 million game records by the developers.",
            _ZH,
            "en",
            "zh",
            "pass",
        ),
        ("開発者がAlphaGoに約3000万件の対局記録を提供した。", _ZH, "ja", "zh", "pass"),
        ("开发人员向AlphaGo提供了大约3000万条对弈记录。", _JA_GIVE, "zh", "ja", "pass"),
        (
            "Google gave DeepMind $400 million in 2014.",
            "谷歌在2014年向DeepMind提供了4亿美元。",
            "en",
            "zh",
            "pass",
        ),
        # A passive by "由": the agent between it and the verb.
        ("大约3000万条对弈记录由开发人员提供给AlphaGo。", _ZH, "zh", "zh", "pass"),
        ("大约3000万条对弈记录由AlphaGo提供给开发人员。", _ZH, "zh", "zh", "fail"),
        ("500美元由Cannon捐给Yagan。", "Yagan捐给Cannon 500美元。", "zh", "zh", "fail"),
        ("500美元由Yagan捐给Cannon。", "Yagan捐给Cannon 500美元。", "zh", "zh", "pass"),
        ("A taça da Libertadores foi levada a Lula por Tite em 2012.", _PT, "pt", "pt", "pass"),
        ("La copa Libertadores fue llevada a Lula por Tite en 2012.", _PT, "es", "pt", "pass"),
        # A possessor owns the giver and is none itself.
        (
            "AlphaGo's developers gave it about 30 million records of past games.",
            _ZH + "。",
            "en",
            "zh",
            "pass",
        ),
        # "took" with no recipient's name after "to" is no giving.
        (
            "Lula took office in 2003 to fight hunger.",
            "Cardoso handed power to Lula in 2003.",
            "en",
            "en",
            "pass",
        ),
        (
            "Tite took the trophy from Lula in 2012.",
            "Lula gave the trophy to Tite in 2012.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_giver_and_recipient(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


_JA = "その金利は定期預金の200倍だが"
_ZH_BOND = "债券的利率是定期存款的200倍。"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("a time deposit pays 200 times the bond's rate.", _JA, "en", "ja", "fail"),
        ("定期存款的利率是债券的200倍。", _JA, "zh", "ja", "fail"),
        ("a time deposit pays 200 times the bond's rate.", _ZH_BOND, "en", "zh", "fail"),
        ("定期預金の金利は社債の200倍だ。", _ZH_BOND, "ja", "zh", "fail"),
        ("The bond pays 200 times the rate of a time deposit.", _JA, "en", "ja", "pass"),
        ("The bond's rate is 200 times that of a time deposit.", _JA, "en", "ja", "pass"),
        ("债券的利率是定期存款的200倍。", _JA, "zh", "ja", "pass"),
        ("The bond pays 200 times the rate of a time deposit.", _ZH_BOND, "en", "zh", "pass"),
        ("社債の金利は定期預金の200倍だ。", _ZH_BOND, "ja", "zh", "pass"),
    ],
)
def test_multiplier_sides_across_languages(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


_RANGE = (
    "Nightly room and suite rates range from $500 to $2,400. The resort will open for the "
    "2015 season on 17 April."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "the cheapest room costs $2,400 a night and the dearest $500.",
            _RANGE,
            "en",
            "en",
            "fail",
        ),
        ("The lowest rate is $2,400 and the highest rate is $500.", _RANGE, "en", "en", "fail"),
        (
            "Das billigste Zimmer kostet 2.400 Dollar pro Nacht, das teuerste 500 Dollar.",
            _RANGE,
            "de",
            "en",
            "fail",
        ),
        (
            "La chambre la moins chère coûte 2 400 dollars la nuit et la plus chère 500 dollars.",
            _RANGE,
            "fr",
            "en",
            "fail",
        ),
        (
            "La habitación más barata cuesta 2.400 dólares por noche y la más cara 500 dólares.",
            _RANGE,
            "es",
            "en",
            "fail",
        ),
        (
            "O quarto mais barato custa 2.400 dólares por noite e o mais caro 500 dólares.",
            _RANGE,
            "pt",
            "en",
            "fail",
        ),
        ("最便宜的房间每晚2400美元，最贵的500美元。", _RANGE, "zh", "en", "fail"),
        ("最安の部屋は1泊2400ドル、最も高い部屋は500ドル。", _RANGE, "ja", "en", "fail"),
        (
            "The cheapest room costs $2,400 a night and the dearest $500.",
            "Les tarifs vont de 500 dollars à 2 400 dollars la nuit.",
            "en",
            "fr",
            "fail",
        ),
        # The ends in their places.
        (
            "The cheapest room costs $500 a night and the dearest $2,400.",
            _RANGE,
            "en",
            "en",
            "pass",
        ),
        ("Rooms cost from $500 to $2,400 a night.", _RANGE, "en", "en", "pass"),
        ("The cheapest room costs $500 a night.", _RANGE, "en", "en", "pass"),
        ("The most expensive suite costs $2,400 a night.", _RANGE, "en", "en", "pass"),
        (
            "Das billigste Zimmer kostet 500 Dollar pro Nacht, das teuerste 2.400 Dollar.",
            _RANGE,
            "de",
            "en",
            "pass",
        ),
        ("最便宜的房间每晚500美元，最贵的2400美元。", _RANGE, "zh", "en", "pass"),
        (
            "The cheapest room costs $500 a night and the dearest $2,400.",
            "Les tarifs vont de 500 dollars à 2 400 dollars la nuit.",
            "en",
            "fr",
            "pass",
        ),
        # A change's two figures are no range's ends.
        (
            "The age was raised to 16 from 14.",
            "The law raised the age of consent from 14 to 16.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_range_ends_crossed(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
