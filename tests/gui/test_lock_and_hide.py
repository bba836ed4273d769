"""The app lock and quick hide, driven as a couple would: Ctrl+L and the idle lock cover every
word; with encryption on only the passphrase opens it; quick hide shows a plain notes screen at
once, throws away the private turn being written, and logs nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from couplesdesk.storage import encryption

from .conftest import click, no_longer_watched, settle, visible_texts

SECRET_WORDS = "the thing I never told you"
PASS = "our long shared passphrase"


def _to_private_step(qtbot, window):
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # Alex writes in private
    page.step_widget.box.setFocus()
    return page


def test_ctrl_l_covers_every_word_and_open_brings_it_back(qtbot, open_app):
    window = open_app()
    page = _to_private_step(qtbot, window)
    qtbot.keyClicks(page.step_widget.box, SECRET_WORDS)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.guard.locked
    assert SECRET_WORDS not in visible_texts(window)
    assert "CouplesDesk is locked" in visible_texts(window)
    # What was typed was saved before the lock.
    answers = window.services.store.answers.of_run(page.run.id)
    assert answers[("my-thing", "partner_a")].text == SECRET_WORDS
    # Shortcuts are off while locked: Ctrl+2 does not reach the Exercises page behind the lock.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.run_page

    click(qtbot, window.guard.lock_screen.findChild(type(window.pause_button), "lockOpen"))
    assert not window.guard.locked
    assert SECRET_WORDS in visible_texts(window)


def test_it_locks_by_itself_after_the_chosen_time_away_but_never_during_a_pause(qtbot, open_app, clock):
    window = open_app()
    window.show_page(window.privacy_page)
    settle(qtbot, window.services)
    combo = window.privacy_page.lock_after
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(5))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: window.guard.lock_after == 5, timeout=5000)

    clock.advance(minutes=4)
    window.tick()
    assert not window.guard.locked
    clock.advance(minutes=2)
    window.tick()
    assert window.guard.locked
    click(qtbot, window.guard.lock_screen.findChild(type(window.pause_button), "lockOpen"))

    # During a pause the countdown stays in view, however long it runs.
    click(qtbot, window.pause_button)  # the pause in one tap
    assert window.services.store.pauses.active() is not None
    clock.advance(minutes=15)
    window.tick()
    assert not window.guard.locked


def test_a_closed_window_no_longer_watches_for_time_away(qtbot, open_app, clock):
    """A window replaced (encryption turned on, a backup restored) or closed stops filtering
    the app's events and hearing the clock (the therapist's window: test_therapist_lock_and_inbox)."""
    window = open_app()
    window.services.database.run(lambda store: store.settings.set("lock_after_minutes", 5))
    qtbot.waitUntil(lambda: window.guard.lock_after == 5, timeout=5000)
    window.close()
    no_longer_watched(qtbot, window, clock)


def test_quick_hide_shows_plain_notes_at_once_and_throws_the_private_turn_away(qtbot, open_app, data_dir):
    window = open_app()
    page = _to_private_step(qtbot, window)
    run_id = page.run.id
    qtbot.keyClicks(page.step_widget.box, SECRET_WORDS)
    page.flush()  # even what autosave already kept goes
    log = data_dir / "logs" / "couplesdesk.log"
    log_before = log.read_text(encoding="utf-8") if log.exists() else ""

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert window.guard.hidden
    assert window.windowTitle() == "Notes"
    shown = visible_texts(window)
    assert SECRET_WORDS not in shown and "CouplesDesk" not in shown and "Alex" not in shown
    store = window.services.store
    assert ("my-thing", "partner_a") not in store.answers.of_run(run_id)
    raw = store.conn.execute("SELECT text FROM answers WHERE run_id = ?", [run_id]).fetchall()
    assert all(SECRET_WORDS not in (text or "") for (text,) in raw)
    assert (log.read_text(encoding="utf-8") if log.exists() else "") == log_before  # nothing logged
    settle(qtbot, window.services)
    in_files = [p.name for p in data_dir.rglob("*") if p.is_file() and SECRET_WORDS.encode() in p.read_bytes()]
    assert in_files == []  # not in the database, not in its log, not anywhere

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.guard.hidden and window.windowTitle() == "CouplesDesk"
    assert window.current_page() is window.today_page
    assert SECRET_WORDS not in visible_texts(window)


def test_the_hide_button_on_the_privacy_page(qtbot, open_app):
    window = open_app()
    window.show_page(window.privacy_page)
    click(qtbot, window.privacy_page.hide_button)
    assert window.guard.hidden


def test_with_encryption_the_lock_opens_only_with_the_passphrase(qtbot, open_app, data_dir):
    window = open_app()
    window.close()
    encryption.encrypt_folder(data_dir, data_dir / "couplesdesk.db", PASS)
    key = encryption.unlock(data_dir, PASS)
    from couplesdesk.gui.opening import open_data

    window = open_data(window.services.paths, window.services.clock, key, lambda *a: None)
    qtbot.addWidget(window)
    window.show()
    try:
        window.guard.lock()
        panel = window.guard.lock_screen
        assert "passphrase" in visible_texts(window).lower()
        qtbot.keyClicks(panel.field, "not the passphrase")
        click(qtbot, panel.button)
        qtbot.waitUntil(lambda: panel.status.isVisible(), timeout=10_000)
        assert window.guard.locked and "does not open" in panel.status.text()

        qtbot.keyClicks(panel.field, PASS)
        click(qtbot, panel.button)
        qtbot.waitUntil(lambda: not window.guard.locked, timeout=10_000)

        # Coming back from quick hide goes through the lock too.
        window.guard.hide_now()
        window.guard.toggle_hide()
        assert window.guard.locked
    finally:
        window.close()


@pytest.mark.parametrize("keys", ["Ctrl+Shift+H", "Ctrl+L"])
@pytest.mark.parametrize("opened", ["export", "names", "report"])
def test_quick_hide_and_the_lock_work_from_inside_a_dialog(qtbot, open_app, keys, opened):
    """The window's shortcuts do not reach a dialog: each dialog carries them, closes, and the
    window hides or locks as if they had been pressed there."""
    from PySide6.QtWidgets import QDialog, QPushButton

    window = open_app()
    if opened == "names":
        window.edit_names()
        name = "namesDialog"
    else:
        window.show_page(window.privacy_page)
        button = "exportButton" if opened == "export" else "sessionReportButton"
        click(qtbot, window.privacy_page.findChild(QPushButton, button))
        name = "exportDialog" if opened == "export" else "sessionReportDialog"
    dialog = next(w for w in window.findChildren(QDialog) if w.objectName() == name and w.isVisible())
    [action] = [a for a in dialog.actions() if a.shortcut().toString() == keys]
    action.trigger()  # (the offscreen platform never makes a dialog the active window)
    assert not dialog.isVisible()
    assert window.guard.hidden if keys == "Ctrl+Shift+H" else window.guard.locked


def test_the_safety_page_hides_the_window_in_one_click(qtbot, open_app):
    """Issue 10: quick hide 'also on the safety page', the page someone reads while afraid of
    being seen reading it."""
    from PySide6.QtWidgets import QPushButton

    window = open_app()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.safety_page
    click(qtbot, window.safety_page.findChild(QPushButton, "safetyHideNow"))
    assert window.guard.hidden and window.windowTitle() == "Notes"
    assert "Safety" not in " ".join(visible_texts(window))
