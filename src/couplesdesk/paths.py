"""Every path the app uses, resolved in one place.

The data dir comes from ``--data-dir``, else the ``COUPLESDESK_DATA_DIR`` environment
variable, else the platform's per-user data location. Tests and demos pass their own, so
they never touch a real couple's data.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "COUPLESDESK_DATA_DIR"
APP_NAME = "CouplesDesk"


def default_data_dir() -> Path:
    """The per-user data folder, following each platform's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


@dataclass(frozen=True)
class DataPaths:
    """Where one data dir keeps its files."""

    root: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        chosen = data_dir or os.environ.get(ENV_VAR) or default_data_dir()
        return cls(Path(chosen).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.root / "couplesdesk.db"

    @property
    def user_exercises(self) -> Path:
        return self.root / "exercises"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        """Held while the app runs on this folder: one app per data folder."""
        return self.root / "couplesdesk.lock"

    @property
    def key_file(self) -> Path:
        """The encrypted database's key, wrapped by the passphrase (storage/encryption.py)."""
        return self.root / "encryption.json"

    @property
    def log_file(self) -> Path:
        return self.root / "logs" / "couplesdesk.log"

    @property
    def library_cache(self) -> Path:
        """What the exercise files loaded as, so the app need not parse them again (core/loader/cache.py)."""
        return self.root / "cache" / "library.json"

    def ensure(self) -> None:
        """Create the data dir and its folders (no error if they exist), readable by this user
        alone, and tighten what an older version left readable by others."""
        for folder in (self.root, self.user_exercises, self.backups, self.log_file.parent, self.library_cache.parent):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        self.tighten()

    def tighten(self) -> list[Path]:
        """Take away what others may do with the data folder and everything in it: folders
        0700, files 0600 (the owner's own bits are kept). Returns what was changed.

        POSIX only: on Windows the per-user application data folder is already closed to
        other accounts by its access list. Links are not followed."""
        if os.name != "posix" or not self.root.is_dir():
            return []
        changed = []
        for folder, _folders, files in os.walk(self.root):
            for path in [Path(folder), *(Path(folder, name) for name in files)]:
                try:
                    mode = path.lstat().st_mode
                    if stat.S_ISLNK(mode) or not stat.S_IMODE(mode) & 0o077:
                        continue
                    path.chmod(stat.S_IMODE(mode) & ~0o077)
                except OSError:
                    continue  # not ours, or gone: nothing to tighten
                changed.append(path)
        return changed


PRIVATE_FOLDER = 0o700


def private_files() -> None:
    """Everything this process creates from now on (the database, its WAL, backups, logs,
    exports) is readable and writable by this user alone (POSIX umask 077)."""
    if os.name == "posix":
        os.umask(0o077)
