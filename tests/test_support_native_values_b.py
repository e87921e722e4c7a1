"""Values written in words or native notations, and a change's two figures, read across
languages:

- durations with a bound or "and some" in Chinese and Japanese: "一个多月" (1个月多, a month
  and some, short of two), "十多天", "十几天", "两年多", "一年多", "不到一年", "几十天",
  "半月足らず", "1カ月余り", "十数年", "20余日" ([numbers] rewrites in zh.toml and ja.toml,
  `_CJK_ONE_SPAN` and `_CJK_ONE_BOUND` for "一");
- a decade and a half and other halves of a unit: "uma década e meia", "une décennie et
  demie", "anderthalb Jahrzehnte" (15 years), "一年半", "两年半" ([units] década, décennie,
  Jahrzehnt; [phrases]);
- 割 and 分 in Japanese: "9割5分" is 95 %, "1割5分" 15 %, 分 a tenth of 割 there, not minutes;
- dozens: "1ダース", "2ダース", "半ダース", "zwei Dutzend", "duas dúzias", "meia dúzia"
  ([scales] and [vague]);
- "from X to Y" said in another language ("从13岁提高到16岁", "13歳から16歳に引き上げ", "von 13
  auf 16"): the start and the end of one change are no two counts each with its own place
  (`_kana_place_elsewhere`).
"""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            '剧团用了一个多月完成了8场巡演。',
            '不到半月，剧团完成了8场巡演。',
            'zh', 'zh', 'fail',
        ),
        (
            '剧团用了不到半个月完成了8场巡演。',
            '不到半月，剧团完成了8场巡演。',
            'zh', 'zh', 'pass',
        ),
        (
            'The troupe gave 8 shows in less than half a month.',
            '不到半月，剧团完成了8场巡演。',
            'en', 'zh', 'pass',
        ),
        (
            'The troupe gave 8 shows in more than a month.',
            '不到半月，剧团完成了8场巡演。',
            'en', 'zh', 'fail',
        ),
        (
            'The bridge repairs took more than a month.',
            '这座桥的维修工程用了一个多月才完成。',
            'en', 'zh', 'pass',
        ),
        (
            'The bridge repairs took less than a month.',
            '这座桥的维修工程用了一个多月才完成。',
            'en', 'zh', 'fail',
        ),
        (
            '维修工程用了不到一个月。',
            '这座桥的维修工程用了一个多月才完成。',
            'zh', 'zh', 'fail',
        ),
        (
            '橋の補修工事は1か月以上かかった。',
            '这座桥的维修工程用了一个多月才完成。',
            'ja', 'zh', 'pass',
        ),
        (
            '橋の補修工事は1カ月余りかかった。',
            '这座桥的维修工程用了一个多月才完成。',
            'ja', 'zh', 'pass',
        ),
        (
            '橋の補修工事は半月足らずで終わった。',
            '这座桥的维修工程用了一个多月才完成。',
            'ja', 'zh', 'fail',
        ),
        (
            '罢工持续了两个多月。',
            'The strike lasted more than two months.',
            'zh', 'en', 'pass',
        ),
        (
            '罢工持续了不到两个月。',
            'The strike lasted more than two months.',
            'zh', 'en', 'fail',
        ),
        (
            '罢工持续了三个多月。',
            'The strike lasted more than two months.',
            'zh', 'en', 'fail',
        ),
        (
            'ストは2カ月以上続いた。',
            'The strike lasted more than two months.',
            'ja', 'en', 'pass',
        ),
        (
            'ストは2カ月足らずで終わった。',
            'The strike lasted more than two months.',
            'ja', 'en', 'fail',
        ),
        (
            '施工持续了一年多。',
            'Die Bauarbeiten dauerten mehr als ein Jahr.',
            'zh', 'de', 'pass',
        ),
        (
            '施工持续了不到一年。',
            'Die Bauarbeiten dauerten mehr als ein Jahr.',
            'zh', 'de', 'fail',
        ),
        (
            '施工持续了两年多。',
            'Die Bauarbeiten dauerten mehr als ein Jahr.',
            'zh', 'de', 'fail',
        ),
        (
            'Rescuers searched the mountains for more than ten days.',
            '救援队在山里搜寻了十多天。',
            'en', 'zh', 'pass',
        ),
        (
            'Rescuers searched the mountains for less than ten days.',
            '救援队在山里搜寻了十多天。',
            'en', 'zh', 'fail',
        ),
        (
            'Les secouristes ont cherché pendant plus de dix jours.',
            '救援队在山里搜寻了十多天。',
            'fr', 'zh', 'pass',
        ),
        (
            'Rescuers searched the mountains for more than twenty days.',
            '救援队在山里搜寻了十多天。',
            'en', 'zh', 'fail',
        ),
        (
            'The project was prepared for six months.',
            '项目筹备了半年。',
            'en', 'zh', 'pass',
        ),
        (
            'The project was prepared for three months.',
            '项目筹备了半年。',
            'en', 'zh', 'fail',
        ),
        (
            'Das Projekt wurde ein halbes Jahr lang vorbereitet.',
            '项目筹备了半年。',
            'de', 'zh', 'pass',
        ),
        (
            '工事は半月足らずで終わった。',
            'Les travaux ont duré moins de quinze jours.',
            'ja', 'fr', 'pass',
        ),
        (
            '工程用了不到半个月。',
            'Les travaux ont duré moins de quinze jours.',
            'zh', 'fr', 'pass',
        ),
        (
            '工程用了一个多月。',
            'Les travaux ont duré moins de quinze jours.',
            'zh', 'fr', 'fail',
        ),
    ],
)  # fmt: skip
def test_cjk_durations_with_bounds(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            'Rescuers stayed on the mountain for more than ten days.',
            '搜救人员在雪山上坚守了十几天。',
            'en', 'zh', 'pass',
        ),
        (
            'Rescuers stayed on the mountain for a few days.',
            '搜救人员在雪山上坚守了十几天。',
            'en', 'zh', 'fail',
        ),
        (
            '救助隊は雪山で十数日とどまった。',
            '搜救人员在雪山上坚守了十几天。',
            'ja', 'zh', 'pass',
        ),
        (
            'Rescuers stayed on the mountain for less than ten days.',
            '搜救人员在雪山上坚守了十几天。',
            'en', 'zh', 'fail',
        ),
        (
            'He has lived in the town for more than ten years.',
            '彼はこの町に十数年暮らしている。',
            'en', 'ja', 'pass',
        ),
        (
            '他在这个小镇生活了十几年。',
            '彼はこの町に十数年暮らしている。',
            'zh', 'ja', 'pass',
        ),
        (
            '他在这个小镇生活了几年。',
            '彼はこの町に十数年暮らしている。',
            'zh', 'ja', 'fail',
        ),
        (
            'He has lived in the town for more than twenty years.',
            '彼はこの町に十数年暮らしている。',
            'en', 'ja', 'fail',
        ),
        (
            'The workers spent five days on the site.',
            '工人们在工地上干了几十天。',
            'en', 'zh', 'fail',
        ),
        (
            '協議は20余日続いた。',
            'The talks went on for more than twenty days.',
            'ja', 'en', 'pass',
        ),
        (
            '谈判持续了二十多天。',
            'The talks went on for more than twenty days.',
            'zh', 'en', 'pass',
        ),
        (
            '谈判持续了三十多天。',
            'The talks went on for more than twenty days.',
            'zh', 'en', 'fail',
        ),
        (
            '谈判持续了不到二十天。',
            'The talks went on for more than twenty days.',
            'zh', 'en', 'fail',
        ),
        (
            '维修用了一周多。',
            'The repairs took more than a week.',
            'zh', 'en', 'pass',
        ),
        (
            '维修用了不到一周。',
            'The repairs took more than a week.',
            'zh', 'en', 'fail',
        ),
        (
            'The police investigation lasted several months.',
            '警方的调查持续了数月。',
            'en', 'zh', 'unverified',
        ),
    ],
)  # fmt: skip
def test_cjk_durations_and_some(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            'Ele cumpriu a promessa durante uma década e meia.',
            '这个承诺他坚守了15年。',
            'pt', 'zh', 'pass',
        ),
        (
            'Ele cumpriu a promessa durante duas décadas.',
            '这个承诺他坚守了15年。',
            'pt', 'zh', 'fail',
        ),
        (
            'He kept the promise for a decade and a half.',
            '这个承诺他坚守了15年。',
            'en', 'zh', 'pass',
        ),
        (
            'Er hielt das Versprechen anderthalb Jahrzehnte lang.',
            '这个承诺他坚守了15年。',
            'de', 'zh', 'pass',
        ),
        (
            'Il a tenu sa promesse pendant une décennie et demie.',
            '这个承诺他坚守了15年。',
            'fr', 'zh', 'pass',
        ),
        (
            'Cumplió la promesa durante una década y media.',
            '这个承诺他坚守了15年。',
            'es', 'zh', 'pass',
        ),
        (
            'Cumplió la promesa durante una década.',
            '这个承诺他坚守了15年。',
            'es', 'zh', 'fail',
        ),
        (
            'A empresa funciona há uma década e meia.',
            'The company has been operating for 15 years.',
            'pt', 'en', 'pass',
        ),
        (
            "L'entreprise existe depuis une décennie et demie.",
            'The company has been operating for 15 years.',
            'fr', 'en', 'pass',
        ),
        (
            'Die Firma arbeitet seit anderthalb Jahrzehnten.',
            'The company has been operating for 15 years.',
            'de', 'en', 'pass',
        ),
        (
            'Die Firma arbeitet seit zweieinhalb Jahrzehnten.',
            'The company has been operating for 15 years.',
            'de', 'en', 'fail',
        ),
        (
            '谈判持续了一年半。',
            'The negotiations lasted 18 months.',
            'zh', 'en', 'pass',
        ),
        (
            '交渉は1年半続いた。',
            'The negotiations lasted 18 months.',
            'ja', 'en', 'pass',
        ),
        (
            '谈判持续了两年半。',
            'The negotiations lasted 18 months.',
            'zh', 'en', 'fail',
        ),
        (
            '交渉は2年半続いた。',
            'The negotiations lasted 18 months.',
            'ja', 'en', 'fail',
        ),
        (
            'The negotiations lasted two and a half years.',
            '谈判持续了两年半。',
            'en', 'zh', 'pass',
        ),
        (
            'The negotiations lasted 30 months.',
            '谈判持续了两年半。',
            'en', 'zh', 'pass',
        ),
        (
            'The negotiations lasted two years.',
            '谈判持续了两年半。',
            'en', 'zh', 'fail',
        ),
        (
            'The negotiations lasted a year and a half.',
            '谈判持续了两年半。',
            'en', 'zh', 'fail',
        ),
        (
            'The negotiations lasted two and a half years.',
            'Les négociations ont duré deux ans et demi.',
            'en', 'fr', 'pass',
        ),
        (
            '交渉は2年半続いた。',
            'Les négociations ont duré deux ans et demi.',
            'ja', 'fr', 'pass',
        ),
        (
            '交渉は1年半続いた。',
            'Les négociations ont duré deux ans et demi.',
            'ja', 'fr', 'fail',
        ),
    ],
)  # fmt: skip
def test_halves_of_a_unit(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            '技術者は工場の職員の9割5分を占めていた。',
            'Engineers made up 95% of the staff at the plant.',
            'ja', 'en', 'pass',
        ),
        (
            '技術者は工場の職員の9割を占めていた。',
            'Engineers made up 95% of the staff at the plant.',
            'ja', 'en', 'fail',
        ),
        (
            '技術者は工場の職員の8割5分を占めていた。',
            'Engineers made up 95% of the staff at the plant.',
            'ja', 'en', 'fail',
        ),
        (
            '30% of respondents agreed.',
            '回答者の3割が賛成した。',
            'en', 'ja', 'pass',
        ),
        (
            '13% of respondents agreed.',
            '回答者の3割が賛成した。',
            'en', 'ja', 'fail',
        ),
        (
            '30 Prozent der Befragten stimmten zu.',
            '回答者の3割が賛成した。',
            'de', 'ja', 'pass',
        ),
        (
            '30%的受访者表示赞成。',
            '回答者の3割が賛成した。',
            'zh', 'ja', 'pass',
        ),
        (
            '三成受访者表示赞成。',
            '回答者の3割が賛成した。',
            'zh', 'ja', 'pass',
        ),
        (
            'Sales rose 15% from the previous year.',
            '売り上げは前年より1割5分増えた。',
            'en', 'ja', 'pass',
        ),
        (
            'Sales rose 1.5% from the previous year.',
            '売り上げは前年より1割5分増えた。',
            'en', 'ja', 'fail',
        ),
        (
            'Sales rose 10% from the previous year.',
            '売り上げは前年より1割5分増えた。',
            'en', 'ja', 'fail',
        ),
        (
            'The meeting ended after only five minutes.',
            '会議はわずか5分で終わった。',
            'en', 'ja', 'pass',
        ),
        (
            'The meeting ended after only five seconds.',
            '会議はわずか5分で終わった。',
            'en', 'ja', 'fail',
        ),
    ],
)  # fmt: skip
def test_wari_and_bu(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            'タラナキの浜辺で1ダースのマッコウクジラが座礁した。',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'ja', 'en', 'pass',
        ),
        (
            'タラナキの浜辺で2ダースのマッコウクジラが座礁した。',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'ja', 'en', 'fail',
        ),
        (
            'タラナキの浜辺で半ダースのマッコウクジラが座礁した。',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'ja', 'en', 'fail',
        ),
        (
            'Ein Dutzend Pottwale ist an einem Strand in Taranaki gestrandet.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'de', 'en', 'pass',
        ),
        (
            'Zwei Dutzend Pottwale sind an einem Strand in Taranaki gestrandet.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'de', 'en', 'fail',
        ),
        (
            'Une douzaine de cachalots se sont échoués sur une plage de Taranaki.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'fr', 'en', 'pass',
        ),
        (
            'Una docena de cachalotes vararon en una playa de Taranaki.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'es', 'en', 'pass',
        ),
        (
            'Uma dúzia de cachalotes encalhou numa praia de Taranaki.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'pt', 'en', 'pass',
        ),
        (
            'Duas dúzias de cachalotes encalharam numa praia de Taranaki.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'pt', 'en', 'fail',
        ),
        (
            'A dozen sperm whales stranded on a Taranaki beach.',
            'Twelve sperm whales stranded on a Taranaki beach on Sunday, the department said.',
            'en', 'en', 'pass',
        ),
        (
            '店は卵6個を3ドルで売った。',
            'The shop sold half a dozen eggs for $3.',
            'ja', 'en', 'pass',
        ),
        (
            'A loja vendia meia dúzia de ovos por 3 dólares.',
            'The shop sold half a dozen eggs for $3.',
            'pt', 'en', 'pass',
        ),
        (
            'La tienda vendía media docena de huevos por 3 dólares.',
            'The shop sold half a dozen eggs for $3.',
            'es', 'en', 'pass',
        ),
        (
            '店は卵1ダースを3ドルで売った。',
            'The shop sold half a dozen eggs for $3.',
            'ja', 'en', 'fail',
        ),
        (
            '24 protesters were arrested.',
            'Zwei Dutzend Demonstranten wurden festgenommen.',
            'en', 'de', 'pass',
        ),
        (
            '12 protesters were arrested.',
            'Zwei Dutzend Demonstranten wurden festgenommen.',
            'en', 'de', 'fail',
        ),
        (
            '2ダースのデモ参加者が逮捕された。',
            'Zwei Dutzend Demonstranten wurden festgenommen.',
            'ja', 'de', 'pass',
        ),
    ],
)  # fmt: skip
def test_dozens(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            '西班牙把性同意年龄从13岁提高到16岁。',
            'Spain raises age of consent from 13 to 16 Reuters',
            'zh', 'en', 'pass',
        ),
        (
            '西班牙把性同意年龄从13岁提高到18岁。',
            'Spain raises age of consent from 13 to 16 Reuters',
            'zh', 'en', 'fail',
        ),
        (
            '西班牙把性同意年龄从16岁降至13岁。',
            'Spain raises age of consent from 13 to 16 Reuters',
            'zh', 'en', 'fail',
        ),
        (
            '西班牙将结婚年龄由13岁提高至16岁。',
            'Spain raises age of consent from 13 to 16 Reuters',
            'zh', 'en', 'pass',
        ),
        (
            'スペインは性的同意年齢を13歳から16歳に引き上げた。',
            'Spain raises age of consent from 13 to 16 Reuters',
            'ja', 'en', 'pass',
        ),
        (
            'スペインは性的同意年齢を13歳から18歳に引き上げた。',
            'Spain raises age of consent from 13 to 16 Reuters',
            'ja', 'en', 'fail',
        ),
        (
            'Spanien hebt das Schutzalter von 13 auf 16 Jahre an.',
            'Spain raises age of consent from 13 to 16 Reuters',
            'de', 'en', 'pass',
        ),
        (
            "L'Espagne relève l'âge du consentement de 13 à 16 ans.",
            'Spain raises age of consent from 13 to 16 Reuters',
            'fr', 'en', 'pass',
        ),
        (
            'España eleva la edad de consentimiento de 13 a 16 años.',
            'Spain raises age of consent from 13 to 16 Reuters',
            'es', 'en', 'pass',
        ),
        (
            'A Espanha aumenta a idade de consentimento de 13 para 16 anos.',
            'Spain raises age of consent from 13 to 16 Reuters',
            'pt', 'en', 'pass',
        ),
        (
            'Spain raised the age of consent from 13 to 16.',
            '西班牙将性同意年龄从13岁提高到16岁。',
            'en', 'zh', 'pass',
        ),
        (
            'Spain raised the age of consent from 13 to 18.',
            '西班牙将性同意年龄从13岁提高到16岁。',
            'en', 'zh', 'fail',
        ),
        (
            'Spain lowered the age of consent from 16 to 13.',
            '西班牙将性同意年龄从13岁提高到16岁。',
            'en', 'zh', 'fail',
        ),
        (
            '西班牙将性同意年龄提高到16岁。',
            '西班牙将性同意年龄从13岁提高到16岁。',
            'zh', 'zh', 'pass',
        ),
        (
            'The city cut bus fares from 2 yuan to 1 yuan.',
            '该市的公交票价从2元降至1元。',
            'en', 'zh', 'pass',
        ),
        (
            'The city raised bus fares from 1 yuan to 2 yuan.',
            '该市的公交票价从2元降至1元。',
            'en', 'zh', 'fail',
        ),
        (
            '市はバス運賃を2元から1元に引き下げた。',
            '该市的公交票价从2元降至1元。',
            'ja', 'zh', 'pass',
        ),
        (
            '利率从5%降至3%。',
            'Le taux est passé de 3 % à 5 %.',
            'zh', 'fr', 'fail',
        ),
        # The two figures of one change share its place; two places' counts stay rivals.
        (
            'チャタム諸島のクジラは140頭から51頭に減った。',
            'Whales on the Chatham Islands fell from 140 to 51 Stuff',
            'ja', 'en', 'pass',
        ),
        (
            'チャタム諸島のクジラは140頭から60頭に減った。',
            'Whales on the Chatham Islands fell from 140 to 51 Stuff',
            'ja', 'en', 'fail',
        ),
        (
            'チャタム諸島で140頭が座礁した。',
            '140 pilot whales stranded on Stewart Island and 51 on the Chatham Islands.',
            'ja', 'en', 'fail',
        ),
    ],
)  # fmt: skip
def test_change_from_to_across_languages(statement, quote, lang, quote_lang, status):
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            'The repairs took about ten days.',
            '维修用了十来天。',
            'en', 'zh', 'pass',
        ),
        (
            'The repairs took ten days.',
            '维修用了十来天。',
            'en', 'zh', 'warn',
        ),
        (
            'The repairs took about a month.',
            '维修用了十来天。',
            'en', 'zh', 'fail',
        ),
        (
            '维修用了一个来月。',
            'The repairs took about a month.',
            'zh', 'en', 'pass',
        ),
        (
            '维修用了一个来月。',
            'The repairs took three months.',
            'zh', 'en', 'fail',
        ),
        (
            '受害者是一名20来岁的男子。',
            'The victim was a man of about 20.',
            'zh', 'en', 'pass',
        ),
        (
            '受害者是一名20来岁的男子。',
            'The victim was a 40-year-old man.',
            'zh', 'en', 'fail',
        ),
        (
            'The victim was 20 years old.',
            '受害者是一名20来岁的男子。',
            'en', 'zh', 'warn',
        ),
        (
            '十年来，城市人口翻了一番。',
            "Over the past ten years the city's population doubled.",
            'zh', 'en', 'pass',
        ),
        (
            '十来个人参加了会议。',
            'About ten people attended the meeting.',
            'zh', 'en', 'pass',
        ),
    ],
)  # fmt: skip
def test_cjk_lai_is_about(statement, quote, lang, quote_lang, status):
    """The "来" between a figure and its unit is about ("十来天", "一个来月", "20来岁"),
    never the "来" of "十年来" (over the past ten years)."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        (
            '嫌疑人接受了警方两小时的采访。',
            'Less than a day after the fire, the suspect gave a two-hour interview to police',
            'zh', 'en', 'pass',
        ),
        (
            'The suspect gave police a three-hour interview.',
            '嫌疑人接受了警方两小时的问询。',
            'en', 'zh', 'fail',
        ),
        (
            'The suspect gave police a two-hour interview.',
            '嫌疑人接受了警方两小时的问询。',
            'en', 'zh', 'pass',
        ),
        (
            '容疑者は警察の3時間の聴取を受けた。',
            '嫌疑人接受了警方三个小时的问询。',
            'ja', 'zh', 'pass',
        ),
        (
            '所有航班至少延误一刻钟。',
            'All flights were delayed by at least 15 minutes.',
            'zh', 'en', 'pass',
        ),
        (
            'The meeting lasted 45 minutes.',
            '会议只开了三刻钟。',
            'en', 'zh', 'pass',
        ),
        (
            'The meeting lasted 15 minutes.',
            '会议只开了三刻钟。',
            'en', 'zh', 'fail',
        ),
        (
            '一年版许可证售价3000日元。',
            '1年版ライセンスは1800円で、2年版ライセンスは3000円。',
            'zh', 'ja', 'fail',
        ),
        (
            '两年版许可证售价3000日元。',
            '1年版ライセンスは1800円で、2年版ライセンスは3000円。',
            'zh', 'ja', 'pass',
        ),
        (
            'The one-year licence costs 1,800 yen.',
            '一年版许可证售价1800日元，两年版售价3000日元。',
            'en', 'zh', 'pass',
        ),
        (
            'The one-year licence costs 3,000 yen.',
            '一年版许可证售价1800日元，两年版售价3000日元。',
            'en', 'zh', 'fail',
        ),
        (
            'The one-year loan rate is 3.45%.',
            '一年期贷款利率为3.45%。',
            'en', 'zh', 'pass',
        ),
        (
            'The five-year loan rate is 3.45%.',
            '一年期贷款利率为3.45%。',
            'en', 'zh', 'fail',
        ),
    ],
)  # fmt: skip
def test_cjk_hours_quarters_and_terms(statement, quote, lang, quote_lang, status):
    """Chinese numerals before 小时 ("三小时"), quarters of an hour ("一刻钟" is 15 minutes),
    one before a term's word ("一年版", "一年期"), and a bound before a verb of time taken
    ("至少延误一刻钟")."""
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, status, compared",
    [
        # "半月板" is the meniscus: only the weeks are compared, and they match.
        ("他半月板手术后休养了3周。", "他的半月板手术后休养了三周。", "zh", "pass", ["3周"]),
        ("他半月板手术后休养了3周。", "半月板手术后，他休养了三个月。", "zh", "fail", ["3周"]),
        ("《半月谈》报道了10个案例。", "《半月谈》报道了10个案例。", "zh", "pass", ["10"]),
        (
            "半月板の手術から3週間で復帰した。",
            "半月板の手術から3週間で復帰した。",
            "ja",
            "pass",
            ["3週間"],
        ),
        # Half a month itself is still read.
        ("不到半月就完成了10场演出。", "不到半月，10场演出。", "zh", "pass", ["半月", "10"]),
        ("半月足らずで完成した。", "1カ月余りで完成した。", "ja", "fail", ["半月"]),
    ],
)
def test_half_a_month_is_not_read_inside_a_longer_word(statement, quote, lang, status, compared):
    s = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=lang)
    assert s.status == status, s.reason
    said = [e.statement for e in s.elements]
    for word in compared:
        assert any(word in x for x in said), (word, said)
    if "半月板" in statement:
        assert not any(x.startswith("半月") for x in said), said
