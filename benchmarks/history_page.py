"""The History page on the ten-year history (issue 11), measured in a fresh process.

    python benchmarks/history_page.py DATA_DIR       (run by benchmarks/run.py: time_history_page)

In the app, once its window is up and its exercise library has loaded (as when a person
first presses Ctrl+4):

* open: from asking for the page (built on first use, its module imported then) until the
  first page of runs is in the list and the window has painted it; then the same again on
  the page already built (a refresh);
* scroll to the end: the list dragged to the bottom again and again until every run has
  been read; for each page read, the longest the window was kept from its event loop (the
  longest gap between two turns of a zero-interval timer), and the time until the rows came.

Prints one line of JSON. ``time_history_page`` runs it on a copy of the history database and
returns what it printed; ``rows`` words it for the report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
FETCH_BLOCK_TARGET_MS = 50.0
"""Scrolling to the end never holds the window up longer than this per page read."""


def time_history_page(data_dir: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, str(HERE), str(data_dir)], capture_output=True, text=True, env=env,
                          timeout=600)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"history_page.py failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def rows(got: dict[str, Any], row: Callable[..., str]) -> list[str]:
    blocks = sorted(got["fetch_block_ms"])
    held = row(
        "  ... the window held up per page, longest", f"{blocks[-1]:.1f} ms", f"p50 {blocks[len(blocks) // 2]:.0f}"
    )
    target = FETCH_BLOCK_TARGET_MS
    return [
        row(f"history page: open, first {got['first_rows']} runs painted", f"{got['open_ms']:.1f} ms",
            key="history_open_ms"),
        row("  ... open again (the page built, read afresh)", f"{got['reopen_ms']:.1f} ms"),
        row(f"history page: to the end, {got['runs']} runs, {got['fetches']} pages", f"{got['scroll_s']:.2f} s"),
        f"{held.rstrip():<81}  {'< ' + f'{target:g} ms':<10}{'yes' if blocks[-1] < target else 'NO'}",
    ]  # fmt: skip


# --------------------------------------------------------------------------- the child


def _turn() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _child(data_dir: str) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from couplesdesk.app import create

    window = create(["--data-dir", data_dir])
    assert window is not None
    window.resize(1100, 740)
    window.show()
    deadline = time.perf_counter() + 60
    while window.services.library_if_loaded() is None or not window.services.settled():
        _turn()
        assert time.perf_counter() < deadline, "the app did not settle"
    if window.services.loader is not None:
        window.services.loader.join()  # its warm-up imports done too: a person reads Today first
    for _ in range(5):
        _turn()
    open_ms = _open(window, build=True)
    first_rows = window.history_page.model.run_count()
    reopen_ms = _open(window, build=False)
    blocks, scroll_s = _scroll_to_the_end(window.history_page)
    runs = window.history_page.model.run_count()
    window.services.close()
    return {"open_ms": open_ms, "reopen_ms": reopen_ms, "first_rows": first_rows, "runs": runs,
            "fetches": len(blocks), "fetch_block_ms": blocks, "scroll_s": scroll_s}  # fmt: skip


def _open(window: Any, build: bool) -> float:
    """ms from asking for the page until its first runs are painted."""
    start = time.perf_counter()
    if build:
        window.show_page(window.history_page)
    else:
        window.history_page.refresh()
    page = window.history_page
    while page.model.loading or page.model.run_count() == 0:
        _turn()
    window.repaint()  # the first screenful, painted
    return (time.perf_counter() - start) * 1000


def _scroll_to_the_end(page: Any) -> tuple[list[float], float]:
    """Drag to the bottom until every run is read: for each page read, the longest gap between
    two turns of a zero-interval timer (the window held up), and the seconds it all took."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    bar, model = page.list.verticalScrollBar(), page.model
    blocks: list[float] = []
    start = time.perf_counter()
    while not model.finished:
        before = model.run_count()
        ticks[:] = [time.perf_counter()]
        bar.setValue(bar.maximum())
        while model.run_count() == before and not model.finished:
            _turn()
        for _ in range(3):  # the rows laid out and painted
            _turn()
        ticks.append(time.perf_counter())
        blocks.append(max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000)
    beat.stop()
    return blocks, time.perf_counter() - start


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1])))
