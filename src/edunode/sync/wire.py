"""Binary primitives of the sync messages, and the compact form of an Automerge change.

:class:`Writer` and :class:`Reader` encode unsigned LEB128 numbers, length-prefixed bytes and
text. The reader checks every number against a limit *before* anything is allocated or read,
and raises :class:`RemoteProtocolError` for anything malformed (truncated, over a limit, bad
UTF-8): its input comes from a peer.

**Dependencies by reference.** Each Automerge change names the hashes of the changes it
builds on: 32 random bytes that no compressor can shrink, and usually the hash of the change
just before it in the same batch. So a change is sent *compact*: its dependencies as
back-references into the batch (a literal hash only for one the batch lacks), then the rest
of its chunk; the 8-byte magic and checksum are dropped. The receiver rebuilds the exact
bytes, so hashes and signatures are those of the original change; a change that would not
rebuild exactly is sent raw instead. On a bulk sync this about halves the bytes on the wire.
The chunk layout is Automerge's: magic (4), checksum = first 4 bytes of the SHA-256 of the
rest (4), chunk type 1, LEB128 length, then the body, which starts with the dependencies.
"""

from __future__ import annotations

import base64
import hashlib

from edunode.controls import has_control
from edunode.crdt import (
    CHUNK_CHANGE,
    MAGIC,
    MAX_CHANGE_BYTES,
    Header,
    change_hash,
    columns,
    parse_header,
    read_uleb,
    write_uleb,
)
from edunode.errors import LocalProtocolError, RemoteProtocolError

MAX_DEPS = 10_000  # dependencies of one change
DEFAULT_TEXT = 400  # bytes of a text field unless the caller says otherwise


def bad(what: str) -> RemoteProtocolError:
    return RemoteProtocolError(f"the peer sent a malformed message: {what}", code="malformed")


class Writer:
    """Append numbers, bytes and text to ``out``."""

    __slots__ = ("out",)

    def __init__(self) -> None:
        self.out = bytearray()

    def uint(self, n: int) -> None:
        if n < 0:
            raise LocalProtocolError(f"cannot encode the negative number {n}")
        while True:
            byte = n & 0x7F
            n >>= 7
            if n:
                self.out.append(byte | 0x80)
            else:
                self.out.append(byte)
                return

    def raw(self, data: bytes) -> None:
        self.out += data

    def blob(self, data: bytes, limit: int) -> None:
        if len(data) > limit:
            raise LocalProtocolError(f"a field of {len(data)} bytes exceeds the limit of {limit}")
        self.uint(len(data))
        self.out += data

    def text(self, value: str, limit: int = DEFAULT_TEXT) -> None:
        self.blob(value.encode("utf-8"), limit)

    def count(self, n: int, limit: int) -> None:
        if n > limit:
            raise LocalProtocolError(f"{n} items exceed the limit of {limit} in one message")
        self.uint(n)


class Reader:
    """Read what a :class:`Writer` wrote, within limits; RemoteProtocolError otherwise."""

    __slots__ = ("data", "pos")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def uint(self, limit: int) -> int:
        n = shift = 0
        while True:
            if self.pos >= len(self.data):
                raise bad("truncated number")
            byte = self.data[self.pos]
            self.pos += 1
            n |= (byte & 0x7F) << shift
            if n > limit:
                raise bad(f"a number above the limit of {limit}")
            if not byte & 0x80:
                return n
            shift += 7

    def raw(self, size: int) -> bytes:
        end = self.pos + size
        if end > len(self.data):
            raise bad("truncated field")
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def blob(self, limit: int) -> bytes:
        return self.raw(self.uint(limit))

    def text(self, limit: int = DEFAULT_TEXT) -> str:
        """One line of UTF-8 text: a name, a code, a message. Control characters are
        refused (:mod:`edunode.controls`): they would reach a terminal or a log."""
        try:
            value = self.blob(limit).decode("utf-8")
        except UnicodeDecodeError:
            raise bad("text that is not UTF-8") from None
        if has_control(value):
            raise bad("text with control characters (a newline, an escape code)")
        return value

    def flag(self) -> bool:
        value = self.raw(1)[0]
        if value > 1:
            raise bad("a flag that is neither 0 nor 1")
        return value == 1

    def end(self) -> None:
        if self.pos != len(self.data):
            raise bad(f"{len(self.data) - self.pos} unexpected trailing bytes")


# --------------------------------------------------------------------------- compact changes


_RAW, _COMPACT = 0, 1
_CHANGE_TYPE = bytes((CHUNK_CHANGE,))


def _join_change(deps: list[bytes], rest: bytes) -> tuple[bytes, bytes]:
    """Rebuild a change's bytes from its dependencies and the rest; return (bytes, hash)."""
    body = write_uleb(len(deps)) + b"".join(deps) + rest
    chunk = _CHANGE_TYPE + write_uleb(len(body)) + body
    digest = hashlib.sha256(chunk).digest()
    return MAGIC + digest[:4] + chunk, digest


def _split_change(data: bytes) -> tuple[list[bytes], bytes, bytes] | None:
    """(dependencies, rest, hash) of a change that rebuilds exactly, else None (send raw)."""
    if len(data) < 11 or data[:4] != MAGIC or data[8] != CHUNK_CHANGE:
        return None
    r = Reader(data)
    r.pos = 9
    try:
        length = r.uint(len(data))
        if r.pos + length != len(data):
            return None
        count = r.uint(MAX_DEPS)
        deps = [r.raw(32) for _ in range(count)]
    except RemoteProtocolError:
        return None
    rest = data[r.pos :]
    rebuilt, digest = _join_change(deps, rest)
    return (deps, rest, digest) if rebuilt == data else None


def encode_change(w: Writer, data: bytes, index: dict[bytes, int]) -> bytes:
    """Write one change (compact when possible); return its hash."""
    split = _split_change(data)
    if split is None:
        w.uint(_RAW)
        w.blob(data, 1 << 32)
        return change_hash(data)
    deps, rest, digest = split
    w.uint(_COMPACT)
    w.uint(len(deps))
    for dep in deps:
        ref = index.get(dep)
        if ref is None:
            w.uint(0)
            w.raw(dep)
        else:
            w.uint(ref + 1)
    w.blob(rest, 1 << 32)
    return digest


def decode_change(r: Reader, hashes: list[bytes]) -> tuple[bytes, Header | None]:
    """Read one change written by :func:`encode_change`; ``hashes`` are those of the changes
    of the batch read so far. Returns its bytes and the header read from exactly those
    bytes (None when they are not a well-formed change: verification rejects them)."""
    kind = r.uint(_COMPACT)
    if kind == _RAW:
        data = r.blob(len(r.data))
        try:
            return data, _counted(parse_header(data), data)
        except ValueError:
            return data, None
    deps = []
    for _ in range(r.uint(MAX_DEPS)):
        ref = r.uint(len(hashes))
        deps.append(r.raw(32) if ref == 0 else hashes[ref - 1])
    rest = r.blob(len(r.data))
    data, digest = _join_change(deps, rest)
    if len(data) > MAX_CHANGE_BYTES:  # as parse_header would: verification rejects it
        return data, None
    header = _rest_header(digest, deps, rest)
    return data, _counted(header, data) if header is not None else None


def _counted(header: Header, data: bytes) -> Header | None:
    """The header with the number of operations the change declares (counted here, on the
    event-loop thread, so the store thread need not); None when the columns are damaged."""
    try:
        return header._replace(ops=columns.op_count(data))
    except ValueError:
        return None


def _rest_header(digest: bytes, deps: list[bytes], rest: bytes) -> Header | None:
    """The header of a change rebuilt from ``deps`` and ``rest``: after the dependencies an
    uncompressed change holds its actor (length, bytes) and sequence number."""
    try:
        size, pos = read_uleb(rest, 0)
        actor = rest[pos : pos + size]
        seq, _ = read_uleb(rest, pos + size)
    except ValueError:
        return None
    if len(actor) != size:
        return None
    return Header(hash=digest, actor=actor, seq=seq, deps=tuple(deps))


def doc_id_bytes(doc_id: str) -> bytes:
    """A document ID (24 base32 characters) as its 15 raw bytes."""
    try:
        raw = base64.b32decode(doc_id.upper())
    except (ValueError, TypeError):
        raw = b""
    if len(raw) != 15 or doc_id != doc_id.lower():
        raise LocalProtocolError(f"{doc_id!r} is not a document ID")
    return raw


def doc_id_text(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").lower()
