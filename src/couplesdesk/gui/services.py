"""What every page shares: data paths, exercise library, store, database worker, clock, and
the change bus.

Pages read and write through the storage package (the run engine on the GUI thread's
connection; page reads and page writes through :attr:`Services.database`, a worker thread
with its own connection). Every write announces what it changed; the bus carries it to the
GUI thread as a :class:`~couplesdesk.storage.Changes`, and each page decides whether it
needs to read again. No page polls the database and no page reaches into another.

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

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ..core.clock import Clock, SystemClock
from ..core.stopping import Stopped
from ..paths import DataPaths
from ..resources import builtin_exercises
from ..storage import Changes, Store, StoreError
from .garbage import collect_on_gui_thread

if TYPE_CHECKING:
    from ..core.library import Library
    from .database import Database

log = logging.getLogger("couplesdesk.services")


class ChangeBus(QObject):
    """Signals:

    changed(Changes): something was written (by any connection, on any thread) or loaded;
        always delivered on the GUI thread. Pages test the flags they show.
    tick(): once a second (from the main window's timer; tests call ``MainWindow.tick()``
        after moving their clock), for countdowns. Nothing reads the database on a tick.
    """

    changed = Signal(object)
    tick = Signal()
    damaged = Signal(object)
    """damaged(StoreError): the database turned out to be damaged; nothing more is written to it."""
    _from_any_thread = Signal(object)
    _damage_from_any_thread = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.closed = False
        self._from_any_thread.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._damage_from_any_thread.connect(self.damaged, Qt.ConnectionType.QueuedConnection)

    def checked(self, damage: StoreError | None) -> None:
        """The database's background check is done (any thread): say so if it found damage."""
        if damage is not None:
            self._damage_from_any_thread.emit(damage)

    def announce(self, changes: Changes) -> None:
        """Carry ``changes`` to the pages: at once on the GUI thread, queued from any other."""
        if QThread.currentThread() is self.thread():
            self.changed.emit(changes)
        else:
            self._from_any_thread.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        """A change written on the worker, arriving here: not once the services are closed (a
        page would read again from a worker that has stopped)."""
        if not self.closed:
            self.changed.emit(changes)


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
        """The loader's own worker, once started (never a thread that asked first: see result)."""
        self._begun = False
        self._library: Library | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Begin loading on a worker thread (nothing happens if it has begun or is done)."""
        with self._lock:
            if self._begun:
                return
            self._begun = True
            self._thread = threading.Thread(target=self._work, name="couplesdesk-library")
            self._thread.start()

    def join(self) -> None:
        """Wait for a load under way on the worker (it stops early when asked: see Services.close)."""
        thread = self._thread
        if thread is not None and thread is not threading.current_thread() and thread.is_alive():
            thread.join()

    def is_loaded(self) -> bool:
        return self._done.is_set()

    def result(self) -> Library:
        """The library; waits for the worker, or loads it here if no worker was started.
        Loaded here, no thread is kept to be joined: this one may be a QThread, which Python
        cannot join (its owner waits for it)."""
        with self._lock:
            here = not self._begun
            self._begun = True
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
        except Stopped as exc:  # the app is closing: nobody is waiting for it
            self._error = exc
            self._done.set()
            return
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
        # Before any worker thread starts: Python's cycle collector must never free a Qt
        # object on a worker (a freeze; see garbage.py).
        collect_on_gui_thread()
        self.bus = ChangeBus()
        store.subscribe(self.bus.announce)
        store.when_checked(self.bus.checked)
        self._database: Database | None = None
        self._library = library
        self.library_announced = library is not None
        """Whether pages have been told the library is here (``Changes.LIBRARY``): the worker
        has it a moment before that, when ``library_if_loaded()`` already returns it."""
        self._closing = threading.Event()
        self.loader: LibraryLoader | None = None
        if library is None:
            self.loader = LibraryLoader(load_library or (lambda: _load_library(paths, self._closing.is_set)))
            self.loader.loaded.connect(self._library_loaded, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def open(cls, paths: DataPaths, clock: Clock | None = None, key: bytes | None = None) -> Services:
        """Open the data dir (with ``key``, an encrypted one; a conversion cut short is finished
        first). Raises StoreError (with a message for people) or OSError.

        The library is not loaded here: call :meth:`load_library_soon` once the window is up."""
        clock = clock or SystemClock()
        paths.ensure()
        if key is not None:
            from ..storage import encryption

            encryption.finish(paths.root, paths.database, key)
        store = Store.open(paths.database, clock, paths.backups, key=key)
        return cls(paths=paths, store=store, clock=clock)

    @property
    def key(self) -> bytes | None:
        """The database key while the data is encrypted (in memory only), else None."""
        return self.store.connection.key

    @property
    def database(self) -> Database:
        """The database worker (started on first use, so it costs start-up nothing)."""
        if self._database is None:
            from .database import Database

            def open_store() -> Store:
                store = Store.attach(self.store)
                store.subscribe(self.bus.announce)
                return store

            self._database = Database(open_store)
        return self._database

    def forget_keys(self, partner: str | None = None) -> None:
        """Forget ``partner``'s open personal key (or everyone's) on every connection: the
        window's at once, the database worker's as its next job (after the reads before it)."""
        self.store.personal.forget(partner)
        if self._database is not None and not self._closing.is_set():
            self._database.run(lambda store: store.personal.forget(partner))

    def settled(self) -> bool:
        """Whether the database worker has answered every job given to it (or was never used)."""
        return self._database is None or not self._database.busy

    def close(self) -> None:
        """Let the database worker finish what it was given, then close every connection.
        (Closing twice does nothing more.)"""
        self.forget_keys()  # nothing stays open on any connection, even for a moment
        self._closing.set()
        self.bus.closed = True
        if self.loader is not None:
            self.loader.join()  # never end the process with a thread inside the exercise parser
        if self._database is not None:
            self._database.stop()
        self.store.unsubscribe(self.bus.announce)
        self.store.close()

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
        """Load the library on a worker thread; ``Changes.LIBRARY`` is announced when it is ready."""
        if self.loader is not None:
            self.loader.start()

    def _library_loaded(self) -> None:
        library = self.library
        titles = {entry.exercise.id: entry.exercise.text(entry.exercise.title) for entry in library}
        try:
            filled = self.store.runs.fill_titles(titles)
        except StoreError as exc:
            log.warning("Could not keep the titles of older runs: %s", exc)
        else:
            if filled:
                log.info("Kept the exercise title with %d older runs", filled)
        self.library_announced = True
        self.bus.announce(Changes.LIBRARY)


def _load_library(paths: DataPaths, stop: Callable[[], bool] | None = None) -> Library:
    from ..core.library import load_library

    return load_library(builtin_exercises(), paths.user_exercises, stop, translations=False, cache=paths.library_cache)
