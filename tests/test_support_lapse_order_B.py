"""A span counted earlier against later, after an event against before it, and the first of
a series against the last, in every language (issue-B).

- [polarity.lapse] "two days earlier" against "two days later" ("zwei Tage früher", "dos días
  antes", "提前两天", "2日早く"): the event each is counted from may be turned ("A; B two
  days later" is "B; A two days earlier"), so the opposition is read by `_sequence_anchors`
  (common.toml [polarity_unsure]): unverified, never the pass it was;
- [polarity.sequence] in Chinese ("选举后两天" against "two days before the election"), and
  Portuguese "antes da eleição" (its pattern read the Spanish "antes de la");
- [polarity.order] in Chinese and Japanese ("最后一次袭击", "最初の攻撃"), not "最后，" alone.

The same span on both sides still passes."""

import pytest

from factdb.engine.support import claim_supported

_LATER = "The storm hit two days later."
_BEFORE = "The storm hit two days before the election."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ("The storm hit two days earlier.", _LATER, "en", "en", "unverified"),
        ("Der Sturm kam zwei Tage früher.", _LATER, "de", "en", "unverified"),
        ("La tormenta llegó dos días antes.", _LATER, "es", "en", "unverified"),
        ("A tempestade chegou dois dias antes.", _LATER, "pt", "en", "unverified"),
        ("风暴提前两天来袭。", _LATER, "zh", "en", "unverified"),
        ("嵐は2日早く来た。", _LATER, "ja", "en", "unverified"),
        (
            "The train arrived two hours late.",
            "The train arrived two hours early.",
            "en",
            "en",
            "unverified",
        ),
        ("The storm hit two days later.", _LATER, "en", "en", "pass"),
        ("Der Sturm kam zwei Tage später.", _LATER, "de", "en", "pass"),
        ("La tempête est arrivée deux jours plus tard.", _LATER, "fr", "en", "pass"),
        ("La tormenta llegó dos días después.", _LATER, "es", "en", "pass"),
        ("风暴在选举后两天来袭。", _BEFORE, "zh", "en", "unverified"),
        (
            "A tempestade chegou dois dias antes da eleição.",
            "The storm hit two days after the election.",
            "pt",
            "en",
            "unverified",
        ),
        ("A tempestade chegou dois dias antes da eleição.", _BEFORE, "pt", "en", "pass"),
        ("The first major attack was in 2002.", "最后一次袭击发生在2002年。", "en", "zh", "fail"),
        ("The last major attack was in 2002.", "最后一次袭击发生在2002年。", "en", "zh", "pass"),
        ("最後の攻撃は2002年だった。", "The last major attack was in 2002.", "ja", "en", "pass"),
        (
            "Le dernier attentat majeur a eu lieu en 2002.",
            "最後の攻撃は2002年だった。",
            "fr",
            "ja",
            "pass",
        ),
        (
            "Le premier attentat majeur a eu lieu en 2002.",
            "最後の攻撃は2002年だった。",
            "fr",
            "ja",
            "fail",
        ),
    ],
)
def test_lapse_and_order(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status
