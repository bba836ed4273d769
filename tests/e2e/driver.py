"""Runs the real app in this process and acts like a person: used by the end-to-end tests.

python driver.py type DATA_DIR SEED    hold the folder as the app does, start share-one-thing
                                        and type steadily (a key every 15-250 ms, chosen by SEED),
                                        printing "KEY <time> <n>" once each key is in; runs until killed
python driver.py show DATA_DIR          open the app, resume the unfinished run, print the text shown
python driver.py close DATA_DIR MS      open the app and close it MS ms after the first frame
                                        (the exercise library still loading), printing CLOSED
python driver.py atspi DATA_DIR         open the app on a fresh folder with a clock that moves only
                                        when a line "advance MINUTES" comes on stdin (answered
                                        "ADVANCED"; "activate" gives the window the keyboard, as a
                                        window manager would); for the screen-reader test (AT-SPI)
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from couplesdesk.app import create  # noqa: E402
from couplesdesk.core.clock import FakeClock  # noqa: E402
from couplesdesk.gui.main_window import MainWindow  # noqa: E402

LETTERS = "abcdefghijklmnopqrstuvwxyz     "


def typed_text(seed: int, n: int) -> str:
    """The first ``n`` characters the typist with this seed types."""
    rng = random.Random(seed)
    return "".join(rng.choice(LETTERS) for _ in range(n))


def clock_from_stdin(window: MainWindow, clock: FakeClock) -> QSocketNotifier:
    """Move ``clock`` on as told on stdin, one "advance MINUTES" a line; the window ticks at once."""
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            return
        words = line.split()
        if words[:1] == ["advance"]:
            clock.advance(minutes=float(words[1]))
            window.tick()  # a MainWindow: countdowns and the pause bar read the clock now
            print("ADVANCED", flush=True)
        elif words[:1] == ["activate"]:  # no window manager gives the keyboard back after a dialog
            window.activateWindow()
            print("ACTIVATED", flush=True)

    notifier.activated.connect(read)
    return notifier


def main() -> int:
    mode, data_dir = sys.argv[1], sys.argv[2]
    if mode == "atspi":
        clock = FakeClock(datetime(2026, 11, 20, 19, 0).astimezone())
        window = create(["--data-dir", data_dir, "--language", "en"], clock=clock)
        assert isinstance(window, MainWindow)
        notifier = clock_from_stdin(window, clock)
        QTimer.singleShot(600, lambda: print("READY", flush=True))
        window.show()
        # No window manager under Xvfb: the window takes the keyboard itself, once it is mapped.
        QTimer.singleShot(300, window.activateWindow)
        app = QApplication.instance()
        assert app is not None and notifier is not None
        return app.exec()
    if mode == "type":  # hold the folder as the app does, so a second launch is turned away
        from couplesdesk.gui.single_instance import SingleInstance
        from couplesdesk.paths import DataPaths

        QApplication([sys.argv[0]])
        instance = SingleInstance(DataPaths.resolve(data_dir))
        assert instance.acquire(), "the folder is already open"
    window = create(["--data-dir", data_dir])
    assert window is not None
    window.show()
    app = QApplication.instance()
    assert app is not None

    def type_steadily() -> None:
        window.start_exercise("share-one-thing")
        page = window.run_page
        page.next_button.click()
        page.handover_button.click()
        box = page.step_widget.box
        box.setFocus()
        seed = int(sys.argv[3])
        rng, keys = random.Random(seed + 1), typed_text(seed, 10_000)
        count = [0]

        def key() -> None:
            QTest.keyClick(box, keys[count[0]] if keys[count[0]] != " " else Qt.Key.Key_Space)
            count[0] += 1
            print(f"KEY {time.monotonic()} {count[0]}", flush=True)
            QTimer.singleShot(rng.randint(15, 250), key)

        key()

    def show_text() -> None:
        runs = window.services.store.runs.unfinished()
        window.resume_run(runs[0].id)
        window.run_page.handover_button.click()
        print("SHOWN " + window.run_page.step_widget.box.toPlainText(), flush=True)
        window.close()
        app.quit()

    def close_soon() -> None:
        def close() -> None:
            window.close()
            print("CLOSED", flush=True)
            app.quit()

        QTimer.singleShot(int(sys.argv[3]), close)

    QTimer.singleShot(0, {"type": type_steadily, "show": show_text, "close": close_soon}[mode])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
