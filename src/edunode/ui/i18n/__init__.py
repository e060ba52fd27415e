"""Translations: Qt's own strings and EduNode's ``edunode_<locale>.qm`` files in this folder.

The app installs them at start (:func:`install_translations`); the Settings page lists what
:func:`available_languages` finds.

Counts are translated with Qt's plural forms: ``self.tr("%n courses", "", n)``, so that each
language's ``.qm`` says "1 cours", "2 cours" or whatever its grammar needs. English is the
source language and has no ``.qm``; :class:`EnglishPlurals` gives it its singular ("1 course")
from :data:`ENGLISH_ONE`, which lists the singular of every ``%n`` source text (a test checks
that none is missing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).parent

# The English singular of each source text with a count (%n); the source itself is the plural.
ENGLISH_ONE = {
    "%n courses": "%n course",
    "%n lessons changed in the original course": "%n lesson changed in the original course",
    "%n schools": "%n school",
    "(%n days ago)": "(%n day ago)",
    "This school's records are only on this PC and have not been backed up for %n days. If "
    "the PC breaks, they are lost.": (
        "This school's records are only on this PC and have not been backed up for %n day. "
        "If the PC breaks, they are lost."
    ),
    "%n+ courses": "%n+ course",
    "%n learners": "%n learner",
    "%n+ matching learners": "%n+ matching learner",
    "%n matching learners": "%n matching learner",
    "Showing {n} of %n learners": "Showing {n} of %n learner",
    "Register saved for {day}: %n learners.": "Register saved for {day}: %n learner.",
    "{course}: %n results": "{course}: %n result",
    "%n entries": "%n entry",
    "{shown} of %n entries": "{shown} of %n entry",
    "Present {present} of %n recorded days ({rate})": (
        "Present {present} of %n recorded day ({rate})"
    ),
    "{done} of %n lessons done · {time} spent": "{done} of %n lesson done · {time} spent",
    "Imported %n new changes from {name}.": "Imported %n new change from {name}.",
    "{file}: %n rows have a problem (in red).": "{file}: %n row has a problem (in red).",
    "{file}: %n learners to add. Check them, then press Import.": (
        "{file}: %n learner to add. Check them, then press Import."
    ),
    "Enrol the %n selected learners in:": "Enrol the %n selected learner in:",
    "%n learners enrolled in {course}.": "%n learner enrolled in {course}.",
    "%n were already enrolled.": "%n was already enrolled.",
    "%n learners added and enrolled in {course}.": "%n learner added and enrolled in {course}.",
    "%n learners added.": "%n learner added.",
    "{name} sent %n changes": "{name} sent %n change",
    "{title}: {parts} (%n changes)": "{title}: {parts} (%n change)",
    "%n link requests were dropped: too many were waiting, or newer ones from the same "
    "address replaced them (last: {when}). If a PC you expect is not listed, ask it to send "
    "its request again.": (
        "%n link request was dropped: too many were waiting, or a newer one from the same "
        "address replaced it (last: {when}). If a PC you expect is not listed, ask it to send "
        "its request again."
    ),
}


class EnglishPlurals(QTranslator):
    """The source language's singular forms; installed only while no EduNode translation is
    (English is then what the window speaks)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # type: ignore[override]
        if n == 1:
            return ENGLISH_ONE.get(source)
        return None

    def isEmpty(self) -> bool:
        return False


def _english_plurals(app: QCoreApplication) -> EnglishPlurals | None:
    return next((c for c in app.children() if isinstance(c, EnglishPlurals)), None)


def install_english_plurals(app: QCoreApplication) -> QTranslator:
    """Install :class:`EnglishPlurals` in ``app``, once (make_app does; tests may)."""
    translator = _english_plurals(app) or EnglishPlurals(app)
    app.removeTranslator(translator)  # no-op if it was not installed
    app.installTranslator(translator)
    return translator


TRANSLATOR = "edunode-translator"  # the object name of the translators installed below


def install_translations(
    app: QApplication, language: str = "", directory: Path = I18N_DIR
) -> list[QTranslator]:
    """Qt's own strings and EduNode's (``edunode_<locale>.qm`` in ``directory``), for
    ``language`` or the system locale. English, the source language, needs no file.

    The language also becomes the default ``QLocale`` (dates, numbers, the first day of the
    week: see :mod:`edunode.ui.formatting`), and a right-to-left language with a translation
    (Arabic) lays the window out right to left. Calling it again replaces the translators
    installed by the last call, so that a test can switch languages."""
    for old in app.findChildren(QTranslator, TRANSLATOR):
        app.removeTranslator(old)
        old.setObjectName("")
        old.deleteLater()
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    qt = QTranslator(app)
    qt.setObjectName(TRANSLATOR)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    ours.setObjectName(TRANSLATOR)
    translated = ours.load(locale, "edunode", "_", str(directory))
    if translated:
        app.installTranslator(ours)
        installed.append(ours)
        english = _english_plurals(app)
        if english is not None:
            app.removeTranslator(english)
    else:
        install_english_plurals(app)
    QLocale.setDefault(locale)
    rtl = translated and locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return installed


def has_translation(language: str, directory: Path = I18N_DIR) -> bool:
    """Whether ``language`` (``fr``, ``pt_BR``, ``ar``) is English or has a compiled
    translation that Qt would load for it."""
    locale = QLocale(language)
    if locale.language() == QLocale.Language.English:
        return True
    return QTranslator().load(locale, "edunode", "_", str(directory))


def language_label(code: str) -> str:
    """A language in its own words: "English", "Français", "Kiswahili"; with the country
    when the code names one: "English (United Kingdom)", "Português (Brasil)".

    Qt's ``nativeLanguageName`` names a regional variety ("American English" for ``en``),
    so the language's name is taken from the language alone. "" for no language."""
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ""  # no language (the "C" locale of a bare system)
    bare = QLocale(locale.language())
    name = (
        QLocale.languageToString(locale.language())
        if locale.language() == QLocale.Language.English
        else bare.nativeLanguageName() or QLocale.languageToString(locale.language())
    )
    name = name[:1].upper() + name[1:]
    if "_" in code.replace("-", "_"):
        territory = locale.nativeTerritoryName() or QLocale.territoryToString(locale.territory())
        return f"{name} ({territory})"
    return name


def available_languages() -> list[str]:
    """Language codes with an EduNode translation (English is the source language)."""
    return ["en"] + sorted(p.stem.split("_", 1)[1] for p in I18N_DIR.glob("edunode_*.qm"))
