"""A figure the quote gives to one person, thing or period, named in the same quote as the
statement's, is not the statement's (holdout41's false passes of the class "the figure is
right, its holder is another"): never a pass, and a fail where the quote clearly ties it to
the other.

1. A lone time or measure of a person (`_held_by_another`): the person right before the
   quote's figure is another, and the statement's person stands apart ("Kudla … mit 6,14m
   durch. 2. wurde Gallego Gamez" for "Gallego Gamez gewann mit 6,14 m").
2. An age of another person (`_age_of_another`, [ages] holder words): the person an age
   is said of, after an attributive age ("her 9-year-old nephew") or before it ("Dunn,
   34,", "the brother of the pilot was 9", "le frère de la pilote avait 9 ans"), is not
   the statement's, whom one side names apart. In one language only: across languages a
   common noun is not compared (no fail, the figure is read as it was).
3. A figure of another subject (`_subject_named_apart`): the name right before the verb
   before the quote's figure is not the statement's, which the quote names apart, and the
   statement does not name the quote's ("OkCupid gathered 50,000 signatures" for "…
   OkCupid and CREDO Mobile …, while Credo amassed 50,000 signatures").
4. A count of another time window ([rates] periodic: "in the past hour", "in der letzten
   Minute"): the window opening the quote's clause is the count's, one closing the clause
   before it is not ("24 times in the past hour, against an average of 0.73").
5. The old figure of a change ([change_roles] start_named: "the old settings", "das alte
   Limit") is where the quote's change starts, not where it ends ("from ± a factor of 2 …
   to ± a factor of 6").
6. A price of another item named by its duration inside a German compound noun
   ("Einjahreslizenz" for "1年版 2900円, 2年版 5000円"): the compound is read as the
   adjective and the noun ([numbers] rewrites), whose duration pairs the price.
7. A Chinese or Japanese count whose noun stands after its counter and a modifier
   ("九项联邦仇恨犯罪罪名", ten characters at most) counts that noun: the other count of the
   quote's sentence that counts it is the statement's (`_noun_tied_across`).
8. A count of another place named in katakana ("チャタム諸島で140頭" for "140 … on Stewart
   Island, … 51 … on the Chatham Islands", `_kana_place_elsewhere`), and a count of
   another kind of animal ([counted_nouns] kinds of whale: "27頭のザトウクジラ" for
   "Humpback whale and 27 pilot whales", never a pass)."""

import pytest

from factdb.engine.support import claim_supported

RESULTS = (
    "Anna Weber (TSV Kiel) took the title with 6.42 m. Second was Maria Lopez, ahead of Jana Roth."
)
SPRINT = (
    "Jonas Albrecht (SC Potsdam) lief mit 21,84 sek die schnellste Zeit vor Tom Becker aus Rostock."
)
COURSE = "Claire Dubois (AS Lyon) a gagné en 11,93 secondes, devant Lucie Martin."


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("Maria Lopez won the long jump with 6.42 m.", RESULTS, "en", "en", "fail"),
        ("Anna Weber won the long jump with 6.42 m.", RESULTS, "en", "en", "pass"),
        ("Tom Becker lief in 21,84 sek.", SPRINT, "de", "de", "fail"),
        ("Jonas Albrecht lief in 21,84 sek.", SPRINT, "de", "de", "pass"),
        ("Lucie Martin a couru en 11,93 secondes.", COURSE, "fr", "fr", "fail"),
        ("Claire Dubois a couru en 11,93 secondes.", COURSE, "fr", "fr", "pass"),
        ("Tom Becker ran in 21.84 seconds.", SPRINT, "en", "de", "fail"),
        ("Jonas Albrecht ran in 21.84 seconds.", SPRINT, "en", "de", "pass"),
    ],
)
def test_lone_figure_of_another_person(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == expected


def test_person_after_the_figure_is_no_holder() -> None:
    # "vor Fabian Clarkson" after the time: the winner before it holds it.
    quote = "Felix Hüttig (LAC Berlin) siegte in 8:41,07 min vor Fabian Meyer."
    assert _status("Hüttig won in 8:41.07.", quote, "en", "de") == "pass"
    # A whole number of metres is a race's distance, no one's result.
    quote = "Louise Wieland gewann über 60 m. Anna Roth (LG Nord) lief die 60 m als Zweite."
    assert _status("Louise Wieland gewann über 60 m.", quote, "de", "de") != "fail"


RESCUE = "Dunn and his 34-year-old daughter, Ella Grace Dunn, were rescued by a fishing boat."
NEPHEW = "She sat with her 9-year-old nephew who was unhurt, and with her injured brother."
ADRIFT = "The rescue of 15-year-old Sara Lind, who was adrift, by deckhand Luis Ortega made news."
RETTUNG = "Brandt und seine 34-jährige Tochter, Ella Brandt, wurden von einem Boot gerettet."
NEFFE = "Sie saß mit ihrem 9-jährigen Neffen, der unverletzt blieb, und ihrem verletzten Bruder."
NEVEU = "Elle était avec son neveu, âgé de 9 ans, indemne, et son frère blessé."
SOBRINO = "Ella estaba con su sobrino, de 9 años, ileso, y con su hermano herido."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("Mark Dunn, 34, was rescued with his daughter Ella.", RESCUE, "en", "en", "fail"),
        ("Ella Dunn, 34, was rescued with her father.", RESCUE, "en", "en", "pass"),
        ("The pilot's injured brother was 9 years old.", NEPHEW, "en", "en", "fail"),
        ("The pilot's nephew was 9 years old.", NEPHEW, "en", "en", "pass"),
        ("The boat was found by 15-year-old deckhand Luis Ortega.", ADRIFT, "en", "en", "fail"),
        ("Deckhand Luis Ortega found 15-year-old Sara Lind.", ADRIFT, "en", "en", "pass"),
        ("Markus Brandt, 34, wurde mit seiner Tochter Ella gerettet.", RETTUNG, "de", "de", "fail"),
        ("Ella Brandt, 34, wurde mit ihrem Vater gerettet.", RETTUNG, "de", "de", "pass"),
        ("Der verletzte Bruder der Pilotin war 9 Jahre alt.", NEFFE, "de", "de", "fail"),
        ("Le frère blessé de la pilote avait 9 ans.", NEVEU, "fr", "fr", "fail"),
        ("Le neveu de la pilote avait 9 ans.", NEVEU, "fr", "fr", "pass"),
        ("El hermano herido de la piloto tenía 9 años.", SOBRINO, "es", "es", "fail"),
        ("El sobrino de la piloto tenía 9 años.", SOBRINO, "es", "es", "pass"),
        # Across languages the person's common nouns are not compared: the right
        # paraphrase passes.
        ("Ella Dunn, 34, wurde mit ihrem Vater gerettet.", RESCUE, "de", "en", "pass"),
    ],
)
def test_age_of_another_person(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == expected


def test_age_person_before_a_clause_is_not_read() -> None:
    # The person stands before a relative clause: whose age it is, the words do not tell
    # apart, and the name set off by commas is the schoolgirl's.
    quote = "Kentish schoolboy, Tom Reed, 11, dies on Alpine trip"
    statement = "Tom Reed, the Kentish schoolboy who died in the Alps, was eleven years old."
    assert _status(statement, quote, "en", "en") == "pass"
    assert (
        _status("An 11-year-old Kentish schoolboy died in the Alps.", quote, "en", "en") != "fail"
    )


SHELTER = "Nordwind and Ostbank backed the shelter, while Ostbank collected 30,000 euros in a week."
REFUGE = "Nordwind et Ostbank ont soutenu le refuge, et Ostbank a collecté 30 000 euros."
REFUGIO = "Nordwind y Ostbank apoyaron el refugio, y Ostbank recaudó 30.000 euros."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("Nordwind collected 30,000 euros for the shelter.", SHELTER, "en", "en", "fail"),
        ("Ostbank collected 30,000 euros for the shelter.", SHELTER, "en", "en", "pass"),
        ("Nordwind a collecté 30 000 euros.", REFUGE, "fr", "fr", "fail"),
        ("Ostbank a collecté 30 000 euros.", REFUGE, "fr", "fr", "pass"),
        ("Nordwind recaudó 30.000 euros.", REFUGIO, "es", "es", "fail"),
        ("Ostbank recaudó 30.000 euros.", REFUGIO, "es", "es", "pass"),
        ("Nordwind sammelte 30.000 Euro.", SHELTER, "de", "en", "fail"),
        ("Ostbank sammelte 30.000 Euro.", SHELTER, "de", "en", "pass"),
        # The statement names the quote's subject too: which is whose, it says itself.
        (
            "Nordwind paid 30,000 euros to Ostbank.",
            "Nordwind and Ostbank settled, and Ostbank received 30,000 euros.",
            "en",
            "en",
            "pass",
        ),
        # A pronoun opening the quote's sentence is no other subject.
        (
            "Nordwind collected 30,000 euros.",
            "Nordwind backed the shelter. It collected 30,000 euros in a week.",
            "en",
            "en",
            "pass",
        ),
    ],
)
def test_figure_of_another_subject(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == expected


LOG = (
    "In the past minute the monitoring service logged 31 errors on the node, well above the "
    "average of 2 in the past hour."
)
PROTOKOLL = (
    "In der letzten Minute meldete der Überwachungsdienst 31 Fehler, weit über dem Schnitt "
    "von 2 in der letzten Stunde."
)
JOURNAL = (
    "Au cours de la dernière minute, le service a enregistré 31 erreurs, bien au-dessus de la "
    "moyenne de 2 au cours de la dernière heure."
)
REGISTRO = (
    "En el último minuto el servicio registró 31 errores, muy por encima del promedio de 2 en "
    "la última hora."
)


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("The server logged 31 errors in the past hour.", LOG, "en", "en", "fail"),
        ("The server logged 31 errors in the past minute.", LOG, "en", "en", "pass"),
        ("Der Server meldete in der letzten Stunde 31 Fehler.", PROTOKOLL, "de", "de", "fail"),
        ("Der Server meldete in der letzten Minute 31 Fehler.", PROTOKOLL, "de", "de", "pass"),
        (
            "Le serveur a enregistré 31 erreurs au cours de la dernière heure.",
            JOURNAL,
            "fr",
            "fr",
            "fail",
        ),
        (
            "Le serveur a enregistré 31 erreurs au cours de la dernière minute.",
            JOURNAL,
            "fr",
            "fr",
            "pass",
        ),
        ("El servidor registró 31 errores en la última hora.", REGISTRO, "es", "es", "fail"),
        ("El servidor registró 31 errores en el último minuto.", REGISTRO, "es", "es", "pass"),
        ("Der Server meldete in der letzten Stunde 31 Fehler.", LOG, "de", "en", "fail"),
        ("Der Server meldete in der letzten Minute 31 Fehler.", LOG, "de", "en", "pass"),
    ],
)
def test_count_of_another_window(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == expected


LIMIT = "The service raised its upload limit from 10 MB to 25 MB last week."
LIMIT_DE = "Der Dienst hob sein Upload-Limit von 10 MB auf 25 MB an."
LIMIT_FR = "Le service a relevé sa limite de 10 Mo à 25 Mo."
LIMIT_ES = "El servicio elevó su límite de 10 MB a 25 MB."
RANGE = "We are widening the zoom range from ± a factor of 3 (the old presets) to ± a factor of 8."


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("The old upload limit was 25 MB.", LIMIT, "en", "en", "fail"),
        ("The old upload limit was 10 MB.", LIMIT, "en", "en", "pass"),
        ("The new upload limit is 25 MB.", LIMIT, "en", "en", "pass"),
        ("The previous presets spanned a factor of 8.", RANGE, "en", "en", "fail"),
        ("The previous presets spanned a factor of 3.", RANGE, "en", "en", "pass"),
        ("Das alte Upload-Limit lag bei 25 MB.", LIMIT_DE, "de", "de", "fail"),
        ("Das alte Upload-Limit lag bei 10 MB.", LIMIT_DE, "de", "de", "pass"),
        ("L'ancienne limite était de 25 Mo.", LIMIT_FR, "fr", "fr", "fail"),
        ("L'ancienne limite était de 10 Mo.", LIMIT_FR, "fr", "fr", "pass"),
        ("El antiguo límite era de 25 MB.", LIMIT_ES, "es", "es", "fail"),
        ("El antiguo límite era de 10 MB.", LIMIT_ES, "es", "es", "pass"),
        ("Das alte Upload-Limit lag bei 25 MB.", LIMIT, "de", "en", "fail"),
        # "decades-old" names no old figure.
        ("The decades-old service now allows 25 MB.", LIMIT, "en", "en", "pass"),
    ],
)
def test_old_figure_where_the_change_ends(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == expected


LICENCES = "1年版ライセンスは3600円で、2年版ライセンスは4800円。"
PLANS = "The one-month plan costs 12 euros and the three-month plan 30 euros."
ABONNEMENTS = "L'abonnement d'un mois coûte 12 euros, celui de trois mois 30 euros."
ABOS = "Das einmonatige Abo kostet 12 Euro, das dreimonatige 30 Euro."


@pytest.mark.parametrize(
    ("statement", "quote", "quote_lang", "expected"),
    [
        ("Die Einjahreslizenz kostet 4800 Yen.", LICENCES, "ja", "fail"),
        ("Die Zweijahreslizenz kostet 4800 Yen.", LICENCES, "ja", "pass"),
        ("Das Einmonatsabo kostet 30 Euro.", PLANS, "en", "fail"),
        ("Das Dreimonatsabo kostet 30 Euro.", PLANS, "en", "pass"),
        ("Das Einmonatsabo kostet 30 Euro.", ABONNEMENTS, "fr", "fail"),
        ("Das Dreimonatsabo kostet 30 Euro.", ABONNEMENTS, "fr", "pass"),
        ("Das Einmonatsabo kostet 30 Euro.", ABOS, "de", "fail"),
        ("Das Dreimonatsabo kostet 30 Euro.", ABOS, "de", "pass"),
    ],
)
def test_price_of_another_duration_in_a_compound(
    statement: str, quote: str, quote_lang: str, expected: str
) -> None:
    # "Einjahreslizenz" is read as "ein-jährige Lizenz" ([numbers] rewrites): the price
    # goes with the item of its duration.
    assert _status(statement, quote, "de", quote_lang) == expected


COUNTS = "The court convicted him on 20 federal theft counts for robbing seven people in the city."
PUNKTE = (
    "Das Gericht verurteilte ihn in 20 Anklagepunkten, weil er sieben Menschen in der Stadt "
    "beraubt hatte."
)
ZUIMING = "法院裁定他二十项联邦金融盗窃罪名成立，因为他抢劫了七人。"


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("法院裁定他七项联邦金融盗窃罪名成立，他偷了20人的钱。", COUNTS, "zh", "en", "fail"),
        ("法院裁定他二十项联邦金融盗窃罪名成立，他偷了7人的钱。", COUNTS, "zh", "en", "pass"),
        ("法院裁定他七项联邦金融盗窃罪名成立，他抢劫了20人。", PUNKTE, "zh", "de", "fail"),
        ("法院裁定他二十项联邦金融盗窃罪名成立，他抢劫了7人。", PUNKTE, "zh", "de", "pass"),
        (
            "裁判所は7件の連邦金融窃盗罪状で有罪とし、彼は20人から奪った。",
            COUNTS,
            "ja",
            "en",
            "fail",
        ),
        (
            "裁判所は20件の連邦金融窃盗罪状で有罪とし、彼は7人から奪った。",
            COUNTS,
            "ja",
            "en",
            "pass",
        ),
        ("He was convicted on seven counts for robbing 20 people.", ZUIMING, "en", "zh", "fail"),
        ("He was convicted on 20 counts for robbing seven people.", ZUIMING, "en", "zh", "pass"),
    ],
)
def test_cjk_counted_noun_after_a_modifier(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    # "九项联邦仇恨犯罪罪名": the counter, a modifier, then the noun counted, within
    # `_CJK_NOUN_REACH` characters.
    assert _status(statement, quote, lang, quote_lang) == expected


STORM = "The storm killed 80 sheep in Devon, 12 in Dorset and 30 in Cornwall."
STURM = "Der Sturm tötete 80 Schafe in Devon, 12 in Dorset und 30 in Cornwall."


@pytest.mark.parametrize(
    ("statement", "quote", "quote_lang", "expected"),
    [
        ("コーンウォールで80頭の羊が死んだ。", STORM, "en", "fail"),
        ("デヴォンで80頭の羊が死んだ。", STORM, "en", "pass"),
        ("コーンウォールで30頭の羊が死んだ。", STORM, "en", "pass"),
        ("コーンウォールで80頭の羊が死んだ。", STURM, "de", "fail"),
        ("デヴォンで80頭の羊が死んだ。", STURM, "de", "pass"),
    ],
)
def test_katakana_place_of_another_count(
    statement: str, quote: str, quote_lang: str, expected: str
) -> None:
    # A katakana name is met by the Latin name of the same consonants, loosely
    # ("コーンウォール", "Cornwall"; "スチュアート", "Stewart"; "チャタム", "Chatham").
    assert _status(statement, quote, "ja", quote_lang) == expected


CAPE = "A humpback whale and 27 pilot whales were found beached on the cape."
MISAKI = "岬でザトウクジラ1頭と27頭のゴンドウクジラが打ち上げられた。"


@pytest.mark.parametrize(
    ("statement", "quote", "lang", "quote_lang", "expected"),
    [
        ("岬で27頭のザトウクジラが打ち上げられた。", CAPE, "ja", "en", "fail"),
        ("岬で27頭のゴンドウクジラが打ち上げられた。", CAPE, "ja", "en", "pass"),
        ("海角有27头座头鲸搁浅。", CAPE, "zh", "en", "fail"),
        ("海角有27头领航鲸搁浅。", CAPE, "zh", "en", "pass"),
        ("Am Kap strandeten 27 Buckelwale.", CAPE, "de", "en", "unverified"),
        ("Am Kap strandeten 27 Grindwale.", CAPE, "de", "en", "pass"),
        ("27 humpback whales were beached on the cape.", MISAKI, "en", "ja", "fail"),
        ("27 pilot whales were beached on the cape.", MISAKI, "en", "ja", "pass"),
    ],
)
def test_count_of_another_kind_of_whale(
    statement: str, quote: str, lang: str, quote_lang: str, expected: str
) -> None:
    # [counted_nouns] name the kinds across languages; in Chinese or Japanese only the noun
    # right after the counter is read ("27頭のザトウクジラ"). Two kinds of whale are two
    # members of one closed set ([holder_sets] whale_kinds): another kind counted fails
    # across languages too (holdout41's ja-guardian-h41-045 is labelled so); in German the
    # quote's "humpback whale" listed apart leaves it to a person.
    assert _status(statement, quote, lang, quote_lang) == expected


ARREST = "Police arrested John Smith, 45, and his wife, 43, on Monday."


@pytest.mark.parametrize(
    ("statement", "quote", "expected"),
    [
        ("Smith, 45, was arrested.", ARREST, "pass"),
        ("Smith's wife, 43, was arrested.", ARREST, "pass"),
        # A possessor is no person of the age.
        ("Smith's wife, 45, was arrested.", ARREST, "fail"),
        ("Dunn's daughter, 34, was rescued with him.", RESCUE, "pass"),
        # The statement's subject named after the quote's figure: the figure is both's.
        (
            "Google paid 1 billion dollars.",
            "Apple and Google signed a deal; Apple received 1 billion dollars from Google.",
            "pass",
        ),
        (
            "Tesla delivered 5,000 cars.",
            "Tesla said on Monday that it delivered 5,000 cars.",
            "pass",
        ),
    ],
)
def test_holders_read_narrowly(statement: str, quote: str, expected: str) -> None:
    assert _status(statement, quote, "en", "en") == expected
