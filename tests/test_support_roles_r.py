"""Two parties of the quote swapped, the figures and dates right: read through a relative
clause ("谷歌收购的DeepMind", "Voxelを買収したNordcorp"), a Japanese particle ([acquire]
agent_marks, object_marks, passive_agent_marks), an event's noun ("the killing of A by B",
"la compra de A por B", [acquire] nouns, of), a German passive's agent ("wurde von A
getötet"), a giver and a receiver ("levar a taça a A"), one urging another ([acquire]
urging), a figure's holder and its other party ([counterparty]: "85% of A's revenue comes
from its contract with B"), a passive's agent after a share ("zu 51 Prozent durch die
Stadtwerke") and a comparison's sides ([change_roles] reference_before: "70 Prozent
weniger als", "im Vergleich zu"). Right paraphrases, the passive among them, pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


ZH_BUY = "北辰集团在2019年收购的软件公司Voxel"
JA_BUY = "2019年にVoxelを買収したNordcorp"
EN_NOUN = "The acquisition of Voxel by Nordcorp in 2019 surprised analysts."
KILLING = (
    "the killing of 19-year-old Daniel Ortega, who was unarmed, by security guard "
    "Peter Lang in 2011"
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A Latin name inside Chinese text; the relative clause "X收购的…Y": X bought Y.
        ("2019年Voxel收购了北辰集团。", ZH_BUY, "zh", "zh", "fail"),
        ("In 2019 Voxel bought Nordcorp.", "北辰 Nordcorp 在2019年收购的软件公司Voxel",
         "en", "zh", "fail"),
        ("In 2019 Nordcorp bought Voxel.", "北辰 Nordcorp 在2019年收购的软件公司Voxel",
         "en", "zh", "pass"),
        # Japanese: the agent by "が"/"は", the object by "を", the passive's agent by "に";
        # the head of a relative clause that names only its object is the agent.
        ("2019年にVoxelがNordcorpを買収した。", JA_BUY, "ja", "ja", "fail"),
        ("2019年にNordcorpがVoxelを買収した。", JA_BUY, "ja", "ja", "pass"),
        ("2019年にVoxelがNordcorpを買収した。", "Nordcorpは2019年にVoxelを買収した。",
         "ja", "ja", "fail"),
        ("2019年にNordcorpがVoxelを買収した。", "Voxelは2019年にNordcorpに買収された。",
         "ja", "ja", "pass"),
        ("2019年にVoxelがNordcorpを買収した。", "Voxelは2019年にNordcorpに買収された。",
         "ja", "ja", "fail"),
        ("Voxel acquired Nordcorp in 2019.", JA_BUY, "en", "ja", "fail"),
        ("Nordcorp acquired Voxel in 2019.", JA_BUY, "en", "ja", "pass"),
    ],
)  # fmt: skip
def test_relative_clause_and_particles(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "the acquisition of A by B", "B's acquisition of A", "la compra de A por B".
        ("In 2019 Voxel bought Nordcorp.", EN_NOUN, "en", "en", "fail"),
        ("In 2019 Nordcorp bought Voxel.", EN_NOUN, "en", "en", "pass"),
        ("Voxel was bought by Nordcorp in 2019.", EN_NOUN, "en", "en", "pass"),
        ("Voxel was bought by Nordcorp in 2019.",
         "Nordcorp's 2019 acquisition of Voxel was its largest.", "en", "en", "pass"),
        ("In 2019 Voxel bought Nordcorp.",
         "Nordcorp's 2019 acquisition of Voxel was its largest.", "en", "en", "fail"),
        ("En 2019, Voxel compró Nordcorp.", "la compra de Voxel por Nordcorp en 2019",
         "es", "es", "fail"),
        ("En 2019, Nordcorp compró Voxel.", "la compra de Voxel por Nordcorp en 2019",
         "es", "es", "pass"),
        ("Voxel übernahm 2019 Nordcorp.", EN_NOUN, "de", "en", "fail"),
        # "the killing of A by B": who killed whom, and an age given to the other person.
        ("In 2011 Daniel Ortega killed the 19-year-old Peter Lang.", KILLING, "en", "en", "fail"),
        ("In 2011 Peter Lang killed the 19-year-old Daniel Ortega.", KILLING, "en", "en", "pass"),
        ("Der 19-jährige Daniel Ortega wurde 2011 von Peter Lang getötet.", KILLING,
         "de", "en", "pass"),
        ("Der 19-jährige Peter Lang wurde 2011 von Daniel Ortega getötet.", KILLING,
         "de", "en", "fail"),
        ("Daniel Ortega, 19 ans, a été tué par Peter Lang en 2011.", KILLING, "fr", "en", "pass"),
        ("Peter Lang, 19 ans, a été tué par Daniel Ortega en 2011.", KILLING, "fr", "en", "fail"),
    ],
)  # fmt: skip
def test_event_nouns_and_german_passive(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


CUP = "Costa diz que errou ao levar a taça do torneio a Moura em 2015"
URGE = "Brandt Urges Kenya to Reopen Border Crossings APRIL 12, 2016"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Giver and receiver: "levar/dar/entregar X a A".
        ("Moura levou a taça do torneio a Costa em 2015.", CUP, "pt", "pt", "fail"),
        ("Costa levou a taça do torneio a Moura em 2015.", CUP, "pt", "pt", "pass"),
        ("In 2015 Moura handed the trophy to Costa.", CUP, "en", "pt", "fail"),
        ("In 2015 Costa handed the trophy to Moura.", CUP, "en", "pt", "pass"),
        ("En 2015, Moura llevó la copa a Costa.", CUP, "es", "pt", "fail"),
        # One urging another: a headline's capitals, a date's month no name.
        ("On April 12, 2016 Kenya urged Brandt to reopen border crossings.", URGE,
         "en", "en", "fail"),
        ("On April 12, 2016 Brandt urged Kenya to reopen border crossings.", URGE,
         "en", "en", "pass"),
        ("On April 12, 2016 Kenya was urged by Brandt to reopen border crossings.", URGE,
         "en", "en", "pass"),
        ("Kenya drängte Brandt am 12. April 2016, die Grenzübergänge zu öffnen.", URGE,
         "de", "en", "fail"),
        ("El 12 de abril de 2016 Kenya instó a Brandt a reabrir los pasos fronterizos.", URGE,
         "es", "en", "fail"),
    ],
)  # fmt: skip
def test_giver_and_urger(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


REVENUE = "Lumen noted that roughly 70% of their revenue comes from their contract with Arcor."
ARENA = (
    "Die Halle GmbH wird zu 60 Prozent durch die Kieler Stadtwerke und zu 40 Prozent "
    "von der Messe getragen"
)
ENERGY = "Wir verbrauchen im Vergleich zu herkömmlichen Anlagen 40 Prozent weniger Strom."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A figure's holder and its other party.
        ("Roughly 70% of Arcor's revenue comes from its contract with Lumen.", REVENUE,
         "en", "en", "fail"),
        ("Roughly 70% of Lumen's revenue comes from its contract with Arcor.", REVENUE,
         "en", "en", "pass"),
        ("Lumen gets roughly 70% of its revenue from its contract with Arcor.", REVENUE,
         "en", "en", "pass"),
        ("Rund 70 Prozent des Umsatzes von Arcor stammen aus dem Vertrag mit Lumen.", REVENUE,
         "de", "en", "fail"),
        ("Rund 70 Prozent des Umsatzes von Lumen stammen aus dem Vertrag mit Arcor.", REVENUE,
         "de", "en", "pass"),
        ("Cerca de 70% da receita da Arcor vem do contrato com a Lumen.", REVENUE,
         "pt", "en", "fail"),
        # A share's holder after it, the passive's agent.
        ("Die Messe trägt 60 Prozent, die Stadtwerke 40 Prozent.", ARENA, "de", "de", "fail"),
        ("Die Stadtwerke tragen 60 Prozent, die Messe 40 Prozent.", ARENA, "de", "de", "pass"),
        ("The fair owns 60% of the hall and the city 40%.",
         "The hall is held 60% by the city and 40% by the fair.", "en", "en", "fail"),
        ("The city owns 60% of the hall and the fair 40%.",
         "The hall is held 60% by the city and 40% by the fair.", "en", "en", "pass"),
        # A comparison the other way round.
        ("Herkömmliche Anlagen verbrauchen 40 Prozent weniger Strom als die von Kessler.",
         ENERGY, "de", "de", "fail"),
        ("Kessler verbraucht 40 Prozent weniger Strom als herkömmliche Anlagen.",
         ENERGY, "de", "de", "pass"),
        ("Conventional plants use 40% less power than the new plant.",
         "The new plant uses 40% less power than conventional plants.", "en", "en", "fail"),
        ("The new plant uses 40% less power than conventional plants.",
         "Compared with conventional plants, the new plant uses 40% less power.",
         "en", "en", "pass"),
        ("Les installations classiques consomment 40 % d'énergie en moins que la nouvelle.",
         "La nouvelle installation consomme 40 % d'énergie en moins que les installations "
         "classiques.", "fr", "fr", "fail"),
        ("La nouvelle installation consomme 40 % d'énergie en moins que les installations "
         "classiques.", "La nouvelle installation consomme 40 % d'énergie en moins que les "
         "installations classiques.", "fr", "fr", "pass"),
        ("Los procesos convencionales consumen un 40 % menos de energía que el nuevo proceso.",
         "El nuevo proceso consume un 40 % menos de energía que los procesos convencionales.",
         "es", "es", "fail"),
    ],
)  # fmt: skip
def test_holders_and_comparisons(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A name that is what a relative clause describes is no agent.
        ("Voxel是北辰集团在二〇一九年收购的软件公司。", ZH_BUY, "zh", "zh", "pass"),
        # A name after a place preposition, and one joined to it, is no agent.
        ("The 2005 attacks in Lagos and Accra killed over 40 people.",
         "In 2005, Ferro's men attacked the offices in Lagos and Accra, killing more than "
         "40 people.", "en", "en", "pass"),
        # A clitic object before the verb: its subject stands after it.
        ("Daniel Ortega tenía 19 años cuando lo mató Peter Lang.", KILLING, "es", "en", "pass"),
        # A comparison whose reference shares only a noun with the quote's reference.
        ("Die Anlage spart gegenüber dem Einschmelzen 40 Prozent Strom.", ENERGY,
         "de", "de", "pass"),
    ],
)  # fmt: skip
def test_no_agent_read(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
