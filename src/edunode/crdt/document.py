"""Typed helpers over an Automerge document: create, load, read, write, apply changes.

automerge 1.0.0rc1 has no ``apply_changes``. ``receive_sync_message`` applies changes
incrementally and queues those whose dependencies are missing, so received changes are
applied by wrapping them in a sync message (format: 0x42, heads, need, have, changes; see
docs/decisions/0002-applying-changes.md). We always use a change's *uncompressed* bytes
(``raw_bytes``): their SHA-256 (after the 8-byte magic+checksum header) is the change hash.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple, TypeAlias, cast

import automerge.core as am

from edunode.crdt.binary import sync_message

ROOT = am.ROOT


Document = am.Document
Transaction = am.Transaction
Readable: TypeAlias = am.Document | am.Transaction  # what the read helpers accept

# A document's contents as plain Python, as :func:`read` returns them: maps → dict, lists →
# list, text → str, bytes → bytes. Received documents are checked for who wrote them, not
# for their shape, so readers narrow each value (isinstance) before using it.
Scalar: TypeAlias = str | bytes | int | float | bool | datetime | None
Plain: TypeAlias = dict[str, "Plain"] | list["Plain"] | Scalar

# What automerge 1.0.0rc1 really hands back for a value, where its stubs say otherwise: a
# Bytes scalar's data is a list of ints (its stubs say bytes). Values enter as this type.
_Data: TypeAlias = Scalar | list[int]
_Value: TypeAlias = am.ObjType | tuple[am.ScalarType, _Data]


def _values(doc: Readable, obj: bytes) -> list[tuple[_Value, bytes]]:
    return cast("list[tuple[_Value, bytes]]", doc.values(obj))


def _get(doc: Readable, obj: bytes, key: str) -> tuple[_Value, bytes] | None:
    return cast("tuple[_Value, bytes] | None", doc.get(obj, key))


class ChangeInfo(NamedTuple):
    """One change as stored and sent: its bytes plus the facts Automerge decoded from them.
    (Named tuples: a bulk sync makes tens of thousands of these and of Header.)"""

    hash: bytes
    actor: bytes
    seq: int
    deps: tuple[bytes, ...]
    data: bytes


def info(change: am.Change) -> ChangeInfo:
    c = change
    return ChangeInfo(
        hash=bytes(c.hash),
        actor=bytes(c.actor_id),
        seq=int(c.seq),
        deps=tuple(bytes(d) for d in c.deps),
        data=bytes(c.raw_bytes),
    )


def changes_since(doc: Readable, heads: list[bytes]) -> list[ChangeInfo]:
    """Changes in ``doc`` that are not ancestors of ``heads`` (all of them for ``[]``).

    Automerge returns *every* change when a head is unknown, so callers pass only heads
    the document knows (see :func:`known_heads`).
    """
    return [info(c) for c in doc.get_changes(heads)]


def apply(doc: am.Document, changes: list[bytes]) -> None:
    """Apply changes to ``doc`` in place. Changes with missing deps are queued by Automerge."""
    if changes:
        doc.receive_sync_message(am.SyncState(), am.Message.decode(sync_message(changes)))


def new_document(actor: bytes) -> am.Document:
    return am.Document(actor)


def load(data: bytes, actor: bytes) -> am.Document:
    doc = am.Document.load(data)
    doc.set_actor(actor)
    return doc


def heads(doc: Readable) -> list[bytes]:
    return sorted(bytes(h) for h in doc.get_heads())


_BYTES = am.ScalarType.Bytes


_MAP, _LIST = am.ObjType.Map, am.ObjType.List


def _plain(value: tuple[am.ScalarType, _Data]) -> Plain:
    # automerge 1.0.0rc1 hands Bytes scalars back as a list of ints: give callers bytes.
    kind, data = value
    if isinstance(data, list):
        return bytes(data) if kind == _BYTES else cast("list[Plain]", data)
    return data


def read(doc: Readable, obj: bytes = ROOT) -> Plain:
    """The whole object as plain Python (maps → dict, lists → list, text → str, bytes → bytes).

    Like ``automerge.core.extract``, except that byte strings come back as ``bytes``; it
    fetches each map's or list's values in one call (projections read whole documents on
    every commit, so this is on the hot path).
    """
    return _read(doc, obj, doc.object_type(obj))


def _read(doc: Readable, obj: bytes, kind: am.ObjType) -> Plain:
    # Hot path (every commit re-reads its document for the projections): scalars are
    # (ScalarType, value) tuples, objects an ObjType; only Bytes come back as lists.
    if kind == _MAP:
        keys, values = doc.keys(obj), _values(doc, obj)
        if len(keys) != len(values):  # never seen; be safe rather than misalign
            # (a key without a value, None here, fails to unpack below)
            values = cast("list[tuple[_Value, bytes]]", [_get(doc, obj, key) for key in keys])
        out: dict[str, Plain] = {}
        for key, (value, child) in zip(keys, values, strict=True):
            if isinstance(value, tuple):
                data = value[1]
                out[key] = _plain(value) if isinstance(data, list) else data
            else:
                out[key] = _read(doc, child, value)
        return out
    if kind == _LIST:
        items: list[Plain] = []
        for value, child in _values(doc, obj):
            if isinstance(value, tuple):
                data = value[1]
                items.append(_plain(value) if isinstance(data, list) else data)
            else:
                items.append(_read(doc, child, value))
        return items
    return doc.text(obj)


S = am.ScalarType


O = am.ObjType  # noqa: E741 - the short name mirrors S (ScalarType) at call sites


def scalar_type(value: object) -> am.ScalarType:
    return _scalar(value)[0]


def _scalar(value: object) -> tuple[am.ScalarType, Scalar]:
    """The Automerge type for a value EduNode stores, and the value narrowed to it."""
    if isinstance(value, bool):
        return S.Boolean, value
    if isinstance(value, int):
        return S.Int, value
    if isinstance(value, float):
        return S.F64, value
    if isinstance(value, str):
        return S.Str, value
    if isinstance(value, bytes):
        return S.Bytes, value
    if value is None:
        return S.Null, value
    raise TypeError(f"cannot store {type(value).__name__} in a document")


def put(tx: am.Transaction, obj: bytes, key: str, value: object) -> None:
    """Store a scalar; any other value raises TypeError."""
    kind, scalar = _scalar(value)
    tx.put(obj, key, kind, scalar)


def put_map(tx: am.Transaction, obj: bytes, key: str, values: Mapping[str, object]) -> bytes:
    child = tx.put_object(obj, key, O.Map)
    for k, v in values.items():
        if isinstance(v, dict):
            put_map(tx, child, k, v)
        else:
            put(tx, child, k, v)
    return child


def get_obj(doc: Readable, obj: bytes, key: str) -> bytes | None:
    """The object ID stored under ``key``, or None when there is no object there."""
    found = _get(doc, obj, key)
    if found is None or not isinstance(found[0], am.ObjType):
        return None
    return bytes(found[1])


def get_value(doc: Readable, obj: bytes, key: str) -> Plain:
    found = _get(doc, obj, key)
    if found is None:
        return None
    value, _ = found
    if isinstance(value, am.ObjType):
        return None
    return _plain(value)
