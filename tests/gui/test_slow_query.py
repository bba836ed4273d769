"""A slow query (years of history, a big search) keeps the database worker busy, never the
window: its event loop goes on turning meanwhile, and the answer comes back on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*) FROM c"
"""SQLite counting one row at a time: well over a second for the numbers below."""


def test_a_slow_query_keeps_the_window_answering(qtbot, open_app):
    window = open_app()
    turns: list[float] = []
    beat = QTimer(window)
    beat.setInterval(0)
    beat.timeout.connect(lambda: turns.append(time.perf_counter()))
    answered: list[tuple[int, bool]] = []

    def slow(store) -> int:
        return int(store.conn.execute(SLOW, [6_000_000]).fetchone()[0])

    def done(count: int) -> None:
        answered.append((count, threading.current_thread() is threading.main_thread()))

    beat.start()
    started = time.perf_counter()
    window.services.database.run(slow, done)
    qtbot.waitUntil(lambda: bool(answered), timeout=60_000)
    took = time.perf_counter() - started
    beat.stop()

    assert answered == [(6_000_000, True)]  # the answer, delivered on the GUI thread
    assert took > 0.5, f"the query took {took:.2f} s: too quick to show anything"
    gaps = [later - earlier for earlier, later in zip(turns, turns[1:], strict=False)]
    assert len(turns) > 20 and max(gaps) < min(0.25, took / 3), (len(turns), max(gaps), took)
