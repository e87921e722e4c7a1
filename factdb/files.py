"""Writing output files whole or not at all, and never over what a command reads.

Every file a command writes goes through `write_atomic`: a temporary file beside the
target, renamed over it once complete. It refuses a target that is the same file (same
device and inode, so through a symlink or a hard link too) as anything the command must
keep: the database and its journals, and the command's own inputs. A temporary file left
by an interrupted write (`.NAME.*.tmp`) is removed by the next write to that target; a
writer holds an exclusive lock on its own temporary file, so a write still running in
another process is never mistaken for a leftover.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import FactdbError

try:  # POSIX: a live writer's temporary file is locked; a leftover's is not.
    import fcntl
except ImportError:  # pragma: no cover - Windows: leftovers are only removed when unlocked
    fcntl = None  # type: ignore[assignment]

#: What a command must never write over: (what it is, its path), e.g. ("the database", p).
Keep = Iterable[tuple[str, "Path | str"]]


def check_output_folder(path: Path) -> None:
    """Refuse, before any work, to write into a folder that does not exist."""
    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise FactdbError(f"{path}: cannot write: no folder {parent}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        # A target that does not exist yet overwrites nothing, unless it names the same path.
        return a.expanduser().resolve() == b.expanduser().resolve()
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def check_not_kept(path: Path, keep: Keep) -> None:
    """Refuse to write `path` when it is (or links to) one of the files in `keep`: one line
    naming both."""
    path = Path(path)
    for what, kept in keep:
        kept = Path(kept)
        if _same_file(path, kept):
            raise FactdbError(f"{path}: is {what} {kept}: refusing to write over it")


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files an interrupted write to `path` left beside it; return them.

    Only files no live writer holds locked are removed.
    """
    path = Path(path)
    removed = []
    try:
        candidates = list(path.parent.glob(f".{_glob_escape(path.name)}.*.tmp"))
    except OSError:
        return []
    for tmp in candidates:
        if fcntl is None or not tmp.is_file() or tmp.is_symlink():
            continue
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a write in progress
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def write_atomic(
    path: Path,
    data: bytes | None = None,
    *,
    produce: Callable[[Path], object] | None = None,
    keep: Keep = (),
) -> None:
    """Write `path` whole or not at all: a temporary file beside it, then a rename.

    Give `data`, or `produce(tmp_path)` that writes the temporary file itself. The file
    gets the mode a plain `open()` would give it (mkstemp makes temporary files private).
    `keep` names the files the write must not replace (see `check_not_kept`).
    """
    path = Path(path)
    check_output_folder(path)
    check_not_kept(path, keep)
    remove_leftovers(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise FactdbError(f"{path}: cannot write: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    lock_fd = os.dup(fd)
    try:
        if fcntl is not None:
            fcntl.flock(lock_fd, fcntl.LOCK_EX)
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
    finally:
        with contextlib.suppress(OSError):
            os.close(lock_fd)
