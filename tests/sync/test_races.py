"""Races the soak test ran into, pinned down as deterministic tests.

Each pins the behaviour we want: a race is never blamed on an honest peer nor logged as our
own bug.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.netutil import PIN, link, make_node, service, stop_all, wait_for

from edunode.errors import LocalProtocolError, RejectedChanges, SyncError
from edunode.identity import NodeIdentity
from edunode.service.replica import NodeReplica
from edunode.store import clocks
from edunode.sync import messages as m
from edunode.sync.protocol import Connection


@pytest.mark.net
def test_a_frame_arriving_just_after_a_revoke_is_not_blamed_on_the_peer(tmp_path: Path) -> None:
    """A frame in flight when the admin revokes a link (the soak test hits this) must end
    the session as *not approved*, not be reported as the peer sending out-of-scope data."""
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    shared = vale.create_course("Rivers")  # a community course: Hill takes it from Vale
    sh, sv = service(hill), service(vale)
    try:
        link((hill, sh), (vale, sv), "community")
        wait_for(lambda: hill.docs.maybe(shared) is not None, what="the course at Hill")
    finally:
        stop_all(sh, sv)
    try:
        held = clocks.clocks(hill.store, [shared])[shared]
        have = {a: (s, h[: m.TIP_BYTES]) for a, (s, h) in held.items()}
        vale.update_course(shared, summary="rivers and lakes")
        batches = [b for b, _ in NodeReplica(vale).outgoing(hill.node_id, {shared: have})]
        assert batches
        hill.revoke(vale.node_id, PIN)  # the admin clicks while this frame is on its way
        with pytest.raises(SyncError) as caught:
            NodeReplica(hill).receive(vale.node_id, batches)
        assert not isinstance(caught.value, RejectedChanges), str(caught.value)
    finally:
        hill.close()
        vale.close()


NODE_A, NODE_B = NodeIdentity.generate().node_id, NodeIdentity.generate().node_id


def _live_pair() -> tuple[Connection, Connection]:
    """Client and server past Hello, both inventories exchanged (both in EXCHANGE)."""
    client, server = Connection("client"), Connection("server")
    for sender, receiver, node in ((client, server, NODE_A), (server, client, NODE_B)):
        receiver.receive_data(sender.send(sender.hello(node, "", "", "", "sync", 0)))
    for sender, receiver in ((client, server), (server, client)):
        receiver.receive_data(sender.send(m.Inventory((), complete=True)))
    return client, server


def test_sending_after_the_peer_closed_is_not_reported_as_our_bug() -> None:
    client, _server = _live_pair()
    client.receive_data(b"")  # the server went away in the middle of our bulk send
    with pytest.raises(SyncError) as caught:
        client.send(m.Changes(()))
    assert not isinstance(caught.value, LocalProtocolError)
