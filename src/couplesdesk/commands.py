"""The data commands, for scripts and for the person at a terminal (Qt-free):

    couplesdesk check [--data-dir D]            is the database sound; what it holds; the backups
    couplesdesk backup [--data-dir D] [--out F]  make a backup now and print its path
    couplesdesk restore [--data-dir D] BACKUP    check it, keep the current database aside, restore
    couplesdesk encrypt | decrypt | passphrase   encryption at rest (see storage/encryption.py)
    couplesdesk export --format F --out FILE      the history as JSON, Markdown, CSV or PDF (export/command.py)
    couplesdesk demo [--data-dir D]               a sample couple's six months, in an empty folder

Each takes ``--passphrase-stdin`` to read the passphrase (or recovery key) from standard
input instead of the terminal: an encrypted folder asks for it before anything is read.

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
from .storage import Store, StoreError, encryption
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


def check_command(paths: DataPaths, key: bytes | None = None) -> int:
    health = check(paths.database, key)
    say(f"Database: {paths.database}")
    if health.sound:
        last = f"; last used {health.last_activity}" if health.last_activity else ""
        say(f"Sound. It holds {health.summary()}{last}.")
    else:
        say(f"Not sound: it {health.problem}.")
    backups = backups_in(paths.backups)
    say(f"Backups in {paths.backups}: {len(backups) or 'none'}")
    for backup in backups:
        found = check(backup.path, key)
        holds = found.summary() if found.sound else f"not usable: it {found.problem}"
        say(f"  {_when(backup.taken_at)}  {backup.label:<28} {backup.path.name}  ({holds})")
    if health.sound:
        return 0
    good = next((b for b in backups if check(b.path, key).sound), None)
    if good is None and health.problem == "is missing":
        say("There is nothing here yet: CouplesDesk has not been opened with this data folder.", True)
        return 1
    if good is not None:
        say(f"To go back to the newest good backup: couplesdesk restore --data-dir {paths.root} {good.path}", True)
    else:
        say("There is no good backup to go back to. Open CouplesDesk to save what can still be read.", True)
    return 1


def backup_command(paths: DataPaths, out: str | None, key: bytes | None = None) -> int:
    health = check(paths.database, key)
    if not health.sound:
        say(f"No backup made: the database {health.problem}. See 'couplesdesk check'.", True)
        return 1
    try:
        store = Store.open(paths.database, SystemClock(), paths.backups, check=False, key=key)
    except StoreError as exc:
        say(str(exc), True)
        return 1
    try:
        now = datetime.now(UTC)
        if out is not None:
            target = Path(out).expanduser().absolute()
            make_backup(store.conn, target.parent, now, "manual", key).replace(target)
        else:
            target = make_backup(store.conn, paths.backups, now, "manual", key)
    except OSError as exc:
        say(f"The backup could not be written: {exc.strerror or exc}.", True)
        return 1
    finally:
        store.close()
    say(str(target))
    return 0


def restore_command(paths: DataPaths, backup: str, key: bytes | None = None) -> int:
    if running_elsewhere(paths):
        say(f"CouplesDesk is open on {paths.root}. Close it first, then restore.", True)
        return 1
    source = Path(backup).expanduser().absolute()
    found = check(source, key)
    if not found.sound:
        say(f"Not restored: {source.name} {found.problem}. Nothing was changed.", True)
        return 1
    try:
        aside = restore(paths.database, source, paths.backups, datetime.now(UTC), key)
    except (OSError, ValueError) as exc:
        say(f"Not restored: {exc}", True)
        return 1
    kept = f" The database it replaced is kept as {aside.name}." if aside is not None else ""
    say(f"Restored {source.name} ({found.summary()}).{kept}")
    return 0


# --------------------------------------------------------------------------- passphrases


class _Secrets:
    """Where passphrases come from: the terminal (never echoed), or standard input, a line each."""

    def __init__(self, from_stdin: bool):
        self.from_stdin = from_stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            return line.rstrip("\r\n")
        import getpass

        return getpass.getpass(prompt)

    def new(self) -> str:
        first = self.ask("New passphrase: ")
        if not self.from_stdin and self.ask("The same again: ") != first:
            raise ValueError("The two passphrases were not the same. Nothing was changed.")
        problem = encryption.passphrase_problem(first)
        if problem is not None:
            raise ValueError(f"{problem} Nothing was changed.")
        return first


def _key(paths: DataPaths, secrets: _Secrets) -> bytes | None:
    """The database key of an encrypted folder (None for a plain one); finishes a conversion cut short."""
    if not encryption.is_encrypted(paths.root):
        return None
    key = encryption.unlock(paths.root, secrets.ask("Passphrase (or recovery key): "))
    encryption.finish(paths.root, paths.database, key)
    return key


def run(command: str, paths: DataPaths, args: object) -> int:
    """Run a data command; a wrong passphrase or a refusal is one line on stderr and exit 1."""
    secrets = _Secrets(bool(getattr(args, "passphrase_stdin", False)))
    try:
        if command == "encrypt":
            return encrypt_command(paths, secrets)
        if command == "demo":
            from .demo import demo_command

            return demo_command(paths)
        if command == "export":
            from .export.command import before_asking

            problem = before_asking(paths, args)
            if problem is not None:
                say(problem, True)
                return 1
        if command in ("check", "backup") and not paths.database.exists() and not encryption.is_encrypted(paths.root):
            key = None
        else:
            if command in ("decrypt", "passphrase", "restore") and running_elsewhere(paths):
                say(f"CouplesDesk is open on {paths.root}. Close it first.", True)
                return 1
            key = _key(paths, secrets)
        if command == "check":
            return check_command(paths, key)
        if command == "backup":
            return backup_command(paths, getattr(args, "out", None), key)
        if command == "restore":
            return restore_command(paths, str(getattr(args, "backup", "")), key)
        if command == "decrypt":
            return decrypt_command(paths, key)
        if command == "export":
            from .export.command import export_command

            return export_command(paths, args, key)
        return passphrase_command(paths, key, secrets)
    except StoreError as exc:
        say(str(exc), True)
        return 1
    except ValueError as exc:
        say(str(exc), True)
        return 1
    except (EOFError, KeyboardInterrupt):
        say("No passphrase was given. Nothing was changed.", True)
        return 1


def encrypt_command(paths: DataPaths, secrets: _Secrets) -> int:
    if running_elsewhere(paths):
        say(f"CouplesDesk is open on {paths.root}. Close it first, then encrypt.", True)
        return 1
    if encryption.is_encrypted(paths.root):
        say(f"{paths.root} is encrypted already. 'couplesdesk passphrase' changes the passphrase.", True)
        return 1
    if not paths.database.exists():
        say(f"There is no CouplesDesk database in {paths.root} yet.", True)
        return 1
    passphrase = secrets.new()
    code = encryption.encrypt_folder(paths.root, paths.database, passphrase)
    say(f"Encrypted {paths.root}: the database, its WAL and every backup.")
    say("Your recovery key opens your data if the passphrase is ever forgotten. It is shown only now;")
    say("write it down or print it, and keep it away from this computer:")
    say("")
    say(f"    {code}")
    say("")
    return 0


def decrypt_command(paths: DataPaths, key: bytes | None) -> int:
    if key is None:
        say(f"{paths.root} is not encrypted.", True)
        return 1
    encryption.decrypt_folder(paths.root, paths.database, key)
    say(f"Encryption is off for {paths.root}: the database and its backups are plain SQLite again.")
    return 0


def passphrase_command(paths: DataPaths, key: bytes | None, secrets: _Secrets) -> int:
    if key is None:
        say(f"{paths.root} is not encrypted; 'couplesdesk encrypt' turns encryption on.", True)
        return 1
    encryption.change_passphrase(paths.root, key, secrets.new())
    say("The passphrase is changed. Your recovery key is the same as before.")
    return 0
