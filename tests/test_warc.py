"""read_warc() and read_wacz() on files written with warcio's WARCWriter from corpus pages."""

from __future__ import annotations

import gzip
import hashlib
import json
import zipfile
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factdb.errors import WarcError
from factdb.warc import read_wacz, read_warc

CORPUS = Path(__file__).parent / "data" / "corpus"
BBC = (CORPUS / "readability-bbc-1.html").read_bytes()
LEMONDE = (CORPUS / "readability-lemonde-1.html").read_bytes()
CP1250 = (CORPUS / "trafilatura-rp.pl-unijne-fundusze.html").read_bytes()
FORBIDDEN = (CORPUS / "newspaper-fool.com2-forbidden.html").read_bytes()
DATE = "2024-03-05T06:07:08Z"
HTML = [("Content-Type", "text/html; charset=utf-8")]


def chunked(body: bytes, size: int = 1000) -> bytes:
    """`body` in HTTP/1.1 chunked transfer coding."""
    out = b""
    for i in range(0, len(body), size):
        part = body[i : i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def response(
    writer: WARCWriter,
    uri: str,
    payload: bytes,
    headers: list[tuple[str, str]] = HTML,
    *,
    status: str = "200 OK",
    digest: str | None = None,
    record_id: str | None = None,
    extra: dict[str, str] | None = None,
) -> None:
    """Write a response record; `payload` is stored as is (already chunked/encoded)."""
    warc_headers = {"WARC-Date": DATE}
    if digest is not None:  # otherwise warcio writes its own sha1 Base32 payload digest
        warc_headers["WARC-Payload-Digest"] = digest
    if record_id is not None:
        warc_headers["WARC-Record-ID"] = f"<{record_id}>"
    warc_headers.update(extra or {})
    http = StatusAndHeaders(status, list(headers), protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(payload),
        length=len(payload),
        http_headers=http,
        warc_headers_dict=warc_headers,
    )
    writer.write_record(record)


def write_warc(path: Path, *, gzipped: bool, fill) -> Path:  # type: ignore[no-untyped-def]
    with path.open("wb") as fh:
        fill(WARCWriter(fh, gzip=gzipped))
    return path


def standard_records(w: WARCWriter) -> None:
    response(w, "https://www.bbc.com/news/a", BBC, record_id="urn:uuid:bbc")
    response(w, "https://www.lemonde.fr/b", LEMONDE)


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_html_response_records_become_captures(tmp_path: Path, gzipped: bool) -> None:
    name = "pages.warc.gz" if gzipped else "pages.warc"
    path = write_warc(tmp_path / name, gzipped=gzipped, fill=standard_records)
    bbc, lemonde = read_warc(path)
    assert (bbc.raw, bbc.url, bbc.method) == (BBC, "https://www.bbc.com/news/a", "warc")
    assert bbc.retrieved_at == datetime(2024, 3, 5, 6, 7, 8, tzinfo=UTC)
    assert bbc.origin == f"{path}#urn:uuid:bbc"
    assert bbc.status == 200
    assert bbc.headers == HTML
    assert (bbc.media_type, bbc.http_charset) == ("text/html", "utf-8")
    assert bbc.payload_digest is not None and bbc.payload_digest.startswith("sha1:")
    assert lemonde.raw == LEMONDE


@pytest.mark.parametrize(
    "digest",
    [
        "sha1:" + __import__("base64").b32encode(hashlib.sha1(CP1250).digest()).decode(),
        "sha256:" + hashlib.sha256(CP1250).hexdigest(),
        "sha-256:" + hashlib.sha256(CP1250).hexdigest(),
        "SHA256:" + hashlib.sha256(CP1250).hexdigest().upper(),
    ],
    ids=["sha1-base32", "sha256-hex", "sha-256-hex", "upper-case"],
)
def test_payload_digest_forms_are_verified(tmp_path: Path, digest: str) -> None:
    headers = [("Content-Type", "text/html; charset=windows-1250")]

    def fill(w: WARCWriter) -> None:
        response(w, "https://www.rp.pl/x", CP1250, headers, digest=digest)

    [capture] = read_warc(write_warc(tmp_path / "d.warc", gzipped=False, fill=fill))
    assert capture.raw == CP1250
    assert capture.payload_digest == digest
    assert capture.http_charset == "windows-1250"


def test_wrong_payload_digest_is_refused(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://x/", BBC, digest="sha256:" + hashlib.sha256(LEMONDE).hexdigest())

    path = write_warc(tmp_path / "d.warc", gzipped=False, fill=fill)
    with pytest.raises(WarcError, match=r"fails its WARC-Payload-Digest sha256:"):
        list(read_warc(path))


def test_flipped_payload_byte_fails_the_digest(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "d.warc", gzipped=False, fill=standard_records)
    data = bytearray(path.read_bytes())
    at = data.index(b"Obama")
    data[at] ^= 0x20  # same length, one bit different: only the digest can tell
    path.write_bytes(bytes(data))
    with pytest.raises(WarcError) as info:
        list(read_warc(path))
    assert str(info.value).startswith(f"{path}: record urn:uuid:bbc fails its WARC-Payload-Digest")


def test_gzip_content_encoding_is_removed_and_digest_covers_the_stored_bytes(
    tmp_path: Path,
) -> None:
    stored = gzip.compress(LEMONDE)

    def fill(w: WARCWriter) -> None:
        response(w, "https://x/gz", stored, HTML + [("Content-Encoding", "gzip")])

    [capture] = read_warc(write_warc(tmp_path / "d.warc.gz", gzipped=True, fill=fill))
    assert capture.raw == LEMONDE
    assert ("Content-Encoding", "gzip") in capture.headers


@pytest.mark.parametrize("digest_over", ["stored-chunks", "dechunked-entity"])
def test_chunked_response_is_dechunked_and_either_digest_convention_passes(
    tmp_path: Path, digest_over: str
) -> None:
    stored = chunked(gzip.compress(BBC))
    entity = gzip.compress(BBC) if digest_over == "dechunked-entity" else stored
    digest = "sha256:" + hashlib.sha256(entity).hexdigest()
    headers = HTML + [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]

    def fill(w: WARCWriter) -> None:
        response(w, "https://x/chunked", stored, headers, digest=digest)

    [capture] = read_warc(write_warc(tmp_path / "d.warc", gzipped=False, fill=fill))
    assert capture.raw == BBC


def test_digest_over_decoded_body_is_not_accepted(tmp_path: Path) -> None:
    # The payload digest covers the content-encoded bytes, never the decompressed page.
    def fill(w: WARCWriter) -> None:
        response(
            w,
            "https://x/gz",
            gzip.compress(BBC),
            HTML + [("Content-Encoding", "gzip")],
            digest="sha256:" + hashlib.sha256(BBC).hexdigest(),
        )

    with pytest.raises(WarcError, match="fails its WARC-Payload-Digest"):
        list(read_warc(write_warc(tmp_path / "d.warc", gzipped=False, fill=fill)))


def test_records_that_are_not_html_pages_are_skipped(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://x/img.png", b"\x89PNG\r\n\x1a\n", [("Content-Type", "image/png")])
        response(w, "https://x/pdf", b"<p>not a PDF", [("Content-Type", "application/pdf")])
        response(w, "https://x/old", b"<p>moved</p>", HTML + [("Location", "/new")], status="301")
        response(w, "https://x/gone", FORBIDDEN, HTML, status="403 Forbidden")
        w.write_record(
            w.create_warc_record(
                "https://x/page",
                "request",
                payload=BytesIO(b"GET /page HTTP/1.1\r\nHost: x\r\n\r\n"),
                length=len(b"GET /page HTTP/1.1\r\nHost: x\r\n\r\n"),
            )
        )
        w.write_record(
            w.create_warc_record(
                "https://x/page",
                "metadata",
                payload=BytesIO(b"outlink: https://y/"),
                length=len(b"outlink: https://y/"),
                warc_content_type="application/warc-fields",
            )
        )
        response(w, "https://x/page", LEMONDE)

    captures = list(read_warc(write_warc(tmp_path / "m.warc.gz", gzipped=True, fill=fill)))
    assert [c.url for c in captures] == ["https://x/page"]


def test_html_resource_record_becomes_a_capture(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        w.write_record(
            w.create_warc_record(
                "https://x/saved.html",
                "resource",
                payload=BytesIO(BBC),
                length=len(BBC),
                warc_content_type="text/html; charset=utf-8",
                warc_headers_dict={"WARC-Date": DATE},
            )
        )

    [capture] = read_warc(write_warc(tmp_path / "r.warc", gzipped=False, fill=fill))
    assert (capture.raw, capture.status, capture.headers) == (BBC, None, [])
    assert capture.media_type == "text/html"


def test_response_without_content_type_is_kept_only_when_it_sniffs_as_html(
    tmp_path: Path,
) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://x/html", b"<!DOCTYPE html><p>x</p>", [])
        response(w, "https://x/bin", b"\x00\x01binary", [])

    captures = list(read_warc(write_warc(tmp_path / "s.warc", gzipped=False, fill=fill)))
    assert [c.url for c in captures] == ["https://x/html"]


def test_segmented_record_is_refused(tmp_path: Path) -> None:
    def fill(w: WARCWriter) -> None:
        response(w, "https://x/big", BBC[:1000], extra={"WARC-Segment-Number": "1"})

    path = write_warc(tmp_path / "seg.warc", gzipped=False, fill=fill)
    with pytest.raises(WarcError, match=r"seg\.warc: record .* is segmented"):
        list(read_warc(path))


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_warc_is_refused(tmp_path: Path, gzipped: bool, keep: float) -> None:
    path = write_warc(tmp_path / "t.warc", gzipped=gzipped, fill=standard_records)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(WarcError) as info:
        list(read_warc(path))
    message = str(info.value)
    assert message.startswith(f"{path}: truncated WARC (")
    assert "\n" not in message


def test_corrupt_gzip_is_refused(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "c.warc.gz", gzipped=True, fill=standard_records)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(WarcError, match=r"c\.warc\.gz: corrupt WARC \(bad gzip data"):
        list(read_warc(path))


@pytest.mark.parametrize(
    "content",
    [b"<html><body>not a warc</body></html>\n", b"WARC/1.0\r\nWARC-Date: 2024-01-0"],
    ids=["html-file", "cut-in-header"],
)
def test_file_without_valid_record_header_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    with pytest.raises(WarcError, match=r"bad\.warc: (corrupt|truncated) WARC"):
        list(read_warc(path))


@pytest.mark.parametrize(
    ("with_digest", "reason"),
    [
        (True, "record urn:uuid:bbc fails its WARC-Payload-Digest"),
        (False, "corrupt WARC (Invalid WARC record, first line: "),
    ],
)
def test_too_small_content_length_is_refused_without_printing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], with_digest: bool, reason: str
) -> None:
    path = write_warc(tmp_path / "l.warc", gzipped=False, fill=standard_records)
    data = path.read_bytes()
    length = data.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]
    data = data.replace(b"Content-Length: " + length, b"Content-Length: 200", 1)
    if not with_digest:
        data = data.replace(b"WARC-Payload-Digest:", b"X-Digest-Removed:", 1)
    path.write_bytes(data)
    with pytest.raises(WarcError) as info:
        list(read_warc(path))
    message = str(info.value)
    assert message.startswith(f"{path}: {reason}")
    assert len(message) < len(str(path)) + 200  # the damaged line is cut short
    assert capsys.readouterr().err == ""  # warcio's warning is not printed


def test_missing_warc_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WarcError, match=r"nope\.warc\.gz: cannot open \(No such file"):
        list(read_warc(tmp_path / "nope.warc.gz"))


def test_empty_warc_yields_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc"
    path.write_bytes(b"")
    assert list(read_warc(path)) == []


# --- WACZ ----------------------------------------------------------------------------------


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_wacz(
    path: Path,
    files: dict[str, bytes],
    *,
    datapackage: object | None = None,
    listed: list[str] | None = None,
    hashes: dict[str, str] | None = None,
) -> Path:
    """A WACZ with `files`, and a datapackage.json listing `listed` (default: all of them)."""
    if datapackage is None:
        names = list(files) if listed is None else listed
        datapackage = {
            "profile": "data-package",
            "wacz_version": "1.1.1",
            "resources": [
                {
                    "name": Path(n).name,
                    "path": n,
                    "hash": (hashes or {}).get(n, sha256(files[n])),
                    "bytes": len(files[n]),
                }
                for n in names
            ],
        }
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        if datapackage is not False:
            text = datapackage if isinstance(datapackage, str) else json.dumps(datapackage)
            zf.writestr("datapackage.json", text)
    return path


@pytest.fixture
def warc_bytes(tmp_path: Path) -> bytes:
    return write_warc(tmp_path / "data.warc.gz", gzipped=True, fill=standard_records).read_bytes()


def test_wacz_pages_are_read_after_verifying_hashes(tmp_path: Path, warc_bytes: bytes) -> None:
    files = {
        "archive/data.warc.gz": warc_bytes,
        "pages/pages.jsonl": b'{"format": "json-pages-1.0"}\n',
    }
    path = write_wacz(tmp_path / "site.wacz", files)
    bbc, lemonde = read_wacz(path)
    assert (bbc.method, bbc.raw, lemonde.raw) == ("wacz", BBC, LEMONDE)
    assert bbc.origin == f"{path}!archive/data.warc.gz#urn:uuid:bbc"
    assert bbc.url == "https://www.bbc.com/news/a"


def test_wacz_hash_mismatch_is_refused(tmp_path: Path, warc_bytes: bytes) -> None:
    files = {"archive/data.warc.gz": warc_bytes}
    path = write_wacz(
        tmp_path / "bad.wacz", files, hashes={"archive/data.warc.gz": sha256(b"other")}
    )
    with pytest.raises(WarcError) as info:
        list(read_wacz(path))
    assert str(info.value) == (
        f"{path}: archive/data.warc.gz does not match its hash in datapackage.json"
    )


@pytest.mark.parametrize(
    ("datapackage", "reason"),
    [
        (False, "not a WACZ file (no datapackage.json)"),
        ("{not json", "invalid datapackage.json ("),
        ({"profile": "data-package"}, "invalid datapackage.json (no list of resources)"),
        ({"resources": [{"path": "archive/data.warc.gz"}]}, "lacks path or hash"),
        (
            {"resources": [{"path": "archive/gone.warc", "hash": sha256(b"")}]},
            "datapackage.json lists archive/gone.warc, which is not in the file",
        ),
    ],
    ids=["missing", "not-json", "no-resources", "no-hash", "listed-file-missing"],
)
def test_wacz_with_bad_datapackage_is_refused(
    tmp_path: Path, warc_bytes: bytes, datapackage: object, reason: str
) -> None:
    path = write_wacz(
        tmp_path / "x.wacz", {"archive/data.warc.gz": warc_bytes}, datapackage=datapackage
    )
    with pytest.raises(WarcError) as info:
        list(read_wacz(path))
    assert str(info.value).startswith(f"{path}: ")
    assert reason in str(info.value)


def test_wacz_with_an_unlisted_warc_is_refused(tmp_path: Path, warc_bytes: bytes) -> None:
    files = {"archive/data.warc.gz": warc_bytes, "archive/extra.warc.gz": warc_bytes}
    path = write_wacz(tmp_path / "x.wacz", files, listed=["archive/data.warc.gz"])
    with pytest.raises(WarcError, match=r"archive/extra\.warc\.gz is not listed"):
        list(read_wacz(path))


def test_wacz_whose_warc_is_truncated_is_refused(tmp_path: Path, warc_bytes: bytes) -> None:
    # Hashes in the datapackage match, but the WARC inside was truncated before packing.
    path = write_wacz(tmp_path / "x.wacz", {"archive/data.warc.gz": warc_bytes[:-30]})
    with pytest.raises(WarcError, match=r"x\.wacz!archive/data\.warc\.gz: truncated WARC"):
        list(read_wacz(path))


def test_wacz_with_a_damaged_zip_member_is_refused(tmp_path: Path, warc_bytes: bytes) -> None:
    path = write_wacz(tmp_path / "x.wacz", {"archive/data.warc.gz": warc_bytes})
    data = bytearray(path.read_bytes())
    data[data.index(warc_bytes[100:120]) + 5] ^= 0xFF  # stored uncompressed: CRC-32 fails
    path.write_bytes(bytes(data))
    with pytest.raises(WarcError, match=r"x\.wacz!archive/data\.warc\.gz: corrupt ZIP member"):
        list(read_wacz(path))


def test_file_that_is_not_a_zip_is_refused_as_wacz(tmp_path: Path) -> None:
    path = tmp_path / "fake.wacz"
    path.write_bytes(b"<html></html>")
    with pytest.raises(WarcError, match=r"fake\.wacz: not a WACZ file \(not a ZIP archive"):
        list(read_wacz(path))
