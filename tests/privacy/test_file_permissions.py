"""The data folder and everything in it are for the user alone: folders 0700, files 0600,
created that way on a first run, and tightened on open where an older version left them open."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from couplesdesk.paths import DataPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

DRIVER = Path(__file__).parents[1] / "e2e" / "driver.py"


def _open_to_others(root: Path) -> list[str]:
    found = []
    for folder, _folders, files in os.walk(root):
        for path in [Path(folder), *(Path(folder, f) for f in files)]:
            if path.is_symlink():
                continue  # a link's own mode means nothing
            mode = stat.S_IMODE(path.lstat().st_mode)
            want = 0o700 if path.is_dir() else 0o600
            if mode & 0o077 or (path.is_dir() and mode != want):
                found.append(f"{path.relative_to(root)} {oct(mode)}")
    return found


def test_a_first_run_creates_everything_for_the_user_alone(tmp_path):
    data_dir = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUPLESDESK_DATA_DIR=str(data_dir))
    env.pop("PYTEST_CURRENT_TEST", None)
    # The real entry point, with a permissive umask as most desktops have.
    done = subprocess.run(
        [sys.executable, "-c", f"import os, sys; os.umask(0o022); sys.argv = ['x', 'close', {str(data_dir)!r}, '300']; "
         f"exec(open({str(DRIVER)!r}).read())"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert "CLOSED" in done.stdout, done.stderr
    names = {p.name for p in data_dir.rglob("*")}
    assert {"couplesdesk.db", "backups", "logs", "exercises"} <= names
    assert _open_to_others(data_dir) == []
    # The commands create what they write the same way.
    backup = subprocess.run(
        [sys.executable, "-c", "import os; os.umask(0o022); from couplesdesk.cli import main; "
         f"raise SystemExit(main(['backup', '--data-dir', {str(data_dir)!r}]))"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert backup.returncode == 0, backup.stderr
    assert _open_to_others(data_dir) == []


def test_an_older_folder_left_readable_is_tightened_on_open(tmp_path):
    paths = DataPaths(tmp_path / "data")
    (paths.root / "backups").mkdir(parents=True, mode=0o755)
    paths.root.chmod(0o755)
    (paths.root / "backups").chmod(0o755)
    old = paths.root / "backups" / "couplesdesk-20261101-120000-daily.db"
    old.write_bytes(b"old words")
    old.chmod(0o644)
    (paths.root / "couplesdesk.db").write_bytes(b"")
    (paths.root / "couplesdesk.db").chmod(0o664)
    elsewhere = tmp_path / "not-ours.txt"
    elsewhere.write_text("x")
    elsewhere.chmod(0o644)
    (paths.root / "link").symlink_to(elsewhere)

    paths.ensure()

    assert _open_to_others(paths.root) == []
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644  # a link's target is not ours to change
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
