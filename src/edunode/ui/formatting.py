"""Dates, times and numbers as the window's language writes them, shared by pages.

They follow ``QLocale()``, the default locale that :func:`edunode.ui.i18n.install_translations`
sets to the chosen language: "14/03/2026 09:30" in French, "3/14/2026 9:30 AM" in English,
"14‏/3‏/2026" in Arabic. A computer with no language set (the "C" locale) gets ISO dates.
The Node keeps ISO dates (``2026-03-14``); only what is shown changes.

Digits are always 0–9, also in Arabic (whose Qt locale would write ٠–٩): the counts inside
translated sentences ("%n", "{done} of {total}") are written 0–9 by Qt and Python, and one
sentence with two kinds of digits reads worse than the 0–9 that Arabic is written with across
North and West Africa (docs/decisions/0012-l-six-languages.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from edunode.ui.widgets.forms import date_format

_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _digits(text: str) -> str:
    return text.translate(_WESTERN)


def _time_format(locale: QLocale, seconds: bool = False) -> str:
    if locale.language() == QLocale.Language.C:
        return "HH:mm:ss" if seconds else "HH:mm"
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    return fmt


def when(timestamp: float | None, never: str) -> str:
    """A time of day for today, a date and time otherwise, ``never`` for nothing."""
    if not timestamp:
        return never
    locale = QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    if moment.date() == QDate.currentDate():
        return _digits(locale.toString(moment.time(), _time_format(locale)))
    return _digits(locale.toString(moment, f"{date_format(locale)} {_time_format(locale)}"))


def moment(timestamp: float) -> str:
    """A date and time to the second (the activity log)."""
    locale = QLocale()
    return _digits(
        locale.toString(
            QDateTime.fromSecsSinceEpoch(int(timestamp)),
            f"{date_format(locale)} {_time_format(locale, seconds=True)}",
        )
    )


def day(iso: str | None) -> str:
    """A date the Node stores as ``2026-03-14``, in the language's short form (the text
    unchanged if it is not such a date)."""
    if not iso:
        return ""
    parsed = QDate.fromString(str(iso)[:10], Qt.DateFormat.ISODate)
    if not parsed.isValid():
        return str(iso)
    locale = QLocale()
    return _digits(locale.toString(parsed, date_format(locale)))


def number(value: float, decimals: int = 0) -> str:
    """``1234.5`` → "1,234.5", "1 234,5", "1٬234٫5" as the language writes it."""
    locale = QLocale()
    if decimals == 0:
        return _digits(locale.toString(round(value)))
    return _digits(locale.toString(float(value), "f", decimals))


def percent(value: float | None, decimals: int = 0) -> str:
    """A fraction as a percentage, "—" for none: "45%", "45 %" (French), "45٪"
    (``decimals``: "45.5%")."""
    if value is None:
        return "—"
    locale = QLocale()
    gap = "\u202f" if locale.language() == QLocale.Language.French else ""
    return f"{number(value * 100, decimals)}{gap}{locale.percent()}"


def duration(minutes: int) -> str:
    """Time spent, in the window's language: "1 h 05 min", "45 min", "2 h"."""
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        text = QCoreApplication.translate("Formatting", "{hours} h {minutes} min")
        return text.format(hours=hours, minutes=f"{mins:02d}")
    if hours:
        return QCoreApplication.translate("Formatting", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("Formatting", "{minutes} min").format(minutes=mins)
