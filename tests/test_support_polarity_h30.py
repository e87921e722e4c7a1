"""More groups of opposing predicates ([polarity] in each language's data file, holdout30's
false passes): kept against broken promises, bought against sold, changed against
unchanged, banned against allowed, came to power against stepped down, arrived against
left, opened against closed, intact against demolished, lives saved against lives cost, a
killing against survival; the predicate of a name's apposition ("Anna Berg, 34, dies") and
a verb coordinated with a figure's clause ("80 sheep fell in and died"); in Chinese and
Japanese the clause after a figure's phrase of "after" ("1000天后，…"). A figure's next word
against the same word with a negative prefix ("98% inaccessible" for "98% accessible").
A negated side of a complementary group says the other side ("did not survive" for "died").
Each in one language or across two; paraphrases on both sides pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The predicate of a name's apposition.
        ("Anna Berg, 34, died in the avalanche.",
         "Anna Berg, 34, survived the avalanche on Sunday.", "en", "en", "fail"),
        ("Anna Berg, 34, was killed in the avalanche.",
         "Skier Anna Berg, 34, dies in avalanche", "en", "en", "pass"),
        ("Anna Berg, 34, ist bei der Lawine gestorben.",
         "Skier Anna Berg, 34, survives avalanche", "de", "en", "fail"),
        ("Anna Berg, 34, a survécu à l'avalanche.",
         "Skier Anna Berg, 34, dies in avalanche", "fr", "en", "fail"),
        # A verb coordinated with the figure's clause, with no subject of its own.
        ("80 sheep fell into the river and died.",
         "80 sheep fell into the river and survived", "en", "en", "fail"),
        ("80 sheep fell into the river and the farmer died.",
         "80 sheep fell into the river and survived", "en", "en", "pass"),
        ("80 Schafe fielen in den Fluss und starben.",
         "80 sheep fell into the river and survived", "de", "en", "fail"),
        ("80 moutons sont tombés dans la rivière et ont survécu.",
         "80 sheep fell into the river and died", "fr", "en", "fail"),
        # Killing a number of people: they died.
        ("The storm killed 45 people.", "45 people died in the storm.", "en", "en", "pass"),
        ("45 people survived the storm.",
         "The storm hit the coast, killing 45 people.", "en", "en", "fail"),
        ("45 personas sobrevivieron a la tormenta.",
         "The storm hit the coast, killing 45 people.", "es", "en", "fail"),
        ("La tormenta azotó la costa, matando a 45 personas.",
         "45 people died in the storm.", "es", "en", "pass"),
        # Lives saved against lives cost.
        ("The vaccine saved 3,000 lives in 2020.",
         "The vaccine cost 3,000 lives in 2020.", "en", "en", "fail"),
        ("Le vaccin a sauvé 3 000 vies en 2020.",
         "The vaccine saved 3,000 lives in 2020", "fr", "en", "pass"),
        ("Der Impfstoff hat 2020 3000 Leben gekostet.",
         "The vaccine saved 3,000 lives in 2020", "de", "en", "fail"),
    ],
)  # fmt: skip
def test_life(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A negated side of a complementary group says the other side.
        ("Anna Berg, 34, did not survive the avalanche.",
         "Skier Anna Berg, 34, dies in avalanche", "en", "en", "pass"),
        ("The sheep did not survive the 2019 flood.",
         "The sheep died in the 2019 flood.", "en", "en", "pass"),
        ("Die Preise haben sich seit 2010 nicht verändert.",
         "Prices have remained unchanged since 2010.", "de", "en", "pass"),
        ("Les prix n'ont pas changé depuis 2010.",
         "Prices have remained unchanged since 2010.", "fr", "en", "pass"),
        ("She did not win the gold in 2012.", "She missed the gold in 2012.", "en", "en",
         "pass"),
        # A side whose own word holds the negation says itself.
        ("1000天后，研究人员发现单宁没有变化。",
         "After 1,000 days, researchers found the tannins unchanged.", "zh", "en", "pass"),
        ("1000天后，研究人员发现单宁没有变化。",
         "After 1,000 days, researchers found the tannins changed.", "zh", "en", "fail"),
        ("Después de 1000 días, los taninos no cambiaron.",
         "After 1,000 days, the tannins remained unchanged.", "es", "en", "pass"),
        # The same side negated is still a negation against none.
        ("She did not win the gold in 2012.", "She won the gold in 2012.", "en", "en",
         "fail"),
        ("Anna Berg did not die in the avalanche in 2019.",
         "Anna Berg died in the avalanche in 2019.", "en", "en", "fail"),
        # Not buying says no selling: no complementary group.
        ("He did not buy the firm in 2010.", "He sold the firm in 2010.", "en", "en",
         "fail"),
    ],
)  # fmt: skip
def test_negated_complement(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # outcome: a prize a few more words away, an Oscar, 受賞, 获得.
        ("Lena Roth won the 400 m silver in 51.2 seconds.",
         "Lena Roth verpasste in 51,2 Sekunden knapp die Silbermedaille über 400 m.",
         "en", "de", "fail"),
        ("Lena Roth narrowly missed the 400 m silver in 51.2 seconds.",
         "Lena Roth verpasste in 51,2 Sekunden knapp die Silbermedaille über 400 m.",
         "en", "de", "pass"),
        ("She won an Oscar in 2015.", "彼女は2015年にアカデミー賞を受賞した。", "en", "ja",
         "pass"),
        ("She lost the Oscar in 2015.", "彼女は2015年にアカデミー賞を受賞した。", "en", "ja",
         "fail"),
        ("彼女は2015年にアカデミー賞を逃した。", "She won an Oscar in 2015.", "ja", "en",
         "fail"),
        ("她在2015年获得了奥斯卡奖。", "She won an Oscar in 2015.", "zh", "en", "pass"),
        # change: changed against unchanged; "barely changed" is unchanged.
        ("Prices had barely changed since 2010.",
         "Prices have remained unchanged since 2010.", "en", "en", "pass"),
        ("Prices changed sharply after 2010.",
         "Prices have remained unchanged since 2010.", "en", "en", "fail"),
        ("Die Preise sind seit 2010 unverändert.",
         "Prices have remained unchanged since 2010.", "de", "en", "pass"),
        ("Die Preise hatten sich seit 2010 kaum verändert.",
         "Prices have remained unchanged since 2010.", "de", "en", "pass"),
        ("Les prix ont changé depuis 2010.",
         "Les prix sont restés inchangés depuis 2010.", "fr", "fr", "fail"),
        ("价格自2010年以来没有变化。", "Prices have remained unchanged since 2010.", "zh", "en",
         "pass"),
        ("价格自2010年以来发生了变化。", "Prices have remained unchanged since 2010.", "zh",
         "en", "fail"),
        # In Chinese, the clause after a figure's phrase of "after".
        ("After 500 days at sea, the cargo changed colour.",
         "在海上漂流500天后，货物的颜色保持不变。", "en", "zh", "fail"),
        ("Après 500 jours en mer, la couleur de la cargaison est restée la même.",
         "在海上漂流500天后，货物的颜色保持不变。", "fr", "zh", "pass"),
        ("The company changed its name in 2010; prices stayed unchanged.",
         "The company changed its name in 2010.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_outcome_and_change(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # transfer: bought against sold; the other party named, or passive, decides nothing.
        ("Apple bought the startup in 2019.", "Apple acquired the startup in 2019.", "en",
         "en", "pass"),
        ("Apple acquired the startup in 2019.", "苹果在2019年收购了这家初创公司。", "en", "zh",
         "pass"),
        ("Apple sold the startup in 2019.", "苹果在2019年收购了这家初创公司。", "en", "zh",
         "fail"),
        ("苹果在2019年出售了这家初创公司。", "苹果在2019年收购了这家初创公司。", "zh", "zh",
         "fail"),
        ("The startup was acquired by Apple in 2019.",
         "The founders sold the startup in 2019.", "en", "en", "pass"),
        ("The founders sold the startup to Apple in 2019.",
         "Apple bought the startup in 2019.", "en", "en", "pass"),
        ("Apple kaufte das Start-up 2019.", "Apple sold the startup in 2019.", "de", "en",
         "fail"),
        ("Apple a vendu la start-up en 2019.", "Apple a racheté la start-up en 2019.", "fr",
         "fr", "fail"),
        ("The album sold 2 million copies in 2019.",
         "Fans bought 2 million copies of the album in 2019.", "en", "en", "pass"),
        # promise: kept against broken.
        ("They kept their promise for 20 years.",
         "Sie brachen ihr Versprechen nach 20 Jahren.", "en", "de", "fail"),
        ("They honoured their pledge for 20 years.",
         "They kept their promise for 20 years.", "en", "en", "pass"),
        ("Ils ont tenu leur promesse pendant 20 ans.", "他们信守承诺20年。", "fr", "zh",
         "pass"),
        ("Ils ont rompu leur promesse après 20 ans.", "他们信守承诺20年。", "fr", "zh",
         "fail"),
        ("He broke the world record in 2019.", "He kept his title in 2019.", "en", "en",
         "pass"),
    ],
)  # fmt: skip
def test_transfer_and_promise(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # permission: banned against allowed or recognised.
        ("Smoking in bars has been banned since 2007.",
         "Smoking in bars has been prohibited since 2007.", "en", "en", "pass"),
        ("Smoking in bars has been allowed since 2007.",
         "Smoking in bars has been banned since 2007.", "en", "en", "fail"),
        ("Fumer dans les bars est interdit depuis 2007.",
         "Smoking in bars has been banned since 2007.", "fr", "en", "pass"),
        ("Les droits de pêche sont interdits depuis 1990.",
         "Fishing rights have been officially recognised since 1990.", "fr", "en", "fail"),
        ("Smoking in bars has not been allowed since 2007.",
         "Smoking in bars has been banned since 2007.", "en", "en", "pass"),
        # office: came to power against stepped down.
        ("She took office in 2012.", "She came to power in 2012.", "en", "en", "pass"),
        ("She stepped down in 2012.", "She came to power in 2012.", "en", "en", "fail"),
        ("Sie trat 2012 zurück.", "She came to power in 2012.", "de", "en", "fail"),
        ("Elle est arrivée au pouvoir en 2012.", "She came to power in 2012.", "fr", "en",
         "pass"),
        # travel: arrived against left.
        ("He arrived in Spain in March 2001.", "He landed in Spain in March 2001.", "en",
         "en", "pass"),
        ("He left Spain in March 2001.", "Llegó a España en marzo de 2001.", "en", "es",
         "fail"),
        ("Er landete im März 2001 in Spanien.", "He arrived in Spain in March 2001.", "de",
         "en", "pass"),
        # opening: opened against closed; a share price's close is no closing.
        ("The museum will reopen on 3 May.", "The museum will open on 3 May.", "en", "en",
         "pass"),
        ("The museum will close on 3 May.", "The museum will open on 3 May.", "en", "en",
         "fail"),
        ("Le musée fermera le 3 mai.", "The museum will open on 3 May.", "fr", "en", "fail"),
        ("Das Museum öffnet am 3. Mai.", "The museum will open on 3 May.", "de", "en",
         "pass"),
        ("Shares closed at $40 on Monday.", "Shares opened at $40 on Monday.", "en", "en",
         "pass"),
        # preservation: intact against demolished.
        ("The 12th-century chapel was torn down.",
         "The 12th-century chapel remains intact.", "en", "en", "fail"),
        ("Die Kapelle aus dem 12. Jahrhundert wurde abgerissen.",
         "The 12th-century chapel remains intact.", "de", "en", "fail"),
        ("La chapelle du XIIe siècle est intacte.",
         "The 12th-century chapel remains intact.", "fr", "en", "pass"),
        ("Die Kapelle aus dem 12. Jahrhundert ist bis heute erhalten.",
         "The 12th-century chapel was demolished.", "de", "en", "fail"),
        ("Die Kapelle aus dem 12. Jahrhundert ist vollständig erhalten.",
         "The 12th-century chapel remains intact.", "de", "en", "pass"),
    ],
)  # fmt: skip
def test_permission_office_travel_opening(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A figure's next word against the same word with a negative prefix.
        ("The site is 98% accessible to wheelchair users.",
         "The site is 98% inaccessible to wheelchair users.", "en", "en", "fail"),
        ("The site is 98% accessible to wheelchair users.",
         "The site is 98% accessible for wheelchairs.", "en", "en", "pass"),
        ("El servicio está 99 % disponible.", "El servicio está 99 % indisponible.", "es",
         "es", "fail"),
        ("Le service est 99 % indisponible.", "Le service est 99 % disponible.", "fr", "fr",
         "fail"),
        ("Der Dienst ist zu 99 % unerreichbar.", "Der Dienst ist zu 99 % erreichbar.", "de",
         "de", "fail"),
    ],
)  # fmt: skip
def test_prefixed_antonym(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang",
    [
        # "changed hands" is no change of state; "changed little" says unchanged.
        ("The firm, which changed hands in 2015, employs 300 people.",
         "The firm employs 300 people and has been unchanged in size since 2015.", "en",
         "en"),
        ("Prices changed little in 2019, rising 0.1%.",
         "Prices were broadly unchanged in 2019, up 0.1%.", "en", "en"),
        # Opening or closing something else (an object) is not the subject's opening.
        ("Sales of 3 million units were recorded after the store opened in 2019.",
         "The store, which closed its old branch in 2019, sold 3 million units.", "en",
         "en"),
        ("La boutique a ouvert ses portes en 2019.", "The shop opened in 2019.", "fr",
         "en"),
        # A number of goods sold is a number bought: the seller's and buyers' words.
        ("The company sold 40,000 cars in 2020.",
         "Customers bought 40,000 of the company's cars in 2020.", "en", "en"),
        ("Die Firma hat 2020 40.000 Autos verkauft.",
         "Customers bought 40,000 of the company's cars in 2020.", "de", "en"),
        # A passive sale names the buyer: the buyer bought.
        ("YouTube wurde 2006 für 1,65 Mrd. Dollar an Google verkauft.",
         "Google bought YouTube for $1.65bn in 2006.", "de", "en"),
        ("YouTube fue vendido a Google en 2006.", "Google bought YouTube in 2006.", "es",
         "en"),
        # A state until a time may end there: "legal until 2007", "banned in 2007".
        ("Smoking was legal until 2007.", "Smoking was banned in 2007.", "en", "en"),
        # Both sides in one clause decide nothing.
        ("Twelve people were killed and 3 survived.", "12 people died; three survived.",
         "en", "en"),
    ],
)  # fmt: skip
def test_no_false_fail(statement, quote, lang, quote_lang):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got != "fail", reason
