"""One store contract on SQLite and PostgreSQL (issue 16, decision 0012a): one writer at a
time, log positions visible in the order they were given, texts of any length.

"Another process" here is a second Node (its own engine and connections) on the same store,
driven from another thread, as a CLI beside ``edunode serve`` or a second archive ``serve``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from edunode.service.node import Node
from edunode.store import clocks

HOLD = 5.0  # bound on every wait: a blocked writer never hangs the suite


@pytest.fixture
def homes(tmp_path: Path, store_url: str) -> Iterator[tuple[Node, Node]]:
    """Two handles on one node's store, as two processes would have."""
    url = None if store_url.startswith("sqlite") else store_url
    first = Node.init(tmp_path / "home", name="Office PC", school_name="Hill School", store_url=url)
    second = Node(tmp_path / "home")
    yield first, second
    second.close()
    first.close()


class Holder(threading.Thread):
    """Adds a learner inside a write transaction it then holds open until told: the change
    is in the log (its position given) but not committed, as in a slow bulk sync."""

    def __init__(self, node: Node, name: str) -> None:
        super().__init__(name=f"holder {name}")
        self.node, self.learner_name = node, name
        self.inside, self.release = threading.Event(), threading.Event()
        self.learner = ""
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.node.store.write():
                self.learner = self.node.add_learner(self.learner_name)  # written, uncommitted
                self.inside.set()
                self.release.wait(HOLD)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc


def test_a_second_writer_waits_for_the_first_to_commit(homes: tuple[Node, Node]) -> None:
    first, second = homes
    a = Holder(first, "Amina")
    a.start()
    assert a.inside.wait(HOLD)
    b = Holder(second, "Baraka")
    b.start()
    try:
        # While A holds its transaction, B cannot get into its own: the write lock.
        assert not b.inside.wait(0.5), "two writers were inside a transaction at once"
    finally:
        a.release.set()
        a.join(HOLD)
        assert b.inside.wait(HOLD)
        b.release.set()
        b.join(HOLD)
    assert a.error is None and b.error is None
    with Node(first.paths.home) as node:
        assert sorted(le["name"] for le in node.list_learners()) == ["Amina", "Baraka"]
        assert node.check() == []


def test_a_commit_that_became_visible_late_is_still_seen(homes: tuple[Node, Node]) -> None:
    """The late-commit case. ``edunode serve`` notices other processes' writes with
    ``clocks.changed_since(store, mark)`` and then moves its mark to the newest position it
    saw. Writer A takes position N and is slow to commit; writer B comes after it. Without
    the write lock, B took N+1 and committed first on PostgreSQL: the poll saw N+1, moved
    past N, and A's commit was never noticed. With it, B's position comes after A's commit,
    so every commit shows up in some poll."""
    first, second = homes
    watcher = Node(first.paths.home)  # the running serve's own handle
    try:
        mark = clocks.log_position(watcher.store)
        seen: set[str] = set()

        def poll() -> None:
            nonlocal mark
            changed, mark = clocks.changed_since(watcher.store, mark)
            seen.update(changed)

        a = Holder(first, "Amina")
        a.start()
        assert a.inside.wait(HOLD)
        done_b = threading.Event()
        learner_b: list[str] = []

        def write_b() -> None:
            learner_b.append(second.add_learner("Baraka"))
            done_b.set()

        b = threading.Thread(target=write_b, name="writer b")
        b.start()
        for _ in range(5):  # the serve polls while A is slow and B wants to write
            poll()
            done_b.wait(0.1)
        a.release.set()
        a.join(HOLD)
        b.join(HOLD)
        assert a.error is None and done_b.is_set()
        poll()
        assert {a.learner, learner_b[0]} <= seen
    finally:
        watcher.close()


LONG_TITLE = "ß" * 200  # 200 characters, the most a title may have; folded: 400 ("ss")
LONG_NAME = "Straße " * 28 + "Groß"  # 200 characters


def test_the_longest_texts_fit_every_backend(homes: tuple[Node, Node]) -> None:
    node, _ = homes
    course = node.create_course(LONG_TITLE, subject="ẞ" * 100, level="ﬃ" * 100)
    learner = node.add_learner(LONG_NAME)
    node.record_result(learner, course, "ŉ" * 200, 5, 10, "2026-03-01")  # folds to 2 each
    node.add_lesson(course, "İ" * 200, "ǰ" * 200, "body")  # a new module of that title
    assert [c["title"] for c in node.list_courses(search="SSSS")] == [LONG_TITLE]
    assert [le["name"] for le in node.list_learners(search="strasse")] == [LONG_NAME]
    assert node.check() == []
