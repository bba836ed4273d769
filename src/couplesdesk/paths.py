"""Every path the app uses, resolved in one place.

The data dir comes from ``--data-dir``, else the ``COUPLESDESK_DATA_DIR`` environment
variable, else the platform's per-user data location. Tests and demos pass their own, so
they never touch a real couple's data.
"""

from __future__ import annotations

import os
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
    def log_file(self) -> Path:
        return self.root / "logs" / "couplesdesk.log"

    def ensure(self) -> None:
        """Create the data dir and its folders (no error if they exist)."""
        for folder in (self.root, self.user_exercises, self.backups, self.log_file.parent):
            folder.mkdir(parents=True, exist_ok=True)
