"""The bridge: Node calls off the GUI thread, callbacks and events on it."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from edunode.errors import ValidationError
from edunode.events import ChangesApplied, LinkChanged
from edunode.ui.bridge import Bridge, describe

pytestmark = pytest.mark.gui


def test_run_calls_back_on_the_gui_thread(qtbot: Any, node: Any) -> None:
    bridge = Bridge(node)
    seen: dict[str, Any] = {}
    gui = threading.current_thread()

    def work() -> str:
        seen["worker"] = threading.current_thread()
        return node.info()["name"]

    def ok(name: str) -> None:
        seen["name"], seen["callback"] = name, threading.current_thread()

    with qtbot.waitSignal(bridge.idle, timeout=5000):
        bridge.run(work, on_ok=ok)
    assert seen["name"] == "Classroom PC"
    assert seen["worker"] is not gui and seen["callback"] is gui
    bridge.shutdown()


def test_errors_become_sentences(qtbot: Any, node: Any) -> None:
    bridge = Bridge(node)
    errors: list[BaseException] = []
    with qtbot.waitSignal(bridge.idle, timeout=5000):
        bridge.run(node.add_learner, "   ", on_error=errors.append)
    assert isinstance(errors[0], ValidationError)
    assert describe(errors[0]).startswith("The learner's name must not be empty")
    # Without an error handler the sentence goes to ``failed``; a bug is not a traceback.
    with qtbot.waitSignal(bridge.failed, timeout=5000) as blocker:
        bridge.run(lambda: 1 / 0)
    assert "Traceback" not in blocker.args[0] and "ZeroDivisionError" in blocker.args[0]
    bridge.shutdown()


def test_events_from_other_threads_arrive_coalesced(qtbot: Any, node: Any) -> None:
    bridge = Bridge(node)
    changed: list[tuple[str, str, str]] = []
    links: list[tuple[str, str]] = []
    bridge.changesApplied.connect(lambda *a: changed.append(a))
    bridge.linkChanged.connect(lambda *a: links.append(a))

    def burst() -> None:
        for _ in range(500):
            node.bus.publish(ChangesApplied(doc_id="d1", kind="learner", count=1, origin="peer"))
        node.bus.publish(LinkChanged(node_id="N1", state="pending"))

    t = threading.Thread(target=burst)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(links), timeout=5000)
    assert changed == [("d1", "learner", "peer")]  # 500 events, one signal
    assert links == [("N1", "pending")]
    bridge.shutdown()
