"""A pasted book never freezes the window or loses what was typed: an answer box holds up to
20,000 characters, keeps everything before the limit, and says so kindly."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from couplesdesk.gui.steps.limits import MAX_ANSWER_CHARS

from .conftest import click, visible_texts


def _share_box(qtbot, window):
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    return page, page.step_widget


def test_a_five_megabyte_paste_keeps_what_was_typed_and_stops_at_the_limit(qtbot, open_app):
    window = open_app()
    page, widget = _share_box(qtbot, window)
    box = widget.box
    qtbot.keyClicks(box, "Before the paste. ")
    huge = QMimeData()
    huge.setText("All work and no play. " * 240_000)  # about 5 MB
    box.insertFromMimeData(huge)
    text = box.toPlainText()
    assert len(text) == MAX_ANSWER_CHARS and text.startswith("Before the paste. All work")
    note = widget.limit_note
    assert (
        note.isVisible() and "up to 20,000 characters" in note.text() and "Everything before it is kept" in note.text()
    )
    qtbot.keyClick(box, Qt.Key.Key_A)  # full: a key adds nothing, and nothing is lost
    assert box.toPlainText() == text
    page.flush()
    run = window.services.store.runs.of_exercise("share-one-thing")[0]
    assert window.services.store.answers.of_run(run.id)[("my-thing", "partner_a")].value == text


def test_a_full_box_still_takes_backspace_and_a_replacement_of_what_is_selected(qtbot, open_app):
    window = open_app()
    _page, widget = _share_box(qtbot, window)
    box = widget.box
    box.setPlainText("x" * MAX_ANSWER_CHARS)
    QApplication.processEvents()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Y)
    assert box.toPlainText().endswith("xy") and len(box.toPlainText()) == MAX_ANSWER_CHARS


def test_two_answers_at_the_limit_are_shown_in_full_side_by_side(qtbot, open_app):
    window = open_app()
    page, widget = _share_box(qtbot, window)
    alex = ("Alex wrote a long letter. " * 800)[:MAX_ANSWER_CHARS]
    sam = ("Sam wrote one back. " * 1000)[:MAX_ANSWER_CHARS]
    widget.box.setPlainText(alex)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    page.step_widget.box.setPlainText(sam)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # together: both side by side
    shown = visible_texts(window)
    assert alex in shown and sam in shown
    boxes = page.step_widget.findChildren(QPlainTextEdit, "answerText")
    assert len(boxes) == 2 and all(b.isReadOnly() for b in boxes)  # read in a box that scrolls
