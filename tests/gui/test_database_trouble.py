"""A locked database mid-exercise: a message a person can act on, nothing lost, no crash."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QPlainTextEdit

from .conftest import click, settle


def _lock(data_dir):
    other = sqlite3.connect(data_dir / "couplesdesk.db", timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_typing_while_the_database_is_locked_is_kept_and_saved_later(qtbot, open_app, data_dir):
    window = open_app()
    window.services.store.db.conn.execute("PRAGMA busy_timeout = 20")
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    box = page.step_widget.findChild(QPlainTextEdit, "answerBox")
    other = _lock(data_dir)
    try:
        qtbot.keyClicks(box, "still here")
        qtbot.waitUntil(page.save_error.isVisible, timeout=3000)
        assert "in use by another program" in page.save_error.text()
        assert box.toPlainText() == "still here"
    finally:
        other.rollback()
        other.close()
    # The retry saves it once the lock is gone, and the message goes away.
    qtbot.waitUntil(lambda: not page.save_error.isVisible(), timeout=5000)
    run = window.services.store.runs.of_exercise("share-one-thing")[0]
    assert window.services.store.answers.of_run(run.id)[("my-thing", "partner_a")].value == "still here"


def test_starting_a_pause_on_a_locked_database_says_so_and_can_be_retried(qtbot, open_app, data_dir):
    window = open_app()
    window.services.store.db.conn.execute("PRAGMA busy_timeout = 20")
    page = window.run_page
    other = _lock(data_dir)
    try:
        click(qtbot, window.pause_button)  # one tap: the pause would start at once
        assert page.save_error.isVisible() and "in use by another program" in page.save_error.text()
    finally:
        other.rollback()
        other.close()
    assert window.services.store.pauses.all() == []
    click(qtbot, window.pause_button)  # the same tap again, once the lock is gone
    assert len(window.services.store.pauses.all()) == 1
    assert page.run.screen.step.id == "pause" and page.step_widget.countdown.text() == "30:00"
    assert not page.save_error.isVisible()


def test_changing_the_pause_on_a_locked_database_says_so_and_keeps_what_was_stored(qtbot, open_app, data_dir):
    window = open_app()
    window.services.store.db.conn.execute("PRAGMA busy_timeout = 20")
    click(qtbot, window.pause_button)
    page = window.run_page
    click(qtbot, page.step_widget.details_button)
    details = page.step_widget.details
    other = _lock(data_dir)
    try:
        details.minutes.setCurrentIndex(details.minutes.findData(45.0))
        assert page.save_error.isVisible() and "in use by another program" in page.save_error.text()
        assert details.minutes.currentData() == 30  # as stored: the screen never says what was not kept
        assert page.step_widget.return_label.text() == "Back together at 19:30"
    finally:
        other.rollback()
        other.close()
    assert window.services.store.pauses.active().minutes == 30
    details.minutes.setCurrentIndex(details.minutes.findData(45.0))
    assert window.services.store.pauses.active().minutes == 45
    assert page.step_widget.return_label.text() == "Back together at 19:45"


def test_a_read_answered_after_its_dialog_closed_goes_nowhere(qtbot, open_app):
    """A dialog (deleted on close) asks the worker for something and is closed before the
    answer comes: the answer is dropped, not handed to a widget that no longer exists."""
    import threading

    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    window = open_app()
    services = window.services
    dialog = QDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    gate = threading.Event()

    def read(store) -> str:
        gate.wait(5)
        return "words"

    services.database.run(read, dialog.setWindowTitle)
    dialog.close()  # deleted while its read waits on the worker
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    gate.set()
    settle(qtbot, services)  # the answer arrives: nothing raises in the event loop
    seen: list[str] = []
    services.database.run(lambda store: "after", seen.append)  # other answers still arrive
    settle(qtbot, services)
    assert seen == ["after"]
