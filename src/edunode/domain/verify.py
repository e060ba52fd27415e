"""The one function that decides whether received changes may be applied.

The network, USB import and bundle import all call :func:`verify_batch`. The order of the
checks matters: everything that can be decided from the change headers and signatures is
decided *before* Automerge sees a byte, so a stranger's unsigned bytes never reach the CRDT
library, and a batch by many throw-away keys is refused before any signature is checked.

1. Each change is well formed (magic, type, checksum); its hash is computed from its bytes;
   it declares at most ``columns.MAX_CHANGE_OPS`` operations and at most
   ``columns.MAX_KEY_OPS`` on one (object, key) — read from its columns, so an "op bomb"
   (a few bytes declaring work Automerge does in quadratic time) never reaches Automerge.
2. At most ``MAX_AUTHORS`` authors; each author's changes form one chain: every change of
   an author is an ancestor of that author's latest change in the batch (hash-linking lets
   one signature vouch for the chain, DESIGN §8), and the first of them continues the
   author's chain already held (no forks of one author's history).
3. Each author's latest change carries a valid signature over (document ID, change hash).
4. A new document: exactly one dependency-free change, whose hash gives the document ID;
   its ``meta`` (read from the genesis change alone) is well formed; the genesis author is a
   member of the owning school (or, for a school document, the founder it names).
5. The batch is applied to a *fork* (never the live document); exactly the sent changes
   appear; ``meta`` is unchanged (the whole map, its extra keys too: a fund's terms); the
   content satisfies its kind's rules (``content``: the board's and the fund's signed
   entries, ``signed.check_entries``); every author may write the document (DESIGN §4: members of
   the owning school and of certified maintainer schools; for a school document, its
   certified members) or the change is endorsed by a writer who built on it — but a change
   by a removed key numbered beyond its removal's signed cut-off is refused whoever built
   on it (ADR 0001), and a handed-over key's changes up to the head its handover
   names count as endorsed (decision 0013); for a school document no removal entry
   disappears or changes; a learner's record that has moved between schools is written,
   change by change, by the members of the school that held custody at that point of its
   history, and its custody entries follow the rules of ``domain/custody.py``
   (``custody``); and no one-line text (a name, a title) holds a newline or
   another C0 control but a tab (:func:`control_text`).

Anything else rejects the whole batch (RejectedChanges with a ``reason``); the caller swaps
the fork in only when this function returns. Any failure of Automerge itself (a Rust panic
is a BaseException) on hostile input is a rejection too, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from edunode import crdt, identity
from edunode.controls import C0_BUT_TAB
from edunode.crdt import columns
from edunode.domain.meta import Meta, doc_id_from_hash, meta_map
from edunode.errors import RejectedChanges

MAX_BATCH_CHANGES = 200_000
MAX_AUTHORS = 64

# Given the document's ID, meta and state (after the batch), which actor keys may write it.
WritersFn = Callable[[str, Meta, crdt.Document], set[bytes]]
# Given the document's ID, meta and state, its valid removal entries (school docs; any
# hashable records: a batch may add to them, never take one away).
RemovedFn = Callable[[str, Meta, crdt.Document], "AbstractSet[object]"]
# Given the document's ID, meta and state (after the batch), for each removed key the seq of
# its last change in this document that its removal accepts (the signed cut-off).
CutoffFn = Callable[[str, Meta, crdt.Document], dict[bytes, int]]
# Given the document's ID, meta and state (after the batch), for each handed-over key the
# hash of its last change here that its handover vouches for (decision 0013).
VouchedFn = Callable[[str, Meta, crdt.Document], dict[bytes, bytes]]
# Given the document's ID, meta, the document before the batch (None: new) and the state
# after it: why the content is refused ("" when it is fine). Rules per kind of document,
# e.g. the signed entries of the board and the fund (``domain/signed.py``).
ContentFn = Callable[[str, Meta, "crdt.Document | None", dict[str, Any]], str]
# The author's newest change held locally for a document: (seq, hash) or None.
AuthorTipFn = Callable[[bytes], "tuple[int, bytes] | None"]
# Given the document's ID, meta, the document before the batch (None: new), the fork after
# it and the new changes: why its custody entries are refused ("" when fine), and for each
# new change the keys that may write it at that point of the history (None: the usual
# writers decide). A learner's record moves between schools (``domain/custody.py``).
CustodyFn = Callable[
    [str, Meta, "crdt.Document | None", crdt.Document, list[crdt.ChangeInfo]],
    "tuple[str, dict[bytes, set[bytes]] | None]",
]


@dataclass(frozen=True)
class Verified:
    doc: crdt.Document  # the fork with the batch applied: swap it in after storing
    meta: Meta
    changes: list[crdt.ChangeInfo]  # the changes that were new, in causal order
    signatures: dict[bytes, bytes]  # change hash → verified signature (each author's tip)
    state: dict[str, crdt.Plain] | None = None  # the whole document read back (checked readable)


def _reject(reason: str, doc_id: str, message: str, actor: bytes = b"") -> RejectedChanges:
    return RejectedChanges(
        f"changes for document {doc_id} rejected: {message}",
        reason=reason,
        doc_id=doc_id,
        actor=actor.hex(),
    )


def _who(actor: bytes) -> str:
    return identity.node_id_from_public_key(actor) if len(actor) == 32 else actor.hex()[:16]


MULTILINE = frozenset({"body", "notes"})  # a lesson's text, a learner's notes


def control_text(state: Any) -> str:
    """The key of the first one-line text (a name, a title) in a document's state that
    holds a C0 control character other than a tab, or "" when there is none. Every EduNode
    refused those in one-line input (``validate.text``), so only a modified one writes
    them; a batch that does is rejected whole. DEL, C1 and bidirectional controls, which
    older versions accepted from people, are let through (refusing them would cut off an
    honest school's document for good) and escaped wherever the CLI prints them; a lesson's
    text and a learner's notes hold whatever was typed or pasted (CR, form feeds)."""
    stack: list[tuple[str, Any]] = [("", state)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, str):
            if key not in MULTILINE and C0_BUT_TAB.search(value):
                return key
        elif isinstance(value, dict):
            stack.extend((k if isinstance(k, str) else "", v) for k, v in value.items())
            if any(isinstance(k, str) and C0_BUT_TAB.search(k) for k in value):
                return key or "a key"
        elif isinstance(value, list | tuple):
            stack.extend((key, v) for v in value)
    return ""


def _ancestry(tip: bytes, deps: dict[bytes, tuple[bytes, ...]]) -> set[bytes]:
    """Hashes reachable from ``tip`` inside the batch (including ``tip``)."""
    seen: set[bytes] = set()
    stack = [tip]
    while stack:
        h = stack.pop()
        if h in seen or h not in deps:
            continue
        seen.add(h)
        stack.extend(deps[h])
    return seen


def _vouched_genesis(
    doc_id: str,
    meta: Meta,
    doc: crdt.Document,
    actor: bytes,
    deps: dict[bytes, tuple[bytes, ...]],
    vouched: VouchedFn | None,
) -> bool:
    """A document created by a key since handed over to a restored PC: its handover names
    the document, and the head it vouches for is in the batch (decision 0013)."""
    if vouched is None:
        return False
    head = vouched(doc_id, meta, doc).get(actor)
    return head is not None and head in deps


def _continues(
    doc_id: str,
    author: bytes,
    first: crdt.Header,
    held: tuple[int, bytes],
    deps: dict[bytes, tuple[bytes, ...]],
    current: crdt.Document,
    known: Callable[[list[bytes]], set[bytes]] | None,
) -> None:
    """The author's first change in the batch must continue the chain we hold: the next
    number, built on (descending from) the author's latest change we have."""
    held_seq, held_hash = held
    if first.seq > held_seq + 1:
        raise _reject(
            "missing_dependencies", doc_id, "changes depend on changes that were not sent", author
        )
    if first.seq <= held_seq:
        raise _reject(
            "malformed", doc_id, "a change re-uses a number its author already used", author
        )
    inside = _ancestry(first.hash, deps)
    frontier = {d for h in inside for d in deps[h] if d not in deps}
    if held_hash in frontier or held_hash in inside:  # inside: the batch repeats it
        return
    if known is not None and frontier - known(sorted(frontier)):
        raise _reject(
            "missing_dependencies", doc_id, "changes depend on changes that were not sent"
        )
    try:
        after = (
            {c.hash for c in crdt.changes_since(current, sorted(frontier))} if frontier else None
        )
    except BaseException as exc:  # noqa: BLE001 - Rust panics
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        after = None
    if after is None or held_hash in after:
        raise _reject(
            "malformed",
            doc_id,
            "a change forks its author's history (not built on its last change)",
            author,
        )


def _apply_and_compare(
    doc_id: str,
    fork: crdt.Document,
    before: list[bytes],
    batch: dict[bytes, bytes],
    current: crdt.Document,
) -> list[crdt.ChangeInfo]:
    """Without a store to ask what we hold: apply all, and let Automerge say what was new."""
    crdt.apply(fork, list(batch.values()))
    new = crdt.changes_since(fork, before)
    new_hashes = {c.hash for c in new}
    if not new_hashes <= batch.keys():
        raise _reject("malformed", doc_id, "the document changed in an unexpected way")
    missing = [h for h in batch if h not in new_hashes]
    if missing:
        have = {c.hash for c in crdt.changes_since(current, [])}
        missing = [h for h in missing if h not in have]
    if missing:
        raise _reject(
            "missing_dependencies",
            doc_id,
            f"{len(missing)} change(s) depend on changes that were not sent",
        )
    return new


def verify_batch(
    doc_id: str,
    current: crdt.Document | None,
    meta: Meta | None,
    changes: Iterable[bytes],
    signatures: dict[bytes, bytes],
    writers: WritersFn,
    *,
    actor: bytes,
    members_of: Callable[[str], set[bytes]] | None = None,
    removed: RemovedFn | None = None,
    cutoffs: CutoffFn | None = None,
    vouched: VouchedFn | None = None,
    author_tip: AuthorTipFn | None = None,
    known: Callable[[list[bytes]], set[bytes]] | None = None,
    headers: Sequence[crdt.Header | None] | None = None,
    content: ContentFn | None = None,
    custody: CustodyFn | None = None,
) -> Verified:
    """Verify ``changes`` against the local document ``current`` (None if we have none).

    Returns the fork with the batch applied; raises RejectedChanges naming the reason.
    ``actor`` is this node's key, set on the fork so later local edits are ours.
    ``headers``, when given, are the changes' headers as the wire decoder read them from
    exactly these bytes (it rebuilds each change and hashes it); None items are parsed here.
    """
    # -- 1. bytes
    changes = list(changes)
    given = list(headers) if headers is not None else []
    if len(given) != len(changes):
        given = [None] * len(changes)
    batch: dict[bytes, bytes] = {}
    parsed: dict[bytes, crdt.Header] = {}
    for data, header in zip(changes, given, strict=True):
        if not isinstance(data, bytes):
            raise _reject("malformed", doc_id, "a change is not bytes")
        if len(data) > crdt.MAX_CHANGE_BYTES:  # checked here too: a given header skips parsing
            raise _reject("malformed", doc_id, "a change is larger than any EduNode makes")
        try:
            header = header if header is not None else columns.counted_header(data)
            work = columns.load(data) if header.ops < 0 else columns.load_counted(data, header.ops)
        except ValueError:
            raise _reject(
                "malformed", doc_id, "a change is not well formed (damaged bytes?)"
            ) from None
        if work.ops > columns.MAX_CHANGE_OPS or work.hottest > columns.MAX_KEY_OPS:
            raise _reject(
                "malformed",
                doc_id,
                f"a change declares {work.ops:,} operations, {work.hottest:,} of them on one "
                "key (an operation bomb)",
                header.actor,
            )
        batch[header.hash] = data
        parsed[header.hash] = header
        if len(batch) > MAX_BATCH_CHANGES:
            raise _reject("malformed", doc_id, "too many changes in one batch")

    # -- 2. authors and their chains, from the headers alone (changes we hold are skipped)
    held_already = known(list(batch)) if known is not None and current is not None else set()
    by_author: dict[bytes, list[crdt.Header]] = {}
    for header in parsed.values():
        if header.hash not in held_already:
            by_author.setdefault(header.actor, []).append(header)
    if len(by_author) > MAX_AUTHORS:
        raise _reject("malformed", doc_id, f"more than {MAX_AUTHORS} authors in one batch")
    deps = {h: header.deps for h, header in parsed.items()}
    tips: dict[bytes, crdt.Header] = {}
    for author, items in by_author.items():
        if len(author) != 32:
            raise _reject("not_authorized", doc_id, "a change's author is not a node key", author)
        items.sort(key=lambda header: header.seq)
        tip = items[-1]
        tips[author] = tip
        if len({header.seq for header in items}) != len(items):
            raise _reject("malformed", doc_id, "two changes by one author share a number", author)
        chain = _ancestry(tip.hash, deps)
        if any(header.hash not in chain for header in items):
            raise _reject(
                "bad_signature", doc_id, "a change is not covered by its author's signature", author
            )
        if author_tip is not None and current is not None:
            held = author_tip(author)
            if held is not None:
                # Batches may overlap what we hold (a peer that does not know all our heads
                # sends from further back): changes we already hold are fine, any other
                # change numbered within our chain forks the author's history.
                old = [h.hash for h in items if h.seq <= held[0]]
                if old and known is not None:
                    if set(old) - known(old):
                        raise _reject(
                            "malformed",
                            doc_id,
                            "a change forks its author's history (not built on its last change)",
                            author,
                        )
                    items_new = [h for h in items if h.seq > held[0]]
                    if items_new:
                        _continues(doc_id, author, items_new[0], held, deps, current, known)
                else:
                    _continues(doc_id, author, items[0], held, deps, current, known)

    # -- 3. signatures on each author's latest change
    verified: dict[bytes, bytes] = {}
    for author, tip in tips.items():
        sig = signatures.get(tip.hash)
        if sig is None:
            raise _reject(
                "missing_signature", doc_id, "a change arrived without a signature", author
            )
        if not identity.verify_change_signature(author, doc_id, tip.hash, sig):
            raise _reject("bad_signature", doc_id, "a signature does not verify", author)
        verified[tip.hash] = sig

    # -- 4. a new document: its genesis
    genesis_map: dict[str, crdt.Plain] | None = None
    if current is None:
        roots = [h for h in parsed.values() if not h.deps]
        if len(roots) != 1 or doc_id_from_hash(roots[0].hash) != doc_id:
            raise _reject("wrong_document", doc_id, "the changes do not create this document")
        genesis = roots[0]
        try:
            genesis_doc = crdt.load(batch[genesis.hash], actor)
            genesis_meta = Meta.read(genesis_doc)
            genesis_map = meta_map(genesis_doc)
        except BaseException as exc:  # a Rust panic is a BaseException
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            genesis_meta, genesis_map = None, None
        if genesis_meta is None or not genesis_meta.well_scoped():
            raise _reject("malformed", doc_id, "the document's genesis has no valid meta")
        if genesis_meta.kind == "school":
            if genesis_meta.founder != genesis.actor:
                raise _reject("wrong_document", doc_id, "the school's founder did not create it")
        elif (
            members_of is not None
            and genesis.actor not in members_of(genesis_meta.school)
            and not _vouched_genesis(
                doc_id, genesis_meta, genesis_doc, genesis.actor, deps, vouched
            )
        ):
            raise _reject(
                "not_authorized",
                doc_id,
                f"node {_who(genesis.actor)} may not create documents for that school",
                genesis.actor,
            )
        meta = genesis_meta
    assert meta is not None

    # -- 5. apply to a fork and check the result
    try:
        if current is not None:
            fork = current.fork()
            fork.set_actor(actor)
            before = crdt.heads(fork)
        else:
            fork, before = crdt.new_document(actor), []
        map_before = meta_map(current) if current is not None else genesis_map
        removed_before = (
            removed(doc_id, meta, current) if removed and current is not None else set()
        )
        if current is None or known is not None:
            # We know exactly which changes are new: apply those, and check from the heads
            # that all of them took (a change with missing deps would leave heads unchanged).
            fresh = crdt.causal_order([h for h in parsed.values() if h.hash not in held_already])
            if len(fresh) != len(batch) - len(held_already & batch.keys()):
                raise _reject("malformed", doc_id, "the changes' dependencies form a cycle")
            crdt.apply(fork, [batch[h.hash] for h in fresh])
            expected = (set(before) | {h.hash for h in fresh}) - {d for h in fresh for d in h.deps}
            if set(crdt.heads(fork)) != expected:
                raise _reject(
                    "missing_dependencies", doc_id, "changes depend on changes that were not sent"
                )
            new = [crdt.ChangeInfo(h.hash, h.actor, h.seq, h.deps, batch[h.hash]) for h in fresh]
        else:
            new = _apply_and_compare(doc_id, fork, before, batch, current)
        if not new:
            return Verified(doc=fork, meta=meta, changes=[], signatures={})
        found = Meta.read(fork)
        state = crdt.read(fork)  # everything must be readable (Automerge panics on some values)
        assert isinstance(state, dict)
        if found is None or found != meta or state.get("meta") != map_before:
            raise _reject("meta_changed", doc_id, "a change tries to alter what the document is")
        where = control_text(state)
        if where:
            raise _reject(
                "control_characters",
                doc_id,
                f"the text in '{where}' holds control characters (a newline, an escape code)",
            )
        refused = content(doc_id, meta, current, state) if content is not None else ""
        if refused:
            raise _reject("not_authorized", doc_id, refused)
        per_change: dict[bytes, set[bytes]] | None = None
        if custody is not None and meta.kind == "learner":
            refused, per_change = custody(doc_id, meta, current, fork, new)
            if refused:
                raise _reject("not_authorized", doc_id, refused)
        allowed = writers(doc_id, meta, fork)

        def may(h: bytes) -> set[bytes]:
            return per_change.get(h, allowed) if per_change is not None else allowed

        endorsed: set[bytes] = set()
        for author, tip in tips.items():
            if author in may(tip.hash):
                endorsed |= _ancestry(tip.hash, deps)
        # A PC restored from a backup took a key's place: the old key's handover vouches
        # for its changes up to the head it names, as a writer's change built on them would.
        for author, head in (vouched(doc_id, meta, fork) if vouched is not None else {}).items():
            if author not in allowed and head in deps:
                endorsed |= _ancestry(head, deps)
        cut = cutoffs(doc_id, meta, fork) if cutoffs is not None else {}
        for c in new:
            # A removed PC's change beyond its removal's cut-off is refused, whoever built on
            # it: a member that had not heard of the removal can't launder it.
            if c.actor not in may(c.hash) and c.actor in cut and c.seq > cut[c.actor]:
                raise _reject(
                    "not_authorized",
                    doc_id,
                    f"node {_who(c.actor)} may no longer write here (removed from its school, "
                    f"replaced by a restored backup, or its school no longer maintains the "
                    f"course); its change number {c.seq} comes after its removal (accepted up to "
                    f"{cut[c.actor]})",
                    c.actor,
                )
            # A change by someone who may no longer write is kept only when a current writer
            # built on it (it was accepted before they were removed).
            if c.actor not in may(c.hash) and c.hash not in endorsed:
                raise _reject(
                    "not_authorized",
                    doc_id,
                    f"node {_who(c.actor)} may not write this document",
                    c.actor,
                )
        if removed is not None and not removed_before <= removed(doc_id, meta, fork):
            raise _reject(
                "not_authorized",
                doc_id,
                "a change tries to undo or alter a signed removal, handover or maintainer change",
            )
    except RejectedChanges:
        raise
    except BaseException as exc:  # a Rust panic surfaces as BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise _reject(
            "malformed", doc_id, f"Automerge could not read the changes ({exc})"
        ) from None
    return Verified(doc=fork, meta=meta, changes=new, signatures=verified, state=state)
