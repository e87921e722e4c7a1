"""A period that ends an abbreviation ends no sentence (issue 13, holdout35's
es-nytimes-h35-001): "EE. UU. mantendrá las sanciones" read as two sentences left the verb
after "EE. UU." out of the opening phrase's clause, and "mantener" against "lift" was never
read. Titles, dotted capitals, initials, listed abbreviations before a lowercase word or a
figure, multiword abbreviations and German ordinals before a month; look-alikes whose period
ends the sentence keep their end."""

import pytest

from factdb.engine.support import claim_supported
from factdb.engine.support.clauses import _CJK_SENTENCE_END
from factdb.engine.support.negation import _SENTENCE_END
from factdb.engine.support.parts import _PART_END
from factdb.engine.support.readers import _REGION_END
from factdb.engine.support.sentences import _CLAUSE_END, _MODAL_SENTENCE_END


def _status(statement: str, quote: str, lang: str, quote_lang: str) -> str:
    return claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang).status


def _ends(text: str, pattern: object = _CLAUSE_END) -> list[str]:
    """The words before each sentence or clause end `pattern` finds in `text`."""
    found = pattern.finditer(text)  # type: ignore[attr-defined]
    return [text[: m.end()].rsplit(" ", 1)[-1] for m in found]


@pytest.mark.parametrize(
    "statement, quote, lang, quote_lang, status",
    [
        # The opposing predicate after a dotted abbreviation is read.
        (
            "After 20 years, the U.S. will keep its sanctions on the regime.",
            "After 20 years of hostility, Washington plans to lift its sanctions on the regime.",
            "en",
            "en",
            "fail",
        ),
        (
            "After 20 years, the U.S. will lift its sanctions on the regime.",
            "After 20 years of hostility, Washington plans to lift its sanctions on the regime.",
            "en",
            "en",
            "pass",
        ),
        (
            "Tras 20 años de hostilidad, EE. UU. mantendrá las sanciones al régimen.",
            "After 20 years of hostility, Washington plans to lift its sanctions on the regime.",
            "es",
            "en",
            "fail",
        ),
        (
            "Nach 20 Jahren wird die Regierung z. B. die Sanktionen beibehalten.",
            "After 20 years, the government plans to lift the sanctions.",
            "de",
            "en",
            "fail",
        ),
        (
            "Après 20 ans, M. Dupont maintiendra les sanctions.",
            "After 20 years, Mr. Dupont plans to lift the sanctions.",
            "fr",
            "en",
            "fail",
        ),
        (
            "Após 20 anos, o Sr. Silva vai manter as sanções.",
            "Após 20 anos, o Sr. Silva vai suspender as sanções.",
            "pt",
            "pt",
            "fail",
        ),
    ],
)
def test_predicate_after_an_abbreviation_is_read(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    assert _status(statement, quote, lang, quote_lang) == status


@pytest.mark.parametrize(
    "text, ends",
    [
        # No end: dotted capitals, titles, initials, listed abbreviations, ordinals.
        ("Tras 20 años, EE. UU. mantendrá las sanciones.", ["sanciones."]),
        ("Officials in Charleston, S.C. say U.S. troops left.", ["left."]),
        ("Mr. Smith met Dr. Jones. Then J. K. Rowling spoke.", ["Jones.", "spoke."]),
        ("John F. Kennedy won in No. 5 on Jan. 20 etc. and left.", ["left."]),
        ("Sie kam am 3. Oktober an, z. B. mit 5 Mio. Euro bzw. mehr.", ["mehr."]),
        ("Im 20. Jahrhundert sprach M. Dupont p. ex. de ce cas.", ["cas."]),
        ("O Sr. Silva chegou em 5 de jan. de 2020.", ["2020."]),
        # The period ends the sentence: a capitalized sentence after dotted capitals, a
        # listed abbreviation, a letter after a lowercase word, a Roman numeral, a lowercase
        # word that is no abbreviation.
        ("He moved to the U.S. The move was odd.", ["U.S.", "odd."]),
        ("They sold fruit, bread etc. The shop closed.", ["etc.", "closed."]),
        ("It lacked vitamin C. The end came.", ["C.", "came."]),
        ("That was World War I. The end came.", ["I.", "came."]),
        ("B. Smith kam. Er sagte z. B.", ["kam.", "B."]),
        ("Dijo que no. 5 personas vinieron.", ["no.", "vinieron."]),
        # A word that abbreviates a month in another language: "ago" (agosto), "out" (outubro).
        ("It happened two years ago. 20 people died.", ["ago.", "died."]),
        ("They were locked out. 12 staff left.", ["out.", "left."]),
        ("Er kam um 3. Danach ging er.", ["3.", "er."]),
        ("Elle habite rue Sept. Les voisins partent.", ["Sept.", "partent."]),
    ],
)
def test_sentence_ends(text: str, ends: list[str]) -> None:
    assert _ends(text) == ends
    assert _ends(text, _REGION_END) == ends  # a figure's region: the same ends here


def test_part_end_skips_an_abbreviation() -> None:
    # What a part is said to be goes on past "Mr." and "U.S." and stops at the sentence end.
    text = "20 of them from Mr. Lee's U.S. unit. Others came later"
    assert _ends(text, _PART_END) == ["unit."]


@pytest.mark.parametrize("pattern", [_MODAL_SENTENCE_END, _SENTENCE_END, _CJK_SENTENCE_END])
@pytest.mark.parametrize(
    "text, count",
    [
        # A period before a capital after a title, an initial, dotted capitals inside a
        # phrase or a German ordinal before a month ends no sentence ...
        ("Mr. Smith said EE. UU. and Dr. Jones agreed. Then they left.", 1),
        ("Herr Dr. Weber kam am 3. Oktober, z. B. mit Frau Prof. Lang. Sie blieb.", 1),
        ("M. Dupont et Mme Durand sont venus. Ils sont partis.", 1),
        ("O Sr. Silva e a Dra. Costa chegaram. Depois saíram.", 1),
        # ... one after dotted capitals or a listed abbreviation before a capital does.
        ("He moved to the U.S. The move was odd.", 1),
        ("Compraron pan, leche etc. Luego se fueron.", 1),
    ],
)
def test_sentence_ends_before_a_capital(pattern: object, text: str, count: int) -> None:
    found = [m for m in pattern.finditer(text) if m.end() < len(text)]  # type: ignore[attr-defined]
    assert len(found) == count  # the text's last period aside
