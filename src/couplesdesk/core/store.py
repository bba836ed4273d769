"""The one way into the couple's data: a SQLite database, created and migrated by sqlite-utils.

The GUI calls this API and never writes SQL. Every write is short (one statement or one
small transaction) so the window never waits on the disk. Errors a person can meet (a
locked, damaged or newer database, a full disk) become :class:`StoreError` with a message
they can act on.

Schema changes are ordered migrations (sqlite-utils ``Migrations``), each in a
transaction; the file is copied aside before any migration runs, and a database written
by a newer CouplesDesk is refused and left untouched.

Start-up reads only plain ``sqlite3``: sqlite-utils (and everything it imports) is loaded
when a migration is due or on the first write, which the app warms up after its first
frame. Reads are one SQL statement each, through :meth:`Store._rows`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Collection
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, ParamSpec, TypeVar, cast

from .clock import Clock, iso, parse_iso
from .people import PARTNERS

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils import Migrations
    from sqlite_utils.db import Table

log = logging.getLogger("couplesdesk.store")

P = ParamSpec("P")
T = TypeVar("T")

PARTNER_KEYS = PARTNERS
"""The two people, as the exercise format names them."""
BOUNDARY_STATUSES = ("stated", "heard", "needs_time", "talked_through")

MIGRATION_SET = "couplesdesk"
"""The name sqlite-utils records applied migrations under, in ``_sqlite_migrations``."""


def _initial(db: sqlite_utils.Database) -> None:
    db.table("couple").create(
        {
            "id": int,
            "partner_a_name": str,
            "partner_a_color": str,
            "partner_b_name": str,
            "partner_b_color": str,
            "created_at": str,
            "safety_acknowledged_at": str,
        },
        pk="id",
    )
    db.table("runs").create(
        {
            "id": int,
            "exercise_id": str,
            "exercise_version": int,
            "day": str,  # local date the run started, for daily streaks
            "binding": str,  # JSON: role -> partner key, as bound when the run started
            "state": str,  # JSON: the run engine's position, history and timers
            "status": str,  # active / finished / left
            "started_at": str,
            "updated_at": str,
            "finished_at": str,
        },
        pk="id",
        not_null={"exercise_id", "exercise_version", "day", "status", "started_at", "updated_at"},
    )
    db.table("runs").create_index(["status"])
    db.table("runs").create_index(["exercise_id", "day"])
    db.table("answers").create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "author": str,  # partner_a / partner_b / together
            "kind": str,
            "value": str,  # JSON
            "text": str,  # plain words, for search and reports
            "private": int,  # private for good: never revealed, never exported
            "sealed": int,  # written in private, hidden until a reveal step shows it
            "revealed_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        not_null={"run_id", "step_id", "author", "kind", "created_at", "updated_at"},
    )
    db.table("answers").create_index(["run_id", "step_id", "author"], unique=True)
    db.table("pauses").create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "caller": str,
            "minutes": float,
            "started_at": str,
            "return_at": str,
            "ended_at": str,
            "outcome": str,  # resumed / extended / scheduled / left
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("pauses").create_index(["ended_at"])
    db.table("boundaries").create(
        {
            "id": int,
            "run_id": int,
            "author": str,
            "statement": str,
            "status": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("agreements").create(
        {"id": int, "run_id": int, "statement": str, "created_at": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("ratings").create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "author": str,
            "scale": str,  # calm / closeness / safety / the step id
            "value": int,
            "at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("ratings").create_index(["scale", "at"])


def _scheduled_talks(db: sqlite_utils.Database) -> None:
    db.table("scheduled_talks").create(
        {"id": int, "run_id": int, "at": str, "created_at": str, "done_at": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("scheduled_talks").create_index(["at"])


def _run_titles(db: sqlite_utils.Database) -> None:
    # The title a run was started under, so Today and history can name a run without
    # loading the exercise library. Older runs get theirs when the library is next loaded.
    db.table("runs").add_column("title", str)
    db.execute("CREATE INDEX idx_runs_untitled ON runs (exercise_id) WHERE title IS NULL")


MIGRATIONS: tuple[tuple[str, Callable[[sqlite_utils.Database], None]], ...] = (
    ("0001_initial", _initial),
    ("0002_scheduled_talks", _scheduled_talks),
    ("0003_run_titles", _run_titles),
)
"""Every schema change, in order. Never edit or reorder a released one; add a new one."""

SCHEMA_VERSION = len(MIGRATIONS)


def migration_set(steps: tuple[tuple[str, Callable[[sqlite_utils.Database], None]], ...]) -> Migrations:
    """``steps`` as a sqlite-utils migration set (imports sqlite-utils)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in steps:
        migrations(name=name)(fn)
    return migrations


class StoreError(Exception):
    """A problem with the database, worded for the person using the app."""


class Partner(NamedTuple):
    key: str
    name: str
    color: str


class Couple(NamedTuple):
    a: Partner
    b: Partner
    safety_acknowledged: bool

    def partner(self, key: str) -> Partner:
        return self.a if key == "partner_a" else self.b

    def names(self) -> dict[str, str]:
        return {"partner_a": self.a.name, "partner_b": self.b.name}


class RunRecord(NamedTuple):
    id: int
    exercise_id: str
    exercise_version: int
    day: date
    binding: dict[str, str]
    state: dict[str, Any]
    status: str
    started_at: datetime
    updated_at: datetime
    title: str | None = None
    """The exercise's title when the run started (None for runs older than 0003 until the library fills it)."""


class AnswerRecord(NamedTuple):
    step_id: str
    author: str
    kind: str
    value: Any
    text: str
    private: bool
    sealed: bool
    revealed: bool
    updated_at: datetime


class PauseRecord(NamedTuple):
    id: int
    run_id: int
    caller: str | None
    minutes: float
    started_at: datetime
    return_at: datetime
    ended_at: datetime | None
    outcome: str | None


class BoundaryRecord(NamedTuple):
    id: int
    run_id: int | None
    author: str
    statement: str
    status: str
    created_at: datetime
    updated_at: datetime


def _friendly(exc: sqlite3.Error, path: Path) -> StoreError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"The CouplesDesk database is in use by another program ({path}). "
            "Close any other CouplesDesk window, or a sync tool holding the file, and try again."
        )
    if "disk is full" in text:
        return StoreError(
            "The disk is full, so CouplesDesk cannot save. Free some space; what you typed is still on "
            "screen and will be saved once there is room."
        )
    if "disk i/o" in text:
        return StoreError(
            f"CouplesDesk could not read or write {path} (a disk error). Check the disk or the folder it is on; "
            "what you typed is still on screen and will be saved once the disk answers again."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            f"The CouplesDesk database at {path} is damaged and cannot be opened. Your copies made before "
            f"each upgrade are in the 'backups' folder next to it. Move the damaged file aside and start "
            "CouplesDesk again to begin fresh, or restore a backup."
        )
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return StoreError(
            f"CouplesDesk cannot write to {path}. Check that the folder exists and that you may write to it."
        )
    return StoreError(f"The database could not be used ({exc}).")


def _inserted_id(table: Table) -> int:
    """The id of the row just inserted into ``table``. sqlite-utils types ``last_pk`` as
    ``Any | None``; after a one-row insert into a table keyed by an integer ``id`` it is that id."""
    return int(cast(int, table.last_pk))


def connect(path: Path) -> sqlite3.Connection:
    """Open the SQLite connection. The one place a passphrase (SQLCipher) will plug in."""
    conn = sqlite3.connect(str(path), timeout=2.0, isolation_level=None, check_same_thread=False)
    return conn


class Store:
    """The couple's data. Open with :meth:`open`; every method may raise :class:`StoreError`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock):
        self.conn = conn
        self.path = path
        self.clock = clock
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection through sqlite-utils (imported on first use), for writes."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path, clock: Clock, backups: Path | None = None) -> Store:
        path = Path(path)
        existed = path.exists() and path.stat().st_size > 0
        steps = MIGRATIONS
        try:
            conn = connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            applied = cls._applied_migrations(conn)
            known = [name for name, _ in steps]
            if version > len(steps) or any(name not in known for name in applied):
                conn.close()
                raise StoreError(
                    f"This database ({path}) was written by a newer version of CouplesDesk. "
                    "Install the newer version to open it; the file has not been changed."
                )
            pending = [name for name in known if name not in applied]
            if pending and existed and applied:
                cls._backup(conn, path, backups or path.parent / "backups", pending[0], clock)
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(conn, path, clock)
            if pending:
                migration_set(steps).apply(store.db)
                conn.execute(f"PRAGMA user_version = {len(steps)}")
        except StoreError:
            raise
        except sqlite3.Error as exc:
            raise _friendly(exc, path) from None
        except OSError as exc:
            raise StoreError(f"CouplesDesk cannot open {path}: {exc.strerror or exc}.") from None
        return store

    @staticmethod
    def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
        """The names of the migrations already applied (sqlite-utils' own table), oldest first."""
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        if not exists:
            return []
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
        )
        return [name for (name,) in rows]

    @staticmethod
    def _backup(conn: sqlite3.Connection, path: Path, folder: Path, name: str, clock: Clock) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{path.stem}-{stamp}-before-{name}.db"
        with sqlite3.connect(str(target)) as dest:
            conn.backup(dest)
        dest.close()
        log.info("Copied the database to %s before migrating", target)
        return target

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def _guard(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None

    def _now(self) -> str:
        return iso(self.clock.now())

    def _rows(self, sql: str, params: Collection[Any] = ()) -> list[dict[str, Any]]:
        """The rows of one read, as dicts by column name."""

        def read() -> list[dict[str, Any]]:
            cursor = self.conn.execute(sql, list(params))
            keys = [d[0] for d in cursor.description]
            return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

        return self._guard(read)

    # ------------------------------------------------------------------ the couple

    def couple(self) -> Couple | None:
        rows = self._rows("SELECT * FROM couple WHERE id = 1")
        if not rows:
            return None
        r = rows[0]
        return Couple(
            Partner("partner_a", r["partner_a_name"], r["partner_a_color"]),
            Partner("partner_b", r["partner_b_name"], r["partner_b_color"]),
            bool(r["safety_acknowledged_at"]),
        )

    def save_couple(self, a_name: str, a_color: str, b_name: str, b_color: str) -> None:
        a_name, b_name = a_name.strip(), b_name.strip()
        if not a_name or not b_name:
            raise ValueError("both partners need a name")
        if a_name.casefold() == b_name.casefold():
            raise ValueError("the two names need to be different, so the app can tell you apart")
        existing = self.couple()
        row = {
            "id": 1,
            "partner_a_name": a_name,
            "partner_a_color": a_color,
            "partner_b_name": b_name,
            "partner_b_color": b_color,
        }
        if existing is None:
            row["created_at"] = self._now()
        self._guard(self.db.table("couple").upsert, row, pk="id")

    def acknowledge_safety(self) -> None:
        self._guard(self.db.table("couple").update, 1, {"safety_acknowledged_at": self._now()})

    # ------------------------------------------------------------------ runs

    def create_run(
        self,
        exercise_id: str,
        exercise_version: int,
        binding: dict[str, str],
        state: dict[str, Any],
        title: str | None = None,
    ) -> int:
        now = self.clock.now()
        table = self.db.table("runs")
        self._guard(
            table.insert,
            {
                "exercise_id": exercise_id,
                "exercise_version": exercise_version,
                "title": title,
                "day": self.clock.today().isoformat(),
                "binding": json.dumps(binding),
                "state": json.dumps(state),
                "status": "active",
                "started_at": iso(now),
                "updated_at": iso(now),
            },
        )
        return _inserted_id(table)

    def save_run_state(self, run_id: int, state: dict[str, Any], binding: dict[str, str] | None = None) -> None:
        values: dict[str, Any] = {"state": json.dumps(state), "updated_at": self._now()}
        if binding is not None:
            values["binding"] = json.dumps(binding)
        self._guard(self.db.table("runs").update, run_id, values)

    def end_run(self, run_id: int, status: str) -> None:
        if status not in ("finished", "left"):
            raise ValueError(f"a run ends as 'finished' or 'left', not {status!r}")
        values: dict[str, Any] = {"status": status, "updated_at": self._now()}
        if status == "finished":
            values["finished_at"] = self._now()
        self._guard(self.db.table("runs").update, run_id, values)

    def reopen_run(self, run_id: int) -> None:
        self._guard(self.db.table("runs").update, run_id, {"status": "active", "updated_at": self._now()})

    @staticmethod
    def _run(row: dict[str, Any]) -> RunRecord:
        return RunRecord(
            id=row["id"],
            exercise_id=row["exercise_id"],
            exercise_version=row["exercise_version"],
            day=date.fromisoformat(row["day"]),
            binding=json.loads(row["binding"] or "{}"),
            state=json.loads(row["state"] or "{}"),
            status=row["status"],
            started_at=parse_iso(row["started_at"]),
            updated_at=parse_iso(row["updated_at"]),
            title=row.get("title"),
        )

    def fill_run_titles(self, titles: dict[str, str]) -> int:
        """Give runs that have no title yet (started before titles were kept) the title of their
        exercise, from ``titles`` (exercise id -> title). Returns how many runs got one.

        Cheap when there is nothing to do: a partial index holds only the untitled runs."""

        def fill() -> int:
            untitled = [
                eid for (eid,) in self.conn.execute("SELECT DISTINCT exercise_id FROM runs WHERE title IS NULL")
            ]
            changed = 0
            for eid in untitled:
                if eid in titles:
                    changed += self.conn.execute(
                        "UPDATE runs SET title = ? WHERE exercise_id = ? AND title IS NULL", [titles[eid], eid]
                    ).rowcount
            return changed

        return self._guard(fill)

    def run(self, run_id: int) -> RunRecord:
        rows = self._rows("SELECT * FROM runs WHERE id = ?", [run_id])
        if not rows:
            raise KeyError(run_id)
        return self._run(rows[0])

    def unfinished_runs(self) -> list[RunRecord]:
        rows = self._rows("SELECT * FROM runs WHERE status IN ('active', 'left') ORDER BY updated_at DESC LIMIT 20")
        return [self._run(r) for r in rows]

    def runs_of(self, exercise_id: str) -> list[RunRecord]:
        rows = self._rows("SELECT * FROM runs WHERE exercise_id = ? ORDER BY id", [exercise_id])
        return [self._run(r) for r in rows]

    # ------------------------------------------------------------------ answers

    def save_answer(
        self,
        run_id: int,
        step_id: str,
        author: str,
        kind: str,
        value: Any,
        text: str,
        *,
        private: bool,
        sealed: bool,
    ) -> None:
        """Insert or update one answer. Called on every autosave, so it is one statement."""
        now = self._now()
        self._guard(
            self.conn.execute,
            """
            INSERT INTO answers (run_id, step_id, author, kind, value, text, private, sealed, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (run_id, step_id, author) DO UPDATE SET
                value = excluded.value, text = excluded.text, kind = excluded.kind,
                private = excluded.private, sealed = excluded.sealed, updated_at = excluded.updated_at
            """,
            [run_id, step_id, author, kind, json.dumps(value), text, int(private), int(sealed), now, now],
        )

    def mark_revealed(self, run_id: int, step_ids: list[str]) -> None:
        if not step_ids:
            return
        marks = ",".join("?" for _ in step_ids)
        self._guard(
            self.conn.execute,
            f"UPDATE answers SET revealed_at = ? WHERE run_id = ? AND private = 0 AND revealed_at IS NULL AND step_id IN ({marks})",
            [self._now(), run_id, *step_ids],
        )

    def answers(self, run_id: int) -> dict[tuple[str, str], AnswerRecord]:
        rows = self._rows("SELECT * FROM answers WHERE run_id = ?", [run_id])
        return {
            (r["step_id"], r["author"]): AnswerRecord(
                step_id=r["step_id"],
                author=r["author"],
                kind=r["kind"],
                value=json.loads(r["value"]) if r["value"] is not None else None,
                text=r["text"] or "",
                private=bool(r["private"]),
                sealed=bool(r["sealed"]),
                revealed=r["revealed_at"] is not None,
                updated_at=parse_iso(r["updated_at"]),
            )
            for r in rows
        }

    # ------------------------------------------------------------------ ratings

    def add_rating(self, run_id: int, step_id: str, author: str, scale: str, value: int) -> None:
        """Record a rating; a later change of the same rating in the same run replaces it."""

        def replace() -> None:
            with self.db.atomic():
                self.db.execute(
                    "DELETE FROM ratings WHERE run_id = ? AND step_id = ? AND author = ?",
                    [run_id, step_id, author],
                )
                self.db.table("ratings").insert(
                    {
                        "run_id": run_id,
                        "step_id": step_id,
                        "author": author,
                        "scale": scale,
                        "value": value,
                        "at": self._now(),
                    }
                )

        self._guard(replace)

    def ratings(self, scale: str) -> list[tuple[datetime, str, int]]:
        rows = self._rows("SELECT * FROM ratings WHERE scale = ? ORDER BY at", [scale])
        return [(parse_iso(r["at"]), r["author"], r["value"]) for r in rows]

    # ------------------------------------------------------------------ pauses

    def start_pause(self, run_id: int, step_id: str, caller: str | None, minutes: float, return_at: datetime) -> int:
        table = self.db.table("pauses")
        self._guard(
            table.insert,
            {
                "run_id": run_id,
                "step_id": step_id,
                "caller": caller,
                "minutes": minutes,
                "started_at": self._now(),
                "return_at": iso(return_at),
            },
        )
        return _inserted_id(table)

    def end_pause(self, pause_id: int, outcome: str) -> None:
        self._guard(self.db.table("pauses").update, pause_id, {"ended_at": self._now(), "outcome": outcome})

    def end_pauses_of_run(self, run_id: int, outcome: str) -> None:
        self._guard(
            self.conn.execute,
            "UPDATE pauses SET ended_at = ?, outcome = ? WHERE run_id = ? AND ended_at IS NULL",
            [self._now(), outcome, run_id],
        )

    @staticmethod
    def _pause(r: dict[str, Any]) -> PauseRecord:
        return PauseRecord(
            id=r["id"],
            run_id=r["run_id"],
            caller=r["caller"],
            minutes=r["minutes"],
            started_at=parse_iso(r["started_at"]),
            return_at=parse_iso(r["return_at"]),
            ended_at=parse_iso(r["ended_at"]) if r["ended_at"] else None,
            outcome=r["outcome"],
        )

    def active_pause(self) -> PauseRecord | None:
        rows = self._rows("SELECT * FROM pauses WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1")
        return self._pause(rows[0]) if rows else None

    def pauses(self) -> list[PauseRecord]:
        return [self._pause(r) for r in self._rows("SELECT * FROM pauses ORDER BY id")]

    # ------------------------------------------------------------------ boundaries and agreements

    def add_boundary(self, run_id: int | None, author: str, statement: str, status: str = "stated") -> int:
        if status not in BOUNDARY_STATUSES:
            raise ValueError(f"unknown boundary status {status!r}")
        table = self.db.table("boundaries")
        now = self._now()
        self._guard(
            table.insert,
            {
                "run_id": run_id,
                "author": author,
                "statement": statement,
                "status": status,
                "created_at": now,
                "updated_at": now,
            },
        )
        return _inserted_id(table)

    def set_boundary_status(self, boundary_id: int, status: str) -> None:
        if status not in BOUNDARY_STATUSES:
            raise ValueError(f"unknown boundary status {status!r}")
        self._guard(self.db.table("boundaries").update, boundary_id, {"status": status, "updated_at": self._now()})

    def boundaries(self, limit: int | None = None) -> list[BoundaryRecord]:
        rows = self._rows(
            "SELECT * FROM boundaries ORDER BY created_at DESC, id DESC LIMIT ?", [limit if limit is not None else -1]
        )
        return [
            BoundaryRecord(
                id=r["id"],
                run_id=r["run_id"],
                author=r["author"],
                statement=r["statement"],
                status=r["status"],
                created_at=parse_iso(r["created_at"]),
                updated_at=parse_iso(r["updated_at"]),
            )
            for r in rows
        ]

    def add_agreement(self, run_id: int, statement: str) -> None:
        self._guard(
            self.db.table("agreements").insert, {"run_id": run_id, "statement": statement, "created_at": self._now()}
        )

    def agreements(self) -> list[tuple[datetime, str]]:
        rows = self._rows("SELECT * FROM agreements ORDER BY id")
        return [(parse_iso(r["created_at"]), r["statement"]) for r in rows]

    # ------------------------------------------------------------------ scheduled talks

    def schedule_talk(self, run_id: int, at: datetime) -> None:
        """Keep the time a couple chose to pick a conversation up again (one per run)."""

        def replace() -> None:
            with self.db.atomic():
                self.db.execute("DELETE FROM scheduled_talks WHERE run_id = ?", [run_id])
                self.db.table("scheduled_talks").insert({"run_id": run_id, "at": iso(at), "created_at": self._now()})

        self._guard(replace)

    def next_scheduled_talk(self, now: datetime, grace: timedelta = timedelta(hours=1)) -> datetime | None:
        """The next planned talk still ahead (or begun less than ``grace`` ago), if any."""
        rows = self._guard(
            lambda: self.conn.execute(
                "SELECT at FROM scheduled_talks WHERE done_at IS NULL AND at >= ? ORDER BY at LIMIT 1",
                [iso(now - grace)],
            ).fetchall()
        )
        return parse_iso(rows[0][0]) if rows else None

    # ------------------------------------------------------------------ daily shares

    def share_days(self, exercise_id: str, step_id: str, since: date | None = None) -> dict[date, set[str]]:
        """For each day, which partners wrote a non-empty answer to ``step_id`` of ``exercise_id``."""
        sql = """
            SELECT runs.day AS day, answers.author AS author
            FROM answers JOIN runs ON runs.id = answers.run_id
            WHERE runs.exercise_id = ? AND answers.step_id = ? AND trim(coalesce(answers.text, '')) != ''
        """
        params: list[Any] = [exercise_id, step_id]
        if since is not None:
            sql += " AND runs.day >= ?"
            params.append(since.isoformat())
        days: dict[date, set[str]] = {}
        for day, author in self._guard(lambda: self.conn.execute(sql, params).fetchall()):
            days.setdefault(date.fromisoformat(day), set()).add(author)
        return days

    def share_streak(self, exercise_id: str, step_id: str, today: date) -> int:
        """Consecutive days, up to today, on which both partners shared. Today still counts
        as 'not broken yet' when it has no share: the streak runs to yesterday.

        Reads only as many recent days as the streak needs (a month, then more only while
        the streak reaches back that far), so Today stays quick on years of history."""
        window = 32
        while True:
            window = min(window, 3660)
            since = today - timedelta(days=window)
            days = self.share_days(exercise_id, step_id, since=since)
            both = {d for d, who in days.items() if set(PARTNER_KEYS) <= who}
            day = today if today in both else today - timedelta(days=1)
            streak = 0
            while day in both:
                streak += 1
                day -= timedelta(days=1)
            if day >= since or window >= 3660:
                return streak
            window *= 4

    # ------------------------------------------------------------------ cheap reads for the Today page
    # Read-only; each is one indexed query with a limit, so Today opens as fast on ten years of
    # history as on an empty database.

    def unfinished_run_counts(self, skip_runs: Collection[int] = ()) -> dict[str, int]:
        """How many runs are unfinished (active or left), by exercise id; ``skip_runs`` are not counted."""
        sql = "SELECT exercise_id, count(*) FROM runs WHERE status IN ('active', 'left')"
        params: list[Any] = list(skip_runs)
        if params:
            sql += f" AND id NOT IN ({','.join('?' for _ in params)})"
        sql += " GROUP BY exercise_id"
        return {eid: n for eid, n in self._guard(lambda: self.conn.execute(sql, params).fetchall())}

    def recent_unfinished_runs(
        self, limit: int, *, skip_exercises: Collection[str] = (), skip_runs: Collection[int] = ()
    ) -> list[RunRecord]:
        """The ``limit`` most recently touched unfinished runs, newest first, leaving out the runs of
        ``skip_exercises`` (e.g. exercises no longer in the library) and the runs ``skip_runs``."""
        where = "status IN ('active', 'left')"
        params: list[Any] = []
        if skip_exercises:
            where += f" AND exercise_id NOT IN ({','.join('?' for _ in skip_exercises)})"
            params += list(skip_exercises)
        if skip_runs:
            where += f" AND id NOT IN ({','.join('?' for _ in skip_runs)})"
            params += list(skip_runs)
        rows = self._rows(
            f"SELECT * FROM runs WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT ?", [*params, limit]
        )
        return [self._run(r) for r in rows]

    def unfinished_run_on(self, exercise_id: str, day: date) -> RunRecord | None:
        """The most recently touched unfinished run of ``exercise_id`` started on ``day``, if any."""
        rows = self._rows(
            "SELECT * FROM runs WHERE exercise_id = ? AND day = ? AND status IN ('active', 'left') "
            "ORDER BY updated_at DESC, id DESC LIMIT 1",
            [exercise_id, day.isoformat()],
        )
        return self._run(rows[0]) if rows else None
