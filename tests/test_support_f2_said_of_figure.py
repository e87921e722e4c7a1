"""What a statement says of a figure the quote keeps but says otherwise (issue f2): a name
further on in the statement's sentence that the quote gives to another figure ("45 homes …
in Dunedin" for "300 homes … in Dunedin, … 45 … in Timaru"); a word naming one end of a
range said of the range's other end ("the most expensive rooms cost 200 euros" for "de 200
à 900 euros"); a verb of passage opposed to the quote's, across languages, with the vote's
tally after a comma at the sentence's end ("rejected the bill, 312 to 97" for "ont adopté
… (312 contre 97)"); a part said of a whole ("4 das 14 acusações") against a quote's "all
14 counts"; a Japanese negation closing the sentence after a phrase of measure
("99.5％の時間、注文を受け付けない"); a counted group ("30名儿童") the quote gives to another of
its figures, or one the statement says none of ("Ningún niño figuraba entre…") that the quote
counts. Right paraphrases keep passing."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


_STORM_EN = (
    "The storm left 300 homes flooded and cut off in Dunedin, 12 shops on George Street, "
    "and 45 damaged and empty in Timaru."
)
_STORM_PT = (
    "A tempestade deixou 300 casas inundadas e isoladas em Dunedin, 12 lojas na George "
    "Street e 45 danificadas e vazias em Timaru."
)
_STORM_FR = (
    "La tempête a laissé 300 maisons inondées et isolées à Dunedin, 12 commerces sur George "
    "Street, et 45 endommagées et vides à Timaru."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The statement's place, after its verbs, is another figure's in the quote.
        ('45 homes were damaged and left empty in Dunedin.', _STORM_EN, 'en', 'en', 'fail'),
        ('45 homes were damaged and left empty in Timaru.', _STORM_EN, 'en', 'en', 'pass'),
        ('45 casas ficaram danificadas e vazias em Dunedin.', _STORM_PT, 'pt', 'pt', 'fail'),
        ('45 casas ficaram danificadas e vazias em Timaru.', _STORM_PT, 'pt', 'pt', 'pass'),
        ('45 maisons ont été endommagées et laissées vides à Dunedin.', _STORM_FR, 'fr', 'fr',
         'fail'),
        ('45 maisons ont été endommagées et laissées vides à Timaru.', _STORM_FR, 'fr', 'fr',
         'pass'),
        # Across languages.
        ('45 casas ficaram danificadas e vazias em Dunedin.', _STORM_EN, 'pt', 'en', 'fail'),
        ('45 homes were damaged and left empty in Timaru.', _STORM_FR, 'en', 'fr', 'pass'),
        ('300 homes were flooded and cut off in Dunedin.', _STORM_EN, 'en', 'en', 'pass'),
        # The name before the statement's one figure, in an opening phrase.
        ('In Dunedin, 45 homes were damaged and left empty.', _STORM_EN, 'en', 'en', 'fail'),
        ('In Timaru, 45 homes were damaged and left empty.', _STORM_EN, 'en', 'en', 'pass'),
        ('Em Dunedin, 45 casas ficaram danificadas e vazias.', _STORM_FR, 'pt', 'fr', 'fail'),
        ('Em Timaru, 45 casas ficaram danificadas e vazias.', _STORM_FR, 'pt', 'fr', 'pass'),
    ],
)  # fmt: skip
def test_a_name_further_on_in_the_statements_sentence_ties_its_figure(
    statement, quote, lang, quote_lang, status
):
    """A name after the statement's verbs, or before its figure, in the sentence of its one
    figure, that the quote gives to another figure only: the quote's figure of that name is
    the statement's."""
    assert _status(statement, quote, lang, quote_lang)[0] == status


_RATES_EN = "Double rooms at the lodge range from $180 to $650 a night."
_RATES_FR = "Les chambres de l'auberge vont de 180 à 650 dollars la nuit."
_RATES_ZH = "客栈客房价格从每晚180元到650元不等。"


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The high end named, the low end's figure given (and the other way round).
        ('The priciest rooms at the lodge cost $180 a night.', _RATES_EN, 'en', 'en', 'fail'),
        ('The priciest rooms at the lodge cost $650 a night.', _RATES_EN, 'en', 'en', 'pass'),
        ('The cheapest rooms at the lodge cost $650 a night.', _RATES_EN, 'en', 'en', 'fail'),
        ('The cheapest rooms at the lodge cost $180 a night.', _RATES_EN, 'en', 'en', 'pass'),
        ('最贵的客房每晚180元。', _RATES_ZH, 'zh', 'zh', 'fail'),
        ('最贵的客房每晚650元。', _RATES_ZH, 'zh', 'zh', 'pass'),
        # Across languages.
        ('The cheapest rooms at the lodge cost $650 a night.', _RATES_FR, 'en', 'fr', 'fail'),
        ('最も高い部屋は1泊180ドル。', _RATES_EN, 'ja', 'en', 'fail'),
        ('最も高い部屋は1泊650ドル。', _RATES_EN, 'ja', 'en', 'pass'),
        # A range of the statement's own, and a change from one figure to another, name
        # no end.
        ('ロッジの客室は1泊180ドルから650ドル。', _RATES_EN, 'ja', 'en', 'pass'),
        ('The town raised its minimum parking fee to $6.',
         'The town raises parking fee from $4 to $6', 'en', 'en', 'pass'),
    ],
)  # fmt: skip
def test_a_word_naming_one_end_of_a_range_is_not_met_by_the_other_end(
    statement, quote, lang, quote_lang, status
):
    """[counted_whole] range_high_words and range_low_words before the statement's figure
    (after it in Chinese and Japanese) name the end of the quote's range it is: the other
    end's figure contradicts."""
    assert _status(statement, quote, lang, quote_lang)[0] == status


_VOTE_FR = "Les députés ont adopté à une large majorité (312 contre 97) le projet de loi sur l'eau."
_VOTE_EN = "Lawmakers approved the water bill by 312 votes to 97."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        ('French lawmakers rejected the water bill, 312 to 97.', _VOTE_FR, 'en', 'fr', 'fail'),
        ('French lawmakers approved the water bill, 312 to 97.', _VOTE_FR, 'en', 'fr', 'pass'),
        ('Los diputados rechazaron la ley del agua, 312 a 97.', _VOTE_EN, 'es', 'en', 'fail'),
        ('Los diputados aprobaron la ley del agua, 312 a 97.', _VOTE_EN, 'es', 'en', 'pass'),
        ('Die Abgeordneten lehnten das Wassergesetz ab, 312 zu 97.', _VOTE_EN, 'de', 'en',
         'fail'),
        ('Os deputados aprovaram a lei da água, 312 a 97.', _VOTE_EN, 'pt', 'en', 'pass'),
        ('Lawmakers rejected the water bill, 312-97.', _VOTE_EN, 'en', 'en', 'fail'),
        ("Les députés ont rejeté le projet de loi sur l'eau, 312 contre 97.", _VOTE_FR, 'fr',
         'fr', 'fail'),
        ("Les députés ont adopté le projet de loi sur l'eau, 312 voix contre 97.", _VOTE_FR,
         'fr', 'fr', 'pass'),
    ],
)  # fmt: skip
def test_a_tally_after_a_comma_closing_the_sentence_modifies_its_main_clause(
    statement, quote, lang, quote_lang, status
):
    """A vote's two counts after a comma at the sentence's end ([adverbial] tally_links)
    are said of the main clause before them: its verb of passage against the quote's."""
    assert _status(statement, quote, lang, quote_lang)[0] == status


_COUNTS_EN = (
    "The court convicted the former mayor on all 14 counts of bribery he faced over "
    "contracts with four firms."
)
_COUNTS_PT = (
    "O tribunal condenou o ex-prefeito em todas as 14 acusações de suborno ligadas a "
    "contratos com 4 empresas."
)


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A part said before the whole says some of it, not all; the part's figure is
        # another count of the quote's.
        ('O ex-prefeito foi condenado em apenas 4 das 14 acusações.', _COUNTS_EN, 'pt', 'en',
         'fail'),
        ('El exalcalde fue condenado por 4 de los 14 cargos.', _COUNTS_EN, 'es', 'en', 'fail'),
        ("L'ancien maire a été condamné pour 4 des 14 chefs d'accusation.", _COUNTS_EN, 'fr',
         'en', 'fail'),
        ('Der frühere Bürgermeister wurde in 4 der 14 Anklagepunkte verurteilt.', _COUNTS_EN,
         'de', 'en', 'fail'),
        ('El exalcalde fue condenado por 4 de los 14 cargos.', _COUNTS_PT, 'es', 'pt', 'fail'),
        # All of them, or the whole alone, is the quote's.
        ('O ex-prefeito foi condenado em todas as 14 acusações.', _COUNTS_EN, 'pt', 'en',
         'pass'),
        ('El exalcalde fue condenado por los 14 cargos.', _COUNTS_EN, 'es', 'en', 'pass'),
        ("L'ancien maire a été condamné pour tous les 14 chefs d'accusation.", _COUNTS_EN,
         'fr', 'en', 'pass'),
        ('El exalcalde fue condenado por los 14 cargos.', _COUNTS_PT, 'es', 'pt', 'pass'),
        # In English the part and its whole are one share, which a quote with none leaves
        # to a person.
        ('The former mayor was convicted on 4 of the 14 counts.', _COUNTS_EN, 'en', 'en',
         'unverified'),
    ],
)  # fmt: skip
def test_a_part_said_of_a_whole_is_not_all_of_it(statement, quote, lang, quote_lang, status):
    """A count said as a part of a whole ("4 das 14", "4 de los 14": `_part_taken`) is
    some of that whole, against a quote's "all 14": the quantifiers clash as "some of the
    14" and "all 14" do."""
    assert _status(statement, quote, lang, quote_lang)[0] == status


_UPTIME_EN = "The booking service is 99.5% available to take orders from any shop."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # A Japanese phrase of measure after the topic, before 、: a negation closing the
        # sentence denies the predicate it is the circumstance of.
        ('予約サービスは99.5％の時間、注文を受け付けられない。', _UPTIME_EN, 'ja', 'en', 'fail'),
        ('予約サービスは99.5％の時間、注文を受け付けなかった。', _UPTIME_EN, 'ja', 'en', 'fail'),
        ('予約サービスは99.5％の時間、注文を受け付ける。', _UPTIME_EN, 'ja', 'en', 'pass'),
        ('このモデルは9割の確率で、正しく答えられない。',
         'The model answers correctly 90% of the time.', 'ja', 'en', 'fail'),
        ('このモデルは9割の確率で、正しく答える。',
         'The model answers correctly 90% of the time.', 'ja', 'en', 'pass'),
        # A clause of its own before 、 is no such phrase.
        ('彼は2004年に有罪となり、店の経営を禁じられていた。',
         'He was convicted of fraud in 2004 and was barred from running a shop.', 'ja', 'en',
         'pass'),
        # The same in other languages.
        ('The booking service cannot take orders 99.5% of the time.', _UPTIME_EN, 'en', 'en',
         'fail'),
        ('El servicio de reservas no acepta pedidos el 99,5 % del tiempo.', _UPTIME_EN, 'es',
         'en', 'fail'),
        ('Le service de réservation accepte les commandes 99,5 % du temps.', _UPTIME_EN, 'fr',
         'en', 'pass'),
    ],
)  # fmt: skip
def test_a_negation_closing_a_japanese_sentence_denies_its_opening_phrase_of_measure(
    statement, quote, lang, quote_lang, status
):
    """[adverbial] measure_tails ("の時間", "の確率で") after a figure right after the
    sentence's topic and before 、: the phrase is the circumstance of the predicate a
    negation closing the sentence denies (`_measure_phrase_before`)."""
    assert _status(statement, quote, lang, quote_lang)[0] == status


_FIRE_EN = "The fire injured at least 30 people, including 12 children, in the old market."
_FIRE_FR = "L'incendie a blessé au moins 30 personnes, dont 12 étrangers, dans le vieux marché."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Across languages: the statement counts a group the quote counts with another of
        # its figures.
        ('市场火灾中至少30名儿童受伤。', _FIRE_EN, 'zh', 'en', 'fail'),
        ('市场火灾造成至少30人受伤，其中包括12名儿童。', _FIRE_EN, 'zh', 'en', 'pass'),
        ('At least 30 foreigners were injured in the market fire.', _FIRE_FR, 'en', 'fr',
         'fail'),
        ('Al menos 30 extranjeros resultaron heridos en el incendio.', _FIRE_FR, 'es', 'fr',
         'fail'),
        ('Al menos 30 personas resultaron heridas, 12 de ellas extranjeras.', _FIRE_FR, 'es',
         'fr', 'pass'),
        ('Pelo menos 30 estrangeiros ficaram feridos no incêndio.', _FIRE_FR, 'pt', 'fr',
         'fail'),
        ('12 foreigners were among the at least 30 people injured.', _FIRE_FR, 'en', 'fr',
         'pass'),
        # In one language the words are compared directly: never a pass.
        ('At least 30 children were injured in the market fire.', _FIRE_EN, 'en', 'en',
         'unverified'),
        ('12 children were among the at least 30 people injured in the market fire.', _FIRE_EN,
         'en', 'en', 'pass'),
    ],
)  # fmt: skip
def test_a_counted_group_the_quote_gives_to_another_figure(
    statement, quote, lang, quote_lang, status
):
    """The words right after a count ([polarity_counted] groups: "30 foreigners", "30名儿童")
    that the quote gives to another figure of its sentence ("30 people, including 12
    children"): the statement's count of that group is compared with the quote's."""
    assert _status(statement, quote, lang, quote_lang)[0] == status


_NONE_HURT_EN = "The fire injured at least 30 people in the old market; no children were hurt."


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # None of a group the quote counts in the compared figure's sentence.
        ('No children were among the at least 30 people injured in the market fire.',
         _FIRE_EN, 'en', 'en', 'fail'),
        ('Ningún niño figuraba entre los al menos 30 heridos del incendio.', _FIRE_EN, 'es',
         'en', 'fail'),
        ("Aucun enfant ne figurait parmi les au moins 30 blessés de l'incendie.", _FIRE_EN,
         'fr', 'en', 'fail'),
        ('Nenhum estrangeiro estava entre os pelo menos 30 feridos do incêndio.', _FIRE_FR,
         'pt', 'fr', 'fail'),
        # The quote's own none, or its count of the group, agrees.
        ('No children were among the at least 30 people injured in the market fire.',
         _NONE_HURT_EN, 'en', 'en', 'pass'),
        ('Ningún niño figuraba entre los al menos 30 heridos del incendio.', _NONE_HURT_EN,
         'es', 'en', 'pass'),
        ('Doze estrangeiros estavam entre os pelo menos 30 feridos do incêndio.', _FIRE_FR,
         'pt', 'fr', 'pass'),
    ],
)  # fmt: skip
def test_none_of_a_counted_group_against_the_quotes_count_of_it(
    statement, quote, lang, quote_lang, status
):
    """[counted_none] words ("Ningún niño", "aucun enfant", "no children") against a quote
    counting that side of the group ("including 12 children") in the sentence of a
    compared figure: some of them were (`_counted_none_against`)."""
    assert _status(statement, quote, lang, quote_lang)[0] == status
