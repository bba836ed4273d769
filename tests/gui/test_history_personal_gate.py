"""Looking back with a personal passphrase, driven as a couple would (issues 10 and 11): Alex
keeps a sealed answer locked with Alex's own passphrase and the run is left before the reveal.
On the History page, both together and Sam's own view never show it; Alex's own view asks
Alex's passphrase first (a wrong one said kindly, nothing shown), then shows the words; the key
is opened on the database worker (where History reads) and closed again when Alex's view ends.
The export asks it too before it adds Alex's private answers, and says so when they stay out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from couplesdesk.gui.history_page import HistoryPage

from .conftest import click, settle, visible_texts
from .test_export_dialog import choose_format, open_export, save
from .test_history_page import click_run
from .test_history_page import open_history as _open_history
from .test_personal_passphrase import gate_open, set_and_wait

A, B = "partner_a", "partner_b"
ALEX = "lanterns over the river"
ALEX_WORDS = "I have been scared about the scan results all week"
SAM_WORDS = "The walk by the canal made my whole day"
CTRL = Qt.KeyboardModifier.ControlModifier


def _type(qtbot, page, text: str) -> None:
    box = page.step_widget.findChild(QPlainTextEdit, "answerBox")
    box.setFocus()
    qtbot.keyClicks(box, text)


def locked_run(qtbot, window) -> str:
    """Alex sets a passphrase; both write alone in Share one thing and leave before the reveal."""
    set_and_wait(qtbot, window, A, ALEX)
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # "I'm Alex, show me": the run's own gate
    gate_open(qtbot, page, ALEX)
    _type(qtbot, page, ALEX_WORDS)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # "I'm Sam, show me" (Sam has no passphrase)
    _type(qtbot, page, SAM_WORDS)
    run_id = page.run.id
    click(qtbot, page.leave_button)
    settle(qtbot, window.services)
    stored = window.services.store.conn.execute(
        "SELECT text, revealed_at FROM answers WHERE run_id = ? AND author = ?", [run_id, A]
    ).fetchone()
    assert stored[0].startswith("locked:v1:") and stored[1] is None  # locked, and never revealed
    return run_id


def open_history(qtbot, window) -> HistoryPage:
    """Ctrl+4, with the window active again (the passphrase dialog was the active one)."""
    with qtbot.waitActive(window):
        window.activateWindow()
    return _open_history(qtbot, window)


def open_on_worker(qtbot, window, partner: str) -> bool:
    """Whether ``partner``'s key is open on the database worker's connection (asked there)."""
    answer: list[bool] = []
    window.services.database.run(lambda store: store.personal.is_open(partner), answer.append)
    qtbot.waitUntil(lambda: bool(answer), timeout=5000)
    return answer[0]


def alex_view_asks(qtbot, window, page: HistoryPage) -> None:
    """Alex's own view, through the hand-over: the passphrase is asked, nothing of Alex's shown."""
    click(qtbot, page.own_buttons[A])
    assert "Hand the screen to Alex." in visible_texts(window)
    click(qtbot, page.handover.button)
    qtbot.waitUntil(page.gate.isVisible, timeout=5000)
    screen = visible_texts(window)
    assert "Alex's passphrase" in screen and "kept locked with Alex's own passphrase" in screen
    assert "Forgotten it?" in screen
    assert ALEX_WORDS not in screen and not page.transcript.isVisible()
    assert page.viewer.kind == "together"
    assert QApplication.focusWidget() is page.gate.field


def type_passphrase(qtbot, page: HistoryPage, secret: str) -> None:
    page.gate.field.clear()
    qtbot.keyClicks(page.gate.field, secret)
    with qtbot.waitSignal(page.gate.tried, timeout=10_000):
        qtbot.keyClick(page.gate.field, Qt.Key.Key_Return)  # Enter opens


def test_alexs_locked_words_show_only_in_alexs_view_after_alexs_passphrase(qtbot, open_app):
    window = open_app()
    run_id = locked_run(qtbot, window)
    page = open_history(qtbot, window)
    click_run(qtbot, page, run_id)
    screen = visible_texts(window)
    assert ALEX_WORDS not in screen and SAM_WORDS not in screen  # both of you

    # Sam's own view: Sam's words, never Alex's (and Sam is not asked for anything).
    click(qtbot, page.own_buttons[B])
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        click(qtbot, page.handover.button)
    screen = visible_texts(window)
    assert SAM_WORDS in screen and ALEX_WORDS not in screen
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        click(qtbot, page.together_button)

    # Alex's own view asks first; a wrong passphrase is said kindly, and shows nothing.
    alex_view_asks(qtbot, window, page)
    type_passphrase(qtbot, page, "lanterns over the sea")
    screen = visible_texts(window)
    assert "That isn't Alex's passphrase. Nothing was shown." in screen
    assert ALEX_WORDS not in screen and page.gate.isVisible() and page.viewer.kind == "together"
    assert not open_on_worker(qtbot, window, A)

    # The right one: Alex's words as written, read on the worker with Alex's key open there.
    with qtbot.waitSignal(page.transcript_shown, timeout=10_000):
        type_passphrase(qtbot, page, ALEX)
    screen = visible_texts(window)
    assert ALEX_WORDS in screen and SAM_WORDS not in screen
    assert "Kept locked" not in screen
    assert open_on_worker(qtbot, window, A)

    # Back to both of you: gone from the screen, and the key is closed on the worker again.
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        click(qtbot, page.together_button)
    assert ALEX_WORDS not in visible_texts(window)
    assert not open_on_worker(qtbot, window, A)
    assert not window.services.store.personal.is_open(A)

    # Alex's view again asks again.
    alex_view_asks(qtbot, window, page)
    click(qtbot, page.gate.not_now)  # not now: back to what both may see
    assert page.transcript.isVisible() and ALEX_WORDS not in visible_texts(window)


def test_leaving_the_page_or_the_lock_closes_alexs_key_on_the_worker(qtbot, open_app):
    window = open_app()
    run_id = locked_run(qtbot, window)
    page = open_history(qtbot, window)
    for leave in ((Qt.Key.Key_1, CTRL), (Qt.Key.Key_L, CTRL)):  # another page, then the lock
        click_run(qtbot, page, run_id)
        alex_view_asks(qtbot, window, page)
        with qtbot.waitSignal(page.transcript_shown, timeout=10_000):
            type_passphrase(qtbot, page, ALEX)
        assert ALEX_WORDS in visible_texts(window) and open_on_worker(qtbot, window, A)
        qtbot.keyClick(QApplication.focusWidget() or window, *leave)
        assert ALEX_WORDS not in visible_texts(window) and ALEX_WORDS not in visible_texts(page.transcript)
        assert not open_on_worker(qtbot, window, A)
        if window.guard.locked:
            click(qtbot, window.guard.lock_screen.findChild(QPushButton, "lockOpen"))
        page = open_history(qtbot, window)
        assert page.viewer.kind == "together"


def test_several_wrong_passphrases_slow_down_then_the_field_is_ready_again(qtbot, open_app, clock):
    window = open_app()
    run_id = locked_run(qtbot, window)
    page = open_history(qtbot, window)
    click_run(qtbot, page, run_id)
    alex_view_asks(qtbot, window, page)
    for _ in range(3):
        type_passphrase(qtbot, page, "not the one at all")
    assert "you can try again in 5 seconds" in page.gate.status.text()
    assert not page.gate.button.isEnabled()
    qtbot.keyClicks(page.gate.field, ALEX)
    qtbot.keyClick(page.gate.field, Qt.Key.Key_Return)  # ignored while it waits
    settle(qtbot, window.services)
    assert ALEX_WORDS not in visible_texts(window) and not open_on_worker(qtbot, window, A)
    clock.advance(seconds=5)
    window.tick()
    assert page.gate.button.isEnabled() and "You can try again now." in page.gate.status.text()
    with qtbot.waitSignal(page.transcript_shown, timeout=10_000):
        type_passphrase(qtbot, page, ALEX)
    assert ALEX_WORDS in visible_texts(window)


def _add_mine(qtbot, dialog) -> None:
    click(qtbot, dialog.findChild(QPushButton, f"exportPrivateButton_{A}"))
    click(qtbot, dialog.findChild(QPushButton, "exportAddMine"))  # "Yes, add mine"
    qtbot.waitUntil(dialog.gate.isVisible, timeout=5000)
    screen = visible_texts(dialog)
    assert "Alex's passphrase" in screen and "kept locked with your own passphrase" in screen
    assert ALEX_WORDS not in screen


def test_the_export_asks_alexs_passphrase_before_adding_alexs_locked_answers(qtbot, open_app, tmp_path):
    window = open_app()
    locked_run(qtbot, window)
    dialog = open_export(qtbot, window, tmp_path, "ours.md")
    choose_format(dialog, "md")
    _add_mine(qtbot, dialog)
    qtbot.keyClicks(dialog.gate.field, "lanterns over the sea")
    with qtbot.waitSignal(dialog.gate.tried, timeout=10_000):
        qtbot.keyClick(dialog.gate.field, Qt.Key.Key_Return)
    assert "That isn't Alex's passphrase." in dialog.gate.status.text() and dialog.gate.isVisible()
    dialog.gate.field.clear()
    qtbot.keyClicks(dialog.gate.field, ALEX)
    with qtbot.waitSignal(dialog.gate.opened, timeout=10_000):
        qtbot.keyClick(dialog.gate.field, Qt.Key.Key_Return)
    assert "Alex's private answers: added, by Alex's own choice." in visible_texts(dialog)
    save(qtbot, window, dialog)
    text = (tmp_path / "ours.md").read_text()
    assert ALEX_WORDS in text and SAM_WORDS not in text
    assert "It holds Alex's private answers too." in dialog.status.text()
    assert "left out" not in dialog.status.text()
    assert not open_on_worker(qtbot, window, A)  # closed after the export
    assert "Alex's private answers: left out." in visible_texts(dialog)  # another file asks again


def test_without_alexs_passphrase_the_export_says_alexs_answers_were_left_out(qtbot, open_app, tmp_path):
    window = open_app()
    locked_run(qtbot, window)
    dialog = open_export(qtbot, window, tmp_path, "ours.md")
    choose_format(dialog, "md")
    _add_mine(qtbot, dialog)
    click(qtbot, dialog.gate.not_now)
    screen = visible_texts(dialog)
    assert "Alex's private answers stay out of the file: they are kept locked with Alex's passphrase." in screen
    assert "Alex's private answers: left out." in screen
    save(qtbot, window, dialog)
    assert ALEX_WORDS not in (tmp_path / "ours.md").read_text()

    # Added with the passphrase, but the key closed before the file is read (as the lock does):
    # the file holds no locked words, and the dialog says plainly that they were left out.
    _add_mine(qtbot, dialog)
    qtbot.keyClicks(dialog.gate.field, ALEX)
    with qtbot.waitSignal(dialog.gate.opened, timeout=10_000):
        qtbot.keyClick(dialog.gate.field, Qt.Key.Key_Return)
    window.services.forget_keys()
    save(qtbot, window, dialog)
    assert ALEX_WORDS not in (tmp_path / "ours.md").read_text()
    assert "Alex's answers kept locked with Alex's passphrase were left out" in dialog.status.text()
    assert "It holds what you both may see." in dialog.status.text()  # not "Alex's private answers too"
