"""Automerge plumbing: the only module (with domain/) that touches automerge directly.

automerge 1.0.0rc1 has no ``apply_changes``. ``receive_sync_message`` applies changes
incrementally and queues those whose dependencies are missing, so received changes are
applied by wrapping them in a sync message (format: 0x42, heads, need, have, changes; see
docs/decisions/0002-applying-changes.md). We always use a change's *uncompressed* bytes
(``raw_bytes``): their SHA-256 (after the 8-byte magic+checksum header) is the change hash.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

import automerge.core as am

ROOT = am.ROOT
MAGIC = b"\x85\x6f\x4a\x83"
CHUNK_CHANGE = 1
MAX_CHANGE_BYTES = 8 * 1024 * 1024

Document = am.Document


class ChangeInfo(NamedTuple):
    """One change as stored and sent: its bytes plus the facts Automerge decoded from them.
    (Named tuples: a bulk sync makes tens of thousands of these and of Header.)"""

    hash: bytes
    actor: bytes
    seq: int
    deps: tuple[bytes, ...]
    data: bytes


def _uleb(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def change_hash(data: bytes) -> bytes:
    """The hash Automerge gives a change, from its uncompressed bytes."""
    return hashlib.sha256(data[8:]).digest()


def well_formed(data: bytes) -> bool:
    """Cheap structural check before Automerge sees the bytes: magic, type, checksum."""
    return (
        9 <= len(data) <= MAX_CHANGE_BYTES
        and data[:4] == MAGIC
        and data[8] == CHUNK_CHANGE
        and change_hash(data)[:4] == data[4:8]
    )


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


def sync_message(changes: list[bytes]) -> bytes:
    out = bytearray(b"\x42\x00\x00\x00")
    out += _uleb(len(changes))
    for data in changes:
        out += _uleb(len(data))
        out += data
    return bytes(out)


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


# --------------------------------------------------------------------------- writing helpers

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


def splice_text(tx: am.Transaction, text_obj: bytes, old: str, new: str) -> None:
    """Turn ``old`` into ``new`` with the smallest single splice, one element per character.

    One element per character is what lets concurrent edits merge per character: a
    multi-character string inserted at once is a single element in Automerge 1.0.0rc1.
    The new characters go in *before* the old ones are deleted: Automerge 1.0.0rc1 finds an
    insertion point by walking the tombstones in front of it, so inserting behind a freshly
    deleted run costs time in proportion to the run for every character (replacing a
    20,000-character text took 3.7 s that way, 0.07 s this way). The merge result is the
    same: either way the new run follows the last kept character.
    """
    if old == new:
        return
    start = _common_prefix(old, new)
    tail = _common_prefix(old[start:][::-1], new[start:][::-1])
    end_old, end_new = len(old) - tail, len(new) - tail
    for offset, ch in enumerate(new[start:end_new]):
        tx.insert(text_obj, start + offset, S.Str, ch)
    gone = end_new  # the old run now starts right after the inserted one
    for _ in range(end_old - start):
        tx.delete(text_obj, gone)


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix, by halving (string slices compare at C speed)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[low:mid] == b[low:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def new_text(tx: am.Transaction, obj: bytes, key: str, content: str) -> bytes:
    text = tx.put_object(obj, key, O.Text)
    splice_text(tx, text, "", content)
    return text


def read_uleb(data: bytes, pos: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated change header")
        byte = data[pos]
        pos += 1
        n |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return n, pos
        shift += 7


def read_sleb(data: bytes, pos: int) -> tuple[int, int]:
    """A signed LEB128 number at ``pos``: (value, position after it); ValueError if cut."""
    n = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated number")
        byte = data[pos]
        pos += 1
        n |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return (n - (1 << shift) if byte & 0x40 else n), pos


class Header(NamedTuple):
    """What a change says about itself, read without Automerge: author, number, deps (and,
    when the wire decoder read it, how many operations it declares; -1: not read yet)."""

    hash: bytes
    actor: bytes
    seq: int
    deps: tuple[bytes, ...]
    ops: int = -1


def parse_header(data: bytes) -> Header:
    """Parse a well-formed change chunk's header; raises ValueError when damaged."""
    digest = change_hash(data) if 9 <= len(data) <= MAX_CHANGE_BYTES else b""
    if not digest or data[:4] != MAGIC or data[8] != CHUNK_CHANGE or digest[:4] != data[4:8]:
        raise ValueError("not a well-formed change")
    _, pos = read_uleb(data, 9)
    count, pos = read_uleb(data, pos)
    if count > 10_000 or pos + 32 * count > len(data):
        raise ValueError("damaged change dependencies")
    deps = tuple(data[pos + 32 * i : pos + 32 * (i + 1)] for i in range(count))
    pos += 32 * count
    size, pos = read_uleb(data, pos)
    actor = data[pos : pos + size]
    if len(actor) != size:
        raise ValueError("truncated change header")
    seq, _ = read_uleb(data, pos + size)
    return Header(hash=digest, actor=bytes(actor), seq=seq, deps=deps)


def causal_order(headers: list[Header]) -> list[Header]:
    """Headers sorted so that every change comes after those of its deps in the list."""
    by_hash = {h.hash: h for h in headers}
    waiting = {h.hash: sum(1 for d in h.deps if d in by_hash) for h in headers}
    children: dict[bytes, list[bytes]] = {}
    for h in headers:
        for d in h.deps:
            if d in by_hash:
                children.setdefault(d, []).append(h.hash)
    ready = [h.hash for h in headers if waiting[h.hash] == 0]
    out: list[Header] = []
    while ready:
        current = ready.pop()
        out.append(by_hash[current])
        for child in children.get(current, ()):
            waiting[child] -= 1
            if waiting[child] == 0:
                ready.append(child)
    return out  # a cycle (impossible with hashes) would leave changes out: callers compare
