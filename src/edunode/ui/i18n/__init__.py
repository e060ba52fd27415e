"""Translations: Qt's own strings and EduNode's ``edunode_<locale>.qm`` files in this folder.

The app installs them at start (:func:`install_translations`); the Settings page lists what
:func:`available_languages` finds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).parent


def install_translations(
    app: QApplication, language: str = "", directory: Path = I18N_DIR
) -> list[QTranslator]:
    """Qt's own strings and EduNode's (``edunode_<locale>.qm`` in ``directory``), for
    ``language`` or the system locale. English, the source language, needs no file."""
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "edunode", "_", str(directory)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def available_languages() -> list[str]:
    """Language codes with an EduNode translation (English is the source language)."""
    return ["en"] + sorted(p.stem.split("_", 1)[1] for p in I18N_DIR.glob("edunode_*.qm"))
