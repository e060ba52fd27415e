"""TLS 1.3 between nodes, with self-signed Ed25519 certificates and pinning by node ID.

There is no certificate authority. Each node's certificate is self-signed and its subject
CN is the node ID; what counts is the public key inside it, because the node ID is a hash
of that key. Trust is established in two different ways on the two sides of a connection:

**Server (we accept connections).** ``verify_mode = CERT_OPTIONAL`` with the certificates
of the approved peers as the *only* trust anchors. OpenSSL then

* accepts an approved peer (its self-signed certificate is an anchor),
* accepts a client that sends no certificate at all (an unknown node asking for a link), and
* aborts the handshake for any other certificate (unknown or revoked node).

Two subtleties handled here rather than left to each caller:

1. Our certificates carry ``BasicConstraints(ca=True)``, so an approved peer could sign a
   certificate for some *other* key and OpenSSL would accept the chain. :class:`TlsServer`
   therefore also checks that the leaf key is itself one of the anchors; otherwise the
   connection is closed before the handler sees it.
2. Revocation must apply to the next connection without restarting the listener (which
   would drop every other peer). An ``SSLContext``'s trust store can grow but never shrink,
   so revoking means building a new context; :meth:`TlsServer.set_context` installs it and
   every later handshake is switched to it from the ClientHello callback
   (``sni_callback`` setting ``SSLObject.context``, the documented way to pick a context
   per connection). Closing connections already open is the caller's job.

**Client (we connect).** The ssl layer does not verify (``CERT_NONE``, no hostname check:
peers are found by IP and have no CA). Instead the caller *pins* the server after the
handshake: :func:`pin` hashes the key in the presented certificate and compares it with the
node ID we meant to reach. :func:`open_connection` does this when given ``expected_node_id``.
A client context can be anonymous (no certificate), which is how a link request reaches a
node that does not know us yet.

**Keys on disk.** ``load_cert_chain`` only takes file names. The key is written *encrypted*
with a random one-time password into a fresh private directory (0700, files 0600), loaded,
and the directory is deleted at once; the plaintext key never touches the disk.

**Accepting.** Each accepted connection has ``HANDSHAKE_TIMEOUT`` in all for its TLS
handshake. On Python 3.11+ the listener accepts plain TCP and upgrades each connection itself
(``StreamWriter.start_tls``), so that it can also count the connections still in their TLS
handshake per address: at most ``MAX_TLS_PER_ADDRESS`` from one address, so one machine that
opens connections and never finishes them can't use up the process's file descriptors. (On
3.10, which lacks that call, asyncio does the handshake and these are not counted.) Which
peer it is is known only after the handshake; the caps of :mod:`edunode.service.network`
apply then, and spare approved peers.

TLS session tickets are turned off: asyncio never resumes sessions, and a resumption path
is one more way around a revocation.

In TLS 1.3 a client learns that the server refused its certificate only when it next reads
(the alert follows the client's Finished message), so a refused client sees its
``open_connection`` succeed and the first read fail with a reset or an SSL error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import ssl
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives import serialization

from edunode.errors import IdentityError, SyncError
from edunode.identity import (
    NodeIdentity,
    node_id_from_public_key,
    parse_node_id,
    public_key_from_certificate,
)

__all__ = [
    "ConnectionHandler",
    "TlsServer",
    "client_context",
    "open_connection",
    "peer_public_key",
    "pin",
    "server_context",
    "start_server",
]

log = logging.getLogger(__name__)

ConnectionHandler = Callable[
    [asyncio.StreamReader, asyncio.StreamWriter, "bytes | None"], Awaitable[None]
]

HANDSHAKE_TIMEOUT = 10.0  # the whole TLS handshake of an accepted connection
MAX_TLS_PER_ADDRESS = 16  # accepted connections from one address still in their TLS handshake


class _HasPeerCert(Protocol):
    """``ssl.SSLObject`` (asyncio) or ``ssl.SSLSocket`` (blocking): both work with pin()."""

    def getpeercert(self, binary_form: bool = ...) -> object: ...


# --------------------------------------------------------------------------- contexts


def _load_identity(ctx: ssl.SSLContext, identity: NodeIdentity, cert_pem: bytes) -> None:
    """Load our certificate and key without ever writing the key in clear."""
    try:
        cert_key = public_key_from_certificate(cert_pem)
    except IdentityError as exc:
        raise SyncError(f"this node's TLS certificate cannot be used: {exc}") from None
    if cert_key != identity.public_key:
        raise SyncError("this node's TLS certificate does not belong to this node's key")
    password = secrets.token_urlsafe(32)
    encrypted_key = identity.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode()),
    )
    with tempfile.TemporaryDirectory(prefix="edunode-tls-") as tmp:  # created 0700
        cert_path, key_path = Path(tmp, "cert.pem"), Path(tmp, "key.pem")
        for path, data in ((cert_path, cert_pem), (key_path, encrypted_key)):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
        ctx.load_cert_chain(cert_path, key_path, password=password)


def _tls13_only(ctx: ssl.SSLContext) -> None:
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.options |= ssl.OP_NO_TICKET
    if ctx.protocol == ssl.PROTOCOL_TLS_SERVER:
        ctx.num_tickets = 0  # only settable on a server context


def server_context(
    identity: NodeIdentity, cert_pem: bytes, trusted_cert_pems: Sequence[bytes]
) -> ssl.SSLContext:
    """A context for accepting connections: approved peers and anonymous clients only.

    ``trusted_cert_pems`` are the certificates of the peers approved now. With none, the
    server still works and accepts only anonymous clients (a fresh node, before any link).
    Rebuild the context whenever the list changes (see :meth:`TlsServer.set_context`).
    """
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    _tls13_only(ctx)
    _load_identity(ctx, identity, cert_pem)
    ctx.verify_mode = ssl.CERT_OPTIONAL
    anchors = "".join(pem.decode("ascii").strip() + "\n" for pem in trusted_cert_pems)
    if anchors:
        ctx.load_verify_locations(cadata=anchors)
    return ctx


def client_context(
    identity: NodeIdentity, cert_pem: bytes, present_certificate: bool
) -> ssl.SSLContext:
    """A context for connecting; the server is pinned afterwards, not verified by ssl.

    ``present_certificate=False`` makes an anonymous client, used for link requests: an
    unknown certificate would be refused by the server's handshake, no certificate is not.
    """
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    _tls13_only(ctx)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    if present_certificate:
        _load_identity(ctx, identity, cert_pem)
    return ctx


# --------------------------------------------------------------------------- pinning


def peer_public_key(ssl_object: _HasPeerCert) -> bytes | None:
    """The raw Ed25519 key in the certificate the peer presented, or None if it sent none.

    ``getpeercert(binary_form=True)`` returns the certificate even under ``CERT_NONE``,
    which is what lets the client pin without ssl-level verification.
    """
    der = ssl_object.getpeercert(binary_form=True)
    if not der:
        return None
    assert isinstance(der, bytes)
    try:
        return public_key_from_certificate(der)
    except IdentityError as exc:
        raise SyncError(
            f"the other computer's certificate is not an EduNode certificate: {exc}",
            code="bad_certificate",
        ) from None


def pin(ssl_object: _HasPeerCert, expected_node_id: str) -> bytes:
    """Check that the peer is the node we meant to reach; return its public key.

    Raises :class:`SyncError` (``code="wrong_peer"``) when the presented key does not hash
    to ``expected_node_id``: someone else answered at that address.
    """
    expected = parse_node_id(expected_node_id)
    key = peer_public_key(ssl_object)
    if key is None:
        raise SyncError(
            f"the computer at this address did not identify itself (expected {expected})",
            code="wrong_peer",
            expected_node_id=expected,
            actual_node_id=None,
        )
    actual = node_id_from_public_key(key)
    if actual != expected:
        raise SyncError(
            f"the computer at this address is {actual}, not the expected {expected}; "
            "not connecting",
            code="wrong_peer",
            expected_node_id=expected,
            actual_node_id=actual,
        )
    return key


def _anchor_keys(ctx: ssl.SSLContext) -> set[bytes]:
    keys: set[bytes] = set()
    for der in ctx.get_ca_certs(binary_form=True):
        with contextlib.suppress(IdentityError):
            keys.add(public_key_from_certificate(bytes(der)))
    return keys


# --------------------------------------------------------------------------- asyncio


async def open_connection(
    host: str,
    port: int,
    ctx: ssl.SSLContext,
    expected_node_id: str | None = None,
    timeout: float = 10,
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, bytes | None]:
    """Connect with TLS and, if ``expected_node_id`` is given, pin the server.

    Returns ``(reader, writer, server_public_key)``. Every failure (timeout, refused,
    handshake, wrong peer) is a :class:`SyncError`; the socket is closed on failure.
    """
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=ctx, ssl_handshake_timeout=timeout),
            timeout,
        )
    except asyncio.TimeoutError:
        raise SyncError(
            f"no answer from {host}:{port} within {timeout:g} s", code="timeout"
        ) from None
    except (OSError, ssl.SSLError) as exc:  # SSLError is an OSError; named for clarity
        raise SyncError(f"could not connect to {host}:{port}: {exc}", code="unreachable") from exc
    ssl_object = writer.get_extra_info("ssl_object")
    try:
        key = pin(ssl_object, expected_node_id) if expected_node_id else peer_public_key(ssl_object)
    except BaseException:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 1)
        raise
    return reader, writer, key


class TlsServer:
    """A listening TLS socket whose trust anchors can be replaced while it runs."""

    def __init__(self, handler: ConnectionHandler, ctx: ssl.SSLContext) -> None:
        self._handler = handler
        self._ctx = ctx
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._in_tls: dict[str, int] = {}  # address -> connections in their TLS handshake
        self._flood_logged = 0.0

    @property
    def context(self) -> ssl.SSLContext:
        return self._ctx

    @property
    def port(self) -> int:
        assert self._server is not None and self._server.sockets
        return int(self._server.sockets[0].getsockname()[1])

    def set_context(self, ctx: ssl.SSLContext) -> None:
        """Use ``ctx`` (e.g. rebuilt without a revoked peer) for every later handshake.

        It must come from :func:`server_context`: the verify mode and TLS version of the
        context the server started with stay in force, only certificates and trust change.
        """
        ctx.sni_callback = self._pick_context
        self._ctx = ctx

    def _pick_context(self, ssl_object: ssl.SSLObject, _name: str | None, _ctx: object) -> None:
        if ssl_object.context is not self._ctx:
            ssl_object.context = self._ctx
        return None

    async def start(self, host: str, port: int) -> None:
        self._ctx.sni_callback = self._pick_context
        if sys.version_info >= (3, 11):  # TLS after accepting: see _start_tls
            self._server = await asyncio.start_server(self._on_connection, host, port)
        else:
            self._server = await asyncio.start_server(
                self._on_connection,
                host,
                port,
                ssl=self._ctx,
                ssl_handshake_timeout=HANDSHAKE_TIMEOUT,
            )

    async def _start_tls(self, writer: asyncio.StreamWriter, host: str) -> bool:
        """The TLS handshake of an accepted connection; False if refused, failed or too slow."""
        if sys.version_info < (3, 11):
            return True  # asyncio did it before calling us
        if self._in_tls.get(host, 0) >= MAX_TLS_PER_ADDRESS:
            if time.monotonic() - self._flood_logged > 60:  # one line a minute under a flood
                self._flood_logged = time.monotonic()
                log.warning("too many TLS handshakes from %s at once; turning new ones away", host)
            return False
        self._in_tls[host] = self._in_tls.get(host, 0) + 1
        try:
            await writer.start_tls(self._ctx, ssl_handshake_timeout=HANDSHAKE_TIMEOUT)
        except (OSError, ssl.SSLError) as exc:  # refused certificate, reset, timeout
            log.debug("TLS handshake with %s failed: %s", host, exc)
            return False
        finally:
            self._in_tls[host] -= 1
            if not self._in_tls[host]:
                del self._in_tls[host]
        return True

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        peer = writer.get_extra_info("peername")
        try:
            if not await self._start_tls(writer, str(peer[0]) if peer else ""):
                return
            ssl_object = writer.get_extra_info("ssl_object")
            key = peer_public_key(ssl_object)
            if key is not None and key not in _anchor_keys(ssl_object.context):
                log.warning("refused %s: its certificate is not an approved peer's own", peer)
                return
            await self._handler(reader, writer, key)
        except SyncError as exc:
            log.warning("connection from %s closed: %s", peer, exc)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("connection handler failed for %s", peer)
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1)

    def stop_listening(self) -> None:
        """Accept no new connections; those already open carry on until :meth:`close`."""
        if self._server is not None:
            self._server.close()

    async def close(self) -> None:
        """Stop listening and cancel the handlers still running."""
        if self._server is not None:
            self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=2)
        if self._server is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 2)


async def start_server(
    handler: ConnectionHandler, host: str, port: int, ctx: ssl.SSLContext
) -> TlsServer:
    """Listen on ``host:port`` (0 picks a free port: read ``server.port``).

    ``handler(reader, writer, peer_public_key)`` runs for each accepted connection;
    ``peer_public_key`` is None for an anonymous client. The writer is closed when the
    handler returns. Installs an ``sni_callback`` on ``ctx`` (see module docstring).
    """
    server = TlsServer(handler, ctx)
    await server.start(host, port)
    return server
