"""Link requests on the wire: the proof that binds one to its sender, and the client side.

An unknown node may connect without a certificate only to deliver a link request; it
receives no data. The request carries the requester's certificate and a *proof*: its
signature, with the key in that certificate, over the server's public key and the
certificate's hash. So nobody can file a request in another node's name (the admin would see
a pending request, with a verification code, for a node that never asked), and a request
can't be replayed to another node. The verification code both admins compare is made from
both keys and a nonce from each side, the requester's committed to before the server's is
known (:func:`edunode.identity.verification_code`). The server side runs in
:meth:`edunode.sync.session.Session` (purpose ``link``); the client side is
:func:`request_link`, used by ``edunode link``.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable

from edunode.errors import IdentityError, SyncError
from edunode.identity import (
    link_commitment,
    link_nonce,
    node_id_from_public_key,
    public_key_from_certificate,
    verify_signature,
)
from edunode.sync import messages as m
from edunode.sync.protocol import Connection, ConnectionClosed

LINK_PROOF_DOMAIN = b"edunode/link-request/v1\x00"


def link_proof_message(server_key: bytes, cert_pem: bytes) -> bytes:
    """What a link request's ``proof`` signs: the server it is for and the requester's cert."""
    return LINK_PROOF_DOMAIN + server_key + hashlib.sha256(cert_pem).digest()


def check_link_request(request: m.LinkRequest, hello: m.Hello, server_key: bytes) -> bool:
    """Whether ``request`` comes from the node its Hello names, proven for this server."""
    try:
        key = public_key_from_certificate(request.cert_pem)
    except IdentityError:
        return False
    proof = link_proof_message(server_key, request.cert_pem)
    return node_id_from_public_key(key) == hello.node_id and verify_signature(
        key, proof, request.proof
    )


async def request_link(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    hello: m.Hello,
    make_request: Callable[[bytes], m.LinkRequest],
    timeout: float = 10.0,
) -> tuple[m.Hello, m.LinkReply, bytes, bytes]:
    """Client side of a link request: Hello, LinkRequest (made by ``make_request`` from the
    commitment to our nonce), LinkReveal once the server's LinkChallenge came, then wait for
    the LinkReply. Returns the server's Hello, its reply, our nonce and the server's nonce
    (the verification code is made from them and both keys)."""
    conn = Connection("client")
    ours = link_nonce()
    theirs: bytes | None = None
    writer.write(conn.send(hello))
    server_hello: m.Hello | None = None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise SyncError(
                "the other node did not answer the link request in time", code="timeout"
            )
        try:
            data = await asyncio.wait_for(reader.read(65536), remaining)
        except asyncio.TimeoutError:
            continue
        except OSError as exc:
            raise SyncError(f"the connection was lost: {exc}", code="unreachable") from None
        for event in conn.receive_data(data):
            if isinstance(event, m.Hello):
                server_hello = event
                writer.write(conn.send(make_request(link_commitment(ours))))
            elif isinstance(event, m.LinkChallenge):
                theirs = event.nonce
                writer.write(conn.send(m.LinkReveal(ours)))
            elif isinstance(event, m.LinkReply) and server_hello is not None:
                assert theirs is not None  # the protocol table allows no reply before it
                return server_hello, event, ours, theirs
            elif isinstance(event, m.Error):
                raise SyncError(f"the other node refused: {event.message}", code=event.code)
            elif isinstance(event, ConnectionClosed):
                raise SyncError("the other node closed the connection", code="closed")
        await writer.drain()
