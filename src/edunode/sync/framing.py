"""Length-prefixed frames, sans-IO.

A frame on the wire is::

    +----------------------+-----------+-----------------------+
    | length: u32 big-end. | type: u8  | payload: length-1 B   |
    +----------------------+-----------+-----------------------+

``length`` counts the type byte plus the payload, so it is always at least 1. A zero
length is a protocol error rather than a keep-alive: an empty frame carries no type, and
accepting it would give a misbehaving peer a free way to keep a connection busy.

Why the decoder looks the way it does:

* **Bounded memory.** The announced length is checked against ``max_frame`` as soon as the
  5-byte header has arrived, *before* any of the body is buffered. A peer that announces
  4 GB is disconnected after sending five bytes, not after we have allocated 4 GB.
* **Smaller still before the peer is known.** The limit can be changed between reads
  (:attr:`FrameDecoder.max_frame`): a server reads a stranger's frames with
  :data:`MAX_STRANGER_FRAME` and raises the limit only once the peer is identified, so a
  connection that was never approved holds at most that much memory.
* **Linear time.** Bytes are appended to one ``bytearray`` and consumed by moving a read
  offset. The consumed prefix is dropped only when it is at least half of the buffer, so
  each byte is copied O(1) times on average whether the stream is a million 10-byte frames
  or one 16 MB frame arriving in 64 KB reads. (Re-slicing ``bytes`` on every frame would be
  quadratic in the number of frames per read.)
* **No I/O.** ``feed`` takes bytes and returns frames; sockets and timers belong to the
  asyncio adapter, so the protocol can be tested by wiring two objects together in memory.
"""

from __future__ import annotations

import struct

from edunode.errors import LocalProtocolError, RemoteProtocolError

__all__ = ["HEADER_SIZE", "MAX_FRAME", "MAX_STRANGER_FRAME", "FrameDecoder", "encode_frame"]

#: Largest ``length`` field (type byte + payload) accepted by default: 16 MiB.
MAX_FRAME = 16 * 1024 * 1024
#: Largest frame from a peer not yet identified (a Hello, or a link request with its
#: certificate of at most 16 KiB): 64 KiB.
MAX_STRANGER_FRAME = 64 * 1024
#: Bytes before the payload: the u32 length and the u8 type.
HEADER_SIZE = 5

_LENGTH = struct.Struct(">I")
_HEADER = struct.Struct(">IB")
_U32_MAX = 0xFFFF_FFFF


def encode_frame(frame_type: int, payload: bytes, *, max_frame: int = MAX_FRAME) -> bytes:
    """Serialise one frame.

    Raises :class:`LocalProtocolError` when the frame type is not a byte or the frame would
    exceed ``max_frame``: sending it would only get us disconnected by a conforming peer, so
    it is our bug and is reported before anything reaches the wire.
    """
    if not 0 <= frame_type <= 0xFF:
        raise LocalProtocolError(
            f"frame type {frame_type} does not fit in one byte", code="bad_frame_type"
        )
    length = len(payload) + 1
    if length > max_frame or length > _U32_MAX:
        raise LocalProtocolError(
            f"a frame of {length} bytes is larger than the limit of {max_frame} bytes",
            code="oversized_frame",
            length=length,
            max_frame=max_frame,
        )
    return _HEADER.pack(length, frame_type) + payload


class FrameDecoder:
    """Turn a byte stream into ``(frame_type, payload)`` tuples.

    Feed it whatever the transport delivered, in any split; it returns the frames that are
    complete and keeps the rest. After it has raised, the stream is out of step and the
    decoder must not be used again (the connection is closed).
    """

    __slots__ = ("_buf", "_pos", "_max_frame", "_failed")

    def __init__(self, max_frame: int = MAX_FRAME) -> None:
        if not 1 <= max_frame <= _U32_MAX:
            raise ValueError(f"max_frame must be between 1 and {_U32_MAX}, not {max_frame}")
        self._max_frame = max_frame
        self._buf = bytearray()
        self._pos = 0
        self._failed = False

    @property
    def max_frame(self) -> int:
        """The largest ``length`` accepted; it applies to every header not yet checked, so
        bytes already buffered are checked against the new limit at the next :meth:`feed`."""
        return self._max_frame

    @max_frame.setter
    def max_frame(self, max_frame: int) -> None:
        if not 1 <= max_frame <= _U32_MAX:
            raise ValueError(f"max_frame must be between 1 and {_U32_MAX}, not {max_frame}")
        self._max_frame = max_frame

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned as a frame (at most header + max_frame)."""
        return len(self._buf) - self._pos

    def feed(self, data: bytes | bytearray | memoryview) -> list[tuple[int, bytes]]:
        """Add received bytes; return every frame now complete, in order.

        Raises :class:`RemoteProtocolError` (``code`` ``oversized_frame`` or ``empty_frame``)
        as soon as a header breaks the rules.
        """
        if self._failed:
            raise LocalProtocolError(
                "the frame decoder was used after a protocol error", code="decoder_failed"
            )
        buf = self._buf
        if data:
            buf += data
        frames: list[tuple[int, bytes]] = []
        pos = self._pos
        end = len(buf)
        max_frame = self._max_frame
        try:
            while end - pos >= _LENGTH.size:
                (length,) = _LENGTH.unpack_from(buf, pos)
                if length > max_frame:
                    raise RemoteProtocolError(
                        f"the peer announced a frame of {length} bytes; "
                        f"the limit is {max_frame} bytes",
                        code="oversized_frame",
                        length=length,
                        max_frame=max_frame,
                    )
                if length == 0:
                    raise RemoteProtocolError(
                        "the peer sent an empty frame (no frame type)", code="empty_frame"
                    )
                if end - pos < _LENGTH.size + length:
                    break
                frame_type = buf[pos + _LENGTH.size]
                body_start = pos + HEADER_SIZE
                pos = pos + _LENGTH.size + length
                frames.append((frame_type, bytes(buf[body_start:pos])))
        except RemoteProtocolError:
            self._failed = True
            self._buf = bytearray()
            self._pos = 0
            raise
        self._compact(pos)
        return frames

    def _compact(self, pos: int) -> None:
        """Forget consumed bytes, copying the tail only when that is amortised O(1)."""
        buf = self._buf
        if pos == len(buf):
            buf.clear()
            self._pos = 0
        elif pos >= len(buf) // 2:
            del buf[:pos]
            self._pos = 0
        else:
            self._pos = pos
