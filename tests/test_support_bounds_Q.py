"""Bounds and maxima (holdout51 half a). Every sentence here is new.

- A stated maximum ("tops out at", "a maximum of", "peaks at", "culmine à", "alcanza un
  máximo de", "atinge um máximo de", "einen Höchststand von") names the top itself: a
  figure against an exact quote or a range's top ("'17%' to '600%'", the ends in quotation
  marks), a bound against a bound; another top contradicts it. "最高", "最大" (up to, in the
  labels' README) keep their reading: against a range's top they compare with the top.
- A Chinese bound before a verb of a penalty ("最高可被处以25万美元罚款") still bounds the figure.
- An implied but weaker bound written with the quote's digits at another order of magnitude
  ("54万以上" for "540万以上") is a slip of scale: a fail; so is a figure a bound would hold
  ("54 million" for "540万以上", "25.000 dólares" for "up to $250,000"). Not for a round
  single digit ("more than 1 million" for "more than 10 million" needs review).
- "plus des", "plus du", "más de los", "mais dos" are comparators (more than), no direction;
  so are "au plus" after a figure and "plus d'un million" (an article after "d'").
"""

import pytest

from factdb.engine.support import claim_supported

_RANGE_EN = "The new slider goes from '17%' to '600%', up from a factor of two."
_RANGE_FR = "Le curseur va désormais de 17 % à 600 %."
_FINE_EN = "Moreno faces up to a $250,000 fine."
_FINE_ZH = "莫雷诺最高可被处以25万美元罚款。"
_ACCOUNTS_JA = "個人情報の流出で、320万以上の会員に影響が出た。"
_SALES_EN = "Watch shipments fell 71% last quarter."


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status",
    [
        # 1. A stated maximum against a range's top, a figure and another maximum.
        ("en", "The slider tops out at 800%.", "en", _RANGE_EN, "fail"),
        ("en", "The slider tops out at 600%.", "en", _RANGE_EN, "pass"),
        ("en", "The slider tops out at 17%.", "en", _RANGE_EN, "fail"),
        ("en", "The slider tops out at 800%.", "fr", _RANGE_FR, "fail"),
        ("en", "The slider tops out at 600%.", "fr", _RANGE_FR, "pass"),
        ("fr", "Le curseur culmine à 800 %.", "en", _RANGE_EN, "fail"),
        ("fr", "Le curseur culmine à 600 %.", "en", _RANGE_EN, "pass"),
        ("es", "El control deslizante alcanza un máximo de 800 %.", "fr", _RANGE_FR, "fail"),
        ("es", "El control deslizante alcanza un máximo de 600 %.", "fr", _RANGE_FR, "pass"),
        ("en", "The index peaked at 90 points.", "en", "The index reached 70 points.", "fail"),
        ("en", "The index hit a high of 70 points.", "en", "The index reached 70 points.", "pass"),
        (
            "pt",
            "O índice atingiu um máximo de 90 pontos.",
            "en",
            "The index peaked at 70 points.",
            "fail",
        ),
        (
            "pt",
            "O índice atingiu um máximo de 70 pontos.",
            "en",
            "The index peaked at 70 points.",
            "pass",
        ),
        (
            "de",
            "Der Index erreichte einen Höchststand von 90 Punkten.",
            "en",
            "The index peaked at 70 points.",
            "fail",
        ),
        (
            "de",
            "Der Index erreichte einen Höchststand von 70 Punkten.",
            "en",
            "The index peaked at 70 points.",
            "pass",
        ),
        (
            "en",
            "She faces a maximum of 12 years in jail.",
            "en",
            "She faces up to 12 years in jail.",
            "pass",
        ),
        (
            "en",
            "She faces a maximum of 20 years in jail.",
            "en",
            "She faces up to 12 years in jail.",
            "fail",
        ),
        (
            "en",
            "She faces 12 years in jail.",
            "en",
            "She faces a maximum of 12 years in jail.",
            "warn",
        ),
        (
            "en",
            "She faces at most 20 years in jail.",
            "en",
            "She faces a maximum of 12 years in jail.",
            "fail",
        ),
        (
            "fr",
            "Elle risque un maximum de 20 ans de prison.",
            "en",
            "She faces up to 12 years in jail.",
            "fail",
        ),
        (
            "es",
            "Se enfrenta a un máximo de 12 años de cárcel.",
            "en",
            "She faces up to 12 years in jail.",
            "pass",
        ),
        ("zh", "滑块最高800%。", "fr", _RANGE_FR, "fail"),
        ("zh", "滑块最高600%。", "fr", _RANGE_FR, "pass"),
        ("ja", "スライダーは最大800％。", "en", _RANGE_EN, "fail"),
        ("ja", "スライダーは最大600％。", "en", _RANGE_EN, "pass"),
        ("ja", "価格は最大80ドル。", "en", "The price is up to $80.", "pass"),
        ("en", "The slider tops out at 800%.", "zh", "滑块最高600%。", "fail"),
        # 2. A Chinese bound before a verb of a penalty.
        ("zh", _FINE_ZH, "en", _FINE_EN, "pass"),
        ("zh", "莫雷诺最高可被处以30万美元罚款。", "en", _FINE_EN, "fail"),
        ("zh", "他至少被判处3年监禁。", "zh", "他被判处3年以上监禁。", "pass"),
        ("zh", "他最多被罚20万元。", "zh", "他最多可被罚款10万元。", "fail"),
        ("en", "Moreno faces a fine of up to $250,000.", "zh", _FINE_ZH, "pass"),
        ("en", "Moreno faces a fine of up to $300,000.", "zh", _FINE_ZH, "fail"),
        ("en", "Moreno faces a $250,000 fine.", "zh", _FINE_ZH, "warn"),
        ("ja", "モレノ被告は最高で罰金刑25万ドルに問われる。", "zh", _FINE_ZH, "pass"),
        ("fr", "Moreno risque jusqu'à 300 000 dollars d'amende.", "zh", _FINE_ZH, "fail"),
        ("de", "Moreno drohen bis zu 250.000 Dollar Strafe.", "zh", _FINE_ZH, "pass"),
        # 3. The same digits at another scale, though implied by the quote's bound.
        ("ja", "影響は32万以上の会員に及んだ。", "ja", _ACCOUNTS_JA, "fail"),
        ("ja", "影響は300万以上の会員に及んだ。", "ja", _ACCOUNTS_JA, "pass"),
        ("zh", "至少32万名会员受到影响。", "ja", _ACCOUNTS_JA, "fail"),
        ("en", "More than 320,000 members were affected.", "ja", _ACCOUNTS_JA, "fail"),
        (
            "ja",
            "影響は32万以上の会員に及んだ。",
            "en",
            "More than 3.2 million members were affected.",
            "fail",
        ),
        (
            "en",
            "More than 1.3 million users were hit.",
            "en",
            "More than 13 million users were hit.",
            "fail",
        ),
        (
            "en",
            "More than 1.3 million users were hit.",
            "en",
            "More than 2.6 million users were hit.",
            "pass",
        ),
        (
            "en",
            "More than 1 million users were hit.",
            "en",
            "More than 10 million users were hit.",
            "unverified",
        ),
        (
            "de",
            "Mehr als 1,3 Millionen Nutzer waren betroffen.",
            "en",
            "More than 13 million users were hit.",
            "fail",
        ),
        (
            "en",
            "More than 1.3 million users were hit.",
            "de",
            "Mehr als 13 Millionen Nutzer waren betroffen.",
            "fail",
        ),
        (
            "fr",
            "Plus de 45 000 foyers ont été privés de courant.",
            "es",
            "Más de 450.000 hogares se quedaron sin luz.",
            "fail",
        ),
        # A figure with the quote's digits at another scale against the quote's bound.
        ("es", "Moreno se enfrenta a una multa de 25.000 dólares.", "en", _FINE_EN, "fail"),
        ("en", "Some 32 million members were affected.", "ja", _ACCOUNTS_JA, "fail"),
        ("en", "The fine is more than $1,200.", "en", "The fine is $12,000.", "fail"),
        ("fr", "L'amende dépasse 1 200 dollars.", "en", "The fine is $12,000.", "fail"),
        ("en", "The fine is more than $1,000.", "en", "The fine is $10,000.", "pass"),
        ("en", "The fine is more than $9,000.", "en", "The fine is $12,000.", "pass"),
        # 4. "plus des", "más de los", "mais dos": comparators, not directions.
        (
            "fr",
            "Les livraisons de montres ont chuté de plus des deux tiers.",
            "en",
            _SALES_EN,
            "pass",
        ),
        (
            "fr",
            "Les livraisons de montres ont chuté de plus des trois quarts.",
            "en",
            _SALES_EN,
            "fail",
        ),
        (
            "fr",
            "Les livraisons de montres ont augmenté de plus des deux tiers.",
            "en",
            _SALES_EN,
            "fail",
        ),
        (
            "fr",
            "Les livraisons de montres ont chuté de plus des deux tiers.",
            "zh",
            "手表出货量大跌71%",
            "pass",
        ),
        ("es", "Los envíos de relojes cayeron más de los dos tercios.", "en", _SALES_EN, "pass"),
        ("pt", "As entregas de relógios caíram mais dos dois terços.", "en", _SALES_EN, "pass"),
        (
            "pt",
            "As entregas de relógios caíram mais dos dois terços.",
            "en",
            "Watch shipments rose 71% last quarter.",
            "fail",
        ),
        (
            "en",
            "Watch shipments fell by more than two thirds.",
            "fr",
            "Les livraisons de montres ont chuté de plus des deux tiers.",
            "pass",
        ),
        (
            "zh",
            "手表出货量下跌超过三分之二。",
            "fr",
            "Les livraisons de montres ont chuté de plus des deux tiers.",
            "pass",
        ),
        # "au plus" after the figure, "plus d'un million": comparators, no direction.
        (
            "fr",
            "Les journaux seront gardés cinq ans au plus.",
            "fr",
            "Ils pourront être gardés jusqu’à cinq ans.",
            "pass",
        ),
        ("fr", "Moreno risque une amende de 250 000 dollars au plus.", "en", _FINE_EN, "pass"),
        ("fr", "Moreno risque une amende de 300 000 dollars au plus.", "en", _FINE_EN, "fail"),
        (
            "en",
            "Moreno faces a fine of at most $250,000.",
            "fr",
            "Moreno risque une amende de 250 000 dollars au plus.",
            "pass",
        ),
        (
            "fr",
            "Ces tableaux valent plus d'un million d'euros.",
            "en",
            "These paintings are worth more than €1 million.",
            "pass",
        ),
        (
            "fr",
            "Ces tableaux valent plus d'un million d'euros.",
            "es",
            "Estos cuadros valen más de 100.000 euros.",
            "fail",
        ),
        (
            "fr",
            "Ces tableaux valent moins d'un million d'euros.",
            "en",
            "These paintings are worth more than €1 million.",
            "fail",
        ),
        (
            "en",
            "These paintings are worth more than €1 million.",
            "fr",
            "Ces tableaux valent plus d'un million d'euros.",
            "pass",
        ),
    ],
)
def test_bounds(lang: str, statement: str, quote_lang: str, quote: str, status: str) -> None:
    got = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got.reason


def test_scale_slip_reason() -> None:
    got = claim_supported(
        "影響は32万以上の会員に及んだ。", [_ACCOUNTS_JA], None, statement_lang="ja", quote_lang="ja"
    )
    assert "another scale" in got.reason


def test_maximum_range_top_reason() -> None:
    got = claim_supported(
        "The slider tops out at 800%.", [_RANGE_EN], None, statement_lang="en", quote_lang="en"
    )
    assert "600%" in got.reason
