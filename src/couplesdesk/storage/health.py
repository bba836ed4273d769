"""Is the database sound, and what does it hold; restoring a backup; saving what can be read.

Nothing here deletes a couple's data: a damaged database is moved aside (renamed, with its
WAL), never removed; a restore first copies the current database, if it is sound.
"""

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from . import connection as connections
from .backups import backups_in, make_backup
from .errors import database_errors

log = logging.getLogger("couplesdesk.storage")

HEADER = b"SQLite format 3\x00"
COUNTED = ("runs", "answers", "boundaries", "agreements", "pauses", "ratings")
"""What a report of a database counts (rows not deleted)."""


class Health(NamedTuple):
    """A database file as found: ``problem`` is None when it is sound."""

    path: Path
    problem: str | None
    counts: dict[str, int]
    version: int = 0
    last_activity: str | None = None  # the day of the latest run, YYYY-MM-DD

    @property
    def sound(self) -> bool:
        return self.problem is None

    def summary(self) -> str:
        """What it holds, in words: '12 exercises, 30 answers, 2 boundaries'."""
        if not self.counts:
            return "nothing yet"
        words = {"runs": "exercise", "answers": "answer", "boundaries": "boundary", "agreements": "agreement"}
        parts = []
        for table, word in words.items():
            n = self.counts.get(table, 0)
            plural = "boundaries" if word == "boundary" else f"{word}s"
            parts.append(f"{n} {word if n == 1 else plural}")
        return ", ".join(parts)


def header_problem(path: Path, key: bytes | None = None) -> str | None:
    """What is wrong with the file before SQLite reads it (cheap: 100 bytes), or None. An
    encrypted file (``key`` given) looks random, so only its length can be judged."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return "is missing"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not head:
        return "is empty (0 bytes)"
    if key is not None and not head.startswith(HEADER):
        return None if len(head) == 100 else "is too short to be a database"
    if not head.startswith(HEADER) or len(head) < 100:
        return "is not a CouplesDesk database any more (its first bytes are wrong)"
    return None


def _read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    return connections.read_only(path, key)


def quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick check of every page: None when sound, else its first complaint."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows and rows[0][0] == "ok":
        return None
    return str(rows[0][0]) if rows else "the check gave no answer"


def check(path: Path, key: bytes | None = None) -> Health:
    """Check a database file (the live one, or a backup) without changing it. With ``key``,
    an encrypted file is read with it (a plain one, from before, is read as it is)."""
    problem = header_problem(path, key)
    if problem is not None:
        return Health(path, problem, {})
    if key is None and not connections.is_plain(path):
        return Health(path, "is encrypted: the passphrase is needed to read it", {})
    try:
        conn = _read_only(path, key)
        try:
            complaint = quick_check(conn)
            if complaint is not None:
                return Health(path, f"is damaged: {complaint}", {})
            return _contents(path, conn)
        finally:
            conn.close()
    except database_errors() as exc:
        return Health(path, f"is damaged: {exc}", {})


def _contents(path: Path, conn: sqlite3.Connection) -> Health:
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts = {}
    for table in COUNTED:
        if table in tables:
            live = " WHERE deleted_at IS NULL" if _has_column(conn, table, "deleted_at") else ""
            counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}{live}").fetchone()[0])
    last = conn.execute("SELECT max(day) FROM runs").fetchone()[0] if "runs" in tables else None
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return Health(path, None, counts, version, last)


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))


def newest_good_backup(folder: Path, key: bytes | None = None) -> Health | None:
    """The newest backup that checks out sound, with what it holds."""
    for backup in backups_in(folder):
        health = check(backup.path, key)
        if health.sound:
            return health
    return None


def move_aside(path: Path, when: datetime, why: str = "damaged") -> Path | None:
    """Rename the database (and its WAL and shared-memory files) out of the way; never delete it."""
    if not path.exists():
        return None
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-{why}-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    log.warning("Moved the %s database aside: %s", why, target.name)
    return target


def restore(path: Path, backup: Path, backups: Path, when: datetime, key: bytes | None = None) -> Path | None:
    """Put the backup in place of the database. The current database is copied first if it is
    sound, and moved aside (renamed, kept) either way. Returns where it was moved."""
    found = check(backup, key)
    if not found.sound:
        raise ValueError(f"The backup {backup.name} {found.problem}; choose another one.")
    current = check(path, key)
    if current.sound:
        conn = _read_only(path, key)
        try:
            make_backup(conn, backups, when, "before-restore", key)
        finally:
            conn.close()
    aside = move_aside(path, when, "replaced" if current.sound else "damaged")
    source = _read_only(backup, key)
    plain_copy = key is not None and connections.is_plain(backup)  # made before encryption was on
    try:
        connections.backup(source, path, None if plain_copy else key)
    finally:
        source.close()
    if plain_copy:
        from .encryption import convert

        convert(path, None, key)  # an encrypted folder never holds a plain database
    log.info("Restored %s", backup.name)
    return aside


def salvage(damaged: Path, target: Path, key: bytes | None = None) -> dict[str, int]:
    """Copy every row that can still be read from a damaged database into ``target`` (a
    database already created with the current schema), table by table, skipping what cannot
    be read; like the sqlite3 shell's ``.recover``, with no shell. Returns rows saved per table."""
    saved: dict[str, int] = {}
    try:
        source = _read_only(damaged, key)
    except database_errors():
        return saved
    dest = connections.connect(target, key)
    try:
        wanted = [
            n
            for (n,) in dest.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name != 'local_device'"
            )
        ]
        for table in wanted:
            saved[table] = _salvage_table(source, dest, table)
    finally:
        source.close()
        dest.close()
    return saved


def _salvage_table(source: sqlite3.Connection, dest: sqlite3.Connection, table: str) -> int:
    try:
        columns = [r[1] for r in dest.execute(f"PRAGMA table_info({table})")]
        have = {r[1] for r in source.execute(f"PRAGMA table_info({table})")}
        top = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except database_errors():
        return 0
    shared = [c for c in columns if c in have]
    if "id" not in shared:
        return 0
    insert = f"INSERT OR IGNORE INTO {table} ({', '.join(shared)}) VALUES ({', '.join('?' for _ in shared)})"
    saved = 0
    pending = [(0, top)]
    while pending:  # read a range of rows; when it fails, split it and try the halves
        lo, hi = pending.pop()
        try:
            rows = source.execute(
                f"SELECT {', '.join(shared)} FROM {table} WHERE rowid BETWEEN ? AND ?", [lo, hi]
            ).fetchall()
        except database_errors():
            if hi > lo:
                mid = (lo + hi) // 2
                pending += [(lo, mid), (mid + 1, hi)]
            continue
        dest.execute("BEGIN")
        saved += sum(dest.execute(insert, row).rowcount for row in rows)
        dest.execute("COMMIT")
    return saved
