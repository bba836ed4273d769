"""The end of a run says what it kept (the boundary, the agreement, the time to talk again),
in words and as it was kept, instead of the same 'That's all for ... today' every time;
and it shows no Back or Leave buttons that cannot be used any more."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QRadioButton

from .care_helpers import HEAD, run_page_for
from .conftest import click, visible_texts

BOUNDARY = """
[[steps]]
id = "line"
kind = "write"
who = "speaker"
prompt = "Your boundary, in one sentence."

[[steps]]
id = "answer"
kind = "choose"
who = "listener"
prompt = "Your answer"
options = [{ id = "heard", label = "I heard it" }, { id = "later", label = "I need time" }]

[[steps]]
id = "keep"
kind = "agree"
source = "line"
saves_as = "boundary"
status_from = "answer"
statuses = { heard = "heard", later = "needs_time" }
"""
AGREEMENT = """
[[steps]]
id = "promise"
kind = "agree"
statement = "We text each other when plans change."
saves_as = "agreement"
"""
TALK = """
[[steps]]
id = "when"
kind = "schedule"
prompt = "When shall we pick this up?"
"""
WORDS = "It's not OK with me when plans change without a word."


def confirm_both(qtbot, page) -> None:
    for key in ("partner_a", "partner_b"):
        click(qtbot, page.step_widget.findChild(QPushButton, f"confirm_{key}"))


def test_the_end_says_what_was_kept_and_where(qtbot, services):
    page = run_page_for(qtbot, services, BOUNDARY, AGREEMENT, TALK)
    page.step_widget.findChild(QPlainTextEdit, "answerBox").setPlainText(WORDS)
    click(qtbot, page.next_button)
    click(qtbot, page.step_widget.findChild(QRadioButton, "option_heard"))
    click(qtbot, page.next_button)
    # The boundary's step says with names who confirms what.
    hint = visible_texts(page)
    assert "Alex confirms it is their boundary; Sam confirms having heard it." in hint
    confirm_both(qtbot, page)
    click(qtbot, page.next_button)
    confirm_both(qtbot, page)
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)  # the time offered first: the next full evening hour, 20:00
    click(qtbot, page.next_button)  # the last words; Finish
    assert page.body.currentWidget() is page.finished_page

    screen = visible_texts(page)
    assert "That's all for" not in screen
    assert "Thank you both for taking the time." in screen
    assert "Alex's boundary is in your list of boundaries, marked “heard”:" in screen
    assert WORDS in screen
    assert "Your agreement is saved, with today's date:" in screen
    assert "We text each other when plans change." in screen
    assert "You will pick up the talk tonight at 20:00. Today shows it until then." in screen
    # What it says was kept is what the database keeps.
    store = services.store
    [boundary] = store.boundaries.list()
    assert (boundary.author, boundary.statement, boundary.status) == ("partner_a", WORDS, "heard")
    assert [a.statement for a in store.agreements.list()] == ["We text each other when plans change."]
    assert store.talks.next(services.clock.now()).astimezone().strftime("%H:%M") == "20:00"
    # Only the way back to Today: no Back or Leave that can no longer be used.
    assert not page.back_button.isVisible() and not page.leave_button.isVisible()
    assert page.finished_button.isVisible() and page.focusWidget() is page.finished_button


def test_an_exercise_that_kept_nothing_says_so_plainly(qtbot, services):
    page = run_page_for(qtbot, services)  # only the last words: nothing to keep
    click(qtbot, page.next_button)
    assert page.body.currentWidget() is page.finished_page
    screen = visible_texts(page)
    assert "You finished “Care” together." in screen
    assert "kept" not in screen and "saved" not in screen and "That's all for" not in screen


def test_a_solo_exercise_ends_with_thanks_to_the_one_who_did_it(qtbot, services):
    solo = HEAD.split("[roles]")[0].replace('who = "couple"', 'who = "solo"').replace('"Care"', '"Am I ready?"')
    page = run_page_for(qtbot, services, head=solo)
    click(qtbot, page.next_button)
    screen = visible_texts(page)
    assert "Thank you for taking the time." in screen and "Thank you both" not in screen
    assert "You finished “Am I ready?”" in screen and "?”." not in screen
    assert not page.actor.isVisible()  # no 'Together' chip for one person
