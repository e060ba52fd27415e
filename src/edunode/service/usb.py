"""USB sneakernet: the signed changes a link would carry, written to a folder and read back.

Two PCs that never share a network, but whose admins approved a link between them, exchange
a *package* on a USB stick. The link itself can be made over the stick too: each PC writes
an *introduction* (its certificate, name and school, signed by its key), the other PC reads
it as a link request, and the admins compare the verification code by phone and approve as
on the network (:func:`introduce`; the code comes from the two keys, see ``usb_code``).

A package is addressed to one approved peer and holds what the link's role lets that peer
have (the same ``sharing_rule`` as the network), so a community peer's package never holds
learner records.

Writing (:func:`export_package`) replaces that peer's package in ``<folder>/EduNode/``
atomically: a stick pulled out mid-write leaves the previous package whole. Every file goes
through :func:`edunode.files.atomic.write_atomic`: nothing is written through a link planted
on the stick, and a stick folder that is a link is refused. Each package
holds everything in scope; importing it again costs little and adds nothing twice, so
the newest package is the only one the stick needs.

Reading (:func:`import_folder`) takes every package in the folder addressed to this PC
from a PC it has an approved link with, checks the sender's signature over the whole file
before reading any of it, then applies it frame by frame through the network's own receive
path (:class:`~edunode.service.replica.NodeReplica`, hence the one verification function):
each frame is one store transaction, a frame that fails is rolled back whole, the incident
is recorded against that peer, and the rest of that package is not read.

Why one file of about 530 lines: introductions, packages and reading the stick share one
file format (below), one header reader and the same checks in the same order; split, a
reader would have to follow the format across files.

File layout (all numbers unsigned LEB128 unless noted)::

    MAGIC (12 bytes) | format: u8 | header | frames ... | signature: 64 bytes

    header:    sender node ID, recipient node ID, sender name, sender school (text),
               created (unix seconds), frames, documents, changes
    frame:     the network's frame (u32 length, u8 type = Changes, payload), payload
               deflated (zlib); inflated, a Changes message as on the wire
    signature: Ed25519 by the sender over SIGNING_DOMAIN + SHA-256(everything before it)

    introduction: INTRO_MAGIC | format: u8 | certificate (PEM), name, school, school ID,
                  created | signature, as above
"""

from __future__ import annotations

import hashlib
import logging
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode import identity
from edunode.errors import (
    EdunodeError,
    LocalProtocolError,
    NotFoundError,
    RejectedChanges,
    RemoteProtocolError,
    SyncError,
    ValidationError,
)
from edunode.files.atomic import WriteRefused, write_atomic
from edunode.identity import short_id
from edunode.progress import CancelCheck, Progress, checkpoint, report
from edunode.service.peers import USB
from edunode.sync import messages as m
from edunode.sync import packing
from edunode.sync.framing import FrameDecoder, encode_frame
from edunode.sync.wire import DEFAULT_TEXT, Reader, Writer

if TYPE_CHECKING:
    from edunode.service.node import Node

log = logging.getLogger("edunode.usb")

MAGIC = b"EduNode USB\x00"
INTRO_MAGIC = b"EduNode Hi\x00\x00"
FORMAT = 1
SIGNING_DOMAIN = b"edunode-usb-package-v1\x00"
SUBFOLDER = "EduNode"
SUFFIX = ".edunode"
FRAME_BUDGET = 4 * 1024 * 1024  # change bytes per frame before deflating
MAX_FRAME = 16 * 1024 * 1024  # a deflated frame on the stick
MAX_MESSAGE = 32 * 1024 * 1024  # one frame inflated
MAX_PENDING = 128 * 1024 * 1024  # one document split over several frames
MAX_FILE = 256 * 1024 * 1024  # a package is read whole; larger files are refused
SIGNATURE_BYTES = 64
EXPORT_GROUP = 50  # documents read per query while writing (progress is reported per group)


class UsbError(EdunodeError):
    """A package that can't be written or read; the message names the file and the problem."""

    code = "usb"


@dataclass(frozen=True)
class Header:
    sender: str
    recipient: str
    name: str
    school: str
    created: int
    frames: int
    documents: int
    changes: int


def package_name(sender: str, recipient: str) -> str:
    return f"{short_id(sender)}-to-{short_id(recipient)}{SUFFIX}"


def introduction_name(sender: str) -> str:
    return f"{short_id(sender)}-introduction{SUFFIX}"


def usb_code(key_a: bytes, key_b: bytes) -> str:
    """The verification code of a link made over a USB stick: from the two keys alone, in
    either order, so both PCs show the same code without an exchange of nonces. Someone who
    can swap files on the stick both ways and grinds about a million keys could match it;
    admins who want more compare the node IDs (``edunode id``) as well."""
    low, high = sorted((key_a, key_b))
    return identity.verification_code(low, high, b"usb", b"usb")


# --------------------------------------------------------------------------- writing


def write_package(
    path: Path, key: identity.NodeIdentity, header: Header, messages: list[m.Changes]
) -> int:
    """Write a signed package to ``path`` atomically (:func:`edunode.files.atomic.write_atomic`:
    never through a link); returns its size. ``header.frames`` must be ``len(messages)``."""
    path = Path(path)
    return _write_signed(path.parent, path.name, key, _package_body(header, messages))


def _package_body(header: Header, messages: list[m.Changes]) -> bytes:
    w = Writer()
    w.raw(MAGIC)
    w.out.append(FORMAT)
    for text in (header.sender, header.recipient, header.name, header.school):
        w.text(_clip(text))
    for number in (header.created, header.frames, header.documents, header.changes):
        w.uint(number)
    for message in messages:
        frame_type, payload = m.encode(message)
        w.raw(encode_frame(frame_type, zlib.compress(payload, 6), max_frame=MAX_FRAME))
    return bytes(w.out)


def _clip(text: str) -> str:
    """``text`` cut to the header's byte limit at a character boundary (a long school name
    in a script of 3-byte characters)."""
    return text.encode("utf-8")[:DEFAULT_TEXT].decode("utf-8", "ignore")


def _write_signed(folder: Path, relative: str, key: identity.NodeIdentity, body: bytes) -> int:
    """``body`` and its signature as ``folder/relative``: ``folder`` is the one the user
    chose, ``relative`` may name the ``EduNode`` folder below it (made if missing)."""
    data = body + key.sign(SIGNING_DOMAIN + hashlib.sha256(body).digest())
    try:  # 0o666 less the umask, as any file: the stick is read by another PC's account
        path = write_atomic(folder, relative, data, mode=0o666, make_folders=True)
    except WriteRefused as exc:
        path = folder / relative
        raise UsbError(f"could not write {path}: {exc}", path=str(path)) from None
    return len(data)


def export_package(
    node: Node,
    folder: Path,
    peer: str,
    pin: str | None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Write the package for the approved peer ``peer`` (node ID or unique prefix) into
    ``folder/EduNode``. A package for a PC of this school carries learner records, so it
    needs the admin PIN; one for a community peer does not.

    ``progress(done, total)`` counts the documents read so far; ``cancel`` is consulted
    between groups of documents, before anything is written (the file is written at once
    at the end), so a stop leaves the stick as it was."""
    from edunode.service.replica import NodeReplica

    peer_id = node.peers.resolve(peer)
    record = node.peers.get(peer_id)
    if record is None:
        raise NotFoundError(f"no known node {peer}")
    role = node.peers.role(peer_id)
    if role is None:
        raise ValidationError(
            f"{record['name'] or short_id(peer_id)} has no approved link with this PC "
            f"({record['state']}): approve the link before writing a package for it"
        )
    if role == "school":
        node.check_admin_pin(pin)
    target = _subfolder(folder)
    replica = NodeReplica(node)
    docs = [d for d, _ in node.documents_for(peer_id)]
    batches: list[m.DocChanges] = []
    what = f"writing the package for {record['name'] or short_id(peer_id)}"
    report(progress, 0, len(docs))
    for start in range(0, len(docs), EXPORT_GROUP):
        checkpoint(cancel, start, len(docs), what)
        group = docs[start : start + EXPORT_GROUP]
        batches += [batch for batch, _ in replica.outgoing(peer_id, dict.fromkeys(group))]
        report(progress, start + len(group), len(docs))
    checkpoint(cancel, len(docs), len(docs), what)  # the last point before the stick changes
    messages = list(packing.pack_changes(batches, FRAME_BUDGET))
    changes = sum(len(b.changes) for b in batches)
    header = Header(
        node.node_id,
        peer_id,
        node.name,
        node.school_name,
        int(time.time()),
        len(messages),
        len(batches),
        changes,
    )
    path = target / package_name(node.node_id, peer_id)
    try:
        body = _package_body(header, messages)
    except LocalProtocolError as exc:  # a single change larger than a frame: our own data
        raise UsbError(f"could not write {path}: {exc}", path=str(path)) from None
    size = _write_signed(Path(folder), f"{SUBFOLDER}/{path.name}", node.identity, body)
    detail = (
        f"USB package for {record['name']} ({short_id(peer_id)}) written to {path}: "
        f"{len(batches)} documents, {changes} changes"
    )
    node.audit("usb_export", detail, peer_id)
    log.info(detail)
    return {
        "path": str(path),
        "to": peer_id,
        "name": record["name"],
        "role": role,
        "documents": len(batches),
        "changes": changes,
        "bytes": size,
    }


def _subfolder(folder: Path) -> Path:
    """``folder/EduNode`` (which need not exist yet); UsbError if ``folder`` does not."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UsbError(f"the folder {folder} does not exist (is the USB stick plugged in?)")
    return folder / SUBFOLDER


def introduce(node: Node, folder: Path) -> dict[str, Any]:
    """Write this PC's introduction into ``folder/EduNode``: another PC that reads it files
    a link request from this one (no PIN: an introduction gives nothing away)."""
    path = _subfolder(folder) / introduction_name(node.node_id)
    w = Writer()
    w.raw(INTRO_MAGIC)
    w.out.append(FORMAT)
    w.blob(node.certificate_pem(), m.MAX_CERT)
    for text in (node.name, node.school_name, node.school_id):
        w.text(_clip(text))
    w.uint(int(time.time()))
    size = _write_signed(Path(folder), f"{SUBFOLDER}/{path.name}", node.identity, bytes(w.out))
    node.audit("usb_introduce", f"introduction written to {path}")
    return {"path": str(path), "id": node.node_id, "name": node.name, "bytes": size}


# --------------------------------------------------------------------------- reading


HEADER_MAX = 4 * (DEFAULT_TEXT + 10) + 4 * 10  # bytes: four texts and four numbers at most


def read_header(data: bytes | memoryview) -> tuple[Header, int]:
    """The header of a package and where its frames start; UsbError when the bytes are not
    a package this code reads."""
    if bytes(data[: len(MAGIC)]) != MAGIC:
        raise UsbError("it is not an EduNode USB package")
    if len(data) <= len(MAGIC):
        raise UsbError("the package is cut short")
    if data[len(MAGIC)] != FORMAT:
        raise UsbError(
            f"it was written in package format {data[len(MAGIC)]}, this EduNode reads format "
            f"{FORMAT}: update EduNode on the older PC"
        )
    start = len(MAGIC) + 1
    r = Reader(bytes(data[start : start + HEADER_MAX]))
    try:
        texts = [r.text() for _ in range(4)]
        numbers = [r.uint(2**53) for _ in range(4)]
    except RemoteProtocolError:
        raise UsbError("its header is damaged") from None
    for node_id in texts[:2]:
        try:
            identity.parse_node_id(node_id)
        except EdunodeError:
            raise UsbError("its header names no valid node") from None
    sender, recipient, name, school = texts
    created, frames, documents, changes = numbers
    header = Header(sender, recipient, name, school, created, frames, documents, changes)
    return header, start + r.pos


def _frames(body: memoryview, start: int) -> Iterator[m.Changes]:
    """The Changes messages of a package body from byte ``start`` (signature already
    checked: the sender is approved, but its bytes are still parsed as hostile)."""
    decoder = FrameDecoder(MAX_FRAME)
    frames = (
        frame
        for offset in range(start, len(body), 1 << 20)  # a MiB at a time: one copy in memory
        for frame in decoder.feed(body[offset : offset + (1 << 20)])
    )
    for frame_type, payload in frames:
        if frame_type != m.MessageType.CHANGES:
            raise RemoteProtocolError(f"a frame of type {frame_type}", code="unexpected")
        inflate = zlib.decompressobj()
        try:
            inflated = inflate.decompress(payload, MAX_MESSAGE + 1)
        except zlib.error as exc:
            raise RemoteProtocolError(
                f"damaged compressed data ({exc})", code="malformed"
            ) from None
        if not inflate.eof and not inflate.unconsumed_tail:
            raise RemoteProtocolError("compressed data cut short", code="malformed")
        if inflate.unused_data:
            raise RemoteProtocolError("bytes after the compressed data", code="malformed")
        if len(inflated) > MAX_MESSAGE or inflate.unconsumed_tail:
            raise RemoteProtocolError(
                f"a frame inflates to more than {MAX_MESSAGE} bytes", code="oversized_message"
            )
        message = m.decode(frame_type, inflated)
        if not isinstance(message, m.Changes):
            raise RemoteProtocolError("a frame that holds no changes", code="unexpected")
        yield message
    if decoder.buffered:
        raise RemoteProtocolError("the last frame is cut short", code="malformed")


def import_package(
    node: Node, path: Path, *, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Read one package (see the module docstring); a result with ``state`` ``imported``,
    ``skipped`` (another PC's package) or ``refused`` (with ``reason``). ``progress(n)``
    is told each time ``n`` more documents were applied (each frame its own transaction)."""
    from edunode.service.replica import NodeReplica

    result: dict[str, Any] = {"path": str(path), "from": "", "name": "", "received": 0}

    def refused(reason: str) -> dict[str, Any]:
        log.warning("USB package %s refused: %s", path, reason)
        return {**result, "state": "refused", "reason": reason}

    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            return refused(f"it is larger than {MAX_FILE // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        return refused(f"it can't be read ({exc.strerror or exc})")
    if data.startswith(INTRO_MAGIC):
        return {**result, **_read_introduction(node, data)}
    try:
        header, header_end = read_header(data)
    except UsbError as exc:
        return refused(str(exc))
    result.update({"from": header.sender, "name": header.name})
    if header.recipient != node.node_id:
        return {**result, "state": "skipped", "reason": "it is addressed to another PC"}
    who = f"{header.name or 'a PC'} ({short_id(header.sender)})"
    key = node.peers.public_key(header.sender)
    if node.peers.role(header.sender) is None or key is None:
        return refused(
            f"it comes from {who}, which has no approved link with this PC: "
            "approve the link first, then read the package again"
        )
    if len(data) < header_end + SIGNATURE_BYTES:
        return refused("the package is cut short")
    body, signature = memoryview(data)[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    signed = SIGNING_DOMAIN + hashlib.sha256(body).digest()
    if not identity.verify_signature(key, signed, signature):
        return refused(
            f"its signature does not match {who}: the file is damaged or was altered "
            "(write the package again on that PC)"
        )
    replica = NodeReplica(node)
    assembler = packing.Assembler(MAX_PENDING)
    received = frames = 0
    try:
        for message in _frames(body, header_end):
            frames += 1
            complete = assembler.add(message)
            if complete.batches:
                replica.precheck(header.sender, complete.batches)
                received += replica.receive(header.sender, complete.batches)
                if progress is not None:
                    progress(len(complete.batches))
        if assembler.unfinished or frames != header.frames:
            raise RemoteProtocolError("the package ends in the middle", code="malformed")
    except (RejectedChanges, SyncError) as exc:
        reason = f"{exc} (frame {frames} of {header.frames})"
        replica.record_incident(header.sender, f"USB package: {reason}")
        node.audit("usb_refused", f"USB package from {who} refused: {reason}", header.sender)
        return {**refused(reason), "received": received}
    detail = f"USB package from {who} read from {path}: {received} new changes"
    node.audit("usb_import", detail, header.sender)
    log.info(detail)
    if received:
        replica.record_sync(header.sender, 0, received, 0.0)
    return {**result, "state": "imported", "received": received, "documents": header.documents}


def _read_introduction(node: Node, data: bytes) -> dict[str, Any]:
    """File the link request an introduction makes (``state`` ``introduced``, or ``skipped``
    for our own, or ``refused``)."""

    def refused(reason: str) -> dict[str, Any]:
        return {"state": "refused", "reason": reason}

    if len(data) <= len(INTRO_MAGIC) + SIGNATURE_BYTES:
        return refused("the introduction is cut short")
    if data[len(INTRO_MAGIC)] != FORMAT:
        return refused(
            f"it was written in format {data[len(INTRO_MAGIC)]}, this EduNode reads format "
            f"{FORMAT}: update EduNode on the older PC"
        )
    body, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    r = Reader(body[len(INTRO_MAGIC) + 1 :])
    try:
        cert = r.blob(m.MAX_CERT)
        name, school, school_id = r.text(), r.text(), r.text()
        r.uint(2**53)
        r.end()
        key = identity.public_key_from_certificate(cert)
    except (RemoteProtocolError, EdunodeError, ValueError):
        return refused("the introduction is damaged")
    sender = identity.node_id_from_public_key(key)
    found = {"from": sender, "name": name}
    if not identity.verify_signature(
        key, SIGNING_DOMAIN + hashlib.sha256(body).digest(), signature
    ):
        return {
            **found,
            **refused("its signature does not match its certificate: damaged or altered"),
        }
    if sender == node.node_id:
        return {**found, "state": "skipped", "reason": "it is this PC's own introduction"}
    code = usb_code(key, node.public_key)
    known = node.peers.get(sender)
    if known is not None and known["state"] in ("approved", "pending"):
        what = "is already linked" if known["state"] == "approved" else "already waits for approval"
        return {**found, "state": "skipped", "reason": f"{name or 'that PC'} {what}"}
    state = node.peers.request_received(cert, name, school, school_id, code=code, source=USB)
    if state == "busy":
        reason = "too many link requests wait for a decision; decide some, then read it again"
        return {**found, "state": "skipped", "reason": reason}
    if state is None:
        reason = "requests from that PC are blocked, or it was refused within the hour"
        return {**found, "state": "skipped", "reason": reason}
    log.info("link request from %s (%s) by USB; verification code %s", name, sender, code)
    return {**found, "state": "introduced", "link": state, "code": code}


def import_folder(
    node: Node,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> list[dict[str, Any]]:
    """Read every package in ``folder/EduNode`` (or in ``folder`` itself), oldest first.

    ``progress(done, total)`` counts documents over all the packages addressed to this PC
    (their headers say how many; a refused package's are counted as passed). ``cancel`` is
    consulted between packages only: a package is read whole or not at all, so a stop
    leaves the store with whole packages (:class:`~edunode.errors.Cancelled` says how many
    files were read; reading the stick again takes the rest)."""
    folder = Path(folder)
    target = _subfolder(folder)
    where = target if target.is_dir() else folder
    paths = sorted(
        (p for p in where.glob(f"*{SUFFIX}") if p.is_file()),
        key=lambda p: (p.stat().st_mtime, p.name),
    )
    if not paths:
        raise UsbError(f"there is no EduNode package in {where}")
    sizes = [_documents_for(node, p) for p in paths]
    total = sum(sizes)
    done = 0
    results: list[dict[str, Any]] = []
    report(progress, 0, total)
    for n, (path, size) in enumerate(zip(paths, sizes, strict=True)):
        checkpoint(cancel, n, len(paths), "reading the USB stick")
        start = done

        def moved(count: int, start: int = start, size: int = size) -> None:
            nonlocal done
            done = min(done + count, start + size)
            report(progress, done, total)

        results.append(_import_one(node, path, moved if progress is not None else None))
        done = start + size
        report(progress, done, total)
    return results


def _documents_for(node: Node, path: Path) -> int:
    """How many documents the package at ``path`` holds for this PC, from its header alone
    (0 for introductions, other PCs' packages and anything unreadable)."""
    try:
        with path.open("rb") as f:
            head = f.read(len(MAGIC) + 1 + HEADER_MAX)
        header, _ = read_header(head)
    except (OSError, EdunodeError):
        return 0
    return header.documents if header.recipient == node.node_id else 0


def _import_one(
    node: Node, path: Path, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """One file's result; a refusal EduNode did not foresee still stops at that file, so one
    bad file (anyone can put one on a stick) never keeps the others from being read."""
    try:
        return import_package(node, path, progress=progress)
    except EdunodeError as exc:
        log.warning("USB file %s refused: %s", path, exc)
        return {"path": str(path), "from": "", "name": "", "received": 0, "state": "refused",
                "reason": str(exc)}  # fmt: skip
