"""Helpers for the tests of the screens of issue 13 (care and polish): a run page on an
exercise written in the test, and a look at whether any text on screen is cut off."""

from __future__ import annotations

import tomli
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QWidget

from couplesdesk.core.library import Library, LibraryEntry
from couplesdesk.core.model import Exercise
from couplesdesk.gui.run_page import RunPage

from .conftest import click

HEAD = """\
format_version = 2
id = "care"
version = 1
title = "Care"
summary = "A test of the screens."
category = "testing"
minutes = 20
who = "couple"
cadence_hint = "weekly"

[roles]
first = "speaker"
second = "listener"
question = "Who speaks first?"
"""
END = '\n[[steps]]\nid = "end"\nkind = "read"\ntitle = "Together again"\nbody = "Thank you both."\n'


def exercise_of(*steps: str, head: str = HEAD) -> Exercise:
    return Exercise.model_validate(tomli.loads(head + "".join(steps) + END))


def run_page_for(qtbot, services, *steps: str, size: tuple[int, int] = (900, 650), head: str = HEAD) -> RunPage:
    """A run page, shown at ``size``, started on an exercise made of ``steps``; Alex goes first."""
    exercise = exercise_of(*steps, head=head)
    services._library = Library({exercise.id: LibraryEntry(exercise, "care.toml", "yours")})
    page = RunPage(services)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.start(exercise.id)
    if page.body.currentWidget() is page.question_page:
        click(qtbot, page.findChild(QPushButton, "first_partner_a"))
    return page


def run_in_window(qtbot, window, *steps: str, size: tuple[int, int] = (800, 560)) -> RunPage:
    """The real window (styled as the app is), at ``size``, running an exercise made of ``steps``."""
    exercise = exercise_of(*steps)
    window.services._library = Library({exercise.id: LibraryEntry(exercise, "care.toml", "yours")})
    window.resize(*size)
    window.start_exercise(exercise.id)
    page = window.run_page
    if page.body.currentWidget() is page.question_page:
        click(qtbot, page.findChild(QPushButton, "first_partner_a"))
    return page


def through_hand_overs(qtbot, page: RunPage) -> None:
    while page.body.currentWidget() is page.handover_page:
        click(qtbot, page.handover_button)


def cut_off(root: QWidget) -> list[str]:
    """Every visible label under ``root`` whose words do not fit the space it was given, or
    that reaches past the right edge of ``root`` (nothing is ever meant to scroll sideways);
    and every button too narrow for its words."""
    problems = []
    right = root.width()
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        what = f"{label.objectName() or 'a label'} ({label.text()[:40]!r}, {label.width()}x{label.height()})"
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                problems.append(f"{what}: needs {needed} px of height")
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() or hint.height() > label.height():
                problems.append(f"{what}: needs {hint.width()}x{hint.height()}")
        if label.mapTo(root, label.rect().topRight()).x() > right:
            problems.append(f"{what}: reaches past the right edge")
    for button in root.findChildren(QPushButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width():
            problems.append(f"{button.objectName()} ({button.text()!r}): needs {button.sizeHint().width()} px")
    return problems


def sideways_scrollbars(root: QWidget) -> list[str]:
    """Every scroll area under ``root`` that shows a horizontal scroll bar."""
    return [
        area.objectName() or type(area).__name__
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]
