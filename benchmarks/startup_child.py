"""One measured start-up, run in a fresh process by ``benchmarks/run.py``.

    python benchmarks/startup_child.py bare          QApplication and one QLabel
    python benchmarks/startup_child.py bare-qt       the same, and it touches the Qt namespace
    python benchmarks/startup_child.py widgets       the app's first-frame widgets and style sheet, no app code
    python benchmarks/startup_child.py app DATA_DIR  the real app, via couplesdesk.app.create()

Shows the window, and once the event loop is idle (a zero timer after show()) prints
``IDLE <time.monotonic_ns()> <VmHWM in KiB> <process CPU time in ns>``. The app then loads
its exercise library on a worker thread; once that is done (and the window has read it),
it prints ``READY`` with the same three numbers. Then the child quits. The parent takes the
start time with the same clock just before it starts this process.

``bare-qt`` and ``widgets`` are context, not targets. Every real Qt Widgets app uses
``Qt.AlignmentFlag`` and friends, and PySide6 builds all ~90 Python enums of the ``Qt``
namespace on first use. ``widgets`` is the floor under the app's start-up: the same kinds of
widget in the same arrangement (main window, top bar, sidebar list, page stack, a scroll area
of cards with labels and buttons) under the app's style sheet, with no app module, no data
and no logic. Keep it roughly in step with what Today shows at start-up.
"""

import sys
import time


def _peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource  # not Linux: ru_maxrss, in KiB on Linux/BSD (bytes on macOS)

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _widgets():  # type: ignore[no-untyped-def]
    """The floor: the app's first-frame widget tree and style sheet, and nothing of the app."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    resources = Path(__file__).resolve().parents[1] / "resources"
    from couplesdesk.gui.palette import fill  # strings only: the light palette filled into the template

    app.setStyleSheet(fill((resources / "style.qss").read_text(encoding="utf-8"), resources=str(resources)))
    window, pages = _window()
    pages.addWidget(_today(pages))
    return app, window


def _window():  # type: ignore[no-untyped-def]
    """The main window: a top bar, and below it the sidebar list and the (empty) page stack."""
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )  # fmt: skip

    window = QMainWindow()
    window.resize(1100, 740)
    central = QWidget(window)
    window.setCentralWidget(central)
    bar, body = QWidget(central), QWidget(central)
    column = QVBoxLayout(central)
    column.addWidget(bar)
    column.addWidget(body, 1)
    row = QHBoxLayout(bar)
    row.addWidget(QLabel("CouplesDesk", bar))
    row.addStretch(1)
    row.addWidget(QPushButton("Pause", bar))
    side, pages = QWidget(body), QStackedWidget(body)
    row = QHBoxLayout(body)
    row.addWidget(side)
    row.addWidget(pages, 1)
    nav = QListWidget(side)
    for name in ("Today", "Exercises", "Boundaries", "Safety"):
        nav.addItem(name)
    column = QVBoxLayout(side)
    column.addWidget(nav, 1)
    column.addWidget(QPushButton("Names and colours", side))
    return window, pages


def _today(pages):  # type: ignore[no-untyped-def]
    """A page like Today at start-up, in ``pages``: a scroll area of greetings and cards of labels and a button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QFrame,
        QHBoxLayout,
        QLabel,
        QPushButton,
        QScrollArea,
        QVBoxLayout,
        QWidget,
    )  # fmt: skip

    page = QWidget(pages)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    QVBoxLayout(page).addWidget(scroll)
    holder = QWidget()
    scroll.setWidget(holder)
    content = QWidget(holder)
    QHBoxLayout(holder).addWidget(content)
    column = QVBoxLayout(content)
    column.addWidget(QLabel("Good evening, Alex and Sam", content))
    column.addWidget(QLabel("Friday, 27 November", content))
    for title in ("Sharing today", "Pick up where you left off", "Your latest boundaries"):
        card = QFrame(content)
        lines = QVBoxLayout(card)
        for text in (title, "A line of words", "Another line of words"):
            lines.addWidget(QLabel(text, card))
        lines.addWidget(QPushButton("Go on", card), 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(card)
    column.addStretch(1)
    return page


def main() -> int:
    mode = sys.argv[1]
    if mode == "widgets":
        app, window = _widgets()
    elif mode in ("bare", "bare-qt"):
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv[:1])
        window = QLabel("CouplesDesk")
        if mode == "bare-qt":
            from PySide6.QtCore import Qt

            window.setAlignment(Qt.AlignmentFlag.AlignCenter)
    else:
        # The app imports what it needs, in its own order: nothing of Qt is imported here first.
        from couplesdesk.app import create

        window = create(["--data-dir", sys.argv[2]])
        if window is None:
            print("the app did not open its data dir", file=sys.stderr)
            return 1
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
    from PySide6.QtCore import QTimer

    window.show()

    def stamp(what: str) -> None:
        print(f"{what} {time.monotonic_ns()} {_peak_rss_kib()} {time.process_time_ns()}", flush=True)

    def idle() -> None:
        stamp("IDLE")
        services = getattr(window, "services", None)
        if services is None:
            app.quit()
        elif services.library_if_loaded() is not None:
            ready(None)
        else:
            services.bus.changed.connect(ready)

    def ready(changes: object) -> None:
        # The app's bus carries couplesdesk.storage.Changes; LIBRARY says the library has loaded
        # (imported here, not at the top, so the bare children never import the app).
        from couplesdesk.storage import Changes

        if changes is None or (isinstance(changes, Changes) and changes & Changes.LIBRARY):
            stamp("READY")
            app.quit()

    QTimer.singleShot(0, idle)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
