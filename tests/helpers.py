"""Shared test helpers: nodes of one school, in-process sync, and store fingerprints.

Every change a helper moves between nodes goes through ``Node.receive_changes`` (and so
through ``domain.verify.verify_batch``): nothing here touches another node's store or
documents directly. Import as ``from tests.helpers import ...`` (tests run with
``python -m pytest`` from the project root).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from edunode import crdt
from edunode.crdt import ChangeInfo
from edunode.service.node import Node
from edunode.store import schema as t

KIND_ORDER = {"school": 0, "course": 1, "learner": 2}


# --------------------------------------------------------------------------- nodes


def make_school(home: Path, count: int = 2, *, school_name: str = "Hill School") -> list[Node]:
    """``count`` nodes of one school: the first founds it and adds the others as members,
    which receive the school document (verified) and adopt the school."""
    home.mkdir(parents=True, exist_ok=True)
    founder = Node.init(home / "node0", name="Node 0", school_name=school_name)
    nodes = [founder]
    for i in range(1, count):
        node = Node.init(home / f"node{i}", name=f"Node {i}", school_name=None)
        founder.add_school_member(node.public_key, f"Node {i}", "member")
        nodes.append(node)
    for node in nodes[1:]:
        send_doc(founder, node, founder.school_id)
        assert node.adopt_school(founder.school_id), "the member could not adopt the school"
    # Every node now knows every membership.
    sync_all(nodes)
    return nodes


def join_school(founder: Node, home: Path, name: str) -> Node:
    """A new node (another PC) added to ``founder``'s school after the fact."""
    node = Node.init(home, name=name, school_name=None)
    founder.add_school_member(node.public_key, name, "member")
    send_doc(founder, node, founder.school_id)
    assert node.adopt_school(founder.school_id)
    return node


def close_all(nodes: Iterable[Node]) -> None:
    for node in nodes:
        node.close()


# --------------------------------------------------------------------------- documents


def doc_ids(node: Node) -> list[str]:
    """Every document the node holds, school documents first (they decide who may write)."""
    docs = node.store.documents()
    return [d for d, meta in sorted(docs, key=lambda dm: (KIND_ORDER.get(dm[1].kind, 3), dm[0]))]


def heads(node: Node, doc_id: str) -> list[bytes]:
    od = node.docs.maybe(doc_id)
    return crdt.heads(od.doc) if od is not None else []


def state(node: Node, doc_id: str) -> Any:
    return crdt.read(node.docs.get(doc_id).doc)


def outgoing(src: Node, dst: Node, doc_id: str) -> tuple[list[ChangeInfo], dict[bytes, bytes]]:
    """What ``dst`` lacks of ``doc_id``, as ``src`` would send it over the wire."""
    return src.docs.outgoing(doc_id, heads(dst, doc_id))


def deliver(
    dst: Node,
    doc_id: str,
    changes: Sequence[ChangeInfo | bytes],
    signatures: dict[bytes, bytes],
    origin: str,
) -> int:
    data = [c.data if isinstance(c, ChangeInfo) else c for c in changes]
    return dst.receive_changes(doc_id, data, dict(signatures), origin)


def send_doc(src: Node, dst: Node, doc_id: str) -> int:
    """Send ``dst`` what it lacks of one document; returns the count applied."""
    changes, signatures = outgoing(src, dst, doc_id)
    if not changes:
        return 0
    return deliver(dst, doc_id, changes, signatures, src.node_id)


def sync_pair(src: Node, dst: Node, only: Iterable[str] | None = None) -> int:
    """One direction: every document of ``src`` (school documents first) to ``dst``."""
    wanted = set(only) if only is not None else None
    total = 0
    for doc_id in doc_ids(src):
        if wanted is None or doc_id in wanted:
            total += send_doc(src, dst, doc_id)
    return total


def sync(a: Node, b: Node) -> int:
    """Both directions, as two linked peers would."""
    return sync_pair(a, b) + sync_pair(b, a)


def sync_all(nodes: Sequence[Node], max_rounds: int = 10) -> int:
    """Exchange between every ordered pair until nothing moves."""
    total = 0
    for _ in range(max_rounds):
        moved = sum(sync_pair(src, dst) for src in nodes for dst in nodes if src is not dst)
        total += moved
        if not moved:
            return total
    raise AssertionError(f"nodes still exchanging changes after {max_rounds} rounds")


# --------------------------------------------------------------------------- forging


def forge_change(
    node: Node, doc_id: str, edit: Any, *, sign_as: str | None = None
) -> tuple[list[ChangeInfo], dict[bytes, bytes]]:
    """A change ``node`` makes on a private fork of its copy of ``doc_id``, signed by
    ``node`` (over ``sign_as`` if given), without storing anything: what a misbehaving or
    not-yet-informed peer could send."""
    od = node.docs.get(doc_id)
    fork = od.doc.fork()
    fork.set_actor(node.public_key)
    before = crdt.heads(fork)
    with fork.transaction() as tx:
        edit(tx)
    new = crdt.changes_since(fork, before)
    assert new, "the edit changed nothing"
    target = sign_as or doc_id
    return new, {c.hash: node.identity.sign_change(target, c.hash) for c in new}


# --------------------------------------------------------------------------- comparing


def change_rows(node: Node) -> int:
    return int(node.store.query(select(func.count().label("n")).select_from(t.changes))[0]["n"])


def table_rows(node: Node, table: Any) -> int:
    return int(node.store.query(select(func.count().label("n")).select_from(table))[0]["n"])


def without_updated(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Projection rows minus their local ``updated`` timestamp (differs between nodes)."""
    return [{k: v for k, v in row.items() if k != "updated"} for row in rows]


def projections(node: Node) -> dict[str, Any]:
    learners = without_updated(node.list_learners())
    return {
        "courses": without_updated(node.list_courses()),
        "lessons": {c["id"]: node.lessons(c["id"]) for c in node.list_courses()},
        "learners": learners,
        "learner": {row["id"]: node.learner(row["id"]) for row in learners},
    }


def fingerprint(node: Node) -> dict[str, Any]:
    """Everything a rejected batch must leave unchanged."""
    return {
        "change_rows": change_rows(node),
        "documents": [d for d, _ in node.store.documents()],
        "heads": {d: heads(node, d) for d in doc_ids(node)},
        "projections": projections(node),
    }


# --------------------------------------------------------------------------- the raw file


@contextmanager
def raw_db(
    path: Path, *, readonly: bool = False, timeout: float = 10.0
) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to a store file, committed (or rolled back) and *closed* on
    exit; ``readonly`` opens it with ``mode=ro``, safe beside a writer in another process.

    sqlite3's own ``with connect(...)`` only commits: the connection lives on until the cyclic
    garbage collector frees it, holding its shared lock on the WAL index. While any process
    holds that lock, the next one to open the file skips crash recovery, so after a SIGKILL
    it reads the stale index and misses the killed writer's last commit."""
    uri = f"file:{path}" + ("?mode=ro" if readonly else "")
    db = sqlite3.connect(uri, uri=True, timeout=timeout)
    try:
        with db:
            yield db
    finally:
        db.close()
