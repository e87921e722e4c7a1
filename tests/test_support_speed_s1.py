"""The shortcuts of issue 13's speed work find what the scans they spare would find."""

import re

import pytest

from factdb.engine.support.patterns import _any_required_words
from factdb.engine.support.polarity import _polarity_groups, _polarity_index

# Texts in several languages and cases, with accents and the characters re.I folds to
# ASCII ("ſ", "ı", "İ"), that hold predicates of the [polarity] groups or nearly do.
TEXTS = [
    "The Senate APPROVED the bill after 3 days; 40 people survived, the pilot died.",
    "Der Angeklagte wurde VERURTEILT, 12 Jahre Haft; zwei Spieler gewannen Gold.",
    "Le projet a été ADOPTÉ par 438 voix contre 86 ; il est mort à 90 ans.",
    "El proyecto fue aprobado con 20 votos; ganó la medalla de oro en 2019.",
    "O projeto foi APROVADO por 300 votos e ele morreu aos 80 anos.",
    "The club WON 3 titles and LoſT 2 finals; İzmir baNNed 4 events.",
    "被告被判有罪，判处3年徒刑；他赢得了2枚金牌。",
    "法案は賛成多数で可決された。3人が死亡した。",
    "No predicate here at all: 12 apples and 3 pears.",
]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pt", "zh", "ja"])
@pytest.mark.parametrize("text", TEXTS)
def test_live_sides_hold_every_matching_pattern(lang: str, text: str) -> None:
    patterns = [p for _, sides, _ in _polarity_groups(lang) for _, p in sides]
    live = _polarity_index(lang).live(text)
    for p in patterns:
        if p.search(text) is not None:
            assert live is None or id(p) in live, (lang, p.pattern[:80])


def test_any_required_words_of_a_branching_and_a_shared_prefix() -> None:
    # The parser draws "w" out of "won|wins": the words are still whole.
    assert _any_required_words(r"(?<!\w)(?:won|wins)\s+gold", re.I) == ("gold",)
    assert _any_required_words(r"(?<!\w)(?:won|wins)\s+\w+", re.I) == ("wins", "won")
    # A branch with no literal run leaves nothing required.
    assert _any_required_words(r"(?:won|\d+)", re.I) is None
    # CJK characters have no case: they are words as written.
    assert _any_required_words(r"(?:判处|有罪)", re.I) == ("判处", "有罪")
