"""One measured start-up, run in a fresh process by ``benchmarks/run.py``.

    python benchmarks/startup_child.py bare          QApplication and one QLabel
    python benchmarks/startup_child.py bare-qt       the same, and it touches the Qt namespace
    python benchmarks/startup_child.py app DATA_DIR  the real app, via couplesdesk.app.create()

Shows the window, and once the event loop is idle (a zero timer after show()) prints
``IDLE <time.monotonic_ns()> <VmHWM in KiB> <process CPU time in ns>``. The app then loads
its exercise library on a worker thread; once that is done (and the window has read it),
it prints ``READY`` with the same three numbers. Then the child quits. The parent takes the
start time with the same clock just before it starts this process.

``bare-qt`` is context, not a target: every real Qt Widgets app uses ``Qt.AlignmentFlag``
and friends, and PySide6 builds all ~90 Python enums of the ``Qt`` namespace on first use.
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


def main() -> int:
    mode = sys.argv[1]
    if mode in ("bare", "bare-qt"):
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
            ready("library")
        else:
            services.bus.changed.connect(ready)

    def ready(area: str) -> None:
        if area == "library":
            stamp("READY")
            app.quit()

    QTimer.singleShot(0, idle)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
