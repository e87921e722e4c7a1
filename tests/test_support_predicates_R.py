"""Predicates, superlatives, roles and two false fails (issue-R): a work's reception in every
word form ([polarity.reception]: "had a triumphant night" against "had another disappointing
night"); a place's compass superlative ([polarity.bearing]: "最南端" against "最北",
"southernmost" against "northernmost", read in the figure's sentence); a permission said
with a modal and "legally" ([negation] permissions: "podía poseer armas legalmente" against
"was legally barred from possessing a firearm"); how a killer died ([polarity.demise]: "被警察
击毙" against "before shooting himself"); a recipient of a verb of giving replaced by another,
across scripts too ([name_forms]: "带给罗塞夫" against "ao ex-presidente Luiz Inácio Lula",
`_recipient_replaced`); the decade of a century ("19世纪40年代" is the 1840s); and a total
that is the sum of the items a quote says its whole is made of ([worked] composed: "trece
miembros" for "composée de six magistrats, de trois députés et trois sénateurs et d'un
expert") left unverified. Right paraphrases still pass."""

import pytest

from factdb.engine.support import claim_supported


def _support(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return s.status, s.reason


_RECEPTION = [
    (
        "Scorsese's $170 million gangster film The Irishman had a triumphant night.",
        (
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman "
            "had another disappointing night."
        ),
        "en",
        "en",
        "fail",
    ),
    (
        ("Scorsese's $170 million gangster film The Irishman had a disappointing night."),
        (
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman "
            "had another disappointing night."
        ),
        "en",
        "en",
        "pass",
    ),
    (
        "Der 170 Millionen Dollar teure Film erlebte einen triumphalen Abend.",
        "Der 170 Millionen Dollar teure Film erlebte einen enttäuschenden Abend.",
        "de",
        "de",
        "fail",
    ),
    (
        "Der 170 Millionen Dollar teure Film erlebte einen enttäuschenden Abend.",
        "Der 170 Millionen Dollar teure Film erlebte einen enttäuschenden Abend.",
        "de",
        "de",
        "pass",
    ),
    (
        "Le film à 170 millions de dollars a connu une soirée triomphale.",
        "Le film à 170 millions de dollars a connu une nouvelle soirée décevante.",
        "fr",
        "fr",
        "fail",
    ),
    (
        "La película de 170 millones de dólares tuvo una noche triunfal.",
        "La película de 170 millones de dólares tuvo otra noche decepcionante.",
        "es",
        "es",
        "fail",
    ),
    (
        "La película de 170 millones de dólares tuvo una noche decepcionante.",
        "La película de 170 millones de dólares tuvo otra noche decepcionante.",
        "es",
        "es",
        "pass",
    ),
    (
        "O filme de 170 milhões de dólares teve uma noite triunfal.",
        (
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman "
            "had another disappointing night."
        ),
        "pt",
        "en",
        "fail",
    ),
    (
        "La película de 170 millones de dólares tuvo una noche triunfal.",
        (
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman "
            "had another disappointing night."
        ),
        "es",
        "en",
        "fail",
    ),
    (
        "La película de 170 millones de dólares tuvo una noche decepcionante.",
        (
            "Martin Scorsese's $170 million Netflix gangster movie The Irishman "
            "had another disappointing night."
        ),
        "es",
        "en",
        "pass",
    ),
    (
        "The $170 million film was a triumphant success.",
        "The $170 million film triumphed at the box office.",
        "en",
        "en",
        "pass",
    ),
]


_BEARING = [
    (
        "Wakkanai, a city of 35,000 people, is Japan's southernmost city.",
        "人口3万5千人、最北の市で",
        "en",
        "ja",
        "fail",
    ),
    (
        "Wakkanai, a city of 35,000 people, is Japan's northernmost city.",
        "人口3万5千人、最北の市で",
        "en",
        "ja",
        "pass",
    ),
    (
        "Wakkanai, eine Stadt mit 35.000 Einwohnern, ist die südlichste Stadt Japans.",
        ("Wakkanai, eine Stadt mit 35.000 Einwohnern, ist die nördlichste Stadt Japans."),
        "de",
        "de",
        "fail",
    ),
    (
        ("Wakkanai, eine Stadt mit 35.000 Einwohnern, ist die nördlichste Stadt Japans."),
        ("Wakkanai, eine Stadt mit 35.000 Einwohnern, ist die nördlichste Stadt Japans."),
        "de",
        "de",
        "pass",
    ),
    (
        ("Wakkanai, une ville de 35 000 habitants, est la ville la plus au sud du Japon."),
        ("Wakkanai, une ville de 35 000 habitants, est la ville la plus septentrionale du Japon."),
        "fr",
        "fr",
        "fail",
    ),
    ("稚内是人口3.5万的日本最南端城市。", "稚内是人口3.5万的日本最北端城市。", "zh", "zh", "fail"),
    ("稚内是人口3.5万的日本最北端城市。", "人口3万5千人、最北の市で", "zh", "ja", "pass"),
    ("稚内是人口3.5万的日本最南端城市。", "人口3万5千人、最北の市で", "zh", "ja", "fail"),
    (
        "Wakkanai, a city of 35,000 people, is the southernmost city in Japan.",
        "Wakkanai, a city of 35,000 people, is the northernmost city in Japan.",
        "en",
        "en",
        "fail",
    ),
    (
        "Wakkanai, a city of 35,000 people, is the northernmost city in Japan.",
        "Wakkanai, a city of 35,000 people, is the northernmost city in Japan.",
        "en",
        "en",
        "pass",
    ),
    (
        "稚内は人口3万5千人の日本最南端の市だ。",
        "稚内は人口3万5千人の日本最北端の市だ。",
        "ja",
        "ja",
        "fail",
    ),
    ("稚内は人口3万5千人の日本最南端の市だ。", "人口3万5千人、最北の市で", "ja", "ja", "fail"),
    ("稚内は人口3万5千人の日本最北端の市だ。", "人口3万5千人、最北の市で", "ja", "ja", "pass"),
    (
        "Wakkanai, a city of 35,000 people, is the westernmost city in Japan.",
        "Wakkanai, a city of 35,000 people, lies farthest north in Japan.",
        "en",
        "en",
        "fail",
    ),
]


_PERMISSION = [
    (
        "Carlineo fue condenado en 1998, pero podía poseer armas legalmente.",
        (
            "He was convicted of criminal mischief in 1998 and was legally barred "
            "from possessing a firearm."
        ),
        "es",
        "en",
        "fail",
    ),
    (
        "Carlineo fue condenado en 1998 y tenía prohibido poseer armas.",
        (
            "He was convicted of criminal mischief in 1998 and was legally barred "
            "from possessing a firearm."
        ),
        "es",
        "en",
        "pass",
    ),
    (
        "Carlineo was convicted in 1998 but could legally own guns.",
        (
            "He was convicted of criminal mischief in 1998 and was legally barred "
            "from possessing a firearm."
        ),
        "en",
        "en",
        "fail",
    ),
    (
        "Carlineo was convicted in 1998 and was barred from owning guns.",
        (
            "He was convicted of criminal mischief in 1998 and was legally barred "
            "from possessing a firearm."
        ),
        "en",
        "en",
        "pass",
    ),
    (
        "Carlineo fue condenado en 1998, pero podía poseer armas legalmente.",
        "Carlineo fue condenado en 1998 y tenía prohibido poseer armas.",
        "es",
        "es",
        "fail",
    ),
    (
        "Carlineo foi condenado em 1998, mas podia possuir armas legalmente.",
        "Carlineo foi condenado em 1998 e estava proibido de possuir armas.",
        "pt",
        "pt",
        "fail",
    ),
    (
        "Carlineo a été condamné en 1998 mais pouvait légalement posséder des armes.",
        ("Carlineo a été condamné en 1998 et il lui était interdit de posséder des armes."),
        "fr",
        "fr",
        "fail",
    ),
    (
        "Carlineo was convicted in 1998 but could legally own guns.",
        "He was convicted in 1998 but was legally allowed to own guns.",
        "en",
        "en",
        "pass",
    ),
    (
        "Carlineo wurde 1998 verurteilt, durfte aber legal Waffen besitzen.",
        (
            "He was convicted of criminal mischief in 1998 and was legally barred "
            "from possessing a firearm."
        ),
        "de",
        "en",
        "fail",
    ),
    (
        "Carlineo fue condenado en 1998, pero podía poseer armas legalmente.",
        "He was convicted in 1998 but was allowed to possess a firearm.",
        "es",
        "en",
        "pass",
    ),
]


_DEMISE = [
    (
        "路易斯安那州一家影院的枪手打死两人后被警察击毙。",
        (
            "Hours after the interview, a gunman opened fire at a cinema in the US "
            "state of Louisiana, killing two people and injuring several others "
            "before shooting himself."
        ),
        "zh",
        "en",
        "fail",
    ),
    (
        "路易斯安那州一家影院的枪手打死两人后开枪自杀。",
        (
            "Hours after the interview, a gunman opened fire at a cinema in the US "
            "state of Louisiana, killing two people and injuring several others "
            "before shooting himself."
        ),
        "zh",
        "en",
        "pass",
    ),
    (
        ("A gunman killed two people at a Louisiana cinema before being shot dead by police."),
        (
            "A gunman opened fire at a cinema in Louisiana, killing two people and "
            "injuring several others before shooting himself."
        ),
        "en",
        "en",
        "fail",
    ),
    (
        "A gunman killed two people at a Louisiana cinema before killing himself.",
        (
            "A gunman opened fire at a cinema in Louisiana, killing two people and "
            "injuring several others before shooting himself."
        ),
        "en",
        "en",
        "pass",
    ),
    (
        ("Un tireur a tué deux personnes dans un cinéma avant d'être abattu par la police."),
        "Un tireur a tué deux personnes dans un cinéma avant de se suicider.",
        "fr",
        "fr",
        "fail",
    ),
    (
        "Un tireur a tué deux personnes dans un cinéma avant de se donner la mort.",
        "Un tireur a tué deux personnes dans un cinéma avant de se suicider.",
        "fr",
        "fr",
        "pass",
    ),
    (
        ("Ein Schütze tötete zwei Menschen in einem Kino und wurde von der Polizei erschossen."),
        ("Ein Schütze tötete zwei Menschen in einem Kino und erschoss sich dann selbst."),
        "de",
        "de",
        "fail",
    ),
    (
        ("Un pistolero mató a dos personas en un cine antes de ser abatido por la policía."),
        (
            "A gunman opened fire at a cinema in Louisiana, killing two people and "
            "injuring several others before shooting himself."
        ),
        "es",
        "en",
        "fail",
    ),
    (
        "Un pistolero mató a dos personas en un cine antes de suicidarse.",
        (
            "A gunman opened fire at a cinema in Louisiana, killing two people and "
            "injuring several others before shooting himself."
        ),
        "es",
        "en",
        "pass",
    ),
    (
        "銃撃犯は映画館で2人を殺害した後、警察に射殺された。",
        "銃撃犯は映画館で2人を殺害した後、自殺した。",
        "ja",
        "ja",
        "fail",
    ),
]


_RECIPIENT = [
    (
        ("Tite said he was wrong when he took the 2012 Libertadores trophy to Rousseff."),
        (
            "o técnico Tite declarou que errou ao levar a taça da Copa "
            "Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente "
            "Luiz Inácio Lula da Silva."
        ),
        "en",
        "pt",
        "fail",
    ),
    (
        "Tite said he was wrong when he took the 2012 Libertadores trophy to Lula.",
        (
            "o técnico Tite declarou que errou ao levar a taça da Copa "
            "Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente "
            "Luiz Inácio Lula da Silva."
        ),
        "en",
        "pt",
        "pass",
    ),
    (
        "蒂特表示，把2012年解放者杯奖杯带给罗塞夫是个错误。",
        (
            "o técnico Tite declarou que errou ao levar a taça da Copa "
            "Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente "
            "Luiz Inácio Lula da Silva."
        ),
        "zh",
        "pt",
        "fail",
    ),
    (
        "蒂特表示，把2012年解放者杯奖杯带给卢拉是个错误。",
        (
            "o técnico Tite declarou que errou ao levar a taça da Copa "
            "Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente "
            "Luiz Inácio Lula da Silva."
        ),
        "zh",
        "pt",
        "pass",
    ),
    (
        ("Tite dijo que se equivocó cuando llevó la copa de la Libertadores de 2012 a Rousseff."),
        (
            "o técnico Tite declarou que errou ao levar a taça da Copa "
            "Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente "
            "Luiz Inácio Lula da Silva."
        ),
        "es",
        "pt",
        "fail",
    ),
    (
        ("Tite dijo que se equivocó cuando llevó la copa de la Libertadores de 2012 a Lula."),
        (
            "o técnico Tite declarou que errou ao levar a taça da Copa "
            "Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente "
            "Luiz Inácio Lula da Silva."
        ),
        "es",
        "pt",
        "pass",
    ),
    (
        "Tite levou a taça da Libertadores de 2012 a Dilma Rousseff.",
        "Tite levou a taça da Libertadores de 2012 ao ex-presidente Lula.",
        "pt",
        "pt",
        "fail",
    ),
    (
        ("Tite levou a taça da Libertadores de 2012 ao presidente Luiz Inácio Lula da Silva."),
        "Tite levou a taça da Libertadores de 2012 ao ex-presidente Lula.",
        "pt",
        "pt",
        "pass",
    ),
    (
        "Cannon donated $500 to Yagan in 2015.",
        "Cannon donated $500 to Smith in 2015.",
        "en",
        "en",
        "fail",
    ),
    (
        "Cannon donated $500 to the Yagan campaign in 2015.",
        "Cannon gave $500 to Yagan's campaign in 2015.",
        "en",
        "en",
        "pass",
    ),
]


_DECADE = [
    (
        "自19世纪40年代以来，新西兰记录了5000多起鲸类搁浅事件。",
        (
            "with more than 5,000 incidents recorded since 1840, and an average of "
            "300 individual animals beaching themselves each year."
        ),
        "zh",
        "en",
        "pass",
    ),
    (
        "自19世纪40年代以来，新西兰记录了5000多起鲸类搁浅事件。",
        (
            "with more than 5,000 incidents recorded since 1940, and an average of "
            "300 individual animals beaching themselves each year."
        ),
        "zh",
        "en",
        "fail",
    ),
    (
        "自19世纪40年代以来，新西兰记录了5000多起鲸类搁浅事件。",
        "自1840年以来，新西兰记录了5000多起鲸类搁浅事件。",
        "zh",
        "zh",
        "pass",
    ),
    (
        "19世紀40年代以降、ニュージーランドでは5000件以上の座礁が記録されている。",
        (
            "with more than 5,000 incidents recorded since 1840, and an average of "
            "300 individual animals beaching themselves each year."
        ),
        "ja",
        "en",
        "pass",
    ),
    (
        "19世紀40年代以降、ニュージーランドでは5000件以上の座礁が記録されている。",
        "with more than 5,000 incidents recorded since 1890",
        "ja",
        "en",
        "fail",
    ),
    (
        ("Since the 1840s, more than 5,000 strandings have been recorded in New Zealand."),
        "自1840年以来，新西兰记录了5000多起鲸类搁浅事件。",
        "en",
        "zh",
        "pass",
    ),
    (
        "Seit den 1840er Jahren wurden über 5000 Strandungen verzeichnet.",
        "自19世纪40年代以来，新西兰记录了5000多起鲸类搁浅事件。",
        "de",
        "zh",
        "pass",
    ),
    (
        "Seit den 1940er Jahren wurden über 5000 Strandungen verzeichnet.",
        "自19世纪40年代以来，新西兰记录了5000多起鲸类搁浅事件。",
        "de",
        "zh",
        "fail",
    ),
    (
        "自20世纪90年代以来，销量增长了3倍。",
        "自20世纪90年代以来，销量增长了3倍。",
        "zh",
        "zh",
        "pass",
    ),
]


_COMPOSED = [
    (
        "La CNCTR tendrá trece miembros.",
        (
            "composée de six magistrats du Conseil d’Etat et de la Cour de "
            "cassation, de trois députés et trois sénateurs de la majorité et de "
            "l’opposition, et d’un expert technique"
        ),
        "es",
        "fr",
        "unverified",
    ),
    (
        "La CNCTR tendrá seis magistrados.",
        (
            "composée de six magistrats du Conseil d’Etat et de la Cour de "
            "cassation, de trois députés et trois sénateurs de la majorité et de "
            "l’opposition, et d’un expert technique"
        ),
        "es",
        "fr",
        "pass",
    ),
    (
        "The commission will have 13 members.",
        (
            "The commission will be composed of six judges, three deputies, three "
            "senators and one technical expert."
        ),
        "en",
        "en",
        "unverified",
    ),
    (
        "The commission will have 13 members.",
        (
            "La commission sera composée de six magistrats, de trois députés et "
            "trois sénateurs et d’un expert technique."
        ),
        "en",
        "fr",
        "unverified",
    ),
    (
        "Die Kommission wird 13 Mitglieder haben.",
        (
            "The commission will be composed of six judges, three deputies, three "
            "senators and one technical expert."
        ),
        "de",
        "en",
        "unverified",
    ),
    (
        "Die Kommission wird 14 Mitglieder haben.",
        (
            "The commission will be composed of six judges, three deputies, three "
            "senators and one technical expert."
        ),
        "de",
        "en",
        "fail",
    ),
    (
        "La comisión tendrá 13 miembros.",
        (
            "La comisión estará compuesta por seis magistrados, tres diputados, "
            "tres senadores y un experto técnico."
        ),
        "es",
        "es",
        "unverified",
    ),
    (
        "The commission will have six judges.",
        (
            "The commission will be composed of six judges, three deputies, three "
            "senators and one technical expert."
        ),
        "en",
        "en",
        "pass",
    ),
]


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _RECEPTION)
def test_reception(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _BEARING)
def test_bearing(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _PERMISSION)
def test_permission(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _DEMISE)
def test_demise(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _RECIPIENT)
def test_recipient(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _DECADE)
def test_decade(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _COMPOSED)
def test_composed(statement: str, quote: str, lang: str, quote_lang: str, status: str) -> None:
    got, reason = _support(statement, quote, lang, quote_lang)
    assert got == status, reason


def test_reasons_name_the_element() -> None:
    _, reason = _support(*_RECEPTION[0][:4])
    assert "triumphant" in reason
    _, reason = _support(*_DEMISE[0][:4])
    assert "被警察击毙" in reason
    _, reason = _support(*_RECIPIENT[2][:4])
    assert "罗塞夫" in reason and "Lula" in reason
    _, reason = _support(*_COMPOSED[0][:4])
    assert "sum of the quote" in reason


def test_thing_given_is_no_recipient() -> None:
    # "a taça da Copa Libertadores": the name after a joining word is the thing's, not a
    # recipient's; the quote names none, and no recipient is replaced.
    quote = "o técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012"
    status, reason = _support(
        "Tite took the 2012 Libertadores trophy to Rousseff.", quote, "en", "pt"
    )
    assert status != "fail", reason
    status, reason = _support("Tite levou a taça de 2012 a Dilma Rousseff.", quote, "pt", "pt")
    assert status != "fail", reason
