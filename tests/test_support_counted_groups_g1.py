"""Counted groups that contrast ([polarity.sex], [polarity.age], [polarity.role] in each
language's data file): a count given to women that the quote gives to men ("17 women" for
"17名男子"), to adults that it gives to children, to students that it gives to teachers;
and the groups read in a figure's clause beside them: exports against imports, a crowd
against an empty stadium ([polarity.trade], [polarity.crowd]); a French "l'or" won or
missed ([polarity] outcome). Each in one language or across two; the same group on both
sides, a both-sided count ("12 men and women") and a group word that is not the count's
still pass."""

import pytest

from factdb.engine.support import claim_supported


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> tuple[str, str]:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    return result.status, result.reason


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # Women against men, one language.
        ('Twelve women took part in the sleep trial.',
         'The sleep trial enrolled 12 men aged 20 to 40.', 'en', 'en', 'fail'),
        ('The sleep trial enrolled 12 men.',
         'The sleep trial enrolled 12 men aged 20 to 40.', 'en', 'en', 'pass'),
        ('The sleep trial enrolled 12 young men.',
         'Twelve men were enrolled in the sleep trial.', 'en', 'en', 'pass'),
        ('The sleep trial enrolled 12 female volunteers.',
         'The sleep trial enrolled 12 male volunteers.', 'en', 'en', 'fail'),
        ('The sleep trial enrolled 12 men and women.',
         'The sleep trial enrolled 12 women and men.', 'en', 'en', 'pass'),
        # Group word elsewhere, not the count's.
        ('The sleep trial, designed by women doctors, enrolled 12 volunteers.',
         'The sleep trial enrolled 12 men.', 'en', 'en', 'pass'),
        ('The sleep trial enrolled 12 volunteers, most of them women.',
         'The sleep trial enrolled 12 men and women.', 'en', 'en', 'pass'),
        ('Die Schlafstudie mit 12 Teilnehmern wurde von Frauen geleitet.',
         'The sleep trial enrolled 12 men.', 'de', 'en', 'pass'),
        ('Women ran the sleep trial, which enrolled 12 volunteers.',
         'The sleep trial enrolled 12 volunteers, all of them men.', 'en', 'en', 'pass'),
        ('An der Schlafstudie nahmen 12 Frauen teil.',
         'An der Schlafstudie nahmen 12 Männer teil.', 'de', 'de', 'fail'),
        ('An der Schlafstudie nahmen 12 junge Männer teil.',
         'An der Schlafstudie nahmen 12 Männer teil.', 'de', 'de', 'pass'),
        # Across languages.
        ("L'essai a recruté 12 femmes.",
         'The sleep trial enrolled 12 men.', 'fr', 'en', 'fail'),
        ("L'essai a recruté 12 hommes.",
         'The sleep trial enrolled 12 men.', 'fr', 'en', 'pass'),
        ('El ensayo reclutó a 12 mujeres.',
         'An der Schlafstudie nahmen 12 Männer teil.', 'es', 'de', 'fail'),
        ('El ensayo reclutó a 12 hombres.',
         'An der Schlafstudie nahmen 12 Männer teil.', 'es', 'de', 'pass'),
        ('O estudo recrutou 12 mulheres.',
         "L'essai a recruté 12 hommes.", 'pt', 'fr', 'fail'),
        ('O estudo recrutou 12 homens.',
         "L'essai a recruté 12 hommes.", 'pt', 'fr', 'pass'),
        ('The sleep trial enrolled 12 women.',
         '这项睡眠试验招募了12名男性志愿者。', 'en', 'zh', 'fail'),
        ('The sleep trial enrolled 12 men.',
         '这项睡眠试验招募了12名男性志愿者。', 'en', 'zh', 'pass'),
        ('这项试验招募了12名女性。',
         'The sleep trial enrolled 12 men.', 'zh', 'en', 'fail'),
        ('Die Studie rekrutierte 12 Männer.',
         '睡眠試験には男性12人が参加した。', 'de', 'ja', 'pass'),
        ('Die Studie rekrutierte 12 Frauen.',
         '睡眠試験には男性12人が参加した。', 'de', 'ja', 'fail'),
        ('The couple has 3 daughters.',
         'Das Paar hat 3 Söhne.', 'en', 'de', 'fail'),
        ('The couple has 3 daughters.',
         'La pareja tiene 3 hijas.', 'en', 'es', 'pass'),
        ('Les 3 sœurs ont fondé la société en 1998.',
         'The 3 brothers founded the company in 1998.', 'fr', 'en', 'fail'),
        ('Around 30 women and 12 children were rescued.',
         '约30名妇女和12名儿童获救。', 'en', 'zh', 'pass'),
        ('Around 30 women and 12 children were rescued.',
         '约30名男子和12名儿童获救。', 'en', 'zh', 'fail'),
        ('她在女子组获得第3名。',
         'She finished 3rd among the women.', 'zh', 'en', 'pass'),
        # Adults against children.
        ('The ferry carried 40 adults.',
         'The ferry carried 40 children and two crew members.', 'en', 'en', 'fail'),
        ('The ferry carried 40 children.',
         'The ferry carried 40 children and two crew members.', 'en', 'en', 'pass'),
        ('Die Fähre beförderte 40 Erwachsene.',
         'The ferry carried 40 children.', 'de', 'en', 'fail'),
        ('La navette transportait 40 enfants.',
         'Die Fähre beförderte 40 Kinder.', 'fr', 'de', 'pass'),
        ('La navette transportait 40 adultes.',
         'Die Fähre beförderte 40 Kinder.', 'fr', 'de', 'fail'),
        ('El ferry llevaba 40 niños.',
         '渡轮上载有40名儿童。', 'es', 'zh', 'pass'),
        ('El ferry llevaba 40 adultos.',
         '渡轮上载有40名儿童。', 'es', 'zh', 'fail'),
        ('A balsa levava 40 crianças.',
         'フェリーには子ども40人が乗っていた。', 'pt', 'ja', 'pass'),
        ('A balsa levava 40 adultos.',
         'フェリーには子ども40人が乗っていた。', 'pt', 'ja', 'fail'),
        ('The ferry carried 40 adults and children.',
         'The ferry carried 40 children and adults.', 'en', 'en', 'pass'),
        # A crowd against no spectators.
        ('The 2021 final was played in front of a packed crowd.',
         'The 2021 final was played behind closed doors.', 'en', 'en', 'fail'),
        ('About 300 runners raced in front of a sold-out crowd.',
         'Ohne Zuschauer liefen rund 300 Läuferinnen und Läufer.', 'en', 'de', 'fail'),
        ('About 300 runners raced without spectators.',
         'Ohne Zuschauer liefen rund 300 Läuferinnen und Läufer.', 'en', 'de', 'pass'),
        ('Quelque 300 coureurs ont couru sans spectateurs.',
         'Ohne Zuschauer liefen rund 300 Läuferinnen und Läufer.', 'fr', 'de', 'pass'),
        ('Quelque 300 coureurs ont couru devant une foule nombreuse.',
         'Ohne Zuschauer liefen rund 300 Läuferinnen und Läufer.', 'fr', 'de', 'fail'),
        ('Unos 300 corredores compitieron a puerta cerrada.',
         'About 300 runners raced in front of a sold-out crowd.', 'es', 'en', 'fail'),
        ('Rund 300 Läufer starteten vor vollen Rängen.',
         'About 300 runners raced in front of a sold-out crowd.', 'de', 'en', 'pass'),
        # French "l'or" won or missed.
        ("Mira a décroché l'or du 200 m en 22,91 s.",
         'Mira verpasste in 22,91 Sekunden knapp die Goldmedaille über 200 m.', 'fr', 'de', 'fail'),
        ("Mira a manqué l'or du 200 m en 22,91 s.",
         'Mira verpasste in 22,91 Sekunden knapp die Goldmedaille über 200 m.', 'fr', 'de', 'pass'),
        ("Mira a remporté l'or du 200 m en 22,91 s.",
         'Mira won the 200 m gold in 22.91 seconds.', 'fr', 'en', 'pass'),
        # A year before a group word is no count of it.
        ('Since 2015 women have chaired 12 committees.',
         'Until 2015 men chaired every committee; since 2015 women have chaired 12 of them.',
         'en', 'en', 'pass'),
        ('Seit 2015 leiten Frauen 12 Ausschüsse.',
         'Until 2015 men chaired every committee; since 2015 women have chaired 12 of them.',
         'de', 'en', 'pass'),
        # Students against teachers.
        ('The academy has 400 students.',
         'The academy employs 400 teachers across three campuses.', 'en', 'en', 'fail'),
        ('The academy has 400 students.',
         'The academy enrols 400 pupils across three campuses.', 'en', 'en', 'pass'),
        ('Die Akademie beschäftigt 400 Lehrkräfte.',
         'The academy enrols 400 students.', 'de', 'en', 'fail'),
        ("L'académie compte 400 élèves.",
         'Die Akademie hat 400 Schüler.', 'fr', 'de', 'pass'),
        ('La academia tiene 400 profesores.',
         '该学院有400名学生。', 'es', 'zh', 'fail'),
        ('The academy has 400 students and 30 teachers.',
         'The academy has 30 teachers and 400 students.', 'en', 'en', 'pass'),
        # Exports against imports in the figure's clause; a trade named by its other end
        # takes no side.
        ('Exports rose 17% in 2019.',
         'In 2019, imports rose 17%.', 'en', 'en', 'fail'),
        ('Exports rose 17% in 2019.',
         'In 2019, exports rose 17% while imports fell 3%.', 'en', 'en', 'pass'),
        ('Die Exporte stiegen 2019 um 17 %.',
         'Les importations ont augmenté de 17 % en 2019.', 'de', 'fr', 'fail'),
        ('Les exportations ont augmenté de 17 % en 2019.',
         'Die Exporte stiegen 2019 um 17 %.', 'fr', 'de', 'pass'),
        ('Las importaciones subieron un 17 % en 2019.',
         '2019年出口增长了17%。', 'es', 'zh', 'fail'),
        ('Las exportaciones subieron un 17 % en 2019.',
         '2019年出口增长了17%。', 'es', 'zh', 'pass'),
        ("China's exports to the US rose 17% in 2019.",
         'US imports from China rose 17% in 2019.', 'en', 'en', 'pass'),
        ('As exportações subiram 17% em 2019.',
         '2019年の輸入は17%増えた。', 'pt', 'ja', 'fail'),
        ('No matter what, 17% of firms export.',
         'Peu importe, 17 % des entreprises exportent.', 'en', 'fr', 'pass'),
    ],
)  # fmt: skip
def test_counted_groups(statement, quote, lang, quote_lang, status):
    got, reason = _status(statement, quote, lang, quote_lang)
    assert got == status, reason
