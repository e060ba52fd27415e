"""Forms that validate as the user types.

A :class:`LiveForm` watches some input widgets, runs a check function on every change and
explains each problem in plain words under the form (only for fields the person has
touched, so an empty new form is not shouting). The Save button stays disabled while
anything is invalid, so nothing invalid is ever sent to the Node.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

Problems = Sequence[tuple[QWidget, str]]
# A check's answer for input that is not valid yet but may become so as the person goes on
# typing (e.g. a language name half typed): the button stays disabled, nothing is said.
PENDING = "\u2026pending"


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class _EnterSubmits(QObject):
    """Enter or Return in a field of the form clicks its button (when it is enabled)."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        self.button = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            popup = (
                watched.completer().popup()
                if isinstance(watched, QLineEdit) and watched.completer()
                else None
            )
            if popup is not None and popup.isVisible():
                return False  # Enter picks the completion first
            if self.button.isEnabled() and self.button.isVisible():
                self.button.click()
            return True
        return False


def submit_on_enter(button: QAbstractButton, *fields: QWidget) -> None:
    """Make Enter in any of ``fields`` submit the form, as in a dialog. (Pages are not
    dialogs, so Qt has no default button there.) Multi-line text keeps Enter for new lines."""
    handler = _EnterSubmits(button)
    for field in fields:
        if isinstance(field, QPlainTextEdit):
            continue
        field.installEventFilter(handler)
        inner = field.lineEdit() if isinstance(field, (QComboBox, QAbstractSpinBox)) else None
        if inner is not None:
            inner.installEventFilter(handler)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, with the year in full (``14/03/2026``, ``3/14/2026``,
    ``2026-03-14``): a two-digit year is ambiguous in school records. A computer with no
    language set (the "C" locale) gets the ISO form."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_field(name: str, today: QDate | None = None) -> QDateEdit:
    """A date with a calendar to pick it from, today by default, in the user's date format;
    from 1900 to a year ahead (the Node's own limits)."""
    now = today or QDate.currentDate()
    field = QDateEdit(now)
    field.setCalendarPopup(True)
    field.setDisplayFormat(date_format())
    field.setMinimumDate(QDate(1900, 1, 1))
    field.setMaximumDate(now.addDays(366))
    field.setAccessibleName(name)
    field.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
    return field


def iso(field: QDateEdit) -> str:
    """The field's date as the Node stores it (``2026-03-14``)."""
    return str(field.date().toString(Qt.DateFormat.ISODate))


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class LiveForm(QObject):
    def __init__(
        self,
        button: QAbstractButton,
        message: QLabel,
        check: Callable[[], Problems],
        parent: QObject | None = None,
        *,
        ready: Callable[[], bool] | None = None,
    ) -> None:
        """``ready`` (optional) says whether there is anything to save (e.g. a change)."""
        super().__init__(parent)
        self.ready = ready
        self.button = button
        self.message = message
        self.check = check
        self._watched: list[QWidget] = []
        self._touched: set[int] = set()
        self._show_all = False
        self._enabled = True
        self._valid = False

    def watch(self, *widgets: QWidget) -> LiveForm:
        for w in widgets:
            self._watched.append(w)

            def touched(*_: object, w: QWidget = w) -> None:
                self._touched.add(id(w))
                self.recheck()

            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(touched)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(touched)
                if w.isEditable():
                    w.editTextChanged.connect(touched)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(touched)
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                w.valueChanged.connect(touched)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(touched)
            elif isinstance(w, QAbstractSpinBox):
                w.editingFinished.connect(touched)
        self.recheck()
        return self

    def recheck(self) -> bool:
        problems = [(w, msg) for w, msg in self.check() if msg]
        shown = [
            (w, msg)
            for w, msg in problems
            if msg != PENDING and (self._show_all or id(w) in self._touched)
        ]
        bad = {id(w) for w, _ in shown}
        for w in self._watched:
            invalid = id(w) in bad
            if bool(w.property("invalid")) != invalid:
                w.setProperty("invalid", invalid)
                _repolish(w)
            w.setToolTip(next((m for x, m in shown if x is w), ""))
        messages = list(dict.fromkeys(msg for _, msg in shown))
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))
        self._valid = not problems
        self.button.setEnabled(
            self._valid and self._enabled and (self.ready is None or self.ready())
        )
        return self._valid

    @property
    def valid(self) -> bool:
        return self._valid

    def reset(self) -> None:
        """A fresh form: forget what was touched."""
        self._touched.clear()
        self._show_all = False
        self.recheck()

    def reveal(self) -> None:
        """Show every problem, touched or not."""
        self._show_all = True
        self.recheck()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.recheck()
