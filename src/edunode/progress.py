"""Progress and cancel for long blocking work (USB packages, bundles, sample data).

A long call takes ``progress(done, total)`` — called on the worker's thread, in the call's
own unit (documents, learners) — and ``cancel``, a :class:`threading.Event` or a callable
returning True once the person asked to stop. The call consults ``cancel`` only at *safe
points*: between units that are each committed in their own transaction, or before the one
commit of an all-or-nothing step. Stopping there raises :class:`~edunode.errors.Cancelled`
and leaves nothing half-written. Nothing here imports Qt; the UI bridge turns ``progress``
into queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from edunode.errors import Cancelled

Progress = Callable[[int, int], None]
CancelCheck = threading.Event | Callable[[], bool]


def requested(cancel: CancelCheck | None) -> bool:
    """Whether ``cancel`` says stop."""
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def checkpoint(cancel: CancelCheck | None, done: int, total: int, what: str = "the work") -> None:
    """A safe point: raise :class:`Cancelled` if stopping was asked for."""
    if requested(cancel):
        raise Cancelled(
            f"{what} was stopped after {done} of {total}; what was done before is kept whole",
            done=done,
            total=total,
        )


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
