"""Sending a link request (``edunode link``): the client side, recorded in the store.

The connection is TLS without a client certificate (an unknown node can only be reached
that way) and pins the server when its node ID was given. The server's certificate, read from
the handshake, is what we store for it, with the name and school from its Hello: once both
admins approved, that certificate is what our TLS server will trust.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from edunode import identity
from edunode.errors import SyncError, ValidationError
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync import tls
from edunode.sync.linking import link_proof_message, request_link

log = logging.getLogger("edunode.network")

Runner = Callable[..., Awaitable[Any]]


async def send_link_request(
    node: Node,
    run: Runner,
    ctx: ssl.SSLContext,
    host: str,
    port: int,
    *,
    expected: str | None,
    listening: int,
    timeout: float,
) -> dict[str, Any]:
    """Ask the node at ``host:port`` for a link; return our record of it (with the code)."""
    reader, writer, key = await tls.open_connection(host, port, ctx, expected, timeout)
    try:
        if key is None or key == node.public_key:
            raise ValidationError(
                "that address is this node itself"
                if key
                else "the computer at that address did not identify itself"
            )
        der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
        server_pem = ssl.DER_cert_to_PEM_cert(der).encode("ascii")
        name, school, school_id = await run(lambda: (node.name, node.school_name, node.school_id))
        cert = node.certificate_pem()
        proof = node.identity.sign(link_proof_message(key, cert))
        hello = m.Hello(
            m.PROTOCOL_VERSION, m.MIN_PROTOCOL_VERSION, node.node_id, name, school, school_id,
            "link", listening,
        )  # fmt: skip
        server_hello, reply, ours, theirs = await request_link(
            reader,
            writer,
            hello,
            lambda commitment: m.LinkRequest(name, school, school_id, cert, proof, commitment),
            timeout,
        )
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 1)
    if server_hello.node_id != identity.node_id_from_public_key(key):
        raise SyncError("the other node's Hello does not match its certificate", code="identity")
    if reply.state == "busy":
        raise SyncError(
            f"{server_hello.name or 'the other node'} is busy: the link request was not "
            "recorded, too many requests are waiting there. Ask its admin to decide them, then "
            "try again",
            code="busy",
        )
    sent = server_hello.port or port
    code = identity.verification_code(node.public_key, key, ours, theirs)
    recorded = reply.state in ("pending", "approved")
    peer_id = await run(
        partial(node.peers.request_sent, recorded=recorded), server_pem, server_hello.name,
        server_hello.school, server_hello.school_id, host, sent, code,
    )  # fmt: skip
    peer = await run(node.peers.get, peer_id)
    assert peer is not None
    log.info(
        "link request sent to %s (%s) at %s:%d; verification code %s: compare it with the "
        "other admin", peer["name"], peer["school"] or "no school", host, port, peer["code"],
    )  # fmt: skip
    return {**peer, "reply": reply.state}
