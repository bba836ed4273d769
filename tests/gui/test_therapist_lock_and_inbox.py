"""The therapist's window, as a therapist uses it between sessions: the lock (Ctrl+L) forgets
the key opened for the inbox and the reports it showed; quick hide (Ctrl+Shift+H) shows plain
notes at once, from a dialog too; and the inbox remembers where the reports it opened are (the
paths, never the contents), with a calm row for a file no longer there."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from couplesdesk.gui.reports_inbox import REMEMBERED, ReportsInbox
from couplesdesk.gui.therapist_window import TherapistWindow
from couplesdesk.storage import Store, therapist_key

from ..report.helpers import A_SHARED, NOW
from .conftest import click, no_longer_watched, settle, shown, visible_texts
from .test_reports_inbox import PASSPHRASE, _report_file

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _therapist(qtbot, open_app, data_dir, clock) -> TherapistWindow:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.settings.set("mode", "therapist")
    store.close()
    window = open_app(couple=False)
    assert isinstance(window, TherapistWindow)
    return window


def _unlock(qtbot, inbox: ReportsInbox, rows: int = 1) -> None:
    qtbot.waitUntil(inbox.unlock_row.isVisible, timeout=5000)
    qtbot.keyClicks(inbox.passphrase, PASSPHRASE)
    click(qtbot, inbox.unlock_button)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == rows, timeout=30_000)


def _keys(qtbot, window, key, modifiers) -> None:
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(window, key, modifiers)


def _dialog_keys(dialog: QDialog, keys: str) -> None:
    [action] = [a for a in dialog.actions() if a.shortcut().toString() == keys]
    action.trigger()  # (the offscreen platform never makes a dialog the active window)


def test_the_lock_forgets_the_key_and_the_reports_it_opened(qtbot, open_app, data_dir, clock, tmp_path):
    data_dir.mkdir(parents=True)
    public = therapist_key.make_key(data_dir, PASSPHRASE, NOW)
    report = _report_file(tmp_path / "made", "ours", public, "Sam and Alex", flag=False)
    window = _therapist(qtbot, open_app, data_dir, clock)
    _keys(qtbot, window, Qt.Key.Key_3, CTRL)
    inbox = window.reports_inbox
    inbox.open_files([report])
    _unlock(qtbot, inbox)
    assert A_SHARED in visible_texts(window)

    _keys(qtbot, window, Qt.Key.Key_L, CTRL)
    assert window.guard.locked and not window.menuBar().isVisible()
    shown_now = visible_texts(window)
    assert "CouplesDesk is locked" in shown_now
    assert A_SHARED not in shown_now and "Sam and Alex" not in shown_now and "Reports" not in shown_now
    _keys(qtbot, window, Qt.Key.Key_1, CTRL)  # the shortcuts are off under the lock
    assert window.current_page() is inbox

    click(qtbot, window.guard.lock_screen.findChild(QPushButton, "lockOpen"))
    assert not window.guard.locked and window.menuBar().isVisible()
    assert inbox.identity is None and A_SHARED not in visible_texts(window)
    settle(qtbot, window.services)
    _unlock(qtbot, inbox)  # the remembered report waits for the key's passphrase again
    assert A_SHARED in visible_texts(window)


def test_it_locks_by_itself_after_fifteen_minutes_away_until_the_therapist_chooses_otherwise(
    qtbot, open_app, data_dir, clock, tmp_path
):
    data_dir.mkdir(parents=True)
    public = therapist_key.make_key(data_dir, PASSPHRASE, NOW)
    report = _report_file(tmp_path / "made", "ours", public, "Sam and Alex", flag=False)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.settings.set("lock_after_minutes", 0)  # "Never" chosen in couple mode: not the therapist's choice
    store.close()
    window = _therapist(qtbot, open_app, data_dir, clock)
    window.tick()  # the first tick reads the setting: none chosen, so the therapist's default
    qtbot.waitUntil(lambda: window.guard.lock_after == 15, timeout=5000)
    _keys(qtbot, window, Qt.Key.Key_3, CTRL)
    inbox = window.reports_inbox
    inbox.open_files([report])
    _unlock(qtbot, inbox)

    clock.advance(minutes=14)
    window.tick()
    assert not window.guard.locked
    clock.advance(minutes=2)
    window.tick()
    assert window.guard.locked and A_SHARED not in visible_texts(window)
    assert inbox.identity is None  # the key opened for the inbox is forgotten
    click(qtbot, window.guard.lock_screen.findChild(QPushButton, "lockOpen"))

    _keys(qtbot, window, Qt.Key.Key_7, CTRL)  # Your key: "When you step away"
    page = window.current_page()
    chooser = page.lock_after
    assert "When you step away" in visible_texts(window)
    settle(qtbot, window.services)
    assert chooser.combo.currentData() == 15 and chooser.combo.currentText() == "After 15 minutes away"
    window.services.database.run(lambda store: store.settings.set("therapist_lock_after_minutes", 60))
    _keys(qtbot, window, Qt.Key.Key_3, CTRL)
    _keys(qtbot, window, Qt.Key.Key_7, CTRL)  # shown again: it shows what is kept
    qtbot.waitUntil(lambda: chooser.combo.currentData() == 60, timeout=5000)

    chooser.combo.setCurrentIndex(chooser.combo.findData(0))
    chooser.combo.activated.emit(chooser.combo.currentIndex())
    qtbot.waitUntil(lambda: window.guard.lock_after == 0, timeout=5000)
    assert chooser.status.text() == "Saved."
    settings = window.services.store.settings
    assert settings.get("therapist_lock_after_minutes") == 0 and settings.get("lock_after_minutes") == 0
    clock.advance(hours=3)
    window.tick()
    assert not window.guard.locked


def test_a_window_gone_no_longer_watches_the_apps_events(qtbot, open_app, data_dir, clock):
    """The lock watches every event of the app while a time is chosen; a window that has been
    replaced (therapist mode left, encryption turned on) must stop, or each one left behind
    filters every event for the rest of the session."""
    window = _therapist(qtbot, open_app, data_dir, clock)
    window.tick()
    qtbot.waitUntil(lambda: window.guard.lock_after == 15, timeout=5000)
    window.close()
    no_longer_watched(qtbot, window, clock)


def test_quick_hide_shows_plain_notes_from_the_window_and_from_a_dialog(qtbot, open_app, data_dir, clock, tmp_path):
    data_dir.mkdir(parents=True)
    public = therapist_key.make_key(data_dir, PASSPHRASE, NOW)
    report = _report_file(tmp_path / "made", "ours", public, "Sam and Alex", flag=True)
    window = _therapist(qtbot, open_app, data_dir, clock)
    _keys(qtbot, window, Qt.Key.Key_3, CTRL)
    inbox = window.reports_inbox
    inbox.open_files([report])
    _unlock(qtbot, inbox)

    _keys(qtbot, window, Qt.Key.Key_H, CTRL_SHIFT)
    assert window.guard.hidden and window.windowTitle() == "Notes"
    assert not window.menuBar().isVisible()
    assert visible_texts(window).strip() == ""  # an empty notes screen, nothing of CouplesDesk
    _keys(qtbot, window, Qt.Key.Key_H, CTRL_SHIFT)
    assert not window.guard.hidden and window.windowTitle() == "CouplesDesk for therapists"
    assert window.current_page() is inbox and A_SHARED in visible_texts(window)

    _keys(qtbot, window, Qt.Key.Key_Comma, CTRL)  # Settings
    dialog = window.findChild(QDialog, "therapistSettings")
    qtbot.waitUntil(dialog.isVisible)
    _dialog_keys(dialog, "Ctrl+Shift+H")
    assert not dialog.isVisible() and window.guard.hidden
    _keys(qtbot, window, Qt.Key.Key_H, CTRL_SHIFT)
    _keys(qtbot, window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog, "therapistSettings")))
    dialog = next(d for d in window.findChildren(QDialog, "therapistSettings") if d.isVisible())
    _dialog_keys(dialog, "Ctrl+L")
    assert not dialog.isVisible() and window.guard.locked


def test_quick_hide_from_the_question_before_leaving_a_plan_keeps_the_plan(qtbot, open_app, data_dir, clock):
    data_dir.mkdir(parents=True)
    therapist_key.make_key(data_dir, PASSPHRASE, NOW)
    window = _therapist(qtbot, open_app, data_dir, clock)
    _keys(qtbot, window, Qt.Key.Key_2, CTRL)
    builder = window.plan_builder
    builder.couple.setFocus()
    qtbot.keyClicks(builder.couple, "Robin and Kim")
    _keys(qtbot, window, Qt.Key.Key_N, CTRL)  # New plan: asks first, the changes are not saved
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QDialog, "confirmLeave")))
    box = next(b for b in window.findChildren(QDialog, "confirmLeave") if b.isVisible())
    _dialog_keys(box, "Ctrl+Shift+H")
    assert not box.isVisible() and window.guard.hidden
    _keys(qtbot, window, Qt.Key.Key_H, CTRL_SHIFT)
    assert builder.couple.text() == "Robin and Kim" and builder.unsaved
    builder.unsaved = False  # (closing would ask again)


def test_the_inbox_remembers_where_its_reports_are_and_says_calmly_when_one_is_gone(qtbot, services, tmp_path):
    public = therapist_key.make_key(services.paths.root, PASSPHRASE, NOW)
    ours = _report_file(tmp_path / "made", "ours", public, "Sam and Alex", flag=False)
    theirs = _report_file(tmp_path / "made", "theirs", public, "Kim and Lee", flag=False)
    first = shown(qtbot, ReportsInbox(services))
    first.open_files([ours, theirs])
    _unlock(qtbot, first, rows=2)
    settle(qtbot, services)
    kept = services.store.settings.get(REMEMBERED)
    assert kept == [str(ours), str(theirs)]
    raw = services.store.conn.execute("SELECT value FROM settings WHERE key = ?", [REMEMBERED]).fetchone()[0]
    assert json.loads(raw) == kept and "Sam and Alex" not in raw  # where they are, not what they hold
    first.finish_work()
    first.close()

    # The next session: they open again with the key's passphrase, nothing chosen again.
    second = shown(qtbot, ReportsInbox(services))
    settle(qtbot, services)
    _unlock(qtbot, second, rows=2)
    assert not second.missing.isVisible()
    second.finish_work()
    second.close()

    # One of them was moved away: a calm row says so, and can be removed from the list.
    moved = tmp_path / "elsewhere.couplesdesk-report"
    theirs.rename(moved)
    third = shown(qtbot, ReportsInbox(services))
    settle(qtbot, services)
    qtbot.waitUntil(third.missing.isVisible, timeout=5000)
    words = visible_texts(third.missing)
    assert "“theirs.couplesdesk-report” is no longer in" in words and "moved or deleted" in words
    _unlock(qtbot, third, rows=1)  # the other one opens as before
    click(qtbot, third.missing.findChild(QPushButton, "inboxForget"))
    settle(qtbot, services)
    assert not third.missing.isVisible()
    assert services.store.settings.get(REMEMBERED) == [str(ours)]
    assert moved.exists()  # only the list changed
    third.finish_work()
    third.close()

    fourth = shown(qtbot, ReportsInbox(services))
    settle(qtbot, services)
    assert not fourth.missing.isVisible()
    fourth.finish_work()
