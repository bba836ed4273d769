"""Start-up: the window opens on Today before the exercise library has loaded, and the
library then loads on a worker thread. Today names runs by the titles the store keeps,
so it reads the same before and after; what the library changes (an exercise gone) shows
once it has loaded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time

from PySide6.QtWidgets import QLabel

from couplesdesk.app import create
from couplesdesk.core.library import Library
from couplesdesk.gui.services import LibraryLoader
from couplesdesk.storage import Changes, Store

from .conftest import close_app, settle, visible_texts


def _prepare(data_dir, clock) -> Store:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    return store


def _old_run(store: Store, exercise_id: str) -> str:
    """A run as a release before titles were kept left it: no title (the upgrade keeps it so)."""
    run = store.runs.create(exercise_id, 1, {}, {}, title=None)
    store.runs.end(run, "left")
    return run


def test_the_first_frame_needs_neither_the_exercise_models_nor_sqlite_utils(tmp_path, clock):
    """Measured in a fresh process, where nothing is imported yet: what the window needs to
    open stays small, and the rest arrives on the worker right after."""
    store = _prepare(tmp_path, clock)
    run = store.runs.create("boundary-statement", 2, {}, {}, title="Boundary statement")
    store.runs.end(run, "left")
    store.close()
    script = textwrap.dedent(
        f"""
        import gc
        import sys
        from couplesdesk.app import create  # as `couplesdesk` starts: Qt and the store come in create()

        collected = []  # the cycle collector's runs from here on
        gc.callbacks.append(lambda phase, info: collected.append(info) if phase == "start" else None)
        window = create(["--data-dir", {str(tmp_path)!r}])
        window.show()  # the worker starts once the first frame is painted
        from couplesdesk.storage import Changes
        from PySide6.QtWidgets import QApplication

        opened = sorted(m for m in ("pydantic", "sqlite_utils", "couplesdesk.core.model") if m in sys.modules)
        print("AT FIRST FRAME", opened, window.today_page.run_buttons[{run!r}].accessibleName())
        print("COLLECTIONS BEFORE IT", len(collected))
        loaded = []
        window.services.bus.changed.connect(loaded.append)
        while not any(changes & Changes.LIBRARY for changes in loaded):
            QApplication.processEvents()
        window.services.loader.join()  # and its warm-up after the library (sqlite_utils)
        print("AFTER", sorted(m for m in ("pydantic", "sqlite_utils") if m in sys.modules), len(window.services.library))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("AT FIRST FRAME [] Resume Boundary statement, left off"), lines
    # The app collects cycles on a GUI timer (gui/garbage.py), and not at all while it starts:
    # no collector walks the start-up's imports again and again before the first frame.
    assert lines[1] == "COLLECTIONS BEFORE IT 0", lines
    assert lines[2] == "AFTER ['pydantic', 'sqlite_utils'] 14", lines


def test_today_reads_the_same_before_and_after_the_library_loads(qtbot, data_dir, clock):
    store = _prepare(data_dir, clock)
    kept = store.runs.create("boundary-statement", 2, {}, {}, title="Boundary statement")
    store.runs.end(kept, "left")
    gone = store.runs.create("a-therapists-exercise", 1, {}, {}, title="Our Sunday ritual")
    store.runs.end(gone, "left")
    store.close()

    window = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(window)
    today = window.today_page
    assert window.services.library_if_loaded() is None  # nothing loaded it yet
    # Before the library: both runs, by the titles they kept.
    assert sorted(today.run_buttons) == sorted([kept, gone])
    titles = [label.text() for label in today.findChildren(QLabel, "todayRunTitle") if label.isVisibleTo(today)]
    assert sorted(titles) == ["Boundary statement", "Our Sunday ritual"]

    with qtbot.waitSignal(
        window.services.bus.changed, check_params_cb=lambda changes: bool(changes & Changes.LIBRARY), timeout=10_000
    ):
        window.show()  # the worker starts once the window is up
    assert window.services.library_if_loaded() is not None
    settle(qtbot, window.services)  # Today reads again, now that the library is here
    # After: the run whose exercise is not in the library cannot be resumed, and says so.
    assert list(today.run_buttons) == [kept]
    text = visible_texts(today)
    assert "Boundary statement" in text and "Our Sunday ritual" not in text
    assert "1 older run belongs to an exercise no longer in your library." in text
    close_app(window)


def test_runs_from_before_titles_were_kept_wait_for_the_library_and_then_keep_theirs(qtbot, data_dir, clock):
    store = _prepare(data_dir, clock)
    old = _old_run(store, "decoding-defenses")
    store.close()

    window = create(["--data-dir", str(data_dir)], clock=clock)
    qtbot.addWidget(window)
    # Today had no title to show for the old run, so it waited for the library (loaded here).
    assert window.services.library_if_loaded() is not None
    assert window.today_page.run_buttons[old].accessibleName().startswith("Resume Decoding our defenses, left off")
    with qtbot.waitSignal(
        window.services.bus.changed, check_params_cb=lambda changes: bool(changes & Changes.LIBRARY), timeout=10_000
    ):
        window.show()
    assert window.services.store.runs.get(old).title == "Decoding our defenses"
    close_app(window)


def test_the_library_loader_loads_once_on_the_worker_or_where_first_asked():
    calls: list[str] = []
    library = Library()

    def load() -> Library:
        calls.append(threading.current_thread().name)
        return library

    asked_first = LibraryLoader(load)
    assert asked_first.result() is library and calls == [threading.current_thread().name]
    asked_first.start()  # already loaded: no second load
    assert asked_first.result() is library and len(calls) == 1

    calls.clear()
    on_worker = LibraryLoader(load)
    on_worker.start()
    assert on_worker.result() is library
    assert calls == ["couplesdesk-library"]

    def broken() -> Library:
        raise OSError("the exercises folder went away")

    failing = LibraryLoader(broken)
    failing.start()
    try:
        failing.result()
    except OSError as exc:
        assert "went away" in str(exc)
    else:
        raise AssertionError("the loader's error should reach whoever asks for the library")


def test_a_library_first_asked_for_on_a_qt_worker_thread_does_not_break_closing(qtbot):
    """A page's job on the database worker (a QThread, which Python knows only as a 'dummy'
    thread) may ask for the library before the window has started its loader: it loads there,
    and closing the app then waits for nothing and raises nothing."""
    from PySide6.QtCore import QThread

    library = Library()
    loader = LibraryLoader(lambda: library)
    got: list[Library] = []

    class Asker(QThread):
        def run(self) -> None:
            got.append(loader.result())

    asker = Asker()
    asker.start()
    qtbot.waitUntil(asker.isFinished)
    assert got == [library]
    loader.start()  # the window's first frame comes later: no second load
    loader.join()  # Services.close: must not try to join the QThread's dummy thread
    assert loader.result() is library


def test_closing_stops_the_library_load_between_files_and_joins_its_thread(tmp_path, clock):
    """A thread left inside the exercise parser while the process ends can abort it: closing
    tells the load to stop at the next file, and waits for the thread to end."""
    from couplesdesk.core.stopping import Stopped
    from couplesdesk.gui.services import Services
    from couplesdesk.paths import DataPaths

    started, files_read = threading.Event(), []
    services: Services | None = None

    def slow_load():
        started.set()
        for n in range(1000):  # as load_library does: ask between files
            if services._closing.is_set():
                raise Stopped
            files_read.append(n)
            time.sleep(0.005)
        raise AssertionError("the load was never told to stop")

    store = Store.open(tmp_path / "db.sqlite", clock)
    services = Services(paths=DataPaths(tmp_path), store=store, clock=clock, load_library=slow_load)
    services.load_library_soon()
    assert started.wait(5)
    thread = services.loader._thread
    services.close()
    assert not thread.is_alive()
    assert 0 < len(files_read) < 1000
