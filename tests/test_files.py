"""Output files are written whole, with ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factdb.errors import FactdbError
from factdb.files import write_atomic


def test_written_file_has_the_mode_open_would_give(tmp_path: Path) -> None:
    # Found by hand: briefs came out 0600 (mkstemp's private mode), unreadable by a web
    # server or a colleague, unlike any file a plain open() writes.
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "brief.html", b"<p>x</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "brief.html").stat().st_mode) == 0o644
    assert (tmp_path / "brief.html").read_bytes() == b"<p>x</p>"


def test_failed_producer_leaves_no_file(tmp_path: Path) -> None:
    def produce(_tmp: Path) -> None:
        raise FactdbError("pandoc failed")

    with pytest.raises(FactdbError):
        write_atomic(tmp_path / "brief.docx", produce=produce)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FactdbError, match="cannot write: no folder"):
        write_atomic(tmp_path / "nope" / "brief.md", b"x")
