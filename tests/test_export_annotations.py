"""`factdb export annotations`: W3C Web Annotation JSON-LD, validated by the WG's assertions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT4

from factdb.engine.text import extract

from .conftest import DATA, Runner
from .test_claims import SEED_URL, SOURCES

W3C = DATA / "w3c"
_URI = re.compile(r"^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$", re.I)


def _registry() -> Registry:
    return Registry().with_resources(
        (d["id"], DRAFT4.create_resource(d))
        for d in (json.loads(p.read_text()) for p in (W3C / "definitions").glob("*.json"))
    )


def _format_checker() -> FormatChecker:
    # jsonschema checks "uri" only with an optional package; the WPT harness (ajv) checks it.
    checker = FormatChecker()
    checker.checks("uri")(lambda value: not isinstance(value, str) or bool(_URI.match(value)))
    return checker


def must_failures(instance: dict, test: str) -> list[str]:
    """The MUST assertions of a `.test` file that `instance` fails, by file name."""
    registry, checker = _registry(), _format_checker()
    spec = json.loads((W3C / test).read_text())
    failed = []
    for entry in spec["assertions"]:
        path = W3C / entry if "/" in entry else (W3C / test).parent / entry
        schema = json.loads(path.read_text())
        ok = Draft4Validator(schema, registry=registry, format_checker=checker).is_valid(instance)
        if schema.get("expectedResult", "valid") == "invalid":
            ok = not ok
        if not ok and schema.get("assertionType", "must") == "must":
            failed.append(path.name)
    return failed


@pytest.fixture
def exported(run: Runner) -> dict:
    assert run("archive", str(SOURCES / "policywatch-3172.html"), "--url", SEED_URL).exit_code == 0
    assert run("claims", "import", str(SOURCES / "claims.yaml")).exit_code == 0
    result = run("export", "annotations", "--format", "w3c")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_collection_and_every_annotation_pass_the_w3c_must_assertions(exported: dict) -> None:
    assert exported["type"] == "AnnotationCollection"
    assert must_failures(exported, "collections/collectionMusts.test") == []
    items = exported["first"]["items"]
    assert exported["total"] == len(items) == 23
    for item in items:
        assert must_failures(item, "annotations/annotationMusts.test") == [], item["id"]


def test_the_assertions_catch_a_broken_annotation(exported: dict) -> None:
    item = dict(exported["first"]["items"][0])
    del item["@context"]
    assert "3.1-annotationContextValidated.json" in must_failures(
        item, "annotations/annotationMusts.test"
    )
    item = {**exported["first"]["items"][0], "id": "not a uri"}
    assert must_failures(item, "annotations/annotationMusts.test") == [
        "3.1-annotationIdValidated.json"
    ]


def test_selectors_point_at_the_quote_in_code_points(exported: dict) -> None:
    text = extract((SOURCES / "policywatch-3172.html").read_bytes()).text
    for item in exported["first"]["items"]:
        target = item["target"]
        assert target["source"] == SEED_URL
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        state = target["state"]
        assert state["type"] == "TimeState" and state["cached"].startswith("ni:///sha-256;")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", state["sourceDate"])


def test_body_is_the_statement_with_tags(exported: dict) -> None:
    [item] = [
        i
        for i in exported["first"]["items"]
        if i["id"].startswith("urn:factdb:claim:iran-enrichment-above-367:")
    ]
    assert item["body"][0] == {
        "type": "TextualBody",
        "value": "Iran raised enrichment beyond the JCPOA's 3.67% limit.",
        "format": "text/plain",
        "purpose": "describing",
    }
    assert [b["value"] for b in item["body"][1:]] == ["enrichment", "iran", "jcpoa", "nuclear"]
    assert item["target"]["selector"][0]["exact"] == (
        "increased its level of enrichment beyond 3.67 percent"
    )


def test_code_points_not_utf16_for_astral_characters(run: Runner, tmp_path: Path) -> None:
    page = tmp_path / "emoji.html"
    page.write_text("<p>Rocket 🚀 launched in 2021 with 3 crew.</p>", encoding="utf-8")
    assert run("archive", str(page), "--url", "https://example.org/rocket").exit_code == 0
    added = run(
        "claim",
        "add",
        "--statement",
        "It launched in 2021.",
        "--quote",
        "launched in 2021",
        "--source",
        "https://example.org/rocket",
    )
    assert added.exit_code == 0, added.output
    out = tmp_path / "a.jsonld"
    result = run("export", "annotations", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == f"Wrote {out}: 1 annotations.\n"
    [item] = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    position = item["target"]["selector"][1]
    assert (position["start"], position["end"]) == (9, 25)  # 🚀 is one code point


def test_unknown_format_is_a_usage_error(run: Runner) -> None:
    result = run("export", "annotations", "--format", "hypothesis")
    assert result.exit_code == 2
    assert "'hypothesis' is not 'w3c'" in result.stderr
