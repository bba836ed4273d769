"""The Agreements page beside Boundaries, driven as a couple would: where an agreement stands
(and undoing that), new words for an agreement or a boundary with the old words kept as
history, on the page and in the History transcript of the run that made it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import click, settle, visible_texts
from .test_history_page import click_run, open_history

CTRL = Qt.KeyboardModifier.ControlModifier
STATE = {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {}, "finished": True}


def made_in_a_run(store, exercise_id: str, title: str) -> str:
    run = store.runs.create(exercise_id, 1, {"speaker": "partner_a", "listener": "partner_b"}, STATE, title=title)
    store.runs.end(run, "finished")
    return run


def open_agreements(qtbot, window):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_6, CTRL)
    page = window.agreements_page
    assert window.current_page() is page
    settle(qtbot, window.services)
    return page


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot, combo, key: str) -> None:
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == key:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == key


def reword(qtbot, wording, words: str) -> None:
    click(qtbot, wording.edit_button)
    assert wording.editor.hasFocus()
    qtbot.keyClick(wording.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(wording.editor, words)
    click(qtbot, wording.keep_button)


def test_an_agreements_status_changes_and_the_change_can_be_undone(qtbot, open_app, clock):
    window = open_app()
    store = window.services.store
    run = made_in_a_run(store, "getting-uncomfortable", "Getting uncomfortable together")
    older = store.agreements.add(run, "We say when something feels like too much.")
    clock.advance(days=1)
    newer = store.agreements.add(None, "We eat together on Sundays.")
    page = open_agreements(qtbot, window)
    rows = [tuple(page.table.item(r, c).text() for c in range(4)) for r in range(page.table.rowCount())]
    assert rows == [
        ("We eat together on Sundays.", "Not from an exercise", "Today", "Keeping"),
        ("We say when something feels like too much.", "Getting uncomfortable together", "Yesterday", "Keeping"),
    ]
    click_row(qtbot, page.table, 1)
    assert page.meta.text() == "Made yesterday, in Getting uncomfortable together"
    choose(qtbot, page.status, "needs_another_look")
    assert store.agreements.list()[0].status == "keeping"  # choosing alone writes nothing
    assert "look at it again together" in page.status_hint.text()
    click(qtbot, page.save)
    settle(qtbot, window.services)
    assert {a.id: a.status for a in store.agreements.list()} == {older: "needs_another_look", newer: "keeping"}
    assert page.table.item(1, 3).text() == "Needs another look"
    assert page.undo_bar.isVisible() and page.undo_bar.text.text() == "Status changed to needs another look."
    click(qtbot, page.undo_bar.button)
    settle(qtbot, window.services)
    assert {a.id: a.status for a in store.agreements.list()}[older] == "keeping"
    assert page.undo_bar.text.text() == "Status set back to keeping." and not page.undo_bar.button.isVisible()
    assert page.selected_id() == older and page.status.currentData() == "keeping"


def test_an_agreement_worded_again_keeps_its_old_words(qtbot, open_app, clock):
    window = open_app()
    store = window.services.store
    agreement = store.agreements.add(None, "We eat together on Sundays.")
    clock.advance(days=2)
    page = open_agreements(qtbot, window)
    assert not page.wording.earlier.isVisible()
    reword(qtbot, page.wording, "We eat together on Sundays, phones in the other room.")
    settle(qtbot, window.services)
    [now] = store.agreements.list()
    assert now.statement == "We eat together on Sundays, phones in the other room."
    assert [w.statement for w in store.agreements.earlier_wordings(agreement)] == ["We eat together on Sundays."]
    assert page.wording.statement.text() == now.statement and not page.wording.is_editing
    assert page.wording.earlier.text() == "Until today, it read: “We eat together on Sundays.”"


def test_keeping_the_same_words_or_none_is_not_offered(qtbot, open_app):
    window = open_app()
    window.services.store.agreements.add(None, "We walk on Sundays.")
    page = open_agreements(qtbot, window)
    click(qtbot, page.wording.edit_button)
    assert not page.wording.keep_button.isEnabled()  # the same words
    qtbot.keyClick(page.wording.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.wording.editor, Qt.Key.Key_Delete)
    assert not page.wording.keep_button.isEnabled()  # no words
    qtbot.keyClick(page.wording.editor, Qt.Key.Key_Escape)
    assert not page.wording.is_editing and page.wording.statement.text() == "We walk on Sundays."


def test_an_edited_boundary_keeps_its_old_wording_in_history(qtbot, open_app, clock):
    window = open_app()
    store = window.services.store
    run = made_in_a_run(store, "boundary-statement", "Boundary statement")
    boundary = store.boundaries.add(run, "partner_a", "I need a text when plans change.", "heard")
    clock.advance(days=3)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, CTRL)
    page = window.boundaries_page
    settle(qtbot, window.services)
    reword(qtbot, page.wording, "I need a text as soon as you know plans change.")
    settle(qtbot, window.services)
    assert store.boundaries.list()[0].statement == "I need a text as soon as you know plans change."
    assert store.boundaries.list()[0].status == "heard"  # new words, the same standing
    assert [w.statement for w in store.boundaries.earlier_wordings(boundary)] == ["I need a text when plans change."]
    assert "Until today, it read: “I need a text when plans change.”" in visible_texts(page)
    assert page.table.item(0, 0).text() == "I need a text as soon as you know plans change."

    # In History, the run that made it says what was kept that day, and how it reads now.
    history = open_history(qtbot, window)
    click_run(qtbot, history, run)
    screen = visible_texts(window)
    assert "“I need a text when plans change.”" in screen
    assert "Worded since: “I need a text as soon as you know plans change.”" in screen
    assert "Alex's boundary · Heard now" in screen


def test_an_agreement_leads_back_to_the_run_it_came_from(qtbot, open_app):
    window = open_app()
    store = window.services.store
    run = made_in_a_run(store, "getting-uncomfortable", "Getting uncomfortable together")
    store.agreements.add(run, "We say when something feels like too much.")
    page = open_agreements(qtbot, window)
    with qtbot.waitSignal(window.history_page.transcript_shown, timeout=5000):
        click(qtbot, page.from_run)
    assert window.current_page() is window.history_page
    screen = visible_texts(window)
    assert "Getting uncomfortable together" in screen and "We say when something feels like too much." in screen


def test_no_agreements_yet_says_where_they_come_from(qtbot, open_app):
    window = open_app()
    page = open_agreements(qtbot, window)
    assert page.empty.isVisible() and not page.table.isVisible()
    screen = visible_texts(page)
    assert "No agreements yet" in screen and "kept here with the day you made it" in screen


def test_many_earlier_wordings_list_the_newest_and_count_the_rest(qtbot, open_app, clock):
    window = open_app()
    store = window.services.store
    agreement = store.agreements.add(None, "Words 0.")
    for n in range(1, 5):
        clock.advance(days=1)
        store.agreements.reword(agreement, f"Words {n}.")
    page = open_agreements(qtbot, window)
    assert page.wording.earlier.text().splitlines() == [
        "Until today, it read: “Words 3.”",
        "Until yesterday, it read: “Words 2.”",
        "And 2 wordings before that.",
    ]
    assert len(store.agreements.earlier_wordings(agreement)) == 4  # all of them kept
