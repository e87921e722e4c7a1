"""Figures kept, the predicate inverted or negated on one side, or a finishing order swapped
(issue 13, class E): a statement and a quote agreeing on every figure but saying opposite
things of them were passed. Dismissed against promoted ([polarity] office), at liberty
against in prison (custody), refused to against plans to (intent, a governing group whose
refusing side holds its own negation), a greatest success against a frustration
(appraisal, read in the figure's sentence), a negation on a verb coordinated after an
apposition holding the figure ("Roof, alors âgé de 21 ans, a pris la fuite et n'a jamais
été arrêté", `_coordinated_negation`), and two names put the other way round by words of a
finishing order ([finishing_order]: "vor", "gefolgt von", "lost … to", "musste sich …
geschlagen geben"; `_finishing_orders`). Right paraphrases keep passing."""

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.ranks import _finishing_orders


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


_FAILS = [
    (
        "On 24 March 2014 Mozilla dismissed Brendan Eich as CEO.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "en",
        "en",
    ),
    (
        "Le 24 mars 2014, Mozilla a limogé Brendan Eich de son poste de PDG.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "fr",
        "en",
    ),
    (
        "Em 24 de março de 2014, a Mozilla destituiu Brendan Eich do cargo de CEO.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "pt",
        "en",
    ),
    (
        "On 24 March 2014 Mozilla removed Brendan Eich as CEO.",
        "El 24 de marzo de 2014 Mozilla nombró a Brendan Eich consejero delegado y fue "
        "ascendido a consejero delegado.",
        "en",
        "es",
    ),
    (
        "Since February 1999 he has lived in freedom on the island of Imrali.",
        "Since February 1999 he has remained in a maximum-security prison on the island of Imrali.",
        "en",
        "en",
    ),
    (
        "Desde febrero de 1999 vive en libertad en la isla de Imrali.",
        "Since February 1999 he has remained in a maximum-security prison on the island of Imrali.",
        "es",
        "en",
    ),
    (
        "Seit Februar 1999 lebt er in Freiheit auf der Insel Imrali.",
        "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en la isla turca de "
        "Imrali.",
        "de",
        "es",
    ),
    (
        "Depuis février 1999, il vit en liberté sur l'île d'Imrali.",
        "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en la isla turca de "
        "Imrali.",
        "fr",
        "es",
    ),
    (
        "Desde fevereiro de 1999 vive em liberdade na ilha de Imrali.",
        "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en la isla turca de "
        "Imrali.",
        "pt",
        "es",
    ),
    (
        "Roof, alors âgé de 21 ans, a pris la fuite et n'a jamais été arrêté.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "fr",
        "en",
    ),
    (
        "Roof, de 21 años, huyó y nunca fue detenido.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "es",
        "en",
    ),
    (
        "Roof, de 21 anos, fugiu e nunca foi preso.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "pt",
        "en",
    ),
    (
        "Roof, damals 21, floh und wurde nie festgenommen.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "de",
        "en",
    ),
    (
        "Obama refused to sign the order, which provided for a six-month review.",
        "the executive order that President Obama plans to sign on Friday will have a "
        "six-month review period",
        "en",
        "en",
    ),
    (
        "Obama se negó a firmar la orden, que preveía una revisión de seis meses.",
        "the executive order that President Obama plans to sign on Friday will have a "
        "six-month review period",
        "es",
        "en",
    ),
    (
        "Obama recusou-se a assinar o decreto, que previa uma revisão de seis meses.",
        "the executive order that President Obama plans to sign on Friday will have a "
        "six-month review period",
        "pt",
        "en",
    ),
    (
        "Obama weigerte sich, die Verordnung mit einer sechsmonatigen Überprüfung zu "
        "unterzeichnen.",
        "the executive order that President Obama plans to sign on Friday will have a "
        "six-month review period",
        "de",
        "en",
    ),
    (
        "Obama refused to sign the order, which provided for a six-month review.",
        "Obama prévoit de signer vendredi le décret, qui prévoit un réexamen de six mois.",
        "en",
        "fr",
    ),
    (
        "With 18 months left in office, Obama called gun control his greatest achievement.",
        "But with just 18 months left in power, he said gun control was the area where he has "
        'been "most frustrated and most stymied"',
        "en",
        "en",
    ),
    (
        "À 18 mois de la fin de son mandat, Obama a qualifié le contrôle des armes de son plus "
        "grand succès.",
        "But with just 18 months left in power, he said gun control was the area where he has "
        'been "most frustrated and most stymied"',
        "fr",
        "en",
    ),
    (
        "A 18 meses del final de su mandato, Obama calificó el control de armas como su mayor "
        "logro.",
        "But with just 18 months left in power, he said gun control was the area where he has "
        'been "most frustrated and most stymied"',
        "es",
        "en",
    ),
    (
        "A 18 meses do fim do mandato, Obama chamou o controle de armas de seu maior sucesso.",
        "18 Monate vor Amtsende sagte Obama, die Waffenkontrolle sei sein größter Misserfolg.",
        "pt",
        "de",
    ),
    (
        "Sarah Schäfer finished second ahead of Julieta Gallego Gamez.",
        "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht "
        "Berlin).",
        "en",
        "de",
    ),
    (
        "Sarah Schäfer a terminé deuxième devant Julieta Gallego Gamez.",
        "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht "
        "Berlin).",
        "fr",
        "de",
    ),
    (
        "Sarah Schäfer fue segunda por delante de Julieta Gallego Gamez.",
        "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht "
        "Berlin).",
        "es",
        "de",
    ),
    (
        "Sarah Schäfer ficou em segundo lugar à frente de Julieta Gallego Gamez.",
        "Julieta Gallego Gamez was 2nd, followed by Sarah Schäfer.",
        "pt",
        "en",
    ),
    (
        "Sarah Schäfer wurde Zweite vor Julieta Gallego Gamez.",
        "Julieta Gallego Gamez a pris la 2e place, suivie de Sarah Schäfer.",
        "de",
        "fr",
    ),
    (
        "Louise Wieland lost the women's 60 m to Yuliana Angulo, who ran 7.52 seconds.",
        "Yuliana Angulo (LG Nord) verpasste mit einer Zeit von 7,52 sek um Haaresbreite die "
        "Goldmedaille der 60m Frauen und musste sich Louise Wieland vom Hamburger SV "
        "geschlagen geben.",
        "en",
        "de",
    ),
    (
        "Louise Wieland lost the 60 m to Yuliana Angulo, who ran 7.52 seconds.",
        "Yuliana Angulo ran 7.52 seconds but lost the 60 m to Louise Wieland.",
        "en",
        "en",
    ),
    (
        "Louise Wieland a perdu le 60 m contre Yuliana Angulo, qui a couru en 7,52 secondes.",
        "Yuliana Angulo ran 7.52 seconds but lost the 60 m to Louise Wieland.",
        "fr",
        "en",
    ),
    (
        "Louise Wieland perdió los 60 m ante Yuliana Angulo, que corrió en 7,52 segundos.",
        "Yuliana Angulo ran 7.52 seconds but lost the 60 m to Louise Wieland.",
        "es",
        "en",
    ),
    (
        "Louise Wieland perdeu os 60 m para Yuliana Angulo, que correu em 7,52 segundos.",
        "Yuliana Angulo ran 7.52 seconds but lost the 60 m to Louise Wieland.",
        "pt",
        "en",
    ),
    (
        "Am 24. März 2014 wurde Brendan Eich bei Mozilla als CEO abgesetzt.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "de",
        "en",
    ),
    (
        "2014年3月24日、モジラはブレンダン・アイクをCEOから解任した。",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "ja",
        "en",
    ),
    (
        "2014年3月24日，Mozilla罢免了布兰登·艾克的首席执行官职务。",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "zh",
        "en",
    ),
    (
        "El 24 de marzo de 2014 Mozilla destituyó a Brendan Eich como consejero delegado.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "es",
        "en",
    ),
    (
        "Desde febrero de 1999 vive en libertad en la isla de Imrali.",
        "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en la isla turca de "
        "Imrali.",
        "es",
        "es",
    ),
    (
        "Obama a refusé de signer le décret, qui prévoyait un réexamen de six mois.",
        "the executive order that President Obama plans to sign on Friday, days before leaving "
        "office, will have a six-month review period",
        "fr",
        "en",
    ),
    (
        "18 Monate vor Amtsende nannte Obama die Waffenkontrolle seinen größten Erfolg.",
        "But with just 18 months left in power, he said gun control was the area where he has "
        'been "most frustrated and most stymied"',
        "de",
        "en",
    ),
    (
        "Sarah Schäfer wurde Zweite vor Julieta Gallego Gamez.",
        "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht "
        "Berlin).",
        "de",
        "de",
    ),
]

_KEPT = [
    (
        "Mozilla named Eich CEO on 24 March 2014.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "en",
        "en",
    ),
    (
        "El 24 de marzo de 2014 Mozilla destituyó a Brendan Eich como consejero delegado.",
        "On March 24, 2014, Mozilla removed Brendan Eich as CEO.",
        "es",
        "en",
    ),
    (
        "Desde febrero de 1999 permanece en prisión en la isla de Imrali.",
        "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en la isla turca de "
        "Imrali.",
        "es",
        "es",
    ),
    (
        "Since February 1999 he has been held in a prison on the island of Imrali.",
        "Desde febrero de 1999 permanece en una cárcel de máxima seguridad en la isla turca de "
        "Imrali.",
        "en",
        "es",
    ),
    (
        "Roof, who was 21 at the time, was arrested the next day.",
        "Roof, 21, wurde am nächsten Tag festgenommen.",
        "en",
        "de",
    ),
    (
        "Roof, alors âgé de 21 ans, a été arrêté le lendemain.",
        "Roof, who was 21 at the time, was arrested the next day.",
        "fr",
        "en",
    ),
    (
        "Obama prévoit de signer le décret, qui prévoit un réexamen de six mois.",
        "the executive order that President Obama plans to sign on Friday will have a "
        "six-month review period",
        "fr",
        "en",
    ),
    (
        "Obama plans to sign an order with a six-month review period.",
        "the executive order that President Obama plans to sign on Friday will have a "
        "six-month review period",
        "en",
        "en",
    ),
    (
        "18 Monate vor Amtsende nannte Obama die Waffenkontrolle seine größte Frustration.",
        "But with just 18 months left in power, he said gun control was the area where he has "
        'been "most frustrated and most stymied"',
        "de",
        "en",
    ),
    (
        "With 18 months left, Obama said gun control was where he was most frustrated.",
        "But with just 18 months left in power, he said gun control was the area where he has "
        'been "most frustrated and most stymied"',
        "en",
        "en",
    ),
    (
        "Julieta Gallego Gamez wurde Zweite vor Sarah Schäfer.",
        "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht "
        "Berlin).",
        "de",
        "de",
    ),
    (
        "Julieta Gallego Gamez finished second ahead of Sarah Schäfer.",
        "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht "
        "Berlin).",
        "en",
        "de",
    ),
    (
        "Julieta Gallego Gamez fue segunda, seguida de Sarah Schäfer.",
        "Julieta Gallego Gamez a pris la 2e place, suivie de Sarah Schäfer.",
        "es",
        "fr",
    ),
    (
        "Yuliana Angulo musste sich in 7,52 Sekunden Louise Wieland geschlagen geben.",
        "Yuliana Angulo ran 7.52 seconds but lost the 60 m to Louise Wieland.",
        "de",
        "en",
    ),
    (
        "El 24 de marzo de 2014 Brendan Eich fue nombrado consejero delegado de Mozilla.",
        "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.",
        "es",
        "en",
    ),
]


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang"), _FAILS)
def test_inverted_predicate_or_order_fails(
    statement: str, quote: str, lang: str, quote_lang: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == "fail"


@pytest.mark.parametrize(("statement", "quote", "lang", "quote_lang"), _KEPT)
def test_right_paraphrase_passes(statement: str, quote: str, lang: str, quote_lang: str) -> None:
    assert _status(statement, quote, lang, quote_lang) == "pass"


def test_order_kept_is_no_failure() -> None:
    # The time is read as the engine reads it (not this check's), the order agrees.
    quote = (
        "Yuliana Angulo (LG Nord) verpasste mit einer Zeit von 7,52 sek um Haaresbreite die "
        "Goldmedaille der 60m Frauen und musste sich Louise Wieland vom Hamburger SV "
        "geschlagen geben."
    )
    statement = "Yuliana Angulo, who ran 7.52 seconds, lost the women's 60 m to Louise Wieland."
    assert _status(statement, quote, "en", "de") != "fail"


def test_winner_and_loser_by_verbs() -> None:
    quote = "In 2019 Jones was beaten 3-1 by Smith."
    assert _status("Smith schlug Jones 2019 mit 3:1.", quote, "de", "en") == "pass"
    assert _status("Jones schlug Smith 2019 mit 3:1.", quote, "de", "en") == "fail"
    assert _status(
        "Jones beat Smith 3-1 in 2019.", "Jones lost 3-1 to Smith in 2019.", "en", "en"
    ) == ("fail")
    kept = "Roof, alors âgé de 21 ans, a pris la fuite et a été arrêté le lendemain."
    assert _status(
        kept, "Roof, who was 21 at the time, was arrested the next day.", "fr", "en"
    ) == ("pass")


def test_winner_before_order_word_kept() -> None:
    # "s'est imposée … devant": the winner ahead, as "siegte … vor" says.
    statement = "Ossowski siegte in 4:12,08 min vor Brandt."
    quote = "Marta Ossowski s'est imposée en 4:12,08 devant Lena Brandt."
    assert _status(statement, quote, "de", "fr") == "pass"


def test_finishing_orders_read() -> None:
    shared = frozenset({"Sarah", "Schäfer", "Julieta", "Gallego", "Gamez"})
    quote = "2. wurde Julieta Gallego Gamez (LG Nord), gefolgt von Sarah Schäfer (RSV Eintracht)."
    assert _finishing_orders(quote, "de", shared) == [
        (frozenset({"Julieta", "Gallego", "Gamez"}), frozenset({"Sarah", "Schäfer"}))
    ]
    statement = "Sarah Schäfer s'est inclinée devant Julieta Gallego Gamez."
    assert _finishing_orders(statement, "fr", shared) == [
        (frozenset({"Julieta", "Gallego", "Gamez"}), frozenset({"Sarah", "Schäfer"}))
    ]
    # No name after the words within reach: no order.
    assert _finishing_orders("Sarah Schäfer lief vor dem Start los.", "de", shared) == []
