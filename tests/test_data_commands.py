"""couplesdesk check / backup / restore: scriptable, and safe on a damaged folder."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Store
from couplesdesk.storage.backups import backups_in

from .storage.test_backups_and_damage import NOW, digest, filled, opened_and_checked


def couplesdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COUPLESDESK_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "couplesdesk", *args], capture_output=True, text=True, timeout=60, env=env
    )


@pytest.fixture
def folder(tmp_path) -> Path:
    """A data folder with a database and one daily backup."""
    data = tmp_path / "data"
    data.mkdir()
    clock = FakeClock(NOW)
    filled(data / "couplesdesk.db", clock, answers=3000)
    opened_and_checked(data / "couplesdesk.db", clock).close()
    return data


def damage(data: Path, how: str) -> None:
    db = data / "couplesdesk.db"
    if how == "random-bytes":
        with db.open("r+b") as fh:
            fh.seek(db.stat().st_size // 2)
            fh.write(random.Random(1).randbytes(8192))
    elif how == "truncated":
        with db.open("r+b") as fh:
            fh.truncate(db.stat().st_size // 3)
    elif how == "zero-bytes":
        db.write_bytes(b"")
    else:
        db.unlink()


def test_check_says_what_a_sound_folder_holds_and_lists_the_backups(folder):
    out = couplesdesk("check", "--data-dir", str(folder))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Sound. It holds 1 exercise, 3000 answers, 1 boundary, 0 agreements" in out.stdout
    assert "Backups in" in out.stdout and "daily copy" in out.stdout


@pytest.mark.parametrize("how", ["random-bytes", "truncated", "zero-bytes", "missing"])
def test_each_kind_of_damage_is_checked_backed_up_never_and_restored(folder, how):
    damage(folder, how)
    db = folder / "couplesdesk.db"
    before = digest(db) if db.exists() else None

    checked = couplesdesk("check", "--data-dir", str(folder))
    assert checked.returncode == 1
    assert "Not sound" in checked.stdout and "couplesdesk restore --data-dir" in checked.stderr

    refused = couplesdesk("backup", "--data-dir", str(folder))
    assert refused.returncode == 1 and "No backup made" in refused.stderr
    assert (digest(db) if db.exists() else None) == before  # nothing was written

    [daily] = [b for b in backups_in(folder / "backups") if b.reason == "daily"]
    restored = couplesdesk("restore", "--data-dir", str(folder), str(daily.path))
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout
    assert couplesdesk("check", "--data-dir", str(folder)).returncode == 0
    if before is not None:  # the damaged file is kept aside, never deleted
        assert [p for p in folder.glob("couplesdesk-*.db") if digest(p) == before]


def test_backup_makes_a_copy_now_and_prints_its_path(folder, tmp_path):
    out = couplesdesk("backup", "--data-dir", str(folder))
    assert out.returncode == 0
    made = Path(out.stdout.strip())
    assert made.parent == folder / "backups" and made.name.endswith("-manual.db")
    elsewhere = tmp_path / "copy.db"
    assert couplesdesk("backup", "--data-dir", str(folder), "--out", str(elsewhere)).returncode == 0
    store = Store.open(elsewhere, FakeClock(NOW), check=False)
    assert store.couple.get().a.name == "Alex"


def test_restore_refuses_while_the_app_is_open_on_the_folder(folder):
    [daily] = backups_in(folder / "backups")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (folder / "couplesdesk.lock").write_text(f"{holder.pid}\ncouplesdesk\n{os.uname().nodename}\n")
        out = couplesdesk("restore", "--data-dir", str(folder), str(daily.path))
        assert out.returncode == 1 and "Close it first" in out.stderr
    finally:
        holder.kill()
        holder.wait()
    # Its process gone, the lock is stale: the restore goes ahead.
    assert couplesdesk("restore", "--data-dir", str(folder), str(daily.path)).returncode == 0


def test_commands_reject_options_they_do_not_know():
    for args in (["schema", "--yaml"], ["check", "--verbose"], ["validate", "--fast"]):
        out = couplesdesk(*args)
        assert out.returncode == 2 and "unrecognized arguments" in out.stderr, args


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_validate_returns_at_once_on_a_named_pipe_and_never_echoes_escapes(tmp_path):
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    start = time.monotonic()
    out = couplesdesk("validate", str(pipe))
    assert time.monotonic() - start < 10  # returns (the interpreter's start is most of it); never blocks
    assert out.returncode == 1 and "is not a regular file" in out.stdout
    sneaky = tmp_path / "sneaky.toml"
    sneaky.write_bytes(b'format_version = 1\nid = "x"\ntitle = "\x1b[2J\x1b]0;owned\x07"\n')
    out = couplesdesk("validate", str(sneaky))
    assert "\x1b" not in out.stdout + out.stderr and "\x07" not in out.stdout + out.stderr
    assert "\\x1b" in out.stdout
