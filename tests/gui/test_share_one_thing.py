"""Share one thing on three consecutive days: private writing, reveal, reflect, the week's rhythm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from couplesdesk.core.rhythm import read_rhythm

from .conftest import click, settle, visible_texts


def _type(qtbot, window, text: str) -> None:
    box = window.run_page.step_widget.findChild(QPlainTextEdit, "answerBox")
    assert box is not None
    box.setFocus()
    qtbot.keyClicks(box, text)


def share_once(qtbot, window, a_text: str, b_text: str) -> str:
    """One share, clicked through; returns the prompt of the day."""
    window.start_exercise("share-one-thing")
    page = window.run_page
    assert page.run.screen.step.id == "welcome"
    click(qtbot, page.next_button)

    # Alex writes in private, Sam looks away.
    assert "Hand the screen to Alex" in page.handover_text.text()
    click(qtbot, page.handover_button)
    prompt = page.step_widget.findChild(type(page.title), "stepPrompt").text()
    _type(qtbot, window, a_text)
    click(qtbot, page.next_button)

    # Sam's turn: the hand-over screen first, and nothing of Alex's anywhere on screen.
    assert "Hand the screen to Sam" in page.handover_text.text()
    assert a_text not in visible_texts(window)
    click(qtbot, page.handover_button)
    assert a_text not in visible_texts(window)
    _type(qtbot, window, b_text)
    qtbot.keyClick(page.step_widget.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # Together again, then the reveal shows both side by side.
    assert b_text not in visible_texts(window)
    click(qtbot, page.handover_button)
    assert page.run.screen.step.id == "read-both"
    screen = visible_texts(window)
    assert a_text in screen and b_text in screen
    click(qtbot, page.next_button)

    # Each reflects back in one line.
    assert page.run.screen.step.id == "heard-a"
    _type(qtbot, window, "I heard that your day had a bright spot.")
    click(qtbot, page.next_button)
    assert page.run.screen.step.id == "heard-b"
    _type(qtbot, window, "I heard you felt tired.")
    click(qtbot, page.next_button)
    while page.body.currentWidget() is not page.finished_page:
        click(qtbot, page.next_button)
    click(qtbot, page.finished_button)
    return prompt


def shared_this_week(store, clock) -> int:
    return read_rhythm(store, clock.today(), "share-one-thing", "my-thing").shared_days


def test_three_days_of_sharing_show_in_the_weeks_rhythm(qtbot, open_app, clock):
    window = open_app()
    prompts = []
    for day in range(3):  # Friday, Saturday, Sunday
        prompts.append(
            share_once(qtbot, window, f"Alex's private thing on day {day}", f"Sam's private thing on day {day}")
        )
        store = window.services.store
        assert shared_this_week(store, clock) == day + 1
        assert window.current_page() is window.today_page
        settle(qtbot, window.services)
        days = "1 day" if day == 0 else f"{day + 1} days"
        rhythm = window.today_page.findChild(type(window.run_page.title), "todayRhythmText").text()
        assert rhythm.startswith(f"You both shared on {days} this week")
        clock.advance(days=1)

    # A different prompt each day.
    assert len(set(prompts)) == 3

    # What the database holds: three finished runs, private writing sealed and then revealed.
    store = window.services.store
    runs = store.runs.of_exercise("share-one-thing")
    assert [r.status for r in runs] == ["finished"] * 3
    assert [r.day.isoformat() for r in runs] == ["2026-11-20", "2026-11-21", "2026-11-22"]
    answers = store.answers.of_run(runs[0].id)
    mine = answers[("my-thing", "partner_a")]
    assert mine.value == "Alex's private thing on day 0"
    assert mine.sealed and mine.revealed and not mine.private
    assert answers[("heard-b", "partner_b")].value == "I heard you felt tired."

    # Monday: a new week, nothing carried over as a debt. A day only one of them shared is not counted.
    assert shared_this_week(store, clock) == 0
    run = store.runs.create("share-one-thing", 1, {}, {})
    store.answers.save(run, "my-thing", "partner_a", "write", "just me", "just me", private=False, sealed=True)
    assert shared_this_week(store, clock) == 0


def test_leaving_keeps_what_was_typed_and_resumes_exactly_there(qtbot, open_app, clock):
    window = open_app()
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    _type(qtbot, window, "half a thought")
    qtbot.keyClick(page.step_widget.box, Qt.Key.Key_Escape)
    assert window.current_page() is window.today_page
    run = window.services.store.runs.of_exercise("share-one-thing")[0]
    assert run.status == "left"
    assert window.services.store.answers.of_run(run.id)[("my-thing", "partner_a")].value == "half a thought"

    window.resume_run(run.id)
    # Resuming a private step shows the hand-over screen first.
    assert page.body.currentWidget() is page.handover_page
    click(qtbot, page.handover_button)
    assert page.step_widget.box.toPlainText() == "half a thought"
    assert window.services.store.runs.get(run.id).status == "active"
