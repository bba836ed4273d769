"""Database errors, classified by SQLite's error code and worded for the person using the app.

SQLite says exactly what went wrong in its result code (``sqlite3.Error.sqlite_errorcode``,
Python 3.11); the message text is for developers and differs between versions and builds
(SQLCipher words some of them its own way). So the kind of a problem is read from the code,
never from the words.
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

from ..core.i18n import translate


class Trouble(Enum):
    """What kind of problem a database error is, as far as the person using the app is concerned."""

    BUSY = "busy"  # another program holds the file
    FULL = "full"  # the disk is full
    IO = "io"  # the disk did not answer
    DAMAGED = "damaged"  # the file is not a database, or is corrupt
    READ_ONLY = "read_only"  # no permission to write
    CANNOT_OPEN = "cannot_open"  # the folder is missing, or the file cannot be opened
    NEWER = "newer"  # written by a newer CouplesDesk
    LOCKED = "locked"  # encrypted: the passphrase is needed, or the one given is wrong
    OTHER = "other"


# SQLite's primary result codes (https://www.sqlite.org/rescode.html): the low byte of the extended code.
_BY_CODE = {
    3: Trouble.READ_ONLY,  # SQLITE_PERM
    5: Trouble.BUSY,  # SQLITE_BUSY
    6: Trouble.BUSY,  # SQLITE_LOCKED
    8: Trouble.READ_ONLY,  # SQLITE_READONLY
    10: Trouble.IO,  # SQLITE_IOERR
    11: Trouble.DAMAGED,  # SQLITE_CORRUPT
    13: Trouble.FULL,  # SQLITE_FULL
    14: Trouble.CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: Trouble.READ_ONLY,  # SQLITE_AUTH
    26: Trouble.DAMAGED,  # SQLITE_NOTADB
}

_ERRORS: list[type[BaseException]] = [sqlite3.Error]


def database_errors() -> tuple[type[BaseException], ...]:
    """Every exception class a database driver in use may raise, for ``except database_errors():``
    (an except clause evaluates its expression when it is reached, so a driver loaded later
    counts). SQLCipher's driver has classes of its own that do not derive from ``sqlite3.Error``."""
    return tuple(_ERRORS)


def add_driver_errors(error: type[BaseException]) -> None:
    if error not in _ERRORS:
        _ERRORS.append(error)


class StoreError(Exception):
    """A problem with the database, worded for the person using the app. ``trouble`` says what kind."""

    def __init__(self, message: str, trouble: Trouble = Trouble.OTHER):
        super().__init__(message)
        self.trouble = trouble


def trouble_of(exc: BaseException) -> Trouble:
    """The kind of problem ``exc`` is, from its SQLite result code."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _BY_CODE.get(code & 0xFF, Trouble.OTHER)
    return Trouble.OTHER


def friendly(exc: BaseException, path: Path) -> StoreError:
    """``exc`` (a database driver's error) as a :class:`StoreError` a person can act on."""
    trouble = trouble_of(exc)
    if trouble is Trouble.BUSY:
        message = translate(
            "storage/errors",
            "The CouplesDesk database is in use by another program ({path}). "
            "Close any other CouplesDesk window, or a sync tool holding the file, and try again.",
        ).format(path=path)
    elif trouble is Trouble.FULL:
        message = translate(
            "storage/errors",
            "The disk is full, so CouplesDesk cannot save. Free some space; what you typed is still on "
            "screen and will be saved once there is room.",
        )
    elif trouble is Trouble.IO:
        message = translate(
            "storage/errors",
            "CouplesDesk could not read or write {path} (a disk error). Check the disk or the folder it is on; "
            "what you typed is still on screen and will be saved once the disk answers again.",
        ).format(path=path)
    elif trouble is Trouble.DAMAGED:
        message = translate(
            "storage/errors",
            "The CouplesDesk database at {path} is damaged and cannot be opened. Your copies made before "
            "each upgrade are in the 'backups' folder next to it. Move the damaged file aside and start "
            "CouplesDesk again to begin fresh, or restore a backup.",
        ).format(path=path)
    elif trouble in (Trouble.READ_ONLY, Trouble.CANNOT_OPEN):
        message = translate(
            "storage/errors",
            "CouplesDesk cannot write to {path}. Check that the folder exists and that you may write to it.",
        ).format(path=path)
    else:
        message = translate("storage/errors", "The database could not be used ({reason}).").format(reason=exc)
    return StoreError(message, trouble)
