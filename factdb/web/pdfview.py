"""A PDF snapshot as the viewer shows it: its pages drawn by PDFium as PNG images, with
the quote's character boxes highlighted over them. No PDF.js, no script: a static HTML
page of `data:` images and absolutely positioned boxes, served under the same policy as
an archived web page (`SNAPSHOT_CSP`: inline styles and `data:` images only).

The boxes are the ones the citation recorded (`Citation.pdf`, PDFium's rectangles in PDF
points from the page's bottom left), drawn at the render's scale: PDFium drew the page,
so its boxes fall on its glyphs.
"""

from __future__ import annotations

import base64
from html import escape
from typing import Any

from ..engine.pdf import pdf_page_sizes, render_page_png
from .sanitize import MARK_ID

#: Pixels per PDF point of the page images (1.5: 108 dpi, an A4 page 893 × 1263 px).
SCALE = 1.5
_STYLE = (
    "body{margin:0;background:#525659;font:14px sans-serif}"
    ".page{position:relative;margin:12px auto;max-width:calc(100% - 24px);"
    "box-shadow:0 0 6px #000;background:#fff}"
    ".page img{display:block;width:100%;height:100%}"
    ".hl{position:absolute;background:rgba(255,213,0,.45);outline:2px solid #e0a800;"
    "mix-blend-mode:multiply;pointer-events:none}"
    ".label{color:#eee;text-align:center;margin:8px 0 0}"
)


def pdf_view(
    raw: bytes, title: str, *, pdf: dict[str, Any] | None = None, page: int | None = None
) -> str:
    """The HTML of the viewer's frame for a PDF: the cited pages (`pdf`, a citation's
    `Citation.pdf`) with the quote's boxes, the first box with id `factdb-quote` so that
    the frame scrolls to it; without a citation, page `page` (default 1).

    Raises `PdfError` for a page the PDF does not have.
    """
    sizes = pdf_page_sizes(raw)
    boxes: dict[int, list[list[float]]] = {}
    if pdf is not None:
        for run in pdf.get("pages") or []:
            boxes.setdefault(int(run["page"]), []).extend(run.get("boxes") or [])
        pages = sorted(boxes) or [int(pdf.get("page_start") or 1)]
    else:
        pages = [page or 1]
    parts = [
        "<!DOCTYPE html><html><head><meta charset=utf-8>",
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
    ]
    marked = False
    for number in pages:
        png = render_page_png(raw, number, SCALE)  # raises for a page it does not have
        width, height = sizes[number - 1]
        parts.append(f'<p class="label">page {number} of {len(sizes)}</p>')
        parts.append(
            f'<div class="page" id="page-{number}" data-page="{number}" '
            f'style="width:{width * SCALE:.0f}px;aspect-ratio:{width:.2f}/{height:.2f}">'
            f'<img alt="page {number}" src="data:image/png;base64,'
            f'{base64.b64encode(png).decode("ascii")}">'
        )
        for left, bottom, right, top in boxes.get(number, []):
            mark = "" if marked else f' id="{MARK_ID}"'
            marked = True
            # In percent of the page: the page shrinks to a narrow frame, the boxes with it.
            parts.append(
                f'<div class="hl"{mark} style="left:{100 * left / width:.3f}%;'
                f"top:{100 * (height - top) / height:.3f}%;"
                f"width:{100 * (right - left) / width:.3f}%;"
                f'height:{100 * (top - bottom) / height:.3f}%"></div>'
            )
        parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts)
