"""Live checks for the forms, as the user types.

Each function returns "" when the input is fine, or a sentence saying what is wrong in
plain words. ``what`` arguments are passed already translated.
They mirror the Node's own rules (which check again on save, so nothing
invalid is ever stored even if a rule here drifts); their job is to explain early.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(source: str, **values: object) -> str:
    """``source`` translated and filled in. Each call site marks its text with
    ``QT_TRANSLATE_NOOP("Validation", ...)`` so that pyside6-lupdate finds it."""
    return QCoreApplication.translate("Validation", source).format(**values)


_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def text(value: str, what: str, *, required: bool = False, limit: int = 200) -> str:
    cleaned = value.strip()
    if required and not cleaned:
        return _tr(QT_TRANSLATE_NOOP("Validation", "Please enter the {what}."), what=what)
    if len(cleaned) > limit:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "The {what} is too long: {count} characters, at most {limit}."
            ),
            what=what,
            count=len(cleaned),
            limit=limit,
        )
    if any(ord(ch) < 32 and ch != "\t" for ch in cleaned):
        return _tr(
            QT_TRANSLATE_NOOP("Validation", "The {what} must be one line of text."), what=what
        )
    return ""


def birth_year(value: str, *, today: dt.date | None = None) -> str:
    cleaned = value.strip()
    if not cleaned:
        return ""
    this_year = (today or dt.date.today()).year
    if not cleaned.isdigit():
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "The birth year is a year written with digits, such as {example}."
            ),
            example=this_year - 10,
        )
    if not 1900 <= int(cleaned) <= this_year:
        return _tr(
            QT_TRANSLATE_NOOP("Validation", "The birth year must be between 1900 and {this_year}."),
            this_year=this_year,
        )
    return ""


def language(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not _LANG.match(cleaned):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation",
                "'{value}' is not a language code. Use a short code such as en, fr, sw or pt-BR.",
            ),
            value=cleaned,
        )
    return ""


def number(value: str) -> float | None:
    try:
        parsed = float(value.strip().replace(",", "."))
    except ValueError:
        return None
    return parsed if parsed == parsed and parsed not in (float("inf"), float("-inf")) else None


def score(score_text: str, max_text: str) -> str:
    s, m = number(score_text), number(max_text)
    if not score_text.strip():
        return _tr(QT_TRANSLATE_NOOP("Validation", "Please enter the score."))
    if s is None:
        return _tr(
            QT_TRANSLATE_NOOP("Validation", "The score '{value}' is not a number."),
            value=score_text.strip(),
        )
    if not max_text.strip():
        return _tr(QT_TRANSLATE_NOOP("Validation", "Please enter the maximum score."))
    if m is None:
        return _tr(
            QT_TRANSLATE_NOOP("Validation", "The maximum score '{value}' is not a number."),
            value=max_text.strip(),
        )
    if m <= 0:
        return _tr(QT_TRANSLATE_NOOP("Validation", "The maximum score must be greater than 0."))
    if s < 0:
        return _tr(QT_TRANSLATE_NOOP("Validation", "The score cannot be negative."))
    if s > m:
        return _tr(
            QT_TRANSLATE_NOOP("Validation", "The score {s:g} is higher than the maximum {m:g}."),
            s=s,
            m=m,
        )
    return ""


def date(value: str, *, today: dt.date | None = None) -> str:
    cleaned = value.strip()
    if not cleaned:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "Please enter a date (year-month-day, e.g. 2026-03-14)."
            )
        )
    try:
        parsed = dt.date.fromisoformat(cleaned)
    except ValueError:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation",
                "'{value}' is not a date. Write it as year-month-day, e.g. 2026-03-14.",
            ),
            value=cleaned,
        )
    now = today or dt.date.today()
    if parsed.year < 1900 or parsed > now + dt.timedelta(days=366):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "The date {value} is too far in the past or the future."
            ),
            value=parsed.isoformat(),
        )
    return ""


def minutes(value: int) -> str:
    return (
        ""
        if 0 <= value <= 1440
        else _tr(QT_TRANSLATE_NOOP("Validation", "Time spent must be between 0 and 1440 minutes."))
    )


def new_pin(pin: str, confirm: str) -> str:
    if not pin:
        return _tr(QT_TRANSLATE_NOOP("Validation", "Please choose an admin PIN."))
    if len(pin) < 6:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "The admin PIN needs at least 6 characters (6 digits or more)."
            )
        )
    if len(pin) > 64:
        return _tr(QT_TRANSLATE_NOOP("Validation", "The admin PIN can have at most 64 characters."))
    if not pin.isprintable() or pin != pin.strip():
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The admin PIN can only use letters, digits and symbols (no spaces at either end).",
            )
        )
    if pin != confirm:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "The two PINs are not the same. Please type the new PIN again."
            )
        )
    return ""


BACKUP_PASSPHRASE_MIN = 8  # service/backup.py MIN_PASSPHRASE (the Node checks again)


def backup_passphrase(passphrase: str, again: str) -> str:
    if not passphrase:
        return _tr(QT_TRANSLATE_NOOP("Validation", "Please choose a passphrase for the backups."))
    if len(passphrase) < BACKUP_PASSPHRASE_MIN:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The passphrase needs at least {count} characters: a short sentence you can "
                "remember is best.",
            ),
            count=BACKUP_PASSPHRASE_MIN,
        )
    if passphrase != again:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The two passphrases are not the same. Please type the passphrase again.",
            )
        )
    return ""


def backup_folder(folder: str) -> str:
    if not folder.strip():
        return _tr(
            QT_TRANSLATE_NOOP(
                "Validation", "Please choose a folder on a USB stick or a second disk."
            )
        )
    return ""
