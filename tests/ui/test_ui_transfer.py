"""A learner moves school, in the window (issue 10 item 6): the learner page's transfer
dialog (a school this PC knows or "Not known yet", one folder for the bundle and its
transcript, the admin PIN); the transferred learner's page, read-only under a note; the
list's "Show transferred"; the import's summary, both proofs by name, before the PIN.

Real nodes on real files in tmp_path: River School and Lake School are plain Nodes that
know Hill School's document as a community peer would (``send_doc``). Set
``EDUNODE_SCREENSHOTS`` to a folder to keep the pictures the screenshot test takes.
"""

from __future__ import annotations

import faulthandler
import os
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyleFactory
from tests.helpers import send_doc
from tests.ui.uihelpers import PIN, idle, new_pin_dialog, page, shown

from edunode.bundle import transfer
from edunode.errors import NotFoundError
from edunode.service.node import Node
from edunode.ui import formatting
from edunode.ui.style import apply_style

pytestmark = pytest.mark.gui


@pytest.fixture
def river(tmp_path: Path, node: Node) -> Iterator[Node]:
    """River School, on another PC; each school holds the other's school document."""
    n = Node.init(
        tmp_path / "river", name="River Office", school_name="River School", admin_pin=PIN
    )
    send_doc(n, node, n.school_id)
    send_doc(node, n, node.school_id)
    yield n
    n.close()


@pytest.fixture
def asha(node: Node) -> str:
    course = node.create_course("Reading")
    learner = node.add_learner("Asha Mwangi", 2014)
    node.enrol(learner, course)
    node.record_result(learner, course, "Story test", 8, 10)
    node.record_attendance(learner, node.today(), True)
    return learner


# A transfer, an import or a purge runs RDF canonicalization, VACUUM and file sweeps off the
# GUI thread: seconds on a loaded CI machine.
SLOW = 30_000


def text_of(dialog: Any) -> str:
    return unescape("\n".join(label.text() for label in dialog.findChildren(QLabel)))


def said(page_widget: Any) -> list[str]:
    """Every message the page's banner shows from now on, kept: a note fades after a few
    seconds, and a loaded machine can take longer than that to look at it."""
    kept: list[str] = []
    original = page_widget.banner.show_message

    def show(text: str, *, error: bool) -> None:
        kept.append(text)
        original(text, error=error)

    page_widget.banner.show_message = show
    return kept


def open_page(qtbot: Any, window: Any, learner_id: str) -> Any:
    learners = page(qtbot, window, "learners")
    learners.open_learner(learner_id)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.name.text() != "Opening…")
    return detail


def transfer_dialog(qtbot: Any, detail: Any, before: Any = None) -> Any:
    qtbot.waitUntil(detail.export_button.isEnabled)
    detail.export_button.click()
    return new_pin_dialog(qtbot, detail, before)


def fill(qtbot: Any, dialog: Any, folder: Path, pin: str, school: str | None) -> None:
    if school is not None:
        dialog.destination.setCurrentIndex(dialog.destination.findData(school))
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)


def write_controls(detail: Any) -> list[Any]:
    return [
        detail.export_button,
        detail.save_profile,
        detail.profile,
        detail.enrol_button,
        detail.enrol_course,
        detail.status_button,
        detail.results.add,
        detail.results.score,
        detail.attendance.save,
        detail.pathway.save,
        detail.save_notes,
    ]


def test_transfer_to_a_known_school_saves_bundle_and_transcript_and_keeps_the_page_read_only(
    qtbot: Any, window: Any, node: Node, river: Node, asha: str, tmp_path: Path
) -> None:
    detail = open_page(qtbot, window, asha)
    assert detail.transferred.isHidden()
    dialog = transfer_dialog(qtbot, detail)
    choices = [dialog.destination.itemText(i) for i in range(dialog.destination.count())]
    assert choices == ["River School", "Not known yet (an open record bundle)"]
    assert dialog.transcript.isChecked()  # the transcript comes along by default
    assert "Asha Mwangi-transcript.pdf" in dialog.files.text()
    out = tmp_path / "stick"
    out.mkdir()
    assert dialog.destination.currentIndex() == -1  # no school is guessed
    fill(qtbot, dialog, out, PIN, None)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.error.text() == "Choose the school the learner moves to, or “Not known yet”."
    assert dialog.isVisible() and node.learner(asha)["status"] == "active"
    dialog.destination.setCurrentIndex(dialog.destination.findData(river.school_id))
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    learners = window.pages["learners"]
    notes = said(learners)
    qtbot.waitUntil(
        lambda: "is transferred to River School" in " | ".join(notes), timeout=SLOW
    )
    assert not dialog.isVisible()
    bundle = out / "Asha Mwangi.edunode-learner.json"
    pdf = out / "Asha Mwangi-transcript.pdf"
    assert sorted(out.iterdir()) == [pdf, bundle]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    held = transfer.describe(transfer.verify(transfer.load(bundle)))
    assert held["released_to"] == river.school_id
    record = node.learner(asha)
    assert (record["status"], record["transferred_to"]) == ("transferred", river.school_id)

    # The page says so and writes nothing any more.
    qtbot.waitUntil(detail.transferred.isVisible, timeout=SLOW)
    day = formatting.day(record["transferred_on"])
    assert detail.transferred.text() == (
        f"Transferred to River School on {day} — this record is kept read-only here"
    )
    assert [w.text() for w in write_controls(detail) if w.isEnabled()] == []
    assert detail.notes.isReadOnly()
    assert detail.results.table.rowCount() == 1  # what it holds stays readable

    # River School takes the same learner.
    assert transfer.import_bundle(river, bundle, PIN)["id"] == asha
    idle(qtbot, window.ctx.bridge)


def test_transfer_to_a_school_not_known_yet_gives_an_open_bundle(
    qtbot: Any, window: Any, node: Node, asha: str, tmp_path: Path
) -> None:
    detail = open_page(qtbot, window, asha)
    dialog = transfer_dialog(qtbot, detail)
    assert dialog.destination.currentData() == ""  # no other school known: not known yet
    dialog.transcript.click()  # the bundle alone this time
    assert "transcript" not in dialog.files.text()
    fill(qtbot, dialog, tmp_path, PIN, None)
    dialog.ok.click()
    learners = window.pages["learners"]
    notes = said(learners)
    qtbot.waitUntil(
        lambda: "is given an open record bundle" in " | ".join(notes), timeout=SLOW
    )
    assert [p.name for p in tmp_path.glob("Asha*")] == ["Asha Mwangi.edunode-learner.json"]
    record = node.learner(asha)
    assert (record["status"], record["transferred_to"]) == ("transferred", "")
    qtbot.waitUntil(detail.transferred.isVisible, timeout=SLOW)
    assert detail.transferred.text().startswith("Given with an open record bundle on ")
    assert not detail.export_button.isEnabled()
    idle(qtbot, window.ctx.bridge)


def test_esc_cancel_a_wrong_pin_or_a_missing_folder_write_nothing(
    qtbot: Any, window: Any, node: Node, river: Node, asha: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    detail = open_page(qtbot, window, asha)

    def untouched() -> None:
        assert node.learner(asha)["status"] == "active"
        assert list(out.iterdir()) == []

    dialog = transfer_dialog(qtbot, detail)
    fill(qtbot, dialog, out, PIN, river.school_id)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    untouched()

    dialog = transfer_dialog(qtbot, detail, dialog)
    fill(qtbot, dialog, out, PIN, river.school_id)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    untouched()

    dialog = transfer_dialog(qtbot, detail, dialog)
    fill(qtbot, dialog, out / "not there", PIN, river.school_id)
    dialog.ok.click()
    assert dialog.error.text() == f"There is no folder {out / 'not there'}: choose one that exists."
    assert dialog.isVisible()
    untouched()

    fill(qtbot, dialog, out, "0000", river.school_id)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden() and "PIN" in dialog.error.text())
    assert "PIN is not correct" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible()
    idle(qtbot, window.ctx.bridge)
    untouched()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    untouched()
    assert detail.export_button.isEnabled() and detail.transferred.isHidden()


def test_cancel_in_the_progress_box_leaves_no_release_and_no_file(
    qtbot: Any, window: Any, node: Node, river: Node, asha: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    detail = open_page(qtbot, window, asha)
    dialog = transfer_dialog(qtbot, detail)
    fill(qtbot, dialog, out, PIN, river.school_id)
    dialog.ok.click()  # the work starts with the PIN check, long before its first safe point
    detail.bundle_progress.request_cancel()
    learners = window.pages["learners"]
    notes = said(learners)
    qtbot.waitUntil(lambda: "was stopped" in " | ".join(notes), timeout=SLOW)
    assert not dialog.isVisible()
    idle(qtbot, window.ctx.bridge)
    assert node.learner(asha)["status"] == "active" and list(out.iterdir()) == []
    assert detail.export_button.isEnabled() and detail.transferred.isHidden()


def test_import_shows_the_summary_with_both_proofs_before_the_pin(
    qtbot: Any, window: Any, node: Node, river: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    juma = river.add_learner("Juma Kariuki", 2013)
    course = river.create_course("Fractions")
    river.enrol(juma, course, "2025-01-06")
    river.record_result(juma, course, "Quiz 1", 7, 10, "2025-02-03")
    river.record_attendance(juma, "2025-02-03", True)
    bundle = tmp_path / "Juma.edunode-learner.json"
    transfer.export_bundle(river, juma, bundle, PIN, to=node.school_id)
    held = transfer.describe(transfer.verify(transfer.load(bundle)))
    learners = page(qtbot, window, "learners")
    monkeypatch.setattr(learners, "choose_bundle", lambda: str(bundle))

    learners.import_button.click()
    summary = shown(qtbot, learners, "summary_dialog")
    text = text_of(summary)
    assert "Juma Kariuki (born 2013) from River School checks out" in text
    assert "Fractions: 1 results" in text or "Fractions: 1 result" in text
    assert "Results: 1 · Days of attendance: 1" in text
    assert "eddsa-rdfc-2022 ✓" in text and "eddsa-jcs-2022 ✓" in text
    assert held["digest"][:32] in text and held["digest"][32:] in text
    assert "Released to: this school" in text
    assert learners.pin_dialog is None  # no PIN asked yet

    qtbot.keyClick(summary, Qt.Key.Key_Escape)  # Esc: nothing imported, nothing asked
    qtbot.waitUntil(lambda: not summary.isVisible())
    idle(qtbot, window.ctx.bridge)
    assert learners.pin_dialog is None
    assert node.list_learners(everyone=True) == []

    learners.import_button.click()
    summary = shown(qtbot, learners, "summary_dialog", summary)
    summary.proceed.click()
    dialog = new_pin_dialog(qtbot, learners)
    qtbot.keyClicks(dialog.pin, PIN)
    notes = said(learners)
    dialog.ok.click()
    qtbot.waitUntil(lambda: "continues at this school" in " | ".join(notes), timeout=SLOW)
    assert node.learner(juma)["status"] == "active"
    qtbot.waitUntil(lambda: learners.table.currentIndex().row() == learners.model.find(juma))
    idle(qtbot, window.ctx.bridge)


def test_a_bundle_made_out_to_another_school_stops_at_the_summary(
    qtbot: Any, window: Any, node: Node, river: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    lake = Node.init(tmp_path / "lake", name="Lake PC", school_name="Lake School", admin_pin=PIN)
    try:
        send_doc(lake, river, lake.school_id)
        send_doc(lake, node, lake.school_id)
        juma = river.add_learner("Juma Kariuki", 2013)
        bundle = tmp_path / "Juma.edunode-learner.json"
        transfer.export_bundle(river, juma, bundle, PIN, to=lake.school_id)
    finally:
        lake.close()
    learners = page(qtbot, window, "learners")
    monkeypatch.setattr(learners, "choose_bundle", lambda: str(bundle))
    learners.import_button.click()
    summary = shown(qtbot, learners, "summary_dialog")
    text = text_of(summary)
    assert "Released to: Lake School" in text
    assert "gives Juma Kariuki to Lake School, not to this school" in text
    assert not summary.proceed.isVisible()  # no way on to the PIN
    summary.buttons.button(summary.buttons.StandardButton.Cancel).click()
    idle(qtbot, window.ctx.bridge)
    assert learners.pin_dialog is None and node.list_learners(everyone=True) == []


def test_the_list_shows_transferred_learners_only_when_asked(
    qtbot: Any, window: Any, node: Node, river: Node, asha: str, tmp_path: Path
) -> None:
    baraka = node.add_learner("Baraka Otieno", 2013)
    transfer.export_bundle(node, asha, tmp_path / "a.json", PIN, to=river.school_id)
    learners = page(qtbot, window, "learners")

    def listed() -> list[str]:
        return [learners.model.index(r, 0).data() for r in range(learners.model.rowCount())]

    qtbot.waitUntil(lambda: listed() == ["Baraka Otieno"])
    learners.show_transferred.click()
    qtbot.waitUntil(lambda: listed() == ["Asha Mwangi (transferred)", "Baraka Otieno"])
    assert "read-only" in learners.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    learners.table.selectAll()  # a whole-class action leaves the transferred one out
    assert learners.selected_ids() == [baraka]
    learners.open_learner(learners.model.row(0)["id"])
    qtbot.waitUntil(learners.detail.transferred.isVisible, timeout=SLOW)
    assert learners.detail.transferred.text().startswith("Transferred to River School on ")
    learners.show_list()
    learners.show_transferred.click()
    qtbot.waitUntil(lambda: listed() == ["Baraka Otieno"])
    assert learners.model.row(0)["id"] == baraka
    idle(qtbot, window.ctx.bridge)


def test_purge_a_transferred_learner_behind_a_warning_and_the_pin(
    qtbot: Any, window: Any, node: Node, river: Node, asha: str, tmp_path: Path
) -> None:
    baraka = node.add_learner("Baraka Otieno", 2013)
    detail = open_page(qtbot, window, baraka)
    assert detail.purge_button.isHidden()  # a learner of this school: nothing to purge
    transfer.export_bundle(node, asha, tmp_path / "a.json", PIN, to=river.school_id)
    detail = open_page(qtbot, window, asha)
    qtbot.waitUntil(detail.purge_button.isVisible, timeout=SLOW)

    detail.purge_button.click()
    dialog = new_pin_dialog(qtbot, detail)
    text = text_of(dialog)
    assert "Delete Asha Mwangi's record from every PC of this school?" in text
    assert "This cannot be undone" in text
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: nothing deleted
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, window.ctx.bridge)
    assert node.learner(asha)["status"] == "transferred"

    detail.purge_button.click()
    dialog = new_pin_dialog(qtbot, detail, dialog)
    qtbot.keyClicks(dialog.pin, "0000")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "PIN is not correct" in dialog.error.text())
    assert dialog.isVisible() and node.learner(asha)["status"] == "transferred"

    wrong = dialog.error.text()
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, PIN)
    dialog.ok.click()
    learners = window.pages["learners"]
    notes = said(learners)
    try:
        qtbot.waitUntil(
            lambda: (
                "record is deleted from this PC" in " | ".join(notes)
                or (dialog.error.text() != wrong and not dialog.error.isHidden())
            ),
            timeout=SLOW,
        )
    except Exception:  # say where every thread stood, and what the window waited for
        faulthandler.dump_traceback(all_threads=True)
        bridge = window.ctx.bridge
        print("jobs in flight:", [job.what for job in bridge._jobs.values()], file=sys.stderr)
        raise
    assert "record is deleted from this PC" in " | ".join(notes), dialog.error.text()
    assert not dialog.isVisible() and learners.stack.currentIndex() == 0
    assert [le["id"] for le in node.list_learners(everyone=True)] == [baraka]
    with pytest.raises(NotFoundError):
        node.learner(asha)
    idle(qtbot, window.ctx.bridge)


@pytest.fixture
def styled(qapp: Any) -> Iterator[Any]:
    """The app's look, as make_app sets it; the plain look again afterwards."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(QStyleFactory.create(style))


def test_screenshots_of_the_transfer_dialogs_and_a_transferred_page(
    qtbot: Any,
    styled: Any,
    window: Any,
    node: Node,
    river: Node,
    asha: str,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    shots = Path(os.environ.get("EDUNODE_SCREENSHOTS") or tmp_path)
    window.resize(1024, 768)
    detail = open_page(qtbot, window, asha)
    dialog = transfer_dialog(qtbot, detail)
    fill(qtbot, dialog, tmp_path, PIN, river.school_id)
    qtbot.wait(50)
    picture = dialog.grab()
    assert picture.save(str(shots / "transfer-dialog.png"))
    for label in dialog.findChildren(QLabel):  # a mnemonic without a buddy shows its "&"
        assert "&" not in label.text().split(">")[-1] or label.buddy() is not None
    dialog.ok.click()
    qtbot.waitUntil(detail.transferred.isVisible, timeout=SLOW)
    detail.tabs.setCurrentWidget(detail.results)
    qtbot.wait(50)
    assert window.grab().save(str(shots / "transferred-page.png"))
    detail.purge_button.click()
    purge = new_pin_dialog(qtbot, detail, dialog)
    qtbot.wait(50)
    assert purge.grab().save(str(shots / "purge-dialog.png"))
    purge.reject()

    juma = river.add_learner("Juma Kariuki", 2013)
    river.record_attendance(juma, "2025-02-03", True)
    bundle = tmp_path / "Juma.edunode-learner.json"
    transfer.export_bundle(river, juma, bundle, PIN, to=node.school_id)
    learners = window.pages["learners"]
    learners.show_list()
    monkeypatch.setattr(learners, "choose_bundle", lambda: str(bundle))
    learners.import_button.click()
    summary = shown(qtbot, learners, "summary_dialog")
    qtbot.wait(50)
    assert summary.grab().save(str(shots / "import-summary.png"))
    summary.reject()
    idle(qtbot, window.ctx.bridge)
