"""The viewer's routes: pages, the sanitized snapshot frame, and the JSON endpoints.

Read-only: every request runs in a session that is rolled back, and only GET is routed,
except in review mode (`factdb serve --review`, `review_token`): the review queue then takes
a reviewer's verdict by POST, only with the server's one-time token, only from this machine
and never from another origin (403 otherwise, nothing stored).
Pages carry a Content-Security-Policy without any script source; the archived page is
served from its own route under a stricter one (no scripts, no loads but `data:` images,
a CSP sandbox) and shown in an `<iframe sandbox>` without `allow-scripts`.
"""

from __future__ import annotations

import base64
import hmac
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask, Response, abort, jsonify, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException

from .. import __version__
from ..archive import list_sources
from ..claims import STATUSES, find_claim
from ..engine.pdf import PdfError, is_pdf
from ..engine.text import decode_html
from ..errors import FactdbError, UnknownClaim, UnknownSnapshot, UnknownSource, UsageError
from ..reads import claim_detail, claim_rows, list_claims, source_detail, sources_json
from ..search.filters import CHECK_FILTERS, Filters
from ..search.hits import Hit
from ..search.ranking import search
from ..statuses import label
from ..store.db import Database
from ..store.lookups import find_snapshot, sha256_hex, snapshot_bytes, snapshot_http_charset
from ..store.models import Citation, ClaimTag, Snapshot
from .sanitize import MARK_ID, render_snapshot

#: Policy of the viewer's own pages: its stylesheet and same-origin frames, nothing else.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
#: Policy of an archived page: inline styles and data: images only, sandboxed, no scripts.
SNAPSHOT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox"
)
#: At most this many claims on the list page (the JSON endpoint returns them all).
PAGE_ROWS = 500
#: Query parameters that make the claims list a search (as `factdb search` takes them).
SEARCH_ONLY = (
    "q",
    "like",
    "check",
    "published_since",
    "published_until",
    "value_min",
    "value_max",
    "unit",
    "limit",
)
#: `factdb search --limit`: its default and its largest value.
DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


# --- data with the CLI's --json keys ------------------------------------------------------


def citing_by_snapshot(detail: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """For `factdb source show --json` data: each snapshot's citing claims, with the quotes
    they cite in that snapshot."""
    out: dict[str, list[dict[str, Any]]] = {snap["sha256"]: [] for snap in detail["snapshots"]}
    for claim in detail["claims"]:
        for sha in out:
            quotes = [c["exact"] for c in claim["citations"] if c["snapshot"] == sha]
            if quotes:
                out[sha].append({**claim, "quotes": quotes})
    return out


def snapshot_html(snapshot: Snapshot) -> str:
    """The snapshot's decoded HTML: the string `Citation.html_start/html_end` index
    (the same as `factdb.store.lookups.text_layer(...).html`, without building the layer)."""
    return decode_html(snapshot_bytes(snapshot), snapshot_http_charset(snapshot))[0]


def _number(value: str | None, name: str, *, integer: bool = False) -> Any:
    if value is None:
        return None
    try:
        return int(value) if integer else float(value)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise UsageError(f"{name} must be {kind}, not {value!r}") from None


def _segments(hit: Hit) -> list[tuple[str, bool]]:
    """The hit's snippet as (text, matched) pieces, for the template to mark up."""
    out, at = [], 0
    for start, end in hit.highlights:
        out += [(hit.snippet[at:start], False), (hit.snippet[start:end], True)]
        at = end
    out.append((hit.snippet[at:], False))
    return [piece for piece in out if piece[0]]


# --- the app -------------------------------------------------------------------------------


def host_name(host: str) -> str:
    """The name in a Host header (or a listening address), without its port, lowercase;
    an IPv6 address in brackets.

    >>> host_name("127.0.0.1:8765"), host_name("[::1]:8765"), host_name("::1")
    ('127.0.0.1', '[::1]', '[::1]')
    >>> host_name("LocalHost"), host_name("[::1"), host_name("evil.example:80")
    ('localhost', '[::1', 'evil.example')
    """
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        return host[: end + 1] if end > 0 else host
    if host.count(":") > 1:
        return f"[{host}]"  # a bare IPv6 address, as `--host ::1` gives it
    return host.partition(":")[0]


def review_queue(s: Session) -> list[dict[str, Any]]:
    """The claims that need a person, worst first: active claims whose checks give warn or
    needs review (unverified), whose review lapsed, or whose quote drifted on a newer
    capture; each with why."""
    from ..checks import current_drift
    from ..reviews import holding, reviews
    from ..search.filters import check_status

    claims = list_claims(s, status="active")
    ids = [c.id for c in claims]
    slugs = {c.id: c.slug for c in claims}
    status = check_status(s, ids)
    lapsed = reviews(s, ids)
    settled = {
        (slugs[rv.claim_id], rv.citation_id)
        for rv in holding(s, ids).values()
        if rv.kind == "drift"
    }
    drifted: dict[str, list[str]] = {}
    for r in current_drift(s, ids):
        if r.status != "pass" and (r.claim, r.citation_id) not in settled:
            drifted.setdefault(r.claim, []).append(f"quote {r.drift} on a newer capture")
    out = []
    for c in claims:
        why = []
        if status[c.id] in ("warn", "unverified"):
            why.append(label(status[c.id]))
        why += [
            f"[{rv.check}] review lapsed: {rv.lapsed}"
            for rv in lapsed.get(c.id, [])
            if not rv.holds
        ]
        why += drifted.get(c.slug, [])
        if why:
            out.append({"id": c.slug, "statement": c.statement, "check": status[c.id], "why": why})
    order = {"fail": 0, "warn": 1, "unverified": 2}
    return sorted(out, key=lambda r: (order.get(r["check"], 3), r["id"]))


def create_app(
    db_url: str, *, trusted_hosts: list[str] | None = None, review_token: str | None = None
) -> Flask:
    """The viewer over the database at `db_url` (raises DatabaseError if it cannot open).

    `trusted_hosts` limits the Host headers served (a loopback server refuses other
    names, so a web page cannot reach it through DNS rebinding). With `review_token` the
    review queue takes verdicts (see the module's docstring).
    """
    db = Database.open(db_url)
    app = Flask(__name__)
    # Checked here, not by werkzeug's TRUSTED_HOSTS, which cannot read an IPv6 Host
    # ("[::1]:8765" is cut at its first colon): `factdb serve --host ::1` was unchecked.
    trusted = {host_name(h) for h in trusted_hosts} if trusted_hosts else None
    app.config["JSON_SORT_KEYS"] = False
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.extensions["factdb.db"] = db

    @contextmanager
    def session() -> Iterator[Session]:
        # A read transaction (SQLite: deferred, no write lock, so a slow page never blocks
        # `claim add`; PostgreSQL: READ ONLY), rolled back at the end.
        with db.snapshot() as s:
            yield s

    app.extensions["factdb.session"] = session

    @app.before_request
    def _check_host() -> None:
        if trusted is not None and host_name(request.headers.get("Host", "")) not in trusted:
            abort(400, "this viewer answers only to the names of this machine (Host header)")

    @app.context_processor
    def _globals() -> dict[str, Any]:
        return {"version": __version__, "mark_id": MARK_ID, "review_mode": bool(review_token)}

    # A check status as people read it: "unverified" shows as "needs review".
    app.add_template_filter(label, "status_label")

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def wants_json() -> bool:
        return request.path.startswith("/api/")

    @app.errorhandler(FactdbError)
    def _factdb_error(exc: FactdbError) -> Any:
        if isinstance(exc, UnknownClaim | UnknownSource | UnknownSnapshot):
            status = 404
        elif isinstance(exc, UsageError) or exc.exit_code == 2:
            status = 400
        else:
            status = 500
        return _error(status, str(exc))

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Any:
        return _error(exc.code or 500, exc.description or exc.name)

    def _error(status: int, message: str) -> Any:
        if wants_json():
            return jsonify({"error": message}), status
        return render_template("error.html", status=status, message=message), status

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status=204)  # no icon; and no 404 in the log for every page

    # --- claims: `factdb claims list`, or `factdb search` when a query or its filters are given

    def list_filters() -> dict[str, str | None]:
        args = request.args
        status = args.get("status") or None
        if status is not None and status not in STATUSES:
            raise UsageError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        return {
            "tag": args.get("tag") or None,
            "source": args.get("source") or None,
            "status": status,
        }

    def search_args() -> dict[str, Any] | None:
        """`factdb search` arguments from the query string, or None to list claims."""
        args = request.args
        tags = tuple(t for t in args.getlist("tag") if t)
        wanted = {name: args.get(name, "").strip() or None for name in SEARCH_ONLY}
        if not any(wanted.values()) and len(tags) <= 1:
            return None
        list_filters()  # the same message for a bad status
        check = wanted["check"]
        if check is not None and check not in CHECK_FILTERS:
            raise UsageError(f"check must be one of {', '.join(CHECK_FILTERS)}, not {check!r}")
        filters = Filters(
            tags=tags,
            source=args.get("source") or None,
            status=args.get("status") or None,
            check=check,
            published_since=wanted["published_since"],
            published_until=wanted["published_until"],
            value_min=_number(wanted["value_min"], "value_min"),
            value_max=_number(wanted["value_max"], "value_max"),
            unit=wanted["unit"],
        )
        limit = _number(wanted["limit"], "limit", integer=True)
        limit = DEFAULT_LIMIT if limit is None else limit
        if not 1 <= limit <= MAX_LIMIT:
            raise UsageError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
        return {"query": wanted["q"], "like": wanted["like"], "filters": filters, "limit": limit}

    def find(s: Session) -> tuple[str, list[Any]]:
        """("search", hits) or ("list", claims), as the query string asks."""
        wanted = search_args()
        if wanted is None:
            return "list", list_claims(s, **list_filters())
        query = wanted.pop("query")
        return "search", search(s, query, **wanted)

    @app.get("/")
    @app.get("/claims")
    def claims_page() -> str:
        with session() as s:
            mode, found = find(s)
            shown = found[:PAGE_ROWS]
            if mode == "list":
                rows = claim_rows(s, shown)
            else:
                rows = [{**h.to_json(), "snippet": _segments(h)} for h in shown]
            tags = s.scalars(select(ClaimTag.tag).distinct().order_by(ClaimTag.tag)).all()
            sources = [(src.id, src.title or src.url) for src in list_sources(s)]
        return render_template(
            "claims.html",
            mode=mode,
            rows=rows,
            total=len(found),
            args=request.args,
            tags=tags,
            sources=sources,
            statuses=STATUSES,
            checks=CHECK_FILTERS,
            check_labels=[label(c) for c in CHECK_FILTERS],
        )

    @app.get("/api/claims")
    def claims_api() -> Any:
        with session() as s:
            mode, found = find(s)
            if mode == "list":
                return jsonify(claim_rows(s, found))
            return jsonify([h.to_json() for h in found])

    @app.get("/claims/<slug>")
    def claim_page(slug: str) -> str:
        with session() as s:
            claim = find_claim(s, slug)
            detail = claim_detail(s, slug)
            citations = list(zip(claim.citations, detail["citations"], strict=True))
            chosen = request.args.get("citation", 1, type=int)
            if citations and not 1 <= chosen <= len(citations):
                abort(404, f"claim {slug} has no citation {chosen}")
            frame = None
            if citations:
                cit = citations[chosen - 1][0]
                frame = (
                    url_for("snapshot_view", sha=cit.snapshot.sha256, citation=cit.id)
                    + f"#{MARK_ID}"
                )
            return render_template(
                "claim.html",
                claim=claim,
                detail=detail,
                citations=citations,
                chosen=chosen,
                frame=frame,
            )

    @app.get("/api/claims/<slug>")
    def claim_api(slug: str) -> Any:
        with session() as s:
            return jsonify(claim_detail(s, slug))

    # --- sources and snapshots

    @app.get("/sources")
    def sources_page() -> str:
        with session() as s:
            data = sources_json(s)
        return render_template("sources.html", sources=data)

    @app.get("/api/sources")
    def sources_api() -> Any:
        with session() as s:
            return jsonify(sources_json(s))

    @app.get("/sources/<int:source_id>")
    def source_page(source_id: int) -> str:
        with session() as s:
            data = source_detail(s, str(source_id))
        return render_template("source.html", source=data, citing=citing_by_snapshot(data))

    @app.get("/api/sources/<int:source_id>")
    def source_api(source_id: int) -> Any:
        with session() as s:
            return jsonify(source_detail(s, str(source_id)))

    @app.get("/snapshots/<sha>/view")
    def snapshot_view(sha: str) -> Response:
        if not _SHA256.match(sha):
            abort(404, f"no snapshot {sha}")
        with session() as s:
            snapshot = find_snapshot(s, sha)
            highlight = None
            cit = None
            citation_id = request.args.get("citation", type=int)
            if citation_id is not None:
                cit = s.get(Citation, citation_id)
                if cit is None or cit.snapshot_id != snapshot.id:
                    abort(404, f"snapshot {sha[:12]} has no citation {citation_id}")
                if cit.html_start is not None and cit.html_end is not None:
                    highlight = (cit.html_start, cit.html_end)
            title = f"Archived: {snapshot.source.title or snapshot.source.url}"
            raw = snapshot_bytes(snapshot)
            if is_pdf(raw):
                # The cited page(s) drawn by PDFium with the quote's boxes (no script).
                from .pdfview import pdf_view

                try:
                    body = pdf_view(
                        raw,
                        title,
                        pdf=cit.pdf if cit is not None else None,
                        page=request.args.get("page", type=int),
                    )
                except PdfError as exc:
                    abort(404, str(exc))
            else:
                body = render_snapshot(snapshot_html(snapshot), highlight, title=title)
        response = Response(body, mimetype="text/html")
        response.headers["Content-Security-Policy"] = SNAPSHOT_CSP
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response

    @app.get("/snapshots/<sha>/original.pdf")
    def snapshot_original(sha: str) -> Response:
        """A PDF snapshot's bytes exactly as archived, as a download, with their SHA-256
        (RFC 9530 Repr-Digest; the same digest the viewer shows)."""
        if not _SHA256.match(sha):
            abort(404, f"no snapshot {sha}")
        with session() as s:
            snapshot = find_snapshot(s, sha)
            raw = snapshot_bytes(snapshot)
        if not is_pdf(raw):
            abort(404, f"snapshot {sha[:12]} is not a PDF")
        if sha256_hex(raw) != sha:
            abort(500, f"snapshot {sha[:12]}: the stored bytes do not match their digest")
        response = Response(raw, mimetype="application/pdf")
        response.headers["Content-Disposition"] = f'attachment; filename="{sha[:12]}.pdf"'
        digest = base64.b64encode(bytes.fromhex(sha)).decode("ascii")
        response.headers["Repr-Digest"] = f"sha-256=:{digest}:"
        response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    # --- the review queue

    def token_ok(given: str | None) -> bool:
        return bool(review_token) and hmac.compare_digest(
            (given or "").encode(), (review_token or "").encode()
        )

    @app.get("/review")
    def review_page() -> Response:
        with session() as s:
            queue = review_queue(s)
        # The forms carry the token only when the page was opened with it (the address
        # `serve --review` printed): another origin can neither read it nor guess it.
        token = request.args.get("token")
        page = render_template("review.html", queue=queue, token=token if token_ok(token) else None)
        response = Response(page, mimetype="text/html")
        # Its forms post to the viewer itself: the browser then names the origin (under
        # no-referrer, Chromium sends "Origin: null", which the check refuses); no other
        # site is ever told the address.
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    @app.post("/review/<slug>")
    def review_post(slug: str) -> Any:
        if not review_token:
            abort(403, "this viewer is read-only: start it with `factdb serve --review`")
        if not is_loopback_address(request.remote_addr or ""):
            abort(403, "reviews are taken from this machine only")
        origin = request.headers.get("Origin")
        # Scheme, name and port: another server on this machine is another origin too.
        if origin is not None and origin.lower() != f"http://{request.host}".lower():
            abort(403, "a review must come from the viewer's own page (Origin)")
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            abort(403, "a review must come from the viewer's own page (Sec-Fetch-Site)")
        form = request.form
        token = form.get("token")
        if not token_ok(token):
            abort(403, "a review needs the token `factdb serve --review` printed")
        verdict = form.get("verdict", "")
        by = form.get("by", "").strip()
        if not by:
            raise UsageError("say who reviews (by)")
        from ..reviews import review

        with db.session() as s:
            review(
                s,
                slug,
                verdict=verdict,
                why=form.get("why", ""),
                actor=by,
                check=form.get("check") or None,
            )
        return redirect(url_for("review_page", token=token), code=303)

    return app


def is_loopback_address(address: str) -> bool:
    """Whether a peer address is this machine (127.0.0.0/8 or ::1).

    >>> is_loopback_address("127.0.0.1"), is_loopback_address("10.0.0.2")
    (True, False)
    """
    import ipaddress

    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False
