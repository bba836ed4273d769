"""What every repository shares: one connection, the clock, this device, and announcing changes."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ..core.clock import Clock, iso
from .changes import Changes
from .errors import StoreError, database_errors, friendly
from .vault import Vault

if TYPE_CHECKING:
    import sqlite_utils

P = ParamSpec("P")
T = TypeVar("T")

Listener = Callable[[Changes], None]


def new_id() -> str:
    """A stable id for a new row: a random UUID, the same on every device the row reaches."""
    import uuid  # on the first write, not at start-up (it imports platform)

    return str(uuid.uuid4())


_savepoints = itertools.count(1)


def placeholders(values: Collection[Any]) -> str:
    """``?, ?, ?`` for an ``IN (...)`` list of ``values``."""
    return ",".join("?" for _ in values)


class Gate:
    """Writes wait here until the database has been checked, and are refused if it is damaged:
    a damaged database is never written to. Shared by every connection to one database."""

    def __init__(self) -> None:
        self.checked = threading.Event()
        self.checked.set()  # nothing to wait for until a check is started
        self.damage: StoreError | None = None
        self.listeners: list[Callable[[StoreError | None], None]] = []

    def start(self) -> None:
        self.checked.clear()

    def finish(self, damage: StoreError | None) -> None:
        self.damage = damage
        self.checked.set()
        for listener in list(self.listeners):
            listener(damage)

    def open(self) -> None:
        """Wait for the check; raise what it found."""
        self.checked.wait()
        if self.damage is not None:
            raise self.damage


class Connection:
    """One open database, as the repositories use it.

    Reads are one statement each (:meth:`rows`); a write names what it changed
    (:meth:`write` or :meth:`announce`), and every listener hears it, once per
    outermost :meth:`batch`. Database errors become :class:`~.errors.StoreError`.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        clock: Clock,
        device: str,
        gate: Gate | None = None,
        key: bytes | None = None,
        backups: Path | None = None,
        vault: Vault | None = None,
    ):
        self.gate = gate or Gate()
        self.key = key  # the database key when it is encrypted (kept in memory only)
        self.vault = vault or Vault()  # the partners' personal keys open now (memory only)
        self.conn = conn
        self.path = path
        self.backups = backups or path.parent / "backups"  # where its backups are (a deletion reaches them too)
        self.clock = clock
        self.device = device
        self.listeners: list[Listener] = []
        self._db: sqlite_utils.Database | None = None
        self._batch_depth = 0
        self._pending = Changes.NONE

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection through sqlite-utils (imported on first use)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def now(self) -> str:
        return iso(self.clock.now())

    def guard(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except database_errors() as exc:
            raise friendly(exc, self.path) from None

    def rows(self, sql: str, params: Collection[Any] = ()) -> list[dict[str, Any]]:
        """The rows of one read, as dicts by column name."""

        def read() -> list[dict[str, Any]]:
            cursor = self.conn.execute(sql, list(params))
            keys = [d[0] for d in cursor.description]
            return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

        return self.guard(read)

    def values(self, sql: str, params: Collection[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one read, as tuples."""
        return self.guard(lambda: [tuple(r) for r in self.conn.execute(sql, list(params)).fetchall()])

    def write(self, changes: Changes, sql: str, params: Collection[Any] = ()) -> int:
        """Run one writing statement; announce ``changes``. Returns how many rows it changed."""
        self.gate.open()
        count = self.guard(lambda: self.conn.execute(sql, list(params)).rowcount)
        self.announce(changes)
        return int(count)

    @contextmanager
    def transaction(self, changes: Changes) -> Iterator[None]:
        """Several statements as one: all of them or none. ``changes`` is announced after commit."""
        self.gate.open()
        savepoint = f"sp_{next(_savepoints)}"
        self.guard(self.conn.execute, f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            try:
                self.conn.execute(f"ROLLBACK TO {savepoint}")
                self.conn.execute(f"RELEASE {savepoint}")
            except database_errors():
                pass
            raise
        self.guard(self.conn.execute, f"RELEASE {savepoint}")
        self.announce(changes)

    def execute(self, sql: str, params: Collection[Any] = ()) -> int:
        """One writing statement inside a :meth:`transaction` (which announces)."""
        return int(self.guard(lambda: self.conn.execute(sql, list(params)).rowcount))

    def announce(self, changes: Changes) -> None:
        if not changes:
            return
        if self._batch_depth:
            self._pending |= changes
            return
        for listener in list(self.listeners):
            listener(changes)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce everything written inside as one change, at the end (even if it fails half-way:
        what was written is announced)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if not self._batch_depth:
                pending, self._pending = self._pending, Changes.NONE
                self.announce(pending)


class Repository:
    """A repository: the reads and writes of one subject, over a shared :class:`Connection`."""

    def __init__(self, db: Connection):
        self._c = db
