"""The errors factdb raises. The CLI turns each into one readable line on stderr.

Library code never prints or exits; it raises one of these, named for the condition.
"""

from __future__ import annotations

from collections.abc import Callable


class FactdbError(Exception):
    """Base class of every error meant for the user (not a bug)."""

    exit_code = 1


class UsageError(FactdbError):
    """The command was called wrongly (exit 2)."""

    exit_code = 2


class DatabaseError(FactdbError):
    """The database cannot be opened or is not at the expected schema."""


class InputError(FactdbError):
    """An input (file, URL, WARC) cannot be archived; the message names it and why."""


class DecodeError(InputError):
    """Bytes that cannot be decoded as text (binary, empty or undecodable)."""


class NoTextLayer(InputError):
    """A snapshot with no text to quote: a PDF of scanned images, or one that needs a
    password. It is archived all the same; OCR and passwords are out of scope."""


class TimestampError(FactdbError):
    """A time-stamping authority could not be asked, or its reply is not a valid token for
    the digest asked about (nothing is stored)."""


class FetchError(InputError):
    """An HTTP fetch failed: unreachable, bad status, too large, not HTML, too many redirects.

    `status` is the HTTP status of a refused answer (404, 500, ...), None for other failures.
    """

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class WarcError(InputError):
    """A WARC or WACZ file is truncated, corrupt or fails its digests."""


class UnknownSnapshot(FactdbError):
    """No snapshot has that digest or prefix."""


class AmbiguousSnapshot(FactdbError):
    """A digest prefix matches more than one snapshot."""


class UnknownSource(FactdbError):
    """No source has that URL or id."""


class QuoteNotFound(FactdbError):
    """The quote is not in the text; the message shows the closest passage.

    `nearest` is the closest passage (the page's own characters) starting at text offset
    `nearest_start`, and `similarity` (0..1) how close it is; None when unknown.
    """

    def __init__(
        self,
        message: str,
        *,
        quote: str | None = None,
        nearest: str | None = None,
        nearest_start: int | None = None,
        similarity: float | None = None,
    ) -> None:
        super().__init__(message)
        self.quote = quote
        self.nearest = nearest
        self.nearest_start = nearest_start
        self.similarity = similarity


class UnreadableSpan(FactdbError):
    """The quote was found, but its HTML range would not read back as the quote."""


class AmbiguousQuote(FactdbError):
    """The quote occurs several times; the message lists the occurrences.

    `occurrences` holds `(text_start, text_end, context)` for each, in text order; the
    message numbers them from 1, as `occurrence=` counts them. The locator passes
    `listing`, a function computing them, so that callers who catch many of these errors
    (bulk imports) never pay for context lines nobody reads.
    """

    def __init__(
        self,
        message: str = "",
        *,
        quote: str | None = None,
        occurrences: tuple[tuple[int, int, str], ...] = (),
        listing: Callable[[], tuple[tuple[int, int, str], ...]] | None = None,
    ) -> None:
        super().__init__(message)
        self.quote = quote
        self._occurrences = tuple(occurrences)
        self._listing = listing

    @property
    def occurrences(self) -> tuple[tuple[int, int, str], ...]:
        if self._listing is not None:
            self._occurrences, self._listing = tuple(self._listing()), None
        return self._occurrences

    def __str__(self) -> str:
        if self.args and self.args[0]:
            return str(self.args[0])
        lines = [f"  {n}. at {s}: {ctx}" for n, (s, _e, ctx) in enumerate(self.occurrences, 1)]
        return (
            f"quote {self.quote!r} occurs {len(lines)} times; "
            "give a prefix, suffix or occurrence:\n" + "\n".join(lines)
        )


class UnknownClaim(FactdbError):
    """No claim has that id."""


class UnreviewableResult(FactdbError):
    """A review that cannot be recorded: an integrity, span or HTML-span failure accepted,
    or nothing current to review."""


class DuplicateClaim(FactdbError):
    """A claim with that id already exists."""


class ImportRejected(FactdbError):
    """A claims file has bad rows; nothing from it was stored. `problems` lists every one.

    One bad row is one line (the row's place, what is wrong, "nothing imported"); several
    are a summary line and then one line per row, in file order."""

    def __init__(self, path: object, summary: str, problems: list[str]) -> None:
        super().__init__(f"{path}: {summary}; nothing imported")
        self.path = str(path)
        self.problems = problems

    def __str__(self) -> str:
        if len(self.problems) == 1:
            (only,) = self.problems
            if not only.startswith(f"{self.path}: "):
                only = f"{self.path}: {only}"
            return f"{only}; nothing imported"
        return "\n".join([self.args[0], *(f"  {p}" for p in self.problems)])


class QuerySyntaxError(UsageError):
    """A search query that cannot be read: unbalanced quotes, stray operators (exit 2)."""


class BadFilter(UsageError):
    """A search or export filter with a value that cannot be used: unknown unit, bad date."""


class BriefSyntaxError(FactdbError):
    """A brief cannot be read: not UTF-8, or a malformed `[@...]` citation."""


class PandocUnavailable(FactdbError):
    """Pandoc is needed (for .html or .docx output) and cannot be found or run."""


class BriefRefused(FactdbError):
    """A brief cites claims that are unknown, retracted or failing; nothing was written.

    `problems` lists every one (`factdb.briefs.Problem`: line, claim, check, reason).
    """

    def __init__(self, message: str, problems: list) -> None:  # type: ignore[type-arg]
        super().__init__(message)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([self.args[0], *(f"  {p}" for p in self.problems)])


class BackupError(FactdbError):
    """A backup cannot be made: PostgreSQL (use pg_dump), the target exists, a write failed."""


class ServerError(FactdbError):
    """The web viewer cannot listen on the address asked for (in use, not allowed)."""


class UnknownLanguage(UsageError):
    """A language tag (``--lang``, a claims file's ``lang``) that is not a known language."""
