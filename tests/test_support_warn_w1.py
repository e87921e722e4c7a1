"""Warn-logic classes of issue 13 (helper w1): the engine warned that the statement dropped a
hedge or comparator it does keep, or warned where a bound on the other side should fail.
Every sentence here is new."""

from __future__ import annotations

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A statement's hedge said with the article contracted ("cerca del", "alrededor
        # del"), after its figure ("au maximum"), with words between it and the figure
        # ("最大で懲役", "至少造成", "最高面临"), or by a word the lists lacked ("最長",
        # "un máximo de", "capped at", "至多", "少于"): the statement keeps the quote's bound.
        (
            "Cerca del 40 % de los socios vota en línea.",
            "Roughly 40% of members vote online.",
            "es",
            "en",
            "pass",
        ),
        (
            "Alrededor del 12 % de la energía es eólica.",
            "Rund 12 % des Stroms stammt aus Wind.",
            "es",
            "de",
            "pass",
        ),
        (
            "En torno al 30 % de los pisos está vacío.",
            "約30％の部屋が空いている。",
            "es",
            "ja",
            "pass",
        ),
        (
            "La garantie couvre trois ans au maximum.",
            "The warranty covers up to three years.",
            "fr",
            "en",
            "pass",
        ),
        (
            "La peine encourue est un maximum de sept ans.",
            "Sie drohen bis zu sieben Jahre Haft.",
            "fr",
            "de",
            "pass",
        ),
        (
            "Se enfrenta a un máximo de ocho años de cárcel.",
            "He faces up to eight years in jail.",
            "es",
            "en",
            "pass",
        ),
        (
            "彼は最長8年の禁錮刑に問われる。",
            "He faces up to eight years in jail.",
            "ja",
            "en",
            "pass",
        ),
        (
            "彼は最大で懲役8年を科される可能性がある。",
            "He faces up to eight years in jail.",
            "ja",
            "en",
            "pass",
        ),
        ("他最高面临8年监禁。", "He faces up to eight years in jail.", "zh", "en", "pass"),
        ("地震至少造成42人死亡。", "The quake killed at least 42 people.", "zh", "en", "pass"),
        (
            "The bonus is capped at $3,000.",
            "La prime peut aller jusqu'à 3 000 dollars.",
            "en",
            "fr",
            "pass",
        ),
        # The same words on the other side of the quote's bound, or with another ceiling: fail.
        ("至多三名议员缺席。", "At least three deputies were absent.", "zh", "en", "fail"),
        ("报名人数少于800人。", "More than 800 people signed up.", "zh", "en", "fail"),
        (
            "この機種の書き込みは最低でも2500MB/sだ。",
            "The drive writes at up to 2,500 MB/s.",
            "ja",
            "en",
            "fail",
        ),
        (
            "Le disque écrit au minimum à 2 500 Mo/s.",
            "The drive writes at up to 2,500 MB/s.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Le disque écrit au maximum à 2 500 Mo/s.",
            "The drive writes at up to 2,500 MB/s.",
            "fr",
            "en",
            "pass",
        ),
        (
            "The bonus tops out at $300.",
            "La prime peut aller jusqu'à 3 000 dollars.",
            "en",
            "fr",
            "fail",
        ),
        (
            "La garantie couvre un minimum de trois ans.",
            "The warranty covers up to three years.",
            "fr",
            "en",
            "fail",
        ),
        # Look-alikes: "cerca del" as "near the", "最高" of a highest temperature and a verb
        # no list names keep the statement unhedged: it still drops the quote's hedge.
        (
            "El hotel está cerca del puerto y tiene 40 habitaciones.",
            "The hotel has roughly 40 rooms.",
            "es",
            "en",
            "warn",
        ),
        ("最高気温は30度だった。", "Temperatures reached about 30 degrees.", "ja", "en", "warn"),
        ("他面临8年监禁。", "He faces up to eight years in jail.", "zh", "en", "warn"),
        ("The bonus is $3,000.", "La prime peut aller jusqu'à 3 000 dollars.", "en", "fr", "warn"),
    ],
)
def test_statement_bound_said_otherwise(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "Nearly 30" of a count is at most 29, as "fewer than 30" is: the statement's bound
        # holds the quote's whole interval.
        (
            "Fewer than 30 stations were closed.",
            "Nearly 30 stations were closed.",
            "en",
            "en",
            "pass",
        ),
        (
            "Fewer than 30 stations were closed.",
            "Knapp 30 Stationen wurden geschlossen.",
            "en",
            "de",
            "pass",
        ),
        ("30人未満の職員が残った。", "Nearly 30 staff stayed behind.", "ja", "en", "pass"),
        ("Moins de 30 gares ont fermé.", "Casi 30 estaciones cerraron.", "fr", "es", "pass"),
        # Look-alikes: "about 30" may be 31, a lower bound below it says less, another figure.
        (
            "Fewer than 30 stations were closed.",
            "About 30 stations were closed.",
            "en",
            "en",
            "warn",
        ),
        (
            "Fewer than 25 stations were closed.",
            "Nearly 30 stations were closed.",
            "en",
            "en",
            "fail",
        ),
        (
            "More than 30 stations were closed.",
            "Nearly 30 stations were closed.",
            "en",
            "en",
            "fail",
        ),
        # A bound whose other side holds the quote's estimate: "more than 90%" for "roughly
        # 85%" is no overstated certainty but another figure.
        (
            "More than 90% of sales are online.",
            "Roughly 85% of sales are online.",
            "en",
            "en",
            "fail",
        ),
        (
            "Plus de 60 % des ventes se font en ligne.",
            "Rund 50 % der Verkäufe laufen online.",
            "fr",
            "de",
            "fail",
        ),
        ("超过90%的销售在网上完成。", "Roughly 85% of sales are online.", "zh", "en", "fail"),
        (
            "Menos del 40 % de las ventas son en línea.",
            "約45％の売上がオンラインだ。",
            "es",
            "ja",
            "fail",
        ),
        # The estimate on the bound's side: a pass, as the held-out sets label it ("More
        # than 80%" for "約85%", h26; "More than four fifths" for "roughly 85%", h47; "Mais
        # de 90 %" for "roughly 97%", h50); issue-H.
        (
            "Mehr als 80 % der Verkäufe laufen online.",
            "Roughly 85% of sales are online.",
            "de",
            "en",
            "pass",
        ),
    ],
)
def test_bound_against_an_estimate(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


JA_SIDES = "前者の出力は最大120W、後者は最大90Wです。"
JA_KINDS = "前者の重さは最大3kg、後者の出力は最大90Wです。"
EN_KINDS = (
    "We compared the Atlas and the Borea: the former weighs up to 3 kg,"
    " the latter draws up to 90 W."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The quote shares its figures out by "the former"/"the latter"; a statement that
        # names neither side and drops the hedge of one of those figures overstates it
        # whichever side it is: a warning, as for any dropped hedge.
        ("Atlasの出力は120Wだ。", JA_SIDES, "ja", "ja", "warn"),
        ("The Atlas weighs 3 kg.", JA_KINDS, "en", "ja", "warn"),
        ("Das Modell Borea leistet 90 W.", EN_KINDS, "de", "en", "warn"),
        ("El Atlas pesa 3 kg.", EN_KINDS, "es", "en", "warn"),
        # Look-alikes: the hedge kept (whose figure it is stays for a person), a figure only
        # inside the bound, and a statement naming the side whose figure it is not.
        ("El Atlas pesa hasta 3 kg.", EN_KINDS, "es", "en", "unverified"),
        ("Atlasの出力は最大120Wだ。", JA_SIDES, "ja", "ja", "unverified"),
        ("The Atlas weighs 2 kg.", JA_KINDS, "en", "ja", "unverified"),
        ("後者の出力は120Wだ。", JA_SIDES, "ja", "ja", "fail"),
    ],
)
def test_dropped_hedge_of_a_figure_given_by_side(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


EN_SCREENERS = "Since 9/11, about 50,000 airport screeners have been hired."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "9·11", "9.11以降", "le 11-Septembre", "el 11-S" name the attacks, as "9/11" does:
        # no figure the quote would have to give ("more precise than the quote" was a warning
        # for a name).
        ("自9·11以来，机场已雇用约5万名安检员。", EN_SCREENERS, "zh", "en", "pass"),
        ("9.11以降、空港の検査員は約5万人採用された。", EN_SCREENERS, "ja", "en", "pass"),
        (
            "Depuis le 11-Septembre, environ 50 000 agents ont été recrutés.",
            EN_SCREENERS,
            "fr",
            "en",
            "pass",
        ),
        ("Tras el 11-S se contrataron unos 50.000 agentes.", EN_SCREENERS, "es", "en", "pass"),
        ("自9·11以来，机场已雇用约8万名安检员。", EN_SCREENERS, "zh", "en", "fail"),
        # Look-alikes: a decimal 9.11 with its unit and a written date stay figures.
        ("公司收入为9.11亿元。", "公司收入9.11亿元。", "zh", "zh", "pass"),
        ("記録は9.11秒だった。", "She ran a time of 9.21 seconds.", "ja", "en", "fail"),
        (
            "Le 11 septembre 2001, 50 000 agents ont été mobilisés.",
            "On 12 September 2001, 50,000 agents were mobilised.",
            "fr",
            "en",
            "fail",
        ),
    ],
)
def test_attacks_named_by_their_date(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # "womöglich", "eventuell" keep the quote's "may" ([modal] words in de.toml): the
        # statement drops no uncertainty.
        (
            "Die Brücke ist womöglich 300 Jahre alt.",
            "The bridge may be 300 years old.",
            "de",
            "en",
            "pass",
        ),
        (
            "Die Brücke ist eventuell 300 Jahre alt.",
            "Le pont pourrait avoir 300 ans.",
            "de",
            "fr",
            "pass",
        ),
        (
            "The bridge may be 300 years old.",
            "Die Brücke ist womöglich 300 Jahre alt.",
            "en",
            "de",
            "pass",
        ),
        # Look-alikes: without the word the statement drops it; another figure still fails.
        ("Die Brücke ist 300 Jahre alt.", "The bridge may be 300 years old.", "de", "en", "warn"),
        (
            "The bridge is 300 years old.",
            "Die Brücke ist womöglich 300 Jahre alt.",
            "en",
            "de",
            "warn",
        ),
        (
            "Die Brücke ist womöglich 400 Jahre alt.",
            "The bridge may be 300 years old.",
            "de",
            "en",
            "fail",
        ),
    ],
)
def test_modal_kept_in_other_words(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


DE_DEADLINE = "Das Gesetz muss bis spätestens Juni 2021 beschlossen sein."
EN_DEADLINE = "The law must be passed by June 2021 at the latest."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A deadline said after its date ("at the latest", "前", "までに") or with words the
        # lists lacked ("by", "最迟须在", "遅くとも") keeps the quote's deadline.
        ("The law must pass by June 2021 at the latest.", DE_DEADLINE, "en", "de", "pass"),
        ("The law must pass by 2021.", DE_DEADLINE, "en", "de", "pass"),
        ("法律最迟须在2021年6月前通过。", EN_DEADLINE, "zh", "en", "pass"),
        (
            "法律は遅くとも2021年6月までに成立しなければならない。",
            "La loi doit être adoptée au plus tard en juin 2021.",
            "ja",
            "fr",
            "pass",
        ),
        # The other side of the date ("no earlier than", "frühestens", "au plus tôt"): fail.
        ("The law can pass no earlier than June 2021.", DE_DEADLINE, "en", "de", "fail"),
        (
            "Das Gesetz darf frühestens im Juni 2021 beschlossen werden.",
            EN_DEADLINE,
            "de",
            "en",
            "fail",
        ),
        ("La loi sera adoptée en juin 2021 au plus tôt.", EN_DEADLINE, "fr", "en", "fail"),
        # Look-alikes: a plain date drops the quote's deadline; a deadline the quote's date
        # meets stays a pass.
        ("The law was passed in June 2021.", DE_DEADLINE, "en", "de", "warn"),
        ("Das Gesetz wurde im Juni 2021 beschlossen.", EN_DEADLINE, "de", "en", "warn"),
        ("The law must pass by June 2021.", "The law passed in June 2021.", "en", "en", "pass"),
    ],
)
def test_deadline_and_its_other_side(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


DE_FEE = "Der Eintritt kostet bis zu 40 Euro."
EN_PLANS = "Plans start at €5 a month."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A bound said by its verb: a ceiling reached "can" ("could reach", "pode chegar a",
        # "puede llegar a", "peut atteindre") and a price a series starts at ("commence à",
        # "démarrent à", "start from") keep the quote's "bis zu" / "start at".
        ("The entry fee could reach €40.", DE_FEE, "en", "de", "pass"),
        ("A taxa de entrada pode chegar a 40 euros.", DE_FEE, "pt", "de", "pass"),
        ("La entrada puede llegar a 40 euros.", DE_FEE, "es", "de", "pass"),
        ("L'entrée peut atteindre 40 euros.", DE_FEE, "fr", "de", "pass"),
        ("Les forfaits commencent à 5 euros par mois.", EN_PLANS, "fr", "en", "pass"),
        (
            "Plans start from €5 a month.",
            "Les forfaits démarrent à 5 euros par mois.",
            "en",
            "fr",
            "pass",
        ),
        # Another ceiling, another start: fail.
        ("The entry fee could reach €4.", DE_FEE, "en", "de", "fail"),
        ("Les forfaits démarrent à 15 euros par mois.", EN_PLANS, "fr", "en", "fail"),
        # Look-alikes: the figure alone still drops the quote's bound.
        ("The entry fee is €40.", DE_FEE, "en", "de", "warn"),
        ("Les forfaits coûtent 5 euros par mois.", EN_PLANS, "fr", "en", "warn"),
    ],
)
def test_bound_said_by_its_verb(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


EN_DECADES = "The bridge has stood for decades."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A quote's bare plural of a unit of time ("for decades", "des siècles", "多年") is a
        # range: a figure inside it is more precise than the quote (warn), as "300" is for
        # "hundreds".
        ("The bridge has stood for 40 years.", EN_DECADES, "en", "en", "warn"),
        ("这座桥已经矗立了40年。", EN_DECADES, "zh", "en", "warn"),
        (
            "El puente lleva 3 siglos en pie.",
            "Le pont est debout depuis des siècles.",
            "es",
            "fr",
            "warn",
        ),
        ("The bridge has stood for 40 years.", "这座桥矗立多年。", "en", "zh", "warn"),
        # Look-alikes: a figure outside it is not compared with it (the plural may measure
        # nothing), the quote's own figure decides; a statement's plural is no claim.
        ("The bridge has stood for 5 years.", EN_DECADES, "en", "en", "unverified"),
        (
            "The bridge was closed for six weeks.",
            "The bridge was closed for six days, after months of planning.",
            "en",
            "en",
            "fail",
        ),
        (
            "For decades, 40 staff worked on the bridge.",
            "40 staff worked on the bridge.",
            "en",
            "en",
            "pass",
        ),
        (
            "Die Öffnungszeiten sind lang, 40 Leute arbeiten dort.",
            "40 people work there, for long hours.",
            "de",
            "en",
            "pass",
        ),
    ],
)
def test_bare_plural_of_a_unit_of_time(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


EN_PENALTY = "She faces up to eight years in jail and up to a $90,000 fine."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # One bound before two figures joined by "and" bounds both: the second keeps the
        # quote's bound on it.
        ("She faces up to eight years in jail and a $90,000 fine.", EN_PENALTY, "en", "en", "pass"),
        (
            "Elle risque jusqu'à huit ans de prison et 90 000 dollars d'amende.",
            EN_PENALTY,
            "fr",
            "en",
            "pass",
        ),
        ("她最高面临8年监禁和9万美元罚款。", EN_PENALTY, "zh", "en", "pass"),
        (
            "Ihr drohen bis zu acht Jahre Haft und 90.000 Dollar Strafe.",
            EN_PENALTY,
            "de",
            "en",
            "pass",
        ),
        # Look-alikes: a clause mark between, another bound word after "and", no bound on
        # the first figure, or a bound on the other side: the second figure is its own.
        (
            "She faces up to eight years in jail, and a $90,000 fine.",
            EN_PENALTY,
            "en",
            "en",
            "warn",
        ),
        ("She faces eight years in jail and a $90,000 fine.", EN_PENALTY, "en", "en", "warn"),
        (
            "She faces at least eight years in jail and a $90,000 fine.",
            EN_PENALTY,
            "en",
            "en",
            "fail",
        ),
    ],
)
def test_one_bound_over_two_figures(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A bound after the counter of kinds ("100種類以上", "100种以上") bounds the figure.
        (
            "200種類以上の料理を出す。",
            "Das Lokal bietet mindestens 200 Gerichte an.",
            "ja",
            "de",
            "pass",
        ),
        (
            "餐厅提供200种以上的菜肴。",
            "The restaurant serves at least 200 dishes.",
            "zh",
            "en",
            "pass",
        ),
        (
            "200種類以上の料理を出す。",
            "The restaurant serves nearly 200 dishes.",
            "ja",
            "en",
            "fail",
        ),
        # Look-alike: the counter without a bound drops the quote's.
        ("餐厅提供200种菜肴。", "The restaurant serves at least 200 dishes.", "zh", "en", "warn"),
    ],
)
def test_bound_after_a_counter_of_kinds(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status
