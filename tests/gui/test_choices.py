"""Steps where people pick from a list: a long list of short words is laid out in columns,
read (and tabbed through) down each column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton

from couplesdesk.gui.steps.choice import option_columns

from .conftest import click, rate


def test_how_many_columns_a_list_of_options_gets():
    feelings = ["Hurt", "Unheard", "Misunderstood", "Lonely", "Scared", "Angry", "Ashamed",
                "Overwhelmed", "Criticised", "Defensive", "Powerless", "Sad", "Unloved", "Worried"]  # fmt: skip
    assert option_columns(feelings) == 3
    assert option_columns(feelings[:8]) == 2  # fewer short words: two columns
    assert option_columns(feelings[:6]) == 1  # a few: one under the other
    sentences = ["Go on gently with this one, slowly", "Choose a lighter bump for another day"] * 4
    assert option_columns(sentences) == 1  # sentences stay one per line


def test_the_feelings_fit_on_one_screen_and_tab_goes_down_each_column(qtbot, open_app):
    window = open_app()
    page = window.run_page
    window.start_exercise("after-a-hard-moment")
    for _ in range(20):
        if page.body.currentWidget() is page.question_page:  # who tells their version first
            click(qtbot, window.findChild(QPushButton, "first_partner_a"))
            continue
        if page.body.currentWidget() is page.handover_page:
            click(qtbot, page.handover_button)
            continue
        if page.run.screen.step.id == "feelings":
            break
        if page.run.screen.kind == "rate":
            rate(qtbot, page)
        elif page.run.screen.step.sensitive:
            click(qtbot, page.step_widget.findChild(QRadioButton, "option_no"))
        click(qtbot, page.next_button)
    assert page.run.screen.step.id == "feelings"
    boxes = [b for b in page.step_widget.findChildren(QCheckBox) if b.isVisible()]
    assert len(boxes) == 14
    # Three columns: the whole list is in view at the usual window size, with no scrolling.
    assert len({b.mapTo(page, b.rect().topLeft()).x() for b in boxes}) == 3
    assert page.step_scroll.verticalScrollBar().maximum() == 0
    # Down the first column first: Hurt, then Unheard below it (not Angry beside it).
    hurt = page.step_widget.findChild(QCheckBox, "option_hurt")
    hurt.setFocus()
    qtbot.keyClick(hurt, Qt.Key.Key_Tab)
    assert window.focusWidget().objectName() == "option_unheard"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert page.step_widget.value()["selected"] == ["unheard"]
