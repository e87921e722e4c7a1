"""Roles swapped and counted nouns substituted (issue-L): a giver whose recipient stands far
after the verb of giving, a thing given with words of its own between ("transferred the
nominal ownership of the SpiderMonkey code and project to Dave Mandelin"); the counts of two
groups swapped where a second count joins the first with a word for one ("tres agricultores
y un carabinero": [counted_noun_second]), farmers and police, companies and teams apart
([counted_noun_apart]); a named group of people put in a quote's count of bare "people"
([counted_noun_named_groups]: "nine police officers" for "nine people"), not a country's
inhabitants; the kinship of a person whose age two languages give ([kinship]: "sein
22-jähriger Enkel" for "his 22-year-old son"); and "others" after a count, which counts what
the count before it counts ("Two gunmen died, and three others may have escaped": the three
are gunmen too). Right paraphrases still pass."""

import pytest

from factdb.engine.support import claim_supported

_EICH = (
    "In 2011, Eich transferred the nominal ownership of the SpiderMonkey code and project "
    "to Dave Mandelin."
)
_FOMENTO = (
    "la Sociedad de Fomento Agrícola denunció en 2014 que los insurrectos causaron daños por "
    "10 millones de dólares y la muerte de tres agricultores y un carabinero a lo largo de "
    "15 años"
)
_PARATA = "Parata and his 22-year-old son, Te Kaurinui Robert Parata, were called in to assist."
_GUNMEN = "Two gunmen died, and three others may have escaped, officials said."


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


def _assert_status(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, on_fail: str = ""
) -> None:
    """The engine gives `status`; a fail's reason names `on_fail`."""
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason
    if status == "fail":
        assert on_fail in reason, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status, named",
    [
        # A recipient far after the verb of giving.
        (
            "In 2011 Dave Mandelin handed SpiderMonkey's ownership to Eich.",
            _EICH,
            "en",
            "en",
            "fail",
            "Dave Mandelin",
        ),
        (
            "In 2011 Eich handed SpiderMonkey's ownership to Dave Mandelin.",
            _EICH,
            "en",
            "en",
            "pass",
            None,
        ),
        (
            "En 2011, Dave Mandelin a transféré la propriété de SpiderMonkey à Eich.",
            _EICH,
            "fr",
            "en",
            "fail",
            "Dave Mandelin",
        ),
        (
            "En 2011, Dave Mandelin transfirió la propiedad de SpiderMonkey a Eich.",
            _EICH,
            "es",
            "en",
            "fail",
            "Dave Mandelin",
        ),
        (
            "2011 übergab Dave Mandelin die Verantwortung für SpiderMonkey an Eich.",
            _EICH,
            "de",
            "en",
            "fail",
            "Dave",
        ),
        (
            "2011 übergab Eich die Verantwortung für SpiderMonkey an Dave Mandelin.",
            _EICH,
            "de",
            "en",
            "pass",
            None,
        ),
        # The killings of the "last 20 years" stay far from the place after them.
        (
            "The 2002 Djerba synagogue bombing killed 20 people.",
            "The last major attack on a civilian target in Tunisia was in 2002, when al-Qaeda "
            "militants killed more than 20 people in a car bombing outside a synagogue in the "
            "city of Djerba.",
            "en",
            "en",
            "warn",
            None,
        ),
    ],
)
def test_giver_far_from_recipient(
    statement: str, quote: str, lang: str, quote_lang: str, status: str, named: str | None
) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason
    if named:
        assert named in reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "The farmers' society reported one farmer and three police officers killed over "
            "15 years.",
            _FOMENTO,
            "en",
            "es",
            "fail",
        ),
        (
            "The farmers' society reported three farmers and one police officer killed over "
            "15 years.",
            _FOMENTO,
            "en",
            "es",
            "pass",
        ),
        (
            "The rebels killed three farmers and one police officer.",
            "The rebels killed three police officers and one farmer.",
            "en",
            "en",
            "fail",
        ),
        (
            "Die Rebellen töteten drei Landwirte und einen Polizisten.",
            "Die Rebellen töteten drei Polizisten und einen Landwirt.",
            "de",
            "de",
            "fail",
        ),
        (
            "Die Rebellen töteten drei Landwirte und einen Polizisten.",
            "Die Rebellen töteten drei Landwirte und einen Polizisten.",
            "de",
            "de",
            "pass",
        ),
        (
            "Los rebeldes mataron a tres campesinos y un policía.",
            "Les rebelles ont tué trois policiers et un agriculteur.",
            "es",
            "fr",
            "fail",
        ),
        (
            "The rebels killed three farmers and one police officer.",
            "Los rebeldes mataron a tres agricultores y un carabinero.",
            "en",
            "es",
            "pass",
        ),
        # Companies are no teams.
        (
            "ATF serves 9,000 async tasks per second and is used by 28 outside companies.",
            "currently serving 9,000 async tasks scheduled per second and in use by 28 "
            "engineering teams internally",
            "en",
            "en",
            "fail",
        ),
        (
            "ATF is in use by 28 engineering teams.",
            "currently serving 9,000 async tasks scheduled per second and in use by 28 "
            "engineering teams internally",
            "en",
            "en",
            "pass",
        ),
        (
            "Das Tool wird von 28 Unternehmen genutzt.",
            "Das Tool wird von 28 Teams genutzt.",
            "de",
            "de",
            "fail",
        ),
        (
            "La herramienta la usan 28 empresas.",
            "The tool is used by 28 teams.",
            "es",
            "en",
            "fail",
        ),
    ],
)
def test_counts_of_groups_swapped(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Roof was found guilty of murdering nine police officers and attempting to kill "
            "three others.",
            "for murdering nine people and attempting to kill three others",
            "en",
            "en",
            "fail",
        ),
        (
            "Roof was found guilty of murdering nine people.",
            "for murdering nine people and attempting to kill three others",
            "en",
            "en",
            "pass",
        ),
        (
            "Roof was found guilty of murdering nine police officers.",
            "for murdering nine people, all of them police officers",
            "en",
            "en",
            "pass",
        ),
        ("Roof tötete neun Polizisten.", "Roof tötete neun Menschen.", "de", "de", "fail"),
        ("Roof mató a nueve policías.", "Roof killed nine people.", "es", "en", "fail"),
        ("Roof a tué neuf personnes.", "Roof killed nine people.", "fr", "en", "pass"),
        # A country's people are its inhabitants.
        (
            "Tunisia has roughly 11 million inhabitants.",
            "Tunisia, a country of about 11 million people",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_named_group_for_people(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "Parata und sein 22-jähriger Enkel wurden zur Hilfe gerufen.",
            _PARATA,
            "de",
            "en",
            "fail",
        ),
        ("Parata und sein 22-jähriger Sohn wurden zur Hilfe gerufen.", _PARATA, "de", "en", "pass"),
        ("Parata et son petit-fils, âgé de 22 ans, ont été appelés.", _PARATA, "fr", "en", "fail"),
        ("Parata et son fils, âgé de 22 ans, ont été appelés.", _PARATA, "fr", "en", "pass"),
        ("Parata y su nieto, de 22 años, fueron llamados.", _PARATA, "es", "en", "fail"),
        ("Parata y su hijo, de 22 años, fueron llamados.", _PARATA, "es", "en", "pass"),
        (
            "Parata and his 22-year-old grandson were called in.",
            "Parata und sein 22-jähriger Sohn wurden zur Hilfe gerufen.",
            "en",
            "de",
            "fail",
        ),
        ("Parata and his 22-year-old grandson were called in.", _PARATA, "en", "en", "fail"),
    ],
)
def test_kinship_across_languages(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            "According to officials, three additional gunmen might have fled after two "
            "attackers died.",
            _GUNMEN,
            "en",
            "en",
            "pass",
        ),
        ("Three gunmen died.", _GUNMEN, "en", "en", "fail"),
        (
            "Drei weitere Angreifer könnten geflohen sein, nachdem zwei Angreifer starben.",
            "Zwei Angreifer starben, drei weitere könnten geflohen sein.",
            "de",
            "de",
            "pass",
        ),
        ("Trois autres assaillants ont peut-être fui.", _GUNMEN, "fr", "en", "pass"),
    ],
)
def test_others_count_the_noun_before(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status)


_TITE = (
    "o técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012, "
    "conquistada pelo Corinthians, ao ex-presidente Luiz Inácio Lula da Silva."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The recipient far after the verb, after a title ("ao ex-presidente Luiz Inácio Lula").
        ("Lula llevó la copa de la Libertadores de 2012 a Tite.", _TITE, "es", "pt", "fail"),
        ("Tite llevó la copa de la Libertadores de 2012 a Lula.", _TITE, "es", "pt", "pass"),
        ("Lula took the 2012 Libertadores trophy to Tite.", _TITE, "en", "pt", "fail"),
        (
            "Lula took the trophy to Tite in 2012.",
            "In 2012, Tite took the trophy to former president Lula.",
            "en",
            "en",
            "fail",
        ),
        (
            "Tite took the trophy to Lula in 2012.",
            "In 2012, Tite took the trophy to former president Lula.",
            "en",
            "en",
            "pass",
        ),
        # A German clause of the perfect: the name before its auxiliary gives.
        (
            "Tite sagte, Lula habe ihm 2012 den Libertadores-Pokal gebracht.",
            _TITE,
            "de",
            "pt",
            "fail",
        ),
        (
            "Tite sagte, er habe Lula 2012 den Libertadores-Pokal gebracht.",
            _TITE,
            "de",
            "pt",
            "pass",
        ),
        ("Tite hat Lula 2012 den Libertadores-Pokal gebracht.", _TITE, "de", "pt", "pass"),
    ],
)
def test_giver_of_a_trophy(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status, "Lula")


_TITE_SHORT = (
    "o técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012, "
    "conquistada pelo Corinthians"
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The statement's recipient is the quote's giver; its giver the quote names nowhere.
        ("Lula llevó la copa de la Libertadores 2012 a Tite.", _TITE_SHORT, "es", "pt", "fail"),
        ("Tite llevó la copa de la Libertadores 2012 a Lula.", _TITE_SHORT, "es", "pt", "pass"),
        (
            "Lula levou a taça da Libertadores de 2012 ao técnico Tite.",
            _TITE_SHORT,
            "pt",
            "pt",
            "fail",
        ),
        ("Lula gave the 2012 Libertadores trophy to Tite.", _TITE_SHORT, "en", "pt", "fail"),
        (
            "Lula a apporté la coupe de la Libertadores 2012 à Tite.",
            _TITE_SHORT,
            "fr",
            "pt",
            "fail",
        ),
        (
            "In 2015 Cannon donated $500 to Yagan.",
            "In 2015, Yagan donated $500 to the school.",
            "en",
            "en",
            "fail",
        ),
        (
            "In 2015 Cannon donated $500 to Yagan.",
            "In 2015, Yagan received $500.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_recipient_given_as_giver(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status, "is the giver")


_EMBARGO = "In 1997, President Bill Clinton imposed a comprehensive trade embargo against Sudan"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Who imposed a sanction on whom, a country named in each text's own language.
        (
            "En 1997, le Soudan a imposé un embargo commercial aux États-Unis.",
            _EMBARGO,
            "fr",
            "en",
            "fail",
        ),
        (
            "En 1997, les États-Unis ont imposé un embargo commercial au Soudan.",
            _EMBARGO,
            "fr",
            "en",
            "pass",
        ),
        (
            "In 1997 Sudan imposed a trade embargo on the United States.",
            _EMBARGO,
            "en",
            "en",
            "fail",
        ),
        ("In 1997 Clinton imposed a trade embargo on Sudan.", _EMBARGO, "en", "en", "pass"),
        (
            "1997 verhängte der Sudan ein Handelsembargo gegen die USA.",
            _EMBARGO,
            "de",
            "en",
            "fail",
        ),
        (
            "En 1997, Sudán impuso un embargo comercial a Estados Unidos.",
            _EMBARGO,
            "es",
            "en",
            "fail",
        ),
        (
            "En 1997, Estados Unidos impuso un embargo comercial a Sudán.",
            _EMBARGO,
            "es",
            "en",
            "pass",
        ),
    ],
)
def test_sanction_imposed_the_other_way(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status, "is the one sanctioned")


_DEEPMIND = (
    "谷歌(微博) 在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识"
    "并利用这些知识来回答问题的计算机。"
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A company's name in katakana, Chinese characters or Latin letters ([name_forms]).
        ("ディープマインドは2014年にグーグルを買収した。", _DEEPMIND, "ja", "zh", "fail"),
        ("グーグルは2014年にディープマインドを買収した。", _DEEPMIND, "ja", "zh", "pass"),
        (
            "2014年、ディープマインドがグーグルを買収した。",
            "Google acquired DeepMind in 2014.",
            "ja",
            "en",
            "fail",
        ),
        (
            "2014年、グーグルがディープマインドを買収した。",
            "Google acquired DeepMind in 2014.",
            "ja",
            "en",
            "pass",
        ),
        (
            "DeepMind acquired Google in 2014.",
            "2014年、グーグルがディープマインドを買収した。",
            "en",
            "ja",
            "fail",
        ),
        (
            "Google acquired DeepMind in 2014.",
            "2014年、グーグルがディープマインドを買収した。",
            "en",
            "ja",
            "pass",
        ),
        (
            "2014 übernahm DeepMind Google.",
            "2014年、グーグルがディープマインドを買収した。",
            "de",
            "ja",
            "fail",
        ),
    ],
)
def test_buyer_named_in_another_script(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    _assert_status(statement, quote, lang, quote_lang, status)
