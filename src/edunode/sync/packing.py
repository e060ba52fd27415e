"""Packing per-document batches into Changes messages, and joining documents split over them.

A bulk sync sends many small documents per message (the receiver applies one message in one
store transaction: that is what makes it fast) and splits a document larger than the frame
budget into parts marked ``more``; :class:`Assembler` joins the parts on the other side,
holding at most a bounded number of bytes of unfinished documents. Shared by the network
session and USB packages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from edunode.crdt import Header, change_hash
from edunode.errors import RemoteProtocolError
from edunode.sync.messages import MAX_BATCHES, MAX_CHANGES, Changes, DocChanges


def batch_size(batch: DocChanges) -> int:
    """Approximate encoded size, for packing frames."""
    return 24 + sum(len(c) + 4 for c in batch.changes) + 66 * len(batch.signatures)


def pack_changes(batches: Iterable[DocChanges], budget: int) -> Iterator[Changes]:
    """Group per-document batches into Changes messages of about ``budget`` bytes.

    Many small documents share one message (the receiver applies a message in one store
    transaction: that is what makes bulk sync fast). A document larger than ``budget`` is
    split into parts marked ``more``, each signature travelling with its change.
    """
    current: list[DocChanges] = []
    size = 0
    for batch in batches:
        for part in _split(batch, budget):
            part_size = batch_size(part)
            if current and (size + part_size > budget or len(current) >= MAX_BATCHES):
                yield Changes(tuple(current))
                current, size = [], 0
            current.append(part)
            size += part_size
    if current:
        yield Changes(tuple(current))


def _split(batch: DocChanges, budget: int) -> Iterator[DocChanges]:
    if batch_size(batch) <= budget and len(batch.changes) <= MAX_CHANGES:
        yield batch
        return
    sigs = dict(batch.signatures)
    chunk: list[bytes] = []
    size = 0
    for data in batch.changes:
        if chunk and (size + len(data) + 4 > budget or len(chunk) >= MAX_CHANGES):
            yield _part(batch.doc_id, chunk, sigs, more=True)
            chunk, size = [], 0
        chunk.append(data)
        size += len(data) + 4
    yield _part(batch.doc_id, chunk, sigs, more=batch.more)


def _part(doc_id: str, chunk: list[bytes], sigs: dict[bytes, bytes], *, more: bool) -> DocChanges:
    hashes = (change_hash(c) for c in chunk)
    own = tuple((h, sigs[h]) for h in hashes if h in sigs)
    return DocChanges(doc_id, tuple(chunk), own, more)


class Assembler:
    """Joins documents split over several Changes messages (``more``) and passes complete
    ones on; at most ``max_pending`` bytes of unfinished documents are held."""

    def __init__(self, max_pending: int) -> None:
        self.max_pending = max_pending
        self._partial: dict[str, tuple[list[bytes], dict[bytes, bytes], list[Header | None]]] = {}
        self._bytes = 0

    @property
    def unfinished(self) -> bool:
        return bool(self._partial)

    def add(self, message: Changes) -> Changes:
        if not self._partial and not any(b.more for b in message.batches):
            return message
        done: list[DocChanges] = []
        for batch in message.batches:
            if not batch.more and batch.doc_id not in self._partial:
                done.append(batch)
                continue
            changes, sigs, headers = self._partial.setdefault(batch.doc_id, ([], {}, []))
            changes.extend(batch.changes)
            sigs.update(batch.signatures)
            headers.extend(batch.headers or (None,) * len(batch.changes))
            self._bytes += sum(len(c) for c in batch.changes)
            if self._bytes > self.max_pending:
                raise RemoteProtocolError(
                    f"a document larger than {self.max_pending} bytes", code="oversized_message"
                )
            if not batch.more:
                del self._partial[batch.doc_id]
                self._bytes -= sum(len(c) for c in changes)
                done.append(
                    DocChanges(
                        batch.doc_id, tuple(changes), tuple(sigs.items()), headers=tuple(headers)
                    )
                )
        return Changes(tuple(done))
