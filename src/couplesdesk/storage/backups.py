"""Copies of the database to come back to: made with SQLite's online backup API (a consistent
copy of a live database, never a file copy), kept in the data folder's ``backups/``.

A copy is made at most once a day when the app starts, before every migration and before a
restore, and on request. Older ones are thinned out (:func:`rotate`): the last 7 days, then
one a week for 4 weeks, then one a month for 6 months; so text a couple deleted does not
live on in old copies forever.
"""

import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from . import connection as connections

log = logging.getLogger("couplesdesk.storage")

PREFIX = "couplesdesk"
_NAME = re.compile(rf"^{PREFIX}-(\d{{8}}-\d{{6}})-(.+)\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6


class Backup(NamedTuple):
    path: Path
    taken_at: datetime  # UTC
    reason: str  # daily, manual, before-restore, before-<migration>

    @property
    def label(self) -> str:
        """The reason in words."""
        if self.reason == "daily":
            return "daily copy"
        if self.reason == "manual":
            return "copy you made"
        if self.reason == "before-restore":
            return "copy made before a restore"
        return "copy made before an update"


def backup_name(when: datetime, reason: str) -> str:
    return f"{PREFIX}-{when.astimezone(UTC).strftime('%Y%m%d-%H%M%S')}-{reason}.db"


def _stamp(text: str) -> datetime:
    """``20261130-211500`` as a UTC time (by hand: ``strptime`` costs start-up ~10 ms to import)."""
    d, t = text.split("-")
    return datetime(int(d[:4]), int(d[4:6]), int(d[6:8]), int(t[:2]), int(t[2:4]), int(t[4:6]), tzinfo=UTC)


def backups_in(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first (files that are not backups are left alone)."""
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        m = _NAME.match(name)
        if m:
            taken = _stamp(m.group(1))
            found.append(Backup(folder / name, taken, m.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(conn: sqlite3.Connection, folder: Path, when: datetime, reason: str, key: bytes | None = None) -> Path:
    """A consistent copy of the open database ``conn``; written under a temporary name and then
    renamed, so a copy interrupted half-way never looks like a backup."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(when, reason)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    connections.backup(conn, partial, key)
    os.replace(partial, target)
    log.info("Made a %s backup: %s", reason, target.name)
    return target


def due_daily(folder: Path, now: datetime) -> bool:
    """Whether a day has passed since the newest backup (of any kind)."""
    newest = next(iter(backups_in(folder)), None)
    return newest is None or now - newest.taken_at >= timedelta(hours=24)


def _kept(backups: list[Backup], now: datetime) -> set[Path]:
    """Which backups rotation keeps: the newest of each of the last 7 days that have one, of
    each of the 4 weeks before, of each of the 6 months before; and always the newest."""
    keep = {backups[0].path} if backups else set()
    days: dict[object, Backup] = {}
    weeks: dict[object, Backup] = {}
    months: dict[object, Backup] = {}
    for backup in backups:  # newest first: the first seen in a period is its newest
        age = now - backup.taken_at
        when = backup.taken_at
        if age < timedelta(days=KEEP_DAILY):
            days.setdefault(when.date(), backup)
        elif age < timedelta(days=KEEP_DAILY + 7 * KEEP_WEEKLY):
            weeks.setdefault(when.isocalendar()[:2], backup)
        elif age < timedelta(days=KEEP_DAILY + 7 * KEEP_WEEKLY + 31 * KEEP_MONTHLY):
            months.setdefault((when.year, when.month), backup)
    for chosen in (days, weeks, months):
        keep |= {b.path for b in chosen.values()}
    return keep


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups rotation does not keep; returns what was deleted."""
    backups = backups_in(folder)
    keep = _kept(backups, now)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError as exc:
                log.warning("Could not remove an old backup %s: %s", backup.path.name, exc)
                continue
            removed.append(backup.path)
    if removed:
        log.info("Removed %d old backup(s)", len(removed))
    return removed


def leftovers(folder: Path) -> Iterable[Path]:
    """Copies that were interrupted half-way (removed at the next start)."""
    return folder.glob("*.partial") if folder.is_dir() else []
