"""Opposing predicates in every form and language (issue-B): a statement that keeps every
figure of the quote but says the opposite with another form of a verb of a [polarity] group
fails, in one language or across two, and a right paraphrase in that form still passes:

- sanctions kept against lifted in every person and tense, their participles after the noun
  and the nouns ("mantiveram as sanções", "las sanciones fueron levantadas");
- arriving against leaving: a separable "kam … in Paris an", "chegou a Paris" (not "kam gut
  an", was well received; not "chegou a 10%", reached);
- a final or a match lost against won ("perdió la final": "finales?" read only "finale" and
  "finales"; "输掉了…决赛", "決勝で敗れた");
- a prohibition against a permission in Chinese and Japanese, whose 禁止 is read as a
  negation: the side of prohibition holds its own ([polarity] permission.unnegated);
- whales rescued against beached: what an animal is saved from ("rescued from beaching",
  "rescatados del varamiento") is no stranding, "beaching", "encalhou" are;
- "voted down" is a bill rejected, no direction of its figures; "fell within the range" is
  no fall ([directions.idioms]).

An antonym with its own negation ("did not fall" for "rose") is no contradiction."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


_LIFTED = "The US lifted sanctions on Iran in 2019."
_KEPT = "The US kept sanctions on Iran in 2019."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Sanctions kept against lifted, every tense and the passive after the noun.
        ("Os EUA mantiveram as sanções ao Irã em 2019.", _LIFTED, "pt", "en", "fail"),
        ("As sanções foram levantadas em 2019.", _KEPT, "pt", "en", "fail"),
        ("Las sanciones fueron levantadas en 2019.", _KEPT, "es", "en", "fail"),
        ("Estados Unidos mantuvieron las sanciones a Irán en 2019.", _LIFTED, "es", "en", "fail"),
        ("Os EUA mantiveram as sanções ao Irã em 2019.", _KEPT, "pt", "en", "pass"),
        ("As sanções foram levantadas em 2019.", _LIFTED, "pt", "en", "pass"),
        ("Las sanciones fueron levantadas en 2019.", _LIFTED, "es", "en", "pass"),
        (
            "Les États-Unis ont maintenu les sanctions contre l'Iran en 2019.",
            "Os EUA levantaram as sanções ao Irã em 2019.",
            "fr",
            "pt",
            "fail",
        ),
        # Arriving against leaving.
        (
            "Der Präsident kam am 3. Mai 2019 in Paris an.",
            "The president left Paris on 3 May 2019.",
            "de",
            "en",
            "fail",
        ),
        (
            "O presidente chegou a Paris em 3 de maio de 2019.",
            "The president left Paris on 3 May 2019.",
            "pt",
            "en",
            "fail",
        ),
        (
            "O presidente chegou a Paris em 3 de maio de 2019.",
            "The president arrived in Paris on 3 May 2019.",
            "pt",
            "en",
            "pass",
        ),
        (
            "Der Präsident kam am 3. Mai 2019 in Paris an.",
            "Le président est arrivé à Paris le 3 mai 2019.",
            "de",
            "fr",
            "pass",
        ),
        # Not an arrival: well received, a figure reached.
        (
            "Der Film kam 2019 in Frankreich gut an.",
            "The film left France in 2019.",
            "de",
            "en",
            "pass",
        ),
        (
            "O desemprego chegou a 10% em 2019.",
            "Unemployment reached 10% in 2019.",
            "pt",
            "en",
            "pass",
        ),
        # A final lost against won.
        ("El Arsenal perdió la final de 2019.", "Arsenal won the 2019 final.", "es", "en", "fail"),
        ("阿森纳输掉了2019年决赛。", "Arsenal won the 2019 final.", "zh", "en", "fail"),
        ("アーセナルは2019年の決勝で敗れた。", "Arsenal won the 2019 final.", "ja", "en", "fail"),
        ("El Arsenal ganó la final de 2019.", "Arsenal won the 2019 final.", "es", "en", "pass"),
        (
            "El Arsenal perdió la final de 2019.",
            "Arsenal lost the 2019 final.",
            "es",
            "en",
            "pass",
        ),
        # A prohibition against a permission, where 禁止 is read as a negation.
        ("2007年酒吧禁止吸烟。", "Smoking in bars became legal in 2007.", "zh", "en", "fail"),
        (
            "2007年にバーでの喫煙が禁止された。",
            "Smoking in bars became legal in 2007.",
            "ja",
            "en",
            "fail",
        ),
        (
            "Smoking in bars became legal in 2007.",
            "2007年にバーでの喫煙が禁止された。",
            "en",
            "ja",
            "fail",
        ),
        ("2007年酒吧禁止吸烟。", "Smoking in bars was banned in 2007.", "zh", "en", "pass"),
        (
            "2007年にバーでの喫煙が禁止された。",
            "Rauchen in Bars wurde 2007 verboten.",
            "ja",
            "de",
            "pass",
        ),
        # "voted down" rejects a bill; no fall of its figures.
        (
            "The National Assembly voted down the bill, 438 to 86.",
            "Les députés ont adopté le projet de loi (438 contre 86).",
            "en",
            "fr",
            "fail",
        ),
        (
            "The Senate voted down the bill 52 to 48.",
            "The Senate rejected the bill 52 to 48.",
            "en",
            "en",
            "pass",
        ),
        # "fell within" a range is no fall.
        (
            "The value 12 fell within the acceptable range.",
            "We found that the value 12 is outside the range of acceptable values.",
            "en",
            "en",
            "fail",
        ),
        (
            "The value 12 fell within the acceptable range.",
            "We found that the value 12 is within the range of acceptable values.",
            "en",
            "en",
            "pass",
        ),
        # Rescued from beaching against beaching.
        (
            "On average 300 animals are rescued from beaching each year.",
            "an average of 300 individual animals beaching themselves each year",
            "en",
            "en",
            "fail",
        ),
        (
            "Cada año, unos 300 animales son rescatados del varamiento.",
            "an average of 300 individual animals beaching themselves each year",
            "es",
            "en",
            "fail",
        ),
        (
            "Em média, 300 animais encalham por ano.",
            "an average of 300 individual animals beaching themselves each year",
            "pt",
            "en",
            "pass",
        ),
        (
            "27 pilot whales were rescued from beaching.",
            "27 pilot whales were rescued.",
            "en",
            "en",
            "pass",
        ),
        # An antonym with its own negation says the same.
        (
            "Prices did not fall in 2019; they rose 5%.",
            "Prices rose 5% in 2019.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_antonym_forms(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
