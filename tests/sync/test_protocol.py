"""The sans-IO protocol core: message encoding, the state table, compression, limits.

No sockets: two :class:`Connection` objects are wired to each other in memory, and
Hypothesis feeds them everything a peer could send.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edunode.controls import has_control
from edunode.crdt import change_hash
from edunode.errors import LocalProtocolError, RemoteProtocolError
from edunode.identity import NodeIdentity
from edunode.sync import messages as m
from edunode.sync import packing, wire
from edunode.sync.framing import encode_frame
from edunode.sync.protocol import (
    COMPRESSED,
    TRANSITIONS,
    Connection,
    ConnectionClosed,
    State,
    mermaid,
)

NODE_A = NodeIdentity.generate().node_id
NODE_B = NodeIdentity.generate().node_id
DOC = "abcdefghijklmnopqrstuvwx"

# ----------------------------------------------------------------------------- strategies

# Texts on the wire hold no control characters (but a tab): the decoder refuses the others
# (tests/cli/test_control_chars.py).
texts = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
    max_size=40,
).filter(lambda s: not has_control(s))
keys = st.binary(min_size=32, max_size=32)
doc_ids = st.binary(min_size=15, max_size=15).map(lambda b: wire.doc_id_text(b))
school_ids = st.one_of(st.just(""), doc_ids)
node_ids = st.sampled_from([NODE_A, NODE_B])
counts = st.integers(min_value=0, max_value=2**40)

hellos = st.builds(
    m.Hello,
    st.integers(1, 9),
    st.integers(1, 9),
    node_ids,
    texts,
    texts,
    school_ids,
    st.sampled_from(m.PURPOSES),
    st.integers(0, 65535),
)
hashes32 = st.binary(min_size=32, max_size=32)
link_requests = st.builds(
    m.LinkRequest,
    texts,
    texts,
    school_ids,
    st.binary(max_size=300),
    st.binary(max_size=64),
    hashes32,
)
clock_entries = st.builds(m.ClockEntry, keys, counts, st.binary(min_size=8, max_size=8))
inventories = st.builds(
    m.Inventory,
    st.lists(
        st.builds(m.InventoryEntry, doc_ids, st.lists(clock_entries, max_size=4).map(tuple)),
        max_size=6,
    ).map(tuple),
    st.booleans(),
)


@st.composite
def doc_changes(draw: st.DrawFn) -> m.DocChanges:
    changes = tuple(draw(st.lists(st.binary(min_size=9, max_size=120), max_size=6, unique=True)))
    signed = draw(st.lists(st.sampled_from(changes), max_size=3, unique=True)) if changes else []
    sigs = tuple((change_hash(c), draw(st.binary(min_size=64, max_size=64))) for c in signed)
    return m.DocChanges(draw(doc_ids), changes, sigs, draw(st.booleans()))


changes_msgs = st.builds(m.Changes, st.lists(doc_changes(), max_size=4).map(tuple))
messages = st.one_of(
    hellos,
    link_requests,
    st.builds(m.LinkChallenge, hashes32),
    st.builds(m.LinkReveal, hashes32),
    st.builds(m.LinkReply, texts),
    inventories,
    changes_msgs,
    st.builds(m.Synced, counts, counts),
    st.builds(m.Ack, counts, counts),
    st.builds(m.Ping, counts),
    st.builds(m.Pong, counts),
    st.builds(m.Error, texts, texts),
)


# ----------------------------------------------------------------------------- encoding


@given(messages)
def test_every_message_round_trips(message: m.Message) -> None:
    frame_type, payload = m.encode(message)
    assert m.decode(frame_type, payload) == message


@given(st.integers(0, 127), st.binary(max_size=300))
@settings(max_examples=500)
def test_decoding_garbage_raises_only_remote_protocol_error(
    frame_type: int, payload: bytes
) -> None:
    with contextlib.suppress(RemoteProtocolError):
        m.decode(frame_type, payload)


def test_signature_must_name_a_change_of_its_batch() -> None:
    batch = m.DocChanges(DOC, (b"x" * 20,), ((b"\x00" * 32, b"s" * 64),))
    with pytest.raises(LocalProtocolError):
        m.encode(m.Changes((batch,)))


def test_limits_are_checked_before_allocating() -> None:
    w = wire.Writer()
    w.uint(0)  # not complete
    w.uint(10**12)  # a trillion actors announced
    with pytest.raises(RemoteProtocolError):
        m.decode(m.MessageType.INVENTORY, bytes(w.out))


@given(st.lists(doc_changes(), max_size=5), st.integers(60, 400))
def test_pack_changes_splits_and_the_receiver_joins(
    batches: list[m.DocChanges], budget: int
) -> None:
    batches = [
        m.DocChanges(
            f"{i:024d}".translate(str.maketrans("0123456789", "abcdefghij")),
            b.changes,
            b.signatures,
        )
        for i, b in enumerate(batches)
    ]
    a, b = handshaken()
    inventories_exchanged(a, b)
    got: list[m.DocChanges] = []
    for message in packing.pack_changes(batches, budget):
        for event in b.receive_data(a.send(message)):
            assert isinstance(event, m.Changes)
            got.extend(event.batches)
    expected = batches
    assert [(x.doc_id, x.changes, dict(x.signatures)) for x in got] == [
        (x.doc_id, x.changes, dict(x.signatures)) for x in expected
    ]


# ----------------------------------------------------------------------------- two connections


def pump(src: Connection, dst: Connection, message: m.Message) -> list[object]:
    return list(dst.receive_data(src.send(message)))


def handshaken(purpose: str = "sync") -> tuple[Connection, Connection]:
    client, server = Connection("client"), Connection("server")
    (hello,) = pump(client, server, client.hello(NODE_A, "A", "Hill", "", purpose, 4000))
    assert isinstance(hello, m.Hello) and hello.node_id == NODE_A
    (reply,) = pump(server, client, server.hello(NODE_B, "B", "Vale", "", purpose))
    assert isinstance(reply, m.Hello)
    assert client.handshake_complete and server.handshake_complete
    return client, server


def inventories_exchanged(client: Connection, server: Connection) -> None:
    pump(client, server, m.Inventory((), complete=True))
    pump(server, client, m.Inventory((), complete=True))


def test_handshake_inventory_changes_synced_in_memory() -> None:
    client, server = handshaken()
    entry = m.InventoryEntry(DOC, (m.ClockEntry(b"k" * 32, 3, b"t" * 8),))
    (inv,) = pump(client, server, m.Inventory((entry,), complete=True))
    assert inv == m.Inventory((entry,), True)
    pump(server, client, m.Inventory((), complete=True))
    change = os.urandom(400)
    batch = m.DocChanges(DOC, (change,), ((change_hash(change), b"s" * 64),))
    (changes,) = pump(server, client, m.Changes((batch,)))
    assert changes == m.Changes((batch,))
    assert pump(server, client, m.Synced(1, 1)) == [m.Synced(1, 1)]
    assert pump(client, server, m.Ack(1, 1)) == [m.Ack(1, 1)]
    assert pump(client, server, m.Synced(0, 0)) == [m.Synced(0, 0)]
    assert client.our_state is State.LIVE and server.our_state is State.LIVE
    assert pump(server, client, m.Changes((batch,))) == [m.Changes((batch,))]  # live push
    assert client.frames_received == 2
    assert client.receive_data(b"") == [ConnectionClosed()]


def whole_documents(message: m.Changes) -> m.Changes:
    return m.Changes(
        tuple(m.DocChanges(b.doc_id, b.changes, b.signatures) for b in message.batches)
    )


@given(
    st.lists(inventories.map(lambda i: m.Inventory(i.entries, False)), max_size=3),
    st.lists(changes_msgs.map(whole_documents), max_size=4),
    st.lists(st.integers(1, 97), min_size=1, max_size=8),
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_exchange_in_memory_whatever_the_byte_boundaries(
    parts: list[m.Inventory], changes: list[m.Changes], cuts: list[int]
) -> None:
    """Handshake, inventory in parts, changes, Synced and Ack through two Connections; the
    byte stream is cut at arbitrary places and the events are exactly what was sent."""
    client, server = handshaken()
    sent: list[m.Message] = [*parts, m.Inventory((), complete=True)]
    stream = b"".join(client.send(msg) for msg in sent)
    pump(server, client, m.Inventory((), complete=True))
    stream += b"".join(client.send(msg) for msg in [*changes, m.Synced(1, 2)])
    sent += [*changes, m.Synced(1, 2)]
    got: list[object] = []
    pos, i = 0, 0
    while pos < len(stream):
        step = cuts[i % len(cuts)]
        got += server.receive_data(stream[pos : pos + step])
        pos, i = pos + step, i + 1
    assert got == sent
    assert server.their_state is State.LIVE and server.frames_received == len(changes)
    ack = m.Ack(server.frames_received)
    assert client.receive_data(server.send(ack)) == [ack]


def test_frames_after_the_handshake_are_compressed() -> None:
    client, server = handshaken()
    inventories_exchanged(client, server)
    text = b"the same words again and again " * 200
    batch = m.DocChanges(DOC, (text, text + b"!"))
    data = server.send(m.Changes((batch,)))
    assert data[4] & COMPRESSED and len(data) < len(text) / 4
    assert client.receive_data(data) == [m.Changes((batch,))]


def test_link_exchange() -> None:
    """Request (with the commitment), challenge, reveal, reply — in that order only: the
    server can't reply before the reveal, the client can't reveal before the challenge."""
    client, server = handshaken("link")
    request = m.LinkRequest("A", "Hill", "", b"cert", b"p" * 64, b"c" * 32)
    with pytest.raises(LocalProtocolError):
        server.send(m.LinkChallenge(b"n" * 32))  # no request yet
    assert pump(client, server, request) == [request]
    with pytest.raises(LocalProtocolError):
        client.send(m.LinkReveal(b"r" * 32))  # no challenge yet
    with pytest.raises(LocalProtocolError):
        server.send(m.LinkReply("pending"))  # no reveal yet
    assert pump(server, client, m.LinkChallenge(b"n" * 32)) == [m.LinkChallenge(b"n" * 32)]
    assert pump(client, server, m.LinkReveal(b"r" * 32)) == [m.LinkReveal(b"r" * 32)]
    assert pump(server, client, m.LinkReply("pending")) == [m.LinkReply("pending")]
    with pytest.raises(LocalProtocolError):
        client.send(m.Inventory(()))


def test_a_reply_before_the_reveal_is_a_protocol_violation() -> None:
    client, server = handshaken("link")
    pump(client, server, m.LinkRequest("A", "Hill", "", b"cert", b"p" * 64, b"c" * 32))
    pump(server, client, m.LinkChallenge(b"n" * 32))
    rogue = Connection("server")  # a server that skips waiting for the reveal
    rogue.our_state, rogue.their_state = State.CHALLENGED, State.COMMITTED
    rogue.our_hello, rogue.their_hello = server.our_hello, server.their_hello
    rogue.version = server.version
    with pytest.raises(LocalProtocolError):
        rogue.send(m.LinkReply("pending"))


def test_link_nonces_and_commitments_have_fixed_sizes() -> None:
    with pytest.raises(LocalProtocolError):
        m.encode(m.LinkChallenge(b"short"))
    with pytest.raises(LocalProtocolError):
        m.encode(m.LinkRequest("A", "Hill", "", b"cert", b"p" * 64, b"c" * 31))
    kind, payload = m.encode(m.LinkReveal(b"r" * 32))
    with pytest.raises(RemoteProtocolError):
        m.decode(kind, payload[:-1])


@pytest.mark.parametrize(
    ("role", "make"),
    [
        ("server", lambda: m.Hello(1, 1, NODE_B, "B", "", "", "sync")),  # server speaks second
        ("client", lambda: m.Inventory(())),  # nothing before Hello
        ("client", lambda: m.LinkReply("pending")),  # only a server replies
    ],
)
def test_illegal_sends_raise_local_protocol_error(role: str, make: object) -> None:
    conn = Connection(role)  # type: ignore[arg-type]
    with pytest.raises(LocalProtocolError):
        conn.send(make())  # type: ignore[operator]


def test_changes_before_the_peers_inventory_are_refused_both_ways() -> None:
    client, server = handshaken()
    with pytest.raises(LocalProtocolError):
        client.send(m.Changes(()))
    # A hostile client that sends them anyway: crafted with a connection that thinks it may.
    rogue, victim = handshaken()
    rogue.their_state = State.EXCHANGE
    pump(rogue, victim, m.Inventory((), complete=True))
    with pytest.raises(RemoteProtocolError):
        victim.receive_data(rogue.send(m.Changes(())))


def test_incompatible_version_is_refused_and_the_error_is_readable() -> None:
    client = Connection("client", max_version=7, min_version=7)
    server = Connection("server")
    with pytest.raises(RemoteProtocolError) as info:
        server.receive_data(client.send(client.hello(NODE_A, "A", "", "", "sync")))
    assert info.value.facts["code"] == "version"
    events = client.receive_data(server.send(m.Error("version", str(info.value))))
    assert isinstance(events[0], m.Error) and events[0].code == "version"


def test_decompression_bomb_is_refused() -> None:
    client, server = handshaken()
    inventories_exchanged(client, server)
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = squeezer.compress(b"\x00" * (server.max_message + 1000)) + squeezer.flush(
        zlib.Z_SYNC_FLUSH
    )
    assert len(bomb) < 40_000
    frame = encode_frame(m.MessageType.CHANGES | COMPRESSED, bomb)
    with pytest.raises(RemoteProtocolError) as info:
        client.receive_data(frame)
    assert info.value.facts["code"] == "oversized_message"


def test_oversized_frame_is_refused_from_its_header() -> None:
    server = Connection("server", max_frame=1024)
    with pytest.raises(RemoteProtocolError):
        server.receive_data((10**6).to_bytes(4, "big") + b"\x01")


def test_compressed_frame_before_the_handshake_is_refused() -> None:
    with pytest.raises(RemoteProtocolError):
        Connection("server").receive_data(encode_frame(COMPRESSED | 1, b"\x00\x00\xff\xff"))


@given(st.binary(max_size=600))
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_garbage_to_a_fresh_server_raises_only_remote_protocol_error(data: bytes) -> None:
    conn = Connection("server")
    with contextlib.suppress(RemoteProtocolError):
        conn.receive_data(data)


@given(st.lists(st.tuples(st.integers(0, 255), st.binary(max_size=200)), max_size=6))
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_random_frames_after_a_handshake_raise_only_remote_protocol_error(
    frames: list[tuple[int, bytes]],
) -> None:
    client, server = handshaken()
    try:
        for frame_type, payload in frames:
            client.receive_data(encode_frame(frame_type, payload))
    except RemoteProtocolError:
        pass


@given(messages, st.integers(0, 400), st.binary(min_size=1, max_size=8))
@settings(max_examples=300)
def test_corrupted_valid_frames_raise_only_remote_protocol_error(
    message: m.Message, where: int, junk: bytes
) -> None:
    client, server = handshaken()
    inventories_exchanged(client, server)
    try:
        data = bytearray(server.send(message))
    except LocalProtocolError:
        return  # not sendable now: nothing to corrupt
    pos = where % len(data)
    data[pos : pos + len(junk)] = junk
    with contextlib.suppress(RemoteProtocolError):
        client.receive_data(bytes(data))


def test_the_table_reaches_live_and_is_drawn() -> None:
    targets = {target for target, _ in TRANSITIONS.values()}
    assert set(State) - {State.IDLE} <= targets
    diagram = mermaid()
    assert diagram.startswith("stateDiagram-v2") and "exchange --> live" in diagram


def test_protocol_doc_draws_the_current_tables() -> None:
    from pathlib import Path

    from edunode.sync import links

    text = (Path(__file__).parents[2] / "docs" / "PROTOCOL.md").read_text()
    assert mermaid() in text and links.mermaid() in text


def test_real_changes_travel_compact_and_rebuild_exactly() -> None:
    from edunode import crdt

    doc = crdt.new_document(b"\x01" * 32)
    for i in range(5):
        with doc.transaction() as tx:
            crdt.put(tx, crdt.ROOT, f"key{i}", "value" * i)
    data = tuple(c.data for c in crdt.changes_since(doc, []))
    batch = m.DocChanges(DOC, data, ((change_hash(data[-1]), b"s" * 64),))
    frame_type, payload = m.encode(m.Changes((batch,)))
    assert not any(change_hash(d) in payload for d in data)  # dependencies by reference
    assert m.decode(frame_type, payload) == m.Changes((batch,))


def test_change_hash_is_what_signatures_name() -> None:
    data = os.urandom(50)
    assert change_hash(data) == hashlib.sha256(data[8:]).digest()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.binary(min_size=1, max_size=8),
        min_size=1,
        max_size=4,
        unique_by=lambda b: b.ljust(32, b"\0"),
    ),
    st.lists(st.integers(0, 3), min_size=1, max_size=12),
    st.booleans(),
)
def test_decoded_headers_are_what_the_bytes_say(
    actors: list[bytes], writes: list[int], merge_in: bool
) -> None:
    """The decoder hands verification each change's header so it is not parsed twice: it
    must be exactly what crdt.parse_header reads from the rebuilt bytes (several authors,
    concurrent branches, dependencies by reference and raw)."""
    from edunode import crdt
    from edunode.crdt import columns

    docs = [crdt.new_document(a.ljust(32, b"\0")) for a in actors]
    for n, who in enumerate(writes):
        doc = docs[who % len(docs)]
        with doc.transaction() as tx:
            crdt.put(tx, crdt.ROOT, f"k{n % 3}", n)
        if merge_in and n % 2:
            other = docs[(who + 1) % len(docs)]
            crdt.apply(other, [c.data for c in crdt.changes_since(doc, [])])
    data = tuple(dict.fromkeys(c.data for d in docs for c in crdt.changes_since(d, [])))
    batch = m.DocChanges(DOC, data + (os.urandom(30),))  # one that is not a change at all
    decoded = m.decode(*m.encode(m.Changes((batch,))))
    assert isinstance(decoded, m.Changes)
    (got,) = decoded.batches
    assert got.changes == batch.changes and got.headers is not None
    for change, header in zip(got.changes[:-1], got.headers[:-1], strict=True):
        assert header is not None
        assert header._replace(ops=-1) == crdt.parse_header(change)
        assert header.ops == columns.op_count(change) >= 1
    assert got.headers[-1] is None  # verification parses it again and rejects it


def test_a_compact_change_with_a_damaged_actor_has_no_header() -> None:
    from edunode.sync.wire import _rest_header

    digest = b"h" * 32
    assert _rest_header(digest, [], b"\x20" + b"a" * 5) is None  # actor cut short
    assert _rest_header(digest, [], b"\x02ab") is None  # no sequence number
    assert _rest_header(digest, [], b"\x02ab\x07rest") == (digest, b"ab", 7, (), -1)


def test_an_oversized_compact_change_gets_no_header() -> None:
    """Verification trusts a decoded header instead of parsing; the decoder must not hand
    one over for bytes that parse_header would refuse as too large."""
    from edunode import crdt

    rest = b"\x01\x07" + b"\x01" + b"\x00" * (crdt.MAX_CHANGE_BYTES + 10)  # actor, seq, body
    w = wire.Writer()
    w.uint(1)  # compact
    w.uint(0)  # no dependencies
    w.blob(rest, 1 << 32)
    data, header = wire.decode_change(wire.Reader(bytes(w.out)), [])
    assert len(data) > crdt.MAX_CHANGE_BYTES and header is None


def test_verification_refuses_an_oversized_change_even_with_a_header() -> None:
    from edunode import crdt
    from edunode.domain.verify import verify_batch
    from edunode.errors import RejectedChanges

    data = b"\x00" * (crdt.MAX_CHANGE_BYTES + 1)
    header = crdt.Header(hashlib.sha256(data[8:]).digest(), b"a" * 32, 1, ())
    with pytest.raises(RejectedChanges, match="larger than"):
        verify_batch(
            DOC, None, None, [data], {}, lambda *_: set(), actor=b"b" * 32, headers=[header]
        )
