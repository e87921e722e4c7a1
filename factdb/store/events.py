"""The append-only event log: every change records who, what, when, before and after.

The log is hash-chained for tamper evidence: each event stores `hash`, the SHA-256 of its
canonical content (`canonical`), which includes `prev_hash`, the hash of the event before
it (by id). Editing, deleting or reordering an event breaks the chain, and
`factdb.integrity` finds where. Appends are serialized so the chain stays linear with
many writers: SQLite holds its write lock from BEGIN (see `factdb.store.db`), PostgreSQL takes a
transaction-scoped advisory lock before reading the chain head.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, text

from . import signing, tables
from .bulk import insert_columns
from .limits import check_row
from .types import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .models import Event
    from .tables import Reader

#: `prev_hash` of the first event in the log.
GENESIS = "0" * 64
#: pg_advisory_xact_lock key serializing appends to the event log ("factdb:event").
PG_LOCK_KEY = 0x66616374_64620001
#: Where a session keeps the chain head of its current transaction.
_HEAD = "factdb_event_head"

#: The fields an event's hash covers, besides `prev_hash`.
FIELDS = ("at", "actor", "action", "entity_type", "entity_id", "before", "after")


def default_actor() -> str:
    """Who is acting: $FACTDB_USER, else the login name."""
    user = os.environ.get("FACTDB_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "unknown"


def when(at: datetime) -> str:
    """One spelling for the same instant on both dialects: UTC, always with microseconds
    (a naive value is taken as UTC, as SQLite gives them back).

    >>> from datetime import datetime, timedelta, timezone
    >>> when(datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))))
    '2024-01-02T01:04:05.000000Z'
    """
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(event: dict[str, Any], prev_hash: str) -> bytes:
    """The bytes an event's hash covers: its fields and `prev_hash` as canonical JSON.

    >>> from datetime import datetime, UTC
    >>> canonical({"at": datetime(2024, 1, 2, tzinfo=UTC), "actor": "ann", "action": "x",
    ...            "entity_type": "claim", "entity_id": "c", "before": None,
    ...            "after": {"b": 1, "a": "é"}}, "0" * 4)
    b'{"action":"x","actor":"ann","after":{"a":"\\xc3\\xa9","b":1},"at":"2024-01-02T00:00:00.000000Z","before":null,"entity_id":"c","entity_type":"claim","prev_hash":"0000"}'
    """
    data: dict[str, Any] = {name: event.get(name) for name in FIELDS}
    for name in ("before", "after"):
        # As the JSON column will give it back (tuples as lists, keys as strings).
        if data[name] is not None:
            data[name] = json.loads(json.dumps(data[name]))
    data["at"] = when(data["at"])
    data["entity_id"] = str(data["entity_id"])
    data["prev_hash"] = prev_hash
    return _CANONICAL.encode(data).encode()


#: Encodes exactly as json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False),
#: without building an encoder per call.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str:
    """`value` as the canonical JSON text an event's hash covers (sorted keys, no spaces,
    non-ASCII as is).

    >>> canonical_json({"b": [1, None], "a": "\u00e9"})
    '{"a":"\u00e9","b":[1,null]}'
    """
    return _CANONICAL.encode(value)


def event_hash(event: dict[str, Any], prev_hash: str) -> str:
    """SHA-256 (hex) of the event's canonical content chained to `prev_hash`."""
    return hashlib.sha256(canonical(event, prev_hash)).hexdigest()


def as_dict(event: Event) -> dict[str, Any]:
    """The hashed fields of a stored event."""
    return {name: getattr(event, name) for name in FIELDS}


def _head(session: Session) -> str:
    """The hash the next event chains to, taking the append lock on first use."""
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD)
    if cached is not None and cached[0] is transaction:
        return cached[1]
    return _read_head(session.connection())


def _read_head(conn: Connection) -> str:
    """The hash of the last event, once the append lock is taken (PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        # Held until commit: no other transaction reads the head before we have appended.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
    t = tables.event
    last = conn.execute(select(t.c.hash).order_by(t.c.id.desc()).limit(1)).first()
    # A log begun before chaining (hash NULL) chains on from the genesis value.
    return last[0] if last is not None and last[0] else GENESIS


def _set_head(session: Session, head: str) -> None:
    session.info[_HEAD] = (session.get_transaction(), head)


def chain_head(session: Session) -> str:
    """The hash the next event chains to, any pending ORM event flushed first (for a
    caller that builds events' rows itself, `shared_columns`, and then `set_head`)."""
    session.flush()
    return _head(session)


def set_head(session: Session, head: str) -> None:
    """Record `head` as the hash of the last event this transaction appended."""
    _set_head(session, head)


def row(
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """An event as a plain row, for bulk inserts of many events at once (`insert_many`
    chains them)."""
    return {
        "at": at or utcnow(),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": str(entity_id),
        "before": before,
        "after": after,
    }


def _sealed(fields: dict[str, Any], prev: str) -> tuple[str, str | None]:
    """An event's hash chained to `prev`, and its signature when a signing key is set."""
    digest = event_hash(fields, prev)
    key = signing.signer()
    return digest, None if key is None else signing.sign(key, digest)


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> Event:
    """Append one event to the log in the caller's transaction, chained to the last one."""
    from .models import Event

    fields = row(
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=before,
        after=after,
    )
    prev = _head(session)
    digest, signature = _sealed(fields, prev)
    event = Event(**fields, prev_hash=prev, hash=digest, signature=signature)
    session.add(event)
    # Flush now: ids must follow chain order, also when Core inserts come next.
    session.flush()
    _set_head(session, digest)
    return event


def append(
    db: Reader,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str | int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """`record` through Core, in the transaction of `db` (a session or a Core connection):
    the same row, hash and signature, without loading the ORM. In a session, pending ORM
    changes are flushed first and the chain head it keeps is moved on, as `record` does."""
    fields = row(
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=before,
        after=after,
    )
    if isinstance(db, Connection):
        session = None
        conn = db
        prev = _read_head(conn)
    else:
        session = db
        session.flush()
        prev = _head(session)
        conn = session.connection()
    digest, signature = _sealed(fields, prev)
    values = {**fields, "prev_hash": prev, "hash": digest}
    if signature is not None:
        values["signature"] = signature
    check_row(tables.event, values.items())  # as the ORM's flush checks `record`'s event
    # `before` None is stored as the JSON column stores it from the ORM (JSON null).
    conn.execute(insert(tables.event).values(**values))
    if session is not None:
        _set_head(session, digest)


#: `shared_columns`' default key: `signing.signer()`, read when called.
_SIGNER: Any = object()


def insert_shared(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_ids: Sequence[str],
    afters: Sequence[str | None],
) -> None:
    """`insert_many(encoded=True)` for events that share their time, actor, action and
    entity type and have no `before` (a bulk import's `claim.create` events): the same
    rows and hashes, with the shared parts of each hashed text built once and stored as
    one value each. `afters` are canonical JSON texts (`canonical_json`) or None."""
    if not entity_ids:
        return
    session.flush()  # any pending ORM event goes first, as it was recorded first
    columns, same, prev = shared_columns(
        _head(session),
        at=at,
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_ids=entity_ids,
        afters=afters,
    )
    from .models import Event

    # One executemany, in order: ids follow the chain.
    insert_columns(
        session.connection(), Event.__table__, columns, same=same, processed=("before", "after")
    )
    _set_head(session, prev)


def shared_columns(
    prev: str,
    *,
    at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_ids: Sequence[str],
    afters: Sequence[str | None],
    key: Any = _SIGNER,
) -> tuple[dict[str, Sequence[Any]], dict[str, Any], str]:
    """The rows `insert_shared` inserts, chained after the hash `prev`: their columns
    (for `insert_columns`), the values they share, and the last row's hash (the new
    head). `key` signs them (default: `signing.signer()`)."""
    encode = _CANONICAL.encode
    sha256 = hashlib.sha256
    # `canonical`'s text in sorted key order: head, after, middle, entity id, tail, prev.
    head = f'{{"action":{encode(action)},"actor":{encode(actor)},"after":'
    middle = f',"at":{encode(when(at))},"before":null,"entity_id":'
    tail = f',"entity_type":{encode(entity_type)},"prev_hash":"'
    prevs: list[str] = []
    hashes: list[str] = []
    ids = [str(i) for i in entity_ids]
    # What `encode` does with a string, without its Python-level dispatch.
    string = json.encoder.encode_basestring  # type: ignore[attr-defined]
    for entity_id, after in zip(ids, afters, strict=True):
        prevs.append(prev)
        data = f'{head}{after or "null"}{middle}{string(entity_id)}{tail}{prev}"}}'
        prev = sha256(data.encode()).hexdigest()
        hashes.append(prev)
    columns: dict[str, Sequence[Any]] = {
        "entity_id": ids,
        "after": afters,
        "prev_hash": prevs,
        "hash": hashes,
    }
    if key is _SIGNER:
        key = signing.signer()
    if key is not None:
        columns["signature"] = [signing.sign(key, digest) for digest in hashes]
    same = {
        "at": at,
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "before": None,
    }
    return columns, same, prev


def insert_many(
    session: Session,
    rows: list[dict[str, Any]],
    *,
    plain: bool = False,
    encoded: bool = False,
) -> None:
    """Append many events (built with `row`) in the caller's transaction, in order, chained.

    With `plain`, the caller promises that every `before`/`after` is already what the JSON
    column gives back (dicts with string keys, lists, strings, numbers, booleans, None), so
    hashing skips the JSON round trip that `canonical` makes; the hashes are the same.
    Each state is encoded to JSON once: the canonical text is both hashed and stored.
    With `encoded`, every `before`/`after` is already that text (`canonical_json` of a
    plain state, or None), as a caller that builds many states can write it directly.
    """
    if not rows:
        return
    session.flush()  # any pending ORM event goes first, as it was recorded first
    prev = _head(session)
    hashes: list[str] = []
    prevs: list[str] = []
    befores: list[str | None] = []
    afters: list[str | None] = []
    encode = _CANONICAL.encode
    sha256 = hashlib.sha256
    last_at: Any = None
    stamp = ""
    # Actions, actors and entity types repeat across a bulk append: encode each once.
    names: dict[Any, str] = {}

    def name(value: Any) -> str:
        encoded = names.get(value)
        if encoded is None:
            encoded = names[value] = encode(value)
        return encoded

    for fields in rows:
        at = fields["at"]
        if at is not last_at:  # one import stamps every event with the same `now`
            last_at, stamp = at, encode(when(at))
        before, after = fields.get("before"), fields.get("after")
        if encoded:
            before_json, after_json = before, after
        else:
            if not plain:
                # As the JSON column will give it back (tuples as lists, keys as strings).
                before = None if before is None else json.loads(json.dumps(before))
                after = None if after is None else json.loads(json.dumps(after))
            before_json = None if before is None else encode(before)
            after_json = None if after is None else encode(after)
        befores.append(before_json)
        afters.append(after_json)
        # `canonical`'s bytes, put together from the parts in sorted key order.
        data = "".join(
            (
                '{"action":',
                name(fields.get("action")),
                ',"actor":',
                name(fields.get("actor")),
                ',"after":',
                after_json or "null",
                ',"at":',
                stamp,
                ',"before":',
                before_json or "null",
                ',"entity_id":',
                encode(str(fields.get("entity_id"))),
                ',"entity_type":',
                name(fields.get("entity_type")),
                ',"prev_hash":"',
                prev,
                '"}',
            )
        )
        prevs.append(prev)
        prev = sha256(data.encode()).hexdigest()
        hashes.append(prev)
    columns = {name: [fields.get(name) for fields in rows] for name in FIELDS}
    key = signing.signer()
    if key is not None:
        columns["signature"] = [signing.sign(key, digest) for digest in hashes]
    # The states go in as the canonical JSON text just hashed; both dialects store it as
    # JSON (PostgreSQL casts the parameter) and give back the same values.
    columns["before"], columns["after"] = befores, afters
    from .models import Event

    # One executemany, in order: ids follow the chain.
    insert_columns(
        session.connection(),
        Event.__table__,
        {**columns, "prev_hash": prevs, "hash": hashes},
        processed=("before", "after"),
    )
    _set_head(session, prev)
