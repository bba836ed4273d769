"""The one place that opens a connection to a CouplesDesk database.

Every connection, the app's, the database worker's, and the destination of a backup, is
opened here, so the settings every connection needs (and the key of an encrypted database,
through SQLCipher) are applied in one place.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any, cast

from .errors import add_driver_errors

log = logging.getLogger("couplesdesk.storage")

BUSY_TIMEOUT_S = 2.0
"""How long a write waits for another connection's write to finish before it reports 'in use'."""


def connect(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection to the database at ``path``, in autocommit mode (transactions are explicit),
    usable from the thread that uses it next (each thread keeps its own connection). With
    ``key``, an encrypted database through SQLCipher, keyed before anything is read."""
    if key is None:
        return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    dbapi2 = _sqlcipher()
    conn = dbapi2.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    _key(conn, key)
    # Plain SQLite rereads pages from the OS's cache; SQLCipher decrypts every page it rereads.
    # A page cache of up to 64 MiB keeps a large history decrypted once (benchmarks/encrypted.py:
    # a scan of ten years' answers 131 ms with the default 2 MiB, 17 ms with this; plain: 20 ms).
    conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    return cast(sqlite3.Connection, conn)


ENCRYPTED_CACHE_KIB = 65536


def read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection that can only read (checks, backups of a file, salvage); it never creates
    the file, and never writes to it. A plain file is read as one even when ``key`` is given
    (a backup from before encryption was turned on)."""
    if key is None or is_plain(path):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    dbapi2 = _sqlcipher()
    conn = dbapi2.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    _key(conn, key)
    return cast(sqlite3.Connection, conn)


def is_plain(path: Path) -> bool:
    """Whether the file starts like a plain SQLite database (an encrypted one looks random)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == PLAIN_HEADER
    except OSError:
        return False


PLAIN_HEADER = b"SQLite format 3\x00"


def _sqlcipher() -> Any:
    """SQLCipher's driver, loaded when an encrypted database is first opened (its errors then
    count as database errors everywhere)."""
    from sqlcipher3 import dbapi2

    add_driver_errors(dbapi2.Error)
    return dbapi2


def _key(conn: Any, key: bytes) -> None:
    # Quiet first: SQLCipher logs every failed page decryption to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here, not later


def export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Every table, index and row of ``source`` into a new file ``target`` keyed with
    ``target_key`` (None: plain SQLite), with ``sqlcipher_export``; ``user_version`` by hand."""
    dbapi2 = _sqlcipher()
    conn = dbapi2.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            _key(conn, source_key)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), f"x'{target_key.hex()}'" if target_key else ""))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    if os.name == "posix":
        os.chmod(target, 0o600)


def configure(conn: sqlite3.Connection) -> None:
    """The settings every working connection has: WAL, and foreign keys checked."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # freed pages are overwritten: deleted words leave no trace


def backup(conn: sqlite3.Connection, target: Path, key: bytes | None = None) -> Path:
    """A consistent copy of the open database ``conn`` at ``target``, through SQLite's online
    backup API into a connection opened by :func:`connect` with the same ``key``: the copy of
    an encrypted database is encrypted alike (SQLCipher copies only between keyed connections)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = connect(target, key)
    if os.name == "posix":
        os.chmod(target, 0o600)  # a copy of a couple's words is theirs alone, wherever it goes
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("Copied the database to %s", target)
    return target
