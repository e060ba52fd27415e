"""For screenshots: a page with its first item opened (``--page course|learner|register``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

VIEWS = {"course": "courses", "learner": "learners", "register": "learners"}


def open_view(window: Any, view: str, done: Callable[[], None]) -> None:
    """Show ``view`` once its page has loaded, then call ``done`` when it is filled in."""
    page = window.pages[VIEWS[view]]

    def go() -> None:
        if page.model.rowCount() == 0:
            done()
            return
        if view == "course":
            editor = page.editor

            def course_loaded() -> None:
                editor.loaded.disconnect(course_loaded)
                first = editor.tree.topLevelItem(0)
                if first is None or first.childCount() == 0:
                    done()
                    return
                editor.lesson_editor.synced.connect(done)
                editor.tree.setCurrentItem(first.child(0))

            editor.loaded.connect(course_loaded)
            page.open_course(page.model.row(0)["id"])
        elif view == "learner":
            detail = page.detail

            def learner_loaded() -> None:
                detail.loaded.disconnect(learner_loaded)
                detail.tabs.setCurrentWidget(detail.pathway)
                pathway = detail.pathway
                for i in range(pathway.course.count()):  # a course under way shows the most
                    pathway.course.setCurrentIndex(i)
                    if "▶" in "".join(_states(pathway.tree)):
                        break
                done()

            model = page.model
            rows = range(model.rowCount())
            busy = next((i for i in rows if (model.row(i).get("enrolments") or 0) >= 2), 0)
            detail.loaded.connect(learner_loaded)
            page.open_learner(model.row(busy)["id"])
        else:
            page.register.loaded.connect(done)
            page.take_register()

    if page.is_loaded:
        go()
    else:
        page.loaded.connect(go)
    window.show_page(VIEWS[view])


def _states(tree: Any) -> list[str]:
    return [
        tree.topLevelItem(m).child(c).text(1)
        for m in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(m).childCount())
    ]
