"""Signed entries: append-only records that say who wrote them, checkable by anyone.

The board (needs, offers) and the community fund keep their content as *entries*: a map
``entries`` whose values are sealed texts, one JSON string each::

    {"by": "<signer's public key, hex>", "record": {...}, "sig": "<Ed25519, hex>"}

The signature covers a domain-separated message naming the document and the canonical
JSON of the record, so an entry can't be replayed into another document, and the map key
is derived from the sealed text (the first 15 bytes of its SHA-256, base32), so an entry
can't be moved to another key either. One string is one Automerge value: concurrent writers
never mix one entry's parts. Entries are never changed or removed; :func:`check_entries`,
called by the one verification function, refuses a batch that does, or that adds an entry
that does not open (bad signature, wrong key, a record a rule refuses).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from edunode import identity
from edunode.controls import has_control

DOMAIN = b"edunode/signed-entry/v1\x00"
MAX_SEALED = 4_000  # characters of one sealed entry
MAX_ENTRIES = 10_000  # entries in one document
MAX_LAMPORT = 2**53


@dataclass(frozen=True)
class Entry:
    id: str
    by: bytes  # the signer's public key
    record: dict[str, Any]

    @property
    def node_id(self) -> str:
        return identity.node_id_from_public_key(self.by)

    @property
    def lamport(self) -> int:
        value = self.record.get("lamport")
        return value if isinstance(value, int) else 0


def canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def message(doc_id: str, record: Mapping[str, Any]) -> bytes:
    return DOMAIN + doc_id.encode() + b"\x00" + canonical_json(record).encode()


def entry_id(sealed: str) -> str:
    return base64.b32encode(hashlib.sha256(sealed.encode()).digest()[:15]).decode().lower()


def seal(signer: identity.NodeIdentity, doc_id: str, record: Mapping[str, Any]) -> tuple[str, str]:
    """(entry ID, sealed text) of ``record`` signed by ``signer`` for ``doc_id``."""
    sig = signer.sign(message(doc_id, record))
    sealed = canonical_json(
        {"by": signer.public_key.hex(), "record": dict(record), "sig": sig.hex()}
    )
    return entry_id(sealed), sealed


def now() -> str:
    """When an entry is written: UTC, to the second (claimed by the signer, shown as such)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _plain_value(value: object, depth: int = 0) -> bool:
    if isinstance(value, str):
        return not has_control(value, lines=True)
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int):
        return -MAX_LAMPORT <= value <= MAX_LAMPORT
    if isinstance(value, list) and depth == 0:
        return len(value) <= 100 and all(_plain_value(v, 1) for v in value)
    return False


def unseal(doc_id: str, key: object, sealed: object) -> Entry | None:
    """The entry stored under ``key``, or None when it does not open: not a sealed text,
    key not derived from it, bad signature, or a record of anything but strings without
    control characters (but a note's newlines), integers, booleans and flat lists."""
    if not isinstance(key, str) or not isinstance(sealed, str) or len(sealed) > MAX_SEALED:
        return None
    if entry_id(sealed) != key:
        return None
    try:
        outer = json.loads(sealed)
    except ValueError:
        return None
    if not isinstance(outer, dict) or set(outer) != {"by", "record", "sig"}:
        return None
    by, record, sig = outer["by"], outer["record"], outer["sig"]
    if not (isinstance(by, str) and isinstance(sig, str) and isinstance(record, dict)):
        return None
    try:
        by_key, sig_bytes = bytes.fromhex(by), bytes.fromhex(sig)
    except ValueError:
        return None
    if len(by_key) != 32 or not all(
        isinstance(k, str) and _plain_value(v) for k, v in record.items()
    ):
        return None
    if not identity.verify_signature(by_key, message(doc_id, record), sig_bytes):
        return None
    return Entry(id=key, by=by_key, record=record)


def entries(doc_id: str, state: Mapping[str, Any] | None) -> list[Entry]:
    """Every entry of a document's state that opens, in (lamport, ID) order."""
    raw = state.get("entries") if state else None
    if not isinstance(raw, dict):
        return []
    found = [e for e in (unseal(doc_id, k, v) for k, v in raw.items()) if e is not None]
    return sorted(found, key=lambda e: (e.lamport, e.id))


def next_lamport(found: list[Entry]) -> int:
    """One more than the highest Lamport number of the entries this PC holds."""
    return max((e.lamport for e in found), default=0) + 1


# Given a new entry and the document's state after the batch: "" when acceptable, else why not.
EntryRule = Callable[[Entry, Mapping[str, Any]], str]


def check_entries(
    doc_id: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    rule: EntryRule,
) -> str:
    """Why a batch that turned ``before`` into ``after`` is refused, or "": entries only
    added, never changed or removed; each new one opens and satisfies ``rule``."""
    old = before.get("entries") if before else None
    new = after.get("entries")
    old = old if isinstance(old, dict) else {}
    if new is None and not old:
        return ""
    if not isinstance(new, dict):
        return "the document's entries were replaced by something else"
    if len(new) > MAX_ENTRIES:
        return f"more than {MAX_ENTRIES:,} entries in one document"
    for key, value in old.items():
        if new.get(key) != value:
            return "a signed entry was changed or removed (entries are never changed)"
    for key, value in new.items():
        if key in old:
            continue
        entry = unseal(doc_id, key, value)
        if entry is None:
            return "an entry's signature does not verify (or the entry is damaged)"
        if not 1 <= entry.lamport <= MAX_LAMPORT:
            return "an entry has no valid Lamport number"
        why = rule(entry, after)
        if why:
            return why
    return ""
