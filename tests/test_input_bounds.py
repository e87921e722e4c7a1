"""Every input bounded: WARC and WACZ inputs obey `--max-bytes` while they inflate.

The bombs are built here, small on disk: a `.warc.gz` of about 1.5 KB whose page inflates
to 512 MiB (its body is gzip Content-Encoding of 512 MiB, itself gzipped by the WARC: two
layers of deflate), one of a few KB inflating to 2 GiB, and a WACZ whose `datapackage.json`
inflates to 1 GiB. Each is archived by `factdb archive` in a child process whose peak RSS
(`os.wait4`) is asserted and printed: refused with one line at the limit, memory bounded.
A `datapackage.json` nested 100,000 deep is one line too, and the other inputs of the same
command still archive.
"""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from .conftest import Runner

MIB = 1024 * 1024
#: The limit the tests archive with (--max-bytes): small, so that refusing is quick.
LIMIT = 8 * MIB
#: Peak RSS allowed to the archiving process above the same command archiving a small
#: page (the interpreter, libraries and driver, measured in the same run): a few times the
#: limit, far below what any bomb inflates to.
RSS_ABOVE_BASELINE = 4 * LIMIT


def deflate_run(byte: bytes, size: int, *, wbits: int) -> bytes:
    """`size` copies of `byte` compressed, built without compressing them all: with a full
    flush after every MiB, each MiB compresses to the same bytes, repeated."""
    assert size % MIB == 0
    block = byte * MIB
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush()
    if wbits < 0:
        assert first == again
        return first * (size // MIB) + tail
    raise AssertionError("raw deflate only")


def gzip_of_run(byte: bytes, size: int) -> bytes:
    """A gzip member of `size` copies of `byte` (header, raw deflate, CRC and size)."""
    crc = 0
    block = byte * MIB
    for _ in range(size // MIB):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = crc.to_bytes(4, "little") + (size % (1 << 32)).to_bytes(4, "little")
    return header + deflate_run(byte, size, wbits=-15) + trailer


def warc_bomb(path: Path, size: int) -> Path:
    """A .warc.gz with one HTML response whose gzip-encoded body inflates to `size`."""
    body = gzip_of_run(b" ", size)
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    block = http + body
    record = (
        b"WARC/1.1\r\nWARC-Type: response\r\n"
        b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        b"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: http://bomb.example/\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n" + block + b"\r\n\r\n"
    )
    path.write_bytes(gzip.compress(record, 9))
    return path


def wacz_bomb(path: Path, size: int) -> Path:
    """A WACZ whose datapackage.json (whitespace, then {}) inflates to `size` bytes."""
    deflated = deflate_run(b" ", size, wbits=-15)
    crc = 0
    block = b" " * MIB
    for _ in range(size // MIB):
        crc = zlib.crc32(block, crc)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("archive/data.warc", b"")
    # Write the deflated member by hand: zipfile would compress the whole gigabyte.
    info = zipfile.ZipInfo("datapackage.json", date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.CRC, info.compress_size, info.file_size = crc, len(deflated), size
    with zipfile.ZipFile(buffer, "a") as zf:
        zf.fp.seek(zf.start_dir)  # type: ignore[union-attr]
        info.header_offset = zf.fp.tell()  # type: ignore[union-attr]
        zf.fp.write(info.FileHeader(zip64=size >= 1 << 32))  # type: ignore[union-attr]
        zf.fp.write(deflated)  # type: ignore[union-attr]
        zf.start_dir = zf.fp.tell()  # type: ignore[union-attr]
        zf.filelist.append(info)
        zf.NameToInfo[info.filename] = info
        zf._didModify = True  # noqa: SLF001
    path.write_bytes(buffer.getvalue())
    return path


#: The child reports its own peak resident set (VmHWM of the memory it got at exec) on
#: exit. ru_maxrss from wait4 is no measure here: a child started by vfork counts the
#: parent's resident pages (the test process, hundreds of MiB late in a full run) as its own.
_REPORT_PEAK = (
    "import atexit, sys\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as fh:\n"
    "        kib = [line.split()[1] for line in fh if line.startswith('VmHWM:')][0]\n"
    "    sys.stderr.write(f'\\x00peak {kib}\\n')\n"
    "atexit.register(_peak)\n"
    "from factdb.cli import main\n"
    "main()\n"
)


def archive_in_child(db_url: str, *args: str) -> tuple[int, str, int]:
    """Run `factdb archive` in a child process: (exit code, stderr, peak RSS in bytes)."""
    proc = subprocess.run(
        [sys.executable, "-c", _REPORT_PEAK, "--db", db_url, "archive", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
        check=False,
    )
    err, _, peak = proc.stderr.decode().rpartition("\x00peak ")
    assert peak.strip().isdigit(), proc.stderr
    return proc.returncode, err, int(peak) * 1024  # VmHWM is in KiB


def snapshots(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM snapshot")).scalar_one())
    finally:
        engine.dispose()


BOMBS = {
    "warc.gz inflating to 512 MiB": (lambda p: warc_bomb(p / "b.warc.gz", 512 * MIB), "decoded"),
    "warc.gz inflating to 2 GiB": (lambda p: warc_bomb(p / "b.warc.gz", 2048 * MIB), "decoded"),
    "wacz datapackage.json of 1 GiB": (
        lambda p: wacz_bomb(p / "b.wacz", 1024 * MIB),
        "datapackage.json: it is larger",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_a_decompression_bomb_is_refused_at_the_limit_with_bounded_memory(
    run: Runner, tmp_path: Path, bomb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = BOMBS[bomb]
    small = tmp_path / "small.html"
    small.write_text("<p>A small page.</p>")
    code, err, baseline = archive_in_child(run.db_url, str(small), "--max-bytes", str(LIMIT))
    assert code == 0, err
    path = make(tmp_path)
    code, err, rss = archive_in_child(run.db_url, str(path), "--max-bytes", str(LIMIT))
    with capsys.disabled():
        print(
            f"\n{bomb}: {path.stat().st_size:,} bytes on disk, peak RSS {rss / MIB:.0f} MiB "
            f"(a small page: {baseline / MIB:.0f} MiB)"
        )
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert expected in lines[0] and "limit (--max-bytes)" in lines[0], lines[0]
    assert rss < baseline + RSS_ABOVE_BASELINE, f"peak RSS {rss / MIB:.0f} MiB"
    assert snapshots(run.db_url) == 1  # the small page only


def test_the_bombs_are_small_on_disk(tmp_path: Path) -> None:
    assert warc_bomb(tmp_path / "a.warc.gz", 512 * MIB).stat().st_size < 2_000
    with gzip.open(tmp_path / "a.warc.gz") as fh:
        assert b"Content-Encoding: gzip" in fh.read(4096)


def test_a_deeply_nested_datapackage_is_one_line_and_other_inputs_still_archive(
    run: Runner, tmp_path: Path
) -> None:
    wacz = tmp_path / "deep.wacz"
    with zipfile.ZipFile(wacz, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", "[" * 100_000 + "]" * 100_000)
    page = tmp_path / "ok.html"
    page.write_text("<p>An ordinary page.</p>")
    result = run("archive", str(wacz), str(page))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "invalid datapackage.json (nested too deeply)" in result.stderr
    assert len([ln for ln in result.stderr.splitlines() if "deep.wacz" in ln]) == 1
    assert snapshots(run.db_url) == 1


def test_a_page_over_the_limit_in_a_warc_is_refused_and_one_under_it_archives(
    run: Runner, tmp_path: Path
) -> None:
    small = warc_bomb(tmp_path / "small.warc.gz", 1 * MIB)
    result = run("archive", str(small), "--max-bytes", str(2 * MIB))
    assert result.exit_code == 0, result.output
    result = run("archive", str(warc_bomb(tmp_path / "big.warc.gz", 4 * MIB)), "--max-bytes",
                 str(2 * MIB))  # fmt: skip
    assert result.exit_code == 1
    assert "(decoded) is larger than the 2 MB limit (--max-bytes)" in result.stderr, result.stderr


def test_a_page_file_over_the_limit_is_refused_in_one_line_and_others_still_archive(
    run: Runner, tmp_path: Path
) -> None:
    """Files given to `archive` obey --max-bytes too, without being read whole: a sparse
    file of 4 GiB is refused as quickly as a small one over the limit."""
    small = tmp_path / "small.html"
    small.write_text("<html><body><p>Small page under the limit.</p></body></html>")
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.write(b"<html><body><p>")
        fh.truncate(4 * 1024 * MIB)  # sparse: no disk used, 4 GiB to read
    result = run("archive", str(big), str(small), "--max-bytes", str(2 * MIB))
    assert result.exit_code == 1, result.output
    [line] = [ln for ln in result.stderr.splitlines() if "big.html" in ln]
    assert line == f"Error: {big}: the file is larger than the 2 MB limit (--max-bytes)"
    assert snapshots(run.db_url) == 1  # the small page
    # At the limit exactly, a page archives.
    exact = tmp_path / "exact.html"
    exact.write_bytes(b"<html><body><p>" + b"x" * (2 * MIB - 15))
    assert exact.stat().st_size == 2 * MIB
    assert run("archive", str(exact), "--max-bytes", str(2 * MIB)).exit_code == 0
    assert snapshots(run.db_url) == 2
