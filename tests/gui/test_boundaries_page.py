"""The Boundaries page on its own: the list, newest first; changing a status as a person
would (click a row, choose, Save), and undoing it; the empty state."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from couplesdesk.core.clock import FakeClock
from couplesdesk.gui.boundaries_page import BoundariesPage
from couplesdesk.storage import Changes

from .conftest import click, settle, shown, visible_texts


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 20, 20, 10).astimezone())


@pytest.fixture
def open_page(qtbot, services):
    def _open() -> BoundariesPage:
        page = shown(qtbot, BoundariesPage(services))
        settle(qtbot, services)  # the page reads on the database worker
        return page

    return _open


@pytest.fixture
def three(services, clock):
    """Three boundaries on three days: Alex's (heard), one of both (stated), Sam's (needs time)."""
    store = services.store
    clock.set(datetime(2025, 12, 30, 21, 0).astimezone())
    alex = store.boundaries.add(None, "partner_a", "I need a text as soon as you know plans change.", "heard")
    clock.set(datetime(2026, 11, 19, 20, 0).astimezone())
    both = store.boundaries.add(None, "together", "We don't look at our phones at dinner.")
    clock.set(datetime(2026, 11, 20, 20, 10).astimezone())
    sam = store.boundaries.add(None, "partner_b", "I need half an hour to myself after work.", "needs_time")
    return alex, both, sam


def table_rows(page: BoundariesPage) -> list[tuple[str, ...]]:
    table = page.table
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def click_row(qtbot, page: BoundariesPage, row: int) -> None:
    rect = page.table.visualItemRect(page.table.item(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_status(qtbot, page: BoundariesPage, status: str) -> None:
    """Arrow keys on the status box, as a keyboard user would."""
    combo = page.status
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(status) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == status:
            return
        qtbot.keyClick(combo, key)
    assert combo.currentData() == status


def talked_through_question(qtbot, page: BoundariesPage):
    """The question each partner answers for themselves before a boundary is marked talked through."""
    from couplesdesk.gui.both_confirm import TalkedThrough

    def shown() -> list[TalkedThrough]:
        return [d for d in page.findChildren(TalkedThrough, "talkedThroughDialog") if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    qtbot.waitExposed(shown()[0])
    return shown()[0]


def test_the_list_shows_every_boundary_newest_first_in_words(qtbot, open_page, three):
    page = open_page()
    assert table_rows(page) == [
        ("I need half an hour to myself after work.", "Sam", "Today", "Needs time"),
        ("We don't look at our phones at dinner.", "Both of you", "Yesterday", "Stated"),
        ("I need a text as soon as you know plans change.", "Alex", "30 December 2025", "Heard"),
    ]
    assert not page.findChild(type(page.empty), "boundariesEmpty").isVisible()
    # The newest is selected and shown in full, with its status ready to change.
    assert page.statement.text() == "I need half an hour to myself after work."
    assert page.meta.text() == "From Sam · stated today"
    assert page.status.currentData() == "needs_time"
    assert not page.save.isEnabled()  # nothing to save until the status is changed
    click_row(qtbot, page, 1)
    assert page.meta.text() == "Agreed by both of you · stated yesterday"


def test_changing_a_status_is_saved_announced_and_can_be_undone(qtbot, services, open_page, three):
    alex, _both, _sam = three
    store = services.store
    page = open_page()
    undo = page.undo_button
    assert not undo.isVisible()

    click_row(qtbot, page, 2)  # Alex's boundary, heard
    assert page.statement.text() == "I need a text as soon as you know plans change."
    choose_status(qtbot, page, "needs_time")
    assert page.save.isEnabled()
    assert store.boundaries.list()[2].status == "heard"  # choosing alone writes nothing
    with qtbot.waitSignal(services.bus.changed) as changed:
        click(qtbot, page.save)
    assert changed.args == [Changes.BOUNDARIES]  # written on the worker, announced on the GUI thread
    settle(qtbot, services)

    assert {b.id: b.status for b in store.boundaries.list()}[alex] == "needs_time"
    assert page.undo_text.text() == "Status changed to needs time."
    assert undo.isVisible() and undo.accessibleName() == "Undo: set the status back to heard"
    assert table_rows(page)[2][3] == "Needs time"
    assert page.selected_id() == alex  # the row stays selected after the list is read again
    assert not page.save.isEnabled()

    click(qtbot, undo)
    settle(qtbot, services)
    assert {b.id: b.status for b in store.boundaries.list()}[alex] == "heard"
    assert table_rows(page)[2][3] == "Heard"
    assert page.status.currentData() == "heard"
    assert page.undo_text.text() == "Status set back to heard."
    assert not undo.isVisible()


def test_undo_reverts_only_the_last_change(qtbot, services, open_page, three):
    alex, both, sam = three
    store = services.store
    page = open_page()
    click_row(qtbot, page, 0)
    choose_status(qtbot, page, "talked_through")
    click(qtbot, page.save)
    question = talked_through_question(qtbot, page)
    click(qtbot, question.buttons["partner_a"])
    click(qtbot, question.buttons["partner_b"])
    settle(qtbot, services)
    click_row(qtbot, page, 1)
    assert not page.undo_bar.isVisible()  # the undo line belongs to Sam's boundary, not this one
    choose_status(qtbot, page, "heard")
    click(qtbot, page.save)
    settle(qtbot, services)
    assert page.undo_text.text() == "Status changed to heard."

    click(qtbot, page.undo_button)
    settle(qtbot, services)
    statuses = {b.id: b.status for b in store.boundaries.list()}
    assert statuses == {alex: "heard", both: "stated", sam: "talked_through"}


def test_a_boundary_added_elsewhere_appears_while_the_page_is_open(qtbot, services, clock, open_page, three):
    page = open_page()
    click_row(qtbot, page, 1)
    selected = page.selected_id()
    clock.advance(minutes=5)
    services.store.boundaries.add(None, "partner_a", "Please knock when the study door is closed.")
    settle(qtbot, services)  # the store announced it; the open page read again
    assert table_rows(page)[0][0] == "Please knock when the study door is closed."
    assert page.table.rowCount() == 4
    assert page.selected_id() == selected


def test_a_hidden_page_reads_nothing_until_it_is_shown(qtbot, services, three):
    page = BoundariesPage(services)
    qtbot.addWidget(page)
    services.store.boundaries.add(None, "partner_a", "One more, written while the page is hidden.")
    assert services.settled()
    assert page.table.rowCount() == 0  # not read at start-up, nor while hidden
    page.show()
    settle(qtbot, services)
    assert page.table.rowCount() == 4


def test_the_empty_state_explains_and_offers_the_exercise(qtbot, open_page):
    page = open_page()
    assert page.empty.isVisible()
    assert not page.table.isVisible()
    screen = visible_texts(page)
    assert "No boundaries yet" in screen
    assert "Boundary statement exercise" in screen
    with qtbot.waitSignal(page.start_requested) as started:
        click(qtbot, page.start_button)
    assert started.args == ["boundary-statement"]


def test_every_control_says_what_it_does(qtbot, open_page, three):
    page = open_page()
    assert page.table.accessibleName() == "Your boundaries, newest first"
    assert page.status.accessibleName() == "Status of the selected boundary"
    assert page.save.accessibleName() == "Save the new status of the selected boundary"
    assert page.wording.edit_button.accessibleName() == "Change the wording of the boundary"
    # Tab goes from the list to its words, the status box and Save, as the page reads.
    after_table, w = [], page.table
    for _ in range(40):
        w = w.nextInFocusChain()
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in after_table:
            after_table.append(w)
    assert after_table[:3] == [page.wording.edit_button, page.status, page.save]


def test_talked_through_needs_each_partner_to_say_so(qtbot, services, open_page, three):
    """care.md: a boundary is marked talked through only once both confirm the talk happened;
    whoever is at the screen cannot say it for the other."""
    alex, _both, sam = three
    store = services.store
    alex_before = {b.id: b.status for b in store.boundaries.list()}[alex]
    page = open_page()
    click_row(qtbot, page, 0)  # Sam's boundary, needing time
    assert page.selected_id() == sam
    choose_status(qtbot, page, "talked_through")
    click(qtbot, page.save)
    question = talked_through_question(qtbot, page)
    assert question.buttons["partner_a"].text() == "Alex: yes, we talked it through"
    assert question.buttons["partner_b"].text() == "Sam: yes, we talked it through"

    click(qtbot, question.buttons["partner_b"])  # Sam alone
    settle(qtbot, services)
    assert question.isVisible() and question.buttons["partner_b"].text() == "Sam said yes"
    assert {b.id: b.status for b in store.boundaries.list()}[sam] == "needs_time"  # nothing yet
    click(qtbot, question.not_yet)
    settle(qtbot, services)
    assert {b.id: b.status for b in store.boundaries.list()}[sam] == "needs_time"
    assert page.status.currentData() == "needs_time"  # the screen says what is true again
    assert not page.undo_bar.isVisible()

    choose_status(qtbot, page, "talked_through")
    click(qtbot, page.save)
    question = talked_through_question(qtbot, page)
    assert question.buttons["partner_b"].isEnabled()  # asked afresh: an earlier yes is not kept
    click(qtbot, question.buttons["partner_a"])
    click(qtbot, question.buttons["partner_b"])
    settle(qtbot, services)
    assert {b.id: b.status for b in store.boundaries.list()}[sam] == "talked_through"
    assert {b.id: b.status for b in store.boundaries.list()}[alex] == alex_before
    assert page.undo_text.text() == "Status changed to talked through."
