"""Commands for claims: claim add / cite / edit / retract / show, claims import / list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..statuses import CHECK_FILTERS, CLAIM_STATUSES, label
from .app import State, cli, pass_state
from .output import json_option, render, table

if TYPE_CHECKING:
    from ..claims_file import CiteSpec


def _cites(
    quotes: tuple[str, ...],
    snapshots: tuple[str, ...],
    sources: tuple[str, ...],
    prefixes: tuple[str, ...],
    suffixes: tuple[str, ...],
    occurrences: tuple[int, ...],
    allow_gaps: bool = False,
) -> list[CiteSpec]:
    """Pair the n-th --quote with the n-th --snapshot/--source (a single one serves all)."""
    from ..claims_file import CiteSpec

    if not quotes:
        raise click.UsageError("give at least one --quote")
    places: list[tuple[str | None, str | None]] = [(s, None) for s in snapshots] + [
        (None, u) for u in sources
    ]
    if not places:
        raise click.UsageError("say where each quote is: --snapshot SHA or --source URL")
    if len(places) == 1:
        places = places * len(quotes)
    if len(places) != len(quotes):
        raise click.UsageError(
            f"{len(quotes)} --quote but {len(places)} --snapshot/--source: give one for each"
        )
    for name, values in (
        ("--prefix", prefixes),
        ("--suffix", suffixes),
        ("--occurrence", occurrences),
    ):
        if values and len(values) != len(quotes):
            raise click.UsageError(f"give {name} once per --quote, or not at all")

    def nth(values: tuple[Any, ...], i: int) -> Any:
        return values[i] if values else None

    return [
        CiteSpec(
            quote=q,
            snapshot=places[i][0],
            source=places[i][1],
            prefix=nth(prefixes, i),
            suffix=nth(suffixes, i),
            occurrence=nth(occurrences, i),
            allow_gaps=allow_gaps,
        )
        for i, q in enumerate(quotes)
    ]


def cite_options(func: Any) -> Any:
    """The options that say which quote a claim cites, and where."""
    options = [
        click.option(
            "--quote", "quotes", multiple=True, help="The words of the page (repeatable)."
        ),
        click.option(
            "--snapshot",
            "snapshots",
            multiple=True,
            metavar="SHA",
            help="Snapshot holding the quote: SHA-256 or a unique prefix.",
        ),
        click.option(
            "--source",
            "sources",
            multiple=True,
            metavar="URL",
            help="Source holding the quote (its latest snapshot).",
        ),
        click.option(
            "--prefix",
            "prefixes",
            multiple=True,
            help="Text just before the quote, to choose between occurrences.",
        ),
        click.option(
            "--suffix",
            "suffixes",
            multiple=True,
            help="Text just after the quote, to choose between occurrences.",
        ),
        click.option(
            "--occurrence",
            "occurrences",
            multiple=True,
            type=click.IntRange(min=1),
            help="Which occurrence of the quote (from 1).",
        ),
        click.option(
            "--allow-gaps",
            is_flag=True,
            help="An ellipsis in a quote (..., …, [...]) stands for omitted words; the "
            "citation spans from the first part's start to the last part's end.",
        ),
        click.option("--by", "actor", help="Who records it (default: $FACTDB_USER or login)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


lang_option = click.option(
    "--lang",
    "language",
    metavar="TAG",
    help="The statement's language, a BCP 47 tag such as de or pt-BR "
    "(default: its first source's).",
)


@cli.group()
def claim() -> None:
    """Record, cite, edit, retract and show one claim."""


@claim.command("add")
@click.option("--statement", required=True, help="The claim, in the analyst's words.")
@click.option("--id", "slug", help="A stable id such as iran-enrichment-above-367.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@lang_option
@cite_options
@json_option
@pass_state
def claim_add(
    state: State,
    statement: str,
    slug: str | None,
    tags: tuple[str, ...],
    language: str | None,
    quotes: tuple[str, ...],
    snapshots: tuple[str, ...],
    sources: tuple[str, ...],
    prefixes: tuple[str, ...],
    suffixes: tuple[str, ...],
    occurrences: tuple[int, ...],
    allow_gaps: bool,
    actor: str | None,
    as_json: bool,
) -> None:
    """Record a claim with the exact quote that supports it.

    The quote must be found exactly once in the snapshot (use --prefix, --suffix or
    --occurrence when it is not); otherwise nothing is stored. The "supported" check reads
    the statement in --lang (default: its first source's language) and each quote in its
    source's language.

    Example: factdb claim add --statement "Iran raised enrichment beyond 3.67%"
    --quote "3.67 percent" --source https://example.org/a --id iran-enrichment
    """
    from .. import claims as lib
    from ..store.events import default_actor

    cites = _cites(quotes, snapshots, sources, prefixes, suffixes, occurrences, allow_gaps)
    with state.db.session() as session:
        c = lib.add_claim(
            session,
            statement,
            cites,
            slug=slug,
            tags=tags,
            language=language,
            actor=actor or default_actor(),
        )
        data = {"id": c.slug, "citations": [lib.citation_json(x) for x in c.citations]}
    render(
        data,
        lambda: click.echo(
            f"Recorded claim {data['id']} with {len(data['citations'])} citation(s)."
        ),
        as_json=as_json,
    )


@claim.command("cite")
@click.argument("slug", metavar="ID")
@cite_options
@json_option
@pass_state
def claim_cite(
    state: State,
    slug: str,
    quotes: tuple[str, ...],
    snapshots: tuple[str, ...],
    sources: tuple[str, ...],
    prefixes: tuple[str, ...],
    suffixes: tuple[str, ...],
    occurrences: tuple[int, ...],
    allow_gaps: bool,
    actor: str | None,
    as_json: bool,
) -> None:
    """Add a corroborating citation to claim ID.

    Example: factdb claim cite iran-enrichment --quote "3.67 percent" --snapshot 3f2a9c1d
    """
    from .. import claims as lib
    from ..store.events import default_actor

    cites = _cites(quotes, snapshots, sources, prefixes, suffixes, occurrences, allow_gaps)
    with state.db.session() as session:
        c = lib.cite(session, slug, cites, actor=actor or default_actor())
        data = {"id": c.slug, "citations": [lib.citation_json(x) for x in c.citations]}
    render(
        data,
        lambda: click.echo(f"Claim {slug} now has {len(data['citations'])} citation(s)."),
        as_json=as_json,
    )


@claim.command("edit")
@click.argument("slug", metavar="ID")
@click.option("--statement", help="The new statement.")
@lang_option
@click.option("--why", required=True, help="Why it changes (kept in the revision history).")
@click.option("--by", "actor", help="Who edits it.")
@json_option
@pass_state
def claim_edit(
    state: State,
    slug: str,
    statement: str | None,
    language: str | None,
    why: str,
    actor: str | None,
    as_json: bool,
) -> None:
    """Change claim ID's statement or language; the old one stays in its history.

    Example: factdb claim edit iran-enrichment --statement "..." --why "typo"
    """
    from .. import claims as lib
    from ..store.events import default_actor

    with state.db.session() as session:
        c = lib.edit(
            session, slug, statement, language=language, why=why, actor=actor or default_actor()
        )
        data = {
            "id": c.slug,
            "statement": c.statement,
            "language": c.language,
            "revision": len(c.revisions),
        }
    render(
        data,
        lambda: click.echo(f"Claim {slug} is now at revision {data['revision']}."),
        as_json=as_json,
    )


@claim.command("retract")
@click.argument("slug", metavar="ID")
@click.option("--why", required=True, help="Why the claim is retracted.")
@click.option("--by", "actor", help="Who retracts it.")
@json_option
@pass_state
def claim_retract(state: State, slug: str, why: str, actor: str | None, as_json: bool) -> None:
    """Retract claim ID: it is kept with its history, but no longer checked or citable.

    Example: factdb claim retract iran-enrichment --why "superseded by IAEA report"
    """
    from .. import claims as lib
    from ..store.events import default_actor

    with state.db.session() as session:
        c = lib.retract(session, slug, why=why, actor=actor or default_actor())
        data = {"id": c.slug, "status": c.status}
    render(data, lambda: click.echo(f"Claim {slug} is retracted."), as_json=as_json)


@claim.command("rate")
@click.argument("slug", metavar="ID")
@click.argument("rating")
@click.option("--why", help="Why the desk rates it so (kept in its history).")
@click.option("--by", "actor", help="Who rates it.")
@json_option
@pass_state
def claim_rate(
    state: State, slug: str, rating: str, why: str | None, actor: str | None, as_json: bool
) -> None:
    """Rate claim ID on the desk's own scale ("Mostly true"): a revision in its history.

    `factdb export claimreview --rating-scale ...` writes the rated claims as schema.org
    ClaimReview. A rating changes nothing the checks judged.

    Example: factdb claim rate iran-enrichment-above-367 "True" --why "IAEA report"
    """
    from .. import claims as lib
    from ..store.events import default_actor

    with state.db.session() as session:
        c = lib.rate(session, slug, rating, why=why, actor=actor or default_actor())
        data = {"id": c.slug, "rating": c.rating}
    render(data, lambda: click.echo(f"Claim {slug} is rated {data['rating']!r}."), as_json=as_json)


@claim.command("show")
@click.argument("slug", metavar="ID")
@click.option(
    "--history",
    is_flag=True,
    help="Also list every change, citation change and check run, oldest first.",
)
@json_option
@pass_state
def claim_show(state: State, slug: str, history: bool, as_json: bool) -> None:
    """Show claim ID: statement, each quote in context, sources, revisions, latest checks.

    Example: factdb claim show iran-enrichment --history
    """
    from ..reads import claim_detail

    if history:  # the history reads the event log through the ORM
        from ..report import claim_history

        with state.db.session() as session:
            data = claim_detail(session, slug)
            data["history"] = claim_history(session, slug)
    else:
        with state.db.connect() as conn:
            data = claim_detail(conn, slug)
    render(data, lambda: _print_claim(data, history), as_json=as_json)


def _print_claim(data: dict[str, Any], history: bool) -> None:
    click.echo(f"{data['id']}  [{data['status']}]  tags: {', '.join(data['tags']) or '-'}")
    click.echo(f"  {data['statement']}")
    click.echo(f"  language: {data['language'] or 'of its first source'}")
    if data.get("rating"):
        click.echo(f"  rating: {data['rating']}")
    for i, cit in enumerate(data["citations"], 1):
        click.echo(f"\n  citation {i}: {cit['title'] or ''}")
        click.echo(f"    {cit['url']}")
        if cit["gone_since"]:
            click.echo(f"    source gone since {cit['gone_since'][:16].replace('T', ' ')} UTC")
        click.echo(f"    snapshot {cit['snapshot']} retrieved {cit['retrieved_at']}")
        context = f"…{cit['prefix']}[[{cit['exact']}]]{cit['suffix']}…".replace("\n", " ")
        click.echo(f"    {context}")
        if cit.get("pdf"):  # a PDF: its pages and PDFium character ranges
            where = ", ".join(
                f"page {p['page']} chars {p['start']}-{p['end']}" for p in cit["pdf"]["pages"]
            )
        else:
            where = (
                f"html {cit['html_start']}-{cit['html_end']}, "
                f"bytes {cit['byte_start']}-{cit['byte_end']}"
            )
        click.echo(f"    text {cit['text_start']}-{cit['text_end']}, {where}")
    click.echo("\n  revisions:")
    for r in data["revisions"]:
        why = f" — {r['why']}" if r["why"] else ""
        click.echo(f"    {r['number']}. {r['kind']} by {r['by']} at {r['at']}{why}")
    click.echo("\n  latest checks:" if data["checks"] else "\n  never checked")
    for r in data["checks"]:
        click.echo(f"    {label(r['status']):<5} {r['check']:<10} {r['detail']}")
    for rv in data["reviews"]:
        click.echo(f"    {_review_words(rv)}")
    if history:
        _print_history(data["history"])


def _review_words(rv: dict[str, Any]) -> str:
    """A review in words: "[supported] accepted by ann on 2026-12-04 (was needs review):
    why", then "review lapsed: …" when it no longer holds."""
    word = "accepted" if rv["verdict"] == "accept" else "rejected"
    line = (
        f"[{rv['check']}] {word} by {rv['by']} on {rv['at'][:10]} "
        f"(was {label(rv['answered'])}): {rv['why']}"
    )
    return line if rv["holds"] else f"{line}; review lapsed: {rv['lapsed']}"


def _print_history(entries: list[dict[str, Any]]) -> None:
    click.echo("\n  history:")
    for e in entries:
        why = f" — {e['why']}" if e.get("why") else ""
        click.echo(f"    {e['at']}  {e['kind']} by {e['by']}{why}")
        if "statement" in e and e["statement"]["before"] is not None:
            click.echo(f"      statement: {e['statement']['before']}")
            click.echo(f"             →   {e['statement']['after']}")
        if "status" in e:
            click.echo(f"      status: {e['status']['before']} → {e['status']['after']}")
        if "tags" in e:
            before, after = (", ".join(e["tags"][k] or []) for k in ("before", "after"))
            click.echo(f"      tags: {before} → {after}")
        if "language" in e:
            before, after = (e["language"][k] or "-" for k in ("before", "after"))
            click.echo(f"      language: {before} → {after}")
        for c in e.get("citations_added", []):
            click.echo(f"      + cites “{c['exact']}” (snapshot {str(c['snapshot'])[:12]})")
        for c in e.get("citations_removed", []):
            click.echo(f"      - no longer cites “{c['exact']}”")
        for r in e.get("results", []):
            click.echo(f"      {label(r['status']):<5} {r['check']:<10} {r['detail']}")
        if "review" in e:
            click.echo(f"      {_review_words(e['review'])}")


@cli.group("claims")
def claims_group() -> None:
    """Import and list claims."""


@claims_group.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--by", "actor", help="Who imports the claims.")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Replace claims changed since they were last imported (otherwise a conflict).",
)
@json_option
@pass_state
def claims_import(
    state: State, path: Path, actor: str | None, overwrite: bool, as_json: bool
) -> None:
    """Import claims from a YAML, JSON or CSV file, all or nothing.

    Each claim has id, statement, tags, source (URL) or snapshot, quote and optional
    prefix, suffix, occurrence and allow_gaps (true: an ellipsis in the quote stands for
    omitted words, as with --allow-gaps), and lang: the statement's language (a BCP 47
    tag such as de; default: its first source's). Importing again is idempotent. One bad row
    rejects the whole file, listing every bad row with its line or item number (a lone
    unknown lang is a usage error). A row that would change a claim changed since it was
    last imported (claim edit, cite, rebase, retract, or recorded by hand) is a conflict,
    listed the same way, unless --overwrite. In YAML and JSON a claim may carry a review,
    {verdict: accept or reject, why, by, check}: the claim is checked and the verdict
    recorded as `factdb review` records it (once; a review that cannot be recorded
    rejects the file).

    Example: factdb claims import sources/claims.yaml
    """
    from .. import claims as lib
    from ..store.events import default_actor

    with state.db.session() as session:
        report = lib.import_claims(
            session, path, actor=actor or default_actor(), overwrite=overwrite
        )
    render(
        report.to_json(),
        lambda: click.echo(
            f"{len(report.created)} created, {len(report.revised)} revised, "
            f"{len(report.unchanged)} unchanged."
        ),
        as_json=as_json,
    )


@claims_group.command("list")
@click.option("--tag", help="Only claims with this tag.")
@click.option("--source", help="Only claims citing this source (URL or id).")
@click.option(
    "--status",
    type=click.Choice(CLAIM_STATUSES + CHECK_FILTERS),
    help="Only active or retracted claims, or claims whose latest checks give this status "
    "(worst result wins; unverified: needs review).",
)
@json_option
@pass_state
def claims_list(
    state: State, tag: str | None, source: str | None, status: str | None, as_json: bool
) -> None:
    """List claims, each with its status and its latest checks' status.

    Example: factdb claims list --status unverified
    """
    from ..reads import claim_rows, list_claims

    with state.db.connect() as conn:
        data = claim_rows(conn, list_claims(conn, tag=tag, source=source, status=status))
    render(
        data,
        lambda: table(
            [
                (d["id"], d["status"], label(d["check"]), ", ".join(d["tags"]), d["statement"][:70])
                for d in data
            ],
            ["id", "status", "check", "tags", "statement"],
        ),
        as_json=as_json,
    )
