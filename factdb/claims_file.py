"""Claims files: YAML, JSON or CSV lists of claims, read and validated without a database.

Each claim read is a `Row` with what it cites (`CiteSpec`, also what `claim add` takes);
`read_rows` returns every row that reads and a `Problem` for every one that does not (with
its item number or CSV line), so `factdb.claims.import_claims` can report them all at once
after locating the quotes. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from .engine.support import normalize_language
from .errors import FactdbError, ImportRejected, UnknownLanguage, UsageError


@dataclass(frozen=True)
class CiteSpec:
    """Where a quote should be found: a snapshot (digest or prefix) or a source's latest one."""

    quote: str
    snapshot: str | None = None
    source: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    occurrence: int | None = None
    #: An ellipsis in the quote (`...`, `…`, `[...]`) stands for omitted words.
    allow_gaps: bool = False

    def describe(self) -> str:
        return f"snapshot {self.snapshot}" if self.snapshot else f"source {self.source}"


def clean_tags(tags: Iterable[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        tag = tag.strip()
        if tag and tag not in out:
            out.append(tag)
    return sorted(out)


def check_language(tag: str | None) -> str | None:
    """A claim's language tag in canonical case (None stays None, meaning "its first
    source's"); raises UnknownLanguage (exit 2) for a tag that names no language.

    >>> check_language("pt-br"), check_language(None)
    ('pt-BR', None)
    """
    if tag is None:
        return None
    return normalize_language(tag)


#: The fields of one citation; a claim with one quote may give them at its top level.
CITE_FIELDS = frozenset(
    {"source", "snapshot", "quote", "prefix", "suffix", "occurrence", "allow_gaps"}
)
#: The fields a claim may have (`lang`: the statement's language, a BCP 47 tag).
FIELDS = frozenset({"id", "statement", "tags", "lang", "citations"}) | CITE_FIELDS


@dataclass
class Row:
    """One claim read from a claims file, with where it was found (for messages)."""

    where: str
    slug: str | None
    statement: str
    tags: list[str]
    cites: list[CiteSpec]
    #: The statement's language, canonical (None: its first source's).
    language: str | None = None
    #: Its place in the file (item number or CSV line), for reporting in file order.
    place: int = 0


class _ClaimsLoader(yaml.SafeLoader):
    """YAML without aliases: a claims file has no use for them, and nested aliases expand
    exponentially ("billion laughs")."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in claims files", event.start_mark
            )
        return super().compose_node(parent, index)


def read_claims_file(path: Path) -> list[Row]:
    """Parse a YAML, JSON or CSV claims file into rows; malformed files raise ImportRejected
    (listing every bad row) or FactdbError (a file that cannot be read or parsed)."""
    rows, problems = read_rows(path)
    reject(path, problems)
    return rows


@dataclass(frozen=True)
class Problem:
    """A bad row: its place in the file (item number or CSV line) and what is wrong."""

    place: int
    message: str
    #: Only its `lang` is wrong (a usage error when it is the file's one problem).
    language: bool = False


def reject(path: Path, problems: list[Problem]) -> None:
    """Raise for these problems, if any: every one at once, in file order (ImportRejected);
    a lone unknown language is a usage error (UnknownLanguage, exit 2) as it always was."""
    if not problems:
        return
    ordered = sorted(problems, key=lambda p: p.place)
    if len(ordered) == 1 and ordered[0].language:
        raise UnknownLanguage(ordered[0].message)
    raise ImportRejected(
        f"{path}: {len(ordered)} bad row(s); nothing imported", [p.message for p in ordered]
    )


def read_rows(path: Path) -> tuple[list[Row], list[Problem]]:
    try:
        return _read_claims_file(path)
    except RecursionError:
        # Parsers and our own walk over the values recurse; hostile nesting must not crash.
        raise FactdbError(f"{path}: nested too deeply to be a claims file") from None


def _read_claims_file(path: Path) -> tuple[list[Row], list[Problem]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FactdbError(f"{path}: no such file") from None
    except OSError as exc:
        raise FactdbError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactdbError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _rows_from_csv(path, content)
    if suffix in (".yaml", ".yml"):
        try:
            items = yaml.load(content, Loader=_ClaimsLoader)  # noqa: S506 (safe loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "?"
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise FactdbError(f"{path}: {where}: not valid YAML: {problem}") from None
    elif suffix == ".json":
        try:
            items = json.loads(content)
        except json.JSONDecodeError as exc:
            raise FactdbError(f"{path}: line {exc.lineno}: not valid JSON: {exc.msg}") from None
    else:
        raise UsageError(f"{path}: claims files are .yaml, .yml, .json or .csv")
    if isinstance(items, dict) and "claims" in items:
        items = items["claims"]
    if not isinstance(items, list):
        raise FactdbError(f"{path}: expected a list of claims")
    return _collect(
        (i, partial(_row, f"{path}: claim {i}", item)) for i, item in enumerate(items, 1)
    )


class _BadRow(Exception):
    """A malformed row; collected so that every bad row is reported at once."""

    def __init__(self, message: str, *, language: bool = False) -> None:
        super().__init__(message)
        self.language = language


def _row(where: str, item: Any) -> Row:
    """One claim from a file's item; raises _BadRow naming the item and every problem (a
    `lang` that names no language too, once its other fields are good)."""
    if not isinstance(item, dict):
        raise _BadRow(f"{where}: not a mapping of fields")
    problems: list[str] = []
    if not FIELDS.issuperset(item):
        unknown = set(item) - FIELDS
        problems.append(f"unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    slug = item.get("id")
    if slug is not None:
        slug = str(slug)
        where = f"{where} ({slug})"
    statement = item.get("statement")
    if not isinstance(statement, str) or not statement.strip():
        problems.append("missing statement")
    tags = item.get("tags") or []
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[;,]", tags) if t.strip()]
    # Without `citations`, the item itself holds its one quote (`_cite` reads only those
    # fields).
    cite_items = item.get("citations") or [item]
    cites = []
    for c in cite_items:
        if not isinstance(c, dict):
            problems.append("citations must be mappings")
            continue
        spec, problem = _cite(c)
        if problem:
            problems.append(problem)
        elif spec:
            cites.append(spec)
    if problems:
        raise _BadRow(f"{where}: {'; '.join(problems)}")
    lang = item.get("lang")
    try:
        language = check_language(None if lang in (None, "") else str(lang))
    except UnknownLanguage as exc:
        raise _BadRow(f"{where}: {exc}", language=True) from None
    return Row(where, slug, str(statement).strip(), [str(t) for t in tags], cites, language)


def _flag(value: Any) -> bool | None:
    """A yes/no field of a claims file (YAML/JSON booleans, or CSV text); None if neither.

    >>> _flag(True), _flag("yes"), _flag(""), _flag(None), _flag("maybe")
    (True, True, False, False, None)
    """
    if value is None or isinstance(value, bool):
        return bool(value)
    word = str(value).strip().lower()
    if word in ("true", "yes", "1"):
        return True
    if word in ("false", "no", "0", ""):
        return False
    return None


def _cite(c: dict[str, Any]) -> tuple[CiteSpec | None, str | None]:
    """The quote and where to find it from `c`'s CITE_FIELDS (other keys are ignored)."""
    quote = c.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        return None, "missing quote"
    snapshot, source = c.get("snapshot"), c.get("source")
    if not source and not snapshot:
        return None, "missing source or snapshot"
    occurrence = c.get("occurrence")
    if occurrence in (None, ""):
        occurrence = None
    else:
        try:
            occurrence = int(occurrence)
        except (TypeError, ValueError):
            occurrence = 0
        if occurrence < 1:
            return None, f"occurrence must be a positive whole number, not {c['occurrence']!r}"
    allow_gaps = _flag(c.get("allow_gaps"))
    if allow_gaps is None:
        return None, f"allow_gaps must be true or false, not {c['allow_gaps']!r}"
    spec = CiteSpec(
        quote,
        str(snapshot) if snapshot else None,
        str(source) if source else None,
        c.get("prefix") or None,
        c.get("suffix") or None,
        occurrence,
        allow_gaps,
    )
    return spec, None


def _collect(makers: Iterable[tuple[int, Callable[[], Row]]]) -> tuple[list[Row], list[Problem]]:
    """The good rows (each with its place in the file) and the bad rows' problems."""
    rows: list[Row] = []
    problems: list[Problem] = []
    for place, make in makers:
        try:
            row = make()
        except _BadRow as exc:
            problems.append(Problem(place, str(exc), exc.language))
            continue
        row.place = place
        rows.append(row)
    return rows, problems


def _rows_from_csv(path: Path, content: str) -> tuple[list[Row], list[Problem]]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    if not reader.fieldnames or "statement" not in reader.fieldnames:
        raise FactdbError(f"{path}: line 1: the header must name at least statement and quote")
    try:
        items = [(reader.line_num, item) for item in reader]
    except csv.Error as exc:  # e.g. a field over the csv module's size limit
        raise FactdbError(f"{path}: line {reader.line_num + 1}: not valid CSV: {exc}") from None

    def make(line: int, item: dict[Any, Any]) -> Row:
        if None in item:
            raise _BadRow(f"{path}: line {line}: more fields than the header names")
        clean = {k: v for k, v in item.items() if v not in (None, "")}
        return _row(f"{path}: line {line}", clean)

    merged: list[Row] = []
    by_slug: dict[str, Row] = {}
    rows, problems = _collect((line, partial(make, line, item)) for line, item in items)
    for row in rows:
        # Repeated ids add more citations to the same claim.
        if row.slug and row.slug in by_slug:
            by_slug[row.slug].cites.extend(row.cites)
            continue
        merged.append(row)
        if row.slug:
            by_slug[row.slug] = row
    return merged, problems
