"""Database work off the GUI thread: one worker thread with its own connection.

Pages hand it a job, ``database.run(job, done, failed)``: ``job(store)`` runs on the
worker, in the order jobs were given, and ``done(result)`` (or ``failed(error)``, with a
:class:`~couplesdesk.storage.StoreError`) is called back on the GUI thread. A slow query
(years of history, a locked file) keeps the worker waiting, never the window.

What the worker writes is announced on the change bus like every other write.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..storage import Store, StoreError
from .i18n import translate

log = logging.getLogger("couplesdesk.database")

T = TypeVar("T")
C = TypeVar("C", bound=Callable[..., None])
Job = Callable[[Store], Any]


class _Worker(QObject):
    """Lives on the worker thread; opens its connection there on the first job.

    Signals:
        done(int, object, object): job id, its result, the StoreError it raised (or None).
    """

    done = Signal(int, object, object)

    def __init__(self, open_store: Callable[[], Store]):
        super().__init__()
        self._open_store = open_store
        self._store: Store | None = None

    @Slot(int, object)
    def run_job(self, job_id: int, job: Job) -> None:
        try:
            if self._store is None:
                self._store = self._open_store()
            result = job(self._store)
        except StoreError as exc:
            self.done.emit(job_id, None, exc)
            return
        except Exception as exc:  # a bug in a job: logged, and reported to whoever asked
            log.exception("A database job failed")
            words = translate("database", "Something went wrong reading your data ({reason}).")
            self.done.emit(job_id, None, StoreError(words.format(reason=exc)))
            return
        self.done.emit(job_id, result, None)

    @Slot()
    def close(self) -> None:
        """The last job: after every job given before it (events are handled in order)."""
        if self._store is not None:
            self._store.close()
            self._store = None
        thread = self.thread()
        if thread is not None:
            thread.quit()


def _stop_at_exit(ref: weakref.ref[Database]) -> None:
    database = ref()
    if database is not None:
        database.stop()


def _if_alive(callback: C | None) -> C | None:
    """``callback``, unless it is a method of a widget (or other Qt object) deleted since the job
    was given: a dialog closed while its read was on the worker has nothing left to show it on."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return None
    return callback


class Database(QObject):
    """The worker thread and its queue of jobs.

    Signals:
        idle(): every job given so far has finished and been answered (tests wait on it).
    """

    idle = Signal()
    _submit = Signal(int, object)
    _close = Signal()

    def __init__(self, open_store: Callable[[], Store], parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None] | None, Callable[[StoreError], None] | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("couplesdesk-database")
        self._worker = _Worker(open_store)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run_job)
        self._close.connect(self._worker.close)
        self._worker.done.connect(self._answered)
        self._thread.start()
        # However the process ends, the thread is joined first: a QThread destroyed while
        # running aborts the process (the window may never have been closed, e.g. on sys.exit).
        atexit.register(_stop_at_exit, weakref.ref(self))

    def run(
        self,
        job: Callable[[Store], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[StoreError], None] | None = None,
    ) -> None:
        """Run ``job(store)`` on the worker; then ``done(result)`` or ``failed(error)`` here."""
        if not self._thread.isRunning():
            raise RuntimeError("the database worker has stopped")
        job_id = next(self._ids)
        self._waiting[job_id] = (done, failed)
        self._submit.emit(job_id, job)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def _answered(self, job_id: int, result: Any, error: StoreError | None) -> None:
        done, failed = (_if_alive(f) for f in self._waiting.pop(job_id, (None, None)))
        if error is not None:
            if failed is not None:
                failed(error)
            else:
                log.warning("A database job failed: %s", error)
        elif done is not None:
            done(result)
        if not self._waiting:
            self.idle.emit()

    def stop(self) -> None:
        """Finish the jobs already given, close the worker's connection, and join its thread."""
        try:
            running = self._thread.isRunning()
        except RuntimeError:  # the C++ side is gone already
            return
        if not running:
            return
        self._close.emit()
        self._thread.wait()
        self._waiting.clear()
