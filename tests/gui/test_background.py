"""A slow job on a thread of its own: once it has answered, it is no longer busy, even while
its thread is still ending (a person who tries again at once is heard)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from couplesdesk.gui.background import Background
from couplesdesk.storage import StoreError


def test_a_job_that_has_answered_is_not_busy_while_its_thread_ends(qtbot):
    work = Background()
    release, seen = threading.Event(), []

    def linger(_message: str) -> None:  # runs on the job's thread, after it has answered
        seen.append(work.busy)
        release.wait(5)

    def wrong() -> None:
        raise StoreError("That passphrase does not open this data folder.")

    work.failed.connect(linger, Qt.ConnectionType.DirectConnection)
    work.start(wrong)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    try:
        assert work.running is not None and work.running.is_alive()
        assert seen == [False] and not work.busy  # the lock panel's Open is heard again at once
    finally:
        release.set()
        work.join()
