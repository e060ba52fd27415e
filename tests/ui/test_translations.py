"""The six languages: every string of the window is in every ``.ts`` file and translated,
the compiled translation loads and the window then speaks it (Arabic right to left), dates,
numbers and plurals follow the language.

``pyside6-lupdate`` is run on the sources, as a translator's ``make translations-update``
would, and its strings are compared with the committed ``.ts`` files: a new ``self.tr()``
string fails here until it is translated in every language.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from edunode.ui.i18n import I18N_DIR, install_english_plurals, install_translations

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "edunode" / "ui"
LANGUAGES = ["fr", "es", "pt", "sw", "ar"]
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}")
MNEMONIC = re.compile(r"&(?!&)")


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is missing: PySide6 ships it in {BIN}")
    return str(path)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            found[(name, m.findtext("source") or "")] = m
    return found


@pytest.fixture(scope="module")
def lupdate(tmp_path_factory: Any) -> dict[str, dict[tuple[str, str], ET.Element]]:
    """What lupdate finds in the sources today, per language (with that language's number of
    plural forms), into a temporary .ts: never the committed files."""
    out = tmp_path_factory.mktemp("lupdate")
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    found = {}
    for lang in LANGUAGES:
        ts = out / f"edunode_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-target-language", lang, "-locations", "none"]
            + ["-ts", str(ts)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        found[lang] = messages(ts)
    return found


REPORTS: dict[str, str] = {}  # lrelease's summary per language


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: Any) -> Path:
    """The committed .ts files compiled by lrelease, as `make translations` does."""
    out = tmp_path_factory.mktemp("qm")
    for lang in LANGUAGES:
        done = subprocess.run(
            [tool("pyside6-lrelease"), str(I18N_DIR / f"edunode_{lang}.ts")]
            + ["-qm", str(out / f"edunode_{lang}.qm")],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        REPORTS[lang] = done.stdout
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lrelease_compiles_every_string(lang: str, compiled: Path) -> None:
    assert re.search(r"\((\d+) finished and 0 unfinished\)", REPORTS[lang]), REPORTS[lang]


def test_the_six_languages_are_in_the_repository() -> None:
    assert sorted(p.stem for p in I18N_DIR.glob("edunode_*.ts")) == sorted(
        f"edunode_{lang}" for lang in LANGUAGES
    )


def test_lupdate_sees_every_string_under_its_class() -> None:
    """A context Qt never looks up ("", a variable's name such as ``parent``) would leave
    its strings in English whatever the .ts says."""
    contexts = {c for c, _ in messages(I18N_DIR / "edunode_fr.ts")}
    assert all(re.fullmatch(r"[A-Z][A-Za-z0-9]*", c) for c in contexts), sorted(contexts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_the_sources_is_in_the_ts_file(lang: str, lupdate: Any) -> None:
    committed = messages(I18N_DIR / f"edunode_{lang}.ts")
    missing = sorted(set(lupdate[lang]) - set(committed))
    gone = sorted(set(committed) - set(lupdate[lang]))
    assert not missing, f"not in edunode_{lang}.ts (run `make translations-update`): {missing}"
    assert not gone, f"edunode_{lang}.ts has strings the sources no longer use: {gone}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated_whole(lang: str, lupdate: Any) -> None:
    problems = []
    for (context, source), m in messages(I18N_DIR / f"edunode_{lang}.ts").items():
        where = f"{context}: {source!r}"
        translation = m.find("translation")
        assert translation is not None, where
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        numerus = m.get("numerus") == "yes"
        if numerus:
            forms = [f.text or "" for f in translation.iter("numerusform")]
            expected = len(list(lupdate[lang][(context, source)].iter("numerusform")))
            if len(forms) != expected or not all(f.strip() for f in forms):
                problems.append(f"{where}: {len(forms)} plural forms, {expected} needed")
                continue
            if not re.search(r"%L?n", forms[-1]):
                problems.append(f"{where}: the count %n is missing from the plural")
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"{where} is empty")
                continue
        for text in forms:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"{where}: the & of the keyboard shortcut is lost in {text!r}")
            if text[:1].isspace() != source[:1].isspace():
                problems.append(f"{where}: the leading space is lost in {text!r}")
            if not numerus and re.search(r"%L?n", text):
                problems.append(f"{where}: %n in a text without a count")
    assert not problems, "\n".join(problems)


def visible_texts(root: QWidget) -> set[str]:
    texts = set()
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        if isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.add(w.title())
        if isinstance(w, QTabWidget):
            texts.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            texts.update(w.item(i).text() for i in range(w.count()))
        texts.add(w.toolTip())
        texts.add(w.accessibleName())
    return {t for t in texts if t}


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    yield application
    install_translations(application, "C")  # back to the source language
    QLocale.setDefault(QLocale.system())
    install_english_plurals(application)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_window_speaks_the_language(
    lang: str, compiled: Path, app: QApplication, qtbot: Any, ctx: Any
) -> None:
    from edunode.ui.main_window import MainWindow

    english = {}  # each source whose translation differs from it
    for (_context, source), m in messages(I18N_DIR / f"edunode_{lang}.ts").items():
        forms = [f.text for f in m.iter("numerusform")] or [m.findtext("translation")]
        if source not in forms:
            english[source] = forms[0]
    installed = install_translations(app, lang, compiled)
    assert len(installed) >= 1, f"edunode_{lang}.qm did not load"
    assert QLocale().language() == QLocale(lang).language()
    rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert app.layoutDirection() == rtl
    w = MainWindow(ctx, remember=False)
    qtbot.addWidget(w)
    assert w.layoutDirection() == rtl
    try:
        seen = set()
        for name in w.pages:  # every page, so that each builds its widgets
            w.show_page(name)
            seen |= visible_texts(w)
        still_english = sorted(t for t in seen if t in english)
        assert not still_english, f"shown in English in {lang}: {still_english}"
    finally:
        w.shutdown()
        qtbot.waitUntil(lambda: not ctx.bridge.busy, timeout=10_000)


# One count per plural form of the language: the forms must all differ where the grammar does.
PLURALS = {
    "fr": ({1: "%n apprenant", 2: "%n apprenants"}),
    "es": ({1: "%n estudiante", 2: "%n estudiantes"}),
    "pt": ({1: "%n aluno", 2: "%n alunos"}),
    "sw": ({1: "mwanafunzi %n", 2: "wanafunzi %n"}),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counts_dates_and_numbers_follow_the_language(
    lang: str, compiled: Path, app: QApplication
) -> None:
    from edunode.ui import formatting
    from edunode.ui.widgets.forms import date_format

    install_translations(app, lang, compiled)

    def learners(n: int) -> str:
        return QCoreApplication.translate("RegisterView", "%n learners", "", n)

    if lang == "ar":  # six forms: 0, 1, 2, 3–10, 11–99, 100…
        forms = {learners(n).replace(str(n), "#") for n in (0, 1, 2, 5, 11, 100)}
        assert len(forms) == 6, forms
    else:
        for n, text in PLURALS[lang].items():
            assert learners(n) == text.replace("%n", str(n))
    day = formatting.day("2026-03-14")
    locale = QLocale(lang)
    written = locale.toString(QDate(2026, 3, 14), date_format(locale))
    assert day == written.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    assert day != "2026-03-14" and "2026" in day and "14" in day
    if lang == "ar":  # the Arabic locale's separators and signs, digits 0–9 as in %n
        assert written != day and formatting.percent(0.5).startswith("50٪")
        assert formatting.number(1234.5, 1) == "1٬234٫5"
    if lang in ("fr", "es", "pt"):
        assert day.startswith("14") and formatting.number(1234.5, 1).endswith(",5")


def test_gui_lang_rejects_a_language_without_translation(tmp_path: Path) -> None:
    from edunode.cli import main

    assert main(["gui", "--home", str(tmp_path / "home"), "--lang", "de"]) == 2
    assert main(["gui", "--home", str(tmp_path / "home"), "--lang", "not a code"]) == 2


def test_gui_screenshot_in_arabic_is_laid_out_right_to_left(tmp_path: Path) -> None:
    """``edunode gui --screenshot --lang ar``, a real process: the page list, which is on
    the left in English, is on the right (the .qm files come from `make translations`)."""
    from PySide6.QtGui import QImage

    from edunode.service.node import Node

    assert (I18N_DIR / "edunode_ar.qm").exists(), "run `make translations` first"
    Node.init(tmp_path / "home", name="Library PC", school_name="Hill School").close()
    shots = {}
    for lang in ("en", "ar"):
        shots[lang] = tmp_path / f"{lang}.png"
        done = subprocess.run(
            [sys.executable, "-c", "import sys; from edunode.cli import main; sys.exit(main())"]
            + ["gui", "--home", str(tmp_path / "home"), "--screenshot", str(shots[lang])]
            + ["--page", "settings", "--size", "800x600", "--lang", lang, "--no-network"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr
    en, ar = QImage(str(shots["en"])), QImage(str(shots["ar"]))
    assert en.width() == ar.width() == 800

    def dark(image: QImage, x: int) -> bool:
        return image.pixelColor(x, 300).lightness() < 100  # the navigation's dark blue

    assert dark(en, 40) and not dark(en, 760)
    assert dark(ar, 760) and not dark(ar, 40)
