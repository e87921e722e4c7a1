"""Trusted timestamps (RFC 3161): an outside witness that a snapshot, or the event log up
to its head, existed at a time.

A SHA-256 proves that bytes did not change since they were stored, not when they were
stored. A time-stamping authority (TSA) signs a digest together with the time it saw it;
its reply, a TimeStampResp, is kept exactly as received (`TimestampToken.reply`):

- a snapshot's token imprints the SHA-256 of its bytes (`subject`: the snapshot's digest);
- the event log's token imprints the head event's hash, which is the SHA-256 of that
  event's canonical content (`factdb.store.events.canonical`), chained to every event
  before it: so one token dates the whole log up to the head.

A reply is checked before it is stored (`check_reply`): granted, the imprint is the
digest asked about, the nonce is ours, and, given trusted roots (`--tsa-ca`), the CMS
signature and certificate chain verify at the token's time (the TSA certificate must be
valid then and carry the critical timeStamping extended key usage). `factdb fsck` checks
every stored token the same way and reports its time. Parsing and verification are
rfc3161-client's (Trail of Bits, used by sigstore): no ASN.1 is written here. It reads
strict DER: a reply whose certificate SET is not in DER order is refused as unreadable.

The TSA is asked outside any database transaction; each token is then stored in its own
transaction with a `timestamp.add` event.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from .errors import FactdbError, TimestampError, UsageError
from .store import events
from .store.db import Database
from .store.lookups import find_snapshot, snapshot_bytes, verify_snapshot
from .store.models import Event, Snapshot, TimestampToken

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

    from .files import Keep

SNAPSHOT = "snapshot"
HEAD = "event-head"
#: Environment variables: the TSA to ask, and the trusted roots (PEM files, separated by
#: the path separator) that `timestamp` and `fsck` verify tokens against.
TSA_ENV = "FACTDB_TSA_URL"
CA_ENV = "FACTDB_TSA_CA"
SHA256_OID = "2.16.840.1.101.3.4.2.1"


@dataclass(frozen=True)
class TokenInfo:
    """What a checked reply vouches for."""

    gen_time: datetime
    serial: str
    #: Whether the signature and certificate chain were verified against trusted roots.
    chain_verified: bool


@dataclass(frozen=True)
class Stamp:
    """One stored token, as commands report it."""

    kind: str
    subject: str
    tsa: str
    gen_time: datetime
    serial: str
    chain_verified: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "tsa": self.tsa,
            "time": self.gen_time.isoformat(),
            "serial": self.serial,
            "chain_verified": self.chain_verified,
        }


def tsa_url(url: str | None) -> str:
    """The TSA to ask: `url`, else $FACTDB_TSA_URL; an http(s) URL."""
    url = url or os.environ.get(TSA_ENV)
    if not url:
        raise UsageError(f"name a time-stamping authority: --tsa URL (or ${TSA_ENV})")
    if not url.lower().startswith(("http://", "https://")):
        raise UsageError(f"--tsa {url!r} is not an http(s) URL")
    return url


def load_roots(paths: Sequence[str | Path] | None) -> list[Certificate]:
    """The trusted root certificates in these PEM (or DER) files; with none given, those
    of $FACTDB_TSA_CA, else none (tokens' chains are then left unverified)."""
    from cryptography import x509

    if not paths:
        env = os.environ.get(CA_ENV)
        paths = [p for p in env.split(os.pathsep) if p] if env else []
    roots: list[Certificate] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UsageError(f"--tsa-ca {path}: {exc.strerror or exc}") from None
        try:
            if b"-----BEGIN" in data:
                roots.extend(x509.load_pem_x509_certificates(data))
            else:
                roots.append(x509.load_der_x509_certificate(data))
        except ValueError:
            raise UsageError(f"--tsa-ca {path}: no certificate in it (PEM or DER)") from None
    return roots


def check_reply(
    reply: bytes, digest_hex: str, *, roots: Sequence[Certificate], nonce: int | None = None
) -> TokenInfo:
    """Check a TimeStampResp for `digest_hex` (SHA-256); raise TimestampError saying why
    it does not vouch for it."""
    from cryptography import x509
    from rfc3161_client import (
        PKIStatus,
        VerificationError,
        VerifierBuilder,
        decode_timestamp_response,
    )

    try:
        response = decode_timestamp_response(reply)
    except ValueError:
        start = reply[:40].decode("ascii", "replace").split("\n")[0].strip()
        raise TimestampError(
            f"the reply is not an RFC 3161 time-stamp reply ({len(reply)} bytes"
            + (f", starting {start!r})" if start.isprintable() and start else ")")
        ) from None
    if response.status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        text = "; ".join(response.status_string) or "no reason given"
        raise TimestampError(f"the TSA refused: status {response.status} ({text})")
    info = response.tst_info
    imprint = info.message_imprint
    if imprint.hash_algorithm != x509.ObjectIdentifier(SHA256_OID):
        raise TimestampError(f"the token imprints a {imprint.hash_algorithm.dotted_string} digest")
    if imprint.message != bytes.fromhex(digest_hex):
        raise TimestampError(
            f"the token is for other bytes: it imprints {imprint.message.hex()}, not {digest_hex}"
        )
    if nonce is not None and info.nonce != nonce:
        raise TimestampError("the token's nonce is not the one asked with (a replayed reply)")
    if roots:
        builder = VerifierBuilder()
        for root in roots:
            builder = builder.add_root_certificate(root)
        try:
            builder.build().verify(response, imprint.message)
        except VerificationError as exc:
            raise TimestampError(
                f"the token's signature or certificate does not verify against the "
                f"trusted roots: {exc}"
            ) from None
    return TokenInfo(info.gen_time, str(info.serial_number), bool(roots))


def ask(
    url: str, data: bytes, digest_hex: str, *, roots: Sequence[Certificate], timeout: float
) -> tuple[bytes, TokenInfo]:
    """Ask the TSA at `url` to stamp `data` (whose SHA-256 is `digest_hex`); the checked
    reply. Raises TimestampError for a TSA that is down, answers an HTTP error, or
    answers anything but a valid token for this digest."""
    import httpx
    from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

    request = TimestampRequestBuilder(
        data=data, hash_algorithm=HashAlgorithm.SHA256, nonce=True, cert_req=True
    ).build()
    try:
        answer = httpx.post(
            url,
            content=request.as_bytes(),
            headers={"Content-Type": "application/timestamp-query"},
            timeout=timeout,
        )
    except httpx.HTTPError as exc:
        raise TimestampError(f"TSA {url}: {type(exc).__name__}: {exc or 'no answer'}") from None
    if answer.status_code != 200:
        raise TimestampError(f"TSA {url} answered HTTP {answer.status_code}")
    try:
        return answer.content, check_reply(
            answer.content, digest_hex, roots=roots, nonce=request.nonce
        )
    except TimestampError as exc:
        raise TimestampError(f"TSA {url}: {exc}") from None


def _store(
    db: Database, kind: str, subject: str, url: str, reply: bytes, info: TokenInfo, actor: str
) -> Stamp:
    with db.session() as session:
        token = TimestampToken(
            kind=kind,
            subject=subject,
            tsa_url=url,
            reply=reply,
            gen_time=info.gen_time,
            serial=info.serial,
            created_by=actor,
        )
        session.add(token)
        session.flush()
        events.record(
            session,
            actor=actor,
            action="timestamp.add",
            entity_type="timestamp",
            entity_id=token.id,
            after={
                "kind": kind,
                "subject": subject,
                "tsa": url,
                "time": info.gen_time.isoformat(),
                "serial": info.serial,
                "reply_sha256": hashlib.sha256(reply).hexdigest(),
            },
        )
    return Stamp(kind, subject, url, info.gen_time, info.serial, info.chain_verified)


def stamp_snapshot(
    db: Database,
    ref: str,
    *,
    url: str,
    roots: Sequence[Certificate],
    actor: str,
    timeout: float = 30.0,
) -> Stamp:
    """Ask the TSA to stamp a snapshot's bytes (after re-hashing them) and store the token."""
    with db.snapshot() as session:
        snapshot = find_snapshot(session, ref)
        problem = verify_snapshot(snapshot)
        if problem:
            raise TimestampError(f"snapshot {snapshot.sha256[:12]}: {problem}; not stamped")
        digest, raw = snapshot.sha256, snapshot_bytes(snapshot)
    reply, info = ask(url, raw, digest, roots=roots, timeout=timeout)
    return _store(db, SNAPSHOT, digest, url, reply, info, actor)


def stamp_head(
    db: Database,
    *,
    url: str,
    roots: Sequence[Certificate],
    actor: str,
    timeout: float = 30.0,
) -> Stamp:
    """Ask the TSA to stamp the event log's head (the canonical content of the last event,
    whose SHA-256 is its hash) and store the token."""
    with db.snapshot() as session:
        last = session.scalars(select(Event).order_by(Event.id.desc()).limit(1)).first()
        if last is None or not last.hash:
            raise TimestampError("the event log is empty (or unchained): nothing to stamp")
        content = events.canonical(events.as_dict(last), last.prev_hash or events.GENESIS)
        if hashlib.sha256(content).hexdigest() != last.hash:
            raise TimestampError(
                f"the head event {last.id} does not hash as recorded: run factdb fsck"
            )
        head = last.hash
    reply, info = ask(url, content, head, roots=roots, timeout=timeout)
    return _store(db, HEAD, head, url, reply, info, actor)


def has_token(session: Session, digest: str) -> bool:
    return bool(session.scalar(select(exists().where(TimestampToken.subject == digest))))


@dataclass(frozen=True)
class TokenCheck:
    """fsck's verdict on one stored token: its stamp, and what is wrong (None: nothing)."""

    id: int
    stamp: Stamp
    problem: str | None


def verify_tokens(session: Session, roots: Sequence[Certificate]) -> list[TokenCheck]:
    """Check every stored token: it still reads, vouches for its subject's digest, names
    a snapshot or event that exists, agrees with its stored time, and (given roots) its
    signature and chain verify."""
    out = []
    for token in session.scalars(select(TimestampToken).order_by(TimestampToken.id)):
        problem: str | None = None
        chain = False
        try:
            info = check_reply(token.reply, token.subject, roots=roots)
            chain = info.chain_verified
            if info.gen_time != token.gen_time or info.serial != token.serial:
                problem = (
                    f"its recorded time {token.gen_time.isoformat()} or serial {token.serial} "
                    f"is not the token's ({info.gen_time.isoformat()}, {info.serial})"
                )
        except TimestampError as exc:
            problem = str(exc)
        except ValueError as exc:  # a subject that is no hex digest
            problem = f"its subject is no digest: {exc}"
        if problem is None:
            if token.kind == SNAPSHOT:
                found = exists().where(Snapshot.sha256 == token.subject)
                missing = "no snapshot has that digest"
            else:
                found = exists().where(Event.hash == token.subject)
                missing = "no event of the log has that hash: events were cut or edited"
            if not session.scalar(select(found)):
                problem = missing
        stamp = Stamp(token.kind, token.subject, token.tsa_url, token.gen_time, token.serial, chain)
        out.append(TokenCheck(token.id, stamp, problem))
    return out


def export_tokens(session: Session, folder: Path, keep: Keep = ()) -> list[Path]:
    """Write every token's reply as FOLDER/<kind>-<subject>-<id>.tsr (DER), which
    `openssl ts -verify -in FILE -digest SUBJECT -CAfile CA.pem` verifies.

    Each file is written whole or not at all and never over a file in `keep` (the
    database's own files): see `factdb.files.write_atomic`."""
    from .files import write_atomic

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FactdbError(f"{folder}: cannot write: {exc.strerror or exc}") from None
    written = []
    for token in session.scalars(select(TimestampToken).order_by(TimestampToken.id)):
        path = folder / f"{token.kind}-{token.subject}-{token.id}.tsr"
        write_atomic(path, token.reply, keep=keep)
        written.append(path)
    return written
