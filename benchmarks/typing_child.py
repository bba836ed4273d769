"""Typing into the longest answer allowed, measured in a fresh process by ``benchmarks/run.py``.

    python benchmarks/typing_child.py bare KEYS         a bare QPlainTextEdit holding 19,900 characters
    python benchmarks/typing_child.py app DATA_DIR KEYS  the app's answer box in share-one-thing, the same text

Types KEYS letters at the end of the text, one at a time; each sample is the time from the key
press until the event loop is idle again (what a person would feel as lag). In the app, the
autosave's deadline (800 ms) never passes inside one key, so every so often the text is also
saved: that save (``RunPage.flush()`` with the whole answer) is timed separately. Then, with
both partners' answers at the limit, the click that shows them side by side is timed.

Prints one line of JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTextBrowser  # noqa: E402

LONG = ("I have been meaning to tell you about the week. " * 500)[:19_700]
"""Near the 20,000-character limit of an answer, leaving room for the keys a full run types (200 each)."""


def _settle() -> None:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _type(box: QPlainTextEdit, keys: int) -> list[float]:
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    samples = []
    for i in range(keys):
        start = time.perf_counter()
        QTest.keyClick(box, Qt.Key(Qt.Key.Key_A + i % 26))
        _settle()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bare(keys: int) -> dict[str, object]:
    QApplication([sys.argv[0]])
    box = QPlainTextEdit()
    box.resize(800, 500)
    box.show()
    box.setPlainText(LONG)
    _settle()
    return {"keys_ms": _type(box, keys)}


def app(data_dir: str, keys: int) -> dict[str, object]:
    from couplesdesk.app import create

    window = create(["--data-dir", data_dir])
    assert window is not None
    window.resize(1000, 720)
    window.show()
    _settle()
    window.start_exercise("share-one-thing")
    page = window.run_page
    page.next_button.click()
    flushes: list[float] = []
    keys_ms: list[float] = []
    for partner in range(2):
        page.handover_button.click()
        box = page.step_widget.box
        box.setPlainText(LONG)
        _settle()
        keys_ms += _type(box, keys // 2)
        start = time.perf_counter()
        page.flush()
        flushes.append((time.perf_counter() - start) * 1000)
        assert len(box.toPlainText()) == len(LONG) + keys // 2
        if partner == 0:
            page.next_button.click()
    page.next_button.click()  # "come back to the screen together"
    _settle()
    start = time.perf_counter()
    page.handover_button.click()  # the two answers side by side
    _settle()
    reveal_ms = (time.perf_counter() - start) * 1000
    assert page.step_widget is not None
    shown = [w.text() for w in page.step_widget.findChildren(QLabel)]
    shown += [w.toPlainText() for w in page.step_widget.findChildren(QTextBrowser)]
    shown += [w.toPlainText() for w in page.step_widget.findChildren(QPlainTextEdit)]
    both_shown = sum(LONG[:200] in text for text in shown)
    window.services.close()
    return {"keys_ms": keys_ms, "flush_ms": flushes, "reveal_ms": reveal_ms, "answers_shown_in_full": both_shown}


if __name__ == "__main__":
    mode = sys.argv[1]
    out = bare(int(sys.argv[2])) if mode == "bare" else app(sys.argv[2], int(sys.argv[3]))
    print(json.dumps(out))
