"""What is said of a right figure, inverted, read by the [polarity] groups' words widened
(a probe set of corpus sentences with their predicate turned): promoted or appointed to
a post or becoming its holder against resigning ("promoted Jo Bloggs to the role of
CEO", "befördert", "promu", "ascendido", "promovido"); "trat … zurück" with up to six
words between; arriving ("arrive in") against leaving; a call for someone to stay ("forderte,
dass sie bleibt") against one for their resignation; Chinese lifting of sanctions with
up to ten characters before "禁运"; German feeling safe with up to six words before
"sicher"; starting or ending a service or a study with up to three words between, and
production, operations or works named before the verb ("production began", "la
production a cessé", "la producción terminó", "die Produktion wurde … aufgenommen"). Each
in one language or across two; right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Taking up a post against resigning.
        ("On May 3, 2016, Jo Bloggs resigned as CEO of Acme.",
         "On May 3, 2016, Acme promoted Jo Bloggs to the role of CEO.", "en", "en", "fail"),
        ("Am 3. Mai 2016 trat Jo Bloggs als Chefin von Acme zurück.",
         "On May 3, 2016, Acme promoted Jo Bloggs to the role of CEO.", "de", "en", "fail"),
        ("Le 3 mai 2016, Jo Bloggs a démissionné de son poste.",
         "On May 3, 2016, Jo Bloggs became the new CEO of Acme.", "fr", "en", "fail"),
        ("On May 3, 2016, Jo Bloggs resigned from Acme.",
         "El 3 de mayo de 2016, Jo Bloggs fue ascendida a directora de Acme.", "en", "es", "fail"),
        ("On May 3, 2016, Jo Bloggs became CEO of Acme.",
         "On May 3, 2016, Acme promoted Jo Bloggs to the role of CEO.", "en", "en", "pass"),
        # Arriving against leaving.
        ("After 41 days at sea, the crew left Chile.",
         "After 41 days at sea, the crew arrive in Chile.", "en", "en", "fail"),
        ("After 41 days at sea, the crew arrived in Chile.",
         "After 41 days at sea, the crew arrive in Chile.", "en", "en", "pass"),
        # A call to stay against a call to resign.
        ("Eine Petition mit 12.000 Unterschriften forderte, dass die Bürgermeisterin bleibt.",
         "A petition with 12,000 signatures called for the mayor's resignation.", "de", "en",
         "fail"),
        ("A petition with 12,000 signatures called for the mayor to stay.",
         "Eine Petition mit 12.000 Unterschriften forderte, dass die Bürgermeisterin bleibt.",
         "en", "de", "pass"),
        # Sanctions kept or imposed against lifted, Chinese with a longer object.
        ("2003年，政府解除了对该国的石油禁运。",
         "In 2003 the government imposed an oil embargo on the country.", "zh", "en", "fail"),
        ("2003年，政府解除了对该国的石油禁运。",
         "In 2003 the government lifted the oil embargo on the country.", "zh", "en", "pass"),
        # Feeling safe against uneasy, German with a longer phrase before "sicher".
        ("Etwa 40 % fühlen sich bei der Nutzung öffentlicher Netze sicher.",
         "About 40% feel uneasy about using public networks in cafés.", "de", "en", "fail"),
        ("Etwa 40 % fühlen sich bei der Nutzung öffentlicher Netze unsicher.",
         "About 40% feel uneasy about using public networks in cafés.", "de", "en", "pass"),
        # Starting against ending a service or a study.
        ("The city ends its free bike service on June 1.",
         "The city launched its free bike service on June 1.", "en", "en", "fail"),
        ("In 2012 the agency ended a large study of sleep.",
         "In 2012 the agency launched a large study of sleep.", "en", "en", "fail"),
        ("In 2012 the agency began a large study of sleep.",
         "In 2012 the agency launched a large study of sleep.", "en", "en", "pass"),
        # The noun before its verb: "production began" against "production ended".
        ("Production ended in 2016 at the Douai plant.",
         "La production a commencé en 2016 dans l'usine de Douai.", "en", "fr", "fail"),
        ("La producción terminó en 2016 en la planta de Douai.",
         "La production a commencé en 2016 dans l'usine de Douai.", "es", "fr", "fail"),
        ("2016年，杜埃工厂停止生产。",
         "La production a commencé en 2016 dans l'usine de Douai.", "zh", "fr", "fail"),
        ("La production a cessé en 2016 à l'usine de Douai.",
         "Production began in 2016 at the Douai plant.", "fr", "en", "fail"),
        ("Die Produktion wurde 2016 im Werk Douai aufgenommen.",
         "La production a cessé en 2016 à l'usine de Douai.", "de", "fr", "fail"),
        ("Production began in 2016 at the Douai plant.",
         "La production a commencé en 2016 dans l'usine de Douai.", "en", "fr", "pass"),
        ("La producción comenzó en 2016 en la planta de Douai.",
         "Production began in 2016 at the Douai plant.", "es", "en", "pass"),
    ],
)  # fmt: skip
def test_inverted_predicates_wider(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
