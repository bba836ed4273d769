"""Kill the real app with SIGKILL while someone is typing: nothing older than a second is lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from couplesdesk.core.clock import SystemClock
from couplesdesk.storage import Store

DRIVER = Path(__file__).with_name("driver.py")


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUPLESDESK_DATA_DIR=str(data_dir))
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_typing_loses_nothing_older_than_a_second(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = Store.open(data_dir / "couplesdesk.db", SystemClock())
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    store.close()

    text = "Today I noticed how you made tea without asking"
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), "type", str(data_dir), text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(data_dir),
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith("TYPED"), proc.stderr.read()
        typed_at = float(line.split()[1])
        # The promise: anything typed more than a second ago is on disk. Wait exactly that long.
        time.sleep(max(0.0, typed_at + 1.0 - time.monotonic()))
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None and proc.returncode is None:
            proc.kill()
        proc.communicate(timeout=10)  # reap it and close its pipes
    assert proc.returncode == -signal.SIGKILL

    # The database is intact and holds the text (read with plain sqlite3, WAL and all).
    with sqlite3.connect(data_dir / "couplesdesk.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT value FROM answers WHERE step_id = 'my-thing'").fetchall()
    assert [r[0] for r in rows] == [f'"{text}"']

    # Start the real app again: the run resumes with the text on screen.
    result = subprocess.run(
        [sys.executable, str(DRIVER), "show", str(data_dir)],
        capture_output=True,
        text=True,
        env=_env(data_dir),
        timeout=60,
    )
    assert f"SHOWN {text}" in result.stdout, result.stderr
