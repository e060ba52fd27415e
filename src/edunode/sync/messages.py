"""The messages of the sync protocol and their compact binary encoding (sans-IO).

Each message is a frozen dataclass; :func:`encode` turns one into ``(type, payload)`` for a
frame and :func:`decode` turns a frame back into a message, raising
:class:`RemoteProtocolError` for anything malformed (never another exception: the payload
comes from a peer). docs/PROTOCOL.md describes every field.

Why a hand-written binary encoding rather than JSON or CBOR:

* **Bytes on the wire.** A bulk sync must stay within 1.5× of the summed Automerge ``save()``
  size. Change bytes travel raw (zlib over the whole stream, in :mod:`protocol`, takes them
  to about 1.1×); hashes and keys travel as raw bytes, document IDs as their 15 raw bytes,
  and an Inventory names each actor key once, in a table, not once per document.
* **Hard limits while decoding.** Every count and length is checked against a limit before
  anything is allocated, so a hostile peer can't make us build a list of a billion entries.
* **One signature per author tip.** A batch carries, per document, the changes the peer
  lacks and each author's signature on its latest change (DESIGN §8); a signature names its
  change by index into the batch, so it costs 64 bytes plus one.
* **Dependencies by reference.** Changes travel in the compact form of :mod:`wire`,
  which about halves a bulk sync on the wire.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import edunode
from edunode.controls import CONTROL
from edunode.crdt import Header, change_hash
from edunode.errors import LocalProtocolError, RemoteProtocolError, ValidationError
from edunode.identity import parse_node_id
from edunode.sync.wire import (
    Reader,
    Writer,
    bad,
    decode_change,
    doc_id_bytes,
    doc_id_text,
    encode_change,
)

PROTOCOL_VERSION = edunode.PROTOCOL_VERSION  # the newest version this code speaks
MIN_PROTOCOL_VERSION = 2  # the oldest it still accepts (1 linked without nonces)
HELLO_MAGIC = b"EduNode\x00"

# Hard limits, checked while decoding (and while encoding: sending more is our bug).
MAX_TEXT = 400  # bytes of a name, school, code word or link state
MAX_ERROR_TEXT = 2000
MAX_CERT = 16 * 1024
MAX_ENTRIES = 100_000  # documents per Inventory message (more go in further messages)
MAX_ACTORS = 100_000  # distinct authors named in one Inventory message
MAX_CLOCK = 10_000  # authors of one document
MAX_BATCHES = 20_000  # documents per Changes message
MAX_CHANGES = 200_000  # changes per document per Changes message
MAX_SIGNATURES = 10_000  # signatures per document per Changes message
MAX_SEQ = 2**53
TIP_BYTES = 8  # prefix of a change hash that identifies an author's latest change
SIGNATURE_BYTES = 64
KEY_BYTES = 32
HASH_BYTES = 32
NONCE_BYTES = 32

MAX_VAULT_DATA = 1 << 20  # bytes of one piece of a backup file (decision 0017)
MAX_VAULT_ENTRIES = 1000  # files named in one VaultReply
VAULT_OPS = ("put", "list", "get")

PURPOSES = ("sync", "link", "vault")
_PURPOSE_CODE = {p: i for i, p in enumerate(PURPOSES)}


class MessageType(enum.IntEnum):
    HELLO = 1
    LINK_REQUEST = 2
    LINK_REPLY = 3
    INVENTORY = 4
    CHANGES = 5
    SYNCED = 6
    ACK = 7
    PING = 8
    PONG = 9
    ERROR = 10
    LINK_CHALLENGE = 11
    LINK_REVEAL = 12
    VAULT_REQUEST = 13
    VAULT_REPLY = 14
    VAULT_DATA = 15


@dataclass(frozen=True)
class Hello:
    """First message each way. ``version``/``min_version``: the range the sender speaks."""

    version: int
    min_version: int
    node_id: str
    name: str
    school: str
    school_id: str
    purpose: str  # "sync" or "link"
    port: int = 0  # where the sender listens (0: it does not)


@dataclass(frozen=True)
class LinkRequest:
    """An unknown node asks to be linked. ``proof`` signs the server's key and ``cert_pem``
    with the key inside ``cert_pem``, so nobody can file a request in another node's name.
    ``commitment`` is the hash of the requester's nonce for the verification code, revealed
    (:class:`LinkReveal`) only after the server sent its own (:class:`LinkChallenge`)."""

    name: str
    school: str
    school_id: str
    cert_pem: bytes
    proof: bytes
    commitment: bytes


@dataclass(frozen=True)
class LinkChallenge:
    """The server's nonce for the verification code, sent after the request's commitment."""

    nonce: bytes


@dataclass(frozen=True)
class LinkReveal:
    """The requester's nonce, which must hash to its request's commitment."""

    nonce: bytes


@dataclass(frozen=True)
class LinkReply:
    state: str  # "pending", "approved", "busy" (not recorded: too many wait) or "received"


@dataclass(frozen=True)
class ClockEntry:
    """An author's latest change in a document: its sequence number and hash prefix."""

    actor: bytes
    seq: int
    tip: bytes


@dataclass(frozen=True)
class InventoryEntry:
    doc_id: str
    clock: tuple[ClockEntry, ...]


@dataclass(frozen=True)
class Inventory:
    """What the sender holds of each document in the link's scope (``complete``: last part)."""

    entries: tuple[InventoryEntry, ...]
    complete: bool = True


@dataclass(frozen=True)
class DocChanges:
    """Changes of one document and the author-tip signatures, as ``(change hash, sig)``.

    ``more`` says that further changes of this document follow in a later Changes message
    (a document larger than one frame); the receiver applies them all at once.
    """

    doc_id: str
    changes: tuple[bytes, ...]
    signatures: tuple[tuple[bytes, bytes], ...] = ()
    more: bool = False
    # Set by the decoder: each change's header, read from exactly its bytes (None where the
    # bytes are not a well-formed change), so the receiver does not parse them again.
    headers: tuple[Header | None, ...] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Changes:
    batches: tuple[DocChanges, ...]


@dataclass(frozen=True)
class Synced:
    """The sender has sent everything the receiver lacked (counts are for logs)."""

    documents: int = 0
    changes: int = 0


@dataclass(frozen=True)
class Ack:
    """The receiver has applied ``frames`` Changes messages so far (``changes`` new)."""

    frames: int
    changes: int = 0


@dataclass(frozen=True)
class Ping:
    nonce: int = 0


@dataclass(frozen=True)
class Pong:
    nonce: int = 0


@dataclass(frozen=True)
class VaultRequest:
    """A school PC asks an archive (Hello purpose ``vault``) to store a backup file of its
    school (``put``: its name, size and SHA-256; the file follows as VaultData), to list
    the ones it holds (``list``) or to send one back (``get``: by name; ``school_id`` picks
    the school when the asking PC has none yet, to rebuild it)."""

    op: str
    name: str = ""
    size: int = 0
    digest: bytes = b""
    school_id: str = ""


@dataclass(frozen=True)
class VaultEntry:
    name: str
    size: int
    digest: bytes
    created: str  # from the file's clear header
    node_id: str  # the PC that sent it


@dataclass(frozen=True)
class VaultReply:
    """The archive's answer: ``ready`` (send the file, or it follows), ``stored`` (the whole
    file arrived and matched its SHA-256) or ``list``; ``entries`` name files."""

    state: str
    entries: tuple[VaultEntry, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class VaultData:
    """A piece of a backup file, in order; ``last`` on the final one."""

    data: bytes
    last: bool = False


@dataclass(frozen=True)
class Error:
    """The sender is closing the connection: ``code`` is a short word, ``message`` words."""

    code: str
    message: str = ""


Message = (
    Hello
    | LinkRequest
    | LinkChallenge
    | LinkReveal
    | LinkReply
    | Inventory
    | Changes
    | Synced
    | Ack
    | Ping
    | Pong
    | VaultRequest
    | VaultReply
    | VaultData
    | Error
)


# --------------------------------------------------------------------------- encode


def _fixed(w: Writer, value: bytes, size: int, what: str) -> None:
    if len(value) != size:
        raise LocalProtocolError(f"{what} must be {size} bytes")
    w.raw(value)


def encode(message: Message) -> tuple[int, bytes]:
    """``(frame type, payload)`` for a message; LocalProtocolError if it breaks a limit."""
    w = Writer()
    if isinstance(message, Hello):
        if message.purpose not in _PURPOSE_CODE:
            raise LocalProtocolError(f"unknown purpose {message.purpose!r}")
        w.raw(HELLO_MAGIC)
        w.uint(message.version)
        w.uint(message.min_version)
        w.text(message.node_id)
        w.text(message.name)
        w.text(message.school)
        w.text(message.school_id)
        w.uint(_PURPOSE_CODE[message.purpose])
        w.uint(message.port)
        kind = MessageType.HELLO
    elif isinstance(message, LinkRequest):
        for value in (message.name, message.school, message.school_id):
            w.text(value)
        w.blob(message.cert_pem, MAX_CERT)
        w.blob(message.proof, SIGNATURE_BYTES)
        _fixed(w, message.commitment, HASH_BYTES, "a link commitment")
        kind = MessageType.LINK_REQUEST
    elif isinstance(message, (LinkChallenge, LinkReveal)):
        _fixed(w, message.nonce, NONCE_BYTES, "a link nonce")
        challenge = isinstance(message, LinkChallenge)
        kind = MessageType.LINK_CHALLENGE if challenge else MessageType.LINK_REVEAL
    elif isinstance(message, LinkReply):
        w.text(message.state)
        kind = MessageType.LINK_REPLY
    elif isinstance(message, Inventory):
        _encode_inventory(w, message)
        kind = MessageType.INVENTORY
    elif isinstance(message, Changes):
        _encode_changes(w, message)
        kind = MessageType.CHANGES
    elif isinstance(message, Synced):
        w.uint(message.documents)
        w.uint(message.changes)
        kind = MessageType.SYNCED
    elif isinstance(message, Ack):
        w.uint(message.frames)
        w.uint(message.changes)
        kind = MessageType.ACK
    elif isinstance(message, (Ping, Pong)):
        w.uint(message.nonce)
        kind = MessageType.PING if isinstance(message, Ping) else MessageType.PONG
    elif isinstance(message, VaultRequest):
        if message.op not in VAULT_OPS:
            raise LocalProtocolError(f"unknown vault operation {message.op!r}")
        w.uint(VAULT_OPS.index(message.op))
        w.text(message.name)
        w.uint(message.size)
        w.blob(message.digest, HASH_BYTES)
        w.text(message.school_id)
        kind = MessageType.VAULT_REQUEST
    elif isinstance(message, VaultReply):
        w.text(message.state)
        w.count(len(message.entries), MAX_VAULT_ENTRIES)
        for entry in message.entries:
            w.text(entry.name)
            w.uint(entry.size)
            w.blob(entry.digest, HASH_BYTES)
            w.text(entry.created)
            w.text(entry.node_id)
        w.text(CONTROL.sub(" ", message.message), MAX_ERROR_TEXT)
        kind = MessageType.VAULT_REPLY
    elif isinstance(message, VaultData):
        w.uint(1 if message.last else 0)
        w.blob(message.data, MAX_VAULT_DATA)
        kind = MessageType.VAULT_DATA
    elif isinstance(message, Error):  # one line: the other side refuses control characters
        w.text(CONTROL.sub(" ", message.code))
        w.text(CONTROL.sub(" ", message.message), MAX_ERROR_TEXT)
        kind = MessageType.ERROR
    else:
        raise LocalProtocolError(f"{type(message).__name__} is not a protocol message")
    return int(kind), bytes(w.out)


def _encode_inventory(w: Writer, inv: Inventory) -> None:
    actors: dict[bytes, int] = {}
    for entry in inv.entries:
        for c in entry.clock:
            if len(c.actor) != KEY_BYTES or len(c.tip) != TIP_BYTES:
                raise LocalProtocolError("an inventory clock entry has a wrong-sized key or tip")
            actors.setdefault(c.actor, len(actors))
    w.uint(1 if inv.complete else 0)
    w.count(len(actors), MAX_ACTORS)
    for actor in actors:
        w.raw(actor)
    w.count(len(inv.entries), MAX_ENTRIES)
    for entry in inv.entries:
        w.raw(doc_id_bytes(entry.doc_id))
        w.count(len(entry.clock), MAX_CLOCK)
        for c in entry.clock:
            w.uint(actors[c.actor])
            w.uint(c.seq)
            w.raw(c.tip)


def _encode_changes(w: Writer, msg: Changes) -> None:
    w.count(len(msg.batches), MAX_BATCHES)
    for batch in msg.batches:
        w.raw(doc_id_bytes(batch.doc_id))
        w.uint(1 if batch.more else 0)
        w.count(len(batch.changes), MAX_CHANGES)
        index: dict[bytes, int] = {}
        for i, data in enumerate(batch.changes):
            index.setdefault(encode_change(w, data, index), i)
        w.count(len(batch.signatures), MAX_SIGNATURES)
        for change, sig in batch.signatures:
            if change not in index or len(sig) != SIGNATURE_BYTES:
                raise LocalProtocolError("a signature must name a change of its own batch")
            w.uint(index[change])
            w.raw(sig)


# --------------------------------------------------------------------------- decode


def decode(frame_type: int, payload: bytes) -> Message:
    """The message in a frame; RemoteProtocolError for anything that is not one."""
    try:
        kind = MessageType(frame_type)
    except ValueError:
        raise RemoteProtocolError(
            f"the peer sent an unknown message type {frame_type}", code="unknown_message"
        ) from None
    r = Reader(payload)
    message: Message
    if kind is MessageType.HELLO:
        return _decode_hello(r)  # may carry trailing fields from newer versions
    if kind is MessageType.LINK_REQUEST:
        name, school, school_id = r.text(), r.text(), r.text()
        cert, proof = r.blob(MAX_CERT), r.blob(SIGNATURE_BYTES)
        message = LinkRequest(name, school, school_id, cert, proof, r.raw(HASH_BYTES))
    elif kind is MessageType.LINK_CHALLENGE:
        message = LinkChallenge(r.raw(NONCE_BYTES))
    elif kind is MessageType.LINK_REVEAL:
        message = LinkReveal(r.raw(NONCE_BYTES))
    elif kind is MessageType.LINK_REPLY:
        message = LinkReply(r.text())
    elif kind is MessageType.INVENTORY:
        message = _decode_inventory(r)
    elif kind is MessageType.CHANGES:
        message = _decode_changes(r)
    elif kind is MessageType.SYNCED:
        message = Synced(r.uint(MAX_SEQ), r.uint(MAX_SEQ))
    elif kind is MessageType.ACK:
        message = Ack(r.uint(MAX_SEQ), r.uint(MAX_SEQ))
    elif kind is MessageType.PING:
        message = Ping(r.uint(MAX_SEQ))
    elif kind is MessageType.PONG:
        message = Pong(r.uint(MAX_SEQ))
    elif kind is MessageType.VAULT_REQUEST:
        op = VAULT_OPS[r.uint(len(VAULT_OPS) - 1)]
        message = VaultRequest(op, r.text(), r.uint(MAX_SEQ), r.blob(HASH_BYTES), r.text())
    elif kind is MessageType.VAULT_REPLY:
        state = r.text()
        entries = tuple(
            VaultEntry(r.text(), r.uint(MAX_SEQ), r.blob(HASH_BYTES), r.text(), r.text())
            for _ in range(r.uint(MAX_VAULT_ENTRIES))
        )
        message = VaultReply(state, entries, r.text(MAX_ERROR_TEXT))
    elif kind is MessageType.VAULT_DATA:
        last = r.flag()
        message = VaultData(r.blob(MAX_VAULT_DATA), last)
    else:
        message = Error(r.text(), r.text(MAX_ERROR_TEXT))
    r.end()
    return message


def _decode_hello(r: Reader) -> Hello:
    if r.raw(len(HELLO_MAGIC)) != HELLO_MAGIC:
        raise RemoteProtocolError(
            "the other side does not speak the EduNode protocol", code="magic"
        )
    version, min_version = r.uint(MAX_SEQ), r.uint(MAX_SEQ)
    node_id = r.text()
    try:
        node_id = parse_node_id(node_id)
    except ValidationError:
        raise bad("a Hello without a valid node ID") from None
    name, school, school_id = r.text(), r.text(), r.text()
    if school_id:
        try:
            doc_id_bytes(school_id)
        except LocalProtocolError:
            raise bad("a Hello whose school ID is not a document ID") from None
    purpose = r.uint(255)
    if purpose >= len(PURPOSES):
        raise bad(f"unknown purpose {purpose}")
    port = r.uint(65535)
    return Hello(version, min_version, node_id, name, school, school_id, PURPOSES[purpose], port)


def _index(r: Reader, size: int) -> int:
    if size == 0:
        raise bad("an index into an empty table")
    return r.uint(size - 1)


def _decode_inventory(r: Reader) -> Inventory:
    complete = r.flag()
    actors = [r.raw(KEY_BYTES) for _ in range(r.uint(MAX_ACTORS))]
    entries = []
    for _ in range(r.uint(MAX_ENTRIES)):
        doc_id = doc_id_text(r.raw(15))
        clock = []
        for _ in range(r.uint(MAX_CLOCK)):
            actor = actors[_index(r, len(actors))]
            clock.append(ClockEntry(actor, r.uint(MAX_SEQ), r.raw(TIP_BYTES)))
        entries.append(InventoryEntry(doc_id, tuple(clock)))
    return Inventory(tuple(entries), complete)


def _decode_changes(r: Reader) -> Changes:
    batches = []
    for _ in range(r.uint(MAX_BATCHES)):
        doc_id = doc_id_text(r.raw(15))
        more = r.flag()
        changes: list[bytes] = []
        hashes: list[bytes] = []
        headers: list[Header | None] = []
        for _ in range(r.uint(MAX_CHANGES)):
            data, header = decode_change(r, hashes)
            changes.append(data)
            hashes.append(header.hash if header is not None else change_hash(data))
            headers.append(header)
        signatures = []
        for _ in range(r.uint(MAX_SIGNATURES)):
            signatures.append((hashes[_index(r, len(hashes))], r.raw(SIGNATURE_BYTES)))
        batches.append(DocChanges(doc_id, tuple(changes), tuple(signatures), more, tuple(headers)))
    return Changes(tuple(batches))
