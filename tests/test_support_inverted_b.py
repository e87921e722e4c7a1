"""What is said of a right figure, inverted (a probe set of corpus sentences with their
predicate turned): including against excluding ([polarity] group ``inclusion`` in every
language, with tax included or not; the excluding words of Chinese and Japanese, and
German "ohne", Spanish "sin", Portuguese "sem", hold their own negation), read in a short
note bracketed right after the figure too ("4800円（税込）"); an ordinal's
adverbial phrase opened by "pela"/"por"/"pour"/"zum" ("Pela primeira vez, …") modifies
its main clause; a permission in a quote whose other sentence bans another act
("…但仍然被允许飞行。…严禁饮酒") still meets a ban of the statement; a person's age
given in a relative clause ("Roof, who was 21 at the time, was arrested") is said of the
sentence's predicate. Each in one language or across two; right paraphrases pass."""

import pytest

from factdb.engine.support import claim_supported

_PILOTS = "至少有三名飞行员在飞行前很疲惫，但仍然被允许飞行。飞行前8小时严禁饮酒。"


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Including against excluding.
        ("In 2021 the new cabinet will include the South.",
         "Em 2021, o novo gabinete excluirá o Sul.", "en", "pt", "fail"),
        ("In 2021 the budget excluded 3 regions.",
         "In 2021 the budget included 3 regions.", "en", "en", "fail"),
        ("2021 schloss der Haushalt 3 Regionen aus.",
         "In 2021 the budget included 3 regions.", "de", "en", "fail"),
        ("En 2021, le budget inclura 3 régions.",
         "En 2021, el presupuesto excluirá 3 regiones.", "fr", "es", "fail"),
        ("En 2021, el presupuesto incluirá 3 regiones.",
         "2021年的预算排除了3个地区。", "es", "zh", "fail"),
        ("In 2021 the price included 3 meals.",
         "2021年の価格は3食を含まない。", "en", "ja", "fail"),
        ("In 2021 the budget left out 3 regions.",
         "Em 2021, o orçamento excluiu 3 regiões.", "en", "pt", "pass"),
        ("In 2021 the budget will include 3 regions.",
         "En 2021, le budget inclura 3 régions.", "en", "fr", "pass"),
        # Tax included against excluded, in a note bracketed after the figure too.
        ("The ticket costs 4,800 yen excluding tax.",
         "チケットは4800円（税込）。", "en", "ja", "fail"),
        ("Das Ticket kostet 4800 Yen ohne Steuer.",
         "チケットは4800円（税込）。", "de", "ja", "fail"),
        ("El billete cuesta 48 euros sin IVA.",
         "Le billet coûte 48 euros TTC.", "es", "fr", "fail"),
        ("The ticket costs $48 including tax.",
         "The ticket costs $48 (before tax).", "en", "en", "fail"),
        ("The ticket costs 4,800 yen including tax.",
         "チケットは4800円（税込）。", "en", "ja", "pass"),
        ("Das Ticket kostet 48 Euro inkl. MwSt.",
         "The ticket costs 48 euros including tax.", "de", "en", "pass"),
        # An ordinal's adverbial phrase at the sentence's start modifies the main clause.
        ("For the first time, the new cabinet will include the South.",
         "Pela primeira vez, o novo gabinete excluirá o Sul.", "en", "pt", "fail"),
        ("Pour la première fois, le gouvernement inclura le Sud.",
         "Pour la première fois, le gouvernement exclura le Sud.", "fr", "fr", "fail"),
        ("Zum ersten Mal schließt das Kabinett den Süden aus.",
         "For the first time, the cabinet will include the South.", "de", "en", "fail"),
        ("For the first time, the cabinet will leave the South out of it.",
         "Pela primeira vez, o gabinete excluirá o Sul.", "en", "pt", "pass"),
        # A permission against a ban; another sentence of the quote bans another act.
        ("Au moins trois pilotes fatigués ont été interdits de vol.",
         _PILOTS, "fr", "zh", "fail"),
        ("At least three tired pilots were banned from flying.",
         _PILOTS, "en", "zh", "fail"),
        ("At least three tired pilots were still allowed to fly.",
         _PILOTS, "en", "zh", "pass"),
        # An age in a relative clause on the name, and the sentence's predicate.
        ("Jan Roe, 34, was released on Monday.",
         "Jan Roe, who was 34 at the time, was arrested on Monday.", "en", "en", "fail"),
        ("Jan Roe, 34 ans, a été libéré lundi.",
         "Jan Roe, who was 34 at the time, was arrested on Monday.", "fr", "en", "fail"),
        ("Jan Roe, 34, was arrested on Monday.",
         "Jan Roe, who was 34 at the time, was arrested on Monday.", "en", "en", "pass"),
    ],
)  # fmt: skip
def test_inverted_predicates(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
