"""End to end: a second node runs headless on loopback (its own loop thread); the window's
Community page shows its link request, the test approves it through the UI with the PIN,
and a course created and then edited on the other node appears in the Courses page, and a
lesson open in the editor takes the other node's edit, without any click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import PIN as OTHER_PIN
from tests.sync.netutil import address, service, stop_all, wait_for
from tests.ui.uihelpers import PIN, page

from edunode.service.node import Node

pytestmark = [pytest.mark.gui, pytest.mark.net, pytest.mark.slow]


@pytest.fixture
def river(tmp_path: Path) -> Iterator[Node]:
    n = Node.init(
        tmp_path / "river", name="River PC", school_name="River School", admin_pin=OTHER_PIN
    )
    yield n
    n.close()


def names(table: Any) -> list[str]:
    return (
        [table.item(r, 0).text() for r in range(table.rowCount())] if not table.isHidden() else []
    )


def test_link_approved_in_the_window_then_courses_arrive_live(
    qtbot: Any, window: Any, ctx: Any, node: Node, river: Node
) -> None:
    mine = service(node)
    ctx.network = mine
    theirs = service(river)
    try:
        community = page(qtbot, window, "community")
        reply = theirs.link(address(mine))  # River PC asks to link with this PC
        assert reply["reply"] == "pending"
        qtbot.waitUntil(lambda: names(community.pending) == ["River PC"], timeout=10_000)
        assert community.pending.item(0, 2).text() == reply["code"]  # both screens agree

        community.pending.selectRow(0)
        community.approve_button.click()
        dialog = community.pin_dialog
        assert dialog.role.currentData() == "community"
        qtbot.keyClicks(dialog.pin, PIN)
        dialog.ok.click()
        qtbot.waitUntil(lambda: names(community.linked) == ["River PC"], timeout=10_000)
        river.approve(node.node_id, "community", OTHER_PIN)  # the other admin approves too
        wait_for(
            lambda: mine.connected(river.node_id) and theirs.connected(node.node_id),
            what="connection",
        )
        qtbot.waitUntil(lambda: community.linked.item(0, 3).text() == "● Online", timeout=15_000)

        courses = page(qtbot, window, "courses")
        course_id = river.create_course("Geometry", "Mathematics", "Grade 6", "en")
        lesson_id = river.add_lesson(course_id, "Shapes", "Triangles", "Three sides.")
        qtbot.waitUntil(
            lambda: courses.model.rowCount() == 1 and courses.model.row(0)["lessons"] == 1,
            timeout=15_000,
        )
        assert courses.model.data(courses.model.index(0, 4)) == "River School"  # the peer's school

        river.update_course(course_id, title="Geometry and Measures")
        qtbot.waitUntil(
            lambda: courses.model.row(0)["title"] == "Geometry and Measures", timeout=15_000
        )

        courses.open_course(course_id)
        editor = courses.editor
        qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 1)
        editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
        lesson = editor.lesson_editor
        qtbot.waitUntil(lambda: lesson.lesson_id == lesson_id and lesson.in_step)
        assert lesson.edit.isReadOnly()  # River School maintains it
        river.edit_lesson(lesson_id, body="Three sides, three angles.")
        qtbot.waitUntil(
            lambda: lesson.edit.toPlainText() == "Three sides, three angles.", timeout=15_000
        )
    finally:
        stop_all(theirs, mine)
        ctx.network = None


def test_concurrent_lesson_edit_over_the_network_keeps_the_cursor(
    qtbot: Any, window: Any, ctx: Any, node: Node, tmp_path: Path
) -> None:
    member = Node.init(tmp_path / "lab", name="Lab PC", school_name=None, admin_pin=OTHER_PIN)
    course_id = node.create_course("Reading")
    lesson_id = node.add_lesson(course_id, "Stories", "Setting", "The cat sat.")
    mine, theirs = service(node), service(member)
    ctx.network = mine
    try:
        theirs.link(address(mine))
        node.approve(member.node_id, "school", PIN)  # a PC of this school
        member.approve(node.node_id, "school", OTHER_PIN)
        wait_for(
            lambda: (
                member.school_id == node.school_id
                and member.docs.maybe(course_id) is not None
                and member.lesson_body(lesson_id) == "The cat sat."
            ),
            timeout=15,
            what="the member has the lesson",
        )

        courses = page(qtbot, window, "courses")
        courses.open_course(course_id)
        editor = courses.editor
        qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 1)
        editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
        lesson = editor.lesson_editor
        qtbot.waitUntil(lambda: lesson.lesson_id == lesson_id and lesson.in_step)
        cursor = lesson.edit.textCursor()
        cursor.setPosition(len("The cat"))
        lesson.edit.setTextCursor(cursor)
        qtbot.keyClicks(lesson.edit, " and the dog")
        member.edit_lesson(
            lesson_id, body="The cat sat on the mat."
        )  # at the same time, on the Lab PC

        merged = "The cat and the dog sat on the mat."
        qtbot.waitUntil(
            lambda: lesson.edit.toPlainText() == merged and lesson.in_step, timeout=15_000
        )
        assert lesson.edit.textCursor().position() == len("The cat and the dog")
        wait_for(
            lambda: (
                node.lesson_body(lesson_id) == merged and member.lesson_body(lesson_id) == merged
            ),
            timeout=15,
            what="both nodes end with the same text",
        )
    finally:
        stop_all(theirs, mine)
        ctx.network = None
        member.close()
