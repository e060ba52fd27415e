"""Custody of a learner's record: which school keeps it, decided by the record itself
(decision 0009).

A learner document keeps, in its ``transfers`` list (made with the document, so no two PCs
ever make two lists), *custody entries*: sealed texts signed by the PC that wrote them
(``signed.seal``; the signature names the document, so an entry can't be replayed into
another learner's record). Two kinds:

- a **release**: ``{"type": "release", "from": SCHOOL, "to": SCHOOL or "", "date", "at",
  "lamport"}``, written by a PC of the school that holds the record when it gives the learner
  a record bundle; ``to`` empty is an *open* release, for whichever school imports it first;
- a **claim**: ``{"type": "claim", "school": SCHOOL, "release": ENTRY_ID, "date", "at",
  "lamport"}``, written by a PC of the school that imports an open release.

The custodian is a fold of the valid entries in (Lamport number, entry ID) order, starting
at the school that made the record: a release is valid when it is *from* the custodian (a
second release of the same holding is not); a claim when the record is in transit after the
release it names. Lamport numbers grow along the history, so the order extends causal order
and is the same on every PC; two releases of one holding written at once are decided by that
order too, the same everywhere.

Who may write a change (the one verification function, ``domain/verify.py``): the members
of the school that held custody *at that point of the history*: the fold of the entries in
the change's causal past (the document at the change's dependencies). A write made on
another PC of the old school before it heard of the release stays valid; one built on the
release does not. While the record is in transit (an open release) only a change that adds
a valid claim may be written, by a member of the claiming school. Every entry a change adds
must be signed by the change's own author, a member of the school the fold allows, and no
entry is ever changed or removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from edunode import crdt, identity
from edunode.domain import signed

RELEASE, CLAIM = "release", "claim"
MAX_CUSTODY_ENTRIES = 1_000  # transfers in one learner's life: far more than any has
MAX_SCHOOL_ID = 64


@dataclass(frozen=True)
class Step:
    """One valid custody entry, as the fold read it."""

    id: str
    kind: str  # RELEASE or CLAIM
    by: bytes
    school: str  # a release: the school giving custody up; a claim: the school taking it
    to: str  # a release: the school named ("" = open); a claim: the claiming school
    date: str


@dataclass
class Custody:
    """The fold of a record's custody entries."""

    home: str  # the school that made the record
    holder: str  # the school that keeps it now; "" while an open release is not yet claimed
    steps: list[Step] = field(default_factory=list)  # the valid entries, in order
    last_release: str = ""  # the entry ID of the newest valid release

    @property
    def chain(self) -> list[str]:
        """Every school that has held the record, in order, each once."""
        out = [self.home]
        for step in self.steps:
            school = step.to if step.kind == RELEASE else step.school
            if school and school not in out:
                out.append(school)
        return out

    @property
    def moved(self) -> bool:
        return bool(self.steps)

    def released_by(self, school_id: str) -> Step | None:
        """The newest valid release from ``school_id`` after which it no longer holds the
        record (None when it holds it, or never did)."""
        if self.holder == school_id:
            return None
        for step in reversed(self.steps):
            if step.kind == RELEASE and step.school == school_id:
                return step
        return None


def _fields(entry: signed.Entry) -> tuple[str, str, str, str] | None:
    """(kind, school, to, date) of an entry whose record has the right shape, else None."""
    r = entry.record
    kind, date = r.get("type"), r.get("date")
    if not isinstance(date, str) or len(date) > 10 or not isinstance(r.get("at"), str):
        return None
    if kind == RELEASE:
        school, to = r.get("from"), r.get("to")
        if set(r) != {"type", "from", "to", "date", "at", "lamport"}:
            return None
    elif kind == CLAIM:
        school, to = r.get("school"), r.get("release")
        if set(r) != {"type", "school", "release", "date", "at", "lamport"}:
            return None
    else:
        return None
    if not (isinstance(school, str) and isinstance(to, str)):
        return None
    if not 0 < len(school) <= MAX_SCHOOL_ID or len(to) > MAX_SCHOOL_ID:
        return None
    return kind, school, to, date


def _raw(doc: crdt.Readable, heads: list[bytes] | None = None) -> list[object]:
    """The values of the ``transfers`` list (at ``heads``), as they are."""
    if heads is not None and not heads:
        return []
    got = doc.get(crdt.ROOT, "transfers", heads)
    if got is None or got[0] != crdt.O.List:
        return []
    return [v[1] if isinstance(v, tuple) else v for v, _ in doc.values(got[1], heads)]


def _opened(doc_id: str, raw: Iterable[object]) -> list[signed.Entry]:
    seen: dict[str, signed.Entry] = {}
    for value in raw:
        if isinstance(value, str):
            entry = signed.unseal(doc_id, signed.entry_id(value), value)
            if entry is not None and 1 <= entry.lamport <= signed.MAX_LAMPORT:
                seen.setdefault(entry.id, entry)
    return sorted(seen.values(), key=lambda e: (e.lamport, e.id))


def entries(
    doc_id: str, doc: crdt.Readable, heads: list[bytes] | None = None
) -> list[signed.Entry]:
    """The custody entries that open in ``doc`` (at ``heads``: the document as it was
    then), in (Lamport, ID) order, each once. Anything else in the list is ignored here
    and refused by :func:`check_changes` when a batch adds it."""
    return _opened(doc_id, _raw(doc, heads)[:MAX_CUSTODY_ENTRIES])


def _step(state: Custody, entry: signed.Entry) -> Step | None:
    """The entry as the next step of ``state``, or None when the fold does not take it."""
    parts = _fields(entry)
    if parts is None:
        return None
    kind, school, to, date = parts
    if kind == RELEASE:
        if not state.holder or school != state.holder or to == school:
            return None
    elif state.holder or to != state.last_release:
        return None
    return Step(entry.id, kind, entry.by, school, to if kind == RELEASE else school, date)


def _apply(state: Custody, step: Step) -> None:
    state.steps.append(step)
    if step.kind == RELEASE:
        state.holder, state.last_release = step.to, step.id
    else:
        state.holder = step.school


def fold(home: str, found: Iterable[signed.Entry]) -> Custody:
    """Custody after ``found`` (in order), starting with ``home``; entries the fold does
    not take are skipped (the same on every PC)."""
    state = Custody(home=home, holder=home)
    for entry in found:
        step = _step(state, entry)
        if step is not None:
            _apply(state, step)
    return state


def of(doc_id: str, home: str, doc: crdt.Readable) -> Custody:
    return fold(home, entries(doc_id, doc))


def of_state(doc_id: str, home: str, state: Mapping[str, crdt.Plain]) -> Custody:
    """The same fold from a plain state (``crdt.read``) rather than a document."""
    raw = state.get("transfers")
    return fold(home, _opened(doc_id, raw[:MAX_CUSTODY_ENTRIES] if isinstance(raw, list) else []))


def release_record(from_school: str, to: str, date: str, lamport: int) -> dict[str, object]:
    return {"type": RELEASE, "from": from_school, "to": to, "date": date, "at": signed.now(),
            "lamport": lamport}  # fmt: skip


def claim_record(school: str, release: str, date: str, lamport: int) -> dict[str, object]:
    return {"type": CLAIM, "school": school, "release": release, "date": date,
            "at": signed.now(), "lamport": lamport}  # fmt: skip


def append(tx: crdt.Transaction, sealed: str) -> None:
    """Add a sealed entry at the end of the document's ``transfers`` list."""
    obj = crdt.get_obj(tx, crdt.ROOT, "transfers")
    if obj is None:  # a record made before lists were made at creation (never in use)
        obj = tx.put_object(crdt.ROOT, "transfers", crdt.O.List)
    tx.insert(obj, tx.length(obj), crdt.S.Str, sealed)


def next_lamport(doc_id: str, doc: crdt.Readable) -> int:
    return signed.next_lamport(entries(doc_id, doc))


# Given a school ID: its current members' keys.
MembersFn = Callable[[str], set[bytes]]


def check_changes(
    doc_id: str,
    home: str,
    before: crdt.Document | None,
    fork: crdt.Document,
    new: list[crdt.ChangeInfo],
    members_of: MembersFn,
) -> tuple[str, dict[bytes, set[bytes]] | None]:
    """Why the new changes' custody entries are refused ("" when fine), and for each new
    change the keys that may write it (None: the record has never moved, and the owning
    school's members write it as for any document)."""
    if not _raw(fork) and (before is None or not _raw(before)):
        return "", None  # never moved, never will by this batch: the usual writers decide
    after = entries(doc_id, fork)
    if before is not None:
        kept = {e.id for e in after}
        if any(e.id not in kept for e in entries(doc_id, before)):
            return "a custody entry of the learner's record was changed or removed", None
    if _junk(fork):
        return "the learner's transfers hold something that is not a signed custody entry", None
    allowed: dict[bytes, set[bytes]] = {}
    cache: dict[str, set[bytes]] = {}

    def members(school_id: str) -> set[bytes]:
        if school_id not in cache:
            cache[school_id] = set(members_of(school_id)) if school_id else set()
        return cache[school_id]

    opened: dict[tuple[object, ...], list[signed.Entry]] = {}

    def opening(raw: list[object]) -> list[signed.Entry]:
        """``_opened``, once per list content: a record that moved long ago holds the same
        entries at each of its thousands of later changes (each opening checks a signature)."""
        try:
            key = tuple(raw)
            hash(key)
        except TypeError:
            return _opened(doc_id, raw)
        if key not in opened:
            opened[key] = _opened(doc_id, raw)
        return opened[key]

    last: tuple[tuple[bytes, ...], list[object]] = ((), [])
    for c in new:
        # In a straight history a change's deps are the change before it, whose list was
        # read last time round: each list is then read once, not twice.
        raw_before = last[1] if c.deps and tuple(c.deps) == last[0] else _raw(fork, list(c.deps))
        seen = opening(raw_before)
        state = fold(home, seen)
        holder = state.holder
        known = {e.id for e in seen}
        raw_after = _raw(fork, [c.hash])
        last = ((c.hash,), raw_after)
        raw_added = [v for v in raw_after if v not in raw_before]
        added = [e for e in opening(raw_added) if e.id not in known]
        if len(added) != len(set(raw_added)):
            return "a custody entry's signature does not verify (or the entry is damaged)", None
        for entry in added:
            step = _step(state, entry)
            if entry.by != c.actor:
                return (
                    f"a custody entry was signed by {_node(entry.by)}, not "
                    "by the PC whose change wrote it"
                ), None
            if step is None:
                return (
                    "a custody entry does not follow the learner's custody (a second release "
                    "of the same record, or a claim of no open release)"
                ), None
            if entry.by not in members(step.school if step.kind == CLAIM else state.holder):
                return (
                    f"node {_node(entry.by)} may not move this learner: it is not a current "
                    "member of the school that holds the record"
                ), None
            _apply(state, step)
        keys = set(members(holder))
        if not holder and state.holder:  # in transit: only the claiming school's change
            keys |= members(state.holder)
        allowed[c.hash] = keys
    return "", allowed


def _junk(doc: crdt.Document) -> bool:
    """Whether the transfers list holds anything but sealed entries that open."""
    got = doc.get(crdt.ROOT, "transfers")
    if got is None:
        return False
    if got[0] != crdt.O.List:
        return True
    values = doc.values(got[1])
    if len(values) > MAX_CUSTODY_ENTRIES:
        return True
    return any(not isinstance(v, tuple) or not isinstance(v[1], str) for v, _ in values)


def _node(key: bytes) -> str:
    return identity.node_id_from_public_key(key) if len(key) == 32 else key.hex()[:16]
