"""The learner's record bundle in the window: export it from the learner's page behind the
admin PIN; import one made at another school from the Learners page, seeing what it holds
before the PIN is asked; a doctored bundle and one imported before are refused in words.

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
from tests.ui.uihelpers import PIN, idle, new_pin_dialog, page

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


def test_export_a_learners_record_bundle_behind_the_pin(
    qtbot: Any, window: Any, node: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    course = node.create_course("Reading")
    asha = node.add_learner("Asha Mwangi", 2014)
    node.enrol(asha, course)
    node.record_result(asha, course, "Story test", 8, 10)
    learners = page(qtbot, window, "learners")
    learners.open_learner(asha)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.export_button.isEnabled())
    out = tmp_path / "out"
    out.mkdir()
    suggested: list[str] = []

    def choose(name: str) -> str:
        suggested.append(name)
        return str(out / name)

    monkeypatch.setattr(detail, "choose_save_path", choose)

    # A wrong PIN: the dialog says so and stays open; nothing is written.
    detail.export_button.click()
    assert suggested == ["Asha Mwangi.edunode-learner.json"]
    dialog = new_pin_dialog(qtbot, detail)
    assert "Asha Mwangi" in explanation(dialog)
    submit(qtbot, dialog, "0000")
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert "PIN is not correct" in dialog.error.text() and dialog.isVisible()
    assert list(out.iterdir()) == []
    dialog.reject()

    # The right PIN: the file is written, says where, and verifies anywhere.
    detail.export_button.click()
    dialog = new_pin_dialog(qtbot, detail, dialog)
    submit(qtbot, dialog, PIN)
    path = out / "Asha Mwangi.edunode-learner.json"
    qtbot.waitUntil(lambda: "Record bundle of Asha Mwangi saved as" in learners.banner.text())
    assert str(path) in learners.banner.text() and "carry this file" in learners.banner.text()
    assert not dialog.isVisible() and list(out.iterdir()) == [path]
    held = transfer.describe(transfer.verify(transfer.load(path)))
    assert (held["learner"], held["school"], held["results"]) == ("Asha Mwangi", "Hill School", 1)
    idle(qtbot, window.ctx.bridge)


def test_import_a_bundle_from_another_school(
    qtbot: Any,
    window: Any,
    node: Node,
    river: tuple[Node, str, str],
    juma_bundle: Path,
    monkeypatch: Any,
) -> None:
    other, _, course = river
    node.add_learner("Amina")
    learners = learners_on(qtbot, window, juma_bundle, monkeypatch)
    qtbot.waitUntil(lambda: learners.model.rowCount() == 1)

    # Verified first: the dialog shows what the bundle holds before the PIN is asked.
    learners.import_button.click()
    dialog = new_pin_dialog(qtbot, learners)
    text = explanation(dialog)
    assert "Juma Kariuki (born 2013) from River School checks out" in text
    assert f"School ID: {other.school_id}" in text
    assert "Fractions: 2 results" in text and "Days of attendance: 3" in text
    for suite in ("eddsa-rdfc-2022", "eddsa-jcs-2022"):  # both proofs, before the PIN
        assert f"Proof {suite}: checks out on the record and 2 credentials in it" in text
    assert named(node, "Juma Kariuki") == []  # nothing happens before the PIN

    submit(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: "enrolled in this school" in learners.banner.text())
    assert learners.banner.text().startswith("Juma Kariuki from River School is now enrolled")
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: learners.model.rowCount() == 2, timeout=10_000)
    [juma] = named(node, "Juma Kariuki")
    row = learners.model.find(juma["id"])
    assert row >= 0 and learners.table.currentIndex().row() == row  # shown and selected
    record = node.learner(juma["id"])
    assert [(r["title"], r["score"], r["max"]) for r in record["results"]] == [
        ("Quiz 1", 7.0, 10.0),
        ("Quiz 2", 9.0, 10.0),
    ]
    assert [e["course"] for e in record["enrolments"]] == [course]
    assert len(record["attendance"]) == 3 and "Transferred from River School" in record["notes"]
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
    assert learners.pin_dialog is None
    assert node.list_learners() == []
    assert not (node.paths.home / transfer.TRANSFERS).exists()


def test_the_same_bundle_twice_says_imported_before(
    qtbot: Any, window: Any, node: Node, juma_bundle: Path, monkeypatch: Any
) -> None:
    learners = learners_on(qtbot, window, juma_bundle, monkeypatch)
    learners.import_button.click()
    first = new_pin_dialog(qtbot, learners)
    submit(qtbot, first, PIN)
    qtbot.waitUntil(lambda: len(named(node, "Juma Kariuki")) == 1 and not first.isVisible())

    learners.import_button.click()
    again = new_pin_dialog(qtbot, learners, first)
    submit(qtbot, again, PIN)
    qtbot.waitUntil(lambda: not again.error.isHidden())
    assert "This bundle was imported before" in again.error.text()
    assert again.isVisible() and len(named(node, "Juma Kariuki")) == 1
    again.reject()
    idle(qtbot, window.ctx.bridge)
