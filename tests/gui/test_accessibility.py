"""Accessibility: every control has a name that says what it does, and every flow can be done
with the keyboard alone.

The audit walks every built-in exercise, screen by screen, as the other GUI tests do, and on
each screen checks every visible control a Tab can reach: it has an accessible name (or, for
a button, a text) made of words, not a bare symbol and not only a tooltip; and the keyboard
focus sits on a control of the page that is shown. The keyboard tests then do whole
exercises from Today with key presses only, sent where a real keyboard's would go: to the
widget that has the focus.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from .conftest import click, settle

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

WORDS = re.compile(r"[^\W\d_]{2,}")
"""A name that says something: at least one word, not only a symbol ('✓', '…', '>')."""


# --------------------------------------------------------------------------- the audit


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def name_of(widget: QWidget) -> str:
    """What assistive technology reads for the control, without its tooltip."""
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "").strip()
    return name


def item_texts(widget: QWidget) -> list[str]:
    """What is read for each choice inside a list, table or drop-down (the first rows)."""
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, root = widget.model(), widget.rootIndex()
        texts = []
        for row in range(min(model.rowCount(root), 30)):
            index = model.index(row, 0, root)
            text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(Qt.ItemDataRole.DisplayRole)
            texts.append(str(text or ""))
        return texts
    return []


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible control a Tab can reach, under ``root`` (and its dialogs), that says nothing."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not takes_tab(widget):
            continue
        what = f"{type(widget).__name__} '{widget.objectName()}'"
        name = name_of(widget)
        if not WORDS.search(name):
            problems.append(f"{what} has no name that says what it does (name {name!r}, tooltip {widget.toolTip()!r})")
        for row, text in enumerate(item_texts(widget)):
            if not WORDS.search(text):
                problems.append(f"{what}: item {row} says nothing ({text!r})")
    return problems


def focus_problem(page: QWidget) -> str | None:
    """Where the keyboard is: on a visible, enabled control of the page that is shown?"""
    focused = QApplication.focusWidget()
    if focused is None:
        return "the keyboard focus is nowhere"
    where = f"{type(focused).__name__} '{focused.objectName()}'"
    if not page.isAncestorOf(focused):
        return f"the keyboard focus is on {where}, outside the page shown"
    if not (focused.isVisible() and focused.isEnabled() and takes_tab(focused)):
        return f"the keyboard focus is on {where}, which is not a control one can use"
    return None


class Auditor:
    def __init__(self, window):
        self.window = window
        self.problems: list[str] = []
        self.screens = 0

    def check(self, where: str, focus: bool = True) -> None:
        self.screens += 1
        self.problems += [f"{where}: {p}" for p in unnamed_controls(self.window)]
        if focus:
            problem = focus_problem(self.window.current_page())
            if problem:
                self.problems.append(f"{where}: {problem}")

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)


def walk_exercise(qtbot, window, clock, exercise_id: str, audit: Auditor) -> None:
    """Click through one exercise to its end, auditing every screen on the way."""
    page = window.run_page
    window.start_exercise(exercise_id)
    for _ in range(400):
        body = page.body.currentWidget()
        if body is page.finished_page:
            audit.check(f"{exercise_id}, finished")
            click(qtbot, page.finished_button)
            assert window.current_page() is window.today_page
            return
        if body is page.question_page:
            audit.check(f"{exercise_id}, who goes first")
            click(qtbot, window.findChild(QPushButton, "first_partner_a"))
            continue
        if body is page.handover_page:
            audit.check(f"{exercise_id}, hand-over ({page.handover_text.text()})")
            click(qtbot, page.handover_button)
            continue
        screen = page.run.screen
        widget = page.step_widget
        where = f"{exercise_id}, step {screen.step.id} ({screen.kind}, {screen.actor})"
        audit.check(where)
        kind = screen.kind
        if kind == "write":
            widget.box.setFocus()
            qtbot.keyClicks(widget.box, f"Some words for {screen.step.id}")
        elif kind == "template":
            for edit in widget.fields.values():
                qtbot.keyClicks(edit, "something")
        elif kind in ("choose", "checklist"):
            click(qtbot, next(iter(widget.buttons.values())))
            if widget.other is not None:
                qtbot.keyClicks(widget.other, "another thing")
            audit.check(f"{where}, chosen")
        elif kind == "rate":
            qtbot.keyClick(widget.slider, Key.Key_Left)
        elif kind == "timer":
            click(qtbot, widget.start_button)
            audit.check(f"{where}, running")
            clock.advance(seconds=page.run.remaining(screen.step.id).total_seconds() + 1)
            window.tick()
            audit.check(f"{where}, time is up")
        elif kind == "turns":
            while not page.run.turns_done(screen.step):
                if widget.start_button.isVisible():
                    click(qtbot, widget.start_button)
                    audit.check(f"{where}, turn running")
                    clock.advance(minutes=screen.step.turn_minutes, seconds=1)
                    window.tick()
                click(qtbot, widget.next_button)
            audit.check(f"{where}, all turns done")
        elif kind == "mirror":
            widget.box.setFocus()
            qtbot.keyClicks(widget.box, "What I hear you saying is this.")
            audit.check(f"{where}, said back")
            click(qtbot, widget.got_it)
            audit.check(f"{where}, got it")
            assert QApplication.focusWidget() is widget.more, (
                f"{where}: after 'Got it', the keyboard is on 'There is more'"
            )
            click(qtbot, widget.all)
            audit.check(f"{where}, that's all")
        elif kind == "agree":
            for key in ("partner_a", "partner_b"):
                click(qtbot, widget.buttons[key])
                audit.check(f"{where}, {key} agreed")
        click(qtbot, page.next_button)
    raise AssertionError(f"{exercise_id} did not come to an end")


def test_every_exercise_screen_names_its_controls(qtbot, open_app, clock):
    window = open_app()
    audit = Auditor(window)
    audit.check("Today")
    exercises = sorted(entry.exercise.id for entry in window.services.library if entry.origin == "built-in")
    assert len(exercises) >= 10
    for exercise_id in exercises:
        walk_exercise(qtbot, window, clock, exercise_id, audit)
        clock.advance(hours=1)
    audit.assert_clean()
    assert audit.screens > 200
    store = window.services.store
    assert all(store.runs.of_exercise(e)[0].status == "finished" for e in exercises)


def test_every_page_names_its_controls(qtbot, open_app, clock):
    window = open_app()
    audit = Auditor(window)
    store = window.services.store
    audit.check("Today, a first evening")
    for shortcut, page, name in (
        (Key.Key_2, window.library_page, "Exercises"),
        (Key.Key_3, window.boundaries_page, "Boundaries, none yet"),
        (Key.Key_9, window.safety_page, "Safety"),
        (Key.Key_1, window.today_page, "Today, again"),
    ):
        qtbot.keyClick(QApplication.focusWidget(), shortcut, CTRL)
        assert window.current_page() is page
        audit.check(name)

    # A fuller Today: boundaries, exercises left half-way, a pause running.
    for n in range(3):
        store.boundaries.add(None, "partner_a" if n % 2 else "together", f"Boundary number {n}: I need a quiet hour.")
    for exercise_id in ("appreciations", "weekly-check-in", "stress-reducing-chat"):
        window.start_exercise(exercise_id)
        window.run_page.leave()
    window.call_pause()
    click(qtbot, window.findChild(QPushButton, "first_partner_a"))
    window.show_page(window.today_page)
    audit.check("Today, with a pause and runs to resume")

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_3, CTRL)
    boundaries = window.boundaries_page
    settle(qtbot, window.services)
    assert QApplication.focusWidget() is boundaries.table
    audit.check("Boundaries")
    qtbot.keyClick(boundaries.table, Key.Key_Return)  # Enter on a row: to its status
    assert QApplication.focusWidget() is boundaries.status
    qtbot.keyClick(boundaries.status, Key.Key_Down)
    qtbot.keyClick(boundaries.status, Key.Key_Tab)
    assert QApplication.focusWidget() is boundaries.save
    qtbot.keyClick(boundaries.save, Key.Key_Space)
    settle(qtbot, window.services)
    assert boundaries.undo_bar.isVisible()
    audit.check("Boundaries, a status changed")

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.library_page.search
    qtbot.keyClicks(window.library_page.search, "zzzz nothing matches")
    audit.check("Exercises, nothing found")

    # Names and colours, from the keyboard.
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Comma, CTRL)
    dialog = window.findChild(QDialog, "namesDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    audit.check("Names and colours", focus=False)  # a dialog, not a page
    assert dialog.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    assert not dialog.isVisible()
    audit.assert_clean()


def test_first_run_screens_name_their_controls_and_work_from_the_keyboard(qtbot, open_app):
    window = open_app(couple=False)
    audit = Auditor(window)
    audit.check("First run, names")
    first = window.first_run
    assert QApplication.focusWidget() is first.names.a_name
    qtbot.keyClicks(QApplication.focusWidget(), "Robin")
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    assert QApplication.focusWidget() is first.names.a_colour
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Down)  # Terracotta, Sage, Lake blue
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Kai")
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return)
    audit.check("First run, safety")
    assert QApplication.focusWidget() is first.safety_ok
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    assert window.current_page() is window.today_page
    couple = window.services.store.couple.get()
    assert (couple.a.name, couple.a.color, couple.b.name) == ("Robin", "#3F6E8C", "Kai")
    assert couple.safety_acknowledged
    audit.check("Today, after the first run")
    audit.assert_clean()


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
    assert store.shares.streak("share-one-thing", "my-thing", clock.today()) == 1


def test_timed_pause_from_today_with_the_keyboard_alone(qtbot, open_app, clock):
    window = open_app()
    page = window.run_page
    assert window.current_page() is window.today_page

    # Ctrl+P from anywhere; Sam calls the pause: Tab to Sam, Space.
    press(qtbot, Key.Key_P, CTRL)
    assert window.current_page() is page
    assert page.body.currentWidget() is page.question_page
    sam = window.findChild(QPushButton, "first_partner_b")
    assert focused_is(window.findChild(QPushButton, "first_partner_a"))
    assert tab_to(qtbot, sam) == 1
    press(qtbot, Key.Key_Space)

    # How flooded: arrows on the slider.
    assert page.run.screen.step.id == "flood-check"
    assert focused_is(QSlider)
    press(qtbot, Key.Key_Right)
    press(qtbot, Key.Key_Right)
    assert page.step_widget.value_label.text() == "9"
    press(qtbot, Key.Key_Return, CTRL)

    # Signs: Space ticks the focused box, Tab moves to the next one.
    assert page.run.screen.step.id == "flood-signs"
    assert focused_is(page.step_widget.buttons["racing-heart"])
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Tab)
    assert focused_is(page.step_widget.buttons["heat"])
    press(qtbot, Key.Key_Space)
    assert [k for k, b in page.step_widget.buttons.items() if b.isChecked()] == ["racing-heart", "heat"]
    press(qtbot, Key.Key_Return, CTRL)

    # Length: the arrow keys choose 25 minutes on the list, Tab to Start, Space.
    assert page.run.screen.step.id == "length"
    combo = page.step_widget.minutes
    assert focused_is(combo) and combo.currentData() == 30
    press(qtbot, Key.Key_Up)
    assert combo.currentData() == 25
    assert "19:25" in page.step_widget.statement.text()
    start = page.step_widget.start_button
    assert tab_to(qtbot, start) == 1
    press(qtbot, Key.Key_Space)
    settle(qtbot, window.services)
    assert "19:25" in window.pause_status.text()
    # The keyboard stays with the pause, so Esc and Ctrl+Enter still work here.
    assert page.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Key.Key_Return, CTRL)  # too early: nothing happens
    assert page.run.screen.step.id == "length"

    # Time passes; when it is up, Next is where the keyboard is.
    clock.advance(minutes=25, seconds=1)
    window.tick()
    assert page.next_button.isEnabled()
    assert focused_is(page.next_button)
    press(qtbot, Key.Key_Space)

    # Each rates in private: Enter on the hand-over, arrows, Ctrl+Enter.
    assert page.body.currentWidget() is page.handover_page and "Sam" in page.handover_text.text()
    press(qtbot, Key.Key_Return)
    assert focused_is(QSlider)
    for _ in range(5):
        press(qtbot, Key.Key_Right)  # Sam: still 8
    press(qtbot, Key.Key_Return, CTRL)
    assert page.body.currentWidget() is page.handover_page and "Alex" in page.handover_text.text()
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_Left)  # Alex: 2
    press(qtbot, Key.Key_Return, CTRL)
    press(qtbot, Key.Key_Return)  # together again

    # Still flooded: the arrow keys pick "another 20 minutes".
    assert page.run.screen.step.id == "extend-or-schedule"
    options = page.step_widget.buttons
    assert focused_is(options["extend"]) and not options["extend"].isChecked()
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Down)
    assert options["schedule"].isChecked() and focused_is(options["schedule"])
    press(qtbot, Key.Key_Up)
    assert options["extend"].isChecked() and not options["schedule"].isChecked()
    press(qtbot, Key.Key_Return, CTRL)

    assert page.run.screen.step.id == "extend"
    assert focused_is(page.step_widget.start_button)
    press(qtbot, Key.Key_Space)
    clock.advance(minutes=20, seconds=1)
    window.tick()
    assert focused_is(page.next_button)
    press(qtbot, Key.Key_Return, CTRL)

    assert page.run.screen.step.id == "gentle-start"
    assert focused_is(page.next_button) and page.next_button.text() == "Finish"
    press(qtbot, Key.Key_Space)
    assert page.body.currentWidget() is page.finished_page
    press(qtbot, Key.Key_Space)
    assert window.current_page() is window.today_page

    store = window.services.store
    run = store.runs.of_exercise("timed-pause")[0]
    assert run.status == "finished"
    answers = store.answers.of_run(run.id)
    assert answers[("flood-check", "partner_b")].value == 9
    assert answers[("flood-signs", "partner_b")].value == ["racing-heart", "heat"]
    assert answers[("calm-again", "partner_b")].value == 8
    assert answers[("calm-again", "partner_a")].value == 2
    assert answers[("extend-or-schedule", "together")].value == {"selected": ["extend"]}
    assert [p.minutes for p in store.pauses.all()] == [25, 20]
    assert store.pauses.active() is None


def test_an_exercise_is_found_and_started_from_the_exercises_page_with_the_keyboard(qtbot, open_app):
    window = open_app()
    library = window.library_page
    press(qtbot, Key.Key_2, CTRL)
    assert window.current_page() is library
    assert library.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Key.Key_F, CTRL)
    assert focused_is(library.search)
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
    assert page.run.screen.step.id == "alone-time" and focused_is(page.next_button)

    # Leaving by keyboard, back to the page list: Esc, then Ctrl+2 again.
    press(qtbot, Key.Key_Escape)
    assert window.current_page() is window.today_page
    assert window.services.store.runs.of_exercise("boundary-statement")[0].status == "left"
