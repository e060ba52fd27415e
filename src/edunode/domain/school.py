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

A *handover* (decision 0013) is how a PC restored from a backup takes the place of the PC
the backup was made on: the old key signs, under ``handovers/<old node ID>``, the new key
and what it wrote up to then (the cut-off, and per document the hash of its last change).
From then on the new key holds the old key's role, the old key is retired like a removed
one (its changes beyond the cut-off are refused; those up to each head hash are vouched for
by the handover itself), and certificates the old key signed count only once the new key
signs them again (a stolen old key can't mint members).
"""

from __future__ import annotations

import base64
import bisect
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
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
    successor: str = ""  # a handed-over key: the node ID that took its place


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
_DOC_BYTES, _CUTOFF_RECORD, _HASH = 15, 19, 32


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


def _cutoff_index(blob: bytes, doc_id: str) -> int:
    """Where ``doc_id`` is in a well-formed cut-off (-1: not there)."""
    try:
        want = base64.b32decode(doc_id.upper())
    except ValueError:
        return -1
    count = len(blob) // _CUTOFF_RECORD
    keys = _CutoffDocs(blob, count)
    i = bisect.bisect_left(keys, want)
    return i if i < count and keys[i] == want else -1


def encode_tips(tips: Mapping[str, tuple[int, bytes]]) -> tuple[bytes, bytes]:
    """A handover's cut-off and head hashes: for each document, the old key's last seq
    and the hash of that change (32 bytes each, in the cut-off's order)."""
    cutoff = encode_cutoff({doc_id: seq for doc_id, (seq, _) in tips.items()})
    order = sorted(tips, key=lambda doc_id: base64.b32decode(doc_id.upper()))
    heads = b"".join(tips[doc_id][1] for doc_id in order)
    if any(len(tips[doc_id][1]) != _HASH for doc_id in order):
        raise ValidationError("a handover names a change that is not a change hash")
    return cutoff, heads


def cutoff_head(entry: Removal, doc_id: str) -> bytes | None:
    """The hash of the old key's last change in ``doc_id`` that a handover vouches for."""
    i = _cutoff_index(entry.cutoff, doc_id)
    return None if i < 0 else entry.heads[i * _HASH : (i + 1) * _HASH]


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


def hand_over(
    tx: crdt.Transaction,
    school_id: str,
    old: NodeIdentity,
    new: NodeIdentity,
    name: str,
    tips: Mapping[str, tuple[int, bytes]],
) -> int:
    """The old key hands its place to ``new`` (decision 0013): a signed handover with what
    it wrote (``tips``: per document its last seq and change hash), and ``new`` signs again
    every member certificate the old key had signed. Returns how many it signed again."""
    handovers = crdt.get_obj(tx, crdt.ROOT, "handovers")
    if handovers is None:
        handovers = tx.put_object(crdt.ROOT, "handovers", crdt.O.Map)
    if crdt.get_obj(tx, handovers, old.node_id) is not None:
        raise ValidationError(f"{old.node_id} has already handed its place to another PC")
    cutoff, heads = encode_tips(tips)
    sig = old.sign(identity.handover_message(school_id, old.public_key, new.public_key,
                                             cutoff + heads))  # fmt: skip
    crdt.put_map(tx, handovers, old.node_id, {
        "key": old.public_key, "successor": new.public_key, "name": name[:200],
        "cutoff": cutoff, "heads": heads, "sig": sig,
    })  # fmt: skip
    members = crdt.get_obj(tx, crdt.ROOT, "members")
    signed_again = 0
    for entry in (read_members(tx, members) if members else {}).values():
        if entry.get("by") != old.public_key or entry.get("key") == old.public_key:
            continue
        key, role = entry.get("key"), entry.get("role")
        if not isinstance(key, bytes) or role not in ROLES:
            continue
        add_member(tx, school_id, new, key, str(entry.get("name", "")), str(role))
        signed_again += 1
    return signed_again


def read_members(tx: crdt.Readable, members: bytes) -> dict[str, dict[str, crdt.Plain]]:
    raw = crdt.read(tx, members)
    return {k: v for k, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}


def read(doc: crdt.Readable) -> dict[str, crdt.Plain]:
    state = crdt.read(doc)
    assert isinstance(state, dict)
    return state


def _entries(state: Mapping[str, crdt.Plain], key: str) -> list[dict[str, crdt.Plain]]:
    raw = state.get(key)
    return [e for e in raw.values() if isinstance(e, dict)] if isinstance(raw, dict) else []


def _certified(
    school_id: str,
    entries: list[dict[str, crdt.Plain]],
    founder: bytes,
    banned: set[bytes],
    handovers: Iterable[Removal] = (),
    retired: AbstractSet[bytes] = frozenset(),
) -> tuple[dict[bytes, str], dict[bytes, str]]:
    """Fixed point of valid certificates rooted at the founder; ``banned`` keys neither count
    as members nor as signers. Only an admin may certify an admin. A handover makes its
    successor valid with the old key's role; certificates signed by a ``retired`` (handed
    over) key do not count: its successor signs them again."""
    valid: dict[bytes, str] = {founder: "admin"}
    names: dict[bytes, str] = {}
    handovers = list(handovers)
    changed = True
    while changed:
        changed = False
        for entry in entries:
            key, role, by, sig = (entry.get(k) for k in ("key", "role", "by", "sig"))
            if not (isinstance(key, bytes) and isinstance(by, bytes) and isinstance(sig, bytes)):
                continue
            if key in banned or role not in ROLES or len(key) != 32:
                continue
            if key in valid and not (role == "admin" and valid[key] != "admin"):
                continue  # held already (a second grant can only raise member to admin)
            if by not in valid or by in banned or by in retired:
                continue
            if role == "admin" and valid[by] != "admin":
                continue
            message = identity.membership_message(school_id, key, str(role), removed=False)
            if identity.verify_signature(by, message, sig):
                valid[key] = str(role)
                names.setdefault(key, str(entry.get("name", ""))[:200])
                changed = True
        for h in handovers:
            if h.key not in valid or h.key in banned or h.successor in banned:
                continue
            held = valid.get(h.successor)
            if held is None or (held != "admin" and valid[h.key] == "admin"):
                valid[h.successor] = valid[h.key]
                names.setdefault(h.successor, h.successor_name)
                changed = True
    return valid, names


@dataclass(frozen=True)
class Removal:
    """One valid removal entry: ``name`` is its key in the ``removals`` map. A handover
    (``successor`` set) retires ``key`` as a removal does, signed by ``key`` itself, and
    vouches for its changes up to ``heads`` (one hash per document of the cut-off)."""

    name: str
    key: bytes
    by: bytes
    cutoff: bytes
    successor: bytes = b""
    heads: bytes = b""
    successor_name: str = ""

    @property
    def handover(self) -> bool:
        return bool(self.successor)


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


def _handovers(school_id: str, state: Mapping[str, crdt.Plain]) -> list[Removal]:
    """Handover entries the old key signed, stored under its own node ID (one per key)."""
    raw = state.get("handovers")
    out: list[Removal] = []
    for name, entry in raw.items() if isinstance(raw, dict) else ():
        if not isinstance(entry, dict):
            continue
        key, new, sig, blob, heads = (
            entry.get(k) for k in ("key", "successor", "sig", "cutoff", "heads")
        )
        if not all(isinstance(v, bytes) for v in (key, new, sig, heads)):
            continue
        assert isinstance(key, bytes) and isinstance(new, bytes) and isinstance(heads, bytes)
        assert isinstance(sig, bytes)
        if len(key) != 32 or len(new) != 32 or key == new or not _well_formed_cutoff(blob):
            continue
        assert isinstance(blob, bytes)
        if len(heads) != len(blob) // _CUTOFF_RECORD * _HASH:
            continue
        if name != identity.node_id_from_public_key(key):
            continue
        message = identity.handover_message(school_id, key, new, blob + heads)
        if identity.verify_signature(key, message, sig):
            label = str(entry.get("name", ""))[:200]
            out.append(Removal(f"handover/{name}", key, key, blob, new, heads, label))
    return out


@dataclass(frozen=True)
class _Standing:
    valid: dict[bytes, str]  # every key ever certified (removals and handovers ignored)
    current: dict[bytes, str]  # current members and their roles
    names: dict[bytes, str]
    removals: list[Removal]  # valid removals by admins
    handovers: list[Removal]  # valid handovers


def _standing(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> _Standing:
    """Current members are certified without removed keys, and without retired (handed
    over) keys as members or as signers of other certificates."""
    entries = _entries(state, "members")
    offered = _handovers(school_id, state)
    valid, _ = _certified(school_id, entries, founder, set(), offered)
    handovers = [h for h in offered if h.key in valid]
    removals_ = [r for r in _removals(school_id, state, founder, valid) if r.key in valid]
    removed = {r.key for r in removals_}
    retired = {h.key for h in handovers}
    standing, names = _certified(school_id, entries, founder, removed, handovers, retired)
    current = {k: v for k, v in standing.items() if k not in retired}
    return _Standing(valid, current, names, removals_, handovers)


def members(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> dict[bytes, Member]:
    """Members keyed by public key, certificates checked; removed ones flagged.

    A removal counts when an admin signed it (the founder cannot be removed); certificates
    signed by a removed key stop counting, so a removed PC cannot mint new members. A
    handed-over key is flagged removed, with its successor named.
    """
    st = _standing(school_id, state, founder)
    names = dict(st.names)
    names[founder] = _name_of(state, founder)
    out = {
        key: Member(identity.node_id_from_public_key(key), key, names.get(key, ""), role, False)
        for key, role in st.current.items()
    }
    for r in st.removals:
        if r.key not in out:
            out[r.key] = Member(
                identity.node_id_from_public_key(r.key), r.key, "", st.valid[r.key], True
            )
    for h in st.handovers:
        if h.key not in out or not out[h.key].removed:
            out[h.key] = Member(
                identity.node_id_from_public_key(h.key), h.key, _name_of(state, h.key),
                st.valid[h.key], True, identity.node_id_from_public_key(h.successor),
            )  # fmt: skip
    return out


def _name_of(state: Mapping[str, crdt.Plain], key: bytes) -> str:
    for entry in _entries(state, "members"):
        if entry.get("key") == key:
            return str(entry.get("name", ""))[:200]
    return ""


def removals(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> list[Removal]:
    """The valid removal entries of a school (of certified members, signed by an admin),
    and its valid handovers (a handed-over key is retired as a removed one is)."""
    st = _standing(school_id, state, founder)
    return st.removals + st.handovers


def handover_heads(entries: Iterable[Removal], doc_id: str) -> dict[bytes, bytes]:
    """For each handed-over key, the hash of its last change in ``doc_id`` that its
    handover vouches for (keys with no change there are left out)."""
    out: dict[bytes, bytes] = {}
    for r in entries:
        if r.handover:
            head = cutoff_head(r, doc_id)
            if head is not None:
                out[r.key] = head
    return out


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
