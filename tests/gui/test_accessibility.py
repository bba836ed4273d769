"""Accessibility: every control has a name that says what it does, and the keyboard focus is
where one can use it.

The audit walks every built-in exercise, screen by screen, as the other GUI tests do, and on
each screen checks every visible control a Tab can reach: it has an accessible name (or, for
a button, a text) made of words, not a bare symbol and not only a tooltip; and the keyboard
focus sits on a control of the page that is shown. Whole exercises done with the keyboard
alone are in test_accessibility_keyboard.py.
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
    QPushButton,
    QWidget,
)

from .conftest import click, settle

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

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
            if widget.start_button.isVisible():
                click(qtbot, widget.start_button)
            audit.check(f"{where}, running")
            for toggle in (widget.ideas_button, widget.details_button):
                if toggle.isVisible():
                    click(qtbot, toggle)
                    audit.check(f"{where}, running, {toggle.text()} open")
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
        (Key.Key_4, window.history_page, "History, none yet"),
        (Key.Key_6, window.agreements_page, "Agreements, none yet"),
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
    window.show_page(window.today_page)
    audit.check("Today, with a pause and runs to resume")

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_4, CTRL)
    history = window.history_page
    settle(qtbot, window.services)
    assert QApplication.focusWidget() is history.list
    audit.check("History")
    qtbot.keyClick(history.list, Key.Key_Down)  # past the week's heading, to the newest run
    with qtbot.waitSignal(history.transcript_shown, timeout=5000):
        qtbot.keyClick(history.list, Key.Key_Return)
    audit.check("History, a run read back")
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

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_2, CTRL)
    assert QApplication.focusWidget() is window.library_page.search  # the page's own search box
    qtbot.keyClicks(window.library_page.search, "zzzz nothing matches")
    audit.check("Exercises, nothing found")

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_F, CTRL)  # search everything, from anywhere
    search = window.search_page
    assert QApplication.focusWidget() is search.box
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.box, "zzzz")
        qtbot.keyClick(search.box, Key.Key_Return)
    settle(qtbot, window.services)
    audit.check("Search, nothing found")

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
