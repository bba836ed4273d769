"""What every page shares: data paths, exercise library, store, clock, and the change bus.

Pages get one ``Services`` object. They read through it and, after a write, announce what
changed on the bus (``services.bus.changed.emit("runs")``); each page decides whether to
refresh. No page polls the database and no page reaches into another.

The exercise library is not needed for the first frame (Today names runs by the titles the
store keeps), so it loads on a worker thread once the window is up: the window opens
sooner and stays responsive meanwhile. Whoever needs it first simply gets it, waiting for
the load to finish if it is still under way (it takes a fraction of a second).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from ..core.clock import Clock, SystemClock
from ..paths import DataPaths
from ..resources import builtin_exercises
from ..storage import Store, StoreError

if TYPE_CHECKING:
    from ..core.library import Library

log = logging.getLogger("couplesdesk.services")


class ChangeBus(QObject):
    """Signals:

    changed(str): something was written or loaded; the argument names the area
        ("couple", "runs", "answers", "pauses", "boundaries", "library").
    tick(): once a second (from the main window's timer; tests call ``MainWindow.tick()``
        after moving their clock), for countdowns.
    """

    changed = Signal(str)
    tick = Signal()


class LibraryLoader(QObject):
    """Loads the exercise library once: on a worker thread after :meth:`start`, or right
    away in the caller's thread when :meth:`result` is asked for before that.

    Signals:

    loaded(): the library is ready (always delivered on the thread this object lives on).
    """

    loaded = Signal()

    def __init__(self, load: Callable[[], Library]):
        super().__init__()
        self._load = load
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._library: Library | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Begin loading on a worker thread (nothing happens if it has begun or is done)."""
        with self._lock:
            if self._thread is not None or self._done.is_set():
                return
            self._thread = threading.Thread(target=self._work, name="couplesdesk-library", daemon=True)
            self._thread.start()

    def is_loaded(self) -> bool:
        return self._done.is_set()

    def result(self) -> Library:
        """The library; waits for the worker, or loads it here if no worker was started."""
        with self._lock:
            if self._thread is None and not self._done.is_set():
                self._thread = threading.current_thread()
                here = True
            else:
                here = False
        if here:
            self._work()
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._library is not None
        return self._library

    def _work(self) -> None:
        try:
            self._library = self._load()
        except Exception as exc:  # handed to whoever asks for the library, on their thread
            self._error = exc
        finally:
            self._done.set()
        try:
            self.loaded.emit()
        except RuntimeError:  # the app closed while the library was loading
            return
        if threading.current_thread() is not threading.main_thread():
            # Still on the worker: warm up what the first write and the first exercise
            # import, so neither makes the window wait later.
            try:
                import sqlite_utils  # noqa: F401

                from ..core import engine  # noqa: F401
            except Exception:  # only a warm-up; the real import reports any problem
                log.exception("Warming up imports failed")


class Services:
    def __init__(
        self,
        paths: DataPaths,
        store: Store,
        clock: Clock,
        library: Library | None = None,
        load_library: Callable[[], Library] | None = None,
    ):
        self.paths = paths
        self.store = store
        self.clock = clock
        self.bus = ChangeBus()
        self._library = library
        self.loader: LibraryLoader | None = None
        if library is None:
            self.loader = LibraryLoader(load_library or (lambda: _load_library(paths)))
            self.loader.loaded.connect(self._library_loaded, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def open(cls, paths: DataPaths, clock: Clock | None = None) -> Services:
        """Open the data dir. Raises StoreError (with a message for people) or OSError.

        The library is not loaded here: call :meth:`load_library_soon` once the window is up."""
        clock = clock or SystemClock()
        paths.ensure()
        store = Store.open(paths.database, clock, paths.backups)
        return cls(paths=paths, store=store, clock=clock)

    @property
    def library(self) -> Library:
        """The exercise library (waits for it if it is still loading)."""
        if self._library is None:
            assert self.loader is not None
            self._library = self.loader.result()
        return self._library

    def library_if_loaded(self) -> Library | None:
        """The library if it has loaded; None while it is loading. Never waits."""
        if self._library is None and self.loader is not None and self.loader.is_loaded():
            return self.library
        return self._library

    def load_library_soon(self) -> None:
        """Load the library on a worker thread; ``bus.changed("library")`` follows when it is ready."""
        if self.loader is not None:
            self.loader.start()

    def _library_loaded(self) -> None:
        library = self.library
        try:
            filled = self.store.runs.fill_titles(
                {entry.exercise.id: entry.exercise.text(entry.exercise.title) for entry in library}
            )
        except StoreError as exc:
            log.warning("Could not keep the titles of older runs: %s", exc)
        else:
            if filled:
                log.info("Kept the exercise title with %d older runs", filled)
        self.bus.changed.emit("library")


def _load_library(paths: DataPaths) -> Library:
    from ..core.library import load_library

    return load_library(builtin_exercises(), paths.user_exercises)
