"""Waiting for a condition from blocking code (the demo, benchmarks and tests), bounded in time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def wait_until(
    predicate: Callable[[], Any],
    timeout: float,
    what: str,
    *,
    error: type[Exception] = TimeoutError,
    interval: float = 0.05,
) -> Any:
    """Poll ``predicate`` until it returns something truthy (returned); ``error`` after
    ``timeout`` seconds, naming ``what`` was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise error(f"waited {timeout:g} s for {what}")
        time.sleep(interval)
