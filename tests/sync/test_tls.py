"""Real TLS 1.3 on 127.0.0.1: who the server lets in, and how the client pins the server."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from edunode.errors import SyncError
from edunode.identity import NodeIdentity
from edunode.sync.tls import (
    TlsServer,
    client_context,
    open_connection,
    peer_public_key,
    pin,
    server_context,
    start_server,
)

pytestmark = pytest.mark.net

HOST = "127.0.0.1"
WAIT = 5.0


@dataclass
class Node:
    identity: NodeIdentity
    cert: bytes

    @classmethod
    def make(cls, name: str) -> Node:
        ident = NodeIdentity.generate()
        return cls(ident, ident.certificate_pem(name))

    def client(self, present: bool = True) -> ssl.SSLContext:
        return client_context(self.identity, self.cert, present_certificate=present)

    def server(self, *approved: Node) -> ssl.SSLContext:
        return server_context(self.identity, self.cert, [p.cert for p in approved])


@dataclass
class Seen:
    """What the server handler observed: one entry per connection it was given."""

    keys: list[bytes | None] = field(default_factory=list)
    versions: list[str | None] = field(default_factory=list)


def echo_handler(seen: Seen) -> Callable[..., Awaitable[None]]:
    async def handler(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, key: bytes | None
    ) -> None:
        seen.keys.append(key)
        seen.versions.append(writer.get_extra_info("ssl_object").version())
        line = await asyncio.wait_for(reader.readline(), WAIT)
        writer.write(b"echo " + line)
        await writer.drain()

    return handler


async def exchange(port: int, ctx: ssl.SSLContext, expected: str | None = None) -> bytes:
    """Connect, send a line, return the reply (b'' or an exception when refused)."""
    reader, writer, _ = await open_connection(HOST, port, ctx, expected, timeout=WAIT)
    try:
        writer.write(b"hello\n")
        await writer.drain()
        return await asyncio.wait_for(reader.readline(), WAIT)
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError, asyncio.TimeoutError):
            await asyncio.wait_for(writer.wait_closed(), WAIT)


async def refused(port: int, ctx: ssl.SSLContext) -> bool:
    """True when the server aborts the connection instead of answering.

    In TLS 1.3 the client finishes its side of the handshake before the server has checked
    the client certificate, so the refusal shows up on the first read, not on connect.
    """
    try:
        reply = await exchange(port, ctx)
    except (OSError, ssl.SSLError, SyncError):
        return True
    return reply == b""


async def serve(ctx: ssl.SSLContext, seen: Seen) -> TlsServer:
    return await start_server(echo_handler(seen), HOST, 0, ctx)


def run(coro: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(coro, 20))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- tests


def test_approved_client_is_accepted_and_identified() -> None:
    server_node, alice = Node.make("server"), Node.make("alice")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice), seen)
        try:
            assert await exchange(server.port, alice.client()) == b"echo hello\n"
        finally:
            await server.close()
        assert seen.keys == [alice.identity.public_key]
        assert seen.versions == ["TLSv1.3"]

    run(main())


def test_anonymous_client_is_accepted_as_none() -> None:
    server_node, alice, stranger = Node.make("s"), Node.make("alice"), Node.make("x")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice), seen)
        try:
            reply = await exchange(server.port, stranger.client(present=False))
        finally:
            await server.close()
        assert reply == b"echo hello\n"
        assert seen.keys == [None]

    run(main())


def test_unknown_certificate_is_refused_by_the_handshake() -> None:
    server_node, alice, stranger = Node.make("s"), Node.make("alice"), Node.make("x")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice), seen)
        try:
            assert await refused(server.port, stranger.client())
        finally:
            await server.close()
        assert seen.keys == []

    run(main())


def test_server_without_any_approved_peer() -> None:
    """A fresh node: anonymous link requests get in, any certificate is refused."""
    server_node, stranger = Node.make("s"), Node.make("x")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(), seen)
        try:
            assert await exchange(server.port, stranger.client(False)) == b"echo hello\n"
            assert await refused(server.port, stranger.client())
        finally:
            await server.close()
        assert seen.keys == [None]

    run(main())


def test_client_pins_the_server_by_node_id() -> None:
    server_node, alice, other = Node.make("s"), Node.make("alice"), Node.make("o")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice), seen)
        try:
            _, writer, key = await open_connection(
                HOST, server.port, alice.client(), server_node.identity.node_id, timeout=WAIT
            )
            assert key == server_node.identity.public_key
            assert writer.get_extra_info("ssl_object").version() == "TLSv1.3"
            writer.close()
            # A lower-case, ungrouped spelling of the right ID is the same ID.
            typed = server_node.identity.node_id.replace("-", "").lower()
            _, writer, _ = await open_connection(
                HOST, server.port, alice.client(), typed, timeout=WAIT
            )
            writer.close()
            with pytest.raises(SyncError) as info:
                await open_connection(
                    HOST, server.port, alice.client(), other.identity.node_id, timeout=WAIT
                )
            assert info.value.code == "wrong_peer"
            assert info.value.facts["actual_node_id"] == server_node.identity.node_id
            assert other.identity.node_id in str(info.value)
        finally:
            await server.close()

    run(main())


def test_tls_version_is_1_3_only() -> None:
    server_node, alice = Node.make("s"), Node.make("alice")
    assert server_node.server().minimum_version == ssl.TLSVersion.TLSv1_3
    assert alice.client().minimum_version == ssl.TLSVersion.TLSv1_3

    async def main() -> None:
        server = await serve(server_node.server(alice), Seen())
        old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        old.check_hostname = False
        old.verify_mode = ssl.CERT_NONE
        old.maximum_version = ssl.TLSVersion.TLSv1_2
        try:
            with pytest.raises(SyncError):
                await open_connection(HOST, server.port, old, timeout=WAIT)
        finally:
            await server.close()

    run(main())


def test_revocation_applies_to_the_next_connection_of_a_running_server(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server_node, alice, bob = Node.make("s"), Node.make("alice"), Node.make("bob")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice, bob), seen)
        try:
            assert await exchange(server.port, alice.client()) == b"echo hello\n"
            server.set_context(server_node.server(bob))  # alice revoked
            assert await refused(server.port, alice.client())
            assert await exchange(server.port, bob.client()) == b"echo hello\n"
            assert await exchange(server.port, alice.client(False)) == b"echo hello\n"
        finally:
            await server.close()
        assert seen.keys == [alice.identity.public_key, bob.identity.public_key, None]

    with caplog.at_level(logging.WARNING, logger="edunode.sync.tls"):
        run(main())
    # Refused by OpenSSL with the swapped trust store, not by the leaf check after it.
    assert "not an approved peer" not in caplog.text


def test_revocation_by_restarting_the_listener() -> None:
    server_node, alice = Node.make("s"), Node.make("alice")

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice), seen)
        assert await exchange(server.port, alice.client()) == b"echo hello\n"
        await server.close()
        server = await serve(server_node.server(), seen)
        try:
            assert await refused(server.port, alice.client())
        finally:
            await server.close()
        assert seen.keys == [alice.identity.public_key]

    run(main())


def _certificate_issued_by(issuer: Node, subject_key: Ed25519PrivateKey) -> bytes:
    """A leaf for another key, signed by an approved peer (our certs are CA:TRUE)."""
    now = dt.datetime.now(dt.timezone.utc)
    issuer_cert = x509.load_pem_x509_certificate(issuer.cert)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "minted")]))
        .issuer_name(issuer_cert.subject)
        .public_key(subject_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(issuer.identity.private_key, None)
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def test_certificate_minted_by_an_approved_peer_is_not_let_in(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """OpenSSL accepts this chain (the anchor is CA:TRUE); the leaf-is-anchor check does not."""
    server_node, alice = Node.make("s"), Node.make("alice")
    minted_identity = NodeIdentity.generate()
    minted = _certificate_issued_by(alice, minted_identity.private_key)

    async def main() -> None:
        seen = Seen()
        server = await serve(server_node.server(alice), seen)
        try:
            ctx = client_context(minted_identity, minted, present_certificate=True)
            assert await refused(server.port, ctx)
        finally:
            await server.close()
        assert seen.keys == []

    with caplog.at_level(logging.WARNING, logger="edunode.sync.tls"):
        run(main())
    assert "not an approved peer's own" in caplog.text


def test_pin_and_peer_public_key_on_fake_ssl_objects() -> None:
    node = Node.make("n")
    der = ssl.PEM_cert_to_DER_cert(node.cert.decode())

    class Fake:
        def __init__(self, der: bytes | None) -> None:
            self.der = der

        def getpeercert(self, binary_form: bool = False) -> bytes | None:
            return self.der

    assert peer_public_key(Fake(None)) is None
    assert peer_public_key(Fake(der)) == node.identity.public_key
    assert pin(Fake(der), node.identity.node_id) == node.identity.public_key
    with pytest.raises(SyncError, match="did not identify itself"):
        pin(Fake(None), node.identity.node_id)
    with pytest.raises(SyncError) as info:
        peer_public_key(Fake(b"not a certificate"))
    assert info.value.code == "bad_certificate"


def test_certificate_of_another_key_is_rejected_when_building_a_context() -> None:
    node, other = Node.make("n"), Node.make("o")
    with pytest.raises(SyncError):
        server_context(node.identity, other.cert, [])
    with pytest.raises(SyncError):
        client_context(node.identity, b"garbage", present_certificate=True)


def test_connect_failures_are_sync_errors() -> None:
    node = Node.make("n")

    async def main() -> None:
        # Grab a free port, then close it so nothing listens there.
        probe = await asyncio.start_server(lambda r, w: None, HOST, 0)
        port = probe.sockets[0].getsockname()[1]
        probe.close()
        await probe.wait_closed()
        with pytest.raises(SyncError) as info:
            await open_connection(HOST, port, node.client(), timeout=WAIT)
        assert info.value.code == "unreachable"

    run(main())
