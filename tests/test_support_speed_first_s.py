"""A first check's engine work done once where it was done again and again (issue 13,
point 6), every verdict unchanged:

- a data file is parsed once per process (`_load_toml`), each call still its own copy;
- the [polarity] patterns, their word index and their alternation are built once per data
  file (`_per_data_file`), not once per tag: "en", "en-US" and no tag read en.toml alike;
- a check run computes a verdict once per key of its inputs (`verdict_key`): a claim
  whose statement, quotes, languages and page date an earlier claim of the run had takes
  that verdict (`_Checker.computed`), as a re-check takes a recorded one.

Each probe compares the shared path with the verdict computed afresh: same status, reason
and elements, in several languages and across two."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from factdb import checks
from factdb.check_rules import supported, verdict_key
from factdb.engine import support
from factdb.engine.support import claim_supported
from factdb.engine.support.polarity import (
    _polarity_any,
    _polarity_groups,
    _polarity_groups_by_pattern,
    _polarity_index,
    _polarity_side_patterns,
)
from factdb.engine.support.rules import _DATA, _load_toml


def _verdict(result: support.Support) -> tuple[str, str, list[dict]]:
    return result.status, result.reason, [e.to_json() for e in result.elements]


@pytest.mark.parametrize("name", ["common", "en", "de", "fr", "es", "pt", "ja", "zh", "xx"])
def test_a_data_file_read_once_is_what_a_fresh_parse_gives(name: str) -> None:
    path = _DATA / f"{name}.toml"
    fresh = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    first = _load_toml(name)
    assert first == fresh
    # Each call its own copy: a caller that changes what it got changes nobody else's.
    first["changed"] = True
    for value in first.values():
        if isinstance(value, dict):
            value["changed"] = True
    again = _load_toml(name)
    assert again == fresh
    assert again is not first


#: (statement, quote, statement's tag, quote's tag, status): opposing predicates
#: ([polarity]) and right paraphrases, in several languages and across two.
_POLARITY_PROBES = [
    ("The jury found the defendant guilty on all 12 counts.",
     "The defendant was acquitted on all 12 counts.", "en", "en", "fail"),
    ("The jury found the defendant guilty on all 12 counts.",
     "The jury convicted the defendant on all 12 counts.", "en", "en", "pass"),
    ("Dana Kim was appointed on May 2, 2018.", "Dana Kim stepped down on May 2, 2018.",
     "en", "en", "fail"),
    ("Im Mai 2018 wurde Dana Kim zur Direktorin ernannt.",
     "Dana Kim resigned in May 2018.", "de", "en", "fail"),
    ("Lena Roth scheiterte im Weitsprung mit 6,02 m.",
     "Im Weitsprung gewann Lena Roth mit 6,02 m den Titel.", "de", "de", "fail"),
    ("Lena Roth scheiterte im Weitsprung mit 6,02 m.",
     "Lena Roth missed the long jump title with 6.02 m.", "de", "en", "pass"),
    ("Le jury a déclaré l'accusé non coupable des 12 chefs d'accusation.",
     "The jury found the defendant guilty on all 12 counts.", "fr", "en", "fail"),
    ("Le jury a déclaré l'accusé coupable des 12 chefs d'accusation.",
     "Die Jury sprach den Angeklagten in allen 12 Anklagepunkten schuldig.", "fr", "de",
     "pass"),
    ("The bill was defeated 61 to 39.", "Le projet de loi a été adopté par 61 voix contre 39.",
     "en", "fr", "fail"),
    ("O valor 12 ficou fora da faixa normal.", "The value 12 was out of range.", "pt", "en",
     "pass"),
    ("En 2021, Kotlin fue amado por el 70 % de los desarrolladores.",
     "In 2021 Kotlin was loved by 70% of developers.", "es", "en", "pass"),
    ("The plant recycles 90% of the plastic it collects.",
     "The plant discards 90% of the plastic it collects.", "en", "en", "fail"),
]  # fmt: skip

#: Other tags of the same data files: each reads its language's file as the base tag does.
_REGIONS = {"en": ["en-US", "en-GB"], "de": ["de-DE", "de-AT"], "fr": ["fr-FR", "fr-CA"],
            "pt": ["pt-BR", "pt-PT"], "es": ["es-ES", "es-MX"]}  # fmt: skip


@pytest.mark.parametrize("statement, quote, lang, quote_lang, status", _POLARITY_PROBES)
def test_opposing_predicates_read_alike_under_every_tag_of_a_data_file(
    statement: str, quote: str, lang: str, quote_lang: str, status: str
) -> None:
    """A region's tag met first or second shares the base tag's patterns; its verdict is
    the base tag's (the region's number formats aside, which these probes do not use)."""
    base = claim_supported(statement, [quote], statement_lang=lang, quote_lang=quote_lang)
    assert base.status == status, base.reason
    for region in _REGIONS[lang]:
        for other in [quote_lang, *_REGIONS[quote_lang]]:
            got = claim_supported(statement, [quote], statement_lang=region, quote_lang=other)
            assert _verdict(got) == _verdict(base), (region, other)


def test_the_polarity_tables_are_built_once_per_data_file() -> None:
    for build in (
        _polarity_groups,
        _polarity_index,
        _polarity_any,
        _polarity_side_patterns,
        _polarity_groups_by_pattern,
    ):
        assert build("en-US") is build("en") is build(None) is build("en-GB")
        assert build("de-DE") is build("de")
        assert build("pt-BR") is build("pt")
    groups = _polarity_groups
    assert groups("de") is not groups("en")
    assert groups("cs") == groups("cs-CZ") == ()  # no data file: no groups
    # The word index of a tag names the shared patterns' ids (`_WordIndex.live`).
    text = "The defendant was acquitted on all 12 counts."
    live = _polarity_index("en-US").live(text)
    ids = {id(p) for _, sides, _ in groups("en") for _, p in sides}
    assert live is not None and live and live <= ids


def _claims() -> list[tuple[str, list[str], date | None, str | None, list[str | None]]]:
    """Claims of several languages and kinds (no figure, figures, negations, across two
    languages), each statement its quote's words or a paraphrase."""
    sentences = [
        ("The fragile stability of a country seen as the lone success of the region", "en"),
        ("Revenue reached $4.8 billion in 2019, up 16.1% from a year earlier", "en"),
        ("The company did not confirm the figures on Tuesday", "en"),
        ("Die Zahl der Arbeitslosen stieg im Mai um 12.000 auf 2,3 Millionen", "de"),
        ("Le gouvernement n'a pas publié le rapport avant le 3 mars 2021", "fr"),
        ("El 30 % de los encuestados dijo que no votaría en 2024", "es"),
        ("O Brasil exportou 1,2 milhão de toneladas em 2020", "pt"),
        ("2022年8月8日、売上高は前年より5%増えた", "ja"),
    ]
    out: list[tuple[str, list[str], date | None, str | None, list[str | None]]] = []
    for text, lang in sentences:
        out.append((text, [text], None, None, [lang]))
        out.append((text, [text], date(2022, 8, 9), lang, [lang]))
    out.append(
        (
            "Revenue reached nearly $5 billion in 2019.",
            ["Der Umsatz erreichte 2019 4,8 Milliarden Dollar."],
            None,
            "en",
            ["de"],
        )
    )
    out.append(("Contracts rose by 16.1%.", ["Contracts declined by 16.1%"], None, "en", ["en"]))
    return out


def test_a_run_computes_a_verdict_once_per_key_of_its_inputs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Claims repeated in a run (with other ids) take the verdict of the first: the engine
    runs once per distinct key, and each claim's verdict and key are what the engine and
    `verdict_key` give it alone."""
    engine_calls: list[str] = []

    def counted(statement: str, *args: object, **kwargs: object) -> support.Support:
        engine_calls.append(statement)
        return supported(statement, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checks, "supported", counted)
    checker = checks._Checker(None, reuse=False)  # type: ignore[arg-type]
    claims = _claims()
    for round_ in range(3):
        for n, (statement, quotes, published, language, sources) in enumerate(claims):
            status, detail, elements, key = checker._supported(
                1000 * round_ + n, statement, quotes, published, sources, language
            )
            alone = supported(
                statement, quotes, published, claim_language=language, source_languages=sources
            )
            assert (status, detail, list(elements)) == _verdict(alone)
            assert key == verdict_key(
                statement, quotes, published, claim_language=language, source_languages=sources
            )
    assert len(engine_calls) == len(claims)
    # Without a claim id (`check_claims`) there is no key: the engine runs each time.
    statement, quotes, published, language, sources = claims[0]
    checker._supported(None, statement, quotes, published, sources, language)
    assert len(engine_calls) == len(claims) + 1


def test_the_verdicts_kept_by_key_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "_COMPUTED_MAX", 3)
    checker = checks._Checker(None, reuse=False)  # type: ignore[arg-type]
    statements = [f"Sales rose {n}% in 2020." for n in range(5)]
    keys = [checker._supported(n, s, [s], None, ["en"], "en")[3] for n, s in enumerate(statements)]
    assert list(checker.computed) == keys[2:]  # the oldest dropped first
