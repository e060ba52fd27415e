"""Help › About (the sidebar's button, F1): version and node ID shown; Esc closes it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from edunode import __version__

pytestmark = pytest.mark.gui


def test_about_shows_version_and_node_id_and_closes_on_escape(qtbot: Any, window: Any) -> None:
    window.about_button.click()
    qtbot.waitUntil(lambda: window.about_dialog is not None and window.about_dialog.isVisible())
    dialog = window.about_dialog
    assert dialog.version.text() == __version__
    assert dialog.node_id.text() == window.ctx.node.node_id
    assert dialog.folder.text() == str(window.ctx.home)
    names = [dialog.libraries.item(r, 0).text() for r in range(dialog.libraries.rowCount())]
    assert {"PySide6", "automerge"} <= set(names)
    licences = [dialog.libraries.item(r, 2).text() for r in range(dialog.libraries.rowCount())]
    assert "?" not in licences
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
