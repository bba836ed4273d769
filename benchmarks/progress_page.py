"""The Progress page on the ten-year history (issue 11, item 4: drawn within 100 ms).

``time_progress`` runs this file as a child process (Qt stays out of ``run.py``), on a copy
of the history, in the real window at 1100x740:

* opened: from choosing Progress in the sidebar, after something changed while another page
  was shown, until its pictures are read on the database worker and painted, as a median
  (``progress_ms``: what a couple waits for each time they open the page);
* drawn again: a change while the page is shown (a boundary's status), from the change to
  the pictures read and painted, as a median;
* the first open of a session, once: the same, with the page built and its modules imported.

    python benchmarks/progress_page.py child DATA_DIR REPEAT     prints one line of JSON
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHILD_TIMEOUT = 600


def time_progress(history: Path, folder: Path, repeat: int = 7) -> dict[str, Any]:
    """Copy the history into a data dir under ``folder`` and time the page in a child process."""
    from history import make_data_dir

    data_dir = make_data_dir(folder / "progress", history)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("COUPLESDESK_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, __file__, "child", str(data_dir), str(repeat)],
        capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"progress_page.py failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["again_ms_median"] = statistics.median(result["again_ms"])
    result["progress_ms"] = statistics.median(result["reopen_ms"])
    shutil.rmtree(data_dir, ignore_errors=True)
    return result


def rows(got: dict[str, Any], row: Callable[..., str]) -> list[str]:
    return [
        row("progress page: opened, read and drawn, p50", f"{got['progress_ms']:.1f} ms", key="progress_ms"),
        row("  ... drawn again after a change while shown, p50", f"{got['again_ms_median']:.1f} ms"),
        row("  ... reading alone (read_progress), p50", f"{statistics.median(got['read_ms']):.1f} ms"),
        row("  ... the first open (page built, modules imported)", f"{got['open_ms']:.1f} ms"),
    ]


# --------------------------------------------------------------------------- the child


def _until(condition: Callable[[], bool]) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the Progress page did not answer within a minute")
        QCoreApplication.processEvents(
            QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50
        )


def _drawn(act: Callable[[], Any], prepare: Callable[[], object] = lambda: None) -> float:
    """ms from ``act()`` (which returns the page, having asked it to read) until the page has
    read what it shows on the database worker and painted all of it; ``prepare()`` comes
    first, untimed. The answer comes through the event loop, so listening once ``act()`` has
    returned misses nothing."""
    from PySide6.QtCore import QEventLoop, QTimer

    prepare()
    loop = QEventLoop()
    start = time.perf_counter()
    page = act()
    page.refreshed.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    page.grab()  # paints every picture, card and word of the page, as the screen would
    elapsed = (time.perf_counter() - start) * 1000
    page.refreshed.disconnect(loop.quit)
    return elapsed


def child(data_dir: str, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication

    from couplesdesk.app import create
    from couplesdesk.core.progress_data import read_progress

    window = create(["--data-dir", data_dir])
    assert window is not None
    window.resize(1100, 740)
    window.show()
    QCoreApplication.processEvents()
    window.services.library  # noqa: B018 -- loaded, as it is a moment after start-up
    _until(window.services.store.connection.gate.checked.is_set)  # the start-up check and the day's backup
    _until(window.services.settled)
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == "Progress")

    def open_page() -> Any:
        window.nav.setCurrentRow(row)
        return window.current_page()

    open_ms = _drawn(open_page)
    page, store = window.current_page(), window.services.store
    boundary = store.boundaries.add(None, "together", "A boundary to move", "stated")
    _until(window.services.settled)

    def change(n: int) -> Any:
        store.boundaries.set_status(boundary, ("heard", "to_talk")[n % 2])
        return page

    again = [_drawn(lambda n=n: change(n)) for n in range(repeat)]

    def away(n: int) -> None:
        window.nav.setCurrentRow(0)  # Today
        store.boundaries.set_status(boundary, ("heard", "to_talk")[n % 2])  # noted while away
        _until(window.services.settled)

    reopen_ms = [_drawn(open_page, lambda n=n: away(n)) for n in range(repeat)]
    today, reads = window.services.clock.today(), []
    for _ in range(repeat):
        start = time.perf_counter()
        read_progress(store, today)
        reads.append((time.perf_counter() - start) * 1000)
    window.close()
    return {"open_ms": open_ms, "again_ms": again, "reopen_ms": reopen_ms, "read_ms": reads}


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "child":
        raise SystemExit(__doc__)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(child(sys.argv[2], int(sys.argv[3]))))
