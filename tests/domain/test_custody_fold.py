"""Custody decided the same way on every PC (decision 0009): whatever releases and claims
several PCs write at once, and in whatever order their changes meet, every replica folds
the same entries to the same custodian, and the fold takes at most one claim per release."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from edunode import crdt
from edunode.domain import custody, signed
from edunode.identity import NodeIdentity

SCHOOLS = ["hill", "river", "lake"]
DOC = "learnerdoc000000000000000"
PCS = [NodeIdentity.generate() for _ in range(3)]


def _base() -> crdt.Document:
    doc = crdt.new_document(os.urandom(32))
    with doc.transaction() as tx:
        tx.put_object(crdt.ROOT, "transfers", crdt.O.List)
    return doc


# One step: which replica writes, and what: a release (to a school or open) or a claim.
step = st.tuples(
    st.integers(0, 2),
    st.sampled_from(["release", "claim"]),
    st.sampled_from(["", *SCHOOLS]),
    st.booleans(),  # merge with the others after this step
)


def _write(doc: crdt.Document, pc: int, kind: str, school: str) -> None:
    held = custody.of(DOC, "hill", doc)
    lamport = custody.next_lamport(DOC, doc)
    if kind == "release":
        record = custody.release_record(held.holder or "hill", school, "2026-01-01", lamport)
    else:
        record = custody.claim_record(school or "lake", held.last_release, "2026-01-01", lamport)
    _, sealed = signed.seal(PCS[pc], DOC, record)
    with doc.transaction() as tx:
        custody.append(tx, sealed)


@settings(max_examples=60, deadline=None)
@given(st.lists(step, min_size=1, max_size=12), st.permutations([0, 1, 2]))
def test_every_replica_folds_the_same_custody(steps, order) -> None:
    base = _base()
    replicas = [base.fork() for _ in range(3)]
    for i, doc in enumerate(replicas):
        doc.set_actor(bytes([i + 1]) * 16)
    for pc, kind, school, meet in steps:
        _write(replicas[pc], pc, kind, school)
        if meet:
            for doc in replicas:
                if doc is not replicas[pc]:
                    doc.merge(replicas[pc])
    for i in order:  # everything meets, in some order
        for j in order:
            if i != j:
                replicas[i].merge(replicas[j])
    folds = [custody.of(DOC, "hill", doc) for doc in replicas]
    assert len({(f.holder, tuple(s.id for s in f.steps)) for f in folds}) == 1
    assert crdt.read(replicas[0]) == crdt.read(replicas[1]) == crdt.read(replicas[2])
    # the same from a plain state (projections read it so), and from entries in any order
    state = crdt.read(replicas[0])
    assert isinstance(state, dict)
    assert custody.of_state(DOC, "hill", state).holder == folds[0].holder
    shuffled = list(reversed(custody.entries(DOC, replicas[0])))
    assert custody.fold("hill", sorted(shuffled, key=lambda e: (e.lamport, e.id))).holder == (
        folds[0].holder
    )
    # a claim follows an open release (so each is claimed at most once), a release is
    # from the school holding the record
    steps_taken = folds[0].steps
    for before, after in zip(steps_taken, steps_taken[1:], strict=False):
        if after.kind == "claim":
            assert before.kind == "release" and before.to == ""
        if after.kind == "release":
            assert after.school == (before.to if before.kind == "release" else before.school)
