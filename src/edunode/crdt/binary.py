"""Automerge's binary change format, read and written without Automerge.

A change chunk is ``magic(4) checksum(4) type(1) length(uleb) deps actor seq ...``; its hash
is the SHA-256 of everything after the checksum. Verification and the wire decoder read
headers here before Automerge sees a byte, and :func:`sync_message` wraps changes in the one
message Automerge 1.0.0rc1 applies incrementally (docs/decisions/0002-applying-changes.md).
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

MAGIC = b"\x85\x6f\x4a\x83"


CHUNK_CHANGE = 1


MAX_CHANGE_BYTES = 8 * 1024 * 1024


def write_uleb(n: int) -> bytes:
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


def sync_message(changes: list[bytes]) -> bytes:
    out = bytearray(b"\x42\x00\x00\x00")
    out += write_uleb(len(changes))
    for data in changes:
        out += write_uleb(len(data))
        out += data
    return bytes(out)


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
    return parse_header_at(data)[0]


def parse_header_at(data: bytes) -> tuple[Header, int]:
    """:func:`parse_header`, and where the actor's length is (the header goes on there)."""
    digest = change_hash(data) if 9 <= len(data) <= MAX_CHANGE_BYTES else b""
    if not digest or data[:4] != MAGIC or data[8] != CHUNK_CHANGE or digest[:4] != data[4:8]:
        raise ValueError("not a well-formed change")
    _, pos = read_uleb(data, 9)
    count, pos = read_uleb(data, pos)
    if count > 10_000 or pos + 32 * count > len(data):
        raise ValueError("damaged change dependencies")
    deps = tuple(data[pos + 32 * i : pos + 32 * (i + 1)] for i in range(count))
    pos += 32 * count
    actor_at = pos
    size, pos = read_uleb(data, pos)
    actor = data[pos : pos + size]
    if len(actor) != size:
        raise ValueError("truncated change header")
    seq, _ = read_uleb(data, pos + size)
    return Header(hash=digest, actor=bytes(actor), seq=seq, deps=deps), actor_at


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
