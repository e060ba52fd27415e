"""The school document: its name and the nodes (PCs) that belong to it.

Membership is certified, not just written: each member entry carries an Ed25519 signature
by an existing member (ultimately the founding node, named in the genesis ``meta``). The
set of members is the fixed point of valid certificates, minus entries whose removal is
signed by a member. Removing a PC is therefore one signed change to the school document,
and every PC of the school stops accepting that PC's changes once it has that change.
"""

from __future__ import annotations

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


def create(tx: object, name: str) -> None:
    name = name.strip()
    if not name:
        raise ValidationError("the school name must not be empty")
    crdt.put(tx, crdt.ROOT, "name", name[:200])  # type: ignore[arg-type]
    tx.put_object(crdt.ROOT, "members", crdt.O.Map)  # type: ignore[attr-defined]


def add_member(
    tx: object, school_id: str, signer: NodeIdentity, key: bytes, name: str, role: str
) -> None:
    if role not in ROLES:
        raise ValidationError(f"a member's role is one of {', '.join(ROLES)}")
    members = crdt.get_obj(tx, crdt.ROOT, "members")  # type: ignore[arg-type]
    assert members is not None
    sig = signer.sign(identity.membership_message(school_id, key, role, removed=False))
    crdt.put_map(
        tx,  # type: ignore[arg-type]
        members,
        identity.node_id_from_public_key(key),
        {"key": key, "name": name[:200], "role": role, "by": signer.public_key, "sig": sig},
    )


def remove_member(tx: object, school_id: str, signer: NodeIdentity, node_id: str) -> None:
    members = crdt.get_obj(tx, crdt.ROOT, "members")  # type: ignore[arg-type]
    entry = crdt.get_obj(tx, members, node_id) if members else None  # type: ignore[arg-type]
    if entry is None:
        raise ValidationError(f"{node_id} is not a member of this school")
    key = crdt.get_value(tx, entry, "key")  # type: ignore[arg-type]
    assert isinstance(key, bytes)
    sig = signer.sign(identity.membership_message(school_id, key, "", removed=True))
    crdt.put(tx, entry, "removed_by", signer.public_key)  # type: ignore[arg-type]
    crdt.put(tx, entry, "removed_sig", sig)  # type: ignore[arg-type]


def read(doc: crdt.Document) -> dict[str, object]:
    state = crdt.read(doc)
    assert isinstance(state, dict)
    return state


def members(school_id: str, state: dict[str, object], founder: bytes) -> dict[bytes, Member]:
    """Valid, not-removed members keyed by public key (certificates checked)."""
    raw = state.get("members")
    entries = raw if isinstance(raw, dict) else {}
    valid: dict[bytes, str] = {founder: "admin"}
    names: dict[bytes, str] = {}
    changed = True
    while changed:
        changed = False
        for entry in entries.values():
            if not isinstance(entry, dict):
                continue
            key, role, by, sig = (entry.get(k) for k in ("key", "role", "by", "sig"))
            if not (isinstance(key, bytes) and isinstance(by, bytes) and isinstance(sig, bytes)):
                continue
            if key in valid or role not in ROLES or by not in valid or len(key) != 32:
                continue
            message = identity.membership_message(school_id, key, str(role), removed=False)
            if identity.verify_signature(by, message, sig):
                valid[key] = str(role)
                names[key] = str(entry.get("name", ""))
                changed = True
    removed: set[bytes] = set()
    for entry in entries.values():
        if not isinstance(entry, dict):
            continue
        key, by, sig = entry.get("key"), entry.get("removed_by"), entry.get("removed_sig")
        if isinstance(key, bytes) and isinstance(by, bytes) and isinstance(sig, bytes):
            message = identity.membership_message(school_id, key, "", removed=True)
            if by in valid and identity.verify_signature(by, message, sig):
                removed.add(key)
    founder_name = ""
    for entry in entries.values():
        if isinstance(entry, dict) and entry.get("key") == founder:
            founder_name = str(entry.get("name", ""))
    names.setdefault(founder, founder_name)
    return {
        key: Member(
            node_id=identity.node_id_from_public_key(key),
            key=key,
            name=names.get(key, ""),
            role=role,
            removed=key in removed,
        )
        for key, role in valid.items()
        if len(key) == 32
    }


def active_keys(school_id: str, state: dict[str, object], founder: bytes) -> set[bytes]:
    return {k for k, m in members(school_id, state, founder).items() if not m.removed}
