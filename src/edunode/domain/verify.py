"""The one function that decides whether received changes may be applied.

The network, USB import and bundle import all call :func:`verify_batch`. A batch is
accepted only if every change in it is well formed, and for each actor that authored
changes in it, a signature by that actor over (document ID, hash of its latest change in
the batch) verifies, and all of that actor's changes in the batch are ancestors of that
signed change (hash-linking makes one signature vouch for the whole chain: DESIGN §8), and
the actor may write the document (DESIGN §4). Otherwise the whole batch is rejected and
nothing of it is applied: the work happens on a fork of the document, which the caller
swaps in only when this function returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from edunode import crdt, identity
from edunode.domain.meta import Meta, doc_id_from_hash
from edunode.errors import RejectedChanges

MAX_BATCH_CHANGES = 200_000

# Given the document's meta and its state after the batch, which actor keys may write it.
WritersFn = Callable[[str, Meta, crdt.Document], set[bytes]]


@dataclass(frozen=True)
class Verified:
    doc: crdt.Document  # the fork with the batch applied: swap it in after storing
    meta: Meta
    changes: list[crdt.ChangeInfo]  # the changes that were new, in causal order
    signatures: dict[bytes, bytes]  # change hash → verified signature (each actor's tip)


def _reject(reason: str, doc_id: str, message: str, actor: bytes = b"") -> RejectedChanges:
    return RejectedChanges(
        f"changes for document {doc_id} rejected: {message}",
        reason=reason,
        doc_id=doc_id,
        actor=actor.hex(),
    )


def _ancestry(tip: bytes, by_hash: dict[bytes, crdt.ChangeInfo]) -> set[bytes]:
    seen: set[bytes] = set()
    stack = [tip]
    while stack:
        h = stack.pop()
        if h in seen or h not in by_hash:
            continue
        seen.add(h)
        stack.extend(by_hash[h].deps)
    return seen


def verify_batch(
    doc_id: str,
    current: crdt.Document | None,
    meta: Meta | None,
    changes: Iterable[bytes],
    signatures: dict[bytes, bytes],
    writers: WritersFn,
    *,
    actor: bytes,
) -> Verified:
    """Verify ``changes`` against the local document ``current`` (None if we have none).

    Returns the fork with the batch applied; raises RejectedChanges naming the reason.
    ``actor`` is this node's key, set on a fresh document so local edits are ours.
    """
    batch: dict[bytes, bytes] = {}
    for data in changes:
        if not isinstance(data, bytes) or not crdt.well_formed(data):
            raise _reject("malformed", doc_id, "a change is not well formed (damaged bytes?)")
        batch[crdt.change_hash(data)] = data
        if len(batch) > MAX_BATCH_CHANGES:
            raise _reject("malformed", doc_id, "too many changes in one batch")

    fork = current.fork() if current is not None else crdt.new_document(actor)
    if current is not None:
        fork.set_actor(actor)
    before = crdt.heads(fork) if current is not None else []
    try:
        crdt.apply(fork, list(batch.values()))
        new = crdt.changes_since(fork, before)
    except BaseException as exc:  # a Rust panic surfaces as BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise _reject("malformed", doc_id, f"Automerge could not read a change ({exc})") from None

    new_hashes = {c.hash for c in new}
    if not new_hashes <= batch.keys():
        raise _reject("malformed", doc_id, "the document changed in an unexpected way")
    missing = [h for h in batch if h not in new_hashes]
    if missing and current is not None:
        # Changes we already had are fine; anything else was not applied (missing deps).
        known = {c.hash for c in crdt.changes_since(current, [])} if missing else set()
        missing = [h for h in missing if h not in known]
    if missing:
        raise _reject(
            "missing_dependencies",
            doc_id,
            f"{len(missing)} change(s) depend on changes that were not sent",
        )
    if not new:
        assert meta is not None or current is None
        if current is None:
            raise _reject("malformed", doc_id, "an empty batch for an unknown document")
        return Verified(doc=fork, meta=meta, changes=[], signatures={})  # type: ignore[arg-type]

    if current is None:
        roots = [c for c in new if not c.deps]
        if len(roots) != 1 or doc_id_from_hash(roots[0].hash) != doc_id:
            raise _reject("wrong_document", doc_id, "the changes do not create this document")
    found = Meta.read(fork)
    if found is None:
        raise _reject("malformed", doc_id, "the document has no valid meta map")
    if meta is not None and (found.kind, found.school, found.scope, found.founder) != (
        meta.kind,
        meta.school,
        meta.scope,
        meta.founder,
    ):
        raise _reject("meta_changed", doc_id, "a change tries to alter what the document is")
    if current is None and found.kind == "school" and found.founder != new[0].actor:
        raise _reject("wrong_document", doc_id, "the school's founder did not create it")

    by_hash = {c.hash: c for c in new}
    tips: dict[bytes, crdt.ChangeInfo] = {}
    for c in new:
        if c.actor not in tips or c.seq > tips[c.actor].seq:
            tips[c.actor] = c

    verified: dict[bytes, bytes] = {}
    for author, tip in tips.items():
        sig = signatures.get(tip.hash)
        if sig is None:
            raise _reject("missing_signature", doc_id, "a change arrived without a signature", author)
        if len(author) != 32 or not identity.verify_change_signature(author, doc_id, tip.hash, sig):
            raise _reject("bad_signature", doc_id, "a signature does not verify", author)
        verified[tip.hash] = sig
        chain = _ancestry(tip.hash, by_hash)
        if any(c.actor == author and c.hash not in chain for c in new):
            raise _reject("bad_signature", doc_id, "a change is not covered by its author's signature", author)

    allowed = writers(doc_id, found, fork)
    endorsed: set[bytes] = set()
    for author, tip in tips.items():
        if author in allowed:
            endorsed |= _ancestry(tip.hash, by_hash)
    for c in new:
        # A change by someone who may no longer write is kept only when a current writer
        # built on it (it was accepted before they were removed).
        if c.actor not in allowed and c.hash not in endorsed:
            raise _reject(
                "not_authorized",
                doc_id,
                f"node {identity.node_id_from_public_key(c.actor) if len(c.actor) == 32 else c.actor.hex()} may not write this document",
                c.actor,
            )
    return Verified(doc=fork, meta=found, changes=new, signatures=verified)
