"""The school document: its name and the nodes (PCs) that belong to it.

Membership is certified, not just written: each member entry carries an Ed25519 signature
by an existing member (ultimately the founding node, named in the genesis ``meta``). The
set of members is the fixed point of valid certificates, minus keys whose removal an admin
signed (removals live in their own map and may never be taken back). Removing a PC is
therefore one signed change to the school document, and every PC of the school stops
accepting that PC's changes once it has that change.
"""

from __future__ import annotations

from collections.abc import Mapping
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


def remove_member(tx: crdt.Transaction, school_id: str, signer: NodeIdentity, node_id: str) -> None:
    """Record a signed removal. Removals live in their own map and are never taken back: a
    removed PC that should rejoin is set up again with a new key."""
    members = crdt.get_obj(tx, crdt.ROOT, "members")
    entry = crdt.get_obj(tx, members, node_id) if members else None
    if entry is None:
        raise ValidationError(f"{node_id} is not a member of this school")
    key = crdt.get_value(tx, entry, "key")
    assert isinstance(key, bytes)
    removals = crdt.get_obj(tx, crdt.ROOT, "removals")
    if removals is None:
        removals = tx.put_object(crdt.ROOT, "removals", crdt.O.Map)
    sig = signer.sign(identity.membership_message(school_id, key, "", removed=True))
    crdt.put_map(tx, removals, node_id, {"key": key, "by": signer.public_key, "sig": sig})


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


def members(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> dict[bytes, Member]:
    """Members keyed by public key, certificates checked; removed ones flagged.

    A removal counts when an admin signed it (the founder cannot be removed); certificates
    signed by a removed key stop counting, so a removed PC cannot mint new members.
    """
    entries = _entries(state, "members")
    valid, _ = _certified(school_id, entries, founder, set())
    removed: set[bytes] = set()
    for entry in _entries(state, "removals"):
        key, by, sig = entry.get("key"), entry.get("by"), entry.get("sig")
        if not (isinstance(key, bytes) and isinstance(by, bytes) and isinstance(sig, bytes)):
            continue
        if key == founder or valid.get(by) != "admin":
            continue
        if identity.verify_signature(
            by, identity.membership_message(school_id, key, "", removed=True), sig
        ):
            removed.add(key)
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


def active_keys(school_id: str, state: Mapping[str, crdt.Plain], founder: bytes) -> set[bytes]:
    return {k for k, m in members(school_id, state, founder).items() if not m.removed}


def removed_keys(school_id: str, doc: crdt.Document | None, founder: bytes) -> set[bytes]:
    """Keys whose removal is validly recorded. A batch may add to these, never take one away
    (overwriting or deleting a removal entry would otherwise readmit a removed PC)."""
    if doc is None:
        return set()
    state = crdt.read(doc)
    assert isinstance(state, dict)
    return {k for k, m in members(school_id, state, founder).items() if m.removed}
