"""Checks on input from people, each raising ValidationError with a message in plain words."""

from __future__ import annotations

import datetime as dt
import re

from edunode.controls import has_control
from edunode.errors import ValidationError

_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def text(value: str | None, what: str, *, required: bool = False, limit: int = 200) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(f"the {what} must not be empty")
    if len(cleaned) > limit:
        raise ValidationError(
            f"the {what} is too long ({len(cleaned)} characters, at most {limit})"
        )
    if has_control(cleaned):  # C0 (but tab) and C1 controls, DEL, bidi overrides
        raise ValidationError(f"the {what} must be one line of text")
    return cleaned


def language(value: str | None) -> str:
    cleaned = (value or "").strip()
    if cleaned and not _LANG.match(cleaned):
        raise ValidationError(
            f"'{cleaned}' is not a language code (use a code such as en, fr, sw or pt-BR)"
        )
    return cleaned


def date(value: str | None, what: str = "date") -> str:
    if value is None or value == "":
        return dt.date.today().isoformat()
    try:
        parsed = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            f"'{value}' is not a {what} (use YYYY-MM-DD, e.g. 2026-03-14)"
        ) from None
    if parsed.year < 1900 or parsed > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError(f"the {what} {parsed.isoformat()} is out of range")
    return parsed.isoformat()


def birth_year(value: int | None) -> int | None:
    if value is None:
        return None
    this_year = dt.date.today().year
    if not 1900 <= value <= this_year:
        raise ValidationError(f"the birth year must be between 1900 and {this_year}")
    return value


MAX_SCORE = 1_000_000  # far above any mark; keeps scores exact in JSON and JCS (< 2**53)


def score(score_value: float, max_value: float) -> tuple[float, float]:
    for v, what in ((score_value, "score"), (max_value, "maximum score")):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValidationError(f"the {what} must be a number")
    if max_value <= 0:
        raise ValidationError("the maximum score must be greater than 0")
    if max_value > MAX_SCORE:
        raise ValidationError(f"the maximum score must be at most {MAX_SCORE:,}")
    if score_value < 0:
        raise ValidationError("the score must not be negative")
    if score_value > max_value:
        raise ValidationError(f"the score {score_value:g} is above the maximum {max_value:g}")
    return float(score_value), float(max_value)


def minutes(value: int) -> int:
    if not 0 <= value <= 24 * 60:
        raise ValidationError("minutes must be between 0 and 1440")
    return value
