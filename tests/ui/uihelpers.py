"""Helpers for the GUI tests (import as ``from tests.ui.uihelpers import ...``)."""

from __future__ import annotations

from typing import Any

PIN = "246810"


def page(qtbot: Any, window: Any, name: str) -> Any:
    """Show a page and wait until its data has loaded."""
    window.show_page(name)
    p = window.pages[name]
    qtbot.waitUntil(lambda: p.is_loaded, timeout=10_000)
    return p


def idle(qtbot: Any, bridge: Any) -> None:
    qtbot.waitUntil(lambda: not bridge.busy, timeout=10_000)


def names(table: Any) -> list[str]:
    """The first column of a Community table, or nothing while the table is hidden."""
    return (
        [table.item(r, 0).text() for r in range(table.rowCount())]
        if table.isVisibleTo(table.parent())
        else []
    )


def submit(qtbot: Any, dialog: Any, pin: str) -> None:
    """Type ``pin`` into a PIN dialog and press OK."""
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    dialog.ok.click()


def shown(qtbot: Any, owner: Any, attr: str, before: Any = None) -> Any:
    """Wait until ``owner.<attr>`` is a visible window other than ``before`` (a page opens a
    new PIN dialog or summary box per action); return it."""

    def ready() -> bool:
        widget = getattr(owner, attr)
        return widget is not None and widget is not before and widget.isVisible()

    qtbot.waitUntil(ready)
    return getattr(owner, attr)


def new_pin_dialog(qtbot: Any, owner: Any, before: Any = None) -> Any:
    return shown(qtbot, owner, "pin_dialog", before)
