"""A region or city replaced, where the quote writes the matched figure otherwise than the
result shows it ('2' for "Two", across languages): the figure's sentence is still read for
places (`places._figure_sentences`), so the statement's place is compared."""

import pytest

from factdb.engine.support import claim_supported


@pytest.mark.parametrize(
    ("statement", "lang", "quote", "quote_lang"),
    [
        ("Zwei Menschen starben in Bayern.", "de", "Two people were killed in Hamburg.", "en"),
        ("Dos personas murieron en Texas.", "es", "Two people were killed in Louisiana.", "en"),
        ("Deux personnes tuées en Bavière.", "fr", "Two people were killed in Hamburg.", "en"),
        ("Two people were killed in Texas.", "en", "Zwei Menschen starben in Kalifornien.", "de"),
    ],
)
def test_another_region_of_the_same_country_fails(statement, lang, quote, quote_lang):
    s = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert s.status == "fail", s.reason
    assert any(e.kind == "place" and e.verdict == "contradicted" for e in s.elements)


@pytest.mark.parametrize(
    ("statement", "lang", "quote", "quote_lang"),
    [
        ("Zwei Menschen starben in Hamburg.", "de", "Two people were killed in Hamburg.", "en"),
        ("Dos personas murieron en Luisiana.", "es", "Two people were killed in Louisiana.", "en"),
        ("Deux personnes tuées en Bavière.", "fr", "Two people were killed in Bavaria.", "en"),
        ("Two people were killed in Texas.", "en", "Zwei Menschen starben in Texas.", "de"),
    ],
)
def test_the_same_region_in_another_language_passes(statement, lang, quote, quote_lang):
    s = claim_supported(statement, [quote], None, statement_lang=lang, quote_lang=quote_lang)
    assert s.status == "pass", s.reason


#: A region named after its country ("the US state of Louisiana"): a place in any role.
_SUBDIVISION_QUOTE = (
    "a gunman opened fire at a cinema in the US state of Louisiana, killing two people"
)


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("A gunman killed two people at a cinema in Texas.", "en"),
        ("Un tirador mató a dos personas en un cine de Texas.", "es"),
        ("Ein Schütze tötete in einem Kino in Texas zwei Menschen.", "de"),
    ],
)
def test_a_region_named_after_its_country_is_compared(statement, lang):
    s = claim_supported(statement, [_SUBDIVISION_QUOTE], None, statement_lang=lang, quote_lang="en")
    assert s.status == "fail", s.reason
    assert "Louisiana" in s.reason


@pytest.mark.parametrize(
    ("statement", "lang"),
    [
        ("A gunman killed two people at a cinema in Louisiana.", "en"),
        ("Un tirador mató a dos personas en un cine de Luisiana.", "es"),
        ("A gunman killed two people at a US cinema.", "en"),
    ],
)
def test_the_same_region_or_its_country_passes(statement, lang):
    s = claim_supported(statement, [_SUBDIVISION_QUOTE], None, statement_lang=lang, quote_lang="en")
    assert s.status == "pass", s.reason


def test_only_a_region_worded_after_its_country_takes_any_role():
    from factdb.engine.support.places import _place_mentions

    roles = [
        (p.key, p.role) for p in _place_mentions("The US and Louisiana officials said.", ("en",))
    ]
    assert roles == [("T:US", "name"), ("T:US-LA", "name")]
    roles = [
        (p.key, p.role) for p in _place_mentions("Two died in Germany's state of Bavaria.", ("en",))
    ]
    assert roles == [("T:DE", "in"), ("T:DE-BY", "any")]
