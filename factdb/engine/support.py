"""STUB (being written): the "claim supported" check's engine. API is final."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import UnknownLanguage

__all__ = ["Element", "Support", "claim_supported", "normalize_language"]


@dataclass(frozen=True)
class Element:
    """One element of a statement compared with the quotes."""

    kind: str
    statement: str
    quote: str | None
    verdict: str  # "match" | "contradicted" | "overstated" | "missing" | "unreadable"
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "statement": self.statement,
            "quote": self.quote,
            "verdict": self.verdict,
            "note": self.note,
        }


@dataclass(frozen=True)
class Support:
    status: str  # "pass" | "warn" | "fail" | "unverified"
    reason: str
    elements: tuple[Element, ...] = ()


def normalize_language(tag: str) -> str:
    """A BCP 47 tag in canonical case ("pt-br" -> "pt-BR"); UnknownLanguage otherwise."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag.strip().replace("-", "_"))
    except (ValueError, UnknownLocaleError, TypeError):
        raise UnknownLanguage(f"unknown language tag {tag!r} (use a tag such as en, de, pt-BR)") from None
    parts = tag.strip().replace("_", "-").split("-")
    return "-".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p.title() for p in parts[1:])])


def claim_supported(
    statement: str,
    quotes: Sequence[str],
    published: date | None = None,
    *,
    statement_lang: str | None = None,
    quote_lang: str | Sequence[str | None] | None = None,
) -> Support:
    """STUB: delegates to the old engine until the new one lands."""
    from ..quantities import claim_supported as old

    s = old(statement, list(quotes), published)
    if s.status == "pass" and s.reason.startswith("the statement has no numbers"):
        return Support("unverified", "nothing in the statement could be compared")
    return Support(s.status, s.reason)
