"""Values the readers missed or misread (holdout51 half a), each as a class; every sentence
here is new.

- Centuries counted with 个/個 are a span in Chinese ("近三个世纪", "兩個世紀"); a bare
  "19世纪" stays a century of the calendar.
- A quote's word for one ([one] figure: "one", "eine", "un", "una") before the noun the
  statement counts with its figure 1 is the count one ("1 standard deviation" for "one
  standard deviation"; "1个标准差" for "一个标准差"). Across languages an English quote's
  "one" before the word it counts is read on its own (`one_count_not_before`), so "1
  Standardabweichung" for "one standard deviation" passes; a German quote's "eine" is not,
  and the English statement stays unverified.
- School years and the n-th year are ranks in Chinese and Japanese ("7年生", "七年级",
  "3年目"), compared with "sixth-year", "sixième année", "sexto año"; "7年生まれ",
  "5年生存率" are not.
- Imperial units by their German, French, Spanish and Portuguese names ("Yards", "yardas",
  "jardas", "Gallonen", "galones", "onzas").
- A number in a name that a quote repeats word for word and reads as no value ("Integer
  32", "Apollo 11") names; the rest of the sentence is compared, also a German rank after
  an adverb of scope ("die weltweit erste").
"""

import pytest

from factdb.engine.support import claim_supported

_ISLAND = "Nearly 300 years later, tranquility prevails over the quiet island."
_SPELL = "The charm is taught to sixth-year students at the academy."
_FIRM = "Maria is a co-founder of Integer 32, the world's first Rust consultancy."


@pytest.mark.parametrize(
    "lang, statement, quote_lang, quote, status, reason",
    [
        # Centuries counted with 个.
        ("zh", "近三个世纪后，这座小岛一片宁静。", "en", _ISLAND, "pass", ""),
        ("zh", "两个世纪后，这座小岛一片宁静。", "en", _ISLAND, "fail", "2个世纪"),
        (
            "zh",
            "兩個世紀後，島上一片寧靜。",
            "en",
            "Two centuries later, the island is calm.",
            "pass",
            "",
        ),
        (
            "en",
            "Nearly 300 years later, the island is calm.",
            "zh",
            "近三个世纪后，小岛一片宁静。",
            "pass",
            "",
        ),
        (
            "en",
            "Two centuries later, the island is calm.",
            "zh",
            "近三个世纪后，小岛一片宁静。",
            "fail",
            "",
        ),
        (
            "de",
            "Seit vier Jahrhunderten steht die Burg.",
            "zh",
            "这座城堡已矗立三个世纪。",
            "fail",
            "",
        ),
        (
            "zh",
            "这座城堡已矗立三个世纪。",
            "de",
            "Die Burg steht seit drei Jahrhunderten.",
            "pass",
            "",
        ),
        ("zh", "这是19世纪的建筑。", "zh", "这是20世纪的建筑。", "fail", ""),
        ("pt", "Quase três séculos depois, a ilha está calma.", "en", _ISLAND, "pass", ""),
        # The word for one before the statement's noun.
        (
            "en",
            "The tolerance is 1 standard deviation from the mean.",
            "en",
            "Our tolerance is one standard deviation from the mean.",
            "pass",
            "",
        ),
        (
            "en",
            "They dug up 1 skeleton.",
            "en",
            "They dug up one skeleton near the river.",
            "pass",
            "",
        ),
        (
            "en",
            "The band is 1 standard deviation wide.",
            "en",
            "The band is one standard deviation wide, about 15 points.",
            "pass",
            "",
        ),
        ("de", "Er hat 1 Sohn.", "de", "Er hat einen Sohn und zwei Töchter.", "pass", ""),
        ("de", "Er hat 1 Tochter.", "de", "Er hat einen Sohn und zwei Töchter.", "fail", ""),
        (
            "de",
            "Die Toleranz beträgt 1 Standardabweichung vom Mittelwert.",
            "de",
            "Die Toleranz beträgt eine Standardabweichung vom Mittelwert.",
            "pass",
            "",
        ),
        (
            "fr",
            "La tolérance est de 1 écart type autour de la moyenne.",
            "fr",
            "La tolérance est d'un écart type autour de la moyenne.",
            "pass",
            "",
        ),
        (
            "es",
            "La tolerancia es 1 desviación estándar.",
            "es",
            "La tolerancia es una desviación estándar.",
            "pass",
            "",
        ),
        ("zh", "容差为1个标准差。", "zh", "容差为一个标准差。", "pass", ""),
        ("ja", "許容範囲は1標準偏差だ。", "ja", "許容範囲は一標準偏差だ。", "pass", ""),
        ("zh", "容差为1个标准差。", "zh", "容差为十一个标准差。", "fail", ""),
        (
            "de",
            "Die Toleranz beträgt 1 Standardabweichung.",
            "en",
            "The tolerance is one standard deviation.",
            "pass",
            "",
        ),
        (
            "en",
            "The tolerance is 1 standard deviation.",
            "de",
            "Die Toleranz beträgt eine Standardabweichung.",
            "unverified",
            "",
        ),
        ("zh", "中央线坐1站地铁。", "zh", "中央线坐一站地铁。", "pass", ""),
        # The quote gives its one stop to another line and four to the statement's: a count
        # of stops is tied to the line of its clause (fixer U's `_clause_member_otherwise`).
        ("zh", "环线坐1站地铁。", "zh", "中央线坐一站地铁，环线坐四站地铁。", "fail", "环线"),
        ("zh", "他有1个孩子。", "zh", "他是唯一个孩子。", "unverified", ""),
        # School years and the n-th year as ranks.
        ("ja", "この呪文はアカデミーの7年生に教えられる。", "en", _SPELL, "fail", "7年生"),
        ("ja", "この呪文はアカデミーの6年生に教えられる。", "en", _SPELL, "pass", ""),
        ("zh", "这个咒语教给学院的七年级学生。", "en", _SPELL, "fail", "7年级"),
        (
            "zh",
            "这个咒语教给六年級學生。",
            "fr",
            "On l'enseigne aux élèves de sixième année.",
            "pass",
            "",
        ),
        (
            "fr",
            "On l'enseigne aux élèves de septième année.",
            "zh",
            "这个咒语教给六年级学生。",
            "fail",
            "",
        ),
        ("es", "Se enseña a los alumnos de sexto año.", "ja", "6年生に教えられる。", "pass", ""),
        (
            "de",
            "Sie wird Schülern im siebten Jahr beigebracht.",
            "ja",
            "6年生に教えられる。",
            "fail",
            "",
        ),
        ("en", "It is taught to seventh-year students.", "ja", "6年生に教えられる。", "fail", ""),
        (
            "en",
            "He won the title in his third season.",
            "ja",
            "3年目のシーズンに優勝した。",
            "pass",
            "",
        ),
        # Imperial units by their names in German, French, Spanish, Portuguese.
        ("de", "Gold über 1500 Yards.", "de", "Gold über 1500 Metern.", "fail", "1500 Yards"),
        ("de", "Sie lief 100 Yards.", "en", "She ran 100 yards.", "pass", ""),
        ("en", "She ran 100 metres.", "de", "Sie lief 100 Yards.", "fail", ""),
        ("es", "Corrió 1500 yardas.", "es", "Corrió 1500 metros.", "fail", ""),
        ("es", "Corrió 100 yardas.", "en", "She ran 100 yards.", "pass", ""),
        ("pt", "Correu 100 jardas.", "en", "She ran 100 metres.", "fail", ""),
        ("fr", "Il a couru 100 yards.", "en", "He ran 100 yards.", "pass", ""),
        ("en", "The tank holds 10 gallons.", "es", "El tanque tiene 10 galones.", "pass", ""),
        ("de", "Der Tank fasst 10 Gallonen.", "en", "The tank holds 38 litres.", "pass", ""),
        ("es", "Está a una milla de la costa.", "en", "It is one mile off the coast.", "pass", ""),
        ("en", "It is 1 mile off the coast.", "es", "Está a una milla de la costa.", "pass", ""),
        ("pt", "Fica a uma milha da costa.", "en", "It is two miles off the coast.", "fail", ""),
        (
            "de",
            "Eine Meile weiter liegt das Dorf.",
            "de",
            "Zwei Meilen weiter liegt das Dorf.",
            "fail",
            "",
        ),
        # A number in a name the quote repeats.
        (
            "de",
            "Maria hat Integer 32 mitgegründet, die erste Rust-Beratung der Welt.",
            "en",
            _FIRM,
            "pass",
            "",
        ),
        (
            "de",
            "Maria hat Integer 32 mitgegründet, die zweite Rust-Beratung der Welt.",
            "en",
            _FIRM,
            "fail",
            "",
        ),
        ("fr", "Integer 32 est la première société de conseil Rust.", "en", _FIRM, "pass", ""),
        ("ja", "メモ：Integer 32は世界初のRustコンサルティング会社。", "en", _FIRM, "pass", ""),
        ("zh", "Integer 32是全球第一家Rust咨询公司。", "en", _FIRM, "pass", ""),
        (
            "ja",
            "メモ：Integer 33は世界初のRustコンサルティング会社。",
            "en",
            _FIRM,
            "unverified",
            "",
        ),
        ("de", "Notiz: Integer 32 ist die weltweit erste Rust-Beratung.", "en", _FIRM, "pass", ""),
        ("de", "Notiz: Integer 32 ist die weltweit zweite Rust-Beratung.", "en", _FIRM, "fail", ""),
        (
            "de",
            "Es ist die bundesweit dritte Filiale.",
            "en",
            "It is the third branch in the country.",
            "pass",
            "",
        ),
        (
            "de",
            "Apollo 11 landete 1969 auf dem Mond.",
            "en",
            "Apollo 11 landed on the Moon in 1969.",
            "pass",
            "",
        ),
        (
            "de",
            "Apollo 11 landete 1968 auf dem Mond.",
            "en",
            "Apollo 11 landed on the Moon in 1969.",
            "fail",
            "",
        ),
        (
            "de",
            "Apollo 12 landete 1969 auf dem Mond.",
            "en",
            "Apollo 11 landed on the Moon in 1969.",
            "unverified",
            "",
        ),
        (
            "en",
            "Apollo 11 landed on the Moon in 1969.",
            "de",
            "Apollo 11 landete 1969 auf dem Mond.",
            "pass",
            "",
        ),
        (
            "de",
            "Sie nutzte Windows 10 auf 4 Rechnern.",
            "en",
            "She ran Windows 10 on three machines.",
            "fail",
            "",
        ),
    ],
)
def test_values_read(
    lang: str, statement: str, quote_lang: str, quote: str, status: str, reason: str
) -> None:
    result = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert result.status == status, result.reason
    assert reason in result.reason
