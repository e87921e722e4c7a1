"""`factdb archive` refuses what is not a web page, judged by its bytes (issue 14, inputs).

A YAML claims file, JSON, a PDF, images and other binaries are refused with one line
naming the file and what it is, exit 1, nothing stored, whether given alone, inside a
folder (under an .html name) or fetched from a URL. Pages are accepted whatever their
file name when they start like HTML.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from factdb.engine.sniff import identify

from .conftest import CORPUS, Runner
from .httpserver import LoopbackServer, respond
from .test_archive import counts

BBC = CORPUS / "readability-bbc-1.html"
SOURCES = Path(__file__).parent.parent / "sources"


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
NOT_PAGES = [
    ("claims.yaml", (SOURCES / "claims.yaml").read_bytes(), "YAML"),
    ("claims", b"- id: x\n  statement: y\n  quote: z\n", "YAML"),
    ("data.json", json.dumps([{"id": "x", "quote": "<p>"}]).encode(), "JSON"),
    ("api.html", b'  {"html": "<p>hi</p>"}', "JSON"),
    ("photo.png", PNG, "PNG image"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG image"),
    ("anim.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(16), "GIF image"),
    ("pic.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(32), "WebP image"),
    ("doc.docx", _zip(), "ZIP archive"),
    ("page.html.gz", gzip.compress(BBC.read_bytes()[:2000]), "gzip"),
    ("backup.sqlite", b"SQLite format 3\x00" + bytes(100), "SQLite database"),
    ("tool", b"\x7fELF\x02\x01\x01" + bytes(64), "ELF executable"),
    ("blob.bin", bytes(range(256)) * 4, "binary data"),
    ("notes.txt", b"Iran raised enrichment beyond 3.67%.\nSee the page.\n", "plain text"),
    ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "XML"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="1"/>', "SVG image"),
]


@pytest.mark.parametrize(("name", "data", "kind"), NOT_PAGES, ids=[n for n, _, _ in NOT_PAGES])
def test_not_a_page_is_refused_naming_file_and_type(
    run: Runner, db_url: str, tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = counts(db_url)
    result = run("archive", str(path))
    assert result.exit_code == 1, result.output
    [line] = result.stderr.splitlines()  # one line, and nothing else
    assert line.startswith(f"Error: {path}: not a web page: it is ")
    assert kind in line
    assert "Traceback" not in result.output
    assert counts(db_url) == before


@pytest.mark.parametrize("name", ["report.pdf", "report.html"])
def test_truncated_pdf_is_one_line_whatever_its_name(
    run: Runner, db_url: str, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    result = run("archive", str(path))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {path}: the PDF cannot be read (")
    assert line.endswith("truncated or corrupt?")
    assert counts(db_url)["snapshot"] == 0


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("saved-page", BBC.read_bytes()),  # no suffix: the leading <!DOCTYPE decides
        ("page.txt", b"\n<!-- saved -->\n<meta charset=utf-8><p>Hello, archive.</p>"),
        (
            "page.xml",
            b'<?xml version="1.0" encoding="utf-8"?>\n'
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML page.</p></body></html>',
        ),
        ("fragment.html", b"Plain words and <b>a bold one</b>, under an .html name."),
        ("utf16.htm", "\ufeff<html><body><p>Zwölf Boxkämpfer</p></body></html>".encode("utf-16")),
    ],
)
def test_pages_are_accepted_by_content_or_html_name(
    run: Runner, tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("archive", "--json", str(path))
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert item["new"] is True


def test_folder_skips_other_files_quietly_and_names_a_non_page_with_a_page_name(
    run: Runner, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "one.html").write_bytes(BBC.read_bytes())
    (folder / "claims.yaml").write_bytes((SOURCES / "claims.yaml").read_bytes())
    (folder / "scan.html").write_bytes(b"%PDF-1.5\n1 0 obj\n")
    result = run("archive", "--json", str(folder))
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error")]
    [error] = errors
    assert error.startswith(f"Error: {folder / 'scan.html'}: the PDF cannot be read (")
    assert counts(db_url)["snapshot"] == 1


def test_bundled_sources_folder_archives_as_before(run: Runner) -> None:
    # The README's quick start: sources/ holds claims.yaml and briefs/ beside the pages.
    result = run("archive", str(SOURCES))
    assert result.exit_code == 0, result.output
    assert "Error" not in result.stderr
    assert result.stderr.strip().endswith("4 new, 0 already archived, 0 failed.")


@pytest.fixture
def server() -> LoopbackServer:
    routes = {
        "/png-as-html": respond(200, PNG, [("Content-Type", "text/html; charset=utf-8")]),
        "/json-untyped": respond(200, b'{"claims": []}', []),
        "/page-untyped": respond(200, BBC.read_bytes(), []),
        "/meta-untyped": respond(200, b"<meta charset=utf-8><p>Saved as is.</p>", []),
    }
    with LoopbackServer(routes) as srv:
        yield srv


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/png-as-html", "a PNG image"),
        ("/json-untyped", "JSON"),
    ],
)
def test_fetched_body_that_is_not_a_page_is_refused(
    run: Runner, db_url: str, server: LoopbackServer, path: str, kind: str
) -> None:
    url = server.url(path)
    result = run("archive", url)
    assert result.exit_code == 1
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("Error")]
    assert line.startswith(f"Error: {url}: not HTML") and f"the body is {kind}" in line
    assert counts(db_url)["snapshot"] == 0


@pytest.mark.parametrize("path", ["/page-untyped", "/meta-untyped"])
def test_fetched_page_without_content_type_is_still_archived(
    run: Runner, server: LoopbackServer, path: str
) -> None:
    # As for a file: a leading HTML tag makes a page (<meta is not in the standard's
    # short list, but no other format starts with it).
    result = run("archive", "--json", server.url(path))
    assert result.exit_code == 0, result.output


def test_recheck_against_a_yaml_file_is_refused(run: Runner, tmp_path: Path) -> None:
    [item] = json.loads(run("archive", "--json", str(BBC)).stdout)
    path = tmp_path / "claims.yaml"
    path.write_bytes((SOURCES / "claims.yaml").read_bytes())
    result = run("recheck", item["url"], "--against", str(path))
    assert result.exit_code == 1
    assert "not a web page: it is YAML" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("page", sorted(CORPUS.glob("*.html")), ids=lambda p: p.name)
def test_every_corpus_page_is_a_page_under_any_name(page: Path) -> None:
    raw = page.read_bytes()
    assert identify(raw, "page.html") is None
    assert identify(raw, "download") is None
