"""The closed sets' member index (`closed_sets._latin_members`): the members whose pattern
is searched for in a text of Latin letters, found once for all sets from the text's runs
of letters. It may let through a member that does not match, never leave out one that
does: every member named by any of its own words (whole, starred with an ending, with a
capital, in a sentence of each language) is among them, and `_members` finds it as the
search of every member's pattern does. Every sentence here is new."""

import pytest

from factdb.engine.support.closed_sets import (
    _OUTSIDE_LATIN,
    _holder_sets,
    _latin_members,
    _member_keys,
    _members,
)

_LANGS = ("en", "de", "fr", "es", "pt", "zh", "ja")

#: A sentence of each language around a member's words.
_FRAMES = {
    "en": "Last year {} reported 12 cases.",
    "de": "Im Jahr 2020 meldete {} 12 Fälle.",
    "fr": "L'an dernier, {} a signalé 12 cas.",
    "es": "El año pasado, {} informó de 12 casos.",
    "pt": "No ano passado, {} registou 12 casos.",
    "zh": "去年{}报告了12例。",
    "ja": "昨年{}は12件を報告した。",
}


def _written(word: str, ending: str) -> str:
    """A member's word as a text writes it: without its "=" mark, a starred part with an
    ending ("Mondland*" as "Mondlandeprogramms")."""
    return " ".join(
        part[:-1] + ending if part.endswith("*") else part
        for part in word.removeprefix("=").split()
    )


def _texts(lang: str) -> list[str]:
    from factdb.engine.support.rules import rules_for

    rules = rules_for(lang)
    assert rules is not None
    table = rules.data.get("holder_sets") or {}
    out = []
    for members in table.values():
        for words in members.values():
            for word in words:
                for ending in ("", "eprogramms"):
                    written = _written(word, ending)
                    out.append(_FRAMES[lang].format(written))
                    out.append(_FRAMES[lang].format(written.upper()))
    return out


@pytest.mark.parametrize("lang", _LANGS)
def test_no_matching_member_is_left_out(lang: str) -> None:
    sets = _holder_sets(lang)
    assert sets
    texts = _texts(lang)
    assert texts
    for text in texts:
        may = _latin_members(text, lang)
        if _OUTSIDE_LATIN.search(text) is not None:
            assert may is None
            continue
        assert may is not None
        for name, members in sets.items():
            for member, pattern in members.items():
                if pattern.search(text) is not None:
                    assert (name, member) in may, (text, name, member)


@pytest.mark.parametrize("lang", _LANGS)
def test_members_as_the_search_of_every_pattern(lang: str) -> None:
    sets = _holder_sets(lang)
    assert sets
    for text in _texts(lang)[::29]:
        for name, members in sets.items():
            searched = {m for m, p in members.items() if p.search(text) is not None}
            found = _members(text, lang, name)
            assert found is not None
            # `_members` keeps of several matches those not inside another's longer words.
            assert set(found) <= searched
            assert bool(found) == bool(searched), (text, name)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Gun violence killed 12 people in the city last year."),
        ("de", "Die Kosten des Mondlandeprogramms lagen bei 150 Milliarden."),
        ("fr", "Le terrorisme a tué 12 personnes l'an dernier."),
        ("es", "Las ballenas jorobadas y los cachalotes cruzaron 12 millas."),
        ("pt", "A mãe e dois primos morreram no acidente de 2019."),
    ],
)
def test_index_agrees_with_member_keys(lang: str, text: str) -> None:
    # Member by member, as `_member_keys` reads them: searched when a whole word or a
    # prefix the key holds is one of the text's runs of letters (or when keyed None).
    from factdb.engine.support.patterns import _text_of

    runs = _text_of(text).letter_runs
    may = _latin_members(text, lang)
    assert may is not None
    for set_name, members in _member_keys(lang).items():
        for m, key in members.items():
            expected = (
                key is None
                or not key[0].isdisjoint(runs)
                or (bool(key[1]) and any(r.startswith(key[1]) for r in runs))
            )
            assert ((set_name, m) in may) == expected, (set_name, m)
