"""The couple's data: one SQLite database, opened and migrated here, read and written through
small repositories by subject (``store.runs``, ``store.answers``, ``store.boundaries``...).

Opening a database:

* a database written by a newer CouplesDesk is refused and left untouched;
* before any pending migration, the database is copied aside (SQLite's online backup API);
* migrations run in order, each in a transaction, with foreign keys enforced afterwards.

Start-up reads need only the standard library's ``sqlite3``: sqlite-utils is loaded when a
migration is due (or by a test that asks for ``store.db``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.clock import Clock
from ..core.i18n import translate
from . import connection as connections
from . import migrations as migrations_module
from .backups import backups_in, due_daily, make_backup, rotate
from .base import Connection, Listener
from .commitments import AgreementRepository, BoundaryRepository
from .couple import CoupleRepository, Settings
from .errors import StoreError, Trouble, database_errors, friendly
from .forgetting import Forgetting
from .health import header_problem, quick_check
from .pauses import PauseRepository, TalkRepository
from .personal import PersonalKeys
from .plans import PlanRepository
from .runs import AnswerRepository, RunRepository, ShareQueries
from .scrubbing import scrub_copies

if TYPE_CHECKING:
    import sqlite_utils

    from .history import HistoryQueries
    from .ratings import RatingRepository
    from .search import SearchRepository

log = logging.getLogger("couplesdesk.storage")


def schema_version() -> int:
    return len(migrations_module.MIGRATIONS)


class Store:
    """One open database. Open with :meth:`open`; every read and write may raise :class:`StoreError`."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self._checker: threading.Thread | None = None
        self.couple = CoupleRepository(connection)
        self.settings = Settings(connection)
        self.runs = RunRepository(connection)
        self.answers = AnswerRepository(connection)
        self.pauses = PauseRepository(connection)
        self.talks = TalkRepository(connection)
        self.boundaries = BoundaryRepository(connection)
        self.agreements = AgreementRepository(connection)
        self.shares = ShareQueries(connection)
        self.forgetting = Forgetting(connection)
        self.personal = PersonalKeys(connection)
        self.plans = PlanRepository(connection)

    # History, search and ratings are made, and their modules imported, when first asked for:
    # the first frame needs none of them (start-up time, benchmarks/RESULTS.md).

    @cached_property
    def ratings(self) -> RatingRepository:
        from .ratings import RatingRepository

        return RatingRepository(self.connection)

    @cached_property
    def history(self) -> HistoryQueries:
        from .history import HistoryQueries

        return HistoryQueries(self.connection)

    @cached_property
    def search(self) -> SearchRepository:
        from .search import SearchRepository

        return SearchRepository(self.connection)

    @property
    def path(self) -> Path:
        return self.connection.path

    @property
    def clock(self) -> Clock:
        return self.connection.clock

    @property
    def conn(self) -> sqlite3.Connection:
        return self.connection.conn

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection through sqlite-utils, for tests and tools."""
        return self.connection.db

    # ------------------------------------------------------------------ announcing

    def subscribe(self, listener: Listener) -> None:
        """``listener(changes)`` is called after every write, on the thread that wrote."""
        self.connection.listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self.connection.listeners:
            self.connection.listeners.remove(listener)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce the writes inside as one change, once, at the end."""
        with self.connection.batch():
            yield

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, path: Path, clock: Clock, backups: Path | None = None, *, check: bool = True, key: bytes | None = None
    ) -> Store:
        """Open (creating or migrating) the database at ``path``.

        A file that is not a database any more, or one that is missing or empty while backups
        exist, is refused as damaged (:class:`StoreError` with ``Trouble.DAMAGED``) and never
        touched. With ``check``, SQLite's page check runs on a thread of its own after opening
        (then, once a day, a backup and rotation): writes wait for its verdict, and are refused
        if the database turns out to be damaged. ``key`` opens an encrypted database (see
        :mod:`.encryption`); its backups are encrypted alike."""
        path = Path(path)
        folder = backups or path.parent / "backups"
        existed = _refuse_damaged(path, folder, key)
        conn: sqlite3.Connection | None = None
        try:
            conn = connections.connect(path, key)
            pending = _pending_migrations(conn, path)
            applied_before = len(migrations_module.MIGRATIONS) - len(pending)
            if pending and existed and applied_before:
                make_backup(conn, folder, clock.now(), f"before-{pending[0]}", key)
            _migrate(conn, pending)
            connections.configure(conn)
            device = conn.execute("SELECT id FROM local_device LIMIT 1").fetchone()[0]
        except StoreError:
            _close(conn)
            raise
        except database_errors() as exc:
            _close(conn)
            raise friendly(exc, path) from None
        except OSError as exc:
            _close(conn)
            words = translate("storage/store", "CouplesDesk cannot open {path}: {reason}.")
            raise StoreError(words.format(path=path, reason=exc.strerror or exc), Trouble.CANNOT_OPEN) from None
        store = cls(Connection(conn, path, clock, device, key=key, backups=folder))
        if check and existed:
            store.connection.gate.start()
            store._checker = threading.Thread(target=_check, args=(store, folder), name="couplesdesk-check")
            store._checker.start()
        return store

    @classmethod
    def attach(cls, other: Store) -> Store:
        """A second connection to ``other``'s database (already open and migrated), for another thread."""
        try:
            conn = connections.connect(other.path, other.connection.key)
            connections.configure(conn)
        except database_errors() as exc:
            raise friendly(exc, other.path) from None
        link = other.connection
        return cls(
            Connection(conn, other.path, other.clock, link.device, link.gate, link.key, link.backups, link.vault)
        )

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the database at ``target``."""
        return self.connection.guard(connections.backup, self.conn, target, self.connection.key)

    def when_checked(self, listener: Callable[[StoreError | None], None]) -> None:
        """``listener(damage)`` once the background check is done (at once if it is), on any thread."""
        gate = self.connection.gate
        gate.listeners.append(listener)
        if gate.checked.is_set():
            listener(gate.damage)

    def close(self) -> None:
        """Close the connection, once the background check (if any) is done: a thread is never
        left reading or copying a file while the process ends."""
        checker = self._checker
        if checker is not None and checker is not threading.current_thread():
            checker.join()
        _close(self.conn)


def _refuse_damaged(path: Path, folder: Path, key: bytes | None) -> bool:
    """Raise for a file that is no database, or missing or empty while backups exist (that is
    damage, not a first run). Returns whether there was a database to open."""
    if key is not None and path.exists() and connections.is_plain(path):
        raise StoreError(
            translate(
                "storage/store",
                "The database at {path} is not encrypted, though this folder's key file says it should be. "
                "Nothing has been changed.",
            ).format(path=path),
            Trouble.LOCKED,
        )
    problem = header_problem(path, key)
    if problem is None:
        return True
    if problem in ("is missing", "is empty (0 bytes)") and not backups_in(folder):
        return False  # a first run
    raise StoreError(_damage_words(problem).format(path=path, problem=problem, folder=folder), Trouble.DAMAGED)


def _damage_words(problem: str) -> str:
    """What the damage screen says about a file that is no database (a whole sentence per kind)."""
    if problem == "is missing":
        return translate(
            "storage/store",
            "The CouplesDesk database at {path} is missing. Nothing has been changed; your backups are in {folder}.",
        )
    if problem == "is empty (0 bytes)":
        return translate(
            "storage/store",
            "The CouplesDesk database at {path} is empty (0 bytes). Nothing has been changed; your backups are in "
            "{folder}.",
        )
    if problem.startswith(("is too short", "is not a CouplesDesk database")):
        return translate(
            "storage/store",
            "The CouplesDesk database at {path} is not a database any more (its first bytes are wrong). Nothing "
            "has been changed; your backups are in {folder}.",
        )
    return translate(
        "storage/store",
        "The CouplesDesk database at {path} {problem}. Nothing has been changed; your backups are in {folder}.",
    )


def _check(store: Store, folder: Path) -> None:
    """On its own thread and connection: the page check; then, when due, a daily backup and rotation."""
    damage: StoreError | None = None
    try:
        key = store.connection.key
        conn = connections.read_only(store.path, key)
        try:
            complaint = quick_check(conn)
            if complaint is not None:
                words = translate(
                    "storage/store",
                    "The CouplesDesk database at {path} is damaged ({problem}). Nothing more will be written to it.",
                )
                damage = StoreError(words.format(path=store.path, problem=complaint), Trouble.DAMAGED)
            elif due_daily(folder, store.clock.now()):
                make_backup(conn, folder, store.clock.now(), "daily", key)
                rotate(folder, store.clock.now())
                scrub_copies(conn, store.path, folder, key)  # deletions whose scrub was cut short
        finally:
            conn.close()
    except database_errors() as exc:
        damage = friendly(exc, store.path)
    except OSError as exc:  # a backup that could not be written: logged, not damage
        log.warning("The daily backup could not be made: %s", exc)
    if damage is not None:
        log.error("%s", damage)
    store.connection.gate.finish(damage)


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is None:
        return
    try:
        conn.close()
    except database_errors():
        pass


def _pending_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The migrations still to apply; refuses a database that a newer CouplesDesk wrote."""
    steps = migrations_module.MIGRATIONS
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    applied = migrations_module.applied(conn)
    known = [name for name, _ in steps]
    if version > len(steps) or any(name not in known for name in applied):
        raise StoreError(
            translate(
                "storage/store",
                "This database ({path}) was written by a newer version of CouplesDesk. "
                "Install the newer version to open it; the file has not been changed.",
            ).format(path=path),
            Trouble.NEWER,
        )
    return [name for name in known if name not in applied]


def _migrate(conn: sqlite3.Connection, pending: list[str]) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    if not pending:
        return
    import sqlite_utils

    steps = migrations_module.MIGRATIONS
    migrations_module.migration_set(steps).apply(sqlite_utils.Database(conn))
    conn.execute(f"PRAGMA user_version = {len(steps)}")
    log.info("Applied migrations: %s", ", ".join(pending))


Opener = Callable[[Path, Clock], Store]
