"""Classes of holdout30's false passes where the statement keeps the quote's figure but
gives it to another holder or role, with new sentences: a range's top said to be where
it starts ("prices start at €90" for "from €40 to €90"), a span's end said to be when it
began, winner and runner-up swapped around "ahead of", and a rank given to the person of
another clause."""

import pytest

from factdb.engine.support import claim_supported

_EN_PRICES = "Tickets for the festival cost from $35 to $120 a day."
_DE_PRICES = "Die Tickets für das Festival kosten von 35 bis 120 Dollar pro Tag."
_FR_PRICES = "Les billets du festival coûtent de 35 à 120 dollars par jour."
_ZH_SPAN = "2009年3月至2013年6月，该机构资助了一项土壤研究。"
_EN_SPAN = "The agency funded a soil study from March 2009 to June 2013."
_DE_SPAN = "Die Behörde finanzierte von März 2009 bis Juni 2013 eine Bodenstudie."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # The top of a range is not where it starts.
        ("Festival tickets start at $120 a day.", "en", _EN_PRICES, "en", "fail"),
        ("Festival tickets start at $35 a day.", "en", _EN_PRICES, "en", "pass"),
        ("Festivaltickets gibt es ab 120 Dollar pro Tag.", "de", _EN_PRICES, "en", "fail"),
        ("Festivaltickets gibt es ab 35 Dollar pro Tag.", "de", _DE_PRICES, "de", "pass"),
        ("Les billets sont vendus à partir de 120 dollars.", "fr", _DE_PRICES, "de", "fail"),
        ("Les billets sont vendus à partir de 35 dollars.", "fr", _FR_PRICES, "fr", "pass"),
        ("Las entradas cuestan a partir de 120 dólares.", "es", _FR_PRICES, "fr", "fail"),
        # The top of a range said as the top passes.
        ("Festival tickets cost up to $120 a day.", "en", _DE_PRICES, "de", "pass"),
        # A span's start is its first date, not its last.
        ("The soil study began in June 2013.", "en", _ZH_SPAN, "zh", "fail"),
        ("The soil study began in March 2009.", "en", _ZH_SPAN, "zh", "pass"),
        ("The soil study ran until June 2013.", "en", _ZH_SPAN, "zh", "pass"),
        ("Die Bodenstudie begann im Juni 2013.", "de", _EN_SPAN, "en", "fail"),
        ("Die Bodenstudie begann im März 2009.", "de", _EN_SPAN, "en", "pass"),
        ("L'étude a commencé en juin 2013.", "fr", _ZH_SPAN, "zh", "fail"),
        ("L'étude a commencé en mars 2009.", "fr", _EN_SPAN, "en", "pass"),
        ("El estudio comenzó en junio de 2013.", "es", _EN_SPAN, "en", "fail"),
        # A date bounded right after another ("bis Juni 2013") ends a span too.
        ("L'étude a commencé en juin 2013.", "fr", _DE_SPAN, "de", "fail"),
        ("The soil study began in March 2009.", "en", _DE_SPAN, "de", "pass"),
        ("该研究从2013年6月开始。", "zh", _EN_SPAN, "en", "fail"),
    ],
)
def test_range_start(statement: str, lang: str, quote: str, quote_lang: str, status: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


_DE_RACE = "Marta Ossowski (TSV Nord) gewann in 4:12,08 min vor Lena Brandt und Ida Kern."
_EN_RACE = "Marta Ossowski won in 4:12.08, ahead of Lena Brandt and Ida Kern."
_FR_RACE = "Marta Ossowski s'est imposée en 4:12,08 devant Lena Brandt."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # Who is ahead of whom, swapped around the figure.
        ("Lena Brandt won in 4:12.08, ahead of Ossowski.", "en", _DE_RACE, "de", "fail"),
        ("Ossowski won in 4:12.08, ahead of Lena Brandt.", "en", _DE_RACE, "de", "pass"),
        ("Lena Brandt siegte in 4:12,08 min vor Ossowski.", "de", _EN_RACE, "en", "fail"),
        ("Ossowski siegte in 4:12,08 min vor Brandt.", "de", _FR_RACE, "fr", "pass"),
        ("Lena Brandt a gagné en 4:12,08 devant Ossowski.", "fr", _EN_RACE, "en", "fail"),
        ("Lena Brandt ganó en 4:12,08 por delante de Ossowski.", "es", _FR_RACE, "fr", "fail"),
        ("Ossowski ganó en 4:12,08 por delante de Brandt.", "es", _DE_RACE, "de", "pass"),
        # Behind: the other way round.
        ("Ossowski finished behind Lena Brandt in 4:12.08.", "en", _DE_RACE, "de", "fail"),
        ("Ossowski a terminé derrière Brandt en 4:12,08.", "fr", _EN_RACE, "en", "fail"),
    ],
)
def test_ahead_swapped(statement: str, lang: str, quote: str, quote_lang: str, status: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


_DE_JUMP = "Im Finale setzte sich Nora Vance (LG Ost) mit 5,92m durch. 2. wurde Ada Pires (SCC)."
_EN_JUMP = "Nora Vance won the final with 5.92 m. 2nd was Ada Pires."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A rank the statement gives one person, which the quote gives the person of the
        # statement's other clause.
        ("Vance came second with 5.92 m; Ada Pires won.", "en", _DE_JUMP, "de", "fail"),
        ("Ada Pires came second; Vance won with 5.92 m.", "en", _DE_JUMP, "de", "pass"),
        ("Vance wurde mit 5,92 m Zweite; Ada Pires gewann.", "de", _EN_JUMP, "en", "fail"),
        ("Ada Pires wurde Zweite; Vance gewann mit 5,92 m.", "de", _EN_JUMP, "en", "pass"),
        ("Vance a terminé deuxième avec 5,92 m ; Ada Pires a gagné.", "fr", _DE_JUMP, "de", "fail"),
    ],
)
def test_rank_of_another_clause(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


_FR_VOTE = (
    "Ont voté pour : 40 députés verts (sur 52), 8 centristes (sur 25) et 14 élus "
    "régionalistes (sur 17)."
)
_EN_VOTE = "Voting in favour: 40 Green deputies (out of 52), 8 centrists (out of 25)."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A part said with its noun before its whole, where the whole is another part's.
        ("Acht Zentrumsabgeordnete von 52 stimmten dafür.", "de", _FR_VOTE, "fr", "fail"),
        ("Acht Zentrumsabgeordnete von 25 stimmten dafür.", "de", _FR_VOTE, "fr", "pass"),
        ("8 centrist deputies out of 52 voted in favour.", "en", _FR_VOTE, "fr", "fail"),
        ("8 centrist deputies out of 25 voted in favour.", "en", _FR_VOTE, "fr", "pass"),
        ("Ocho diputados centristas de 52 votaron a favor.", "es", _EN_VOTE, "en", "fail"),
        ("8 députés centristes sur 52 ont voté pour.", "fr", _EN_VOTE, "en", "fail"),
        ("40 députés verts sur 52 ont voté pour.", "fr", _EN_VOTE, "en", "pass"),
    ],
)
def test_part_of_another_whole(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


_FR_LIST = (
    "Se sont abstenus : 6 députés socialistes (sur 40), 9 écologistes (sur 21) et "
    "4 députés centristes (sur 12)."
)
_DE_LIST = "Enthalten haben sich 6 Sozialisten (von 40), 9 Grüne (von 21) und 4 Liberale (von 12)."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # A listed count's group: the statement's group has another count in the list.
        ("6 Green deputies abstained.", "en", _FR_LIST, "fr", "fail"),
        ("9 Green deputies abstained.", "en", _FR_LIST, "fr", "pass"),
        ("9 Socialist deputies abstained.", "en", _DE_LIST, "de", "fail"),
        ("6 Socialist deputies abstained.", "en", _DE_LIST, "de", "pass"),
        ("4 Grüne enthielten sich.", "de", _FR_LIST, "fr", "fail"),
        ("9 Grüne enthielten sich.", "de", _FR_LIST, "fr", "pass"),
        ("6 ecologistas se abstuvieron.", "es", _DE_LIST, "de", "fail"),
        # The whole in brackets is the group's size, no count of the list.
        ("The Greens have 21 deputies.", "en", _FR_LIST, "fr", "pass"),
    ],
)
def test_listed_group(statement: str, lang: str, quote: str, quote_lang: str, status: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


_EN_STAFF = "Engineers made up 88% of the team. The remaining 12% were technicians."
_DE_STAFF = "Ingenieure stellten 88 Prozent des Teams. Die übrigen 12 Prozent waren Techniker."
_EN_PERSONNEL = "Engineers made up 88% of the personnel. The remaining 12% were technicians."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # The statement's holder is the others', whose share is the complement.
        # (A word of the whole beside the holder's share, "personnel", ties nothing.)
        ("Techniker stellten 88 Prozent des Personals.", "de", _EN_PERSONNEL, "en", "fail"),
        ("Les techniciens formaient 88 % du personnel.", "fr", _EN_PERSONNEL, "en", "fail"),
        ("Ingenieure stellten 88 Prozent des Personals.", "de", _EN_PERSONNEL, "en", "pass"),
        # Never a pass, whether failed or left to a person.
        ("Technicians made up 88% of the team.", "en", _DE_STAFF, "de", "no pass"),
        ("Engineers made up 88% of the team.", "en", _DE_STAFF, "de", "pass"),
        ("Techniker stellten 88 Prozent des Teams.", "de", _EN_STAFF, "en", "no pass"),
        ("Ingenieure stellten 88 Prozent des Teams.", "de", _EN_STAFF, "en", "pass"),
        ("Les techniciens formaient 88 % de l'équipe.", "fr", _EN_STAFF, "en", "no pass"),
        ("Les ingénieurs formaient 88 % de l'équipe.", "fr", _DE_STAFF, "de", "pass"),
        ("Los ingenieros eran el 88 % del equipo.", "es", _EN_STAFF, "en", "pass"),
    ],
)
def test_share_of_the_others(
    statement: str, lang: str, quote: str, quote_lang: str, status: str
) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    if status == "no pass":
        assert got.status in ("fail", "unverified"), got
    else:
        assert got.status == status, got


_ZH_DEAL = "字节跳动在2019年收购的游戏公司Moonton如今估值更高。"
_EN_DEAL = "In 2019 Bytedance acquired the games studio Moonton for $4 billion."
_FR_DEAL = "En 2019, Bytedance a racheté le studio Moonton pour 4 milliards de dollars."
_ES_DEAL = "En 2019, Bytedance compró el estudio Moonton por 4.000 millones de dólares."


@pytest.mark.parametrize(
    "statement, lang, quote, quote_lang, status",
    [
        # The buyer and what was bought, the other way round.
        ("In 2019, Moonton acquired Bytedance.", "en", _ZH_DEAL, "zh", "fail"),
        ("In 2019, Bytedance acquired Moonton.", "en", _ZH_DEAL, "zh", "pass"),
        ("Moonton bought Bytedance for $4 billion in 2019.", "en", _FR_DEAL, "fr", "fail"),
        ("Moonton was bought by Bytedance in 2019.", "en", _FR_DEAL, "fr", "pass"),
        ("En 2019, Moonton a racheté Bytedance.", "fr", _EN_DEAL, "en", "fail"),
        ("En 2019, Bytedance a racheté Moonton.", "fr", _ES_DEAL, "es", "pass"),
        ("En 2019, Moonton compró Bytedance.", "es", _EN_DEAL, "en", "fail"),
        ("En 2019, Bytedance compró Moonton.", "es", _EN_DEAL, "en", "pass"),
        # A quote in the passive names the buyer after its verb.
        (
            "In 2019 Bytedance bought Moonton.",
            "en",
            "Moonton was acquired by Bytedance in 2019.",
            "en",
            "pass",
        ),
    ],
)
def test_buyer_swapped(statement: str, lang: str, quote: str, quote_lang: str, status: str) -> None:
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got


@pytest.mark.parametrize(
    "statement, lang, quote, status",
    [
        (
            "Moonton acquired Bytedance in 2019.",
            "en",
            "Moonton was acquired by Bytedance in 2019.",
            "fail",
        ),
        (
            "Bytedance acquired Moonton in 2019.",
            "en",
            "Moonton was acquired by Bytedance in 2019.",
            "pass",
        ),
        ("En 2019, Moonton a racheté Bytedance.", "fr", "2019年Moonton被字节跳动收购。", "fail"),
        (
            "En 2019, Moonton a été racheté par Bytedance.",
            "fr",
            "2019年Moonton被Bytedance收购。",
            "pass",
        ),
    ],
)
def test_buyer_swapped_passive(statement: str, lang: str, quote: str, status: str) -> None:
    quote_lang = "zh" if "年" in quote else "en"
    got = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert got.status == status, got
