"""Small formatting helpers shared by pages (no Qt)."""

from __future__ import annotations

import datetime as dt


def when(timestamp: float | None, never: str) -> str:
    """A time of day for today, a date and time otherwise, ``never`` for nothing."""
    if not timestamp:
        return never
    moment = dt.datetime.fromtimestamp(timestamp)
    if moment.date() == dt.date.today():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")
