"""The school document: its name and the nodes (PCs) that belong to it.

Membership is certified, not just written: each member entry carries an Ed25519 signature
by an existing member (ultimately the founding node, named in the genesis ``meta``). The
set of members is the fixed point of valid certificates, minus keys whose removal an admin
signed (removals live in their own map and may never be taken back). Removing a PC is
therefore one signed change to the school document, and every PC of the school stops
accepting that PC's changes once it has that change.

A removal carries a signed *cut-off*: for each document the removed key wrote, the number
(``seq``) of its last change the removing PC held. Changes by that key numbered beyond the
cut-off are refused everywhere once the removal has arrived, whoever built on them (ADR
0001). Each removal entry is stored under ``<removed node ID>/<remover node ID>`` so that
two admins removing the same PC at once both keep their entry; a key's cut-off in a
document is the largest any valid removal of it states.
"""

from __future__ import annotations

import base64
import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from edunode import crdt, identity
from edunode.errors import ValidationError
from edunode.identity import NodeIdentity

ROLES = ("admin", "member")


@dataclass(frozen=True)
class Member:
    node_id: str
    key: bytes
    name: str
    role: str
    removed: bool


def create(tx: crdt.Transaction, name: str) -> None:
    name = name.strip()
    if not name:
        raise ValidationError("the school name must not be empty")
    crdt.put(tx, crdt.ROOT, "name", name[:200])
    tx.put_object(crdt.ROOT, "members", crdt.O.Map)
    tx.put_object(crdt.ROOT, "removals", crdt.O.Map)


def add_member(
    tx: crdt.Transaction, school_id: str, signer: NodeIdentity, key: bytes, name: str, role: str
) -> None:
    if role not in ROLES:
        raise ValidationError(f"a member's role is one of {', '.join(ROLES)}")
    members = crdt.get_obj(tx, crdt.ROOT, "members")
    assert members is not None
    sig = signer.sign(identity.membership_message(school_id, key, role, removed=False))
    crdt.put_map(
        tx,
        members,
        identity.node_id_from_public_key(key),
        {"key": key, "name": name[:200], "role": role, "by": signer.public_key, "sig": sig},
    )


# A cut-off is a byte string of fixed-width records sorted by document: the document ID's
# 15 raw bytes (IDs are base32 of 15 bytes) and the removed key's last accepted seq (4 bytes,
# big-endian). One value, one operation, 19 bytes a document: a PC that wrote 10,000
# learners' records is removed in ~190 KB, well inside one change's limits.
_DOC_BYTES, _CUTOFF_RECORD = 15, 19


def encode_cutoff(cutoff: Mapping[str, int]) -> bytes:
    """The canonical bytes of a cut-off (document ID -> last accepted seq)."""
    records = sorted(
        base64.b32decode(doc_id.upper()) + int(seq).to_bytes(4, "big")
        for doc_id, seq in cutoff.items()
    )
    if any(len(r) != _CUTOFF_RECORD for r in records):
        raise ValidationError("a cut-off names something that is not a document ID")
    return b"".join(records)


def decode_cutoff(blob: object) -> dict[str, int] | None:
    """The cut-off as a dict, or None when ``blob`` is not the canonical encoding."""
    if not _well_formed_cutoff(blob):
        return None
    assert isinstance(blob, bytes)
    return {
        base64.b32encode(blob[i : i + _DOC_BYTES]).decode().lower(): int.from_bytes(
            blob[i + _DOC_BYTES : i + _CUTOFF_RECORD], "big"
        )
        for i in range(0, len(blob), _CUTOFF_RECORD)
    }


def _well_formed_cutoff(blob: object) -> bool:
    if not isinstance(blob, bytes) or len(blob) % _CUTOFF_RECORD:
        return False
    docs = [blob[i : i + _DOC_BYTES] for i in range(0, len(blob), _CUTOFF_RECORD)]
    return all(a < b for a, b in zip(docs, docs[1:], strict=False))  # sorted, no repeats


def cutoff_seq(blob: bytes, doc_id: str) -> int:
    """The last accepted seq for ``doc_id`` in a well-formed cut-off (0: none accepted)."""
    try:
        want = base64.b32decode(doc_id.upper())
    except ValueError:
        return 0
    count = len(blob) // _CUTOFF_RECORD
    keys = _CutoffDocs(blob, count)
    i = bisect.bisect_left(keys, want)
    if i < count and keys[i] == want:
        start = i * _CUTOFF_RECORD + _DOC_BYTES
        return int.from_bytes(blob[start : start + 4], "big")
    return 0


class _CutoffDocs:
    """The document IDs of a cut-off as a sequence, for bisect (no copy of the blob)."""

    def __init__(self, blob: bytes, count: int) -> None:
        self.blob, self.count = blob, count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> bytes:
        return self.blob[i * _CUTOFF_RECORD : i * _CUTOFF_RECORD + _DOC_BYTES]


def remove_member(
    tx: crdt.Transaction,
    school_id: str,
    signer: NodeIdentity,
    node_id: str,
    cutoff: Mapping[str, int],
) -> None:
    """Record a signed removal with its cut-off: for each document ``node_id`` wrote, the
    seq of its last change this PC holds (and so accepts). Removals live in their own map
    and are never taken back: a removed PC that should rejoin is set up again with a new key.
    """
    members = crdt.get_obj(tx, crdt.ROOT, "members")
    entry = crdt.get_obj(tx, members, node_id) if members else None
    if entry is None:
        raise ValidationError(f"{node_id} is not a member of this school")
    key = crdt.get_value(tx, entry, "key")
    assert isinstance(key, bytes)
    removals = crdt.get_obj(tx, crdt.ROOT, "removals")
    if removals is None:
        removals = tx.put_object(crdt.ROOT, "removals", crdt.O.Map)
    name = f"{node_id}/{signer.node_id}"
    if crdt.get_obj(tx, removals, name) is not None:  # rewriting it would change a signed fact
        raise ValidationError(f"{node_id} was already removed from this school by this PC")
    blob = encode_cutoff(cutoff)
    sig = signer.sign(identity.removal_message(school_id, key, blob))
    crdt.put_map(
        tx, removals, name, {"key": key, "by": signer.public_key, "sig": sig, "cutoff": blob}
    )


def read(doc: crdt.Readable) -> dict[str, crdt.Plain]:
    state = crdt.read(doc)
    assert isinstance(state, dict)
    return state


def _entries(state: Mapping[str, crdt.Plain], key: str) -> list[dict[str, crdt.Plain]]:
    raw = state.get(key)
    return [e for e in raw.values() if isinstance(e, dict)] if isinstance(raw, dict) else []


def _certified(
    school_id: str, entries: list[dict[str, crdt.Plain]], founder: bytes, banned: set[bytes]
) -> tuple[dict[bytes, str], dict[bytes, str]]:
    """Fixed point of valid certificates rooted at the founder; ``banned`` keys neither count
    as members nor as signers. Only an admin may certify an admin."""
    valid: dict[bytes, str] = {founder: "admin"}
    names: dict[bytes, str] = {}
    changed = True
    while changed:
        changed = False
        for entry in entries:
            key, role, by, sig = (entry.get(k) for k in ("key", "role", "by", "sig"))
            if not (isinstance(key, bytes) and isinstance(by, bytes) and isinstance(sig, bytes)):
                continue
            if key in valid or key in banned or role not in ROLES or len(key) != 32:
                continue
            if by not in valid or by in banned or (role == "admin" and valid[by] != "admin"):
                continue
            message = identity.membership_message(school_id, key, str(role), removed=False)
            if identity.verify_signature(by, message, sig):
                valid[key] = str(role)
                names[key] = str(entry.get("name", ""))[:200]
                changed = True
    return valid, names


@dataclass(frozen=True)
class Removal:
    """One valid removal entry: ``name`` is its key in the ``removals`` map."""

    name: str
    key: bytes
    by: bytes
    cutoff: bytes


def _removals(
    school_id: str, state: Mapping[str, crdt.Plain], founder: bytes, valid: dict[bytes, str]
) -> list[Removal]:
    """Removal entries an admin signed, cut-off included (the founder cannot be removed)."""
    raw = state.get("removals")
    out: list[Removal] = []
    for name, entry in raw.items() if isinstance(raw, dict) else ():
        if not isinstance(entry, dict):
            continue
        key, by, sig, blob = (entry.get(k) for k in ("key", "by", "sig", "cutoff"))
        if not (isinstance(key, bytes) and isinstance(by, bytes) and isinstance(sig, bytes)):
            continue
        if key == founder or valid.get(by) != "admin" or not _well_formed_cutoff(blob):
            continue
        assert isinstance(blob, bytes)
        if identity.verify_signature(by, identity.removal_message(school_id, key, blob), sig):
            out.append(Removal(str(name), key, by, blob))
    return out


def members(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> dict[bytes, Member]:
    """Members keyed by public key, certificates checked; removed ones flagged.

    A removal counts when an admin signed it (the founder cannot be removed); certificates
    signed by a removed key stop counting, so a removed PC cannot mint new members.
    """
    entries = _entries(state, "members")
    valid, _ = _certified(school_id, entries, founder, set())
    removed = {r.key for r in _removals(school_id, state, founder, valid)}
    current, names = _certified(school_id, entries, founder, removed)
    for entry in entries:
        if entry.get("key") == founder:
            names[founder] = str(entry.get("name", ""))[:200]
    out = {
        key: Member(identity.node_id_from_public_key(key), key, names.get(key, ""), role, False)
        for key, role in current.items()
    }
    for key in removed:
        if key in valid:
            out[key] = Member(identity.node_id_from_public_key(key), key, "", valid[key], True)
    return out


def removals(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> list[Removal]:
    """The valid removal entries of a school (of certified members, signed by an admin)."""
    valid, _ = _certified(school_id, _entries(state, "members"), founder, set())
    return [r for r in _removals(school_id, state, founder, valid) if r.key in valid]


def cutoffs(entries: Iterable[Removal], doc_id: str) -> dict[bytes, int]:
    """For each removed key, the seq of its last change in ``doc_id`` that its removal
    accepts (0: none); the largest any of its removals states."""
    out: dict[bytes, int] = {}
    for r in entries:
        out[r.key] = max(out.get(r.key, 0), cutoff_seq(r.cutoff, doc_id))
    return out


def active_keys(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> set[bytes]:
    return {k for k, m in members(school_id, state, founder).items() if not m.removed}


def removed_keys(school_id: str, doc: crdt.Document | None, founder: bytes) -> set[bytes]:
    """Keys whose removal is validly recorded."""
    if doc is None:
        return set()
    state = crdt.read(doc)
    assert isinstance(state, dict)
    return {k for k, m in members(school_id, state, founder).items() if m.removed}


def removal_records(school_id: str, doc: crdt.Document | None, founder: bytes) -> set[Removal]:
    """The valid removal entries, for comparing before and after a batch: a batch may add
    to these, never take one away or change one (overwriting or deleting a removal entry
    would readmit a removed PC or stretch its cut-off)."""
    if doc is None:
        return set()
    state = crdt.read(doc)
    assert isinstance(state, dict)
    return set(removals(school_id, state, founder))
