"""Translation-ready: a compiled translation changes what the window says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from edunode.ui import validation

pytestmark = pytest.mark.gui

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>CoursesPage</name>
  <message><source>Courses</source><translation>Cours</translation></message>
  <message><source>&amp;New course…</source><translation>&amp;Nouveau cours…</translation></message>
</context>
<context><name>LearnersPage</name>
  <message><source>Learners</source><translation>Apprenants</translation></message>
</context>
<context><name>Validation</name>
  <message>
    <source>Please enter the {what}.</source><translation>Veuillez indiquer : {what}.</translation>
  </message>
</context>
</TS>
"""


def test_french_translation_is_used(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from edunode.ui.i18n import (
        available_languages,
        install_english_plurals,
        install_translations,
    )
    from edunode.ui.main_window import MainWindow

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "edunode_fr.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(tmp_path / "edunode_fr.ts"), "-qm", str(tmp_path / "edunode_fr.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    app = QApplication.instance()
    installed = install_translations(app, "fr", tmp_path)
    try:
        assert installed, "the French translation did not load"
        w = MainWindow(ctx, remember=False)
        qtbot.addWidget(w)
        assert [w.nav.item(i).text() for i in range(2)] == ["Cours", "Apprenants"]
        assert w.pages["courses"].new_button.text() == "&Nouveau cours…"
        assert w.pages["settings"].title() == "Settings"  # untranslated strings stay English
        assert validation.text("", "nom", required=True) == "Veuillez indiquer : nom."
        w.shutdown()
        qtbot.waitUntil(lambda: not ctx.bridge.busy)
    finally:
        install_translations(app, "C")  # back to the source language and the default locale
        QLocale.setDefault(QLocale.system())
        install_english_plurals(app)
    assert "en" in available_languages()
