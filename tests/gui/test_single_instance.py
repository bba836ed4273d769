"""The single-instance socket's lifetimes: nothing it makes may outlive, or die twice with, the
instance that made it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# Run in a child process: on the old code this was a double delete, and a crash would take the
# whole test run with it.
_KNOCK_THEN_LET_GO = textwrap.dedent(
    """
    import tempfile, pathlib, weakref
    from PySide6.QtWidgets import QApplication
    from couplesdesk.gui.single_instance import SingleInstance
    from couplesdesk.paths import DataPaths

    app = QApplication([])
    for _ in range(3):
        paths = DataPaths(pathlib.Path(tempfile.mkdtemp()) / "data")
        first = SingleInstance(paths)
        assert first.acquire()
        knocks = []
        first.raise_requested.connect(lambda: knocks.append(True))
        assert not SingleInstance(paths).acquire()
        while not knocks:
            app.processEvents()
        # The knock is in; its socket has not yet seen the other launch go.
        first.release()
        gone = weakref.ref(first)
        del first
        outlived = gone() is not None
        for _ in range(10):
            app.processEvents()  # where the old code crashed
        print("outlived its last reference" if outlived else "freed")
    """
)


def test_letting_go_of_the_instance_while_a_knock_is_still_open_frees_it_once():
    """Seen as a crash in the tests: the accepted socket's slot was a lambda holding the socket
    and the instance, a cycle that kept the instance alive after its last reference; when Qt then
    destroyed the socket, the cycle's end freed the instance, which deleted the socket again."""
    done = subprocess.run(
        [sys.executable, "-c", _KNOCK_THEN_LET_GO],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["freed"] * 3
    assert "deleted directly" not in done.stderr


def test_a_plan_sent_after_release_is_not_opened(qtbot, tmp_path):
    """Released, the instance hears nothing more from a launch that was still talking."""
    from PySide6.QtNetwork import QLocalSocket

    from couplesdesk.gui.single_instance import SingleInstance, server_name
    from couplesdesk.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    first = SingleInstance(paths)
    assert first.acquire()
    opened: list[str] = []
    first.open_requested.connect(opened.append)
    other = QLocalSocket()
    other.connectToServer(server_name(paths))
    assert other.waitForConnected(2000)
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        pass
    first.release()
    other.write(b"open /somewhere/plan.couplesdesk-plan\n")
    other.waitForBytesWritten(1000)
    qtbot.wait(100)
    assert opened == []
    other.abort()
