"""Accessibility: every flow can be done with the keyboard alone.

These tests do whole exercises from Today with key presses only, sent where a real
keyboard's would go: to the widget that has the focus. That every control has a name that
says what it does is checked in test_accessibility.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QSlider, QWidget

from couplesdesk.core.rhythm import read_rhythm

from .conftest import settle

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# --------------------------------------------------------------------------- the keyboard alone


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """One key, sent where a real keyboard's goes: the widget with the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None, "the keyboard focus is nowhere"
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def type_text(qtbot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, (QLineEdit, QPlainTextEdit)), f"typing into {type(focused).__name__}"
    qtbot.keyClicks(focused, text)


def tab_to(qtbot, target: QWidget, backwards: bool = False, most: int = 30) -> int:
    """Press Tab (or Shift+Tab) until ``target`` has the focus; returns how many presses."""
    for presses in range(most + 1):
        if QApplication.focusWidget() is target:
            return presses
        press(
            qtbot, Key.Key_Backtab if backwards else Key.Key_Tab, SHIFT if backwards else Qt.KeyboardModifier.NoModifier
        )
    raise AssertionError(
        f"{target.objectName()} cannot be reached with Tab; the focus stays on {QApplication.focusWidget()}"
    )


def focused_is(expected: type | QWidget) -> bool:
    focused = QApplication.focusWidget()
    return isinstance(focused, expected) if isinstance(expected, type) else focused is expected


def test_share_one_thing_from_today_with_the_keyboard_alone(qtbot, open_app, clock):
    window = open_app()
    page = window.run_page
    today = window.today_page
    assert window.current_page() is today

    # Today: Tab to "Share one thing" and press it.
    tab_to(qtbot, today.share_button)
    press(qtbot, Key.Key_Space)
    assert window.current_page() is page
    assert page.run.screen.step.id == "welcome"
    assert focused_is(page.next_button)
    press(qtbot, Key.Key_Return, CTRL)

    # Alex's private turn: Enter on the hand-over screen, type, Ctrl+Enter.
    assert page.body.currentWidget() is page.handover_page
    assert focused_is(page.handover_button)
    press(qtbot, Key.Key_Return)
    assert page.run.screen.step.id == "my-thing" and page.run.screen.actor == "partner_a"
    assert focused_is(page.step_widget.box)
    type_text(qtbot, "The walk ")

    # Esc leaves for now; Today offers to carry on, and Enter on the hand-over brings it back.
    press(qtbot, Key.Key_Escape)
    assert window.current_page() is today
    assert today.isAncestorOf(QApplication.focusWidget())
    settle(qtbot, window.services)  # Today reads what changed while it was hidden
    assert today.share_button.text() == "Carry on sharing"
    tab_to(qtbot, today.share_button)
    press(qtbot, Key.Key_Space)
    assert page.body.currentWidget() is page.handover_page and focused_is(page.handover_button)
    press(qtbot, Key.Key_Return)
    assert focused_is(page.step_widget.box) and page.step_widget.box.toPlainText() == "The walk "
    type_text(qtbot, "at lunch was lovely.")

    # Tab leaves the box (it does not type a tab) and reaches Next, in reading order.
    assert tab_to(qtbot, page.next_button) <= 3
    assert page.step_widget.box.toPlainText() == "The walk at lunch was lovely."
    press(qtbot, Key.Key_Space)

    # Sam's turn: Space works on the hand-over screen too; Shift+Tab can go back to the box.
    assert page.body.currentWidget() is page.handover_page
    assert "Sam" in page.handover_text.text()
    press(qtbot, Key.Key_Space)
    assert page.run.screen.actor == "partner_b"
    tab_to(qtbot, page.next_button)
    tab_to(qtbot, page.step_widget.box, backwards=True)
    # A whole round of Tab, through the top bar and the list of pages, stays in the exercise.
    box = page.step_widget.box
    press(qtbot, Key.Key_Tab)
    assert tab_to(qtbot, box) > 3
    assert window.current_page() is page and page.step_widget.box is box
    type_text(qtbot, "I finished the long report.")
    press(qtbot, Key.Key_Enter, CTRL)  # the keypad's Enter, as well as Return

    # Together again, then both side by side.
    assert page.body.currentWidget() is page.handover_page
    press(qtbot, Key.Key_Return)
    assert page.run.screen.step.id == "read-both"
    assert focused_is(page.next_button)
    press(qtbot, Key.Key_Space)

    # Each says back, in a line, what they heard; no hand-over (nothing private).
    assert page.run.screen.step.id == "heard-a"
    assert focused_is(page.step_widget.box)
    type_text(qtbot, "I heard you enjoyed the walk.")
    press(qtbot, Key.Key_Return, CTRL)
    assert page.run.screen.step.id == "heard-b"
    assert focused_is(page.step_widget.box)
    type_text(qtbot, "I heard the report is done.")
    press(qtbot, Key.Key_Return, CTRL)

    # Thank you, Finish, and back to Today.
    assert page.run.screen.step.id == "thanks"
    assert page.next_button.text() == "Finish" and focused_is(page.next_button)
    press(qtbot, Key.Key_Return, CTRL)
    assert page.body.currentWidget() is page.finished_page
    assert focused_is(page.finished_button)
    press(qtbot, Key.Key_Return)
    assert window.current_page() is today
    assert today.isAncestorOf(QApplication.focusWidget()), "back on Today, the keyboard is on Today"

    store = window.services.store
    runs = store.runs.of_exercise("share-one-thing")
    assert [r.status for r in runs] == ["finished"]
    answers = store.answers.of_run(runs[0].id)
    assert answers[("my-thing", "partner_a")].value == "The walk at lunch was lovely."
    assert answers[("my-thing", "partner_b")].value == "I finished the long report."
    assert answers[("heard-a", "partner_a")].value == "I heard you enjoyed the walk."
    assert answers[("heard-b", "partner_b")].value == "I heard the report is done."
    assert read_rhythm(store, clock.today(), "share-one-thing", "my-thing").shared_days == 1


def test_timed_pause_from_today_with_the_keyboard_alone(qtbot, open_app, clock):
    window = open_app()
    page = window.run_page
    store = window.services.store
    assert window.current_page() is window.today_page

    # Ctrl+P from anywhere: the pause runs at once, nothing asked first.
    press(qtbot, Key.Key_P, CTRL)
    assert window.current_page() is page and page.run.screen.step.id == "pause"
    assert store.pauses.active().return_at.astimezone().strftime("%H:%M") == "19:30"
    widget = page.step_widget
    assert page.isAncestorOf(QApplication.focusWidget())

    # The details, if they like: Tab to them, Space opens them.
    tab_to(qtbot, widget.details_button)
    press(qtbot, Key.Key_Space)
    details = widget.details
    assert details.isVisible()
    # Who called it: Tab comes to the names, the arrows move along them, Space chooses.
    assert tab_to(qtbot, details.caller_buttons["partner_a"]) == 1
    press(qtbot, Key.Key_Right)
    press(qtbot, Key.Key_Space)
    assert details.caller_buttons["partner_b"].isChecked() and store.pauses.active().caller == "partner_b"
    # The length: the arrows on the list; the return time moves and is said again.
    assert tab_to(qtbot, details.minutes) == 1
    press(qtbot, Key.Key_Up)
    assert details.minutes.currentData() == 25 and widget.return_label.text() == "Back together at 19:25"
    # How flooded: no number is chosen yet; End, then the arrows, on the slider.
    flooded = details.steps["how-flooded"]
    tab_to(qtbot, flooded.slider)
    press(qtbot, Key.Key_End)
    press(qtbot, Key.Key_Left)
    assert flooded.value_label.text() == "9"
    # Signs: Space ticks the focused box.
    signs = details.steps["signs"]
    tab_to(qtbot, signs.buttons["racing-heart"])
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Tab)
    assert focused_is(signs.buttons["heat"])
    press(qtbot, Key.Key_Space)
    settle(qtbot, window.services)
    assert window.pause_button.text() == "Paused until 19:25"
    press(qtbot, Key.Key_Return, CTRL)  # too early: nothing happens, and the keyboard stays here
    assert page.run.screen.step.id == "pause" and page.isAncestorOf(QApplication.focusWidget())

    # Time passes; when it is up, Next is where the keyboard is.
    clock.advance(minutes=25, seconds=1)
    window.tick()
    assert page.next_button.isEnabled()
    assert focused_is(page.next_button)
    press(qtbot, Key.Key_Space)

    # Each checks in alone: Enter on the hand-over, arrows (or 'Prefer not to say'), Ctrl+Enter.
    assert page.body.currentWidget() is page.handover_page and "Alex" in page.handover_text.text()
    press(qtbot, Key.Key_Return)
    assert focused_is(QSlider)
    press(qtbot, Key.Key_Home)
    press(qtbot, Key.Key_Right)
    press(qtbot, Key.Key_Right)  # Alex: 2
    press(qtbot, Key.Key_Return, CTRL)
    assert page.body.currentWidget() is page.handover_page and "Sam" in page.handover_text.text()
    press(qtbot, Key.Key_Return)
    tab_to(qtbot, page.step_widget.unsaid)
    press(qtbot, Key.Key_Space)  # Sam would rather not say: not ready
    press(qtbot, Key.Key_Return, CTRL)
    press(qtbot, Key.Key_Return)  # together again

    # Not ready yet: Space picks "another 20 minutes", which runs at once.
    assert page.run.screen.step.id == "extend-or-schedule"
    options = page.step_widget.buttons
    assert focused_is(options["extend"]) and not options["extend"].isChecked()
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Return, CTRL)
    assert page.run.screen.step.id == "extend"
    assert page.isAncestorOf(QApplication.focusWidget())
    clock.advance(minutes=20, seconds=1)
    window.tick()
    assert focused_is(page.next_button)
    press(qtbot, Key.Key_Return, CTRL)

    # And after the extra 20 minutes, each checks in again.
    for name, value in (("Alex", 1), ("Sam", 2)):
        assert page.body.currentWidget() is page.handover_page and name in page.handover_text.text()
        press(qtbot, Key.Key_Return)
        assert page.run.screen.step.id == "check-in-again"
        press(qtbot, Key.Key_Home)
        for _ in range(value):
            press(qtbot, Key.Key_Right)
        press(qtbot, Key.Key_Return, CTRL)
    press(qtbot, Key.Key_Return)  # together again

    assert page.run.screen.step.id == "gentle-start"
    assert focused_is(page.next_button) and page.next_button.text() == "Finish"
    press(qtbot, Key.Key_Space)
    assert page.body.currentWidget() is page.finished_page
    press(qtbot, Key.Key_Space)
    assert window.current_page() is window.today_page

    run = store.runs.of_exercise("timed-pause")[0]
    assert run.status == "finished"
    answers = store.answers.of_run(run.id)
    assert answers[("pause", "together")].value == {"caller": "partner_b", "minutes": 25}
    assert answers[("how-flooded", "together")].value == 9
    assert answers[("signs", "together")].value == ["racing-heart", "heat"]
    assert answers[("check-in", "partner_a")].value == 2
    assert answers[("check-in", "partner_b")].value == "unsaid"
    assert answers[("extend-or-schedule", "together")].value == {"selected": ["extend"]}
    assert answers[("check-in-again", "partner_b")].value == 2
    assert [p.minutes for p in store.pauses.all()] == [25, 20]
    assert store.pauses.active() is None


def test_an_exercise_is_found_and_started_from_the_exercises_page_with_the_keyboard(qtbot, open_app):
    window = open_app()
    library = window.library_page
    press(qtbot, Key.Key_2, CTRL)
    assert window.current_page() is library
    assert focused_is(library.search)  # the page's own search box (Ctrl+F searches everything)
    type_text(qtbot, "boundary")
    assert library.visible_titles() == ["Boundary statement"]
    tab_to(qtbot, library.list)
    press(qtbot, Key.Key_Return)
    page = window.run_page
    assert window.current_page() is page and page.exercise.id == "boundary-statement"
    assert focused_is(window.findChild(QPushButton, "first_partner_a"))
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Return)  # Enter chooses too, on the who-goes-first buttons
    assert page.run.binding == {"speaker": "partner_b", "listener": "partner_a"}
    assert page.run.screen.step.id == "plan" and focused_is(page.next_button)

    # Leaving by keyboard, back to the page list: Esc, then Ctrl+2 again.
    press(qtbot, Key.Key_Escape)
    assert window.current_page() is window.today_page
    assert window.services.store.runs.of_exercise("boundary-statement")[0].status == "left"
