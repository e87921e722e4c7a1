"""Speed steps of issue E give what the code they replace gave. One reading of each text
(`_text_of`: its lowercase, whether it holds a digit or a Chinese or Japanese character,
its tokens) is kept for the checks of one `claim_supported` call, which read these of
the same statement and quotes again and again; the readings must be those each check
made on its own, and no reading may outlive its call."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.closed_sets import (
    _holder_sets,
    _may_name_member,
    _member_gate,
    _members,
)
from factdb.engine.support.patterns import (
    _MAX_TEXTS,
    _TEXTS,
    _TOKEN,
    _holds_folded,
    _lowered,
    _may_match,
    _text_of,
)
from factdb.engine.support.polarity import _polarity_index
from factdb.engine.support.rules import _base
from factdb.engine.support.sentences import _has_cjk
from factdb.engine.support.words import _region_words, _token_words, _words_of

PAIRS = Path(__file__).parent / "data" / "support" / "pairs.jsonl"
LANGS = ("en", "de", "es", "fr", "pt", "zh", "ja")

#: Texts with what a reading may get wrong: digits of other scripts, the letters that
#: lowercase to more than one ("İ") or fold to ASCII ("ſ", "ı", the Kelvin sign),
#: full-width forms, CJK beside Latin, kana only, Hangul (outside the CJK range).
ODD = [
    "",
    "İstanbul hat 15,5 Millionen Einwohner",
    "ſo 12 ſchiffe, KELVIN 5 \u212a",
    "ılık 3 gün",
    "\u0663\u0664 \u0968 no ASCII digit",
    "\uff11\uff12\uff13 full-width digits",
    "东京 2020 Olympics, 三千万人",
    "ひらがなだけ",
    "서울 인구는 천만 명",
    "Straße, STRASSE and straße",
    "under_score words_with_digits2 3x",
]


def _pair_texts() -> list[str]:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line]
    return [t for r in rows for t in (r["statement"], r["quote"])] + ODD


@pytest.fixture(autouse=True)
def _fresh() -> None:
    _TEXTS.clear()


def test_the_reading_of_a_text_is_what_each_check_read_of_it() -> None:
    for text in _pair_texts():
        read = _text_of(text)
        assert read.text == text
        assert read.lowered == text.lower() == _lowered(text)
        assert read.has_digit is (re.search(r"\d", text) is not None)
        assert read.has_cjk is (re.search("[\u3040-\u9fff]", text) is not None)
        assert read.lowered_tokens == frozenset(re.findall(r"\w+", text.lower()))
        # Asked again, the same answers (kept, not read anew).
        assert _text_of(text) is read
        assert read.lowered_tokens == frozenset(re.findall(r"\w+", text.lower()))


def test_has_cjk_is_a_scan_for_a_cjk_character() -> None:
    for text in _pair_texts():
        assert _has_cjk(text) is (re.search("[\u3040-\u9fff]", text) is not None)


def test_may_match_reads_digits_as_before() -> None:
    needs_digit = re.compile(r"\d+ (?:people|years)")
    for text in _pair_texts():
        if re.search(r"\d", text) is None:
            assert not _may_match(needs_digit, text)
        elif needs_digit.search(text) is not None:
            assert _may_match(needs_digit, text)


def _region_words_read_anew(text: str) -> set[str]:
    """`_region_words` as written before, for the changes of issue E to leave alike."""
    if re.search("[\u3040-\u9fff]", text) is None:
        words: set[str] = set()
        for token in _TOKEN.findall(text):
            words |= _token_words(token)
        return words
    return _words_of(text)


def test_region_words_are_those_read_from_the_text_itself() -> None:
    for text in _pair_texts():
        assert _region_words(text) == _region_words_read_anew(text)
        # A caller may change the set it gets: the kept tokens stay as read.
        _region_words(text).add("\x00changed")
        assert _region_words(text) == _region_words_read_anew(text)


def _live_read_anew(index: object, text: str) -> set[int] | None:
    """`_WordIndex.live` as it lowered and tokenised the text itself."""
    if _holds_folded(text):
        return None
    lowered = text.lower()
    if re.search("[\u3040-\u9fff]", lowered) is not None:
        return index.always | index._holding(lowered)  # type: ignore[attr-defined]
    out = set(index.always)  # type: ignore[attr-defined]
    for token in set(_TOKEN.findall(lowered)):
        out |= index._holding(token)  # type: ignore[attr-defined]
    for w, pid in index.odd:  # type: ignore[attr-defined]
        if pid not in out and w in lowered:
            out.add(pid)
    return out


def test_polarity_live_patterns_are_those_read_from_the_text_itself() -> None:
    texts = _pair_texts()
    for lang in LANGS:
        index = _polarity_index(lang)
        for text in texts:
            assert index.live(text) == _live_read_anew(index, text), (lang, text)


def test_a_call_starts_with_no_text_read() -> None:
    claim_supported(
        "Sales rose 5% in 2020.", ["Sales rose 5 percent in 2020."], statement_lang="en"
    )
    assert _TEXTS  # the call's checks read its texts through `_text_of`
    claim_supported(
        "Der Umsatz stieg um 7 %.", ["Der Umsatz stieg um 7 Prozent."], statement_lang="de"
    )
    assert not any("Sales" in t for t in _TEXTS)


def test_the_table_of_texts_is_bounded() -> None:
    for i in range(_MAX_TEXTS * 2 + 3):
        _text_of(f"text number {i}")
    assert len(_TEXTS) <= _MAX_TEXTS


# Probes through the engine: a reading kept for one call must not decide another. Each
# statement is checked against a right quote and a wrong one, in both orders: the answers
# must not depend on what the call before read.
PROBES = [
    # (statement, lang, right quote, wrong quote, quote lang)
    (
        "Sales rose 5% in 2020.",
        "en",
        "In 2020, sales rose 5 percent.",
        "In 2020, sales fell 5 percent.",
        "en",
    ),
    (
        "Der Umsatz stieg 2020 um 5 Prozent.",
        "de",
        "2020 stieg der Umsatz um 5 %.",
        "2020 stieg der Umsatz um 7 %.",
        "de",
    ),
    (
        "Las ventas crecieron un 12 % en 2019.",
        "es",
        "En 2019, las ventas crecieron un 12 por ciento.",
        "En 2019, las ventas crecieron un 21 por ciento.",
        "es",
    ),
    ("东京有1400万人。", "zh", "东京人口约1400万。", "东京人口约1000万。", "zh"),
    (
        "Tokyo has about 14 million inhabitants.",
        "en",
        "东京人口约1400万。",
        "东京人口约1000万。",
        "zh",
    ),
    (
        "Le chiffre d'affaires a atteint 3,2 milliards d'euros.",
        "fr",
        "Revenue reached 3.2 billion euros.",
        "Revenue reached 2.3 billion euros.",
        "en",
    ),
]


@pytest.mark.parametrize("statement,lang,right,wrong,quote_lang", PROBES)
def test_answers_do_not_depend_on_the_call_before(
    statement: str, lang: str, right: str, wrong: str, quote_lang: str
) -> None:
    def check(quote: str) -> tuple[str, str]:
        s = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
        return s.status, s.reason

    first = [check(right), check(wrong)]
    second = [check(wrong), check(right)]
    assert first == second[::-1]
    assert first[0][0] in ("pass", "warn")
    assert first[1][0] in ("fail", "unverified")


def _members_searched_all(text: str, lang: str, name: str) -> dict[str, str] | None:
    """`_members` as it searched every member's pattern."""
    sets = _holder_sets(_base(lang))
    if sets is None or name not in sets:
        return None
    found = {}
    for member, pattern in sets[name].items():
        m = pattern.search(text)
        if m is not None:
            found[member] = m.group()
    return found


#: Texts naming members of closed sets in every case, with accents, starred words' longer
#: forms, and the characters re.I folds that lowercase does not ("ſ", "İ", the Kelvin sign).
MEMBER_TEXTS = [
    "Gun violence killed 40,000 people; TERRORISM killed far fewer.",
    "Der Bau des Mondlandeprogramms kostete 150 Milliarden Dollar.",
    "Herz-Kreislauf-Erkrankungen und Krebs töten jedes Jahr 300.000 Menschen.",
    "el terrorismo ha matado a decenas de miles; la violencia armada, más.",
    "Le tourisme représente 8 % du PIB, l'agriculture 3 %.",
    "O turismo e a agricultura somam 12% do PIB.",
    "国际空间站的造价高达1500亿美元",
    "ſo the Teachers and pupils, 30 of them",
    "İstanbul'da terörizm ve 5 kişi",
    "a mosque and a palace, 2 KM apart",
    "whose mother and two cousins were killed; a perdu son père",
]


def test_members_are_those_every_pattern_finds() -> None:
    texts = _pair_texts() + MEMBER_TEXTS
    for lang in LANGS:
        sets = _holder_sets(_base(lang))
        for name in sets or ():
            for text in texts:
                assert _members(text, lang, name) == _members_searched_all(text, lang, name), (
                    lang,
                    name,
                    text,
                )


def test_may_name_member_reads_the_texts_letters_as_before() -> None:
    for lang in LANGS:
        whole, starts, cjk = _member_gate(lang)
        for text in _pair_texts() + MEMBER_TEXTS:
            before = any(w in text for w in cjk) or any(
                t in whole or t.startswith(starts) for t in re.findall(r"[^\W\d_]+", text.lower())
            )
            assert _may_name_member(text, lang) is before
