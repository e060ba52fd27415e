"""The operation columns of a change, read before Automerge: op bombs are refused, every
change EduNode itself writes passes, and damaged columns are a clean ValueError."""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.domain.test_review_findings import _seal, _sleb

from edunode import crdt
from edunode.crdt import columns
from edunode.domain.course import MAX_BODY
from edunode.errors import RejectedChanges
from edunode.service.node import Node

u = crdt.write_uleb
OWNER, ATTACKER = b"\x01" * 32, b"\x07" * 32


def change(cols: list[tuple[int, bytes]], deps: list[bytes], others: list[bytes]) -> bytes:
    """A well-formed change chunk by ATTACKER with these columns (spec, data)."""
    body = bytearray(u(len(deps)) + b"".join(deps) + u(len(ATTACKER)) + ATTACKER)
    body += u(1) + u(10) + _sleb(0) + u(0) + u(len(others))
    for other in others:
        body += u(len(other)) + other
    return _seal(body, cols)


def run(n: int, value: bytes) -> bytes:
    return _sleb(n) + value


def target() -> tuple[crdt.Document, list[bytes]]:
    doc = crdt.new_document(OWNER)
    with doc.transaction() as tx:
        crdt.put(tx, crdt.ROOT, "c", 1)
    return doc, crdt.heads(doc)


def deletes_of_one_value(n: int, heads: list[bytes]) -> bytes:
    return change(
        [(0x15, run(n, u(1) + b"c")), (0x34, u(n)), (0x42, run(n, u(3))),
         (0x56, run(n, u(0))), (0x57, b""), (0x70, run(n, u(1))), (0x71, run(n, u(1))),
         (0x73, run(1, _sleb(1)) + run(n - 1, _sleb(0)))],
        heads, [OWNER],
    )  # fmt: skip


def sets_in_short_runs(n: int, heads: list[bytes]) -> bytes:
    """Runs of 50 sets of "c" with one "d" between them: no single run is long."""
    keys = b"".join(run(50, u(1) + b"c") + _sleb(-1) + u(1) + b"d" for _ in range(n // 51))
    total = 51 * (n // 51)
    return change(
        [(0x15, keys), (0x34, u(total)), (0x42, run(total, u(1))), (0x56, run(total, u(1))),
         (0x57, b""), (0x70, run(total, u(0)))],
        heads, [],
    )  # fmt: skip


def sweeps_over_one_range(sweeps: int, width: int, heads: list[bytes]) -> bytes:
    """Deletes sweeping the same `width` list elements up and down `sweeps` times."""
    deltas = b""
    for s in range(sweeps):
        deltas += run(width, _sleb(1 if s % 2 == 0 else -1))
    total = sweeps * width
    return change(
        [(0x01, run(total, u(1))), (0x02, run(total, u(2))), (0x11, run(total, u(1))),
         (0x13, deltas), (0x34, u(total)), (0x42, run(total, u(3))), (0x56, run(total, u(0))),
         (0x57, b""), (0x70, run(total, u(0)))],
        heads, [OWNER],
    )  # fmt: skip


BOMBS: dict[str, Callable[[list[bytes]], bytes]] = {
    "20,000 deletes of one value": lambda heads: deletes_of_one_value(20_000, heads),
    "sets of one key in short runs": lambda heads: sets_in_short_runs(5_100, heads),
    "sweeps over the same 10 elements": lambda heads: sweeps_over_one_range(200, 10, heads),
    "a million operations": lambda heads: deletes_of_one_value(1_000_000, heads),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_op_bombs_are_seen_from_their_columns(name: str) -> None:
    _, heads = target()
    bomb = BOMBS[name](heads)
    assert len(bomb) < 4_000
    started = time.perf_counter()
    work = columns.load(bomb)
    assert time.perf_counter() - started < 2.0  # bounded, whatever the bytes declare
    assert work.ops > columns.MAX_CHANGE_OPS or work.hottest > columns.MAX_KEY_OPS


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    a = Node.init(tmp_path / "a", name="Office PC", school_name="Hill School")
    b = Node.init(tmp_path / "b", name="Lab PC", school_name=None)
    a.add_school_member(b.public_key, "Lab PC")
    yield a, b
    a.close()
    b.close()


def test_an_op_bomb_never_reaches_automerge(pair: Any, monkeypatch: Any) -> None:
    """Signed by a school member, in a real document: refused in verification before
    Automerge is asked to apply anything (it would take seconds to minutes)."""
    a, b = pair
    course = a.create_course("Reading")
    doc = a.docs.get(course).doc
    bomb = deletes_of_one_value(20_000, crdt.heads(doc)).replace(ATTACKER, b.public_key)
    chunk = bomb[8:]
    bomb = bomb[:4] + hashlib.sha256(chunk).digest()[:4] + chunk
    h = crdt.change_hash(bomb)
    applied: list[int] = []
    real = crdt.apply
    monkeypatch.setattr(crdt, "apply", lambda d, c: (applied.append(len(c)), real(d, c)))
    with pytest.raises(RejectedChanges, match="operation bomb"):
        a.receive_changes(course, [bomb], {h: b.identity.sign_change(course, h)}, "lab")
    assert applied == []


def test_big_edits_pass(pair: Any) -> None:
    """Writing and then replacing a whole long lesson text, each in one change: tens of
    thousands of operations, none piled on one key; the peer takes them."""
    a, b = pair
    course = a.create_course("Reading")
    lesson = a.add_lesson(course, "Unit 1", "Long", "x" * 20_000)
    a.edit_lesson(lesson, body="y" * 20_000)
    changes = crdt.changes_since(a.docs.get(course).doc, [])
    assert max(columns.load(c.data).ops for c in changes) == 40_000
    for c in changes:  # an upper bound: well clear of the limit
        assert columns.load(c.data).hottest <= columns.MAX_KEY_OPS // 4
    assert columns.MAX_CHANGE_OPS >= MAX_BODY * 2  # replacing the longest allowed text
    for doc_id, _ in a.store.documents():
        sent, sigs = a.docs.outgoing(doc_id, [])
        b.receive_changes(doc_id, [c.data for c in sent], sigs, a.node_id)
    assert "y" * 20_000 in str(b.docs.state(course))


def test_rewriting_a_text_typed_over_many_edits_passes() -> None:
    """Deleting a text typed in 80 separate edits (with another field set each time) deletes
    80 ranges of element counters in one change: 80 moving runs that never overlap. A
    count of runs, not of overlaps, once mistook this for a bomb (found by a fuzzing
    review)."""
    doc = crdt.new_document(OWNER)
    with doc.transaction() as tx:
        text = crdt.new_text(tx, crdt.ROOT, "t", "")
    for i in range(80):
        with doc.transaction() as tx:
            crdt.splice_text(tx, text, tx.text(text), tx.text(text) + f"word{i} ")
            crdt.put(tx, crdt.ROOT, "updated", i)
    with doc.transaction() as tx:
        crdt.splice_text(tx, text, tx.text(text), "z" * 10)
    last = crdt.changes_since(doc, [])[-1].data
    work = columns.load(last)
    assert work.ops > columns.MAX_KEY_OPS and work.hottest <= 2


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["put", "map", "text", "splice", "delete"]),
            st.integers(0, 5),
            st.text(max_size=120),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_changes_made_through_automerge_count_exactly(edits: list[Any]) -> None:
    """Whatever the edits, the operations counted are the ones Automerge numbered (the next
    change starts after them), and nothing is mistaken for a bomb."""
    doc = crdt.new_document(OWNER)
    with doc.transaction() as tx:
        text = crdt.new_text(tx, crdt.ROOT, "t", "")
    for kind, key, words in edits:
        with doc.transaction() as tx:
            if kind == "put":
                crdt.put(tx, crdt.ROOT, f"k{key}", words)
            elif kind == "map":
                crdt.put_map(tx, crdt.ROOT, f"m{key}", {"a": words, "b": key})
            else:
                old = tx.text(text)
                new = {
                    "text": old + words,
                    "splice": old[:key] + words + old[key * 2 :],
                    "delete": old[key:],
                }[kind]
                crdt.splice_text(tx, text, old, new)
    changes = [c.data for c in crdt.changes_since(doc, [])]
    starts = [_start_op(c) for c in changes]
    for data, start, after in zip(changes, starts, starts[1:], strict=False):
        work = columns.load(data)
        assert work.ops == after - start
        assert work.hottest <= columns.MAX_KEY_OPS
    for data in changes:  # the one-walk reading gives what the two readings give
        assert columns.counted_header(data) == crdt.parse_header(data)._replace(
            ops=columns.op_count(data)
        )


def _start_op(data: bytes) -> int:
    header = crdt.parse_header(data)
    _, pos = crdt.read_uleb(data, 9)
    count, pos = crdt.read_uleb(data, pos)
    pos += 32 * count
    size, pos = crdt.read_uleb(data, pos)
    _, pos = crdt.read_uleb(data, pos + size)  # seq
    assert header.seq >= 1
    return crdt.read_uleb(data, pos)[0]


def _outcome(read: Callable[[bytes], Any], data: bytes) -> Any:
    try:
        return read(data)
    except ValueError:
        return ValueError


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(0, 80), st.integers(0, 200))
def test_a_damaged_header_is_read_in_one_walk_as_in_two(noise: bytes, cut: int, at: int) -> None:
    """counted_header refuses (ValueError) exactly the bytes that parse_header or op_count
    refuses, and otherwise gives both their answers: damaged anywhere, checksum mended so
    the damage reaches the walk."""
    _, heads = target()
    good = deletes_of_one_value(70, heads)
    for damaged in (good[: len(good) - cut] + noise, good[:at] + noise + good[at:]):
        data = _mended(damaged)
        header = _outcome(crdt.parse_header, data)
        ops = _outcome(columns.op_count, data)
        expected = ValueError if ValueError in (header, ops) else header._replace(ops=ops)
        assert _outcome(columns.counted_header, data) == expected


def _mended(data: bytes) -> bytes:
    """``data`` with the checksum its bytes hash to (parse_header checks it first)."""
    if len(data) < 9:
        return data
    return data[:4] + hashlib.sha256(data[8:]).digest()[:4] + data[8:]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(0, 40))
def test_damaged_columns_are_a_value_error(noise: bytes, cut: int) -> None:
    _, heads = target()
    good = deletes_of_one_value(70, heads)
    for data in (good[: len(good) - cut] + noise, good[:60] + noise + good[60:]):
        with contextlib.suppress(ValueError):  # the only way it may fail
            columns.load(data)
