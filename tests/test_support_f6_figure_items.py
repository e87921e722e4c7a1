"""What a statement says of a figure the quote keeps but gives to another item (issue f6):
a quote's sentence that lists items of two sorts of figure each ("12,000 teachers were hired
in 2015 and 8,000 nurses in 2016") against a statement that joins the figures of two items
("12,000 teachers were hired in 2016"); and the noun right after the statement's figure that
the quote gives to another figure, when the verb after it is said once for both items
("12,000 nurses were hired"). Right paraphrases keep passing."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


_HIRED_EN = (
    "According to the ministry, 12,000 teachers were hired in 2015 and 8,000 nurses in 2016."
)
_HIRED_FR = (
    "Selon le ministère, 12 000 enseignants ont été recrutés en 2015 et 8 000 infirmiers en 2016."
)
_HIRED_ES = (
    "Según el ministerio, se contrataron 12.000 docentes en 2015 y 8.000 enfermeros en 2016."
)
_HIRED_DE = (
    "Laut Ministerium wurden 2015 rund 12.000 Lehrer eingestellt und 2016 etwa 8.000 Pflegekräfte."
)
_FUND_EN = (
    "The fund put 3 billion euros into wind farms in 2021 and 2 billion euros into railways "
    "in 2022."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A year of the other item.
        ("In 2016, 12,000 teachers were hired.", _HIRED_EN, "en", "en", "fail"),
        ("The fund put 3 billion euros into wind farms in 2022.", _FUND_EN, "en", "en", "fail"),
        ("En 2016 se contrataron 12.000 docentes.", _HIRED_ES, "es", "es", "fail"),
        ("2016 wurden rund 12.000 Lehrer eingestellt.", _HIRED_DE, "de", "de", "fail"),
        # The same item, in other words and another order.
        ("In 2015, 12,000 teachers were hired.", _HIRED_EN, "en", "en", "pass"),
        ("In 2021 the fund invested 3 billion euros in wind farms.", _FUND_EN, "en", "en", "pass"),
        ("2 billion euros went to railways in 2022.", _FUND_EN, "en", "en", "pass"),
        ("En 2015 se contrataron 12.000 docentes.", _HIRED_ES, "es", "es", "pass"),
        ("2015 wurden rund 12.000 Lehrer eingestellt.", _HIRED_DE, "de", "de", "pass"),
        ("8.000 enfermeros fueron contratados en 2016.", _HIRED_ES, "es", "es", "pass"),
        # Across languages, each figure of its own item passes.
        ("En 2015, 12 000 enseignants ont été recrutés.", _HIRED_EN, "fr", "en", "pass"),
        # Two sentences of the statement say each its own.
        ("Rund 12.000 Lehrer wurden eingestellt. 2016 war ein gutes Jahr.", _HIRED_DE, "de", "de",
         "pass"),
    ],
)  # fmt: skip
def test_a_figure_joined_to_the_figure_of_another_item(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The noun is the other figure's; the verb after it is said once for both items.
        ("12,000 nurses were hired.", _HIRED_EN, "en", "en", "fail"),
        ("3 billion euros went to railways.", _FUND_EN, "en", "en", "fail"),
        ("12 000 infirmiers ont été recrutés.", _HIRED_FR, "fr", "fr", "fail"),
        ("Se contrataron 12.000 enfermeros.", _HIRED_ES, "es", "es", "fail"),
        # Its own noun, whatever the verb.
        ("12,000 teachers were hired.", _HIRED_EN, "en", "en", "pass"),
        ("12 000 enseignants ont été recrutés.", _HIRED_FR, "fr", "fr", "pass"),
        ("The ministry took on 12,000 teachers.", _HIRED_EN, "en", "en", "pass"),
    ],
)  # fmt: skip
def test_the_noun_of_another_figure_before_a_verb_said_of_both(
    statement, quote, lang, quote_lang, status
):
    assert _status(statement, quote, lang, quote_lang) == status


_SPEED_EN = "Sequential read speed is up to 3,470 MB/s and sequential write speed up to 3,000 MB/s."
_SPEED_DE = (
    "Die Lesegeschwindigkeit beträgt bis zu 3.470 MB/s und die Schreibgeschwindigkeit bis zu "
    "3.000 MB/s."
)
_SPEED_FR = (
    "La vitesse de lecture séquentielle atteint 3 470 Mo/s et la vitesse d'écriture "
    "séquentielle 3 000 Mo/s."
)
_SEATS_EN = "The Greens won 22 seats and the Liberals won 14 seats."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Two figures swapped between the nouns said before them, the first item's noun in
        # the sentence's opening words.
        ("Sequential read speed is up to 3,000 MB/s and sequential write speed up to 3,470 MB/s.",
         _SPEED_EN, "en", "en", "fail"),
        ("Sequential read speed is up to 3,000 MB/s, write speed up to 3,470 MB/s.",
         _SPEED_EN, "en", "en", "fail"),
        ("Die Lesegeschwindigkeit beträgt bis zu 3.000 MB/s und die Schreibgeschwindigkeit bis "
         "zu 3.470 MB/s.", _SPEED_DE, "de", "de", "fail"),
        ("La vitesse de lecture séquentielle atteint 3 000 Mo/s et la vitesse d'écriture "
         "séquentielle 3 470 Mo/s.", _SPEED_FR, "fr", "fr", "fail"),
        ("The Greens won 14 seats and the Liberals won 22 seats.", _SEATS_EN, "en", "en", "fail"),
        # The items in another order, each with its own figure; one item alone.
        ("Sequential write speed is up to 3,000 MB/s and sequential read speed up to 3,470 MB/s.",
         _SPEED_EN, "en", "en", "pass"),
        ("Die Schreibgeschwindigkeit beträgt bis zu 3.000 MB/s, die Lesegeschwindigkeit bis zu "
         "3.470 MB/s.", _SPEED_DE, "de", "de", "pass"),
        ("La vitesse d'écriture séquentielle atteint 3 000 Mo/s et la vitesse de lecture "
         "séquentielle 3 470 Mo/s.", _SPEED_FR, "fr", "fr", "pass"),
        ("The Liberals won 14 seats and the Greens won 22 seats.", _SEATS_EN, "en", "en", "pass"),
        ("The Greens won 22 seats.", _SEATS_EN, "en", "en", "pass"),
        # In Japanese, the opening words said of all ("前者の") are no item's own.
        ("前者のライト速度は最大1700MB/sです。",
         "前者のリード速度が最大1700MB/s、ライト速度は最大2100MB/s、後者はそれぞれ最大1500MB/s、"
         "最大1200MB/sです。", "ja", "ja", "fail"),
        ("前者のリード速度は最大1700MB/sです。",
         "前者のリード速度が最大1700MB/s、ライト速度は最大2100MB/s、後者はそれぞれ最大1500MB/s、"
         "最大1200MB/sです。", "ja", "ja", "pass"),
        # Across languages the words are not compared: the figures pass.
        ("Die Grünen gewannen 22 Sitze und die Liberalen 14.", _SEATS_EN, "de", "en", "pass"),
        # A subject said once for all, with no parallel item: no figure's own.
        ("The Arena company is owned 49 percent by the trade fair company.",
         "The Arena company is owned 51 percent by the Erfurt municipal utilities and 49 percent "
         "by the trade fair company.", "en", "en", "pass"),
        ("The trade fair company owns 51 percent of the Arena company.",
         "The Arena company is owned 51 percent by the Erfurt municipal utilities and 49 percent "
         "by the trade fair company.", "en", "en", "fail"),
    ],
)  # fmt: skip
def test_figures_swapped_between_parallel_items(statement, quote, lang, quote_lang, status):
    assert _status(statement, quote, lang, quote_lang) == status


_WHALES_EN = (
    "Project Jonah said 140 pilot whales died on Stewart Island and 51 on the Chatham Islands."
)
_WHALES_DE = (
    "Laut Project Jonah starben 140 Grindwale auf Stewart Island und 51 auf den Chatham-Inseln."
)
_WHALES_ES = (
    "Según Project Jonah, 140 calderones murieron en la isla Stewart y 51 en las islas Chatham."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The verb said once for both items: the statement's place is the second item's.
        ("51 whales died on the Chatham Islands, Project Jonah said.", _WHALES_EN, "en", "en",
         "pass"),
        ("51 Wale starben auf den Chatham-Inseln.", _WHALES_DE, "de", "de", "pass"),
        ("51 ballenas murieron en las islas Chatham.", _WHALES_ES, "es", "es", "pass"),
        ("Auf den Chatham-Inseln starben 51 Wale.", _WHALES_EN, "de", "en", "pass"),
        # The place of the other item still fails.
        ("51 whales died on Stewart Island.", _WHALES_EN, "en", "en", "fail"),
        ("51 Wale starben auf Stewart Island.", _WHALES_DE, "de", "de", "fail"),
        ("51 ballenas murieron en la isla Stewart.", _WHALES_ES, "es", "es", "fail"),
        ("140 Wale starben auf den Chatham-Inseln.", _WHALES_DE, "de", "de", "fail"),
        # The word that ties is the first item's own noun, not a verb it shares.
        ("Huit infirmiers ont été recrutés en 2015.",
         "En 2015, 6 infirmiers ont été recrutés et 8 médecins auxiliaires.", "fr", "fr", "fail"),
    ],
)  # fmt: skip
def test_a_verb_said_once_for_two_items_ties_no_figure_to_the_first(
    statement, quote, lang, quote_lang, status
):
    assert _status(statement, quote, lang, quote_lang) == status


_RACE_DE = "Brandt siegte in 7,64 sek, Okafor in 7,98 sek und Lindqvist wurde in 8,30 sek Dritte."
_RACE_EN = (
    "Brandt won in 7.64 seconds, Okafor in 7.98 seconds and Lindqvist was third in 8.30 seconds."
)
_RACE_FR = (
    "Brandt a gagné en 7,64 secondes, Okafor en 7,98 secondes et Lindqvist a fini en 8,30 secondes."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The name opening the sentence is the first item's, when the next item gives its
        # own name before the same word ("in"): not a subject said of all.
        ("Brandt lief 8,30 sek.", _RACE_DE, "de", "de", "unverified"),
        ("Brandt ran 8.30 seconds.", _RACE_EN, "en", "en", "unverified"),
        ("Brandt a couru en 8,30 secondes.", _RACE_FR, "fr", "fr", "unverified"),
        # Each name with its own time; the verb left out of the later items is theirs too.
        ("Brandt siegte in 7,64 sek.", _RACE_DE, "de", "de", "pass"),
        ("Okafor lief 7,98 Sekunden.", _RACE_DE, "de", "de", "pass"),
        ("Okafor won in 7.98 seconds.", _RACE_EN, "en", "en", "pass"),
        ("Brandt a gagné en 7,64 secondes.", _RACE_FR, "fr", "fr", "pass"),
        ("Brandt gewann in 7,64 Sekunden.", _RACE_EN, "de", "en", "pass"),
    ],
)  # fmt: skip
def test_a_name_opening_a_list_of_gapped_items_is_the_first_items(
    statement, quote, lang, quote_lang, status
):
    assert _status(statement, quote, lang, quote_lang) == status
