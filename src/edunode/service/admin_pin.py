"""The admin PIN: the rule for new PINs, the check, and the lock-out after wrong tries.

Wrong tries are counted in the store's settings (``admin_pin_failures``), so the count
survives restarts and is shared by every process on the data folder (the desktop app,
``edunode serve`` and each CLI command). After ``FREE_TRIES`` wrong tries each further try
must wait ``2 ** failures`` seconds (8 s after 3, 16 s after 4, ... at most an hour) from
the last wrong one; a try during the wait is refused without looking at the PIN, and does
not lengthen the wait. The right PIN, once the wait is over, resets the count.

A try is counted *before* the slow hash is checked, in one write transaction: several
processes guessing at once can't slip past the count while the hash is being computed.

New PINs have at least ``MIN_NEW_PIN`` characters; a PIN set before that rule (4 or 5
characters) keeps working, and each use of it says so (:attr:`AdminPin.notice`).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from edunode import identity
from edunode.errors import PermissionDenied, ValidationError
from edunode.store import Store

MIN_NEW_PIN = 6
MAX_PIN = 64
FREE_TRIES = 2
MAX_WAIT = 3600.0
SETTING = "admin_pin"
FAILURES = "admin_pin_failures"
SHORT_NOTICE = (
    "this node's admin PIN is shorter than 6 digits; please choose a longer one in Settings"
)


def check_new_pin(pin: str) -> str:
    """``pin`` if it may become the admin PIN; ValidationError saying why not otherwise."""
    if not (MIN_NEW_PIN <= len(pin) <= MAX_PIN) or not pin.isprintable() or pin != pin.strip():
        raise ValidationError(
            f"the admin PIN must be {MIN_NEW_PIN} to {MAX_PIN} characters "
            "(at least 6 digits), without spaces at either end"
        )
    return pin


def wait_after(failures: int) -> float:
    """Seconds a try must wait after ``failures`` wrong tries in a row (from the last)."""
    return 0.0 if failures <= FREE_TRIES else min(2.0**failures, MAX_WAIT)


def duration(seconds: float) -> str:
    whole = max(1, math.ceil(seconds))
    return f"{whole} s" if whole < 120 else f"{math.ceil(whole / 60)} min"


def _tries(n: int) -> str:
    return f"{n} failed {'try' if n == 1 else 'tries'}"


class AdminPin:
    """The admin PIN of one node's store. ``clock`` is wall-clock seconds (the wait must
    outlive the process, so a monotonic clock would not do); tests pass their own."""

    def __init__(
        self,
        store: Store,
        audit: Callable[[str, str], None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store, self._audit, self.clock = store, audit, clock
        self.notice = ""  # set when an old, short PIN was used (the CLI prints it)

    def is_set(self) -> bool:
        return self.store.setting(SETTING) is not None

    def failures(self) -> tuple[int, float]:
        """Wrong tries in a row and when the last was made."""
        return _parse(self.store.setting(FAILURES))

    def check(self, pin: str | None) -> None:
        """Return if ``pin`` is the admin PIN; PermissionDenied (with ``failures`` and
        ``wait`` in seconds as facts) when it is not, or when a try must wait."""
        with self.checking(pin) as confirm:
            confirm()

    @contextmanager
    def checking(self, pin: str | None) -> Iterator[Callable[[], None]]:
        """The check of :meth:`check`, its slow hash (scrypt, which runs without Python's
        lock) on a thread while the caller prepares what the PIN guards: a bundle export
        reads and signs a learner's record meanwhile, on the second core.

        The try is counted (or refused for a wait) on entry, as :meth:`check` does. The
        function given waits for the hash and raises PermissionDenied when the PIN is
        wrong: the caller calls it before anything the PIN guards takes effect (a commit, a
        file written). On leaving, the outcome is recorded; a wrong PIN is PermissionDenied
        whatever else went wrong inside, as if it had been checked first."""
        stored = self.store.setting(SETTING)
        if stored is None:
            raise PermissionDenied("no admin PIN is set on this node; set one in Settings first")
        if not pin:
            raise PermissionDenied("the admin PIN is needed for this", failures=0, wait=0.0)
        now = self.clock()
        failures, left = self.store.update_setting(FAILURES, lambda old: _reserve(old, now))
        if left > 0:
            raise PermissionDenied(
                f"too many wrong admin PINs ({_tries(failures)}): "
                f"wait {duration(left)} before the next try",
                failures=failures,
                wait=left,
            )
        outcome: list[bool] = []

        def hash_it() -> None:
            outcome.append(identity.verify_pin(pin, stored))

        worker = threading.Thread(target=hash_it, name="admin-pin", daemon=True)
        worker.start()

        def right() -> bool:
            worker.join()
            return bool(outcome and outcome[0])

        def confirm() -> None:
            if not right():
                raise PermissionDenied("the admin PIN is not correct")  # worded on leaving

        try:
            yield confirm
        finally:
            if not right():
                failures += 1
                wait = wait_after(failures)
                self._audit("pin_refused", f"an admin action was refused: wrong admin PIN "
                                           f"({_tries(failures)})")  # fmt: skip
                message = "the admin PIN is not correct"
                if wait:
                    message += f"; {_tries(failures)}: wait {duration(wait)} before the next try"
                raise PermissionDenied(message, failures=failures, wait=wait) from None
            self.store.set_setting(FAILURES, {"failures": 0, "last": 0.0})
            self.notice = SHORT_NOTICE if len(pin) < MIN_NEW_PIN else ""

    def change(self, new_pin: str, old_pin: str | None = None) -> None:
        """Set a new admin PIN; the current one is needed when one is set."""
        check_new_pin(new_pin)
        if self.is_set():
            self.check(old_pin)
        self.store.set_setting(SETTING, identity.hash_pin(new_pin))
        self.store.set_setting(FAILURES, {"failures": 0, "last": 0.0})
        self.notice = ""
        self._audit("pin_changed", "the admin PIN was changed")


def _parse(value: Any) -> tuple[int, float]:
    if not isinstance(value, dict):
        return 0, 0.0
    failures, last = value.get("failures", 0), value.get("last", 0.0)
    if not isinstance(failures, int) or not isinstance(last, int | float) or failures < 0:
        return 0, 0.0
    return failures, float(last)


def _reserve(old: Any, now: float) -> tuple[Any, tuple[int, float]]:
    """(the new stored value, (wrong tries so far, seconds still to wait)). A try that may
    go ahead is counted as wrong already; the right PIN resets the count afterwards."""
    failures, last = _parse(old)
    last = min(last, now)  # the clock was set back: the wait starts again from now
    left = wait_after(failures) - (now - last)
    if left > 0:
        return {"failures": failures, "last": last}, (failures, left)
    return {"failures": failures + 1, "last": now}, (failures, 0.0)
