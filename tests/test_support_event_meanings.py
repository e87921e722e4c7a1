"""A right date tied, across languages, to another event of a quote that dates several:
the statement's words are compared with each dated sentence of the quote by their shared
meanings ([event_meanings] of common.toml: 'opened', 'eröffnet', 'ouvert', 'abrió', 开张
are one key), so "a museum opened in 1961" fails against "… invented the folding kayak in
1961. In 1975 she opened a small museum", in whatever language either is written."""

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.periods import _han_place_skeletons
from factdb.engine.support.words import _meaning_keys, _meaning_of

EN = (
    "Anna Berg invented the folding kayak in 1961. In 1975 she opened a small museum "
    "in Bergen, next to the old boatyard."
)
ES = (
    "Ana Berg inventó el kayak plegable en 1961. En 1975 abrió un pequeño museo en "
    "Bergen, junto al viejo astillero."
)


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "lang", "quote", "quote_lang"),
    [
        ("A museum opened in 1961.", "en", EN, "en"),
        ("1961 wurde ein Museum eröffnet.", "de", EN, "en"),
        ("Un musée a ouvert ses portes en 1961.", "fr", EN, "en"),
        ("1961年，一家博物馆开张了。", "zh", EN, "en"),
        ("A museum opened in 1961.", "en", ES, "es"),
        ("In 1975, the folding kayak was invented.", "en", ES, "es"),
    ],
)
def test_date_of_another_event_fails(
    statement: str, lang: str, quote: str, quote_lang: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "lang", "quote", "quote_lang"),
    [
        ("1975 wurde ein Museum eröffnet.", "de", EN, "en"),
        ("Un musée a ouvert ses portes en 1975.", "fr", EN, "en"),
        ("1975年，一家博物馆开张了。", "zh", EN, "en"),
        ("Anna Berg inventó el kayak plegable en 1961.", "es", EN, "en"),
        ("A museum opened in 1975.", "en", ES, "es"),
        ("Anna Berg invented the folding kayak in 1961.", "en", ES, "es"),
    ],
)
def test_right_paraphrase_passes(statement: str, lang: str, quote: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "pass"


def test_names_on_both_sides_leave_it_to_a_person() -> None:
    # The name goes with 1961, the museum and its opening with 1975: not sure either way.
    assert _status("Anna Berg eröffnete 1961 ein Museum.", "de", EN, "en") == "unverified"


def test_meaning_keys() -> None:
    assert _meaning_of("angegriffen") == ("attack",)
    assert _meaning_of("nationalmuseum") == ("museum",)  # the compound's head
    assert _meaning_of("waffengewalt") == ("arms", "violence")
    assert _meaning_of("islamistes") == ("islamist",)  # not 'isla', a whole word only
    assert _meaning_of("abril") == ()  # no 'abrió'
    text = "2015年3月18日，枪手袭击了博物馆"
    keys = _meaning_keys(text, 0, len(text), [(0, 10)])
    assert set(keys) == {"=arms", "=attack", "=museum"}


# A right figure tied to another event or thing of a quote with several figures: the
# statement's words are compared, by meaning, with each figure's sentence (or clause).
FIRE = (
    "Police said 14 people died in the hotel fire. In a separate attack on the museum, "
    "gunmen wounded 3 guards."
)
FUEGO = (
    "La policía dijo que 14 personas murieron en el incendio del hotel. En otro ataque "
    "contra el museo, unos hombres armados hirieron a 3 guardias."
)
COPTS = "The militia beheaded 40 prisoners, 12 of them Egyptian Copts, near the border."


@pytest.mark.parametrize(
    ("statement", "lang", "quote", "quote_lang"),
    [
        ("Bewaffnete griffen das Museum an und verletzten 14 Wächter.", "de", FIRE, "en"),
        ("Des hommes armés ont attaqué le musée et blessé 14 gardiens.", "fr", FIRE, "en"),
        ("枪手袭击博物馆，造成14人受伤。", "zh", FIRE, "en"),
        ("Gunmen attacked the museum and wounded 14 visitors.", "en", FUEGO, "es"),
    ],
)
def test_figure_of_another_event_fails(
    statement: str, lang: str, quote: str, quote_lang: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(
    ("statement", "lang", "quote", "quote_lang"),
    [
        ("14 Menschen starben beim Brand im Hotel.", "de", FIRE, "en"),
        ("酒店火灾中有14人死亡。", "zh", FIRE, "en"),
        ("Des hommes armés ont attaqué le musée et blessé 3 gardiens.", "fr", FIRE, "en"),
        ("14 people died in the hotel fire.", "en", FUEGO, "es"),
        (
            "Los milicianos decapitaron a 40 prisioneros, 12 de ellos coptos egipcios.",
            "es",
            COPTS,
            "en",
        ),
    ],
)
def test_figure_right_paraphrase_passes(
    statement: str, lang: str, quote: str, quote_lang: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == "pass"


def test_figure_of_another_clause_is_for_a_person() -> None:
    # 40 are the prisoners, 12 the Copts: the statement's Copts go with 12's clause.
    assert _status("民兵斩首了40名埃及科普特人。", "zh", COPTS, "en") == "unverified"
    assert _status("Die Miliz enthauptete 40 ägyptische Kopten.", "de", COPTS, "en") == "unverified"


# A place a Chinese statement writes in characters, met by the Latin name's consonants.
SEALS = "Rescuers counted 12 seals on Milford Beach, and 30 seals near Tasman Bay."
FOCAS = "Los rescatistas contaron 12 focas en la playa Milford y 30 focas cerca de la bahía Tasman."


@pytest.mark.parametrize("quote", [SEALS, FOCAS])
def test_han_place_of_another_count_fails(quote: str) -> None:
    lang = "en" if quote is SEALS else "es"
    assert _status("塔斯曼湾有12只海豹。", quote, "zh", lang) == "fail"
    assert _status("塔斯曼湾有30只海豹。", quote, "zh", lang) == "pass"
    assert _status("米尔福德海滩有12只海豹。", quote, "zh", lang) == "pass"


def test_han_place_skeletons() -> None:
    text = "查塔姆群岛有51头"
    assert _han_place_skeletons(text, 0, len(text)) == {"tm"}
