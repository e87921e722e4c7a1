"""[event_meanings] verbs that date a company's, a person's or a work's events: founded and
sold, opened and closed, won and lost, born and died, wrote and published, built and
moved, married. Across languages the statement's verb and the name it goes with tie its
date to the quote's sentence that tells the same event: "Berger vendió la cervecería a
Heineken en 1994" fails against "… founded the brewery in Passau in 1994. In 2011, Berger
sold the brewery to Heineken."."""

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.words import _meaning_of

_BREWERY = (
    "Klaus Berger founded the brewery in Passau in 1994. In 2011, Berger sold the brewery "
    "to Heineken."
)
_PLANT = (
    "The Hartmann steel plant opened in Duisburg in 1987. Hartmann closed the plant in "
    "2009, blaming Chinese imports."
)
_TITLE = (
    "Maria Lopes won the national title in Lisbon in 2015. In 2018 Lopes lost the final to "
    "Serena Diaz."
)
_NOVEL = "Orwell wrote the novel on Jura in 1948. Secker published the novel in 1949."
_LIFE = "Ada Lindqvist was born in Uppsala in 1931. Lindqvist died in Stockholm in 2004."
_CLUB_DE = (
    "Der Verein wurde 1921 in Bochum gegründet. 1998 gewann der Verein die Meisterschaft "
    "gegen Köln."
)
_WRITER_ES = (
    "La escritora Ana Ruiz nació en Sevilla en 1940. Ruiz publicó su primera novela con "
    "Anagrama en 1968."
)
_COACH = "Rovers hired Tom Reed as coach in 2012. Rovers fired Reed in 2014 after a run of defeats."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Founded and sold.
        ("Berger vendió la cervecería a Heineken en 1994.", "es", _BREWERY, "en", "fail"),
        ("Berger vendió la cervecería a Heineken en 2011.", "es", _BREWERY, "en", "pass"),
        ("Berger a vendu la brasserie à Heineken en 1994.", "fr", _BREWERY, "en", "fail"),
        ("Klaus Berger gründete 2011 in Passau eine Brauerei.", "de", _BREWERY, "en", "fail"),
        ("Berger于1994年将啤酒厂出售给Heineken。", "zh", _BREWERY, "en", "fail"),
        # Closed, with the imports blamed.
        ("Hartmann fechou a fábrica em 1987 por causa das importações chinesas.", "pt", _PLANT,
         "en", "fail"),
        ("Hartmann cerró la planta en 2009 por las importaciones chinas.", "es", _PLANT, "en",
         "pass"),
        ("Hartmannは中国からの輸入を理由に1987年に工場を閉鎖した。", "ja", _PLANT, "en", "fail"),
        # Won and lost.
        ("Lopes verlor 2015 das Finale gegen Serena Diaz.", "de", _TITLE, "en", "fail"),
        ("Lopes perdió la final ante Serena Diaz en 2018.", "es", _TITLE, "en", "pass"),
        ("Lopes于2015年在决赛中输给了Serena Diaz。", "zh", _TITLE, "en", "fail"),
        # Wrote and published.
        ("Secker a publié le roman en 1948.", "fr", _NOVEL, "en", "fail"),
        ("Secker publicó la novela en 1949.", "es", _NOVEL, "en", "pass"),
        ("Secker于1948年出版了这部小说。", "zh", _NOVEL, "en", "fail"),
        # Born and died.
        ("Ada Lindqvist nasceu em Uppsala em 2004.", "pt", _LIFE, "en", "fail"),
        ("Ada Lindqvist est née à Uppsala en 1931.", "fr", _LIFE, "en", "pass"),
        ("Lindqvist于1931年在Stockholm去世。", "zh", _LIFE, "en", "fail"),
        ("Lindqvistは2004年にStockholmで死去した。", "ja", _LIFE, "en", "pass"),
        # A German quote: founded and won.
        ("The club won the championship against Köln in 1921.", "en", _CLUB_DE, "de", "fail"),
        ("O clube ganhou o campeonato contra o Köln em 1998.", "pt", _CLUB_DE, "de", "pass"),
        # A Spanish quote: born and published.
        ("Ruiz published her first novel with Anagrama in 1940.", "en", _WRITER_ES, "es", "fail"),
        ("Ruiz a publié son premier roman chez Anagrama en 1968.", "fr", _WRITER_ES, "es",
         "pass"),
        # A coach fired by name ([staffing] dismissed): no hiring against the firing.
        ("Rovers despidió a Reed en 2014.", "es", _COACH, "en", "pass"),
        ("Rovers entließ Reed 2014.", "de", _COACH, "en", "pass"),
    ],
)  # fmt: skip
def test_an_event_verb_ties_the_date_to_its_sentence(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "word, meaning",
    [
        ("vendió", "sell"),
        ("verkaufte", "sell"),
        ("geschlossen", "close"),
        ("fechou", "close"),
        ("nasceu", "born"),
        ("veröffentlichte", "publish"),
        ("épousé", "marry"),
        ("importações", "imports"),
    ],
)
def test_event_verbs_have_meanings(word: str, meaning: str) -> None:
    assert meaning in _meaning_of(word)


@pytest.mark.parametrize("word", ["vendredi", "schließlich", "important", "fecha", "soldier"])
def test_look_alikes_are_not_those_verbs(word: str) -> None:
    """'vendredi' (Friday), 'schließlich' (finally), 'important', 'fecha' (a date in
    Spanish) and 'soldier' are none of these verbs."""
    assert not {"sell", "close", "imports"} & set(_meaning_of(word))
