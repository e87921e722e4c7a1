"""Four classes met in the forty-fifth held-out set's first half.

- A time of another sentence: a quote that dates two events in two sentences, one by a
  year and one by a decade, dates the statement's event by the sentence that tells it (its
  words, across languages by [event_meanings]): a year against that sentence's decade is
  left to a person, or fails outside it (or outside the decade's part, "mid-1990s").
- A runner's bound: "unter vier Minuten" is judged by the time beside the statement's
  runner, also when the statement names the race's distance too.
- A four-digit count: "2000 Menschen", "1200 personnes" count people ([year_counts]), they
  name no year.
- "X in Y" shares in Japanese: "20人に19人", "20人のうち19人" are 95 %.
"""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported

NYT = (
    "In 1997, President Bill Clinton imposed a comprehensive trade embargo against Sudan and "
    "blocked the assets of the Sudanese government. In the mid-1990s, Osama bin Laden lived "
    "in Khartoum, the capital, as a guest of Sudan’s government."
)
LYON_EN = (
    "In 2004, the company opened its first factory near Lyon. In the 1980s, the founder's "
    "family lived in Lyon above a bakery."
)
LYON_FR = (
    "Dans les années 1980, la famille vivait à Lyon. En 1992, elle a ouvert une boutique à Paris."
)
LYON_DE = (
    "2004 eröffnete das Unternehmen seine erste Fabrik bei Lyon. In den 1980er Jahren wohnte "
    "die Familie des Gründers in Lyon über einer Bäckerei."
)
RACE = (
    "Drei von vier Siege gingen am Samstagabend auf den 1500 Metern nach Berlin. Während "
    "Carla Morgenroth (SCC) bei den Frauen einen deutlichen Sieg einfuhr, konnte bei den "
    "Männern U20 Clemens Herfurth (TuS Lichterfelde) seine starke Form der letzten Wochen "
    "bestätigen und gewann in 04:03,40 min. Im folgenden Rennen der Männer führte Thilo "
    "Brill (LG Nord) das Feld von Beginn an und siegte souverän in 3:53,99 min."
)
JUMP = "Im Weitsprung siegte Anna Kudla mit 6,14 m. Zweite wurde Julieta Gallego Gamez mit 5,92 m."
SPRINT = (
    "In the 200 metres Karl Weiss won in 22.30 s; Tom Baker was second in 21.75 s after a protest."
)
SUMMIT = (
    "Over 2,000 people representing 90 countries and 114 languages gathered in Santa Clara, "
    "Toronto and Brussels in 2013."
)
STAFF = (
    "Writers made up 95% of the personnel. The other 5% were designers, designing words on "
    "computers, for print."
)


def _status(statement: str, quote: str, s_lang: str, q_lang: str) -> tuple[str, str]:
    r = claim_supported(statement, [quote], None, statement_lang=s_lang, quote_lang=q_lang)
    return r.status, r.reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected", "word"),
    [
        # The stay is the decade's: a year in it is a person's call, one outside it fails.
        (
            "Osama bin Laden lived in Khartoum in 1995 as a guest of Sudan's government.",
            NYT,
            "en",
            "en",
            "unverified",
            "mid-1990s",
        ),
        ("Bin Laden lebte 1997 in Khartum.", NYT, "de", "en", "unverified", "lebte"),
        (
            "Ben Laden vivait à Khartoum en 1997, invité du gouvernement soudanais.",
            NYT,
            "fr",
            "en",
            "unverified",
            "vivait",
        ),
        (
            "Bin Laden vivió en Jartum en 1997 como huésped del gobierno sudanés.",
            NYT,
            "es",
            "en",
            "unverified",
            "vivió",
        ),
        (
            "ビンラディンは1995年にハルツームに住んでいた。",
            NYT,
            "ja",
            "en",
            "unverified",
            "mid-1990s",
        ),
        ("本·拉登1995年居住在喀土穆。", NYT, "zh", "en", "unverified", "mid-1990s"),
        ("Bin Laden lived in Khartoum in 1991.", NYT, "en", "en", "fail", "mid-1990s"),
        (
            "Bin Laden lived in Khartoum in 1997, and Clinton imposed the embargo in the "
            "mid-1990s.",
            NYT,
            "en",
            "en",
            "unverified",
            "mid-1990s",
        ),
        ("The family lived in Lyon in 2004.", LYON_EN, "en", "en", "fail", "1980s"),
        (
            "La famille du fondateur vivait à Lyon en 1984.",
            LYON_EN,
            "fr",
            "en",
            "unverified",
            "decade",
        ),
        ("Die Familie des Gründers wohnte 2004 in Lyon.", LYON_DE, "de", "de", "fail", "1980er"),
        ("La famille vivait à Lyon en 1992.", LYON_FR, "fr", "fr", "fail", "1980"),
        ("Die Familie lebte 1992 in Lyon.", LYON_FR, "de", "fr", "fail", "1980"),
        # A decade against the year of the other event's sentence.
        ("Bin Laden lived in Khartoum in the late 1990s.", NYT, "en", "en", "fail", "mid-1990s"),
        ("Bin Laden lebte Ende der 1990er Jahre in Khartum.", NYT, "de", "en", "fail", "lebte"),
        ("Clinton imposed the embargo in the late 1990s.", NYT, "en", "en", "pass", "late"),
        # The event of the matched year's own sentence keeps it.
        ("Clinton imposed a trade embargo on Sudan in 1997.", NYT, "en", "en", "pass", "1997"),
        (
            "Clinton verhängte 1997 ein Handelsembargo gegen den Sudan.",
            NYT,
            "de",
            "en",
            "pass",
            "1997",
        ),
        ("Bin Laden lived in Khartoum in the mid-1990s.", NYT, "en", "en", "pass", "mid-1990s"),
        (
            "L'entreprise a ouvert sa première usine près de Lyon en 2004.",
            LYON_EN,
            "fr",
            "en",
            "pass",
            "2004",
        ),
        ("In 1992 the family opened a shop in Paris.", LYON_FR, "en", "fr", "pass", "1992"),
        ("La familia vivía en Lyon en los años ochenta.", LYON_FR, "es", "fr", "pass", "ochenta"),
        ("Clinton imposed a trade embargo on Sudan in 1995.", NYT, "en", "en", "fail", "1997"),
        # A statement that tells all of the year's sentence is that sentence's.
        (
            'Zawinski\'s "nscp dorm" was retrieved in October 2007.',
            'Zawinski, Jamie (1996). "nscp dorm". Retrieved 2007-10-12.',
            "en",
            "en",
            "pass",
            "2007",
        ),
    ],
)
def test_time_of_the_sentence_that_tells_the_event(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str, word: str
) -> None:
    status, reason = _status(statement, quote, s_lang, q_lang)
    assert status == expected, reason
    assert word in reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("Thilo Brill blieb über 1500 m unter vier Minuten.", RACE, "de", "de", "pass"),
        ("Clemens Herfurth blieb über 1500 m unter vier Minuten.", RACE, "de", "de", "fail"),
        ("Clemens Herfurth brauchte über 1500 m mehr als vier Minuten.", RACE, "de", "de", "pass"),
        ("Thilo Brill brauchte über 1500 m mehr als vier Minuten.", RACE, "de", "de", "fail"),
        ("Thilo Brill ran the 1500 m in under four minutes.", RACE, "en", "de", "pass"),
        ("Clemens Herfurth ran the 1500 m in under four minutes.", RACE, "en", "de", "fail"),
        ("Thilo Brill a couru le 1500 m en moins de quatre minutes.", RACE, "fr", "de", "pass"),
        (
            "Clemens Herfurth a couru le 1500 m en moins de quatre minutes.",
            RACE,
            "fr",
            "de",
            "fail",
        ),
        ("Thilo Brill corrió los 1500 m en menos de cuatro minutos.", RACE, "es", "de", "pass"),
        ("Julieta Gallego Gamez blieb im Weitsprung unter sechs Metern.", JUMP, "de", "de", "pass"),
        ("Anna Kudla blieb im Weitsprung unter sechs Metern.", JUMP, "de", "de", "fail"),
        ("Anna Kudla reached more than six metres in the long jump.", JUMP, "en", "de", "pass"),
        (
            "Julieta Gallego Gamez reached more than six metres in the long jump.",
            JUMP,
            "en",
            "de",
            "fail",
        ),
        ("Tom Baker finished in less than 22 seconds.", SPRINT, "en", "en", "pass"),
        ("Karl Weiss finished in less than 22 seconds.", SPRINT, "en", "en", "fail"),
        ("Sur 200 mètres, Tom Baker a couru en moins de 22 secondes.", SPRINT, "fr", "en", "pass"),
    ],
)
def test_a_bound_is_judged_by_the_persons_figure(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    status, reason = _status(statement, quote, s_lang, q_lang)
    assert status == expected, reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        (
            "2000 people from 90 countries met in 2013.",
            SUMMIT,
            "en",
            "en",
            "warn",
        ),
        (
            "2000 Menschen aus 90 Ländern kamen 2013 zusammen.",
            SUMMIT,
            "de",
            "en",
            "warn",
        ),
        (
            "1500 Menschen demonstrierten 2019 in Erfurt.",
            "Rund 1.500 Menschen haben am Samstag 2019 in Erfurt demonstriert.",
            "de",
            "de",
            "warn",
        ),
        (
            "En 2015, 1200 personnes ont manifesté à Paris.",
            "En 2015, 1 200 personnes ont manifesté à Paris.",
            "fr",
            "fr",
            "pass",
        ),
        (
            "En 2015, 1800 personnes ont manifesté à Paris.",
            "En 2015, 1 200 personnes ont manifesté à Paris.",
            "fr",
            "fr",
            "fail",
        ),
        (
            "In 2013, 1999 students enrolled.",
            "In 2013, 1,999 students enrolled at the college.",
            "en",
            "en",
            "pass",
        ),
        (
            "2013 personnes venues de 90 pays se sont réunies en 2000.",
            SUMMIT,
            "fr",
            "en",
            "fail",
        ),
        # A count meets no year by its digits, nor a year said as one a count.
        (
            "2000 people attended the festival.",
            "In 2000, 1,500 people attended the festival.",
            "en",
            "en",
            "fail",
        ),
        (
            "2000 Menschen besuchten das Festival.",
            "Im Jahr 2000 besuchten 1.500 Menschen das Festival.",
            "de",
            "de",
            "fail",
        ),
        (
            "2000 personnes ont assisté au festival.",
            "In 2000, 1,500 people attended the festival.",
            "fr",
            "en",
            "fail",
        ),
        (
            "2010 personas asistieron al festival.",
            "El festival se celebró por primera vez en 2010.",
            "es",
            "es",
            "unverified",
        ),
        ("2000人が集まった。", "The festival was first held in 2000.", "ja", "en", "unverified"),
        (
            "The festival began in 2000.",
            "The festival began in 2000 with 300 guests.",
            "en",
            "en",
            "pass",
        ),
        (
            "2000 people demonstrated in Erfurt in 2019.",
            "Etwa 2.000 Menschen haben 2019 in Erfurt demonstriert.",
            "en",
            "de",
            "warn",
        ),
        # A year said as one ("in 2000", "im Jahr 2000", "2000年") meets no count.
        (
            "The festival began in 2000.",
            "2000 people attended the festival.",
            "en",
            "en",
            "unverified",
        ),
        (
            "Das Festival begann im Jahr 2000.",
            "2000 people attended the festival.",
            "de",
            "en",
            "unverified",
        ),
        (
            "その祭りは2000年に始まった。",
            "2000 people attended the festival.",
            "ja",
            "en",
            "unverified",
        ),
        ("L'usine a construit mille machines.", "工厂生产了千台机器", "fr", "zh", "pass"),
        # A year before its people: "in 2013 people gathered".
        (
            "In 2013 people gathered in Toronto.",
            "Over 2,000 people gathered in Toronto in 2013.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_a_four_digit_count_is_no_year(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    status, reason = _status(statement, quote, s_lang, q_lang)
    assert status == expected, reason


@pytest.mark.parametrize(
    ("statement", "quote", "s_lang", "q_lang", "expected"),
    [
        ("スタッフの20人に19人は記者だった。", STAFF, "ja", "en", "pass"),
        ("社員20人のうち19人が記者だった。", STAFF, "ja", "en", "pass"),
        ("スタッフの20人に18人は記者だった。", STAFF, "ja", "en", "fail"),
        ("回答者の4人に3人が賛成した。", "回答者の75％が賛成した。", "ja", "ja", "pass"),
        ("回答者の4人に1人が賛成した。", "回答者の75％が賛成した。", "ja", "ja", "fail"),
        ("4人に3人が賛成した。", "75 Prozent der Befragten stimmten zu.", "ja", "de", "pass"),
        ("10人に2人が参加した。", "10 % des habitants ont participé.", "ja", "fr", "fail"),
        ("One in ten residents took part.", "住民の10人に1人が参加した。", "en", "ja", "pass"),
        ("One in five residents took part.", "住民の10人に1人が参加した。", "en", "ja", "fail"),
        ("Un habitant sur dix a participé.", "住民の10人に1人が参加した。", "fr", "ja", "pass"),
        ("19 von 20 Mitarbeitern waren Schreiber.", STAFF, "de", "en", "pass"),
        ("二十人中十九人是作者。", STAFF, "zh", "en", "pass"),
    ],
)
def test_a_share_of_a_count_in_japanese(
    statement: str, quote: str, s_lang: str, q_lang: str, expected: str
) -> None:
    status, reason = _status(statement, quote, s_lang, q_lang)
    assert status == expected, reason
