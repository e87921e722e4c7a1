"""Antonyms the [polarity] tables missed, and a word of the statement replaced in the same
frame by another of its kind (holdout46 half a: de-wapo-h46-023, en-wapo-h46-595,
pt-folha-h46-093, en-nytimes-h46-142, en-dropbox-h46-163, en-reuters-h46-617,
en-npr-h46-631, en-guardian-h46-159, en-gmw-h46-110, zh-gmw-h46-157, en-aktualne-h46-548,
zh-toc-h46-447; en-reuters-h46-146, en-wapo-h46-160, en-npr-h46-630, de-bmjv-h46-165,
en-stackoverflow-h46-148).

Antonym groups (each a [polarity] group of its own, the same names in every language):
ballot (elected against ousted or voted out), accuracy (right against wrong), listing (put on
a list against taken off it), acceptance (accept against reject), contest (winners against
losers, a win against a loss by a score), motion (into against out of), vitality (a live
animal against a dead one), finding (found against none found), covariation (zh, ja: an
effect growing with something against none). A negation a sentence away negates no
predicate ("Em 2012 eu errei. Ele não era presidente").

Substitutions (`_substituted_word`): a member of a closed set ([substitution_sets]:
kinship, nationality, role, institution, life) replaced by another member between the same
words fails; a run of a longer name replaced by another ("2020 Producers Guild Awards"
against "2020 Screen Actors Guild Awards") is unverified; abbreviations, shortenings and
spellings of a name, and names outside a longer name, are left alone."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str | None = None) -> str:
    return claim_supported(
        statement, [quote], statement_lang=lang, quote_lang=quote_lang or lang
    ).status


# (statement, its language, quote, the quote's language): each must fail.
ANTONYMS = [
    # ballot
    (
        "In 2014 voters ousted a government led by the party.",
        "en",
        "In 2014, voters had elected a government led by the party",
        "en",
    ),
    (
        "In 2014 voters voted the government out.",
        "en",
        "In 2014, voters elected the government",
        "en",
    ),
    (
        "2014 wählten die Wähler die Regierung ab.",
        "de",
        "In 2014, voters elected the government",
        "en",
    ),
    (
        "En 2014, les électeurs ont renversé le gouvernement.",
        "fr",
        "En 2014, les électeurs ont élu le gouvernement.",
        "fr",
    ),
    (
        "En 2014 los votantes derrocaron al gobierno.",
        "es",
        "In 2014, voters elected the government",
        "en",
    ),
    # accuracy
    (
        "The coach says he got it right in 2012.",
        "en",
        "In 2012 I got it wrong, the coach said",
        "en",
    ),
    ("O técnico diz que em 2012 errou.", "pt", "Em 2012 eu acertei.", "pt"),
    ("El técnico dice que en 2012 acertó.", "es", "En 2012 me equivoqué.", "es"),
    (
        "Der Trainer sagt, er habe 2012 recht gehabt.",
        "de",
        "In 2012 I got it wrong, the coach said",
        "en",
    ),
    # listing
    (
        "In 2010 the US offered to put Sudan on the terrorist list.",
        "en",
        "In 2010 the US offered to take Sudan off the terrorist list",
        "en",
    ),
    (
        "En 2010, les États-Unis ont proposé d'inscrire le Soudan sur la liste des terroristes.",
        "fr",
        "In 2010 the US offered to take Sudan off the terrorist list",
        "en",
    ),
    (
        "Em 2010 os EUA propuseram retirar o Sudão da lista de terroristas.",
        "pt",
        "Em 2010 os EUA propuseram incluir o Sudão na lista de terroristas.",
        "pt",
    ),
    # acceptance
    (
        "The service rejects 99.9% of requests.",
        "en",
        "The service is 99.9% available to accept requests.",
        "en",
    ),
    (
        "Der Dienst lehnt 99,9 % der Anfragen ab.",
        "de",
        "The service accepts 99.9% of requests.",
        "en",
    ),
    (
        "El servicio acepta el 99,9 % de las solicitudes.",
        "es",
        "El servicio rechaza el 99,9 % de las solicitudes.",
        "es",
    ),
    # contest
    (
        "Reuters lists the key losers at the 2020 awards.",
        "en",
        "Key winners at the 2020 awards",
        "en",
    ),
    ("West Ham lost 4-1 at Villa Park.", "en", "Highlights from our 4-1 win at Villa Park", "en"),
    (
        "Die Verlierer der Preisverleihung 2020.",
        "de",
        "Die Gewinner der Preisverleihung 2020",
        "de",
    ),
    ("Os vencedores do prêmio de 2020.", "pt", "Key losers at the 2020 awards", "en"),
    # motion
    (
        "On June 18, 2015 he walked into the police department.",
        "en",
        "He is escorted from the Police Department on June 18, 2015.",
        "en",
    ),
    (
        "In 1969 Aldrin climbed back into the lunar module.",
        "en",
        "1969年，奥尔德林走出登月舱",
        "zh",
    ),
    (
        "En 1969, Aldrin est sorti du module lunaire.",
        "fr",
        "In 1969 Aldrin climbed back into the lunar module.",
        "en",
    ),
    # vitality
    (
        "A live whale had 1,000 pieces of plastic in its stomach.",
        "en",
        "Dead whale had 1,000 pieces of plastic in stomach",
        "en",
    ),
    (
        "Una ballena viva tenía 1.000 trozos de plástico en el estómago.",
        "es",
        "Dead whale had 1,000 pieces of plastic in stomach",
        "en",
    ),
    (
        "Ein toter Wal hatte 1.000 Plastikteile im Magen.",
        "de",
        "Ein lebender Wal hatte 1.000 Plastikteile im Magen.",
        "de",
    ),
    # finding
    (
        "核查笔记：把阈值提高到3时发现了异常。",
        "zh",
        "When we increased the threshold to 3 we did not identify any anomaly.",
        "en",
    ),
    (
        "With the threshold at 3 we found anomalies.",
        "en",
        "With the threshold at 3 no anomalies were found.",
        "en",
    ),
    (
        "Avec un seuil de 3, ils ont détecté des anomalies.",
        "fr",
        "Avec un seuil de 3, ils n'ont trouvé aucune anomalie.",
        "fr",
    ),
    (
        "Com o limiar em 3 não encontraram anomalias.",
        "pt",
        "With the threshold at 3 we found anomalies.",
        "en",
    ),
    # covariation
    (
        "1985年的研究认为酒精影响随海拔升高而增强。",
        "zh",
        "在1985年开展的关于酒精在不同海拔高度影响的研究中，研究人员得出结论，酒精的影响与海拔高度无关。",
        "zh",
    ),
]

# Right paraphrases: each must still pass.
KEPT = [
    (
        "In 2014 voters elected a government led by the party.",
        "en",
        "In 2014, voters had elected a government led by the party",
        "en",
    ),
    (
        "En 2014, les électeurs ont élu le gouvernement.",
        "fr",
        "In 2014, voters elected the government",
        "en",
    ),
    (
        "The coach says he got it wrong in 2012.",
        "en",
        "In 2012 I got it wrong, the coach said",
        "en",
    ),
    ("O técnico diz que em 2012 errou.", "pt", "Em 2012 eu errei. Ele não era presidente", "pt"),
    (
        "In 2010 the US offered to take Sudan off the terrorist list.",
        "en",
        "In 2010 the US offered to remove Sudan from the terrorist list",
        "en",
    ),
    (
        "The service accepts 99.9% of requests.",
        "en",
        "The service is 99.9% available to accept requests.",
        "en",
    ),
    ("Key winners at the 2020 awards.", "en", "Key winners at the 2020 awards", "en"),
    ("West Ham won 4-1 at Villa Park.", "en", "Highlights from our 4-1 win at Villa Park", "en"),
    (
        "A dead whale had 1,000 pieces of plastic in its stomach.",
        "en",
        "Dead whale had 1,000 pieces of plastic in stomach",
        "en",
    ),
    (
        "With the threshold at 3 we found no anomalies.",
        "en",
        "With the threshold at 3 no anomalies were found.",
        "en",
    ),
    (
        "核查笔记：把阈值提高到3时没有发现异常。",
        "zh",
        "When we increased the threshold to 3 we did not identify any anomaly.",
        "en",
    ),
    ("In 1969 Aldrin walked out of the lunar module.", "en", "1969年，奥尔德林走出登月舱", "zh"),
]

SUBSTITUTED_FAIL = [
    (
        "Sanders hid with her 11-year-old grandson.",
        "en",
        "cowering with her 11-year-old granddaughter",
        "en",
    ),
    (
        "The museum is famous for Greek mosaics housed in a 19th-century palace.",
        "en",
        "Housed in a 19th-century palace, the museum is famous for its Roman mosaics",
        "en",
    ),
    (
        "Jake is a client of Integer 32, the world's first Rust consultancy.",
        "en",
        "Jake is the co-founder of Integer 32, the world's first Rust consultancy.",
        "en",
    ),
    (
        "Verbraucher können sich an die Gerichte in den 16 Bundesländern wenden.",
        "de",
        "an die Verbraucherzentralen in den 16 Bundesländern wenden",
        "de",
    ),
    (
        "Sie lebt mit ihrem 11-jährigen Enkel zusammen.",
        "de",
        "Sie lebt mit ihrer 11-jährigen Enkelin zusammen",
        "de",
    ),
    (
        "El museo es famoso por sus mosaicos griegos del siglo 19.",
        "es",
        "El museo es famoso por sus mosaicos romanos del siglo 19.",
        "es",
    ),
    ("Elle vivait avec son fils de 11 ans.", "fr", "Elle vivait avec sa fille de 11 ans.", "fr"),
    ("Ela vive com o neto de 11 anos.", "pt", "Ela vive com a neta de 11 anos.", "pt"),
]

SUBSTITUTED_NAME = [
    (
        "Key winners at the 2020 Producers Guild Awards.",
        "en",
        "Key winners at the 2020 Screen Actors Guild Awards",
        "en",
    ),
    (
        "Die Sieger der 2020 Berliner Film Festspiele.",
        "de",
        "Die Sieger der 2020 Cannes Film Festspiele",
        "de",
    ),
]

SUBSTITUTED_KEPT = [
    (
        "Key winners at the 2020 SAG Awards.",
        "en",
        "Key winners at the 2020 Screen Actors Guild Awards",
        "en",
    ),
    (
        "In 1998 Bin Laden's operatives bombed the American embassies in Kenya, killing 200.",
        "en",
        "In 1998, Bin Laden’s agents blew up the United States Embassies in Kenya, killing 200.",
        "en",
    ),
    (
        "The giant kauri Tane Mahuta may be 2,000 years old.",
        "en",
        "threatening the giant Tāne Mahuta, which may be 2,000 years old",
        "en",
    ),
    (
        "She hid with her 11-year-old grandson.",
        "en",
        "cowering with her 11-year-old grandson",
        "en",
    ),
    (
        "In 2019 she moved in with her son and daughter.",
        "en",
        "In 2019 she moved in with her daughter and son.",
        "en",
    ),
    (
        "Die Regierung in den USA zahlte 2020 16 Milliarden.",
        "de",
        "Die Regierung in den Vereinigten Staaten zahlte 2020 16 Milliarden",
        "de",
    ),
    (
        "Thilo Brill führte das Feld von Anfang an und gewann in 3:53,99 Minuten.",
        "de",
        "Thilo Brill führte das Feld von Beginn an und siegte in 3:53,99 min.",
        "de",
    ),
    ("Elle vivait avec son fils de 11 ans.", "fr", "Elle vivait avec son fils de 11 ans.", "fr"),
]


@pytest.mark.parametrize(("statement", "lang", "quote", "quote_lang"), ANTONYMS)
def test_antonym_fails(statement: str, lang: str, quote: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(("statement", "lang", "quote", "quote_lang"), KEPT + SUBSTITUTED_KEPT)
def test_paraphrase_passes(statement: str, lang: str, quote: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "pass"


@pytest.mark.parametrize(("statement", "lang", "quote", "quote_lang"), SUBSTITUTED_FAIL)
def test_set_member_replaced_fails(statement: str, lang: str, quote: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(("statement", "lang", "quote", "quote_lang"), SUBSTITUTED_NAME)
def test_name_replaced_is_unverified(
    statement: str, lang: str, quote: str, quote_lang: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == "unverified"
