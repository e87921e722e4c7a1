"""Property: derived state never goes stale (issue 14, "Done when").

Random sequences of add / cite / edit / retract / rebase / import / recheck / check are
applied to a database A. After every step a database B is rebuilt from scratch: the same
captures archived, the same claims (statement, tags, status, citations) recorded anew, and
the checks and rechecks that should still count in A run again. Then:

- search returns the same hits (claim, snippet, check status) for every word;
- the structured values (`Claim.quantities`, `search_value`) are the same;
- A's current results (`factdb.store.results`) are exactly those the specification says are
  current — every check or drift result recorded since the claim last changed what it
  judged, the latest of each check on each citation — with the statuses B gives for the
  same claim state.

"Changed what it judged" is judged by the test from the claim's state (statement, tags,
status, language, citations) before and after each step, not from the revisions the code
writes: a new statement or status ends every result; new or moved citations or a language
end the claim-wide "supported"; a citation's own results end when it no longer cites that
passage of that capture; tags end nothing.
A seeded `random` loop (reproducible; the seed is in the test id) drives the steps.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from factdb import claims as claimslib
from factdb.archive import Overrides, archive_inputs
from factdb.checks import latest_results, run_checks
from factdb.claims_file import CiteSpec
from factdb.drift import _compare_citations, _newest, recheck
from factdb.errors import FactdbError
from factdb.search.filters import check_status
from factdb.search.ranking import search
from factdb.statuses import worst
from factdb.store.db import Database
from factdb.store.models import Citation, Claim, Snapshot

from .conftest import BACKEND

NOUNS = ["enrichment", "stockpile", "centrifuges", "inspectors", "sanctions", "tariffs"]
VERBS = ["rose", "fell", "reached", "exceeded"]
URLS = ["https://example.org/talks", "https://example.org/trade"]


def _sentence(k: int, value: int, year: int) -> str:
    noun, verb = NOUNS[k % len(NOUNS)], VERBS[k % len(VERBS)]
    return f"In {year} the {noun} level {verb} to {value} percent, officials of group {k} said."


def _versions(page: int) -> list[list[str]]:
    """Three captures of one page: the second edits a number, drops a paragraph and moves
    one; the third edits another sentence's words."""
    base = [_sentence(page * 10 + k, 10 + k * 7 + page, 2015 + k) for k in range(6)]
    v2 = list(base)
    v2[2] = v2[2].replace("percent", "per cent").replace(str(10 + 14 + page), str(99))
    del v2[4]
    v2.append(v2.pop(0))
    v3 = list(v2)
    v3[1] = v3[1].replace("officials", "diplomats")
    return [base, v2, v3]


def _html(title: str, sentences: list[str]) -> str:
    body = "".join(f"<p>{s}</p>\n" for s in sentences)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><article><h1>{title}</h1>\n{body}</article></body></html>"
    )


@dataclass
class Capture:
    url: str
    path: Path
    retrieved_at: datetime
    sentences: list[str]
    sha: str = ""


def _captures(folder: Path) -> list[Capture]:
    out = []
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for page, url in enumerate(URLS):
        for version, sentences in enumerate(_versions(page)):
            path = folder / f"p{page}v{version}.html"
            path.write_text(_html(f"Page {page}", sentences), encoding="utf-8")
            out.append(Capture(url, path, start + timedelta(days=version, hours=page), sentences))
    return out


def _archive(db: Database, captures: list[Capture]) -> None:
    for capture in captures:
        report = archive_inputs(
            db,
            [str(capture.path)],
            Overrides(url=capture.url, retrieved_at=capture.retrieved_at),
            actor="test",
        )
        assert not report.failed, report.failed
        capture.sha = report.stored[0].snapshot


# --- what a claim is, and what of it counts --------------------------------------------------

CiteKey = tuple[str, int, int]  # snapshot digest, text start, text end


def _state(db: Database) -> dict[str, dict[str, Any]]:
    """Every claim's state, by slug: what a change to it changes."""
    with db.snapshot() as session:
        out = {}
        for c in session.scalars(claimslib.claims_query()):
            out[c.slug] = {
                "statement": c.statement,
                "status": c.status,
                "tags": c.tag_names,
                "language": c.language,
                "citations": [
                    (x.snapshot.sha256, x.text_start, x.text_end, x.exact, x.prefix, x.suffix)
                    for x in c.citations
                ],
            }
        return out


@dataclass
class Expected:
    """What should be current, per claim: the specification, kept by the test."""

    #: Per claim, the checks run since it last changed what they judged: (check, the
    #: citation checked, None for the claim-wide "supported").
    checked: dict[str, set[tuple[str, CiteKey | None]]] = field(default_factory=dict)
    #: Per claim, the citations rechecked since it last changed what they judged.
    drift: dict[str, set[CiteKey]] = field(default_factory=dict)

    def changed(self, slug: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        if (before["statement"], before["status"]) != (after["statement"], after["status"]):
            self.checked.pop(slug, None)
            self.drift.pop(slug, None)
            return
        cited = {c[:3] for c in after["citations"]}
        claim_wide = (before["citations"], before["language"]) == (
            after["citations"],
            after["language"],
        )
        self.checked[slug] = {
            (check, key)
            for check, key in self.checked.get(slug, set())
            if (key is None and claim_wide) or key in cited
        }
        self.drift[slug] = {key for key in self.drift.get(slug, set()) if key in cited}


def _current(db: Database) -> dict[str, set[tuple[str, CiteKey | None, str]]]:
    """A's current results by claim: (check, citation, status)."""
    with db.snapshot() as session:
        slugs = dict(session.execute(select(Claim.id, Claim.slug)).tuples().all())
        cites = {
            c.id: (sha, c.text_start, c.text_end)
            for c, sha in session.execute(
                select(Citation, Snapshot.sha256).join(
                    Snapshot, Snapshot.id == Citation.snapshot_id
                )
            ).tuples()
        }
        out: dict[str, set[tuple[str, CiteKey | None, str]]] = {}
        for claim_id, rows in latest_results(session).items():
            out[slugs[claim_id]] = {
                (r.kind, cites[r.citation_id] if r.citation_id else None, r.status) for r in rows
            }
        return out


# --- rebuilding from scratch ---------------------------------------------------------------------


def _rebuild(
    db: Database, captures: list[Capture], state: dict[str, dict[str, Any]], expected: Expected
) -> dict[str, set[tuple[str, CiteKey | None, str]]]:
    """Fill the empty database `db` with the same captures and claims; run the checks and
    rechecks that should count; return the results that should be current, by claim."""
    _archive(db, captures)
    with db.session() as session:
        for slug, s in sorted(state.items()):
            specs = [
                CiteSpec(exact, snapshot=sha, prefix=prefix or None, suffix=suffix or None)
                for sha, _, _, exact, prefix, suffix in s["citations"]
            ]
            claimslib.add_claim(
                session,
                s["statement"],
                specs[:1],
                slug=slug,
                tags=s["tags"],
                language=s["language"],
                actor="rebuild",
            )
            if specs[1:]:
                claimslib.cite(session, slug, specs[1:], actor="rebuild")
            if s["status"] == "retracted":
                claimslib.retract(session, slug, why="as in A", actor="rebuild")
    assert _state(db) == state
    out: dict[str, set[tuple[str, CiteKey | None, str]]] = {}
    checked = sorted(
        s for s, kinds in expected.checked.items() if kinds and state[s]["status"] == "active"
    )
    if checked:
        with db.session() as session:
            report = run_checks(session, checked, actor="rebuild", with_drift=False)
            cites = _cite_keys(session)
            for r in report.results:
                key = cites[r.citation_id] if r.citation_id else None
                if (r.check, key) in expected.checked[r.claim]:
                    out.setdefault(r.claim, set()).add((r.check, key, r.status))
    wanted = {k for keys in expected.drift.values() for k in keys}
    if wanted:
        # The same comparisons as A's rechecks (every capture is archived from the start, so
        # the newest is the same), computed here without recording anything.
        with db.snapshot() as session:
            cites = _cite_keys(session)
            citations = [
                c
                for c in session.scalars(
                    select(Citation).join(Claim).where(Claim.status == "active")
                )
                if cites[c.id] in expected.drift.get(c.claim.slug, set())
            ]
            pairs = [(c, _newest(session, c.snapshot.source)) for c in citations]
            claims = {c.claim_id: c.claim for c in citations}
            for d in _compare_citations(session, claims, pairs, {}):
                out.setdefault(d.claim, set()).add(("drift", cites[d.citation_id], d.check_status))
    return out


def _cite_keys(session: Any) -> dict[int, CiteKey]:
    return {
        c.id: (sha, c.text_start, c.text_end)
        for c, sha in session.execute(
            select(Citation, Snapshot.sha256).join(Snapshot, Snapshot.id == Citation.snapshot_id)
        ).tuples()
    }


def _derived(db: Database) -> dict[str, Any]:
    """Search hits for every word, and the structured values, by claim slug."""
    words = sorted(
        {*NOUNS, *VERBS, "percent", "officials", "diplomats", "group", "imported", "2017"}
    )
    with db.snapshot() as session:
        hits = {
            word: sorted(
                (h.id, h.snippet, h.snippet_of, h.status) for h in search(session, word, limit=500)
            )
            for word in words
        }
        slugs = dict(session.execute(select(Claim.id, Claim.slug)).tuples().all())
        values = sorted(
            (slugs[r[0]], r[1], r[2], r[3], r[4])
            for r in session.execute(
                text("SELECT claim_id, kind, unit, value, date FROM search_value")
            ).all()
        )
        quantities = dict(session.execute(select(Claim.slug, Claim.quantities)).tuples().all())
        statuses = check_status(session, list(slugs))
    return {
        "hits": hits,
        "values": values,
        "quantities": quantities,
        "check": {slugs[i]: s for i, s in statuses.items()},
    }


def _compared(db: Database) -> dict[str, Any]:
    """`_derived` without the check statuses, which B has only for what it re-ran."""
    return {k: v for k, v in _derived(db).items() if k != "check"}


# --- the random steps ------------------------------------------------------------------------


class World:
    def __init__(self, db: Database, captures: list[Capture], rng: random.Random, tmp: Path):
        self.db = db
        self.captures = captures
        self.rng = rng
        self.tmp = tmp
        self.n = 0
        self.expected = Expected()

    def newest(self, url: str) -> Capture:
        return [c for c in self.captures if c.url == url][-1]

    def slugs(self, status: str | None = "active") -> list[str]:
        return sorted(s for s, v in _state(self.db).items() if status in (None, v["status"]))

    def statement(self) -> str:
        k = self.rng.randrange(len(NOUNS))
        return (
            f"The {NOUNS[k]} level {self.rng.choice(VERBS)} to "
            f"{self.rng.randrange(5, 120)} percent in {self.rng.randrange(2014, 2022)}."
        )

    def quote(self, capture: Capture) -> str:
        sentence = self.rng.choice(capture.sentences)
        words = sentence.split()
        start = self.rng.randrange(0, len(words) - 5)
        return " ".join(words[start : start + self.rng.randrange(5, 9)]).rstrip(".,")

    def add(self) -> None:
        self.n += 1
        capture = self.rng.choice(self.captures)
        with self.db.session() as session:
            claimslib.add_claim(
                session,
                self.statement(),
                [CiteSpec(self.quote(capture), snapshot=capture.sha)],
                slug=f"claim-{self.n}",
                tags=self.rng.sample(["iran", "trade", "nuclear"], self.rng.randrange(0, 3)),
                actor="a",
            )

    def cite(self) -> None:
        slug = self.rng.choice(self.slugs(None))
        capture = self.rng.choice(self.captures)
        with self.db.session() as session:
            claimslib.cite(
                session,
                slug,
                [CiteSpec(self.quote(capture), snapshot=capture.sha)],
                actor="a",
            )

    def edit(self) -> None:
        slug = self.rng.choice(self.slugs(None))
        with self.db.session() as session:
            claimslib.edit(session, slug, self.statement(), why="random", actor="a")

    def retract(self) -> None:
        slug = self.rng.choice(self.slugs())
        with self.db.session() as session:
            claimslib.retract(session, slug, why="random", actor="a")

    def rebase(self) -> None:
        slug = self.rng.choice(self.slugs(None))
        with self.db.session() as session:
            urls = sorted(
                {c.snapshot.source.url for c in claimslib.find_claim(session, slug).citations}
            )
        url = self.rng.choice(urls)
        newest = self.newest(url)
        with self.db.session() as session:
            quote = None
            cited = [
                c
                for c in claimslib.find_claim(session, slug).citations
                if c.snapshot.source.url == url
            ]
            if len(cited) == 1 and self.rng.random() < 0.5:
                quote = self.quote(newest)
            claimslib.rebase(session, slug, newest.sha, quote=quote, actor="a")

    def import_(self) -> None:
        rows = []
        for _ in range(self.rng.randrange(1, 3)):
            existing = self.slugs(None)
            if existing and self.rng.random() < 0.5:
                slug = self.rng.choice(existing)
            else:
                self.n += 1
                slug = f"imported-{self.n}"
            capture = self.newest(self.rng.choice(URLS))
            rows.append(
                f"- id: {slug}\n  statement: {self.statement()}\n  tags: [imported]\n"
                f"  source: {capture.url}\n  quote: {self.quote(capture)}\n"
            )
        if len({r.split(chr(10))[0] for r in rows}) < len(rows):
            rows = rows[:1]
        path = self.tmp / f"import-{self.n}.yaml"
        path.write_text("".join(rows), encoding="utf-8")
        with self.db.session() as session:
            claimslib.import_claims(session, path, actor="a", overwrite=self.rng.random() < 0.5)

    def recheck(self) -> None:
        url = self.rng.choice(URLS)
        report = recheck(self.db, [url], actor="a")
        with self.db.snapshot() as session:
            cites = _cite_keys(session)
        for d in report.results:
            self.expected.drift.setdefault(d.claim, set()).add(cites[d.citation_id])

    def check(self) -> None:
        with self.db.session() as session:
            report = run_checks(session, actor="a")
            cites = _cite_keys(session)
        for r in report.results:
            if r.check != "drift":
                key = cites[r.citation_id] if r.citation_id else None
                self.expected.checked.setdefault(r.claim, set()).add((r.check, key))


STEPS: dict[str, Callable[[World], None]] = {
    "add": World.add,
    "cite": World.cite,
    "edit": World.edit,
    "retract": World.retract,
    "rebase": World.rebase,
    "import": World.import_,
    "recheck": World.recheck,
    "check": World.check,
}


#: Steps by weight: enough claims to work on, and every kind of write often.
WEIGHTED = [
    name
    for name, n in (
        ("add", 3),
        ("cite", 2),
        ("edit", 2),
        ("retract", 1),
        ("rebase", 2),
        ("import", 2),
        ("recheck", 2),
        ("check", 2),
    )
    for _ in range(n)
]


@pytest.fixture
def fresh_url(
    request: pytest.FixtureRequest, tmp_path: Path, _template: str
) -> Iterator[Callable[[], str]]:
    """Makes empty databases migrated to head, on the backend under test."""
    made: list[str] = []

    def make() -> str:
        made.append(f"b{len(made)}")
        if BACKEND == "sqlite":
            path = tmp_path / f"{made[-1]}.sqlite"
            shutil.copyfile(_template, path)
            with closing(sqlite3.connect(path)):
                pass
            return f"sqlite:///{path}"
        server = request.getfixturevalue("pg_server")
        name = server.create(template=_template)
        request.addfinalizer(lambda: server.drop(name))
        return server.url_for(name)

    yield make


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_writes_leave_nothing_stale(
    seed: int, db_url: str, tmp_path: Path, fresh_url: Callable[[], str]
) -> None:
    rng = random.Random(seed)
    captures = _captures(tmp_path)
    a = Database.open(db_url)
    try:
        _archive(a, captures)
        world = World(a, captures, rng, tmp_path)
        for _ in range(2):
            world.add()
        done: list[str] = []
        for _ in range(20):
            name = rng.choice(WEIGHTED)
            before = _state(a)
            try:
                STEPS[name](world)
            except (FactdbError, IndexError, ValueError) as exc:
                # A refused step (quote not found on the newer capture, nothing to retract,
                # an import conflict...) must store nothing.
                assert _state(a) == before, name
                done.append(f"{name} (refused: {' '.join(str(exc).split())[-150:]})")
            else:
                done.append(name)
            after = _state(a)
            for slug, s in after.items():
                if slug in before and before[slug] != s:
                    world.expected.changed(slug, before[slug], s)
            b = Database.open(fresh_url())
            try:
                should = _rebuild(b, captures, after, world.expected)
                assert _compared(a) == _compared(b), done
            finally:
                b.close()
            current = _current(a)
            assert {s: r for s, r in current.items() if r} == should, done
            # The search's check status is the worst of exactly those results.
            derived = _derived(a)["check"]
            assert derived == {
                s: worst(x[2] for x in should[s]) if should.get(s) else "unchecked" for s in after
            }, done
    finally:
        a.close()
    assert len({d.split(" ")[0] for d in done}) >= 4
