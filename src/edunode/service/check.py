"""``edunode check``: verify everything the store holds (think ``git fsck``).

For each document: every change's bytes hash to its recorded hash; every signature stored
verifies; each author's latest change is signed and vouches for all of that author's
changes; the document loads from the log alone and from its snapshot to the same heads;
the read projections equal what the document says now; and no change by a PC removed from
the school comes after its removal's cut-off (ADR 0001: this PC took it before it heard of
the removal; the school refuses it, and this PC's own changes built on it, for good).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from edunode import crdt, identity
from edunode.errors import StoreUnavailable
from edunode.service.documents import Documents, OpenDoc
from edunode.service.repair import describe_missing, still_missing
from edunode.store import Store
from edunode.store.health import Finding, findings

REPAIR = "run 'edunode repair'"


@dataclass(frozen=True)
class Problem:
    doc_id: str
    what: str

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.what}" if self.doc_id else self.what


def check(store: Store, docs: Documents) -> list[Problem]:
    """Every problem, each with the next step: the database's own checks first (a damaged
    file can fail the reads that follow), then the log, documents and projections."""
    problems = [Problem("", _next_step(f)) for f in findings(store)]
    try:
        problems += _check_documents(store, docs)
        for doc_id, entry in still_missing(store).items():
            meta = store.meta(doc_id)
            problems.append(Problem("", describe_missing(doc_id, entry, meta.kind if meta else "")))
    except StoreUnavailable as exc:
        problems.append(Problem("", f"the check could not read everything: {exc}"))
    return problems


def _next_step(f: Finding) -> str:
    where = f"index {f.index} of table {f.table}" if f.index else (
        f"table {f.table}" if f.table else "the database file")  # fmt: skip
    if f.index:
        step = f"{REPAIR}: it rebuilds the index from its table; no record is lost"
    elif f.derived:
        step = f"{REPAIR}: it rebuilds this table from the change log; no record is lost"
    elif f.table == "changes":
        step = (
            f"{REPAIR}: it keeps every change that still reads; the others come back from "
            "another PC of the school at the next sync, or from the latest backup"
        )
    else:
        step = (
            f"{REPAIR}: it keeps every row that still reads and tells what was lost "
            "(copy the data folder somewhere safe first)"
        )
    return f"the database reports damage in {where} ({f.what}); {step}"


def _check_documents(store: Store, docs: Documents) -> list[Problem]:
    problems: list[Problem] = []
    by_doc: dict[str, list[tuple[int, bytes, bytes, bytes, int, bytes | None]]] = defaultdict(list)
    for row in store.all_changes():
        by_doc[row.doc_id].append(
            (row.seq_no, row.hash, row.data, row.actor, row.seq, row.signature)
        )

    known = {doc_id for doc_id, _ in store.documents()}
    for doc_id in sorted(set(by_doc) - known):
        problems.append(Problem(doc_id, "changes stored for a document the store does not list"))

    for doc_id, meta in store.documents():
        rows = by_doc.get(doc_id, [])
        if not rows:
            problems.append(Problem(doc_id, "no changes stored for this document"))
            continue
        bad = False
        for seq_no, h, data, actor, _seq, sig in rows:
            if not crdt.well_formed(data) or crdt.change_hash(data) != h:
                problems.append(
                    Problem(
                        doc_id,
                        f"change #{seq_no} does not match its hash (damaged); {REPAIR}: it "
                        "takes it out and the next sync fetches it again from a PC that has it",
                    )
                )
                bad = True
            elif sig is not None and not identity.verify_change_signature(actor, doc_id, h, sig):
                problems.append(
                    Problem(doc_id, f"change #{seq_no} has a signature that does not verify")
                )
                bad = True
        if bad:
            continue
        try:
            doc = crdt.new_document(docs.me.public_key)
            crdt.apply(doc, [data for _, _, data, _, _, _ in rows])
            loaded = {c.hash: c for c in crdt.changes_since(doc, [])}
        except BaseException as exc:  # noqa: BLE001 - a Rust panic is a BaseException
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            problems.append(Problem(doc_id, f"the document does not load from its log: {exc}"))
            continue
        if len(loaded) != len(rows):
            problems.append(
                Problem(doc_id, f"{len(rows) - len(loaded)} stored change(s) cannot be applied")
            )
            continue
        signed = {h for _, h, _, _, _, sig in rows if sig is not None}
        tips: dict[bytes, crdt.ChangeInfo] = {}
        for c in loaded.values():
            if c.actor not in tips or c.seq > tips[c.actor].seq:
                tips[c.actor] = c
        for author, tip in tips.items():
            if tip.hash not in signed:
                problems.append(
                    Problem(doc_id, f"the latest change by {author.hex()[:12]} is not signed")
                )
                continue
            seen, stack = set(), [tip.hash]
            while stack:
                h = stack.pop()
                if h in seen or h not in loaded:
                    continue
                seen.add(h)
                stack.extend(loaded[h].deps)
            if any(c.actor == author and c.hash not in seen for c in loaded.values()):
                problems.append(
                    Problem(
                        doc_id, f"a change by {author.hex()[:12]} is not covered by a signature"
                    )
                )
        snap = store.snapshot(doc_id)
        od = docs.get(doc_id)
        if crdt.heads(od.doc) != crdt.heads(doc):
            problems.append(Problem(doc_id, "the snapshot and the change log disagree"))
        if snap is not None:
            try:
                from_snapshot = crdt.load(snap[0], docs.me.public_key)
            except BaseException as exc:  # noqa: BLE001
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                problems.append(
                    Problem(doc_id, "the snapshot cannot be read (delete snapshots to rebuild)")
                )
            else:
                log_upto = [data for seq_no, _, data, _, _, _ in rows if seq_no <= snap[1]]
                ref = crdt.new_document(docs.me.public_key)
                crdt.apply(ref, log_upto)
                if crdt.heads(from_snapshot) != crdt.heads(ref):
                    problems.append(Problem(doc_id, "the snapshot does not match the change log"))
        problems += _beyond_cutoff(docs, doc_id, od, loaded)
        diffs = store.projection_differences(doc_id, docs.projection_rows(doc_id, od))
        for table in diffs:
            problems.append(
                Problem(doc_id, f"the read projection {table} is out of date; {REPAIR}")
            )
        del meta
    return problems


def _beyond_cutoff(
    docs: Documents, doc_id: str, od: OpenDoc, loaded: dict[bytes, crdt.ChangeInfo]
) -> list[Problem]:
    cut = docs.cutoffs(doc_id, od.meta, od.doc)
    if not cut:
        return []
    writers = docs.writers(doc_id, od.meta, od.doc)
    late = {
        h
        for h, c in loaded.items()
        if c.actor in cut and c.actor not in writers and c.seq > cut[c.actor]
    }
    if not late:
        return []
    tainted, grew = set(late), True
    while grew:  # everything built on a refused change is refused with it
        grew = False
        for h, c in loaded.items():
            if h not in tainted and any(d in tainted for d in c.deps):
                tainted.add(h)
                grew = True
    authors = sorted({identity.node_id_from_public_key(loaded[h].actor) for h in late})
    ours = sum(1 for h in tainted - late if loaded[h].actor == docs.me.public_key)
    return [
        Problem(
            doc_id,
            f"{len(late)} change(s) by {', '.join(authors)} were made after its removal from "
            f"the school; every PC that knows of the removal refuses them, and the "
            f"{len(tainted) - len(late)} change(s) built on them ({ours} made on this PC): "
            "this document is no longer sent, re-enter those records on a PC that has the "
            "removal",
        )
    ]
