"""Soak: six nodes edit at random while their links are cut and restored at random.

Hill School and Vale School have two PCs each, Ridge School two more; every pair of nodes is
linked (PCs of one school as ``school``, all others as ``community``: 15 links). For
``EDUNODE_SOAK_SECONDS`` (default 15; ``make soak`` runs 300) the test makes random edits
(courses, lessons and their text, learners and their records) on random nodes while it cuts
links at random in three ways:

* **stop** a node's NetworkService (its peers see it vanish) and start it again later;
* **revoke** a community link on one side and approve it again later;
* **cut** a live connection's socket (the TCP transport aborted, no goodbye on the wire).

Then it restores everything and waits (bounded) until the nodes converge, and checks:
every node holds every document in its scope with exactly the union of all changes anyone
made to it (no change lost, none duplicated), every pair holding a document has the same
heads and state, no learner record or private course reached a node outside its school, and
every store passes ``check``. In-process services on 127.0.0.1 (one loop thread each), no
zeroconf: links are made by explicit addresses. ``EDUNODE_SOAK_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.sync.netutil import PIN, link, make_node, service, wait_for

from edunode import crdt
from edunode.errors import ValidationError
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.store import schema as t

pytestmark = [pytest.mark.net, pytest.mark.slow]

SECONDS = float(os.environ.get("EDUNODE_SOAK_SECONDS", "15"))
SEED = int(os.environ.get("EDUNODE_SOAK_SEED", str(random.randrange(1 << 30))))
SCHOOLS = {"Hill School": ("Hill Office", "Hill Lab"), "Vale School": ("Vale Office", "Vale Lab"),
           "Ridge School": ("Ridge Office", "Ridge Lab")}  # fmt: skip
CONVERGE_S = 60.0 + SECONDS / 5
EDIT_PAUSE = (0.005, 0.03)  # between two edits
# Edits the soak makes at least (it goes on past SECONDS, up to 4 × SECONDS, until it has):
# a count, not a rate, so a busy machine makes the soak longer rather than failing it.
MIN_EDITS = int(5 * SECONDS)
CUT_EVERY = (0.3, 1.2)  # seconds between two cuts
DOWN_FOR = (0.3, 2.5)  # how long a cut lasts
MAX_DOWN = 2  # stopped services at once


@dataclass
class Member:
    node: Node
    svc: NetworkService | None
    port: int = 0
    ops: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        return self.node.name


class Soak:
    def __init__(self, members: list[Member], rng: random.Random) -> None:
        self.members, self.rng = members, rng
        self.by_id = {m.node.node_id: m for m in members}
        self.stopped: dict[str, float] = {}  # node_id -> when to start it again
        self.revoked: dict[tuple[str, str], float] = {}  # (by, peer) -> when to approve again
        self.cuts: Counter[str] = Counter()
        self.log: list[str] = []

    # ------------------------------------------------------------------ edits

    def edit(self) -> None:
        me = self.rng.choice(self.members)
        node, rng = me.node, self.rng
        school = node.school_id
        courses = node.list_courses()
        own = [c for c in courses if c["school"] == school]
        learners = node.list_learners()
        word = f"w{rng.randrange(10_000)}"
        choices = ["course", "learner"]
        if own:
            choices += ["lesson", "text", "text", "summary"]
        if learners:
            choices += ["attendance", "attendance", "notes"]
            if courses:
                choices += ["enrol", "result", "result"]
        op = rng.choice(choices)
        try:
            self._apply(me, op, word, own, courses, learners)
        except ValidationError:  # e.g. enrolling a learner twice: refused, nothing written
            op += " (refused)"
        me.ops[op] += 1

    def _apply(
        self,
        me: Member,
        op: str,
        word: str,
        own: list[Any],
        courses: list[Any],
        learners: list[Any],
    ) -> None:
        node, rng = me.node, self.rng
        if op == "course":
            node.create_course(f"{me.name} {word}", subject="maths", shared=rng.random() < 0.75)
        elif op == "learner":
            node.add_learner(f"Learner {word}", birth_year=rng.randrange(2010, 2018))
        elif op == "lesson":
            node.add_lesson(rng.choice(own)["id"], f"Unit {rng.randrange(3)}", word, word)
        elif op == "text":
            lessons = node.lessons(rng.choice(own)["id"])
            if lessons:
                lesson = rng.choice(lessons)["id"]
                body = node.lesson_body(lesson)
                at = rng.randrange(len(body) + 1)
                node.edit_lesson(lesson, body=f"{body[:at]} {word}{body[at:]}"[-400:])
        elif op == "summary":
            node.update_course(rng.choice(own)["id"], summary=f"about {word}")
        elif op == "attendance":
            day = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            node.record_attendance(rng.choice(learners)["id"], day, rng.random() < 0.8)
        elif op == "notes":
            node.update_learner(rng.choice(learners)["id"], notes=word)
        elif op == "enrol":
            node.enrol(rng.choice(learners)["id"], rng.choice(courses)["id"], "2025-01-06")
        elif op == "result":
            node.record_result(
                rng.choice(learners)["id"], rng.choice(courses)["id"], word, rng.randrange(11), 10
            )

    # ------------------------------------------------------------------ cuts

    def cut(self, kind: str) -> None:
        now = time.monotonic()
        down_until = now + self.rng.uniform(*DOWN_FOR)
        if kind == "stop":
            up = [m for m in self.members if m.svc is not None]
            if len(self.stopped) >= MAX_DOWN or not up:
                return
            victim = self.rng.choice(up)
            assert victim.svc is not None
            victim.svc.stop()
            victim.svc = None
            self.stopped[victim.node.node_id] = down_until
        elif kind == "revoke":
            pairs = [
                (a, b)
                for a in self.members
                for b in self.members
                if a.node.school_id != b.node.school_id
                and (a.node.node_id, b.node.node_id) not in self.revoked
            ]
            a, b = self.rng.choice(pairs)
            a.node.revoke(b.node.node_id, PIN)
            self.revoked[(a.node.node_id, b.node.node_id)] = down_until
        elif kind == "socket":
            live = [(m, s) for m in self.members if m.svc is not None for s in m.svc.sessions()]
            if not live:
                return
            member, session = self.rng.choice(live)
            assert member.svc is not None
            transport = session._writer.transport  # fault injection: the socket just dies
            member.svc.thread.loop.call_soon_threadsafe(transport.abort)
        self.cuts[kind] += 1
        self.log.append(f"{now:.2f} {kind}")

    def heal(self, everything: bool = False) -> None:
        now = time.monotonic()
        for node_id, when in list(self.stopped.items()):
            if everything or when <= now:
                member = self.by_id[node_id]
                member.svc = service(member.node, port=member.port)
                del self.stopped[node_id]
        for (a, b), when in list(self.revoked.items()):
            if everything or when <= now:
                self.by_id[a].node.approve(b, "community", PIN)
                del self.revoked[(a, b)]


# ---------------------------------------------------------------------- checks


def change_sets(node: Node) -> dict[str, set[bytes]]:
    out: dict[str, set[bytes]] = defaultdict(set)
    for row in node.store.query(select(t.changes.c.doc_id, t.changes.c.hash)):
        out[row["doc_id"]].add(row["hash"])
    return out


def holders(members: list[Member], scope: str, school: str) -> list[Member]:
    """The nodes a document belongs on: everyone for community documents, the owning
    school's PCs for school documents (learners, private courses)."""
    return [m for m in members if scope == "community" or m.node.school_id == school]


def expected(members: list[Member]) -> tuple[dict[str, set[bytes]], dict[str, Any]]:
    union: dict[str, set[bytes]] = defaultdict(set)
    metas: dict[str, Any] = {}
    for m in members:
        for doc_id, hashes in change_sets(m.node).items():
            union[doc_id] |= hashes
        metas.update(dict(m.node.store.documents()))
    return union, metas


def lagging(members: list[Member]) -> list[str]:
    """What is still missing where (empty once every node holds its whole scope)."""
    union, metas = expected(members)
    missing = []
    for m in members:
        have = change_sets(m.node)
        for doc_id, hashes in union.items():
            meta = metas[doc_id]
            if m in holders(members, meta.scope, meta.school) and have.get(doc_id) != hashes:
                missing.append(
                    f"{m.name} lacks {len(hashes - have.get(doc_id, set()))} of {doc_id}"
                )
    return missing


def describe(complaints: dict[str, list[str]], members: list[Member]) -> str:
    schools = {m.node.school_id: m.name.split()[0] for m in members}
    lines = []
    for name, details in complaints.items():
        for detail in details:
            lines.append(f"{name}: {detail}")
            for doc_id in set(re.findall(r"document ([a-z2-7]{24})", detail)):
                for m in members:
                    meta = m.node.store.meta(doc_id)
                    if meta is not None:
                        lines.append(
                            f"  {m.name} holds it: {meta.kind} {meta.scope} of "
                            f"{schools.get(meta.school, meta.school)}"
                        )
    return "\n".join(lines)


@pytest.mark.timeout(int(SECONDS * 4.5 + CONVERGE_S + 120))  # `make soak` outlasts the default
def test_six_nodes_random_edits_while_links_are_cut_and_restored(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    print(f"soak: {SECONDS:g} s, EDUNODE_SOAK_SEED={SEED}")
    members: list[Member] = []
    try:
        for school, (office, lab) in SCHOOLS.items():
            for name, founds in ((office, school), (lab, None)):
                node = make_node(tmp_path / name.replace(" ", "-").lower(), name, founds)
                svc = service(node)
                members.append(Member(node, svc, svc.port))
        pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
        same = [(a, b) for a, b in pairs if a.name.split()[0] == b.name.split()[0]]
        for a, b in same:  # the Lab PCs join their school over this link first
            link((a.node, a.svc), (b.node, b.svc), "school")  # type: ignore[arg-type]
            wait_for(lambda a=a, b=b: b.node.school_id == a.node.school_id, what="joined")
        for a, b in pairs:
            if (a, b) not in same:
                link((a.node, a.svc), (b.node, b.svc), "community")  # type: ignore[arg-type]

        soak = Soak(members, rng)
        started = time.monotonic()
        end = started + SECONDS
        kinds = ["stop", "revoke", "socket"]
        next_cut = started + rng.uniform(*CUT_EVERY)
        edits = 0
        while time.monotonic() < end or (
            edits < MIN_EDITS and time.monotonic() < started + 4 * SECONDS
        ):
            soak.edit()
            edits += 1
            if time.monotonic() >= next_cut:
                soak.cut(kinds[soak.cuts.total() % 3] if rng.random() < 0.5 else rng.choice(kinds))
                next_cut = time.monotonic() + rng.uniform(*CUT_EVERY)
            soak.heal()
            time.sleep(rng.uniform(*EDIT_PAUSE))
        soak.heal(everything=True)
        healed = time.monotonic()
        print(f"soak: {edits} edits, cuts {dict(soak.cuts)}")
        for m in members:
            print(f"  {m.name}: {dict(m.ops)}")

        wait_for(lambda: not lagging(members), timeout=CONVERGE_S, what="convergence")
        print(f"soak: converged {time.monotonic() - healed:.1f} s after the last cut healed")
        if SECONDS >= 5:
            assert min(soak.cuts[k] for k in kinds) > 0, soak.cuts

        for m in members:
            assert m.svc is not None
            m.svc.stop()
            m.svc = None

        union, metas = expected(members)
        for doc_id in union:
            meta = metas[doc_id]
            holding = holders(members, meta.scope, meta.school)
            views = {
                m.name: (crdt.heads(m.node.docs.get(doc_id).doc), m.node.docs.state(doc_id))
                for m in holding
            }
            first = next(iter(views.values()))
            assert all(v == first for v in views.values()), f"{doc_id} differs between nodes"
            others = [m for m in members if m not in holding]
            for m in others:
                assert m.node.store.meta(doc_id) is None, f"{doc_id} reached {m.name}"
        # Honest nodes never send each other anything to reject, nor break the protocol (a
        # frame that arrives just as this node revoked the sender is dropped without blame:
        # test_races.py).
        complaints: dict[str, list[str]] = {}
        for m in members:
            found = []
            for entry in m.node.audit_log(action="rejected") + m.node.audit_log(action="incident"):
                sender = soak.by_id.get(entry["peer_id"])
                line = (
                    f"{entry['action']}: {entry['detail']} [from {sender.name if sender else '?'}]"
                )
                found.append(line)
            complaints[m.name] = found
        assert not any(complaints.values()), describe(complaints, members)
        for m in members:
            school = m.node.school_id
            for doc_id, meta in m.node.store.documents():
                assert meta.scope == "community" or meta.school == school, (
                    f"{m.name} holds {meta.kind} {doc_id} of another school"
                )
            learners = [le["school"] for le in m.node.list_learners()]
            assert set(learners) <= {school}
            rows = m.node.store.query(select(func.count().label("n")).select_from(t.changes))
            assert rows[0]["n"] == sum(len(h) for h in change_sets(m.node).values())
            assert m.node.check() == [], f"{m.name} fails check"
        assert edits >= MIN_EDITS  # it really was busy
    finally:
        for m in members:
            if m.svc is not None:
                m.svc.stop()
            m.node.close()
