"""Export claims as MediaWiki wikitext: one `{{cite web}}` reference per citation.

Each claim is a comment naming it (id, statement, check status) followed by one
`<ref name="ID">{{cite web |...}}</ref>` per citation (the second of a claim is named
`ID-2`, and so on), ready to paste after the sentence it supports. The parameters, as
Wikipedia's Template:Cite web documents them:

| parameter | from |
| --- | --- |
| `url` | the source's URL |
| `title` | the source's title |
| `author1`, `author2`, ... | the source's authors |
| `website` | the source's publisher, else its host name |
| `date` | the source's publication date |
| `access-date` | the date the citation's span check last passed (else the capture's date) |
| `quote` | the cited quote, exactly as the archived page has it |
| `archive-url`, `archive-date` | the public archived copy, when one is recorded |

(A public archived copy is recorded with `factdb source edit URL --archived-copy URL`.)

Values are escaped so that the page's text cannot end a parameter or the template:
`|`, braces, brackets, `<`, `>` and runs of `'` or `~` become character references; in
the comment naming a claim, runs of hyphens are spaced out so that a statement cannot end
the comment (`-->`) and become markup.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..claims import claims_query
from ..search.filters import check_status
from ..store.models import CheckResult, CheckRun, Citation

_ESCAPES = {
    "|": "&#124;",
    "{": "&#123;",
    "}": "&#125;",
    "[": "&#91;",
    "]": "&#93;",
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
}
_SPECIAL = re.compile(r"[|{}\[\]<>&]|'{2,}|~{3,}|\s+")
_HYPHENS = re.compile(r"-{2,}")


def wiki_escape(value: str) -> str:
    """A template parameter value: markup characters as character references, whitespace
    (line breaks included) collapsed to one space.

    >>> wiki_escape("a|b {{x}} [[y]] <ref>")
    'a&#124;b &#123;&#123;x&#125;&#125; &#91;&#91;y&#93;&#93; &lt;ref&gt;'
    >>> wiki_escape("''it'' ~~~~ R&D\\n next")
    '&#39;&#39;it&#39;&#39; &#126;&#126;&#126;&#126; R&amp;D next'
    """

    def one(m: re.Match[str]) -> str:
        text = m.group(0)
        if text[0] == "'":
            return "&#39;" * len(text)
        if text[0] == "~":
            return "&#126;" * len(text)
        if text[0].isspace():
            return " "
        return _ESCAPES[text]

    return _SPECIAL.sub(one, value).strip()


def comment_text(value: str) -> str:
    """Text that stays inside an HTML/wikitext comment: whitespace collapsed and every run
    of hyphens spaced out, so no `--` (hence no `-->`) is left to end the comment early.

    >>> comment_text("a ---> b -- c\\n d")
    'a - - -> b - - c d'
    """
    return _HYPHENS.sub(lambda m: " ".join(m.group(0)), " ".join(value.split()))


def _date(when: datetime | str | None) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY), as cite web accepts it."""
    if when is None:
        return None
    if isinstance(when, datetime):
        return when.date().isoformat()
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", when.strip())
    return "-".join(p for p in m.groups() if p) if m else None


def _last_passes(session: Session, citation_ids: list[int]) -> dict[int, datetime]:
    """When each citation's span check last passed (the run's start)."""
    out: dict[int, datetime] = {}
    for i in range(0, len(citation_ids), 500):
        rows = session.execute(
            select(CheckResult.citation_id, func.max(CheckRun.started_at))
            .join(CheckRun, CheckRun.id == CheckResult.run_id)
            .where(
                CheckResult.citation_id.in_(citation_ids[i : i + 500]),
                CheckResult.kind == "span",
                CheckResult.status == "pass",
            )
            .group_by(CheckResult.citation_id)
        )
        for cid, at in rows:
            if cid is not None and at is not None:
                # SQLite gives the aggregate back as text, without the column's type.
                out[cid] = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    return out


def cite_params(citation: Citation, access_date: str) -> list[tuple[str, str]]:
    """The `{{cite web}}` parameters of a citation, in order, unescaped; empty ones left out."""
    source = citation.snapshot.source
    params: list[tuple[str, str | None]] = [("url", source.url), ("title", source.title)]
    authors = [a for a in source.authors or [] if isinstance(a, str) and a.strip()]
    params += [(f"author{n}", a) for n, a in enumerate(authors, 1)]
    params += [
        ("website", source.publisher or urlsplit(source.url).hostname),
        ("date", _date(source.published)),
        ("access-date", access_date),
        ("quote", citation.exact),
    ]
    if source.archived_copy_url:
        params += [
            ("archive-url", source.archived_copy_url),
            ("archive-date", _date(source.archived_copy_date)),
        ]
    return [(name, value) for name, value in params if value]


def cite_web(params: list[tuple[str, str]]) -> str:
    """The `{{cite web}}` template of these parameters, values escaped."""
    return "{{cite web " + " ".join(f"|{n}={wiki_escape(v)}" for n, v in params) + "}}"


def _ref_name(slug: str) -> str:
    # A ref name may not hold quotes, slashes or angle brackets.
    return re.sub(r"[\"'/<>\s]", "-", slug)


def wikitext_refs(session: Session, *, include_retracted: bool = False) -> list[dict[str, Any]]:
    """Every active claim (and retracted ones with `include_retracted`) with its references:
    `{"claim", "statement", "status", "refs": [{"name", "params", "wikitext"}]}`."""
    claims = [
        c for c in session.scalars(claims_query()) if include_retracted or c.status == "active"
    ]
    checks = check_status(session, [c.id for c in claims])
    passes = _last_passes(session, [x.id for c in claims for x in c.citations])
    out = []
    for claim in claims:
        refs = []
        for n, cit in enumerate(claim.citations, 1):
            name = _ref_name(claim.slug) + ("" if n == 1 else f"-{n}")
            access = _date(passes.get(cit.id) or cit.snapshot.retrieved_at) or ""
            params = cite_params(cit, access)
            refs.append(
                {
                    "name": name,
                    "params": dict(params),
                    "wikitext": f'<ref name="{name}">{cite_web(params)}</ref>',
                }
            )
        status = "retracted" if claim.status != "active" else checks[claim.id]
        out.append(
            {"claim": claim.slug, "statement": claim.statement, "status": status, "refs": refs}
        )
    return out


def render_wikitext(claims: list[dict[str, Any]]) -> str:
    """The claims of `wikitext_refs` as wikitext: a comment naming each, then its refs."""
    blocks = []
    for claim in claims:
        note = comment_text(claim["statement"])
        lines = [f"<!-- factdb claim {claim['claim']} [{claim['status']}]: {note} -->"]
        lines += [ref["wikitext"] for ref in claim["refs"]]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
