"""The one Qt module that crosses threads (STYLE rule 6).

* Node events are published on whatever thread made the change (the network loop, the UI
  worker, a test's thread). :class:`Bridge` collects them under a lock and wakes the GUI
  thread once; there they are re-emitted as Qt signals. Bursts are coalesced: a sync that
  applies 20,000 changes to one document gives the pages one ``changesApplied`` per
  document per turn of the event loop, not 20,000.
* :meth:`Bridge.run` executes a blocking Node call on a worker thread and calls back on the
  GUI thread with the result or the exception. Widgets never see futures, threads or the
  loop; they pass a callable and two callbacks.

The default worker is a single thread, so requests run in the order the UI made them (a
lesson saved twice is saved in order). Long read-only work (reports) can ask for the
``background`` lane so it does not hold up typing and saving.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from edunode.errors import EdunodeError
from edunode.events import (
    AuditRecorded,
    ChangesApplied,
    ChangesRejected,
    Event,
    LinkChanged,
    LinkRequested,
    PeerFound,
    PeerLost,
    PeerOnline,
    SyncCompleted,
    SyncProgress,
)
from edunode.explain import explain, system_cause
from edunode.files import log as logfile

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """A sentence a teacher can read (what happened and what to try); never a traceback.
    An error EduNode did not expect names the log file that holds its details."""
    if type(exc) is TimeoutError:  # a blocking call to the network loop ran out of time
        return "EduNode took too long to answer. Please try again."
    if isinstance(exc, EdunodeError) or system_cause(exc) is not None:
        return explain(exc)
    path = logfile.current()
    return explain(exc, log_path=str(path) if path is not None else None)


@dataclass
class _Job:
    on_ok: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    what: str


class _ProgressRelay(QObject):
    """Carries one job's ``progress(done, total)`` from its worker to the GUI thread."""

    _wake = Signal()

    def __init__(self, on_progress: Callable[[int, int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._wake.connect(self.flush, Qt.ConnectionType.QueuedConnection)

    def post(self, done: int, total: int) -> None:  # the worker's thread
        with self._lock:
            first = self._latest is None
            self._latest = (done, total)
        if first:
            self._wake.emit()

    def flush(self) -> None:  # GUI thread
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self._on_progress(*latest)


class _Poster:
    """What the worker holds to report progress: a plain object, never the relay itself.
    Were the worker's thread to drop the last reference to a QObject's Python wrapper, its
    destruction there would take Qt's connection lock while the GUI thread, holding the
    GIL, waits for that lock (seen: a hang after a transfer). The GUI thread drops the
    relay (``release``) once the job is done, when no ``post`` can run any more."""

    def __init__(self, relay: _ProgressRelay) -> None:
        self._relay: _ProgressRelay | None = relay

    def post(self, done: int, total: int) -> None:  # the worker's thread
        relay = self._relay
        if relay is not None:
            relay.post(done, total)

    def release(self) -> None:  # GUI thread, after the job
        self._relay = None


class Bridge(QObject):
    # Node events, on the GUI thread.
    changesApplied = Signal(str, str, str)  # doc_id, kind, origin (coalesced per document)
    changesReceived = Signal(str, int)  # origin (a peer, bundle:…), changes in this burst
    changesRejected = Signal(str, str, str)  # doc_id, peer_id, reason
    linkRequested = Signal(str, str, str, str)  # node_id, name, school, code
    linkChanged = Signal(str, str)  # node_id, state
    peerOnline = Signal(str, bool)
    peerFound = Signal(str)
    peerLost = Signal(str)
    syncCompleted = Signal(str, int, int)  # node_id, sent, received
    syncProgress = Signal(object)  # SyncProgress (coalesced: the latest per peer and turn)
    auditRecorded = Signal(str, str)  # action, detail
    event = Signal(object)  # every event (after coalescing), for listeners of new kinds
    # Jobs.
    failed = Signal(str)  # a job failed and nobody asked to handle it: show the sentence
    idle = Signal()  # the last job in flight finished

    _wake = Signal()
    _finished = Signal(int, object)  # the job's number, its Future

    def __init__(self, node: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._events: list[Event] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._workers: dict[str, ThreadPoolExecutor] = {}
        self._in_flight = 0
        self._closed = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._complete, Qt.ConnectionType.QueuedConnection)
        self._jobs: dict[int, _Job] = {}
        self._job_number = 0
        self.node = None
        if node is not None:
            self.attach(node)

    # ------------------------------------------------------------------ events

    def attach(self, node: Any) -> None:
        """Listen to ``node``'s bus (detaching from a previous node)."""
        self.detach()
        self.node = node
        self._unsubscribe = node.bus.subscribe(Event, self._on_event)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_event(self, event: Event) -> None:  # any thread
        with self._lock:
            if self._closed:
                return
            self._events.append(event)
            first = len(self._events) == 1
        if first:
            self._wake.emit()

    def _drain(self) -> None:  # GUI thread
        with self._lock:
            events, self._events = self._events, []
        changed: dict[str, ChangesApplied] = {}
        received: dict[str, int] = {}  # origin → changes from it in this burst
        others: list[Event] = []
        progress: dict[str, int] = {}  # peer -> index in others of its latest SyncProgress
        for ev in events:
            if isinstance(ev, ChangesApplied):
                changed.pop(ev.doc_id, None)  # keep the latest, in order of last arrival
                changed[ev.doc_id] = ev
                if ev.origin != "local":
                    received[ev.origin] = received.get(ev.origin, 0) + ev.count
            elif isinstance(ev, SyncProgress) and not ev.finished and ev.peer_id in progress:
                others[progress[ev.peer_id]] = ev  # a newer figure replaces the older one
            else:
                if isinstance(ev, SyncProgress):
                    progress[ev.peer_id] = len(others)
                others.append(ev)
        for ev in changed.values():
            self.changesApplied.emit(ev.doc_id, ev.kind, ev.origin)
            self.event.emit(ev)
        for origin, count in received.items():
            self.changesReceived.emit(origin, count)
        for ev in others:
            self._emit(ev)
            self.event.emit(ev)

    def _emit(self, ev: Event) -> None:
        if isinstance(ev, LinkRequested):
            self.linkRequested.emit(ev.node_id, ev.name, ev.school, ev.code)
        elif isinstance(ev, LinkChanged):
            self.linkChanged.emit(ev.node_id, ev.state)
        elif isinstance(ev, PeerOnline):
            self.peerOnline.emit(ev.node_id, ev.online)
        elif isinstance(ev, PeerFound):
            self.peerFound.emit(ev.node_id)
        elif isinstance(ev, PeerLost):
            self.peerLost.emit(ev.node_id)
        elif isinstance(ev, SyncCompleted):
            self.syncCompleted.emit(ev.node_id, ev.sent, ev.received)
        elif isinstance(ev, AuditRecorded):
            self.auditRecorded.emit(ev.action, ev.detail)
        elif isinstance(ev, ChangesRejected):
            self.changesRejected.emit(ev.doc_id, ev.peer_id, ev.reason)
        elif isinstance(ev, SyncProgress):
            self.syncProgress.emit(ev)

    # ------------------------------------------------------------------ jobs

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_ok: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        background: bool = False,
        lane: str = "",
        **kwargs: Any,
    ) -> None:
        """Run ``fn(*args, **kwargs)`` off the GUI thread; call back on the GUI thread.
        ``lane`` names a worker thread of its own (e.g. ``"backup"``: a backup that takes a
        minute holds up neither saving nor reports, and two backups never run at once)."""
        if self._closed:
            return
        lane = lane or ("background" if background else "main")
        worker = self._workers.get(lane)
        if worker is None:
            worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"edunode-ui-{lane}")
            self._workers[lane] = worker
        # The job (its callbacks hold widgets) stays on this thread, found by its number:
        # the worker must never drop the last reference to a widget (see ``_Poster``).
        self._job_number += 1
        number = self._job_number
        self._jobs[number] = _Job(on_ok, on_error, getattr(fn, "__qualname__", repr(fn)))
        self._in_flight += 1
        future = worker.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._finished.emit(number, f))

    def run_with_progress(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_progress: Callable[[int, int], None],
        on_ok: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        lane: str = "",
        **kwargs: Any,
    ) -> threading.Event:
        """Run ``fn(*args, progress=..., cancel=..., **kwargs)`` like :meth:`run`; each
        ``progress(done, total)`` it makes on the worker reaches ``on_progress`` on the GUI
        thread (queued, the latest figure when several come between two turns). Returns the
        cancel flag: set it and ``fn`` stops at its next safe point (raising Cancelled)."""
        cancel = threading.Event()
        relay = _ProgressRelay(on_progress, self)
        poster = _Poster(relay)

        def finished(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def done(value: Any) -> None:
                relay.flush()  # the last figure before the result
                poster.release()
                relay.deleteLater()
                if callback is not None:
                    callback(value)

            return done

        self.run(
            fn,
            *args,
            progress=poster.post,
            cancel=cancel,
            on_ok=finished(on_ok),
            on_error=finished(on_error or (lambda exc: self.failed.emit(describe(exc)))),
            lane=lane,
            **kwargs,
        )
        return cancel

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def _complete(self, number: int, future: Future[Any]) -> None:  # GUI thread
        job = self._jobs.pop(number)
        self._in_flight -= 1
        if self._closed:
            return
        try:
            exc = future.exception()
            if exc is None:
                if job.on_ok is not None:
                    job.on_ok(future.result())
            else:
                if not isinstance(exc, EdunodeError):
                    log.error("%s failed", job.what, exc_info=(type(exc), exc, exc.__traceback__))
                if job.on_error is not None:
                    job.on_error(exc)
                else:
                    self.failed.emit(describe(exc))
        except RuntimeError as err:
            if "already deleted" not in str(err):  # the widget that asked is gone: fine
                log.exception("callback of %s failed", job.what)
                self.failed.emit(describe(err))
        except Exception as err:  # a bug in a callback must not take the window down
            log.exception("callback of %s failed", job.what)
            self.failed.emit(describe(err))
        finally:
            if self._in_flight == 0:
                self.idle.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Stop listening and let the workers finish what they were given."""
        with self._lock:
            self._closed = True
            self._events.clear()
        self.detach()
        for worker in self._workers.values():
            worker.shutdown(wait=wait, cancel_futures=not wait)
        self._workers.clear()
