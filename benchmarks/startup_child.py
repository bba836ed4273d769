"""One measured start-up, run in a fresh process by ``benchmarks/run.py``.

    python benchmarks/startup_child.py bare          QApplication and one QLabel
    python benchmarks/startup_child.py app DATA_DIR  the real app, via couplesdesk.app.create()

Shows the window, and once the event loop is idle (a zero timer after show()) prints
``IDLE <time.monotonic_ns()> <VmHWM in KiB> <process CPU time in ns>`` and quits. The parent
takes the start time with the same clock just before it starts this process.
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
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv[:1])
        window = QLabel("CouplesDesk")
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

    def idle() -> None:
        print(f"IDLE {time.monotonic_ns()} {_peak_rss_kib()} {time.process_time_ns()}", flush=True)
        app.quit()

    QTimer.singleShot(0, idle)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
