"""A solo run is its author's alone (care.md, stepping-away): left part of the way, it never
shows on Today, a screen both partners see, not even as a count; its author carries on from
the exercise, once they have said who they are."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QPushButton

from couplesdesk.core.today import LibraryAccess, read_today

from .conftest import click, rate, settle, visible_texts

TITLE = "What am I stepping away from?"
WORDS = "A tight, small feeling when I am asked how I really am"


def _start_as(qtbot, window, partner: str) -> None:
    window.start_exercise("stepping-away")
    click(qtbot, window.findChild(QPushButton, f"first_{partner}"))


def _to_name_it_and_leave(qtbot, window) -> str:
    """Alex goes as far as 'Name it', writes, and leaves for now; the run's id."""
    page = window.run_page
    click(qtbot, page.next_button)  # the welcome
    rate(qtbot, page, 3)  # no strong pull: on to the feeling
    click(qtbot, page.next_button)
    click(qtbot, page.step_widget.findChild(QCheckBox, "option_being-seen"))
    click(qtbot, page.next_button)
    assert page.run.screen.step.id == "name-it"
    page.step_widget.findChild(QPlainTextEdit, "answerBox").setPlainText(WORDS)
    run_id = page.run.id
    click(qtbot, page.leave_button)
    return run_id


def _today_texts(qtbot, window) -> str:
    window.show_page(window.today_page)
    settle(qtbot, window.services)
    return visible_texts(window)


def test_a_solo_run_left_part_of_the_way_is_not_on_today_and_its_author_carries_on(qtbot, open_app, clock):
    window = open_app()
    _start_as(qtbot, window, "partner_a")
    run_id = _to_name_it_and_leave(qtbot, window)
    store = window.services.store
    assert store.runs.get(run_id).status == "left"

    # Today, shared: no row, no count, no title, no words, nothing to press.
    text = _today_texts(qtbot, window)
    assert TITLE not in text and WORDS not in text and "stepping" not in text.lower()
    assert window.today_page.run_buttons == {} and not window.today_page.runs_more.isVisible()
    data = read_today(store, clock.today(), clock.now(), 5, LibraryAccess(lambda: None, lambda: None))
    assert data.runs == [] and data.resumable == 0 and data.missing == 0

    # Sam, starting the same exercise, starts afresh, with nothing of Alex's offered or shown.
    _start_as(qtbot, window, "partner_b")
    page = window.run_page
    assert page.body.currentWidget() is page.step_scroll and page.run.screen.step.id == "welcome"
    assert page.run.id != run_id and WORDS not in visible_texts(window)
    click(qtbot, page.leave_button)
    assert "Welcome back" not in _today_texts(qtbot, window)

    # Alex, once they have said who they are, is offered their own.
    _start_as(qtbot, window, "partner_a")
    assert page.body.currentWidget() is page.solo_page
    assert page.title.text() == "Carry on, or start afresh?" and not page.actor.isVisible()
    assert page.solo_page.text.text() == "Welcome back, Alex."
    assert "You left this today at 19:00" in page.solo_page.sub.text()
    assert WORDS not in visible_texts(window)
    click(qtbot, page.solo_page.carry_on)
    assert page.run.id == run_id and page.run.screen.step.id == "name-it"
    assert page.step_widget.findChild(QPlainTextEdit, "answerBox").toPlainText() == WORDS


def test_starting_afresh_begins_a_new_run_and_the_question_says_how_to_carry_on(qtbot, open_app):
    window = open_app()
    window.start_exercise("stepping-away")
    page = window.run_page
    assert page.question_page.findChild(type(page.title), "questionNote").text() == (
        "Started it before? Choose your name to carry on where you left off."
    )
    click(qtbot, window.findChild(QPushButton, "first_partner_a"))
    run_id = _to_name_it_and_leave(qtbot, window)
    _start_as(qtbot, window, "partner_a")
    click(qtbot, page.solo_page.afresh)
    assert page.body.currentWidget() is page.step_scroll
    assert page.run.id != run_id and page.run.screen.step.id == "welcome"


def test_runs_of_two_are_still_on_today(qtbot, open_app):
    window = open_app()
    window.start_exercise("share-one-thing")  # today's sharing has a button of its own
    window.run_page.leave()
    window.start_exercise("appreciations")
    title = window.run_page.run.exercise.text(window.run_page.run.exercise.title)
    window.run_page.leave()
    assert title in _today_texts(qtbot, window)
    assert len(window.today_page.run_buttons) == 1


def test_a_solo_run_changes_nothing_the_exercises_page_suggests(qtbot, open_app):
    """A new couple is offered a first exercise to do together until they have started one;
    one partner's reflection on their own is not that, and nobody can tell it happened."""
    window = open_app()
    _start_as(qtbot, window, "partner_a")
    _to_name_it_and_leave(qtbot, window)
    assert not window.services.store.runs.started_any()
    window.show_page(window.library_page)
    settle(qtbot, window.services)
    assert window.library_page.model.suggested is not None
    assert "Start here" in window.library_page.detail.toPlainText()
