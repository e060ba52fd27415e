"""Starting the desktop app: QApplication, translations, first-run wizard, main window,
the network service when available, and the ``--screenshot`` mode.

Translating: every visible string goes through ``self.tr`` (or
``QCoreApplication.translate``). To add a language, e.g. French::

    pyside6-lupdate $(find src/edunode/ui -name '*.py') -ts src/edunode/ui/i18n/edunode_fr.ts
    # translate the .ts with Qt Linguist (pyside6-linguist), then:
    pyside6-lrelease src/edunode/ui/i18n/edunode_fr.ts -qm src/edunode/ui/i18n/edunode_fr.qm

The app loads ``edunode_<locale>.qm`` for the language of ``edunode gui --lang``, or the one
chosen in Settings, or else the system's; the language appears in the Settings list by
itself. ``make translations`` compiles the ``.ts`` files; docs/TRANSLATING.md says more.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from edunode.config import Paths, resolve_home
from edunode.errors import EdunodeError, IdentityError
from edunode.explain import explain
from edunode.files import log as logfile
from edunode.ui.bridge import Bridge, describe
from edunode.ui.context import Context, settings_for
from edunode.ui.i18n import available_languages, has_translation, install_translations
from edunode.ui.showcase import VIEWS
from edunode.ui.style import apply_style

log = logging.getLogger(__name__)

SCREENSHOT_TIMEOUT_MS = 60_000
SCREENSHOT_SIZE = (1280, 800)


# ---------------------------------------------------------------------- application


def make_app(argv: list[str] | None = None, language: str = "") -> QApplication:
    """The QApplication, styled and translated (``language`` "" means the system's)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("EduNode")
    app.setOrganizationName("EduNode")
    app.setApplicationDisplayName("EduNode")
    install_translations(app, language)
    apply_style(app)
    return app


# ---------------------------------------------------------------------- opening a node


def open_node(home: Path, parent: QWidget | None = None) -> Any:
    """Open the Node in ``home``, asking for the key passphrase if it is protected."""
    from edunode.service.node import Node

    try:
        return Node(home)
    except IdentityError as exc:
        if not Paths(home).initialised():
            raise
        first_error = exc
    passphrase, ok = QInputDialog.getText(
        parent,
        QApplication.translate("App", "Unlock EduNode"),
        QApplication.translate("App", "This PC's key is protected. Passphrase:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        raise first_error
    return Node(home, passphrase=passphrase)


def start_network(node: Any, port: int | None = None) -> Any:
    """Start the network service on the connections chosen at setup or in Settings (worker
    side); None when the choice is no network, or that module is not installed.

    Raises what the service raises (a port in use, no network): the window shows it.
    """
    from edunode.service import interfaces

    chosen = interfaces.choice(node.store)
    if chosen == []:  # USB sticks only: no server, no discovery
        return None
    try:
        from edunode.service.network import NetworkService
    except ImportError:
        return None
    from edunode.service.vault import OffsiteBackups

    node.backups.offsite = OffsiteBackups(node).send_to_all  # Settings → Backup, off-site
    options: dict[str, Any] = {} if port is None else {"port": port}
    service = NetworkService(node, interfaces=chosen, **options)
    try:
        service.start()
    except BaseException:
        service.stop()
        raise
    return service


def stop_network(service: Any) -> None:
    for name in ("stop", "close"):
        fn = getattr(service, name, None)
        if callable(fn):
            try:
                fn()
            except Exception:
                log.exception("stopping the network service failed")
            return


# ---------------------------------------------------------------------- running


def run(
    home: str | os.PathLike[str] | None = None,
    *,
    screenshot: str | None = None,
    page: str | None = None,
    size: tuple[int, int] | None = None,
    network: bool = True,
    language: str | None = None,
) -> int:
    """Open the window (the wizard first on a new data folder). Returns the exit code.

    ``size`` (width, height) is the window's size for a screenshot (default 1280×800).
    ``language`` (``fr``, ``ar``, ``pt_BR``) is the window's language for this run, instead
    of the one chosen in Settings (or else the computer's); 2 if it has no translation."""
    home_path = resolve_home(home)
    if (
        screenshot
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and sys.platform.startswith("linux")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if language:
        code = language.replace("-", "_")
        if not has_translation(code):
            sys.stderr.write(
                f"edunode: no translation for the language '{language}'. "
                f"Languages: {', '.join(available_languages())}.\n"
            )
            return 2
        language = code
    elif Paths(home_path).initialised() or (home_path / "desktop.ini").exists():
        language = str(settings_for(home_path).value("language", "") or "")
    app = make_app(language=language or "")
    _log_to(home_path)

    joining = False
    if not Paths(home_path).initialised():
        from edunode.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(home_path)
        if screenshot:
            return _screenshot_widget(app, wizard, screenshot)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.node is None:
            wizard.shutdown()
            logfile.stop(home_path)
            return 0
        node = wizard.node
        joining = wizard.school_page.school_name() is None
        wizard.shutdown()
    else:
        try:
            node = open_node(home_path)
        except EdunodeError as exc:
            if screenshot:
                sys.stderr.write(f"edunode: {explain(exc)}\n")
                logfile.stop(home_path)
                return 2
            QMessageBox.critical(None, "EduNode", describe(exc))
            logfile.stop(home_path)
            return 2

    bridge = Bridge(node)
    ctx = Context(node=node, bridge=bridge, settings=settings_for(home_path), home=home_path)
    from edunode.ui.main_window import MainWindow

    window = MainWindow(ctx, remember=not screenshot)
    _show_unexpected_errors(window)
    started: dict[str, Any] = {}  # the service, even if the window closes while it starts

    def start() -> Any:
        started["service"] = start_network(node)
        return started["service"]

    if network and not screenshot:
        window.set_network_note(QApplication.translate("App", "Starting the network…"))
        bridge.run(start, on_ok=window.network_started, on_error=window.network_failed)
    try:
        if screenshot:
            window.resize(*(size or SCREENSHOT_SIZE))
            view_ready = {"done": True}
            if page in VIEWS:
                from edunode.ui.showcase import open_view

                view_ready["done"] = False
                open_view(window, page, lambda: view_ready.update(done=True))
            elif page:
                window.show_page(page)
            window.show()
            return _screenshot_when_loaded(app, window, screenshot, lambda: view_ready["done"])
        if joining:  # next step: ask a PC of the school to link
            window.show_page("community")
        window.show()
        return int(app.exec())
    finally:
        window.hide()
        window.shutdown()
        bridge.shutdown()  # waits for a network start still in progress
        if started.get("service") is not None:
            stop_network(started["service"])
        node.close()
        logfile.stop(home_path)


def _log_to(home: Path) -> None:
    """Details of unexpected errors go to ``edunode.log`` in the data folder, from the first
    run on (the folder is made now if the wizard is to come)."""
    try:
        logfile.start(home)
    except OSError as exc:  # a data folder we can't write: the window says so later
        sys.stderr.write(f"edunode: no log file: {explain(exc)}\n")


def _show_unexpected_errors(window: Any) -> None:
    """A bug in a slot is logged and told in one sentence, never shown as a traceback."""
    previous = sys.excepthook

    def hook(kind: Any, exc: BaseException, tb: Any) -> None:
        if not isinstance(exc, Exception):
            previous(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        with contextlib.suppress(RuntimeError):  # the window may be gone
            window.show_error(describe(exc))

    sys.excepthook = hook


def _save(widget: QWidget, path: str) -> bool:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return bool(widget.grab().save(path, "PNG"))


def _screenshot_widget(app: QApplication, widget: QWidget, path: str) -> int:
    widget.show()
    result = {"code": 1}

    def shoot() -> None:
        result["code"] = 0 if _save(widget, path) else 1
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()
    return result["code"]


def _screenshot_when_loaded(app: QApplication, window: Any, path: str, extra: Any = None) -> int:
    """Save a PNG once the current page has loaded its data and the worker is idle."""
    result = {"code": 1}

    def ready() -> bool:
        page = window.current_page()
        return (
            page is not None
            and page.is_loaded
            and not window.ctx.bridge.busy
            and (extra is None or bool(extra()))
        )

    def poll() -> None:
        if ready():
            timer.stop()
            QTimer.singleShot(200, shoot)  # let layouts and charts settle, then paint

    def shoot() -> None:
        if not ready():  # something reloaded meanwhile
            timer.start()
            return
        result["code"] = 0 if _save(window, path) else 1
        if result["code"]:
            sys.stderr.write(f"edunode: could not write {path}\n")
        app.quit()

    def give_up() -> None:
        sys.stderr.write("edunode: the page did not finish loading in time\n")
        app.quit()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, give_up)
    app.exec()
    return result["code"]
