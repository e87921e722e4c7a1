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
from functools import cache, partial
from pathlib import Path
from typing import Any

from .engine.limits import MAX_URL, problem
from .errors import FactdbError, ImportRejected, UnknownLanguage, UsageError
from .statuses import REVIEW_CHECKS, VERDICTS

#: The largest occurrence number a citation may give (more than any page has).
MAX_OCCURRENCE = 1_000_000


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

    def __init__(
        self,
        quote: str,
        snapshot: str | None = None,
        source: str | None = None,
        prefix: str | None = None,
        suffix: str | None = None,
        occurrence: int | None = None,
        allow_gaps: bool = False,
    ) -> None:
        # Written by hand (dataclass keeps it), as `factdb.engine.anchor.Span`'s: the
        # generated frozen __init__ calls object.__setattr__ once per field, and a claims
        # file makes one per quote. Setting __dict__ whole is one call; it stays frozen.
        object.__setattr__(
            self,
            "__dict__",
            {
                "quote": quote,
                "snapshot": snapshot,
                "source": source,
                "prefix": prefix,
                "suffix": suffix,
                "occurrence": occurrence,
                "allow_gaps": allow_gaps,
            },
        )

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
    from .engine.support import normalize_language  # its tables load on first use

    return normalize_language(tag)


#: The fields of one citation; a claim with one quote may give them at its top level.
CITE_FIELDS = frozenset(
    {"source", "snapshot", "quote", "prefix", "suffix", "occurrence", "allow_gaps"}
)
#: The fields a claim may have (`lang`: the statement's language, a BCP 47 tag).
FIELDS = frozenset({"id", "statement", "tags", "lang", "citations", "review"}) | CITE_FIELDS
#: The fields of a claim's `review` (a person's verdict, as `factdb review` records it).
REVIEW_FIELDS = frozenset({"verdict", "why", "by", "check"})


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
    #: A person's verdict to record once it is checked: {"verdict": "accept" or "reject",
    #: "why", and optionally "by" and "check"}.
    review: dict[str, str] | None = None


@cache
def _claims_loader() -> type:
    """A YAML loader without aliases: a claims file has no use for them, and nested aliases
    expand exponentially ("billion laughs"). Built on first use: PyYAML loads only to import.
    """
    import yaml

    class ClaimsLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not allowed in claims files", event.start_mark
                )
            return super().compose_node(parent, index)

    return ClaimsLoader


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
    raise ImportRejected(path, f"{len(ordered)} bad row(s)", [p.message for p in ordered])


def read_rows(path: Path, items: list[Any] | None = None) -> tuple[list[Row], list[Problem]]:
    """The rows of a claims file and the problems of those that do not read; `items`:
    the file's items, already read (`read_items`)."""
    try:
        if items is not None:
            return rows_of_items(path, items)
        return _read_claims_file(path)
    except RecursionError:
        # Parsers and our own walk over the values recurse; hostile nesting must not crash.
        raise FactdbError(f"{path}: nested too deeply to be a claims file") from None


def read_items(path: Path) -> list[Any] | None:
    """The items (one per claim) of a YAML or JSON claims file, as `read_rows` reads
    them, raising as it does; None for a CSV file, whose lines make rows otherwise."""
    try:
        content = _content(path)
        return None if path.suffix.lower() == ".csv" else _items(path, content)
    except RecursionError:
        raise FactdbError(f"{path}: nested too deeply to be a claims file") from None


def rows_of_items(path: Path, items: list[Any]) -> tuple[list[Row], list[Problem]]:
    """The rows of a YAML or JSON file's items (`read_items`), and the bad ones' problems."""
    return _collect(
        (i, partial(_row, f"{path}: claim {i}", item)) for i, item in enumerate(items, 1)
    )


def _content(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FactdbError(f"{path}: no such file") from None
    except OSError as exc:
        raise FactdbError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactdbError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def _read_claims_file(path: Path) -> tuple[list[Row], list[Problem]]:
    content = _content(path)
    if path.suffix.lower() == ".csv":
        return _rows_from_csv(path, content)
    return rows_of_items(path, _items(path, content))


def _items(path: Path, content: str) -> list[Any]:
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        import yaml

        try:
            items = yaml.load(content, Loader=_claims_loader())  # noqa: S506 (safe loader)
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
    return items


class _BadRow(Exception):
    """A malformed row; collected so that every bad row is reported at once."""

    def __init__(self, message: str, *, language: bool = False) -> None:
        super().__init__(message)
        self.language = language


#: The longest claim id and tag (the `claim.slug` and `claim_tag.tag` columns).
MAX_SLUG, MAX_TAG = 200, 100
#: The longest field a CSV claims file may hold (the csv module's default limit).
MAX_CSV_FIELD = 131_072


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _text(item: dict[str, Any], name: str, problems: list[str], limit: int | None = None) -> Any:
    """Field `name` of `item` if it is text a database can hold (numbers, as YAML reads
    `id: 2019`, become text); else None, with the problem added naming the field."""
    value = item.get(name)
    if value is None:
        return None
    if (
        type(value) is str
        and value.isascii()
        and "\x00" not in value
        and (limit is None or len(value) <= limit)
    ):
        return value  # `problem` finds nothing in it (ASCII text always encodes)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        problems.append(f"{name} must be text, not {_shown(value)}")
        return None
    found = problem(value, limit)
    if found:
        problems.append(f"{name} {found}")
        return None
    return value


#: The fields of the items `_plain_row` reads: a claim with one quote and no options.
_PLAIN_FIELDS = frozenset(
    {"id", "statement", "tags", "quote", "snapshot", "source", "prefix", "suffix"}
)


def _plain_row(where: str, item: dict[str, Any]) -> Row | None:
    """`_row` of an item of the usual shape (an id, a statement, a list of tags and one
    quote with where to find it; every value text without NUL or lone surrogate, within
    its limit), read without its general checks; None for any other item, which `_row`
    reads."""
    if not _PLAIN_FIELDS.issuperset(item):
        return None
    get: Callable[[str], Any] = item.get
    slug, statement, quote = get("id"), get("statement"), get("quote")
    snapshot, source, prefix, suffix = get("snapshot"), get("source"), get("prefix"), get("suffix")
    texts = [slug, statement, quote]
    for value in (snapshot, source, prefix, suffix):
        if value is not None:
            texts.append(value)
    tags = get("tags")
    if tags in (None, ""):
        tags = []
    elif type(tags) is list:
        for tag in tags:
            if type(tag) is not str or len(tag.strip()) > MAX_TAG:
                return None
        tags = list(tags)
        texts.extend(tags)
    else:
        return None
    for value in texts:
        if type(value) is not str:
            return None
    if (
        not slug
        or len(slug) > MAX_SLUG
        or not statement.strip()
        or not quote.strip()
        or not (snapshot or source)
        or (snapshot is not None and len(snapshot) > 64)
        or (source is not None and len(source) > MAX_URL)
    ):
        return None
    # What `problem` finds besides a length: a NUL, or a lone surrogate (UTF-8 refuses
    # two joined as it refuses each).
    joined = "".join(texts)
    if "\x00" in joined:
        return None
    if not joined.isascii():
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            return None
    spec = CiteSpec(quote, snapshot or None, source or None, prefix or None, suffix or None)
    return Row(f"{where} ({slug})", slug, statement.strip(), tags, [spec], None)


def _row(where: str, item: Any) -> Row:
    """One claim from a file's item; raises _BadRow naming the item and every problem (a
    `lang` that names no language too, once its other fields are good)."""
    if type(item) is dict:
        plain = _plain_row(where, item)
        if plain is not None:
            return plain
    return _any_row(where, item)


#: One item of a YAML or JSON claims file read into its row, given where it is ("PATH:
#: claim N", N counted from 1); raises for a bad item (an exception of its own).
read_item: Callable[[str, Any], Row] = _row


def _any_row(where: str, item: Any) -> Row:
    """`_row` of any item, with every check."""
    if not isinstance(item, dict):
        raise _BadRow(f"{where}: not a mapping of fields")
    problems: list[str] = []
    if not FIELDS.issuperset(item):
        unknown = set(item) - FIELDS
        problems.append(f"unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    slug = _text(item, "id", problems, MAX_SLUG)
    if slug is not None:
        where = f"{where} ({slug})"
    statement = _text(item, "statement", problems)
    if statement is None or not statement.strip():
        if not any(p.startswith("statement ") for p in problems):
            problems.append("missing statement")
    tags = _tags(item.get("tags"), problems)
    # Without `citations`, the item itself holds its one quote (`_cite` reads only those
    # fields).
    cite_items = item.get("citations") or [item]
    if not isinstance(cite_items, list):
        problems.append(f"citations must be a list of mappings, not {_shown(cite_items)}")
        cite_items = []
    cites = []
    for c in cite_items:
        if not isinstance(c, dict):
            problems.append("citations must be mappings")
            continue
        spec, found = _cite(c)
        if found:
            problems.append(found)
        elif spec:
            cites.append(spec)
    lang = _text(item, "lang", problems, 35)
    review = _review(item.get("review"), problems)
    if review is not None and slug is None:
        problems.append("a review needs the claim's id")
    if problems:
        raise _BadRow(f"{where}: {'; '.join(problems)}")
    try:
        language = check_language(lang or None)
    except UnknownLanguage as exc:
        raise _BadRow(f"{where}: {exc}", language=True) from None
    return Row(where, slug, str(statement).strip(), tags, cites, language, review=review)


def _review(value: Any, problems: list[str]) -> dict[str, str] | None:
    """A row's `review` field: {verdict: accept|reject, why: TEXT, by: NAME, check: CHECK}."""
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(f"review must be a mapping (verdict, why, by, check), not {_shown(value)}")
        return None
    found: list[str] = []
    unknown = set(value) - REVIEW_FIELDS
    if unknown:
        found.append(f"unknown review field(s) {', '.join(sorted(map(str, unknown)))}")
    if value.get("verdict") not in VERDICTS:
        found.append(f"review verdict must be accept or reject, not {_shown(value.get('verdict'))}")
    why = value.get("why")
    if not isinstance(why, str) or not why.strip():
        found.append("review needs why (a reason in words)")
    by = value.get("by")
    if by is not None and (not isinstance(by, str) or not by.strip()):
        found.append(f"review by must be a name, not {_shown(by)}")
    check = value.get("check")
    if check is not None and check not in REVIEW_CHECKS:
        found.append(f"review check must be one of {', '.join(REVIEW_CHECKS)}, not {_shown(check)}")
    problems.extend(found)
    if found:
        return None
    out = {"verdict": str(value["verdict"]), "why": str(why).strip()}
    if by is not None:
        out["by"] = str(by).strip()
    if check is not None:
        out["check"] = str(check)
    return out


def _tags(value: Any, problems: list[str]) -> list[str]:
    """The tags of `tags:` (a list, or one text split at `;` and `,`), each checked."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [t for t in re.split(r"[;,]", value) if t.strip()]
    if not isinstance(value, list):
        problems.append(f"tags must be a list of text, not {_shown(value)}")
        return []
    tags = []
    for tag in value:
        if type(tag) is str:
            stripped = tag.strip()
            if stripped.isascii() and "\x00" not in stripped and len(stripped) <= MAX_TAG:
                tags.append(tag)  # `problem` finds nothing in it (ASCII text always encodes)
                continue
        if isinstance(tag, int) and not isinstance(tag, bool):
            tag = str(tag)
        if not isinstance(tag, str):
            problems.append(f"tags must be text, not {_shown(tag)}")
            continue
        found = problem(tag.strip(), MAX_TAG)
        if found:
            problems.append(f"tag {_shown(tag)} {found}")
            continue
        tags.append(tag)
    return tags


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
    problems: list[str] = []
    quote = _text(c, "quote", problems)
    snapshot = _text(c, "snapshot", problems, 64)
    source = _text(c, "source", problems, MAX_URL)
    prefix = _text(c, "prefix", problems)
    suffix = _text(c, "suffix", problems)
    if problems:
        return None, "; ".join(problems)
    if quote is None or not quote.strip():
        return None, "missing quote"
    if not source and not snapshot:
        return None, "missing source or snapshot"
    occurrence = c.get("occurrence")
    if occurrence in (None, ""):
        occurrence = None
    else:
        try:
            if isinstance(occurrence, bool) or (
                isinstance(occurrence, float) and not occurrence.is_integer()
            ):
                raise ValueError(occurrence)
            occurrence = int(occurrence)
        except (TypeError, ValueError, OverflowError):
            occurrence = 0
        if not 1 <= occurrence <= MAX_OCCURRENCE:
            return None, (
                f"occurrence must be a whole number from 1 to {MAX_OCCURRENCE:,}, "
                f"not {_shown(c['occurrence'])}"
            )
    allow_gaps = _flag(c.get("allow_gaps"))
    if allow_gaps is None:
        return None, f"allow_gaps must be true or false, not {c['allow_gaps']!r}"
    spec = CiteSpec(
        quote,
        snapshot or None,
        source or None,
        prefix or None,
        suffix or None,
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
    # The whole file is already in memory: read fields of any length, then name the field
    # that is too long (the csv module's own limit says neither which nor where).
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(content) + 1))
    try:
        reader = csv.DictReader(io.StringIO(content, newline=""))
        try:
            header = reader.fieldnames
            items = [(reader.line_num, item) for item in reader]
        except csv.Error as exc:
            raise FactdbError(f"{path}: line {reader.line_num + 1}: not valid CSV: {exc}") from None
    finally:
        csv.field_size_limit(limit)
    for n, name in enumerate(header or [], 1):
        if len(name) > MAX_CSV_FIELD:
            raise FactdbError(
                f"{path}: line 1: header field {n} ({_shown(name)}) is {len(name):,} "
                f"characters long; at most {MAX_CSV_FIELD:,}"
            )
    if not header or "statement" not in header:
        raise FactdbError(f"{path}: line 1: the header must name at least statement and quote")

    def make(line: int, item: dict[Any, Any]) -> Row:
        if None in item:
            raise _BadRow(f"{path}: line {line}: more fields than the header names")
        for name, value in item.items():
            if isinstance(value, str) and len(value) > MAX_CSV_FIELD:
                raise _BadRow(
                    f"{path}: line {line}: field {name} is {len(value):,} characters long; "
                    f"at most {MAX_CSV_FIELD:,}"
                )
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
