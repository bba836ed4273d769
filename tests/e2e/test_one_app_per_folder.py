"""Two launches on one data folder: the second brings the first to the front and exits, and
writes nothing; a lock left by a crash is taken over; two folders run side by side. And
closing while the exercise library still loads never aborts the process."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..storage.test_backups_and_damage import digest
from .test_crash_safety import DRIVER, _env, _prepare, check, one_kill


def _launch(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "couplesdesk", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(data_dir),
    )


def _wait_until(condition, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def _log(data_dir: Path) -> str:
    path = data_dir / "logs" / "couplesdesk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_second_launch_brings_the_first_forward_and_exits(tmp_path):
    data_dir = tmp_path / "data"
    _prepare(data_dir)
    first = _launch(data_dir)
    try:
        _wait_until(lambda: (data_dir / "couplesdesk.lock").exists())
        time.sleep(0.5)  # the window is up
        before = digest(data_dir / "couplesdesk.db")
        second = subprocess.run(
            [sys.executable, "-m", "couplesdesk", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=_env(data_dir),
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout and "brought to the front" in second.stdout
        _wait_until(lambda: "brought the window to the front" in _log(data_dir))
        assert digest(data_dir / "couplesdesk.db") == before  # the second wrote nothing
        assert first.poll() is None  # the first is still running

        # Another folder runs side by side.
        other_dir = tmp_path / "other"
        _prepare(other_dir)
        other = _launch(other_dir)
        try:
            _wait_until(lambda: (other_dir / "couplesdesk.lock").exists())
            time.sleep(0.3)
            assert other.poll() is None
        finally:
            other.terminate()
            other.communicate(timeout=20)

        # A crash leaves the lock behind: the next launch takes it over.
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=20)
        assert (data_dir / "couplesdesk.lock").exists()
        third = _launch(data_dir)
        try:
            time.sleep(2.0)
            assert third.poll() is None, third.communicate()[0]
        finally:
            third.terminate()
            third.communicate(timeout=20)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate(timeout=20)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_second_launch_while_someone_types_changes_nothing_they_wrote(tmp_path):
    """Both asked to write: the second is turned away, and the first keeps every word."""
    turned_away = []

    def second_launch(data_dir: Path) -> None:
        second = subprocess.run(
            [sys.executable, "-m", "couplesdesk", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=_env(data_dir),
            timeout=60,
        )
        turned_away.append(second.returncode == 0 and "already open" in second.stdout)

    found = one_kill(tmp_path, seed=7, meanwhile=second_launch)
    assert turned_away == [True]
    check(found)


def test_closing_while_a_thousand_exercise_files_load_never_aborts(tmp_path):
    """20 closes, from the first frame to just after the library has loaded (while the worker
    warms up imports): all exit 0, none aborts."""
    data_dir = tmp_path / "data"
    _prepare(data_dir)
    folder = data_dir / "exercises"
    folder.mkdir(exist_ok=True)
    template = (Path(__file__).parents[2] / "exercises" / "appreciations.toml").read_text(encoding="utf-8")
    for n in range(1000):
        text = template.replace('id = "appreciations"', f'id = "appreciations-{n:04d}"', 1)
        (folder / f"appreciations-{n:04d}.toml").write_text(text, encoding="utf-8")
    codes = []
    for n in range(20):
        out = subprocess.run(
            [sys.executable, str(DRIVER), "close", str(data_dir), str(n * 60)],
            capture_output=True,
            text=True,
            env=_env(data_dir),
            timeout=120,
        )
        codes.append((out.returncode, "CLOSED" in out.stdout, out.stderr[-300:] if out.returncode else ""))
    assert [c for c in codes if c[:2] != (0, True)] == []
