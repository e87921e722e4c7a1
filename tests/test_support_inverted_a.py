"""What is said of a right figure, inverted (holdout41's false passes of an opposed predicate,
a negation or a swapped agent): coming home safely against dying; a process running on
against stopping itself; an offer made or improved against withdrawn; letting people in
against keeping them out; depending on something against being independent of it (with
Chinese's framing phrase "在1985年…中，" read as its main clause's time); the giver against
the recipient of a gift; a quantity rising against falling (with Japanese's framing phrase
"2020年の…を見据え、" read as its main clause's time); across languages, a negated main verb
in a sentence without the figure against a quote with no negation (unverified); a direction
the quote gives another figure of the kind in another sentence (unverified); a multiplier
whose quote has only a demonstrative for its subject and not the statement's named
reference (unverified). Each in one language or across two; right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Coming home safely against dying.
        ("Anna Roe, 34, returned home safely.", "Anna Roe, 34, died in the crash.",
         "en", "en", "fail"),
        ("Anna Roe, 34, made it back home safe and sound.",
         "Anna Roe, 34, came home safely from the trip.", "en", "en", "pass"),
        # A process running on against stopping itself.
        ("The server keeps running after 5 failed checks.",
         "The server shuts itself down after 5 failed checks.", "en", "en", "fail"),
        ("Der Server läuft nach 5 Fehlversuchen weiter.",
         "The server shuts itself down after 5 failed checks.", "de", "en", "fail"),
        ("Le serveur s'arrête après 5 échecs.",
         "The server keeps running after 5 failed checks.", "fr", "en", "fail"),
        ("El servidor sigue funcionando tras 5 fallos.",
         "El servidor se apaga tras 5 fallos.", "es", "es", "fail"),
        ("The process keeps running after 5 failed checks.",
         "5次检查失败后，进程会自动退出。", "en", "zh", "fail"),
        ("The server keeps running after 5 failed checks.",
         "The server continues to work even after 5 failed checks.", "en", "en", "pass"),
        # An offer made or improved against withdrawn.
        ("In May 2019, Acme withdrew its $5 billion offer for Beta.",
         "Acme raised its offer for Beta to $5 billion in May 2019.", "en", "en", "fail"),
        ("Im Mai 2019 zog Acme sein Angebot von 5 Milliarden Dollar zurück.",
         "In May 2019 Acme sweetened its $5 billion offer.", "de", "en", "fail"),
        ("En mayo de 2019, Acme retiró su oferta de 5.000 millones de dólares.",
         "In May 2019 Acme sweetened its $5 billion offer.", "es", "en", "fail"),
        ("2019年5月、アクメは50億ドルの提案を撤回した。",
         "In May 2019 Acme sweetened its $5 billion offer.", "ja", "en", "fail"),
        ("In May 2019, Acme made a $5 billion offer for Beta.",
         "In May 2019 Acme sweetened its $5 billion offer for Beta.", "en", "en", "pass"),
        # Letting people in against keeping them out.
        ("In 2015, the government let 300 refugees back into the country.",
         "In 2015, the government kept 300 refugees out of the country.", "en", "en", "fail"),
        ("En 2015, le gouvernement a laissé entrer 300 réfugiés.",
         "In 2015, the government kept 300 refugees out of the country.", "fr", "en", "fail"),
        ("In 2015, the government let 300 refugees into the country.",
         "In 2015, the government allowed 300 refugees into the country.", "en", "en", "pass"),
        ("The coach let 4 players compete in the final in 2019.",
         "The coach let 4 players compete in the final in 2019, the club said.", "en", "en",
         "pass"),
        # Depending on something against being independent of it.
        ("A 2009 survey found that the yield depends on rainfall.",
         "A 2009 survey found that the yield is independent of rainfall.", "en", "en", "fail"),
        ("The 2009 survey found that the yield depends on rainfall.",
         "在2009年开展的调查中，研究人员发现产量与降雨量无关。", "en", "zh", "fail"),
        ("Laut der Studie von 2009 ist der Ertrag unabhängig vom Regen.",
         "The 2009 survey found that the yield depends on rainfall.", "de", "en", "fail"),
        ("The 2009 survey found that the yield depends on rainfall.",
         "在2009年开展的调查中，研究人员发现产量与降雨量没有关系。", "en", "zh", "fail"),
        ("The 2009 survey found that the yield depends on rainfall.",
         "在2009年开展的调查中，研究人员发现产量与降雨量有关。", "en", "zh", "pass"),
        ("Selon l'étude de 2009, le rendement dépend de la pluie.",
         "The 2009 survey found that the yield varies with rainfall.", "fr", "en", "pass"),
        ("The 2009 survey found that the yield does not depend on rainfall.",
         "The 2009 survey found that the yield is independent of rainfall.", "en", "en", "pass"),
        # The giver against the recipient.
        ("In 2012, Alice Smith gave $300 to Bob Jones.",
         "Bob Jones gave $300 to Alice Smith in 2012.", "en", "en", "fail"),
        ("En 2012, Alice Smith donó 300 dólares a Bob Jones.",
         "Bob Jones gave $300 to Alice Smith in 2012.", "es", "en", "fail"),
        ("En 2012, Alice Smith a versé 300 dollars à Bob Jones.",
         "En 2012, Bob Jones a versé 300 dollars à Alice Smith.", "fr", "fr", "fail"),
        ("In 2012, Alice Smith gave $300 to Bob Jones.",
         "Bob Jones在2012年捐给Alice Smith 300美元。", "en", "zh", "fail"),
        ("In 2012, Alice Smith gave $300 to Bob Jones.",
         "In 2012, Alice Smith donated $300 to Bob Jones's campaign.", "en", "en", "pass"),
        ("Bob Jones was given $300 by Alice Smith in 2012.",
         "In 2012, Alice Smith donated $300 to Bob Jones.", "en", "en", "pass"),
        # A quantity rising against falling, said by a verb (a German separable one too,
        # and in Japanese's framing phrase "2024年の…を見据え、").
        ("In 2024, the number of voters is falling.",
         "In 2024, the number of voters grew.", "en", "en", "fail"),
        ("Vor der Wahl 2024 nimmt die Zahl der Wähler zu.",
         "Before the 2024 election, the number of voters is falling.", "de", "en", "fail"),
        ("Vor der Wahl 2024 nimmt die Zahl der Wähler zu.",
         "2024年の選挙を見据え、有権者の数も減少している。", "de", "ja", "fail"),
        ("En 2024, le nombre d'électeurs augmente.",
         "En 2024, el número de votantes disminuye.", "fr", "es", "fail"),
        ("In 2024, the number of voters is rising.",
         "2024年，选民人数持续增长。", "en", "zh", "pass"),
        ("Vor der Wahl 2024 nimmt die Zahl der Wähler ab.",
         "2024年の選挙を見据え、有権者の数も減少している。", "de", "ja", "pass"),
        # Across languages, a negated main verb in a sentence (or a clause after a semicolon)
        # without the figure, against a quote that negates nothing: for a person to read.
        ("El gobierno no recorta el impuesto; la ley entra en vigor el 3 de marzo.",
         "The government is also cutting the fuel tax. The law takes effect on March 3.",
         "es", "en", "unverified"),
        ("Le gouvernement ne réduit pas la taxe ; la loi entre en vigueur le 3 mars.",
         "The government is also cutting the fuel tax. The law takes effect on March 3.",
         "fr", "en", "unverified"),
        ("Die Regierung senkt die Steuer nicht; das Gesetz tritt am 3. März in Kraft.",
         "The government is also cutting the fuel tax. The law takes effect on March 3.",
         "de", "en", "fail"),
        ("El gobierno recorta el impuesto; la ley entra en vigor el 3 de marzo.",
         "The government is also cutting the fuel tax. The law takes effect on March 3.",
         "es", "en", "pass"),
        # A direction the quote gives only in another sentence, to another figure of the
        # kind there, is none of the compared figure's: for a person to read.
        ("Das Werk senkt seine Emissionen um 90 Prozent.",
         "Das Werk verwertet 90 Prozent seiner Abfälle wieder. Zudem senkt es seine "
         "Emissionen deutlich, um 30 Prozent.", "de", "de", "unverified"),
        ("その工場は排出量を90%削減する。",
         "The plant recycles 90% of its waste. It also reduces its emissions by 30%.",
         "ja", "en", "unverified"),
        ("The plant cut its emissions by 90%.",
         "The plant cut its emissions by 90%. Its water use fell by 30%.", "en", "en", "pass"),
        ("Das Werk senkt seine Emissionen um 90 Prozent.",
         "Das Werk senkt seine Emissionen. Sie liegen nun 90 Prozent unter dem Stand von "
         "1990.", "de", "de", "pass"),
        # A multiplier's quote whose subject is only a demonstrative ("その利回り", "其利率"),
        # its reference what the statement gives as the multiple: the sides are swapped
        # whatever the demonstrative stands for (issue-B, [multiplier_sides]; the labels of
        # "その金利は定期預金の200倍" say so).
        ("Regular savings pay 50 times the rate of Tesla's new bond.",
         "その利回りは普通預金の50倍だ。", "en", "ja", "fail"),
        ("Savings accounts pay 50 times the rate of Tesla's bond.",
         "其利率是储蓄存款的50倍。", "en", "zh", "fail"),
        ("Tesla's new bond pays 50 times the rate of regular savings.",
         "その利回りは普通預金の50倍だ。", "en", "ja", "pass"),
        ("Tesla's bond pays 50 times the rate of savings accounts.",
         "其利率是储蓄存款的50倍。", "en", "zh", "pass"),
    ],
)  # fmt: skip
def test_inverted_predicates(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
