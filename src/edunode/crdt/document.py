"""Typed helpers over an Automerge document: create, load, read, write, apply changes.

automerge 1.0.0rc1 has no ``apply_changes``. ``receive_sync_message`` applies changes
incrementally and queues those whose dependencies are missing, so received changes are
applied by wrapping them in a sync message (format: 0x42, heads, need, have, changes; see
docs/decisions/0002-applying-changes.md). We always use a change's *uncompressed* bytes
(``raw_bytes``): their SHA-256 (after the 8-byte magic+checksum header) is the change hash.
"""

from __future__ import annotations

from typing import NamedTuple

import automerge.core as am

from edunode.crdt.binary import sync_message

ROOT = am.ROOT


Document = am.Document


class ChangeInfo(NamedTuple):
    """One change as stored and sent: its bytes plus the facts Automerge decoded from them.
    (Named tuples: a bulk sync makes tens of thousands of these and of Header.)"""

    hash: bytes
    actor: bytes
    seq: int
    deps: tuple[bytes, ...]
    data: bytes


def info(change: object) -> ChangeInfo:
    c = change  # automerge's builtins.Change
    return ChangeInfo(
        hash=bytes(c.hash),  # type: ignore[attr-defined]
        actor=bytes(c.actor_id),  # type: ignore[attr-defined]
        seq=int(c.seq),  # type: ignore[attr-defined]
        deps=tuple(bytes(d) for d in c.deps),  # type: ignore[attr-defined]
        data=bytes(c.raw_bytes),  # type: ignore[attr-defined]
    )


def changes_since(doc: am.Document, heads: list[bytes]) -> list[ChangeInfo]:
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


def heads(doc: am.Document) -> list[bytes]:
    return sorted(bytes(h) for h in doc.get_heads())


_BYTES = am.ScalarType.Bytes


_MAP, _LIST = am.ObjType.Map, am.ObjType.List


def _plain(value: tuple[am.ScalarType, object]) -> object:
    # automerge 1.0.0rc1 hands Bytes scalars back as a list of ints: give callers bytes.
    kind, data = value
    return bytes(data) if kind == _BYTES else data  # type: ignore[call-overload]


def read(doc: am.Document, obj: bytes = ROOT) -> object:
    """The whole object as plain Python (maps → dict, lists → list, text → str, bytes → bytes).

    Like ``automerge.core.extract``, except that byte strings come back as ``bytes``; it
    fetches each map's or list's values in one call (projections read whole documents on
    every commit, so this is on the hot path).
    """
    return _read(doc, obj, doc.object_type(obj))


def _read(doc: am.Document, obj: bytes, kind: am.ObjType) -> object:
    # Hot path (every commit re-reads its document for the projections): scalars are
    # (ScalarType, value) tuples, objects an ObjType; only Bytes come back as lists.
    if kind == _MAP:
        keys, values = doc.keys(obj), doc.values(obj)
        if len(keys) != len(values):  # never seen; be safe rather than misalign
            values = [doc.get(obj, key) for key in keys]  # type: ignore[misc]
        out: dict[str, object] = {}
        for key, (value, child) in zip(keys, values, strict=True):
            if value.__class__ is tuple:
                data = value[1]  # type: ignore[index]
                out[key] = _plain(value) if data.__class__ is list else data  # type: ignore[arg-type]
            else:
                out[key] = _read(doc, child, value)  # type: ignore[arg-type]
        return out
    if kind == _LIST:
        items: list[object] = []
        for value, child in doc.values(obj):
            if value.__class__ is tuple:
                data = value[1]  # type: ignore[index]
                items.append(_plain(value) if data.__class__ is list else data)  # type: ignore[arg-type]
            else:
                items.append(_read(doc, child, value))  # type: ignore[arg-type]
        return items
    return doc.text(obj)


S = am.ScalarType


O = am.ObjType  # noqa: E741 - the short name mirrors S (ScalarType) at call sites


def scalar_type(value: object) -> am.ScalarType:
    if isinstance(value, bool):
        return S.Boolean
    if isinstance(value, int):
        return S.Int
    if isinstance(value, float):
        return S.F64
    if isinstance(value, str):
        return S.Str
    if isinstance(value, bytes):
        return S.Bytes
    if value is None:
        return S.Null
    raise TypeError(f"cannot store {type(value).__name__} in a document")


def put(tx: am.Transaction, obj: bytes, key: str, value: object) -> None:
    tx.put(obj, key, scalar_type(value), value)


def put_map(tx: am.Transaction, obj: bytes, key: str, values: dict[str, object]) -> bytes:
    child = tx.put_object(obj, key, O.Map)
    for k, v in values.items():
        if isinstance(v, dict):
            put_map(tx, child, k, v)
        else:
            put(tx, child, k, v)
    return child


def get_obj(doc: am.Document | am.Transaction, obj: bytes, key: str) -> bytes | None:
    """The object ID stored under ``key``, or None when there is no object there."""
    found = doc.get(obj, key)
    if found is None or not isinstance(found[0], am.ObjType):
        return None
    return bytes(found[1])


def get_value(doc: am.Document | am.Transaction, obj: bytes, key: str) -> object:
    found = doc.get(obj, key)
    if found is None:
        return None
    value, _ = found
    if isinstance(value, am.ObjType):
        return None
    return _plain(value)
