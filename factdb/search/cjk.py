"""Search in Chinese, Japanese and Korean text, which has no spaces between words.

The word index (`factdb.search.index`: FTS5's unicode61 tokenizer, PostgreSQL's parser) cuts
text at spaces and punctuation, so a CJK sentence is one long "word" and `楓紅` finds
nothing inside it. Claims whose statement, quotes, tags or titles hold CJK characters
therefore also get a row in `claim_cjk` (migration 0008), matched by substring:

- SQLite: an FTS5 table with the `trigram` tokenizer (rowid = claim id). A term of three
  or more characters is a trigram query, answered from the index; FTS5 cannot answer
  shorter ones from trigrams, so a one- or two-character term (`酒精`, `醉`) is a LIKE
  over the `claim_cjk` rows, which hold only the CJK claims.
- PostgreSQL: a table with a `body` column (statement, quotes, tags and titles) and a
  `pg_trgm` GIN index on it, used by `body LIKE '%term%'` for terms of three or more
  characters. Where the server has no `pg_trgm` the table has no index and the same LIKE
  reads every CJK row (the migration says so); the answers are the same.

The indexed text is NFKC-normalised and lower-cased, as query terms are
(`factdb.search.query.terms`), so full-width digits and half-width kana match their usual
forms. A query term containing a CJK character makes its phrase a CJK phrase: every term
of the phrase must occur as a substring. Other phrases of the same query use the word
index as usual, and a query without CJK never comes here, so English search, its syntax
and its ranking are unchanged. CJK hits are ranked by where the terms occur, with the
weights of the word index's bm25 (statement 10, quotes 4, tags 2, titles 1), then by
claim id; the snippet is cut around the first match in the quotes (else the statement).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from ..store import tables
from .filters import Filters, conditions
from .hits import DETAILS, START, STOP, WORST_CHECK, Hit, hit_from_row
from .query import PG_CONFIG, Phrase, Query

if TYPE_CHECKING:
    from ..store.tables import Reader

TABLE = "claim_cjk"
#: FTS5's trigram tokenizer answers substrings of at least this many characters.
MIN_TRIGRAM = 3
#: Characters of context kept on each side of the first match in a snippet.
_CONTEXT = 30
_SNIPPET_CHARS = 90
_WEIGHTS = (("statement", 10), ("quotes", 4), ("tags", 2), ("titles", 1))
_CHUNK = 500


def has_cjk(s: str) -> bool:
    """Whether `s` holds a Chinese, Japanese or Korean character.

    >>> has_cjk("楓紅"), has_cjk("フリーwi"), has_cjk("enrichment 3.67%")
    (True, True, False)
    """
    return CJK.search(s) is not None


def fold(s: str) -> str:
    """Text as the CJK index holds it and as query terms come: NFKC, lower case.

    >>> fold("２０１９年　ﾌﾘｰWi-Fi")
    '2019年 フリーwi-fi'
    """
    return unicodedata.normalize("NFKC", s).lower()


# --- keeping the index current ------------------------------------------------------------

_RANGES = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
#: Han (with extensions and compatibility ideographs), kana, Hangul syllables.
CJK = re.compile(f"[{_RANGES}]")
_SQLITE_DOCS = "SELECT rowid, statement, quotes, tags, titles FROM claim_fts WHERE rowid IN :ids"
# PostgreSQL finds the claims with CJK text itself (a regular expression), so that only
# their rows are built and come back to be folded. (On SQLite, GLOB with a character
# class is slower than reading the word index's rows and asking Python.)
_PG_CANDIDATES = """
SELECT c.id FROM claim c LEFT JOIN claim_search s ON s.claim_id = c.id
WHERE c.id IN :ids AND (c.statement ~ :cjk OR s.quotes ~ :cjk
  OR EXISTS (SELECT 1 FROM claim_tag t WHERE t.claim_id = c.id AND t.tag ~ :cjk)
  OR EXISTS (SELECT 1 FROM citation ci JOIN snapshot sn ON sn.id = ci.snapshot_id
             JOIN source so ON so.id = sn.source_id
             WHERE ci.claim_id = c.id AND so.title ~ :cjk))
"""
_PG_DOCS = """
SELECT c.id, c.statement,
  COALESCE((SELECT string_agg(exact, E'\\n' ORDER BY id) FROM citation
            WHERE claim_id = c.id), ''),
  COALESCE((SELECT string_agg(tag, ' ' ORDER BY tag) FROM claim_tag
            WHERE claim_id = c.id), ''),
  COALESCE((SELECT string_agg(DISTINCT s.title, E'\\n') FROM citation ci
            JOIN snapshot sn ON sn.id = ci.snapshot_id JOIN source s ON s.id = sn.source_id
            WHERE ci.claim_id = c.id), '')
FROM claim c WHERE c.id IN :ids
"""


def _ids_sql(statement: str) -> Any:
    return text(statement).bindparams(bindparam("ids", expanding=True))


def reindex(conn: Connection, ids: Sequence[int]) -> None:
    """Rewrite the CJK rows of these claims (call after the word index rows are written:
    they are read from it)."""
    postgres = conn.dialect.name == "postgresql"
    key = "claim_id" if postgres else "rowid"
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i : i + _CHUNK])
        # Only the rows there are: deleting an absent rowid still costs FTS5 a lookup
        # of its index, and most claims have no row.
        there = conn.execute(
            _ids_sql(f"SELECT {key} FROM {TABLE} WHERE {key} IN :ids"), {"ids": chunk}
        ).scalars()
        gone = list(there)
        if gone:
            conn.execute(_ids_sql(f"DELETE FROM {TABLE} WHERE {key} IN :ids"), {"ids": gone})
        if postgres:
            found = conn.execute(
                _ids_sql(_PG_CANDIDATES), {"ids": chunk, "cjk": f"[{_RANGES}]"}
            ).scalars()
            chunk = list(found)
            if chunk:
                insert(conn, conn.execute(_ids_sql(_PG_DOCS), {"ids": chunk}))
        else:
            insert(conn, conn.execute(_ids_sql(_SQLITE_DOCS), {"ids": chunk}))


def _with_cjk(docs: list[Sequence[Any]]) -> list[Sequence[Any]]:
    """The docs (id, texts...) with CJK in any of their texts, in order.

    One search runs over all their texts joined, resumed after each doc found: most docs
    have none, and a search call per text costs more than scanning it.
    """
    try:
        each = list(map("\n".join, map(_TEXTS, docs)))
    except TypeError:  # a text is None
        each = ["\n".join(t for t in texts if t) for _id, *texts in docs]
    joined = "\n".join(each)
    # Where each doc's texts start in `joined`.
    starts = list(accumulate(map((1).__add__, map(len, each)), initial=0))
    found: list[Sequence[Any]] = []
    pos = 0
    while (m := CJK.search(joined, pos)) is not None:
        k = bisect_right(starts, m.start()) - 1
        found.append(docs[k])
        pos = starts[k + 1]
    return found


#: A doc's texts (all but its id).
_TEXTS = itemgetter(slice(1, None))


def insert(conn: Connection, docs: Iterable[Sequence[Any]]) -> None:
    """Add the CJK rows of claims given as (id, statement, quotes, tags, titles), the
    texts as the word index holds them; claims without CJK text are left out."""
    rows = sqlite_rows(docs)
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                f"INSERT INTO {TABLE}(claim_id, statement, quotes, tags, titles, body) "
                "VALUES (:i, :s, :q, :t, :n, :b)"
            ),
            [
                {"i": i, "s": s, "q": q, "t": t, "n": n, "b": "\n".join((s, q, t, n))}
                for i, s, q, t, n in rows
            ],
        )
    else:
        conn.exec_driver_sql(INSERT_SQLITE, rows)


INSERT_SQLITE = (
    f"INSERT INTO {TABLE}(rowid, statement, quotes, tags, titles) VALUES (?, ?, ?, ?, ?)"
)


def sqlite_rows(docs: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The CJK rows of these docs (id, statement, quotes, tags, titles), as `insert`
    writes them on SQLite: the claims with CJK text, their texts folded."""
    return [
        (claim_id, *(fold(t or "") for t in texts)) for claim_id, *texts in _with_cjk(list(docs))
    ]


# --- searching ------------------------------------------------------------------------------


def is_cjk(phrase: Phrase) -> bool:
    """Whether a parsed phrase (`factdb.search.query.Phrase`) is matched as CJK substrings."""
    return any(has_cjk(t) for t in phrase.terms)


def involves(query: Query) -> bool:
    """Whether a parsed query (`factdb.search.query.Query`) has a CJK phrase."""
    return any(is_cjk(p) for g in query.groups for p in g) or any(is_cjk(p) for p in query.excluded)


class _Sql:
    """Builds the conditions of one query, naming its parameters."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.params: dict[str, Any] = {}

    def param(self, value: Any) -> str:
        name = f"k{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def term(self, term: str) -> str:
        """The claims (their ids) that have `term` as a substring of their CJK row."""
        if self.postgres:
            like = self.param(f"%{term}%")
            return f"SELECT claim_id FROM {TABLE} WHERE body LIKE {like}"
        if len(term) >= MIN_TRIGRAM:
            match = self.param(f'"{term}"')  # terms are letters and digits only
            return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH {match}"
        like = self.param(f"%{term}%")
        columns = " OR ".join(f"{col} LIKE {like}" for col, _ in _WEIGHTS)
        return f"SELECT rowid FROM {TABLE} WHERE {columns}"

    def claims(self, phrase: Phrase) -> list[str]:
        """The claims matching `phrase`: in each of these (CJK: one per term)."""
        if is_cjk(phrase):
            return [self.term(t) for t in phrase.terms]
        one = Query(((phrase,),))
        if self.postgres:
            q = self.param(one.tsquery())
            match = f"document @@ to_tsquery('{PG_CONFIG}', {q})"
            return [f"SELECT claim_id FROM claim_search WHERE {match}"]
        q = self.param(one.fts5())
        return [f"SELECT rowid FROM claim_fts WHERE claim_fts MATCH {q}"]

    def phrase(self, phrase: Phrase) -> str:
        """The claim `c` matches `phrase`."""
        return "(" + " AND ".join(f"c.id IN ({s})" for s in self.claims(phrase)) + ")"

    def group(self, group: Sequence[Phrase]) -> str:
        """The claim `c` matches one of the phrases: one list of claims (UNION), as an OR
        of lists made PostgreSQL test every claim against each (100k claims: 28 ms)."""
        if len(group) == 1:
            return self.phrase(group[0])
        # Each phrase a subquery: SQLite's compound operators have one precedence.
        each = (" INTERSECT ".join(self.claims(p)) for p in group)
        return "c.id IN (" + " UNION ".join(f"SELECT * FROM ({s}) AS m" for s in each) + ")"

    def score(self, terms: Sequence[str]) -> str:
        find = "strpos" if self.postgres else "instr"
        parts = []
        for term in terms:
            t = self.param(term)
            for column, weight in _WEIGHTS:
                parts.append(f"CASE WHEN {find}(k.{column}, {t}) > 0 THEN {weight} ELSE 0 END")
        return "(" + " + ".join(parts) + ")" if parts else "0"


def positive_terms(query: Query) -> list[str]:
    """The CJK phrases' terms that a hit matches (not the excluded ones), in order."""
    out: list[str] = []
    for group in query.groups:
        for phrase in group:
            if is_cjk(phrase):
                out += [t for t in phrase.terms if t not in out]
    return out


_QUOTES = {
    "sqlite": "(SELECT group_concat(exact, char(10)) FROM "
    "(SELECT exact FROM citation WHERE claim_id = c.id ORDER BY id))",
    "postgresql": "(SELECT string_agg(exact, E'\\n' ORDER BY id) FROM citation "
    "WHERE claim_id = c.id)",
}


def search(session: Reader, query: Query, filters: Filters, limit: int) -> list[Hit]:
    """`factdb.search.ranking.search` for a parsed query with CJK phrases: the same
    filters, the same hits (`factdb.search.hits.Hit`), ranked as the module docstring says."""

    dialect = tables.dialect_name(session)
    sql = _Sql(dialect == "postgresql")
    conds, params = conditions(session, filters)
    groups = [sql.group(g) for g in query.groups]
    excluded = [f"NOT {sql.phrase(p)}" for p in query.excluded]
    terms = positive_terms(query)
    score = sql.score(terms)
    key = "k.claim_id" if sql.postgres else "k.rowid"
    where = " AND ".join(groups + excluded + conds)
    top = (
        f"SELECT c.id, {score} AS score FROM claim c LEFT JOIN {TABLE} k ON {key} = c.id "
        f"WHERE {where} ORDER BY score DESC, c.id LIMIT :limit"
    )
    statement = (
        f"WITH top AS ({top}) "
        f"SELECT top.id, top.score, c.slug, c.statement, c.status, c.quantities, "
        f"{_QUOTES[dialect]}, {DETAILS[dialect]}{WORST_CHECK} "
        "FROM top CROSS JOIN claim c WHERE c.id = top.id ORDER BY top.score DESC, top.id"
    )
    rows = session.execute(text(statement), {**params, **sql.params, "limit": limit}).all()
    marked_terms = terms + [
        t for g in query.groups for p in g if not is_cjk(p) for t in p.terms if t not in terms
    ]
    hits = []
    for row in rows:
        claim_id, score_, slug, said, status, quantities, quotes, *rest = row
        quote = mark(quotes or "", marked_terms)
        statement_marked = mark(said or "", marked_terms)
        if START not in quote:
            quote = _cut(quotes or "")
        hits.append(
            hit_from_row(
                (claim_id, score_, slug, said, status, quantities, quote, statement_marked, *rest),
                cut=False,
            )
        )
    return hits


def _cut(s: str) -> str:
    return s if len(s) <= _SNIPPET_CHARS else s[:_SNIPPET_CHARS].rstrip() + "…"


def _folded_map(s: str) -> tuple[str, list[int]]:
    """`fold(s)` character by character, with the index in `s` of each folded character.

    >>> _folded_map("Ａb")
    ('ab', [0, 1])
    """
    if s.isascii():  # NFKC leaves ASCII as it is: lower case alone, one for one
        return s.lower(), list(range(len(s)))
    out = list(map(_fold_char, s))
    folded = "".join(out)
    if len(folded) == len(s) and max(map(len, out)) == 1:  # each one character
        return folded, list(range(len(s)))
    return folded, [i for i, f in enumerate(out) for _ in f]


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


def mark(s: str, terms: Sequence[str]) -> str:
    """A snippet of `s` around its first match of `terms`, each match within it between
    the search module's highlight marks (no marks when nothing matches).

    >>> mark("在这项研究中，17名男子被要求喝下一些伏特加。", ["伏特加"])
    '在这项研究中，17名男子被要求喝下一些\\x02伏特加\\x03。'
    """

    if not s or not terms:
        return s
    folded, where = _folded_map(s)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        ascii_word = not has_cjk(term)
        i = folded.find(term)
        while i >= 0:
            end = i + len(term)
            if not ascii_word or _word_start(folded, i):
                spans.append((where[i], where[end - 1] + 1))
            i = folded.find(term, end)
    if not spans:
        return s
    spans.sort()
    first = spans[0][0]
    lo = max(0, first - _CONTEXT)
    while 0 < lo < first and s[lo - 1].isascii() and s[lo - 1].isalnum():
        lo -= 1  # not in the middle of a number or a Latin word
    hi = min(len(s), max(lo + _SNIPPET_CHARS, spans[0][1] + _CONTEXT))
    out = ["…" if lo > 0 else ""]
    pos = lo
    for a, b in spans:
        if a < pos or b > hi:
            continue
        out += [s[pos:a], START, s[a:b], STOP]
        pos = b
    out.append(s[pos:hi])
    out.append("…" if hi < len(s) else "")
    return "".join(out)


def _word_start(folded: str, i: int) -> bool:
    return i == 0 or not folded[i - 1].isalnum() or has_cjk(folded[i - 1])
