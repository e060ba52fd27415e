"""The learner's record bundle in the window: import one made at another school from the
Learners page, seeing what it holds before the PIN is asked; the learner continues here
with the same ID; a doctored bundle is refused in words and one imported before changes
nothing. (Giving a bundle, the transfer dialog, is in ``test_ui_transfer.py``.)

Real nodes and real files in tmp_path; the other school is a plain Node that writes its
bundle with ``edunode.bundle.transfer`` as its own window would. The only stand-ins are the
file choosers (a native file dialog can't be driven offscreen).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from tests.ui.uihelpers import PIN, idle, new_pin_dialog, page, shown

from edunode.bundle import transfer
from edunode.service.node import Node

pytestmark = pytest.mark.gui


@pytest.fixture
def river(tmp_path: Path) -> Iterator[tuple[Node, str, str]]:
    """River School, another school on another PC: Juma, with results in a shared course."""
    n = Node.init(
        tmp_path / "river", name="River Office", school_name="River School", admin_pin=PIN
    )
    course = n.create_course("Fractions", "Mathematics")
    juma = n.add_learner("Juma Kariuki", 2013)
    n.enrol(juma, course, "2025-01-06")
    n.record_result(juma, course, "Quiz 1", 7, 10, "2025-02-03")
    n.record_result(juma, course, "Quiz 2", 9, 10, "2025-02-10")
    n.record_attendance(juma, "2025-02-03", True)
    n.record_attendance(juma, "2025-02-04", False)
    n.record_attendance(juma, "2025-02-05", True)
    yield n, juma, course
    n.close()


@pytest.fixture
def juma_bundle(river: tuple[Node, str, str], tmp_path: Path) -> Path:
    n, juma, _ = river
    path = tmp_path / "carried" / "Juma Kariuki.edunode-learner.json"
    path.parent.mkdir()
    transfer.export_bundle(n, juma, path, PIN)
    return path


def learners_on(qtbot: Any, window: Any, bundle: Path, monkeypatch: Any) -> Any:
    """The Learners page, whose file chooser answers ``bundle``."""
    learners = page(qtbot, window, "learners")
    monkeypatch.setattr(learners, "choose_bundle", lambda: str(bundle))
    return learners


def explanation(dialog: Any) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def submit(qtbot: Any, dialog: Any, pin: str) -> None:
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    dialog.ok.click()


def named(node: Node, name: str) -> list[dict[str, Any]]:
    return [le for le in node.list_learners() if le["name"] == name]


def summary_then_pin(qtbot: Any, learners: Any, before: Any = None) -> tuple[Any, Any]:
    """Import: the summary shows first; Continue; the PIN dialog then."""
    learners.import_button.click()
    summary = shown(qtbot, learners, "summary_dialog", before[0] if before else None)
    summary.proceed.click()
    return summary, new_pin_dialog(qtbot, learners, before[1] if before else None)


def test_import_a_bundle_from_another_school(
    qtbot: Any,
    window: Any,
    node: Node,
    river: tuple[Node, str, str],
    juma_bundle: Path,
    monkeypatch: Any,
) -> None:
    other, juma_id, course = river
    node.add_learner("Amina")
    learners = learners_on(qtbot, window, juma_bundle, monkeypatch)
    qtbot.waitUntil(lambda: learners.model.rowCount() == 1)

    # Verified first: the summary shows what the bundle holds before the PIN is asked.
    learners.import_button.click()
    summary = shown(qtbot, learners, "summary_dialog")
    text = explanation(summary)
    assert "Juma Kariuki (born 2013) from River School checks out" in text
    assert f"From: River School (school ID {other.school_id})" in text
    assert "Fractions: 2 results" in text and "Days of attendance: 3" in text
    assert "eddsa-rdfc-2022 ✓" in text and "eddsa-jcs-2022 ✓" in text  # both proofs
    assert "Released to: any school" in text
    assert learners.pin_dialog is None  # no PIN yet, nothing written
    assert named(node, "Juma Kariuki") == []
    summary.proceed.click()
    dialog = new_pin_dialog(qtbot, learners)

    submit(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: "continues at this school" in learners.banner.text())
    assert learners.banner.text().startswith("Juma Kariuki from River School continues")
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: learners.model.rowCount() == 2, timeout=10_000)
    [juma] = named(node, "Juma Kariuki")
    assert juma["id"] == juma_id  # the same learner, continued here
    row = learners.model.find(juma_id)
    qtbot.waitUntil(lambda: learners.table.currentIndex().row() == row)  # shown and selected
    record = node.learner(juma_id)
    assert record["status"] == "active" and record["school"] == node.school_id
    assert [(r["title"], r["score"], r["max"]) for r in record["results"]] == [
        ("Quiz 1", 7.0, 10.0),
        ("Quiz 2", 9.0, 10.0),
    ]
    assert [e["course"] for e in record["enrolments"]] == [course]
    assert len(record["attendance"]) == 3
    idle(qtbot, window.ctx.bridge)


def test_a_tampered_bundle_is_refused_before_any_pin(
    qtbot: Any, window: Any, node: Node, juma_bundle: Path, monkeypatch: Any
) -> None:
    data = json.loads(juma_bundle.read_text(encoding="utf-8"))
    course = data["credential"]["credentialSubject"]["verifiableCredential"][0]
    result = course["credentialSubject"]["result"][-2]  # enrolment, lessons, Quiz 1, Quiz 2
    assert result["value"] == "7"
    result["value"] = "10"  # a better mark than the school gave
    juma_bundle.write_text(json.dumps(data), encoding="utf-8")

    learners = learners_on(qtbot, window, juma_bundle, monkeypatch)
    learners.import_button.click()
    qtbot.waitUntil(lambda: "does not match its content" in learners.banner.text())
    assert "Traceback" not in learners.banner.text()
    idle(qtbot, window.ctx.bridge)
    assert learners.summary_dialog is None and learners.pin_dialog is None
    assert node.list_learners() == []
    assert not (node.paths.home / transfer.TRANSFERS).exists()


def test_the_same_bundle_twice_changes_nothing(
    qtbot: Any,
    window: Any,
    node: Node,
    river: tuple[Node, str, str],
    juma_bundle: Path,
    monkeypatch: Any,
) -> None:
    _, juma_id, _ = river
    learners = learners_on(qtbot, window, juma_bundle, monkeypatch)
    first = summary_then_pin(qtbot, learners)
    submit(qtbot, first[1], PIN)
    qtbot.waitUntil(lambda: len(named(node, "Juma Kariuki")) == 1 and not first[1].isVisible())
    idle(qtbot, window.ctx.bridge)
    before = node.learner(juma_id)

    again = summary_then_pin(qtbot, learners, first)
    submit(qtbot, again[1], PIN)
    qtbot.waitUntil(lambda: "imported before: nothing changed" in learners.banner.text())
    assert not again[1].isVisible()
    assert [le["id"] for le in named(node, "Juma Kariuki")] == [juma_id]
    assert node.learner(juma_id) == before
    idle(qtbot, window.ctx.bridge)
