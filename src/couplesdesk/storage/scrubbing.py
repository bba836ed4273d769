"""Deleted words out of every copy of the database in the data folder, too.

A backup is a whole copy of the database as it was that day, so text a couple deleted would
live on in it, and come back with a restore. :func:`scrub_copies` carries every deletion made
since a copy was taken into it: each tombstone of the live database replaces the row it
stands for in the copy (``secure_delete`` on, so the old bytes are overwritten), and the
copy's log is emptied. It runs after each deletion and at the daily rotation (for a deletion
whose scrub was cut short). A copy kept aside because it was damaged is only written to if
it checks out sound; a copy made before the schema had stable ids (before 0004) cannot be
matched row by row and is left to rotation.

:func:`remove_copies` removes every copy at once, each overwritten before it is unlinked
("Forget everything").
"""

import logging
import os
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any, NamedTuple

from ..core.clock import iso
from . import connection as connections
from .backups import backups_in
from .errors import database_errors
from .health import quick_check

log = logging.getLogger("couplesdesk.storage")

MARGIN = timedelta(days=1)
"""A deletion this long before a backup's time is carried into it anyway (a clock set back)."""


class Tombstones(NamedTuple):
    """The deleted rows of one table: its columns, and the rows (whole) with their deletion time."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    deleted: list[str]  # deleted_at of each row, ISO in UTC (sorts as text)


def copies(database: Path, backups: Path) -> list[Path]:
    """Every copy of the database in the data folder: backups, copies kept aside (damaged,
    replaced) and any other database file there; never the database itself."""
    found: list[Path] = []
    for place in (database.parent, backups):
        if place.is_dir():
            found += [p for p in sorted(place.glob("*.db")) if p.is_file() and p.resolve() != database.resolve()]
    return found


def read_tombstones(conn: sqlite3.Connection) -> dict[str, Tombstones]:
    """Every tombstone of the live database, by table (every table with ``deleted_at``)."""
    found = {}
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        if not any(row[1] == "deleted_at" for row in conn.execute(f'PRAGMA table_info("{table}")')):
            continue
        cursor = conn.execute(f"SELECT * FROM {table} WHERE deleted_at IS NOT NULL")
        columns = [d[0] for d in cursor.description]
        rows = [tuple(r) for r in cursor.fetchall()]
        at = columns.index("deleted_at")
        found[table] = Tombstones(columns, rows, [str(r[at]) for r in rows])
    return found


def scrub_copies(live: sqlite3.Connection, database: Path, backups: Path, key: bytes | None) -> list[Path]:
    """Carry the live database's deletions into every copy in the data folder. Returns the
    copies that changed; a copy that cannot be opened or written is logged and left."""
    tombstones = read_tombstones(live)
    if not any(t.rows for t in tombstones.values()):
        return []
    taken = {b.path: b.taken_at for b in backups_in(backups)}
    changed = []
    trouble: tuple[type[BaseException], ...] = (OSError, *database_errors())
    for path in copies(database, backups):
        since = iso(taken[path] - MARGIN) if path in taken else ""
        try:
            if _scrub(path, tombstones, since, key, check=path not in taken):
                changed.append(path)
        except trouble as exc:
            log.warning("Deleted words could not be taken out of %s: %s", path.name, exc)
    if changed:
        log.info("Took deleted words out of %d copies", len(changed))
    return changed


def _scrub(path: Path, tombstones: dict[str, Tombstones], since: str, key: bytes | None, check: bool) -> bool:
    plain = connections.is_plain(path)
    if not plain and key is None:
        log.warning("%s is encrypted and this folder is not: left as it is", path.name)
        return False
    conn = connections.connect(path, None if plain else key)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        if check and quick_check(conn) is not None:
            log.warning("%s is damaged: nothing is written to it", path.name)
            return False
        conn.execute("BEGIN")
        try:
            changed = sum(_scrub_table(conn, table, found, since) for table, found in tombstones.items())
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if changed:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return changed > 0
    finally:
        conn.close()


def _scrub_table(conn: sqlite3.Connection, table: str, found: Tombstones, since: str) -> int:
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    if not {"id", "deleted_at"} <= have:
        return 0  # not there, or from before stable ids
    shared = [i for i, c in enumerate(found.columns) if c in have and c != "id"]
    at_id = found.columns.index("id")
    sets = ", ".join(f"{found.columns[i]} = ?" for i in shared)
    sql = f"UPDATE {table} SET {sets} WHERE id = ? AND deleted_at IS NULL"
    changed = 0
    for row, deleted in zip(found.rows, found.deleted, strict=True):
        if deleted >= since:
            changed += conn.execute(sql, [*(row[i] for i in shared), row[at_id]]).rowcount
    return changed


# --------------------------------------------------------------------------- removing


LIVE_SIDE_FILES = ("", "-wal", "-shm", "-journal")
COPY_ENDINGS = (".db", ".db-wal", ".db-shm", ".db-journal", ".db.partial")


class Removed(NamedTuple):
    removed: list[Path]
    left: list[Path]  # could not be removed (the reason is logged)


def remove_copies(database: Path, backups: Path) -> Removed:
    """Every backup, and every copy kept aside in the data folder (with their logs), each
    overwritten with zeros and then removed; the database itself stays."""
    live = {f"{database.name}{suffix}" for suffix in LIVE_SIDE_FILES}
    doomed = []
    if backups.is_dir():
        doomed += sorted(p for p in backups.iterdir() if p.is_file())
    if database.parent.is_dir():
        doomed += sorted(
            p for p in database.parent.iterdir() if p.is_file() and p.name.endswith(COPY_ENDINGS) and p.name not in live
        )
    result = Removed([], [])
    for path in doomed:
        try:
            shred(path)
        except OSError as exc:
            log.warning("Could not remove %s: %s", path.name, exc)
            result.left.append(path)
        else:
            result.removed.append(path)
    log.info("Removed %d copies of the database", len(result.removed))
    return result


def shred(path: Path) -> None:
    """Zeros over a file, then remove it. (On a copy-on-write file system or an SSD the old
    blocks may survive elsewhere; this is the best a program can do.)"""
    with open(path, "r+b") as fh:
        size = os.fstat(fh.fileno()).st_size
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            fh.write(chunk[: min(left, len(chunk))])
            left -= min(left, len(chunk))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
