"""Writing output files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import FactdbError


def check_output_folder(path: Path) -> None:
    """Refuse, before any work, to write into a folder that does not exist."""
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise FactdbError(f"{path}: cannot write: no folder {parent}")


def write_atomic(
    path: Path, data: bytes | None = None, *, produce: Callable[[Path], object] | None = None
) -> None:
    """Write `path` whole or not at all: a temporary file beside it, then a rename.

    Give `data`, or `produce(tmp_path)` that writes the temporary file itself. The file
    gets the mode a plain `open()` would give it (mkstemp makes temporary files private).
    """
    path = Path(path)
    check_output_folder(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise FactdbError(f"{path}: cannot write: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if data is not None:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        if produce is not None:
            produce(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
