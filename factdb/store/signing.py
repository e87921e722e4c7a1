"""Signed events: an Ed25519 key held outside the database signs each event's hash.

The hash chain shows an edited event, but someone with write access to the database can
rewrite the whole chain from the edit on and recompute every hash. With a signing key
(`FACTDB_SIGNING_KEY`), each event also carries the signature of its hash
(`Event.signature`); without the key, a rewritten chain cannot be signed, and `factdb
fsck` run with the key, or with its public half (`FACTDB_VERIFY_KEY`), names every event
whose signature is missing or wrong.

Keys: `FACTDB_SIGNING_KEY` is an Ed25519 private key, given as a PEM text, 64 hex digits
(the 32-byte seed), or the path of a file holding either; `FACTDB_VERIFY_KEY` is the
public key as a PEM text, 64 hex digits, or the path of a file holding either.
`cryptography` is imported only when a key is set.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UsageError

SIGNING_ENV = "FACTDB_SIGNING_KEY"
VERIFY_ENV = "FACTDB_VERIFY_KEY"

_HEX_KEY = re.compile(r"[0-9a-fA-F]{64}")


def _key_text(env: str, value: str) -> str:
    value = value.strip()
    if value.startswith("-----BEGIN") or _HEX_KEY.fullmatch(value):
        return value
    path = Path(value).expanduser()
    try:
        return path.read_text().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            f"{env}: not a key (PEM or 64 hex digits) nor a readable key file: {value}"
        ) from exc


def _need_cryptography(env: str) -> None:
    try:
        import cryptography  # noqa: F401
    except ImportError as exc:
        raise UsageError(
            f"{env} is set, but signing needs the cryptography package "
            "(pip install 'factdb[signing]')"
        ) from exc


@lru_cache(maxsize=4)
def _private_key(value: str) -> Any:
    _need_cryptography(SIGNING_ENV)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    text = _key_text(SIGNING_ENV, value)
    try:
        if _HEX_KEY.fullmatch(text):
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text))
        key = serialization.load_pem_private_key(text.encode(), password=None)
    except (ValueError, TypeError) as exc:
        raise UsageError(f"{SIGNING_ENV}: not an Ed25519 private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UsageError(f"{SIGNING_ENV}: not an Ed25519 private key")
    return key


@lru_cache(maxsize=4)
def _public_key(value: str) -> Any:
    _need_cryptography(VERIFY_ENV)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    text = _key_text(VERIFY_ENV, value)
    try:
        if _HEX_KEY.fullmatch(text):
            return Ed25519PublicKey.from_public_bytes(bytes.fromhex(text))
        key = serialization.load_pem_public_key(text.encode())
    except (ValueError, TypeError) as exc:
        raise UsageError(f"{VERIFY_ENV}: not an Ed25519 public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(f"{VERIFY_ENV}: not an Ed25519 public key")
    return key


def signer() -> Any | None:
    """The private key events are signed with now (None: `FACTDB_SIGNING_KEY` is unset)."""
    value = os.environ.get(SIGNING_ENV)
    return _private_key(value) if value else None


def verifier() -> Any | None:
    """The public key to verify signatures with: `FACTDB_VERIFY_KEY`, else the public half
    of `FACTDB_SIGNING_KEY`; None when neither is set."""
    value = os.environ.get(VERIFY_ENV)
    if value:
        return _public_key(value)
    key = signer()
    return None if key is None else key.public_key()


def sign(key: Any, digest: str) -> str:
    """The signature (128 hex digits) of an event's hash."""
    return str(key.sign(digest.encode("ascii")).hex())


def verify(key: Any, digest: str, signature: str) -> bool:
    """Whether `signature` is `key`'s signature of the event hash `digest`."""
    from cryptography.exceptions import InvalidSignature

    try:
        key.verify(bytes.fromhex(signature), digest.encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True


def public_key_hex(key: Any) -> str:
    """The raw public key as 64 hex digits (what `FACTDB_VERIFY_KEY` takes)."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return str(raw.hex())
