"""The sans-IO sync protocol: one :class:`Connection` per TCP connection (after h11).

``Connection(our_role)`` turns messages into bytes (:meth:`Connection.send`) and bytes into
events (:meth:`Connection.receive_data`). It owns no socket, no timer and no thread, so two of
them can be wired to each other in a test, and everything the peer can do to it is covered by
Hypothesis. The asyncio adapter (:mod:`edunode.sync.session`) does the I/O and the policy.

**The state machine is the table below** (:data:`TRANSITIONS`): each direction of the
connection has its own state; a message may be sent only when ``(sender's state, message,
sender's role)`` is in the table, and only once the *other* direction has reached what the
rule needs (the server speaks second; changes go out only once the peer's inventory is known,
because they are computed from it). Sending something the table forbids raises
:class:`LocalProtocolError` (our bug); receiving it raises :class:`RemoteProtocolError` (the
peer is broken or hostile; the session closes the connection). docs/PROTOCOL.md draws the
table with :func:`mermaid`.

**Compression.** After the handshake every sizeable payload goes through one zlib stream
per direction (level 1, a sync flush per frame), flagged by the top bit of the frame type.
Compressing the stream rather than each frame is what makes raw Automerge changes cheap on
the wire: actor keys and field names repeat across documents. The inflater is bounded by
``max_message``: a small frame that would inflate past it (a decompression bomb) is a
:class:`RemoteProtocolError`, found without inflating it all.
"""

from __future__ import annotations

import enum
import zlib
from dataclasses import dataclass
from typing import Literal

from edunode.errors import LocalProtocolError, RemoteProtocolError, SyncError
from edunode.sync import messages as m
from edunode.sync import packing
from edunode.sync.framing import MAX_FRAME, FrameDecoder, encode_frame

Role = Literal["client", "server"]

MAX_MESSAGE = 16 * 1024 * 1024  # bytes of one decoded payload
MAX_PENDING = 128 * 1024 * 1024  # bytes of a document split over several frames
COMPRESSED = 0x80  # frame type bit: the payload is a piece of the zlib stream
COMPRESS_MIN = 48  # smaller payloads go raw: a sync flush costs more than it saves


class State(enum.Enum):
    """What one direction of a connection has sent so far."""

    IDLE = "idle"  # nothing yet
    LINKING = "linking"  # Hello(link): a link request (client) or challenge (server) follows
    COMMITTED = "committed"  # client: the request (with its commitment) was sent
    CHALLENGED = "challenged"  # server: its nonce was sent; the client's reveal follows
    LINKED = "linked"  # the reveal or the reply was sent; nothing but Error/close follows
    INVENTORY = "inventory"  # Hello(sync): sending the Inventory, perhaps in parts
    EXCHANGE = "exchange"  # the whole Inventory was sent: sending what the peer lacks
    LIVE = "live"  # Synced was sent: pushing new changes as they are committed
    VAULT = "vault"  # Hello(vault): backup files to or from an archive (decision 0017)
    CLOSED = "closed"  # Error was sent or the stream ended


class Needs(enum.Enum):
    """What the other direction must have sent before a message may go out."""

    NOTHING = "nothing"
    HELLO = "their Hello"
    REQUEST = "their link request"
    CHALLENGE = "their challenge"
    REVEAL = "their reveal"
    INVENTORY = "their whole inventory"


CLIENT: Role = "client"
SERVER: Role = "server"
EITHER = "either"

S, N = State, Needs
# (sender's state, message, sender's role or EITHER) -> (sender's next state, needs)
TRANSITIONS: dict[tuple[State, str, str], tuple[State, Needs]] = {
    (S.IDLE, "hello:sync", CLIENT): (S.INVENTORY, N.NOTHING),
    (S.IDLE, "hello:sync", SERVER): (S.INVENTORY, N.HELLO),
    (S.IDLE, "hello:link", CLIENT): (S.LINKING, N.NOTHING),
    (S.IDLE, "hello:link", SERVER): (S.LINKING, N.HELLO),
    (S.LINKING, "link_request", CLIENT): (S.COMMITTED, N.HELLO),
    (S.LINKING, "link_challenge", SERVER): (S.CHALLENGED, N.REQUEST),
    (S.COMMITTED, "link_reveal", CLIENT): (S.LINKED, N.CHALLENGE),
    (S.CHALLENGED, "link_reply", SERVER): (S.LINKED, N.REVEAL),
    (S.INVENTORY, "inventory", EITHER): (S.INVENTORY, N.HELLO),
    (S.INVENTORY, "inventory:final", EITHER): (S.EXCHANGE, N.HELLO),
    (S.EXCHANGE, "changes", EITHER): (S.EXCHANGE, N.INVENTORY),
    (S.EXCHANGE, "synced", EITHER): (S.LIVE, N.INVENTORY),
    (S.EXCHANGE, "ack", EITHER): (S.EXCHANGE, N.NOTHING),
    (S.LIVE, "changes", EITHER): (S.LIVE, N.NOTHING),
    (S.LIVE, "ack", EITHER): (S.LIVE, N.NOTHING),
    (S.IDLE, "hello:vault", CLIENT): (S.VAULT, N.NOTHING),
    (S.IDLE, "hello:vault", SERVER): (S.VAULT, N.HELLO),
    (S.VAULT, "vault_request", CLIENT): (S.VAULT, N.HELLO),
    (S.VAULT, "vault_data", EITHER): (S.VAULT, N.HELLO),
    (S.VAULT, "vault_reply", SERVER): (S.VAULT, N.HELLO),
}
for _state in (
    S.LINKING, S.COMMITTED, S.CHALLENGED, S.LINKED, S.INVENTORY, S.EXCHANGE, S.LIVE, S.VAULT
):
    for _word in ("ping", "pong"):
        TRANSITIONS[(_state, _word, EITHER)] = (_state, N.HELLO)
for _state in State:
    if _state is not S.CLOSED:
        TRANSITIONS[(_state, "error", EITHER)] = (S.CLOSED, N.NOTHING)

_WORDS: dict[type, str] = {
    m.LinkRequest: "link_request",
    m.LinkChallenge: "link_challenge",
    m.LinkReveal: "link_reveal",
    m.LinkReply: "link_reply",
    m.Changes: "changes",
    m.Synced: "synced",
    m.Ack: "ack",
    m.Ping: "ping",
    m.Pong: "pong",
    m.VaultRequest: "vault_request",
    m.VaultReply: "vault_reply",
    m.VaultData: "vault_data",
    m.Error: "error",
}


def word(message: m.Message) -> str:
    """The name a message has in the transitions table."""
    if isinstance(message, m.Hello):
        return f"hello:{message.purpose}"
    if isinstance(message, m.Inventory):
        return "inventory:final" if message.complete else "inventory"
    return _WORDS[type(message)]


@dataclass(frozen=True)
class ConnectionClosed:
    """The peer closed its side of the stream (``receive_data(b"")``)."""


Event = m.Message | ConnectionClosed


def negotiate(a: m.Hello, b: m.Hello) -> int | None:
    """The version two Hellos agree on: the newest both speak, or None."""
    version = min(a.version, b.version)
    return version if version >= max(a.min_version, b.min_version) else None


class Connection:
    """One connection's protocol state; see the module docstring."""

    def __init__(
        self,
        our_role: Role,
        *,
        max_frame: int = MAX_FRAME,
        max_message: int = MAX_MESSAGE,
        max_pending: int = MAX_PENDING,
        compress_level: int = 1,
        max_version: int = m.PROTOCOL_VERSION,
        min_version: int = m.MIN_PROTOCOL_VERSION,
    ) -> None:
        if our_role not in (CLIENT, SERVER):
            raise ValueError(f"our_role must be 'client' or 'server', not {our_role!r}")
        self.our_role: Role = our_role
        self.their_role: Role = SERVER if our_role == CLIENT else CLIENT
        self.our_state = State.IDLE
        self.their_state = State.IDLE
        self.our_hello: m.Hello | None = None
        self.their_hello: m.Hello | None = None
        self.version: int | None = None
        self.max_version, self.min_version = max_version, min_version
        self.max_message = max_message
        self.max_pending = max_pending
        self.frames_received = 0  # Changes messages received (for Ack)
        self.bytes_sent = 0
        self.bytes_received = 0
        self._max_frame = max_frame
        self._decoder = FrameDecoder(max_frame)
        self._deflate = zlib.compressobj(compress_level, zlib.DEFLATED, -15)
        self._inflate = zlib.decompressobj(-15)
        self._assembler = packing.Assembler(max_pending)
        self._failed = False

    def set_limits(self, *, max_frame: int, max_message: int) -> None:
        """Change the largest frame and decoded payload accepted from here on.

        A server reads a peer it does not know yet with small limits and raises them once
        the peer is identified (:mod:`edunode.sync.session`), so a stranger can never make
        it buffer or inflate a 16 MiB frame.
        """
        self._decoder.max_frame = max_frame
        self.max_message = max_message

    @property
    def handshake_complete(self) -> bool:
        return self.version is not None and self.our_hello is not None

    # ------------------------------------------------------------------ the table

    def _check(self, sender: Role, message: m.Message) -> State | str:
        """The sender's next state, or why the message is not allowed now."""
        ours = sender == self.our_role
        state = self.our_state if ours else self.their_state
        other_state = self.their_state if ours else self.our_state
        other_hello = self.their_hello if ours else self.our_hello
        key = word(message)
        rule = TRANSITIONS.get((state, key, sender)) or TRANSITIONS.get((state, key, EITHER))
        if rule is None:
            return f"the {sender} may not send {key} when its side is {state.value}"
        nxt, needs = rule
        missing = (
            (needs is N.HELLO and other_hello is None)
            or (needs is N.REQUEST and other_state not in (S.COMMITTED, S.LINKED))
            or (needs is N.CHALLENGE and other_state not in (S.CHALLENGED, S.LINKED))
            or (needs is N.REVEAL and other_state is not S.LINKED)
            or (needs is N.INVENTORY and other_state not in (S.EXCHANGE, S.LIVE))
        )
        if missing:
            return f"the {sender} may not send {key} before {needs.value}"
        if isinstance(message, m.Hello) and other_hello and other_hello.purpose != message.purpose:
            return f"a Hello for {message.purpose} answers a Hello for {other_hello.purpose}"
        return nxt

    # ------------------------------------------------------------------ sending

    def send(self, message: m.Message) -> bytes:
        """The bytes to write for ``message``; LocalProtocolError if not allowed now, and
        SyncError(code="peer_closed") once the peer has gone (not our bug: a race)."""
        if self.their_state is S.CLOSED and not isinstance(message, m.Error):
            raise SyncError("the peer closed the connection", code="peer_closed")
        verdict = self._check(self.our_role, message)
        if isinstance(verdict, str):
            raise LocalProtocolError(verdict, code="illegal_send")
        frame_type, payload = m.encode(message)
        if len(payload) > self.max_message:
            raise LocalProtocolError(
                f"a message of {len(payload)} bytes exceeds {self.max_message}", code="too_big"
            )
        if isinstance(message, m.Hello):
            self.our_hello = message
            if self.their_hello is not None:
                self.version = negotiate(message, self.their_hello)
        elif (
            self.handshake_complete
            and len(payload) >= COMPRESS_MIN
            and not isinstance(message, m.VaultData)  # encrypted: zlib would only cost time
        ):
            payload = self._deflate.compress(payload) + self._deflate.flush(zlib.Z_SYNC_FLUSH)
            frame_type |= COMPRESSED
        data = encode_frame(frame_type, payload, max_frame=self._max_frame)
        self.our_state = verdict
        self.bytes_sent += len(data)
        return data

    # ------------------------------------------------------------------ receiving

    def receive_data(self, data: bytes) -> list[Event]:
        """Events in ``data``; ``b""`` means the peer closed its side.

        Raises RemoteProtocolError when the peer broke the protocol; the connection must
        then be closed (after sending an Error, if one can still be sent).
        """
        if self._failed:
            raise LocalProtocolError("receive_data after a protocol error", code="failed")
        if not data:
            self.their_state = S.CLOSED
            if self._decoder.buffered:
                self._failed = True
                raise RemoteProtocolError(
                    "the peer closed the connection mid-frame", code="truncated"
                )
            return [ConnectionClosed()]
        self.bytes_received += len(data)
        try:
            return [self._receive_frame(t, p) for t, p in self._decoder.feed(data)]
        except RemoteProtocolError:
            self._failed = True
            raise

    def _receive_frame(self, frame_type: int, payload: bytes) -> Event:
        if frame_type & COMPRESSED:
            if not self.handshake_complete:
                raise RemoteProtocolError("compressed data before the handshake", code="malformed")
            payload = self._inflated(payload)
        elif len(payload) > self.max_message:
            raise RemoteProtocolError("a message larger than the limit", code="oversized_message")
        message = m.decode(frame_type & 0x7F, payload)
        verdict = self._check(self.their_role, message)
        if isinstance(verdict, str):
            raise RemoteProtocolError(f"protocol violation: {verdict}", code="unexpected")
        self.their_state = verdict
        if isinstance(message, m.Hello):
            self.their_hello = message
            if not self.compatible(message):
                raise RemoteProtocolError(
                    f"the other computer speaks protocol versions {message.min_version} to "
                    f"{message.version}, this one {self.min_version} to {self.max_version}: "
                    "update EduNode on the older one",
                    code="version",
                )
            if self.our_hello is not None:
                self.version = negotiate(self.our_hello, message)
        elif isinstance(message, m.Changes):
            self.frames_received += 1
            return self._assembler.add(message)
        elif isinstance(message, m.Synced) and self._assembler.unfinished:
            raise RemoteProtocolError("Synced while a document is unfinished", code="unexpected")
        return message

    def compatible(self, hello: m.Hello) -> bool:
        """Whether we can talk with the sender of ``hello``."""
        return max(hello.min_version, self.min_version) <= min(hello.version, self.max_version)

    def hello(
        self, node_id: str, name: str, school: str, school_id: str, purpose: str, port: int = 0
    ) -> m.Hello:
        """Our Hello, carrying the versions this connection speaks."""
        return m.Hello(
            self.max_version, self.min_version, node_id, name, school, school_id, purpose, port
        )

    def _inflated(self, payload: bytes) -> bytes:
        try:
            out = self._inflate.decompress(payload, self.max_message + 1)
        except zlib.error as exc:
            raise RemoteProtocolError(
                f"damaged compressed data ({exc})", code="malformed"
            ) from None
        if len(out) > self.max_message or self._inflate.unconsumed_tail:
            raise RemoteProtocolError(
                f"a frame inflates to more than {self.max_message} bytes", code="oversized_message"
            )
        return out


def mermaid() -> str:
    """The state diagram of one direction, for docs/PROTOCOL.md."""
    lines = ["stateDiagram-v2"]
    seen: set[tuple[str, str, str]] = set()
    for (state, key, sender), (nxt, needs) in TRANSITIONS.items():
        if key in ("ping", "pong") or (key == "error" and state is not S.IDLE):
            continue
        name = {
            "hello:sync": "Hello sync",
            "hello:link": "Hello link",
            "hello:vault": "Hello vault",
            "inventory:final": "last Inventory part",
        }.get(key, key)
        label = name if sender == EITHER else f"{name} by {sender}"
        if needs is not N.NOTHING:
            label += f" after {needs.value}"
        edge = (state.value, nxt.value, label)
        if edge not in seen:
            seen.add(edge)
            lines.append(f"    {state.value} --> {nxt.value}: {label}")
    lines.append("    note right of closed: error is allowed from every state")
    return "\n".join(lines)
