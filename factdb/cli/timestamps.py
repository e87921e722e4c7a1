"""`factdb timestamp`: have a time-stamping authority (RFC 3161) vouch for snapshots or the
event log's head."""

from __future__ import annotations

import click

from ..errors import FactdbError, UsageError
from .app import State, cli, pass_state
from .output import error, json_option, render, tsa_options


@cli.command("timestamp")
@click.argument("snapshots", nargs=-1, metavar="[SNAPSHOT]...")
@click.option("--head", is_flag=True, help="Stamp the event log's head hash instead.")
@tsa_options
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds allowed for the TSA's answer.",
)
@click.option("--by", "actor", help="Who asks (default: $FACTDB_USER or the login name).")
@json_option
@pass_state
def timestamp(
    state: State,
    snapshots: tuple[str, ...],
    head: bool,
    tsa: str | None,
    tsa_ca: tuple[str, ...],
    timeout: float,
    actor: str | None,
    as_json: bool,
) -> None:
    """Have a time-stamping authority sign snapshots' digests, or the event log's head.

    The TSA (RFC 3161) signs the SHA-256 of each SNAPSHOT's bytes (a digest or a unique
    prefix), or with --head the hash of the event log's last event, which chains every
    event before it; its signed reply (the token) is checked, then stored with its time.
    With --tsa-ca, the token's signature and certificate chain must verify against those
    roots. `factdb fsck` verifies every stored token; `factdb export timestamps` writes
    them for `openssl ts -verify`. A TSA that is down, or answers anything but a valid
    token for the digest, is one line and stores nothing. Exits 1 if any failed.

    Example: factdb timestamp --tsa https://freetsa.org/tsr --tsa-ca cacert.pem --head
    """
    from .. import timestamps
    from ..store.events import default_actor

    if head == bool(snapshots):
        raise UsageError("name snapshots to stamp, or --head (not both)")
    url = timestamps.tsa_url(tsa)
    roots = timestamps.load_roots(tsa_ca)
    who = actor or default_actor()
    stamps = []
    failures = []
    if head:
        stamps.append(timestamps.stamp_head(state.db, url=url, roots=roots, actor=who,
                                            timeout=timeout))  # fmt: skip
    for ref in snapshots:
        try:
            stamps.append(
                timestamps.stamp_snapshot(
                    state.db, ref, url=url, roots=roots, actor=who, timeout=timeout
                )  # fmt: skip
            )
        except FactdbError as exc:
            if len(snapshots) == 1:
                raise
            failures.append(f"{ref}: {exc}")

    def show() -> None:
        for s in stamps:
            what = "event log head" if s.kind == timestamps.HEAD else "snapshot"
            chain = "" if s.chain_verified else " (chain not verified: no --tsa-ca)"
            click.echo(
                f"Stamped {what} {s.subject[:12]}: {s.gen_time.isoformat()} by {s.tsa}, "
                f"serial {s.serial}{chain}"
            )

    render([s.to_json() for s in stamps], show, as_json=as_json)
    for line in failures:
        error(line)
    if failures:
        raise SystemExit(1)
