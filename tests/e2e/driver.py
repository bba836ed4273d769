"""Runs the real app in this process and acts like a person: used by test_crash_safety.

python driver.py type DATA_DIR TEXT   start share-one-thing, type TEXT, print TYPED, keep running
python driver.py show DATA_DIR        open the app, resume the unfinished run, print the text shown
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from couplesdesk.app import create  # noqa: E402


def main() -> int:
    mode, data_dir = sys.argv[1], sys.argv[2]
    window = create(["--data-dir", data_dir])
    assert window is not None
    window.show()
    app = QApplication.instance()

    def type_text() -> None:
        window.start_exercise("share-one-thing")
        page = window.run_page
        page.next_button.click()
        page.handover_button.click()
        box = page.step_widget.box
        box.setFocus()
        QTest.keyClicks(box, sys.argv[3])
        print(f"TYPED {time.monotonic()}", flush=True)

    def show_text() -> None:
        runs = window.services.store.runs.unfinished()
        window.resume_run(runs[0].id)
        window.run_page.handover_button.click()
        print("SHOWN " + window.run_page.step_widget.box.toPlainText(), flush=True)
        app.quit()

    QTimer.singleShot(0, type_text if mode == "type" else show_text)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
