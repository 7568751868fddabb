"""One writer: every database operation runs on ONE worker thread, in order.

An operation is a callable taking the CaseDatabase. Reads (`submit`) return whatever they read.
Writes (`submit(..., write=True)`, `submit_long(..., write=True)`) run inside one transaction and
MUST return a `Changes` record (a write returning anything else is rolled back as a bug); the worker
is the ONE runner that announces it on `changed` before the caller's on_done gets the same record,
so each view decides what to refresh (as Anki's CollectionOp / OpChanges). No view emits changes.
Long work (demo generation, statistics, imports, exports, PDFs) is a function `fn(progress, cdb)`,
where `progress` is a kkdesk.progress.Progress that emits Qt signals; the GUI shows a bar with Cancel.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from kkdesk.errors import KkdeskError, os_error_message
from kkdesk.messages import Message, msg, render
from kkdesk.progress import Progress
from kkdesk.ui import i18n


@dataclass
class Changes:
    """What a write operation changed, so each view refreshes only when it must; `value` carries the
    operation's answer to whoever asked (a new record's id, an import summary), as Anki's
    OpChangesWithId does. `all_incidents` says incidents changed that are not listed (a merge)."""

    incidents: set = field(default_factory=set)
    all_incidents: bool = False
    persons: bool = False
    organisations: bool = False
    vocab: bool = False
    saved_searches: bool = False
    casework: bool = False
    value: Any = None

    def any(self) -> bool:
        return bool(self.incidents or self.all_incidents or self.persons or self.organisations or self.vocab
                    or self.saved_searches or self.casework)

    def touches_incidents(self) -> bool:
        """True when rows of the incident list may read differently (names and labels show in them)."""
        return bool(self.incidents or self.all_incidents or self.persons or self.organisations or self.vocab)


class NoChangesReturned(TypeError):
    """A write operation returned something other than Changes: a programming error."""


class QtProgress(QObject, Progress):
    """A Progress whose reports become a Qt signal; cancel() may be called from the GUI thread."""

    changed = Signal(float, str)

    def __init__(self):
        QObject.__init__(self)
        self._cancel = threading.Event()

    def set_progress(self, fraction: float, text: str | Message = "") -> None:
        """Emitted with the text already in the interface language (the core passes Messages)."""
        self.changed.emit(float(fraction), render(text, i18n.current()))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


def user_message(exc: BaseException) -> str:
    """What a user may read about a failure, in the interface language: our messages, never a traceback."""
    return render(failure_message(exc), i18n.current())


def failure_message(exc: BaseException) -> Message:
    """The Message for a failure: a KkdeskError's own, a file error's reason, else the generic one."""
    if isinstance(exc, KkdeskError):
        return exc.message
    if isinstance(exc, OSError):
        return os_error_message(exc)
    return msg("error.unexpected", kind=type(exc).__name__)


def _receiver_alive(callback) -> bool:
    """False when callback is a method of a Qt object whose C++ side was already deleted, or a lambda
    that closes over one (`lambda rows: self._show(rows)` of a pane rebuilt meanwhile)."""
    owners = [getattr(callback, "__self__", None)]
    owners += [cell.cell_contents for cell in (getattr(callback, "__closure__", None) or ())
               if _filled(cell)]
    return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))


def _filled(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:   # an empty cell (a name assigned after the lambda was made)
        return False
    return True


class _Job:
    __slots__ = ("op", "on_done", "on_error", "write", "progress")

    def __init__(self, op, on_done, on_error, write, progress):
        self.op, self.on_done, self.on_error, self.write, self.progress = op, on_done, on_error, write, progress


class DatabaseWorker(QThread):
    """A QThread with a queue; results come back to the GUI thread by a queued signal."""

    _finished = Signal(object, object)   # callback, value
    busy_changed = Signal(bool)
    changed = Signal(object)             # Changes of every write that changed something
    failed = Signal(str)                 # errors nobody asked to handle: shown in the status bar

    def __init__(self, cdb, parent=None):
        super().__init__(parent)
        self.cdb = cdb
        self._queue: queue.Queue = queue.Queue()
        self._pending = 0
        self._pending_lock = threading.Lock()
        self._stopped = False
        self._current: _Job | None = None
        self._finished.connect(self._deliver)

    # --- GUI side ---
    def submit(self, op: Callable, on_done: Callable | None = None, on_error: Callable | None = None,
               write: bool = False) -> None:
        """Queue op(cdb); on_done(result) / on_error(message, exc) run later on the GUI thread.
        With write=True op runs in one transaction and returns Changes, announced on `changed`."""
        with self._pending_lock:
            self._pending += 1
        self._queue.put(_Job(op, on_done, on_error, write, None))

    def submit_long(self, fn: Callable, progress: QtProgress, on_done=None, on_error=None,
                    write: bool = True) -> None:
        """Queue long work fn(progress, cdb); it calls progress.check() between steps. With write=True
        it runs in ONE transaction, so Cancel (or any error) leaves the database as it was."""
        with self._pending_lock:
            self._pending += 1
        self._queue.put(_Job(fn, on_done, on_error, write, progress))

    def pending(self) -> int:
        with self._pending_lock:
            return self._pending

    def stop(self, wait_ms: int = 30000) -> None:
        """Finish the queued small operations (a save the user asked for still lands), cancel long
        work, then end the thread; answers not yet delivered are dropped (the views are gone)."""
        self._stopped = True
        current = self._current
        if current is not None and current.progress is not None:
            current.progress.cancel()   # long work stops at its next check and rolls back
        self._queue.put(None)
        self.wait(wait_ms)

    def _deliver(self, callback, value) -> None:
        with self._pending_lock:
            self._pending -= 1
        if self._stopped:
            return
        if isinstance(value, _Announced):
            value = value.changes
            if value.any():
                self.changed.emit(value)     # the one place changes are announced, asker alive or not
        if callback is not None and not _receiver_alive(callback):
            return  # the widget that asked was closed while the work ran
        if isinstance(value, _ErrorValue):
            if callback is not None:
                callback(*value)
            else:
                self.failed.emit(value[0])
        elif callback is not None:
            callback(value)

    # --- worker side ---
    def run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if self._stopped and job.progress is not None:
                job.progress.cancel()           # long work queued before a lock does not start
            self._current = job
            try:
                args = (self.cdb,) if job.progress is None else (job.progress, self.cdb)
                if job.write:
                    with self.cdb.transaction():
                        result = job.op(*args)
                        if not isinstance(result, Changes):   # rolls the transaction back
                            raise NoChangesReturned(f"a write operation returned {type(result).__name__}")
                    result = _Announced(result)
                else:
                    result = job.op(*args)
            except BaseException as exc:  # noqa: BLE001 - reported to the GUI in plain words
                self._current = None
                value = _ErrorValue((user_message(exc), exc))
                self._finished.emit(job.on_error, value)
                continue
            self._current = None
            self._finished.emit(job.on_done, result)


class _ErrorValue(tuple):
    """(message, exception) delivered to on_error."""


class _Announced:
    """The Changes of a committed write, on its way to the GUI thread to be announced."""

    __slots__ = ("changes",)

    def __init__(self, changes: Changes):
        self.changes = changes


def run_in_thread(fn: Callable, on_done: Callable, on_error: Callable, parent: QObject) -> QThread:
    """Run fn() once off the GUI thread (opening or creating a database: Argon2id takes a second)."""

    class _Once(QThread):
        done = Signal(object, object)

        def run(self):
            try:
                self.done.emit(True, fn())
            except BaseException as exc:  # noqa: BLE001
                self.done.emit(False, (user_message(exc), exc))

    thread = _Once(parent)

    def finish(ok, value):
        thread.wait()
        on_done(value) if ok else on_error(*value)
        thread.deleteLater()

    thread.done.connect(finish)
    thread.start()
    return thread
