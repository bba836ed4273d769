"""The data commands, for scripts and for the person at a terminal (Qt-free):

    couplesdesk check [--data-dir D]            is the database sound; what it holds; the backups
    couplesdesk backup [--data-dir D] [--out F]  make a backup now and print its path
    couplesdesk restore [--data-dir D] BACKUP    check it, keep the current database aside, restore

Each returns the exit code (0 when all is well, 1 when not) and prints messages a person can
act on; nothing a file contains is ever sent to the terminal unescaped.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from .core.clock import SystemClock
from .instance import running_elsewhere
from .paths import DataPaths
from .storage import Store, StoreError
from .storage.backups import backups_in, make_backup
from .storage.health import check, restore


def printable(text: str) -> str:
    """``text`` safe for a terminal: control, escape and direction characters shown as \\x1b."""
    out = []
    for ch in text:
        if ch == "\n" or ch.isprintable():
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def say(text: str, error: bool = False) -> None:
    print(printable(text), file=sys.stderr if error else sys.stdout)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def check_command(paths: DataPaths) -> int:
    health = check(paths.database)
    say(f"Database: {paths.database}")
    if health.sound:
        last = f"; last used {health.last_activity}" if health.last_activity else ""
        say(f"Sound. It holds {health.summary()}{last}.")
    else:
        say(f"Not sound: it {health.problem}.")
    backups = backups_in(paths.backups)
    say(f"Backups in {paths.backups}: {len(backups) or 'none'}")
    for backup in backups:
        found = check(backup.path)
        holds = found.summary() if found.sound else f"not usable: it {found.problem}"
        say(f"  {_when(backup.taken_at)}  {backup.label:<28} {backup.path.name}  ({holds})")
    if health.sound:
        return 0
    good = next((b for b in backups if check(b.path).sound), None)
    if good is None and health.problem == "is missing":
        say("There is nothing here yet: CouplesDesk has not been opened with this data folder.", True)
        return 1
    if good is not None:
        say(f"To go back to the newest good backup: couplesdesk restore --data-dir {paths.root} {good.path}", True)
    else:
        say("There is no good backup to go back to. Open CouplesDesk to save what can still be read.", True)
    return 1


def backup_command(paths: DataPaths, out: str | None) -> int:
    health = check(paths.database)
    if not health.sound:
        say(f"No backup made: the database {health.problem}. See 'couplesdesk check'.", True)
        return 1
    try:
        store = Store.open(paths.database, SystemClock(), paths.backups, check=False)
    except StoreError as exc:
        say(str(exc), True)
        return 1
    try:
        now = datetime.now(UTC)
        if out is not None:
            target = Path(out).expanduser().absolute()
            make_backup(store.conn, target.parent, now, "manual").replace(target)
        else:
            target = make_backup(store.conn, paths.backups, now, "manual")
    except OSError as exc:
        say(f"The backup could not be written: {exc.strerror or exc}.", True)
        return 1
    finally:
        store.close()
    say(str(target))
    return 0


def restore_command(paths: DataPaths, backup: str) -> int:
    if running_elsewhere(paths):
        say(f"CouplesDesk is open on {paths.root}. Close it first, then restore.", True)
        return 1
    source = Path(backup).expanduser().absolute()
    found = check(source)
    if not found.sound:
        say(f"Not restored: {source.name} {found.problem}. Nothing was changed.", True)
        return 1
    try:
        aside = restore(paths.database, source, paths.backups, datetime.now(UTC))
    except (OSError, ValueError) as exc:
        say(f"Not restored: {exc}", True)
        return 1
    kept = f" The database it replaced is kept as {aside.name}." if aside is not None else ""
    say(f"Restored {source.name} ({found.summary()}).{kept}")
    return 0
