"""A locked database mid-exercise: a message a person can act on, nothing lost, no crash."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from .conftest import click, rate


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
    click(qtbot, window.pause_button)
    click(qtbot, window.findChild(QPushButton, "first_partner_a"))
    page = window.run_page
    rate(qtbot, page, 8)  # flooded
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    start = window.findChild(QPushButton, "startTimer")
    other = _lock(data_dir)
    try:
        click(qtbot, start)
        assert page.save_error.isVisible() and "in use by another program" in page.save_error.text()
        assert start.isVisible()
    finally:
        other.rollback()
        other.close()
    assert window.services.store.pauses.all() == []
    click(qtbot, start)
    assert len(window.services.store.pauses.all()) == 1
    assert not start.isVisible()
    assert not page.save_error.isVisible()
