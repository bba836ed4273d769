"""A real screen reader's view (issue 14, item 7): the app under Xvfb, read through AT-SPI.

The walk itself (tests/e2e/atspi_walk.py) runs in the system's python3, where Debian's
python3-pyatspi lives, inside its own D-Bus session; it starts the app (driver.py atspi, with
a clock it moves on by hand) and reports each check as a line of JSON. Skipped, with the
reason, where Xvfb, dbus-run-session or python3-pyatspi are missing (.ci/run installs them
where it can: at-spi2-core python3-pyatspi xvfb dbus libxcb-cursor0).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"


def missing() -> str | None:
    """Why the walk cannot run here, or None."""
    for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian package {package})"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing (python3-pyatspi is for the system's python)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi, gi"], capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3 (Debian packages python3-pyatspi at-spi2-core)"
    return None


@pytest.fixture
def display():
    """A fresh X server of our own, on the first free display."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_a_screen_reader_reads_every_screen_and_hears_every_change(tmp_path, display):
    reason = missing()
    if reason is not None:
        pytest.skip(reason)
    src = str(ROOT / "src")
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        PYTHONPATH=os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # a session bus of its own, with its own accessibility bus
    app = [sys.executable, str(HERE / "driver.py"), "atspi", str(tmp_path / "data")]
    walk = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), *app],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = walk.stdout.splitlines()
    assert "DONE" in lines, f"the walk did not finish:\n{walk.stdout}\n{walk.stderr[-3000:]}"
    checks = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(checks) > 20
    failed = [f"{c['check']}: {c['detail']}" for c in checks if not c["ok"]]
    assert failed == [], "\n".join(failed)
