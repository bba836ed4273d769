"""The one place that opens a connection to a CouplesDesk database.

Every connection, the app's, the database worker's, and the destination of a backup, is
opened here, so the settings every connection needs (and, later, the passphrase of an
encrypted database) are applied in one place.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger("couplesdesk.storage")

BUSY_TIMEOUT_S = 2.0
"""How long a write waits for another connection's write to finish before it reports 'in use'."""


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the database at ``path``, in autocommit mode (transactions are explicit),
    usable from the thread that uses it next (each thread keeps its own connection)."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read (checks, backups of a file, salvage); it never creates
    the file, and never writes to it."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def configure(conn: sqlite3.Connection) -> None:
    """The settings every working connection has: WAL, and foreign keys checked."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")


def backup(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database ``conn`` at ``target``, through SQLite's online
    backup API into a connection opened by :func:`connect` (so a copy is keyed like the original)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = connect(target)
    if os.name == "posix":
        os.chmod(target, 0o600)  # a copy of a couple's words is theirs alone, wherever it goes
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("Copied the database to %s", target)
    return target
