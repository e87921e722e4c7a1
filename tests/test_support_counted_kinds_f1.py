"""Counted things that are never one another ([counted] in each language's data file),
read across languages too: athletes against spectators, rifles against shotguns against
handguns, schools against their pupils. The same figure said of another of these things is
another fact ("450 spectators" for "450 Athleten", "trois fusils de chasse" for "three
rifles", "10 % of schools" for "10 % der Schüler"); right translations, a noun outside the
lists and a figure whose noun is the same thing in another word still pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Athletes and spectators.
        (
            "Some 300 spectators watched the relay.",
            "Around 300 athletes ran the relay on Sunday.",
            "en",
            "en",
            "fail",
        ),
        (
            "Some 300 athletes ran the relay.",
            "Around 300 athletes ran the relay on Sunday.",
            "en",
            "en",
            "pass",
        ),
        (
            "Rund 300 Zuschauer sahen das Finale.",
            "Around 300 athletes took part in the final.",
            "de",
            "en",
            "fail",
        ),
        (
            "Rund 300 Sportlerinnen und Sportler liefen mit.",
            "Around 300 athletes took part in the relay.",
            "de",
            "en",
            "pass",
        ),
        (
            "Environ 300 spectateurs ont assisté au relais.",
            "Beim Staffellauf waren rund 300 Athletinnen und Athleten am Start.",
            "fr",
            "de",
            "fail",
        ),
        (
            "Environ 300 athlètes ont couru le relais.",
            "Beim Staffellauf waren rund 300 Athletinnen und Athleten am Start.",
            "fr",
            "de",
            "pass",
        ),
        (
            "Unos 300 espectadores vieron la final.",
            "Rund 300 Zuschauer sahen das Finale im Stadion.",
            "es",
            "de",
            "pass",
        ),
        (
            "Unos 300 atletas corrieron la final.",
            "Rund 300 Zuschauer sahen das Finale im Stadion.",
            "es",
            "de",
            "fail",
        ),
        # Spectators are visitors of an event.
        (
            "About 300 visitors came to the final.",
            "Rund 300 Zuschauer sahen das Finale im Stadion.",
            "en",
            "de",
            "pass",
        ),
        # A noun outside the lists says nothing against them.
        (
            "Some 300 people ran the relay.",
            "Around 300 athletes ran the relay on Sunday.",
            "en",
            "en",
            "pass",
        ),
        # Long guns of two kinds and handguns.
        (
            "The police seized four shotguns.",
            "The police seized four rifles and a pistol.",
            "en",
            "en",
            "fail",
        ),
        (
            "The police seized four rifles.",
            "The police seized four rifles and a pistol.",
            "en",
            "en",
            "pass",
        ),
        (
            "La police a saisi quatre fusils de chasse.",
            "The police seized four rifles and a pistol.",
            "fr",
            "en",
            "fail",
        ),
        (
            "La police a saisi quatre carabines.",
            "The police seized four rifles and a pistol.",
            "fr",
            "en",
            "pass",
        ),
        # "fusils" alone names a long gun of either kind: no judgement.
        (
            "La police a saisi quatre fusils.",
            "The police seized four shotguns and a pistol.",
            "fr",
            "en",
            "pass",
        ),
        (
            "La policía incautó cuatro escopetas y dos pistolas.",
            "Die Polizei stellte vier Gewehre und zwei Pistolen sicher.",
            "es",
            "de",
            "fail",
        ),
        (
            "La policía incautó cuatro rifles y dos pistolas.",
            "Die Polizei stellte vier Gewehre und zwei Pistolen sicher.",
            "es",
            "de",
            "pass",
        ),
        (
            "A polícia apreendeu quatro pistolas.",
            "La police a saisi quatre carabines.",
            "pt",
            "fr",
            "fail",
        ),
        (
            "A polícia apreendeu quatro carabinas.",
            "La police a saisi quatre carabines.",
            "pt",
            "fr",
            "pass",
        ),
        # Two counts of two kinds, each given to the other kind.
        (
            "Er besaß vier Schrotflinten und zwei Gewehre.",
            "He owned four rifles and two shotguns.",
            "de",
            "en",
            "fail",
        ),
        (
            "Er besaß vier Gewehre und zwei Schrotflinten.",
            "He owned four rifles and two shotguns.",
            "de",
            "en",
            "pass",
        ),
        # Schools and pupils.
        (
            "About 8% of schools in the region are private.",
            "Rund 8 % der Schüler der Region besuchen eine Privatschule.",
            "en",
            "de",
            "fail",
        ),
        (
            "About 8% of pupils in the region attend a private school.",
            "Rund 8 % der Schüler der Region besuchen eine Privatschule.",
            "en",
            "de",
            "pass",
        ),
        (
            "Environ 8 % des élèves de la région vont dans le privé.",
            "Rund 8 % der Schülerinnen und Schüler der Region besuchen eine Privatschule.",
            "fr",
            "de",
            "pass",
        ),
        (
            "Environ 8 % des écoles de la région sont privées.",
            "Rund 8 % der Schülerinnen und Schüler der Region besuchen eine Privatschule.",
            "fr",
            "de",
            "fail",
        ),
        (
            "Cerca del 8 % de los estudiantes de la región va a una escuela privada.",
            "About 8% of students in the region attend a private school.",
            "es",
            "en",
            "pass",
        ),
        (
            "Cerca del 8 % de las escuelas de la región son privadas.",
            "About 8% of students in the region attend a private school.",
            "es",
            "en",
            "fail",
        ),
        # A school's count of pupils: the noun said after its figure decides.
        (
            "The 12 schools of the district teach 4,000 pupils.",
            "Die 12 Schulen des Kreises unterrichten 4.000 Schüler.",
            "en",
            "de",
            "pass",
        ),
    ],
)
def test_a_figure_of_another_counted_thing(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_HARBOUR = (
    "Die Hafen GmbH wird zu 60 Prozent von der Landeshauptstadt Kiel und zu 40 Prozent vom "
    "Bund getragen."
)


@pytest.mark.parametrize(
    "statement, lang, status",
    [
        ("The federal government holds 60% of Hafen GmbH and the city 40%.", "en", "fail"),
        ("The city holds 60% of Hafen GmbH and the federal government 40%.", "en", "pass"),
        ("Le Bund détient 60 % de Hafen GmbH et la ville 40 %.", "fr", "fail"),
        ("La ville détient 60 % de Hafen GmbH et l'État fédéral 40 %.", "fr", "pass"),
        ("La federación posee el 60 % de Hafen GmbH y la ciudad el 40 %.", "es", "fail"),
        ("La ciudad posee el 60 % de Hafen GmbH y la federación el 40 %.", "es", "pass"),
    ],
)
def test_a_capital_holds_the_city_share(statement: str, lang: str, status: str) -> None:
    """A share held "von der Landeshauptstadt" is the city's ([holders] city): two shares
    given the other way round across languages fail, the right way round pass."""
    got, reason = _status(statement, _HARBOUR, lang, "de")
    assert got == status, reason


_SURVIVED_EN = "40 passengers survived the crash while 3 died."
_CRASH_EN = "The bus crash killed 23 people, among them 8 children, on Monday night."
_CRASH_ZH = "周一晚上的大巴事故造成23人死亡，其中8名儿童。"
_SCHOOL_DE = "Beim Brand in der Schule starben 23 Kinder und 8 Lehrer."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # The statement's noun is another figure's in the quote.
        ("The bus crash killed 23 people.", "en", _CRASH_EN, "en", "pass"),
        ("L'accident de bus a tué 23 enfants.", "fr", _CRASH_EN, "en", "fail"),
        ("L'accident de bus a tué 8 enfants.", "fr", _CRASH_EN, "en", "pass"),
        ("Bei dem Busunglück starben 23 Kinder.", "de", _CRASH_EN, "en", "fail"),
        ("Bei dem Busunglück starben 23 Menschen.", "de", _CRASH_EN, "en", "pass"),
        ("El accidente de autobús mató a 23 niños.", "es", _CRASH_EN, "en", "fail"),
        ("大巴事故造成23名儿童死亡。", "zh", _CRASH_EN, "en", "fail"),
        ("大巴事故造成8名儿童死亡。", "zh", _CRASH_EN, "en", "pass"),
        ("The bus crash killed 23 children.", "en", _CRASH_ZH, "zh", "fail"),
        ("The bus crash killed 8 children.", "en", _CRASH_ZH, "zh", "pass"),
        # Each figure with its own noun: the statement's noun after the quote's own figure.
        ("23 children died in the school fire.", "en", _SCHOOL_DE, "de", "pass"),
        ("23 teachers died in the school fire.", "en", _SCHOOL_DE, "de", "fail"),
        ("Murieron 23 niños en el incendio de la escuela.", "es", _SCHOOL_DE, "de", "pass"),
        ("Murieron 23 profesores en el incendio de la escuela.", "es", _SCHOOL_DE, "de", "fail"),
        ("Murieron 23 personas en el incendio de la escuela.", "es", _SCHOOL_DE, "de", "pass"),
        ("Huit enseignants sont morts dans l'incendie.", "fr", _SCHOOL_DE, "de", "pass"),
        # A figure with no noun of its own after it ("while 3 died": the passengers left
        # unsaid) is the statement's, not another noun's.
        ("Tres pasajeros murieron en el accidente.", "es", _SURVIVED_EN, "en", "pass"),
        ("Trois passagers sont morts dans l'accident.", "fr", _SURVIVED_EN, "en", "pass"),
        ("Vierzig Passagiere starben bei dem Unfall.", "de", _SURVIVED_EN, "en", "fail"),
    ],
)
def test_a_noun_the_quote_gives_to_another_figure(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    """[counted_nouns]: a noun the quote in another language says after another of its
    figures, its own figure counting something else, ties the statement's figure to that
    other figure."""
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


_VACCINES_DE = "Geimpft sind 30 Prozent der Erwachsenen und 12 Prozent der Kinder."
_CLASH_EN = "Three civilians and two soldiers were killed in the clash."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Two counts, each said of the other's noun.
        ("Trois soldats et deux civils ont été tués.", "fr", _CLASH_EN, "en", "fail"),
        ("Trois civils et deux soldats ont été tués.", "fr", _CLASH_EN, "en", "pass"),
        ("Murieron tres soldados y dos civiles.", "es", _CLASH_EN, "en", "fail"),
        ("Murieron tres civiles y dos soldados.", "es", _CLASH_EN, "en", "pass"),
        ("Drei Soldaten und zwei Zivilisten wurden getötet.", "de", _CLASH_EN, "en", "fail"),
        ("Drei Zivilisten und zwei Soldaten wurden getötet.", "de", _CLASH_EN, "en", "pass"),
        # A share whose noun the quote says after another share.
        ("30% of children are vaccinated.", "en", _VACCINES_DE, "de", "fail"),
        ("El 30 % de los niños está vacunado.", "es", _VACCINES_DE, "de", "fail"),
        ("30 % des enfants sont vaccinés.", "fr", _VACCINES_DE, "de", "fail"),
    ],
)
def test_nouns_tie_counts_across_languages(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    """[counted_nouns] tie each of two counts to its own noun across languages, a
    statement that says the other figure of another noun too (the two swapped) among
    them."""
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
