"""What a search returns: hits with their snippets and highlights, and the SQL that reads
what is shown of each hit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..statuses import STATUSES as CHECK_STATUSES
from ..store.results import current_condition, effective_status

# Marks around highlighted words in the database's snippets; never in page text.
START, STOP = "\x02", "\x03"
_MARKS = re.compile(f"([{START}{STOP}])")
SNIPPET_WORDS = 16


@dataclass
class Hit:
    """One claim found: what it says, how well it matched, and a snippet.

    The snippet is of the quotes, or of the statement when the query's words are in the
    statement but not in the quotes (`snippet_of` says which); `highlights` are (start,
    end) offsets into `snippet` of the words that matched.
    """

    id: str
    statement: str
    status: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    check: str = "unchecked"
    quantities: list[Any] = field(default_factory=list)
    snippet_of: str = "quote"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "statement": self.statement,
            "status": self.status,
            "check": self.check,
            "score": round(self.score, 6),
            "snippet": self.snippet,
            "snippet_of": self.snippet_of,
            "highlights": [list(h) for h in self.highlights],
            "tags": self.tags,
            "sources": self.sources,
            "quantities": self.quantities,
        }


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and highlight ranges from text with the database's marks;
    quotes joined by line breaks read as one line with " … " between them.

    >>> split_snippet("beyond \\x023\\x03.\\x0267\\x03 percent\\nIn 2009")
    ('beyond 3.67 percent … In 2009', [(7, 8), (9, 11)])
    """
    if START not in marked and STOP not in marked:
        return marked.replace("\n", " … "), []
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, None
    for piece in _MARKS.split(marked):
        if piece == START:
            start = length
        elif piece == STOP:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        elif piece:
            piece = piece.replace("\n", " … ")
            out.append(piece)
            length += len(piece)
    return "".join(out), spans


# Everything shown of a hit, by correlated subqueries on `c`, so the page of hits is one
# query: tags, sources (URLs in citation order, repeats dropped in Python) and the worst
# latest check result (4 fail, 3 warn, 2 unverified, 1 pass, NULL unchecked). Lists are
# JSON text on SQLite and arrays on PostgreSQL (psycopg reads an array in C; a JSON value
# costs a json.loads each, two per hit): ARRAY(subquery) reads the tags in the primary
# key's order, where array_agg(... ORDER BY) sorted each hit's few rows (20 hits: 0.05
# ms of the server's 0.25 for these lists); a claim without any is {}, not NULL.
DETAILS = {
    "sqlite": """
  (SELECT json_group_array(tag) FROM
     (SELECT tag FROM claim_tag WHERE claim_id = c.id ORDER BY tag)),
  (SELECT json_group_array(url) FROM
     (SELECT s.url FROM citation ci CROSS JOIN snapshot sn CROSS JOIN source s
      WHERE ci.claim_id = c.id AND sn.id = ci.snapshot_id AND s.id = sn.source_id
      ORDER BY ci.id)),""",
    "postgresql": """
  ARRAY(SELECT tag FROM claim_tag WHERE claim_id = c.id ORDER BY tag),
  ARRAY(SELECT s.url FROM citation ci
     JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
     WHERE ci.claim_id = c.id ORDER BY ci.id),""",
}
WORST_CHECK = f"""
  (SELECT max(CASE {effective_status("r")} WHEN 'fail' THEN 5 WHEN 'warn' THEN 4
               WHEN 'unverified' THEN 3 WHEN 'reviewed' THEN 2 ELSE 1 END)
   FROM check_result r WHERE r.claim_id = c.id AND {current_condition("r")})"""
_CHECK_NAMES: dict[int | None, str] = {None: "unchecked", **dict(enumerate(CHECK_STATUSES, 1))}


def _cut(quote: str, words: int = SNIPPET_WORDS) -> str:
    parts = quote.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _json_list(value: Any) -> list[Any]:
    """A JSON array column: text through SQLite's `text()`, decoded on PostgreSQL (or an
    array there)."""
    if isinstance(value, str):
        value = json.loads(value) if value != "[]" else None
    return list(value or [])


def hit_from_row(row: Any, *, cut: bool) -> Hit:
    """A Hit from a row of `search`'s query (without a query, `cut` the first quote)."""
    claim_id, score, slug, statement, status, quantities, quote, said, tags, urls, worst = row
    snippet_of = "quote"
    highlights: list[tuple[int, int]]
    if cut:
        snippet, highlights = _cut(quote or ""), []
    else:
        snippet, highlights = split_snippet(quote or "")
        if not highlights and said and START in said:
            snippet, highlights = split_snippet(said)
            snippet_of = "statement"
    return Hit(
        id=slug,
        statement=statement,
        status=status,
        score=float(score or 0.0),
        snippet=snippet,
        highlights=highlights,
        tags=_json_list(tags),
        sources=list(dict.fromkeys(_json_list(urls))),
        check=_CHECK_NAMES[worst],
        quantities=_json_list(quantities),
        snippet_of=snippet_of,
    )
