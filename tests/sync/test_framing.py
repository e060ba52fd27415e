"""Frames: round trips under every split, hostile headers, bounded buffering.

Speed is measured by benchmarks, not asserted here (DESIGN §9); these tests check the
behaviour that makes the decoder linear: consumed bytes are dropped as frames complete.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edunode.errors import LocalProtocolError, RemoteProtocolError, SyncError
from edunode.sync.framing import HEADER_SIZE, MAX_FRAME, FrameDecoder, encode_frame

frames_st = st.lists(
    st.tuples(st.integers(0, 255), st.binary(max_size=300)), min_size=0, max_size=20
)


def test_encode_layout() -> None:
    assert encode_frame(7, b"abc") == b"\x00\x00\x00\x04\x07abc"
    assert encode_frame(0, b"") == b"\x00\x00\x00\x01\x00"


def test_round_trip_one_frame() -> None:
    dec = FrameDecoder()
    assert dec.feed(encode_frame(3, b"hello")) == [(3, b"hello")]
    assert dec.buffered == 0


def test_partial_frames_are_buffered_until_complete() -> None:
    data = encode_frame(1, b"x" * 10) + encode_frame(2, b"y")
    dec = FrameDecoder()
    assert dec.feed(data[:3]) == []
    assert dec.feed(data[3:9]) == []
    assert dec.buffered == 9
    assert dec.feed(data[9:]) == [(1, b"x" * 10), (2, b"y")]
    assert dec.feed(b"") == []


@given(frames=frames_st, cuts=st.lists(st.integers(0, 10_000), max_size=30))
def test_any_split_decodes_to_the_same_frames(
    frames: list[tuple[int, bytes]], cuts: list[int]
) -> None:
    stream = b"".join(encode_frame(t, p) for t, p in frames)
    points = sorted({c % (len(stream) + 1) for c in cuts})
    dec = FrameDecoder(max_frame=1024)
    out: list[tuple[int, bytes]] = []
    prev = 0
    for point in [*points, len(stream)]:
        out += dec.feed(stream[prev:point])
        prev = point
    assert out == frames
    assert dec.buffered == 0


@given(data=st.binary(max_size=2000), chunk=st.integers(1, 64))
@settings(max_examples=300)
def test_garbage_decodes_or_raises_remote_protocol_error(data: bytes, chunk: int) -> None:
    dec = FrameDecoder(max_frame=512)
    try:
        for i in range(0, len(data), chunk):
            for frame_type, payload in dec.feed(data[i : i + chunk]):
                assert 0 <= frame_type <= 255
                assert len(payload) < 512
    except RemoteProtocolError as exc:
        assert exc.code in {"oversized_frame", "empty_frame"}
    assert dec.buffered < HEADER_SIZE + 512


def test_oversized_header_rejected_before_body() -> None:
    dec = FrameDecoder(max_frame=100)
    with pytest.raises(RemoteProtocolError) as info:
        dec.feed(struct.pack(">I", 101))  # only the length: no body sent yet
    assert info.value.code == "oversized_frame"
    assert info.value.facts["length"] == 101
    assert dec.buffered == 0


def test_oversized_default_limit_is_16_mib() -> None:
    assert MAX_FRAME == 16 * 1024 * 1024
    dec = FrameDecoder()
    assert dec.feed(struct.pack(">IB", MAX_FRAME, 1)) == []  # exactly the limit: waits
    with pytest.raises(RemoteProtocolError):
        FrameDecoder().feed(struct.pack(">IB", MAX_FRAME + 1, 1))
    with pytest.raises(RemoteProtocolError):
        FrameDecoder().feed(b"\xff\xff\xff\xff")


def test_zero_length_frame_is_a_remote_error() -> None:
    dec = FrameDecoder()
    with pytest.raises(RemoteProtocolError) as info:
        dec.feed(encode_frame(1, b"ok") + b"\x00\x00\x00\x00")
    assert info.value.code == "empty_frame"
    assert isinstance(info.value, SyncError)


def test_decoder_refuses_reuse_after_error() -> None:
    dec = FrameDecoder(max_frame=10)
    with pytest.raises(RemoteProtocolError):
        dec.feed(b"\x00\x00\x01\x00")
    with pytest.raises(LocalProtocolError):
        dec.feed(encode_frame(1, b""))


def test_encode_rejects_bad_type_and_oversized_payload() -> None:
    with pytest.raises(LocalProtocolError):
        encode_frame(256, b"")
    with pytest.raises(LocalProtocolError):
        encode_frame(-1, b"")
    with pytest.raises(LocalProtocolError) as info:
        encode_frame(1, b"x" * 10, max_frame=10)
    assert info.value.code == "oversized_frame"
    assert encode_frame(1, b"x" * 9, max_frame=10)


def test_max_frame_must_be_positive() -> None:
    with pytest.raises(ValueError):
        FrameDecoder(max_frame=0)


def test_sixteen_mib_frame_in_small_reads() -> None:
    payload = bytes(range(256)) * (MAX_FRAME // 256 - 1)
    data = encode_frame(9, payload)
    dec = FrameDecoder()
    got: list[tuple[int, bytes]] = []
    for i in range(0, len(data), 65536):
        got += dec.feed(data[i : i + 65536])
    assert len(got) == 1 and got[0][0] == 9 and got[0][1] == payload
    assert dec.buffered == 0


def test_many_small_frames_in_one_read_and_in_odd_reads() -> None:
    frames = [(i % 256, i.to_bytes(4, "big")) for i in range(100_000)]
    data = b"".join(encode_frame(t, p) for t, p in frames)
    assert FrameDecoder().feed(data) == frames
    dec = FrameDecoder()
    got: list[tuple[int, bytes]] = []
    peak = 0
    for i in range(0, len(data), 4093):
        got += dec.feed(data[i : i + 4093])
        peak = max(peak, len(dec._buf))
    assert got == frames
    # Consumed bytes are dropped as we go: the buffer never holds the whole stream.
    assert peak < 2 * 4093
